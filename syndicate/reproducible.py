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

__all__ = ["build_datetime", "normalize_zip"]

# The zip format cannot store dates before 1980.
_ZIP_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)


def build_datetime(epoch: int | None) -> datetime:
    """The build time: ``epoch`` when given (reproducible), else the current UTC time."""
    if epoch is None:
        return datetime.now(UTC).replace(microsecond=0)
    return datetime.fromtimestamp(epoch, UTC)


def normalize_zip(data: bytes, when: datetime) -> bytes:
    """Rewrite a zip archive with every entry dated ``when`` and no extra metadata."""
    stamp = max(when, _ZIP_EPOCH).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fresh = zipfile.ZipInfo(info.filename, date_time=stamp)
            fresh.compress_type = info.compress_type
            fresh.external_attr = 0o644 << 16
            fresh.create_system = 3
            target.writestr(fresh, source.read(info.filename))
    return out.getvalue()
