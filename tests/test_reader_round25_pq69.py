"""Round 25 (pq69): a German "## Mit Bus und Rad" subhead read as a "mit {names}" contributor
line; a lynx image's alt text under "[11][IMG]" taken as the dek; a notice's salutation
("尊敬的各位业主、住户：") dropped as a header widget and its closing signature block (an
office's name over its date line) left in the body. Every sentence, person, place and
outlet is invented."""

# ruff: noqa: E501
from __future__ import annotations

from syndicate.model import Figure, Heading, Paragraph
from syndicate.readers.plaintext import parse_plaintext

_DE = """# Neue Busse für die Dörfer am Oberlauf

02.12.2026

Der Verkehrsverbund Oberes Tal stellt zum Fahrplanwechsel sein Angebot in den Dörfern neu auf. Die Änderungen betreffen vor allem die Orte an der Talstraße und die Fahrten in die Kreisstadt.

Künftig fahren die Busse auf der Hauptachse im Halbstundentakt, am Wochenende stündlich. Bisher gab es samstags nur vier Fahrten in jede Richtung.

## {subhead}

Wer sein Fahrrad mitnehmen will, findet an zwölf Haltestellen neue Radbügel. In den Bussen der Linie 40 gibt es zudem Platz für zwei Räder.

Der neue Fahrplan liegt ab sofort in den Rathäusern aus und steht im Netz.
"""


def _texts(article: object, kind: type) -> list[str]:
    out = []
    for block in article.blocks:  # type: ignore[attr-defined]
        if isinstance(block, kind):
            out.append(block.text if not isinstance(block, Figure) else block.caption or "")
    return out


def test_german_mit_subhead_of_nouns_is_a_heading() -> None:
    article = parse_plaintext(_DE.replace("{subhead}", "Mit Bus und Rad"))
    assert article.contributors == ()
    assert article.credit_line is None
    assert "Mit Bus und Rad" in _texts(article, Heading)


def test_one_capitalised_word_after_a_bare_with_is_no_contributor() -> None:
    article = parse_plaintext(_DE.replace("{subhead}", "Mit Geduld"))
    assert article.contributors == ()
    assert "Mit Geduld" in _texts(article, Heading)


def test_bare_with_still_credits_an_agency_and_a_full_name() -> None:
    text = _DE.replace("## {subhead}\n\n", "") + "\nMit dpa\n"
    article = parse_plaintext(text)
    assert [c.name for c in article.contributors] == ["dpa"]
    text = _DE.replace("## {subhead}\n\n", "") + "\nMit Anna Berg\n"
    article = parse_plaintext(text)
    assert [c.name for c in article.contributors] == ["Anna Berg"]


_LYNX = """   [1]Home [2]News [3]Timetables [4]Contact

                New night bus links the valley towns from January

   {image}
   A double-decker bus waiting at the Harlow Street depot

   Published 3 December 2026

   The Upper Vale transport authority will run a night bus between the
   three valley towns from the first weekend of January, ending a gap of
   almost ten years without any service after midnight.

   The route will leave Carnford bus station at 00:30, 01:45 and 03:00 on
   Friday and Saturday nights and call at Millbeck and Stoneleigh before
   returning.

   "People working late shifts have been asking for this for a long time,"
   said councillor Nadia Rourke.
"""


def test_lynx_linked_image_alt_under_the_headline_is_no_dek() -> None:
    article = parse_plaintext(_LYNX.replace("{image}", "[11][IMG]"))
    assert article.subtitle is None
    assert _texts(article, Figure) == ["A double-decker bus waiting at the Harlow Street depot"]


def test_lynx_bare_image_alt_under_the_headline_is_no_dek() -> None:
    article = parse_plaintext(_LYNX.replace("{image}", "[IMG]"))
    assert article.subtitle is None


_ZH = """跳到主要内容
枫林苑社区服务网
首页
社区公告
物业服务
业主之家
便民信息
联系我们
关于12月份二次供水水箱清洗消毒暂停供水的通知
发布时间：2026-12-01 09:30　来源：枫林苑物业服务中心　浏览次数：612
字号：大 中 小　打印
尊敬的各位业主、住户：
为保障小区居民饮用水卫生安全，根据市卫生健康部门关于二次供水设施定期清洗消毒的要求，物业服务中心定于2026年12月3日（星期四）上午8时至下午5时，对小区二次供水水箱进行清洗消毒。
清洗消毒期间，1号楼至6号楼将暂停供水，7号楼至12号楼水压可能偏低。请各位业主、住户提前做好储水准备，并关闭家中水龙头，以免恢复供水时发生跑水。
供水恢复后，水龙头初期放出的水可能略显浑浊，属正常现象，请打开水龙头放水两至三分钟后再使用。清洗消毒完成后，物业服务中心将在各单元门口张贴水质检测报告。
如遇特殊情况，请及时拨打物业服务中心24小时值班电话：0571-8612 3456。
给您带来的不便，敬请谅解！感谢您的理解与支持！
枫林苑物业服务中心
2026年12月1日
【打印本页】【关闭窗口】
上一篇：关于开展冬季消防安全检查的通知
下一篇：枫林苑社区“邻里节”活动圆满结束
相关公告
· 关于地下车库照明线路改造的通知
· 关于缴纳2027年度物业服务费的温馨提示
物业服务中心地址：枫林苑小区东门南侧　服务电话：0571-8612 3456
版权所有 © 2026 枫林苑社区服务网　浙ICP备2026012345号
"""


def test_chinese_notice_salutation_opens_the_body() -> None:
    article = parse_plaintext(_ZH)
    paragraphs = _texts(article, Paragraph)
    assert paragraphs[0] == "尊敬的各位业主、住户："


def test_chinese_notice_signature_block_is_the_author_not_body() -> None:
    article = parse_plaintext(_ZH)
    paragraphs = _texts(article, Paragraph)
    assert paragraphs[-1] == "给您带来的不便，敬请谅解！感谢您的理解与支持！"
    assert "2026年12月1日" not in paragraphs
    assert [a.name for a in article.authors] == ["枫林苑物业服务中心"]


_DE_NOTICE = """Sperrung der Brücke am Mühlbach ab Montag

01.12.2026

{salutation}

wegen Sanierungsarbeiten wird die Brücke am Mühlbach ab Montag, 7. Dezember, für den gesamten Verkehr gesperrt. Die Sperrung dauert voraussichtlich drei Wochen.

Eine Umleitung über die Talstraße und die Lindenallee ist ausgeschildert. Fußgänger können den Steg am Sportplatz benutzen.

Wir bitten um Ihr Verständnis für die Einschränkungen während der Bauzeit.
"""

_ES_NOTICE = """Corte de agua en la calle Mayor el jueves

01/12/2026

{salutation}

Por obras de mejora en la red de abastecimiento, el jueves 3 de diciembre se cortará el suministro de agua en la calle Mayor entre las 9:00 y las 14:00 horas.

Rogamos a los vecinos que almacenen agua con antelación y mantengan los grifos cerrados durante el corte para evitar fugas.

Disculpen las molestias ocasionadas y gracias por su comprensión.
"""


def test_salutations_in_other_languages_open_the_body() -> None:
    for page, salutation in (
        (_DE_NOTICE, "Sehr geehrte Anwohnerinnen und Anwohner,"),
        (_ES_NOTICE, "Estimados vecinos:"),
    ):
        article = parse_plaintext(page.replace("{salutation}", salutation))
        assert _texts(article, Paragraph)[0] == salutation, salutation
