"""URL sources, against a local HTTP server this test starts on 127.0.0.1 (no internet)."""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from pypdf import PdfReader

PAGES = Path(__file__).parent / "pages"


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path == "/story.html":
            body = (PAGES / "wordpress-block.html").read_bytes()
            self._send(200, "text/html; charset=utf-8", body)
        elif path == "/latin.html":
            body = (
                "<!doctype html><html><head><title>x</title></head><body><article>"
                "<h1>Caf\u00e9 au march\u00e9 de No\u00ebl</h1><p>"
                + "Le caf\u00e9 du march\u00e9 ouvre \u00e0 six heures tous les matins. " * 5
                + "</p></article></body></html>"
            ).encode("cp1252")
            self._send(200, "text/html; charset=windows-1252", body)
        elif path == "/missing.html":
            self._send(404, "text/html", b"<html><body>not here</body></html>")
        elif path == "/broken.html":
            self._send(503, "text/html", b"<html><body>down</body></html>")
        elif path == "/photo.jpg":
            self._send(200, "image/jpeg", b"\xff\xd8\xff" + b"\0" * 100)
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif path == "/slow.html":
            time.sleep(3)
            self._send(200, "text/html", b"<html></html>")
        else:
            self._send(404, "text/plain", b"no")

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    # The machine's own proxy settings stay out: each test names the ones it means.
    base = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    return subprocess.run(
        [sys.executable, "-m", "syndicate", *args],
        capture_output=True, text=True, cwd=cwd, timeout=120, env={**base, **env},
    )  # fmt: skip


def test_export_pdf_from_local_url(server: str, tmp_path: Path) -> None:
    proc = _run(["export", f"{server}/story.html", "--format", "pdf", "-o", "story.pdf"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "story.pdf").pages)
    assert "The orchard that outlived three owners" in text
    assert "Gwen Ashdown" in text


def test_relative_image_src_resolves_against_the_page_url(server: str, tmp_path: Path) -> None:
    from syndicate.readers import read_source

    article = read_source(f"{server}/story.html")
    assert article.figures()[0].src == f"{server}/wp-content/uploads/2025/09/orchard-wall.jpg"
    assert article.url == "https://northfold.example/features/orchard-three-owners/"


def test_charset_from_the_header(server: str) -> None:
    from syndicate.readers import read_source

    assert read_source(f"{server}/latin.html").title == "Caf\u00e9 au march\u00e9 de No\u00ebl"


def _port_with_nothing_listening() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing.html", "HTTP 404"),
        ("/broken.html", "HTTP 503"),
        ("/photo.jpg", "not an HTML page (Content-Type: image/jpeg)"),
        ("/loop", "too many redirects"),
        ("/slow.html", "timed out"),
    ],
)
def test_fetch_failures_are_one_line_exit_3_and_no_file(
    server: str, tmp_path: Path, path: str, message: str
) -> None:
    proc = _run(
        ["export", server + path, "--format", "pdf", "-o", "out.pdf"], tmp_path,
        SYNDICATE_READ_TIMEOUT="1",
    )  # fmt: skip
    assert proc.returncode == 3, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("syndicate: source: ") and message in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_refused_connection_dns_and_tls_failures(server: str, tmp_path: Path) -> None:
    port = _port_with_nothing_listening()
    cases = [
        (f"http://127.0.0.1:{port}/x.html", "connection refused"),
        ("http://no-such-host.invalid/story.html", "host name not found"),
        # A TLS handshake against a plain-HTTP server fails the same way a bad certificate does.
        (server.replace("http://", "https://") + "/story.html", "TLS error"),
    ]
    for url, message in cases:
        proc = _run(["export", url, "--format", "epub", "-o", "out.epub"], tmp_path)
        assert proc.returncode == 3, proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], lines
        assert list(tmp_path.iterdir()) == []


def test_size_cap(server: str, tmp_path: Path) -> None:
    proc = _run(["inspect", f"{server}/story.html"], tmp_path, SYNDICATE_MAX_SOURCE_BYTES="1000")
    assert proc.returncode == 3 and "limit" in proc.stderr


class _Proxy(http.server.BaseHTTPRequestHandler):
    """A forward proxy for one made-up site: it answers absolute-form requests itself."""

    seen: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        _Proxy.seen.append(self.path)
        if self.path == "http://news.invalid/story.html":
            body = (PAGES / "wordpress-block.html").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        else:
            body = b"only absolute-form requests for news.invalid"
            self.send_response(400)
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture()
def proxy() -> Iterator[str]:
    _Proxy.seen = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_http_proxy_from_the_environment_carries_the_request(proxy: str, tmp_path: Path) -> None:
    # news.invalid cannot resolve: only the proxy can have answered.
    url = "http://news.invalid/story.html"
    proc = _run(["export", url, "--format", "epub", "-o", "out.epub"], tmp_path, HTTP_PROXY=proxy)
    assert proc.returncode == 0, proc.stderr
    assert _Proxy.seen == [url]
    assert (tmp_path / "out.epub").stat().st_size > 0


def test_no_proxy_and_loopback_go_direct(proxy: str, server: str, tmp_path: Path) -> None:
    url = "http://news.invalid/story.html"
    proc = _run(["inspect", url], tmp_path, http_proxy=proxy, NO_PROXY="example.org,.invalid")
    assert proc.returncode == 3 and "host name not found" in proc.stderr, proc.stderr
    # The test server is on 127.0.0.1: never proxied, even with no NO_PROXY at all.
    proc = _run(["inspect", f"{server}/story.html"], tmp_path, HTTP_PROXY=proxy)
    assert proc.returncode == 0, proc.stderr
    assert _Proxy.seen == []


def test_an_unreachable_or_unsupported_proxy_is_one_line(tmp_path: Path) -> None:
    url = "http://news.invalid/story.html"
    dead = f"http://127.0.0.1:{_port_with_nothing_listening()}"
    for proxy, message in [(dead, "proxy"), ("socks5://127.0.0.1:1080", "socks5")]:
        proc = _run(["inspect", url], tmp_path, HTTP_PROXY=proxy)
        lines = proc.stderr.strip().splitlines()
        assert proc.returncode == 3 and len(lines) == 1 and message in lines[0], proc.stderr
