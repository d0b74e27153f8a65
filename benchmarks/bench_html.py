#!/usr/bin/env python3
"""Body token F1 of the HTML reader against trafilatura alone (and jusText), per page.

    python benchmarks/bench_html.py [DIR]      # default: tests/pages

For every NAME.html with a hand-written NAME.expected.json (its "body" list), the
body is taken three ways and compared with the expected body by token precision,
recall and F1 — the measure of ../shared/reader/score.py (word tokens of
paragraph, quote and list blocks, NFKC, case-folded):

- syndicate: ``syndicate.readers.read_source`` (trafilatura plus syndicate's
  cleaning: captions, credits, bylines, dates and prompts out of the body);
- trafilatura: ``trafilatura.extract`` alone, XML output, its paragraphs,
  quotes, list items and table cells;
- jusText: its "good" paragraphs (the stop list of the page's language);
- readability-lxml, when importable (it is not a dependency: ``pip install --target DIR
  readability-lxml chardet cssselect`` and put DIR on ``PYTHONPATH``): the paragraphs,
  list items, quotes and cells of its ``summary()``.

Also prints the time per page. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def tokens(texts: list[str]) -> Counter[str]:
    text = unicodedata.normalize("NFKC", " ".join(texts)).replace("\u00ad", "")
    return Counter(re.findall(r"\w+", text.casefold()))


def prf(got: list[str], want: list[str]) -> tuple[float, float, float]:
    g, w = tokens(got), tokens(want)
    common = sum((g & w).values())
    p = common / max(sum(g.values()), 1)
    r = common / max(sum(w.values()), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def syndicate_body(path: Path) -> list[str]:
    from syndicate.readers import read_source

    out: list[str] = []
    for block in read_source(path).to_dict()["blocks"]:
        if block["type"] in ("paragraph", "quote"):
            out.append(block["text"])
        elif block["type"] == "list":
            out.extend(block["items"])
    return out


def trafilatura_body(path: Path) -> list[str]:
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(path.read_text("utf-8"), output_format="xml", include_tables=True)
    if not xml:
        return []
    main = etree.fromstring(xml.encode("utf-8")).find(".//main")
    out = []
    for element in main.iter("p", "item", "cell", "quote"):
        if element.tag == "quote" and element.find("p") is not None:
            continue
        text = " ".join("".join(element.itertext()).split())
        if text:
            out.append(text)
    return out


def justext_body(path: Path, language: str) -> list[str]:
    import justext

    stop = {"de": "German", "fr": "French", "es": "Spanish", "ru": "Russian"}.get(
        language, "English"
    )
    paragraphs = justext.justext(path.read_bytes(), justext.get_stoplist(stop))
    return [p.text for p in paragraphs if not p.is_boilerplate]


def readability_body(path: Path) -> list[str] | None:
    try:
        from readability import Document
    except ImportError:
        return None
    from lxml import html

    root = html.fromstring(Document(path.read_text("utf-8")).summary(html_partial=True))
    blocks = ("p", "li", "blockquote", "pre", "td", "dd")
    out = []
    for element in root.iter(*blocks):
        if any(a.tag in blocks for a in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if text:
            out.append(text)
    return out


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "pages"
    readers = {"syndicate": None, "trafilatura": None, "jusText": None, "readability": None}
    totals = {name: Counter() for name in readers}
    print(
        f"{'page':22} {'syndicate F1':>12} {'trafilatura F1':>14} {'jusText F1':>10}"
        f" {'readability F1':>14} {'ms':>6}"
    )
    for expected_path in sorted(folder.glob("*.expected.json")):
        name = expected_path.name.removesuffix(".expected.json")
        page = folder / f"{name}.html"
        expected = json.loads(expected_path.read_text("utf-8"))
        want = expected["body"]
        start = time.perf_counter()
        got = {"syndicate": syndicate_body(page)}
        elapsed = (time.perf_counter() - start) * 1000
        got["trafilatura"] = trafilatura_body(page)
        got["jusText"] = justext_body(page, expected.get("language", "en").split("-")[0])
        got["readability"] = readability_body(page)
        scores = {"readability": float("nan")}
        for reader, body in got.items():
            if body is None:
                continue
            g, w = tokens(body), tokens(want)
            totals[reader].update(
                {"common": sum((g & w).values()), "got": sum(g.values()), "want": sum(w.values())}
            )
            scores[reader] = prf(body, want)[2]
        print(
            f"{name:22} {scores['syndicate']:12.3f} {scores['trafilatura']:14.3f}"
            f" {scores['jusText']:10.3f} {scores['readability']:14.3f} {elapsed:6.0f}"
        )
    print()
    for reader, t in totals.items():
        if not t["want"]:
            continue
        p = t["common"] / max(t["got"], 1)
        r = t["common"] / max(t["want"], 1)
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{reader:12} micro P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
