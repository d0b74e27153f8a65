"""schema.org metadata from JSON-LD: the page's most trusted statement about its article.

Articles are found at the top level, in arrays and inside ``@graph``; ``@type``
may be a string or a list. ``author`` may be an object, an array or a string;
a ``Person``'s ``jobTitle`` becomes the role and ``description`` the bio.
References by ``@id`` into the graph are followed.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .dom import resolve_url
from .found import Author, Found

__all__ = ["ARTICLE_TYPES", "read_jsonld"]

ARTICLE_TYPES = frozenset(
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting",
        "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting", "AskPublicNewsArticle",
    }
)  # fmt: skip
_MAX_NODES = 5000


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for v in values if isinstance(v, str)}


def _nodes(data: Any) -> list[dict[str, Any]]:
    """Every object at the top, in arrays and in ``@graph``, breadth first and bounded."""
    out: list[dict[str, Any]] = []
    queue = [data]
    while queue and len(out) < _MAX_NODES:
        item = queue.pop(0)
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            out.append(item)
            if isinstance(item.get("@graph"), list):
                queue.extend(item["@graph"])
    return out


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        return text or None
    return None


def _url(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id")
    if isinstance(value, list):
        value = value[0] if value else None
    url = resolve_url(value, None) if isinstance(value, str) else None
    return url if url and url.startswith(("http://", "https://")) else None  # absolute only


class _Graph:
    def __init__(self, nodes: list[dict[str, Any]]) -> None:
        self.by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}

    def deref(self, value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"@id"}:
            return self.by_id.get(value["@id"], value)
        return value


def _authors(value: Any, graph: _Graph) -> list[Author]:
    items = value if isinstance(value, list) else [value]
    out: list[Author] = []
    for item in items[:50]:
        item = graph.deref(item)
        if isinstance(item, str):
            for name in item.split(","):
                if name.strip():
                    out.append(Author(" ".join(name.split())))
        elif isinstance(item, dict):
            name = _text(item.get("name"))
            if not name:
                given, family = _text(item.get("givenName")), _text(item.get("familyName"))
                name = " ".join(p for p in (given, family) if p) or None
            if name:
                out.append(
                    Author(
                        name,
                        role=_text(item.get("jobTitle")),
                        bio=_text(item.get("description")),
                        url=_url(item.get("url") or item.get("sameAs")),
                    )
                )
    return out


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return [k.strip() for k in value.split(",") if k.strip()]
    if isinstance(value, list):
        return [t for k in value if (t := _text(k))]
    return []


def _image_credits(value: Any, graph: _Graph) -> list[dict[str, str | None]]:
    """``image`` objects with a caption or credit, to fill in what the page does not print."""
    out = []
    for item in value if isinstance(value, list) else [value]:
        item = graph.deref(item)
        if not isinstance(item, dict):
            continue
        credit = _text(item.get("creditText")) or _text(item.get("copyrightHolder"))
        credit = credit or _text(item.get("author")) or _text(item.get("copyrightNotice"))
        out.append(
            {
                "src": _url(item.get("url") or item.get("contentUrl")),
                "caption": _text(item.get("caption")),
                "credit": credit,
            }
        )
    return out


_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")


def _unwrap(body: str) -> str:
    """The JSON inside a script that XHTML habits wrapped in CDATA or a comment."""
    return _WRAPPERS.sub("", body.strip()).strip().rstrip(";")


def read_jsonld(scripts: list[tuple[int | None, str]]) -> Found:
    """The first article object among the page's JSON-LD scripts, as :class:`Found`."""
    found = Found("jsonld")
    nodes: list[dict[str, Any]] = []
    lines: list[int | None] = []
    for line, body in scripts:
        try:
            data = json.loads(_unwrap(body), strict=False)  # raw newlines in strings happen
        except (ValueError, RecursionError):
            continue  # a broken script is the page's problem; the other sources remain
        for node in _nodes(data):
            nodes.append(node)
            lines.append(line)
    graph = _Graph(nodes)
    article = next(
        ((n, ln) for n, ln in zip(nodes, lines, strict=True) if _types(n) & ARTICLE_TYPES), None
    )
    if article is None:
        return found
    node, line = article
    found.set(
        "title", _text(node.get("headline")) or _text(node.get("name")), "jsonld.headline", line
    )
    found.set(
        "subtitle", _text(node.get("alternativeHeadline")), "jsonld.alternativeHeadline", line
    )
    found.set("description", _text(node.get("description")), "jsonld.description", line)
    found.set("authors", _authors(node.get("author"), graph), "jsonld.author", line)
    found.set("published", _text(node.get("datePublished")), "jsonld.datePublished", line)
    found.set("updated", _text(node.get("dateModified")), "jsonld.dateModified", line)
    found.set("language", _text(node.get("inLanguage")), "jsonld.inLanguage", line)
    publisher = graph.deref(node.get("publisher"))
    if isinstance(publisher, list):
        publisher = graph.deref(publisher[0]) if publisher else None
    if isinstance(publisher, dict) and _text(publisher.get("name")):
        found.set(
            "publisher", (_text(publisher.get("name")), _url(publisher.get("url"))),
            "jsonld.publisher", line,
        )  # fmt: skip
    page = graph.deref(node.get("mainEntityOfPage"))
    found.set("url", _url(node.get("url")) or _url(page), "jsonld.url", line)
    found.set("tags", _keywords(node.get("keywords")), "jsonld.keywords", line)
    rights = _text(node.get("copyrightNotice")) or _text(node.get("license"))
    if not rights and node.get("copyrightHolder") is not None:
        holder = _text(graph.deref(node.get("copyrightHolder")))
        year = _text(node.get("copyrightYear"))
        rights = f"© {year + ' ' if year else ''}{holder}" if holder else None
    found.set("rights", rights, "jsonld.copyright", line)
    found.set("images", _image_credits(node.get("image"), graph), "jsonld.image", line)
    body = node.get("articleBody")
    if isinstance(body, str):  # newlines kept: they separate its paragraphs
        paragraphs = [" ".join(p.split()) for p in body.splitlines()]
        found.set("body", [p for p in paragraphs if p], "jsonld.articleBody", line)
    if "LiveBlogPosting" in _types(node):
        found.set("live", True, "jsonld.LiveBlogPosting", line)
    return found
