"""Round 13 (kinds): rules for the miss kinds the worst dev shapes showed — a regulatory
announcement's title under its line of defined terms, an attribution that opens with a
comment word's stem, a disclosure panel by the byline, and a few edges of the article.
Every sentence here is invented."""

from __future__ import annotations

from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues

# -- regulatory announcements ------------------------------------------------------------

_ANNOUNCEMENT = (
    "Brackwater Pumps plc (BWP)\n\n"
    "RNS Number : 5521K\n"
    "Brackwater Pumps plc\n"
    "03 March 2026\n\n"
    "Brackwater Pumps plc\n"
    '("Brackwater" or the "Company")\n\n'
    "Disposal of Foundry\n\n"
    "Brackwater Pumps plc (AIM: BWP), the maker of irrigation pumps, announces that it has "
    "agreed to sell its foundry in Tiverley to a local engineering group for £3.1 million.\n\n"
    "The foundry has supplied castings to the Company since 1978. Brackwater will continue to "
    "buy castings from the site under a five-year supply agreement.\n\n"
    "Commenting on the sale, Marten Oakes, Chief Executive Officer, said:\n\n"
    '"The foundry will be in good hands, and the proceeds let us invest in the new pump line '
    'that our customers have been asking for."\n\n'
    "The disposal is expected to complete by the end of April 2026.\n\n"
    "Enquiries:\n"
    "Brackwater Pumps plc\n"
    "Tel: +44 (0)1632 960 118\n"
)


def test_the_line_under_an_announcements_defined_terms_is_its_title() -> None:
    article = parse_plaintext(_ANNOUNCEMENT)
    assert article.title == "Disposal of Foundry"
    assert not article.authors
    assert (article.published or "")[:10] == "2026-03-03"
    body = _paragraphs(article)
    assert body[0].startswith("Brackwater Pumps plc (AIM: BWP)")
    assert not any("or the" in p for p in body)


def test_an_attribution_opening_with_a_comment_words_stem_is_body() -> None:
    body = _paragraphs(parse_plaintext(_ANNOUNCEMENT))
    assert "Commenting on the sale, Marten Oakes, Chief Executive Officer, said:" in body
    assert body[-1].startswith("The disposal is expected")


def test_a_comment_word_still_opens_a_comment_prompt() -> None:
    cues = chrome_cues("en")
    assert cues.kind("Comment: tell us what you think of the new timetable") == "comments"
    assert cues.kind("Commentary") == "comments"  # a menu's label: the stem is enough
    assert cues.kind("Commenting on the figures, the treasurer said:") != "comments"
    assert cues.kind("Replying to the council, the residents' group said:") != "comments"
