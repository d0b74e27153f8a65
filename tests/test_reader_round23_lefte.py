"""Round 23 (lefte): leftovers of the real-page studies — a Ukrainian page's date line
printed with Russian month names (its site's Russian edition), and a Chinese journal
mirror's meta rows (the date with the writers' names glued after it, the writers' row set
apart by commas). Every sentence, person, place and site is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.language.datetext import read_date_parts
from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_UK_BODY = (
    "Комунальники Здолбунова завершили заміну аварійної ділянки водогону на вулиці Шкільній, "
    "за тиждень бригади поклали півтора кілометра нових труб.",
    "За словами директора водоканалу, стара магістраль поривалася щонайменше двічі на місяць, "
    "і вода щоразу йшла в землю.",
    "Наступного року підприємство планує замінити ще дві ділянки водогону в мікрорайоні "
    "Залізничному.",
)
_RU_BODY = (
    "Коммунальщики Здолбунова завершили замену аварийного участка водопровода на улице "
    "Школьной, за неделю бригады уложили полтора километра новых труб.",
    "По словам директора водоканала, старая магистраль прорывалась минимум дважды в месяц, и "
    "вода каждый раз уходила в землю.",
    "В следующем году предприятие планирует заменить еще два участка водопровода.",
)
_ZH_BODY = (
    "老年高血压患者人数多、病程长，规律服药是控制血压的关键。然而在社区中，不少老年患者存在漏服、自行停药等情况。",
    "研究选取在该中心建档的老年高血压患者一百二十例，按照随访方式分为两组，每组六十例。",
    "随访十二个月后，观察组的服药依从性评分明显高于对照组，血压达标率也明显提高。",
)


def _names(article: object) -> list[str]:
    return [a.name for a in article.authors]  # type: ignore[attr-defined]


# -- date_sibling_languages ------------------------------------------------------------------


def test_a_ukrainian_page_reads_a_date_line_with_russian_month_names() -> None:
    for line, day in (("14 марта, 2026 09:40", "2026-03-14"), ("20 апреля 2024", "2024-04-20")):
        article = parse_plaintext(
            _blocks(line, "ГЛАВНОЕ ЗА ДЕНЬ", "# У Здолбунові замінили старі труби", *_UK_BODY)
        )
        assert article.language == "uk"
        assert article.published is not None and article.published.startswith(day), line
        assert paragraphs(article) == list(_UK_BODY)


def test_a_russian_page_reads_a_date_line_with_ukrainian_month_names() -> None:
    article = parse_plaintext(
        _blocks("14 березня 2026, 09:40", "# В Здолбунове заменили старые трубы", *_RU_BODY)
    )
    assert article.language == "ru"
    assert article.published is not None and article.published.startswith("2026-03-14")


def test_sibling_month_names_are_read_only_for_the_sibling_languages() -> None:
    assert read_date_parts("14 марта 2026", "uk").day == 14  # type: ignore[union-attr]
    assert read_date_parts("14 березня 2026", "ru").month == 3  # type: ignore[union-attr]
    assert isinstance(read_date_parts("14 марта 2026", "pl"), str)  # no Russian months in Polish
    assert isinstance(read_date_parts("14 березня 2026", "de"), str)


# -- byline.han-names-row, the date-and-names row ----------------------------------------------


def test_a_journal_mirrors_date_and_writers_rows_give_the_date_and_the_writers() -> None:
    article = parse_plaintext(
        _blocks(
            "社区护理随访对老年高血压患者服药依从性的影响研究",
            "2024-05-16韩立新宋雅琴",
            "社区卫生护理 2024年9期",
            "韩立新，周 敏，宋雅琴",
            *_ZH_BODY,
        )
    )
    assert article.title == "社区护理随访对老年高血压患者服药依从性的影响研究"
    assert article.subtitle is None
    assert _names(article) == ["韩立新", "周 敏", "宋雅琴"]
    assert article.published is not None and article.published.startswith("2024-05-16")
    assert paragraphs(article) == list(_ZH_BODY)


def test_the_writers_row_with_the_enumeration_comma_and_no_date_row() -> None:
    article = parse_plaintext(
        _blocks("社区护理随访对老年高血压患者服药依从性的影响研究", "韩立新、宋雅琴", *_ZH_BODY)
    )
    assert _names(article) == ["韩立新", "宋雅琴"]


def test_a_row_of_two_character_words_or_a_long_run_is_no_writers_row() -> None:
    for row in ("教育，卫生，文化", "社区卫生服务中心，护理部", "韩立新，周敏。"):
        article = parse_plaintext(
            _blocks("社区护理随访对老年高血压患者服药依从性的影响研究", row, *_ZH_BODY)
        )
        assert _names(article) == [], row


# -- heading.numbered-han --------------------------------------------------------------------


def _headings(article: object) -> list[str]:
    return [b.text for b in article.blocks if type(b).__name__ == "Heading"]  # type: ignore[attr-defined]


def test_a_run_of_numbered_chinese_section_heads_are_subheads() -> None:
    article = parse_plaintext(
        _blocks(
            "社区护理随访对老年高血压患者服药依从性的影响研究",
            _ZH_BODY[0],
            "1 对象与方法",
            _ZH_BODY[1],
            "2 结果",
            _ZH_BODY[2],
        )
    )
    assert _headings(article) == ["1 对象与方法", "2 结果"]
    assert paragraphs(article) == list(_ZH_BODY)


def test_a_lone_numbered_line_or_a_stamp_over_a_short_title_is_no_subhead() -> None:
    lone = parse_plaintext(
        _blocks(
            "社区护理随访对老年高血压患者服药依从性的影响研究",
            _ZH_BODY[0],
            "1 对象与方法",
            *_ZH_BODY[1:],
        )
    )
    assert _headings(lone) == []
    stamps = parse_plaintext(
        _blocks(
            "社区护理随访对老年高血压患者服药依从性的影响研究",
            *_ZH_BODY,
            "1 小时前",
            "社区医院开设夜间门诊",
            "2 小时前",
            "老年大学春季招生开始",
        )
    )
    assert "1 小时前" not in _headings(stamps) and "2 小时前" not in _headings(stamps)


# -- the writers' affiliations row (take_bare_dek) ---------------------------------------------


def test_the_writers_numbered_affiliations_row_is_neither_dek_nor_paragraph() -> None:
    row = "1.江北医科大学护理学院,江苏 210000;2.江北市第三人民医院"
    article = parse_plaintext(
        _blocks(
            "社区护理随访对老年高血压患者服药依从性的影响研究",
            "2024-05-16韩立新宋雅琴",
            "韩立新，周 敏，宋雅琴",
            row,
            *_ZH_BODY,
        )
    )
    assert article.subtitle is None
    assert paragraphs(article) == list(_ZH_BODY)
