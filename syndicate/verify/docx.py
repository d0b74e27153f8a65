"""DOCX read-back with python-docx: paragraphs with their style names, character
styles of runs (the "Credit" run inside a caption) and the core properties.

The zip is checked for bombs and traversal names before python-docx opens it.
"""

from __future__ import annotations

import io
from typing import Any

from ..errors import VerificationFailed
from .compare import Recovered
from .safety import open_zip
from .text import norm

__all__ = ["read_docx"]


def _style(obj: Any) -> str:
    style = getattr(obj, "style", None)
    return style.name if style is not None and style.name else ""


def _paragraphs(doc: Any) -> list[Any]:
    """Body paragraphs in order, including those inside table cells."""
    out = []
    for block in doc.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                for cell in row.cells:
                    out.extend(cell.paragraphs)
        else:
            out.append(block)
    return out


def _caption(paragraph: Any, rec: Recovered) -> None:
    caption, credit = [], []
    for item in paragraph.iter_inner_content():
        runs = item.runs if hasattr(item, "runs") else [item]
        for run in runs:
            (credit if _style(run) == "Credit" else caption).append(run.text)
    rec.piece("figure-caption", "".join(caption))
    rec.piece("figure-credit", "".join(credit))


def _sections(paragraphs: list[tuple[Any, str]], title: str | None) -> list[tuple[Any, str]]:
    """In an anthology (one "Title" paragraph per article) keep the article about ``title``."""
    starts = [i for i, (_, style) in enumerate(paragraphs) if style == "Title"]
    if title is None or len(starts) < 2:
        return paragraphs
    want = norm(title)
    for n, start in enumerate(starts):
        if norm(paragraphs[start][0].text) == want:
            end = starts[n + 1] if n + 1 < len(starts) else len(paragraphs)
            return paragraphs[start:end]
    return paragraphs


def read_docx(data: bytes, title: str | None = None) -> Recovered:
    """Recover what a DOCX holds; ``title`` picks the article in an anthology."""
    archive = open_zip(data, "docx")
    if "word/document.xml" not in archive.namelist():
        raise VerificationFailed("docx: the container has no word/document.xml")
    from docx import Document

    try:
        doc = Document(io.BytesIO(data))
        return _collect(doc, title)
    except VerificationFailed:
        raise
    except Exception as exc:
        # python-docx parses parts lazily and reports a damaged package with many
        # exception types (KeyError, ValueError, lxml errors…) at any step.
        raise VerificationFailed(f"docx: cannot be read ({type(exc).__name__}: {exc})") from None


def _collect(doc: Any, title: str | None) -> Recovered:
    # Resolving a style is a search of the styles part: do it once per paragraph.
    paragraphs = [(p, _style(p)) for p in _paragraphs(doc)]
    core = doc.core_properties
    rec = Recovered()
    rec.add("title", core.title)
    rec.add("author", core.author)
    rec.add("dek", core.subject)
    rec.add("dek", core.comments)
    texts = []
    in_about = False
    for paragraph, style in _sections(paragraphs, title):
        text = paragraph.text
        texts.append(text)
        if style.startswith(("TOC", "Anthology")) or not text.strip():
            continue  # the anthology's own title and table of contents
        if style == "Title":
            in_about = False
            rec.add("title", text)
        elif style == "Subtitle":
            rec.add("dek", text)
        elif style == "Byline":
            rec.add("author", text)
            rec.add("author-role", text)
        elif style == "Dateline":
            rec.add("published", text)
            rec.add("updated", text)
        elif style == "Caption":
            _caption(paragraph, rec)
        elif style == "Credit Line":
            rec.add("credit-line", text)
        elif style == "About Heading":
            in_about = True
        elif style == "Author Bio":
            rec.add("author-bio", text)
        elif style == "Rights":
            rec.add("rights", text)
        elif style == "About Author" or (in_about and style != "Figure"):
            # "Name, Role" lines of the about-the-author section.
            rec.add("author", text)
            rec.add("author-role", text)
        elif style.startswith("Heading"):
            rec.piece("heading", text)
        elif style in ("Quote", "Intense Quote"):
            rec.piece("quote", text)
        elif style == "Quote Attribution":
            rec.piece("quote-attribution", text)
        elif style.startswith(("List Bullet", "List Number", "List Paragraph")):
            rec.piece("list-item", text)
        elif style == "Figure":
            continue
        else:
            rec.piece("paragraph", text)
    rec.text = "\n".join(texts)
    return rec
