"""Round 17 (infobox): info boxes of "Label: value" rows under, over or beside an article —
an event's facts ("Venue: …" / "Doors: …" / "Tickets: …"), an office's file-reference box
("Aktenzeichen: …" / "Ansprechpartner: …" / "Telefon: …") and a bulletin page's
metadata box ("Wytworzył: …" / "Data publikacji: …" / "Liczba odwiedzin: …") — are page
furniture, named by the languages' ``info_box_labels``; an article's own "Label: value"
section told in generic words ("Quando:" / "Onde:") stays. Every sentence is invented."""

from __future__ import annotations

from syndicate.readers.language.cues import cues
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.features import box_row_label

_EN = [
    "The Saltmarsh Choral Society will sing its first concert in the restored chapel of "
    "Dunmere on Saturday, eighteen months after a storm brought down part of the roof.",
    "Conductor Elowen Prisk said the singers had rehearsed in a school hall all winter and "
    "were looking forward to hearing the chapel's long echo again.",
    "The programme mixes carols written by local composers with two new settings of poems "
    "by children from the village school.",
]
_DE = [
    "Das Landratsamt Kellersbach sperrt den Fußweg am Mühlgraben ab dem 2. März für sechs "
    "Wochen, weil die alte Holzbrücke ersetzt werden muss.",
    "Eine Umleitung über die Gartenstraße ist ausgeschildert. Anlieger erreichen ihre "
    "Grundstücke weiterhin von Norden.",
]
_PL = [
    "Wójt gminy Brzozowy Las ogłasza nabór wniosków o dofinansowanie wymiany starych pieców "
    "węglowych w domach jednorodzinnych na terenie gminy.",
    "Wnioski można składać w sekretariacie urzędu do końca kwietnia. Formularz jest "
    "dostępny na stronie internetowej gminy oraz w pokoju numer cztery.",
]


def _body(text: str) -> list[str]:
    return [b.text for b in parse_plaintext(text).blocks if hasattr(b, "text")]


def test_box_row_label_reads_label_rows_only() -> None:
    assert box_row_label("Liczba odwiedzin: 412") == "liczba odwiedzin"
    assert box_row_label("Doors: 6.45pm") == "doors"
    assert box_row_label("The choir sang well") is None
    assert box_row_label("Tickets sold out within an hour of going on sale.") is None


def test_event_facts_box_between_paragraphs_is_furniture() -> None:
    box = [
        "Venue: Dunmere Chapel, Church Lane",
        "Doors: 6.45pm",
        "Tickets: £12, under-16s free",
        "Access: step-free entrance by the vestry",
    ]
    # the box set in the running text, a blank line between rows as html2text prints it
    text = "\n\n".join(
        ["Choir returns to storm-hit chapel", "By Tamsin Rowe", *_EN[:2], *box, _EN[2]]
    )
    body = _body(text)
    assert len(body) == 3
    assert body[-1].startswith("The programme mixes carols")
    assert not any(row in " ".join(body) for row in box)


def test_file_reference_box_under_the_headline_is_furniture() -> None:
    box = [
        "Aktenzeichen: 41-7720/03-2026",
        "Fachbereich: Tiefbau",
        "Ansprechpartner: Herr Odenthal",
        "Telefon: 06221 555-318",
    ]
    text = "\n".join(["Sperrung des Fußwegs am Mühlgraben", *box, *_DE]) + "\n"
    body = _body(text)
    assert body[0].startswith("Das Landratsamt Kellersbach")
    assert not any(row in " ".join(body) for row in box)


def test_metadata_box_below_attachments_gives_the_publication_date() -> None:
    tail = [
        "Załączniki:",
        "  • Wniosek (docx, 30 KB)",
        "",
        "Metryczka",
        "",
        "Wytworzył: Jan Sowiński",
        "Data wytworzenia: 2026-03-10",
        "Opublikował: Ewa Mrozek",
        "Data publikacji: 2026-03-11 10:05",
        "Ostatnia zmiana: 2026-03-12 08:40",
        "Liczba odwiedzin: 97",
    ]
    text = "\n\n".join(["Nabór wniosków na wymianę pieców", *_PL]) + "\n\n" + "\n".join(tail)
    article = parse_plaintext(text)
    assert str(article.published)[:10] == "2026-03-11"
    assert str(article.updated)[:10] == "2026-03-12"
    body = " ".join(_body(text))
    assert "Wytworzył" not in body and "Liczba odwiedzin" not in body


def test_generic_and_spec_labels_name_no_box() -> None:
    # An article's own service section ("Quando:" / "Onde:", "Lugar:" / "Organiza:") and a
    # product's spec rows ("Weight:", "Prix :") are the article's in the corpus: the list
    # names none of their words, so two of them make no box.
    for lang, words in {
        "en": ["when", "where", "price", "weight", "dimensions"],
        "pt": ["quando", "onde", "o que levar"],
        "es": ["organiza", "colabora", "precio"],
        "fr": ["prix", "moteur"],
        "it": ["percorso", "organizzazione"],
    }.items():
        labels = cues(lang).info_box_labels
        assert labels, lang
        assert not set(words) & set(labels), lang


def test_every_language_has_info_box_labels() -> None:
    for lang in ("ar", "de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru", "uk", "zh"):
        assert cues(lang).info_box_labels, lang


def test_title_over_a_box_under_the_prose_is_furniture() -> None:
    box = ["Venue: Dunmere Chapel, Church Lane", "Doors: 6.45pm", "Tickets: £12, under-16s free"]
    more = (
        "Organisers hope the evening will raise enough to repair the chapel's organ, which "
        "has been silent since the storm."
    )
    text = "\n\n".join(
        ["Choir returns to storm-hit chapel", "By Tamsin Rowe", *_EN, "Event details", *box, more]
    )
    article = parse_plaintext(text)
    assert not any(type(b).__name__ == "Heading" for b in article.blocks)
    body = _body(text)
    assert "Event details" not in body and len(body) == 4


def test_contributor_line_glued_to_a_box_keeps_its_reading() -> None:
    text = "\n\n".join(
        [
            "区文化馆举办迎春书画展",
            "区文化馆将于下周举办迎春书画展，展出本地书画爱好者创作的一百余幅作品。",
            "文化馆负责人表示，今年参展作者中有三分之一是首次参展的年轻人，展览期间还将安排现场写春联活动。",
            "编辑：王小明\n主办单位：区文化馆\n联系电话：0571-5550123",
        ]
    )
    article = parse_plaintext(text)
    assert [c.name for c in article.contributors] == ["王小明"]
    assert "主办单位" not in " ".join(_body(text))
