"""Round 21 (scrapedb): line shapes of real scraped Polish, Russian, Ukrainian, Arabic and
Chinese pages — a page's furniture line over the headline (an e-paper's page label, a
location breadcrumb, an ad label, a bare date, an empty byline label), reuse notices at the
foot, a caption closed by its source, a Chinese credit row, a forum post's poster and edit
stamp. Every sentence, person and site is invented."""

from __future__ import annotations

from readerblocks import figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_HEAD = "河畔老菜市完成改造 周末重新开门迎客"
_ZH = (
    "11月27日上午，位于晨江区河畔路的老菜市场结束了为期四个月的改造，摊主们陆续搬回新摊位，不少老街坊一早就来逛。",
    "据晨江区商务局介绍，此次改造共更新摊位一百二十个，增设了公共洗手台和无障碍通道，市场的排水系统也全部重做。",
    "市场管理方表示，本周六上午将举办开市活动，前一百名顾客可以领取一个环保购物袋。",
)
_RU = (
    "Работы на площадке у старой водонапорной башни шли почти три недели: коммунальщики "
    "выровняли грунт, поставили борта и провели освещение.",
    "По словам директора городского парка, толщина льда уже достигла восьми сантиметров, "
    "и в субботу каток откроется для всех желающих.",
)
_PL = (
    "Nowa kładka pieszo-rowerowa nad Wartą została w sobotę oddana do użytku, po dwóch "
    "latach budowy i kilku miesiącach opóźnienia spowodowanego powodzią.",
    "Przeprawa ma dwieście metrów długości i łączy osiedle Zielone z dzielnicą "
    "przemysłową, gdzie pracuje kilka tysięcy mieszkańców miasta.",
)
_AR = (
    "افتتحت بلدية المدينة صباح اليوم السوق الجديد للخضار والفواكه بعد أشهر من أعمال البناء، "
    "وسط حضور كبير من التجار والسكان.",
    "وقال رئيس البلدية إن السوق يضم أكثر من مئة محل، وإنه سيفتح أبوابه يوميا من السادسة "
    "صباحا حتى التاسعة مساء.",
    "وأضاف أن البلدية خصصت موقفا مجانيا للسيارات بجانب السوق لتسهيل وصول الزبائن.",
)


# -- reuse notices (rights_phrases) and a browser notice (script_notices) -----------------


def test_reuse_notices_at_the_foot_are_the_pages_rights_not_paragraphs() -> None:
    ru = parse_plaintext(
        _text(
            "В Заречье залили первый городской каток",
            "2 декабря 2026",
            *_RU,
            "Использование материалов разрешено только при наличии активной ссылки на источник.",
        )
    )
    assert paragraphs(ru) == list(_RU)
    zh = parse_plaintext(
        _text(
            _HEAD,
            "2026-11-28",
            *_ZH,
            "本网站所刊登的新闻、信息和各种专题专栏资料，未经协议授权，不得使用或转载",
            "您的IE浏览器版本太低，请升级至IE8及以上版本或安装webkit内核浏览器。",
        )
    )
    assert paragraphs(zh) == list(_ZH)


def test_a_labelled_update_line_under_the_story_is_read_once_the_notice_is_chrome() -> None:
    article = parse_plaintext(
        _text(
            "В Заречье залили первый городской каток",
            "2 декабря 2026",
            *_RU,
            "Обновлено в 09:00, 3 декабря 2026",
            "Использование материалов разрешено только при наличии активной ссылки на источник.",
        )
    )
    assert article.updated is not None and article.updated.startswith("2026-12-03")
    assert paragraphs(article) == list(_RU)


# -- furniture over the headline ----------------------------------------------------------


def test_an_e_paper_page_label_over_the_headline_is_no_headline() -> None:
    article = parse_plaintext(_text("第05版:城市新闻 PDF版阅读", _HEAD, "2026-11-28", *_ZH))
    assert article.title == _HEAD


def test_a_location_breadcrumb_over_the_headline_is_no_headline() -> None:
    zh = parse_plaintext(_text("您當前的位置 : 社會新聞>", _HEAD, "2026-11-28", *_ZH))
    assert zh.title == _HEAD
    unspaced = parse_plaintext(_text("晨江网", "晨江网>>城市频道>>民生", _HEAD, "2026-11-28", *_ZH))
    assert unspaced.title == _HEAD


def test_an_ad_label_a_bare_date_or_an_empty_byline_label_is_no_headline() -> None:
    ad = parse_plaintext(_text("Reklama", "Nowa kładka nad Wartą otwarta", *_PL))
    assert ad.title == "Nowa kładka nad Wartą otwarta"
    dated = parse_plaintext(
        _text("01-11-2016 04:40 PM", "بقلم :", "افتتاح سوق الخضار الجديد", *_AR)
    )
    assert dated.title == "افتتاح سوق الخضار الجديد"
    assert dated.published is not None and dated.published.startswith("2016-11-01")
    assert paragraphs(dated)[0] == _AR[0]


# -- captions -----------------------------------------------------------------------------


def test_a_bracketed_arabic_credit_loses_its_whole_label() -> None:
    article = parse_plaintext(
        _text(
            "افتتاح سوق الخضار الجديد في وسط المدينة",
            "الرباط - 3 ديسمبر 2026",
            _AR[0],
            "التجار يرتبون بضائعهم في اليوم الأول لافتتاح السوق (الصورة من بلدية المدينة)",
            *_AR[1:],
        )
    )
    assert figures(article) == [
        ("التجار يرتبون بضائعهم في اليوم الأول لافتتاح السوق", "بلدية المدينة")
    ]


def test_a_caption_closed_by_its_source_label_is_a_figure_and_its_credit() -> None:
    zh = parse_plaintext(
        _text(
            _HEAD,
            "2026-11-28",
            _ZH[0],
            "改造后的菜市场入口，摊主正在整理刚到的青菜。来源：晨江区商务局",
            *_ZH[1:],
        )
    )
    assert figures(zh) == [("改造后的菜市场入口，摊主正在整理刚到的青菜。", "晨江区商务局")]
    assert paragraphs(zh) == list(_ZH)
    pl = parse_plaintext(
        _text(
            "Nowa kładka nad Wartą otwarta",
            "12 marca 2026",
            _PL[0],
            "Kładka nad Wartą tuż przed otwarciem. Źródło: UM Zielonka",
            _PL[1],
        )
    )
    assert figures(pl) == [("Kładka nad Wartą tuż przed otwarciem.", "UM Zielonka")]


def test_two_sentences_before_a_source_label_stay_a_paragraph() -> None:
    said = "市场管理方表示，周末将举办开市活动。前一百名顾客可以领取环保购物袋。来源：晨江区商务局"
    article = parse_plaintext(_text(_HEAD, "2026-11-28", *_ZH, said))
    assert figures(article) == []


# -- the Chinese credit row ---------------------------------------------------------------


def test_a_chinese_credit_row_with_an_editor_is_the_credit_line() -> None:
    article = parse_plaintext(_text(_HEAD, "2026-11-28", "文/林晓霞　图/高远　编辑/宋佳", *_ZH))
    assert [a.name for a in article.authors] == ["林晓霞"]
    assert [c.name for c in article.contributors] == ["林晓霞", "高远", "宋佳"]
    assert article.credit_line is not None and "编辑/宋佳" in article.credit_line


def test_a_writer_and_photographer_row_alone_makes_no_credit_line() -> None:
    article = parse_plaintext(_text(_HEAD, "2026-11-28", "文/林晓霞　图/高远", *_ZH))
    assert [a.name for a in article.authors] == ["林晓霞"]
    assert article.credit_line is None


# -- a Polish follow prompt with an inflected platform name --------------------------------


def test_a_polish_follow_prompt_naming_facebook_inflected_is_chrome() -> None:
    article = parse_plaintext(
        _text("Nowa kładka nad Wartą otwarta", "12 marca 2026", *_PL, "Dołącz do nas na Facebooku!")
    )
    assert paragraphs(article) == list(_PL)


# -- a forum thread's first post ----------------------------------------------------------


_POST = (
    "上周和影友一行四人去了一趟坝上，这个季节草原已经全黄了，早晚还能碰到雾凇，趁热把行程和心得记下来。",
    "第一天早上6点从北京出发，中午到丰宁吃饭，下午3点进坝，住在大滩镇附近的一家农家院。",
    "就写这么多，片子后面慢慢整理了再发，欢迎大家交流。",
)


def test_a_forum_posters_name_over_the_post_stamp_is_the_author() -> None:
    article = parse_plaintext(
        _text(
            "冬日坝上三天两夜拍摄记录（多图）",
            "北纬四十一度",
            "版主",
            "楼主 发表于 2026-11-29 21:47 | 显示全部楼层 | 阅读模式",
            "本帖最后由 北纬四十一度 于 2026-11-30 08:12 编辑",
            *_POST,
        )
    )
    assert [a.name for a in article.authors] == ["北纬四十一度"]
    assert article.published is not None and article.published.startswith("2026-11-29")
    assert article.updated is not None and article.updated.startswith("2026-11-30")


# -- reporters in brackets closing the last paragraph --------------------------------------


def test_reporters_in_brackets_closing_the_last_paragraph_are_the_authors() -> None:
    last = _ZH[-1] + "(记者杨舒、袁于飞)"
    article = parse_plaintext(_text(_HEAD, "2026-11-28", *_ZH[:-1], last))
    assert [a.name for a in article.authors] == ["杨舒", "袁于飞"]
    assert paragraphs(article)[-1] == last


def test_an_original_title_note_with_a_plain_colon_is_a_title_copy() -> None:
    head = "杭州中小学因强寒潮停课 返校时间暂定为1月26日"
    article = parse_plaintext(_text(head, "2016-01-21", "原标题:杭州中小学因强寒潮停课", *_ZH))
    assert article.subtitle is None
    assert paragraphs(article) == list(_ZH)


# -- a generated summary box under the headline ---------------------------------------------


def test_a_generated_summary_box_under_the_byline_is_chrome() -> None:
    box = ("老菜市场改造历时四个月。", "新增公共洗手台和无障碍通道。", "周六举办开市活动。")
    article = parse_plaintext(_text(_HEAD, "林晓霞", "2026-11-28 08:30", "文章摘要", *box, *_ZH))
    assert paragraphs(article) == list(_ZH)


def test_long_lines_under_a_summary_label_stay_the_story() -> None:
    article = parse_plaintext(_text(_HEAD, "林晓霞", "2026-11-28 08:30", "文章摘要", *_ZH))
    assert paragraphs(article) == list(_ZH)
