"""Ready-made ``__new__`` code of named tuples, one per number of fields.

:func:`collections.namedtuple` builds each class's ``__new__`` by ``eval`` of a line of source
(``lambda _cls, a, b: _tuple_new(_cls, (a, b))``): parsing and compiling those lines was ~2.5 %
of a first parse (the two largest named tuples, the cue tables, have 64 and 48 fields). That
code differs between classes only in its number of fields and their names.
:mod:`syndicate._typing` takes the code for a number of fields from a file next to this module,
one per interpreter (``ntnew-cpython-311.marshal``: for each number of fields up to
``MAX_FIELDS``, the marshalled code of the lambda with fields ``a0, a1, …``), unmarshals only the
sizes it needs, and gives the code the class's field names. Without the file (another
interpreter), or for more fields, namedtuple's own ``eval`` runs as before.

Round 24 (speed24): the file opens with the places of each size's code (four bytes saying how
long the marshalled ``(magic, "places", places)`` is; ``places`` holds where each size's code
starts, four bytes each, and where the last ends), and only the code of the sizes a process uses
is read: reading the whole half megabyte was ~0.3 ms of a first parse's wall time (page faults
and the copy) for the ~10 sizes the reader's classes have.

Rebuild after a Python upgrade: ``python -m syndicate._ntnew`` (tests/test_reader_round13b_speed2.py
checks the file is current).
"""

from __future__ import annotations

import marshal
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import CodeType

# 192, not 128 (round 23, speedb): the cue table (ChromeCues) has 149 fields; beyond the
# largest size here its __new__ is compiled by namedtuple's eval, ~4 M instructions of a
# first parse (tests/test_reader_round13b_speed2.py fails when a reader class needs it).
MAX_FIELDS = 192

_CACHE = os.path.join(os.path.dirname(__file__), f"ntnew-{sys.implementation.cache_tag}.marshal")
_places: bytes | None = None
_FORMAT = "places"  # round 24: the file's places of each size's code (the code read alone)


def _magic() -> bytes:
    # The bytecode's version (a .pyc's first bytes), from the frozen import machinery: cheap.
    import _frozen_importlib_external

    return bytes(_frozen_importlib_external.MAGIC_NUMBER)


def source(fields: int) -> str:
    """The line namedtuple evaluates for a class of ``fields`` fields named ``a0, a1, …``."""
    arg_list = ", ".join(f"a{i}" for i in range(fields)) + ("," if fields == 1 else "")
    return f"lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))"


def template(fields: int) -> CodeType | None:
    """The code of :func:`source`'s lambda for ``fields`` fields; None when not at hand."""
    global _places
    if _places is None:
        try:
            with open(_CACHE, "rb") as handle:
                size = int.from_bytes(handle.read(4), "little")
                magic, form, places = marshal.loads(handle.read(size))
            ok = magic == _magic() and form == _FORMAT and type(places) is bytes
            _places = places if ok else b""
        except (OSError, ValueError, EOFError, TypeError):
            _places = b""  # no file, or one of another interpreter or format: eval, as before
    if not 0 < fields <= len(_places) // 4 - 1:
        return None
    start = int.from_bytes(_places[4 * fields - 4 : 4 * fields], "little")
    end = int.from_bytes(_places[4 * fields : 4 * fields + 4], "little")
    try:
        fd = os.open(_CACHE, _OPEN_FLAGS)
        try:
            blob = _read(fd, start, end)
        finally:
            os.close(fd)
        code = marshal.loads(blob)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return code if type(code) is type(source.__code__) else None


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def _read(fd: int, start: int, end: int) -> bytes:
    """The bytes ``start:end`` of the open file ``fd`` (``os.pread``, or a seek and a read
    where the platform has no ``pread``)."""
    if hasattr(os, "pread"):
        return os.pread(fd, end - start, start)
    os.lseek(fd, start, os.SEEK_SET)
    return os.read(fd, end - start)


def build() -> bytes:
    """The file's bytes for the running interpreter."""
    codes = {}
    for fields in range(1, MAX_FIELDS + 1):
        outer = compile(source(fields), "<string>", "eval", dont_inherit=True)
        (code,) = (c for c in outer.co_consts if hasattr(c, "co_code"))
        codes[fields] = marshal.dumps(code)
    # the places: where the code of each size starts, as 4-byte little-endian numbers (one
    # more: where the last ends); their own length does not depend on their values
    head = len(marshal.dumps((_magic(), _FORMAT, bytes(4 * (len(codes) + 1)))))
    at, places = 4 + head, bytearray()
    for fields in range(1, len(codes) + 1):
        places += at.to_bytes(4, "little")
        at += len(codes[fields])
    places += at.to_bytes(4, "little")
    header = marshal.dumps((_magic(), _FORMAT, bytes(places)))
    if len(header) != head:
        raise ValueError("the places of the ready-made code moved the code")
    return len(header).to_bytes(4, "little") + header + b"".join(codes.values())


def main() -> int:
    """Write the file for the running interpreter."""
    data = build()
    with open(_CACHE, "wb") as handle:
        handle.write(data)
    print(f"wrote {_CACHE} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
