"""Markdown with YAML front matter is the editable form: model -> Markdown -> model is lossless."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import example_paths
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import syndicate
from syndicate.errors import SourceNotUnderstood
from syndicate.markdown_form import dump_markdown, load_markdown
from syndicate.model import Article, Figure, Heading, ListBlock, Paragraph, Person, Quote


def _round_trip(article: Article) -> Article:
    return load_markdown(dump_markdown(article), source_dir=article.source_dir)


def test_kitchen_sink_round_trips(kitchen_sink: Article) -> None:
    again = _round_trip(kitchen_sink)
    assert again.to_dict() == kitchen_sink.to_dict()


def test_seed_round_trips(seed_article: Article) -> None:
    assert _round_trip(seed_article).to_dict() == seed_article.to_dict()


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.name)
def test_examples_round_trip(path: Path) -> None:
    article = syndicate.parse(path)
    assert _round_trip(article).to_dict() == article.to_dict()


def test_markdown_file_is_read_by_the_cli_path(tmp_path: Path, kitchen_sink: Article) -> None:
    source = tmp_path / "story.md"
    source.write_text(dump_markdown(kitchen_sink), "utf-8")
    assert syndicate.parse(source) == kitchen_sink


def test_edited_markdown_is_read_back(tmp_path: Path) -> None:
    text = """---
title: Edited by hand
authors:
- name: Ada Lane
  role: Reporter
published: 2025-03-02
---

First paragraph,
wrapped over two lines.

## A section

::: figure
caption: The pier at dawn.
credit: Ada Lane
:::

> Quoted words.
>
> — A. Speaker
"""
    article = load_markdown(text)
    assert article.published == "2025-03-02"  # unquoted YAML date becomes ISO text
    assert article.authors == (Person("Ada Lane", role="Reporter"),)
    assert article.blocks == (
        Paragraph("First paragraph, wrapped over two lines."),
        Heading("A section", 2),
        Figure(caption="The pier at dawn.", credit="Ada Lane"),
        Quote("Quoted words.", "A. Speaker"),
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no front matter", "front matter"),
        ("---\ntitle: x\n", "never closed"),
        ("---\ntitle: [unclosed\n---\n", "bad YAML"),
        ("---\n- a list\n---\n", "key: value"),
        ("---\ntitle: T\n---\n\n::: figure\ncaption: x\n", "never closed"),
        ("---\nsubtitle: no title\n---\n", "title"),
    ],
)
def test_bad_markdown_gives_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(SourceNotUnderstood, match=message):
        load_markdown(text)


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=40,
)
_line = _text.filter(lambda s: s.strip() != "")
_block = st.one_of(
    st.builds(Paragraph, _line),
    st.builds(Heading, _line, st.integers(1, 6)),
    st.builds(
        Figure,
        st.none() | _text,
        st.none() | _text,
        st.none() | _text,
        st.none() | _text,
    ),
    st.builds(Quote, _line, st.none() | _text),
    st.builds(ListBlock, st.lists(_text, min_size=1, max_size=4).map(tuple), st.booleans()),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(title=_line, subtitle=st.none() | _text, blocks=st.lists(_block, max_size=8))
def test_any_model_round_trips(title: str, subtitle: str | None, blocks: list) -> None:
    article = Article(title=title, subtitle=subtitle, blocks=tuple(blocks))
    assert _round_trip(article).to_dict() == article.to_dict()
