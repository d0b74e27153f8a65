"""Every script: an original short article in each is exported to every format and read back.

The articles (``tests/fixtures/scripts/<lang>.md``) were written for these tests.
Each output is read by the readers the formats were made for (pypdf, python-docx,
lxml, feedparser, EPUBCheck), and the fonts embedded in each PDF are read with
fontTools to prove that no character drawn on a page is the font's ``.notdef`` box.
"""

from __future__ import annotations

import io
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import syndicate
from syndicate.model import Article, Paragraph
from syndicate.verify import verify_bytes

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "tests" / "fixtures" / "scripts"
LANGUAGES = sorted(p.stem for p in SCRIPTS.glob("*.md"))
FORMATS = ("epub", "pdf", "docx", "html", "rss", "atom", "jsonfeed")
SITE = "https://news.example.org/"
RTL = {"ar", "he"}
CJK = {"zh", "ja", "ko"}


def article(lang: str) -> Article:
    return syndicate.parse(SCRIPTS / f"{lang}.md")


def render(item: Article | list[Article], fmt: str, **options: object) -> bytes:
    return syndicate.render(item, fmt, site_url=SITE, source_date_epoch=1_741_000_000, **options)


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u200b", "").split())


def pdf_text(data: bytes, page: int | None = None) -> str:
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(data)).pages
    chosen = pages if page is None else [pages[page]]
    return norm(" ".join(p.extract_text() or "" for p in chosen))


def test_every_script_has_an_article() -> None:
    assert {"zh", "ja", "ko", "ar", "he", "hi", "th", "el", "ru"} <= set(LANGUAGES)
    assert {"de", "fr", "es", "pl"} <= set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reads_back_whole(lang: str, fmt: str) -> None:
    source = article(lang)
    assert source.language == lang
    report = verify_bytes(render(source, fmt), fmt, source)
    assert report.ok, report


# -- the pieces: script runs and display order, against hand-written expectations -------


def test_text_is_cut_into_script_runs_with_shared_characters_kept_inside() -> None:
    from syndicate.i18n.scripts import script_runs

    assert list(script_runs("Reuters: ٢٠٢٥ في الرباط.")) == [
        ("base", "Reuters:"),
        ("arabic", " ٢٠٢٥ في الرباط."),
    ]
    assert list(script_runs("记者 Lin 说")) == [("han", "记者"), ("base", " Lin"), ("han", " 说")]
    assert list(script_runs("12, 13")) == [("base", "12, 13")]


def test_words_of_a_right_to_left_line_in_display_order() -> None:
    from syndicate.exporters.pdf_bidi import visual_words

    # A number stands where it is read; a run of Latin words keeps its own order.
    assert visual_words(["في", "12", "مايو"], rtl=True) == ["مايو", "12", "في"]
    assert visual_words(["مع", "Orbis", "Media", "للكتب."], rtl=True) == [
        "للكتب.",
        "Orbis",
        "Media",
        "مع",
    ]
    # Inside a left-to-right line, a run of Hebrew words is reversed in place.
    assert visual_words(["The", "sign", "read", "שלום", "עולם", "today."], rtl=False) == [
        "The",
        "sign",
        "read",
        "עולם",
        "שלום",
        "today.",
    ]


def test_a_line_too_long_for_its_words_is_cut_between_characters_never_before_a_mark() -> None:
    from syndicate.exporters.pdf_bidi import line_break

    thai = "ตลาดใหม่จะช่วยให้เกษตรกรขายผักได้โดยตรง"
    lines = line_break([thai], 10.0, lambda word: float(len(word)), 1.0)
    assert "".join(word for line in lines for word in line) == thai
    assert all(len(line[0]) <= 10 for line in lines)
    assert not any(unicodedata.category(line[0][0]) == "Mn" for line in lines)


# -- PDF: glyphs, order, language -------------------------------------------------


def _notdef_glyphs(data: bytes, page_number: int = 0) -> tuple[int, list[str]]:
    """(glyphs drawn, the fonts of those drawn as .notdef) on one page, read with fontTools.

    reportlab writes simple TrueType subsets with one-byte codes; each embedded subset's
    own ``cmap`` says which glyph a code draws. Glyph 0 is ``.notdef`` (the empty box).
    """
    from fontTools.ttLib import TTFont
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[page_number]
    fonts = page["/Resources"]["/Font"]
    code_maps: dict[str, dict[int, int]] = {}
    for key, ref in fonts.items():
        font = ref.get_object()
        descriptor = font["/FontDescriptor"].get_object()
        program = TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data()))
        table = program["cmap"].tables[0]
        order = program.getGlyphOrder()
        code_maps[key] = {code: order.index(name) for code, name in table.cmap.items()}
    drawn, bad = 0, []
    current: dict[int, int] = {}
    name = ""
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"Tf":
            name = str(operands[0])
            current = code_maps[name]
        elif operator in (b"Tj", b"'", b'"', b"TJ"):
            strings = operands[0] if operator == b"TJ" else operands[-1:]
            for item in strings:
                if isinstance(item, int | float):
                    continue
                for code in bytes(item.original_bytes if hasattr(item, "original_bytes") else item):
                    drawn += 1
                    if current.get(code, 0) == 0:
                        bad.append(name)
    return drawn, bad


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_glyph_on_the_first_page_is_the_notdef_box(lang: str) -> None:
    drawn, bad = _notdef_glyphs(render(article(lang), "pdf"))
    assert drawn > 100
    assert bad == []


@pytest.mark.parametrize("lang", sorted(RTL))
def test_right_to_left_pdf_text_is_extracted_in_reading_order(lang: str) -> None:
    source = article(lang)
    text = pdf_text(render(source, "pdf"))
    for block in source.blocks:
        if isinstance(block, Paragraph):
            assert norm(block.text) in text
    # The first body paragraph's first three words, in the order they are read.
    first = next(b for b in source.blocks if isinstance(b, Paragraph)).text.split()[:3]
    assert norm(" ".join(first)) in text


def test_arabic_numbers_and_latin_names_sit_in_place() -> None:
    source = article("ar")
    text = pdf_text(render(source, "pdf"))
    assert norm("تتسع لـ 80 قارئا،") in text
    assert norm("مع جمعية Orbis للكتب.") in text


def test_arabic_indic_digits_keep_their_order_in_a_pdf() -> None:
    # Arabic-Indic digits belong to the Arabic script, so a shaper left to guess draws a
    # number right to left ("١٢٠" shown as "٠٢١"); a number reads left to right in any script.
    from pypdf import PdfReader

    text = "سجل المهرجان مبيعات تجاوزت ١٢٠ مليون ريال في عام ٢٠٢٦."
    source = Article(title="مهرجان التمور", language="ar", blocks=(Paragraph(text),))
    data = render(source, "pdf")
    assert norm("تجاوزت ١٢٠ مليون") in pdf_text(data)  # the text layer, in reading order
    # Laid out by position, left to right as the page shows it: the digits of each number
    # stand in their own order.
    shown = PdfReader(io.BytesIO(data)).pages[0].extract_text(extraction_mode="layout")
    assert "١٢٠" in shown and "٢٠٢٦" in shown
    assert "٠٢١" not in shown and "٦٢٠٢" not in shown


def test_pdf_names_the_document_language() -> None:
    from pypdf import PdfReader

    for lang in ("ar", "zh", "de"):
        reader = PdfReader(io.BytesIO(render(article(lang), "pdf")))
        assert reader.trailer["/Root"]["/Lang"] == lang


@pytest.mark.parametrize("lang", sorted(CJK))
def test_cjk_lines_break_between_characters(lang: str) -> None:
    long = Article(title="x", language=lang, blocks=(Paragraph(article(lang).title * 12),))
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(render(long, "pdf"))).pages[0]
    lines = [line for line in (page.extract_text() or "").splitlines() if len(line) > 10]
    # No spaces to break at, yet the text wraps into several full lines inside the frame.
    assert len(lines) >= 3


def test_a_latin_export_opens_no_other_script_font() -> None:
    script = (
        "import syndicate\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "a = syndicate.Article(title='Plain Latin', language='fr',"
        " blocks=(syndicate.model.Paragraph('Été à Paris, déjà.'),))\n"
        "syndicate.render(a, 'pdf')\n"
        "names = pdfmetrics.getRegisteredFontNames()\n"
        "assert not [n for n in names if n.startswith('Syn') and 'DejaVu' not in n], names\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)


def test_a_cjk_pdf_without_the_extra_fails_with_one_line_naming_it(tmp_path: Path) -> None:
    # Python's own way of saying "this package is not installed": None in sys.modules.
    out = tmp_path / "zh.pdf"
    script = (
        "import sys\n"
        "sys.modules['justmytype_intl_cjk'] = None\n"
        "from syndicate.cli import main\n"
        f"sys.exit(main(['export', {str(SCRIPTS / 'zh.md')!r}, '--format', 'pdf',"
        f" '-o', {str(out)!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 7
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "syndicate[cjk]" in lines[0]
    assert not out.exists()


def test_a_character_no_font_has_is_reported_not_hidden() -> None:
    from syndicate.exporters.base import ExportWarning

    odd = Article(title="Glyphs", blocks=(Paragraph("Cherokee ᎣᏏᏲ and Ethiopic ሰላም"),))
    with pytest.warns(ExportWarning, match="no embedded font has a glyph"):
        render(odd, "pdf")


def test_a_chosen_font_is_checked_for_coverage_too(tmp_path: Path) -> None:
    from syndicate.exporters.pdf_fonts import dejavu_dir

    (tmp_path / "Mono.ttf").write_bytes((dejavu_dir() / "DejaVuSans.ttf").read_bytes())
    data = render(article("hi"), "pdf", font_family=str(tmp_path))
    drawn, bad = _notdef_glyphs(data)
    assert drawn > 100 and bad == []


# -- direction and language in the other formats --------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_marks_language_and_direction(lang: str) -> None:
    page = etree.fromstring(render(article(lang), "html"), etree.HTMLParser())
    want = "rtl" if lang in RTL else "ltr"
    assert page.get("lang") == lang and page.get("dir") == want
    art = page.find(".//article")
    assert art.get("lang") == lang and art.get("dir") == want


def _epub_parts(data: bytes) -> tuple[etree._Element, list[etree._Element]]:
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        names = book.namelist()
        opf = etree.fromstring(book.read(next(n for n in names if n.endswith(".opf"))))
        chapters = [etree.fromstring(book.read(n)) for n in sorted(names) if "article-" in n]
    return opf, chapters


@pytest.mark.parametrize("lang", LANGUAGES)
def test_epub_marks_language_direction_and_page_progression(lang: str) -> None:
    opf, chapters = _epub_parts(render(article(lang), "epub"))
    want = "rtl" if lang in RTL else "ltr"
    ns = {"opf": "http://www.idpf.org/2007/opf"}
    assert opf.find("opf:spine", ns).get("page-progression-direction") == want
    html = chapters[0]
    assert html.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    assert html.get("dir") == want


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ar", "he", "zh"])
def test_epubcheck_accepts_every_script(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"{lang}.epub"
    path.write_bytes(render(article(lang), "epub"))
    done = subprocess.run(
        [sys.executable, "-m", "epubcheck", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _docx_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("word/document.xml"))


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_docx_marks_right_to_left_paragraphs_and_runs() -> None:
    import docx

    data = render(article("ar"), "docx")
    body = _docx_xml(data)
    paragraphs = [p for p in body.iter(f"{W}p") if "".join(p.itertext()).strip()]
    assert paragraphs and all(p.find(f"{W}pPr/{W}bidi") is not None for p in paragraphs)
    runs = [r for r in body.iter(f"{W}r") if r.find(f"{W}t") is not None]
    assert all(r.find(f"{W}rPr/{W}rtl") is not None for r in runs)
    styles = docx.Document(io.BytesIO(data)).styles.element
    lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(f"{W}bidi") == "ar"
    fonts = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert fonts.get(f"{W}cs")


@pytest.mark.parametrize("lang", sorted(CJK))
def test_docx_names_east_asian_language_and_font(lang: str) -> None:
    import docx

    styles = docx.Document(io.BytesIO(render(article(lang), "docx"))).styles.element
    rpr = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert rpr.find(f"{W}lang").get(f"{W}eastAsia") == lang
    assert rpr.find(f"{W}rFonts").get(f"{W}eastAsia").startswith("Noto Sans")


def test_feeds_name_the_language() -> None:
    import feedparser

    data = render(article("ru"), "rss")
    assert feedparser.parse(data).feed.language == "ru"
    item_language = etree.fromstring(data).find(
        "channel/item/{http://purl.org/dc/elements/1.1/}language"
    )
    assert item_language is not None and item_language.text == "ru"
    atom = etree.fromstring(render(article("ru"), "atom"))
    assert atom.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"


# -- a digest of several languages -------------------------------------------------------


def test_mixed_language_digest_marks_each_chapter_with_its_own_language() -> None:
    items = [article("de"), article("ar"), article("zh")]
    _opf, chapters = _epub_parts(render(items, "epub"))
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert [c.get(xml_lang) for c in chapters] == ["de", "ar", "zh"]
    assert [c.get("dir") for c in chapters] == ["ltr", "rtl", "ltr"]

    page = etree.fromstring(render(items, "html"), etree.HTMLParser())
    assert [a.get("lang") for a in page.iter("article")] == ["de", "ar", "zh"]

    atom = etree.fromstring(render(items, "atom"))
    entries = atom.findall("{http://www.w3.org/2005/Atom}entry")
    assert [e.get(xml_lang, atom.get(xml_lang)) for e in entries] == ["de", "ar", "zh"]

    body = _docx_xml(render(items, "docx"))
    langs = {lang.get(f"{W}val") for lang in body.iter(f"{W}lang")}
    assert {"ar", "zh"} <= langs
    assert any(p.find(f"{W}pPr/{W}bidi") is not None for p in body.iter(f"{W}p"))

    text = pdf_text(render(items, "pdf"))
    for item in items:
        assert norm(item.title) in text


def test_scripts_render_identically_twice() -> None:
    # Reproducible output holds for shaped and right-to-left text as well.
    for lang in ("ar", "hi", "th", "zh"):
        assert render(article(lang), "pdf") == render(article(lang), "pdf")
