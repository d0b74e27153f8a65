"""Round 14 (roles): a byline's writer keeps the role the page prints — a lower-case title
after the comma, a department after a pipe or a dash, an office before the name. Every
name and sentence here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline

_STORY = (
    "De gemeente heeft dinsdag een nieuwe steiger voor de veerpont goedgekeurd, nadat "
    "passagiers twee jaar lang bij laag water via een ladder aan boord moesten klimmen.\n\n"
    "De steiger wordt deze winter gebouwd door een aannemer uit de regio en moet voor de "
    "eerste zomervaart in april klaar zijn, liet het college weten.\n\n"
    "Schippers zijn blij met het besluit. De ladder was volgens hen het zwaarste deel van "
    "de overtocht voor oudere passagiers.\n"
)


def _people(text: str) -> tuple[tuple[str, str | None], ...]:
    found = parse_byline(text)
    assert found is not None
    return found.people


def test_lower_case_title_after_comma_is_the_role() -> None:
    assert _people("By Lotte van Beek, tuincoördinator") == (("Lotte van Beek", "tuincoördinator"),)
    assert _people("By Jan Nowak, programistka kina") == (("Jan Nowak", "programistka kina"),)


def test_place_after_comma_stays_no_role() -> None:
    assert _people("By Pierre Dupont, à Lyon") == (("Pierre Dupont", None),)
    assert _people("By Jane Roe, Brussels") == (("Jane Roe", None),)


def test_department_after_pipe_or_dash_is_the_role_not_a_second_writer() -> None:
    assert _people("By Marta Ibáñez Soler | Gabinete de Comunicación") == (
        ("Marta Ibáñez Soler", "Gabinete de Comunicación"),
    )
    assert _people("By Ana Gil - Gabinete de Prensa") == (("Ana Gil", "Gabinete de Prensa"),)
    assert _people("Eva Smit | Afdeling Communicatie") == (("Eva Smit", "Afdeling Communicatie"),)


def test_capitalised_office_after_comma_is_the_role() -> None:
    assert _people("By Tom Reed, Sailing Secretary") == (("Tom Reed", "Sailing Secretary"),)


def test_capitalised_office_before_the_name_is_split_off() -> None:
    assert _people("Branch Secretary Aileen Morrow") == (("Aileen Morrow", "Branch Secretary"),)
    assert _people("By Voorzitter Henk de Wit") == (("Henk de Wit", "Voorzitter"),)
    assert _people("Anna Maria Lopez") == (("Anna Maria Lopez", None),)


def test_page_with_role_in_byline_row() -> None:
    text = (
        "Steiger voor de veerpont goedgekeurd na twee jaar klimmen\n\n"
        "Door Sanne Kuipers, havenmeester · 3 maart 2026\n\n" + _STORY
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [("Sanne Kuipers", "havenmeester")]


def test_department_in_brackets_is_the_role() -> None:
    assert _people("By Ana Gil (Gabinete de Comunicación)") == (
        ("Ana Gil", "Gabinete de Comunicación"),
    )
    assert _people("By Jeanne Martin (Villefranche)") == (("Jeanne Martin", None),)
