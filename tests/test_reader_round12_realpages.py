"""Header rules of round 12, taken from the kinds of miss seen on real whole-page dumps
(the tuning half of the real-page set): an outlet's name glued to the date of a portal's
meta row, the byline's "by" printed on the kicker's line or alone by a text-node dump, a
Markdown dump's one ``<h1>`` (a permalink, too) under a masthead of menus, and a link's
possessive printed as a text node of its own. Every text here is invented."""

from __future__ import annotations

from readerblocks import STORY as _STORY
from readerblocks import page as _page

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.lines import split_lines


def _names(article) -> list[str]:
    return [person.name.casefold() for person in article.authors]


# ------------------------------------------------------- an outlet glued to its date


def test_an_agency_glued_to_the_date_under_a_capitalised_name_gives_both() -> None:
    # A portal prints the writer, then the agency and the date as two spans with no
    # space between them: the date is the story's, the agency is no writer.
    text = _page(
        "Home | World | Business",
        "Floods under the market square close the old town's stalls",
        "IVO MARRANEK\nNorthern Press AgencyMarch 4, 2026\n14 Comments",
    )
    article = parse_plaintext(text)
    assert article.published is not None and article.published.startswith("2026-03-04")
    assert _names(article) == ["ivo marranek"]


def test_a_portal_partner_glued_to_the_date_is_no_author() -> None:
    text = _page(
        "Home | Markets | Video",
        "Floods under the market square close the old town's stalls",
        "Harbour Ledger FinanceNovember 20, 2025",
    )
    article = parse_plaintext(text)
    assert article.published is not None and article.published.startswith("2025-11-20")
    assert article.authors == ()


def test_a_name_glued_to_a_date_after_by_is_still_the_writer() -> None:
    text = _page(
        "Floods under the market square close the old town's stalls",
        "By Tessa QuillonMarch 4, 2026",
    )
    article = parse_plaintext(text)
    assert _names(article) == ["tessa quillon"]
    assert article.published is not None and article.published.startswith("2026-03-04")


# ------------------------------------------------------------ "by" on a line of its own


def test_a_kicker_ending_in_by_labels_the_name_under_it() -> None:
    # get_text("\n", strip=True) prints the kicker's node and the byline's "by" node as
    # one line, the linked name on the next; the "Up Next" box's label under the date is
    # no second writer.
    lines = [
        "Menu",
        "Floods under the market square close the old town's stalls",
        "Crews pumped water for two days while traders counted what the cold had cost them.",
        "Local Affairs by",
        "Maren Oduya",
        "March 4, 2026",
        "Up Next",
        "Why the vaults under the square keep filling every winter",
        *_STORY,
    ]
    article = parse_plaintext("\n".join(lines) + "\n")
    assert _names(article) == ["maren oduya"]


def test_by_alone_on_its_line_signs_the_byline_and_the_post_links_are_no_writers() -> None:
    lines = [
        "Home",
        "Articles",
        "Floods under the market square close the old town's stalls",
        "Older Article",
        "Newer Article",
        "on",
        "March 4, 2026",
        "by",
        "Maren Oduya",
        "in",
        "Local Affairs",
        *_STORY,
    ]
    article = parse_plaintext("\n".join(lines) + "\n")
    assert _names(article) == ["maren oduya"]


# ------------------------------------------------------------- a Markdown dump's <h1>


def test_a_linked_h1_is_the_headline_under_a_masthead_of_menus() -> None:
    # A blog template links its one <h1> to the post's permanent address; html2text
    # prints it "# [Headline](url "Permanent Link to …")". A menu's section label
    # ("Popular") higher up is not the headline.
    head = "Floods Under The Market Square Close The Old Town's Stalls For A Week"
    text = _page(
        "[Sign Up](javascript:;) | [Sign In](javascript:;)",
        "  * [Home](http://example.org/)\n  * [Local](http://example.org/local/)",
        "Popular",
        "      * [Harbour](http://example.org/t/harbour/), [Market](http://example.org/t/m/)",
        f'#  [{head}](http://example.org/2026/03/floods/ "Permanent Link to {head}")',
        "By [Maren Oduya](http://example.org/author/maren/) • 03.04.26",
        "Share This Story",
    )
    article = parse_plaintext(text)
    assert article.title == head
    assert _names(article) == ["maren oduya"]


# ------------------------------------------------------ a link's possessive as a node


def test_a_possessive_after_a_link_goes_on_the_sentence() -> None:
    # get_text("\n") prints a paragraph with a link in it as one node a line: the linked
    # name, then "’s …" with the rest of the sentence.
    text = (
        "Harbour news\n\n"
        "Marrow Holdings\n"
        "’s sale of the old ferry to \n"
        "Quillon Lines\n"
        " is the largest in the port's history, the harbour board said.\n"
        "The board said that the ferry would keep its winter timetable, and that \n"
        "crews\n"
        " would move with it.\n"
        "Traders on the quay said they had heard of the sale from \n"
        "passengers\n"
        " first.\n"
    )
    texts = [line.text for line in split_lines(text)]
    assert texts[1] == (
        "Marrow Holdings’s sale of the old ferry to Quillon Lines is the largest in the "
        "port's history, the harbour board said."
    )


# ------------------------------------------- the header under the <title>'s headline


def test_the_header_is_read_under_the_h1_when_the_title_node_opens_the_text() -> None:
    # get_text("\n") opens with the <title> ("Headline - The Site"); the <h1> printed
    # again after the menus stands over the dek, the lead photo and the byline.
    head = "Floods under the market square close the old town's stalls"
    menu = ["Sections", "Skip to content", "Local", "Business", "Weather", "Opinion"]
    lines = [
        f"{head} - The Harbour Ledger",
        *menu,
        head,
        "The vaults under the square fill with water every thaw, and this year the "
        "traders lost a week.",
        "Image",
        "A pump draws water from a vault under the market square on Tuesday.",
        "Credit",
        "Credit",
        "Ivo Marranek/The Harbour Ledger",
        "By",
        "Maren Oduya",
        "March 4, 2026",
        *_STORY,
    ]
    article = parse_plaintext("\n".join(lines) + "\n")
    assert _names(article) == ["maren oduya"]


def test_a_prefix_word_closing_a_meta_row_or_a_byline_is_no_kicker_label() -> None:
    # "Por Redacción" is a byline whose name is a prefix word too, and "12/03/2026 |
    # Redacción" a meta row: neither is a kicker ending in "by" over a name.
    text = _page(
        "Inundaciones bajo la plaza del mercado cierran los puestos del casco antiguo",
        "Por Redacción",
        "12/03/2026 14:30",
        story=[
            "Los sótanos bajo la plaza del mercado se inundaron por tercera vez este "
            "invierno, y los ingenieros de la ciudad dijeron el martes que las tuberías "
            "son más antiguas que los mapas.",
            "Los comerciantes dijeron que perdieron casi una semana de ventas mientras "
            "las bombas sacaban el agua de las bóvedas.",
        ],
    )
    assert _names(parse_plaintext(text)) == ["redacción"]


def test_an_h1_linked_to_the_home_page_is_the_site_name_not_the_headline() -> None:
    head = "Floods under the market square close the old town's stalls for a week"
    text = _page(
        "# [The Harbour Ledger](https://harbourledger.example/)",
        "Independent news for the harbour and the old town since 2014",
        "  * [Home](https://harbourledger.example/)\n  * [About](https://harbourledger.example/about/)",
        head,
        "Posted on March 4, 2026 by Maren Oduya",
    )
    article = parse_plaintext(text)
    assert article.title == head
