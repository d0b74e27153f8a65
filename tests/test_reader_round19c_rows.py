"""Round 19c (rows): figures, credits and data rows inside the body — a chart's or a
table's numbered caption over its source line ("Wykres 1. …" / "Źródło: …"), a caption
split from its credit at a slash ("… pogorzeliska. /" / "Marek Zawiślak"), a credit
wrapped at the slash between a name and its organisation, and a template's data card
printed as tab- or space-parted rows ("Zastępy⇥5"). Every sentence is invented."""

from __future__ import annotations

from syndicate.model import Article, Figure, Heading, Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import data_card_rows

_IT = [
    "Il 2026 si chiude con oltre un milione di presenze nelle strutture ricettive di "
    "Porto Sereno, il dato più alto mai registrato dal Comune.",
    "A trainare la crescita sono stati i mesi di aprile e ottobre, quando le presenze "
    "sono aumentate di oltre un quinto rispetto all'anno precedente.",
]
_IT_AFTER = [
    "Gli ospiti stranieri rappresentano ormai quasi la metà delle presenze, con una "
    "crescita rapida dei visitatori provenienti dal nord Europa.",
    "Entro l'estate il Comune presenterà il nuovo piano della mobilità del litorale, con "
    "due linee di bus navetta dai parcheggi.",
]
_PL = [
    "W nocy strażacy z czterech jednostek gasili pożar drewnianej stodoły w Górkach. "
    "Ogień nie przeniósł się na dom mieszkalny stojący kilka metrów dalej.",
    "Gaszenie utrudniał silny wiatr i brak hydrantu w pobliżu. Wodę dowożono z punktu "
    "czerpania przy remizie, oddalonego o dwa kilometry.",
]
_PL_AFTER = [
    "Nikt nie został poszkodowany. Straty właściciel wstępnie oszacował na około 60 "
    "tysięcy złotych, a przyczynę pożaru ustala policja.",
    "Przypominamy, że siana nie należy składować w pobliżu instalacji elektrycznej ani "
    "urządzeń grzewczych w budynkach gospodarczych.",
]
_DE = [
    "Das Departement hat am Montag die Regulierung von zwei Jungwölfen bewilligt. Seit "
    "Juni hat das Rudel auf den Alpen im hinteren Tal 23 Schafe gerissen.",
    "Die Regulierung ist bis Ende Jahr befristet und wird von der Wildhut durchgeführt, "
    "wie der Kanton in seiner Mitteilung schreibt.",
]
_EN = [
    "Crews worked through Friday night to clear the breakwater after the storm pushed "
    "timber and rubbish onto the quay, the harbour master said.",
    "The slipway will reopen on Saturday morning once divers have checked the moorings "
    "for damage, the board added in a statement.",
]
_EN_AFTER = [
    "The council has asked residents not to collect timber from the beach until the "
    "crews have checked it for nails and chemicals.",
    "A skip will be placed by the lifeboat station for the rest of the week, and "
    "volunteers will meet there at nine on Sunday.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _figures(article: Article) -> list[tuple[str, str | None]]:
    return [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def test_chart_caption_over_its_source_line_is_a_figure() -> None:
    text = _page(
        "Turismo, il 2026 è l'anno dei record a Porto Sereno",
        "di Laura Ferri",
        "14 gennaio 2027",
        *_IT,
        "Grafico 1. Presenze turistiche per mese, 2025 e 2026\n"
        "Fonte: elaborazione Ufficio statistica su dati regionali",
        _IT_AFTER[0],
        "Tabella 2. Arrivi per paese di provenienza, 2026\n"
        "Fonte: Osservatorio regionale del turismo",
        _IT_AFTER[1],
    )
    article = parse_plaintext(text)
    assert _figures(article) == [
        (
            "Grafico 1. Presenze turistiche per mese, 2025 e 2026",
            "elaborazione Ufficio statistica su dati regionali",
        ),
        (
            "Tabella 2. Arrivi per paese di provenienza, 2026",
            "Osservatorio regionale del turismo",
        ),
    ]
    assert article.credit_line is None
    assert not article.contributors
    assert not any(p.startswith(("Fonte", "Grafico", "Tabella")) for p in _texts(article))


def test_chart_source_in_english_one_blank_lower() -> None:
    text = _page(
        "Harbour crews clear storm debris before the weekend",
        "By Jane Holt",
        *_EN,
        "Chart 2. Storm call-outs by month, 2022-2026",
        "Source: Harbour Board records",
        *_EN_AFTER,
    )
    figures = _figures(parse_plaintext(text))
    assert figures == [("Chart 2. Storm call-outs by month, 2022-2026", "Harbour Board records")]


def test_numbered_figure_and_source_cues() -> None:
    assert chrome_cues("pl").numbered_figure("Wykres 1. Pożary budynków w powiecie")
    assert chrome_cues("de").numbered_figure("Abb. 3: Übernachtungen nach Monaten")
    assert chrome_cues("zh").numbered_figure("图1：各月游客量")
    assert chrome_cues("ar").numbered_figure("الشكل 2: عدد الزوار")
    assert not chrome_cues("en").numbered_figure("Figures 1 and 2 show the rise")
    assert not chrome_cues("en").numbered_figure("Table 2")
    assert chrome_cues("ru").figure_source("Источник: Росстат.") == "Росстат"
    assert chrome_cues("zh").figure_source("来源：国家统计局") == "国家统计局"
    assert chrome_cues("it").figure_source("Data: 14 gennaio") is None


def test_caption_split_from_its_credit_at_a_slash() -> None:
    text = _page(
        "Pożar stodoły w Górkach",
        "Autor: Ewa Sadowska",
        *_PL,
        "Strażacy podczas dogaszania pogorzeliska nad ranem. /\nMarek Zawiślak",
        *_PL_AFTER,
    )
    article = parse_plaintext(text)
    assert _figures(article) == [
        ("Strażacy podczas dogaszania pogorzeliska nad ranem.", "Marek Zawiślak")
    ]


def test_slash_caption_with_a_press_office_credit() -> None:
    text = _page(
        "Harbour crews clear storm debris before the weekend",
        "By Jane Holt",
        *_EN,
        "Volunteers sort timber washed up on the quay. /\nHarbour Board press office",
        *_EN_AFTER,
    )
    assert _figures(parse_plaintext(text)) == [
        ("Volunteers sort timber washed up on the quay.", "Harbour Board press office")
    ]


def test_credit_wrapped_at_the_slash_stays_whole() -> None:
    text = _page(
        "Nowy most w Górkach gotowy przed terminem",
        "Autor: Anna Kowal",
        *_PL,
        "Pierwsze samochody na nowym moście w Górkach\nFot. Jan Wrona /\nUrząd Gminy Górki",
        *_PL_AFTER,
    )
    assert _figures(parse_plaintext(text)) == [
        ("Pierwsze samochody na nowym moście w Górkach", "Jan Wrona / Urząd Gminy Górki")
    ]
    text = _page(
        "Nuovo ponte sul torrente, via libera ai lavori",
        "di Marta Colombo",
        *_IT,
        "Il vecchio ponte chiuso al traffico dal 2024. Foto: Davide Rinaldi /\n"
        "Comune di Valfonda",
        *_IT_AFTER,
    )
    assert _figures(parse_plaintext(text)) == [
        ("Il vecchio ponte chiuso al traffico dal 2024.", "Davide Rinaldi / Comune di Valfonda")
    ]


def test_data_card_rows_are_dropped() -> None:
    card = (
        "Data zdarzenia\t02.02.2027\n"
        "Godzina zgłoszenia\t01:34\n"
        "Miejsce zdarzenia\tGórki, gm. Zalesie\n"
        "Zastępy\t4\n"
        "Pojazdy\t3 GBA, 1 SCD"
    )
    text = _page(
        "Pożar stodoły w Górkach",
        "Data publikacji: 03.02.2027",
        "Autor: Ewa Sadowska",
        _PL[0],
        card,
        _PL[1],
        *_PL_AFTER,
    )
    article = parse_plaintext(text)
    paragraphs = _texts(article)
    assert paragraphs[0] == _PL[0]
    assert len(paragraphs) == 4
    assert (article.published or "")[:10] == "2027-02-03"


def test_data_card_needs_rows_of_two_kinds() -> None:
    spaced = "Datum         08.09.2026\nDepartement   Bau und Umwelt\nKategorie     Jagd\n"
    assert data_card_rows(spaced) == frozenset({1, 2, 3})
    table = "Arsenal     23\nChelsea     21\nLiverpool   20\n"
    assert data_card_rows(table) == frozenset()
    assert data_card_rows("Just prose.\nMore prose.\n") == frozenset()


def test_short_line_right_under_a_bracketed_image_is_its_caption() -> None:
    text = _page(
        "Nowa biblioteka w Górkach otwarta",
        "Autor: Anna Kowal",
        _PL[0],
        "[Obraz: biblioteka.jpg]\nNa parterze urządzono wypożyczalnię i kącik dla dzieci, a na "
        "piętrze czytelnię. Biblioteka będzie otwarta od poniedziałku do soboty.",
        "[Obraz: czytelnia.jpg]\nCzytelnia na piętrze",
        *_PL_AFTER,
    )
    article = parse_plaintext(text)
    assert _figures(article) == [("Czytelnia na piętrze", None)]
    assert any(p.startswith("Na parterze") for p in _texts(article))
    assert not any(isinstance(b, Heading) for b in article.blocks)


def test_chart_label_that_is_also_a_picture_label() -> None:
    text = _page(
        "Übernachtungen im Landkreis steigen weiter",
        "Von Paul Meier",
        "Die Zahl der Übernachtungen im Landkreis ist im vergangenen Jahr erneut gestiegen, "
        "wie das Statistische Landesamt am Montag mitteilte.",
        "Grafik 1: Übernachtungen nach Monaten 2025 und 2026\n"
        "Quelle: Statistisches Landesamt, eigene Berechnung",
        "Die Gäste blieben im Schnitt 2,8 Nächte, etwas kürzer als im Vorjahr. Das Landratsamt "
        "führt das auf die vielen Tagungsgäste zurück.",
    )
    assert _figures(parse_plaintext(text)) == [
        (
            "Grafik 1: Übernachtungen nach Monaten 2025 und 2026",
            "Statistisches Landesamt, eigene Berechnung",
        )
    ]


def test_data_card_as_a_two_cell_html2text_table() -> None:
    text = _page(
        "# Barn fire in Little Harrow",
        "Published 3 February 2027",
        _EN[0],
        "Date | 02/02/2027\n---|---\nCall time | 01:34\nCrews deployed | 5\n"
        "Vehicles | 2 fire engines, 1 water carrier",
        *_EN_AFTER,
    )
    article = parse_plaintext(text)
    assert _texts(article) == [_EN[0], *_EN_AFTER]
    assert not any(isinstance(b, Heading) for b in article.blocks)
    # a results table of more cells is no card
    assert data_card_rows("Pos | Name | Time\n---|---|---\n1 | Ann | 2:31\n2 | Bo | 2:35\n") == (
        frozenset()
    )


def test_breadcrumb_or_address_ending_on_a_slash_is_no_caption() -> None:
    text = _page(
        "Harbour crews clear storm debris before the weekend",
        "By Jane Holt",
        *_EN,
        "Read the board's notice at harbourboard.example/\nHarbour Board",
        "Harbour / News / Local /\nWeather",
        *_EN_AFTER,
    )
    assert _figures(parse_plaintext(text)) == []


def test_slash_caption_over_a_lower_case_credit_label() -> None:
    text = _page(
        "Pożar stodoły w Górkach",
        "Autor: Ewa Sadowska",
        *_PL,
        "Strażacy podczas dogaszania pogorzeliska. /\nfot. Jan Nowak",
        *_PL_AFTER,
    )
    assert _figures(parse_plaintext(text)) == [
        ("Strażacy podczas dogaszania pogorzeliska.", "Jan Nowak")
    ]


def test_data_card_right_under_the_headline_is_left_to_the_header() -> None:
    card = "Datum         08.09.2026\nDepartement   Bau und Umwelt\nKategorie     Jagd"
    text = (
        "Regierungsrat bewilligt Regulierung von zwei Jungwölfen\n"
        + card
        + "\n\n"
        + "\n\n".join(_DE)
        + "\n"
    )
    article = parse_plaintext(text)
    assert (article.published or "")[:10] == "2026-09-08"
    assert not any(p.startswith(("Departement", "Kategorie")) for p in _texts(article))
