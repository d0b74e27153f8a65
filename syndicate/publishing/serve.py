"""``syndicate serve``: a hardened local preview server for a published site.

Built on :mod:`http.server`, whose stock file handler follows symlinks out of
its folder, lists directories, fails a request on ``%00`` and is often bound to
every interface. This one:

- binds ``127.0.0.1`` unless told otherwise;
- answers only ``GET`` and ``HEAD`` (anything else: ``405``); a request body is read
  and dropped (up to 1 MiB) or the connection closed after the answer, so its bytes
  are never taken for the next request (a chunked body always closes it);
- maps a URL path to a file only after decoding it strictly (bad percent-encoding
  or UTF-8, NUL, backslashes, ``.``/``..`` segments: ``400``), refuses hidden names
  such as ``.syndicate/`` (``404``), and resolves the real path, which must stay
  inside the served folder and have no hidden name either (a symlink out, or to
  ``.env`` or ``.git``: ``404``);
- serves a folder's ``index.html`` and never lists a folder;
- sends the content types feed readers expect (``application/atom+xml``,
  ``application/rss+xml``, ``application/feed+json``, ``application/epub+zip``…),
  an ``ETag`` and ``Last-Modified``, and ``304 Not Modified`` for matching
  ``If-None-Match`` / ``If-Modified-Since`` requests (a date that cannot be read,
  or out of range, is ignored);
- turns any failure inside a request into a ``500`` and one log line, never a
  crashed server; Ctrl-C stops it with one line.
"""

from __future__ import annotations

import contextlib
import email.utils
import os
import re
import shutil
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote, unquote_to_bytes, urlsplit

from ..errors import UsageError

__all__ = [
    "CONTENT_TYPES",
    "SiteRequestHandler",
    "SiteServer",
    "content_type",
    "make_server",
    "serve",
]

CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".xml": "application/xml",
    ".atom": "application/atom+xml",
    ".rss": "application/rss+xml",
    ".json": "application/json",
    ".epub": "application/epub+zip",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
}
"""Content type by file extension; anything else is ``application/octet-stream``."""

_JSON_FEED_MARK = b"jsonfeed.org/version/"
MAX_DISCARDED_BODY = 1024 * 1024
"""A request body up to this size is read and dropped; a larger one closes the connection."""
_LENGTH = re.compile(r"[0-9]{1,15}")


def content_type(path: Path) -> str:
    """The ``Content-Type`` for a file: by extension, and JSON Feeds recognised by content."""
    suffix = path.suffix.lower()
    kind = CONTENT_TYPES.get(suffix, "application/octet-stream")
    if suffix == ".json":
        if path.name.lower() in ("feed.json", "feed.jsonfeed") or path.name.endswith(".feed.json"):
            return "application/feed+json"
        # Any other JSON file is a JSON Feed when its first bytes declare the version.
        with contextlib.suppress(OSError), open(path, "rb") as handle:
            if _JSON_FEED_MARK in handle.read(1024):
                return "application/feed+json"
    return kind


class SiteServer(ThreadingHTTPServer):
    """A threading HTTP server that serves one folder through :class:`SiteRequestHandler`."""

    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], root: Path, log: TextIO | None = sys.stderr
    ) -> None:
        self.root = root
        self.log = log
        super().__init__(address, SiteRequestHandler)

    @property
    def url(self) -> str:
        """The base URL the server answers on."""
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else str(host)
        return f"http://{shown}:{port}/"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """One log line instead of the stock traceback; the server keeps serving."""
        kind, exc = sys.exc_info()[:2]
        if kind is not None and issubclass(kind, ConnectionError):
            return  # the client went away: nothing to report
        if self.log is not None:
            print(f"serve: request from {client_address[0]} failed: {exc!r}", file=self.log)


class SiteRequestHandler(BaseHTTPRequestHandler):
    """GET/HEAD of files inside the server's folder, and nothing else."""

    server: SiteServer
    server_version = "syndicate-serve"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    # An HTTP/0.9-looking request line gets a real status line back, not a bare body.
    default_request_version = "HTTP/1.0"
    # An idle or trickling client is dropped instead of holding a thread forever.
    timeout = 30

    # -- methods -----------------------------------------------------------

    def do_GET(self) -> None:
        """Send a file, or an error."""
        self._discard_body()
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        """Send a file's headers only."""
        self._discard_body()
        self._respond(send_body=False)

    def _not_allowed(self) -> None:
        self._discard_body()
        self._error(HTTPStatus.METHOD_NOT_ALLOWED, extra={"Allow": "GET, HEAD"})

    def _discard_body(self) -> None:
        """Consume the request's body, or mark the connection to close after the answer.

        http.server never reads a body: left in the stream, it would be parsed as the next
        request on a kept-alive connection (request smuggling through a proxy in front).
        """
        lengths = self.headers.get_all("Content-Length") or []
        if self.headers.get("Transfer-Encoding") is not None or len(lengths) > 1:
            self.close_connection = True  # chunked or ambiguous: never parse what follows
            return
        if not lengths:
            return
        length = lengths[0].strip()
        if not _LENGTH.fullmatch(length) or int(length) > MAX_DISCARDED_BODY:
            self.close_connection = True
            return
        remaining = int(length)
        while remaining:
            chunk = self.rfile.read(min(remaining, 64 * 1024))
            if not chunk:
                self.close_connection = True
                return
            remaining -= len(chunk)

    def send_response(self, code: int, message: str | None = None) -> None:
        """The status line and standard headers; ``Connection: close`` when closing."""
        super().send_response(code, message)
        if self.close_connection and self.request_version == "HTTP/1.1":
            self.send_header("Connection", "close")

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _not_allowed

    # -- the response --------------------------------------------------------

    def _respond(self, send_body: bool) -> None:
        try:
            target = self._resolve()
        except _Reject as reject:
            self._error(reject.status)
            return
        except OSError:
            # is_dir()/is_file() raise for some names (ENAMETOOLONG on a 60 KB path);
            # the client gets an answer instead of a dropped connection.
            self._error(HTTPStatus.NOT_FOUND)
            return
        if isinstance(target, str):  # a folder asked for without its trailing slash
            self._redirect(target)
            return
        try:
            handle = open(target, "rb")  # noqa: SIM115 (closed below, after streaming)
        except OSError:
            self._error(HTTPStatus.NOT_FOUND)
            return
        with handle:
            stat = os.fstat(handle.fileno())
            etag = f'"{stat.st_size:x}-{stat.st_mtime_ns:x}"'
            modified = int(stat.st_mtime)
            headers = {
                "Content-Type": content_type(target),
                "ETag": etag,
                "Last-Modified": email.utils.formatdate(modified, usegmt=True),
                "Cache-Control": "no-cache",
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
            }
            if self._not_modified(etag, modified):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                for name, value in headers.items():
                    if name != "Content-Type":
                        self.send_header(name, value)
                self.end_headers()
                return
            self.send_response(HTTPStatus.OK)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(stat.st_size))
            self.end_headers()
            if send_body:
                shutil.copyfileobj(handle, self.wfile, 64 * 1024)

    def _not_modified(self, etag: str, modified: int) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:
            # RFC 9110: If-None-Match wins over If-Modified-Since; weak comparison.
            tags = [t.strip() for t in match.split(",")]
            return "*" in tags or any(t.removeprefix("W/") == etag for t in tags)
        since = self.headers.get("If-Modified-Since")
        if since:
            # RFC 9110: an invalid date is ignored (year 99999999999 overflows datetime).
            try:
                when = email.utils.parsedate_to_datetime(since)
                if when.tzinfo is None:
                    when = when.replace(tzinfo=UTC)
                return modified <= int(when.timestamp())
            except (TypeError, ValueError, IndexError, OverflowError):
                return False
        return False

    def _resolve(self) -> Path | str:
        """The file for the request path, a redirect location, or :class:`_Reject`."""
        raw_path = urlsplit(self.path).path
        if not raw_path.startswith("/"):
            raise _Reject(HTTPStatus.BAD_REQUEST)
        try:
            decoded = unquote_to_bytes(raw_path).decode("utf-8")
        except UnicodeDecodeError:
            raise _Reject(HTTPStatus.BAD_REQUEST) from None
        if "\x00" in decoded or "\\" in decoded or any(ord(c) < 0x20 for c in decoded):
            raise _Reject(HTTPStatus.BAD_REQUEST)
        segments = decoded.split("/")[1:]
        if any(s in (".", "..") for s in segments):
            raise _Reject(HTTPStatus.BAD_REQUEST)
        if any(s.startswith(".") for s in segments if s):
            raise _Reject(HTTPStatus.NOT_FOUND)  # hidden files: the site manifest, locks
        parts = [s for s in segments if s]
        root = self.server.root
        candidate = root.joinpath(*parts)
        try:
            real = Path(os.path.realpath(candidate))
        except (OSError, ValueError):
            raise _Reject(HTTPStatus.NOT_FOUND) from None
        _check_inside(real, root)  # a symlink out of the folder, or to a hidden name
        if real.is_dir():
            index = real / "index.html"
            if not index.is_file():
                raise _Reject(HTTPStatus.NOT_FOUND)  # no directory listings
            _check_inside(Path(os.path.realpath(index)), root)
            if not decoded.endswith("/"):
                # Relative links in the page need the slash. The location is rebuilt from the
                # checked segments, so it can never be "//other.host/" (an open redirect).
                return "/" + "".join(quote(p) + "/" for p in parts)
            real = Path(os.path.realpath(index))
        if not real.is_file():
            raise _Reject(HTTPStatus.NOT_FOUND)
        return real

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _error(self, status: HTTPStatus, extra: dict[str, str] | None = None) -> None:
        body = f"{status.value} {status.phrase}\n".encode("ascii")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors found by http.server itself (bad request line…): same plain answer."""
        with contextlib.suppress(ValueError):
            self.close_connection = True
            self._error(HTTPStatus(code))
            return
        super().send_error(code, message, explain)

    def log_message(self, format: str, *args: Any) -> None:
        """One line per request on the server's log stream (none when it is None)."""
        if self.server.log is None:
            return
        # The request line is client-controlled: keep it printable and on one line.
        text = (format % args).encode("ascii", "backslashreplace").decode("ascii")
        text = "".join(c if c.isprintable() else "?" for c in text)
        stamp = datetime.now(UTC).strftime("%H:%M:%S")
        print(f"{stamp} {self.address_string()} {text}", file=self.server.log)


class _Reject(Exception):
    def __init__(self, status: HTTPStatus) -> None:
        super().__init__(status)
        self.status = status


def _check_inside(real: Path, root: Path) -> None:
    """Refuse (404) a resolved path outside ``root`` or with a hidden name below it."""
    if real != root and not real.is_relative_to(root):
        raise _Reject(HTTPStatus.NOT_FOUND)
    if any(part.startswith(".") for part in real.relative_to(root).parts):
        raise _Reject(HTTPStatus.NOT_FOUND)  # envlink -> .env, gitlink -> .git


def make_server(
    directory: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    log: TextIO | None = sys.stderr,
) -> SiteServer:
    """A bound, not yet running server for ``directory`` (``port=0`` picks a free port)."""
    root = Path(os.path.realpath(directory))
    if not root.is_dir():
        raise UsageError(f"{directory} is not a folder")
    if not 0 <= port <= 65535:
        raise UsageError(f"--port must be from 0 to 65535, got {port}")
    try:
        return SiteServer((host, port), root, log)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def serve(
    directory: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    ready: Callable[[SiteServer], None] | None = None,
    log: TextIO | None = sys.stderr,
) -> None:
    """Serve ``directory`` until Ctrl-C (or ``server.shutdown()`` from another thread).

    ``ready`` is called with the listening server (its ``url`` and
    ``server_address``), e.g. to learn the port chosen for ``port=0``.
    """
    server = make_server(directory, host=host, port=port, log=log)
    with server:
        if log is not None:
            print(f"serving {server.root} at {server.url} (Ctrl-C to stop)", file=log, flush=True)
        if ready is not None:
            ready(server)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            if log is not None:
                print("serve: stopped", file=log, flush=True)
