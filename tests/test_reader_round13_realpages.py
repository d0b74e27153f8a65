"""Rules of round 13 taken from the kinds of miss seen on real whole-page dumps (the tuning
half of the real-page set): a wiki's tagline under every page's headline ("From …, the free
encyclopedia"), which was read as the headline, or outscored a one-word title. Every text
here is invented (the wiki, its pages and their words)."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_LEAD = [
    "Brindlemoor is a market town on the river Oske, known for its salt works and for the "
    "covered bridge that carries the old coach road over the water.",
    "Brindlemoor grew around the salt springs in the twelfth century, and the brine baths "
    "built over them still draw visitors every summer.",
    "The town council of Brindlemoor meets in the former salt exchange, which also holds "
    "the museum of the works and the county's oldest printing press.",
    "Brindlemoor station opened in 1871 and closed to passengers a century later; the line "
    "is now a footpath that follows the river to the coast.",
    "Each autumn Brindlemoor holds a fair on the meadows by the bridge, with a procession "
    "of boats decorated with lanterns.",
]


def _wiki(*head: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*head, *_LEAD, *tail]) + "\n"


def test_a_one_word_title_over_the_wikis_tagline_is_the_headline() -> None:
    text = _wiki(
        "Brindlemoor",
        "From Tessapedia, the free encyclopedia",
        "Jump to: navigation, search",
    )
    article = parse_plaintext(text)
    assert article.title == "Brindlemoor"
    assert all("free encyclopedia" not in p for p in _paragraphs(article))


def test_the_tagline_under_a_menu_is_no_headline() -> None:
    # A newer skin prints the tools menu between the title and the tagline: the tagline
    # never stands as the headline, the title over the menu does.
    text = _wiki(
        "Main menu",
        "List of covered bridges on the river Oske",
        "* Read",
        "* Edit",
        "* View history",
        "Tools",
        "From Tessapedia, the free encyclopedia",
    )
    article = parse_plaintext(text)
    assert article.title == "List of covered bridges on the river Oske"


def test_the_tagline_in_german_is_chrome_too() -> None:
    text = (
        "\n\n".join(
            [
                "Salzwerk Brindelmoor",
                "Aus Tessapedia, der freien Enzyklopädie",
                "Das Salzwerk Brindelmoor ist eine ehemalige Saline am Fluss Oske, deren "
                "Gradierwerk bis heute im Kurpark steht.",
                "Die Saline wurde im zwölften Jahrhundert gegründet und lieferte Salz bis "
                "in die Hansestädte an der Küste.",
                "Nach der Schließung im Jahr 1921 kaufte die Stadt das Gelände und baute "
                "das Sudhaus zu einem Museum um.",
            ]
        )
        + "\n"
    )
    article = parse_plaintext(text)
    assert article.title == "Salzwerk Brindelmoor"
    assert all("Enzyklopädie" not in p for p in _paragraphs(article))


def test_a_sentence_naming_the_free_encyclopedia_stays_prose() -> None:
    sentence = (
        "Volunteers in Brindlemoor wrote the town's history for Tessapedia, the free "
        "encyclopedia, over three winters in the museum's reading room."
    )
    text = _wiki("The town that wrote its own history", "By Ivo Marranek", tail=(sentence,))
    article = parse_plaintext(text)
    assert sentence in _paragraphs(article)


def _paragraphs(article) -> list[str]:
    from readerblocks import paragraphs

    return paragraphs(article)


# ------------------------------------------------- the byline on the headline's card


_CARD_STORY = [
    "Most of what ends up in the garage was bought on a whim, and the trick is to notice "
    "the whim before the till does, said the budgeting coach who runs the evening course.",
    "She asks her students to write down every purchase over twenty pounds for a month and "
    "to mark the ones they would not buy again; most mark a third of the list.",
    "The course meets on Thursdays in the library's upstairs room and the next one starts "
    "in April, with places for twenty people.",
    "Those who finished last year's course say the list helped more than any app, because "
    "writing the price down by hand made it feel like money again.",
]


def _card_page() -> str:
    headline = "How to Notice the Whim Before the Till Does"
    lines = [
        "Home",
        "Money",
        "More from this writer",
        "1. Why Your Boiler Needs a Yearly Check",
        "Why Your Boiler Needs a Yearly Check",
        "You can skip this ad in 5 seconds.",
        headline,
        "36",
        "Orla Penhallow",
        "ProfileFollowUnfollow",
        "[ab12cd34ef]",
        "Orla Penhallow",
        "Filed to: money",
        "* saving\n* habits\n* shopping\n* psychology\n* budget",
        "4/14/25 8:00am",
        "* Edit\n* Delete\n* Invite\n* Promote\n* Hide\n* Share to Network",
        "142",
        "Reply",
        headline,
        *_CARD_STORY,
        "Comments",
    ]
    return "\n\n".join(lines) + "\n"


def test_the_byline_between_two_copies_of_the_headline_is_read() -> None:
    article = parse_plaintext(_card_page())
    assert article.title == "How to Notice the Whim Before the Till Does"
    assert [a.name for a in article.authors] == ["Orla Penhallow"]


def test_a_headline_printed_once_reads_nothing_above_it() -> None:
    # Without the card's copy over it, the name in the menu above is no byline.
    text = _card_page().replace("How to Notice the Whim Before the Till Does\n\n36", "36", 1)
    article = parse_plaintext(text)
    assert article.authors == ()
