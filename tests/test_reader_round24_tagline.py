"""Round 24 (tagline): a strap sentence or a site's tagline on the page's first line, over
the headline (``title.under-tagline``): none of its content words comes back in the prose,
while the line under it does and has the story's byline or date under it. Every sentence,
person, place and outlet is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_EN_PROSE = (
    "The county council in Marrowby has agreed to reopen the old railway footbridge over "
    "the river, closed since engineers found cracks in its iron beams two years ago.",
    "Councillors voted nine to two on Monday to spend the money on new beams and a wider "
    "deck, so that cyclists and walkers can share the footbridge safely again.",
    "Residents of the east bank have campaigned for the footbridge since it closed, saying "
    "the detour through the ring road adds twenty minutes to every trip into town.",
    "Work on the footbridge is due to begin in March and should take about eight months, "
    "the council said, with the river path kept open for most of that time.",
)


def test_strap_line_over_the_headline_is_not_the_title() -> None:
    text = _blocks(
        "Patience, petitions and a long summer of letters",
        "Marrowby footbridge to reopen after council backs repair of railway beams",
        "By Oriel Fenwick",
        "Published 3 October 2027",
        *_EN_PROSE,
    )
    article = parse_plaintext(text)
    assert article.title == (
        "Marrowby footbridge to reopen after council backs repair of railway beams"
    )
    assert [a.name for a in article.authors] == ["Oriel Fenwick"]
    body = "\n".join(getattr(b, "text", "") or "" for b in article.blocks)
    assert "Patience, petitions" not in body


def test_site_tagline_and_menu_over_the_headline_in_french() -> None:
    text = _blocks(
        "Le magazine des bocages normands depuis 1974",
        "Accueil",
        "Régions",
        "Culture",
        "Le pont ferroviaire de Marbeuil rouvrira aux piétons en mars",
        "Par Odile Verchère",
        "Publié le 03/10/2027",
        "Le conseil départemental a voté lundi la réparation du pont ferroviaire de "
        "Marbeuil, fermé depuis deux ans après la découverte de fissures dans ses poutres.",
        "Les travaux du pont, estimés à deux millions d'euros, commenceront en mars et "
        "dureront huit mois, selon le département, qui promet un accès aux cyclistes.",
        "Les riverains de la rive est réclamaient la réouverture du pont depuis sa "
        "fermeture : le détour par la rocade rallonge chaque trajet de vingt minutes.",
    )
    article = parse_plaintext(text)
    assert article.title == "Le pont ferroviaire de Marbeuil rouvrira aux piétons en mars"


def test_a_first_line_the_prose_echoes_stays_the_title() -> None:
    # The first line is the story's own headline (its words come back): no rule fires,
    # even with a headline-shaped line and a byline under it.
    text = _blocks(
        "Marrowby council votes to repair the railway footbridge",
        "Residents welcome footbridge repair after two years of detours",
        "By Oriel Fenwick",
        *_EN_PROSE,
    )
    article = parse_plaintext(text)
    assert article.title == "Marrowby council votes to repair the railway footbridge"


def test_a_strap_line_in_chinese_is_read_by_character_pairs() -> None:
    text = _blocks(
        "风雨过后，我们又一次踏上那条熟悉而遥远的归途",
        "青石镇老桥修复工程下月开工",
        "记者 王晓岚",
        "2027年3月5日 08:30",
        "青石镇政府昨天宣布，镇东头那座建于清代的老桥将于下月开始修复，工程预计持续八个月，"
        "修复期间行人可以走临时便桥过河。",
        "老桥去年夏天因洪水冲刷出现裂缝，此后一直封闭。镇里请来省里的古桥专家，决定按原样用"
        "青石重新砌筑桥墩，保留桥面上的老石板。",
        "附近村民对修复老桥十分期待。住在桥西的李大爷说，老桥封闭以后，他每天去镇上买菜要多绕"
        "两里路。",
        "据介绍，修复工程的费用由县里和镇里共同承担，总额约三百万元。",
    )
    article = parse_plaintext(text)
    assert article.title == "青石镇老桥修复工程下月开工"
    assert article.provenance["title"].rule == "title.under-tagline"
