"""What a batch reports: one failure per line, and the counts of the closing summary."""

from __future__ import annotations

from .._typing import NamedTuple
from ..errors import (
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

__all__ = ["BatchFailure", "BatchResult"]

# Failures that concern the whole run (a bad option, an exporter that cannot load), not one
# article: they stop the batch instead of being repeated once per article.
FATAL_CATEGORIES = frozenset({UsageError.category, UnknownFormat.category})
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
MAX_WARNINGS = 20
"""Warning lines printed (and kept) per batch; the rest are only counted, so a warning that
every article triggers cannot bury the failures or grow memory with the batch."""
MAX_FAILURES_KEPT = 1000
"""Failures kept in the result (all are printed and counted): a batch of millions where
every source is missing must not hold millions of records."""


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


_RESULT_FIELDS = (
    "articles",
    "files",
    "seconds",
    "failures",
    "names",
    "warnings",
    "warning_count",
    "peak_rss_kib",
    "skipped",
    "failed_count",
)
"""BatchResult's fields in the order of its constructor, repr and equality."""


class BatchResult:
    """What a batch did: counts, names, failures and the peak memory of each process.

    A plain class with a dataclass's constructor, equality and repr (it used to be one):
    generating those methods cost every one-file ``-o DIR/`` export ~4 M instructions.
    """

    __slots__ = _RESULT_FIELDS
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __init__(
        self,
        articles: int,
        files: int = 0,
        seconds: float = 0.0,
        failures: list[BatchFailure] | None = None,
        names: list[tuple[str, str]] | None = None,
        warnings: list[str] | None = None,
        warning_count: int = 0,
        peak_rss_kib: dict[int, int] | None = None,
        skipped: int = 0,
        failed_count: int = 0,
    ) -> None:
        self.articles = articles
        """Sources given."""
        self.files = files
        """Files written by this run."""
        self.seconds = seconds
        """Wall time of the whole batch."""
        self.failures: list[BatchFailure] = [] if failures is None else failures
        """The failures, in source order (the first 1,000; ``failed`` counts them all)."""
        self.names: list[tuple[str, str]] = [] if names is None else names
        """``(source, file stem)`` for each article parsed by this run, in source order
        (only kept when the batch was asked to collect them: a long batch would grow it
        without bound)."""
        self.warnings: list[str] = [] if warnings is None else warnings
        """The first ``source: warning: message`` lines (degraded but not lost, e.g. a
        missing image); at most 20 are kept and printed."""
        self.warning_count = warning_count
        """Every warning, shown or not."""
        self.peak_rss_kib: dict[int, int] = {} if peak_rss_kib is None else peak_rss_kib
        """Peak resident memory (KiB) of each process that took part, by process id."""
        self.skipped = skipped
        """Sources already done by an earlier run of the same batch (found in its ledger)."""
        self.failed_count = failed_count
        """Sources with at least one failure."""

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in _RESULT_FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _RESULT_FIELDS)
        return f"{type(self).__qualname__}({shown})"

    @property
    def failed(self) -> int:
        """Number of sources with at least one failure."""
        return self.failed_count

    @property
    def exported(self) -> int:
        """Number of sources exported to every requested format by this run."""
        return self.articles - self.failed - self.skipped

    @property
    def exit_code(self) -> int:
        """0 when everything was written, else ``EXIT_BATCH_PARTIAL`` (9)."""
        return EXIT_BATCH_PARTIAL if self.failed_count else 0

    def summary(self) -> str:
        """The closing line: articles done, skipped as already done, failed; files, time."""
        rate = self.exported / self.seconds if self.seconds > 0 else 0.0
        skipped = f", {self.skipped} skipped (already done)" if self.skipped else ""
        return (
            f"exported {self.exported} of {self.articles} articles to {self.files} files "
            f"in {self.seconds:.2f} s ({rate:.1f} articles/s){skipped}, {self.failed} failed"
        ) + self._warnings_note()

    def _warnings_note(self) -> str:
        if self.warning_count > len(self.warnings):
            return f", {self.warning_count} warnings (first {len(self.warnings)} shown)"
        return ""


def failure_for(source: str, exc: BaseException, fmt: str | None) -> BatchFailure:
    """The one-line failure record of an exception raised for ``source``."""
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


def error_for(failure: BatchFailure) -> SyndicateError:
    """The exception a failure stands for (to raise a single article's or a fatal one)."""
    cls = _ERROR_CLASSES.get(failure.category, ExportFailed)
    return cls(failure.message)
