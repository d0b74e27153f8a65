"""Round 25 (multiauth): bylines with several writers, roles and affiliations: a second
writer after "| with", a title with its field or post ("Senior Lecturer in Hydrology",
"envoyée spéciale à Dakar"), a bracketed title after one of several writers, a footnote
mark on a name and the note that is its bio, a capitalised German compound title before
the name, and a bare staff or reporter byline. Every sentence, person, place and outlet
is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import _without_footnote_marks, parse_byline


def _article(title: str, byline: str, date: str, *paragraphs: str):
    text = "\n\n".join((title, byline, date, *paragraphs)) + "\n"
    return parse_plaintext(text)


def _authors(*args: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in _article(*args).authors]  # type: ignore[attr-defined]


_EN = (
    "Harbour council approves a new ferry timetable for the winter",
    "12 March 2026",
    "The harbour council voted on Tuesday to keep the early ferry running through the "
    "winter months, after a long debate about costs.",
    "Councillors said the service was used by nurses and school staff who had no other "
    "way to reach the mainland before eight.",
    "The new timetable starts on the first of November and will be reviewed in spring.",
)
_FR = (
    "Le port de Kerlan garde son ferry du matin pendant tout l'hiver",
    "12 mars 2026",
    "Le conseil portuaire a voté mardi le maintien du premier ferry pendant tout l'hiver, "
    "après un long débat sur les coûts.",
    "Les élus ont rappelé que la liaison est utilisée par des infirmières et des "
    "enseignants qui n'ont pas d'autre moyen de rejoindre le continent.",
)
_ES = (
    "El puerto de Calvera mantiene el ferri de primera hora todo el invierno",
    "12 de marzo de 2026",
    "El consejo del puerto votó el martes mantener el primer ferri durante todo el "
    "invierno, tras un largo debate sobre los costes.",
    "Los concejales recordaron que el servicio lo usan enfermeras y maestros que no "
    "tienen otra forma de llegar a tierra firme.",
)
_DE = (
    "Der Hafen Kleinsiel bekommt eine neue Fähre für den Winterdienst",
    "12. März 2026",
    "Der Gemeinderat hat am Dienstag beschlossen, die frühe Fähre auch im Winter fahren "
    "zu lassen, nach einer langen Debatte über die Kosten.",
    "Die Verbindung werde vor allem von Pflegekräften und Lehrern genutzt, die sonst vor "
    "acht Uhr nicht aufs Festland kämen.",
)
_ZH = (
    "港口委员会决定冬季保留早班渡轮",
    "2026年3月12日",
    "港口委员会周二投票决定，在整个冬季继续运营早班渡轮，此前各方就成本问题进行了长时间讨论。",
    "议员们表示，这条航线主要由护士和教师使用，他们在八点前没有其他方式前往大陆。",
)


def _with(cues: tuple[str, ...], byline: str) -> list[tuple[str, str | None]]:
    return _authors(cues[0], byline, *cues[1:])


def test_second_writer_after_bar_and_with() -> None:
    # "| with B, Research Analyst": the second writer, not the first one's desk
    assert _with(
        _EN,
        "By Dr Ines Caldwell, Senior Fellow, Harrowgate Policy Institute | with Rafael "
        "Oduya, Research Analyst",
    ) == [("Dr Ines Caldwell", "Senior Fellow"), ("Rafael Oduya", "Research Analyst")]


def test_title_with_its_field_is_the_role() -> None:
    assert _with(
        _EN,
        "By Dr Lena Marsh, Senior Lecturer in Hydrology, Northfield University | with Omar "
        "Diallo, Research Fellow",
    ) == [("Dr Lena Marsh", "Senior Lecturer in Hydrology"), ("Omar Diallo", "Research Fellow")]


def test_title_with_its_post_before_a_second_writer() -> None:
    assert _with(_FR, "Par Claire Dubois, envoyée spéciale à Dakar, et Luc Martin") == [
        ("Claire Dubois", "envoyée spéciale à Dakar"),
        ("Luc Martin", None),
    ]


def test_bracketed_title_of_one_of_two_writers() -> None:
    assert _with(_ES, "Por María Ruiz (corresponsal en Lima) y Jorge Paz") == [
        ("María Ruiz", "corresponsal en Lima"),
        ("Jorge Paz", None),
    ]
    # a place in brackets is no role
    assert _with(_ES, "Por María Ruiz (Lima) y Jorge Paz") == [
        ("María Ruiz", None),
        ("Jorge Paz", None),
    ]


def test_footnote_mark_and_its_note() -> None:
    article = _article(
        _EN[0],
        "By Dr Jan Kowalski*",
        *_EN[1:],
        "*Jan Kowalski is a professor of transport economics at Eastmoor University.",
    )
    (author,) = article.authors  # type: ignore[attr-defined]
    assert author.name == "Dr Jan Kowalski"
    assert author.bio == (
        "Jan Kowalski is a professor of transport economics at Eastmoor University."
    )
    texts = [getattr(b, "text", "") for b in article.blocks]  # type: ignore[attr-defined]
    assert not any("professor of transport" in t for t in texts)
    assert parse_byline("By Ana Gil† and Luis Mora").people == (  # type: ignore[union-attr]
        ("Ana Gil", None),
        ("Luis Mora", None),
    )
    # an emphasis is no footnote mark
    assert _without_footnote_marks("By **Jane Roe**") is None
    assert _without_footnote_marks("By Jane Roe*, Reporter") == "By Jane Roe, Reporter"


def test_capitalised_compound_title_before_the_name() -> None:
    assert _with(_DE, "Von Hafenmeisterin Maria Vogt") == [("Maria Vogt", "Hafenmeisterin")]


def test_bare_staff_bylines() -> None:
    assert _with(_EN, "Staff") == [("Staff", None)]
    assert _with(_ZH, "本报记者") == [("本报记者", None)]


def test_a_menu_staff_link_signs_nothing() -> None:
    text = "\n".join(("Home", "News", "Staff", "Contact", "")) + "\n\n".join(_EN) + "\n"
    assert not parse_plaintext(text).authors  # type: ignore[attr-defined]


def test_prose_opening_with_by_stays_prose() -> None:
    article = _article(
        _EN[0],
        "By the time the council met, Senior Fellow Ann Lee in Hydrology had left.",
        *_EN[1:],
    )
    assert not article.authors  # type: ignore[attr-defined]
