"""Telling an HTML page from scraped text, Markdown or JSON without an extension."""

from __future__ import annotations

import re

__all__ = ["looks_like_html"]

# A page starts (after a BOM, blanks and comments) with a doctype or one of the elements
# a page opens with. Scraped text that merely mentions "<p>" does not start that way.
_START = re.compile(
    r"(?is)^(?:\ufeff)?\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?"
    r"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]|<article[\s>])"
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` opens like an HTML or XHTML page."""
    return bool(_START.match(text[:4096]))
