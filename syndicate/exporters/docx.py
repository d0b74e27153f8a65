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
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any, BinaryIO, ClassVar

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import oxml_parser
from docx.shared import Emu, Inches
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from ..errors import ExportFailed, UsageError
from ..htmlbody import NO_ALT_TEXT
from ..images import load_image
from ..links import is_safe_url, split_links
from ..model import Article, Figure, Heading, ListBlock, Paragraph, Quote
from ..reproducible import build_datetime
from ..textclean import clean_text
from .base import Exporter, ExportOptions, ExportWarning
from .docx_lang import mark_article, set_document_language
from .docx_package import anthology_title, base_document, save_package, set_core_properties
from .docx_styles import ensure_numbering, heading_style, style_numbering_id

__all__ = ["DocxExporter", "DocxOptions"]

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
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
        document, styles = _base_document(opts, articles[0].language)
        when = build_datetime(epoch) if epoch is not None else None
        try:
            writer = _DocxWriter(document, styles, opts)
            writer.write(articles)
            set_core_properties(document, articles, opts.title, epoch, opts.ui(articles[0]))
            buffer = io.BytesIO()
            save_package(document, buffer, when)
        except (ValueError, UnicodeError) as exc:
            # python-docx's "All strings must be XML compatible" and friends: the model
            # cleans its text, so reaching here means a bug, reported without a traceback.
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
            raise ExportFailed(f"docx: {first_line}") from None
        stream.write(buffer.getvalue())


def _base_document(
    options: DocxOptions, language: str | None = None
) -> tuple[Document, dict[str, BaseStyle]]:
    # One seam for the whole reference step (benchmarks/profile_exporters.py patches it).
    # ``language``: the document's (the first article's, which _DocxWriter.write sets).
    return base_document(options.reference_docx, options.template_dir, language)


def _as_docx_options(options: ExportOptions) -> DocxOptions:
    if isinstance(options, DocxOptions):
        return options
    values = {f.name: getattr(options, f.name) for f in fields(options)}
    return DocxOptions(**values)


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
        self.ui = options.ui()
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
        language = articles[0].language
        set_document_language(self.doc, language)
        several = len(articles) > 1
        if several:
            self._contents(articles)
        body = self.doc.element.body
        for index, article in enumerate(articles):
            known = set(body)
            self.ui = self.options.ui(article)
            self._article(article, index, new_page=several)
            added = [el for el in body if el not in known and el.tag == qn("w:p")]
            mark_article(added, article.language, language)

    def _contents(self, articles: Sequence[Article]) -> None:
        title = self.options.title
        ui = self.options.ui(articles[0])
        title = clean_text(title, "title option") if title else anthology_title(articles, ui)
        self._paragraph("Anthology Title", title, links=False)
        self._paragraph("TOC Heading", ui.gettext("Contents"), links=False)
        entries: list[tuple[str, str, str]] = []
        for index, article in enumerate(articles):
            entries.append(("TOC 1", article.display_title, _anchor(index)))
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
        if article.title.strip():
            title = self._paragraph("Title", article.title, links=False)
            if new_page:
                title.paragraph_format.page_break_before = True
            self._bookmark(title, _anchor(index))
        else:
            # An untitled article (its source printed no headline) shows none: its first
            # paragraph carries the sentence the contents and core properties show.
            body = self.doc.element.body
            known = set(body)
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
        if not article.title.strip():
            first = next((el for el in body if el not in known and el.tag == _W_P), None)
            if first is None:  # nothing at all to show: an empty paragraph holds the anchor
                opening = self._new("Body Text")
            else:
                opening = DocxParagraph(first, self.doc._body)
            if new_page:
                opening.paragraph_format.page_break_before = True
            self._bookmark(opening, _anchor(index))

    # -- header and footer --

    def _byline(self, article: Article) -> None:
        if not article.authors:
            return
        paragraph = self._new("Byline")
        # The byline's words come from the interface; each name keeps its own styled run.
        # Names are stood in for by markers no article text contains, then cut out again.
        markers = [f"\x00{number}\x00" for number in range(len(article.authors))]
        pieces = self.ui.by(markers).split("\x00")
        for position, piece in enumerate(pieces):
            if position % 2 == 0:
                if piece:
                    _add_run(paragraph, piece)
                continue
            person = article.authors[int(piece)]
            self._run(paragraph, person.name, "Author Name")
            if person.role:
                _add_run(paragraph, ", ")
                self._run(paragraph, person.role, "Author Role")

    def _dateline(self, article: Article) -> None:
        parts = []
        if article.published:
            parts.append(self.ui.date(article.published))
        if article.updated:
            updated = self.ui.date(article.updated)
            parts.append(self.ui.gettext("Updated {date}").format(date=updated))
        if parts:
            self._paragraph("Dateline", " · ".join(parts), links=False)

    def _footer(self, article: Article) -> None:
        if article.credit_line:
            self._paragraph("Credit Line", article.credit_line)
        people = [p for p in article.authors if p.bio or p.role]
        if people:
            self._paragraph("About Heading", self.ui.gettext("About the author"), links=False)
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
                    doc_pr.set("descr", figure.alt or self.ui.gettext(NO_ALT_TEXT))
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
        if block.numbers_printed:
            # items that carry their printed numbers are not numbered a second time:
            # numbering id 0 switches the style's numbering off for the paragraph
            restart = 0
        elif block.ordered:
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
        # Built as python-docx builds it (the same elements, the same namespace map), without
        # its generic child-insertion machinery: a DOCX export makes ~30 paragraphs an article.
        p = oxml_parser.makeelement(_W_P, nsmap=_W_NSMAP)
        properties = oxml_parser.makeelement(_W_PPR, nsmap=_W_NSMAP)
        p.append(properties)
        p_style = oxml_parser.makeelement(_W_PSTYLE, nsmap=_W_NSMAP)
        properties.append(p_style)
        p_style.set(_W_VAL, self.styles[style].style_id)
        body = self.doc.element.body
        last = body[-1] if len(body) else None
        if last is not None and last.tag == _W_SECTPR:
            last.addprevious(p)  # the body's section properties stay its last child
        else:
            body._insert_p(p)
        return DocxParagraph(p, self.doc._body)

    def _run(self, paragraph: DocxParagraph, text: str, style: str) -> None:
        run = _add_run(paragraph, text)
        _set_new_run_style(run._r, self.styles[style].style_id)

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
        _set_new_run_style(run._r, self.styles[style].style_id)
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


_W_NSMAP = {"w": nsmap["w"]}
_W_P, _W_PPR, _W_PSTYLE, _W_VAL = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_W_SECTPR, _W_RPR, _W_RSTYLE = qn("w:sectPr"), qn("w:rPr"), qn("w:rStyle")
_W_R, _W_T, _XML_SPACE = qn("w:r"), qn("w:t"), qn("xml:space")


def _set_new_paragraph_style(p: Any, style_id: str) -> None:
    """``p.style = style_id`` for a paragraph just added, without python-docx's search.

    Its setter looks for each of the ~35 elements a ``w:pPr`` may hold after a ``w:pStyle``
    before inserting one (a fifth of a DOCX export's time); a new paragraph's ``w:pPr`` holds
    none of them, so the ``w:pStyle`` is simply its first child: the same XML.
    """
    properties = p.get_or_add_pPr()
    if len(properties):
        properties.style = style_id
        return
    element = properties._new_pStyle()
    properties.append(element)
    element.val = style_id


def _set_new_run_style(r: Any, style_id: str) -> None:
    """``r.style = style_id`` for a run just added, without python-docx's search.

    As for a paragraph: a new run has no ``w:rPr``, so the ``w:rStyle`` is the only child
    of one inserted first in the run (where python-docx's ``_insert_rPr`` puts it).
    """
    if r.rPr is not None:
        r.style = style_id
        return
    properties = oxml_parser.makeelement(_W_RPR, nsmap=_W_NSMAP)
    r.insert(0, properties)
    r_style = oxml_parser.makeelement(_W_RSTYLE, nsmap=_W_NSMAP)
    properties.append(r_style)
    r_style.set(_W_VAL, style_id)


def _add_run(paragraph: DocxParagraph, text: str) -> Run:
    """A run holding ``text``; line breaks and tabs become ``w:br`` / ``w:tab``."""
    if "\n" in text or "\t" in text or "\r" in text:
        run = paragraph.add_run()
        run.text = text
        return run
    # Built as python-docx's ``add_run`` and ``CT_R.add_t`` build it (a ``w:r`` appended
    # to the paragraph, then one ``w:t`` with its text, ``xml:space`` kept when the text has
    # space at an end), without its generic child creation and insertion: ~40 runs an
    # article. python-docx's text setter walks the string a character at a time (a third
    # of the export time for long articles); plain text needs only one w:t.
    r = oxml_parser.makeelement(_W_R, nsmap=_W_NSMAP)
    paragraph._p.append(r)
    if text:
        t = oxml_parser.makeelement(_W_T, nsmap=_W_NSMAP)
        t.text = text
        r.append(t)
        if len(text.strip()) < len(text):
            t.set(_XML_SPACE, "preserve")
    return Run(r, paragraph)


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
