"""``publish``: a site of pages, downloads and feeds, read back with lxml, feedparser,
pypdf, python-docx and zipfile; re-publishing keeps what was there."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import time
import warnings
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import docx
import feedparser
import lxml.html
import pypdf
import pytest

import syndicate
from syndicate import Article, Figure, Heading, Paragraph, Person, Publisher
from syndicate.errors import ExportFailed, SourceNotUnderstood, UsageError
from syndicate.publishing.publish import MANIFEST, publish

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SITE = "https://example.org/news/"
DOWNLOAD_TYPES = {
    "epub": "application/epub+zip",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def small_article(title: str, published: str | None, author: str, image: bool = False) -> Article:
    blocks: list[Any] = [Paragraph(f"First paragraph of {title}."), Heading("A Section")]
    if image:
        blocks.append(Figure(caption=f"Photo for {title}.", credit="Staff/Wire", src="harbour.png"))
    blocks.append(Paragraph(f"Last paragraph of {title}."))
    return Article(
        title=title,
        subtitle=f"The dek of {title}.",
        authors=(Person(author, role="Reporter"),),
        published=published,
        publisher=Publisher("The Test Gazette"),
        blocks=tuple(blocks),
        credit_line="Wire contributed to this report.",
        source_dir=str(FIXTURES / "images") if image else None,
    )


def local(url: str, out: Path) -> Path:
    """The file a site URL points to."""
    assert url.startswith(SITE), url
    return out / urlsplit(url).path.removeprefix(urlsplit(SITE).path)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Publish two articles, then a third, into one folder (the expensive part, done once)."""
    out = tmp_path_factory.mktemp("site")
    kitchen = syndicate.parse(FIXTURES / "kitchen_sink.json")
    second = small_article("Second Story Of The Day", "2025-07-20", "Ada Byline")
    third = small_article("Third Story", "2025-08-02T07:00:00Z", "Bo Reporter", image=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # every article has a date and its images: no warning
        first_run = publish([kitchen, second], out, site_url=SITE.rstrip("/"), title="Test Site")
        index_after_two = (out / "index.html").read_bytes()
        second_run = publish(third, out, site_url=SITE)
    return {
        "out": out,
        "articles": [third, second, kitchen],  # newest first
        "first": first_run,
        "second": second_run,
        "index_after_two": index_after_two,
    }


def test_first_run_lists_two(site: dict[str, Any]) -> None:
    root = lxml.html.document_fromstring(site["index_after_two"])
    assert len(root.xpath("//li[@class='article-item']")) == 2
    assert site["first"].total == 2 and len(site["first"].added) == 2


def test_index_lists_three_articles_newest_first(site: dict[str, Any]) -> None:
    out: Path = site["out"]
    root = lxml.html.parse(str(out / "index.html")).getroot()
    items = root.xpath("//li[@class='article-item']")
    expected = site["articles"]
    assert [" ".join(i.xpath(".//h2")[0].text_content().split()) for i in items] == [
        a.title for a in expected
    ]
    for item, article in zip(items, expected, strict=True):
        href = item.xpath(".//h2/a")[0].get("href")
        assert href == article.slug + "/"
        assert (out / href / "index.html").is_file()
        byline = item.xpath(".//span[@class='author']")[0].text_content()
        assert byline == ", ".join(p.name for p in article.authors)
        assert item.xpath(".//time[@class='published']")[0].get("datetime") == article.published
    assert root.xpath("//title")[0].text == "Test Site"
    assert site["second"].total == 3
    assert [p.slug for p in site["second"].added] == [expected[0].slug]
    assert list(site["second"].slugs) == [a.slug for a in expected]


def test_index_has_feed_autodiscovery_links(site: dict[str, Any]) -> None:
    out: Path = site["out"]
    root = lxml.html.parse(str(out / "index.html")).getroot()
    links = {
        link.get("type"): link.get("href") for link in root.xpath("//head/link[@rel='alternate']")
    }
    assert links == {
        "application/atom+xml": "feed.atom",
        "application/rss+xml": "feed.rss",
        "application/feed+json": "feed.json",
    }
    for href in links.values():
        assert (out / href).is_file()
    assert root.xpath("//link[@rel='stylesheet']")[0].get("href") == "style.css"
    assert (out / "style.css").is_file()


def test_three_real_downloads_per_article(site: dict[str, Any]) -> None:
    out: Path = site["out"]
    for article in site["articles"]:
        folder = out / article.slug
        epub = folder / f"{article.slug}.epub"
        with zipfile.ZipFile(epub) as archive:
            assert archive.read("mimetype") == b"application/epub+zip"
        reader = pypdf.PdfReader(folder / f"{article.slug}.pdf")
        pdf_text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        assert article.paragraphs()[0].text.split()[0] in pdf_text
        document = docx.Document(str(folder / f"{article.slug}.docx"))
        docx_text = [p.text for p in document.paragraphs]
        assert article.paragraphs()[-1].text in docx_text
        # The page links the three downloads, relative to itself.
        page = lxml.html.parse(str(folder / "index.html")).getroot()
        hrefs = [a.get("href") for a in page.xpath("//nav[@class='downloads']//a")]
        assert hrefs == [f"{article.slug}.epub", f"{article.slug}.pdf", f"{article.slug}.docx"]


def test_article_page_has_figures_credits_byline_and_json_ld(site: dict[str, Any]) -> None:
    out: Path = site["out"]
    kitchen = site["articles"][2]
    folder = out / kitchen.slug
    page = lxml.html.parse(str(folder / "index.html")).getroot()
    credits = [e.text_content() for e in page.xpath("//figcaption/span[@class='credit']")]
    assert credits == [f.credit for f in kitchen.figures()]
    captions = [e.text_content() for e in page.xpath("//figcaption/span[@class='caption']")]
    assert captions == [f.caption for f in kitchen.figures()]
    assert [e.text_content() for e in page.xpath("//span[@class='author']")] == [
        "Maren Oakes",
        "Tomasz Wilk",
    ]
    (img,) = page.xpath("//figure/img")
    image_file = folder / img.get("src")
    assert image_file.read_bytes() == (FIXTURES / "images" / "harbour.png").read_bytes()
    (script,) = page.xpath("//script[@type='application/ld+json']")
    ld = json.loads(script.text)
    assert ld["@type"] == "NewsArticle"
    assert [a["name"] for a in ld["author"]] == ["Maren Oakes", "Tomasz Wilk"]
    assert ld["image"][0]["creditText"] == "Pia Lund/Coastal Wire"
    assert ld["image"][0]["caption"] == kitchen.figures()[0].caption
    assert local(ld["image"][0]["url"], out) == image_file
    assert ld["mainEntityOfPage"] == SITE + kitchen.slug + "/"
    assert page.xpath("//link[@rel='stylesheet']")[0].get("href") == "../style.css"
    assert {link.get("href") for link in page.xpath("//link[@rel='alternate']")} == {
        "../feed.atom",
        "../feed.rss",
        "../feed.json",
    }


def parsed_feed(path: Path) -> Any:
    feed = feedparser.parse(io.BytesIO(path.read_bytes()))
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("name", ["feed.atom", "feed.rss"])
def test_xml_feeds_have_three_entries(site: dict[str, Any], name: str) -> None:
    feed = parsed_feed(site["out"] / name)
    assert [e.title for e in feed.entries] == [a.title for a in site["articles"]]
    assert feed.feed.title == "Test Site"
    for entry, article in zip(feed.entries, site["articles"], strict=True):
        assert [a["name"] for a in entry.authors] == [p.name for p in article.authors]
        assert article.credit_line in entry.content[0].value


def test_rss_enclosure_points_at_a_real_download(site: dict[str, Any]) -> None:
    out: Path = site["out"]
    feed = parsed_feed(out / "feed.rss")
    for entry, article in zip(feed.entries, site["articles"], strict=True):
        (enclosure,) = entry.enclosures  # RSS carries one enclosure per item
        path = local(enclosure.href, out)
        assert path == out / article.slug / f"{article.slug}.epub"
        assert int(enclosure.length) == path.stat().st_size
        assert enclosure.type == "application/epub+zip"


def test_json_feed_has_three_items_with_three_attachments(site: dict[str, Any]) -> None:
    out: Path = site["out"]
    data = json.loads((out / "feed.json").read_bytes())
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"] == SITE + "feed.json"
    assert [item["title"] for item in data["items"]] == [a.title for a in site["articles"]]
    for item, article in zip(data["items"], site["articles"], strict=True):
        attachments = {a["mime_type"]: a for a in item["attachments"]}
        assert set(attachments) == set(DOWNLOAD_TYPES.values())
        for fmt, media_type in DOWNLOAD_TYPES.items():
            path = local(attachments[media_type]["url"], out)
            assert path == out / article.slug / f"{article.slug}.{fmt}"
            assert attachments[media_type]["size_in_bytes"] == path.stat().st_size


def test_atom_entries_carry_three_enclosures(site: dict[str, Any]) -> None:
    out: Path = site["out"]
    feed = parsed_feed(out / "feed.atom")
    for entry, article in zip(feed.entries, site["articles"], strict=True):
        by_type = {e.type: e for e in entry.enclosures}
        assert set(by_type) == set(DOWNLOAD_TYPES.values())
        for fmt, media_type in DOWNLOAD_TYPES.items():
            path = local(by_type[media_type].href, out)
            assert path == out / article.slug / f"{article.slug}.{fmt}"
            assert int(by_type[media_type].length) == path.stat().st_size


def test_feed_image_credit_points_at_the_published_copy(site: dict[str, Any]) -> None:
    out: Path = site["out"]
    third = site["articles"][0]
    feed = parsed_feed(out / "feed.rss")
    entry = feed.entries[0]
    (media,) = entry.media_content
    assert (
        local(media["url"], out).read_bytes() == (FIXTURES / "images" / "harbour.png").read_bytes()
    )
    assert entry.media_credit[0]["content"] == "Staff/Wire"
    assert third.figures()[0].caption in entry.content[0].value


def test_manifest_is_not_a_page_and_holds_every_article(site: dict[str, Any]) -> None:
    data = json.loads((site["out"] / MANIFEST).read_text(encoding="utf-8"))
    assert data["schema"] == "syndicate.site/1"
    assert sorted(e["slug"] for e in data["articles"]) == sorted(a.slug for a in site["articles"])
    # No local path of the publishing machine is published with the site.
    assert str(FIXTURES) not in json.dumps(data)


# -- re-publishing, collisions, failures ------------------------------------------------


def quick(out: Path, articles: Any, **kw: Any) -> Any:
    """Publish without the (slow) downloads: index, pages and feeds only."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return publish(articles, out, site_url=SITE, formats=(), **kw)


def feed_ids(out: Path) -> list[str]:
    return [e.id for e in parsed_feed(out / "feed.atom").entries]


def test_republishing_the_same_article_replaces_it(tmp_path: Path) -> None:
    one = small_article("Alpha", "2025-01-01", "A")
    two = small_article("Beta", "2025-01-02", "B")
    quick(tmp_path, [one, two])
    before = feed_ids(tmp_path)
    result = quick(tmp_path, one)
    assert result.total == 2
    assert feed_ids(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == [
        ".syndicate",
        "alpha",
        "beta",
    ]


def test_same_title_different_articles_get_two_folders(tmp_path: Path) -> None:
    one = small_article("Same Title", "2025-01-01", "A")
    two = small_article("Same Title", "2025-02-01", "B")
    quick(tmp_path, one)
    result = quick(tmp_path, two)
    assert result.total == 2
    assert set(result.slugs) == {"same-title", "same-title-2"}
    entries = parsed_feed(tmp_path / "feed.atom").entries
    assert len(entries) == 2
    links = {e.link for e in entries}
    assert links == {SITE + "same-title/", SITE + "same-title-2/"}
    page = lxml.html.parse(str(tmp_path / "same-title-2" / "index.html")).getroot()
    assert page.xpath("//span[@class='author']")[0].text == "B"


def test_failed_article_leaves_the_site_as_it_was(tmp_path: Path) -> None:
    quick(tmp_path, small_article("Alpha", "2025-01-01", "A"))
    snapshot = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    escaping = small_article("Escape", "2025-03-01", "E").replace(
        blocks=(Figure(caption="c", credit="k", src="../../../../etc/passwd"),),
        source_dir=str(tmp_path / "alpha"),
    )
    with pytest.raises(ExportFailed, match="outside the source folder"):
        quick(tmp_path, escaping)
    assert not (tmp_path / "escape").exists()
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == snapshot


def test_damaged_manifest_is_refused_not_overwritten(tmp_path: Path) -> None:
    quick(tmp_path, small_article("Alpha", "2025-01-01", "A"))
    manifest = tmp_path / MANIFEST
    manifest.write_text('{"schema": "syndicate.site/1", "articles": [{"slug": "../x"', "utf-8")
    index = (tmp_path / "index.html").read_bytes()
    with pytest.raises(SourceNotUnderstood, match="manifest is damaged"):
        quick(tmp_path, small_article("Beta", "2025-01-02", "B"))
    manifest.write_text(
        json.dumps({"schema": "syndicate.site/1", "articles": [{"key": "k", "slug": "../x"}]}),
        "utf-8",
    )
    with pytest.raises(SourceNotUnderstood, match="bad key or slug"):
        quick(tmp_path, small_article("Beta", "2025-01-02", "B"))
    assert (tmp_path / "index.html").read_bytes() == index
    assert not (tmp_path / "beta").exists()


@pytest.mark.parametrize("url", ["", "example.org", "javascript:alert(1)", "ftp://x/"])
def test_bad_site_url_is_a_usage_error(tmp_path: Path, url: str) -> None:
    with pytest.raises(UsageError):
        publish(small_article("A", None, "B"), tmp_path / "out", site_url=url)
    assert not (tmp_path / "out").exists()


def test_output_folder_that_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(syndicate.OutputNotWritable):
        publish(small_article("A", None, "B"), target, site_url=SITE)


def test_publishes_a_copy_of_an_existing_site_elsewhere(tmp_path: Path) -> None:
    # The site folder is self-contained: a copy can be published to again.
    quick(tmp_path / "a", small_article("Alpha", "2025-01-01", "A", image=True))
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    result = quick(tmp_path / "b", small_article("Beta", "2025-01-02", "B"))
    assert result.total == 2
    entries = parsed_feed(tmp_path / "b" / "feed.rss").entries
    alpha = next(e for e in entries if e.title == "Alpha")
    assert local(alpha.media_content[0]["url"], tmp_path / "b").is_file()


@pytest.mark.slow
def test_concurrent_publishers_keep_every_article(tmp_path: Path) -> None:
    """Four processes publishing into one folder at once: the lock keeps all four."""
    script = (
        "import sys, warnings; warnings.simplefilter('ignore')\n"
        "from syndicate import Article, Paragraph\n"
        "from syndicate.publishing.publish import publish\n"
        "n = sys.argv[1]\n"
        "a = Article(title=f'Story {n}', published=f'2025-01-0{n}', blocks=(Paragraph(n),))\n"
        f"publish(a, sys.argv[2], site_url={SITE!r}, formats=())\n"
    )
    processes = [
        subprocess.Popen([sys.executable, "-c", script, str(n), str(tmp_path)]) for n in range(1, 5)
    ]
    assert [p.wait(timeout=60) for p in processes] == [0, 0, 0, 0]
    titles = [e.title for e in parsed_feed(tmp_path / "feed.atom").entries]
    assert titles == ["Story 4", "Story 3", "Story 2", "Story 1"]
    index = lxml.html.parse(str(tmp_path / "index.html")).getroot()
    assert len(index.xpath("//li[@class='article-item']")) == 4


def test_site_is_reproducible_under_source_date_epoch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    articles = [
        small_article("Alpha", "2025-01-01", "A", image=True),
        small_article("Undated", None, "B"),
    ]
    quick(tmp_path / "one", articles)
    time.sleep(1.1)  # a clock in any output would now differ
    quick(tmp_path / "two", articles)

    def files(root: Path) -> dict[str, bytes]:
        return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}

    first, second = files(tmp_path / "one"), files(tmp_path / "two")
    assert "index.html" in first and "feed.atom" in first
    assert first == second


def test_publish_ui_language_sets_the_interface_words(tmp_path: Path) -> None:
    source = tmp_path / "artikel.md"
    source.write_text(
        "---\ntitle: Der neue Fährhafen\nlanguage: de\nauthors:\n  - name: Greta Holm\n"
        "published: 2025-05-04\n---\n\nDie Fähre legt ab Montag am neuen Kai an.\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "syndicate", "publish", str(source), "--out", str(tmp_path / "site"),
         "--site-url", SITE, "--downloads", "", "--ui-language", "fr"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    (page,) = (tmp_path / "site").glob("*/index.html")
    byline = " ".join(lxml.html.parse(str(page)).getroot().text_content().split())
    assert "Par Greta Holm" in byline and "Von Greta Holm" not in byline
    assert "Der neue Fährhafen" in byline  # the article itself stays German
