"""syndicate beside pandoc, same articles, same run: one file, and a 200-file batch.

    python benchmarks/bench_pandoc.py [--batch 200] [--repeat 15]

pandoc reads each article as Markdown (syndicate's own Markdown form of the article, which
pandoc takes as a YAML metadata block plus Markdown body); syndicate reads the scraped .txt
source. Single file: the median wall time of one process per format, the two tools run
alternately so that a change of load weighs on both; the ratio is syndicate / pandoc (lower
is better). Batch: pandoc runs one process per file per format through ``xargs -P2``;
syndicate runs one ``syndicate export ... --format epub,docx -o DIR/ --jobs 2``; the ratio is
the throughput of syndicate / pandoc (higher is better). Needs ``pandoc`` on PATH
(``apt-get install -y pandoc``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import (
    ENV,
    SITE,
    have,
    machine,
    precompile,
    syndicate_cmd,
    table,
    walls_interleaved,
)
from gen_articles import write_articles


def _markdown(sources: list[Path], folder: Path) -> list[Path]:
    import syndicate
    from syndicate.markdown_form import dump_markdown

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for source in sources:
        path = folder / (source.stem + ".md")
        path.write_text(dump_markdown(syndicate.parse(source)), encoding="utf-8")
        out.append(path)
    return out


def _pandoc_batch(markdown: list[Path], out: Path, formats: list[str]) -> float:
    """Wall seconds of pandoc over every file and format with ``xargs -P2``."""
    lines = []
    for path in markdown:
        for fmt in formats:
            lines += [str(path), "-o", str(out / f"{path.stem}.{fmt}")]
    start = time.perf_counter()
    subprocess.run(
        ["xargs", "-0", "-P2", "-n3", "pandoc"],
        input="\0".join(lines).encode(),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def _syndicate_batch(sources: list[Path], out: Path, formats: list[str]) -> float:
    cmd = [*syndicate_cmd(), "export", *map(str, sources), "--format", ",".join(formats)]
    cmd += ["--site-url", SITE, "-o", f"{out}/", "--jobs", "2"]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    return time.perf_counter() - start


def main() -> None:
    """Print the comparison tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    if args.batch < 1 or args.repeat < 1:
        parser.error("--batch and --repeat must be at least 1 (one file is the first article)")
    if not have("pandoc"):
        raise SystemExit("pandoc is not installed (apt-get install -y pandoc): nothing to compare")
    version = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout
    precompile()
    print(f"machine: {machine()}")
    print(f"pandoc: {version.splitlines()[0]}\n")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sources = write_articles(root / "src", args.batch)
        markdown = _markdown(sources, root / "md")
        out = root / "out"
        out.mkdir()
        rows = []
        for fmt in ("epub", "docx"):
            mine = [*syndicate_cmd(), "export", str(sources[0]), "--format", fmt]
            mine += ["--site-url", SITE, "-o", f"{out}/"]
            theirs = ["pandoc", str(markdown[0]), "-o", str(out / f"one.{fmt}")]
            # Alternating runs: a load change during the measurement hits both tools alike.
            p, s = walls_interleaved([theirs, mine], args.repeat)
            rows.append([fmt, f"{p * 1000:.0f}", f"{s * 1000:.0f}", f"{s / p:.2f}"])
        print(f"Single article, wall ms (median of {args.repeat}, alternating):\n")
        print(table(["format", "pandoc", "syndicate", "syndicate / pandoc (goal <= 2)"], rows))

        formats = ["epub", "docx"]
        shutil.rmtree(out)
        out.mkdir()
        p = _pandoc_batch(markdown, out, formats)
        shutil.rmtree(out)
        out.mkdir()
        s = _syndicate_batch(sources, out, formats)
        n = len(sources)
        print(f"\n{n}-article batch to EPUB + DOCX, 2 processes:\n")
        brows = [
            ["pandoc (xargs -P2, one process per file)", f"{p:.1f}", f"{n / p:.1f}"],
            ["syndicate export --jobs 2", f"{s:.1f}", f"{n / s:.1f}"],
        ]
        print(table(["tool", "seconds", "articles/s"], brows))
        print(f"\nthroughput ratio syndicate / pandoc: {p / s:.2f} (goal >= 5)")


if __name__ == "__main__":
    main()
