"""Round 21 (scrapeda): line shapes that real scraped news pages got wrong — an agency's
bracketed sign-off under the last paragraph, a byline closing on the station's name in
capitals, a "Bildrechte:" credit label, a skip link with a word or more beside the data
files' phrase over the headline. Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from readerblocks import authors, figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_DE = (
    "Die neue Brücke über die Aller ist am Freitag für den Verkehr freigegeben worden. "
    "Der Bau hatte zwei Jahre gedauert und kostete rund vier Millionen Euro.",
    "Die Stadt rechnet mit deutlich weniger Staus in der Innenstadt, sagte "
    "Bürgermeisterin Anke Rolf bei der Eröffnung am Vormittag.",
)
_FR = (
    "La médiathèque de Saint-Aurèle a rouvert ses portes samedi matin après deux ans de "
    "fermeture, et près de trois cents habitants se sont pressés dans les nouveaux locaux.",
    "Elle sera désormais ouverte le dimanche matin. Les prêts restent gratuits pour les "
    "habitants de l'intercommunalité.",
)
_ES = (
    "La piscina municipal de Valdecarros permanecerá cerrada desde este lunes por una "
    "avería en el sistema de filtrado, según ha informado el Ayuntamiento.",
    "Los usuarios con abono podrán utilizar las instalaciones de la localidad vecina sin "
    "coste adicional mientras duren las obras de reparación.",
)


# -- the agency's sign-off under the last paragraph ---------------------------------------


def test_agency_sign_off_is_no_credit_of_the_last_paragraph():
    article = parse_plaintext(_text("Neue Brücke über die Aller eröffnet", *_DE, "(dpa)"))
    assert paragraphs(article) == list(_DE)
    assert figures(article) == []


def test_agency_sign_off_with_a_full_stop_and_two_agencies():
    for sign in ("(AFP).", "(AFP/Reuters)"):
        article = parse_plaintext(
            _text("La médiathèque de Saint-Aurèle rouvre ses portes", *_FR, sign)
        )
        assert paragraphs(article) == list(_FR), sign
        assert figures(article) == [], sign


def test_bracketed_credit_that_is_no_agency_stays_a_credit():
    # a broadcaster's "(KDRW)" under a caption-sized line is the photo's credit
    article = parse_plaintext(
        _text(
            "Harbour wall vote passes",
            "The town council voted on Tuesday evening to approve the long-delayed harbour "
            "wall, ending a dispute that had split the fishing community for two years.",
            "Work will begin in the spring, the council said, once the contractor has "
            "finished the survey of the old breakwater.",
            "Boats moored along the old harbour wall in Kestrel Bay on Tuesday evening.",
            "(KDRW)",
        )
    )
    assert figures(article) == [
        ("Boats moored along the old harbour wall in Kestrel Bay on Tuesday evening.", "KDRW")
    ]


# -- a byline closing on its station's name in capitals ------------------------------------


def test_station_in_capitals_after_the_name_is_no_second_author():
    article = parse_plaintext(
        _text("Neue Brücke über die Aller eröffnet", "von Luca Brandt, RWT WESERLAND", *_DE)
    )
    assert authors(article) == ["Luca Brandt"]
    assert paragraphs(article) == list(_DE)


def test_wire_byline_in_capitals_keeps_both_writers():
    article = parse_plaintext(
        _text(
            "Harbour wall vote passes",
            "By JANE ROE, TOM OKAFOR",
            "The town council voted on Tuesday evening to approve the long-delayed harbour "
            "wall, ending a dispute that had split the fishing community for two years.",
            "Work will begin in the spring, the council said, once the contractor has "
            "finished the survey of the old breakwater and the seabed around it.",
        )
    )
    assert [name.casefold() for name in authors(article)] == ["jane roe", "tom okafor"]


# -- "Bildrechte:" labels a credit ---------------------------------------------------------


def test_bildrechte_is_a_credit_label():
    article = parse_plaintext(
        "Neue Brücke über die Aller eröffnet\n\n"
        "Die Brücke am Morgen ihrer Eröffnung.\nBildrechte: Radio Wesertal/Jana Pohlmann\n\n"
        + "\n\n".join(_DE)
        + "\n"
    )
    assert figures(article) == [
        ("Die Brücke am Morgen ihrer Eröffnung.", "Radio Wesertal/Jana Pohlmann")
    ]


# -- a skip link with a word or more beside the phrase -------------------------------------


def test_skip_link_with_more_words_is_no_headline():
    article = parse_plaintext(
        _text(
            "Clic aquí para ir directamente al contenido",
            "Cierra la piscina municipal de Valdecarros por una avería",
            *_ES,
        )
    )
    assert article.title == "Cierra la piscina municipal de Valdecarros por una avería"
    assert paragraphs(article) == list(_ES)


def test_headline_opening_with_words_of_a_short_phrase_stands():
    # a two-word phrase ("en este artículo" is three, "siguiente noticia" two) does not
    # make a headline a skip link, nor does a long headline that opens with a phrase
    article = parse_plaintext(
        _text("Siguiente noticia: el pleno aprueba el presupuesto", *_ES)
    )
    assert article.title == "Siguiente noticia: el pleno aprueba el presupuesto"


# -- the writer's bare name between the dek and the first paragraph ------------------------


def test_bare_name_under_the_dek_is_the_byline():
    article = parse_plaintext(
        _text(
            "Cierra la piscina municipal de Valdecarros por una avería",
            "El Ayuntamiento calcula que la reparación del sistema de filtrado durará al "
            "menos tres semanas",
            "Marta Quiroga",
            *_ES,
        )
    )
    assert authors(article) == ["Marta Quiroga"]
    assert article.subtitle is not None
    assert paragraphs(article) == list(_ES)


def test_subhead_under_the_dek_is_no_byline():
    # a short phrase that is no name stays a subhead or a paragraph
    article = parse_plaintext(
        _text(
            "Cierra la piscina municipal de Valdecarros por una avería",
            "El Ayuntamiento calcula que la reparación del sistema de filtrado durará al "
            "menos tres semanas",
            "Obras de reparación",
            *_ES,
        )
    )
    assert authors(article) == []


def test_wire_photo_credit_between_dashes_over_the_sign_off():
    prose = (
        "CASTELVERDE (ITALPRESS) – Il consiglio comunale ha approvato martedì sera il nuovo "
        "piano per il porto, mettendo fine a una disputa durata due anni.",
        "I lavori cominceranno in primavera, ha detto il sindaco, dopo che l'impresa avrà "
        "finito il rilievo del vecchio molo.",
    )
    article = parse_plaintext(
        "Castelverde approva il piano del porto\n\n"
        + "\n".join(prose)
        + "\n-foto Agenzia Lumen –\n(ITALPRESS).\n"
    )
    assert paragraphs(article) == list(prose)
    assert figures(article) == [(None, "Agenzia Lumen")]
