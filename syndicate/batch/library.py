"""``export_articles``: the batch's work for people who drive the parallelism themselves.

Takes an iterable of sources (rendered here, one after the other, names in source order) or
a Dask bag (rendered where the bag's partitions run; returns a bag). No ledger and no staging:
each file is written under its final name atomically, and the caller gets one
:class:`ArticleResult` per source to record as it sees fit.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from typing import Any

from .._typing import NamedTuple
from .naming import Names
from .result import BatchFailure
from .storage import open_output
from .work import Config, configure, export_one

__all__ = ["ArticleResult", "export_articles"]


class ArticleResult(NamedTuple):
    """What became of one source."""

    source: str
    """The source as given."""
    stem: str | None
    """The file stem its outputs got (None when it could not be read)."""
    files: tuple[tuple[str, str, int, str], ...]
    """``(format, file name, size, sha256)`` of each file written."""
    failures: tuple[BatchFailure, ...]
    """What failed (empty when every format was written)."""

    @property
    def ok(self) -> bool:
        """True when every requested format was written."""
        return not self.failures


def _is_bag(value: Any) -> bool:
    return hasattr(value, "map_partitions") and hasattr(value, "__dask_graph__")


def export_articles(
    sources: Iterable[str] | Any,
    formats: Iterable[str],
    out_dir: str | os.PathLike[str],
    *,
    options: dict[str, Any] | None = None,
    source_format: str | None = None,
    overrides: dict[str, Any] | None = None,
) -> Iterator[ArticleResult] | Any:
    """Render each source to each format in ``out_dir`` (a folder or an fsspec URL).

    An iterable is processed lazily in this process: the returned iterator renders one
    source per step, naming files ``<slug>.<ext>`` and a repeated slug ``-2``, ``-3`` in
    the order given. A Dask bag gives a bag of results (nothing runs until it is computed);
    as partitions cannot see each other's names, each file is named ``<slug>-<h>.<ext>``
    with ``h`` the first 8 hex digits of the SHA-256 of the source string: stable across
    runs, and distinct for distinct sources.
    """
    formats = tuple(dict.fromkeys(formats))
    target = os.fspath(out_dir)
    if _is_bag(sources):
        settings = (formats, target, dict(options or {}), source_format, dict(overrides or {}))
        return sources.map_partitions(_partition, *settings)
    return _iterate(sources, formats, target, options, source_format, overrides)


def _config(
    formats: tuple[str, ...],
    target: str,
    options: dict[str, Any] | None,
    source_format: str | None,
    overrides: dict[str, Any] | None,
) -> Config:
    output = open_output(target)
    output.check()
    return Config(formats, output, dict(options or {}), source_format, dict(overrides or {}),
                  None, os.getcwd(), durable=True)  # fmt: skip


def _iterate(
    sources: Iterable[str],
    formats: tuple[str, ...],
    target: str,
    options: dict[str, Any] | None,
    source_format: str | None,
    overrides: dict[str, Any] | None,
) -> Iterator[ArticleResult]:
    cfg = _config(formats, target, options, source_format, overrides)
    names = Names()
    for index, source in enumerate(sources):
        configure(cfg)
        try:
            record = export_one(index, os.fspath(source), final=names.claim)
        finally:
            configure(None)
        yield _result(record)


def _partition(
    sources: Iterable[str],
    formats: tuple[str, ...],
    target: str,
    options: dict[str, Any],
    source_format: str | None,
    overrides: dict[str, Any],
) -> list[ArticleResult]:
    cfg = _config(formats, target, options, source_format, overrides)
    configure(cfg)
    try:
        results = []
        for source in sources:
            suffix = hashlib.sha256(str(source).encode("utf-8", "surrogatepass")).hexdigest()[:8]
            record = export_one(0, str(source), final=lambda slug, s=suffix: f"{slug}-{s}")
            results.append(_result(record))
        return results
    finally:
        configure(None)


def _result(record: Any) -> ArticleResult:
    files = tuple((fmt, name, size, digest) for fmt, _ext, name, size, digest in record.written)
    return ArticleResult(record.source, record.stem, files, tuple(record.failures))
