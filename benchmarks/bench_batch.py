"""Batch throughput and memory: N generated articles to several formats with --jobs 1 and 2.

    python benchmarks/bench_batch.py [--sizes 100,1000,5000] [--jobs 1,2]
                                     [--formats epub,pdf,docx,atom]

Each run is one ``syndicate export SOURCES... --format F -o DIR/ --jobs J`` in a fresh
process; the table shows wall seconds, articles per second and the peak resident memory
(VmHWM) of the largest process (parent, fork server or worker), sampled from /proc while it
runs. Articles are synthetic (benchmarks/gen_articles.py), generated once per run.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import SITE, machine, precompile, run, syndicate_cmd, table
from gen_articles import write_articles


def main() -> None:
    """Print the throughput table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--formats", default="epub,pdf,docx,atom")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs_list = [int(j) for j in args.jobs.split(",")]
    precompile()
    print(f"machine: {machine()}\n")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        sources = write_articles(Path(tmp) / "src", max(sizes))
        out = Path(tmp) / "out"
        for size in sizes:
            for jobs in jobs_list:
                shutil.rmtree(out, ignore_errors=True)
                out.mkdir()
                cmd = [*syndicate_cmd(), "export", *map(str, sources[:size])]
                cmd += ["--format", args.formats, "--site-url", SITE, "-o", f"{out}/"]
                cmd += ["--jobs", str(jobs)]
                result = run(cmd)
                files = sum(1 for p in out.iterdir() if not p.name.startswith("."))
                status = "ok" if result.returncode == 0 else f"exit {result.returncode}"
                rows.append(
                    [
                        size,
                        jobs,
                        f"{result.seconds:.1f}",
                        f"{size / result.seconds:.1f}",
                        f"{result.max_peak_mib:.0f}",
                        len(result.peak_kib),
                        files,
                        status,
                    ]
                )
                print(" | ".join(map(str, rows[-1])), flush=True)
                if result.returncode not in (0,):
                    print(result.stderr.strip().splitlines()[-1:], file=sys.stderr)
    print(f"\nformats: {args.formats}\n")
    headers = [
        "articles",
        "jobs",
        "seconds",
        "articles/s",
        "peak RSS MiB (max process)",
        "processes",
        "files",
        "status",
    ]
    print(table(headers, rows))


if __name__ == "__main__":
    main()
