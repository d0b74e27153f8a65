"""Regular expressions compiled on first use, not at import.

Compiling the reader's patterns at import was most of the cost of a first parse; a
text that never needs a pattern (a date form, a dump tool's markup, another script)
should not pay for it. A :class:`LazyPattern` stands where a compiled pattern would,
compiles itself the first time one of its methods is asked for, and from then on
hands out the compiled pattern's own methods (plain attribute lookups, no wrapper).
Compiling goes through :mod:`.patterncache`, which holds the byte code of every pattern
made here, built ahead of time for the running interpreter.
"""

from __future__ import annotations

from ..._re import expand
from ..._typing import TYPE_CHECKING
from .patterncache import compile_pattern  # at import, not at each pattern's first use

if TYPE_CHECKING:
    from typing import Any

__all__ = ["REGISTRY", "LazyPattern", "lazy_pattern"]

REGISTRY: list[tuple[str, int]] = []
"""Every pattern and its flags made by :func:`lazy_pattern` (the pattern cache's build
reads it)."""

_METHODS = ("match", "search", "fullmatch", "sub", "subn", "split", "finditer", "findall")


class LazyPattern:
    """A pattern compiled on its first use (see the module docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        REGISTRY.append(self._source)

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not yet set: the first use of any method.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = compile_pattern(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.sub = _with_templates(compiled.sub)
        self.subn = _with_templates(compiled.subn)
        self.pattern = compiled.pattern
        return getattr(self if name in ("sub", "subn") else compiled, name)


def _with_templates(method: Any) -> Any:
    # ``pattern.sub`` (or ``subn``) taking a template such as ``r"\1"`` without importing
    # :mod:`re`: the engine imports it to read any replacement with a backslash (~25 M
    # instructions, ~12 % of a first parse); :func:`syndicate._re.expand` reads it instead.

    def sub(repl: Any, string: str, count: int = 0) -> Any:
        if repl.__class__ is str and "\\" in repl:
            repl = expand(repl)
        return method(repl, string, count)

    return sub


def lazy_pattern(pattern: str, flags: int = 0) -> Any:
    """A :class:`LazyPattern`, typed as ``Any`` so callers use it like ``re.Pattern``."""
    return LazyPattern(pattern, flags)
