"""Round 16 (dates): header lines the round's probes missed — an update line printed right
above the published date (no blank line between: the two were joined as one wrapped date),
and a byline whose title is two titles joined by "and" ("Editor and Publisher"), which was
read as a second writer, and a place opening the date row ("Villanueva del Campo |
28·11·26 | 19:35") read as a second writer. Every sentence here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline

_EN = [
    "The Tollbridge harbour council voted on Monday evening to approve a revised ferry "
    "timetable that adds two early crossings during the winter months.",
    "Councillors said the change would cost little because the second vessel already sits "
    "idle at the north quay for most of the morning.",
]
_ES = [
    "El pleno del ayuntamiento de Robledal aprobó el jueves un nuevo horario de autobuses "
    "que añade dos salidas tempranas hacia los pueblos vecinos a partir de enero.",
    "La alcaldesa explicó que el coste será pequeño porque el segundo autobús pasa toda la "
    "mañana parado en la cochera.",
]
_DE = [
    "Der Stadtrat von Ellerbach hat am Donnerstagabend einen neuen Busfahrplan beschlossen, "
    "der ab Januar zwei zusätzliche Frühverbindungen in die Nachbargemeinden vorsieht.",
    "Die Kosten seien gering, sagte die Bürgermeisterin, weil ein zweiter Bus ohnehin den "
    "ganzen Vormittag im Depot stehe.",
]


def _page(title: str, head: str, body: list[str]) -> str:
    return "\n\n".join([title, head, *body]) + "\n"


def _dates(text: str) -> tuple[str, str]:
    article = parse_plaintext(text)
    return str(article.published)[:10], str(article.updated)[:10]


def test_update_line_directly_above_the_published_date() -> None:
    head = "By Clara Menzies\nUpdated Nov 24, 2026\nNov 23, 2026"
    text = _page("Harbour council approves new ferry timetable", head, _EN)
    assert _dates(text) == ("2026-11-23", "2026-11-24")


def test_update_line_in_capitals_above_the_published_date() -> None:
    head = "Clara Menzies\nUPDATED NOV. 24, 2026\nNOV. 23, 2026"
    text = _page("Harbour council approves new ferry timetable", head, _EN)
    assert _dates(text) == ("2026-11-23", "2026-11-24")


def test_date_cut_after_its_day_still_joins_its_month() -> None:
    # the wrap tool's cut date keeps being read whole: one or two digits closing the line
    head = "By Clara Menzies\nLast reviewed 8\nNovember 2024"
    text = _page("Harbour council approves new ferry timetable", head, _EN)
    assert _dates(text)[0] == "2024-11-08"


def test_titles_joined_by_and_are_one_writers_role() -> None:
    byline = parse_byline("Marguerite Oakhollow, Editor and Publisher")
    assert byline is not None
    assert byline.people == (("Marguerite Oakhollow", "Editor and Publisher"),)
    byline = parse_byline("By Marguerite Oakhollow, Publisher and Managing Editor")
    assert byline is not None
    assert byline.people == (("Marguerite Oakhollow", "Publisher and Managing Editor"),)


def test_joined_titles_in_other_languages() -> None:
    byline = parse_byline("Jonas Feldkirch, Herausgeber und Chefredakteur")
    assert byline is not None
    assert byline.people == (("Jonas Feldkirch", "Herausgeber und Chefredakteur"),)
    byline = parse_byline("Lucía Ferrández, Editora y Directora")
    assert byline is not None
    assert byline.people == (("Lucía Ferrández", "Editora y Directora"),)


def test_a_second_writer_after_and_stays_a_writer() -> None:
    byline = parse_byline("Marguerite Oakhollow, Editor and Tom Okafor")
    assert byline is not None
    assert [name for name, _ in byline.people] == ["Marguerite Oakhollow", "Tom Okafor"]


def test_joined_titles_byline_over_a_date_in_the_page() -> None:
    text = _page(
        "Harbour council approves new ferry timetable",
        "Marguerite Oakhollow, Editor and Publisher\n\nMarch 3, 2026",
        _EN,
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Marguerite Oakhollow", "Editor and Publisher")
    ]
    text = _page(
        "Stadtrat beschließt neuen Busfahrplan",
        "Jonas Feldkirch, Herausgeber und Chefredakteur\n\n27.11.2026 16:40",
        _DE,
    )
    assert [a.name for a in parse_plaintext(text).authors] == ["Jonas Feldkirch"]
    text = _page(
        "El ayuntamiento aprueba el nuevo horario de autobuses",
        "Por Lucía Ferrández, Editora y Directora\n\n23 nov 2026",
        _ES,
    )
    assert [a.name for a in parse_plaintext(text).authors] == ["Lucía Ferrández"]


_OBIT = [
    "Aurelio Benavente, que durante más de cuarenta años mantuvo abierta la última "
    "herrería del valle, falleció el jueves a los 91 años en su casa de la calle Mayor.",
    "Sus vecinos lo recuerdan como un hombre paciente que nunca cobró por arreglar las "
    "herramientas de los huertos comunales.",
]


def test_place_opening_the_date_row_is_no_second_writer() -> None:
    title = "Fallece Aurelio Benavente, el último herrero del valle"
    for head in (
        "Remedios Olivares\n\nVillanueva del Campo | 28·11·26 | 19:35",
        "Villanueva del Campo | 28·11·26 | 19:35\n\nRemedios Olivares",
    ):
        article = parse_plaintext(_page(title, head, _OBIT))
        assert [a.name for a in article.authors] == ["Remedios Olivares"]
        assert str(article.published)[:10] == "2026-11-28"


def test_place_in_a_german_date_row_beside_the_writer() -> None:
    text = _page(
        "Stadtrat beschließt neuen Busfahrplan",
        "Jonas Feldkirch\n\nBad Ellerbach | 27.11.2026 | 16:40",
        _DE,
    )
    assert [a.name for a in parse_plaintext(text).authors] == ["Jonas Feldkirch"]
