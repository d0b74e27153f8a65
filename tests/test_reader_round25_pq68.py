"""Round 25 (pq68): writer/photographer rows and gallery furniture: a gallery's label, title
and count on one line (``cuewords._gallery_titled``), a lead caption whose bracketed credit
ends with a picture word of the language (``captions._tailed_credit``, data
``photo_credit_tails``), and a credit row with no mark between its parts
(``headerline._unmarked_part``). Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.model import Figure, Heading, Paragraph
from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _texts(text: str) -> list[str]:
    article = parse_plaintext(text)
    return [b.text for b in article.blocks if isinstance(b, (Paragraph, Heading))]


def _figures(text: str) -> list[tuple[str | None, str | None]]:
    article = parse_plaintext(text)
    return [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]


_ES = (
    "El pleno aprueba una nueva pasarela sobre el río",
    "2026-11-12",
    "El pleno municipal aprobó el martes por la tarde la construcción de una nueva pasarela "
    "sobre el río junto al antiguo molino de Vallejera.",
    "Los concejales explicaron que la obra costará unos dos millones de euros y abrirá la "
    "próxima primavera si el tiempo lo permite.",
)
_ES_TAIL = (
    "Los vecinos del molino celebraron la decisión, aunque temen el ruido de las obras "
    "durante el verano y piden horarios limitados.",
)


def test_gallery_label_title_and_count_is_furniture() -> None:
    # one line a block, as a select-all copy prints it
    line = "FOTOGALERÍA: Las fiestas de San Roque en el barrio (1/3)"
    texts = _texts("\n".join((*_ES, line, *_ES_TAIL)) + "\n")
    assert line not in texts
    assert _ES_TAIL[0] in texts


def test_gallery_label_and_title_without_count_is_left_alone() -> None:
    # a gallery page's own headline has no count: the rule does not read it
    from syndicate.readers.scraped.cuewords import chrome_cues

    chrome = chrome_cues("en")
    assert chrome.kind("Gallery: Race day on the ridge (24 photos)") == "counter"
    assert chrome.kind("Gallery: Race day on the ridge") != "counter"
    assert chrome.kind("Note: the ridge road closes at dusk (for now)") != "counter"


def test_full_gallery_link_is_no_heading() -> None:
    text = _blocks(
        "Ridge relay draws record field",
        "October 12, 2026",
        "More than four hundred runners in fifty-eight teams set off from Hollin Gap at "
        "first light on Saturday for the ninety-six mile loop.",
        "The last team crossed the line just after four o'clock on Sunday morning, almost "
        "twenty-two hours after the start.",
        "View the full gallery (24 photos)",
        "The relay raised more than eighteen thousand pounds for the valley's mountain "
        "rescue team, which also staffed the checkpoints.",
    )
    assert "View the full gallery (24 photos)" not in _texts(text)


_EN = (
    "Ridge relay draws record field as teams run through the night",
    "By Ana Pike",
    "October 12, 2026",
)
_EN_BODY = (
    "The Callow Ridge Relay set a new record on Saturday when fifty-eight teams left "
    "Hollin Gap at first light for the loop along the ridge.",
    "The last team crossed the line just after four o'clock on Sunday morning, to applause "
    "from volunteers still huddled around the fire pits.",
)


def test_lead_caption_with_bracketed_staff_photo_credit_is_a_figure() -> None:
    caption = "Runners gather under the start arch at Hollin Gap before dawn on Saturday."
    text = _blocks(*_EN, caption + " (Ridgeline Events staff photo)", *_EN_BODY)
    assert _figures(text) == [(caption, "Ridgeline Events staff photo")]
    assert _texts(text)[0].startswith("The Callow Ridge Relay")


def test_bracket_without_a_name_before_the_picture_word_stays_body() -> None:
    line = "Organisers posted the finishing times on the board at the hall. (See the photo)"
    text = _blocks(*_EN, *_EN_BODY[:1], line, *_EN_BODY[1:])
    assert _figures(text) == []
    assert line in _texts(text)


def test_credit_row_with_no_mark_between_its_parts() -> None:
    article = parse_plaintext(
        _blocks(
            "Rada zatwierdza nową kładkę nad rzeką",
            "Tekst: Anna Nowak Zdjęcia: Piotr Lis",
            "12.11.2026",
            "Rada miasta zatwierdziła we wtorek wieczorem budowę nowej kładki dla pieszych "
            "nad rzeką przy starym młynie w Borowicach.",
            "Radni podali, że inwestycja będzie kosztować około dwóch milionów złotych i "
            "zostanie otwarta wiosną przyszłego roku.",
        )
    )
    assert [a.name for a in article.authors] == ["Anna Nowak"]
    assert not any(isinstance(b, Figure) for b in article.blocks)


def _es_article(row: str) -> str:
    return _blocks(
        "El pleno de Vallejera aprueba una nueva pasarela sobre el río",
        row,
        "12 de noviembre de 2026",
        "El pleno municipal aprobó el martes por la tarde la construcción de una nueva "
        "pasarela sobre el río junto al antiguo molino de Vallejera.",
        "Los concejales explicaron que la obra costará unos dos millones de euros y abrirá "
        "la próxima primavera si el tiempo lo permite.",
    )


def test_desk_beside_a_labelled_writer_is_no_author() -> None:
    article = parse_plaintext(_es_article("Redacción Deportes · Texto: Lucía Vera"))
    assert [a.name for a in article.authors] == ["Lucía Vera"]
    assert article.credit_line is None


def test_desk_writer_and_photographer_row_keeps_the_writer() -> None:
    article = parse_plaintext(_es_article("Redacción Norte | Texto: Lucía Vera | Fotos: Mario Gil"))
    assert [a.name for a in article.authors] == ["Lucía Vera"]
    assert not any(isinstance(b, Figure) for b in article.blocks)


def test_desk_writer_and_photographer_row_with_two_separators() -> None:
    article = parse_plaintext(
        _blocks(
            "Gemeinderat von Mühlbach beschließt neue Fußgängerbrücke",
            "Redaktion Lokales · Text: Anna Berg | Fotos: Jan Roth",
            "12.11.2026",
            "Der Gemeinderat hat am Dienstagabend den Bau einer neuen Fußgängerbrücke über den "
            "Fluss beim alten Mühlenweg in Mühlbach beschlossen.",
            "Die Brücke soll rund zwei Millionen Euro kosten und im Frühjahr des kommenden "
            "Jahres eröffnet werden, wenn das Wetter mitspielt.",
        )
    )
    assert [a.name for a in article.authors] == ["Anna Berg"]
    assert not any(isinstance(b, Figure) for b in article.blocks)
