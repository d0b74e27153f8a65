"""Rules found on round 8's first-seen shapes (a court's news page, an airline's newsroom,
a museum's news page, election results), checked in isolation on original texts."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.headerline import classify_line
from syndicate.readers.scraped.lines import Line


def _kinds(text: str, lang: str) -> list[str]:
    return [e.kind for e in classify_line(0, Line(1, text, True), None, chrome_cues(lang))]


def test_a_chinese_paragraph_opening_with_a_date_is_prose_not_a_date_line() -> None:
    paragraph = "2026年3月，市民王先生在商场购买的洗衣机使用不到一周便漏水，多次维修未果。"
    assert _kinds(paragraph, "zh") == ["prose"]
    # a short date line of the header is still header furniture
    assert _kinds("2026年3月12日 星期四", "zh") != ["prose"]


def test_the_first_paragraphs_of_a_chinese_story_dated_in_their_text_stay_in_the_body() -> None:
    paragraphs = [
        "3月12日上午，青川县人民法院公开开庭审理一起买卖合同纠纷案，双方当事人及代理人到庭参加诉讼。",
        "2026年3月，市民王先生在某商场购买了一台洗衣机，使用不到一周便出现漏水，多次维修未果。",
        "法院经审理认为，商场出售的商品存在质量问题，应当承担退货并赔偿损失的责任。",
        "宣判后，双方均表示服从判决，不再上诉。",
    ]
    text = (
        "洗衣机一周就漏水 商场被判退货赔偿\n"
        "2026-03-12 10:20　来源：青川县人民法院　作者：周文静\n\n" + "\n\n".join(paragraphs) + "\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle is None
    body = [b.text for b in article.blocks if getattr(b, "text", None)]
    assert body[:2] == paragraphs[:2]
