"""Round 11 (ru, uk, ar, zh outlet shapes): the kinds of miss the new shapes showed on first
sight — a news lead taken for a dek, a "Label: N" view counter read as a paragraph, a meta
row with two separators hiding its byline, lynx's image mark run into the paragraph above
it, the dash that joined a caption to its wrapped credit, and a forum thread's replies read
as the first post's text. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.headerline import classify_line
from syndicate.readers.scraped.lines import Line

_RU_MENU = (
    "Версия для слабовидящих\nАдминистрация Лесновского района\n"
    "Главная\nНовости\nДокументы\nКонтакты\n"
)
_RU_FOOT = (
    "\nПоделиться:\nВКонтакте\nОдноклассники\nДругие новости\n"
    "В районе начался прием заявок на гранты\n© 2026 Администрация Лесновского района\n"
)


def _ru_page(headline: str, first: str) -> str:
    return (
        _RU_MENU
        + headline
        + "\n3 декабря 2026, 10:15\n\n"
        + first
        + "\n\nНа встрече обсудили график работ на зиму, закупку топлива для котельных и "
        "вывоз снега с дворовых территорий. Руководителям служб поручено до пятницы "
        "представить планы дежурств на праздничные дни.\n\nЖители смогут задать вопросы "
        "по теплоснабжению на прямой линии, которая пройдет в следующий вторник в "
        "администрации района с десяти утра до часу дня.\n"
        + _RU_FOOT
    )


def test_a_lead_opening_with_the_day_of_the_event_is_no_dek() -> None:
    # A town hall's lead names the day first; a standfirst never opens with it.
    first = (
        "3 декабря заместитель главы района Ольга Воронина провела совещание с "
        "руководителями коммунальных служб и управляющих компаний."
    )
    article = parse_plaintext(_ru_page("В районе обсудили подготовку к морозам", first))
    assert article.subtitle is None
    assert _paragraphs(article)[0] == first


def test_a_lead_restating_the_headline_is_no_dek() -> None:
    first = (
        "В поселке Лесном после долгого ремонта открыли новую амбулаторию. Прием ведут "
        "терапевт и педиатр."
    )
    article = parse_plaintext(_ru_page("В поселке Лесном открыли новую амбулаторию", first))
    assert article.subtitle is None
    assert _paragraphs(article)[0] == first


def test_a_dek_that_adds_to_the_headline_stays_the_dek() -> None:
    dek = "Работы продлятся до весны, движение транспорта на мосту ограничат."
    article = parse_plaintext(_ru_page("В Лесном начали ремонт моста через Сухону", dek))
    assert article.subtitle == dek


def test_a_label_and_number_view_counter_is_a_counter_in_every_language() -> None:
    assert chrome_cues("uk").kind("Переглядів: 312") == "counter"
    assert chrome_cues("ru").kind("Просмотров: 90") == "counter"
    assert chrome_cues("ar").kind("عدد المشاهدات: 540") == "counter"
    assert chrome_cues("zh").kind("浏览次数：1286") == "counter"
    assert chrome_cues("de").kind("Aufrufe: 77") == "counter"
    # a sentence with a number in it is no counter
    assert chrome_cues("uk").kind("Переглядів було 312, а коментарів жодного.") != "counter"


def test_a_view_counter_under_the_date_is_not_the_first_paragraph() -> None:
    page = (
        "Головна » Новини\n\nУ лікарні відкрили нову палату для немовлят\n\n02.12.2026\n"
        "Переглядів: 41\n\n\nУ пологовому відділенні міської лікарні відкрили палату "
        "інтенсивної терапії для новонароджених на шість ліжок.\nОбладнання придбали "
        "коштом громади та благодійників, ремонт тривав чотири місяці.\n"
        "Перших маленьких пацієнтів палата прийняла вже наступного дня після відкриття.\n"
        "\nПоділитися:\nFacebook\nTelegram\n"
    )
    article = parse_plaintext(page)
    assert _paragraphs(article)[0].startswith("У пологовому відділенні")
    assert all("Переглядів" not in p for p in _paragraphs(article))


def test_a_meta_row_with_two_separators_keeps_its_byline() -> None:
    ru = chrome_cues("ru")
    line = Line(1, "02.12.2026 | 16:40 · Автор: Мария Ковалёва", True)
    kinds = {e.kind: e for e in classify_line(0, line, None, ru)}
    assert kinds["date"].value == "2026-12-02"
    assert kinds["byline"].byline is not None
    assert kinds["byline"].byline.people[0][0] == "Мария Ковалёва"


_LYNX_PARA = (
    "   وجرى توقيع الاتفاقية في جدة على هامش معرض النقل البحري الإقليمي، بحضور\n"
    "   رئيس مجلس إدارة الشركة ومديري الموانئ الثلاثة المشاركة في المشروع الجديد.\n"
)


def test_lynx_image_mark_opens_the_caption_under_a_paragraph() -> None:
    # lynx prints "[file.jpg]" for an image without alt text, with no blank line above it
    page = (
        "الشركة البحرية توقع عقدا لتوسعة ثلاثة موانئ\n\n   كتب: سامي العنزي\n"
        "   الأربعاء 02 ديسمبر 2026 - 11:20\n\n"
        "   وقعت الشركة البحرية الوطنية عقدا لتوسعة ثلاثة موانئ على ساحل البحر الأحمر\n"
        "   بقيمة إجمالية تبلغ نحو 600 مليون ريال، على أن تبدأ الأعمال مطلع العام المقبل.\n\n"
        + _LYNX_PARA
        + "   [port.jpg] رافعات الحاويات في ميناء جدة الإسلامي.\n   (الخليجية الاقتصادية)\n\n"
        "   وقال رئيس مجلس الإدارة إن التوسعة سترفع الطاقة الاستيعابية للموانئ الثلاثة\n"
        "   بنحو الثلث، وستوفر مئات الوظائف الجديدة لأبناء المنطقة خلال سنوات التشغيل.\n"
    )
    article = parse_plaintext(page)
    assert _figures(article) == [("رافعات الحاويات في ميناء جدة الإسلامي.", "الخليجية الاقتصادية")]
    assert any(p.endswith("في المشروع الجديد.") for p in _paragraphs(article))


def test_the_dash_joining_a_caption_to_its_wrapped_credit_goes() -> None:
    page = (
        "البلدية تفتتح حديقة عامة جديدة في حي الزيتون\n\n   الثلاثاء 01 ديسمبر 2026\n\n"
        "   رئيس البلدية خلال افتتاح الحديقة بحضور عدد من السكان وأعضاء المجلس -\n"
        "   تصوير: نبيل الساحلي\n\n"
        "   افتتحت بلدية المدينة صباح الثلاثاء حديقة عامة جديدة في حي الزيتون على مساحة\n"
        "   هكتارين، تضم ملاعب للأطفال ومسارات للمشي ومساحات خضراء واسعة للعائلات.\n\n"
        "   وقال رئيس البلدية إن الحديقة هي الثالثة من نوعها هذا العام، وإن البلدية\n"
        "   تخطط لافتتاح حديقتين أخريين في الأحياء الشمالية قبل نهاية العام المقبل.\n"
    )
    article = parse_plaintext(page)
    assert _figures(article) == [
        ("رئيس البلدية خلال افتتاح الحديقة بحضور عدد من السكان وأعضاء المجلس", "نبيل الساحلي")
    ]


_ZH_POST = [
    "社区的朋友们，下周六上午九点在文化广场有一场旧书交换活动，每人最多可以带十本书来交换。",
    "现场还会有志愿者帮忙给旧书消毒、包书皮，小朋友可以参加绘本故事会，大人可以聊聊读书心得。",
    "如果下雨就改到社区活动中心一楼大厅，具体情况我会提前一天在这里通知大家。",
]


def test_a_forum_threads_replies_are_not_the_first_posts_text() -> None:
    page = (
        "登录 | 立即注册\n溪桥社区论坛\n首页 › 社区活动 › 查看内容\n查看: 812 | 回复: 9\n\n"
        "下周六文化广场旧书交换活动\n\n    书虫老林\n    主题12帖子340积分980\n"
        "    楼主 发表于 2026-12-2 08:30 | 只看该作者\n\n"
        + "\n\n".join(f"    {p}" for p in _ZH_POST)
        + "\n\n    评分 参与人数 2 威望 +4\n    阿满不慢\n    沙发 发表于 2026-12-2 09:05\n"
        "    太好了，家里正好有一箱书不知道放哪儿，到时候一定带孩子一起去看看。\n    小溪流\n"
        "    板凳 发表于 2026-12-2 09:40\n    请问漫画书可以换吗？我有一套连环画想换点别的。\n"
        "  1 2 下一页\n  Powered by Discuz! X3.5\n"
    )
    article = parse_plaintext(page)
    assert _paragraphs(article) == _ZH_POST
    assert (article.published or "")[:10] == "2026-12-02"


def test_an_english_thread_cuts_its_replies_at_the_repeated_post_stamp() -> None:
    post = [
        "The allotment committee has agreed to open the new plots on the east side in "
        "March, and anyone on the waiting list should hear from the secretary by February.",
        "Plots will be half the usual size this time, so that more families get one, and "
        "the rent will be halved to match. Water troughs go in over the winter.",
        "Please do not start clearing the ground before the keys are handed over, as the "
        "contractor still needs access for the fencing.",
    ]
    page = (
        "Home › Forums › Site news\n\nEast side plots open in March\n\nRuth_Gardener\n"
        "#1 Posted on 2 December 2026, 10:14\n\n"
        + "\n\n".join(post)
        + "\n\nTom_Barnes\n#2 Posted on 2 December 2026, 11:02\n"
        "Great news, thanks for letting us know. I will tell my neighbours about it.\n"
        "Ann_Lee\n#3 Posted on 2 December 2026, 12:40\nDoes the rent include water?\n"
    )
    article = parse_plaintext(page)
    assert _paragraphs(article) == post
