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
