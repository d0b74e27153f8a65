"""Round 21 (endnotes): the foot and the head of a press note — a closing source line
naming an office with a long name, a one-line contact line inviting the reader to ask for
more, and a dateline closed by a full stop and an en dash. Every sentence, person, place
and office is invented."""

from __future__ import annotations

from readerblocks import contributors, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_ES = (
    "El Ayuntamiento de Valdeolmos ampliará el horario de sus dos bibliotecas municipales "
    "durante la temporada de exámenes de invierno, hasta la medianoche todos los días.",
    "La medida responde a una petición del Consejo Local de la Juventud, que reunió más de "
    "mil firmas el pasado curso para pedir más puestos de estudio en la ciudad.",
    "El refuerzo supondrá la contratación temporal de cuatro auxiliares de biblioteca, con "
    "un coste total de 31.000 euros a cargo del presupuesto municipal de Juventud.",
)
_EN = (
    "The borough council will replace the wooden play equipment at Willow Bank park this "
    "winter, after an inspection found that the frames were no longer safe to climb.",
    "The new playground will have a climbing net, a water table and a basket swing that "
    "children in wheelchairs can use, the council said in a statement on Monday.",
    "Work starts next week and the park will stay fenced off until the end of March, when "
    "the council plans a small opening party for the families who live nearby.",
)
_RU = (
    "Администрация района полностью обновит детскую площадку в парке у реки: старые "
    "деревянные конструкции признаны небезопасными и будут демонтированы на этой неделе.",
    "На месте старой площадки появятся канатный городок, водный стол и качели, на которых "
    "смогут кататься дети на инвалидных колясках, сообщили в администрации района.",
)


# -- credits.language-form: a source line naming an office with a long name -------------


def test_a_closing_source_line_naming_a_long_office_name_is_the_credit_line() -> None:
    article = parse_plaintext(
        _text(
            "Valdeolmos amplía el horario de las bibliotecas",
            *_ES,
            "Fuente: Gabinete de Prensa del Ayuntamiento de Valdeolmos",
        )
    )
    assert article.credit_line == "Fuente: Gabinete de Prensa del Ayuntamiento de Valdeolmos"
    assert contributors(article) == ["Gabinete de Prensa del Ayuntamiento de Valdeolmos"]
    assert not any(p.startswith("Fuente:") for p in paragraphs(article))


def test_a_french_source_line_with_lower_case_joining_words_is_the_credit_line() -> None:
    line = "Source : Service de presse de la Mairie du quartier des Saules"
    article = parse_plaintext(
        _text(
            "La mairie rénove l'aire de jeux du parc des Saules",
            "La mairie du quartier rénove entièrement l'aire de jeux du parc des Saules et "
            "ferme le site jusqu'à Pâques, a-t-elle annoncé jeudi après une inspection.",
            "Les anciens jeux en bois, installés dans les années 1990, ne sont plus jugés "
            "sûrs par les services techniques de la ville, selon le rapport.",
            line,
        )
    )
    assert article.credit_line == line
    assert contributors(article) == ["Service de presse de la Mairie du quartier des Saules"]


def test_a_cyrillic_source_line_with_an_authority_in_lower_case_is_the_credit_line() -> None:
    line = "Источник: пресс-служба администрации Заречного района города Самары"
    article = parse_plaintext(_text("В парке у реки обновят детскую площадку", *_RU, line))
    assert article.credit_line == line
    assert contributors(article) == ["пресс-служба администрации Заречного района города Самары"]


def test_a_long_source_line_that_reads_as_a_sentence_is_no_credit() -> None:
    line = "Fuente: los vecinos del barrio dicen que la obra de la calle tardará dos meses más"
    article = parse_plaintext(_text("Valdeolmos amplía el horario de las bibliotecas", *_ES, line))
    assert article.credit_line is None


def test_a_suspended_compound_in_a_source_line_is_one_name() -> None:
    line = "Quelle: Straßen- und Grünflächenamt des Bezirks Lindenau"
    article = parse_plaintext(
        _text(
            "Spielplatz am Weidenufer wird neu gebaut",
            "Der Spielplatz am Weidenufer wird ab Montag vollständig erneuert, weil die alten "
            "Holzgeräte nach einem Gutachten nicht mehr standsicher sind.",
            "Geplant sind eine Kletterlandschaft, ein Wasserspielbereich und eine "
            "Nestschaukel, die auch von Kindern im Rollstuhl genutzt werden kann.",
            line,
        )
    )
    assert article.credit_line == line
    assert contributors(article) == ["Straßen- und Grünflächenamt des Bezirks Lindenau"]


# -- features._contact_invitations: a one-line contact line at the foot ---------------


def test_a_more_information_contact_line_at_the_foot_is_dropped() -> None:
    contact = (
        "Para más información: Gabinete de Prensa, teléfono 918 40 22 10, prensa@valdeolmos.example"
    )
    article = parse_plaintext(
        _text("Valdeolmos amplía el horario de las bibliotecas", *_ES, contact)
    )
    assert paragraphs(article) == list(_ES)


def test_an_english_invitation_with_a_comma_and_an_address_is_dropped() -> None:
    contact = "For more information, contact Jane Roe, press@willowbank.example, 01632 960 412"
    article = parse_plaintext(_text("Willow Bank playground to be rebuilt", *_EN, contact))
    assert paragraphs(article) == list(_EN)


def test_an_invitation_with_the_story_going_on_under_it_stays() -> None:
    mid = "Para más información: oficina de juventud, teléfono 918 40 22 11."
    article = parse_plaintext(
        _text("Valdeolmos amplía el horario de las bibliotecas", _ES[0], mid, _ES[1], _ES[2])
    )
    assert mid in paragraphs(article)
    assert paragraphs(article)[-1] == _ES[2]


def test_an_invitation_without_an_address_or_a_number_stays() -> None:
    closing = "Para más información: consulte la aplicación municipal de la biblioteca."
    article = parse_plaintext(
        _text("Valdeolmos amplía el horario de las bibliotecas", *_ES, closing)
    )
    assert paragraphs(article)[-1] == closing


def test_a_media_contact_line_stays_as_printed() -> None:
    contact = (
        "Media contact: Jane Roe, Willow Bank Council, press@willowbank.example, 01632 960 412"
    )
    article = parse_plaintext(_text("Willow Bank playground to be rebuilt", *_EN, contact))
    assert paragraphs(article)[-1] == contact


# -- date.dateline: ".–" after the year -------------------------------------------------


def test_an_upper_case_dateline_closed_by_a_stop_and_an_en_dash_gives_the_date() -> None:
    first = "VALDEOLMOS, 3 de diciembre de 2026.– " + _ES[0]
    article = parse_plaintext(
        _text("Valdeolmos amplía el horario de las bibliotecas", first, *_ES[1:])
    )
    assert article.published == "2026-12-03"
    assert paragraphs(article)[0] == first


def test_a_mixed_case_dateline_closed_by_a_stop_and_an_em_dash_gives_the_date() -> None:
    first = "Valdeolmos, 3 de diciembre de 2026.— " + _ES[0]
    article = parse_plaintext(
        _text("Valdeolmos amplía el horario de las bibliotecas", first, *_ES[1:])
    )
    assert article.published == "2026-12-03"


# -- headerline._RELEASE_NUMBER: a release's number before the date over the headline ---


def test_a_numbered_release_line_over_the_headline_gives_the_date() -> None:
    article = parse_plaintext(
        _text(
            "Pressemitteilung Nr. 412 vom 02.12.2026",
            "Spielplatz am Weidenufer wird neu gebaut",
            "Der Spielplatz am Weidenufer wird ab Montag vollständig erneuert, weil die alten "
            "Holzgeräte nach einem Gutachten nicht mehr standsicher sind.",
            "Geplant sind eine Kletterlandschaft, ein Wasserspielbereich und eine "
            "Nestschaukel, die auch von Kindern im Rollstuhl genutzt werden kann.",
        )
    )
    assert article.published == "2026-12-02"
    assert article.title == "Spielplatz am Weidenufer wird neu gebaut"
