"""What an exporter declares about itself, read from its source without importing it.

``syndicate formats`` lists every exporter's extension, media type and description. Importing
the exporters to ask them costs about 200 ms (reportlab, lxml, python-docx, ebooklib…), so
the class attributes are read from the module's source instead: the ``class`` block named by
the entry point, its literal ``extension``, ``media_type`` and ``description`` (a module-level
string constant is followed once). A declaration that is not a literal there (computed,
inherited) returns None, and the caller imports the exporter as before.
"""

from __future__ import annotations

import ast
import re

from ._typing import NamedTuple

__all__ = ["ExporterFacts", "read_facts"]

_FIELDS = ("extension", "media_type", "description")
_ASSIGN = re.compile(r"[ \t]+(\w+)\s*(?::[^=\n]*)?=\s*(.+)")


class ExporterFacts(NamedTuple):
    """The descriptive class attributes of an exporter."""

    extension: str
    media_type: str
    description: str


def read_facts(value: str) -> ExporterFacts | None:
    """The facts of the exporter at entry point ``module:Class``, or None if not literal."""
    module, _, qualname = value.partition(":")
    qualname = qualname.split("[", 1)[0].strip()
    source = _module_source(module.strip())
    if source is None or not qualname or "." in qualname:
        return None
    body = _class_body(source, qualname)
    if body is None:
        return None
    found: dict[str, str] = {}
    for line in body:
        match = _ASSIGN.match(line)
        if match and match[1] in _FIELDS:
            text = _literal(match[2], source)
            if text is not None:
                found[match[1]] = text
    if len(found) < len(_FIELDS):
        return None
    return ExporterFacts(**found)


def _module_source(module: str) -> str | None:
    from importlib.util import find_spec

    try:
        # Imports the parent packages only (``syndicate.exporters`` is one docstring).
        spec = find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin or not spec.origin.endswith(".py"):
        return None
    try:
        with open(spec.origin, encoding="utf-8") as stream:
            return stream.read()
    except (OSError, UnicodeDecodeError):
        return None


def _class_body(source: str, name: str) -> list[str] | None:
    """The indented lines after ``class NAME…:`` at module level, up to the next statement."""
    match = re.search(rf"^class {re.escape(name)}\b[^\n]*\n", source, re.MULTILINE)
    if match is None:
        return None
    body = []
    for line in source[match.end() :].splitlines():
        if line and not line[0].isspace():
            break
        body.append(line)
    return body


def _literal(expression: str, source: str) -> str | None:
    """A string literal, or a module-level name bound to one (``MEDIA_TYPE``)."""
    expression = expression.strip()
    name = re.fullmatch(r"([A-Za-z_]\w*)\s*(?:#.*)?", expression)
    if name is not None:
        bound = re.search(rf"^{name[1]}\s*(?::[^=\n]*)?=\s*(.+)$", source, re.MULTILINE)
        if bound is None:
            return None
        expression = bound[1].strip()
    value = _evaluate(expression)
    # A trailing comment: cut at each "#" until what is left is a literal.
    cut = expression.rfind("#")
    while value is None and cut > 0:
        value = _evaluate(expression[:cut])
        cut = expression.rfind("#", 0, cut)
    return value


def _evaluate(expression: str) -> str | None:
    try:
        value = ast.literal_eval(expression.strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    return value if isinstance(value, str) else None
