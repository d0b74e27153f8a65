"""Round 22 (scrapedg): real sport, gadget and motoring pages — a section label over a bare
date line above the headline (the label was taken as the title, the headline as its dek),
and an empty byline label over the date line (the date was read as the writer's name).
Every sentence, person, place and site is invented."""

from __future__ import annotations

from readerblocks import headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_DE_BODY = (
    "Nach dem dritten Sieg in Folge steht der TSV Lindenau zum ersten Mal seit elf Jahren "
    "an der Tabellenspitze der Bezirksliga.",
    "Trainer Holger Brandtner lobte vor allem die Abwehr, die in den letzten fünf Spielen "
    "nur ein einziges Gegentor zugelassen hat.",
    "Am Sonntag empfängt die Mannschaft den Tabellenzweiten aus Oberhain, Anstoß ist um "
    "15 Uhr auf dem Sportplatz am Mühlbach.",
)
_FR_BODY = (
    "Six aspirateurs-balais vendus moins de 200 euros ont passé trois semaines dans notre "
    "appartement témoin de Villeurbanne, entre parquet, carrelage et tapis.",
    "Le Vento S2 aspire le mieux les miettes sur le carrelage, mais sa batterie ne tient "
    "que vingt minutes en mode puissant, selon nos mesures.",
    "Notre préféré reste le Kalo 7, plus lent mais plus silencieux, et dont le bac se vide "
    "sans salir les mains.",
)


# -- title.under-section-date --------------------------------------------------------------


def test_section_label_over_date_line_is_no_title() -> None:
    caption = "Holger Brandtner an der Seitenlinie beim Spiel gegen Kirchbach"
    text = _blocks(
        "Fußball",
        "04.12.2026, 18:30 Uhr",
        "Der TSV Lindenau stürmt an die Spitze der Bezirksliga",
        caption + "\n" + caption,
        *_DE_BODY,
    )
    article = parse_plaintext(text)
    assert article.title == "Der TSV Lindenau stürmt an die Spitze der Bezirksliga"
    assert article.subtitle is None
    assert article.published is not None and article.published.startswith("2026-12-04")


def test_short_headline_over_date_and_dek_stays_title() -> None:
    # a short headline over its date and a dek over the first paragraph: no section label
    text = _blocks(
        "Lindenau an der Spitze",
        "04.12.2026, 18:30 Uhr",
        "Der TSV gewinnt zum dritten Mal in Folge und führt die Bezirksliga an",
        *_DE_BODY,
    )
    article = parse_plaintext(text)
    assert article.title == "Lindenau an der Spitze"


# -- empty byline label over the date line ------------------------------------------------


def test_empty_byline_label_over_date_line_is_no_author() -> None:
    text = _blocks(
        "Comparatif : six aspirateurs-balais à moins de 200 euros",
        "Par\nLe 3 décembre 2026\n 0",
        *_FR_BODY,
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == []
    assert article.published is not None and article.published.startswith("2026-12-03")


def test_byline_label_over_name_still_read() -> None:
    text = _blocks(
        "Comparatif : six aspirateurs-balais à moins de 200 euros",
        "Par\nJoanne Mercadier\nLe 3 décembre 2026",
        *_FR_BODY,
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Joanne Mercadier"]


# -- related_markers: "Plus d'actualités" ---------------------------------------------------


def test_more_news_label_is_no_heading() -> None:
    text = _blocks(
        "Comparatif : six aspirateurs-balais à moins de 200 euros",
        *_FR_BODY,
        "Plus d'actualités",
        "Tablettes : la rentrée des modèles à écran mat",
    )
    article = parse_plaintext(text)
    assert "Plus d'actualités" not in headings(article)
    assert "Plus d'actualités" not in paragraphs(article)
