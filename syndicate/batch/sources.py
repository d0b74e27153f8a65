"""Sources of a batch, streamed: arguments, quoted globs, ``--from-list FILE|-``, fsspec URLs.

The list is read one line at a time and handed on as it is read, so a batch of millions
never holds its list in memory (and never meets the shell's argument limit). A glob given
in quotes (``'archive/**/*.txt'``, ``'s3://bucket/in/*.txt'``) is expanded here, sorted so
that the names of a batch do not depend on the order a folder lists in; its matches are held
while the glob is read, so for millions of files a list is the better tool.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..errors import SourceUnreadable, UsageError
from .storage import local_path, remote_fs

__all__ = ["count_lines", "iter_list", "iter_sources", "read_article"]

_GLOB_CHARS = frozenset("*?[")


def iter_list(stream: TextIO) -> Iterator[str]:
    """One source per line; blank lines are skipped, nothing else is changed (a path may
    hold spaces)."""
    for line in stream:
        name = line.rstrip("\r\n")
        if name.strip():
            yield name


def _expand(pattern: str) -> Iterator[str]:
    """A quoted glob's matches, sorted; a name that exists or holds no wildcard as itself."""
    if not _GLOB_CHARS.intersection(pattern):
        yield pattern
        return
    path = local_path(pattern)
    if path is not None:
        if os.path.exists(path):
            yield pattern
            return
        import glob

        matches = sorted(glob.glob(path, recursive=True))
        if not matches:
            yield pattern  # reported as missing, like any other absent file
        yield from (m for m in matches if not os.path.isdir(m))
        return
    fs, inner = remote_fs(pattern)
    protocol = pattern.split("://", 1)[0]
    found = sorted(fs.glob(inner))
    if not found:
        yield pattern
    for match in found:
        yield f"{protocol}://{match}"


def iter_sources(names: Iterable[str], from_list: str | None = None) -> Iterator[str]:
    """The sources named on the command line, then those of ``from_list`` (``-``: stdin)."""
    for name in names:
        yield from _expand(name)
    if from_list is None:
        return
    if from_list == "-":
        yield from iter_list(sys.stdin)
        return
    try:
        handle = open(from_list, encoding="utf-8", errors="surrogateescape")  # noqa: SIM115
    except OSError as exc:
        raise UsageError(f"--from-list {from_list}: {exc.strerror or exc}") from None
    with handle:
        yield from iter_list(handle)


def count_lines(path: str) -> int | None:
    """Sources in a list file, counted without keeping them (for the progress bar)."""
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return None


def read_article(source: str, kind: str | None, label: str | None = None) -> object:
    """Parse a local path or fsspec URL; ``label`` names it in messages (default: itself)."""
    from ..api import parse

    label = label or source
    path = local_path(source)
    if path is not None and path == label:
        return parse(path, kind)  # the one-file path: the same reader, the same messages
    from ..readers import EXTENSIONS, MAX_SOURCE_BYTES, parse_text
    from ..readers.decode import decode_source

    if path is not None:
        # A relative path resolved for a Dask worker: read it, but report it as given.
        if os.path.isdir(path):
            raise SourceUnreadable(f"{label}: is a directory, not an article file")
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_SOURCE_BYTES + 1)
        except FileNotFoundError:
            raise SourceUnreadable(f"{label}: no such file") from None
        except OSError as exc:
            raise SourceUnreadable(f"{label}: cannot read ({exc.strerror})") from None
        source_dir: str | None = os.path.dirname(os.path.abspath(path))
    else:
        fs, inner = remote_fs(source)
        try:
            with fs.open(inner, "rb") as handle:
                data = handle.read(MAX_SOURCE_BYTES + 1)
        except FileNotFoundError:
            raise SourceUnreadable(f"{label}: no such file") from None
        except Exception as exc:  # the store's own errors (botocore's are not OSErrors)
            text = " ".join(str(exc).split()) or type(exc).__name__
            raise SourceUnreadable(f"{label}: cannot read ({text})") from None
        # Figures of a remote article are not read from its "folder": only from folders
        # the run allows, as for standard input.
        source_dir = None
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceUnreadable(
            f"{label}: larger than the {MAX_SOURCE_BYTES // 2**20} MiB limit "
            "(set SYNDICATE_MAX_SOURCE_BYTES to raise it)"
        )
    if kind is None:
        kind = EXTENSIONS.get(os.path.splitext(source.rsplit("/", 1)[-1])[1].lower())
    text = decode_source(data, label)
    if not text.strip():
        from ..errors import SourceNotUnderstood

        raise SourceNotUnderstood(f"{label}: is empty")
    return parse_text(text, kind, label=label, source_dir=source_dir)
