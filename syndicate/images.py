"""Loading figure images safely, for every exporter alike.

A figure's ``src`` is untrusted: it may point anywhere on disk, at a huge or
fake image, or at the network. Every exporter goes through :func:`load_image`,
which confines paths to the source's folder (plus folders the user allows),
fetches nothing unless asked, checks the file's signature and pixel count with
Pillow before any library embeds it, and turns every problem into either a
clear error (a path that escapes) or a warning (a missing file: the figure keeps
its caption and credit).
"""

from __future__ import annotations

import io
import os
import warnings
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ExportFailed
from .record import record

if TYPE_CHECKING:
    from .exporters.base import ExportOptions
    from .model import Article, Figure

__all__ = ["MAX_IMAGE_BYTES", "MAX_IMAGE_PIXELS", "ImageData", "load_image"]

MAX_IMAGE_PIXELS = 40_000_000
"""Larger images are refused: decoding them would need gigabytes of memory."""
MAX_IMAGE_BYTES = 50 * 1024 * 1024

# Signature -> (media type, extension). Only formats every reader displays.
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"GIF87a", "image/gif", "gif"),
    (b"GIF89a", "image/gif", "gif"),
)


# A record, not a frozen dataclass: the same fields, equality, hash and repr, without
# generating methods at import (~4 M instructions a class; see syndicate/record.py).
@record
class ImageData:
    """A checked image, ready to embed."""

    data: bytes
    media_type: str
    extension: str
    width: int
    height: int
    name: str
    """A stable, safe file name for the image inside a package (content hash based)."""


def _warn(message: str) -> None:
    from .exporters.base import ExportWarning

    warnings.warn(message, ExportWarning, stacklevel=3)


def _allowed_roots(article: Article, options: ExportOptions) -> list[Path]:
    roots = [Path(article.source_dir or os.getcwd())]
    roots.extend(Path(d) for d in options.allow_image_dirs)
    return [r.resolve() for r in roots]


def load_image(figure: Figure, article: Article, options: ExportOptions) -> ImageData | None:
    """Return the figure's checked image, or None (with a warning) when there is none usable.

    Raises :class:`ExportFailed` when ``src`` points outside the allowed folders.
    """
    src = (figure.src or "").strip()
    if not src:
        return None
    if "://" in src or src.startswith("//"):
        if not src.lower().startswith(("http://", "https://")):
            _warn(f"figure image {src!r} is not an http(s) URL; image left out")
            return None
        if not options.fetch_remote_images:
            _warn(f"figure image {src} is remote and fetching is off; caption and credit kept")
            return None
        return _fetch(src)
    if src.lower().startswith("file:"):
        src = src[5:]
    base = Path(article.source_dir or os.getcwd())
    candidate = Path(src) if os.path.isabs(src) else base / src
    resolved = candidate.resolve()
    roots = _allowed_roots(article, options)
    if not any(resolved.is_relative_to(root) for root in roots):
        raise ExportFailed(
            f"figure image {src!r} is outside the source folder {roots[0]}; "
            "allow its folder with --allow-images-from DIR"
        )
    if not resolved.is_file():
        _warn(f"figure image {src!r} not found; caption and credit kept without it")
        return None
    try:
        stat = resolved.stat()
        checked = _check(str(resolved), stat.st_size, stat.st_mtime_ns)
    except OSError as exc:
        _warn(f"figure image {src!r} unreadable ({exc.strerror}); caption and credit kept")
        return None
    return _checked(checked)


@lru_cache(maxsize=64)
def _check(path: str, size: int, mtime_ns: int) -> ImageData | str:
    # size and mtime are part of the cache key so an edited file is re-read.
    # A refusal is returned as its message, not warned here: a cached call would
    # otherwise warn only the first time and drop the image silently afterwards.
    if size > MAX_IMAGE_BYTES:
        return f"figure image {path!r} is larger than {MAX_IMAGE_BYTES // 2**20} MiB; left out"
    with open(path, "rb") as handle:
        data = handle.read(MAX_IMAGE_BYTES + 1)
    return _verify(data, path)


def _verify(data: bytes, label: str) -> ImageData | str:
    """The checked image, or the reason it is refused."""
    import hashlib

    kind = next(((mt, ext) for sig, mt, ext in _SIGNATURES if data.startswith(sig)), None)
    if kind is None:
        return f"figure image {label!r} is not a PNG, JPEG or GIF file; left out"
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                return (
                    f"figure image {label!r} claims {width}x{height} pixels, more than "
                    f"{MAX_IMAGE_PIXELS:,}; left out"
                )
            image.verify()
    except Image.DecompressionBombError:
        return f"figure image {label!r} claims more than {MAX_IMAGE_PIXELS:,} pixels; left out"
    except Exception as exc:  # Pillow raises many types for corrupt files
        return f"figure image {label!r} is corrupt ({type(exc).__name__}); left out"
    media_type, ext = kind
    name = "img-" + hashlib.sha256(data).hexdigest()[:16] + "." + ext
    return ImageData(data, media_type, ext, width, height, name)


def _fetch(url: str) -> ImageData | None:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            data = response.read(MAX_IMAGE_BYTES + 1)
    except OSError as exc:
        _warn(f"figure image {url} could not be fetched ({exc}); caption and credit kept")
        return None
    if len(data) > MAX_IMAGE_BYTES:
        _warn(f"figure image {url} is larger than {MAX_IMAGE_BYTES // 2**20} MiB; left out")
        return None
    return _checked(_verify(data, url))


def _checked(result: ImageData | str) -> ImageData | None:
    if isinstance(result, str):
        _warn(result)
        return None
    return result
