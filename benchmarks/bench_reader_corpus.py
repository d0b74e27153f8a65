"""How well the scraped-text reader generalises: the hand-labelled corpus, shape by shape.

    python benchmarks/bench_reader_corpus.py [DIR ...] [--scorer PATH] [--json]

Reads every ``NAME.txt`` with a hand-written ``NAME.expected.json`` under the given folders
(default: ``tests/corpus/dev``), parses it in this process exactly as ``syndicate inspect
--json`` would, and scores it with the project's scorer (``../shared/reader/score.py``, the
one that judges the hidden sets; ``--scorer`` points elsewhere). Prints, per outlet shape
(one folder each): texts, label checks passed, body token precision/recall/F1 where the
labels carry a full ``body``; then the totals, per regime (article text / whole-page dump),
and the leave-one-shape-out view.

Leave-one-shape-out, for a hand-weighted reader: nothing is retrained, so the honest
held-out figures are (1) the shapes whose texts were never read while the rules were
written (``UNREAD_SHAPES`` below is kept by hand; every other dev shape informed some rule)
and (2) the locked split, which is scored once at the end of a change (pass
``tests/corpus/locked`` explicitly) and never tuned against.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "reader" / "score.py"

# Dev shapes whose texts were not read while the reader's rules and weights were written
# (they arrived in the corpus after the last tuning pass). Kept by hand, honestly.
UNREAD_SHAPES: frozenset[str] = frozenset()


def load_scorer(path: Path):  # -> module
    """The scorer module (score(), body_overlap()) loaded from its file."""
    spec = importlib.util.spec_from_file_location("reader_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"bench_reader_corpus: cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def regime(shape_dir: Path, labels: list[dict]) -> str:
    """'dump' when the shape's notes say whole-page dump, else 'article'."""
    for note in shape_dir.glob("*.md"):
        text = note.read_text(encoding="utf-8").casefold()
        if "whole-page dump" in text or "regime: dump" in text or "(dump" in text:
            return "dump"
    return (
        "dump"
        if any(label.get("body") for label in labels) and "dump" in shape_dir.name
        else ("article")
    )


def prf(rows: list[tuple[int, int, int]]) -> tuple[float, float, float] | None:
    """Macro precision, recall and F1 over texts, as score.py computes them."""
    if not rows:
        return None
    p = sum(tp / (tp + fp) if tp + fp else 0.0 for tp, fp, _ in rows) / len(rows)
    r = sum(tp / (tp + fn) if tp + fn else 1.0 for tp, _, fn in rows) / len(rows)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    """Print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[ROOT / "tests" / "corpus" / "dev"])
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not args.scorer.exists():
        print(f"bench_reader_corpus: no scorer at {args.scorer} (use --scorer)", file=sys.stderr)
        return 2
    scorer = load_scorer(args.scorer)

    import syndicate
    from syndicate.errors import SyndicateError

    shapes: dict[str, dict] = defaultdict(
        lambda: {"texts": 0, "checks": 0, "passed": 0, "body": [], "regime": "article"}
    )
    failures: dict[str, int] = defaultdict(int)
    started = time.perf_counter()
    for folder in args.dirs:
        for expected in sorted(folder.rglob("*.expected.json")):
            source = expected.with_name(expected.name[: -len(".expected.json")] + ".txt")
            if not source.exists():
                continue
            labels = json.loads(expected.read_text(encoding="utf-8"))
            try:
                model = syndicate.parse(source).to_dict()
            except SyndicateError:
                model = {}
            results = scorer.score(model, labels)
            shape = shapes[source.parent.name]
            shape["texts"] += 1
            shape["checks"] += len(results)
            shape["passed"] += sum(ok for _, ok, _ in results)
            shape["regime"] = regime(source.parent, [labels])
            for name, ok, _ in results:
                if not ok:
                    failures[name if not name.startswith("noise") else "noise absent"] += 1
            if labels.get("body"):
                shape["body"].append(scorer.body_overlap(model, labels))
    elapsed = time.perf_counter() - started
    if not shapes:
        print("bench_reader_corpus: no labelled texts found", file=sys.stderr)
        return 2

    def line(name: str, rows: list[dict]) -> str:
        checks = sum(r["checks"] for r in rows)
        passed = sum(r["passed"] for r in rows)
        body = prf([b for r in rows for b in r["body"]])
        texts = sum(r["texts"] for r in rows)
        cells = f"| {name} | {texts} | {passed}/{checks} | {passed / checks:.1%} |"
        if body:
            cells += f" {body[0]:.3f} | {body[1]:.3f} | {body[2]:.3f} |"
        else:
            cells += " — | — | — |"
        return cells

    header = (
        "| shape | texts | checks | accuracy | body P | body R | body F1 |\n"
        "|---|---|---|---|---|---|---|"
    )
    ordered = sorted(shapes, key=lambda s: shapes[s]["passed"] / shapes[s]["checks"])
    print(
        f"{sum(s['texts'] for s in shapes.values())} texts in {len(shapes)} shapes, "
        f"parsed and scored in {elapsed:.1f} s\n"
    )
    print("Per shape (worst first):\n")
    print(header)
    for name in ordered:
        print(line(f"`{name}` ({shapes[name]['regime']})", [shapes[name]]))
    print("\nTotals:\n")
    print(header)
    print(line("all", list(shapes.values())))
    for kind in ("article", "dump"):
        rows = [s for s in shapes.values() if s["regime"] == kind]
        if rows:
            print(line(f"regime: {kind}", rows))
    unread = [s for name, s in shapes.items() if name in UNREAD_SHAPES]
    read = [s for name, s in shapes.items() if name not in UNREAD_SHAPES]
    print("\nLeave-one-shape-out (hand-weighted reader, nothing retrained):\n")
    print(header)
    if unread:
        print(line("shapes never read while tuning", unread))
    if read:
        print(line("shapes that informed rules", read))
    print(
        "\nFailed checks by kind:",
        ", ".join(f"{k} {v}" for k, v in sorted(failures.items(), key=lambda kv: -kv[1])),
    )
    if args.json:
        print(
            json.dumps(
                {name: {k: v for k, v in s.items() if k != "body"} for name, s in shapes.items()},
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
