"""Generate synthetic scraped-shape news articles (.txt) for the benchmarks and batch tests.

The layout follows the scraped plain-text shape syndicate reads: a title, a dek, the title
repeated, a lead photo caption ending in its credit, the byline, an "Updated:" line, body
paragraphs with two section headings and a second photo, a contributor credit line and the
author block at the end. Every sentence is made up here from small word lists (seeded, so a
run is reproducible); no real article text is used.

    python benchmarks/gen_articles.py OUT_DIR COUNT [--seed N] [--paragraphs N]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

__all__ = ["article_text", "write_articles"]

_PLACES = [
    "Selmouth",
    "Arnvik",
    "Castlebrook",
    "Dunmere",
    "Eastwold",
    "Farrow Bay",
    "Glenhaven",
    "Holmport",
    "Ivel Cross",
    "Kestrel Point",
    "Lowmarsh",
    "Marrowby",
    "Northend",
    "Oakridge",
]
_SUBJECTS = [
    "the council",
    "the harbour board",
    "local growers",
    "the water authority",
    "teachers",
    "the ferry operator",
    "residents",
    "the regional museum",
    "fire crews",
    "the rail company",
    "volunteers",
    "the health trust",
    "shop owners",
    "the planning committee",
]
_VERBS = [
    "approved",
    "delayed",
    "questioned",
    "welcomed",
    "reviewed",
    "announced",
    "rejected",
    "funded",
    "postponed",
    "expanded",
    "inspected",
    "defended",
    "published",
    "extended",
]
_OBJECTS = [
    "a plan to rebuild the sea wall",
    "new bus routes",
    "the winter budget",
    "a survey of flood defences",
    "longer library hours",
    "the bridge repairs",
    "a scheme for solar roofs",
    "the school meals contract",
    "a night market",
    "the coastal footpath",
    "plans for a cycle lane",
    "the annual regatta",
]
_TAILS = [
    "after a long debate on Tuesday",
    "despite objections from neighbours",
    "following months of consultation",
    "ahead of the spring season",
    "at a packed meeting",
    "citing rising costs",
    "in a statement on Monday",
    "with support from both parties",
    "after heavy rain last week",
    "to the surprise of many observers",
]
_FIRST = ["Maren", "Tomasz", "Ines", "Ruth", "Oskar", "Lena", "Callum", "Priya", "Jonas", "Aled"]
_LAST = ["Oakes", "Wilk", "Duarte", "Hale", "Brandt", "Ferris", "Quinn", "Sato", "Lind", "Moss"]
_WIRES = ["Coastal Wire", "Northern Press", "Harbour News Agency"]
_ROLES = ["Reporter", "Senior Correspondent", "Business Editor", "Staff Writer"]


def _sentence(rng: random.Random) -> str:
    sentence = (
        f"{rng.choice(_SUBJECTS)} in {rng.choice(_PLACES)} {rng.choice(_VERBS)} "
        f"{rng.choice(_OBJECTS)} {rng.choice(_TAILS)}"
    )
    return sentence[0].upper() + sentence[1:] + "."


def _paragraph(rng: random.Random) -> str:
    text = " ".join(_sentence(rng) for _ in range(rng.randint(2, 3)))
    if rng.random() < 0.3:
        quote = _sentence(rng).rstrip(".")
        text += f" “{quote},” said {rng.choice(_FIRST)} {rng.choice(_LAST)}."
    return text


def article_text(number: int, *, seed: int = 0, paragraphs: int = 20) -> str:
    """The text of synthetic article ``number`` (same number and seed, same text)."""
    rng = random.Random(f"{seed}-{number}")
    place = rng.choice(_PLACES)
    title = f"{place} {rng.choice(_VERBS).title()} {rng.choice(_OBJECTS).title()} No. {number}"
    dek = f"{_sentence(rng)[:-1]}, {rng.choice(_FIRST)} {rng.choice(_LAST)} said."
    author = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    wire = rng.choice(_WIRES)
    photographer = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}/{wire}"
    lead_caption = f"A view of the waterfront in {place} on May {rng.randint(1, 28)}, 2024."
    second_caption = f"Workers on the quay at {rng.choice(_PLACES)} on June {rng.randint(1, 28)}."
    lines = [title, "", dek, title, f"{lead_caption} {photographer}", author, "Updated:", ""]
    third = max(1, paragraphs // 3)
    for i in range(paragraphs):
        if i == third:
            lines += [f"Plans for {rng.choice(_PLACES)}", ""]
        if i == 2 * third:
            lines += [f"What Happens in {rng.choice(_PLACES)}", ""]
        if i == third + 2:
            lines += [f"{second_caption} ({photographer})", f"{second_caption} ({photographer})"]
        lines += [_paragraph(rng), ""]
    contributor = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    lines += [f"{wire} and {contributor} contributed to this report.", author, author]
    role = rng.choice(_ROLES)
    lines += [
        role,
        f"{author} is a {role.lower()} covering {rng.choice(_PLACES)} and the coast.",
        "",
    ]
    return "\n".join(lines)


def write_articles(
    out_dir: str | Path, count: int, *, seed: int = 0, paragraphs: int = 20
) -> list[Path]:
    """Write ``count`` articles as ``OUT_DIR/article-NNNNN.txt``; return their paths."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"article-{number:05d}.txt"
        path.write_text(article_text(number, seed=seed, paragraphs=paragraphs), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Command-line entry: write COUNT articles into OUT_DIR."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--paragraphs", type=int, default=20)
    args = parser.parse_args()
    paths = write_articles(args.out_dir, args.count, seed=args.seed, paragraphs=args.paragraphs)
    print(f"wrote {len(paths)} articles to {args.out_dir}")


if __name__ == "__main__":
    main()
