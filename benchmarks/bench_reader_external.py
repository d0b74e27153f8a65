"""Body-token F1 of the text reader on real saved pages, read as whole-page text dumps.

    bench_reader_external.py --build DATA        # make DATA from the mirrored test suites
    bench_reader_external.py DATA [--syndicate PATH] [--tools a,b] [--jobs N] [--json OUT]

The data never enters the repository. `--build` reads two public test suites from local git
snapshots (the search tool's `fetch` brings them to /work/.mirror/OWNER+NAME/repo):

* mozilla/readability `test/test-pages/*/source.html`, truth = the paragraphs, list items
  and quotes of `expected.html`, title = `expected-metadata.json` "title";
* codelucas/newspaper `tests/data/html/NAME.html`, truth = `tests/data/text/NAME.txt`
  (blank-line separated paragraphs; no title).

`--suites` picks the suites to build (default `readability,newspaper`, the round 1-7 set in
/work/data/external). Two more suites make a second, held-out set of real pages (built into
its own folder, e.g. /work/data/external2, so it stays untuned):

* AndyTheFactory/newspaper4k `tests/data/html/NAME.html` with `tests/data/txt/NAME.txt`
  (suite `newspaper4k`; title, authors and date from `tests/data/metadata/NAME.json`
  where it exists);
* goose3/goose3 `tests/data/content/test_NAME.html` with the `cleaned_text` of
  `test_NAME.json` (suite `goose3`; most of those are truncated on purpose and fall under
  `--min-tokens`).

For every page it writes `DATA/SUITE/NAME/expected.json` ({"title", "body": [...]}) and one
whole-page text dump per tool, `DATA/SUITE/NAME/TOOL.txt`, the way a user gets one:
`html2text` and `inscriptis` (Python packages: run `--build` with a Python that has them),
`lynx -dump -nolist` ("lynx"), `lynx -dump` with its link list ("lynx_refs") and `w3m -dump`
(the rendered page as "select all, copy" gives it; apt packages lynx, w3m). Paths of
the snapshots: `--readability GITDIR`, `--newspaper GITDIR`.

Scoring is the one of ../shared/reader/score.py: tokens (\\w+, NFKC, casefolded) of the
paragraph/quote/list blocks of `syndicate inspect TOOL.txt --json` against the expected
body; precision and recall macro-averaged over texts, F1 from the two averages. Printed per
dump tool, per suite and overall, with title accuracy (normalised equality, and "the
expected title contains the reader's title or the reverse") where the title is known.

Pages whose expected body has fewer than `--min-tokens` (100) word tokens are skipped: many of
newspaper's expected texts are a one-line fragment and some readability pages are synthetic
parser tests; so are pages whose expected body is lorem ipsum. The count skipped is printed.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TOOLS = ("html2text", "inscriptis", "lynx", "lynx_refs", "w3m")
MIRROR = Path("/work/.mirror")


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def tokens(s: str) -> Counter:
    return Counter(re.findall(r"\w+", norm(s).casefold()))


def body_texts(m: dict) -> list[str]:
    out = []
    for b in m.get("blocks", []):
        if b.get("type") in ("paragraph", "quote"):
            out.append(b.get("text", ""))
        elif b.get("type") == "list":
            out.extend(b.get("items", []))
    return out


# ---------------------------------------------------------------- build


def _git(gitdir: Path, *args: str) -> bytes:
    return subprocess.run(["git", f"--git-dir={gitdir}", *args], capture_output=True,
                          check=True).stdout


def _decode(raw: bytes) -> str:
    for enc in ("utf-8", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def _expected_paragraphs(html: str) -> list[str]:
    """Text of the leaf block elements of readability's expected.html."""
    import lxml.html

    root = lxml.html.fromstring(html or "<div></div>")
    out = []
    block = {"p", "li", "blockquote", "pre", "dd", "dt", "td", "figcaption"}
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag not in block:
            continue
        if any(isinstance(d.tag, str) and d.tag in block for d in el.iterdescendants()):
            continue
        t = norm(el.text_content())
        if t:
            out.append(t)
    return out


def _dump(tool: str, html: str, path: Path) -> str:
    if tool == "html2text":
        import html2text

        h = html2text.HTML2Text()
        h.body_width = 0
        return h.handle(html)
    if tool == "inscriptis":
        from inscriptis import get_text

        return get_text(html)
    if tool == "w3m":
        return subprocess.run(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8",
                               "-cols", "1000", str(path)], capture_output=True, timeout=60
                              ).stdout.decode("utf-8", errors="replace")
    args = ["lynx", "-dump", "-force_html", "-assume_charset=utf-8", "-display_charset=utf-8",
            "-width=1000"]
    if tool == "lynx":
        args.append("-nolist")
    return subprocess.run([*args, str(path)], capture_output=True, timeout=60
                          ).stdout.decode("utf-8", errors="replace")


def _write_page(out: Path, html: str, expected: dict, tools: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    src = out / "source.html"
    src.write_text(html, encoding="utf-8")
    for tool in tools:
        try:
            text = _dump(tool, html, src)
        except Exception as exc:  # a tool that fails on one page skips that page only
            print(f"{out.name}: {tool} failed: {exc}", file=sys.stderr)
            continue
        if text.strip():
            (out / f"{tool}.txt").write_text(text, encoding="utf-8")


def _paragraphs(text: str) -> list[str]:
    return [norm(p) for p in re.split(r"\n\s*\n", text) if norm(p)]


def _build_newspaper_layout(
    out: Path, gitdir: Path, text_dir: str, tools: list[str], *, metadata: bool
) -> int:
    """Pages in newspaper's test layout: ``tests/data/html/NAME.html`` with its expected text
    in ``tests/data/TEXT_DIR/NAME.txt`` (codelucas/newspaper: ``text``; newspaper4k: ``txt``,
    plus title, authors, date, language and address in ``tests/data/metadata/NAME.json``)."""
    n = 0
    files = _git(gitdir, "ls-tree", "--name-only", f"HEAD:tests/data/{text_dir}/").decode()
    for fname in files.split():
        name = fname.rsplit(".txt", 1)[0]
        try:
            text = _decode(_git(gitdir, "show", f"HEAD:tests/data/{text_dir}/{fname}"))
            html = _decode(_git(gitdir, "show", f"HEAD:tests/data/html/{name}.html"))
        except subprocess.CalledProcessError:
            continue
        body = _paragraphs(text)
        if not body:
            continue
        expected: dict[str, object] = {"title": None, "body": body}
        if metadata:
            try:
                meta = json.loads(_git(gitdir, "show", f"HEAD:tests/data/metadata/{name}.json"))
            except (subprocess.CalledProcessError, ValueError):
                meta = {}
            expected = {"title": meta.get("title"), "authors": meta.get("authors"),
                        "date": meta.get("publish_date"), "lang": meta.get("language"),
                        "url": meta.get("url"), "body": body}
        _write_page(out / name, html, expected, tools)
        n += 1
    return n


def build_newspaper4k(data: Path, gitdir: Path, tools: list[str]) -> int:
    """newspaper4k's own test pages: html + expected txt (+ metadata json)."""
    return _build_newspaper_layout(data / "newspaper4k", gitdir, "txt", tools, metadata=True)


def build_goose3(data: Path, gitdir: Path, tools: list[str]) -> int:
    """goose3's content test pages: html + the expected cleaned_text of the json."""
    n = 0
    files = _git(gitdir, "ls-tree", "--name-only", "HEAD:tests/data/content/").decode()
    for fname in files.split():
        if not fname.endswith(".json"):
            continue
        name = fname.rsplit(".json", 1)[0]
        try:
            spec = json.loads(_git(gitdir, "show", f"HEAD:tests/data/content/{fname}"))
            html = _decode(_git(gitdir, "show", f"HEAD:tests/data/content/{name}.html"))
        except (subprocess.CalledProcessError, ValueError):
            continue
        exp = spec.get("expected") or {}
        body = _paragraphs(exp.get("cleaned_text") or "")
        if body:
            _write_page(data / "goose3" / name.removeprefix("test_"), html,
                        {"title": exp.get("title"), "lang": spec.get("target_language"),
                         "url": spec.get("url"), "body": body}, tools)
            n += 1
    return n


def build(data: Path, readability: Path, newspaper: Path, tools: list[str]) -> None:
    """Write expected.json and the tool dumps of every page of both suites under data."""
    n = 0
    if readability.exists():
        names = _git(readability, "ls-tree", "--name-only", "HEAD:test/test-pages").decode()
        for name in names.split():
            base = f"HEAD:test/test-pages/{name}/"
            try:
                html = _decode(_git(readability, "show", base + "source.html"))
                exp_html = _decode(_git(readability, "show", base + "expected.html"))
                meta = json.loads(_git(readability, "show", base + "expected-metadata.json"))
            except subprocess.CalledProcessError:
                continue
            body = _expected_paragraphs(exp_html)
            if not body:
                continue
            _write_page(data / "readability" / name, html,
                        {"title": meta.get("title"), "lang": meta.get("lang"), "body": body},
                        tools)
            n += 1
    if newspaper.exists():
        n += _build_newspaper_layout(data / "newspaper", newspaper, "text", tools, metadata=False)
    print(f"built {n} pages under {data}")


# ---------------------------------------------------------------- measure


def _inspect(syndicate: str, path: Path) -> tuple[dict, str]:
    try:
        r = subprocess.run([syndicate, "inspect", str(path), "--json"], capture_output=True,
                           timeout=120)
    except subprocess.TimeoutExpired:
        return {}, "timeout"
    if r.returncode:
        return {}, r.stderr.decode(errors="replace").strip()[-200:]
    return json.loads(r.stdout), ""


def usable(page: Path, min_tokens: int) -> bool:
    """A real article page: its expected body is long enough and not placeholder text."""
    body = " ".join(json.loads((page / "expected.json").read_text(encoding="utf-8"))["body"])
    return sum(tokens(body).values()) >= min_tokens and "lorem ipsum" not in body.casefold()


def split_pages(spec: str | None) -> set[str] | None:
    """The "SUITE/NAME" pages of one half of a split: `--split FILE:HALF`, None without it.

    FILE is a JSON object {"SUITE/NAME": {"site": ..., "half": ...}} kept beside the data
    (split by site, so no site is in both halves); HALF is one of its "half" values.
    """
    if not spec:
        return None
    path, _, half = spec.rpartition(":")
    if not path or not half:
        raise SystemExit(f"--split wants FILE:HALF, got {spec!r}")
    split = json.loads(Path(path).read_text(encoding="utf-8"))
    pages = {k for k, v in split.items() if v.get("half") == half}
    if not pages:
        raise SystemExit(f"no page of half {half!r} in {path}")
    return pages


def in_split(page: Path, pages: set[str] | None) -> bool:
    """True when `page` (DATA/SUITE/NAME) is in the chosen half, or no split was chosen."""
    return pages is None or f"{page.parent.name}/{page.name}" in pages


def _measure_one(syndicate: str, dump: Path) -> dict:
    e = json.loads((dump.parent / "expected.json").read_text(encoding="utf-8"))
    m, err = _inspect(syndicate, dump)
    got = tokens(" ".join(body_texts(m)))
    want = tokens(" ".join(e["body"]))
    tp = sum((got & want).values())
    row = {"page": f"{dump.parent.parent.name}/{dump.parent.name}", "tool": dump.stem,
           "tp": tp, "fp": sum(got.values()) - tp, "fn": sum(want.values()) - tp,
           "title": m.get("title"), "want_title": e.get("title")}
    if err:
        row["error"] = err
    return row


def _prf(rows: list[dict]) -> tuple[float, float, float]:
    p = sum(r["tp"] / (r["tp"] + r["fp"]) if r["tp"] + r["fp"] else 0.0 for r in rows)
    r_ = sum(r["tp"] / (r["tp"] + r["fn"]) if r["tp"] + r["fn"] else 1.0 for r in rows)
    p, r_ = p / len(rows), r_ / len(rows)
    return p, r_, (2 * p * r_ / (p + r_) if p + r_ else 0.0)


def _title_ok(row: dict) -> tuple[bool, bool]:
    got, want = norm(row["title"]).casefold(), norm(row["want_title"]).casefold()
    return got == want, bool(got) and (got in want or want in got)


def report(rows: list[dict]) -> None:
    """Print P/R/F1 per tool, per suite and overall, and title accuracy."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[f"tool {r['tool']}"].append(r)
        groups[f"suite {r['page'].split('/')[0]}"].append(r)
        groups["overall"].append(r)
    print(f"{'group':24} {'texts':>5} {'P':>6} {'R':>6} {'F1':>6} {'title=':>7} {'title~':>7}")
    for name in sorted(groups, key=lambda g: (g == "overall", g)):
        rs = groups[name]
        p, r_, f = _prf(rs)
        titled = [_title_ok(r) for r in rs if r["want_title"]]
        t_eq = f"{sum(a for a, _ in titled) / len(titled):.1%}" if titled else "-"
        t_in = f"{sum(b for _, b in titled) / len(titled):.1%}" if titled else "-"
        print(f"{name:24} {len(rs):5} {p:6.3f} {r_:6.3f} {f:6.3f} {t_eq:>7} {t_in:>7}")
    errors = [r for r in rows if "error" in r]
    if errors:
        print(f"{len(errors)} dumps failed to read, e.g. {errors[0]['page']}/"
              f"{errors[0]['tool']}: {errors[0]['error']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--build", action="store_true", help="make the data folder, then stop")
    ap.add_argument("--readability", type=Path, default=MIRROR / "mozilla+readability/repo")
    ap.add_argument("--newspaper", type=Path, default=MIRROR / "codelucas+newspaper/repo")
    ap.add_argument("--newspaper4k", type=Path, default=MIRROR / "AndyTheFactory+newspaper4k/repo",
                    help="git dir of the newspaper4k snapshot (suite newspaper4k)")
    ap.add_argument("--goose3", type=Path, default=MIRROR / "goose3+goose3/repo",
                    help="git dir of the goose3 snapshot (suite goose3)")
    ap.add_argument("--suites", default="readability,newspaper",
                    help="suites --build makes: readability, newspaper (the first set), "
                         "newspaper4k, goose3 (the held-out second set)")
    ap.add_argument("--syndicate", default=shutil.which("syndicate") or "syndicate")
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated dump tools")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--min-tokens", type=int, default=100,
                    help="skip pages whose expected body is shorter (default 100 tokens)")
    ap.add_argument("--json", type=Path, help="also write every per-dump row to this file")
    ap.add_argument("--split", metavar="FILE:HALF",
                    help="measure only the pages of one half of a by-site split "
                         "(e.g. DATA/../split.json:tune)")
    args = ap.parse_args()
    tools = [t for t in args.tools.split(",") if t]
    if args.build:
        suites = set(args.suites.split(","))
        build(args.data, args.readability if "readability" in suites else Path("/nonexistent"),
              args.newspaper if "newspaper" in suites else Path("/nonexistent"), tools)
        if "newspaper4k" in suites:
            n4k = build_newspaper4k(args.data, args.newspaper4k, tools)
            print(f"built {n4k} newspaper4k pages")
        if "goose3" in suites:
            print(f"built {build_goose3(args.data, args.goose3, tools)} goose3 pages")
        return 0
    chosen = split_pages(args.split)
    pages = sorted(p.parent for p in args.data.glob("*/*/expected.json")
                   if in_split(p.parent, chosen))
    kept = {p for p in pages if usable(p, args.min_tokens)}
    print(f"{len(kept)} pages measured, {len(pages) - len(kept)} skipped (expected body under "
          f"{args.min_tokens} tokens or placeholder text)")
    dumps = sorted(p for t in tools for p in args.data.glob(f"*/*/{t}.txt") if p.parent in kept)
    if not dumps:
        print(f"no dumps under {args.data}: run with --build first", file=sys.stderr)
        return 2
    with ThreadPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(lambda d: _measure_one(args.syndicate, d), dumps))
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    report(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
