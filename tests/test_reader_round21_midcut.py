"""Round 21 (midcut): a paragraph that a get_text dump split at a stripped link, whose
rest opens in lower case, is joined back. Every sentence, person and site is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import split_lines
from syndicate.readers.scraped.region import BODY, POST, _keep_figured_section

_SECTION = {
    "en": [
        "Engineers replaced the old timber piles with steel ones and raised the deck by half "
        "a metre, so that high tides will no longer wash over it.",
        "Photo: Ewan Talbot",
        "From next week the first crossing will leave the island at six in the morning, half "
        "an hour earlier than before the storm, the operator said.",
        "Want the harbour news every week? Sign up for our newsletter.",
        "Share: Facebook | X | Email",
    ],
    "ar": [
        "وتضم الحديقة ملعبا صغيرا للأطفال ومسارا للمشي طوله ستمئة متر، إضافة إلى مقاعد "
        "مظللة ونافورة مياه للشرب قرب المدخل الرئيسي.",
        "تصوير: سليم العبدالله",
        "وتفتح الحديقة أبوابها يوميا من السادسة صباحا حتى العاشرة ليلا، وتتولى فرق البلدية "
        "أعمال الري والتنظيف فيها.",
        "هل ترغب في تلقي أخبارنا؟ اشترك في النشرة البريدية للبلدية.",
        "شارك الخبر:   فيسبوك   واتساب   تويتر",
    ],
}


def _zones_after(lang: str, section: list[str]) -> list[int]:
    """The zones of a story's last lines once the decoder ended the article over the
    subhead ("Last section" / paragraph / "[IMG]" / credit / paragraph / widgets)."""
    text = "\n\n".join(
        [
            "The opening paragraph of the story, long enough to be prose of its own, ends here.",
            "Last section",
            section[0],
            "[IMG]",
            *section[1:],
        ]
    )
    lines = split_lines(text)
    chrome = chrome_cues(lang)
    feats = line_features(lines, frozenset(), chrome)
    zones = [BODY] + [POST] * (len(lines) - 1)
    _keep_figured_section(zones, lines, feats, chrome)
    return zones


def test_last_section_with_a_photo_between_paragraphs_is_kept():
    for lang, section in _SECTION.items():
        # subhead, paragraph, image mark, credit, paragraph: the article's; the prompt and
        # the share row stay out
        assert _zones_after(lang, section) == [BODY] * 6 + [POST, POST], lang


def test_teaser_cards_with_pictures_are_not_kept():
    en = _SECTION["en"]
    # a picture over the first paragraph: a teaser card's
    text = "\n\n".join(
        [
            "The opening paragraph of the story ends here, as prose does.",
            "More from the island",
            "[IMG]",
            en[1],
            en[0],
            en[2],
            en[4],
        ]
    )
    lines = split_lines(text)
    chrome = chrome_cues("en")
    feats = line_features(lines, frozenset(), chrome)
    zones = [BODY] + [POST] * (len(lines) - 1)
    _keep_figured_section(zones, lines, feats, chrome)
    assert zones == [BODY] + [POST] * (len(lines) - 1)
    # a related link under the stretch: no closing widget, so not the article's end
    zones = _zones_after("en", [*en[:3], "Lifeboat crew honoured at the harbour", en[4]])
    assert zones == [BODY] + [POST] * 7


def test_paragraph_split_by_a_stripped_link_is_joined_and_kept():
    # get_text("\n", strip=True) with blank lines between paragraphs: the link's words
    # stand on a line of their own and the rest of the sentence opens in lower case
    text = (
        "\n\n".join(
            [
                "# Coat drive needs volunteers before the first freeze",
                "The Westvale coat drive opens on Saturday in the parish hall on Elm Street, and "
                "the organisers say they have more coats than ever but too few hands.",
                "Volunteers sort the coats by size, check zips and buttons, and help families find "
                "something warm that fits before the cold weather arrives.",
                "If you can help, please enrol on our\nvolunteer page\nor just show up at the "
                "side door of the parish hall during a shift. Thank you, neighbors!",
                "Share\n\nReply",
            ]
        )
        + "\n"
    )
    got = paragraphs(parse_plaintext(text))
    assert got[-1] == (
        "If you can help, please enrol on our volunteer page or just show up at the side "
        "door of the parish hall during a shift. Thank you, neighbors!"
    ), got
