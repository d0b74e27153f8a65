"""Round 19c (header3): the people of the article header and foot, and interview turns, on
reader-mode copies with no blank line — an interviewer's question after a sentence of
context counts as a turn, a labelled byline under the story ("Texto: NAME") signs it on
a page with no blank line, and a signature under the story gives the writer's title of
several words or after a dash ("NAME, head of the … department at …", "NAME — краєзнавиця").
Every sentence is invented."""

from __future__ import annotations

from syndicate.model import Article, Heading, Paragraph
from syndicate.readers.plaintext import parse_plaintext


def _lines(*lines: str) -> str:
    """A reader-mode copy: one block a line, no blank line at all."""
    return "\n".join(lines) + "\n"


def _paragraphs(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def _headings(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Heading)]


_ES_INTERVIEW = [
    "Gaceta de Valdecorza",
    "Cultura",
    "El último relojero de la plaza",
    "Anselmo Ribera cierra su taller tras medio siglo arreglando relojes de bolsillo y "
    "campanarios de toda la comarca",
    "3 de diciembre de 2026",
    "El taller de Anselmo Ribera ocupa un bajo de la plaza Mayor desde 1975. Mañana bajará "
    "la persiana por última vez, con una caja de relojes sin reclamar sobre el mostrador.",
    "Nos recibe con la lupa todavía puesta y un café de puchero en la mesa del fondo.",
    "¿Cómo aprendió el oficio?",
    "Con mi tío, que tenía este mismo taller. Yo barría el suelo y él me dejaba desmontar "
    "los despertadores viejos que nadie quería.",
    "¿Qué reloj le costó más arreglar?",
    "El del campanario de San Bartolo. Tuve que subir cada mañana durante tres semanas y "
    "aprendí más allí arriba que en diez años de mostrador.",
    "Los campanarios",
    "Usted cuidó doce campanarios de la comarca. ¿Cuántos siguen funcionando?",
    "Ocho. Los otros los cambiaron por relojes eléctricos y yo no puedo hacer nada con "
    "ellos, porque no tienen nada que desmontar.",
    "El ayuntamiento quiere poner su banco de trabajo en el museo. ¿Le parece bien?",
    "Me parece un honor, aunque yo preferiría que alguien siguiera trabajando en él. Un "
    "banco en una vitrina es como un reloj parado.",
]


def test_context_questions_make_an_interview_with_few_short_questions() -> None:
    article = parse_plaintext(_lines(*_ES_INTERVIEW))
    paragraphs = _paragraphs(article)
    assert "¿Cómo aprendió el oficio?" in paragraphs
    assert "¿Qué reloj le costó más arreglar?" in paragraphs
    assert _headings(article) == ["Los campanarios"]


def test_explainer_question_subheads_stay_headings() -> None:
    text = _lines(
        "Guía: cambios en la recogida de residuos",
        "Desde enero, el ayuntamiento de Valdecorza recogerá la basura orgánica tres días "
        "por semana en todos los barrios del municipio.",
        "¿Qué cambia para los vecinos?",
        "Los contenedores marrones se vaciarán los lunes, miércoles y viernes, y los "
        "restos de poda tendrán un punto propio junto al polideportivo.",
        "¿Cuánto costará el servicio?",
        "La tasa sube dos euros al año por vivienda, según el presupuesto aprobado por el "
        "pleno municipal en noviembre.",
        "La recogida empezó en 2024. ¿Funcionó la prueba piloto?",
        "La prueba en el barrio de la Estación redujo un 30 % los residuos mezclados, "
        "según el informe municipal.",
    )
    article = parse_plaintext(text)
    assert "¿Qué cambia para los vecinos?" in _headings(article)


def test_closing_labelled_byline_on_a_page_without_blank_lines() -> None:
    article = parse_plaintext(_lines(*_ES_INTERVIEW, "Texto: Marisa Urquijo", "Compartir"))
    assert [a.name for a in article.authors] == ["Marisa Urquijo"]
    assert "Texto: Marisa Urquijo" not in _paragraphs(article)


_UK_STORY = [
    "Вісті Надбужжя",
    "Стару водонапірну вежу в Липках відремонтують до літа",
    "Громада отримала кошти на ремонт вежі 1912 року.",
    "2 грудня 2026",
    "Водонапірна вежа біля залізничної станції в Липках стоїть без даху вже шість "
    "років. Тепер громада отримала грант на її ремонт.",
    "Роботи почнуться навесні: спершу замінять дах, потім відновлять цегляний карниз.",
    "Що буде всередині",
    "На першому поверсі планують облаштувати невелику експозицію про історію станції та "
    "залізниці, яка з'єднала Липки з повітовим містом.",
]


def test_signature_with_a_long_title_under_a_last_section() -> None:
    text = _lines(
        *_UK_STORY,
        "Оксана Гребінь, завідувачка відділу краєзнавства сільської бібліотеки",
        "Поділитися",
        "Facebook",
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Оксана Гребінь", "завідувачка відділу краєзнавства сільської бібліотеки")
    ]
    assert not any(p.startswith("Оксана Гребінь") for p in _paragraphs(article))


def test_signature_title_after_a_dash() -> None:
    text = _lines(*_UK_STORY, "Оксана Гребінь — краєзнавиця", "Поділитися")
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [("Оксана Гребінь", "краєзнавиця")]


def test_english_signature_with_head_of_department() -> None:
    text = _lines(
        "Marsh End Courier",
        "Victorian pump house to reopen as a museum",
        "Volunteers have spent two winters restoring the engine.",
        "December 2, 2026",
        "The pump house on Mill Lane, shut since 1961, will open its doors to visitors in "
        "the spring after two winters of repairs by volunteers.",
        "The beam engine inside has been cleaned, painted and turned by hand for the first "
        "time in sixty years.",
        "Entry will be free on the first Sunday of each month.",
        "Ruth Pellow, head of the local studies department at Marsh End library",
        "Share",
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Ruth Pellow", "head of the local studies department at Marsh End library")
    ]


def test_signature_with_a_sentence_after_the_comma_is_no_signature() -> None:
    text = _lines(
        *_UK_STORY,
        "Оксана Гребінь, завідувачка бібліотеки, каже, що експозицію відкриють у травні.",
    )
    article = parse_plaintext(text)
    assert not article.authors


_ES_BODY = [
    "Cuando Remedios Alcañiz llegó a la biblioteca de Humanidades, en 1988, los préstamos "
    "se anotaban a mano en fichas de cartulina.",
    "Este viernes cierra su última jornada con la colección de mapas ya catalogada y una "
    "lista de alumnos que quieren despedirse de ella.",
    "La universidad le dedicará una placa en la sala de cartografía.",
]


def test_four_word_headline_over_a_long_dek_stays_the_headline() -> None:
    text = "\n\n".join(
        [
            "Faro del Sur",
            "Portada | Sociedad | Cultura",
            "Se va la bibliotecaria",
            "Remedios Alcañiz deja la sala de lectura tras 38 años: del fichero de cartón "
            "al préstamo por móvil",
            "Por Gonzalo Ibarreche",
            "12/11/2026",
            *_ES_BODY,
        ]
    )
    article = parse_plaintext(text)
    assert article.title == "Se va la bibliotecaria"
    assert article.subtitle is not None and article.subtitle.startswith("Remedios Alcañiz")


def test_english_four_word_headline_first_line() -> None:
    text = _lines(
        "The last ferryman retires",
        "After 41 years on the Wyle crossing, Tom Garrow hands over the chain ferry: no "
        "more fog horns at dawn",
        "December 2, 2026",
        "Tom Garrow first took the chain ferry across the Wyle in 1985, when the fare was "
        "ten pence and the deck still had a wooden rail.",
        "On Friday he will make his last crossing, with the mayor and his grandchildren on "
        "board.",
        "The council has hired two new pilots for the service.",
    )
    article = parse_plaintext(text)
    assert article.title == "The last ferryman retires"
    assert article.subtitle is not None and article.subtitle.startswith("After 41 years")


def test_capitalised_label_over_a_long_headline_stays_a_kicker() -> None:
    text = "\n\n".join(
        [
            "Faro del Sur",
            "Portada | Sociedad | Cultura",
            "La Guerra en Ucrania",
            "El alcalde de Vado Hondo recibe a veinte familias desplazadas en el antiguo "
            "cuartel de la Guardia Civil",
            "Por Gonzalo Ibarreche",
            "12/11/2026",
            *_ES_BODY,
        ]
    )
    article = parse_plaintext(text)
    assert article.title.startswith("El alcalde de Vado Hondo")


def test_written_by_box_keeps_its_bio_on_a_copy_without_blank_lines() -> None:
    text = _lines(
        "Notes from the engine room",
        "Why we rewrote the billing job in one weekend",
        "Lena Fairbairn",
        "5 min read",
        "Mar 4, 2025",
        "The billing job had run every night for six years without anyone reading its code, "
        "until the night it charged four hundred customers twice.",
        "We had two choices: patch the retry loop again, or replace the job with something "
        "we understood. We chose the second and gave ourselves a weekend.",
        "By Sunday evening the new job was running beside the old one, and on Monday it "
        "took over without a single duplicate charge.",
        "Written by Lena Fairbairn",
        "312 Followers",
        "Backend engineer at a small payments firm. Writes about the dull parts of systems.",
        "Follow",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Lena Fairbairn"]
    assert article.authors[0].bio == (
        "Backend engineer at a small payments firm. Writes about the dull parts of systems."
    )


_DE_STORY = [
    "TV Blauwasser",
    "Aktuelles",
    "Neuer Kunstrasen am Sportpark eingeweiht",
    "Nach acht Monaten Bauzeit haben die Fußballer des TV Blauwasser am Samstag ihren neuen "
    "Kunstrasenplatz am Sportpark eröffnet. Rund 300 Gäste kamen zur Einweihung.",
    "Der alte Hartplatz war seit Jahren ein Ärgernis: Bei Regen stand das Wasser, im "
    "Sommer staubte es. Die Stadt übernahm zwei Drittel der Kosten.",
    "Ab Montag trainieren hier alle elf Jugendmannschaften.",
]


def test_signature_with_the_title_in_brackets() -> None:
    text = _lines(
        *_DE_STORY, "Jonas Weidemann (Vorstand Öffentlichkeitsarbeit)", "Zurück zur Übersicht"
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Jonas Weidemann", "Vorstand Öffentlichkeitsarbeit")
    ]
    assert not any(p.startswith("Jonas Weidemann") for p in _paragraphs(article))


def test_bracketed_words_that_are_no_title_sign_nothing() -> None:
    text = _lines(*_DE_STORY, "Jonas Weidemann (im Bild links)", "Zurück zur Übersicht")
    article = parse_plaintext(text)
    assert not article.authors


def test_labelled_foot_byline_beats_a_label_guessed_as_a_name() -> None:
    text = _lines(
        *_UK_STORY[1:4],
        "Вісті Надбужжя",
        *_UK_STORY[4:],
        "Текст: Оксана Гребінь",
        "Поділитися",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Оксана Гребінь"]


def test_header_byline_named_again_at_the_foot_stays() -> None:
    text = _lines(
        *_UK_STORY[1:4],
        "Оксана Гребінь",
        *_UK_STORY[4:],
        "Текст: Оксана Гребінь",
        "Поділитися",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Оксана Гребінь"]


_PT_NEWSLETTER = [
    "Gazeta do Vale",
    "Newsletters",
    "Café com a Gazeta",
    "Chuva adia a colheita do café no sul de Minas",
    "Edição de 3 de dezembro de 2026",
    "Bom dia! As chuvas dos últimos dez dias atrasaram a colheita em boa parte do sul de "
    "Minas, e os produtores já falam em perda de qualidade.",
    "Em Três Pontas, a cooperativa calcula que apenas 60% da área foi colhida até agora. "
    "No ano passado, nesta época, o número passava de 85%.",
    "Na agenda de hoje: a Câmara de Varginha vota o novo plano de mobilidade às 18h.",
    "Até amanhã,",
    "Helena Marçal — editora de newsletters",
    "Receba o Café com a Gazeta no seu e-mail",
    "Assinar",
]


def test_newsletter_name_named_by_its_sign_up_prompt_is_no_headline() -> None:
    article = parse_plaintext(_lines(*_PT_NEWSLETTER))
    assert article.title == "Chuva adia a colheita do café no sul de Minas"


def test_newsletter_editor_sign_off_after_a_salutation() -> None:
    article = parse_plaintext(_lines(*_PT_NEWSLETTER))
    assert [(a.name, a.role) for a in article.authors] == [
        ("Helena Marçal", "editora de newsletters")
    ]


def test_english_newsletter_editor_sign_off() -> None:
    text = "\n\n".join(
        [
            "The Harbour Ledger",
            "Morning Brief",
            "Ferry strike ends after night of talks",
            "Thursday, December 3, 2026",
            "Good morning. The ferry crews' strike is over: after eleven hours of talks, the "
            "union and the operator agreed a new rota and a pay rise.",
            "Elsewhere, the council has delayed its vote on the new harbour car park until "
            "January, after more than 900 people signed a petition against it.",
            "And the weather: dry and cold, with fog clearing by mid-morning.",
            "See you tomorrow,",
            "Dana Whitlock, newsletter editor",
            "Sign up for Morning Brief",
        ]
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [("Dana Whitlock", "newsletter editor")]
