"""Round 23 (dekrow): a dek of one or two sentences right under the headline, with no
byline, date or photo row between it and the story, over a paragraph at least twice as
long (``subtitle.dek-over-longer-lead``). Every sentence, person, place and site is
invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_ES_LEAD = (
    "El mercado de abastos de Villagrís volvió a abrir sus puertas este martes después de "
    "más de un año de obras. El edificio, levantado en 1958 junto a la plaza, estrena "
    "cubierta, suelo y una instalación eléctrica nueva, y pasa de diecinueve a treinta "
    "puestos."
)
_ES_NEXT = (
    "La obra ha costado 2,3 millones de euros, de los que la mitad procede de fondos "
    "europeos. El resto lo ha aportado el Ayuntamiento en dos anualidades."
)
_DE_LEAD = (
    "Nach zwölf Jahren räumt nicht mehr der Bauhof die Straßen in Hollerbach, sondern ein "
    "Fuhrunternehmen aus dem Nachbarort. Der Gemeinderat hat den Auftrag am Dienstagabend "
    "mit elf zu vier Stimmen vergeben; der Vertrag läuft zunächst über drei Winter."
)
_DE_NEXT = (
    "Bürgermeisterin Irmgard Solms begründete den Schritt mit dem Zustand der eigenen "
    "Fahrzeuge, die älter als zwanzig Jahre seien."
)
_EN_LEAD = (
    "The harbour board voted on Thursday to replace the swing bridge at Gull Quay, which has "
    "been stuck open twice since the summer. The new bridge will lift rather than swing, "
    "and work is due to start in April."
)


def _sub(article: object) -> str | None:
    return article.subtitle  # type: ignore[attr-defined]


def test_a_one_sentence_dek_over_a_paragraph_twice_as_long_is_the_subtitle() -> None:
    for title, dek, lead, nxt in (
        (
            "# El mercado de Villagrís reabre con once puestos nuevos",
            "La reforma ha durado catorce meses y suma una cámara frigorífica común.",
            _ES_LEAD,
            _ES_NEXT,
        ),
        (
            "Winterdienst in Hollerbach geht an eine Firma von außerhalb",
            "Der Gemeinderat hat den Räumdienst neu vergeben. Anwohner müssen früher räumen.",
            _DE_LEAD,
            _DE_NEXT,
        ),
        ("Gull Quay bridge to be replaced", "It started with a stuck bridge.", _EN_LEAD, _ES_NEXT),
    ):
        article = parse_plaintext(_blocks(title, dek, lead, nxt))
        assert _sub(article) == dek, title
        assert paragraphs(article) == [lead, nxt], title
        assert article.provenance["subtitle"].rule == "subtitle.dek-over-longer-lead"


def test_a_dateline_lead_stays_the_first_paragraph() -> None:
    for lead in (
        "ALCORNAL (Agencia) – El Ayuntamiento abrirá el lunes el nuevo albergue municipal.",
        "Hollerbach (dpa) – Der Gemeinderat hat den Winterdienst neu vergeben.",
        "Villagrís – El Ayuntamiento abrirá el lunes el nuevo albergue municipal.",
    ):
        article = parse_plaintext(_blocks("# Alcornal abre un albergue", lead, _ES_LEAD, _ES_NEXT))
        assert _sub(article) is None, lead
        assert paragraphs(article)[0] == lead


def test_a_first_line_about_as_long_as_the_paragraph_under_it_stays_body() -> None:
    lead = (
        "The harbour board voted on Thursday to replace the swing bridge at Gull Quay after "
        "it was stuck open twice since the summer."
    )
    article = parse_plaintext(_blocks("Gull Quay bridge to be replaced", lead, _EN_LEAD, _ES_NEXT))
    assert _sub(article) is None
    assert paragraphs(article)[0] == lead


def test_three_sentences_or_an_untitled_page_keep_the_line_in_the_body() -> None:
    three = "The bridge is stuck. The board met. It will be replaced."
    article = parse_plaintext(_blocks("Gull Quay bridge to be replaced", three, _EN_LEAD))
    assert _sub(article) is None
    # the first sentence of an untitled story read as its headline: the next one is prose
    first = "No one was hurt when the swing bridge at Gull Quay jammed on Thursday."
    second = "Harbour master Ruth Penhale said all boats had been warned."
    article = parse_plaintext(_blocks(first, second, _EN_LEAD))
    assert _sub(article) is None
