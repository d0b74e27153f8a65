"""Round 24 (headjoin): header lines printed one under another with no blank line between
them (a dek, the writer's bare name, a date line opening with a lower-case weekday), a
lead photo's credit under a lower-case photo label as the page's first line ("foto Name"),
and an all-caps headline under a site builder's meta row of a date and its counters
("12.10.2025 1284 4.5 3"). Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.model import Figure, Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.lines import split_lines

_ES_STORY = (
    "La comunidad de regantes de Villacerro aprobó el miércoles por la noche un calendario "
    "de turnos nocturnos que obligará a los agricultores de la vega a regar de madrugada.",
    "El embalse de Peñalisa, del que dependen unas mil hectáreas de frutales, está al 23 por "
    "ciento de su capacidad, el nivel más bajo desde que se llenó por primera vez.",
    "Los votos en contra vinieron sobre todo de los productores de la parte alta, que temen "
    "que el turno les llegue tarde para la última recogida.",
)


def _paragraphs(article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def test_name_and_lower_case_date_line_are_not_a_link_cut() -> None:
    raws = (
        "Titular de la noticia\n\n"
        "La asamblea reparte el agua del embalse por sectores y deja los riegos de día\n"
        "Marta Quiroga Beltrán\n"
        "jueves, 14 de agosto de 2025, 18:42 h (CEST)\n\n"
        "Texto.\n"
    )
    texts = [line.text for line in split_lines(raws)]
    assert "Marta Quiroga Beltrán" in texts
    assert "jueves, 14 de agosto de 2025, 18:42 h (CEST)" in texts


def test_a_link_cut_sentence_is_still_joined() -> None:
    raws = (
        "Intro.\n\n"
        "If you want to help, please sign up on our\n"
        "volunteer page\n"
        "or just show up on the day with gloves.\n\n"
        "End.\n"
    )
    texts = [line.text for line in split_lines(raws)]
    assert any("volunteer page or just show up" in text for text in texts)


def test_stacked_dek_name_and_date_under_headline() -> None:
    text = (
        "Diario del Valle Alto. Información local, independiente y cercana. Noticias y opinión\n"
        "Portada Comarca Deportes Cultura Agenda\n"
        "Sociedad\n\n"
        "Los regantes de Villacerro aprueban turnos nocturnos para salvar la cosecha\n\n"
        "La asamblea reparte el agua del embalse de Peñalisa por sectores y deja los riegos "
        "de día solo para los huertos familiares\n"
        "Marta Quiroga Beltrán\n"
        "jueves, 14 de agosto de 2025, 18:42 h (CEST)\n\n" + "\n\n".join(_ES_STORY) + "\n"
    )
    article = parse_plaintext(text)
    assert article.title.startswith("Los regantes de Villacerro")
    assert article.subtitle is not None and article.subtitle.startswith("La asamblea reparte")
    assert [a.name for a in article.authors] == ["Marta Quiroga Beltrán"]
    assert str(article.published).startswith("2025-08-14")
    assert _paragraphs(article)[0].startswith("La comunidad de regantes")


def test_headline_over_stacked_header_past_a_masthead() -> None:
    text = (
        "Gaceta del Sur. Periódico digital independiente, plural y abierto. Noticias y opinión\n"
        "Viajes Tienda Gaceta Grupo Gaceta\n"
        "20º ANIVERSARIO\n"
        "Fundado en marzo de 2005\n"
        "Opinión\n\n"
        "Cartas desde el faro... Mis cien crónicas\n\n"
        "Llevo ya un tiempo escribiendo aquí, sin más mérito que la constancia, y ustedes "
        "siguen ahí para leerme, o no\n"
        "Rosendo Gil Amarante\n"
        "miércoles, 12 de febrero de 2025, 10:09 h (CET)\n\n" + "\n\n".join(_ES_STORY) + "\n"
    )
    article = parse_plaintext(text)
    assert article.title == "Cartas desde el faro... Mis cien crónicas"
    assert [a.name for a in article.authors] == ["Rosendo Gil Amarante"]
    assert str(article.published).startswith("2025-02-12")


_IT_STORY = (
    "Una partita sofferta fino all'ultimo secondo, giocata sotto una pioggia fitta su un "
    "terreno che dopo mezz'ora era già pesantissimo, vinta per due a uno.",
    "Il primo tempo è stato equilibrato e povero di occasioni, poi nella ripresa il "
    "pareggio e il rigore decisivo hanno cambiato la partita.",
)


def test_lower_case_photo_label_first_is_no_headline() -> None:
    text = "foto Studio Lenti\n\n" + "\n\n".join(_IT_STORY) + "\n"
    article = parse_plaintext(text)
    figures = [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]
    assert article.title != "foto Studio Lenti"
    assert figures == [(None, "Studio Lenti")]


def test_lower_case_label_word_opening_a_headline_stays_the_title() -> None:
    text = "foto di gruppo per i campioni di Borgoalto\n\n" + "\n\n".join(_IT_STORY) + "\n"
    article = parse_plaintext(text)
    assert article.title == "foto di gruppo per i campioni di Borgoalto"


def test_all_caps_headline_under_counter_row() -> None:
    text = (
        "Valmarena Rossoblù - il sito dei tifosi dal 2009\n"
        "Home | Notizie | Calendario | Forum\n\n"
        "12.10.2025 1284 4.5 3\n\n"
        "VALMARENA, TRE PUNTI D'ORO SUL CAMPO DEL BORGOFRATTA\n\n" + "\n\n".join(_IT_STORY) + "\n"
    )
    article = parse_plaintext(text)
    assert article.title == "VALMARENA, TRE PUNTI D'ORO SUL CAMPO DEL BORGOFRATTA"
    assert str(article.published).startswith("2025-10-12")


def test_counter_row_first_line_with_short_lead() -> None:
    text = (
        "14.08.2020 707 0.0 0\n\n"
        "ОБЗОР ТРЕТЬЕГО ТУРА ОБЛАСТНОЙ ЛИГИ\n\n"
        "Особенностью этого сезона стала борьба за очки в каждом матче!\n\n"
        "Тур только подтвердил эту особенность: шесть удалений, три нереализованных "
        "пенальти из пяти и два автогола за два дня игр.\n"
    )
    article = parse_plaintext(text)
    assert article.title == "ОБЗОР ТРЕТЬЕГО ТУРА ОБЛАСТНОЙ ЛИГИ"
    assert str(article.published).startswith("2020-08-14")
