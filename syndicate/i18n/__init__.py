"""Interface words and dates in the article's language.

Every word an exporter adds around an article ("By", "Updated", "About the
author", "Contents", "Page 3 of 5"…) comes from a gettext message catalog,
``locale/<lang>/LC_MESSAGES/syndicate.mo``, chosen by the article's language
(or ``--ui-language``); dates and lists of names are formatted by Babel from
the CLDR data for that locale ("5. März 2025", "5 марта 2025 г.",
"2025年3月5日"; "A, B und C"). A language without a catalog falls back to
English words, without an error.

Babel is imported only when a date or a list is first formatted, so
``import syndicate`` stays cheap. ``python -m syndicate.i18n.catalogs``
rebuilds the catalogs (see ``docs/i18n.md``).
"""

from __future__ import annotations

import functools
import gettext as _gettext
from pathlib import Path

try:  # the C classes directly: `import datetime` runs its pure-Python twin first (~4 M
    # instructions of a one-article EPUB export), as syndicate.model says
    from _datetime import date, datetime
except ImportError:  # an interpreter without it
    from datetime import date, datetime

from ..record import record
from .cldr import format_long_date, join_list, locale_data
from .scripts import direction, is_rtl

__all__ = [
    "DOMAIN",
    "LOCALE_DIR",
    "N_",
    "Interface",
    "catalog_languages",
    "direction",
    "interface",
    "is_rtl",
    "localized_days",
]

DOMAIN = "syndicate"
"""The gettext domain of syndicate's catalogs."""
LOCALE_DIR = Path(__file__).with_name("locale")
"""Where the catalogs live: ``LOCALE_DIR/<lang>/LC_MESSAGES/syndicate.{po,mo}``."""


def N_(message: str) -> str:
    """Mark ``message`` for the catalogs without translating it (for module constants)."""
    return message


def catalog_languages() -> list[str]:
    """The languages that have a compiled catalog, plus English (the source language)."""
    found = {p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")}
    return sorted(found | {"en"})


def _candidates(tag: str) -> list[str]:
    """gettext/CLDR locale names to try for a BCP 47 tag, most specific first."""
    parts = [p for p in tag.replace("_", "-").split("-") if p]
    if not parts:
        return []
    lang = parts[0].lower()
    out = []
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():  # script: zh-Hant
            out.append(f"{lang}_{part.title()}")
        elif len(part) in (2, 3) and part.isalnum():  # region: pt-BR
            out.append(f"{lang}_{part.upper()}")
    # Chinese in Taiwan, Hong Kong and Macau is written in traditional characters.
    if lang == "zh" and any(c.endswith(("_TW", "_HK", "_MO")) for c in out):
        out.append("zh_Hant")
    out.append(lang)
    return out


# A record, not a frozen dataclass: the same fields, equality, hash and repr, without
# generating methods at import (~4 M instructions a class; see syndicate/record.py).
@record
class Interface:
    """The interface words, dates and lists of one language."""

    requested: str
    """The language asked for (a BCP 47 tag, possibly without a catalog)."""
    catalog: str
    """The catalog's language actually used (``en`` when there is none for ``requested``)."""
    translations: _gettext.NullTranslations
    names: tuple[str, ...]
    """Locale names tried for dates and lists, most specific first (English when none
    is known)."""

    @property
    def direction(self) -> str:
        """``rtl`` or ``ltr``, for the requested language."""
        return direction(self.requested)

    def gettext(self, message: str) -> str:
        """``message`` in this language (English when the catalog has no translation)."""
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The singular or plural form for ``count``, by this language's plural rules."""
        return self.translations.ngettext(singular, plural, count)

    def join(self, items: list[str]) -> str:
        """ "A, B and C" in this language (CLDR list patterns)."""
        if len(items) <= 1:
            return "".join(items)
        data = self._cldr()
        if data is not None:
            return join_list(items, data)
        from babel.lists import format_list

        return format_list(items, style="standard", locale=self.cldr_locale())

    def _cldr(self) -> dict | None:
        return locale_data(self.names)

    def by(self, names: list[str]) -> str:
        """The byline: "By A and B"."""
        return self.gettext("By {authors}").format(authors=self.join(names))

    def date(self, value: str) -> str:
        """An ISO 8601 date from the model, shown as people of this language write it.

        A value that does not parse is shown as it is. A time of day, when the
        source gives one, follows the date as 24-hour ``HH:MM`` with its offset.
        """
        from ..model import parse_iso_date

        try:
            parsed = parse_iso_date(value)
        except ValueError:
            return value
        return self.format_day(parsed)

    def format_day(self, parsed: datetime | date) -> str:
        """A parsed date (and time, when it has one) in this language."""
        day = parsed.date() if isinstance(parsed, datetime) else parsed
        data = self._cldr()
        if data is not None:
            shown, glue = format_long_date(day, data), data["datetime"]
        else:
            from babel.dates import format_date, get_datetime_format

            locale = self.cldr_locale()
            shown = format_date(day, format="long", locale=locale)
            glue = str(get_datetime_format("medium", locale=locale))
        if isinstance(parsed, datetime) and (parsed.hour or parsed.minute):
            clock = f"{parsed:%H:%M}"
            offset = parsed.strftime("%z")
            if offset:
                clock += " UTC" if offset == "+0000" else f" {offset[:3]}:{offset[3:]}"
            # CLDR says how a date and a time are joined ("{1}, {0}", "{1} {0}"…).
            shown = glue.replace("{1}", shown).replace("{0}", clock).replace("'", "")
        return shown

    def cldr_locale(self) -> str:
        """The most specific CLDR locale Babel knows for the requested language, else ``en``."""
        return _cldr_locale((*self.names, "en"))


@functools.lru_cache(maxsize=256)
def localized_days(day: date) -> tuple[str, ...]:
    """``day`` as every catalog language shows it ("5. März 2025", "2025年3月5日"…)."""
    return tuple(dict.fromkeys(interface(lang).format_day(day) for lang in catalog_languages()))


@functools.lru_cache(maxsize=64)
def interface(language: str | None) -> Interface:
    """The interface of ``language`` (a BCP 47 tag); English when it has no catalog."""
    tag = (language or "en").strip() or "en"
    names = _candidates(tag)
    translations: _gettext.NullTranslations = _gettext.NullTranslations()
    catalog = "en"
    for name in names:
        path = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if path.is_file():
            with path.open("rb") as handle:
                translations = _gettext.GNUTranslations(handle)
            catalog = name
            break
    return Interface(tag, catalog, translations, tuple(names) or ("en",))


@functools.lru_cache(maxsize=64)
def _cldr_locale(names: tuple[str, ...]) -> str:
    """The most specific of ``names`` that CLDR knows, else ``en``."""
    from babel import Locale, UnknownLocaleError

    for name in names:
        try:
            Locale.parse(name)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        return name
    return "en"
