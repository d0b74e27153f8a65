"""A numbered list whose items carry the numbers the page printed (round 25): the reader keeps
"1. …" as the item's text, and every format shows those numbers once, not numbered again."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

import syndicate
from syndicate.model import ListBlock

STEPS = """Council sets out three steps for the flood season

By Mara Quill

March 3, 2027

The district council on Tuesday published a plan for the coming flood season, asking \
residents to prepare early.

The plan follows last winter's floods, when water reached more than forty homes in the \
lower town and the main road was closed for three days.

The plan lists these steps:

1. Clear the drains outside your house.
2. Keep sandbags ready near doors.
3. Move valuables to an upper floor.

Officials said the list would be posted to every household by the end of the month.
"""

ITEMS = (
    "1. Clear the drains outside your house.",
    "2. Keep sandbags ready near doors.",
    "3. Move valuables to an upper floor.",
)


@pytest.fixture(scope="module")
def article() -> syndicate.Article:
    return syndicate.parse_text(STEPS)


def test_reader_keeps_the_printed_numbers_of_an_ordered_list(article) -> None:
    lists = [b for b in article.blocks if isinstance(b, ListBlock)]
    assert lists == [ListBlock(ITEMS, ordered=True)]
    assert lists[0].numbers_printed


@pytest.mark.parametrize(
    ("items", "ordered", "printed"),
    [
        (ITEMS, True, True),
        (("3) Kraków 45 pts", "4) Gdańsk 41 pts"), True, True),
        (("Clear the drains", "Keep sandbags"), True, False),
        (ITEMS, False, False),
        (("1. Clear the drains", "Keep sandbags"), True, False),
        (("2027 was dry", "2028 was wet"), True, False),
    ],
)
def test_numbers_printed_needs_every_item_numbered(items, ordered, printed) -> None:
    assert ListBlock(items, ordered=ordered).numbers_printed is printed


def test_html_shows_the_printed_numbers_without_list_numbers(article) -> None:
    html = syndicate.render(article, "html").decode()
    assert '<ol style="list-style-type: none"><li>1. Clear the drains' in html


def test_epub_shows_the_printed_numbers_without_list_numbers(article) -> None:
    with zipfile.ZipFile(io.BytesIO(syndicate.render(article, "epub"))) as z:
        text = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml"))
    assert '<ol style="list-style-type: none"><li>1. Clear the drains' in text


def test_docx_items_switch_the_style_numbering_off(article) -> None:
    document = docx.Document(io.BytesIO(syndicate.render(article, "docx")))
    items = [p for p in document.paragraphs if p.text in ITEMS]
    assert [p.text for p in items] == list(ITEMS)
    for p in items:
        num_id = p._p.pPr.find(qn("w:numPr")).find(qn("w:numId"))
        assert num_id.get(qn("w:val")) == "0"


def test_pdf_prints_each_number_once(article, tmp_path) -> None:
    target = tmp_path / "steps.pdf"
    target.write_bytes(syndicate.render(article, "pdf"))
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "1. Clear the drains" in text
    assert "1. 1." not in text and "1.\n1." not in text
