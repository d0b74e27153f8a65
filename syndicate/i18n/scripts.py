"""Which script a piece of text is written in, and which way a language runs.

The PDF exporter needs this to choose a font per run of text (a Latin font has
no Arabic or Chinese glyphs), and every format needs the direction of a
language to mark it (``dir="rtl"``). The ranges and the list of right-to-left
languages are data (``scripts.json``), read once on first use.

Characters shared by every script (spaces, digits, punctuation) belong to no
script of their own: :func:`script_runs` attaches them to the run they sit in,
so "٢٠٢٥ في الرباط" stays one Arabic run and "(Reuters)" one Latin run.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from pathlib import Path

from .._jsonload import loads

__all__ = [
    "BASE",
    "direction",
    "is_rtl",
    "own_script_ranges",
    "script_of",
    "script_runs",
]

BASE = "base"
"""The script of text the document's base font family covers (Latin, Greek, Cyrillic…)."""

_DATA = Path(__file__).with_name("scripts.json")


@functools.cache
def _tables() -> tuple[list[int], list[int], list[str], frozenset[str], frozenset[str]]:
    data = loads(_DATA.read_text(encoding="utf-8"))
    spans = sorted(
        (int(lo, 16), int(hi, 16), script)
        for script, ranges in data["ranges"].items()
        for lo, hi in ranges
    )
    starts = [lo for lo, _hi, _s in spans]
    ends = [hi for _lo, hi, _s in spans]
    names = [s for _lo, _hi, s in spans]
    return (
        starts,
        ends,
        names,
        frozenset(data["rtl_languages"]),
        frozenset(data["rtl_scripts"]),
    )


def own_script_ranges() -> list[tuple[int, int]]:
    """Every (first, last) code point range of the scripts in ``scripts.json``."""
    starts, ends, _names, _rtl, _scripts = _tables()
    return list(zip(starts, ends, strict=True))


def script_of(char: str) -> str | None:
    """The script of one character: a name from ``scripts.json``, :data:`BASE`, or None.

    None means a character every script shares (space, digit, punctuation,
    symbol), which takes the script of its neighbours.
    """
    code = ord(char)
    if code < 0x80:
        return BASE if char.isalpha() else None
    starts, ends, names, _rtl, _scripts = _tables()
    at = bisect.bisect_right(starts, code) - 1
    if at >= 0 and code <= ends[at]:
        return names[at]
    if char.isalpha():
        return BASE
    return None


def script_runs(text: str) -> Iterator[tuple[str, str]]:
    """``text`` cut into (script, piece) runs; shared characters join the run they are in.

    Leading shared characters join the first run with a script; a text with no
    letters at all is one :data:`BASE` run.
    """
    current: str | None = None
    start = 0
    for index, char in enumerate(text):
        script = script_of(char)
        if script is None or script == current:
            continue
        if current is None:
            current = script
            continue
        # Shared characters just before a change stay with the earlier run, except a
        # space, which ends it (so "Reuters العربية" cuts before the Arabic word).
        cut = index
        while cut > start and text[cut - 1] == " " and cut - 1 > start:
            cut -= 1
        yield current, text[start:cut]
        start, current = cut, script
    if start < len(text):
        yield current or BASE, text[start:]


def is_rtl(language: str | None) -> bool:
    """Is ``language`` (a BCP 47 tag) written right to left?

    Judged by the primary subtag, unless the tag names a script
    (``az-Arab`` is, ``ku-Latn`` is not).
    """
    if not language:
        return False
    _s, _e, _n, rtl_languages, rtl_scripts = _tables()
    parts = language.lower().replace("_", "-").split("-")
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            return part in rtl_scripts
    return parts[0] in rtl_languages


def direction(language: str | None) -> str:
    """``"rtl"`` or ``"ltr"``: the value of HTML's ``dir`` for ``language``."""
    return "rtl" if is_rtl(language) else "ltr"
