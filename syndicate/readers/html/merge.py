"""Merging what the page's sources state, in the order of trust, with conflicts recorded.

The first source that states a field wins; a lower source that states something
else is kept in provenance as ``FIELD.conflict``. Authors missing a role, bio or
URL take it from a lower source that names the same person.
"""

from __future__ import annotations

import re
from typing import Any

from ...model import Person, Provenance, parse_iso_date
from ..scraped.dates import parse_date
from .dom import resolve_url
from .found import Author, Found, Value

__all__ = ["Merge", "TITLE_SUFFIX", "iso_date", "language_tag", "norm", "same_date",
           "same_text", "stated_authors", "title_cleaner"]  # fmt: skip

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


def norm(text: str) -> str:
    """Whitespace-collapsed, case-folded text, for comparing what two sources say."""
    return " ".join(text.split()).casefold()


def iso_date(value: str) -> str | None:
    """A stated date as the model's ISO 8601 form, or None when it is not a full date."""
    text = value.strip()
    try:
        parsed = parse_iso_date(text)
    except ValueError:
        return parse_date(text)
    if hasattr(parsed, "hour"):
        return parsed.replace(microsecond=0).isoformat()  # type: ignore[call-arg]
    return parsed.isoformat()


def language_tag(value: str) -> str | None:
    """A BCP 47 tag from ``en_US``, ``en-gb``, ``de, en``; None when it is not one."""
    tag = value.strip().replace("_", "-").split(",")[0].strip()
    return tag if _LANGUAGE.fullmatch(tag) else None


class Merge:
    """Picks each field from the most trusted source that states it, noting conflicts."""

    def __init__(self, sources: list[Found]) -> None:
        self.sources = sources
        self.provenance: dict[str, Provenance] = {}

    def pick(self, name: str, convert: Any = None, same: Any = None) -> Any:
        """The first stated value of ``name`` (converted); later different ones are conflicts."""
        chosen: tuple[Any, Value] | None = None
        for source in self.sources:
            stated = source.get(name)
            if stated is None:
                continue
            value = convert(stated.value) if convert else stated.value
            if value in (None, "", [], ()):
                continue
            if chosen is None:
                chosen = (value, stated)
                self.provenance[name] = Provenance(stated.line, stated.rule)
            elif not (same or (lambda a, b: a == b))(chosen[0], value):
                self.provenance.setdefault(
                    f"{name}.conflict",
                    Provenance(
                        stated.line, f"{stated.rule} says {_show(value)}; {chosen[1].rule} kept"
                    ),
                )
        return chosen[0] if chosen else None


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(a.name if isinstance(a, Author) else str(a) for a in value) + "]"
    return repr(value)[:120]


def same_text(a: str, b: str) -> bool:
    """The same words, whatever the spacing and case."""
    return norm(a) == norm(b)


def same_date(a: str, b: str) -> bool:
    """The same calendar day (times differ between sources for the same publication)."""
    return a[:10] == b[:10]


def same_people(a: list[Author], b: list[Author]) -> bool:
    return [norm(p.name) for p in a] == [norm(p.name) for p in b]


TITLE_SUFFIX = object()
"""Marks a ``<title>`` cleaned without a known site name: a short last part after " | " goes."""


def title_cleaner(site: Any) -> Any:
    """A function dropping the site's name after " | ", " - "… from a meta or page title."""

    def clean(value: str) -> str:
        if site is TITLE_SUFFIX:
            for sep in (" | ", " – ", " — ", " - ", " :: "):
                head, _, tail = value.rpartition(sep)
                if head and len(tail.split()) <= 4 and len(head.split()) >= 3:
                    return head
            return value
        if site:
            for sep in (" | ", " - ", " – ", " — ", " :: "):
                if value.endswith(sep + site):
                    return value[: -len(sep + site)]
        return value

    return clean


def stated_authors(merge: Merge, sources: list[Found]) -> tuple[Person, ...]:
    """The winning byline, each person completed from the other sources."""
    chosen = merge.pick("authors", same=same_people) or []
    people = []
    for index, author in enumerate(chosen):
        role, bio, url = author.role, author.bio, author.url
        for source in sources:
            stated = source.get("authors")
            if stated is None:
                continue
            match = next((p for p in stated.value if norm(p.name) == norm(author.name)), None)
            if match is None:
                continue
            for attr, current in (("role", role), ("bio", bio), ("url", url)):
                extra = getattr(match, attr)
                if current is None and extra:
                    merge.provenance.setdefault(
                        f"authors[{index}].{attr}", Provenance(stated.line, stated.rule)
                    )
                    if attr == "role":
                        role = extra
                    elif attr == "bio":
                        bio = extra
                    else:
                        url = extra
        people.append(Person(author.name, role, bio, resolve_url(url, None) if url else None))
    return tuple(people)
