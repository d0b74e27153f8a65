"""Round 12 (speed): the first parse's cheaper imports and data loading give the same results."""

from __future__ import annotations

import gc
import json
import pickle
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from syndicate import _typing
from syndicate.readers.scraped import patterncache

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "articles" / "ap_wire_dateline.txt"
# A story without a time zone (a zone brings zoneinfo, which imports importlib.util itself).
_STORY = (
    "Ferry timetable changes for the winter on the Tarn islands\n\n"
    "By Oskar Lind\n\n"
    "Published 3 November 2026\n\n"
    "The island ferry will sail four times a day from December, the operator said on "
    "Monday, down from six in the summer months.\n\n"
    "Passengers asked for an earlier first crossing, and the new timetable moves it to "
    "half past six so that pupils reach the mainland school before eight.\n\n"
    "The changes will be reviewed in March, when the operator counts the winter's "
    "passengers and the harbour board sets its budget for the year.\n"
)


def test_a_first_parse_imports_none_of_the_heavy_stdlib_modules(tmp_path: Path) -> None:
    # A fresh interpreter: what the reader's path imports, not what the test runner did;
    # and which patterns re compiled anew (not from the ahead-of-time pattern cache).
    source = tmp_path / "story.txt"
    source.write_text(_STORY, encoding="utf-8")
    probe = (
        "import sys\n"
        "from re import _compiler\n"
        "compiled = []\n"
        "_compile = _compiler.compile\n"
        "def counting(pattern, flags=0):\n"
        "    compiled.append(str(pattern))\n"
        "    return _compile(pattern, flags)\n"
        "_compiler.compile = counting\n"
        "from syndicate.readers.decode import decode_source\n"
        "from syndicate.readers.plaintext import parse_plaintext\n"
        f"data = open({str(source)!r}, 'rb').read()\n"
        "article = parse_plaintext(decode_source(data, 'x.txt'))\n"
        "assert article.title and article.blocks\n"
        "print(' '.join(sorted(sys.modules)))\n"
        "print(repr(compiled))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    modules_line, compiled_line = proc.stdout.strip().splitlines()[-2:]
    # typing (~5 % of a first parse), importlib.util (~2 %), and what round 11 took away.
    heavy = {"typing", "importlib.util", "inspect", "dataclasses", "pathlib", "ast", "tomllib"}
    assert not heavy & set(modules_line.split()), heavy & set(modules_line.split())
    from syndicate.textclean import PATTERNS

    # The model's text cleaning compiles its classes from the cache too (~4 M instructions).
    assert not set(PATTERNS) & set(eval(compiled_line))


class _Point(_typing.NamedTuple):
    """A point."""

    x: int
    y: int = 0
    label: str = ""

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


class _TypingPoint(typing.NamedTuple):
    x: int
    y: int = 0
    label: str = ""


def test_the_named_tuple_base_builds_what_typing_builds() -> None:
    p = _Point(3, -4)
    assert isinstance(p, tuple) and p == (3, -4, "")
    assert p.norm1() == 7 and p._replace(label="a").label == "a"
    assert _Point._fields == _TypingPoint._fields
    assert _Point._field_defaults == _TypingPoint._field_defaults
    assert _Point.__doc__ == "A point." and _Point.__module__ == __name__
    assert _Point.__qualname__ == "_Point" and _Point.__mro__ == (_Point, tuple, object)
    # Annotations stay the strings they are (no ForwardRef compiled); type hints still resolve.
    assert _Point.__annotations__ == {"x": "int", "y": "int", "label": "str"}
    assert typing.get_type_hints(_Point) == {"x": int, "y": int, "label": str}
    assert pickle.loads(pickle.dumps(p)) == p and p._asdict() == {"x": 3, "y": -4, "label": ""}
    assert not hasattr(p, "__dict__")  # slotted like any named tuple


def test_the_named_tuple_base_refuses_what_typing_refuses() -> None:
    with pytest.raises(TypeError):

        class _Bad(_typing.NamedTuple):
            a: int = 1
            b: int

    with pytest.raises(AttributeError):

        class _Bad2(_typing.NamedTuple):
            a: int

            def _asdict(self) -> dict:
                return {}


def test_every_compiled_line_decodes_as_the_whole_file_does() -> None:
    import importlib

    cues = importlib.import_module("syndicate.readers.language.cues")
    text = (cues.DATA_DIR / "compiled.jsonl").read_text(encoding="utf-8")
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert len(lines) > 12
    for line in lines:
        assert cues.compiled_line(line["language"]) == line
    merged = next(line for line in lines if line["language"] == "*")
    for name, value in merged.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            assert cues.merged_words(name) == frozenset(value)
    with pytest.raises(LookupError):
        cues.compiled_line("no-such-language")


def test_each_stop_word_list_is_the_one_the_whole_file_holds() -> None:
    import importlib

    stopwords = importlib.import_module("syndicate.readers.language.stopwords")
    source = stopwords._source()
    if source == b"{}":
        pytest.skip("stopwordsiso is not installed")
    every = json.loads(source.decode("utf-8"))
    for code, words in every.items():
        expected = {word.casefold() for word in words}
        assert expected <= stopwords.stopwords(code), code
    assert stopwords.stopwords("xx-no-such") == frozenset()


def test_the_text_cleaning_classes_come_from_the_pattern_cache() -> None:
    from syndicate.textclean import PATTERNS, clean_text

    entries = patterncache._entries()
    assert all((pattern, 0) in entries for pattern in PATTERNS)
    with pytest.warns(UserWarning):
        assert clean_text("a\x00b\ud800c\x85d\ufffe") == "abcd"
    assert clean_text("Grüße — 日本\tok\n") == "Grüße — 日本\tok\n"


def test_a_cache_file_in_the_former_format_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import _sre
    import marshal

    # The former format: the engine as (MAGIC, CODESIZE), the code as a list of ints.
    pattern = r"\bharbour\b"
    old = ((_sre.MAGIC, _sre.CODESIZE), {(pattern, 0): (32, [1, 2, 3], 0, {}, (None,))})
    path = tmp_path / "old.marshal"
    path.write_bytes(marshal.dumps(old))
    monkeypatch.setattr(patterncache, "_CACHE", str(path))
    patterncache._entries.cache_clear()
    try:
        assert patterncache._entries() == {}
        compiled = patterncache.compile_pattern(pattern)
        assert compiled.search("the harbour wall").span() == (4, 11)
    finally:
        patterncache._entries.cache_clear()


def test_the_command_line_run_in_process_leaves_the_collector_alone(tmp_path: Path) -> None:
    from syndicate.cli import main

    before = gc.get_threshold()
    out = tmp_path / "one.epub"
    assert main(["export", str(EXAMPLE), "--format", "epub", "-o", str(out), "-q"]) == 0
    assert out.stat().st_size > 0
    assert gc.get_threshold() == before
