"""Round 16 (midbody): widgets a page sets among the story's paragraphs — an inline reader
poll (label, question, answers with their shares or radio buttons, vote count and
buttons), a gallery's link without a number, a newsletter box whose field is a dump's form
row or whose pitch and button stand under its title. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext

_EN = [
    "The village hall at Upper Sedgecombe will close for eight months from April while "
    "builders replace its roof and put in a new kitchen for the lunch club.",
    "The parish council agreed the work on Monday after a long debate about whether the "
    "hall should be rebuilt from scratch on the recreation ground instead.",
    "Groups that meet in the hall will move to the school's sports room, which the head "
    "teacher has offered free of charge on weekday evenings and Saturdays.",
    "The council expects the hall to reopen in time for the harvest supper, which has been "
    "held there every October since the hall was built in the nineteen-twenties.",
]


def _page(*box: str, lines: tuple[str, ...] = _EN) -> str:
    """A headline, a byline and the story with ``box`` between its second and third
    paragraphs, one line each as a select-all copy prints a box."""
    head = ["Upper Sedgecombe village hall to close for roof repairs",
            "By Tamsin Ardlow", "9 March 2027"]
    return "\n\n".join([*head, *lines[:2], "\n".join(box), *lines[2:]]) + "\n"


def test_a_poll_with_radio_buttons_between_paragraphs_is_dropped() -> None:
    article = parse_plaintext(_page(
        "POLL",
        "Should the hall be rebuilt on the recreation ground?",
        "( ) Yes, build a new one",
        "( ) No, repair the old hall",
        "( ) I don't mind",
        "[Vote] View results",
    ))
    assert _paragraphs(article) == _EN
    assert _headings(article) == []


def test_a_poll_with_its_results_does_not_end_the_article() -> None:
    # The answers' short lines read as the page's chrome after the story; the poll is a
    # widget, and the paragraphs under it are the story's.
    article = parse_plaintext(_page(
        "Poll",
        "Will you miss the hall while it is closed?",
        "Yes, a lot",
        "58%",
        "Not really",
        "31%",
        "I never go there",
        "11%",
        "1,204 votes",
        "Vote",
    ))
    assert _paragraphs(article) == _EN


def test_a_poll_with_shares_glued_to_the_answers_is_dropped_in_german() -> None:
    story = [
        "Die Gemeinde Oberwiesen lässt im Sommer das Dach der Turnhalle erneuern. Der "
        "Gemeinderat hat die Arbeiten am Montag einstimmig beschlossen.",
        "Die Vereine müssen während der Bauzeit in die Halle der Nachbargemeinde ausweichen, "
        "die ihre Zeiten an den Abenden und am Samstag zur Verfügung stellt.",
        "Die Kosten von rund 900.000 Euro trägt zur Hälfte das Land. Den Rest bezahlt die "
        "Gemeinde aus ihren Rücklagen, ohne neue Schulden aufzunehmen.",
        "Nach den Sommerferien soll die Halle wieder für den Schulsport offen sein, wenn "
        "das Wetter mitspielt und die Handwerker den Zeitplan halten.",
    ]
    article = parse_plaintext(_page(
        "Umfrage",
        "Sollte Oberwiesen eine neue Turnhalle bauen?",
        "Ja, unbedingt – 44 %",
        "Nein, die Sanierung reicht – 49 %",
        "Weiß nicht – 7 %",
        "Teilnehmer: 812",
        "Ergebnisse ansehen",
        lines=tuple(story),
    ))
    assert _paragraphs(article) == story


def test_shares_in_a_list_without_a_question_stay() -> None:
    # A list of results under a label that asks nothing is the story's own list.
    article = parse_plaintext(_page(
        "The hall's users by group:",
        "Lunch club 41%",
        "Dance classes 33%",
        "Parish meetings 26%",
    ))
    paragraphs = _paragraphs(article)
    assert "Lunch club 41%" in paragraphs
    assert "Parish meetings 26%" in paragraphs


def test_a_survey_the_story_reports_stays() -> None:
    # A question and its shares with no poll label, radio buttons, count or buttons: the
    # story's report of a survey, not the page's poll.
    article = parse_plaintext(_page(
        "Should the hall be rebuilt on the recreation ground?",
        "Yes 46%",
        "No 54%",
    ))
    paragraphs = _paragraphs(article)
    assert "Yes 46%" in paragraphs
    assert "No 54%" in paragraphs


def test_a_results_subhead_over_a_list_of_shares_stays() -> None:
    article = parse_plaintext(_page(
        "Results",
        "Lunch club 41%",
        "Dance classes 33%",
        "Parish meetings 26%",
    ))
    assert "Lunch club 41%" in _paragraphs(article)


def test_a_gallery_link_without_a_number_is_no_subhead() -> None:
    article = parse_plaintext(_page("View all photos"))
    assert _paragraphs(article) == _EN
    assert _headings(article) == []


def test_a_newsletter_box_over_a_form_row_is_dropped() -> None:
    article = parse_plaintext(_page(
        "The Sedgecombe Bulletin",
        "Our free round-up of the valley's news, in your inbox every Friday morning.",
        "[Enter your email      ] [Sign up]",
    ))
    assert _paragraphs(article) == _EN
    assert _headings(article) == []


def test_a_pitch_and_button_under_a_newsletter_title_are_dropped() -> None:
    article = parse_plaintext(_page(
        "Get the valley's news in your inbox with our newsletter",
        "Every Friday, the week's stories from the villages.",
        "Join",
    ))
    assert _paragraphs(article) == _EN
    assert _headings(article) == []


def test_a_subhead_naming_the_paragraph_under_a_newsletter_box_stays() -> None:
    article = parse_plaintext(_page(
        "Get the valley's news in your inbox with our newsletter",
        "Every Friday, the week's stories from the villages.",
        "Sports room",
    ))
    # The subhead names the paragraph under it ("sports room"): the story's, and so the
    # box's tail is left as it stands rather than take the subhead with it.
    assert set(_EN) <= set(_paragraphs(article))
    assert _headings(article) == ["Sports room"]


def test_a_gift_article_button_between_paragraphs_is_dropped() -> None:
    story = [
        "El pleno de Valdecruces aprobó el martes por la noche la reforma de la piscina "
        "municipal, cerrada desde hace dos años por motivos de seguridad.",
        "Las obras empezarán en primavera y durarán unos dieciocho meses, según el alcalde, "
        "que habla de un proyecto esperado por todas las familias del pueblo.",
        "El club de natación tendrá que entrenar en el municipio vecino mientras duren las "
        "obras, algo que lamentan sus directivos y los padres de los nadadores.",
    ]
    article = parse_plaintext(_page("Regalar artículo", lines=tuple(story)))
    assert _paragraphs(article) == story
    assert _headings(article) == []


def test_a_question_subhead_under_a_newsletter_line_stays() -> None:
    article = parse_plaintext(_page(
        "Get the valley's news in your inbox with our newsletter",
        "Where will the groups meet?",
    ))
    assert _headings(article) == ["Where will the groups meet?"]
    assert _paragraphs(article) == _EN
