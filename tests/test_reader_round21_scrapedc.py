"""Round 21 (scrapedc): line shapes that real scraped news pages got wrong — a link to the
site's listing ("go to all police reports") and the comment widget's "log in to comment"
line under the last paragraph, a headline-less page opening on a one-sentence paragraph, a
caption-less photo credit or a caption with its credit glued as "./Photo X" over the
story, a dek without a full stop straight under the headline. Every sentence, person,
place and outlet is invented."""

from __future__ import annotations

from readerblocks import figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_DE = (
    "Nach ersten Erkenntnissen wollte der Fahrer des Lieferwagens gegen 18.40 Uhr nach "
    "rechts in die Mühlgasse abbiegen. Dabei übersah er offenbar den Radfahrer.",
    "Der Mann stürzte auf die Fahrbahn und zog sich Verletzungen an der Schulter zu. Ein "
    "Rettungswagen brachte ihn in das Kreiskrankenhaus.",
)
_IT = (
    "Un tratto di circa otto metri del muro del vecchio lavatoio è crollato nella notte, "
    "riversando pietre e calcinacci sulla piazza. Non ci sono feriti.",
    "Il sindaco ha firmato un'ordinanza che chiude il passaggio pedonale fino a lunedì, "
    "quando è atteso il sopralluogo della Soprintendenza.",
)


# -- link and widget lines under the last paragraph ----------------------------------------


def test_listing_link_under_the_last_paragraph_is_no_paragraph():
    text = _text(
        "Radfahrer bei Unfall in der Brunnenstraße verletzt",
        *_DE,
        "Hier geht es zu allen Polizeimeldungen aus dem Landkreis.",
    )
    body = paragraphs(parse_plaintext(text))
    assert body == list(_DE)


def test_log_in_to_comment_line_is_no_paragraph():
    text = _text(
        "Vallombra, crolla il muro del vecchio lavatoio",
        *_IT,
        "Devi essere connesso per pubblicare un commento.",
    )
    body = paragraphs(parse_plaintext(text))
    assert body == list(_IT)
