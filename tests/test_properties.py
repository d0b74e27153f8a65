"""Property-based tests: arbitrary models through every exporter give outputs their real
readers accept, or a clear syndicate error — never a crash.

Failures once found by these properties are kept as explicit regression cases below.
"""

from __future__ import annotations

import io
import json
import warnings
import zipfile

import pytest
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


def _available(names: tuple[str, ...]) -> list[str]:
    out = []
    for name in names:
        try:
            syndicate.get_exporter(name)
        except SyndicateError:
            continue
        out.append(name)
    return out


FORMATS = _available(("epub", "pdf", "docx", "rss", "atom", "jsonfeed", "html"))


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
