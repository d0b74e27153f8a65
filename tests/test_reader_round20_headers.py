"""Round 20 (headers): the headline zone. A post-meta row's connector followed by one
capitalised word ("Pubblicato il 3 marzo 2026 da Roma", "… von Berlin", "… przez
Kraków") names a place, not the writer, unless the word is an account of the cue data
("Zarząd", "Vorstand", "Secretaría") or a user name in camel case. Every sentence,
name and place is invented."""

from __future__ import annotations

import pytest

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.headerline import _posting_account


def _page(site: str, label: str, headline: str, row: str, *paras: str) -> str:
    return "\n\n".join([site, label, headline, row, *paras])


_IT = (
    "Associazione Amici del Lago di Varenzo APS",
    "Notizie",
    "Il pontile dei pescatori riapre dopo due anni di lavori",
    "Pubblicato il 3 marzo 2026 da {w}",
    "Dopo due anni di cantiere il vecchio pontile dei pescatori di Varenzo è stato "
    "riaperto sabato mattina alla presenza di un centinaio di soci e di molti curiosi.",
    "I lavori, finanziati con una raccolta fondi tra i soci e un contributo della regione, "
    "hanno sostituito le travi di legno marcite e rifatto l'illuminazione.",
)
_DE = (
    "Sternfreunde Haselbach e.V.",
    "Aktuelles",
    "Neue Sitzbänke für die Beobachtungswiese",
    "Veröffentlicht am 14. Oktober 2026 von {w}",
    "Auf der Beobachtungswiese hinter der Sternwarte stehen seit dem Wochenende sechs neue "
    "Sitzbänke, die Mitglieder in ihrer Freizeit aus heimischem Lärchenholz gebaut haben.",
    "Die alten Bänke waren nach mehr als zwanzig Jahren im Freien morsch geworden und "
    "mussten im Frühjahr abgebaut werden.",
)
_PL = (
    "Stowarzyszenie Miłośników Ziemi Borzęckiej",
    "Aktualności",
    "Nowe ławki przy szlaku nad rzeką",
    "Opublikowano 3 marca 2026 przez {w}",
    "W sobotę wolontariusze ustawili przy szlaku nad rzeką dwanaście nowych ławek, "
    "wykonanych z drewna dębowego przez stolarzy z Borzęcina.",
    "Ławki ufundowali członkowie stowarzyszenia ze składek i zbiórki przeprowadzonej "
    "podczas jesiennego festynu.",
)
_ES = (
    "Peña Ciclista Valdejara",
    "Noticias",
    "La marcha de otoño reúne a trescientos ciclistas",
    "Publicado el 9 de marzo de 2026 por {w}",
    "La marcha de otoño de la peña reunió el domingo a trescientos ciclistas en un "
    "recorrido de ochenta kilómetros por los pueblos del valle.",
    "Los organizadores agradecieron la ayuda de los voluntarios que cubrieron los "
    "avituallamientos y los cruces más peligrosos.",
)
_FR = (
    "Amicale des Pêcheurs de la Vaunière",
    "Actualités",
    "Le ponton de la Vaunière rouvre après deux ans de travaux",
    "Publié le 3 mars 2026 par {w}",
    "Après deux ans de chantier, le vieux ponton des pêcheurs a rouvert samedi matin en "
    "présence d'une centaine de membres et de nombreux curieux venus du village.",
    "Les travaux, financés par une collecte entre les membres et une aide de la région, "
    "ont remplacé les poutres pourries et refait tout l'éclairage.",
)
_NL = (
    "Hengelsportvereniging De Snoek",
    "Nieuws",
    "Nieuwe steiger aan de Molenvliet geopend",
    "Geplaatst op 9 februari 2026 door {w}",
    "Na twee jaar bouwen is de nieuwe vissteiger aan de Molenvliet zaterdagochtend geopend "
    "in het bijzijn van ruim honderd leden en een flink aantal nieuwsgierige buren.",
    "De steiger is betaald uit de contributie, een bijdrage van de gemeente en de "
    "opbrengst van de jaarlijkse loterij van de vereniging.",
)


def _read(parts: tuple[str, ...], word: str):
    return parse_plaintext(_page(*(p.replace("{w}", word) for p in parts)))


@pytest.mark.parametrize(
    ("parts", "place"),
    [
        (_IT, "Roma"),
        (_DE, "Berlin"),
        (_PL, "Kraków"),
        (_ES, "Zaragoza"),
        (_FR, "Lyon"),
        (_NL, "Utrecht"),
    ],
)
def test_place_after_post_meta_connector_is_no_writer(parts, place) -> None:
    article = _read(parts, place)
    assert [a.name for a in article.authors] == []
    assert place not in [a.name for a in article.authors]


@pytest.mark.parametrize(("parts", "place"), [(_IT, "Roma"), (_DE, "Berlin")])
def test_row_with_a_place_still_a_post_meta_row_under_site_name(parts, place) -> None:
    # the headline under the club's name and a section label, over the row and prose
    article = _read(parts, place)
    assert article.title == parts[2]
    assert article.published is not None


@pytest.mark.parametrize(
    ("parts", "account"),
    [
        (_DE, "Vorstand"),
        (_PL, "Zarząd"),
        (_ES, "Secretaría"),
        (_NL, "Bestuur"),
        (_IT, "Redazione"),
        (_IT, "MarcoB"),
    ],
)
def test_account_after_post_meta_connector_still_the_writer(parts, account) -> None:
    article = _read(parts, account)
    assert [a.name for a in article.authors] == [account]
    assert article.title == parts[2]


def test_posting_account_words() -> None:
    assert _posting_account("Vorstand", "de")
    assert _posting_account("Direttivo", "it")
    assert _posting_account("Board", "fr")  # the English words count in any language
    assert _posting_account("GiuliaR", "it")
    assert not _posting_account("Roma", "it")
    assert not _posting_account("Kraków", "pl")
    assert not _posting_account("ROMA", "it")
