"""Round 19b (bylines2): bylines the probes missed — the news agency after "with" that the
writer's copy used ("Par NAME avec AFP", "Por Redação X com Lusa", "Von NAME mit dpa", "By
NAME with Reuters"), which is no part of the name and no author beside the writer, and a
newsroom byline whose outlet's name is printed in quotes ("Редакція «…»"). Every sentence
is invented."""

from __future__ import annotations

from syndicate.model import Article, Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline, without_joined_agency

_FR = [
    "La soirée d'ouverture du festival de Saint-Orbin, prévue vendredi, est annulée en "
    "raison des orages annoncés, ont indiqué les organisateurs.",
    "Les billets seront remboursés automatiquement, précise le communiqué.",
    "Le festival attend près de 30 000 spectateurs sur trois jours.",
]
_PT = [
    "A Câmara Municipal de Vale Serrado aprovou esta quarta-feira um orçamento de 41 "
    "milhões de euros para 2026, com os votos contra da oposição.",
    "O presidente da autarquia disse que a prioridade será a habitação.",
    "A oposição pediu mais investimento nas freguesias rurais.",
]
_DE = [
    "Der Stadtrat von Lindenfurt hat am Mittwochabend mit großer Mehrheit einen neuen "
    "Radweg entlang der Uferstraße beschlossen.",
    "Die Bauarbeiten sollen im Sommer beginnen und etwa acht Monate dauern.",
    "Anwohner hatten seit Jahren über gefährliche Situationen geklagt.",
]
_UK = [
    "Міський стадіон у Зеленому Гаю відкриють для відвідувачів у квітні після двох років "
    "ремонту, повідомили в міській раді.",
    "На стадіоні замінили трибуни, освітлення та бігові доріжки.",
    "Перший матч на оновленій арені запланований на 18 квітня.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _people(article: Article) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in article.authors]


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def test_agency_after_avec_is_not_part_of_the_byline() -> None:
    text = _page(
        "Le festival de Saint-Orbin annule sa soirée d'ouverture",
        "Par Claire Vautrin avec AFP",
        "Publié le 3 juin 2026 à 10h12",
        *_FR,
    )
    article = parse_plaintext(text)
    assert _people(article) == [("Claire Vautrin", None)]
    assert not any("AFP" in p for p in _texts(article))


def test_newsroom_with_link_residue_then_com_agency() -> None:
    text = _page(
        "Câmara de Vale Serrado aprova orçamento de 41 milhões para 2026",
        "Por [Redação Gazeta do Vale](https://gazeta.example/autor/redacao) com Lusa",
        "10 de dezembro de 2025",
        *_PT,
    )
    assert _people(parse_plaintext(text)) == [("Redação Gazeta do Vale", None)]


def test_german_mit_dpa() -> None:
    text = _page(
        "Stadtrat beschließt neuen Radweg an der Uferstraße",
        "Von Anna Roth mit dpa",
        "12.03.2026, 14:20 Uhr",
        *_DE,
    )
    assert _people(parse_plaintext(text)) == [("Anna Roth", None)]


def test_english_with_agency_and_with_a_second_writer() -> None:
    found = parse_byline("By Jane Roe with Reuters")
    assert found is not None and found.people == (("Jane Roe", None),)
    # "with" before a person is a second writer, not an agency: both stay
    both = parse_byline("By Jane Roe with Tom Okafor")
    assert both is not None and [p for p, _ in both.people] == ["Jane Roe", "Tom Okafor"]
    assert without_joined_agency("Jane Roe and Tom Okafor with AFP and Reuters") == (
        "Jane Roe and Tom Okafor"
    )
    assert without_joined_agency("Jane Roe with Tom Okafor") == "Jane Roe with Tom Okafor"


def test_newsroom_word_then_comma_and_agencies() -> None:
    text = _page(
        "Câmara de Vale Serrado aprova orçamento de 41 milhões para 2026",
        "Por Redação, com agências",
        "10 de dezembro de 2025",
        *_PT,
    )
    assert _people(parse_plaintext(text)) == [("Redação", None)]


def test_newsroom_byline_with_quoted_outlet_name() -> None:
    text = _page(
        "Стадіон у Зеленому Гаю відкриють після ремонту",
        "Редакція «Вісті Гаю»",
        "12 березня 2026",
        *_UK,
    )
    article = parse_plaintext(text)
    assert _people(article) == [("Редакція «Вісті Гаю»", None)]
    assert _texts(article)[0].startswith("Міський стадіон")
