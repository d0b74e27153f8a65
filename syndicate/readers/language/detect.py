"""Which language a text is in: by script where the script decides, by words or CLD2 otherwise.

Order of the rules (the rule name is what provenance records):

1. ``language.script-*`` — a script used by one language here decides alone:
   Arabic → ar, Hebrew → he, Greek → el, Devanagari → hi, Thai → th,
   Hangul → ko, Kana → ja, Han without kana → zh. Cyrillic is split by its
   letters: і/ї/є/ґ → uk, ў → be, ъ without ы/э → bg, else ru.
2. ``language.frequent-words`` — Latin script: the commonest words of en, de,
   fr, es, it, pt, nl, pl (``data/frequent.toml``) are counted; a clear winner
   decides without loading anything else. Most articles stop here.
3. ``language.cld2`` — otherwise Google's CLD2 (``pycld2``, imported only then)
   is asked, and its answer is taken when it calls itself reliable.
4. ``language.frequent-words-weak`` — CLD2 unsure or unavailable: the best
   word count, if any; ``language.default`` (en) when nothing at all is known.
"""

from __future__ import annotations

import functools
import re

from .cues import compiled_line
from .stopwords import WORD

__all__ = ["detect_language"]

_SAMPLE = 4000
"""Characters looked at: a paragraph or two is plenty, and it keeps the cost flat."""

_SCRIPTS: tuple[tuple[str, str, str], ...] = (
    # (character class, language, rule) — scripts that name one language here.
    ("\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff", "ar", "language.script-arabic"),
    ("\u0590-\u05ff", "he", "language.script-hebrew"),
    ("\u0370-\u03ff\u1f00-\u1fff", "el", "language.script-greek"),
    ("\u0900-\u097f", "hi", "language.script-devanagari"),
    ("\u0e00-\u0e7f", "th", "language.script-thai"),
    ("\uac00-\ud7af\u1100-\u11ff\u3130-\u318f", "ko", "language.script-hangul"),
)
_KANA = "[\u3040-\u30ff]"
_HAN = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_CYRILLIC = "[\u0400-\u04ff]"


@functools.cache
def _script_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, name) per script; compiled on the first text that is not plain ASCII."""
    named = [(f"[{cls}]", lang) for cls, lang, _rule in _SCRIPTS]
    named += [(_CYRILLIC, "cyrillic"), (_HAN, "han"), (_KANA, "kana")]
    named.append(("[\u00c0-\u024f]", "accented"))
    return tuple((re.compile(pattern), name) for pattern, name in named)


_RULES = {lang: rule for _cls, lang, rule in _SCRIPTS}
_MIN_WORDS = 4
"""Fewer Latin words than this and no count is trusted (a name, a label)."""


def detect_language(text: str) -> tuple[str, str]:
    """A BCP 47 language tag for a text and the name of the rule that decided it."""
    sample = text[:_SAMPLE]
    if sample.isascii():  # most English pages: no script to count
        return _latin(sample) if _has_ascii_letter(sample) else ("en", "language.default")
    letters = _count_scripts(sample)
    if not letters:
        return "en", "language.default"
    script, count = max(letters.items(), key=lambda item: item[1])
    if script == "latin":
        return _latin(sample)
    if script == "cyrillic":
        return _cyrillic(sample)
    if script == "han":
        if letters.get("kana", 0) * 10 >= count:  # Japanese writes kana among its kanji
            return "ja", "language.script-kana"
        return "zh", "language.script-han"
    if script == "kana":
        return "ja", "language.script-kana"
    return script, _RULES[script]


_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _has_ascii_letter(sample: str) -> bool:
    raw = sample.encode("ascii")
    return len(raw.translate(None, _ASCII_LETTERS)) < len(raw)


def _count_scripts(sample: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    # Each search is one C loop; findall runs only when the script is present at all.
    for pattern, name in _script_patterns():
        if pattern.search(sample):
            counts[name] = len(pattern.findall(sample))
    ascii_part = sample.encode("ascii", "ignore")
    latin = len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))
    latin += counts.pop("accented", 0)
    if latin:
        counts["latin"] = latin
    return counts


def _cyrillic(sample: str) -> tuple[str, str]:
    def count(chars: str) -> int:
        return sum(sample.count(char) for char in chars)

    cyrillic = len(re.findall(_CYRILLIC, sample))
    ukrainian = count("ієїґІЄЇҐ")
    russian = count("ыэЫЭ")
    if count("ўЎ") and not russian:
        return "be", "language.script-cyrillic-belarusian"
    # A Ukrainian text has і/ї/є/ґ at ~1 in 15 letters and never ы/э; a quoted Ukrainian
    # name in Russian copy has a few і and many ы/э.
    if ukrainian * 100 > cyrillic and ukrainian > russian:
        return "uk", "language.script-cyrillic-ukrainian"
    if not russian and not ukrainian:
        if count("ѓќѕЃЌЅ"):
            return "mk", "language.script-cyrillic-macedonian"
        if count("јљњћџђЈЉЊЋЏЂ"):
            return "sr", "language.script-cyrillic-serbian"
        if count("ъЪ") * 100 > cyrillic:
            return "bg", "language.script-cyrillic-bulgarian"
    return "ru", "language.script-cyrillic"


@functools.cache
def _frequent() -> dict[str, dict[str, str]]:
    """word → languages it is frequent in (a word may belong to two)."""
    raw = compiled_line("frequent")["words"]
    table: dict[str, list[str]] = {}
    for lang, words in raw.items():
        for word in words:
            table.setdefault(word.casefold(), []).append(lang)
    return {word: {lang: lang for lang in langs} for word, langs in table.items()}


def word_scores(sample: str) -> tuple[int, dict[str, float]]:
    """The number of words, and per language the share of them among its commonest words."""
    tokens = re.findall(WORD, sample.casefold())
    table = _frequent()
    scores: dict[str, float] = {}
    for token in tokens:
        langs = table.get(token)
        if langs:
            weight = 1.0 / len(langs)  # a word frequent in two languages counts half for each
            for lang in langs:
                scores[lang] = scores.get(lang, 0.0) + weight
    total = len(tokens)
    return total, {lang: hits / total for lang, hits in scores.items()} if total else {}


def _latin(sample: str) -> tuple[str, str]:
    total, scores = word_scores(sample)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, share = ranked[0] if ranked else ("", 0.0)
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    # A paragraph of running text has 25-45 % of its words among the commonest ones, and the
    # next language far behind; a clear margin decides without asking CLD2 (~4 ms to import).
    if total >= _MIN_WORDS and share >= 0.15 and share >= 2.5 * runner_up:
        return best, "language.frequent-words"
    found = _cld2(sample)
    if found is not None:
        return found, "language.cld2"
    if total >= _MIN_WORDS and share > runner_up:
        return best, "language.frequent-words-weak"
    return "en", "language.default"


def _cld2(sample: str) -> str | None:
    """CLD2's answer when it is reliable, else None (also when pycld2 is not installed)."""
    try:
        import pycld2
    except ImportError:
        return None
    try:
        reliable, _bytes, details = pycld2.detect(sample, bestEffort=False)
    except pycld2.error:  # invalid UTF-8 (lone surrogates) and the like
        return None
    code = details[0][1] if details else "un"
    if not reliable or code in {"un", "xxx"}:
        return None
    return {"zh-Hant": "zh", "iw": "he", "nb": "no"}.get(code, code.split("-")[0])
