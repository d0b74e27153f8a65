"""Round 20: two small caption cleanups found by the round's probes — the one mark of an
italic span that a dump tool wrapped mid-line ("… the week _(photo" / "Archive)_") and a
slash joining a caption to its credit ("… in the theatre. / PHOTO: Name"). Every sentence
is invented."""

from __future__ import annotations

from syndicate.model import Figure
from syndicate.readers.plaintext import parse_plaintext

_IT_BODY = """Il consorzio ha chiuso la vendemmia con il raccolto più alto degli ultimi dieci
anni, grazie a un'estate asciutta e a un settembre senza grandine sulle colline
che guardano il lago da nord e da est.

I produttori hanno consegnato alle cantine sociali oltre duemila quintali di
uve, un terzo in più rispetto all'anno scorso, secondo i dati diffusi lunedì
dal consorzio nel corso di una conferenza stampa in municipio.

Le prime bottiglie della nuova annata saranno presentate in primavera durante
la fiera del vino, che quest'anno si terrà per la prima volta sotto i portici.
"""


def _it_page(caption: str) -> str:
    return (
        "# Il consorzio chiude la vendemmia con un raccolto record nelle colline del lago\n\n"
        "di Marta Quirici\n\n12 novembre 2026\n\n![](https://example.org/img/vigna.jpg)\n\n"
        f"{caption}\n\n{_IT_BODY}"
    )


def _figure(text: str) -> Figure:
    article = parse_plaintext(text)
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    assert figures, article.blocks
    return figures[0]


def test_wrapped_italic_credit_leaves_no_mark_on_the_caption() -> None:
    figure = _figure(
        _it_page(
            "I vendemmiatori al lavoro nelle vigne sopra il paese _(foto Consorzio\n"
            "Colline del Lago)_"
        )
    )
    assert figure.caption == "I vendemmiatori al lavoro nelle vigne sopra il paese"
    assert figure.credit == "Consorzio Colline del Lago"


def test_wrapped_italic_mark_opening_the_credit_word_goes() -> None:
    figure = _figure(
        _it_page(
            "I vendemmiatori al lavoro nelle vigne sopra il paese nella prima settimana _(foto\n"
            "Consorzio Colline del Lago)_"
        )
    )
    assert figure.caption == (
        "I vendemmiatori al lavoro nelle vigne sopra il paese nella prima settimana"
    )
    assert figure.credit == "Consorzio Colline del Lago"


def test_underscore_inside_a_word_is_kept() -> None:
    text = (
        "Config loader rewritten for the new release\n\nBy Ann Lee\n\n"
        "The new loader reads the setting cache_dir from the user's file and no longer\n"
        "from the environment, which caused trouble on shared machines last year.\n\n"
        "Two more settings move the same way in the next release of the tool.\n"
    )
    article = parse_plaintext(text)
    assert any("cache_dir" in getattr(b, "text", "") for b in article.blocks)


def test_slash_between_caption_and_credit_is_neither() -> None:
    text = (
        "Las murgas del barrio sur pasan a semifinales\n\nRedacción | 3 de febrero de 2026\n\n"
        "Los componentes de la murga Los Faroleros durante su actuación del sábado en el "
        "teatro. / FOTO: ANA BELÉN RUIZ\n\n"
        "La murga Los Faroleros se clasificó el sábado para las semifinales del concurso de "
        "agrupaciones tras una actuación que el público despidió en pie durante varios "
        "minutos.\n\n"
        "El jurado valoró sobre todo el repertorio de cuplés, escrito este año por dos "
        "vecinos del barrio que debutan como autores.\n\n"
        "Las semifinales se celebrarán el próximo fin de semana en el mismo teatro.\n"
    )
    figure = _figure(text)
    assert figure.caption == (
        "Los componentes de la murga Los Faroleros durante su actuación del sábado en el "
        "teatro."
    )
    assert figure.credit == "ANA BELÉN RUIZ"


def test_table_rows_opening_with_a_number_cut_no_comment_section() -> None:
    """A query's output printed as rows ("12 │ t 5 │ f", then "5 │ f") opens with a number
    and "names" another whole line, but it is no comment header ("2 thoughts on …")."""
    rows = "\n".join(f"{n} │ {'t' if n == 12 else 'f'}" for n in (2, 3, 5, 2, 3))
    text = (
        "Finding odd values in a column with plain SQL\n\nBy Ann Lee\n\n"
        "A short query can flag the values that sit far from the rest of a series, "
        "without any statistics package installed on the database server.\n\n"
        f"{rows}\n12 │ t 5 │ f\n3 │ f\n\n"
        "The twelve stands out clearly, and the query marks it without any threshold "
        "chosen by hand, which is the point of the method.\n\n"
        "The same idea works on a moving window, which the next part of this series "
        "will show on a year of sales data from an invented shop.\n"
    )
    article = parse_plaintext(text)
    assert any("moving window" in getattr(b, "text", "") for b in article.blocks)


_LONG_FIRST = (
    "The county's two lifeboat crews were called out four times over the weekend, twice "
    "to walkers cut off by the tide below the cliffs and twice to small boats whose "
    "engines had failed in the strong easterly wind, the station said on Monday."
)


def _lead(first: str) -> list[object]:
    text = (
        "Busy weekend for the lifeboat station\n\nBy Ann Lee\n\n"
        f"{first}\n\n{_LONG_FIRST}\n\n"
        "Nobody was hurt, and the station thanked the coastguard teams who helped.\n"
    )
    return parse_plaintext(text).blocks


def test_a_five_word_first_sentence_stays_the_lede() -> None:
    """The lost lead photo's caption (round 20 captions) names who or what is seen: a
    five-word sentence ("Barely a boat was spared.") is the lede's first sentence."""
    blocks = _lead("Barely a boat was spared.")
    assert not isinstance(blocks[0], Figure)


def test_a_topic_row_in_capitals_is_no_lead_caption() -> None:
    blocks = _lead("LIFEBOATS COAST WEATHER RESCUE VOLUNTEERS")
    assert not any(
        isinstance(b, Figure) and "LIFEBOATS" in (b.caption or "") for b in blocks
    )


def test_a_six_word_scene_is_still_the_lead_caption() -> None:
    blocks = _lead("The inshore lifeboat at Kettle Cove.")
    assert isinstance(blocks[0], Figure)
    assert blocks[0].caption == "The inshore lifeboat at Kettle Cove."
