"""Readers: each turns one kind of source into an :class:`~syndicate.model.Article`.

Choice is by ``--from``, else by file extension, else by sniffing the content
(standard input has no extension).
"""

from __future__ import annotations

import gc
import os
import sys

# The cyclic collector paused while the readers' modules load (see _settle_collector).
if _COLLECTING := gc.isenabled():
    gc.disable()

from collections.abc import Callable

from ..errors import SourceNotUnderstood, SourceUnreadable, UsageError
from ..model import Article
from .decode import decode_source


def _settle_collector(was_on: bool) -> None:
    # The cyclic collector back as it was before a module's imports, which paused it.
    #
    # A first parse loads ~50 modules: their code, classes and tables are long-lived and hold
    # no garbage, yet their allocations set off a dozen collections, the late ones over most
    # objects of the process (~4.5 M instructions, 2 % of a first parse). This package and the
    # plain-text reader pause the collector while their imports run, then call this: every
    # object made so far goes to the oldest generation without a collection (``gc.freeze()``
    # moves all objects to the permanent generation and zeroes the young generation's count;
    # ``gc.unfreeze()`` puts them all back into the oldest generation, where a full collection
    # still reaches them: nothing is kept for ever). Only when nothing else has frozen objects:
    # a program that froze its own (before forking workers) keeps them frozen.
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
    if was_on:
        gc.enable()


_settle_collector(_COLLECTING)

__all__ = [
    "EXTENSIONS",
    "MAX_SOURCE_BYTES",
    "READERS",
    "is_url",
    "parse_text",
    "read_source",
    "sniff",
]

MAX_SOURCE_BYTES = int(os.environ.get("SYNDICATE_MAX_SOURCE_BYTES", 64 * 1024 * 1024))
"""Sources larger than this are refused (``SYNDICATE_MAX_SOURCE_BYTES`` changes it)."""

READERS = ("text", "markdown", "json", "html")
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def sniff(text: str) -> str:
    """Guess the reader for text with no extension to go by."""
    head = text.lstrip()[:200]
    from .html.sniff import looks_like_html

    if looks_like_html(text):
        return "html"
    if head.startswith("{"):
        return "json"
    if text.startswith("---\n"):
        return "markdown"
    return "text"


def _reader(kind: str) -> Callable[..., Article]:
    if kind == "text":
        from .plaintext import parse_plaintext

        return parse_plaintext
    if kind == "markdown":
        from .markdown import parse_markdown

        return parse_markdown
    if kind == "json":
        from .json_source import parse_json

        return lambda text, label, source_dir: parse_json(text, label, source_dir)
    if kind == "html":
        from .html import parse_html

        return parse_html
    raise UsageError(f"unknown source format {kind!r} (choose from {', '.join(READERS)})")


def parse_text(
    text: str, kind: str | None = None, *, label: str = "<text>", source_dir: str | None = None
) -> Article:
    """Parse already-decoded text with the named reader (sniffed when None)."""
    if not text.strip():
        raise SourceNotUnderstood(f"{label}: is empty")
    reader = _reader(kind or sniff(text))
    return reader(text, label=label, source_dir=source_dir)


def read_source(source: str | os.PathLike[str], kind: str | None = None) -> Article:
    """Read a file (or ``-`` for standard input) into an article."""
    name = os.fspath(source)
    if is_url(name):
        from .url import read_url

        return read_url(name, kind)
    if name == "-":
        data = sys.stdin.buffer.read(MAX_SOURCE_BYTES + 1)
        label, source_dir = "<stdin>", os.getcwd()
    else:
        # os.path, not pathlib: the reader's path does not import pathlib (~5 ms).
        label = name
        if os.path.isdir(name):
            raise SourceUnreadable(f"{label}: is a directory, not an article file")
        try:
            with open(name, "rb") as handle:
                data = handle.read(MAX_SOURCE_BYTES + 1)
        except FileNotFoundError:
            raise SourceUnreadable(f"{label}: no such file") from None
        except OSError as exc:
            raise SourceUnreadable(f"{label}: cannot read ({exc.strerror})") from None
        source_dir = os.path.dirname(os.path.realpath(name))
        if kind is None:
            kind = EXTENSIONS.get(_suffix(name).lower())
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceUnreadable(
            f"{label}: larger than the {MAX_SOURCE_BYTES // 2**20} MiB limit "
            "(set SYNDICATE_MAX_SOURCE_BYTES to raise it)"
        )
    if not data.strip():
        raise SourceNotUnderstood(f"{label}: is empty")
    if kind == "html" or (kind is None and _html_bytes(data)):
        from .html.decode import decode_html

        return parse_text(decode_html(data, label), "html", label=label, source_dir=source_dir)
    text = decode_source(data, label)
    return parse_text(text, kind, label=label, source_dir=source_dir)


def _suffix(name: str) -> str:
    # ``Path(name).suffix``: the last dotted part of the last name ("" for ".profile").
    # pathlib drops empty and "." parts but keeps "..": normpath would fold "x.txt/.." away.
    parts = [part for part in name.split(os.sep) if part not in ("", ".")]
    base = parts[-1] if parts else ""
    at = base.rfind(".")
    return base[at:] if 0 < at < len(base) - 1 else ""


def is_url(name: str) -> bool:
    """True for an ``http://`` or ``https://`` source (read with :mod:`.url`)."""
    return name[:8].lower().startswith(("http://", "https://"))


def _html_bytes(data: bytes) -> bool:
    from .html.sniff import looks_like_html

    head = data[:4096]
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
    return looks_like_html(head.decode(encoding, errors="ignore"))
