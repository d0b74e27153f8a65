"""``serve``: real HTTP requests against the preview server (in a thread, and as the
``syndicate serve`` process), feeds read back with feedparser from the fetched bytes."""

from __future__ import annotations

import email.utils
import http.client
import io
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import pytest

import syndicate
from syndicate import Article, Paragraph, Person
from syndicate.errors import UsageError
from syndicate.publishing.serve import SiteServer, make_server

SITE = "https://example.org/"
SECRET = b"TOP-SECRET-OUTSIDE-THE-SITE"
ARTICLE = Article(
    title="Served Story",
    authors=(Person("Sam Server"),),
    published="2025-05-05",
    blocks=(Paragraph("Served over HTTP."),),
)


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("serve")
    (base / "secret.txt").write_bytes(SECRET)
    (base / "outside").mkdir()
    (base / "outside" / "secret.txt").write_bytes(SECRET)
    root = base / "site"
    root.mkdir()
    syndicate.export(ARTICLE, "atom", root / "feed.atom", site_url=SITE)
    syndicate.export(ARTICLE, "rss", root / "feed.rss", site_url=SITE)
    syndicate.export(ARTICLE, "jsonfeed", root / "feed.json", site_url=SITE)
    (root / "index.html").write_text("<!DOCTYPE html><title>home</title>", encoding="utf-8")
    story = root / "story"
    story.mkdir()
    (story / "index.html").write_text("<!DOCTYPE html><title>story</title>", encoding="utf-8")
    for name in ("story.epub", "story.pdf", "story.docx", "style.css", "x.bin"):
        (story / name).write_bytes(b"content of " + name.encode())
    (story / "custom.json").write_text('{"version": "https://jsonfeed.org/version/1.1"}')
    (story / "data.json").write_text('{"plain": true}')
    (root / "empty").mkdir()
    (root / ".syndicate").mkdir()
    (root / ".syndicate" / "site.json").write_text("{}")
    (root / "link-out.txt").symlink_to(base / "secret.txt")
    (root / "dir-out").symlink_to(base / "outside", target_is_directory=True)
    (root / "link-in.txt").symlink_to(root / "index.html")
    return root


@pytest.fixture(scope="module")
def server(site_dir: Path) -> Iterator[SiteServer]:
    srv = make_server(site_dir, port=0, log=None)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(timeout=5)


def raw_get(server: SiteServer, path: str, method: str = "GET", **headers: str) -> Any:
    """Send ``path`` exactly as given (no client-side normalisation of ``..``)."""
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=10)
    try:
        connection.putrequest(method, path, skip_accept_encoding=True)
        for name, value in headers.items():
            connection.putheader(name.replace("_", "-"), value)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
        return response.status, dict(response.getheaders()), body
    finally:
        connection.close()


def test_binds_loopback_by_default(server: SiteServer) -> None:
    assert server.server_address[0] == "127.0.0.1"


def test_feed_fetched_over_http_parses(server: SiteServer) -> None:
    for name in ("feed.atom", "feed.rss"):
        with urllib.request.urlopen(server.url + name, timeout=10) as response:
            data = response.read()
        feed = feedparser.parse(io.BytesIO(data))
        assert not feed.bozo
        (entry,) = feed.entries
        assert entry.title == "Served Story"
        assert entry.author == "Sam Server"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/feed.atom", "application/atom+xml"),
        ("/feed.rss", "application/rss+xml"),
        ("/feed.json", "application/feed+json"),
        ("/story/custom.json", "application/feed+json"),
        ("/story/data.json", "application/json"),
        ("/story/story.epub", "application/epub+zip"),
        ("/story/story.pdf", "application/pdf"),
        (
            "/story/story.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("/story/style.css", "text/css; charset=utf-8"),
        ("/", "text/html; charset=utf-8"),
        ("/story/", "text/html; charset=utf-8"),
        ("/story/x.bin", "application/octet-stream"),
    ],
)
def test_content_types(server: SiteServer, path: str, expected: str) -> None:
    status, headers, _body = raw_get(server, path)
    assert status == 200
    assert headers["Content-Type"] == expected
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_conditional_requests_get_304(server: SiteServer, site_dir: Path) -> None:
    status, headers, body = raw_get(server, "/feed.atom")
    assert status == 200 and body == (site_dir / "feed.atom").read_bytes()
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert email.utils.parsedate_to_datetime(modified).timestamp() == int(
        (site_dir / "feed.atom").stat().st_mtime
    )
    status, headers, body = raw_get(server, "/feed.atom", If_None_Match=etag)
    assert (status, body) == (304, b"")
    assert headers["ETag"] == etag
    status, _h, body = raw_get(server, "/feed.atom", If_None_Match=f'"other", W/{etag}')
    assert (status, body) == (304, b"")
    status, _h, body = raw_get(server, "/feed.atom", If_Modified_Since=modified)
    assert (status, body) == (304, b"")
    # An older date, a different tag, or a garbled date: the full feed.
    assert (
        raw_get(server, "/feed.atom", If_Modified_Since="Mon, 01 Jan 2001 00:00:00 GMT")[0] == 200
    )
    assert raw_get(server, "/feed.atom", If_None_Match='"nope"')[0] == 200
    assert raw_get(server, "/feed.atom", If_Modified_Since="garbage")[0] == 200
    # If-None-Match wins over If-Modified-Since.
    assert raw_get(server, "/feed.atom", If_None_Match='"x"', If_Modified_Since=modified)[0] == 200


def test_changed_file_gets_a_new_etag(server: SiteServer, site_dir: Path) -> None:
    target = site_dir / "changing.txt"
    target.write_text("one")
    _s, first, _b = raw_get(server, "/changing.txt")
    target.write_text("two!")
    os.utime(target, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    status, second, body = raw_get(server, "/changing.txt", If_None_Match=first["ETag"])
    assert (status, body) == (200, b"two!")
    assert second["ETag"] != first["ETag"]


@pytest.mark.parametrize(
    "path",
    [
        "/../secret.txt",
        "/story/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt",
        "/story/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
        "/link-out.txt",
        "/dir-out/secret.txt",
        "/dir-out/",
        "/feed.atom%00.html",
        "/%00",
        "/index.html%00",
        "/%ff%fe",
        "/empty/",
        "/empty",
        "/.syndicate/site.json",
        "/story/.hidden",
        "/nope.html",
        "//etc/passwd",
        "/etc/passwd",
        "http://example.org/../secret.txt",
        "*",
    ],
)
def test_nothing_outside_the_folder_and_the_server_keeps_serving(
    server: SiteServer, path: str
) -> None:
    status, _headers, body = raw_get(server, path)
    assert status in (400, 404), (path, status)
    assert SECRET not in body
    assert b"root:" not in body
    # The server is still up and answering after each hostile request.
    assert raw_get(server, "/feed.atom")[0] == 200


def test_symlink_inside_the_folder_is_served(server: SiteServer) -> None:
    status, _h, body = raw_get(server, "/link-in.txt")
    assert status == 200 and b"home" in body


def test_folder_without_slash_redirects_to_itself(server: SiteServer) -> None:
    status, headers, _body = raw_get(server, "/story")
    assert status == 301 and headers["Location"] == "/story/"


def test_head_and_other_methods(server: SiteServer, site_dir: Path) -> None:
    status, headers, body = raw_get(server, "/feed.atom", method="HEAD")
    assert status == 200 and body == b""
    assert int(headers["Content-Length"]) == (site_dir / "feed.atom").stat().st_size
    for method in ("POST", "PUT", "DELETE", "OPTIONS"):
        status, headers, _body = raw_get(server, "/feed.atom", method=method)
        assert status == 405 and headers["Allow"] == "GET, HEAD"
    assert raw_get(server, "/feed.atom", method="BREW")[0] == 501
    assert raw_get(server, "/")[0] == 200


def test_garbage_request_line_does_not_stop_the_server(server: SiteServer) -> None:
    import socket

    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=5) as sock:
        sock.sendall(b"\x00\xff GARBAGE\r\n\r\n")
        answer = sock.recv(1024)
    assert answer.startswith(b"HTTP/1.") and b" 400 " in answer.split(b"\r\n")[0]
    assert raw_get(server, "/")[0] == 200


def test_bad_folder_and_port_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not a folder"):
        make_server(tmp_path / "missing", port=0, log=None)
    with pytest.raises(UsageError, match="port"):
        make_server(tmp_path, port=70000, log=None)


def _as_from_a_terminal() -> None:
    # Ctrl-C as a user at a terminal sends it: a test suite started in the background
    # ("pytest &" in a script) hands its children SIGINT ignored, and Python then keeps it so.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_syndicate_serve_process(site_dir: Path, tmp_path: Path) -> None:
    """The command a reader's user runs: fetch, subscribe, 304, traversal, Ctrl-C."""
    process = subprocess.Popen(
        [sys.executable, "-m", "syndicate", "serve", str(site_dir), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_as_from_a_terminal,
    )
    try:
        first_line = process.stderr.readline()  # type: ignore[union-attr]
        match = re.search(r"at (http://127\.0\.0\.1:\d+/)", first_line)
        assert match, first_line
        base = match.group(1)
        with urllib.request.urlopen(base + "feed.atom", timeout=10) as response:
            data = response.read()
            etag = response.headers["ETag"]
            assert response.headers["Content-Type"] == "application/atom+xml"
        feed = feedparser.parse(io.BytesIO(data))
        assert not feed.bozo and feed.entries[0].title == "Served Story"
        request = urllib.request.Request(base + "feed.atom", headers={"If-None-Match": etag})
        with pytest.raises(urllib.error.HTTPError) as not_modified:
            urllib.request.urlopen(request, timeout=10)
        assert not_modified.value.code == 304
        host_port = base.removeprefix("http://").rstrip("/")
        connection = http.client.HTTPConnection(host_port, timeout=10)
        connection.request("GET", "/../secret.txt")
        response = connection.getresponse()
        assert response.status == 400 and SECRET not in response.read()
        connection.close()
    finally:
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == "serve: stopped"
