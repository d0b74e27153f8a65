"""Round 19b (tail2): body edges the probes missed — an uncredited caption phrase under an
image line with a blank line between ("[Obraz: plik.jpg]" / "Pierwsze sadzonki …",
"![](…)" / "修复师…"), a Chinese post's links to its neighbours whose titles end a
sentence ("上一条：…？"), and an advice box closing the body ("Good to know", "Warto
wiedzieć", "温馨提示" over short paragraphs). Every sentence is invented."""

from __future__ import annotations

from syndicate.model import Article, Figure, Heading, Paragraph
from syndicate.readers.plaintext import parse_plaintext

_EN = (
    "Harbour cats get a new shelter at the ferry terminal\n\n"
    "By Mina Okafor | March 3, 2026\n\n"
    "Volunteers from the Eastpoint Cat Circle finished building a heated shelter for the "
    "colony of stray cats that lives around the old ferry terminal on Saturday.\n\n"
    "The shelter, made from recycled shipping pallets and insulated with straw, sits behind "
    "the ticket office with the permission of the port authority.\n\n"
    '"They were here long before the new terminal was built," said volunteer coordinator '
    'Rhys Tamberlane. "We just want them to get through the cold months."\n\n'
)
_PL = (
    "Ogród przy Modrzewiowej otwarty\n\n"
    "12 maja 2026 | Halina Wrzos\n\n"
    "Po dwóch latach starań mieszkańcy osiedla doczekali się własnego ogrodu. W sobotę "
    "na dawnym nieużytku między blokami stanęło dwadzieścia drewnianych skrzyń.\n\n"
    "[Obraz: ogrod-otwarcie.jpg]\n\n"
    "Pierwsze sadzonki pomidorów w skrzyni numer 7\n\n"
    "Na otwarcie przyszło ponad sto osób. Najmłodsi malowali tabliczki z nazwami roślin, "
    "a seniorzy z klubu upiekli ciasto drożdżowe z rabarbarem.\n\n"
    "Ogród jest otwarty codziennie od świtu do zmroku. Prosimy o zamykanie furtki i "
    "niewyrzucanie do kompostownika resztek mięsa.\n"
)
_ZH = (
    "社区老年食堂开业\n\n"
    "发布时间：2026-05-08 来源：青梧街道 作者：杜一帆\n\n"
    "5月7日，青梧街道第一家社区老年食堂在翠柳社区正式开业，当天中午接待辖区老人两百余人次。"
    "食堂提供荤素搭配的午餐和晚餐，六十岁以上老人每餐只需十二元。\n\n"
    "![](/uploads/2026/05/shitang.jpg)\n\n"
    "志愿者为老人端上午餐\n\n"
    "食堂由原社区活动室改建而成，设有六十个座位，并为行动不便的老人提供送餐上门服务。"
    "街道还与附近医院合作，每月邀请营养师调整菜单，让老人吃得更放心。\n\n"
    "下一步，街道计划在另外两个社区陆续开设老年食堂，力争年底前实现全覆盖。\n\n"
)


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, (Paragraph, Heading))]


def _captions(article: Article) -> list[str]:
    return [b.caption for b in article.blocks if isinstance(b, Figure)]


def test_phrase_under_placeholder_with_blank_is_caption() -> None:
    article = parse_plaintext(_PL)
    assert _captions(article) == ["Pierwsze sadzonki pomidorów w skrzyni numer 7"]
    assert not any(isinstance(b, Heading) for b in article.blocks)


def test_phrase_under_markdown_image_is_caption() -> None:
    article = parse_plaintext(_ZH)
    assert _captions(article) == ["志愿者为老人端上午餐"]


def test_question_under_image_stays_subhead() -> None:
    text = _PL.replace("Pierwsze sadzonki pomidorów w skrzyni numer 7", "Kto dostał skrzynię?")
    article = parse_plaintext(text)
    assert not _captions(article)


def test_chinese_neighbour_links_ending_a_sentence_are_dropped() -> None:
    article = parse_plaintext(
        _ZH + "上一条：谁来守护老街的百年古树？\n下一条：翠柳社区举办邻里节啦！\n"
    )
    assert not any(t.startswith(("上一条", "下一条")) for t in _texts(article))


def test_advice_box_after_the_story_is_dropped() -> None:
    article = parse_plaintext(
        _EN + "Good to know\n\nThe shelter is cleaned every Sunday morning. Volunteers are "
        "always welcome.\nDry food can be left at the library front desk.\n"
    )
    texts = _texts(article)
    assert "Good to know" not in texts
    assert not any(t.startswith(("The shelter is cleaned", "Dry food")) for t in texts)
    assert texts[-1].startswith('"They were here')


def test_advice_box_in_polish_and_chinese() -> None:
    pl = parse_plaintext(
        _PL + "\nWarto wiedzieć\n\nŚcieżka będzie oświetlona. Przy furtce stanie wiata.\n"
    )
    assert not any(t.startswith(("Warto", "Ścieżka")) for t in _texts(pl))
    zh = parse_plaintext(_ZH + "温馨提示\n\n老人需凭身份证办理就餐卡，首次办卡免费。\n")
    assert not any(t.startswith(("温馨提示", "老人需凭")) for t in _texts(zh))


def test_other_last_section_stays() -> None:
    article = parse_plaintext(
        _EN + "What happens next\n\nThe group will ask the council for a second shelter. "
        "A decision is expected in May.\n"
    )
    assert "What happens next" in _texts(article)
    assert _texts(article)[-1].startswith("The group will ask")
