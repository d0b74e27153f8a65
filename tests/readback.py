"""What each format shows, as its real reader returns it, and what an article must show.

The oracle of the property tests: every paragraph, heading, caption, credit, quote, list
item and byline name of an article must be found in the text the format's own reader gives
back (lxml for EPUB and HTML, python-docx, pypdf, feedparser, json). Written for the tests,
independent of ``syndicate.verify``.
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from syndicate.model import Article, Figure, Heading, ListBlock, Paragraph, Quote


def norm(text: str) -> str:
    """Runs of white space as one space (line breaks and wrapping differ by format)."""
    return " ".join(text.split())


def squash(text: str) -> str:
    """No white space at all: PDF text extraction may split or join words at line ends."""
    return "".join(text.split())


def expected(article: Article) -> list[tuple[str, str]]:
    """``(kind, text)`` of every element the article must show, blank ones left out."""
    out = [("title", article.title)]
    out += [("byline", person.name) for person in article.authors]
    for block in article.blocks:
        if isinstance(block, Paragraph | Heading):
            out.append((block.type, block.text))
        elif isinstance(block, Quote):
            out += [("quote", block.text), ("attribution", block.attribution or "")]
        elif isinstance(block, ListBlock):
            out += [("list item", item) for item in block.items]
        elif isinstance(block, Figure):
            out += [("caption", block.caption or ""), ("credit", block.credit or "")]
    return [(kind, text) for kind, text in out if norm(text)]


def _markup_text(markup: bytes | str, html: bool) -> str:
    """The visible text of an XHTML/HTML document or fragment: no head, script or style."""
    import lxml.html
    from lxml import etree

    if html:
        root = lxml.html.document_fromstring(markup) if markup.strip() else None
    else:
        root = etree.fromstring(markup, etree.XMLParser(resolve_entities=False))
    if root is None:
        return ""
    for element in root.xpath("//*[local-name()='head' or local-name()='script' "
                              "or local-name()='style']"):
        element.getparent().remove(element)
    return " ".join(root.itertext())


def shown(fmt: str, data: bytes) -> str:
    """All the text a reader of ``fmt`` sees in ``data``, from the format's real reader."""
    if fmt == "epub":
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            return " ".join(
                _markup_text(book.read(name), html=False)
                for name in book.namelist()
                if name.endswith(".xhtml") and not name.endswith("nav.xhtml")
            )
    if fmt == "html":
        return _markup_text(data, html=True)
    if fmt == "docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        texts = [p.text for p in document.paragraphs]
        texts += [c.text for t in document.tables for row in t.rows for c in row.cells]
        return " ".join(texts)
    if fmt == "pdf":
        import pypdf

        return " ".join(
            page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages
        )
    if fmt in ("rss", "atom"):
        # feedparser must accept the feed; the text is read with lxml, because feedparser
        # "repairs" UTF-8 that looks double-encoded (the title "Â¡" comes back as "¡").
        import feedparser
        from lxml import etree

        parsed = feedparser.parse(io.BytesIO(data))
        assert not parsed.bozo, parsed.get("bozo_exception")
        assert parsed.entries
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False))
        names = ("item", "entry")
        parts: list[str] = []
        for entry in root.iter(*(f"{{*}}{n}" for n in names), *names):
            for child in entry:
                local = etree.QName(child).localname
                if local in ("title", "name", "creator"):
                    parts.append(child.text or "")
                elif local in ("author", "contributor"):
                    parts += [n.text or "" for n in child if etree.QName(n).localname == "name"]
                    parts.append(child.text or "")
                elif local in ("content", "encoded", "description"):
                    parts.append(_markup_text(child.text or "", html=True))
        return " ".join(parts)
    if fmt == "jsonfeed":
        feed = json.loads(data)
        parts = []
        for item in feed["items"]:
            parts.append(item.get("title", ""))
            parts += [author.get("name", "") for author in item.get("authors", [])]
            parts.append(_markup_text(item.get("content_html", ""), html=True))
        return " ".join(parts)
    raise ValueError(fmt)


def missing(fmt: str, data: bytes, article: Article) -> list[tuple[str, str]]:
    """The elements of ``article`` not found in what ``fmt``'s reader returns from ``data``."""
    text = shown(fmt, data)
    squeeze: Any = squash if fmt == "pdf" else norm
    haystack = squeeze(text)
    return [(kind, value) for kind, value in expected(article) if squeeze(value) not in haystack]
