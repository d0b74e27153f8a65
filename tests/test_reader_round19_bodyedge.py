"""Round 19 (bodyedge): the edges of the body the round's probes missed — view counters
("Просмотров: 1 208", "Leído 350 veces", "阅读：1208") read as a heading or the first
paragraph, an uncredited lead-photo caption ("FILE - …", "Imagen de archivo del …") that
ended the header so the byline and date under it were lost, and numbered results rows
("1. Kowalski – Nowak 1:0", "1. Wexcombe RC 14:02.6") cut from the body. Every sentence
is invented."""

from __future__ import annotations

import pytest

from syndicate.model import Article, Figure, ListBlock, Paragraph
from syndicate.readers.plaintext import parse_plaintext

_EN = [
    "Councillors approved a new zebra crossing outside Hill Lane Primary School on Tuesday "
    "after a petition signed by 900 residents.",
    "Work is expected to begin in the summer holidays and will take about three weeks, the "
    "council said.",
]
_ES = [
    "La asociación de vecinos del barrio de San Lázaro ha entregado en el Ayuntamiento 900 "
    "firmas para pedir un paso de peatones frente al colegio público.",
    "El concejal de Movilidad se comprometió a estudiar la petición antes del verano y a "
    "instalar un radar provisional.",
]
_RU = [
    "В посёлке Лесном после ремонта открылась сельская библиотека. На её обновление из "
    "районного бюджета выделили почти два миллиона рублей.",
    "Библиотека будет работать шесть дней в неделю, а по субботам в ней будут проходить "
    "занятия для детей.",
]
_PL = [
    "Drogowcy zakończyli budowę chodnika na ulicy Lipowej. Inwestycja kosztowała 600 "
    "tysięcy złotych i trwała trzy miesiące.",
    "Mieszkańcy od lat czekali na bezpieczne przejście do szkoły i przystanku autobusowego.",
]
_ZH = [
    "记者从市交通局获悉，城南小学门口的人行横道将于下月正式启用，此前有近千名居民联名提出建议。",
    "交通局表示，施工将在暑假期间进行，预计持续三周左右，期间周边道路将实行临时交通管制。",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _texts(article: Article) -> str:
    return repr(article.blocks)


def _paragraphs(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize(
    ("title", "byline", "counter", "body"),
    [
        (
            "В посёлке открыли новую библиотеку",
            "Автор: Анна Петрова, 12 марта 2026",
            "Просмотров: 1 208",
            _RU,
        ),
        (
            "Nowy chodnik na ulicy Lipowej już gotowy",
            "Autor: Jan Nowak, 12 marca 2026",
            "Wyświetleń: 4 051",
            _PL,
        ),
        (
            "Vecinos reclaman un paso de peatones junto al colegio",
            "Por Marta Ruiz | 3 de marzo de 2026",
            "Leído 350 veces",
            _ES,
        ),
        (
            "Council approves new crossing near primary school",
            "By Jane Doe | March 3, 2026",
            "Read 350 times",
            _EN,
        ),
    ],
)
def test_view_counter_under_the_byline_is_no_paragraph(
    title: str, byline: str, counter: str, body: list[str]
) -> None:
    # A counter with thousands grouped by a space ("1 208") or a form the data files
    # now hold ("Leído N veces", "Read N times", "阅读：N"), under the byline.
    article = parse_plaintext(_page(title, byline, counter, *body))
    assert counter not in _texts(article)
    assert _paragraphs(article)[0] == body[0]


def test_han_counter_between_paragraphs_is_dropped() -> None:
    # "阅读量 1208" / "浏览 1208 次": the Han forms of a reads counter, whole lines.
    for counter in ("阅读量 1208", "浏览 1208 次"):
        article = parse_plaintext(
            _page("城南小学门口新增人行横道", "记者 王芳 2026年3月3日", _ZH[0], counter, _ZH[1])
        )
        assert counter not in _texts(article)
        assert _paragraphs(article) == _ZH


def test_file_caption_between_headline_and_byline() -> None:
    caption = "FILE - Children cross Hill Lane outside the primary school on Sept. 4, 2025."
    article = parse_plaintext(
        _page(
            "Crossing approved outside Hill Lane school",
            caption,
            "By Jane Doe\nMarch 3, 2026",
            *_EN,
        )
    )
    assert [a.name for a in article.authors] == ["Jane Doe"]
    assert article.published is not None and article.published.startswith("2026-03-03")
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    assert [(f.caption, f.credit) for f in figures] == [(caption, None)]
    assert _paragraphs(article)[0] == _EN[0]


def test_archive_caption_is_a_figure_not_the_dek() -> None:
    caption = "Imagen de archivo del salón de plenos del Ayuntamiento."
    article = parse_plaintext(
        _page(
            "Vecinos reclaman un paso de peatones junto al colegio",
            caption,
            "Por Marta Ruiz | 3 de marzo de 2026 - 12:40",
            *_ES,
        )
    )
    assert article.subtitle is None
    assert [a.name for a in article.authors] == ["Marta Ruiz"]
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    assert [f.caption for f in figures] == [caption]


def test_filed_under_is_no_caption_opener() -> None:
    # "file -" must stand as its own word: "Filed under …" is no caption.
    from syndicate.readers.scraped.captions import opens_as_caption

    assert opens_as_caption("FILE — Crews wait at the start line.")
    assert not opens_as_caption("Filed under local news")
    assert not opens_as_caption("Archivos del pleno municipal")


def test_results_rows_with_times_stay_in_a_short_story() -> None:
    # "14:02.6" reads like a clock: the rows were taken into the header as date lines.
    rows = ["1. Wexcombe RC 14:02.6", "2. Tollard BC 14:09.1", "3. Saltmarsh BC 14:11.8"]
    article = parse_plaintext(
        _page(
            "Wexcombe crew wins the estuary race",
            "By Jane Doe\nMarch 3, 2026",
            "Wexcombe Rowing Club's senior eight won the Head of the Estuary on Saturday, "
            "beating the holders by six seconds over the 4.2-mile course.",
            "Top three",
            "\n".join(rows),
            "Share this article\nFacebook\nX",
            "Comments (3)",
            "© 2026 Wexcombe Packet",
        )
    )
    lists = [b for b in article.blocks if isinstance(b, ListBlock)]
    assert lists and "Saltmarsh BC 14:11.8" in lists[0].items[-1]


def test_chess_results_with_draws_stay_body() -> None:
    # "½:½" is a figure: the row is a table's, not a teaser's.
    rows = [
        "1. Kowalski – Nowak 1:0",
        "2. Brown – Smith ½:½",
        "3. Green – White 0:1",
        "4. Black – Grey 1:0",
    ]
    article = parse_plaintext(
        _page(
            "Hill Lane chess club beats Marlow",
            "By Jane Doe\nMarch 3, 2026",
            "The Hill Lane chess club won its fifth league match of the season on Tuesday "
            "night, beating the visitors from Marlow by three points to one.",
            "Board results:",
            "\n".join(rows),
            "Share this article\nFacebook\nX",
            "Comments (3)",
            "© 2026 Hill Lane Chronicle",
        )
    )
    text = _texts(article)
    assert "Brown – Smith ½:½" in text and "Black – Grey 1:0" in text
