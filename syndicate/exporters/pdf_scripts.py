"""A font for every run of text: scripts the base family lacks get fonts of their own.

DejaVu Serif covers Latin, Greek and Cyrillic; Arabic, Hebrew, Devanagari,
Thai and the CJK scripts need other fonts. :class:`ScriptFonts` cuts a text
into runs by script (:func:`syndicate.i18n.scripts.script_runs`) and wraps each
run the base family cannot show in ``<font face="…">``, for reportlab's
paragraph markup. Which font serves which script is data
(``pdf_fonts.json``): each is a TrueType file inside an installed Python
package (Noto families from PyPI), opened and registered only when a text first
needs it, so a Latin-only export never reads them.

Every character is checked against the font chosen for it, then against the
fallback chain (the script's font, the base family, DejaVu Sans). A character
no font covers is collected and reported once per document as an
:class:`~syndicate.exporters.base.ExportWarning`, never drawn silently as an
empty box. A script whose fonts come with an optional extra that is not
installed (CJK: ``syndicate[cjk]``) fails the export with one line naming it.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from ..errors import ExportFailed
from ..i18n.scripts import BASE, script_runs
from .pdf_fonts import FontFamily, resolve_family

__all__ = ["ScriptFonts", "font_file", "needs_own_font"]

_DATA = Path(__file__).with_name("pdf_fonts.json")
_LOCK = threading.Lock()
_REGISTERED: dict[str, str] = {}
"""Font key (``arabic``, ``cjk-sc``…) -> registered reportlab font name."""


@functools.cache
def _data() -> dict[str, Any]:
    return json.loads(_DATA.read_text(encoding="utf-8"))


@functools.cache
def _own_font_pattern() -> re.Pattern[str]:
    """One character class of every script with a font of its own: a fast "any of them?"."""
    from ..i18n.scripts import own_script_ranges

    ranges = "".join(f"{_char(lo)}-{_char(hi)}" for lo, hi in own_script_ranges())
    return re.compile(f"[{ranges}]")


def _char(code: int) -> str:
    return re.escape(chr(code))


def needs_own_font(text: str) -> bool:
    """Does ``text`` hold a character of a script the base family does not cover?"""
    return not text.isascii() and _own_font_pattern().search(text) is not None


def font_file(key: str, which: str = "file") -> Path:
    """The TrueType file of the script font ``key``; a clear error when it is not installed."""
    entry = _data()["fonts"][key]
    spec = importlib.util.find_spec(entry["package"])
    locations = list(spec.submodule_search_locations or []) if spec else []
    path = Path(locations[0]) / entry[which] if locations else None
    if path is None or not path.is_file():
        extra = entry.get("extra")
        install = f"pip install 'syndicate[{extra}]'" if extra else "pip install syndicate"
        raise ExportFailed(
            f"pdf: the text needs the {entry['family']} font, which is not installed "
            f"(it comes with {install})"
        )
    return path


def _register(key: str, bold: bool = False) -> str:
    """Register the script font ``key`` (its bold face, when it has one and ``bold``) once
    per process; its reportlab font name."""
    entry = _data()["fonts"][key]
    bold = bold and "bold_file" in entry
    registry_key = key + ("-bold" if bold else "")
    with _LOCK:
        name = _REGISTERED.get(registry_key)
        if name is not None:
            return name
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        path = font_file(key, "bold_file" if bold else "file")
        if "instance" in entry:
            from .pdf_instances import static_instance

            path = static_instance(path, entry["instance"])
        name = "Syn" + "".join(part.title() for part in registry_key.split("-"))
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (TTFError, OSError, ValueError) as exc:
            raise ExportFailed(f"pdf: font file {str(path)!r} cannot be used: {exc}") from None
        # One face serves bold and italic too: <b> inside the run keeps this font.
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
        _REGISTERED[registry_key] = name
        return name


def _cmap(font_name: str) -> dict[int, int]:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(font_name).face.charToGlyph


@dataclass
class _Font:
    name: str
    covers: dict[int, int]
    shaping: bool
    key: str = ""

    def face(self, bold: bool) -> str:
        """This font's bold face when ``bold`` and it has one, else itself."""
        return _register(self.key, bold=True) if bold and self.key else self.name


class ScriptFonts:
    """The fonts of one document: the base family, plus script fonts as text needs them."""

    def __init__(self, family: FontFamily, language: str) -> None:
        self.family = family
        self.language = language.lower().replace("_", "-")
        self.base_covers = _cmap(family.regular)
        self.missing: dict[str, None] = {}
        """Characters no font covers, in the order met (reported once per document)."""
        self._fonts: dict[str, _Font] = {}
        self._fallback: _Font | None = None

    # -- choosing ------------------------------------------------------------

    def _key(self, script: str) -> str | None:
        data = _data()
        if script == "han":
            table = data["han_by_language"]
            for prefix, key in table.items():
                if prefix != "default" and (
                    self.language == prefix or self.language.startswith(prefix + "-")
                ):
                    return key
            return table["default"]
        return data["scripts"].get(script)

    def _font(self, key: str) -> _Font:
        font = self._fonts.get(key)
        if font is None:
            name = _register(key)
            shaping = bool(_data()["fonts"][key].get("shaping"))
            font = self._fonts[key] = _Font(name, _cmap(name), shaping, key)
        return font

    def _fallback_font(self) -> _Font:
        if self._fallback is None:
            family = resolve_family(_data()["fallback"])
            self._fallback = _Font(family.regular, _cmap(family.regular), False)
        return self._fallback

    def runs(self, text: str) -> Iterator[tuple[_Font | None, str]]:
        """(font, piece) runs of ``text``; None is the base family. Checks every character.

        Each character goes to the first font of its chain that has a glyph for it:
        its script's font, the base family, then DejaVu Sans. A character none of
        them has is recorded in :attr:`missing` and left in its script's run.
        """
        if not needs_own_font(text):
            if text.isascii() or set(text) <= self._base_ok(text):
                yield None, text
                return
            yield from self._assign(None, text)
            return
        for script, piece in script_runs(text):
            key = None if script == BASE else self._key(script)
            yield from self._assign(self._font(key) if key else None, piece)

    def _base_ok(self, text: str) -> set[str]:
        return {c for c in set(text) if ord(c) in self.base_covers or c.isspace()}

    def _assign(self, font: _Font | None, piece: str) -> Iterator[tuple[_Font | None, str]]:
        covers = font.covers if font else self.base_covers
        current: _Font | None = font
        start = 0
        for index, char in enumerate(piece):
            code = ord(char)
            if code in covers or char.isspace() or code < 0x20:
                chosen = font
            elif font is not None and code in self.base_covers:
                chosen = None
            elif code in self._fallback_font().covers:
                chosen = self._fallback_font()
            else:
                self.missing.setdefault(char)
                chosen = font
            if chosen is not current:
                if index > start:
                    yield current, piece[start:index]
                current, start = chosen, index
        if start < len(piece):
            yield current, piece[start:]

    # -- markup --------------------------------------------------------------

    def plain(self, text: str) -> str:
        """``text`` escaped for reportlab, each run in the font that covers it."""
        if text.isascii():
            return escape(text)
        return "".join(
            escape(piece) if font is None else f'<font face="{font.name}">{escape(piece)}</font>'
            for font, piece in self.runs(text)
        )

    def needs_shaping(self, text: str) -> bool:
        """Does ``text`` hold a run whose script must be shaped (joined, reordered)?"""
        return needs_own_font(text) and any(
            font is not None and font.shaping for font, _ in self.runs(text)
        )

    def has_cjk(self, text: str) -> bool:
        """Does ``text`` hold Chinese, Japanese or Korean (lines may break between any two)?"""
        return needs_own_font(text) and any(
            font is not None and font.name.startswith("SynCjk") for font, _ in self.runs(text)
        )

    def missing_report(self) -> str | None:
        """One line naming the characters no font covers, or None."""
        if not self.missing:
            return None
        shown = ", ".join(f"U+{ord(c):04X}" for c in list(self.missing)[:8])
        more = f" and {len(self.missing) - 8} more" if len(self.missing) > 8 else ""
        return (
            f"pdf: no embedded font has a glyph for {len(self.missing)} character(s) "
            f"({shown}{more}); they show as empty boxes"
        )
