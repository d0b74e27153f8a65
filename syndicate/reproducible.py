"""Byte-for-byte reproducible outputs under ``SOURCE_DATE_EPOCH``.

Zip-based formats (EPUB, DOCX) carry a timestamp per entry, and every library
stamps "now". :func:`normalize_zip` rewrites an archive with fixed entry times
while keeping entry order and compression, which is all it takes once the
content itself is deterministic.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from typing import Any

__all__ = ["StampedZipFile", "build_datetime", "normalize_zip", "zip_date_time"]

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


class StampedZipFile(zipfile.ZipFile):
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
