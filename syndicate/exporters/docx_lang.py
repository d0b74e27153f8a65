"""Language and direction in a DOCX: ``w:lang``, ``w:bidi``/``w:rtl`` and the font slots.

Word keeps three language slots per run (``w:val`` for Latin text, ``w:eastAsia``
for Chinese, Japanese and Korean, ``w:bidi`` for right-to-left and complex
scripts) and three matching font slots in ``w:rFonts``. The document defaults
name the first article's language in the right slot and a font for its script;
each article's paragraphs are then marked with the article's own language and,
for a right-to-left language, as right-to-left paragraphs (``w:bidi``) with
right-to-left runs (``w:rtl``), so a digest mixing languages reads right in Word
and LibreOffice and is proofed in the right language.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ..i18n.scripts import is_rtl

__all__ = ["east_asian", "mark_article", "set_document_language", "set_styles_language"]

# Fonts named in the East Asian and complex-script slots: the families the PDF embeds,
# so a reader who has installed them sees the same letters in both formats.
_EAST_ASIAN_FONTS = {
    "zh": "Noto Sans SC",
    "zh-hant": "Noto Sans TC",
    "ja": "Noto Sans JP",
    "ko": "Noto Sans KR",
}
_COMPLEX_FONTS = {
    "ar": "Noto Sans Arabic",
    "fa": "Noto Sans Arabic",
    "ur": "Noto Sans Arabic",
    "he": "Frank Ruhl Libre",
    "yi": "Frank Ruhl Libre",
    "hi": "Noto Sans Devanagari",
    "mr": "Noto Sans Devanagari",
    "ne": "Noto Sans Devanagari",
    "th": "Noto Sans Thai",
}
# Children of w:pPr that must follow w:bidi (schema order).
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip
# Children of w:rPr that must follow w:lang.
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def _primary(language: str) -> str:
    return language.lower().replace("_", "-").split("-")[0]


def east_asian(language: str) -> str | None:
    """The East Asian font for ``language``, or None when it is not Chinese, Japanese, Korean."""
    tag = language.lower().replace("_", "-")
    if tag.startswith("zh") and any(p in tag.split("-") for p in ("hant", "tw", "hk", "mo")):
        return _EAST_ASIAN_FONTS["zh-hant"]
    return _EAST_ASIAN_FONTS.get(_primary(language))


def _lang_element(language: str) -> Any:
    lang = OxmlElement("w:lang")
    _fill_lang(lang, language)
    return lang


def _fill_lang(lang: Any, language: str) -> None:
    lang.set(qn("w:val"), language)
    if east_asian(language):
        lang.set(qn("w:eastAsia"), language)
    if is_rtl(language) or _primary(language) in _COMPLEX_FONTS:
        lang.set(qn("w:bidi"), language)


def _insert_before(parent: Any, child: Any, successors: tuple[str, ...]) -> None:
    for tag in successors:
        found = parent.find(qn(tag))
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)


def set_document_language(document: Any, language: str) -> None:
    """Proofing language, script fonts and direction on the document defaults."""
    set_styles_language(document.styles.element, language)


def set_styles_language(styles: Any, language: str) -> None:
    """:func:`set_document_language` on a styles part's root element (``w:styles``).

    Done a second time with the same language, it changes nothing: it only sets
    attributes to the values they already hold and adds elements only when missing.
    """
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        _insert_before(rpr, lang, _AFTER_LANG)
    _fill_lang(lang, language)
    fonts = rpr.find(qn("w:rFonts"))
    asian = east_asian(language)
    complex_font = _COMPLEX_FONTS.get(_primary(language))
    if asian or complex_font:
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        if asian:
            fonts.set(qn("w:eastAsia"), asian)
        if complex_font:
            fonts.set(qn("w:cs"), complex_font)


def mark_article(paragraphs: list[Any], language: str, document_language: str) -> None:
    """Mark an article's paragraphs (``w:p`` elements) with its language and direction."""
    rtl = is_rtl(language)
    other = language != document_language
    asian = east_asian(language)
    complex_font = _COMPLEX_FONTS.get(_primary(language))
    if not rtl and not other:
        return
    for p in paragraphs:
        if rtl:
            ppr = p.get_or_add_pPr()
            if ppr.find(qn("w:bidi")) is None:
                _insert_before(ppr, OxmlElement("w:bidi"), _AFTER_BIDI)
        for r in p.iter(qn("w:r")):
            rpr = r.get_or_add_rPr()
            if rtl:
                rpr.get_or_add_rtl()
            if other:
                if asian or complex_font:
                    fonts = rpr.get_or_add_rFonts()
                    if asian:
                        fonts.set(qn("w:eastAsia"), asian)
                    if complex_font:
                        fonts.set(qn("w:cs"), complex_font)
                if rpr.find(qn("w:lang")) is None:
                    _insert_before(rpr, _lang_element(language), _AFTER_LANG)
