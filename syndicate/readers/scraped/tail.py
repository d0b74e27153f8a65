"""The author block at the end of a page: the name (often printed twice), a role, a bio."""

from __future__ import annotations

from .captions import split_caption
from .lines import Line
from .names import is_name, normalize_name

__all__ = ["AuthorBlock", "read_author_blocks"]

_TAIL = 12
"""How many of the last lines can hold author blocks."""
_BIO_SENTENCE_LINES = 2
"""The most lines ending a sentence an author's bio holds (a wrapped bio ends one)."""


class AuthorBlock:
    """One "about the author" block."""

    # A plain class, not a dataclass: generating a dataclass's methods costs every
    # command that parses an article a fraction of a millisecond at import.
    __slots__ = ("bio", "bio_line", "consumed", "name", "name_line", "role", "role_line")

    def __init__(
        self,
        name: str,
        name_line: Line,
        role: str | None = None,
        role_line: Line | None = None,
        bio: str | None = None,
        bio_line: Line | None = None,
        consumed: list[int] | None = None,
    ) -> None:
        self.name = name
        self.name_line = name_line
        self.role = role
        self.role_line = role_line
        self.bio = bio
        self.bio_line = bio_line
        self.consumed: list[int] = [] if consumed is None else consumed


_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", "؟", "»", "”", '"')
"""How a bio's prose ends, in the scripts the reader knows."""

_BIO_WORDS = 150
"""How many words an author's bio holds at most: a bio is a few sentences, not a story."""


def _is_role(text: str, name: str) -> bool:
    return (
        len(text) <= 80
        and len(text.split()) <= 8
        and text[-1:] not in ".!?…。！？"  # a sentence is the bio, in any script
        and not text.startswith(name)
    )


def _box_link(bio: list[str], text: str) -> bool:
    # A line of the author box after its bio sentences: a short phrase without a sentence
    # end ("All articles by the author", "Усі матеріали автора", "كل مقالات الكاتبة", a menu
    # item). The bio is prose; the box's links under it are not part of it.
    return (
        bool(bio)
        and bio[-1][-1:] in ".!?…。！？)»\"”"
        and len(text.split()) <= 6
        and text[-1:] not in ".!?…。！？"
    )


def _starts_block(lines: list[Line], tail: list[int], k: int, known: set[str]) -> bool:
    text = lines[tail[k]].text
    if text.casefold() in known:
        return True
    if not is_name(text):
        return False
    parts = split_caption(text)
    if parts is not None and parts.caption is None:
        return False  # a photo's credit ("Fot. Name"), not a name over a bio
    # An unknown name opens a block only when a bio about that person follows.
    first = text.split()[0]
    return any(
        lines[j].text != text and lines[j].text.startswith((text, first + " "))
        for j in tail[k + 1 : k + 4]
    )


_SIGNING_DATE_WORDS = 8
"""How many words a place-and-date line under a signature holds at most."""


def _signing_date(text: str) -> bool:
    # A short line that is a date with its year ("2026年5月6日", "Valdecasa, 3 de marzo de
    # 2026"): the date a statement was signed. Read only here, where a name stands over it.
    if len(text.split()) > _SIGNING_DATE_WORDS or text.endswith((".", "!", "?")) or ":" in text:
        return False
    from .dates import parse_date  # only for a tail that holds an author's name

    return parse_date(text.split(", ")[-1]) is not None or parse_date(text) is not None


def read_author_blocks(
    lines: list[Line], candidates: list[int], known: set[str]
) -> list[AuthorBlock]:
    """Author blocks among the last unused lines; ``known`` holds case-folded byline names."""
    tail = candidates[-_TAIL:]
    start = next((k for k in range(len(tail)) if _starts_block(lines, tail, k, known)), None)
    if start is None:
        return []
    blocks: list[AuthorBlock] = []
    k = start
    while k < len(tail) and _starts_block(lines, tail, k, known):
        name_line = lines[tail[k]]
        block = AuthorBlock(normalize_name(name_line.text), name_line, consumed=[tail[k]])
        k += 1
        while k < len(tail) and lines[tail[k]].text == name_line.text:
            block.consumed.append(tail[k])  # the name printed twice
            k += 1
        if k < len(tail) and _signing_date(lines[tail[k]].text):
            # "应急救援处" / "2026年5月6日", "La Junta Directiva" / "Valdecasa, 3 de marzo de
            # 2026": a statement signed and dated by its writer, not an author box
            return []
        if (
            k < len(tail)
            and _is_role(lines[tail[k]].text, name_line.text)
            and not _starts_block(lines, tail, k, known)
        ):
            block.role_line = lines[tail[k]]
            block.role = block.role_line.text
            block.consumed.append(tail[k])
            k += 1
        bio: list[str] = []
        closed = False  # the box's links under the bio: what follows them is no bio either
        while k < len(tail) and not _starts_block(lines, tail, k, known):
            parts = split_caption(lines[tail[k]].text)
            if parts is not None and parts.caption is None and parts.credit:
                # "Jonas Wernicke" / "Jonas Wernicke spielt …" / "Foto: IMAGO/…": a photo's
                # alt text over its caption and credit, not a name over a bio.
                return []
            if block.bio_line is None:
                block.bio_line = lines[tail[k]]
            closed = closed or _box_link(bio, lines[tail[k]].text)
            if not closed:
                bio.append(lines[tail[k]].text)
            block.consumed.append(tail[k])
            k += 1
        if sum(1 for line in bio if line.rstrip().endswith((".", "!", "?"))) > _BIO_SENTENCE_LINES:
            return []  # paragraphs under a name that opens them: the article, not a bio
        block.bio = " ".join(bio) or None
        if block.bio is not None and len(block.bio.split()) > _BIO_WORDS:
            return []  # the story itself under a name its first line repeats, not a bio
        if name_line.text.casefold() not in known and block.bio is None:
            break
        if name_line.text.casefold() not in known and not any(
            line.rstrip().endswith(_SENTENCE_ENDS) for line in bio
        ):
            # "Lake Corliss ISD" / "410 W. Anson Street" / "(555) 019-3300": a footer's
            # address and contact lines under the organisation's name; a bio about a
            # person the byline did not name is prose that ends a sentence
            return []
        blocks.append(block)
    if k < len(tail):
        return []  # something that is not an author block follows: leave it all to the body
    return blocks
