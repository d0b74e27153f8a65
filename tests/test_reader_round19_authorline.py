"""Round 19 (authorline): author lines the probes missed — a column's byline ("Une
chronique de NAME, stagiaire", "Eine Kolumne von NAME"), a role printed before the name
and a dash ("Корреспондент — NAME", "Reporter – NAME"), a name signing the story under its
last paragraph with its role or e-mail on the next line and no blank line between, and a
labelled bio that opens with the writer's title instead of the name. Every sentence is
invented."""

from __future__ import annotations

from syndicate.model import Article, Paragraph
from syndicate.readers.plaintext import parse_plaintext

_FR = [
    "Il reste trois cabines téléphoniques à Port-Sauvin, et la plus ancienne n'a plus de "
    "combiné depuis 2009.",
    "Depuis l'automne, elle sert de boîte à livres, avec deux étagères en pin et une "
    "étiquette écrite à la main.",
    "Personne ne range les livres par ordre alphabétique, et c'est très bien ainsi.",
]
_DE = [
    "Drei Telefonzellen gibt es noch am Hafen von Kleinmarsch, die älteste hat seit 2009 "
    "keinen Hörer mehr.",
    "Seit dem Herbst dient sie als Bücherschrank mit zwei Regalen aus Kiefer.",
    "Niemand sortiert die Bücher alphabetisch, und das ist auch gut so.",
]
_EN = [
    "The ferry between Lowmarsh and Cattering will be replaced this summer by an electric "
    "boat, the county council said on Friday.",
    "The old ferry has crossed the river since 1987 and will be sold to a museum harbour.",
    "Cyclists and walkers will continue to cross for free, the council added.",
]
_RU = [
    "За восемь лет город трижды принимал велосипедную концепцию, и каждый раз всё "
    "заканчивалось одним отрезком вдоль парка.",
    "Сейчас этот отрезок длиной 840 метров остаётся единственной велодорожкой в городе.",
    "Пока у сети нет хозяина, карта с зелёными линиями останется картинкой.",
]
_NL = [
    "De veerpont tussen Lingeroord en Hoornwaal krijgt deze zomer een elektrische "
    "opvolger, meldt de gemeente.",
    "De huidige pont vaart sinds 1987 en wordt in mei verkocht aan een museumhaven.",
    "Voor fietsers en voetgangers blijft de overtocht gratis.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _copy(*lines: str) -> str:
    """A reader-mode or select-all copy: one line per block, no blank lines."""
    return "\n".join(lines) + "\n"


def _people(article: Article) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in article.authors]


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def test_column_byline_with_its_role() -> None:
    text = _page(
        "CHRONIQUE",
        "Les cabines de Port-Sauvin ont trouvé une seconde vie",
        "Une chronique de Solène Parmentier, stagiaire",
        "12 mars 2026",
        *_FR,
    )
    article = parse_plaintext(text)
    assert _people(article) == [("Solène Parmentier", "stagiaire")]
    assert not any("chronique" in h.casefold() for h in _texts(article))


def test_german_column_byline() -> None:
    text = _page(
        "Die Gemeinde behält ihre alten Telefonzellen am Hafen",
        "Eine Kolumne von Petra Vollmerding",
        "12.03.2026",
        *_DE,
    )
    assert _people(parse_plaintext(text)) == [("Petra Vollmerding", None)]


def test_role_before_a_dash_is_the_role() -> None:
    cases = [
        ("Почему в городе нет велодорожки длиннее километра", "Корреспондент — Илья Заварзин",
         "14 апреля 2026", _RU, ("Илья Заварзин", "Корреспондент")),
        ("Council approves an electric ferry for the crossing", "Reporter – Jane Holloway",
         "17 April 2026", _EN, ("Jane Holloway", "Reporter")),
        ("Die Gemeinde behält ihre alten Telefonzellen am Hafen",
         "Korrespondentin – Petra Vollmerding", "12.03.2026", _DE,
         ("Petra Vollmerding", "Korrespondentin")),
    ]
    for title, byline, date, body, want in cases:
        article = parse_plaintext(_page(title, byline, date, *body))
        assert _people(article) == [want], byline
        assert _texts(article)[0] == body[0], byline


def test_photographer_before_a_dash_is_no_writer() -> None:
    text = _page(
        "Council approves an electric ferry for the crossing",
        "Photographer – Jane Holloway",
        "17 April 2026",
        *_EN,
    )
    assert _people(parse_plaintext(text)) == []


def test_signed_name_with_role_under_the_last_paragraph_without_blank_lines() -> None:
    text = _copy(
        "Nieuwe veerpont vaart vanaf juni elektrisch",
        "vr 17 april 2026, 14:20",
        *_NL,
        "Jorien Brouwermans",
        "Verslaggever",
        "Deel dit artikel",
    )
    article = parse_plaintext(text)
    assert _people(article) == [("Jorien Brouwermans", "Verslaggever")]
    assert _texts(article)[-1] == _NL[-1]


def test_name_under_the_last_paragraph_with_a_long_line_after_it_is_no_signature() -> None:
    text = _copy(
        "Nieuwe veerpont vaart vanaf juni elektrisch",
        "vr 17 april 2026, 14:20",
        *_NL,
        "Wouter Baaij",
        "Schipper Wouter Baaij staat al negentien jaar op de pont en kent elke stroming "
        "van de rivier.",
    )
    assert _people(parse_plaintext(text)) == []


def test_labelled_bio_opening_with_a_title() -> None:
    text = _page(
        "Почему в городе нет велодорожки длиннее километра",
        "Автор: Илья Заварзин",
        "14 апреля 2026",
        *_RU,
        "Об авторе",
        "Журналист, пишет о транспорте и благоустройстве с 2019 года.",
        "Поделиться",
    )
    article = parse_plaintext(text)
    assert article.authors[0].bio == "Журналист, пишет о транспорте и благоустройстве с 2019 года."
    assert _texts(article)[-1] == _RU[-1]
