"""SHA-256 of a few small byte strings without loading OpenSSL.

``import hashlib`` loads OpenSSL's ``libcrypto`` (~11 M instructions, ~3 % of a one-file
EPUB export, which hashes a book identifier and the file it writes: a few kilobytes).
CPython's own ``_sha256`` module gives the same digests with no such load, at about twice
OpenSSL's cost per byte; so it hashes the first 256 KiB of a process and hashlib the rest
(a batch worker writing many files soon passes that and loads OpenSSL once).
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["sha256"]

_BUILTIN_BUDGET = 256 * 1024
"""Bytes hashed by the built-in module before hashlib is worth its import."""
_hashed = 0


def sha256(data: bytes = b"") -> Any:
    """A ``hashlib.sha256(data)`` object (``hexdigest``, ``digest``, ``update``)."""
    global _hashed
    if "hashlib" not in sys.modules and _hashed + len(data) <= _BUILTIN_BUDGET:
        try:
            from _sha256 import sha256 as builtin  # CPython 3.11 (3.12: ``_sha2``)
        except ImportError:
            try:
                from _sha2 import sha256 as builtin  # type: ignore[no-redef]
            except ImportError:
                builtin = None
        if builtin is not None:
            _hashed += len(data)
            return builtin(data)
    import hashlib

    return hashlib.sha256(data)
