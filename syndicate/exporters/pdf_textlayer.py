"""The text layer of shaped glyphs: what a PDF reader extracts from Indic, Thai, Arabic text.

reportlab writes each glyph as a character code and, in the font's ToUnicode
map, one Unicode character per code: the first character the font's ``cmap``
maps to that glyph. Shaping produces glyphs no character maps to (a conjunct
such as "र्ट", a vowel sign moved before its consonant, a tone mark raised above
another), for which reportlab invents private-use codes: a reader extracting
the text then loses those letters ("रिपोर्ट" came back as "रपोट").

:func:`fix_clusters` repairs a shaped string: for every cluster (the glyphs
HarfBuzz made from one group of characters) whose glyphs do not spell its
characters, the first glyph is given a new code whose ToUnicode entry is the
whole cluster's text, and the cluster's other glyphs codes that map to a
zero-width space (which readers and ``syndicate verify`` ignore). The codes are
aliases of the same glyphs, so nothing changes on the page.

The ToUnicode maps are written by ``reportlab.pdfbase.ttfonts.makeToUnicodeCMap``;
:func:`install` wraps it once so that alias codes (in plane 15, private use, which
no font's cmap uses here) get their texts, and every other code is written as before.
"""

from __future__ import annotations

import threading
import unicodedata
from typing import Any

__all__ = ["fix_clusters", "install"]

_FIRST_ALIAS = 0xF0000
_LOCK = threading.Lock()
_TEXTS: dict[int, str] = {}
"""Alias code -> the text it stands for (the same for every font)."""
_ALIASES: dict[tuple[str, int, str], int] = {}
"""(font, glyph id, text) -> alias code."""
_NEXT = [_FIRST_ALIAS]
_INSTALLED = [False]
_ZWSP = "\u200b"


def install() -> None:
    """Wrap reportlab's ToUnicode writer (once per process) to know the alias codes."""
    with _LOCK:
        if _INSTALLED[0]:
            return
        from reportlab.pdfbase import ttfonts

        original = ttfonts.makeToUnicodeCMap

        def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
            text = original(fontname, [c if c < _FIRST_ALIAS else 0x20 for c in subset])
            for code, value in enumerate(subset):
                if value >= _FIRST_ALIAS:
                    wanted = _TEXTS.get(value, _ZWSP).encode("utf-16-be").hex().upper()
                    text = text.replace(f"<{code:02X}> <0020>", f"<{code:02X}> <{wanted}>", 1)
            return text

        ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
        _INSTALLED[0] = True


def _alias(face: Any, font: str, gid: int, text: str, width: float) -> str:
    key = (font, gid, text)
    code = _ALIASES.get(key)
    if code is None:
        code = _NEXT[0]
        _NEXT[0] += 1
        _ALIASES[key] = code
        _TEXTS[code] = text
    if code not in face.charToGlyph:
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        face.charWidths[code] = width
    return chr(code)


def fix_clusters(shaped: Any, source: str, font: str) -> Any:
    """``shaped`` (reportlab's ShapedStr of ``source`` in ``font``), with a faithful text layer."""
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfbase.ttfonts import ShapedStr

    data = getattr(shaped, "__shapeData__", None)
    if not data or len(data) != len(shaped):
        return shaped
    face = getFont(font).face
    starts = sorted({d.cluster for d in data})
    ends = {start: end for start, end in zip(starts, [*starts[1:], len(source)], strict=True)}
    chars = list(shaped)
    changed = False
    with _LOCK:
        groups: dict[int, list[int]] = {}
        for index, item in enumerate(data):
            groups.setdefault(item.cluster, []).append(index)
        for cluster, indices in groups.items():
            text = source[cluster : ends[cluster]]
            spelled = "".join(chars[i] for i in indices)
            # Glyphs that spell the text, also through compatibility forms (the Arabic
            # presentation forms of joined letters and ligatures: one character each, which
            # every reader puts in order, and NFKC folds back to the letters), stay as they are.
            folded = unicodedata.normalize("NFKC", spelled)
            if spelled == text or folded in (text, text[::-1]):
                continue
            for position, index in enumerate(indices):
                gid = face.charToGlyph.get(ord(chars[index]))
                if gid is None:
                    continue
                width = face.charWidths.get(ord(chars[index]), 0)
                chars[index] = _alias(face, font, gid, text if position == 0 else _ZWSP, width)
            changed = True
    if not changed:
        return shaped
    return ShapedStr("".join(chars), shapeData=data)
