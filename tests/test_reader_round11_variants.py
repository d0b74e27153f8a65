"""Round 11 (the same articles in other shapes, `benchmarks/bench_reader_variants.py`): a
copy cut off mid-sentence keeps its last, unfinished paragraph whatever stands over it (a
question subhead, a list's lead-in and items, an inline "Read also" link), in languages
whose stop-word lists or capitals say little; German quotations closed with “ end their
sentence; a caption printed without its full stop carries its credit in brackets. Every
sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import split_lines

_HEAD = [
    "Harbour board approves new pontoon for island ferry",
    "",
    "By Morag Keddie",
    "",
    "3 March 2026",
    "",
    "The harbour board approved a new pontoon for the ferry on Tuesday evening, after two "
    "years in which passengers had to climb down a ladder at low tide.",
    "",
    "The pontoon will be built over the winter by a contractor from the mainland and "
    "should be ready before the first summer sailing in April, the board said.",
    "",
]


def _read(lines: list[str]):
    return parse_plaintext("\n".join(lines) + "\n")


def test_cut_under_a_question_subhead_is_kept() -> None:
    article = _read(
        [
            *_HEAD,
            "Will the timetable change?",
            "",
            "The operator said the sailing times would stay as they are for now. The board",
        ]
    )
    assert _headings(article) == ["Will the timetable change?"]
    paragraphs = _paragraphs(article)
    assert len(paragraphs) == 3
    assert paragraphs[-1].endswith("The board")


def test_cut_list_item_under_its_lead_in_is_kept() -> None:
    article = _read(
        [
            *_HEAD,
            "Skippers gave the board three reasons for the change:",
            "the ladder is slippery in winter",
            "older passengers cannot use it with",
        ]
    )
    paragraphs = _paragraphs(article)
    assert paragraphs[-1] == "older passengers cannot use it with"
    assert "the ladder is slippery in winter" in paragraphs


def test_cut_line_holding_a_whole_sentence_is_kept_in_polish() -> None:
    article = _read(
        [
            "Policja zatrzymała oszusta podającego się za funkcjonariusza",
            "",
            "Opublikowano: 12.03.2026",
            "",
            "Do zdarzenia doszło w ubiegły czwartek. Na telefon stacjonarny seniorki "
            "zadzwonił mężczyzna, który przedstawił się jako policjant z komendy miejskiej.",
            "",
            "Kobieta spakowała oszczędności do torby i przekazała je nieznajomemu pod blokiem. "
            "Dopiero wieczorem zorientowała się, że padła ofiarą oszustwa.",
            "",
            "Mężczyzna usłyszał zarzut. Prokuratura",
        ]
    )
    assert _paragraphs(article)[-1] == "Mężczyzna usłyszał zarzut. Prokuratura"


def test_teaser_titles_after_the_article_are_still_dropped() -> None:
    # Several short titles over the last line: a teaser grid, not one subhead.
    article = _read(
        [
            *_HEAD,
            "Ferry fares frozen for a second year",
            "Lifeboat crew called out twice in one night",
            "New café opens at the pier head",
            "What the new parking rules mean for the people of the island",
        ]
    )
    assert len(_paragraphs(article)) == 2


def test_german_quotation_closed_low_high_ends_a_sentence() -> None:
    lines = split_lines("„Ich bin nicht gegen Windkraft. Ich bin gegen so eine Verteilung.“\n")
    assert line_features(lines)[0].ends_sentence


def test_caption_without_full_stop_and_credit_in_brackets() -> None:
    parts = split_caption(
        "Firefighters helped passengers climb out through the upstairs windows (Kent News "
        "Agency)"
    )
    assert parts is not None
    assert (parts.caption, parts.credit) == (
        "Firefighters helped passengers climb out through the upstairs windows",
        "Kent News Agency",
    )
    parts = split_caption("Water covers the crossing after a main break early Wednesday. (KDRW)")
    assert parts is not None and parts.credit == "KDRW"


def test_short_line_with_a_party_in_brackets_is_no_caption() -> None:
    # A list of candidates or a heading: too short to be a caption.
    assert split_caption("Jane Roe (Green Party)") is None
    assert split_caption("Councillors voted against the plan (Labour)") is None


def test_caption_in_brackets_becomes_a_figure_in_an_article() -> None:
    article = _read(
        [
            *_HEAD[:6],
            "The old ladder at the harbour wall at low tide on a winter morning (Ailsa Brodie)",
            "",
            *_HEAD[6:],
        ]
    )
    assert _figures(article) == [
        ("The old ladder at the harbour wall at low tide on a winter morning", "Ailsa Brodie")
    ]
    assert len(_paragraphs(article)) == 2


def test_caption_bar_credit_in_a_script_without_capitals() -> None:
    parts = split_caption("صيادون على ضفاف البحيرة بعد انحسار المياه | رويترز")
    assert parts is not None
    assert (parts.caption, parts.credit) == ("صيادون على ضفاف البحيرة بعد انحسار المياه", "رويترز")
    parts = split_caption("Water covers the crossing after the main broke | KDRW")
    assert parts is not None and parts.credit == "KDRW"
    # a site's menu or a date row split by a bar is no caption
    assert split_caption("نشر في: 30 نوفمبر 2026 | آخر تحديث: 1 ديسمبر 2026") is None
