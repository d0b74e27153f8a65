"""Round 21 (headings): which short lines are a body's subheads — label-colon subheads
("In brief:" … "Our take:"), figure-led subheads ("Foundry: 13-4"), a subhead over a list
whose markers a select-all copy dropped, a one-word template label over the first
paragraph, and a link's words cut out of a sentence by a text-node dump. Every sentence,
person, place and site is invented."""

from __future__ import annotations

from readerblocks import headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_EN = [
    "The county council confirmed on Monday that the old footbridge over the Lenn will "
    "close for six weeks from the start of March while its deck is replaced.",
    "Walkers and cyclists will be sent along the riverside path to the road bridge, which "
    "adds about ten minutes to the walk between the station and the market.",
    "Engineers found last autumn that several of the timber planks had rotted through, and "
    "a weight limit has applied to the bridge since then.",
    "The council said the new deck would be made of recycled plastic boards, which last "
    "longer than timber and need no treatment against the weather.",
]

_IT = [
    "Dal 2 al 20 febbraio la biblioteca civica di Montelupo resterà aperta anche il "
    "giovedì sera, per permettere agli studenti di preparare gli esami invernali.",
    "Le sale studio al primo piano offrono quaranta posti a sedere con prese elettriche "
    "e connessione senza fili gratuita per tutti gli iscritti.",
    "Per entrare è sufficiente la tessera della biblioteca, che si può richiedere allo "
    "sportello presentando un documento d'identità valido.",
]


# -- heading.label-colon -------------------------------------------------------------------


def test_label_colon_lines_over_prose_are_the_pages_subheads() -> None:
    article = parse_plaintext(
        _text(
            "Lenn footbridge to close for six weeks",
            "By Hal Renwick",
            "January 12, 2026",
            _EN[0],
            "What changes:",
            _EN[1],
            _EN[2],
            "What comes next:",
            _EN[3],
        )
    )
    assert headings(article) == ["What changes:", "What comes next:"]
    assert "What changes:" not in paragraphs(article)


def test_label_colon_subheads_head_a_list_too_once_the_page_uses_them() -> None:
    article = parse_plaintext(
        _text(
            "Biblioteca aperta anche il giovedì sera",
            "Pubblicato il 28 gennaio 2026",
            _IT[0],
            "Chi può entrare:",
            _IT[1],
            "Orari:",
            "* giovedì: 20.00 – 23.00",
            "* sabato: 9.00 – 13.00",
            "Come iscriversi:",
            _IT[2],
        )
    )
    assert headings(article) == ["Chi può entrare:", "Orari:", "Come iscriversi:"]
    assert "giovedì: 20.00 – 23.00" in paragraphs(article)


def test_one_colon_lead_in_over_a_list_stays_body() -> None:
    article = parse_plaintext(
        _text(
            "Biblioteca aperta anche il giovedì sera",
            "Pubblicato il 28 gennaio 2026",
            _IT[0],
            _IT[1],
            "Si ricorda di:",
            "* portare la tessera;",
            "* lasciare libere le uscite.",
            _IT[2],
        )
    )
    assert headings(article) == []
    assert "Si ricorda di:" in paragraphs(article)


def test_a_summary_label_that_opens_parallel_colon_subheads_is_no_dek_label() -> None:
    article = parse_plaintext(
        _text(
            "Lenn footbridge to close for six weeks",
            "January 12, 2026",
            "In brief:",
            _EN[0],
            _EN[1],
            "Our take:",
            _EN[2],
            _EN[3],
        )
    )
    assert article.subtitle is None
    assert headings(article) == ["In brief:", "Our take:"]
    assert paragraphs(article)[0] == _EN[0]


# -- figure-led subheads ---------------------------------------------------------------------


def test_label_and_score_lines_between_paragraphs_are_subheads() -> None:
    article = parse_plaintext(
        _text(
            "Lenn Rovers take the county cup in three frames",
            "By Hal Renwick",
            "January 12, 2026",
            _EN[0],
            "Frame one: 78-12",
            _EN[1],
            "Frame two: 64-40",
            _EN[2],
            _EN[3],
        )
    )
    assert headings(article) == ["Frame one: 78-12", "Frame two: 64-40"]


def test_key_figure_rows_one_under_another_stay_body() -> None:
    article = parse_plaintext(
        _text(
            "Lenn Rovers take the county cup in three frames",
            "By Hal Renwick",
            "January 12, 2026",
            _EN[0],
            _EN[1],
            "Frames won: 12",
            "Highest break: 78",
            _EN[2],
        )
    )
    assert headings(article) == []


# -- a subhead over unmarked list lines --------------------------------------------------------


def test_a_short_line_over_unmarked_list_lines_then_prose_is_a_subhead() -> None:
    lines = [
        "Lenn footbridge to close for six weeks",
        "By Hal Renwick",
        "January 12, 2026",
        _EN[0],
        _EN[1],
        "What to bring on the detour",
        "A torch after dark",
        "Waterproof shoes",
        "A bicycle lock",
        _EN[2],
        _EN[3],
    ]
    article = parse_plaintext("\n".join(lines) + "\n")
    assert headings(article) == ["What to bring on the detour"]
    assert "A torch after dark" in paragraphs(article)


# -- a one-word template label over the first paragraph ----------------------------------------


def test_one_word_label_over_the_first_paragraph_is_no_subhead() -> None:
    article = parse_plaintext(
        _text(
            "Lenn footbridge to close for six weeks",
            "By Hal Renwick",
            "January 12, 2026",
            "The footbridge from the station side. (Photo: Lenn County Council)",
            "Overview",
            _EN[0],
            _EN[1],
            "Walkers and cyclists",
            _EN[2],
            _EN[3],
        )
    )
    assert headings(article) == ["Walkers and cyclists"]
    assert paragraphs(article)[0] == _EN[0]


# -- a link cut out of a sentence by a stripped text-node dump ---------------------------------


def test_a_link_cut_out_of_a_sentence_is_no_subhead() -> None:
    text = (
        "Lenn footbridge to close for six weeks\n\n"
        "By Hal Renwick\n\n"
        "January 12, 2026\n\n"
        + _EN[0]
        + "\n\n\n"
        "The detour signs were paid for by the traders of the\n"
        "Lenn Market Association\n"
        ". They will stay up until the bridge reopens in April.\n\n\n"
        + _EN[2]
        + "\n\n\n"
        + _EN[3]
        + "\n"
    )
    article = parse_plaintext(text)
    assert headings(article) == []
    assert (
        "The detour signs were paid for by the traders of the Lenn Market Association. They "
        "will stay up until the bridge reopens in April."
    ) in paragraphs(article)


def test_a_page_printing_label_colon_metadata_sets_no_colon_subheads() -> None:
    lines = [
        "Lenn footbridge to close for six weeks",
        "Date:",
        "January 12, 2026",
        "Source:",
        "Lenn County Council",
        "Summary:",
        _EN[0],
        _EN[1],
        _EN[2],
        "Story Source:",
        "Materials provided by Lenn County Council. Note: content may be edited for length.",
    ]
    article = parse_plaintext("\n".join(lines) + "\n")
    assert "Summary:" not in headings(article)
    assert "Story Source:" not in headings(article)


# -- a question then a call on one line ---------------------------------------------------------


def test_a_question_then_a_call_is_neither_subhead_nor_prose() -> None:
    call = "Thinking of walking the detour? See the map of the riverside path"
    article = parse_plaintext(
        _text(
            "Lenn footbridge to close for six weeks",
            "By Hal Renwick",
            "January 12, 2026",
            _EN[0],
            _EN[1],
            call,
            _EN[2],
            _EN[3],
        )
    )
    assert call not in headings(article)
    assert call not in paragraphs(article)
    assert paragraphs(article) == _EN


# -- an image's alt text over a lone credited photo ---------------------------------------------


def test_a_short_line_whose_section_is_one_credited_photo_is_alt_text() -> None:
    article = parse_plaintext(
        _text(
            "Lenn footbridge to close for six weeks",
            "By Hal Renwick",
            "January 12, 2026",
            _EN[0],
            _EN[1],
            "Workers on the old timber deck",
            "Two of the rotten planks were lifted in a test last week. Photo: Lenn County Council",
            "What happens next",
            _EN[2],
            _EN[3],
        )
    )
    assert headings(article) == ["What happens next"]
    assert "Workers on the old timber deck" not in paragraphs(article)


# -- a subhead the page's footer menu prints again ------------------------------------------------


def test_a_subhead_printed_again_only_in_the_footer_menu_stays_a_subhead() -> None:
    lines = [
        "Lenn footbridge to close for six weeks",
        "By Hal Renwick",
        "January 12, 2026",
        _EN[0],
        _EN[1],
        "Cycling",
        _EN[2],
        _EN[3],
        "Topics",
        "Roads",
        "Cycling",
        "Rivers",
        "Privacy",
        "Cookies",
        "© 2026 Lenn Courier",
    ]
    article = parse_plaintext("\n".join(lines) + "\n")
    assert headings(article) == ["Cycling"]
    assert paragraphs(article) == _EN
