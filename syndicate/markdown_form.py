"""The editable form of the model: Markdown with YAML front matter.

Metadata (title, authors with role and bio, contributors, credit line, dates,
rights, provenance…) lives in the front matter; the body is Markdown:

- paragraphs as plain text, ``## Heading``, ``> quote`` with a last
  ``> — Attribution`` line, ``- item`` / ``1. item`` lists;
- figures as a fenced block holding YAML, so caption, credit, src and alt stay
  separate fields an editor can change::

      ::: figure
      caption: Crowds on the quay.
      credit: Pia Lund/Coastal Wire
      src: images/harbour.png
      :::

Inline Markdown (``*emphasis*``, links) is kept as literal text: the model has
no inline formatting. Model -> Markdown -> model is lossless: any block whose
plain Markdown form would not read back identically (a paragraph starting
with ``#``, text with blank lines…) is written as a fenced YAML block instead.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import yaml

from .errors import SourceNotUnderstood
from .model import (
    Article,
    Block,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    _block_to_dict,
)

__all__ = ["dump_markdown", "load_markdown"]

_FENCE_OPEN = re.compile(r"^::: ?(paragraph|heading|figure|quote|list)\s*$")
_FENCE_CLOSE = ":::"
_HEADING = re.compile(r"^(#{1,6}) (.*)$")
_BULLET = re.compile(r"^- (.*)$")
_NUMBERED = re.compile(r"^\d+\. (.*)$")
_ATTRIBUTION = "— "
# Paragraph starts that Markdown (or our reader) would take as something else.
_SPECIAL_START = re.compile(r"^(#|>|- |\d+\. |:::|---|\\|\s)")


class _Dumper(yaml.SafeDumper):
    """Safe YAML with strings that hold newlines written as literal blocks."""


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_presenter)


class _Loader(yaml.SafeLoader):
    """Safe YAML that keeps dates as text: the model holds ISO 8601 strings, and
    YAML's own timestamp type would turn ``2025-13-45`` into a crash instead of
    a clear "not an ISO 8601 date" from the model's validation."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_yaml(text: str, where: str) -> Any:
    """Parse YAML; every failure, however exotic, becomes one clear parse error."""
    try:
        return yaml.load(text, Loader=_Loader)  # a SafeLoader subclass: no arbitrary objects
    except yaml.YAMLError as exc:
        raise SourceNotUnderstood(f"{where}: bad YAML ({_yaml_problem(exc)})") from None
    except RecursionError:
        raise SourceNotUnderstood(f"{where}: YAML nested too deeply") from None
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:
        # Explicit tags (!!timestamp, !!int) and out-of-range numbers end up here.
        message = " ".join(str(exc).split())[:120]
        raise SourceNotUnderstood(f"{where}: YAML value not understood ({message})") from None


def _yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1_000_000)


# -- writing ---------------------------------------------------------------


def _plain(block: Block) -> str | None:
    """The natural Markdown for a block, or None when it would not read back exactly."""
    if isinstance(block, Paragraph):
        text = block.text
        if not text or "\n" in text or text != text.strip():
            return None
        return "\\" + text if _SPECIAL_START.match(text) else text
    if isinstance(block, Heading):
        text = block.text
        if not text or "\n" in text or text != text.strip() or text.endswith("#"):
            return None
        return "#" * block.level + " " + text
    if isinstance(block, Quote):
        if not block.text or "\n" in block.text or block.text != block.text.strip():
            return None
        if block.text.startswith((_ATTRIBUTION, "\\")):
            return None
        lines = [f"> {block.text}"]
        if block.attribution is not None:
            attribution = block.attribution
            if not attribution or "\n" in attribution or attribution != attribution.strip():
                return None
            lines += [">", f"> {_ATTRIBUTION}{attribution}"]
        return "\n".join(lines)
    if isinstance(block, ListBlock):
        if not block.items:
            return None
        out = []
        for number, item in enumerate(block.items, 1):
            if not item or "\n" in item or item != item.strip():
                return None
            out.append(f"{number}. {item}" if block.ordered else f"- {item}")
        return "\n".join(out)
    return None  # figures always use the fenced form


def _fenced(block: Block) -> str:
    data = _block_to_dict(block)
    kind = data.pop("type")
    if isinstance(block, Figure):
        data = {k: v for k, v in data.items() if v is not None}
    return f"::: {kind}\n{_yaml(data) if data else ''}{_FENCE_CLOSE}"


def dump_markdown(article: Article) -> str:
    """The article as Markdown with YAML front matter (lossless)."""
    meta = article.to_dict()
    meta.pop("blocks")
    # Unset fields of people are left out: the front matter is for editing.
    for key in ("authors", "contributors"):
        meta[key] = [{k: v for k, v in p.items() if v is not None} for p in meta[key]]
    front = _yaml(meta)
    body = []
    for block in article.blocks:
        plain = _plain(block)
        body.append(plain if plain is not None else _fenced(block))
    return f"---\n{front}---\n\n" + "\n\n".join(body) + ("\n" if body else "")


# -- reading ---------------------------------------------------------------


def _normalise_dates(value: Any) -> Any:
    # An unquoted YAML date is a date object; the model keeps ISO strings.
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _chunks(lines: list[str], first_line: int) -> list[tuple[int, list[str]]]:
    """Split the body into blank-line separated chunks; fenced blocks stay whole."""
    chunks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = first_line
    index = 0
    while index < len(lines):
        line = lines[index]
        if not current and _FENCE_OPEN.match(line):
            fence = [line]
            start = first_line + index
            index += 1
            while index < len(lines) and lines[index] != _FENCE_CLOSE:
                fence.append(lines[index])
                index += 1
            if index == len(lines):
                raise SourceNotUnderstood(f"line {start}: '{line}' block is never closed")
            fence.append(_FENCE_CLOSE)
            chunks.append((start, fence))
            index += 1
            continue
        if line.strip():
            if not current:
                start = first_line + index
            current.append(line)
        elif current:
            chunks.append((start, current))
            current = []
        index += 1
    if current:
        chunks.append((start, current))
    return chunks


def _read_fenced(lines: list[str], where: str) -> dict[str, Any]:
    kind = _FENCE_OPEN.match(lines[0]).group(1)  # type: ignore[union-attr]
    data = _load_yaml("\n".join(lines[1:-1]), f"{where}: '{kind}' block") or {}
    if not isinstance(data, dict):
        raise SourceNotUnderstood(f"{where}: the '{kind}' block must hold key: value lines")
    return {"type": kind, **{k: _normalise_dates(v) for k, v in data.items()}}


def _read_chunk(lines: list[str], where: str) -> dict[str, Any]:
    if _FENCE_OPEN.match(lines[0]):
        return _read_fenced(lines, where)
    heading = _HEADING.match(lines[0])
    if heading and len(lines) == 1:
        return {"type": "heading", "level": len(heading.group(1)), "text": heading.group(2)}
    if all(line.startswith(">") for line in lines):
        body = [line[2:] if line.startswith("> ") else line[1:] for line in lines]
        attribution = None
        if len(body) >= 3 and body[-1].startswith(_ATTRIBUTION) and body[-2] == "":
            attribution = body[-1][len(_ATTRIBUTION) :]
            body = body[:-2]
        return {"type": "quote", "text": "\n".join(body), "attribution": attribution}
    if all(_BULLET.match(line) for line in lines):
        return {"type": "list", "ordered": False, "items": [line[2:] for line in lines]}
    if all(_NUMBERED.match(line) for line in lines):
        items = [_NUMBERED.match(line).group(1) for line in lines]  # type: ignore[union-attr]
        return {"type": "list", "ordered": True, "items": items}
    text = " ".join(line.strip() for line in lines)
    if text.startswith("\\"):
        text = text[1:]
    return {"type": "paragraph", "text": text}


def _yaml_problem(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or "syntax error"
    return f"{problem} at line {mark.line + 1}" if mark is not None else str(problem)


def load_markdown(text: str, label: str = "<markdown>", source_dir: str | None = None) -> Article:
    """Parse Markdown with YAML front matter into an :class:`Article`."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise SourceNotUnderstood(f"{label}: Markdown source must start with '---' front matter")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    except StopIteration:
        raise SourceNotUnderstood(f"{label}: front matter is never closed with '---'") from None
    meta = _load_yaml("\n".join(lines[1:end]), f"{label}: front matter") or {}
    if not isinstance(meta, dict):
        raise SourceNotUnderstood(f"{label}: front matter must be key: value lines")
    meta = {k: _normalise_dates(v) for k, v in meta.items()}
    if "blocks" in meta:
        raise SourceNotUnderstood(
            f"{label}: 'blocks' belongs in the Markdown body, not front matter"
        )
    blocks = [
        _read_chunk(chunk, f"{label}: line {line}")
        for line, chunk in _chunks(lines[end + 1 :], end + 2)
    ]
    meta["blocks"] = blocks
    meta.setdefault("schema", "syndicate.article/1")
    try:
        return Article.from_dict(meta, source_dir=source_dir)
    except SourceNotUnderstood as exc:
        raise SourceNotUnderstood(f"{label}: {exc}") from None
