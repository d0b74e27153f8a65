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


STORY = [
    "The old gasworks under the market square flooded for the third time this winter, "
    "and the city engineers said on Tuesday that the pipes were older than the maps.",
    "Crews pumped water from the vaults for two days while the stalls stayed shut, and "
    "traders said they lost most of a week's takings in the cold.",
    "The engineers want a new survey of every vault under the square before the spring "
    "fair, which brings tens of thousands of visitors to the old town.",
    "The council will vote on the money for the survey at its next meeting in March.",
]
"""An invented four-paragraph story to set header and footer lines around."""


def page(*head: str, story: list[str] = STORY, tail: tuple[str, ...] = ()) -> str:
    """A scraped text: the header lines, the story, the tail lines, a blank line apart."""
    return "\n\n".join([*head, *story, *tail]) + "\n"


def authors(article) -> list[str]:
    """The authors' names, in order."""
    return [a.name for a in article.authors]


def contributors(article) -> list[str]:
    """The contributors' names, in order."""
    return [c.name for c in article.contributors]
