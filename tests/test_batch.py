"""The batch path: real runs, in-process and in a worker pool, checked by the formats' readers."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import pytest

from syndicate import registry
from syndicate.batch import BatchResult, export_batch
from syndicate.errors import (
    EXIT_BATCH_PARTIAL,
    ExportFailed,
    SourceUnreadable,
    UnknownFormat,
)
from syndicate.exporters.base import Exporter, ExportOptions, ExportWarning
from syndicate.model import Article

SITE = "https://news.example.org/"

# Our own short articles (first line: the title). Two share a title on purpose.
STORIES = {
    "a.txt": "Harbour Wall Vote Delayed\n\nThe council delayed a vote on the harbour wall.\n\n"
    "Residents asked for more time to read the survey.\n",
    "b.txt": "Ferry Timetable Changes in Spring\n\nThe ferry will run twice an hour from March.\n\n"
    "The operator said demand had grown since the bridge closed.\n",
    "c.txt": "Harbour Wall Vote Delayed\n\nA second story with the same headline.\n\n"
    "It must not overwrite the first one.\n",
}
STEMS = [
    "harbour-wall-vote-delayed",
    "ferry-timetable-changes-in-spring",
    "harbour-wall-vote-delayed-2",
]


def _write_sources(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    return paths


class FailingJsonExporter(Exporter):
    """A real exporter for tests: the article's JSON, refusing titles that contain FAIL."""

    name = "test-batch-json"
    extension = "json"
    media_type = "application/json"
    description = "test only"
    options_class = ExportOptions

    def write(self, articles: Sequence[Article], stream: BinaryIO, options: ExportOptions) -> None:
        """Write the first article's model JSON, or refuse it."""
        if "FAIL" in articles[0].title:
            raise ExportFailed(f"{self.name}: refusing {articles[0].title!r}")
        stream.write(json.dumps(articles[0].to_dict()).encode("utf-8"))


class WarningJsonExporter(FailingJsonExporter):
    """Like the above, but every article degrades with a warning."""

    name = "test-batch-warn"

    def write(self, articles: Sequence[Article], stream: BinaryIO, options: ExportOptions) -> None:
        """Warn, then write."""
        warnings.warn(f"{articles[0].title}: degraded", ExportWarning, stacklevel=2)
        super().write(articles, stream, options)


@pytest.fixture
def json_exporter() -> Iterator[None]:
    registry.register(FailingJsonExporter, override=True)
    yield
    _unregister(FailingJsonExporter.name)


def _unregister(name: str) -> None:
    # Other tests list the formats: leave the registry as we found it.
    registry._registered.pop(name, None)
    registry.get.cache_clear()


def _run(
    sources: list[str], formats: list[str], out: Path, jobs: int, **kw: object
) -> tuple[BatchResult, str]:
    """Run a batch; return its result and what it printed."""
    out.mkdir(parents=True, exist_ok=True)
    stream = io.StringIO()
    result = export_batch(
        sources, formats, str(out), jobs=jobs, options={"site_url": SITE}, stream=stream, **kw
    )
    return result, stream.getvalue()


def _outputs(folder: Path) -> list[str]:
    """The folder's files, sorted, without the batch's ledger (which a batch keeps there)."""
    return sorted(name for name in os.listdir(folder) if name != ".syndicate-ledger.jsonl")


def _check_atom(path: Path, title: str) -> None:
    import feedparser

    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert [e.title for e in feed.entries] == [title]


def _check_epub(path: Path, title: str) -> None:
    with zipfile.ZipFile(path) as z:
        assert z.namelist()[0] == "mimetype"
        assert z.read("mimetype") == b"application/epub+zip"
        assert z.testzip() is None
        text = b"".join(z.read(n) for n in z.namelist() if n.endswith((".xhtml", ".opf")))
    assert title.encode() in text


def _check_docx(path: Path, title: str) -> None:
    import docx

    document = docx.Document(str(path))
    assert any(title in p.text for p in document.paragraphs)


def _check_pdf(path: Path, title: str) -> None:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert title in " ".join(text.split())


CHECKS = {"atom": _check_atom, "epub": _check_epub, "docx": _check_docx, "pdf": _check_pdf}


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_every_format_written_valid_and_named_from_the_slug(tmp_path: Path, jobs: int) -> None:
    formats = ["epub", "pdf", "docx", "atom"]  # every one must load: a broken one fails here
    sources = _write_sources(tmp_path / "src")
    result, log = _run(sources, formats, tmp_path / "out", jobs)

    assert result.failures == []
    assert result.exit_code == 0
    assert result.files == len(STORIES) * len(formats)
    assert [stem for _src, stem in result.names] == STEMS
    exts = {f: registry.get(f).extension for f in formats}  # type: ignore[attr-defined]
    expected = sorted(f"{stem}.{exts[f]}" for stem in STEMS for f in formats)
    # Nothing else: no staged or temporary file left behind.
    assert _outputs(tmp_path / "out") == expected
    titles = ["Harbour Wall Vote Delayed", "Ferry Timetable Changes in Spring"]
    for stem, title in zip(STEMS, [titles[0], titles[1], titles[0]], strict=True):
        for fmt in formats:
            CHECKS[fmt](tmp_path / "out" / f"{stem}.{exts[fmt]}", title)
    # The duplicate headline is the *second* story, whichever worker finished first.
    if "epub" in formats:
        with zipfile.ZipFile(tmp_path / "out" / f"{STEMS[2]}.epub") as z:
            body = b"".join(z.read(n) for n in z.namelist() if n.endswith(".xhtml"))
        assert b"same headline" in body
    assert "exported 3 of 3 articles" in log
    assert "0 failed" in log


@pytest.mark.parametrize("jobs", [1, 2])
def test_bad_sources_are_reported_and_the_others_written(
    tmp_path: Path, jobs: int, json_exporter: None
) -> None:
    sources = _write_sources(tmp_path / "src")
    (tmp_path / "src" / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "src" / "bad.txt").write_text("Please FAIL This One\n\nBody.\n", encoding="utf-8")
    missing = str(tmp_path / "src" / "missing.txt")
    batch = [sources[0], missing, str(tmp_path / "src" / "empty.txt"), sources[1]]
    batch += [str(tmp_path / "src" / "bad.txt"), sources[2]]

    result, log = _run(batch, ["test-batch-json"], tmp_path / "out", jobs)

    assert result.exit_code == EXIT_BATCH_PARTIAL
    assert result.articles == 6
    assert result.failed == 3
    assert result.exported == 3
    assert [(f.source, f.category) for f in result.failures] == [
        (missing, "source"),
        (str(tmp_path / "src" / "empty.txt"), "parse"),
        (str(tmp_path / "src" / "bad.txt"), "export"),
    ]
    assert _outputs(tmp_path / "out") == sorted(f"{stem}.json" for stem in STEMS)
    written = json.loads((tmp_path / "out" / f"{STEMS[2]}.json").read_text(encoding="utf-8"))
    assert "same headline" in json.dumps(written)
    lines = log.splitlines()
    assert f"{missing}: source: {missing}: no such file" in lines
    assert any(line.startswith(f"{tmp_path / 'src' / 'bad.txt'}: export: ") for line in lines)
    assert lines[-1].startswith("syndicate: exported 3 of 6 articles to 3 files")
    assert lines[-1].endswith("3 failed")


def test_rerun_redoes_only_a_changed_output_and_keeps_its_name(
    tmp_path: Path, json_exporter: None
) -> None:
    sources = _write_sources(tmp_path / "src")
    _run(sources, ["test-batch-json"], tmp_path / "out", 1)
    (tmp_path / "out" / f"{STEMS[1]}.json").write_text("stale", encoding="utf-8")
    result, log = _run(sources, ["test-batch-json"], tmp_path / "out", 1)
    # The two untouched files are skipped (the ledger has them); the altered one is redone
    # under its own name, not renamed around.
    assert result.skipped == 2
    assert result.names == [(sources[1], STEMS[1])]
    assert _outputs(tmp_path / "out") == sorted(f"{s}.json" for s in STEMS)
    assert "Ferry Timetable" in (tmp_path / "out" / f"{STEMS[1]}.json").read_text(encoding="utf-8")
    assert "exported 1 of 3 articles to 1 files" in log
    assert "2 skipped (already done), 0 failed" in log


def test_restart_ignores_the_ledger(tmp_path: Path, json_exporter: None) -> None:
    sources = _write_sources(tmp_path / "src")
    _run(sources, ["test-batch-json"], tmp_path / "out", 1)
    result, log = _run(sources, ["test-batch-json"], tmp_path / "out", 1, restart=True)
    assert result.skipped == 0
    assert [stem for _src, stem in result.names] == STEMS
    assert "exported 3 of 3 articles to 3 files" in log
    assert "skipped" not in log


def test_single_source_failure_is_raised_as_its_error(tmp_path: Path, json_exporter: None) -> None:
    with pytest.raises(SourceUnreadable, match="no such file"):
        _run([str(tmp_path / "nope.txt")], ["test-batch-json"], tmp_path / "out", 2)
    assert os.listdir(tmp_path / "out") == []


def test_unknown_format_stops_before_any_work(tmp_path: Path) -> None:
    sources = _write_sources(tmp_path / "src")
    with pytest.raises(UnknownFormat, match="no-such-format"):
        _run(sources, ["no-such-format"], tmp_path / "out", 2)
    assert os.listdir(tmp_path / "out") == []


def test_progress_bar_only_when_asked_or_on_a_terminal(tmp_path: Path, json_exporter: None) -> None:
    sources = _write_sources(tmp_path / "src")
    _, piped = _run(sources, ["test-batch-json"], tmp_path / "o1", 1)
    assert "\r" not in piped
    _, shown = _run(sources, ["test-batch-json"], tmp_path / "o2", 1, progress=True)
    assert "\r[" in shown
    assert "3/3 articles" in shown
    _, quiet = _run(sources, ["test-batch-json"], tmp_path / "o3", 1, quiet=True)
    assert quiet == ""


@pytest.mark.slow
def test_cli_batch_exit_code_and_report_on_a_pipe(tmp_path: Path) -> None:
    sources = _write_sources(tmp_path / "src")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "syndicate", "export", *sources, str(tmp_path / "gone.txt")]
    cmd += ["--format", "atom", "--site-url", SITE, "-o", f"{out}/", "--jobs", "2"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == EXIT_BATCH_PARTIAL, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "\r" not in proc.stderr
    assert f"{tmp_path / 'gone.txt'}: source: " in proc.stderr
    assert "exported 3 of 4 articles to 3 files" in proc.stderr
    assert _outputs(out) == sorted(f"{stem}.atom" for stem in STEMS)


def test_relative_paths_resolve_in_workers_as_in_the_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, json_exporter: None
) -> None:
    _write_sources(tmp_path / "src")
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)
    relative = [f"src/{name}" for name in STORIES]
    result = export_batch(relative, ["test-batch-json"], "out", jobs=2, stream=io.StringIO())
    assert result.failures == []
    assert [source for source, _stem in result.names] == relative
    assert _outputs(tmp_path / "out") == sorted(f"{stem}.json" for stem in STEMS)


@pytest.fixture
def warn_exporter() -> Iterator[None]:
    registry.register(WarningJsonExporter, override=True)
    yield
    _unregister(WarningJsonExporter.name)


def test_warnings_are_capped_and_counted(tmp_path: Path, warn_exporter: None) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    sources = []
    for n in range(25):
        path = folder / f"s{n}.txt"
        path.write_text(f"Story Number {n} About Boats\n\nA line of text.\n", encoding="utf-8")
        sources.append(str(path))
    result, log = _run(sources, ["test-batch-warn"], tmp_path / "out", 1)
    assert result.failures == []
    assert result.warning_count == 25
    assert len(result.warnings) == 20
    shown = [line for line in log.splitlines() if ": warning: " in line]
    assert len(shown) == 20
    assert shown[0] == f"{sources[0]}: warning: Story Number 0 About Boats: degraded"
    assert log.splitlines()[-1].endswith("0 failed, 25 warnings (first 20 shown)")
    assert len(_outputs(tmp_path / "out")) == 25


def test_single_article_names_its_files(tmp_path: Path, json_exporter: None) -> None:
    sources = _write_sources(tmp_path / "src")
    result, log = _run(sources[1:2], ["test-batch-json"], tmp_path / "out", 2)
    assert result.files == 1
    target = tmp_path / "out" / f"{STEMS[1]}.json"
    assert log == f"syndicate: wrote {target}\n"
    assert "Ferry Timetable" in target.read_text(encoding="utf-8")


class _SyncCounter:
    """Records what this process fsyncs (by path, read from /proc) and counts os.sync calls,
    still calling the real functions."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.fsynced: list[str] = []
        self.sync = 0
        real_fsync, real_sync = os.fsync, os.sync

        def fsync(fd: int) -> None:
            self.fsynced.append(os.readlink(f"/proc/self/fd/{fd}"))
            real_fsync(fd)

        def sync() -> None:
            self.sync += 1
            real_sync()

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "sync", sync)


_LINUX = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")


@_LINUX
def test_batch_flushes_what_it_wrote_then_the_folder_then_the_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, json_exporter: None
) -> None:
    sources = _write_sources(tmp_path / "src")
    out = tmp_path / "out"
    calls = _SyncCounter(monkeypatch)
    result, _ = _run(sources, ["test-batch-json"], out, 1)
    assert result.files == 3
    assert calls.sync == 0  # never the whole machine
    files = [str(out / f"{stem}.json") for stem in STEMS]
    assert sorted(calls.fsynced[:3]) == sorted(files)
    assert calls.fsynced[3:] == [str(out), str(out / ".syndicate-ledger.jsonl")]
    # Complete files under their final names, no temporary left.
    assert _outputs(out) == sorted(f"{s}.json" for s in STEMS)
    for stem in STEMS:
        json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))


@_LINUX
def test_single_source_export_fsyncs_the_file_then_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, json_exporter: None
) -> None:
    sources = _write_sources(tmp_path / "src")
    out = tmp_path / "out"
    calls = _SyncCounter(monkeypatch)
    result, _ = _run(sources[:1], ["test-batch-json"], out, 1)
    assert result.files == 1
    assert calls.sync == 0
    # The data is fsynced under its temporary name, then the folder after the rename.
    assert len(calls.fsynced) == 2
    assert calls.fsynced[0].startswith(str(out / f".{STEMS[0]}.json."))
    assert calls.fsynced[1] == str(out)
    assert os.listdir(out) == [f"{STEMS[0]}.json"]


@_LINUX
def test_failed_batch_still_flushes_what_it_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, json_exporter: None
) -> None:
    sources = _write_sources(tmp_path / "src")
    (tmp_path / "src" / "bad.txt").write_text("Please FAIL This One\n\nBody.\n", encoding="utf-8")
    calls = _SyncCounter(monkeypatch)
    out = tmp_path / "out"
    result, _ = _run([*sources, str(tmp_path / "src" / "bad.txt")], ["test-batch-json"], out, 1)
    assert result.exit_code == EXIT_BATCH_PARTIAL
    assert result.files == 3
    assert calls.sync == 0
    assert sorted(calls.fsynced[:3]) == sorted(str(out / f"{s}.json") for s in STEMS)


def test_export_articles_over_an_iterable_names_in_order(
    tmp_path: Path, json_exporter: None
) -> None:
    from syndicate.api import export_articles

    sources = _write_sources(tmp_path / "src")
    missing = str(tmp_path / "src" / "gone.txt")
    (tmp_path / "out").mkdir()
    results = list(
        export_articles(iter([*sources, missing]), ["test-batch-json"], tmp_path / "out")
    )
    assert [r.stem for r in results] == [*STEMS, None]
    assert [r.ok for r in results] == [True, True, True, False]
    assert results[3].failures[0].category == "source"
    assert _outputs(tmp_path / "out") == sorted(f"{s}.json" for s in STEMS)
    fmt, name, size, digest = results[2].files[0]
    data = (tmp_path / "out" / name).read_bytes()
    assert (fmt, len(data)) == ("test-batch-json", size)
    assert hashlib.sha256(data).hexdigest() == digest
    assert "same headline" in data.decode("utf-8")
