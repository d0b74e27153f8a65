"""Round 24 (enteaser2): whole-page dumps whose header holds leftovers of the page's
teaser strip: a teaser headline the site cut with an ellipsis printed right over the
article's whole headline (rule ``title.under-cut-teaser``), and a comments link whose two
verbs share one noun ("View/Post Comments") read as a photo credit. Every sentence,
person, place and outlet is invented."""

from __future__ import annotations

from syndicate.model import Figure
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_MENU = ("  * Quillfeed\n  * Music\n  * Film\n  * Culture", "  * Search")
_BODY = (
    "When the Okonjo family put up posters for their missing parrot, they expected a call "
    "or two from neighbours, not a sighting on a ferry timetable board.",
    "Captain, a nineteen-year-old parrot with a vocabulary of around eighty words, slipped "
    "out of an open kitchen window in Corbel Bay on the last day of December.",
    "The ferry crew at Tullan Pier finally coaxed him into a crate with a slice of apple on "
    "Tuesday morning, and the family collected him the same afternoon.",
)


def test_cut_teaser_over_whole_headline() -> None:
    text = _blocks(
        *_MENU,
        "Harbour Choir Releases A Winter Album Recorded In A Boathouse\n"
        "Ventriloquist Dolls Take Over A Seaside Town In The Eerie New Trailer For '...",
        "A Lost Parrot Named Captain Found Its Way Home After Three Weeks Touring Corbel Bay",
        "By Delphine Arkwright • 01.14.26",
        "Share This Story",
        *_BODY,
    )
    article = parse_plaintext(text)
    assert article.title == (
        "A Lost Parrot Named Captain Found Its Way Home After Three Weeks Touring Corbel Bay"
    )
    assert article.subtitle is None
    assert [a.name for a in article.authors] == ["Delphine Arkwright"]


def test_cut_teaser_unicode_ellipsis_over_dated_headline() -> None:
    text = _blocks(
        *_MENU,
        "Harbour Choir Releases A Winter Album Recorded In A Boathouse\n"
        "Council Votes To Keep The Old Lighthouse Lamp Burning For Another…",
        "A Lost Parrot Named Captain Found Its Way Home After Three Weeks Touring Corbel Bay",
        "January 14, 2026",
        "Share This Story",
        *_BODY,
    )
    assert parse_plaintext(text).title.startswith("A Lost Parrot Named Captain")


def test_headline_ending_in_ellipsis_over_full_stop_dek_stays() -> None:
    # the line under it is a sentence (a dek), not a whole headline: no teaser to skip
    text = _blocks(
        "Quillfeed",
        "And Then The Parrot Spoke…",
        "A bird that learned eighty words from a grandmother finds its way home.",
        "By Delphine Arkwright",
        *_BODY,
    )
    assert parse_plaintext(text).title == "And Then The Parrot Spoke…"


def test_slash_comments_link_is_a_comments_cue() -> None:
    cues = chrome_cues("en")
    assert cues.kind("View/Post Comments") == "comments"
    assert cues.kind("Jonas Pell/Reuters") != "comments"


def test_slash_comments_link_is_no_photo_credit() -> None:
    text = _blocks(
        "Orrin Valley Ledger",
        "Volunteers restore the last covered bridge on the Orrin River",
        "Print",
        "By Teodor Blaylock, Orrin Valley Ledger",
        "on February 9, 2026 at 6:30 AM, updated February 9, 2026 at 8:05 AM",
        "View/Post Comments",
        "Seventy volunteers spent the winter weekends replacing the rotten deck planks of the "
        "Harrow Mill covered bridge, the last of its kind on the river.",
        "The bridge, built in 1871, was closed to walkers two years ago after an inspector "
        "found that a third of its floor boards had softened beyond repair.",
        "The county engineer signed off on the repairs on Friday, and the bridge is to reopen "
        "to walkers and cyclists on March 1.",
    )
    article = parse_plaintext(text)
    assert not any(isinstance(b, Figure) for b in article.blocks)
    assert article.title == "Volunteers restore the last covered bridge on the Orrin River"
