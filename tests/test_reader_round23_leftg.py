"""Round 23 (leftg): leftovers of the real-page studies — a reading time worded as a verb
phrase ("Se lee en 4 minutos", "Se lit en 3 minutes"), a closing line sending the reader to
the whole story at another outlet ("Leer noticia completa en <outlet>."), and the date row
left among the header's widgets under the lead photo's caption. Every sentence, person,
place and site is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_ES_PARAS = (
    "El pleno del ayuntamiento de Almenara aprobó este martes el nuevo plan de movilidad para "
    "el casco antiguo, que cerrará al tráfico privado las calles de la muralla.",
    "La medida afecta a unos cuatro mil vecinos y a cerca de trescientos comercios, según los "
    "datos que presentó la concejala de Urbanismo durante el debate.",
    "Los residentes podrán seguir entrando con su coche hasta su garaje gracias a un sistema "
    "de cámaras que leerá las matrículas de los vehículos.",
)


def test_reading_time_worded_as_verb_phrase_is_dropped() -> None:
    text = _blocks(
        "El casco antiguo de Almenara cerrará al tráfico privado",
        "SE LEE EN 4 minutos",
        *_ES_PARAS,
    )
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert paragraphs(article)[0].startswith("El pleno del ayuntamiento")
    assert "SE LEE EN 4 minutos" not in [h.text for h in article.headings()]


def test_reading_time_verb_phrase_in_other_languages() -> None:
    for lang, line in (
        ("es", "Se lee en 12 minutos"),
        ("fr", "Se lit en 3 minutes"),
        ("it", "Si legge in 5 minuti"),
        ("pt", "Leitura em 4 minutos"),
        ("pl", "Przeczytasz w 3 minuty"),
        ("ru", "Прочитаете за 5 минут"),
    ):
        assert chrome_cues(lang).reading_time(line), (lang, line)
    assert not chrome_cues("es").reading_time("Se lee en voz alta cada mañana")


def test_read_full_story_at_outlet_is_not_the_last_paragraph() -> None:
    article = parse_plaintext(
        _blocks(
            "El casco antiguo de Almenara cerrará al tráfico privado",
            *_ES_PARAS,
            "Leer noticia completa en Diario de Almenara.",
        )
    )
    texts = paragraphs(article)
    assert texts[-1].startswith("Los residentes podrán")
    assert not any(t.startswith("Leer noticia") for t in texts)


def test_full_story_prompts_in_other_languages() -> None:
    for lang, line in (
        ("fr", "Retrouvez l'article complet sur le site du Réveil du Bocage."),
        ("it", "Leggi la notizia completa su Gazzetta di Valdarno."),
        ("pt", "Leia a notícia completa no Jornal da Serra."),
        ("de", "Zur Originalmeldung der Polizei Nordheim"),
    ):
        assert chrome_cues(lang).full_version_prompt(line), (lang, line)
    # prose that opens the same way but goes on with a second sentence stays
    assert not chrome_cues("es").full_version_prompt(
        "Leer noticia completa en papel es un lujo. Lo dice el quiosquero de la plaza."
    )


def test_date_row_among_header_widgets_under_the_lead_caption_is_read() -> None:
    text = (
        "Profesionales > Directivos\n\n"
        "\"Le daremos una vuelta al comité de guías\"\n\n"
        "El secretario de Estado ha repasado los proyectos del ministerio y la actualidad\n\n"
        "El secretario de Estado, Julián Bermejo.\n\n"
        "04 oct 2024. 16.50H\n"
        "SE LEE EN 26 minutos\n"
        + _ES_PARAS[0]
        + "\n\n"
        + _ES_PARAS[1]
        + "\n"
    )
    article = parse_plaintext(text)
    assert str(article.published).startswith("2024-10-04")
    assert "04 oct 2024. 16.50H" not in " ".join(paragraphs(article))


def test_yearless_widget_row_gives_no_date() -> None:
    text = (
        "Profesionales > Directivos\n\n"
        "\"Le daremos una vuelta al comité de guías\"\n\n"
        "El secretario de Estado ha repasado los proyectos del ministerio y la actualidad\n\n"
        "El secretario de Estado, Julián Bermejo.\n\n"
        "04 oct. 16.50H\n"
        "SE LEE EN 26 minutos\n" + _ES_PARAS[0] + "\n"
    )
    assert parse_plaintext(text).published is None


def test_nbsp_entity_residue_leaves_the_credit() -> None:
    for row in ("Photo Credit:&nbspMara Quill", "Photo:&nbsp;Mara Quill"):
        text = _blocks(
            "Harbour bridge closed for repairs",
            "The harbour bridge will close for three weeks from Monday while engineers replace "
            "the joints, the council said on Friday.",
            "The old bridge seen from the quay at dusk.\n" + row,
            "Buses will use the ring road during the works, adding about ten minutes to the "
            "trip into the centre.",
            "A ferry will run every half hour as well, the council added in its statement.",
        )
        figures = [b for b in parse_plaintext(text).blocks if b.__class__.__name__ == "Figure"]
        assert [f.credit for f in figures] == ["Mara Quill"], row
