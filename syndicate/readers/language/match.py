"""Matching cue words against a line: whole words only, casefolded.

Cue lists are data (``Cues`` fields); these helpers turn them into cached
regular expressions so that "by" matches "By Jane Roe" but not "Bystanders",
and "slide {n} of {m}" matches "Slide 3 of 7".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = ["cue_prefix", "form_pattern", "has_cue", "phrase_pattern"]

_PLACEHOLDERS = {"{n}": r"\d{1,4}", "{m}": r"\d{1,4}", "{names}": r".+?"}


def _phrase(word: str) -> str:
    # Whole words: no letter or digit may touch a phrase on either side. A phrase ending in
    # punctuation ("autor:", "fot.") or written without spaces (Chinese) needs no boundary there.
    body = r"\s+".join(_bit(part) for part in word.split())
    left = r"(?<![^\W_])" if word[:1].isalnum() and not _unspaced(word[0]) else ""
    right = r"(?![^\W_])" if word[-1:].isalnum() and not _unspaced(word[-1]) else ""
    return f"{left}{body}{right}"


def _bit(part: str) -> str:
    # "autor:" also matches "Autor :" and "Autor：" (French spacing, full-width colon).
    if part.endswith((":", "：")) and len(part) > 1:
        return re.escape(part[:-1]) + r"\s*[:：]"
    if part in {":", "："}:
        return r"[:：]"
    return re.escape(part)


def _unspaced(char: str) -> bool:
    return "\u3040" <= char <= "\u9fff"


@functools.cache
def phrase_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern matching any of the phrases as whole words (search it in casefolded text)."""
    ordered = sorted(set(words), key=len, reverse=True)  # longest first: "read more" before "read"
    if not ordered:
        return re.compile(r"(?!)")
    return re.compile("|".join(_phrase(word) for word in ordered))


def has_cue(text: str, words: Iterable[str]) -> bool:
    """True when any phrase of ``words`` occurs in ``text`` as whole words."""
    return phrase_pattern(tuple(words)).search(text.casefold()) is not None


def cue_prefix(text: str, words: Iterable[str]) -> str | None:
    """The longest phrase of ``words`` that opens ``text`` (as whole words), else None.

    ``cue_prefix("Von Anna Berg", cues("de").byline_prefixes)`` → ``"von"``; the
    caller takes ``text[len(prefix):]`` for the rest (casefolding keeps lengths
    for the scripts our data holds, except "ß"-like expansions, which cue
    words do not contain).
    """
    match = phrase_pattern(tuple(words)).match(text.casefold().lstrip())
    return match.group() if match else None


@functools.cache
def form_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern matching a whole line in one of the forms ("slide {n} of {m}", "{n} min read").

    ``{n}``/``{m}`` stand for numbers, ``{names}`` for any text (group ``names``
    holds the first one). Use ``.fullmatch(line.casefold().strip())``.
    """
    alternatives = []
    for form in sorted(set(forms), key=len, reverse=True):
        parts = re.split(r"(\{n\}|\{m\}|\{names\})", form)
        pieces = []
        for part in parts:
            if part in _PLACEHOLDERS:
                pieces.append(_PLACEHOLDERS[part])
            elif part:
                lead = r"\s*" if part[0].isspace() else ""
                trail = r"\s*" if part[-1].isspace() and part.strip() else ""
                pieces.append(lead + r"\s+".join(_bit(bit) for bit in part.split()) + trail)
        alternatives.append("".join(pieces) + r"[.:]?")
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile("|".join(f"(?:{alt})" for alt in alternatives))
