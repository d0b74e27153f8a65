"""The article as an (X)HTML fragment, shared by every HTML-based format.

EPUB chapters, feed ``content``, and published web pages all show the same
markup, so a stylesheet, a screen reader and ``syndicate verify`` can rely on
one set of conventions:

- ``h1.title``, ``p.dek``, ``p.byline`` with one ``span.author`` per author
  (and ``span.role``), ``time.published`` / ``time.updated`` with ``datetime``;
- ``figure`` > ``img`` + ``figcaption`` > ``span.caption`` + ``span.credit``;
- ``h2``… for section headings, ``blockquote.quote`` > ``p`` + ``footer.attribution``;
- ``footer.article-footer`` with ``p.credit-line``, ``section.about-author``
  (``h2.about-heading``, ``span.author-name``, ``span.author-role``,
  ``p.author-bio``) and ``p.rights``.

All text is escaped here; the output is well-formed XML as well as HTML.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from html import escape

from .links import split_links
from .model import Article, Figure, Heading, ListBlock, Paragraph, Quote, parse_iso_date

__all__ = ["NO_ALT_TEXT", "ImageRef", "format_date", "heading_id", "inline", "render_article"]

NO_ALT_TEXT = "No description of this image was provided; see the caption."
"""The alt text used when the model has none: honest, instead of repeating the caption."""


@dataclass(frozen=True)
class ImageRef:
    """Where an exporter put a figure's image, for the ``<img>`` element."""

    src: str
    width: int | None = None
    height: int | None = None


def inline(text: str) -> str:
    """Escape text for XHTML and make its http(s)/mailto links live."""
    parts = []
    for segment, url in split_links(text):
        if url is None:
            parts.append(escape(segment, quote=False))
        else:
            parts.append(f'<a href="{escape(url)}">{escape(segment, quote=False)}</a>')
    return "".join(parts)


def heading_id(index: int) -> str:
    """The fragment id of the section heading at block ``index``."""
    return f"sec-{index}"


def format_date(value: str, language: str) -> str:
    """A readable date for display; the machine-readable one goes in ``datetime``."""
    try:
        parsed = parse_iso_date(value)
    except ValueError:
        return value
    if not language.lower().startswith("en"):
        return value
    text = f"{parsed:%B} {parsed.day}, {parsed.year}"
    if isinstance(parsed, datetime) and (parsed.hour or parsed.minute):
        text += f", {parsed:%H:%M}"
        offset = parsed.strftime("%z")
        if offset:
            text += " UTC" if offset == "+0000" else f" {offset[:3]}:{offset[3:]}"
    return text


def _byline(article: Article) -> str:
    names = []
    for person in article.authors:
        piece = f'<span class="author">{escape(person.name, quote=False)}</span>'
        if person.role:
            piece += f'<span class="role">, {escape(person.role, quote=False)}</span>'
        names.append(piece)
    if not names:
        return ""
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f'<p class="byline">By {joined}</p>'


def _dates(article: Article) -> str:
    parts = []
    if article.published:
        shown = escape(format_date(article.published, article.language), quote=False)
        parts.append(
            f'<time class="published" datetime="{escape(article.published)}">{shown}</time>'
        )
    if article.updated:
        shown = escape(format_date(article.updated, article.language), quote=False)
        parts.append(
            f'Updated <time class="updated" datetime="{escape(article.updated)}">{shown}</time>'
        )
    return f'<p class="dates">{" · ".join(parts)}</p>' if parts else ""


def render_figure(figure: Figure, image: ImageRef | None) -> str:
    """One ``<figure>``; without an image it still carries caption and credit."""
    out = ['<figure class="figure">']
    if image is not None:
        alt = figure.alt if figure.alt else NO_ALT_TEXT
        size = ""
        if image.width and image.height:
            size = f' width="{image.width}" height="{image.height}"'
        out.append(f'<img src="{escape(image.src)}" alt="{escape(alt)}"{size}/>')
    if figure.caption or figure.credit:
        out.append("<figcaption>")
        if figure.caption:
            out.append(f'<span class="caption">{inline(figure.caption)}</span>')
        if figure.caption and figure.credit:
            out.append(" ")
        if figure.credit:
            out.append(f'<span class="credit">{escape(figure.credit, quote=False)}</span>')
        out.append("</figcaption>")
    out.append("</figure>")
    return "".join(out)


def render_blocks(article: Article, images: Mapping[int, ImageRef], level_shift: int = 0) -> str:
    """The body blocks, in order. ``level_shift`` demotes headings (digests nest articles)."""
    out = []
    for index, block in enumerate(article.blocks):
        if isinstance(block, Paragraph):
            out.append(f"<p>{inline(block.text)}</p>")
        elif isinstance(block, Heading):
            level = min(6, max(2, block.level + level_shift))
            out.append(
                f'<h{level} id="{heading_id(index)}">{escape(block.text, quote=False)}</h{level}>'
            )
        elif isinstance(block, Figure):
            out.append(render_figure(block, images.get(index)))
        elif isinstance(block, Quote):
            attribution = ""
            if block.attribution:
                attribution = (
                    f'<footer class="attribution">{escape(block.attribution, quote=False)}</footer>'
                )
            out.append(
                f'<blockquote class="quote"><p>{inline(block.text)}</p>{attribution}</blockquote>'
            )
        elif isinstance(block, ListBlock):
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li>{inline(item)}</li>" for item in block.items)
            out.append(f"<{tag}>{items}</{tag}>")
    return "\n".join(out)


def render_header(article: Article, title_level: int = 1) -> str:
    """Title, dek, byline and dates."""
    parts = [f'<h{title_level} class="title">{escape(article.title, quote=False)}</h{title_level}>']
    if article.subtitle:
        parts.append(f'<p class="dek">{inline(article.subtitle)}</p>')
    for piece in (_byline(article), _dates(article)):
        if piece:
            parts.append(piece)
    return "<header>" + "\n".join(parts) + "</header>"


def render_footer(article: Article, heading_level: int = 2) -> str:
    """Credit line, about-the-author and rights; empty when the article has none."""
    parts = []
    if article.credit_line:
        parts.append(f'<p class="credit-line">{inline(article.credit_line)}</p>')
    people = [p for p in article.authors if p.bio or p.role]
    if people:
        h = heading_level
        about = [
            f'<section class="about-author"><h{h} class="about-heading">About the author</h{h}>'
        ]
        for person in people:
            name = escape(person.name, quote=False)
            line = f'<p class="author"><span class="author-name">{name}</span>'
            if person.role:
                line += f', <span class="author-role">{escape(person.role, quote=False)}</span>'
            about.append(line + "</p>")
            if person.bio:
                about.append(f'<p class="author-bio">{inline(person.bio)}</p>')
        about.append("</section>")
        parts.append("".join(about))
    if article.rights:
        parts.append(f'<p class="rights">{escape(article.rights, quote=False)}</p>')
    return '<footer class="article-footer">' + "\n".join(parts) + "</footer>" if parts else ""


def render_article(
    article: Article,
    images: Mapping[int, ImageRef] | None = None,
    *,
    title_level: int = 1,
    include_header: bool = True,
) -> str:
    """The whole article as an ``<article>`` element (header, body, footer)."""
    shift = title_level - 1
    parts = [f'<article class="article" lang="{escape(article.language)}">']
    if include_header:
        parts.append(render_header(article, title_level))
    parts.append(render_blocks(article, images or {}, level_shift=shift))
    parts.append(render_footer(article, heading_level=min(6, title_level + 1)))
    parts.append("</article>")
    return "\n".join(p for p in parts if p)
