"""Round 22 (body22): body-zone lines still misread — a notice's "Label: value" rows, a
caption with its photographer's or agency's code glued to its end, and a hard-wrapped page
that opens on its story with no headline. Every sentence, person, place and outlet is
invented."""

from __future__ import annotations

import textwrap

from readerblocks import figures, headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# -- a notice's fact rows -----------------------------------------------------------------


def test_a_notice_s_rows_with_dates_are_no_match_box() -> None:
    # "7. bis 20. Dezember" holds two marks shaped like a match's minutes ("(3.)")
    rows = (
        "Betroffene Linien: 4, 7 und N12",
        "Dauer: 7. bis 20. Dezember",
        "Ersatzverkehr: Busse ab Rathaus, alle zehn Minuten",
    )
    text = _blocks(
        "Gleisbau in der Kastanienallee: Straßenbahn fährt nur bis zum Rathaus",
        "Von Friederike Laschke\n03.12.2026, 17:20 Uhr",
        "Seit Montag ist die Kastanienallee zwischen Rathaus und Südfriedhof für "
        "Straßenbahnen gesperrt. Die Stadtwerke tauschen auf 600 Metern die Gleise aus.",
        _lines(*rows).rstrip("\n"),
        "Auch die Nachtlinie fährt in dieser Zeit eine Umleitung über die Ringstraße. Die "
        "Haltestelle Kastanienallee Mitte entfällt ganz, weil dort die Baustelle steht.",
        "Nach Angaben der Stadtwerke kostet die Erneuerung rund 3,2 Millionen Euro. Der Bund "
        "übernimmt davon etwa die Hälfte.",
    )
    body = paragraphs(parse_plaintext(text))
    assert [p for p in body if p in rows] == list(rows)


def test_the_last_notice_row_over_a_figure_is_no_alt_text() -> None:
    for title, prose, rows, caption, credit, more in (
        (
            "Los vecinos piden retrasar las obras del colector",
            "La asociación vecinal ha pedido al ayuntamiento que retrase las obras del "
            "colector de la calle Hornos hasta después de las fiestas del barrio.",
            ("Calles afectadas: Hornos, Tahona y plaza del Pozo", "Desvíos: por la avenida"),
            "La plaza del Pozo, donde se instalan las casetas de la fiesta",
            "Asociación Vecinal San Lorenzo",
            "El ayuntamiento estudiará la propuesta en la comisión de obras del próximo "
            "jueves, según fuentes municipales.",
        ),
        (
            "Travaux de nuit sur la ligne T2 à partir du 9 mars",
            "La régie remplacera les aiguillages du carrefour Pasteur pendant trois semaines, "
            "et les trams ne circuleront plus après 21 heures entre la gare et le campus.",
            ("Lignes concernées: T2 et bus 14", "Déviation: par le boulevard Carnot"),
            "Le carrefour Pasteur, où les aiguillages seront changés",
            "Régie des transports de Valmont",
            "Les commerçants du quartier ont demandé une pause pendant la braderie, ce que la "
            "régie étudie encore.",
        ),
    ):
        text = _blocks(
            title,
            prose,
            _lines(*rows).rstrip("\n"),
            f"{caption}\n(Foto: {credit})" if "Pozo" in caption else f"{caption}\n© {credit}",
            more,
        )
        article = parse_plaintext(text)
        assert rows[-1] in paragraphs(article)
        assert figures(article) == [(caption, credit)]


def test_a_lone_notice_row_opening_the_body_is_metadata() -> None:
    for page in (
        (
            "Blue Line closed between Harbor Point and Civic Center this weekend",
            "Shuttle buses will replace the trains for the weekend while crews replace a "
            "rail crossing at the junction.",
            "Posted: March 3, 2027 4:10 PM",
            "Affected lines: Blue Line Route 22",
            "From 9 p.m. Friday, Blue Line trains will not run between Harbor Point and "
            "Civic Center stations. Trains will continue to run every 12 minutes elsewhere.",
            "What's changing",
            "Free shuttle buses will stop at or near every closed station, about every "
            "eight minutes, and all of them are accessible to wheelchair users.",
            "Alternatives",
            "Route 22 buses run parallel to the closed section and will operate every ten "
            "minutes on Saturday and Sunday instead of every twenty.",
        ),
        (
            "Linea 3 sospesa tra Duomo e Stazione nel fine settimana",
            "I bus sostitutivi prenderanno il posto dei tram mentre gli operai cambiano "
            "uno scambio all'incrocio di via Roma.",
            "Pubblicato il 3 marzo 2027 alle 16:10",
            "Linee interessate: 3 e 12",
            "Da venerdì sera i tram della linea 3 non circoleranno tra il Duomo e la "
            "stazione centrale. Sul resto della linea passeranno ogni dodici minuti.",
            "Cosa cambia",
            "I bus sostitutivi fermeranno a tutte le fermate chiuse, circa ogni otto minuti, "
            "e sono tutti accessibili alle persone in carrozzina.",
            "Le alternative",
            "Gli autobus della linea 22 corrono paralleli al tratto chiuso e sabato e "
            "domenica passeranno ogni dieci minuti invece che ogni venti.",
        ),
    ):
        article = parse_plaintext(_blocks(*page))
        row, dek, prose = page[3], page[1], page[4]
        assert row not in headings(article)
        assert article.subtitle == dek
        assert row not in paragraphs(article)
        assert paragraphs(article)[0] == prose


# -- a caption with its credit's code glued to its end ---------------------------------------


def test_a_caption_with_a_one_word_credit_in_capitals_is_a_figure() -> None:
    for caption, credit, prose in (
        (
            "Un helicóptero del grupo de rescate, durante la evacuación.",
            "GREIM",
            "Dos escaladores de 34 y 37 años fueron rescatados en la tarde del sábado tras "
            "quedar bloqueados durante más de cuatro horas en la vía ferrata.",
        ),
        (
            "Manifestantes concentrados frente à câmara municipal de Setúbal.",
            "LUSA",
            "Cerca de duzentas pessoas concentraram-se esta manhã frente à câmara municipal "
            "para protestar contra o fecho da escola primária do bairro.",
        ),
    ):
        text = _blocks(
            "El titular de la noticia sobre el rescate en la montaña",
            f"{caption} {credit}",
            prose,
            "Los dos montañeros fueron trasladados al centro de salud más cercano para una "
            "revisión, según informó el servicio de emergencias.",
        )
        assert figures(parse_plaintext(text)) == [(caption, credit)]


def test_a_photo_label_in_capitals_glued_to_a_caption_is_its_credit() -> None:
    for caption, label, credit in (
        ("Die Spieler des FC Lindau feiern den Aufstieg nach dem Spiel.", "FOTO", "DPA"),
        ("Fans of Carrow Town celebrate promotion after the final whistle.", "PHOTO", "PA"),
        ("Болельщики встречают команду в аэропорту Самары.", "ФОТО", "ТАСС"),
    ):
        text = _blocks(
            "The headline of the report on the promotion party in town",
            "By Ellen Marsh\nMarch 3, 2027",
            "The club confirmed its promotion on Saturday with a two-goal win over the league "
            "leaders in front of a sold-out crowd at the riverside ground.",
            f"{caption} {label}: {credit}",
            "The players will be received at the town hall on Monday evening, the mayor's "
            "office said in a statement issued on Sunday.",
        )
        assert figures(parse_plaintext(text)) == [(caption, credit)]


_NL_LIVE = (
    "Nieuws › Regio › Maasdal",
    "LIVE | Kade bij Heerwijk lekt: tweehonderd bewoners moeten hun huis uit",
    (
        "Het water in de Oude Maas staat hoger dan in twintig jaar. Het waterschap werkt "
        "de hele dag aan een noodkade."
    ),
    "Door Femke Ravenhorst",
    "zaterdag 7 november 2026, 07:30 · Bijgewerkt 7 november 2026, 18:10",
    "Beluister dit artikel · 5 min",
    "Dit artikel wordt voorgelezen met een AI-stem.",
    "Deel dit artikel",
    (
        "Vrijwilligers vullen zandzakken bij de sporthal van Heerwijk, zaterdagochtend. "
        "Foto: Omroep Maasdal / Ruud Lensink"
    ),
    (
        "18.10 - Het waterschap meldt dat de noodkade langs de Dorpsstraat het voorlopig "
        'houdt. Gedeputeerde Anton Veldkamp spreekt van "een dag waarop ontzettend veel '
        'mensen keihard hebben gewerkt". De evacuatie blijft wel tot zeker zondagmiddag '
        "van kracht."
    ),
    (
        "17.25 - De laatste vrachtwagen met zand is gelost. Volgens dijkgraaf Gerrit "
        "Hofstede is de kade nu over de hele lengte veertig centimeter hoger dan het "
        "water in de rivier."
    ),
    "Lees ook: Waarom de Oude Maas dit najaar zo snel steeg",
    (
        "16.05 - In de sporthal zitten nu ongeveer honderd mensen. Het Rode Kruis deelt "
        "soep en dekens uit aan wie dat nodig heeft."
    ),
    (
        "Vrijwilligers van de hockeyclub hebben hun kantine opengesteld voor ouders met "
        "kleine kinderen."
    ),
    (
        '14.50 - Burgemeester Anouk Smeets: "Ik begrijp dat mensen hun huis niet willen '
        'verlaten. Maar we nemen geen enkel risico."'
    ),
    (
        "13.15 - Bussen van de streekvervoerder rijden vanaf het kerkplein naar de "
        "opvang. Huisdieren mogen mee in een mand."
    ),
    (
        "11.40 - De veiligheidsregio heeft besloten om tweehonderd bewoners van de "
        "Dorpsstraat en de Kerkweg te laten vertrekken."
    ),
    (
        "09.05 - Dijkwachten zagen vanochtend vroeg water opborrelen achter de kade bij "
        "de oude steenfabriek."
    ),
    (
        "07.30 - Goedemorgen. In dit liveblog houden we je vandaag op de hoogte van het "
        "hoge water in Heerwijk."
    ),
    "Meer over dit onderwerp",
    "Hoogwater",
    "Heerwijk",
    "Waterschap",
    "Heb je een tip voor de redactie? Mail ons via de tiplijn.",
)


def test_a_glued_lead_caption_under_the_share_row_of_a_page_without_blank_lines() -> None:
    article = parse_plaintext(_lines(*_NL_LIVE))
    assert figures(article) == [
        (
            "Vrijwilligers vullen zandzakken bij de sporthal van Heerwijk, zaterdagochtend.",
            "Omroep Maasdal / Ruud Lensink",
        )
    ]
    assert paragraphs(article)[0].startswith("18.10 - Het waterschap meldt")


# -- a hard-wrapped page without a headline -------------------------------------------------


_UNTITLED_PAGES = (
    (
        "La asociación vecinal del barrio de San Lorenzo de Valdemora ha pedido al "
        "ayuntamiento que retrase las obras del colector de la calle Hornos hasta después "
        "de las fiestas patronales, previstas para la segunda semana de enero. La petición "
        "se registró el pasado lunes con más de cuatrocientas firmas de vecinos.",
        "Según el calendario municipal, los trabajos empezarán el 15 de diciembre y "
        "obligarán a cortar al tráfico tres calles del casco antiguo del barrio.",
        "El ayuntamiento estudiará la propuesta en la comisión de obras del próximo jueves. "
        "Fuentes municipales apuntan a una solución intermedia: empezar por la calle Tahona.",
        "La empresa adjudicataria ha advertido de que cualquier retraso superior a un mes "
        "encarecería la obra, porque parte de la maquinaria está comprometida en marzo.",
    ),
    (
        "The parish council in Lower Brindle has asked the county to delay the resurfacing "
        "of the high street until after the Christmas market, which is due to open on the "
        "first Saturday of December. The request was sent on Monday with the signatures of "
        "more than forty shop owners.",
        "Under the county's timetable, the work would start on November 28 and close the "
        "high street to traffic for at least three weeks.",
        "The council will discuss the request at its next meeting on Thursday. Officers "
        "have suggested starting at the north end of the street and leaving the square.",
        "The contractor has warned that any delay of more than a month would raise the cost "
        "of the work, because its machines are booked for another job from March.",
    ),
    (
        "A associação de moradores do bairro de São Lázaro pediu à câmara que adie as obras "
        "do coletor da rua dos Fornos para depois das festas do padroeiro, marcadas para a "
        "segunda semana de janeiro. O pedido foi entregue na segunda-feira com mais de "
        "quatrocentas assinaturas.",
        "Segundo o calendário municipal, os trabalhos começam a 15 de dezembro e obrigam a "
        "cortar o trânsito em três ruas do centro histórico.",
        "A câmara vai analisar a proposta na reunião de quinta-feira. Fonte da autarquia "
        "admite começar pela rua da Padaria e deixar o largo para o fim.",
        "O empreiteiro avisou que qualquer atraso superior a um mês encareceria a obra, "
        "porque parte das máquinas está reservada para outro contrato em março.",
    ),
)


def test_a_hard_wrapped_page_without_a_headline_keeps_its_first_paragraph_whole() -> None:
    for page in _UNTITLED_PAGES:
        text = "\n\n".join(textwrap.fill(paragraph, 72) for paragraph in page) + "\n"
        assert len(text.split("\n\n")[0].splitlines()) >= 4
        article = parse_plaintext(text)
        assert paragraphs(article) == list(page)


def test_a_wrapped_headline_over_a_paragraph_set_tight_is_still_the_headline() -> None:
    # the headline's last line holds what was left of it: not filled to the width
    head = (
        "Parish council asks the county to put off the high street works until the "
        "Christmas market in Lower Brindle has closed for the year"
    )
    body = _UNTITLED_PAGES[1]
    text = textwrap.fill(head, 72) + "\n" + "\n\n".join(textwrap.fill(p, 72) for p in body)
    article = parse_plaintext(text + "\n")
    assert paragraphs(article)[0] != head + " " + body[0]
