"""The page as an lxml tree, made inert, with the helpers every other module shares.

Scripts, styles, frames, forms and embedded objects are removed before any
text is read, so nothing they carry can reach the model; the JSON a page keeps
in ``<script type="application/ld+json">`` and Next.js's ``__NEXT_DATA__`` is
taken out first, as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from ...errors import SourceNotUnderstood

__all__ = ["Page", "element_path", "load_page", "resolve_url", "text_of"]

_PROLOG = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_INERT = (
    "script", "style", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "form", "button", "select", "textarea", "input", "svg", "math", "canvas",
    "audio", "video", "dialog", "amp-ad", "amp-embed", "amp-analytics", "amp-iframe",
    "amp-sticky-ad", "amp-auto-ads",
)  # fmt: skip
MAX_SCRIPT_CHARS = 4 * 1024 * 1024
"""JSON in one script larger than this is ignored (a page's data, not an article's)."""


@dataclass
class Page:
    """One parsed page: the inert tree and what was taken out of its scripts."""

    root: Any
    """The ``<html>`` element (an lxml ``HtmlElement``) with scripts and styles removed."""
    jsonld: list[tuple[int | None, str]] = field(default_factory=list)
    """The text of each JSON-LD script, with its source line."""
    next_data: tuple[int | None, str] | None = None
    """The text of Next.js's ``__NEXT_DATA__`` script, when the page has one."""
    base: str | None = None
    """The URL relative links resolve against (``<base href>`` over the page's own URL)."""


def load_page(text: str, label: str, base_url: str | None) -> Page:
    """Parse ``text`` with lxml's forgiving HTML parser and make it inert."""
    from lxml import etree, html

    parser = html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=False
    )
    try:
        root = html.document_fromstring(_PROLOG.sub("", text, count=1), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise SourceNotUnderstood(f"{label}: not a readable HTML page ({exc})") from None
    page = Page(root=root)
    for script in root.iter("script"):
        kind = (script.get("type") or "").strip().lower()
        body = script.text or ""
        if len(body) > MAX_SCRIPT_CHARS:
            continue
        if kind == "application/ld+json":
            page.jsonld.append((script.sourceline, body))
        elif script.get("id") == "__NEXT_DATA__":
            page.next_data = (script.sourceline, body)
    base_href = next((b.get("href") for b in root.iter("base") if b.get("href")), None)
    page.base = base_url
    if base_href:
        joined = urljoin(base_url or "", base_href.strip())
        if urlsplit(joined).scheme in ("http", "https"):
            page.base = joined
    for element in list(root.iter(*_INERT)):
        if element.getparent() is not None:
            element.drop_tree()
    _drop_hidden(root)
    return page


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _drop_hidden(root: Any) -> None:
    """Remove what the page never shows (``hidden``, ``display:none``), unless it is most of it.

    Some pages hide the article itself until a script reveals it; then the
    hidden part is kept rather than losing the text.
    """
    hidden = [
        e for e in root.iter()
        if isinstance(e.tag, str) and e.tag not in ("html", "head", "body")
        and (e.get("hidden") is not None or _HIDDEN_STYLE.search(e.get("style") or ""))
    ]  # fmt: skip
    hidden = [e for e in hidden if not any(a in hidden for a in e.iterancestors())]
    body = root.find("body")
    if not hidden or body is None:
        return
    total = len(body.text_content())
    if sum(len(e.text_content()) for e in hidden) * 2 > total:
        return
    for element in hidden:
        if element.getparent() is not None:
            element.drop_tree()


_BLOCKS = (
    "p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "td", "th", "tr",
    "figcaption", "dd", "dt", "ul", "ol", "table", "blockquote", "header", "footer", "article",
    "nav", "aside", "figure", "pre", "address", "main", "hr",
)  # fmt: skip


def text_of(element: Any) -> str:
    """The element's text with whitespace collapsed (as a reader sees it).

    Block elements and line breaks inside it separate words, as on screen:
    ``<p>© 2025 Site</p><p>Privacy</p>`` reads "© 2025 Site Privacy", not "SitePrivacy".
    """
    if next(element.iterdescendants(*_BLOCKS), None) is None:
        return " ".join(element.text_content().split())
    from lxml import etree

    parts: list[str] = []
    for event, node in etree.iterwalk(element, events=("start", "end")):
        block = node.tag in _BLOCKS
        if event == "start":
            parts.append(" " if block else "")
            parts.append(node.text or "" if isinstance(node.tag, str) else "")
        else:
            parts.append(" " if block else "")
            if node is not element:
                parts.append(node.tail or "")
    return " ".join("".join(parts).split())


def element_path(element: Any, depth: int = 3) -> str:
    """A short CSS-like path naming an element for provenance: ``article>div.byline>a``."""
    parts: list[str] = []
    node = element
    while node is not None and len(parts) < depth and isinstance(node.tag, str):
        part = node.tag
        if node.get("id"):
            part += "#" + node.get("id").split()[0]
        elif node.get("class"):
            part += "." + node.get("class").split()[0]
        parts.append(part)
        node = node.getparent()
    return ">".join(reversed(parts))


def resolve_url(value: str | None, base: str | None, site: str | None = None) -> str | None:
    """An http(s) URL, or a relative path left for the source folder; None for anything else.

    ``javascript:``, ``data:`` and other schemes are dropped: nothing the page
    links to may run or be embedded in an output. Without a base (a saved
    page), a site-absolute path (``/wp-content/…``) is a path on the page's web
    site, not on this disk: it resolves against ``site`` (the canonical URL), or
    is dropped when the page names no site.
    """
    if not value:
        return None
    value = value.strip()
    if not value or any(ch in value for ch in "\n\r\t<>\"'") or len(value) > 2048:
        return None
    if base:
        value = urljoin(base, value)
    elif value.startswith("/") and not value.startswith("//"):
        if not site:
            return None
        value = urljoin(site, value)
    scheme = urlsplit(value).scheme.lower()
    if scheme in ("http", "https"):
        return value
    if scheme or value.startswith("//"):
        return None
    return value
