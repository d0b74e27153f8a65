"""A readable summary of a recovered article, for ``syndicate inspect``.

Each field is shown with where it came from (source line and the rule that
fired), so a user can see why the parser decided what it did.
"""

from __future__ import annotations

import textwrap

from .model import Article, Figure, Heading, ListBlock, Paragraph, Quote

__all__ = ["summarize"]

_WIDTH = 72


def _short(text: str | None, width: int = _WIDTH) -> str:
    if text is None:
        return "—"
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder="…")


def _where(article: Article, key: str) -> str:
    prov = article.provenance.get(key)
    if prov is None:
        return ""
    line = f"line {prov.line}" if prov.line is not None else "no line"
    # The reader marks a decision it is unsure of with "[unsure: …]" in the rule: flag it
    # up front, so a user knows which fields to check.
    mark = "  ?? check" if "[unsure" in prov.rule else ""
    return f"  [{line}: {prov.rule}]{mark}"


def summarize(article: Article, source: str | None = None) -> str:
    """The article as aligned ``field  value  [line N: rule]`` rows, then its body, then
    the lines dropped as page chrome (with their text, when ``source``, the decoded text
    the article was read from, is given)."""
    title = _short(article.title)
    if not article.title.strip():
        # An untitled article: the source printed no headline; formats show a stand-in.
        shown = article.display_title
        title = f"— (none printed; formats show “{_short(shown, _WIDTH - 24)}”)" if shown else "—"
    rows: list[tuple[str, str, str]] = [
        ("title", title, _where(article, "title")),
        ("subtitle", _short(article.subtitle), _where(article, "subtitle")),
    ]
    if article.authors:
        for i, person in enumerate(article.authors):
            label = f"author {i + 1}" if len(article.authors) > 1 else "author"
            where = _where(article, f"authors[{i}]") or _where(article, "authors")
            rows.append((label, _short(person.name), where))
            if person.role:
                rows.append(("  role", _short(person.role), _where(article, f"authors[{i}].role")))
            if person.bio:
                rows.append(("  bio", _short(person.bio), _where(article, f"authors[{i}].bio")))
    else:
        rows.append(("author", "—", ""))
    rows += [
        ("published", article.published or "—", _where(article, "published")),
        ("updated", article.updated or "—", _where(article, "updated")),
        ("language", article.language, _where(article, "language")),
        (
            "contributors",
            _short(", ".join(c.name for c in article.contributors) or None),
            _where(article, "contributors"),
        ),
        ("credit line", _short(article.credit_line), _where(article, "credit_line")),
        ("publisher", _short(article.publisher.name if article.publisher else None), ""),
        ("url", article.url or "—", _where(article, "url")),
        ("tags", ", ".join(article.tags) or "—", _where(article, "tags")),
        ("rights", _short(article.rights), _where(article, "rights")),
    ]
    width = max(len(r[0]) for r in rows)
    out = [f"{name:<{width}}  {value}{where}" for name, value, where in rows]
    counts = {}
    for block in article.blocks:
        counts[block.type] = counts.get(block.type, 0) + 1
    tally = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items())
    out.append("")
    out.append(f"body: {len(article.blocks)} blocks ({tally or 'empty'})")
    for index, block in enumerate(article.blocks):
        where = _where(article, f"blocks[{index}]")
        if isinstance(block, Paragraph):
            text = _short(block.text, 60)
        elif isinstance(block, Heading):
            text = f"h{block.level} {_short(block.text, 56)}"
        elif isinstance(block, Figure):
            text = f"caption: {_short(block.caption, 40)} | credit: {block.credit or '—'}"
            if block.src:
                text += f" | src: {block.src}"
        elif isinstance(block, Quote):
            text = _short(block.text, 50) + (f" — {block.attribution}" if block.attribution else "")
        elif isinstance(block, ListBlock):
            text = f"{len(block.items)} items: {_short('; '.join(block.items), 50)}"
        else:  # pragma: no cover - the model has no other block types
            text = ""
        out.append(f"  {index:>3} {block.type:<9} {text}{where}")
    out.extend(_dropped(article, source.split("\n") if source is not None else None))
    return "\n".join(out) + "\n"


_PLACES = (
    ("above the headline: ", "above the headline"),
    ("before the article: ", "above the headline"),
    ("after the article: ", "after the article"),
)
"""The reasons that say where a run of dropped lines stood, and the group it goes in."""


def _dropped(article: Article, source: list[str] | None) -> list[str]:
    """The runs of lines dropped as page chrome, grouped by where they stood (above the
    headline, inside the article between its blocks, after it), each group with its number
    of lines and its reasons counted, then the runs themselves: their line numbers, why,
    and the first line's text when the ``source`` lines are known."""
    runs = [p for key, p in article.provenance.items() if key.startswith("dropped[")]
    if not runs:
        return []
    title = article.provenance.get("title")
    top = title.line if title is not None and title.line is not None else 0
    placed = [
        p.line
        for key, p in article.provenance.items()
        if key.startswith("blocks[") and p.line is not None
    ]
    bottom = max(placed, default=top)
    groups: dict[str, list[tuple[str, str, int]]] = {
        "above the headline": [],
        "inside the article": [],
        "after the article": [],
    }
    for run in runs:
        span, _, reason = run.rule.removeprefix("chrome ").partition(": ")
        first, _, last = span.removeprefix("lines ").removeprefix("line ").partition("-")
        count = int(last) - int(first) + 1 if last.isdigit() and first.isdigit() else 1
        group = next((g for prefix, g in _PLACES if reason.startswith(prefix)), None)
        if group is None:
            line = run.line or 0
            group = (
                "above the headline"
                if line < top
                else "after the article"
                if line > bottom
                else "inside the article"
            )
        for prefix, _g in _PLACES:
            reason = reason.removeprefix(prefix)
        if source is not None and first.isdigit() and 0 < int(first) <= len(source):
            shown = _short(source[int(first) - 1], 48)
            reason += f'  "{shown}"' + (" …" if count > 1 else "")
        groups[group].append((span, reason, count))
    total = sum(count for rows in groups.values() for _s, _r, count in rows)
    out = ["", f"dropped as page chrome: {total} lines in {len(runs)} runs of lines"]
    for group, rows in groups.items():
        if not rows:
            continue
        lines = sum(count for _s, _r, count in rows)
        tally: dict[str, int] = {}
        for _span, reason, count in rows:
            kind = reason.partition("  \"")[0]
            tally[kind] = tally.get(kind, 0) + count
        why = ", ".join(f"{kind} ×{n}" for kind, n in tally.items())
        out.append(f"  {group}: {lines} line{'s' if lines != 1 else ''} ({why})")
        out.extend(f"    {span}: {reason}" for span, reason, _count in rows)
    return out
