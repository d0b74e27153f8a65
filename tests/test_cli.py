"""The command line as a user runs it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    env.pop("SYNDICATE_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "syndicate", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess, code: int, needle: str) -> None:
    err = result.stderr.decode()
    assert result.returncode == code, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("syndicate: ")
    assert needle in lines[0]


@pytest.fixture
def bad_sources(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\t\n \r\n")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    bad_json = tmp_path / "broken.json"
    bad_json.write_text('{"title": "x", "blocks": [', "utf-8")
    nan_json = tmp_path / "nan.json"
    nan_json.write_text('{"title": "x", "tags": [NaN]}', "utf-8")
    dup_json = tmp_path / "dup.json"
    dup_json.write_text('{"title": "x", "title": "y"}', "utf-8")
    deep_json = tmp_path / "deep.json"
    deep_json.write_text("[" * 100_000, "utf-8")
    return {
        "missing": tmp_path / "nope.txt",
        "directory": tmp_path,
        "empty": empty,
        "blank": blank,
        "binary": binary,
        "bad_json": bad_json,
        "nan_json": nan_json,
        "dup_json": dup_json,
        "deep_json": deep_json,
    }


@pytest.mark.parametrize(
    ("kind", "code", "needle"),
    [
        ("missing", 3, "no such file"),
        ("directory", 3, "is a directory"),
        ("empty", 4, "is empty"),
        ("blank", 4, "is empty"),
        ("binary", 3, "binary"),
        ("bad_json", 4, "malformed JSON"),
        ("nan_json", 4, "NaN"),
        ("dup_json", 4, "twice"),
        ("deep_json", 4, "nested deeper"),
    ],
)
def test_bad_sources_give_one_line_and_a_documented_code(
    bad_sources: dict[str, Path], kind: str, code: int, needle: str
) -> None:
    assert_one_line_error(run("inspect", str(bad_sources[kind])), code, needle)


@pytest.mark.parametrize(("kind", "code"), [("missing", 3), ("empty", 4)])
def test_a_refused_source_leaves_no_output_folder(
    bad_sources: dict[str, Path], tmp_path: Path, kind: str, code: int
) -> None:
    # -o DIR/ makes the folder before reading; a source refused leaves nothing behind, not
    # even the folders made for it, while a folder that was already there stays.
    out = tmp_path / "new" / "out"
    result = run("export", str(bad_sources[kind]), "--format", "epub", "-o", f"{out}/")
    assert result.returncode == code, result.stderr
    assert not (tmp_path / "new").exists()
    kept = tmp_path / "kept"
    kept.mkdir()
    result = run("export", str(bad_sources[kind]), "--format", "epub", "-o", f"{kept}/")
    assert result.returncode == code, result.stderr
    assert kept.is_dir() and not any(kept.iterdir())


def test_inspect_json_is_the_model(tmp_path: Path) -> None:
    result = run("inspect", str(FIXTURES / "kitchen_sink.json"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "syndicate.article/1"
    assert data["authors"][0]["role"] == "Culture Correspondent"
    assert [b["type"] for b in data["blocks"]].count("figure") == 2


def test_inspect_markdown_then_inspect_gives_the_same_model(tmp_path: Path) -> None:
    md = run("inspect", str(FIXTURES / "kitchen_sink.json"), "--markdown")
    assert md.returncode == 0
    source = FIXTURES / "kitchen_sink.json"
    again = run("inspect", "-", "--json", stdin=md.stdout)
    first = run("inspect", str(source), "--json")
    assert json.loads(again.stdout) == json.loads(first.stdout)


def test_inspect_summary_shows_provenance(seed_path: Path) -> None:
    result = run("inspect", str(seed_path))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "title" in out and "line 1" in out


def test_overrides_apply_for_one_run() -> None:
    result = run(
        "inspect",
        str(FIXTURES / "kitchen_sink.json"),
        "--json",
        "--set-title",
        "Fixed",
        "--author",
        "A One",
        "--author",
        "B Two",
        "--date",
        "2025-01-02",
        "--language",
        "en-GB",
    )
    data = json.loads(result.stdout)
    assert data["title"] == "Fixed"
    assert [a["name"] for a in data["authors"]] == ["A One", "B Two"]
    assert data["published"] == "2025-01-02"
    assert data["language"] == "en-GB"
    assert data["provenance"]["title"]["rule"] == "override"


def test_bad_override_date_is_a_usage_error() -> None:
    result = run("inspect", str(FIXTURES / "kitchen_sink.json"), "--date", "soon")
    assert_one_line_error(result, 2, "--date")


def test_unknown_format_names_the_available_ones(tmp_path: Path) -> None:
    result = run(
        "export",
        str(FIXTURES / "kitchen_sink.json"),
        "--format",
        "mobi",
        "-o",
        str(tmp_path / "x.mobi"),
    )
    assert_one_line_error(result, 5, "no exporter named 'mobi'")
    assert not (tmp_path / "x.mobi").exists()


def test_unwritable_output_folder(tmp_path: Path) -> None:
    result = run(
        "export",
        str(FIXTURES / "kitchen_sink.json"),
        "--format",
        "html",
        "-o",
        str(tmp_path / "no" / "such" / "dir" / "x.html"),
    )
    assert_one_line_error(result, 6, "does not exist")


def test_help_documents_every_command_and_the_exit_codes() -> None:
    result = run("--help")
    out = result.stdout.decode()
    assert result.returncode == 0
    for command in ("inspect", "export", "formats", "verify", "feed", "publish", "serve"):
        assert command in out
    assert "exit codes" in out
    for command in ("inspect", "export", "formats", "verify", "publish", "serve"):
        sub = run(command, "--help")
        assert sub.returncode == 0 and b"usage: syndicate" in sub.stdout
    assert run("feed", "add", "--help").returncode == 0


def test_help_and_the_parse_docstring_name_every_source_kind() -> None:
    import syndicate
    from syndicate.readers import EXTENSIONS

    assert "HTML page" in run("--help").stdout.decode()
    for command in ("inspect", "export"):
        out = run(command, "--help").stdout.decode()
        assert ".html" in out and "URL" in out and "--from {text,markdown,json,html}" in out
    doc = syndicate.parse.__doc__ or ""
    for kind in {*EXTENSIONS.values(), "URL", "--from"}:
        assert kind in doc, kind


def test_usage_errors_exit_2() -> None:
    result = run("export", "x.txt")  # --format missing
    assert result.returncode == 2
    assert "Traceback" not in result.stderr.decode()


def _rewrite_zip(path: Path, member_filter: str, old: bytes, new: bytes) -> None:
    import zipfile

    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in entries:
            if member_filter in info.filename and old in data:
                data = data.replace(old, new)
            target.writestr(info, data)


def test_verify_through_the_cli(tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "out"
    exported = run(
        "export",
        str(seed_path),
        "--format",
        "epub,docx,atom",
        "--site-url",
        "https://news.example.org/",
        "-o",
        f"{out}/",
    )
    assert exported.returncode == 0, exported.stderr
    outputs = sorted(str(p) for p in out.iterdir())
    assert len(outputs) == 3
    clean = run("verify", *outputs, "--source", str(seed_path), "--json")
    assert clean.returncode == 0, clean.stdout
    report = json.loads(clean.stdout)
    assert report["ok"] is True and len(report["reports"]) == 3

    epub = next(p for p in out.iterdir() if p.suffix == ".epub")
    _rewrite_zip(epub, ".xhtml", b"Annegret Hilse/Reuters", b"")
    broken = run("verify", str(epub), "--source", str(seed_path))
    assert broken.returncode == 8
    assert b"Annegret Hilse" in broken.stdout and b"missing" in broken.stdout


def test_verify_of_a_missing_output_is_a_source_error(tmp_path: Path) -> None:
    result = run(
        "verify", str(tmp_path / "none.pdf"), "--source", str(FIXTURES / "kitchen_sink.json")
    )
    assert result.returncode in (3, 8)
    assert "Traceback" not in result.stderr.decode()


def test_site_url_from_syndicate_toml(tmp_path: Path) -> None:
    (tmp_path / "syndicate.toml").write_text('site_url = "https://config.example.org/"\n')
    (tmp_path / "desk").mkdir()
    result = run(
        "export",
        str(FIXTURES / "kitchen_sink.json"),
        "-f",
        "atom",
        "-o",
        "-",
        cwd=tmp_path / "desk",
    )
    assert result.returncode == 0, result.stderr
    import feedparser

    feed = feedparser.parse(__import__("io").BytesIO(result.stdout))
    assert feed.feed.link.startswith("https://config.example.org")


def test_bad_configuration_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "syndicate.toml").write_text('site_url = "x"\ncolour = "red"\n')
    result = run(
        "export", str(FIXTURES / "kitchen_sink.json"), "-f", "atom", "-o", "-", cwd=tmp_path
    )
    assert_one_line_error(result, 2, "unknown setting 'colour'")


def test_feeds_without_a_site_url_say_how_to_give_one(tmp_path: Path) -> None:
    result = run(
        "export", str(FIXTURES / "kitchen_sink.json"), "-f", "rss", "-o", "-", cwd=tmp_path
    )
    assert_one_line_error(result, 2, "site")
