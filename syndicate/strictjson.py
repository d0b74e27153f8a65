"""Strict JSON for untrusted input: one definition, used for sources and feeds alike.

The standard ``json`` module accepts ``NaN``/``Infinity`` (not JSON), keeps the
last of duplicate keys silently, recurses until ``RecursionError`` on deep
nesting, and converts numbers of any length. Each of these is refused here with
a :class:`StrictJSONError` whose message fits on one line.
"""

from __future__ import annotations

import json
import re
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
"""Up to this many quotes and brackets a Python walk is quicker than compiling the pattern."""


def _nesting_pattern(levels: int, strings: bool) -> re.Pattern[bytes]:
    """Balanced brackets nested at most ``levels`` deep (with ``"…"`` strings between
    them, if ``strings``), as one possessive pattern.

    Nesting bounded by a constant is a regular language, so the regular-expression engine
    can walk it in C. Every quantifier is possessive: at each byte only one way on is
    possible, so the engine never backtracks and the walk stays linear.
    """
    string = rb'"[^"]*+"|' if strings else b""
    items = rb'(?:"[^"]*+")*+' if strings else b""
    for _ in range(levels):
        items = rb"(?:" + string + rb"\[" + items + rb"\])*+"
    return re.compile(items)


_patterns: dict[bool, re.Pattern[bytes]] = {}


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


def _too_deep_small_prefix(text: str, end: int) -> bool:
    """Whether the text up to ``end`` (where the parser stopped) was already too deep.

    Tells "too deep" from "malformed" for a text that is both; walked in Python, so only
    when that part is small. A large malformed text is reported as malformed.
    """
    data = _structure(text[:end])
    return len(data) <= 4 * _SMALL and _too_deep_small(data)


def _within_depth(data: bytes) -> bool:
    """True when ``data`` is balanced and no deeper than :data:`MAX_DEPTH` (checked in C).

    False means too deep *or* not balanced (malformed): :func:`loads` tells them apart.
    """
    if b'"' in data:
        # Quotes alternate open/close here, so dropping any two adjacent ones (an empty
        # string, or one string's end and the next one's start) keeps every bracket on its
        # side of the strings: the commonest strings go at the speed of a byte search.
        data = data.replace(b'""', b"")
    strings = b'"' in data
    pattern = _patterns.get(strings)
    if pattern is None:
        pattern = _patterns[strings] = _nesting_pattern(MAX_DEPTH, strings)
    return pattern.fullmatch(data) is not None


def _check_depth(text: str) -> bool:
    """Whether ``text`` nests no deeper than :data:`MAX_DEPTH`, before ``json.loads`` runs.

    Linear: a Python walk for small texts, a C-speed pattern for large ones (about 1 s for
    64 MiB of nothing but brackets, far less for real documents;
    ``benchmarks/bench_json_depth.py``). False for a large text may also mean its brackets
    do not balance; the parser then says where.
    """
    data = _structure(text)
    if len(data) <= _SMALL:
        return not _too_deep_small(data)
    return _within_depth(data)


def loads(text: str) -> Any:
    """Parse ``text`` strictly; raise :class:`StrictJSONError` for anything doubtful."""
    shallow = _check_depth(text)
    too_deep = StrictJSONError(f"JSON nested deeper than {MAX_DEPTH} levels")
    try:
        # Past the check only a large text that is malformed (the parser says where) or too
        # deep is parsed without the guarantee; the parser's own recursion guard then ends
        # hopeless nesting with RecursionError, which is caught, never a crash.
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_reject_constant,
            parse_int=_number,
            parse_float=_number,
        )
    except RecursionError:
        raise too_deep from None
    except json.JSONDecodeError as exc:
        if _too_deep_small_prefix(text, exc.pos):
            raise too_deep from None
        raise StrictJSONError(
            f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    if not shallow:
        raise too_deep
    return value
