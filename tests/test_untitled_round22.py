"""Round 22: an article whose source prints no headline (``title == ""``).

The reader gives such a page an empty title (rule ``inferred:title.none``). Every format
shows no visible headline for it (its first paragraph already carries that sentence) and
uses the model's display title (the first sentence) wherever the format needs a title:
EPUB dc:title, <title> and the navigation, the HTML <title>, the PDF /Title and outline,
the DOCX core properties and contents, feed entry titles, file names. Each output is read
back by an independent reader, and ``verify`` passes on it.
"""

from __future__ import annotations

import io
import json
import re
import warnings
import zipfile
from pathlib import Path

import pytest

import syndicate
from syndicate.exporters.base import ExportWarning
from syndicate.model import Article, Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.verify import verify_bytes

SITE = "https://example.org/news/"
FORMATS = ("epub", "pdf", "docx", "html", "rss", "atom", "jsonfeed")
FEED_OPTIONS = {"site_url": SITE}

TEXT = (
    "The ferry to Inishmore ran again on Monday after a week of storms had kept it in "
    "the harbour. Its operator said the timetable would be back to normal by Friday.\n\n"
    "Islanders had been cut off since the previous Sunday, and the island's only shop "
    "had run short of bread and milk by Thursday.\n\n"
    "A helicopter brought medicines on Wednesday, the county council said.\n"
)
FIRST_SENTENCE = (
    "The ferry to Inishmore ran again on Monday after a week of storms had kept it in the "
    "harbour"
)


@pytest.fixture(scope="module")
def untitled() -> Article:
    return parse_plaintext(TEXT)


def titled() -> Article:
    return Article(
        title="Council opens the new library",
        published="2026-03-02",
        blocks=(
            Paragraph("The town's new library opened its doors on Saturday morning."),
            Paragraph("Some four hundred people came on the first day, the council said."),
        ),
    )


def render(articles: Article | list[Article], fmt: str) -> bytes:
    options = FEED_OPTIONS if fmt in ("rss", "atom", "jsonfeed") else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)  # undated feed entries
        return syndicate.render(articles, fmt, **options)


def test_the_reader_gives_an_empty_title_with_the_new_rule(untitled: Article) -> None:
    assert untitled.title == ""
    assert untitled.display_title == FIRST_SENTENCE
    assert untitled.provenance["title"].rule.startswith("inferred:title.none [unsure:")
    first = untitled.blocks[0]
    assert isinstance(first, Paragraph) and first.text.startswith(FIRST_SENTENCE)
    assert untitled.slug.startswith("the-ferry-to-inishmore-ran-again")


@pytest.mark.parametrize("fmt", FORMATS)
def test_verify_passes_on_every_format(untitled: Article, fmt: str) -> None:
    report = verify_bytes(render(untitled, fmt), fmt, untitled)
    assert report.ok, report


@pytest.mark.parametrize("fmt", ["epub", "pdf", "docx", "html"])
def test_verify_passes_on_an_anthology_with_a_titled_and_an_untitled_article(
    untitled: Article, fmt: str
) -> None:
    data = render([titled(), untitled], fmt)
    for article in (titled(), untitled):
        report = verify_bytes(data, fmt, article)
        assert report.ok, report


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_verify_still_catches_a_lost_headline(fmt: str) -> None:
    article = titled()
    data = render(article, fmt)
    lost = article.replace(title="A headline this output never printed")
    assert not verify_bytes(data, fmt, lost).ok


def test_epub_names_the_book_by_the_first_sentence_and_shows_no_headline(
    untitled: Article, tmp_path: Path
) -> None:
    from test_epub import run_epubcheck

    data = render(untitled, "epub")
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        names = book.namelist()
        opf = book.read(next(n for n in names if n.endswith(".opf"))).decode()
        nav = book.read(next(n for n in names if n.endswith("nav.xhtml"))).decode()
        chapter = book.read(next(n for n in names if "article" in n)).decode()
    assert f">{FIRST_SENTENCE}</dc:title>" in opf
    assert f">{FIRST_SENTENCE}</a>" in nav
    assert f"<title>{FIRST_SENTENCE}</title>" in chapter
    assert 'class="title"' not in chapter
    assert chapter.count(FIRST_SENTENCE) == 2  # the <title> and the first paragraph
    single = tmp_path / "untitled.epub"
    single.write_bytes(data)
    digest = tmp_path / "digest.epub"
    digest.write_bytes(render([titled(), untitled], "epub"))
    reports = run_epubcheck([single, digest])
    for name in ("untitled.epub", "digest.epub"):
        checker = reports[name]["checker"]
        assert isinstance(checker, dict)
        messages = reports[name]["messages"]
        assert (checker["nFatal"], checker["nError"], checker["nWarning"]) == (0, 0, 0), messages


def test_html_has_a_title_element_and_no_visible_headline(untitled: Article) -> None:
    page = render(untitled, "html").decode()
    assert f"<title>{FIRST_SENTENCE}</title>" in page
    assert "<h1" not in page
    assert json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    )["headline"] == FIRST_SENTENCE


def test_pdf_metadata_and_outline_use_the_first_sentence(untitled: Article) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(render(untitled, "pdf")))
    assert reader.metadata.title == FIRST_SENTENCE
    assert [entry.title for entry in reader.outline] == [FIRST_SENTENCE]
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Islanders had been cut off" in text


def test_docx_core_title_is_the_first_sentence_and_no_title_paragraph(untitled: Article) -> None:
    import docx

    document = docx.Document(io.BytesIO(render(untitled, "docx")))
    assert document.core_properties.title == FIRST_SENTENCE
    styles = [p.style.name for p in document.paragraphs]
    assert "Title" not in styles
    assert document.paragraphs[0].text.startswith(FIRST_SENTENCE)


def test_docx_anthology_contents_link_the_untitled_article(untitled: Article) -> None:
    import docx

    document = docx.Document(io.BytesIO(render([titled(), untitled], "docx")))
    xml = document.element.xml
    assert FIRST_SENTENCE in [p.text for p in document.paragraphs if p.style.name == "TOC 1"]
    anchors = set(re.findall(r'w:anchor="([^"]+)"', xml))
    bookmarks = set(re.findall(r'<w:bookmarkStart[^>]*w:name="([^"]+)"', xml))
    assert len(anchors) == 2 and anchors <= bookmarks, (anchors, bookmarks)


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_feedparser_reads_an_entry_title(untitled: Article, fmt: str) -> None:
    import feedparser

    feed = feedparser.parse(render(untitled, fmt))
    assert not feed.bozo, feed.bozo_exception
    assert feed.entries[0].title == FIRST_SENTENCE


def test_json_feed_item_has_the_title(untitled: Article) -> None:
    item = json.loads(render(untitled, "jsonfeed"))["items"][0]
    assert item["title"] == FIRST_SENTENCE


def test_publish_names_the_page_after_the_first_sentence(
    untitled: Article, tmp_path: Path
) -> None:
    from syndicate.publishing.publish import publish

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        result = publish(untitled, tmp_path / "site", site_url=SITE, formats=("epub",))
    (page,) = result.added
    assert page.title == FIRST_SENTENCE
    assert page.slug.startswith("the-ferry-to-inishmore")
    index = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert FIRST_SENTENCE in index


def test_inspect_says_no_headline_was_printed(tmp_path: Path) -> None:
    from test_hardening import run_cli

    source = tmp_path / "untitled.txt"
    source.write_text(TEXT, "utf-8")
    result = run_cli("inspect", str(source))
    assert result.returncode == 0, result.stderr
    title_row = result.stdout.decode().splitlines()[0]
    assert "none printed" in title_row and "inferred:title.none" in title_row
    assert "?? check" in title_row
