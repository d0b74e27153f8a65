"""Languages for the reader: cue words from data files, language identification, stop words.

Usage (reader-core and friends)::

    from syndicate.readers.language import (
        Cues, all_cues, cues, detect_language, stopword_density, stopwords,
        cue_prefix, find_cue, has_cue, match_form,
    )

    lang, rule = detect_language(text)      # ("de", "language.frequent-words"); rule goes
                                            # into provenance like plaintext.detect_language
    de = cues(lang)                         # Cues for one language, read from data/de.toml
                                            # once (cached); empty Cues for a language
                                            # without a file (el, ja…)
    page = all_cues()                       # every language merged: chrome can be in any
                                            # (one pre-merged JSON line: ~0.3 ms, not 12 files)
    cue_prefix("Von Anna Berg", de.byline_prefixes)      # → "Von" (whole words only)
    has_cue("Lesen Sie auch:", page.related_markers)     # → True; find_cue gives the phrase
    match_form("Bild 3 von 7", page.gallery_counters)    # FormMatch("bild {n} von {m}", "")
    match_form("Mitarbeit: Anna Berg", de.contributor_lines).names     # → "Anna Berg"
    de.month_number("März"), de.weekday_number("Mittwoch")          # → 3, 3
    de.numeric_date_order                   # "dmy" ("" for en: ambiguous without a hint)
    stopword_density(line, lang)            # share of words that are stop words (0..1)

Dates take the language too (``syndicate.readers.scraped.dates``)::

    parse_date_line("Aktualisiert am 5. März 2025 um 14:30 Uhr", lang)
        # DateLine(kind="updated", value="2025-03-05T14:30:00", labelled=True,
        #          rule="date.names")  — labels come from the language's data file
    read_date("12/03/2025", "de")           # DateReading("2025-03-12", "date.numeric-dmy")
    read_date("12/03/2025", "en")           # None + AmbiguousDateWarning (no convention)
    read_date("12/03/2025", "en", order_hint=page_date_order(lines))
        # the page's own "14/01/2025" says day-first: rule "date.numeric-dmy-page"
    parse_date(text, lang), dateline_date(text, lang), caption_event_date(c, p, lang),
    is_empty_date_label(text, lang)         # lang=None keeps the old English+Russian reading

Every string in ``Cues`` is casefolded: compare with ``text.casefold()``. The
field list and what each holds is on :class:`Cues`. Nothing here imports a
heavy library at import time: the data files are read on first use of a
language, pycld2 only when the cheap rules cannot decide (see ``detect.py``),
the stopwords-iso JSON on the first ``stopwords()`` call; the matching helpers
compile nothing (``str.find``/``startswith`` and sets).
"""

from __future__ import annotations

from ..._typing import TYPE_CHECKING
from .cues import LANGUAGES, Cues, all_cues, cues, primary_subtag
from .detect import detect_language
from .stopwords import stopword_density, stopwords, words

if TYPE_CHECKING:
    from .match import FormMatch, cue_prefix, find_cue, has_cue, match_form

__all__ = [
    "LANGUAGES",
    "Cues",
    "FormMatch",
    "all_cues",
    "cue_prefix",
    "cues",
    "detect_language",
    "find_cue",
    "has_cue",
    "match_form",
    "primary_subtag",
    "stopword_density",
    "stopwords",
    "words",
]

_MATCHING = frozenset({"FormMatch", "cue_prefix", "find_cue", "has_cue", "match_form"})


def __getattr__(name: str) -> object:
    # The matching helpers are loaded on first use: the reader imports .match itself where
    # a rule matches cue forms, and a page that needs none (~2 M instructions of a first
    # parse, a quarter of the corpus's pages) does not load it.
    if name in _MATCHING:
        from . import match

        value = getattr(match, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
