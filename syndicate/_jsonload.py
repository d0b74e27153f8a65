"""``json.loads`` of a data file without importing :mod:`json`.

:mod:`json` (its decoder, scanner and encoder modules, and the patterns they compile) is
~5.4 M instructions of a one-article export, which reads two of syndicate's own tables
(``cldr.json``, ``scripts.json``) and writes no JSON. The C scanner :mod:`json` decodes
with is called directly, as ``syndicate.readers.language.cues.json_value`` does for the
reader. Anything it would refuse is handed to :mod:`json` itself, so errors are json's.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["loads"]

_WHITESPACE = " \t\n\r"  # what json.decoder's WHITESPACE pattern skips


class _Settings:
    # What json.JSONDecoder() gives its C scanner (json.loads' defaults).
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}.get


def loads(text: str) -> Any:
    """``json.loads(text)``: the same value, or the same error."""
    try:
        from _json import make_scanner
    except ImportError:  # an interpreter without the accelerator
        make_scanner = None
    if make_scanner is not None and not text.startswith("\ufeff"):
        start = len(text) - len(text.lstrip(_WHITESPACE))
        try:
            value, end = make_scanner(_Settings)(text, start)
        except StopIteration:
            pass  # not JSON: json.loads raises its error below
        else:
            if not text[end:].strip(_WHITESPACE):
                return value
    import json

    return json.loads(text)
