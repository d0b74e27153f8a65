"""Articles that live in Next.js's ``__NEXT_DATA__`` JSON rather than in the markup.

A client-rendered page ships its article as data and an almost empty
``<div id="__next">``. The article object is found as the dict holding a
list of typed content blocks (``{"type": "paragraph", "text": …}``) or an
HTML ``body`` string; its headline, dek, authors and date come with it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ...model import Block, Figure, Heading, ListBlock, Paragraph, Quote
from .content import BodyBlock
from .dom import resolve_url
from .figures import split_base
from .found import Author, Found

__all__ = ["next_data_body", "read_next_data"]

_BODY_KEYS = ("body", "content", "blocks", "contentElements", "content_elements", "elements")
_KIND = {
    "paragraph": "p", "text": "p", "p": "p",
    "heading": "h", "header": "h", "subheading": "h", "h2": "h", "h3": "h",
    "list": "list", "quote": "quote", "blockquote": "quote", "pullquote": "quote",
    "image": "image", "figure": "image", "photo": "image",
}  # fmt: skip
_TAG = re.compile(r"<[^>]+>")
_MAX_NODES = 20000


def _plain(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    import html

    return " ".join(html.unescape(_TAG.sub(" ", value)).split())


def _text_of(item: dict[str, Any]) -> str:
    for key in ("text", "content", "value", "html"):
        if isinstance(item.get(key), str):
            return _plain(item[key])
    return ""


def _typed_list(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) >= 2
        and all(isinstance(v, dict) for v in value)
        and sum(str(v.get("type", "")).lower() in _KIND for v in value) * 2 >= len(value)
    )


def _article(data: Any) -> dict[str, Any] | None:
    queue, seen = [data], 0
    while queue and seen < _MAX_NODES:
        item = queue.pop(0)
        seen += 1
        if isinstance(item, dict):
            if any(_typed_list(item.get(k)) for k in _BODY_KEYS):
                return item
            queue.extend(item.values())
        elif isinstance(item, list):
            queue.extend(item)
    return None


def _blocks(items: list[dict[str, Any]]) -> list[tuple[Block | dict[str, Any], str]]:
    out: list[tuple[Block | dict[str, Any], str]] = []
    for item in items:
        kind = _KIND.get(str(item.get("type", "")).lower())
        if kind == "p" and (text := _text_of(item)):
            out.append((Paragraph(text), "next-data.paragraph"))
        elif kind == "h" and (text := _text_of(item)):
            level = item.get("level")
            out.append(
                (Heading(text, level if level in (2, 3, 4, 5, 6) else 2), "next-data.heading")
            )
        elif kind == "list":
            entries = item.get("items") or []
            texts = tuple(
                t for e in entries if (t := _plain(e) if isinstance(e, str) else _text_of(e))
            )
            if texts:
                out.append((ListBlock(texts, bool(item.get("ordered"))), "next-data.list"))
        elif kind == "quote" and (text := _text_of(item)):
            out.append((Quote(text, _plain(item.get("attribution")) or None), "next-data.quote"))
        elif kind == "image":
            out.append((item, "next-data.image"))
    return out


def read_next_data(script: tuple[int | None, str]) -> tuple[Found, list[tuple[Any, str]]]:
    """The article's fields (a ``page``-rank source) and its body items from ``__NEXT_DATA__``.

    Image items come back as their dicts (``src``/``url``, ``caption``, ``credit``),
    for the figure code to turn into figures.
    """
    line, body = script
    found = Found("next-data")
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return found, []
    article = _article(data)
    if article is None:
        return found, []
    items = next(article[k] for k in _BODY_KEYS if _typed_list(article.get(k)))
    for key in ("headline", "title"):
        if _plain(article.get(key)):
            found.set("title", _plain(article[key]), f"next-data.{key}", line)
            break
    for key in ("subheadline", "dek", "standfirst", "subtitle", "description"):
        if _plain(article.get(key)):
            found.set("subtitle", _plain(article[key]), f"next-data.{key}", line)
            break
    people = article.get("authors") or article.get("author") or []
    authors = []
    for person in people if isinstance(people, list) else [people]:
        if isinstance(person, str) and person.strip():
            authors.append(Author(person.strip()))
        elif isinstance(person, dict) and _plain(person.get("name")):
            role = _plain(person.get("role") or person.get("title") or person.get("jobTitle"))
            bio = _plain(person.get("bio") or person.get("description"))
            authors.append(Author(_plain(person["name"]), role or None, bio or None))
    found.set("authors", authors, "next-data.authors", line)
    for key in ("publishedAt", "datePublished", "published", "firstPublished", "date"):
        if isinstance(article.get(key), str):
            found.set("published", article[key], f"next-data.{key}", line)
            break
    for key in ("updatedAt", "dateModified", "modified", "lastModified"):
        if isinstance(article.get(key), str):
            found.set("updated", article[key], f"next-data.{key}", line)
            break
    return found, _blocks(items)


def next_data_body(items: list[tuple[Any, str]], base: str | None) -> list[BodyBlock]:
    """The body blocks of ``__NEXT_DATA__`` items, image items as figures (``src`` resolved)."""
    body: list[BodyBlock] = []
    for index, (item, rule) in enumerate(items):
        if isinstance(item, dict):
            src = resolve_url(str(item.get("src") or item.get("url") or ""), *split_base(base))
            caption = item.get("caption") if isinstance(item.get("caption"), str) else None
            credit = item.get("credit") if isinstance(item.get("credit"), str) else None
            alt = item.get("alt") if isinstance(item.get("alt"), str) else None
            figure = Figure(caption or None, credit or None, src, alt or None)
            body.append(BodyBlock(figure, None, float(index), rule))
        else:
            body.append(BodyBlock(item, None, float(index), rule))
    return body
