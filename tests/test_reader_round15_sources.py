"""Round 15 (sources): photo sources the probes lost — a source line with no colon under a
caption ("Фото з родинного архіву", "Foto aus dem Familienarchiv", "Photo courtesy of the
family"), an archive label of several words before the credit ("(Photo d'archives : Name /
Outlet)", "(Архівне фото: …)"), a Chinese credit set off by a full-width bar ("…。图｜Name")
and a Chinese meta row ("发布时间：… 来源：… 阅读：N") under a short centred headline.
Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _story(title: str, byline: str, prose: list[str], caption: str, credit: str) -> str:
    return "\n\n".join([title, byline, prose[0], caption, credit, *prose[1:]]) + "\n"


_UK = [
    "Понад тридцять років Степан Гринчук лагодив годинники в маленькій майстерні біля "
    "автостанції, і майже кожна родина в селищі хоч раз приносила йому свій будильник.",
    "Цієї осені майстер зачинив двері майстерні востаннє, а свої інструменти передав "
    "місцевому ліцею, де відкривають гурток для старшокласників.",
    "Односельці влаштували йому проводи в будинку культури й подарували годинник, "
    "який сконструювали учні того самого ліцею.",
]
_DE = [
    "Mehr als dreißig Jahre lang reparierte Paula Wendt in ihrer Werkstatt am Bahnhof von "
    "Lindenhain die Fahrräder der halben Gemeinde, vom Kinderrad bis zum Lastenrad.",
    "Am Freitag hat sie den Laden zum letzten Mal abgeschlossen, das Werkzeug bekommt die "
    "Schule, die im Frühjahr eine Fahrrad-AG gründen will.",
    "Die Nachbarn verabschiedeten sie mit einem Fest auf dem Bahnhofsvorplatz, bei dem "
    "eine Blaskapelle aus dem Nachbarort spielte.",
]
_EN = [
    "For thirty-one years Nell Parry ran the mobile library van that climbed the lanes "
    "above Carrowdale every Tuesday, in snow, fog and the height of the summer traffic.",
    "On Tuesday she parked the van for the last time outside the village hall, where "
    "about a hundred readers waited with cake and a card signed by the primary school.",
    "The county says a new driver will take over the route in the spring after training "
    "over the winter months.",
]
_FR = [
    "Pendant trente-huit ans, Marcel Joubert a tenu la quincaillerie de la place du "
    "Marché à Saint-Aubrac, où l'on trouvait aussi bien des clous que des graines.",
    "Samedi, il a remis les clés au nouveau propriétaire, un jeune couple venu de la "
    "vallée qui compte garder l'enseigne et le vieux comptoir en chêne.",
    "La municipalité lui a offert une plaque gravée lors d'une petite fête organisée "
    "dans la salle des fêtes.",
]


def test_a_photo_source_line_without_a_colon_credits_the_caption_above_it() -> None:
    for prose, title, byline, caption, credit in [
        (_UK, "Годинникар із селища Лугове пішов на пенсію", "Автор: Ірина Мазур",
         "Степан Гринчук у своїй майстерні, 1992 рік.", "Фото з родинного архіву"),
        (_DE, "Fahrradwerkstatt in Lindenhain schließt nach dreißig Jahren", "Von Jan Oster",
         "Paula Wendt vor ihrer Werkstatt im Jahr 1994.", "Foto aus dem Familienarchiv"),
        (_EN, "Carrowdale's mobile librarian parks her van for good", "By Huw Penrose",
         "Nell Parry with the first library van in 1993.", "Photo courtesy of the family"),
    ]:
        article = parse_plaintext(_story(title, byline, prose, caption, credit))
        assert _figures(article) == [(caption, credit)], credit
        assert _paragraphs(article)[0] == prose[0]
        assert credit not in " ".join(_paragraphs(article))


def test_an_archive_label_of_several_words_is_no_part_of_the_credit() -> None:
    text = _story(
        "La quincaillerie de Saint-Aubrac change de mains",
        "Par Chloé Vidal",
        _FR,
        "La quincaillerie de la place du Marché en 1988.",
        "(Photo d'archives : Luc Barral / Le Courrier d'Aubrac)",
    )
    assert _figures(parse_plaintext(text)) == [
        ("La quincaillerie de la place du Marché en 1988.", "Luc Barral / Le Courrier d'Aubrac")
    ]
    text = _story(
        "Годинникар із селища Лугове пішов на пенсію",
        "Автор: Ірина Мазур",
        _UK,
        "Майстерня біля автостанції, 1985 рік.",
        "(Архівне фото: Олег Дячук / «Лугівські новини»)",
    )
    assert _figures(parse_plaintext(text)) == [
        ("Майстерня біля автостанції, 1985 рік.", "Олег Дячук / «Лугівські новини»")
    ]


_ZH = [
    "本县退休教师周慧兰同志因病医治无效，于2026年10月9日逝世，享年90岁。",
    "周慧兰同志1936年出生于东溪乡，在东溪中心小学任教三十八年，培养学生两千余人。",
    "上世纪八十年代，东溪乡不少孩子读完小学就回家务农。周慧兰挨家挨户上门劝学，"
    "一个学期走遍了全乡十一个村。",
    "“她批改作业从来不过夜，错一个字都要圈出来。”曾是她学生的乡中心校校长陈立说，"
    "“我们现在的教案本，很多还是照着她的格式写的。”",
    "退休后，她仍坚持为乡里的留守儿童辅导功课，并把自己的藏书捐给了乡图书室。",
    "县教育局负责人表示，周慧兰同志一生扎根乡村讲台，她的敬业精神值得全县教师学习。",
    "周慧兰同志的遗体告别仪式定于10月12日上午在县殡仪馆举行。",
]


def _zh_page(*figure_lines: str) -> str:
    head = [
        "东溪县融媒体中心",
        "首页 | 本地新闻 | 乡镇动态 | 视频",
        "当前位置：首页 > 本地新闻 > 正文",
        "沉痛悼念周慧兰同志",
        "发布时间：2026-10-10 09:30　来源：东溪县融媒体中心　阅读：1875",
        "【字体：大 中 小】",
    ]
    tail = [
        "分享到：微信 微博 QQ空间",
        "上一篇：东溪乡新建村级卫生室投入使用",
        "下一篇：县城南门大桥完成加固",
        "相关新闻",
        "我县举行退休教师座谈会",
        "东溪中心小学新校舍落成",
        "主办：东溪县融媒体中心　备案号：东ICP备00000000号-1",
    ]
    # a select-all copy: one line a block, no blank line between them
    body = [_ZH[0], *figure_lines, *_ZH[1:], "（编辑：李明　审核：王芳）"]
    return "\n".join([*head, *body, *tail]) + "\n"


def test_a_short_han_headline_over_its_meta_row_is_the_title() -> None:
    article = parse_plaintext(_zh_page())
    assert article.title == "沉痛悼念周慧兰同志"
    assert str(article.published)[:10] == "2026-10-10"


def test_a_full_width_bar_sets_a_han_credit_off_its_caption() -> None:
    article = parse_plaintext(_zh_page("周慧兰同志在东溪中心小学的课堂上。图｜县档案馆"))
    assert _figures(article) == [("周慧兰同志在东溪中心小学的课堂上。", "县档案馆")]



def test_a_han_meta_row_is_told_from_a_headline() -> None:
    from syndicate.readers.scraped.region import han_meta_row

    assert han_meta_row("发布时间：2026-10-10 09:30　来源：东溪县融媒体中心　阅读：1875")
    assert han_meta_row("来源：东溪县融媒体中心　发布时间：2026-10-10")
    assert not han_meta_row("沉痛悼念周慧兰同志")
    assert not han_meta_row("发布时间：2026-10-10 09:30")  # one label: a date line, read as such
    assert not han_meta_row("Published: 10 October 2026 | Source: Dongxi Media Centre")
