"""Round 9 (English shapes): rules that the new dev shapes needed, each said once on a
text small enough to read — call-out boxes after the article, donation ladders, notes to
editors over a later contact block, a review's lists under its score box, possessive bios.
Every article here is invented."""

from __future__ import annotations

from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.language import stopwords
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import split_lines

_STORY = [
    "Crews from the north station were called to a fire in the kitchen of a terraced house "
    "on Mill Row shortly after seven on Tuesday evening, after a neighbour saw smoke.",
    "Two firefighters wearing breathing apparatus put the fire out with a hose reel, and a "
    "fan was used to clear the smoke from the ground floor of the house.",
    "Nobody was hurt. The fire is thought to have started when a pan was left on the hob, "
    "and the smoke alarm in the hallway woke the family in time.",
]


def _page(*middle: str) -> str:
    top = [
        "[Northvale Fire and Rescue](/)",
        "* [Safety](/safety)",
        "* [Incidents](/incidents)",
        "* [News](/news)",
        "* [Contact](/contact)",
        "# Kitchen fire in Mill Row",
    ]
    bottom = [
        "Share this page: [Facebook](https://fb.example/s) [X](https://x.example/s)",
        "## Latest incidents",
        "* [Grass fire, Hollin Common](/incidents/1)",
        "* [Car fire, Station Road](/incidents/2)",
        "© 2025 Northvale Fire and Rescue",
    ]
    return "\n\n".join([*top, *_STORY, *middle, *bottom]) + "\n"


def test_a_call_out_box_after_the_article_is_chrome() -> None:
    article = parse_plaintext(
        _page(
            "### Free home safety visit",
            "Over 65, or caring for someone who is? Book a free visit from our team.",
            "[Book a visit](/visit)",
        )
    )
    assert _paragraphs(article) == _STORY
    assert _headings(article) == []


def test_a_last_section_over_a_related_line_stays_in_the_article() -> None:
    head = "What happens next"
    closing = "The council will review the fire safety of the terrace before the winter."
    text = "\n\n".join(
        ["Kitchen fire in Mill Row", *_STORY, head, closing,
         "Explore more on these topics", "Fire", "Northvale", "Share"]
    )
    article = parse_plaintext(text + "\n")
    assert _headings(article) == [head]
    assert _paragraphs(article)[-1] == closing


def test_a_ladder_of_gift_amounts_is_a_donation_box_in_any_currency() -> None:
    lines = split_lines(
        "\n\n".join(
            [
                _STORY[0],
                "Can you help animals like Pip?",
                "£10 buys a bale of hay",
                "£25 pays for a farrier visit",
                "Give now",
                _STORY[1],
                "$3,000 was raised at the summer fair, the shelter said on its website.",
            ]
        )
    )
    feats = line_features(lines, stopwords("en"), chrome_cues("en"))
    assert [f.cue for f in feats] == [None, "donate", "donate", "donate", "donate", None, None]
    de = split_lines("10 € finanzieren eine Impfung\n25 € zahlen einen Tag im Tierheim\n")
    assert {f.cue for f in line_features(de, stopwords("de"), chrome_cues("de"))} == {"donate"}


def test_notes_to_editors_before_the_end_mark_are_the_release_s_facts() -> None:
    text = "\n\n".join(
        [
            "Bus drivers vote for strike action",
            "Drivers at Northvale Buses have voted to strike over pay, the union said today, "
            "after a ballot in which nine in ten members backed action.",
            "The union will meet the drivers' committee next week to agree the dates.",
            "Notes to editors",
            "The ballot ran for two weeks in June. Of 400 members balloted, 310 voted.",
            "The union represents about 90,000 transport workers in the region.",
            "ENDS",
            "For further information contact the press office on 020 7946 0000",
        ]
    )
    article = parse_plaintext(text + "\n")
    assert _headings(article) == ["Notes to editors"]
    assert _paragraphs(article)[-1].startswith("The union represents")
    assert not any("020 7946" in p for p in _paragraphs(article))


def test_enquiries_opens_a_contact_block_but_a_sentence_stays_prose() -> None:
    cues = chrome_cues("en")
    assert "enquiries" in cues.contact_labels
    text = "\n\n".join(
        [
            "Contract award",
            "Harbour Signals plc is pleased to announce a contract worth about £4 million "
            "to supply crossing sensors to a regional railway over three years.",
            "Work will start in the spring and the contract runs until 2029.",
            "Enquiries:",
            "Harbour Signals plc",
            "Ada Pell, Chief Executive",
            "+44 (0)20 7946 0101",
        ]
    )
    article = parse_plaintext(text + "\n")
    assert _paragraphs(article)[-1].startswith("Work will start in the spring")


def test_a_review_s_lists_under_its_score_box_are_the_review_s() -> None:
    body = [
        "The driving in this rally game is the best the series has had, with a real sense "
        "of weight moving between the axles on every surface.",
        "Menus are slow and the online lobbies were empty in launch week, which spoils "
        "what is otherwise a very good game.",
    ]
    text = "\n\n".join(
        [
            "Pixel Harbour",
            "* News\n* Reviews\n* PS5\n* Xbox\n* PC",
            "Sign in | Newsletter",
            "Reviews",
            "Gridline Rally review – great in the dirt",
            "By Tom Reyes",
            *body,
            "Score",
            "7/10",
            "Good",
            "The good",
            "* Weighty, precise handling\n* A career mode with consequences",
            "The bad",
            "* Slow menus\n* Empty lobbies at launch",
            "Platforms  PS5, PC\nDeveloper  Northpass",
            "112 comments",
            "More reviews",
            "* [Ferrylight review](/r/1)\n* [Crown of Gulls review](/r/2)",
            "* About\n* How we score\n* Privacy",
            "© Pixel Harbour Media Ltd 2025",
        ]
    )
    article = parse_plaintext(text + "\n")
    assert _headings(article) == ["The good", "The bad"]
    assert _paragraphs(article) == [
        *body,
        "Weighty, precise handling",
        "A career mode with consequences",
        "Slow menus",
        "Empty lobbies at launch",
    ]


def test_a_bio_may_open_with_the_writer_s_name_in_the_possessive() -> None:
    bio = "Idris Tennant's most recent collection is Weather for Beginners."
    text = "\n\n".join(
        [
            "Small rooms, wide windows",
            "By Idris Tennant",
            "Mira Osei writes poems the size of rooms, most of them set indoors: a kitchen "
            "at dawn, a hospital waiting area, a greenhouse in the rain.",
            "The smallness is deceptive, and her best poems open a window onto something "
            "much larger in their last line.",
            bio,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert [a.bio for a in article.authors] == [bio]
    assert bio not in _paragraphs(article)


def test_reviewed_by_is_a_byline_not_a_headline() -> None:
    text = "\n\n".join(
        [
            "The ledger and the sea",
            "A fishing family's account books become an elegy for a vanished coast.",
            "Reviewed by Corin Ashdown",
            "Every family keeps accounts, but few keep them for as long as the Brannocks of "
            "Skelder Bay, whose ledger runs from 1871 to 1989.",
            "The novel tells their story almost entirely through the book's entries and the "
            "notes written in its margins.",
        ]
    )
    article = parse_plaintext(text + "\n")
    assert article.title == "The ledger and the sea"
    assert [a.name for a in article.authors] == ["Corin Ashdown"]


def _plain_page(head: str, sentence: str, after: str) -> str:
    return "\n\n".join(
        [
            "Loomly",
            "Product · Pricing · Customers · Blog · Log in",
            "Product updates",
            "Planner 9: waiting lists and room booking",
            "By Ana Lis",
            *_STORY,
            head,
            sentence,
            after,
            "More product updates",
            "Planner 8.6: online payments for deposits",
            "Privacy · Terms · Status · Careers",
            "© 2025 Loomly Ltd",
        ]
    ) + "\n"


def test_a_question_box_with_an_unlinked_button_is_chrome() -> None:
    box = _plain_page(
        "Not a customer yet?", "Try it free for 30 days. No card needed.", "Start free trial"
    )
    assert _paragraphs(parse_plaintext(box)) == _STORY
    assert _headings(parse_plaintext(box)) == []


def test_a_book_s_details_line_is_noise_in_any_language() -> None:
    from syndicate.readers.scraped.noise import noise_rule

    for line in (
        "Farrow & Lisle, 312 pp., £18.99",
        "Corvid Editions, 96 pp., $17",
        "Hanser, 312 S., 24 Euro",
        "Éditions du Port, 240 p., 21 €",
        "Anagrama, 296 págs., 19,90 euros",
        "Издательство «Нева», 312 с.",
    ):
        assert noise_rule(line) == "noise.book-details", line
    # a sentence about pages, a clock time, a score line: not a book's details
    assert noise_rule("The report, published today, runs to 312 pages.") is None
    assert noise_rule("Doors open at 10 p.m., tickets £5") is None
    assert noise_rule("Smith 24 pts, Jones 18 pts") is None
