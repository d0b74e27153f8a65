"""The work done for one article, wherever it runs: this process, a pool worker, a Dask worker.

A worker parses the source, renders each format into memory, writes the bytes under a staged
name (or, for a batch of one, under the final name) and sends back a small record: the slug,
and each file's staged name, size and SHA-256. Nothing the size of an output travels back,
so the driver's memory does not depend on the articles.
"""

from __future__ import annotations

import io
import os
import warnings
from collections.abc import Callable
from typing import Any

from .._sha import sha256
from .result import FATAL_CATEGORIES, BatchFailure, failure_for
from .storage import STAGE_PREFIX, LocalOutput, RemoteOutput

__all__ = ["Config", "Record", "dask_chunk", "export_one", "pool_chunk", "pool_init"]


class Config:
    """What every worker needs to know, sent once per pool worker (or with each Dask task).

    A plain slotted class rather than a dataclass: generating a dataclass's methods costs
    about half a millisecond at import, paid by every one-file command.
    """

    __slots__ = (
        "cwd",
        "durable",
        "epoch",
        "formats",
        "options",
        "output",
        "overrides",
        "registered",
        "source_format",
        "stage",
        "token",
    )

    def __init__(
        self,
        formats: tuple[str, ...],
        output: LocalOutput | RemoteOutput,
        options: dict[str, Any],
        source_format: str | None,
        overrides: dict[str, Any],
        stage: str | None,
        cwd: str = ".",
        registered: tuple[type, ...] = (),
        durable: bool = False,
    ) -> None:
        self.formats = formats
        self.output = output
        self.options = options
        self.source_format = source_format
        self.overrides = overrides
        # Staged names are STAGE_PREFIX + stage + "-<index>.<ext>"; None: final names.
        self.stage = stage
        # The driver's working folder: relative sources resolve as they do there.
        self.cwd = cwd
        # Exporter classes registered at run time in the driver (tests, embedding apps): a
        # worker process starts without them, so they are registered again there (pickled
        # by reference, so they must be importable).
        self.registered = registered
        # fsync each file before its rename (a batch of one); a batch flushes in groups.
        self.durable = durable
        # Tells a long-lived Dask worker when a task belongs to another batch.
        self.token = os.urandom(8).hex()
        # The driver's SOURCE_DATE_EPOCH: a fork server started earlier, or a Dask worker
        # on another machine, would otherwise stamp files with its own (or with "now").
        self.epoch = os.environ.get("SOURCE_DATE_EPOCH")


class Record:
    """The small status a worker sends back for one article."""

    __slots__ = (
        "error",
        "failures",
        "fatal",
        "index",
        "pid",
        "rss_kib",
        "slug",
        "source",
        "stem",
        "warnings",
        "written",
    )

    def __init__(self, index: int, source: str, pid: int = 0) -> None:
        self.index = index
        self.source = source
        self.slug: str | None = None
        self.stem: str | None = None  # the final stem, when the worker names the files
        # (format, extension, name in the output folder, size, sha256) of each file written.
        self.written: list[tuple[str, str, str, int, str]] = []
        self.failures: list[BatchFailure] = []
        self.warnings: list[str] = []
        self.fatal = False
        self.pid = pid
        self.rss_kib = 0
        # The original exception (in-process runs only; never pickled back from a worker).
        self.error: BaseException | None = None


_CONFIG: Config | None = None
_OPTIONS: dict[str, Any] = {}
"""Options objects per format, built once per process and reused for every article."""


def configure(cfg: Config | None) -> None:
    """Make ``cfg`` this process's configuration (None: forget it)."""
    global _CONFIG
    _CONFIG = cfg
    _OPTIONS.clear()
    if cfg is not None and os.environ.get("SOURCE_DATE_EPOCH") != cfg.epoch:
        if cfg.epoch is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = cfg.epoch
    if cfg is not None and cfg.registered:
        from ..registry import register

        for cls in cfg.registered:
            register(cls, override=True)


def _exporter_and_options(fmt: str) -> tuple[Any, Any]:
    from ..api import make_options
    from ..registry import get

    exporter: Any = get(fmt)
    if fmt not in _OPTIONS:
        assert _CONFIG is not None
        _OPTIONS[fmt] = make_options(exporter, _CONFIG.options)
    return exporter, _OPTIONS[fmt]


def export_one(
    index: int,
    source: str,
    stem: str | None = None,
    path: str | None = None,
    final: Callable[[str], str] | None = None,
) -> Record:
    """Parse one source and write it in every format; never raises for a bad article.

    ``stem`` given: write final names ``<stem>.<ext>`` (a batch of one, named from its slug
    when ``stem`` is empty); ``final``: final names from ``final(slug)``; neither: staged
    names. ``path`` is where to read the source when it differs from the name reported (a
    relative path resolved for a Dask worker).
    """
    from .sources import read_article

    cfg = _CONFIG
    assert cfg is not None
    record = Record(index, source, pid=os.getpid())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        try:
            from ..api import apply_overrides

            article = read_article(path or source, cfg.source_format, label=source)
            article = apply_overrides(article, **cfg.overrides)
        except Exception as exc:
            record.failures.append(failure_for(source, exc, None))
            record.fatal = record.failures[-1].category in FATAL_CATEGORIES
            record.error = exc
        else:
            record.slug = article.slug
            if final is not None:
                stem = record.stem = final(article.slug)
            elif stem is not None:
                stem = record.stem = stem or article.slug
            for fmt in cfg.formats:
                try:
                    exporter, options = _exporter_and_options(fmt)
                    if stem is not None:
                        name = f"{stem}.{exporter.extension}"
                    else:
                        name = f"{STAGE_PREFIX}{cfg.stage}-{index}.{exporter.extension}"
                    buffer = io.BytesIO()
                    exporter.write([article], buffer, options)
                    data = buffer.getvalue()
                    cfg.output.write(name, data, cfg.durable)
                except Exception as exc:
                    record.failures.append(failure_for(source, exc, fmt))
                    record.error = exc
                    if record.failures[-1].category in FATAL_CATEGORIES:
                        record.fatal = True
                        break
                else:
                    digest = sha256(data).hexdigest()
                    record.written.append((fmt, exporter.extension, name, len(data), digest))
    seen: set[str] = set()
    for item in caught:
        if issubclass(item.category, UserWarning):
            text = " ".join(str(item.message).split())
            if text not in seen:
                seen.add(text)
                record.warnings.append(f"{source}: warning: {text}")
    record.rss_kib = own_peak_rss_kib()
    return record


def own_peak_rss_kib() -> int:
    """Peak resident memory of this process (KiB), 0 where it cannot be read."""
    try:
        import resource
    except ImportError:  # not on this platform: memory is simply not reported
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def pool_init(cfg: Config) -> None:
    """Process-pool initializer: keep the configuration; leave Ctrl-C to the driver."""
    import signal

    # The driver decides how to stop on Ctrl-C (finish the running chunk, clean up).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import gc

    # What the fork server imported (the reader, the exporters, lxml…) lives as long as this
    # worker: out of the cyclic collector's sight, each full collection no longer walks it
    # again (~1.4 % of a batch article's instructions), and its pages stay shared with the
    # fork server instead of being copied when the collector writes its headers.
    gc.freeze()
    configure(cfg)
    # The fork server was started from wherever the driver was then; follow it now.
    os.chdir(cfg.cwd)


def pool_chunk(chunk: list[tuple[int, str]]) -> list[Record]:
    """A pool worker's task: a few consecutive articles."""
    records = [export_one(index, source) for index, source in chunk]
    for record in records:
        record.error = None  # exceptions may not pickle; the record says all the driver needs
    return records


def dask_chunk(cfg: Config, chunk: list[tuple[int, str]]) -> list[Record]:
    """A Dask task: a few consecutive articles. A worker may serve several batches, one after
    the other, so the configuration comes with each task (it is small) and is applied when it
    changes; relative paths are resolved against the driver's folder without ``chdir``, which
    would move every task of the worker."""
    from .storage import is_url

    if _CONFIG is None or _CONFIG.token != cfg.token:
        configure(cfg)
    records = []
    for index, source in chunk:
        path = source
        if not is_url(source) and not os.path.isabs(source):
            path = os.path.join(cfg.cwd, source)
        records.append(export_one(index, source, path=path))
    for record in records:
        record.error = None
    return records
