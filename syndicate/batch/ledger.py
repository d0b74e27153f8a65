"""The ledger: what a batch has finished, kept beside its outputs so a re-run does the rest.

One JSON object per line, appended in source order once the article's files are under their
final names and flushed to the disk::

    {"src": "in/a.txt", "key": "3f…", "stem": "harbour-wall",
     "out": {"epub": ["harbour-wall.epub", 5301, "9c…"]}}

``out`` maps each format to the file's name, size and SHA-256; ``key`` is a fingerprint of what
shapes the files (options, overrides, reader, syndicate version), so a run with other options
does not take an earlier run's files for its own. An article that was named but failed is
written without ``out`` (a claim): its name stays reserved, so a later article with the same
slug gets the same name as in an uninterrupted run.

In a local folder the ledger is ``.syndicate-ledger.jsonl``, appended and fsynced, and
locked (``flock``) while a batch runs so two batches cannot share one folder. An object store
cannot append, so there the ledger is a prefix of small objects,
``.syndicate-ledger/part-<run>-<n>.jsonl``, one per commit. A line cut short by a kill is
ignored when the ledger is read (its article is simply done again).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import time
from collections.abc import Iterator
from typing import Any

from ..errors import OutputNotWritable
from .storage import LocalOutput, RemoteOutput

__all__ = ["LEDGER_NAME", "Ledger", "fingerprint"]

LEDGER_NAME = ".syndicate-ledger.jsonl"
LEDGER_PREFIX = ".syndicate-ledger"


def fingerprint(parts: dict[str, Any]) -> str:
    """A short stable digest of what shapes the output files."""
    from .. import __version__

    text = repr(sorted((k, repr(v)) for k, v in {**parts, "version": __version__}.items()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Entry:
    """What the ledger knows of one source."""

    __slots__ = ("key", "outputs", "stem")

    def __init__(
        self, stem: str, key: str, outputs: dict[str, tuple[str, int, str]] | None
    ) -> None:
        self.stem = stem
        self.key = key
        self.outputs = outputs


class Ledger:
    """Read what earlier runs did; append what this run does."""

    def __init__(self, output: LocalOutput | RemoteOutput, key: str) -> None:
        self.output = output
        self.key = key
        self.entries: dict[str, Entry] = {}
        """By source: the stem claimed and, when done, its outputs."""
        self.stems: set[str] = set()
        """Every stem any earlier run claimed (the names an uninterrupted run would hold)."""
        self._handle: Any = None
        # Time first, so the parts of successive runs list in the order they were written.
        self._run = f"{time.time_ns():020d}-{secrets.token_hex(3)}"
        self._parts = 0
        self._pending: list[str] = []

    # -- reading --------------------------------------------------------------

    def load(self) -> None:
        """Read the ledger of earlier runs (nothing when there is none)."""
        for line in self._lines():
            try:
                item = json.loads(line)
                src, stem = item["src"], item["stem"]
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by a kill: that article is redone
            outputs = item.get("out")
            done = (
                {str(k): (str(v[0]), int(v[1]), str(v[2])) for k, v in outputs.items()}
                if isinstance(outputs, dict)
                else None
            )
            previous = self.entries.get(src)
            if previous is not None and previous.outputs and not done:
                continue  # a later claim does not undo a completed entry
            self.entries[src] = Entry(stem, str(item.get("key", "")), done)
            self.stems.add(stem)

    def _lines(self) -> Iterator[str]:
        output = self.output
        if isinstance(output, LocalOutput):
            try:
                with open(output.path(LEDGER_NAME), encoding="utf-8", errors="replace") as f:
                    yield from f
            except FileNotFoundError:
                return
            return
        fs = output.fs
        folder = output.path(LEDGER_PREFIX)
        with output.errors(LEDGER_PREFIX):
            try:
                parts = sorted(fs.ls(folder, detail=False, refresh=True))
            except FileNotFoundError:
                return
        for part in parts:
            with output.errors(LEDGER_PREFIX):
                data = fs.cat_file(part)
            yield from data.decode("utf-8", errors="replace").splitlines()

    def done(self, source: str, formats: list[str], sizes: Any) -> Entry | None:
        """The entry when ``source`` was completed in every format with these options and its
        files are still there with the recorded sizes (``sizes.get(name)``); None when it has
        to be (re)done."""
        entry = self.entries.get(source)
        if entry is None or entry.outputs is None or entry.key != self.key:
            return None
        for fmt in formats:
            recorded = entry.outputs.get(fmt)
            if recorded is None or sizes.get(recorded[0]) != recorded[1]:
                return None
        return entry

    def forget(self) -> None:
        """Drop what was read (``--restart``): every source is done again, names anew."""
        self.entries.clear()
        self.stems.clear()

    # -- writing --------------------------------------------------------------

    def open(self, restart: bool) -> None:
        """Take the folder for this run; with ``restart`` start the ledger afresh."""
        output = self.output
        if isinstance(output, LocalOutput):
            path = output.path(LEDGER_NAME)
            try:
                self._handle = open(path, "a+b")  # noqa: SIM115 (held for the whole run)
            except OSError as exc:
                raise OutputNotWritable(f"{path}: {exc.strerror or exc}") from None
            self._lock(path)
            if restart:
                self._handle.truncate(0)
            else:
                self._trim_partial_line()
        elif restart:
            with output.errors(LEDGER_PREFIX), contextlib.suppress(FileNotFoundError):
                output.fs.rm(output.path(LEDGER_PREFIX), recursive=True)

    def _lock(self, path: str) -> None:
        try:
            import fcntl
        except ImportError:  # no flock on this platform: one batch per folder is on the user
            return
        try:
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._handle.close()
            self._handle = None
            raise OutputNotWritable(
                f"{path}: another batch is writing to this folder (its ledger is locked)"
            ) from None

    def _trim_partial_line(self) -> None:
        # A kill in the middle of an append leaves half a line: cut it, so the next line
        # this run appends starts on a line of its own.
        handle = self._handle
        size = handle.seek(0, os.SEEK_END)
        if size == 0:
            return
        handle.seek(max(0, size - 65536))
        tail = handle.read()
        if tail.endswith(b"\n"):
            return
        cut = tail.rfind(b"\n")
        handle.truncate(size - len(tail) + cut + 1 if cut >= 0 else max(0, size - len(tail)))

    def record(
        self, source: str, stem: str, outputs: dict[str, tuple[str, int, str]] | None
    ) -> None:
        """Queue one line (written by :meth:`commit`); ``outputs`` None: a claim only."""
        item: dict[str, Any] = {"src": source, "key": self.key, "stem": stem}
        if outputs is not None:
            item["out"] = {fmt: list(value) for fmt, value in outputs.items()}
        self._pending.append(json.dumps(item, ensure_ascii=False) + "\n")

    def take(self) -> list[str]:
        """The queued lines, handed over for :meth:`append` (the queue is emptied)."""
        lines, self._pending = self._pending, []
        return lines

    def commit(self) -> None:
        """Append the queued lines durably (the files they name were flushed before)."""
        self.append(self.take())

    def append(self, lines: list[str]) -> None:
        """Append lines durably: one write and an fsync, or one more object on a store."""
        if not lines:
            return
        data = "".join(lines).encode("utf-8")
        if self._handle is not None:
            self._handle.seek(0, os.SEEK_END)
            self._handle.write(data)
            self._handle.flush()
            os.fsync(self._handle.fileno())
        elif isinstance(self.output, RemoteOutput):
            self._parts += 1
            name = f"{LEDGER_PREFIX}/part-{self._run}-{self._parts:08d}.jsonl"
            self.output.write(name, data, durable=True)

    @property
    def pending(self) -> int:
        """Lines queued and not yet committed."""
        return len(self._pending)

    def close(self) -> None:
        """Release the folder (the lock goes with the handle); a ledger left empty (a run
        that stopped before finishing anything) is removed rather than left behind."""
        if self._handle is not None:
            with contextlib.suppress(OSError):
                if self._handle.seek(0, os.SEEK_END) == 0:
                    os.unlink(self.output.path(LEDGER_NAME))
            self._handle.close()
            self._handle = None
