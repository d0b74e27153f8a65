"""``functools.cache`` and ``functools.lru_cache`` without importing :mod:`functools`.

Importing :mod:`functools` runs its Python module (and :mod:`types`, which it imports):
~3.2 M instructions, 1.5 % of a first parse, for two decorators whose work is done by the
C type ``_functools._lru_cache_wrapper``. The decorators here build that same wrapper
with the same arguments and copy the same attributes as :func:`functools.update_wrapper`
(``__wrapped__``, ``cache_parameters()``, ``cache_info()``, ``cache_clear()``), so a
cached function behaves as before. Any other name (``functools.partial``,
``functools.wraps``…) is taken from :mod:`functools` itself, imported then.

A reader module writes ``from ... import _functools as functools`` (like ``_re``) and
uses ``@functools.cache`` and ``@functools.lru_cache(maxsize=…)`` as before.
"""

from __future__ import annotations

from _functools import _lru_cache_wrapper

from ._typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

__all__ = ["cache", "lru_cache"]

# functools.WRAPPER_ASSIGNMENTS (WRAPPER_UPDATES is __dict__, updated below)
_ASSIGNED = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")


def _cache_info(hits: int, misses: int, maxsize: int | None, currsize: int) -> Any:
    """``functools._CacheInfo``, made when someone asks for it (the wrapper calls this)."""
    import functools

    return functools._CacheInfo(hits, misses, maxsize, currsize)  # type: ignore[attr-defined]


def _wrap(user_function: Callable, maxsize: int | None, typed: bool) -> Any:
    # functools.lru_cache's decorating_function: the C wrapper, then update_wrapper.
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _cache_info)
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    for attr in _ASSIGNED:
        try:
            value = getattr(user_function, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    wrapper.__dict__.update(getattr(user_function, "__dict__", {}))
    wrapper.__wrapped__ = user_function
    return wrapper


def lru_cache(maxsize: Any = 128, typed: bool = False) -> Any:
    """:func:`functools.lru_cache`, the same arguments and the same wrapper."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without arguments: the function itself came as maxsize
        return _wrap(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function: Callable) -> Any:
        return _wrap(user_function, maxsize, typed)

    return decorating_function


def cache(user_function: Callable, /) -> Any:
    """:func:`functools.cache`: ``lru_cache(maxsize=None)``."""
    return _wrap(user_function, None, False)


def __getattr__(name: str) -> object:
    # Anything else of functools, from functools (imported then: correct, only slower).
    # Not the import system's questions ("__path__" on ``from ._functools import cache``).
    if name.startswith("__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import functools

    return getattr(functools, name)
