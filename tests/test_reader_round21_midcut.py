"""Round 21 (midcut): a long prose paragraph that names a sign-up in passing ("… can sign up
at the shed on any Saturday morning.") is body, not a newsletter's prompt, also when a dump
hard-wrapped it so that the phrase stands on a short line of its own; the newsletter's real
prompts (opening with the call, behind a lead question, piling up the box's words) and the
cookie banner stay chrome. Every sentence, person and site is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues

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
