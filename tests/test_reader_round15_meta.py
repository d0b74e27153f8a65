"""Round 15 (meta): the header zone's odd lines — a summary printed with its label on the
dek's own line ("【导读】…", "Summary: …"), a Chinese meta row whose editor's segment is no
author when a writer's segment stands beside it, a role word before a second writer's name
("…, доцент Name"), civic and academic titles before a name, and reading-time lines with a
filler word between the label and the number. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.headerline import classify_line, meta_row_segments
from syndicate.readers.scraped.lines import Line

_ZH_PROSE = [
    "12月2日上午，青石镇文化站的二十多名志愿者来到镇中心小学，为孩子们修补了三百多本旧图书，"
    "并在图书角新添了两排书架。",
    "文化站站长介绍，今年镇里共收到居民捐赠的图书四千余册，其中一半已经分送到各村的农家书屋，"
    "剩下的将在寒假前整理上架。",
    "下一步，文化站还计划每月组织一次亲子阅读活动，让更多家长和孩子一起走进图书馆。",
]

_EN_PROSE = [
    "The Millbrook footbridge reopened on Monday after eleven weeks of repairs, and the first "
    "walkers crossed it shortly after seven in the morning.",
    "Engineers replaced the rotten deck boards, repainted the railings and added a ramp at the "
    "eastern end so that prams and wheelchairs no longer need the long way round.",
    "The council says the final bill came in slightly under budget, and the spare money will go "
    "towards new lighting along the riverside path next spring.",
]


def test_a_bracketed_summary_label_on_the_dek_line_makes_it_the_subtitle() -> None:
    text = "\n\n".join(
        [
            "青石镇志愿者为小学修补旧图书三百余本",
            "发布时间：2026-12-02 10:15　来源：青石镇文化站　作者：苏明远",
            "【导读】青石镇文化站组织志愿者走进镇中心小学，修补旧图书三百余本，并新添两排书架。",
            *_ZH_PROSE,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert article.subtitle == (
        "青石镇文化站组织志愿者走进镇中心小学，修补旧图书三百余本，并新添两排书架。"
    )
    assert _paragraphs(article)[0].startswith("12月2日上午")


def test_a_colon_summary_label_after_a_reading_time_makes_the_subtitle() -> None:
    text = "\n\n".join(
        [
            "Millbrook footbridge reopens after eleven weeks of repairs",
            "By Hannah Quill",
            "3 December 2026",
            "4 min read",
            "Summary: The riverside crossing is open again, with a new ramp at its eastern end "
            "and money left over for lighting.",
            *_EN_PROSE,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert article.subtitle is not None and article.subtitle.startswith("The riverside crossing")
    assert _paragraphs(article)[0].startswith("The Millbrook footbridge reopened")


def test_an_editor_segment_of_a_meta_row_is_no_author_beside_a_writer_segment() -> None:
    chrome = chrome_cues("zh")
    row = "来源：青石镇文化站　作者：苏明远　林晓　责任编辑：韩冬　审核：周启"
    found = classify_line(0, Line(1, row, False), None, chrome)
    people = [name for e in found if e.byline is not None for name, _ in e.byline.people]
    assert people == ["苏明远", "林晓"]
    assert [label for label, _ in meta_row_segments(row)] == ["来源", "作者", "责任编辑", "审核"]


def test_an_editor_alone_in_a_row_still_signs_it() -> None:
    chrome = chrome_cues("zh")
    found = classify_line(0, Line(1, "编辑：韩冬　审核：周启", False), None, chrome)
    people = [name for e in found if e.byline is not None for name, _ in e.byline.people]
    assert "韩冬" in people


def test_a_second_writer_with_the_title_before_the_name_is_a_writer() -> None:
    byline = parse_byline("By профессор Ирина Соколова, доцент Павел Гринёв")
    assert byline is not None
    assert byline.people == (("Ирина Соколова", "профессор"), ("Павел Гринёв", "доцент"))


def test_civic_and_academic_titles_before_a_name_are_the_role() -> None:
    for lang, line, name, role in [
        ("en", "Councillor Tom Reed", "Tom Reed", "Councillor"),
        ("en", "By Cllr Tom Reed", "Tom Reed", "Cllr"),
        ("pl", "Radny Marek Zieliński", "Marek Zieliński", "Radny"),
        ("nl", "Wethouder Anja de Boer", "Anja de Boer", "Wethouder"),
        ("de", "Von Stadträtin Ina Vogt", "Ina Vogt", "Stadträtin"),
    ]:
        found = classify_line(0, Line(1, line, False), None, chrome_cues(lang))
        assert found[0].byline is not None, line
        assert found[0].byline.people == ((name, role),), line


def test_a_councillor_byline_gives_name_and_role() -> None:
    text = "\n\n".join(
        [
            "Why the footbridge took eleven weeks",
            "Councillor Tom Reed",
            "3 December 2026",
            *_EN_PROSE,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert [(a.name, a.role) for a in article.authors] == [("Tom Reed", "Councillor")]


def test_a_reading_time_with_a_filler_word_is_a_reading_time() -> None:
    for lang, line in [
        ("zh", "阅读时间约3分钟"),
        ("zh", "阅读时长：3分钟"),
        ("de", "Lesezeit ca. 4 Min."),
        ("pl", "Czas czytania: ok. 4 min"),
        ("en", "Reading time approx. 7 minutes"),
        ("ar", "وقت القراءة: حوالي 4 دقائق"),
        ("ru", "Время прочтения: 4 мин"),
    ]:
        chrome = chrome_cues(lang)
        assert chrome.reading_time(line), line
        assert chrome.kind(line) == "counter", line
    # a label word with a count of something else is no reading time
    assert not chrome_cues("ru").reading_time("Читать далее 5 комментариев")


def test_a_separated_meta_row_reads_each_labelled_part_by_its_label() -> None:
    for lang, row, writer in [
        ("pl", "Autor: Jan Kowalski | Redakcja: Anna Nowak", "Jan Kowalski"),
        ("ru", "Автор: Иван Петров · Редактор: Анна Смирнова · Просмотров: 1 245", "Иван Петров"),
        ("ar", "الكاتب: نادين الصيرفي | المحرر: سامي حداد | المصدر: ملحق المائدة", "نادين الصيرفي"),
    ]:
        found = classify_line(0, Line(1, row, False), None, chrome_cues(lang))
        people = [who for e in found if e.byline is not None for who in e.byline.people]
        assert people == [(writer, None)], row


def test_a_desk_word_with_a_colon_is_a_label_over_the_name() -> None:
    found = classify_line(0, Line(1, "Redakcja: Anna Nowak | 02.12.2026", False), None,
                          chrome_cues("pl"))
    assert found[0].byline is not None and found[0].byline.people == (("Anna Nowak", None),)


def test_a_writer_and_photographer_row_signs_the_writer_and_is_no_figure() -> None:
    text = "\n\n".join(
        ["青石镇志愿者为小学修补旧图书", "文/苏明远　图/林晓　编辑/韩冬", "2026-12-03", *_ZH_PROSE]
    )
    article = parse_plaintext(text + "\n")
    assert [a.name for a in article.authors] == ["苏明远"]
    assert not [b for b in article.blocks if type(b).__name__ == "Figure"]


def test_a_picture_label_inside_a_han_byline_is_no_writer() -> None:
    chrome = chrome_cues("zh")
    found = classify_line(0, Line(1, "记者 苏明远 摄影 林晓 通讯员 韩冬", False), None, chrome)
    people = [name for e in found if e.byline is not None for name, _ in e.byline.people]
    assert people == ["苏明远", "韩冬"]
