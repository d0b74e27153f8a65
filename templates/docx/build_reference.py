"""Build ``templates/docx/reference.docx``, the default house style of DOCX exports.

Run by hand after changing the style specs, then commit the .docx:

    /work/venv/bin/python templates/docx/build_reference.py

It starts from python-docx's blank document, gives every style in
:data:`syndicate.exporters.docx_styles.STYLES` its specified look (adding the
ones python-docx's template lacks), sets the page (A4, 2.2 cm margins) with a
page number in the footer, and writes a reproducible file (fixed dates, fixed
zip entry times), so rebuilding without changes gives the same bytes.
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from syndicate.exporters.docx_package import finish_package
from syndicate.exporters.docx_styles import STYLES, apply_spec, ensure_styles

OUTPUT = Path(__file__).resolve().parent / "reference.docx"
FIXED = datetime(2025, 1, 1, tzinfo=UTC)
_TABLES_KEPT = frozenset({"TableNormal", "TableGrid"})


def _field_run(paragraph: docx.text.paragraph.Paragraph, tag: str, value: str) -> None:
    run = paragraph.add_run()
    element = OxmlElement(tag)
    if tag == "w:fldChar":
        element.set(qn("w:fldCharType"), value)
    else:
        element.set(qn("xml:space"), "preserve")
        element.text = value
    run._r.append(element)


def _page_number_footer(document: docx.document.Document) -> None:
    """A centred PAGE field in the footer: a header/footer the house style can replace."""
    footer = document.sections[0].footer
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.style = document.styles["Footer"]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field_run(paragraph, "w:fldChar", "begin")
    _field_run(paragraph, "w:instrText", " PAGE ")
    _field_run(paragraph, "w:fldChar", "separate")
    paragraph.add_run("1")
    _field_run(paragraph, "w:fldChar", "end")
    document.styles["Footer"].font.size = Pt(9)


def build() -> bytes:
    """The reference document's bytes."""
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    # stylesWithEffects.xml is a Word 2010 copy of the styles (438 kB) that every export
    # would carry and recompress; Word and LibreOffice read styles.xml.
    for rel in list(document.part.rels.values()):
        if rel.reltype.endswith("/stylesWithEffects"):
            document.part.drop_rel(rel.rId)
    # A hundred table styles (Light Shading … Colorful Grid) that articles never use:
    # Word offers them anyway, and each export would parse and recompress them.
    styles_element = document.styles.element
    for style in list(styles_element.iterchildren(qn("w:style"))):
        if style.get(qn("w:type")) == "table" and style.get(qn("w:styleId")) not in _TABLES_KEPT:
            styles_element.remove(style)
    styles = ensure_styles(document)
    for spec in STYLES:
        apply_spec(styles[spec.name], spec)
    # The Title of python-docx's template carries a blue rule and theme colour: plainer here.
    title_ppr = styles["Title"].element.pPr
    if title_ppr is not None:
        for border in title_ppr.findall(qn("w:pBdr")):
            title_ppr.remove(border)
    normal = document.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(11)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.2))
    _page_number_footer(document)
    props = document.core_properties
    props.title = "syndicate reference document"
    props.author = ""
    props.comments = "Styles for syndicate DOCX exports; body text is ignored."
    props.last_modified_by = "syndicate"
    props.keywords = ""
    props.subject = ""
    props.category = ""
    props.revision = 1
    props.created = FIXED
    props.modified = FIXED
    buffer = io.BytesIO()
    document.save(buffer)
    return finish_package(buffer.getvalue(), FIXED)


def main() -> int:
    """Write the reference document beside this script."""
    data = build()
    OUTPUT.write_bytes(data)
    print(f"wrote {OUTPUT} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
