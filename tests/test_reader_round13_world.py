"""Round 13 (world: Russian, Ukrainian, Arabic and Chinese outlet shapes — a Telegram-channel
catalogue, a regional TV site, a city portal, a magazine interview, a Taiwanese sports site,
a business weekly's interviews, a Hong Kong university's news centre, a Discuz! forum): the
kinds of miss their first reading showed. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues


def _names(article) -> list[str]:
    return [a.name for a in article.authors]


# -- interviews -------------------------------------------------------------------------

_RU_INTERVIEW = """Журнал «Северный берег»
Интервью

Смотритель маяка Олег Кузьмин: зимой здесь слышно только море

Беседовала: Дарья Полозова
12 ноября 2026

Олег Кузьмин двадцать лет живёт на острове, где кроме маяка стоит только метеостанция.
Мы поговорили с ним о том, как устроен его день и почему он не хочет на материк.

Как вы попали на остров?
Случайно. Друг отказался от места, а я согласился на один сезон и остался на двадцать лет.

Чего больше всего не хватает зимой?
Свежих овощей и почты. Катер приходит раз в две недели, если позволяет лёд.

Поделиться
"""


def test_an_interviewer_in_the_byline_makes_two_questions_turns_not_subheads() -> None:
    article = parse_plaintext(_RU_INTERVIEW)
    assert _names(article) == ["Дарья Полозова"]
    assert _headings(article) == []
    texts = _paragraphs(article)
    assert "Как вы попали на остров?" in texts
    assert "Чего больше всего не хватает зимой?" in texts


_AR_QA = """مجلة الأفق
حوارات

المعمارية سلمى الراشد: البيوت القديمة تعلمنا كيف نبني للحر

نُشر في: 4 ديسمبر 2026

رممت سلمى الراشد أكثر من ثلاثين بيتاً طينياً في الواحات الجنوبية. سألناها عن عملها وعن المدن الجديدة.

س: لماذا البيوت الطينية؟
ج: لأنها تبقى باردة في الصيف دون أي جهاز تكييف، وهذا درس نحتاجه اليوم أكثر من أي وقت مضى.

س: ما أصعب ما واجهتِه؟
ج: إقناع الأهالي بأن الترميم أرخص من الهدم وإعادة البناء بالإسمنت.

س: وما مشروعك القادم؟
ج: سوق قديم في الواحة نفسها، نبدأ العمل فيه بعد الربيع.

شارك المقال
"""


def test_arabic_question_and_answer_turns_are_paragraphs() -> None:
    article = parse_plaintext(_AR_QA)
    assert _headings(article) == []
    texts = _paragraphs(article)
    assert "س: لماذا البيوت الطينية؟" in texts
    assert len(texts) == 7


# -- Chinese bylines ----------------------------------------------------------------------

_ZH_BODY = (
    "今年以来，江城多家社区食堂陆续开业，老年人用餐更加方便。记者走访发现，食堂的菜价普遍低于周边餐馆，"
    "每天中午都有不少居民排队。\n\n"
    "社区工作人员介绍，食堂由街道提供场地，企业负责运营，老人凭卡用餐还能再享受八折优惠。\n\n"
    "不少居民表示，希望食堂能增加晚餐供应，并在周末照常营业。\n"
)


def test_a_role_in_brackets_after_a_chinese_byline_name_is_its_role() -> None:
    text = (
        "社区食堂开进老小区 老人吃饭更方便\n\n文｜林晓岚（本刊特约撰稿人）\n"
        "2026年12月01日 09:30\n\n" + _ZH_BODY
    )
    article = parse_plaintext(text)
    assert _names(article) == ["林晓岚"]
    assert article.authors[0].role == "本刊特约撰稿人"


def test_a_label_over_a_role_word_names_nobody() -> None:
    text = (
        "社区食堂开进老小区 老人吃饭更方便\n\n文｜本刊记者 林晓岚\n"
        "2026年12月01日 09:30\n\n" + _ZH_BODY
    )
    assert _names(parse_plaintext(text)) == ["林晓岚"]


def test_a_byline_in_tortoise_shell_brackets_is_the_byline() -> None:
    text = (
        "社區食堂開進老社區　長者用餐更方便\n\n2026/12/01 09:30\n\n〔記者林曉嵐／台中報導〕\n\n"
        + _ZH_BODY
    )
    assert _names(parse_plaintext(text)) == ["林曉嵐"]


# -- Chinese sentences, quotes and subheads ------------------------------------------------

_HK = """灣景大學新聞中心

長者學員完成學位 感謝同學一路幫忙

2026年11月27日

今年畢業典禮上，七十八歲的退休文員陳桂芳完成兼讀學位，她說最感謝同學耐心教她用電腦。

陳婆婆說，入學第一年連電郵都不會寄，「同學每星期留下來教我，我先可以交到功課。」

「同學每星期留下來教我，我先可以交到功課。」

下一步：繼續進修

她表示明年會再報讀一個文學課程，亦希望鼓勵其他長者。

陳婆婆笑說：「讀書唔使驚遲。」

版權所有 © 2026 灣景大學
"""


def test_a_corner_quote_after_a_full_stop_ends_the_last_paragraph() -> None:
    texts = _paragraphs(parse_plaintext(_HK))
    assert texts[-1] == "陳婆婆笑說：「讀書唔使驚遲。」"


def test_a_chinese_pull_quote_is_measured_in_characters() -> None:
    texts = _paragraphs(parse_plaintext(_HK))
    assert "「同學每星期留下來教我，我先可以交到功課。」" not in texts
    assert len(texts) == 4


def test_a_short_chinese_phrase_after_a_colon_is_a_subhead_not_a_speaker() -> None:
    assert _headings(parse_plaintext(_HK)) == ["下一步：繼續進修"]


def test_a_long_chinese_line_over_a_figure_is_no_alt_text() -> None:
    text = (
        "城南公園改造完成 下月重新開放\n\n2026-11-20 10:00\n\n"
        "城南公園改造工程已經完成，園內新增兩個兒童遊樂區和一條環湖步道，下月初重新開放。\n\n"
        "工程處表示，步道全長一點二公里，沿途設有休息座椅和飲水機，「市民散步會更方便。」\n\n"
        "新建的環湖步道。（圖／工程處提供）\n\n"
        "公園開放時間為每天早上六時至晚上十時。\n"
    )
    texts = _paragraphs(parse_plaintext(text))
    assert any(t.startswith("工程處表示") for t in texts)


_LYNX_HAN = """   [1]首頁 [2]登入

     * [3]棒球
     * [4]籃球
     * [5]綜合

城東高中奪得全國高中聯賽冠軍　隊史首座

   2026/11/29 21:48

   城東高中今天在決賽以三比二擊敗北港高中，拿下隊史第一座全國高中聯賽冠軍，隊長吳家豪擊出關鍵二壘安打，全場
   球迷起立鼓掌。

   總教練林志明賽後表示，球員整季都很努力，「這座冠軍屬於每一位在場邊加油的家長和同學，我們會好好珍惜。」最後
   也感謝學校的支持。

   冠軍隊將於下週一返校舉行慶功活動。

References

   1. https://example.org/
"""


def test_two_lines_wrapped_at_one_width_on_a_short_chinese_dump_are_joined() -> None:
    texts = _paragraphs(parse_plaintext(_LYNX_HAN))
    assert texts[0].endswith("全場球迷起立鼓掌。")
    assert len(texts) == 3


# -- widgets ------------------------------------------------------------------------------


def test_a_font_size_and_share_row_is_a_share_widget() -> None:
    chrome = chrome_cues("zh")
    assert chrome.kind("字号：大 中 小　分享到：微信 微博 复制链接") == "share"


def test_an_everyday_verb_in_chinese_prose_is_no_cookie_button() -> None:
    chrome = chrome_cues("zh")
    line = "十一月下旬，韩立峰在公司会议室接受了本刊专访，谈到了公司未来三年的海外计划。"
    assert chrome.kind(line) is None
    assert chrome.kind("本网站使用cookie 接受 拒绝") == "sign-up"


def test_a_channel_stats_row_vouches_for_the_account_over_a_handle() -> None:
    text = (
        "Каталог каналов\n\nРечной вестник\n@rechnoy_vestnik\n"
        "Подписчиков: 9 412 Постов: 1 280 Индекс цитирования: 40,1\n\n"
        "Пост #1280 · 02.12.2026 14:32\n\n"
        "На переправе через Вятку с понедельника пустят второй паром\n\n"
        "Второй паром начнёт работать с 7 декабря, интервал между рейсами сократится "
        "до двадцати минут.\n\n"
        "Паромщики просят водителей грузовиков заранее занимать очередь у причала.\n"
    )
    assert _names(parse_plaintext(text)) == ["Речной вестник"]


# -- figures ------------------------------------------------------------------------------


def test_a_short_caption_beside_an_image_takes_the_credit_a_blank_line_lower() -> None:
    text = (
        "# В музее открыли зал северной вышивки\n\n30 ноября 2026\n\n"
        "В краеведческом музее открылся новый зал, посвящённый северной вышивке. В нём "
        "показывают больше двухсот полотенец и рубах из сёл района.\n\n"
        "![](/media/zal.jpg)\n\nНовый зал музея\n\nФото: пресс-служба музея\n\n"
        "Экскурсии по залу проходят по субботам, вход для школьников бесплатный.\n"
    )
    article = parse_plaintext(text)
    assert _figures(article) == [("Новый зал музея", "пресс-служба музея")]
    assert _headings(article) == []


# -- forum threads ------------------------------------------------------------------------

_FORUM = """  设为首页 登录 注册
  湖城论坛 - 湖城人的网上家园
    * 首页
    * 论坛
  湖城论坛 › 论坛 › 生活资讯 › 南湖公园冬季开放时间调整
  查看: 2104 | 回复: 15

[生活资讯] 南湖公园冬季开放时间调整

[复制链接]
      湖边散步的人
    主题88帖子1024积分2310

      楼主 发表于 2026-12-1 20:15 | 只看该作者

      刚看到公园管理处的通知，南湖公园从下周一开始执行冬季开放时间，早上六点半开门，晚上九点关门。

      环湖步道晚上八点以后会关闭部分路灯，晚上散步的朋友注意安全。

      以上信息以管理处正式通知为准。

      回复 举报
"""


def test_a_forum_threads_type_in_brackets_is_no_markup_and_leaves_the_title() -> None:
    article = parse_plaintext(_FORUM)
    assert article.title == "南湖公园冬季开放时间调整"
    assert article.subtitle is None


_FORUM_POST = """  手机版 登录 注册
  湖城摄影论坛
  首页 › 摄影论坛 › 风光摄影 › 南湖晨雾拍摄小记
  查看: 3120 | 回复: 41

南湖晨雾拍摄小记（多图）

      晨雾里的南湖

    版主

      楼主 发表于 2026-11-29 21:47 | 显示全部楼层
      本帖最后由 晨雾里的南湖 于 2026-11-30 08:12 编辑

      上周末和两位影友去南湖拍晨雾，早上五点半到湖边，水面上的雾一直到七点才散，趁热记一下机位和心得。

      东岸的老码头视野最开阔，适合拍长焦，西岸树多，适合拍近景的芦苇和小船。

      就写这么多，欢迎大家交流。

      回复 支持 12 反对 0
"""


def test_a_breadcrumb_ending_in_a_lines_words_vouches_for_the_headline() -> None:
    assert parse_plaintext(_FORUM_POST).title == "南湖晨雾拍摄小记（多图）"


def test_a_posts_attachment_line_is_no_paragraph() -> None:
    text = _FORUM_POST.replace(
        "      东岸的老码头",
        "      DSC_1024.jpg (412.8 KB, 下载次数: 9) 下载附件 2026-11-29 21:40 上传\n\n"
        "      东岸的老码头",
    )
    texts = _paragraphs(parse_plaintext(text))
    assert not any("DSC_1024" in t for t in texts)
    assert texts[1].startswith("东岸的老码头")
