"""Right-to-left lines for the PDF: words broken into lines in logical order, then ordered.

reportlab lays out a paragraph left to right; its bidi support needs the
``rlbidi`` package, which is not on PyPI. HarfBuzz (through reportlab's
shaping) already gives each *word* of Arabic or Hebrew its glyphs in visual
order, so what is left is the order of the words on a line. This module breaks
a paragraph into lines in logical order (so the first words of a right-to-left
paragraph fill the first line, from the right) and then orders each line's
words for display, by a word-level form of the Unicode bidi algorithm (UAX #9):

- a word with a strong right-to-left letter is R, one with a strong
  left-to-right letter is L, one with digits only is a number (EN), the rest
  neutral (N);
- a number after an L word is L (W7); a neutral between two L words is L, any
  other neutral takes the paragraph's direction (N1, N2);
- runs of L words keep their order; on a right-to-left line the words and runs
  are laid out from the right (L2), on a left-to-right line runs of R words are
  reversed in place.

Limits (documented in docs/i18n.md): the unit is the space-separated word, so
a word mixing scripts without a space ("Reuters/رويترز") is shaped as one; explicit
embedding controls (U+202A…U+202E, U+2066…U+2069) are not interpreted.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import Any

__all__ = ["bidi_line_class", "has_rtl", "line_break", "visual_order", "visual_words"]

_R = frozenset({"R", "AL"})


def has_rtl(text: str) -> bool:
    """Does ``text`` hold a right-to-left letter (Hebrew, Arabic…)?"""
    return not text.isascii() and any(unicodedata.bidirectional(c) in _R for c in text)


def _kind(word: str) -> str:
    number = False
    for char in word:
        bidi = unicodedata.bidirectional(char)
        if bidi in _R:
            return "R"
        if bidi == "L":
            return "L"
        if bidi in ("EN", "AN"):
            number = True
    return "EN" if number else "N"


def visual_words(words: Sequence[str], rtl: bool) -> list[str]:
    """``words`` of one line (logical order) in the order to draw them, left to right."""
    return [words[i] for i in visual_order(words, rtl)]


def visual_order(words: Sequence[str], rtl: bool) -> list[int]:
    """The indices of ``words`` (one line, logical order) from the left of the line."""
    kinds = [_kind(w) for w in words]
    # W7: a number whose last strong word is L is L.
    last_strong = "R" if rtl else "L"
    for i, kind in enumerate(kinds):
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            kinds[i] = "L"
    base = "R" if rtl else "L"
    # N1/N2: neutrals (and, on a left-to-right line, numbers) between two words of the same
    # direction take it; others take the line's direction.
    resolved = list(kinds)
    for i, kind in enumerate(kinds):
        if kind in ("L", "R") or (kind == "EN" and rtl):
            continue
        before = next((k for k in reversed(resolved[:i]) if k in ("L", "R")), base)
        after = next((k for k in kinds[i + 1 :] if k in ("L", "R")), base)
        resolved[i] = before if before == after else base
    # A number on a right-to-left line is a left-to-right island of its own.
    units: list[list[int]] = []
    unit_kinds: list[str] = []
    for index, kind in enumerate(resolved):
        level = "L" if kind == "EN" else kind
        if units and unit_kinds[-1] == level and level != base and kind != "EN":
            units[-1].append(index)
        else:
            units.append([index])
            unit_kinds.append(level)
    out: list[int] = []
    if rtl:
        # L2: lay the line out from the right; each left-to-right run keeps its own order.
        for unit in reversed(units):
            out.extend(unit)
        return out
    for unit, level in zip(units, unit_kinds, strict=True):
        out.extend(reversed(unit) if level == "R" else unit)
    return out


def _cut_long(words: Sequence[str], width: float, measure: Callable[[str], float]) -> Iterator[str]:
    """``words``, each too wide for a line cut between characters (never before a mark).

    Thai writes no spaces between words: a sentence is one "word" here, cut where
    the line is full. A combining vowel or tone mark stays with its letter.
    """
    for word in words:
        if measure(word) <= width:
            yield word
            continue
        start = 0
        for end in range(1, len(word) + 1):
            if end < len(word) and unicodedata.category(word[end]) in ("Mn", "Mc"):
                continue
            if end - start > 1 and measure(word[start:end]) > width:
                cut = _last_cut(word, start, end - 1)
                yield word[start:cut]
                start = cut
        if start < len(word):
            yield word[start:]


def _last_cut(word: str, start: int, end: int) -> int:
    """The last place at or before ``end`` (after ``start``) that does not split a mark off."""
    cut = end
    while cut > start + 1 and unicodedata.category(word[cut]) in ("Mn", "Mc"):
        cut -= 1
    return cut


_NEUTRAL = frozenset({"ON", "CS", "ES", "ET", "WS", "BN", "NSM"})
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def _split_punctuation(word: str) -> tuple[str, str, str]:
    """Leading punctuation, the letters, trailing punctuation of a word."""
    start, end = 0, len(word)
    while start < end and unicodedata.bidirectional(word[start]) in _NEUTRAL - {"NSM"}:
        start += 1
    while end > start and unicodedata.bidirectional(word[end - 1]) in _NEUTRAL - {"NSM"}:
        end -= 1
    return word[:start], word[start:end], word[end:]


def line_break(
    words: Sequence[str], width: float, measure: Callable[[str], float], space: float
) -> list[list[str]]:
    """Greedy lines of ``words`` (logical order) no wider than ``width``.

    ``measure`` gives a word's width; a word wider than a line gets a line of its own
    (the paragraph's own wrapping then cuts it).
    """
    lines: list[list[str]] = []
    current: list[str] = []
    used = 0.0
    for word in _cut_long(words, width, measure):
        size = measure(word)
        needed = size if not current else used + space + size
        if current and needed > width:
            lines.append(current)
            current, used = [word], size
        else:
            current.append(word)
            used = needed
    if current:
        lines.append(current)
    return lines


def _shaped(piece: str, font: str, size: float) -> tuple[Any, float]:
    """``piece`` shaped by HarfBuzz in ``font`` (when it can be), and its width in points."""
    from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
    from reportlab.pdfbase.ttfonts import shapeStr

    if not piece.isascii() and getattr(getFont(font), "shapable", False):
        from .pdf_textlayer import fix_clusters, install

        install()
        text = shapeStr(piece, font, size)
        data = getattr(text, "__shapeData__", None)
        if data:
            text = fix_clusters(text, piece, font)
            return text, sum(d.x_advance for d in data) * size / 1000
    return piece, stringWidth(piece, font, size)


def shaped_width(piece: str, font: str, size: float) -> float:
    """The width of ``piece`` once shaped, in points."""
    return _shaped(piece, font, size)[1]


@functools.cache
def bidi_line_class() -> type:
    """The flowable of one line of bidirectional text (defined lazily: imports reportlab).

    The words are placed in display order (right to left on a right-to-left line)
    but written to the page in logical order, each followed by its space. A
    viewer shows the right order; a reader that takes text in page order
    (pypdf) or by position (pdftotext) gets the words in the order they are
    read. Each script run is shaped by HarfBuzz through reportlab.
    """
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    shaped = _shaped

    class BidiLine(Flowable):
        def __init__(self, words: list[str], style: Any, fonts: Any, rtl: bool) -> None:
            super().__init__()
            self.words = words
            self.style = style
            self.fonts = fonts
            self.rtl = rtl
            self.spaceBefore = style.spaceBefore
            self.spaceAfter = style.spaceAfter
            self.keepWithNext = getattr(style, "keepWithNext", 0)

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            self.height = self.style.leading
            return self.width, self.height

        def _segments(self, word: str) -> tuple[list[tuple[str, Any, float, float]], float]:
            """(font, text, width, x offset in the word) in reading order, and the word's width.

            A right-to-left word is drawn right to left: its shaped letters, then the
            punctuation around it as pieces of their own (mirrored: "(" shows as ")"),
            so that a reader taking text in page order meets them where they are read.
            """
            style = self.style
            size = style.fontSize
            bold = style.fontName in (self.fonts.family.bold, self.fonts.family.bold_italic)
            parts: list[tuple[str, Any, float]] = []
            if _kind(word) != "R":
                for font, piece in self.fonts.runs(word):
                    name = font.face(bold) if font else style.fontName
                    # A number in Arabic-Indic digits, one digit a piece: shaped whole,
                    # HarfBuzz takes the Arabic script's direction and draws it right to
                    # left; one digit at a time it stays in reading order on the page
                    # and in the text layer.
                    split = _kind(piece) == "EN" and not piece.isascii()
                    for bit in piece if split else (piece,):
                        parts.append((name, *shaped(bit, name, size)))
                offsets, x = [], 0.0
                for part in parts:
                    offsets.append((*part, x))
                    x += part[2]
                return offsets, x
            lead, core, trail = _split_punctuation(word)
            pieces = [(lead, True), *((p, False) for p in [core] if p), (trail, True)]
            for text, mirror in pieces:
                if not text:
                    continue
                if mirror:
                    text = text.translate(_MIRROR)
                for font, piece in self.fonts.runs(text):
                    name = font.face(bold) if font else style.fontName
                    parts.append((name, *shaped(piece, name, size)))
            total = sum(p[2] for p in parts)
            out, right = [], total
            for part in parts:  # reading order, placed from the right edge of the word
                right -= part[2]
                out.append((*part, right))
            return out, total

        def draw(self) -> None:
            style = self.style
            size = style.fontSize
            base = style.fontName
            words = [self._segments(word) for word in self.words]
            widths = [width for _segments, width in words]
            space = stringWidth(" ", base, size)
            total = sum(widths) + space * max(0, len(widths) - 1)
            room = self.width - style.leftIndent - style.rightIndent
            x = style.leftIndent
            if style.alignment == TA_RIGHT:
                x += room - total
            elif style.alignment == TA_CENTER:
                x += (room - total) / 2
            positions = [0.0] * len(self.words)
            for index in visual_order(self.words, self.rtl):
                positions[index] = x
                x += widths[index] + space
            canvas = self.canv
            y = style.leading - size
            canvas.saveState()
            canvas.setFillColor(style.textColor)
            last = len(words) - 1
            for index, (segments, width) in enumerate(words):
                text = canvas.beginText(positions[index], y)
                for name, piece, _width, offset in segments:
                    text.setTextOrigin(positions[index] + offset, y)
                    text.setFont(name, size)
                    text.textOut(piece)
                if index < last:
                    # The space after a word in reading order: left of it on a right-to-left run.
                    kind = _kind(self.words[index])
                    left = kind == "R" or (kind != "L" and self.rtl)
                    gap = positions[index] - space if left else positions[index] + width
                    text.setTextOrigin(gap, y)
                    text.setFont(base, size)
                    text.textOut(" ")
                canvas.drawText(text)
            canvas.restoreState()

    return BidiLine
