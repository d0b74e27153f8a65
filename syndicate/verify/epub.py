"""EPUB read-back: package metadata from the OPF, then the XHTML documents in spine order.

Only ``zipfile`` and lxml are used (never ebooklib, which wrote the file), and
the container is checked for zip bombs and traversal names before any entry
is read.
"""

from __future__ import annotations

import posixpath
from typing import Any
from urllib.parse import unquote

from ..errors import VerificationFailed
from .compare import Recovered
from .markup import read_markup, select_articles_among
from .safety import open_zip, parse_xml, read_member

__all__ = ["read_epub"]

_DC = "http://purl.org/dc/elements/1.1/"
_XHTML_TYPES = frozenset({"application/xhtml+xml", "text/html"})
# OPF metadata element -> the kind of value it may carry.
_METADATA = {
    "title": "title",
    "creator": "author",
    "description": "dek",
    "rights": "rights",
    "contributor": "contributor",
}


def _all(root: Any, name: str) -> list[Any]:
    return root.xpath(f"//*[local-name()='{name}']")


def read_epub(data: bytes, title: str | None = None) -> Recovered:
    """Recover what an EPUB holds; ``title`` picks the article in an anthology."""
    archive = open_zip(data, "epub")
    names = set(archive.namelist())
    if "mimetype" in names:
        mimetype = read_member(archive, "mimetype", "epub").strip()
        if mimetype != b"application/epub+zip":
            raise VerificationFailed(f"epub: mimetype is {mimetype[:40]!r}, not an EPUB")
    container = parse_xml(
        read_member(archive, "META-INF/container.xml", "epub"), "epub", "container.xml"
    )
    rootfiles = [r.get("full-path") for r in _all(container, "rootfile") if r.get("full-path")]
    if not rootfiles:
        raise VerificationFailed("epub: container.xml names no package document")
    opf_path = rootfiles[0]
    opf = parse_xml(read_member(archive, opf_path, "epub"), "epub", opf_path)
    rec = Recovered()
    for element in opf.iter(f"{{{_DC}}}*"):
        local = element.tag.rsplit("}", 1)[-1]
        if local in _METADATA:
            rec.add(_METADATA[local], element.text)
        elif local == "date":
            rec.add("published", element.text)
    base = posixpath.dirname(opf_path)
    manifest = {}
    for item in _all(opf, "item"):
        manifest[item.get("id")] = item
    documents = []
    for ref in _all(opf, "itemref"):
        item = manifest.get(ref.get("idref"))
        if item is None or item.get("media-type") not in _XHTML_TYPES:
            continue
        if "nav" in (item.get("properties") or "").split():
            continue  # the table of contents repeats headings as list items
        path = posixpath.normpath(posixpath.join(base, unquote(item.get("href") or "")))
        if path not in names:
            raise VerificationFailed(f"epub: the spine names {path!r}, which is not in the file")
        documents.append(parse_xml(read_member(archive, path, "epub"), "epub", path))
    if not documents:
        raise VerificationFailed("epub: the spine holds no XHTML document")
    # An anthology holds one <article> per story: read only the one about ``title``.
    articles = [a for doc in documents for a in _all(doc, "article")]
    if articles:
        scopes = select_articles_among(articles, title)
    else:
        scopes = [(_all(doc, "body") or [doc])[0] for doc in documents]
    for scope in scopes:
        read_markup(scope, rec)
    return rec
