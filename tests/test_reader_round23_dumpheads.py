"""Round 23 (dumpheads): plain whole-page dumps of newsroom templates — a section-and-tags
row the dump glued into one line over the headline ("Section More: tag tag tag"), the
site's name printed as the source row under the headline, and an image's alt text that
carries the headline ("Illustration for article titled …"). Every sentence, person, place
and site is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import glued_tag_row

_EN_PROSE = (
    "The Quarry Lane library reopened on Saturday after fourteen months of repairs to its "
    "roof, which collapsed under wet snow in the winter before last.",
    "Volunteers carried more than six thousand books back onto the shelves over two "
    "weekends, sorting them by hand because the catalogue system was still offline.",
    "\"We had people in their eighties next to teenagers, passing boxes up the stairs,\" "
    "said branch manager Odile Fenwarren, who has run the library for twelve years.",
    "The repairs cost just under a million dollars, most of it from an insurance payout, "
    "and the branch will now stay open until eight on weekday evenings.",
)
_DE_PROSE = (
    "Die Stadtbücherei am Steinbruchweg hat am Samstag wieder geöffnet, nachdem das Dach "
    "im vorletzten Winter unter nassem Schnee eingebrochen war.",
    "Freiwillige trugen an zwei Wochenenden mehr als sechstausend Bücher zurück in die "
    "Regale und sortierten sie von Hand, weil der Katalog noch nicht lief.",
    "„Da standen Achtzigjährige neben Jugendlichen und reichten Kisten die Treppe hoch“, "
    "sagte Büchereileiterin Odile Fennwarth, die das Haus seit zwölf Jahren führt.",
    "Die Reparatur kostete knapp eine Million Euro, den größten Teil zahlte die "
    "Versicherung, und die Bücherei hat nun werktags bis zwanzig Uhr geöffnet.",
)


def _page(
    site: str,
    row: str,
    section: str,
    headline: str,
    source: str,
    byline: str,
    date: str,
    alt: str,
    prose,
    rights: str,
) -> str:
    lines = [
        "   [1]Skip to main content",
        f"   [2]{site}",
        "",
        "     * [3]News",
        "     * [4]Business",
        "     * [5]Sports",
        "     * [6]Opinion",
        "",
        "   Search ____________________ [7]Go",
        f"   {row}",
        f"   {section}",
        "",
        headline,
        "",
        f"   {source}",
        f"     * {byline}",
        "",
        f"     * {date}",
        "     * 1,204",
        "     * 12",
        "",
        "     * [8]facebook",
        "     * [9]twitter",
        "",
        f"   {alt}",
        "",
    ]
    for paragraph in prose:
        lines += ["   " + paragraph, ""]
    lines += [
        "   Recommended For You",
        "   [10]Lighthouse keeper's cottage to reopen as a museum",
        "   [11]Tide tables: what the new buoy data show",
        "",
        f"   {rights}",
    ]
    return "\n".join(lines) + "\n"


def test_a_glued_tag_row_is_recognised() -> None:
    labels = chrome_cues("en").tag_row_labels
    assert glued_tag_row("Local Government More: Harbor Council Ferry Levy Budget", labels)
    assert glued_tag_row("Military & Defense More: The Aviationist Argentina Britain", labels)
    german = chrome_cues("de").tag_row_labels
    assert glued_tag_row("Region Mehr: Stadtrat Ostbrücke Baustelle", german)
    # a headline with a colon, a sentence, too few tags
    assert not glued_tag_row("Less Is More: the art of owning almost nothing", labels)
    assert not glued_tag_row("Council wants more: Harbor Levy Doubles Next Year.", labels)
    assert not glued_tag_row("Local Government More: Harbor Council", labels)


def test_the_headline_under_a_glued_tag_row() -> None:
    headline = "Quarry Lane library reopens after roof collapse"
    text = _page(
        "The Brackwater Post",
        "Community & Culture More: Quarry Lane Library Odile Fenwarren Brackwater",
        "Community Culture",
        headline,
        "Brackwater Wire",
        "Tomas Everleigh, Brackwater Wire",
        "Mar. 4, 2026, 6:12 PM",
        "[12]A photo of the library",
        _EN_PROSE,
        "Copyright © 2026 The Brackwater Post. All rights reserved.",
    )
    article = parse_plaintext(text)
    assert article.title == headline


_SOURCE_ROW_PAGE = """\
   [1]Skip to main content
   [2]The Saltmarsh Courier

     * [3]News
     * [4]Business
     * [5]Sports
     * [6]Opinion
     * [7]Subscribe

   Search ____________________ [8]Go
   Email this story
   From
   ____________________
   To
   ____________________
   Send
   Local Government More: Harbor Council Ferry Levy Waterfront Budget Marrow Point
   Local Government

Marrow Point ferry riders face a new levy after council vote

   The Saltmarsh Courier
     * Jonah Pettigrew, Staff Writer

     * Mar. 4, 2026, 6:12 PM
     * 1,204
     * 12

     * [9]facebook
     * [10]twitter
     * [11]email

   [12]Illustration for article titled Marrow Point ferry riders face a new levy after council vote

   The Harbor Council voted 6-3 on Tuesday night to add a 75-cent levy to
   every one-way ticket on the Marrow Point ferry, the first fare change on
   the route in eleven years.

   Council members who backed the measure said the money would go into a
   fund for dock repairs that engineers flagged as urgent last autumn, after
   a piling on the north landing cracked during a winter storm.

   "We cannot keep patching the same wood every spring," said councillor
   Rhea Calloway, who wrote the proposal. "This fund lets us plan the work
   instead of reacting to the next emergency."

   Riders who crowded into the chamber were less convinced. Several said the
   ferry is the only way to reach the mainland clinic and the island's one
   grocery store closes at six.

   Milo Ferrante, who has commuted on the 7:15 boat for nineteen years, told
   the council the levy would cost him more than three hundred dollars a
   year. "Nobody asked the people who ride it every day," he said.

   The levy takes effect on May 1. Island residents with a monthly pass will
   pay half the surcharge under an amendment added late in the meeting.

   [13]Harbor Council
   [14]Ferry Levy
   [15]Waterfront Budget

   Recommended For You
   [16]Lighthouse keeper's cottage to reopen as a museum
   [17]Tide tables: what the new buoy data show

   Copyright © 2026 The Saltmarsh Courier. All rights reserved.

References

   1. https://saltmarshcourier.example/news/pell-island-ferry-levy#main
   2. https://saltmarshcourier.example/
   3. https://saltmarshcourier.example/news
   4. https://saltmarshcourier.example/business
   5. https://saltmarshcourier.example/sports
   6. https://saltmarshcourier.example/opinion
   7. https://saltmarshcourier.example/subscribe
   8. https://saltmarshcourier.example/search
   9. https://saltmarshcourier.example/share/facebook
  10. https://saltmarshcourier.example/share/twitter
  11. https://saltmarshcourier.example/share/email
  12. https://saltmarshcourier.example/img/ferry-levy.jpg
  13. https://saltmarshcourier.example/tag/harbor-council
  14. https://saltmarshcourier.example/tag/ferry-levy
  15. https://saltmarshcourier.example/tag/waterfront-budget
  16. https://saltmarshcourier.example/news/lighthouse-cottage-museum
  17. https://saltmarshcourier.example/news/tide-tables-buoy-data
"""


def test_the_headline_over_the_sites_name_as_source_row() -> None:
    # The site's name (printed again in the copyright row) stands under the headline as
    # the story's source row, over the bulleted "Name, Role" byline.
    article = parse_plaintext(_SOURCE_ROW_PAGE)
    assert article.title == "Marrow Point ferry riders face a new levy after council vote"
    assert [a.name for a in article.authors] == ["Jonah Pettigrew"]


def test_alt_text_carrying_the_headline_is_no_paragraph() -> None:
    headline = "Stadtbücherei am Steinbruchweg öffnet nach Dacheinsturz wieder"
    alt = "Illustration zum Artikel " + headline
    text = _page(
        "Brackwasser Bote",
        "Lokales",
        "Kultur",
        headline,
        "Brackwasser Bote",
        "Tomas Everling, Redakteur",
        "04.03.2026, 18:12 Uhr",
        alt,
        _DE_PROSE,
        "© 2026 Brackwasser Bote. Alle Rechte vorbehalten.",
    )
    article = parse_plaintext(text)
    assert article.title == headline
    assert any(p.startswith("Die Stadtbücherei") for p in paragraphs(article))
    assert all(alt not in p for p in paragraphs(article))
    english = "Illustration for article titled A Ferry Levy Is Coming"
    assert chrome_cues("en").kind(english) == "media"
