"""Round 13 (eight English outlet shapes: a funeral home's obituary page, a public radio
transcript, a parliament committee's news, a Kenyan daily, an esports site, a New Zealand
business site in reader view, a farming weekly's market reports, arts reviews): the kinds
of miss their first reading showed — a guestbook under a death notice, a subscription note
after a column, a "Read:" link between paragraphs, a "Prices supplied by" source line, a
bar after a photo label, a linked byline html2text broke after its comma, a transcript's
last short reply, an edited pull quote, a role printed with the name a second time, a
list's lead-in read as a caption. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import STORY
from readerblocks import figures as _figures
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues

_BODY = "\n\n".join(STORY)


# -- cue words (en.toml) -----------------------------------------------------------------


def test_a_guestbook_header_is_chrome() -> None:
    cues = chrome_cues("en")
    assert cues.kind("Guestbook (6 messages)") == "comments"
    assert cues.kind("Tribute Wall") == "comments"
    assert cues.kind("Share a memory   Light a candle   Upload a photo") == "comments"


def test_a_subscription_note_is_chrome() -> None:
    note = "Harbour Post Premium: your subscription supports independent business journalism."
    assert chrome_cues("en").kind(note) == "donate"


def test_a_read_link_between_paragraphs_is_related() -> None:
    assert chrome_cues("en").kind("Read: Ferry crews strike over unpaid overtime") == "related"
    assert chrome_cues("en").kind("Ready for winter, the ferry crews said") is None


def test_a_prices_supplied_by_line_is_the_credit_line() -> None:
    page = (
        "Store lambs meet a firm trade at Pennock mart\n\nBy Jane Roe\n\n"
        + _BODY
        + "\n\nPrices supplied by Pennock Marts.\n"
    )
    article = parse_plaintext(page)
    assert article.credit_line == "Prices supplied by Pennock Marts."
    assert [c.name for c in article.contributors] == ["Pennock Marts"]
    assert _paragraphs(article)[-1] == STORY[-1]


# -- credits -------------------------------------------------------------------------------


def test_a_bar_after_the_photo_label_is_no_part_of_the_credit() -> None:
    page = (
        "Runners sweep the lake half marathon\n\nBy Jane Roe\n\nPublished Nov 29, 2026\n\n"
        "Runners climb the last hill above the lake on Sunday. PHOTO | THE COURIER\n\n"
        + _BODY
        + "\n"
    )
    assert _figures(parse_plaintext(page)) == [
        ("Runners climb the last hill above the lake on Sunday.", "THE COURIER")
    ]


# -- bylines -------------------------------------------------------------------------------


def test_a_linked_byline_broken_after_its_comma_names_both_writers() -> None:
    page = (
        "# The ferry timetable changes again\n\n"
        "By [Jane Roe](https://radio.example/people/jane-roe),\n"
        "[Tom Okafor](https://radio.example/people/tom-okafor)\n\n"
        "Published March 3, 2026 at 7:12 AM CST\n\n" + _BODY + "\n"
    )
    article = parse_plaintext(page)
    assert [a.name for a in article.authors] == ["Jane Roe", "Tom Okafor"]
    assert _paragraphs(article)[0] == STORY[0]


def test_a_name_printed_again_with_its_title_gives_the_role() -> None:
    page = (
        "harbourpost.example\n"
        "Ferry fares rise for the third time this year\n"
        "Jane Roe\n"
        "4–5 minutes\n"
        "Jane Roe, Transport Editor\n"
        "3 Mar, 2026 06:00 AM\n\n" + _BODY + "\n"
    )
    article = parse_plaintext(page)
    assert [(a.name, a.role) for a in article.authors] == [("Jane Roe", "Transport Editor")]


# -- body ----------------------------------------------------------------------------------


def test_a_transcripts_last_short_reply_stays_in_the_body() -> None:
    turns = [
        "JANE ROE, HOST: The ferry company raised its fares again this week. Its chief "
        "executive, Tom Okafor, joins us now. Good morning.",
        "TOM OKAFOR: Good morning, and thank you for having me on the programme.",
        "ROE: Why a third rise in one year, when the boats are half empty in winter?",
        "OKAFOR: Fuel has doubled since January, and we have two boats in dry dock for "
        "repairs that could not wait any longer.",
        "ROE: Will the winter timetable be cut as well?",
        "OKAFOR: No. We have promised the islanders every sailing, and we will keep that "
        "promise whatever it costs us this year.",
        "ROE: Tom Okafor, thank you.",
        "OKAFOR: Thank you.",
    ]
    page = (
        "# Ferry boss on the fare rise\n\nBy Jane Roe\n\nMarch 3, 2026\n\n"
        + "\n\n".join(turns)
        + "\n\n### Related\n\n  * [Fares rise again](https://radio.example/fares)\n"
        "  * [Boats in dry dock](https://radio.example/dock)\n\n"
        "Copyright © 2026 Harbour Radio\n"
    )
    assert _paragraphs(parse_plaintext(page)) == turns


def test_an_edited_pull_quote_is_dropped() -> None:
    page = (
        "Live review: the river choir sings in the cold\n\nBy Jane Roe\n\nMarch 3, 2026\n\n"
        "The church was cold and the heating had failed, but the choir sang as if it were "
        "midsummer, and by the second half the singers had found a way of using the echo "
        "rather than fighting it.\n\n"
        '"By the second half they had found a way of using the echo rather than fighting it."\n\n'
        + _BODY
        + "\n"
    )
    paragraphs = _paragraphs(parse_plaintext(page))
    assert not any(p.startswith('"By the second half') for p in paragraphs)
    assert len(paragraphs) == 1 + len(STORY)


def test_a_quoted_paragraph_of_speech_is_kept() -> None:
    page = (
        "Ferry crews vote to strike\n\nBy Jane Roe\n\nMarch 3, 2026\n\n"
        + _BODY
        + '\n\n"We have asked for the same overtime rate as the harbour crews for two years, '
        'and we are still waiting for an answer from anyone in charge."\n'
    )
    assert _paragraphs(parse_plaintext(page))[-1].startswith('"We have asked')


def test_a_lists_lead_in_over_a_name_is_no_caption() -> None:
    lines = [
        "Skip to content",
        "News",
        "Log in",
        "Harbour club names its squad for the spring",
        "Written by Jane Roe",
        "Mar 3, 2026, 4:20 PM UTC",
        *STORY,
        "The squad for the spring:",
        "Amara Diallo",
        "Jin-woo Baek",
        "Leon Hartwig",
        STORY[0].replace("old gasworks", "new pier"),
        "Tags",
        "Share on X",
        "Comments (12)",
    ]
    article = parse_plaintext("\n".join(lines) + "\n")
    assert _figures(article) == []
    assert "Amara Diallo" in _paragraphs(article)


def test_an_obituary_pages_headline_is_the_name_over_the_life_dates() -> None:
    lines = [
        "Skip to content",
        "[Pellow & Daughters Funeral Home logo]",
        "Home   About Us   Obituaries   Services   Pre-Planning   Grief Support   Contact",
        "Call us any time: (555) 555-0192",
        "",
        "Obituaries > Jane Margaret Roe",
        "",
        "Jane Margaret Roe",
        "",
        "May 2, 1941 – November 20, 2026",
        "",
        "[Photo of Jane Margaret Roe]",
        "",
        *(p + "\n" for p in STORY),
        "© 2026 Pellow & Daughters Funeral Home. All rights reserved.",
    ]
    article = parse_plaintext("\n".join(lines) + "\n")
    assert article.title == "Jane Margaret Roe"
    assert list(article.authors) == []
    assert _paragraphs(article) == STORY


def test_a_wire_byline_in_capitals_keeps_the_writer_before_the_agency() -> None:
    from syndicate.readers.scraped.bylines import parse_byline

    byline = parse_byline("By JANE ROE and TOM OKAFOR Associated Press")
    assert byline is not None
    assert [name for name, _role in byline.people] == ["Jane Roe", "Tom Okafor"]


def test_a_second_writer_after_with_is_a_writer() -> None:
    from syndicate.readers.scraped.bylines import parse_byline

    byline = parse_byline("By Jane Roe with Tom Okafor")
    assert byline is not None
    assert [name for name, _role in byline.people] == ["Jane Roe", "Tom Okafor"]
    assert parse_byline("Lunch with Tom Okafor") is None  # a bare line: a headline's words


def test_and_after_a_writers_title_opens_the_next_writer() -> None:
    from syndicate.readers.scraped.bylines import parse_byline

    byline = parse_byline("By Jane Roe, Senior Reporter, and Tom Okafor, Health Editor")
    assert byline is not None
    assert byline.people == (("Jane Roe", "Senior Reporter"), ("Tom Okafor", "Health Editor"))


def test_a_title_printed_later_replaces_a_bracketed_affiliation_as_the_role() -> None:
    page = (
        "Opinion\n\n"
        "Ferry fares should follow the bus fares, not the price of fuel\n\n"
        "   Jane Roe (Harbour Post staff)\n\n"
        "   Jane Roe, Transport Commentator\n\n"
        "   Thu 17 Oct 2024 06.00 BST\n\n" + _BODY + "\n"
    )
    article = parse_plaintext(page)
    assert [(a.name, a.role) for a in article.authors] == [("Jane Roe", "Transport Commentator")]
