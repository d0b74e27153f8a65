"""How the reader holds up when the same articles arrive in other outlets' and tools' shapes.

    python benchmarks/bench_reader_variants.py [DIR] [--syndicate PATH] [--scorer PATH]
                                               [--only NAME ...] [--shapes TEXT ...]
                                               [--keep DIR] [--show]

The hand-labelled texts under DIR (default ``tests/corpus/dev``) are rewritten the ways real
copies of an article differ — labels unchanged, or changed only where the rewrite changes
what is true (a cut text loses its last paragraphs) — and scored with the project's scorer
(``../shared/reader/score.py``) next to the same texts as written. A drop names a habit of
pages the reader has not learnt; it is the cheapest estimate we have of how the reader does
on shapes it has never seen. The variants:

- ``crlf``, ``nbsp`` (an editor's no-break spaces after sentence ends and commas),
  ``ascii`` (straight quotes, ``--`` for dashes; the labels rewritten alike);
- ``noblank`` (every blank line removed) and ``blanklines`` (a blank line under every line),
  on the texts whose paragraphs are one line each (on a hard-wrapped text either rewrite
  destroys the paragraphs themselves);
- ``cut`` (the text stops mid-sentence about 60 % into the article: body, figures,
  headings, credits and noise after the cut removed from the labels, ``truncated`` set);
- ``kicker`` (a section label over the headline), ``topchrome`` (site name, breadcrumbs and
  a kicker over it), ``date_above`` (the date line moved over the headline);
- ``cap_paren``, ``cap_nextline``, ``cap_bar``, ``cap_glued``: every figure's caption and
  credit rewritten as ``caption (credit)``, caption then credit on the next line,
  ``caption | credit``, ``caption. credit``;
- ``title_twice`` (the headline printed again under the byline and date, as page dumps do
  when the page prints a header and then the article's own heading; the copy is noise) and
  ``byline_date`` (a byline and the date line under it joined into one line with `` | ``,
  `` · `` or `` — ``, the joiner chosen by the text's name).

``--shapes`` keeps only the shapes whose folder name contains one of the given strings (a
quick loop while working on one kind of failure); ``--show`` prints, for every rewritten
text, the checks it failed that it passed as written.

Where a rewrite needs to know which line holds the headline or the date, it asks the reader
(``syndicate inspect --json`` provenance) and uses only texts where the reader got that field
right as written; the expected values always come from the hand-written labels. Numbers are
printed, nothing is asserted. Rewritten texts go to a temporary folder (``--keep`` keeps them).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = next(
    (
        folder / "shared" / "reader" / "score.py"
        for folder in (ROOT.parent, ROOT.parent.parent)  # the main repo, or a worktree under it
        if (folder / "shared" / "reader" / "score.py").is_file()
    ),
    ROOT.parent / "shared" / "reader" / "score.py",
)

KICKERS = {
    "en": ("Politics", "Home › News › Local"),
    "de": ("Politik", "Startseite › Region › Lokales"),
    "fr": ("Société", "Accueil › Actualités › Région"),
    "es": ("Sociedad", "Inicio › Noticias › Local"),
    "it": ("Cronaca", "Home › Notizie › Cronaca"),
    "pt": ("Economia", "Início › Notícias › Cidades"),
    "nl": ("Binnenland", "Home › Nieuws › Regio"),
    "pl": ("Kraj", "Strona główna › Wiadomości › Kraj"),
    "ru": ("Общество", "Главная › Новости › Регион"),
    "uk": ("Суспільство", "Головна › Новини › Регіон"),
    "ar": ("محليات", "الرئيسية › أخبار › محليات"),
    "zh": ("社会", "首页 › 新闻 › 社会"),
}
"""A section label and a breadcrumb trail per language (our own words, generic)."""
SITE_NAME = "The Morning Register"
ASCII = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "—": "--", "–": "-"})


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip()


class Text:
    """One labelled text: its lines, its labels, and what the reader made of it."""

    def __init__(self, path: Path, syndicate: list[str]) -> None:
        self.path = path
        self.shape = path.parent.name
        self.raw = path.read_bytes().decode("utf-8", "surrogateescape")
        self.labels = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
        # Texts in a legacy encoding are left as they are: a rewrite would mix encodings.
        self.utf8 = not any("\udc80" <= ch <= "\udcff" for ch in self.raw)
        self._syndicate = syndicate
        self._model: dict | None = None

    @property
    def lines(self) -> list[str]:
        return self.raw.split("\n")

    def model(self) -> dict:
        if self._model is None:
            out = subprocess.run(
                [*self._syndicate, "inspect", str(self.path), "--json"],
                capture_output=True,
                text=True,
                check=False,
            )
            self._model = json.loads(out.stdout) if out.returncode == 0 else {}
        return self._model

    def line_of(self, field: str) -> int | None:
        found = self.model().get("provenance", {}).get(field, {}).get("line")
        return found if isinstance(found, int) else None

    def one_line_paragraphs(self) -> bool:
        lines = {norm(line) for line in self.lines}
        body = self.labels.get("body") or []
        return bool(body) and all(norm(p) in lines for p in body)


Variant = Callable[[Text], tuple[str, dict] | None]


def _same(change: Callable[[str], str]) -> Variant:
    return lambda t: (change(t.raw), t.labels) if t.utf8 else None


def _unwrapped(change: Callable[[str], str]) -> Variant:
    return lambda t: (change(t.raw), t.labels) if t.utf8 and t.one_line_paragraphs() else None


def _ascii(t: Text) -> tuple[str, dict] | None:
    if not t.utf8:
        return None

    def walk(value: object) -> object:
        if isinstance(value, str):
            return value.translate(ASCII)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    return t.raw.translate(ASCII), walk(t.labels)  # type: ignore[return-value]


def _cut(t: Text) -> tuple[str, dict] | None:
    body = t.labels.get("body") or []
    if not t.utf8 or len(body) < 5 or not t.one_line_paragraphs():
        return None
    k = int(0.6 * len(body))
    lines = t.lines
    normed = [norm(line) for line in lines]
    if normed.count(norm(body[k])) != 1:
        return None
    at = normed.index(norm(body[k]))
    words = lines[at].split(" ")
    half = " ".join(words[: max(4, len(words) // 2)])
    if half == lines[at]:
        return None
    kept = [norm(line) for line in lines[:at]] + [norm(half)]

    def before(text: str | None) -> bool:
        text = norm(text)
        return not text or any(text in line for line in kept)

    labels = dict(t.labels)
    labels["body"] = [*body[:k], half]
    labels["paragraph_count"] = k + 1
    labels["truncated"] = True
    labels["figures"] = [
        f for f in t.labels["figures"] if before(f.get("caption") or f.get("credit"))
    ]
    labels["headings"] = [
        h for h in t.labels["headings"] if before(h["text"] if isinstance(h, dict) else h)
    ]
    if not before(t.labels.get("credit_line")):
        labels["credit_line"], labels["contributors"] = None, []
    authors = []
    for author in t.labels["authors"]:
        if before(author["name"]):
            author = dict(author)
            if author.get("bio") and not before(author["bio"][:40]):
                author["bio"] = None
            authors.append(author)
    labels["authors"] = authors
    labels["noise"] = [n for n in t.labels.get("noise", []) if before(n)]
    return "\n".join([*lines[:at], half]) + "\n", labels


def _over_headline(insert: Callable[[str], list[str]]) -> Variant:
    def variant(t: Text) -> tuple[str, dict] | None:
        lang = t.labels.get("language") or ""
        title = t.line_of("title")
        if not t.utf8 or lang not in KICKERS or title is None:
            return None
        if norm(t.model().get("title")) != norm(t.labels["title"]):
            return None
        lines = t.lines
        labels = dict(t.labels)
        labels["noise"] = [*t.labels.get("noise", []), KICKERS[lang][0]]
        return "\n".join(lines[: title - 1] + insert(lang) + lines[title - 1 :]), labels

    return variant


def _date_above(t: Text) -> tuple[str, dict] | None:
    model = t.model()
    field = "published" if model.get("published") else "updated" if model.get("updated") else None
    title, author = t.line_of("title"), t.line_of("authors")
    date = t.line_of(field) if field else None
    blocks = [v["line"] for k, v in model.get("provenance", {}).items() if k.startswith("blocks[")]
    first = min((b for b in blocks if isinstance(b, int)), default=None)
    if not t.utf8 or None in (title, date, first) or not title < date < first or date == author:
        return None
    if field not in t.labels or (model.get(field) or "")[:10] != t.labels.get(field):
        return None
    if norm(model.get("title")) != norm(t.labels["title"]):
        return None
    lines = t.lines
    moved = lines.pop(date - 1)
    lines.insert(title - 1, moved)
    return "\n".join(lines), t.labels


def _captions(form: Callable[[str, str], list[str]], full_stop: bool = False) -> Variant:
    def variant(t: Text) -> tuple[str, dict] | None:
        figures = t.labels["figures"]
        if (
            not t.utf8
            or not figures
            or not all(f.get("caption") and f.get("credit") for f in figures)
        ):
            return None
        lines = t.lines
        spots = []
        for figure in figures:
            caption, credit = norm(figure["caption"]), norm(figure["credit"])
            for i, line in enumerate(lines):
                here = norm(line)
                if here.startswith(caption[:40]) and credit in here:
                    spots.append((i, 1, figure))
                    break
                below = norm(lines[i + 1]) if i + 1 < len(lines) else ""
                if (
                    here.startswith(caption[:40])
                    and credit in below
                    and len(below) < len(credit) + 25
                ):
                    spots.append((i, 2, figure))
                    break
            else:
                return None
        labels = json.loads(json.dumps(t.labels))
        for i, span, figure in sorted(spots, key=lambda s: -s[0]):
            caption = figure["caption"].rstrip()
            if full_stop and not caption.endswith((".", "!", "?", "。")):
                caption += "."
            lines[i : i + span] = form(caption, figure["credit"])
        if full_stop:
            for figure in labels["figures"]:
                if not figure["caption"].rstrip().endswith((".", "!", "?", "。")):
                    figure["caption"] = figure["caption"].rstrip() + "."
        return "\n".join(lines), labels

    return variant


def _header_lines(t: Text) -> tuple[int, int, int] | None:
    """(title line, last byline/date line, first block line) when the reader got them right."""
    model = t.model()
    title = t.line_of("title")
    header = [t.line_of(k) for k in ("authors", "published", "updated") if model.get(k)]
    blocks = [v["line"] for k, v in model.get("provenance", {}).items() if k.startswith("blocks[")]
    first = min((b for b in blocks if isinstance(b, int)), default=None)
    if title is None or first is None or not header or None in header:
        return None
    if norm(model.get("title")) != norm(t.labels["title"]):
        return None
    names = [norm(a.get("name")).casefold() for a in model.get("authors") or []]
    if names != [norm(a["name"]).casefold() for a in t.labels["authors"]]:
        return None
    for key in ("published", "updated"):
        if key in t.labels and (model.get(key) or "")[:10] != (t.labels.get(key) or ""):
            return None
    last = max(h for h in header if isinstance(h, int))
    return (title, last, first) if title < last < first else None


def _title_twice(t: Text) -> tuple[str, dict] | None:
    found = _header_lines(t) if t.utf8 else None
    if found is None:
        return None
    title, last, _ = found
    lines = t.lines
    heading = lines[title - 1]
    # The copy is noise (LABELS.md rule 2); texts whose body or captions hold the headline's
    # words anyway cannot tell a left-over copy from the text itself and are left out.
    held = [*(t.labels.get("body") or []), *(f.get("caption") or "" for f in t.labels["figures"])]
    if not t.labels.get("body") or any(norm(heading) in norm(x) for x in held):
        return None
    blank = last < len(lines) and not lines[last].strip()
    insert = ["", heading] if blank else [heading]
    labels = dict(t.labels)
    labels["noise"] = [*t.labels.get("noise", []), heading.strip()]
    return "\n".join(lines[:last] + insert + lines[last:]), labels


JOINERS = (" | ", " · ", " — ")


def _byline_date(t: Text) -> tuple[str, dict] | None:
    model = t.model() if t.utf8 else {}
    author = t.line_of("authors") if model else None
    field = "published" if model.get("published") else "updated" if model.get("updated") else None
    date = t.line_of(field) if field else None
    if author is None or date is None or _header_lines(t) is None:
        return None
    lines = t.lines
    # Byline first, the date line right under it (blank lines between allowed), each alone.
    if not author < date or any(x.strip() for x in lines[author : date - 1]):
        return None
    if len(norm(lines[author - 1])) > 80 or len(norm(lines[date - 1])) > 60:
        return None
    joiner = JOINERS[sum(t.path.name.encode()) % len(JOINERS)]
    joined = lines[author - 1].rstrip() + joiner + lines[date - 1].strip()
    return "\n".join([*lines[: author - 1], joined, *lines[date:]]), t.labels


VARIANTS: dict[str, Variant] = {
    "crlf": _same(lambda s: s.replace("\n", "\r\n")),
    "nbsp": _same(lambda s: s.replace(". ", ".\u00a0 ").replace(", ", ",\u00a0")),
    "ascii": _ascii,
    "noblank": _unwrapped(lambda s: re.sub(r"\n[ \t]*\n+", "\n", s)),
    "blanklines": _unwrapped(lambda s: "\n\n".join(x for x in s.split("\n") if x.strip())),
    "cut": _cut,
    "kicker": _over_headline(lambda lang: [KICKERS[lang][0]]),
    "topchrome": _over_headline(
        lambda lang: [SITE_NAME, "", KICKERS[lang][1], "", KICKERS[lang][0]]
    ),
    "date_above": _date_above,
    "cap_paren": _captions(lambda c, r: [f"{c} ({r})"]),
    "cap_nextline": _captions(lambda c, r: [c, r]),
    "cap_bar": _captions(lambda c, r: [f"{c} | {r}"]),
    "cap_glued": _captions(lambda c, r: [f"{c} {r}"], full_stop=True),
    "title_twice": _title_twice,
    "byline_date": _byline_date,
}


def score(folders: list[Path], root: Path, scorer: Path, syndicate: str) -> dict[str, dict]:
    if not folders:
        return {}
    out = subprocess.run(
        [sys.executable, str(scorer), *map(str, folders), "--syndicate", syndicate, "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"bench_reader_variants: the scorer failed: {out.stderr.strip()[-300:]}")
    return {str(Path(t["text"]).relative_to(root)): t for t in json.loads(out.stdout)["texts"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT / "tests" / "corpus" / "dev")
    parser.add_argument("--syndicate", default=str(Path(sys.executable).with_name("syndicate")))
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--only", nargs="+", choices=sorted(VARIANTS), help="these variants only")
    parser.add_argument(
        "--shapes", nargs="+", help="only shapes whose folder name contains one of these"
    )
    parser.add_argument("--keep", type=Path, help="write the rewritten texts here and keep them")
    parser.add_argument(
        "--show", action="store_true", help="list the checks each rewrite lost"
    )
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        parser.error(f"no scorer at {args.scorer} (the shared reader scorer; see --scorer)")
    if not args.corpus.is_dir():
        parser.error(f"no corpus folder at {args.corpus}")
    texts = [
        Text(p, [args.syndicate])
        for p in sorted(args.corpus.glob("*/*.txt"))
        if p.with_name(p.stem + ".expected.json").is_file()
        and (not args.shapes or any(s in p.parent.name for s in args.shapes))
    ]
    work = Path(args.keep or tempfile.mkdtemp(prefix="syndicate-variants-"))
    shapes = sorted({t.path.parent for t in texts})
    base = score(shapes, args.corpus, args.scorer, args.syndicate)
    print(
        f"{len(texts)} labelled texts in {args.corpus}; the same texts as written: "
        f"{sum(t['passed'] for t in base.values())}/{sum(t['checks'] for t in base.values())}"
    )
    print(f"{'variant':<14}{'texts':>6}{'as written':>14}{'rewritten':>14}{'change':>9}")
    try:
        for name in args.only or VARIANTS:
            folder = work / name
            shutil.rmtree(folder, ignore_errors=True)
            made = 0
            for text in texts:
                rewritten = VARIANTS[name](text)
                if rewritten is None:
                    continue
                raw, labels = rewritten
                target = folder / text.shape / text.path.name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(raw.encode("utf-8", "surrogateescape"))
                target.with_name(text.path.stem + ".expected.json").write_text(
                    json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8"
                )
                made += 1
            if not made:
                print(f"{name:<14}{0:>6}")
                continue
            got = score(sorted(p for p in folder.iterdir() if p.is_dir()), folder, args.scorer,
                        args.syndicate)
            was = [base[key] for key in got if name != "cut"]
            passed, checks = (
                sum(t["passed"] for t in got.values()),
                sum(t["checks"] for t in got.values()),
            )
            before = (
                f"{100 * sum(t['passed'] for t in was) / sum(t['checks'] for t in was):.1f} %"
                if was
                else "-"
            )
            after = 100 * passed / checks
            change = f"{after - float(before[:-2]):+.1f}" if was else ""
            print(f"{name:<14}{made:>6}{before:>14}{after:>12.1f} %{change:>9}", flush=True)
            if args.show:
                for key, text in sorted(got.items()):
                    kept = set(base[key].get("failed", [])) if key in base else set()
                    lost = [f for f in text.get("failed", []) if f not in kept]
                    for check in lost:
                        print(f"    {key}: {check}: {text['details'].get(check, '')[:160]}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
