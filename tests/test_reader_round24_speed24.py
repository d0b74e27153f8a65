"""Round 24, speed24: first-parse savings that must not change what the reader reads."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

# the module, not the function of the same name the language package exports
cues = importlib.import_module("syndicate.readers.language.cues")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def unread(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The reader as a fresh process finds it: ``compiled.jsonl`` not read whole yet. The
    list counts the whole-file reads the test makes (``_compiled_bytes``)."""
    data = cues._compiled_bytes()
    reads: list[int] = []

    def whole() -> bytes:
        reads.append(1)
        return data

    caches = (cues._compiled_head, cues._compiled_index, cues._line_text)
    monkeypatch.setattr(cues, "_WHOLE", False)
    monkeypatch.setattr(cues, "_compiled_bytes", whole)
    for cached in caches:
        cached.cache_clear()
    yield reads
    for cached in caches:
        cached.cache_clear()


def test_every_line_is_read_alone_as_the_whole_file_gives_it(unread: list[int]) -> None:
    data = cues._compiled_bytes()
    unread.clear()
    spans = cues._line_spans()  # found in the data read whole (the fixture's copy)
    unread.clear()
    for key, (start, end) in spans.items():
        if key != "index":
            assert cues._line_text(key) == data[start:end].decode("utf-8"), key
    assert cues._compiled_head() == (data[: data.find(b"\n") + 1], len(data))
    assert not unread  # the file was never read whole


def test_every_merged_field_is_read_alone_as_the_scan_finds_it(unread: list[int]) -> None:
    data = cues._compiled_bytes()
    scanned = cues._merged_fields()
    unread.clear()
    for name in cues.Cues._fields:
        if name != "numeric_date_order":
            start, end = scanned[name]
            assert cues._merged_field_bytes(name) == data[start:end], name
    assert not unread


def test_a_stale_place_is_not_trusted_when_read_alone(
    unread: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = cues._compiled_bytes()
    index = cues._compiled_index()
    shift = lambda places: {  # noqa: E731
        key: " ".join(str(int(n) + 1) for n in place.split()) for key, place in places.items()
    }
    fields, lines = shift(index["fields"]), shift(index["lines"])
    monkeypatch.setattr(cues, "_indexed_fields", lambda: fields)
    monkeypatch.setattr(cues, "_compiled_index", lambda: {"lines": lines, "fields": fields})
    cues._line_spans.cache_clear()
    try:
        start, end = cues._merged_fields()["role_words"]
        unread.clear()
        assert cues._indexed_line("en") is None
        assert cues._merged_field_bytes("role_words") == data[start:end]
        assert unread  # the piece did not fit: the whole file answered
    finally:
        cues._line_spans.cache_clear()


def test_a_piece_past_the_end_is_what_a_slice_gives(unread: list[int]) -> None:
    data = cues._compiled_bytes()
    size = len(data)
    assert cues._compiled_piece(size - 5, size + 10) == data[size - 5 :]
    assert cues._compiled_piece(size + 1, size + 10) == b""


def test_a_first_parse_reads_no_data_file_whole() -> None:
    """A fresh process parsing an example reads its lines and fields of ``compiled.jsonl``
    alone (round 24: reading the 1.2 MB whole was ~0.7 ms of a first parse's wall time)."""
    child = (
        "import sys\n"
        "from syndicate.readers.decode import decode_source\n"
        "from syndicate.readers.plaintext import parse_plaintext\n"
        "path = sys.argv[1]\n"
        "parse_plaintext(decode_source(open(path, 'rb').read(), path))\n"
        "print(sys.modules['syndicate.readers.language.cues']._WHOLE)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    source = ROOT / "examples" / "articles" / "guardian_standfirst.txt"
    out = subprocess.run(
        [sys.executable, "-c", child, str(source)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == "False"


def test_ready_made_code_is_read_alone_and_is_the_compiled_code() -> None:
    import marshal

    from syndicate import _ntnew

    for fields in (1, 2, 19, 107, 149, _ntnew.MAX_FIELDS):
        outer = compile(_ntnew.source(fields), "<string>", "eval", dont_inherit=True)
        (code,) = (c for c in outer.co_consts if hasattr(c, "co_code"))
        assert _ntnew.template(fields) == marshal.loads(marshal.dumps(code)), fields
    assert _ntnew.template(_ntnew.MAX_FIELDS + 1) is None


def test_ready_made_code_of_the_former_format_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marshal

    from syndicate import _ntnew

    # round 23's file: (magic, {fields: marshalled code}), read whole
    codes = {fields: marshal.dumps(_ntnew.template(fields)) for fields in (1, 2, 3)}
    former = tmp_path / "former.marshal"
    former.write_bytes(marshal.dumps((_ntnew._magic(), codes)))
    monkeypatch.setattr(_ntnew, "_CACHE", str(former))
    monkeypatch.setattr(_ntnew, "_places", None)
    assert _ntnew.template(2) is None  # namedtuple's eval then builds __new__, as before
    # a file cut short: its places point past its end
    built = _ntnew.build()
    cut = tmp_path / "cut.marshal"
    cut.write_bytes(built[: len(built) // 2])
    monkeypatch.setattr(_ntnew, "_CACHE", str(cut))
    monkeypatch.setattr(_ntnew, "_places", None)
    assert _ntnew.template(_ntnew.MAX_FIELDS) is None
    assert _ntnew.template(1) is not None
