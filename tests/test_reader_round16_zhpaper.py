"""Round 16 (zhpaper): Chinese e-paper (数字报) and portal pages — a byline set after a
printed square ("■本报记者　A　通讯员　B"), a photo credit whose reporter label stands
apart from the name ("…。　　本报记者　A　摄"), a closing editor credit with a space for
its colon ("（编辑　A）"), the issue date of an e-paper page above its furniture, and a
date line over a kicker that is no headline. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.cuewords import chrome_cues

_BODY = [
    "\u3000\u3000记者昨日从县水利局获悉，今冬全县将完成七座小型水库的除险加固工程，"
    "涉及下游农田灌溉面积约两万亩。",
    "\u3000\u3000县水利局工程科负责人介绍，目前各工地正抓住枯水期抢抓进度，"
    "预计明年春灌前全部完工。",
    "\u3000\u3000据了解，加固后的水库将同步安装水位监测设备，汛期数据可实时传回县防汛指挥中心。",
]


def _epaper(*head: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*head, *_BODY, *tail]) + "\n"


def test_a_square_before_the_byline_is_the_papers_mark() -> None:
    text = _epaper(
        "小水库迎来“大体检”\n■本报记者　程一鸣　通讯员　安晓雯",
    )
    article = parse_plaintext(text)
    assert article.title == "小水库迎来“大体检”"
    assert [a.name for a in article.authors] == ["程一鸣", "安晓雯"]
    assert _paragraphs(article)[0].startswith("记者昨日从县水利局获悉")


def test_a_reporter_label_set_apart_goes_with_the_photo_credit() -> None:
    parts = split_caption("11月2日，工人在坝顶浇筑混凝土。\u3000\u3000本报记者\u3000程一鸣\u3000摄")
    assert parts is not None
    assert parts.caption == "11月2日，工人在坝顶浇筑混凝土。"
    assert parts.credit == "本报记者\u3000程一鸣"
    parts = split_caption("施工现场\u3000\u3000通讯员\u3000安晓雯\u3000摄")
    assert parts is not None and parts.credit == "通讯员\u3000安晓雯"
    # a caption with no sentence end and one space before the name keeps its words
    parts = split_caption("市民在食堂用餐\u3000周婷 摄")
    assert parts is not None and parts.credit == "周婷"


def test_an_editor_credit_with_a_space_for_its_colon() -> None:
    zh = chrome_cues("zh")
    assert zh.contributors("（编辑\u3000孔令欣）") == ["孔令欣"]
    assert zh.contributors("（责编 周立新、陈思彤）") == ["周立新", "陈思彤"]
    assert zh.contributors("（记者\u3000周婷）") is None  # a byline word, no editor
    assert zh.contributors("（编辑\u3000孔令欣\u3000校对\u3000宁雪）") == ["孔令欣", "宁雪"]
    assert zh.contributors("（编辑\u3000孔令欣\u3000记者\u3000周婷）") is None
    article = parse_plaintext(
        _epaper("小水库迎来“大体检”\n■本报记者　程一鸣", tail=("（编辑　孔令欣）",))
    )
    assert article.credit_line == "（编辑　孔令欣）"
    assert [c.name for c in article.contributors] == ["孔令欣"]
    assert len(_paragraphs(article)) == 3


def test_an_epaper_issue_date_dates_the_story() -> None:
    furniture = (
        "溪口日报数字报\n2026年11月20日 星期五\n上一期 下一期 往期回顾\n第02版：综合新闻\n"
        "上一版 下一版\n返回版面 版面导航\n放大 缩小 默认"
    )
    article = parse_plaintext(_epaper(furniture, "小水库迎来“大体检”\n■本报记者　程一鸣"))
    assert article.title == "小水库迎来“大体检”"
    assert article.published == "2026-11-20"
    assert article.provenance["published"].rule == "date.e-paper-issue"


def test_a_portal_date_bar_without_epaper_furniture_dates_nothing() -> None:
    bar = "溪口新闻网\n2026年11月20日 星期五\n首页\n时政\n民生\n视频\n专题"
    article = parse_plaintext(_epaper(bar, "小水库迎来“大体检”\n记者　程一鸣"))
    assert article.title == "小水库迎来“大体检”"
    assert article.published is None


def test_a_date_bar_above_the_page_label_is_no_headline() -> None:
    # the masthead, the issue's date and the page label over the headline, no blank line
    text = _epaper(
        "溪口晚报\n2026年11月20日 星期五\n第A05版：要闻",
        "小水库迎来“大体检”\n■本报记者　程一鸣",
    )
    article = parse_plaintext(text)
    assert article.title == "小水库迎来“大体检”"
    assert article.published == "2026-11-20"


def test_a_row_of_imprint_fields_is_page_chrome() -> None:
    zh = chrome_cues("zh")
    assert zh.kind("地址：溪口市滨江路18号　邮编：315000　新闻热线：0574-80000000") == "imprint"
    assert zh.kind("地址：溪口市滨江路18号") is None  # one field: an address in a story
    text = _epaper(
        "小水库迎来“大体检”\n■本报记者　程一鸣",
        tail=(
            "（编辑　孔令欣）",
            "上一篇　下一篇",
            "地址：溪口市滨江路18号　邮编：315000　电话：0574-80000000",
        ),
    )
    paragraphs = _paragraphs(parse_plaintext(text))
    assert len(paragraphs) == 3
    assert paragraphs[-1].startswith("据了解")


def test_epaper_furniture_rows_are_navigation() -> None:
    zh = chrome_cues("zh")
    assert zh.kind("返回版面 版面导航") == "navigation"
    assert zh.kind("上一版　下一版") == "navigation"
    assert zh.kind("溪口日报数字报") == "navigation"
    assert zh.kind("小水库迎来“大体检”") is None


def test_the_issue_row_over_the_headline_is_navigation() -> None:
    zh = chrome_cues("zh")
    assert zh.kind("溪口晚报　2026年11月20日　星期五　第A05版：要闻") == "navigation"
    assert zh.kind("溪口晚报　十一月　第一周") is None  # no number, no edition word
    text = _epaper(
        "溪口晚报　2026年11月20日　星期五　第A05版：要闻\n上一版　下一版",
        "小水库迎来“大体检”\n■本报记者　程一鸣",
    )
    article = parse_plaintext(text)
    assert article.title == "小水库迎来“大体检”"
    assert article.published == "2026-11-20"
