"""Pages read as the text nodes of their HTML, with the source's own line breaks.

BeautifulSoup's ``get_text()`` (no separator), and many scrapers that take "all the text"
of a page the same way, give every text node as the HTML source holds it: the page's
markup is gone, but the source's whitespace stays. Two things follow that no dump tool
(html2text, lynx, w3m) and no hand copy does:

* a paragraph the source file wrapped (an editor or a template that breaks ``<p>`` text
  at about 80 columns) comes out wrapped at the source's breaks, not at one width, so the
  hard-wrap detector (:func:`.lines.wrap_width`) finds no width among the page's menus and
  teasers, and the article reads as a run of lines that end in mid-sentence — teasers;
* block elements written without whitespace between them run into each other: "… aviation
  disaster.On Monday, as …" (``</p><p>``), "… Local NewsPolitics & Elections…" (a menu),
  and indentation made of tabs fills whitespace-only lines between blocks.

:func:`source_wrapped` says whether a text carries those marks; :func:`goes_on_wrapped`
says whether a line is the rest of the sentence a source break cut (it goes on in lower
case under a line of prose that ends no sentence). :func:`.lines.split_lines` joins such
lines back, as it joins the inline fragments of a ``get_text("\\n")`` dump.
"""

from __future__ import annotations

from ..._typing import TYPE_CHECKING
from .lazyre import lazy_pattern

if TYPE_CHECKING:
    from .features import LineFeatures

__all__ = ["goes_on_wrapped", "name_column", "run_in_label", "source_wrapped"]

# "disaster.On Monday", "accurate.”Indonesian": two paragraphs with no space between
# them. A word of two lower-case letters at least, so "U.S.Army" or "Node.js" do not count.
_GLUED_BLOCKS = lazy_pattern(r"[a-z]{2}[.!?][”\"’]?[A-Z][a-z]")
_GLUED_NEEDED = 5
# Whitespace-only lines holding a tab: the indentation of the HTML source between blocks.
_TAB_LINES_NEEDED = 3
_SENTENCE_END = tuple('.!?:;…"”»)。！？：；」』）')
_PROSE_CHARS = 30


def source_wrapped(raws: list[str]) -> bool:
    """True when the text is a page's text nodes with the HTML source's whitespace: a few
    whitespace-only lines indented with tabs, or paragraphs run together with no space
    after the full stop. Dump tools render blocks apart and never print tab-only lines."""
    tabs = 0
    for raw in raws:
        if "\t" in raw and not raw.strip():
            tabs += 1
            if tabs >= _TAB_LINES_NEEDED:
                return True
    glued = 0
    for raw in raws:
        glued += len(_GLUED_BLOCKS.findall(raw))
        if glued >= _GLUED_NEEDED:
            return True
    return False


def goes_on_wrapped(above: str, text: str) -> bool:
    """True when ``text`` (stripped) is the rest of the sentence the source broke off at
    the end of ``above`` (stripped): a line of prose long enough to have been wrapped,
    ending no sentence, and a next line that opens in lower case. A menu, a list or a
    caption under its heading opens in upper case or with a mark."""
    return (
        len(above) >= _PROSE_CHARS
        and not above.endswith(_SENTENCE_END)
        and text[:1].islower()
        and (above[-1:].isalnum() or above[-1:] in ",–—-")
    )


_RUN_IN_WORDS = 6
_QUOTES = tuple("\"“«„")


def run_in_label(above: str, text: str) -> bool:
    """True when ``above`` (stripped) is a short bold label that runs into the quote under
    it ("What she said:" / "\"Did you go outside today?\"", "Il a répondu :" / "« Non. »"):
    one ``<p>`` with a ``<strong>`` in it, which a stripped text-node dump prints as two
    lines. A label over a list or a new block opens no quotation."""
    return (
        above.endswith(":")
        and len(above.split()) <= _RUN_IN_WORDS
        and text.startswith(_QUOTES)
    )


_COLUMN_LABELS = 3


def name_column(j: int, feats: list[LineFeatures]) -> bool:
    """True when line ``j``, shaped like a bare name, stands in a column of such lines: one
    right beside it, three among the three lines above and the three under it ("High
    School Sports Home" / "Boys Basketball" / "Girls Basketball" / "Boys Ice Hockey"). A
    page read one text node a line prints its menus one link a line, and a menu's labels
    of two or three capitalised words look like names; a byline names one to three
    people, then the date or the story follows."""
    near = [*feats[max(0, j - _COLUMN_LABELS) : j], *feats[j + 1 : j + 1 + _COLUMN_LABELS]]
    beside = (j > 0 and feats[j - 1].byline) or (j + 1 < len(feats) and feats[j + 1].byline)
    return beside and sum(f.byline for f in near) >= _COLUMN_LABELS
