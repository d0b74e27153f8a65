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

_STORY = [
    "Ferry workers at Kelbrook vote to strike over rosters",
    "Crews say new shift patterns leave too little rest between crossings",
    "By Odile Marchetti",
    "Published Wednesday, March 4, 2026, 6:12 PM",
    "Ferry crews on the Kelbrook to Dunmere crossing have voted to strike next month after "
    "talks over new shift patterns broke down on Tuesday evening.",
    "The union said 84 per cent of members who took part backed the walkout, which would halt "
    "the island's only car ferry for three days at the start of the holiday season.",
    "\"Nobody wants to leave the island cut off, but our people are working sixteen-hour "
    "days with no proper break,\" said branch secretary Tamsin Ollerby.",
    "The operator, Dunmere Sound Lines, said it was disappointed by the vote and would "
    "return to talks as soon as the union was ready to meet.",
    "Under the new rosters, crews would work four long days in a row and then take three "
    "days off, instead of the five shorter shifts they work now.",
    "The operator says the change would let it add an early sailing for commuters and cut "
    "the overtime it pays when relief crews are short.",
    "Shopkeepers on the island fear a strike would hit the first busy weekend of the year, "
    "when visitors usually book out the guest houses around the harbour.",
    "\"We've had a hard winter already,\" said Priya Castellane, who runs a café by the pier.",
    "Talks are due to resume at the offices of the conciliation service on Friday.",
    "The last strike on the route, in 2019, lasted two days and ended with a pay deal.",
]

_BLOG_TAIL = [
    "### Top Picks",
    "Comments",
    "To leave a comment, sign in with your chosen social account and then add your comment "
    "below. Comments are subject to our house rules and may be removed.",
    "### Post navigation",
    "Archives Select Month March 2026 February 2026 January 2026 December 2025",
    "About This Blog",
    "The Harbour Gazette's editorial board writes here about the island, its ferries and "
    "the council, and answers readers' letters every Friday.",
    "Members of the board also post on the town's budget, the schools and the harbour "
    "works between their weekly editorials.",
]


def test_the_body_does_not_pass_a_comments_label_without_a_marker() -> None:
    # A blog's story, then its "Comments" box and the sidebar's blurbs (which read as
    # prose): no related or comment marker stands over the label, so the body ends there.
    text = "\n\n".join([*_MENU, *_STORY, *_BLOG_TAIL]) + "\n"
    body = _paragraphs(parse_plaintext(text))
    assert any(t.startswith("The last strike on the route") for t in body)
    for leaked in ("To leave a comment", "Archives Select", "editorial board writes"):
        assert all(leaked not in t for t in body), leaked


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
