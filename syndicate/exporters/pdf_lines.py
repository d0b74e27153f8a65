"""Paragraph styles and line-by-line setting for text in other scripts, for the PDF story.

A mix-in of the story builder (:mod:`.pdf_layout`): it adapts a paragraph style to
its text (shaping for Arabic, Hebrew, Devanagari, Thai; breaking between any two
characters for Chinese, Japanese, Korean; mirrored alignment and indents for a
right-to-left article) and sets right-to-left or shaped text one line at a time
(:mod:`.pdf_bidi`), which reportlab's paragraphs cannot do.
"""

from __future__ import annotations

from typing import Any

from .pdf_bidi import bidi_line_class, has_rtl, line_break, shaped_width
from .pdf_scripts import ScriptFonts

__all__ = ["ScriptLines"]


class ScriptLines:
    """Style adaptation and line setting; the builder provides the attributes below."""

    fonts: ScriptFonts
    rtl: bool
    width: float
    _styled: dict[tuple[str, bool, bool, bool], Any]

    def styled(self, style: Any, text: str) -> Any:
        """``style`` as ``text`` needs it: shaped (Arabic, Hebrew, Indic, Thai), broken
        between any two characters (CJK), mirrored for a right-to-left article."""
        shaping = self.fonts.needs_shaping(text)
        cjk = self.fonts.has_cjk(text)
        key = (style.name, shaping, cjk, self.rtl)
        if not (shaping or cjk or self.rtl):
            return style
        cached = self._styled.get(key)
        if cached is None:
            from reportlab.lib.enums import TA_LEFT, TA_RIGHT

            changes: dict[str, Any] = {}
            if shaping:
                changes["shaping"] = 1
            if cjk:
                changes["wordWrap"] = "CJK"
            if self.rtl:
                mirror = {TA_LEFT: TA_RIGHT, TA_RIGHT: TA_LEFT}
                changes["alignment"] = mirror.get(style.alignment, style.alignment)
                changes["leftIndent"] = style.rightIndent
                changes["rightIndent"] = style.leftIndent
            flags = zip(("sh", "cjk", "rtl"), key[1:], strict=True)
            suffix = "".join(f"-{name}" for name, on in flags if on)
            cached = self._styled[key] = style.clone(style.name + suffix, **changes)
        return cached

    def own_lines(self, text: str) -> bool:
        """Must ``text`` be set line by line here (right-to-left or shaped scripts)?

        reportlab orders words left to right (its bidi needs a package not on PyPI) and
        shapes a word in one font even when it mixes two, so such text gets its own lines.
        """
        return self.rtl or has_rtl(text) or self.fonts.needs_shaping(text)

    def bidi_paras(self, pieces: list[str], style: Any, cont: Any | None) -> list:
        """Right-to-left, mixed or shaped text (Arabic, Hebrew, Devanagari, Thai) as one
        flowable per line, each run shaped in its own font and the words in display order
        (see :mod:`.pdf_bidi`). Links are shown as text, without bold or italics."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        size = style.fontSize
        # Table cells (quotes, the author box) pad their text: keep a margin for them.
        room = (self.width - style.leftIndent - style.rightIndent) * 0.96

        def measure(word: str) -> float:
            return sum(
                shaped_width(piece, font.name if font else style.fontName, size)
                for font, piece in self.fonts.runs(word)
            )

        space = stringWidth(" ", style.fontName, size)
        out = []
        line_class = bidi_line_class()
        for number, piece in enumerate(pieces):
            piece_style = style if number == len(pieces) - 1 or cont is None else cont
            lines = line_break(piece.split(), room, measure, space)
            for index, line in enumerate(lines):
                line_style = self._line_style(piece_style, index, len(lines))
                out.append(line_class(line, line_style, self.fonts, self.rtl))
        return out

    def _line_style(self, style: Any, index: int, count: int) -> Any:
        """The style of line ``index`` of ``count``: the paragraph's spacing only outside."""
        if count == 1:
            return style
        where = "first" if index == 0 else "last" if index == count - 1 else "middle"
        key = (f"{style.name}-{where}", False, False, False)
        cached = self._styled.get(key)
        if cached is None:
            changes: dict[str, Any] = {"firstLineIndent": 0}
            if where != "first":
                changes["spaceBefore"] = 0
            if where != "last":
                changes["spaceAfter"] = 0
            cached = self._styled[key] = style.clone(key[0], **changes)
        return cached
