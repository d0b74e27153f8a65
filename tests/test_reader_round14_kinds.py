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


# -- hard-wrapped paragraphs -------------------------------------------------------------

_WRAPPED = (
    "   The ferry between Holmsund and the outer islands will run on batteries from\n"
    "   the spring, after the county signed a contract for two new boats with a\n"
    "   shipyard on the west coast, officials said on Thursday morning.\n\n"
    "   The boats will carry 40 cars and 200 passengers each and charge at both\n"
    "   quays in the twelve minutes the crossing allows, the county said in a\n"
    "   statement issued after the vote.\n\n"
    "   Islanders have asked for a quieter ferry for years; the old diesel boats\n"
    "   are heard across the bay at night, and their fumes drift over the harbour\n"
    "   café in summer.\n"
)


def test_a_contacts_name_and_role_over_the_employer_is_no_caption() -> None:
    page = (
        "Electric ferries ordered for the outer islands\n\n"
        "Karin Dahlberg Press Officer\nHolmsund County Council\n\n" + _WRAPPED
    )
    article = parse_plaintext(page)
    assert not any(b.__class__.__name__ == "Figure" for b in article.blocks)


# -- the lead photo's alt text under the dek ---------------------------------------------


def test_a_dek_over_the_lead_photos_alt_text_and_captioned_credit_is_the_dek() -> None:
    page = (
        "Home\nNews\nReviews\n"
        "Council trials an app that delays home chargers at peak hours\n"
        "Nadia Fenwick • 10 March 2026 09:14 • 12 comments\n"
        "Some 3,000 households in the north of the county will let the grid operator slow "
        "their car chargers in the evening.\n"
        "A phone screen with a charging graph\n"
        "The app shows how much power the charger may draw each quarter hour. Image: Gridwell\n"
        "Gridwell began the trial on Monday. At busy times, mostly between five and eight in "
        "the evening, it may cut a charger's power to 4 kilowatts, and members are paid up to "
        "100 pounds a year for the trouble.\n"
        "The operator says many streets can no longer carry the evening demand of heat pumps "
        "and electric cars at once, and the trial will show whether drivers accept the wait.\n"
    )
    article = parse_plaintext(page)
    assert (article.subtitle or "").startswith("Some 3,000 households")
    body = _paragraphs(article)
    assert body[0].startswith("Gridwell began the trial")
    assert not any(p.startswith("A phone screen") for p in body)


def test_a_byline_label_under_a_full_width_headline_opens_its_own_line() -> None:
    from syndicate.readers.scraped.lines import split_lines, unwrap

    page = (
        "   Паромну переправу через Дністер відкриють після ремонту причалу навесні\n"
        "Автор: Оксана Левчук\n\n" + _WRAPPED
    )
    joined = [line.text for line in unwrap(split_lines(page))]
    assert joined[1] == "Автор: Оксана Левчук"


def test_a_byline_label_under_the_headline_is_no_wrapped_part_of_it() -> None:
    page = (
        "Суспільство\n"
        "   Паромну переправу через Дністер відкриють після ремонту причалу навесні\n"
        "Автор: Оксана Левчук\n"
        "Вівторок, 3 березня 2026, 10:15\n\n" + _WRAPPED
    )
    article = parse_plaintext(page)
    assert article.title.endswith("навесні")
    assert [a.name for a in article.authors] == ["Оксана Левчук"]
