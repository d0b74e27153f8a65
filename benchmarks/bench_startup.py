"""Start-up cost: what ``import syndicate`` and the command line import, and how long it takes.

    python benchmarks/bench_startup.py

Each scenario runs in a fresh interpreter under ``python -X importtime``; the table shows the
median wall time (5 runs), the import time the interpreter reports, which heavy libraries got
imported, and the three most expensive top-level imports. A format's libraries should appear
only when that format is asked for.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import ENV, PYTHON, SITE, machine, precompile, syndicate_cmd, table, wall
from gen_articles import write_articles

HEAVY = ("reportlab", "docx", "ebooklib", "feedgen", "lxml", "PIL", "yaml", "dateutil", "anyascii")
HEAVY_MODULES = ("importlib.metadata",)
"""Standard-library modules worth naming: importlib.metadata alone costs ~17 ms (email, zipfile,
csv...), which is why the registry reads entry points without it."""
_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def importtime(cmd: list[str]) -> tuple[float, set[str], list[tuple[str, float]]]:
    """(total import ms, heavy top-level packages imported, the 3 costliest top-level imports)."""
    proc = subprocess.run(
        [PYTHON, "-X", "importtime", *cmd], capture_output=True, text=True, check=False, env=ENV
    )
    total = 0.0
    heavy: set[str] = set()
    top: list[tuple[str, float]] = []
    for line in proc.stderr.splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        cumulative, indent, name = int(match[2]), len(match[3]), match[4]
        root = name.split(".")[0]
        if root in HEAVY:
            heavy.add(root)
        elif name in HEAVY_MODULES:
            heavy.add(name)
        if indent == 1:  # a top-level import (nested ones are indented further)
            total += cumulative / 1000
            top.append((name, cumulative / 1000))
    top.sort(key=lambda item: -item[1])
    return total, heavy, top[:3]


def main() -> None:
    """Print the start-up table."""
    precompile()
    print(f"machine: {machine()}\n")
    script = syndicate_cmd()
    if Path(script[0]).name != "syndicate":
        raise SystemExit("the syndicate console script is not installed beside this Python")
    with tempfile.TemporaryDirectory() as tmp:
        source = write_articles(Path(tmp) / "src", 1)[0]
        out = f"{tmp}/out/"
        scenarios = {
            "python -c pass": ["-c", "pass"],
            "import syndicate": ["-c", "import syndicate"],
            "syndicate --help": [script[0], "--help"],
            "syndicate formats": [script[0], "formats"],
        }
        for fmt in ("atom", "epub", "docx", "pdf"):
            scenarios[f"syndicate export --format {fmt}"] = [
                script[0],
                "export",
                str(source),
                "--format",
                fmt,
                "--site-url",
                SITE,
                "-o",
                out,
            ]
        rows = []
        for label, args in scenarios.items():
            total, heavy, top = importtime(args)
            ms = wall([PYTHON, *args]) * 1000
            rows.append(
                [
                    label,
                    f"{ms:.0f}",
                    f"{total:.0f}",
                    ", ".join(sorted(heavy)) or "none",
                    ", ".join(f"{name} {t:.0f}" for name, t in top),
                ]
            )
    headers = [
        "scenario",
        "wall ms",
        "import ms",
        "heavy libraries imported",
        "costliest imports (ms)",
    ]
    print(table(headers, rows))


if __name__ == "__main__":
    main()
