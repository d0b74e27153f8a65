"""Round 16 (headline): shapes whose title must not move — a headline printed once with a
copyright footer, a kicker over a long headline with its dek, a headline printed again under
its dek, a long headline under a section label that the menu names. The round's two title
rules were removed at the merge (docs/reader.md says why); these stay as checks of what they
got wrong. Every sentence here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext


def _title(text: str) -> str:
    return parse_plaintext(text).title


def test_a_headline_not_named_elsewhere_stays() -> None:
    # the first line is printed once and no footer names it: it is the headline
    text = (
        "Spring season opens early\n"
        "The Civic Theatre's spring season will open on 14 March with a new comedy about a "
        "ferry crew stranded for one night in a harbour town.\n"
        "Director Ansel Worrick said rehearsals began in January.\n"
        "Tickets go on sale at the box office on Monday.\n"
        "© 2026 Marrow Bay Civic Theatre\n"
    )
    assert _title(text) == "Spring season opens early"


def test_kicker_over_a_long_headline_with_its_dek_keeps_the_headline() -> None:
    # the long line has a dek between it and the byline: it is the headline
    text = (
        "Faits divers\n"
        "Un pan de falaise s'effondre sur le sentier du littoral, qui restera fermé pour "
        "plusieurs mois au moins selon la mairie\n"
        "Aucun promeneur n'a été blessé.\n"
        "Par Lise Garnier\n"
        "Le sentier du littoral est fermé depuis jeudi matin entre la plage et le port.\n"
        "Les services techniques de la commune ont installé des barrières des deux côtés.\n"
        "Une étude géologique doit être menée avant toute réouverture du chemin.\n"
    )
    assert parse_plaintext(text).title.startswith("Un pan de falaise")


def test_headline_printed_again_under_its_dek_is_no_site_name() -> None:
    # a business page: the headline, a dek wrapped over two lines, the headline again (the
    # page's <h1> under the teaser), then the story; the copy stands before the prose
    text = (
        "Korvath Pumpen kappt Ausblick – Papier fällt deutlich\n"
        "Der Pumpenbauer spürt die schwache Nachfrage der Landwirte. Nun wird\n"
        "ein Werk in Ostfriesland geschlossen.\n"
        "Korvath Pumpen kappt Ausblick – Papier fällt deutlich\n"
        "Von Mirjam Tollen\n"
        "Der Pumpenbauer Korvath hat im Herbst erheblich weniger umgesetzt als noch im Frühjahr "
        "angekündigt, wie das Unternehmen am Mittwoch mitteilte.\n"
        "Die Aktie verlor im frühen Handel mehr als zwölf Prozent und notierte zeitweise auf dem "
        "niedrigsten Stand seit drei Jahren.\n"
        "Der Vorstand will nun die Fertigung in Aurich bis zum Sommer aufgeben.\n"
    )
    assert _title(text) == "Korvath Pumpen kappt Ausblick – Papier fällt deutlich"


def test_section_label_from_the_menu_over_a_long_headline_stays_the_kicker() -> None:
    # an html2text page: the section is a menu item and a breadcrumb link, printed again
    # over a long <h1> with the byline and date under it
    text = (
        "  * [Home](/)\n"
        "  * [Deep Time](/deep-time/)\n"
        "  * [Oceans](/oceans/)\n"
        "[Home](/) » [Deep Time](/deep-time/)\n"
        "Deep Time\n"
        "# A nearly whole sea cow skeleton turns up in a quarry two hundred kilometres from "
        "any coast, and its bones tell of a shallow warm bay\n"
        "By Oriel Santangelo\n"
        "4 March 2026\n"
        "Quarry workers noticed the first ribs in a block of pale limestone and stopped the "
        "saws before the block was cut in two.\n"
        "The skeleton is about three metres long and lay on its side, the skull still joined "
        "to the neck, the team said on Tuesday.\n"
        "The bay it lived in dried out long before the first people reached the valley.\n"
    )
    assert _title(text).startswith("A nearly whole sea cow skeleton")
