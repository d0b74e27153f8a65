"""Atomic file writes: a temporary file in the destination's folder, fsync, rename.

A failed write leaves the previous file untouched and no temporary behind.
``durable=False`` skips the fsyncs, for callers that sync once after many files
(see :mod:`syndicate.batch`); :func:`fsync_folder` is the second half of that sync.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import OutputNotWritable

__all__ = ["atomic_write_bytes", "atomic_writer", "fsync_folder", "fsync_path"]


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], durable: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary stream; on clean exit it replaces ``path`` atomically.

    On any exception the temporary file is removed and ``path`` is left as it was.
    ``durable`` (the default) fsyncs the data before the rename and the folder after it,
    so the new file (and its name) survives a power loss once this returns; without it
    the rename is still atomic for every other process, but the data reaches the disk
    whenever the kernel writes it back.
    A symbolic link is followed (the file it points to is replaced or created); a device or
    pipe is written into, once the output is complete, instead of being replaced.
    """
    target = Path(path)
    if target.is_symlink():
        # Replace (or create) the file the link points to, not the link itself: every
        # writer, through the link or not, then writes the same file.
        target = Path(os.path.realpath(target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputNotWritable(f"{target}: folder {folder} does not exist")
    if target.is_dir():
        raise OutputNotWritable(f"{target}: is a directory")
    if target.exists() and not target.is_file():
        # A device or pipe (/dev/null, /dev/stdout, a FIFO): a rename would swap the
        # device node itself for a regular file, so the bytes are written into it, once,
        # after the whole output was produced.
        with _special_writer(target) as stream:
            yield stream
        return
    try:
        fd, temp_name = _create_temporary(folder, target.name)
    except OSError as exc:
        raise OutputNotWritable(f"{target}: cannot write in {folder} ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        # An existing file keeps its permissions (a private 0600 file stays private).
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
        except OSError:
            mode = 0o666 & ~_umask()
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
        if durable:
            # The rename itself is a change to the folder: without this a power loss can
            # bring back the old file (or none) although the data was fsynced.
            fsync_folder(folder)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise OutputNotWritable(f"{target}: {exc.strerror or exc}") from None
        raise


@contextlib.contextmanager
def _special_writer(target: Path) -> Iterator[BinaryIO]:
    buffer = io.BytesIO()
    yield buffer
    try:
        with target.open("wb") as stream:
            stream.write(buffer.getbuffer())
    except OSError as exc:
        raise OutputNotWritable(f"{target}: {exc.strerror or exc}") from None


_TEMP_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _create_temporary(folder: Path, name: str) -> tuple[int, str]:
    """Create ``.NAME.<random>.tmp`` in ``folder`` exclusively (mode 0600), as mkstemp does.

    Written here rather than taken from :mod:`tempfile`, whose import (with :mod:`random`)
    costs more than a millisecond of every one-file command.
    """
    for _attempt in range(100):
        path = os.path.join(folder, f".{name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(path, _TEMP_FLAGS, 0o600), path
        except FileExistsError:
            continue  # 48 random bits taken already: draw again
    raise FileExistsError(errno.EEXIST, "no free temporary file name")


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_writer(path) as stream:
        stream.write(data)


def fsync_path(path: str | os.PathLike[str]) -> None:
    """Flush one file's data to the disk (a file another process wrote, too)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return  # gone since (replaced by a later run): nothing of ours to flush
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(path: str | os.PathLike[str]) -> None:
    """Flush a folder's entries (new names, renames) to the disk, where the system allows it."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # Windows cannot open a folder: its renames are flushed with the file
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems refuse fsync on a folder; the files themselves are flushed
    finally:
        os.close(fd)


def _umask() -> int:
    """The process umask, read without changing it.

    ``os.umask`` can only be read by setting it, which races with every other thread
    creating files; Linux shows it in ``/proc/self/status`` instead. Elsewhere a probe file
    created with mode 0777 shows which bits the umask takes away.
    """
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith(b"Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return _probe_umask()


def _probe_umask() -> int:
    folder = os.environ.get("TMPDIR") or "/tmp"
    flags = _TEMP_FLAGS & ~getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        path = os.path.join(folder, f".syndicate-umask.{os.urandom(6).hex()}")
        try:
            fd = os.open(path, flags, 0o777)
        except FileExistsError:
            continue
        except OSError:
            break
        try:
            return 0o777 & ~stat.S_IMODE(os.fstat(fd).st_mode)
        finally:
            os.close(fd)
            os.unlink(path)
    return 0o022  # the usual default, if even a probe cannot be made
