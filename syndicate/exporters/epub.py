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

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

try:  # the C classes directly: `import datetime` runs its pure-Python twin first (~4 M
    # instructions of a one-article EPUB export), as syndicate.model says
    from _datetime import datetime
except ImportError:  # an interpreter without it
    from datetime import datetime

from ..errors import ExportFailed, UsageError
from ..htmlbody import ImageRef, escape, heading_id, lang_attrs, render_article
from ..i18n import Interface, interface
from ..i18n.scripts import direction
from ..images import ImageData, load_image
from ..model import Article, Figure, Heading, Person
from ..reproducible import StampedZipFile, zip_date_time
from ..templates import find_template
from .base import Exporter, ExportOptions
from .epub_metadata import (
    EmbeddedImages,
    book_title,
    modified_time,
    or_untitled,
    set_accessibility,
    set_metadata,
)

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


class _Chapter:
    """One article's XHTML document inside the package."""

    # A plain class: a dataclass's generated methods cost every EPUB export at import.
    __slots__ = ("article", "file_name", "images")

    def __init__(self, article: Article, file_name: str, images: dict[int, ImageRef]) -> None:
        self.article = article
        self.file_name = file_name
        self.images = images


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
    epub = _ebooklib_epub()

    digest = len(articles) > 1
    modified = modified_time(articles, options)
    images = EmbeddedImages()
    chapters = [
        _Chapter(article, f"article-{number:03d}.xhtml", _embed_images(article, options, images))
        for number, article in enumerate(articles, start=1)
    ]
    title = book_title(articles, options)
    language = articles[0].language or "en"
    ui = options.ui(articles[0])
    book_direction = direction(language)
    stylesheet, default_style = _stylesheet(options)

    book = epub.EpubBook()
    set_metadata(book, articles, title, language, modified)
    set_accessibility(book, images, default_style, digest, ui)

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
        page = _document(
            _TITLE_PAGE, _title_page(title, chapters, language, modified, options), "titlepage"
        )
        book.add_item(page)
        spine.append(page)
    for chapter in chapters:
        doc = _document(
            chapter.file_name, _chapter_document(chapter, options), _doc_id(chapter.file_name)
        )
        book.add_item(doc)
        spine.append(doc)

    # The spine's page-progression-direction: a right-to-left book turns its pages leftwards.
    book.set_direction(book_direction)
    nav = epub.EpubNav(title=ui.gettext("Contents"), direction=book_direction)
    nav.add_item(book.get_item_with_id("style"))
    book.add_item(nav)
    book.add_item(epub.EpubNcx())
    book.spine = spine
    book.toc = _toc(chapters, title if digest else None, options)
    first = chapters[0].file_name
    # Landmarks (EPUB 3 nav): where the content starts and the digest's title page. No "toc"
    # landmark: it may only point into the spine, and the nav document is not in it.
    book.guide = [{"href": first, "title": ui.gettext("Start of content"), "type": "text"}]
    if digest:
        book.guide.insert(
            0, {"href": _TITLE_PAGE, "title": ui.gettext("Title page"), "type": "titlepage"}
        )

    buffer = io.BytesIO()
    writer = _writer_class()(
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
    data = buffer.getvalue()
    _self_check(data, articles, chapters)
    return data


def _ebooklib_epub() -> Any:
    """``ebooklib.epub``, imported without importing :mod:`logging` and :mod:`uuid`.

    ebooklib imports both at its top but only logs when its own metadata writer fails, and
    only calls ``uuid.uuid4()`` for a provisional identifier that ``set_metadata`` replaces
    (its stand-in answers that call itself). The two imports (with ``platform``,
    ``traceback``, ``string``, ``threading`` and a dozen regular expressions compiled at
    their import) were ~25 M instructions, ~5 % of a one-article EPUB export.
    """
    from .._standin import import_lxml_etree, import_sparing

    import_lxml_etree()
    return import_sparing("ebooklib.epub", ("logging", "uuid"), {"uuid": {"uuid4": _uuid4_text}})


def _uuid4_text() -> str:
    """A random (version 4) UUID's text, as ``str(uuid.uuid4())`` gives it."""
    import os

    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@cache
def _writer_class() -> type:
    """ebooklib's writer, made to write every entry dated ``mtime`` in the first place.

    It used to write entries stamped "now" and :func:`~syndicate.reproducible.normalize_zip`
    rewrote the archive (decompressing and recompressing each entry, about a fifth of an
    EPUB's time). This writer produces those same bytes directly.
    """
    from ebooklib import epub

    class Writer(epub.EpubWriter):  # type: ignore[misc]
        """``EpubWriter.write`` with a zip that stamps each entry's date."""

        def write(self) -> None:
            self.out = StampedZipFile(
                self.file_name,
                "w",
                zipfile.ZIP_DEFLATED,
                compresslevel=self.options["compresslevel"],
                date_time=zip_date_time(self.options["mtime"]),
            )
            self.out.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
            self._write_container()
            self._write_opf()
            self._write_items()
            self.out.close()

    return Writer


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
        f'lang="{lang}" xml:lang="{lang}" dir="{direction(language)}">\n'
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


def _chapter_document(chapter: _Chapter, options: ExportOptions) -> bytes:
    article = chapter.article
    body = render_article(article, chapter.images, ui_language=options.ui_language)
    title = or_untitled(article.display_title, options.ui(article))
    return _xhtml(title, article.language, body, "bodymatter chapter")


def _title_page(
    title: str, chapters: list[_Chapter], language: str, when: datetime, options: ExportOptions
) -> bytes:
    """The digest's title page: title, date, and every article with its byline.

    Each entry is marked with its article's language and direction, and its byline's
    interface words follow that language (unless ``--ui-language`` fixes one).
    """
    day = when.date().isoformat()
    ui = interface(options.ui_language or language)
    items = []
    for chapter in chapters:
        article = chapter.article
        article_ui = options.ui(article)
        shown = escape(or_untitled(article.display_title, article_ui), quote=False)
        line = f'<a href="{chapter.file_name}">{shown}</a>'
        byline = _byline_text(article.authors, article_ui)
        if byline:
            line += f'<br/><span class="byline">{escape(byline, quote=False)}</span>'
        items.append(f"<li{lang_attrs(article.language or language)}>{line}</li>")
    in_digest = escape(ui.gettext("In this digest"), quote=False)
    body = (
        '<section class="digest-title">\n'
        f'<h1 class="title">{escape(title, quote=False)}</h1>\n'
        f'<p class="dates"><time datetime="{day}">'
        f"{escape(ui.date(day), quote=False)}</time></p>\n"
        f'<h2 class="contents-heading">{in_digest}</h2>\n'
        f'<ol class="digest-contents">\n{chr(10).join(items)}\n</ol>\n'
        "</section>"
    )
    return _xhtml(title, language, body, "frontmatter titlepage")


def _byline_text(authors: Sequence[Person], ui: Interface) -> str:
    names = [p.name + (f", {p.role}" if p.role else "") for p in authors if p.name.strip()]
    return ui.by(names) if names else ""


def _doc_id(file_name: str) -> str:
    return "doc-" + file_name.rsplit(".", 1)[0]


# -- navigation -------------------------------------------------------------


def _toc(chapters: list[_Chapter], digest_title: str | None, options: ExportOptions) -> list[Any]:
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
        ui = options.ui(chapter.article)
        sections = _section_tree(chapter, link, ui)
        top = link(chapter.file_name, or_untitled(chapter.article.display_title, ui))
        entries.append((top, sections) if sections else top)
    return entries


def _section_tree(chapter: _Chapter, link: Any, ui: Interface) -> list[Any]:
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
        text = block.text if block.text.strip() else ui.gettext("Untitled section")
        node: list[Any] = [link(f"{chapter.file_name}#{heading_id(index)}", text), []]
        stack[-1][1].append(node)
        stack.append((level, node[1]))

    def freeze(nodes: list[Any]) -> list[Any]:
        return [(n[0], freeze(n[1])) if n[1] else n[0] for n in nodes]

    return freeze(root)


# -- images -----------------------------------------------------------------


def _embed_images(
    article: Article, options: ExportOptions, images: EmbeddedImages
) -> dict[int, ImageRef]:
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
