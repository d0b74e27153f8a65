"""Turning date parts into ISO 8601, and the date libraries behind the token reader.

:mod:`.datetext` reads the common shapes of every language without a library.
What it leaves unread goes here: python-dateutil for English (run twice with
two different default dates, which must agree, so that nothing is filled in
from "today"), dateparser for the languages without a cue file (~250 ms to
import and ~50 ms per language on first use; its answer is checked against the
printed numbers). Time-zone names ("GMT", "CET", "MSK", US "ET") are known here.
"""

from __future__ import annotations

try:  # datetime's C module itself: `import datetime` runs its pure-Python twin first (~4 M
    # instructions, 2 % of a first parse) and then takes these same classes from it
    from _datetime import date, datetime, timedelta, timezone
except ImportError:  # an interpreter without it
    from datetime import date, datetime, timedelta, timezone

from ... import _re as re
from ..scraped.lazyre import lazy_pattern
from .cues import LANGUAGES, primary_subtag
from .datetext import DateParts, date_order

__all__ = ["EASTERN_DIGITS", "ZONE_NAMES", "dateparser_date", "dateutil_date", "iso_of", "tzinfos"]

EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "0123456789" * 3)
"""Arabic-Indic, Persian and full-width digits to ASCII."""

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
    "МСК": _tz(3),
    "MEZ": _tz(1),
    "MESZ": _tz(2),
    "WET": _tz(0),
    "WEST": _tz(1),
    "JST": _tz(9),
    "KST": _tz(9),
    "AEST": _tz(10),
    "AEDT": _tz(11),
}


def tzinfos() -> dict[str, object]:
    """The zone names dateutil is told about; the US region zones are loaded on first use."""
    if not _TZINFOS_READY:
        _TZINFOS.update(_us_zones())
        _TZINFOS_READY.append(True)
    return _TZINFOS


_TZINFOS_READY: list[bool] = []
ZONE_NAMES = frozenset(_TZINFOS) | {"ET", "CT", "MT", "PT", "Z"}
"""The zone names a printed date may carry (upper-case), for the token reader."""


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


_DOT_TIME = lazy_pattern(r"\b(\d{1,2})\.(\d{2})(?=\s*(?:[A-Za-z]{2,5}\b|$))")
_MERIDIEM = lazy_pattern(r"\s*\b([ap])\.m\.", re.IGNORECASE)
_AT = lazy_pattern(r"(?i)(?<!\w)(?:at|on|·|\|)(?!\w)")


def iso_of(parts: DateParts) -> str:
    """ISO 8601 for what the text stated: a date, a local date-time, or one with its offset."""
    if parts.hour is None or parts.minute is None:
        return date(parts.year, parts.month, parts.day).isoformat()
    zone = None
    if parts.zone and parts.zone[0] in "+-":
        sign = -1 if parts.zone[0] == "-" else 1
        zone = _tz(sign * (int(parts.zone[1:3]) + int(parts.zone[4:6]) / 60))
    elif parts.zone:
        name = "UTC" if parts.zone == "Z" else parts.zone
        # A fixed offset ("GMT", "CET") is in the table already; only a US region name
        # ("ET") needs tzinfos(), whose zoneinfo import (with sysconfig, four zone files
        # read) is ~20 M instructions that a one-article export paid for "14.32 GMT".
        zone = _TZINFOS.get(name)
        if zone is None:
            zone = tzinfos().get(name)
    moment = datetime(
        parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second or 0
    )
    if zone is not None:
        moment = moment.replace(tzinfo=zone)  # type: ignore[arg-type]
    return moment.isoformat()


def dateutil_date(text: str, *, dayfirst: bool = False) -> str | None:
    """English shapes the token reader does not know, read by python-dateutil twice.

    ``dayfirst`` reads "05/03/2025" as 5 March (British English); the caller
    refuses a numeric date that reads two ways when nothing says which.
    """
    cleaned = _DOT_TIME.sub(r"\1:\2", text)
    cleaned = _MERIDIEM.sub(lambda m: " AM" if m.group(1).lower() == "a" else " PM", cleaned)
    cleaned = _AT.sub(" ", cleaned).strip(" ,")
    import warnings  # with dateutil, not on every first parse

    from dateutil import parser

    results = []
    for default in (_D1, _D2):
        try:
            with warnings.catch_warnings():
                # An unknown zone name leaves the time local; dateutil would warn about it.
                warnings.simplefilter("ignore")
                results.append(
                    parser.parse(cleaned, default=default, tzinfos=tzinfos(), dayfirst=dayfirst)
                )
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


_TIME_TEXT = r"(?<!\d)(\d{1,2})\s*[:h.时時]\s*(\d{2})(?!\d)"


def dateparser_date(text: str, lang: str | None) -> str | None:
    """A date in a language without a cue file ("5 Mart 2025", lang="tr"), read by dateparser.

    The languages with a data file are read by the token reader alone: their
    month names are ours, whole words only, and dateparser reads nothing there
    that the token reader misses (measured, docs/languages.md) at ~250 ms to
    import. Its answer is kept only when the year and the day it gives are
    printed in the text, and its time only when it is the printed one:
    dateparser fills in what is missing.
    """
    code = primary_subtag(lang or "")
    if not code or code in LANGUAGES or code == "mul" or len(text) > 60:
        return None
    if not re.search(r"[^\W\d_]", text):
        return None  # numbers only: the token reader has said all there is
    try:
        import warnings

        import dateparser
    except ImportError:
        return None
    order = {"dmy": "DMY", "mdy": "MDY"}.get(date_order(lang), "DMY")
    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
        "PARSERS": ["custom-formats", "absolute-time"],
        "DATE_ORDER": order,
    }
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = dateparser.parse(text, languages=[code], settings=settings)
    except Exception:  # dateparser has no documented error type; an unread date is None
        return None
    if found is None or not 1800 <= found.year <= 2100:
        return None
    digits = text.translate(EASTERN_DIGITS)
    numbers = {int(n) for n in re.findall(r"\d+", digits)}
    if found.year not in numbers or found.day not in numbers:
        return None
    clock = re.search(_TIME_TEXT, digits)
    if clock is None:
        return found.date().isoformat()
    if (found.hour, found.minute) != (int(clock.group(1)), int(clock.group(2))):
        return found.date().isoformat()
    return found.replace(microsecond=0).isoformat()
