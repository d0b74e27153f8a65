"""The model: JSON round trip, schema conformance, validation errors, text cleaning."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import jsonschema
import pytest

import syndicate
from syndicate.errors import SourceNotUnderstood
from syndicate.model import Article, Figure, Paragraph, Person
from syndicate.textclean import TextCleanedWarning

SCHEMA = json.loads(
    (Path(syndicate.__file__).parent / "schema" / "article-1.schema.json").read_text("utf-8")
)


def test_kitchen_sink_round_trips_through_json(kitchen_sink: Article) -> None:
    data = kitchen_sink.to_dict()
    again = Article.from_dict(json.loads(json.dumps(data)))
    assert again == kitchen_sink
    assert again.to_dict() == data


def test_json_output_conforms_to_the_published_schema(kitchen_sink: Article) -> None:
    jsonschema.validate(kitchen_sink.to_dict(), SCHEMA)


def test_seed_model_conforms_to_the_schema(seed_article: Article) -> None:
    jsonschema.validate(seed_article.to_dict(), SCHEMA)


def test_schema_rejects_what_the_model_rejects() -> None:
    bad = {"title": "T", "blocks": [{"type": "video", "src": "x"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)
    with pytest.raises(SourceNotUnderstood, match=r"blocks\[0\]\.type"):
        Article.from_dict(bad)


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"subtitle": "no title"}, "title"),
        ({"title": None}, "title"),
        ({"title": 5}, "title"),
        ({"title": "T", "published": "last Tuesday"}, "published"),
        ({"title": "T", "authors": [{"name": "A", "email": "a@b"}]}, r"authors\[0\]\.email"),
        ({"title": "T", "authors": "A"}, "authors"),
        ({"title": "T", "blocks": [{"type": "heading", "text": "H", "level": 9}]}, "level"),
        ({"title": "T", "blocks": [{"type": "paragraph"}]}, r"blocks\[0\]\.text"),
        ({"title": "T", "schema": "other/2"}, "schema"),
        ({"title": "T", "colour": "red"}, "colour"),
        ([1, 2], "article"),
    ],
)
def test_invalid_json_models_name_the_field(data: object, where: str) -> None:
    with pytest.raises(SourceNotUnderstood, match=where):
        Article.from_dict(data)


def test_control_characters_are_removed_with_a_warning() -> None:
    with pytest.warns(TextCleanedWarning, match="paragraph"):
        block = Paragraph("bell\x07 and\x00 null")
    assert block.text == "bell and null"


def test_lone_surrogate_is_removed_and_the_rest_kept() -> None:
    with pytest.warns(TextCleanedWarning):
        article = Article(
            title="T\ufffe",
            blocks=(Paragraph("before \ud800 after"), Paragraph("next paragraph")),
        )
    assert article.title == "T"
    assert [b.text for b in article.blocks] == ["before  after", "next paragraph"]
    # Encodable as UTF-8 now: every output library can take it.
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")


def test_line_breaks_survive_cleaning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Paragraph("one\ntwo\r\nthree").text == "one\ntwo\nthree"


def test_identifier_is_stable_and_content_derived() -> None:
    a = Article(title="Same", authors=(Person("X"),), blocks=(Paragraph("p"),))
    b = Article(title="Same", authors=(Person("X"),), blocks=(Paragraph("p"),))
    c = Article(title="Same", authors=(Person("X"),), blocks=(Paragraph("q"),))
    assert a.identifier == b.identifier != c.identifier
    assert a.identifier.startswith("urn:sha256:")
    assert Article(title="U", url="https://example.org/u").identifier == "https://example.org/u"


def test_slug_is_ascii_and_file_safe() -> None:
    assert (
        Article(title="Peace Talks: “Now” — Zürich/Genève!").slug == "peace-talks-now-zurich-geneve"
    )
    assert Article(title="Мирные переговоры").slug == "mirnye-peregovory"
    assert Article(title="★ ☆ ★").slug.startswith("article-")


def test_figures_keep_reading_order(kitchen_sink: Article) -> None:
    figures = kitchen_sink.figures()
    assert [f.credit for f in figures] == ["Pia Lund/Coastal Wire", "Tomasz Wilk"]
    assert isinstance(kitchen_sink.blocks[0], Figure)


def test_language_tags_are_checked_and_normalised() -> None:
    assert Article(title="T", language="en_GB").language == "en-GB"
    assert Article(title="T", language=" ").language == "en"
    with pytest.raises(SourceNotUnderstood, match="BCP 47"):
        Article(title="T", language="english please")


def test_blank_url_is_not_an_identifier() -> None:
    assert Article(title="T", url="  ").identifier.startswith("urn:sha256:")


# -- untitled articles (round 22): the source printed no headline ----------------------

UNTITLED_TEXT = (
    "The ferry to the island ran again on Monday after a week of storms. Its operator said "
    "the timetable would be back to normal by Friday.\n\n"
    "Islanders had been cut off since the previous Sunday.\n"
)


@pytest.mark.parametrize("title", ["", "   "])
def test_an_empty_title_is_an_untitled_article(title: str) -> None:
    article = Article.from_dict(
        {"title": title, "blocks": [{"type": "paragraph", "text": "Only a paragraph here."}]}
    )
    assert article.title == ""
    jsonschema.validate(article.to_dict(), SCHEMA)


def test_the_display_title_is_the_title_else_the_first_sentence_else_a_heading() -> None:
    assert Article(title="Headline", blocks=(Paragraph("A b c. D e f."),)).display_title == (
        "Headline"
    )
    untitled = Article(title="", blocks=(Paragraph("One two three four. Five six seven."),))
    assert untitled.display_title == "One two three four"
    long = " ".join(f"w{i}" for i in range(30)) + "."
    assert Article(title="", blocks=(Paragraph(long),)).display_title == (
        " ".join(f"w{i}" for i in range(12)) + " …"
    )
    from syndicate.model import Heading

    assert Article(title="", blocks=(Heading("Only a heading", 2),)).display_title == (
        "Only a heading"
    )
    assert Article(title="").display_title == ""
    assert untitled.slug == "one-two-three-four"


def test_the_cli_refuses_a_missing_or_non_string_title(tmp_path: Path) -> None:
    from test_hardening import one_line_error, run_cli

    for data in ({"blocks": []}, {"title": 7}):
        source = tmp_path / "bad.json"
        source.write_text(json.dumps(data), "utf-8")
        line = one_line_error(run_cli("inspect", str(source)), SourceNotUnderstood.exit_code)
        assert "title" in line


def test_an_untitled_model_round_trips_through_the_command_line(tmp_path: Path) -> None:
    from test_hardening import run_cli

    source = tmp_path / "untitled.txt"
    source.write_text(UNTITLED_TEXT, "utf-8")
    inspected = run_cli("inspect", str(source), "--json")
    assert inspected.returncode == 0, inspected.stderr
    data = json.loads(inspected.stdout)
    assert data["title"] == ""
    assert data["provenance"]["title"]["rule"].startswith("inferred:title.none")
    model = tmp_path / "article.json"
    model.write_bytes(inspected.stdout)
    again = run_cli("inspect", str(model), "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout) == data
    exported = run_cli("export", str(model), "--format", "html", "-o", str(tmp_path / "a.html"))
    assert exported.returncode == 0, exported.stderr
    assert "The ferry to the island ran again on Monday" in (tmp_path / "a.html").read_text()
