"""Placeholder: the scraped-plain-text reader is being written (issue 2)."""

from __future__ import annotations

from ..model import Article, Paragraph


def parse_plaintext(text: str, *, label: str = "<text>", source_dir: str | None = None) -> Article:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return Article(
        title=lines[0],
        blocks=tuple(Paragraph(line) for line in lines[1:]),
        source_dir=source_dir,
    )
