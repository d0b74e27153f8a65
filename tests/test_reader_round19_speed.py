"""Round 19 (speed): the cyclic collector paused while the reader's modules load.

Each check runs in a fresh interpreter: the reader's modules must not be imported yet.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> dict:
    # Byte code current, as in any installed copy: compiling the reader's sources from
    # scratch (PYTHONDONTWRITEBYTECODE, a fresh clone) allocates before a module's first
    # line can pause the collector. The byte code goes to a cache outside the checkout.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=_pycache())
    run = [sys.executable, "-c", code]
    out = subprocess.run(run, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _pycache() -> str:
    """A byte-code cache for these checks, filled once by importing the reader."""
    global _PYCACHE
    if _PYCACHE is None:
        import tempfile

        _PYCACHE = tempfile.mkdtemp(prefix="syndicate-pycache-")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=_PYCACHE)
        warm = [sys.executable, "-c", "import syndicate.readers.plaintext"]
        subprocess.run(warm, env=env, check=True, capture_output=True)
    return _PYCACHE


_PYCACHE: str | None = None


_COUNT = """
import gc, json, sys
found = []
gc.callbacks.append(lambda phase, info: phase == "start" and found.append(info["generation"]))
{before}
found.clear()  # only collections during the readers' import count
import syndicate.readers.plaintext
gc.callbacks.clear()
print(json.dumps({{"enabled": gc.isenabled(), "frozen": gc.get_freeze_count(),
                  "older": [g for g in found if g > 0], "threshold": list(gc.get_threshold())}}))
"""


def test_collector_back_on_after_import_and_no_collection_during_it():
    # Counts zeroed after ``import syndicate``: what its last allocations leave due depends
    # on module sizes, not on the pause this checks.
    got = _run(_COUNT.format(before="import syndicate\ngc.collect()"))
    assert got["enabled"] is True
    assert got["frozen"] == 0  # the imports' objects are in the oldest generation, not frozen
    # no collection of the older generations (a young one may run while a module's code
    # is read, before its first line turns the collector off: it sees only new objects)
    assert got["older"] == []
    assert got["threshold"] == [700, 10, 10]  # thresholds untouched


def test_collector_left_off_when_the_program_turned_it_off():
    got = _run(_COUNT.format(before="gc.disable()"))
    assert got["enabled"] is False


def test_objects_the_program_froze_stay_frozen():
    got = _run(_COUNT.format(before="keep = [[] for _ in range(50)]\ngc.freeze()"))
    assert got["enabled"] is True
    assert got["frozen"] > 0  # not unfrozen by the reader's import


def test_parse_after_import_collects_cycles_as_before():
    code = """
import gc, json
from syndicate.readers.plaintext import parse_plaintext
article = parse_plaintext(
    "A headline over the story\\n\\nThe first paragraph of the story, a sentence."
)
class Node:
    pass
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print(json.dumps({"collected": gc.collect() >= 2, "title": article.title}))
"""
    got = _run(code)
    assert got == {"collected": True, "title": "A headline over the story"}
