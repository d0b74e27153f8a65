"""Compare the article recovered from the source with what an output was read back as.

Every read-back module fills a :class:`Recovered`; :func:`compare` turns the
source :class:`~syndicate.model.Article` into a list of :class:`Element` and
checks each one:

- header and footer elements (title, dek, authors, roles, bios, dates, credit
  line, contributors, rights) must be present, anywhere;
- body elements (paragraphs, headings, figure captions and credits, quotes and
  attributions, list items) must be present *and in source order*: the longest
  in-order match between source and output decides which ones are in order.

Text is compared after :func:`~syndicate.verify.text.norm`; a positional
read-back (PDF) compares :func:`~syndicate.verify.text.skeleton` forms instead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from difflib import SequenceMatcher

from ..model import Article, Figure, Heading, ListBlock, Paragraph, Quote, parse_iso_date
from .report import Finding, VerifyReport
from .text import norm, skeleton

__all__ = [
    "BODY_KINDS",
    "HEADER_KINDS",
    "Element",
    "Piece",
    "Recovered",
    "compare",
    "date_matches",
    "expected_elements",
]

HEADER_KINDS = (
    "title",
    "dek",
    "author",
    "author-role",
    "author-bio",
    "published",
    "updated",
    "credit-line",
    "contributor",
    "rights",
)
"""Kinds checked for presence anywhere in the output."""
BODY_KINDS = (
    "paragraph",
    "heading",
    "figure-caption",
    "figure-credit",
    "quote",
    "quote-attribution",
    "list-item",
)
"""Kinds checked for presence and for order."""

_EQUAL_KINDS = frozenset({"title", "dek", "credit-line", "rights"})
_DATE_KINDS = frozenset({"published", "updated"})
# Below this similarity a differing text is "missing" rather than "altered".
_ALTERED_RATIO = 0.6


@dataclass(frozen=True)
class Element:
    """One checkable piece of the source article."""

    kind: str
    text: str
    block: int | None = None
    """Index in ``article.blocks`` for body elements; None for header and footer."""


@dataclass(frozen=True)
class Piece:
    """One body element as a read-back module recognised it in the output."""

    kind: str
    text: str


@dataclass
class Recovered:
    """What a read-back module recovered from an output."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    """Header/footer kind -> every value found for it (a byline text may serve several)."""
    body: list[Piece] = field(default_factory=list)
    """Body elements in reading order (ignored when ``positional``)."""
    text: str = ""
    """All visible text, in reading order (the haystack when ``positional``)."""
    positional: bool = False
    """True when kinds cannot be told apart (PDF): elements are located in ``lines``."""
    lines: list[str] = field(default_factory=list)
    """For ``positional``: the text line by line, in reading order."""
    running: set[int] = field(default_factory=set)
    """Indices of ``lines`` that look like running heads/feet. An element not found in
    ``lines`` is looked for again with these removed (it may cross a page break)."""
    not_carried: dict[str, str] = field(default_factory=dict)
    """Kinds this format cannot carry, with the reason: documented tolerances, not checked."""

    def add(self, kind: str, value: str | None) -> None:
        """Record a header/footer value (empty values are ignored)."""
        if value and value.strip():
            self.fields.setdefault(kind, []).append(value)

    def piece(self, kind: str, value: str | None) -> None:
        """Append a body element (empty values are ignored)."""
        if value and value.strip():
            self.body.append(Piece(kind, value))


def expected_elements(article: Article) -> list[Element]:
    """Everything :func:`compare` checks, in source reading order."""
    out = [Element("title", article.title)]
    if article.subtitle:
        out.append(Element("dek", article.subtitle))
    for person in article.authors:
        out.append(Element("author", person.name))
    if article.published:
        out.append(Element("published", article.published))
    if article.updated:
        out.append(Element("updated", article.updated))
    for index, block in enumerate(article.blocks):
        if isinstance(block, Paragraph):
            out.append(Element("paragraph", block.text, index))
        elif isinstance(block, Heading):
            out.append(Element("heading", block.text, index))
        elif isinstance(block, Figure):
            if block.caption:
                out.append(Element("figure-caption", block.caption, index))
            if block.credit:
                out.append(Element("figure-credit", block.credit, index))
        elif isinstance(block, Quote):
            out.append(Element("quote", block.text, index))
            if block.attribution:
                out.append(Element("quote-attribution", block.attribution, index))
        elif isinstance(block, ListBlock):
            out.extend(Element("list-item", item, index) for item in block.items)
    if article.credit_line:
        out.append(Element("credit-line", article.credit_line))
    for contributor in article.contributors:
        out.append(Element("contributor", contributor.name))
    for person in article.authors:
        if person.role:
            out.append(Element("author-role", person.role))
        if person.bio:
            out.append(Element("author-bio", person.bio))
    if article.rights:
        out.append(Element("rights", article.rights))
    return [e for e in out if norm(e.text)]


def compare(article: Article, recovered: Recovered, output: str, format: str) -> VerifyReport:
    """Check every element of ``article`` against ``recovered``; return the report."""
    elements = [e for e in expected_elements(article) if e.kind not in recovered.not_carried]
    report = VerifyReport(output=output, format=format, tolerances=dict(recovered.not_carried))
    report.checked = dict(Counter(e.kind for e in elements))
    header = [e for e in elements if e.block is None]
    body = [e for e in elements if e.block is not None]
    problems: dict[Element, Finding] = {}
    hay = _Haystack(recovered) if recovered.positional else None
    for element in header:
        finding = _check_header(element, recovered, hay)
        if finding is not None:
            problems[element] = finding
    if hay is None:
        problems.update(_check_body(body, recovered))
    else:
        problems.update(_check_body_positional(body, hay))
    report.findings = [problems[e] for e in elements if e in problems]
    return report


# -- header and footer -------------------------------------------------------


def _contains(needle: str, haystack: str) -> bool:
    """``needle`` occurs in ``haystack`` as whole words (both already normalised)."""
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack) is not None


def _closest(text: str, candidates: list[str]) -> str:
    return max(candidates, key=lambda c: SequenceMatcher(None, text, norm(c)).ratio())


def _check_header(element: Element, rec: Recovered, hay: _Haystack | None) -> Finding | None:
    kind = element.kind
    values = list(rec.fields.get(kind, []))
    if kind == "contributor":
        values += rec.fields.get("credit-line", [])
    want = norm(element.text)
    if kind in _DATE_KINDS:
        if any(date_matches(element.text, v) for v in values):
            return None
        shown = "\n".join(rec.lines) or rec.text
        if hay is not None and date_matches(element.text, shown, prose=True):
            return None
        found = values[0] if values else None
        return Finding(kind, "altered" if found else "missing", element.text, found)
    if kind in _EQUAL_KINDS:
        if any(norm(v) == want for v in values):
            return None
    elif any(_contains(want, norm(v)) for v in values):
        return None
    if hay is not None and hay.find_all(skeleton(want)):
        return None
    if kind in _EQUAL_KINDS and values:
        return Finding(kind, "altered", element.text, _closest(want, values))
    return Finding(kind, "missing", element.text)


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _date_renderings(day: date) -> list[str]:
    month = _MONTHS[day.month - 1]
    short = month[:3]
    # How syndicate's own exporters show the day in each interface language (CLDR long form).
    from ..i18n import localized_days

    return [
        *(norm(shown) for shown in localized_days(day)),
        day.isoformat(),
        f"{month} {day.day}, {day.year}",
        f"{month} {day.day} {day.year}",
        f"{day.day} {month} {day.year}",
        f"{short} {day.day}, {day.year}",
        f"{short}. {day.day}, {day.year}",
        f"{short} {day.day} {day.year}",
        f"{day.day} {short} {day.year}",
    ]


# "Mon, 14 Jul 2025 09:30:00 +0100": the RSS form. Checked first because the
# e-mail date parser also "parses" prose such as "July 14, 2025 · Updated …".
_RFC822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}")


def _parse_any(value: str) -> datetime | date | None:
    """A machine-readable date: ISO 8601 (Atom, JSON Feed, EPUB) or RFC 822 (RSS)."""
    text = value.strip()
    try:
        return parse_iso_date(text)
    except ValueError:
        pass
    if not _RFC822.match(text):
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def date_matches(expected: str, value: str, *, prose: bool = False) -> bool:
    """Does ``value`` carry the date ``expected`` (ISO 8601 from the model)?

    A machine-readable value must denote the same instant (or, when the source
    gives only a day, a time on that day). Prose (``prose=True``, or a value
    that does not parse) need only show the calendar day, in one of the common
    English renderings or ISO form.
    """
    want = parse_iso_date(expected)
    got = None if prose else _parse_any(value)
    if got is None:
        day = want.date() if isinstance(want, datetime) else want
        text = norm(value)
        return any(_contains(r, text) for r in _date_renderings(day))
    if not isinstance(want, datetime):
        if isinstance(got, datetime):
            # A date-only source becomes midnight in some zone: accept that day there or in UTC.
            utc_day = got.astimezone(UTC).date() if got.tzinfo else got.date()
            return want in (got.date(), utc_day)
        return want == got
    if not isinstance(got, datetime):
        return got == want.date()
    if want.tzinfo is None or got.tzinfo is None:
        # No zone on one side: the wall-clock time must agree (assume UTC for the naive one).
        naive_want = want.replace(tzinfo=None)
        if got.tzinfo is None:
            return naive_want == got
        return naive_want == got.astimezone(UTC).replace(tzinfo=None)
    return abs(want - got) < timedelta(seconds=1)


# -- body ------------------------------------------------------------------------

_CREDIT_WRAPPER = re.compile(r"^(?:\((.*)\)|(?:photo|photograph|image|credit)\s*:\s*(.*))$", re.I)


def _key(kind: str, text: str) -> tuple[str, str]:
    """The comparison key of a body element: its kind and normalised text.

    Two presentational wrappers are tolerated (docs/verify.md): a credit shown
    as "(Name)" or "Photo: Name", and an attribution led by a dash ("— Name").
    """
    value = norm(text)
    if kind == "figure-credit":
        match = _CREDIT_WRAPPER.match(value)
        if match:
            value = (match.group(1) or match.group(2) or "").strip()
    elif kind == "quote-attribution":
        value = value.lstrip("- ").strip()
    return kind, value


def _check_body(body: list[Element], rec: Recovered) -> dict[Element, Finding]:
    want = [_key(e.kind, e.text) for e in body]
    wanted = set(want)
    # Output pieces that match no source element cannot be in the common subsequence.
    got_all = [_key(p.kind, p.text) for p in rec.body]
    positions: dict[tuple[str, str], list[int]] = {}
    for j, key in enumerate(got_all):
        if key in wanted:
            positions.setdefault(key, []).append(j)
    # One longest common subsequence, as a longest chain over matching (position, element)
    # pairs (Hunt-Szymanski): O(r log n) where a table would be O(n * m).
    in_order = _longest_chain(
        [(j, i) for i, key in enumerate(want) for j in positions.get(key, [])]
    )
    present = set(positions)
    out: dict[Element, Finding] = {}
    for i, element in enumerate(body):
        if i in in_order:
            continue
        if want[i] in present:
            out[element] = Finding(element.kind, "out of order", element.text, block=element.block)
            continue
        same_kind = [
            text for kind, text in got_all if kind == element.kind and (kind, text) not in wanted
        ]
        best = None
        if same_kind:
            best = max(same_kind, key=lambda t: SequenceMatcher(None, want[i][1], t).ratio())
            if SequenceMatcher(None, want[i][1], best).ratio() < _ALTERED_RATIO:
                best = None
        status = "altered" if best is not None else "missing"
        out[element] = Finding(element.kind, status, element.text, best, element.block)
    return out


def _occurrences(hay: str, needle: str, limit: int = 64) -> list[int]:
    found: list[int] = []
    at = hay.find(needle)
    while at >= 0 and len(found) < limit:
        found.append(at)
        at = hay.find(needle, at + 1)
    return found


def _longest_chain(candidates: list[tuple[int, int]]) -> set[int]:
    """Elements in one longest chain whose element index and text position both increase.

    ``candidates`` holds (position, element index) for every occurrence; a patience
    sort over indices, taken in position order, finds the chain in O(n log n).
    """
    # Same position: larger index first, so two elements never share one spot.
    ordered = sorted(candidates, key=lambda c: (c[0], -c[1]))
    tails: list[int] = []  # tails[k]: candidate number ending the best chain of length k+1
    back: list[int | None] = []
    for number, (_, index) in enumerate(ordered):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if ordered[tails[mid]][1] < index:
                lo = mid + 1
            else:
                hi = mid
        back.append(tails[lo - 1] if lo else None)
        if lo == len(tails):
            tails.append(number)
        else:
            tails[lo] = number
    chain: set[int] = set()
    cursor = tails[-1] if tails else None
    while cursor is not None:
        chain.add(ordered[cursor][1])
        cursor = back[cursor]
    return chain


class _Haystack:
    """The skeleton of a positional text, searchable with and without running lines."""

    def __init__(self, rec: Recovered) -> None:
        lines = rec.lines or rec.text.splitlines()
        pieces = [skeleton(line) for line in lines]
        self.full = "".join(pieces)
        trimmed, self._starts, self._origins = [], [], []
        at = kept_at = 0
        for k, piece in enumerate(pieces):
            if k not in rec.running:
                self._starts.append(kept_at)
                self._origins.append(at)
                trimmed.append(piece)
                kept_at += len(piece)
            at += len(piece)
        self.trimmed = "".join(trimmed)

    def find_all(self, needle: str) -> list[int]:
        """Positions (in ``full``) of ``needle``; failing that, across removed running lines."""
        if not needle:
            return []
        found = _occurrences(self.full, needle)
        if found or self.trimmed == self.full:
            return found
        out = []
        for position in _occurrences(self.trimmed, needle):
            line = bisect_right(self._starts, position) - 1
            out.append(self._origins[line] + position - self._starts[line])
        return out

    def __contains__(self, needle: str) -> bool:
        return bool(self.find_all(needle))


def _check_body_positional(body: list[Element], hay: _Haystack) -> dict[Element, Finding]:
    needles = [skeleton(e.text) for e in body]
    candidates = [(at, i) for i, needle in enumerate(needles) for at in hay.find_all(needle)]
    in_order = _longest_chain(candidates)
    present = {i for _, i in candidates}
    out: dict[Element, Finding] = {}
    for i, element in enumerate(body):
        if i in in_order:
            continue
        if i in present:
            status = "out of order"
        else:
            words = norm(element.text).split(" ")
            ends = [skeleton(" ".join(words[:5])), skeleton(" ".join(words[-5:]))]
            status = "altered" if len(words) > 5 and any(e in hay for e in ends) else "missing"
        out[element] = Finding(element.kind, status, element.text, block=element.block)
    return out
