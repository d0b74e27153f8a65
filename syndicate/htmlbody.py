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

from .i18n import N_, Interface, interface
from .i18n.scripts import direction
from .links import split_links
from .model import Article, Figure, Heading, ListBlock, Paragraph, Quote
from .record import record

__all__ = [
    "NO_ALT_TEXT",
    "ImageRef",
    "escape",
    "format_date",
    "heading_id",
    "inline",
    "lang_attrs",
    "render_article",
]



def escape(s: str, quote: bool = True) -> str:
    """``html.escape``, the same replacements in the same order.

    The ``html`` package imports ``html.entities`` (its 2,200-name tables, ~8 M
    instructions, 2 % of a one-article EPUB export) for ``unescape``, which no
    exporter needs.
    """
    s = s.replace("&", "&amp;")  # first: the other replacements add ampersands
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


NO_ALT_TEXT = N_("No description of this image was provided; see the caption.")
"""The alt text used when the model has none (in English; shown in the interface's language):
honest, instead of repeating the caption."""


# A record, not a frozen dataclass: the same fields, equality, hash and repr, without
# generating methods at import (~4 M instructions a class; see syndicate/record.py).
@record
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
    """A readable date in ``language``; the machine-readable one goes in ``datetime``."""
    return interface(language).date(value)


def lang_attrs(language: str) -> str:
    """`` lang="…" dir="…"`` for an element holding text in ``language``."""
    return f' lang="{escape(language)}" dir="{direction(language)}"'


def _byline(article: Article, ui: Interface) -> str:
    names = []
    for person in article.authors:
        piece = f'<span class="author">{escape(person.name, quote=False)}</span>'
        if person.role:
            piece += f'<span class="role">, {escape(person.role, quote=False)}</span>'
        names.append(piece)
    if not names:
        return ""
    # The names are markup already: the interface words around them are escaped instead.
    return f'<p class="byline">{_words_around(ui.by(names), names)}</p>'


def _words_around(text: str, pieces: list[str]) -> str:
    """Escape ``text`` except the already-escaped ``pieces`` inside it."""
    out, at = [], 0
    for piece in pieces:
        found = text.find(piece, at)
        if found < 0:
            continue
        out.append(escape(text[at:found], quote=False))
        out.append(piece)
        at = found + len(piece)
    out.append(escape(text[at:], quote=False))
    return "".join(out)


def _dates(article: Article, ui: Interface) -> str:
    parts = []
    if article.published:
        shown = escape(ui.date(article.published), quote=False)
        parts.append(
            f'<time class="published" datetime="{escape(article.published)}">{shown}</time>'
        )
    if article.updated:
        shown = escape(ui.date(article.updated), quote=False)
        time = f'<time class="updated" datetime="{escape(article.updated)}">{shown}</time>'
        parts.append(_words_around(ui.gettext("Updated {date}").format(date=time), [time]))
    return f'<p class="dates">{" · ".join(parts)}</p>' if parts else ""


def render_figure(figure: Figure, image: ImageRef | None, ui: Interface | None = None) -> str:
    """One ``<figure>``; without an image it still carries caption and credit."""
    out = ['<figure class="figure">']
    if image is not None:
        alt = figure.alt if figure.alt else (ui or interface("en")).gettext(NO_ALT_TEXT)
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


def render_blocks(
    article: Article,
    images: Mapping[int, ImageRef],
    level_shift: int = 0,
    ui: Interface | None = None,
) -> str:
    """The body blocks, in order. ``level_shift`` demotes headings (digests nest articles)."""
    ui = ui or interface(article.language)
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
            out.append(render_figure(block, images.get(index), ui))
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
            # items that carry their printed numbers are not numbered a second time
            plain = ' style="list-style-type: none"' if block.numbers_printed else ""
            out.append(f"<{tag}{plain}>{items}</{tag}>")
    return "\n".join(out)


def render_header(article: Article, title_level: int = 1, ui: Interface | None = None) -> str:
    """Title, dek, byline and dates; no title for an untitled article (its first paragraph
    carries the sentence formats show as its title), and ``""`` when there is nothing."""
    ui = ui or interface(article.language)
    parts = []
    if article.title.strip():
        title = escape(article.title, quote=False)
        parts.append(f'<h{title_level} class="title">{title}</h{title_level}>')
    if article.subtitle:
        parts.append(f'<p class="dek">{inline(article.subtitle)}</p>')
    for piece in (_byline(article, ui), _dates(article, ui)):
        if piece:
            parts.append(piece)
    return "<header>" + "\n".join(parts) + "</header>" if parts else ""


def render_footer(article: Article, heading_level: int = 2, ui: Interface | None = None) -> str:
    """Credit line, about-the-author and rights; empty when the article has none."""
    ui = ui or interface(article.language)
    about_heading = escape(ui.gettext("About the author"), quote=False)
    parts = []
    if article.credit_line:
        parts.append(f'<p class="credit-line">{inline(article.credit_line)}</p>')
    people = [p for p in article.authors if p.bio or p.role]
    if people:
        h = heading_level
        about = [
            f'<section class="about-author"><h{h} class="about-heading">{about_heading}</h{h}>'
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
    ui_language: str | None = None,
) -> str:
    """The whole article as an ``<article>`` element (header, body, footer).

    The element carries the article's ``lang`` and ``dir``; the interface words
    are in ``ui_language`` when given, else in the article's language.
    """
    ui = interface(ui_language or article.language)
    shift = title_level - 1
    parts = [f'<article class="article"{lang_attrs(article.language)}>']
    if include_header:
        parts.append(render_header(article, title_level, ui))
    parts.append(render_blocks(article, images or {}, level_shift=shift, ui=ui))
    parts.append(render_footer(article, heading_level=min(6, title_level + 1), ui=ui))
    parts.append("</article>")
    return "\n".join(p for p in parts if p)
