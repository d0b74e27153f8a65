"""Links in article text: balanced parentheses stay in the URL, in every format (issue 16).

Each format's output is read back by its real reader (lxml for EPUB/HTML and feed HTML,
feedparser for the feeds, python-docx, pypdf) and the live link targets compared with URLs
written out by hand.
"""

from __future__ import annotations

import io
import json
import zipfile

import docx
import feedparser
import lxml.html
import pypdf
import pytest

import syndicate
from syndicate import Article, Paragraph, Person
from syndicate.links import split_links

WIKI = "https://en.wikipedia.org/wiki/Python_(programming_language)"
NESTED = "https://example.org/a_(b_(c))_d"
TEXT = (
    f"Background: {WIKI}. The archive (see https://example.org/archive) and {NESTED}, "
    "plus https://example.org/q?x=(1)&y=2!"
)
EXPECTED = [WIKI, "https://example.org/archive", NESTED, "https://example.org/q?x=(1)&y=2"]
SITE = "https://example.org/news/"


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        (TEXT, EXPECTED),
        (f"({WIKI})", [WIKI]),
        (f"[{WIKI}]", [WIKI]),
        ("https://example.org/x)", ["https://example.org/x"]),
        ("https://example.org/(unclosed", ["https://example.org/(unclosed"]),
        ("mailto:desk@example.org.", ["mailto:desk@example.org"]),
        ("https://example.org/{a}", ["https://example.org/{a}"]),
        ("https://example.org/a).", ["https://example.org/a"]),
    ],
)
def test_split_links_keeps_balanced_brackets(text: str, urls: list[str]) -> None:
    segments = list(split_links(text))
    assert "".join(segment for segment, _ in segments) == text
    assert [url for _, url in segments if url] == urls


def _article() -> Article:
    return Article(
        title="Ferry timetable changes",
        authors=(Person("Ilse Varga"),),
        published="2025-03-04",
        url="https://example.org/news/ferry",
        blocks=(Paragraph(TEXT),),
    )


def _html_links(markup: str | bytes) -> list[str]:
    tree = lxml.html.fromstring(markup)
    return [href for href in tree.xpath("//a/@href") if href.startswith(("http", "mailto"))]


def _links(fmt: str, data: bytes) -> list[str]:
    if fmt == "epub":
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            pages = [n for n in book.namelist() if n.endswith(".xhtml") and "nav" not in n]
            return [u for name in pages for u in _html_links(book.read(name))]
    if fmt == "html":
        return _html_links(data.decode())
    if fmt == "docx":
        document = docx.Document(io.BytesIO(data))
        return [h.address for p in document.paragraphs for h in p.hyperlinks]
    if fmt == "pdf":
        uris = []
        for page in pypdf.PdfReader(io.BytesIO(data)).pages:
            for annot in page.get("/Annots", []) or []:
                action = annot.get_object().get("/A")
                if action is not None:
                    uris.append(str(action.get_object().get("/URI")))
        return uris
    if fmt == "jsonfeed":
        item = json.loads(data)["items"][0]
        return _html_links(item["content_html"])
    entry = feedparser.parse(io.BytesIO(data)).entries[0]
    return _html_links(entry.content[0].value)


@pytest.mark.parametrize("fmt", ["epub", "html", "docx", "pdf", "rss", "atom", "jsonfeed"])
def test_links_with_parentheses_survive_in_every_format(fmt: str) -> None:
    data = syndicate.render(_article(), fmt, site_url=SITE) if fmt in (
        "rss", "atom", "jsonfeed"
    ) else syndicate.render(_article(), fmt)
    links = [u for u in _links(fmt, data) if u in EXPECTED or "example.org/" in u]
    assert [u for u in links if u != "https://example.org/news/ferry"] == EXPECTED


def test_a_megabyte_of_closing_brackets_is_trimmed_in_one_pass() -> None:
    text = "https://example.org/a" + ")" * 1_000_000
    assert [url for _, url in split_links(text) if url] == ["https://example.org/a"]
