"""Round 21 (metaroles): header meta lines — a department's or an office's name alone over
the date ("Service Grandes cultures", "Communications Office"), a date row with its section
after a separator ("Veröffentlicht am 01.12.2026 · Lokales"), staff and team bylines ("By
Staff", "The Loomly Team"), and the role of a press attaché after the name. Every sentence,
person, place and site is invented."""

from __future__ import annotations

from readerblocks import authors, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _lines(*lines: str) -> str:
    return "\n".join(lines)


_EN_TITLE = "Harbour council approves new ferry timetable"
_EN_BODY = (
    "The harbour council voted on Tuesday to approve a revised ferry timetable that adds "
    "two early sailings on weekdays from the second week of January.",
    "Councillors said the change follows a survey in which more than four hundred "
    "commuters asked for a departure before seven in the morning.",
    "The new timetable will be posted at every terminal before Christmas.",
)
_FR_TITLE = "Colza : des semis précoces bien levés malgré un automne sec"
_FR_BODY = (
    "Les conseillers ont visité quarante parcelles de colza entre le 12 et le 26 novembre. "
    "Dans trois cas sur quatre, le peuplement dépasse vingt-cinq pieds par mètre carré.",
    "Les semis réalisés avant le 20 août s'en sortent le mieux, les parcelles semées plus "
    "tard présentent des rangs plus clairsemés.",
    "Un bulletin de suivi sera publié chaque quinzaine jusqu'à la fin du mois de février.",
)
_DE_TITLE = "Neue Buslinie verbindet Ortsteile mit dem Bahnhof"
_DE_BODY = (
    "Ab dem kommenden Montag verbindet eine neue Buslinie die Ortsteile Hainbach und "
    "Riedfeld im Stundentakt mit dem Bahnhof der Kreisstadt.",
    "Der Kreistag hatte die Linie im Herbst beschlossen, nachdem sich mehr als dreihundert "
    "Bürgerinnen und Bürger an einer Umfrage beteiligt hatten.",
    "Die Fahrpläne liegen in den Rathäusern aus.",
)


def test_a_department_line_over_the_date_is_an_organisation_byline() -> None:
    for title, office, date, body in (
        (_FR_TITLE, "Service Grandes cultures", "Publié le 02/12/2026", _FR_BODY),
        (_EN_TITLE, "Communications Office", "Published 30 Nov 2026 | Community", _EN_BODY),
        (_DE_TITLE, "Pressestelle Landratsamt", "Veröffentlicht am 01.12.2026 · Lokales", _DE_BODY),
    ):
        article = parse_plaintext(_text(title, _lines(office, date), *body))
        assert authors(article) == [office], office
        assert article.published is not None, office
        assert paragraphs(article)[0] == body[0], office


def test_a_department_line_far_from_the_date_signs_nothing() -> None:
    # under the dek, with no date beside it, the department's name is no byline
    article = parse_plaintext(_text(_FR_TITLE, "Service Grandes cultures", *_FR_BODY))
    assert authors(article) == []


def test_staff_and_team_bylines_beside_the_date() -> None:
    for byline, name in (
        ("By Staff", "Staff"),
        ("Staff report", "Staff report"),
        ("The Loomly Team", "The Loomly Team"),
    ):
        article = parse_plaintext(_text(_EN_TITLE, _lines(byline, "30 November 2026"), *_EN_BODY))
        assert authors(article) == [name], byline
        assert article.published is not None, byline
        assert paragraphs(article)[0] == _EN_BODY[0], byline


def test_a_role_or_a_menu_word_is_no_staff_byline() -> None:
    # (round 25, multiauth: a capitalised "Staff" alone beside the date signs like
    # "Redacción" alone; the menu's "Staff" among other links does not, see
    # test_reader_round25_multiauth)
    for line in ("Staff Writer", "Our Team", "Team"):
        article = parse_plaintext(_text(_EN_TITLE, _lines(line, "30 November 2026"), *_EN_BODY))
        assert authors(article) == [], line


def test_a_press_attache_after_the_name_is_the_role() -> None:
    for title, byline, role, body in (
        (_EN_TITLE, "Author: Marek Halloran, Press Attaché", "Press Attaché", _EN_BODY),
        (
            _FR_TITLE,
            "Auteur : Marek Halloran, Chargé de communication",
            "Chargé de communication",
            _FR_BODY,
        ),
    ):
        article = parse_plaintext(_text(title, byline, *body))
        assert authors(article) == ["Marek Halloran"], byline
        assert article.authors[0].role == role, byline


def test_a_section_after_a_labelled_date_is_no_writer() -> None:
    es_body = (
        "Agentes de la Policía Local detuvieron en la madrugada del sábado a un conductor "
        "que se había saltado un control preventivo de alcoholemia en la avenida del Puerto.",
        "El detenido pasará a disposición del juzgado de guardia por un delito contra la "
        "seguridad vial y otro de desobediencia grave a los agentes.",
    )
    for title, meta, body in (
        (_EN_TITLE, "Published 30 Nov 2026 | Harbour Affairs", _EN_BODY),
        (
            "Detenido un conductor que huyó de un control de alcoholemia",
            "Publicado el 30/11/2026 · Seguridad Ciudadana",
            es_body,
        ),
    ):
        article = parse_plaintext(_text(title, meta, *body))
        assert authors(article) == [], meta
        assert article.published is not None, meta


def test_a_name_after_a_labelled_date_stays_the_writer() -> None:
    article = parse_plaintext(
        _text(_EN_TITLE, "Published 30 Nov 2026 | Marek Halloran", *_EN_BODY)
    )
    assert authors(article) == ["Marek Halloran"]
