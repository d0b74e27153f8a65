"""What a parsed article's blocks say, for the reader's rule tests: the story's paragraphs
(a list's items counted as paragraphs, as the scorer counts them), its subheads, its figures."""

from __future__ import annotations

from syndicate.model import Figure, Heading, ListBlock, Paragraph


def paragraphs(article) -> list[str]:
    """The paragraphs' texts, a list's items in their place."""
    out: list[str] = []
    for b in article.blocks:
        if isinstance(b, Paragraph):
            out.append(b.text)
        elif isinstance(b, ListBlock):
            out.extend(b.items)
    return out


def headings(article) -> list[str]:
    """The subheads' texts."""
    return [b.text for b in article.blocks if isinstance(b, Heading)]


def figures(article) -> list[tuple[str | None, str | None]]:
    """Each figure's (caption, credit)."""
    return [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]
