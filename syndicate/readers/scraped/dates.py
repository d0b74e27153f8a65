"""Dates as news pages print them, in any language with a cue file, and never invented.

A date is accepted only when the text states its year, month and day. The
common shapes in every language are read without any library by
:mod:`syndicate.readers.language.datetext` (month names from the data files,
whole words only); what it cannot read goes to python-dateutil for English
(run with two different default dates that must agree, so nothing is filled in
from "today") and to dateparser for languages without a data file (imported
only then). A time is kept only when
stated, a time zone only when named. A numeric date that reads two ways
("12/03/2025") follows the language's convention (day-first everywhere but US
English); for English without a region it is left out with an
:class:`AmbiguousDateWarning`. :func:`read_date` says which rule decided.
"""

from __future__ import annotations

from collections.abc import Iterable

from ... import _functools as functools

try:  # datetime's C module itself: `import datetime` runs its pure-Python twin first (~4 M
    # instructions, 2 % of a first parse) and then takes these same classes from it
    from _datetime import date, datetime
except ImportError:  # an interpreter without it
    from datetime import date, datetime

from ... import _re as re
from ..._typing import TYPE_CHECKING, NamedTuple
from ..language import all_cues, cues, primary_subtag
from .lazyre import lazy_pattern

if TYPE_CHECKING:
    from types import ModuleType

__all__ = [
    "is_entry_stamp",
    "AmbiguousDateWarning",
    "DateLine",
    "DateReading",
    "caption_event_date",
    "has_year",
    "dateline_date",
    "is_date_span",
    "is_dateline_start",
    "is_empty_date_label",
    "page_date_order",
    "parse_date",
    "paired_date_line",
    "parse_date_line",
    "read_date",
    "update_note_date",
]

_YEAR = lazy_pattern(r"(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)")
_EASTERN_DIGIT = lazy_pattern("[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]")
_RELATIVE = lazy_pattern(
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


@functools.cache  # a function-level import costs ~5 µs a call; the cache a dict lookup
def _datetext() -> ModuleType:
    # :mod:`syndicate.readers.language.datetext`, imported by the first date it has to read.
    #
    # The commonest English shapes are read here without it (:func:`_simple_date`), so the
    # first parse of such a page does not load its byte code (nor :mod:`.datelibs`'), ~1 M
    # instructions of a fresh process's imports.
    from ..language import datetext

    return datetext


@functools.cache
def _datelibs() -> ModuleType:
    # :mod:`syndicate.readers.language.datelibs`, imported as :func:`_datetext` is.
    from ..language import datelibs

    return datelibs


def _date_order(lang: str | None) -> str:
    return _datetext().date_order(lang)


def _western(text: str) -> str:
    # ``text`` with Arabic-Indic, Persian and full-width digits as ASCII ones; a text
    # that holds none is given back as it is (translating is a pass per character).
    if text.isascii() or _EASTERN_DIGIT.search(text) is None:
        return text
    return text.translate(_datelibs().EASTERN_DIGITS)


def has_year(text: str) -> bool:
    """True when ``text`` prints a year (1800–2100): a header line, never a credit line."""
    return _YEAR.search(_western(text)) is not None


class AmbiguousDateWarning(UserWarning):
    """A numeric date reads two ways ("12/03/2025") and nothing says which: it was left out."""


class DateReading(NamedTuple):
    """A date read from text: its ISO 8601 value and the rule that read it."""

    value: str
    """``2025-03-05``, ``2025-03-05T14:30:00`` or ``2025-03-05T14:30:00+01:00``."""
    rule: str
    """``date.names``, ``date.iso``, ``date.cjk``, ``date.numeric-dots``, ``date.numeric-ymd``,
    ``date.numeric-unambiguous``, ``date.numeric-dmy``/``date.numeric-mdy`` (the language's
    convention decided), ``date.dateutil`` or ``date.dateparser``."""


def parse_date(text: str, lang: str | None = None, *, order_hint: str = "") -> str | None:
    """An ISO 8601 string for a fully stated date (time and zone when given), else None.

    ``lang`` is the article's BCP 47 tag ("de", "en-US"); None reads English and
    Russian as before languages had data files, "mul" reads every language.
    """
    reading = read_date(text, lang, order_hint=order_hint)
    return reading.value if reading is not None else None


def read_date(text: str, lang: str | None = None, *, order_hint: str = "") -> DateReading | None:
    """The fully stated date in ``text`` and how it was read, or None (see :func:`parse_date`).

    ``order_hint`` is the page's own numeric convention (:func:`page_date_order`),
    used only when the language has none; the rule then ends in ``-page``.
    """
    if len(text) > 80:
        return None
    if not _YEAR.search(_western(text)):
        roc = _roc_date(text, lang)
        if roc is not None:
            return roc
        return _short_year_stamp(text, lang, order_hint)
    english = lang is None or lang.lower().startswith("en")
    if english:
        simple = _simple_date(text.strip())
        if simple is not None:  # the commonest English shapes, before any data file is read
            return DateReading(simple, "date.names")
    datetext, datelibs = _datetext(), _datelibs()
    parts = datetext.read_date_parts(text, lang, datelibs.ZONE_NAMES, order_hint)
    if isinstance(parts, datetext.DateParts):
        return DateReading(datelibs.iso_of(parts), parts.rule)
    if parts == datetext.AMBIGUOUS:
        _warn_ambiguous(text, lang)
        return None
    if parts == datetext.REFUSED:
        return None
    if english:
        order = _date_order(lang) or (order_hint if order_hint in {"dmy", "mdy"} else "")
        doubt = _numeric_doubt(text)
        if doubt == "century" or (doubt == "two-ways" and not order):
            if doubt == "two-ways":
                _warn_ambiguous(text, lang)
            return None  # dateutil would pick month-first, or a century, without a word
        value = datelibs.dateutil_date(text, dayfirst=order == "dmy")
        return DateReading(value, "date.dateutil") if value else None
    value = datelibs.dateparser_date(text, lang)
    return DateReading(value, "date.dateparser") if value else None


_ROC_DATE = lazy_pattern(
    r"^(?:中華民國|中华民国|民國|民国)?\s*(1[0-4]\d)\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|([-./])(\d{1,2})\4(\d{1,2})(?!\d))(?:[\s(（].*)?$"
)


def _roc_date(text: str, lang: str | None) -> DateReading | None:
    # ``date.roc``: Taiwanese government and school sites count years from 1912, the
    # Republic of China era ("發布日期：115-12-01", "民國115年12月1日" for 2026-12-01). Read
    # only on a Chinese page and for years 100–149 (2011–2060), whose three digits no other
    # convention prints as a year; the time after the date is left to the page.
    if lang is None or primary_subtag(lang) not in ("zh", "mul"):
        return None
    found = _ROC_DATE.match(_western(text.strip()))
    if found is None:
        return None
    month, day = (found[2], found[3]) if found[2] else (found[5], found[6])
    year, m, d = int(found[1]) + 1911, int(month), int(day)
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return DateReading(f"{year:04d}-{m:02d}-{d:02d}", "date.roc")


_SHORT_YEAR_STAMP = lazy_pattern(
    r"^(\d{1,2})([-./])(\d{1,2})\2(\d{2}),?\s+(?:[^\W\d]{1,3}\s+)?(\d{1,2})[:.h](\d{2})(?!\d)"
)


def _short_year_stamp(text: str, lang: str | None, order_hint: str) -> DateReading | None:
    # A page's time stamp with a two-digit year: "02-12-26, 14:03" (Flemish and Dutch
    # papers), "02.12.26 um 14:03". Only at the start of the line and only with a clock
    # time after it, where the numbers cannot be a score, a fraction or a reference;
    # day or month first as the language (or the page) writes its dates.
    match = _SHORT_YEAR_STAMP.match(text.strip())
    if match is None:
        return _middot_date(text, lang, order_hint)
    order = _date_order(lang) or (order_hint if order_hint in {"dmy", "mdy"} else "")
    if order not in {"dmy", "mdy"}:
        return None
    first, _sep, second, year, hour, minute = match.groups()
    day, month = (first, second) if order == "dmy" else (second, first)
    try:
        stamp = datetime(2000 + int(year), int(month), int(day), int(hour), int(minute))
    except ValueError:
        return None
    return DateReading(stamp.isoformat(), "date.short-year")


_MIDDOT_DATE = lazy_pattern(r"^(\d{1,2})·(\d{1,2})·(\d{2})$")


def _middot_date(text: str, lang: str | None, order_hint: str) -> DateReading | None:
    # "02·12·26": the date stamp Spanish regional papers print with middle dots ("02·12·26
    # | 08:34 | Actualizado a las 10:12"); nothing else is written so, so no clock time is
    # needed. Day or month first as the language (or the page) writes its dates.
    if "·" not in text:
        return None
    match = _MIDDOT_DATE.match(text.strip())
    order = _date_order(lang) or (order_hint if order_hint in {"dmy", "mdy"} else "")
    if match is None or order not in {"dmy", "mdy"}:
        return None
    first, second, year = match.groups()
    day, month = (first, second) if order == "dmy" else (second, first)
    try:
        stamp = date(2000 + int(year), int(month), int(day))
    except ValueError:
        return None
    return DateReading(stamp.isoformat(), "date.short-year")


def _warn_ambiguous(text: str, lang: str | None) -> None:
    import warnings  # imported by the few texts that warn, not by every first parse

    warnings.warn(
        f"{text.strip()!r} reads as day/month or month/day and the language "
        f"({lang or 'not given'}) does not say which: the date was left out",
        AmbiguousDateWarning,
        stacklevel=3,
    )


_NUMERIC_DATE = lazy_pattern(r"(?<![\d.])(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?![\d.])")


def page_date_order(texts: Iterable[str]) -> str:
    """The numeric convention a page shows by itself: "dmy", "mdy" or "" (none, or both).

    "14/01/2025" can only be day-first, "01/14/2025" only month-first; a page
    that prints one of them tells how to read its "03/10/2024". Pass the result
    as ``order_hint``.
    """
    seen = set()
    for text in texts:
        if len(text) > 200 or not any(map(str.isdigit, text)):
            continue
        for match in _NUMERIC_DATE.finditer(_western(text)):
            first, separator, second, third = match.groups()
            if len(first) == 4 or len(third) != 4 or separator == ".":
                continue
            if int(first) > 12 >= int(second) >= 1:
                seen.add("dmy")
            elif int(second) > 12 >= int(first) >= 1:
                seen.add("mdy")
    return seen.pop() if len(seen) == 1 else ""


def _numeric_doubt(text: str) -> str | None:
    # "two-ways" for "12/03/2025", "century" for "05/03/25", else None.
    #
    # Checked before dateutil reads what the token reader left unread: dateutil
    # would read the first month-first and give the second a century.
    for match in _NUMERIC_DATE.finditer(_western(text)):
        first, separator, second, third = match.groups()
        if len(first) == 4:
            continue  # year first: one reading
        if len(third) != 4:
            return "century"
        if separator != "." and first != second and int(first) <= 12 and int(second) <= 12:
            return "two-ways"
    return None


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
_MONTH_FIRST = lazy_pattern(r"([A-Za-z]{3,9})\.? ([0-9]{1,2}),? ([0-9]{4})")
_DAY_FIRST = lazy_pattern(r"([0-9]{1,2}) ([A-Za-z]{3,9})\.? ([0-9]{4})")


def _simple_date(cleaned: str) -> str | None:
    # ``YYYY-MM-DD`` for a valid "Month D, YYYY" / "D Month YYYY", else None (ask dateutil).
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
    """``"published"``, ``"updated"``, or ``"expires"`` (a video page's "available until"
    date: the header's, never the article's)."""
    value: str | None
    """ISO 8601, or None for an empty or relative marker ("Updated:", "2 hours ago")."""
    labelled: bool
    """True when the line names the date ("Updated", "Published") rather than only giving it."""
    rule: str = ""
    """How the value was read (:attr:`DateReading.rule`); "" when there is no value."""


@functools.cache
def _labels(lang: str | None) -> tuple[tuple[str, str], ...]:
    # (label, kind) pairs, longest first: English and Russian always, plus ``lang``'s own.
    pairs = dict(_PREFIXES)
    if lang is not None:
        code = primary_subtag(lang)
        found = all_cues() if code == "mul" else cues(code)
        for words, kind in (
            (found.updated_labels, "updated"),
            (found.published_labels, "published"),
            # "Verfügbar bis 08.02.2027": the day a broadcaster takes the video down, a
            # future date the header prints beside the broadcast date, never the article's
            (found.expiry_labels, "expires"),
        ):
            for word in words:
                pairs.setdefault(word.rstrip(":").strip(), kind)
    return tuple(sorted(pairs.items(), key=lambda pair: len(pair[0]), reverse=True))


def _label(text: str, lang: str | None) -> tuple[str, str] | None:
    # (kind, the rest of the line) when ``text`` opens with a date label, else None.
    folded = text.casefold()
    if not folded.startswith(_label_prefixes(lang)):
        return None  # round 23 (speed23): one C-level startswith, not a loop, for most lines
    for prefix, kind in _labels(lang):
        if folded.startswith(prefix):
            rest = text[len(prefix) :]
            if rest[:1].isalpha() and not "\u3400" <= prefix[-1] <= "\u9fff":
                continue  # "Updates…", "Posters…"
            return kind, rest.lstrip(" :：\u2013\u2014-").strip()
    return None


@functools.cache
def _label_prefixes(lang: str | None) -> tuple[str, ...]:
    # The labels of ``_labels(lang)`` alone, as one tuple for ``str.startswith``.
    return tuple(prefix for prefix, _kind in _labels(lang))


def date_label_words(lang: str | None) -> tuple[str, ...]:
    """Round 22 (scrapedf): the date labels of English, Russian and ``lang`` ("published",
    "发布时间", "更新时间"), casefolded, colon taken off, longest first."""
    return tuple(prefix for prefix, _kind in _labels(lang))


def opens_with_date_label(text: str, lang: str | None) -> bool:
    """True when ``text`` opens with a publication or update label ("Publiziert am",
    "Updated", "Pubblicato il") in English, Russian or ``lang``."""
    return _label(text, lang) is not None


_QUANTITY_WORDS = ("a", "an", "one", "few", "a few", "about", "over", "около", "более")
_SEPARATORS = str.maketrans(dict.fromkeys(".,:;·|-–—()", " "))


@functools.cache
def _relative_words(lang: str | None) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    # (marks, every word a relative date may hold, phrases of several words or of Han).
    lexicon = (cues("en"), cues("ru")) if lang is None else (cues(lang), cues("en"))
    marks = {word for one in lexicon for word in (*one.relative_words, *one.relative_days)}
    units = {word for one in lexicon for word in one.relative_units}
    allowed = marks | units | set(_QUANTITY_WORDS)
    # Phrases that are not one spaced word ("il y a", "just now", "小时", "前") are cut out
    # of the text first, longest first, so that the rest can be checked word by word.
    phrases = sorted(
        (w for w in allowed if " " in w or "\u3400" <= w[0] <= "\u9fff"),
        key=len,
        reverse=True,
    )
    return frozenset(marks), frozenset(allowed), tuple(phrases)


def _is_relative(text: str, lang: str | None) -> bool:
    # True for "2 hours ago", "vor 2 Stunden", "il y a 3 heures", "3小时前", "yesterday".
    #
    # Every word must be a relative mark ("ago", "vor", "назад", "前", "yesterday"), a
    # unit or a quantity, and one of them a mark. Sets, not a regular expression: this
    # runs on every header line.
    if _RELATIVE.match(text):
        return True
    if len(text) > 40 or _YEAR.search(text):
        return False
    marks, allowed, phrases = _relative_words(lang)
    folded = f" {text.casefold().translate(_SEPARATORS)} "
    found = False
    for phrase in phrases:
        if phrase in folded and (" " not in phrase or f" {phrase} " in folded):
            found = found or phrase in marks
            folded = folded.replace(phrase if " " not in phrase else f" {phrase} ", " ")
    words = [word for word in folded.split() if not word.isdigit()]
    if any(word not in allowed for word in words):
        return False
    return found or any(word in marks for word in words)


_CLOCK = lazy_pattern(r"^(?:[01]?\d|2[0-3])\s?[:.hH]\s?[0-5]\d(?!\d)")
_ZONE = lazy_pattern(r"^[A-Z]{2,5}$")
_SPLIT_DIGITS = lazy_pattern(r"(?<=\d)(?=[^\d\s.:,])")


@functools.cache
def _clock_words(lang: str | None) -> frozenset[str]:
    lexicon = (cues("en"),) if lang is None else (cues(lang), cues("en"))
    return frozenset(word for one in lexicon for word in one.clock_words)


_MATCH_MINUTE = lazy_pattern(
    r"(?i)^(?:min\.?\s?\d{1,3}(?:\+\d{1,2})?"
    r"|\d{1,3}(?:\s?\+\s?\d{1,2})?\s?(?:['’′]|mins?\.?|minutes?|minuten?|minuto)"
    r"|\d{1,3}(?:\s?\+\s?\d{1,2})?(?:\.|e|ème)\s?(?:min\.?|minute|minuten?|minuto))$"
)
"""A match minute alone on its line, over a minute-by-minute entry: "88 min", "90+4 min",
"45+2'", "67. Minute", "min. 12", "12e minute". A bare number is not one (a list's
numbering): the minute mark or word is part of the stamp."""


def is_entry_stamp(text: str, lang: str | None = None) -> bool:
    """True for the time stamp over a live blog's entry: a clock time with its zone or
    clock word ("13.05 BST", "10:42", "14:32 Uhr", "9.15am"), a relative time ("2h ago",
    "il y a 5 min"), either after an update label ("Updated at 13.12 BST"). A stamp
    carries no day and no year: a line with a date is the article's date line."""
    if not text or len(text) > 40 or _YEAR.search(text) or not any(c.isdigit() for c in text):
        return False
    if _MATCH_MINUTE.match(text):
        return True  # a minute-by-minute report's "88 min", "90+4'", "67.", "min. 12"
    found = _label(text, lang)
    rest = found[1] if found is not None else text
    if not rest:
        return False
    if _is_relative(_SPLIT_DIGITS.sub(" ", rest), lang):
        return True
    clock = _CLOCK.match(rest)
    if clock is None:
        return False
    words = _clock_words(lang)
    for word in _SPLIT_DIGITS.sub(" ", rest[clock.end() :]).replace(",", " ").split():
        if not (_ZONE.match(word.strip("()")) or word.casefold() in words):
            return False
    return True


def is_empty_date_label(text: str, lang: str | None = None) -> bool:
    """True for "Updated:", "Published", "Updated 2 hours ago": a date label with no date."""
    if len(text) > 40:
        return False
    found = _label(text, lang)
    if found is None:
        return False
    _kind, rest = found
    return not rest or _is_relative(rest, lang)


_SPAN_DASH = lazy_pattern(r"\s+(?:–|—|-|--)\s+")


def is_date_span(text: str, lang: str | None = None) -> bool:
    """Two full dates joined by a dash and nothing else ("August 9, 1938 – February 20,
    2025"): a life's or an event's span (an obituary's, an exhibition's), not the date
    the article was published."""
    if len(text) > 80 or len(_YEAR.findall(text)) != 2:
        return False
    parts = _SPAN_DASH.split(text)
    return len(parts) == 2 and all(parse_date(part.strip(), lang) is not None for part in parts)


def parse_date_line(text: str, lang: str | None = None, *, order_hint: str = "") -> DateLine | None:
    """Recognise "Updated: …", "Published 5 March 2025", a bare date, or None.

    Labels come from the language's data file (``updated_labels``,
    ``published_labels``: "Aktualisiert am", "Publié le", "Обновлено"…) as
    well as English and Russian.
    """
    if len(text) > 120:
        return None
    found = _label(text, lang)
    if found is None and text[:1] in "(（" and text[-1:] in ")）":
        # Round 22 (crosslang): "（更新时间：2025-06-18 11:20）", "(Updated: 3 March 2026)":
        # a labelled date the page set in brackets under the story; the label decides.
        found = _label(text[1:-1].strip(), lang)
    if found is not None:
        kind, rest = found
        if not rest or _is_relative(rest, lang):
            return DateLine(kind, None, True)
        reading = read_date(rest, lang, order_hint=order_hint)
        if reading is None and _CLOCK.match(rest) and is_entry_stamp(rest, lang):
            # "Updated: 4:49 p.m." after "Published: Jan. 14, 2015": a time of the same
            # day; the label says it is the page's date row, though it gives no day.
            return DateLine(kind, None, True)
        return DateLine(kind, reading.value, True, reading.rule) if reading else None
    if _is_relative(text, lang):
        return DateLine("published", None, False)
    reading = read_date(text, lang, order_hint=order_hint)
    if reading is None and len(text) <= 60 and text[:1].isalpha():
        reading = _glued_section_date(text, lang, order_hint)
    return DateLine("published", reading.value, False, reading.rule) if reading else None


_GLUED_SECTION = lazy_pattern(r"^[^\W\d_]+(?: [^\W\d_]+){0,2}(?<=[^\W\d_])(?=\d)")
"""A section or category name run into the date by the scraper, no space between them:
"غير مصنف10-1-2021 | 16:29", "Actualidad14/11/2026 - 10:15", "Lokales12.03.2026"."""


def _glued_section_date(text: str, lang: str | None, order_hint: str) -> DateReading | None:
    # Round 22 (tallya): the date of a line whose first one to three words (letters only)
    # are glued to a full date with a year, the rest of the line that date alone (a time
    # may follow). Guard: short lines opening with a letter, a letter directly before the
    # first digit; a date without a year (a day number glued to a word) is none.
    match = _GLUED_SECTION.match(text)
    if match is None:
        return None
    rest = text[match.end() :]
    if not has_year(rest):
        return None
    reading = read_date(rest, lang, order_hint=order_hint)
    return reading if reading is not None and len(reading.value) >= 10 else None


def paired_date_line(
    text: str, lang: str | None = None, *, order_hint: str = ""
) -> tuple[DateLine, DateLine] | None:
    """Two labelled dates on one line, the second after a comma: "Updated March 3 2026 -
    5:41pm, first published 4:30pm" (a clock time alone is a time of the first date's day),
    "Updated 3 March 2026, first published 1 March 2026". Gives both, in the line's order;
    None when the line holds one date or its second part is no labelled date of the other
    kind."""
    if len(text) > 120 or ", " not in text:
        return None
    at = text.find(", ")
    while at > 0:
        head, tail = text[:at], text[at + 2 :]
        found = _label(tail, lang)
        if found is not None:
            first = parse_date_line(head, lang, order_hint=order_hint)
            kind, rest = found
            if first is None or not first.labelled or not first.value or kind == first.kind:
                return None
            reading = read_date(rest, lang, order_hint=order_hint) if rest else None
            if reading is not None and len(reading.value or "") >= 10:
                return first, DateLine(kind, reading.value, True, reading.rule)
            if rest and _CLOCK.match(rest) and is_entry_stamp(rest, lang):
                return first, DateLine(kind, first.value[:10], True, "date.same-day")
            return None
        at = text.find(", ", at + 2)
    return None


# A dateline opens the first paragraph of wire copy and press releases:
# "SPRINGFIELD, Ill. (AP) —", "LONDON, March 12 (Reuters) -", "PORTLAND, Ore., March 3, 2025 —".
_DATELINE = lazy_pattern(
    r"^(?P<head>[A-ZА-ЯЁ][A-ZА-ЯЁ.'’ -]{1,40}(?:,[^—–\n]{1,80}?)?(?:\s\([^()]{1,40}\))?)"
    r"\s+(?:—|–|--|-)\s"
)


_HAN_DATELINE = lazy_pattern(
    r"^(?:[\u4e00-\u9fff]{1,12}\d{1,2}月\d{1,2}日[电電]|本[报報][讯訊]|[\u4e00-\u9fff]{2,8}[讯訊]（)"
)
"""A Chinese agency or paper's dateline: "新华社南京3月12日电", "本报讯", "中新网讯（"."""


_PLACE_DATELINE = lazy_pattern(
    r"^(?P<head>[^\W\d_][^\W\d_'’.()-]*(?:[ -][^\W\d_'’.()-]+){0,4},"
    r"(?: [^\W\d_][^\W\d_.]*\.,)?[^\n,]{0,12}?\b\d{1,2}\b,?[^\n,]{1,24}?\b(?:19|20)\d\d"
    r"(?: r\.| г\.)?(?:\s?\([^()]{1,40}\))?)(?:\s?\.[-–—](?=\s|$)|\s+[–—-]\s(?!\d))"
)
"""The dateline of a press release or a government bulletin, the place in mixed case and
the full date, then a dash: "Berlin, 14. März 2026 – Die Bundesregierung …", "Chicago, March
3, 2026 – …", "Brasília, 12 de março de 2026 – O ministro …", "Lyon, le 14 mars 2026 – …",
"Warszawa, 14 marca 2026 r. – …", and the Latin-American bulletin's ".-" glued to the year
("Xalapa-Enríquez, Ver., 14 de marzo de 2026.- La Secretaría …", "Santiago, 3 de mayo de
2026 (Agencia).-"), or a Spanish town hall's ".–" with an en dash ("SAN TELMO, 3 de
diciembre de 2026.– El Ayuntamiento …"). The place is up to five words without digits, a
state's abbreviation may follow it ("Ver."), and the date holds a day and a year."""


def _dateline_match(text: str) -> re.Match[str] | None:
    head = text[:200]
    match = _DATELINE.match(head)
    if match is None and head[:1].isupper() and "," in head[:60]:
        match = _PLACE_DATELINE.match(head)
        # the month is printed as a word: "Vigo, 02/12/2026 - 23:15" is a date row
        if match is not None and not _MONTH_WORD.search(match.group("head").split(",", 1)[1]):
            match = None
    return match


_MONTH_WORD = lazy_pattern(r"[^\W\d_]{3,}")
_DATELINE_PROSE_WORDS = 12
"""Words of prose after a numeric dateline's dash that tell it from a page's date row."""


def _numeric_dateline_match(text: str) -> re.Match[str] | None:
    # A press release's dateline with the date in figures, then the story in one
    # paragraph ("Lindenau, 14.11.2026 – Die Stadtwerke senken …"): for its date only. A date
    # row ("Vigo, 02/12/2026 - Actualizado") has no sentence after its dash.
    head = text[:200]
    if not (head[:1].isupper() and "," in head[:60]):
        return None
    match = _PLACE_DATELINE.match(head)
    if match is None or len(text[match.end() :].split()) < _DATELINE_PROSE_WORDS:
        return None
    return match


def is_dateline_start(text: str) -> bool:
    """True when a paragraph opens with a wire-style dateline."""
    # Every form opens with a Han character: other scripts never pay for the pattern.
    if "\u4e00" <= text[:1] <= "\u9fff" and _HAN_DATELINE.match(text) is not None:
        return True
    return _dateline_match(text) is not None


_SENTENCE_DATELINE = lazy_pattern(
    r"^(?P<head>[^\W\d_][^\W\d_'’.()-]*(?:[ -][^\W\d_'’.()-]+){0,4},"
    r"[^\n,]{0,12}?\b\d{1,2}\b,?[^\n,]{1,24}?\b(?:19|20)\d\d)\.\s+(?P<next>\w)"
)
"""A dateline that ends as a sentence, the place and the full date, then a full stop and
the story's first sentence: "Villaseca de la Vega, 8 de junio de 2026. Los vecinos …",
"Vila Serrana, 12 de março de 2026. Uma equipa …" (a town paper's or a university's news)."""


def sentence_dateline_date(text: str, lang: str | None = None) -> str | None:
    """The full date of a dateline closed by a full stop (:data:`_SENTENCE_DATELINE`):
    the place in mixed case, the month printed as a word, a capital after the stop."""
    if not text[:1].isupper() or "," not in text[:60]:
        return None
    match = _SENTENCE_DATELINE.match(text[:200])
    if match is None or not match.group("next").isupper():
        return None
    place, _, date = match.group("head").partition(",")
    if place.isupper() or not _MONTH_WORD.search(date):
        return None
    return parse_date(date, lang)


_ARABIC_DATELINE = lazy_pattern(
    r"^[\u0621-\u064a][\u0621-\u065f]*(?: [\u0621-\u065f]+){0,3} ?[،,] ?"
    r"(?P<date>[^\n،,()\-–—]{6,32}?)(?: ?\([^()]{1,30}\))? ?[-–—] ?(?=[\u0621-\u064a])"
)
"""Round 22 (tallya): an Arabic press release's or university news item's dateline, the
place, an Arabic comma, the full date and a dash before the story: "الساحل، 14 نوفمبر 2026 -
أطلقت …" (the script has no capitals, so :data:`_PLACE_DATELINE` cannot see the place)."""


def _arabic_dateline_date(text: str, lang: str | None) -> str | None:
    # The full date of :data:`_ARABIC_DATELINE`; a date without a year is none.
    match = _ARABIC_DATELINE.match(text[:120])
    if match is None:
        return None
    date = match.group("date").strip()
    return parse_date(date, lang) if has_year(date) else None


def dateline_date(text: str, lang: str | None = None) -> str | None:
    """The full date stated in a paragraph's dateline ("PORTLAND, Ore., March 3, 2025 —")."""
    if "\u0621" <= text[:1] <= "\u064a" and ("،" in text[:40] or "," in text[:40]):
        return _arabic_dateline_date(text, lang)
    match = _dateline_match(text) or _numeric_dateline_match(text)
    if match is None:
        return None
    # The agency in brackets or slashes: "(AP)", "(GLOBE NEWSWIRE)", "/PRNewswire/".
    head = re.sub(r"\([^()]*\)|\s/[^/\s][^/]{0,40}/", "", match.group("head"))
    parts = head.split(",")
    # Shortest trailing run of comma-separated parts that is a complete date.
    for start in range(len(parts) - 1, 0, -1):
        value = parse_date(",".join(parts[start:]), lang)
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
_CAPTION_DATE = lazy_pattern(
    rf"\b(?:{_MONTH_RE}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_RE}\s+\d{{4}})\b"
)


def caption_event_date(caption: str, paragraph: str, lang: str | None = None) -> str | None:
    """The full date in a lead photo's caption, when the first paragraph names that same day.

    "… in Brussels, Belgium, on May 28, 2024." with a first paragraph saying
    "… said at a meeting on May 28." gives 2024-05-28 ("… am 28. Mai 2024." and
    "… am 28. Mai" with ``lang="de"``). It is an inference (the page never says
    when it was published), so callers record it as one.
    """
    if lang is not None and primary_subtag(lang) not in {"en", "mul"}:
        return _caption_event_date_in(caption, paragraph, lang)
    for match in _CAPTION_DATE.finditer(caption[:1000]):
        value = parse_date(match.group())
        if value is None:
            continue
        month = MONTH_NAMES[int(value[5:7]) - 1]
        if _names_day(paragraph[:2000], month, str(int(value[8:10]))):
            return value[:10]
    return None


# A word and the number after it, and a number and the word after it, looked for at every
# place of a text (the lookahead matches nothing, so no place is skipped).
_WORD_NUMBER = lazy_pattern(r"\b(?=([^\W\d_]+)(\.?)\s+(\d+))")
_NUMBER_WORD = lazy_pattern(r"(?<!\d)(?=(\d+)\s+(\w*))")


def _names_day(text: str, month: str, day: str) -> bool:
    # Whether ``text`` names the day: ``re.search(rf"\b(?:{month}|{short}\.?)\s+{day}(?!\d)
    # |(?<!\d){day}\s+(?:{month}|{short}\b\.?)", text)`` ("May 28", "Aug. 3", "28 May"), with
    # ``short`` the month's first three letters, read with two fixed patterns instead of one
    # made for each date: compiling that one imported :mod:`re` into a first parse (~12 % of it).
    if day not in text:
        return False
    short = month[:3]
    for found in _WORD_NUMBER.finditer(text):
        word, dot, number = found.groups()
        if number == day and (word == short or (word == month and not dot)):
            return True
    for found in _NUMBER_WORD.finditer(text):
        number, word = found.groups()
        if number == day and (word.startswith(month) or word == short):
            return True
    return False


def _caption_event_date_in(caption: str, paragraph: str, lang: str) -> str | None:
    # :func:`caption_event_date` with the month names of ``lang`` ("5. März 2025", "5 марта").
    months = cues(lang).months
    if not months:
        return None
    forms = "|".join(
        sorted((re.escape(f) for fs in months for f in fs if " " not in f), key=len, reverse=True)
    )
    glue = r"\.?\s+(?:de\s+|del\s+)?"
    found = re.finditer(
        rf"(?<!\d)\d{{1,2}}{glue}(?:{forms})(?![^\W\d_]),?\s+(?:de\s+|del\s+)?\d{{4}}(?!\d)",
        caption[:1000].casefold(),
    )
    for match in found:
        value = parse_date(match.group(), lang)
        if value is None:
            continue
        day = int(value[8:10])
        names = "|".join(re.escape(f) for f in months[int(value[5:7]) - 1] if " " not in f)
        pattern = rf"(?<!\d){day}{glue}(?:{names})(?![^\W\d_])"
        if re.search(pattern, paragraph[:2000].casefold()):
            return value[:10]
    return None


_NOTE_BREAKS = (" : ", ": ", " – ", " — ", ", ")
"""Where an update note's date ends and what changed begins."""
_NOTE_DATE_CHARS = 60
"""How far into an update note its date reaches at most."""
_NOTE_WORDS = 5
"""The fewest words of what changed after an update note's date."""


def update_note_date(text: str, lang: str | None) -> str | None:
    """The date of an update note, a paragraph opening with a labelled update date and
    saying what changed ("Mise à jour du 2 décembre 2026 : Odile … a confirmé …", "Update 3
    December 2026: this story now …", in bold or not); None for any other line."""
    key = text.replace("**", "").replace("__", "").strip()
    labels = cues(lang or "en").updated_labels + cues("en").updated_labels
    if not key.casefold().startswith(labels):
        return None  # the common case, and no date parse (nor its warnings) for it
    if paired_date_line(key, lang) is not None or parse_date_line(key, lang) is not None:
        return None  # "Updated March 3 2026 - 5:41pm, first published 4:30pm": a date row
    for cut in _NOTE_BREAKS:
        at = key.find(cut)
        if not 0 < at <= _NOTE_DATE_CHARS or len(key[at:].split()) < _NOTE_WORDS:
            continue
        if sum(1 for w in key[at:].split() if any(ch.isalpha() for ch in w)) < _NOTE_WORDS - 1:
            # "Aktualizacja: 03.03.2026, 14:52 · Wyświetleń: 5 418": the clock and a view
            # counter after the date are a meta row's, no words saying what changed
            continue
        found = parse_date_line(key[:at], lang)
        if found is not None and found.value and found.kind == "updated" and found.labelled:
            return found.value
    return None


_HEADLINE_LEADING_DATE = lazy_pattern(
    r"((?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d))\s+[-–]\s+"
    r"(?=[^\W\d_])"
)
"""Round 25 (scrapedp): a numeric date and a spaced dash opening a headline's line ("04.11.2022
- Wernisaż wystawy …", "2025-03-12 – …"): a news list's entry page prints its date first."""


def headline_leading_date(title: str, lang: str | None) -> tuple[str, str] | None:
    # Round 25 (scrapedp): "17.03.2026 - Otwarcie wystawy „…” (FOTO)": a small site's news
    # entry prints the date before the headline on one line. The headline without the date
    # and the date's ISO value, or None. The rest must be a headline: three to thirty words,
    # a letter first, no sentence end ("10-09-2012 - Jawel hoor; het seizoen …" opens a
    # teaser's prose). Guard: a figure first and a spaced dash where a date ends (one test
    # in C each); only then the pattern, and the date must read fully.
    if not title[:1].isdigit() or len(title) > 250:
        return None
    if " - " not in title[6:14] and " – " not in title[6:14]:
        return None
    found = _HEADLINE_LEADING_DATE.match(title)
    if found is None:
        return None
    head = title[found.end() :].strip()
    if not 3 <= len(head.split()) <= 30 or any(m in head for m in (". ", "; ", "! ", "? ")):
        return None
    if head.endswith((".", ";", ",", "…")):
        return None
    value = parse_date(found.group(1), lang)
    return (head, value) if value is not None else None
