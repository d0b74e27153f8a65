"""Round 25 (speed26): one styles part per document language, shared, same DOCX bytes."""

from __future__ import annotations

import io
from pathlib import Path

from docx.oxml import OxmlElement
from lxml import etree

import syndicate
from syndicate.exporters import docx as docx_exporter
from syndicate.exporters.docx import DocxExporter, DocxOptions
from syndicate.exporters.docx_package import _prepared, _reference_bytes, base_document

_EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
# Latin, East Asian, right-to-left and complex-script defaults, and back again.
_LANGUAGES = ("en", "zh", "ar", "en", "ru", "hi", "zh", "ar", "en")


def _docx(articles: list, copied: bool, monkeypatch) -> bytes:  # type: ignore[no-untyped-def]
    if copied:  # the reference copied whole, as before round 25
        monkeypatch.setattr(
            docx_exporter,
            "_base_document",
            lambda options, language=None: base_document(
                options.reference_docx, options.template_dir
            ),
        )
    else:
        monkeypatch.undo()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = io.BytesIO()
    DocxExporter().write(articles, out, DocxOptions())
    return out.getvalue()


def test_shared_styles_give_the_bytes_of_a_copied_reference(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    article = syndicate.parse(_EXAMPLES / "guardian_standfirst.txt")
    other = syndicate.parse(_EXAMPLES / "russian_cyrillic.txt")
    shared = []
    for language in _LANGUAGES:
        one = article.replace(language=language)
        shared.append(_docx([one], copied=False, monkeypatch=monkeypatch))
        shared.append(_docx([one, other], copied=False, monkeypatch=monkeypatch))
    copied = []
    for language in _LANGUAGES:
        one = article.replace(language=language)
        copied.append(_docx([one], copied=True, monkeypatch=monkeypatch))
        copied.append(_docx([one, other], copied=True, monkeypatch=monkeypatch))
    assert shared == copied
    assert len(set(shared[0:12:2])) == 5  # the languages' documents differ


def test_one_styles_part_per_language_and_the_reference_untouched() -> None:
    data, label = _reference_bytes(None, None)
    prepared = _prepared(data, label)[0]
    before = prepared.styles.element
    reference = etree.tostring(before)
    one, styles_one = base_document(None, None, "zh")
    two, styles_two = base_document(None, None, "zh")
    three, _ = base_document(None, None, "en")
    assert one.styles.element is two.styles.element
    assert one.styles.element is not three.styles.element
    assert one.styles.element is not before
    assert styles_one is not styles_two  # the caller's own dict
    assert styles_one["Body Text"].element is styles_two["Body Text"].element
    assert etree.tostring(prepared.styles.element) == reference
    # Without a language, a document's styles are its own copy, as before.
    four, _ = base_document(None, None)
    assert four.styles.element is not before
    assert four.styles.element is not three.styles.element
    # The body and every other edited part stay each document's own.
    assert one.element is not two.element
    assert one.settings.element is not two.settings.element


def test_a_new_run_is_the_xml_python_docx_builds() -> None:
    from syndicate.exporters.docx import _add_run

    texts = ("Harbour wall", " a leading space", "a trailing space ", "", "tab\there", "two\nlines")
    for text in texts:
        fast_doc, _ = base_document(None, None)
        slow_doc, _ = base_document(None, None)
        fast_p, slow_p = fast_doc.add_paragraph(), slow_doc.add_paragraph()
        for paragraph in (fast_p, slow_p):
            paragraph._p.append(OxmlElement("w:hyperlink"))  # a child already there
        fast = _add_run(fast_p, text)
        slow = slow_p.add_run()
        if "\n" in text or "\t" in text:
            slow.text = text
        elif text:
            slow._r.add_t(text)
        assert fast._r.getparent() is fast_p._p
        assert fast.text == slow.text
        assert etree.tostring(fast_doc.element) == etree.tostring(slow_doc.element), text


def test_a_replayed_member_makes_no_compressor_and_the_same_bytes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import zipfile
    import zlib

    from syndicate import _zipquiet, reproducible

    assert _zipquiet.quiet_works()  # this Python's zipfile passes the probe
    made = []
    real = zlib.compressobj

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(zlib, "compressobj", counting)
    reproducible._REUSED.clear()
    when = (2020, 1, 1, 0, 0, 0)
    for turn in range(3):
        members = [
            ("word/theme/theme1.xml", b"<a:theme/>" * 300),
            ("word/document.xml", b"<w:p>%d</w:p>" % turn),
            ("mimetype", b"application/epub+zip"),
        ]
        made.clear()
        ours = io.BytesIO()
        with reproducible.StampedZipFile(ours, "w", zipfile.ZIP_DEFLATED, date_time=when) as z:
            for name, data in members:
                kind = zipfile.ZIP_STORED if name == "mimetype" else None
                z.writestr(name, data, compress_type=kind)
        # The theme is deflated the first time only; the document, which changes, each time.
        assert len(made) == (2 if turn == 0 else 1)
        theirs = io.BytesIO()
        with zipfile.ZipFile(theirs, "w") as z:
            for name, data in members:
                kind = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
                z.writestr(reproducible._stamped_info(name, when, kind), data)
        assert ours.getvalue() == theirs.getvalue()
    with zipfile.ZipFile(ours) as z:
        assert z.testzip() is None
