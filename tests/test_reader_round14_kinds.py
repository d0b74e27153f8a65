"""Round 14 (kinds): one signature rule for a release's two-line sign-off (name and office,
either order, any title before the name), and hard-wrapped paragraphs (lynx, w3m) joined
while short real lines stay apart. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext

_PROSE = (
    "The footbridge over the Alder will close for four weeks from Monday while engineers "
    "replace its deck boards and repaint the railings.\n\n"
    "Pedestrians will be directed to the road bridge a quarter of a mile downstream, where "
    "a temporary crossing with lights has been installed.\n\n"
    "The council apologised for the inconvenience and said the work had been timed to avoid "
    "the school holidays.\n\n"
)


def _signed(signature: str) -> list[tuple[str, str | None]]:
    article = parse_plaintext(
        "Footbridge to close for repairs\n\n" + _PROSE + signature + "\n\n© 2026 Borough Council\n"
    )
    assert not any(line in p for p in _paragraphs(article) for line in signature.split("\n"))
    return [(a.name, a.role) for a in article.authors]


# -- one signature rule ------------------------------------------------------------------


def test_the_office_over_a_name_with_an_academic_title_signs_the_release() -> None:
    # the office line's role word is no head noun ("…, Borough Council"): once only the
    # name-first rule read it; the office printed first is the same signature
    assert _signed("Press Officer, Borough Council\nDr. Miriam Holt") == [
        ("Dr. Miriam Holt", "Press Officer, Borough Council")
    ]


def test_a_lower_case_rank_over_an_office_with_a_role_word_signs_it() -> None:
    # a rank in lower case goes; a role word inside the office line (not its head noun)
    assert _signed("det. sgt. Anna Holt\nSenior Press Officer, Borough Council") == [
        ("Anna Holt", "Senior Press Officer, Borough Council")
    ]


def test_a_name_over_a_line_with_no_role_word_is_no_signature() -> None:
    article = parse_plaintext(
        "Footbridge to close for repairs\n\n"
        + _PROSE
        + "Miriam Holt\nBorough Council, Town Hall\n\n© 2026 Borough Council\n"
    )
    assert not article.authors
