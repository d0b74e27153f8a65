"""The HTML reader on hand-labelled pages (tests/pages), and on hostile pages.

Each ``NAME.html`` in tests/pages is an original page in the shape of a
publishing system; ``NAME.expected.json`` beside it is its model, written by
hand in the LABELS.md schema of ../shared/reader (dates as YYYY-MM-DD, language as
ISO 639-1, paragraph count, first/last paragraph, noise, full body), extended with
``published_at``/``updated_at`` (the full stated value), ``language_tag``, publisher,
url, tags, rights, figure ``src`` and position, and the fields whose sources disagree.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from syndicate.errors import SourceNotUnderstood, SourceUnreadable
from syndicate.readers import read_source, sniff
from syndicate.readers.html import parse_html

PAGES = Path(__file__).parent / "pages"
NAMES = sorted(p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json"))


def _body(model: dict) -> list[str]:
    out: list[str] = []
    for block in model["blocks"]:
        if block["type"] in ("paragraph", "quote"):
            out.append(block["text"])
        elif block["type"] == "list":
            out.extend(block["items"])
    return out


def _figures(model: dict) -> list[dict]:
    out, before = [], 0
    for block in model["blocks"]:
        if block["type"] == "figure":
            out.append(
                {
                    "caption": block["caption"],
                    "credit": block["credit"],
                    "src": block["src"],
                    "before_paragraph": before,
                }
            )
        elif block["type"] in ("paragraph", "quote"):
            before += 1
        elif block["type"] == "list":
            before += len(block["items"])
    return out


def test_there_are_at_least_twelve_pages_in_four_languages() -> None:
    assert len(NAMES) >= 12
    languages = {
        json.loads((PAGES / f"{n}.expected.json").read_text("utf-8"))["language"].split("-")[0]
        for n in NAMES
    }
    assert len(languages) >= 4


@pytest.mark.parametrize("name", NAMES)
def test_page_gives_its_expected_model(name: str) -> None:
    expected = json.loads((PAGES / f"{name}.expected.json").read_text("utf-8"))
    model = read_source(PAGES / f"{name}.html").to_dict()
    got_authors = [{k: a[k] for k in ("name", "role", "bio")} for a in model["authors"]]
    assert got_authors == expected["authors"]
    for key in ("title", "subtitle", "url", "credit_line"):
        assert model[key] == expected[key], key
    for key in ("published", "updated"):
        assert model[key] == expected.get(f"{key}_at", expected[key]), key
    assert model["language"] == expected.get("language_tag", expected["language"])
    assert model["publisher"] == expected["publisher"]
    for key in ("tags", "rights"):
        if key in expected:
            assert model[key] == expected[key], key
    assert [c["name"] for c in model["contributors"]] == expected["contributors"]
    assert [h["text"] for h in model["blocks"] if h["type"] == "heading"] == expected["headings"]
    assert _figures(model) == expected["figures"]
    assert _body(model) == expected["body"]
    assert len(expected["body"]) == expected["paragraph_count"]
    shown = [*_body(model), *(h["text"] for h in model["blocks"] if h["type"] == "heading")]
    shown += [f["caption"] or "" for f in _figures(model)]
    for line in expected["noise"]:
        assert not any(line in text for text in shown), line
    conflicts = sorted(
        k.removesuffix(".conflict") for k in model["provenance"] if k.endswith(".conflict")
    )
    for field in expected.get("conflicts", []):
        assert field in conflicts, field
    for key in ("title", "blocks[0]"):
        assert model["provenance"][key]["rule"]


def test_pages_are_chosen_by_extension_and_by_sniffing() -> None:
    text = (PAGES / "ghost.html").read_text("utf-8")
    assert sniff(text) == "html"
    assert sniff("<!-- saved --> <!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert sniff("Harbour wall vote\n\nThe <p> tag is mentioned here.") == "text"


def test_stdin_page_is_sniffed(tmp_path: Path) -> None:
    page = (PAGES / "ghost.html").read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "syndicate", "inspect", "-", "--json"],
        input=page, capture_output=True, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"] == "What the night shift at a seed bank taught me"


# -- hostile pages ---------------------------------------------------------------------

_HOSTILE = """<!doctype html><html><head><title>T</title>
<style>p {{ color: red }} .x::after {{ content: "STYLE-LEAK" }}</style>
<script>document.write("SCRIPT-LEAK")</script></head><body><article>
<h1>Hostile page headline</h1>
<p>First paragraph of the hostile page, long enough to be taken for the body of an article.
<a href="javascript:alert(1)">a link</a> &lt;script&gt;alert(2)&lt;/script&gt; is text.</p>
<iframe srcdoc="&lt;p&gt;IFRAME-LEAK&lt;/p&gt;"></iframe>
<figure><img src="javascript:alert(3)" alt="x">
<figcaption>A caption that stays plain text.</figcaption></figure>
<p>Second paragraph with more words so that the extractor keeps it as article text.{extra}</p>
<noscript><p>NOSCRIPT-TEXT</p></noscript>
</article></body></html>"""


def test_script_style_iframe_and_javascript_links_are_inert() -> None:
    model = parse_html(_HOSTILE.format(extra=""), label="hostile").to_dict()
    dumped = json.dumps(model)
    for leak in ("SCRIPT-LEAK", "STYLE-LEAK", "IFRAME-LEAK", "javascript:"):
        assert leak not in dumped
    figure = next(b for b in model["blocks"] if b["type"] == "figure")
    assert figure["src"] is None and figure["caption"] == "A caption that stays plain text."
    assert "<script>alert(2)</script> is text." in _body(model)[0]


def test_nesting_bomb_is_read_or_refused_in_one_line() -> None:
    deep = "<div>" * 100_000 + "deep text" + "</div>" * 100_000
    try:
        article = parse_html(_HOSTILE.format(extra=deep), label="deep")
    except SourceNotUnderstood as exc:
        assert "\n" not in str(exc)
    else:
        assert article.title == "Hostile page headline"


def test_entity_bomb_expands_nothing() -> None:
    page = (
        '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        + _HOSTILE.format(extra=" &c;&c;&c;&c;").split("\n", 1)[1]
    )
    article = parse_html("<!doctype html>" + page, label="entities")
    assert "aaaaaaaaaaaaaaaaaaaa" not in json.dumps(article.to_dict())


def test_undecodable_and_oversized_pages_fail_in_one_line(tmp_path: Path, monkeypatch) -> None:
    broken = tmp_path / "broken.html"
    broken.write_bytes(b"<!doctype html><html><body>\x00\x01\x02" + bytes(range(256)) * 50)
    with pytest.raises((SourceUnreadable, SourceNotUnderstood)) as info:
        read_source(broken)
    assert "\n" not in str(info.value)
    monkeypatch.setattr("syndicate.readers.MAX_SOURCE_BYTES", 1024)
    big = tmp_path / "big.html"
    big.write_text(_HOSTILE.format(extra=" word" * 1000), encoding="utf-8")
    with pytest.raises(SourceUnreadable, match="limit"):
        read_source(big)


def test_page_charset_is_honoured(tmp_path: Path) -> None:
    page = _HOSTILE.format(extra=" Café crème à Noël.").replace(
        "<head>", '<head><meta charset="windows-1252">'
    )
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("cp1252"))
    assert "Café crème à Noël." in _body(read_source(path).to_dict())[1]


def test_import_syndicate_imports_no_html_library(tmp_path: Path) -> None:
    code = (
        "import sys, syndicate, syndicate.cli, syndicate.readers\n"
        "heavy = ('trafilatura', 'lxml.html', 'urllib3', 'justext')\n"
        "bad = [m for m in heavy if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr


# -- every output made from a page reads back whole ------------------------------------

_FORMATS = "epub,pdf,docx,rss,atom,jsonfeed"


def _export_and_verify(name: str, formats: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    page = PAGES / f"{name}.html"
    out = tmp_path / "out"
    command = [sys.executable, "-m", "syndicate"]
    export = subprocess.run(
        [*command, "export", str(page), "--format", formats, "--site-url", "https://example.org/",
         "-o", f"{out}/", "-q"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert export.returncode == 0, export.stderr
    return subprocess.run(
        [*command, "verify", *map(str, sorted(out.iterdir())), "--source", str(page)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_outputs_made_from_the_page_pass_verify(name: str, tmp_path: Path) -> None:
    formats = _FORMATS if name != "brightspot" else _FORMATS.replace("docx,", "")
    proc = _export_and_verify(name, formats, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_spanish_docx_with_two_dates_passes_verify(tmp_path: Path) -> None:
    proc = _export_and_verify("brightspot", "docx", tmp_path)
    assert proc.returncode == 0, proc.stdout


def test_page_with_more_text_than_any_article_is_refused(monkeypatch) -> None:
    monkeypatch.setattr("syndicate.readers.html.MAX_TEXT_CHARS", 2000)
    with pytest.raises(SourceNotUnderstood, match="more than any article"):
        parse_html(_HOSTILE.format(extra=" word" * 1000), label="long")


def test_page_without_headline_or_boilerplate_still_reads() -> None:
    article = parse_html("<html><body>\n  Test\n</body></html>", label="bare")
    assert article.title == "Test" and article.provenance["title"].rule == "inferred:first-words"
    assert [b.text for b in article.paragraphs()] == ["Test"]


_FIGURE_PAGE = """<!doctype html><html lang="en"><head><title>Figures</title>
<base href="https://pics.example/news/"></head><body><article><h1>Figure shapes on one page</h1>
<p>The first paragraph of the figure page, long enough for the extractor to keep it as text.</p>
<figure><img src="a.jpg"><figcaption><span class="c-caption">Boats at dawn.</span>
<cite class="c-credit">Photo credit: Ines Roe / Harbour Trust</cite></figcaption></figure>
<p>The second paragraph of the figure page, also long enough to count as article text here.</p>
<figure><img class="lazy" src="data:image/gif;base64,R0lGODlh" data-src="/img/b.jpg">
<figcaption>Nets drying on the quay. <small>picture alliance / dpa</small></figcaption></figure>
<p>The third paragraph of the figure page, again long enough to count as article text here.</p>
<figure><picture><source srcset="c-480.webp 480w, c-1200.webp 1200w"></picture>
<figcaption>A map of the bay and its two harbours. (Lia Moreau)</figcaption></figure>
<p>The fourth paragraph of the figure page, again long enough to count as article text here.</p>
<figure><amp-img src="d.jpg" width="800" height="600"></amp-img>
<figcaption>The lighthouse. Photo: Sam Ode</figcaption></figure>
<p>The fifth and last paragraph of the figure page, long enough to count as article text.</p>
</article></body></html>"""


def test_figure_shapes_give_caption_credit_and_resolved_src() -> None:
    article = parse_html(_FIGURE_PAGE, label="figures")
    figures = [(f.caption, f.credit, f.src) for f in article.figures()]
    assert figures == [
        ("Boats at dawn.", "Ines Roe / Harbour Trust", "https://pics.example/news/a.jpg"),
        ("Nets drying on the quay.", "picture alliance / dpa", "https://pics.example/img/b.jpg"),
        (
            "A map of the bay and its two harbours.",
            "Lia Moreau",
            "https://pics.example/news/c-1200.webp",
        ),
        ("The lighthouse.", "Sam Ode", "https://pics.example/news/d.jpg"),
    ]
    kinds = [b.type for b in article.blocks]
    assert kinds == ["paragraph", "figure"] * 4 + ["paragraph"]


def test_hostile_page_is_inert_in_html_and_epub_outputs(tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(_HOSTILE.format(extra=""), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "syndicate", "export", str(page), "--format", "html,epub",
         "-o", f"{tmp_path / 'out'}/", "-q"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    html_out = next((tmp_path / "out").glob("*.html")).read_text("utf-8")
    import zipfile

    with zipfile.ZipFile(next((tmp_path / "out").glob("*.epub"))) as book:
        epub_text = "".join(
            book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xhtml")
        )
    for text in (html_out, epub_text):
        assert "&lt;script&gt;alert(2)&lt;/script&gt;" in text
        for leak in ("<script>alert", "javascript:", "SCRIPT-LEAK", "IFRAME-LEAK", "STYLE-LEAK"):
            assert leak not in text


def test_hidden_elements_and_toolbars_stay_out_of_the_body() -> None:
    extra = (
        "</p><div hidden><p>HIDDEN promo text that the page never shows to a reader.</p></div>"
        '<ul class="toolbar"><li>Share on Facebook</li><li>Next</li><li>1 of 5</li></ul><p>'
        "Closing words of the article."
    )
    body = " ".join(_body(parse_html(_HOSTILE.format(extra=extra), label="hidden").to_dict()))
    assert "Closing words of the article." in body
    for leak in ("HIDDEN promo", "Share on Facebook", "1 of 5"):
        assert leak not in body


_BODY = "<p>" + "A sentence of the article body that the extractor keeps as text. " * 4 + "</p>"


def _page(head: str, body: str = "") -> str:
    return (
        f"<!doctype html><html><head>{head}</head>"
        f"<body><article>{body}{_BODY}</article></body></html>"
    )


def test_jsonld_author_forms_graph_and_cdata() -> None:
    as_string = _page(
        '<script type="application/ld+json">//<![CDATA[\n{"@context":"https://schema.org",'
        '"@type":["NewsArticle","Thing"],"headline":"String authors","author":"Ana Lima, Bo Berg",'
        '"inLanguage":"pt-BR","keywords":["a","b"]}\n//]]></script>'
    )
    article = parse_html(as_string, label="s")
    assert [p.name for p in article.authors] == ["Ana Lima", "Bo Berg"]
    assert (article.language, article.tags) == ("pt-BR", ("a", "b"))
    graph = _page(
        '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},'
        '{"@type":"ReportageNewsArticle","headline":"Graph article","author":[{"@id":"#p"}],'
        '"publisher":{"@id":"#o"},"datePublished":"2025-03-01T10:00:00+01:00"},'
        '{"@id":"#p","@type":"Person","name":"Cy Dorn","jobTitle":"Reporter",'
        '"description":"Cy Dorn covers courts."},{"@id":"#o","@type":"Organization",'
        '"name":"The Ledger","url":"https://ledger.example/"}]}</script>'
    )
    article = parse_html(graph, label="g")
    assert article.title == "Graph article"
    assert article.authors[0].name == "Cy Dorn" and article.authors[0].role == "Reporter"
    assert article.authors[0].bio == "Cy Dorn covers courts."
    assert article.publisher is not None and article.publisher.name == "The Ledger"
    assert article.published == "2025-03-01T10:00:00+01:00"
    assert article.provenance["authors"].rule == "jsonld.author"


def test_microdata_person_and_meta_fallbacks() -> None:
    page = _page(
        '<meta property="og:title" content="Meta title | Site"><meta property="og:site_name" '
        'content="Site"><meta property="og:locale" content="fr_FR">'
        '<meta name="keywords" content="x, y">',
        '<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">'
        'Microdata headline</h1><span itemprop="author" itemscope itemtype="https://schema.org/'
        'Person"><span itemprop="name">Dee Ek</span> <span itemprop="jobTitle">Editor</span>'
        '</span><time itemprop="datePublished" datetime="2024-12-24">24 Dec</time></div>',
    )
    article = parse_html(page, label="m")
    assert article.title == "Microdata headline"
    assert article.provenance["title.conflict"].rule.startswith("meta[og:title] says 'Meta title'")
    assert (article.authors[0].name, article.authors[0].role) == ("Dee Ek", "Editor")
    assert article.published == "2024-12-24"
    assert (article.language, article.tags) == ("fr-FR", ("x", "y"))
    assert article.publisher is not None and article.publisher.name == "Site"


def test_jsonld_article_body_when_the_markup_holds_little() -> None:
    text = "\\n".join(
        f"Paragraph {n} of the article as the data states it, in full words." for n in range(20)
    )
    page = (
        '<!doctype html><html><head><script type="application/ld+json">{"@type":"NewsArticle",'
        f'"headline":"Rendered by script","articleBody":"{text}"}}</script></head>'
        "<body><div id=app><h1>Rendered by script</h1><p>Loading…</p></div></body></html>"
    )
    article = parse_html(page, label="spa")
    assert len(article.paragraphs()) == 20
    assert article.provenance["blocks[0]"].rule == "jsonld.articleBody"


def test_furniture_classes_on_the_article_itself_do_not_empty_it() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n} of a story whose wrapper has a sharing class, long enough to keep.</p>"
        for n in range(6)
    )
    page = (
        '<!doctype html><html><body><div class="layout sidebar-right nav-drawer"><article>'
        f'<h1>Wrapped story</h1><div class="body social-share-enabled">{paragraphs}</div>'
        '<div class="related-links"><p>Another story entirely, which is only a link.</p></div>'
        "</article></div></body></html>"
    )
    body = _body(parse_html(page, label="wrapped").to_dict())
    assert len(body) == 6 and all(p.startswith("Paragraph") for p in body)


def test_a_visible_numeric_date_reads_in_the_page_language() -> None:
    """A Spanish page's "06/05/2025" is day-first: no AmbiguousDateWarning, no date dropped."""
    import warnings

    from syndicate.readers.scraped.dates import AmbiguousDateWarning

    page = (
        '<!doctype html><html lang="es"><head><title>El puerto amplía su muelle</title></head>'
        "<body><article><h1>El puerto amplía su muelle</h1>"
        '<div class="date">06/05/2025 05:40</div>'
        "<p>" + "La autoridad portuaria presentó ayer el proyecto de ampliación. " * 8 + "</p>"
        f"{_BODY}</article></body></html>"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", AmbiguousDateWarning)
        article = parse_html(page, label="es")
    assert (article.published or "").startswith("2025-05-06")
