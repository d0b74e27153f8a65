"""The PDF exporter, checked by reading its output back with pypdf."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, ROOT, SEED_EXPECTED, example_paths
from conftest import expected_seed_model as reference_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

import syndicate
from syndicate.errors import ExportFailed, UsageError
from syndicate.exporters.base import ExportWarning
from syndicate.exporters.pdf_markup import chunks
from syndicate.model import Article, Figure, Heading, ListBlock, Paragraph, Person, Quote

STANDARD_14 = re.compile(r"(Helvetica|Times|Courier|Symbol|ZapfDingbats)", re.IGNORECASE)


# -- helpers -------------------------------------------------------------------


def norm(text: str) -> str:
    """Whitespace collapsed; a word broken across lines with a hyphen joined again."""
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    return " ".join(text.split())


def squash(text: str) -> str:
    """No whitespace at all: for text a long word was broken into, anywhere."""
    return "".join(text.split())


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data), strict=True)


def page_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(data).pages]


def all_text(data: bytes) -> str:
    return norm("\n".join(page_text(data)))


def outline(data: bytes) -> list[tuple[int, str]]:
    """(depth, title) of every outline entry, in order."""
    out: list[tuple[int, str]] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, str(item.title)))

    walk(reader(data).outline, 0)
    return out


def fonts(data: bytes) -> list[DictionaryObject]:
    """Every font dictionary used by any page or form, descendants included."""
    found: dict[int, DictionaryObject] = {}

    def resolve(obj: Any) -> Any:
        return obj.get_object() if isinstance(obj, IndirectObject) else obj

    def visit_resources(resources: Any) -> None:
        resources = resolve(resources)
        if not resources:
            return
        for font in resolve(resources.get("/Font", {})).values():
            font = resolve(font)
            found[id(font)] = font
            for descendant in resolve(font.get("/DescendantFonts", [])):
                found[id(resolve(descendant))] = resolve(descendant)
        for xobject in resolve(resources.get("/XObject", {})).values():
            xobject = resolve(xobject)
            if xobject.get("/Subtype") == "/Form":
                visit_resources(xobject.get("/Resources"))

    for page in reader(data).pages:
        visit_resources(page.get("/Resources"))
    return list(found.values())


def image_count(data: bytes) -> int:
    return sum(len(page.images) for page in reader(data).pages)


def link_uris(data: bytes) -> list[str]:
    uris = []
    for page in reader(data).pages:
        for annot in page.get("/Annots", []) or []:
            action = annot.get_object().get("/A")
            if action is not None:
                uris.append(str(action.get_object().get("/URI")))
    return uris


def render(articles: Article | list[Article], **options: Any) -> bytes:
    return syndicate.render(articles, "pdf", **options)


def in_order(haystack: str, needles: list[str]) -> bool:
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        if found < 0:
            return False
        position = found + len(needle)
    return True


# -- the reference article -------------------------------------------------------


def check_reference(article: Article, data: bytes) -> None:
    """Every element of the reference article is in the PDF, body in reading order."""
    exp = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    text = all_text(data)
    for paragraph in exp["paragraphs"]:
        assert norm(paragraph) in text, paragraph
    assert in_order(text, [norm(p) for p in exp["paragraphs"]])
    for heading in exp["headings"]:
        assert heading["text"] in text
    for figure in exp["figures"]:
        assert norm(figure["caption"]) in text
        assert figure["credit"] in text
    assert "By Ella Kietlinska, Reporter" in text
    assert exp["credit_line"] in text
    assert norm(exp["authors"][0]["bio"]) in text
    info = reader(data).metadata
    assert info.title == exp["title"]
    assert info.author == "Ella Kietlinska"
    titles = [title for _, title in outline(data)]
    assert "Right to Self-Defense" in titles
    assert "Peace Talks" in titles
    assert outline(data)[0] == (0, exp["title"])


def test_reference_model_renders_every_element_in_order() -> None:
    article = reference_article()
    check_reference(article, render(article))


def test_reference_article_parsed_from_the_seed(seed_article: Article) -> None:
    """Needs the real plain-text parser; with the crude one the byline is not recovered."""
    check_reference(seed_article, render(seed_article))


# -- the kitchen sink -------------------------------------------------------------


def test_kitchen_sink_text_metadata_and_outline(kitchen_sink: Article) -> None:
    data = render(kitchen_sink)
    text = all_text(data)
    a = kitchen_sink
    expected = [a.title, a.subtitle, "By Maren Oakes, Culture Correspondent and Tomasz Wilk"]
    for block in a.blocks:
        if isinstance(block, Paragraph | Heading):
            expected.append(block.text)
        elif isinstance(block, Figure):
            expected += [block.caption, block.credit]
        elif isinstance(block, Quote):
            expected += [block.text, block.attribution]
        elif isinstance(block, ListBlock):
            expected += list(block.items)
    expected += [a.credit_line, "About the author", a.authors[0].bio, a.rights]
    assert in_order(text, [norm(e) for e in expected if e])
    info = reader(data).metadata
    assert info.title == a.title
    assert info.author == "Maren Oakes, Tomasz Wilk"
    assert info.subject == a.subtitle
    assert info["/Keywords"] == "Culture, Festivals, Coast"
    assert "syndicate" in info["/Creator"] and "syndicate" in info["/Producer"]
    assert info["/CreationDate"].startswith("D:20250714093000")
    assert reader(data).trailer["/Root"]["/Lang"] == "en"
    assert outline(data) == [(0, a.title), (1, "Music on the Water"), (1, "What Comes Next")]
    # The local image is embedded once; the figure without an image keeps its caption.
    assert image_count(data) == 1
    assert link_uris(data) == [
        "https://news.example.org/festival-guide",
        "https://news.example.org/culture/2025/07/harbour-festival-returns",
    ]


def test_every_font_is_embedded_truetype(kitchen_sink: Article) -> None:
    found = fonts(render(kitchen_sink))
    assert found
    for font in found:
        name = str(font.get("/BaseFont", ""))
        assert not STANDARD_14.search(name), name
        if font.get("/Subtype") in ("/Type0",):
            continue
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name
        assert "DejaVuSerif" in name
    faces = {str(f["/BaseFont"]).split("+")[-1] for f in found}
    assert {"DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"} <= faces


def test_page_numbers_and_running_header(kitchen_sink: Article) -> None:
    article = kitchen_sink.replace(
        blocks=kitchen_sink.blocks + tuple(Paragraph("More words here. " * 60) for _ in range(8))
    )
    pages = page_text(render(article))
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        lines = [line for line in text.splitlines() if line.strip()]
        assert lines[-1].strip() == f"Page {number} of {len(pages)}"
        assert lines[0].startswith("Harbour Festival Returns After Storm Repairs")


def test_page_sizes(kitchen_sink: Article) -> None:
    a4 = reader(render(kitchen_sink)).pages[0].mediabox
    letter = reader(render(kitchen_sink, page_size="letter")).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    with pytest.raises(UsageError, match="page-size"):
        render(kitchen_sink, page_size="A5")


# -- Unicode ---------------------------------------------------------------------------


def test_cyrillic_and_greek_extract_as_text() -> None:
    article = Article(
        title="Фестиваль в гавани возвращается",
        subtitle="Три дня музыки — «город обновлён»",
        authors=(Person("Анна Смирнова", "корреспондент"),),
        language="ru",
        blocks=(
            Heading("Музыка на воде"),
            Paragraph("Съешь же ещё этих мягких французских булок, да выпей чаю."),
            Paragraph("Ξεσκεπάζω την ψυχοφθόρα βδελυγμία — “quoted” ‘text’ … 1–2"),
        ),
    )
    data = render(article)
    text = all_text(data)
    assert "Фестиваль в гавани возвращается" in text
    assert "Съешь же ещё этих мягких французских булок, да выпей чаю." in text
    assert "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία — “quoted” ‘text’ … 1–2" in text
    assert "Текст: Анна Смирнова, корреспондент" in text
    assert reader(data).metadata.author == "Анна Смирнова"
    assert outline(data) == [(0, article.title), (1, "Музыка на воде")]
    assert reader(data).trailer["/Root"]["/Lang"] == "ru"


def test_cyrillic_example_article_extracts_as_cyrillic() -> None:
    path = next((p for p in example_paths() if "cyrillic" in p.name), None)
    if path is None:
        pytest.skip("no Cyrillic example article in examples/articles")
    article = syndicate.parse(path)
    text = all_text(render(article))
    assert norm(article.title) in text
    for block in article.paragraphs():
        assert norm(block.text) in text
    # Most letters are Cyrillic, and none became a replacement box or a question mark run.
    letters = [c for c in text if c.isalpha()]
    assert sum("\u0400" <= c <= "\u04ff" for c in letters) > 0.8 * len(letters)
    assert "\ufffd" not in text and "???" not in text
    # Dates print in the article's language (CLDR long form), never the raw ISO form.
    if article.published:
        from syndicate.i18n import interface

        assert norm(interface(article.language).date(article.published)) in text
        assert article.published not in text


@pytest.mark.parametrize("odd", ["soft\u00adhyphen", "0\x7f", "tab\there", "Ωμέγα", "a\u2028b"])
def test_document_info_round_trips_any_text(odd: str) -> None:
    """Regression (found by hypothesis): "0\x7f" came back from pypdf as "缰"."""
    data = render(Article(title=odd, authors=(Person(odd),), subtitle=odd, tags=(odd,)))
    info = reader(data).metadata
    assert (info.title, info.subject) == (odd, odd)
    # Names and tags are joined into lists, so their whitespace is collapsed first.
    one_line = " ".join(odd.split())
    assert (info.author, info["/Keywords"]) == (one_line, one_line)


# -- hostile text ----------------------------------------------------------------------

HOSTILE = [
    "x<y",
    "a<b>c",
    "AT&T &bogus; &amp; &#65; &nbsp;",
    "<script>alert(1)</script>",
    "<![CDATA[hidden]]>",
    '<img src="/etc/passwd"/>',
    '<font color="red" size="40">big</font>',
    "<para>x</para>",
    '<a href="javascript:alert(1)">click</a>',
    "<b>not bold</b> <i>not italic</i> <br/> </para>",
    "<onDraw name=x/> <seq/> <unknown attr='1'>",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_markup_in_article_text_renders_literally(hostile: str) -> None:
    article = Article(
        title=f"T {hostile}",
        subtitle=f"D {hostile}",
        authors=(Person(f"N {hostile}", f"R {hostile}", f"B {hostile}"),),
        credit_line=f"C {hostile}",
        blocks=(
            Paragraph(f"P {hostile}"),
            Heading(f"H {hostile}"),
            Figure(caption=f"F {hostile}", credit=f"K {hostile}"),
            Quote(f"Q {hostile}", attribution=f"A {hostile}"),
            ListBlock((f"L {hostile}",)),
        ),
    )
    data = render(article)
    text = all_text(data)
    for prefix in "TDNRBCPHFKQAL":
        assert f"{prefix} {norm(hostile)}" in text, prefix
    assert reader(data).metadata.title == article.title
    assert (1, f"H {hostile}") in outline(data)
    assert image_count(data) == 0
    assert not any("javascript" in uri for uri in link_uris(data))


def test_img_tag_never_embeds_a_local_file() -> None:
    real_image = FIXTURES / "images" / "harbour.png"
    text = f'see <img src="{real_image}" width="100" height="100"/> and <img src="/etc/passwd"/>'
    data = render(Article(title="Images", blocks=(Paragraph(text),)))
    assert image_count(data) == 0
    assert norm(text) in all_text(data)


def test_only_http_https_mailto_links_are_live() -> None:
    text = (
        "Go https://example.org/a?b=1&c=2 or mailto:desk@example.org "
        "not javascript:alert(1) nor file:///etc/passwd."
    )
    data = render(Article(title="Links", blocks=(Paragraph(text),)))
    assert link_uris(data) == ["https://example.org/a?b=1&c=2", "mailto:desk@example.org"]
    assert norm(text) in all_text(data)


def test_cve_2023_33733_payload_runs_no_code(tmp_path: Path) -> None:
    canary = tmp_path / "CANARY"
    payload = (
        "<para><font color=\"[[[getattr(pow, Word('__globals__'))['os'].system('touch "
        f"{canary}') for Word in [ orgTypeFun( 'Word', (str,), {{ 'mutated': 1, "
        "'startswith': lambda self, x: 1 == 0, '__eq__': lambda self, x: self.mutate() "
        "and self.mutated < 0 and str(self) == x, 'mutate': lambda self: {setattr(self, "
        "'mutated', self.mutated - 1)}, '__hash__': lambda self: hash(str(self)), }}, ) ] ] "
        "for orgTypeFun in [type(type(1))] for none in [[].append(1)]]] and 'red'\">"
        "exploit</font></para>"
    )
    article = Article(
        title=payload,
        authors=(Person(payload),),
        blocks=(Paragraph(payload), Quote(payload), Figure(caption=payload, credit=payload)),
    )
    data = render(article)
    assert not canary.exists()
    assert squash(payload) in squash(all_text(data))


def test_control_characters_are_removed_with_a_warning() -> None:
    with pytest.warns(UserWarning, match="U\\+0007"):
        article = Article(title="Bell", blocks=(Paragraph("ring\x07 the bell\x00"),))
    assert "ring the bell" in all_text(render(article))


# -- scale and robustness ----------------------------------------------------------------


def test_long_words_and_urls_wrap_inside_the_page() -> None:
    word = "Llanfair" * 120
    url = "https://example.org/" + "segment/" * 80
    data = render(Article(title="Long", blocks=(Paragraph(f"A {word} and {url} end."),)))
    text = page_text(data)[0]
    assert squash(word) in squash(text)
    assert squash(url) in squash(text)
    page = reader(data).pages[0]
    width = float(page.mediabox.width)
    spans: list[tuple[float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            spans.append((tm[4] * cm[0] + cm[4], text))

    page.extract_text(visitor_text=visit)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from syndicate.exporters.pdf_fonts import resolve_family

    regular = resolve_family(None).regular
    for x, piece in spans:
        # Every line starts on the page and, at body size at most, ends on it.
        assert 0 <= x < width
        assert x + stringWidth(piece.rstrip("\n"), regular, 10.5) <= width + 1, piece[:40]


def test_a_huge_single_paragraph_keeps_every_word_in_order() -> None:
    words = [f"w{i}" for i in range(20_000)]
    data = render(Article(title="Huge", blocks=(Paragraph(" ".join(words) + "."),)))
    text = all_text(data)
    assert in_order(text, [f" {w} " for w in words[1:-1:997]])
    assert len(reader(data).pages) > 10


def test_two_thousand_paragraphs_render() -> None:
    blocks = tuple(Paragraph(f"Paragraph {i} of the long article.") for i in range(2000))
    data = render(Article(title="Many", blocks=blocks))
    text = all_text(data)
    # Every one of the 2,000, in order, as pypdf extracts them.
    assert in_order(text, [b.text for b in blocks])
    assert len(set(re.findall(r"Paragraph (\d+) of", text))) == 2000


def test_chunks_cover_the_text_at_sentence_boundaries() -> None:
    sentence = "The council met again on Tuesday to vote. "
    pieces = chunks(sentence * 400)
    assert len(pieces) > 5
    assert " ".join(pieces) == " ".join((sentence * 400).split())
    assert all(len(p) <= 2100 and p.endswith("vote.") for p in pieces)
    # A word longer than any line is cut into slices; no letter is lost.
    pieces = chunks("start " + "x" * 2000 + " end")
    assert pieces[0] == "start" and pieces[-1] == "end"
    assert all(len(p) <= 600 for p in pieces)
    assert squash("".join(pieces)) == squash("start " + "x" * 2000 + " end")


def test_an_image_taller_than_the_page_is_scaled_into_it(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (200, 3000), (40, 90, 140)).save(tmp_path / "tall.png")
    Image.new("RGB", (5000, 300), (200, 60, 40)).save(tmp_path / "wide.png")
    article = Article(
        title="Tall",
        blocks=(Figure("Tall one", "Me", "tall.png"), Figure("Wide one", "Me", "wide.png")),
        source_dir=str(tmp_path),
    )
    data = render(article)
    assert image_count(data) == 2
    pdf = reader(data)
    placed: list[tuple[float, float]] = []

    def visit(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op == b"Do":
            placed.append((abs(cm[0]), abs(cm[3])))

    for page in pdf.pages:
        page.extract_text(visitor_operand_before=visit)
    width, height = float(pdf.pages[0].mediabox.width), float(pdf.pages[0].mediabox.height)
    assert len(placed) == 2
    (tall_w, tall_h), (wide_w, wide_h) = placed
    assert tall_h < height * 0.6 and tall_w == pytest.approx(tall_h * 200 / 3000, rel=0.01)
    assert wide_w < width and wide_h == pytest.approx(wide_w * 300 / 5000, rel=0.01)


def test_missing_image_keeps_caption_with_a_warning(tmp_path: Path) -> None:
    article = Article(
        title="Missing",
        blocks=(Figure("The caption stays", "The credit stays", "nowhere.png"),),
        source_dir=str(tmp_path),
    )
    with pytest.warns(ExportWarning, match="not found"):
        data = render(article)
    text = all_text(data)
    assert "The caption stays" in text and "The credit stays" in text


def test_layout_error_is_a_clear_export_error_and_keeps_the_old_file(
    tmp_path: Path, kitchen_sink: Article
) -> None:
    theme = tmp_path / "theme"
    (theme / "pdf").mkdir(parents=True)
    (theme / "pdf" / "style.yaml").write_text("sizes:\n  body: 900\n  body_leading: 950\n")
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ExportFailed, match="too large to fit on a page") as info:
        syndicate.export(kitchen_sink, "pdf", target, template_dir=str(theme))
    assert "\n" not in str(info.value)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf", "theme"]


def test_bad_theme_values_are_usage_errors(tmp_path: Path, kitchen_sink: Article) -> None:
    (tmp_path / "pdf").mkdir()
    style = tmp_path / "pdf" / "style.yaml"
    for content, message in [
        ("colours:\n  text: red\n", "colour"),
        ("sizes:\n  body: -3\n", "positive number"),
        ("nonsense: 1\n", "unknown key"),
        ("page: [\n", "cannot be read"),
    ]:
        style.write_text(content)
        with pytest.raises(UsageError, match=message):
            render(kitchen_sink, template_dir=str(tmp_path))


# -- fonts -------------------------------------------------------------------------------


def test_another_font_family(tmp_path: Path, kitchen_sink: Article) -> None:
    sans = {str(f["/BaseFont"]) for f in fonts(render(kitchen_sink, font_family="DejaVuSans"))}
    assert all("DejaVuSans" in name for name in sans)
    from syndicate.exporters.pdf_fonts import dejavu_dir

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        shutil.copy(dejavu_dir() / name, tmp_path / name)
    data = render(kitchen_sink, font_family=str(tmp_path))
    for font in fonts(data):
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert kitchen_sink.title in all_text(data)
    with pytest.raises(UsageError, match="not an embeddable TrueType"):
        render(kitchen_sink, font_family="Helvetica")
    with pytest.raises(UsageError, match="unknown font family"):
        render(kitchen_sink, font_family="No Such Family")


def test_imports_stay_cheap_and_matplotlib_is_never_imported() -> None:
    script = (
        "import sys, syndicate.exporters.pdf as m\n"
        "assert 'reportlab' not in sys.modules, 'reportlab imported with the module'\n"
        "syndicate_mod = sys.modules['syndicate']\n"
        "data = syndicate_mod.render(syndicate_mod.Article(title='x'), 'pdf')\n"
        "assert data.startswith(b'%PDF') and 'reportlab' in sys.modules\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported for its fonts'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT)


# -- several articles -------------------------------------------------------------------


def test_several_articles_each_from_a_new_page_with_an_outline(kitchen_sink: Article) -> None:
    second = Article(
        title="Second Story",
        authors=(Person("Ada Reyes"),),
        blocks=(Paragraph("Second body."), Heading("Second Section"), Paragraph("More.")),
    )
    data = render([kitchen_sink, second], title="Weekend Digest")
    assert outline(data) == [
        (0, kitchen_sink.title),
        (1, "Music on the Water"),
        (1, "What Comes Next"),
        (0, "Second Story"),
        (1, "Second Section"),
    ]
    pages = page_text(data)
    start = next(i for i, text in enumerate(pages) if "Second Story" in text)
    assert "Second body." in pages[start]
    assert kitchen_sink.rights not in pages[start]
    assert pages[start].splitlines()[0].startswith("Second Story")
    info = reader(data).metadata
    assert info.title == "Weekend Digest"
    assert info.author == "Maren Oakes, Tomasz Wilk, Ada Reyes"


def outline_pages(data: bytes) -> list[tuple[str, int]]:
    """(title, 0-based page index) of every outline entry, in order."""
    pdf = reader(data)
    out: list[tuple[str, int]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append((str(item.title), pdf.get_destination_page_number(item)))

    walk(pdf.outline)
    return out


def test_outline_entries_and_links_point_at_their_own_pages() -> None:
    """Pages are written only once the total is known; every target must still be right."""
    filler = tuple(Paragraph(f"Filler sentence number {i} of the section. " * 12) for i in range(9))
    first = Article(
        title="First Long Story",
        blocks=tuple(
            block
            for n in range(5)
            for block in (
                Heading(f"Section Number {n}"),
                Paragraph(f"Read https://example.org/section-{n} for section {n}."),
                *filler,
            )
        ),
    )
    second = Article(title="Second Story", blocks=(Heading("Only Section"), *filler))
    data = render([first, second])
    pages = page_text(data)
    assert len(pages) >= 8

    # Without the running header (first line) and footer (last line) of each page.
    bodies = [norm("\n".join(page.strip().splitlines()[1:-1])) for page in pages]

    def page_of(text: str) -> int:
        found = [i for i, body in enumerate(bodies) if text in body]
        assert len(found) == 1, (text, found)
        return found[0]

    targets = outline_pages(data)
    assert [title for title, _ in targets] == [
        "First Long Story",
        *(f"Section Number {n}" for n in range(5)),
        "Second Story",
        "Only Section",
    ]
    for title, index in targets:
        assert page_of(title) == index, title
    # The sections are spread over several pages, so page 1 for all would fail above.
    assert len({index for _, index in targets}) >= 5
    # Each link annotation sits on the page whose text holds the link.
    pdf = reader(data)
    for n in range(5):
        uri = f"https://example.org/section-{n}"
        holders = [
            i
            for i, page in enumerate(pdf.pages)
            for annot in page.get("/Annots", []) or []
            if str(annot.get_object()["/A"].get_object()["/URI"]) == uri
        ]
        assert holders == [page_of(uri)], uri
    # Footers count the whole document, over both articles.
    for number, text in enumerate(pages, start=1):
        lines = [line for line in text.splitlines() if line.strip()]
        assert lines[-1].strip() == f"Page {number} of {len(pages)}"


def test_an_edited_theme_file_is_read_again(tmp_path: Path, kitchen_sink: Article) -> None:
    """The parsed page style is cached, but an edit (same size, new mtime) is noticed."""
    style = tmp_path / "pdf" / "style.yaml"
    style.parent.mkdir()
    style.write_text("sizes:\n  body: 10\n  body_leading: 13\n")
    os.utime(style, ns=(1_000_000_000, 1_000_000_000))
    small = len(reader(render(kitchen_sink, template_dir=str(tmp_path))).pages)
    assert small == len(reader(render(kitchen_sink, template_dir=str(tmp_path))).pages)
    style.write_text("sizes:\n  body: 30\n  body_leading: 39\n")
    os.utime(style, ns=(2_000_000_000, 2_000_000_000))
    large = len(reader(render(kitchen_sink, template_dir=str(tmp_path))).pages)
    assert large > small
    style.write_text("sizes:\n  body: -1\n  body_leading: 39\n")
    with pytest.raises(UsageError, match="positive number"):
        render(kitchen_sink, template_dir=str(tmp_path))


# -- reproducibility ---------------------------------------------------------------------


def test_same_source_date_epoch_gives_identical_bytes(
    kitchen_sink: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    undated = kitchen_sink.replace(published=None, updated=None)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = render(undated)
    # A fresh process: font registration, hashing and caches start from scratch.
    script = (
        "import sys, syndicate; sys.stdout.buffer.write(syndicate.render("
        f"syndicate.parse({str(FIXTURES / 'kitchen_sink.json')!r}).replace("
        "published=None, updated=None), 'pdf'))"
    )
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PYTHONHASHSEED": "random"}
    second = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, check=True, env=env, cwd=ROOT
    ).stdout
    assert first == second
    assert reader(first).metadata["/CreationDate"].startswith("D:20231114221320")


# -- property ----------------------------------------------------------------------------


# Text that stresses reportlab: its markup characters and entities, quotes, non-Latin
# letters, and anything else hypothesis finds.
_HOSTILE_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("<>&;\"'/=[]() \n\tabcxyzАЖЯΩλ–—“”…")),
        st.characters(),
    ),
    max_size=200,
)
_BLOCKS = st.one_of(
    st.builds(Paragraph, _HOSTILE_TEXT),
    st.builds(Heading, _HOSTILE_TEXT, st.integers(1, 6)),
    st.builds(Figure, _HOSTILE_TEXT, _HOSTILE_TEXT, st.none(), _HOSTILE_TEXT),
    st.builds(Quote, _HOSTILE_TEXT, st.none() | _HOSTILE_TEXT),
    st.builds(ListBlock, st.lists(_HOSTILE_TEXT, max_size=4).map(tuple), st.booleans()),
)


@pytest.mark.filterwarnings("ignore::UserWarning")
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_HOSTILE_TEXT,
    author=_HOSTILE_TEXT,
    blocks=st.lists(_BLOCKS, max_size=12),
)
def test_arbitrary_models_render_and_read_back(title: str, author: str, blocks: list) -> None:
    """Any characters in any block: pypdf reads the PDF, and the body text comes back."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = Article(title=title, authors=(Person(author, author),), blocks=tuple(blocks))
        data = render(article)
    pdf = reader(data)
    assert len(pdf.pages) >= 1
    # An untitled (blank-titled) article is named by its display title (round 22).
    assert (pdf.metadata.title or "") == article.display_title
    text = squash(all_text(data))
    for block in article.paragraphs():
        # Letters and digits only: pypdf may drop or split characters DejaVu has no glyph for.
        letters = "".join(c for c in block.text if c.isalnum() and c.isascii())
        assert letters in "".join(c for c in text if c.isalnum() and c.isascii())


def _rectangles(data: bytes) -> list[tuple[float, float]]:
    """The left and right edge of every rectangle drawn on the first page, in page space."""
    from pypdf.generic import ContentStream

    pdf = reader(data)
    stack: list[tuple[float, float, float]] = []
    scale, dx, dy = 1.0, 0.0, 0.0  # reportlab only translates the flowables it draws
    edges: list[tuple[float, float]] = []
    for operands, operator in ContentStream(pdf.pages[0].get_contents(), pdf).operations:
        if operator == b"q":
            stack.append((scale, dx, dy))
        elif operator == b"Q":
            scale, dx, dy = stack.pop()
        elif operator == b"cm":
            a, _b, _c, _d, e, f = (float(v) for v in operands)
            dx, dy, scale = dx + scale * e, dy + scale * f, scale * a
        elif operator == b"re":
            x, _y, w, _h = (float(v) for v in operands)
            edges.append((dx + scale * x, dx + scale * (x + w)))
    return edges


@pytest.mark.parametrize("language", ["en", "zh", "ar"])
def test_a_figure_without_an_image_keeps_its_caption_box_inside_the_margins(
    language: str,
) -> None:
    from syndicate.exporters.pdf_style import load_page_style

    article = Article(
        title="Box",
        language=language,
        blocks=(Paragraph("Before."), Figure("A caption alone in its box, " * 6)),
    )
    data = render(article)
    width = float(reader(data).pages[0].mediabox.width)
    _top, right, _bottom, left = load_page_style(None).margins
    boxes = _rectangles(data)
    assert boxes, "the caption box is drawn"
    for start, end in boxes:
        assert left - 0.01 <= start and end <= width - right + 0.01, (start, end)
