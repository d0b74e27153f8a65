"""Matching cue words against a line: whole words only, casefolded, without regular expressions.

Cue lists are data (``Cues`` fields) and long once every language is merged
(``all_cues().related_markers`` holds 225 phrases). One regular expression per
list would cost 10–40 ms to compile for each; these helpers use ``str.find``,
``str.startswith`` and set lookups instead, which cost nothing up front. "by"
matches "By Jane Roe" but not "Bystanders"; "slide {n} of {m}" matches "Slide 3
of 7"; a cue ending in a colon also matches " :" and the full-width "：".
"""

from __future__ import annotations

from collections.abc import Iterable

from ... import _re as re
from ..._typing import NamedTuple

__all__ = ["FormMatch", "cue_prefix", "find_cue", "has_cue", "match_form"]

_TRIM = " \t.:;,!?|·•-–—()[]【】"


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


_PUNCT = "\"'“”„«»‚‘’()[]{}.,:;!?|·•-–—"


_Index = tuple[dict[str, tuple[str, ...]], tuple[str, ...]]
"""(first word, punctuation stripped → the phrases it opens, longest first; phrases opening
with Han or kana, found anywhere since no word boundaries apply there). A plain tuple: one
class fewer to build at import."""


_INDEXES: dict[int, tuple[object, _Index]] = {}
_KEEP = 512
"""Indexes kept at most: one per cue list of every language is ~300."""


def _index(words: Iterable[str]) -> _Index:
    # Keyed by identity: hashing a list of 200 phrases on every call would cost more than
    # the lookup. The list object is kept with its index, so its id cannot be reused.
    found = _INDEXES.get(id(words))
    if found is None or found[0] is not words:
        if len(_INDEXES) >= _KEEP:  # lists built afresh on every call must not pile up
            _INDEXES.clear()
        found = _INDEXES[id(words)] = (words, _build_index(tuple(words)))
    return found[1]


def _build_index(words: tuple[str, ...]) -> _Index:
    cleaned = sorted({" ".join(_normal(word).split()) for word in words} - {""}, key=len)
    by_word: dict[str, list[str]] = {}
    unspaced = []
    for phrase in reversed(cleaned):  # longest first
        if _unspaced(phrase[0]):
            unspaced.append(phrase)
        else:
            by_word.setdefault(phrase.split()[0].strip(_PUNCT), []).append(phrase)
    return {k: tuple(v) for k, v in by_word.items()}, tuple(unspaced)


def find_cue(text: str, words: Iterable[str]) -> str | None:
    """The longest phrase of ``words`` that occurs in ``text`` as whole words, else None.

    Looked up by the line's words (a dict per list), so a list of 200 phrases costs
    what a line's few words cost.
    """
    index = _index(words)
    folded = " ".join(_normal(text).split())
    best: str | None = None
    by_word, unspaced = index
    for phrase in unspaced:
        if phrase in folded:
            best = phrase
            break
    offset = 0
    for token in folded.split(" "):
        start = offset + len(token) - len(token.lstrip(_PUNCT))
        for phrase in by_word.get(token.strip(_PUNCT), ()):
            end = start + len(phrase)
            if folded.startswith(phrase, start) and _boundary(folded, start, end, phrase):
                if best is None or len(phrase) > len(best):
                    best = phrase
                break
        offset += len(token) + 1
    return best


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
    if not folded:
        return None
    index = _index(words)
    first = folded.split(" ", 1)[0]
    by_word, unspaced = index
    candidates = by_word.get(first.strip(_PUNCT), ()) + unspaced
    for phrase in sorted(candidates, key=len, reverse=True) if unspaced else candidates:
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


_FORMS: dict[int, tuple[object, tuple]] = {}


def _forms_of(forms: Iterable[str]) -> tuple[dict[str, str], tuple[tuple[str, str, str], ...]]:
    found = _FORMS.get(id(forms))  # by identity, as _index
    if found is None or found[0] is not forms:
        if len(_FORMS) >= _KEEP:
            _FORMS.clear()
        found = _FORMS[id(forms)] = (forms, _forms(tuple(forms)))
    return found[1]


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


# A number as counters print it, digit groups included: "3,218", "1 406", "2.417" are one
# {n} ("عدد المشاهدات: 3,218", "Переглядів: 1 406"); a group is exactly three digits, so
# "3/7" or "12:30" stay two numbers.
_NUMBER = re.compile(r"\d+(?:[,.\u00a0\u202f ]\d{3}(?!\d))*")


def match_form(line: str, forms: Iterable[str]) -> FormMatch | None:
    """The form ``line`` is written in, else None.

    ``{n}``/``{m}`` stand for numbers ("Slide 3 of 7" is "slide {n} of {m}"),
    ``{names}`` for any text ("Mitarbeit: Anna Berg" is "mitarbeit: {names}",
    names "Anna Berg"). Case, spacing and a final full stop or colon do not count.
    """
    shapes, named = _forms_of(forms)
    key = " ".join(_normal(line).split()).strip(_TRIM)
    if not key:
        return None
    # (map in C, not a generator per character: a contributor test asks this of every line)
    shape = _NUMBER.sub("{n}", key) if any(map(str.isdigit, key)) else key
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
