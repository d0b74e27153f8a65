"""``--executor dask``: the chunks run as tasks on a Dask cluster.

``--scheduler tcp://HOST:8786`` (or ``DASK_SCHEDULER_ADDRESS``) joins a running cluster;
without either, a ``LocalCluster`` of one single-threaded worker process per core (or
``--jobs``) is started for the run and stopped after it. A worker that dies mid-run is
Dask's to handle: its tasks run again on the others, and since a task only writes staged
files that the driver names and records, a task run twice never leaves a file twice.

The workers must be able to import syndicate (the same version) and to reach the sources
and the output: a shared folder, or URLs (``s3://…``) with the same credentials.
"""

from __future__ import annotations

import os
from typing import Any

from ...errors import ExportFailed, UsageError
from ..storage import require
from ..work import Config, Record, dask_chunk

__all__ = ["DaskExecutor"]


class _Task:
    """A Dask future whose failure becomes one clear error."""

    __slots__ = ("future",)

    def __init__(self, future: Any) -> None:
        self.future = future

    def result(self) -> list[Record]:
        try:
            return self.future.result()
        except Exception as exc:
            name = type(exc).__name__
            if name == "KilledWorker":
                raise ExportFailed(
                    "Dask workers kept dying on the same articles; what was written is "
                    "recorded: run the same command again to finish the batch"
                ) from None
            raise ExportFailed(f"a Dask task failed: {name}: {exc}") from None


class DaskExecutor:
    """Chunks submitted to a Dask cluster (a given scheduler, or a LocalCluster)."""

    def __init__(self, cfg: Config, jobs: int | None, scheduler: str | None) -> None:
        require("dask", "--executor dask")
        distributed = require("distributed", "--executor dask")
        self._cfg = cfg
        self._cluster: Any = None
        address = scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
        try:
            if address:
                self._client: Any = distributed.Client(address, timeout="15s")
            else:
                import logging

                self._cluster = distributed.LocalCluster(
                    n_workers=jobs or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self._client = distributed.Client(self._cluster)
        except OSError as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        threads = sum(self._client.nthreads().values())
        self.workers = max(1, threads)

    def submit(self, chunk: list[tuple[int, str]]) -> _Task:
        """Submit one task (``pure=False``: two equal chunks are still two tasks)."""
        return _Task(self._client.submit(dask_chunk, self._cfg, chunk, pure=False))

    def close(self, cancel: bool) -> None:
        """Disconnect (and stop the LocalCluster started for this run)."""
        try:
            self._client.close()
        finally:
            if self._cluster is not None:
                self._cluster.close()
