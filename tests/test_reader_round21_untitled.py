"""Round 21: a page that prints no headline (rule ``inferred:title.none`` since round 22).

Scrapers often keep a story's text without its headline. The first paragraph then stays
in the body, and the title is ``""`` (flagged as a guess); formats show the model's display
title, the paragraph's first sentence.
"""

from __future__ import annotations

from syndicate.model import Paragraph
from syndicate.readers.plaintext import parse_plaintext

UNTITLED = (
    "Die Feuerwehr Talheim ist am Dienstagabend zu einem Brand in einer Scheune am "
    "Ortsrand ausgerückt. Nach Angaben der Einsatzleitung stand das Dach bereits in "
    "Flammen, als die ersten Kräfte eintrafen.\n\n"
    "Verletzt wurde niemand. Die Tiere des Hofes konnten rechtzeitig ins Freie gebracht "
    "werden, teilte ein Sprecher mit.\n\n"
    "Die Brandursache ist noch unklar. Die Polizei schätzt den Schaden auf rund 80.000 "
    "Euro und hat Ermittlungen aufgenommen.\n"
)


def test_the_first_paragraph_of_an_untitled_page_stays_in_the_body() -> None:
    article = parse_plaintext(UNTITLED)
    paragraphs = [block.text for block in article.blocks if isinstance(block, Paragraph)]
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Die Feuerwehr Talheim ist am Dienstagabend")


def test_the_title_is_empty_the_display_title_the_first_sentence_and_marked_unsure() -> None:
    article = parse_plaintext(UNTITLED)
    assert article.title == ""
    assert article.display_title == (
        "Die Feuerwehr Talheim ist am Dienstagabend zu einem Brand in einer Scheune am "
        "Ortsrand ausgerückt"
    )
    rule = article.provenance["title"].rule
    assert rule.startswith("inferred:title.none [unsure:")


def test_a_long_one_sentence_headline_is_still_the_title() -> None:
    headline = (
        "Council approves the riverside cycle path after a two-year dispute over the old "
        "towpath and its trees"
    )
    text = (
        f"{headline}\n\nThe town council voted 14 to 3 on Monday to build the path along "
        "the river. Work starts in March and should end before the summer.\n\n"
        "Residents had opposed the felling of twelve willows.\n"
    )
    article = parse_plaintext(text)
    assert article.title == headline
    assert article.provenance["title"].rule == "title.first-line"
