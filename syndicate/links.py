"""Finding links in article text, for formats that can make them live.

Only ``http``, ``https`` and ``mailto`` links are ever made live: a
``javascript:`` or ``file:`` URL in scraped text stays plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["is_safe_url", "split_links"]

# A candidate runs to the next space or quote; _trim then gives back the sentence's
# punctuation, as GitHub's autolinks do.
_URL = re.compile(r"(?:https?://|mailto:)[^\s<>\"'“”‘’]+", re.IGNORECASE)
_TRAILING = ".,;:!?*_~"
_PAIRS = {")": "(", "]": "[", "}": "{"}
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def is_safe_url(url: str | None) -> bool:
    """True for absolute http(s) and mailto URLs, the only ones we ever link."""
    return bool(url) and url.strip().lower().startswith(_SAFE_SCHEMES)  # type: ignore[union-attr]


def split_links(text: str) -> Iterator[tuple[str, str | None]]:
    """Yield ``(segment, url)`` pairs covering ``text``; ``url`` is None for plain text."""
    position = 0
    for match in _URL.finditer(text):
        url = _trim(match.group())
        if not _URL.fullmatch(url):
            continue  # nothing but a scheme and punctuation
        if match.start() > position:
            yield text[position : match.start()], None
        yield url, url
        position = match.start() + len(url)
    if position < len(text):
        yield text[position:], None


def _trim(url: str) -> str:
    """Drop the sentence's punctuation from the end of ``url``.

    A closing bracket stays when it closes one opened inside the URL
    (``…/Python_(programming_language)``); an unmatched one belongs to the text
    around it (``(see https://example.org/a)``).
    """
    end = len(url)
    # Counted once and updated as characters are dropped: a megabyte of ")" stays linear.
    opened = {close: url.count(open_) for close, open_ in _PAIRS.items()}
    closed = {close: url.count(close) for close in _PAIRS}
    while end:
        last = url[end - 1]
        if last in _PAIRS and closed[last] > opened[last]:
            closed[last] -= 1
        elif last not in _TRAILING:
            break
        end -= 1
    return url[:end]
