"""Round 15 (speed): a first parse without functools, warnings or contextvars; cheaper cue data."""

from __future__ import annotations

import functools as real_functools
import json
from pathlib import Path

from firstparse import first_parse_modules

from syndicate import _functools
from syndicate.readers.language.cues import (
    _line_text,
    _merged_field_bytes,
    _merged_fields,
    merged_words,
)
from syndicate.readers.scraped import names

# An invented story (no date library, no cleaning warning): a byline with a one-word title.
_STORY = (
    "Ferry timetable changes for the winter on the Haldwick crossing\n\n"
    "By Orla Penhale, Reporter\n\n"
    "The Haldwick ferry will run every forty minutes from next month, the harbour trust "
    "said on Tuesday, after a summer of longer queues at both slipways.\n\n"
    "Trust chair Ivo Marren said the change would let crews rest between crossings and "
    "keep the older of the two boats in service until its refit in the spring.\n\n"
    "Passengers with season tickets will be offered a refund for the weeks of reduced "
    "service, and the first sailing of the day stays at a quarter past six.\n"
)
_NOT_LOADED = {"functools", "warnings", "contextvars", "syndicate.readers.language.match"}


def test_a_first_parse_loads_no_functools_warnings_or_contextvars(tmp_path: Path) -> None:
    # functools (with types) ~3.2 M instructions, warnings ~1.3 M, contextvars' Python module
    # ~0.4 M; the cue matching helpers ~2 M when the page needs none. A reader module writes
    # `from ... import _functools as functools` and imports warnings where it warns.
    source = tmp_path / "story.txt"
    source.write_text(_STORY, encoding="utf-8")
    assert not first_parse_modules(source) & _NOT_LOADED


def test_cache_decorators_build_functools_own_wrapper() -> None:
    def double(x: int) -> int:
        """Twice x."""
        return 2 * x

    for ours, theirs in (
        (_functools.cache(double), real_functools.cache(double)),
        (_functools.lru_cache(maxsize=2)(double), real_functools.lru_cache(maxsize=2)(double)),
        (_functools.lru_cache(double), real_functools.lru_cache(double)),
        (_functools.lru_cache(maxsize=-1)(double), real_functools.lru_cache(maxsize=-1)(double)),
    ):
        assert type(ours) is type(theirs)
        assert [ours(k) for k in (1, 2, 1, 3, 1)] == [theirs(k) for k in (1, 2, 1, 3, 1)]
        assert ours.cache_info() == theirs.cache_info()
        assert ours.cache_parameters() == theirs.cache_parameters()
        for attr in ("__name__", "__qualname__", "__doc__", "__module__", "__wrapped__"):
            assert getattr(ours, attr) == getattr(theirs, attr)
        ours.cache_clear()
        assert ours.cache_info().currsize == 0
    assert _functools.partial is real_functools.partial  # any other name: functools' own


def test_merged_fields_are_read_from_their_own_bytes() -> None:
    # Each field's slice of the merged line decodes to the same value as the whole line.
    line = json.loads(_line_text("*"))
    assert set(_merged_fields()) == set(line) - {"language"}
    for name, value in line.items():
        if name == "language":
            continue
        assert json.loads(_merged_field_bytes(name)) == value
        if isinstance(value, list) and all(isinstance(word, str) for word in value):
            assert merged_words(name) == frozenset(value)


def test_compound_role_as_the_loop_over_titles() -> None:
    roles = frozenset({"orthopädin", "beraterin", "expertin", "ärztin", "officer", "lead"})

    def loop(word: str) -> bool:  # the rule as written before: one title at a time
        return any(
            word.endswith(role) and len(word) - len(role) >= 4
            for role in roles
            if len(role) >= 6 and role.isalpha()
        )

    words = [
        "Kieferorthopädin",
        "Ernährungsberaterin",
        "Gesundheitsexpertin",
        "Zahnärztin",  # "ärztin" is too short to head a compound
        "Hauptberaterin",
        "Xberaterin",  # one letter before the head: not a compound
        "Abcdberaterin",
        "Officer",
        "Fieldofficer",
        "Bürgermeister",
        "",
    ]
    for word in words:
        assert names._compound_role.__wrapped__(word, roles) == loop(word), word
    assert not names._compound_role.__wrapped__("Kieferorthopädin", frozenset())


def test_frequent_word_table_as_built_word_by_word() -> None:
    from syndicate.readers.language.cues import compiled_line
    from syndicate.readers.language.detect import _frequent

    raw = compiled_line("frequent")["words"]
    table: dict[str, list[str]] = {}
    for lang, words in raw.items():  # the table as built before, one word at a time
        for word in words:
            table.setdefault(word.casefold(), []).append(lang)
    # Round 24 (morelangs3): the table maps a word to a tuple of its languages (built by the
    # language build, line "frequent-table"); the words' order in it is not read.
    slow = {word: tuple(langs) for word, langs in table.items()}
    fast = _frequent.__wrapped__()
    assert fast == slow
