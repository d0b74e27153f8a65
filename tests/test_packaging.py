"""The wheel and the plugin mechanism, tested the way users install them.

A wheel is built from this checkout and installed, with an example third-party
exporter package, into a fresh virtual environment. Their dependencies are
borrowed from the running environment through a ``.pth`` line so the test
needs no network; the syndicate code itself comes only from the wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

pytestmark = pytest.mark.slow


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PIP_REQUIRE_VIRTUALENV"}}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600, **kwargs)


@pytest.fixture(scope="module")
def fresh_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("wheel-env")
    dist = base / "dist"
    built = _run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ]
    )
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = list(dist.glob("syndicate-*.whl"))
    assert len(wheels) == 1
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    site = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    # Borrow third-party dependencies (not syndicate: its .pth/finder files are not processed).
    (Path(site.stdout.strip()) / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    for target in (str(wheels[0]), str(ROOT / "examples" / "plugin")):
        installed = _run(
            [str(python), "-m", "pip", "install", "--no-deps", "--no-build-isolation", target]
        )
        assert installed.returncode == 0, installed.stdout + installed.stderr
    return env_dir


def test_wheel_ships_templates_and_runs_inspect(fresh_env: Path, tmp_path: Path) -> None:
    python = fresh_env / "bin" / "python"
    where = _run(
        [
            str(python),
            "-c",
            "import syndicate, pathlib; print(pathlib.Path(syndicate.__file__).parent)",
        ],
        cwd=tmp_path,  # not the checkout: '' on sys.path would find the source tree first
    )
    package = Path(where.stdout.strip())
    assert package.is_relative_to(fresh_env), f"syndicate imported from {package}, not the wheel"
    assert (package / "templates").is_dir()
    assert any((package / "templates").rglob("*.css"))
    assert (package / "schema" / "article-1.schema.json").is_file()
    result = _run(
        [str(fresh_env / "bin" / "syndicate"), "inspect", str(FIXTURES / "kitchen_sink.json")],
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Harbour Festival" in result.stdout


def test_plugin_exporter_is_listed_and_used(fresh_env: Path, tmp_path: Path) -> None:
    syndicate = str(fresh_env / "bin" / "syndicate")
    formats = _run([syndicate, "formats"])
    assert formats.returncode == 0, formats.stderr
    names = [line.split()[0] for line in formats.stdout.splitlines() if line.strip()]
    assert "wordcount" in names
    assert "epub" in names  # built-ins are found the same way
    out = tmp_path / "counts.tsv"
    result = _run(
        [
            syndicate,
            "export",
            str(FIXTURES / "kitchen_sink.json"),
            "--format",
            "wordcount",
            "-o",
            str(out),
        ]
    )
    assert result.returncode == 0, result.stderr
    slug, words, figures = out.read_text().strip().split("\t")
    assert slug.startswith("harbour-festival")
    assert int(figures) == 2
    assert int(words) > 50


def test_broken_plugin_is_reported_by_name(fresh_env: Path, tmp_path: Path) -> None:
    python = fresh_env / "bin" / "python"
    plugin = tmp_path / "broken_plugin"
    (plugin / "syndicate_broken").mkdir(parents=True)
    (plugin / "syndicate_broken" / "__init__.py").write_text("raise ImportError('missing thing')\n")
    (plugin / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n'
        '[project]\nname = "syndicate-broken"\nversion = "0.0.1"\n'
        '[project.entry-points."syndicate.exporters"]\nbroken = "syndicate_broken:X"\n'
        "[tool.hatch.build.targets.wheel]\npackages = ['syndicate_broken']\n"
    )
    installed = _run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-build-isolation", str(plugin)]
    )
    assert installed.returncode == 0, installed.stderr
    try:
        result = _run(
            [
                str(fresh_env / "bin" / "syndicate"),
                "export",
                str(FIXTURES / "kitchen_sink.json"),
                "--format",
                "broken",
                "-o",
                str(tmp_path / "x.out"),
            ]
        )
        assert result.returncode == 5
        assert "syndicate-broken" in result.stderr and "failed to load" in result.stderr
        assert "Traceback" not in result.stderr
        listing = _run([str(fresh_env / "bin" / "syndicate"), "formats"])
        assert listing.returncode == 0 and "unavailable" in listing.stdout
    finally:
        _run([str(python), "-m", "pip", "uninstall", "-y", "syndicate-broken"])


def test_import_syndicate_loads_no_output_library() -> None:
    code = (
        "import syndicate, sys; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'reportlab','docx','ebooklib','feedgen','lxml','PIL','yaml'}))"
    )
    result = _run([sys.executable, "-c", code])
    assert result.stdout.strip() == "[]"
