"""Turning a source file's bytes into clean text, whatever its encoding."""

from __future__ import annotations

import unicodedata

from ..errors import SourceUnreadable

__all__ = ["decode_source"]

# UTF-32 first: its little-endian mark FF FE 00 00 begins with UTF-16-LE's FF FE.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_source(data: bytes, label: str) -> str:
    """Decode bytes to NFC text with ``\\n`` line ends.

    UTF-8 (with or without BOM) and UTF-16 or UTF-32 with a BOM are taken as they are;
    anything else is detected with charset-normalizer (cp1252, Latin-1, KOI8-R…).
    Binary data is refused.
    """
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise SourceUnreadable(f"{label}: not valid {encoding} despite its BOM") from None
            break
    if text is None:
        if b"\0" in data[:8192]:
            raise SourceUnreadable(f"{label}: looks like a binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(data, label)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _detect(data: bytes, label: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise SourceUnreadable(f"{label}: cannot tell the text encoding (binary file?)")
    text = str(best)
    # A "text" that is mostly control characters is a binary file that happened to decode.
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > len(text[:4096]) // 20:
        raise SourceUnreadable(f"{label}: looks like a binary file, not text")
    return text
