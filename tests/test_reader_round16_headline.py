"""Round 16 (headline): a short headline over its long dek, and what must stay the title
(a headline printed again under its dek, a long headline under a section label that the menu
names). The round's site-name rule was removed at the merge (docs/reader.md). Every sentence
here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext


def _title(text: str) -> str:
    return parse_plaintext(text).title


_RU_BODY = (
    "Городской оркестр исполнил Седьмую симфонию в заводском клубе, и публика впервые за "
    "много лет слушала её стоя у стен.\n"
    "12 марта 2026, 18:40\n"
    "Концерт начался с опозданием на двадцать минут: музыканты ждали, пока в зал внесут ещё "
    "два ряда скамеек из соседней школы.\n"
    "Дирижёр Варвара Крестова сказала после концерта, что такой зал ей нравится больше "
    "филармонии.\n"
    "Следующий концерт оркестра запланирован на апрель.\n"
)


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


_SHORT_OVER_DEK = {
    "ru": (
        "Главная\nНовости\nКультура\nСедьмая без пафоса\n"
        "Городской оркестр сыграл Седьмую симфонию в заводском клубе и доказал, что большой "
        "музыке не нужен большой зал\n"
        "12.03.2026 18:40\n"
        "Концерт начался с опозданием на двадцать минут: музыканты ждали, пока в зал внесут "
        "ещё два ряда скамеек из соседней школы.\n"
        "Дирижёр Варвара Крестова сказала после концерта, что такой зал ей нравится больше "
        "филармонии.\n"
        "Следующий концерт оркестра запланирован на апрель, билеты поступят в продажу в конце "
        "марта.\n",
        "Седьмая без пафоса",
    ),
    "en": (
        "Skip to main content\nHarbour Weekly\nNews  Sport  Culture  Opinion\nQuiet Seventh\n"
        "The town band played a full symphony in a disused boat shed on Saturday, and the "
        "audience stood along the walls because there were not enough chairs\n"
        "March 12, 2026\n"
        "The concert began twenty minutes late while volunteers carried in two more rows of "
        "benches from the primary school next door.\n"
        "Conductor Ruth Alcombe said afterwards that she preferred the shed to any concert "
        "hall she had worked in.\n"
        "The band's next concert is planned for April, with tickets on sale at the end of "
        "March.\n",
        "Quiet Seventh",
    ),
    "fr": (
        "Accueil > Culture\nCulture\nSeptième sans façons\n"
        "L'harmonie municipale a joué une symphonie entière dans un ancien hangar à bateaux "
        "samedi soir, devant un public resté debout faute de chaises\n"
        "Publié le 12/03/2026 à 18h40\n"
        "Le concert a commencé avec vingt minutes de retard, le temps d'apporter des bancs de "
        "l'école voisine.\n"
        "La cheffe Odile Marchetti a confié après le concert qu'elle préférait ce hangar à "
        "toutes les salles où elle a dirigé.\n"
        "Le prochain concert est prévu en avril, et les billets seront en vente fin mars.\n",
        "Septième sans façons",
    ),
}


def test_short_headline_over_a_long_dek_under_a_label() -> None:
    for text, title in _SHORT_OVER_DEK.values():
        article = parse_plaintext(text)
        assert article.title == title
        assert article.subtitle is not None and len(article.subtitle.split()) >= 16


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
