"""Round 22 (header22): header-zone lines still misread on real pages — a newsroom byline
after the language's byline word ("Par la rédaction", "Od redakcji"), a lone newsroom word
over the first paragraph, a date glued to the end of the headline's line, a dek over a
photo's credit printed alone, and a section name after a labelled date in a meta row.
Every sentence, person, place and site is invented."""

from __future__ import annotations

from readerblocks import authors, figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _lines(*head: str, body: tuple[str, ...]) -> str:
    return "\n".join(head) + "\n\n" + "\n\n".join(body) + "\n"


_FR = (
    "Le conseil municipal de Morlanne a adopté mardi soir un budget de crise qui gèle tous "
    "les investissements pour deux ans. La décision a été prise après quatre heures de débat.",
    "L'opposition a voté contre et dénoncé un manque de concertation avec les habitants. Les "
    "associations sportives craignent une baisse des subventions dès l'automne prochain.",
)
_PL = (
    "Rada miasta Morlanne przyjęła we wtorek wieczorem budżet kryzysowy, który zamraża "
    "wszystkie inwestycje na dwa lata. Decyzja zapadła po czterech godzinach debaty w ratuszu.",
    "Opozycja głosowała przeciw i zarzuciła władzom brak konsultacji z mieszkańcami. Kluby "
    "sportowe obawiają się cięć w dotacjach już od przyszłej jesieni, powiedział burmistrz.",
)
_DE = (
    "Der Gemeinderat von Morlanne hat am Dienstagabend einen Krisenhaushalt beschlossen, der "
    "alle Investitionen für zwei Jahre einfriert. Die Entscheidung fiel nach vier Stunden.",
    "Die Opposition stimmte dagegen und kritisierte, die Bürger seien nicht angehört worden. "
    "Sportvereine fürchten schon ab dem kommenden Herbst Kürzungen bei ihren Zuschüssen.",
)
_EN = (
    "The council of Morlanne approved on Tuesday evening a crisis budget that freezes all "
    "investments for two years. The decision came after four hours of debate in the hall.",
    "Opposition members voted against the plan and said residents had not been consulted. "
    "Sports clubs fear cuts to their grants as early as next autumn, the mayor said.",
)
_IT = (
    "Il consiglio comunale di Morlanne ha approvato martedì sera un bilancio di crisi che "
    "congela tutti gli investimenti per due anni. La decisione è arrivata dopo quattro ore.",
    "L'opposizione ha votato contro e ha denunciato la mancanza di confronto con i cittadini. "
    "Le associazioni sportive temono tagli ai contributi già dal prossimo autunno.",
)
_RU = (
    "Городской совет Морланы во вторник вечером принял кризисный бюджет, который замораживает "
    "все инвестиции на два года. Решение было принято после четырёх часов обсуждения.",
    "Оппозиция голосовала против и заявила, что с жителями никто не советовался. Спортивные "
    "клубы опасаются сокращения субсидий уже следующей осенью, сообщил мэр города.",
)


# -- a newsroom byline after the language's byline word -------------------------------------


def test_a_newsroom_after_a_byline_word_signs_the_article() -> None:
    for headline, byline, name, body in (
        ("Le conseil adopte un budget de crise", "Par la rédaction", "la rédaction", _FR),
        ("Rada przyjęła budżet kryzysowy", "Od redakcji", "redakcji", _PL),
        ("Gemeinderat beschließt Krisenhaushalt", "Von der Redaktion", "der Redaktion", _DE),
        ("Council approves crisis budget", "By the Newsroom", "the Newsroom", _EN),
    ):
        article = parse_plaintext(_blocks(headline, byline, *body))
        assert authors(article) == [name], byline
        assert article.title == headline
        assert paragraphs(article) == list(body)


def test_a_lone_newsroom_word_over_the_first_paragraph_signs_the_article() -> None:
    for headline, byline, body in (
        ("Pożar hali magazynowej w Otmuchowie", "Redakcja", _PL),
        ("El pleno aprueba un presupuesto de crisis", "Redacción", (
            "El pleno de Morlanne aprobó el martes por la noche un presupuesto de crisis que "
            "congela todas las inversiones durante dos años. La decisión llegó tras el debate.",
            "La oposición votó en contra y denunció la falta de diálogo con los vecinos. Los "
            "clubes deportivos temen recortes en las subvenciones a partir del próximo otoño.",
        )),
    ):
        article = parse_plaintext(_blocks(headline, byline, *body))
        assert authors(article) == [byline]
        assert paragraphs(article) == list(body)


def test_a_lone_newsroom_word_over_a_writers_name_stays_a_label() -> None:
    article = parse_plaintext(_blocks("Rada przyjęła budżet kryzysowy", "Redakcja", "Jan Wrona",
                                      "02.12.2026", *_PL))
    assert "Redakcja" not in authors(article)


# -- a date glued to the end of the headline's line ------------------------------------------


def test_a_date_glued_to_the_headline_is_split_off_and_read() -> None:
    for line, headline, published, body in (
        (
            "Pożar hali magazynowej w Otmuchowie. Strażacy gasili ogień przez całą noc"
            "12.11.2026 07:45",
            "Pożar hali magazynowej w Otmuchowie. Strażacy gasili ogień przez całą noc",
            "2026-11-12T07:45:00",
            _PL,
        ),
        (
            "Le conseil municipal adopte un budget de crise12.03.2024 14:05",
            "Le conseil municipal adopte un budget de crise",
            "2024-03-12T14:05:00",
            _FR,
        ),
        (
            "Il consiglio approva il bilancio di crisi – 2024-03-12",
            "Il consiglio approva il bilancio di crisi",
            "2024-03-12",
            _IT,
        ),
    ):
        article = parse_plaintext(_blocks(line, *body))
        assert article.title == headline
        assert article.published == published
        assert paragraphs(article) == list(body)


def test_a_headline_ending_on_a_spaced_number_keeps_it() -> None:
    headline = "Ligue régionale : Morlanne bat Saint-Aubrac 12.03"
    article = parse_plaintext(_blocks(headline, *_FR))
    assert article.title == headline


# -- a dek over a photo's credit printed alone -----------------------------------------------


def test_a_dek_over_a_bare_photo_credit_and_the_byline_stays_the_dek() -> None:
    for dek, credit_line, credit, byline, body in (
        (
            "La ville gèle les investissements pour deux ans afin de réduire sa dette.",
            "Photo : Julien Ferrand / Le Courrier",
            "Julien Ferrand / Le Courrier",
            "Par Claire Dumas",
            _FR,
        ),
        (
            "Городской совет заморозил все инвестиции на два года, чтобы сократить долг.",
            "Фото Иван Петров.",
            "Иван Петров",
            "Автор: Анна Смирнова",
            _RU,
        ),
        (
            "Der Gemeinderat friert alle Investitionen für zwei Jahre ein, um Schulden abzubauen.",
            "Foto: Anna Berg / dpa",
            "Anna Berg / dpa",
            "Von Jonas Keller",
            _DE,
        ),
    ):
        article = parse_plaintext(_lines("The headline of the council story", dek, credit_line,
                                         byline, body=body))
        assert article.subtitle == dek
        assert figures(article) == [(None, credit)]
        assert paragraphs(article) == list(body)


def test_a_caption_over_its_credit_and_a_dek_stays_a_caption() -> None:
    caption = "Le maire Paul Orsel devant la mairie de Morlanne, mardi soir, avant le vote."
    dek = "La ville gèle les investissements pour deux ans afin de réduire sa dette."
    article = parse_plaintext(_lines("Le conseil adopte un budget de crise", caption,
                                     "Photo : Julien Ferrand", dek, "Par Claire Dumas",
                                     body=_FR))
    assert article.subtitle != caption


# -- a section name after a labelled date ----------------------------------------------------


def test_a_section_after_a_labelled_date_is_no_writer() -> None:
    for row, body in (
        ("Published: 3 March 2024 | Local Politics", _EN),
        ("Pubblicato il 3 marzo 2024 | Cronaca Locale", _IT),
        ("Publié le 3 mars 2024 | Vie Locale", _FR),
    ):
        article = parse_plaintext(_blocks("The headline of the council story", row, *body))
        assert authors(article) == [], row
        assert article.published == "2024-03-03"
