"""Round 17 (speed3): imports spared by the one-file EPUB export, with unchanged behaviour."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from syndicate import _sha, _standin
from syndicate.cli import _terminal_columns
from syndicate.exporters.epub import _uuid4_text

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-P", "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout.strip()


def test_uuid4_text_is_a_version_4_uuid() -> None:
    for _ in range(200):
        text = _uuid4_text()
        value = uuid.UUID(text)
        assert str(value) == text
        assert value.version == 4 and value.variant == uuid.RFC_4122


def test_stand_in_forwards_and_leaves_sys_modules_alone() -> None:
    stand_in = _standin.StandIn("json", {"marker": lambda: "own"})
    assert stand_in.marker() == "own"
    assert stand_in.dumps([1]) == "[1]"  # any other name imports the real module
    with pytest.raises(AttributeError):
        stand_in.__spec__  # noqa: B018  (the import system's question: no import)


def test_import_sparing_in_a_fresh_process() -> None:
    # The export's imports: no logging, uuid or inspect loaded, and none left as stand-ins.
    out = _run(
        "import sys\n"
        "from syndicate._standin import import_sparing, import_lxml_etree\n"
        "import_sparing('dataclasses', ('inspect',))\n"
        "from syndicate.exporters.epub import _ebooklib_epub\n"
        "import_lxml_etree(); epub = _ebooklib_epub()\n"
        "print(sorted(m for m in ('logging', 'uuid', 'inspect') if m in sys.modules))\n"
        "book = epub.EpubBook()\n"
        "import dataclasses\n"
        "@dataclasses.dataclass\n"
        "class NoDoc:\n"
        "    x: int = 1\n"
        "print(NoDoc.__doc__, epub.logging.getLogger is not None, 'inspect' in sys.modules)\n"
    )
    assert out.splitlines() == ["[]", "NoDoc(x: int = 1) True True"]


def test_sha256_matches_hashlib_and_moves_to_hashlib_past_its_budget() -> None:
    for size in (0, 1, 55, 56, 64, 1000, 100_000):
        data = os.urandom(size)
        assert _sha.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    out = _run(
        "import sys\n"
        "from syndicate._sha import sha256\n"
        "sha256(b'x' * 1000).hexdigest()\n"
        "print('hashlib' in sys.modules)\n"
        "sha256(b'x' * 300_000).hexdigest()\n"
        "print('hashlib' in sys.modules)\n"
    )
    assert out.splitlines() == ["False", "True"]


@pytest.mark.parametrize("columns", ["", "0", "57", "abc", "200"])
def test_terminal_columns_as_shutil_finds_them(
    monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert _terminal_columns() == shutil.get_terminal_size().columns
