"""Round 23 (enhead): English-style whole-page dumps — the headline right over the
article's prose under a logo line and teaser menus (the byline printed above it), the
headline over its signed byline row above a teaser the decoder took, and a writer's
profile card printed as one line ("Name Curator: Name"). Every sentence, person, place
and site is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import profile_byline

_EN_PROSE = (
    "When the last working snowplow in Birchmere Hollow broke an axle on the second night "
    "of the storm, the town council had no money left for a rental and no driver to spare.",
    "By seven the next morning, forty-one students from the regional high school had "
    "organised themselves into shovel crews on a group chat and split the town into zones.",
    "They started with the streets around the clinic and the pharmacy, and older residents "
    "put out thermoses of cocoa for the crews on their porches along the way.",
    "It took them three days to clear nearly nine miles of road, and the council has since "
    "voted to buy a second snowplow and has invited the students to give it a name.",
)
_DE_PROSE = (
    "Als im Februar der letzte Räumwagen von Birkenau mit einem Achsbruch liegen blieb, "
    "hatte die Gemeinde weder Geld für einen Mietwagen noch einen Fahrer übrig.",
    "Am nächsten Morgen hatten sich einundvierzig Schülerinnen und Schüler der Realschule "
    "in einer Chatgruppe zu Schneeschipp-Trupps zusammengetan und den Ort aufgeteilt.",
    "Sie begannen mit den Straßen rund um die Praxis und die Apotheke, und ältere Anwohner "
    "stellten den Trupps Thermoskannen mit Kakao auf die Treppen ihrer Häuser.",
    "Nach drei Tagen waren fast fünfzehn Kilometer Straße frei, und der Gemeinderat hat "
    "inzwischen einen zweiten Räumwagen bestellt, den die Schüler taufen dürfen.",
)


def _viral_page(
    site: str, byline: str, staff: str, date: str, box: str, headline: str, ad: str, prose
) -> str:
    teasers = [
        "This Retired Baker Turns Leftover Dough Into Tiny Sculptures.",
        "17 Lighthouses That Look Like They Belong In A Storybook.",
        "The Strange Science Of Why Rain Smells So Good.",
    ]
    menu = []
    for teaser in teasers:
        menu += [f"       {teaser}", "", teaser]
    return "\n".join(
        [
            f"   {site}",
            "",
            "     * Smile",
            *menu,
            "          + Art",
            "          + Animals",
            "",
            f"   {byline}",
            "",
            f"   {staff}",
            "",
            f"   {date}",
            "",
            "   3.1Kshares",
            "     * (BUTTON) facebook",
            "     * (BUTTON) twitter",
            "",
            box,
            "",
            "   ____________________ Subscribe",
            "",
            headline,
            "",
            f"   {ad}",
            "",
            *(f"   {p}\n" for p in prose),
            "   Next Post",
            "",
            f"   Copyright © 2026 · {site}",
            "",
        ]
    )


# -- title.over-prose-run -------------------------------------------------------------------


def test_the_headline_over_the_prose_run_under_a_logo_line_and_teaser_menus() -> None:
    headline = "A Town Ran Out Of Snowplows, So Its Teenagers Shoveled Every Street By Hand."
    text = _viral_page(
        "GladWire",
        "By Fenna Hollowell",
        "GladWire Staff",
        "March 3, 2026",
        "Want More Stories Like This One?",
        headline,
        "Advertisement",
        _EN_PROSE,
    )
    article = parse_plaintext(text)
    assert article.title == headline
    assert [a.name for a in article.authors] == ["Fenna Hollowell"]
    assert article.published is not None and article.published.startswith("2026-03-03")


def test_the_same_shape_in_german() -> None:
    headline = "Ein Dorf ohne Räumwagen: Schüler schippen jede Straße frei"
    text = _viral_page(
        "Frohnetz",
        "Von Fenna Holler",
        "Frohnetz-Redaktion",
        "03.03.2026",
        "Mehr Geschichten wie diese?",
        headline,
        "Anzeige",
        _DE_PROSE,
    )
    article = parse_plaintext(text)
    assert article.title == headline
    assert [a.name for a in article.authors] == ["Fenna Holler"]


def test_a_first_line_headline_that_the_prose_takes_up_stays() -> None:
    headline = "Teenagers Shovel Every Street In Birchmere Hollow"
    text = "\n\n".join(
        [
            headline,
            "Share this: Facebook Twitter",
            "Snowplow crews",
            *_EN_PROSE,
        ]
    )
    assert parse_plaintext(text + "\n").title == headline


# -- title.over-signed-row-above ------------------------------------------------------------


def _signed_page(headline: str, byline: str, date: str, more: str, teasers, prose) -> str:
    form = ["Email(required) [                    ]"]
    form += ["                  [                    ]"] * 18
    return "\n".join(
        [
            "Harbour Post",
            "",
            "  • News",
            "  • Business",
            "",
            headline,
            "",
            byline,
            "",
            "  • View author archive",
            "  • email the author",
            "",
            "Name(required) [                    ]",
            *form,
            "Comment(required) [                    ]",
            "",
            "[Submit]",
            "",
            date,
            "",
            "Modal Trigger",
            "Photo: Kessick Port Board",
            "",
            more,
            "",
            *(f"{t}\n" for t in teasers),
            *(f"{p}\n" for p in prose),
        ]
    )


_PORT_PROSE = (
    "A ferry operator and the Kessick port board have settled their year-long dispute over "
    "the fees charged for the berth at the north quay.",
    "The settlement, announced on Tuesday, cuts the ferry operator's berth fee by a fifth "
    "for the next three years, in return for two extra winter sailings to the islands.",
    "The port board had raised the fee twice since 2024, arguing that the berth needed a "
    "new fender and that the operator's larger vessel wore out the quay faster.",
    "The operator, which runs three crossings a day in summer, had threatened to move its "
    "ferry to the rival harbour at Penwick if no settlement was reached.",
    "Both sides said the settlement would let the operator plan its timetable for the "
    "coming season without the threat of another dispute over fees.",
)


def test_the_headline_over_the_signed_row_above_a_teaser_list() -> None:
    headline = "Ferry operator and port board settle dispute over berth fees"
    text = _signed_page(
        headline,
        "By Wilma Trask",
        "March 4, 2026 | 9:12am",
        "MORE FROM",
        [
            "Wilma Trask",
            "Dock workers vote on new shift pattern",
            "Fish market moves to the east quay",
            "Cruise calls fall for a second year",
        ],
        _PORT_PROSE,
    )
    article = parse_plaintext(text)
    assert article.title == headline
    assert [a.name for a in article.authors] == ["Wilma Trask"]


# -- byline.profile-line --------------------------------------------------------------------


def test_a_profile_card_printed_as_one_line_is_the_byline_with_its_role() -> None:
    assert profile_byline("Oskar Delaunay-Pratt Curator: Oskar Delaunay-Pratt") is not None
    found = profile_byline("Ana Lima Redatora: Ana Lima")
    assert found is not None and found.people == (("Ana Lima", "Redatora"),)
    assert profile_byline("Ana Lima Redatora: Rui Sá") is None  # two names: no card


def test_the_profile_line_under_the_headline_signs_the_story() -> None:
    headline = "A Ferry Captain Kept 63 Stranded Passengers Calm With One Old Sea Shanty"
    text = "\n\n".join(
        [
            "GladWire",
            headline,
            "Oskar Delaunay-Pratt Curator: Oskar Delaunay-Pratt\nFollow @oskardp",
            *_EN_PROSE,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert [(a.name, a.role) for a in article.authors] == [("Oskar Delaunay-Pratt", "Curator")]


def test_a_one_token_image_name_over_the_prose_run_is_no_headline() -> None:
    # A lead photo's file name ("Snowplow-crews-lead") printed where the headline would
    # stand: one token with hyphens, never a headline of a language that spaces its words.
    text = _viral_page(
        "GladWire",
        "By Fenna Hollowell",
        "GladWire Staff",
        "March 3, 2026",
        "Want More Stories Like This One?",
        "Snowplow-crews-lead",
        "Advertisement",
        _EN_PROSE,
    )
    assert parse_plaintext(text).title != "Snowplow-crews-lead"
