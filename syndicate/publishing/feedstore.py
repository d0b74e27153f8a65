"""An incremental feed file: add or replace entries, keep the rest as they are.

``syndicate feed add FEED SOURCE...`` and ``syndicate publish`` both call
:func:`add_to_feed`. What it guarantees:

- **Idempotent by id.** An entry whose id (Atom ``id``, RSS ``guid``, JSON
  ``id``) matches an added article is replaced; every other entry is carried
  over as the exact element (or JSON item) it was, so its bytes do not change.
- **Newest first, at most ``limit``.** Entries are ordered by their published
  date (else updated), newest first, ties by id; the feed's ``updated`` /
  ``lastBuildDate`` is the newest entry's date, never the clock.
- **A damaged feed is refused, never rewritten.** The existing file is read
  with feedparser from a byte stream (a string would be fetched as a URL or
  opened as a path) and with a strict XML parser (entities, network and
  huge-tree mode off); anything that does not parse cleanly raises
  :class:`~syndicate.errors.OutputNotWritable` and the file is left alone.
- **Concurrent writers never lose an entry.** The whole read-modify-write runs
  under a lock on a separate file (``FEED.lock``: a lock on the feed itself
  would stay on the inode that the rename replaces), and the new feed is
  written to a temporary file, fsynced and renamed over the old one, so a
  reader sees the old feed or the new one, never half of one.

The feed's header (title, links, language, generator) is regenerated on each
write; the title and self link of an existing feed are kept unless given.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import strictjson
from ..errors import OutputNotWritable, UsageError
from ..model import Article

__all__ = ["FEED_FORMATS", "FeedUpdateResult", "add_to_feed", "lock_path_for"]

FEED_FORMATS = ("rss", "atom", "jsonfeed")
"""The feed kinds :func:`add_to_feed` maintains."""

_EXTENSIONS = {".rss": "rss", ".xml": "rss", ".atom": "atom", ".json": "jsonfeed"}
_ATOM = "http://www.w3.org/2005/Atom"
_OLDEST = datetime(1, 1, 1, tzinfo=UTC)
DEFAULT_LOCK_TIMEOUT = 120.0
"""Seconds to wait for another writer before giving up with a clear error."""


@dataclass(frozen=True)
class FeedUpdateResult:
    """What one :func:`add_to_feed` call did."""

    path: Path
    """The feed file."""
    feed_format: str
    """``rss``, ``atom`` or ``jsonfeed``."""
    created: bool
    """True when the file did not exist before."""
    added: tuple[str, ...] = ()
    """Ids of entries that were new."""
    replaced: tuple[str, ...] = ()
    """Ids of entries that replaced an entry with the same id."""
    kept: int = 0
    """Entries carried over untouched."""
    dropped: tuple[str, ...] = field(default=())
    """Ids of the oldest entries removed to respect ``limit``."""
    total: int = 0
    """Entries in the feed now."""

    def __str__(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.replaced)} replaced", f"{self.kept} kept"]
        if self.dropped:
            parts.append(f"{len(self.dropped)} dropped by the limit")
        verb = "created" if self.created else "updated"
        return f"{verb} {self.feed_format} feed, {self.total} entries ({', '.join(parts)})"


def lock_path_for(feed_path: str | os.PathLike[str]) -> Path:
    """The lock file named after ``feed_path``: the same name plus ``.lock``.

    :func:`add_to_feed` locks the one named after the resolved path (symbolic links followed).
    """
    path = Path(feed_path)
    return path.with_name(path.name + ".lock")


def add_to_feed(
    feed_path: str | os.PathLike[str],
    articles: Sequence[Article],
    *,
    site_url: str,
    limit: int | None = None,
    feed_format: str | None = None,
    title: str | None = None,
    feed_url: str | None = None,
    options: Any = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
) -> FeedUpdateResult:
    """Add or replace ``articles`` in the feed at ``feed_path`` (created when missing).

    ``feed_format`` is ``rss``, ``atom`` or ``jsonfeed``; by default it is read
    from the existing file, else from the extension (``.rss``/``.xml`` RSS,
    ``.atom`` Atom, ``.json`` JSON Feed). ``feed_url`` (the self link) defaults
    to the existing feed's, else ``SITE_URL/<file name>``. ``options`` is an
    optional :class:`~syndicate.exporters.feeds.FeedOptions` supplying the
    other exporter options (enclosures, image folders…); the keyword arguments
    win over it.
    """
    from filelock import FileLock, Timeout

    from ..exporters.feeds import FeedOptions, normalize_site_url

    base_url = normalize_site_url(site_url)
    items = list(articles)
    if not items:
        raise UsageError("feed add: no articles given")
    if limit is not None and limit < 1:
        raise UsageError(f"--limit must be at least 1, got {limit}")
    if feed_format is not None and feed_format not in FEED_FORMATS:
        raise UsageError(f"--format for a feed must be one of {', '.join(FEED_FORMATS)}")
    path = Path(feed_path)
    if path.is_dir():
        raise OutputNotWritable(f"{path}: is a directory")
    if not (path.parent if str(path.parent) else Path(".")).is_dir():
        raise OutputNotWritable(f"{path}: folder {path.parent} does not exist")
    base = options if isinstance(options, FeedOptions) else FeedOptions()
    # The lock guards the file actually written: through a symbolic link that is the
    # target, so writers using the link and writers using the target share one lock.
    lock_file = lock_path_for(os.path.realpath(path))
    try:
        lock = FileLock(str(lock_file), timeout=lock_timeout)
        with lock:
            return _update(path, items, base, base_url, limit, feed_format, title, feed_url)
    except Timeout:
        raise OutputNotWritable(
            f"{path}: another process has held {lock_file} "
            f"for over {lock_timeout:g} s; try again"
        ) from None
    except OSError as exc:
        # The lock file could not be created (read-only folder, full disk…).
        raise OutputNotWritable(f"{path}: {exc.strerror or exc}") from None


# -- reading the existing feed ------------------------------------------------------


@dataclass
class _Existing:
    kind: str
    title: str | None
    self_link: str | None
    document: Any
    """An lxml root (RSS/Atom) or the parsed JSON object."""


def _read_existing(path: Path, requested: str | None) -> _Existing | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputNotWritable(f"{path}: cannot read the existing feed ({exc.strerror})") from None
    if not data.strip():
        raise OutputNotWritable(
            f"{path}: the existing feed is empty (damaged?); refusing to rewrite it — "
            "remove it to start a new feed"
        )
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    existing = _read_json(path, data) if stripped[:1] == b"{" else _read_xml(path, data)
    if requested is not None and requested != existing.kind:
        raise UsageError(
            f"{path} is a {existing.kind} feed; --format {requested} does not match it"
        )
    return existing


def _refuse(path: Path, why: str) -> OutputNotWritable:
    return OutputNotWritable(
        f"{path}: the existing feed does not parse cleanly ({why}); refusing to rewrite it"
    )


def _read_xml(path: Path, data: bytes) -> _Existing:
    import feedparser
    from lxml import etree

    # Always a byte stream: given a str, feedparser fetches URLs and opens paths.
    # Only well-formedness, the feed kind, title and self link are needed here:
    # skipping HTML sanitising keeps this linear and fast on big feeds.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        raise _refuse(path, f"{type(exc).__name__}: {exc}" if exc else "bozo")
    version = parsed.get("version") or ""
    if version.startswith("rss"):
        kind = "rss"
    elif version.startswith("atom"):
        kind = "atom"
    else:
        raise _refuse(path, f"not an RSS 2.0 or Atom feed (feedparser says {version or 'none'!r})")
    try:
        root = etree.fromstring(data, _xml_parser())
    except etree.XMLSyntaxError as exc:
        raise _refuse(path, str(exc)) from None
    if kind == "rss" and (root.tag != "rss" or root.find("channel") is None):
        raise _refuse(path, "only RSS 2.0 (<rss><channel>) feeds can be updated")
    if kind == "atom" and root.tag != f"{{{_ATOM}}}feed":
        raise _refuse(path, "the Atom root element is not <feed>")
    self_link = next(
        (link.get("href") for link in parsed.feed.get("links", []) if link.get("rel") == "self"),
        None,
    )
    return _Existing(kind, parsed.feed.get("title"), self_link, root)


def _xml_parser() -> Any:
    from lxml import etree

    # No entities, no network, no huge trees; blank text dropped so that
    # pretty-printing the merged tree gives the same bytes for old entries.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        remove_blank_text=True,
    )


def _read_json(path: Path, data: bytes) -> _Existing:
    try:
        doc = strictjson.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, strictjson.StrictJSONError) as exc:
        raise _refuse(path, f"{type(exc).__name__}: {exc}") from None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith(
        "https://jsonfeed.org/version/"
    ):
        raise _refuse(path, "not a JSON Feed (no https://jsonfeed.org/version/ version)")
    if not isinstance(doc.get("items"), list) or not all(
        isinstance(item, dict) and "id" in item for item in doc["items"]
    ):
        raise _refuse(path, "JSON Feed items must be a list of objects with an id")
    title = doc.get("title") if isinstance(doc.get("title"), str) else None
    feed_url = doc.get("feed_url") if isinstance(doc.get("feed_url"), str) else None
    return _Existing("jsonfeed", title, feed_url, doc)


# -- merging ------------------------------------------------------------------------


def _kind_for(path: Path, requested: str | None) -> str:
    if requested:
        return requested
    kind = _EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        raise UsageError(
            f"{path}: cannot tell the feed kind from the extension; "
            "use --format rss|atom|jsonfeed (or .rss, .atom, .json)"
        )
    return kind


def _update(
    path: Path,
    articles: list[Article],
    base: Any,
    base_url: str,
    limit: int | None,
    requested: str | None,
    title: str | None,
    feed_url: str | None,
) -> FeedUpdateResult:
    from dataclasses import replace

    from ..fsutil import atomic_write_bytes

    existing = _read_existing(path, requested)
    kind = existing.kind if existing else _kind_for(path, requested)
    opts = replace(
        base,
        site_url=base_url,
        title=title or (existing.title if existing else None) or base.title,
        feed_url=feed_url
        or (existing.self_link if existing else None)
        or base.feed_url
        or base_url + quote(path.name),
        limit=None,
    )
    fresh = _render(kind, articles, opts)
    if kind == "jsonfeed":
        data, result = _merge_json(fresh, existing, limit)
    else:
        data, result = _merge_xml(kind, fresh, existing, limit)
    atomic_write_bytes(path, data)
    return FeedUpdateResult(path=path, feed_format=kind, created=existing is None, **result)


def _render(kind: str, articles: list[Article], options: Any) -> bytes:
    from ..exporters.feeds import AtomExporter, RssExporter
    from ..exporters.jsonfeed import JsonFeedExporter

    exporter = {"rss": RssExporter, "atom": AtomExporter, "jsonfeed": JsonFeedExporter}[kind]()
    buffer = io.BytesIO()
    exporter.write(articles, buffer, options)
    return buffer.getvalue()


def _order(
    new: list[tuple[str, datetime, Any]],
    old: list[tuple[str, datetime, Any]],
    limit: int | None,
) -> tuple[list[tuple[str, datetime, Any]], dict[str, Any]]:
    new_ids = {key for key, _, _ in new}
    old_ids = {key for key, _, _ in old}
    kept = [e for e in old if e[0] not in new_ids]
    merged = sorted(new + kept, key=lambda e: (-e[1].timestamp(), e[0]))
    survivors = merged[:limit] if limit is not None else merged
    dropped = merged[len(survivors) :]
    survivor_ids = {key for key, _, _ in survivors}
    summary = {
        "added": tuple(k for k, _, _ in new if k not in old_ids and k in survivor_ids),
        "replaced": tuple(k for k, _, _ in new if k in old_ids and k in survivor_ids),
        "kept": sum(1 for e in kept if e[0] in survivor_ids),
        "dropped": tuple(k for k, _, _ in dropped),
        "total": len(survivors),
    }
    return survivors, summary


def _parse_date(text: str | None, rfc822: bool) -> datetime | None:
    if not text or not text.strip():
        return None
    try:
        value = parsedate_to_datetime(text.strip()) if rfc822 else _iso(text.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _iso(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        from dateutil.parser import isoparse

        return isoparse(text)


def _xml_entries(kind: str, root: Any) -> list[tuple[str, datetime, Any]]:
    out = []
    if kind == "rss":
        for item in root.find("channel").findall("item"):
            key = item.findtext("guid") or item.findtext("link") or item.findtext("title") or ""
            when = _parse_date(item.findtext("pubDate"), rfc822=True)
            out.append((key.strip(), when or _OLDEST, item))
    else:
        for entry in root.findall(f"{{{_ATOM}}}entry"):
            key = entry.findtext(f"{{{_ATOM}}}id") or ""
            when = _parse_date(entry.findtext(f"{{{_ATOM}}}published"), rfc822=False)
            when = when or _parse_date(entry.findtext(f"{{{_ATOM}}}updated"), rfc822=False)
            out.append((key.strip(), when or _OLDEST, entry))
    return out


def _merge_xml(
    kind: str, fresh: bytes, existing: _Existing | None, limit: int | None
) -> tuple[bytes, dict[str, Any]]:
    from feedgen.util import formatRFC2822
    from lxml import etree

    root = etree.fromstring(fresh, _xml_parser())
    new = _xml_entries(kind, root)
    old = _xml_entries(kind, existing.document) if existing else []
    container = root.find("channel") if kind == "rss" else root
    for _key, _when, element in new:
        container.remove(element)
    survivors, summary = _order(new, old, limit)
    for _key, _when, element in survivors:
        container.append(element)
    # The feed is as new as its newest entry (Atom: the latest <updated>).
    if kind == "rss":
        # RSS items carry only pubDate: the channel is as new as the newest of them.
        newest = max((when for _, when, _ in survivors if when is not _OLDEST), default=None)
        stamp = container.find("lastBuildDate")
        if stamp is not None and newest is not None:
            stamp.text = formatRFC2822(newest)
    else:
        updates = [
            _parse_date(e.findtext(f"{{{_ATOM}}}updated"), rfc822=False) for _, _, e in survivors
        ]
        newest = max((d for d in updates if d is not None), default=None)
        stamp = root.find(f"{{{_ATOM}}}updated")
        if stamp is not None and newest is not None:
            stamp.text = newest.isoformat()
    data = etree.tostring(
        root.getroottree(), pretty_print=True, xml_declaration=True, encoding="UTF-8"
    )
    return data, summary


def _merge_json(
    fresh: bytes, existing: _Existing | None, limit: int | None
) -> tuple[bytes, dict[str, Any]]:
    from ..exporters.jsonfeed import dump_feed

    doc = json.loads(fresh)

    def entries(items: list[dict[str, Any]]) -> list[tuple[str, datetime, Any]]:
        out = []
        for item in items:
            when = _parse_date(_text(item.get("date_published")), rfc822=False)
            when = when or _parse_date(_text(item.get("date_modified")), rfc822=False)
            out.append((str(item["id"]), when or _OLDEST, item))
        return out

    new = entries(doc["items"])
    old = entries(existing.document["items"]) if existing else []
    survivors, summary = _order(new, old, limit)
    doc["items"] = [item for _, _, item in survivors]
    if existing:
        # Keep what another tool put in the header (icon, authors, _extensions…).
        for key, value in existing.document.items():
            doc.setdefault(key, value)
    return dump_feed(doc), summary


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None
