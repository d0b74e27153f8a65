"""Finding links in article text, for formats that can make them live.

Only ``http``, ``https`` and ``mailto`` links are ever made live: a
``javascript:`` or ``file:`` URL in scraped text stays plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["is_safe_url", "split_links"]

# A URL ends before trailing punctuation that belongs to the sentence.
_URL = re.compile(
    r"(?:https?://|mailto:)[^\s<>\"'“”‘’]+[^\s<>\"'“”‘’.,;:!?)\]}]",
    re.IGNORECASE,
)
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def is_safe_url(url: str | None) -> bool:
    """True for absolute http(s) and mailto URLs, the only ones we ever link."""
    return bool(url) and url.strip().lower().startswith(_SAFE_SCHEMES)  # type: ignore[union-attr]


def split_links(text: str) -> Iterator[tuple[str, str | None]]:
    """Yield ``(segment, url)`` pairs covering ``text``; ``url`` is None for plain text."""
    position = 0
    for match in _URL.finditer(text):
        if match.start() > position:
            yield text[position : match.start()], None
        yield match.group(), match.group()
        position = match.end()
    if position < len(text):
        yield text[position:], None
