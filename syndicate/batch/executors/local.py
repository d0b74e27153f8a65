"""``--executor local``: a process pool on this machine.

A ``ProcessPoolExecutor`` on the ``forkserver`` context runs ``jobs`` workers; the fork
server preloads the requested exporters' modules once, and each worker reuses its exporter
instances and options between articles, so fonts, templates and reference documents are set
up once per process.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from ...errors import ExportFailed
from ..work import Config, Record, pool_chunk, pool_init

__all__ = ["PoolExecutor"]


class _Guarded:
    """A pool future whose dead worker becomes one clear error."""

    __slots__ = ("future",)

    def __init__(self, future: Future[list[Record]]) -> None:
        self.future = future

    def result(self) -> list[Record]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.future.result()
        except BrokenProcessPool:
            raise ExportFailed(
                "a worker process died (out of memory or killed); files already written are "
                "complete and recorded: run the same command again to finish the batch"
            ) from None


class PoolExecutor:
    """``jobs`` worker processes forked from a preloaded fork server."""

    def __init__(self, cfg: Config, jobs: int, preload: list[str]) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("forkserver")
        # Import the exporters once in the fork server: every worker forked from it starts
        # with reportlab & co. already loaded (and their pages shared).
        context.set_forkserver_preload(preload)
        self.workers = jobs
        self._pool: Any = ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=pool_init, initargs=(cfg,)
        )

    def submit(self, chunk: list[tuple[int, str]]) -> _Guarded:
        """Queue a chunk for the next free worker."""
        return _Guarded(self._pool.submit(pool_chunk, chunk))

    def close(self, cancel: bool) -> None:
        """Wait for the running chunks; drop the queued ones when cancelling."""
        self._pool.shutdown(wait=True, cancel_futures=cancel)
