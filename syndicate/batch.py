"""Batch export: many sources, several formats, one file per article per format, in parallel.

    from syndicate.batch import export_batch
    result = export_batch(["a.txt", "b.txt"], ["epub", "atom"], "out/", jobs=2)
    result.exit_code        # 0, or 9 (EXIT_BATCH_PARTIAL) when some articles failed

**File names.** Each article's files are ``<slug>.<extension>`` in ``out_dir``. When two
articles of the same batch share a slug, the later one *in source order* becomes
``<slug>-2``, then ``<slug>-3`` and so on (skipping any stem already taken in this batch), so
names depend only on the list of sources, never on which worker finished first. A file left in
``out_dir`` by an earlier run is overwritten, not renamed around: re-exporting is idempotent.

**Parallelism.** ``jobs=1`` (or a single source) runs in this process. Otherwise a
``ProcessPoolExecutor`` on the ``forkserver`` context runs ``jobs`` workers; the forkserver
preloads the requested exporters' modules once, and each worker reuses its exporter instances
(``registry.get`` caches them) and options between articles, so fonts, templates and reference
documents are set up once per process. Work goes out in small chunks and workers write their
files themselves (atomically, through :mod:`syndicate.fsutil`) under a hidden staging name,
returning only a small status record; the parent then renames each staged file to its final
name in source order. Nothing the size of an output ever reaches the parent, so memory stays
flat however many articles there are.

**Durability.** A batch of several sources does not fsync each file (on a busy disk that was
more than half of an Atom-only batch's time): every file is still written to a temporary name
and renamed only once complete, and one ``os.sync()`` at the end makes the whole batch durable
before the summary line is printed. A single source is written like any one-file export,
fsynced before its rename.

**Reporting.** Each failed article is one line on stderr, ``source: category: message``, and
the batch goes on. A one-line bar shows progress when stderr is a terminal (nothing on a pipe)
and a summary line ends the run (for a single article, a ``wrote PATH`` line per file
instead, since the names come from its title). A bad option or an exporter that cannot
load is not an article's fault: it stops the batch with its own error. With a single source
the failure is raised as the error itself, so ``syndicate export story.txt`` exits with the
same code as any other one-file command.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from .errors import (
    EXIT_BATCH_PARTIAL,
    ExportFailed,
    OutputNotWritable,
    SourceNotUnderstood,
    SourceUnreadable,
    SyndicateError,
    UnknownFormat,
    UsageError,
    VerificationFailed,
)

__all__ = ["BatchFailure", "BatchResult", "export_batch"]

# Failures that concern the whole run (a bad option, an exporter that cannot load), not one
# article: they stop the batch instead of being repeated once per article.
_FATAL_CATEGORIES = frozenset({UsageError.category, UnknownFormat.category})
_ERROR_CLASSES: dict[str, type[SyndicateError]] = {
    cls.category: cls
    for cls in (
        UsageError,
        SourceUnreadable,
        SourceNotUnderstood,
        UnknownFormat,
        OutputNotWritable,
        ExportFailed,
        VerificationFailed,
    )
}
_MAX_WARNINGS = 20
"""Warning lines printed (and kept) per batch; the rest are only counted, so a warning that
every article triggers cannot bury the failures or grow memory with the batch."""
_MAX_CHUNK = 16
"""Articles per task sent to a worker: large enough to amortise the round trip, small enough
that the progress bar moves and the last chunks balance across workers."""


class BatchFailure(NamedTuple):
    """One article (or one format of it) that could not be exported.

    A named tuple (an immutable value, pickled back from workers) rather than a frozen
    dataclass, whose generated methods cost every one-file command most of a millisecond.
    """

    source: str
    """The source as given."""
    category: str
    """The error category (``source``, ``parse``, ``export``, ``output``… or ``internal``)."""
    message: str
    """One line, without the source prefix."""
    format: str | None = None
    """The format that failed, or None when the article itself could not be read."""

    def line(self) -> str:
        """``source: category: message``, as printed on stderr."""
        return f"{self.source}: {self.category}: {self.message}"


@dataclass
class BatchResult:
    """What a batch did: counts, names, failures and the peak memory of each process."""

    articles: int
    """Sources given."""
    files: int = 0
    """Files written."""
    seconds: float = 0.0
    """Wall time of the whole batch."""
    failures: list[BatchFailure] = field(default_factory=list)
    """Every failure, in source order."""
    names: list[tuple[str, str]] = field(default_factory=list)
    """``(source, file stem)`` for each article that was parsed, in source order."""
    warnings: list[str] = field(default_factory=list)
    """The first ``source: warning: message`` lines (degraded but not lost, e.g. a missing
    image); at most 20 are kept and printed."""
    warning_count: int = 0
    """Every warning, shown or not."""
    peak_rss_kib: dict[int, int] = field(default_factory=dict)
    """Peak resident memory (KiB) of each process that took part, by process id."""

    @property
    def failed(self) -> int:
        """Number of sources with at least one failure."""
        return len({f.source for f in self.failures})

    @property
    def exported(self) -> int:
        """Number of sources exported to every requested format."""
        return self.articles - self.failed

    @property
    def exit_code(self) -> int:
        """0 when everything was written, else ``EXIT_BATCH_PARTIAL`` (9)."""
        return EXIT_BATCH_PARTIAL if self.failures else 0

    def summary(self) -> str:
        """The closing line: articles, files, seconds, failures."""
        rate = self.articles / self.seconds if self.seconds > 0 else 0.0
        return (
            f"exported {self.exported} of {self.articles} articles to {self.files} files "
            f"in {self.seconds:.2f} s ({rate:.1f} articles/s), {self.failed} failed"
        ) + self._warnings_note()

    def _warnings_note(self) -> str:
        if self.warning_count > len(self.warnings):
            return f", {self.warning_count} warnings (first {len(self.warnings)} shown)"
        return ""


# -- the work done for one article (in a worker or in-process) -------------


# The two internal records below are plain slotted classes rather than dataclasses: generating
# a dataclass's methods costs about half a millisecond each at import, paid by every
# one-file command (they are never compared, hashed or printed).


class _Config:
    """What every worker needs to know, sent once per worker process."""

    __slots__ = (
        "cwd",
        "durable",
        "formats",
        "options",
        "out_dir",
        "overrides",
        "registered",
        "source_format",
        "staging",
    )

    def __init__(
        self,
        formats: tuple[str, ...],
        out_dir: str,
        options: dict[str, Any],
        source_format: str | None,
        overrides: dict[str, Any],
        staging: str | None,
        cwd: str = ".",
        registered: tuple[type, ...] = (),
        durable: bool = True,
    ) -> None:
        self.formats = formats
        self.out_dir = out_dir
        self.options = options
        self.source_format = source_format
        self.overrides = overrides
        # Prefix of staged file names when the parent names files; None: write final names.
        self.staging = staging
        # The parent's working folder: relative sources and outputs resolve as they do there.
        self.cwd = cwd
        # Exporter classes registered at run time in the parent (tests, embedding apps): a
        # worker process starts without them, so they are registered again there (pickled by
        # reference, so they must be importable).
        self.registered = registered
        # fsync each file before its rename; False when the batch syncs once at the end.
        self.durable = durable


class _Record:
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
        self.stem: str | None = None  # the final file stem, once named
        # (extension, path) of each file written, staged or final.
        self.written: list[tuple[str, str]] = []
        self.failures: list[BatchFailure] = []
        self.warnings: list[str] = []
        self.fatal = False
        self.pid = pid
        self.rss_kib = 0
        # The original exception (in-process runs only; never pickled back from a worker).
        self.error: BaseException | None = None


_CONFIG: _Config | None = None
_OPTIONS: dict[str, Any] = {}
"""Options objects per format, built once per process and reused for every article."""


def _failure(source: str, exc: BaseException, fmt: str | None) -> BatchFailure:
    if isinstance(exc, SyndicateError):
        category, message = exc.category, str(exc)
    elif isinstance(exc, RecursionError):
        category, message = ExportFailed.category, "the article is nested too deeply to render"
    elif isinstance(exc, MemoryError):
        category, message = ExportFailed.category, "out of memory while rendering"
    else:
        # A bug of ours or of a library: reported, but the batch goes on.
        text = " ".join(str(exc).split())
        category, message = "internal", f"{type(exc).__name__}: {text} (a bug; please report it)"
    if fmt and not message.startswith(f"{fmt}:"):
        message = f"{fmt}: {message}"
    return BatchFailure(source, category, message, fmt)


def _exporter_and_options(fmt: str) -> tuple[Any, Any]:
    from .api import make_options
    from .registry import get

    exporter: Any = get(fmt)
    if fmt not in _OPTIONS:
        assert _CONFIG is not None
        _OPTIONS[fmt] = make_options(exporter, _CONFIG.options)
    return exporter, _OPTIONS[fmt]


def _export_one(index: int, source: str, allocate: Callable[[str], str] | None) -> _Record:
    """Parse one source and write it in every format; never raises for a bad article."""
    from .fsutil import atomic_writer

    cfg = _CONFIG
    assert cfg is not None
    record = _Record(index, source, pid=os.getpid())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        try:
            from .api import apply_overrides, parse

            article = apply_overrides(parse(source, cfg.source_format), **cfg.overrides)
        except Exception as exc:
            record.failures.append(_failure(source, exc, None))
            record.fatal = record.failures[-1].category in _FATAL_CATEGORIES
            record.error = exc
        else:
            record.slug = article.slug
            stem = record.stem = allocate(article.slug) if allocate else None
            for fmt in cfg.formats:
                try:
                    exporter, options = _exporter_and_options(fmt)
                    if stem is None:
                        target = Path(cfg.out_dir, f"{cfg.staging}-{index}.{exporter.extension}")
                    else:
                        target = Path(cfg.out_dir, f"{stem}.{exporter.extension}")
                    with atomic_writer(target, durable=cfg.durable) as stream:
                        exporter.write([article], stream, options)
                except Exception as exc:
                    record.failures.append(_failure(source, exc, fmt))
                    record.error = exc
                    if record.failures[-1].category in _FATAL_CATEGORIES:
                        record.fatal = True
                        break
                else:
                    record.written.append((exporter.extension, str(target)))
    seen: set[str] = set()
    for item in caught:
        if issubclass(item.category, UserWarning):
            text = " ".join(str(item.message).split())
            if text not in seen:
                seen.add(text)
                record.warnings.append(f"{source}: warning: {text}")
    record.rss_kib = _own_peak_rss_kib()
    return record


def _own_peak_rss_kib() -> int:
    try:
        import resource
    except ImportError:  # not on this platform: memory is simply not reported
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _worker_init(cfg: _Config) -> None:
    """Pool initializer: keep the configuration; leave Ctrl-C to the parent."""
    import signal

    global _CONFIG
    # The parent decides how to stop on Ctrl-C (finish the running chunk, clean up).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _CONFIG = cfg
    _OPTIONS.clear()
    # The fork server was started from wherever the parent was then; follow it now.
    os.chdir(cfg.cwd)
    if cfg.registered:
        from .registry import register

        for cls in cfg.registered:
            register(cls, override=True)


def _worker_task(task: tuple[int, str]) -> _Record:
    record = _export_one(task[0], task[1], None)
    record.error = None  # exceptions may not pickle; the record says all the parent needs
    return record


# -- naming, progress, reporting -------------------------------------------


class _Names:
    """Deterministic stems: the first article with a slug gets it, later ones -2, -3…"""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def claim(self, slug: str) -> str:
        stem, n = slug, 1
        while stem in self._used:
            n += 1
            stem = f"{slug}-{n}"
        self._used.add(stem)
        return stem


class _Progress:
    """A single-line bar on a terminal; silent otherwise."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.done = self.failed = 0
        self.start = time.perf_counter()
        self._last = 0.0
        self._shown = False

    def advance(self, failed: bool) -> None:
        self.done += 1
        self.failed += int(failed)
        now = time.perf_counter()
        # Redraw at most ten times a second: a terminal write per article would cost more
        # than the article on a fast batch.
        if self.enabled and (now - self._last >= 0.1 or self.done == self.total):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        width = 30
        filled = width * self.done // max(self.total, 1)
        rate = self.done / max(now - self.start, 1e-9)
        text = (
            f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} articles "
            f"{rate:.1f}/s"
        )
        if self.failed:
            text += f" {self.failed} failed"
        self.stream.write("\r" + text + "\x1b[K")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False

    def say(self, line: str) -> None:
        """Print a line above the bar."""
        self.clear()
        self.stream.write(line + "\n")
        if self.enabled and self.done:
            self._draw(time.perf_counter())
        else:
            self.stream.flush()


# -- the driver ------------------------------------------------------------


def export_batch(
    sources: Sequence[str],
    formats: Sequence[str],
    out_dir: str,
    *,
    jobs: int | None = None,
    options: dict[str, Any] | None = None,
    source_format: str | None = None,
    progress: bool | None = None,
    overrides: dict[str, Any] | None = None,
    quiet: bool = False,
    stream: TextIO | None = None,
) -> BatchResult:
    """Export each source to each format as ``out_dir/<slug>.<extension>``.

    ``jobs`` worker processes (default: the number of cores; 1 runs in this process).
    ``options`` are exporter options by name (each format takes those it knows);
    ``overrides`` are :func:`syndicate.api.apply_overrides` keywords applied to every
    article. ``progress`` shows a bar on ``stream`` (default stderr): None means only when
    it is a terminal. ``quiet`` drops the summary line, not the failures.

    Per-article failures are reported and counted in the result (its ``exit_code`` is 9);
    a bad option or an unloadable exporter raises. With a single source its failure is
    raised as the error itself.
    """
    from .registry import available

    out = stream if stream is not None else sys.stderr
    sources = [os.fspath(s) for s in sources]
    formats = list(dict.fromkeys(formats))
    if not sources:
        raise UsageError("nothing to export: no sources given")
    if not formats:
        raise UsageError("nothing to export: no format given")
    known = available()
    for fmt in formats:
        if fmt not in known:
            raise UnknownFormat(f"no exporter named {fmt!r} (available: {', '.join(known)})")
    if not Path(out_dir).is_dir():
        raise OutputNotWritable(f"{out_dir}: not an existing folder")
    if jobs is None:
        jobs = os.cpu_count() or 1
    if jobs < 1:
        raise UsageError("jobs must be 1 or more")
    # More workers than articles only costs start-up time; standard input can only be
    # read by this process.
    jobs = 1 if "-" in sources else min(jobs, len(sources))
    show_bar = _is_tty(out) if progress is None else progress
    single = len(sources) == 1
    # Why skipping the per-file fsync is acceptable: a crash of this process or a worker
    # (kill, out of memory, Ctrl-C) can never leave a partial file under a final name, since
    # a file gets its name only once completely written, and the kernel keeps what was written
    # whatever happens to the process. Only an operating-system crash or power loss before the
    # closing sync can lose (or leave empty) files of this run, and such a batch never printed
    # its summary: re-running it from the unchanged sources rewrites them, idempotently.
    durable = single or not hasattr(os, "sync")  # no os.sync (Windows): fsync each file

    result = BatchResult(articles=len(sources))
    bar = _Progress(len(sources), out, show_bar)
    names = _Names()
    start = time.perf_counter()
    if jobs == 1:
        records = _run_in_process(
            sources, formats, out_dir, options, source_format, overrides, names, durable
        )
    else:
        records = _run_in_pool(
            sources, formats, out_dir, options, source_format, overrides, jobs, names, durable
        )
    single_error: BaseException | None = None
    written: list[str] = []
    try:
        for record in records:
            if record.fatal:
                if isinstance(record.error, SyndicateError):
                    raise record.error
                raise _error_for(record.failures[-1])
            result.files += len(record.written)
            if single:
                written = [path for _ext, path in record.written]
            if record.slug is not None:
                result.names.append((record.source, record.stem or record.slug))
            result.peak_rss_kib[record.pid] = max(
                record.rss_kib, result.peak_rss_kib.get(record.pid, 0)
            )
            for line in record.warnings:
                result.warning_count += 1
                if len(result.warnings) < _MAX_WARNINGS:
                    result.warnings.append(line)
                    bar.say(line)
            for failure in record.failures:
                result.failures.append(failure)
                if single:
                    single_error = record.error or _error_for(failure)
                else:
                    bar.say(failure.line())
            bar.advance(bool(record.failures))
    finally:
        bar.clear()
        close = getattr(records, "close", None)
        if close is not None:
            close()
        if not durable and result.files:
            # One flush of everything this batch wrote (the files were not fsynced one by
            # one), also when the batch stops early: what it reported written is on disk.
            os.sync()
    result.seconds = time.perf_counter() - start
    result.peak_rss_kib.setdefault(os.getpid(), 0)
    result.peak_rss_kib[os.getpid()] = max(result.peak_rss_kib[os.getpid()], _own_peak_rss_kib())
    if single_error is not None:
        raise single_error
    if not quiet:
        # One article: name its files (their names come from the title, so the caller may
        # not know them); a batch: one summary line.
        lines = [f"wrote {path}" for path in written] if single else [result.summary()]
        out.write("".join(f"syndicate: {line}\n" for line in lines))
        out.flush()
    return result


def _error_for(failure: BatchFailure) -> SyndicateError:
    cls = _ERROR_CLASSES.get(failure.category, ExportFailed)
    return cls(failure.message)


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _run_in_process(
    sources: list[str],
    formats: list[str],
    out_dir: str,
    options: dict[str, Any] | None,
    source_format: str | None,
    overrides: dict[str, Any] | None,
    names: _Names,
    durable: bool,
) -> Iterator[_Record]:
    global _CONFIG
    _CONFIG = _Config(
        tuple(formats),
        out_dir,
        dict(options or {}),
        source_format,
        dict(overrides or {}),
        None,
        durable=durable,
    )
    _OPTIONS.clear()
    try:
        for index, source in enumerate(sources):
            yield _export_one(index, source, names.claim)
    finally:
        _CONFIG = None
        _OPTIONS.clear()


def _run_in_pool(
    sources: list[str],
    formats: list[str],
    out_dir: str,
    options: dict[str, Any] | None,
    source_format: str | None,
    overrides: dict[str, Any] | None,
    jobs: int,
    names: _Names,
    durable: bool,
) -> Iterator[_Record]:
    import multiprocessing
    import secrets
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .registry import _registered, available

    staging = f".syndicate-batch-{os.getpid()}-{secrets.token_hex(4)}"
    registered = tuple(_registered[f] for f in formats if f in _registered)
    cfg = _Config(
        tuple(formats),
        out_dir,
        dict(options or {}),
        source_format,
        dict(overrides or {}),
        staging,
        os.getcwd(),
        registered,
        durable,
    )
    context = multiprocessing.get_context("forkserver")
    # Import the exporters once in the fork server: every worker forked from it starts with
    # reportlab & co. already loaded (and their pages shared) instead of importing them again.
    known = available()
    modules = ["syndicate.batch", "syndicate.api", "syndicate.readers"]
    modules += sorted({known[f].value.split(":")[0] for f in formats if f not in _registered})
    context.set_forkserver_preload(modules)
    chunk = max(1, min(_MAX_CHUNK, len(sources) // (jobs * 4)))
    executor = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_worker_init, initargs=(cfg,)
    )
    finished = False
    try:
        results = executor.map(_worker_task, enumerate(sources), chunksize=chunk)
        for record in results:
            _publish(record, names, out_dir)
            yield record
        finished = True
    except BrokenProcessPool:
        raise ExportFailed(
            "a worker process died (out of memory or killed); files already written are complete"
        ) from None
    finally:
        executor.shutdown(wait=True, cancel_futures=not finished)
        _remove_staged(out_dir, staging)


def _publish(record: _Record, names: _Names, out_dir: str) -> None:
    """Give a worker's staged files their final names, in source order."""
    if record.slug is None:
        return
    stem = record.stem = names.claim(record.slug)
    published = []
    for extension, staged in record.written:
        final = Path(out_dir, f"{stem}.{extension}")
        try:
            os.replace(staged, final)
        except OSError as exc:
            record.failures.append(
                BatchFailure(
                    record.source,
                    OutputNotWritable.category,
                    f"{final}: {exc.strerror or exc}",
                    None,
                )
            )
            continue
        published.append((extension, str(final)))
    record.written = published


def _remove_staged(out_dir: str, staging: str) -> None:
    """Remove staged files an interrupted batch left (never the user's files)."""
    try:
        entries = os.listdir(out_dir)
    except OSError:
        return
    for name in entries:
        if staging in name:  # the staged file or fsutil's temporary beside it
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(out_dir, name))
