"""One text-cleaning policy, applied once when an article is built.

Every output format we write is XML underneath (XHTML, OOXML, Atom/RSS) or,
for PDF, a markup language of its own. XML 1.0 forbids most C0 control
characters, the non-characters U+FFFE/U+FFFF and lone surrogates; the four
output libraries react to them by raising half-way through a write, or worse,
by silently truncating the document. Cleaning them here, once, lets every
exporter trust the model.
"""

from __future__ import annotations

import unicodedata

from ._functools import cache
from ._typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re

__all__ = ["TextCleanedWarning", "clean_text", "normalize_text"]


class TextCleanedWarning(UserWarning):
    """A character that no output format can carry was removed from the text."""


# Allowed by XML 1.0: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
# Everything else (C0 controls, lone surrogates, U+FFFE/U+FFFF) goes. Spelled as the
# complement's ranges rather than a negated class of the allowed ones: the same set, but
# 0.4 ms to compile instead of 5-10 ms, paid by every process that builds an article.
_ILLEGAL_CLASS = "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"
# C1 controls are legal XML but are never meant as text in a news article;
# they arrive from mis-decoded cp1252 and render as boxes.
_C1_CLASS = "[\u0080-\u009f]"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # Compiled on first use, not when `import syndicate` runs, and from the reader's
    # ahead-of-time pattern cache (which lists these two): even spelled as ranges, the
    # first class costs ~4 M instructions to compile (re builds a 64 K-character map for
    # the surrogates), ~2 % of a first parse.
    from .readers.scraped.patterncache import compile_pattern

    return compile_pattern(_ILLEGAL_CLASS), compile_pattern(_C1_CLASS)


PATTERNS = (_ILLEGAL_CLASS, _C1_CLASS)
"""The patterns :func:`clean_text` compiles (the reader's pattern cache holds them)."""


def clean_text(text: str, field: str = "text") -> str:
    """Remove characters that XML 1.0 cannot carry, warning once per field.

    Paragraph and line breaks survive; a carriage return is folded into a
    line feed so that every format sees the same breaks.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    illegal, c1 = _patterns()
    found = illegal.search(text) or c1.search(text)
    if found is None:
        return text
    offset = found.start()
    bad = found.group()
    cleaned = c1.sub("", illegal.sub("", text))
    code = f"U+{ord(bad):04X}"
    removed = len(text) - len(cleaned)
    import warnings  # only a text that needed cleaning pays for the module (~1.3 M instructions)

    warnings.warn(
        f"{field}: removed {removed} character(s) no output format can carry "
        f"(first {code} at offset {offset})",
        TextCleanedWarning,
        stacklevel=3,
    )
    return cleaned


def normalize_text(text: str) -> str:
    """NFC-normalise and collapse runs of horizontal white space inside a line."""
    text = unicodedata.normalize("NFC", text)
    return " ".join(text.split()) if "\n" not in text else text
