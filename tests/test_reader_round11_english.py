"""Round 11 (English outlet kinds the reader had not seen: school district news, police
releases, council stories by local democracy reporters, crypto market news, museum news,
advice columns, race reports, hyperlocal network pages): the kinds of miss they showed on
first sight — credits worded with "courtesy", a footer's address read as an author box, a
byline's desk split off by a lone comma node, a syndicate's name under the columnist's,
stock-image credits after a dash, a caption without a full stop under a w3m image, an
artwork's provenance as its credit, a photo agency alone on a line, a reader's signed
question, disclosures and legal notes after the story, a results table, a reader prompt with
an e-mail address. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.body import is_heading
from syndicate.readers.scraped.bylines import parse_byline
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.lines import split_lines

_STORY = [
    "The village hall committee agreed on Thursday to replace the leaking roof over the "
    "kitchen before the winter lunches start, after a survey found rot in three beams.",
    "The work will cost about £18,000, most of it covered by a grant from the district "
    "council, and volunteers will repaint the hall once the builders have left.",
    "Members said the hall had been used every day of the week last year, by a nursery, "
    "two choirs, a badminton club and the weekly lunch for older residents.",
]


def _page(*middle: str, tail: tuple[str, ...] = ()) -> str:
    head = ["Roof repairs approved for Eastcombe village hall", "", "12 November 2026", ""]
    body: list[str] = []
    for para in middle:
        body += [para, ""]
    return "\n".join([*head, *body, *tail]) + "\n"


def test_courtesy_stays_in_the_credit() -> None:
    # "Courtesy of …" is how the giver is named; only a label such as "Photo" goes.
    text = _page(
        "Volunteers stack chairs in the main hall before the survey on Monday morning. "
        "(Photo courtesy of Eastcombe Village Hall Trust)",
        *_STORY,
        "Children from the nursery in the garden behind the hall. (Courtesy of Rhoda Penhale)",
    )
    credits = [credit for _caption, credit in _figures(parse_plaintext(text))]
    assert credits == ["courtesy of Eastcombe Village Hall Trust", "Courtesy of Rhoda Penhale"]


def test_courtesy_line_under_a_caption() -> None:
    text = _page(
        "The restored kitchen hatch, uncovered during the survey.\nCourtesy Eastcombe Trust",
        *_STORY,
    )
    assert _figures(parse_plaintext(text)) == [
        ("The restored kitchen hatch, uncovered during the survey.", "Courtesy Eastcombe Trust")
    ]


def test_footer_address_is_no_author_box() -> None:
    # An organisation's name over its street, town and telephone: contact lines, not a bio.
    tail = (
        "",
        "Eastcombe Parish Council",
        "14 Chapel Lane",
        "Eastcombe, GL6 9ZZ",
        "(01452) 555 0199",
        "Accessibility statement",
    )
    article = parse_plaintext(_page("By Mabel Trevithick", *_STORY, tail=tail))
    assert [a.name for a in article.authors] == ["Mabel Trevithick"]


def test_lone_comma_node_joins_name_and_desk() -> None:
    # get_text("\n") prints the comma between a byline's name and its desk as its own node.
    lines = split_lines("Ottilie Brandreth\n,\nCourier Staff\n\nPosted Tue, Nov 24, 2026\n")
    assert [line.text for line in lines] == [
        "Ottilie Brandreth, Courier Staff",
        "Posted Tue, Nov 24, 2026",
    ]


def test_outlet_line_is_no_second_writer() -> None:
    assert parse_byline("Harbour Features Syndicate") is None
    # two words sign as a desk, an author of their own ("Club Media")
    desk = parse_byline("Club Media")
    assert desk is not None and [name for name, _ in desk.people] == ["Club Media"]
    byline = parse_byline("Rosalind Achterby")
    assert byline is not None and [name for name, _ in byline.people] == ["Rosalind Achterby"]


def test_stock_image_credit_after_a_dash() -> None:
    parts = split_caption("Recycling bins lined up outside a row of terraced houses - Stock image")
    assert parts is not None
    assert (parts.caption, parts.credit) == (
        "Recycling bins lined up outside a row of terraced houses",
        "Stock image",
    )
    german = split_caption("Mülltonnen stehen vor einer Reihe von Reihenhäusern - Symbolbild")
    assert german is not None and german.credit == "Symbolbild"
    # a dash inside a headline-like line with no credit word after it stays one line
    assert split_caption("Council backs new bin rounds - residents react") is None


def test_caption_without_full_stop_under_a_w3m_image() -> None:
    text = _page(
        "[Photo of the damaged ceiling above the hall's kitchen]\n"
        "The damaged ceiling above the kitchen",
        *_STORY,
    )
    article = parse_plaintext(text)
    assert _figures(article) == [("The damaged ceiling above the kitchen", None)]
    assert _paragraphs(article) == _STORY


def test_artwork_provenance_is_the_credit() -> None:
    text = _page(
        *_STORY[:1],
        "Ada Pendrell, Harvest at Eastcombe, 1931. Oil on canvas. Private collection",
        *_STORY[1:],
    )
    assert _figures(parse_plaintext(text)) == [
        ("Ada Pendrell, Harvest at Eastcombe, 1931. Oil on canvas.", "Private collection")
    ]


def test_photo_agency_alone_on_a_line_is_a_credit() -> None:
    article = parse_plaintext(_page("Getty Images", *_STORY))
    assert _figures(article) == [(None, "Getty Images")]
    assert _paragraphs(article) == _STORY
    assert _headings(article) == []


def test_signed_question_is_no_caption() -> None:
    # A reader's question signed after a dash: a letter, not a photo and its credit.
    question = "Q: Should I repay the loan early, or keep my savings? — Jordan, Salem"
    assert split_caption(question) is None
    # a caption that shows something keeps its credit after the dash
    parts = split_caption("Volunteers on the hall roof on Monday. — Jordan Pike")
    assert parts is not None and parts.credit == "Jordan Pike"


def test_notes_after_the_story_are_dropped() -> None:
    tail = (
        "Notes for media",
        "Please be aware that criminal proceedings are now active and care should",
        "be taken with any reporting.",
        "",
        "This article was edited with the assistance of automated tools and reviewed by "
        "our editorial team.",
        "",
    )
    article = parse_plaintext(_page(*_STORY, tail=tail))
    assert _paragraphs(article) == _STORY
    assert _headings(article) == []


def test_local_democracy_note_is_dropped() -> None:
    tail = (
        "The Local Democracy Reporting Service is funded by the BBC and covers local "
        "authorities across the country.",
        "",
    )
    assert _paragraphs(parse_plaintext(_page(*_STORY, tail=tail))) == _STORY


def test_results_table_after_the_story_is_kept() -> None:
    tail = (
        "Final standings (after round 8)",
        "1. Eastcombe Rovers 41 pts",
        "2. Bisley Athletic 37 pts",
        "3. Chalford United 30 pts",
        "",
        "Share this story",
        "Latest news",
        "New floodlights for Bisley Athletic",
        "",
    )
    article = parse_plaintext(_page(*_STORY, tail=tail))
    assert _headings(article) == ["Final standings (after round 8)"]
    # round 25 (pq67): the items keep the ranks the page printed
    assert _paragraphs(article)[-3:] == [
        "1. Eastcombe Rovers 41 pts",
        "2. Bisley Athletic 37 pts",
        "3. Chalford United 30 pts",
    ]


def test_headline_list_is_no_results_table() -> None:
    # "Most read": numbered stories without a figure in every row are teasers.
    tail = (
        "Most read",
        "1. Lorry stuck under the railway bridge",
        "2. New bakery opens on the high street",
        "3. Choir looks for new tenors",
        "",
    )
    assert _paragraphs(parse_plaintext(_page(*_STORY, tail=tail))) == _STORY


def test_short_bracketed_note_closes_a_subhead() -> None:
    assert is_heading("Provisional results – Race 3 (22 laps)")
    assert not is_heading("He said it would be fine (it was not).")
    assert not is_heading("Tickets (£9.50 each.)")


def test_reader_prompt_with_an_address_is_dropped() -> None:
    tail = ("Have a question? Email halls@eastcombe.example.", "")
    assert _paragraphs(parse_plaintext(_page(*_STORY, tail=tail))) == _STORY


def test_head_of_a_department_is_a_role() -> None:
    byline = parse_byline("Words by Priyanka Sellick, Head of Collections")
    assert byline is not None
    assert byline.people == (("Priyanka Sellick", "Head of Collections"),)


def test_cut_paragraph_after_a_teaser_and_its_subhead() -> None:
    # A text that stops mid-sentence: its last subhead and paragraph are the article's, the
    # inline teaser between them is not.
    tail = (
        "Read more: Why the hall committee wants a new kitchen",
        "What the survey found",
        "According to the surveyor's report, three of the beams over the kitchen had been "
        "soaked for years by a gutter that nobody could reach without a long ladder and",
    )
    article = parse_plaintext(_page(*_STORY, tail=tail))
    assert _headings(article) == ["What the survey found"]
    assert _paragraphs(article)[:-1] == _STORY
    assert _paragraphs(article)[-1].startswith("According to the surveyor's report")

