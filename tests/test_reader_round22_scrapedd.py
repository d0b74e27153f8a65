"""Round 22 (scrapedd): line shapes that real scraped pages in Polish, Russian, Ukrainian,
Arabic and Chinese got wrong — the writer's bare name right under the headline, a slash
after a byline label, the masthead's credit label over the headline, the Ctrl+Enter
typo-report prompt under the article, a Chinese first paragraph naming the headline's
event. Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from readerblocks import authors, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_AR = (
    "افتتح محافظ الوادي الأخضر صباح اليوم أول مكتبة عامة في قرية النخيل، بعد أعمال تجهيز "
    "استمرت عشرة أشهر بتكلفة بلغت مليوني جنيه.",
    "وتضم المكتبة قاعة للاطلاع تتسع لستين قارئا، وركنا خاصا بكتب الأطفال، ومعملا للحاسب "
    "الآلي يضم عشرين جهازا.",
)
_AR_TITLE = "محافظ الوادي الأخضر يفتتح أول مكتبة عامة في قرية النخيل"
_UK = (
    "Після восьми місяців ремонту амбулаторія у селі Заріччя знову приймає пацієнтів. У "
    "будівлі замінили вікна, дах і систему опалення.",
    "Роботи коштували 3,4 мільйона гривень, більшу частину суми виділила громада, решту — "
    "обласний фонд підтримки сільської медицини.",
)
_UK_TITLE = "У Заріччі відкрили оновлену амбулаторію сімейної медицини"


# -- the writer's bare name right under the headline ----------------------------------------


def test_bare_name_under_a_headline_printed_twice():
    article = parse_plaintext(_text(_AR_TITLE, _AR_TITLE + "\nريم الشناوي", *_AR))
    assert authors(article) == ["ريم الشناوي"]
    assert paragraphs(article) == list(_AR)


def test_bare_name_over_a_share_button():
    article = parse_plaintext(_text(_UK_TITLE, "Оксана Дрозд", "Поділитися", *_UK))
    assert authors(article) == ["Оксана Дрозд"]
    assert paragraphs(article) == list(_UK)


def test_name_shaped_line_without_header_furniture_is_no_byline():
    # nothing beside it says it belongs to the header: a place, a kicker, a short line
    article = parse_plaintext(_text(_UK_TITLE, "Оксана Дрозд", *_UK))
    assert authors(article) == []


def test_arabic_phrase_under_the_headline_is_no_name():
    # a stop word ("في") makes the short line a phrase, not a name
    article = parse_plaintext(_text(_AR_TITLE, "مشاركة", "جولة في القرية", *_AR))
    assert authors(article) == []


# -- a slash after the byline label -------------------------------------------------------


def test_slash_after_an_arabic_byline_label():
    article = parse_plaintext(_text(_AR_TITLE, "كتبت / هدى العيسوي", *_AR))
    assert authors(article) == ["هدى العيسوي"]


# -- the masthead's credit label over the headline ----------------------------------------


def test_masthead_label_and_name_over_the_headline_are_no_title():
    # a headline whose ".. day" tail keeps it out of the headline zone's reading
    title = "اجتماع عاجل لمجلس المحافظة لبحث أزمة المياه.. الخميس"
    article = parse_plaintext(_text("رئيس التحرير\nعصام كامل", title, *_AR))
    assert article.title == title
    assert paragraphs(article) == list(_AR)


# -- the Ctrl+Enter typo-report prompt ----------------------------------------------------


def test_typo_report_prompt_under_the_article_is_dropped():
    for prompt in (
        "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб "
        "повідомити про це редакцію.",
        "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter.",
        "Zauważyłeś błąd? Zaznacz tekst i naciśnij Ctrl + Enter.",
    ):
        article = parse_plaintext(_text(_UK_TITLE, *_UK, prompt))
        assert paragraphs(article) == list(_UK), prompt


# -- a Chinese first paragraph that names the headline's event ----------------------------


def test_chinese_first_paragraph_holding_the_headline_is_no_title_copy():
    first = (
        "5月4日至5日,北京师范学院建校九十周年系列活动之一的青年教师论坛在京举行,"
        "主题为“课堂与未来”。"
    )
    second = "来自全国四十所高校的三百多名青年教师参加论坛,围绕课堂教学改革展开讨论。"
    article = parse_plaintext(_text("青年教师论坛在京举行", first, second))
    assert paragraphs(article) == [first, second]


# -- a Chinese meta row glued without spaces; names set apart by the enumeration comma ----

_ZH = (
    "本报讯 12月18日,由东湖大学主办的一流学科建设研讨会在明德楼举行,来自全国13所高校的"
    "校长和学者出席会议。",
    "研讨会每年举办一次,由各校轮流主办,下一届将由江城大学承办。",
)


def test_glued_chinese_meta_row_gives_writers_and_date():
    article = parse_plaintext(
        _text(
            "13位大学校长共话学科建设",
            "作者:林晓、周一帆摄影: 视频: 来源:《东湖大学》校报发布时间:2026-01-14",
            *_ZH,
        )
    )
    assert authors(article) == ["林晓", "周一帆"]
    assert str(article.published)[:10] == "2026-01-14"
    assert paragraphs(article) == list(_ZH)


def test_names_after_a_chinese_byline_word_set_apart_by_the_enumeration_comma():
    article = parse_plaintext(_text("13位大学校长共话学科建设", "记者 林晓、周一帆", *_ZH))
    assert authors(article) == ["林晓", "周一帆"]


def test_photo_credit_label_is_not_cut_inside():
    # "来源" inside "图片来源" is no label of its own: the line stays a photo credit
    article = parse_plaintext(
        _text(
            "13位大学校长共话学科建设", "作者:林晓", *_ZH[:1], "图片来源:东湖大学宣传部", *_ZH[1:]
        )
    )
    assert authors(article) == ["林晓"]


# -- a newsroom's word in lower case after the author label --------------------------------

_PL = (
    "Słowa trenera Hutnika Kraków Leszka Janiczaka to chyba najlepszy dowód na to, jak "
    "sensacyjnego lidera ma czwarta grupa trzeciej ligi w tym sezonie.",
    "Historia ostatnich lat klubu to historia pełna burz, ale kibice wciąż wierzą w awans.",
)


def test_lowercase_newsroom_after_a_glued_author_label():
    for head in (("Autor:redakcja",), ("redakcja", "Autor:redakcja")):
        article = parse_plaintext(
            _text(
                "Marzeniem jest, by Hutnik grał wychowankami", *head, "06 grudnia 2026, 09:28", *_PL
            )
        )
        assert authors(article) == ["redakcja"], head
        assert paragraphs(article) == list(_PL), head


# -- a reading time with "примерное" over the headline -------------------------------------


def test_approximate_reading_time_over_the_headline_is_no_title():
    story = (
        "Правительство области будет проводить выездные совещания в сёлах дважды в месяц, "
        "сообщает пресс-служба регионального кабинета министров.",
        "Первое совещание пройдёт в Полтавском районе в начале мая, сообщили в правительстве.",
    )
    title = "Правительство области будет проводить совещания в сёлах"
    article = parse_plaintext(
        _text("Примерное время чтения: 2 минуты\n160", title, "Пётр Лаптев / Вестник", *story)
    )
    assert article.title == title
