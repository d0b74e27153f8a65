"""Splitting scraped text into numbered, whitespace-normalised lines."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Line", "split_lines"]

# Invisible characters that scrapers leave behind; str.split() does not treat them as space.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank source line."""

    number: int
    """1-based line number in the source text."""
    text: str
    """The line with runs of white space collapsed to one space."""
    blank_before: bool
    """True when a blank line (or the start of the text) precedes it."""


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, each knowing whether a blank line came before."""
    out: list[Line] = []
    blank = True
    for number, raw in enumerate(text.split("\n"), start=1):
        clean = " ".join(raw.translate(_INVISIBLE).split())
        if not clean:
            blank = True
            continue
        out.append(Line(number, clean, blank))
        blank = False
    return out
