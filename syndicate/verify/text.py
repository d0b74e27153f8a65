"""Text normalisation for comparisons: the one documented notion of "the same text".

Exporters may legitimately change how text *looks* without changing what it
*says*: a typesetter turns straight quotes into curly ones, a PDF breaks and
hyphenates lines, a word processor swaps a space for a no-break space. These
functions fold exactly those differences away (docs/verify.md lists them) and
nothing else: case, digits, letters and punctuation other than quotes and
dashes still count.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["dehyphenate", "first_words", "norm", "skeleton"]

# Characters that carry no text: soft hyphen, zero-width space/joiners, word joiner, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        # Hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus.
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
    }
)
_SPACE = re.compile(r"\s+")
_SKELETON_DROP = re.compile(r"[\s\-]+")
# A line ending in a hyphen followed by a line starting in lower case: a typesetter's break.
_BROKEN_WORD = re.compile(r"(\w)-\n(?=[a-z])")


def norm(text: str) -> str:
    """Fold typographic variants: NFKC, quotes, dashes, invisible characters, whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip()


def skeleton(text: str) -> str:
    """:func:`norm`, then drop every space and hyphen.

    Used where line breaking is out of our hands (PDF): a word hyphenated
    across lines and a word split by extraction both fold to the same letters.
    """
    return _SKELETON_DROP.sub("", norm(text))


def dehyphenate(text: str) -> str:
    """Join words a typesetter hyphenated at line ends ("recog-\\nnition" -> "recognition")."""
    return _BROKEN_WORD.sub(r"\1", text)


def first_words(text: str, count: int = 8) -> str:
    """The first ``count`` words of ``text``, with an ellipsis when there are more."""
    words = norm(text).split(" ")
    head = " ".join(words[:count])
    return head + "…" if len(words) > count else head
