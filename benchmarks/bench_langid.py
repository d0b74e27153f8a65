"""Language identification: accuracy per language and start-up cost of each candidate.

Reads the held-out paragraphs in ``benchmarks/data/langid_paragraphs.tsv`` (written for this
benchmark, never used by the tests) and prints, per language, how many each method gets
right; then the same for short texts, and for a second set of short sentences
(``langid_second_set.tsv``) written after the word lists last changed:

- ``syndicate`` — ``syndicate.readers.language.detect_language`` (script rules, the
  frequent-word count, CLD2 only when the count is unsure);
- ``words only`` — the frequent-word count alone (Latin script), no library;
- ``cld2`` — pycld2 alone (``bestEffort=True``, so that it always answers);
- ``stopwords-iso`` — the language whose stopwords-iso list covers most words (the 8 Latin
  languages and ru/uk).

Then the start-up cost in fresh processes (import + first call, median of 7 runs), and how
often ``syndicate`` needed CLD2. Run: ``python benchmarks/bench_langid.py``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from syndicate.readers.language import (  # noqa: E402
    detect_language,
    stopword_density,
    stopwords,
    words,
)
from syndicate.readers.language.detect import word_scores  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "langid_paragraphs.tsv"
SECOND = ROOT / "benchmarks" / "data" / "langid_second_set.tsv"
LATIN = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")


def paragraphs(path: Path = DATA) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, text = line.split("\t", 1)
            rows.append((lang, text))
    return rows


def by_words(text: str) -> str:
    _total, scores = word_scores(text)
    return max(scores, key=scores.__getitem__) if scores else "?"


def by_cld2(text: str) -> str:
    import pycld2

    _reliable, _bytes, details = pycld2.detect(text, bestEffort=True)
    code = details[0][1]
    return {"zh-Hant": "zh", "iw": "he"}.get(code, code.split("-")[0])


def by_stopwords(text: str) -> str:
    tokens = words(text)
    best, best_hits = "?", 0
    for lang in (*LATIN, "ru", "uk"):
        stop = stopwords(lang)
        hits = sum(1 for token in tokens if token in stop)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best


def startup(setup: str, code: str, runs: int = 9) -> tuple[float, float]:
    """(min, median) ms of ``code`` run once in fresh interpreters, after ``setup``."""
    snippet = (
        f"import time\n{setup}\nstart = time.perf_counter()\n{code}\n"
        "print((time.perf_counter() - start) * 1000)"
    )
    times = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", snippet], check=True, cwd=ROOT, capture_output=True, text=True
        )
        times.append(float(done.stdout.strip().splitlines()[-1]))
    return min(times), statistics.median(times)


def main() -> None:
    rows = paragraphs()
    methods = {
        "syndicate": lambda text: detect_language(text)[0],
        "words only": by_words,
        "cld2": by_cld2,
        "stopwords-iso": by_stopwords,
    }
    right: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    asked_cld2: Counter[str] = Counter()
    misses: list[str] = []
    for lang, text in rows:
        total[lang] += 1
        rule = detect_language(text)[1]
        rules[rule.split("-")[0] if rule.startswith("language.script") else rule] += 1
        if rule == "language.cld2":
            asked_cld2[lang] += 1
        for name, method in methods.items():
            got = method(text)
            if got == lang:
                right[name][lang] += 1
            elif name == "syndicate":
                misses.append(f"  {lang} → {got} ({rule}): {text[:60]}")
    header = f"{'lang':6}{'n':>4}" + "".join(f"{name:>15}" for name in methods) + "  via cld2"
    print(header)
    for lang in total:
        cells = "".join(f"{right[name][lang]:>15}" for name in methods)
        print(f"{lang:6}{total[lang]:>4}{cells}{asked_cld2[lang]:>10}")
    n = sum(total.values())
    print(f"{'all':6}{n:>4}" + "".join(f"{sum(right[m].values()) / n:>15.1%}" for m in methods))
    print("\nsyndicate misses:" if misses else "\nsyndicate misses: none")
    print("\n".join(misses))
    print("\nrules used by syndicate:", dict(rules))

    print("\nshort texts (the first 5 words of each paragraph; Han and Thai: first 8 characters):")
    short_right: Counter[str] = Counter()
    short_rules: Counter[str] = Counter()
    for lang, text in rows:
        short = text[:8] if lang in {"zh", "ja", "th"} else " ".join(text.split()[:5])
        got, rule = detect_language(short)
        short_right[lang] += got == lang
        short_rules[rule if not rule.startswith("language.script") else "language.script"] += 1
    cells = ", ".join(f"{lang} {short_right[lang]}/{total[lang]}" for lang in total)
    n_short = sum(short_right.values())
    print(f"  {cells}\n  all {n_short}/{n} ({n_short / n:.1%}); rules: {dict(short_rules)}")

    second = paragraphs(SECOND)
    print("\nsecond held-out set (short sentences written after the last change to the lists):")
    second_total: Counter[str] = Counter()
    second_right: Counter[str] = Counter()
    second_cld2: Counter[str] = Counter()
    for lang, text in second:
        got, rule = detect_language(text)
        second_total[lang] += 1
        second_right[lang] += got == lang
        second_cld2[lang] += rule == "language.cld2"
        if got != lang:
            print(f"  miss: {lang} → {got} ({rule}): {text}")
    cells = ", ".join(
        f"{lang} {second_right[lang]}/{second_total[lang]} (cld2 {second_cld2[lang]})"
        for lang in second_total
    )
    print(f"  {cells}")

    print("\nstop-word density of each language's paragraphs in its own list (mean):")
    densities = []
    for lang in (*LATIN, "ru", "uk", "ar", "zh"):
        own = [stopword_density(text, lang) for code, text in rows if code == lang]
        densities.append(f"{lang} {sum(own) / len(own):.2f} ({len(stopwords(lang))} words)")
    print("  " + ", ".join(densities))

    english = "The council said on Tuesday that the bridge would stay closed until the autumn. " * 8
    german = (
        "Die Stadt teilte am Dienstag mit, dass die Brücke bis zum Herbst gesperrt bleibt. " * 8
    )
    unsure = "Agenda: Vienna 2025, Porto, Lyon — Graz, Brno. Mitte, Centre, Centro."
    # The model is imported first: what is timed is what this package adds.
    base = "import syndicate.model, syndicate.textclean"
    lang = "import syndicate.readers.language as L"
    print("\nstart-up in a fresh process after importing the model (ms; min and median of 9):")
    cases = {
        "import syndicate.readers.language": (base, lang),
        "detect_language(English paragraph)": (
            f"{base}\n{lang}",
            f"L.detect_language({english!r})",
        ),
        "detect_language(German paragraph)": (f"{base}\n{lang}", f"L.detect_language({german!r})"),
        "detect_language(unsure Latin: CLD2)": (
            f"{base}\n{lang}",
            f"L.detect_language({unsure!r})",
        ),
        "cues('en')": (f"{base}\n{lang}", "L.cues('en')"),
        "all_cues()": (f"{base}\n{lang}", "L.all_cues()"),
        "stopwords('en')": (f"{base}\n{lang}", "L.stopwords('en')"),
        "12 TOML files with tomllib": (base, _TOML),
        "import pycld2 + one detect": (
            base,
            "import pycld2; pycld2.detect('Die Stadt teilte mit.')",
        ),
        "import stopwordsiso + stopwords('en')": (
            base,
            "import stopwordsiso; stopwordsiso.stopwords('en')",
        ),
    }
    for label, (setup, code) in cases.items():
        low, mid = startup(setup, code)
        print(f"  {label:40}{low:8.1f}{mid:8.1f}")


_TOML = """import tomllib
from syndicate.readers.language.cues import DATA_DIR, LANGUAGES
for code in LANGUAGES:
    with (DATA_DIR / f"{code}.toml").open("rb") as handle:
        tomllib.load(handle)"""


if __name__ == "__main__":
    main()
