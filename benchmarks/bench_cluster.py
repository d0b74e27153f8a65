"""Large batches: memory and exact resume after kill -9, and Dask's overhead against the pool.

    python benchmarks/bench_cluster.py resume --count 100000 --work /work/data/resume
    python benchmarks/bench_cluster.py throughput --count 2000 [--formats epub,pdf]

``resume``: N generated articles through ``syndicate export --from-list LIST --format epub
-o DIR/ --executor local`` (with ``SOURCE_DATE_EPOCH``): once uninterrupted (A), and once
killed with SIGKILL (the whole process group: driver, fork server, workers) when about half
the EPUBs are there, then the same command again (B). Prints wall times, the driver's peak
resident memory (VmHWM, sampled from /proc) for each run, what the kill left behind, and the
comparison: file names, count and SHA-256 of every file of A and B, and leftovers.

``throughput``: the same N articles with ``--executor local --jobs 2`` and with ``--executor
dask --jobs 2`` (a LocalCluster of two single-threaded worker processes, started and stopped
inside the timed command), alternating, ``--repeat`` times each; prints wall seconds and
articles/s of each run and the ratio dask / local of the medians.

The sources and outputs live under ``--work`` (default: a temporary folder), never in the
repository.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import ENV, _hwm_kib, machine, precompile, syndicate_cmd, table
from gen_articles import write_articles

LEDGER = ".syndicate-ledger.jsonl"


def _sources(work: Path, count: int) -> Path:
    """Generate the articles once (kept between runs) and write the list file."""
    src = work / "src"
    listing = work / f"list-{count}.txt"
    have = sum(1 for _ in src.glob("article-*.txt")) if src.is_dir() else 0
    if have < count:
        print(f"generating {count} articles in {src}", flush=True)
        write_articles(src, count)
    with listing.open("w", encoding="utf-8") as f:
        for n in range(count):
            f.write(f"{src}/article-{n:05d}.txt\n")
    return listing


class Driver:
    """The export command in its own process group, its peak memory sampled."""

    def __init__(self, cmd: list[str], env: dict[str, str]) -> None:
        self.start = time.perf_counter()
        self.proc = subprocess.Popen(
            cmd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            start_new_session=True,
        )
        self.peak_kib = 0
        self.err: list[str] = []
        assert self.proc.stderr is not None
        stream = self.proc.stderr
        self._reader = threading.Thread(target=lambda: self.err.append(stream.read()))
        self._reader.start()

    def sample(self) -> None:
        self.peak_kib = max(self.peak_kib, _hwm_kib(self.proc.pid))

    def wait(self, until: Path | None = None, files: int = 0) -> float:
        """Wait for the end (or, with ``until``, for ``files`` outputs there, then kill -9)."""
        last_count = 0.0
        while self.proc.poll() is None:
            self.sample()
            if until is not None and time.perf_counter() - last_count > 1.0:
                last_count = time.perf_counter()
                if _count(until) >= files:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                    break
            time.sleep(0.1)
        self.proc.wait()
        self._reader.join()
        return time.perf_counter() - self.start

    @property
    def stderr(self) -> str:
        return "".join(self.err)


def _count(folder: Path) -> int:
    with os.scandir(folder) as entries:
        return sum(1 for e in entries if e.name.endswith(".epub") and not e.name.startswith("."))


def _digests(folder: Path) -> dict[str, str]:
    found = {}
    for entry in os.scandir(folder):
        if entry.name == LEDGER:
            continue
        found[entry.name] = hashlib.sha256(Path(entry.path).read_bytes()).hexdigest()
    return found


def _kill_group_leftovers(pgid: int) -> None:
    # A worker whose driver was killed exits once its pipe closes; wait for none to remain.
    for _ in range(100):
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)


def resume(args: argparse.Namespace) -> None:
    """Uninterrupted run, then killed run + re-run; compare."""
    work = Path(args.work)
    listing = _sources(work, args.count)
    env = {**ENV, "SOURCE_DATE_EPOCH": "1700000000"}
    rows = []
    at_start = machine()

    def command(out: Path) -> list[str]:
        return [
            *syndicate_cmd(), "export", "--from-list", str(listing), "--format", "epub",
            "-o", f"{out}/", "--executor", "local", "--jobs", str(args.jobs),
        ]  # fmt: skip

    out_a, out_b = work / "out-a", work / "out-b"
    for folder in (out_a, out_b):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)

    run_a = Driver(command(out_a), env)
    seconds = run_a.wait()
    rows.append(["A uninterrupted", run_a.proc.returncode, f"{seconds:.1f}",
                 f"{run_a.peak_kib / 1024:.0f}", _last_line(run_a.stderr)])  # fmt: skip
    print(rows[-1], flush=True)

    run_b1 = Driver(command(out_b), env)
    seconds = run_b1.wait(until=out_b, files=args.count // 2)
    _kill_group_leftovers(run_b1.proc.pid)
    at_kill = _count(out_b)
    hidden = [n for n in os.listdir(out_b) if n.startswith(".") and n != LEDGER]
    ledger_lines = sum(1 for _ in (out_b / LEDGER).open("rb"))
    rows.append(["B killed (SIGKILL)", run_b1.proc.returncode, f"{seconds:.1f}",
                 f"{run_b1.peak_kib / 1024:.0f}",
                 f"{at_kill} EPUBs, {ledger_lines} ledger lines, {len(hidden)} staged/temp "
                 "files left"])  # fmt: skip
    print(rows[-1], flush=True)

    run_b2 = Driver(command(out_b), env)
    seconds = run_b2.wait()
    rows.append(["B same command again", run_b2.proc.returncode, f"{seconds:.1f}",
                 f"{run_b2.peak_kib / 1024:.0f}", _last_line(run_b2.stderr)])  # fmt: skip
    print(rows[-1], flush=True)

    print("\ncomparing every file (SHA-256)...", flush=True)
    a, b = _digests(out_a), _digests(out_b)
    leftovers = [n for n in os.listdir(out_b) if n.startswith(".") and n != LEDGER]
    epubs = sum(1 for n in b if n.endswith(".epub"))
    same = sum(1 for n in a if b.get(n) == a[n])
    print(f"\nmachine: {at_start}\n")
    print(table(["run", "exit", "seconds", "driver peak RSS MiB", "result"], rows))
    print(
        f"\nA: {len(a)} files; B: {len(b)} files, {epubs} EPUBs; same names: "
        f"{set(a) == set(b)}; byte-identical: {same} of {len(a)}; files in B not in A: "
        f"{len(set(b) - set(a))}; hidden leftovers in B: {len(leftovers)}"
    )


def _last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1].removeprefix("syndicate: ") if lines else ""


def throughput(args: argparse.Namespace) -> None:
    """--executor local vs dask, two workers each, alternating."""
    work = Path(args.work)
    listing = _sources(work, args.count)
    env = {**ENV, "SOURCE_DATE_EPOCH": "1700000000"}
    rows = []
    at_start = machine()
    times: dict[str, list[float]] = {"local": [], "dask": []}
    for attempt in range(args.repeat):
        for executor in ("local", "dask"):
            out = work / f"out-{executor}"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir(parents=True)
            cmd = [*syndicate_cmd(), "export", "--from-list", str(listing)]
            cmd += ["--format", args.formats, "-o", f"{out}/", "--executor", executor]
            cmd += ["--jobs", "2"]
            driver = Driver(cmd, env)
            seconds = driver.wait()
            files = sum(1 for n in os.listdir(out) if not n.startswith("."))
            times[executor].append(seconds)
            rows.append([attempt + 1, executor, f"{seconds:.1f}",
                         f"{args.count / seconds:.1f}", f"{driver.peak_kib / 1024:.0f}",
                         files, driver.proc.returncode])  # fmt: skip
            print(rows[-1], flush=True)
    local, dask = statistics.median(times["local"]), statistics.median(times["dask"])
    print(f"\nmachine: {at_start}\nformats: {args.formats}, {args.count} articles\n")
    headers = ["run", "executor", "seconds", "articles/s", "driver peak RSS MiB", "files", "exit"]
    print(table(headers, rows))
    print(
        f"\nmedian: local {args.count / local:.1f} articles/s, dask {args.count / dask:.1f} "
        f"articles/s; dask / local = {local / dask:.2f}"
    )


def main() -> None:
    """Parse the command line and run one of the two benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("resume")
    p.add_argument("--count", type=int, default=100_000)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--work", default=None)
    p = sub.add_parser("throughput")
    p.add_argument("--count", type=int, default=2000)
    p.add_argument("--formats", default="epub,pdf")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--work", default=None)
    args = parser.parse_args()
    precompile()
    with tempfile.TemporaryDirectory() as tmp:
        args.work = args.work or tmp
        resume(args) if args.what == "resume" else throughput(args)


if __name__ == "__main__":
    main()
