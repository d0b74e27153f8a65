"""How PDF export time grows with the length of one paragraph (issue 8: it must stay linear).

reportlab alone needs time that grows with the square of a paragraph's length;
the exporter cuts long paragraphs into pieces of bounded size for layout. Run:

    python benchmarks/bench_pdf_scale.py [WORDS ...]

It prints seconds and pages for single-paragraph articles of 10k, 50k and 200k
words (or the counts given), plus the cost per thousand words, which should
stay roughly flat if time is linear. Also times a 2,000-paragraph article, and
prints the process's peak resident memory (the exporter holds finished pages until
it saves, to write "Page x of y" in one layout pass).
"""

from __future__ import annotations

import resource
import sys
import time

import syndicate
from syndicate.model import Article, Paragraph

_WORDS = [
    "the",
    "harbour",
    "council",
    "met",
    "on",
    "tuesday",
    "to",
    "weigh",
    "a",
    "plan",
    "for",
    "the",
    "quay,",
    "and",
    "members",
    "said",
    "the",
    "vote",
    "was",
    "close.",
]


def _text(words: int) -> str:
    return " ".join(_WORDS[i % len(_WORDS)] for i in range(words))


def _time(article: Article) -> tuple[float, int]:
    from io import BytesIO

    from pypdf import PdfReader

    start = time.perf_counter()
    data = syndicate.render(article, "pdf", source_date_epoch=0)
    elapsed = time.perf_counter() - start
    return elapsed, len(PdfReader(BytesIO(data)).pages)


def main(argv: list[str]) -> None:
    """Print one line per size: words, seconds, pages, milliseconds per 1,000 words."""
    sizes = [int(a) for a in argv] or [10_000, 50_000, 200_000]
    syndicate.render(Article(title="warm-up", blocks=(Paragraph("x"),)), "pdf")
    for words in sizes:
        article = Article(title=f"{words} words", blocks=(Paragraph(_text(words)),))
        seconds, pages = _time(article)
        print(
            f"one paragraph of {words:>7,} words: {seconds:7.2f} s, {pages:4d} pages, "
            f"{1000 * seconds / words * 1000:6.1f} ms per 1,000 words"
        )
    blocks = tuple(Paragraph(_text(40)) for _ in range(2000))
    seconds, pages = _time(Article(title="2,000 paragraphs", blocks=blocks))
    print(f"2,000 paragraphs of 40 words:     {seconds:7.2f} s, {pages:4d} pages")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak resident memory of this process: {peak:.0f} MiB")


if __name__ == "__main__":
    main(sys.argv[1:])
