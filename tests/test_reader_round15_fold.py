# ruff: noqa: E501
"""Round 15 (fold): the board, editorial and newsroom signature rules of round 14 are one
rule, ``byline.editorial-signature``, reading one cue field (``editorial_signatures``).
The round-14 tests of the three (test_reader_round14_english/europe/world) still hold;
these cover what the fold joined or guarded. Every sentence here is invented."""

from __future__ import annotations

import textwrap

from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext

_DE = [
    "Die Brücke über den Mühlbach muss bleiben",
    "3. März 2026",
    "Der Gemeinderat will die alte Holzbrücke über den Mühlbach abreißen lassen, weil die "
    "Sanierung zu teuer geworden sei.",
    "Doch die Brücke ist der kürzeste Schulweg für hundert Kinder aus dem Ortsteil Lindach, "
    "und ein Umweg über die Landstraße ist gefährlich.",
    "Wir bitten den Rat, die Entscheidung zu vertagen und die Eltern anzuhören.",
]

_FR = [
    "Le marché couvert mérite mieux qu'un parking",
    "3 mars 2026",
    "La mairie a annoncé lundi que le vieux marché couvert serait démoli au printemps pour "
    "laisser la place à un parking de deux cents voitures.",
    "Les commerçants qui y vendent leurs légumes depuis trente ans n'ont pas été consultés, "
    "et aucun autre lieu ne leur a été proposé.",
    "Nous demandons au conseil municipal de suspendre ce projet et d'organiser une réunion "
    "publique avant l'été.",
]


def _names(text: str) -> list[str]:
    return [a.name for a in parse_plaintext(text).authors]


def test_a_newsroom_word_glued_under_a_select_all_editorial_signs_it() -> None:
    # One word list now: "Redaktion" (a newsroom byline) signs as "Die Redaktion" (a
    # board signature) did on a page copied without blank lines.
    text = "\n".join([*_DE, "Redaktion", "Teilen: Facebook WhatsApp E-Mail"]) + "\n"
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Redaktion"]
    assert _paragraphs(article)[-1].startswith("Wir bitten den Rat")


def test_a_line_opening_with_a_board_signature_signs_as_the_body_s_last_block() -> None:
    # "La direction du …" opens with a signature entry (a board's, not only a newsroom's
    # word now): the body's last block, set apart, under a sentence, it is the author.
    text = "\n\n".join([*_FR, "La direction du «Courrier des Vallées»"]) + "\n"
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["La direction du «Courrier des Vallées»"]
    assert len(_paragraphs(article)) == 3


def test_a_line_opening_with_a_signature_under_a_cut_sentence_signs_nothing() -> None:
    # The weaker evidence needs the paragraph above to end a sentence (a cut-off story's
    # last words go on into whatever stands under them).
    story = [*_FR[:-1], "Nous demandons au conseil municipal de suspendre ce projet et de"]
    text = "\n\n".join([*story, "La direction du «Courrier des Vallées»"]) + "\n"
    assert not any(n.startswith("La direction") for n in _names(text))


def test_a_wrapped_paragraph_s_closing_line_is_no_signature() -> None:
    # "… sagte ein Sprecher der" / "Redaktion.": the paragraph's own last line on a
    # hard-wrapped page is a whole signature entry once its full stop goes; it signs nothing.
    last = (
        "Die Entscheidung soll im April fallen, bis dahin bleibt die Brücke für Radfahrer "
        "gesperrt, sagte jetzt ein Sprecher der Redaktion."
    )
    paras = [textwrap.fill(p, 62) for p in (*_DE[2:], last)]
    assert paras[-1].endswith("\nRedaktion.")
    text = "\n\n".join([*_DE[:2], *paras]) + "\n"
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == []
    assert _paragraphs(article)[-1].endswith("sagte jetzt ein Sprecher der Redaktion.")


def test_a_signature_under_a_long_wrapped_paragraph_still_signs() -> None:
    # The 15-line reach counts from the end of a hard-wrapped paragraph, not its start.
    long = " ".join(_DE[2:] * 5)
    paras = [textwrap.fill(p, 60) for p in (*_DE[2:4], long)]
    assert paras[-1].count("\n") > 15
    text = "\n\n".join([*_DE[:2], *paras, "Die Redaktion"]) + "\n"
    assert _names(text) == ["Die Redaktion"]


# -- one walk for a cut paragraph's run (region._cut_paragraph_run) -------------------------

_PAYWALLED = """Harbour board delays ferry decision

By Jane Roe

3 March 2026

The harbour board said on Monday that it would wait until the spring before deciding whether the island ferry keeps sailing through the winter months.

Board members told a packed meeting in the village hall that fuel costs had doubled in two years and that the crew could not be paid from fares alone.

Islanders asked the board to publish its figures before the vote, and the chair agreed to put the accounts on the council's website next week.

{link}

The fisherman Tomas Reyes said the winter crossing was the only way his catch reached the market and that without it he would have to

Subscribe to continue reading. Already a subscriber? Log in.
"""


def test_a_link_over_a_paywall_cut_paragraph_is_passed_over_not_kept() -> None:
    # The paywall rule and the text-end rule now share one walk; over a paywall's notice
    # a line of links between the story and its cut paragraph stays out (it had been kept
    # as a subhead, or ended the walk and lost the paragraph).
    for link in ("[12]Ferry timetable", "[Ferry timetable](https://example.org/ferry)"):
        paragraphs = _paragraphs(parse_plaintext(_PAYWALLED.format(link=link)))
        assert paragraphs[-1].startswith("The fisherman Tomas Reyes")
        assert not any("Ferry timetable" in p for p in paragraphs)
