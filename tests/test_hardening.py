"""Issue 8 (hardening): bad input, hostile text and faults, one test per reproduced failure.

Most bullets of the issue are tested next to the code they concern (test_pdf, test_epub,
test_docx, test_feeds, test_serve, test_verify, test_safety, test_cli, test_model…);
docs/hardening.md maps every bullet to its test. This file holds the checks that had no
home yet, each with the bad input as a fixture, read back by the format's real reader.
"""

from __future__ import annotations

import ast
import io
import json
import re
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser
import lxml.html
import pypdf
import pytest
from conftest import FIXTURES, ROOT

import syndicate
from syndicate import Article, Figure, Paragraph, Person
from syndicate.errors import (
    EXIT_BATCH_PARTIAL,
    EXIT_INTERNAL,
    ExportFailed,
    OutputNotWritable,
    SyndicateError,
    VerificationFailed,
)
from syndicate.model import ListBlock, Quote
from syndicate.verify import verify_bytes

SITE = "https://example.org/news/"
FORMATS = ("epub", "pdf", "docx", "rss", "atom", "jsonfeed", "html")
OPTIONS: dict[str, dict[str, Any]] = {
    "rss": {"site_url": SITE},
    "atom": {"site_url": SITE},
    "jsonfeed": {"site_url": SITE},
}


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "syndicate", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )


def one_line_error(result: subprocess.CompletedProcess[bytes], code: int) -> str:
    """The single stderr line of a failed command (no traceback), checked against ``code``."""
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("syndicate: ")
    return lines[0]


# -- publish: a de-duplicated slug reaches the feeds ------------------------------------


def _twin(author: str) -> Article:
    return Article(
        title="Same Title",
        authors=(Person(author),),
        published="2025-01-01" if author == "Ann" else "2025-02-01",
        blocks=(
            Paragraph(f"Story by {author}."),
            Figure(caption=f"Photo by {author}.", credit="Wire", src="harbour.png"),
        ),
        source_dir=str(FIXTURES / "images"),
    )


def test_second_article_with_the_same_title_is_linked_to_its_own_folder(tmp_path: Path) -> None:
    """publish gives the second "Same Title" the folder same-title-2; every feed must link
    its entry and its image there, not to the first article's page."""
    from syndicate.publishing.publish import publish

    publish(_twin("Ann"), tmp_path, site_url=SITE, formats=())
    publish(_twin("Bob"), tmp_path, site_url=SITE, formats=())
    page = lxml.html.parse(str(tmp_path / "same-title-2" / "index.html")).getroot()
    assert "Story by Bob." in page.text_content()

    def urls_of(html: str) -> list[str]:
        return [str(u) for u in lxml.html.fromstring(html).xpath("//img/@src | //a/@href")]

    found: dict[str, tuple[str, list[str]]] = {}
    for name in ("feed.atom", "feed.rss"):
        parsed = feedparser.parse(io.BytesIO((tmp_path / name).read_bytes()))
        assert not parsed.bozo, name
        for entry in parsed.entries:
            author = "Bob" if "Story by Bob." in entry.content[0].value else "Ann"
            media = [m["url"] for m in entry.get("media_content", [])]
            found[f"{name}:{author}"] = (entry.link, urls_of(entry.content[0].value) + media)
    doc = json.loads((tmp_path / "feed.json").read_bytes())
    for item in doc["items"]:
        author = "Bob" if "Story by Bob." in item["content_html"] else "Ann"
        images = [item["image"]] if item.get("image") else []
        found[f"json:{author}"] = (item["url"], urls_of(item["content_html"]) + images)
    assert len(found) == 6
    for key, (link, urls) in found.items():
        folder = "same-title-2/" if key.endswith("Bob") else "same-title/"
        assert link == SITE + folder, key
        images = [u for u in urls if u.endswith(".png")]
        assert images, key
        for url in images:
            assert url.startswith(SITE + folder), (key, url)
            # The URL names a file that publish really wrote.
            assert (tmp_path / urlsplit(url).path.removeprefix("/news/")).is_file(), url


# -- feedparser only ever sees a byte stream --------------------------------------------


def test_every_feedparser_call_is_handed_a_byte_stream() -> None:
    """Given a str or bytes that look like a path or URL, feedparser opens or fetches it."""
    calls = 0
    for path in sorted((ROOT / "syndicate").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "parse"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "feedparser"
            ):
                calls += 1
                first = node.args[0]
                assert (
                    isinstance(first, ast.Call)
                    and isinstance(first.func, ast.Attribute)
                    and first.func.attr == "BytesIO"
                ), f"{path.name}:{node.lineno} hands feedparser something else than BytesIO"
    assert calls >= 2  # the feed store and verify


def test_verify_does_not_open_a_feed_whose_bytes_are_a_path(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.rss"
    elsewhere.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>LEAK</title>'
        "<item><title>Leaked</title><description>Leaked body.</description></item>"
        "</channel></rss>",
        "utf-8",
    )
    article = Article(title="Leaked", blocks=(Paragraph("Leaked body."),))
    output = tmp_path / "story.rss"
    output.write_bytes(str(elsewhere).encode())
    with pytest.raises(VerificationFailed, match="not a readable feed"):
        verify_bytes(output.read_bytes(), "rss", article)


# -- JSON sources -----------------------------------------------------------------------

BAD_JSON = {
    "nan": ('{"title": "x", "tags": [NaN]}', "NaN"),
    "infinity": ('{"title": "x", "tags": [-Infinity]}', "Infinity"),
    "duplicate_keys": ('{"title": "x", "publisher": {"name": "a", "name": "b"}}', "twice"),
    "deep_lists": ("[" * 100_000, "nested deeper"),
    "deep_objects": ('{"a": ' * 100_000, "nested deeper"),
    "digits_5000": ('{"title": "x", "tags": [' + "9" * 5000 + "]}", "5000 digits"),
    "huge_float_level": (
        '{"title": "x", "blocks": [{"type": "heading", "level": 1e400, "text": "h"}]}',
        "level",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_JSON))
def test_hostile_json_source_is_one_line_parse_error(tmp_path: Path, case: str) -> None:
    text, needle = BAD_JSON[case]
    source = tmp_path / f"{case}.json"
    source.write_text(text, "utf-8")
    target = tmp_path / "out.epub"
    target.write_bytes(b"old")
    line = one_line_error(run_cli("export", str(source), "-f", "epub", "-o", str(target)), 4)
    assert needle in line and "parse" in line
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([source.name, "out.epub"])


def test_json_brackets_inside_strings_are_text_not_nesting() -> None:
    article = syndicate.parse_text(json.dumps({"title": "[" * 100_000}), "json")
    assert article.title == "[" * 100_000


@pytest.mark.parametrize(
    "content",
    [
        '{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [NaN]}',
        '{"version": "https://jsonfeed.org/version/1.1", "title": "t", "title": "u", "items": []}',
        '{"version": "https://jsonfeed.org/version/1.1", "items": ' + "[" * 100_000,
        '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": ' + "7" * 5000 + "}]}",
    ],
    ids=["nan", "duplicate", "deep", "digits"],
)
def test_damaged_json_feed_is_refused_and_kept(tmp_path: Path, content: str) -> None:
    from syndicate.publishing.feedstore import add_to_feed

    feed = tmp_path / "feed.json"
    feed.write_text(content, "utf-8")
    with pytest.raises(OutputNotWritable, match="does not parse cleanly") as info:
        add_to_feed(feed, [Article(title="New")], site_url=SITE)
    assert "\n" not in str(info.value)
    assert feed.read_text("utf-8") == content
    # The separate lock file stays (a lock on the feed itself would die with its inode).
    assert {p.name for p in tmp_path.iterdir()} <= {"feed.json", "feed.json.lock"}


# -- scraped text: long runs stay linear ------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Before" + " " * 1_000_000 + "after.",
        "Before." + " " * 1_000_000,
        " " * 1_000_000 + "Indented by a megabyte.",
        "Before" + "\t\u00a0 " * 333_334 + "after.",
        "word " * 200_000,
        "x" * 1_000_000,
    ],
    ids=["space_run", "trailing", "leading", "mixed_blanks", "megabyte_line", "megabyte_word"],
)
def test_megabyte_runs_of_spaces_and_lines_parse(body: str) -> None:
    """A backtracking ``\\s+$`` would make these hang; they parse (time in the report)."""
    article = syndicate.parse_text(f"Headline\n\n{body}\n\nLast paragraph.\n", "text")
    assert article.title == "Headline"
    texts = [b.text for b in article.blocks if isinstance(b, Paragraph)]
    assert texts[-1] == "Last paragraph."
    # Tabs and spaces collapse; a no-break space is text and is kept.
    assert re.sub("[ \t]+", " ", body).strip(" ") in texts


# -- PDF: scale and cells ---------------------------------------------------------------


@pytest.mark.slow
def test_a_200000_word_paragraph_renders_and_extracts() -> None:
    """Reported: over six minutes in reportlab alone. Timings go in the benchmark
    (benchmarks/bench_pdf_scale.py); here the output must hold every word in order."""
    words = [f"n{i}" for i in range(200_000)]
    data = syndicate.render(
        Article(title="Two hundred thousand", blocks=(Paragraph(" ".join(words) + "."),)), "pdf"
    )
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 150
    sample = [*range(0, len(reader.pages), 25), len(reader.pages) - 1]
    found: list[int] = []
    for index in sample:
        found += [int(n) for n in re.findall(r"\bn(\d+)\b", reader.pages[index].extract_text())]
    assert found == sorted(found)
    assert found[0] == 0 and found[-1] == 199_999


def test_quote_and_list_cells_wrap_inside_the_page() -> None:
    """reportlab table cells holding plain strings never wrap; ours hold paragraphs."""
    long = " ".join(f"word{i}" for i in range(400))
    word = "Unbroken" * 60
    article = Article(
        title="Cells",
        blocks=(
            Quote(f"{long} {word}", attribution=f"{word} {long}"),
            ListBlock(items=(f"{long} {word}", word), ordered=True),
        ),
    )
    page = pypdf.PdfReader(io.BytesIO(syndicate.render(article, "pdf"))).pages[0]
    width = float(page.mediabox.width)
    spans: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            spans.append((tm[4] * cm[0] + cm[4], size * tm[0] * cm[0], text.strip()))

    page.extract_text(visitor_text=visit)
    assert spans
    for x, size, text in spans:
        # A crude lower bound of each line's width (0.4 em per character): an unwrapped
        # cell runs hundreds of characters off the page and fails it by far.
        assert 0 <= x < width and x + 0.4 * size * len(text) <= width, text[:40]


# -- feeds: characters no XML can carry, links that must not be links ------------------

HOSTILE = "ctl\x01\x07\x1b sur\ud800\udfff non\ufffe\uffff amp&<b>tag</b> ]]> end"


def hostile_article() -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Article(
            title=f"T {HOSTILE}",
            subtitle=f"D {HOSTILE}",
            authors=(Person(f"N {HOSTILE}", role=f"R {HOSTILE}"),),
            url="../relative/page.html",
            tags=(f"G {HOSTILE}",),
            rights=f"C {HOSTILE}",
            published="2025-03-01",
            blocks=(
                Paragraph(f"P1 {HOSTILE}"),
                Paragraph('<a href="javascript:alert(1)">x</a> and javascript:alert(2)'),
                Paragraph("P3 the paragraph after every bad character survives."),
            ),
        )


def test_hostile_text_gives_feeds_their_reader_accepts() -> None:
    clean = "ctl sur non amp&<b>tag</b> ]]> end"
    article = hostile_article()
    for fmt in ("rss", "atom"):
        data = syndicate.render(article, fmt, site_url=SITE)
        parsed = feedparser.parse(io.BytesIO(data))
        assert not parsed.bozo, (fmt, parsed.get("bozo_exception"))
        (entry,) = parsed.entries
        assert entry.title == f"T {clean}"
        body = lxml.html.fromstring(entry.content[0].value)
        text = body.text_content()
        assert f"P1 {clean}" in text and "P3 the paragraph after" in text
        assert not body.xpath("//script | //b")
        # Neither javascript: nor a relative "canonical URL" becomes a link.
        assert entry.link == SITE + article.slug + "/"
        hrefs = [link["href"] for link in entry.links] + body.xpath("//@href")
        assert not [h for h in hrefs if not h.startswith(("https:", "http:", "mailto:"))]
    item = json.loads(syndicate.render(article, "jsonfeed", site_url=SITE))["items"][0]
    assert item["title"] == f"T {clean}" and item["url"] == SITE + article.slug + "/"
    assert "javascript:" not in " ".join(
        lxml.html.fromstring(item["content_html"]).xpath("//@href")
    )


# -- every format: a refused image fails the export and keeps the old file ---------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_etc_passwd_image_is_refused_and_the_old_output_survives(tmp_path: Path, fmt: str) -> None:
    source = tmp_path / "src"
    source.mkdir()
    target = tmp_path / f"out.{fmt}"
    target.write_bytes(b"the good old output")
    for src in ("/etc/passwd", "../../../../../../etc/passwd"):
        article = Article(
            title="Passwd",
            blocks=(Paragraph("Text."), Figure(caption="c", credit="k", src=src)),
            source_dir=str(source),
        )
        with pytest.raises(ExportFailed, match="outside the source folder") as info:
            syndicate.export(article, fmt, target, **OPTIONS.get(fmt, {}))
        assert "\n" not in str(info.value)
        assert target.read_bytes() == b"the good old output"
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["src", target.name])


# -- verify: zip limits -----------------------------------------------------------------


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out.getvalue()


def test_zip_total_size_is_checked_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    from syndicate.verify import safety

    monkeypatch.setattr(safety, "MAX_TOTAL_BYTES", 3000)
    data = _zip({f"part{i}.xhtml": b"x" * 1000 for i in range(4)})
    with pytest.raises(VerificationFailed, match="expand to 4000 bytes"):
        verify_bytes(data, "epub", Article(title="T"))


def test_zip_entry_lying_about_its_size_is_cut_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from syndicate.verify import safety

    monkeypatch.setattr(safety, "MAX_MEMBER_BYTES", 1000)
    archive = safety.open_zip(_zip({"mimetype": b"y" * 5000}), "epub")
    with pytest.raises(VerificationFailed, match="expands past 1000 bytes"):
        safety.read_member(archive, "mimetype", "epub")


@pytest.mark.parametrize("name", ["../../x", "/etc/x", "C:/x", "a/../../x", "..\\..\\x"])
def test_zip_entry_names_that_climb_are_refused(name: str) -> None:
    with pytest.raises(VerificationFailed, match="unsafe path"):
        verify_bytes(_zip({name: b"x"}), "epub", Article(title="T"))


# -- the documented error model ---------------------------------------------------------


def test_readme_documents_every_exit_code_and_category() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    rows = dict(re.findall(r"^\| (\d+) \| `([^`]+)` \|", readme, re.MULTILINE))
    errors = [c for c in vars(syndicate.errors).values() if isinstance(c, type)]
    for cls in errors:
        if issubclass(cls, SyndicateError) and cls is not SyndicateError:
            assert rows.get(str(cls.exit_code)) == cls.category, cls.__name__
    assert str(EXIT_BATCH_PARTIAL) in rows and str(EXIT_INTERNAL) in rows


def test_reportlab_is_new_enough_for_cve_2023_33733() -> None:
    from importlib.metadata import version

    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert re.search(r'"reportlab>=3\.6\.1[3-9]', pyproject)
    parts = tuple(int(p) for p in version("reportlab").split(".")[:3])
    assert parts >= (3, 6, 13)


# -- atomic writes: what the output path already is ---------------------------------------


def _tiny() -> Article:
    return Article(title="Tiny", blocks=(Paragraph("One paragraph."),))


def test_export_into_a_fifo_keeps_the_fifo_and_writes_once(tmp_path: Path) -> None:
    """Found in this audit: ``-o /dev/full`` as root replaced the device node with a PDF
    (rename over a special file). A FIFO stands in for devices here, safely."""
    import os
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        syndicate.export(_tiny(), "html", fifo)
        chunks = []
        while chunk := os.read(reader, 65536):
            chunks.append(chunk)
        page = lxml.html.fromstring(b"".join(chunks))
        assert "One paragraph." in page.text_content()
        # A failed export writes nothing at all into the pipe.
        bad = _tiny().replace(
            blocks=(Figure(caption="c", src="/etc/passwd"),), source_dir=str(tmp_path)
        )
        with pytest.raises(ExportFailed):
            syndicate.export(bad, "html", fifo)
        assert os.read(reader, 65536) == b""
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_export_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "story.html").write_bytes(b"old")
    link = tmp_path / "latest.html"
    link.symlink_to(real / "story.html")
    syndicate.export(_tiny(), "html", link)
    assert link.is_symlink()
    assert b"One paragraph." in (real / "story.html").read_bytes()
    assert sorted(p.name for p in real.iterdir()) == ["story.html"]


def test_replaced_output_keeps_its_permissions(tmp_path: Path) -> None:
    import stat

    target = tmp_path / "private.pdf"
    target.write_bytes(b"old")
    target.chmod(0o600)
    syndicate.export(_tiny(), "pdf", target)
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# -- images: checked before embedding, in every format, every time -------------------------


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" + b"\0\0\0" * 4)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _embedded_images(fmt: str, data: bytes) -> list[str]:
    if fmt in ("epub", "docx"):
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        return [n for n in names if n.lower().endswith((".png", ".jpg", ".jpeg", ".gif"))]
    if fmt == "pdf":
        reader = pypdf.PdfReader(io.BytesIO(data))
        return [image.name for page in reader.pages for image in page.images]
    if fmt == "html":
        return [str(src) for src in lxml.html.fromstring(data).xpath("//img/@src")]
    return re.findall(r"[\w./-]+\.png", data.decode("utf-8"))


@pytest.mark.parametrize(
    ("image", "needle"),
    [(_png_claiming(100_000, 100_000), "pixels"), (b"#!/bin/sh\necho hi\n", "not a PNG")],
    ids=["bomb", "fake"],
)
def test_refused_image_is_left_out_of_every_format_with_a_warning_each_time(
    tmp_path: Path, image: bytes, needle: str
) -> None:
    from syndicate.exporters.base import ExportWarning

    (tmp_path / "photo.png").write_bytes(image)
    article = Article(
        title="Pictures",
        published="2025-01-01",
        blocks=(Figure(caption="The caption stays.", credit="Wire", src="photo.png"),),
        source_dir=str(tmp_path),
    )
    for fmt in FORMATS:
        # Every export warns, not only the first one (the check is cached per file).
        with pytest.warns(ExportWarning, match=needle):
            data = syndicate.render(article, fmt, **OPTIONS.get(fmt, {}))
        assert _embedded_images(fmt, data) == [], fmt


# -- Markdown front matter: hostile YAML is a one-line parse error ---------------------------

BAD_FRONT_MATTER = {
    "deep_yaml": "---\ntitle: " + "[" * 100_000 + "\n---\n\nBody.\n",
    "impossible_date": "---\ntitle: x\npublished: 2025-13-45\n---\n\nBody.\n",
    "digits_5000": "---\ntitle: x\ntags: [" + "9" * 5000 + "]\n---\n\nBody.\n",
    "timestamp_tag": "---\ntitle: x\npublished: !!timestamp nope\n---\n\nBody.\n",
    "block_date": "---\ntitle: x\n---\n\n::: figure\ncaption: !!timestamp 2025-13-01\n:::\n",
}


@pytest.mark.parametrize("case", sorted(BAD_FRONT_MATTER))
def test_hostile_front_matter_is_one_line_parse_error(tmp_path: Path, case: str) -> None:
    source = tmp_path / f"{case}.md"
    source.write_text(BAD_FRONT_MATTER[case], "utf-8")
    line = one_line_error(run_cli("inspect", str(source)), 4)
    assert "parse" in line


# -- the preview server ---------------------------------------------------------------------


def test_server_never_lists_a_folder_and_survives_hostile_paths(tmp_path: Path) -> None:
    import http.client
    import threading

    from syndicate.publishing.serve import make_server

    (tmp_path / "site" / "files").mkdir(parents=True)
    (tmp_path / "site" / "index.html").write_text("<p>home</p>", "utf-8")
    (tmp_path / "site" / "files" / "private-name.epub").write_bytes(b"PK")
    server = make_server(tmp_path / "site", port=0, log=None)
    assert server.server_address[0] == "127.0.0.1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]

        def get(path: str) -> tuple[int, bytes]:
            connection = http.client.HTTPConnection(host, port, timeout=10)
            connection.putrequest("GET", path, skip_accept_encoding=True)
            connection.endheaders()
            response = connection.getresponse()
            status, body = response.status, response.read()
            connection.close()
            return status, body

        for path in ("/files/", "/files", "/files/%00", "/%00/", "/files/." + "/" * 3000):
            status, body = get(path)
            assert status in (301, 400, 404), (path, status)
            assert b"private-name" not in body
        assert get("/files/private-name.epub") == (200, b"PK")
        assert get("/" + "a" * 60_000)[0] in (400, 404, 414)
        assert get("/")[0] == 200
    finally:
        server.shutdown()
        server.server_close()
