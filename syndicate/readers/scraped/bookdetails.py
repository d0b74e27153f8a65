"""The book's details a review prints over its text: title, author, publisher, pages, price.

Review pages of books in every language set the reviewed book apart in a short block
("The Salt Ledger" / "by Ana Whitcombe" / "Farrow & Lisle, 312 pp., £18.99"; "Verlag,
312 S., 24 Euro"; "Éditions X, 312 p., 21 €"; "312 págs."; "312 blz."; "312 с."; "312
页"). The block is found by its last line, which gives the number of pages among other
details (a comma, a middle dot or a slash between them) and ends no sentence; the one or
two short lines over it, up to a blank line or a date, are the book's title and author —
the book's byline, not the review's.
"""

from __future__ import annotations

from ..._typing import TYPE_CHECKING
from .lazyre import lazy_pattern

if TYPE_CHECKING:
    from .features import LineFeatures
    from .lines import Line

_PAGES = lazy_pattern(
    r"(?:\b\d{2,4}\s?(?:pp\.?|p\.|págs?\.?|pages|páginas|pagine|pp|blz\.?|S\.|s\.|str\.|"
    r"стр\.?|с\.)(?=[\s,;)·|/]|$))|\bpp\.\s?\d{2,4}|\d{2,4}\s?(?:صفحة|页|頁)"
)
"""A number of pages: "312 pp.", "pp. 312", "312 S.", "96 págs.", "312 с.", "312 页"."""

_DETAILS_WORDS = 14
_DETAILS_CHARS = 120
_OVER_WORDS = 8
_OVER_LINES = 2
_SEPARATORS = (",", "·", "|", "/", "，")
_ITEMS = lazy_pattern(r"[,·|/，]")


def details_line(text: str) -> bool:
    """Whether ``text`` is a book's details line ("Farrow & Lisle, 312 pp., £18.99")."""
    if len(text) > _DETAILS_CHARS or len(text.split()) > _DETAILS_WORDS:
        return False
    if not any(sep in text for sep in _SEPARATORS):
        return False
    pages = _PAGES.search(text)
    if pages is None:
        return False
    # no sentence ends the line, bar the page count's own abbreviation ("…, 312 с.")
    return text[-1:] not in ".!?。" or pages.end() == len(text) or _listed_stop(text)


_LAST_PART_WORDS = 3


def _listed_stop(text: str) -> bool:
    # A details line closed with a full stop after its last item ("Éditions du Héron
    # cendré, 288 pages, 21 €.", "Verlag Kleinhaus, 320 Seiten, 24 Euro."): three items or
    # more, no sentence break inside, a short last item with a figure (the price).
    if not text.endswith(".") or any(mark in text[:-1] for mark in (". ", "! ", "? ")):
        return False
    parts = _ITEMS.split(text[:-1])
    last = parts[-1]
    return len(parts) >= 3 and len(last.split()) <= _LAST_PART_WORDS and any(
        ch.isdigit() for ch in last
    )


def book_details(lines: list[Line], feats: list[LineFeatures]) -> None:
    """The title and author lines over each details line join its box: the book's
    byline is not the review's."""
    for k in range(1, len(lines)):
        if feats[k].cue != "noise.book-details":
            continue
        j = k
        # A dump that sets every block apart (html2text, lynx) prints a blank line between
        # the book's title line and its details: crossed, but never for the review's own
        # byline or the page's <h1>.
        spaced = lines[k].blank_before
        while j > 0 and k - j < _OVER_LINES and (spaced or not lines[j].blank_before):
            g = feats[j - 1]
            if g.cue is not None or g.datelike or g.ends_sentence or g.words > _OVER_WORDS:
                break
            if lines[j].blank_before and (g.byline or g.h1):
                break
            j -= 1
            feats[j] = g._replace(cue="noise.book-details", byline=False)
