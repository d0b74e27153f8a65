"""Where a batch's articles are rendered: this process, a local process pool, or Dask.

Every executor takes chunks of ``(index, source)`` and hands back a future per chunk whose
``result()`` is the list of :class:`~syndicate.batch.work.Record`; the driver keeps a bounded
number of chunks in flight and reads the futures in submission order, so files are named in
source order whatever finished first.
"""

from __future__ import annotations

from typing import Any, Protocol

from ..work import Config, Record

__all__ = ["EXECUTORS", "Executor", "make_executor"]

EXECUTORS = ("local", "dask")


class Executor(Protocol):
    """What the driver needs of an executor."""

    workers: int
    """Chunks that run at once (sizes the window of chunks in flight)."""

    def submit(self, chunk: list[tuple[int, str]]) -> Any:
        """Start a chunk; return an object whose ``result()`` is its records."""

    def close(self, cancel: bool) -> None:
        """Stop (``cancel``: drop chunks not yet started) and release the workers."""


class _Done:
    __slots__ = ("records",)

    def __init__(self, records: list[Record]) -> None:
        self.records = records

    def result(self) -> list[Record]:
        return self.records


class InProcess:
    """Render in this process, one chunk at a time (``--jobs 1``, or a batch reading stdin)."""

    workers = 1

    def __init__(self, cfg: Config) -> None:
        from ..work import configure

        configure(cfg)

    def submit(self, chunk: list[tuple[int, str]]) -> _Done:
        """Run the chunk now."""
        from ..work import export_one

        return _Done([export_one(index, source) for index, source in chunk])

    def close(self, cancel: bool) -> None:
        """Forget the configuration."""
        from ..work import configure

        configure(None)


def make_executor(
    name: str, cfg: Config, jobs: int, scheduler: str | None, preload: list[str]
) -> Executor:
    """The executor called ``name``; ``preload``: modules a local pool imports up front."""
    if name == "dask":
        from .dask import DaskExecutor

        return DaskExecutor(cfg, jobs, scheduler)
    if jobs == 1:
        return InProcess(cfg)
    from .local import PoolExecutor

    return PoolExecutor(cfg, jobs, preload)
