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

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, BinaryIO, ClassVar

from ..errors import ExportFailed, UsageError
from ..model import Article, parse_iso_date
from .base import Exporter, ExportOptions

__all__ = ["PAGE_SIZES", "PdfExporter", "PdfOptions"]

PAGE_SIZES = ("A4", "Letter")
"""The page sizes ``--page-size`` accepts (case does not matter)."""

_TOTAL_FORM = "synPageTotal"


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


def _unique(values: Any) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        cleaned = " ".join(value.split())
        if cleaned:
            seen.setdefault(cleaned, None)
    return list(seen)


def _canvas_class(font: str, size: float, colour: str) -> type:
    """A canvas that writes the page total into a form every footer refers to.

    "Page x of y" needs y before the last page exists. Each footer draws a
    reference to a form XObject; the form itself, holding the total, is defined
    once at save time. One pass, and outline links stay correct (a canvas that
    defers whole pages would break them).
    """
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    class TotalPagesCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.syn_pages = 0
            self.syn_running_title = ""

        def showPage(self) -> None:
            self.syn_pages += 1
            super().showPage()

        def save(self) -> None:
            if len(self._code):
                self.showPage()
            self.beginForm(_TOTAL_FORM, 0, -size, size * 12, size * 2)
            self.setFont(font, size)
            self.setFillColor(HexColor(colour))
            self.drawString(0, 0, str(self.syn_pages))
            self.endForm()
            self.showOutline()
            super().save()

    return TotalPagesCanvas


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
        from .pdf_style import load_page_style, make_styles

        page_size = _page_size(options.page_size)
        family = resolve_family(options.font_family)
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
            first.title if len(articles) == 1 else f"{first.title} and {len(articles) - 1} more"
        )
        if len(articles) == 1:
            subject = first.subtitle or ""
        else:
            subject = "; ".join(_unique(a.title for a in articles))
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=page_size,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=title,
            author=", ".join(_unique(p.name for a in articles for p in a.authors)),
            subject=subject,
            keywords=", ".join(_unique(t for a in articles for t in a.tags)),
            creator="syndicate",
            producer=f"syndicate {_version()} (reportlab)",
            lang=first.language or "en",
            # Invariant mode: no clock time and a content-derived file id.
            invariant=1,
            # Never the standard-14 Helvetica, not even for the page's initial state.
            initialFontName=family.regular,
            initialFontSize=page.sizes["body"],
        )
        frame = Frame(
            left, bottom, frame_width, frame_height, id="body", leftPadding=0, rightPadding=0,
            topPadding=0, bottomPadding=0,
        )  # fmt: skip
        publisher = first.publisher.name if first.publisher and len(articles) == 1 else ""
        if len(articles) > 1 and options.title:
            publisher = short_title(options.title, 40)

        def decorate(canvas: Any, _doc: Any) -> None:
            self._decorate(canvas, page, family.regular, width, height, publisher)

        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=decorate)])
        story = build_story(
            articles,
            styles,
            frame_width,
            frame_height,
            lambda figure, article: load_image(figure, article, options),
        )
        created = _creation_date(articles, options)
        canvas_class = _canvas_class(
            family.regular, page.sizes["header_footer"], page.colours["muted"]
        )

        def make_canvas(*args: Any, **kwargs: Any) -> Any:
            canvas = canvas_class(*args, **kwargs)
            canvas.setDateFormatter(lambda *_: created)
            return canvas

        try:
            doc.build(story, canvasmaker=make_canvas)
        except LayoutError as exc:
            detail = " ".join(str(exc).split())[:160]
            raise ExportFailed(f"pdf: a block is too large to fit on a page ({detail})") from None
        return buffer.getvalue()

    @staticmethod
    def _decorate(
        canvas: Any,
        page: Any,
        font: str,
        width: float,
        height: float,
        right_text: str,
    ) -> None:
        """Running header (short title, publisher) and footer ("Page x of y")."""
        from reportlab.lib.colors import HexColor
        from reportlab.pdfbase.pdfmetrics import stringWidth

        top, right, bottom, left = page.margins
        size = page.sizes["header_footer"]
        muted = HexColor(page.colours["muted"])
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.setFillColor(muted)
        canvas.setStrokeColor(HexColor(page.colours["rule"]))
        canvas.setLineWidth(0.4)
        header_y = height - top + page.header_offset
        footer_y = bottom - page.footer_offset
        running = getattr(canvas, "syn_running_title", "")
        right_width = stringWidth(right_text, font, size) if right_text else 0
        room = width - left - right - right_width - 18
        canvas.drawString(left, header_y, _fit(running, font, size, room))
        if right_text:
            canvas.drawRightString(width - right, header_y, right_text)
        canvas.line(left, header_y - 4, width - right, header_y - 4)
        canvas.line(left, footer_y + size + 3, width - right, footer_y + size + 3)
        label = f"Page {canvas.getPageNumber()} of "
        canvas.drawString(left, footer_y, label)
        canvas.translate(left + stringWidth(label, font, size), footer_y)
        canvas.doForm(_TOTAL_FORM)
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
