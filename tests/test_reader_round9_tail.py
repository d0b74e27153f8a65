"""Where the article ends (round 9): a short last paragraph stays the article's, and the
page's chrome after it goes, in several languages (original texts)."""

from __future__ import annotations

from syndicate.model import Paragraph
from syndicate.readers.plaintext import parse_plaintext

_HEADLINE = "Lighthouse keepers' cottages to open as a field station"
_BODY = (
    "The trust that owns the old lighthouse at Carrick Point said on Monday that the two "
    "keepers' cottages beside it would reopen in April as a field station for students.",
    "The cottages have stood empty since the light was automated in 1989, and the roofs of "
    "both were patched with tarpaulin after the storms of last winter.",
    "Volunteers have spent the autumn clearing the gardens, and a local builder has agreed to "
    "repair the chimneys at cost, the trust's chair, Orla Penhallow, told the meeting.",
)


_LAST = (
    "The first students are expected after Easter, and the trust hopes the rent they pay "
    "will cover the upkeep of the cottages and the lighthouse grounds within three years."
)


def _paragraphs(text: str) -> list[str]:
    article = parse_plaintext(text)
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def _page(closing: str, after: list[str]) -> str:
    top = ["Coastal Herald", "News", "Weather", "Sport", "", _HEADLINE, "", "By Ned Vosper", ""]
    return "\n\n".join([*top, *_BODY, closing, *after]) + "\n"


def test_a_one_sentence_last_paragraph_stays_over_the_pages_chrome() -> None:
    for closing, after in (
        ("Thank you.", ["Share this page", "Is this page useful?", "Report a problem"]),
        ("The plan now goes to the parish council.", ["Carrick Point Trust", "tel. 01632 960 114"]),
        ("Bookings open on 1 March.", ["Related", "Ferry fares to rise in spring"]),
    ):
        paragraphs = _paragraphs(_page(closing, after))
        assert paragraphs[-1] == closing, (closing, paragraphs[-1])


def test_a_closing_line_in_other_languages() -> None:
    body = (
        "Der Gemeinderat hat am Dienstagabend beschlossen, das alte Hallenbad am Stadtpark "
        "noch in diesem Jahr zu sanieren und im Herbst wieder zu öffnen.",
        "Die Kosten von rund vier Millionen Euro teilen sich die Stadt und der Landkreis, "
        "wie der Bürgermeister nach der Sitzung mitteilte.",
    )
    text = "\n\n".join(
        ["Stadtanzeiger", "Lokales", "", "Hallenbad wird saniert", "", "Von Jana Kroll", "",
         *body, "Die Arbeiten beginnen im Mai.", "Teilen", "Drucken", "Mehr aus Lokales",
         "Impressum"]
    ) + "\n"
    assert _paragraphs(text)[-1] == "Die Arbeiten beginnen im Mai."


def test_a_teasers_blurb_is_not_a_closing_line() -> None:
    # A short sentence under a line that is itself prose-like goes with the decoder's call:
    # the rule only keeps a closing line with the page's chrome (or nothing) under it.
    paragraphs = _paragraphs(
        _page(
            "Bookings open on 1 March.",
            ["The harbour master retired this week after forty years on the quay, and the "
             "town came out to wave him off from the slipway on Saturday morning."],
        )
    )
    assert "Bookings open on 1 March." in paragraphs  # both stay: prose is prose


def test_a_letters_lone_signature_under_its_last_paragraph_stays() -> None:
    paragraphs = _paragraphs(_page("Morwenna Treloar, St Keverne", ["Have your say", "Contact us"]))
    assert paragraphs[-1] == "Morwenna Treloar, St Keverne"


def test_the_author_box_under_the_story_is_the_bio_not_a_paragraph() -> None:
    for bio in (
        "Ned is a freelance reporter who has covered the Cornish coast since 2009. "
        "He lives in Falmouth with two dogs.",
        "Ned Vosper Ned is the Herald's coast reporter, and joined the paper in 2011.",
        "ned vosper writes about harbours and the sea for the Herald.",
    ):
        article = parse_plaintext(_page(_LAST, [bio]))
        paragraphs = [b.text for b in article.blocks if isinstance(b, Paragraph)]
        assert paragraphs[-1] == _LAST, bio
        assert article.authors[0].bio == bio


def test_a_last_paragraph_that_names_someone_else_stays() -> None:
    # "Nedra" is not "Ned", and a subject sharing the writer's first name is no bio
    # unless the line is a bio's sentence about them ("Ned said …" is the story's).
    closing = "Nedra Pascoe, who chairs the parish council, said the plan would go ahead."
    paragraphs = _paragraphs(_page(closing, ["Share this page", "Related"]))
    assert paragraphs[-1] == closing


def test_a_list_of_teaser_titles_after_the_article_goes() -> None:
    for teasers in (
        ["Who will keep the lights on at Carrick Point?", "Ferry fares to rise in spring",
         "Is the old pier safe to walk on?"],
        ["What does the new harbour plan mean for you?", "Is the old pier safe to walk on?"],
    ):
        paragraphs = _paragraphs(_page(_LAST, teasers))
        assert paragraphs[-1] == _LAST, teasers
    # ... but a last paragraph that asks a question, under a paragraph, stays
    asked = "So who, in the end, will pay for the new roofs when the grant runs out?"
    paragraphs = _paragraphs(_page(asked, []))
    assert paragraphs[-1] == asked


def test_an_agency_byline_has_no_first_name_to_open_a_bio() -> None:
    # "The Associated Press" is no person: "The system carries …" is the story's last
    # paragraph, not a bio that opens with the writer's first name.
    closing = "The ferry system carries about nine million riders a year along the coast."
    text = _page(closing, ["Share this page"]).replace("By Ned Vosper", "By The Associated Press")
    article = parse_plaintext(text)
    paragraphs = [b.text for b in article.blocks if isinstance(b, Paragraph)]
    assert paragraphs[-1] == closing
    assert all(a.bio is None for a in article.authors)
