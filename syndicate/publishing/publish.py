"""``syndicate publish``: a static site ready for any web host.

Layout of ``OUT``::

    index.html                 every article, newest first, with feed autodiscovery links
    style.css                  the theme's html/style.css
    feed.atom feed.rss feed.json   one entry per article, downloads as enclosures
    <slug>/index.html          the article page (figures, captions, credits, JSON-LD)
    <slug>/<slug>.epub|pdf|docx    the downloads
    <slug>/img-<hash>.<ext>    the article's images
    .syndicate/site.json       the site manifest: every published article's model

Publishing again adds the new articles (an article already on the site, matched
by its id, is replaced) and rebuilds the index and the feeds from the manifest,
so old articles stay. The URL conventions are those of the feed exporters
(:mod:`syndicate.exporters.feeds`): a page is ``SITE_URL/<slug>/`` and a local
image ``SITE_URL/<slug>/<image name>``. Every file is written atomically and a
lock file keeps two publishers from interleaving.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..errors import OutputNotWritable, SourceNotUnderstood, SyndicateError, UsageError
from ..fsutil import atomic_write_bytes
from ..model import Article, Figure
from .sitepaths import inside as _inside
from .sitepaths import safe_name as _safe_name

__all__ = ["FEEDS", "MANIFEST", "SITE_SCHEMA", "PublishResult", "PublishedArticle", "publish"]

SITE_SCHEMA = "syndicate.site/1"
MANIFEST = Path(".syndicate") / "site.json"
"""The site manifest, relative to the output folder."""

FEEDS: tuple[tuple[str, str, str], ...] = (
    ("atom", "feed.atom", "application/atom+xml"),
    ("rss", "feed.rss", "application/rss+xml"),
    ("jsonfeed", "feed.json", "application/feed+json"),
)
"""(format, file name, media type) of each feed a site offers."""

_LABELS = {"epub": "EPUB", "pdf": "PDF", "docx": "Word (DOCX)"}
_LOCK_TIMEOUT = 120.0


@dataclass(frozen=True)
class PublishedArticle:
    """One article's files on the site."""

    slug: str
    title: str
    """The article's display title (an untitled article's first sentence)."""
    page: Path
    downloads: Mapping[str, Path]
    """format name -> file."""


@dataclass(frozen=True)
class PublishResult:
    """What :func:`publish` wrote."""

    out_dir: Path
    index: Path
    feeds: Mapping[str, Path]
    """feed format -> file."""
    added: tuple[PublishedArticle, ...]
    """The articles written by this run (new or replaced)."""
    total: int
    """How many articles the site holds now."""
    slugs: tuple[str, ...] = field(default=())
    """Every article folder on the site, newest article first."""

    def __str__(self) -> str:
        return (
            f"published {len(self.added)} article(s); the site holds {self.total}, "
            f"index {self.index}"
        )


@dataclass
class _Entry:
    key: str
    """The id of the article as given (matches a re-publish of the same source)."""
    slug: str
    article: Article
    """The article as stored: figure images point at the copies in the slug folder."""
    downloads: dict[str, str]
    """format -> file name inside the slug folder."""

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "slug": self.slug,
            "downloads": self.downloads,
            "article": self.article.to_dict(),
        }


def publish(
    articles: Article | Iterable[Article],
    out_dir: str | os.PathLike[str],
    *,
    site_url: str,
    formats: Sequence[str] = ("epub", "pdf", "docx"),
    title: str | None = None,
    template_dir: str | None = None,
    ui_language: str | None = None,
) -> PublishResult:
    """Add ``articles`` to the static site in ``out_dir`` and rebuild its index and feeds.

    ``ui_language`` sets the interface words (bylines, download labels, dates) of every
    page, download and feed written in this run, as ``--ui-language`` does for export;
    by default each article's own language.

    Raises :class:`UsageError` for a bad ``site_url`` or format,
    :class:`OutputNotWritable` when ``out_dir`` cannot be written, and whatever
    an exporter raises for an article it cannot render (the site's index and
    feeds are then left as they were).
    """
    from filelock import FileLock, Timeout

    from ..exporters.feeds import normalize_site_url

    items = [articles] if isinstance(articles, Article) else list(articles)
    if not items:
        raise UsageError("nothing to publish: no articles given")
    site = normalize_site_url(site_url)
    for name in formats:
        if name in ("html", *(f for f, _, _ in FEEDS)):
            raise UsageError(f"publish: {name!r} is always part of the site, not a download")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        # Every site-wide path is checked before anything is written (links out: refused).
        for name in (MANIFEST.parent, MANIFEST, "index.html", "style.css", *(f[1] for f in FEEDS)):
            _inside(out, out / name)
        (out / MANIFEST.parent).mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputNotWritable(f"{out}: cannot create the site folder ({exc.strerror})") from None
    lock = FileLock(str(out / MANIFEST.parent / "publish.lock"))
    try:
        with lock.acquire(timeout=_LOCK_TIMEOUT):
            return _publish_locked(
                items, out, site, tuple(formats), title, template_dir, ui_language
            )
    except Timeout:
        raise OutputNotWritable(f"{out}: another publish is still running (lock held)") from None


def _publish_locked(
    items: list[Article],
    out: Path,
    site: str,
    formats: tuple[str, ...],
    title: str | None,
    template_dir: str | None,
    ui_language: str | None,
) -> PublishResult:
    from ..exporters.feeds import entry_id

    stored_title, entries = _read_manifest(out)
    by_key = {e.key: e for e in entries}
    site_title = title or stored_title
    added: list[PublishedArticle] = []
    # The same article given twice in one run is published once (the later copy wins).
    unique: dict[str, Article] = {}
    for article in items:
        unique.pop(entry_id(article), None)
        unique[entry_id(article)] = article
    for key, article in unique.items():
        previous = by_key.get(key)
        taken = {e.slug for e in by_key.values() if e.key != key}
        slug = previous.slug if previous else _free_slug(article.slug, taken)
        entry = _write_article(article, key, slug, out, site, formats, template_dir, ui_language)
        by_key[key] = entry
        added.append(
            PublishedArticle(
                slug,
                article.display_title,
                out / slug / "index.html",
                {fmt: out / slug / name for fmt, name in entry.downloads.items()},
            )
        )
    all_entries = list(by_key.values())
    if site_title is None:
        from ..exporters.base import ExportOptions
        from ..exporters.feeds import feed_title

        options = ExportOptions(ui_language=ui_language)
        site_title = feed_title([e.article for e in all_entries], options, site)
    _write_manifest(out, site_title, site, all_entries)
    _write_theme(out, template_dir)
    feeds = _write_feeds(out, site, site_title, all_entries, ui_language)
    index = _write_index(out, site_title, all_entries, template_dir, ui_language)
    from ..exporters.html import sort_key

    ordered = sorted(all_entries, key=lambda e: sort_key(e.article))
    return PublishResult(
        out_dir=out,
        index=index,
        feeds=feeds,
        added=tuple(added),
        total=len(all_entries),
        slugs=tuple(e.slug for e in ordered),
    )


def _free_slug(slug: str, taken: set[str]) -> str:
    if slug not in taken and not slug.startswith("."):
        return slug
    number = 2
    while f"{slug}-{number}" in taken:
        number += 1
    return f"{slug}-{number}"


def _feed_links(prefix: str) -> dict[str, str]:
    return {media_type: prefix + name for _fmt, name, media_type in FEEDS}


def _write_article(
    article: Article,
    key: str,
    slug: str,
    out: Path,
    site: str,
    formats: tuple[str, ...],
    template_dir: str | None,
    ui_language: str | None,
) -> _Entry:
    """Write one article's folder; on failure remove a folder this call created."""
    from ..api import export, get_exporter
    from ..exporters.base import ExportOptions
    from ..images import load_image

    folder = _inside(out, out / slug)
    created = not folder.exists()
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputNotWritable(f"{folder}: cannot create ({exc.strerror})") from None
    try:
        # Copy the images first: the page, and later the feeds, link these copies.
        blocks = list(article.blocks)
        image_options = ExportOptions(template_dir=template_dir)
        for index, block in enumerate(article.blocks):
            if not isinstance(block, Figure) or not block.src or "://" in block.src:
                continue
            data = load_image(block, article, image_options)
            if data is None:
                blocks[index] = _replace_src(block, None)
                continue
            atomic_write_bytes(_inside(out, folder / data.name), data.data)
            blocks[index] = _replace_src(block, data.name)
        downloads: dict[str, str] = {}
        for fmt in formats:
            exporter = get_exporter(fmt)
            name = f"{slug}.{exporter.extension}"
            export(
                article,
                fmt,
                _inside(out, folder / name),
                site_url=site,
                template_dir=template_dir,
                ui_language=ui_language,
            )
            downloads[fmt] = name
        page_url = site + quote(slug) + "/"
        export(
            article,
            "html",
            _inside(out, folder / "index.html"),
            site_url=site,
            template_dir=template_dir,
            ui_language=ui_language,
            stylesheet_href="../style.css",
            downloads={_label(fmt): quote(name) for fmt, name in downloads.items()},
            feed_links=_feed_links("../"),
            image_href="",
            page_url=page_url,
            index_href="../",
        )
    except BaseException:
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    stored = article.replace(blocks=tuple(blocks), source_dir=str(folder))
    if slug != article.slug:
        # Feeds derive page and image URLs from the article's slug; a renamed folder
        # needs explicit URLs instead.
        stored = _pin_urls(stored, page_url)
    return _Entry(key, slug, stored, downloads)


def _replace_src(figure: Figure, src: str | None) -> Figure:
    return Figure(caption=figure.caption, credit=figure.credit, src=src, alt=figure.alt)


def _pin_urls(article: Article, page_url: str) -> Article:
    blocks = tuple(
        _replace_src(b, page_url + quote(b.src)) if isinstance(b, Figure) and b.src else b
        for b in article.blocks
    )
    url = article.url
    if not (url and url.lower().startswith(("http://", "https://"))):
        url = page_url
    return article.replace(blocks=blocks, url=url)


def _label(fmt: str) -> str:
    return _LABELS.get(fmt, fmt.upper())


# -- manifest ------------------------------------------------------------------


def _read_manifest(out: Path) -> tuple[str | None, list[_Entry]]:
    path = out / MANIFEST
    if not path.exists():
        return None, []
    where = f"{path}: the site manifest is damaged"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SourceNotUnderstood(f"{where} ({type(exc).__name__}); fix or remove it") from None
    if not isinstance(data, dict) or data.get("schema") != SITE_SCHEMA:
        raise SourceNotUnderstood(f"{where} (not a {SITE_SCHEMA} file)")
    raw_entries = data.get("articles")
    if not isinstance(raw_entries, list):
        raise SourceNotUnderstood(f"{where} ('articles' is not a list)")
    entries = []
    for number, raw in enumerate(raw_entries):
        try:
            if not isinstance(raw, dict):
                raise SourceNotUnderstood("not an object")
            key, slug, downloads = raw.get("key"), raw.get("slug"), raw.get("downloads", {})
            if not isinstance(key, str) or not isinstance(slug, str) or not _safe_name(slug):
                raise SourceNotUnderstood("bad key or slug")
            if not isinstance(downloads, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and _safe_name(v)
                for k, v in downloads.items()
            ):
                raise SourceNotUnderstood("bad downloads")
            article = Article.from_dict(raw.get("article"), source_dir=str(out / slug))
        except SyndicateError as exc:
            raise SourceNotUnderstood(f"{where} (articles[{number}]: {exc})") from None
        entries.append(_Entry(key, slug, article, dict(downloads)))
    title = data.get("title")
    return (title if isinstance(title, str) else None), entries


def _write_manifest(out: Path, title: str, site: str, entries: Sequence[_Entry]) -> None:
    data = {
        "schema": SITE_SCHEMA,
        "title": title,
        "site_url": site,
        "articles": [e.to_json() for e in entries],
    }
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    atomic_write_bytes(_inside(out, out / MANIFEST), text.encode("utf-8"))


# -- site-wide files ---------------------------------------------------------------


def _write_theme(out: Path, template_dir: str | None) -> None:
    from ..templates import find_template

    css = find_template("html/style.css", template_dir).read_bytes()
    atomic_write_bytes(_inside(out, out / "style.css"), css)


def _enclosures(out: Path, site: str, entries: Sequence[_Entry]) -> tuple[Any, ...]:
    from ..api import get_exporter
    from ..exporters.feeds import Enclosure, entry_id

    found = []
    for entry in entries:
        ident = entry_id(entry.article)
        for fmt, name in entry.downloads.items():
            path = out / entry.slug / name
            with contextlib.suppress(OSError):
                size = path.stat().st_size
                found.append(
                    Enclosure(
                        article_id=ident,
                        url=site + quote(entry.slug) + "/" + quote(name),
                        length=size,
                        media_type=get_exporter(fmt).media_type,
                        title=_label(fmt),
                    )
                )
    return tuple(found)


def _write_feeds(
    out: Path, site: str, title: str, entries: Sequence[_Entry], ui_language: str | None
) -> dict[str, Path]:
    from ..api import export
    from ..exporters.feeds import entry_id

    articles = [e.article for e in entries]
    enclosures = _enclosures(out, site, entries)
    # A second article with the same title lives in a de-duplicated folder ("title-2");
    # without its slug the feed would link its entry (and images) to the other article.
    slugs = tuple((entry_id(e.article), e.slug) for e in entries if e.slug != e.article.slug)
    written = {}
    for fmt, name, _media_type in FEEDS:
        path = _inside(out, out / name)
        export(
            articles,
            fmt,
            path,
            site_url=site,
            title=title,
            feed_url=site + name,
            enclosures=enclosures,
            slugs=slugs,
            ui_language=ui_language,
        )
        written[fmt] = path
    return written


def _write_index(
    out: Path,
    title: str,
    entries: Sequence[_Entry],
    template_dir: str | None,
    ui_language: str | None,
) -> Path:
    from ..exporters.feeds import feed_language
    from ..exporters.html import IndexEntry, render_index

    language = feed_language([e.article for e in entries])
    page = render_index(
        [IndexEntry(e.article, quote(e.slug) + "/") for e in entries],
        title=title,
        feed_links=_feed_links(""),
        stylesheet_href="style.css",
        template_dir=template_dir,
        language=language,
        ui_language=ui_language,
    )
    path = _inside(out, out / "index.html")
    atomic_write_bytes(path, page.encode("utf-8"))
    return path
