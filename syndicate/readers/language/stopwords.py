"""Stop words per language from the stopwords-iso lists, and the stop-word density of a text.

The lists come from the ``stopwordsiso`` package (the maintained stopwords-iso
collection). Importing that package costs ~50 ms (it reads package metadata),
so its JSON file is found without importing it and only the one language asked
for is decoded from it: a few tenths of a millisecond per language, once. A
language's data file may add words the list lacks (``extra_stopwords``:
Ukrainian has only 73 there).
"""

from __future__ import annotations

import sys

from ... import _functools as functools
from ... import _re as re
from ..._typing import TYPE_CHECKING
from ..scraped.lazyre import lazy_pattern
from .cues import LANGUAGES, compiled_line, json_value, primary_subtag

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec

__all__ = ["stopword_density", "stopwords", "words"]

# Scripts written without spaces between words: every character is a token there.
_UNSPACED = frozenset({"zh", "ja", "th"})
# Compiled on first use (WORDS: from the pattern cache; the other through re's own cache):
# a parse that never asks pays nothing.
WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)*"
_HAN_OR_KANA = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
WORDS = lazy_pattern(WORD)
"""``WORD`` compiled from the pattern cache on first use (compiling it costs ~1 ms)."""


@functools.cache
def _source() -> bytes:
    spec = _find_spec("stopwordsiso")
    if spec is None or not spec.submodule_search_locations:
        return b"{}"
    with open(f"{next(iter(spec.submodule_search_locations))}/stopwords-iso.json", "rb") as f:
        return f.read()


def _find_spec(name: str) -> ModuleSpec | None:
    # ``importlib.util.find_spec(name)`` for a top-level name, without importing
    # :mod:`importlib.util` (~2 % of a first parse's instructions): the module's spec if it
    # is imported, else the first spec the import system's meta path finders give.
    module = sys.modules.get(name)
    if module is not None:
        return module.__spec__
    for finder in sys.meta_path:
        find = getattr(finder, "find_spec", None)
        spec = find(name, None) if find is not None else None
        if spec is not None:
            return spec
    return None


@functools.cache
def stopwords(lang: str) -> frozenset[str]:
    """The casefolded stop words of a language ("de", "pt-BR"…); empty when none are known."""
    code = primary_subtag(lang)
    source = _source()
    at = source.find(f'"{code}":['.encode())
    if at < 0:
        return frozenset()
    # Only the language's own list is decoded from UTF-8 (the file holds ~120 languages):
    # up to its first "]", which ends the list unless a word holds one; then the list does
    # not decode as JSON, and the whole file is read as before.
    start = at + len(code) + 3
    try:
        values, _end = json_value(source[start : source.index(b"]", start) + 1].decode("utf-8"))
    except ValueError:
        text = source.decode("utf-8")
        at = text.find(f'"{code}":[')
        values, _end = json_value(text, at + len(code) + 3)
    extra = compiled_line("stopwords")["extra"].get(code, ()) if code in LANGUAGES else ()
    every = (*values, *extra)
    # One casefold of the whole list, not one call per word (~1,300 for English): folding
    # maps each character alone, so the lines fold as the words do, unless a word holds
    # a line break.
    joined = "\n".join(every)
    if joined.count("\n") == len(every) - 1:
        return frozenset(joined.casefold().split("\n")) if every else frozenset()
    return frozenset(word.casefold() for word in every)


def words(text: str, lang: str = "") -> list[str]:
    """The casefolded word tokens of a text; single characters for Chinese, Japanese and Thai."""
    if primary_subtag(lang) in _UNSPACED:
        return re.findall(_HAN_OR_KANA, text)
    return WORDS.findall(text.casefold())


def stopword_density(text: str, lang: str) -> float:
    """The share (0–1) of a text's words that are stop words of ``lang``; 0.0 for no words.

    For Chinese and Japanese each character counts as a word and a character
    is a stop word when the list holds it alone ("的", "了", "在").
    """
    tokens = words(text, lang)
    if not tokens:
        return 0.0
    stop = stopwords(lang)
    return sum(1 for token in tokens if token in stop) / len(tokens)
