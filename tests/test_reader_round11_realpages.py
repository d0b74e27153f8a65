"""Header rules of round 11, taken from the kinds of miss seen on real whole-page dumps
(the tuning half of the real-page set): a masthead's link left over the story ("Today's
Paper" between "Log In" and the section's name) taken for the headline, a writer's
e-mail address beside the name, a portal's partner outlet printed over the writer's
name. Every text here is invented."""

from __future__ import annotations

from readerblocks import STORY as _STORY
from readerblocks import page as _page

from syndicate.readers.language import stopwords
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import split_lines
from syndicate.readers.scraped.region import headline_score


def _names(article) -> list[str]:
    return [person.name for person in article.authors]


# ---------------------------------------------------------------- masthead links


_MASTHEAD = ("Sections", "SEARCH", "Skip to contentSkip to site index", "Riverside")
_ACCOUNT = ("Subscribe", "Log In", "Log In")


def test_a_masthead_link_between_the_account_buttons_and_the_story_is_no_headline() -> None:
    # "Tomorrow's Edition" has the shape of a short headline, but it stands next to the
    # account buttons with nothing a headline has under it (no byline, date or prose).
    text = _page(
        *_MASTHEAD,
        *_ACCOUNT,
        "Tomorrow’s Edition",
        "Riverside|Floods Under the Market Square: Why the Old Vaults Keep Filling",
        "Supported by",
        "Floods Under the Market Square: Why the Old Vaults Keep Filling",
        "The city's gasworks tunnels are older than its maps, and every thaw fills them again.",
        "By Ilse Marrow",
        "Feb. 3, 2026",
    )
    article = parse_plaintext(text)
    assert "Edition" not in article.title
    assert article.title.endswith("Why the Old Vaults Keep Filling")
    assert _names(article) == ["Ilse Marrow"]


def _score_of(texts: list[str], line: str) -> float:
    lines = split_lines("\n\n".join(texts) + "\n")
    feats = line_features(lines, stopwords("en"), chrome_cues("en"))
    return headline_score(texts.index(line), lines, feats)


def test_a_short_label_next_to_the_account_buttons_scores_as_no_headline() -> None:
    texts = [*_ACCOUNT, "Tomorrow’s Edition", "Riverside|Floods Under the Market Square", *_STORY]
    assert _score_of(texts, "Tomorrow’s Edition") < 0
    # the same words over their byline are a (short) headline; under a link (the writer's
    # name linked to their page over a work's title) the rule does not apply
    texts = [*_ACCOUNT, "Tomorrow’s Edition", "By Ilse Marrow", "Feb. 3, 2026", *_STORY]
    assert _score_of(texts, "Tomorrow’s Edition") > 0
    texts = ["[Harbour Works](/users/hw)", "Tomorrow’s Edition", "Summary:", *_STORY]
    assert _score_of(texts, "Tomorrow’s Edition") > -3


def test_a_short_headline_with_its_byline_under_the_account_buttons_stays() -> None:
    # A short headline right under "Log In" keeps its place when its byline stands under it.
    head = ("Market vaults flood again", "By Ilse Marrow", "Feb. 3, 2026")
    text = _page(*_MASTHEAD, *_ACCOUNT, *head)
    article = parse_plaintext(text)
    assert article.title == "Market vaults flood again"
    assert _names(article) == ["Ilse Marrow"]


# ---------------------------------------------------------------- e-mail beside the name


def test_an_email_address_beside_the_name_is_not_part_of_the_byline() -> None:
    for line in (
        "By Rowan Achterberg | rachterberg@valleyledger.com",
        "Rowan Achterberg, rachterberg@valleyledger.com",
        "Rowan Achterberg Email: rachterberg@valleyledger.com",
    ):
        byline = parse_byline(line)
        assert byline is not None, line
        assert [who for who, _role in byline.people] == ["Rowan Achterberg"], line
    # an address alone, or a sentence giving one, is no byline
    assert parse_byline("rachterberg@valleyledger.com") is None
    assert parse_byline("Write to us at letters@valleyledger.com") is None


def test_the_bylined_writer_with_an_address_is_the_author() -> None:
    text = _page(
        "Market vaults flood for the third time this winter",
        "By Rowan Achterberg | rachterberg@valleyledger.com",
        "Feb. 3, 2026",
    )
    assert _names(parse_plaintext(text)) == ["Rowan Achterberg"]


# ---------------------------------------------------------------- a portal's partner


_FOOTER = (
    "More from Valley Ledger",
    "Why the tram depot will close for a month",
    "Valley Ledger",
    "The ten bakeries that survived the winter",
    "Valley Ledger",
)


def test_the_partner_outlet_over_the_writer_is_no_author() -> None:
    # A news portal prints its partner's logo text (doubled: the image's text and the
    # name), then the writer, then the partner glued to the date.
    text = _page(
        "Home",
        "News",
        "Market vaults flood for the third time this winter",
        "Valley Ledger Valley Ledger",
        "Valley Ledger",
        "Rowan Achterberg",
        "Valley LedgerFebruary 3, 2026",
        tail=_FOOTER,
    )
    assert _names(parse_plaintext(text)) == ["Rowan Achterberg"]


def test_two_writers_without_a_partner_are_both_kept() -> None:
    text = _page(
        "Market vaults flood for the third time this winter",
        "Rowan Achterberg",
        "Ilse Marrow",
        "February 3, 2026",
    )
    assert _names(parse_plaintext(text)) == ["Rowan Achterberg", "Ilse Marrow"]
