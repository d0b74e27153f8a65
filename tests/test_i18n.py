"""Interface words and dates in the article's language, in every format.

The expected words below are written by hand (the way a German or Russian
newspaper writes them), not taken from the catalogs under test.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import syndicate
from syndicate.i18n import LOCALE_DIR, catalog_languages, interface
from syndicate.model import Article, Figure, Heading, Paragraph, Person

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "tests" / "fixtures" / "scripts"
IMAGES = ROOT / "tests" / "fixtures" / "images"
SITE = "https://news.example.org/"
VISIBLE_FORMATS = ("html", "epub", "pdf", "docx", "rss", "atom", "jsonfeed")

# English interface words: none may show in the interface of an article in another language.
ENGLISH = [
    r"\bBy\b",
    r"\bUpdated\b",
    r"About the author",
    r"\bContents\b",
    r"\bPage \d+ of \d+",
    r"\bSource:",
    r"No description of this image",
    r"News digest",
    r"Untitled",
    r"\band \d+ more\b",
    r"In this digest",
    r"Title page",
    r"Start of content",
    r"Articles from",
    r"\bMarch\b",
    # The EPUB accessibility summary and the DOCX comments property.
    r"reflowable EPUB",
    r"description from the source",
    r"text alternative",
    r"no images",
    r"animated image",
    r"Photos of the source",
    r"Exported by",
]


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u200b", "").split())


def visible_text(data: bytes, fmt: str) -> str:
    """Everything a reader of ``fmt`` sees, read back with that format's own reader."""
    if fmt == "pdf":
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        return norm(" ".join(p.extract_text() or "" for p in reader.pages))
    if fmt == "docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        alts = [el.get("descr", "") for el in document.element.body.iter() if el.get("descr")]
        comments = document.core_properties.comments  # shown in Word's document properties
        return norm(" ".join([*(p.text for p in document.paragraphs), *alts, comments]))
    if fmt == "epub":
        parts = []
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            for name in book.namelist():
                if name.endswith((".xhtml", ".ncx", ".opf")):
                    root = etree.fromstring(book.read(name))
                    parts.append(" ".join(root.itertext()))
                    parts += [el.get("alt", "") for el in root.iter() if el.get("alt")]
                    parts += [el.get("title", "") for el in root.iter() if el.get("title")]
        return norm(" ".join(parts))
    if fmt == "html":
        root = etree.fromstring(data, etree.HTMLParser())
        for bad in root.iter("script", "style"):
            bad.text = ""
        alts = [el.get("alt", "") for el in root.iter() if el.get("alt")]
        return norm(" ".join([*root.itertext(), *alts]))
    import feedparser

    feed = feedparser.parse(data)
    parts = [feed.feed.get("title", ""), feed.feed.get("subtitle", "")]
    for entry in feed.entries:
        parts.append(entry.get("title", ""))
        for content in entry.get("content", []):
            html = etree.fromstring(f"<div>{content.value}</div>", etree.HTMLParser())
            parts.append(" ".join(html.itertext()))
            parts += [el.get("alt", "") for el in html.iter() if el.get("alt")]
    if fmt == "jsonfeed":
        import json

        doc = json.loads(data)
        parts.append(doc.get("description", ""))
        for item in doc["items"]:
            html = etree.fromstring(f"<div>{item['content_html']}</div>", etree.HTMLParser())
            parts.append(" ".join(html.itertext()))
            parts += [el.get("alt", "") for el in html.iter() if el.get("alt")]
    return norm(" ".join(parts))


def full_article(language: str, title: str = "Titel") -> Article:
    """An article using every interface word: byline, update, bio, figure without alt, source."""
    return Article(
        title=title,
        subtitle="—",
        authors=(Person("Alpha Beta", "Gamma", bio="Delta."), Person("Epsilon Zeta")),
        published="2025-03-05T14:30:00+01:00",
        updated="2025-03-06T09:15:00+01:00",
        language=language,
        url=f"https://news.example.org/{len(title)}",
        blocks=(
            Paragraph("Eta theta iota."),
            Heading(""),
            Figure(caption="Kappa.", credit="Lambda", src=str(IMAGES / "harbour.png")),
        ),
        source_dir=str(IMAGES),
    )


def render(item: Article | list[Article], fmt: str, **options: object) -> bytes:
    return syndicate.render(item, fmt, site_url=SITE, source_date_epoch=1_741_000_000, **options)


# -- the catalogs ------------------------------------------------------------------------


def test_catalogs_cover_the_reader_languages() -> None:
    wanted = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "zh"}
    wanted |= {"ja", "ko", "he", "hi", "th", "el", "zh_Hant"}
    assert wanted <= set(catalog_languages())


def test_every_message_is_translated_and_every_mo_is_compiled_from_its_po() -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with (LOCALE_DIR / "syndicate.pot").open("rb") as handle:
        template = {m.id for m in read_po(handle) if m.id}
    assert len(template) >= 20
    for po_path in LOCALE_DIR.glob("*/LC_MESSAGES/syndicate.po"):
        with po_path.open("rb") as handle:
            catalog = read_po(handle)
        assert {m.id for m in catalog if m.id} == template, po_path
        assert all(m.string for m in catalog if m.id), po_path
        compiled = io.BytesIO()
        write_mo(compiled, catalog)
        assert po_path.with_suffix(".mo").read_bytes() == compiled.getvalue(), po_path


def test_placeholders_survive_translation() -> None:
    from babel.messages.pofile import read_po

    for po_path in LOCALE_DIR.glob("*/LC_MESSAGES/syndicate.po"):
        with po_path.open("rb") as handle:
            for message in read_po(handle):
                if message.id:
                    fields = set(re.findall(r"\{\w+\}", message.id))
                    assert set(re.findall(r"\{\w+\}", message.string)) == fields, message.id


# -- dates and words, by hand ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "day"),
    [
        ("de", "5. März 2025"),
        ("ru", "5 марта 2025 г."),
        ("zh", "2025年3月5日"),
        ("ja", "2025年3月5日"),
        ("fr", "5 mars 2025"),
        ("es", "5 de marzo de 2025"),
        ("pl", "5 marca 2025"),
        ("en", "March 5, 2025"),
    ],
)
def test_dates_follow_the_locale(language: str, day: str) -> None:
    assert norm(interface(language).date("2025-03-05")) == norm(day)


def test_unknown_language_falls_back_to_english_without_error() -> None:
    ui = interface("tlh")
    assert ui.catalog == "en" and ui.by(["A", "B"]) == "By A and B"
    assert ui.date("2025-03-05") == "March 5, 2025"
    assert interface("pt-BR").gettext("Contents") == "Índice"
    assert interface("zh-TW").gettext("Contents") == "目錄"


@pytest.mark.parametrize("fmt", ["html", "epub", "pdf", "docx"])
def test_german_article_says_von_and_the_german_date(fmt: str) -> None:
    text = visible_text(render(syndicate.parse(SCRIPTS / "de.md"), fmt), fmt)
    assert "Von Jana Körner" in text
    assert "5. März 2025" in text
    assert "Aktualisiert am 6. März 2025" in text


@pytest.mark.parametrize("fmt", ["html", "epub", "pdf", "docx"])
def test_russian_article_shows_the_russian_date(fmt: str) -> None:
    text = visible_text(render(syndicate.parse(SCRIPTS / "ru.md"), fmt), fmt)
    assert norm("5 марта 2025 г.") in text
    assert "Текст: Анна Смирнова" in text
    assert "Об авторе" in text


NON_ENGLISH = [lang for lang in catalog_languages() if lang != "en"]


@pytest.mark.parametrize("language", NON_ENGLISH)
@pytest.mark.parametrize("fmt", VISIBLE_FORMATS)
def test_no_english_interface_word_in_a_non_english_article(language: str, fmt: str) -> None:
    tag = language.replace("_", "-")
    single = visible_text(render(full_article(tag), fmt), fmt)
    digest = visible_text(render([full_article(tag), full_article(tag, "Zwei")], fmt), fmt)
    for text in (single, digest):
        found = [pattern for pattern in ENGLISH if re.search(pattern, text)]
        assert found == [], (language, fmt, found)


def test_the_same_article_in_english_shows_the_english_words() -> None:
    # The test above would pass on empty outputs: the English words do show for English.
    text = visible_text(render([full_article("en"), full_article("en", "Two")], "epub"), "epub")
    for pattern in ("By", "Updated", "About the author", "Contents", "No description"):
        assert re.search(pattern, text), pattern
    assert "reflowable EPUB holds a digest" in text and "description from the source" in text
    pdf = visible_text(render(full_article("en"), "pdf"), "pdf")
    assert "Page 1 of" in pdf and "Source:" in pdf
    docx = visible_text(render(full_article("en"), "docx"), "docx")
    assert "Exported by syndicate from https://news.example.org/" in docx


def test_ui_language_overrides_for_one_run(tmp_path: Path) -> None:
    out = tmp_path / "de.html"
    done = subprocess.run(
        [sys.executable, "-m", "syndicate", "export", str(SCRIPTS / "de.md"), "--format",
         "html", "-o", str(out), "--ui-language", "fr"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = visible_text(out.read_bytes(), "html")
    assert "Par Jana Körner" in text and "5 mars 2025" in text
    # The article keeps its own language; only the interface words changed.
    assert etree.fromstring(out.read_bytes(), etree.HTMLParser()).get("lang") == "de"


def test_a_bad_ui_language_is_one_usage_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "syndicate", "export", str(SCRIPTS / "de.md"), "--format",
         "html", "-o", "-", "--ui-language", "not a tag"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "--ui-language" in done.stderr


def test_import_syndicate_does_not_import_babel() -> None:
    script = (
        "import sys, syndicate, syndicate.htmlbody, syndicate.i18n\n"
        "assert 'babel' not in sys.modules, 'babel imported at start-up'\n"
        "a = syndicate.parse(sys.argv[1])\n"
        "for fmt in ('epub', 'html', 'docx'):\n"
        "    syndicate.render(a, fmt)\n"
        "assert 'babel' not in sys.modules, 'babel imported for a catalog language'\n"
    )
    subprocess.run([sys.executable, "-c", script, str(SCRIPTS / "de.md")], check=True, cwd=ROOT)


@pytest.mark.parametrize("language", catalog_languages())
def test_the_cldr_table_formats_as_babel_does(language: str) -> None:
    from datetime import date

    from babel.dates import format_date
    from babel.lists import format_list

    ui = interface(language.replace("_", "-"))
    for month in range(1, 13):
        day = date(2024, month, 1 + month * 2)
        assert ui.format_day(day) == format_date(day, format="long", locale=language)
    for count in (2, 3, 5):
        names = [f"N{n}" for n in range(count)]
        assert ui.join(names) == format_list(names, style="standard", locale=language)


def test_a_language_outside_the_table_is_formatted_by_babel() -> None:
    assert interface("sv").date("2025-03-05") == "5 mars 2025"
    assert interface("sv").join(["A", "B", "C"]) == "A, B och C"
