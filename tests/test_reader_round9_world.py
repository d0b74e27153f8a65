"""Rules written for round 9's world-language page kinds (ministry and agency news, regional
TV sites, tech media with author boxes, culture magazines, provincial newspaper apps in
ru, uk, ar, zh), each checked in isolation and, where the convention is shared, in another
language (original texts)."""

from __future__ import annotations

from syndicate.readers.language import stopwords
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.headerline import classify_line
from syndicate.readers.scraped.lines import Line, split_lines, wrap_width
from syndicate.readers.scraped.tail import read_author_blocks

_AR_BODY = (
    "أعلنت البلدية صباح اليوم عن افتتاح حديقة عامة جديدة في الحي الشرقي بعد عامين من "
    "أعمال التشجير وتمديد شبكات الري، وتضم الحديقة ممرات للمشي وملاعب صغيرة للأطفال.",
    "وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميًا من السادسة صباحًا حتى العاشرة "
    "مساءً، وإن الدخول إليها مجاني لجميع السكان والزوار طوال أيام الأسبوع.",
    "وأضاف أن البلدية زرعت أكثر من ألف شجرة محلية تتحمل الحرارة وقلة المياه، وأن فرق "
    "الصيانة ستعمل على ريها ليلًا لتقليل التبخر خلال أشهر الصيف الطويلة.",
)


def _ar_page() -> str:
    menu = [
        "تخطي إلى المحتوى الرئيسي",
        "English",
        "بلدية الواحة",
        "الرئيسية",
        "عن البلدية",
        "الخدمات الإلكترونية",
        "المركز الإعلامي",
        "اتصل بنا",
    ]
    header = [
        "الرئيسية / المركز الإعلامي / الأخبار",
        "افتتاح حديقة الواحة الشرقية أمام الزوار",
        "الأحد 6 ديسمبر 2026",
    ]
    return "\n".join(menu + header + list(_AR_BODY) + ["جميع الحقوق محفوظة © بلدية الواحة 2026"])


def test_an_arabic_menu_column_is_no_byline_and_the_headline_is_found() -> None:
    text = _ar_page()
    lines = split_lines(text)
    feats = line_features(lines, stopwords("ar"), chrome_cues("ar"))
    # two-word menu items have the shape of a bare name in a script without capitals
    assert not any(f.byline for f in feats[:8])
    assert feats[0].cue == "navigation"  # the skip link, a whole line of navigation words
    article = parse_plaintext(text)
    assert article.title == "افتتاح حديقة الواحة الشرقية أمام الزوار"
    assert not article.authors


def test_a_page_copied_one_paragraph_a_line_is_not_hard_wrapped() -> None:
    # Short menu lines pull the measured width down; paragraphs far past it are proof
    # that no wrap tool touched the text.
    lines = split_lines(_ar_page())
    assert wrap_width(lines) is None


def test_a_bio_ends_where_the_author_box_links_begin() -> None:
    text = "\n".join(
        [
            "Олена Марчук",
            "Журналістка, пише про стартапи та агротех. Раніше працювала в інформагенції.",
            "Усі матеріали автора",
            "Поділитися",
        ]
    )
    lines = split_lines(text)
    blocks = read_author_blocks(lines, list(range(len(lines))), {"олена марчук"})
    assert len(blocks) == 1
    assert blocks[0].bio == (
        "Журналістка, пише про стартапи та агротех. Раніше працювала в інформагенції."
    )


def test_a_three_character_han_name_over_the_date_is_the_byline() -> None:
    chrome = chrome_cues("zh")
    entries = classify_line(0, Line(1, "林嘉木", False), None, chrome)
    assert entries[0].kind == "name" and entries[0].byline.people == (("林嘉木", None),)
    # a channel label of two characters is no name
    assert classify_line(0, Line(1, "芯片", False), None, chrome)[0].kind != "name"
    page = "\n".join(
        [
            "扫地机器人出海三年：一家公司如何挤进欧洲超市",
            "林嘉木",
            "2026-12-01 08:30",
            "十月底的科隆家电展上，一家来自深圳的扫地机器人公司把展台搭成了一间公寓，来往的经销商蹲下来看机器人绕开积木。",
            "这家公司成立不过六年，去年海外收入第一次超过国内，创始人说三年前他们在德国连一个像样的经销商都找不到。",
        ]
    )
    assert [a.name for a in parse_plaintext(page).authors] == ["林嘉木"]


def test_a_short_han_headline_over_its_dek_is_no_kicker() -> None:
    # A kicker in Chinese is a word or two ("芯片"); eleven characters over a dek are the
    # headline, the dek is no headline under a kicker.
    page = "\n".join(
        [
            "科创前哨",
            "首页 | 快讯 | 深度 | 智能汽车 | 芯片 | 出海",
            "芯片",
            "一颗激光雷达芯片的十年",
            "从差点发不出工资，到每月出货二十万颗",
            "文｜方启航",
            "2026-11-30 21:05",
            "本文来自微信公众号“芯事笔记”（ID：xinshibiji），作者：方启航，科创前哨经授权发布。",
            "2016年的冬天，刚从美国回国的邵一鸣在苏州工业园区租下一间不到两百平方米的办公室，开始做一件当时很多人觉得“不靠谱”的事：把车载激光雷达里最贵的那部分——收发模组，做成一颗芯片。",
            "十年后，他创办的“光矩科技”每个月出货二十万颗激光雷达芯片，客户包括国内七家主流车企。就在上个月，公司完成了新一轮融资，估值超过一百二十亿元。",
            "一、没人相信的路线",
            "激光雷达的核心难题是成本。早期一台机械式激光雷达的价格动辄数万美元，比一辆普通家用车还贵。行业的主流思路是减少机械部件、改用半固态方案，而邵一鸣选择了更激进的路线：把发射、接收和信号处理集成到同一颗芯片上。",
            "▲ 光矩科技的芯片在实验室老化测试台上",
            "图源：光矩科技官网",
        ]
    )
    article = parse_plaintext(page)
    assert article.title == "一颗激光雷达芯片的十年"
    assert article.subtitle == "从差点发不出工资，到每月出货二十万颗"


def test_a_gallery_counter_after_a_photo_label_is_no_credit() -> None:
    assert split_caption("Фото 1 / 4") is None
    assert split_caption("Photo 3/12") is None
    parts = split_caption("Фото: Камчатский филиал ВНИРО")
    assert parts is not None and parts.credit == "Камчатский филиал ВНИРО"


def test_a_name_then_its_place_after_a_dash_in_a_prefixed_byline() -> None:
    entries = classify_line(0, Line(1, "كتب: ماجد الحارثي - صلالة", False), None, chrome_cues("ar"))
    assert entries[0].kind == "byline"
    assert entries[0].byline.people == (("ماجد الحارثي", None),)
    entries = classify_line(0, Line(1, "Von Anna Berg - Berlin", False), None, chrome_cues("de"))
    assert entries[0].byline.people == (("Anna Berg", None),)


_RU_BODY = (
    "Городская библиотека на Садовой улице открылась после ремонта, который продолжался "
    "почти полтора года и обошёлся бюджету в сорок миллионов рублей.",
    "В здании заменили окна и отопление, а в бывшем книгохранилище на первом этаже "
    "устроили зал для занятий, где можно работать с ноутбуком до десяти вечера.",
)


def test_a_read_also_box_with_listed_teasers_does_not_end_the_article() -> None:
    page = "\n\n".join(
        [
            "Библиотека на Садовой открылась после ремонта",
            "1 декабря 2026",
            *_RU_BODY,
            "Читайте также",
            "* В парке Победы отремонтируют фонтан\n* На набережной появятся новые скамейки",
            "Что изменилось для читателей",
            "Записаться в библиотеку теперь можно онлайн, а читательский билет выдают за пять "
            "минут по паспорту или по номеру телефона.",
            "Библиотека работает без выходных, по понедельникам — с полудня.",
        ]
    )
    article = parse_plaintext(page)
    texts = [b.text for b in article.blocks if hasattr(b, "text")]
    assert "Что изменилось для читателей" in texts
    assert texts[-1].startswith("Библиотека работает без выходных")
    assert not any("фонтан" in t for t in texts)


def test_a_han_subhead_may_end_in_a_quoted_word() -> None:
    page = "\n\n".join(
        [
            "海岛航线开通 一张船票游三岛",
            "2026-11-30 18:42",
            "11月30日上午，一艘满载乘客的客船从港口出发，经过两座小岛驶向最远的渔山岛，新航线正式开通。",
            "以往游客前往渔山岛只能乘坐每天一班的交通船，新航线开通后每天开行两个班次，游客可以在沿途下船游玩。",
            "岛上民宿提前“接单”",
            "航线还未开通，岛上的民宿就已经接到了不少预订，经营者说元旦假期的客房已经订满。",
            "当地还计划在明年春季推出联票，将船票与景点门票打包销售。",
        ]
    )
    headings = [b.text for b in parse_plaintext(page).blocks if type(b).__name__ == "Heading"]
    assert headings == ["岛上民宿提前“接单”"]


def test_a_crew_credit_is_a_contributor_line() -> None:
    page = "\n\n".join(
        [
            "Бібліотека на Садовій відкрилася після ремонту",
            "1 грудня 2026",
            "Міська бібліотека на Садовій вулиці відкрилася після ремонту, який тривав майже "
            "півтора року і коштував бюджету сорок мільйонів гривень.",
            "У будівлі замінили вікна й опалення, а в колишньому книгосховищі облаштували "
            "зал для занять, де можна працювати з ноутбуком до десятої вечора.",
            "Оператор: Віталій Дячук",
        ]
    )
    article = parse_plaintext(page)
    assert article.credit_line == "Оператор: Віталій Дячук"


def test_an_author_box_after_the_article_gives_the_bio_under_the_name() -> None:
    # The box after the rights line and counters (cut as chrome after the article): the
    # writer's name on a line of its own, the bio sentence under it; a CJK sentence is a
    # bio, not a job title.
    page = "\n".join(
        [
            "首页 | 快讯 | 深度 | 智能硬件 | 出海",
            "扫地机器人出海三年：一家公司如何挤进欧洲超市",
            "在欧洲，中国品牌拼的已经不只是价格",
            "林嘉木",
            "2026-12-01 08:30",
            "十月底的科隆家电展上，一家来自深圳的扫地机器人公司把展台搭成了一间公寓，来往的经销商蹲下来看机器人绕开积木、翻过门槛。",
            "这家公司成立不过六年，去年海外收入第一次超过国内，创始人说三年前他们在德国连一个像样的经销商都找不到。",
            "团队为此在法兰克福租了三套不同户型的公寓做实验室，工程师轮流驻扎，一年里把避障算法改了四十多个版本。",
            "本文为科创前哨原创，未经授权禁止转载。",
            "#智能硬件 #出海",
            "赞 128",
            "作者",
            "林嘉木",
            "科创前哨资深记者，关注智能硬件与中国公司出海，欢迎交流线索。",
            "关注",
            "推荐阅读",
            "一颗激光雷达芯片的十年",
            "© 2026 科创前哨 京ICP备00000000号",
        ]
    )
    authors = parse_plaintext(page).authors
    assert [a.name for a in authors] == ["林嘉木"]
    assert authors[0].bio == "科创前哨资深记者，关注智能硬件与中国公司出海，欢迎交流线索。"
    assert authors[0].role is None


def test_the_headline_over_a_player_is_kept_over_the_dek_under_it() -> None:
    page = "\n".join(
        [
            "Новости",
            "Общество",
            "Обновлено 01.12.2026 18:22",
            "Жители Вологды третью неделю ждут ремонта лифта: управляющая компания "
            "ссылается на подрядчика",
            "Слушать",
            "00:00",
            "Голос: нейросеть",
            "Жильцы дома на Окружном шоссе пожаловались в редакцию. Лифт не работает с 10 ноября",
            "Ирина Соколова",
            "Жители девятиэтажного дома на Окружном шоссе больше трёх недель поднимаются пешком: "
            "лифт остановился после скачка напряжения, а новый блок управления так и не привезли.",
            "В управляющей компании говорят, что заказали деталь у подрядчика ещё в начале "
            "месяца и ждут её к концу недели.",
        ]
    )
    article = parse_plaintext(page)
    assert article.title.startswith("Жители Вологды третью неделю ждут ремонта лифта")
    assert article.subtitle == (
        "Жильцы дома на Окружном шоссе пожаловались в редакцию. Лифт не работает с 10 ноября"
    )
    assert [a.name for a in article.authors] == ["Ирина Соколова"]


def test_a_dek_that_is_a_sentence_stands_over_the_header_widgets() -> None:
    # Headline, byline and date, a lead of two sentences, then a player: the lead is the
    # dek; the story's first paragraph comes after the player.
    page = "\n\n".join(
        [
            "У Хмельницькому відкрили нову бібліотеку в колишньому кінотеатрі",
            "01 грудня 2026, 17:45 · Андрій Гуменюк",
            "Бібліотека зайняла зал колишнього кінотеатру «Мир». Репортаж Андрія Гуменюка.",
            "(BUTTON) Відтворити відео",
            "У Хмельницькому відкрили міську бібліотеку в будівлі колишнього кінотеатру, "
            "який понад десять років стояв порожнім і потребував ремонту даху.",
            "У залі облаштували читальню на сто місць, дитячий куток і простір для "
            "лекцій, а в колишній касі тепер працює буккросинг.",
        ]
    )
    article = parse_plaintext(page)
    assert article.subtitle == (
        "Бібліотека зайняла зал колишнього кінотеатру «Мир». Репортаж Андрія Гуменюка."
    )
    paragraphs = [b.text for b in article.blocks if type(b).__name__ == "Paragraph"]
    assert paragraphs[0].startswith("У Хмельницькому відкрили міську бібліотеку")


def test_a_dek_over_a_view_counter_on_a_page_without_blank_lines() -> None:
    # A blog platform copied with select-all: no blank line anywhere; the view counter
    # under the dek sets it apart from the story as a blank line would.
    page = "\n".join(
        [
            "Аркадий Плетнёв",
            "2 дек в 09:15",
            "Мы перевели склад на сканеры за три месяца. Что пошло не так",
            "Рассказываю без прикрас: от выбора системы до первой инвентаризации.",
            "3 914 просмотров",
            "Меня зовут Аркадий, я сооснователь небольшого магазина запчастей. До весны весь "
            "учёт жил в таблицах и в голове старшего кладовщика.",
            "Первые две недели ушли на то, чтобы просто наклеить этикетки на полки и выучить "
            "всех сотрудников пользоваться терминалами.",
        ]
    )
    article = parse_plaintext(page)
    assert (
        article.subtitle == "Рассказываю без прикрас: от выбора системы до первой инвентаризации."
    )
    paragraphs = [b.text for b in article.blocks if type(b).__name__ == "Paragraph"]
    assert paragraphs[0].startswith("Меня зовут Аркадий")
    assert not any("просмотров" in p for p in paragraphs)
