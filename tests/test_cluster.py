"""Batches on a Dask cluster and on S3: real servers started here on 127.0.0.1.

A ``dask scheduler`` and two ``dask worker`` processes (no nanny, so a killed worker stays
dead), and moto's S3 server in a thread. Outputs are checked with their readers: each EPUB
opens as a zip whose container names a package document that is there, each PDF parses with
pypdf. These tests need the optional ``cluster`` extra (and moto): without it they skip with
one reason; CI installs it (``.ci/run``).
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from gen_articles import write_articles


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False


_MISSING = [m for m in ("dask", "distributed", "s3fs", "moto") if not _installed(m)]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(_MISSING),
        reason=f"needs the cluster extra (pip install -e '.[test,cluster]'): "
        f"{', '.join(_MISSING)} not installed",
    ),
]

BIN = Path(sys.executable).parent
EPOCH = "1700000000"
LEDGER = ".syndicate-ledger.jsonl"
COUNT = int(os.environ.get("SYNDICATE_CLUSTER_TEST_COUNT", "2000"))
"""Articles of the Dask kill test (the acceptance figure is 2,000)."""
S3_COUNT = int(os.environ.get("SYNDICATE_S3_TEST_COUNT", "300"))
"""Articles of the S3 tests (kept smaller for CI time; run once with 2,000 for the figures)."""


@pytest.fixture(autouse=True, scope="module")
def _restore_import_hooks() -> Iterator[None]:
    # The cluster libraries pull in the importlib_metadata backport, which adds its own
    # distribution finder to sys.meta_path and deletes the standard PathFinder's
    # find_distributions; left so, later tests in this process would find entry points
    # another way (the registry's fast scan steps aside for such a finder).
    from importlib.machinery import PathFinder

    hooks = list(sys.meta_path)
    finder = PathFinder.__dict__.get("find_distributions")
    yield
    sys.meta_path[:] = hooks
    if finder is not None and "find_distributions" not in PathFinder.__dict__:
        PathFinder.find_distributions = finder  # type: ignore[method-assign]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, **extra}
    env.pop("DASK_SCHEDULER_ADDRESS", None)
    return env


def _sources(folder: Path, count: int) -> Path:
    """``count`` generated articles and a list file naming them, in order."""
    paths = write_articles(folder / "src", count)
    listing = folder / "list.txt"
    listing.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
    return listing


def _check_epub(data: bytes) -> str:
    """The EPUB's title, after checking it is a zip with the package document it names."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.read("mimetype") == b"application/epub+zip"
        container = z.read("META-INF/container.xml").decode("utf-8")
        opf_path = re.search(r'full-path="([^"]+)"', container)
        assert opf_path is not None
        opf = z.read(opf_path.group(1)).decode("utf-8")
    assert "<package" in opf
    title = re.search(r"<dc:title[^>]*>([^<]+)</dc:title>", opf)
    assert title is not None
    return title.group(1)


def _check_pdf(data: bytes) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1
    assert reader.pages[0].extract_text().strip()


def _ledger(lines: list[str]) -> dict[str, dict[str, list[object]]]:
    done = {}
    for line in lines:
        item = json.loads(line)
        if "out" in item:
            done[item["src"]] = item["out"]
    return done


# -- a Dask cluster of our own -----------------------------------------------


class _Cluster:
    def __init__(self, folder: Path) -> None:
        self.address = f"tcp://127.0.0.1:{_free_port()}"
        port = self.address.rsplit(":", 1)[1]
        self.procs: list[subprocess.Popen[bytes]] = []
        self.log = folder / "dask.log"
        self._log = self.log.open("wb")
        self._start(["scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"])
        self.workers = [
            self._start(
                ["worker", self.address, "--no-nanny", "--nthreads", "1", "--no-dashboard",
                 "--host", "127.0.0.1", "--name", f"w{n}", "--local-directory",
                 str(folder / f"w{n}")],
                cwd=folder,
            )
            for n in (1, 2)
        ]  # fmt: skip
        self._wait_for_workers(2)

    def _start(self, args: list[str], cwd: Path | None = None) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            [str(BIN / "dask"), *args], stdout=self._log, stderr=self._log, cwd=cwd, env=_env()
        )
        self.procs.append(proc)
        return proc

    def _wait_for_workers(self, n: int) -> None:
        from distributed import Client

        deadline = time.monotonic() + 90
        while True:
            try:
                with Client(self.address, timeout="5s") as client:
                    client.wait_for_workers(n, timeout=60)
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)

    def close(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=3)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._log.close()


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[_Cluster]:
    running = _Cluster(tmp_path)
    try:
        yield running
    finally:
        running.close()


def _count_done(out: Path) -> int:
    with contextlib.suppress(OSError), (out / LEDGER).open("rb") as f:
        return sum(1 for _ in f)
    return 0


# The batch runs on one worker after the kill; on a loaded 2-core machine that outlasts the
# suite-wide 300 s timeout, so the test's own deadlines (600 s to kill, 900 s to end) govern.
@pytest.mark.timeout(1200)
def test_dask_batch_survives_a_killed_worker(tmp_path: Path, cluster: _Cluster) -> None:
    listing = _sources(tmp_path, COUNT)
    out = tmp_path / "out"
    cmd = [str(BIN / "syndicate"), "export", "--from-list", str(listing), "-f", "epub,pdf"]
    cmd += ["-o", f"{out}/", "--scheduler", cluster.address]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    # Mid-run: once a tenth of the articles are recorded, one worker dies (and stays dead).
    killed_at = -1
    deadline = time.monotonic() + 600
    while proc.poll() is None and time.monotonic() < deadline:
        if out.is_dir() and _count_done(out) >= COUNT // 10:
            killed_at = _count_done(out)
            cluster.workers[0].send_signal(signal.SIGKILL)
            break
        time.sleep(0.2)
    _stdout, stderr = proc.communicate(timeout=900)
    err = stderr.decode("utf-8", "replace")
    assert 0 <= killed_at < COUNT, "the batch ended before the worker could be killed"
    assert cluster.workers[0].wait(timeout=10) == -signal.SIGKILL
    assert cluster.workers[1].poll() is None
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert f"exported {COUNT} of {COUNT} articles to {2 * COUNT} files" in err

    names = sorted(os.listdir(out))
    assert LEDGER in names
    names.remove(LEDGER)
    # Exactly one EPUB and one PDF per article: nothing duplicated, nothing staged left.
    assert len(names) == 2 * COUNT
    stems = {n.rsplit(".", 1)[0] for n in names}
    assert len(stems) == COUNT
    assert {n.rsplit(".", 1)[1] for n in names} == {"epub", "pdf"}
    lines = (out / LEDGER).read_text(encoding="utf-8").splitlines()
    done = _ledger(lines)
    assert len(done) == COUNT
    sources = listing.read_text(encoding="utf-8").splitlines()
    assert set(done) == set(sources)
    for source in sources:
        outputs = done[source]
        number = int(Path(source).stem.rsplit("-", 1)[1])
        epub = (out / outputs["epub"][0]).read_bytes()
        assert len(epub) == outputs["epub"][1]
        # Each name belongs to its own article (article N's title ends "No. N").
        assert _check_epub(epub).endswith(f"No. {number}")
        assert outputs["epub"][0].endswith(f"-no-{number}.epub")
        pdf = (out / outputs["pdf"][0]).read_bytes()
        assert len(pdf) == outputs["pdf"][1]
        _check_pdf(pdf)


# -- S3 on moto ---------------------------------------------------------------


@pytest.fixture
def s3(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    env = {
        "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    try:
        yield env
    finally:
        server.stop()


def _s3fs(env: dict[str, str]) -> object:
    import s3fs

    # A fresh client each time: fsspec caches instances per argument, and an earlier test's
    # server has another port.
    return s3fs.S3FileSystem(
        key=env["AWS_ACCESS_KEY_ID"],
        secret=env["AWS_SECRET_ACCESS_KEY"],
        endpoint_url=env["AWS_ENDPOINT_URL"],
        skip_instance_cache=True,
    )


def test_s3_batch_reads_and_writes_objects_and_resumes(tmp_path: Path, s3: dict[str, str]) -> None:
    fs = _s3fs(s3)
    fs.mkdir("articles")  # type: ignore[attr-defined]
    fs.mkdir("archive")  # type: ignore[attr-defined]
    listing = _sources(tmp_path, S3_COUNT)
    local_sources = listing.read_text(encoding="utf-8").splitlines()
    # Half the sources are objects in the bucket, half local files.
    remote_list = []
    for n, path in enumerate(local_sources):
        if n % 2:
            key = f"articles/in/{Path(path).name}"
            fs.put_file(path, key)  # type: ignore[attr-defined]
            remote_list.append(f"s3://{key}")
        else:
            remote_list.append(path)
    listing.write_text("".join(f"{s}\n" for s in remote_list), encoding="utf-8")
    cmd = [str(BIN / "syndicate"), "export", "--from-list", str(listing), "-f", "epub,pdf"]
    cmd += ["-o", "s3://archive/out/", "--jobs", "2"]
    first = subprocess.run(cmd, capture_output=True, text=True, env=_env(**s3), timeout=900)
    assert first.returncode == 0, first.stderr
    assert f"exported {S3_COUNT} of {S3_COUNT} articles to {2 * S3_COUNT} files" in first.stderr

    # The same batch to a local folder: the same names, the same bytes.
    local = tmp_path / "local"
    cmd_local = [str(BIN / "syndicate"), "export", *local_sources[:0], "--from-list"]
    listing_local = tmp_path / "list-local.txt"
    listing_local.write_text("".join(f"{s}\n" for s in local_sources), encoding="utf-8")
    cmd_local += [str(listing_local), "-f", "epub,pdf", "-o", f"{local}/", "--jobs", "2"]
    done_local = subprocess.run(cmd_local, capture_output=True, text=True, env=_env(), timeout=900)
    assert done_local.returncode == 0, done_local.stderr
    expected = sorted(n for n in os.listdir(local) if n != LEDGER)

    fs = _s3fs(s3)
    keys = sorted(k.rsplit("/", 1)[1] for k in fs.ls("archive/out", detail=False))  # type: ignore[attr-defined]
    assert ".syndicate-ledger" in keys  # the ledger's folder of parts
    keys.remove(".syndicate-ledger")
    assert keys == expected
    for name in keys:
        data = fs.cat_file(f"archive/out/{name}")  # type: ignore[attr-defined]
        assert data == (local / name).read_bytes()
        if name.endswith(".epub"):
            _check_epub(data)
        else:
            _check_pdf(data)

    again = subprocess.run(cmd, capture_output=True, text=True, env=_env(**s3), timeout=900)
    assert again.returncode == 0, again.stderr
    assert f"exported 0 of {S3_COUNT} articles to 0 files" in again.stderr
    assert f"{S3_COUNT} skipped (already done), 0 failed" in again.stderr


def test_s3_credentials_come_from_the_standard_variables(
    tmp_path: Path, s3: dict[str, str]
) -> None:
    fs = _s3fs(s3)
    fs.mkdir("private")  # type: ignore[attr-defined]
    listing = _sources(tmp_path, 2)
    cmd = [str(BIN / "syndicate"), "export", "--from-list", str(listing), "-f", "epub"]
    cmd += ["-o", "s3://private/out/", "--jobs", "1"]
    # Without an endpoint the AWS default (the internet) would be tried: refuse to run so.
    wrong = _env(**{**s3, "AWS_ENDPOINT_URL": f"http://127.0.0.1:{_free_port()}"})
    wrong["AWS_MAX_ATTEMPTS"] = "1"  # botocore's own variable: no retries against nothing
    failed = subprocess.run(cmd, capture_output=True, text=True, env=wrong, timeout=300)
    assert failed.returncode == 6  # output: the bucket cannot be reached
    assert failed.stderr.count("\n") == 1
    assert failed.stderr.startswith("syndicate: output: s3://private/out/: ")
    ok = subprocess.run(cmd, capture_output=True, text=True, env=_env(**s3), timeout=300)
    assert ok.returncode == 0, ok.stderr
    assert len([k for k in _s3fs(s3).ls("private/out") if k.endswith(".epub")]) == 2  # type: ignore[attr-defined]


def test_export_articles_over_a_dask_bag(tmp_path: Path) -> None:
    import dask.bag as db

    from syndicate.api import export_articles

    paths = [str(p) for p in write_articles(tmp_path / "src", 6, paragraphs=3)]
    # The same article twice: two sources, so two names (each from its source's digest).
    twin = tmp_path / "src" / "twin.txt"
    twin.write_text(Path(paths[0]).read_text(encoding="utf-8"), encoding="utf-8")
    bag = db.from_sequence([*paths, str(twin)], npartitions=3)
    out = tmp_path / "out"
    out.mkdir()
    results = export_articles(bag, ["epub"], out).compute(scheduler="processes", num_workers=2)
    assert len(results) == 7
    assert all(r.ok for r in results)
    names = sorted(os.listdir(out))
    assert len(names) == 7
    assert results[0].stem != results[6].stem
    assert results[0].stem.rsplit("-", 1)[0] == results[6].stem.rsplit("-", 1)[0]
    for result in results:
        ((fmt, name, size, _digest),) = result.files
        data = (out / name).read_bytes()
        assert fmt == "epub" and len(data) == size
        _check_epub(data)


def test_dask_names_repeated_slugs_as_a_local_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from syndicate.batch import export_batch

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    folder = tmp_path / "src"
    folder.mkdir()
    sources = []
    for n in range(24):
        # One headline for all; every fourth is long, so tasks finish out of order.
        body = "\n\n".join(
            f"Line {k} of the pier notice P{n:02d}P." for k in range(1, 80 if n % 4 == 0 else 3)
        )
        (folder / f"p{n:02d}.txt").write_text(
            f"Pier Closed for Repairs\n\n{body}\n", encoding="utf-8"
        )
        sources.append(str(folder / f"p{n:02d}.txt"))
    local, dask = tmp_path / "local", tmp_path / "dask"
    local.mkdir()
    dask.mkdir()
    quiet = io.StringIO()
    export_batch(sources, ["epub"], str(local), jobs=1, stream=quiet)
    result = export_batch(sources, ["epub"], str(dask), executor="dask", jobs=2, stream=quiet)
    assert result.failures == []
    expected = [f"pier-closed-for-repairs{'-' + str(n + 1) if n else ''}" for n in range(24)]
    assert result.names == list(zip(sources, expected, strict=True))
    for n, stem in enumerate(expected):
        data = (dask / f"{stem}.epub").read_bytes()
        assert data == (local / f"{stem}.epub").read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            text = b"".join(z.read(x) for x in z.namelist() if x.endswith(".xhtml"))
        assert f"P{n:02d}P".encode() in text
