"""Round 17 (speed4): per-article DOCX work done once per process, same output."""

from __future__ import annotations

from lxml import etree

from syndicate.exporters.docx import DocxOptions, _DocxWriter
from syndicate.exporters.docx_package import base_document


def test_a_new_paragraph_is_the_xml_python_docx_builds() -> None:
    fast_doc, fast_styles = base_document(None, None)
    slow_doc, slow_styles = base_document(None, None)
    writer = _DocxWriter(fast_doc, fast_styles, DocxOptions())
    for name in ("Body Text", "Title", "Caption"):
        writer._new(name).add_run("A ferry timetable for the winter months.")
        paragraph = slow_doc.add_paragraph()
        paragraph._p.get_or_add_pPr().style = slow_styles[name].style_id
        paragraph.add_run("A ferry timetable for the winter months.")
    fast = etree.tostring(fast_doc.element)
    assert fast == etree.tostring(slow_doc.element)
    # The body's section properties stay last, after the new paragraphs.
    assert fast_doc.element.body[-1].tag.endswith("}sectPr")


def test_plain_parts_are_shared_and_edited_parts_copied() -> None:
    one, _ = base_document(None, None)
    two, _ = base_document(None, None)
    parts_one = {str(p.partname): p for p in one.part.package.iter_parts()}
    parts_two = {str(p.partname): p for p in two.part.package.iter_parts()}
    assert parts_one.keys() == parts_two.keys()
    for name, part in parts_one.items():
        if hasattr(part, "_element"):  # an XmlPart: an export may edit it
            assert part is not parts_two[name], name
        else:  # bytes nothing changes once the reference is prepared
            assert part is parts_two[name], name
    one.styles.element.append(etree.Element("marker"))
    assert two.styles.element[-1].tag != "marker"


def test_a_new_runs_style_is_the_xml_python_docx_writes() -> None:
    from syndicate.exporters.docx import _add_run, _set_new_run_style

    def xml(fast: bool, bold: bool) -> bytes:
        document, styles = base_document(None, None)
        paragraph = document.add_paragraph()
        run = _add_run(paragraph, "Harbour master, Eastwold")
        if bold:  # a w:rPr already there: the general path
            run.bold = True
        if fast:
            _set_new_run_style(run._r, styles["Credit"].style_id)
        else:
            run._r.style = styles["Credit"].style_id
        return etree.tostring(paragraph._p)

    for bold in (False, True):
        assert xml(True, bold) == xml(False, bold)
    assert b"<w:r><w:rPr><w:rStyle " in xml(True, False)
