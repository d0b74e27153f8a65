"""The canonical article model (schema ``syndicate.article/1``).

Plain, immutable data that knows nothing of any output format. Readers build
it, exporters read it. Text is cleaned of characters that XML cannot carry when
an object is built (see :mod:`syndicate.textclean`), so exporters can trust it.

The JSON form is the contract described in DESIGN.md: :meth:`Article.to_dict`
and :meth:`Article.from_dict` round-trip it exactly (the validating decoder
behind ``from_dict`` lives in :mod:`syndicate.model_json`).
"""

from __future__ import annotations

import unicodedata

try:  # datetime's C module itself: `import datetime` runs its pure-Python twin first (~4 M
    # instructions, 2 % of a first parse) and then takes these same classes from it
    from _datetime import UTC, date, datetime
except ImportError:  # an interpreter without it
    from datetime import UTC, date, datetime

from . import _re as re
from ._typing import TYPE_CHECKING
from .errors import SourceNotUnderstood
from .record import field, fields, record, replace
from .textclean import clean_text

if TYPE_CHECKING:
    from typing import Any, ClassVar

__all__ = [
    "SCHEMA_ID",
    "Article",
    "Block",
    "Contributor",
    "Figure",
    "Heading",
    "ListBlock",
    "Paragraph",
    "Person",
    "Provenance",
    "Publisher",
    "Quote",
    "first_sentence",
    "parse_iso_date",
    "to_utc",
]

SCHEMA_ID = "syndicate.article/1"
# BCP 47 in its common shape (language, then subtags); enough to keep `lang` attributes valid.
_LANGUAGE_TAG = r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*|[xX](-[A-Za-z0-9]{1,8})+"


def _clean(value: str | None, name: str) -> str | None:
    return None if value is None else clean_text(value, name)


def to_utc(value: str | None) -> datetime | None:
    """An ISO 8601 model date as an aware UTC datetime; None when missing or malformed.

    A bare date counts as midnight UTC and a date-time without an offset as UTC,
    so that dates of any precision can be compared and sorted together.
    """
    if not value:
        return None
    try:
        parsed = parse_iso_date(value)
    except ValueError:
        return None
    if not isinstance(parsed, datetime):
        return datetime(parsed.year, parsed.month, parsed.day, tzinfo=UTC)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def parse_iso_date(value: str) -> datetime | date:
    """Parse an ISO 8601 date or date-time; raise ``ValueError`` otherwise."""
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


@record
class Person:
    """An author in the byline."""

    name: str
    """Display name, as printed in the byline."""
    role: str | None = None
    """Job title from the author block, e.g. "Reporter"."""
    bio: str | None = None
    """The "about the author" sentence(s)."""
    url: str | None = None
    """The author's page, when the source gives one."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_text(self.name, "author name"))
        object.__setattr__(self, "role", _clean(self.role, "author role"))
        object.__setattr__(self, "bio", _clean(self.bio, "author bio"))
        object.__setattr__(self, "url", _clean(self.url, "author url"))


@record
class Contributor:
    """Someone credited for contributing, not in the byline."""

    name: str
    """The name as credited (a person or an agency such as "Reuters")."""
    role: str | None = None
    """What they did, when the credit line says (e.g. "reporting", "editing")."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_text(self.name, "contributor name"))
        object.__setattr__(self, "role", _clean(self.role, "contributor role"))


@record
class Publisher:
    """The outlet that published the article."""

    name: str
    """The outlet's name."""
    url: str | None = None
    """The outlet's home page."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_text(self.name, "publisher name"))
        object.__setattr__(self, "url", _clean(self.url, "publisher url"))


@record
class Provenance:
    """Where a recovered value came from: a 1-based source line and the rule that fired."""

    line: int | None
    """1-based line in the source text, or None when not line-based."""
    rule: str
    """Name of the parsing rule (e.g. ``byline.by-prefix``); ``inferred:`` marks a guess."""


@record
class Paragraph:
    """A paragraph of body text."""

    text: str
    """The paragraph's text, one logical line."""
    type: ClassVar[str] = "paragraph"

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", clean_text(self.text, "paragraph"))


@record
class Heading:
    """A section heading inside the body."""

    text: str
    """The heading's text."""
    level: int = 2
    """Outline level; 2 is a section (level 1 is the article title itself)."""
    type: ClassVar[str] = "heading"

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", clean_text(self.text, "heading"))


@record
class Figure:
    """A photo or graphic with its caption and credit, in reading order."""

    caption: str | None = None
    """What the picture shows; never contains the credit."""
    credit: str | None = None
    """Who made it, without wrapper words or parentheses ("Annegret Hilse/Reuters")."""
    src: str | None = None
    """Image location: a path relative to the source file, or a URL."""
    alt: str | None = None
    """Alternative text for readers who cannot see the image; None when unknown."""
    type: ClassVar[str] = "figure"

    def __post_init__(self) -> None:
        object.__setattr__(self, "caption", _clean(self.caption, "figure caption"))
        object.__setattr__(self, "credit", _clean(self.credit, "figure credit"))
        object.__setattr__(self, "src", _clean(self.src, "figure src"))
        object.__setattr__(self, "alt", _clean(self.alt, "figure alt"))


@record
class Quote:
    """A block or pull quote."""

    text: str
    """The quoted words."""
    attribution: str | None = None
    """Who said it, when stated."""
    type: ClassVar[str] = "quote"

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", clean_text(self.text, "quote"))
        object.__setattr__(self, "attribution", _clean(self.attribution, "quote attribution"))


@record
class ListBlock:
    """A bulleted or numbered list."""

    items: tuple[str, ...]
    """The list items, in order."""
    ordered: bool = False
    """True for a numbered list."""
    type: ClassVar[str] = "list"

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "items", tuple(clean_text(item, "list item") for item in self.items)
        )

    @property
    def numbers_printed(self) -> bool:
        """True for a numbered list whose items open with the numbers the source printed
        ("1. Clear the drains", "3) Kraków 45 pts"): a scraped page's ranks and steps are
        the items' own text, so formats show them rather than numbering the items again."""
        if not self.ordered or not self.items:
            return False
        for item in self.items:
            mark = item.split(" ", 1)[0]
            if len(mark) < 2 or mark[-1] not in ".)" or not mark[:-1].isdigit():
                return False
        return True


Block = Paragraph | Heading | Figure | Quote | ListBlock


@record
class Article:
    """One news article: metadata plus an ordered body of blocks."""

    title: str
    """The headline; ``""`` when the source prints none (a scraped page that kept only the
    story's text). Formats that need a title then use :attr:`display_title`."""
    subtitle: str | None = None
    """The dek / standfirst."""
    authors: tuple[Person, ...] = ()
    """The byline, in order."""
    contributors: tuple[Contributor, ...] = ()
    """People and agencies credited in the contributor line."""
    credit_line: str | None = None
    """The contributor credit sentence, verbatim."""
    published: str | None = None
    """ISO 8601 date or date-time; never invented (see provenance for inferred values)."""
    updated: str | None = None
    """ISO 8601 date or date-time of the last update, when stated."""
    language: str = "en"
    """BCP 47 language tag."""
    publisher: Publisher | None = None
    """The outlet."""
    url: str | None = None
    """Canonical link."""
    tags: tuple[str, ...] = ()
    """Subject tags / categories."""
    rights: str | None = None
    """Copyright or licence statement."""
    blocks: tuple[Block, ...] = ()
    """The body, in reading order."""
    provenance: dict[str, Provenance] = field(default_factory=dict, compare=False)
    """Where each recovered value came from, keyed by field name or ``blocks[i]``."""
    source_dir: str | None = field(default=None, compare=False)
    """Folder that relative figure ``src`` paths resolve against; not part of the JSON."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", clean_text(self.title, "title"))
        for name in ("subtitle", "credit_line", "rights", "url"):
            object.__setattr__(self, name, _clean(getattr(self, name), name))
        object.__setattr__(self, "tags", tuple(clean_text(t, "tag") for t in self.tags))
        language = self.language.strip().replace("_", "-") or "en"
        if not re.fullmatch(_LANGUAGE_TAG, language):
            raise SourceNotUnderstood(f"language: {self.language!r} is not a BCP 47 language tag")
        object.__setattr__(self, "language", language)
        for name in ("published", "updated"):
            value = getattr(self, name)
            if value is not None:
                try:
                    parse_iso_date(value)
                except ValueError:
                    raise SourceNotUnderstood(
                        f"{name}: {value!r} is not an ISO 8601 date"
                    ) from None

    # -- derived views -------------------------------------------------

    def figures(self) -> list[Figure]:
        """The figures, in reading order."""
        return [b for b in self.blocks if isinstance(b, Figure)]

    def headings(self) -> list[Heading]:
        """The section headings, in reading order."""
        return [b for b in self.blocks if isinstance(b, Heading)]

    def paragraphs(self) -> list[Paragraph]:
        """The body paragraphs, in reading order."""
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def display_title(self) -> str:
        """The title a format shows where it needs one (metadata, a table of contents, a
        feed entry, a file name): the headline; for an untitled article (``title == ""``),
        the first paragraph's first sentence (see :func:`first_sentence`), else the first
        heading; else ``""``. Format-agnostic and cheap: computed on each call from the
        blocks, nothing cached."""
        title = self.title.strip()
        if title:
            return self.title
        for block in self.blocks:
            if isinstance(block, Paragraph) and block.text.strip():
                return first_sentence(block.text.strip())
        for block in self.blocks:
            if isinstance(block, Heading) and block.text.strip():
                return block.text.strip()
        return ""

    @property
    def slug(self) -> str:
        """A file-name-safe, lower-case, ASCII name derived from the (display) title."""
        return slugify(self.display_title) or "article-" + self.identifier[-12:]

    @property
    def identifier(self) -> str:
        """A stable identifier: the canonical URL, else a hash of the content.

        Never random and never the export time, so re-exports keep their ids.
        """
        if self.url and self.url.strip():
            return self.url.strip()
        from ._sha import sha256  # only articles without a URL need it; kept off start-up

        parts = [self.title.encode("utf-8")]
        for person in self.authors:
            parts.append(b"\0" + person.name.encode("utf-8"))
        parts.append(b"\0" + (self.published or "").encode("utf-8"))
        for block in self.blocks:
            parts.append(b"\1" + repr(block).encode("utf-8"))
        # One call over the joined parts: the same digest as updating part by part.
        return "urn:sha256:" + sha256(b"".join(parts)).hexdigest()[:32]

    def replace(self, **changes: Any) -> Article:
        """A copy with some fields changed."""
        return replace(self, **changes)

    # -- JSON ------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of schema ``syndicate.article/1``."""
        return {
            "schema": SCHEMA_ID,
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": [
                {"name": p.name, "role": p.role, "bio": p.bio, "url": p.url} for p in self.authors
            ],
            "contributors": [{"name": c.name, "role": c.role} for c in self.contributors],
            "credit_line": self.credit_line,
            "published": self.published,
            "updated": self.updated,
            "language": self.language,
            "publisher": (
                None
                if self.publisher is None
                else {"name": self.publisher.name, "url": self.publisher.url}
            ),
            "url": self.url,
            "tags": list(self.tags),
            "rights": self.rights,
            "blocks": [_block_to_dict(b) for b in self.blocks],
            "provenance": {
                key: {"line": p.line, "rule": p.rule} for key, p in self.provenance.items()
            },
        }

    @classmethod
    def from_dict(cls, data: Any, source_dir: str | None = None) -> Article:
        """Build an article from its JSON dict, with a clear error for what does not fit."""
        # Imported here: model_json builds on this module's classes, so a top-level
        # import would be circular.
        from .model_json import decode_article

        return decode_article(data, source_dir)


def _block_to_dict(block: Block) -> dict[str, Any]:
    out: dict[str, Any] = {"type": block.type}
    for name in fields(block):
        value = getattr(block, name)
        out[name] = list(value) if isinstance(value, tuple) else value
    return out


_SLUG_PUNCTUATION = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2026\u00ab\u00bb\u2039\u203a\u00b7\u2022"
    "\u00a0\u2002\u2003\u2009\u202f"), " ")  # fmt: skip
"""Typographic quotes, dashes, ellipsis, guillemets, bullets and spaces: what keeps most
titles from being ASCII. anyascii writes each as ASCII punctuation or a space, never a
letter or digit, so for the slug's words each is a separator, and a title with no other
non-ASCII character does not need anyascii (whose import and data files cost ~8 ms of a
one-file export)."""


def first_sentence(text: str) -> str:
    """A paragraph's first sentence, as the stand-in title of an article whose source prints
    no headline: cut to twelve words and "…" when it is longer than twenty; a first
    "sentence" of fewer than three words (an abbreviation's full stop) gives the paragraph's
    first twelve words and "…" instead."""
    first = text
    for end in (". ", "! ", "? ", "。"):
        cut = first.find(end)
        if cut > 0:
            first = first[: cut + (1 if end == "。" else 0)]
    first = first.rstrip(".。 ")
    words = first.split()
    if len(words) > 20:
        first = " ".join(words[:12]) + " …"
    elif len(words) < 3 and len(first) < 60 and " " in text:
        first = " ".join(text.split()[:12]) + " …"
    return first


def slugify(text: str, max_length: int = 80) -> str:
    """Lower-case ASCII words joined by hyphens ("Peace Talks!" -> "peace-talks").

    Other scripts are transliterated ("Мирные переговоры" -> "mirnye-peregovory"),
    so every article gets a readable file and folder name.
    """
    ascii_text = text if text.isascii() else text.translate(_SLUG_PUNCTUATION)
    if not ascii_text.isascii():
        from anyascii import anyascii

        ascii_text = anyascii(unicodedata.normalize("NFC", text))
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug
