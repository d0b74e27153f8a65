"""The HTML reader: a saved page or a fetched URL into the canonical article model.

    from syndicate.readers.html import parse_html
    article = parse_html(page_text, label="story.html", base_url="https://example.org/a/1")

Metadata is taken in a stated order of trust (JSON-LD, microdata/RDFa,
``<meta>`` tags, Next.js data, the visible page; see :mod:`.assemble`), the body
by trafilatura with syndicate's additions (:mod:`.content`, :mod:`.figures`).
Every field carries provenance naming the JSON-LD key, meta tag or element it
came from. lxml.html and trafilatura are imported only when a page is read.
"""

from __future__ import annotations

from ...errors import SourceNotUnderstood
from ...model import Article, Paragraph
from .sniff import looks_like_html

__all__ = ["looks_like_html", "parse_html"]

MAX_HTML_CHARS = 32 * 1024 * 1024
"""Pages longer than this (after decoding) are refused before parsing."""
MAX_TEXT_CHARS = 4 * 1024 * 1024
"""Pages whose visible text (scripts and styles gone) is longer are refused: no article is
that long (a long novel is ~3 M characters), and extraction time grows with it."""


def _detect_language(text: str) -> tuple[str, str]:
    """The language of a page that states none (the one place the text detector is called)."""
    from ..language import detect_language

    return detect_language(text)


def parse_html(
    text: str, *, label: str = "<html>", base_url: str | None = None, source_dir: str | None = None
) -> Article:
    """Recover an :class:`Article` from an HTML page's text.

    ``base_url`` is the page's own address (for URL sources): relative image
    and canonical links resolve against it (or the page's ``<base href>``).
    Raises :class:`~syndicate.errors.SourceNotUnderstood` when the page holds
    no article (no headline, or no text and no figure).
    """
    from .content import BodyBlock, extract_body, fallback_body, locate
    from .dom import load_page
    from .figures import find_figures
    from .jsonld import read_jsonld
    from .meta import read_meta, read_microdata
    from .nextdata import next_data_body, read_next_data
    from .visible import read_visible

    if len(text) > MAX_HTML_CHARS:
        raise SourceNotUnderstood(
            f"{label}: page longer than {MAX_HTML_CHARS // 2**20} M characters; not read"
        )
    page = load_page(text, label, base_url)
    root = page.root
    visible_chars = sum(len(t) for t in root.itertext())  # type: ignore[attr-defined]
    if visible_chars > MAX_TEXT_CHARS:
        raise SourceNotUnderstood(
            f"{label}: {visible_chars // 2**20} M characters of text, more than any article "
            f"(the limit is {MAX_TEXT_CHARS // 2**20} M); not read"
        )
    sources = [read_jsonld(page.jsonld), read_microdata(root), read_meta(root, page.base)]
    hint = next((s.get("title").value for s in sources if s.get("title") is not None), None)
    # The language the page states (lang attribute, og:locale…) decides how a visible
    # numeric date such as 06/05/2025 reads.
    stated = next((s.get("language") for s in sources if s.get("language") is not None), None)
    lang = stated.value if stated is not None else root.get("lang")  # type: ignore[attr-defined]
    visible, headline = read_visible(root, hint, lang)
    locator = locate(root)
    body = extract_body(root, locator) or []
    figure_base = page.base or _site(sources)
    figures = find_figures(root, figure_base)
    if page.next_data is not None:
        next_found, items = read_next_data(page.next_data)
        sources.append(next_found)
        words = sum(len(getattr(b.block, "text", "").split()) for b in body)
        if items and words < 80:
            # A client-rendered page: the markup is a shell, the article is in the data.
            body, figures = next_data_body(items, figure_base), []
    sources.append(visible)
    if not body:
        body = fallback_body(root)
    jsonld_body = sources[0].get("body")
    if jsonld_body is not None:
        stated = sum(len(p.split()) for p in jsonld_body.value)
        found = sum(len(getattr(b.block, "text", "").split()) for b in body)
        if found < 50 and stated > 150:
            # The markup is a shell (the article is rendered by script): the article's own
            # text, as JSON-LD states it, is the body. A paywall's teaser is kept as shown.
            body = [
                BodyBlock(Paragraph(text), None, float(i), "jsonld.articleBody")
                for i, text in enumerate(jsonld_body.value)
            ]
    from .assemble import assemble

    return assemble(
        sources=sources,
        body=body,
        figures=figures,
        locator=locator,
        headline=headline,
        base_url=base_url,
        label=label,
        source_dir=source_dir,
        detect=_detect_language,
    )


def _site(sources: list) -> str | None:
    """For a saved page: ``site:`` and its canonical URL, the base of site-absolute paths."""
    for source in sources:
        stated = source.get("url")
        if stated is not None and str(stated.value).startswith(("http://", "https://")):
            return "site:" + str(stated.value)
    return None
