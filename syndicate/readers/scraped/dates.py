"""Dates as news pages print them, parsed with python-dateutil and never invented.

A date is accepted only when the text states its year, month and day: the
parser is run with two different default dates and must give the same day
both times, so nothing is filled in from "today". A time is kept only when
stated, and a time zone only when named.
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple

__all__ = [
    "DateLine",
    "caption_event_date",
    "dateline_date",
    "is_dateline_start",
    "is_empty_date_label",
    "parse_date",
    "parse_date_line",
]

_D1 = datetime(1901, 1, 1, 0, 0)
_D2 = datetime(1902, 2, 2, 1, 1)


def _tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


# Abbreviations dateutil does not know by itself (it knows UTC/GMT/Z).
_TZINFOS = {
    "EST": _tz(-5),
    "EDT": _tz(-4),
    "CST": _tz(-6),
    "CDT": _tz(-5),
    "MST": _tz(-7),
    "MDT": _tz(-6),
    "PST": _tz(-8),
    "PDT": _tz(-7),
    "AKST": _tz(-9),
    "AKDT": _tz(-8),
    "HST": _tz(-10),
    "GMT": _tz(0),
    "UTC": _tz(0),
    "BST": _tz(1),
    "IST": _tz(5.5),
    "CET": _tz(1),
    "CEST": _tz(2),
    "EET": _tz(2),
    "EEST": _tz(3),
    "MSK": _tz(3),
    "JST": _tz(9),
    "KST": _tz(9),
    "AEST": _tz(10),
    "AEDT": _tz(11),
}


def _tzinfos() -> dict[str, object]:
    """The zone names dateutil is told about; the US region zones are loaded on first use."""
    if not _TZINFOS_READY:
        _TZINFOS.update(_us_zones())
        _TZINFOS_READY.append(True)
    return _TZINFOS


_TZINFOS_READY: list[bool] = []


def _us_zones() -> dict[str, object]:
    # "ET", "PT"… name a region, not an offset: the offset depends on the date (DST).
    try:
        from zoneinfo import ZoneInfo

        return {
            "ET": ZoneInfo("America/New_York"),
            "CT": ZoneInfo("America/Chicago"),
            "MT": ZoneInfo("America/Denver"),
            "PT": ZoneInfo("America/Los_Angeles"),
        }
    except Exception:  # no time-zone database on this system: the time stays local
        return {}


_RU_MONTHS = {
    "январ": "January",
    "феврал": "February",
    "март": "March",
    "апрел": "April",
    "ма": "May",
    "июн": "June",
    "июл": "July",
    "август": "August",
    "сентябр": "September",
    "октябр": "October",
    "ноябр": "November",
    "декабр": "December",
}
_RU_MONTH = re.compile(
    r"(?i)\b(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*\.?"
)
_RU_MISC = re.compile(r"(?i)(?<!\w)(?:г\.|года|год|в)(?!\w)")
_DOT_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})(?=\s*(?:[A-Za-z]{2,5}\b|$))")
_MERIDIEM = re.compile(r"\s*\b([ap])\.m\.", re.IGNORECASE)
_AT = re.compile(r"(?i)(?<!\w)(?:at|on|·|\|)(?!\w)")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)")
_RELATIVE = re.compile(
    r"(?i)^(?:\d+|an?|one|few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)"
    r"\s+ago$|^(?:just now|yesterday|today)$"
)

_PREFIXES: tuple[tuple[str, str], ...] = (
    ("last updated on", "updated"),
    ("last updated", "updated"),
    ("last modified on", "updated"),
    ("last modified", "updated"),
    ("updated on", "updated"),
    ("updated at", "updated"),
    ("updated", "updated"),
    ("обновлено", "updated"),
    ("first published on", "published"),
    ("first published", "published"),
    ("published on", "published"),
    ("published", "published"),
    ("posted on", "published"),
    ("posted", "published"),
    ("date", "published"),
    ("опубликовано", "published"),
)


def parse_date(text: str) -> str | None:
    """An ISO 8601 string for a fully stated date (time and zone when given), else None."""
    if len(text) > 80 or not _YEAR.search(text):
        return None
    cleaned = _RU_MONTH.sub(lambda m: _RU_MONTHS[m.group(1).lower()], text)
    cleaned = _RU_MISC.sub(" ", cleaned)
    cleaned = _DOT_TIME.sub(r"\1:\2", cleaned)
    cleaned = _MERIDIEM.sub(lambda m: " AM" if m.group(1).lower() == "a" else " PM", cleaned)
    cleaned = _AT.sub(" ", cleaned).strip(" ,")
    simple = _simple_date(cleaned)
    if simple is not None:
        return simple
    from dateutil import parser

    results = []
    for default in (_D1, _D2):
        try:
            with warnings.catch_warnings():
                # An unknown zone name leaves the time local; dateutil would warn about it.
                warnings.simplefilter("ignore")
                results.append(parser.parse(cleaned, default=default, tzinfos=_tzinfos()))
        except (ValueError, OverflowError, TypeError, LookupError):
            return None
    first, second = results
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # some part of the date was filled in, not stated
    if not 1800 <= first.year <= 2100:
        return None
    if (first.hour, first.minute) != (second.hour, second.minute):
        return first.date().isoformat()
    return first.replace(microsecond=0).isoformat()


# The commonest shapes ("May 28, 2024", "Jan. 23, 2023", "6 February 2025"), answered without
# dateutil, whose import costs ~9 ms of a one-article command. Only month names dateutil knows
# and days that exist take this path; anything else goes to dateutil, which decides as before.
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_FIRST = re.compile(r"([A-Za-z]{3,9})\.? ([0-9]{1,2}),? ([0-9]{4})")
_DAY_FIRST = re.compile(r"([0-9]{1,2}) ([A-Za-z]{3,9})\.? ([0-9]{4})")


def _simple_date(cleaned: str) -> str | None:
    """``YYYY-MM-DD`` for a valid "Month D, YYYY" / "D Month YYYY", else None (ask dateutil)."""
    match = _MONTH_FIRST.fullmatch(cleaned)
    if match is not None:
        month_name, day_text, year_text = match.groups()
    else:
        match = _DAY_FIRST.fullmatch(cleaned)
        if match is None:
            return None
        day_text, month_name, year_text = match.groups()
    month = _MONTH_NUMBERS.get(month_name.lower())
    year, day = int(year_text), int(day_text)
    if month is None or not 1800 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # no such day: dateutil decides, as it always did
        return None


class DateLine(NamedTuple):
    """A header line about a date: which one it is and its value (None when blank)."""

    kind: str
    """``"published"`` or ``"updated"``."""
    value: str | None
    """ISO 8601, or None for an empty or relative marker ("Updated:", "2 hours ago")."""
    labelled: bool
    """True when the line names the date ("Updated", "Published") rather than only giving it."""


def is_empty_date_label(text: str) -> bool:
    """True for "Updated:", "Published", "Updated 2 hours ago": a date label with no date."""
    if len(text) > 40:
        return False
    folded = text.casefold()
    for prefix, _kind in _PREFIXES:
        if folded.startswith(prefix):
            rest = text[len(prefix) :]
            if rest[:1].isalpha():
                continue
            rest = rest.lstrip(" :\u2013\u2014-").strip()
            return not rest or _RELATIVE.match(rest) is not None
    return False


def parse_date_line(text: str) -> DateLine | None:
    """Recognise "Updated: …", "Published 5 March 2025", a bare date, or None."""
    if len(text) > 120:
        return None
    folded = text.casefold()
    for prefix, kind in _PREFIXES:
        if folded.startswith(prefix):
            rest = text[len(prefix) :]
            if rest[:1].isalpha():
                continue  # "Updates…", "Posters…"
            rest = rest.lstrip(" :\u2013\u2014-").strip()
            if not rest or _RELATIVE.match(rest):
                return DateLine(kind, None, True)
            value = parse_date(rest)
            if value is not None:
                return DateLine(kind, value, True)
            return None
    if _RELATIVE.match(text):
        return DateLine("published", None, False)
    value = parse_date(text)
    return DateLine("published", value, False) if value else None


# A dateline opens the first paragraph of wire copy and press releases:
# "SPRINGFIELD, Ill. (AP) —", "LONDON, March 12 (Reuters) -", "PORTLAND, Ore., March 3, 2025 —".
_DATELINE = re.compile(
    r"^(?P<head>[A-ZА-ЯЁ][A-ZА-ЯЁ.'’ -]{1,40}(?:,[^—–\n]{1,80}?)?(?:\s\([^()]{1,40}\))?)"
    r"\s+(?:—|–|--|-)\s"
)


def is_dateline_start(text: str) -> bool:
    """True when a paragraph opens with a wire-style dateline."""
    return _DATELINE.match(text[:200]) is not None


def dateline_date(text: str) -> str | None:
    """The full date stated in a paragraph's dateline ("PORTLAND, Ore., March 3, 2025 —")."""
    match = _DATELINE.match(text[:200])
    if match is None:
        return None
    head = re.sub(r"\([^()]*\)", "", match.group("head"))
    parts = head.split(",")
    # Shortest trailing run of comma-separated parts that is a complete date.
    for start in range(len(parts) - 1, 0, -1):
        value = parse_date(",".join(parts[start:]))
        if value is not None:
            return value
    return None


MONTH_NAMES = (
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
)
_MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_CAPTION_DATE = re.compile(
    rf"\b(?:{_MONTH_RE}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_RE}\s+\d{{4}})\b"
)


def caption_event_date(caption: str, paragraph: str) -> str | None:
    """The full date in a lead photo's caption, when the first paragraph names that same day.

    "… in Brussels, Belgium, on May 28, 2024." with a first paragraph saying
    "… said at a meeting on May 28." gives 2024-05-28. It is an inference (the
    page never says when it was published), so callers record it as one.
    """
    for match in _CAPTION_DATE.finditer(caption[:1000]):
        value = parse_date(match.group())
        if value is None:
            continue
        month = MONTH_NAMES[int(value[5:7]) - 1]
        day = int(value[8:10])
        short = month[:3]
        pattern = rf"\b(?:{month}|{short}\.?)\s+{day}(?!\d)|(?<!\d){day}\s+(?:{month}|{short}\b\.?)"
        if re.search(pattern, paragraph[:2000]):
            return value[:10]
    return None
