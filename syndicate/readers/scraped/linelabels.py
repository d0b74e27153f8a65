"""One label per source line, derived from a parse (``syndicate inspect --lines``).

The reader records where every field came from (``Article.provenance``: the
source line and the rule), which runs of lines it dropped as page chrome and
why, and the first line of every body block. This module turns that record
back into a per-line view: each non-blank source line gets one label from one
label set (:data:`LABELS`) and the rule that decided it, so a user can read a
page top to bottom and see what the reader made of each line.

Nothing here re-parses: a line the record does not name is a continuation of
the labelled line right above it (a hard-wrapped paragraph, the lines of a tag
block), or, when a blank line separates it, a line the reader used for no field.
"""

from __future__ import annotations

from ..._typing import NamedTuple
from ...model import Article, Figure, Heading, ListBlock, Quote

__all__ = ["LABELS", "LineLabel", "format_line_labels", "line_labels"]

LABELS = (
    "chrome",
    "title",
    "title-copy",
    "kicker",
    "dek",
    "byline",
    "date",
    "figure caption",
    "figure credit",
    "body",
    "heading",
    "pull quote",
    "list item",
    "credit line",
    "author name",
    "author role",
    "author bio",
    "tags",
    "rights",
    "related block",
    "newsletter block",
    "share block",
)
"""The one label set every line is labelled from (issue 12, item 1)."""

# Why a run of lines was dropped (the reason after "chrome lines a-b: ") → its label.
_DROP_LABELS = {
    "title copy": "title-copy",
    "related block": "related block",
    "related": "related block",
    "share": "share block",
    "widget buttons": "share block",
    "pull quote": "pull quote",
    "sign-up": "newsletter block",
    "donate": "newsletter block",
    "topics block": "tags",
}


_ONE_LINE = frozenset(
    ["title", "kicker", "byline", "date", "heading", "figure credit", "author name", "author role"]
)
"""Labels of one line each: a line under one of them that no record names is not its rest."""


class LineLabel(NamedTuple):
    """The label of one non-blank source line and the rule behind it."""

    number: int
    """1-based source line number."""
    text: str
    label: str
    """One of :data:`LABELS`."""
    rule: str


def _block_label(block: object, rule: str) -> str:
    if isinstance(block, Heading):
        return "heading"
    if isinstance(block, Figure):
        return "figure credit" if block.caption is None and block.credit else "figure caption"
    if isinstance(block, ListBlock):
        return "list item"
    if isinstance(block, Quote):
        return "pull quote" if "pull" in rule else "body"
    return "body"


def _field_label(key: str, rule: str) -> str | None:
    """The label of the line a provenance key points at (None: not a line's label)."""
    if key == "title":
        return "title"
    if key == "subtitle":
        return "dek"
    if key.startswith("authors"):
        if key.endswith(".role"):
            return "author role"
        if key.endswith(".bio"):
            return "author bio"
        return "author name" if rule.startswith("author.") else "byline"
    if key in ("published", "updated"):
        # A date read from the first paragraph's dateline or a caption leaves the line body.
        return None if rule.startswith(("date.dateline", "inferred:")) else "date"
    if key in ("credit_line", "contributors"):
        return "credit line"
    if key in ("tags", "rights"):
        return key
    return None


def _dropped_runs(article: Article) -> list[tuple[int, int, str]]:
    """(first, last, reason) of the runs of lines the reader dropped as chrome."""
    runs = []
    for key, prov in article.provenance.items():
        if not key.startswith("dropped[") or prov.line is None:
            continue
        span, _, reason = prov.rule.removeprefix("chrome ").partition(": ")
        numbers = span.removeprefix("lines ").removeprefix("line ").split("-")
        runs.append((int(numbers[0]), int(numbers[-1]), reason))
    return runs


def line_labels(article: Article, text: str) -> list[LineLabel]:
    """Every non-blank line of ``text`` (the source ``article`` was parsed from), labelled.

    The first label a line is given wins, in this order: the title, the body
    blocks, the header and tail fields, the dropped runs; then continuations.
    """
    rows = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    given: dict[int, tuple[str, str]] = {}

    def give(number: int | None, label: str, rule: str) -> None:
        if number is not None and 1 <= number <= len(rows) and rows[number - 1].strip():
            given.setdefault(number, (label, rule))

    prov = article.provenance
    if (title := prov.get("title")) is not None and title.line is not None:
        give(title.line, "title", title.rule)
        if title.rule.startswith("title.after-kicker"):
            above = next((n for n in range(title.line - 1, 0, -1) if rows[n - 1].strip()), None)
            give(above, "kicker", "title.after-kicker")
    for index, block in enumerate(article.blocks):
        where = prov.get(f"blocks[{index}]")
        if where is not None:
            give(where.line, _block_label(block, where.rule), where.rule)
        if where is not None and where.rule == "figure.printed-twice":
            give(where.line + 1, "figure caption", where.rule)
        if isinstance(block, Figure) and block.credit and where is not None and where.line:
            # A credit printed on the line under its caption ("Photo: …").
            below = where.line + 1
            if below <= len(rows) and block.credit in rows[below - 1]:
                give(below, "figure credit", where.rule)
    for key, where in prov.items():
        label = _field_label(key, where.rule)
        if label is not None:
            give(where.line, label, where.rule)
    for first, last, reason in _dropped_runs(article):
        label = _DROP_LABELS.get(reason, "chrome")
        for number in range(first, last + 1):
            give(number, label, f"dropped: {reason}")

    out: list[LineLabel] = []
    above: LineLabel | None = None
    for number, raw in enumerate(rows, start=1):
        line = raw.strip()
        if not line:
            above = None  # a blank line ends a continuation
            continue
        if number in given:
            label, rule = given[number]
        elif above is not None and above.label not in _ONE_LINE:
            label, rule = above.label, f"continues line {above.number}"
        else:
            label, rule = "chrome", "used by no field"
        item = LineLabel(number, line, label, rule)
        out.append(item)
        above = item if not rule.startswith("continues") else above
    return out


def format_line_labels(labels: list[LineLabel], width: int = 60) -> str:
    """``  12  body            [paragraph]  The text of the line…`` rows, one per line."""
    size = max((len(item.label) for item in labels), default=0)
    rows = []
    for item in labels:
        text = item.text if len(item.text) <= width else item.text[: width - 1] + "…"
        rows.append(f"{item.number:>5}  {item.label:<{size}}  {text}  [{item.rule}]")
    return "\n".join(rows) + "\n"
