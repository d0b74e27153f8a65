"""Round 24 (enteaser): whole-page dumps whose header holds other stories' leftovers: a
breadcrumb naming the short headline over its long dek (``_crumb_named_headline``), and a
rail of teasers that print their own bylines between the header and the body
(``bylined_teaser_rails``, rule ``subtitle.over-teaser-rail``). Every sentence, person,
place and outlet is invented."""

from __future__ import annotations

from syndicate.model import Heading
from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_MENU = ("Close", "Subscribe to Hearthline", "Hearthline", "  • Homes\n  • Gardens\n  • Travel")
_BODY_EN = (
    "When Petra and Lewin Halloran first walked the plot outside Sable Flats, the only "
    "shade came from a single ironwood tree and the canyon wall itself.",
    "Marrow set the single-storey house a few metres from the wall, so that the morning "
    "sun bounces off the stone into the bedrooms of the family.",
    "Inside, designer Tobin Achebe kept the palette to three materials: rammed earth, pale "
    "oak and blackened steel, and nothing else at all.",
)


def test_crumb_named_short_headline_is_no_kicker() -> None:
    text = _blocks(
        *_MENU,
        "Hearthline > Homes > A Serene Canyon Retreat",
        "A Serene Canyon Retreat",
        "Architect Ilse Marrow and designer Tobin Achebe shape a low stone retreat along a "
        "dry riverbed in the high desert",
        "By Maren Quist",
        *_BODY_EN,
    )
    article = parse_plaintext(text)
    assert article.title == "A Serene Canyon Retreat"
    assert article.subtitle is not None and article.subtitle.startswith("Architect Ilse")


def test_crumb_named_headline_german_arrows() -> None:
    text = _blocks(
        "Wohnblatt",
        "  • Wohnen\n  • Garten\n  • Reisen",
        "Startseite › Wohnen › Ein stilles Haus",
        "Ein stilles Haus",
        "Architektin Ilse Marrow und Designer Tobin Achebe bauen einen flachen Steinbau am "
        "trockenen Flussbett der Hochebene",
        "Von Maren Quist",
        "Als Petra und Lewin Halloran das Grundstück bei Sandau zum ersten Mal betraten, "
        "spendete nur ein einzelner Baum und die Felswand selbst etwas Schatten.",
        "Marrow setzte das eingeschossige Haus wenige Meter vor die Wand, damit die "
        "Morgensonne vom Stein in die Schlafzimmer der Familie fällt.",
        "Drinnen beschränkte sich Tobin Achebe auf drei Materialien: Stampflehm, helle "
        "Eiche und geschwärzten Stahl, und auf sonst gar nichts.",
    )
    assert parse_plaintext(text).title == "Ein stilles Haus"


_FR_RAIL = (
    "Quarante randonneurs secourus sur la chaussée de Penrow",
    "AFP 3 mars 2026 à 07:19",
    "  • Facebook\n  • Twitter\n  • Imprimer",
    "Deux équipages de bac et un canot de sauvetage ont ramené les marcheurs après la "
    "montée de la marée.",
    "Sur le même sujet",
    "  • Reportage\n\n    Pourquoi la chaussée de Penrow piège encore les marcheurs\n\n"
    "    Par Joss Whitlam\n  • Entretien\n\n    «Nous avions vingt minutes, pas deux heures»"
    "\n\n    Par Annika Ferrow",
    "Quarante randonneurs ont été ramenés sur le continent lundi soir après qu'une marée "
    "de vives-eaux a coupé la chaussée plus tôt que prévu, a indiqué le port.",
    "Le groupe, qui comptait une classe de douze élèves, avait traversé en début "
    "d'après-midi et comptait revenir avant dix-sept heures.",
    "Personne n'a été blessé. Le port réexaminera ses panneaux cette semaine.",
)


def test_bylined_teaser_rail_is_no_header_french() -> None:
    article = parse_plaintext(_blocks("Le Courrier de Marrow", *_FR_RAIL))
    assert article.title == "Quarante randonneurs secourus sur la chaussée de Penrow"
    names = [a["name"] if isinstance(a, dict) else a.name for a in article.authors]
    assert "Annika Ferrow" not in names and "Joss Whitlam" not in names
    assert article.subtitle is not None and article.subtitle.startswith("Deux équipages")


_EN_RAIL = (
    "The Marrowby Courier",
    "     * News\n     * Sport",
    "Ferry crews rescue 40 walkers cut off by spring tide",
    "   By Harriet Vance, 3 March 2026 at 07:19",
    "     * Facebook\n     * X\n     * Email",
    "   Two ferry crews and a lifeboat brought walkers back from Penrow Island after the "
    "causeway flooded.",
    "   Related coverage\n     * Analysis",
    "Why the Penrow causeway keeps catching people out\n       By Joss Whitlam\n"
    "     * Interview",
    '"We had twenty minutes, not two hours"\n       By Annika Ferrow',
    "   Forty walkers were brought back to the mainland on Monday evening after a spring "
    "tide cut off the causeway earlier than expected, the harbour authority said.",
    "   The group, which included a school party of twelve, had crossed in the early "
    "afternoon and planned to return before five.",
    "   Nobody was hurt. The authority will review its warning signs this week.",
)


def test_bylined_teaser_rail_lynx_keeps_writer_and_dek() -> None:
    article = parse_plaintext(_blocks(*_EN_RAIL))
    names = [a["name"] if isinstance(a, dict) else a.name for a in article.authors]
    assert names == ["Harriet Vance"]
    assert article.subtitle is not None and article.subtitle.startswith("Two ferry crews")
    headings = [b.text for b in article.blocks if isinstance(b, Heading)]
    assert not any("Penrow causeway" in h for h in headings)


def test_co_authors_with_role_lines_are_no_rail() -> None:
    text = _blocks(
        "Ferry crews rescue 40 walkers cut off by spring tide",
        "By Harriet Vance",
        "Senior Harbour Correspondent",
        "By Joss Whitlam",
        "Staff Writer",
        *_EN_RAIL[-3:],
    )
    names = [a["name"] if isinstance(a, dict) else a.name for a in parse_plaintext(text).authors]
    assert "Harriet Vance" in names and "Joss Whitlam" in names
