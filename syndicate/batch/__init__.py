"""Batch export: many sources, several formats, one file per article per format.

    from syndicate.batch import export_batch
    result = export_batch(["a.txt", "b.txt"], ["epub", "atom"], "out/", jobs=2)
    result.exit_code        # 0, or 9 (EXIT_BATCH_PARTIAL) when some articles failed

The package, one job per module:

- :mod:`.sources` streams the sources (arguments, quoted globs, ``--from-list``, fsspec URLs);
- :mod:`.executors` renders them in this process, a local process pool or on Dask;
- :mod:`.work` is what a worker does with one article (parse, render, write staged);
- :mod:`.naming` gives each article its file stem, in source order;
- :mod:`.storage` writes to a local folder or an fsspec URL, atomically;
- :mod:`.ledger` records what is done, so a re-run does only the rest;
- :mod:`.run` drives it all; :mod:`.result` is what it reports;
- :mod:`.library` is the same work for callers who drive it themselves (an iterable, or a
  Dask bag): :func:`syndicate.api.export_articles`.

See docs/scale.md for long lists, resume, object storage and Dask.

**File names.** Each article's files are ``<slug>.<extension>``. When two articles of a
batch share a slug, the later one *in source order* becomes ``<slug>-2``, then ``<slug>-3``
and so on, so names depend only on the list of sources, never on which worker finished
first: workers write under staged names and the driver renames in source order.

**Resume.** The ledger (``.syndicate-ledger.jsonl`` in the output folder) lists each finished
article with its files' sizes and digests; running the same command again skips those whose
files are still there, keeps every name, and does the rest. ``restart=True`` ignores it.

**Durability.** Files are not fsynced one by one as they are written; the driver flushes the
files it published (then their folder) in groups, before recording them in the ledger, so
the ledger never names a file the disk may not hold. No ``os.sync()`` of the whole machine.

**Reporting.** Each failed article is one line on stderr, ``source: category: message``, and
the batch goes on. A one-line bar shows progress when stderr is a terminal and a summary
line ends the run: done, skipped as already done, failed. A single source is written like a
one-file export (a ``wrote PATH`` line per file, its failure raised as the error itself).
"""

from __future__ import annotations

from .result import BatchFailure, BatchResult
from .run import export_batch

__all__ = ["BatchFailure", "BatchResult", "export_batch"]
