"""The DOCX exporter, checked by re-opening its output with python-docx and zipfile/lxml.

Expected values come from the model (the kitchen sink, our own articles) or from
the seed's third-party expected JSON; never from the exporter. Style names are
the contract editors and ``syndicate verify`` rely on (see docs/formats/docx.md).
"""

from __future__ import annotations

import io
import json
import os
import struct
import warnings
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from conftest import SEED_EXPECTED, skip_without_shared
from conftest import expected_seed_model as seed_model
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import syndicate
from syndicate.errors import ExportFailed, UsageError
from syndicate.exporters.base import ExportWarning
from syndicate.exporters.docx import DocxExporter, DocxOptions
from syndicate.htmlbody import NO_ALT_TEXT
from syndicate.model import (
    Article,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Person,
    Publisher,
    Quote,
)
from syndicate.textclean import TextCleanedWarning

EPOCH = 1716854400  # 2024-05-28T00:00:00Z
DARK_RED = RGBColor(0x8B, 0x00, 0x00)
BODY_STYLES = ("Body Text", "Normal")


# -- helpers ----------------------------------------------------------------------------


def render(articles: Article | list[Article], **options: object) -> bytes:
    options.setdefault("source_date_epoch", EPOCH)
    return syndicate.render(articles, "docx", **options)


def reopen(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def styled(document: docx.document.Document, *names: str) -> list[str]:
    """Texts of the paragraphs whose style is one of ``names``, in order."""
    return [p.text for p in document.paragraphs if p.style.name in names]


def norm(text: str) -> str:
    """White space folded: the seed has no-break spaces where its expected JSON has spaces."""
    return " ".join(text.split())


def check_reference_article(document: docx.document.Document, expected: dict) -> None:
    """The acceptance checks of issue 5 against the seed's expected JSON."""
    assert styled(document, "Title") == [expected["title"]]
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [h["text"] for h in expected["headings"]]
    captions = [p for p in document.paragraphs if p.style.name == "Caption"]
    assert len(captions) == len(expected["figures"])
    for paragraph, figure in zip(captions, expected["figures"], strict=True):
        credit_runs = [r.text for r in paragraph.runs if r.style.name == "Credit"]
        assert credit_runs == [figure["credit"]]
        caption_text = "".join(r.text for r in paragraph.runs if r.style.name != "Credit")
        assert norm(caption_text) == norm(figure["caption"])
    body = [norm(text) for text in styled(document, *BODY_STYLES)]
    assert body == [norm(text) for text in expected["paragraphs"]]
    assert styled(document, "Credit Line") == [expected["credit_line"]]
    byline = styled(document, "Byline")
    assert len(byline) == 1
    for author in expected["authors"]:
        assert author["name"] in byline[0]
    props = document.core_properties
    assert props.author == "; ".join(a["name"] for a in expected["authors"])
    assert props.title == expected["title"]


def _png(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` (the pixel data is tiny)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" + b"\0\0\0" * min(width, 4))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _small_png(path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (40, 30), (200, 40, 40)).save(path)


# -- identity -----------------------------------------------------------------------------


def test_exporter_identity_through_the_registry() -> None:
    exporter = syndicate.get_exporter("docx")
    assert (
        isinstance(exporter, DocxExporter)
        or exporter is DocxExporter
        or (type(exporter).__name__ == "DocxExporter")
    )
    assert DocxExporter.extension == "docx"
    assert DocxExporter.media_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert "reference_docx" in DocxOptions.field_names()


# -- the reference article ---------------------------------------------------------------


def test_reference_article_model_reopens_with_styles() -> None:
    skip_without_shared()  # one reason without ../shared; a failure under CI
    model = seed_model()
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    document = reopen(render(model))
    check_reference_article(document, expected)
    assert document.core_properties.author == "Ella Kietlinska"


def test_reference_article_parsed_from_the_seed(seed_article: Article) -> None:
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    check_reference_article(reopen(render(seed_article)), expected)


# -- the kitchen sink ---------------------------------------------------------------------


def test_kitchen_sink_every_block_in_its_style(kitchen_sink: Article) -> None:
    document = reopen(render(kitchen_sink))
    article = kitchen_sink
    assert styled(document, "Title") == [article.title]
    assert styled(document, "Subtitle") == [article.subtitle]
    assert styled(document, "Credit Line") == [article.credit_line]
    assert styled(document, "Rights") == [article.rights]
    assert styled(document, *BODY_STYLES) == [p.text for p in article.paragraphs()]
    assert styled(document, "Heading 2") == [h.text for h in article.headings()]
    quotes = [b for b in article.blocks if isinstance(b, Quote)]
    assert styled(document, "Quote") == [q.text for q in quotes]
    assert styled(document, "Quote Attribution") == [q.attribution for q in quotes]
    lists = [b for b in article.blocks if isinstance(b, ListBlock)]
    assert styled(document, "List Bullet") == [i for b in lists if not b.ordered for i in b.items]
    assert styled(document, "List Number") == [i for b in lists if b.ordered for i in b.items]
    # Figures: every caption paragraph holds the caption, then the credit in its own run.
    captions = [p for p in document.paragraphs if p.style.name == "Caption"]
    figures = article.figures()
    assert len(captions) == len(figures)
    for paragraph, figure in zip(captions, figures, strict=True):
        runs = list(paragraph.iter_inner_content())
        assert runs[-1].text == figure.credit and runs[-1].style.name == "Credit"
        assert paragraph.text == f"{figure.caption} {figure.credit}"
    # Byline: each author's name is a run in the "Author Name" character style.
    byline = [p for p in document.paragraphs if p.style.name == "Byline"]
    assert len(byline) == 1
    names = [r.text for r in byline[0].runs if r.style.name == "Author Name"]
    assert names == [p.name for p in article.authors]
    assert "Culture Correspondent" in [r.text for r in byline[0].runs]
    # About the author: a distinct, non-heading style, then name/role and bio.
    about = styled(document, "About Heading")
    assert about == ["About the author"]
    assert styled(document, "Author Bio") == [p.bio for p in article.authors if p.bio]
    # Reading order: header, body, footer.
    order = [p.style.name for p in document.paragraphs]
    assert order.index("Title") < order.index("Subtitle") < order.index("Byline")
    assert order.index("Byline") < order.index("Dateline") < order.index("Figure")
    assert order.index("Figure") == order.index("Caption") - 1
    assert order.index("Credit Line") < order.index("About Heading") < order.index("Rights")


def test_markup_in_text_stays_text(kitchen_sink: Article) -> None:
    document = reopen(render(kitchen_sink))
    last = article_last_paragraph = kitchen_sink.paragraphs()[-1].text
    assert "<b>not bold</b>" in last and "&bogus;" in last
    assert styled(document, *BODY_STYLES)[-1] == article_last_paragraph
    with zipfile.ZipFile(io.BytesIO(render(kitchen_sink))) as archive:
        xml = archive.read("word/document.xml")
    assert b"&lt;b&gt;not bold&lt;/b&gt;" in xml
    assert b"javascript" not in archive_rels(render(kitchen_sink))


def archive_rels(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/_rels/document.xml.rels")


def test_links_are_real_hyperlinks(kitchen_sink: Article) -> None:
    document = reopen(render(kitchen_sink))
    rels = {
        rel.rId: rel.target_ref
        for rel in document.part.rels.values()
        if rel.reltype == RT.HYPERLINK and rel.is_external
    }
    assert "https://news.example.org/festival-guide" in rels.values()
    links = [(h.address, h.text) for p in document.paragraphs for h in p.hyperlinks]
    assert (
        "https://news.example.org/festival-guide",
        "https://news.example.org/festival-guide",
    ) in links
    # The author's page links the name in the about-the-author section.
    assert ("https://news.example.org/staff/maren-oakes", "Maren Oakes") in links
    # The sentence's full stop stays outside the link, and nothing else is linked.
    assert all(url.startswith(("http://", "https://", "mailto:")) for url in rels.values())


def test_picture_alt_text_comes_from_the_model(kitchen_sink: Article) -> None:
    data = render(kitchen_sink)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = etree.fromstring(archive.read("word/document.xml"))
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
    doc_prs = xml.findall(".//" + qn("wp:docPr"))
    figure = kitchen_sink.figures()[0]
    assert len(media) == 1  # the second figure has no image
    assert [d.get("descr") for d in doc_prs] == [figure.alt]
    assert figure.caption not in (d.get("descr") for d in doc_prs)
    # The picture sits in the Figure paragraph, inline.
    document = reopen(data)
    figure_paragraphs = [p for p in document.paragraphs if p.style.name == "Figure"]
    assert len(figure_paragraphs) == 1
    assert len(document.inline_shapes) == 1


def test_missing_alt_text_is_honest_not_the_caption(tmp_path: Path) -> None:
    _small_png(tmp_path / "pic.png")
    article = Article(
        title="Alt text",
        blocks=(Figure(caption="What it shows.", credit="Someone", src="pic.png"),),
        source_dir=str(tmp_path),
    )
    with zipfile.ZipFile(io.BytesIO(render(article))) as archive:
        xml = etree.fromstring(archive.read("word/document.xml"))
    assert [d.get("descr") for d in xml.iter(qn("wp:docPr"))] == [NO_ALT_TEXT]


def test_core_properties_from_the_article(kitchen_sink: Article) -> None:
    data = syndicate.render(kitchen_sink, "docx")  # no epoch: dates come from the article
    props = reopen(data).core_properties
    assert props.title == kitchen_sink.title
    assert props.author == "Maren Oakes; Tomasz Wilk"
    assert props.subject == kitchen_sink.subtitle
    assert props.keywords == "Culture, Festivals, Coast"
    assert props.category == "Culture"
    assert props.language == "en"
    assert props.last_modified_by == "syndicate"
    assert props.revision == 1
    assert props.created.isoformat() == "2025-07-14T08:30:00+00:00"
    assert props.modified.isoformat() == "2025-07-15T17:05:00+00:00"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        leftovers = b"".join(archive.read(n) for n in names if n.startswith("docProps/"))
    # python-docx's template says "python-docx" (author, description) and carries
    # another document's thumbnail and statistics: none of it may survive.
    assert b"python-docx" not in leftovers
    assert b"Microsoft Macintosh Word" not in leftovers
    assert not any("thumbnail" in n for n in names)


def test_source_date_epoch_gives_identical_bytes(
    kitchen_sink: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    first = syndicate.render(kitchen_sink, "docx")
    second = syndicate.render(kitchen_sink, "docx")
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        stamps = {info.date_time for info in archive.infolist()}
    assert stamps == {(2024, 5, 28, 0, 0, 0)}
    props = reopen(first).core_properties
    assert props.created.isoformat() == props.modified.isoformat() == "2024-05-28T00:00:00+00:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 86400))
    assert syndicate.render(kitchen_sink, "docx") != first


# -- several articles ---------------------------------------------------------------------


def _member(number: int) -> Article:
    return Article(
        title=f"Story number {number}",
        subtitle=f"Dek {number}.",
        authors=(Person(f"Writer {number}", role="Reporter"), Person("Shared Editor")),
        published=f"2024-05-2{number}",
        publisher=Publisher("The Test Gazette"),
        tags=("Testing", f"Topic {number}"),
        blocks=(
            Paragraph(f"Lead {number}."),
            Heading(f"Section {number}"),
            ListBlock(("one", "two"), ordered=True),
            Paragraph(f"End {number}."),
        ),
    )


def test_several_articles_make_one_document_with_contents() -> None:
    articles = [_member(1), _member(2), _member(3)]
    # Without --title: named after the newest date, as the EPUB digest is.
    assert styled(reopen(render(articles)), "Anthology Title") == ["News digest, May 23, 2024"]
    undated = [Article(title="One"), Article(title="Two")]
    assert styled(reopen(render(undated)), "Anthology Title") == ["News digest"]
    data = render(articles, title="Weekly digest")
    document = reopen(data)
    assert styled(document, "Anthology Title") == ["Weekly digest"]
    assert styled(document, "Title") == [a.title for a in articles]
    titles = [p for p in document.paragraphs if p.style.name == "Title"]
    # Each article starts on a new page.
    assert all(p.paragraph_format.page_break_before for p in titles)
    # A TOC field at the top, listing titles and sections.
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = etree.fromstring(archive.read("word/document.xml"))
    instructions = [t.text for t in xml.iter(qn("w:instrText"))]
    assert len(instructions) == 1 and instructions[0].split()[0] == "TOC"
    assert styled(document, "TOC 1") == [a.title for a in articles]
    assert styled(document, "TOC 2") == ["Section 1", "Section 2", "Section 3"]
    first_title = next(i for i, p in enumerate(document.paragraphs) if p.style.name == "Title")
    toc = [i for i, p in enumerate(document.paragraphs) if p.style.name.startswith("TOC")]
    assert max(toc) < first_title
    # Every TOC entry is an internal link to a bookmark that exists.
    anchors = {h.get(qn("w:anchor")) for h in xml.iter(qn("w:hyperlink")) if h.get(qn("w:anchor"))}
    bookmarks = {b.get(qn("w:name")) for b in xml.iter(qn("w:bookmarkStart"))}
    assert anchors and anchors <= bookmarks
    props = document.core_properties
    assert props.title == "Weekly digest"
    assert props.author == "Writer 1; Shared Editor; Writer 2; Writer 3"
    assert props.keywords == "Testing, Topic 1, Topic 2, Topic 3"
    assert props.created.isoformat().startswith("2024-05-28")  # the epoch wins


def test_each_numbered_list_restarts_at_one() -> None:
    data = render([_member(1), _member(2)])
    document = reopen(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        numbering = etree.fromstring(archive.read("word/numbering.xml"))
    items = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len(items) == 4
    own = [p._p.pPr.numPr for p in items]
    # The first list follows the style's numbering; the second has its own, restarted.
    assert own[0] is None and own[1] is None
    assert own[2] is not None and own[2].numId.val == own[3].numId.val
    num = next(
        n for n in numbering.iter(qn("w:num")) if n.get(qn("w:numId")) == str(own[2].numId.val)
    )
    assert num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}").get(qn("w:val")) == "1"


# -- house style: reference documents -------------------------------------------------------


def _house_reference(path: Path) -> Path:
    """A user's Word file: 30 pt dark red Title, wide margins, a header, some body text."""
    document = docx.Document()
    title = document.styles["Title"]
    title.font.size = Pt(30)
    title.font.color.rgb = DARK_RED
    section = document.sections[0]
    section.left_margin = section.right_margin = Pt(144)
    section.header.paragraphs[0].text = "House Gazette — internal"
    document.add_paragraph("Delete me: template body text", style="Normal")
    document.save(path)
    return path


def test_reference_docx_styles_are_used(tmp_path: Path, kitchen_sink: Article) -> None:
    reference = _house_reference(tmp_path / "house.docx")
    document = reopen(render(kitchen_sink, reference_docx=str(reference)))
    title = document.styles["Title"]
    assert title.font.size == Pt(30)
    assert title.font.color.rgb == DARK_RED
    assert document.sections[0].left_margin == Pt(144)
    assert document.sections[0].header.paragraphs[0].text == "House Gazette — internal"
    assert "Delete me: template body text" not in [p.text for p in document.paragraphs]
    assert styled(document, "Title") == [kitchen_sink.title]
    # Styles the user's file lacked were added, so the contract holds.
    for name in ("Byline", "Dateline", "Credit", "Credit Line", "About Heading", "Author Bio"):
        assert document.styles[name] is not None
    # The default reference gives a different Title: the test cannot pass by accident.
    default = reopen(render(kitchen_sink)).styles["Title"]
    assert (default.font.size, default.font.color.rgb) != (Pt(30), DARK_RED)


def test_reference_without_list_styles_or_numbering_gets_them(
    tmp_path: Path, kitchen_sink: Article
) -> None:
    # Like a file saved by an editor that never used lists: no list styles, no numbering part.
    document = docx.Document()
    styles = document.styles.element
    for name in ("ListBullet", "ListNumber", "Caption", "Quote"):
        styles.remove(styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='{name}']"))
    numbering_rel = next(r for r in document.part.rels.values() if r.reltype == RT.NUMBERING)
    document.part.drop_rel(numbering_rel.rId)
    document.save(tmp_path / "bare.docx")
    with zipfile.ZipFile(tmp_path / "bare.docx") as archive:
        assert "word/numbering.xml" not in archive.namelist()
    data = render(kitchen_sink, reference_docx=str(tmp_path / "bare.docx"))
    out = reopen(data)
    assert styled(out, "List Number") == list(kitchen_sink.blocks[10].items)
    assert len(styled(out, "Caption")) == 2
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        numbering = etree.fromstring(archive.read("word/numbering.xml"))
    num_id = out.styles["List Number"].element.pPr.numPr.numId.val
    num = next(n for n in numbering.iter(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(
        a
        for a in numbering.iter(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    )
    assert abstract.find(f"{qn('w:lvl')}/{qn('w:numFmt')}").get(qn("w:val")) == "decimal"


def test_reference_with_libreoffice_style_names_is_used_as_is(
    tmp_path: Path, kitchen_sink: Article
) -> None:
    # LibreOffice writes built-in names in title case ("Caption") where Word writes
    # "caption"; python-docx then only finds them by a deprecated id fallback.
    document = docx.Document()
    caption = document.styles["Caption"]
    caption.element.name_val = "Caption"
    caption.font.size = Pt(7)
    document.save(tmp_path / "lo.docx")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = reopen(render(kitchen_sink, reference_docx=str(tmp_path / "lo.docx")))
        captions = [p for p in out.paragraphs if p.style.name == "Caption"]
    assert len(captions) == 2
    assert captions[0].style.font.size == Pt(7)
    assert [s.name for s in out.styles].count("Caption") == 1


def test_dotx_template_is_accepted(tmp_path: Path, kitchen_sink: Article) -> None:
    reference = _house_reference(tmp_path / "house.docx")
    dotx = tmp_path / "house.dotx"
    with zipfile.ZipFile(reference) as source, zipfile.ZipFile(dotx, "w") as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = body.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, body)
    document = reopen(render(kitchen_sink, reference_docx=str(dotx)))
    assert document.styles["Title"].font.size == Pt(30)


@pytest.mark.parametrize(
    "content",
    [None, b"not a zip at all", b"PK\x03\x04broken", "zip-without-word"],
    ids=["missing", "text", "broken-zip", "zip-without-word"],
)
def test_bad_reference_docx_is_a_usage_error(
    tmp_path: Path, kitchen_sink: Article, content: bytes | str | None
) -> None:
    path = tmp_path / "ref.docx"
    if content == "zip-without-word":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "hi")
    elif content is not None:
        path.write_bytes(content)  # type: ignore[arg-type]
    with pytest.raises(UsageError) as caught:
        render(kitchen_sink, reference_docx=str(path))
    assert "\n" not in str(caught.value) and "ref.docx" in str(caught.value)


def test_reference_is_read_once_per_process(tmp_path: Path, kitchen_sink: Article) -> None:
    from syndicate.exporters import docx_package as module

    module._read_reference.cache_clear()
    render(kitchen_sink)
    render(kitchen_sink)
    info = module._read_reference.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def test_each_export_starts_from_a_clean_copy_of_the_reference(tmp_path: Path) -> None:
    # The prepared reference is copied per export: nothing of one export (its text, its
    # pictures, its core properties) may reach the next.
    picture = tmp_path / "red.png"
    _small_png(picture)
    first = Article(
        title="Harbour crane reopens after repairs",
        authors=[Person(name="Mirela Kovach")],
        blocks=[
            Paragraph(text="The quay crane lifted its first container on Tuesday."),
            Figure(src="red.png", caption="The crane at dawn", credit="Port photo"),
        ],
        source_dir=str(tmp_path),
    )
    second = Article(
        title="Library extends its winter hours",
        blocks=[Paragraph(text="Readers may now stay until nine on weekdays.")],
    )
    assert "word/media/" in str(zipfile.ZipFile(io.BytesIO(render(first))).namelist())
    document = reopen(render(second))
    texts = [p.text for p in document.paragraphs]
    assert "Library extends its winter hours" in texts
    assert not any("crane" in text.casefold() for text in texts)
    assert len(document.inline_shapes) == 0
    names = zipfile.ZipFile(io.BytesIO(render(second))).namelist()
    assert not any(name.startswith("word/media/") for name in names)
    assert document.core_properties.author != "Mirela Kovach"


# -- hardening (issue 8, python-docx parts) ---------------------------------------------


def test_control_characters_and_lone_surrogates_are_cleaned_with_a_warning() -> None:
    with pytest.warns(TextCleanedWarning):
        article = Article(
            title="Bell\x07 and \ud800surrogate title",
            authors=(Person("Null\x00 Writer"),),
            tags=("tag\x0b",),
            blocks=(
                Paragraph("Before \ud800 the damage \x1b[31m escape."),
                Paragraph("After the damage: still here."),
                Figure(caption="Cap\ufffetion", credit="Cre\x01dit"),
            ),
        )
    document = reopen(render(article))
    assert styled(document, "Title") == ["Bell and surrogate title"]
    assert styled(document, *BODY_STYLES) == [
        "Before  the damage [31m escape.",
        "After the damage: still here.",
    ]
    assert document.core_properties.author == "Null Writer"
    caption = next(p for p in document.paragraphs if p.style.name == "Caption")
    assert caption.text == "Caption Credit"


def test_line_breaks_survive_as_breaks() -> None:
    article = Article(title="Breaks", blocks=(Paragraph("first line\nsecond line"),))
    with zipfile.ZipFile(io.BytesIO(render(article))) as archive:
        xml = etree.fromstring(archive.read("word/document.xml"))
    assert len(list(xml.iter(qn("w:br")))) == 1
    assert styled(reopen(render(article)), *BODY_STYLES) == ["first line\nsecond line"]


def test_overlong_metadata_is_shortened_in_core_properties_only() -> None:
    title = "Long " * 120
    article = Article(title=title.strip(), tags=tuple(f"tag{i}" for i in range(200)))
    document = reopen(render(article))
    assert styled(document, "Title") == [title.strip()]
    assert len(document.core_properties.title) == 255
    assert document.core_properties.title.endswith("…")
    assert len(document.core_properties.keywords) <= 255


def test_image_claiming_huge_dimensions_is_not_embedded(tmp_path: Path) -> None:
    (tmp_path / "huge.png").write_bytes(_png(100_000, 100_000))
    article = Article(
        title="Bomb",
        blocks=(Figure(caption="Kept caption.", credit="Kept credit", src="huge.png"),),
        source_dir=str(tmp_path),
    )
    with pytest.warns(ExportWarning, match="pixels"):
        data = render(article)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert not [n for n in archive.namelist() if n.startswith("word/media/")]
    document = reopen(data)
    assert len(document.inline_shapes) == 0
    assert styled(document, "Caption") == ["Kept caption. Kept credit"]
    assert styled(document, "Figure") == []


def test_failed_export_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, kitchen_sink: Article
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "story.docx"
    syndicate.export(kitchen_sink, "docx", target, source_date_epoch=EPOCH)
    good = target.read_bytes()
    source = tmp_path / "src"
    source.mkdir()
    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    escaping = Article(
        title="Escapes",
        blocks=(Paragraph("text"), Figure(caption="c", src="../secret.png")),
        source_dir=str(source),
    )
    with pytest.raises(ExportFailed) as caught:
        syndicate.export(escaping, "docx", target)
    assert "outside the source folder" in str(caught.value)
    assert target.read_bytes() == good
    assert sorted(p.name for p in out_dir.iterdir()) == ["story.docx"]
    assert reopen(good).paragraphs  # the survivor is still a document


# -- property-based: arbitrary models give a document python-docx reads back --------------

_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from("\x00\x07\ufffe\ud800\n\t<&"),
    max_size=60,
)


_blocks = st.lists(
    st.one_of(
        st.builds(Paragraph, _text),
        st.builds(Heading, _text, st.integers(1, 6)),
        st.builds(Quote, _text, st.none() | _text),
        st.builds(ListBlock, st.lists(_text, max_size=3).map(tuple), st.booleans()),
        st.builds(Figure, st.none() | _text, st.none() | _text),
    ),
    max_size=10,
)
_BLOCK_STYLES = (
    "Body Text",
    *(f"Heading {n}" for n in range(2, 7)),
    "Quote",
    "Quote Attribution",
    "List Bullet",
    "List Number",
    "Caption",
)


def _expected_blocks(article: Article) -> list[tuple[str, str]]:
    """(style, text) of every body block, from the model and the documented style table."""
    out: list[tuple[str, str]] = []
    for block in article.blocks:
        if isinstance(block, Paragraph):
            out.append(("Body Text", block.text))
        elif isinstance(block, Heading):
            out.append((f"Heading {min(6, max(2, block.level))}", block.text))
        elif isinstance(block, Quote):
            out.append(("Quote", block.text))
            if block.attribution:
                out.append(("Quote Attribution", block.attribution))
        elif isinstance(block, ListBlock):
            style = "List Number" if block.ordered else "List Bullet"
            out.extend((style, item) for item in block.items)
        elif isinstance(block, Figure) and (block.caption or block.credit):
            parts = [p for p in (block.caption, block.credit) if p]
            out.append(("Caption", " ".join(parts)))
    return out


@pytest.mark.filterwarnings("ignore::syndicate.textclean.TextCleanedWarning")
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_text, author=_text, blocks=_blocks)
def test_arbitrary_models_round_trip(title: str, author: str, blocks: list) -> None:
    with warnings.catch_warnings():
        # Building blocks inside the strategy already cleaned (and warned about) their text.
        warnings.simplefilter("ignore", TextCleanedWarning)
        article = Article(
            title=title or "untitled", authors=(Person(author or "someone"),), blocks=tuple(blocks)
        )
    document = reopen(render(article))
    # python-docx reads w:br back as \n and w:tab as \t, so text compares exactly.
    # A blank title is an untitled article: no Title paragraph (round 22).
    assert styled(document, "Title") == ([article.title] if article.title.strip() else [])
    body = [(p.style.name, p.text) for p in document.paragraphs if p.style.name in _BLOCK_STYLES]
    assert body == _expected_blocks(article)
    for paragraph, figure in zip(
        [p for p in document.paragraphs if p.style.name == "Caption"],
        [f for f in article.figures() if f.caption or f.credit],
        strict=True,
    ):
        credit_runs = [r.text for r in paragraph.runs if r.style.name == "Credit"]
        assert credit_runs == ([figure.credit] if figure.credit else [])


def test_hundreds_of_blocks() -> None:
    blocks = []
    for n in range(300):
        blocks.append(Paragraph(f"Paragraph {n} with a link https://example.org/{n}."))
        if n % 25 == 0:
            blocks.append(Heading(f"Section {n}"))
            blocks.append(ListBlock((f"item {n}a", f"item {n}b"), ordered=n % 50 == 0))
            blocks.append(Figure(caption=f"Caption {n}.", credit=f"Agency {n}"))
    article = Article(title="Long", blocks=tuple(blocks))
    document = reopen(render(article))
    assert [(p.style.name, p.text) for p in document.paragraphs][1:] == _expected_blocks(article)
    links = [h.address for p in document.paragraphs for h in p.hyperlinks]
    assert links == [f"https://example.org/{n}" for n in range(300)]


def test_environment_epoch_is_not_required() -> None:
    # Without SOURCE_DATE_EPOCH and without dates, the document is still complete.
    env = os.environ.pop("SOURCE_DATE_EPOCH", None)
    try:
        data = syndicate.render(Article(title="No dates"), "docx")
    finally:
        if env is not None:
            os.environ["SOURCE_DATE_EPOCH"] = env
    props = reopen(data).core_properties
    assert props.created is not None and props.modified is not None
