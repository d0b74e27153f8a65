"""The Word styles the DOCX exporter writes with, and how to supply any a document lacks.

Editors restyle a Word file through its styles, so the exporter never formats
text directly: every paragraph and run names a style from :data:`STYLES`. The
default reference document (``templates/docx/reference.docx``, built by
``templates/docx/build_reference.py``) defines them all with the house look; a
user's reference document (``--reference-docx``) keeps its own definitions and
only gains, from these specs, the styles it does not define.

This module imports python-docx, so only the DOCX exporter imports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.shared import Pt, RGBColor
from docx.styles import BabelFish
from docx.styles.style import BaseStyle, StyleFactory

if TYPE_CHECKING:
    from docx.document import Document

__all__ = [
    "STYLES",
    "StyleSpec",
    "apply_spec",
    "ensure_numbering",
    "ensure_styles",
    "heading_style",
    "style_elements",
    "style_numbering_id",
]


@dataclass(frozen=True)
class StyleSpec:
    """How one style looks when syndicate has to define it."""

    name: str
    """The style's name as Word shows it (built-in names like "Heading 2" included)."""
    kind: str = "paragraph"
    """``"paragraph"`` or ``"character"``."""
    base: str | None = "Normal"
    """The style it inherits from (ignored when the document lacks that one too)."""
    size: float | None = None
    """Font size in points; None inherits."""
    bold: bool | None = None
    italic: bool | None = None
    color: str | None = None
    """Font colour as six hex digits, e.g. ``"595959"``."""
    underline: bool | None = None
    align: str | None = None
    """``"left"``, ``"center"``, ``"right"`` or None to inherit."""
    space_before: float | None = None
    """Points above the paragraph."""
    space_after: float | None = None
    """Points below the paragraph."""
    left_indent: float | None = None
    """Points of left indentation."""
    keep_with_next: bool | None = None
    """Keep on the same page as the next paragraph (headings, pictures before captions)."""
    next_style: str | None = None
    """The style Word switches to after Enter."""
    outline_level: int | None = None
    """0-based outline level for headings (Word's navigation pane and TOC); None for body."""
    numbering: str | None = None
    """``"bullet"`` or ``"decimal"`` for list styles."""


_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}

GREY = "595959"

STYLES: tuple[StyleSpec, ...] = (
    StyleSpec("Title", size=26, bold=True, color="1F1F1F", space_after=6, next_style="Subtitle"),
    StyleSpec("Subtitle", size=13, italic=True, color="404040", space_after=10),
    StyleSpec("Byline", size=10.5, bold=True, space_after=0, keep_with_next=True),
    StyleSpec("Dateline", size=9, color=GREY, space_after=14),
    *(
        StyleSpec(
            f"Heading {level}",
            size={2: 16, 3: 13.5, 4: 12, 5: 11, 6: 11}[level],
            bold=True,
            italic=level >= 5,
            color="1F1F1F",
            space_before=14,
            space_after=4,
            keep_with_next=True,
            next_style="Body Text",
            outline_level=level - 1,
        )
        for level in range(2, 7)
    ),
    StyleSpec("Body Text", size=11, space_after=8),
    StyleSpec("Quote", size=12, italic=True, left_indent=28, space_before=6, space_after=2),
    StyleSpec(
        "Quote Attribution", size=10, color=GREY, left_indent=28, space_after=10, align="right"
    ),
    StyleSpec("Figure", align="center", space_before=6, space_after=2, keep_with_next=True),
    StyleSpec("Caption", size=9, italic=False, bold=False, color="262626", space_after=12),
    StyleSpec("Credit", kind="character", base=None, size=8, color=GREY),
    StyleSpec("Credit Line", size=10, italic=True, space_before=14, space_after=6),
    StyleSpec("About Heading", size=11, bold=True, space_before=16, keep_with_next=True),
    StyleSpec("About Author", size=10, space_after=0, keep_with_next=True),
    StyleSpec("Author Name", kind="character", base=None, bold=True),
    StyleSpec("Author Role", kind="character", base=None, italic=True),
    StyleSpec("Author Bio", size=10, space_after=8),
    StyleSpec("Rights", size=8, color=GREY, space_before=12),
    StyleSpec("List Bullet", base="Body Text", space_after=2, numbering="bullet"),
    StyleSpec("List Number", base="Body Text", space_after=2, numbering="decimal"),
    StyleSpec("Hyperlink", kind="character", base=None, color="0563C1", underline=True),
    StyleSpec("Anthology Title", size=28, bold=True, space_after=18),
    StyleSpec("TOC Heading", size=14, bold=True, space_after=8),
    StyleSpec("TOC 1", size=11, bold=True, space_before=6, space_after=2),
    StyleSpec("TOC 2", size=10, left_indent=18, space_after=2),
)
"""Every style the exporter uses, with the look it gets when syndicate defines it."""


def heading_style(level: int) -> str:
    """The Word style of a section heading: levels 2-6 map to "Heading 2".."Heading 6"."""
    return f"Heading {min(6, max(2, level))}"


def style_elements(document: Document) -> dict[str, Any]:
    """Every ``w:style`` element of the document by case-folded display name.

    Word's own files name built-ins in lower case ("heading 2", "caption"),
    LibreOffice's in title case ("Caption"); python-docx only finds the first
    kind by name and falls back to a deprecated style-id lookup for the other.
    Read from the XML: wrapping each of a template's styles in a python-docx
    object took half the time of opening the reference.
    """
    found: dict[str, Any] = {}
    for element in document.styles.element.iterchildren(qn("w:style")):
        name = element.find(qn("w:name"))
        value = name.get(qn("w:val")) if name is not None else None
        if value:
            found.setdefault(BabelFish.internal2ui(value).casefold(), element)
    return found


def apply_spec(style: BaseStyle, spec: StyleSpec) -> None:
    """Give ``style`` the look of ``spec`` (only the properties the spec sets)."""
    font = style.font  # type: ignore[attr-defined]
    if spec.size is not None:
        font.size = Pt(spec.size)
    if spec.bold is not None:
        font.bold = spec.bold
    if spec.italic is not None:
        font.italic = spec.italic
    if spec.underline is not None:
        font.underline = spec.underline
    if spec.color is not None:
        font.color.rgb = RGBColor.from_string(spec.color)
    if spec.kind != "paragraph":
        return
    fmt = style.paragraph_format  # type: ignore[attr-defined]
    if spec.align is not None:
        fmt.alignment = _ALIGN[spec.align]
    if spec.space_before is not None:
        fmt.space_before = Pt(spec.space_before)
    if spec.space_after is not None:
        fmt.space_after = Pt(spec.space_after)
    if spec.left_indent is not None:
        fmt.left_indent = Pt(spec.left_indent)
    if spec.keep_with_next is not None:
        fmt.keep_with_next = spec.keep_with_next
    if spec.outline_level is not None:
        # python-docx has no public outline-level setter; its oxml keeps schema order.
        style.element.get_or_add_pPr().get_or_add_outlineLvl().val = spec.outline_level


def ensure_styles(document: Document) -> dict[str, BaseStyle]:
    """Add every style of :data:`STYLES` the document lacks; return them all by spec name.

    Styles the document already defines are left exactly as they are: they are
    the user's house style.
    """
    existing = style_elements(document)
    styles: dict[str, BaseStyle] = {}
    added = []
    for spec in STYLES:
        key = spec.name.casefold()
        if key in existing:
            styles[spec.name] = StyleFactory(existing[key])
            continue
        kind = WD_STYLE_TYPE.PARAGRAPH if spec.kind == "paragraph" else WD_STYLE_TYPE.CHARACTER
        style = document.styles.add_style(spec.name, kind, builtin=spec.name in _WORD_BUILTINS)
        base = None
        if spec.base:
            base_element = existing.get(spec.base.casefold())
            base = styles.get(spec.base) or (
                StyleFactory(base_element) if base_element is not None else None
            )
        if base is not None and base.type == style.type:
            style.base_style = base
        apply_spec(style, spec)
        # Custom styles show in Word's quick-style gallery, so editors find them.
        style.quick_style = True
        styles[spec.name] = style
        added.append(spec)
    for spec in added:
        if spec.next_style and spec.next_style in styles:
            styles[spec.name].next_paragraph_style = styles[spec.next_style]
        if spec.numbering:
            num_id = ensure_numbering(document).new_list(spec.numbering)
            _set_style_numbering(styles[spec.name], num_id)
    return styles


# Names Word knows as built-in styles (others are custom ones we invent).
_WORD_BUILTINS = frozenset(
    {"Title", "Subtitle", "Body Text", "Quote", "Caption", "List Bullet", "List Number"}
    | {f"Heading {n}" for n in range(1, 10)}
    | {"Hyperlink", "TOC Heading", "TOC 1", "TOC 2"}
)


def _set_style_numbering(style: BaseStyle, num_id: int) -> None:
    # The oxml accessors insert numPr at its schema position (Word rejects misordered pPr).
    style.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num_id


_EMPTY_NUMBERING = f"<w:numbering {nsdecls('w')}/>"


class Numbering:
    """The document's numbering part: list definitions and per-list restarts."""

    def __init__(self, element: object) -> None:
        self._numbering = element

    def _next_id(self, tag: str, attr: str) -> int:
        ids = [int(el.get(qn(attr))) for el in self._numbering.findall(qn(tag))]  # type: ignore[attr-defined]
        return max(ids, default=0) + 1

    def new_list(self, kind: str) -> int:
        """Define a fresh bullet or decimal list; return its ``numId``."""
        abstract_id = self._next_id("w:abstractNum", "w:abstractNumId")
        levels = []
        for ilvl in range(9):
            indent = 360 * (ilvl + 1)
            if kind == "bullet":
                fmt, text = "bullet", "•" if ilvl % 2 == 0 else "◦"
            else:
                fmt, text = "decimal", f"%{ilvl + 1}."
            levels.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>'
            )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>'
        )
        # Schema order: every abstractNum comes before the first num.
        first_num = self._numbering.find(qn("w:num"))  # type: ignore[attr-defined]
        if first_num is None:
            self._numbering.append(abstract)  # type: ignore[attr-defined]
        else:
            first_num.addprevious(abstract)
        return self._add_num(abstract_id, restart=False)

    def restart(self, num_id: int) -> int:
        """A new ``numId`` continuing ``num_id``'s list definition but counting from 1."""
        for num in self._numbering.findall(qn("w:num")):  # type: ignore[attr-defined]
            if num.get(qn("w:numId")) == str(num_id):
                abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
                return self._add_num(int(abstract), restart=True)
        return num_id

    def _add_num(self, abstract_id: int, restart: bool) -> int:
        num_id = self._next_id("w:num", "w:numId")
        override = (
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            if restart
            else ""
        )
        self._numbering.append(  # type: ignore[attr-defined]
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
            )
        )
        return num_id


def ensure_numbering(document: Document) -> Numbering:
    """The document's numbering definitions, creating the numbering part when missing.

    python-docx cannot create a numbering part itself (``NumberingPart.new`` is
    not implemented), and a reference document saved without lists has none.
    """
    doc_part = document.part
    for rel in doc_part.rels.values():
        if rel.reltype == RT.NUMBERING and not rel.is_external:
            return Numbering(rel.target_part.element)
    part = NumberingPart.load(
        PackURI("/word/numbering.xml"),
        CT.WML_NUMBERING,
        _EMPTY_NUMBERING.encode("utf-8"),
        doc_part.package,
    )
    doc_part.relate_to(part, RT.NUMBERING)
    return Numbering(part.element)


def style_numbering_id(style: BaseStyle) -> int | None:
    """The ``numId`` a list style points at, or None when it has no numbering."""
    ppr = style.element.pPr
    if ppr is None:
        return None
    num_id = ppr.find(qn("w:numPr") + "/" + qn("w:numId"))
    if num_id is None:
        return None
    try:
        return int(num_id.get(qn("w:val")))
    except (TypeError, ValueError):
        return None
