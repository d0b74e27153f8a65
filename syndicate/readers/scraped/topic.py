"""Whether a line's words come back in the prose under it.

A headline names what its article is about, so most of its content words return in the
paragraphs below it ("Police release photos in bank robbery" / "…the robbery at the
branch…"); a page's prompts, promos and labels ("Sweeten your inbox", "Did you mean?",
"Listen to this page") share nothing with the text that follows them. Title/body word
overlap is a known signal of article extractors; here it is one feature of the headline's
score (:func:`.region._headline_score`), in any language with words or, for Chinese and
Japanese, character pairs.
"""

from __future__ import annotations

from collections import Counter

from ..._typing import TYPE_CHECKING
from .cuewords import fold
from .lazyre import lazy_pattern

if TYPE_CHECKING:
    from .lines import Line

__all__ = ["echoes"]

_WINDOW = 40
"""Lines under a candidate whose prose is read."""
_PROSE_CHARS = 80
"""A line of prose: this long at least (Chinese and Japanese characters count three)."""
_WRAPPED_CHARS = 50
"""A line this long with another under it (no blank line between) is a wrapped paragraph's."""
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "’", ")")
_MIN_PROSE = 300
"""Without this much prose under it, a line has no evidence either way."""
_STEM = 5
"""Words are compared by their first letters: "robbery" and "robbers", "Photoshopped" and
"Photoshop" are one word to this feature."""
_WORD = lazy_pattern(r"[^\W\d_]{4,}")
_CJK = lazy_pattern(r"[\u3040-\u9fff\uac00-\ud7af]{2,}")


def _keys(text: str, stop: frozenset[str], cjk: bool) -> frozenset[str]:
    # The content words of ``text`` (four letters or more, no stop word), stemmed; for
    # text without spaces, its pairs of characters.
    folded = fold(text)
    if cjk:
        return frozenset(
            run[i : i + 2] for run in _CJK.findall(folded) for i in range(len(run) - 1)
        )
    return frozenset(w[:_STEM] for w in _WORD.findall(folded) if w not in stop)


def echoes(
    lines: list[Line],
    chars: list[int],
    cjk: list[bool],
    candidate: list[bool],
    stop: frozenset[str],
) -> list[float]:
    """For every candidate line, the share of its content words that the prose of the next
    forty lines uses; -1.0 where there is no evidence (not a candidate, fewer than two
    content words, or too little prose below). Linear in the text: a sliding count."""
    n = len(lines)
    out = [-1.0] * n
    prose = [chars[k] * (3 if cjk[k] else 1) >= _PROSE_CHARS for k in range(n)]
    for k in range(n - 1):
        # A paragraph that lynx or w3m wrapped at 70-80 columns has no line of 80
        # characters: two long lines with no blank line between are its lines.
        if (
            chars[k] >= _WRAPPED_CHARS
            and chars[k + 1] >= _WRAPPED_CHARS
            and not lines[k + 1].blank_before
            and not cjk[k]
            # the tool broke the line inside a sentence; a teaser printed twice (alt text
            # and caption, one under the other) ends its sentence on the first line
            and not lines[k].text.endswith(_SENTENCE_ENDS)
        ):
            prose[k] = prose[k + 1] = True
    keys: list[frozenset[str] | None] = [None] * n

    def key(k: int) -> frozenset[str]:
        found = keys[k]
        if found is None:
            found = keys[k] = _keys(lines[k].text, stop, cjk[k])
        return found

    counts: Counter[str] = Counter()
    mass = 0
    for k in range(n - 1, -1, -1):
        add, drop = k + 1, k + 1 + _WINDOW
        if add < n and prose[add]:
            counts.update(key(add))
            mass += chars[add] * (3 if cjk[add] else 1)
        if drop < n and prose[drop]:
            counts.subtract(key(drop))
            mass -= chars[drop] * (3 if cjk[drop] else 1)
        if not candidate[k] or mass < _MIN_PROSE:
            continue
        mine = key(k)
        if len(mine) < 2:
            continue
        out[k] = sum(1 for w in mine if counts[w] > 0) / len(mine)
    return out
