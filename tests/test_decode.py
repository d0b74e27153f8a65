"""Source bytes with a byte-order mark are decoded in the encoding the mark names (issue 16)."""

from __future__ import annotations

import codecs

import pytest

from syndicate.readers.decode import decode_source

TEXT = "Floods close the Ørsund ferry\n\nBy Maren Tvedt — 12 March\n"


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF8, "utf-8"),
    ],
)
def test_each_byte_order_mark_decodes_to_the_text(bom: bytes, encoding: str) -> None:
    # UTF-32-LE's mark FF FE 00 00 starts with UTF-16-LE's FF FE: read as UTF-16 it gave
    # a NUL between every character.
    assert decode_source(bom + TEXT.encode(encoding), "a.txt") == TEXT

