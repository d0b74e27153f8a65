"""The Markdown form reads CommonMark as people write it, and round-trips any model (issue 16).

Expected blocks are written by hand. The round-trip property covers text with newlines and
tabs, authors, tags, dates, figures and every block kind, adjacent lists included.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from syndicate.errors import SourceNotUnderstood
from syndicate.markdown_body import MarkdownFormWarning
from syndicate.markdown_form import dump_markdown, load_markdown
from syndicate.model import Article, Figure, Heading, ListBlock, Paragraph, Person, Quote

FRONT = "---\ntitle: Edited by hand\n---\n\n"
SCRIPTS = Path(__file__).parent / "fixtures" / "scripts"


def _blocks(body: str) -> tuple:
    return load_markdown(FRONT + body).blocks


def test_star_and_plus_bullets_are_lists() -> None:
    assert _blocks("* Tide tables\n* Ferry times\n\n+ Harbour map\n") == (
        ListBlock(("Tide tables", "Ferry times")),
        ListBlock(("Harbour map",)),
    )


def test_a_list_item_wrapped_onto_a_second_line_stays_one_item() -> None:
    body = "- The north pier closes\n  at dusk on weekdays.\n- Boats leave hourly.\n"
    assert _blocks(body) == (
        ListBlock(("The north pier closes at dusk on weekdays.", "Boats leave hourly.")),
    )


def test_setext_headings_are_headings() -> None:
    body = "Where the ferry goes\n===================\n\nTimetable\n---------\n\nText.\n"
    assert _blocks(body) == (
        Heading("Where the ferry goes", 1),
        Heading("Timetable", 2),
        Paragraph("Text."),
    )


def test_numbered_lists_with_either_delimiter_and_any_start() -> None:
    assert _blocks("3) Board\n4) Sail\n\n1. Land\n") == (
        ListBlock(("Board", "Sail"), ordered=True),
        ListBlock(("Land",), ordered=True),
    )


def test_quotes_with_wrapped_lines_and_an_attribution() -> None:
    body = "> The harbour has never\n> been this busy.\n>\n> It is good.\n>\n> — Oda Brekke\n"
    assert _blocks(body) == (
        Quote("The harbour has never been this busy.\nIt is good.", "Oda Brekke"),
    )


def test_an_attribution_on_the_quotes_last_line_without_a_blank_line() -> None:
    # How people write it by hand: the "— Name" line straight under the quoted words.
    body = "> The harbour has never\n> been this busy.\n> — Oda Brekke\n\n> Only — a dash.\n"
    assert _blocks(body) == (
        Quote("The harbour has never been this busy.", "Oda Brekke"),
        Quote("Only — a dash."),
    )


def test_the_scripts_fixtures_quote_attributions_are_attributions() -> None:
    chinese = load_markdown((SCRIPTS / "zh.md").read_text(encoding="utf-8"))
    (quote,) = [b for b in chinese.blocks if isinstance(b, Quote)]
    assert quote == Quote("我们希望图书馆成为大家晚上也愿意来的地方。", "周建平")


def test_inline_markdown_and_code_stay_literal_text() -> None:
    body = "Read *this* and [that](https://example.org).\n\n```\nkeep = 1\n```\n\n<b>raw</b>\n"
    assert _blocks(body) == (
        Paragraph("Read *this* and [that](https://example.org)."),
        Paragraph("keep = 1"),
        Paragraph("<b>raw</b>"),
    )


def test_figures_sit_between_markdown_blocks_without_blank_lines() -> None:
    body = "Before.\n::: figure\ncaption: The quay.\ncredit: Oda Brekke\n:::\nAfter.\n"
    assert _blocks(body) == (
        Paragraph("Before."),
        Figure(caption="The quay.", credit="Oda Brekke"),
        Paragraph("After."),
    )


def test_a_thematic_break_is_dropped_with_a_warning() -> None:
    with pytest.warns(MarkdownFormWarning, match="line 7: a thematic break"):
        assert _blocks("One.\n\n***\n\nTwo.\n") == (Paragraph("One."), Paragraph("Two."))


def test_an_unclosed_figure_block_names_its_line() -> None:
    with pytest.raises(SourceNotUnderstood, match="line 7: '::: figure' block is never closed"):
        _blocks("One.\n\n::: figure\ncaption: x\n")


def test_adjacent_lists_and_tricky_paragraphs_are_written_readably() -> None:
    article = Article(
        title="T",
        blocks=(
            ListBlock(("a", "b")),
            ListBlock(("c",)),
            ListBlock(("d",), ordered=True),
            ListBlock(("e",), ordered=True),
            Paragraph("# not a heading"),
            Paragraph("* not a list"),
            Paragraph("(an aside)"),
        ),
    )
    text = dump_markdown(article)
    assert "- a\n- b\n\n* c\n\n1. d\n\n1) e\n\n" in text
    assert "\n\n\\# not a heading\n\n\\* not a list\n\n(an aside)\n" in text
    assert load_markdown(text).blocks == article.blocks


# -- the round trip, for any model ---------------------------------------------------------

_chars = st.characters(
    blacklist_categories=("Cs",), blacklist_characters="\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
).filter(lambda c: c in "\t\n" or (ord(c) >= 32 and not 0x7F <= ord(c) < 0xA0))
_text = st.text(alphabet=_chars, max_size=30).filter(lambda s: not {"\ufffe", "\uffff"} & set(s))
_markdownish = st.sampled_from(
    ["# h", "- x", "* y", "1. z", "2) w", "> q", "***", "---", "===", "```", "    code", "\\",
     "[r]: /u", "<div>", "::: figure", ":::", "— A", "\t", "\n", "\n\n", " ", "a", "Ünï"]
)
_line = st.lists(st.one_of(_text, _markdownish), min_size=1, max_size=4).map("".join)
_nonblank = _line.filter(lambda s: s.strip() != "")
_date = st.none() | st.dates().map(lambda d: d.isoformat())
_person = st.builds(Person, _nonblank, role=st.none() | _nonblank, bio=st.none() | _line)
_block = st.one_of(
    st.builds(Paragraph, _nonblank),
    st.builds(Heading, _nonblank, st.integers(1, 6)),
    st.builds(Figure, st.none() | _line, st.none() | _line, st.none() | _line, st.none() | _line),
    st.builds(Quote, _nonblank, st.none() | _line),
    st.builds(ListBlock, st.lists(_line, min_size=1, max_size=4).map(tuple), st.booleans()),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_nonblank,
    subtitle=st.none() | _line,
    authors=st.lists(_person, max_size=3).map(tuple),
    tags=st.lists(_nonblank, max_size=3, unique=True).map(tuple),
    published=_date,
    updated=_date,
    blocks=st.lists(_block, max_size=8),
)
@example(
    title="T", subtitle=None, authors=(), tags=(), published=None, updated=None,
    blocks=[ListBlock(("a",)), ListBlock(("b",)), Paragraph("line\nbreak\twith tab")],
)
def test_any_model_round_trips(
    title: str,
    subtitle: str | None,
    authors: tuple,
    tags: tuple,
    published: str | None,
    updated: str | None,
    blocks: list,
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # text cleaning may warn; the model is what counts
        article = Article(
            title=title, subtitle=subtitle, authors=authors, tags=tags,
            published=published, updated=updated, blocks=tuple(blocks),
        )
    again = load_markdown(dump_markdown(article))
    assert again.to_dict() == article.to_dict()
