"""Matching cue words against a line: whole words only, casefolded, without regular expressions.

Cue lists are data (``Cues`` fields) and long once every language is merged
(``all_cues().related_markers`` holds 225 phrases). One regular expression per
list would cost 10–40 ms to compile for each; these helpers use ``str.find``,
``str.startswith`` and set lookups instead, which cost nothing up front. "by"
matches "By Jane Roe" but not "Bystanders"; "slide {n} of {m}" matches "Slide 3
of 7"; a cue ending in a colon also matches " :" and the full-width "：".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

__all__ = ["FormMatch", "cue_prefix", "find_cue", "has_cue", "match_form"]

_TRIM = " \t.:;,!?|·•-–—()[]"


def _unspaced(char: str) -> bool:
    """Han and kana: Chinese and Japanese write no spaces, so no word boundary applies."""
    return "\u3040" <= char <= "\u9fff"


def _boundary(text: str, start: int, end: int, phrase: str) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    left = not before.isalnum() or _unspaced(phrase[0]) or not phrase[0].isalnum()
    right = not after.isalnum() or _unspaced(phrase[-1]) or not phrase[-1].isalnum()
    return left and right


def _normal(text: str) -> str:
    # "Autor :" and "作者：" are written "autor:" and "作者:" in the data's terms.
    return text.casefold().replace("：", ":").replace(" :", ":")


@functools.cache
def _phrases(words: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases in the form they are searched for, longest first."""
    cleaned = {" ".join(_normal(word).split()) for word in words}
    return tuple(sorted((w for w in cleaned if w), key=len, reverse=True))


def find_cue(text: str, words: Iterable[str]) -> str | None:
    """The longest phrase of ``words`` that occurs in ``text`` as whole words, else None."""
    folded = " ".join(_normal(text).split())
    for phrase in _phrases(tuple(words)):
        start = folded.find(phrase)
        while start >= 0:
            if _boundary(folded, start, start + len(phrase), phrase):
                return phrase
            start = folded.find(phrase, start + 1)
    return None


def has_cue(text: str, words: Iterable[str]) -> bool:
    """True when any phrase of ``words`` occurs in ``text`` as whole words."""
    return find_cue(text, words) is not None


def cue_prefix(text: str, words: Iterable[str]) -> str | None:
    """The start of ``text`` (as printed) that is the longest phrase of ``words``, else None.

    ``cue_prefix("Von Anna Berg", cues("de").byline_prefixes)`` → ``"Von"``; the rest
    of the line is ``text[len(prefix):]``. "Bystanders" has no prefix "by".
    """
    stripped = text.lstrip()
    folded = " ".join(_normal(stripped).split())
    for phrase in _phrases(tuple(words)):
        if folded.startswith(phrase) and _boundary(folded, 0, len(phrase), phrase):
            return _printed_prefix(stripped, phrase)
    return None


def _printed_prefix(text: str, phrase: str) -> str:
    # Casefolding and the space/colon normalisation can change lengths ("ß", "Autor :"):
    # the shortest printed prefix that normalises to the phrase.
    for end in range(min(len(phrase) // 2, len(text)), len(text) + 1):
        if " ".join(_normal(text[:end]).split()) == phrase:
            return text[:end]
    return text[: len(phrase)]


class FormMatch(NamedTuple):
    """A line that is one of the forms: which form, and the text standing for ``{names}``."""

    form: str
    names: str


@functools.cache
def _forms(forms: tuple[str, ...]) -> tuple[dict[str, str], tuple[tuple[str, str, str], ...]]:
    """({number shape: form}, (prefix, suffix, form) of the forms with ``{names}``)."""
    shapes: dict[str, str] = {}
    named = []
    for form in forms:
        key = " ".join(_normal(form).replace("{m}", "{n}").split()).strip(_TRIM)
        if "{names}" in key:
            prefix, _, suffix = key.partition("{names}")
            if prefix.strip() or suffix.strip():
                named.append((prefix.strip(), suffix.strip(), form))
        else:
            shapes.setdefault(key, form)
    named.sort(key=lambda item: len(item[0]) + len(item[1]), reverse=True)
    return shapes, tuple(named)


def match_form(line: str, forms: Iterable[str]) -> FormMatch | None:
    """The form ``line`` is written in, else None.

    ``{n}``/``{m}`` stand for numbers ("Slide 3 of 7" is "slide {n} of {m}"),
    ``{names}`` for any text ("Mitarbeit: Anna Berg" is "mitarbeit: {names}",
    names "Anna Berg"). Case, spacing and a final full stop or colon do not count.
    """
    shapes, named = _forms(tuple(forms))
    key = " ".join(_normal(line).split()).strip(_TRIM)
    if not key:
        return None
    shape = re.sub(r"\d+", "{n}", key) if any(ch.isdigit() for ch in key) else key
    if shape in shapes:
        return FormMatch(shapes[shape], "")
    for prefix, suffix, form in named:
        if len(key) <= len(prefix) + len(suffix):
            continue
        if key.startswith(prefix) and key.endswith(suffix):
            names = key[len(prefix) : len(key) - len(suffix)]
            if prefix and prefix[-1].isalnum() and names[:1].isalnum():
                continue  # "with" must not open "without …"
            if suffix and suffix[0].isalnum() and names[-1:].isalnum():
                continue
            return FormMatch(form, _printed_names(line, names.strip(_TRIM)))
    return None


def _printed_names(line: str, names: str) -> str:
    """``names`` as the line prints it (original case), found by its casefolded text."""
    at = line.casefold().find(names)
    return line[at : at + len(names)] if at >= 0 else names
