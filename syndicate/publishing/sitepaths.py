"""Which names and paths a published site folder accepts (used by publish and serve)."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import OutputNotWritable

__all__ = ["inside", "safe_name"]


def safe_name(name: str) -> bool:
    """True for a name from the manifest that may become a path component."""
    # A name from the manifest becomes a path: one plain component, never hidden, and no
    # control characters (a NUL would cut the path short in the C library).
    return (
        bool(name)
        and "/" not in name
        and "\\" not in name
        and not name.startswith(".")
        and not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in name)
    )


def inside(out: Path, path: Path) -> Path:
    """``path``, once checked that it stays inside ``out`` with symbolic links followed.

    A link placed in the site folder (``feed.atom``, ``index.html``, a slug folder,
    ``.syndicate``) must not make publish write elsewhere; the preview server applies
    the same rule when reading.
    """
    root = os.path.realpath(out)
    real = os.path.realpath(path)
    if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
        raise OutputNotWritable(
            f"{path}: is a symbolic link to {real}, outside the site folder {out}; "
            "refused (remove the link)"
        )
    return path
