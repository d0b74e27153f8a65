"""The reader's regular expressions, compiled ahead of time for this Python.

Compiling ~60 patterns is a third of the first parse of an article (``re`` parses each
pattern and builds its byte code in Python on every process start). The byte code is a
pure function of the pattern, its flags and the interpreter's regular-expression engine,
so it is built once (``python -m syndicate.readers.scraped.patterncache``) and stored
next to this module, one file per interpreter (``patterns-cpython-311.marshal``); a
pattern then becomes a compiled object with a single C call.

Nothing depends on the file being there or current: a pattern that is not in it, a file
made for another engine version, or any surprise from the engine's internals falls back
to :func:`re.compile`. ``tests/test_reader_patterncache.py`` checks that every cached
pattern behaves as ``re.compile``'s does and that the file is current.
"""

from __future__ import annotations

import marshal
import os
import sys

from ... import _functools as functools
from ..._typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ast
    import re
    from collections.abc import Iterable
    from typing import Any

__all__ = ["CACHE_PATH", "build", "compile_pattern"]  # noqa: F822 (CACHE_PATH: __getattr__)

_CACHE = os.path.join(os.path.dirname(__file__), f"patterns-{sys.implementation.cache_tag}.marshal")
"""The cache for the running interpreter (absent for interpreters nobody built it for), as a
string: the reader's path does not import pathlib (~5 ms, with urllib.parse and ipaddress);
``CACHE_PATH`` is the same file as a Path, made on request."""


def __getattr__(name: str) -> object:
    if name == "CACHE_PATH":
        from pathlib import Path

        return Path(_CACHE)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _engine() -> tuple[int, int, str, str, str]:
    import _sre

    # The byte code is stored as the bytes of its machine words (see _code): their size and
    # order belong to the engine's identity, and the last item names that format, so a file
    # written in a former one (a list of ints per pattern; an entry as a tuple, not as the
    # marshal bytes of one) is not read as this one.
    return _sre.MAGIC, _sre.CODESIZE, sys.byteorder, "words-as-bytes", "entry-as-marshal"


def _word() -> str:
    # The struct format of one of the engine's code words (``_sre.CODESIZE`` bytes).
    import _sre

    return {2: "H", 4: "I"}[_sre.CODESIZE]


@functools.cache
def _entries() -> dict[tuple[str, int], bytes]:
    # The cache's entries, each still marshalled: a first parse compiles about a third of
    # the ~340, and a bytes object is one copy where an entry's tuple, code and group dict are
    # several objects (round 23, speedb: −0.15 M instructions of a first parse, ~50 µs of
    # unmarshalling). :func:`cached_pattern` unmarshals the one it uses.
    try:
        with open(_CACHE, "rb") as handle:
            engine, entries = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if tuple(engine) == _engine() else {}


def _decode(data: bytes) -> dict[tuple[str, int], tuple[Any, ...]]:
    # Every entry of a cache file's bytes, unmarshalled (for tests: an entry's bytes depend
    # on which objects marshal found shared); ``{}`` for another format or engine.
    try:
        engine, entries = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    if tuple(engine) != _engine():
        return {}
    return {source: marshal.loads(entry) for source, entry in entries.items()}


@functools.cache
def _compiler() -> tuple[Any, str]:
    # ``_sre.compile`` and the struct format of a code word, looked up once: a first parse
    # compiles ~100 patterns, and an ``import`` and a dict for each came to ~0.3 M
    # instructions.
    import _sre

    return _sre.compile, _word()


def cached_pattern(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """``re.compile(pattern, flags)`` when the ahead-of-time cache holds it, else ``None``."""
    entry = _entries().get((pattern, int(flags)))
    if entry is not None:
        try:
            compile_, word = _compiler()
            flags_, code, *rest = marshal.loads(entry)
            return compile_(pattern, flags_, memoryview(code).cast(word).tolist(), *rest)
        except Exception:  # an engine that changed its mind: compile anew
            pass
    return None


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the ahead-of-time cache when it holds it."""
    found = cached_pattern(pattern, flags)
    if found is None:
        # re is imported only here: the reader's path does without it (see syndicate._re).
        import re

        found = re.compile(pattern, flags)
    return found


def _code(pattern: str, flags: int) -> tuple[Any, ...]:
    # What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern itself.
    import array
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        # The words as bytes, not a list of ints: unmarshalling ~27,000 int objects for ~180
        # patterns cost ~2 % of a first parse, which compiles fewer than half of them.
        array.array(_word(), code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _reader_patterns() -> list[tuple[str, int]]:
    # Every lazy pattern the reader's modules define (importing them registers them):
    # this package's, the language package's (dates, words) and the plain-text reader's;
    # and the two the model's text cleaning compiles (:data:`syndicate.textclean.PATTERNS`).
    import importlib
    import pkgutil

    from ...textclean import PATTERNS
    from .. import language, plaintext  # noqa: F401  (plaintext: imported to register)
    from . import lazyre

    for package in (sys.modules[__package__], language):
        for info in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{info.name}")
    registered = {(pattern, int(flags)) for pattern, flags in lazyre.REGISTRY}
    packages = (sys.modules[__package__], language)
    literal = set(literal_patterns(package.__file__ for package in packages))
    return sorted(registered | literal | set(_data_patterns()) | {(p, 0) for p in PATTERNS})


def _data_patterns() -> list[tuple[str, int]]:
    # The patterns the reader builds from a language's data: the picture-credit labels
    # of each language with a data file (:func:`.captions.page_label_source`). Changing
    # those words in a data file makes this cache stale (the test says so) until rebuilt.
    from ..language import LANGUAGES
    from .captions import page_label_source
    from .cuewords import chrome_cues

    ignorecase = 2  # re.IGNORECASE
    return [
        (page_label_source(tuple(sorted(chrome_cues(code).photo_labels))), ignorecase)
        for code in LANGUAGES
    ]


# The position of the flags argument of each function of re (syndicate._re) that takes one.
_FLAGS_AT = {
    "compile": 1,
    "search": 2,
    "match": 2,
    "fullmatch": 2,
    "findall": 2,
    "finditer": 2,
    "split": 3,
    "sub": 4,
    "subn": 4,
}


def literal_patterns(packages: Iterable[str | None]) -> list[tuple[str, int]]:
    """Every ``re.<function>("literal", …)`` call of the reader's modules, as (pattern, flags).

    Reader modules call ``re.split(r"…", text)`` and the like through :mod:`syndicate._re`,
    which serves a pattern from this cache when it holds it and imports :mod:`re` otherwise;
    listing these calls' patterns (the source of every module of the packages, the plain-text
    reader and the model) keeps a first parse from importing :mod:`re` for them. A call whose
    pattern or flags are not constants (a pattern built from cue words) is left out.
    """
    import ast
    import glob

    from ... import model
    from .. import plaintext

    files = {model.__file__, plaintext.__file__}
    for init in packages:
        if init is not None:
            files.update(glob.glob(os.path.join(os.path.dirname(init), "*.py")))
    found: set[tuple[str, int]] = set()
    for path in sorted(file for file in files if file is not None):
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read(), path)
        strings = _module_strings(tree)
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in _FLAGS_AT
                and node.args
            ):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                pattern: str | None = first.value
            else:
                pattern = strings.get(first.id) if isinstance(first, ast.Name) else None
            at = _FLAGS_AT[node.func.attr]
            given = [kw.value for kw in node.keywords if kw.arg == "flags"]
            given += node.args[at : at + 1]
            flags = _flags_value(given[0]) if given else 0
            if pattern is not None and flags is not None:
                found.add((pattern, flags))
    return sorted(found)


def _module_strings(tree: ast.Module) -> dict[str, str | None]:
    # The module's names bound once, at its top level, to a string (``_CJK = r"…"``, for
    # ``re.search(_CJK, text)``); ``None`` for a name bound to anything else or more than once.
    import ast

    strings: dict[str, str | None] = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        text = value.value if isinstance(value, ast.Constant) else None
        for target in targets:
            if isinstance(target, ast.Name):
                once = isinstance(text, str) and target.id not in strings
                strings[target.id] = text if once else None
    return strings


def _flags_value(node: ast.expr) -> int | None:
    # The value of ``re.I``, ``re.IGNORECASE | re.MULTILINE``…; ``None`` for anything else.
    import ast
    import re

    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _flags_value(node.left), _flags_value(node.right)
        return None if left is None or right is None else left | right
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        value = getattr(re, node.attr, None)
        return int(value) if node.value.id == "re" and isinstance(value, re.RegexFlag) else None
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    return None


def build() -> bytes:
    """The cache file's bytes for the running interpreter."""
    entries = {source: marshal.dumps(_code(*source)) for source in _reader_patterns()}
    return marshal.dumps((_engine(), entries))


def main() -> int:
    """Write the cache for the running interpreter."""
    data = build()
    with open(_CACHE, "wb") as handle:
        handle.write(data)
    print(f"wrote {_CACHE} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
