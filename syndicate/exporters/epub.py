"""EPUB 3 exporter: one article as a one-chapter book, several as a digest.

The chapter markup is :mod:`syndicate.htmlbody`'s, wrapped in a complete XHTML
document that this module writes itself; ebooklib only assembles the package
(OPF metadata, manifest, spine, navigation document, NCX, zip). ebooklib's own
chapter class re-parses content with lxml's HTML parser, which drops or
reshapes markup (and silently truncates at a lone surrogate), so chapters are
handed to it as finished bytes instead.

Everything is built in memory; the stream receives the finished archive in a
single write, so a failure half-way can never leave a partial book behind.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from html import escape
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import ExportFailed, UsageError
from ..htmlbody import ImageRef, format_date, heading_id, render_article
from ..images import ImageData, load_image
from ..model import Article, Contributor, Figure, Heading, Person, parse_iso_date, to_utc
from ..reproducible import build_datetime, normalize_zip
from ..templates import find_template
from ..textclean import clean_text
from .base import Exporter, ExportOptions, ExportWarning

__all__ = ["EpubExporter", "EpubOptions"]

_XHTML_NS = "http://www.w3.org/1999/xhtml"
_OPF_NS = "http://www.idpf.org/2007/opf"
_STYLE_HREF = "style.css"
_TITLE_PAGE = "title.xhtml"


@dataclass(frozen=True)
class EpubOptions(ExportOptions):
    """Options of the EPUB exporter, on top of the common :class:`ExportOptions`."""

    css: str | None = None
    """Path of a stylesheet used instead of the theme's ``epub/style.css``."""


@dataclass
class _Chapter:
    """One article's XHTML document inside the package."""

    article: Article
    file_name: str
    images: dict[int, ImageRef] = field(default_factory=dict)


@dataclass
class _Images:
    """Images embedded so far (one copy per distinct file), and what they mean for a11y."""

    items: dict[str, ImageData] = field(default_factory=dict)
    with_alt: int = 0
    without_alt: int = 0
    not_shown: int = 0
    """Figures whose picture is not in the book (no src, missing, remote, unusable)."""
    animated: bool = False


class EpubExporter(Exporter):
    """EPUB 3 books: valid for EPUBCheck, accessible, reproducible under SOURCE_DATE_EPOCH."""

    name = "epub"
    extension = "epub"
    media_type = "application/epub+zip"
    description = "EPUB 3 e-book (one article, or a digest of several)"
    options_class = EpubOptions

    def write(self, articles: Sequence[Article], stream: BinaryIO, options: ExportOptions) -> None:
        """Build the whole book in memory, then write it to ``stream`` in one go."""
        if not articles:
            raise UsageError("epub: nothing to export")
        data = build_epub(list(articles), options)
        stream.write(data)


def build_epub(articles: list[Article], options: ExportOptions) -> bytes:
    """The EPUB archive of one article, or of a digest when given several, as bytes."""
    from ebooklib import epub

    articles = [_prepared(a) for a in articles]
    digest = len(articles) > 1
    modified = _modified_time(articles, options)
    images = _Images()
    chapters = [
        _Chapter(article, f"article-{number:03d}.xhtml", _embed_images(article, options, images))
        for number, article in enumerate(articles, start=1)
    ]
    title = _book_title(articles, options)
    language = articles[0].language or "en"
    stylesheet, default_style = _stylesheet(options)

    book = epub.EpubBook()
    _set_metadata(book, articles, title, language, modified)
    _set_accessibility(book, images, default_style, digest)

    book.add_item(
        epub.EpubItem(uid="style", file_name=_STYLE_HREF, media_type="text/css", content=stylesheet)
    )
    for data in images.items.values():
        book.add_item(
            epub.EpubImage(
                uid=_image_id(data),
                file_name=f"images/{data.name}",
                media_type=data.media_type,
                content=data.data,
            )
        )

    spine: list[Any] = []
    if digest:
        page = _document(_TITLE_PAGE, _title_page(title, chapters, language, modified), "titlepage")
        book.add_item(page)
        spine.append(page)
    for chapter in chapters:
        doc = _document(chapter.file_name, _chapter_document(chapter), _doc_id(chapter.file_name))
        book.add_item(doc)
        spine.append(doc)

    nav = epub.EpubNav(title="Contents")
    nav.add_item(book.get_item_with_id("style"))
    book.add_item(nav)
    book.add_item(epub.EpubNcx())
    book.spine = spine
    book.toc = _toc(chapters, title if digest else None)
    first = chapters[0].file_name
    # Landmarks (EPUB 3 nav): where the content starts and the digest's title page. No "toc"
    # landmark: it may only point into the spine, and the nav document is not in it.
    book.guide = [{"href": first, "title": "Start of content", "type": "text"}]
    if digest:
        book.guide.insert(0, {"href": _TITLE_PAGE, "title": "Title page", "type": "titlepage"})

    buffer = io.BytesIO()
    writer = epub.EpubWriter(
        buffer,
        book,
        {
            # Page lists would make ebooklib re-parse our documents as HTML; we have no page breaks.
            "epub3_pages": False,
            "epub2_guide": False,
            "mtime": modified,
        },
    )
    try:
        writer.process()
        writer.write()
    except (ValueError, TypeError, OSError, zipfile.BadZipFile) as exc:
        raise ExportFailed(f"epub: packaging failed ({type(exc).__name__}: {exc})") from None
    data = normalize_zip(buffer.getvalue(), modified)
    _self_check(data, articles, chapters)
    return data


def _prepared(article: Article) -> Article:
    """The article with a language tag EPUBCheck accepts (it rejects e.g. ``en_US``)."""
    language = _language(article.language)
    return article if language == article.language else article.replace(language=language)


_BCP47 = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*|[xX](-[A-Za-z0-9]{1,8})+")


def _language(tag: str | None) -> str:
    text = (tag or "").strip().replace("_", "-")
    if not text:
        return "en"
    if _BCP47.fullmatch(text):
        return text
    warnings.warn(
        f"language {tag!r} is not a BCP 47 tag; the EPUB says 'und' (undetermined)",
        ExportWarning,
        stacklevel=4,
    )
    return "und"


def _or_untitled(title: str) -> str:
    # An empty dc:title or <title> makes the package invalid; the h1 keeps the real (empty) one.
    return title if title.strip() else "Untitled article"


# -- documents --------------------------------------------------------------


@cache
def _document_class() -> type:
    """ebooklib's item class for our documents, made on first use to keep imports cheap."""
    from ebooklib import epub

    class Document(epub.EpubItem):  # type: ignore[misc]
        """An XHTML content document handed to ebooklib as finished bytes."""

        def __init__(self, file_name: str, content: bytes, uid: str) -> None:
            super().__init__(
                uid=uid, file_name=file_name, media_type="application/xhtml+xml", content=content
            )
            # ebooklib writes these into the manifest item's properties attribute.
            self.properties: list[str] = []

    return Document


def _document(file_name: str, content: bytes, uid: str) -> Any:
    return _document_class()(file_name, content, uid)


def _xhtml(title: str, language: str, body: str, body_type: str) -> bytes:
    """A complete XHTML5 document around ``body`` (already escaped markup)."""
    lang = escape(language)
    text = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        f'<html xmlns="{_XHTML_NS}" xmlns:epub="http://www.idpf.org/2007/ops" '
        f'lang="{lang}" xml:lang="{lang}">\n'
        f'<head>\n<meta charset="utf-8"/>\n<title>{escape(title, quote=False)}</title>\n'
        f'<link rel="stylesheet" type="text/css" href="{_STYLE_HREF}"/>\n</head>\n'
        f'<body epub:type="{body_type}">\n{body}\n</body>\n</html>\n'
    )
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        # The model removes lone surrogates; reaching this means a caller bypassed it.
        raise ExportFailed(
            f"epub: text holds a character UTF-8 cannot carry ({exc.reason})"
        ) from None
    _check_well_formed(data, title)
    return data


def _check_well_formed(data: bytes, where: str) -> None:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ExportFailed(
            f"epub: the document for {where!r} is not well-formed XML ({exc})"
        ) from None


def _chapter_document(chapter: _Chapter) -> bytes:
    article = chapter.article
    body = render_article(article, chapter.images)
    return _xhtml(_or_untitled(article.title), article.language, body, "bodymatter chapter")


def _title_page(title: str, chapters: list[_Chapter], language: str, when: datetime) -> bytes:
    """The digest's title page: title, date, and every article with its byline."""
    day = when.date().isoformat()
    items = []
    for chapter in chapters:
        article = chapter.article
        shown = escape(_or_untitled(article.title), quote=False)
        line = f'<a href="{chapter.file_name}">{shown}</a>'
        byline = _byline_text(article.authors)
        if byline:
            line += f'<br/><span class="byline">{escape(byline, quote=False)}</span>'
        items.append(f'<li lang="{escape(article.language or language)}">{line}</li>')
    body = (
        '<section class="digest-title">\n'
        f'<h1 class="title">{escape(title, quote=False)}</h1>\n'
        f'<p class="dates"><time datetime="{day}">'
        f"{escape(format_date(day, language), quote=False)}</time></p>\n"
        f'<h2 class="contents-heading">In this digest</h2>\n'
        f'<ol class="digest-contents">\n{chr(10).join(items)}\n</ol>\n'
        "</section>"
    )
    return _xhtml(title, language, body, "frontmatter titlepage")


def _byline_text(authors: Sequence[Person]) -> str:
    names = [p.name + (f", {p.role}" if p.role else "") for p in authors if p.name.strip()]
    if not names:
        return ""
    if len(names) == 1:
        return "By " + names[0]
    return "By " + "; ".join(names[:-1]) + " and " + names[-1]


def _doc_id(file_name: str) -> str:
    return "doc-" + file_name.rsplit(".", 1)[0]


# -- navigation -------------------------------------------------------------


def _toc(chapters: list[_Chapter], digest_title: str | None) -> list[Any]:
    """ebooklib's toc: each article, with its sections nested by heading level."""
    from ebooklib import epub

    counter = iter(range(1, 1_000_000))

    def link(href: str, text: str) -> Any:
        # ebooklib's NCX writer needs an id on every Link.
        return epub.Link(href, text, f"nav-{next(counter)}")

    entries: list[Any] = []
    if digest_title is not None:
        entries.append(link(_TITLE_PAGE, digest_title))
    for chapter in chapters:
        sections = _section_tree(chapter, link)
        top = link(chapter.file_name, _or_untitled(chapter.article.title))
        entries.append((top, sections) if sections else top)
    return entries


def _section_tree(chapter: _Chapter, link: Any) -> list[Any]:
    """Headings as nested (Link, children) tuples; ebooklib writes an empty <ol> for a
    tuple without children, which EPUBCheck rejects, so leaves stay bare Links."""
    # Each node: [level, Link, children]; a level-3 heading nests under the last level 2.
    root: list[Any] = []
    stack: list[tuple[int, list[Any]]] = [(1, root)]
    for index, block in enumerate(chapter.article.blocks):
        if not isinstance(block, Heading):
            continue
        level = max(2, block.level)
        while len(stack) > 1 and stack[-1][0] >= level:
            stack.pop()
        # A nav entry without text is invalid; an empty heading still gets a reachable entry.
        text = block.text if block.text.strip() else "Untitled section"
        node: list[Any] = [link(f"{chapter.file_name}#{heading_id(index)}", text), []]
        stack[-1][1].append(node)
        stack.append((level, node[1]))

    def freeze(nodes: list[Any]) -> list[Any]:
        return [(n[0], freeze(n[1])) if n[1] else n[0] for n in nodes]

    return freeze(root)


# -- images -----------------------------------------------------------------


def _embed_images(article: Article, options: ExportOptions, images: _Images) -> dict[int, ImageRef]:
    refs: dict[int, ImageRef] = {}
    for index, block in enumerate(article.blocks):
        if not isinstance(block, Figure):
            continue
        data = load_image(block, article, options)  # raises for a path outside the source folder
        if data is None:
            images.not_shown += 1
            continue
        if data.name not in images.items:
            images.items[data.name] = data
            images.animated = images.animated or _is_animated(data)
        if block.alt and block.alt.strip():
            images.with_alt += 1
        else:
            images.without_alt += 1
        refs[index] = ImageRef(f"images/{data.name}", data.width, data.height)
    return refs


def _is_animated(data: ImageData) -> bool:
    if data.media_type != "image/gif":
        return False
    from PIL import Image

    with Image.open(io.BytesIO(data.data)) as image:
        return bool(getattr(image, "is_animated", False))


def _image_id(data: ImageData) -> str:
    return "img-" + data.name.rsplit(".", 1)[0].removeprefix("img-")


# -- metadata ---------------------------------------------------------------


def _modified_time(articles: Sequence[Article], options: ExportOptions) -> datetime:
    """SOURCE_DATE_EPOCH when set; else the newest date the articles state; else now."""
    epoch = options.effective_epoch()
    if epoch is not None:
        return build_datetime(epoch)
    stated = [t for a in articles if (t := to_utc(a.updated or a.published)) is not None]
    return max(stated) if stated else build_datetime(None)


def _book_title(articles: Sequence[Article], options: ExportOptions) -> str:
    if options.title and options.title.strip():
        # Options come from the command line, not the model: clean them the same way.
        return clean_text(options.title.strip(), "title option")
    if len(articles) == 1:
        return _or_untitled(articles[0].title)
    dates = [d for a in articles if (d := to_utc(a.published)) is not None]
    if dates:
        return f"News digest, {format_date(max(dates).date().isoformat(), 'en')}"
    return "News digest"


def _article_identifier(article: Article) -> str:
    # Article.identifier returns a blank url as is; an empty dc:identifier is invalid.
    if article.url is not None and not article.url.strip():
        return article.replace(url=None).identifier
    return article.identifier.strip()


def _book_identifier(articles: Sequence[Article]) -> str:
    if len(articles) == 1:
        return _article_identifier(articles[0])
    # A digest is identified by what it holds, in order: same articles, same id.
    joined = "\0".join(_article_identifier(a) for a in articles)
    digest = hashlib.sha256(joined.encode("utf-8"))
    return "urn:sha256:" + digest.hexdigest()[:32]


def _unique(values: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)


def _set_metadata(
    book: Any, articles: Sequence[Article], title: str, language: str, modified: datetime
) -> None:
    book.set_identifier(_book_identifier(articles))
    # Set directly: set_title would add a second, unrefined dc:title.
    book.title = title
    book.add_metadata("DC", "title", title, {"id": "title"})
    book.add_metadata(None, "meta", "main", {"refines": "#title", "property": "title-type"})
    single = articles[0] if len(articles) == 1 else None
    if single is not None and single.subtitle and single.subtitle.strip():
        book.add_metadata("DC", "title", single.subtitle, {"id": "subtitle"})
        book.add_metadata(
            None, "meta", "subtitle", {"refines": "#subtitle", "property": "title-type"}
        )
    book.set_language(language)
    for other in _unique([a.language for a in articles if a.language != language]):
        book.add_metadata("DC", "language", other)

    people: dict[str, Person] = {}
    for article in articles:
        for person in article.authors:
            if person.name.strip():
                people.setdefault(person.name, person)
    for number, name in enumerate(people, start=1):
        book.add_author(name, role="aut", uid=f"creator{number}")
    contributors: dict[str, Contributor] = {}
    for article in articles:
        for contributor in article.contributors:
            if contributor.name.strip() and contributor.name not in people:
                contributors.setdefault(contributor.name, contributor)
    for number, name in enumerate(contributors, start=1):
        uid = f"contributor{number}"
        book.add_metadata("DC", "contributor", name, {"id": uid})
        book.add_metadata(
            None,
            "meta",
            "ctb",
            {"refines": f"#{uid}", "property": "role", "scheme": "marc:relators"},
        )

    published = [d for a in articles if (d := to_utc(a.published)) is not None]
    if single is not None and single.published:
        book.add_metadata("DC", "date", _w3c_date(single.published))
    elif published:
        book.add_metadata("DC", "date", max(published).strftime("%Y-%m-%dT%H:%M:%SZ"))
    publishers = _unique([a.publisher.name.strip() for a in articles if a.publisher])
    if len(publishers) == 1:
        book.add_metadata("DC", "publisher", publishers[0])
    rights = _unique([(a.rights or "").strip() for a in articles])
    if len(rights) == 1 and all(a.rights and a.rights.strip() for a in articles):
        book.add_metadata("DC", "rights", rights[0])
    if single is not None:
        if single.subtitle and single.subtitle.strip():
            book.add_metadata("DC", "description", single.subtitle)
        if single.url and single.url.strip():
            book.add_metadata("DC", "source", single.url)
    else:
        listing = "; ".join(_or_untitled(a.title) for a in articles)
        book.add_metadata("DC", "description", f"A digest of {len(articles)} articles: {listing}")
    for tag in _unique([t.strip() for a in articles for t in a.tags]):
        book.add_metadata("DC", "subject", tag)


def _w3c_date(value: str) -> str:
    """dc:date in a form EPUBCheck accepts (W3CDTF): the date, or the UTC date-time."""
    parsed = parse_iso_date(value)
    if isinstance(parsed, datetime):
        moment = to_utc(value)
        assert moment is not None
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert isinstance(parsed, date)
    return parsed.isoformat()


def _set_accessibility(book: Any, images: _Images, default_style: bool, digest: bool) -> None:
    """EPUB Accessibility 1.1 metadata; every claim is true of this particular book."""

    def meta(name: str, value: str) -> None:
        book.add_metadata(None, "meta", value, {"property": f"schema:{name}"})

    has_images = bool(images.items)
    meta("accessMode", "textual")
    if has_images:
        meta("accessMode", "visual")
    # Text alone suffices only if every picture has a real description from the source.
    if not has_images or images.without_alt == 0:
        meta("accessModeSufficient", "textual")
    if has_images:
        meta("accessModeSufficient", "textual,visual")
    features = ["structuralNavigation", "tableOfContents", "readingOrder"]
    if has_images and images.without_alt == 0:
        features.append("alternativeText")
    if default_style:
        # Our stylesheet sizes text in relative units and fixes no colours or layout.
        features.append("displayTransformability")
    for feature in features:
        meta("accessibilityFeature", feature)
    if images.animated:
        meta("accessibilityHazard", "unknown")
    else:
        meta("accessibilityHazard", "none")
    meta("accessibilitySummary", _summary(images, digest))


def _summary(images: _Images, digest: bool) -> str:
    what = "a digest of news articles, one chapter each" if digest else "a news article"
    parts = [
        f"This reflowable EPUB holds {what}, with a table of contents, headings for every "
        "section and a reading order that follows the source."
    ]
    count = images.with_alt + images.without_alt
    if count == 0:
        parts.append("It contains no images.")
    elif images.without_alt == 0:
        parts.append(f"Its {count} image(s) have text alternatives, captions and credits.")
    else:
        parts.append(
            f"{images.without_alt} of its {count} image(s) have no description from the source; "
            "they are accompanied by their captions and credits as text."
        )
    if images.not_shown:
        parts.append(
            f"{images.not_shown} photo(s) of the source are not included; "
            "their captions and credits are kept as text."
        )
    if images.animated:
        parts.append("It contains an animated image whose flashing has not been assessed.")
    return " ".join(parts)


# -- stylesheet -------------------------------------------------------------


def _stylesheet(options: ExportOptions) -> tuple[bytes, bool]:
    """The stylesheet's bytes, and whether it is the theme's (not a user's own)."""
    user = getattr(options, "css", None)
    if user:
        path = Path(user)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UsageError(f"--css {user}: cannot read it ({exc.strerror or exc})") from None
        default = False
    else:
        path = find_template("epub/style.css", options.template_dir)
        data = path.read_bytes()
        default = (
            options.template_dir is None
            or not (Path(options.template_dir) / "epub/style.css").is_file()
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"stylesheet {path}: not UTF-8 text") from None
    return data, default


# -- self-check -------------------------------------------------------------


def _self_check(data: bytes, articles: Sequence[Article], chapters: list[_Chapter]) -> None:
    """Re-open the archive: ebooklib logs and skips metadata it cannot write instead of
    failing, so make sure the title, identifier and every chapter made it in."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        if names[0] != "mimetype":
            raise ExportFailed("epub: packaging failed (mimetype is not the first entry)")
        opf = etree.fromstring(archive.read("EPUB/content.opf"))
        for chapter in chapters:
            if f"EPUB/{chapter.file_name}" not in names:
                raise ExportFailed(f"epub: chapter {chapter.file_name} is missing from the package")
    dc = "{http://purl.org/dc/elements/1.1/}"
    for tag in ("title", "identifier", "language"):
        if opf.find(f"{{{_OPF_NS}}}metadata/{dc}{tag}") is None:
            raise ExportFailed(f"epub: the package lost its dc:{tag}")
    expected = len({p.name for a in articles for p in a.authors if p.name.strip()})
    found = len(opf.findall(f"{{{_OPF_NS}}}metadata/{dc}creator"))
    if found != expected:
        raise ExportFailed(f"epub: {expected} author(s) expected in the package, {found} written")
