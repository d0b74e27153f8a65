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


def _running_lines(pages: list[list[str]], depth: int = 4) -> list[set[int]]:
    """Per page, the indices of its likely running head/foot lines.

    A line counts as running when the same text (digits aside, for page
    numbers) stands at the same distance from the top or bottom of at least two
    pages. The guess is only used as a fallback (see ``Recovered.running``), so a
    body line mistaken for a running one costs nothing.
    """
    if len(pages) < 2:
        return [set() for _ in pages]

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
        running = set()
        k = 0
        while k < min(depth, len(lines)) and bottom[k, pattern(lines[-1 - k])] >= 2:
            running.add(len(lines) - 1 - k)
            k += 1
        k = 0
        # The first line of the document is the title, even when it recurs as a running head.
        while number > 0 and k < min(depth, len(lines)) and top[k, pattern(lines[k])] >= 2:
            running.add(k)
            k += 1
        out.append(running)
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


def _page_lines(reader: Any) -> list[list[str]]:
    """Each page's text lines, within the budget; a shared content stream is read once."""
    from .pdf_budget import ContentBudget, content_key

    budget = ContentBudget(len(reader.pages))
    done: dict[tuple[Any, ...], list[str]] = {}
    pages = []
    for page in reader.pages:
        key = content_key(page)
        if key is None or key not in done:
            budget.charge(page)
            lines = (page.extract_text() or "").splitlines()
            if key is not None:
                done[key] = lines
        else:
            lines = done[key]
        pages.append(lines)
    return pages


def _read(reader_class: Any, data: bytes) -> Recovered:
    try:
        reader = reader_class(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise VerificationFailed("pdf: the file is encrypted; cannot read its text")
        pages = _page_lines(reader)
        info = reader.metadata
        outline = _outline_titles(reader.outline)
    except VerificationFailed:
        raise
    except Exception as exc:
        # pypdf signals a damaged file with many exception types (PdfReadError,
        # ValueError, KeyError, TypeError…); each means the same thing here.
        raise VerificationFailed(f"pdf: cannot be read ({type(exc).__name__}: {exc})") from None
    pages = [[line for line in page if line.strip()] for page in pages]
    rec = Recovered(positional=True)
    for lines, running in zip(pages, _running_lines(pages), strict=True):
        rec.running.update(len(rec.lines) + k for k in running)
        rec.lines.extend(lines)
    body = [line for k, line in enumerate(rec.lines) if k not in rec.running]
    rec.text = dehyphenate("\n".join(body))
    if info is not None:
        rec.add("title", info.title)
        rec.add("author", info.author)
        rec.add("dek", info.subject)
    for title in outline:
        # The outline names the article (one entry per article in an anthology).
        rec.add("title", title)
    return rec
