"""Rules written for English page kinds new in round 8 (newswire distribution pages, web
portals, academic news, public radio, contributor networks, hosted local-paper CMSs,
student papers), checked in isolation and in other languages (original texts)."""

from __future__ import annotations

import textwrap

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import organisation_byline, parse_byline
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.cuewords import chrome_cues

_STORY = (
    "The county council approved a new timetable for the harbour ferry on Tuesday, adding "
    "two early sailings on weekdays from the start of June.",
    "Commuters had asked for an earlier boat for years, saying the first crossing at 7.40am "
    "left them late for work on the mainland.",
    "The operator said it would hire four more deckhands to run the extra sailings and "
    "expected the change to cost about £90,000 a year.",
)


def _page(header: str, *, middle: str = "") -> str:
    body = list(_STORY)
    if middle:
        body.insert(2, middle)
    headline = "Harbour ferry to add early sailings from June"
    return headline + "\n\n" + header + "\n\n" + "\n\n".join(body) + "\n"


def test_name_and_title_side_by_side_after_by() -> None:
    found = parse_byline("By Marisol Yates Staff Writer")
    assert found.people == (("Marisol Yates", "Staff Writer"),)
    found = parse_byline("By GLEN HAVERTY Staff writer")
    assert found.people == (("Glen Haverty", "Staff writer"),)
    # a three-word name keeps its words: no title among them
    assert parse_byline("By Mary Ann Lowry").people == (("Mary Ann Lowry", None),)
    # an outlet's staff sign together: "Staff" alone is no title of the words before it
    assert parse_byline("By Harbourside Gazette Staff").people == (
        ("Harbourside Gazette Staff", None),
    )


def test_a_plural_title_is_every_writers_and_no_third_writer() -> None:
    found = parse_byline("By Sam Kowalczyk and Ada Brennan, Contributing Writers")
    assert [who for who, _ in found.people] == ["Sam Kowalczyk", "Ada Brennan"]
    assert {role for _, role in found.people} == {"Contributing Writers"}


def test_the_editor_after_the_writer_is_not_the_writer() -> None:
    article = parse_plaintext(_page("By Rafael Okonjo Edited by Dana Whitcombe\nMar 4, 2025"))
    assert [a.name for a in article.authors] == ["Rafael Okonjo"]


def test_organisation_byline_with_a_colon() -> None:
    found = organisation_byline("By: Millbrook Maple Producers Association")
    assert found is not None and found.people == (("Millbrook Maple Producers Association", None),)


def test_a_spelled_out_time_zone_is_no_author() -> None:
    article = parse_plaintext(_page("March 18, 2025 09:00 AM Eastern Daylight Time"))
    assert article.authors == ()
    assert str(article.published)[:10] == "2025-03-18"


def test_institution_credit_and_closing_full_stop() -> None:
    parts = split_caption("A slump near the cliff top. Ines Calloway/University of Dunmore")
    assert parts is not None and parts.credit == "Ines Calloway/University of Dunmore"
    parts = split_caption("The viaduct in 2019. Image: Tamsin Orley.")
    assert parts is not None and parts.credit == "Tamsin Orley"
    parts = split_caption("A flood near the works. Photo: Acme Inc.")
    assert parts is not None and parts.credit == "Acme Inc."


def test_a_title_case_headline_is_no_caption_with_credit() -> None:
    assert split_caption("Your Annual Review Is Too Late. Try A Six-Week Check-In Instead") is None
    parts = split_caption("Volunteers sort parcels at the depot on Friday. Jane Roe")
    assert parts is not None and parts.credit == "Jane Roe"


def test_donation_appeals_are_chrome_in_several_languages() -> None:
    en = chrome_cues("en")
    assert en.kind("WKRL is listener-supported. Make a gift today.") == "donate"
    assert en.kind("The Herald is student-run. Support our reporting: donate today.") == "donate"
    assert chrome_cues("de").kind("Journalismus kostet Geld. Jetzt spenden!") == "donate"
    assert chrome_cues("pl").kind("Wesprzyj nas – każda złotówka się liczy.") == "donate"
    # a story about a donation drive is not an appeal
    assert chrome_cues("en").kind(
        "Residents donated more than 400 coats to the shelter during the winter drive."
    ) is None


def test_player_buttons_and_portal_teasers_are_chrome() -> None:
    en, fr = chrome_cues("en"), chrome_cues("fr")
    assert en.kind("Toggle more options") == "share"
    assert en.kind("Embed") == "share"
    assert fr.kind("Télécharger") == "share"
    assert en.kind("MORE FOR YOU") == "related"
    assert chrome_cues("de").kind("Mehr für Sie") == "related"
    assert en.kind("Story continues") == "noise.advertisement"


def test_a_donation_box_between_paragraphs_is_dropped() -> None:
    appeal = "The Harbour Post is reader-funded. Support our reporting: donate today."
    article = parse_plaintext(_page("By Jane Roe\nMay 5, 2025", middle=appeal))
    texts = [getattr(block, "text", "") for block in article.blocks]
    assert appeal not in texts
    assert len(texts) == 3


def test_result_strip_needs_team_names_not_a_vote() -> None:
    # w3m wraps at 80 columns: the first line of the paragraph reads "Team 4-1 Team"
    first = (
        "The Wendover Township zoning board voted 4-1 Wednesday to let a family-owned "
        "grain elevator add two storage bins, ending a dispute with its neighbors."
    )
    paragraphs = [first, *_STORY[1:]]
    wrapped = "\n\n".join(textwrap.fill(p, 78) for p in paragraphs)
    assert wrapped.splitlines()[0].endswith("family-owned")
    text = "Zoning board approves grain bins\n\nBy Jane Roe\nMay 5, 2025\n\n" + wrapped + "\n"
    article = parse_plaintext(text)
    assert getattr(article.blocks[0], "text", "").startswith("The Wendover Township zoning")
    assert len(article.blocks) == 3


def test_an_academics_post_under_the_name_is_no_dek() -> None:
    article = parse_plaintext(
        _page(
            "Published: March 5, 2025 2:14pm GMT\n\nInes Calloway\n\n"
            "Senior Lecturer in Coastal Geomorphology, University of Dunmore"
        )
    )
    assert article.subtitle is None
    assert [a.name for a in article.authors] == ["Ines Calloway"]


def test_a_sentence_about_the_writer_in_the_header_is_the_bio() -> None:
    bio = "Amelia Vance writes about management, work and the psychology of teams."
    article = parse_plaintext(_page(f"Amelia Vance\nContributor\n{bio}\nMar 9, 2025, 07:15am EST"))
    assert article.subtitle is None
    assert [(a.name, a.role, a.bio) for a in article.authors] == [
        ("Amelia Vance", "Contributor", bio)
    ]


def test_a_newsletter_box_printed_as_one_block_loses_its_pitch() -> None:
    box = (
        "Sign up for the Health Check newsletter\n"
        "Your weekly guide to staying healthy. We'll bring you the latest research.\n"
        "Email address\n"
        "Subscribe"
    )
    more = (
        "Islanders who work night shifts at the hospital said the later return boat "
        "mattered more to them than the early one.",
        "The council will review the timetable after six months, when it expects to have "
        "passenger counts for the new sailings.",
    )
    paragraphs = [*_STORY[:2], box, _STORY[2], *more]
    text = "Harbour ferry to add early sailings\n\nBy Jane Roe\nMay 5, 2025\n\n"
    article = parse_plaintext(text + "\n\n".join(paragraphs) + "\n")
    texts = [getattr(block, "text", "") for block in article.blocks]
    assert texts == [*_STORY, *more]


def test_more_and_a_section_name_heads_teasers() -> None:
    en = chrome_cues("en")
    assert en.kind("More Opinion & Analysis") == "related"
    assert en.kind("More Local News") == "related"
    assert en.kind("More than 400 people came") is None
    assert en.kind("More rain is expected on Sunday") is None


def test_a_wrapped_team_sheet_is_page_data() -> None:
    sheet = (
        "Carrow Town (4-2-3-1): Lindgren; Obi, Reddish, Castellanos, Whitlock;\n"
        "Hargreaves, Nakamura; Doyle, Fennimore, Quill; Brandt."
    )
    paragraphs = [*_STORY[:2], sheet, _STORY[2]]
    text = "Preview: Carrow Town v Westerby United\n\nBy Jane Roe\nMay 5, 2025\n\n"
    article = parse_plaintext(text + "\n\n".join(paragraphs) + "\n")
    texts = [getattr(block, "text", "") for block in article.blocks]
    assert not any("Lindgren" in t for t in texts)
    assert len(texts) == 3
