"""The functions of :mod:`re` the reader calls, without importing :mod:`re` on its path.

Importing :mod:`re` costs a first parse ~25 M instructions (~12 % of importing the reader and
reading one article): the module brings :mod:`enum` (its flags are an ``IntFlag``) and its
pattern parser and compiler, written in Python. The reader compiles none of its patterns
with them: their byte code comes from the ahead-of-time pattern cache
(:mod:`syndicate.readers.scraped.patterncache`), which hands it to the engine (``_sre``,
built in) directly. Reader modules therefore write ``from ... import _re as re`` and call
``re.search(r"…", text)``, ``re.split``, ``re.compile`` … as before: a pattern the cache
holds (the build lists every literal pattern these calls name, see
:func:`~syndicate.readers.scraped.patterncache.literal_patterns`) is served from it; any
other pattern, and any other name of :mod:`re` (``escape``, ``Pattern``, ``error`` …), goes
to :mod:`re` itself, imported then. Results are the same either way (the cache's patterns
are checked against ``re.compile``'s by ``tests/test_reader_patterncache.py``).
"""

from __future__ import annotations

from ._typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from re import Match as Match
    from re import Pattern as Pattern
    from re import error as error
    from typing import Any

__all__ = [
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "VERBOSE",
    "compile",
    "escape",
    "expand",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
    "subn",
]

# re's flags, as the integers they are (re.IGNORECASE == 2): every re function takes either.
ASCII = A = 256
IGNORECASE = I = 2  # noqa: E741 (re's name)
LOCALE = L = 4
UNICODE = U = 32
MULTILINE = M = 8
DOTALL = S = 16
VERBOSE = X = 64

_SERVED: dict[tuple[str, int], Pattern[str]] = {}
"""The patterns compiled from the cache so far (at most one per cache entry: patterns the
cache does not hold are left to :mod:`re`'s own bounded cache)."""


def compile(pattern: str, flags: int = 0) -> Pattern[str]:
    """``re.compile(pattern, flags)``: from the ahead-of-time cache when it holds the pattern."""
    if pattern.__class__ is str:
        found = _SERVED.get((pattern, flags))
        if found is not None:
            return found
        from .readers.scraped.patterncache import cached_pattern

        found = cached_pattern(pattern, flags)
        if found is not None:
            _SERVED[pattern, flags] = found
            return found
    import re

    return re.compile(pattern, flags)


def search(pattern: str, string: str, flags: int = 0) -> Match[str] | None:
    """``re.search``."""
    return compile(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> Match[str] | None:
    """``re.match``."""
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> Match[str] | None:
    """``re.fullmatch``."""
    return compile(pattern, flags).fullmatch(string)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    """``re.split``."""
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern: str, string: str, flags: int = 0) -> list[Any]:
    """``re.findall``."""
    return compile(pattern, flags).findall(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[Match[str]]:
    """``re.finditer``."""
    return compile(pattern, flags).finditer(string)


def sub(
    pattern: str,
    repl: str | Callable[[Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> str:
    """``re.sub``."""
    if isinstance(repl, str) and "\\" in repl:
        repl = expand(repl)
    return compile(pattern, flags).sub(repl, string, count)


def subn(
    pattern: str,
    repl: str | Callable[[Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> tuple[str, int]:
    """``re.subn``."""
    if isinstance(repl, str) and "\\" in repl:
        repl = expand(repl)
    return compile(pattern, flags).subn(repl, string, count)


_SPECIAL = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern: str) -> str:
    """``re.escape`` (for a ``str``): the same characters escaped the same way."""
    if pattern.__class__ is not str:
        import re

        return re.escape(pattern)
    return pattern.translate(_SPECIAL)


_EXPANDERS: dict[str, Callable[[Match[str]], str]] = {}


def expand(template: str) -> Callable[[Match[str]], str]:
    r"""A replacement function that does what ``template`` does as the replacement of
    ``pattern.sub(template, text)``: ``r"\1"``, ``r"\1:\2"``, ``r"\1m"``.

    Given a template with a backslash, the engine imports :mod:`re` to parse it (and runs
    Python code for every match anyway): a function made here does without the import.
    Templates of single-digit group references and plain text are expanded here (a group
    that did not take part gives "", as in a template); any other (``\g<name>``, ``\n``,
    ``\10``) is left to :meth:`re.Match.expand`.
    """
    found = _EXPANDERS.get(template)
    if found is None:
        found = _EXPANDERS[template] = _expander(template)
    return found


def _expander(template: str) -> Callable[[Match[str]], str]:
    head, *rest = template.split("\\")
    groups: list[int] = []
    texts: list[str] = []
    for part in rest:
        if not part or part[0] not in "123456789" or part[1:2].isdigit():
            return lambda match: match.expand(template)
        groups.append(int(part[0]))
        texts.append(part[1:])
    pairs = tuple(zip(groups, texts, strict=True))
    if head == "" and len(pairs) == 1 and pairs[0][1] == "":
        group = pairs[0][0]
        return lambda match: match.group(group) or ""  # r"\1": the most common by far

    def replace(match: Match[str]) -> str:
        out = head
        for group, text in pairs:
            out += (match.group(group) or "") + text
        return out

    return replace


def __getattr__(name: str) -> Any:
    # Any other name of re (Pattern, Match, error, purge …): re's own. Not the import
    # system's questions ("__path__": is this a package?), which re would answer the same.
    if name.startswith("__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import re

    return getattr(re, name)
