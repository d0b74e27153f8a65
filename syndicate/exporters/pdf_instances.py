"""Static instances of variable fonts, made once and kept in a cache folder.

The Noto CJK families on PyPI are variable fonts whose default instance is the
thinnest weight; reportlab draws only a font's default outlines, so Chinese,
Japanese and Korean text came out hairline-thin. The regular weight is made with
fontTools' instancer (fontTools comes with the ``cjk`` extra) the first time a
document needs it, which takes several seconds for a font of 10–18 MB, and kept
in ``$SYNDICATE_CACHE_DIR`` (default ``$XDG_CACHE_HOME/syndicate/fonts``, else
``~/.cache/syndicate/fonts``); later exports read the cached file. The file name
carries the source file's size and modification time, so an upgraded font
package is instantiated again. Writing is atomic (temporary file, then rename),
so two processes making the same instance at once do no harm.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import warnings
from pathlib import Path

__all__ = ["cache_dir", "static_instance"]


def cache_dir() -> Path:
    """Where instances are kept."""
    explicit = os.environ.get("SYNDICATE_CACHE_DIR", "").strip()
    if explicit:
        return Path(explicit).expanduser() / "fonts"
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    return Path(base).expanduser() / "syndicate" / "fonts"


def static_instance(path: Path, axes: dict[str, float]) -> Path:
    """A static TrueType file of ``path`` at ``axes`` (``{"wght": 400}``), made once.

    Falls back to ``path`` itself (its default instance) with a warning when the
    instance cannot be made or stored.
    """
    from .base import ExportWarning

    info = path.stat()
    setting = "-".join(f"{tag}{value:g}" for tag, value in sorted(axes.items()))
    stamp = hashlib.sha256(f"{path.resolve()}|{info.st_size}|{info.st_mtime_ns}".encode())
    target = cache_dir() / f"{path.stem.split('[')[0]}-{setting}-{stamp.hexdigest()[:12]}.ttf"
    if target.is_file():
        return target
    try:
        from fontTools.ttLib import TTFont
        from fontTools.varLib import instancer

        target.parent.mkdir(parents=True, exist_ok=True)
        font = instancer.instantiateVariableFont(TTFont(str(path)), axes, updateFontNames=False)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                font.save(out)
            os.replace(temporary, target)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except (ImportError, OSError, ValueError, KeyError) as exc:
        warnings.warn(
            f"pdf: cannot make the {setting} instance of {path.name} ({exc}); "
            "its default (thinner) weight is used",
            ExportWarning,
            stacklevel=4,
        )
        return path
    return target
