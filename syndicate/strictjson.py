"""Strict JSON for untrusted input: one definition, used for sources and feeds alike.

The standard ``json`` module accepts ``NaN``/``Infinity`` (not JSON), keeps the
last of duplicate keys silently, recurses until ``RecursionError`` on deep
nesting, and converts numbers of any length. Each of these is refused here with
a :class:`StrictJSONError` whose message fits on one line.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["StrictJSONError", "loads", "MAX_DEPTH", "MAX_DIGITS"]

MAX_DEPTH = 64
"""Deeper nesting than any article or feed needs; it guards the parser's recursion."""
MAX_DIGITS = 30
"""Longer numbers are refused before Python converts them."""


class StrictJSONError(ValueError):
    """The text is not JSON we accept; the message says where and why."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise StrictJSONError(f"JSON has the key {key!r} twice in one object")
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise StrictJSONError(f"JSON holds {name}, which is not valid JSON")


def _number(text: str) -> int | float:
    digits = sum(c.isdigit() for c in text)
    if digits > MAX_DIGITS:
        raise StrictJSONError(f"JSON number with {digits} digits is out of range")
    return float(text) if any(c in text for c in ".eE") else int(text)


def _check_depth(text: str) -> None:
    # Count bracket depth outside strings before json.loads can recurse into it.
    depth = 0
    in_string = False
    escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise StrictJSONError(f"JSON nested deeper than {MAX_DEPTH} levels")
        elif ch in "]}":
            depth -= 1


def loads(text: str) -> Any:
    """Parse ``text`` strictly; raise :class:`StrictJSONError` for anything doubtful."""
    _check_depth(text)
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_reject_constant,
            parse_int=_number,
            parse_float=_number,
        )
    except json.JSONDecodeError as exc:
        raise StrictJSONError(
            f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
