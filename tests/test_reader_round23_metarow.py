"""Round 23 (metarow): the article's facts printed on one line under the headline, cells
set apart by separators or only by their labels ("Data: … Autore: … Visualizzazioni: …",
"Pubblicato il: … | Ufficio … | Letture: …", "**المكتب الإعلامي** | نشر في: …"). Every
sentence, person, place, office and site is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_IT_TITLE = "Riapre la biblioteca civica di Valdorsa dopo i lavori"
_IT = (
    "La biblioteca civica di Valdorsa riapre lunedì dopo otto mesi di lavori. Il restauro ha "
    "riguardato il tetto, gli impianti e la sala di lettura al primo piano.",
    "Gli orari restano quelli di prima: dal martedì al sabato, dalle nove alle diciotto. Il "
    "prestito riprende subito, mentre la sezione ragazzi sarà pronta a novembre.",
)
_NL_TITLE = "Nieuwe vlonderpaden in het Haverveen"
_NL = (
    "In het Haverveen liggen sinds deze week twee nieuwe vlonderpaden. Wandelaars kunnen nu "
    "droog door het natste deel van het gebied lopen, waar eerder alleen laarzen hielpen.",
    "De paden zijn gemaakt van gerecycled kunststof en gaan volgens de leverancier minstens "
    "veertig jaar mee. De oude houten planken waren na twintig jaar verrot.",
)
_PL_TITLE = "Nowy plac zabaw przy szkole podstawowej w Brzezinach"
_PL = (
    "Przy Szkole Podstawowej nr 2 otwarto w piątek nowy plac zabaw. Urządzenia sfinansowano "
    "z budżetu obywatelskiego, na który głosowało ponad tysiąc mieszkańców gminy.",
    "Plac jest dostępny dla wszystkich dzieci po zakończeniu lekcji i w weekendy. Gmina "
    "planuje w przyszłym roku dobudować boisko do koszykówki.",
)
_ZH_TITLE = "我校举办秋季运动会"
_ZH = (
    "十月十日，我校秋季运动会在新操场举行。全校一千二百名学生参加了田径和接力比赛。",
    "运动会历时两天，共有十五个班级获得团体奖项。校长在闭幕式上为获奖学生颁奖。",
)
_AR_TITLE = "افتتاح مركز صحي جديد في الحي الشمالي"
_AR = (
    "افتتحت البلدية اليوم مركزا صحيا جديدا في الحي الشمالي يخدم أكثر من عشرين ألف نسمة من "
    "سكان المنطقة.",
    "ويضم المركز عيادات للطب العام وطب الأطفال ومختبرا للتحاليل، ويعمل من الثامنة صباحا حتى "
    "الثامنة مساء.",
)


def _authors(article: object) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in article.authors]  # type: ignore[attr-defined]


def test_an_office_cell_beside_the_dates_is_the_author() -> None:
    for row, published, updated in (
        (
            "Pubblicato il: 12/10/2026 | Aggiornato il: 13/10/2026 | Ufficio Cultura e "
            "Biblioteche | Letture: 318",
            "2026-10-12",
            "2026-10-13",
        ),
        ("12/10/2026 | Ufficio Cultura e Biblioteche", "2026-10-12", None),
    ):
        article = parse_plaintext(_blocks("Notizie", _IT_TITLE, row, *_IT))
        assert _authors(article) == [("Ufficio Cultura e Biblioteche", None)], row
        assert article.provenance["authors[0]"].rule == "byline.meta-row-office"
        assert article.published == published
        assert article.updated == updated
        assert paragraphs(article) == list(_IT)


def test_a_bold_office_cell_opening_an_arabic_meta_row_is_the_author() -> None:
    row = "**المكتب الإعلامي** | نشر في: 2026/10/12 | آخر تحديث: 2026/10/13"
    article = parse_plaintext(_blocks("أخبار", _AR_TITLE, row, *_AR))
    assert _authors(article) == [("المكتب الإعلامي", None)]
    assert article.published == "2026-10-12"
    assert article.updated == "2026-10-13"
    assert paragraphs(article) == list(_AR)


def test_the_writer_between_labelled_cells_set_apart_by_spaces_is_read() -> None:
    for title, row, body, author in (
        (
            _PL_TITLE,
            "Data publikacji: 03.06.2026 Autor: Jan Nowak Wyświetleń: 318",
            _PL,
            ("Jan Nowak", None),
        ),
        (
            _IT_TITLE,
            "Data: 03/06/2026 Autore: Giulia Ferraresi Visualizzazioni: 318",
            _IT,
            ("Giulia Ferraresi", None),
        ),
        (
            _NL_TITLE,
            "Datum: 03-06-2026 Auteur: Femke de Vries, boswachter Leestijd: 3 minuten",
            _NL,
            ("Femke de Vries", "boswachter"),
        ),
        (
            _NL_TITLE,
            "Datum: 03-06-2026 Auteur: Femke de Vries Leestijd: 3 minuten",
            _NL,
            ("Femke de Vries", None),
        ),
        (
            _ZH_TITLE,
            "发布者：校长办公室 发布时间：2026-06-03 浏览次数：318",
            _ZH,
            ("校长办公室", None),
        ),
    ):
        article = parse_plaintext(_blocks(title, row, *body))
        assert _authors(article) == [author], row
        assert article.published == "2026-06-03", row
        assert paragraphs(article) == list(body), row


def test_a_row_of_labelled_dates_is_no_facts_box() -> None:
    row = "Gepubliceerd: 21.03.2026 | Bijgewerkt: 22.03.2026 | Door: Redactie Natuurnieuws"
    article = parse_plaintext(_blocks(_NL_TITLE, row, *_NL))
    assert _authors(article) == [("Redactie Natuurnieuws", None)]
    assert article.published == "2026-03-21"
    assert article.updated == "2026-03-22"
    assert paragraphs(article) == list(_NL)


def test_a_recipe_facts_row_stays_a_facts_box() -> None:
    row = "Voorbereiding: 20 minuten | Oventijd: 45 minuten | Porties: 6"
    article = parse_plaintext(_blocks("Appeltaart van oma", row, *_NL))
    assert not article.authors
    assert paragraphs(article) == list(_NL)


def test_a_meta_row_without_an_office_keeps_its_section() -> None:
    row = "Pubblicato il: 12/10/2026 | Cronaca Locale"
    article = parse_plaintext(_blocks(_IT_TITLE, row, *_IT))
    assert not article.authors
    assert article.published == "2026-10-12"


def test_an_office_and_the_date_set_apart_by_a_spaced_dash() -> None:
    for row, author in (
        ("Ufficio Cultura e Biblioteche - 12 ottobre 2026", "Ufficio Cultura e Biblioteche"),
        ("Ufficio Stampa del Comune di Valdorsa – 12 ottobre 2026", None),
    ):
        article = parse_plaintext(_blocks("Notizie", _IT_TITLE, row, *_IT))
        assert article.published == "2026-10-12", row
        if author is not None:
            assert _authors(article) == [(author, None)], row
            assert article.provenance["authors[0]"].rule == "byline.meta-row-office"
        else:
            assert _authors(article) == [("Ufficio Stampa del Comune di Valdorsa", None)], row
        assert paragraphs(article) == list(_IT), row


def test_a_name_with_its_job_title_after_a_comma_in_a_dated_row() -> None:
    for title, row, body, author in (
        (
            _NL_TITLE,
            "Femke de Vries, boswachter · 21 maart 2026",
            _NL,
            ("Femke de Vries", "boswachter"),
        ),
        (
            _IT_TITLE,
            "Giulia Ferraresi, addetta stampa | 21 marzo 2026",
            _IT,
            ("Giulia Ferraresi", "addetta stampa"),
        ),
    ):
        article = parse_plaintext(_blocks(title, row, *body))
        assert _authors(article) == [author], row
        assert article.provenance["authors[0]"].rule == "byline.meta-row-titled"
        assert article.published == "2026-03-21", row
        assert paragraphs(article) == list(body), row


def test_a_place_with_a_comma_in_a_dated_row_is_no_writer() -> None:
    article = parse_plaintext(_blocks(_IT_TITLE, "Valdorsa, centro storico | 21 marzo 2026", *_IT))
    assert not article.authors
    assert article.published == "2026-03-21"


def test_a_closing_meta_row_with_a_counter_is_read_not_dropped_as_facts() -> None:
    row = "Autore: Giulia Ferraresi | Pubblicato il: 12/10/2026 | Letture: 318"
    share = "Condividi: Facebook | Email"
    article = parse_plaintext(_blocks("Notizie", _IT_TITLE, *_IT, row, share))
    assert _authors(article) == [("Giulia Ferraresi", None)]
    assert article.published == "2026-10-12"
    assert paragraphs(article) == list(_IT)
