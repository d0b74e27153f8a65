"""The ``html`` exporter: pages read back with lxml.html, JSON-LD read back with json."""

from __future__ import annotations

import base64
import json
import warnings
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import syndicate
from syndicate import Article, Figure, Heading, Paragraph, Person, Publisher, Quote
from syndicate.errors import UsageError
from syndicate.exporters.base import ExportWarning

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_EXPECTED = (
    Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_c88e193830f29f3d.expected.json"
)


def page(articles: Article | list[Article], **options: Any) -> Any:
    """Render with the real exporter and parse the bytes with lxml's HTML parser."""
    data = syndicate.render(articles, "html", **options)
    assert data.startswith(b"<!DOCTYPE html>")
    return lxml.html.document_fromstring(data)


def texts(root: Any, xpath: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in root.xpath(xpath)]


def ld_objects(root: Any) -> list[dict[str, Any]]:
    scripts = root.xpath('//script[@type="application/ld+json"]')
    return [json.loads(s.text) for s in scripts]


def norm(text: str) -> str:
    return " ".join(text.split())


def test_kitchen_sink_page_holds_every_block(kitchen_sink: Article) -> None:
    root = page(kitchen_sink)
    assert texts(root, "//h1[@class='title']") == [kitchen_sink.title]
    assert root.xpath("//title")[0].text == kitchen_sink.title
    assert root.get("lang") == "en"
    assert texts(root, "//p[@class='dek']") == [kitchen_sink.subtitle]
    body_paragraphs = texts(root, "//article/p")
    assert body_paragraphs == [norm(p.text) for p in kitchen_sink.paragraphs()]
    assert texts(root, "//article/h2[starts-with(@id, 'sec-')]") == [
        h.text for h in kitchen_sink.headings()
    ]
    figures = kitchen_sink.figures()
    assert texts(root, "//figcaption/span[@class='caption']") == [f.caption for f in figures]
    assert texts(root, "//figcaption/span[@class='credit']") == [f.credit for f in figures]
    quote = next(b for b in kitchen_sink.blocks if isinstance(b, Quote))
    assert texts(root, "//blockquote[@class='quote']/p") == [quote.text]
    assert texts(root, "//footer[@class='attribution']") == [quote.attribution]
    assert texts(root, "//li") == [
        item for b in kitchen_sink.blocks if hasattr(b, "items") for item in b.items
    ]
    assert texts(root, "//p[@class='credit-line']") == [kitchen_sink.credit_line]
    assert texts(root, "//p[@class='author-bio']") == [kitchen_sink.authors[0].bio]
    assert texts(root, "//p[@class='rights']") == [kitchen_sink.rights]
    assert texts(root, "//span[@class='author']") == [p.name for p in kitchen_sink.authors]
    # Markup in the text stayed text; only the http link became live.
    assert "<b>not bold</b>" in body_paragraphs[-1]
    assert not root.xpath("//article//b")
    assert [a.get("href") for a in root.xpath("//article//a")] == [
        "https://news.example.org/festival-guide"
    ]


def test_standalone_page_embeds_the_image_bytes(kitchen_sink: Article) -> None:
    root = page(kitchen_sink)
    images = root.xpath("//figure/img")
    assert len(images) == 1  # the second figure has no image: caption and credit only
    src = images[0].get("src")
    prefix = "data:image/png;base64,"
    assert src.startswith(prefix)
    assert (
        base64.b64decode(src[len(prefix) :]) == (FIXTURES / "images" / "harbour.png").read_bytes()
    )
    assert images[0].get("alt") == kitchen_sink.figures()[0].alt
    # The theme is inlined, so the one file is the whole page.
    assert "figcaption" in root.xpath("//style")[0].text


def test_json_ld_news_article(kitchen_sink: Article) -> None:
    (data,) = ld_objects(page(kitchen_sink))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == kitchen_sink.title
    assert data["description"] == kitchen_sink.subtitle
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Maren Oakes",
            "jobTitle": "Culture Correspondent",
            "description": "Maren Oakes covers arts and festivals across the northern coast.",
            "url": "https://news.example.org/staff/maren-oakes",
        },
        {"@type": "Person", "name": "Tomasz Wilk"},
    ]
    assert data["datePublished"] == "2025-07-14T09:30:00+01:00"
    assert data["dateModified"] == "2025-07-15T18:05:00+01:00"
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "The Northern Ledger",
        "url": "https://news.example.org/",
    }
    assert data["inLanguage"] == "en"
    assert data["url"] == kitchen_sink.url
    assert data["creditText"] == kitchen_sink.credit_line
    assert [c["name"] for c in data["contributor"]] == ["Coastal Wire", "Ines Duarte"]
    assert data["keywords"] == ["Culture", "Festivals", "Coast"]
    images = data["image"]
    assert [i["@type"] for i in images] == ["ImageObject", "ImageObject"]
    assert [i["caption"] for i in images] == [f.caption for f in kitchen_sink.figures()]
    assert [i["creditText"] for i in images] == ["Pia Lund/Coastal Wire", "Tomasz Wilk"]
    # A standalone page has no URL for a local image: no data: URI in the metadata.
    assert "url" not in images[0]


def test_json_ld_image_urls_are_absolute_with_a_page_url(kitchen_sink: Article) -> None:
    root = page(kitchen_sink, image_href="", page_url="https://example.org/site/harbour/")
    (img,) = root.xpath("//figure/img")
    assert img.get("src").startswith("img-") and img.get("src").endswith(".png")
    (data,) = ld_objects(root)
    assert data["image"][0]["url"] == "https://example.org/site/harbour/" + img.get("src")
    assert data["mainEntityOfPage"] == "https://example.org/site/harbour/"
    assert root.xpath("//link[@rel='canonical']")[0].get("href") == (
        "https://example.org/site/harbour/"
    )


HOSTILE = '</script><script>alert(1)</script><!-- "quoted" & <b>'


def test_script_close_in_text_cannot_break_out_of_json_ld() -> None:
    article = Article(
        title="Title " + HOSTILE,
        subtitle="Dek " + HOSTILE,
        authors=(Person("Name " + HOSTILE, role="Role </script>"),),
        blocks=(
            Paragraph("Body " + HOSTILE),
            Figure(caption="Caption " + HOSTILE, credit="Credit </SCRIPT >"),
            Heading("Heading " + HOSTILE),
        ),
        publisher=Publisher("Pub </script>"),
    )
    data = syndicate.render(article, "html")
    root = lxml.html.document_fromstring(data)
    scripts = root.xpath("//script")
    assert len(scripts) == 1 and scripts[0].get("type") == "application/ld+json"
    ld = json.loads(scripts[0].text)
    assert ld["headline"] == article.title
    assert ld["description"] == article.subtitle
    assert ld["author"][0]["name"] == article.authors[0].name
    assert ld["image"][0]["caption"] == "Caption " + HOSTILE
    assert ld["image"][0]["creditText"] == "Credit </SCRIPT >"
    # The raw bytes hold no "<" inside the JSON at all.
    start = data.index(b'<script type="application/ld+json">') + len(
        b'<script type="application/ld+json">'
    )
    end = data.index(b"</script>", start)
    assert b"<" not in data[start:end]
    # And the visible text is the text, not markup.
    assert texts(root, "//h1") == [norm(article.title)]
    assert root.xpath("//title")[0].text == article.title
    assert root.xpath("//meta[@name='description']")[0].get("content") == article.subtitle
    assert not root.xpath("//b")


def test_dollar_signs_in_text_are_not_template_placeholders() -> None:
    article = Article(title="Costs $5, ${title} and $$", blocks=(Paragraph("$body ${head}"),))
    root = page(article)
    assert texts(root, "//h1") == ["Costs $5, ${title} and $$"]
    assert texts(root, "//article/p") == ["$body ${head}"]


def test_several_articles_make_one_page_in_turn(kitchen_sink: Article) -> None:
    other = Article(
        title="Second Story",
        authors=(Person("Ada Byline"),),
        blocks=(Paragraph("Second body."),),
        published="2025-08-01",
    )
    root = page([kitchen_sink, other], title="Digest")
    assert texts(root, "//h1") == ["Digest"]
    assert texts(root, "//article/header/h2[@class='title']") == [
        kitchen_sink.title,
        "Second Story",
    ]
    assert [d["headline"] for d in ld_objects(root)] == [kitchen_sink.title, "Second Story"]
    # Headings inside an article nest below its title.
    assert texts(root, "//article/h3") == [h.text for h in kitchen_sink.headings()]


def test_links_options_and_stylesheet(kitchen_sink: Article) -> None:
    root = page(
        kitchen_sink,
        stylesheet_href="../style.css",
        downloads={"EPUB": "story.epub", "PDF": 'a"b.pdf'},
        feed_links={"application/atom+xml": "../feed.atom"},
        index_href="../",
    )
    assert root.xpath("//link[@rel='stylesheet']")[0].get("href") == "../style.css"
    assert not root.xpath("//style")
    assert [(a.text, a.get("href")) for a in root.xpath("//nav[@class='downloads']//a")] == [
        ("EPUB", "story.epub"),
        ("PDF", 'a"b.pdf'),
    ]
    (alt,) = root.xpath("//link[@rel='alternate']")
    assert (alt.get("type"), alt.get("href")) == ("application/atom+xml", "../feed.atom")
    assert root.xpath("//nav[@class='site-nav']/a")[0].get("href") == "../"


def test_unsafe_urls_are_not_linked() -> None:
    article = Article(
        title="Links",
        url="javascript:alert(1)",
        authors=(Person("A", url="javascript:alert(2)"),),
        blocks=(Figure(caption="c", credit="k", src="javascript:alert(3)"),),
    )
    with pytest.warns(ExportWarning, match="javascript:alert"):
        data = syndicate.render(article, "html")
    root = lxml.html.document_fromstring(data)
    for element in root.iter():
        for name in ("href", "src"):
            assert not (element.get(name) or "").lower().startswith("javascript:")
    assert not root.xpath("//img")
    assert not root.xpath("//link[@rel='canonical']")
    (ld,) = ld_objects(root)
    assert "url" not in ld and "url" not in ld["author"][0] and "url" not in ld["image"][0]


def test_user_theme_is_used_and_a_bad_one_is_a_usage_error(
    kitchen_sink: Article, tmp_path: Path
) -> None:
    theme = tmp_path / "theme"
    (theme / "html").mkdir(parents=True)
    (theme / "html" / "page.html").write_text(
        '<!DOCTYPE html><html lang="$lang"><head><meta charset="utf-8">'
        "<title>$title</title>$head</head>"
        '<body class="mine">$nav$body$downloads</body></html>',
        encoding="utf-8",
    )
    root = page(kitchen_sink, template_dir=str(theme))
    assert root.xpath("//body")[0].get("class") == "mine"
    assert texts(root, "//h1") == [kitchen_sink.title]
    (theme / "html" / "page.html").write_text("<html>$unknown</html>", encoding="utf-8")
    with pytest.raises(UsageError, match=r"\$unknown"):
        syndicate.render(kitchen_sink, "html", template_dir=str(theme))


def test_export_writes_the_file_atomically(kitchen_sink: Article, tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    target.write_bytes(b"old")
    theme = tmp_path / "bad"
    (theme / "html").mkdir(parents=True)
    (theme / "html" / "page.html").write_text("$nope", encoding="utf-8")
    with pytest.raises(UsageError):
        syndicate.export(kitchen_sink, "html", target, template_dir=str(theme))
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad", "page.html"]
    syndicate.export(kitchen_sink, "html", target)
    assert lxml.html.parse(str(target)).getroot().xpath("//h1")[0].text == kitchen_sink.title


def test_reference_article_page(seed_article: Article) -> None:
    root = page(seed_article)
    paragraphs = texts(root, "//article/p")
    assert paragraphs == [norm(p.text) for p in seed_article.paragraphs()]
    (ld,) = ld_objects(root)
    assert ld["headline"] == seed_article.title
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    assert texts(root, "//span[@class='author']") == ["Ella Kietlinska"]
    assert ld["author"][0]["name"] == "Ella Kietlinska"
    assert ld["author"][0]["jobTitle"] == "Reporter"
    assert texts(root, "//figcaption/span[@class='caption']") == [
        f["caption"] for f in expected["figures"]
    ]
    assert texts(root, "//figcaption/span[@class='credit']") == [
        "Reuters",
        "Annegret Hilse/Reuters",
    ]
    assert [i["creditText"] for i in ld["image"]] == ["Reuters", "Annegret Hilse/Reuters"]
    assert texts(root, "//article/h2") == ["Right to Self-Defense", "Peace Talks"]
    assert texts(root, "//p[@class='credit-line']") == [
        "Reuters and Adam Morrow contributed to this report."
    ]


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_TEXT, caption=_TEXT, credit=_TEXT, body=_TEXT, author=_TEXT)
def test_any_text_comes_back_from_the_page_and_the_json_ld(
    title: str, caption: str, credit: str, body: str, author: str
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the model may warn while cleaning XML-illegal text
        article = Article(
            title=title,
            authors=(Person(author),),
            blocks=(Paragraph(body), Figure(caption=caption, credit=credit)),
        )
    if not all(t.strip() for t in (article.title, article.authors[0].name)):
        return
    root = page(article)
    (ld,) = ld_objects(root)
    assert ld["headline"] == article.title
    assert ld["author"][0]["name"] == article.authors[0].name
    figure = article.figures()[0]
    assert ld["image"][0].get("caption") == (figure.caption or None)
    assert ld["image"][0].get("creditText") == (figure.credit or None)
    assert texts(root, "//h1[@class='title']") == [norm(article.title)]
    assert texts(root, "//span[@class='author']") == [norm(article.authors[0].name)]
    if article.paragraphs()[0].text.strip():
        assert texts(root, "//article/p") == [norm(article.paragraphs()[0].text)]
    if figure.caption and figure.caption.strip():
        assert texts(root, "//span[@class='caption']") == [norm(figure.caption)]
    if figure.credit and figure.credit.strip():
        assert texts(root, "//span[@class='credit']") == [norm(figure.credit)]
    assert len(root.xpath("//script")) == 1
