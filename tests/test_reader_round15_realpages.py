"""Round 15 rules taken from the kinds of headline miss seen on real whole-page dumps (the
tuning half of the real-page set). Every text here is invented: outlet, people, places,
words."""

from __future__ import annotations

from syndicate.readers.language import stopwords
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import split_lines
from syndicate.readers.scraped.region import HEAD, Region, image_label

_BODY = [
    "The island ferry will run four crossings a day instead of seven from next Monday, the "
    "operator said, after a third of its deckhands called in sick in one week.",
    "Passengers with season tickets will be offered a refund for the weeks of the reduced "
    "timetable, the company added in a notice on its terminal doors.",
    "The harbour master said the morning crossing for school pupils would be kept whatever "
    "happens, and that freight would move to the night boat.",
    "Council members asked the operator to publish its staffing figures every Friday until "
    "the full timetable returns.",
]

_HEADLINE = "Ferry timetable shrinks as winter crews run short"


def _text(*top: str) -> str:
    return "\n\n".join([*top, *_BODY]) + "\n"


# -- a pop-up dialog over the page ------------------------------------------------------


def test_a_dialog_over_the_page_is_no_headline_and_its_card_keeps_the_writer() -> None:
    # A blog platform's editor dialog, printed inline by lynx above the writer's bar and
    # the post: its title and prompt are the page's, the writer's name in it is the writer.
    text = _text(
        "   Ready to publish?\n"
        "   Change the story’s title, subtitle, and visibility as needed\n"
        "   Odile Fenwick\n"
        "   6 min read\n"
        "   (BUTTON) (BUTTON) Featured (BUTTON) Close (BUTTON) Publish changes\n"
        "   Sign in / Sign up\n"
        "   Odile Fenwick Odile Fenwick\n"
        "   (BUTTON) (BUTTON) (BUTTON)\n"
        "   (BUTTON) Next story",
        _HEADLINE,
        "     * (BUTTON) Share on Twitter\n     * (BUTTON) Share by email",
    )
    article = parse_plaintext(text)
    assert article.title == _HEADLINE
    assert [a.name for a in article.authors] == ["Odile Fenwick"]
    assert article.subtitle is None


def test_a_dialog_row_needs_two_different_buttons() -> None:
    chrome = chrome_cues("en")
    assert chrome.dialog_row("Featured Close Publish changes")
    assert chrome.dialog_row("FeaturedClosePublish changes")  # labels glued by the dump
    assert chrome.dialog_row("(BUTTON) Cancel (BUTTON) Save")
    assert chrome.dialog_row("[12]Not now [13]Got it")
    assert not chrome.dialog_row("Close call at the crossing")
    assert not chrome.dialog_row("Close Close")
    assert not chrome.dialog_row("Save the date, then close the door.")
    assert chrome_cues("de").dialog_row("Abbrechen Speichern")


def test_the_lines_over_a_dialog_row_are_the_dialogs_but_not_a_paragraph() -> None:
    lines = split_lines(
        "The last paragraph of somebody's story ends here with a full stop.\n"
        "Leave this page?\n"
        "Your changes will be lost\n"
        "Cancel Leave\n"
    )
    feats = line_features(lines, None, chrome_cues("en"))
    assert [f.cue for f in feats] == [None, None, None, None]  # "leave" is no dialog button
    lines = split_lines(
        "The last paragraph of somebody's story ends here with a full stop.\n"
        "Discard this draft?\n"
        "Your changes will be lost\n"
        "Cancel OK\n"
    )
    feats = line_features(lines, None, chrome_cues("en"))
    assert [f.cue for f in feats] == [None, "dialog", "dialog", "dialog"]


# -- the whole headline over its cut copy ------------------------------------------------


def test_the_whole_headline_over_a_cut_copy_of_it_is_the_headline() -> None:
    # The post's headline, its share row and lead image, then the story's own first
    # heading, the same words broken in two: the cut copy is noise.
    text = _text(
        "   Sign in / Sign up",
        "The Harbour Lantern Project: Better Ferry Maps",
        "     * (BUTTON) Share on Twitter\n     * (BUTTON) Share by email\n   " + "_" * 60,
        "   [1*aQx9LmT0Rz.png]",
        "Harbour Lantern Project:",
        "Better Ferry Maps",
    )
    article = parse_plaintext(text)
    assert article.title == "The Harbour Lantern Project: Better Ferry Maps"


# -- a breadcrumb trail that ends with the headline --------------------------------------


def test_a_breadcrumb_ending_with_the_headline_is_no_headline() -> None:
    for crumb in (
        f"   HarbourPost.com/Videos///{_HEADLINE}",
        f"   HarbourPost.com / Videos / / / {_HEADLINE}",
    ):
        text = _text(
            "     * Home\n     * Videos\n     * Weather\n     * Subscribe\n     * Join Now!",
            crumb,
            _HEADLINE,
            "   No crossing is quite like the night boat. This short video shows the crews at "
            "work and the new timetable. Get the details here!\n     *\n     *\n     * share",
        )
        article = parse_plaintext(text)
        assert article.title == _HEADLINE, crumb


# -- an image label between the headline and the byline ----------------------------------


def test_an_image_label_may_stand_between_the_headline_and_its_byline() -> None:
    assert image_label("[439aeaff7de2]")
    assert image_label("[IMG]")
    assert image_label("(BUTTON)")
    assert not image_label("[Photo] Passengers wait")
    assert not image_label("(AP)")
    text = (
        "Lantern Hosting x\n\nLocal\n\n"
        f"{_HEADLINE}\n\n[7c41bd9e02aa]\n\nMarta Quill\n\nPublished January 14, 2025\n\n"
        + "\n\n".join(_BODY)
    )
    lines = [line for line in split_lines(text) if line.text]
    feats = line_features(lines, None, chrome_cues("en"))
    title = next(k for k, line in enumerate(lines) if line.text == "Lantern Hosting x")
    headline = next(k for k, line in enumerate(lines) if line.text == _HEADLINE)
    zones = [HEAD] * len(lines)
    region = Region(zones, title, [], True, True, 2.5)
    over = region.headline_over_byline(lines, feats)
    assert over is not None and over.title == headline


# -- an author card's name printed twice, over a line no rule reads ----------------------


def test_a_name_printed_twice_under_the_headline_is_the_writer_whatever_follows() -> None:
    # The card's photo (alt text: the name) and the name's link on one line; under it a
    # relative date in a language the reader has no date words for.
    text = _text(_HEADLINE, "   Aleš Vávra Aleš Vávra\n   před 2 hodinami")
    article = parse_plaintext(text)
    assert article.title == _HEADLINE
    assert [a.name for a in article.authors] == ["Aleš Vávra"]
    # printed once, the same name over that line stays unread (no evidence it is a byline)
    article = parse_plaintext(_text(_HEADLINE, "   Aleš Vávra\n   před 2 hodinami"))
    assert not article.authors


# -- a sure headline with its date row under a column of teasers -------------------------


def test_the_headline_over_its_date_row_beats_a_teaser_over_it() -> None:
    teasers = [
        "Here Is The Cheapest Pizza In Each County",
        "Why Concert Tickets Cost More Again",
        "These Shoe Shops Will Close In 2025",
        "The Bakers Who Start Work At Midnight",
        "Why Coffee Prices Doubled This Winter",
    ]
    rows = "\n".join(
        f"     *\n   Image for {t} {t} 2025-01-{10 + n:02d} 18:07:34" for n, t in enumerate(teasers)
    )
    headline = "Ferry operator cuts crossings as deckhands fall sick"
    text = _text(
        "     * Business\n     * Markets\n     * Harbours\n     * Ferries",
        rows,
        "   (BUTTON) Previous Story (BUTTON) Next Story",
        headline,
        "   Posted: 01/14/2025 12:29 pm EST Updated: 01/14/2025 12:59 pm EST\n   By Marta Quill",
        "   The ferry operator cuts its crossings to four a day as deckhands fall sick, it said.",
    )
    lines = [line for line in split_lines(text) if line.text]
    feats = line_features(lines, None, chrome_cues("en"))
    teaser = next(k for k, line in enumerate(lines) if line.text.startswith("Image for"))
    found = next(k for k, line in enumerate(lines) if line.text == headline)
    # the decoder took the first teaser, weakly (nothing under it)
    region = Region([HEAD] * len(lines), teaser, [], True, True, 1.5)
    under = region.headline_under_weak(lines, feats)
    assert under is not None and under.title == found
    # a paragraph between the two: the article had begun, the teaser stands
    lines.insert(teaser + 1, max(lines, key=lambda line: len(line.text)))
    feats = line_features(lines, None, chrome_cues("en"))
    region = Region([HEAD] * len(lines), teaser, [], True, True, 1.5)
    assert region.headline_under_weak(lines, feats) is None


# -- a footer label's link over the headline ---------------------------------------------


def test_the_link_under_a_label_cut_at_its_stop_word_is_no_headline_over_a_dek() -> None:
    # A blog's sidebar ends "Powered by" / its engine's link, right over the post's
    # headline and byline: the link is the label's object, not a headline over a dek.
    text = (
        "   1. harbours\n   2. ferries\n   3. weather\n   4. zoning\n\nPowered by\n\n"
        '   A Small Fork of Hugo "Theme Files" for this blog\n\n'
        "On recent difficult weeks here\n\n   Tuesday 15 October 2024 by Marta Quill\n\n"
        "   The island ferry will run four crossings a day instead of seven from next Monday, "
        "the operator said, after a third of its deckhands called in sick in one week.\n\n"
        "   Passengers with season tickets will be offered a refund for the weeks of the "
        "reduced timetable, the company added in a notice on its terminal doors, a small "
        "fork of the old theme files of its blog.\n"
    )
    article = parse_plaintext(text)
    assert article.title == "On recent difficult weeks here"
    assert [a.name for a in article.authors] == ["Marta Quill"]


# -- the headline over the byline that stands over the decoder's choice ------------------


def test_the_headline_over_the_byline_beats_the_lead_photos_caption_under_it() -> None:
    headline = "Town Council Gives Its Blessing For A Touring Ghost Walk Stage Show"
    text = (
        "   TYPE TO SEARCH______ Go\n   [135030299.jpg?w=80]\n\n"
        f"{headline}\n\n   By Marta Quill &bullet; 12.29.24\n   Ghost Walk Live\n\n"
        "   Via Facebook\n\n"
        "   The people behind the town ghost walk want to turn it into a touring stage show, "
        "and the council gave its blessing on Monday after a short debate.\n\n"
        "   The ghost walk ran for fifteen nights last winter and sold out each time, the "
        "organisers said, so a touring stage show seemed the next step. The council's blessing "
        "came with one wish: that the touring ghost walk keep the old harbour stories and name "
        "the volunteers who first wrote them down for the town's walkers.\n"
    )
    lines = [line for line in split_lines(text) if line.text]
    feats = line_features(lines, stopwords("en"), chrome_cues("en"))
    caption = next(k for k, line in enumerate(lines) if line.text == "Ghost Walk Live")
    found = next(k for k, line in enumerate(lines) if line.text == headline)
    # the decoder took the lead photo's caption, under the byline, for the headline
    region = Region([HEAD] * len(lines), caption, [], True, True, 4.0)
    above = region.headline_over_byline_above(lines, feats)
    assert above is not None and above.title == found
    # on a page of article text (no dump) nothing is moved
    assert region._replace(is_dump=False).headline_over_byline_above(lines, feats) is None
