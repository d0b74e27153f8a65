"""Per-format cost of one reference-shaped article: in-process and through the command line.

    python benchmarks/bench_formats.py [--repeat N] [--formats epub,pdf,...]

In-process: the article is parsed once, each exporter renders it once cold (the first call
pays for imports, fonts, templates) and then ``--repeat`` times warm; the table shows the
cold time and the median warm time per article. Command line: the median wall time of
``syndicate export ARTICLE --format FMT -o DIR/`` in a fresh process, nine runs each.
The article is synthetic (benchmarks/gen_articles.py), shaped like the reference article.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import SITE, machine, precompile, syndicate_cmd, table, wall
from gen_articles import write_articles

FORMATS = ["epub", "pdf", "docx", "atom", "rss", "jsonfeed", "html"]
CLI_RUNS = 9
"""Fresh processes per format: a start-up of ~100 ms varies by +-5 ms from run to run."""


def in_process(source: Path, formats: list[str], repeat: int) -> list[list[object]]:
    """Rows of (format, cold ms, warm median ms, output KiB)."""
    t0 = time.perf_counter()
    import syndicate
    from syndicate.api import render

    import_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    article = syndicate.parse(source)
    parse_ms = (time.perf_counter() - t0) * 1000
    parse_warm = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        syndicate.parse(source)
        parse_warm.append((time.perf_counter() - t0) * 1000)
    rows: list[list[object]] = [
        ["import syndicate", f"{import_ms:.1f}", "-", "-"],
        ["parse (text reader)", f"{parse_ms:.1f}", f"{statistics.median(parse_warm):.2f}", "-"],
    ]
    for fmt in formats:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # feeds warn that the article has no date
            t0 = time.perf_counter()
            data = render(article, fmt, site_url=SITE)
            cold = (time.perf_counter() - t0) * 1000
            warm = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                render(article, fmt, site_url=SITE)
                warm.append((time.perf_counter() - t0) * 1000)
        rows.append(
            [fmt, f"{cold:.1f}", f"{statistics.median(warm):.2f}", f"{len(data) / 1024:.1f}"]
        )
    return rows


def cli(source: Path, formats: list[str], out: Path) -> list[list[object]]:
    """Rows of (format, median wall ms of one `syndicate export`)."""
    rows: list[list[object]] = []
    base = syndicate_cmd()
    rows.append(["syndicate --version", f"{wall([*base, '--version'], CLI_RUNS) * 1000:.0f}"])
    for fmt in formats:
        cmd = [*base, "export", str(source), "--format", fmt, "--site-url", SITE, "-o", f"{out}/"]
        rows.append([fmt, f"{wall(cmd, CLI_RUNS) * 1000:.0f}"])
    return rows


def main() -> None:
    """Print both tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args()
    formats = args.formats.split(",")
    precompile()
    print(f"machine: {machine()}\n")
    with tempfile.TemporaryDirectory() as tmp:
        source = write_articles(Path(tmp) / "src", 1)[0]
        print(f"article: {source.stat().st_size} bytes (synthetic, reference-shaped)\n")
        print("In-process, one article (ms):\n")
        rows = in_process(source, formats, args.repeat)
        print(
            table(["step / format", "cold ms", f"warm ms (median of {args.repeat})", "KiB"], rows)
        )
        print(f"\nCommand line, one article, fresh process (median of {CLI_RUNS}):\n")
        out = Path(tmp) / "out"
        out.mkdir()
        print(table(["format", "wall ms"], cli(source, formats, out)))


if __name__ == "__main__":
    main()
