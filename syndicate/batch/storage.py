"""Where a batch writes: a local folder, or any folder fsspec can write (``s3://bucket/out/``).

Both kinds give the same guarantees to the batch: a file appears under its final name only
once complete (a local file is written under a hidden staging name and renamed; an object is
uploaded whole, to a staging key, then copied server-side to its final key), and the staging
names all start with :data:`STAGE_PREFIX`, so what an interrupted run left behind can be
found and removed by the next one without touching anything else.

fsspec (and s3fs for ``s3://``) is imported only when an output or source is a URL: it is
part of the optional ``syndicate[cluster]`` extra. Endpoints and credentials come from the
usual places (``AWS_ENDPOINT_URL``, ``AWS_ACCESS_KEY_ID``… or fsspec's own configuration);
syndicate adds no setting of its own.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from typing import Any

from ..errors import OutputNotWritable, SyndicateError, UsageError

__all__ = ["STAGE_PREFIX", "LocalOutput", "RemoteOutput", "is_url", "open_output", "require"]

STAGE_PREFIX = ".syndicate-stage-"
"""Start of every staged file name (fsutil's temporaries add one more leading dot)."""
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
EXTRA_HINT = "pip install 'syndicate[cluster]'"


def is_url(text: str) -> bool:
    """True for ``scheme://…`` (an fsspec URL); ``file://`` counts, a Windows drive does not."""
    return bool(_URL.match(text))


def local_path(text: str) -> str | None:
    """The local path a ``file://`` URL or plain path names, or None for a remote URL."""
    if text.startswith("file://"):
        return text[len("file://") :] or "/"
    return None if is_url(text) else text


def require(module: str, what: str) -> Any:
    """Import an optional module of the ``cluster`` extra, or stop with one line naming it."""
    from importlib import import_module

    try:
        return import_module(module)
    except ImportError:
        raise UsageError(
            f"{what} needs the optional 'cluster' extra ({module} is not installed): {EXTRA_HINT}"
        ) from None


def remote_fs(url: str) -> tuple[Any, str]:
    """The fsspec filesystem for ``url`` and the path inside it."""
    fsspec = require("fsspec", url)
    protocol = url.split("://", 1)[0]
    try:
        fs, path = fsspec.core.url_to_fs(url)
    except ImportError:
        raise UsageError(
            f"{url}: the {protocol}:// protocol needs the optional 'cluster' extra: {EXTRA_HINT}"
        ) from None
    except ValueError as exc:
        raise UsageError(f"{url}: {exc}") from None
    return fs, path


class LocalOutput:
    """An existing local folder."""

    remote = False

    def __init__(self, root: str) -> None:
        self.root = root
        self.url = root

    def check(self) -> None:
        """Refuse a folder that does not exist (the command line creates it first)."""
        if not os.path.isdir(self.root):
            raise OutputNotWritable(f"{self.root}: not an existing folder")

    def path(self, name: str) -> str:
        """The full path of a file of the batch."""
        return os.path.join(self.root, name)

    def display(self, name: str) -> str:
        """How a file is named to the user."""
        return self.path(name)

    def write(self, name: str, data: bytes, durable: bool) -> None:
        """Write ``data`` as ``name``, atomically (temporary file, then rename)."""
        from ..fsutil import atomic_writer

        with atomic_writer(self.path(name), durable=durable) as stream:
            stream.write(data)

    def publish(self, staged: str, final: str) -> None:
        """Give a staged file its final name (a rename: atomic, replaces an older file)."""
        try:
            os.replace(self.path(staged), self.path(final))
        except OSError as exc:
            raise OutputNotWritable(f"{self.path(final)}: {exc.strerror or exc}") from None

    def sizes(self, names: set[str] | None = None) -> dict[str, int]:
        """Size of each file of the folder (of ``names`` only when given)."""
        found: dict[str, int] = {}
        with os.scandir(self.root) as entries:
            for entry in entries:
                if names is not None and entry.name not in names:
                    continue
                with contextlib.suppress(OSError):
                    if entry.is_file():
                        found[entry.name] = entry.stat().st_size
        return found

    def size(self, name: str) -> int | None:
        """The size of one file, or None when it is missing."""
        try:
            return os.stat(self.path(name)).st_size
        except OSError:
            return None

    def remove_staged(self) -> int:
        """Remove what interrupted runs left: staged files and their temporaries."""
        removed = 0
        try:
            names = os.listdir(self.root)
        except OSError:
            return 0
        for name in names:
            if name.startswith((STAGE_PREFIX, "." + STAGE_PREFIX)):
                with contextlib.suppress(OSError):
                    os.unlink(self.path(name))
                    removed += 1
        return removed

    def flush(self, names: list[str]) -> None:
        """Make the named files and the folder's entries durable: files, then the folder."""
        from ..fsutil import fsync_folder, fsync_path

        for name in names:
            fsync_path(self.path(name))
        fsync_folder(self.root)


class RemoteOutput:
    """A folder of an fsspec filesystem (an S3 prefix, a GCS bucket…)."""

    remote = True

    def __init__(self, url: str) -> None:
        self.url = url if url.endswith("/") else url + "/"
        self.fs, root = remote_fs(self.url)
        self.root = root.rstrip("/")

    def __getstate__(self) -> dict[str, Any]:
        # Sent to workers by URL only: each process builds (and fsspec caches) its own client.
        return {"url": self.url}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["url"])  # type: ignore[misc]

    def check(self) -> None:
        """Nothing to check ahead: a bucket that cannot be written fails the first write."""

    def path(self, name: str) -> str:
        """The full key of a file of the batch."""
        return f"{self.root}/{name}"

    def display(self, name: str) -> str:
        """How a file is named to the user: its URL."""
        return f"{self.url}{name}"

    def write(self, name: str, data: bytes, durable: bool) -> None:
        """Upload ``data`` as one object (visible only once complete)."""
        with self.errors(name):
            self.fs.pipe_file(self.path(name), data)

    def publish(self, staged: str, final: str) -> None:
        """Copy a staged object to its final key (server-side), then delete the staged one."""
        with self.errors(final):
            self.fs.copy(self.path(staged), self.path(final))
            self.fs.rm_file(self.path(staged))

    @contextlib.contextmanager
    def errors(self, name: str = "") -> Iterator[None]:
        """Any failure of the store (refused, unreachable, no such bucket) as one line.

        Broad on purpose: the client libraries raise their own exception types (botocore's
        connection errors are not OSErrors), and each means the same to the user.
        """
        try:
            yield
        except SyndicateError:
            raise
        except Exception as exc:
            text = " ".join(str(exc).split()) or type(exc).__name__
            raise OutputNotWritable(f"{self.url}{name}: {text}") from None

    def sizes(self, names: set[str] | None = None) -> dict[str, int]:
        """Size of each object of the folder, from one listing."""
        found: dict[str, int] = {}
        with self.errors():
            try:
                listing = self.fs.ls(self.root, detail=True, refresh=True)
            except FileNotFoundError:
                return found  # a first run: the folder appears with its first object
        for entry in listing:
            if entry.get("type") != "file":
                continue
            name = entry["name"].rsplit("/", 1)[-1]
            if names is None or name in names:
                found[name] = int(entry["size"])
        return found

    def size(self, name: str) -> int | None:
        """The size of one object, or None when it is missing."""
        try:
            return int(self.fs.size(self.path(name)))
        except FileNotFoundError:
            return None

    def remove_staged(self) -> int:
        """Remove staged objects interrupted runs left."""
        staged = [
            self.path(name)
            for name in self.sizes()
            if name.startswith((STAGE_PREFIX, "." + STAGE_PREFIX))
        ]
        if staged:
            with self.errors():
                self.fs.rm(staged)
        return len(staged)

    def flush(self, names: list[str]) -> None:
        """Nothing to do: an object store has acknowledged each upload durably."""


def open_output(target: str) -> LocalOutput | RemoteOutput:
    """The output for a folder path or URL."""
    path = local_path(target)
    return LocalOutput(path) if path is not None else RemoteOutput(target)
