"""Where the time goes: a cProfile of each exporter, and measured "what if" fixes.

    python benchmarks/profile_exporters.py [--articles N] [--top K] [--rl-accel DIR]

Part 1 profiles warm renders of N generated articles per format and prints the costliest
functions (cumulative). Part 2 measures candidate fixes without editing the exporters: each
is applied here, in this process, by wrapping a library or syndicate function, and timed
against the unchanged code in alternating rounds (best-of and median per article), so a
busy machine skews both sides alike. ``--rl-accel DIR`` names a folder holding reportlab's
optional C accelerator (``pip install --target DIR rl-accel``) to measure that one too; it is
a dependency now, so the option only matters in an environment without it.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import functools
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _util import PYTHON, SITE, machine, table
from gen_articles import write_articles

FORMATS = ["epub", "pdf", "docx", "atom"]


def _articles(folder: Path, count: int) -> list[Any]:
    import syndicate

    return [syndicate.parse(p) for p in write_articles(folder, count)]


def _render(article: Any, fmt: str) -> bytes:
    from syndicate.api import render

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return render(article, fmt, site_url=SITE)


def profile(articles: list[Any], top: int) -> None:
    """Print the costliest functions of each format's warm renders."""
    for fmt in FORMATS:
        _render(articles[0], fmt)
        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.enable()
        for article in articles:
            _render(article, fmt)
        profiler.disable()
        per = (time.perf_counter() - start) / len(articles) * 1000
        print(f"\n### {fmt}: {per:.1f} ms per article under the profiler\n")
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(top)
        lines = out.getvalue().splitlines()
        start_at = next(i for i, line in enumerate(lines) if line.strip().startswith("ncalls"))
        print("\n".join(line.replace(str(Path(sys.prefix)), "<venv>") for line in lines[start_at:]))


def _time(fn: Callable[[], object], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def ab(
    label: str,
    work: Callable[[], object],
    patch: Callable[[], contextlib.AbstractContextManager[None]],
    per: int,
    rounds: int = 5,
) -> list[object]:
    """Alternate baseline and patched runs of ``work``; a table row of ms per article."""
    base: list[float] = []
    fixed: list[float] = []
    work()
    with patch():
        work()
    for _ in range(rounds):
        base += _time(work, 1)
        with patch():
            fixed += _time(work, 1)
    b_min, f_min = min(base) / per, min(fixed) / per
    b_med, f_med = statistics.median(base) / per, statistics.median(fixed) / per
    return [
        label,
        f"{b_min:.1f} / {b_med:.1f}",
        f"{f_min:.1f} / {f_med:.1f}",
        f"{(1 - f_min / b_min) * 100:.0f} %",
    ]


@contextlib.contextmanager
def _patched(obj: Any, name: str, value: Any) -> Iterator[None]:
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield
    finally:
        setattr(obj, name, old)


def pdf_style_cached() -> contextlib.AbstractContextManager[None]:
    """PDF: parse templates/pdf/style.yaml once per process instead of once per document."""
    from syndicate.exporters import pdf_style

    return _patched(pdf_style, "load_page_style", functools.cache(pdf_style.load_page_style))


@contextlib.contextmanager
def docx_template_once() -> Iterator[None]:
    """DOCX: parse the reference document once, deep-copy it for each document."""
    import copy

    from syndicate.exporters import docx as docx_exporter

    original = docx_exporter._base_document
    cache: dict[Any, Any] = {}

    def base(options: Any, language: Any = None) -> Any:
        key = (options.reference_docx, options.template_dir)
        if key not in cache:
            cache[key] = original(options)
        return copy.deepcopy(cache[key])

    docx_exporter._base_document = base
    try:
        yield
    finally:
        docx_exporter._base_document = original


def what_if(articles: list[Any], folder: Path, rl_accel: str | None) -> None:
    """Print the table of measured candidate fixes."""
    sample = articles[:8]

    def renders(fmt: str) -> Callable[[], object]:
        return lambda: [_render(a, fmt) for a in sample]

    # Landed since the first profile, so no longer measured here: PDF in one layout pass,
    # batches without an fsync per file, EPUB without re-compressing its zip.
    rows = [
        ab("pdf: page style read once", renders("pdf"), pdf_style_cached, len(sample)),
        ab("docx: reference parsed once", renders("docx"), docx_template_once, len(sample)),
    ]  # fmt: skip
    if rl_accel:
        rows.append(_rl_accel_row(folder, rl_accel))
    print(table(["candidate fix", "now ms/article (best / median)", "with fix", "gain (best)"],
                rows))  # fmt: skip


_CHILD = """
import json, sys, time, warnings, glob
warnings.simplefilter("ignore")
import syndicate
from syndicate.api import render
arts = [syndicate.parse(p) for p in sorted(glob.glob(sys.argv[1] + "/*.txt"))[:8]]
render(arts[0], "pdf")
times = []
for _ in range(5):
    t = time.perf_counter()
    for a in arts:
        render(a, "pdf")
    times.append((time.perf_counter() - t) * 1000 / len(arts))
import reportlab.lib.rl_accel as accel
print(json.dumps({"times": times, "accel": getattr(accel.fp_str, "__module__", "?")}))
"""


def _rl_accel_row(folder: Path, path: str) -> list[object]:
    base: list[float] = []
    fixed: list[float] = []
    for _ in range(2):
        for extra, bucket in ((None, base), (path, fixed)):
            env = dict(os.environ)
            if extra:
                env["PYTHONPATH"] = extra
            proc = subprocess.run([PYTHON, "-c", _CHILD, str(folder / "src")], env=env,
                                  capture_output=True, text=True, check=True)  # fmt: skip
            bucket += json.loads(proc.stdout)["times"]
    return [
        "pdf: reportlab C accelerator (rl-accel)",
        f"{min(base):.1f} / {statistics.median(base):.1f}",
        f"{min(fixed):.1f} / {statistics.median(fixed):.1f}",
        f"{(1 - min(fixed) / min(base)) * 100:.0f} %",
    ]


def main() -> None:
    """Profile, then measure the candidate fixes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--rl-accel", metavar="DIR", help="folder holding the rl-accel package")
    parser.add_argument("--skip-profile", action="store_true")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        articles = _articles(Path(tmp) / "src", args.articles)
        if not args.skip_profile:
            profile(articles, args.top)
        print("\n## Candidate fixes, measured (ms per article)\n")
        what_if(articles, Path(tmp), args.rl_accel)


if __name__ == "__main__":
    main()
