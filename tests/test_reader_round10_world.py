"""Rules written for round 10's world-language page kinds (blog and self-media platforms,
diocese and charity sites, UN-type and relief NGO news, Hong Kong and Taiwanese government
press releases in ru, uk, ar, zh), each checked in isolation and, where the convention is
shared, in another language, with a guard where it must not fire (original texts)."""

from __future__ import annotations

from syndicate.model import Figure, Heading, Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.dates import parse_date_line
from syndicate.readers.scraped.lines import _wrapped_credit
from syndicate.readers.scraped.noise import noise_rule


def _paragraphs(article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def _headings(article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Heading)]


def _figures(article) -> list[tuple[str | None, str | None]]:
    return [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]


# ---- date.roc: Taiwan's Republic-of-China era years -------------------------------------


def test_a_taiwanese_labelled_era_date_is_read_as_the_common_era() -> None:
    found = parse_date_line("發布日期：115-12-01", "zh")
    assert found is not None and found.labelled and found.value == "2026-12-01"
    assert parse_date_line("民國115年3月9日", "zh").value == "2026-03-09"
    assert parse_date_line("中華民國114年11月30日（星期日）", "zh").value == "2025-11-30"
    assert parse_date_line("公告日期：115/12/01", "zh").value == "2026-12-01"


def test_an_era_shaped_number_is_no_date_outside_chinese_or_out_of_range() -> None:
    assert parse_date_line("115-12-01", "en") is None  # an English page: a part number
    assert parse_date_line("發布日期：115-13-40", "zh") is None
    assert parse_date_line("發布日期：95-12-01", "zh") is None  # 2006 pages print 95: not read


# ---- date.after-end-mark: a press release stamped under its end mark ---------------------


def _hk_release(tail: list[str]) -> str:
    body = [
        "渠務署今日（十二月三日）表示，大埔河下游的防洪改善工程已大致完成，"
        "新建的河堤可抵禦五十年一遇的暴雨。",
        "渠務署發言人說，工程期間署方一直與附近村民保持聯繫，"
        "並已於河畔重新種植約四百棵原生樹木。",
        "市民如有查詢，可致電渠務署熱線。",
    ]
    return "\n\n".join(["大埔河防洪工程大致完成", *body, *tail])


def test_the_date_under_a_chinese_release_end_mark_is_its_publication_date() -> None:
    article = parse_plaintext(_hk_release(["完", "2026年12月3日（星期四）\n香港時間17時05分"]))
    assert article.published == "2026-12-03"
    assert all(p != "完" for p in _paragraphs(article))


def test_the_date_glued_to_an_english_ends_mark_is_the_release_date() -> None:
    page = "\n\n".join(
        [
            "Drainage works on the Tai Po river completed",
            "The Drainage Services Department said today that flood works on the lower "
            "river have been completed and the new embankment can hold a fifty-year storm.",
            "A spokesman said some four hundred native trees had been replanted along "
            "the bank after consultation with the villagers living nearby.",
            "Ends/Thursday, December 3, 2026\nIssued at HKT 17:05",
        ]
    )
    assert parse_plaintext(page).published == "2026-12-03"


def test_a_date_under_the_story_without_an_end_mark_is_not_taken() -> None:
    # a related teaser's date under the story, no end mark: not the story's date
    article = parse_plaintext(_hk_release(["延伸閱讀", "2026年11月20日（星期五）"]))
    assert article.published is None


# ---- byline.account: the account next to a follow button --------------------------------


def test_a_russian_channel_name_over_its_subscriber_count_is_the_author() -> None:
    page = "\n".join(
        [
            "Главная",
            "Статьи",
            "Рыбалка на севере",
            "23,1 тыс. подписчиков",
            "Подписаться",
            "",
            "Как мы ловили налима на Сухоне в первый лёд",
            "2 декабря 2026",
            "",
            "Лёд на Сухоне встал в этом году поздно, и выехать мы смогли только в последних "
            "числах ноября, когда у берега намёрзло сантиметров десять.",
            "",
            "Налим клевал ночью, на живца, и к утру у нас было семь рыб, самая крупная на "
            "два с половиной килограмма.",
        ]
    )
    article = parse_plaintext(page)
    assert [a.name for a in article.authors] == ["Рыбалка на севере"]
    assert "23,1 тыс. подписчиков" not in _paragraphs(article)


def test_a_chinese_account_over_its_follow_button_under_the_date_is_the_author() -> None:
    page = "\n".join(
        [
            "首页",
            "巷口的修鞋摊守了三十年",
            "2026-12-02 08:40·发布于江西",
            "南昌老街日记",
            "关注",
            "修鞋的张师傅今年七十岁了，每天早上七点准时在巷口支起小摊，风雨无阻。",
            "街坊们说，谁家的鞋坏了、拉链掉了，拿到他这里，十分钟就能修好，收费从来不超过十块钱。",
        ]
    )
    assert [a.name for a in parse_plaintext(page).authors] == ["南昌老街日记"]


def test_an_english_account_with_followers_and_a_follow_button_is_the_author() -> None:
    page = "\n".join(
        [
            "Why our allotment moved to no-dig beds",
            "Muddy Boots Gardening",
            "4.2K followers",
            "Follow",
            "",
            "Three winters ago we stopped turning the soil on our allotment and started "
            "covering the beds with compost instead, and the weeds fell by half.",
            "",
            "The first year was slow, but by the second summer the beans and the squash "
            "grew faster than on the dug plots next to ours.",
        ]
    )
    assert [a.name for a in parse_plaintext(page).authors] == ["Muddy Boots Gardening"]


def test_a_press_portal_office_over_a_bare_follow_button_is_no_author() -> None:
    # a press portal prints the issuing office over its follow button, above the headline
    page = "\n\n".join(
        [
            "Presseportal",
            "Polizeidirektion Lindenau",
            "Folgen",
            "POL-LI: Radfahrer bei Unfall an der Mühlenstraße leicht verletzt",
            "02.12.2026 – 09:12",
            "Lindenau (ots) - Ein 54 Jahre alter Radfahrer ist am Dienstagmorgen an der "
            "Kreuzung Mühlenstraße und Bahnhofsweg von einem abbiegenden Auto erfasst worden.",
            "Der Mann kam mit leichten Verletzungen in ein Krankenhaus, die Autofahrerin blieb "
            "unverletzt. Die Polizei sucht Zeugen des Unfalls.",
        ]
    )
    assert parse_plaintext(page).authors == ()


def test_a_sentence_over_a_follow_prompt_is_no_account() -> None:
    page = "\n".join(
        [
            "Городской парк закроют на ремонт до весны",
            "Парк закроют для посетителей с понедельника.",
            "Подписаться",
            "",
            "Городской парк на набережной закроют на реконструкцию с седьмого декабря, "
            "работы продлятся до конца апреля следующего года.",
            "",
            "Подрядчик заменит освещение и уложит новое покрытие на главной аллее парка.",
        ]
    )
    assert parse_plaintext(page).authors == ()


# ---- figure.glued-to-image: html2text's italic caption under an image --------------------


def test_an_italic_line_under_an_image_is_its_caption_even_at_the_end() -> None:
    page = "\n\n".join(
        [
            "# В Заречье открыли новую библиотеку",
            "Новая библиотека в Заречье открылась в здании бывшего клуба, где полы и "
            "окна заменили за лето силами местной строительной бригады.",
            "![](/upload/lib_1.jpg)",
            "_Читальный зал на втором этаже_",
            "В фонде библиотеки около двенадцати тысяч книг, половину из них передали "
            "жители района и областная библиотека.",
            "![](/upload/lib_2.jpg)",
            "_Детский уголок у окна_",
        ]
    )
    article = parse_plaintext(page)
    assert _figures(article) == [
        ("Читальный зал на втором этаже", None),
        ("Детский уголок у окна", None),
    ]
    assert _headings(article) == []


def test_an_english_italic_caption_under_an_image_is_no_subhead() -> None:
    page = "\n\n".join(
        [
            "# Ferry returns to the island after two years",
            "The ferry to Colm Island sailed again on Monday after a two-year refit, "
            "carrying forty passengers and a van of post on its first crossing.",
            "![](/img/ferry.jpg)",
            "_The ferry leaving the harbour on Monday morning_",
            "Islanders said the crossing had been missed most by pupils, who had been "
            "staying in town during the week while the boat was away.",
        ]
    )
    article = parse_plaintext(page)
    assert _figures(article) == [("The ferry leaving the harbour on Monday morning", None)]


def test_an_italic_line_with_no_image_above_is_no_caption() -> None:
    page = "\n\n".join(
        [
            "# Ferry returns to the island after two years",
            "The ferry to Colm Island sailed again on Monday after a two-year refit, "
            "carrying forty passengers and a van of post on its first crossing.",
            "_The ferry leaving the harbour on Monday morning_",
            "Islanders said the crossing had been missed most by pupils, who had been "
            "staying in town during the week while the boat was away.",
        ]
    )
    assert _figures(parse_plaintext(page)) == []


# ---- subtitle.strong-lead past the lead photo's caption ----------------------------------


def test_a_bold_lead_under_the_lead_photo_caption_is_the_dek() -> None:
    lead = (
        "قالت منظمة دولية إن مشروعا لتخزين مياه الأمطار ساعد مئات الأسر في الريف على زراعة "
        "أراضيها من جديد بعد سنوات من الجفاف."
    )
    page = "\n\n".join(
        [
            "# مشروع لتخزين مياه الأمطار يعيد الزراعة إلى القرى",
            "3 كانون الأول/ديسمبر 2026",
            "![](/img/wadi.jpg)",
            "مزارع يسقي أشجار اللوز من خزان جديد في إحدى القرى.",
            "© UNDP/Sami Nasser",
            "[المناخ والبيئة](/ar/topic/climate)",
            "**" + lead + "**",
            "وأوضحت المنظمة في بيانها أن المشروع أقام عشرات الخزانات المنزلية والسدود "
            "الترابية الصغيرة في القرى الواقعة على جانبي الوادي خلال ثلاث سنوات.",
            "وارتفعت المساحة المزروعة في المنطقة إلى أكثر من ضعفي ما كانت عليه عند انطلاق "
            "المشروع، معظمها من الحبوب وأشجار الزيتون.",
        ]
    )
    article = parse_plaintext(page)
    assert article.subtitle == lead
    assert article.published == "2026-12-03"


# ---- a hard-wrapped caption's credit: an organisation's quoted name ---------------------


def test_a_quoted_organisation_name_ends_a_wrapped_credit() -> None:
    caption = "Волонтери передають генератори медичному директору лікарні. Фото: БФ"
    assert _wrapped_credit(caption, "«Світло поруч»", 77)
    ru = "Участники субботника высаживают деревья у школы номер семь. Фото: фонд"
    assert _wrapped_credit(ru, "«Зелёный город»", 77)
    # a quoted sentence under a short caption line is not the credit's end
    assert not _wrapped_credit("Фото: БФ", "«Ми працюємо щодня»", 77)


# ---- heading.enumerated-han --------------------------------------------------------------


def test_chinese_numbered_section_heads_are_subheads_whatever_follows() -> None:
    page = "\n".join(
        [
            "城市夜市的三种活法",
            "2026-12-02 09:10",
            "今年以来，全市新开了十一个夜市，但也有四个夜市因为客流不足在半年内关闭。",
            "一、靠特色小吃留住人",
            "城东夜市的摊主大多是本地老字号，不少顾客专门开车过来，周末一晚能接待三万人次。",
            "二、靠演出聚人气",
            "多数摊主提到：",
            "1. 每晚安排两场街头演出；",
            "2. 周末增加亲子活动。",
            "三、靠交通方便",
            "城南夜市紧挨地铁站，晚上十点以后人流反而最多，摊主说最晚要忙到凌晨一点。",
        ]
    )
    heads = _headings(parse_plaintext(page))
    assert heads == ["一、靠特色小吃留住人", "二、靠演出聚人气", "三、靠交通方便"]
    hant = "\n".join(
        [
            "社區長者食堂三個月來的變化",
            "2026-12-02 09:10",
            "區內第一間長者食堂開業三個月，每日平均供應約二百份午餐，比預期多出一半。",
            "（一）菜單由長者投票決定",
            "食堂每月舉行一次投票，由長者選出下個月的菜式，最受歡迎的是蒸魚和冬瓜湯。",
        ]
    )
    assert _headings(parse_plaintext(hant)) == ["（一）菜單由長者投票決定"]


def test_a_numbered_list_item_that_ends_in_a_semicolon_is_no_subhead() -> None:
    page = "\n".join(
        [
            "區議會通過交通改善建議",
            "2026-12-02 09:10",
            "區議會昨日通過多項交通改善建議，當局將於明年首季開展諮詢，主要包括：",
            "一、增設過路處；",
            "二、延長巴士服務時間。",
            "運輸署表示，會在諮詢完成後公布具體時間表，並繼續聽取居民意見。",
        ]
    )
    assert _headings(parse_plaintext(page)) == []


# ---- byline.closing without the prefix's colon --------------------------------------------


def _signed(lang_lines: list[str], signature: str) -> str:
    return "\n\n".join([*lang_lines, signature, "Поделиться: ВКонтакте Телеграм"])


_RU_STORY = [
    "# Школьники посадили кедровую аллею у храма",
    "1 декабря 2026 г.",
    "В субботу ученики воскресной школы вместе с родителями посадили тридцать молодых "
    "кедров вдоль дороги, ведущей к храму Преображения.",
    "Саженцы вырастили в лесничестве из семян, собранных три года назад в тайге под "
    "Северобайкальском, и привезли на место накануне.",
    "Настоятель храма поблагодарил лесничих и пообещал, что за аллеей будут ухаживать "
    "старшеклассники и прихожане.",
    "Следующую посадку запланировали на май, когда сойдёт снег и прогреется земля.",
]


def test_a_russian_signature_without_a_colon_signs_the_story() -> None:
    article = parse_plaintext(_signed(_RU_STORY, "Подготовила Анна Лебедева"))
    assert [a.name for a in article.authors] == ["Анна Лебедева"]


def test_a_ukrainian_signature_without_a_colon_signs_the_story() -> None:
    story = [
        "# Учні висадили каштанову алею біля школи",
        "1 грудня 2026",
        "У суботу учні старших класів разом із батьками висадили тридцять молодих "
        "каштанів уздовж дороги до школи на околиці міста.",
        "Саджанці виростили в розсаднику лісництва, а привезли їх напередодні на "
        "вантажівці, яку дав місцевий фермер.",
        "Директорка школи подякувала лісникам і пообіцяла, що за алеєю доглядатимуть "
        "випускники та батьки.",
        "Наступну висадку запланували на квітень, коли зійде сніг і прогріється земля.",
    ]
    article = parse_plaintext(_signed(story, "Підготувала Ольга Мельник"))
    assert [a.name for a in article.authors] == ["Ольга Мельник"]


def test_a_sentence_opening_with_a_prefix_word_is_no_signature() -> None:
    article = parse_plaintext(_signed(_RU_STORY, "Текст обращения опубликован на сайте"))
    assert article.authors == ()


# ---- counters and calls to like and subscribe ---------------------------------------------


def test_read_counters_are_chrome() -> None:
    ru, en = chrome_cues("ru"), chrome_cues("en")
    assert ru.kind("12,4 тыс. прочитали") is not None
    assert ru.kind("845 прочитали") is not None
    assert en.kind("3.4k reads") is not None
    assert ru.kind("Мы прочитали письмо внимательно.") is None


def test_a_like_and_subscribe_call_is_chrome_not_the_last_paragraph() -> None:
    ru, en = chrome_cues("ru"), chrome_cues("en")
    assert ru.kind("Ставьте лайк, если хотите продолжения, и не забудьте подписаться!")
    assert en.kind("If you enjoyed this, like and subscribe for more garden diaries.")
    assert ru.kind("Лайк поставили три тысячи человек за первый день.") is None


# ---- chinese end marks and a traditional-script press contact ----------------------------


def test_chinese_end_marks_are_end_marks() -> None:
    for mark in ("完", "（完）", "-完-", "【完】"):
        assert noise_rule(mark) == "noise.end-mark"
    assert noise_rule("完成") is None


def test_a_traditional_press_contact_block_ends_the_release() -> None:
    page = "\n\n".join(
        [
            "國道客運新增夜間班次 週五起上路",
            "發布日期：115-12-02",
            "公路局今（2）日表示，為服務夜間通勤旅客，國道客運台北至桃園路線自本週五起"
            "增開夜間班次，末班車延後至凌晨一時發車。",
            "公路局說明，新增班次將先試辦三個月，並依搭乘人數檢討是否常態化。",
            "新聞聯絡人：公路局 運輸組 王科長\n聯絡電話：02-0000-0000 分機 100",
        ]
    )
    article = parse_plaintext(page)
    assert article.published == "2026-12-02"
    assert not any("聯絡" in p for p in _paragraphs(article))


# ---- hard-wrapped Chinese releases: numbered items, a cited address, a short page --------


def _lynx_release(paragraphs: list[list[str]], tail: list[str]) -> str:
    head = ["   [1]跳至主要內容", "", "     * [2]新聞公報", "     * [3]搜尋", ""]
    body: list[str] = []
    for lines in paragraphs:
        body.extend("   " + line for line in lines)
        body.append("")
    return "\n".join([*head, "荃灣海濱長廊明年分段翻新 增設遮蔭及飲水設施", "", *body, *tail])


_RELEASE = [
    [
        "　　康樂及文化事務署今日（十二月三日）公布，荃灣海濱長廊翻新工程將於明年二",
        "月起分兩期進行，預計於二○二七年年底前全部完成。",
    ],
    [
        "　　發言人表示，海濱長廊全長約二點一公里，部分路面已有裂紋，晚間照明亦不足",
        "，工程主要包括：",
    ],
    [
        "   （一）更換長廊全段地磚及照明設施；",
        "   （二）增設遮蔭亭及飲水機；及",
        "   （三）擴闊近碼頭一段的行人通道。",
    ],
    [
        "　　發言人說：「施工期間，長廊會分段封閉，署方會在現場設置清晰的改道指示，並",
        "盡量把嘈音較大的工序安排在日間進行，減少對附近居民的影響。」",
    ],
    [
        "　　市民如有查詢，可致電康文署熱線２４１４　００００，或瀏覽康樂及文化事務署",
        "網頁（www.lcsd.gov.hk）。",
    ],
]


def test_a_short_chinese_lynx_release_is_read_as_hard_wrapped() -> None:
    stamp = ["   完", "", "   2026年12月3日（星期四）", "   香港時間16時20分"]
    page = _lynx_release(_RELEASE, stamp)
    article = parse_plaintext(page)
    paragraphs = _paragraphs(article)
    assert paragraphs[-1].endswith("網頁（www.lcsd.gov.hk）。")
    assert article.published == "2026-12-03"


def test_chinese_numbered_items_of_a_wrapped_release_stay_items() -> None:
    paragraphs = _paragraphs(
        parse_plaintext(_lynx_release(_RELEASE, ["   完", "", "   2026年12月3日（星期四）"]))
    )
    assert "（一）更換長廊全段地磚及照明設施；" in paragraphs
    assert "（二）增設遮蔭亭及飲水機；及" in paragraphs
    assert _headings(parse_plaintext(_lynx_release(_RELEASE, ["   完"]))) == []


def test_an_address_cited_in_brackets_is_prose_but_a_bare_address_is_a_link() -> None:
    from syndicate.readers.scraped.features import _link_chars

    assert _link_chars("網頁（www.lcsd.gov.hk）。") == 0
    assert _link_chars("on the council's website (www.example.gov.uk).") == 0
    assert _link_chars("www.example.gov.uk") > 0  # a bare address line stays a link
    assert _link_chars("Read more: https://example.org/story") > 0


# ---- figure.over-subhead: a select-all copy keeps a caption, not its photo ---------------


def _copied(lines: list[str]) -> str:
    return "\n".join(lines)


_P1 = (
    "В первую зиму я оставил малину без укрытия, и к марту все побеги выше снега "
    "вымерзли до самой земли."
)
_P2 = (
    "Теперь в конце октября я пригибаю побеги к земле и прижимаю их досками, чтобы "
    "снег лёг сверху ровным слоем."
)


def test_a_caption_line_between_a_paragraph_and_a_subhead_is_a_figure() -> None:
    page = _copied(
        [
            "Как я сохраняю малину зимой",
            "2 декабря 2026",
            _P1,
            "Побеги, пригнутые к земле в конце октября",
            "Что изменилось",
            _P2,
            "Весной побеги поднимаю, как только сойдёт снег, и подвязываю к шпалере.",
        ]
    )
    article = parse_plaintext(page)
    assert _figures(article) == [("Побеги, пригнутые к земле в конце октября", None)]
    assert _headings(article) == ["Что изменилось"]


def test_an_english_caption_line_over_a_subhead_is_a_figure() -> None:
    page = _copied(
        [
            "What a year of commuting by e-bike taught me",
            "Dec 2, 2026",
            "I sold the car last December and bought a second-hand cargo bike, mostly "
            "to prove to myself that the twelve-kilometre commute could be done.",
            "The bike parked outside the office in January",
            "Winter was easier than I feared",
            "Good gloves and a waterproof jacket did most of the work, and the cycle lane "
            "along the river was gritted earlier than the roads.",
        ]
    )
    article = parse_plaintext(page)
    assert _figures(article) == [("The bike parked outside the office in January", None)]
    assert _headings(article) == ["Winter was easier than I feared"]


def test_two_heads_under_a_lead_in_with_a_colon_are_no_caption() -> None:
    page = _copied(
        [
            "What a year of commuting by e-bike taught me",
            "Dec 2, 2026",
            "I sold the car last December and bought a second-hand cargo bike, and three "
            "things surprised me more than anything else this year:",
            "The cost of the first winter",
            "Winter was easier than I feared",
            "Good gloves and a waterproof jacket did most of the work, and the cycle lane "
            "along the river was gritted earlier than the roads.",
        ]
    )
    assert _figures(parse_plaintext(page)) == []


# ---- byline.account-card: a WeChat account's card is furniture ---------------------------


def test_a_wechat_card_is_dropped_and_the_writer_before_the_account_is_the_author() -> None:
    page = "\n".join(
        [
            "小区门口的旧书摊，又开张了",
            "原创",
            "苏晴 湖畔生活记 2026年12月02日 19:40 江苏",
            "湖畔生活记",
            "写给这座城市里慢慢生活的人。",
            "86篇原创内容",
            "公众号",
            "",
            "下了一周的雨，小区门口的旧书摊终于又摆出来了。",
            "摆摊的是退休的王老师，他说这些书都是自己几十年攒下的，卖掉一些，也算给它们找个新家。",
            "一个下午，来翻书的人不少，有放学的孩子，也有推着婴儿车的年轻父母。",
        ]
    )
    article = parse_plaintext(page)
    assert [a.name for a in article.authors] == ["苏晴"]
    assert "写给这座城市里慢慢生活的人。" not in _paragraphs(article)
    assert _paragraphs(article)[0].startswith("下了一周的雨")


def test_a_reposted_wechat_article_drops_the_source_account_card() -> None:
    page = "\n".join(
        [
            "县城的夜市，凭什么越开越旺？",
            "城事观察 2026年12月01日 08:00 北京",
            "以下文章来源于县域经济研究，作者顾远",
            "县域经济研究",
            "关注县城里的生意和人。",
            "",
            "作者｜顾远",
            "",
            "今年夏天，不少县城的夜市突然热闹了起来。",
            "我们走访了三个县城的夜市，发现它们有一个共同点：摊位费很低，而且只收本地摊主。",
        ]
    )
    article = parse_plaintext(page)
    assert "关注县城里的生意和人。" not in _paragraphs(article)
    assert _paragraphs(article)[0] == "今年夏天，不少县城的夜市突然热闹了起来。"


def test_a_short_line_over_a_sentence_without_a_card_counter_is_kept() -> None:
    # no "N篇原创内容" / "公众号" and no repost line: a subhead and its paragraph stay
    page = "\n".join(
        [
            "县城的夜市，凭什么越开越旺？",
            "2026年12月01日 08:00",
            "今年夏天，不少县城的夜市突然热闹了起来，摊主们说生意比去年好了一倍。",
            "摊位费",
            "摊位费每晚只要二十元，而且只收本地摊主。",
            "夜市一般开到晚上十一点，周末会延长到凌晨。",
        ]
    )
    assert "摊位费每晚只要二十元，而且只收本地摊主。" in _paragraphs(parse_plaintext(page))


# ---- figure.archive-note: "(archive photo)" is the caption's, nobody's credit ------------


def test_an_archive_note_in_brackets_stays_in_the_caption() -> None:
    from syndicate.readers.scraped.captions import split_caption

    ar = split_caption("مبنى المستشفى الجامعي في المدينة (صورة أرشيفية)")
    assert ar is not None
    assert ar.caption == "مبنى المستشفى الجامعي في المدينة (صورة أرشيفية)" and ar.credit is None
    ru = split_caption("Здание областной больницы в Твери (архивное фото)")
    assert ru is not None and ru.credit is None and ru.caption.endswith("(архивное фото)")
    en = split_caption("The old bus depot on Mill Lane (file photo)")
    assert en is not None and en.credit is None


def test_a_credit_in_brackets_is_still_a_credit() -> None:
    from syndicate.readers.scraped.captions import split_caption

    parts = split_caption("Здание областной больницы в Твери (Фото: Иван Соколов)")
    assert parts is not None and parts.credit == "Иван Соколов"


def test_a_one_word_topic_over_a_follow_button_is_no_author() -> None:
    page = "\n".join(
        [
            "Council approves new cycle lanes for the harbour road",
            "Transport",
            "Follow",
            "",
            "The city council approved two kilometres of protected cycle lanes along the "
            "harbour road on Tuesday, after a year of consultation with residents.",
            "",
            "Work is due to start in March and the lanes should open before the summer.",
        ]
    )
    assert parse_plaintext(page).authors == ()


def test_a_news_sites_author_box_and_subscribe_button_make_no_account() -> None:
    # A news site's author box prints the name, "By" the name and the site's domain over a
    # follow button: not an account's name. "Subscribe" under a section label on a news
    # page is the outlet's paywall button, not a follow button.
    body = [
        "The harbour board voted on Tuesday to rebuild the old ferry slip at Kessock Point "
        "before the spring timetable starts, at a cost of about two million pounds.",
        "Work is expected to take four months, and the passenger service will run from the "
        "fish quay while the slip is closed, the board's chair told the meeting.",
    ]
    boxed = "\n\n".join(
        ["Harbour board backs ferry slip rebuild", "Posted: Tuesday, December 1, 2026",
         "Ailsa Mowat By Ailsa Mowat example.com\nFollow", *body]
    )
    assert all("By" not in a.name for a in parse_plaintext(boxed).authors)
    section = "\n\n".join(
        ["Harbour board backs ferry slip rebuild", "Highlands\nSubscribe", *body]
    )
    assert parse_plaintext(section).authors == ()
