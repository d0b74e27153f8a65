"""Round 19 (realpages): html2text's link residue around bylines and headlines of real
pages read as whole-page dumps — a link whose target is a path holding spaces (an author
page built from the name), a heading linked to the site's front page over the post's own
headline, and older/newer post links under a post's closing meta row. Every sentence and
name here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_EN = [
    "The ferry across the Lusk estuary ran again on Monday after a winter in dry dock, "
    "and the first crossing was full long before the ramp went down.",
    "The council spent most of the year arguing about the cost of the repairs, which "
    "rose twice after the old engine was found to be cracked.",
    "Regular passengers said the new timetable was an improvement, though some asked why "
    "the last boat still leaves before the evening train arrives.",
]


def _names(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.name for a in article.authors]


def _bodies(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [getattr(b, "text", "") for b in article.blocks]


def test_byline_links_whose_target_holds_spaces() -> None:
    # the site builds each author page from the name: "/author/Jane Roe/"
    byline = (
        "By [Maren Oduya](/author/Maren Oduya/), [T.K. Villers](/author/T.K. Villers/) "
        "and [Pell Asante](/author/Pell Asante/)"
    )
    text = "\n\n".join(["# The ferry runs again", byline, "Mar 2, 2026 09:00 AM", *_EN])
    article = parse_plaintext(text + "\n")
    assert _names(article) == ["Maren Oduya", "T.K. Villers", "Pell Asante"]
    assert article.subtitle is None
    assert not any("](" in body for body in _bodies(article))


def test_link_target_with_a_title_still_reads_as_before() -> None:
    byline = 'By [Maren Oduya](/author/moduya/ "Posts by Maren Oduya")'
    text = "\n\n".join(["# The ferry runs again", byline, "Mar 2, 2026 09:00 AM", *_EN])
    article = parse_plaintext(text + "\n")
    assert _names(article) == ["Maren Oduya"]


def test_home_linked_heading_is_the_site_over_the_posts_headline() -> None:
    lines = [
        "# [Hi, I'm **Ilse.**](/)",
        "I mend boats. I take photos. I write notes.",
        "## [The ferry runs again](/notes/2026/ferry/)",
        *_EN,
    ]
    article = parse_plaintext("\n\n".join(lines) + "\n")
    assert article.title == "The ferry runs again"
    assert "I mend boats. I take photos. I write notes." not in _bodies(article)


def test_home_linked_heading_alone_stays_the_title() -> None:
    # no marked heading under it: nothing says the post's headline is elsewhere
    lines = ["# [The ferry runs again](/)", *_EN]
    article = parse_plaintext("\n\n".join(lines) + "\n")
    assert article.title == "The ferry runs again"


def test_closing_meta_row_over_older_and_newer_post_links() -> None:
    row = (
        "Ilse Marrow — 2026-02-11— in [Boats](/boats/) — [Permalink](/notes/2026/ferry/) "
        "— [License](http://licences.example/by-sa/)"
    )
    links = (
        "[Rebuilding the slipway winch before the spring tides](/notes/2026/winch/) | "
        "[Caulking a clinker hull with cotton and putty](/notes/2026/caulking/)"
    )
    lines = ["# The ferry runs again", *_EN, row, "* * *", links]
    article = parse_plaintext("\n\n".join(lines) + "\n")
    assert _names(article) == ["Ilse Marrow"]
    assert article.published is not None and article.published.startswith("2026-02-11")


def test_post_links_under_a_closing_meta_row_leave_the_body() -> None:
    row = "Ilse Marrow — 2026-02-11— in [Boats](/boats/) — [Permalink](/notes/2026/ferry/)"
    links = (
        "[Rebuilding the slipway winch before the spring tides](/notes/2026/winch/) | "
        "[Caulking a clinker hull with cotton and putty](/notes/2026/caulking/)"
    )
    footer = "© 2026 Ilse Marrow — [Write to me](/contact/)"
    lines = ["# The ferry runs again", *_EN, row, "* * *", links, footer]
    article = parse_plaintext("\n\n".join(lines) + "\n")
    assert not any("slipway winch" in body for body in _bodies(article))
    assert _bodies(article)[-1].startswith("Regular passengers")
