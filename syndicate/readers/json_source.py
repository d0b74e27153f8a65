"""Reading the model's own JSON (schema ``syndicate.article/1``) back.

Strict on purpose: ``NaN``/``Infinity``, duplicate keys, absurd nesting and
huge numbers are rejected with a clear error rather than half-accepted.
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import SourceNotUnderstood
from ..model import Article

__all__ = ["MAX_DEPTH", "parse_json"]

MAX_DEPTH = 64
"""Deeper nesting than any article needs; it guards the parser's recursion."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise SourceNotUnderstood(f"JSON has the key {key!r} twice in one object")
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise SourceNotUnderstood(f"JSON holds {name}, which is not valid JSON")


def _check_depth(text: str, label: str) -> None:
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
                raise SourceNotUnderstood(f"{label}: JSON nested deeper than {MAX_DEPTH} levels")
        elif ch in "]}":
            depth -= 1


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > 30:
        raise SourceNotUnderstood(f"JSON number with {len(text)} digits is out of range")
    return int(text)


def parse_json(text: str, label: str = "<json>", source_dir: str | None = None) -> Article:
    """Parse model JSON into an :class:`Article`, with a one-line error for bad input."""
    _check_depth(text, label)
    try:
        data = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_reject_constant,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as exc:
        raise SourceNotUnderstood(
            f"{label}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except SourceNotUnderstood as exc:
        raise SourceNotUnderstood(f"{label}: {exc}") from None
    try:
        return Article.from_dict(data, source_dir=source_dir)
    except SourceNotUnderstood as exc:
        raise SourceNotUnderstood(f"{label}: {exc}") from None
