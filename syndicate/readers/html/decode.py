"""Turning an HTML page's bytes into text: the charset from the headers, the page or a guess."""

from __future__ import annotations

import codecs
import re

from ..decode import decode_source

__all__ = ["decode_html", "declared_charset"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in its first 4 KiB (``<meta charset>`` or XML prolog)."""
    head = data[:4096]
    match = _XML_ENCODING.match(head.lstrip()) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # Pages that say latin-1 or ascii are cp1252 in practice (the WHATWG rule browsers follow).
    return "cp1252" if codec in {"latin-1", "iso8859-1", "ascii"} else codec


def decode_html(data: bytes, label: str, header_charset: str | None = None) -> str:
    """Decode a page: a BOM first, then the HTTP charset, then the page's own, then a guess.

    A declared charset the bytes do not fit is not trusted: the page is then
    decoded like any other source (UTF-8, else charset-normalizer), and a page
    that cannot be decoded at all is refused (``SourceUnreadable``, exit 3).
    """
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_source(data, label)
    for name in (header_charset, declared_charset(data)):
        codec = _codec(name)
        if codec is None or codec.startswith("utf-16"):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        return decode_source(text.encode("utf-8"), label)
    return decode_source(data, label)
