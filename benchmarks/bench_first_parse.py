"""The first parse of the reference article in a fresh process, imports included.

    python benchmarks/bench_first_parse.py [--runs 15] [SOURCE]

Each run is a new interpreter that imports the reader and parses the text once; it reports
the time from just before ``import`` to the end of the parse (imports, data files, compiling
patterns on first use, the parse), and the wall time of the whole process as seen from
outside (interpreter start-up included). The median and the minimum of the runs are printed,
with the machine's load average, because the machine is shared: the minimum is the closest
to a quiet machine. SOURCE defaults to the reference article (``../shared/seeds``), else the
first example article.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_c88e193830f29f3d.txt"
FALLBACK = ROOT / "examples" / "articles" / "ap_wire_dateline.txt"

_CHILD = """
import sys, time
t0 = time.perf_counter()
from syndicate.readers.decode import decode_source
from syndicate.readers.plaintext import parse_plaintext
t1 = time.perf_counter()
data = open(sys.argv[1], "rb").read()
parse_plaintext(decode_source(data, sys.argv[1]))
t2 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.2f} {(t2 - t1) * 1000:.2f}")
"""


def main() -> int:
    """Print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", type=Path, default=SEED if SEED.exists() else FALLBACK)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-c", _CHILD, str(args.source)], env=env, check=True, capture_output=True
    )  # warm the bytecode cache
    imports, parses, walls = [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(args.source)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        walls.append((time.perf_counter() - start) * 1000)
        imports.append(float(out[0]))
        parses.append(float(out[1]))
    totals = [i + p for i, p in zip(imports, parses, strict=True)]
    load = os.getloadavg()[0]
    print(f"source: {args.source.name}, {args.runs} fresh processes, load average {load:.2f}\n")
    print("| ms | median | min |\n|---|---|---|")
    for name, values in (
        ("imports", imports),
        ("first parse", parses),
        ("imports + first parse", totals),
        ("process wall", walls),
    ):
        print(f"| {name} | {statistics.median(values):.1f} | {min(values):.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
