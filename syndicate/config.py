"""Project configuration: defaults a newsroom sets once instead of on every command.

Looked up, first found wins: the file named by ``SYNDICATE_CONFIG``, then
``syndicate.toml`` in the current folder or any parent folder. Example::

    # syndicate.toml
    site_url = "https://news.example.org/"

A command-line option always wins over the environment, which wins over the file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .errors import UsageError

__all__ = ["CONFIG_NAME", "find_config", "load_config"]

CONFIG_NAME = "syndicate.toml"
_KNOWN = {"site_url": str}


def find_config(start: Path | None = None) -> Path | None:
    """The configuration file in force, or None."""
    named = os.environ.get("SYNDICATE_CONFIG")
    if named:
        path = Path(named)
        if not path.is_file():
            raise UsageError(f"SYNDICATE_CONFIG: {named} is not a file")
        return path
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / CONFIG_NAME
        if path.is_file():
            return path
    return None


def load_config(start: Path | None = None) -> dict[str, Any]:
    """The settings of the configuration file in force ({} when there is none)."""
    path = find_config(start)
    if path is None:
        return {}
    import tomllib

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: not a valid TOML configuration ({exc})") from None
    unknown = sorted(set(data) - set(_KNOWN))
    if unknown:
        raise UsageError(f"{path}: unknown setting {unknown[0]!r} (known: {', '.join(_KNOWN)})")
    for key, kind in _KNOWN.items():
        if key in data and not isinstance(data[key], kind):
            raise UsageError(f"{path}: {key} must be a {kind.__name__}")
    return data
