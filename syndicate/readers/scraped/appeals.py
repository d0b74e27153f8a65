"""A charity's donation box printed inside an article: the ladder of gift amounts.

Appeal pages of charities, public broadcasters and non-profit newsrooms in every language
print the same box between paragraphs: a question ("Can you help animals like Nutmeg?"), a
ladder of amounts each with what it buys ("£10 buys a bale of hay", "25 € finanzieren …",
"50 zł to …"), and a button ("Give now"). The ladder is found by its shape alone: two or
more short lines in a row that open with an amount of money and do not end a sentence. A
paragraph of the story that opens with a sum ("$3,000 was raised …") stands alone and ends
in a full stop.
"""

from __future__ import annotations

from ..._typing import TYPE_CHECKING
from .lazyre import lazy_pattern

if TYPE_CHECKING:
    from .features import LineFeatures
    from .lines import Line

_AMOUNT = lazy_pattern(
    r"^(?:[£$€¥₽₴]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|zł|₽|₴|грн|руб|元|ريال|درهم|جنيه)\.?)\s+\w"
)
"""A line that opens with a sum of money: "£10 buys …", "25 € finanzieren …", "50 zł to …"."""

_CURRENCY_OPENING = frozenset("£$€¥₽₴0123456789")
_RUNG_WORDS = 14
"""How many words one rung of the ladder holds at most."""
_BUTTON_WORDS = 3


def _rung(line: Line, f: LineFeatures) -> bool:
    return (
        line.text[:1] in _CURRENCY_OPENING
        and f.words <= _RUNG_WORDS
        and not f.ends_sentence
        and _AMOUNT.match(line.text) is not None
    )


def donation_ladders(lines: list[Line], feats: list[LineFeatures]) -> None:
    """Mark each ladder of two rungs or more as a donation box ("donate"), with the short
    question right over it and the button right under it."""
    k = 0
    while k < len(lines):
        if not _rung(lines[k], feats[k]):
            k += 1
            continue
        end = k
        while end + 1 < len(lines) and _rung(lines[end + 1], feats[end + 1]):
            end += 1
        if end > k:
            first, last = k, end
            above = feats[k - 1] if k > 0 else None
            if above is not None and above.cue is None and lines[k - 1].text.endswith("?"):
                first = k - 1  # "Can you help animals like Nutmeg?"
            below = feats[end + 1] if end + 1 < len(lines) else None
            if below is not None and below.words <= _BUTTON_WORDS and not below.ends_sentence:
                last = end + 1  # "Give now", "Donate"
            for j in range(first, last + 1):
                if feats[j].cue is None:
                    feats[j] = feats[j]._replace(cue="donate")
        k = end + 1
