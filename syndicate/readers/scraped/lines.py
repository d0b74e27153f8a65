"""Splitting scraped text into numbered, whitespace-normalised lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Line", "split_lines"]

# Invisible characters that scrapers leave behind; str.split() does not treat them as space.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Only ASCII runs are collapsed: a no-break space inside a line is the author's, and is kept.
_SPACES = re.compile(r"[ \t\f\v]+")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank source line."""

    number: int
    """1-based line number in the source text."""
    text: str
    """The line, stripped, with runs of spaces and tabs collapsed to one space."""
    blank_before: bool
    """True when a blank line (or the start of the text) precedes it."""


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, each knowing whether a blank line came before."""
    out: list[Line] = []
    blank = True
    for number, raw in enumerate(_INVISIBLE.sub("", text).split("\n"), start=1):
        clean = _SPACES.sub(" ", raw).strip()
        if not clean:
            blank = True
            continue
        out.append(Line(number, clean, blank))
        blank = False
    return out
