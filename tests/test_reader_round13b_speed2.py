"""Round 13b speed2: the first parse's savings change nothing the reader gives."""

from __future__ import annotations

import collections
import gc
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from syndicate import _ntnew
from syndicate._typing import NamedTuple
from syndicate.readers.plaintext import parse_plaintext

ROOT = Path(__file__).resolve().parent.parent


def test_ready_made_code_file_is_current() -> None:
    # A fresh interpreter builds the file's bytes; after a Python upgrade, rebuild with
    # ``python -m syndicate._ntnew``.
    code = "import sys; from syndicate._ntnew import build; sys.stdout.buffer.write(build())"
    built = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, cwd=ROOT
    ).stdout
    assert Path(_ntnew._CACHE).read_bytes() == built


class _Pair(NamedTuple):
    left: str
    right: int = 0


class _Single(NamedTuple):
    only: str


def _same_new(ours: type, theirs: type) -> None:
    a, b = ours.__new__, theirs.__new__
    assert a.__code__.co_code == b.__code__.co_code
    assert a.__code__.co_varnames == b.__code__.co_varnames
    assert a.__code__.co_flags == b.__code__.co_flags
    assert list(inspect.signature(a).parameters) == list(inspect.signature(b).parameters)
    assert (a.__name__, a.__qualname__, a.__doc__) == (b.__name__, b.__qualname__, b.__doc__)
    assert a.__defaults__ == b.__defaults__


def test_named_tuple_new_is_namedtuples_own() -> None:
    _same_new(_Pair, collections.namedtuple("_Pair", ["left", "right"], defaults=[0]))
    _same_new(_Single, collections.namedtuple("_Single", ["only"], defaults=[]))
    assert _Pair(right=2, left="a") == ("a", 2) and _Pair("b") == ("b", 0)
    assert _Single("x") == ("x",)
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'left'"):
        _Pair()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'middle'"):
        _Pair("a", middle=1)  # type: ignore[call-arg]
    assert collections.__dict__.get("eval") is None  # the hook is gone once the class is made


def test_more_fields_than_ready_made_code_still_build() -> None:
    fields = [f"f{i}" for i in range(_ntnew.MAX_FIELDS + 3)]
    wide = _NamedTupleOf(fields)
    assert wide(*range(len(fields)))[-1] == len(fields) - 1
    assert wide._fields == tuple(fields)


def _NamedTupleOf(fields: list[str]) -> type:
    return type(NamedTuple)(
        "Wide",
        (NamedTuple,),
        {
            "__module__": __name__,
            "__annotations__": dict.fromkeys(fields, "int"),
        },
    )


def test_parse_leaves_the_collector_as_it_found_it() -> None:
    text = "Harbour ferry timetable changes\n\nThe new timetable starts on Monday, it said.\n"
    assert gc.isenabled()
    parse_plaintext(text)
    assert gc.isenabled()
    gc.disable()
    try:
        parse_plaintext(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_chrome_cues_merge_keeps_first_seen_order_and_drops_repeats() -> None:
    from syndicate.readers.language import cues, stopwords
    from syndicate.readers.scraped.cuewords import chrome_cues

    for lang in ("en", "fr", "de"):
        sets = [cues("en")] if lang == "en" else [cues(lang), cues("en")]
        own = stopwords(lang) if lang != "en" else frozenset()
        out: list[str] = []
        for k, one in enumerate(sets):
            out.extend(w for w in one.byline_prefixes if w not in out and not (k and w in own))
        assert chrome_cues(lang).byline_prefixes == tuple(sorted(out, key=len, reverse=True))


def test_the_reader_s_named_tuples_all_have_ready_made_code() -> None:
    # Round 23 (speedb): the cue table reached 149 fields, past the former MAX_FIELDS (128),
    # and its __new__ went back to namedtuple's eval (~4 M instructions of a first parse).
    # A fresh process imports the reader and parses an example; no class may need eval.
    code = (
        "import sys, syndicate._typing as t\n"
        "calls = []\n"
        "def counted(source, *rest):\n"
        "    calls.append(source[:60])\n"
        "    return eval(source, *rest)\n"
        "t.eval = counted\n"
        "from syndicate.readers.plaintext import parse_plaintext\n"
        f"parse_plaintext(open({str(ROOT / 'examples/articles/ap_wire_dateline.txt')!r},"
        " encoding='utf-8').read())\n"
        "print(calls)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, text=True, cwd=ROOT
    ).stdout
    assert out.strip() == "[]"
