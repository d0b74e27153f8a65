"""Round 16 (live): live pages whose entries carry their time on the same line, a live
badge with its status in brackets, signatures at the story's end ("Opracowała NAME",
"NAME, «Outlet»"), a Dutch title after the writer's comma written as one lower-case
compound, and a court drawing's credit label. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.features import timed_entry
from syndicate.readers.scraped.names import is_byline_role

_EN_ENTRIES = [
    "14:52 — The council opens its emergency session at the town hall. The mayor says "
    "every school on the bay will stay shut tomorrow.",
    "14:30 — The ferry operator cancels every crossing until the evening, citing gusts of "
    "more than 100 km/h on the open water.",
    "13:40 — Power has gone out in the northern districts, and the grid company says about "
    "4,000 homes are affected.",
]


def _page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_a_timed_entry_with_a_dash_is_a_body_paragraph() -> None:
    text = _page(
        "Storm over Marlow Bay: roads closed, ferries cancelled",
        "By Anna Felder",
        *_EN_ENTRIES,
    )
    paras = _paragraphs(parse_plaintext(text))
    assert paras == _EN_ENTRIES


def test_a_feeds_timed_headlines_stay_ticker_chrome() -> None:
    assert not timed_entry("15:58 – Polls close in the northern districts")
    assert not timed_entry("14.2 ov - OUT! Prentiss c Lowe b Haddon 4. Edged low to slip.")
    assert timed_entry("13.35 Uhr – Die Busse der Linie 42 fahren heute nicht über die Brücke.")
    assert timed_entry("10h15 : Les pompiers annoncent que le feu est enfin circonscrit.")
    assert timed_entry("20:05 – Zwei Gemeinden haben Zivilschutzalarm ausgelöst. (APA/red)")
    assert not timed_entry("15:58 – Bürgermeisterin tritt zurück (Video)")


def test_a_lone_stamp_among_inline_timed_entries_is_no_paragraph() -> None:
    text = _page(
        "Сесія міської ради: депутати ухвалюють програму ремонту доріг",
        "14:52 — Сесію закрито. Наступне засідання секретар ради призначив на 7 квітня.",
        "14:31 — Питання про перейменування провулку перенесли на квітень за проханням "
        "мешканців.",
        "13:05\nПеред голосуванням у залі пролунала суперечка між перевізниками та "
        "виконкомом щодо ціни квитка.",
        "12:20 — Оголошено перерву на сорок хвилин для консультацій фракцій.",
    )
    paras = _paragraphs(parse_plaintext(text))
    assert "13:05" not in paras
    assert paras[0].startswith("14:52 — Сесію закрито")
    assert len(paras) == 4


def test_a_live_badge_with_its_status_in_brackets_is_no_body() -> None:
    text = _page(
        "Startseite › Region",
        "Live-Ticker (wird aktualisiert)",
        "Sperrung der Talbrücke: Pendler stehen im Stau",
        "14.52 Uhr: Der Landrat kündigt an, dass die Brücke frühestens am Abend wieder "
        "freigegeben wird. Die Prüfer sind noch vor Ort.",
        "14.10 Uhr: Auf der Umleitung staut sich der Verkehr inzwischen auf acht Kilometern. "
        "Die Polizei bittet, das Gebiet zu umfahren.",
    )
    article = parse_plaintext(text)
    paras = _paragraphs(article)
    assert all("wird aktualisiert" not in p for p in paras)
    assert article.title == "Sperrung der Talbrücke: Pendler stehen im Stau"


_PL = [
    "Po dwóch latach budowy kładka między dzielnicami została w sobotę oddana do użytku. "
    "Na otwarcie przyszło kilkaset osób.",
    "Kładka ma 180 metrów długości i jest oświetlona przez całą noc. Miasto zapłaciło za "
    "nią 46 milionów złotych.",
    "Jak mówi prezydent miasta, przeprawa ma odciążyć zatłoczone tramwaje na starym moście.",
]


def test_opracowala_at_the_end_names_the_author_without_the_verb() -> None:
    text = _page("Nowa kładka na rzece otwarta dla pieszych", *_PL, "Opracowała Marta Zielińska")
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Marta Zielińska"]
    assert _paragraphs(article) == _PL


def test_a_signature_with_the_outlet_in_quotes_is_the_author() -> None:
    text = _page(
        "Nowa kładka na rzece otwarta dla pieszych", *_PL, "Marta Zielińska, «Gazeta Nadrzeczna»"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Marta Zielińska"]
    assert _paragraphs(article) == _PL


def test_a_lower_case_dutch_compound_title_after_the_name_is_the_role() -> None:
    assert is_byline_role("rechtbankverslaggever")
    assert not is_byline_role("redacteur-achtig")  # short: no title by its ending alone
    text = _page(
        "Fraudeur krijgt twee jaar cel voor valse declaraties",
        "Eline Verhoeckx, rechtbankverslaggever\n3 maart 2026, 16:40",
        "De rechtbank heeft dinsdag een man uit de stad veroordeeld tot twee jaar cel voor "
        "fraude met zorggeld van zijn cliënten.",
        "Volgens de rechtbank vulde de man urenstaten in voor medewerkers die op dat moment "
        "op vakantie waren.",
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Eline Verhoeckx", "rechtbankverslaggever")
    ]
    assert _figures(article) == []


def test_a_court_drawings_label_is_no_part_of_the_credit() -> None:
    text = _page(
        "Fraudeur krijgt twee jaar cel voor valse declaraties",
        "De rechtbank heeft dinsdag een man uit de stad veroordeeld tot twee jaar cel voor "
        "fraude met zorggeld van zijn cliënten.",
        "Schets van de verdachte tijdens de zitting. Tekening Marlies Boeve",
        "Volgens de rechtbank vulde de man urenstaten in voor medewerkers die op dat moment "
        "op vakantie waren.",
    )
    assert _figures(parse_plaintext(text)) == [
        ("Schets van de verdachte tijdens de zitting.", "Marlies Boeve")
    ]


def test_a_labelled_update_date_with_a_view_counter_is_the_date_row() -> None:
    text = _page(
        "Awaria wodociągu na osiedlu. Trzy ulice bez wody",
        "Od rana mieszkańcy trzech ulic nie mają wody w kranach. Wodociągi szacują, że "
        "naprawa potrwa do wieczora.",
        "Aktualizacja: 03.03.2026, 14:52 · Wyświetleń: 5 418",
        *_PL,
    )
    article = parse_plaintext(text)
    assert str(article.updated).startswith("2026-03-03")
    assert all("Wyświetleń" not in p for p in _paragraphs(article))


def test_the_alt_text_over_its_credited_caption_is_no_dek() -> None:
    text = _page(
        "Fraudeur krijgt twee jaar cel voor valse declaraties",
        "Eline Verhoeckx, rechtbankverslaggever\n3 maart 2026, 16:40",
        "Het gerechtsgebouw aan de rand van de stad.\n"
        "Het gerechtsgebouw aan de rand van de stad. FOTO ROBIN STELLINGA",
        "De rechtbank heeft dinsdag een man uit de stad veroordeeld tot twee jaar cel voor "
        "fraude met zorggeld van zijn cliënten.",
        "Volgens de rechtbank vulde de man urenstaten in voor medewerkers die op dat moment "
        "op vakantie waren.",
    )
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert _figures(article) == [("Het gerechtsgebouw aan de rand van de stad.", "ROBIN STELLINGA")]
    assert _paragraphs(article)[0].startswith("De rechtbank heeft dinsdag")


def test_a_source_label_glued_to_a_polish_caption_is_its_credit() -> None:
    text = _page(
        "Nowa kładka na rzece otwarta dla pieszych",
        _PL[0],
        "   Prezydent miasta podczas otwarcia kładki Źródło: Urząd Miasta",
        _PL[1],
        _PL[2],
    )
    article = parse_plaintext(text)
    assert _figures(article) == [("Prezydent miasta podczas otwarcia kładki", "Urząd Miasta")]
    assert _headings(article) == []


def test_a_polish_source_line_under_the_story_stays_the_credit_line() -> None:
    text = _page("Nowa kładka na rzece otwarta dla pieszych", *_PL, "Źródło: PAP")
    article = parse_plaintext(text)
    assert article.credit_line == "Źródło: PAP"
    assert _figures(article) == []
