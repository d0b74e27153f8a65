"""Round 22 (scrapedh): a source line whose outlet is printed between quotation marks or
title marks (Джерело: "Укрінформ", Источник: «Интерфакс», Źródło: „Rzeczpospolita”,
来源：《滨江晚报》), and a source line right under the header's date line, which is the
article's credit line, not a photo's credit nor its first paragraph. Every sentence,
person, place and outlet is invented."""

from __future__ import annotations

from readerblocks import contributors, figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import _unquoted_source


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_UK = (
    "У селищі Заболоття у вівторок відкрили завод, який перероблятиме лушпиння на паливні "
    "гранули для котелень громади.",
    "Підприємство збудувала місцева агрокомпанія за власні кошти, а працюватимуть на ньому "
    "сорок шість людей із навколишніх сіл.",
)
_RU = (
    "Правительство области во вторник утвердило программу ремонта сельских дорог на "
    "следующий год, сообщили в пресс-службе ведомства.",
    "По словам министра транспорта, в первую очередь отремонтируют дороги к школам и "
    "больницам, а также подъезды к фермерским хозяйствам.",
    "Всего программа охватит около трёхсот километров дорог в двенадцати районах, и работы "
    "начнутся сразу после того, как сойдёт снег.",
)
_PL = (
    "Rada miasta zatwierdziła we wtorek budowę nowej linii tramwajowej, która połączy "
    "port ze starym miastem.",
    "Budowa ma ruszyć wiosną przyszłego roku, a pierwsze tramwaje pojadą nową trasą za "
    "dwa lata, poinformowali urzędnicy.",
)
_ZH = (
    "11月27日上午，江岸市首条无人驾驶公交线路在高新区正式开始试运行，全程约九公里，沿途设有十二个站点。",
    "据介绍，试运行期间每辆车上仍配有一名安全员，乘客可以免费乘坐，线路每天早上七点至晚上七点运营。",
)
_EN = (
    "The president backed the idea of merging the two ministries, his office said on "
    "Sunday evening after a meeting with party leaders.",
    "A decision will follow once the new cabinet is formed, the office added in a short "
    "statement.",
)


def test_a_source_line_under_the_date_line_is_the_credit_line() -> None:
    article = parse_plaintext(
        _page(
            "У Заболотті запрацював завод з переробки лушпиння",
            "Вівторок, 1 грудня 2026, 16:40",
            'Джерело: "Укрінформ"',
            *_UK,
        )
    )
    assert article.credit_line == 'Джерело: "Укрінформ"'
    assert contributors(article) == ["Укрінформ"]
    assert paragraphs(article)[0].startswith("У селищі Заболоття")


def test_an_english_source_line_under_the_date_line_is_no_photo_credit() -> None:
    article = parse_plaintext(
        _page("Government to merge two ministries", "21 July 2019, 20:34", "Source: Interfax", *_EN)
    )
    assert article.credit_line == "Source: Interfax"
    assert contributors(article) == ["Interfax"]
    assert figures(article) == []


def test_a_quoted_source_closing_the_story_is_read_without_its_quotes() -> None:
    ru = parse_plaintext(
        _page("Область утвердила программу ремонта сельских дорог", *_RU, "Источник: «Интерфакс»")
    )
    assert contributors(ru) == ["Интерфакс"]
    assert ru.credit_line == "Источник: «Интерфакс»"
    pl = parse_plaintext(
        _page("Rada miasta zatwierdziła nową linię tramwajową", *_PL, "Źródło: „Rzeczpospolita”")
    )
    assert contributors(pl) == ["Rzeczpospolita"]
    zh = parse_plaintext(_page("江岸市首条无人驾驶公交线路试运行", *_ZH, "来源：《滨江晚报》"))
    assert contributors(zh) == ["滨江晚报"]


def test_only_a_whole_matching_pair_of_quotes_is_taken_off() -> None:
    assert _unquoted_source("«Интерфакс»") == "Интерфакс"
    assert _unquoted_source('"Укрінформ"') == "Укрінформ"
    assert _unquoted_source("«Интерфакс") == "«Интерфакс"
    assert _unquoted_source("«Газета «Труд»»") == "«Газета «Труд»»"
    assert _unquoted_source("Interfax") == "Interfax"


_AR = (
    "نفت وزارة الصحة ما تداولته بعض المواقع وصفحات التواصل الاجتماعي بشأن بعض الإحصائيات "
    "الخاصة بالمرضى في المستشفيات الحكومية.",
    "وطالب المتحدث باسم الوزارة كافة المواطنين بعدم استقاء المعلومات إلا من مصادرها الرسمية.",
)
_ES = (
    "El pleno municipal aprobó el martes financiar una línea de tranvía que unirá el puerto "
    "con el casco antiguo tras dos años de debate.",
    "Las obras comenzarán la próxima primavera, según el ayuntamiento.",
)
_DE = (
    "Der Stadtrat hat am Dienstag beschlossen, eine Straßenbahnlinie zwischen dem Hafen und "
    "der Altstadt zu finanzieren, nach zwei Jahren Streit.",
    "Der Bau soll im kommenden Frühjahr beginnen, teilte die Verwaltung mit.",
)


def test_a_follow_the_latest_news_prompt_naming_a_platform_is_no_paragraph() -> None:
    for title, prompt, body in (
        ("الصحة توضح حقيقة الأرقام المتداولة", "تابع أحدث الأخبار عبر تطبيق google news", _AR),
        ("الصحة توضح حقيقة الأرقام المتداولة", "تابع آخر الأخبار عبر تطبيق تليجرام", _AR),
        ("El pleno aprueba una línea de tranvía", "Sigue las últimas noticias en Google News", _ES),
        (
            "Stadtrat beschließt neue Straßenbahnlinie",
            "Verfolgen Sie die neuesten Nachrichten auf Google News",
            _DE,
        ),
    ):
        article = parse_plaintext(_page(title, "", prompt, *body))
        assert prompt not in paragraphs(article)
        assert paragraphs(article)[0] == body[0]


def test_a_sentence_opening_with_the_phrase_but_naming_no_platform_stays() -> None:
    line = (
        "Sigue las noticias del puerto con preocupación el gremio de pescadores, que teme por "
        "sus amarres."
    )
    article = parse_plaintext(_page("El pleno aprueba una línea de tranvía", "", line, *_ES))
    assert paragraphs(article)[0] == line
