"""Round 16 (speed): cheaper per-line tests, each giving the answer the slower one gave."""

from __future__ import annotations

import random

from syndicate.readers.language.match import _FORMS
from syndicate.readers.scraped import cuewords, features, lines
from syndicate.readers.scraped.bylines import has_han
from syndicate.readers.scraped.cuewords import (
    _phrase_index,
    _phrases_in,
    _prefix_heads,
    chrome_cues,
    fold,
)

_PHRASES = (
    "we may earn a commission",
    "this page holds paid links",
    "newsletter",
    "sign up",
    "support our   newsroom today",  # a doubled space: no inner word from it
    " for local news",  # a leading space: "for" stands between two spaces
    "give\u00a0monthly now please",  # a word with a no-break space is no inner word
)
_WORDS = ["we", "may", "earn", "a", "commission", "this", "page", "holds", "paid", "links",
          "newsletter", "sign", "up", "support", "our", "newsroom", "today", "for", "local",
          "news", "give\u00a0monthly", "now", "please", "xwe", "commissions", "the", "tide"]


def test_phrases_in_gives_the_whole_lists_answer() -> None:
    # Only phrases whose longest inner word the line holds are searched: a line holding the
    # phrase holds that word whole (between two spaces), whatever stands at the phrase's ends.
    rng = random.Random(16)
    keys = [
        "xwe may earn a commissions on these",
        "read this page holds paid linksy",
        "our newsletterx",
        "support our   newsroom today",
        "stories for local news here",
        "give\u00a0monthly now please",
        "the tide came in",
    ]
    for _ in range(400):
        keys.append(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 12))))
    for key in keys:
        tokens = frozenset(key.split())
        want = any(phrase in key for phrase in _PHRASES)
        assert any(phrase in key for phrase in _phrases_in(tokens, _PHRASES)) is want, key
    loose, index, words = _phrase_index(_PHRASES)
    assert "newsletter" in loose and "sign up" in loose  # no inner word
    assert index["earn"] == ("we may earn a commission",)  # the longest inner word
    assert index["local"] == (" for local news",)
    assert words == frozenset(index)
    assert "give\u00a0monthly" not in index


def test_the_contributor_forms_are_one_tuple_per_cue_set() -> None:
    # match_form keeps its index of a form tuple by identity: a new sum per line rebuilt it.
    cues = chrome_cues("de")
    first = cues._credit_forms()
    assert first is cues._credit_forms()
    assert first == cues.contributor_forms + cues.styling_forms
    before = len(_FORMS)
    for text in ("Mitarbeit: Anna Berg", "Redaktion: Jonas Reh; Mitarbeit: Ute Sahl", "Text"):
        cues.contributors(text)
        cues.contributors(text)
    assert len(_FORMS) <= before + 2
    assert cues.contributors("Mitarbeit: Anna Berg") == ["Anna Berg"]


def _slow_byline_prefix(cues: cuewords.ChromeCues, text: str) -> str | None:
    key = fold(text)
    for prefix in cues.byline_prefixes:
        if key.startswith(prefix) and (
            (len(key) > len(prefix) and not key[len(prefix)].isalnum()) or prefix[-1] == ":"
        ):
            return text[: len(prefix)]
        if prefix[-1:] == ":" and key.startswith(prefix[:-1] + " :"):
            return text[: len(prefix) + 1]
    return None


def test_byline_prefix_tests_the_openings_in_one_call() -> None:
    for lang in ("en", "fr", "de"):
        cues = chrome_cues(lang)
        heads = _prefix_heads(cues.byline_prefixes)
        assert heads is _prefix_heads(cues.byline_prefixes)
        for text in ("By Orla Penhale", "Par : Jeanne Morel", "par Jeanne Morel", "Parfois",
                     "Von Ute Sahl", "Text: Ute Sahl", "Bylines are short", "", "Posted by Ivo"):
            assert cues.byline_prefix(text) == _slow_byline_prefix(cues, text), (lang, text)


def test_single_spaced_lines_skip_the_pattern() -> None:
    for raw in ("a b c", "a  b", "a\tb", " lead", "tail  ", "x\u00a0 y", "\f\vz", ""):
        assert lines._single_spaced(raw) == lines._SPACES.sub(" ", raw)


def test_the_wide_character_answer_is_the_patterns() -> None:
    for sample in ("plain", "caf\u00e9 \u201cquoted\u201d", "\u65b0\u534e\u793e\u7535", "\uac00",
                   "\u201c\u2014\u201d", "\uff01"):
        assert lines._wide_in(sample) is (lines._WIDE.search(sample) is not None)
        assert lines._wide_in(sample) is (lines._WIDE.search(sample) is not None)  # kept


def test_has_han_skips_lines_below_the_han_block() -> None:
    assert not has_han("Ella\u2019s \u201cquote\u201d \u2014 caf\u00e9")
    assert has_han("\u8bb0\u8005 \u5468\u5a77")
    assert not has_han("\U0001f600 emoji only")  # past the block, not in it
    assert has_han("\U0001f600 \u4e00")


def _slow_runtime(text: str, units: frozenset[str]) -> bool:
    if features._CLOCK_RUNTIME.search(text):
        return True
    tokens = fold(text).replace("(", " ").replace(")", " ").split()
    return any(
        tokens[i].isdigit() and len(tokens[i]) <= 3 and tokens[i + 1].rstrip(".,;") in units
        for i in range(len(tokens) - 1)
    )


def _slow_quote_row(text: str) -> bool:
    items = [item for item in text.split() if not features._currency_sign(item)]
    if (
        not 3 <= len(items) <= 8
        or text.endswith(features._END_SENTENCE)
        or features._YEAR_OR_CLOCK.search(text)
    ):
        return False
    figures = [item for item in items if item.lstrip("+-−–(")[:1].isdigit()]
    changes = sum(1 for item in figures if item[:1] in "+-−–" or item.endswith("%"))
    return len(figures) * 3 >= len(items) * 2 and changes >= 1


def test_runtime_and_quote_rows_keep_their_answers() -> None:
    units = frozenset({"minutes", "min"})
    for text in (
        "Drama, 2026 (1h52). With Ana Bell",
        "A film of 104 minutes by Ivo Marren",
        "A film about the tide, with Ana Bell",
        "Laufzeit \u0661\u0660\u0664 min",  # Arabic-Indic figures: not ASCII, read in full
        "Runs 2h 15m",
    ):
        assert features._has_runtime(text, units) is _slow_runtime(text, units), text
    for text in (
        "HGX.L 10,412.00 +274.50 +2.71%",
        "ARQU3 R$ 6,41 +7,01%",
        "US$ 12.80 +0.4% -1.2 3.1",
        "DAX 18.452 \u22120,4 %",
        "The council met on Tuesday evening in the hall",
        "a b c d e f g h i j",
    ):
        assert features._quote_row(text) is _slow_quote_row(text), text


def _slow_longest_run(mine: list[str], theirs: list[str]) -> int:
    best = 0
    previous = [0] * (len(theirs) + 1)
    for word in mine:
        current = [0] * (len(theirs) + 1)
        for j, other in enumerate(theirs, 1):
            if word == other:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def test_longest_run_is_the_whole_tables() -> None:
    from syndicate.readers.scraped.body import _longest_run

    rng = random.Random(1616)
    vocabulary = ["the", "slow", "movement", "echo", "of", "hall", "a", "way", "into"]
    for _ in range(300):
        mine = [rng.choice(vocabulary) for _ in range(rng.randint(0, 14))]
        theirs = [rng.choice(vocabulary) for _ in range(rng.randint(0, 20))]
        assert _longest_run(mine, theirs) == _slow_longest_run(mine, theirs)
    words = ["by", "the", "slow", "movement", "they", "found", "a", "way", "of", "leaning",
             "into", "the", "echo"]
    assert _longest_run(words[1:9], ["and", *words, "again"]) == 8
