"""Round 14 (four English outlet shapes: a news site's video pages, a revenue agency's
news in lynx, an alumni magazine in inscriptis, a food-and-travel magazine's article
text): the kinds of miss their first reading showed and the unseen probes' English forms
— an interviewer's "Interview:" label, an "INTERVIEW" kicker over a Q&A, an interview's
edited-for-length note, a trip disclosure, a video's chapter list and its duration line,
a video's credits as two short sentences, an editorial signed by its board, and an
employer named after the writer's byline. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import STORY, page
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline
from syndicate.readers.scraped.cuewords import chrome_cues

_QA = [
    "Mira Tollan has run the ferry café on the north pier for twenty years, and this "
    "spring she handed it to her two nephews. We met on the last morning of her shift.",
    "Why the pier, of all places?",
    "Because the ferry comes in every forty minutes and everyone on it wants tea. You never "
    "run out of customers when the customers arrive by boat on a timetable.",
    "What was the hardest winter?",
    "The one when the ferry stopped for six weeks for repairs. We opened anyway and sold "
    "soup to the men fixing the ramp, and that is how we paid the rent.",
    "What will you do now?",
    "Sleep past five o'clock, I hope. After that, I have no plans at all and I like it.",
]


def _qa_page(*head: str, tail: tuple[str, ...] = ()) -> str:
    return "\n".join([*head, *_QA, *tail]) + "\n"


# -- interviews ----------------------------------------------------------------------------


def test_an_interview_label_is_the_interviewers_byline() -> None:
    text = _qa_page(
        "INTERVIEW",
        "'The customers arrive by boat': Mira Tollan on twenty years of pier tea",
        "The café owner hands the counter to the next generation.",
        "Interview: Oskar Brandvik",
        "12 May 2026 · 4 min read",
    )
    article = parse_plaintext(text)
    assert article.title.startswith("'The customers arrive by boat'")
    assert [a.name for a in article.authors] == ["Oskar Brandvik"]
    assert _headings(article) == []  # the questions are the interviewer's turns
    assert _paragraphs(article) == _QA


def test_an_interview_kicker_makes_questions_turns_not_subheads() -> None:
    text = _qa_page(
        "INTERVIEW",
        "'The customers arrive by boat': Mira Tollan on twenty years of pier tea",
        "By Oskar Brandvik",
        "12 May 2026",
    )
    article = parse_plaintext(text)
    assert _headings(article) == []
    assert "Why the pier, of all places?" in _paragraphs(article)


def test_an_edited_for_length_note_is_no_body() -> None:
    text = _qa_page(
        "'The customers arrive by boat': Mira Tollan on twenty years of pier tea",
        "Interview by Oskar Brandvik",
        "12 May 2026",
        tail=("Interview edited for length and clarity.",),
    )
    article = parse_plaintext(text)
    assert _paragraphs(article)[-1] == _QA[-1]


# -- disclosures ---------------------------------------------------------------------------


def test_a_paid_trip_disclosure_is_no_body() -> None:
    text = page(
        "Three days on the salt marsh railway",
        "By Jane Roe",
        "4 October 2025",
        tail=("This trip was paid for by Visit Carrowmere, the county tourist board.",),
    )
    assert _paragraphs(parse_plaintext(text)) == STORY


# -- video pages ---------------------------------------------------------------------------


def test_a_chapter_list_is_body_not_a_ticker() -> None:
    chapters = [
        "0:00 Introduction",
        "0:52 Why the vaults flood",
        "2:10 Inside the pump room",
        "4:05 What happens next",
    ]
    text = (
        "Why does the market square keep flooding?\n\nBy Jane Roe\n\n4 March 2026\n\n"
        + "\n\n".join(STORY[:2])
        + "\n\n## In this video\n\n"
        + "\n".join(chapters)
        + "\n\n"
        + "\n\n".join(STORY[2:])
        + "\n"
    )
    article = parse_plaintext(text)
    assert _paragraphs(article) == STORY[:2] + chapters + STORY[2:]
    assert _headings(article) == ["In this video"]


def test_dashed_chapters_under_the_first_paragraph_are_body() -> None:
    chapters = ["00:00 - Intro", "01:12 - Why the vaults flood", "03:40 - The pump room"]
    text = (
        "Why does the market square keep flooding?\n\nBy Jane Roe\n2 December 2026\n\n"
        + STORY[0]
        + "\n\n"
        + "\n".join(chapters)
        + "\n\n"
        + "\n\n".join(STORY[1:])
        + "\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert _paragraphs(article) == [STORY[0], *chapters, *STORY[1:]]


def test_clock_headlines_of_a_feed_stay_a_ticker() -> None:
    # A feed's times do not start at 0:00: the rule leaves the ticker cue alone.
    text = (
        "Market square floods again\n\nBy Jane Roe\n\n4 March 2026\n\n"
        + "\n\n".join(STORY)
        + "\n\nLatest\n\n15:58 Bus lane closed on the ring road\n16:20 Library opens late"
        "\n16:45 Bridge lift delays trains\n"
    )
    assert _paragraphs(parse_plaintext(text)) == STORY


def test_a_video_duration_line_is_chrome() -> None:
    cues = chrome_cues("en")
    assert cues.reading_time("Video duration 5 minutes 48 seconds")
    assert cues.reading_time("Duration: 3:12")
    text = page(
        "Why does the market square keep flooding?",
        "By Jane Roe",
        "4 March 2026",
        "Video duration 5 minutes 48 seconds",
    )
    assert _paragraphs(parse_plaintext(text)) == STORY


def test_video_credits_as_two_sentences_are_the_credit_line() -> None:
    cues = chrome_cues("en")
    assert cues.contributors("Produced by Selma Rook. Camera: Tobias Wren.") == [
        "Selma Rook",
        "Tobias Wren",
    ]
    assert cues.contributors("Produced by the council. It was a long week.") is None
    text = page(
        "Why does the market square keep flooding?",
        "By Jane Roe",
        "4 March 2026",
        tail=("Produced by Selma Rook. Camera: Tobias Wren.",),
    )
    article = parse_plaintext(text)
    assert article.credit_line == "Produced by Selma Rook. Camera: Tobias Wren."
    assert _paragraphs(article) == STORY


# -- editorials ----------------------------------------------------------------------------


def test_an_editorial_signed_by_its_board_names_the_board() -> None:
    text = "\n".join(
        [
            "OUR VIEW",
            "Keep the market square open",
            "Published 3 March 2026",
            *STORY,
            "The Editorial Board",
            "Share   Facebook   Email",
        ]
    ) + "\n"
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["The Editorial Board"]
    assert _paragraphs(article) == STORY


def test_a_board_line_inside_the_story_is_no_signature() -> None:
    story = [*STORY[:2], "The Editorial Board", *STORY[2:]]
    text = "Keep the market square open\n\nBy Jane Roe\n\n" + "\n\n".join(story) + "\n"
    assert [a.name for a in parse_plaintext(text).authors] == ["Jane Roe"]


# -- bylines -------------------------------------------------------------------------------


def test_an_employer_after_the_bylines_comma_is_no_second_writer() -> None:
    byline = parse_byline("By Arjun Whitlock, Revenue Service of Norland")
    assert byline is not None and [n for n, _ in byline.people] == ["Arjun Whitlock"]
    byline = parse_byline("By Jane Roe, Institute for Coastal Studies")
    assert byline is not None and [n for n, _ in byline.people] == ["Jane Roe"]
    two = parse_byline("By Jane Roe, Tom Okafor")
    assert two is not None and [n for n, _ in two.people] == ["Jane Roe", "Tom Okafor"]


def test_a_press_office_byline_names_the_office() -> None:
    text = page("New footbridge opens over the Carrow", "By Westholme Borough Council press office")
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Westholme Borough Council press office"]
    assert _paragraphs(article) == STORY


# -- contents lists ------------------------------------------------------------------------


def test_a_plain_contents_list_is_no_headline_and_its_subheads_stand() -> None:
    text = (
        "Skip to main content\nCarrowmere County Council\n\n"
        "Winter gritting routes reach 14 more villages\n\n"
        "On this page\nWhich roads are added\nHow to ask for a grit bin\n\n"
        "Published: 2 December 2026\n\n"
        + STORY[0]
        + "\n\nWhich roads are added\n\n"
        + STORY[1]
        + "\n\nHow to ask for a grit bin\n\n"
        + "\n\n".join(STORY[2:])
        + "\n"
    )
    article = parse_plaintext(text)
    assert article.title == "Winter gritting routes reach 14 more villages"
    assert _headings(article) == ["Which roads are added", "How to ask for a grit bin"]
    assert _paragraphs(article) == STORY


def test_a_text_label_is_a_byline_in_a_meta_row() -> None:
    text = page(
        "Harbour crane falls in the storm", "Text: Jo Kettle | 2 December 2026 | 4 min read"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Jo Kettle"]
    assert str(article.published) == "2026-12-02"
    assert _paragraphs(article) == STORY


def test_a_photographers_credit_after_the_byline_is_no_figure() -> None:
    text = page(
        "Harbour crane falls in the storm", "Words: Jo Kettle · Photos: Sam Reid\n2 December 2026"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Jo Kettle"]
    assert _paragraphs(article) == STORY
    assert article.blocks[0].__class__.__name__ == "Paragraph"


# -- feedback widgets ----------------------------------------------------------------------


def test_a_feedback_widget_and_its_buttons_are_chrome() -> None:
    cues = chrome_cues("en")
    assert cues.kind("Did you find this article useful?") == "comments"
    text = page(
        "Harbour crane falls in the storm",
        "By Jo Kettle",
        "2 December 2026",
        tail=("Did you find this article useful?\nYes / No", "© Harbour Gazette 2026"),
    )
    article = parse_plaintext(text)
    assert _paragraphs(article) == STORY
    assert [b.__class__.__name__ for b in article.blocks] == ["Paragraph"] * len(STORY)


def test_a_writer_of_the_press_office_is_the_byline() -> None:
    text = page("New footbridge opens over the Carrow", "By Jane Roe, Westholme press office")
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Jane Roe"]
    assert _paragraphs(article) == STORY  # the byline line stays out of the body
