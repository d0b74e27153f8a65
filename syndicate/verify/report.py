"""The verification report: one line per problem, a summary, and JSON for tools."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .text import first_words

__all__ = ["STATUSES", "Finding", "VerifyReport"]

STATUSES = ("missing", "altered", "out of order")
"""What can be wrong with an element, worst first."""


@dataclass(frozen=True)
class Finding:
    """One element of the source article that the output does not carry faithfully."""

    kind: str
    """The element's kind: ``title``, ``paragraph``, ``figure-credit``, …"""
    status: str
    """One of :data:`STATUSES`."""
    text: str
    """The element's text in the source."""
    found: str | None = None
    """For ``altered``: the closest text the output holds instead."""
    block: int | None = None
    """Index of the body block the element belongs to, when it is in the body."""

    def line(self) -> str:
        """The human-readable line: status, kind and the first words of the text."""
        out = f'{self.status} {self.kind} "{first_words(self.text)}"'
        if self.block is not None:
            out += f" (block {self.block})"
        if self.found is not None:
            out += f'; output has "{first_words(self.found)}"'
        return out

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "kind": self.kind,
            "status": self.status,
            "text": self.text,
            "found": self.found,
            "block": self.block,
        }


@dataclass
class VerifyReport:
    """What reading one output back found, compared with the source article."""

    output: str
    """The output's name (a path, or ``<bytes>``)."""
    format: str
    """The format it was read as: ``epub``, ``pdf``, ``docx``, ``rss``, ``atom``, ``jsonfeed``…"""
    checked: dict[str, int] = field(default_factory=dict)
    """How many elements of each kind were checked."""
    findings: list[Finding] = field(default_factory=list)
    """Every element missing, altered or out of order, in source order."""
    tolerances: dict[str, str] = field(default_factory=dict)
    """Kinds this format does not carry (not checked), with the documented reason."""
    error: str | None = None
    """Set when the output could not be read at all (then nothing was checked)."""

    @property
    def ok(self) -> bool:
        """True when the output was read and every checked element is preserved."""
        return self.error is None and not self.findings

    def counts(self) -> dict[str, dict[str, int]]:
        """Problems per status, then per kind: ``{"missing": {"paragraph": 1}}``."""
        out: dict[str, dict[str, int]] = {}
        for status in STATUSES:
            per_kind = Counter(f.kind for f in self.findings if f.status == status)
            if per_kind:
                out[status] = dict(sorted(per_kind.items()))
        return out

    def summary(self) -> str:
        """The summary line: verdict, elements preserved, and counts per kind."""
        if self.error is not None:
            return f"{self.output} ({self.format}): UNREADABLE: {self.error}"
        total = sum(self.checked.values())
        bad = len(self.findings)
        head = f"{self.output} ({self.format}): {'OK' if self.ok else 'FAILED'}"
        line = f"{head}: {total - bad} of {total} elements preserved"
        parts = []
        for status, per_kind in self.counts().items():
            listed = ", ".join(f"{n} {kind}" for kind, n in per_kind.items())
            parts.append(f"{status}: {listed}")
        if parts:
            line += "; " + "; ".join(parts)
        return line

    def to_text(self) -> str:
        """The report a person reads: one line per problem, then the summary."""
        prefix = f"{self.output}: "
        lines = [prefix + f.line() for f in self.findings]
        lines.append(self.summary())
        return "\n".join(lines)

    def render(self) -> str:
        """The same as :meth:`to_text` (the name the command line uses)."""
        return self.to_text()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (see docs/verify.md for the schema)."""
        return {
            "output": self.output,
            "format": self.format,
            "ok": self.ok,
            "error": self.error,
            "checked": dict(sorted(self.checked.items())),
            "problems": [f.to_dict() for f in self.findings],
            "counts": self.counts(),
            "not_checked": dict(sorted(self.tolerances.items())),
        }

    def to_json(self) -> str:
        """:meth:`to_dict` as indented JSON."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
