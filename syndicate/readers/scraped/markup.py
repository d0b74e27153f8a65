"""What whole-page dump tools leave in the text, taken off the lines that are fields.

``html2text`` writes headings as ``# Title``, images as ``![alt](src)`` and links as
``[text](url)``; ``lynx -dump`` numbers every link (``[12]Name``). The reader reads a
line's features from the line as printed (a line of links is chrome), but a headline,
a heading, a byline or a caption is the text a reader sees, without the markup.
Body paragraphs keep their text verbatim, inline links included.
"""

from __future__ import annotations

from .lazyre import lazy_pattern
from .lines import Line

__all__ = ["clean_markup"]

_HEADING = lazy_pattern(r"^#{1,6}\s+(?=\S)")
_IMAGE = lazy_pattern(r"!\[[^\]]{0,300}\]\([^)\s]{0,400}\)")
_LINK = lazy_pattern(r"\[([^\]]{1,200})\]\((?:[^)\s]{0,400})\)")
_LYNX_REF = lazy_pattern(r"\[\d{1,4}\](?=\S)")
_SHORT = 200
"""Links are unwrapped only in lines this short: bylines, captions, headings, labels."""


def clean_markup(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """The lines without dump-tool markup, and the line numbers marked as headings (``## …``).

    Returns the same list object when no line carries markup (the usual case).
    """
    if not any("[" in line.text or line.text.startswith("#") for line in lines):
        return lines, set()
    out: list[Line] = []
    headings: set[int] = set()
    for line in lines:
        text = line.text
        if text.startswith("#") and (match := _HEADING.match(text)):
            text = text[match.end() :]
            headings.add(line.number)
        if "![" in text:
            text = _IMAGE.sub("", text).strip()
        if len(text) <= _SHORT and "[" in text:
            text = _LINK.sub(r"\1", text)
            text = _LYNX_REF.sub("", text).strip()
        if not text:
            text = line.text  # an image alone on its line stays as printed: it is chrome
        out.append(line._replace(text=text) if text != line.text else line)
    return out, headings
