"""Lean start-up: the entry-point scan without importlib.metadata, and what a command imports."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from syndicate import registry
from syndicate.errors import UnknownFormat
from syndicate.readers.scraped.dates import _simple_date, parse_date


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    """Forget the scanned entry points and loaded exporters before and after the test."""
    registry._entry_points.cache_clear()
    registry.get.cache_clear()
    yield
    registry._entry_points.cache_clear()
    registry.get.cache_clear()


def _dist_info(
    folder: Path, dirname: str, name: str, entry_points: str, meta_file: str = "METADATA"
) -> None:
    meta = folder / dirname
    meta.mkdir(parents=True)
    (meta / meta_file).write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n\nA long description.\nName: no\n",
        encoding="utf-8",
    )
    (meta / "entry_points.txt").write_text(entry_points, encoding="utf-8")


def test_scan_matches_importlib_metadata_here(fresh_registry: None) -> None:
    fast = registry._scan_path()
    assert fast is not None, "this environment should take the fast path"
    assert fast == registry._scan_importlib()
    names = {e.name for e in fast}
    assert {"epub", "pdf", "docx", "rss", "atom", "jsonfeed", "html"} <= names
    assert {e.distribution for e in fast if e.name == "epub"} == {"syndicate"}


def test_plugins_found_like_importlib_and_duplicate_names_detected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_registry: None
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _dist_info(
        first,
        "acme_tools-1.0.dist-info",
        "Acme.Tools",
        "[console_scripts]\nacme = acme:main\n\n"
        "[syndicate.exporters]\n# a comment\n  epub = acme_tools:Epub \nwordy=acme_tools:Wordy\n",
    )
    # The same distribution again, later on sys.path (and spelled differently): shadowed.
    _dist_info(
        second, "Acme.Tools-2.0.dist-info", "acme-tools", "[syndicate.exporters]\nold = x:Y\n"
    )
    # An egg-info folder with PKG-INFO instead of METADATA.
    _dist_info(
        second,
        "legacy_plugin.egg-info",
        "legacy-plugin",
        "[syndicate.exporters]\nlegacy = legacy_plugin.exporters:Legacy [extra]\n",
        meta_file="PKG-INFO",
    )
    monkeypatch.setattr(
        sys, "path", [str(first), str(tmp_path / "missing"), str(second), *sys.path]
    )

    fast = registry._scan_path()
    assert fast is not None
    assert fast == registry._scan_importlib()
    mine = [(e.name, e.value, e.distribution) for e in fast if e.distribution != "syndicate"]
    assert sorted(mine) == [
        ("epub", "acme_tools:Epub", "Acme.Tools"),
        ("legacy", "legacy_plugin.exporters:Legacy [extra]", "legacy-plugin"),
        ("wordy", "acme_tools:Wordy", "Acme.Tools"),
    ]
    # A built-in name declared again by a plugin is refused, naming both packages.
    with pytest.raises(
        UnknownFormat, match=r"declared by several packages: Acme\.Tools, syndicate"
    ):
        registry.get("epub")
    # A plugin that cannot be imported is reported by package name, not as our bug.
    with pytest.raises(UnknownFormat, match=r"wordy.*Acme\.Tools failed to load: ModuleNotFound"):
        registry.get("wordy")
    assert "wordy" in registry.available()


def test_zip_on_sys_path_falls_back_to_importlib(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_registry: None
) -> None:
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("zipped-1.0.dist-info/METADATA", "Name: zipped\nVersion: 1.0\n")
        z.writestr("zipped-1.0.dist-info/entry_points.txt", "[syndicate.exporters]\nzz = z:Z\n")
    monkeypatch.setattr(sys, "path", [str(archive), *sys.path])
    assert registry._scan_path() is None
    entries = {e.name: e for e in registry._entry_points()}
    assert entries["zz"].distribution == "zipped"
    assert entries["epub"].distribution == "syndicate"


def _modules_after(code: str, cwd: Path) -> list[str]:
    watched = ["importlib.metadata", "email", "ebooklib", "reportlab", "docx", "feedgen", "yaml"]
    script = f"{code}\nimport sys\nprint(sorted(m for m in {watched!r} if m in sys.modules))"
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=cwd, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return eval(proc.stdout.strip().splitlines()[-1])  # a list literal we printed ourselves


def test_one_file_epub_export_imports_only_what_it_needs(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text(
        "Harbour Wall Vote Delayed\n\nThe council delayed a vote on the harbour wall.\n",
        encoding="utf-8",
    )
    code = (
        "from syndicate.cli import main\n"
        f"assert main(['export', {str(source)!r}, '--format', 'epub', '-o', 'out/', '-q']) == 0"
    )
    assert _modules_after(code, tmp_path) == ["ebooklib"]
    books = list((tmp_path / "out").iterdir())
    assert [b.suffix for b in books] == [".epub"]
    with zipfile.ZipFile(books[0]) as z:
        assert z.read("mimetype") == b"application/epub+zip"
    assert _modules_after("import syndicate", tmp_path) == []
    assert _modules_after("from syndicate.cli import main", tmp_path) == []


# -- hot paths rewritten for speed still agree with their plain definitions --------------

# The language detector's script count has its own definition test: tests/test_language.py.


def _date_by_dateutil(text: str) -> str | None:
    """parse_date's rule with dateutil alone: the same day under two different defaults."""
    import warnings
    from datetime import datetime

    from dateutil import parser

    results = []
    for default in (datetime(1901, 1, 1, 0, 0), datetime(1902, 2, 2, 1, 1)):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                results.append(parser.parse(text, default=default))
        except (ValueError, OverflowError, TypeError, LookupError):
            return None
    first, second = results
    if first.date() != second.date() or not 1800 <= first.year <= 2100:
        return None
    return first.date().isoformat() if first.time() != second.time() else first.isoformat()


_MONTHS = st.sampled_from(
    [
        "Jan",
        "january",
        "FEB",
        "Mar",
        "April",
        "May",
        "jun",
        "July",
        "Aug",
        "Sep",
        "Sept",
        "September",
        "Oct",
        "Nov",
        "December",
        "Janu",
        "Mayo",
        "Juni",
    ]
)


@given(
    _MONTHS,
    st.integers(0, 40),
    st.integers(1790, 2110),
    st.sampled_from(
        ["{m} {d}, {y}", "{m}. {d}, {y}", "{m} {d} {y}", "{d} {m} {y}", "{d} {m}. {y}"]
    ),
)
def test_simple_dates_read_without_dateutil_as_dateutil_reads_them(
    month: str, day: int, year: int, shape: str
) -> None:
    text = shape.format(m=month, d=day, y=year)
    fast = _simple_date(text)
    if fast is not None:  # the shortcut only answers what dateutil answers the same way
        assert fast == _date_by_dateutil(text)
    assert parse_date(text) == _date_by_dateutil(text)


def test_common_caption_dates_do_not_import_dateutil(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from syndicate.readers.scraped.dates import parse_date\n"
        "assert parse_date('May 28, 2024') == '2024-05-28'\n"
        "assert parse_date('Jan. 23, 2023') == '2023-01-23'\n"
        "assert parse_date('6 February 2025') == '2025-02-06'\n"
        "assert 'dateutil' not in sys.modules and 'zoneinfo' not in sys.modules\n"
        "assert parse_date('Tue 4 Mar 2025 14.32 GMT') == '2025-03-04T14:32:00+00:00'\n"
        "assert 'dateutil' not in sys.modules\n"  # zone names are read without it too
        "assert parse_date('4 Mar 2025 14:32:05.250') == '2025-03-04T14:32:05'\n"
        "assert 'dateutil' in sys.modules\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr


def test_stamped_zip_writes_what_normalize_zip_rewrites() -> None:
    import io
    from datetime import UTC, datetime

    from syndicate.reproducible import StampedZipFile, normalize_zip, zip_date_time

    entries = [("mimetype", b"application/epub+zip", zipfile.ZIP_STORED)]
    entries += [
        (f"EPUB/ch{n}.xhtml", ("<p>Harbour wall</p>" * 50 * n).encode(), None) for n in (1, 2)
    ]
    entries += [("EPUB/images/ü.png", bytes(range(256)) * 4, None)]
    for when in (datetime(2024, 5, 28, 9, 30, 2, tzinfo=UTC), datetime(1970, 1, 1, tzinfo=UTC)):
        plain, stamped = io.BytesIO(), io.BytesIO()
        with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            for name, data, kind in entries:
                z.writestr(name, data, compress_type=kind)
        with StampedZipFile(
            stamped, "w", zipfile.ZIP_DEFLATED, compresslevel=6, date_time=zip_date_time(when)
        ) as z:
            for name, data, kind in entries:
                z.writestr(name, data, compress_type=kind)
        assert stamped.getvalue() == normalize_zip(plain.getvalue(), when)
        with zipfile.ZipFile(stamped) as z:
            assert [i.date_time for i in z.infolist()] == [zip_date_time(when)] * len(entries)
            assert [i.compress_type for i in z.infolist()][:2] == [0, zipfile.ZIP_DEFLATED]
            assert z.read("EPUB/images/ü.png") == bytes(range(256)) * 4
