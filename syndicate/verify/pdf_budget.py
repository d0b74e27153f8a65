"""Limits on the work a PDF may ask of ``verify``: pages, decoded content bytes, operators.

pypdf's text extraction costs tens of microseconds per content-stream operator, and content
streams are compressed: a 14 KB file whose ten pages share one stream of 200,000 text
operators kept ``verify`` busy for minutes. Before any page's text is extracted, the budget
below is charged for its content streams (decoded here with a bounded inflate, so a
compression bomb is measured without being expanded) and the file is refused (exit 8) once a
limit is passed. A content stream shared by several pages is charged and extracted once.
A form XObject is charged for every ``Do`` that may draw it, since pypdf reads it again each
time (one 1,000-operator form drawn 1,000 times is a million operators).
Syndicate's own PDFs stay far below the limits: 73 pages of a 50,000-word paragraph hold
about 12,000 operators.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from ..errors import VerificationFailed

__all__ = ["MAX_DECODED_BYTES", "MAX_OPERATORS", "MAX_PAGES", "ContentBudget", "content_key"]

MAX_PAGES = 5_000
"""More pages than any article (a 200,000-word paragraph makes about 300)."""
MAX_DECODED_BYTES = 64 * 1024 * 1024
"""Decoded content-stream bytes over the whole file (distinct streams only)."""
MAX_OPERATORS = 100_000
"""Content-stream operators over the whole file (distinct streams only): a few seconds of
pypdf's extraction at most."""

# String literals and hex strings hold text, not operators; removed before counting.
_STRINGS = re.compile(rb"\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>", re.DOTALL)
# An operator is a bare word (not a /Name, not a number) of letters, * ' or ".
_OPERATOR = re.compile(rb"(?<![/\w.+\-*'\"])[A-Za-z*'\"]{1,3}(?![\w*'\"])")
_DRAW = b"Do"
_FORM_DEPTH = 8
"""Forms drawing forms deeper than this are charged as the limit (pypdf stops at cycles)."""


def content_key(page: Any) -> tuple[Any, ...] | None:
    """What identifies a page's content streams, to extract a shared one once; None if direct."""
    from pypdf.generic import ArrayObject, IndirectObject

    raw = page.raw_get("/Contents") if "/Contents" in page else None
    refs = list(raw) if isinstance(raw, ArrayObject) else [raw]
    if not refs or not all(isinstance(ref, IndirectObject) for ref in refs):
        return None
    return tuple((ref.idnum, ref.generation) for ref in refs)


class ContentBudget:
    """What is left of the limits for one file; :meth:`charge` each page before extraction."""

    def __init__(self, pages: int) -> None:
        if pages > MAX_PAGES:
            raise VerificationFailed(f"pdf: refused: {pages} pages (more than {MAX_PAGES})")
        self.decoded = 0
        self.operators = 0
        self._seen: set[tuple[int, int]] = set()
        self._forms: dict[tuple[int, int], int] = {}

    def charge(self, page: Any) -> None:
        """Count the page's not yet counted content streams; refuse past a limit."""
        from pypdf.generic import ArrayObject, IndirectObject

        raw = page.raw_get("/Contents") if "/Contents" in page else None
        for ref in list(raw) if isinstance(raw, ArrayObject) else [raw]:
            if ref is None:
                continue
            if isinstance(ref, IndirectObject):
                if (ref.idnum, ref.generation) in self._seen:
                    continue
                self._seen.add((ref.idnum, ref.generation))
            operators = _OPERATOR.findall(_STRINGS.sub(b" ", self._decode(ref.get_object())))
            draws = operators.count(_DRAW)
            self._add(len(operators))
            if draws:
                self._add(draws * self._form_cost(page.get("/Resources"), _FORM_DEPTH))

    def _add(self, operators: int) -> None:
        self.operators += operators
        if self.operators > MAX_OPERATORS:
            raise VerificationFailed(
                f"pdf: refused: more than {MAX_OPERATORS} content operators to read"
            )

    def _form_cost(self, resources: Any, depth: int) -> int:
        """Operators of the costliest form XObject in ``resources`` (forms it draws included)."""
        from pypdf.generic import DictionaryObject, IndirectObject

        resources = resources.get_object() if resources is not None else None
        xobjects = resources.get("/XObject") if isinstance(resources, DictionaryObject) else None
        xobjects = xobjects.get_object() if xobjects is not None else None
        if not isinstance(xobjects, DictionaryObject) or depth == 0:
            return 0
        worst = 0
        for ref in xobjects.values():
            key = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else None
            if key is not None and key in self._forms:
                worst = max(worst, self._forms[key])
                continue
            form = ref.get_object()
            if not isinstance(form, DictionaryObject) or form.get("/Subtype") != "/Form":
                continue
            if key is not None:
                self._forms[key] = 0  # a form drawing itself: pypdf stops the cycle
            operators = _OPERATOR.findall(_STRINGS.sub(b" ", self._decode(form)))
            cost = len(operators)
            draws = operators.count(_DRAW)
            if draws:
                inner = form.get("/Resources", resources)
                cost += draws * self._form_cost(inner, depth - 1)
            cost = min(cost, MAX_OPERATORS + 1)
            if key is not None:
                self._forms[key] = cost
            worst = max(worst, cost)
        return worst

    def _decode(self, stream: Any) -> bytes:
        left = MAX_DECODED_BYTES - self.decoded
        filters = stream.get("/Filter")
        names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)]
        if names == ["/FlateDecode"] and "/DecodeParms" not in stream:
            # Inflate at most what the budget allows: a bomb is measured, never expanded.
            try:
                data = zlib.decompressobj().decompress(stream._data, left + 1)
            except zlib.error:
                data = b""  # pypdf reports the damage when it reads the page
        else:
            try:
                data = stream.get_data()
            except Exception:  # pypdf's many decoding errors; it reports them on extraction
                data = b""
        self.decoded += len(data)
        if self.decoded > MAX_DECODED_BYTES:
            raise VerificationFailed(
                f"pdf: refused: content streams decode to more than {MAX_DECODED_BYTES} bytes"
            )
        return data
