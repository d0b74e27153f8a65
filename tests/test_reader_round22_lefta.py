"""Round 22 (lefta): the headline zone of whole-page dumps — a reading time spelt out
without a number ("меньше минуты", "Lettura: meno di un minuto"), a site's error or
loading notice at the top, a cut-off copy of the headline ("…") over the whole one, the
headline over the lead photo's bare credit with the dek under it, and a headline whose
lower-case phrase after a comma was read as a byline's outlet. Every sentence, person,
place and site is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline
from syndicate.readers.scraped.cuewords import chrome_cues


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_RU_BODY = (
    "Городская транспортная компания Заречинска с понедельника закрывает трамвайное депо на "
    "Луговой улице. Вагоны второго маршрута на время работ переведут в депо на Заводской.",
    "В старом корпусе заменят крышу, смотровые канавы и систему отопления, которой больше "
    "сорока лет. Работы оценили в 312 миллионов рублей.",
    "На расписание трамваев закрытие депо почти не повлияет, утренние выпуски задержатся не "
    "больше чем на десять минут.",
)
_IT_BODY = (
    "La giunta comunale di Borgoleone ha approvato ieri sera il progetto definitivo della "
    "pista ciclabile lungo l'argine destro del Tessaro, dalla stazione al parco fluviale.",
    "La spesa prevista è di un milione e centomila euro, per due terzi coperta da un "
    "contributo regionale. I lavori dovrebbero cominciare a febbraio.",
    "Il comitato di quartiere San Rocco chiede però che lungo l'argine venga installata "
    "anche l'illuminazione, oggi assente.",
)
_EN_BODY = (
    "The harbour board of Kestrel Bay voted on Tuesday night to close the old ferry slipway "
    "for the winter, after a survey found cracks in two of its piles.",
    "Repairs are expected to cost about 180,000 dollars and will start in February, the "
    "board's chair, Wendell Okafor, told the meeting.",
    "Until then the island ferry will dock at the fishing pier, which adds ten minutes to "
    "each crossing.",
)
_DE_BODY = (
    "Der Gemeinderat von Hollerbach hat am Dienstagabend beschlossen, das alte Hallenbad an "
    "der Mühlstraße bis zum Sommer zu sanieren und danach wieder zu öffnen.",
    "Die Arbeiten kosten rund 2,4 Millionen Euro, den größten Teil trägt das Land. Beginnen "
    "sollen sie im Januar, sagte Bürgermeisterin Ilse Brandauer.",
    "Die Schwimmvereine weichen bis dahin in das Bad der Nachbargemeinde aus.",
)


# -- read_time_phrases: a reading time spelt out without a number -------------------------


def test_a_reading_time_without_a_number_is_no_headline() -> None:
    for reading, headline, body in (
        (
            "Lettura: meno di un minuto",
            "Nuova pista ciclabile lungo il Tessaro, via libera dalla giunta",
            _IT_BODY,
        ),
        ("Примерное время чтения: меньше минуты", "Депо на Луговой закроют до весны", _RU_BODY),
        ("Less than a minute read", "Kestrel Bay closes ferry slipway for the winter", _EN_BODY),
        ("Weniger als eine Minute", "Hallenbad an der Mühlstraße wird saniert", _DE_BODY),
    ):
        article = parse_plaintext(_blocks(reading, headline, *body))
        assert article.title == headline, reading
        assert article.subtitle is None, reading
        assert paragraphs(article) == list(body), reading


def test_a_reading_time_phrase_inside_a_sentence_stays_prose() -> None:
    body = (
        "Less than a minute after the alarm went off, the first crew was on the slipway, "
        "the harbour master said on Wednesday.",
        *_EN_BODY,
    )
    article = parse_plaintext(_blocks("Ferry slipway closed for the winter", *body))
    assert paragraphs(article) == list(body)


# -- error_notices: a site's error or loading notice at the top -----------------------------


def test_an_error_notice_at_the_top_is_chrome() -> None:
    for notice, headline, body in (
        (
            "Impossibile caricare i contenuti. Ricarica la pagina o riprova più tardi.",
            "Nuova pista ciclabile lungo il Tessaro, via libera dalla giunta",
            _IT_BODY,
        ),
        ("Сообщение об ошибке", "Трамвайное депо на Луговой закроют до весны", _RU_BODY),
        (
            "Sorry, something went wrong. Please reload the page.",
            "Kestrel Bay closes ferry slipway for the winter",
            _EN_BODY,
        ),
    ):
        article = parse_plaintext(_blocks(notice, headline, *body))
        assert article.title == headline, notice
        assert paragraphs(article) == list(body), notice


def test_an_error_phrase_counts_only_as_whole_words() -> None:
    chrome = chrome_cues("en")
    assert chrome.kind("Error message") == "noise.page-chrome"
    assert chrome.kind("Page not found.") == "noise.page-chrome"
    assert chrome.kind("Error messages nobody could read") is None


def test_a_long_paragraph_opening_with_an_error_phrase_stays_prose() -> None:
    body = (
        *_RU_BODY[:1],
        "Произошла ошибка в расчётах подрядчика, признал директор компании, поэтому смету "
        "пришлось пересчитывать дважды, а начало работ перенесли на неделю.",
        *_RU_BODY[1:],
    )
    article = parse_plaintext(_blocks("Трамвайное депо на Луговой закроют до весны", *body))
    assert paragraphs(article) == list(body)


# -- title.whole-copy-below: a cut-off copy of the headline over the whole one -----------------


def test_a_cut_off_copy_over_the_whole_headline_is_noise() -> None:
    for cut, whole, body in (
        (
            "Трамвайное депо на Луговой закроют на реконструкцию до…",
            "Трамвайное депо на Луговой закроют на реконструкцию до весны",
            _RU_BODY,
        ),
        (
            "Kestrel Bay harbour board closes the old ferry slipway...",
            "Kestrel Bay harbour board closes the old ferry slipway for the winter",
            _EN_BODY,
        ),
    ):
        article = parse_plaintext(_blocks(cut, whole, *body))
        assert article.title == whole, cut
        assert article.subtitle is None, cut
        assert paragraphs(article) == list(body), cut


# -- title.over-credit-dek: the headline over the lead photo's bare credit and the dek ---------


def test_the_headline_over_a_bare_credit_and_a_dek_is_the_title() -> None:
    for page, headline, dek, credit, body in (
        (
            (
                "Vai al contenuto",
                "Home | Cronaca | Politica | Sport | Contatti",
                "Nuova pista ciclabile lungo il Tessaro, via libera dalla giunta",
                "Foto: Comune di Borgoleone",
                "Il tracciato di quattro chilometri collegherà la stazione al parco fluviale "
                "entro l'estate",
                "di Marta Ferlini",
                "3 dicembre 2026",
            ),
            "Nuova pista ciclabile lungo il Tessaro, via libera dalla giunta",
            "Il tracciato di quattro chilometri collegherà la stazione al parco fluviale "
            "entro l'estate",
            "Comune di Borgoleone",
            _IT_BODY,
        ),
        (
            (
                "Zum Inhalt springen",
                "Start | Lokales | Politik | Sport | Kontakt",
                "Hallenbad an der Mühlstraße wird bis zum Sommer saniert",
                "Foto: Gemeinde Hollerbach",
                "Der Gemeinderat gibt 2,4 Millionen Euro frei, die Schwimmvereine müssen "
                "bis dahin ausweichen",
                "Von Jonas Reiterer",
                "3. Dezember 2026",
            ),
            "Hallenbad an der Mühlstraße wird bis zum Sommer saniert",
            "Der Gemeinderat gibt 2,4 Millionen Euro frei, die Schwimmvereine müssen bis "
            "dahin ausweichen",
            "Gemeinde Hollerbach",
            _DE_BODY,
        ),
    ):
        article = parse_plaintext(_blocks(*page, *body))
        assert article.title == headline
        assert article.subtitle == dek
        assert [f.credit for f in article.figures()] == [credit]
        assert paragraphs(article) == list(body)


# -- is_outlet: a lower-case phrase after a headline's comma is no masthead --------------------


def test_a_headline_with_a_lower_case_phrase_after_its_comma_is_no_byline() -> None:
    page = (
        "Vai al contenuto",
        "Home | Chi siamo | Eventi | Contatti",
        "Castagnata di Valdorsa, record di presenze nonostante la pioggia",
        "Oltre milleduecento visitatori domenica in piazza Garibaldi per la quarantesima "
        "edizione della sagra",
        "Pubblicato il 16 novembre 2026",
    )
    tail = (
        "Il tuo commento sarà visibile dopo la moderazione.",
        "Ultimi Articoli",
        "Mercatino di Natale, aperte le iscrizioni per gli espositori",
        "Gita sociale a Trento: il programma",
    )
    article = parse_plaintext(_blocks(*page, *_IT_BODY, *tail))
    assert article.title == "Castagnata di Valdorsa, record di presenze nonostante la pioggia"
    assert [a.name for a in article.authors] == []
    assert paragraphs(article) == list(_IT_BODY)


def test_a_lower_case_phrase_is_no_outlet_after_a_name() -> None:
    assert parse_byline("Castagnata di Valdorsa, record di presenze nonostante la pioggia") is None
    # a name and a masthead still read as a byline and its outlet
    byline = parse_byline("Maria Rossi, Gazzetta di Borgoleone")
    assert byline is not None and [name for name, _ in byline.people] == ["Maria Rossi"]


# -- place_date_dateline: the story's dateline under the lead photo's credit -----------------


def test_a_dateline_under_a_bare_credit_is_no_caption() -> None:
    text = (
        "Перейти к содержимому\n\nГлавная | Город | Спорт | Контакты\n\n"
        "Трамвайное депо на Луговой закроют до весны\n\n"
        "Ольга Седых / Вечерний Заречинск\n"
        "Заречинск, 4 декабря - Вечерний Заречинск.\n\n" + "\n\n".join(_RU_BODY) + "\n"
    )
    article = parse_plaintext(text)
    assert article.title == "Трамвайное депо на Луговой закроют до весны"
    assert [(f.caption or "", f.credit) for f in article.figures()] == [
        ("", "Ольга Седых / Вечерний Заречинск")
    ]
    assert paragraphs(article)[0] == "Заречинск, 4 декабря - Вечерний Заречинск."


def test_a_caption_under_a_credit_still_pairs_with_it() -> None:
    text = (
        "Kestrel Bay closes ferry slipway for the winter\n\n"
        "Photo: Wendell Okafor\n"
        "The old ferry slipway at low tide on Tuesday morning\n\n" + "\n\n".join(_EN_BODY) + "\n"
    )
    article = parse_plaintext(text)
    assert [(f.caption, f.credit) for f in article.figures()] == [
        ("The old ferry slipway at low tide on Tuesday morning", "Wendell Okafor")
    ]
