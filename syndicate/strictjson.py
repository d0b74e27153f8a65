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


# Only quotes and brackets matter to the depth; everything else is deleted at C speed.
_DELETE = bytes(b for b in range(256) if b not in b'[]{}"')
_FOLD = bytes.maketrans(b"{}", b"[]")
_QUOTE, _OPEN, _CLOSE = b'"[]'
_SMALL = 1 << 16
"""Up to this many quotes and brackets a Python loop is quicker than importing numpy."""
_CHUNK = 1 << 16


def _structure(text: str) -> bytes:
    """The quotes and brackets of ``text``, escapes removed, ``{}`` folded into ``[]``.

    Removing ``\\\\`` pairs first, then ``\\"``, leaves exactly the quotes that open and
    close strings. A backslash outside a string is invalid JSON: the parser stops there,
    and before that point this view and the parser's agree.
    """
    data = text.encode("utf-8", "surrogatepass")  # never splits an ASCII byte
    if b"\\" in data:
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    return data.translate(_FOLD, _DELETE)


def _too_deep_small(data: bytes) -> bool:
    depth = 0
    in_string = False
    for byte in data:
        if byte == _QUOTE:
            in_string = not in_string
        elif in_string:
            continue
        elif byte == _OPEN:
            depth += 1
            if depth > MAX_DEPTH:
                return True
        else:
            depth -= 1
    return False


def _too_deep_large(data: bytes) -> bool:
    # The same walk as _too_deep_small, vectorised: string parity is a running XOR of the
    # quotes, depth a running sum of +1/-1 outside strings, chunk by chunk (cache-sized,
    # and a deep prefix stops the walk early).
    import numpy as np

    codes = np.frombuffer(data, dtype=np.uint8)
    depth = 0
    in_string = 0
    for start in range(0, len(codes), _CHUNK):
        chunk = codes[start : start + _CHUNK]
        outside = np.bitwise_xor.accumulate((chunk == _QUOTE).view(np.uint8))
        if not in_string:
            outside ^= 1
        in_string = 1 - int(outside[-1])
        steps = (chunk == _OPEN).view(np.int8) - (chunk == _CLOSE).view(np.int8)
        steps *= outside.view(np.int8)
        running = np.cumsum(steps, dtype=np.int32)
        if depth + int(running.max()) > MAX_DEPTH:
            return True
        depth += int(running[-1])
    return False


def _check_depth(text: str) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` before ``json.loads`` recurses into it.

    Linear and at C speed: about 0.5 s for 64 MiB of nothing but brackets
    (``benchmarks/bench_json_depth.py``), far less for real documents.
    """
    data = _structure(text)
    deep = _too_deep_small(data) if len(data) <= _SMALL else _too_deep_large(data)
    if deep:
        raise StrictJSONError(f"JSON nested deeper than {MAX_DEPTH} levels")


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
