"""What a first parse imports, seen from a fresh interpreter (not what the test runner has
already imported), for the reader's start-up tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def first_parse_modules(source: Path) -> set[str]:
    """The names in ``sys.modules`` after a fresh process parses ``source``."""
    probe = (
        "import sys\n"
        "from syndicate.readers.decode import decode_source\n"
        "from syndicate.readers.plaintext import parse_plaintext\n"
        f"data = open({str(source)!r}, 'rb').read()\n"
        "article = parse_plaintext(decode_source(data, 'x.txt'))\n"
        "assert article.title and article.blocks\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return set(proc.stdout.split())
