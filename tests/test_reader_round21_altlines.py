"""Round 21 (altlines): an image's alt text printed on its own line right over the caption
that opens with the same words, a "Crédit photo : Org / Name" line under a caption, and a
caption whose credit stands in brackets on the next line ("(mat. Name)"). Every sentence,
person, place and site is invented."""

from __future__ import annotations

from readerblocks import figures, headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_ES_BODY = (
    "La protectora ha pedido ayuda a los vecinos de la comarca para encontrar un hogar a "
    "los veinte galgos que llegaron al refugio a finales de noviembre.",
    "Tras tres semanas de cuidados veterinarios, catorce de ellos ya están en condiciones "
    "de ser adoptados, según explicó la presidenta de la asociación.",
    "El refugio atiende a unos 160 perros y 40 gatos con un presupuesto que depende casi por "
    "completo de cuotas y donaciones de los socios.",
)
_EN_BODY = (
    "The harbour trust opened its new ferry terminal on Monday after two years of building "
    "work on the north quay, three months later than planned.",
    "Passengers will be able to buy tickets at the new office from next week, a spokesman "
    "for the trust said on Monday afternoon.",
    "The old ticket office will be turned into a café run by a local charity, the trust "
    "said in a statement issued after the opening.",
)


# -- alt text over the caption that opens with it ------------------------------------------


def test_an_alt_line_over_a_credited_caption_in_a_select_all_copy_is_dropped() -> None:
    for alt, caption, credit, body in (
        (
            "El veterinario Ignacio Peral revisa a una de las galgas",
            "El veterinario Ignacio Peral revisa a una de las galgas rescatadas en la clínica.",
            "Rubén Casares",
            _ES_BODY,
        ),
        (
            "Passengers board the first ferry from the new terminal",
            "Passengers board the first ferry from the new terminal on Monday morning.",
            "Dana Whitcombe",
            _EN_BODY,
        ),
    ):
        article = parse_plaintext(
            _lines(
                "The headline of the story about the shelter and the ferry",
                body[0],
                body[1],
                alt,
                f"{caption} Foto: {credit}" if body is _ES_BODY else f"{caption} Photo: {credit}",
                body[2],
            )
        )
        assert figures(article) == [(caption, credit)], alt
        assert alt not in headings(article)
        assert paragraphs(article) == list(body)


def test_an_alt_line_over_a_caption_with_its_credit_on_the_next_line_is_dropped() -> None:
    alt = "Una voluntaria con dos galgos"
    caption = "Una voluntaria con dos galgos en el patio del refugio, el domingo."
    article = parse_plaintext(
        _lines(
            "El refugio busca familias para veinte galgos",
            _ES_BODY[0],
            _ES_BODY[1],
            alt,
            caption,
            "Foto: Rubén Casares",
            _ES_BODY[2],
        )
    )
    assert figures(article) == [(caption, "Rubén Casares")]
    assert alt not in headings(article)
    assert paragraphs(article) == list(_ES_BODY)


def test_a_subhead_over_a_paragraph_with_other_words_stays_a_subhead() -> None:
    article = parse_plaintext(
        _lines(
            "El refugio busca familias para veinte galgos",
            _ES_BODY[0],
            "Una jornada de puertas abiertas",
            _ES_BODY[1],
            _ES_BODY[2],
        )
    )
    assert headings(article) == ["Una jornada de puertas abiertas"]
    assert figures(article) == []


# -- a credit-labelled line with a spaced slash under its caption --------------------------


def test_a_credit_labelled_slashed_line_under_a_caption_is_its_whole_credit() -> None:
    for body, caption, line, credit in (
        (
            (
                "Les randonneurs peuvent de nouveau emprunter le sentier des crêtes, fermé "
                "depuis un éboulement survenu à l'automne 2024 sur la commune.",
                "Les travaux ont coûté 410 000 euros et une passerelle franchit désormais le "
                "ravin de la Combe Noire, selon la communauté de communes.",
                "Le balisage a été repris sur l'ensemble de la boucle et six panneaux "
                "présentent la flore des crêtes et l'histoire des bergeries.",
            ),
            "La nouvelle passerelle au-dessus du ravin.",
            "Crédit photo : Communauté de communes du Val Sorbier / Fabien Roumagnac",
            "Communauté de communes du Val Sorbier / Fabien Roumagnac",
        ),
        (
            _ES_BODY,
            "Los galgos en el patio del refugio.",
            "Crédito: Asociación de amigos de los galgos / Ana Ruiz",
            "Asociación de amigos de los galgos / Ana Ruiz",
        ),
    ):
        article = parse_plaintext(
            _blocks("A headline over the story", body[0], body[1], caption, line, body[2])
        )
        assert figures(article) == [(caption, credit)], line
        assert paragraphs(article) == list(body)


# -- a credit in brackets on the line under the caption ------------------------------------


def test_a_bracketed_materials_credit_under_a_caption_is_its_credit() -> None:
    body = (
        "Od poniedziałku pasażerowie mogą korzystać z nowego promu, który kursuje między "
        "portem a wyspą co godzinę od rana do wieczora.",
        "Jednostkę zbudowała stocznia w Elblągu, a jej koszt wyniósł 9 milionów złotych, z "
        "czego połowę pokryły fundusze unijne.",
        "Bilety kosztują 12 złotych, a dzieci do lat siedmiu płyną za darmo, poinformował "
        "zarząd portu w komunikacie.",
    )
    article = parse_plaintext(
        _lines(
            "Nowy prom dla Zalewu",
            body[0],
            body[1],
            "Nowy prom przy nabrzeżu",
            "(mat. Pracownia Projektowa Kadłub)",
            body[2],
        )
    )
    assert figures(article) == [("Nowy prom przy nabrzeżu", "Pracownia Projektowa Kadłub")]
    assert paragraphs(article) == list(body)


# -- an italic caption under its image, wrapped and marked on each line ---------------------


def test_an_italic_caption_wrapped_with_marks_on_each_line_keeps_its_whole_credit() -> None:
    body = (
        "Les randonneurs peuvent de nouveau emprunter le sentier des crêtes, fermé depuis un "
        "éboulement survenu à l'automne 2024 sur la commune.",
        "Les travaux ont coûté 410 000 euros et une passerelle franchit désormais le ravin de "
        "la Combe Noire, selon la communauté de communes.",
        "Le balisage a été repris sur l'ensemble de la boucle et six panneaux présentent la "
        "flore des crêtes et l'histoire des bergeries.",
    )
    article = parse_plaintext(
        "# Le sentier des crêtes rouvre\n\n"
        + body[0]
        + "\n\n![Le sentier](https://tourisme.example/sentier.jpg)\n\n"
        + "_Le sentier des crêtes rouvert au public. Photo : Office de_\n"
        + "_Tourisme du Val Sorbier_\n\n"
        + body[1]
        + "\n\n"
        + body[2]
        + "\n"
    )
    assert figures(article) == [
        ("Le sentier des crêtes rouvert au public.", "Office de Tourisme du Val Sorbier")
    ]
    assert headings(article) == []
    assert paragraphs(article)[-2:] == list(body[1:])  # (the short page's first is its dek)
