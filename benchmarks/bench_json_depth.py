"""The strict JSON depth check at the 64 MiB source limit, for several shapes of input.

    python benchmarks/bench_json_depth.py [MiB]

Prints, per shape, the seconds the depth check alone takes (best of 3) and whether it found
the text too deep (or unbalanced). Issue 16 measured the character-by-character walk it
replaced at about 6 s for 64 MiB.
"""

from __future__ import annotations

import sys
import time

from syndicate import strictjson


def shapes(size: int) -> dict[str, str]:
    """Texts of about ``size`` characters: hostile ones and an article-like one."""
    dense = '{"a": [1, "x\\\\\\"]"], "b": {"c": null}}, '
    article = '{"paragraphs": [' + '"A sentence of an article, long enough.", ' * (size // 42)
    return {
        "article-like (few brackets)": article[:-2] + "]}",
        "all '['": "[" * size,
        "'[]' pairs": "[" + "[]," * (size // 3 - 1) + "[]]",
        "dense small objects": "[" + dense * (size // 40) + "1]",
        "brackets inside one string": '["' + "a[" * (size // 2 - 4) + '"]',
        "empty strings and lists": "[" + '[""],' * (size // 5 - 1) + "1]",
    }


def main() -> None:
    mib = int(sys.argv[1]) if len(sys.argv) > 1 else 64
    print(f"strict JSON depth check, {mib} MiB per input (best of 3)")
    print(f"{'shape':30} {'seconds':>8}  refused")
    for name, text in shapes(mib << 20).items():
        best = float("inf")
        refused = False
        for _ in range(3):
            start = time.perf_counter()
            refused = not strictjson._check_depth(text)
            best = min(best, time.perf_counter() - start)
        print(f"{name:30} {best:8.3f}  {refused}")


if __name__ == "__main__":
    main()
