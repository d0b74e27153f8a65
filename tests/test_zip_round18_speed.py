"""Round 18 (speed): a batch deflates each unchanged zip member once; same bytes written."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

from syndicate import reproducible
from syndicate.reproducible import ReusingZipFile, StampedZipFile, normalize_zip, zip_date_time

_WHEN = datetime(2024, 5, 28, 9, 30, 2, tzinfo=UTC)


def _entries(article: int) -> list[tuple[str, bytes]]:
    return [
        ("word/theme/theme1.xml", b"<a:theme>harbour blue</a:theme>" * 300),
        ("word/document.xml", f"<w:p>Ferry timetable number {article}</w:p>".encode() * 40),
        ("word/styles.xml", b"<w:style>Body Text</w:style>" * (200 + article % 2)),
    ]


def _stamped(article: int, level: int | None) -> bytes:
    out = io.BytesIO()
    stamp = zip_date_time(_WHEN)
    with StampedZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level, date_time=stamp) as z:
        for name, data in _entries(article):
            z.writestr(name, data)
    return out.getvalue()


def _plain(article: int, level: int | None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for name, data in _entries(article):
            z.writestr(name, data)
    return normalize_zip(out.getvalue(), _WHEN) if level is None else out.getvalue()


def test_reused_members_are_the_bytes_zipfile_writes() -> None:
    reproducible._REUSED.clear()
    for article in range(4):  # the second and later articles reuse the theme
        assert _stamped(article, None) == _plain(article, None)
    assert reproducible._REUSED[("word/theme/theme1.xml", zipfile.ZIP_DEFLATED, None)]
    # Another level is another key, never the first level's bytes.
    for article in range(2):
        out = io.BytesIO()
        stamp = zip_date_time(_WHEN)
        with StampedZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9, date_time=stamp) as z:
            for name, data in _entries(article):
                z.writestr(name, data)
        plain = io.BytesIO()
        with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
            for name, data in _entries(article):
                z.writestr(name, data)
        assert out.getvalue() == normalize_zip(plain.getvalue(), _WHEN)


def test_a_replayed_member_reads_back_and_changed_bytes_are_compressed_anew() -> None:
    reproducible._REUSED.clear()
    for text in (b"Harbour wall " * 500, b"Harbour wall " * 500, b"Sea wall " * 500):
        out = io.BytesIO()
        with ReusingZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("EPUB/style.css", text)
            z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        with zipfile.ZipFile(out) as z:
            assert z.testzip() is None
            assert z.read("EPUB/style.css") == text


def test_docx_save_is_python_docx_save() -> None:
    from syndicate.exporters.docx_package import base_document, finish_package, save_package

    reproducible._REUSED.clear()
    for when in (None, _WHEN, _WHEN, None):
        document, _ = base_document(None, None)
        document.add_paragraph("The night ferry sailed at nine.")
        ours = io.BytesIO()
        save_package(document, ours, when)
        theirs = io.BytesIO()
        document.save(theirs)
        if when is not None:
            assert ours.getvalue() == finish_package(theirs.getvalue(), when)
        with zipfile.ZipFile(ours) as a, zipfile.ZipFile(theirs) as b:
            assert [i.filename for i in a.infolist()] == [i.filename for i in b.infolist()]
            for mine, other in zip(a.infolist(), b.infolist(), strict=True):
                assert a.read(mine) == b.read(other)
                assert mine.compress_size == other.compress_size
                if when is None:  # else normalize_zip's plain permissions, checked above
                    assert mine.external_attr == other.external_attr
