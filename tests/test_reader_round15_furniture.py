"""Round 15 (furniture): page furniture set inside or after the story — a newsletter box's
title and pitch over its e-mail field between two paragraphs, a French headline opening
with a quoted title in guillemets, a book's details block closed by a full stop after the
price. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bookdetails import details_line
from syndicate.readers.scraped.region import _crumb_separated

_EN = [
    "The ferry between Carrick Point and the island ran for the last time on Sunday "
    "afternoon, after ninety-one years of crossings in every kind of weather.",
    "Islanders lined the slipway to wave it off, and the skipper, who has made the trip "
    "since he was seventeen, sounded the horn three times as it pulled away.",
    "A new bridge opens in the spring, but several families said they would miss the "
    "twenty minutes on the water more than they had expected to.",
    "The council plans to keep the old waiting room as a small museum of the crossing, "
    "with the timetables and tickets that volunteers have collected over the years.",
]


def _page(*box: str) -> str:
    """A headline, a byline and the story with ``box`` set between its second and third
    paragraphs, one block a line as w3m prints a box."""
    head = ["Last ferry leaves Carrick Point as the island bridge nears completion",
            "By Oona Pellegrew", "4 March 2027"]
    return "\n\n".join([*head, *_EN[:2], "\n".join(box), *_EN[2:]]) + "\n"


def test_a_newsletter_box_title_and_pitch_over_its_field_are_dropped() -> None:
    article = parse_plaintext(_page(
        "The Morning Tide",
        "Our pick of the coast's news, in your inbox before breakfast every weekday.",
        "Email address [                    ]",
        "[Sign up]",
        "By signing up you agree to receive emails from us. Unsubscribe at any time.",
    ))
    assert _paragraphs(article) == _EN
    assert _headings(article) == []


def test_a_subhead_and_short_paragraph_of_the_story_over_a_box_stay() -> None:
    # The short paragraph takes up the story's words ("ferry", "skipper"): the story's own.
    text = _page(
        "The last crossing",
        "The ferry skipper said little as he tied up for the final time.",
        "Email address [                    ]",
        "[Sign up]",
        "By signing up you agree to receive emails from us. Unsubscribe at any time.",
    )
    article = parse_plaintext(text)
    assert "The ferry skipper said little as he tied up for the final time." in _paragraphs(
        article
    )


_ES = [
    "Los vecinos de Valdeolmos plantaron el domingo más de doscientos árboles en la ribera "
    "del arroyo, en una jornada organizada por la asociación del barrio.",
    "La alcaldesa explicó que el Ayuntamiento regará los plantones durante los dos primeros "
    "veranos, hasta que las raíces alcancen la humedad del cauce.",
    "La asociación quiere repetir la plantación el próximo otoño en el tramo que discurre "
    "junto al polideportivo, donde la orilla está más castigada.",
]


def test_a_pitch_between_a_box_title_and_its_field_is_dropped() -> None:
    text = "\n\n".join([
        "Doscientos árboles nuevos para la ribera del arroyo de Valdeolmos",
        "Por Nerea Albiñana",
        *_ES[:2],
        "Suscríbete a nuestro boletín",
        "Lo mejor de la semana, cada viernes por la mañana.",
        "Tu correo electrónico ____________________",
        "Al suscribirte aceptas la política de privacidad.",
        _ES[2],
    ]) + "\n"
    assert _paragraphs(parse_plaintext(text)) == _ES


def test_a_guillemet_quote_is_no_breadcrumb_separator() -> None:
    assert not _crumb_separated("« Le Jardin d'hiver » : un premier roman sur la mémoire")
    assert _crumb_separated("Accueil » Culture » Livres")
    assert _crumb_separated("Culture > Livres")


def test_a_french_headline_opening_with_a_quoted_title_is_the_title() -> None:
    text = "\n\n".join([
        "[Aller au contenu principal](#main)",
        "  * [Culture](https://hebdo.example/culture)\n  * [Livres](https://hebdo.example/livres)",
        "# « Le Jardin d'hiver » : Paul Ormesson raconte une serre et ses habitants",
        "Dans son premier roman, l'auteur suit un jardinier pendant un hiver entier.",
        "Par Lucie Demarsan",
        "Publié le 3 mars 2027 à 08h00",
        "Le roman s'ouvre sur une serre glacée, au fond d'un parc municipal que plus "
        "personne ne visite, et sur un jardinier qui refuse de la laisser mourir.",
        "Paul Ormesson décrit chaque plante avec la précision d'un botaniste, sans jamais "
        "perdre de vue les personnes qui passent la porte de la serre.",
        "On referme le livre avec l'envie d'aller voir de près ce qui pousse en hiver.",
    ]) + "\n"
    article = parse_plaintext(text)
    assert article.title.startswith("« Le Jardin d'hiver »")


def test_a_book_details_line_may_end_with_a_full_stop_after_the_price() -> None:
    assert details_line("Éditions du Héron cendré, 288 pages, 21 €.")
    assert details_line("Verlag Kleinhaus, 320 S., 24 Euro.")
    assert not details_line("Le livre compte 288 pages, et coûte 21 €.")


def test_a_spaced_book_box_after_the_review_is_not_body() -> None:
    text = "\n\n".join([
        "# « Le Jardin d'hiver » : Paul Ormesson raconte une serre et ses habitants",
        "Par Lucie Demarsan",
        "Le roman s'ouvre sur une serre glacée, au fond d'un parc municipal que plus "
        "personne ne visite, et sur un jardinier qui refuse de la laisser mourir.",
        "Paul Ormesson décrit chaque plante avec la précision d'un botaniste, sans jamais "
        "perdre de vue les personnes qui passent la porte de la serre.",
        "**Le Jardin d'hiver**, de Paul Ormesson",
        "Éditions de la Pivoine, 240 pages, 19 €.",
        "© Hebdo 2027",
    ]) + "\n"
    paragraphs = _paragraphs(parse_plaintext(text))
    assert paragraphs[-1].startswith("Paul Ormesson décrit")
    assert not any("Pivoine" in p or p.endswith("de Paul Ormesson") for p in paragraphs)


_DE = [
    "Die erste Einstellung zeigt zwei Hände, die ein winziges Zahnrad in ein Uhrwerk "
    "setzen, und erst nach einer Minute sieht man das Gesicht der Frau dazu.",
    "Die Uhrmacherin übernimmt nach dem Tod ihres Vaters die Werkstatt, obwohl die Bank "
    "längst abgewunken hat, und nimmt Reparaturen an, die sonst niemand mehr macht.",
    "Am Ende bleibt offen, ob die Werkstatt den Winter übersteht, doch der Film nimmt sich "
    "für diese Frage alle Zeit, die sie braucht.",
]


def test_a_film_info_box_over_the_text_ending_in_its_stars_is_not_body() -> None:
    text = "\n\n".join([
        "Kinokritik",
        "„Die Uhrmacherin“: Ein stilles Drama über eine Werkstatt im Schwarzwald",
        "Die Regisseurin erzählt von einer Frau, die das Geschäft ihres Vaters retten will.",
        "Von Tobias Kernhuber",
        "05.03.2027",
        "Regie: Mara Lindqvist\nDarsteller: Jana Voss, Emil Brandt\nLaufzeit: 104 Minuten\n"
        "Bewertung: ★★★☆☆",
        *_DE,
    ]) + "\n"
    article = parse_plaintext(text)
    assert _paragraphs(article) == _DE
    assert _figures(article) == []


def test_a_listing_box_under_the_byline_may_end_in_a_glued_rating() -> None:
    text = "\n\n".join([
        "Restaurantkritik",
        "Fisch am Hafen: Das Kontor an der Mole überzeugt mit einfacher Küche",
        "Von Tobias Kernhuber",
        "05.03.2027",
        "Adresse: Molenweg 4\nGeöffnet: Dienstag bis Sonntag\nHauptgerichte: 18 bis 26 Euro\n"
        "Bewertung: ★★★★☆",
        *_DE,
    ]) + "\n"
    article = parse_plaintext(text)
    assert _paragraphs(article) == _DE
    assert _figures(article) == []


def test_a_book_info_box_between_paragraphs_is_not_body() -> None:
    text = "\n\n".join([
        "Ein Sommer am Kanal: der zweite Roman einer Schleusenwärterin",
        "Von Marlene Oswinkel",
        "12. April 2027",
        *_DE[:2],
        "Autorin: Lea Hartwig\nTitel: Die letzte Kammer\nVerlag: Kleinhaus\nUmfang: 256 Seiten",
        _DE[2],
    ]) + "\n"
    assert _paragraphs(parse_plaintext(text)) == _DE


def test_a_hike_facts_box_between_paragraphs_stays_body() -> None:
    # None of its labels names a reviewed work's credits: the corpus keeps such rows.
    rows = ["Länge: 14 Kilometer", "Höhenmeter: 620", "Einkehr: Hütte am Sattel"]
    text = "\n\n".join([
        "Auf dem Kammweg: eine Tour für den Herbst",
        "Von Marlene Oswinkel",
        "12. April 2027",
        *_DE[:2],
        "\n".join(rows),
        _DE[2],
    ]) + "\n"
    assert all(row in _paragraphs(parse_plaintext(text)) for row in rows)


def test_a_lone_pitch_and_a_subscribe_button_between_paragraphs_do_not_end_the_post() -> None:
    # "[Subscribe]" reads as an account word (a comments closer); under the e-mail field it
    # is the box's button, and the pitch over the field names nothing of the story.
    article = parse_plaintext(_page(
        "Enjoying this post? Get the next one in your inbox.",
        "[Your email address]",
        "[Subscribe]",
    ))
    assert _paragraphs(article) == _EN


_NL = [
    "Na meer dan een eeuw zijn er weer otters gezien in de Aa. Een wildcamera van het "
    "waterschap filmde eind mei een volwassen dier bij de stuw van Heeswijk.",
    "Volgens ecoloog Ruud Verhoeven is het dier waarschijnlijk vanuit de Maas "
    "stroomopwaarts gezwommen. Hij zag al een paar jaar sporen langs de oever.",
    "Het waterschap gaat de oevers de komende maanden in de gaten houden en vraagt "
    "wandelaars om hun honden langs het riviertje aan de lijn te houden.",
]


def test_a_donation_box_title_and_pitch_between_paragraphs_are_dropped() -> None:
    text = "\n\n".join([
        "Otters terug in de Aa na meer dan honderd jaar",
        "Door Sanne van Heesbeen",
        "12 juni 2027",
        *_NL[:2],
        "Steun lokale journalistiek\n"
        "Met een kleine bijdrage help je ons om door te gaan.\n"
        "Doneer nu",
        _NL[2],
    ]) + "\n"
    article = parse_plaintext(text)
    assert _paragraphs(article) == _NL
    assert _headings(article) == []

