"""Round 17 rules taken from the byline shapes of real whole-page dumps. Every text here is
invented: outlet, people, places, words."""

from __future__ import annotations

from syndicate.model import Article
from syndicate.readers.plaintext import parse_plaintext

_BODY = [
    "The county's library van will stop at eleven villages instead of seven from next month, "
    "the council said, after a charity paid for a second driver for two years.",
    "Readers in the hill parishes had asked for the van for a decade; the nearest branch is "
    "an hour away by the one daily bus, the parish clerk of Oxley Moor said.",
    "The van carries about two thousand books and a printer, and its staff will take "
    "requests by telephone for titles that are not on board.",
]

_HEADLINE = "Library van adds four hill villages to its round"


def _page(*header: str) -> str:
    return "\n\n".join(["   Sign in", "   Weather", _HEADLINE, *header, *_BODY]) + "\n"


def _authors(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in parse_plaintext(text).authors]


# -- a name glued to its newsroom title (spans printed side by side) -----------------------


def test_a_name_glued_to_a_lower_case_title_over_the_date_is_the_writer() -> None:
    text = _page("Wenna Trethowan Environment editor\nThu 4 Mar 2027 07.00 GMT")
    article = parse_plaintext(text)
    assert article.title == _HEADLINE
    assert _authors(text) == [("Wenna Trethowan", "Environment editor")]
    assert article.published is not None and article.published.startswith("2027-03-04")


def test_a_name_glued_to_a_capitalised_title_is_the_writer() -> None:
    assert _authors(_page("Idris Pellow Staff Writer\nMarch 4, 2027")) == [
        ("Idris Pellow", "Staff Writer")
    ]
    assert _authors(_page("Idris Pellow Contributor\nMarch 4, 2027")) == [
        ("Idris Pellow", "Contributor")
    ]


def test_a_middle_initial_keeps_three_words_of_the_name() -> None:
    assert _authors(_page("Idris K. Pellow Senior Reporter\nMarch 4, 2027")) == [
        ("Idris K. Pellow", "Senior Reporter")
    ]


def test_a_title_under_the_name_is_that_name_s_title_not_a_second_writer() -> None:
    text = _page("Idris Pellow\nLocal Democracy Reporter\nMarch 4, 2027")
    assert [name for name, _ in _authors(text)] == ["Idris Pellow"]


def test_a_title_alone_beside_the_date_names_no_writer() -> None:
    assert _authors(_page("Senior Investigative Reporter\nMarch 4, 2027")) == []
    assert _authors(_page("Local Democracy Reporter\nMarch 4, 2027")) == []
    assert _authors(_page("KVTN Cornwall Environment Correspondent\nMarch 4, 2027")) == []


# -- a byline whose bio names the writer's newsletter --------------------------------------


def test_a_byline_whose_bio_names_a_newsletter_is_no_sign_up_prompt() -> None:
    text = _page(
        "By Idris Pellow, a deputy editor and author of the Moorland Letter newsletter.",
        "Mar 4, 2027, 8:54 PM UTC| Comments",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Idris Pellow"]
    assert article.published is not None and article.published.startswith("2027-03-04")
    assert all("newsletter" not in p for p in _paragraphs(article))


def test_a_newsletter_prompt_after_by_is_still_a_sign_up_prompt() -> None:
    text = _page(
        "By signing up, you agree to receive our weekly newsletter.",
        "March 4, 2027",
    )
    assert all("newsletter" not in p for p in _paragraphs(parse_plaintext(text)))


def _paragraphs(article: Article) -> list[str]:
    found = [p.text for p in article.paragraphs()]
    assert found  # the story's paragraphs are read
    return found


# -- a dotted date with a space after each dot --------------------------------------------


def test_a_dotted_date_spaced_after_its_dots_is_read_day_first() -> None:
    text = (
        "Gemeinderat verschiebt die Abstimmung über die neue Fähre\n\n"
        "Von Marta Kolbeck\n\n"
        "Aktualisiert am 5. 11. 2027, 14:20\n\n"
        "Der Gemeinderat von Unterbach hat am Dienstag die Abstimmung über den neuen "
        "Fähranleger verschoben, nachdem mehr als vierhundert Einwände eingegangen waren.\n\n"
        "Die Vorsitzende sagte, die Abstimmung komme im Frühjahr zurück, sobald das Bauamt "
        "jeden Einwand schriftlich beantwortet habe.\n"
    )
    article = parse_plaintext(text)
    assert article.updated is not None and article.updated.startswith("2027-11-05T14:20")
    assert parse_plaintext(text.replace("Aktualisiert am ", "")).published == "2027-11-05T14:20:00"
