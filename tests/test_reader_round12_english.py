"""Round 12 (eight English outlet shapes: a games-news site, a South African community paper,
a Philippine broadsheet, a parish magazine, a law firm's insights page, a humanitarian
portal, local election results, an Australian regional masthead): the kinds of miss their
first reading showed — a credit glued to its caption by a dash, a label and a handout word
as the credit, a credit the wrap carried under its label, a portal's label/value metadata
over the headline, two dates on one row, a handle after a byline's role, law-firm titles,
a blog's comment header and post arrows, a dated list item taken for a sign-up prompt, a
results table under the story, and a few widgets. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.dates import paired_date_line
from syndicate.readers.scraped.lines import figure_item

_PROSE = (
    "The new footbridge over the canal will close for three weeks in June while engineers "
    "replace the deck boards, the council said on Monday.\n\n"
    "Walkers and cyclists will be sent along the towpath to the lock, which adds about ten "
    "minutes to the journey between the station and the market square.\n\n"
    "Traders on the east bank asked for the work to be moved to the winter, but the council "
    "said the timber had already been ordered and could not be stored for that long.\n"
)


# -- captions ---------------------------------------------------------------------------


def test_a_credit_in_capitals_glued_to_the_caption_by_a_dash_is_the_credit() -> None:
    parts = split_caption(
        "LONG WAIT Commuters queue for the last ferry at the river terminal on Friday. "
        "—ROSALIND TAMAYO"
    )
    assert parts is not None
    assert parts.caption == (
        "LONG WAIT Commuters queue for the last ferry at the river terminal on Friday."
    )
    assert parts.credit == "ROSALIND TAMAYO"


def test_a_photo_label_in_capitals_before_the_glued_credit_is_no_part_of_it() -> None:
    parts = split_caption("Farmers unload sacks of palay at the depot. —PHOTO BY ELMER DIZON")
    assert parts is not None and parts.credit == "ELMER DIZON"


def test_a_dash_before_a_name_in_mixed_case_is_no_glued_credit() -> None:
    # an em dash before a quoted speaker's name in prose is not a photographer's credit
    parts = split_caption("We will rebuild it before the summer. —Maria Lopez")
    assert parts is None or parts.rule != "figure.dash-glued-credit"


def test_a_photo_label_and_a_handout_word_are_a_credit_without_a_colon() -> None:
    parts = split_caption("A model of the planned library extension. Picture supplied")
    assert parts is not None
    assert parts.caption == "A model of the planned library extension."
    assert parts.credit == "supplied"
    parts = split_caption("Volunteers at the food bank on Saturday. Photo supplied")
    assert parts is not None and parts.credit == "supplied"


def test_a_credit_the_wrap_carried_under_its_label_is_the_figures() -> None:
    page = (
        "# Library extension approved after two-year wait\n\n"
        "![](https://paper.example/img/library.jpg)\n\n"
        "The reading room will double in size under the approved plans. Photo:\n"
        "Supplied\n\n" + _PROSE
    )
    article = parse_plaintext(page)
    assert _figures(article) == [
        ("The reading room will double in size under the approved plans.", "Supplied")
    ]
    assert "Supplied" not in _headings(article)


# -- dates and the header ---------------------------------------------------------------


def test_two_dates_on_one_row_give_the_update_and_the_publication() -> None:
    paired = paired_date_line("Updated June 4 2026 - 6:12pm, first published 3:05pm", "en")
    assert paired is not None
    updated, published = paired
    assert (updated.kind, updated.value[:10]) == ("updated", "2026-06-04")
    assert (published.kind, published.value) == ("published", "2026-06-04")  # the same day
    paired = paired_date_line("Updated 5 June 2026, first published 2 June 2026", "en")
    assert paired is not None and paired[1].value == "2026-06-02"
    # one date, or a comma inside the date, is no pair
    assert paired_date_line("Updated June 4, 2026", "en") is None


def test_a_regional_masthead_row_with_both_dates_fills_both_fields() -> None:
    page = (
        "Footbridge to close for three weeks of repairs\n"
        "By Nerida Collins\n"
        "Updated June 4 2026 - 6:12pm, first published 3:05pm\n\n" + _PROSE
    )
    article = parse_plaintext(page)
    assert str(article.published)[:10] == "2026-06-04"
    assert str(article.updated)[:10] == "2026-06-04"


def _portal_page(by: str = "By Ana Okello") -> str:
    return (
        "Skip to main content\n\nReliefDesk\n    Humanitarian updates\n\n"
        "Updates\nCountries\nDisasters\nOrganizations\n\n\n"
        "News and Press Release\n\n"
        "Source\nRiver Basin Aid Network\n\n"
        "Posted\n11 Apr 2026\n\n"
        "Originally published\n10 Apr 2026\n\n"
        "Origin\nView original\n\n\n"
        "Flood shelters in the delta reopen schools as families return home\n\n"
        "Families who spent the dry season in shelters are back in their villages.\n\n"
        + by
        + "\n\n"
        + _PROSE
        + "\n\nRelated Content\n\nDelta: Floods - Mar 2026\n\n"
        "ReliefDesk is a service of the Office for Relief Coordination.\n"
    )


def test_a_portals_label_and_value_rows_are_no_headline() -> None:
    article = parse_plaintext(_portal_page())
    assert article.title == "Flood shelters in the delta reopen schools as families return home"
    assert [a.name for a in article.authors] == ["Ana Okello"]


def test_a_date_under_its_label_above_the_headline_is_the_publication() -> None:
    # "Originally published" is the one nearest the headline: the article's own date
    article = parse_plaintext(_portal_page())
    assert str(article.published)[:10] == "2026-04-10"


def test_a_handle_after_a_bylines_role_goes_with_its_separator() -> None:
    page = (
        "Port expansion misses its third deadline\n\n"
        "By: Dario Mendiola - Correspondent / @DeskRegions\n"
        "The Island Courier / 05:30 AM June 03, 2026\n\n" + _PROSE
    )
    article = parse_plaintext(page)
    assert [(a.name, a.role) for a in article.authors] == [("Dario Mendiola", "Correspondent")]


def test_law_firm_titles_are_roles_not_names() -> None:
    page = (
        "Insights\nClient Alert\n"
        "What the new footbridge rules mean for contractors\n"
        "4 June 2026\n"
        "Helena Marchbank\nPartner\nLeeds\n"
        "Tobias Fenn\nSenior Associate\nYork\n"
        "Share\nDownload PDF\n"
        + _PROSE.replace("\n\n", "\n")
    )
    article = parse_plaintext(page)
    assert [a.name for a in article.authors] == ["Helena Marchbank", "Tobias Fenn"]
    assert [a.role for a in article.authors] == ["Partner", "Senior Associate"]


# -- chrome -------------------------------------------------------------------------------


def test_a_blogs_comment_header_naming_the_post_is_chrome_in_any_language() -> None:
    assert chrome_cues("en").kind('3 thoughts on "Spring clean-up on the towpath"') == "comments"
    assert chrome_cues("fr").kind(
        "2 commentaires sur « Le marché de Noël revient place Carnot »"
    ) == "comments"
    assert chrome_cues("de").kind("4 Kommentare zu „Neue Brücke über den Kanal“") == "comments"
    # a subhead quoting a word is no comment header
    assert chrome_cues("en").kind('5 reasons to vote "yes" on the bridge plan') != "comments"


def test_older_and_newer_post_arrows_are_chrome() -> None:
    cues = chrome_cues("en")
    assert cues.kind("← Lent lunches at the chapel     Bus timetable changes from May →")
    assert cues.kind("← Lent lunches at the chapel")


def test_a_dated_list_item_with_a_sign_up_is_no_newsletter_prompt() -> None:
    cues = chrome_cues("en")
    assert cues.kind("Saturday 14th March: towpath litter pick (sign up at the library)") is None
    assert cues.kind("Sign up for our newsletter") == "sign-up"


def test_widget_words_of_games_sites_and_regional_mastheads() -> None:
    cues = chrome_cues("en")
    assert cues.kind("This is an ad:") == "noise.advertisement"
    assert cues.kind("Save this article for later") == "share"
    assert cues.kind("No Caption Provided") == "share"
    # html2text's italics around a news-tip prompt
    assert cues.kind("_Do you have more information about the story? Email news@p.example._")


# -- a results table under the story ------------------------------------------------------


def test_results_rows_are_table_rows() -> None:
    assert figure_item("Priya Shah (Lab) 1,204 *")
    assert figure_item("Tom Reed (Ind) 87")
    assert figure_item("Turnout: 41.5%")
    assert not figure_item("Turnout was 41.5% this year, the council said.")
    assert not figure_item("Bus times change from May")


def test_a_results_table_under_the_story_stays_the_articles() -> None:
    page = (
        "Independents win Lockridge by-election\n"
        "By Owen Carrick\n"
        "June 5, 2026\n\n"
        + _PROSE
        + "\nREAD MORE: Market square parking charges to rise in July\n\n"
        "Ward results\n\n"
        "Harbour\n"
        "Priya Shah (Lab) 1,204 *\nTom Reed (Ind) 987\nAnn Lowe (Con) 402\nTurnout: 33.1%\n\n"
        "Quayside\n"
        "Lena Voss (Ind) 811 *\nMark Udal (Con) 640\nTurnout: 29.8%\n\n"
        "Comments (4)\nMost Read\n1. Ferry timetable cut\n2. New cafe opens\n"
    )
    article = parse_plaintext(page)
    paragraphs = _paragraphs(article)
    assert "Priya Shah (Lab) 1,204 *" in paragraphs
    assert paragraphs[-1] == "Turnout: 29.8%"
    assert {"Harbour", "Quayside"} <= set(_headings(article))
    assert not any(p.startswith("READ MORE") for p in paragraphs)
