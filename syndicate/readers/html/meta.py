"""Metadata in the page's markup: microdata/RDFa properties, then ``<meta>`` tags.

Two :class:`Found` sources, in the order of trust after JSON-LD:

- ``microdata``: ``itemprop`` (and RDFa ``property="schema:…"``) inside an
  article's ``itemscope``/``typeof``, with ``Person`` items for authors;
- ``meta``: OpenGraph (``og:*``), ``article:*``, Dublin Core (``DC.*``,
  ``dcterms.*``), the plain ``author``/``keywords``/``copyright`` names,
  ``<link rel="canonical">``, ``<html lang>`` and ``<title>``.
"""

from __future__ import annotations

import re
from typing import Any

from .dom import resolve_url, text_of
from .found import Author, Found

__all__ = ["read_meta", "read_microdata"]

_ARTICLE_ITEMS = ("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "LiveBlog")


def _props(element: Any) -> list[str]:
    """The schema.org properties an element carries (microdata or RDFa), without prefix."""
    names = (element.get("itemprop") or element.get("property") or "").split()
    return [
        n.rsplit(":", 1)[-1].rsplit("/", 1)[-1] if n.startswith(("schema:", "http")) else n
        for n in names
        if ":" not in n or n.startswith(("schema:", "http"))
    ]


def _prop(element: Any) -> str:
    """The first schema.org property an element carries, or ``""``."""
    props = _props(element)
    return props[0] if props else ""


def _value(element: Any) -> str | None:
    if element.tag == "abbr" and element.get("title"):
        return " ".join(element.get("title").split())  # hAtom: <abbr title="2025-02-16T…">
    for attribute in ("content", "datetime"):
        if element.get(attribute):
            return " ".join(element.get(attribute).split())
    if element.tag in ("a", "link") and element.get("href"):
        return element.get("href")
    if element.tag in ("img", "meta") and element.get("src"):
        return element.get("src")
    return text_of(element) or None


def _scoped(root: Any) -> Any | None:
    for element in root.iter():
        kind = element.get("itemtype") or element.get("typeof") or ""
        if any(kind.endswith(t) or f" {t}" in kind for t in _ARTICLE_ITEMS):
            return element
    return None


def _person(element: Any) -> Author | None:
    if element.get("itemscope") is None and element.get("typeof") is None:
        name = text_of(element)
        return Author(name) if name and len(name) < 100 else None
    props: dict[str, str] = {}
    for child in element.iter():
        if child is not element and (prop := _prop(child)) and prop not in props:
            value = _value(child)
            if value:
                props[prop] = value
    name = props.get("name")
    if not name:
        return None
    return Author(name, props.get("jobTitle"), props.get("description"), props.get("url"))


def read_microdata(root: Any) -> Found:
    """Article properties from microdata or RDFa (schema.org vocabulary)."""
    found = Found("microdata")
    scope = _scoped(root)
    if scope is None:
        return found
    authors: list[Author] = []
    for element in scope.iter():
        if element is scope:
            continue
        for prop in _props(element):
            _read_prop(found, authors, element, prop)
    if authors:
        found.set("authors", authors, "microdata.author", scope.sourceline)
    return found


def _read_prop(found: Found, authors: list[Author], element: Any, prop: str) -> None:
    """Record one schema.org property of the article (or one of its authors)."""
    rule, line = f"microdata.{prop}", element.sourceline
    if prop in ("author", "creator"):
        person = _person(element)
        if person and all(a.name != person.name for a in authors):
            authors.append(person)
        return
    value = _value(element)
    if prop == "headline":
        found.set("title", value, rule, line)
    elif prop == "alternativeHeadline":
        found.set("subtitle", value, rule, line)
    elif prop == "description":
        found.set("description", value, rule, line)
    elif prop in ("datePublished", "dateModified"):
        found.set("published" if prop == "datePublished" else "updated", value, rule, line)
    elif prop == "inLanguage":
        found.set("language", value, rule, line)
    elif prop == "keywords" and value:
        found.set("tags", [k.strip() for k in value.split(",") if k.strip()], rule, line)
    elif prop in ("copyrightNotice", "license"):
        found.set("rights", value, rule, line)


def _meta_tags(root: Any) -> dict[str, list[tuple[str, int | None]]]:
    tags: dict[str, list[tuple[str, int | None]]] = {}
    for element in root.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and content.strip():
            tags.setdefault(key.strip().lower(), []).append(
                (" ".join(content.split()), element.sourceline)
            )
    return tags


def read_meta(root: Any, base: str | None) -> Found:
    """OpenGraph, ``article:*``, Dublin Core and plain meta tags, canonical link and lang."""
    found = Found("meta")
    tags = _meta_tags(root)

    def first(field: str, *keys: str) -> None:
        for key in keys:
            if key in tags:
                value, line = tags[key][0]
                found.set(field, value, f"meta[{key}]", line)
                return

    first("title", "og:title", "dc.title", "dcterms.title", "parsely-title", "twitter:title")
    first("description", "og:description", "description", "dc.description", "twitter:description")
    first("published", "article:published_time", "dc.date", "dcterms.created",
          "dcterms.date", "dc.date.issued", "date", "pubdate", "sailthru.date",
          "parsely-pub-date", "publish-date", "article.published")  # fmt: skip
    first("updated", "article:modified_time", "og:updated_time", "dcterms.modified")
    first("rights", "dc.rights", "dcterms.rights", "copyright", "rights")
    first("site_name", "og:site_name", "application-name", "dc.publisher", "dcterms.publisher")
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang and lang.strip():
        found.set("language", lang.strip(), "html[lang]", root.sourceline)
    first("language", "og:locale", "dc.language", "dcterms.language", "content-language")
    for element in root.iter("meta"):
        if (element.get("http-equiv") or "").lower() == "content-language":
            found.set("language", element.get("content"), "meta[http-equiv]", element.sourceline)
    people_keys = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                   "sailthru.author", "byl")  # fmt: skip
    names = [v for key in people_keys
             for v, _ in tags.get(key, [])]  # fmt: skip
    # article:author is often the author's page, not a name.
    names = [re.sub(r"(?i)^by\s+", "", n) for n in names]  # NYT's "byl" says "By Jane Roe"
    people = [Author(n) for n in dict.fromkeys(names) if "://" not in n and len(n) < 100]
    key = next((k for k in people_keys if k in tags), "author")
    found.set("authors", people, f"meta[{key}]", tags.get(key, [(None, None)])[0][1])
    keywords = [t for t, _ in tags.get("article:tag", [])]
    if not keywords:
        for key in ("keywords", "news_keywords"):
            if key in tags:
                keywords = [k.strip() for k in tags[key][0][0].split(",") if k.strip()]
                break
    found.set("tags", keywords, "meta[article:tag]" if "article:tag" in tags else "meta[keywords]")
    for element in root.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split():
            found.set("url", resolve_url(element.get("href"), base), "link[rel=canonical]",
                      element.sourceline)  # fmt: skip
    first("url", "og:url")
    if "url" in found.values:
        value = found.values["url"]
        resolved = resolve_url(value.value, base)
        if resolved is None:
            del found.values["url"]
        else:
            found.values["url"] = type(value)(resolved, value.rule, value.line)
    title = next(root.iter("title"), None)
    if title is not None and text_of(title):
        found.set("page_title", text_of(title), "title", title.sourceline)
    return found
