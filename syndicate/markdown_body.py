"""Reading the body of the Markdown form: CommonMark, plus ``::: kind`` blocks holding YAML.

The body is parsed by markdown-it-py with its CommonMark preset, so the habits of people who
edit Markdown hold: ``*``, ``+`` or ``-`` bullets, ``1.`` or ``1)`` numbers, list items and
paragraphs wrapped over several lines, ATX (``## Title``) and setext (``Title`` over ``---``)
headings, block quotes. The one extension is the fenced YAML block the form needs for figures
(caption, credit, src and alt are separate fields) and for any block whose plain Markdown would
not read back exactly::

    ::: figure
    caption: Crowds on the quay.
    credit: Pia Lund/Coastal Wire
    :::

The model has no inline formatting, so inline Markdown (``*emphasis*``, links) is kept as the
literal text it is; a soft line break is a space. One backslash before the first character of a
paragraph, heading, quote line or list item is an escape and is removed (``\\# not a heading``).

What the model has no block for is still kept: a code block or raw HTML becomes a paragraph of
its literal text; a nested list or a heading inside a quote or list item becomes a line of that
item's text. A thematic break (``***``) carries no text and is dropped with a warning.
"""

from __future__ import annotations

import re
import string
import warnings
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from .errors import SourceNotUnderstood

__all__ = ["FENCE_CLOSE", "FENCE_OPEN", "MarkdownFormWarning", "read_body"]

FENCE_OPEN = re.compile(r"^::: ?(paragraph|heading|figure|quote|list)\s*$")
FENCE_CLOSE = ":::"
ATTRIBUTION = "— "
_PUNCTUATION = frozenset(string.punctuation)
_LITERAL_BLOCKS = ("fence", "code_block", "html_block")


class MarkdownFormWarning(UserWarning):
    """Something in the Markdown body has no place in the model (a thematic break)."""


YamlReader = Callable[[list[str], str], dict[str, Any]]


def read_body(lines: list[str], first_line: int, label: str, read_fenced: YamlReader) -> list[
    dict[str, Any]
]:
    """The blocks of ``lines`` (the body, whose first line is ``first_line`` of the file).

    Each block is a dict in the model's JSON shape; ``read_fenced`` turns the lines of a
    ``::: kind`` block (fences included) into one.
    """
    blocks: list[dict[str, Any]] = []
    for start, segment, fenced in _segments(lines, first_line):
        where = f"{label}: line {start}"
        if fenced:
            blocks.append(read_fenced(segment, where))
        else:
            blocks.extend(_markdown_blocks("\n".join(segment), start, label))
    return blocks


def _segments(lines: list[str], first_line: int) -> Iterator[tuple[int, list[str], bool]]:
    """Runs of Markdown lines and whole ``::: kind`` blocks, with their first line number."""
    index = 0
    run_start = 0
    while index < len(lines):
        if not FENCE_OPEN.match(lines[index]):
            index += 1
            continue
        if index > run_start:
            yield first_line + run_start, lines[run_start:index], False
        start = index
        index += 1
        while index < len(lines) and lines[index] != FENCE_CLOSE:
            index += 1
        if index == len(lines):
            raise SourceNotUnderstood(
                f"line {first_line + start}: '{lines[start]}' block is never closed"
            )
        yield first_line + start, [*lines[start:index], FENCE_CLOSE], True
        index += 1
        run_start = index
    if run_start < len(lines):
        yield first_line + run_start, lines[run_start:], False


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def _markdown_blocks(text: str, first_line: int, label: str) -> Iterator[dict[str, Any]]:
    tokens = _parser().parse(text)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        end = _close(tokens, index)
        inner = tokens[index + 1 : end]
        if token.type == "heading_open":
            level = int(token.tag[1:])
            yield {"type": "heading", "text": _texts(inner)[0], "level": level}
        elif token.type == "paragraph_open":
            yield {"type": "paragraph", "text": _texts(inner)[0]}
        elif token.type == "blockquote_open":
            yield _quote(inner)
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            items = [
                "\n".join(_texts(tokens[i + 1 : _close(tokens, i)]))
                for i in range(index + 1, end)
                if tokens[i].type == "list_item_open" and tokens[i].level == token.level + 1
            ]
            yield {"type": "list", "items": items, "ordered": token.type == "ordered_list_open"}
        elif token.type in _LITERAL_BLOCKS:
            yield {"type": "paragraph", "text": token.content.rstrip("\n")}
        elif token.type == "hr":
            line = first_line + (token.map[0] if token.map else 0)
            warnings.warn(
                f"{label}: line {line}: a thematic break has no place in the article model; "
                "dropped",
                MarkdownFormWarning,
                stacklevel=2,
            )
        index = end + 1


def _close(tokens: list[Any], index: int) -> int:
    """The index of the token closing ``tokens[index]`` (itself for a self-contained one)."""
    if tokens[index].nesting != 1:
        return index
    depth = 0
    for position in range(index, len(tokens)):
        depth += tokens[position].nesting
        if depth == 0:
            return position
    return len(tokens) - 1


def _texts(tokens: list[Any]) -> list[str]:
    """The literal text of each inline run and literal block among ``tokens``, in order."""
    out = []
    for token in tokens:
        if token.type == "inline":
            out.append(_unescape(" ".join(line.strip() for line in token.content.split("\n"))))
        elif token.type in _LITERAL_BLOCKS:
            out.append(token.content.rstrip("\n"))
    return out or [""]


def _unescape(text: str) -> str:
    # Only the first character: the escape the writer adds to keep a paragraph a paragraph.
    if len(text) > 1 and text[0] == "\\" and text[1] in _PUNCTUATION:
        return text[1:]
    return text


def _quote(tokens: list[Any]) -> dict[str, Any]:
    """A quote; a last paragraph or a last line ``— Name`` is its attribution.

    The writer puts the attribution in a paragraph of its own; people often write it on the
    line right under the quoted words (``> …`` then ``> — Name``), which CommonMark makes
    part of the same paragraph, so the last source line of the last paragraph counts too.
    """
    texts = _texts(tokens)
    attribution = None
    if len(texts) > 1 and texts[-1].startswith(ATTRIBUTION):
        attribution = texts.pop()[len(ATTRIBUTION) :]
    else:
        runs = [t for t in tokens if t.type == "inline" or t.type in _LITERAL_BLOCKS]
        lines = runs[-1].content.split("\n") if runs and runs[-1].type == "inline" else []
        if len(lines) > 1 and lines[-1].strip().startswith(ATTRIBUTION):
            attribution = lines[-1].strip()[len(ATTRIBUTION) :].strip()
            texts[-1] = _unescape(" ".join(line.strip() for line in lines[:-1]))
    return {"type": "quote", "text": "\n".join(texts), "attribution": attribution}
