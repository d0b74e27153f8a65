"""Header lines that hold a date among other furniture, and wrapped deks (original texts)."""

from __future__ import annotations

import textwrap

import pytest

from syndicate.readers.plaintext import parse_plaintext

_BODY = (
    "{first}\n\n"
    "{second}\n\n"
    "{third}\n"
)


def _article(head: str, first: str, second: str, third: str) -> str:
    return head + "\n\n" + _BODY.format(first=first, second=second, third=third)


def test_place_and_date_line_in_spanish() -> None:
    text = _article(
        "La biblioteca de Alzira abre por la noche durante los exámenes\n\n"
        "Por Marta Ibáñez\n"
        "Alzira - 12 abr 2025 - 09:40 CEST",
        "La biblioteca municipal de Alzira abrirá hasta la medianoche durante las tres "
        "semanas de exámenes, según anunció ayer el ayuntamiento.",
        "El horario ampliado costará unos 18.000 euros y se pagará con fondos propios.",
        "Los estudiantes podrán reservar sitio con su carné desde el lunes.",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Marta Ibáñez"]
    assert article.published is not None and article.published.startswith("2025-04-12")
    assert article.paragraphs()[0].text.startswith("La biblioteca municipal de Alzira")


def test_source_author_and_date_on_one_chinese_line() -> None:
    text = _article(
        "江边公园新增夜间步道照明\n\n"
        "来源：滨江晚报\u3000作者：陈立新\u3000发布时间：2025-06-09 18:20",
        "滨江区江边公园的夜间步道照明工程日前完工，全长约三公里的步道在晚上十点前全程亮灯。",
        "区园林部门表示，新灯具采用低亮度暖色光源，以减少对江边鸟类的影响。",
        "附近居民表示，晚饭后散步的人明显多了。",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["陈立新"]
    assert article.published is not None and article.published.startswith("2025-06-09")


def test_posted_on_by_in_italian() -> None:
    text = _article(
        "Tre giorni a piedi lungo il vecchio acquedotto\n\n"
        "Pubblicato il 3 giugno 2025 da Sergio Bellandi",
        "Siamo partiti un venerdì mattina dalla stazione di paese, con due zaini leggeri e "
        "una mappa stampata la sera prima.",
        "Il primo tratto segue il canale scoperto tra i campi di grano.",
        "Alla fine del terzo giorno avevamo percorso sessantadue chilometri.",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Sergio Bellandi"]
    assert article.published == "2025-06-03"


def test_name_role_and_date_on_one_line() -> None:
    text = _article(
        "The bakery that only opens when it rains\n\n"
        "Oriel Banfield Food Editor Friday 14 March 2025",
        "On dry days the shutters of the little bakery on Quarry Lane stay down, and the "
        "owner spends the morning in her allotment.",
        "When the forecast turns wet, she starts the ovens at four.",
        "Regulars now check the weather before they check the bus timetable.",
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [("Oriel Banfield", "Food Editor")]
    assert article.published == "2025-03-14"


def test_a_sentence_that_names_a_date_stays_in_the_body() -> None:
    text = _article(
        "Harbour crane returns to service after repairs\n\n"
        "By Tamsin Hale",
        "The harbour crane was back at work on 2 May 2025 after six weeks of repairs.",
        "Dock workers said the backlog of containers would be cleared within days.",
        "The port authority did not say what the repairs had cost.",
    )
    article = parse_plaintext(text)
    assert article.published is None
    assert article.paragraphs()[0].text.startswith("The harbour crane was back at work")


def test_dek_hard_wrapped_over_two_lines_is_read_whole() -> None:
    body = (
        "   The ferry crossing to the island will run twice as often this summer, the\n"
        "   operator said on Monday, after two new boats arrived from the yard in\n"
        "   Gdansk and passed their sea trials.\n\n"
        "   Tickets for the extra sailings go on sale next week. Islanders will keep\n"
        "   their reduced fare, and bicycles will still travel free of charge on\n"
        "   every crossing, the operator added in its statement.\n\n"
        "   The council welcomed the news but asked for a later last sailing on\n"
        "   Fridays, when many islanders who work on the mainland come home late.\n"
    )
    text = (
        "   [1]Home [2]News [3]Contact\n\n"
        "          Island ferry to double its summer sailings\n\n"
        "   Two new boats join the route in June, and the operator promises\n"
        "   fewer cancelled crossings in bad weather.\n\n"
        "   Nell Saunders — 9 April 2025 — 3 minute read\n\n" + body
    )
    article = parse_plaintext(text)
    assert article.subtitle == (
        "Two new boats join the route in June, and the operator promises "
        "fewer cancelled crossings in bad weather."
    )
    assert [a.name for a in article.authors] == ["Nell Saunders"]
    assert article.published == "2025-04-09"
    assert article.paragraphs()[0].text.startswith("The ferry crossing to the island")


def test_a_wrapped_dek_going_on_with_a_capital_is_read_whole() -> None:
    # German capitalises nouns: the dek's second line opens with one ("Betrieb"), and the
    # first line is full — the next word would not have fitted in the wrap width.
    body = (
        "Köln. Um kurz nach zehn Uhr setzte sich am Samstag die erste Gondel am Zoo in\n"
        "Bewegung. An Bord waren ein Techniker, zwei Mitarbeiter der Stadtwerke und\n"
        "ein Fotograf, eine halbe Stunde später standen 80 Fahrgäste in der Schlange.\n\n"
        "Die Seilbahn war Ende Januar stillgelegt worden, nachdem eine Gondel bei\n"
        "starkem Wind gegen einen Stützpfeiler geschlagen war. Verletzt wurde niemand,\n"
        "doch 23 Fahrgäste saßen fast drei Stunden über dem Rhein fest.\n"
    )
    text = (
        "# Kölner Seilbahn fährt wieder\n\n"
        "Nach sechs Wochen Stillstand hat die Seilbahn über den Rhein am Samstag den\n"
        "Betrieb wieder aufgenommen. Die Stadtwerke haben die Rettungskonzepte\n"
        "überarbeitet.\n\n"
        "Von Miriam Sanders\n\n"
        "Aktualisiert am 07.03.2026 um 12:15 Uhr\n\n" + body
    )
    article = parse_plaintext(text)
    assert article.subtitle is not None
    assert article.subtitle.endswith("Rettungskonzepte überarbeitet.")
    assert [a.name for a in article.authors] == ["Miriam Sanders"]
    assert article.updated is not None and article.updated.startswith("2026-03-07")
    assert article.paragraphs()[0].text.startswith("Köln. Um kurz nach zehn Uhr")


def test_press_release_dateline_with_agency_in_slashes() -> None:
    text = _article(
        "Northfold Tools opens a training centre for apprentices",
        "BRANDON, Man., April 22, 2025 /PRNewswire/ -- Northfold Tools Ltd. today opened a "
        "training centre for forty apprentices a year at its Brandon plant.",
        "The centre will teach machining, welding and maintenance.",
        "Applications for the first intake close at the end of May.",
    )
    article = parse_plaintext(text)
    assert article.published == "2025-04-22"


def test_headline_wrapped_over_two_lines_in_a_lynx_dump_is_read_whole() -> None:
    body = (
        "   The new rink on Alder Street opened its doors on a grey morning, and by\n"
        "   noon the queue for skate hire reached the car park, the manager said.\n\n"
        "   The building took two years to finish and cost the council less than\n"
        "   the old pool it replaces, because the roof came from a closed depot.\n\n"
        "   Schools will have the ice on weekday mornings. Clubs get the evenings,\n"
        "   and the public sessions run every afternoon and all day at weekends.\n\n"
        "   A season ticket costs 90 pounds, and children under six skate free with\n"
        "   an adult, which the manager hopes will bring in young families.\n"
    )
    text = (
        "   Town's first indoor rink in forty years opens with a queue round the\n"
        "                              corner\n\n"
        "   By Ilse Marwick\n\n" + body
    )
    article = parse_plaintext(text)
    assert article.title == (
        "Town's first indoor rink in forty years opens with a queue round the corner"
    )
    assert all(p.text != "corner" for p in article.paragraphs())


def test_a_short_line_under_an_unwrapped_headline_stays_out_of_it() -> None:
    text = _article(
        "Lievito madre: come l'ho salvato dopo tre settimane di frigo\n"
        "di Marta Ghezzi | 06/02/2024",
        "Confesso che a gennaio ho dimenticato il barattolo in fondo al frigo per tre "
        "settimane, e quando l'ho riaperto non sembrava più vivo.",
        "Ho tolto la crosta scura e tenuto solo un cucchiaio dal centro.",
        "Dopo quattro rinfreschi raddoppiava di nuovo in sei ore.",
    )
    article = parse_plaintext(text)
    assert article.title == "Lievito madre: come l'ho salvato dopo tre settimane di frigo"


def test_two_places_before_the_date_are_not_a_photo_credit() -> None:
    text = _article(
        "Las obras del puerto de Vigo se retrasan otro año\n\n"
        "Por Rocío Andrade\n"
        "Vigo / Santiago - 11 nov 2025 - 08:15 CET",
        "Las obras de ampliación del muelle de Bouzas no estarán terminadas antes del verano "
        "de 2027, según reconoció ayer la autoridad portuaria.",
        "El retraso se debe a un problema con el suelo del relleno.",
        "Las navieras piden una compensación por los atraques perdidos.",
    )
    article = parse_plaintext(text)
    assert article.published is not None and article.published.startswith("2025-11-11")


def test_breaking_news_banner_over_the_page_is_not_the_headline() -> None:
    text = (
        "Menu\n"
        "BREAKING: Power cut across the north side of town after a substation fire\n\n"
        "Pelican crossing on Hay Street finally gets its green man back\n"
        "By Corin Astley\n"
        "March 12, 2025\n\n"
        "The pedestrian crossing outside the Hay Street library has worked again since "
        "Tuesday, four months after a delivery lorry knocked down its signal pole.\n\n"
        "Parents had asked the council for a temporary crossing guard in the meantime.\n\n"
        "The repair cost 6,400 pounds, the council said.\n"
    )
    article = parse_plaintext(text)
    assert article.title == "Pelican crossing on Hay Street finally gets its green man back"
    assert article.subtitle is None
    assert article.provenance["title"].rule == "title.under-breaking-banner"


def test_widget_under_a_long_header_line_is_dropped_on_a_page_without_blank_lines() -> None:
    text = (
        "Come ho rimesso in sesto la bicicletta del nonno in un solo fine settimana\n"
        "Pubblicato il 14 aprile 2025 da Dario Fenzi · Officina di casa\n"
        "5 minuti di lettura\n"
        "La bicicletta era rimasta in cantina per quasi vent'anni, appesa a un chiodo "
        "sopra le damigiane, con le gomme a terra e la catena color ruggine.\n"
        "Sabato mattina ho smontato le ruote e lasciato la catena a bagno nel petrolio.\n"
        "Domenica sera ho fatto il primo giro del paese, ed era ancora leggera come allora.\n"
    )
    article = parse_plaintext(text)
    assert article.paragraphs()[0].text.startswith("La bicicletta era rimasta")
    assert all("minuti di lettura" not in p.text for p in article.paragraphs())


def test_organisation_byline_photographer_and_masthead_under_the_byline() -> None:
    text = (
        "The Fenmoor Courier\n"
        "News Sport Weather\n"
        "Storm closes the causeway to Holm Island for a second night\n"
        "By The Fenmoor Press Agency\n"
        "Photographs by Tilda Rusk\n"
        "The Fenmoor Courier\n"
        "October 2, 2025\n\n"
        "The causeway to Holm Island stayed shut on Wednesday night as waves broke over "
        "the road for a second high tide in a row.\n\n"
        "Islanders were told to expect the road to reopen on Thursday afternoon.\n\n"
        "The ferry will run an extra evening crossing until then.\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["The Fenmoor Press Agency"]
    assert article.published == "2025-10-02"


def test_chinese_reporter_and_correspondent_in_the_order_printed() -> None:
    text = (
        "湖边新修自行车道本周开放\n\n"
        "记者 孙丽　通讯员 黄海\n\n"
        "2025年9月8日 10:05\n\n"
        "环湖自行车道本周一起正式开放，全长十二公里，沿途设有五处休息点。\n\n"
        "市园林部门表示，车道夜间照明将于下月完工。\n\n"
        "不少市民在开放首日就骑车前来体验。\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["孙丽", "黄海"]


def test_byline_wrapped_after_and_keeps_both_names() -> None:
    text = (
        "Night buses return to the river route after a year away\n\n"
        "By [Keir Ansell](https://example.org/staff/keir) and\n"
        "[Wren Okafor](https://example.org/staff/wren)\n\n"
        "May 2, 2025\n\n"
        "The night bus along the river route is back from Monday, a year after it was "
        "cut to save money.\n\n"
        "Buses will run every forty minutes between midnight and five.\n\n"
        "The operator said passenger numbers would decide whether it stays.\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Keir Ansell", "Wren Okafor"]


def test_name_printed_twice_then_role_gives_the_role_to_that_author() -> None:
    text = (
        "Why our street kept its plane trees\n"
        "Ottilie Brand\n"
        "Ottilie Brand\n"
        "Guest columnist\n"
        "Published June 9, 2025\n"
        "When the council proposed felling the plane trees on Corder Road, I expected a "
        "petition and a few angry letters, and not much else.\n"
        "Instead, two hundred neighbours turned up to the hearing.\n"
        "The trees are still there, and the pavements have been relaid around them.\n"
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [("Ottilie Brand", "Guest columnist")]


def test_byline_label_on_its_own_line_then_a_list_of_organisations() -> None:
    text = (
        "New grants for village halls that switch to heat pumps\n"
        "Halls with a volunteer committee can apply from next month for up to half the cost\n"
        "From:\n"
        "Office for Rural Affairs, Community Energy Board and Rt Hon Peter Vale MP\n"
        "Published\n"
        "7 July 2025\n"
        "Village halls in England can apply for grants of up to 40,000 pounds to replace oil "
        "and gas boilers with heat pumps, the government announced today.\n"
        "The scheme opens on 1 August and closes when the money has been allocated.\n"
        "Halls must show that they are used by the community at least three days a week.\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == [
        "Office for Rural Affairs",
        "Community Energy Board",
        "Rt Hon Peter Vale MP",
    ]
    assert article.published == "2025-07-07"


def test_two_people_one_with_a_title_on_one_byline_line() -> None:
    text = (
        "Otters are back on the upper Wenning after forty years\n"
        "Camera traps caught a family of four below the old mill weir\n"
        "Hester Quayle Wildlife correspondent and Idris Mbeki\n"
        "Mon 4 Aug 2025 06.30 BST\n"
        "A family of otters has been filmed on the upper reaches of the Wenning for the "
        "first time since the 1980s, when pollution from a creamery emptied the river.\n"
        "Volunteers set the cameras in June after finding tracks on a sandbank.\n"
        "The river trust said the water was now cleaner than at any time since records began.\n"
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Hester Quayle", "Wildlife correspondent"),
        ("Idris Mbeki", None),
    ]


def test_name_comma_title_with_a_team_after_it() -> None:
    text = (
        "How we cut our build times in half\n"
        "Caching, smaller images and one stubborn test suite\n"
        "Noor Haddad, Staff Engineer\n"
        "Pavel Lind, Engineering Manager, Platform\n"
        "April 3, 2025\n"
        "Six months ago a full build of our main repository took forty minutes, and most "
        "of that time was spent downloading things we already had.\n"
        "We started by measuring every step of the pipeline for a week.\n"
        "The biggest win turned out to be the simplest one: a shared cache.\n"
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Noor Haddad", "Staff Engineer"),
        ("Pavel Lind", "Engineering Manager, Platform"),
    ]


def test_byline_and_date_wrapped_after_the_day_in_a_lynx_dump() -> None:
    body = (
        "   Most dripping taps are caused by a worn washer, a rubber ring that costs\n"
        "   a few pence and takes ten minutes to change with the right spanner.\n\n"
        "   Turn off the water at the isolation valve under the sink before you\n"
        "   start, then open the tap to let the last of the water drain away.\n\n"
        "   If the drip carries on after a new washer, the valve seat may be worn,\n"
        "   and that is the point at which most people call a plumber in.\n"
    )
    text = (
        "   How to fix a dripping tap without calling anyone\n\n"
        "   Written by [3]Marisol Eke, Plumbing engineer | Last reviewed 21\n"
        "   January 2025\n\n" + body
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [("Marisol Eke", "Plumbing engineer")]
    assert article.published == "2025-01-21"


def test_a_short_sentence_is_told_by_its_weekday_name() -> None:
    from syndicate.readers.plaintext import detect_language

    assert detect_language("Le conseil s'est réuni lundi.")[0] == "fr"
    assert detect_language("De raad kwam maandag bijeen.")[0] == "nl"
    assert detect_language("A new rink opened on Wednesday.")[0] == "en"


@pytest.mark.parametrize(
    ("head", "body", "published", "updated"),
    [
        (
            "Le tramway de Nantes prolongé jusqu'à Rezé\nPar Claire Dumas - Publié le "
            "12/03/2025 à 14h30, mis à jour le 13/03/2025 à 08h10",
            "La nouvelle branche du tramway a été inaugurée mercredi matin devant plusieurs "
            "centaines d'habitants venus tester les rames.",
            "2025-03-12",
            "2025-03-13",
        ),
        (
            "Feira de livros volta ao centro de Olinda\nPor Ana Souza, 05/03/2025 às 14h30",
            "A feira de livros usados voltou neste fim de semana à praça principal de Olinda, "
            "depois de dois anos sem edições.",
            "2025-03-05",
            None,
        ),
        (
            "В Вологде открыли новый мост через реку\nМосква, 5 марта 2025",
            "Движение по новому мосту через реку Вологду открылось в среду утром, на месяц "
            "раньше намеченного срока.",
            "2025-03-05",
            None,
        ),
        (
            "城西新建社区食堂正式开业\n來源：城西日报 2025/03/05 14:30",
            "城西街道新建的社区食堂本周三正式开业，首日接待居民四百余人次，午餐供应到下午一点半。",
            "2025-03-05",
            None,
        ),
    ],
)
def test_header_dates_in_other_languages(
    head: str, body: str, published: str, updated: str | None
) -> None:
    text = head + "\n\n" + body + "\n\n" + body + " 2\n\n" + body + " 3\n"
    article = parse_plaintext(text)
    assert (article.published or "")[:10] == published
    assert ((article.updated or "")[:10] or None) == updated


def test_a_menu_row_is_never_the_headline() -> None:
    # The first-line fallback (no headline decoded) skips a menu row and the row it wraps onto.
    from syndicate.readers.plaintext import _is_menu_row

    assert _is_menu_row("Harbour Gazette | News | Sport | Weather |")
    assert _is_menu_row("Puzzles | Sign in", after_menu=True)
    assert not _is_menu_row("Puzzles | Sign in")
    assert not _is_menu_row("Lifeboat crew rescues two kayakers | Gull Point | Sunday")


def test_dek_under_a_summary_label_after_the_dates() -> None:
    text = (
        "Beavers raise the water table of a Devon valley by half a metre\n"
        "Date:\n"
        "June 2, 2025\n"
        "Source:\n"
        "Exmoor Rivers Trust\n"
        "Summary:\n"
        "Five years after beavers were released in a fenced valley, the ground water has "
        "risen by half a metre and the stream now runs all summer, a survey finds.\n"
        "FULL STORY\n"
        "Beavers released into a fenced valley on the edge of Exmoor in 2020 have raised "
        "the level of the ground water by about half a metre, surveyors report.\n"
        "The dams slow the stream after heavy rain and release water through dry spells.\n"
        "Farmers downstream say their fields flood less often than before.\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle is not None and article.subtitle.startswith("Five years after")
    assert [a.name for a in article.authors] == ["Exmoor Rivers Trust"]
    assert article.published == "2025-06-02"


def test_a_release_dated_above_its_headline_with_a_dek_over_the_dateline() -> None:
    text = (
        "NEWS RELEASE\n"
        "Department of Harbours and Ferries\n"
        "FOR IMMEDIATE RELEASE\n"
        "April 2, 2025\n"
        "Island ferry timetable adds a late sailing for the summer season\n"
        "Extra crossing at 22:30 on Fridays and Saturdays from June to September\n"
        "PORT ELLERY — The department is adding a late sailing to the island ferry timetable "
        "on Friday and Saturday nights from June to September, after a survey of residents.\n"
        "The extra crossing will leave the mainland at 22:30 and return at 23:15.\n"
        "-30-\n"
    )
    article = parse_plaintext(text)
    assert article.title == "Island ferry timetable adds a late sailing for the summer season"
    assert article.subtitle == (
        "Extra crossing at 22:30 on Fridays and Saturdays from June to September"
    )
    assert str(article.published)[:10] == "2025-04-02"
    assert article.provenance["published"].rule == "date.above-headline"


def test_an_update_label_far_from_its_year_still_names_the_date() -> None:
    text = (
        "Collecte record pour la banque alimentaire du canton\n\n"
        "Par Marc Heintz - 04 févr. 2026 à 17:45 | mis à jour le 05 févr. 2026 à 08:10 - "
        "Temps de lecture : 3 min\n\n"
        "Les bénévoles de la banque alimentaire ont récolté 212 tonnes de denrées en trois "
        "jours, soit trente tonnes de plus que l’an passé.\n\n"
        "La demande progresse pourtant plus vite encore, selon le président de l’association, "
        "qui aide désormais vingt et un mille personnes chaque mois.\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Marc Heintz"]
    assert (article.published or "")[:10] == "2026-02-04"
    assert (article.updated or "")[:10] == "2026-02-05"


def test_a_header_date_labelled_in_the_feminine_is_an_update() -> None:
    text = (
        "Los embalses de la cuenca caen al 31 % y habrá recortes de riego\n\n"
        "Laura Gimeno\n\n"
        "Actualizada 15/04/2026 a las 07:49 h\n\n"
        "La confederación hidrográfica ha activado este martes el nivel de alerta en los "
        "embalses de la margen derecha, que están al 31 % de su capacidad.\n\n"
        "Los regantes se reunirán el jueves para repartir el agua disponible entre las "
        "comunidades más afectadas por la sequía de este año.\n"
    )
    article = parse_plaintext(text)
    assert article.published is None
    assert (article.updated or "")[:10] == "2026-04-15"


def test_a_role_after_a_dash_is_the_name_s_title() -> None:
    text = (
        "Ministério amplia teleconsultas para cidades pequenas\n\n"
        "Paula Lacerda – Repórter da Agência Central\n\n"
        "Publicado em 03/03/2026 - 18:20\n\n"
        "O ministério vai ampliar a partir de abril a oferta de teleconsultas com especialistas "
        "para municípios com menos de vinte mil habitantes.\n\n"
        "Segundo a pasta, a expansão deve alcançar mil e quatrocentas cidades até o fim do ano, "
        "com prioridade para as regiões mais distantes.\n"
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Paula Lacerda", "Repórter da Agência Central")
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Yann Le Goff, avec Inès Carpentier", ["Yann Le Goff", "Inès Carpentier"]),
        ("By Rosa Tindall, with Omar Haddad", ["Rosa Tindall", "Omar Haddad"]),
        ("Lucía Ferrer, con Tomás Vidal", ["Lucía Ferrer", "Tomás Vidal"]),
    ],
)
def test_a_second_writer_joined_with_with(line: str, names: list[str]) -> None:
    from syndicate.readers.scraped.bylines import parse_byline

    found = parse_byline(line)
    assert found is not None and [name for name, _role in found.people] == names


def test_a_newsroom_after_the_byline_prefix_is_an_organisation_author() -> None:
    from syndicate.readers.scraped.bylines import one_word_byline

    assert one_word_byline("Redazione online") is not None
    assert one_word_byline("Redacción") is not None
    assert one_word_byline("Marco e la sua bicicletta") is None


def test_a_photographer_credit_and_a_place_beside_the_byline_are_header_furniture() -> None:
    text = (
        "Las fiestas del Carmen de Castro Urdiales, en imágenes\n"
        "La procesión marinera reunió a miles de personas en el puerto\n"
        "Texto: Sara Cobo\n"
        "Fotos: Pablo Llorente\n"
        "Castro Urdiales\n"
        "Domingo, 16 de julio 2026, 22:14\n\n"
        "Castro Urdiales vivió este domingo el día grande de sus fiestas con la procesión "
        "marinera, que por primera vez salió del muelle de Don Luis.\n\n"
        "Más de cuarenta embarcaciones acompañaron a la imagen, y la jornada terminó con "
        "fuegos artificiales desde la escollera norte.\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Sara Cobo"]
    assert not [b for b in article.blocks if b.__class__.__name__ == "Figure"]


def test_a_place_after_the_byline_that_the_story_names_is_no_author() -> None:
    text = (
        "Jerez adjudica la rehabilitación del mercado de San Miguel\n\n"
        "Paula Romero | Jerez de la Frontera\n\n"
        "Actualizado: 10/02/2026 - 13:47h\n\n"
        "El Ayuntamiento de Jerez de la Frontera ha adjudicado este martes las obras de "
        "rehabilitación del antiguo mercado de abastos de San Miguel, cerrado desde 2017.\n\n"
        "La empresa adjudicataria dispondrá de catorce meses para ejecutar los trabajos, "
        "presupuestados en 2,6 millones de euros.\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Paula Romero"]


def test_chinese_reporters_in_brackets_a_photographer_credit_and_an_original_title() -> None:
    para = "江苏今年将对新建和改造新能源船舶给予补贴，最高可达船舶造价的30%，并在港口建设换电站。"
    text = "\n\n".join(
        [
            "大运河江苏段今年将新增50艘新能源货船",
            "2026-03-12 15:20:31　来源：新华网",
            "原标题：运河航运提速 江苏今年新增新能源货船50艘",
            "新华社南京3月12日电（记者 陈晓 李雪）记者12日从江苏省交通运输厅获悉，"
            "今年大运河江苏段计划新增新能源货船50艘。",
            "3月11日，一艘新能源货船驶过扬州段运河船闸。新华社记者 孙浩 摄",
            para,
        ]
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["陈晓", "李雪"]
    assert [(f.caption, f.credit) for f in article.figures()] == [
        ("3月11日，一艘新能源货船驶过扬州段运河船闸。", "新华社记者 孙浩")
    ]
    assert article.paragraphs()[0].text.startswith("新华社南京3月12日电")
    # The reporter signing off at the end, when the header names nobody.
    signed = parse_plaintext(
        "\n\n".join(
            [
                "社区食堂开到家门口",
                "2026年03月05日 08:47　来源：金陵晚报",
                para,
                para[:30] + "。",
                "（记者 周婷）",
            ]
        )
    )
    assert [a.name for a in signed.authors] == ["周婷"]
    assert signed.contributors == ()


def test_a_post_headline_ending_in_a_full_stop_over_its_dek_and_a_written_by_bio() -> None:
    text = (
        "Open in app\nSign in\nMember-only story\n"
        "We rebuilt the harbour timetable in a weekend. Here is what broke.\n"
        "Three ferries, one spreadsheet and a very patient harbour master\n"
        "Oona Tremayne\nFollow\n6 min read\n·\nApr 2, 2025\n"
        "Last spring the harbour trust asked whether its timetable could be rebuilt before "
        "the summer season, and I said yes before I had seen the spreadsheet.\n"
        "It took a weekend, two pots of coffee and one long call with the harbour master, "
        "who knew every crossing by heart and had never been asked.\n"
        "Written by Oona Tremayne\n214 Followers\n"
        "Data engineer at a harbour trust. Writes about timetables and tides.\n"
        "Follow\nHelp\nStatus\nAbout\n"
    )
    article = parse_plaintext(text)
    assert article.title == "We rebuilt the harbour timetable in a weekend. Here is what broke."
    assert article.subtitle == "Three ferries, one spreadsheet and a very patient harbour master"
    assert article.authors[0].bio == (
        "Data engineer at a harbour trust. Writes about timetables and tides."
    )


def test_a_newsroom_and_city_line_under_the_names_is_their_affiliation() -> None:
    text = (
        "Açude que abastece 40 mil pessoas no sertão chega a 4% da capacidade\n"
        "Carlos Menezes e Juliana Prado\n"
        "Colaboração para o Portal Hoje, em Campina Grande (PB)\n"
        "05/03/2025 07h12\n"
        "O açude que abastece quatro municípios do sertão paraibano chegou nesta terça-feira "
        "a 4% da sua capacidade, o menor nível em dez anos.\n"
        "Com isso, a companhia estadual de saneamento anunciou um rodízio no abastecimento "
        "a partir da próxima semana.\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Carlos Menezes", "Juliana Prado"]
    assert article.subtitle is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Rita Sarmento - RTP", ["Rita Sarmento"]),
        ("Irene Salcedo / RTVE.es / Agencias", ["Irene Salcedo"]),
        ("Ana Gil / Pedro Ruiz", ["Ana Gil", "Pedro Ruiz"]),
        ("Lucía Ferrández Oliva*", ["Lucía Ferrández Oliva"]),
        ("Lisboa - Portugal", None),
    ],
)
def test_a_byline_names_its_writers_before_the_outlet_behind_a_dash_or_slash(
    line: str, names: list[str] | None
) -> None:
    from syndicate.readers.scraped.bylines import parse_byline

    found = parse_byline(line)
    assert (None if found is None else [name for name, _ in found.people]) == names


def test_a_photographer_dash_agency_line_under_a_caption_is_its_credit() -> None:
    from syndicate.readers.scraped.captions import is_credit

    assert is_credit("Quim Ferrer – Reuters")
    assert not is_credit("Lisboa - Portugal")


def test_a_labelled_update_under_the_article_is_the_pages_update() -> None:
    paragraph = (
        "The council will close the riverside car park for resurfacing from Monday, and "
        "drivers are asked to use the station car park on Mill Road until the work ends."
    )
    text = "\n\n".join(
        [
            "Riverside car park to close for two weeks of resurfacing work",
            "Published 3 March 2025",
            paragraph,
            paragraph.replace("Monday", "Tuesday"),
            paragraph.replace("Monday", "Friday"),
            "Share this page",
            "Last updated 4 March 2025",
            "Cookies Privacy Accessibility statement",
        ]
    )
    article = parse_plaintext(text)
    assert str(article.published)[:10] == "2025-03-03"
    assert str(article.updated)[:10] == "2025-03-04"


_COUNCIL = (
    "The council met on Tuesday evening to discuss the new budget for the coming year, and "
    "several members raised concerns about the cost of road repairs in the northern districts."
)
_VOTE = (
    "A spokesman said the final vote would take place next month after a public consultation, "
    "which opens on Monday and runs for four weeks across the whole region."
)


@pytest.mark.parametrize(
    ("header", "names", "role"),
    [
        # A social handle after the name, or glued to it by the dump tool, is no part of it.
        (["By Odile Marchetti @omarchetti"], ["Odile Marchetti"], None),
        (["Tamsin Rourke , @trourke", "March 3, 2025"], ["Tamsin Rourke"], None),
        (["By Lior Abramsky@lior_a Updated May 5, 2025, 2:15pm EDT"], ["Lior Abramsky"], None),
        # A byline list printed with the dump's bullets, and the outlet after the name.
        (["* Wren Okonkwo, The Harbour Post", "* May 5, 2025, 5:04 PM"], ["Wren Okonkwo"], None),
        # A job title behind a slash, or behind a comma with the desk after it.
        (["BY MAREK HALLORAN / STAFF WRITER"], ["Marek Halloran"], "STAFF WRITER"),
        (
            ["By Ines Varga, Senior Staff Technologist, Speech, Privacy, and Technology Project"],
            ["Ines Varga"],
            "Senior Staff Technologist",
        ),
        # A name with its job title under it, first thing under the headline.
        (["Caspar Lindqvist", "Games Editor"], ["Caspar Lindqvist"], "Games Editor"),
    ],
)
def test_byline_shapes_of_real_headers(
    header: list[str], names: list[str], role: str | None
) -> None:
    text = "\n".join(["Council delays vote on the road repair budget", *header, _COUNCIL, _VOTE])
    article = parse_plaintext(text)
    assert [p.name for p in article.authors] == names
    assert article.authors[0].role == role
    assert article.blocks[0].text == _COUNCIL


def test_an_agency_or_outlet_after_the_writer_is_not_a_second_author() -> None:
    from syndicate.readers.scraped.bylines import parse_byline

    # A wire byline joined to its agency line, and an outlet named after a comma.
    wire = parse_byline("By HOLLIS BRANDT Associated Press")
    assert wire is not None and [p for p, _ in wire.people] == ["Hollis Brandt"]
    outlet = parse_byline("by Naomi Pettersen, Prairie Public Ledger")
    assert outlet is not None and [p for p, _ in outlet.people] == ["Naomi Pettersen"]
    # Two writers stay two writers.
    both = parse_byline("By Jane Roe and Ann Herald Smith")
    assert both is not None and len(both.people) == 2


def test_an_obituary_headed_by_a_name_and_a_life_span() -> None:
    # The deceased's name is the headline, the life span under it is no publication date,
    # and the name again with "Obituary" is a copy of the headline, not an author.
    body = (
        "Ingrid Marie Solberg, 91, of Harrow Lake, died peacefully at home on Tuesday with "
        "her family around her, after a long life spent teaching the town's children to swim.\n\n"
        "She was born in Tromsdal and came to Harrow Lake in 1958, where she taught at the "
        "elementary school for thirty-one years and ran the summer swim program until 2004.\n"
    )
    text = (
        "Ingrid Marie Solberg\n\nMarch 2, 1934 – January 14, 2025\n\n"
        "Ingrid Marie Solberg Obituary\n\n"
        "Published in The Harrow Lake Courier on Jan. 17, 2025.\n\n"
        + body
    )
    article = parse_plaintext(text)
    assert article.title == "Ingrid Marie Solberg"
    assert not article.authors
    assert article.published is not None and article.published.startswith("2025-01-17")


def test_an_update_printed_in_brackets_after_the_date_is_the_updated_date() -> None:
    text = (
        "Viadotto chiuso ai mezzi pesanti dopo il sopralluogo notturno\n\n"
        "di Laura Ferrigno\n"
        "2 dicembre 2026 (modifica il 3 dicembre 2026 | 16:40)\n\n"
        "Dodici chilometri di coda all’alba e camion deviati sulle provinciali della Bassa: "
        "è stato un risveglio difficile per chi viaggiava tra Milano e Bergamo.\n\n"
        "La decisione è arrivata al termine di un’ispezione straordinaria iniziata lunedì "
        "sera, quando i tecnici hanno trovato crepe in tre giunti.\n"
    )
    article = parse_plaintext(text)
    assert str(article.published)[:10] == "2026-12-02"
    assert str(article.updated)[:10] == "2026-12-03"


def test_the_institution_name_over_its_breadcrumb_is_not_the_headline() -> None:
    text = (
        "Ministry of Coastal Affairs\n"
        "Home / Press centre / News\n"
        "Ministry opens applications for its harbour pilot training grants\n"
        "01 December 2026, 12:15\n\n"
        "The ministry is opening applications for grants that pay for the training of "
        "harbour pilots at the four state ports, starting in February.\n\n"
        "Up to forty grants will be awarded each year.\n"
    )
    article = parse_plaintext(text)
    assert article.title == "Ministry opens applications for its harbour pilot training grants"


def test_an_unpunctuated_phrase_under_a_headline_dated_above_it_is_the_dek() -> None:
    text = (
        "Published 01 December 2026, 17:05\n"
        "Government sends 2.4 billion to shelters in frontline schools\n"
        "The money goes to 186 schools in six regions\n\n"
        "The cabinet approved the split of a 2.4 billion grant for building and fitting out "
        "shelters in secondary schools at its meeting on Tuesday.\n\n"
        "Schools must finish the works by the end of next August.\n"
    )
    article = parse_plaintext(text)
    assert article.title == "Government sends 2.4 billion to shelters in frontline schools"
    assert article.subtitle == "The money goes to 186 schools in six regions"
    assert article.provenance["subtitle"].rule == "subtitle.under-headline"
    assert str(article.published)[:10] == "2026-12-01"
    # a first paragraph ends its sentence: it is not taken for a dek
    plain = parse_plaintext(text.replace("six regions\n", "six regions.\n"))
    assert plain.subtitle is None


def test_an_arabic_byline_with_the_reporter_s_city_keeps_the_name_only() -> None:
    body = (
        "افتتحت البلدية أمس المرحلة الأولى من مسار للدراجات بطول اثني عشر كيلومتراً يربط "
        "الأحياء الشمالية بالحدائق العامة.\n\n"
        "ويضم المسار أربع محطات استراحة ومحطتين لتأجير الدراجات.\n"
    )
    # city first with a dash, and the outlet's name first (Moroccan portals): one writer
    for byline in (
        "الدمام: خالد الشمري",
        "خالد الشمري - الدمام",
        "الدمام - خالد الشمري",
        "صوت الشرق - خالد الشمري",
    ):
        text = (
            "الدمام تفتتح أول مسار للدراجات يربط أحياء الشمال بالحدائق\n\n"
            f"{byline}\n\n01 ديسمبر 2026\n\n" + body
        )
        article = parse_plaintext(text)
        assert [a.name for a in article.authors] == ["خالد الشمري"], byline


def test_contributors_split_on_the_chinese_list_comma_and_a_plus_sign() -> None:
    from syndicate.readers.scraped.cuewords import chrome_cues

    assert chrome_cues("zh").contributors("（责编：周立新、陈思彤）") == ["周立新", "陈思彤"]
    assert chrome_cues("zh").contributors("【责任编辑：张蕾】") == ["张蕾"]
    assert chrome_cues("ar").contributors("المصدر: الأفق + وكالات") == ["الأفق", "وكالات"]
    # a new-media credit: roles set apart by a full-width space
    assert chrome_cues("zh").contributors("编辑｜林小满　审核｜周峰") == ["林小满", "周峰"]


def test_a_labelled_byline_under_the_story_signs_it_when_the_header_has_none() -> None:
    text = (
        "Фермеры области впервые отказались от импортных семян картофеля\n\n"
        "1 декабря 2026, 11:40\n\n"
        "Хозяйства области в этом сезоне полностью отказались от семян зарубежной селекции, "
        "рассказали в региональном департаменте сельского хозяйства.\n\n"
        "Основную часть семян дала лаборатория при аграрном университете, открытая два года "
        "назад.\n\n"
        "Фермеры жалуются на цену: килограмм местных семян стоит почти столько же, сколько "
        "импортные.\n\n"
        "Авторы: Анна Гуляева, Кирилл Веденеев\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Анна Гуляева", "Кирилл Веденеев"]
    assert article.provenance["authors"].rule == "byline.closing"
    assert all("Авторы" not in getattr(b, "text", "") for b in article.blocks)


def test_a_date_html2text_cut_after_its_day_behind_a_linked_byline_is_read() -> None:
    # html2text wraps by the printed length, link address included: the line is short once
    # the address is taken off, and the date goes on under it.
    prose = (
        "Het KNMI heeft voor Groningen en Drenthe code oranje afgegeven vanwege ijzel. De "
        "waarschuwing geldt van woensdagnacht tot donderdagmiddag, omdat regen op de "
        "bevroren bodem valt en wegen en fietspaden in korte tijd spiegelglad worden."
    )
    body = "\n\n".join(textwrap.fill(prose, 78) for _ in range(3))
    text = (
        "# Code oranje voor ijzel in Groningen en Drenthe\n\n"
        "[Sanne Bakker](https://www.nieuwsnoord.example/redactie/sanne-bakker) · 2\n"
        "december 2026, 16:45\n\n" + body + "\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Sanne Bakker"]
    assert str(article.published)[:10] == "2026-12-02"


def test_a_date_over_the_headline_dates_the_story_and_vouches_for_the_name_under_the_dek() -> None:
    from syndicate.readers.plaintext import parse_plaintext

    text = (
        "Menu\nNews\nSport\nCulture\n\n"
        "14.03.2026, 08:10 Uhr | Aktualisiert: 14.03.2026, 11:45 Uhr\n"
        "Neue Fähre für den Altrhein kommt erst im Sommer\n\n"
        "Der Umbau der Anlegestelle in Kleinwerth dauert länger als geplant.\n\n"
        "Henrike Oltmanns\n\n"
        "Die neue Autofähre über den Altrhein wird frühestens im Juli in Betrieb gehen. Das "
        "teilte der Kreis am Freitag mit, nachdem bei Bauarbeiten alte Spundwände entdeckt "
        "worden waren.\n\n"
        "Bis dahin pendelt weiter die kleine Personenfähre, die jedoch keine Autos mitnehmen "
        "kann. Pendler müssen den Umweg über die Brücke in Brennau nehmen.\n\n"
        "Der Kreis rechnet mit Mehrkosten von rund 300.000 Euro, die zum Teil das Land "
        "übernehmen soll.\n"
    )
    article = parse_plaintext(text)
    assert article.title == "Neue Fähre für den Altrhein kommt erst im Sommer"
    assert (article.published, article.updated) == ("2026-03-14T08:10:00", "2026-03-14T11:45:00")
    assert [a.name for a in article.authors] == ["Henrike Oltmanns"]
    assert article.subtitle == "Der Umbau der Anlegestelle in Kleinwerth dauert länger als geplant."


def test_a_name_shaped_label_beside_a_by_byline_is_no_author() -> None:
    # "Tech Industry" (a kicker under the headline) is shaped like a name; the page signs
    # its writer with "By", so a bare name beside that byline is not one more author.
    text = "\n".join(
        [
            "Council delays vote on the road repair budget",
            "Tech Industry",
            "by Odile Marchetti",
            "March 3, 2025 4:12 PM PST",
            _COUNCIL,
            _VOTE,
        ]
    )
    article = parse_plaintext(text)
    assert [p.name for p in article.authors] == ["Odile Marchetti"]


def test_an_organisation_and_a_minister_after_from_and_the_date_under_them() -> None:
    body = (
        "Good morning, everyone, and thank you for inviting me to the conference, in a port "
        "town that handled more cargo last year than at any time since the 1970s.\n\n"
        "From January, we will pilot a single digital check at six regional ports, and a "
        "driver will present the documents once, before the lorry arrives at the gate.\n"
    )
    text = (
        "Ports minister's speech at the Coastal Freight Conference\n\n"
        "The minister sets out plans to shorten customs checks at regional ports.\n\n"
        "From: Department for Transport and Helen Okoro MP\n\nPublished 12 June 2025\n\n" + body
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Department for Transport", "Helen Okoro MP"]
    assert article.published is not None and article.published.startswith("2025-06-12")
    assert article.subtitle is not None and article.subtitle.startswith("The minister")


def test_a_row_of_buttons_under_the_header_is_a_widget() -> None:
    body = (
        "Ingrid Marie Solberg, 91, of Harrow Lake, died peacefully at home on Tuesday with "
        "her family around her, after a long life spent teaching the town's children to swim.\n\n"
        "She was born in Tromsdal and came to Harrow Lake in 1958, where she taught at the "
        "elementary school for thirty-one years and ran the summer swim program until 2004.\n"
    )
    text = (
        "Ingrid Marie Solberg remembered as the teacher who taught a town to swim\n\n"
        "By Nessa Quill\n\nJanuary 17, 2025\n\nSend Flowers Sign the Guest Book Share\n\n" + body
    )
    article = parse_plaintext(text)
    assert article.paragraphs()[0].text.startswith("Ingrid Marie Solberg, 91")


def test_a_caption_naming_a_month_over_its_credit_is_a_figure_not_a_date_line() -> None:
    text = (
        "Фермеры области впервые отказались от импортных семян картофеля\n"
        "1 декабря 2026, 11:40\n"
        "Местные хозяйства закрыли потребность в семенах за счет новой лаборатории\n\n"
        "Уборка картофеля в Брянской области, сентябрь 2026 года\n"
        "Фото: Андрей Любимов / РБК\n\n"
        "Хозяйства области в этом сезоне полностью отказались от семян зарубежной селекции, "
        "рассказали в региональном департаменте сельского хозяйства.\n\n"
        "Фермеры жалуются на цену: килограмм местных семян стоит почти столько же.\n"
    )
    article = parse_plaintext(text)
    figures = [b for b in article.blocks if type(b).__name__ == "Figure"]
    assert [(f.caption, f.credit) for f in figures] == [
        ("Уборка картофеля в Брянской области, сентябрь 2026 года", "Андрей Любимов / РБК")
    ]


def test_a_meta_row_of_date_byline_and_view_counter_flattened_by_a_dump() -> None:
    text = (
        "У Полтаві відкрили першу муніципальну майстерню з ремонту велосипедів\n\n"
        "Вівторок, 1 грудня 2026, 10:27   Автор: Марія Коваль   1 247 переглядів\n\n"
        "У Полтаві на вулиці Соборності запрацювала перша муніципальна велосипедна майстерня, "
        "де можна безкоштовно підкачати колеса.\n\n"
        "Майстерню облаштували в колишньому кіоску біля зупинки.\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Марія Коваль"]
    assert str(article.published)[:10] == "2026-12-01"


def test_a_caption_under_the_byline_with_its_bracketed_credit_below_is_a_figure() -> None:
    from syndicate.readers.plaintext import parse_plaintext

    text = (
        "Gas leak closes two blocks of Ferris Avenue\n"
        "By Lou Tranh and Mia Okoro\n"
        "Published: Apr. 2, 2025 at 7:10 AM CDT\n\n"
        "Fire crews stand by as a utility worker checks a gas line on Ferris Avenue.\n"
        "(KTLR)\n\n"
        "FERRIS, Texas (KTLR) - Two blocks of Ferris Avenue were closed on Wednesday morning "
        "after a contractor struck a gas line, police said.\n\n"
        "About forty homes were evacuated for three hours before the line was capped.\n\n"
        "Residents were allowed back shortly after ten o'clock, the fire department said.\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert [(f.caption, f.credit) for f in article.figures()] == [
        ("Fire crews stand by as a utility worker checks a gas line on Ferris Avenue.", "KTLR")
    ]


def test_a_county_site_dumped_by_w3m_keeps_its_headline_under_a_form_and_a_crumb_trail() -> None:
    para = (
        "12月1日上午，我县新开通的4条城乡公交线路正式投入运营，全县32个行政村全部通上了公交车，"
        "票价统一为2元。"
    )
    text = "\n\n".join(
        [
            "青溪县人民政府                         今天是：2026年12月02日星期三",
            "首页 走进青溪 政务公开 办事服务 政民互动 乡镇之窗",
            "[请输入关键字        ][搜索]",
            "您当前的位置：首页 >> 新闻中心 >> 青溪要闻",
            "        我县新增4条城乡公交线路 32个行政村实现“村村通公交”",
            "信息来源：县融媒体中心 发布日期：2026年12月01日 浏览次数：1268",
            para,
            para.replace("4条", "6条"),
            para.replace("4条", "8条"),
        ]
    )
    article = parse_plaintext(text)
    # w3m prints a search box as bracketed fields; ">>" joins the crumbs; the meta row's
    # labelled fields ("信息来源：…") are furniture around the date, not the strip's date
    assert article.title == "我县新增4条城乡公交线路 32个行政村实现“村村通公交”"
    assert str(article.published)[:10] == "2026-12-01"


def test_a_blog_platform_s_name_and_date_over_the_headline_give_the_author() -> None:
    para = (
        "Три года наша служба доставки жила на очереди, которую написали за выходные. "
        "Она хранила задачи в файлах на общем диске, а воркеры забирали их по расписанию."
    )
    for above in (
        ["Станислав Коробов", "2 дек 2026 в 11:40"],
        ["Станислав Коробов", "Подписаться", "2 дек в 09:15"],
    ):
        text = "\n".join(
            [
                "Моя лента",
                "Все потоки",
                *above,
                "Как мы переехали на очередь в PostgreSQL и перестали терять заказы",
                para,
                para.replace("Три", "Четыре"),
                para.replace("Три", "Пять"),
            ]
        )
        article = parse_plaintext(text)
        assert [a.name for a in article.authors] == ["Станислав Коробов"], above


def test_a_meta_row_with_an_icon_counter_gives_the_date_and_the_writer() -> None:
    para = (
        "С 15 декабря в Ярославле начнёт курсировать ночной трамвай. Он будет ходить от "
        "площади Труда до Брагина с интервалом в сорок минут."
    )
    text = "\n\n".join(
        [
            "В Ярославле с 15 декабря запустят ночной трамвай до Брагина",
            "30 ноября 2026, 17:42 Текст: Дарья Воронина 👁 2 318",
            para,
            para.replace("15", "20"),
        ]
    )
    article = parse_plaintext(text)
    # inscriptis runs the spans of a meta row together; "👁 2 318" is the views counter
    assert [a.name for a in article.authors] == ["Дарья Воронина"]
    assert str(article.published)[:10] == "2026-11-30"


def test_a_reading_time_beside_the_date_keeps_the_header_going() -> None:
    # "DATE Lesezeit: N Min." (a tech site's meta row flattened by a dump): the reading
    # time is a widget beside the date, so the byline under it is still read.
    text = _article(
        "Stadtwerke Görlitz verschieben den Bau des Wärmespeichers\n\n"
        "Der kommunale Versorger nennt gestiegene Zinsen als Grund. Der Stadtrat fragt nach.\n\n"
        "04.03.2026, 09:40 Uhr Lesezeit: 3 Min.\n\n"
        "Von Hanna Lorenz",
        "Die Stadtwerke Görlitz legen den geplanten Wärmespeicher am Berzdorfer See vorerst "
        "auf Eis, wie eine Sprecherin am Mittwoch bestätigte.",
        "Das Projekt sollte rund 40 Millionen Euro kosten und 2028 fertig sein.",
        "Ein neuer Zeitplan soll im Sommer vorliegen.",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Hanna Lorenz"]
    assert article.published is not None and article.published.startswith("2026-03-04")
    assert article.subtitle is not None and article.subtitle.startswith("Der kommunale Versorger")
    assert article.paragraphs()[0].text.startswith("Die Stadtwerke Görlitz")


def test_a_standfirst_under_the_date_and_over_the_lead_photo_is_the_dek() -> None:
    # A ministry's or a university's page: headline, date, standfirst, photo, text.
    text = (
        "Pomoc dla pszczelarzy po mroźnej zimie. Rozporządzenie przyjęte\n"
        "03.03.2026\n"
        "Pszczelarze, którzy stracili co najmniej 30 proc. rodzin, dostaną dopłatę. "
        "Wnioski można składać od kwietnia.\n"
        "Pasieka w okolicach Sandomierza.\n"
        "fot. Ministerstwo Rolnictwa\n"
        "Od 1 kwietnia pszczelarze z całego kraju będą mogli składać wnioski o pomoc, "
        "poinformowało w poniedziałek Ministerstwo Rolnictwa.\n"
        "Dopłata wyniesie 200 zł do każdej utraconej rodziny pszczelej.\n"
        "Na program przeznaczono 60 mln zł.\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle is not None and article.subtitle.startswith("Pszczelarze, którzy")
    assert article.paragraphs()[0].text.startswith("Od 1 kwietnia")
    assert [f.caption for f in article.figures()] == ["Pasieka w okolicach Sandomierza."]


def test_a_first_paragraph_over_its_own_credit_is_a_caption_not_a_dek() -> None:
    text = (
        "Pomoc dla pszczelarzy po mroźnej zimie\n"
        "03.03.2026\n"
        "Pasieka w okolicach Sandomierza po zimie.\n"
        "fot. Ministerstwo Rolnictwa\n"
        "Od 1 kwietnia pszczelarze z całego kraju będą mogli składać wnioski o pomoc, "
        "poinformowało w poniedziałek Ministerstwo Rolnictwa.\n"
        "Dopłata wyniesie 200 zł do każdej utraconej rodziny pszczelej.\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert [f.caption for f in article.figures()] == ["Pasieka w okolicach Sandomierza po zimie."]


def test_a_spaced_slash_lists_the_sources_of_one_contributor_label() -> None:
    from syndicate.readers.scraped.cuewords import chrome_cues

    assert chrome_cues("pl").contributors("Materiał: Radio Zachód / PAP") == ["Radio Zachód", "PAP"]
    # labelled parts on both sides of the slash stay two parts
    assert chrome_cues("pt").contributors(
        "Reportagem – Cláudia Lemos / Edição – Marcelo Oliveira"
    ) == ["Cláudia Lemos", "Marcelo Oliveira"]


def test_a_category_label_under_the_date_is_no_paragraph() -> None:
    text = _article(
        "Uczniowie z Opola wygrali regionalny konkurs programowania\n\n"
        "Autor: Ewa Nowicka\n\n"
        "Data publikacji: 03.03.2026 10:15\n\n"
        "Kategoria: Edukacja",
        "Drużyna z liceum w Opolu wygrała w sobotę regionalny konkurs programowania, "
        "pokonując czternaście zespołów z całego województwa.",
        "Zwycięzcy pojadą w maju na finał krajowy do Warszawy.",
        "Organizatorzy zapowiadają kolejną edycję jesienią.",
    )
    article = parse_plaintext(text)
    assert article.paragraphs()[0].text.startswith("Drużyna z liceum")
    assert len(article.paragraphs()) == 3


def test_a_labelled_date_under_the_article_is_the_page_date() -> None:
    # A broadcaster's text page prints no date over the story, only under it; a
    # university page its last change with the date on the line under the label.
    text = (
        "Föhnsturm: Bäume stürzten auf die Bahn\n\n"
        "Ein Föhnsturm hat in der Nacht auf Mittwoch zahlreiche Bäume entwurzelt, der "
        "Zugverkehr war bis in die Morgenstunden unterbrochen.\n\n"
        "Die Feuerwehren mussten zu mehr als 180 Einsätzen ausrücken, verletzt wurde niemand.\n\n"
        "Publiziert am 02.12.2026\n\n"
        "Zuletzt geändert am\n"
        "03.12.2026\n\n"
        "Links:\n"
    )
    article = parse_plaintext(text)
    assert article.published is not None and article.published.startswith("2026-12-02")
    assert article.updated is not None and article.updated.startswith("2026-12-03")


def test_a_standfirst_set_in_bold_by_html2text_is_the_dek() -> None:
    text = (
        "02.12.2026 10:00\n\n"
        "# Trockene Sommer: Feldlerchen brüten später\n\n"
        "Lena Voss Pressestelle  \nUniversität Rostock\n\n"
        "**Langzeitdaten aus Mecklenburg zeigen, dass Feldlerchen in trockenen Jahren\n"
        "später brüten – und dass ihre zweite Brut dann oft ausfällt.**\n\n"
        "Ein Forschungsteam der Universität Rostock hat Beobachtungsdaten aus zwanzig\n"
        "Jahren ausgewertet, die Ehrenamtliche auf Äckern im Landkreis Rostock gesammelt\n"
        "haben.\n\n"
        "Die Studie erscheint in einer Fachzeitschrift für Vogelkunde.\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle is not None and article.subtitle.startswith("Langzeitdaten aus")
    assert not any(p.text.startswith("Langzeitdaten") for p in article.paragraphs())


def test_byline_with_an_apposition_about_the_writer() -> None:
    text = _article(
        "Harbour ferry timetable shrinks for the winter months\n\n"
        "By Odile Farrant, a transport reporter who has followed the harbour "
        "ferries since the new pier opened. She lives on the east shore.\n"
        "March 3, 2025",
        "The harbour ferry will sail every forty minutes instead of every twenty from "
        "next week, the operator said on Monday.",
        "Ridership falls by half between November and February, according to its figures.",
        "Commuters' groups said they would ask the council to pay for extra morning runs.",
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [("Odile Farrant", None)]
    assert article.published is not None and article.published.startswith("2025-03-03")


def test_short_apposition_after_a_french_byline_is_the_role() -> None:
    text = _article(
        "Les vendanges commencent avec trois semaines d'avance dans la vallée\n\n"
        "Par Armelle Quérou, envoyée spéciale à Vernac\n"
        "Publié le 28 août 2025",
        "Les premiers raisins ont été coupés lundi matin dans les coteaux de Vernac, "
        "une date jamais vue selon les anciens du village.",
        "La chaleur de juillet a accéléré la maturation, explique la coopérative.",
        "Les saisonniers, eux, n'étaient pas tous arrivés.",
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Armelle Quérou", "envoyée spéciale à Vernac")
    ]


def test_names_then_an_iso_time_stamp_on_one_line() -> None:
    text = _article(
        "Orchard growers count losses after a late frost\n\n"
        "By Tamsin Okoye and Gideon Marsh 2025-04-22T07:15:00Z",
        "Growers across the valley lost up to a third of their apple blossom to a frost "
        "on Sunday night, the growers' association said.",
        "Pear trees, which flowered earlier, were hit hardest.",
        "The association will ask for emergency help at Thursday's meeting.",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Tamsin Okoye", "Gideon Marsh"]
    assert article.published is not None and article.published.startswith("2025-04-22")


_RELATIVE_TIME_PAGES = {
    "en": (
        "Night trains return to the northern line after ten years",
        "Rufus Ellingham 3 hours ago",
        "The first sleeper train in a decade left the northern terminus on Friday "
        "evening with every bed sold, the rail company said.",
        "Two more departures a week are planned from the spring, and the company "
        "says it is looking for more carriages.",
        "Tickets for the summer went on sale the same night and sold out within hours.",
    ),
    "de": (
        "Nachtzug fährt nach zehn Jahren wieder in den Norden",
        "Annika Vollrath vor 2 Stunden",
        "Der erste Schlafwagenzug seit zehn Jahren hat am Freitagabend den Bahnhof "
        "verlassen, und nach Angaben der Bahn war jedes Bett verkauft.",
        "Ab dem Frühjahr sollen zwei weitere Fahrten pro Woche dazukommen, wenn die "
        "Bahn genug Wagen findet.",
        "Die Karten für den Sommer waren noch in der gleichen Nacht ausverkauft.",
    ),
    "fr": (
        "Le train de nuit revient sur la ligne du nord après dix ans",
        "Gaspard Merle il y a 5 heures",
        "Le premier train de nuit depuis dix ans est parti vendredi soir du terminus "
        "du nord, et toutes les couchettes étaient vendues, selon la compagnie.",
        "Deux départs de plus par semaine sont prévus à partir du printemps, si la "
        "compagnie trouve assez de voitures.",
        "Les billets pour l'été ont été vendus dans la nuit même de leur mise en vente.",
    ),
}


@pytest.mark.parametrize("lang", sorted(_RELATIVE_TIME_PAGES))
def test_name_and_relative_time_on_one_line(lang: str) -> None:
    title, meta, first, second, third = _RELATIVE_TIME_PAGES[lang]
    article = parse_plaintext(_article(f"{title}\n\n{meta}", first, second, third))
    assert [a.name for a in article.authors] == [meta.split()[0] + " " + meta.split()[1]]
    assert article.published is None  # a relative time gives no day


def test_byline_and_date_row_printed_over_the_headline() -> None:
    text = _article(
        "The Lakeside Courier\n\n* News\n* Sports\n* Opinion\n* Obituaries\n\n"
        "BY MARISOL PEAKE / STAFF WRITER\n"
        "Published: Feb. 9, 2025 Updated: 6:12 p.m.\n\n"
        "Library fines end as the county writes off old debts",
        "The county library will stop charging late fees from March and write off "
        "every unpaid fine older than a year, its board decided on Monday.",
        "Fines brought in less than it cost to collect them, the director said.",
        "Lost books will still have to be paid for.",
    )
    article = parse_plaintext(text)
    assert article.title == "Library fines end as the county writes off old debts"
    assert [(a.name, a.role) for a in article.authors] == [("Marisol Peake", "STAFF WRITER")]
    assert article.published is not None and article.published.startswith("2025-02-09")


def test_byline_then_a_day_without_its_year() -> None:
    text = _article(
        "Council delays the vote on the river crossing\n\n"
        "By Hector Lindqvist March 18 at 12:22 PM",
        "The city council put off its vote on the new river crossing until May, after "
        "two members asked for a second traffic study.",
        "The bridge has been debated for eleven years.",
        "Residents on both banks packed the chamber for the meeting.",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Hector Lindqvist"]
    assert article.published is None  # no year printed: no date is guessed


def test_photographer_named_in_brackets_is_not_a_writer() -> None:
    text = _article(
        "The last lighthouse keeper of the western isles hands over the keys\n\n"
        "by Moira Castellane (reporting) and Duncan Areshian (photography)",
        "After thirty-one years on the rock, the last keeper of the western light left "
        "the island on Tuesday, when the lamp went fully automatic.",
        "The station will be checked by boat once a month.",
        "He plans to live on the mainland, within sight of the beam.",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Moira Castellane"]


def test_a_place_after_a_comma_in_a_bare_byline_is_no_second_writer() -> None:
    text = _article(
        "Home side seal the series with a draw at the old ground\n\n"
        "Linford Aberdeen, Riverside Cricket Ground\n"
        "30 December 2024",
        "The home side secured the series on the final afternoon, batting out the last "
        "session for a draw with four wickets in hand.",
        "Their captain made an unbeaten ninety-one.",
        "The fourth match starts in Sydney next week.",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Linford Aberdeen"]


def test_a_name_the_headline_names_is_the_topic_not_a_second_writer() -> None:
    text = _article(
        "Harbour Lantern review: a camera that keeps up with the pros\n\n"
        "Odile Farrant\n"
        "March 3, 2025\n"
        "Harbour Lantern",
        "The Harbour Lantern is the fastest camera the company has made, and it focuses "
        "in the dark better than any we tried this year.",
        "Its battery lasted a full day of shooting in the cold.",
        "At its price, it is for professionals first.",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Odile Farrant"]
