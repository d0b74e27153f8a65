"""The editable form of the model: Markdown with YAML front matter.

Metadata (title, authors with role and bio, contributors, credit line, dates,
rights, provenance…) lives in the front matter; the body is CommonMark, read by
markdown-it-py (see :mod:`syndicate.markdown_body` for what it accepts), with
figures as a fenced block holding YAML, so caption, credit, src and alt stay
separate fields an editor can change::

    ::: figure
    caption: Crowds on the quay.
    credit: Pia Lund/Coastal Wire
    src: images/harbour.png
    :::

Model -> Markdown -> model is lossless: each block is written in its natural
Markdown form only when that form reads back as the same block (checked with the
reader itself, block by block and for the whole body); anything else (a paragraph
starting with ``1.``, text with line breaks…) is written as a fenced YAML block.
"""

from __future__ import annotations

import string
import warnings
from datetime import date, datetime
from typing import Any

import yaml

from .errors import SourceNotUnderstood
from .markdown_body import ATTRIBUTION, FENCE_CLOSE, FENCE_OPEN, read_body
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

_PUNCTUATION = frozenset(string.punctuation)


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


def _piece(text: str, escape: bool) -> str:
    return "\\" + text if escape and text[:1] in _PUNCTUATION else text


def _natural(block: Block, escape: bool, alternate: bool) -> str | None:
    """The natural Markdown for a block (not yet checked), or None when there is none.

    ``escape`` puts a backslash before a leading ASCII punctuation mark; ``alternate`` uses
    the second bullet (``*``) or number style (``1)``), so that a list right after another
    list of the same kind stays a list of its own.
    """
    if isinstance(block, Paragraph):
        return _piece(block.text, escape) if block.text else None
    if isinstance(block, Heading):
        return "#" * block.level + " " + _piece(block.text, escape) if block.text else None
    if isinstance(block, Quote):
        if not block.text:
            return None
        lines = [f"> {_piece(line, escape)}" for line in block.text.split("\n")]
        if block.attribution is not None:
            lines.append(f"> {ATTRIBUTION}{block.attribution}")
        return "\n>\n".join(lines)
    if isinstance(block, ListBlock):
        if not block.items:
            return None
        bullet, number = ("*", ")") if alternate else ("-", ".")
        return "\n".join(
            f"{f'{n}{number}' if block.ordered else bullet} {_piece(item, escape)}"
            for n, item in enumerate(block.items, 1)
        )
    return None  # figures always use the fenced form


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None}


def _reads_back(markdown: str, block: Block) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            blocks = read_body(markdown.split("\n"), 1, "", _read_fenced)
    except (SourceNotUnderstood, Warning):
        return False
    return [_comparable(b) for b in blocks] == [_comparable(_block_to_dict(block))]


def _plain(block: Block, alternate: bool = False) -> str | None:
    """The natural Markdown for a block, or None when it would not read back exactly."""
    for escape in (False, True):
        markdown = _natural(block, escape, alternate)
        if markdown is not None and _reads_back(markdown, block):
            return markdown
    return None


def _fenced(block: Block) -> str:
    data = _block_to_dict(block)
    kind = data.pop("type")
    if isinstance(block, Figure):
        data = {k: v for k, v in data.items() if v is not None}
    return f"::: {kind}\n{_yaml(data) if data else ''}{FENCE_CLOSE}"


def dump_markdown(article: Article) -> str:
    """The article as Markdown with YAML front matter (lossless)."""
    meta = article.to_dict()
    meta.pop("blocks")
    # Unset fields of people are left out: the front matter is for editing.
    for key in ("authors", "contributors"):
        meta[key] = [{k: v for k, v in p.items() if v is not None} for p in meta[key]]
    front = _yaml(meta)
    wanted = [_comparable(_block_to_dict(b)) for b in article.blocks]
    everything = set(range(len(wanted)))
    fenced: set[int] = set()
    while True:
        body = _body(article.blocks, fenced)
        text = f"---\n{front}---\n\n" + "\n\n".join(body) + ("\n" if body else "")
        # Each block reads back alone; neighbours could still merge (they never should):
        # fence the blocks that differ, or all of them, until the whole body reads back.
        again = [_comparable(b) for b in _read_blocks(text)]
        if again == wanted or fenced == everything:
            return text
        differing = everything
        if len(again) == len(wanted):
            differing = {i for i, (a, b) in enumerate(zip(again, wanted, strict=True)) if a != b}
        fenced = fenced | differing if not differing <= fenced else everything


def _body(blocks: tuple[Block, ...], fenced: set[int]) -> list[str]:
    body = []
    previous: str | None = None
    alternate = False
    for index, block in enumerate(blocks):
        plain = None
        if index not in fenced:
            kind = f"list-{block.ordered}" if isinstance(block, ListBlock) else None
            alternate = kind is not None and kind == previous and not alternate
            plain = _plain(block, alternate)
            previous = kind if plain is not None else None
        else:
            previous = None
        body.append(plain if plain is not None else _fenced(block))
    return body


def _read_blocks(text: str) -> list[dict[str, Any]]:
    lines = text.split("\n")
    end = next(i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "..."))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read_body(lines[end + 1 :], end + 2, "", _read_fenced)


# -- reading ---------------------------------------------------------------


def _normalise_dates(value: Any) -> Any:
    # An unquoted YAML date is a date object; the model keeps ISO strings.
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _read_fenced(lines: list[str], where: str) -> dict[str, Any]:
    kind = FENCE_OPEN.match(lines[0]).group(1)  # type: ignore[union-attr]
    # The closing fence ends the last line: YAML keeps a literal block's final newline.
    data = _load_yaml("\n".join(lines[1:-1]) + "\n", f"{where}: '{kind}' block") or {}
    if not isinstance(data, dict):
        raise SourceNotUnderstood(f"{where}: the '{kind}' block must hold key: value lines")
    return {"type": kind, **{k: _normalise_dates(v) for k, v in data.items()}}


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
        end = next(i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "..."))
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
    meta["blocks"] = read_body(lines[end + 1 :], end + 2, label, _read_fenced)
    meta.setdefault("schema", "syndicate.article/1")
    try:
        return Article.from_dict(meta, source_dir=source_dir)
    except SourceNotUnderstood as exc:
        raise SourceNotUnderstood(f"{label}: {exc}") from None
