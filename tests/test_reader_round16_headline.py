"""Round 16 (headline): the site's own name taken for the headline — an institution's page
prints its name over the article, often twice, and again in its copyright footer — and a
menu printed with spaces alone over its highlighted section. Every sentence here is
invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext


def _title(text: str) -> str:
    return parse_plaintext(text).title


_RU_BODY = (
    "Городской оркестр исполнил Седьмую симфонию в заводском клубе, и публика впервые за "
    "много лет слушала её стоя у стен.\n"
    "12 марта 2026, 18:40\n"
    "Концерт начался с опозданием на двадцать минут: музыканты ждали, пока в зал внесут ещё "
    "два ряда скамеек из соседней школы.\n"
    "Дирижёр Варвара Крестова сказала после концерта, что такой зал ей нравится больше "
    "филармонии.\n"
    "Следующий концерт оркестра запланирован на апрель.\n"
)


def test_site_name_in_the_copyright_footer_is_no_headline() -> None:
    # a name's shape ("Вечерний Заречинск") over a kicker and a short headline
    text = "Вечерний Заречинск\nКультура\nСедьмая без пафоса\n" + _RU_BODY
    text += "© 2026 Вечерний Заречинск\n"
    assert _title(text) == "Седьмая без пафоса"


def test_menu_over_its_section_under_the_site_name() -> None:
    text = (
        "Вечерний Заречинск\nНовости Культура Спорт Общество\nКультура\nСедьмая без пафоса\n"
        + _RU_BODY
        + "© 2026 Вечерний Заречинск\n"
    )
    assert _title(text) == "Седьмая без пафоса"


def test_site_name_printed_twice_over_a_han_headline() -> None:
    text = (
        "青川省话剧院\n青川省话剧院\n新春演出季正式开票\n2026年03月03日 来源：本院办公室\n"
        "本院新春演出季将于三月十四日开幕，首部作品是一部讲述渡轮船员在港口小镇度过一夜的原创喜剧。\n"
        "导演表示，排练自一月开始，九名演员中有四人首次登上主舞台。\n"
        "售票处将于周一开始售票，会员可提前一天通过电话预订。\n"
        "版权所有 青川省话剧院\n"
    )
    assert _title(text) == "新春演出季正式开票"


def test_office_name_in_the_footer_over_a_german_notice() -> None:
    text = (
        "Bauamt Kellerbach\n"
        "Mühlenstraße ab Montag gesperrt\n"
        "Wegen der Erneuerung der Wasserleitung wird die Mühlenstraße zwischen Kirchplatz "
        "und Bahnhof ab Montag für den Durchgangsverkehr gesperrt.\n"
        "Die Umleitung erfolgt über die Lindenallee und ist ausgeschildert.\n"
        "Die Arbeiten dauern voraussichtlich bis Ende April.\n"
        "© 2026 Bauamt Kellerbach\n"
    )
    assert _title(text) == "Mühlenstraße ab Montag gesperrt"


def test_a_headline_not_named_elsewhere_stays() -> None:
    # the first line is printed once and no footer names it: it is the headline
    text = (
        "Spring season opens early\n"
        "The Civic Theatre's spring season will open on 14 March with a new comedy about a "
        "ferry crew stranded for one night in a harbour town.\n"
        "Director Ansel Worrick said rehearsals began in January.\n"
        "Tickets go on sale at the box office on Monday.\n"
        "© 2026 Marrow Bay Civic Theatre\n"
    )
    assert _title(text) == "Spring season opens early"
