"""Feed read-back: RSS and Atom through feedparser, JSON Feed through ``json``.

The entry for the article is picked by id, link or title. Its content HTML is
parsed with lxml.html and read with the shared conventions
(:mod:`syndicate.verify.markup`); the entry's own fields (title, summary,
authors, dates, rights) are added as further candidates.
"""

from __future__ import annotations

import io
import json
import warnings
from typing import Any

from ..errors import VerificationFailed
from ..model import Article
from .compare import Recovered
from .markup import read_markup, select_articles, text_of
from .safety import parse_html_fragment
from .text import norm

__all__ = ["read_feed", "read_jsonfeed"]


def _pick(entries: list[Any], article: Article, get: Any) -> Any | None:
    """The entry about ``article``: same id, same link, else same title."""
    for key, want in (
        ("id", article.identifier),
        ("link", article.url),
        ("url", article.url),
        ("title", article.display_title),
    ):
        if not want:
            continue
        for entry in entries:
            value = get(entry, key)
            if isinstance(value, str) and norm(value) == norm(want):
                return entry
    return entries[0] if len(entries) == 1 else None


def _content(rec: Recovered, html: str, summary: str | None, article: Article) -> None:
    root = parse_html_fragment(html)
    for scope in select_articles(root, article.title):
        read_markup(scope, rec)
    if summary:
        # A feed's summary may be the dek (a documented tolerance), as plain text or HTML.
        rec.add("dek", text_of(parse_html_fragment(summary)))


def read_feed(data: bytes, format: str, article: Article) -> Recovered:
    """Recover the entry for ``article`` from an RSS or Atom feed."""
    import feedparser

    with warnings.catch_warnings():
        # feedparser warns that it maps RSS pubDate to "updated"; we read both knowingly.
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            # Always a byte stream: feedparser opens bytes or a str that look like a
            # path (or URL) instead of parsing them.
            parsed = feedparser.parse(io.BytesIO(data))
        except Exception as exc:
            # feedparser's encoding sniffing fails on damaged bytes with assorted
            # exception types (UnicodeDecodeError, LookupError…); all mean "unreadable".
            raise VerificationFailed(
                f"{format}: not a readable feed ({type(exc).__name__}: {exc})"
            ) from None
        return _read_feed(parsed, format, article)


def _read_feed(parsed: Any, format: str, article: Article) -> Recovered:
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no feed found"
        raise VerificationFailed(f"{format}: not a readable feed ({reason})")
    rec = Recovered()
    entry = _pick(parsed.entries, article, lambda e, k: e.get(k))
    if entry is None:
        return rec  # the article is not in the feed: everything will be reported missing
    rec.add("title", entry.get("title"))
    contents = [c for c in entry.get("content", []) if c.get("value")]
    html_contents = [c for c in contents if "html" in (c.get("type") or "")] or contents
    summary = entry.get("summary")
    if html_contents:
        _content(rec, html_contents[0]["value"], summary, article)
    elif summary:
        _content(rec, summary, None, article)
    for person in entry.get("authors", []):
        rec.add("author", person.get("name") or person.get("email"))
    rec.add("author", entry.get("author"))
    rec.add("published", entry.get("published"))
    rec.add("updated", entry.get("updated"))
    rec.add("rights", entry.get("rights"))
    return rec


def read_jsonfeed(data: bytes, article: Article) -> Recovered:
    """Recover the item for ``article`` from a JSON Feed (1.0 or 1.1)."""
    try:
        feed = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise VerificationFailed(f"jsonfeed: not valid JSON ({exc})") from None
    if not isinstance(feed, dict) or not isinstance(feed.get("items"), list):
        raise VerificationFailed("jsonfeed: not a JSON Feed (no 'items' list)")
    items = [i for i in feed["items"] if isinstance(i, dict)]
    rec = Recovered()
    item = _pick(items, article, lambda i, k: i.get(k))
    if item is None:
        return rec
    rec.add("title", _str(item.get("title")))
    html = _str(item.get("content_html"))
    summary = _str(item.get("summary"))
    if html:
        _content(rec, html, summary, article)
    else:
        rec.add("dek", summary)
        text = _str(item.get("content_text")) or ""
        rec.text = text
        rec.lines = text.splitlines()
        rec.positional = True  # plain text only: locate elements by position
    authors = item.get("authors") or feed.get("authors") or []
    if isinstance(item.get("author"), dict):
        authors = [*authors, item["author"]]
    for person in authors if isinstance(authors, list) else []:
        if isinstance(person, dict):
            rec.add("author", _str(person.get("name")))
    rec.add("published", _str(item.get("date_published")))
    rec.add("updated", _str(item.get("date_modified")))
    return rec


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None
