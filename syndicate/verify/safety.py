"""Reading untrusted containers safely: zip limits and an XML parser that expands nothing.

An output handed to ``syndicate verify`` may come from anywhere, so it is
treated like any untrusted upload: a zip is checked (entry names, count,
declared and actual sizes, compression ratio) before anything is read, and XML
is parsed without entity expansion, DTD loading or network access (the
protections defusedxml gives, done with lxml's own switches).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import Any

from ..errors import VerificationFailed

__all__ = [
    "MAX_ENTRIES",
    "MAX_MEMBER_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "open_zip",
    "parse_html_fragment",
    "parse_xml",
    "read_member",
]

MAX_ENTRIES = 10_000
"""More entries than this is not an article."""
MAX_TOTAL_BYTES = 512 * 1024 * 1024
"""Declared uncompressed size of all entries together."""
MAX_MEMBER_BYTES = 256 * 1024 * 1024
"""Bytes actually read from any one entry (a lying header cannot get past this)."""
MAX_RATIO = 100
"""Largest compression ratio accepted for an entry bigger than 1 MiB (text rarely passes 20)."""
_RATIO_FLOOR = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


def _unsafe_name(name: str) -> bool:
    path = name.replace("\\", "/")
    return (
        path.startswith("/")
        or bool(_DRIVE.match(path))
        or ".." in path.split("/")
        or "\x00" in path
    )


def open_zip(data: bytes, format: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip after checking every entry; raise VerificationFailed if unsafe."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,  # an unsupported zip version or compression method
    ) as exc:
        raise VerificationFailed(f"{format}: not a readable zip container ({exc})") from None
    if len(infos) > MAX_ENTRIES:
        raise VerificationFailed(
            f"{format}: refused: {len(infos)} zip entries (more than {MAX_ENTRIES})"
        )
    total = 0
    for info in infos:
        if _unsafe_name(info.filename):
            raise VerificationFailed(
                f"{format}: refused: zip entry {info.filename!r} has an unsafe path "
                "(absolute or climbing with '..')"
            )
        total += info.file_size
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise VerificationFailed(
                f"{format}: refused: zip entry {info.filename!r} expands "
                f"{info.file_size // max(info.compress_size, 1)}-fold (a zip bomb?)"
            )
    if total > MAX_TOTAL_BYTES:
        raise VerificationFailed(
            f"{format}: refused: zip entries expand to {total} bytes "
            f"(more than {MAX_TOTAL_BYTES}; a zip bomb?)"
        )
    return archive


def read_member(archive: zipfile.ZipFile, name: str, format: str) -> bytes:
    """Read one entry, stopping at :data:`MAX_MEMBER_BYTES` whatever its header claims."""
    try:
        with archive.open(name) as member:
            data = member.read(MAX_MEMBER_BYTES + 1)
    except KeyError:
        raise VerificationFailed(f"{format}: the container has no {name!r}") from None
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,  # an unsupported compression method
        RuntimeError,  # an encrypted entry
    ) as exc:
        raise VerificationFailed(f"{format}: cannot read {name!r} ({exc})") from None
    if len(data) > MAX_MEMBER_BYTES:
        raise VerificationFailed(
            f"{format}: refused: zip entry {name!r} expands past {MAX_MEMBER_BYTES} bytes"
        )
    return data


def parse_xml(data: bytes, format: str, what: str) -> Any:
    """Parse XML with no entity expansion, no DTD loading, no network, no huge trees."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise VerificationFailed(f"{format}: {what} is not well-formed XML ({exc})") from None
    if root is None:
        raise VerificationFailed(f"{format}: {what} is empty")
    return root


def parse_html_fragment(markup: str) -> Any:
    """Parse an HTML fragment (feed content) under a ``<div>``, without network access."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=False
    )
    try:
        return lxml.html.fragment_fromstring(markup, create_parent="div", parser=parser)
    except (etree.ParserError, ValueError):
        return lxml.html.fragment_fromstring("", create_parent="div", parser=parser)
