"""Header fields (title, authors, published date) of the text reader on real saved pages.

    bench_reader_external_header.py DATA --truth      # derive DATA/*/*/header.json from the HTML
    bench_reader_external_header.py DATA [--syndicate PATH] [--tools a,b] [--jobs N]
                                         [--models DIR] [--json OUT] [--show FIELD]
                                         [--split FILE:HALF]

The pages are the ones `bench_reader_external.py --build DATA` makes (kept outside the
repository). The reader reads only the text dumps; the truth here comes from what it never
sees — the page's HTML and the suite's own metadata — so it is an honest measure:

* headline: mozilla/readability's `expected-metadata.json` "title" (read from the local git
  snapshot), `og:title`, `twitter:title`, JSON-LD `headline`, the longest part of `<title>`
  cut at " | ", " - ", " — ", " :: ", and every `<h1>` that shares most of its words with one
  of those (a logo `<h1>` does not count). "exact" = the reader's title equals one of them;
  "contains" = one contains the other and the shorter has at least three words.
* authors: readability's "byline", else JSON-LD `author` names, else `<meta name=author>`
  (URLs and the site's own name dropped), split at "and"/","/"&"/";" and cut of "By …".
  Only names printed in the dump are asked for. "all" = the reader's names equal those names
  (casefolded, as score.py compares them); "any" = at least one of them is among the reader's.
* published: readability's "publishedTime", else `article:published_time`, JSON-LD
  `datePublished`, `itemprop=datePublished`, other common date metas; day precision. Asked
  only where the dump prints that day (numeric or English month-name forms); "wrong" counts
  a date the reader gives that differs from it (a date the page's metadata contradicts).

Each is printed per dump tool and overall. `--models DIR` keeps every `inspect --json` output
(DIR/SUITE/NAME/TOOL.json) and reuses it on the next run, so the body scores of the same run
are printed too (as bench_reader_external.py computes them). `--show title` lists the misses.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_reader_external import (
    MIRROR,
    TOOLS,
    _inspect,
    _prf,
    body_texts,
    in_split,
    norm,
    split_pages,
    tokens,
    usable,
)

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)
_TITLE_CUTS = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00bb|/)\s+")
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def hnorm(s: str | None) -> str:
    """Whitespace, quotes and dashes normalised, casefolded: how titles are compared."""
    return norm(html.unescape(s or "").translate(_QUOTES)).casefold().strip(" .")


def words(s: str) -> list[str]:
    return re.findall(r"\w+", hnorm(s))


# ---------------------------------------------------------------- truth from the HTML


def _readability_meta(name: str, gitdir: Path) -> dict:
    try:
        raw = subprocess.run(
            [
                "git",
                f"--git-dir={gitdir}",
                "show",
                f"HEAD:test/test-pages/{name}/expected-metadata.json",
            ],
            capture_output=True,
            check=True,
        ).stdout
        return json.loads(raw)
    except (subprocess.CalledProcessError, ValueError):
        return {}


def _jsonld(root) -> list[dict]:
    out = []
    for s in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(s.text_content() or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                out.append(d)
                stack.extend(d.get("@graph", []) if isinstance(d.get("@graph"), list) else [])
    return out


def _meta(root, *keys: str) -> list[str]:
    out = []
    for k in keys:
        for el in root.xpath(f'//meta[@property="{k}" or @name="{k}" or @itemprop="{k}"]'):
            v = norm(el.get("content") or el.get("datetime") or "")
            if v:
                out.append(v)
    return out


def _names(raw: str, site: str) -> list[str]:
    raw = re.sub(
        r"^\s*(?:written\s+)?(?:by|von|par|por|door|di|przez)\s+", "", norm(raw), flags=re.I
    )
    parts = re.split(r"\s*(?:,|;|&|\band\b|\|)\s*", raw)
    out = []
    for p in parts:
        p = re.sub(r"^\s*by\s+", "", p, flags=re.I).strip(" .")
        if not p or "http" in p or "@" in p or re.search(r"\d", p) or len(p.split()) > 5:
            continue
        if site and hnorm(p) == hnorm(site):
            continue
        out.append(p)
    return out


def _jsonld_authors(items: list[dict]) -> list[str]:
    out = []
    for d in items:
        a = d.get("author")
        for x in a if isinstance(a, list) else [a]:
            if isinstance(x, dict) and isinstance(x.get("name"), str):
                out.append(x["name"])
            elif isinstance(x, str):
                out.append(x)
    return out


def _day(value: str | None) -> str | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if m:
        return m.group(0)
    try:
        from dateutil import parser as dparser

        return dparser.parse(value, fuzzy=False).date().isoformat() if value else None
    except (ValueError, OverflowError, TypeError):
        return None


def page_truth(page: Path, gitdir: Path) -> dict:
    """The headline strings, author names and published day the page's HTML states."""
    import lxml.html

    source = (page / "source.html").read_text(encoding="utf-8", errors="replace")
    try:
        root = lxml.html.fromstring(source.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return {}
    meta = _readability_meta(page.name, gitdir) if page.parent.name == "readability" else {}
    ld = _jsonld(root)
    site = (_meta(root, "og:site_name") or [meta.get("siteName") or ""])[0]
    strong = [
        meta.get("title") or "",
        *_meta(root, "og:title", "twitter:title"),
        *[d["headline"] for d in ld if isinstance(d.get("headline"), str)],
    ]
    tags = root.xpath("//title")
    if tags:
        # "Headline | Section | Site": the text before or after any cut, of two words or more.
        full = norm(tags[0].text_content())
        for cut in _TITLE_CUTS.finditer(full):
            strong.extend(p for p in (full[: cut.start()], full[cut.end() :]) if len(p.split()) > 1)
    strong = [norm(html.unescape(s)) for s in strong if norm(s)]
    titles = list(dict.fromkeys(strong))
    for h1 in root.xpath("//h1"):
        t = norm(h1.text_content())
        w = set(words(t))
        # An <h1> of the headline's words ("Mozilla" on "Mozilla - Wikipedia"), not a logo.
        if (
            w
            and any(len(w & set(words(s))) >= 0.6 * len(w) for s in strong)
            and (len(w) >= 2 or any(hnorm(t) == hnorm(p) for p in _TITLE_CUTS.split(strong[-1])))
        ):
            titles.append(t)
    titles = list(dict.fromkeys(titles))
    authors = _names(meta["byline"], site) if meta.get("byline") else []
    if not authors:
        authors = [n for a in _jsonld_authors(ld) for n in _names(a, site)]
    if not authors:
        authors = [
            n
            for a in _meta(
                root, "author", "article:author", "parsely-author", "sailthru.author", "byl"
            )
            for n in _names(a, site)
        ]
    authors = list(dict.fromkeys(authors))
    day = _day(meta.get("publishedTime"))
    if not day:
        for v in [
            *_meta(
                root,
                "article:published_time",
                "datePublished",
                "pubdate",
                "publishdate",
                "date",
                "DC.date.issued",
                "dc.date",
                "sailthru.date",
                "parsely-pub-date",
                "og:pubdate",
            ),
            *[d["datePublished"] for d in ld if isinstance(d.get("datePublished"), str)],
        ]:
            day = _day(v)
            if day:
                break
    return {"titles": titles, "authors": authors, "published": day, "site": site}


def build_truth(data: Path, gitdir: Path) -> None:
    n = 0
    for exp in sorted(data.glob("*/*/expected.json")):
        truth = page_truth(exp.parent, gitdir)
        (exp.parent / "header.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        n += 1
    print(f"wrote header.json for {n} pages under {data}")


# ---------------------------------------------------------------- checks


def day_printed(day: str, text: str) -> bool:
    """True when the dump prints that day in a numeric or English month-name form."""
    y, m, d = day.split("-")
    mi, di = int(m), int(d)
    low = text.casefold()
    numeric = [
        f"{y}-{m}-{d}",
        f"{mi}/{di}/{y}",
        f"{m}/{d}/{y}",
        f"{di}.{mi}.{y}",
        f"{d}.{m}.{y}",
        f"{d}/{m}/{y}",
        f"{mi}/{di}/{y[2:]}",
        f"{m}/{d}/{y[2:]}",
        f"{y}/{m}/{d}",
        f"{y}年{mi}月{di}日",
    ]
    if any(s in low for s in numeric):
        return True
    mon = _MONTHS[mi - 1]
    pat = (
        rf"(?:{mon}|{mon[:3]}\.?)\s+{di}(?:st|nd|rd|th)?,?\s+{y}"
        rf"|\b{di}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?:{mon}|{mon[:3]}\.?),?\s+{y}"
    )
    return re.search(pat, low) is not None


def name_printed(name: str, text: str) -> bool:
    return hnorm(name) in hnorm(text)


def check(model: dict, truth: dict, text: str) -> dict:
    """Per-field outcomes for one dump: None where the field has no truth to check."""
    out: dict = {}
    titles = [hnorm(t) for t in truth.get("titles", []) if hnorm(t)]
    if titles:
        got = hnorm(model.get("title"))
        out["title_exact"] = got in titles
        out["title_contains"] = out["title_exact"] or any(
            len(words(min(got, t, key=len))) >= 3 and (got in t or t in got) for t in titles
        )
        page = hnorm(text)
        out["title_in_dump"] = any(t in page for t in titles)
    want = [hnorm(a) for a in truth.get("authors", []) if name_printed(a, text)]
    if want:
        got_a = [hnorm(a.get("name")) for a in model.get("authors") or []]
        out["authors_all"] = sorted(got_a) == sorted(want)
        out["authors_any"] = any(w in got_a for w in want)
    day = truth.get("published")
    if day and day_printed(day, text):
        got_d = (model.get("published") or "")[:10] or None
        out["date_ok"] = got_d == day
        out["date_wrong"] = got_d is not None and got_d != day
    return out


# ---------------------------------------------------------------- run


def _model(syndicate: str, dump: Path, cache: Path | None) -> dict:
    cached = (
        cache / dump.parent.parent.name / dump.parent.name / f"{dump.stem}.json" if cache else None
    )
    if cached and cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    m, _err = _inspect(syndicate, dump)
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(m, ensure_ascii=False), encoding="utf-8")
    return m


def _row(syndicate: str, dump: Path, cache: Path | None) -> dict:
    page = dump.parent
    m = _model(syndicate, dump, cache)
    truth = json.loads((page / "header.json").read_text(encoding="utf-8"))
    text = dump.read_text(encoding="utf-8", errors="replace")
    e = json.loads((page / "expected.json").read_text(encoding="utf-8"))
    got, want = tokens(" ".join(body_texts(m))), tokens(" ".join(e["body"]))
    tp = sum((got & want).values())
    return {
        "page": f"{page.parent.name}/{page.name}",
        "tool": dump.stem,
        "tp": tp,
        "fp": sum(got.values()) - tp,
        "fn": sum(want.values()) - tp,
        "title": m.get("title"),
        "authors": [a.get("name") for a in m.get("authors") or []],
        "published": m.get("published"),
        "truth": truth,
        **check(m, truth, text),
    }


FIELDS = (
    ("title_exact", "title="),
    ("title_contains", "title~"),
    ("authors_all", "auth="),
    ("authors_any", "auth~"),
    ("date_ok", "date="),
    ("date_wrong", "date!"),
)


def _pct(rows: list[dict], key: str) -> str:
    vals = [r[key] for r in rows if key in r]
    return f"{sum(vals) / len(vals):.1%} /{len(vals)}" if vals else "-"


def report(rows: list[dict]) -> None:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[f"tool {r['tool']}"].append(r)
        groups["overall"].append(r)
    print(f"{'group':18} {'F1':>6} " + " ".join(f"{h:>12}" for _, h in FIELDS))
    for name in sorted(groups, key=lambda g: (g == "overall", g)):
        rs = groups[name]
        print(f"{name:18} {_prf(rs)[2]:6.3f} " + " ".join(f"{_pct(rs, k):>12}" for k, _ in FIELDS))
    in_dump = [r for r in rows if r.get("title_in_dump")]
    print(
        f"title exact where a headline string is printed in the dump: "
        f"{_pct(in_dump, 'title_exact')}, contains: {_pct(in_dump, 'title_contains')}"
    )


def show(rows: list[dict], field: str) -> None:
    for r in rows:
        if field == "title" and r.get("title_in_dump") and not r.get("title_exact"):
            print(
                f"{r['page']:40} {r['tool']:10} got {r['title']!r:60.60} "
                f"want {r['truth']['titles'][:2]!r:.120}"
            )
        elif field == "authors" and "authors_all" in r and not r["authors_all"]:
            print(
                f"{r['page']:40} {r['tool']:10} got {r['authors']!r:50.50} "
                f"want {r['truth']['authors']!r:.80}"
            )
        elif field == "date" and "date_ok" in r and not r["date_ok"]:
            print(
                f"{r['page']:40} {r['tool']:10} got {r['published']!r} "
                f"want {r['truth']['published']!r}"
            )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--truth", action="store_true", help="derive header.json per page, then stop")
    ap.add_argument("--readability", type=Path, default=MIRROR / "mozilla+readability/repo")
    ap.add_argument("--syndicate", default=shutil.which("syndicate") or "syndicate")
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated dump tools")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--min-tokens", type=int, default=100)
    ap.add_argument("--models", type=Path, help="cache of inspect outputs (read and written)")
    ap.add_argument("--json", type=Path, help="also write every per-dump row to this file")
    ap.add_argument("--show", choices=("title", "authors", "date"), help="list the misses")
    ap.add_argument(
        "--split", metavar="FILE:HALF", help="only the pages of one half of a by-site split"
    )
    args = ap.parse_args()
    if args.truth:
        build_truth(args.data, args.readability)
        return 0
    tools = [t for t in args.tools.split(",") if t]
    chosen = split_pages(args.split)
    pages = sorted(
        p.parent for p in args.data.glob("*/*/header.json") if in_split(p.parent, chosen)
    )
    kept = {p for p in pages if usable(p, args.min_tokens)}
    dumps = sorted(p for t in tools for p in args.data.glob(f"*/*/{t}.txt") if p.parent in kept)
    if not dumps:
        print(
            f"no pages with header.json under {args.data}: run with --truth first", file=sys.stderr
        )
        return 2
    with ThreadPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(lambda d: _row(args.syndicate, d, args.models), dumps))
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(kept)} pages, {len(rows)} dumps")
    if args.show:
        show(rows, args.show)
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
