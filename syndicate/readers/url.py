"""Web pages as sources: ``syndicate export https://… --format epub``.

The page is fetched with urllib3: http and https only, at most
``SYNDICATE_MAX_REDIRECTS`` redirects (5), a connect and a read time-out
(``SYNDICATE_CONNECT_TIMEOUT`` 10 s, ``SYNDICATE_READ_TIMEOUT`` 30 s), and the
source size limit (``SYNDICATE_MAX_SOURCE_BYTES``). The charset comes from the
``Content-Type`` header, else the page. Every failure is one line and
:class:`~syndicate.errors.SourceUnreadable` (exit 3): DNS, refused connection,
TLS, time-out, too many redirects, an HTTP error status, a body that is not HTML,
a page over the size limit.

Proxies are taken from the environment as curl and requests take them:
``HTTP_PROXY`` for http:// pages, ``HTTPS_PROXY`` for https:// pages (``ALL_PROXY``
for both when those are unset; lower-case names too), ``NO_PROXY`` for the hosts
to reach directly. The loopback host (``localhost``, ``127.0.0.1``, ``::1``) is
always reached directly.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from ..errors import SourceNotUnderstood, SourceUnreadable
from ..model import Article

if TYPE_CHECKING:
    import urllib3

__all__ = ["fetch_page", "read_url"]

USER_AGENT = "syndicate/0.1 (article reader; +https://pypi.org/project/syndicate/)"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _number(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


def _reason(exc: Exception) -> str:
    """A short human reason for a urllib3 failure."""
    from urllib3 import exceptions as e

    reason = getattr(exc, "reason", None) or exc
    if isinstance(reason, e.ProxyError):
        return "the proxy could not be reached or refused the request"
    if isinstance(reason, e.NameResolutionError):
        return "host name not found (DNS)"
    if isinstance(reason, e.SSLError):
        detail = str(reason).split(":")[-1].strip(" )'\"") or "handshake failed"
        return f"TLS error ({detail[:80]})"
    if isinstance(reason, e.NewConnectionError):
        return "connection refused or unreachable"
    if isinstance(reason, e.ConnectTimeoutError):
        return "timed out connecting"
    if isinstance(reason, e.ReadTimeoutError | TimeoutError):
        return "timed out waiting for the server"
    if isinstance(reason, e.ResponseError) and "redirect" in str(reason):
        return "too many redirects"
    if isinstance(reason, e.ProtocolError):
        return "the connection broke off"
    return type(reason).__name__


def fetch_page(url: str) -> tuple[bytes, str | None, str]:
    """The page's bytes, its header charset and its final URL (after redirects)."""
    import urllib3

    from . import MAX_SOURCE_BYTES

    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SourceUnreadable(f"{url}: only http:// and https:// URLs with a host can be read")
    timeout = urllib3.Timeout(
        connect=_number("SYNDICATE_CONNECT_TIMEOUT", 10), read=_number("SYNDICATE_READ_TIMEOUT", 30)
    )
    retries = urllib3.Retry(
        total=None, connect=0, read=0, status=0, other=0,
        redirect=int(_number("SYNDICATE_MAX_REDIRECTS", 5)), raise_on_redirect=True,
        raise_on_status=False,
    )  # fmt: skip
    http = _pool(parts.scheme.lower(), parts.hostname)
    try:
        response = http.request(
            "GET", url, timeout=timeout, retries=retries, preload_content=False, redirect=True
        )
    except urllib3.exceptions.HTTPError as exc:
        raise SourceUnreadable(f"{url}: cannot fetch: {_reason(exc)}") from None
    try:
        if response.status >= 400:
            raise SourceUnreadable(
                f"{url}: the server answered HTTP {response.status} {response.reason or ''}"
            )
        content_type = response.headers.get("Content-Type", "")
        mime = content_type.split(";")[0].strip().lower()
        if mime and mime not in _HTML_TYPES:
            raise SourceUnreadable(f"{url}: not an HTML page (Content-Type: {mime})")
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > MAX_SOURCE_BYTES:
            raise SourceUnreadable(_too_large(url, MAX_SOURCE_BYTES))
        chunks, size = [], 0
        try:
            for chunk in response.stream(64 * 1024):
                size += len(chunk)
                if size > MAX_SOURCE_BYTES:
                    raise SourceUnreadable(_too_large(url, MAX_SOURCE_BYTES))
                chunks.append(chunk)
        except urllib3.exceptions.HTTPError as exc:
            raise SourceUnreadable(f"{url}: cannot fetch: {_reason(exc)}") from None
        charset = None
        for param in content_type.split(";")[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                charset = value.strip().strip("\"'")
        final = response.geturl() or url
        if not final.lower().startswith(("http://", "https://")):
            final = url
        return b"".join(chunks), charset, final
    finally:
        response.release_conn()


_LOOPBACK = ("localhost", "127.0.0.1", "::1")


def _proxy_for(scheme: str, host: str) -> str | None:
    """The proxy URL the environment names for ``scheme://host``, or None to go direct."""
    from urllib.request import getproxies_environment, proxy_bypass_environment

    proxies = getproxies_environment()  # HTTP_PROXY, https_proxy, …; lower case wins
    proxy = proxies.get(scheme) or proxies.get("all")
    if not proxy or host.lower() in _LOOPBACK or host.startswith("127."):
        return None
    if proxy_bypass_environment(host, proxies):  # NO_PROXY: names, .domains, "*"
        return None
    if "://" not in proxy:
        proxy = "http://" + proxy  # curl reads a bare host:port as an http proxy
    if urlsplit(proxy).scheme.lower() not in ("http", "https"):
        raise SourceUnreadable(
            f"{scheme} proxy {proxy}: only http:// and https:// proxies are supported"
        )
    return proxy


def _pool(scheme: str, host: str) -> urllib3.PoolManager:
    """A urllib3 pool that goes through the environment's proxy for this host, if any."""
    import urllib3

    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"}
    proxy = _proxy_for(scheme, host)
    if proxy is None:
        return urllib3.PoolManager(headers=headers)
    parts = urlsplit(proxy)
    auth = None
    if parts.username:
        credentials = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        auth = urllib3.make_headers(proxy_basic_auth=credentials)
    return urllib3.ProxyManager(proxy, headers=headers, proxy_headers=auth)


def _too_large(url: str, limit: int) -> str:
    return (
        f"{url}: larger than the {limit // 2**20} MiB limit "
        "(set SYNDICATE_MAX_SOURCE_BYTES to raise it)"
    )


def read_url(url: str, kind: str | None = None) -> Article:
    """Fetch a page and read it (as HTML unless ``kind`` says otherwise)."""
    from . import parse_text
    from .html.decode import decode_html

    data, charset, final = fetch_page(url)
    if not data.strip():
        raise SourceNotUnderstood(f"{url}: the server sent an empty page")
    text = decode_html(data, url, charset)
    if kind in (None, "html"):
        from .html import parse_html

        return parse_html(text, label=url, base_url=final, source_dir=None)
    return parse_text(text, kind, label=url)
