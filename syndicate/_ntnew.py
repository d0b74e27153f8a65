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
_codes: dict[int, bytes] | None = None


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
    global _codes
    if _codes is None:
        try:
            with open(_CACHE, "rb") as handle:
                magic, codes = marshal.loads(handle.read())
            _codes = codes if magic == _magic() else {}
        except (OSError, ValueError, EOFError, TypeError):
            _codes = {}
    blob = _codes.get(fields)
    return None if blob is None else marshal.loads(blob)


def build() -> bytes:
    """The file's bytes for the running interpreter."""
    codes = {}
    for fields in range(1, MAX_FIELDS + 1):
        outer = compile(source(fields), "<string>", "eval", dont_inherit=True)
        (code,) = (c for c in outer.co_consts if hasattr(c, "co_code"))
        codes[fields] = marshal.dumps(code)
    return marshal.dumps((_magic(), codes))


def main() -> int:
    """Write the file for the running interpreter."""
    data = build()
    with open(_CACHE, "wb") as handle:
        handle.write(data)
    print(f"wrote {_CACHE} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
