"""Round 20 (realbody): the article body on real saved pages — a reader-comment thread
whose entries open with a dated "… wrote:" line ("• Report this Comment On March 3, 2026,
at 9:42 AM, jan wrote:", "**Am 12.03.2026 um 18:41 schrieb Kanalanwohner:**") is page
chrome that ends the article, however long its comments run; a comments link with its
count in brackets ("Read/Post Comments (4)") is a comments widget. Every sentence is
invented."""

from __future__ import annotations

from syndicate.model import Article, Paragraph
from syndicate.readers.language.cues import cues
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import comment_entry_header

_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "zh")

_EN = [
    "The harbour board voted on Tuesday night to close the old fish market for good, ending "
    "a dispute that had split the town for most of a decade.",
    "Traders who still rent stalls will be offered space in the new hall on the quay, which "
    "opens in the spring, at the same rent for the first two years.",
    "Board members said the old building would cost more to repair than to replace, and "
    "that the land would be sold to pay for the new hall's roof.",
    "A petition against the closure gathered more than two thousand names, but the board "
    "said it had weighed it against the cost of keeping the market open.",
]
_COMMENTS_EN = [
    "• Report this Comment On March 3, 2026, at 9:42 AM, netmender wrote:",
    "Forty years my father sold mackerel in that hall and nobody from the board ever came "
    "down to see how the roof leaked in the winter storms.",
    "The new hall is fine, but the rent promise only lasts two years and after that the "
    "small traders will be priced out, as they always are.",
    "I would like the board to publish the repair estimate so that we can all see whether "
    "the figures in the report were honest or not.",
    "• Report this Comment On March 3, 2026, at 11:05 AM, quayside_ann wrote:",
    "Sensible decision. The building has been unsafe for years and the new hall will bring "
    "more visitors to the harbour in the summer season.",
    "Everybody who signed the petition should go and look at the state of the beams before "
    "they complain about the cost of a new roof.",
    "• Report this Comment On March 4, 2026, at 7:30 PM, netmender wrote:",
    "The beams were fine until the board stopped maintaining them, which is exactly the "
    "point that the petition was trying to make all along.",
]


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_dated_wrote_headers_end_the_article_before_a_long_thread() -> None:
    text = _page(
        "Harbour board closes the old fish market",
        "By Mara Quill",
        "March 3, 2026",
        *_EN,
        "Comments from our readers",
        *_COMMENTS_EN,
        "© 2026 Saltbay Courier",
    )
    texts = _texts(parse_plaintext(text))
    assert texts[-1].startswith("A petition against the closure")
    assert not any("mackerel" in t or "Sensible decision" in t for t in texts)


def test_german_bold_schrieb_headers_end_the_article() -> None:
    de = [
        "Die geplante Fällung von neun Linden am Mühlgraben ist vorerst gestoppt. Der "
        "Bezirksausschuss will zunächst ein zweites Gutachten einholen.",
        "Anwohner hatten mehr als 600 Unterschriften gegen die Fällung gesammelt. Die "
        "Stadt hatte die Maßnahme mit morschen Kronen begründet.",
        "Das zweite Gutachten soll bis Ende April vorliegen. Bis dahin bleibt der Uferweg "
        "bei starkem Wind gesperrt.",
    ]
    text = _page(
        "# Linden am Mühlgraben bleiben vorerst stehen",
        "Von Hanne Olbricht",
        "12.03.2026, 17:20 Uhr",
        *de,
        "**Kommentare**",
        "**Am 12.03.2026 um 18:41 schrieb Kanalanwohner:**",
        "Endlich mal eine vernünftige Entscheidung, die Bäume stehen seit über hundert "
        "Jahren da und da kommt es auf zwei Monate nun wirklich nicht an.",
        "**Am 12.03.2026 um 19:03 schrieb R. Feldkamp:**",
        "Und wer zahlt, wenn bis dahin ein Ast auf ein Kind fällt? Ich finde die "
        "Verzögerung ehrlich gesagt unverantwortlich und hoffe auf ein schnelles Ende.",
    )
    texts = _texts(parse_plaintext(text))
    assert texts[-1].startswith("Das zweite Gutachten")
    assert not any("Endlich" in t or "wer zahlt" in t for t in texts)


def test_one_dated_quote_intro_stays_the_articles() -> None:
    intro = "On 03.03.2026 at 9:15 the harbour master wrote:"
    text = _page(
        "Harbour board closes the old fish market",
        "By Mara Quill",
        *_EN[:2],
        intro,
        "The roof of the old hall is no longer safe for the public and must be closed at once.",
        *_EN[2:],
    )
    texts = _texts(parse_plaintext(text))
    assert intro in texts
    assert texts[-1].startswith("A petition against the closure")


def test_comment_header_shapes_in_other_languages() -> None:
    cases = {
        "fr": "Le 3 mars 2026 à 9h42, Jean a écrit :",
        "es": "El 03/03/2026 a las 9:42, Juan escribió:",
        "it": "Il 03/03/2026 alle 9:42 Marco ha scritto:",
        "pt": "Em 03/03/2026 às 9:42, João escreveu:",
        "nl": "Op 03-03-2026 om 9:42 schreef Jan:",
        "pl": "Jan napisał 03.03.2026 o 9:42:",
        "ru": "Иван написал 03.03.2026 в 9:42:",
        "uk": "Іван написав 03.03.2026 о 9:42:",
        "ar": "كتب أحمد في 2026/03/03 الساعة 9:42:",
        "zh": "张三 于 2026-03-03 09:42 写道：",
        "en": "[**netmender**](https://example.org/u/1) wrote on 2026-03-03 09:42:",
    }
    for lang, line in cases.items():
        assert comment_entry_header(line, chrome_cues(lang).comment_verbs), lang
    en = chrome_cues("en").comment_verbs
    assert not comment_entry_header("On 3 May 2026, the minister said:", en)
    assert not comment_entry_header("At 9:42 the minister said the harbour would close.", en)
    for lang in _LANGS:
        assert cues(lang).comment_verbs, lang


def test_bracketed_comment_count_is_a_comments_widget() -> None:
    en = chrome_cues("en")
    assert en.kind("Read/Post Comments (4)") == "comments"
    assert en.kind("Read/Post Comments (25) | Recommend This Article (46)") == "comments"
    assert en.kind("The comments (2019)") is None
    assert en.kind("Photos (12)") is None


# Gallery slides numbered "N/M" under the article

_SLIDES = [
    "• 1/12 Ferry fares rise again",
    "The island ferry company raised its fares for the third time in two years, blaming the "
    "price of fuel and the cost of its new harbour berth.",
    "ARCHIVE PHOTO",
    "• 2/12 Bakery chain opens in the old post office",
    "A regional bakery chain has taken over the old post office building on the square and "
    "plans to open a café with forty seats in the summer.",
    "• 3/12 Shipyard wins hull contract",
    "The shipyard on the north quay has won a contract to build two hulls for a Dutch "
    "operator, securing work for its welders until next year.",
    "• 4/12 Toll bridge changes hands",
    "The toll bridge across the estuary has been sold to a pension fund, which says the "
    "charges will stay the same until the end of the decade.",
]


def test_numbered_gallery_slides_under_the_article_are_no_paragraphs() -> None:
    text = _page("Harbour board closes the old fish market", "By Mara Quill", *_EN, *_SLIDES)
    texts = _texts(parse_plaintext(text))
    assert texts[-1].startswith("A petition against the closure")
    assert not any("ferry company" in t or "pension fund" in t for t in texts)


def test_numbers_that_do_not_run_on_are_no_gallery() -> None:
    # "1/5" and "3/5" with a gap, a lone "1/9" caption: no run of slides
    lines = ["1/5 The first point of the plan is the new hall on the quay, the board said.",
             "3/5 The third point is the rent, which stays the same for two years."]
    text = _page("Harbour board closes the old fish market", "By Mara Quill", *_EN[:2],
                 *lines, *_EN[2:])
    texts = _texts(parse_plaintext(text))
    assert lines[0] in texts and lines[1] in texts


def test_two_email_headers_without_a_comments_label_stay_the_articles() -> None:
    first = "On 03.03.2026 at 9:15, the harbour master wrote:"
    second = "On 03.03.2026 at 11:40, the board's chair replied:"
    text = _page(
        "Harbour board closes the old fish market",
        "By Mara Quill",
        *_EN[:2],
        first,
        "The roof of the old hall is no longer safe for the public and must be closed at once.",
        second,
        "We will close it on Friday and tell the traders in writing before the weekend.",
        *_EN[2:],
    )
    texts = _texts(parse_plaintext(text))
    assert first in texts and second in texts
    assert texts[-1].startswith("A petition against the closure")

