"""Import a module without importing the modules it imports but rarely uses.

:func:`import_sparing` imports ``name`` while ``sys.modules`` holds a :class:`StandIn` for
each of ``spared`` that is not loaded yet: the module binds the stand-in where it wrote
``import spared``, and the real module is imported the first time a name is read from the
stand-in (so every use still works, only later). ``sys.modules`` is restored right after,
so nothing else sees the stand-ins. A one-file export spends most of its time importing:
this keeps :mod:`inspect` (for :mod:`dataclasses`), :mod:`logging` and :mod:`uuid` (for
ebooklib) out of it; see docs/scale.md, "Round 17".
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType
    from typing import Any

__all__ = ["StandIn", "import_sparing"]


class StandIn:
    """A module not imported until a name is read from it (``own`` names excepted)."""

    def __init__(self, name: str, own: dict[str, Callable[..., Any]] | None = None) -> None:
        self._name = name
        self._own = own or {}

    def __getattr__(self, attribute: str) -> Any:
        own = self._own.get(attribute)
        if own is not None:
            return own
        if attribute.startswith("__"):
            # The import system asks for ``__spec__`` of any module it finds in sys.modules.
            raise AttributeError(attribute)
        import importlib

        if sys.modules.get(self._name) is self:  # read while the sparing import runs
            del sys.modules[self._name]
        return getattr(importlib.import_module(self._name), attribute)


def import_sparing(
    name: str, spared: tuple[str, ...], own: dict[str, dict[str, Callable[..., Any]]] | None = None
) -> ModuleType:
    """Import ``name`` with stand-ins for those of ``spared`` not imported yet.

    ``own`` gives, per spared module, names the stand-in answers itself without importing
    the module (a replacement that must behave as the module's function does for the
    importing module's use of it).
    """
    module = sys.modules.get(name)
    if module is not None:
        return module
    own = own or {}
    placed = {m: StandIn(m, own.get(m)) for m in spared if m not in sys.modules}
    sys.modules.update(placed)  # type: ignore[arg-type]
    try:
        __import__(name)  # not importlib.import_module: ``python -X importtime`` shows this
        return sys.modules[name]
    finally:
        for m, stand_in in placed.items():
            if sys.modules.get(m) is stand_in:
                del sys.modules[m]


def _getfullargspec(func: Any) -> Any:
    import inspect

    return inspect.getfullargspec(func)


def import_lxml_etree() -> ModuleType:
    """``lxml.etree`` without importing :mod:`inspect` (~34 M instructions with ``ast``).

    lxml takes ``inspect.getfullargspec`` at its import, for parser targets written in
    Python (a ``target=`` object's ``start`` method); the stand-in's own version imports
    :mod:`inspect` when lxml first calls it. Neither ebooklib nor python-docx, nor our
    exporters, give a parser such a target.
    """
    return import_sparing(
        "lxml.etree", ("inspect",), {"inspect": {"getfullargspec": _getfullargspec}}
    )
