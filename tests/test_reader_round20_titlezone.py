"""Round 20 (titlezone): which line of the header is the headline — a status banner
("Live results: …") over the real headline, and a one-word rubric ("Мнение") over a
four-word headline over its dek. Every sentence, person and site is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_EN_BODY = (
    "GRANBY — Councillor Petra Vollmer won the mayor's race on Tuesday with 61% of the "
    "vote, according to unofficial returns posted by the county clerk late in the evening.",
    "The library levy passed by fewer than 300 votes, and the clerk said the count would be "
    "certified at the canvass later this month.",
)

_RU_BODY = (
    "Весной городской совет решил закрыть бассейн на улице Речной на ремонт, который "
    "должен был занять три месяца. Прошёл год, а двери всё ещё заперты.",
    "Школьники ездят на тренировки в соседний район, и родители платят за автобус из "
    "своего кармана. Ответа от совета пока нет.",
)


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_status_banner_over_headline_is_not_the_title() -> None:
    text = _text(
        "Granby Weekly Post",
        "Live results: every race in Granby and Holt counties\n"
        "Vollmer elected mayor as library levy squeaks through in Granby",
        "By Tomas Ferreira",
        "Published 11:05 p.m. ET Nov. 3, 2026",
        *_EN_BODY,
    )
    article = parse_plaintext(text)
    assert article.title == "Vollmer elected mayor as library levy squeaks through in Granby"


def test_status_banner_cue_in_spanish() -> None:
    text = _text(
        "Diario de Almenar",
        "En directo: la noche electoral minuto a minuto\n"
        "La alcaldesa Rosario Quintana revalida la mayoría absoluta en Almenar",
        "Por Julián Sastre",
        "3 de noviembre de 2026",
        "La alcaldesa Rosario Quintana ha ganado las elecciones municipales con el 54 % de "
        "los votos, según el recuento oficial publicado pasada la medianoche.",
        "La participación subió cuatro puntos respecto a los anteriores comicios y la "
        "oposición pierde dos concejales en el pleno.",
    )
    article = parse_plaintext(text)
    assert article.title == (
        "La alcaldesa Rosario Quintana revalida la mayoría absoluta en Almenar"
    )


def test_four_word_headline_under_rubric_is_not_a_kicker() -> None:
    text = _text(
        "Еженедельник «Береговая газета»",
        "Главная > Мнения",
        "Мнение",
        "Бассейн, который не открылся",
        "Почему ремонт на улице Речной затянулся на целый год и кто за это заплатит",
        "Автор: Олег Травин",
        "12 марта 2026",
        *_RU_BODY,
    )
    article = parse_plaintext(text)
    assert article.title == "Бассейн, который не открылся"
    assert article.subtitle == (
        "Почему ремонт на улице Речной затянулся на целый год и кто за это заплатит"
    )



def test_long_headline_opening_with_a_label_under_site_name_and_date() -> None:
    headline = (
        "Cartas al director: el autobús de la sierra, la piscina cerrada del barrio y "
        "una gata llamada Canela"
    )
    text = _text(
        "La Voz del Jalón",
        "Opinión",
        "Cartas al director",
        "Jueves, 6 de marzo de 2025",
        headline,
        "El autobús de la sierra llega tarde",
        "Desde el otoño el último autobús a los pueblos de la sierra sale a las seis y "
        "media, de modo que nadie que trabaje en el turno de tarde puede volver a casa sin "
        "pagar un taxi.",
    )
    article = parse_plaintext(text)
    assert article.title == headline
