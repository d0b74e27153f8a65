"""Body, caption, credit and byline rules added in reader round 3 (invented lines)."""

from __future__ import annotations

from syndicate.readers.scraped.body import heading_evidence, is_heading
from syndicate.readers.scraped.bylines import parse_byline
from syndicate.readers.scraped.captions import (
    reset_photo_labels,
    split_caption,
    stands_alone,
    use_photo_labels,
)
from syndicate.readers.scraped.credits import parse_credit_line
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.lines import Line


def test_dash_between_caption_and_labelled_credit_is_dropped() -> None:
    parts = split_caption(
        "Ferry passengers wait at the old pier in Vila Nova (RJ) — Foto: Rita Gomes/Folha"
    )
    assert parts is not None
    assert parts.caption == "Ferry passengers wait at the old pier in Vila Nova (RJ)"
    assert parts.credit == "Rita Gomes/Folha"


def test_station_credit_with_channel_number() -> None:
    parts = split_caption(
        "Water covers the parking lot of the county fairground on Monday. (KTRB News 9)"
    )
    assert parts is not None
    assert parts.caption == "Water covers the parking lot of the county fairground on Monday."
    assert parts.credit == "KTRB News 9"


def test_photo_label_then_by_word_leaves_the_name() -> None:
    token = use_photo_labels(("foto",))
    try:
        parts = split_caption("Il ponte sul torrente dopo la piena. (Foto di Anselmo Ricci)")
    finally:
        reset_photo_labels(token)
    assert parts is not None
    assert parts.credit == "Anselmo Ricci"


def test_wrapped_credit_line_in_lower_case_does_not_stand_alone() -> None:
    assert not stands_alone("on Monday morning. (KTRB News 9)")
    assert stands_alone("Water covers the lot on Monday morning. (KTRB News 9)")


def test_contributor_in_place_with_state() -> None:
    line = "Associated Press writer Owen Tarrant in Bangor, Maine, contributed to this report."
    assert parse_credit_line(line) == [("Owen Tarrant", None)]


def test_contributor_after_staff_writer() -> None:
    assert parse_credit_line("Staff writer Ida Flores contributed to this report.") == [
        ("Ida Flores", None)
    ]


def test_photography_by_alone_is_not_a_contributor_line() -> None:
    assert parse_credit_line("Photography by Ruth Abara") is None
    assert parse_credit_line("Reporting by Tom Vale; Photography by Ruth Abara") == [
        ("Tom Vale", "reporting"),
        ("Ruth Abara", "photography"),
    ]


def test_byline_with_brackets_between_names() -> None:
    found = parse_byline("By Claire Moulin (Bureau de Gap) and Paul Serre")
    assert found is not None
    assert [name for name, _ in found.people] == ["Claire Moulin", "Paul Serre"]


def test_subhead_may_end_in_a_short_quotation() -> None:
    assert is_heading("Le maire promet « un été tranquille »")
    assert not is_heading("Il a dit « nous verrons bien. »")


def test_navigation_word_is_not_a_subhead() -> None:
    nxt = Line(
        5,
        "Der Verein hat im vergangenen Jahr zwölf neue Mitglieder gewonnen, sagt die Vorsitzende.",
        False,
    )
    chrome = chrome_cues("de")
    assert not heading_evidence("Weiter", nxt, chrome, None)
    assert heading_evidence("Neue Mitglieder", nxt, chrome, None)


def test_opinion_disclaimer_names_the_article() -> None:
    chrome = chrome_cues("en")
    assert chrome.names_article(
        "The views expressed in this column are the writer's own and not those of the Gazette."
    )
    assert not chrome.names_article("The views of the residents were mixed on Tuesday.")
