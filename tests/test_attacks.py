"""Issue 16, section 4: attacks reproduced on 127.0.0.1 and in temporary folders.

Each test failed on the code before its fix (noted in docs/hardening.md) and holds the fix:
feed locks through symlinks, verify's budgets for hostile EPUB and PDF files, the preview
server (dotfiles through symlinks, request desync, absurd dates) and publish through symlinks.
"""

from __future__ import annotations

import io
import multiprocessing
from pathlib import Path

import feedparser

from syndicate import Article, Paragraph, Person
from syndicate.feedstore import add_to_feed

SITE = "https://site.example/news/"


def _story(n: int) -> Article:
    return Article(
        title=f"Harbour notice {n}",
        authors=(Person(f"Clerk {n}"),),
        published=f"2025-02-{n % 28 + 1:02d}T08:00:00Z",
        url=f"https://site.example/news/notice-{n}/",
        blocks=(Paragraph(f"Notice {n} about the harbour."),),
    )


def _add_one(path: str, n: int, start: multiprocessing.synchronize.Barrier) -> None:
    start.wait()
    add_to_feed(path, [_story(n)], site_url=SITE)


# -- feed add through a symbolic link --------------------------------------------------------


def test_feed_add_through_a_symlink_keeps_every_entry(tmp_path: Path) -> None:
    """20 writers, half through ``m.atom -> real/m.atom``: one lock, all 20 entries kept."""
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "m.atom"
    link = tmp_path / "m.atom"
    link.symlink_to(real)
    add_to_feed(real, [_story(100)], site_url=SITE)
    context = multiprocessing.get_context("fork")  # the workers start with imports done
    start = context.Barrier(20)
    workers = [
        context.Process(target=_add_one, args=(str(link if n % 2 else real), n, start))
        for n in range(20)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [worker.exitcode for worker in workers] == [0] * 20
    assert link.is_symlink()
    entries = feedparser.parse(io.BytesIO(real.read_bytes())).entries
    assert sorted(e.id for e in entries) == sorted(
        _story(n).url for n in [*range(20), 100]
    )
    assert not (tmp_path / "m.atom.lock").exists()  # the lock sits beside the real feed


def test_feed_add_through_a_dangling_symlink_creates_the_target(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    link = tmp_path / "m.atom"
    link.symlink_to(tmp_path / "real" / "m.atom")
    add_to_feed(link, [_story(1)], site_url=SITE)
    assert link.is_symlink() and (tmp_path / "real" / "m.atom").is_file()
