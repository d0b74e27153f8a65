"""The library surface: parse sources, render and export articles.

    import syndicate
    article = syndicate.parse("story.txt")
    syndicate.export(article, "pdf", "story.pdf")
    data = syndicate.render([a, b], "epub")           # one digest, as bytes

Paths, temporary files and atomic renames live here; exporters only ever see
a binary stream.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .errors import ExportFailed, SourceNotUnderstood, SyndicateError, UsageError
from .model import Article, Person

__all__ = [
    "apply_overrides",
    "export",
    "export_articles",
    "exporters",
    "get_exporter",
    "make_options",
    "parse",
    "parse_text",
    "render",
]


def parse(source: str | os.PathLike[str], format: str | None = None) -> Article:
    """Read a source (a file, an http(s) URL, or ``-`` for standard input) into an
    :class:`Article`.

    ``format`` is the source kind, as ``--from`` on the command line:

    - ``"text"``: the scraped text of a page (``.txt``, ``.text``);
    - ``"html"``: a saved HTML page (``.html``, ``.htm``, ``.xhtml``);
    - ``"markdown"``: Markdown with YAML front matter (``.md``, ``.markdown``);
    - ``"json"``: the article model as JSON (``.json``).

    By default it is chosen from the extension, else sniffed (HTML is recognised by its
    markup). A URL is fetched (see ``docs/html-reader.md``) and read as HTML unless
    ``format`` says otherwise.
    """
    from .readers import read_source

    return read_source(source, format)


def parse_text(text: str, format: str | None = None, *, source_dir: str | None = None) -> Article:
    """Parse a string (scraped text, HTML, Markdown with front matter, or model JSON);
    ``format`` as for :func:`parse`."""
    from .readers import parse_text as _parse_text

    return _parse_text(text, format, source_dir=source_dir)


def apply_overrides(
    article: Article,
    *,
    title: str | None = None,
    authors: Sequence[str] | None = None,
    published: str | None = None,
    language: str | None = None,
) -> Article:
    """Correct what the parser got wrong, for one run. Provenance records the override."""
    from .model import Provenance, parse_iso_date

    changes: dict[str, Any] = {}
    provenance = dict(article.provenance)
    if title:
        changes["title"] = title
        provenance["title"] = Provenance(None, "override")
    if authors:
        changes["authors"] = tuple(Person(name) for name in authors)
        provenance["authors"] = Provenance(None, "override")
    if published:
        try:
            parse_iso_date(published)
        except ValueError:
            raise UsageError(
                f"--date: {published!r} is not an ISO 8601 date (YYYY-MM-DD)"
            ) from None
        changes["published"] = published
        provenance["published"] = Provenance(None, "override")
    if language:
        changes["language"] = language
        provenance["language"] = Provenance(None, "override")
    if not changes:
        return article
    try:
        return article.replace(provenance=provenance, **changes)
    except SourceNotUnderstood as exc:
        # The value came from the command line, not the source: a usage error.
        raise UsageError(f"override {exc}") from None


def exporters() -> Any:
    """A mapping of format name -> exporter, plugins included; modules load on lookup."""
    from .registry import ExporterMap

    return ExporterMap()


def get_exporter(name: str) -> Any:
    """The exporter for a format name (raises :class:`UnknownFormat`)."""
    from .registry import get

    return get(name)


def make_options(exporter: Any, options: dict[str, Any]) -> Any:
    """Build the exporter's options dataclass from keyword options it knows."""
    try:
        return exporter.options_class.from_mapping(options)
    except TypeError as exc:
        raise UsageError(f"bad option for {exporter.name}: {exc}") from None


def _as_list(articles: Article | Iterable[Article]) -> list[Article]:
    items = [articles] if isinstance(articles, Article) else list(articles)
    if not items:
        raise UsageError("nothing to export: no articles given")
    return items


def _check_known(options: dict[str, Any], exporter: Any) -> None:
    unknown = set(options) - exporter.options_class.field_names()
    if unknown:
        raise UsageError(f"{exporter.name} does not take option(s): {', '.join(sorted(unknown))}")


def write_to_stream(
    articles: Article | Iterable[Article], format: str, stream: Any, options: dict[str, Any]
) -> None:
    """Render to an open binary stream; shared by :func:`render` and :func:`export`."""
    exporter = get_exporter(format)
    opts = make_options(exporter, options)
    items = _as_list(articles)
    try:
        exporter.write(items, stream, opts)
    except SyndicateError:
        raise
    except RecursionError:
        raise ExportFailed(f"{format}: the article is nested too deeply to render") from None
    except MemoryError:
        raise ExportFailed(f"{format}: out of memory while rendering") from None


def render(articles: Article | Iterable[Article], format: str, **options: Any) -> bytes:
    """Render one article, or several as one document, to bytes."""
    exporter = get_exporter(format)
    _check_known(options, exporter)
    buffer = io.BytesIO()
    write_to_stream(articles, format, buffer, options)
    return buffer.getvalue()


def export(
    articles: Article | Iterable[Article],
    format: str,
    path: str | os.PathLike[str],
    **options: Any,
) -> Path:
    """Write one document (one article, or several combined) to ``path`` atomically.

    A failure leaves an existing file at ``path`` untouched and no temporary file.
    """
    from .fsutil import atomic_writer

    exporter = get_exporter(format)
    _check_known(options, exporter)
    target = Path(path)
    with atomic_writer(target) as stream:
        write_to_stream(articles, format, stream, options)
    return target


def export_articles(
    sources: Any,
    formats: Iterable[str],
    out_dir: str | os.PathLike[str],
    **settings: Any,
) -> Any:
    """Render each source (an iterable of paths/URLs, or a Dask bag) to each format in
    ``out_dir``, one result per source; see :func:`syndicate.batch.library.export_articles`
    and docs/scale.md. For a resumable batch with a ledger use
    :func:`syndicate.batch.export_batch`."""
    from .batch.library import export_articles as _export_articles

    return _export_articles(sources, formats, out_dir, **settings)
