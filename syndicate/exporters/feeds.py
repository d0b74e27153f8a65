"""RSS 2.0 and Atom 1.0 feeds, one entry per article, built with feedgen.

Every entry carries the whole article: a stable id, every author, the
contributors, the dates, the dek as summary, and the full article HTML from
:mod:`syndicate.htmlbody` (RSS ``content:encoded``, Atom ``content
type="html"``) with absolute image links. Figures with images are also listed
as Media RSS ``media:content`` elements holding the caption, the credit and a
copyright line; feedgen's own media extension has no ``media:credit``, so
:class:`MediaCreditEntryExtension` (in :mod:`syndicate.exporters.feeds_media`) writes them.

Conventions shared with ``syndicate publish`` (see docs/formats/feeds.md):

- an article's page on the site is ``SITE_URL/<slug>/`` (:func:`site_page_url`);
- a local figure image is published as ``SITE_URL/<slug>/<ImageData.name>``
  (:func:`image_url`);
- an entry's link is the article's own http(s) URL, else its page on the site.

Nothing here depends on the clock: every date comes from the articles, and an
article without any date gets the documented fallback (``SOURCE_DATE_EPOCH``
if set, else 1970-01-01T00:00:00Z) with a warning, so output is reproducible.

This module imports feedgen and lxml; it is itself imported only when a feed
format is used (``import syndicate`` never loads it).
"""

from __future__ import annotations

import html
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, BinaryIO, ClassVar
from urllib.parse import quote, urlsplit

from ..errors import ExportFailed, UsageError
from ..htmlbody import ImageRef, render_article
from ..i18n import N_
from ..links import is_safe_url
from ..model import Article, Contributor, Figure, Person, parse_iso_date
from ..textclean import clean_text
from .base import Exporter, ExportOptions, ExportWarning

# Re-exported: publish, tests and plugins import these names from this module.
from .feeds_media import MEDIA_NS, MediaCreditEntryExtension, MediaCreditExtension

__all__ = [
    "MEDIA_NS",
    "AtomExporter",
    "Enclosure",
    "FeedEntryData",
    "FeedImage",
    "FeedOptions",
    "MediaCreditEntryExtension",
    "MediaCreditExtension",
    "RssExporter",
    "build_entries",
    "entry_link",
    "fallback_datetime",
    "feed_language",
    "feed_title",
    "image_url",
    "normalize_site_url",
    "site_page_url",
]

GENERATOR = "syndicate"
UNTITLED = N_("Untitled article")
"""Entry title used when an article's title is blank (feeds require one)."""


@dataclass(frozen=True)
class Enclosure:
    """A download offered with an entry (e.g. the article's EPUB on the published site)."""

    article_id: str
    """The :attr:`FeedEntryData.id` of the entry it belongs to."""
    url: str
    """Absolute http(s) URL of the file."""
    length: int
    """Size in bytes (RSS requires it)."""
    media_type: str
    """IANA media type, e.g. ``application/epub+zip``."""
    title: str | None = None
    """A label for readers that show one (Atom ``title``, JSON Feed ``title``)."""


@dataclass(frozen=True)
class FeedOptions(ExportOptions):
    """Options of the RSS, Atom and JSON Feed exporters."""

    feed_url: str | None = None
    """Where the feed itself will be published (self link, JSON ``feed_url``, Atom id).
    None leaves the self link out (``feed add`` derives it as SITE_URL/FILENAME)."""
    limit: int | None = None
    """Keep only the newest N entries; None keeps all."""
    description: str | None = None
    """The feed's description (RSS ``description``, Atom ``subtitle``); derived when None."""
    slugs: tuple[tuple[str, str], ...] = ()
    """``(article id, slug)`` pairs naming an article's folder on the site when it is not
    ``article.slug`` (``syndicate publish`` gives a second article with the same title
    another folder); used for the page link and image URLs."""
    enclosures: tuple[Enclosure, ...] = ()
    """Downloads to attach to entries, matched by article id (``syndicate publish`` sets them).
    RSS carries the first per entry (the format allows one); Atom and JSON Feed carry all."""


@dataclass(frozen=True)
class FeedImage:
    """A figure's image as a feed links it."""

    url: str
    media_type: str | None
    width: int | None
    height: int | None
    size: int | None
    caption: str | None
    credit: str | None


@dataclass(frozen=True)
class FeedEntryData:
    """Everything an entry shows, computed once for all three feed formats."""

    article: Article
    id: str
    link: str
    title: str
    """The article's display title (its headline; for an untitled article, the first
    paragraph's first sentence), or ``UNTITLED`` when that is blank too."""
    authors: tuple[Person, ...]
    """The byline without blank names (a feed author needs a name)."""
    contributors: tuple[Contributor, ...]
    """The contributors without blank names."""
    summary: str | None
    content_html: str
    published: datetime
    updated: datetime
    date_known: bool
    images: tuple[FeedImage, ...]
    """The images that made it into the feed, in reading order (the first is the lead)."""
    figure_images: tuple[FeedImage | None, ...]
    """One slot per figure of the article (``article.figures()``), None when it has no image."""
    enclosures: tuple[Enclosure, ...]


# -- shared helpers ----------------------------------------------------------


def normalize_site_url(site_url: str | None) -> str:
    """The site's base URL ending in ``/``; a :class:`UsageError` unless absolute http(s)."""
    if not site_url or not site_url.strip():
        raise UsageError("feeds need --site-url URL (the base URL for absolute links)")
    url = site_url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or _has_bad_chars(url):
        raise UsageError(f"--site-url must be an absolute http(s) URL, got {site_url!r}")
    return url if url.endswith("/") else url + "/"


def _check_feed_url(feed_url: str | None) -> str | None:
    if feed_url is None:
        return None
    parts = urlsplit(feed_url.strip())
    if (
        parts.scheme.lower() not in ("http", "https")
        or not parts.netloc
        or _has_bad_chars(feed_url)
    ):
        raise UsageError(f"--feed-url must be an absolute http(s) URL, got {feed_url!r}")
    return feed_url.strip()


def _has_bad_chars(url: str) -> bool:
    # Whitespace, controls (C0, DEL, C1), lone surrogates and quote/markup characters
    # never belong in a URL we write into XML or JSON.
    return any(
        ch.isspace()
        or ord(ch) < 0x20
        or 0x7F <= ord(ch) <= 0x9F
        or 0xD800 <= ord(ch) <= 0xDFFF
        or ch in "<>\"'`"
        for ch in url
    )


def _web_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL safe to link, else None."""
    if not url:
        return None
    url = url.strip()
    if not is_safe_url(url) or url.lower().startswith("mailto:") or _has_bad_chars(url):
        return None
    return url if urlsplit(url).netloc else None


def site_page_url(article: Article, site_url: str, slug: str | None = None) -> str:
    """The article's page on the published site: ``SITE_URL/<slug>/``.

    ``slug`` overrides the article's own (a site gives a second article with
    the same title another folder name).
    """
    return normalize_site_url(site_url) + quote(slug or article.slug) + "/"


def entry_link(article: Article, site_url: str, slug: str | None = None) -> str:
    """The entry's link: the article's own http(s) URL, else its page on the site."""
    return _web_url(article.url) or site_page_url(article, site_url, slug)


def entry_id(article: Article) -> str:
    """A stable id: the canonical http(s) URL, else a content hash (never random, never now)."""
    if _web_url(article.url):
        return article.identifier
    # A javascript: or relative "url" must not become the id either.
    return article.replace(url=None).identifier if article.url else article.identifier


def image_url(article: Article, image_name: str, site_url: str, slug: str | None = None) -> str:
    """Where a local figure image is published: ``SITE_URL/<slug>/<image_name>``."""
    return site_page_url(article, site_url, slug) + quote(image_name)


def fallback_datetime(options: ExportOptions) -> datetime:
    """The documented date for articles without one: SOURCE_DATE_EPOCH, else the Unix epoch."""
    epoch = options.effective_epoch()
    return datetime.fromtimestamp(epoch if epoch is not None else 0, UTC)


def to_datetime(value: str) -> datetime:
    """An ISO 8601 model date as an aware datetime (a bare date is midnight UTC;
    a date-time without offset is taken as UTC)."""
    parsed = parse_iso_date(value)
    if isinstance(parsed, datetime):
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    assert isinstance(parsed, date)
    return datetime(parsed.year, parsed.month, parsed.day, tzinfo=UTC)


def feed_title(articles: Sequence[Article], options: ExportOptions, site_url: str) -> str:
    """options.title, else the articles' common publisher, else the site's host name."""
    if options.title and options.title.strip():
        title = clean_text(options.title, "feed title").strip()
        if title:
            return title
    publishers = {a.publisher.name.strip() for a in articles if a.publisher is not None}
    if len(publishers) == 1 and (name := publishers.pop()):
        return name
    return urlsplit(site_url).netloc


def feed_language(articles: Sequence[Article]) -> str:
    """The feed's language: the most common article language (first wins a tie)."""
    counts: dict[str, int] = {}
    for article in articles:
        counts[article.language] = counts.get(article.language, 0) + 1
    return max(counts, key=lambda lang: counts[lang]) if counts else "en"


def _figure_image(
    article: Article, figure: Figure, options: ExportOptions, site_url: str, slug: str | None
) -> FeedImage | None:
    src = (figure.src or "").strip()
    if not src:
        return None
    remote = _web_url(src)
    if remote is not None:
        # A feed links images rather than embedding them: nothing to fetch.
        return FeedImage(remote, None, None, None, None, figure.caption, figure.credit)
    if "://" in src or src.lower().startswith(("javascript:", "data:", "//")):
        warnings.warn(
            f"figure image {src!r} is not an http(s) URL or a local file; left out of the feed",
            ExportWarning,
            stacklevel=4,
        )
        return None
    from ..images import load_image

    data = load_image(figure, article, options)
    if data is None:
        return None
    return FeedImage(
        image_url(article, data.name, site_url, slug),
        data.media_type,
        data.width,
        data.height,
        len(data.data),
        figure.caption,
        figure.credit,
    )


def _entry(
    article: Article, options: FeedOptions, site_url: str, fallback: datetime
) -> FeedEntryData:
    ident = entry_id(article)
    slug = dict(options.slugs).get(ident)
    images: dict[int, ImageRef] = {}
    figure_images: list[FeedImage | None] = []
    for index, block in enumerate(article.blocks):
        if isinstance(block, Figure):
            image = _figure_image(article, block, options, site_url, slug)
            figure_images.append(image)
            if image is not None:
                images[index] = ImageRef(image.url, image.width, image.height)
    published = to_datetime(article.published) if article.published else None
    updated = to_datetime(article.updated) if article.updated else None
    date_known = published is not None or updated is not None
    if not date_known:
        warnings.warn(
            f"{article.display_title[:60]!r} has no date; its feed entry is dated "
            f"{fallback.isoformat()} (SOURCE_DATE_EPOCH, else 1970-01-01)",
            ExportWarning,
            stacklevel=3,
        )
    published = published or updated or fallback
    updated = updated or published
    return FeedEntryData(
        article=article,
        id=ident,
        link=entry_link(article, site_url, slug),
        title=article.display_title.strip() or options.ui(article).gettext(UNTITLED),
        authors=tuple(p for p in article.authors if p.name.strip()),
        contributors=tuple(c for c in article.contributors if c.name.strip()),
        summary=article.subtitle,
        content_html=render_article(article, images, ui_language=options.ui_language),
        published=published,
        updated=max(updated, published),
        date_known=date_known,
        images=tuple(i for i in figure_images if i is not None),
        figure_images=tuple(figure_images),
        enclosures=tuple(e for e in options.enclosures if e.article_id == ident),
    )


def build_entries(articles: Sequence[Article], options: FeedOptions) -> list[FeedEntryData]:
    """One entry per distinct id, newest first (ties keep input order), at most ``limit``."""
    site_url = normalize_site_url(options.site_url)
    _check_feed_url(options.feed_url)
    if options.limit is not None and options.limit < 1:
        raise UsageError(f"--limit must be at least 1, got {options.limit}")
    for enclosure in options.enclosures:
        if _web_url(enclosure.url) is None or enclosure.length < 0:
            raise UsageError(f"enclosure {enclosure.url!r} is not an absolute http(s) URL")
    fallback = fallback_datetime(options)
    by_id: dict[str, FeedEntryData] = {}
    for article in articles:
        entry = _entry(article, options, site_url, fallback)
        if entry.id in by_id:
            warnings.warn(
                f"two articles share the id {entry.id}; the later one is kept",
                ExportWarning,
                stacklevel=2,
            )
            del by_id[entry.id]
        by_id[entry.id] = entry
    ordered = sorted(by_id.values(), key=lambda e: e.published, reverse=True)
    return ordered[: options.limit] if options.limit is not None else ordered


# -- the exporters ---------------------------------------------------------------


class _FeedgenExporter(Exporter):
    """RSS and Atom share everything but the final serialisation."""

    options_class: ClassVar[type[ExportOptions]] = FeedOptions
    kind: ClassVar[str] = "rss"

    def write(self, articles: Sequence[Article], stream: BinaryIO, options: ExportOptions) -> None:
        """Write ``articles`` as one feed, newest entry first."""
        if not isinstance(options, FeedOptions):
            options = FeedOptions(**{f: getattr(options, f) for f in options.field_names()})
        entries = build_entries(articles, options)
        try:
            data = self._render(articles, entries, options)
        except (ValueError, UnicodeError) as exc:
            # lxml refuses strings that are not XML; the model is cleaned, options may not be.
            raise ExportFailed(f"{self.name}: {exc}") from None
        stream.write(data)

    def _render(
        self, articles: Sequence[Article], entries: Sequence[FeedEntryData], options: FeedOptions
    ) -> bytes:
        from feedgen.feed import FeedGenerator

        from .. import __version__

        site_url = normalize_site_url(options.site_url)
        feed_url = _check_feed_url(options.feed_url)
        title = feed_title(articles, options, site_url)
        description = (
            clean_text(options.description, "feed description")
            if options.description
            else options.ui(articles[0]).gettext("Articles from {title}").format(title=title)
        )
        fg = FeedGenerator()
        fg.load_extension("dc", atom=False, rss=True)
        fg.register_extension("media", MediaCreditExtension, MediaCreditEntryExtension)
        fg.id(feed_url or site_url)
        fg.title(title)
        fg.description(description)
        fg.subtitle(description)
        if feed_url:
            media = "application/atom+xml" if self.kind == "atom" else "application/rss+xml"
            fg.link(href=feed_url, rel="self", type=media)
        # feedgen makes the *last* link the RSS channel <link>: the site must come last.
        fg.link(href=site_url, rel="alternate")
        fg.language(feed_language(articles))
        fg.generator(GENERATOR, version=__version__, uri=None)
        # feedgen stamps "now" by default; the feed is as new as its newest entry:
        # Atom by <updated>, RSS by pubDate (the only date an RSS item carries).
        if self.kind == "atom":
            fg.updated(max(e.updated for e in entries))
        else:
            fg.updated(max(e.published for e in entries))
        if self.kind == "atom" and any(not e.authors for e in entries):
            # Atom needs an author on the feed when an entry has none.
            fg.author({"name": title})
        for entry in entries:
            self._add_entry(fg, entry)
        if self.kind == "atom":
            return _entry_languages(fg.atom_str(pretty=True, encoding="UTF-8"), entries)
        return fg.rss_str(pretty=True, encoding="UTF-8")

    def _add_entry(self, fg: Any, entry: FeedEntryData) -> None:
        article = entry.article
        fe = fg.add_entry(order="append")
        fe.id(entry.id)
        fe.guid(entry.id, permalink=entry.id == entry.link)
        fe.title(entry.title)
        fe.link(href=entry.link, rel="alternate", type="text/html")
        fe.published(entry.published)
        fe.updated(entry.updated)
        fe.pubDate(entry.published)
        if self.kind == "atom":
            for person in entry.authors:
                author = {"name": person.name}
                if _web_url(person.url):
                    author["uri"] = person.url.strip()  # type: ignore[union-attr]
                fe.author(author)
            for contributor in entry.contributors:
                fe.contributor({"name": contributor.name})
            if entry.summary:
                fe.summary(entry.summary, type="text")
            fe.content(entry.content_html, type="html")
            if article.rights:
                fe.rights(article.rights)
            for enclosure in entry.enclosures:
                fe.media.enclosure(enclosure)
        else:
            for person in entry.authors:
                # RSS <author> wants an e-mail address; names go in dc:creator.
                fe.dc.dc_creator(person.name)
            for contributor in entry.contributors:
                fe.dc.dc_contributor(contributor.name)
            # The channel has one <language>; each item names its own with dc:language.
            fe.dc.dc_language(article.language)
            if article.rights:
                fe.dc.dc_rights(article.rights)
            # RSS description is HTML to every reader: escape the plain-text dek.
            fe.description(html.escape(entry.summary or entry.title, quote=False))
            fe.content(entry.content_html, type="html")
            if entry.enclosures:
                first = entry.enclosures[0]
                fe.enclosure(first.url, str(first.length), first.media_type)
        for tag in article.tags:
            if tag.strip():
                fe.category(term=tag)
        for position, image in enumerate(entry.images):
            fe.media.image(image, thumbnail=position == 0)


def _entry_languages(data: bytes, entries: Sequence[FeedEntryData]) -> bytes:
    """Mark each Atom ``<entry>`` whose language differs from the feed's with ``xml:lang``.

    feedgen writes ``xml:lang`` on the feed only; a mixed-language feed needs it per entry.
    """
    from lxml import etree

    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    feed_lang = root.get(_XML_LANG)
    changed = False
    atom_entries = root.findall("{http://www.w3.org/2005/Atom}entry")
    for element, entry in zip(atom_entries, entries, strict=False):
        if entry.article.language != feed_lang:
            element.set(_XML_LANG, entry.article.language)
            changed = True
    if not changed:
        return data
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class RssExporter(_FeedgenExporter):
    """RSS 2.0 with content:encoded, dc:creator and Media RSS credits."""

    name = "rss"
    extension = "rss"
    media_type = "application/rss+xml"
    description = "RSS 2.0 feed (full content, dc:creator, Media RSS credits)"
    kind = "rss"


class AtomExporter(_FeedgenExporter):
    """Atom 1.0 with authors, contributors, html content and Media RSS credits."""

    name = "atom"
    extension = "atom"
    media_type = "application/atom+xml"
    description = "Atom 1.0 feed (full content, authors, contributors, Media RSS credits)"
    kind = "atom"
