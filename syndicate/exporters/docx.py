"""DOCX export: editable Word documents built from styles, with captions, credits and links.

Every paragraph and run names a style (see :mod:`syndicate.exporters.docx_styles`)
instead of carrying direct formatting, so an editor restyles the whole document
from Word's style pane, and a house style comes in through a reference document
exactly as with pandoc's ``--reference-doc``: the user's file is opened as the
base document, its body is cleared (its page setup, headers and footers stay)
and any of our styles it lacks are added.

What the document holds, per article, in order:

- Title; Subtitle (the dek); "Byline" (runs "Author Name" / "Author Role");
  "Dateline";
- the body: "Body Text" paragraphs, "Heading 2".."Heading 6" sections, "Quote"
  plus "Quote Attribution", "List Bullet" / "List Number" items, and figures:
  a "Figure" paragraph holding the picture inline (only when the image loads),
  then a "Caption" paragraph with the caption and the credit in its own run of
  character style "Credit";
- "Credit Line"; an "About Heading" paragraph ("About the author") followed by
  "About Author" and "Author Bio" paragraphs; "Rights".

Several articles make one anthology: an "Anthology Title", a table of contents
field (pre-filled, without page numbers, so it reads right before Word updates
it) and each article starting on a new page.

A picture's alternative text (``descr`` on ``wp:docPr``) is the model's alt text,
never the caption; when the model has none it is the honest
:data:`syndicate.htmlbody.NO_ALT_TEXT`, the same words the EPUB and HTML
outputs use.

Core properties come from the articles (title, every author, dek, tags,
language, dates); nothing is left at python-docx's defaults. With
``SOURCE_DATE_EPOCH`` the dates are pinned and the zip entries re-stamped, so
two runs give identical bytes.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, ClassVar

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Inches
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from ..errors import ExportFailed, UsageError
from ..htmlbody import NO_ALT_TEXT, format_date
from ..images import load_image
from ..links import is_safe_url, split_links
from ..model import Article, Figure, Heading, ListBlock, Paragraph, Quote, parse_iso_date
from ..reproducible import build_datetime, normalize_zip
from ..templates import find_template
from ..textclean import clean_text
from .base import Exporter, ExportOptions, ExportWarning
from .docx_styles import ensure_numbering, ensure_styles, heading_style, style_numbering_id

__all__ = ["DocxExporter", "DocxOptions"]

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
REFERENCE_TEMPLATE = "docx/reference.docx"
"""The default reference document, looked up in the theme folder then ``templates/``."""

MAX_REFERENCE_BYTES = 50 * 1024 * 1024
"""A reference document larger than this is refused (it is a style sheet, not a book)."""
MAX_REFERENCE_UNPACKED = 200 * 1024 * 1024
"""Total uncompressed size allowed inside a reference document (zip-bomb guard)."""

_CORE_LIMIT = 255  # python-docx refuses longer core-property strings
_EMU_PER_PIXEL = 9525  # at 96 dpi, Word's own assumption for pixel sizes


@dataclass(frozen=True)
class DocxOptions(ExportOptions):
    """Options of the DOCX exporter."""

    reference_docx: str | None = None
    """Path of a Word ``.docx`` (or ``.dotx``) whose styles, page setup, headers and
    footers the output uses, like pandoc's ``--reference-doc``. Its body text is
    dropped; styles syndicate needs and it lacks are added. None uses the theme
    folder's ``docx/reference.docx``, else the built-in one."""


class DocxExporter(Exporter):
    """Word documents (python-docx) with real styles, captions, credits and hyperlinks."""

    name: ClassVar[str] = "docx"
    extension: ClassVar[str] = "docx"
    media_type: ClassVar[str] = MEDIA_TYPE
    description: ClassVar[str] = "Word document with real styles (house style via --reference-docx)"
    options_class: ClassVar[type[ExportOptions]] = DocxOptions

    def write(self, articles: Sequence[Article], stream: BinaryIO, options: ExportOptions) -> None:
        """Render ``articles`` as one Word document to ``stream``."""
        opts = _as_docx_options(options)
        if not articles:
            raise UsageError("docx: nothing to export")
        epoch = opts.effective_epoch()
        document, styles = _base_document(opts)
        try:
            writer = _DocxWriter(document, styles, opts)
            writer.write(articles)
            _set_core_properties(document, articles, opts, epoch)
            buffer = io.BytesIO()
            document.save(buffer)
        except (ValueError, UnicodeError) as exc:
            # python-docx's "All strings must be XML compatible" and friends: the model
            # cleans its text, so reaching here means a bug, reported without a traceback.
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            raise ExportFailed(f"docx: {first_line}") from None
        when = build_datetime(epoch) if epoch is not None else None
        stream.write(_finish_package(buffer.getvalue(), when))


def _as_docx_options(options: ExportOptions) -> DocxOptions:
    if isinstance(options, DocxOptions):
        return options
    values = {f.name: getattr(options, f.name) for f in fields(options)}
    return DocxOptions(**values)


# -- the reference document ------------------------------------------------------


def _reference_path(options: DocxOptions) -> tuple[Path, str]:
    if options.reference_docx:
        return Path(options.reference_docx), f"--reference-docx {options.reference_docx}"
    path = find_template(REFERENCE_TEMPLATE, options.template_dir)
    return path, f"reference document {path}"


def _reference_bytes(options: DocxOptions) -> tuple[bytes, str]:
    path, label = _reference_path(options)
    try:
        stat = path.stat()
    except OSError as exc:
        raise UsageError(f"{label}: cannot be read ({exc.strerror})") from None
    if not path.is_file():
        raise UsageError(f"{label}: not a file")
    if stat.st_size > MAX_REFERENCE_BYTES:
        raise UsageError(f"{label}: larger than {MAX_REFERENCE_BYTES // 2**20} MiB")
    return _read_reference(str(path.resolve()), stat.st_size, stat.st_mtime_ns, label), label


@lru_cache(maxsize=8)
def _read_reference(path: str, size: int, mtime_ns: int, label: str) -> bytes:
    # Read and checked once per process; size and mtime in the key catch edits.
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"{label}: cannot be read ({exc.strerror})") from None
    return _prepare_reference(data, label)


_TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _prepare_reference(data: bytes, label: str) -> bytes:
    """Check the zip before python-docx reads it; turn a .dotx template into a document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            total = sum(info.file_size for info in infos)
            if len(infos) > 10_000 or total > MAX_REFERENCE_UNPACKED:
                raise UsageError(f"{label}: unpacks to more than a reference document may hold")
            names = {info.filename for info in infos}
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                raise UsageError(f"{label}: not a Word .docx file")
            content_types = archive.read("[Content_Types].xml")
            if _TEMPLATE_MAIN not in content_types:
                return data
            # A .dotx differs from a .docx only in its main part's content type.
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for info in infos:
                    body = archive.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        body = body.replace(_TEMPLATE_MAIN, _DOCUMENT_MAIN)
                    target.writestr(info, body)
            return out.getvalue()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError):
        raise UsageError(f"{label}: not a Word .docx file (not a valid zip)") from None


def _base_document(options: DocxOptions) -> tuple[Document, dict[str, BaseStyle]]:
    """A fresh document from the reference (its styles and sections, an empty body),
    with the styles the exporter uses, by name."""
    data, label = _reference_bytes(options)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors…
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UsageError(f"{label}: not a usable Word document ({reason})") from None
    body = document.element.body
    for child in list(body):
        # Keep only the final section properties: page size, margins, header/footer links.
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    body.get_or_add_sectPr()
    return document, ensure_styles(document)


# -- writing the body ------------------------------------------------------------


class _DocxWriter:
    """Appends articles to a document, one style per paragraph or run."""

    def __init__(
        self, document: Document, styles: dict[str, BaseStyle], options: DocxOptions
    ) -> None:
        self.doc = document
        self.styles = styles
        self.options = options
        self._ordered_lists = 0
        self._bookmark_id = 0
        section = document.sections[-1]
        width = _length(section.page_width, Inches(8.5))
        height = _length(section.page_height, Inches(11))
        side = _length(section.left_margin, Inches(1)) + _length(section.right_margin, Inches(1))
        ends = _length(section.top_margin, Inches(1)) + _length(section.bottom_margin, Inches(1))
        self._max_width = max(Inches(1), width - side)
        # A picture may take most of a page, but leave room for its caption below.
        self._max_height = max(Inches(1), int((height - ends) * 0.6))

    # -- document level --

    def write(self, articles: Sequence[Article]) -> None:
        """The whole document: a contents page for an anthology, then every article."""
        _set_default_language(self.doc, articles[0].language)
        several = len(articles) > 1
        if several:
            self._contents(articles)
        for index, article in enumerate(articles):
            self._article(article, index, new_page=several)

    def _contents(self, articles: Sequence[Article]) -> None:
        title = self.options.title
        title = clean_text(title, "title option") if title else _anthology_title(articles)
        self._paragraph("Anthology Title", title, links=False)
        self._paragraph("TOC Heading", "Contents", links=False)
        entries: list[tuple[str, str, str]] = []
        for index, article in enumerate(articles):
            entries.append(("TOC 1", article.title, _anchor(index)))
            for position, block in enumerate(article.blocks):
                if isinstance(block, Heading) and heading_style(block.level) == "Heading 2":
                    entries.append(("TOC 2", block.text, _anchor(index, position)))
        # A TOC field whose cached result is our own list, so it reads right in any
        # viewer; Word regenerates the same list (no page numbers: \n) on update.
        for number, (style, text, anchor) in enumerate(entries):
            paragraph = self._new(style)
            if number == 0:
                _field_char(paragraph, "begin")
                _instruction(paragraph, ' TOC \\o "2-2" \\t "Title,1" \\h \\z \\n ')
                _field_char(paragraph, "separate")
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), anchor)
            link.set(qn("w:history"), "1")
            paragraph._p.append(link)  # python-docx has no hyperlink API
            run = _add_run(paragraph, text)
            link.append(run._r)
            if number == len(entries) - 1:
                _field_char(paragraph, "end")

    def _article(self, article: Article, index: int, new_page: bool) -> None:
        title = self._paragraph("Title", article.title, links=False)
        if new_page:
            title.paragraph_format.page_break_before = True
        self._bookmark(title, _anchor(index))
        if article.subtitle:
            self._paragraph("Subtitle", article.subtitle)
        self._byline(article)
        self._dateline(article)
        for position, block in enumerate(article.blocks):
            if isinstance(block, Paragraph):
                self._paragraph("Body Text", block.text)
            elif isinstance(block, Heading):
                heading = self._paragraph(heading_style(block.level), block.text, links=False)
                self._bookmark(heading, _anchor(index, position))
            elif isinstance(block, Figure):
                self._figure(article, block)
            elif isinstance(block, Quote):
                self._paragraph("Quote", block.text)
                if block.attribution:
                    self._paragraph("Quote Attribution", block.attribution, links=False)
            elif isinstance(block, ListBlock):
                self._list(block)
        self._footer(article)

    # -- header and footer --

    def _byline(self, article: Article) -> None:
        if not article.authors:
            return
        paragraph = self._new("Byline")
        _add_run(paragraph, "By ")
        count = len(article.authors)
        for number, person in enumerate(article.authors):
            if number:
                _add_run(paragraph, " and " if number == count - 1 else ", ")
            self._run(paragraph, person.name, "Author Name")
            if person.role:
                _add_run(paragraph, ", ")
                self._run(paragraph, person.role, "Author Role")

    def _dateline(self, article: Article) -> None:
        parts = []
        if article.published:
            parts.append(format_date(article.published, article.language))
        if article.updated:
            parts.append("Updated " + format_date(article.updated, article.language))
        if parts:
            self._paragraph("Dateline", " · ".join(parts), links=False)

    def _footer(self, article: Article) -> None:
        if article.credit_line:
            self._paragraph("Credit Line", article.credit_line)
        people = [p for p in article.authors if p.bio or p.role]
        if people:
            self._paragraph("About Heading", "About the author", links=False)
            for person in people:
                line = self._new("About Author")
                if is_safe_url(person.url):
                    self._hyperlink(line, person.name, person.url.strip(), "Author Name")  # type: ignore[union-attr]
                else:
                    self._run(line, person.name, "Author Name")
                if person.role:
                    _add_run(line, ", ")
                    self._run(line, person.role, "Author Role")
                if person.bio:
                    self._paragraph("Author Bio", person.bio)
        if article.rights:
            self._paragraph("Rights", article.rights, links=False)

    # -- blocks --

    def _figure(self, article: Article, figure: Figure) -> None:
        image = load_image(figure, article, self.options)
        if image is not None:
            width, height = self._fit(image.width, image.height)
            paragraph = self._new("Figure")
            try:
                paragraph.add_run().add_picture(
                    io.BytesIO(image.data), width=Emu(width), height=Emu(height)
                )
            except Exception as exc:  # python-docx's own image parser has its own failures
                paragraph._p.getparent().remove(paragraph._p)
                warnings.warn(
                    f"figure image {figure.src!r} could not be embedded in DOCX "
                    f"({type(exc).__name__}); caption and credit kept",
                    ExportWarning,
                    stacklevel=2,
                )
            else:
                # Alt text lives on the drawing's docPr; python-docx offers no setter.
                for doc_pr in paragraph._p.xpath(".//wp:docPr"):
                    doc_pr.set("descr", figure.alt or NO_ALT_TEXT)
        if figure.caption or figure.credit:
            caption = self._new("Caption")
            if figure.caption:
                self._text(caption, figure.caption)
            if figure.caption and figure.credit:
                _add_run(caption, " ")
            if figure.credit:
                self._run(caption, figure.credit, "Credit")

    def _fit(self, width_px: int, height_px: int) -> tuple[int, int]:
        width = max(1, width_px) * _EMU_PER_PIXEL
        height = max(1, height_px) * _EMU_PER_PIXEL
        scale = min(1.0, self._max_width / width, self._max_height / height)
        return max(1, int(width * scale)), max(1, int(height * scale))

    def _list(self, block: ListBlock) -> None:
        style = "List Number" if block.ordered else "List Bullet"
        restart: int | None = None
        if block.ordered:
            # Every "List Number" paragraph shares one numbering, so a second list
            # would go on counting from the first: give each later list a restart.
            num_id = style_numbering_id(self.styles[style])
            if num_id is not None and self._ordered_lists:
                restart = ensure_numbering(self.doc).restart(num_id)
            self._ordered_lists += 1
        for item in block.items:
            paragraph = self._paragraph(style, item)
            if restart is not None:
                num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = restart

    # -- runs --

    def _new(self, style: str) -> DocxParagraph:
        # Style objects, not names: python-docx's name lookup misses LibreOffice's names.
        # Style ids set directly: python-docx's style setter scans every style for the
        # default one on each call, ~10 ms a paragraph with a full template.
        paragraph = self.doc.add_paragraph()
        paragraph._p.style = self.styles[style].style_id
        return paragraph

    def _run(self, paragraph: DocxParagraph, text: str, style: str) -> None:
        run = _add_run(paragraph, text)
        run._r.style = self.styles[style].style_id

    def _paragraph(self, style: str, text: str, links: bool = True) -> DocxParagraph:
        paragraph = self._new(style)
        if links:
            self._text(paragraph, text)
        elif text:
            _add_run(paragraph, text)
        return paragraph

    def _text(self, paragraph: DocxParagraph, text: str) -> None:
        """Plain runs, with http(s)/mailto links as real hyperlinks."""
        for segment, url in split_links(text):
            if url is None:
                _add_run(paragraph, segment)
            else:
                self._hyperlink(paragraph, segment, url)

    def _hyperlink(
        self, paragraph: DocxParagraph, text: str, url: str, style: str = "Hyperlink"
    ) -> None:
        # python-docx reads hyperlinks but cannot make them: relationship + w:hyperlink.
        r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), r_id)
        link.set(qn("w:history"), "1")
        paragraph._p.append(link)
        run = _add_run(paragraph, text)
        run._r.style = self.styles[style].style_id
        link.append(run._r)

    def _bookmark(self, paragraph: DocxParagraph, name: str) -> None:
        self._bookmark_id += 1
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self._bookmark_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self._bookmark_id))
        p = paragraph._p
        ppr = p.pPr
        if ppr is None:
            p.insert(0, start)
        else:
            ppr.addnext(start)
        p.append(end)


def _add_run(paragraph: DocxParagraph, text: str) -> Run:
    """A run holding ``text``; line breaks and tabs become ``w:br`` / ``w:tab``."""
    run = paragraph.add_run()
    if "\n" in text or "\t" in text or "\r" in text:
        run.text = text
    elif text:
        # python-docx's text setter walks the string a character at a time (a third of
        # the export time for long articles); plain text needs only one w:t.
        run._r.add_t(text)
    return run


def _anchor(article_index: int, block_index: int | None = None) -> str:
    # A leading underscore hides the bookmark in Word's bookmark list, like its own _Toc ones.
    suffix = "" if block_index is None else f"_{block_index}"
    return f"_TocSyn{article_index}{suffix}"


def _field_char(paragraph: DocxParagraph, kind: str) -> None:
    run = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


def _instruction(paragraph: DocxParagraph, code: str) -> None:
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = code
    run._r.append(instr)


def _length(value: int | None, default: int) -> int:
    return int(value) if value else int(default)


def _anthology_title(articles: Sequence[Article]) -> str:
    # The EPUB digest's default too, so one anthology has one name in every format.
    dates = [d for a in articles if a.published and (d := _as_utc(a.published))]
    if dates:
        return f"News digest, {format_date(max(dates).date().isoformat(), 'en')}"
    return "News digest"


def _set_default_language(document: Document, language: str) -> None:
    """Proofing language for the whole document, on the document defaults."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        # w:lang comes after every formatting child except these three (schema order).
        later = [rpr.find(qn(t)) for t in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
        following = next((el for el in later if el is not None), None)
        if following is None:
            rpr.append(lang)
        else:
            following.addprevious(lang)
    lang.set(qn("w:val"), language)


# -- core properties and the package ---------------------------------------------


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)


def _core_text(value: str) -> str:
    # Core properties are single-line and python-docx caps them at 255 characters.
    text = " ".join(value.split())
    return text if len(text) <= _CORE_LIMIT else text[: _CORE_LIMIT - 1] + "…"


def _as_utc(value: str) -> datetime | None:
    try:
        parsed = parse_iso_date(value)
    except ValueError:
        return None
    if not isinstance(parsed, datetime):
        return datetime(parsed.year, parsed.month, parsed.day, tzinfo=UTC)
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _document_dates(articles: Sequence[Article], epoch: int | None) -> tuple[datetime, datetime]:
    """(created, modified): pinned by SOURCE_DATE_EPOCH, else from the articles' dates."""
    if epoch is not None:
        when = build_datetime(epoch)
        return when, when
    published = [d for a in articles if a.published and (d := _as_utc(a.published))]
    updated = [d for a in articles if a.updated and (d := _as_utc(a.updated))]
    if not published and not updated:
        now = build_datetime(None)
        return now, now
    created = min(published or updated)
    return created, max([*published, *updated])


def _set_core_properties(
    document: Document, articles: Sequence[Article], options: DocxOptions, epoch: int | None
) -> None:
    first = articles[0]
    props = document.core_properties
    if len(articles) == 1:
        title = first.title
        subject = first.subtitle or ""
        identifier = first.identifier
    else:
        title = clean_text(options.title, "title option") if options.title else ""
        title = title or _anthology_title(articles)
        subject = "; ".join(a.title for a in articles)
        identifier = ""
    authors = _unique(p.name for a in articles for p in a.authors)
    tags = _unique(t for a in articles for t in a.tags)
    urls = _unique(a.url or "" for a in articles)
    props.title = _core_text(title)
    props.author = _core_text("; ".join(authors))
    props.subject = _core_text(subject)
    props.keywords = _core_text(", ".join(tags))
    # The first tag is, for scraped news, the section the article was filed under.
    props.category = _core_text(tags[0] if tags else "")
    props.comments = _core_text(
        "Exported by syndicate" + (" from " + ", ".join(urls) if urls else "")
    )
    props.identifier = _core_text(identifier)
    props.language = _core_text(first.language)
    props.last_modified_by = "syndicate"
    props.content_status = ""
    props.version = ""
    props.revision = 1
    created, modified = _document_dates(articles, epoch)
    props.created = created
    props.modified = modified
    # A user's reference document may say when *it* was last printed; not ours to keep.
    element = props._element  # python-docx has no way to remove a property
    for printed in element.findall(qn("cp:lastPrinted")):
        element.remove(printed)


_STALE_APP_PROPERTIES = frozenset(
    {
        "Pages",
        "Words",
        "Characters",
        "CharactersWithSpaces",
        "Lines",
        "Paragraphs",
        "TotalTime",
        "HeadingPairs",
        "TitlesOfParts",
        "AppVersion",
        "DocSecurity",
    }
)
_THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"


def _finish_package(data: bytes, when: datetime | None) -> bytes:
    """Drop what describes the reference document instead of ours; pin times if asked.

    The reference's thumbnail shows *its* first page and ``docProps/app.xml``
    carries its page and word counts and the application that saved it.
    """
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        drop: set[str] = set()
        replaced: dict[str, bytes] = {}
        if "_rels/.rels" in source.namelist():
            rels = etree.fromstring(source.read("_rels/.rels"), parser)
            for rel in list(rels):
                if rel.get("Type") == _THUMBNAIL_REL:
                    drop.add(rel.get("Target", "").lstrip("/"))
                    rels.remove(rel)
            if drop:
                replaced["_rels/.rels"] = etree.tostring(
                    rels, xml_declaration=True, encoding="UTF-8", standalone=True
                )
        if "docProps/app.xml" in source.namelist():
            app = etree.fromstring(source.read("docProps/app.xml"), parser)
            application = None
            for child in list(app):
                local = etree.QName(child).localname
                if local in _STALE_APP_PROPERTIES:
                    app.remove(child)
                elif local == "Application":
                    application = child
            if application is None:
                application = etree.SubElement(app, etree.QName(app, "Application"))
            application.text = "syndicate"
            replaced["docProps/app.xml"] = etree.tostring(
                app, xml_declaration=True, encoding="UTF-8", standalone=True
            )
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                if info.filename in drop:
                    continue
                target.writestr(info, replaced.get(info.filename, source.read(info.filename)))
    result = out.getvalue()
    return normalize_zip(result, when) if when is not None else result
