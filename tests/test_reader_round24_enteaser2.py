"""Round 24 (enteaser2): whole-page dumps whose header holds leftovers of the page's
teaser strip: a teaser headline the site cut with an ellipsis printed right over the
article's whole headline (rule ``title.under-cut-teaser``). Every sentence, person, place
and outlet is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext


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
