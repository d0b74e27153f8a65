"""Round 17 (readermode): the header of a browser's reader view copied whole — host line,
headline, byline, reading-time line ("4–5 minutes", "٢–٣ دقائق", "7 minutes"), then the dek
when the page has one. A newsroom byline naming its outlet with a particle ("Redacción
Diario del Cinca"), a press office alone on the byline's line, the dek right under the
reading time, and a first paragraph there that is no dek. Every sentence here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_FR_DEK = (
    "Une équipe du laboratoire de Port-Aubrac a suivi quatre parcs pendant deux étés. "
    "Ses résultats surprennent les producteurs."
)
_FR = [
    "Lorsque la température de l'eau a dépassé 28 degrés dans la baie de Lestrange, à l'été "
    "2025, beaucoup de producteurs s'attendaient à perdre une grande partie de leurs moules. "
    "Les comptages de l'automne ont montré des pertes à peine plus fortes qu'une année ordinaire.",
    "Pour comprendre pourquoi, les chercheurs ont placé des capteurs dans quatre parcs, de la "
    "passe jusqu'au fond de la baie, et prélevé des moules chaque semaine pendant deux étés.",
    "Le comité régional présentera ces résultats aux producteurs lors de sa réunion de janvier.",
]
_ES = [
    "Teruela, 3 de noviembre de 2026. El Juzgado de lo Penal de Teruela ha condenado a un año "
    "de prisión al dueño de un almacén de palés que ardió el verano pasado en el polígono sur, "
    "un incendio que obligó a cortar la carretera comarcal durante toda una tarde.",
    "La sentencia considera probado que el empresario guardaba en el almacén mucho más "
    "material del que permitía su licencia y que los extintores no se revisaban desde hacía años.",
    "La defensa ha anunciado que recurrirá ante la Audiencia Provincial.",
]
_AR = [
    "تعلن بلدية المرج الأخضر أن الكهرباء ستنقطع عن حي الزيتون من الساعة التاسعة صباحاً حتى الساعة "
    "الثالثة عصراً، وذلك لاستبدال المحول الرئيسي الذي تعطل الأسبوع الماضي بعد العاصفة.",
    "وتدعو البلدية السكان إلى فصل الأجهزة الكهربائية قبل موعد الانقطاع "
    "تجنباً لتلفها عند عودة التيار.",
    "وللاستفسار يمكن الاتصال بالرقم المجاني للبلدية على مدار الساعة.",
]


def _reader_view(host: str, title: str, byline: str, minutes: str, body: list[str]) -> str:
    return "\n".join([host, title, byline, minutes]) + "\n\n" + "\n\n".join(body) + "\n"


def test_dek_right_under_the_reading_time_is_the_subtitle() -> None:
    text = _reader_view(
        "baie-lestrange.example.fr",
        "Les moules de la baie de Lestrange tiennent bon pendant la canicule",
        "Mathilde Orsenne",
        "4–5 minutes",
        [_FR_DEK, *_FR],
    )
    article = parse_plaintext(text)
    assert article.subtitle == _FR_DEK
    assert [p.name for p in article.authors] == ["Mathilde Orsenne"]
    assert article.paragraphs()[0].text.startswith("Lorsque la température")


def test_first_paragraph_under_the_reading_time_stays_body() -> None:
    # no dek: a long first paragraph opening with a dateline
    text = _reader_view(
        "diariodeteruela.example.es",
        "Un año de cárcel para el dueño del almacén de palés que ardió en Teruela",
        "Redacción Diario de Teruela",
        "3–4 minutos",
        _ES,
    )
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert article.paragraphs()[0].text.startswith("Teruela, 3 de noviembre")
    # the newsroom word and its outlet's name, a particle between: the whole line signs
    assert [p.name for p in article.authors] == ["Redacción Diario de Teruela"]


def test_press_office_alone_over_the_reading_time_signs_the_notice() -> None:
    text = _reader_view(
        "almarj-alakhdar.example.org",
        "إعلان بشأن انقطاع الكهرباء عن حي الزيتون يوم الخميس",
        "المكتب الإعلامي",
        "٢–٣ دقائق",
        _AR,
    )
    article = parse_plaintext(text)
    assert [p.name for p in article.authors] == ["المكتب الإعلامي"]
    assert article.subtitle is None
    body = "\n".join(p.text for p in article.paragraphs())
    assert "المكتب الإعلامي" not in body and "دقائق\n" not in body


def test_single_reading_time_is_no_paragraph() -> None:
    # a reader view prints one figure when its fast and slow estimates agree
    text = _reader_view(
        "baie-lestrange.example.fr",
        "Les moules de la baie de Lestrange tiennent bon pendant la canicule",
        "Mathilde Orsenne",
        "7 minutes",
        [_FR_DEK, *_FR],
    )
    article = parse_plaintext(text)
    assert "7 minutes" not in [p.text for p in article.paragraphs()]
    assert article.subtitle == _FR_DEK


_PT = [
    "A Câmara de Vale Seco aprovou na quinta-feira um novo horário de autocarros que "
    "acrescenta duas partidas de manhã cedo para as aldeias vizinhas a partir de janeiro.",
    "A presidente explicou que o custo será pequeno porque o segundo autocarro passa a manhã "
    "parado na garagem municipal.",
]
_EN = [
    "The Tollbridge harbour council voted on Monday evening to approve a revised ferry "
    "timetable that adds two early crossings during the winter months.",
    "Councillors said the change would cost little because the second vessel already sits "
    "idle at the north quay for most of the morning.",
]


def test_newsroom_word_with_its_outlets_name_signs_the_page() -> None:
    pt = _reader_view(
        "valeseco.example.pt",
        "Vale Seco ganha duas novas ligações de autocarro",
        "Redação Jornal do Vale",
        "3–4 minutos",
        _PT,
    )
    assert [p.name for p in parse_plaintext(pt).authors] == ["Redação Jornal do Vale"]
    en = _reader_view(
        "tollbridge.example.com",
        "Harbour council approves early ferry crossings",
        "Tollbridge Courier Newsroom",
        "3–4 minutes",
        _EN,
    )
    assert [p.name for p in parse_plaintext(en).authors] == ["Tollbridge Courier Newsroom"]


def test_dek_under_a_reading_time_right_under_the_headline() -> None:
    # the page signs no writer: the reader view prints no byline line
    text = (
        "baie-lestrange.example.fr\n"
        "Les moules de la baie de Lestrange tiennent bon pendant la canicule\n"
        "4–5 minutes\n\n" + "\n\n".join([_FR_DEK, *_FR]) + "\n"
    )
    assert parse_plaintext(text).subtitle == _FR_DEK
