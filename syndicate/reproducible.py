"""Byte-for-byte reproducible outputs under ``SOURCE_DATE_EPOCH``.

Zip-based formats (EPUB, DOCX) carry a timestamp per entry, and every library
stamps "now". :func:`normalize_zip` rewrites an archive with fixed entry times
while keeping entry order and compression, which is all it takes once the
content itself is deterministic.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

try:  # the C classes directly: `import datetime` runs its pure-Python twin first (~4 M
    # instructions of a one-article EPUB export), as syndicate.model says
    from _datetime import UTC, datetime
except ImportError:  # an interpreter without it
    from datetime import UTC, datetime

__all__ = [
    "ReusingZipFile",
    "StampedZipFile",
    "build_datetime",
    "normalize_zip",
    "zip_date_time",
]

# The zip format (MS-DOS dates) cannot store dates before 1980 or after 2107.
_ZIP_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)
_ZIP_END = datetime(2107, 12, 31, 23, 59, 58, tzinfo=UTC)


def build_datetime(epoch: int | None) -> datetime:
    """The build time: ``epoch`` when given (reproducible), else the current UTC time."""
    if epoch is None:
        return datetime.now(UTC).replace(microsecond=0)
    return datetime.fromtimestamp(epoch, UTC)


def zip_date_time(when: datetime) -> tuple[int, int, int, int, int, int]:
    """The zip entry date for ``when``, clamped to what a zip can store (1980 to 2107).

    Only the entry times are clamped: the article's own dates stay as they are.
    """
    clamped = min(max(when, _ZIP_EPOCH), _ZIP_END)
    year, month, day, hour, minute, second = clamped.timetuple()[:6]
    return year, month, day, hour, minute, second


def _stamped_info(name: str, date_time: tuple[int, ...], compress_type: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=date_time)
    info.compress_type = compress_type
    info.external_attr = 0o644 << 16
    info.create_system = 3
    return info


def normalize_zip(data: bytes, when: datetime) -> bytes:
    """Rewrite a zip archive with every entry dated ``when`` and no extra metadata."""
    stamp = zip_date_time(when)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fresh = _stamped_info(info.filename, stamp, info.compress_type)
            target.writestr(fresh, source.read(info.filename))
    return out.getvalue()


_REUSE_LIMIT = 512 * 1024
"""Members larger than this are compressed each time (images, fonts): not kept in memory."""
_REUSE_NAMES = 64
"""Member names remembered per process; the oldest is forgotten past this."""
_REUSED: dict[tuple[str, int, int | None], tuple[bytes, bytes]] = {}
# (member name, compression, level) -> (the member's bytes, their compressed bytes)
_UNKNOWN: Any = object()


class _Replay:
    """A compressor that gives back the compressed bytes of an earlier, equal member."""

    def __init__(self, compressed: bytes) -> None:
        self._compressed = compressed

    def compress(self, data: bytes) -> bytes:
        out, self._compressed = self._compressed, b""
        return out

    def flush(self) -> bytes:
        return b""


class _Recorder:
    """A compressor that keeps what it produced, to be replayed for an equal member."""

    def __init__(self, compressor: Any, key: tuple[str, int, int | None], data: bytes) -> None:
        self._compressor = compressor
        self._key = key
        self._data = data
        self._out: list[bytes] = []

    def compress(self, data: bytes) -> bytes:
        out: bytes = self._compressor.compress(data)
        self._out.append(out)
        return out

    def flush(self) -> bytes:
        out: bytes = self._compressor.flush()
        self._out.append(out)
        if len(_REUSED) >= _REUSE_NAMES and self._key not in _REUSED:
            del _REUSED[next(iter(_REUSED))]
        _REUSED[self._key] = (self._data, b"".join(self._out))
        return out


class ReusingZipFile(zipfile.ZipFile):
    """A zip being written that compresses a member only when it differs from the last one
    this process wrote under the same name.

    A batch writes the same theme, fonts, styles and stylesheet into every DOCX and EPUB;
    deflating them again was ~5 % of an article's work. The compressed bytes are those
    zlib gave for the equal member before (deflate is deterministic for equal input and
    level), so the archive is byte-for-byte the one :class:`zipfile.ZipFile` writes.
    zipfile offers no way to write compressed bytes, so the entry's write handle is given
    a compressor that replays them (its ``_compressor``: when a Python version has no such
    attribute, every member is simply compressed).
    """

    _member: bytes | None = None

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: bytes | str,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        """Write one entry, reusing the compressed bytes of an equal earlier one."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        self._member = data if len(data) <= _REUSE_LIMIT else None
        try:
            super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)
        finally:
            self._member = None

    def open(  # type: ignore[override]
        self,
        name: str | zipfile.ZipInfo,
        mode: str = "r",
        pwd: bytes | None = None,
        *,
        force_zip64: bool = False,
    ) -> Any:
        """zipfile's own handle; for a member being written by :meth:`writestr`, with a
        compressor that replays (or records) the compressed bytes."""
        data = self._member
        if data is None or not isinstance(name, zipfile.ZipInfo):
            return super().open(name, mode, pwd, force_zip64=force_zip64)  # type: ignore[arg-type]
        # The level's attribute: ``_compresslevel`` up to Python 3.12, ``compress_level`` after.
        level = getattr(name, "compress_level", getattr(name, "_compresslevel", _UNKNOWN))
        key = (name.filename, name.compress_type, level)
        known = _REUSED.get(key)
        if known is not None and known[0] != data:
            known = None
        if known is not None and name.compress_type and getattr(self, "_seekable", False):
            from ._zipquiet import open_quietly  # a batch's second article on

            handle = open_quietly(self, name, mode, pwd, force_zip64, known[1])
            if handle is not None:
                return handle
        handle = super().open(name, mode, pwd, force_zip64=force_zip64)
        compressor = getattr(handle, "_compressor", None)
        if compressor is None or level is _UNKNOWN:
            return handle
        if known is not None:
            handle._compressor = _Replay(known[1])
        else:
            handle._compressor = _Recorder(compressor, key, data)
        return handle


class StampedZipFile(ReusingZipFile):
    """A zip being written whose entries, when named by a string, all carry one fixed date
    and the same metadata as :func:`normalize_zip` gives them.

    Hand it to a library that writes its archive with ``writestr(name, data)`` and the
    archive comes out already normalised, without a second pass that decompresses and
    recompresses every entry (the same bytes: :func:`normalize_zip` writes at zlib's default
    level, 6).
    """

    def __init__(self, *args: Any, date_time: tuple[int, ...], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._date_time = date_time

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: bytes | str,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        """Write one entry; a plain name gets the fixed date and plain permissions."""
        if isinstance(zinfo_or_arcname, str):
            kind = self.compression if compress_type is None else compress_type
            zinfo_or_arcname = _stamped_info(zinfo_or_arcname, self._date_time, kind)
            compress_type = None
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)
