"""Round 19 (liveblog): a live page's badge glued before its headline ("LIVE: …",
"EN DIRECT. …") is not part of the title, and the audio widgets over an article ("Listen
to the article 4 min", "This article was voiced by AI.", "Artikel anhören 4 Min.", "Cet
article a été lu par une voix de synthèse.") are neither its dek nor its first paragraph.
Every sentence is invented."""

from __future__ import annotations

import pytest

from syndicate.model import Article, Paragraph
from syndicate.readers.plaintext import parse_plaintext

_EN = [
    "Western Grid says 12,400 homes are without power across the county after the storm.",
    "Ferries between Porthmere and the islands have been cancelled for the rest of the day, "
    "the operator said.",
    "The Met Office has upgraded its warning to amber for wind along the whole coast on Thursday.",
]
_DE = [
    "Die Polizei hat die Sperrung der B17 zwischen Unterbrunn und Hochfeld am Mittag aufgehoben.",
    "Die Feuerwehr meldet, dass der Brand unter Kontrolle ist. Die Nachlöscharbeiten dauern "
    "aber noch bis in den Abend.",
    "Der Landrat bittet die Anwohner, weiterhin Fenster und Türen geschlossen zu halten.",
]
_FR = [
    "Le préfet annonce un point presse à 16 heures en mairie, a indiqué la préfecture.",
    "Les pompiers ont installé un périmètre de sécurité de 500 mètres autour du quai.",
    "Un deuxième entrepôt a été touché par les flammes, selon la capitainerie du port.",
]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _paragraphs(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize(
    ("badged", "title"),
    [
        (
            "LIVE: Storm Idris batters the coast as thousands lose power",
            "Storm Idris batters the coast as thousands lose power",
        ),
        (
            "LIVE UPDATES – Storm Idris batters the coast as thousands lose power",
            "Storm Idris batters the coast as thousands lose power",
        ),
    ],
)
def test_live_badge_before_the_headline_leaves_the_title(badged: str, title: str) -> None:
    article = parse_plaintext(
        _page("Home / News", badged, "By Ruth Penhallow", "12 March 2026", *_EN)
    )
    assert article.title == title
    assert _paragraphs(article)[0] == _EN[0]


def test_french_direct_badge_leaves_the_title() -> None:
    article = parse_plaintext(
        _page(
            "Accueil > Faits divers",
            "EN DIRECT. Incendie au port de Sainte-Orlane : le préfet demande aux riverains "
            "de rester chez eux",
            "Par Jeanne Castagnède",
            "Publié le 3 mars 2026 à 09h00",
            *_FR,
        )
    )
    assert article.title == (
        "Incendie au port de Sainte-Orlane : le préfet demande aux riverains de rester chez eux"
    )


def test_a_short_live_line_or_a_headline_with_live_inside_stays_whole() -> None:
    # "Live: 3 updates" has no headline after the badge; "Live music returns …" is a
    # headline whose first word only looks like the badge (no mark after it).
    # "Live updates: …" in the headline's own case is the desk's wording, not a badge.
    for title in (
        "Live music returns to the Harbour Hall after two years",
        "Live: 3 updates",
        "Live updates: Storm Idris batters the coast as thousands lose power",
    ):
        article = parse_plaintext(
            _page("Home / News", title, "By Ruth Penhallow", "12 March 2026", *_EN)
        )
        assert article.title == title


@pytest.mark.parametrize(
    ("widget", "headline", "body", "byline", "date"),
    [
        (
            "Listen to the article 4 min",
            "Storm Idris batters the coast as thousands lose power overnight",
            _EN,
            "By Ruth Penhallow",
            "12 March 2026",
        ),
        (
            "This article was voiced by AI.",
            "Storm Idris batters the coast as thousands lose power overnight",
            _EN,
            "By Ruth Penhallow",
            "12 March 2026",
        ),
        (
            "Artikel anhören 4 Min.",
            "Großbrand in Lagerhalle bei Unterbrunn: Rauchwolke über dem Landkreis",
            _DE,
            "Von Theresa Kalb",
            "14.05.2026",
        ),
        (
            "Cet article a été lu par une voix de synthèse.",
            "Incendie au port de Sainte-Orlane : le préfet demande aux riverains de rester",
            _FR,
            "Par Jeanne Castagnède",
            "3 mars 2026",
        ),
    ],
)
def test_audio_widget_is_neither_dek_nor_body(
    widget: str, headline: str, body: list[str], byline: str, date: str
) -> None:
    article = parse_plaintext(_page("Home", headline, widget, byline, date, *body))
    assert article.subtitle in (None, "")
    assert _paragraphs(article) == body
    assert all(widget not in text for text in _paragraphs(article))


def test_wrapped_timed_entries_stay_body() -> None:
    # w3m wrapped each update at 80 columns: the first line of an entry ends mid-sentence
    # and looked like a feed's timed headline.
    text = "\n".join(
        [
            "Kreisbote Online   Region | Sport | Wirtschaft | Kultur",
            "",
            "Liveticker zum Hochwasser: Pegel in Talheim sinkt langsam",
            "",
            "Stand: 14.05.2026, 18:40 Uhr",
            "",
            "18:40 Uhr: Der Pegel am Neckar in Talheim ist seit dem Mittag um 20 Zentimeter",
            "gesunken. Die Stadt hebt die Sperrung der Uferstraße trotzdem noch nicht auf.",
            "",
            "17:12 Uhr: Das Technische Hilfswerk hat die Sandsackbarriere an der Schule",
            "verstärkt.",
            "",
            "16:05 Uhr: Landrat Peter Aigner besucht die Einsatzkräfte in der Feuerwache.",
            "",
            "14:30 Uhr: Die Bahn meldet: Die Strecke Talheim–Lauffen bleibt bis Freitag",
            "gesperrt.",
            "",
        ]
    )
    paragraphs = _paragraphs(parse_plaintext(text))
    assert paragraphs == [
        "18:40 Uhr: Der Pegel am Neckar in Talheim ist seit dem Mittag um 20 Zentimeter "
        "gesunken. Die Stadt hebt die Sperrung der Uferstraße trotzdem noch nicht auf.",
        "17:12 Uhr: Das Technische Hilfswerk hat die Sandsackbarriere an der Schule verstärkt.",
        "16:05 Uhr: Landrat Peter Aigner besucht die Einsatzkräfte in der Feuerwache.",
        "14:30 Uhr: Die Bahn meldet: Die Strecke Talheim–Lauffen bleibt bis Freitag gesperrt.",
    ]


def test_a_feed_of_timed_headlines_stays_a_ticker() -> None:
    # One timed headline a line, no blank line closing each: a news feed, not entries.
    text = "\n".join(
        [
            "Storm Idris batters the coast as thousands lose power overnight",
            "By Ruth Penhallow",
            "",
            *_EN,
            "",
            "Latest",
            "15:58 Subway fares to rise in the spring",
            "16:02 Polls close across the county",
            "16:40 Harbour Hall reopens after repairs",
            "",
        ]
    )
    assert _paragraphs(parse_plaintext(text)) == _EN


def test_wrapped_entries_without_a_mark_after_the_clock_stay_body() -> None:
    text = "\n".join(
        [
            "Kreisbote Online   Region | Sport | Wirtschaft | Kultur",
            "",
            "Großbrand in Lagerhalle bei Unterbrunn: Rauchwolke über dem Landkreis",
            "",
            "Von Theresa Kalb | 14.05.2026",
            "",
            "11:40 Die Polizei hat die Sperrung der B17 zwischen Unterbrunn und Hochfeld am",
            "Mittag wieder aufgehoben.",
            "",
            "10:58 Die Feuerwehr meldet, dass der Brand unter Kontrolle ist. Die Nachlöscharbeiten",
            "dauern aber noch bis in den Abend.",
            "",
            "09:57 Die Polizei sperrt die Bundesstraße in beide Richtungen. Autofahrer sollen das",
            "Gebiet großräumig umfahren.",
            "",
            "Mehr zum Thema",
            "",
        ]
    )
    assert _paragraphs(parse_plaintext(text)) == [
        "11:40 Die Polizei hat die Sperrung der B17 zwischen Unterbrunn und Hochfeld am "
        "Mittag wieder aufgehoben.",
        "10:58 Die Feuerwehr meldet, dass der Brand unter Kontrolle ist. Die Nachlöscharbeiten "
        "dauern aber noch bis in den Abend.",
        "09:57 Die Polizei sperrt die Bundesstraße in beide Richtungen. Autofahrer sollen das "
        "Gebiet großräumig umfahren.",
    ]
