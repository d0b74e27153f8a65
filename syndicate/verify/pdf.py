"""PDF read-back with pypdf: text in reading order (running heads dropped, words
dehyphenated), the document information and the outline.

A PDF keeps no element structure we can rely on, so the comparison is
positional: each element's text must be found in the extracted text, in order.
"""

from __future__ import annotations

import io
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


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove page headers/footers: edge lines that recur (digits aside) on several pages.

    They would otherwise land in the middle of a paragraph that crosses a page.
    """
    if len(pages) < 2:
        return pages
    edges: Counter[str] = Counter()
    for lines in pages:
        for line in {lines[0], lines[-1]} if lines else ():
            edges[_DIGITS.sub("#", line.strip())] += 1
    running = {pattern for pattern, n in edges.items() if n >= 2}
    out = []
    for number, lines in enumerate(pages):
        kept = list(lines)
        # The very first line of the document is the title, even if it recurs as a running head.
        while kept and _DIGITS.sub("#", kept[-1].strip()) in running:
            kept.pop()
        start = 1 if number == 0 else 0
        while len(kept) > start and _DIGITS.sub("#", kept[start].strip()) in running:
            del kept[start]
        out.append(kept)
    return out


def read_pdf(data: bytes) -> Recovered:
    """Recover the text, document information and outline of a PDF."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
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
        rec.add("outline", title)
    return rec
