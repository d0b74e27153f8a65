"""The batch driver: stream the sources, skip what the ledger says is done, dispatch the rest
in bounded chunks, name and publish the results in source order, record them, report."""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Sized
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import SyndicateError, UnknownFormat, UsageError
from .executors import EXECUTORS
from .result import MAX_FAILURES_KEPT, MAX_WARNINGS, BatchFailure, BatchResult, error_for
from .storage import LocalOutput, RemoteOutput, open_output, require
from .work import Config, Record, configure, export_one, own_peak_rss_kib

if TYPE_CHECKING:
    from .executors import Executor

# The ledger (json, secrets, hashlib), the names, the progress bar and the executors are
# imported by a batch of several sources only: a one-article export does not use them, and
# importing them cost ~10 ms of every one-file command.

__all__ = ["export_batch"]

_MAX_CHUNK = 16
"""Articles per task sent to a worker: large enough to amortise the round trip, small enough
that the progress bar moves and the last chunks balance across workers."""
_CHUNKS_IN_FLIGHT = 4
"""Chunks queued per worker: keeps every worker busy while the driver waits for the oldest,
and bounds what the driver holds (back-pressure) however long the list."""
_COMMIT_RECORDS = 512
_COMMIT_SECONDS = 2.0
"""The ledger is appended (after flushing the files it names) every 512 articles or two
seconds, whichever comes first: a kill loses at most that much finished work."""
_MAX_NAMES = 10_000
"""``(source, stem)`` pairs kept in the result; a longer batch is reported by counts."""


def export_batch(
    sources: Iterable[str | os.PathLike[str]],
    formats: Iterable[str],
    out_dir: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    options: dict[str, Any] | None = None,
    source_format: str | None = None,
    progress: bool | None = None,
    overrides: dict[str, Any] | None = None,
    quiet: bool = False,
    stream: TextIO | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    restart: bool = False,
    total: int | None = None,
) -> BatchResult:
    """Export each source to each format as ``out_dir/<slug>.<extension>``.

    ``sources`` may be any iterable (a list, a generator over a list file): it is read as
    the work goes, never all at once. ``out_dir`` is a local folder or an fsspec URL.
    ``executor`` is ``"local"`` (``jobs`` worker processes, default the number of cores; 1
    runs in this process) or ``"dask"`` (``scheduler`` address, else a LocalCluster).
    ``options`` are exporter options by name; ``overrides`` are
    :func:`syndicate.api.apply_overrides` keywords applied to every article. ``progress``
    shows a bar on ``stream`` (default stderr): None means only when it is a terminal;
    ``total`` is the number of sources when known for it. ``quiet`` drops the summary line,
    not the failures. ``restart`` ignores the ledger of earlier runs.

    Per-article failures are reported and counted in the result (its ``exit_code`` is 9);
    a bad option or an unloadable exporter raises. With a single source its failure is
    raised as the error itself.
    """
    from ..registry import available

    out = stream if stream is not None else sys.stderr
    formats = list(dict.fromkeys(formats))
    if not formats:
        raise UsageError("nothing to export: no format given")
    known = available()
    for fmt in formats:
        if fmt not in known:
            raise UnknownFormat(f"no exporter named {fmt!r} (available: {', '.join(known)})")
    if executor not in EXECUTORS:
        raise UsageError(f"unknown executor {executor!r} (choose from {', '.join(EXECUTORS)})")
    if jobs is not None and jobs < 1:
        raise UsageError("jobs must be 1 or more")
    if executor == "dask":  # before anything is written: without the extra, one line
        require("dask", "--executor dask")
        require("distributed", "--executor dask")
    output = open_output(os.fspath(out_dir))
    output.check()
    if total is None and isinstance(sources, Sized):
        total = len(sources)
    names_iter = (os.fspath(s) for s in sources)
    first = list(islice(names_iter, 2))
    if not first:
        raise UsageError("nothing to export: no sources given")
    show_bar = _is_tty(out) if progress is None else progress
    if len(first) == 1:
        return _export_single(
            first[0], formats, output, options, source_format, overrides, quiet, out
        )
    if jobs is None:
        jobs = os.cpu_count() or 1
    # Standard input can only be read by this process.
    if isinstance(sources, list | tuple) and "-" in sources:
        jobs, executor = 1, "local"
    if total and executor == "local":
        jobs = min(jobs, total)  # more workers than articles only costs start-up time
    return _Batch(formats, output, options, source_format, overrides, restart).run(
        chain(first, names_iter), jobs, executor, scheduler, total, show_bar, quiet, out
    )


def _export_single(
    source: str,
    formats: list[str],
    output: LocalOutput | RemoteOutput,
    options: dict[str, Any] | None,
    source_format: str | None,
    overrides: dict[str, Any] | None,
    quiet: bool,
    out: TextIO,
) -> BatchResult:
    """One article: written in this process under its final names, durably, no ledger (it is
    not a batch), its files named on stderr since the names come from its title."""
    start = time.perf_counter()
    cfg = Config(
        tuple(formats),
        output,
        dict(options or {}),
        source_format,
        dict(overrides or {}),
        None,
        durable=True,
    )
    configure(cfg)
    try:
        record = export_one(0, source, stem="")
    finally:
        configure(None)
    result = BatchResult(articles=1, files=len(record.written))
    result.seconds = time.perf_counter() - start
    result.peak_rss_kib[os.getpid()] = own_peak_rss_kib()
    if record.slug is not None:
        result.names.append((source, record.slug))
    for line in record.warnings:
        result.warning_count += 1
        result.warnings.append(line)
        out.write(line + "\n")
    if record.failures:
        result.failures.extend(record.failures)
        result.failed_count = 1
        raise record.error or error_for(record.failures[-1])
    if not quiet:
        out.write("".join(f"syndicate: wrote {output.display(w[2])}\n" for w in record.written))
        out.flush()
    return result


class _Batch:
    """One run of a batch of several sources."""

    def __init__(
        self,
        formats: list[str],
        output: LocalOutput | RemoteOutput,
        options: dict[str, Any] | None,
        source_format: str | None,
        overrides: dict[str, Any] | None,
        restart: bool,
    ) -> None:
        self.formats = formats
        self.output = output
        self.options = dict(options or {})
        self.source_format = source_format
        self.overrides = dict(overrides or {})
        self.restart = restart
        from .ledger import Ledger, fingerprint
        from .naming import Names

        key = fingerprint(
            {"options": self.options, "from": source_format, "overrides": self.overrides}
        )
        self.ledger = Ledger(output, key)
        self.names = Names(self.ledger.stems)
        self.result = BatchResult(articles=0)
        self._to_flush: list[str] = []
        self._last_commit = time.perf_counter()
        self._committing: Any = None  # the commit running in the background, if any

    def run(
        self,
        sources: Iterable[str],
        jobs: int,
        executor_name: str,
        scheduler: str | None,
        total: int | None,
        show_bar: bool,
        quiet: bool,
        out: TextIO,
    ) -> BatchResult:
        """Do the batch; print failures, warnings and the summary on ``out``."""
        import secrets

        from .executors import make_executor
        from .progress import Progress

        result = self.result
        self.bar = Progress(total, out, show_bar)
        start = time.perf_counter()
        self.ledger.open(self.restart)
        finished = False
        executor: Executor | None = None
        try:
            if not self.restart:
                self.ledger.load()
            self.output.remove_staged()  # what a killed run left (the ledger lock is ours)
            cfg = self._config(secrets.token_hex(4), executor_name == "dask")
            executor = make_executor(executor_name, cfg, jobs, scheduler, self._preload())
            window = executor.workers * _CHUNKS_IN_FLIGHT
            self._dispatch(sources, executor, total, window)
            finished = True
        finally:
            self.bar.clear()
            if executor is not None:
                executor.close(cancel=not finished)
            self.output.remove_staged()
            try:
                self._commit()
                self._wait_for_commit()
            finally:
                self.ledger.close()
        result.seconds = time.perf_counter() - start
        pid = os.getpid()
        result.peak_rss_kib[pid] = max(result.peak_rss_kib.get(pid, 0), own_peak_rss_kib())
        if not quiet:
            out.write(f"syndicate: {result.summary()}\n")
            out.flush()
        return result

    def _config(self, stage: str, remote_workers: bool) -> Config:
        from ..registry import _registered

        output = self.output
        if remote_workers and isinstance(output, LocalOutput):
            # A Dask worker does not share our working folder.
            output = LocalOutput(os.path.abspath(output.root))
        registered = tuple(_registered[f] for f in self.formats if f in _registered)
        return Config(
            tuple(self.formats),
            output,
            self.options,
            self.source_format,
            self.overrides,
            stage,
            os.getcwd(),
            registered,
            durable=False,
        )

    def _preload(self) -> list[str]:
        from ..registry import _registered, available

        known = available()
        modules = ["syndicate.batch.work", "syndicate.api", "syndicate.readers"]
        modules += sorted(
            {known[f].value.split(":")[0] for f in self.formats if f not in _registered}
        )
        return modules

    def _dispatch(
        self, sources: Iterable[str], executor: Executor, total: int | None, window: int
    ) -> None:
        sizes = _Sizes(self.output) if self.ledger.entries else None
        in_flight: deque[Any] = deque()
        chunk: list[tuple[int, str]] = []
        chunk_size = _chunk_size(total, 0, executor.workers)
        for index, source in enumerate(sources):
            self.result.articles += 1
            if sizes is not None and self.ledger.done(source, self.formats, sizes):
                self.result.skipped += 1
                self.bar.advance(skipped=True)
                continue
            chunk.append((index, source))
            if len(chunk) >= chunk_size:
                in_flight.append(executor.submit(chunk))
                chunk = []
                chunk_size = _chunk_size(total, index + 1, executor.workers)
                while len(in_flight) >= window:
                    self._take(in_flight.popleft().result())
        if chunk:
            in_flight.append(executor.submit(chunk))
        while in_flight:
            self._take(in_flight.popleft().result())

    def _take(self, records: list[Record]) -> None:
        for record in records:
            self._publish(record)
        now = time.perf_counter()
        if self.ledger.pending >= _COMMIT_RECORDS or now - self._last_commit >= _COMMIT_SECONDS:
            self._commit()

    def _publish(self, record: Record) -> None:
        """Name the article's files (source order), rename them into place, record them."""
        result = self.result
        if record.fatal:
            if isinstance(record.error, SyndicateError):
                raise record.error
            raise error_for(record.failures[-1])
        pid = record.pid
        result.peak_rss_kib[pid] = max(record.rss_kib, result.peak_rss_kib.get(pid, 0))
        if record.slug is not None:
            entry = self.ledger.entries.get(record.source)
            # A source an earlier run named keeps its name (done again after a change of
            # options, a file removed, or a failure): the name an uninterrupted run gave it.
            stem = entry.stem if entry is not None else self.names.claim(record.slug)
            published: dict[str, tuple[str, int, str]] = {}
            for fmt, ext, staged, size, digest in record.written:
                final = f"{stem}.{ext}"
                try:
                    self.output.publish(staged, final)
                except SyndicateError as exc:
                    record.failures.append(BatchFailure(record.source, exc.category, str(exc)))
                    continue
                published[fmt] = (final, size, digest)
                self._to_flush.append(final)
            result.files += len(published)
            self.ledger.record(record.source, stem, None if record.failures else published)
            if len(result.names) < _MAX_NAMES:
                result.names.append((record.source, stem))
        for line in record.warnings:
            result.warning_count += 1
            if len(result.warnings) < MAX_WARNINGS:
                result.warnings.append(line)
                self.bar.say(line)
        if record.failures:
            result.failed_count += 1
            for failure in record.failures:
                if len(result.failures) < MAX_FAILURES_KEPT:
                    result.failures.append(failure)
                self.bar.say(failure.line())
        self.bar.advance(failed=bool(record.failures))

    def _commit(self) -> None:
        """Flush the files published since the last commit, then record them.

        In a thread of its own, one commit at a time and in order: fsyncing a few thousand
        files can take seconds on a busy disk, and the driver keeps naming and dispatching
        meanwhile (the workers have their queued chunks to go on with).
        """
        self._wait_for_commit()
        files, lines = self._to_flush, self.ledger.take()
        self._to_flush = []
        self._last_commit = time.perf_counter()
        if not files and not lines:
            return
        import threading

        def commit() -> None:
            try:
                if files:
                    self.output.flush(files)
                self.ledger.append(lines)
            except BaseException as exc:  # raised in the driver by _wait_for_commit
                self._commit_error = exc

        self._commit_error: BaseException | None = None
        self._committing = threading.Thread(target=commit, name="syndicate-ledger")
        self._committing.start()

    def _wait_for_commit(self) -> None:
        if self._committing is not None:
            self._committing.join()
            self._committing = None
            if self._commit_error is not None:
                raise self._commit_error


def _chunk_size(total: int | None, done: int, workers: int) -> int:
    """Articles in the next chunk, ``done`` sources into a list of ``total`` (None: unknown).

    Guided: a quarter of what is left per worker, at most ``_MAX_CHUNK``, down to one article
    for the last chunks. With a fixed size, one worker could still be on its last chunk (up
    to sixteen articles) while the others had nothing left to take: 200 articles on two
    workers came as twelve chunks of 16 and one of 8, one worker doing 104 articles, the
    other 96. The small last chunks cost a round trip each (about a millisecond), and the
    names still follow the list's order.
    """
    if total is None:
        return _MAX_CHUNK
    return max(1, min(_MAX_CHUNK, (total - done) // (workers * 4)))


class _Sizes:
    """``get(name)``: the size of an output file, or None (one listing for an object store,
    a ``stat`` per lookup for a local folder, which holds nothing in memory)."""

    def __init__(self, output: LocalOutput | RemoteOutput) -> None:
        self.output = output
        self.listing = output.sizes() if isinstance(output, RemoteOutput) else None

    def get(self, name: str) -> int | None:
        if self.listing is not None:
            return self.listing.get(name)
        return self.output.size(name)


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
