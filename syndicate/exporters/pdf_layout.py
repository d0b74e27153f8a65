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
from typing import Any

from ..i18n import Interface
from ..i18n.scripts import is_rtl
from ..images import ImageData
from ..model import Article, Figure, Heading, ListBlock, Paragraph, Quote
from .pdf_lines import ScriptLines
from .pdf_markup import CHUNK_CHARS, chunks, markup, plain
from .pdf_scripts import ScriptFonts
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


class _Builder(ScriptLines):
    """Builds the flowables of one document."""

    def __init__(
        self,
        styles: Styles,
        frame_width: float,
        frame_height: float,
        fonts: ScriptFonts,
        ui_for: Callable[[Article], Interface],
    ) -> None:
        from reportlab.platypus import Paragraph as RLParagraph

        self.styles = styles
        self.fonts = fonts
        self.ui_for = ui_for
        self.ui: Interface  # set for each article before its first use
        self.rtl = False
        self._styled: dict[tuple[str, bool, bool, bool], Any] = {}
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
        style = self.styled(style, text)
        cont = self.styled(cont, text) if cont is not None else None
        if self.own_lines(text):
            return self.bidi_paras(pieces, style, cont)
        fonts = self.fonts
        render = (
            (lambda t: markup(t, self.link_colour, fonts)) if links else (lambda t: plain(t, fonts))
        )
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
        self.ui = self.ui_for(article)
        self.rtl = is_rtl(article.language)
        self.fonts.language = article.language.lower().replace("_", "-")
        self.outline_level = -1
        # The outline needs a title; an untitled article (no headline printed) shows none,
        # its first paragraph carries the sentence the outline shows.
        self.mark(f"a{index}", article.display_title, 0)
        if article.title.strip():
            self.story += self.paras(article.title, st.title, links=False)
        if article.subtitle:
            self.story += self.paras(article.subtitle, st.dek)
        self.story += self.byline(article)
        dates = self.dates(article)
        if dates:
            self.story += self.paras(dates, st.dates, links=False)
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
        if len(text) > CHUNK_CHARS or self.own_lines(text):
            return self.paras(text, style, links=False)
        line = f"<b>{plain(name, self.fonts)}</b>"
        if role:
            line += f", {plain(role, self.fonts)}"
        return [self.P(line, self.styled(style, text))]

    def byline(self, article: Article) -> list:
        """ "By A, Role and B" in the article's language: one paragraph, names in bold."""
        people = article.authors
        if not people:
            return []
        names = [f"{p.name}, {p.role}" if p.role else p.name for p in people]
        text = self.ui.by(names)
        if len(text) > CHUNK_CHARS or self.own_lines(text):
            return self.paras(text, self.styles.byline, links=False)
        # Each name stands in as a marker no article text holds, then is put back in bold.
        markers = [f"\x00{number}\x00" for number in range(len(people))]
        pieces = self.ui.by(markers).split("\x00")
        out = []
        for position, piece in enumerate(pieces):
            if position % 2 == 0:
                out.append(plain(piece, self.fonts))
                continue
            person = people[int(piece)]
            marked = f"<b>{plain(person.name, self.fonts)}</b>"
            if person.role:
                marked += f", {plain(person.role, self.fonts)}"
            out.append(marked)
        return [self.P("".join(out), self.styled(self.styles.byline, text))]

    def dates(self, article: Article) -> str:
        """The dateline's text: published, updated and publisher, in the article's language."""
        parts = []
        if article.published:
            parts.append(self.ui.date(article.published))
        if article.updated:
            updated = self.ui.date(article.updated)
            parts.append(self.ui.gettext("Updated {date}").format(date=updated))
        if article.publisher:
            parts.append(article.publisher.name)
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
            boxed = self.paras(figure.caption, st.figure_missing)
            if self.own_lines(figure.caption):
                parts.append(self.caption_box(boxed))
            else:
                parts += boxed
        if figure.credit:
            parts += self.paras(figure.credit, st.credit, links=False)
        elif parts and not isinstance(parts[-1], self.P):
            # A picture, or a boxed caption, with no words under it: only its own gap.
            parts[-1].spaceAfter = 10
        elif parts:
            parts[-1].style = parts[-1].style.clone("syn-fig-end", spaceAfter=10)
        if parts:
            self.story.append(KeepTogether(parts))

    def caption_box(self, lines: list[Any]) -> Any:
        """The box of a caption set line by line (right-to-left or shaped text), whose
        lines draw no border or background of their own: a table cell draws them."""
        style = self.styles.figure_missing
        pad = style.borderPadding
        table = self.cell_table(
            [[line] for line in lines],
            [
                ("BACKGROUND", (0, 0), (-1, -1), style.backColor),
                ("BOX", (0, 0), (-1, -1), style.borderWidth, style.borderColor),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),  # the style's indents keep the text in
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), pad),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
            ],
        )
        table.spaceBefore = style.spaceBefore
        table.spaceAfter = style.spaceAfter
        return table

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
        # The bar stands where lines begin: on the right of a right-to-left quote.
        bar = "LINEAFTER" if self.rtl else "LINEBEFORE"
        self.story.append(
            self.cell_table(
                rows,
                [
                    (bar, (0, 0), (0, -1), 2.5, accent),
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
            # items that carry their printed numbers are not numbered a second time
            pieces[0].bulletText = None if block.numbers_printed else bullet
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
            about = self.paras(self.ui.gettext("About the author"), st.about_heading, links=False)
            rows: list[list[Any]] = [[p] for p in about]
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
            source = self.ui.gettext("Source: {url}").format(url=article.url)
            self.story += self.paras(source, st.rights)


def build_story(
    articles: Sequence[Article],
    styles: Styles,
    frame_width: float,
    frame_height: float,
    load: ImageLoader,
    fonts: ScriptFonts,
    ui_for: Callable[[Article], Interface],
) -> list[Any]:
    """The flowables of the whole document; each article after the first starts a new page.

    ``fonts`` puts every run of text in a font that has its glyphs; ``ui_for`` gives
    the interface words of an article.
    """
    from reportlab.platypus import PageBreak

    builder = _Builder(styles, frame_width, frame_height, fonts, ui_for)
    next_article = _next_article_class()
    for index, article in enumerate(articles):
        if index:
            builder.story.append(next_article(short_title(article.display_title)))
            builder.story.append(PageBreak())
        builder.article(index, article, load)
    return builder.story
