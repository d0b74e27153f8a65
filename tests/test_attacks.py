"""Issue 16, section 4: attacks reproduced on 127.0.0.1 and in temporary folders.

Each test failed on the code before its fix (noted in docs/hardening.md) and holds the fix:
feed locks through symlinks, verify's budgets for hostile EPUB and PDF files, the preview
server (dotfiles through symlinks, request desync, absurd dates) and publish through symlinks.
"""

from __future__ import annotations

import contextlib
import io
import json
import multiprocessing
import re
import resource
import socket
import subprocess
import sys
import threading
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pypdf
import pytest

from syndicate import Article, Paragraph, Person
from syndicate.errors import OutputNotWritable, SourceNotUnderstood, VerificationFailed
from syndicate.publishing.feedstore import add_to_feed
from syndicate.publishing.publish import MANIFEST, publish
from syndicate.publishing.serve import SiteServer, make_server
from syndicate.verify import verify_bytes

SITE = "https://site.example/news/"


def _story(n: int) -> Article:
    return Article(
        title=f"Harbour notice {n}",
        authors=(Person(f"Clerk {n}"),),
        published=f"2025-02-{n % 28 + 1:02d}T08:00:00Z",
        url=f"https://site.example/news/notice-{n}/",
        blocks=(Paragraph(f"Notice {n} about the harbour."),),
    )


def _add_one(path: str, n: int, start: multiprocessing.synchronize.Barrier) -> None:
    start.wait()
    add_to_feed(path, [_story(n)], site_url=SITE)


# -- feed add through a symbolic link --------------------------------------------------------


def test_feed_add_through_a_symlink_keeps_every_entry(tmp_path: Path) -> None:
    """20 writers, half through ``m.atom -> real/m.atom``: one lock, all 20 entries kept."""
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "m.atom"
    link = tmp_path / "m.atom"
    link.symlink_to(real)
    add_to_feed(real, [_story(100)], site_url=SITE)
    context = multiprocessing.get_context("fork")  # the workers start with imports done
    start = context.Barrier(20)
    workers = [
        context.Process(target=_add_one, args=(str(link if n % 2 else real), n, start))
        for n in range(20)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [worker.exitcode for worker in workers] == [0] * 20
    assert link.is_symlink()
    entries = feedparser.parse(io.BytesIO(real.read_bytes())).entries
    assert sorted(e.id for e in entries) == sorted(
        _story(n).url for n in [*range(20), 100]
    )
    assert not (tmp_path / "m.atom.lock").exists()  # the lock sits beside the real feed


def test_feed_add_through_a_dangling_symlink_creates_the_target(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    link = tmp_path / "m.atom"
    link.symlink_to(tmp_path / "real" / "m.atom")
    add_to_feed(link, [_story(1)], site_url=SITE)
    assert link.is_symlink() and (tmp_path / "real" / "m.atom").is_file()


# -- verify: hostile EPUB and PDF files --------------------------------------------------------
# Built here byte by byte: tiny files that ask for a great deal of work.

_CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)


def hostile_epub(spine: int, items: int = 1, item_bytes: int = 1_000_000) -> bytes:
    """An EPUB whose spine lists ``items`` documents of ``item_bytes`` each, ``spine`` times."""
    paragraph = "<p>Quay notice.</p>\n"
    xhtml = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>Quay</title></head><body>"
        f"{paragraph * (item_bytes // len(paragraph))}</body></html>"
    )
    manifest = "".join(
        f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>'
        for i in range(items)
    )
    refs = "".join(f'<itemref idref="c{i % items}"/>' for i in range(spine))
    opf = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
        'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:title>Quay</dc:title><dc:identifier id="id">quay</dc:identifier>'
        f"<dc:language>en</dc:language></metadata><manifest>{manifest}</manifest>"
        f"<spine>{refs}</spine></package>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", _CONTAINER)
        book.writestr("OEBPS/content.opf", opf)
        for i in range(items):
            book.writestr(f"OEBPS/c{i}.xhtml", xhtml)
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n%s\nendstream" % (
        len(packed),
        extra,
        packed,
    )


def _assemble(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` (object 1 is the catalog), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_PAGE = (
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
    b"/Resources << /Font << /F1 3 0 R >> %s>> /Contents %d 0 R >>"
)


def hostile_pdf(pages: int, operators: int, shared: bool = True, padding: int = 0) -> bytes:
    """A PDF of ``pages`` pages showing ``operators`` times "a", sharing one content stream.

    ``padding`` adds that many spaces to the stream (they compress to almost nothing).
    """
    ops = b"BT /F1 12 Tf 72 720 Td\n" + b"(a) Tj\n" * operators + b" " * padding + b"ET\n"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT]
    streams = []
    for _ in range(1 if shared else pages):
        objects.append(_stream(ops))
        streams.append(len(objects))
    kids = []
    for n in range(pages):
        objects.append(_PAGE % (b"", streams[0 if shared else n]))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), pages)
    return _assemble(objects)


def form_pdf(draws: int, operators: int) -> bytes:
    """One page drawing, ``draws`` times, a form XObject of ``operators`` text operators."""
    form = b"BT /F1 12 Tf 72 720 Td\n" + b"(a) Tj\n" * operators + b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>",
        _FONT,
        _stream(form, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                b"/Resources << /Font << /F1 3 0 R >> >> "),
        _stream(b"/X0 Do\n" * draws),
        _PAGE % (b"/XObject << /X0 4 0 R >> ", 5),
    ]
    return _assemble(objects)


QUAY = Article(title="Quay", blocks=(Paragraph("Quay notice."),))


def _verify_in_a_small_process(
    tmp_path: Path, name: str, data: bytes, memory: int = 1 << 30
) -> subprocess.CompletedProcess[str]:
    """``syndicate verify`` on ``data`` with at most ``memory`` bytes of address space, 60 s."""
    output = tmp_path / name
    output.write_bytes(data)
    source = tmp_path / "quay.json"
    source.write_text(json.dumps(QUAY.to_dict()), encoding="utf-8")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run(
        [sys.executable, "-m", "syndicate", "verify", str(output), "--source", str(source)],
        capture_output=True, text=True, timeout=60, preexec_fn=limit, check=False,
    )


def test_an_epub_listing_one_document_100_times_parses_it_once(tmp_path: Path) -> None:
    """Before: 7.5 s and 1.66 GB for an 8 KB file; now one parse, well under 1 GiB."""
    data = hostile_epub(spine=100)
    assert len(data) < 8_000
    result = _verify_in_a_small_process(tmp_path, "quay.epub", data)
    assert result.returncode == 0, result.stderr
    assert "OK: 2 of 2 elements preserved" in result.stdout


@pytest.mark.parametrize(
    ("spine", "items", "item_bytes", "message"),
    [
        (5_000, 1, 1_000, "the spine lists 5000 documents"),
        (40, 40, 1_000_000, "bytes of XHTML"),
    ],
)
def test_an_epub_past_the_spine_limits_is_refused(
    tmp_path: Path, spine: int, items: int, item_bytes: int, message: str
) -> None:
    result = _verify_in_a_small_process(
        tmp_path, "quay.epub", hostile_epub(spine, items, item_bytes)
    )
    assert result.returncode == 8, result.stderr
    assert "epub: refused: " in result.stdout and message in result.stdout
    assert "Traceback" not in result.stderr


def test_a_pdf_of_pages_sharing_200k_operators_is_refused(tmp_path: Path) -> None:
    """Before: past 120 s for a 14 KB file (ten pages, one stream of 200k text operators)."""
    data = hostile_pdf(pages=10, operators=200_000)
    assert len(data) < 14_000
    result = _verify_in_a_small_process(tmp_path, "quay.pdf", data)
    assert result.returncode == 8, result.stderr
    assert "pdf: refused: more than 100000 content operators" in result.stdout


def test_a_shared_content_stream_is_extracted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    extract = pypdf.PageObject.extract_text

    def counting_extract(self: pypdf.PageObject, *args: object, **kwargs: object) -> str:
        calls.append(1)
        return extract(self, *args, **kwargs)

    monkeypatch.setattr(pypdf.PageObject, "extract_text", counting_extract)
    # 40 pages x 5,000 operators would pass the budget if counted per page.
    report = verify_bytes(hostile_pdf(pages=40, operators=5_000), "pdf", QUAY)
    assert len(calls) == 1
    assert not report.ok  # the pages hold "aaaa…", not the article


def test_a_content_stream_bomb_is_measured_not_expanded(tmp_path: Path) -> None:
    data = hostile_pdf(pages=1, operators=1, padding=100_000_000)  # 100 MB of spaces
    assert len(data) < 300_000
    result = _verify_in_a_small_process(tmp_path, "quay.pdf", data, memory=1 << 30)
    assert result.returncode == 8, result.stderr
    assert "content streams decode to more than" in result.stdout


def test_a_pdf_with_too_many_pages_is_refused() -> None:
    with pytest.raises(VerificationFailed, match="refused: 5001 pages"):
        verify_bytes(hostile_pdf(pages=5_001, operators=1), "pdf", QUAY)


# -- serve ---------------------------------------------------------------------------------------


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[SiteServer, Path]]:
    """A served folder with secrets in dotfiles and symlinks to them, on 127.0.0.1."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text("<p>home</p>")
    (root / ".env").write_text("TOKEN=hunter2\n")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("[remote] url=secret\n")
    (root / ".git" / "index.html").write_text("git page")
    (root / "envlink").symlink_to(root / ".env")
    (root / "gitlink").symlink_to(root / ".git")
    (root / "notes").mkdir()
    (root / "notes" / "plain.txt").write_text("plain")
    (root / "notes" / "alias.txt").symlink_to(root / "notes" / "plain.txt")
    server = make_server(root, port=0, log=None)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, root
    server.shutdown()
    server.server_close()


def _exchange(server: SiteServer, request: bytes, wait: float = 0.5) -> bytes:
    """Send raw bytes on one connection; everything the server answers until it stops."""
    with socket.create_connection(server.server_address[:2], timeout=5) as sock:
        sock.sendall(request)
        sock.settimeout(wait)
        received = b""
        with contextlib.suppress(TimeoutError, ConnectionError):
            while chunk := sock.recv(65536):
                received += chunk
    return received


def _get(path: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()


def _statuses(answer: bytes) -> list[int]:
    return [int(code) for code in re.findall(rb"HTTP/1\.[01] (\d{3}) [A-Z]", answer)]


@pytest.mark.parametrize(
    "path", ["/envlink", "/gitlink/config", "/gitlink/", "/gitlink", "/notes/../envlink"]
)
def test_serve_applies_the_hidden_name_rule_to_the_resolved_path(
    site: tuple[SiteServer, Path], path: str
) -> None:
    server, _root = site
    answer = _exchange(server, _get(path))
    assert b"hunter2" not in answer and b"secret" not in answer and b"git page" not in answer
    assert _statuses(answer)[0] in (400, 404)


def test_serve_still_follows_symlinks_to_visible_files(site: tuple[SiteServer, Path]) -> None:
    server, _root = site
    answer = _exchange(server, _get("/notes/alias.txt"))
    assert _statuses(answer) == [200] and answer.endswith(b"plain")


@pytest.mark.parametrize("method", [b"GET", b"POST", b"HEAD", b"PUT"])
def test_a_request_body_is_never_read_as_a_second_request(
    site: tuple[SiteServer, Path], method: bytes
) -> None:
    server, _root = site
    body = b"GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n"
    request = (
        method + b" /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % len(body)
        + body
    )
    answer = _exchange(server, request)
    assert len(_statuses(answer)) == 1, answer


def test_a_chunked_body_is_never_read_as_a_request_line(site: tuple[SiteServer, Path]) -> None:
    server, _root = site
    chunk = b"GET /index.html HTTP/1.1\r\n\r\n"
    request = (
        b"POST /index.html HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + b"%x\r\n%s\r\n0\r\n\r\n" % (len(chunk), chunk)
        + b"GET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    answer = _exchange(server, request)
    assert _statuses(answer)[0] == 405
    assert 400 not in _statuses(answer), answer  # no garbage request line parsed


def test_keep_alive_still_works_after_a_drained_body(site: tuple[SiteServer, Path]) -> None:
    server, _root = site
    request = (
        b"GET /notes/plain.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
        b"GET /notes/plain.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    assert _statuses(_exchange(server, request)) == [200, 200]


@pytest.mark.parametrize(
    "since",
    [
        "Thu, 01 Jan 99999999999 00:00:00 GMT",
        "Thu, 01 Jan 10000 00:00:00 GMT",
        "Mon, 32 Foo 2024 99:99:99 GMT",
        "yesterday",
    ],
)
def test_an_invalid_if_modified_since_is_ignored(
    site: tuple[SiteServer, Path], since: str
) -> None:
    server, _root = site
    request = (
        f"GET /index.html HTTP/1.1\r\nHost: x\r\nIf-Modified-Since: {since}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    answer = _exchange(server, request)
    assert _statuses(answer) == [200]
    assert answer.endswith(b"<p>home</p>")


# -- publish --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "target_is_dir"),
    [
        ("feed.atom", False),
        ("index.html", False),
        ("style.css", False),
        ("harbour-notice-1", True),  # the article's slug folder
        (".syndicate", True),
    ],
)
def test_publish_refuses_symlinks_out_of_the_site_folder(
    tmp_path: Path, link: str, target_is_dir: bool
) -> None:
    out = tmp_path / "site"
    out.mkdir()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    victim = outside / ("victim-dir" if target_is_dir else "victim.txt")
    if target_is_dir:
        victim.mkdir()
    else:
        victim.write_text("precious")
    (out / link).symlink_to(victim)
    with pytest.raises(OutputNotWritable, match="outside the site folder"):
        publish([_story(1)], out, site_url=SITE, formats=())
    if target_is_dir:
        assert list(victim.iterdir()) == []
    else:
        assert victim.read_text() == "precious"


def test_publish_follows_symlinks_that_stay_inside(tmp_path: Path) -> None:
    out = tmp_path / "site"
    (out / "real").mkdir(parents=True)
    (out / "feed.atom").symlink_to(out / "real" / "feed.atom")
    publish([_story(1)], out, site_url=SITE, formats=())
    assert (out / "feed.atom").is_symlink()
    assert feedparser.parse(io.BytesIO((out / "real" / "feed.atom").read_bytes())).entries


@pytest.mark.parametrize("slug", ["a\x00b", "tab\there", "line\nbreak", "del\x7f", "c1\x85"])
def test_a_manifest_slug_with_control_characters_is_refused(tmp_path: Path, slug: str) -> None:
    out = tmp_path / "site"
    publish([_story(1)], out, site_url=SITE, formats=())
    manifest = out / MANIFEST
    data = json.loads(manifest.read_text("utf-8"))
    data["articles"][0]["slug"] = slug
    manifest.write_text(json.dumps(data), "utf-8")
    with pytest.raises(SourceNotUnderstood, match="manifest is damaged"):
        publish([_story(2)], out, site_url=SITE, formats=())


def test_a_form_drawn_a_thousand_times_is_charged_each_time(tmp_path: Path) -> None:
    """pypdf reads a form XObject again at every ``Do``: 1,000 x 1,000 operators."""
    data = form_pdf(draws=1_000, operators=1_000)
    assert len(data) < 4_000
    result = _verify_in_a_small_process(tmp_path, "quay.pdf", data)
    assert result.returncode == 8, result.stderr
    assert "pdf: refused: more than 100000 content operators" in result.stdout
    # A few draws of the same form are no trouble.
    assert not verify_bytes(form_pdf(draws=3, operators=10), "pdf", QUAY).ok
