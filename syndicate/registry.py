"""Finding exporters: built-ins and plugins alike, through the ``syndicate.exporters`` entry points.

Names are listed without importing anything; an exporter's module is imported
the first time its format is used, and an import failure is reported as an
error naming the plugin that broke.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.metadata import EntryPoint, entry_points

from .errors import UnknownFormat

__all__ = ["GROUP", "ExporterEntry", "ExporterMap", "available", "get", "register"]

GROUP = "syndicate.exporters"


@dataclass(frozen=True)
class ExporterEntry:
    """A format name and where its exporter lives, known without importing it."""

    name: str
    value: str
    """``module:Class`` as declared in the entry point."""
    distribution: str
    """The installed package that declares it."""


_registered: dict[str, type] = {}


@lru_cache(maxsize=1)
def _entry_points() -> tuple[tuple[ExporterEntry, EntryPoint], ...]:
    found = []
    for ep in entry_points(group=GROUP):
        dist = ep.dist.name if ep.dist is not None else "?"
        found.append((ExporterEntry(ep.name, ep.value, dist), ep))
    return tuple(found)


def available() -> dict[str, ExporterEntry]:
    """Every exporter name, mapped to where it comes from. Imports nothing."""
    out: dict[str, ExporterEntry] = {}
    for entry, _ep in _entry_points():
        # The same package installed twice (editable + wheel) lists an entry twice.
        out.setdefault(entry.name, entry)
    for name, cls in _registered.items():
        out[name] = ExporterEntry(name, f"{cls.__module__}:{cls.__qualname__}", "(registered)")
    return dict(sorted(out.items()))


def register(cls: type, *, override: bool = False) -> None:
    """Register an exporter class at run time (tests, embedding applications).

    A name already taken is an error unless ``override`` is true.
    """
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not name:
        raise UnknownFormat(f"{cls.__qualname__} has no 'name' attribute")
    if not override and (name in _registered or name in available()):
        raise UnknownFormat(f"an exporter named {name!r} exists already (use override=True)")
    _registered[name] = cls
    get.cache_clear()


@cache
def get(name: str) -> object:
    """The exporter instance for ``name``, imported on first use and reused after."""
    from .exporters.base import Exporter

    if name in _registered:
        return _registered[name]()
    candidates = [(e, ep) for e, ep in _entry_points() if e.name == name]
    distinct = {e.value for e, _ in candidates}
    if not candidates:
        known = ", ".join(available()) or "none installed"
        raise UnknownFormat(f"no exporter named {name!r} (available: {known})")
    if len(distinct) > 1:
        owners = ", ".join(sorted({e.distribution for e, _ in candidates}))
        raise UnknownFormat(f"exporter name {name!r} is declared by several packages: {owners}")
    entry, ep = candidates[0]
    try:
        cls = ep.load()
    except Exception as exc:  # a broken plugin must not look like our bug
        raise UnknownFormat(
            f"exporter {name!r} from package {entry.distribution} failed to load: "
            f"{type(exc).__name__}: {exc}"
        ) from None
    if not (isinstance(cls, type) and issubclass(cls, Exporter)):
        raise UnknownFormat(
            f"exporter {name!r} from package {entry.distribution} is not a syndicate Exporter"
        )
    return cls()


class ExporterMap(Mapping[str, object]):
    """A read-only name -> exporter mapping that imports an exporter only when looked up."""

    def __getitem__(self, name: str) -> object:
        if name not in available():
            raise KeyError(name)
        return get(name)

    def __iter__(self) -> Iterator[str]:
        return iter(available())

    def __len__(self) -> int:
        return len(available())
