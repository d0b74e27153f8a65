"""Round 14 (speed): remembered chrome kinds, guided batch chunks; no output changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from syndicate.batch.run import _MAX_CHUNK, _chunk_size
from syndicate.readers.scraped import cuewords
from syndicate.readers.scraped.cuewords import chrome_cues

ROOT = Path(__file__).resolve().parent.parent
# Invented lines: a share row, a comment counter, a sentence of prose, and a row whose parts
# are each chrome.
_LINES = (
    "Share this story",
    "14 Comments",
    "The ferry to Kelmsay ran late all week because of the fog over the sound.",
    "Share this story · 14 Comments",
    "Share this story",
)


def test_kind_remembered_gives_the_same_answers() -> None:
    cues = chrome_cues("en")
    fresh = [cues._kind_of(line) for line in _LINES]
    assert [cues.kind(line) for line in _LINES] == fresh
    # Asked again: served from the memo, same answers.
    assert [cues.kind(line) for line in _LINES] == fresh
    assert fresh[0] == "share" and fresh[2] is None
    assert _LINES[0] in cuewords._KIND_MEMO[id(cues)][1]


def test_kind_memo_is_per_cue_set() -> None:
    cues = chrome_cues("en")
    assert cues.kind("Share this story") == "share"
    # Another cue set (a test's own, an embedding application's) is not answered from the
    # first one's memo, even for the same text.
    other = cues._replace(share=frozenset())
    assert other.kind("Share this story") == other._kind_of("Share this story")
    assert cues.kind("Share this story") == "share"


def test_kind_memo_is_bounded() -> None:
    cues = chrome_cues("en")
    for number in range(cuewords._KIND_MEMO_SIZE + 10):
        cues.kind(f"Line number {number} of an invented page")
    assert len(cuewords._KIND_MEMO[id(cues)][1]) <= cuewords._KIND_MEMO_SIZE


def test_guided_chunks_cover_the_list_and_shrink_to_one() -> None:
    for total, workers in ((200, 2), (7, 2), (1000, 4), (33, 3)):
        sizes, done = [], 0
        while done < total:
            size = _chunk_size(total, done, workers)
            sizes.append(size)
            done += size
        assert done == total
        assert all(1 <= s <= _MAX_CHUNK for s in sizes)
        assert sizes == sorted(sizes, reverse=True)
        assert sizes[-1] == 1
    assert _chunk_size(None, 500, 2) == _MAX_CHUNK  # a list of unknown length


def test_fold_is_casefold_and_remembers_non_ascii_text() -> None:
    for text in ("Plain ASCII Line", "“Straße” – À LA UNE", "ΣΊΣΥΦΟΣ", "ﬁnal ǅ"):
        assert cuewords.fold(text) == text.casefold()
    cuewords.fold("Die Brücke über die Orra")
    assert "Die Brücke über die Orra" in cuewords._FOLDED
    assert "Plain ASCII Line" not in cuewords._FOLDED  # folded in one quick pass, not kept
    for number in range(8200):
        cuewords.fold(f"Zeile {number} – erfunden")
    assert len(cuewords._FOLDED) <= 8192


def test_pool_worker_freezes_what_the_fork_server_imported(tmp_path: Path) -> None:
    probe = (
        "import gc\n"
        "from syndicate.batch.storage import LocalOutput\n"
        "from syndicate.batch.work import Config, pool_init\n"
        f"pool_init(Config(('epub',), LocalOutput({str(tmp_path)!r}), {{}}, None, {{}}, 'x',"
        f" {str(tmp_path)!r}))\n"
        "print(gc.get_freeze_count() > 1000)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "True"
