"""The ahead-of-time pattern cache gives exactly what ``re.compile`` gives, and is current."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from syndicate.readers.scraped import patterncache

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples" / "articles").glob("*.txt"))


def _sample_lines() -> list[str]:
    lines: list[str] = []
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8", errors="replace")  # one example is cp1252
        lines += [line for line in text.splitlines() if line.strip()]
    # Shapes the examples lack: other scripts, dump markup, dates and clock times.
    lines += [
        "新华社南京3月12日电（记者 孙浩）",
        "Von Anna Berg, dpa · 21.11.2024, 08:15 Uhr",
        "[Share on Facebook](https://example.com/share?u=1) [Email](mailto:a@b.c)",
        "Photo: Dara Quill/Harbour Times",
        "Опубликовано 12 марта 2026, 14:05",
        "SPRINGFIELD, Ill. (AP) — The council voted on Tuesday.",
    ]
    return lines


def _built_in_a_fresh_process() -> bytes:
    # A fresh interpreter: this one also holds the lazy patterns other tests made.
    code = (
        "import sys; from syndicate.readers.scraped.patterncache import build;"
        " sys.stdout.buffer.write(build())"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout


def test_the_cache_is_current() -> None:
    if not patterncache.CACHE_PATH.exists():
        pytest.fail("no pattern cache: run python -m syndicate.readers.scraped.patterncache")
    # Compared decoded: marshal's bytes depend on which objects happen to be shared.
    shipped = patterncache._decode(patterncache.CACHE_PATH.read_bytes())
    assert shipped and shipped == patterncache._decode(_built_in_a_fresh_process()), (
        "stale pattern cache: run python -m syndicate.readers.scraped.patterncache"
    )


def test_every_cached_pattern_behaves_as_re_compile_makes_it() -> None:
    entries = patterncache._decode(patterncache.CACHE_PATH.read_bytes())
    assert len(entries) > 50
    lines = _sample_lines()
    for pattern, flags in entries:
        cached = patterncache.compile_pattern(pattern, flags)
        fresh = re.compile(pattern, flags)
        assert cached is not fresh
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
            fresh.pattern,
            fresh.flags,
            fresh.groups,
            fresh.groupindex,
        )
        for line in lines:
            a, b = cached.search(line), fresh.search(line)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern, line)


def test_a_pattern_the_cache_does_not_hold_is_compiled_as_usual() -> None:
    pattern = patterncache.compile_pattern(r"(?P<word>zebra\d+)", re.IGNORECASE)
    match = pattern.search("a ZEBRA42 here")
    assert match is not None and match.group("word") == "ZEBRA42"


def test_a_cache_file_of_whole_entries_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import _sre
    import marshal

    # The round-23 format: each entry a tuple (unmarshalled with the whole file), not the
    # marshal bytes of one; its engine tuple lacks the last item, so it is not trusted.
    pattern = r"\bharbour\b"
    engine = (_sre.MAGIC, _sre.CODESIZE, sys.byteorder, "words-as-bytes")
    old = (engine, {(pattern, 0): (32, b"\x01\x00\x00\x00", 0, {}, (None,))})
    path = tmp_path / "old.marshal"
    path.write_bytes(marshal.dumps(old))
    monkeypatch.setattr(patterncache, "_CACHE", str(path))
    patterncache._entries.cache_clear()
    try:
        assert patterncache._entries() == {}
        assert patterncache._decode(path.read_bytes()) == {}
        assert patterncache.cached_pattern(pattern) is None
        assert patterncache.compile_pattern(pattern).search("the harbour wall").span() == (4, 11)
    finally:
        patterncache._entries.cache_clear()
