"""The PDF exporter: print-quality pages with reportlab platypus.

One article, or several (each from a new page), laid out with an embedded
Unicode TrueType family (DejaVu Serif by default), a running header with the
short title, "Page x of y", an outline of every article and section, and full
document metadata. With ``SOURCE_DATE_EPOCH`` (or an article date) the bytes
are reproducible: reportlab's invariant mode plus fixed dates.

Module map: :mod:`.pdf_fonts` (font families), :mod:`.pdf_markup` (escaping and
long-text cutting), :mod:`.pdf_style` (the theme file and paragraph styles),
:mod:`.pdf_layout` (the flowables), this module (page templates, metadata,
the build).
"""

from __future__ import annotations

import functools
import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, BinaryIO, ClassVar

from ..errors import ExportFailed, UsageError
from ..model import Article, parse_iso_date
from .base import Exporter, ExportOptions, ExportWarning

__all__ = ["PAGE_SIZES", "PdfExporter", "PdfOptions"]

PAGE_SIZES = ("A4", "Letter")
"""The page sizes ``--page-size`` accepts (case does not matter)."""


@dataclass(frozen=True)
class PdfOptions(ExportOptions):
    """Options of the PDF exporter."""

    page_size: str = "A4"
    """``A4`` (210 x 297 mm) or ``Letter`` (8.5 x 11 in)."""
    font_family: str | None = None
    """``DejaVuSerif`` (default), ``DejaVuSans``, a folder of the family's ``.ttf`` files
    (regular, bold, italic, bold italic told apart by file name), or a family already
    registered with reportlab whose faces are TrueType."""


def _page_size(name: str) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, LETTER

    sizes = {"a4": A4, "letter": LETTER}
    try:
        return sizes[name.strip().lower()]
    except (KeyError, AttributeError):
        raise UsageError(
            f"--page-size must be one of {', '.join(PAGE_SIZES)}, got {name!r}"
        ) from None


def _pdf_date(value: datetime | date) -> str:
    """A PDF date string (``D:YYYYMMDDHHmmSS+HH'mm'``)."""
    if not isinstance(value, datetime):
        return f"D:{value:%Y%m%d}000000Z"
    text = f"D:{value:%Y%m%d%H%M%S}"
    offset = value.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return text + "Z"
    sign = "+" if minutes > 0 else "-"
    minutes = abs(minutes)
    return f"{text}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


def _creation_date(articles: Sequence[Article], options: ExportOptions) -> str:
    """The article date (the latest, for several), else the build time."""
    from ..reproducible import build_datetime

    dates: list[datetime | date] = []
    for article in articles:
        if article.published:
            try:
                dates.append(parse_iso_date(article.published))
            except ValueError:
                continue
    if dates:

        def sort_key(value: datetime | date) -> tuple[str, str]:
            # Compare calendar-wise; aware and naive values cannot be ordered directly.
            return (value.isoformat()[:10], value.isoformat())

        return _pdf_date(max(dates, key=sort_key))
    return _pdf_date(build_datetime(options.effective_epoch()))


@functools.cache
def _info_string_class() -> type:
    """A document-information string always written as UTF-16 with a byte-order mark.

    reportlab writes text that fits PDFDocEncoding as single bytes, including
    characters that encoding leaves undefined (soft hyphen U+00AD, DEL); readers
    such as pypdf then decode the bytes as something else entirely ("a\u00adb"
    came back as "a璪"). UTF-16 is unambiguous for every reader.
    """
    from reportlab.pdfbase.pdfdoc import PDFString

    class InfoString(PDFString):
        def __init__(self, text: str) -> None:
            super().__init__(text, enc="utf_16_be")

        def __str__(self) -> str:
            # reportlab digests the info strings into the file /ID: keep that deterministic.
            return self.s

    return InfoString


def _unique(values: Any) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        cleaned = " ".join(value.split())
        if cleaned:
            seen.setdefault(cleaned, None)
    return list(seen)


class PdfExporter(Exporter):
    """Articles as a paginated PDF with embedded fonts, outline and metadata."""

    name: ClassVar[str] = "pdf"
    extension: ClassVar[str] = "pdf"
    media_type: ClassVar[str] = "application/pdf"
    description: ClassVar[str] = "PDF for print and reading (A4 or Letter, embedded fonts)"
    options_class: ClassVar[type[ExportOptions]] = PdfOptions

    def write(self, articles: Sequence[Article], stream: BinaryIO, options: ExportOptions) -> None:
        """Render ``articles`` as one PDF to ``stream`` (each article from a new page)."""
        if not articles:
            raise UsageError("nothing to export: no articles given")
        opts = options if isinstance(options, PdfOptions) else PdfOptions(**_common(options))
        stream.write(self.render(list(articles), opts))

    def render(self, articles: list[Article], options: PdfOptions) -> bytes:
        """The PDF's bytes."""
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
        from reportlab.platypus.doctemplate import LayoutError

        from ..images import load_image
        from .pdf_fonts import resolve_family
        from .pdf_layout import build_story, short_title
        from .pdf_scripts import ScriptFonts
        from .pdf_style import load_page_style, make_styles

        page_size = _page_size(options.page_size)
        family = resolve_family(options.font_family)
        fonts = ScriptFonts(family, articles[0].language)
        ui = options.ui(articles[0])
        page = load_page_style(options.template_dir)
        styles = make_styles(page, family)
        top, right, bottom, left = page.margins
        width, height = page_size
        frame_width = width - left - right
        frame_height = height - top - bottom
        if frame_width < 72 or frame_height < 72:
            raise UsageError("PDF style: the margins leave less than an inch for the text")

        first = articles[0]
        title = options.title or (
            first.display_title
            if len(articles) == 1
            else ui.gettext("{title} and {count} more").format(
                title=first.display_title, count=len(articles) - 1
            )
        )
        if len(articles) == 1:
            subject = first.subtitle or ""
        else:
            subject = "; ".join(_unique(a.display_title for a in articles))
        info_text = _info_string_class()
        meta = {
            "title": info_text(title),
            "author": info_text(", ".join(_unique(p.name for a in articles for p in a.authors))),
            "subject": info_text(subject),
            "keywords": info_text(", ".join(_unique(t for a in articles for t in a.tags))),
            "creator": "syndicate",
            "producer": f"syndicate {_version()} (reportlab)",
            "lang": first.language or "en",
        }
        created = _creation_date(articles, options)
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=page_size,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            # Invariant mode: no clock time and a content-derived file id.
            invariant=1,
            # Never the standard-14 Helvetica, not even for the page's initial state.
            initialFontName=family.regular,
            initialFontSize=page.sizes["body"],
            **meta,
        )
        frame = Frame(
            left, bottom, frame_width, frame_height, id="body", leftPadding=0,
            rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        decor = _Decorations(page, family.regular, page_size, fonts, ui)
        # The footer is not drawn when a page ends: the canvas draws it when saving,
        # once the page total is known (see _canvas_class).
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decor.header)])
        story = build_story(
            articles,
            styles,
            frame_width,
            frame_height,
            lambda f, a: load_image(f, a, options),
            fonts,
            options.ui,
        )
        canvas_class = _canvas_class()

        def make_canvas(*args: Any, **kwargs: Any) -> Any:
            canvas = canvas_class(*args, footer=decor.footer, **kwargs)
            canvas.setDateFormatter(lambda *_: created)
            canvas.showOutline()
            canvas.syn_running_title = short_title(first.display_title)
            return canvas

        try:
            doc.build(story, canvasmaker=make_canvas)
        except LayoutError as exc:
            detail = " ".join(str(exc).split())[:160]
            raise ExportFailed(f"pdf: a block is too large to fit on a page ({detail})") from None
        report = fonts.missing_report()
        if report:
            warnings.warn(report, ExportWarning, stacklevel=2)
        return buffer.getvalue()


@functools.cache
def _canvas_class() -> type:
    """A canvas that holds finished pages back until ``save()`` to write "Page x of y".

    "Page x of y" needs y before the last page exists. Laying the document out
    twice (once to count) doubled the cost of every PDF; a form XObject for the
    total would put it on a line of its own in extracted text. Instead each
    finished page's drawing state is kept, and ``save()`` replays the pages in
    order, drawing each footer last (exactly where a footer drawn at page end
    would be) before handing the page to the document.

    Outline entries and link targets name their page as "Page<n>" from the
    document's page counter when they are drawn; the counter is advanced for
    every held page as if it had been written, so they point at the right page,
    and rewound before the replay, which names the pages "Page1", "Page2", ….
    Defined lazily so that importing this module does not import reportlab.
    """
    from reportlab.pdfgen.canvas import Canvas

    class DeferredCanvas(Canvas):
        def __init__(self, *args: Any, footer: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._syn_footer = footer
            self._syn_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's method name
            # A shallow copy suffices: starting a page replaces the per-page lists
            # (content, annotations, forms in use) rather than emptying them.
            self._syn_pages.append(dict(self.__dict__))
            self._doc.pageCounter += 1
            self._startPage()

        def save(self) -> None:
            if len(self._code):
                self.showPage()
            pages, self._syn_pages = self._syn_pages, []
            self._doc.pageCounter -= len(pages)
            for state in pages:
                self.__dict__.update(state)
                self._syn_footer(self, len(pages))
                Canvas.showPage(self)
            super().save()

    return DeferredCanvas


class _Decorations:
    """Running header (the short title) and footer ("Page x of y", in the document's language).

    The header is drawn when a page begins and the footer when it ends, each as
    one line, so text extraction reads them as the first and the last line of
    every page, where a read-back (``syndicate verify``) can recognise and drop
    them as recurring lines instead of finding them inside a paragraph. Text that
    the base family cannot show (another script) is drawn as a one-line paragraph
    in the fonts that cover it, mirrored for a right-to-left language.
    """

    def __init__(
        self, page: Any, font: str, page_size: tuple[float, float], fonts: Any, ui: Any
    ) -> None:
        self.page = page
        self.font = font
        self.width, self.height = page_size
        self.fonts = fonts
        self.ui = ui
        self.rtl = ui.direction == "rtl"

    def _start(self, canvas: Any) -> None:
        from reportlab.lib.colors import HexColor

        canvas.saveState()
        canvas.setFont(self.font, self.page.sizes["header_footer"])
        canvas.setFillColor(HexColor(self.page.colours["muted"]))
        canvas.setStrokeColor(HexColor(self.page.colours["rule"]))
        canvas.setLineWidth(0.4)

    def _line(self, canvas: Any, text: str, y: float, end: bool) -> None:
        """Draw one line at baseline ``y``: at the start edge of the text block, or its end."""
        _top, right, _bottom, left = self.page.margins
        if not end and not self.rtl and text.isascii():
            canvas.drawString(left, y, text)
            return
        if end and not self.rtl and text.isascii():
            canvas.drawRightString(self.width - right, y, text)
            return
        from reportlab.lib.enums import TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        from .pdf_bidi import bidi_line_class

        size = self.page.sizes["header_footer"]
        style = ParagraphStyle(
            "syn-running",
            fontName=self.font,
            fontSize=size,
            leading=size * 1.25,
            textColor=canvas._fillColorObj,
            alignment=TA_RIGHT if end != self.rtl else TA_LEFT,
        )
        line = bidi_line_class()(text.split(), style, self.fonts, self.rtl)
        _w, height = line.wrap(self.width - left - right, size * 3)
        line.drawOn(canvas, left, y - (height - size))

    def header(self, canvas: Any, _doc: Any) -> None:
        """Draw the running header: the current article's short title and a rule."""
        top, right, _bottom, left = self.page.margins
        size = self.page.sizes["header_footer"]
        y = self.height - top + self.page.header_offset
        self._start(canvas)
        running = getattr(canvas, "syn_running_title", "")
        self._line(canvas, _fit(running, self.font, size, self.width - left - right), y, False)
        canvas.line(left, y - 4, self.width - right, y - 4)
        canvas.restoreState()

    def footer(self, canvas: Any, total: int) -> None:
        """Draw "Page x of y"; y is the document's number of pages."""
        _top, right, bottom, left = self.page.margins
        size = self.page.sizes["header_footer"]
        y = bottom - self.page.footer_offset
        self._start(canvas)
        canvas.line(left, y + size + 3, self.width - right, y + size + 3)
        text = self.ui.gettext("Page {page} of {total}")
        self._line(canvas, text.format(page=canvas.getPageNumber(), total=total), y, True)
        canvas.restoreState()


def _fit(text: str, font: str, size: float, room: float) -> str:
    """``text`` shortened with an ellipsis to fit ``room`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= room:
        return text
    words = text.split()
    while words and stringWidth(" ".join(words) + "…", font, size) > room:
        words.pop()
    return " ".join(words) + "…" if words else ""


def _common(options: ExportOptions) -> dict[str, Any]:
    from dataclasses import fields

    return {f.name: getattr(options, f.name) for f in fields(ExportOptions)}


def _version() -> str:
    from .. import __version__

    return __version__
