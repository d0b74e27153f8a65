"""JSON decoded by the C scanner :mod:`json` uses, without importing :mod:`json`.

:mod:`json` (its decoder, scanner and encoder modules, and the patterns they compile) is
~5.4 M instructions of a one-article export, which reads two of syndicate's own tables
(``cldr.json``, ``scripts.json``) and writes no JSON, and ~6 M of the reader's first parse
(and :mod:`re` with it), which reads its cue data line by line. Anything the scanner would
refuse is handed to :mod:`json` itself, so errors are json's.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["json_value", "loads"]

_WHITESPACE = " \t\n\r"  # what json.decoder's WHITESPACE pattern skips


class _Settings:
    # What json.JSONDecoder() gives its C scanner (json.loads' defaults).
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}.get


def json_value(text: str, index: int = 0) -> tuple[Any, int]:
    """``json.JSONDecoder().raw_decode(text, index)``: the JSON value starting at ``index``
    and the index after it."""
    try:
        from _json import make_scanner
    except ImportError:  # an interpreter without the accelerator
        import json

        return json.JSONDecoder().raw_decode(text, index)
    try:
        return make_scanner(_Settings)(text, index)
    except StopIteration as stop:
        import json

        raise json.JSONDecodeError("Expecting value", text, stop.value) from None


def loads(text: str) -> Any:
    """``json.loads(text)``: the same value, or the same error."""
    if not text.startswith("\ufeff"):
        start = len(text) - len(text.lstrip(_WHITESPACE))
        try:
            value, end = json_value(text, start)
        except ValueError:
            pass  # not JSON: json.loads raises its error below
        else:
            if not text[end:].strip(_WHITESPACE):
                return value
    import json

    return json.loads(text)
