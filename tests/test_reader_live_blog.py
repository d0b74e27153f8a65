# ruff: noqa: E501  (the page is printed as a dump prints it: one paragraph a line)
"""Live blogs read as whole-page dumps: entry stamps, entry bylines, live labels and
"turn on JavaScript" notices (an invented page and invented lines)."""

from __future__ import annotations

import pytest

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.dates import is_entry_stamp
from syndicate.readers.scraped.noise import noise_rule

_PAGE = """\
Skip to content
The Valley Courier
News
Weather
Sport
Live
Harbour bridge closed live: lorry strikes barrier as morning traffic builds
Both carriageways shut while engineers inspect the span; buses diverted through Ketterby
Orla Fenwick
Tue 9 Mar 2027 07.40 GMT
Key events
Please turn on JavaScript to use this feature
Pinned
09.52 GMT
Orla Fenwick
Engineers begin inspection
Two engineers from the county council have been lowered onto the bridge deck to look at the damaged barrier and the joints beneath it.
The council says the inspection will take at least three hours, and the bridge will stay shut until it is finished.
Share
08.31 GMT
Orla Fenwick
The lorry driver was treated at the scene for minor cuts and has since been allowed home, according to the ambulance service.
Police are asking anyone with dashcam footage from the approach road between 7am and 7.30am to contact them.
Share
08.05 GMT
Amir Castell
Buses diverted through Ketterby
The bus company says routes 4 and 17 are now running through Ketterby, which adds about twenty minutes to each journey in the morning peak.
Share
Show more
Most viewed
Council tax to rise by five per cent next year
About us
© 2027 The Valley Courier Ltd. All rights reserved.
"""


def test_live_blog_keeps_every_entry_and_drops_stamps_and_bylines() -> None:
    article = parse_plaintext(_PAGE)
    assert article.title.startswith("Harbour bridge closed live:")
    texts = [getattr(block, "text", "") for block in article.blocks]
    joined = "\n".join(texts)
    # Every entry's prose is body, in order, from the first entry to the last.
    assert "lowered onto the bridge deck" in joined
    assert "dashcam footage" in joined
    assert joined.rstrip().endswith("twenty minutes to each journey in the morning peak.")
    assert article.subtitle is not None and article.subtitle.startswith("Both carriageways")
    headings = [b.text for b in article.blocks if type(b).__name__ == "Heading"]
    assert headings == ["Engineers begin inspection", "Buses diverted through Ketterby"]
    # Stamps, entry bylines, live labels and the script notice are not body.
    for chrome in ("09.52 GMT", "08.31 GMT", "Amir Castell", "Pinned", "JavaScript"):
        assert all(chrome not in text for text in texts), chrome


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("13.05 BST", "en"),
        ("10:42", "en"),
        ("9.15am", "en"),
        ("2h ago", "en"),
        ("Updated at 13.12 BST", "en"),
        ("14:32 Uhr", "de"),
        ("il y a 5 min", "fr"),
        ("14h32", "fr"),
    ],
)
def test_entry_stamps(text: str, lang: str) -> None:
    assert is_entry_stamp(text, lang)


@pytest.mark.parametrize(
    "text",
    ["Sat 14 Jun 2026 08.05 BST", "10.42 million people voted", "Premier League", "3.5"],
)
def test_not_entry_stamps(text: str) -> None:
    assert not is_entry_stamp(text, "en")


def test_script_notice_only_as_a_whole_short_line() -> None:
    cues = chrome_cues("en")
    assert cues.kind("Please turn on JavaScript to use this feature") == "script-notice"
    sentence = (
        "The council's booking site asked residents to turn on JavaScript, which many older "
        "phones could not do, and the library ran paper forms instead."
    )
    assert cues.kind(sentence) is None
    assert chrome_cues("de").kind("Bitte aktivieren Sie JavaScript") == "script-notice"


@pytest.mark.parametrize(
    "text",
    [
        "@harbourwatch on X · 7:58 a.m.",
        "— Petra Lind (@petralind) March 9, 2027",
        "A post shared by Ketterby Buses (@ketterbybuses)",
    ],
)
def test_embedded_post_attribution_is_noise(text: str) -> None:
    assert noise_rule(text) == "noise.embed"


def test_sentence_with_a_handle_is_not_an_attribution() -> None:
    assert noise_rule("Readers can reach the desk at @valleycourier with photos.") is None
