"""The strict JSON depth check: exact on real JSON, and linear at C speed (issue 16).

Timings live in ``benchmarks/bench_json_depth.py``; here the work is counted instead: the
check may not run Python code once per character of the input.
"""

from __future__ import annotations

import json
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from syndicate import strictjson
from syndicate.strictjson import MAX_DEPTH, StrictJSONError

_TEXT = st.text(alphabet=st.sampled_from('ab[]{}"\\\n\t é'), max_size=12)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=40,
)


def _depth(value: object) -> int:
    # Written for the test: the nesting of a parsed value, by recursion over Python objects.
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    return 0


def _nest(value: object, levels: int) -> object:
    for level in range(levels):
        value = [value] if level % 2 else {"k]\\\"[": value}
    return value


@given(_JSON, st.integers(0, MAX_DEPTH + 6))
def test_depth_check_refuses_exactly_what_is_too_deep(value: object, extra: int) -> None:
    value = _nest(value, extra)
    text = json.dumps(value, ensure_ascii=False)
    if _depth(value) > MAX_DEPTH:
        with pytest.raises(StrictJSONError, match="nested deeper"):
            strictjson.loads(text)
    else:
        assert strictjson.loads(text) == value


@pytest.mark.parametrize("size", [10, 200_000])  # the small (Python) and the large (pattern) walk
def test_brackets_inside_strings_and_escapes_never_count(size: int) -> None:
    inner = '\\"[{' * (size // 4)
    text = '{"a": "' + inner + '\\\\", "b": ' + "[" * 3 + "1" + "]" * 3 + "}"
    assert strictjson.loads(text)["a"] == '"[{' * (size // 4) + "\\"


@pytest.mark.parametrize("prefix", ["", '"x", ' * 40_000])
@pytest.mark.parametrize("shape", ["[", '{"k":', '[[],'])
def test_deep_nesting_is_refused_in_both_walks(prefix: str, shape: str) -> None:
    text = "[" + prefix + shape * (MAX_DEPTH + 1)
    with pytest.raises(StrictJSONError, match="nested deeper"):
        strictjson.loads(text)


def test_the_depth_check_runs_no_python_loop_per_character() -> None:
    """Issue 16: the check walked 64 MiB character by character in Python (≈ 6 s)."""
    text = json.dumps([[n, ["[x]", {"n": n}]] for n in range(200_000)])
    lines = 0

    def tracer(frame, event, arg):  # the sys.settrace protocol
        nonlocal lines
        if frame.f_code.co_filename == strictjson.__file__:
            if event == "line":
                lines += 1
            return tracer
        return None

    sys.settrace(tracer)
    try:
        strictjson._check_depth(text)
    finally:
        sys.settrace(None)
    assert len(text) > 5_000_000
    assert lines < 2_000, f"{lines} Python lines for {len(text)} characters"
