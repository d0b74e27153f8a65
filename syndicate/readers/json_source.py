"""Reading the model's own JSON (schema ``syndicate.article/1``) back.

Strict on purpose: ``NaN``/``Infinity``, duplicate keys, absurd nesting and
huge numbers are rejected with a clear error rather than half-accepted.
"""

from __future__ import annotations

from .. import strictjson
from ..errors import SourceNotUnderstood
from ..model import Article

__all__ = ["parse_json"]


def parse_json(text: str, label: str = "<json>", source_dir: str | None = None) -> Article:
    """Parse model JSON into an :class:`Article`, with a one-line error for bad input."""
    try:
        data = strictjson.loads(text)
    except strictjson.StrictJSONError as exc:
        raise SourceNotUnderstood(f"{label}: {exc}") from None
    try:
        return Article.from_dict(data, source_dir=source_dir)
    except SourceNotUnderstood as exc:
        raise SourceNotUnderstood(f"{label}: {exc}") from None
