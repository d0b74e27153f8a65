"""Round 21 (noblank): pages printed without any blank line (a select-all copy, a scraper's
one line per block) — a portal's metadata table of label and value lines over the
headline, and a dek right under the headline over the lead photo's caption or the prose.
Every sentence, person, place and site is invented."""

from __future__ import annotations

import pytest
from readerblocks import figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _noblank(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_PROSE = {
    "en": (
        "More than four thousand farming households in the valley have bought seed at "
        "voucher fairs this month, the first fairs held there since the rains failed.",
        "The fairs, run in six districts with the farmers' union, let families choose the "
        "varieties they trust instead of receiving a single variety in a sack.",
        "Traders are paid by the network after each fair, once the vouchers are counted.",
    ),
    "de": (
        "Die neue Fähre zwischen Altenwerder und der Insel Grauholm hat am Montag ihren "
        "Dienst aufgenommen und ersetzt das fast vierzig Jahre alte Schiff der Linie.",
        "Das Schiff fährt mit Strom aus Batterien, die am Anleger in zwanzig Minuten "
        "geladen werden, und bietet Platz für zweihundert Fahrgäste und zwölf Autos.",
        "Die Gemeinde hofft, dass im Sommer mehr Tagesgäste auf die Insel kommen.",
    ),
    "pt": (
        "A ponte velha de Castro Alvarinho reabriu esta quinta-feira ao trânsito, oito "
        "meses depois de ter sido fechada por causa de fissuras num dos pilares.",
        "A obra custou 1,4 milhões de euros e foi paga em partes iguais pela câmara "
        "municipal e por fundos regionais, segundo o presidente da autarquia.",
        "A câmara promete rever a medida dentro de um ano.",
    ),
}


@pytest.mark.parametrize(
    ("lang", "rows", "headline", "day"),
    [
        (
            "en",
            ("Country", "Tarvania", "Source", "Dryland Harvest Network", "Posted",
             "18 Feb 2026", "Format", "News and Press Release"),
            "Seed fairs return to the valley after two failed rains",
            "2026-02-18",
        ),
        (
            "de",
            ("Quelle", "Gemeinde Grauholm", "Veröffentlicht", "12.03.2026", "Rubrik",
             "Verkehr"),
            "Neue Elektrofähre verbindet Grauholm mit dem Festland",
            "2026-03-12",
        ),
    ],
)
def test_metadata_table_without_blank_lines(lang, rows, headline, day) -> None:
    text = _noblank("Home", "Updates", "Sign in", *rows, headline, *_PROSE[lang])
    article = parse_plaintext(text)
    assert article.title == headline
    assert article.published is not None and article.published.startswith(day)


def test_menu_without_date_pair_is_no_table() -> None:
    # short lines with no date label over a date: a menu, not a table of pairs
    from syndicate.readers.scraped.lines import split_lines
    from syndicate.readers.scraped.region import label_table_pair

    menu = ("Skip to main content", "News", "Sport", "Region", "Weather", "Jobs", "Help")
    lines = split_lines(_noblank(*menu))
    assert not any(label_table_pair(lines, k) for k in range(2, len(lines)))
    lines = split_lines(
        _noblank("Skip to main content", "Source", "Harbour Office", "Posted", "3 Mar 2026")
    )
    assert label_table_pair(lines, 2) and label_table_pair(lines, 4)


@pytest.mark.parametrize(
    ("lang", "headline", "dek", "under"),
    [
        (
            "pt",
            "Ponte velha de Castro Alvarinho reabre ao trânsito depois de obras",
            "Câmara gastou 1,4 milhões de euros na reparação dos pilares da ponte",
            ("A ponte voltou a receber carros esta manhã. Foto: Rui Tavares Lemos",),
        ),
        (
            "de",
            "Neue Elektrofähre verbindet Grauholm mit dem Festland",
            "Das Schiff ersetzt die fast vierzig Jahre alte Fähre der Inselgemeinde",
            ("Die neue Fähre am Anleger von Altenwerder", "Foto: Jens Harmsen"),
        ),
        (
            "en",
            "Seed fairs return to the valley",
            "Farmers swap sorghum and cowpea seed for vouchers",
            (),
        ),
    ],
)
def test_dek_under_headline_without_blank_lines(lang, headline, dek, under) -> None:
    text = _noblank("Home", "News", headline, dek, *under, *_PROSE[lang], "© 2026 Site")
    article = parse_plaintext(text)
    assert article.title == headline
    assert article.subtitle == dek
    assert dek not in paragraphs(article)


def test_short_subhead_under_long_headline_stays_body() -> None:
    headline = (
        "Cartas al director: el puente de hierro, las guardias del centro de salud y un perro"
    )
    subhead = "El puente de hierro merece algo más que vallas"
    prose = (
        "Desde el verano el puente de hierro sobre el Cinca está cerrado al tráfico y "
        "rodeado de vallas, y nadie ha explicado a los vecinos cuándo volverá a abrirse."
    )
    text = _noblank("Inicio", "Opinión", headline, subhead, prose, prose.replace("verano", "otoño"))
    article = parse_plaintext(text)
    assert article.subtitle is None


@pytest.mark.parametrize(
    ("lang", "credit_line", "credit", "caption", "after"),
    [
        (
            "de",
            "Bild: Tierheim Grauholm e. V.",
            "Tierheim Grauholm e. V.",
            "Viele der Katzen waren stark verfilzt und mussten geschoren werden.",
            None,
        ),
        (
            "pt",
            "Foto: Rui Tavares Lemos",
            "Rui Tavares Lemos",
            "Os técnicos reforçaram os pilares com cintas de betão.",
            "Camiões ficam de fora",
        ),
    ],
)
def test_credit_over_caption_between_paragraphs_without_blank_lines(
    lang, credit_line, credit, caption, after
) -> None:
    first, second, third = _PROSE[lang]
    lead = first + " " + second
    tail = (after,) if after else ()
    text = _noblank("Home", "News", "A headline for the story of this test", lead, credit_line,
                    caption, *tail, second + " " + first, third)
    article = parse_plaintext(text)
    assert (caption, credit) in figures(article)
    assert caption not in paragraphs(article)
