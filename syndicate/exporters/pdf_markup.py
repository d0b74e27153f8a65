"""Article text as reportlab paragraph markup: escaped, linked, and cut to a safe size.

reportlab's ``Paragraph`` parses an XML-like markup of its own. Unescaped
article text could therefore inject styling (``<font color=…>``, whose value
older reportlab versions evaluated as Python: CVE-2023-33733), embed any local
file (``<img src=…>``), make ``javascript:`` links live, or simply crash the
parser (``x<y``). Every string from an article goes through :func:`markup` or
:func:`plain` before it reaches a ``Paragraph``; nothing else builds markup.

reportlab also lays out one paragraph in time that grows with the square of
its length (each page split re-wraps the remainder), so :func:`chunks` cuts
very long paragraphs into pieces of bounded size at sentence or word breaks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from ..links import is_safe_url, split_links

if TYPE_CHECKING:
    from .pdf_scripts import ScriptFonts

__all__ = ["CHUNK_CHARS", "MAX_TOKEN_CHARS", "chunks", "markup", "plain"]

CHUNK_CHARS = 2_000
"""Target size of one laid-out piece of a long paragraph (about 300 words)."""
MAX_TOKEN_CHARS = 600
"""A "word" longer than this (a URL, a run of letters without spaces) is cut into pieces."""

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_TOKENS = re.compile(r"\S+\s*|\s+")


def plain(text: str, fonts: ScriptFonts | None = None) -> str:
    """Escape text so reportlab shows it literally: ``&``, ``<`` and ``>`` become entities.

    With ``fonts``, each run of a script the base family lacks is put in its own font.
    """
    return fonts.plain(text) if fonts is not None else escape(text)


def markup(text: str, link_color: str | None = None, fonts: ScriptFonts | None = None) -> str:
    """Escape text and make its http, https and mailto links live; nothing else is a link."""
    parts = []
    for segment, url in split_links(text):
        if url is None or not is_safe_url(url):
            parts.append(plain(segment, fonts))
            continue
        # quoteattr escapes quotes as well, so the URL cannot end the attribute early.
        colour = f" color={quoteattr(link_color)}" if link_color else ""
        parts.append(f"<a href={quoteattr(url)}{colour}>{plain(segment, fonts)}</a>")
    return "".join(parts)


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into pieces of about ``size`` characters, preferring sentence ends.

    The pieces joined with single spaces read as the original text (runs of
    whitespace are where cuts happen, and reportlab collapses them anyway).
    Work is linear in the length of the text: one regex scan, no backtracking.
    """
    if len(text) <= size and not _has_long_token(text):
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    length = 0
    last_sentence_end = -1  # index in ``current`` just after a sentence-ending word
    for match in _TOKENS.finditer(text):
        token = match.group()
        word = token.rstrip()
        if len(word) > MAX_TOKEN_CHARS:
            # Flush what came before, then the long word in slices of its own.
            if current:
                pieces.append("".join(current).strip())
                current, length, last_sentence_end = [], 0, -1
            for start in range(0, len(word), MAX_TOKEN_CHARS):
                pieces.append(word[start : start + MAX_TOKEN_CHARS])
            continue
        current.append(token)
        length += len(token)
        if word and _SENTENCE_END.search(word):
            last_sentence_end = len(current)
        if length >= size:
            # Cut after the last sentence end when it leaves a piece of fair size,
            # else after this word.
            cut = last_sentence_end if last_sentence_end > len(current) // 2 else len(current)
            pieces.append("".join(current[:cut]).strip())
            current = current[cut:]
            length = sum(len(t) for t in current)
            last_sentence_end = -1
    if current:
        tail = "".join(current).strip()
        if tail:
            pieces.append(tail)
    return [p for p in pieces if p] or [text]


def _has_long_token(text: str) -> bool:
    if len(text) <= MAX_TOKEN_CHARS:
        return False
    return any(len(word) > MAX_TOKEN_CHARS for word in text.split())
