"""Round 13b rules taken from the kinds of miss seen on real whole-page dumps (the tuning
half of the real-page set). Every text here is invented: outlet, people, places, words."""

from __future__ import annotations

from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext

_MENU = [
   "THE HARBOUR GAZETTE",
   "   * News\n   * Sport\n   * Business\n   * Opinion\n   * Weather",
   "____________________ Search Search",
]

_GUIDE = [
    "Five picnic spots on the Oske you can reach by bike",
    "By Lorna Featherstone",
    "Spring has finally reached the river valley, and the towpaths are dry enough for a "
    "long ride with a basket of food strapped to the rack.",
    "We asked readers for their favourite places to stop, and these five came up again and "
    "again in the letters and messages we received.",
    "For a quiet lunch...",
    "The water meadows below Saltings Lock have benches, shade from the willows and a "
    "kiosk that sells ice cream from Easter onwards.",
    "For a family day...",
    "The old quarry park at Hensby has a shallow pool for paddling, a climbing frame and "
    "space for a game of rounders on the grass.",
    "For the view...",
    "Climb the lane to Brackenfold Beacon and you can see the whole estuary, the covered "
    "bridge and, on a clear day, the lighthouse at Greyholm.",
]


def test_a_second_copy_of_the_article_under_it_is_dropped() -> None:
    # The page prints the guide again under a related box (an endless scroll's next item
    # that is the same story): the body ends where the copy begins.
    related = ["Related Articles:", "Ten cafés for cyclists on the coast road",
               "Where to hire a tandem this summer"]
    text = "\n\n".join(
        [*_MENU, *_GUIDE, *related, *_GUIDE[2:], "© Copyright 2026 The Harbour Gazette"]
    ) + "\n"
    article = parse_plaintext(text)
    body = _paragraphs(article)
    assert sum(1 for t in body if t.startswith("Spring has finally reached")) == 1
    assert sum(1 for t in body if t.startswith("Climb the lane")) == 1


def test_one_repeated_paragraph_is_no_copy() -> None:
    # A paragraph printed again once (a pull quote set as prose) does not end the story.
    story = [*_GUIDE, _GUIDE[3], "Whichever spot you choose, take your litter home and "
             "close the gates behind you, because sheep graze most of the meadows in spring."]
    text = "\n\n".join([*_MENU, *story, "© Copyright 2026 The Harbour Gazette"]) + "\n"
    body = _paragraphs(parse_plaintext(text))
    assert any(t.startswith("Whichever spot you choose") for t in body)
