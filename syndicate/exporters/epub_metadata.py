"""EPUB package metadata: what ``content.opf`` says about the book, beside its content.

:mod:`syndicate.exporters.epub` assembles the chapters, images, navigation and
zip; this module decides the Dublin Core metadata (identifier, titles,
languages, creators and contributors, dates, publisher, rights, subjects), the
modification time every reproducible build pins, and the EPUB Accessibility 1.1
claims, which are derived from the images actually embedded
(:class:`EmbeddedImages`). Nothing here imports ebooklib: the book object is
passed in, so the module stays cheap to import.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

try:  # the C classes directly: `import datetime` runs its pure-Python twin first (~4 M
    # instructions of a one-article EPUB export), as syndicate.model says
    from _datetime import date, datetime
except ImportError:  # an interpreter without it
    from datetime import date, datetime

from .._sha import sha256
from ..i18n import Interface, interface
from ..images import ImageData
from ..model import Article, Contributor, Person, parse_iso_date, to_utc
from ..reproducible import build_datetime
from ..textclean import clean_text
from .base import ExportOptions

__all__ = [
    "EmbeddedImages",
    "book_title",
    "modified_time",
    "or_untitled",
    "set_accessibility",
    "set_metadata",
]


class EmbeddedImages:
    """Images embedded so far (one copy per distinct file), and what they mean for a11y."""

    # A plain class, not a dataclass: generating a dataclass's methods costs every EPUB
    # export ~4 M instructions at import, and nothing compares or prints these.
    __slots__ = ("animated", "items", "not_shown", "with_alt", "without_alt")

    def __init__(self) -> None:
        self.items: dict[str, ImageData] = {}
        """The embedded pictures by file name inside the package."""
        self.with_alt = 0
        self.without_alt = 0
        self.not_shown = 0
        """Figures whose picture is not in the book (no src, missing, remote, unusable)."""
        self.animated = False


def or_untitled(title: str, ui: Interface | None = None) -> str:
    """``title``, or "Untitled article" (in the interface's language) when it is blank."""
    # An empty dc:title or <title> makes the package invalid. Callers pass an article's
    # display title: an untitled article's first sentence; its chapter shows no h1.
    return title if title.strip() else (ui or interface("en")).gettext("Untitled article")


def modified_time(articles: Sequence[Article], options: ExportOptions) -> datetime:
    """SOURCE_DATE_EPOCH when set; else the newest date the articles state; else now."""
    epoch = options.effective_epoch()
    if epoch is not None:
        return build_datetime(epoch)
    stated = [t for a in articles if (t := to_utc(a.updated or a.published)) is not None]
    return max(stated) if stated else build_datetime(None)


def book_title(articles: Sequence[Article], options: ExportOptions) -> str:
    """The book's title: the title option, the article's own title, or a dated digest title."""
    if options.title and options.title.strip():
        # Options come from the command line, not the model: clean them the same way.
        return clean_text(options.title.strip(), "title option")
    ui = options.ui(articles[0])
    if len(articles) == 1:
        return or_untitled(articles[0].display_title, ui)
    dates = [d for a in articles if (d := to_utc(a.published)) is not None]
    if dates:
        return ui.gettext("News digest, {date}").format(date=ui.format_day(max(dates).date()))
    return ui.gettext("News digest")


def _article_identifier(article: Article) -> str:
    # Article.identifier returns a blank url as is; an empty dc:identifier is invalid.
    if article.url is not None and not article.url.strip():
        return article.replace(url=None).identifier
    return article.identifier.strip()


def _book_identifier(articles: Sequence[Article]) -> str:
    if len(articles) == 1:
        return _article_identifier(articles[0])
    # A digest is identified by what it holds, in order: same articles, same id.
    joined = "\0".join(_article_identifier(a) for a in articles)
    digest = sha256(joined.encode("utf-8"))
    return "urn:sha256:" + digest.hexdigest()[:32]


def _unique(values: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)


def set_metadata(
    book: Any, articles: Sequence[Article], title: str, language: str, modified: datetime
) -> None:
    """Write the Dublin Core package metadata of ``articles`` into ebooklib's ``book``."""
    book.set_identifier(_book_identifier(articles))
    # Set directly: set_title would add a second, unrefined dc:title.
    book.title = title
    book.add_metadata("DC", "title", title, {"id": "title"})
    book.add_metadata(None, "meta", "main", {"refines": "#title", "property": "title-type"})
    single = articles[0] if len(articles) == 1 else None
    if single is not None and single.subtitle and single.subtitle.strip():
        book.add_metadata("DC", "title", single.subtitle, {"id": "subtitle"})
        book.add_metadata(
            None, "meta", "subtitle", {"refines": "#subtitle", "property": "title-type"}
        )
    book.set_language(language)
    for other in _unique([a.language for a in articles if a.language != language]):
        book.add_metadata("DC", "language", other)

    people: dict[str, Person] = {}
    for article in articles:
        for person in article.authors:
            if person.name.strip():
                people.setdefault(person.name, person)
    for number, name in enumerate(people, start=1):
        book.add_author(name, role="aut", uid=f"creator{number}")
    contributors: dict[str, Contributor] = {}
    for article in articles:
        for contributor in article.contributors:
            if contributor.name.strip() and contributor.name not in people:
                contributors.setdefault(contributor.name, contributor)
    for number, name in enumerate(contributors, start=1):
        uid = f"contributor{number}"
        book.add_metadata("DC", "contributor", name, {"id": uid})
        book.add_metadata(
            None,
            "meta",
            "ctb",
            {"refines": f"#{uid}", "property": "role", "scheme": "marc:relators"},
        )

    published = [d for a in articles if (d := to_utc(a.published)) is not None]
    if single is not None and single.published:
        book.add_metadata("DC", "date", _w3c_date(single.published))
    elif published:
        book.add_metadata("DC", "date", max(published).strftime("%Y-%m-%dT%H:%M:%SZ"))
    publishers = _unique([a.publisher.name.strip() for a in articles if a.publisher])
    if len(publishers) == 1:
        book.add_metadata("DC", "publisher", publishers[0])
    rights = _unique([(a.rights or "").strip() for a in articles])
    if len(rights) == 1 and all(a.rights and a.rights.strip() for a in articles):
        book.add_metadata("DC", "rights", rights[0])
    if single is not None:
        if single.subtitle and single.subtitle.strip():
            book.add_metadata("DC", "description", single.subtitle)
        if single.url and single.url.strip():
            book.add_metadata("DC", "source", single.url)
    else:
        listing = "; ".join(or_untitled(a.display_title) for a in articles)
        book.add_metadata("DC", "description", f"A digest of {len(articles)} articles: {listing}")
    for tag in _unique([t.strip() for a in articles for t in a.tags]):
        book.add_metadata("DC", "subject", tag)


def _w3c_date(value: str) -> str:
    """dc:date in a form EPUBCheck accepts (W3CDTF): the date, or the UTC date-time."""
    parsed = parse_iso_date(value)
    if isinstance(parsed, datetime):
        moment = to_utc(value)
        assert moment is not None
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert isinstance(parsed, date)
    return parsed.isoformat()


def set_accessibility(
    book: Any, images: EmbeddedImages, default_style: bool, digest: bool, ui: Interface
) -> None:
    """EPUB Accessibility 1.1 metadata; every claim is true of this particular book.

    The summary is in the book's interface language (``ui``), like its other words."""

    def meta(name: str, value: str) -> None:
        book.add_metadata(None, "meta", value, {"property": f"schema:{name}"})

    has_images = bool(images.items)
    meta("accessMode", "textual")
    if has_images:
        meta("accessMode", "visual")
    # Text alone suffices only if every picture has a real description from the source.
    if not has_images or images.without_alt == 0:
        meta("accessModeSufficient", "textual")
    if has_images:
        meta("accessModeSufficient", "textual,visual")
    features = ["structuralNavigation", "tableOfContents", "readingOrder"]
    if has_images and images.without_alt == 0:
        features.append("alternativeText")
    if default_style:
        # Our stylesheet sizes text in relative units and fixes no colours or layout.
        features.append("displayTransformability")
    for feature in features:
        meta("accessibilityFeature", feature)
    if images.animated:
        meta("accessibilityHazard", "unknown")
    else:
        meta("accessibilityHazard", "none")
    meta("accessibilitySummary", _summary(images, digest, ui))


def _summary(images: EmbeddedImages, digest: bool, ui: Interface) -> str:
    # Counts stand after a colon, so that no language needs plural forms of these sentences.
    if digest:
        parts = [
            ui.gettext(
                "This reflowable EPUB holds a digest of news articles, one chapter each, with "
                "a table of contents, headings for every section and a reading order that "
                "follows the source."
            )
        ]
    else:
        parts = [
            ui.gettext(
                "This reflowable EPUB holds a news article, with a table of contents, headings "
                "for every section and a reading order that follows the source."
            )
        ]
    count = images.with_alt + images.without_alt
    if count == 0:
        parts.append(ui.gettext("It contains no images."))
    elif images.without_alt == 0:
        parts.append(
            ui.gettext("Images, each with a text alternative, a caption and a credit: {count}.")
            .format(count=count)
        )
    else:
        parts.append(
            ui.gettext(
                "Images without a description from the source, shown with their caption and "
                "credit as text: {without} of {count}."
            ).format(without=images.without_alt, count=count)
        )
    if images.not_shown:
        parts.append(
            ui.gettext(
                "Photos of the source not included, their captions and credits kept as text: "
                "{count}."
            ).format(count=images.not_shown)
        )
    if images.animated:
        parts.append(
            ui.gettext("It contains an animated image whose flashing has not been assessed.")
        )
    return " ".join(parts)
