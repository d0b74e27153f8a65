"""Round 24 (bylrole): bylines with the writer's role around the name: a job word that no
data file lists, in lower case between the byline prefix and the name ("Door havenmeester
Joost Verhagen", "Par le garde-pêche Jean Roux"), and the labelled Slavic "author of the
article" prefix before a name and its role after a comma ("Автор статьи: Имя Фамилия,
ветеринарный врач"). Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext


def _authors(title: str, byline: str, *paragraphs: str) -> list[tuple[str, str | None]]:
    text = "\n\n".join((title, byline, "12.03.2026", *paragraphs)) + "\n"
    article = parse_plaintext(text)
    return [(a.name, a.role) for a in article.authors]  # type: ignore[attr-defined]


_NL = (
    "Havenwerken aan de oude kade van Meerwijk beginnen maandag",
    "De werkzaamheden aan de haven zijn maandag begonnen en duren naar verwachting drie "
    "weken, zo laat de gemeente Meerwijk weten.",
    "Tijdens de werkzaamheden is de kade afgesloten voor auto's en fietsers, maar "
    "voetgangers kunnen er wel langs.",
)
_EN = (
    "Harbour works begin on Monday at the old quay of Marlow Sands",
    "The works at the harbour began on Monday and are expected to last three weeks, the "
    "town council said in a statement.",
    "During the works the quay is closed to cars and bicycles, but people on foot can "
    "still walk along it.",
)
_FR = (
    "Les travaux du port de Sainte-Aurée commencent lundi sur le vieux quai",
    "Les travaux du port ont commencé lundi et doivent durer trois semaines, selon la "
    "mairie qui a présenté le chantier.",
    "Pendant les travaux, le quai est fermé aux voitures et aux vélos, mais les piétons "
    "peuvent toujours y passer.",
)
_RU = (
    "Работы в порту Заречинска начнутся в понедельник у старого причала",
    "Работы в порту начались в понедельник и продлятся три недели, сообщили в "
    "администрации города во вторник.",
    "Во время работ причал закрыт для машин и велосипедов, но пешеходы могут по нему "
    "ходить.",
)


def test_unlisted_job_before_the_name_is_the_role() -> None:
    title, *body = _NL
    found = _authors(title, "Door havenmeester Joost Verhagen", *body)
    assert found == [("Joost Verhagen", "havenmeester")]


def test_unlisted_job_in_a_wrapped_byline_row() -> None:
    title, *body = _NL
    found = _authors(title, "Door bosbeheerder Wouter Dekker | 3 april 2027,", *body)
    assert found == [("Wouter Dekker", "bosbeheerder")]


def test_unlisted_job_after_an_article() -> None:
    title, *body = _FR
    assert _authors(title, "Par le garde-pêche Jean Roux", *body) == [
        ("Jean Roux", "le garde-pêche")
    ]
    title, *body = _EN
    assert _authors(title, "By harbourmaster Ann Lee", *body) == [("Ann Lee", "harbourmaster")]


def test_prose_and_places_after_by_are_no_writer() -> None:
    title, *body = _EN
    assert _authors(title, "By the way Anna Smith", *body) == []
    title, *body = _NL
    assert _authors(title, "Door de gemeente Den Haag", *body) == []


def test_author_of_the_article_label_with_a_role_after_the_comma() -> None:
    title, *body = _RU
    found = _authors(
        title, "Автор статьи: Иван Петрович Сидоров, ветеринарный врач-терапевт", *body
    )
    assert found == [("Иван Петрович Сидоров", "ветеринарный врач-терапевт")]


def test_unlisted_job_after_a_possessive() -> None:
    title = "Las obras del puerto de Villaluz empiezan el lunes en el muelle viejo"
    body = (
        "Las obras del puerto comenzaron el lunes y durarán tres semanas, según informó "
        "el ayuntamiento en un comunicado.",
        "Durante las obras, el muelle estará cerrado a coches y bicicletas, aunque los "
        "peatones podrán seguir pasando.",
    )
    found = _authors(title, "Por nuestro guardacostas Luis Ortega", *body)
    assert found == [("Luis Ortega", "nuestro guardacostas")]
