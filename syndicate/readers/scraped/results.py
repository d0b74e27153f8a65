"""Round 25 (tailnotes): results lists and tables copied as text, read as the article's.

A sports round-up prints its results between or under its paragraphs ("Millbeck Rovers 2-1
Kirkhope Town" / "Quarry Lane 1-1 Ashcombe" / …, "Ajax – PSV 2:1 (1:0)"), a poll its
shares ("CDU 31,2 % (+2,1)"), an election story its seats as a table whose cells ran
together when copied ("Partei Sitze 2026 Sitze 2021" / "CDU 19 17" / …). Each line is a
body paragraph (a list item), not a ticker, a subhead or a date. The reader imports this
module only when a page holds such lines (see ``features._results_runs`` and the callers
in ``body``), so a first parse of an ordinary page does not load it.
"""

from __future__ import annotations

from ..._typing import TYPE_CHECKING
from .features import _SCORE_LINE
from .lazyre import lazy_pattern
from .lines import figure_item

if TYPE_CHECKING:
    from .features import LineFeatures
    from .lines import Line

__all__ = ["result_row", "results_runs", "table_rows_from"]

CELL_ROW = lazy_pattern(r"^[^\W\d_][^\d|]{0,40}?(?:\s[-+−]?\d{1,6}(?:[.,]\d{1,3})?\s?%?){2,}$")
"""A table's row copied without its cell marks: a name, then two figures or more ("CDU 19 17",
"Freie Wähler 7 0")."""
_SHARE_ROW = lazy_pattern(
    r"^[^\W\d_][^\d|]{0,40}?\s[-+−]?\d{1,3}(?:[.,]\d{1,2})?\s?%"
    r"(?:\s\([-+−±]\s?\d{1,3}(?:[.,]\d{1,2})?\))?$"
)
"""A party's or a candidate's share and its change: "CDU 31,2 % (+2,1)", "AD 29,8% (-0,6)"."""
_FIGURE_ENDS = frozenset("0123456789%")
_RUN = 3
"""How many match results or table rows in a row make a list rather than a result strip."""
_PROSE_WORDS = 12
_HEAD_WORDS = 6
_TABLE_HEAD_WORDS = 6
_TABLE_NUMERIC = 0.3
_SCORE_CHARS = 100
"""How long a match result's line is at most (the features' ticker test's bound)."""
_CLOSERS = frozenset(["share", "noise.share", "donate", "comments", "noise.comments", "rights"])
"""Cue kinds of the widgets that close an article (a share row, a donate button, a comments
prompt, the rights line); a related box or a ranking does not."""


def cell_row(text: str) -> bool:
    # A table row (``CELL_ROW``); the pattern runs only on a line opening with a letter
    # whose last two words end in figures.
    parts = text.rsplit(None, 2)
    return (
        len(parts) == 3
        and text[:1].isalpha()
        and parts[2][-1:].isdigit()
        and parts[1][-1:] in _FIGURE_ENDS
        and bool(CELL_ROW.match(text))
    )


def result_row(text: str) -> bool:
    """A line of a results list: a match result ("Holme Bridge 4-2 Scarth Athletic"), a share
    and its change ("CDU 31,2 % (+2,1)"), a table row ("CDU 19 17", "Langmoor | 12,400 |
    97% | +18") or a name and its figure (``figure_item``)."""
    if not any(ch.isdigit() for ch in text):
        return False
    return bool(
        text.count(" | ") >= 2
        or figure_item(text)
        or cell_row(text)
        or ("%" in text and _SHARE_ROW.match(text))
        or (len(text) <= _SCORE_CHARS and _SCORE_LINE.match(text))
    )


def table_rows_from(lines: list[Line], j: int) -> bool:
    """Lines ``j`` and ``j + 1`` (or ``j + 1`` and ``j + 2`` under a header row of at most
    six words) are a flattened table's rows (``cell_row``)."""

    def row(i: int) -> bool:
        return i < len(lines) and cell_row(lines[i].text)

    if row(j):
        return row(j + 1)
    return row(j + 1) and row(j + 2) and len(lines[j].text.split()) <= _TABLE_HEAD_WORDS


def _prose(f: LineFeatures) -> bool:
    return f.cue is None and f.ends_sentence and f.words >= _PROSE_WORDS


def _closes_article(feats: list[LineFeatures], k: int, end: int) -> bool:
    # The results run closes the article: right under its last paragraph (or under one
    # short subhead under it) and right over a widget that closes articles, or the text's
    # end. A scores box after the story stands under a label among teasers and rankings.
    if end < len(feats) and feats[end].cue not in _CLOSERS:
        return False
    above = k - 1
    if above >= 0 and feats[above].cue is None and feats[above].words <= _HEAD_WORDS:
        above -= 1  # the list's subhead
    return above >= 0 and _prose(feats[above])


def _score_row(text: str, f: LineFeatures) -> bool:
    return f.cue == "ticker" and bool(_SCORE_LINE.match(text))


def _cell_row(text: str, f: LineFeatures) -> bool:
    return f.cue is None and f.numeric >= _TABLE_NUMERIC and cell_row(text)


def results_runs(lines: list[Line], feats: list[LineFeatures], starts: list[int]) -> None:
    """Take back the ticker cue of a round-up's results list and the date reading of a
    table copied as text, in place; ``starts`` are the lines cued "ticker" or with most
    words figures.

    Three match results or more in a row (``_SCORE_LINE``, no blank line between) with a
    paragraph of prose right under the run and prose somewhere above it (the article has
    begun), or closing the article (``_closes_article``), are the story's list, not a result
    strip: their ticker cue (and the date reading of "2-1") is taken back, and a subhead over
    them that reads as a name loses its byline reading, so the list rule between paragraphs
    (``features._lists_between_paragraphs``) may keep subhead and rows. A strip over or
    under a match report is one line; a scores box above the story stands before any prose.

    Three rows or more of a table copied as text (``cell_row``) between two paragraphs of
    prose, and the header row glued over them, read as a date only by their years: that
    reading is taken back."""
    n = len(lines)
    done = 0
    for k in starts:
        if k < done:
            continue
        score = feats[k].cue == "ticker"
        row = _score_row if score else _cell_row
        if not row(lines[k].text, feats[k]):
            continue
        end = k + 1
        while end < n and not lines[end].blank_before and row(lines[end].text, feats[end]):
            end += 1
        done = end
        if end - k < _RUN:
            continue
        between = end < n and _prose(feats[end]) and any(_prose(f) for f in feats[:k])
        above = feats[k - 1] if k else None
        if score and (between or _closes_article(feats, k, end)):
            for j in range(k, end):
                feats[j] = feats[j]._replace(cue=None, datelike=False)
            if (
                above is not None
                and above.byline
                and above.words <= _HEAD_WORDS
                and not above.ends_sentence
            ):
                # "Valley Premier Division" over the run: the list's subhead, no byline
                feats[k - 1] = above._replace(byline=False)
        elif not score and between:
            start = k
            if (
                above is not None
                and not lines[k].blank_before
                and above.cue is None
                and above.words <= _HEAD_WORDS
                and not above.ends_sentence
            ):
                start = k - 1  # the header row
            for j in range(start, end):
                feats[j] = feats[j]._replace(datelike=False)
