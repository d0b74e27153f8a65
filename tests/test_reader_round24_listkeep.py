"""Round 24 (listkeep): an in-article list under the article's last subhead kept as body
(``_keep_closing_list``), the whole headline under its shortened copy (a kicker or a
breadcrumb's last step: ``title.longer-copy-below``) and a lynx row of a label and a
linked value read as a paragraph, not a subhead (``paragraph.labelled-link-row``). Every
sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.model import Heading, Paragraph
from syndicate.readers.plaintext import parse_plaintext

_MENU = (
    "Skip to content\n\n"
    "  * News\n  * Sport\n  * Business\n  * Weather\n  * Local\n\n"
    "Home > News > Valley\n\n"
)
_HEAD = (
    "Flood warning lifted on the Derwent as river levels fall overnight\n\n"
    "By Ann Fowler\n\n12 December 2026\n\n"
    "The Environment Office lifted its flood warning for the lower Derwent on Saturday "
    "morning after river levels fell by almost a metre overnight.\n\n"
    "Residents in Millbrook and Ashby Cross had been told to move valuables upstairs on "
    "Thursday, when heavy rain pushed the river close to the top of its banks.\n\n"
)
_FOOT = (
    "Share this article\n\n"
    "Related stories\n\n"
    "  * Council approves new flood wall for Millbrook\n"
    "  * Storm damage closes bridge at Ashby Cross\n\n"
    "Privacy policy\nTerms of use\n© 2026 Derwent Valley Post\n"
)


def _texts(text: str) -> list[tuple[str, str]]:
    article = parse_plaintext(text)
    out = []
    for block in article.blocks:
        if isinstance(block, Heading):
            out.append(("h", block.text))
        elif isinstance(block, Paragraph):
            out.append(("p", block.text))
        else:
            out.append((block.type, getattr(block, "text", "")))
    return out


def test_closing_list_with_details_stays_in_the_body() -> None:
    text = (
        _MENU + _HEAD + "Where to get help\n\n"
        "  * Millbrook Community Centre, 4 Mill Lane\n"
        "  * Ashby Cross Library, open 9am to 5pm\n"
        "  * Floodline: 0345 988 1188\n\n" + _FOOT
    )
    article = parse_plaintext(text)
    kinds = [b.type for b in article.blocks]
    assert ("h", "Where to get help") in _texts(text)
    assert kinds[-1] == "list"
    assert "Floodline: 0345 988 1188" in article.blocks[-1].items


def test_closing_menu_of_bare_names_stays_out() -> None:
    text = _MENU + _HEAD + "More from us\n\n  * Weather\n  * Traffic\n  * Obituaries\n\n" + _FOOT
    texts = _texts(text)
    assert ("h", "More from us") not in texts
    assert [b.type for b in parse_plaintext(text).blocks] == ["paragraph", "paragraph"]


def test_french_practical_box_at_the_end_of_an_inscriptis_dump() -> None:
    text = (
        "Aller au contenu principal\n\n"
        "  * Actualités\n  * Vannes\n  * Sports\n  * Loisirs\n\n"
        "Vannes > Vie locale\n\n"
        "Vannes : la fête des lumières revient sur le port pour deux soirs\n\n"
        "Par Gaëlle Le Meur\n\n"
        "Publié le 2 décembre 2026 à 18h05\n\n"
        "La fête des lumières revient sur le port de Vannes les 12 et 13 décembre, avec une "
        "vingtaine d'installations lumineuses prêtées par des artistes de la région.\n\n"
        "« Nous voulions un rendez-vous gratuit, ouvert à toutes les familles », explique "
        "l'adjoint à la culture, Erwan Guillou, qui espère attirer dix mille visiteurs.\n\n"
        "Infos pratiques\n\n"
        "  * Samedi : 17 h - 23 h\n"
        "  * Dimanche : 17 h - 21 h\n"
        "  * Navette gratuite depuis la gare toutes les 15 minutes\n\n"
        "Partager :   Facebook   X   WhatsApp\n\n"
        "À lire aussi\n\n"
        "  * Auray : le marché couvert rouvre ses portes\n\n"
        "  * Mentions légales\n  * Contact\n\n"
        "© Le Courrier du Morbihan 2026\n"
    )
    article = parse_plaintext(text)
    assert ("h", "Infos pratiques") in _texts(text)
    assert article.blocks[-1].type == "list"
    assert article.blocks[-1].items[0] == "Samedi : 17 h - 23 h"


def test_kicker_short_copy_gives_way_to_the_whole_headline() -> None:
    text = _MENU + "Flood warning lifted on the Derwent\n\n" + _HEAD + _FOOT
    article = parse_plaintext(text)
    assert article.title == "Flood warning lifted on the Derwent as river levels fall overnight"


def test_polish_breadcrumb_ending_in_the_cut_headline() -> None:
    text = (
        "Strona główna » Kraj » Nowe przepisy o hulajnogach elektrycznych. Od marca kask…\n"
        "Nowe przepisy o hulajnogach elektrycznych. Od marca kask obowiązkowy dla nastolatków\n"
        "Marta Zielonka\n"
        "12 grudnia 2026, 09:15\n\n"
        "Sejm przyjął w piątek nowelizację prawa o ruchu drogowym, która nakłada na "
        "młodszych użytkowników hulajnóg elektrycznych obowiązek jazdy w kasku.\n\n"
        "Za ustawą głosowało 402 posłów. Projekt przygotowało ministerstwo infrastruktury "
        "po serii wypadków z udziałem nastolatków.\n"
    )
    article = parse_plaintext(text)
    assert article.title == (
        "Nowe przepisy o hulajnogach elektrycznych. Od marca kask obowiązkowy dla nastolatków"
    )
    assert article.subtitle is None


def test_lynx_label_and_linked_value_is_no_subhead() -> None:
    text = (
        "   [1]Skip to content\n\n"
        "     * [2]News\n     * [3]Sport\n     * [4]Weather\n\n"
        "                    Rail strike called off after late-night talks\n\n"
        "   By [5]Ann Fowler\n   12 December 2026\n\n"
        "   Union leaders called off Monday's planned rail strike after talks\n"
        "   that ran past midnight, the transport ministry said on Sunday.\n\n"
        "   Station: [6]Ashby Cross Parkway\n\n"
        "   The dispute over weekend rosters had threatened to halt services on\n"
        "   four regional lines for two days, the union said in a statement.\n\n"
        "   Passengers who bought tickets for Monday can still travel on them\n"
        "   until the end of the week, the operator said.\n\n"
        "   [8]Share on Facebook [9]Share on X\n"
    )
    texts = _texts(text)
    assert ("h", "Station: Ashby Cross Parkway") not in texts
    assert ("p", "Station: Ashby Cross Parkway") in texts


def test_lynx_fact_box_indented_apart_stays_out() -> None:
    text = (
        "   [1]Skip to content\n\n"
        "     * [2]News\n     * [3]Fixtures\n     * [4]Tickets\n\n"
        "Preview: Carrow Town host Westerby in the valley derby\n\n"
        "   By [5]Ann Fowler\n   12 February 2026\n\n"
        "   Carrow Town host Westerby United on Saturday looking for a first derby win at\n"
        "   Ferrier Road in three seasons, with both sides level on points.\n\n"
        "Team news\n\n"
        "   Westerby are without their captain, who is suspended after his fifth booking\n"
        "   of the season, and the referee is the official who took the reverse fixture.\n\n"
        "  Match facts\n\n"
        "     * Kick-off: 3pm, Saturday 15 February\n"
        "     * Venue: Ferrier Road\n"
        "     * Live: club radio commentary\n\n"
        "   Share [8]Facebook [9]X\n"
    )
    texts = _texts(text)
    assert ("h", "Team news") in texts
    assert ("h", "Match facts") not in texts
    assert not any(kind == "list" for kind, _ in texts)
