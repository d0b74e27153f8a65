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

import functools
import marshal
import os
import re
import sys

from ..._typing import TYPE_CHECKING

if TYPE_CHECKING:
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


def _engine() -> tuple[int, int, str, str]:
    import _sre

    # The byte code is stored as the bytes of its machine words (see _code): their size and
    # order belong to the engine's identity, and the last item names that format, so a file
    # written in the former one (a list of ints per pattern) is not read as this one.
    return _sre.MAGIC, _sre.CODESIZE, sys.byteorder, "words-as-bytes"


def _word() -> str:
    """The struct format of one of the engine's code words (``_sre.CODESIZE`` bytes)."""
    import _sre

    return {2: "H", 4: "I"}[_sre.CODESIZE]


@functools.cache
def _entries() -> dict[tuple[str, int], tuple[Any, ...]]:
    try:
        with open(_CACHE, "rb") as handle:
            engine, entries = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if tuple(engine) == _engine() else {}


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the ahead-of-time cache when it holds it."""
    entry = _entries().get((pattern, int(flags)))
    if entry is not None:
        try:
            import _sre

            flags_, code, *rest = entry
            return _sre.compile(pattern, flags_, memoryview(code).cast(_word()).tolist(), *rest)
        except Exception:  # an engine that changed its mind: compile anew
            pass
    return re.compile(pattern, flags)


def _code(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern itself."""
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
    """Every lazy pattern the reader's modules define (importing them registers them):
    this package's, the language package's (dates, words) and the plain-text reader's;
    and the two the model's text cleaning compiles (:data:`syndicate.textclean.PATTERNS`)."""
    import importlib
    import pkgutil

    from ...textclean import PATTERNS
    from .. import language, plaintext  # noqa: F401  (plaintext: imported to register)
    from . import lazyre

    for package in (sys.modules[__package__], language):
        for info in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{info.name}")
    registered = {(pattern, int(flags)) for pattern, flags in lazyre.REGISTRY}
    return sorted(registered | {(pattern, 0) for pattern in PATTERNS})


def build() -> bytes:
    """The cache file's bytes for the running interpreter."""
    entries = {source: _code(*source) for source in _reader_patterns()}
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
