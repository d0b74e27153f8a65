"""What a printed date says, in any language with a cue file: day, month, year, time, zone.

``read_date_parts("Aktualisiert am 5. März 2025 um 14:30 Uhr"[14:], "de")`` gives
day 5, month 3, year 2025, 14:30. The text is cut into tokens (numbers, words,
times, numeric dates) and every word must be known: a month name of the
language (whole words and the inflected forms listed in the data file, never a
prefix: "магазинов" is not "май"), a weekday, a filler ("um", "Uhr", "г.",
"à"), a time-zone name or a meridiem. One unknown word and the answer is
``UNREAD`` (the caller may ask a library); a date missing its year or day, a
relative date, or a numeric date whose order the language does not decide is
refused outright, because nothing may be filled in or guessed.

Numeric dates: "05.03.2025" (dots) is day-first everywhere; "2025/03/05" is
year-first; "05/03/2025" is unambiguous when one part is above 12, and
otherwise follows the language's ``numeric_date_order`` (day-first for every
language but US English). English without a region does not decide: the
answer is ``AMBIGUOUS``. A two-digit year ("05.03.25") is refused.
"""

from __future__ import annotations

try:  # datetime's C module itself: `import datetime` runs its pure-Python twin first (~4 M
    # instructions, 2 % of a first parse) and then takes these same classes from it
    from _datetime import date
except ImportError:  # an interpreter without it
    from datetime import date

from ... import _re as re
from ..._typing import NamedTuple
from ..scraped.lazyre import lazy_pattern
from .cues import LANGUAGES, Cues, all_cues, cues, primary_subtag

__all__ = ["AMBIGUOUS", "REFUSED", "UNREAD", "DateParts", "date_order", "read_date_parts"]

UNREAD = "unread"
"""Not understood (an unknown word or shape): a date library may still read it."""
REFUSED = "refused"
"""Understood and not a full date: no year or day, relative ("vor 2 Stunden"), 2-digit year."""
AMBIGUOUS = "ambiguous"
"""A numeric date that reads two ways ("12/03/2025") and the language does not say which."""


class DateParts(NamedTuple):
    """A date as the text states it; the time fields are None when no time is printed."""

    year: int
    month: int
    day: int
    hour: int | None
    minute: int | None
    second: int | None
    zone: str | None
    """A time-zone name as printed, upper-case ("CET", "GMT"), or a numeric offset "+01:00"."""
    rule: str
    """How it was read: ``date.names``, ``date.iso``, ``date.cjk``, ``date.numeric-dots``,
    ``date.numeric-ymd``, ``date.numeric-unambiguous``, ``date.numeric-dmy`` or
    ``date.numeric-mdy`` (the language's convention decided), ``date.numeric-dmy-page`` or
    ``date.numeric-mdy-page`` (the page's own, given as a hint)."""


_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９،：\u00a0\u202f\u2009\u0390\u03b0",
    "012345678901234567890123456789,:   \u03ca\u03cb",
)
"""Also Greek "ΐ"/"ΰ" to "ϊ"/"ϋ": casefolded, "ΐ" becomes three code points, two of them
combining marks no word holds, and "Μαΐου" (May, as every Greek date prints it) would split
into "μαι" and "ου" (round 24, morelangs3)."""
_ISO = lazy_pattern(  # casefolded: "T" is "t" here
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})?)?"
)
# Compiled on first use (re's cache): most texts never hold a Chinese date.
_CJK = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"
_CJK_TIME = r"(上午|下午|晚上|早上|中午)?\s*(\d{1,2})\s*[:时時點点]\s*(\d{2})\s*分?"
_MERIDIEM_DOTS = lazy_pattern(r"(?<![^\W\d_])([ap])\.\s?m\.(?![^\W\d_])")
# From the pattern cache on first use: compiling _TOKEN alone took ~5 ms of a first parse.
_TOKEN = lazy_pattern(
    r"(?P<numdate>\d{1,4}([./-])\d{1,2}\2\d{1,4})(?![\d])"
    r"|(?P<time>\d{1,2}(?::\d{2}(?::\d{2})?|[h.]\d{2}| h \d{2}))(?![\d])"
    r"|(?P<num>\d+)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*\.?)"
    r"|(?P<sep>\S)"
)
_ORDINAL = frozenset({"st", "nd", "rd", "th", "er", "e", "º", "ª", "го"})
_AM = frozenset({"am", "ص", "صباحا", "صباحاً", "صباحًا"})
_PM = frozenset({"pm", "م", "مساء", "مساءً", "مساءا", "مساءًا"})


def date_order(lang: str | None) -> str:
    """ "dmy", "mdy" or "" (undecided) for numeric dates in ``lang`` ("en-US" → "mdy")."""
    if not lang:
        return ""
    code = primary_subtag(lang)
    region = lang.replace("_", "-").split("-")[1:2]
    if code == "en" and region:
        # The US (and a few places following it) write month first; every other English
        # region writes day first.
        return "mdy" if region[0].upper() in {"US", "PH", "FM", "MH", "PW"} else "dmy"
    if code == "mul":
        return ""
    if code == "en" or code in LANGUAGES:
        return cues(code).numeric_date_order
    return "dmy"  # day first everywhere but the US


def _lexicon(lang: str | None) -> tuple[Cues, ...]:
    """The cue sets whose months, weekdays and fillers a date in ``lang`` may use.

    English is always among them (dates in English appear on every site), then the
    language's ``date_sibling_languages`` (a Ukrainian page's Russian date line); no
    language means English and Russian, what the reader knew before it had data
    files; "mul" means every language.
    """
    if lang is None:
        return (cues("en"), cues("ru"))
    code = primary_subtag(lang)
    if code == "mul":
        return (all_cues(),)
    if code == "en":
        return (cues("en"),)
    own = cues(code)
    if own.date_sibling_languages:  # a Ukrainian page's Russian date line, and back
        return (own, cues("en"), *(cues(other) for other in own.date_sibling_languages))
    return (own, cues("en"))


def read_date_parts(
    text: str,
    lang: str | None = None,
    zones: frozenset[str] = frozenset(),
    order_hint: str = "",
) -> DateParts | str:
    """The date ``text`` states, as :class:`DateParts`, or ``UNREAD``/``REFUSED``/``AMBIGUOUS``.

    ``zones`` are the upper-case time-zone names the caller can turn into an offset.
    ``order_hint`` ("dmy"/"mdy") is the page's own convention, used when the language
    has none (English without a region); its rule ends in ``-page``.
    """
    folded = _MERIDIEM_DOTS.sub(r"\1m", text.translate(_DIGITS).casefold()).strip(" ,;|·-–—")
    if ". " in folded:
        # "12. 3. 2026" (Czech, Slovak, German, Hungarian pages): the dotted date with a
        # space after each dot reads as the dotted date it is, day first.
        folded = _SPACED_DOTS.sub(r"\1.\2.\3", folded)
        dot = folded.find(". ")
        if dot >= 4 and folded[dot - 4 : dot].isdigit():
            # "2027. 03. 04. 14:02" (Hungarian pages): year first, each part closed by a
            # dot and a space; read as the dotted year-first date "2027.03.04" (round 24,
            # morelangs3). "2024. 16.50H" (a year, then a time) has no such parts.
            folded = _SPACED_DOTS_YMD.sub(r"\1.\2.\3", folded)
    iso = _ISO.fullmatch(folded)
    if iso is not None:
        return _iso(iso)
    if "年" in folded:
        return _cjk(folded)
    parts = _tokens(folded, lang, zones, order_hint)
    if parts == UNREAD and _OTHER_ERA_YEAR.search(folded):
        return _dual_calendar(folded, lang, zones, order_hint)
    return parts


_SPACED_DOTS = lazy_pattern(r"(?<![\d.])(\d{1,2})\. ?(\d{1,2})\. ?((?:19|20)\d\d)(?![\d.])")
_SPACED_DOTS_YMD = lazy_pattern(r"(?<![\d.])((?:19|20)\d\d)\. (\d{1,2})\. (\d{1,2})\.(?!\d)")


# A four-digit year no Gregorian news date has: the Hijri year ("1448 هـ") printed
# beside the Gregorian date on Arabic pages, or the Solar Hijri year of Persian ones.
_OTHER_ERA_YEAR = lazy_pattern(r"(?<!\d)1[34]\d\d(?!\d)")
_CALENDAR_SEPARATOR = lazy_pattern(r"\s+[-–—|/]\s+|,")


def _dual_calendar(
    folded: str, lang: str | None, zones: frozenset[str], hint: str
) -> DateParts | str:
    """The Gregorian half of a date printed in two calendars, else ``UNREAD``.

    "14 جمادى الآخرة 1448 هـ، الموافق 24 نوفمبر 2026 م" and "1448/06/20هـ - 2026/11/30م"
    state one day twice; the halves are cut at the separator between them and the half
    that reads as a full date with a Gregorian year is the date. The other calendar's
    month names are not in the data files, so its half never reads as a date.
    """
    for segment in _CALENDAR_SEPARATOR.split(folded):
        parts = _tokens(segment.strip(" ,;|·-–—"), lang, zones, hint)
        if isinstance(parts, DateParts) and 1800 <= parts.year <= 2100:
            return parts
    return UNREAD


def _iso(match: re.Match[str]) -> DateParts | str:
    year, month, day, hour, minute, second, zone = match.groups()
    if not _valid(int(year), int(month), int(day)):
        return UNREAD
    if zone is not None:
        zone = "+00:00" if zone == "z" else f"{zone[:3]}:{zone[-2:]}"
    return DateParts(
        int(year), int(month), int(day),
        int(hour) if hour else None, int(minute) if minute else None,
        int(second) if second else (0 if hour and zone else None), zone, "date.iso",
    )  # fmt: skip


def _cjk(folded: str) -> DateParts | str:
    match = re.search(_CJK, folded)
    if match is None:
        return UNREAD
    year, month, day = (int(part) for part in match.groups())
    rest = folded[: match.start()] + " " + folded[match.end() :]
    hour = minute = None
    clock = re.search(_CJK_TIME, rest)
    if clock is not None:
        half, hour_text, minute_text = clock.groups()
        hour, minute = int(hour_text), int(minute_text)
        if half in {"下午", "晚上"} and hour < 12:
            hour += 12
        rest = rest[: clock.start()] + rest[clock.end() :]
    weekdays = {form for forms in cues("zh").weekdays for form in forms}
    leftover = re.sub(r"[\s,，.。:：()（）|·/\-–—]+", " ", rest).split()
    if any(word not in weekdays and word not in {"发布", "更新", "时间"} for word in leftover):
        return UNREAD
    if not _valid(year, month, day) or (hour is not None and not _valid_time(hour, minute, 0)):
        return UNREAD
    second = 0 if hour is not None else None
    return DateParts(year, month, day, hour, minute, second, None, "date.cjk")


def _tokens(
    folded: str, lang: str | None, zones: frozenset[str], hint: str, wide: bool = False
) -> DateParts | str:
    lexicon = _lexicon(lang)
    # Without a language, a date whose only unknown words are another language's fillers
    # ("05.03.2025, 17.32 Uhr") is read again with every language's fillers and weekdays;
    # month names stay English and Russian, as before languages had data files.
    fillers = (all_cues(),) if wide else lexicon
    folded = _join_month_phrases(lexicon, folded)
    numbers: list[str] = []
    month: int | None = None
    times: list[str] = []
    numeric: list[tuple[str, str]] = []
    zone: str | None = None
    meridiem = ""
    unknown = False
    previous = ""
    for match in _TOKEN.finditer(folded):
        kind = match.lastgroup
        token = match.group()
        if kind == "numdate":
            numeric.append((token, match.group(2)))
        elif kind == "time":
            times.append(token)
        elif kind == "num":
            numbers.append(token)
        elif kind == "word":
            word = token.rstrip(".")
            if previous == "time" and (word in _AM or word in _PM):
                meridiem = "pm" if word in _PM else "am"
            elif previous == "num" and word in _ORDINAL:
                pass  # "4th", "1er"
            elif (
                previous == "num"
                and folded[match.start() - 1] == "-"
                and _is_filler(fillers, "-" + word)
            ):
                # Round 25 (dateforms): a case ending hyphened to the day number
                # ("2027. március 4-én", "5-án"): the language's ``date_fillers`` list it
                # with its hyphen ("-én", "-án"), and the hyphen is a token of its own here
                pass
            elif (found := _month(lexicon, token)) is not None:
                if month is not None and found != month:
                    return UNREAD
                month = found
            elif zones and token.upper().rstrip(".") in zones:
                zone = token.upper().rstrip(".")
            elif _is_relative(fillers, word):
                return REFUSED
            elif not _is_filler(fillers, token):
                unknown = True
        if not (kind == "sep" and token == "-" and previous == "num"):  # "5-го"
            previous = kind or ""
    if unknown:
        if lang is None and not wide:
            return _tokens(folded, lang, zones, hint, wide=True)
        return UNREAD
    if numeric:
        return _numeric(numeric, numbers, month, times, meridiem, zone, lang, hint)
    return _named(numbers, month, times, meridiem, zone)


def _named(
    numbers: list[str], month: int | None, times: list[str], meridiem: str, zone: str | None
) -> DateParts | str:
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) + len(days) != len(numbers) or len(years) > 1 or len(days) > 1:
        return UNREAD
    if month is None or not years or not days:
        return REFUSED if not years or not days else UNREAD  # "May 2024", "28 May"
    year, day = int(years[0]), int(days[0])
    if not 1800 <= year <= 2100 or not _valid(year, month, day):
        return UNREAD  # no such day: a library decides, as dateutil always did
    return _with_time(year, month, day, times, meridiem, zone, "date.names")


def _numeric(
    numeric: list[tuple[str, str]],
    numbers: list[str],
    month: int | None,
    times: list[str],
    meridiem: str,
    zone: str | None,
    lang: str | None,
    hint: str,
) -> DateParts | str:
    if len(numeric) > 1 or numbers or month is not None:
        return UNREAD
    token, separator = numeric[0]
    first, second, third = token.split(separator)
    if len(first) == 4:
        year, month, day, rule = int(first), int(second), int(third), "date.numeric-ymd"
    elif len(third) != 4:
        return REFUSED  # "05.03.25": the century is not printed
    else:
        year, a, b = int(third), int(first), int(second)
        if separator == ".":
            (day, month), rule = (a, b), "date.numeric-dots"
        elif a > 12 >= b or a == b:
            (day, month), rule = (a, b), "date.numeric-unambiguous"
        elif b > 12 >= a:
            (day, month), rule = (b, a), "date.numeric-unambiguous"
        else:
            order = date_order(lang)
            rule = f"date.numeric-{order}"
            if not order and hint in {"dmy", "mdy"}:
                order, rule = hint, f"date.numeric-{hint}-page"
            if not order:
                return AMBIGUOUS
            day, month = (a, b) if order == "dmy" else (b, a)
    if not 1800 <= year <= 2100 or not _valid(year, month, day):
        return UNREAD
    return _with_time(year, month, day, times, meridiem, zone, rule)


def _with_time(
    year: int, month: int, day: int, times: list[str], meridiem: str, zone: str | None, rule: str
) -> DateParts | str:
    if len(times) > 1:
        return UNREAD
    if not times:
        return DateParts(year, month, day, None, None, None, None, rule)
    parts = [int(part) for part in re.split(r"[:h.]", times[0])]
    hour, minute, second = parts[0], parts[1], parts[2] if len(parts) > 2 else 0
    if meridiem:
        if not 1 <= hour <= 12:
            return UNREAD
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if not _valid_time(hour, minute, second):
        return UNREAD
    return DateParts(year, month, day, hour, minute, second, zone, rule)


def _join_month_phrases(lexicon: tuple[Cues, ...], folded: str) -> str:
    """Month names of two words ("كانون الثاني") replaced by a one-word form of that month."""
    for one in lexicon:
        for forms in one.months:
            single = next((form for form in forms if " " not in form), None)
            for form in forms:
                if " " in form and single and form in folded:
                    folded = folded.replace(form, single)
    return folded


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _valid_time(hour: int, minute: int | None, second: int) -> bool:
    return 0 <= hour < 24 and minute is not None and 0 <= minute < 60 and 0 <= second < 60


def _month(lexicon: tuple[Cues, ...], token: str) -> int | None:
    for one in lexicon:
        found = one.month_number(token)
        if found is not None:
            return found
    return None


def _is_filler(lexicon: tuple[Cues, ...], token: str) -> bool:
    word = token.rstrip(".")
    return any(
        token in one.date_fillers
        or word in one.date_fillers
        or word in one.relative_days
        or one.weekday_number(token) is not None
        for one in lexicon
    )


def _is_relative(lexicon: tuple[Cues, ...], word: str) -> bool:
    # Only the word that makes a date relative ("ago", "vor", "назад"): a unit ("h") or a
    # day word ("today") may stand in a full date ("Today, 5 March 2025, 14:30 h").
    return any(word in one.relative_words for one in lexicon)
