"""Round 22 (capdek): the closing photo of a whole-page dump — an image line under the last
paragraph with a one-sentence caption and no credit, then the share row or nothing — is a
figure, not a dropped teaser or a last paragraph. Every sentence, person, place and site is
invented."""

from __future__ import annotations

from readerblocks import figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext

_DE_BODY = (
    "Die Gemeinde Hollfeldern hat am Samstag ihre sanierte Festhalle wieder eröffnet. Rund "
    "dreihundert Gäste kamen zur Feier, die mit einem Konzert der Stadtkapelle endete.",
    "Neun Monate lang wurden Wände und Dach gedämmt, die Fenster getauscht und eine Rampe zur "
    "Bühne gebaut. Die Kosten lagen bei knapp 640 000 Euro, ein Drittel trug der Landkreis.",
    "Vereine können die Halle ab dem 15. Dezember wieder buchen, die Miete bleibt für sie "
    "unverändert, teilte die Verwaltung am Montag auf Nachfrage mit.",
)


def _lynx(*tail: str) -> str:
    head = ["Hollfeldern aktuell", "", "Festhalle nach neun Monaten wieder offen", ""]
    body: list[str] = []
    for paragraph in _DE_BODY:
        body += ["   " + paragraph, ""]
    return "\n".join(head + body + list(tail)) + "\n"


def test_caption_under_the_closing_image_line_is_a_figure() -> None:
    text = _lynx(
        "   [IMG]",
        "   Die neue Rampe zur Bühne, fertig seit Ende November.",
        "",
        "   Teilen: [1]Facebook [2]X [3]E-Mail",
        "",
        "   © Hollfeldern aktuell 2026",
    )
    article = parse_plaintext(text)
    assert ("Die neue Rampe zur Bühne, fertig seit Ende November.", None) in figures(article)
    assert paragraphs(article)[-1].startswith("Vereine können")


def test_caption_under_a_markdown_image_at_the_end_is_no_paragraph() -> None:
    text = _lynx(
        "![Rampe](/bilder/rampe.jpg)",
        "",
        "Die neue Rampe zur Bühne, fertig seit Ende November.",
    )
    article = parse_plaintext(text)
    assert ("Die neue Rampe zur Bühne, fertig seit Ende November.", None) in figures(article)
    assert "Die neue Rampe zur Bühne, fertig seit Ende November." not in paragraphs(article)
    assert paragraphs(article)[-1].startswith("Vereine können")


def test_two_sentences_under_the_closing_image_are_no_caption() -> None:
    line = "Die Rampe ist fertig. Sie wurde im November gebaut."
    text = _lynx("![Rampe](/bilder/rampe.jpg)", "", line)
    article = parse_plaintext(text)
    assert all(caption != line for caption, _ in figures(article))


# -- a one-word section kicker over the headline and its dek (_section_word) ----------------


def test_headline_under_a_one_word_kicker_keeps_its_dek() -> None:
    text = "\n".join(
        [
            "The Harrowby Courier",
            "News",
            "Business",
            "Results",
            "Quillon Dairy profits slip as feed and fuel costs climb",
            "Farmer-owned cooperative says milk prices will hold until summer but warns two "
            "creameries may close",
            "A tanker collects milk at a farm near Harrowby. Photograph: Ivo Brandt/Courier",
            "By Petra Oakhurst",
            "Business Reporter",
            "Wednesday 18 November 2026 9:10 am",
            "Quillon Dairy, the farmer-owned cooperative behind Harrowby Gold butter, has "
            "reported a 21 per cent fall in profit for the year to September, blaming feed, "
            "fuel and packaging costs.",
            "The cooperative, which collects milk from 140 farms across the county, said it "
            "would not raise the price it charges shops before the summer, whatever happens "
            "to its own costs.",
        ]
    ) + "\n"
    article = parse_plaintext(text)
    assert article.title == "Quillon Dairy profits slip as feed and fuel costs climb"
    assert article.subtitle is not None and article.subtitle.startswith("Farmer-owned")


# -- an uncredited caption under an image placeholder in the header (_caption_under_placeholder)


def test_short_line_under_a_header_placeholder_reads_as_its_caption() -> None:
    # End to end, the dev text en_funeral_home_tribute_w3m/family_notice_w3m measures it
    # (the caption was dropped with the picture as a header label).
    from syndicate.readers.scraped.header import _caption_under_placeholder
    from syndicate.readers.scraped.lines import Line

    def line(number: int, text: str) -> Line:
        return Line(number, text, False)

    image = line(15, "[Foto: Anselmo Rodeiro]")
    caption = line(16, "Anselmo en el puerto de Baredo, verano de 2019")
    assert _caption_under_placeholder(caption, image, None)
    assert not _caption_under_placeholder(line(16, "Esquelas"), image, None)  # a label
    meta = line(16, "Publicado en: El Faro de la Ría")
    assert not _caption_under_placeholder(meta, image, None)  # a labelled meta row
    plain = line(15, "Anselmo Rodeiro Braña")
    assert not _caption_under_placeholder(line(16, "Anselmo en el puerto de Baredo"), plain, None)
