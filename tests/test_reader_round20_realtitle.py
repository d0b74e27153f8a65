"""Round 20 (realtitle): headlines and bylines on real saved pages. A whole-page dump's
header prints promo boxes before the headline: a tip line ("See something newsworthy? Tell
us about it!", "(all tips will be kept anonymous)"), a newsletter or trip pitch ("Want More
Stories Like This One?"), a widget's label ("In The News:"), the second line of a tagline
heading ("see their tides clearly"); the headline is the page's top-level "# " heading
further down, over its byline or its prose. Also: a byline printed as a one-item author
list ("1. Nadia Ferrow") with the name printed again in the author block, and a heading
label ("MORE ON:") that is no name under a byline label, and an unlisted name-shaped caption
after a listed byline and its date. Every sentence is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

# The page under the headline's tip box: the same in both languages' copies.
_PAGE_REST = (
    "\n"
    "\n"
    "\n"
    "\n"
    "### Thanks for contacting us. We've received your submission.\n"
    "\n"
    "Back to Reading\n"
    "\n"
    "### In The News:\n"
    "\n"
    "[Harbour strike](/tag/harbour-strike/) [Tide tables](/tag/tide-tables/) [Ferry"
    " fares](/tag/ferry-fares/)\n"
    "\n"
    "[ __ Home ](/) __ Sections __ Search __ Tips Sign in / Register [ __ Subscribe"
    " ](/subscribe/) __ Follow\n"
    "\n"
    "[Coast Post](/)\n"
    "\n"
    "## [Orla Vance ](/author/orla-vance/)\n"
    "\n"
    "[Local](/local/)\n"
    "\n"
    "### Share this:\n"
    "\n"
    "  * Share\n"
    "  * \n"
    "\n"
    "\n"
    '  * [Facebook](/2026/04/02/lighthouse/?share=facebook "Share on Facebook")\n'
    '  * [Email](/2026/04/02/lighthouse/?share=email "Click to email this to a'
    ' friend")\n'
    "  * \n"
    "\n"
    "\n"
    "# [Lighthouse keeper's cottage to become a tide"
    " museum](/2026/04/02/lighthouse-cottage-museum/)\n"
    "\n"
    "By [Orla Vance](/author/orla-vance/)\n"
    "\n"
    '  * [View author archive](/author/orla-vance/ "Orla Vance\'s archive")\n'
    "  * email the author\n"
    "\n"
    "\n"
    "\n"
    "Name(required)\n"
    "\n"
    "Email(required)\n"
    "\n"
    "April 2, 2026 | 9:15am\n"
    "\n"
    "The stone cottage beside the Carrow Head lighthouse will open next spring as a"
    " small museum of tides, the harbour trust said on Wednesday.\n"
    "\n"
    "The trust bought the cottage for a symbolic pound from the lighthouse board,"
    " which no longer needs a keeper on site.\n"
    "\n"
    "Volunteers will restore the kitchen range and the tide clock that the last"
    " keeper wound every morning until 1991.\n"
    "\n"
    "(C) 2026 Coast Post Holdings. All Rights Reserved\n"
    "\n"
    "# Sign Up / Sign In\n"
    "\n"
    "## With your existing account from...\n"
    "\n"
    "# Almost Done!\n"
    "\n"
    "Please confirm the information below before signing in.\n"
    "\n"
    "# Create a new password\n"
)

_MENU = (
    "  *   *     * [News](/news/)\n"
    "    * [Metro](/metro/)\n"
    "    * [Sport](/sport/)\n"
    "    * [Business](/business/)\n"
    "      * [Covers](/covers/)\n"
    "      * [Horoscopes](/horoscopes/)\n"
    "\n"
    "  *     * [__Twitter](https://twitter.com/coastpost)\n"
    "    * [__Facebook](https://www.facebook.com/coastpost)\n"
    "\n"
    "  * Sign in / Register Sign Out\n"
)


def _tip_page(question: str, prompt: str, note: str) -> str:
    """The page with its tip box over the headline, in one language's words."""
    return (
        f"{_MENU}  * **{question}**  \n{prompt}\n\n"
        "or email [tips@coastpost.example](mailto:tips@coastpost.example)\n\n"
        f"{note}\n{_PAGE_REST}"
    )


_T1 = _tip_page(
    "See something newsworthy?", "Tell us about it!", "(all tips will be kept anonymous)"
)
_T1ES = _tip_page(
    "¿Has visto algo que debamos contar?", "¡Cuéntanoslo!", "(todos los avisos son anónimos)"
)

_T3 = (
    "×\n"
    "\n"
    "# Want More Stories Like This One?\n"
    "\n"
    "### **Step 1:** Like Us!\n"
    "\n"
    "### **Step 2:** Join Our Newsletter\n"
    "\n"
    "I've completed the above steps, don't show me again.\n"
    "\n"
    "# Why Would Anyone Paint A Lighthouse Pink? The Answer Will Surprise You.\n"
    "\n"
    "[Advertisement](/contact/)\n"
    "\n"
    "The keepers of the Carrow Head lighthouse painted it pink in 1962 so that"
    " fishing boats could tell it apart from the white tower across the bay.\n"
    "\n"
    "The paint came from a shipyard that had ordered too much for a trawler, and the"
    " colour has been kept ever since.\n"
)

_T4 = (
    "  * [![](/wp-content/themes/tide/images/logo-2x.png)](https://blog.tidewatch.exa"
    "mple/)\n"
    "  *   * \n"
    "\n"
    "\n"
    "### Helping harbours  \n"
    "see their tides clearly\n"
    "\n"
    "A blog about tides, gauges and the people who read them, from Tidewatch. We"
    " write every week about what the sea did.\n"
    "\n"
    "  * [](https://tidewatch.example) [](https://blog.tidewatch.example/?feed=rss)"
    " [](https://twitter.com/tidewatch)\n"
    "\n"
    "* * *\n"
    "\n"
    "FEATURED POSTS\n"
    "\n"
    "Featured Posts\n"
    "\n"
    "* * *\n"
    "\n"
    "POST CATEGORIES\n"
    "\n"
    "    * [Harbour Notes](https://blog.tidewatch.example/category/harbour-notes/)\n"
    "    * [Gauges That Matter](https://blog.tidewatch.example/category/gauges/)\n"
    "    * [Tidewatch Culture](https://blog.tidewatch.example/category/culture/)\n"
    "\n"
    "Search for:\n"
    "\n"
    "[Product Tour](https://tidewatch.example/tour/)\n"
    "\n"
    "[About](https://tidewatch.example/about/)\n"
    "\n"
    "[Try Tidewatch](https://tidewatch.example/trial/)\n"
    "\n"
    "##  [Tide gauges and harbours: why the readings drift in"
    ' winter](https://blog.tidewatch.example/post/88/tide-gauges-winter/ "Permalink'
    ' to Tide gauges and harbours: why the readings drift in winter")\n'
    "\n"
    "Every winter, the harbour masters we work with send us the same question about"
    " their gauges, and this year we finally have a good answer for them.\n"
    "\n"
    "The gauges sit in stilling wells that silt up after storms, so the float reads"
    " a few centimetres high until the well is cleaned.\n"
    "\n"
    "## What to do about it:\n"
    "\n"
    "Clean the well after each storm and compare the reading with a tide board once"
    " a week, then note both in the harbour log.\n"
)

_T5 = (
    "# Is the pink lighthouse worth the climb?\n"
    "\n"
    "The Carrow Head lighthouse has 212 steps and no handrail on the last flight,"
    " but the view from the gallery is the best on the coast.\n"
    "\n"
    "We climbed it on a windy Tuesday in April and counted the ships in the bay from"
    " the top.\n"
    "\n"
    "# Tell us about your climb!\n"
    "\n"
    "Send your photos of the lighthouse and a few lines about your climb, and we"
    " will print the best of them in our weekend edition next month.\n"
)

_T6 = (
    "Why Lighthouses Were Painted in Stripes\n"
    "\n"
    " 1. Nadia Ferrow\n"
    "\n"
    "2:15 PM ET\n"
    "\n"
    "The stripes on a lighthouse were never decoration: they told sailors which"
    " tower they were looking at from far out at sea.\n"
    "\n"
    "Each authority kept a register of the patterns, and no two towers on the same"
    " stretch of coast could share one.\n"
    "\n"
    "When radio beacons arrived, the registers were kept, because a captain with a"
    " broken radio still needs to know where he is.\n"
    "\n"
    "About the Author\n"
    "\n"
    "Nadia Ferrow\n"
    "\n"
    "Follow\n"
)

_T8 = (
    "# Lighthouse keeper's cottage to become a tide museum\n"
    "\n"
    "By Coast Wire\n"
    "\n"
    '  * [View author archive](/author/coast-wire/ "Coast Wire\'s archive")\n'
    "\n"
    "April 2, 2026 | 9:15am\n"
    "\n"
    '[Modal Trigger](https://coastpost.example/files/2026/04/cottage.jpg "Expand'
    ' Image")\n'
    "\n"
    "The keeper's cottage at Carrow Head, photographed from the harbour wall. Photo:"
    " Coast Wire\n"
    "\n"
    "### Originally published by:\n"
    "\n"
    "[![logo-coast-wire](https://coastpost.example/files/logo-coast-wire.png?w=37)](h"
    "ttps://coastwire.example)\n"
    "\n"
    "### MORE ON:\n"
    "\n"
    "###### [lighthouses](/tag/lighthouses/)\n"
    "\n"
    "The stone cottage beside the Carrow Head lighthouse will open next spring as a"
    " small museum of tides, the harbour trust said on Wednesday.\n"
    "\n"
    "The trust bought the cottage for a symbolic pound from the lighthouse board,"
    " which no longer needs a keeper on site.\n"
)


_T9 = (
    "Why the Harbour Bonds Are Falling Again\n"
    "\n"
    "   [nadia-ferrow.jpg]\n"
    "     * Nadia Ferrow\n"
    "     *\n"
    "\n"
    "     * Apr. 2, 2026, 9:15 AM\n"
    "     * 1,204\n"
    "     * 3\n"
    "\n"
    "     * facebook\n"
    "     * linkedin\n"
    "     * print\n"
    "     * email\n"
    "\n"
    "   Harbour Crane Carrow Wikimedia Commons\n"
    "\n"
    "   The county's harbour bonds lost another two points on Thursday, the third"
    " fall in a month, as traders priced in the cost of the new sea wall.\n"
    "\n"
    "   The treasurer said the county would not change its borrowing plans before"
    " the budget vote in June.\n"
    "\n"
    "   Brokers expect the bonds to recover once the sea wall contract is signed and"
    " its price is known.\n"
)


def test_past_tip_box_to_the_marked_headline() -> None:
    """The tip box's prompts and a widget's label ("In The News:") stand over the page's
    "# " headline with its byline; the sign-in forms print more "# " lines further down."""
    article = parse_plaintext(_T1)
    assert article.title == "Lighthouse keeper's cottage to become a tide museum"
    assert [a.name for a in article.authors] == ["Orla Vance"]
    assert article.published is not None and str(article.published)[:10] == "2026-04-02"


def test_past_tip_box_spanish() -> None:
    article = parse_plaintext(_T1ES)
    assert article.title == "Lighthouse keeper's cottage to become a tide museum"


def test_past_promo_heading_over_steps() -> None:
    """A "# " promo ("Want More …?") over its steps, the story's "# " headline (a question
    itself) over an ad link and the prose."""
    article = parse_plaintext(_T3)
    assert article.title.startswith("Why Would Anyone Paint A Lighthouse Pink?")


def test_past_tagline_fragment_to_marked_headline() -> None:
    """The tagline heading's second line ("see their tides clearly") is no headline; with no
    "# " on the page, the first "## " over the prose is."""
    article = parse_plaintext(_T4)
    assert article.title == "Tide gauges and harbours: why the readings drift in winter"


def test_question_headline_with_its_story_stays() -> None:
    """A "# " question headline with its prose under it stays, whatever "# " box follows."""
    article = parse_plaintext(_T5)
    assert article.title == "Is the pink lighthouse worth the climb?"


def test_one_item_author_list_named_again() -> None:
    article = parse_plaintext(_T6)
    assert [a.name for a in article.authors] == ["Nadia Ferrow"]


def test_label_under_byline_label_is_no_author() -> None:
    article = parse_plaintext(_T8)
    assert [a.name for a in article.authors] == ["Coast Wire"]


def test_unlisted_name_after_listed_byline_and_date() -> None:
    """The writer printed as a list item over the dated list item; a caption and credit
    whose image the dump left out, after the share list, is no second writer."""
    article = parse_plaintext(_T9)
    assert [a.name for a in article.authors] == ["Nadia Ferrow"]
