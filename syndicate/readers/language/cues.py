"""Cue words per language, read lazily from one TOML data file per language.

A :class:`Cues` holds the words a news page prints around an article in one
language ("By", "Updated", "Photo:", "Read also", cookie and share words,
month names…), casefolded. ``cues("de")`` reads ``data/de.toml`` once and
caches it; ``all_cues()`` merges every language, because page chrome can be
in any language whatever the article's own. The format of a data file is in
docs/languages.md.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

__all__ = ["LANGUAGES", "Cues", "all_cues", "cues", "primary_subtag"]

DATA_DIR = Path(__file__).with_name("data")

LANGUAGES: tuple[str, ...] = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "zh",
)  # fmt: skip
"""The languages with a cue-word file, in the order ``all_cues()`` merges them."""

Words = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue words of one language (or of all of them), every string casefolded.

    Phrases are matched as whole words by the reader ("by" is not "bypass").
    Forms with placeholders use ``{n}``/``{m}`` for numbers and ``{names}``
    for where people or agencies stand.
    """

    byline_prefixes: Words = ()
    """Words that open a byline before the names: "by", "von", "par", "автор:", "بقلم"."""
    published_labels: Words = ()
    """Labels in front of the publication date: "published", "veröffentlicht am", "publié le"."""
    updated_labels: Words = ()
    """Labels in front of the date of the last change: "updated", "aktualisiert", "mis à jour"."""
    photo_labels: Words = ()
    """Labels in front of a picture credit: "photo", "foto", "bild", "фото", "صورة", "摄影"."""
    related_markers: Words = ()
    """Headers of a related-links block: "read also", "lesen sie auch", "читайте также"."""
    share_words: Words = ()
    """Share/print/social widget words, each a whole line or a run of them: "share", "teilen"."""
    newsletter_words: Words = ()
    """Newsletter sign-up phrases: "sign up", "newsletter", "abonnieren", "подписаться"."""
    cookie_words: Words = ()
    """Cookie/consent banner phrases: "cookies", "accept all", "alle akzeptieren"."""
    paywall_words: Words = ()
    """Paywall and subscription phrases: "subscribe to continue", "jetzt abonnieren"."""
    comment_words: Words = ()
    """Comment-section phrases: "comments", "kommentare", "комментарии", "leave a reply"."""
    gallery_counters: Words = ()
    """Gallery counter forms: "slide {n} of {m}", "bild {n} von {m}", "{n}/{m}"."""
    read_time: Words = ()
    """Reading-time forms: "{n} min read", "lesezeit: {n} min", "{n} мин чтения"."""
    contributor_lines: Words = ()
    """Contributor-line forms: "{names} contributed to this report", "mitarbeit: {names}"."""
    role_words: Words = ()
    """Job titles that follow a byline name: "reporter", "correspondent", "redakteurin"."""
    agencies: Words = ()
    """News agencies printed in bylines and credits: "dpa", "afp", "тасс", "新华社"."""
    relative_words: Words = ()
    """Words that make a date relative: "ago", "vor", "il y a", "hace", "назад", "前"."""
    relative_units: Words = ()
    """Time units of a relative date: "minutes", "hours", "stunden", "часа", "小时"."""
    relative_days: Words = ()
    """Whole relative dates: "today", "yesterday", "just now", "gestern", "вчера"."""
    date_fillers: Words = ()
    """Words inside a printed date that carry no value: "at", "um", "uhr", "à", "г.", "года"."""
    about_author: Words = ()
    """Headers of an author box: "about the author", "über den autor", "об авторе"."""
    months: tuple[Words, ...] = ()
    """Twelve entries, January first; each holds every form of that month (full, genitive,
    abbreviation with and without its dot)."""
    weekdays: tuple[Words, ...] = ()
    """Seven entries, Monday first; each holds every form of that weekday."""
    numeric_date_order: str = ""
    """How this language reads "05/03/2025": "dmy", "mdy", "ymd", or "" when undecided."""
    _index: dict[str, tuple[int, int]] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        # One lookup table for month and weekday names, built once per Cues.
        for kind, table in ((0, self.months), (1, self.weekdays)):
            for number, forms in enumerate(table, 1):
                for word in forms:
                    self._index.setdefault(f"{kind}{word.rstrip('.')}", (kind, number))

    def month_number(self, word: str) -> int | None:
        """1–12 for a month name in any of its forms (whole word, casefolded), else None."""
        hit = self._index.get("0" + word.casefold().rstrip("."))
        return hit[1] if hit else None

    def weekday_number(self, word: str) -> int | None:
        """1–7 (Monday = 1) for a weekday name in any of its forms, else None."""
        hit = self._index.get("1" + word.casefold().rstrip("."))
        return hit[1] if hit else None


_LIST_FIELDS = tuple(f.name for f in fields(Cues) if f.name not in {"numeric_date_order", "_index"})
_NESTED = {"months": 12, "weekdays": 7}


def primary_subtag(lang: str) -> str:
    """The language subtag of a BCP 47 tag, lower-case: "de-AT" → "de", "zh-Hans" → "zh"."""
    return lang.replace("_", "-").split("-", 1)[0].strip().lower()


@functools.cache
def cues(lang: str) -> Cues:
    """The cue words of one language ("de", "pt-BR"…); empty Cues when it has no data file."""
    code = primary_subtag(lang)
    path = DATA_DIR / f"{code}.toml"
    if code not in LANGUAGES or not path.exists():
        return Cues()
    return _read(path)


@functools.cache
def all_cues() -> Cues:
    """Every language's cue words merged (first language first, duplicates dropped)."""
    merged: dict[str, list] = {name: [] for name in _LIST_FIELDS}
    for name in _NESTED:
        merged[name] = [[] for _ in range(_NESTED[name])]
    for code in LANGUAGES:
        one = cues(code)
        for name in _LIST_FIELDS:
            value = getattr(one, name)
            if name in _NESTED:
                for slot, forms in zip(merged[name], value, strict=False):
                    slot.extend(word for word in forms if word not in slot)
            else:
                merged[name].extend(word for word in value if word not in merged[name])
    values = {
        name: tuple(tuple(slot) for slot in merged[name])
        if name in _NESTED
        else tuple(merged[name])
        for name in _LIST_FIELDS
    }
    return Cues(**values)


def _read(path: Path) -> Cues:
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    values: dict[str, object] = {}
    for name in _LIST_FIELDS:
        entry = raw.get(name, [])
        if name in _NESTED:
            if entry and len(entry) != _NESTED[name]:
                raise ValueError(f"{path.name}: {name} needs {_NESTED[name]} entries")
            values[name] = tuple(tuple(_fold(word) for word in forms) for forms in entry)
        else:
            values[name] = tuple(_fold(word) for word in entry)
    order = raw.get("numeric_date_order", "")
    if order not in {"", "dmy", "mdy", "ymd"}:
        raise ValueError(f"{path.name}: numeric_date_order must be dmy, mdy, ymd or empty")
    values["numeric_date_order"] = order
    unknown = set(raw) - set(values) - {"language", "name"}
    if unknown:
        raise ValueError(f"{path.name}: unknown keys {sorted(unknown)}")
    return Cues(**values)  # type: ignore[arg-type]


def _fold(word: str) -> str:
    return " ".join(word.casefold().split())
