"""Round 20 (bios): author boxes and credit rows in the header — a one-line credit row
naming the writer, the photographer and the editor, a bio sentence under the byline's
name, and an author card (name, job title, follow button) over the headline of a dump.
Every sentence, person and site is invented."""

from __future__ import annotations

from readerblocks import authors, contributors, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_PROSE = {
    "en": (
        "The town council voted on Tuesday evening to approve the long-delayed harbour "
        "wall, ending a dispute that had split the fishing community for two years.",
        "Work will begin in the spring, the council said, once the contractor has finished "
        "the survey of the old breakwater and the seabed around it.",
    ),
    "es": (
        "El museo del vidrio de la ciudad reabrió este sábado sus puertas después de dos "
        "años de obras de rehabilitación que han costado tres millones de euros.",
        "La gran novedad es una sala permanente dedicada a los talleres del siglo XVIII, "
        "con más de doscientas piezas que nunca se habían expuesto al público.",
    ),
    "ru": (
        "Городская администрация объявила в понедельник, что зимой на набережной впервые "
        "зальют большой каток, который будет работать с декабря по март.",
        "По словам чиновников, каток будет открыт ежедневно с десяти утра до десяти "
        "вечера, а прокат коньков будет стоить двести рублей в час.",
    ),
    "pl": (
        "Nowa kładka pieszo-rowerowa nad Wartą została w sobotę oddana do użytku, po dwóch "
        "latach budowy i kilku miesiącach opóźnienia spowodowanego powodzią.",
        "Przeprawa ma dwieście metrów długości i łączy osiedle Zielone z dzielnicą "
        "przemysłową, gdzie pracuje kilka tysięcy mieszkańców miasta.",
    ),
    "fr": (
        "Les premiers sécateurs sont entrés dans les vignes de la commune mardi matin, avec "
        "trois semaines d'avance sur le calendrier habituel des vendanges.",
        "Les viticulteurs estiment que la récolte sera réduite d'un quart, mais que la "
        "qualité du raisin est exceptionnelle cette année, selon le syndicat.",
    ),
}


# -- credits.header-row -------------------------------------------------------------------


def test_a_credit_row_under_the_headline_credits_the_photographer_and_editor() -> None:
    article = parse_plaintext(
        _text(
            "El museo del vidrio reabre tras dos años de obras",
            "Texto: Lucía Prado | Fotos: Javier Soto | Edición: Eva Ruiz",
            "3 de marzo de 2026",
            *_PROSE["es"],
        )
    )
    assert authors(article) == ["Lucía Prado"]
    assert article.credit_line == "Texto: Lucía Prado | Fotos: Javier Soto | Edición: Eva Ruiz"
    assert contributors(article) == ["Lucía Prado", "Javier Soto", "Eva Ruiz"]


def test_a_comma_row_in_russian_names_the_photographer_as_a_contributor() -> None:
    article = parse_plaintext(
        _text(
            "В городе откроют новый каток на набережной",
            "Текст: Анна Петрова, фото: Иван Смирнов",
            "3 марта 2026",
            *_PROSE["ru"],
        )
    )
    assert authors(article) == ["Анна Петрова"]
    assert article.credit_line == "Текст: Анна Петрова, фото: Иван Смирнов"
    assert contributors(article) == ["Анна Петрова", "Иван Смирнов"]


def test_a_french_row_set_apart_by_a_dash_gives_the_writer() -> None:
    article = parse_plaintext(
        _text(
            "Les vendanges commencent avec trois semaines d'avance",
            "Texte : Anne Morel — Photos : Luc Brun",
            "3 mars 2026",
            *_PROSE["fr"],
        )
    )
    assert authors(article) == ["Anne Morel"]
    assert contributors(article) == ["Anne Morel", "Luc Brun"]


def test_the_editor_of_a_by_row_is_no_writer_and_the_reading_time_is_left_out() -> None:
    article = parse_plaintext(
        _text(
            "Council approves new harbour wall after two years of delays",
            "By Ann Lee and Bo Kim · Edited by Cy Dunn · 6 min read",
            "March 3, 2026",
            *_PROSE["en"],
        )
    )
    assert authors(article) == ["Ann Lee", "Bo Kim"]
    assert article.credit_line == "By Ann Lee and Bo Kim · Edited by Cy Dunn"
    assert contributors(article) == ["Ann Lee", "Bo Kim", "Cy Dunn"]


def test_a_byline_with_a_comma_between_writers_is_no_credit_row() -> None:
    article = parse_plaintext(
        _text(
            "Council approves new harbour wall after two years of delays",
            "By Ann Lee, Bo Kim and Cy Dunn",
            "March 3, 2026",
            *_PROSE["en"],
        )
    )
    assert authors(article) == ["Ann Lee", "Bo Kim", "Cy Dunn"]
    assert article.credit_line is None
    assert contributors(article) == []


# -- author.bio-line under a bare name ------------------------------------------------------


def test_a_bio_under_a_bare_name_makes_the_name_the_byline() -> None:
    article = parse_plaintext(
        _text(
            "Nowy most na Warcie otwarty dla pieszych",
            "Anna Kowalska",
            "Anna Kowalska jest dziennikarką działu miejskiego, pisze o transporcie.",
            "3 marca 2026",
            *_PROSE["pl"],
        )
    )
    assert authors(article) == ["Anna Kowalska"]
    assert article.authors[0].bio == (
        "Anna Kowalska jest dziennikarką działu miejskiego, pisze o transporcie."
    )
    assert article.subtitle is None
    assert paragraphs(article)[0].startswith("Nowa kładka")


def test_a_dashed_bio_under_the_name_below_the_dek_keeps_the_body() -> None:
    article = parse_plaintext(
        _text(
            "В городе откроют новый каток на набережной",
            "Каток будет работать с декабря по март, вход останется бесплатным",
            "Анна Петрова",
            "Анна Петрова — корреспондент отдела городской жизни, пишет о транспорте.",
            "3 марта 2026",
            *_PROSE["ru"],
        )
    )
    assert authors(article) == ["Анна Петрова"]
    assert article.authors[0].bio is not None
    assert article.subtitle == "Каток будет работать с декабря по март, вход останется бесплатным"
    assert len(paragraphs(article)) == 2


# -- author card over the headline -----------------------------------------------------------


_CARD = (
    "[Skip to content](#main)",
    "  * [News](/news/)\n  * [Sport](/sport/)",
    "![Photo of Ann Lee](/img/ann.jpg)",
    "[Ann Lee](/authors/ann-lee/)",
    "Senior Correspondent",
    "[Follow](/authors/ann-lee/follow)",
    "# Council approves new harbour wall after two years of delays",
)


def test_the_cards_job_title_is_the_role_of_the_writer_the_byline_names() -> None:
    article = parse_plaintext(
        _text(*_CARD, "By [Ann Lee](/authors/ann-lee/)", "March 3, 2026", *_PROSE["en"])
    )
    assert authors(article) == ["Ann Lee"]
    assert article.authors[0].role == "Senior Correspondent"


def test_a_card_over_the_headline_signs_a_page_without_a_byline() -> None:
    article = parse_plaintext(_text(*_CARD, "March 3, 2026", *_PROSE["en"]))
    assert authors(article) == ["Ann Lee"]
    assert article.authors[0].role == "Senior Correspondent"


def test_a_name_and_title_over_the_headline_without_a_button_sign_nothing() -> None:
    article = parse_plaintext(
        _text(
            "[Skip to content](#main)",
            "Ann Lee",
            "Senior Correspondent",
            "# Council approves new harbour wall after two years of delays",
            "March 3, 2026",
            *_PROSE["en"],
        )
    )
    assert authors(article) == []


def test_a_co_writer_after_a_comma_stays_a_writer() -> None:
    article = parse_plaintext(
        _text(
            "Les vendanges commencent avec trois semaines d'avance",
            "Par Anne Morel, avec Luc Brun",
            "3 mars 2026",
            *_PROSE["fr"],
        )
    )
    assert authors(article) == ["Anne Morel", "Luc Brun"]
    assert article.credit_line is None


def test_an_arabic_writing_label_opens_a_credit_row() -> None:
    article = parse_plaintext(
        _text(
            "افتتاح مكتبة عامة جديدة في وسط المدينة",
            "كتابة: سارة الخطيب | تصوير: أحمد النجار",
            "3 مارس 2026",
            "افتتحت البلدية يوم السبت مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف "
            "كتاب وقاعة للأطفال وأخرى للمطالعة الهادئة.",
            "وقال رئيس البلدية إن المكتبة ستفتح أبوابها يوميا من التاسعة صباحا حتى التاسعة "
            "مساء طوال أيام الأسبوع.",
        )
    )
    assert authors(article) == ["سارة الخطيب"]
    assert contributors(article) == ["سارة الخطيب", "أحمد النجار"]


def test_a_photo_label_tied_by_a_byline_word_credits_the_photographer() -> None:
    article = parse_plaintext(
        _text(
            "Council approves new harbour wall after two years of delays",
            "By Ann Lee, Senior Correspondent | Photos by Bo Kim",
            "March 3, 2026",
            *_PROSE["en"],
        )
    )
    assert authors(article) == ["Ann Lee"]
    assert article.authors[0].role == "Senior Correspondent"
    assert contributors(article) == ["Ann Lee", "Bo Kim"]


# -- about_author labels: feminine and plural forms -------------------------------------------


def test_a_feminine_about_the_author_label_opens_the_foot_bio() -> None:
    article = parse_plaintext(
        _text(
            "Les vendanges commencent avec trois semaines d'avance",
            "Par Anne Morel",
            "3 mars 2026",
            *_PROSE["fr"],
            "À propos de l'auteure",
            "Journaliste au service économie depuis 2015, elle suit l'agriculture.",
        )
    )
    assert article.authors[0].bio == (
        "Journaliste au service économie depuis 2015, elle suit l'agriculture."
    )
    assert len(paragraphs(article)) == 2


def test_a_credit_row_closed_by_its_date_keeps_the_date() -> None:
    article = parse_plaintext(
        _text(
            "Council approves new harbour wall after two years of delays",
            "By Ann Lee | Edited by Cy Dunn | March 3, 2026 | 6 min read",
            *_PROSE["en"],
        )
    )
    assert authors(article) == ["Ann Lee"]
    assert article.credit_line == "By Ann Lee | Edited by Cy Dunn"
    assert contributors(article) == ["Ann Lee", "Cy Dunn"]
    assert str(article.published)[:10] == "2026-03-03"


def test_the_cards_name_and_title_on_one_line_give_the_role() -> None:
    article = parse_plaintext(
        _text(
            "[Skip to content](#main)",
            "![Photo of Ann Lee](/img/ann.jpg)",
            "[Ann Lee](/authors/ann-lee/), Senior Correspondent",
            "[Follow](/authors/ann-lee/follow)",
            "# Council approves new harbour wall after two years of delays",
            "By [Ann Lee](/authors/ann-lee/)",
            "March 3, 2026",
            *_PROSE["en"],
        )
    )
    assert authors(article) == ["Ann Lee"]
    assert article.authors[0].role == "Senior Correspondent"


# -- author.bio-under-byline: a title-led sentence under the byline ---------------------------


def test_a_title_led_sentence_under_the_byline_is_the_bio_not_the_dek() -> None:
    article = parse_plaintext(
        _text(
            "El museo del vidrio reabre tras dos años de obras",
            "Por Lucía Prado",
            "Periodista especializada en cultura y patrimonio. Ha trabajado en la radio.",
            "3 de marzo de 2026",
            *_PROSE["es"],
        )
    )
    assert article.subtitle is None
    assert article.authors[0].bio == (
        "Periodista especializada en cultura y patrimonio. Ha trabajado en la radio."
    )


def test_a_dek_over_the_byline_stays_the_dek() -> None:
    article = parse_plaintext(
        _text(
            "El museo del vidrio reabre tras dos años de obras",
            "Periodista especializada en cultura recorre las nuevas salas del museo.",
            "Por Lucía Prado",
            "3 de marzo de 2026",
            *_PROSE["es"],
        )
    )
    assert article.subtitle == (
        "Periodista especializada en cultura recorre las nuevas salas del museo."
    )
    assert article.authors[0].bio is None
