"""Contributor credit lines.

- "Reuters and Adam Morrow contributed to this report." [``credits.contributed``]
- "Associated Press writer Dana Lee in Chicago contributed." (descriptor and place dropped)
- "Reporting by A and B in London; Additional reporting by C; Editing by D"
  [``credits.reporting-by``], each name with its role ("reporting", "editing"…).
"""

from __future__ import annotations

from .bylines import split_names
from .cuewords import fold
from .lazyre import lazy_pattern
from .names import is_name

__all__ = ["credit_sentence", "parse_credit_line"]

_CONTRIBUTED_TAIL = lazy_pattern(
    r"(?i)\s+contributed(?:\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article|reporting)"
    r"|\s+reporting)?(?:\s+from\s+[^.]{1,60})?\.?$"
)
# The words in any case, the name after them capitalised ("Staff writer Sam Whitlow").
_DESCRIPTOR = lazy_pattern(
    r"^.*?\b(?i:writers?|reporters?|correspondents?|journalists?|photographers?|staff)\s+"
    r"(?=[A-ZА-ЯЁ])"
)
_PLACE = lazy_pattern(r"\s+(?:in|from)\s+[A-ZА-ЯЁ][^,;]*$")
# "Sam Pritchard of the Castleford Sentinel contributed reporting": the outlet the
# contributor works for follows "of"; LABELS.md 10 lists names only.
_OF_OUTLET = lazy_pattern(r"\s+of\s+(?:the\s+|The\s+)?[A-Z][^,;]*$")
# "… writer Lena Whitfield in Augusta, Maine, contributed": a place with its state or
# country holds a comma that must not split the names (no "and" or second "in" inside it).
_PLACE_WITH_REGION = lazy_pattern(
    r"\s+(?:in|from)\s+[A-Z](?:(?!\s(?:and|&)\s)[^,;])*,\s*[A-Z](?:(?!\s(?:and|&|in|from)\s)[^,;])*,?\s*$"
)
_ROLE_BY = lazy_pattern(
    r"(?i)^(?P<role>(?:additional\s+)?(?:reporting|writing|editing|research|graphics|"
    r"fact-checking|production|compiled|translation|photography|"
    r"data(?:\s+(?:analysis|reporting|visuali[sz]ation))?)(?:\s+and\s+\w+ing)?)\s+by\s+"
    r"(?P<names>\S.*)$"
)

# "Reporting by A; Editing by B" and, as nonprofit newsrooms print it, "Data analysis by A.
# Editing by B.": a semicolon, or a full stop after a word (not an initial: "J. Smith")
# before a capital; every part must still read as "ROLE by NAMES".
_SEGMENT_BREAK = lazy_pattern(r";|(?<=[a-z]{2})\.\s+(?=[A-Z])")


_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "он", "она", "они", "мы", "я"])


def _names(text: str) -> list[str] | None:
    names = []
    for raw in split_names(text):
        name = _PLACE.sub("", _DESCRIPTOR.sub("", raw)).strip(" .")
        if (outlet := _OF_OUTLET.search(name)) is not None and is_name(name[: outlet.start()]):
            name = name[: outlet.start()]  # the person, not "… of the Valley Ledger"
        if not name or len(name.split()) > 6 or not name[0].isupper():
            return None
        if name.casefold() in _PRONOUNS:
            return None  # "He contributed to this report." names nobody we can credit
        names.append(name)
    return names or None


def credit_sentence(text: str) -> str:
    """The sentence without a leading dash or bullet: "— X contributed." -> "X contributed."."""
    return text.strip().lstrip("—–-* ").strip()


def parse_credit_line(text: str) -> list[tuple[str, str | None]] | None:
    """The (name, role) pairs a contributor credit line names, or None if it is not one."""
    if len(text) > 400:
        return None
    folded = fold(text)
    if "contributed" not in folded and " by " not in folded:
        return None  # the cheap test first: most lines are neither form
    body = credit_sentence(text)
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1].strip()
    tail = _CONTRIBUTED_TAIL.search(body)
    if tail and tail.start() > 0:
        names = _names(_PLACE_WITH_REGION.sub("", body[: tail.start()]))
        return [(name, None) for name in names] if names else None
    segments = [s.strip() for s in _SEGMENT_BREAK.split(body.rstrip(".")) if s.strip()]
    if not segments:
        return None
    out: list[tuple[str, str | None]] = []
    for segment in segments:
        match = _ROLE_BY.match(segment)
        if match is None:
            return None
        names = _names(match.group("names"))
        if names is None:
            return None
        role = " ".join(match.group("role").lower().split())
        out.extend((name, role) for name in names)
    if all(role == "photography" for _, role in out):
        return None  # "Photography by X" alone credits the pictures, not the report
    return out
