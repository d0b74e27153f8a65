"""Round 18 (realpages): bylines of real pages as whole-page dumps print them — an
html2text author card (the writer's photo linked to the author page, its alt text the
name, then the name's link), and a blog's dated post footer ("Posted by NAME on DATE").
Every sentence and name here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_EN = [
    "The lantern workshop on Orvel Street has made paper lanterns for the town festival "
    "since the winter of 1962, when a retired printer folded the first one.",
    "Today four volunteers keep the tradition going, and they say demand has never been "
    "higher than it is this year.",
    "Each lantern takes about three hours to fold, glue and paint, and the volunteers hope "
    "to finish two hundred before the parade.",
]
_SITE = "https://lanterns.example"


def _read(text: str):  # type: ignore[no-untyped-def]
    return parse_plaintext(text)


def _bodies(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [getattr(b, "text", "") for b in article.blocks]


def _card(name: str, slug: str) -> str:
    page = f"{_SITE}/author/{slug}/"
    return f"[![{name}]({_SITE}/avatars/{slug}.jpg)]({page}) [{name}]({page})"


def test_author_card_with_an_undated_line_under_it() -> None:
    # a relative time the reader cannot read stands under the card: the card alone is
    # the evidence, as the doubled name w3m prints for the same card is
    text = "\n\n".join(
        ["# Lanterns light up Orvel Street again", _card("Hester Quayle", "hq"), "vor kurzem", *_EN]
    )
    article = _read(text + "\n")
    assert [a.name for a in article.authors] == ["Hester Quayle"]
    assert not any("Hester" in b for b in _bodies(article))


def test_image_link_before_a_different_link_is_not_a_card() -> None:
    # the photo's alt text is a caption, not the name the next link prints
    line = f"[![Lanterns on the river]({_SITE}/l.jpg)]({_SITE}/g/) [Hester Quayle]({_SITE}/a/)"
    from syndicate.readers.scraped.markup import _avatar_card

    assert _avatar_card(line) is None
    assert _avatar_card(_card("Hester Quayle", "hq")) == "Hester Quayle Hester Quayle"


def test_dated_post_footer_signs_a_post_without_a_byline() -> None:
    footer = "Posted by Hester Quayle on July 10, 2025 at 09:40"
    parts = ["# Lanterns light up Orvel Street again", "Craft", *_EN, footer, "Tags: lanterns"]
    text = "\n\n".join(parts)
    article = _read(text + "\n")
    assert [a.name for a in article.authors] == ["Hester Quayle"]
    assert footer not in _bodies(article)


def test_linked_dated_post_footer_repeating_the_byline_leaves_the_body() -> None:
    # html2text keeps the link and its title: the line is too long for a short line
    footer = (
        f'Posted by [Hester Quayle]({_SITE}/author/hq/ "Posts by Hester Quayle") '
        "on July 10, 2025at 09:40"
    )
    head = f"by [Hester Quayle]({_SITE}/author/hq/) July 10, 2025"
    text = "\n\n".join(["# Lanterns light up Orvel Street again", head, *_EN, footer])
    article = _read(text + "\n")
    assert [a.name for a in article.authors] == ["Hester Quayle"]
    bodies = _bodies(article)
    assert not any(b.startswith("Posted by") for b in bodies)
    assert sum(1 for b in bodies if b in _EN) == len(_EN)


def test_footer_naming_another_writer_stays_when_the_header_has_one() -> None:
    # not a repeat of the header's writer: nothing says it is the post's footer
    footer = f'Posted by [Mirek Salo]({_SITE}/author/ms/ "Posts by Mirek Salo") on July 10, 2025'
    head = f"by [Hester Quayle]({_SITE}/author/hq/) July 10, 2025"
    text = "\n\n".join(["# Lanterns light up Orvel Street again", head, *_EN, footer])
    article = _read(text + "\n")
    assert [a.name for a in article.authors] == ["Hester Quayle"]
