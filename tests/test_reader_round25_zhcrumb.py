"""Round 25 (zhcrumb): a portal's page copied with select-all prints its name, its menu one
item a line, then the location row ("您现在的位置：首页 > 政务公开 > 工作动态") over the
headline; the site's name is no headline, and the print row and related list under the
notice are no body. Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_PORTAL = [
    "青溪县人民政府",
    "首页",
    "政务公开",
    "政务服务",
    "互动交流",
    "走进青溪",
    "您现在的位置：首页 > 政务公开 > 工作动态",
    "青溪县启动冬季农村道路安全隐患排查整治",
    "发布日期：2026-11-28　来源：县交通运输局　字号：[大 中 小]",
    "11月27日，青溪县召开冬季农村道路安全隐患排查整治工作部署会，对全县农村道路临水临崖、"
    "急弯陡坡路段开展为期一个月的集中排查。",
    "会议要求，各乡镇要建立隐患台账，做到发现一处、登记一处、整改一处。对一时难以整改的路段，"
    "要先行设置警示标志和减速设施。",
    "县交通运输局将会同公安交警部门，对整改情况开展“回头看”，确保排查整治工作取得实效。",
    "【打印此页】【关闭窗口】",
    "相关链接",
    "· 青溪县开展冬季森林防火专项检查",
    "· 县政府召开第十二次常务会议",
]


def _texts(lines: list[str]) -> tuple[str, list[str]]:
    article = parse_plaintext("\n".join(lines) + "\n")
    return article.title, [getattr(b, "text", "") or "" for b in article.blocks]


def test_site_name_over_a_one_item_menu_and_location_row_is_no_headline() -> None:
    title, body = _texts(_PORTAL)
    assert title == "青溪县启动冬季农村道路安全隐患排查整治"
    assert body[0].startswith("11月27日")
    assert body[-1].startswith("县交通运输局将会同")
    assert not any("关闭窗口" in text or "相关链接" in text for text in body)


def test_skip_link_over_the_site_name_reads_no_kicker() -> None:
    # "跳到主要内容" over the site's name: the name was read as the headline under a kicker
    title, body = _texts(["跳到主要内容", *_PORTAL])
    assert title == "青溪县启动冬季农村道路安全隐患排查整治"
    assert len(body) == 3


def test_the_rule_names_its_provenance() -> None:
    article = parse_plaintext("\n".join(_PORTAL) + "\n")
    assert article.provenance["title"].rule == "title.under-location-row"


def test_a_sentence_between_name_and_location_row_stops_the_walk() -> None:
    # only menu items stand between the site's name and the location row: a sentence there
    # is the page's own text, and the walk from the chosen line stops at it
    lines = list(_PORTAL)
    lines.insert(3, "本网站由青溪县人民政府办公室主办，欢迎广大群众提出意见和建议。")
    article = parse_plaintext("\n".join(lines) + "\n")
    assert article.provenance["title"].rule != "title.under-location-row"


def test_trail_section_printed_again_over_the_headline_is_its_kicker() -> None:
    # "工作动态", the trail's last item, printed again under the location row
    lines = list(_PORTAL)
    lines.insert(7, "工作动态")
    title, body = _texts(lines)
    assert title == "青溪县启动冬季农村道路安全隐患排查整治"
    assert "工作动态" not in body
