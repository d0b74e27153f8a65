"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written by hand.

feedgen has no JSON Feed support, and the format is small enough to write
with care: the entries are the same as the RSS and Atom ones (built by
:func:`syndicate.exporters.feeds.build_entries`), so the three feeds agree on
ids, links, dates, authors and content.

What goes where:

- top level: ``version``, ``title``, ``home_page_url`` (the site), ``feed_url``
  (when known), ``description``, ``language``, ``items``;
- per item: ``id``, ``url``, ``title``, ``content_html`` (the whole article),
  ``summary`` (the dek), ``image`` (the lead figure's image), ``date_published``
  and ``date_modified`` (RFC 3339), ``authors`` (``name`` and ``url``),
  ``tags``, ``language``, ``attachments`` (downloads, when given);
- ``_syndicate`` (an extension object, allowed by the spec for any key that
  starts with an underscore): contributors, the credit line, rights and every
  figure's caption and credit, so nothing the model knows is lost.

Output is UTF-8 JSON with a fixed key order and a final newline: byte-identical
for the same articles.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, BinaryIO, ClassVar

from ..model import Article
from ..textclean import clean_text
from .base import Exporter, ExportOptions
from .feeds import (
    FeedEntryData,
    FeedOptions,
    _check_feed_url,
    _web_url,
    build_entries,
    feed_language,
    feed_title,
    normalize_site_url,
)

__all__ = ["JSONFEED_VERSION", "JsonFeedExporter", "dump_feed", "feed_item"]

JSONFEED_VERSION = "https://jsonfeed.org/version/1.1"


def _rfc3339(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def feed_item(entry: FeedEntryData) -> dict[str, Any]:
    """One JSON Feed item for an entry, keys in a fixed order."""
    article: Article = entry.article
    item: dict[str, Any] = {
        "id": entry.id,
        "url": entry.link,
        "title": entry.title,
        "content_html": entry.content_html,
    }
    if entry.summary:
        item["summary"] = entry.summary
    if entry.images:
        item["image"] = entry.images[0].url
    item["date_published"] = _rfc3339(entry.published)
    item["date_modified"] = _rfc3339(entry.updated)
    authors = []
    for person in entry.authors:
        author: dict[str, Any] = {"name": person.name}
        url = _web_url(person.url)
        if url:
            author["url"] = url
        authors.append(author)
    if authors:
        item["authors"] = authors
    tags = [t for t in article.tags if t.strip()]
    if tags:
        item["tags"] = tags
    item["language"] = article.language
    if entry.enclosures:
        item["attachments"] = [
            {
                "url": e.url,
                "mime_type": e.media_type,
                **({"title": e.title} if e.title else {}),
                "size_in_bytes": e.length,
            }
            for e in entry.enclosures
        ]
    extension: dict[str, Any] = {}
    if entry.contributors:
        extension["contributors"] = [
            {"name": c.name, **({"role": c.role} if c.role else {})} for c in entry.contributors
        ]
    if article.credit_line:
        extension["credit_line"] = article.credit_line
    if article.rights:
        extension["rights"] = article.rights
    figures = []
    for figure, image in zip(article.figures(), entry.figure_images, strict=True):
        record: dict[str, Any] = {"caption": figure.caption, "credit": figure.credit}
        if image is not None:
            record["image"] = image.url
        figures.append(record)
    if figures:
        extension["figures"] = figures
    if not entry.date_known:
        extension["date_is_fallback"] = True
    if extension:
        item["_syndicate"] = extension
    return item


def dump_feed(feed: dict[str, Any]) -> bytes:
    """Serialise a JSON Feed document the one way syndicate always does (stable bytes)."""
    return (json.dumps(feed, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


class JsonFeedExporter(Exporter):
    """JSON Feed 1.1 with full HTML content, authors, image and a ``_syndicate`` extension."""

    name = "jsonfeed"
    extension = "json"
    media_type = "application/feed+json"
    description = "JSON Feed 1.1 (full content, authors, lead image, credits)"
    options_class: ClassVar[type[ExportOptions]] = FeedOptions

    def write(self, articles: Sequence[Article], stream: BinaryIO, options: ExportOptions) -> None:
        """Write ``articles`` as one JSON Feed, newest item first."""
        if not isinstance(options, FeedOptions):
            options = FeedOptions(**{f: getattr(options, f) for f in options.field_names()})
        entries = build_entries(articles, options)
        site_url = normalize_site_url(options.site_url)
        feed_url = _check_feed_url(options.feed_url)
        title = feed_title(articles, options, site_url)
        feed: dict[str, Any] = {
            "version": JSONFEED_VERSION,
            "title": title,
            "home_page_url": site_url,
        }
        if feed_url:
            feed["feed_url"] = feed_url
        feed["description"] = (
            clean_text(options.description, "feed description")
            if options.description
            else options.ui(articles[0]).gettext("Articles from {title}").format(title=title)
        )
        feed["language"] = feed_language(articles)
        feed["items"] = [feed_item(entry) for entry in entries]
        stream.write(dump_feed(feed))
