"""Round 14 rules taken from the kinds of miss seen on real whole-page dumps (the tuning
half of the real-page set). Every text here is invented: outlet, people, places, words."""

from __future__ import annotations

import textwrap

from syndicate.readers.plaintext import parse_plaintext

_HEADLINE = "Ferry terminal to close after council vote"

_BODY = [
    "The council voted on Tuesday to close the old ferry terminal after a decade of falling "
    "passenger numbers and rising repair bills, officials said.",
    "Residents who packed the meeting hall argued that the crossing was the only quick route "
    "to the hospital on the far bank of the estuary.",
    '"We were told the boats would run for another twenty years," said one retired teacher, '
    "who has used the service since childhood.",
    "The terminal will close at the end of March, and a shuttle bus will run over the bridge "
    "until a new plan is agreed next year.",
]


def _parse(*header: str) -> tuple[list[str], str | None]:
    text = "\n\n".join([_HEADLINE, "\n".join(header), *_BODY]) + "\n"
    article = parse_plaintext(text)
    assert article.title == _HEADLINE
    return [a.name for a in article.authors], article.published


def test_a_name_printed_twice_on_an_author_card_is_one_writer() -> None:
    # lynx and w3m print the writer's photo (alt text: the name) and the name's link on
    # one line: "Hannah Loweth Hannah Loweth".
    authors, published = _parse("Hannah Loweth Hannah Loweth", "March 3, 2025")
    assert authors == ["Hannah Loweth"]
    assert published == "2025-03-03"


def test_a_byline_printed_twice_after_by_is_one_writer() -> None:
    authors, _ = _parse("By Olu Brennan Olu Brennan", "March 3, 2025")
    assert authors == ["Olu Brennan"]


def test_an_image_placeholder_before_the_name_is_the_writers_photo() -> None:
    for mark in ("[IMG]", "[avatar.jpg]", "[Hannah Loweth]"):
        authors, published = _parse(f"   {mark} Hannah Loweth", "   March 3, 2025")
        assert authors == ["Hannah Loweth"], mark
        assert published == "2025-03-03", mark


def test_an_image_placeholder_before_a_caption_stays() -> None:
    # Before words that are no name the bracketed label is left as printed.
    text = "\n\n".join(
        [_HEADLINE, "By Hannah Loweth\nMarch 3, 2025", *_BODY[:2],
         "[Photo] Passengers wait at the old pier on the last winter Sunday.", *_BODY[2:]]
    ) + "\n"
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Hannah Loweth"]


def test_a_handle_in_brackets_after_the_name_is_no_part_of_it() -> None:
    authors, published = _parse("Hannah Loweth (@hloweth)", "March 3, 2025")
    assert authors == ["Hannah Loweth"]
    assert published == "2025-03-03"


def _wrapped(*header: str) -> list[tuple[str, str | None]]:
    # a lynx dump: every paragraph wrapped at the page's width (about 72 columns here)
    body = [textwrap.fill(p, 72) for p in _BODY]
    text = "\n\n".join([_HEADLINE, "\n".join(header), *body]) + "\n"
    article = parse_plaintext(text)
    return [(a.name, a.role) for a in article.authors]


def test_a_byline_wrapped_inside_a_name_keeps_the_last_writer() -> None:
    authors = _wrapped(
        "By Hannah Loweth, Dmitri Salk, Olu Brennan, Priya Vance and Tomasz",
        "Wielgus",
        "March 3, 2025",
    )
    assert [name for name, _ in authors] == [
        "Hannah Loweth", "Dmitri Salk", "Olu Brennan", "Priya Vance", "Tomasz Wielgus"
    ]


def test_a_byline_wrapped_inside_a_role_keeps_the_whole_role() -> None:
    authors = _wrapped(
        "By Hannah Loweth, Senior Transport Correspondent, and Dmitri Salk, Chief",
        "Political Reporter",
        "March 3, 2025",
    )
    assert authors == [
        ("Hannah Loweth", "Senior Transport Correspondent"),
        ("Dmitri Salk", "Chief Political Reporter"),
    ]


def test_a_short_byline_does_not_take_the_line_under_it() -> None:
    authors = _wrapped("By Hannah Loweth", "Harbour Desk", "March 3, 2025")
    assert [name for name, _ in authors] == ["Hannah Loweth"]


def test_a_label_and_a_name_joined_without_the_colon() -> None:
    # "Author" and the name's link as two spans of a card, joined by a space
    authors, published = _parse("Author Hannah Loweth", "March 3, 2025")
    assert authors == ["Hannah Loweth"]
    assert published == "2025-03-03"


def test_linked_names_side_by_side_are_several_writers() -> None:
    authors, _ = _parse(
        "[Hannah Loweth](https://example.org/a/hl) [Dmitri Salk](https://example.org/a/ds)",
        "March 3, 2025",
    )
    assert authors == ["Hannah Loweth", "Dmitri Salk"]


def test_the_same_linked_name_twice_is_one_writer() -> None:
    authors, _ = _parse(
        "[Hannah Loweth](https://example.org/a/hl) [Hannah Loweth](https://example.org/a/hl)",
        "March 3, 2025",
    )
    assert authors == ["Hannah Loweth"]
