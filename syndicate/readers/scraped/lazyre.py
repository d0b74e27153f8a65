"""Regular expressions compiled on first use, not at import.

Compiling the reader's patterns at import was most of the cost of a first parse; a
text that never needs a pattern (a date form, a dump tool's markup, another script)
should not pay for it. A :class:`LazyPattern` stands where a compiled pattern would,
compiles itself the first time one of its methods is asked for, and from then on
hands out the compiled pattern's own methods (plain attribute lookups, no wrapper).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["LazyPattern", "lazy_pattern"]

_METHODS = ("match", "search", "fullmatch", "sub", "subn", "split", "finditer", "findall")


class LazyPattern:
    """A pattern compiled on its first use (see the module docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not yet set: the first use of any method.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.pattern = compiled.pattern
        return getattr(compiled, name)


def lazy_pattern(pattern: str, flags: int = 0) -> Any:
    """A :class:`LazyPattern`, typed as ``Any`` so callers use it like ``re.Pattern``."""
    return LazyPattern(pattern, flags)
