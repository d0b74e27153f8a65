"""How long the scraped-text reader takes on 1, 2, 5 and 10 MB inputs.

    python benchmarks/bench_parser.py

The input is built from our own example articles: one header, then their
bodies repeated until the size is reached (figures, headings, quotes, lists and
noise lines included). A roughly linear column of seconds per MB is the point:
a regular expression that backtracks catastrophically would show up here as a
blow-up, which the test suite cannot time.
"""

from __future__ import annotations

import time
from pathlib import Path

from syndicate.readers.decode import decode_source
from syndicate.readers.plaintext import parse_plaintext

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
SIZES_MB = (1, 2, 5, 10)


def _corpus() -> str:
    bodies = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = decode_source(path.read_bytes(), path.name)
        bodies.append(text.split("\n", 1)[1])  # everything but the headline
    return "\n\n".join(bodies)


def build_input(size_mb: int) -> str:
    """A scraped-looking text of about ``size_mb`` MB of UTF-8."""
    corpus = _corpus()
    target = size_mb * 1024 * 1024
    parts = ["A headline for the benchmark\nBy Jane Roe\nMay 28, 2024\n"]
    total = len(parts[0])
    while total < target:
        parts.append(corpus)
        total += len(corpus.encode("utf-8"))
    return "\n\n".join(parts)


def main() -> None:
    print(f"{'size':>6}  {'lines':>8}  {'blocks':>8}  {'seconds':>8}  {'s/MB':>6}")
    for size in SIZES_MB:
        text = build_input(size)
        started = time.perf_counter()
        article = parse_plaintext(text)
        elapsed = time.perf_counter() - started
        print(
            f"{size:>4}MB  {text.count(chr(10)):>8}  {len(article.blocks):>8}  "
            f"{elapsed:>8.2f}  {elapsed / size:>6.2f}"
        )


if __name__ == "__main__":
    main()
