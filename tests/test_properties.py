"""Property-based tests: arbitrary models through every exporter give outputs their real
readers accept, or a clear syndicate error — never a crash.

Failures once found by these properties are kept as explicit regression cases below.
"""

from __future__ import annotations

import io
import json
import warnings
import zipfile
from datetime import UTC, date

import pytest
import readback
from conftest import FIXTURES
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import syndicate
from syndicate.errors import SyndicateError
from syndicate.model import (
    Article,
    Contributor,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Person,
    Publisher,
    Quote,
)

SITE = "https://news.example.org/"

# Cleaning and degradation warnings are expected here by construction.
pytestmark = pytest.mark.filterwarnings(
    "ignore::syndicate.textclean.TextCleanedWarning",
    "ignore::syndicate.exporters.base.ExportWarning",
)

# Any text at all: the model must clean what XML cannot carry, exporters must escape the rest.
_any = st.text(max_size=60)
_hostile = st.sampled_from(
    [
        "x<y",
        "a<b>c",
        "AT&T &bogus;",
        "<script>alert(1)</script>",
        "<![CDATA[gone?]]>",
        '<img src="/etc/passwd"/>',
        "<font color=red>red</font>",
        "<para>p</para>",
        '<a href="javascript:alert(1)">x</a>',
        "]]>",
        "\ud800 lone surrogate",
        "\x00\x07\x1b controls",
        "\ufffe\uffff",
        "",
        "   ",
        "\n\n",
        "w" * 300,
        "https://example.org/" + "p" * 200,
    ]
)
_text = st.one_of(_any, _hostile)
_block = st.one_of(
    st.builds(Paragraph, _text),
    st.builds(Heading, _text, st.integers(1, 6)),
    st.builds(Figure, st.none() | _text, st.none() | _text, st.none(), st.none() | _text),
    st.builds(Quote, _text, st.none() | _text),
    st.builds(ListBlock, st.lists(_text, max_size=4).map(tuple), st.booleans()),
)
_article = st.builds(
    Article,
    title=_text.filter(lambda t: bool(t.strip())),
    subtitle=st.none() | _text,
    authors=st.lists(
        st.builds(Person, _text, st.none() | _text, st.none() | _text), max_size=3
    ).map(tuple),
    contributors=st.lists(st.builds(Contributor, _text), max_size=2).map(tuple),
    credit_line=st.none() | _text,
    published=st.none() | st.sampled_from(["2024-05-28", "2025-01-02T03:04:05+02:00"]),
    tags=st.lists(_text, max_size=3).map(tuple),
    rights=st.none() | _text,
    blocks=st.lists(_block, max_size=12).map(tuple),
)


def _read_back(fmt: str, data: bytes) -> None:
    """Open ``data`` with the format's real reader; raise if it is not accepted."""
    if fmt in ("epub", "docx"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert archive.testzip() is None
            from lxml import etree

            for name in archive.namelist():
                if name.endswith((".xhtml", ".xml", ".opf", ".ncx")):
                    etree.fromstring(archive.read(name))
        if fmt == "docx":
            import docx

            docx.Document(io.BytesIO(data))
    elif fmt == "pdf":
        import pypdf

        reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
        for page in reader.pages:
            page.extract_text()
    elif fmt in ("rss", "atom"):
        import feedparser

        parsed = feedparser.parse(io.BytesIO(data))
        assert not parsed.bozo, parsed.bozo_exception
        assert len(parsed.entries) >= 1
    elif fmt == "jsonfeed":
        feed = json.loads(data)
        assert feed["version"].startswith("https://jsonfeed.org/version/1")
        assert len(feed["items"]) >= 1
    elif fmt == "html":
        from lxml import html

        html.document_fromstring(data)


# Every built-in format, always: a broken exporter must fail these tests, not drop out.
FORMATS = ("epub", "pdf", "docx", "rss", "atom", "jsonfeed", "html")


@pytest.mark.parametrize("fmt", FORMATS)
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(article=_article)
@example(article=Article(title="\ud800", blocks=(Paragraph("after the surrogate"),)))
@example(article=Article(title="x", blocks=(Figure(), ListBlock(()), Quote(""), Heading(""))))
def test_any_article_gives_an_output_its_reader_accepts(fmt: str, article: Article) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            data = syndicate.render(article, fmt, site_url=SITE)
        except SyndicateError as error:
            # A clear, one-line refusal is acceptable; a crash is not.
            assert "\n" not in str(error)
            return
    _read_back(fmt, data)


@pytest.mark.parametrize("fmt", FORMATS)
def test_hundreds_of_blocks(fmt: str) -> None:
    blocks = []
    for i in range(400):
        blocks.append(Heading(f"Section {i}") if i % 50 == 0 else Paragraph(f"Paragraph {i} " * 12))
        if i % 100 == 7:
            blocks.append(Figure(caption=f"Caption {i}", credit=f"Credit {i}"))
    article = Article(title="Long read", authors=(Person("A. Writer"),), blocks=tuple(blocks))
    _read_back(fmt, syndicate.render(article, fmt, site_url=SITE))


# -- every element found by the format's own reader ------------------------------------------


def _pdf_font_characters() -> list[str]:
    """Letters, digits, punctuation and symbols up to U+04FF that all four PDF fonts draw."""
    import unicodedata

    from reportlab.pdfbase.ttfonts import TTFont

    from syndicate.exporters.pdf_fonts import dejavu_dir

    faces = ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic")
    maps = [
        set(TTFont(face, str(dejavu_dir() / f"{face}.ttf")).face.charToGlyph) for face in faces
    ]
    return [
        chr(code)
        for code in sorted(set.intersection(*maps))
        if 0x20 <= code <= 0x4FF
        and unicodedata.category(chr(code))[0] in "LNPSZ"
        and chr(code) != "\u00ad"  # a soft hyphen is invisible by design
    ]


# Text every format can show: what the PDF fonts draw (Latin, Greek, Cyrillic; CJK or emoji
# are not claimed), markup characters, tabs and line breaks.
_shown_chars = st.sampled_from(_pdf_font_characters()) | st.sampled_from("<>&\"'\t\n")
_shown = st.text(_shown_chars, min_size=1, max_size=40).filter(lambda t: bool(t.strip()))
_IMAGES = FIXTURES / "images"
_figure = st.builds(
    Figure,
    st.none() | _shown,
    st.none() | _shown,
    st.none() | st.sampled_from(sorted(p.name for p in _IMAGES.iterdir())),
    st.none() | _shown,
)
_shown_block = st.one_of(
    st.builds(Paragraph, _shown),
    st.builds(Heading, _shown, st.integers(1, 6)),
    _figure,
    st.builds(Quote, _shown, st.none() | _shown),
    st.builds(ListBlock, st.lists(_shown, min_size=1, max_size=3).map(tuple), st.booleans()),
)
# The model's whole range (any ISO 8601 date Python can hold): every format must export them.
_date = (
    st.none()
    | st.dates().map(date.isoformat)
    | st.datetimes(timezones=st.just(UTC)).map(lambda d: d.replace(microsecond=0).isoformat())
)
_shown_article = st.builds(
    Article,
    title=_shown,
    subtitle=st.none() | _shown,
    authors=st.lists(st.builds(Person, _shown, st.none() | _shown), max_size=3).map(tuple),
    published=_date,
    updated=_date,
    language=st.sampled_from(["en", "de", "ru", "el", "fr-CA", "pt-BR"]),
    publisher=st.none() | st.builds(Publisher, _shown, st.none() | st.just("https://p.example/")),
    url=st.none() | st.sampled_from(["https://news.example.org/a/b", "https://x.example/?q=(1)"]),
    tags=st.lists(_shown, max_size=3).map(tuple),
    blocks=st.lists(_shown_block, min_size=1, max_size=8).map(tuple),
    source_dir=st.just(str(_IMAGES)),
)


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(article=_shown_article)
def test_every_element_is_found_by_the_formats_reader(fmt: str, article: Article) -> None:
    """Each paragraph, heading, caption, credit, quote, list item and byline, read back."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = syndicate.render(article, fmt, site_url=SITE)
    assert readback.missing(fmt, data, article) == []


def test_a_pdf_figure_with_an_image_and_no_caption_renders() -> None:
    article = Article(
        title="Quay", blocks=(Figure(src="harbour.png"),), source_dir=str(_IMAGES)
    )
    assert readback.missing("pdf", syndicate.render(article, "pdf"), article) == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("when", ["0001-01-01", "9999-12-31T23:59:59+00:00", "2108-01-01"])
def test_the_models_extreme_dates_export_in_every_format(fmt: str, when: str) -> None:
    """Zip entries cannot hold dates past 2107: the EPUB clamps its entry times, not the date."""
    article = Article(
        title="Far", published=when, updated=when, blocks=(Paragraph("Late."),)
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = syndicate.render(article, fmt, site_url=SITE)
    assert readback.missing(fmt, data, article) == []
