"""Round 15 (credits): bylines, roles and credit lines the round's probes missed — a title
after a dash on the writer's line, a compound German title with its club after the comma,
a label word before the name ("Samenstelling"), a weather presenter's title on its own
line, wire credit lines in Portuguese and Spanish, a contributor "of" an outlet, and the
signature at an obituary's end (an organisation, a name with its place, a role under a
signed name). Every sentence here is invented."""

from __future__ import annotations

from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline
from syndicate.readers.scraped.credits import parse_credit_line

_PT = [
    "A cooperativa assinou nesta segunda-feira o primeiro contrato de exportação de café "
    "com rastreabilidade completa, do talhão ao porto, com torrefadoras estrangeiras.",
    "Segundo a direção, cada lote terá um código que permite ao comprador consultar a "
    "fazenda de origem, a data da colheita e o tipo de secagem usado.",
    "O acordo prevê o embarque de 48 mil sacas ao longo do próximo ano, com prêmio pago "
    "aos produtores conforme a pontuação de qualidade.",
]
_UK = [
    "На 88-му році життя перестало битися серце Оксани Петрівни Климчук — вчительки "
    "початкових класів, яка понад сорок років пропрацювала в сільській школі.",
    "Колеги згадують, що в її класі завжди пахло яблуками: восени учні приносили їх із "
    "дому, а вчителька розкладала на підвіконні й пояснювала на них дроби.",
    "Прощання відбудеться в суботу о 12:00 у будинку культури села Заріччя.",
]


def _page(title: str, *head: str, body: list[str], tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([title, *head, *body, *tail]) + "\n"


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in parse_plaintext(text).authors]


def test_a_title_after_a_dash_is_the_role_not_a_second_writer() -> None:
    found = parse_byline("By Renata Falcão Siqueira - Repórter de Agronegócio")
    assert found is not None
    assert found.people == (("Renata Falcão Siqueira", "Repórter de Agronegócio"),)
    found = parse_byline("Joanna Wilk – Redaktorka działu Kultura")
    assert found is not None
    assert found.people == (("Joanna Wilk", "Redaktorka działu Kultura"),)


def test_a_linked_name_keeps_no_dash_in_its_role() -> None:
    text = _page(
        "Cooperativa fecha contrato de café com compradores estrangeiros",
        "Por [Marta Oliveira](/autor/marta) - Editora de Cultura",
        "1 de dezembro de 2026",
        body=_PT,
    )
    assert _people(text) == [("Marta Oliveira", "Editora de Cultura")]


def test_a_bare_name_with_its_title_after_a_dash_under_the_headline_is_the_byline() -> None:
    text = _page(
        "Nowa wystawa w galerii miejskiej pokazuje prace młodych grafików",
        "Jan Kowalski – dziennikarz działu Kultura",
        body=[
            "Galeria Miejska otworzyła w piątek wystawę prac dwudziestu młodych grafików z "
            "całego regionu, którzy ukończyli studia w ostatnich trzech latach.",
            "Wśród prac są linoryty, litografie i grafiki cyfrowe, a część z nich można "
            "kupić w trakcie trwania wystawy w galerii.",
            "Wystawa potrwa do końca stycznia, a wstęp na nią jest bezpłatny dla wszystkich.",
        ],
    )
    assert _people(text) == [("Jan Kowalski", "dziennikarz działu Kultura")]


def test_a_compound_german_title_with_its_club_is_the_writers_role() -> None:
    text = _page(
        "Heimatverein pflanzt 40 Obstbäume am alten Mühlenweg",
        "Von Dieter Almstedt, Ehrenvorsitzender des Heimatvereins Lindenbruch",
        body=[
            "Am vergangenen Samstag haben rund dreißig Mitglieder des Heimatvereins am alten "
            "Mühlenweg vierzig junge Obstbäume gepflanzt, darunter alte Apfelsorten.",
            "Die Bäume stammen aus einer Baumschule im Nachbarkreis und wurden von der "
            "Gemeinde zur Hälfte mitfinanziert, wie der Bürgermeister sagte.",
            "Im Frühjahr sollen Schilder mit den Namen der Sorten aufgestellt werden.",
        ],
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Dieter Almstedt", "Ehrenvorsitzender des Heimatvereins Lindenbruch")
    ]
    assert article.subtitle is None


def test_the_dutch_label_samenstelling_is_no_part_of_the_name() -> None:
    text = _page(
        "Dorpsfeest trekt recordaantal bezoekers naar de Brink",
        "Samenstelling Joris van Hamelen",
        body=[
            "Het jaarlijkse dorpsfeest op de Brink heeft dit jaar ruim achtduizend bezoekers "
            "getrokken, een record sinds de eerste editie in 1987.",
            "De organisatie had voor het eerst een tweede podium gebouwd bij de kerk, waar "
            "lokale bands de hele middag speelden voor een groot publiek.",
            "Volgend jaar bestaat het feest veertig jaar; het comité belooft een extra dag.",
        ],
    )
    assert _people(text) == [("Joris van Hamelen", None)]


def test_a_weather_presenters_title_on_its_own_line_is_the_role() -> None:
    text = _page(
        "Allerta maltempo: pioggia intensa sulla costa fino a giovedì",
        "Chiara Bellandi\nMeteorologa",
        body=[
            "La perturbazione arrivata nella notte porterà piogge forti su tutta la costa "
            "fino a giovedì, con accumuli fino a ottanta millimetri nelle zone collinari.",
            "Il centro funzionale ha diramato l'allerta arancione per i comuni del litorale, "
            "dove sono attese anche raffiche di vento da sud-ovest.",
            "Da venerdì è previsto un miglioramento, con temperature in calo di qualche grado.",
        ],
    )
    assert _people(text) == [("Chiara Bellandi", "Meteorologa")]


def test_wire_credit_lines_in_brackets_name_reporter_and_editor() -> None:
    line = "(Reportagem de Caio Antunes; edição de Patrícia Lage)"
    article = parse_plaintext(_page("Cooperativa fecha contrato de café", body=_PT, tail=(line,)))
    assert article.credit_line == line
    assert [c.name for c in article.contributors] == ["Caio Antunes", "Patrícia Lage"]
    assert line not in _paragraphs(article)
    line = "(Reporte de Luis Gil; Editado en español por Ana Ruiz)"
    spanish = [
        "La cooperativa firmó el lunes su primer contrato de exportación de café con "
        "trazabilidad completa, desde la finca hasta el puerto de embarque.",
        "Según la dirección, cada lote tendrá un código que permite al comprador consultar "
        "la finca de origen y la fecha de la cosecha.",
        "El acuerdo prevé el embarque de 48.000 sacos a lo largo del próximo año.",
    ]
    article = parse_plaintext(
        _page("La cooperativa cierra su contrato", body=spanish, tail=(line,))
    )
    assert article.credit_line == line
    assert [c.name for c in article.contributors] == ["Luis Gil", "Ana Ruiz"]


def test_a_contributor_of_an_outlet_is_the_name_only() -> None:
    found = parse_credit_line("Sam Pritchard of the Castleford Sentinel contributed reporting.")
    assert found == [("Sam Pritchard", None)]
    found = parse_credit_line("Lena Holt of The Courier and Raj Patel of the Gazette contributed.")
    assert found == [("Lena Holt", None), ("Raj Patel", None)]


def test_an_organisation_signs_an_obituary_over_its_date_line() -> None:
    body = [
        "离休干部方德林同志，因病医治无效，于2026年11月27日在县人民医院逝世，享年93岁。",
        "方德林同志1933年出生，1951年参加工作，先后在县水利局等单位任职，1993年离休。",
        "方德林同志遗体告别仪式定于2026年11月30日上午9时在县殡仪馆举行。",
    ]
    text = _page("沉痛悼念方德林同志", body=body, tail=("方德林同志治丧工作小组", "2026年11月28日"))
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [("方德林同志治丧工作小组", None)]
    texts = _paragraphs(article)
    assert texts[-1].startswith("方德林同志遗体告别仪式")
    assert "2026年11月28日" not in texts


def test_a_collective_under_the_last_paragraph_signs_the_obituary() -> None:
    text = _page(
        "Пішла з життя вчителька Оксана Климчук",
        body=_UK,
        tail=("Колектив Зарічненської гімназії",),
    )
    assert _people(text) == [("Колектив Зарічненської гімназії", None)]


def test_a_sentence_from_the_collective_is_prose_not_a_signature() -> None:
    text = _page(
        "Пішла з життя вчителька Оксана Климчук",
        body=[*_UK, "Колектив гімназії висловлює щирі співчуття рідним і близьким."],
    )
    article = parse_plaintext(text)
    assert not article.authors
    assert _paragraphs(article)[-1].startswith("Колектив гімназії висловлює")


def test_a_name_with_its_place_signs_the_story_at_its_end() -> None:
    text = _page(
        "Пішла з життя вчителька Оксана Климчук", body=_UK, tail=("Ніна ГОРОБЕЦЬ, м. Козелець",)
    )
    assert _people(text) == [("Ніна ГОРОБЕЦЬ", None)]


def test_a_title_under_the_signed_name_is_its_role() -> None:
    text = _page(
        "Пішла з життя вчителька Оксана Климчук",
        body=_UK,
        tail=("**Ніна ГОРОБЕЦЬ**", "Спецкореспондентка"),
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [("Ніна ГОРОБЕЦЬ", "Спецкореспондентка")]
    assert "Спецкореспондентка" not in _paragraphs(article)


def test_signed_letters_keep_their_signatures_in_the_body() -> None:
    text = _page(
        "Letters: the bus station, the library and the night crews",
        body=[
            "The new timetable leaves the villages without a bus after seven in the evening, "
            "which means my neighbours cannot get home from their shifts.",
            "Marion Teale, Upper Brookfield",
            "Closing the library on Saturdays shuts out the families who cannot visit on "
            "weekdays, and the reading groups that meet there every week.",
            "Owen Castell, Riverside",
        ],
    )
    article = parse_plaintext(text)
    assert not article.authors
    assert _paragraphs(article)[-1] == "Owen Castell, Riverside"
