"""Standalone HTML5 pages: one article (or several in turn) with schema.org JSON-LD.

The article markup is the shared one from :mod:`syndicate.htmlbody`; this module
wraps it in the page template ``html/page.html`` (and, for a published site,
``html/index.html``), filled with :class:`string.Template`. Every value put into
a template is escaped here first, so a template never sees raw article text.

Images are embedded as ``data:`` URIs by default, so one ``.html`` file is the
whole page; :func:`syndicate.publishing.publish.publish` instead sets ``image_href`` and
writes the image files beside the page.
"""

from __future__ import annotations

import base64
import json
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO
from urllib.parse import urljoin

from ..errors import ExportFailed, UsageError
from ..htmlbody import ImageRef, escape, render_article
from ..i18n import N_, Interface, interface
from ..i18n.scripts import direction
from ..images import ImageData, load_image
from ..links import is_safe_url
from ..model import Article, Figure, to_utc
from ..templates import find_template
from .base import Exporter, ExportOptions

__all__ = [
    "HtmlExporter",
    "HtmlOptions",
    "IndexEntry",
    "json_ld",
    "json_ld_script",
    "render_index",
    "sort_key",
]

FEED_TYPES: dict[str, str] = {
    "application/atom+xml": N_("Atom feed"),
    "application/rss+xml": N_("RSS feed"),
    "application/feed+json": N_("JSON Feed"),
}
"""Media types of feed autodiscovery links, with the label shown for each (in English;
shown in the interface's language)."""


@dataclass(frozen=True)
class HtmlOptions(ExportOptions):
    """Options of the ``html`` exporter."""

    stylesheet_href: str | None = None
    """Link this stylesheet instead of inlining the theme's ``html/style.css``."""
    downloads: Mapping[str, str] | None = None
    """Download links shown under the article: label (``"EPUB"``) -> href."""
    feed_links: Mapping[str, str] | None = None
    """Feed autodiscovery links: media type (``"application/atom+xml"``) -> href."""
    image_href: str | None = None
    """When set, images are referenced as ``image_href + <file name>`` (the caller writes
    the files, named by :attr:`syndicate.images.ImageData.name`); else embedded as data URIs."""
    page_url: str | None = None
    """The absolute URL the page will be served at; makes image URLs in the JSON-LD absolute."""
    index_href: str | None = None
    """A link back to the site's index page, shown above the article."""


def _lang_attrs(language: str) -> str:
    return f' lang="{escape(language)}" dir="{direction(language)}"'


def _template(name: str, options: ExportOptions) -> string.Template:
    path = find_template(f"html/{name}", options.template_dir)
    try:
        return string.Template(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"theme file {path}: cannot be read ({exc})") from None


def _fill(template: string.Template, values: Mapping[str, str]) -> str:
    # Values are inserted in one pass: a "$" inside article text is never re-expanded.
    try:
        return template.substitute(values)
    except KeyError as exc:
        raise UsageError(f"page template uses unknown placeholder ${exc.args[0]}") from None
    except ValueError as exc:
        raise UsageError(f"page template is malformed: {exc}") from None


def _stylesheet(options: HtmlOptions) -> str:
    if options.stylesheet_href:
        return f'<link rel="stylesheet" href="{escape(options.stylesheet_href)}">'
    path = find_template("html/style.css", options.template_dir)
    css = path.read_text(encoding="utf-8")
    if "</" in css:
        # Theme CSS is inlined into <style>: a closing tag in it would end the element.
        raise UsageError(f"theme file {path}: contains '</', which cannot go inside <style>")
    return f"<style>\n{css}</style>"


_OTHER_FEED = N_("Feed")


def _feed_label(media_type: str, ui: Interface) -> str:
    return ui.gettext(FEED_TYPES.get(media_type, _OTHER_FEED))


def feed_link_tags(feed_links: Mapping[str, str] | None, ui: Interface | None = None) -> str:
    """``<link rel="alternate">`` autodiscovery tags for the given feeds."""
    ui = ui or interface("en")
    tags = []
    for media_type, href in (feed_links or {}).items():
        label = _feed_label(media_type, ui)
        tags.append(
            f'<link rel="alternate" type="{escape(media_type)}" title="{escape(label)}" '
            f'href="{escape(href)}">'
        )
    return "\n".join(tags)


def _feed_list(feed_links: Mapping[str, str] | None, ui: Interface) -> str:
    if not feed_links:
        return ""
    items = "".join(
        f'<li><a href="{escape(href)}" type="{escape(mt)}">'
        f"{escape(_feed_label(mt, ui), quote=False)}</a></li>"
        for mt, href in feed_links.items()
    )
    subscribe = escape(ui.gettext("Subscribe:"), quote=False)
    return f'<nav class="feeds"><p>{subscribe}</p><ul>{items}</ul></nav>'


# -- JSON-LD ---------------------------------------------------------------


def _absolute(href: str, base: str | None) -> str | None:
    if is_safe_url(href):
        return href
    if base and is_safe_url(base):
        return urljoin(base, href)
    return None


def json_ld(
    article: Article,
    image_urls: Mapping[int, str] | None = None,
    *,
    page_url: str | None = None,
) -> dict[str, Any]:
    """The schema.org ``NewsArticle`` object for ``article``.

    ``image_urls`` maps a figure's block index to the absolute URL of its image;
    every figure is listed (caption and credit kept) even when it has no image.
    """
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.display_title,
    }
    if article.subtitle:
        data["description"] = article.subtitle
    authors = []
    for person in article.authors:
        entry: dict[str, Any] = {"@type": "Person", "name": person.name}
        if person.role:
            entry["jobTitle"] = person.role
        if person.bio:
            entry["description"] = person.bio
        if person.url and is_safe_url(person.url):
            entry["url"] = person.url
        authors.append(entry)
    if authors:
        data["author"] = authors
    if article.contributors:
        data["contributor"] = [{"name": c.name} for c in article.contributors]
    if article.credit_line:
        data["creditText"] = article.credit_line
    if article.published:
        data["datePublished"] = article.published
    if article.updated:
        data["dateModified"] = article.updated
    if article.publisher:
        publisher: dict[str, Any] = {"@type": "Organization", "name": article.publisher.name}
        if article.publisher.url and is_safe_url(article.publisher.url):
            publisher["url"] = article.publisher.url
        data["publisher"] = publisher
    images = []
    for index, block in enumerate(article.blocks):
        if not isinstance(block, Figure):
            continue
        image: dict[str, Any] = {"@type": "ImageObject"}
        url = (image_urls or {}).get(index)
        if url is None and block.src and is_safe_url(block.src):
            url = block.src
        if url:
            image["url"] = url
            image["contentUrl"] = url
        if block.caption:
            image["caption"] = block.caption
        if block.credit:
            image["creditText"] = block.credit
        if block.alt:
            image["description"] = block.alt
        images.append(image)
    if images:
        data["image"] = images
    data["inLanguage"] = article.language
    url = article.url if article.url and is_safe_url(article.url) else page_url
    if url:
        data["url"] = url
    if page_url:
        data["mainEntityOfPage"] = page_url
    if article.tags:
        data["keywords"] = list(article.tags)
    if article.rights:
        data["copyrightNotice"] = article.rights
    return data


def json_ld_script(data: Mapping[str, Any]) -> str:
    """A ``<script type="application/ld+json">`` element that text cannot break out of.

    ``<``, ``>`` and ``&`` become JSON ``\\u`` escapes, so ``</script>`` or ``<!--`` in
    any value stays inside the string; U+2028/2029 are escaped for old parsers.
    """
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    for char, replacement in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, replacement)
    return f'<script type="application/ld+json">\n{text}\n</script>'


# -- the exporter ------------------------------------------------------------


def _images(article: Article, options: HtmlOptions) -> tuple[dict[int, ImageRef], dict[int, str]]:
    """Image refs for the ``<img>`` elements, and absolute URLs for the JSON-LD."""
    refs: dict[int, ImageRef] = {}
    urls: dict[int, str] = {}
    for index, block in enumerate(article.blocks):
        if not isinstance(block, Figure) or not block.src:
            continue
        data: ImageData | None = load_image(block, article, options)
        if data is None:
            continue
        if options.image_href is not None:
            src = options.image_href + data.name
            absolute = _absolute(src, options.page_url)
            if absolute:
                urls[index] = absolute
        else:
            encoded = base64.b64encode(data.data).decode("ascii")
            src = f"data:{data.media_type};base64,{encoded}"
        refs[index] = ImageRef(src, data.width, data.height)
    return refs, urls


def _downloads(downloads: Mapping[str, str] | None, ui: Interface) -> str:
    if not downloads:
        return ""
    heading = escape(ui.gettext("Download"), quote=False)
    items = "".join(
        f'<li><a href="{escape(href)}" download>{escape(label, quote=False)}</a></li>'
        for label, href in downloads.items()
    )
    return f'<nav class="downloads"><h2>{heading}</h2><ul>{items}</ul></nav>'


def render_page(articles: Sequence[Article], options: HtmlOptions) -> str:
    """The whole HTML page for ``articles`` as text."""
    if not articles:
        raise UsageError("nothing to export: no articles given")
    single = len(articles) == 1
    first = articles[0]
    ui = options.ui(first)
    # An untitled article (no headline printed) is named by its display title.
    title = options.title or (
        (first.display_title or ui.gettext("Untitled article"))
        if single
        else ui.gettext("{title} and {count} more").format(
            title=first.display_title, count=len(articles) - 1
        )
    )
    head = [
        f'<meta name="description" content="{escape(first.subtitle)}">'
        if single and first.subtitle
        else "",
        f'<meta name="author" content="{escape(", ".join(p.name for p in first.authors))}">'
        if single and first.authors
        else "",
    ]
    canonical = options.page_url or (first.url if single else None)
    if canonical and is_safe_url(canonical):
        head.append(f'<link rel="canonical" href="{escape(canonical)}">')
    head.append(_stylesheet(options))
    head.append(feed_link_tags(options.feed_links, ui))
    bodies = []
    if not single:
        bodies.append(f'<h1 class="page-title">{escape(title, quote=False)}</h1>')
    for article in articles:
        refs, urls = _images(article, options)
        bodies.append(
            render_article(
                article, refs, title_level=1 if single else 2, ui_language=options.ui_language
            )
        )
        page_url = options.page_url if single else None
        head.append(json_ld_script(json_ld(article, urls, page_url=page_url)))
    nav = ""
    if options.index_href:
        label = escape(ui.gettext("All articles"), quote=False)
        nav = f'<nav class="site-nav"><a href="{escape(options.index_href)}">{label}</a></nav>'
    return _fill(
        _template("page.html", options),
        {
            "lang": escape(first.language),
            "dir": direction(first.language),
            "title": escape(title, quote=False),
            "head": "\n".join(h for h in head if h),
            "nav": nav,
            "body": "\n".join(bodies),
            "downloads": _downloads(options.downloads, ui),
        },
    )


class HtmlExporter(Exporter):
    """A standalone HTML5 page: the shared article markup, a theme, and NewsArticle JSON-LD."""

    name = "html"
    extension = "html"
    media_type = "text/html"
    description = "Standalone HTML5 page with schema.org NewsArticle JSON-LD"
    options_class = HtmlOptions

    def write(self, articles: Sequence[Article], stream: BinaryIO, options: ExportOptions) -> None:
        """Render ``articles`` as one page (each article in turn) to ``stream``."""
        if not isinstance(options, HtmlOptions):
            options = HtmlOptions(**{f: getattr(options, f) for f in options.field_names()})
        page = render_page(articles, options)
        try:
            stream.write(page.encode("utf-8"))
        except UnicodeEncodeError as exc:  # the model cleans text, so this is a bug guard
            raise ExportFailed(f"html: text cannot be encoded ({exc.reason})") from None


# -- the site index ------------------------------------------------------------


@dataclass(frozen=True)
class IndexEntry:
    """One article as listed on a site's index page."""

    article: Article
    href: str
    """Link to the article's page, relative to the index."""


def sort_key(article: Article) -> tuple[int, float, str]:
    """Newest first when sorted ascending; undated articles last, then by title.

    A date without a time counts as midnight UTC; a naive date-time as UTC.
    """
    moment = to_utc(article.published or article.updated)
    if moment is not None:
        return (0, -moment.timestamp(), article.display_title)
    return (1, 0.0, article.display_title)


def _index_item(entry: IndexEntry, ui_language: str | None) -> str:
    article = entry.article
    ui = interface(ui_language or article.language)
    parts = [
        f'<li class="article-item"{_lang_attrs(article.language)}><h2>'
        f'<a href="{escape(entry.href)}">{escape(article.display_title, quote=False)}</a></h2>'
    ]
    if article.authors:
        names = ", ".join(escape(p.name, quote=False) for p in article.authors)
        marker = "\x00"
        line = escape(ui.by([marker]), quote=False)
        line = line.replace(marker, f'<span class="author">{names}</span>')
        parts.append(f'<p class="byline">{line}</p>')
    if article.published:
        shown = escape(ui.date(article.published), quote=False)
        parts.append(
            f'<p class="dates"><time class="published" '
            f'datetime="{escape(article.published)}">{shown}</time></p>'
        )
    if article.subtitle:
        parts.append(f'<p class="dek">{escape(article.subtitle, quote=False)}</p>')
    parts.append("</li>")
    return "".join(parts)


def render_index(
    entries: Sequence[IndexEntry],
    *,
    title: str,
    feed_links: Mapping[str, str] | None = None,
    stylesheet_href: str | None = None,
    template_dir: str | None = None,
    language: str = "en",
    ui_language: str | None = None,
) -> str:
    """A site's index page: every article newest first, with feed autodiscovery links.

    The page is in ``language``; each entry is marked with its article's own
    language and its interface words follow it (or ``ui_language``).
    """
    options = HtmlOptions(stylesheet_href=stylesheet_href, template_dir=template_dir)
    ui = interface(ui_language or language)
    ordered = sorted(entries, key=lambda e: sort_key(e.article))
    head = [_stylesheet(options), feed_link_tags(feed_links, ui)]
    return _fill(
        _template("index.html", options),
        {
            "lang": escape(language),
            "dir": direction(language),
            "title": escape(title, quote=False),
            "head": "\n".join(h for h in head if h),
            "feeds": _feed_list(feed_links, ui),
            "items": "\n".join(_index_item(e, ui_language) for e in ordered),
        },
    )
