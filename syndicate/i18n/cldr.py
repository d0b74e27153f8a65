"""Long dates and lists of names from a small table of CLDR data, without importing Babel.

Babel costs tens of milliseconds to import and load a locale: more than a
one-article EPUB export takes as a whole. For the languages syndicate has
catalogs for, ``python -m syndicate.i18n.catalogs`` copies from Babel the few
CLDR values the exporters use (the long date pattern, month names, era, the
date-time glue and the list patterns) into ``locale/cldr.json``; this module
formats with them. Any other locale is formatted by Babel itself (imported
then), and ``tests/test_i18n.py`` checks that both agree.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

try:  # the C classes directly: `import datetime` runs its pure-Python twin first (~4 M
    # instructions of a one-article EPUB export), as syndicate.model says
    from _datetime import date
except ImportError:  # an interpreter without it
    from datetime import date

from .._jsonload import loads

__all__ = ["format_long_date", "join_list", "locale_data", "table_path"]

_FIELD = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*")


def table_path() -> Path:
    """Where the table lives (next to the catalogs)."""
    return Path(__file__).with_name("locale") / "cldr.json"


@functools.cache
def _table() -> dict[str, dict[str, Any]]:
    try:
        return loads(table_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def locale_data(names: tuple[str, ...]) -> dict[str, Any] | None:
    """The table's entry for the first of ``names`` it holds, or None."""
    table = _table()
    for name in names:
        if name in table:
            return table[name]
    return None


def format_long_date(day: date, data: dict[str, Any]) -> str:
    """``day`` by the locale's long date pattern (LDML: d, M, L, y, G and quoted text)."""

    def field(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith("'"):
            return token[1:-1].replace("''", "'") if token != "''" else "'"
        letter, width = token[0], len(token)
        if letter == "d":
            return f"{day.day:0{width}d}"
        if letter in "ML":
            if width <= 2:
                return f"{day.month:0{width}d}"
            key = "months" if letter == "M" else "standalone_months"
            names = data[key] if width == 4 else data[key + "_abbr"]
            return names[day.month - 1]
        if letter == "y":
            return f"{day.year:0{width}d}" if width != 2 else f"{day.year % 100:02d}"
        if letter == "G":
            return data["era"]
        raise ValueError(f"date pattern field {token!r} is not supported")

    return _FIELD.sub(field, data["date"])


def join_list(items: list[str], data: dict[str, Any]) -> str:
    """ "A, B and C" by the locale's CLDR list patterns."""
    patterns = data["list"]
    if len(items) == 2:
        return patterns["2"].replace("{0}", items[0]).replace("{1}", items[1])
    result = patterns["end"].replace("{0}", items[-2]).replace("{1}", items[-1])
    for item in reversed(items[1:-2]):
        result = patterns["middle"].replace("{0}", item).replace("{1}", result)
    return patterns["start"].replace("{0}", items[0]).replace("{1}", result)
