"""Round 23 (scrapedi): line shapes of real scraped pages in English, German, French,
Spanish, Italian, Portuguese and Dutch — the day a show's run or a road's closure ends,
printed after the venue ("… – until 29th March 2025"), which is never the article's date;
a blog platform's header meta rows printed as bullet items under a short headline
("- Name" / "- Mar 12" / "- 3 min read"); a portal's inline related links, a short bullet
list of other stories' "Topic: headline" links between two paragraphs. Every sentence,
person, place and outlet is invented."""

from __future__ import annotations

from readerblocks import STORY, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _names(article) -> list[str]:
    return [person.name for person in article.authors]


_REVIEW = (
    "The Harbour Loft has never looked so crowded with ghosts. Director Tobias Wren fills "
    "the little black box with fishing nets, paper lanterns and a single rowing boat.",
    "The story is simple enough. Three sisters return to the house their father left them, "
    "each convinced that the others want to sell it.",
    "Still, this is the most confident new play the Harbour Loft has staged in years, and it "
    "deserves a bigger audience than a thirty-seat room can give it.",
)


_RUNS = (
    (
        "Harbour Loft Theatre, Kessington – until 29th March 2025",
        "Reviewed by Maren Oduya",
        _REVIEW,
    ),
    ("Harbour Loft Theatre until 29th March 2025", "Reviewed by Maren Oduya", _REVIEW),
    (
        "Stadttheater Kessingen – bis 29. März 2025",
        "Von Maren Oduya",
        (
            "Das kleine Stadttheater hat noch nie so voller Geister ausgesehen, und der Regisseur "
            "füllt die Bühne mit Netzen, Laternen und einem einzigen Ruderboot.",
            "Die Geschichte ist einfach: Drei Schwestern kehren in das Haus ihres Vaters zurück, "
            "und jede glaubt, die anderen wollten es verkaufen.",
        ),
    ),
    (
        "Théâtre de la Digue – jusqu'au 29 mars 2025",
        "Par Maren Oduya",
        (
            "Le petit théâtre de la digue n'a jamais paru aussi peuplé de fantômes, et le metteur "
            "en scène remplit la salle de filets, de lanternes et d'une barque.",
            "L'histoire est simple : trois sœurs reviennent dans la maison de leur père, et "
            "chacune croit que les autres veulent la vendre.",
        ),
    ),
    (
        "Teatro della Darsena – fino al 29 marzo 2025",
        "Di Maren Oduya",
        (
            "Il piccolo teatro della darsena non è mai sembrato così pieno di fantasmi, e il "
            "regista riempie la scena di reti, lanterne e una sola barca a remi.",
            "La storia è semplice: tre sorelle tornano nella casa del padre, e ognuna è convinta "
            "che le altre vogliano venderla.",
        ),
    ),
    (
        "Teatro del Muelle – hasta el 29 de marzo de 2025",
        "Por Maren Oduya",
        (
            "El pequeño teatro del muelle nunca había parecido tan lleno de fantasmas, y el "
            "director llena el escenario de redes, faroles y una sola barca de remos.",
            "La historia es sencilla: tres hermanas vuelven a la casa de su padre, y cada una cree "
            "que las otras quieren venderla.",
        ),
    ),
    (
        "Stadsschouwburg Kessingen – tot en met 29 maart 2025",
        "Door Maren Oduya",
        (
            "De kleine schouwburg aan de haven heeft er nog nooit zo vol geesten uitgezien, en de "
            "regisseur vult het toneel met netten, lantaarns en een enkele roeiboot.",
            "Het verhaal is eenvoudig: drie zussen keren terug naar het huis van hun vader, en elk "
            "van hen denkt dat de anderen het willen verkopen.",
        ),
    ),
)


def test_a_run_closing_date_after_the_venue_is_not_the_published_date() -> None:
    for venue, byline, body in _RUNS:
        article = parse_plaintext(
            _page("Lanterns Over Halloway Pier", "", venue, "", byline, "", *body)
        )
        assert article.title == "Lanterns Over Halloway Pier", venue
        assert article.published is None, venue
        assert _names(article) == ["Maren Oduya"], venue
        assert paragraphs(article) == list(body), venue
        phrased = parse_plaintext(
            _page("The Lanterns of the Pier Review", "", venue, "", byline, "", *body)
        )
        assert phrased.title == "The Lanterns of the Pier Review", venue
        assert phrased.published is None, venue


def test_the_venue_before_a_run_closing_date_is_no_writer() -> None:
    article = parse_plaintext(
        _page(
            "Lanterns Over Halloway Pier",
            "",
            "Harbour Loft Theatre – until 29th March 2025",
            "",
            *_REVIEW,
        )
    )
    assert article.title == "Lanterns Over Halloway Pier"
    assert _names(article) == []
    assert article.published is None


def test_a_plain_date_line_beside_a_venue_is_still_published() -> None:
    article = parse_plaintext(
        _page(
            "Lanterns Over Halloway Pier",
            "",
            "Reviewed by Maren Oduya",
            "12 March 2025",
            "",
            *_REVIEW,
        )
    )
    assert article.published == "2025-03-12"


_MENU = (
    "Skip to Main Content",
    "Home",
    "Reviews",
    "Interviews",
    "About",
    "Contact",
    "",
    "Search",
    "",
)


def test_bulleted_meta_rows_under_a_short_headline_are_its_byline() -> None:
    article = parse_plaintext(
        _page(
            *_MENU,
            "Lanterns Over Halloway Pier",
            "- Maren Oduya",
            "",
            "- Mar 12",
            "- 3 min read",
            "",
            *STORY,
        )
    )
    assert article.title == "Lanterns Over Halloway Pier"
    assert _names(article) == ["Maren Oduya"]
    assert article.published is None
    assert paragraphs(article) == STORY


def test_a_bulleted_yearless_date_row_is_no_paragraph() -> None:
    article = parse_plaintext(
        _page(
            "When The Tide Comes Home", "- Maren Oduya", "", "- Sep 3", "- 2 min read", *STORY
        )
    )
    assert _names(article) == ["Maren Oduya"]
    assert paragraphs(article) == STORY


def test_a_bullet_list_of_menu_labels_stays_a_menu() -> None:
    article = parse_plaintext(
        _page("Lanterns Over Halloway Pier", "", "- Theatre", "- Music", "- Film", "", *STORY)
    )
    assert _names(article) == []
    assert paragraphs(article) == STORY


_DE = (
    "Der Wetterdienst hat am Montag eine amtliche Unwetterwarnung für Teile des Landes "
    "herausgegeben, betroffen sind vor allem die Täler im Süden.",
    "Dabei sind Niederschlagsmengen von bis zu vierzig Litern pro Quadratmeter möglich, auch "
    "Sturmböen drohen am Nachmittag und in der Nacht.",
    "Am Dienstag bleibt das Wetter wechselhaft, erst zum Wochenende hin soll es nach Angaben "
    "der Meteorologen trockener und wärmer werden.",
)
_IT = (
    "Una frana di circa duecento metri cubi di terra si è staccata nella notte dal versante "
    "che sovrasta la provinciale, invadendo entrambe le corsie.",
    "I tecnici della Provincia hanno disposto la chiusura del tratto fino al termine dei "
    "lavori, che dureranno almeno due settimane secondo l'ingegnere.",
)


def test_inline_related_story_bullets_between_paragraphs_are_dropped() -> None:
    de = parse_plaintext(
        _page(
            "Unwetterwarnung für den Süden",
            _DE[0],
            "- Hagel und Sturm drohen: Großes Tief kommt – ein Tag steht im Fokus",
            "- Unwetter: Gilt für Ihre Region eine Warnung?",
            *_DE[1:],
        )
    )
    assert paragraphs(de) == list(_DE)
    it = parse_plaintext(
        _page(
            "Frana sulla provinciale, strada chiusa",
            "",
            _IT[0],
            "",
            "- Allerta meteo: Pioggia forte e vento, scatta l'arancione su tutta la provincia",
            "- Viabilità: Cantieri e deviazioni, ecco le strade chiuse nel fine settimana",
            "",
            _IT[1],
        )
    )
    assert paragraphs(it) == list(_IT)


def test_a_list_the_story_introduces_with_a_colon_is_kept() -> None:
    intro = (
        "Der Wetterdienst hat am Montag für die Täler im Süden drei Stufen der Warnung "
        "ausgegeben, die bis zum Abend gelten:"
    )
    items = [
        "Stufe eins: Starker Regen in den Tälern von Kessingen und Darsen",
        "Stufe zwei: Sturmböen auf den Höhen über tausend Metern am Abend",
    ]
    article = parse_plaintext(
        _page("Unwetterwarnung für den Süden", intro, *(f"- {item}" for item in items), *_DE[1:])
    )
    assert paragraphs(article) == [intro, *items, *_DE[1:]]


def test_a_list_of_sentences_between_paragraphs_is_kept() -> None:
    items = [
        "Schulen: Der Unterricht fällt am Dienstag in allen Orten des Tals aus.",
        "Bahn: Die Strecke nach Darsen bleibt bis zum Abend gesperrt.",
    ]
    article = parse_plaintext(
        _page("Unwetterwarnung für den Süden", _DE[0], *(f"- {item}" for item in items), *_DE[1:])
    )
    assert paragraphs(article) == [_DE[0], *items, *_DE[1:]]


_FR = (
    "Le petit théâtre de la digue n'a jamais paru aussi peuplé de fantômes, et le metteur "
    "en scène remplit la salle de filets, de lanternes et d'une barque.",
    "L'histoire est simple : trois sœurs reviennent dans la maison de leur père, et "
    "chacune croit que les autres veulent la vendre.",
    "Au bout du compte, une soirée qui mériterait un public plus large que les trente "
    "places de la salle.",
)
_FR_MENU = ("Accueil", "Culture", "Scène", "Contact", "", "Recherche", "")


def test_a_name_opening_a_run_of_round_bullet_meta_rows_is_the_byline() -> None:
    article = parse_plaintext(
        _page(
            *_FR_MENU,
            "Les lanternes de la digue",
            "• Maren Oduya",
            "",
            "• 12 mars",
            "• 3 min de lecture",
            "",
            *(f"{p}\n" for p in _FR),
        )
    )
    assert article.title == "Les lanternes de la digue"
    assert _names(article) == ["Maren Oduya"]
    assert paragraphs(article) == list(_FR)


def test_two_bulleted_names_under_the_headline_vouch_for_no_writer() -> None:
    article = parse_plaintext(
        _page(
            "Les lanternes de la digue",
            "",
            "• Maren Oduya",
            "• Jonas Berg",
            "",
            *(f"{p}\n" for p in _FR),
        )
    )
    assert _names(article) == []
