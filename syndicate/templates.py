"""Locating theme files: a user's theme folder first, then the built-in ``templates/``.

In a wheel the built-in templates live inside the package (``syndicate/templates``);
in a source checkout they are the top-level ``templates/`` folder.
"""

from __future__ import annotations

from pathlib import Path

from . import _functools as functools
from .errors import UsageError

__all__ = ["builtin_templates_dir", "find_template"]


@functools.cache
def builtin_templates_dir() -> Path:
    """The folder of the default theme shipped with syndicate."""
    # Found once a process: resolving the module's path lstat()s each of its folders, and a
    # batch worker looks up two or three theme files for every article.
    inside = Path(__file__).resolve().parent / "templates"
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parent.parent / "templates"


def find_template(name: str, user_dir: str | None = None) -> Path:
    """The path of theme file ``name`` (e.g. ``"epub/style.css"``)."""
    if user_dir:
        candidate = Path(user_dir) / name
        if candidate.is_file():
            return candidate
    candidate = builtin_templates_dir() / name
    if candidate.is_file():
        return candidate
    raise UsageError(f"theme file {name!r} not found in {user_dir or 'the built-in templates'}")
