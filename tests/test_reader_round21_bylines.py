"""Round 21 (bylines): the lines around a byline — a standfirst under a "Posted on DATE by
Name, Role" line and its reading time, a newsroom's signature over the dateline's place and
date, and a credit-only photo line over the standfirst. Every sentence, person, place and
site is invented."""

from __future__ import annotations

from readerblocks import authors, figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_EN_DEK = (
    "After a record dry season, the villages that kept their own repair funds were the "
    "ones whose pumps never stopped. Here is what our field teams learned this year."
)
_EN_BODY = (
    "When the rains failed in October, we expected the worst. In previous droughts, about "
    "a third of the hand pumps in the district broke down within two months, and families "
    "walked up to nine kilometres to the river for water that was often unsafe to drink.",
    "This time, nine of the twelve wells we restored with local committees kept working "
    "through the whole season, and the three that failed had spent their repair funds.",
)
_FR_DEK = (
    "Après une saison sèche record, les villages qui gardaient leur propre caisse de "
    "réparation ont pu réparer leurs pompes sans attendre personne."
)
_FR_BODY = (
    "Quand les pluies ont manqué en octobre, nous nous attendions au pire. Lors des "
    "sécheresses précédentes, un tiers des pompes du district tombaient en panne en deux "
    "mois, et les familles marchaient jusqu'à neuf kilomètres pour trouver de l'eau.",
    "Cette fois, neuf des douze puits restaurés avec les comités locaux ont fonctionné "
    "pendant toute la saison, et les trois autres avaient dépensé leur caisse.",
)
_ES_DEK = (
    "La planta tratará las aguas residuales de cuatro municipios y pondrá fin a los "
    "vertidos al río que la Confederación sancionó hace siete años."
)
_ES_BODY = (
    "La estación depuradora comenzó a funcionar este lunes, después de unas obras que se "
    "iniciaron en 2018 y que quedaron paralizadas durante casi tres años por la quiebra de "
    "la primera empresa adjudicataria de los trabajos.",
    "La instalación, situada junto a la carretera comarcal, recibirá las aguas de cuatro "
    "pueblos que suman unos 2.300 habitantes censados y el doble en verano.",
)


# -- dek under a posted-by line and its reading time ---------------------------------------


def test_the_line_under_a_posted_by_line_and_its_reading_time_is_the_dek() -> None:
    for byline, dek, body in (
        ("Posted on 3 March 2026 by Miriam Oduya, Head of Programmes", _EN_DEK, _EN_BODY),
        ("Publié le 3 mars 2026 par Miriam Oduya, responsable des programmes", _FR_DEK, _FR_BODY),
    ):
        article = parse_plaintext(
            _text(
                "Twelve wells later: what the dry season taught us",
                byline,
                "6 min read",
                dek,
                *body,
            )
        )
        assert article.subtitle == dek, byline
        assert authors(article) == ["Miriam Oduya"]
        assert article.authors[0].role is not None
        assert paragraphs(article)[0] == body[0]


def test_a_dek_over_a_captioned_photo_under_the_reading_time_is_the_dek() -> None:
    # the dek is long beside the first paragraph; the photo under it tells it from the text
    dek = (
        "After a record dry season, the villages that kept their own repair funds were the "
        "ones whose pumps never stopped. Here is what our field teams learned, and what we "
        "are changing this year."
    )
    article = parse_plaintext(
        _text(
            "Twelve wells later: what the dry season taught us",
            "By Miriam Oduya",
            "6 min read",
            dek,
            "![Women carry jerrycans](https://charity.example/pump.jpg)",
            "A hand pump at Tombeli. Photo: Clearwater Partners / Idris Malanga",
            *_EN_BODY,
        )
    )
    assert article.subtitle == dek
    assert paragraphs(article)[0] == _EN_BODY[0]
    assert figures(article) == [("A hand pump at Tombeli.", "Clearwater Partners / Idris Malanga")]


# -- newsroom over the dateline's place and date -------------------------------------------


def test_a_place_before_the_date_under_a_newsroom_signature_is_no_writer() -> None:
    for place in ("Molina de Aragón", "San Sebastián de los Reyes", "Madrid"):
        article = parse_plaintext(
            _text(
                "La nueva depuradora entra en servicio tras ocho años de obras",
                "Redacción",
                f"{place}, 3 de marzo de 2026",
                *_ES_BODY,
            )
        )
        assert authors(article) == ["Redacción"], place
        assert article.published == "2026-03-03"


def test_a_two_word_name_before_the_date_under_redaccion_stays_the_writer() -> None:
    # "Redacción" is also a byline label in Spanish; two capitalised words alone have a
    # writer's shape as much as a place's, so the writer is kept there
    article = parse_plaintext(
        _text(
            "La nueva depuradora entra en servicio tras ocho años de obras",
            "Redacción",
            "Ana Pérez, 3 de marzo de 2026",
            *_ES_BODY,
        )
    )
    assert authors(article) == ["Ana Pérez"]


def test_a_dek_under_a_newsroom_and_its_dateline_is_the_dek() -> None:
    article = parse_plaintext(
        _text(
            "La nueva depuradora entra en servicio tras ocho años de obras",
            "Redacción",
            "Molina de Aragón, 3 de marzo de 2026",
            _ES_DEK,
            *_ES_BODY,
        )
    )
    assert article.subtitle == _ES_DEK
    assert paragraphs(article)[0] == _ES_BODY[0]


# -- a credit-only photo line over the dek -------------------------------------------------


def test_a_credit_only_photo_line_over_the_dek_is_a_figure_and_the_dek_stays_the_dek() -> None:
    article = parse_plaintext(
        _text(
            "La nueva depuradora entra en servicio tras ocho años de obras",
            "Redacción",
            "Molina de Aragón, 3 de marzo de 2026",
            "Foto: Lucía Benedí / Diario del Alto Tajo",
            _ES_DEK,
            "Compartir: Facebook | X | WhatsApp | Correo",
            *_ES_BODY,
        )
    )
    assert article.subtitle == _ES_DEK
    assert authors(article) == ["Redacción"]
    assert paragraphs(article)[0] == _ES_BODY[0]
    assert [credit for _caption, credit in figures(article)] == [
        "Lucía Benedí / Diario del Alto Tajo"
    ]


# -- the writer's role on the line under the byline ----------------------------------------

_DE_BODY = (
    "Der Kammerchor hat am Samstagabend die Schlosskirche bis auf den letzten Platz gefüllt. "
    "Zum vierzigjährigen Bestehen sang der Chor Brahms und eine Uraufführung aus der Region.",
    "Die Sängerinnen und Sänger proben seit dem Herbst jeden Donnerstag im Gemeindehaus, "
    "und der Dirigent lobte nach dem Konzert ihre Geduld mit dem neuen Stück.",
)
_IT_BODY = (
    "La rassegna d'organo torna per la quarta edizione con cinque serate nelle pievi della "
    "valle e, per la prima volta, un concerto pomeridiano dedicato ai bambini delle scuole.",
    "I musicisti arrivano da tre paesi diversi e suoneranno strumenti restaurati negli "
    "ultimi anni grazie al contributo delle parrocchie e della fondazione locale.",
)


def test_a_title_under_the_byline_is_the_writers_role_not_a_second_writer() -> None:
    for role in ("Freie Mitarbeiterin", "Leitende Redakteurin"):
        article = parse_plaintext(
            _text("Kammerchor füllt die Schlosskirche", "Von Annegret Wilhelmi", role, *_DE_BODY)
        )
        assert authors(article) == ["Annegret Wilhelmi"], role
        assert article.authors[0].role == role


def test_a_press_office_under_the_byline_is_the_writers_desk() -> None:
    for blank in ("\n", "\n\n"):
        text = _text("Torna la rassegna d'organo nelle pievi", *_IT_BODY).replace(
            "\n\n", f"\n\ndi Lucilla Ferraresi{blank}Ufficio stampa\n\n", 1
        )
        article = parse_plaintext(text)
        assert authors(article) == ["Lucilla Ferraresi"], repr(blank)
        assert article.authors[0].role == "Ufficio stampa", repr(blank)
        assert paragraphs(article) == list(_IT_BODY)


def test_a_captains_title_after_a_posted_by_name_is_the_role() -> None:
    article = parse_plaintext(
        _text(
            "Seconds out: the men's first team stay top after a late winner",
            "Posted on 9 November 2025 by Tom Harker, Men's 1s Captain",
            *_EN_BODY,
        )
    )
    assert authors(article) == ["Tom Harker"]
    assert article.authors[0].role == "Men's 1s Captain"


# -- a newsroom with its outlet's name after a particle ------------------------------------


def test_a_newsroom_word_a_particle_and_the_outlets_name_sign_together() -> None:
    for line in (
        "Publicado el 10/03/2026 | Redacción del Boletín",
        "Redacción del Boletín",
    ):
        article = parse_plaintext(
            _text("La nueva depuradora entra en servicio tras ocho años de obras", line, *_ES_BODY)
        )
        assert authors(article) == ["Redacción del Boletín"], line


# -- a second writer after the first writer's title ----------------------------------------


def test_and_a_name_after_the_first_writers_title_is_a_second_writer() -> None:
    for byline, second in (
        ("By Miriam Oduya, Senior Reporter, and Tom Okafor", "Tom Okafor"),
        ("Von Annegret Wilhelmi, Redakteurin Lokales, und Karl Stemmer", "Karl Stemmer"),
    ):
        body = _EN_BODY if byline.startswith("By") else _DE_BODY
        article = parse_plaintext(_text("Twelve wells later in the valley", byline, *body))
        assert authors(article)[-1] == second, byline
        assert len(authors(article)) == 2, byline
        assert article.authors[0].role is not None
        assert article.authors[1].role is None


# -- a company's name with its legal form is no bare byline --------------------------------


def test_a_company_name_with_its_legal_form_under_the_headline_is_no_writer() -> None:
    for company in ("Halvergate Instruments PLC", "Corrymoor Foods plc"):
        article = parse_plaintext(
            _text(
                "Trading update: full year ahead of expectations",
                company,
                "8 December 2025",
                *_EN_BODY,
            )
        )
        assert authors(article) == [], company
        assert article.published == "2025-12-08"


# -- the reviewed book's block is not the review's byline ----------------------------------


def test_the_reviewed_books_byline_under_the_reviews_byline_is_no_second_writer() -> None:
    text = _text(
        "The ledger and the sea",
        "Reviewed by Corin Ashdown-Paley",
        "April 2, 2025",
        "The Salt Ledger\nby Ana Whitcombe\nFarrow & Lisle, 312 pp., £18.99",
        *_EN_BODY,
    )
    article = parse_plaintext(text)
    assert authors(article) == ["Corin Ashdown-Paley"]
    assert paragraphs(article) == list(_EN_BODY)
