"""What one source of metadata on a page says, field by field, with where it said it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Author", "Found", "Value"]


@dataclass(frozen=True)
class Value:
    """One stated value and where it was stated (``jsonld.datePublished``, ``meta[og:title]``)."""

    value: Any
    rule: str
    line: int | None = None


@dataclass(frozen=True)
class Author:
    """An author as a metadata source states it."""

    name: str
    role: str | None = None
    bio: str | None = None
    url: str | None = None


@dataclass
class Found:
    """The fields one source states; a field it does not state is simply absent."""

    source: str
    """``jsonld``, ``microdata``, ``meta`` or ``page``: the rank in the order of trust."""
    values: dict[str, Value] = field(default_factory=dict)

    def set(self, name: str, value: Any, rule: str, line: int | None = None) -> None:
        """Record a value unless empty or already stated by this source."""
        if value in (None, "", [], ()):
            return
        self.values.setdefault(name, Value(value, rule, line))

    def get(self, name: str) -> Value | None:
        """The value stated for ``name``, or None."""
        return self.values.get(name)
