"""``syndicate formats`` lists names, versions and descriptions without importing exporters.

Issue 16: the command imported every exporter (reportlab, lxml, python-docx… ≈ 214 ms) to
ask each for its description. Timings: ``benchmarks/bench_startup.py``.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from syndicate import registry
from syndicate.errors import UnknownFormat

HEAVY = ("reportlab", "lxml", "docx", "ebooklib", "feedgen", "PIL", "syndicate.exporters.")


def test_formats_imports_no_exporter_and_lists_versions() -> None:
    code = (
        "import sys\n"
        "from syndicate.cli import main\n"
        "try:\n    main(['formats'])\nexcept SystemExit as exit:\n    assert not exit.code\n"
        f"print('IMPORTED', sorted(m for m in sys.modules if m.startswith({HEAVY!r})))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    *listing, imported = out.strip().splitlines()
    assert imported == "IMPORTED []"
    rows = {line.split()[0]: line for line in listing}
    assert set(rows) >= {"epub", "pdf", "docx", "rss", "atom", "jsonfeed", "html"}
    from syndicate import __version__

    assert "EPUB 3 e-book" in rows["epub"] and ".epub" in rows["epub"]
    assert "application/vnd.openxmlformats-officedocument" in rows["docx"]  # a module constant
    assert all(f"(syndicate {__version__})" in row for row in rows.values())


@pytest.fixture
def plugin_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on sys.path holding two plugin distributions (metadata and modules)."""
    meta = tmp_path / "quiet_plugin-2.5.dist-info"
    meta.mkdir()
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: quiet-plugin\nVersion: 2.5\n\n")
    (meta / "entry_points.txt").write_text(
        "[syndicate.exporters]\nquiet = quiet_plugin:QuietExporter\n"
        "computed = computed_plugin:Computed\n"
    )
    canary = tmp_path / "imported.flag"
    (tmp_path / "quiet_plugin.py").write_text(
        f"open({str(canary)!r}, 'w').close()\n"
        "KIND = 'text/x-quiet'  # a constant the class refers to\n"
        "class QuietExporter:\n"
        "    name = 'quiet'\n"
        "    extension: str = 'qt'  # the file name's end\n"
        "    media_type = KIND\n"
        "    description = 'C# notes, # signs kept'  # a comment\n"
    )
    (tmp_path / "computed_plugin.py").write_text(
        "from syndicate.exporters.base import Exporter\n"
        "class Computed(Exporter):\n"
        "    name = 'computed'\n"
        "    extension = 'cp'\n"
        "    media_type = 'text/plain'\n"
        "    description = ' '.join(['built', 'at', 'import'])\n"
        "    def write(self, articles, stream, options):\n"
        "        stream.write(b'')\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    registry._entry_points.cache_clear()
    registry.get.cache_clear()
    yield canary
    registry._entry_points.cache_clear()
    registry.get.cache_clear()
    for name in ("quiet_plugin", "computed_plugin"):
        sys.modules.pop(name, None)


def test_literal_declarations_are_read_without_importing_the_plugin(plugin_path: Path) -> None:
    entry = registry.available()["quiet"]
    assert (entry.distribution, entry.version) == ("quiet-plugin", "2.5")
    assert registry.describe("quiet") == ("qt", "text/x-quiet", "C# notes, # signs kept")
    assert not plugin_path.exists(), "the plugin module was imported"


def test_computed_declarations_are_imported_instead(plugin_path: Path) -> None:
    assert registry.describe("computed") == ("cp", "text/plain", "built at import")
    assert "computed_plugin" in sys.modules
    with pytest.raises(UnknownFormat, match="no exporter named"):
        registry.describe("nonesuch")
