"""The scraped-plain-text reader: recover an article's structure from a page's text.

Scraped news pages arrive as one line per paragraph with the page's furniture
mixed in: the headline printed twice, a caption glued to its credit, a bare
"Updated:", share buttons, a "Related" list, the author's name three times.
This reader recovers the model from that, one small rule at a time, and
records for every field the source line and the rule that fired
(``Article.provenance``). The rules, in the order they fire, are documented
in docs/reader.md; the helpers live in :mod:`syndicate.readers.scraped`.

Nothing is invented: a date is taken only when the page states it in full.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..errors import SourceNotUnderstood
from ..model import Article, Contributor, Figure, Paragraph, Person, Provenance
from ..textclean import clean_text
from .scraped.body import Placed, read_body
from .scraped.credits import parse_credit_line
from .scraped.dates import caption_event_date, dateline_date
from .scraped.header import read_header
from .scraped.lines import Line, split_lines
from .scraped.noise import block_marker, noise_rule, rights_line, tags_line
from .scraped.tail import read_author_blocks

__all__ = ["detect_language", "parse_plaintext"]

_BREADCRUMB_SEPARATORS = (" » ", " > ", " › ", " / ")
_UKRAINIAN = frozenset("ієїґІЄЇҐ")
_BLOCK_LIMIT = 20
"""At most this many lines of links or topics follow a "Related" marker."""


def detect_language(text: str) -> tuple[str, str]:
    """A BCP 47 tag guessed from the script, and the rule that decided it.

    Cyrillic letters outnumbering Latin ones means Russian (Ukrainian when its
    own letters і/ї/є/ґ appear); everything else defaults to English.
    """
    sample = text[:20000]
    cyrillic = latin = ukrainian = 0
    for ch in sample:
        if "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
            if ch in _UKRAINIAN:
                ukrainian += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if cyrillic > latin:
        if ukrainian * 100 > cyrillic:
            return "uk", "language.script-cyrillic-ukrainian"
        return "ru", "language.script-cyrillic"
    return "en", "language.default"


def _is_breadcrumb(text: str) -> bool:
    for sep in _BREADCRUMB_SEPARATORS:
        if sep in text:
            parts = text.split(sep)
            return len(parts) <= 8 and all(0 < len(p.split()) <= 5 for p in parts)
    return False


def _inferred_date(
    placed: list[Placed], note: Callable[[str, int | None, str], None]
) -> str | None:
    """Rule ``inferred:lead-caption-date``: the lead photo's date, when the story is about that day.

    Only when the page states no date at all, the body opens with a figure
    whose caption gives a full date, and the first paragraph names the same
    month and day. Recorded as an inference, never as a stated date.
    """
    if not placed or not isinstance(placed[0].block, Figure) or not placed[0].block.caption:
        return None
    first = next((p for p in placed if isinstance(p.block, Paragraph)), None)
    if first is None or not isinstance(first.block, Paragraph):
        return None
    value = caption_event_date(placed[0].block.caption, first.block.text)
    if value is not None:
        note("published", placed[0].line, "inferred:lead-caption-date")
    return value


class _Reader:
    """One parse: the lines, which of them are used up, and what was recovered."""

    def __init__(self, lines: list[Line], label: str) -> None:
        self.lines = lines
        self.label = label
        self.used = [False] * len(lines)
        self.provenance: dict[str, Provenance] = {}
        self.tags: list[str] = []
        self.rights: list[str] = []
        self.credit_lines: list[str] = []
        self.contributors: list[Contributor] = []

    def note(self, key: str, line: Line | int | None, rule: str) -> None:
        """Record where a field came from; the first rule to set a field wins."""
        number = line.number if isinstance(line, Line) else line
        self.provenance.setdefault(key, Provenance(number, rule))

    # -- rules, in the order they fire -------------------------------------

    def title(self) -> int:
        """Rule ``title.first-line``: the first line that is not page chrome."""
        for index, line in enumerate(self.lines):
            self.used[index] = True
            text = line.text
            if noise_rule(text) or block_marker(text) or _is_breadcrumb(text):
                continue
            if any(ch.isalnum() for ch in text):
                self.note("title", line, "title.first-line")
                return index
        raise SourceNotUnderstood(f"{self.label}: no headline found (the text is only page chrome)")

    def sweep(self, title: str) -> None:
        """Drop noise anywhere; take rights, tags and credit lines out of the flow."""
        folded_title = title.casefold()
        k = 0
        while k < len(self.lines):
            if self.used[k]:
                k += 1
                continue
            line = self.lines[k]
            text = line.text
            marker = block_marker(text)
            if text.casefold() == folded_title or noise_rule(text):
                self.used[k] = True
            elif marker is not None:
                self.used[k] = True
                k = self._marked_block(k, marker)
                continue
            elif (tags := tags_line(text)) is not None:
                self.used[k] = True
                self.tags.extend(tags)
                self.note("tags", line, "tags.line")
            elif rights_line(text):
                self.used[k] = True
                self.rights.append(text)
                self.note("rights", line, "rights.copyright-line")
            elif (credits := parse_credit_line(text)) is not None:
                self.used[k] = True
                self.credit_lines.append(text)
                self.contributors.extend(Contributor(name, role) for name, role in credits)
                self.note("credit_line", line, "credits.line")
                self.note("contributors", line, "credits.line")
            k += 1

    def _marked_block(self, start: int, marker: str) -> int:
        """Rules ``noise.related-block`` and ``tags.topics-block``: the lines after a marker."""
        k = start + 1
        while k < len(self.lines) and k - start <= _BLOCK_LIMIT:
            line = self.lines[k]
            if line.blank_before or len(line.text) > 200:
                break
            if block_marker(line.text) or noise_rule(line.text):
                break  # the next block, or chrome the sweep drops on its own
            if marker == "topics":
                if len(line.text.split()) > 6:
                    break
                self.tags.append(line.text)
                self.note("tags", line, "tags.topics-block")
            self.used[k] = True
            k += 1
        return k

    def unused(self, after: int = -1) -> list[int]:
        return [i for i in range(after + 1, len(self.lines)) if not self.used[i]]

    def body_lines(self) -> list[Line]:
        return [self.lines[i] for i in self.unused()]


def parse_plaintext(text: str, *, label: str = "<text>", source_dir: str | None = None) -> Article:
    """Recover an :class:`Article` from the scraped text of a news page.

    ``text`` is already decoded (see :mod:`syndicate.readers.decode`).
    Raises :class:`~syndicate.errors.SourceNotUnderstood` when there is no
    article to recover (empty text, or nothing but page chrome).
    """
    text = clean_text(text, "source text")
    lines = split_lines(text)
    if not lines:
        raise SourceNotUnderstood(f"{label}: is empty")
    reader = _Reader(lines, label)
    title_index = reader.title()
    title = lines[title_index].text
    reader.sweep(title)

    counts = Counter(line.text.casefold() for line in lines)
    header = read_header(lines, reader.unused(title_index), counts)
    for index in header.consumed:
        reader.used[index] = True
    note = reader.note
    authors: list[dict[str, str | None]] = []
    for line, byline in header.bylines:
        for name, role in byline.people:
            if all(a["name"] != name for a in authors):
                authors.append({"name": name, "role": role, "bio": None})
                note(f"authors[{len(authors) - 1}]", line, byline.rule)
        note("authors", line, byline.rule)
    for line, person, role in header.roles:
        if person < len(authors) and authors[person]["role"] is None:
            authors[person]["role"] = role
            note(f"authors[{person}].role", line, "author.role-line")
    published = updated = None
    for line, kind, value, rule in header.dates:
        if kind == "updated" and updated is None:
            updated = value
            note("updated", line, rule)
        elif kind == "published" and published is None:
            published = value
            note("published", line, rule)
    subtitle = header.subtitle.text if header.subtitle else None
    if header.subtitle is not None:
        note("subtitle", header.subtitle, "subtitle.header-prose")

    known = {str(a["name"]).casefold() for a in authors}
    for block in read_author_blocks(
        lines, reader.unused(max(header.consumed, default=title_index)), known
    ):
        for index in block.consumed:
            reader.used[index] = True
        match = next(
            (a for a in authors if str(a["name"]).casefold() == block.name.casefold()), None
        )
        if match is None:
            match = {"name": block.name, "role": None, "bio": None}
            authors.append(match)
            note(f"authors[{len(authors) - 1}]", block.name_line, "author.block")
            note("authors", block.name_line, "author.block")
        position = authors.index(match)
        if block.role and not match["role"]:
            match["role"] = block.role
            note(f"authors[{position}].role", block.role_line, "author.block-role")
        if block.bio:
            match["bio"] = block.bio
            note(f"authors[{position}].bio", block.bio_line, "author.block-bio")

    placed = read_body(reader.body_lines())
    if published is None:
        first = next((p for p in placed if isinstance(p.block, Paragraph)), None)
        if first is not None and isinstance(first.block, Paragraph):
            stated = dateline_date(first.block.text)
            if stated is not None:
                published = stated
                note("published", first.line, "date.dateline")
    if published is None:
        published = _inferred_date(placed, note)
    for position, item in enumerate(placed):
        note(f"blocks[{position}]", item.line, item.rule)

    language, language_rule = detect_language(text)
    note("language", None, language_rule)
    return Article(
        title=title,
        subtitle=subtitle,
        authors=tuple(Person(str(a["name"]), a["role"], a["bio"]) for a in authors),
        contributors=tuple(reader.contributors),
        credit_line=" ".join(reader.credit_lines) or None,
        published=published,
        updated=updated,
        language=language,
        tags=tuple(dict.fromkeys(reader.tags)),
        rights=" ".join(reader.rights) or None,
        blocks=tuple(p.block for p in placed),
        provenance=reader.provenance,
        source_dir=source_dir,
    )
