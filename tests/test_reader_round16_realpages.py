"""Round 16 rules taken from the byline shapes of real whole-page dumps (the tuning half of the
real-page set). Every text here is invented: outlet, people, places, words."""

from __future__ import annotations

from syndicate.readers.language import stopwords
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import echoed_byline, parse_byline
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import split_lines

_BODY = [
    "The county's library van will stop at eleven villages instead of seven from next month, "
    "the council said, after a charity paid for a second driver for two years.",
    "Readers in the hill parishes had asked for the van for a decade; the nearest branch is "
    "an hour away by the one daily bus, the parish clerk of Oxley Moor said.",
    "The van carries about two thousand books and a printer, and its staff will take "
    "requests by telephone for titles that are not on board.",
    "A timetable of the new stops will be posted in every village hall by the end of the "
    "week, the council added.",
]

_HEADLINE = "Library van adds four hill villages to its round"


def _page(*header: str) -> str:
    return "\n\n".join(["   Sign in", "   Weather", _HEADLINE, *header, *_BODY]) + "\n"


def _names(text: str) -> list[str]:
    return [a.name for a in parse_plaintext(text).authors]


# -- an author card echoed by its byline --------------------------------------------------


def test_a_card_name_then_by_and_the_name_then_the_outlet_is_the_writer() -> None:
    text = _page(
        "   Print\n"
        "   Tamsin Oakes By Tamsin Oakes The Valley Courier\n"
        "   on March 3, 2021 at 7:10 AM, updated March 3, 2021 at 9:02 AM\n"
        "   View/Post Comments"
    )
    article = parse_plaintext(text)
    assert article.title == _HEADLINE
    assert [a.name for a in article.authors] == ["Tamsin Oakes"]
    assert article.published is not None and article.published.startswith("2021-03-03")


def test_an_echoed_card_with_the_writers_employer_keeps_the_name_only() -> None:
    text = _page(
        "   Print\n"
        "   Dev Harlan, Lakeshore News Media Group By Dev Harlan, Lakeshore News Media Group "
        "LakeNews.com\n"
        "   Email the author | Follow on Twitter\n"
        "   on March 3, 2021 at 7:10 AM, updated March 3, 2021 at 9:02 AM"
    )
    assert _names(text) == ["Dev Harlan"]


def test_an_echoed_card_with_the_writers_address() -> None:
    byline = echoed_byline(
        "Rhea Kowal | rkowal@valleynews.example By Rhea Kowal | rkowal@valleynews.example "
        "The Valley News",
        chrome_cues("en").byline_prefixes,
    )
    assert byline is not None and [p[0] for p in byline.people] == ["Rhea Kowal"]


def test_no_echo_without_the_same_words_after_the_prefix() -> None:
    prefixes = chrome_cues("en").byline_prefixes
    assert echoed_byline("Tamsin Oakes By Tamsin Oakesworth The Valley Courier", prefixes) is None
    assert echoed_byline("Stand By Me is showing at the Regal tonight", prefixes) is None
    assert echoed_byline("Tamsin Oakes", prefixes) is None


# -- a "By" glued to the name -------------------------------------------------------------


def test_a_by_glued_to_the_name_is_the_by_prefix() -> None:
    byline = parse_byline("ByTamsin Oakes | March 3, 2021")
    assert byline is not None and [p[0] for p in byline.people] == ["Tamsin Oakes"]
    assert byline.rule == "byline.by-prefix"
    text = _page("   ByTamsin Oakes | March 3, 2021")
    assert _names(text) == ["Tamsin Oakes"]


def test_names_that_open_with_by_stay() -> None:
    byline = parse_byline("Byron Achebe")
    assert byline is not None and [p[0] for p in byline.people] == ["Byron Achebe"]


def test_an_echoed_card_under_widget_lines_vouches_for_the_headline_over_it() -> None:
    # A sign-in box's prompt over the headline, then a gallery's loading label and a print
    # link between the headline and the card: the card is the byline the headline heads.
    text = "\n\n".join(
        [
            "Don't have an account?",
            "   Register now for free, or sign in with any of these services:\n"
            "   Harbourmail Lanternbook Quillr\n"
            "   You are signed in as\n\n"
            "   Edit Public Profile Sign Out",
            "Favourite Schools\n       expand",
            "   Subscribe\n     * The Oxley Moor Post\n     * The Carrow Times\n"
            "     * The Fenbridge Journal",
            "   comments",
            _HEADLINE,
            "   [BUTTON Input] (not implemented)_____",
            "   Loading Photo Gallery\n"
            "   Print\n"
            "   Tamsin Oakes | toakes@moorpost.example By Tamsin Oakes | "
            "toakes@moorpost.example The Oxley Moor Post\n"
            "   Follow on Twitter\n"
            "   on March 3, 2021 at 7:10 AM, updated March 3, 2021 at 9:02 AM\n"
            "   View/Post Comments",
            *_BODY,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert article.title == _HEADLINE
    assert [a.name for a in article.authors] == ["Tamsin Oakes"]


def test_a_long_echoed_card_is_a_byline_line_to_the_zone_decoder() -> None:
    text = (
        "Tamsin Oakes | toakes@moorpost.example By Tamsin Oakes | toakes@moorpost.example "
        "The Oxley Moor Post\n"
    )
    lines = split_lines(text)
    feats = line_features(lines, stopwords("en"), chrome_cues("en"))
    assert feats[0].byline


# -- the outlet's web address closing a byline --------------------------------------------


def test_a_web_address_after_the_name_is_the_outlet() -> None:
    for text in ("By Tamsin Oakes moorpost.com", "By Tamsin Oakes MoorPost.com"):
        byline = parse_byline(text)
        assert byline is not None and [p[0] for p in byline.people] == ["Tamsin Oakes"]
    byline = parse_byline("By J.R. Hollis")
    assert byline is not None and [p[0] for p in byline.people] == ["J.R. Hollis"]
    text = _page(
        "   Print\n"
        "   By [ Tamsin Oakes ](https://moorpost.example/user/toakes/posts.html) moorpost.com\n"
        "   Follow"
    )
    assert _names(text) == ["Tamsin Oakes"]
