"""Round 13 (bylines): the kinds of miss unseen outlets showed — a role glued to the name
after a language's byline prefix, a newsroom's desk byline, a press office named after a
byline label, a rank before the name, a signature and its date row printed under the story,
a footer's row of labelled dates, a photo label over a caption whose credit has a label of
its own, a labelled source under a caption, a view count with thousands separators, the
headline's half repeated in the story, and one-word sign-up cues that are everyday words.
Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.cuewords import chrome_cues

_ES_PROSE = (
    "El ayuntamiento de Villaseca abrió el lunes el plazo para pedir las ayudas al alquiler "
    "joven, que este año cubren hasta el cuarenta por ciento de la renta mensual.\n\n"
    "Podrán solicitarlas los menores de treinta y cinco años empadronados en el municipio "
    "desde hace al menos dos años, según las bases aprobadas por la junta de gobierno.\n\n"
    "La concejalía de Vivienda calcula que unas trescientas familias cumplen los requisitos "
    "y ha reforzado la oficina de atención con dos técnicos durante el mes de marzo.\n"
)

_DE_PROSE = (
    "Die Gemeinde Almfeld hat am Dienstag den neuen Spielplatz beim Feuerwehrhaus eröffnet. "
    "Rund achtzig Kinder probierten die Kletterburg und die Seilbahn gleich aus.\n\n"
    "Gebaut wurde der Platz in nur sechs Wochen, die Kosten von 180.000 Euro teilen sich "
    "Gemeinde und Land. Die Geräte stammen von einer Tischlerei aus dem Nachbarort.\n\n"
    "Bürgermeisterin Herta Lindner dankte den Eltern, die beim Aufbau mitgeholfen hatten. "
    "Im Sommer soll noch ein Sonnensegel über der Sandkiste folgen.\n"
)


# -- bylines ----------------------------------------------------------------------------


def test_a_prefixed_name_glued_to_its_role_is_the_byline_with_that_role() -> None:
    text = (
        "Villaseca abre las ayudas al alquiler joven\n\n"
        "Por Lucía Berrocal Redactora de local\n\n"
        "12/03/2027\n\n" + _ES_PROSE
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [("Lucía Berrocal", "Redactora de local")]


def test_a_desk_word_without_its_colon_signs_as_the_newsroom() -> None:
    text = (
        "Villaseca abre las ayudas al alquiler joven\n\n"
        "Redacción Onda Villaseca\n\n"
        "12/03/2027\n\n" + _ES_PROSE
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Redacción Onda Villaseca"]


def test_a_labelled_byline_naming_a_press_office_is_that_office() -> None:
    text = (
        "Nuovo sportello per le imprese artigiane a Montecalvo\n\n"
        "14 aprile 2027\n\n"
        "A cura di: Ufficio stampa Unione dei Comuni della Val Ceresa\n\n"
        "Da lunedì le imprese artigiane di Montecalvo possono prenotare un appuntamento allo "
        "sportello unico, aperto tre mattine alla settimana nel palazzo municipale.\n\n"
        "Lo sportello aiuterà le aziende con le pratiche per i contributi regionali e con le "
        "autorizzazioni per i cantieri, ha spiegato l'assessora alle attività produttive.\n\n"
        "Nei primi sei mesi il servizio sarà gratuito, poi il consiglio comunale deciderà se "
        "introdurre una piccola tariffa per le pratiche più complesse.\n"
    )
    article = parse_plaintext(text)
    office = "Ufficio stampa Unione dei Comuni della Val Ceresa"
    assert [a.name for a in article.authors] == [office]
    assert not any(p.startswith("A cura di") for p in _paragraphs(article))


def test_a_rank_in_lower_case_before_the_name_is_no_part_of_it() -> None:
    byline = parse_byline("By mł. bryg. Piotr Sosnowski")
    assert byline is not None and byline.people == (("Piotr Sosnowski", None),)
    kept = parse_byline("By Dr. Hanna Weiss")  # a capitalised title stays as printed
    assert kept is not None and kept.people == (("Dr. Hanna Weiss", None),)


def test_a_signature_over_the_pages_date_row_under_the_story_signs_it() -> None:
    text = (
        "Neuer Spielplatz beim Feuerwehrhaus eröffnet\n\n"
        + _DE_PROSE
        + "\nvon Josef Hammerl, Lokalredakteur\n"
        "Erstellt am 9. Feber 2027, 07:30 | Aktualisiert am 10. Feber 2027, 12:05\n"
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [("Josef Hammerl", "Lokalredakteur")]
    assert str(article.published)[:10] == "2027-02-09"
    assert str(article.updated)[:10] == "2027-02-10"


def test_a_labelled_byline_under_the_story_signs_a_page_with_a_blank_under_every_line() -> None:
    lines = [
        "Brand in schuur aan de Dijkweg snel onder controle",
        "3 maart 2027",
        "De brandweer van Oudedijk werd dinsdagmiddag gealarmeerd voor een brand in een "
        "houten schuur achter een woning aan de Dijkweg.",
        "De vlammen waren binnen een half uur geblust. De bewoners waren niet thuis en "
        "niemand raakte gewond, meldt de veiligheidsregio.",
        "Wel ging een deel van het gereedschap en een aanhanger in de schuur verloren.",
        "Oorzaak onduidelijk",
        "Hoe de brand ontstond is nog niet bekend. Een onderzoeker van de brandweer bekijkt "
        "woensdag de resten van de schuur.",
        "De brandweer raadt aan om accu's van tuingereedschap niet onbeheerd te laden in "
        "schuren en garages.",
        "Buren hielpen de brandweer door de toegang tot de tuin vrij te maken.",
        "Ook de politie was ter plaatse om het verkeer op de Dijkweg om te leiden.",
        "De schuur wordt later deze week gesloopt.",
        "Tekst: Marloes Dijkstra",
    ]
    article = parse_plaintext("\n\n".join(lines) + "\n")
    assert [a.name for a in article.authors] == ["Marloes Dijkstra"]


# -- dates ------------------------------------------------------------------------------


def test_a_footer_row_of_labelled_dates_gives_both_dates() -> None:
    text = (
        "Villaseca abre las ayudas al alquiler joven\n\n"
        + _ES_PROSE
        + "\nPublicado el 12 de marzo de 2027 | Actualizado el 13 de marzo de 2027\n\n"
        "Compartir: Facebook X WhatsApp\n"
    )
    article = parse_plaintext(text)
    assert str(article.published)[:10] == "2027-03-12"
    assert str(article.updated)[:10] == "2027-03-13"


# -- figures ----------------------------------------------------------------------------


def test_a_photo_label_over_a_caption_with_its_own_credit_label() -> None:
    text = (
        "Markt in Oudedijk trekt recordaantal bezoekers\n\n"
        "3 maart 2027\n\n"
        "Foto: Vrijwilligers zetten de kramen op het marktplein op. Beeld: Ruud Zijlstra\n\n"
        "De voorjaarsmarkt in Oudedijk heeft zaterdag ruim vierduizend bezoekers getrokken, "
        "meer dan ooit sinds de markt in 1998 voor het eerst werd gehouden.\n\n"
        "Op het plein stonden zeventig kramen met planten, kaas en tweedehands boeken. De "
        "organisatie had voor het eerst een pendelbus vanaf het station ingezet.\n\n"
        "Volgend jaar wil het comité de markt uitbreiden naar de straten rond de kerk, als de "
        "gemeente daarvoor toestemming geeft.\n"
    )
    assert _figures(parse_plaintext(text)) == [
        ("Vrijwilligers zetten de kramen op het marktplein op.", "Ruud Zijlstra")
    ]
    # a photo label over one sentence with no credit label of its own stays a credit
    parts = split_caption("Foto: Ruud Zijlstra")
    assert parts is not None and parts.credit == "Ruud Zijlstra"


def test_a_labelled_source_under_a_caption_is_the_photos_credit() -> None:
    text = (
        "Villaseca abre las ayudas al alquiler joven\n\n"
        "12/03/2027\n\n"
        "La oficina municipal de vivienda, en la plaza Mayor de Villaseca.\n"
        "Fuente: Ayuntamiento de Villaseca\n\n" + _ES_PROSE
    )
    article = parse_plaintext(text)
    caption = "La oficina municipal de vivienda, en la plaza Mayor de Villaseca."
    assert _figures(article) == [(caption, "Ayuntamiento de Villaseca")]
    assert article.credit_line is None


# -- noise ------------------------------------------------------------------------------


def test_a_view_count_with_a_thousands_separator_is_a_counter() -> None:
    assert chrome_cues("en").kind("3,412 views") is not None


def test_the_headlines_half_printed_again_in_the_story_is_no_subhead() -> None:
    text = (
        "Spielplatz-Eröffnung: Almfeld bekommt eine Kletterburg\n\n"
        + _DE_PROSE.replace(
            "\n\nBürgermeisterin", "\n\nAlmfeld bekommt eine Kletterburg\n\nBürgermeisterin"
        )
    )
    article = parse_plaintext(text)
    assert "Almfeld bekommt eine Kletterburg" not in _headings(article)
    assert "Almfeld bekommt eine Kletterburg" not in _paragraphs(article)


def test_everyday_words_among_the_sign_up_cues_need_their_phrase() -> None:
    es = chrome_cues("es")
    # "recibe" and "boletín" in a story's sentence ("boletín oficial") are no sign-up box
    assert es.kind("El centro de salud recibe cada semana a unos doscientos pacientes.") is None
    assert es.kind("La orden se publicará en el boletín oficial de la provincia el lunes.") is None
    assert es.kind("Suscríbete gratis a nuestro boletín semanal.") == "sign-up"
