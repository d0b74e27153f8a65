"""Train and measure a learned line model against the reader's hand-weighted prose score.

What it does, step by step:

1. **Lines and features.** Every ``NAME.txt`` of the corpus (default ``tests/corpus/dev``) is
   read by the reader in this process with the hand weights, and the lines and
   :class:`LineFeatures` the zone decoder is given (``find_region``'s first call: the
   re-joined paragraphs on a hard-wrapped text) are captured, with the hand prose scores.
2. **Labels from the truth.** Each line gets a label from ``NAME.expected.json`` (LABELS.md):
   its text is normalised (markup links and lynx references dropped, NFKC, case-folded, word
   tokens) and matched as a token run against the labelled strings. ``body``: inside (or
   holding most of) a body paragraph, a heading, or a figure's caption or credit below the
   first body line; ``title``: the headline's first copy; ``header``: between the headline and
   the first body line, a dek, byline, author, date or byline-like line, lead caption or
   credit; ``tail``: after the last body line, the credit line, an author's bio, a rights or
   tags line, a source credit; else ``chrome``. A line is *ambiguous* when it matches the body
   and also a noise string or the title, or is one or two tokens long and matched only
   because a body paragraph holds those words.
3. **Leave shapes out.** ``cv``: GroupKFold by shape (10 folds) of a logistic regression
   (body vs not) on :data:`syndicate.readers.scraped.linemodel.FEATURES` (the line's features,
   its two neighbours', relative position and the hand score itself); line accuracy and
   body-line F1 against the hand score's sign on the same lines.
4. **Models for the reader.** ``folds OUT``: per fold, the model trained on the other nine
   tenths of the shapes (``OUT/fold_K.json``) and the held-out shapes (``OUT/fold_K.dirs``),
   so that ``score.py`` can run the reader with ``SYNDICATE_LINE_MODEL=OUT/fold_K.json`` on
   the shapes it never saw. ``train OUT.json``: one model on every shape.

    python benchmarks/train_line_model.py cv [--corpus DIR] [--C 1.0]
    python benchmarks/train_line_model.py folds /tmp/folds
    python benchmarks/train_line_model.py train model.json
    python benchmarks/train_line_model.py show tests/corpus/dev/SHAPE/NAME.txt

scikit-learn is needed here only (``pip install -e ".[train]"``); the reader computes the
model in pure Python (:mod:`syndicate.readers.scraped.linemodel`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.pop("SYNDICATE_LINE_MODEL", None)  # extract with the hand weights

import warnings  # noqa: E402

from syndicate.readers import plaintext  # noqa: E402
from syndicate.readers.decode import decode_source  # noqa: E402
from syndicate.readers.scraped.features import prose_scores  # noqa: E402
from syndicate.readers.scraped.linemodel import FEATURES, line_vector  # noqa: E402

LABELS = ("title", "header", "body", "tail", "chrome")
_LINK_URL = re.compile(r"\]\([^)]*\)|\[\d{1,4}\]|!\[[^\]]*\]|https?://\S+|www\.\S+")
_WORD = re.compile(r"\w+")


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").replace("\u00ad", "")
    text = _LINK_URL.sub(" ", text)
    return " ".join(_WORD.findall(text.casefold()))


def _inside(small: str, big: str) -> bool:
    return bool(small) and f" {small} " in f" {big} "


def _match(s: str, targets: list[str]) -> bool:
    """The line's token run is inside a target, or holds a target covering most of it."""
    n = len(s.split())
    for t in targets:
        if not t:
            continue
        if _inside(s, t):
            return True
        if _inside(t, s) and len(t.split()) >= 0.6 * n:
            return True
    return False


def label_lines(lines, feats, expected: dict) -> tuple[list[str], list[bool]]:
    """One label per line (see the module docstring) and whether it is ambiguous."""
    body_t = [norm(p) for p in expected.get("body") or []]
    body_t += [norm(h) for h in expected.get("headings") or []]
    captions = [norm(f.get("caption")) for f in expected.get("figures") or []]
    captions += [norm(f.get("credit")) for f in expected.get("figures") or []]
    title = norm(expected.get("title"))
    header_t = [norm(expected.get("subtitle"))]
    header_t += [norm(a.get("name")) for a in expected.get("authors") or []]
    tail_t = [norm(expected.get("credit_line"))]
    tail_t += [norm(a.get("bio")) for a in expected.get("authors") or [] if a.get("bio")]
    noise_t = [norm(x) for x in expected.get("noise") or []]
    texts = [norm(line.text) for line in lines]
    in_body = [_match(s, body_t) if s else False for s in texts]
    # The body's span: the first and last lines matching it with four tokens or more.
    solid = [k for k, s in enumerate(texts) if in_body[k] and len(s.split()) >= 4]
    first = solid[0] if solid else len(lines)
    last = solid[-1] if solid else -1
    title_at = next((k for k, s in enumerate(texts[: max(first, 1)]) if s and s == title), None)
    if title_at is None:
        title_at = next((k for k, s in enumerate(texts) if s and _match(s, [title])), None)
    out: list[str] = []
    ambiguous: list[bool] = []
    for k, s in enumerate(texts):
        f = feats[k]
        noisy = bool(s) and any(s == t for t in noise_t)
        short = len(s.split()) <= 2
        amb = in_body[k] and (noisy or (short and not any(s == t for t in body_t)))
        if k == title_at:
            label = "title"
        elif title_at is not None and k < title_at and not (in_body[k] and k >= first):
            label = "chrome"
        elif k < first:
            if _match(s, header_t) or _match(s, captions) or f.byline or f.datelike:
                label = "header"
            elif in_body[k]:
                label = "body"
            else:
                label = "chrome"
        elif k <= last:
            label = "body" if (in_body[k] or _match(s, captions)) and not noisy else "chrome"
        elif in_body[k] and not noisy and not short:
            label = "body"
        elif _match(s, tail_t) or f.cue in {"rights", "tags"} or f.credit:
            label = "tail"
        else:
            label = "chrome"
        if label == "body" and s == title and k != title_at:
            amb = True
        out.append(label)
        ambiguous.append(amb)
    return out, ambiguous


def extract(corpus: Path) -> list[dict]:
    """Every text's lines, features, hand scores and labels."""
    texts = sorted(corpus.rglob("*.expected.json"))
    captured: list = []
    original = plaintext.find_region

    def spy(lines, feats, chrome=None):
        captured.append((lines, feats))
        return original(lines, feats, chrome)

    plaintext.find_region = spy
    rows = []
    warnings.simplefilter("ignore")
    try:
        for exp in texts:
            txt = exp.with_name(exp.name.replace(".expected.json", ".txt"))
            captured.clear()
            try:
                text = decode_source(txt.read_bytes(), txt.name)
                plaintext.parse_plaintext(text, label=txt.name)
            except Exception as exc:  # a text the reader refuses: no lines to learn from
                print(f"skip {txt}: {exc}", file=sys.stderr)
                continue
            if not captured:
                continue
            lines, feats = captured[0]
            prose = prose_scores(feats, lines)
            expected = json.loads(exp.read_text(encoding="utf-8"))
            labels, ambiguous = label_lines(lines, feats, expected)
            rows.append(
                {
                    "text": str(txt.relative_to(corpus)),
                    "shape": exp.parent.relative_to(corpus).parts[0],
                    "lines": [line.text for line in lines],
                    "labels": labels,
                    "ambiguous": ambiguous,
                    "vectors": [line_vector(k, feats, lines, prose) for k in range(len(feats))],
                    "prose": prose,
                }
            )
    finally:
        plaintext.find_region = original
    return rows


def load(corpus: Path, refresh: bool = False) -> list[dict]:
    # Keyed by the corpus path (a stable digest: str hashes change per process); --refresh
    # after changing the reader or the labels.
    digest = hashlib.sha1(str(corpus.resolve()).encode()).hexdigest()[:10]
    cache = Path(tempfile.gettempdir()) / f"line_model_rows_{digest}.pickle"
    if cache.exists() and not refresh:
        return pickle.loads(cache.read_bytes())
    rows = extract(corpus)
    cache.write_bytes(pickle.dumps(rows))
    return rows


DROPPED: tuple[str, ...] = ()
"""Features held at zero (``--drop position,position_sq``): the model gives them no weight."""


def arrays(rows: list[dict]):
    import numpy as np

    x = np.array([v for r in rows for v in r["vectors"]], dtype=float)
    for name in DROPPED:
        x[:, FEATURES.index(name)] = 0.0
    y = np.array([lab == "body" for r in rows for lab in r["labels"]], dtype=int)
    groups = np.array([r["shape"] for r in rows for _ in r["labels"]])
    hand = np.array([p for r in rows for p in r["prose"]], dtype=float)
    amb = np.array([a for r in rows for a in r["ambiguous"]], dtype=bool)
    return x, y, groups, hand, amb


def fit(x, y, c: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, max_iter=2000).fit(scaler.transform(x), y)
    return scaler, model


def to_json(scaler, model, x, y, c: float) -> dict:
    """The model file; its output is put in the hand score's units through the hand score's
    own calibration on the same lines (log-odds of body = a * hand + b, so a learned log-odds
    z reads as the hand score (z - b) / a): the decoder's other costs stay in scale."""
    from sklearn.linear_model import LogisticRegression

    col = FEATURES.index("prose")
    hand = LogisticRegression(C=c, max_iter=2000).fit(x[:, [col]], y)
    a, b = float(hand.coef_[0][0]), float(hand.intercept_[0])
    return {
        "format": "syndicate-line-model",
        "version": 1,
        "features": list(FEATURES),
        "mean": [float(m) for m in scaler.mean_],
        "scale": [float(s) if s > 0 else 1.0 for s in scaler.scale_],
        "weights": [float(w) for w in model.coef_[0]],
        "intercept": float(model.intercept_[0]),
        "output_offset": -b,
        "output_scale": 1.0 / a,
    }


def folds(groups, k: int = 10):
    from sklearn.model_selection import GroupKFold

    return list(GroupKFold(n_splits=k).split(groups, groups=groups))


def _f1(pred, y) -> tuple[float, float, float]:
    tp = int(((pred == 1) & (y == 1)).sum())
    fp = int(((pred == 1) & (y == 0)).sum())
    fn = int(((pred == 0) & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def cmd_cv(args) -> None:
    import numpy as np
    from sklearn.tree import DecisionTreeClassifier

    rows = load(args.corpus, args.refresh)
    x, y, groups, hand, amb = arrays(rows)
    counts = {lab: sum(r["labels"].count(lab) for r in rows) for lab in LABELS}
    print(f"{len(rows)} texts, {len(set(groups))} shapes, {len(y)} lines: {counts}")
    print(f"ambiguous lines: {int(amb.sum())} ({amb.mean():.1%})")
    learned = np.zeros(len(y), dtype=int)
    tree = np.zeros(len(y), dtype=int)
    for train, test in folds(groups):
        scaler, model = fit(x[train], y[train], args.C)
        learned[test] = model.predict(scaler.transform(x[test]))
        dt = DecisionTreeClassifier(max_depth=6, min_samples_leaf=20).fit(x[train], y[train])
        tree[test] = dt.predict(x[test])
    # The hand score with its best threshold, learned the same way (a one-feature model).
    calibrated = np.zeros(len(y), dtype=int)
    col = [FEATURES.index("prose")]
    for train, test in folds(groups):
        scaler, model = fit(x[train][:, col], y[train], args.C)
        calibrated[test] = model.predict(scaler.transform(x[test][:, col]))
    preds = {
        "hand score > 0": (hand > 0).astype(int),
        "hand, fit cut": calibrated,
        "logistic": learned,
        "tree d6": tree,
    }
    print(f"{'':18} {'accuracy':>9} {'precision':>9} {'recall':>7} {'body F1':>8}  (unambiguous)")
    for name, pred in preds.items():
        keep = ~amb
        p, r, f1 = _f1(pred[keep], y[keep])
        acc = float((pred[keep] == y[keep]).mean())
        print(f"{name:18} {acc:9.4f} {p:9.4f} {r:7.4f} {f1:8.4f}")


def cmd_folds(args) -> None:
    rows = load(args.corpus, args.refresh)
    x, y, groups, _hand, amb = arrays(rows)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for k, (train, test) in enumerate(folds(groups)):
        keep = train[~amb[train]]
        scaler, model = fit(x[keep], y[keep], args.C)
        (out / f"fold_{k}.json").write_text(
            json.dumps(to_json(scaler, model, x[keep], y[keep], args.C))
        )
        shapes = sorted(set(groups[test]))
        (out / f"fold_{k}.dirs").write_text(
            "".join(f"{args.corpus / s}\n" for s in shapes), encoding="utf-8"
        )
    print(f"wrote 10 folds to {out}")


def cmd_train(args) -> None:
    rows = load(args.corpus, args.refresh)
    x, y, _groups, _hand, amb = arrays(rows)
    scaler, model = fit(x[~amb], y[~amb], args.C)
    Path(args.out).write_text(
        json.dumps(to_json(scaler, model, x[~amb], y[~amb], args.C), indent=0) + "\n"
    )
    print(f"wrote {args.out}")


def cmd_show(args) -> None:
    rows = load(args.corpus, args.refresh)
    target = str(Path(args.text).resolve().relative_to(args.corpus.resolve()))
    for row in rows:
        if row["text"] == target:
            for text, lab, amb, p in zip(
                row["lines"], row["labels"], row["ambiguous"], row["prose"], strict=True
            ):
                print(f"{lab:7}{'?' if amb else ' '} {p:5.1f} {text[:100]}")
            return
    print(f"{target}: not in the corpus", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus" / "dev")
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--refresh", action="store_true", help="re-read the corpus (no cache)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("cv").set_defaults(func=cmd_cv)
    p = sub.add_parser("folds")
    p.add_argument("out")
    p.set_defaults(func=cmd_folds)
    p = sub.add_parser("train")
    p.add_argument("out")
    p.set_defaults(func=cmd_train)
    p = sub.add_parser("show")
    p.add_argument("text")
    p.set_defaults(func=cmd_show)
    ap.add_argument("--drop", default="", help="comma-separated features to give no weight")
    args = ap.parse_args()
    global DROPPED
    DROPPED = tuple(name for name in args.drop.split(",") if name)
    unknown = [name for name in DROPPED if name not in FEATURES]
    if unknown:
        ap.error(f"unknown features: {', '.join(unknown)}")
    args.func(args)


if __name__ == "__main__":
    main()
