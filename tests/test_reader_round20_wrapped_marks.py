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
