"""The page header between the headline and the body: dek, bylines, dates, lead photos.

Scraped pages put the standfirst, the lead photo's caption, the byline and the
dates in some order right after the headline. The header is the run of lines
up to the last byline or date line, looked for among the first lines only and
never past the second line of prose (the dek is at most one) or a dateline,
which always opens the body.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from contextvars import ContextVar

from ..language import cues
from .bylines import Byline, parse_byline, parse_posted_by
from .captions import is_explicit_caption, split_caption
from .cuewords import ChromeCues
from .dates import DateLine, is_dateline_start, parse_date, parse_date_line
from .lazyre import lazy_pattern
from .lines import Line, unwrap
from .names import is_name, is_role_line

__all__ = ["Header", "is_breaking_banner", "read_header"]

_LOOKAHEAD = 14
"""How many lines after the headline can still belong to the header."""


class Header:
    """What the header held; ``consumed`` are the line indexes it used up."""

    # A plain class, not a dataclass: generating a dataclass's methods costs every
    # command that parses an article a fraction of a millisecond at import.
    __slots__ = ("bylines", "consumed", "dates", "last", "roles", "subtitle")

    def __init__(self) -> None:
        self.subtitle: Line | None = None
        self.bylines: list[tuple[Line, Byline]] = []
        # (line, index of the person in the bylines' combined list, role).
        self.roles: list[tuple[Line, int, str]] = []
        # (line, kind, ISO value, rule).
        self.dates: list[tuple[Line, str, str, str]] = []
        self.consumed: set[int] = set()
        # Index of the last header line, -1 when the page has no header.
        self.last = -1


class _Entry:
    __slots__ = ("byline", "date_kind", "index", "kind", "line", "rule", "value")

    def __init__(
        self,
        index: int,
        line: Line,
        kind: str,  # prose, caption, byline, name, role, date, datemark, place
        byline: Byline | None = None,
        date_kind: str = "published",
        value: str | None = None,
        rule: str = "",
    ) -> None:
        self.index = index
        self.line = line
        self.kind = kind
        self.byline = byline
        self.date_kind = date_kind
        self.value = value
        self.rule = rule


_ORDER: ContextVar[str] = ContextVar("date_order", default="")
"""The page's numeric date order ("dmy", "mdy" or ""), for dates like "03/10/2024"."""
_SEPARATORS = (" | ", " · ", " • ", " — ", " – ")
# "Published March 5, 2025 Updated March 6, 2025": two labelled dates with nothing between.
_SECOND_LABEL = lazy_pattern(r"\s(?=(?:Updated|Last updated|Last modified)\b)")
_UNREAD_DATE = lazy_pattern(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b"
    r"|\b\d{1,2}[.h]\d{2}(?:\s*Uhr)?$|\d{4}年"
)
_SENTENCE_END = (".", "!", "?", "…", "。")
_PICTURE_CREDIT = lazy_pattern(
    r"(?i)^(?:photo|photograph|picture|illustration|image|video)s?\b.*\bby\b"
)
_YEAR = lazy_pattern(r"\b(?:19|20)\d{2}\b")
_REPORTING_FROM = lazy_pattern(r"^(?:Reporting|Reported|Writing) from [A-ZА-ЯЁ][^.]{0,80}$")


def _classify(
    index: int, line: Line, pending: str | None, chrome: ChromeCues | None = None
) -> list[_Entry]:
    """Classify a header line; "By Jane Roe | May 5, 2025" gives a byline and a date."""
    if len(line.text) <= 200:
        for separator in _SEPARATORS:
            if separator in line.text:
                entries: list[_Entry] = []
                for part in line.text.split(separator):
                    part = part.strip()
                    if part and not _PICTURE_CREDIT.match(part):
                        found = _classify_text(index, line, part, pending, chrome)
                        if found[0].kind in {"undated", "label"}:
                            # "Last reviewed 8 November 2024": a label the data lacks
                            found = _around_date(index, line, pending, chrome, part) or found
                        entries.extend(found)
                if (
                    entries
                    and all(
                        e.kind in {"byline", "name", "date", "datemark", "undated", "label"}
                        for e in entries
                    )
                    and any(
                        e.kind in {"byline", "name", "date", "datemark", "undated"} for e in entries
                    )
                ):
                    return entries
                break
        parts = _SECOND_LABEL.split(line.text)
        if len(parts) != 2 and chrome is not None:
            parts = _split_at_updated(line.text, chrome.updated_labels)
        if len(parts) == 2:
            # Each part is read as a line of its own: "Par Claire Dumas - Publié le …".
            pieces = [Line(line.number, part, line.blank_before) for part in parts]
            entries = [e for piece in pieces for e in _classify(index, piece, pending, chrome)]
            kinds = {e.kind for e in entries}
            if kinds <= _FURNITURE and "date" in kinds:
                return entries
    whole = _classify_text(index, line, line.text, pending, chrome)
    if whole[0].kind in {"prose", "label", "name", "role", "undated"} and len(line.text) <= 160:
        around = _around_date(index, line, pending, chrome)
        if around is not None:
            return around
    return whole


def is_breaking_banner(text: str, lang: str) -> bool:
    """True for a breaking-news banner over the page: "FIRST ALERT: Red flag warning …",
    "عاجل: …", "Eilmeldung: …" — a label of the page's language (or English), a colon,
    and another story's headline."""
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(label) > 30:
        return False
    folded = label.strip().casefold()
    return folded in cues(lang).breaking_labels or folded in cues("en").breaking_labels


def _around_date(
    index: int, line: Line, pending: str | None, chrome: ChromeCues | None, text: str = ""
) -> list[_Entry] | None:
    """A date inside a line of header furniture: "Valencia - 05 mar 2025 - 14:30 CET",
    "Tomasz Wielgosz Food Editor Thursday 19 June 2025", "05/03/2025 14h30 Atualizado há
    2 horas", "来源：天府新闻网　作者：王晓明　发布时间：2025-03-04 09:15".

    The longest run of words around a year that reads as a date is the date; what
    stands before and after it, cut at the page's separators, must each be header
    furniture (a byline, a name, a role, a place or a short label) — never prose.
    "Pubblicato il 18 maggio 2025 da Lucia Ferrandi" is the "Posted on … by …"
    shape of any language: a short lowercase word before a name after the date.
    """
    words = _WORD_GAP.split(text or line.text)
    years = [k for k, word in enumerate(words) if _ANY_YEAR.search(word)]
    if not years or len(years) > 3:
        return None
    lang = chrome.lang if chrome is not None else None
    order = _ORDER.get()
    best: tuple[int, int, DateLine] | None = None
    for year in years:
        for start in range(max(0, year - 4), year + 1):
            for end in range(min(len(words), year + 5), year, -1):
                if best is not None and end - start <= best[1] - best[0]:
                    break
                span = " ".join(words[start:end]).strip(_FURNITURE_PUNCTUATION)
                dated = parse_date_line(span, lang, order_hint=order)
                if dated is not None and dated.value is not None:
                    best = (start, end, dated)
                    break
    if best is None:
        return None
    start, end, dated = best
    kind = pending if (pending and not dated.labelled) else dated.kind
    rule = "date.labelled" if dated.labelled else "date.in-line"
    date_entry = _Entry(index, line, "date", date_kind=kind, value=dated.value, rule=rule)
    before = _furniture(index, line, words[:start], chrome, after=False)
    after = _furniture(index, line, words[end:], chrome, after=True)
    if before is None or after is None:
        return None
    return [*before, date_entry, *after]


def _furniture(
    index: int, line: Line, words: list[str], chrome: ChromeCues | None, *, after: bool
) -> list[_Entry] | None:
    """The entries of the words beside a date, or None when one piece is prose."""
    entries: list[_Entry] = []
    for piece in _PIECES.split(" ".join(words)):
        piece = piece.strip(_FURNITURE_PUNCTUATION)
        if not piece:
            continue
        found = (after and _posted_by(index, line, piece)) or _classify_text(
            index, line, piece, None, chrome
        )
        if found[0].kind == "caption" and len(piece.split()) <= 4:
            found = [_Entry(index, line, "label")]  # "Mérida / Madrid": places, not a credit
        if not all(e.kind in _FURNITURE for e in found):
            return None
        if found[0].kind in {"name", "role"}:
            found = _name_and_role(index, line, piece, chrome) or found
        entries.extend(found)
    return entries


def _name_and_role(
    index: int, line: Line, text: str, chrome: ChromeCues | None, kind: str = "byline"
) -> list[_Entry] | None:
    # "Tomasz Wielgosz Food Editor", "Beatriz Lorca Product Lead, Mobile" (the spaces
    # between the two columns collapsed): a name, then its role, with nothing between.
    name, comma, role = text.partition(",")
    if comma and is_name(name.strip()) and _is_role(role.strip(), chrome):
        # "Daniel Fairweather, Engineering Manager, Edge"
        byline = Byline(((name.strip(), role.strip()),), "byline.name-role")
        return [_Entry(index, line, kind, byline=byline)]
    words = text.split()
    for cut in range(2, min(len(words), 5)):
        name, role = " ".join(words[:cut]), " ".join(words[cut:])
        if is_name(name) and _is_role(role, chrome) and not _is_role(name, chrome):
            byline = Byline(((name, role),), "byline.name-role")
            return [_Entry(index, line, kind, byline=byline)]
    return None


def _people_with_roles(
    index: int, line: Line, text: str, chrome: ChromeCues | None
) -> list[_Entry] | None:
    # "Owain Pritchard Environment editor and Sadia Khanom": each person with or without
    # the title printed after the name, joined by "and" (any language the reader knows).
    for word in _AND_WORDS:
        parts = text.split(f" {word} ")
        if len(parts) < 2:
            continue
        people: list[tuple[str, str | None]] = []
        for part in (p.strip(" ,") for p in parts):
            if is_name(part) and not _is_role(part, chrome):
                people.append((part, None))
                continue
            both = _name_and_role(index, line, part, chrome)
            if both is None or both[0].byline is None:
                return None
            people.extend(both[0].byline.people)
        return [_Entry(index, line, "name", byline=Byline(tuple(people), "byline.name-role"))]
    return None


def _is_role(text: str, chrome: ChromeCues | None) -> bool:
    """A short job-title line: the reader's own role words or the page language's
    ("Product Lead, Mobile", "Heating engineer", "Redakteurin")."""
    if is_role_line(text):
        return True
    if chrome is None or len(text) > 60 or text.endswith(_SENTENCE_END) or len(text.split()) > 6:
        return False
    roles = _role_words(chrome.lang)
    return any(word in roles for word in _words(text))


def _ends_with_role(text: str, chrome: ChromeCues | None) -> bool:
    found = _words(text)
    return bool(found) and found[-1] in _role_words(chrome.lang if chrome else "en")


def _words(text: str) -> list[str]:
    return [word.strip(".,;:()").casefold() for word in text.split()]


@functools.cache
def _role_words(lang: str) -> frozenset[str]:
    """One-word role nouns of ``lang`` and English, from the language data files."""
    found = {*cues(lang).role_words, *cues("en").role_words}
    return frozenset(word for word in found if " " not in word)


_FURNITURE = {"byline", "name", "date", "datemark", "undated", "label", "role", "place"}
_FURNITURE_PUNCTUATION = " ,;|·•-–—"
_WORD_GAP = lazy_pattern(r"[ \u3000]+")
_PIECES = lazy_pattern(r"\s*[|·•—–]\s*|\s+-\s+|\u3000+")
_ANY_YEAR = lazy_pattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _posted_by(index: int, line: Line, text: str) -> list[_Entry] | None:
    # "da Lucia Ferrandi", "par Anne Roy", "door Eva Smit": one short lowercase word, a name.
    first, _, rest = text.partition(" ")
    if not first.isalpha() or not first.islower() or len(first) > 5:
        return None
    byline = parse_byline("By " + rest)
    if byline is None:
        return None
    return [_Entry(index, line, "byline", byline=byline)]


def _classify_text(
    index: int, line: Line, text: str, pending: str | None, chrome: ChromeCues | None = None
) -> list[_Entry]:
    lang = chrome.lang if chrome is not None else None
    order = _ORDER.get()
    if _REPORTING_FROM.match(text):
        return [_Entry(index, line, "place")]
    posted = parse_posted_by(text)
    if posted is not None:
        date_text, byline = posted
        value = parse_date(date_text, lang, order_hint=order)
        out = [_Entry(index, line, "byline", byline=byline)]
        if value is not None:
            out.append(_Entry(index, line, "date", value=value, rule="date.posted-by"))
        return out
    dated = parse_date_line(text, lang, order_hint=order)
    if dated is not None:
        kind = pending if (pending and not dated.labelled) else dated.kind
        if dated.value is None:
            return [_Entry(index, line, "datemark", date_kind=dated.kind)]
        rule = "date.labelled" if dated.labelled else "date.line"
        if pending and not dated.labelled:
            rule = "date.after-label"
        return [_Entry(index, line, "date", date_kind=kind, value=dated.value, rule=rule)]
    if (
        len(text.split()) <= 10
        and sum(1 for w in text.split() if w[:1].islower()) <= 5
        and not text.endswith(".")
        and text[:1] not in "-*•–"
        and (_UNREAD_DATE.search(text) or _month_and_year(text, chrome))
    ):
        # A date line the date rules cannot read ("Mi 05.03.2025 – 17.32 Uhr"): header
        # furniture all the same; it fills no field, since no date is ever guessed.
        return [_Entry(index, line, "undated")]
    if _PICTURE_CREDIT.match(text):
        return [_Entry(index, line, "label")]  # "Photographs by Ewan Latto": not the writer
    byline = parse_byline(text) or _organisation_byline(text)
    if (byline is None or byline.rule != "byline.by-prefix") and chrome is not None:
        # "Von Anna Berg, dpa", "Door Lisa Mulder", "Автор: …": the page language's prefix.
        prefix = chrome.byline_prefix(text)
        if prefix is not None and prefix.casefold() not in {"by", "posted by"}:
            rest = text[len(prefix) :].strip(" :：")
            byline = parse_byline("By " + rest) or _one_word_byline(rest) or byline
    if (
        (byline is None or byline.rule != "byline.by-prefix")
        and chrome is not None
        and len(text.split()) <= 8
    ):
        byline = _inner_prefix_byline(text, chrome.byline_prefixes) or byline
    if byline is None and chrome is not None and _has_han(text):
        byline = _han_byline(text, chrome.byline_prefixes)
    if byline is not None and byline.rule == "byline.by-prefix":
        return [_Entry(index, line, "byline", byline=_with_role(byline, text, chrome))]
    if split_caption(text) is not None:
        return [_Entry(index, line, "caption")]
    role = _is_role(text, chrome)
    if role and len(text.split()) <= 14:
        several = _people_with_roles(index, line, text, chrome)
        if several is not None:
            return several
    # A name and a title of the page's language on one line ("Beatriz Lorca Product Lead,
    # Mobile"); a newsroom title alone ("Local Democracy Reporter") is left a role line.
    if role and not is_role_line(text) and len(text.split()) <= 8:
        both = _name_and_role(index, line, text, chrome, kind="name")
        if both is not None:
            return both
    # A job title ends with its head noun ("Local Democracy Reporter"); a name does not.
    head = text.split(",")[0].split("(")[0].strip()
    role_like = role and (not is_name(head) or (head == text and _ends_with_role(text, chrome)))
    if byline is not None and not role_like and not _has_share_word(text, chrome):
        return [_Entry(index, line, "name", byline=byline)]
    if role:
        return [_Entry(index, line, "role")]
    if len(text.split()) <= 6 and len(text) <= 80 and not text.endswith(_SENTENCE_END):
        # "Sabadell", "Copy link", "1245 views", "Aus der Ausgabe Nr. 11/2025": a place,
        # a widget or a label, not the dek.
        return [_Entry(index, line, "label")]
    return [_Entry(index, line, "prose")]


_SMALL_WORDS = frozenset(["the", "of", "and", "for", "&"])
# "and" in the languages the reader knows, and a comma: the line goes on below.
_AND_WORDS = ("and", "&", "und", "et", "y", "e", "en", "i", "oraz", "и", "і", "та")
_GOES_ON = (*(f" {word}" for word in _AND_WORDS), ",")


def _organisation_byline(text: str) -> Byline | None:
    # "By The Associated Press", "By Staff of the Ledger": an organisation signs the story.
    if not text.startswith(("By ", "by ")) or len(text) > 60:
        return None
    rest = text[3:].strip()
    words = rest.split()
    if not 2 <= len(words) <= 6 or rest.endswith(_SENTENCE_END):
        return None
    if words[-1] in _SMALL_WORDS:
        return None  # "By Marcus Oyelaran and": a byline wrapped onto the next line
    if words[0][:1].isupper() and all(
        word[:1].isupper() or word in _SMALL_WORDS for word in words
    ):
        return Byline(((rest, None),), "byline.by-prefix")
    return None


def _split_at_updated(text: str, labels: tuple[str, ...]) -> list[str]:
    """ "Publié le 12/04/2025, mis à jour le 12/04/2025" → the two dates, at the label."""
    folded = text.casefold()
    for label in labels:
        at = folded.find(label, 1)
        if at > 0 and not folded[at - 1].isalpha() and label[:1].isalpha():
            return [text[:at].rstrip(" ,;|·-–—"), text[at:]]
    return [text]


def _has_share_word(text: str, chrome: ChromeCues | None) -> bool:
    # "Facebook Email X LinkedIn" is shaped like a name; it is a row of share buttons.
    return chrome is not None and any(word.casefold() in chrome.share for word in text.split())


def _month_and_year(text: str, chrome: ChromeCues | None) -> bool:
    """A year and a month name of the page's language: "Pubblicato il 18 maggio 2025"."""
    if chrome is None or not _YEAR.search(text):
        return False
    return any(word.strip(".,") in chrome.months for word in text.casefold().split())


def _has_han(text: str) -> bool:
    # A character loop, not a pattern: compiling the Han range costs more than a header.
    return not text.isascii() and any("\u4e00" <= ch <= "\u9fff" for ch in text)


_HAN_NAME = lazy_pattern(r"\s*([\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff]{2})")


def _inner_prefix_byline(text: str, prefixes: tuple[str, ...]) -> Byline | None:
    """A byline prefix inside a short line: "Ein Artikel von Petra Vollmer", "Texto de Ana"."""
    key = text.casefold()
    for prefix in prefixes:
        if " " in prefix or not prefix.isalpha():
            continue
        at = key.find(f" {prefix} ")
        if at > 0:
            found = parse_byline("By " + text[at + len(prefix) + 2 :].strip())
            if found is not None:
                return found
    return None


def _one_word_byline(rest: str) -> Byline | None:
    # "Por Redacción", "Von dpa": one capitalised word after a byline prefix.
    if rest and " " not in rest and rest[0].isupper() and len(rest) <= 30 and rest.isalpha():
        return Byline(((rest, None),), "byline.by-prefix")
    return None


def _han_byline(text: str, prefixes: tuple[str, ...]) -> Byline | None:
    """Names after Chinese byline words: "记者 刘洋 通讯员 周敏", "記者林怡君／台北報導"."""
    if len(text) > 80:
        return None
    found: list[tuple[int, str]] = []
    for prefix in prefixes:
        start = 0
        while (at := text.find(prefix, start)) >= 0:
            start = at + len(prefix)
            match = _HAN_NAME.match(text, start)
            if match and all(match.group(1) != name for _, name in found):
                found.append((match.start(1), match.group(1)))
    people = [(name, None) for _, name in sorted(found)]  # in the order printed
    if not people or (not _has_han(text[:1]) and not text.startswith(prefixes)):
        return None
    return Byline(tuple(people), "byline.by-prefix")


def _caption_of(line: Line | None) -> str | None:
    parts = split_caption(line.text) if line is not None else None
    return parts.caption.casefold().rstrip(" .") if parts and parts.caption else None


def _is_caption_twin(line: Line, before: Line | None, after: Line | None) -> bool:
    """A prose line repeating the caption next to it is that caption printed twice."""
    folded = line.text.casefold().rstrip(" .")
    return folded in (_caption_of(before), _caption_of(after))


def read_header(
    lines: list[Line],
    candidates: list[int],
    counts: Counter[str],
    chrome: ChromeCues | None = None,
    date_order: str = "",
) -> Header:
    """Read the header from ``candidates`` (indexes of unused lines after the headline).

    ``counts`` holds how often each case-folded line occurs in the page: a bare
    name that is printed again later (in the author block) is a byline.
    """
    token = _ORDER.set(date_order)
    try:
        return _read_header(lines, candidates, counts, chrome)
    finally:
        _ORDER.reset(token)


def _with_role(byline: Byline, text: str, chrome: ChromeCues | None) -> Byline:
    # "Written by Kwabena Osei-Bonsu, Heating engineer": a title of the page's language
    # after the one name, which the newsroom role words do not know.
    if len(byline.people) != 1 or byline.people[0][1] is not None:
        return byline
    _name, comma, rest = text.partition(",")
    if comma and _is_role(rest.strip(), chrome):
        return Byline(((byline.people[0][0], rest.strip()),), byline.rule)
    return byline


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0].strip(".,").casefold()


def _is_byline_label(text: str, chrome: ChromeCues | None) -> bool:
    """A byline prefix alone on its line ("From:", "Autor:", "By"): the names are below."""
    if chrome is None or len(text) > 20:
        return False
    key = text.casefold().rstrip(" :：")
    return bool(key) and any(key == prefix.rstrip(" :：") for prefix in chrome.byline_prefixes)


def _listed_byline(text: str) -> Byline | None:
    """The names under a byline label: "Department for Rivers and Coasts, Environment
    Protection Office and Rt Hon Ellen Marsh MP" — a list cut at its commas and at its
    last "and", so that a name holding "and" stays whole."""
    if len(text) > 200 or text.endswith(_SENTENCE_END):
        return None
    parts = [part.strip() for part in text.split(", ")]
    for word in _AND_WORDS:
        head, joint, tail = parts[-1].rpartition(f" {word} ")
        if joint:
            parts[-1:] = [head.strip(), tail.strip()]
            break
    if not all(part[:1].isupper() and len(part.split()) <= 8 for part in parts):
        return None
    return Byline(tuple((part, None) for part in parts), "byline.after-label")


def _wrapped_paragraphs(lines: list[Line], months: frozenset[str] = frozenset()) -> dict[int, Line]:
    """Line number → the paragraph that starts there, its wrapped lines re-joined.

    The lines of a paragraph are joined only when each line but the last fits a wrap
    width (at most 100 characters) and ends no sentence, and each further line goes
    on in lower case (the rest of a clause), follows a line ending in "and" or a
    comma ("By Marcus Oyelaran and" / "Delia Frost"), or is a date cut after its day
    ("Last reviewed 8" / "November 2024"): a dek over a photo widget, or a
    byline over its date lines, on a page whose body alone was wrapped stay lines of
    their own.
    """
    joined = unwrap(lines, keep=is_explicit_caption)
    out: dict[int, Line] = {}
    position = {line.number: k for k, line in enumerate(lines)}
    ends = [position[line.number] for line in joined[1:]] + [len(lines)]
    for paragraph, end in zip(joined, ends, strict=True):
        group = lines[position[paragraph.number] : end]
        if len(group) == 1 or (
            all(len(ln.text) <= 100 and not ln.text.endswith(_SENTENCE_END) for ln in group[:-1])
            and all(
                ln.text[:1].islower()
                or above.text.endswith(_GOES_ON)
                or (above.text[-1:].isdigit() and _first_word(ln.text) in months)
                for above, ln in itertools.pairwise(group)
            )
        ):
            out[paragraph.number] = paragraph
        else:
            out.update((line.number, line) for line in group)
    # A short line ending in "and" goes on below even where the wrap tool left it short
    # (its link markup taken off): "By [Marcus Oyelaran](…) and" / "[Delia Frost](…)".
    for above, line in itertools.pairwise(lines):
        first = out.get(above.number)
        if (
            first is not None
            and line.number in out
            and not line.blank_before
            and len(first.text) <= 100
            and first.text.endswith(_GOES_ON[:-1])
        ):
            out[above.number] = Line(first.number, f"{first.text} {line.text}", first.blank_before)
            del out[line.number]
    return out


def _read_header(
    lines: list[Line], candidates: list[int], counts: Counter[str], chrome: ChromeCues | None
) -> Header:
    entries: list[_Entry] = []
    prose = 0
    pending: str | None = None
    byline_next = False
    stopped_at_dateline = False
    # A hard-wrapped page (lynx) prints the dek over several lines: each paragraph is
    # read whole, its further lines consumed with it.
    joined = _wrapped_paragraphs(lines, chrome.months if chrome is not None else frozenset())
    wrapped: dict[int, list[int]] = {}
    for n, index in enumerate(candidates[:_LOOKAHEAD]):
        line = joined.get(lines[index].number)
        if line is None:
            if entries and candidates[n - 1] in wrapped.get(entries[-1].index, [entries[-1].index]):
                wrapped.setdefault(entries[-1].index, [entries[-1].index]).append(index)
                continue
            line = lines[index]
        if is_dateline_start(line.text):
            stopped_at_dateline = True
            break
        listed = _listed_byline(line.text) if byline_next else None
        if listed is not None:
            new = [_Entry(index, line, "byline", byline=listed)]
        else:
            new = _classify(index, line, pending, chrome)
        pending = new[0].date_kind if new[0].kind == "datemark" else None
        byline_next = _is_byline_label(line.text, chrome)
        if byline_next:
            new = [_Entry(index, line, "label")]
        if new[0].kind == "prose":
            before = lines[candidates[n - 1]] if n else None
            after = lines[candidates[n + 1]] if n + 1 < len(candidates) else None
            if _is_caption_twin(line, before, after):
                new[0].kind = "caption"
        if new[0].kind == "prose":
            prose += 1
            if prose == 2:
                break
        entries.extend(new)

    # The site's name printed again under the byline ("South Bend Gazette") is the
    # masthead above the headline, not an author.
    first = candidates[0] if candidates else 0
    masthead = {line.text.casefold() for line in lines[max(0, first - 60) : first]}
    for entry in entries:
        if entry.kind == "name" and entry.line.text.casefold() in masthead:
            entry.kind = "label"
    strong = {"byline", "date", "datemark", "place", "undated"}
    accepted = [e.kind in strong for e in entries]
    # A bare name counts as a byline next to a byline or a date (a role line may sit
    # between), or when the page prints it again further down (the author block).
    # Labels ("Sabadell", "Copy link") between them do not count as distance.
    solid = [k for k, e in enumerate(entries) if e.kind != "label"]
    for _ in range(3):
        for n, k in enumerate(solid):
            entry = entries[k]
            if entry.kind != "name" or accepted[k]:
                continue
            near = [solid[m] for m in (n - 2, n - 1, n + 1, n + 2) if 0 <= m < len(solid)]
            close = any(
                accepted[j]
                and (
                    abs(solid.index(j) - n) == 1
                    or entries[solid[(solid.index(j) + n) // 2]].kind == "role"
                )
                for j in near
            )
            if close or counts[entry.line.text.casefold()] > 1:
                accepted[k] = True
    for k, entry in enumerate(entries):
        if (
            entry.kind == "role"
            and k
            and accepted[k - 1]
            and entries[k - 1].kind
            in {
                "name",
                "byline",
            }
        ):
            accepted[k] = True

    header = Header()
    if stopped_at_dateline:
        header.last = len(entries) - 1
    for k, is_accepted in enumerate(accepted):
        if is_accepted:
            header.last = max(header.last, k)
    # The people named so far, each once (a name printed twice, over a photo and as the
    # byline, is one author): a role line belongs to the last one named.
    people: list[str] = []
    last = -1
    for k, entry in enumerate(entries[: header.last + 1]):
        if entry.kind == "prose" and header.subtitle is None:
            header.subtitle = entry.line
        elif entry.kind in {"byline", "name"} and accepted[k] and entry.byline is not None:
            header.bylines.append((entry.line, entry.byline))
            for name, _role in entry.byline.people:
                if name not in people:
                    people.append(name)
                last = people.index(name)
        elif entry.kind == "role" and accepted[k] and people:
            header.roles.append((entry.line, last, entry.line.text))
        elif entry.kind == "date" and entry.value is not None:
            header.dates.append((entry.line, entry.date_kind, entry.value, entry.rule))
        elif entry.kind in {"caption", "prose", "name", "role"}:
            continue  # stays in the body (captions become the lead figures)
        header.consumed.update(wrapped.get(entry.index, [entry.index]))
    return header
