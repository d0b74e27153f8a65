"""Resumable batches: the ledger, exact resume after kill -9 and Ctrl-C, streamed lists, and
the optional extra staying optional. Everything here runs without dask, fsspec or moto."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from syndicate.batch import export_batch
from syndicate.batch.ledger import LEDGER_NAME, Ledger
from syndicate.batch.storage import LocalOutput
from syndicate.errors import OutputNotWritable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from gen_articles import write_articles

BIN = Path(sys.executable).parent
EPOCH = "1700000000"
COUNT = int(os.environ.get("SYNDICATE_RESUME_TEST_COUNT", "2000"))


def _env() -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.name != LEDGER_NAME
    }


def _epub_count(folder: Path) -> int:
    return sum(1 for n in os.listdir(folder) if n.endswith(".epub") and not n.startswith("."))


# -- the ledger file -----------------------------------------------------------

# Written by hand: what a run killed in the middle of its third line leaves.
KILLED_LEDGER = (
    '{"src": "in/a.txt", "key": "k1", "stem": "harbour", '
    '"out": {"epub": ["harbour.epub", 5, "x"]}}\n'
    '{"src": "in/b.txt", "key": "k1", "stem": "harbour-2"}\n'
    '{"src": "in/c.txt", "key": "k1", "stem": "ferr'
)


def test_a_line_cut_by_a_kill_is_ignored_and_trimmed(tmp_path: Path) -> None:
    (tmp_path / LEDGER_NAME).write_text(KILLED_LEDGER, encoding="utf-8")
    (tmp_path / "harbour.epub").write_bytes(b"12345")
    ledger = Ledger(LocalOutput(str(tmp_path)), "k1")
    ledger.open(restart=False)
    ledger.load()
    try:
        assert set(ledger.entries) == {"in/a.txt", "in/b.txt"}
        assert ledger.stems == {"harbour", "harbour-2"}
        sizes = LocalOutput(str(tmp_path))
        assert ledger.done("in/a.txt", ["epub"], _SizeOf(sizes)) is not None
        assert ledger.done("in/a.txt", ["epub", "pdf"], _SizeOf(sizes)) is None  # no pdf yet
        assert ledger.done("in/b.txt", ["epub"], _SizeOf(sizes)) is None  # a claim only
        # The next line starts on a line of its own.
        ledger.record("in/c.txt", "ferry", {"epub": ("ferry.epub", 7, "y")})
        ledger.commit()
    finally:
        ledger.close()
    lines = (tmp_path / LEDGER_NAME).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert json.loads(lines[2])["stem"] == "ferry"


class _SizeOf:
    def __init__(self, output: LocalOutput) -> None:
        self.output = output

    def get(self, name: str) -> int | None:
        return self.output.size(name)


def test_other_options_or_a_changed_file_mean_not_done(tmp_path: Path) -> None:
    (tmp_path / LEDGER_NAME).write_text(KILLED_LEDGER, encoding="utf-8")
    (tmp_path / "harbour.epub").write_bytes(b"12345")
    other = Ledger(LocalOutput(str(tmp_path)), "k2")
    other.load()
    assert other.done("in/a.txt", ["epub"], _SizeOf(LocalOutput(str(tmp_path)))) is None
    same = Ledger(LocalOutput(str(tmp_path)), "k1")
    same.load()
    (tmp_path / "harbour.epub").write_bytes(b"1234")  # truncated behind our back
    assert same.done("in/a.txt", ["epub"], _SizeOf(LocalOutput(str(tmp_path)))) is None


def test_two_batches_cannot_share_a_folder(tmp_path: Path) -> None:
    first = Ledger(LocalOutput(str(tmp_path)), "k")
    first.open(restart=False)
    try:
        with pytest.raises(OutputNotWritable, match="another batch is writing"):
            Ledger(LocalOutput(str(tmp_path)), "k").open(restart=False)
    finally:
        first.close()
    again = Ledger(LocalOutput(str(tmp_path)), "k")
    again.open(restart=False)
    again.close()


# -- names: a resumed batch names files as an uninterrupted one ---------------


def _same_title_sources(folder: Path, count: int) -> list[str]:
    """``count`` articles sharing one headline, told apart by a marker in the body; every
    third is long, so workers finish out of order."""
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        body = "\n\n".join(
            f"Paragraph {k} of the quay report, item marker Q{n:03d}Q."
            for k in range(60 if n % 3 == 0 else 2)
        )
        path = folder / f"s{n:03d}.txt"
        path.write_text(f"Quay Lights Return\n\n{body}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _marker(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        text = b"".join(z.read(n) for n in z.namelist() if n.endswith(".xhtml")).decode()
    start = text.index("marker Q") + len("marker ")
    return text[start : start + 5]


@pytest.mark.slow
def test_prefix_then_whole_list_names_like_one_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    sources = _same_title_sources(tmp_path / "src", 30)
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    whole.mkdir()
    resumed.mkdir()
    quiet = io.StringIO()
    export_batch(sources, ["epub"], str(whole), jobs=2, stream=quiet)
    # What a run killed after 11 articles leaves (its ledger holds a prefix), then the rest.
    export_batch(sources[:11], ["epub"], str(resumed), jobs=2, stream=quiet)
    result = export_batch(sources, ["epub"], str(resumed), jobs=2, stream=quiet)
    assert result.skipped == 11
    assert _digests(whole) == _digests(resumed)
    # Source order decides: the n-th article holds the n-th name, whoever finished first.
    for n in range(30):
        name = "quay-lights-return" + (f"-{n + 1}" if n else "") + ".epub"
        assert _marker(whole / name) == f"Q{n:03d}Q"


@pytest.mark.slow
def test_pool_workers_follow_the_callers_source_date_epoch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [str(p) for p in write_articles(tmp_path / "src", 4, paragraphs=3)]
    quiet = io.StringIO()
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    (tmp_path / "warm").mkdir()
    # The fork server (kept for the process) starts here, without the variable...
    export_batch(paths, ["epub"], str(tmp_path / "warm"), jobs=2, stream=quiet)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        export_batch(paths, ["epub"], str(tmp_path / name), jobs=2, stream=quiet)
        time.sleep(1.1)  # "now" moves on: only the variable can keep the bytes equal
    # ...and its workers still stamp the files with the caller's value.
    assert _digests(tmp_path / "one") == _digests(tmp_path / "two")


# -- kill -9 and Ctrl-C of a real run ------------------------------------------


def _command(listing: Path, out: Path) -> list[str]:
    return [
        str(BIN / "syndicate"), "export", "--from-list", str(listing), "--format", "epub",
        "-o", f"{out}/", "--executor", "local", "--jobs", "2",
    ]  # fmt: skip


def _list_of(tmp_path: Path, count: int) -> Path:
    paths = write_articles(tmp_path / "src", count)
    listing = tmp_path / "list.txt"
    listing.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
    return listing


def _as_from_a_terminal() -> None:
    # Ctrl-C as a user at a terminal sends it: a test suite started in the background
    # ("pytest &" in a script) hands its children SIGINT ignored, and Python then keeps it so.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_and_stop(cmd: list[str], out: Path, at: int, sig: int) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(),
        start_new_session=True, preexec_fn=_as_from_a_terminal,
    )  # fmt: skip
    deadline = time.monotonic() + 600
    while proc.poll() is None and time.monotonic() < deadline:
        if out.is_dir() and _epub_count(out) >= at:
            if sig == signal.SIGKILL:
                os.killpg(proc.pid, sig)  # the whole run: driver, fork server, workers
            else:
                proc.send_signal(sig)  # Ctrl-C reaches the driver
            break
        time.sleep(0.05)
    proc.communicate(timeout=300)
    return proc


@pytest.mark.slow
def test_kill_9_at_half_way_then_same_command_gives_the_same_files(tmp_path: Path) -> None:
    listing = _list_of(tmp_path, COUNT)
    whole, killed = tmp_path / "whole", tmp_path / "killed"
    done = subprocess.run(
        _command(listing, whole), capture_output=True, text=True, env=_env(), timeout=900
    )
    assert done.returncode == 0, done.stderr

    proc = _start_and_stop(_command(listing, killed), killed, COUNT // 2, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    time.sleep(0.5)  # let orphaned workers notice and exit
    at_kill = _epub_count(killed)
    assert COUNT // 2 <= at_kill < COUNT

    again = subprocess.run(
        _command(listing, killed), capture_output=True, text=True, env=_env(), timeout=900
    )
    assert again.returncode == 0, again.stderr
    assert "skipped (already done), 0 failed" in again.stderr
    names = os.listdir(killed)
    assert [n for n in names if n.startswith(".")] == [LEDGER_NAME]  # nothing staged left
    assert _epub_count(killed) == COUNT
    assert _digests(killed) == _digests(whole)
    # The ledger's sizes and digests are those of the files.
    recorded = {}
    for line in (killed / LEDGER_NAME).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        name, size, digest = item["out"]["epub"]
        recorded[name] = (size, digest)
    assert len(recorded) == COUNT
    for name, (size, digest) in recorded.items():
        data = (killed / name).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (size, digest)


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_the_rerun_finishes(tmp_path: Path) -> None:
    count = 600
    listing = _list_of(tmp_path, count)
    out = tmp_path / "out"
    proc = _start_and_stop(_command(listing, out), out, 100, signal.SIGINT)
    assert proc.returncode == 130
    # Whatever was published is recorded; nothing staged or temporary is left.
    assert [n for n in os.listdir(out) if n.startswith(".")] == [LEDGER_NAME]
    recorded = (out / LEDGER_NAME).read_text(encoding="utf-8").splitlines()
    assert len(recorded) == _epub_count(out)
    again = subprocess.run(
        _command(listing, out), capture_output=True, text=True, env=_env(), timeout=600
    )
    assert again.returncode == 0, again.stderr
    assert f"{len(recorded)} skipped (already done)" in again.stderr
    assert _epub_count(out) == count


def _descendants(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            with contextlib.suppress(OSError):
                children = [int(c) for c in (task / "children").read_text().split()]
                found += children
                stack += children
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc (Linux)")
def test_a_killed_pool_worker_stops_the_run_and_the_rerun_completes(tmp_path: Path) -> None:
    count = 600
    listing = _list_of(tmp_path, count)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        _command(listing, out), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=_env(),
    )  # fmt: skip
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        # The driver's grandchildren are the workers (forked by the fork server).
        workers = [p for c in _descendants(proc.pid) for p in _descendants(c)]
        if workers and out.is_dir() and _epub_count(out) >= 100:
            os.kill(workers[0], signal.SIGKILL)
            break
        time.sleep(0.05)
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 7, err  # export: a worker died
    assert err.count("\n") == 1
    assert "run the same command again" in err
    assert [n for n in os.listdir(out) if n.startswith(".")] == [LEDGER_NAME]
    again = subprocess.run(
        _command(listing, out), capture_output=True, text=True, env=_env(), timeout=600
    )
    assert again.returncode == 0, again.stderr
    assert "skipped (already done), 0 failed" in again.stderr
    assert _epub_count(out) == count


# -- the list, and the command line --------------------------------------------


def test_from_list_on_stdin_with_blank_lines(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "src", 3, paragraphs=3)
    listing = f"{paths[0]}\n\n{paths[1]}\r\n{paths[2]}\n"
    out = tmp_path / "out"
    cmd = [str(BIN / "syndicate"), "export", "--from-list", "-", "-f", "html", "-o", f"{out}/"]
    cmd += ["--jobs", "1"]
    proc = subprocess.run(cmd, input=listing, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "exported 3 of 3 articles to 3 files" in proc.stderr
    assert sum(1 for n in os.listdir(out) if n.endswith(".html")) == 3


def test_a_quoted_glob_is_expanded_in_sorted_order(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    # One headline twice: the names show the order the glob was read in.
    for name, marker in (("b.txt", "second"), ("a.txt", "first"), ("c.md.bak", "never")):
        (src / name).write_text(f"Tide Tables Printed\n\nThe {marker} notice.\n", encoding="utf-8")
    cmd = [str(BIN / "syndicate"), "export", "src/*.txt", "-f", "html", "-o", "out/", "-j", "1"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "exported 2 of 2 articles" in proc.stderr
    first = (tmp_path / "out" / "tide-tables-printed.html").read_text(encoding="utf-8")
    second = (tmp_path / "out" / "tide-tables-printed-2.html").read_text(encoding="utf-8")
    assert "The first notice." in first
    assert "The second notice." in second


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from-list", "-", "-", "-o", "OUT/"], "no source can be - too"),
        (["a.txt", "--restart", "-o", "one.epub"], "--restart applies to batches"),
        (["a.txt", "--from-list", "list.txt", "-o", "-"], "--from-list applies to batches"),
        (["-o", "OUT/"], "give SOURCE files or --from-list"),
        (["--from-list", "no-such-list.txt", "-o", "OUT/"], "--from-list no-such-list.txt"),
    ],
)
def test_batch_options_misused_are_usage_errors(
    tmp_path: Path, args: list[str], message: str
) -> None:
    args = [a.replace("OUT/", f"{tmp_path}/out/") for a in args]
    cmd = [str(BIN / "syndicate"), "export", "-f", "epub", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert message in proc.stderr


# Blocks the optional modules, as in an installation without the extra.
_WITHOUT_EXTRA = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"dask", "distributed", "fsspec", "s3fs"}:
            raise ImportError(f"No module named {name!r}")
sys.meta_path.insert(0, Block())
from syndicate.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    "extra",
    [["--executor", "dask", "-o", "OUT/"], ["-o", "s3://bucket/out/"], ["--scheduler", "X"]],
)
def test_without_the_extra_one_line_names_it(tmp_path: Path, extra: list[str]) -> None:
    paths = [str(p) for p in write_articles(tmp_path / "src", 2, paragraphs=3)]
    extra = [a.replace("OUT/", f"{tmp_path}/out/") for a in extra]
    cmd = [sys.executable, "-c", _WITHOUT_EXTRA, "export", *paths, "-f", "epub", *extra]
    work = tmp_path / "work"
    work.mkdir()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=work)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1
    assert "syndicate[cluster]" in proc.stderr
    assert "Traceback" not in proc.stderr
    # Nothing written anywhere: no output, no ledger.
    assert os.listdir(work) == []
    assert not (tmp_path / "out").exists() or os.listdir(tmp_path / "out") == []


def test_import_and_help_do_not_load_the_cluster_libraries() -> None:
    code = (
        "import sys, contextlib, io\n"
        "import syndicate\n"
        "from syndicate.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(['export', '--help'])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'dask', 'distributed', 'fsspec', 's3fs', 'botocore', 'aiobotocore'}))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
