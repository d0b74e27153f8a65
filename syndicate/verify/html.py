"""HTML page read-back: lxml.html, then the shared conventions of :mod:`syndicate.verify.markup`."""

from __future__ import annotations

from ..errors import VerificationFailed
from .compare import Recovered
from .markup import read_markup, select_articles

__all__ = ["read_html"]


def read_html(data: bytes, title: str | None = None) -> Recovered:
    """Recover the article (picked by ``title`` on a page with several) from an HTML page."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=False
    )
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise VerificationFailed(f"html: cannot be parsed ({exc})") from None
    rec = Recovered()
    bodies = root.xpath("//body") or [root]
    for scope in select_articles(bodies[0], title):
        read_markup(scope, rec)
    return rec
