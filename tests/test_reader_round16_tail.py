"""Round 16 (tail): furniture under an article's last paragraph — a column's standing note
that asks readers to send their stories, a word count, a typo prompt — and a review's
disclosure that the copy came from the publisher. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


_EN_BODY = [
    "The strings of coloured bulbs that once lined Millwick quay were switched back on on "
    "Saturday evening, twelve years after storm damage forced the council to remove them.",
    "Volunteers from the Quayside Society spent the winter rewiring more than four hundred "
    "lamps, paid for by a raffle and a grant from the harbour trust.",
    '"People kept asking when the lights would come back," said society chair Petra Lunn.',
]


def test_a_columns_note_word_count_and_typo_prompt_end_no_article() -> None:
    text = _page(
        "Harbour lights return to Millwick quay after twelve years",
        "By Dana Orrell",
        "3 March 2026",
        *_EN_BODY,
        "In this weekly column, readers share memories of the coast. Send your stories to "
        "memories@millwick.example.",
        "This article contains 412 words.",
        "Have you spotted a typo? Let us know.",
    )
    assert _paragraphs(parse_plaintext(text)) == _EN_BODY


_DE_BODY = [
    "Jeden Morgen um sechs Uhr klingelte Anton Reiser in der Lindengasse. In seinem "
    "Lastenrad lagen Brötchen, Brezeln und am Samstag ein Zopf.",
    "Seine Enkelin erinnert sich noch an das Klappern der Blechdose, in der die Kunden am "
    "Freitag das Geld hinterließen.",
    "Erst als 1974 der erste Supermarkt öffnete, wurde die Liste seiner Kunden kürzer.",
]


def test_a_german_columns_note_and_word_count_end_no_article() -> None:
    text = _page(
        "Der Bäcker, der mit dem Lastenrad kam",
        "Von Jana Pölt",
        "14. November 2026",
        *_DE_BODY,
        "In dieser Rubrik erzählen Leserinnen und Leser jede Woche von früher. Schicken Sie "
        "uns Ihre Geschichte an erinnerungen@tagbote.example.",
        "Dieser Artikel enthält 312 Wörter.",
        "Haben Sie einen Tippfehler entdeckt? Schreiben Sie uns.",
    )
    assert _paragraphs(parse_plaintext(text)) == _DE_BODY


def test_a_call_to_write_in_inside_the_story_stays_body() -> None:
    # a single opening word ("Comments") is no reader call: the council's own notice is news
    last = (
        "The plans are on display at the library until 30 April. Comments can be sent to "
        "planning@millwick.example or 01632 960 411."
    )
    text = _page(
        "Millwick library to gain a rooftop garden",
        "By Dana Orrell",
        "3 March 2026",
        *_EN_BODY[:2],
        last,
    )
    assert _paragraphs(parse_plaintext(text)) == [*_EN_BODY[:2], last]


_FR_BODY = [
    "Lanterne brisée demande de guider une seule flamme à travers un monastère inondé, et "
    "le jeu ne presse jamais le joueur.",
    "Chaque salle est une petite énigme faite de miroirs, de volets et d'une eau qui "
    "reflète plus qu'elle ne devrait.",
    "La dernière heure trébuche, avec un combat qui semble emprunté à un autre jeu.",
]


def test_a_reviews_publisher_copy_disclosure_is_no_paragraph() -> None:
    text = _page(
        "Test : « Lanterne brisée », une énigme lente et lumineuse",
        "Par Omar Tessel",
        "12 mai 2026",
        *_FR_BODY,
        "Version testée : PC. Code fourni par l'éditeur.",
    )
    assert _paragraphs(parse_plaintext(text)) == _FR_BODY
    text = _page(
        "Review: Lanternfall is a slow, lovely puzzle of light",
        "By Omar Tessel",
        "12 May 2026",
        *_EN_BODY,
        "Tested on PC; review copy provided by the publisher.",
    )
    assert _paragraphs(parse_plaintext(text)) == _EN_BODY


def test_a_next_articles_headline_under_a_reviews_lists_is_no_paragraph() -> None:
    items = ["Clever mirror puzzles", "A gentle, patient pace", "A clumsy final hour"]
    text = "\n".join(
        [
            "Lanternfall review: a slow, lovely puzzle of light and shadow",
            "By Omar Tessel",
            "12 May 2026",
            *_EN_BODY,
            "What we liked",
            *items[:2],
            "What we didn't",
            items[2],
            "Next article",
            "Why handheld consoles are having a moment",
            "© 2026 Gamehaven Media",
        ]
    )
    assert _paragraphs(parse_plaintext(text + "\n")) == [*_EN_BODY, *items]


_NL_BODY = [
    "De brandweer van Oosterwold heeft dinsdagavond voor het eerst geoefend met de nieuwe "
    "hoogwerker, die tot dertig meter hoog kan reiken.",
    "De oefening vond plaats bij de oude graansilo aan de Kadeweg. Acht brandweerlieden "
    "haalden daar een pop van het dak.",
]


def test_an_address_footer_under_the_last_paragraph_is_no_paragraph() -> None:
    text = _page(
        "Brandweer oefent met nieuwe hoogwerker in Oosterwold",
        "Door Pim Hoekstra",
        "4 maart 2026",
        *_NL_BODY,
        "Redactie Noordkust Dagblad, Westerhaven 12, 9171 KL Oosterwold, telefoon 0519 48 22 "
        "10, redactie@noordkust.example",
    )
    assert _paragraphs(parse_plaintext(text)) == _NL_BODY
    # a last paragraph that gives a place and a number is the story's own information
    last = (
        "De open dag van de kazerne is op zaterdag 14 maart, van 10 tot 16 uur, aan de "
        "Kadeweg 3 in Oosterwold; informatie via 0519 48 30 00."
    )
    text = _page(
        "Brandweer oefent met nieuwe hoogwerker in Oosterwold",
        "Door Pim Hoekstra",
        "4 maart 2026",
        *_NL_BODY,
        last,
    )
    assert _paragraphs(parse_plaintext(text)) == [*_NL_BODY, last]
