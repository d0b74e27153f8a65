"""Recover an article from (X)HTML written with the conventions of :mod:`syndicate.htmlbody`.

EPUB chapters, feed content and HTML pages share these conventions, so one
reader serves them all. It depends only on the documented class names, never
on the renderer's code: ``h1.title``, ``p.dek``, ``p.byline`` > ``span.author``
+ ``span.role``, ``time.published`` / ``time.updated``, ``figure`` >
``figcaption`` > ``span.caption`` + ``span.credit``, ``h2``… headings,
``blockquote`` > ``p`` + ``footer.attribution``, ``ul``/``ol`` > ``li``,
``p.credit-line``, ``section.about-author``, ``p.author-bio``, ``p.rights``.
"""

from __future__ import annotations

from typing import Any

from .compare import Recovered
from .text import norm

__all__ = ["read_markup", "select_articles", "select_articles_among", "text_of"]

_SKIP = frozenset({"script", "style", "nav", "head", "template", "title"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _local(el: Any) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""  # a comment or processing instruction
    return tag.rsplit("}", 1)[-1].lower()


def _classes(el: Any) -> set[str]:
    return set((el.get("class") or "").split())


def text_of(el: Any) -> str:
    """All text inside ``el`` (not its tail), whitespace collapsed."""
    return " ".join("".join(el.itertext()).split())


def _find(el: Any, tag: str | None = None, cls: str | None = None) -> list[Any]:
    return [
        d
        for d in el.iter()
        if (tag is None or _local(d) == tag) and (cls is None or cls in _classes(d))
    ]


def select_articles(root: Any, title: str | None) -> list[Any]:
    """The ``<article>`` elements about ``title`` (all of them if none matches; else ``root``)."""
    articles = _find(root, "article")
    if not articles:
        return [root]
    return select_articles_among(articles, title)


def select_articles_among(articles: list[Any], title: str | None) -> list[Any]:
    """Those of ``articles`` whose ``.title`` is ``title``; all of them if none is."""
    if title is not None:
        want = norm(title)
        matching = [
            a for a in articles if any(norm(text_of(t)) == want for t in _find(a, cls="title"))
        ]
        if matching:
            return matching
    return articles


def read_markup(root: Any, rec: Recovered) -> None:
    """Add everything found under ``root`` to ``rec`` (fields, body pieces, text)."""
    _walk(root, rec)
    visible = text_of(root)
    rec.text = f"{rec.text}\n{visible}" if rec.text else visible


def _walk(el: Any, rec: Recovered) -> None:
    tag = _local(el)
    if not tag or tag in _SKIP:
        return
    classes = _classes(el)
    if "title" in classes:
        rec.add("title", text_of(el))
    elif "dek" in classes:
        rec.add("dek", text_of(el))
    elif "byline" in classes:
        _byline(el, rec)
    elif "dates" in classes:
        for child in el:
            _walk(child, rec)
    elif tag == "time":
        kind = "updated" if "updated" in classes else "published"
        rec.add(kind, el.get("datetime") or text_of(el))
    elif tag == "figure":
        _figure(el, rec)
    elif tag == "blockquote":
        _quote(el, rec)
    elif tag in ("ul", "ol"):
        for item in el:
            if _local(item) == "li":
                rec.piece("list-item", text_of(item))
    elif "credit-line" in classes:
        rec.add("credit-line", text_of(el))
    elif "about-author" in classes:
        _about(el, rec)
    elif "author-bio" in classes:
        rec.add("author-bio", text_of(el))
    elif "rights" in classes:
        rec.add("rights", text_of(el))
    elif tag in _HEADINGS:
        rec.piece("heading", text_of(el))
    elif tag == "p":
        rec.piece("paragraph", text_of(el))
    else:
        for child in el:
            _walk(child, rec)


def _byline(el: Any, rec: Recovered) -> None:
    authors = _find(el, "span", "author")
    for span in authors:
        rec.add("author", text_of(span))
    for span in _find(el, "span", "role"):
        rec.add("author-role", text_of(span))
    if not authors:
        # A byline without the author spans still names its authors in its text.
        rec.add("author", text_of(el))


def _figure(el: Any, rec: Recovered) -> None:
    captions = _find(el, cls="caption")
    credits = _find(el, cls="credit")
    for span in captions:
        rec.piece("figure-caption", text_of(span))
    for span in credits:
        rec.piece("figure-credit", text_of(span))
    if not captions and not credits:
        for figcaption in _find(el, "figcaption"):
            rec.piece("figure-caption", text_of(figcaption))


def _quote(el: Any, rec: Recovered) -> None:
    attribution = [d for d in el.iter() if _local(d) in ("footer", "cite")]
    inner = [d for d in el.iter() if d is not el and _local(d) == "p"]
    inner = [p for p in inner if not any(p in set(a.iter()) for a in attribution)]
    if inner:
        rec.piece("quote", " ".join(text_of(p) for p in inner))
    elif not attribution:
        rec.piece("quote", text_of(el))
    for node in attribution:
        rec.piece("quote-attribution", text_of(node))


def _about(el: Any, rec: Recovered) -> None:
    for span in _find(el, cls="author-name"):
        rec.add("author", text_of(span))
    for span in _find(el, cls="author-role"):
        rec.add("author-role", text_of(span))
    for p in _find(el, cls="author-bio"):
        rec.add("author-bio", text_of(p))
