"""A replayed zip member written without the zlib compressor zipfile would make for it.

:class:`~syndicate.reproducible.ReusingZipFile` gives a member equal to one this process
deflated before the compressed bytes zlib gave then. zipfile still made a compressor for
the member's write handle (``deflateInit2``, its 256 KB of state cleared: ~70 k
instructions), and a batch article replays ~20 members (DOCX and EPUB). Here the handle is
opened as for a stored member, so zipfile makes none, then given the replaying one; zipfile
writes a seekable archive's member header again when the handle closes, with the true
method, sizes and CRC. Whether this Python's zipfile does so is tested once per process, at
the first replay, against zipfile's own bytes; if not, members are written as before.
Imported only then, so a one-file export does not load it.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any

from . import reproducible

__all__ = ["open_quietly", "quiet_works"]

_WORKS: list[bool] = []
_PROBE = "syndicate-quiet-replay-probe.xml"


def open_quietly(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    mode: str,
    pwd: bytes | None,
    force_zip64: bool,
    compressed: bytes,
) -> Any:
    """A write handle for ``info`` whose compressor gives back ``compressed``, made without
    a zlib compressor; None when this Python's zipfile cannot be trusted with it."""
    if not quiet_works():
        return None
    kind = info.compress_type
    info.compress_type = zipfile.ZIP_STORED  # so the handle makes no compressor
    try:
        handle = zipfile.ZipFile.open(archive, info, mode, pwd, force_zip64=force_zip64)
    finally:
        info.compress_type = kind  # the header written again on close says deflated
    handle._compressor = reproducible._Replay(compressed)
    return handle


def _probe(quiet: bool) -> bytes:
    # One deflated member: as zipfile writes it, or replayed through open_quietly.
    data = b"<p>The harbour ferry sails at nine.</p>" * 24
    info = zipfile.ZipInfo(_PROBE, date_time=(2000, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    out = io.BytesIO()
    if not quiet:
        with zipfile.ZipFile(out, "w") as plain:
            plain.writestr(info, data)
        return out.getvalue()
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    compressed = compressor.compress(data) + compressor.flush()
    with zipfile.ZipFile(out, "w") as archive:
        info.file_size = len(data)  # what writestr does before it opens the handle
        with open_quietly(archive, info, "w", None, False, compressed) as handle:
            handle.write(data)
    return out.getvalue()


def quiet_works() -> bool:
    """Whether :func:`open_quietly` writes the bytes zipfile writes (tested once)."""
    if not _WORKS:
        _WORKS.append(True)  # the probe itself opens quietly
        try:
            _WORKS[0] = _probe(quiet=True) == _probe(quiet=False)
        except Exception:  # a zipfile whose internals differ: members written as before
            _WORKS[0] = False
    return _WORKS[0]
