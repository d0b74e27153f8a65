"""Round 21 (midcut): a long prose paragraph that names a sign-up in passing ("… can sign up
at the shed on any Saturday morning.") is body, not a newsletter's prompt, also when a dump
hard-wrapped it so that the phrase stands on a short line of its own; the newsletter's real
prompts (opening with the call, behind a lead question, piling up the box's words) and the
cookie banner stay chrome. Every sentence, person and site is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import split_lines
from syndicate.readers.scraped.region import BODY, POST, _keep_figured_section

_IN_PASSING = {
    "en": "After the harvest the volunteers will clear the beds, and anyone who wants a plot "
    "next year can sign up at the shed on any Saturday morning.",
    "fr": "Les bénévoles reprendront les ateliers de réparation en septembre, et les habitants "
    "qui souhaitent participer peuvent s'inscrire à la mairie jusqu'au 15 août.",
    "nl": "Wie zelf wil meedoen: de werkgroep zoekt nog vrijwilligers voor het najaar. "
    "Aanmelden kan via het formulier op deze website of in het clubhuis op woensdagavond.",
}


def test_sign_up_named_in_passing_is_prose_in_several_languages():
    for lang, text in _IN_PASSING.items():
        assert chrome_cues(lang).kind(text) is None, lang


def test_newsletter_prompts_and_cookie_banner_stay_chrome():
    en = chrome_cues("en")
    for text in (
        "Sign up for our weekly newsletter and get the best local stories, events and offers "
        "delivered straight to your inbox every Friday.",
        "Want the best of our local reporting every single week? Sign up here and we will "
        "send it to you every Friday morning, free of charge.",
        "We use cookies and similar technologies to give you the best experience on our "
        "website; you can change your settings at any time or accept all.",
        "Sign up at the shed.",
    ):
        assert en.kind(text) == "sign-up", text


_STORY = [
    "# Allotment society opens twelve new plots",
    "By Marta Keane",
    "The Fernhill allotment society opened twelve new plots on Saturday after a winter of\n"
    "clearing brambles from the strip of land behind the old railway sidings, its\n"
    "chairwoman said.",
    "Volunteers removed two tonnes of rubbish and found a row of apple trees that nobody\n"
    "had known about, which the society now plans to keep as a small shared orchard.",
]


def test_hard_wrapped_last_paragraph_naming_a_sign_up_is_kept():
    closing = (
        "Anyone who wants a plot of their own can join the waiting list again. You can\n"
        "sign up with the form on this website or at the hut on Saturday mornings."
    )
    text = "\n\n".join([*_STORY, closing, "Share this post: Facebook | X | Email"]) + "\n"
    got = paragraphs(parse_plaintext(text))
    assert got[-1].startswith("Anyone who wants a plot of their own"), got
    assert got[-1].endswith("on Saturday mornings."), got


def test_hard_wrapped_newsletter_prompt_still_goes():
    prompt = (
        "Sign up for the Fernhill newsletter to get our allotment news, planting tips and\n"
        "volunteer days in your inbox every month."
    )
    text = "\n\n".join([*_STORY, prompt, "Share this post: Facebook | X | Email"]) + "\n"
    got = paragraphs(parse_plaintext(text))
    assert not any("newsletter" in p for p in got), got


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
                "If you can help, please sign up on our\nvolunteer page\nor just show up at the "
                "side door of the parish hall during a shift. Thank you, neighbors!",
                "Share\n\nReply",
            ]
        )
        + "\n"
    )
    got = paragraphs(parse_plaintext(text))
    assert got[-1] == (
        "If you can help, please sign up on our volunteer page or just show up at the side "
        "door of the parish hall during a shift. Thank you, neighbors!"
    ), got
