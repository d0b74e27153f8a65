"""PDF read-back with pypdf: text in reading order (running heads dropped, words
dehyphenated), the document information and the outline.

A PDF keeps no element structure we can rely on, so the comparison is
positional: each element's text must be found in the extracted text, in order.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from typing import Any

from ..errors import VerificationFailed
from .compare import Recovered
from .text import dehyphenate

__all__ = ["read_pdf"]

_DIGITS = re.compile(r"\d+")


def _outline_titles(outline: Any) -> list[str]:
    titles: list[str] = []
    for entry in outline:
        if isinstance(entry, list):
            titles.extend(_outline_titles(entry))
        else:
            title = getattr(entry, "title", None)
            if title:
                titles.append(str(title))
    return titles


def _drop_running_lines(pages: list[list[str]], depth: int = 4) -> list[list[str]]:
    """Remove page headers/footers: lines near a page edge that recur on several pages.

    A line counts as running when the same text (digits aside, for page
    numbers) stands at the same distance from the top or bottom of at least two
    pages. Left in, a footer would split a paragraph that crosses a page.
    """
    if len(pages) < 2:
        return pages

    def pattern(line: str) -> str:
        return _DIGITS.sub("#", " ".join(line.split()))

    top: Counter[tuple[int, str]] = Counter()
    bottom: Counter[tuple[int, str]] = Counter()
    for lines in pages:
        for k in range(min(depth, len(lines))):
            top[k, pattern(lines[k])] += 1
            bottom[k, pattern(lines[-1 - k])] += 1
    out = []
    for number, lines in enumerate(pages):
        cut_bottom = 0
        while cut_bottom < min(depth, len(lines)) and (
            bottom[cut_bottom, pattern(lines[-1 - cut_bottom])] >= 2
        ):
            cut_bottom += 1
        cut_top = 0
        # The first line of the document is the title, even when it recurs as a running head.
        while (
            number > 0
            and cut_top < min(depth, len(lines) - cut_bottom)
            and top[cut_top, pattern(lines[cut_top])] >= 2
        ):
            cut_top += 1
        out.append(lines[cut_top : len(lines) - cut_bottom])
    return out


def read_pdf(data: bytes) -> Recovered:
    """Recover the text, document information and outline of a PDF."""
    from pypdf import PdfReader

    # pypdf logs every repair it makes to a damaged file; the report says what matters.
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)
    try:
        return _read(PdfReader, data)
    finally:
        pypdf_log.setLevel(level)


def _read(reader_class: Any, data: bytes) -> Recovered:
    try:
        reader = reader_class(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise VerificationFailed("pdf: the file is encrypted; cannot read its text")
        pages = [(page.extract_text() or "").splitlines() for page in reader.pages]
        info = reader.metadata
        outline = _outline_titles(reader.outline)
    except VerificationFailed:
        raise
    except Exception as exc:
        # pypdf signals a damaged file with many exception types (PdfReadError,
        # ValueError, KeyError, TypeError…); each means the same thing here.
        raise VerificationFailed(f"pdf: cannot be read ({type(exc).__name__}: {exc})") from None
    pages = _drop_running_lines([[line for line in p if line.strip()] for p in pages])
    rec = Recovered(positional=True)
    rec.text = dehyphenate("\n".join("\n".join(lines) for lines in pages))
    if info is not None:
        rec.add("title", info.title)
        rec.add("author", info.author)
        rec.add("dek", info.subject)
    for title in outline:
        # The outline names the article (one entry per article in an anthology).
        rec.add("title", title)
    return rec
