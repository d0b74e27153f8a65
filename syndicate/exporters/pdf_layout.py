"""The story: articles turned into reportlab flowables, in reading order.

Every string from the model reaches a ``Paragraph`` through
:mod:`syndicate.exporters.pdf_markup` (escaped, links limited to http, https
and mailto), and every long text is cut into pieces of bounded size so layout
time stays linear. No table cell ever holds a plain string (reportlab would
neither wrap it nor use our embedded font); cells hold paragraphs.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from ..htmlbody import format_date
from ..images import ImageData
from ..model import Article, Figure, Heading, ListBlock, Paragraph, Quote, parse_iso_date
from .pdf_markup import CHUNK_CHARS, chunks, markup, plain
from .pdf_style import Styles

__all__ = ["ImageLoader", "build_story", "short_title"]

ImageLoader = Callable[[Figure, Article], "ImageData | None"]
"""Returns a figure's checked image, or None when it has none usable."""

_SHORT_TITLE = 70


def short_title(title: str, limit: int = _SHORT_TITLE) -> str:
    """The title cut at a word boundary to ``limit`` characters, for the running header."""
    text = " ".join(title.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + "…"


def _show_date(value: str, language: str) -> str:
    """A date for print: English words for English articles, else ``YYYY-MM-DD HH:MM``.

    Never the raw ISO string with its ``T``: readers of other languages get the
    unambiguous numeric day, spaced as people write it.
    """
    if language.lower().startswith("en"):
        return format_date(value, language)
    try:
        parsed = parse_iso_date(value)
    except ValueError:
        return value
    if not isinstance(parsed, datetime):
        return parsed.isoformat()
    text = f"{parsed:%Y-%m-%d %H:%M}"
    offset = parsed.strftime("%z")
    if offset:
        text += " UTC" if offset == "+0000" else f" {offset[:3]}:{offset[3:]}"
    return text


def _marker_class() -> type:
    """A zero-size flowable that records an outline entry where it is drawn.

    Defined lazily so that importing this module does not import reportlab.
    """
    from reportlab.platypus import Flowable

    class OutlineMarker(Flowable):
        """Bookmark + outline entry at this point; also sets the running header's title."""

        def __init__(self, key: str, title: str, level: int) -> None:
            super().__init__()
            self.key = key
            self.title = title
            self.level = level
            self.width = self.height = 0
            # Stay on the page of the heading that follows.
            self.keepWithNext = 1

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            canvas = self.canv
            canvas.bookmarkHorizontal(self.key, 0, 0)
            canvas.addOutlineEntry(self.title, self.key, level=self.level, closed=False)

    return OutlineMarker


def _next_article_class() -> type:
    """A zero-size flowable, just before an article's page break, that readies the header.

    The running header is drawn when a page begins, before any of its flowables,
    so the next article's title must be known by the end of the previous page.
    """
    from reportlab.platypus import Flowable

    class NextArticle(Flowable):
        def __init__(self, running: str) -> None:
            super().__init__()
            self.running = running
            self.width = self.height = 0

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.canv.syn_running_title = self.running

    return NextArticle


class _Builder:
    """Builds the flowables of one document."""

    def __init__(self, styles: Styles, frame_width: float, frame_height: float) -> None:
        from reportlab.platypus import Paragraph as RLParagraph

        self.styles = styles
        self.width = frame_width
        self.height = frame_height
        self.link_colour = styles.page.colours["link"]
        self.P = RLParagraph
        self.Marker = _marker_class()
        self.story: list[Any] = []
        self.outline_level = -1

    # -- helpers -----------------------------------------------------------

    def paras(self, text: str, style: Any, cont: Any | None = None, links: bool = True) -> list:
        """Paragraph(s) for ``text``: one, or several pieces when it is long."""
        pieces = chunks(text)
        render = (lambda t: markup(t, self.link_colour)) if links else plain
        if len(pieces) == 1:
            return [self.P(render(pieces[0]), style)]
        middle = cont if cont is not None else style
        return [
            self.P(render(piece), style if i == len(pieces) - 1 else middle)
            for i, piece in enumerate(pieces)
        ]

    def mark(self, key: str, title: str, level: int) -> None:
        # reportlab refuses an outline level more than one deeper than the previous entry.
        level = max(0, min(level, self.outline_level + 1))
        self.outline_level = level
        self.story.append(self.Marker(key, " ".join(title.split()) or "Untitled", level))

    # -- the document ------------------------------------------------------

    def article(self, index: int, article: Article, load: ImageLoader) -> None:
        st = self.styles
        self.outline_level = -1
        self.mark(f"a{index}", article.title, 0)
        self.story += self.paras(article.title, st.title, links=False)
        if article.subtitle:
            self.story += self.paras(article.subtitle, st.dek)
        self.story += self.byline(article)
        dates = self.dates(article)
        if dates:
            self.story.append(self.P(dates, st.dates))
        self.rule()
        for number, block in enumerate(article.blocks):
            if isinstance(block, Paragraph):
                self.story += self.paras(block.text, st.body, st.body_cont)
            elif isinstance(block, Heading):
                self.mark(f"a{index}s{number}", block.text, block.level - 1)
                self.story += self.paras(block.text, st.heading, links=False)
            elif isinstance(block, Figure):
                self.figure(block, load(block, article))
            elif isinstance(block, Quote):
                self.quote(block)
            elif isinstance(block, ListBlock):
                self.list(block)
        self.footer(article)

    def person_line(self, name: str, role: str | None, style: Any) -> list:
        """ "Name, Role" with the name in bold; plain pieces when it is too long for one."""
        text = f"{name}, {role}" if role else name
        if len(text) > CHUNK_CHARS:
            return self.paras(text, style, links=False)
        line = f"<b>{plain(name)}</b>"
        if role:
            line += f", {plain(role)}"
        return [self.P(line, style)]

    def byline(self, article: Article) -> list:
        """ "By A, Role and B": one paragraph, or plain pieces for an absurdly long byline."""
        people = article.authors
        if not people:
            return []
        names = [f"{p.name}, {p.role}" if p.role else p.name for p in people]
        text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        if len(text) > CHUNK_CHARS:
            return self.paras("By " + text, self.styles.byline, links=False)
        marked = []
        for person in people:
            piece = f"<b>{plain(person.name)}</b>"
            if person.role:
                piece += f", {plain(person.role)}"
            marked.append(piece)
        if len(marked) == 1:
            return [self.P("By " + marked[0], self.styles.byline)]
        return [self.P("By " + ", ".join(marked[:-1]) + " and " + marked[-1], self.styles.byline)]

    def dates(self, article: Article) -> str:
        parts = []
        if article.published:
            parts.append(plain(_show_date(article.published, article.language)))
        if article.updated:
            parts.append("Updated " + plain(_show_date(article.updated, article.language)))
        if article.publisher:
            parts.append(plain(article.publisher.name))
        return " · ".join(parts)

    def rule(self) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import HRFlowable

        self.story.append(
            HRFlowable(
                width="100%",
                thickness=0.6,
                color=HexColor(self.styles.page.colours["rule"]),
                spaceBefore=2,
                spaceAfter=10,
            )
        )

    def figure(self, figure: Figure, image: ImageData | None) -> None:
        from reportlab.platypus import Image, KeepTogether

        st = self.styles
        parts: list[Any] = []
        if image is not None:
            # Scale to the column, aspect kept, never taller than the style allows.
            width = self.width
            height = width * image.height / max(image.width, 1)
            limit = self.height * st.page.max_figure_fraction
            if height > limit:
                height = limit
                width = height * image.width / max(image.height, 1)
            flowable = Image(io.BytesIO(image.data), width=width, height=height, mask="auto")
            flowable.hAlign = "CENTER"
            parts.append(flowable)
            if figure.caption:
                parts += self.paras(figure.caption, st.caption)
        elif figure.caption:
            # No picture: the caption stands in a box of its own, so the reader sees a figure.
            parts += self.paras(figure.caption, st.figure_missing)
        if figure.credit:
            parts += self.paras(figure.credit, st.credit, links=False)
        elif parts:
            parts[-1].style = parts[-1].style.clone("syn-fig-end", spaceAfter=10)
        if parts:
            self.story.append(KeepTogether(parts))

    def cell_table(self, rows: list[list[Any]], commands: list[tuple]) -> Any:
        from reportlab.platypus import Table, TableStyle

        table = Table(rows, colWidths=[self.width], splitByRow=1)
        # Cells hold paragraphs, but reportlab still sets each cell's font, Helvetica
        # by default, which would put an unembedded standard-14 font in the file.
        font = ("FONTNAME", (0, 0), (-1, -1), self.styles.family.regular)
        table.setStyle(TableStyle([font, *commands]))
        return table

    def quote(self, quote: Quote) -> None:
        from reportlab.lib.colors import HexColor

        st = self.styles
        rows: list[list[Any]] = [[p] for p in self.paras(quote.text, st.quote)]
        if quote.attribution:
            rows += [[p] for p in self.paras("— " + quote.attribution, st.attribution)]
        accent = HexColor(st.page.colours["accent"])
        self.story.append(
            self.cell_table(
                rows,
                [
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, accent),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ],
            )
        )

    def list(self, block: ListBlock) -> None:
        from reportlab.platypus import KeepTogether

        st = self.styles
        items: list[Any] = []
        for number, item in enumerate(block.items, start=1):
            bullet = f"{number}." if block.ordered else "•"
            pieces = self.paras(item, st.list_item)
            pieces[0].bulletText = bullet
            items += pieces
        if not items:
            return
        items[-1].style = items[-1].style.clone("syn-list-end", spaceAfter=8)
        # A short list is not worth splitting over two pages; a long one flows freely.
        if len(items) <= 8 and sum(len(i) for i in block.items) < 1200:
            self.story.append(KeepTogether(items))
        else:
            self.story += items

    def footer(self, article: Article) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import KeepTogether

        st = self.styles
        closing: list[Any] = []
        if article.credit_line:
            closing += self.paras(article.credit_line, st.credit_line)
        people = [p for p in article.authors if p.bio or p.role]
        if people:
            rows: list[list[Any]] = [[self.P("About the author", st.about_heading)]]
            for person in people:
                rows += [[p] for p in self.person_line(person.name, person.role, st.about_name)]
                if person.bio:
                    rows += [[p] for p in self.paras(person.bio, st.about_bio)]
            colours = st.page.colours
            closing.append(
                self.cell_table(
                    rows,
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), HexColor(colours["box_background"])),
                        ("BOX", (0, 0), (-1, -1), 0.6, HexColor(colours["box_border"])),
                        ("LEFTPADDING", (0, 0), (-1, -1), 9),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                        ("TOPPADDING", (0, 0), (-1, -1), 1),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                        ("TOPPADDING", (0, 0), (-1, 0), 7),
                        ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                    ],
                )
            )
        # The credit line and the author box read as one closing unit; a short one is
        # not split over two pages (a long one, which could not fit, flows freely).
        size = len(article.credit_line or "") + sum(len(p.bio or "") + 80 for p in people)
        if closing and size < 1500:
            self.story.append(KeepTogether(closing))
        else:
            self.story += closing
        if article.rights:
            self.story += self.paras(article.rights, st.rights)
        if article.url:
            self.story += self.paras("Source: " + article.url, st.rights)


def build_story(
    articles: Sequence[Article],
    styles: Styles,
    frame_width: float,
    frame_height: float,
    load: ImageLoader,
) -> list[Any]:
    """The flowables of the whole document; each article after the first starts a new page."""
    from reportlab.platypus import PageBreak

    builder = _Builder(styles, frame_width, frame_height)
    next_article = _next_article_class()
    for index, article in enumerate(articles):
        if index:
            builder.story.append(next_article(short_title(article.title)))
            builder.story.append(PageBreak())
        builder.article(index, article, load)
    return builder.story
