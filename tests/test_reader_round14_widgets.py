"""Round 14 (widgets): page widgets read as article parts — a pair of call-to-action lines
taken for a caption and its credit, a report's "Label: value" rows promoted to subheads, a
club's footer (next event, sponsor, previous/next report) kept as the last paragraphs, a
paywall box ("Read on with PLUS", "All articles for 4 weeks for €0.99") kept in the body.
Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.widgets import button_line, footer_line

_STORY = [
    "The rowing club's new boathouse on the east bank opened on Saturday morning, three "
    "years after a flood washed the old shed and four of its boats down the river.",
    "Members raised most of the money themselves with a sponsored row from the weir to the "
    "estuary and back, the club's treasurer told the crowd at the opening.",
    "The juniors took the first boat out before the speeches had finished, and the coaches "
    "said the extra rack space would let them double the size of the summer camp.",
]


def _page(middle: list[str], tail: list[str]) -> str:
    head = [
        "Club News",
        "",
        "Rowing club opens boathouse three years after the flood",
        "",
        "Posted on 4 May 2025 by Ines Varga",
        "",
    ]
    story = [line for p in _STORY for line in (p, "")]
    return "\n".join(head + middle + story + tail) + "\n"


def test_button_pair_under_a_photo_is_neither_caption_nor_credit() -> None:
    text = _page(
        ["The new boathouse seen from the footbridge", "Check this week's river levels",
         "Book a taster session", ""],
        [],
    )
    article = parse_plaintext(text)
    shown = _paragraphs(article) + _headings(article)
    shown += [str(part) for fig in _figures(article) for part in fig]
    assert "Check this week's river levels" not in shown
    assert "Book a taster session" not in shown
    assert _paragraphs(article)[-1] == _STORY[-1]


def test_button_line_needs_a_button_verb_and_a_short_label() -> None:
    en, de = chrome_cues("en"), chrome_cues("de")
    assert button_line("Buy lift tickets", en)
    assert button_line("[13]Reserve this book", en)
    assert button_line("Ausleihe jetzt reservieren", de)
    assert not button_line("Check the forecast before you set out, the coastguard says.", en)
    assert not button_line("The new boathouse seen from the footbridge", en)
    assert not button_line("Book: The Quiet Harbour", en)  # a review's fact row


def test_label_rows_of_a_report_stay_body() -> None:
    text = _page(
        [],
        ["Crew of the day: Ines Varga", "Umpire: T. Holloway", "Margin: two lengths", "",
         "The club's next regatta is on the last weekend of June, upstream at the lock.", ""],
    )
    article = parse_plaintext(text)
    assert _headings(article) == []
    assert "Crew of the day: Ines Varga" in _paragraphs(article)
    assert "Umpire: T. Holloway" in _paragraphs(article)


def test_club_footer_under_the_report_is_dropped() -> None:
    text = _page(
        [],
        [
            "Next fixture: Sun 11 May, Head of the Estuary, first crews 09:30",
            "Our senior eights are sponsored by Marrow & Finch Boatbuilders",
            "« Previous report: Juniors win at Calder | Next report: Masters at Linwood »",
            "",
            "© 2025 East Bank Rowing Club",
        ],
    )
    article = parse_plaintext(text)
    assert _paragraphs(article)[-1] == _STORY[-1]
    assert not any("sponsored by" in h for h in _headings(article))


def test_footer_line_forms() -> None:
    en, de = chrome_cues("en"), chrome_cues("de")
    assert footer_line("Next fixture: Sat 15 November, Castlebridge v Brackenfield", en)
    assert footer_line("Nächstes Spiel: Sa., 15. November, 15 Uhr, Sportpark", de)
    assert footer_line("Our 1st XI is sponsored by Kellaway Plumbing", en)
    assert footer_line("« Previous report: Draw at Harrowgate | Next report: U14 festival »", en)
    # a sentence of the story that names a sponsor ends like one
    assert not footer_line("The new nets are sponsored by a local bakery.", en)


def test_paywall_box_offer_is_not_body() -> None:
    text = _page(
        [],
        ["Read on with PLUS", "All articles for 4 weeks for €0.99", "Cancel anytime", ""],
    )
    article = parse_plaintext(text)
    shown = _paragraphs(article) + _headings(article)
    assert "Read on with PLUS" not in shown
    assert "All articles for 4 weeks for €0.99" not in shown
    assert _paragraphs(article)[-1] == _STORY[-1]
