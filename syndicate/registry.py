"""Finding exporters: built-ins and plugins alike, through the ``syndicate.exporters`` entry points.

Names are listed without importing anything; an exporter's module is imported
the first time its format is used, and an import failure is reported as an
error naming the plugin that broke.

**Why not just** :func:`importlib.metadata.entry_points`? Importing
``importlib.metadata`` pulls in ``email``, ``zipfile``, ``csv`` and more: about 17 ms,
more than a tenth of a one-file export's wall time, spent on every command line run.
For the ordinary layout (folders of ``*.dist-info`` / ``*.egg-info`` on ``sys.path`` and
no custom metadata finder) this module reads the entry-point files itself, following
the same rules as ``importlib.metadata``: ``sys.path`` order, the first distribution of
a (normalised) name wins, ``entry_points.txt`` read as INI sections of ``name = value``.
Anything else (a zip or ``.egg`` on ``sys.path``, a meta-path finder that supplies
distributions) falls back to ``importlib.metadata`` itself. The scan runs once per
process, and only when a format name is needed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from ._typing import NamedTuple
from .errors import UnknownFormat

__all__ = ["GROUP", "ExporterEntry", "ExporterMap", "available", "describe", "get", "register"]

GROUP = "syndicate.exporters"


class ExporterEntry(NamedTuple):
    """A format name and where its exporter lives, known without importing it.

    A named tuple rather than a frozen dataclass: the same immutable value with the same
    ``repr``, for a tenth of the import cost (generating a frozen dataclass's methods takes
    about a millisecond, paid by every command).
    """

    name: str
    value: str
    """``module:Class`` as declared in the entry point."""
    distribution: str
    """The installed package that declares it."""
    version: str = "?"
    """That package's version, from its metadata."""


_registered: dict[str, type] = {}


@cache
def _entry_points() -> tuple[ExporterEntry, ...]:
    """Every entry point of :data:`GROUP`, in discovery order (scanned once per process)."""
    found = _scan_path()
    return tuple(found if found is not None else _scan_importlib())


def _scan_importlib() -> list[ExporterEntry]:
    """The entry points as :mod:`importlib.metadata` lists them (the general, slower way)."""
    from importlib.metadata import entry_points

    found = []
    for ep in entry_points(group=GROUP):
        dist = ep.dist.name if ep.dist is not None else None
        version = ep.dist.version if ep.dist is not None else None
        found.append(ExporterEntry(ep.name, ep.value, dist or "?", version or "?"))
    return found


def _scan_path() -> list[ExporterEntry] | None:
    """The entry points read from the metadata folders on ``sys.path``.

    None when ``sys.path`` or ``sys.meta_path`` holds something only importlib.metadata
    knows how to search (zip archives, eggs, custom distribution finders).
    """
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if finder is not PathFinder and hasattr(finder, "find_distributions"):
            return None
    seen: set[str] = set()
    found: list[ExporterEntry] = []
    for entry in sys.path:
        if not isinstance(entry, str):
            return None
        folder = entry or "."
        try:
            children = os.listdir(folder)
        except OSError:
            if os.path.exists(folder):
                return None  # a zip archive (or an unreadable folder): importlib's business
            continue
        if os.path.basename(folder).lower().endswith(".egg"):
            return None
        # importlib.metadata groups a folder's distributions by normalised name, in the
        # order each name first appears, and keeps the first distribution of each name.
        groups: dict[str, list[str]] = {}
        for child in children:
            low = child.lower()
            if low.endswith((".dist-info", ".egg-info")):
                key = _normalize(low.rpartition(".")[0].partition("-")[0])
                groups.setdefault(key, []).append(child)
        for key, members in groups.items():
            if key in seen:
                continue
            seen.add(key)
            meta = os.path.join(folder, members[0])
            text = _read(os.path.join(meta, "entry_points.txt"))
            pairs = _group_pairs(text) if text and GROUP in text else []
            if pairs:
                dist, version = _distribution_name(meta)
                found.extend(ExporterEntry(name, value, dist, version) for name, value in pairs)
    return found


def _normalize(name: str) -> str:
    """PEP 503 normalisation with underscores, as importlib.metadata keys distributions."""
    out = []
    previous_separator = False
    for char in name:
        if char in "-_.":
            if not previous_separator:
                out.append("_")
            previous_separator = True
        else:
            out.append(char)
            previous_separator = False
    return "".join(out).lower()


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as stream:
            return stream.read()
    except (OSError, UnicodeDecodeError):
        return None


def _group_pairs(text: str) -> list[tuple[str, str]]:
    """``(name, value)`` of each entry in the ``[syndicate.exporters]`` section(s)."""
    pairs = []
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
            continue
        if section == GROUP and "=" in line:
            name, _, value = line.partition("=")
            pairs.append((name.strip(), value.strip()))
    return pairs


def _distribution_name(meta: str) -> tuple[str, str]:
    """The ``Name:`` and ``Version:`` headers of a distribution's METADATA (or PKG-INFO)."""
    text = _read(os.path.join(meta, "METADATA")) or _read(os.path.join(meta, "PKG-INFO")) or ""
    headers = {"name": "?", "version": "?"}
    for line in text.splitlines():
        if not line.strip():
            break  # the headers end at the first blank line
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in headers and headers[key] == "?":
            headers[key] = value.strip() or "?"
    return headers["name"], headers["version"]


def _load(value: str) -> object:
    """Import ``module:attr.attr`` (extras in brackets ignored), as EntryPoint.load does."""
    import re
    from importlib import import_module

    match = re.match(r"([\w.]+)\s*(?::\s*([\w.]+)\s*)?(?:\[.*\]\s*)?$", value)
    if match is None:
        raise ValueError(f"malformed entry point {value!r}")
    target: object = import_module(match[1])
    for attr in filter(None, (match[2] or "").split(".")):
        target = getattr(target, attr)
    return target


def available() -> dict[str, ExporterEntry]:
    """Every exporter name, mapped to where it comes from. Imports nothing."""
    out: dict[str, ExporterEntry] = {}
    for entry in _entry_points():
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
    candidates = [e for e in _entry_points() if e.name == name]
    distinct = {e.value for e in candidates}
    if not candidates:
        known = ", ".join(available()) or "none installed"
        raise UnknownFormat(f"no exporter named {name!r} (available: {known})")
    if len(distinct) > 1:
        owners = ", ".join(sorted({e.distribution for e in candidates}))
        raise UnknownFormat(f"exporter name {name!r} is declared by several packages: {owners}")
    entry = candidates[0]
    try:
        cls = _load(entry.value)
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


def describe(name: str) -> tuple[str, str, str]:
    """``(extension, media_type, description)`` of exporter ``name``, imported only if need be.

    Read from the exporter's source (:mod:`syndicate.exporter_facts`) when its class declares
    them as literals, as every built-in does; otherwise the exporter is loaded, so a broken
    plugin raises :class:`UnknownFormat` here as in :func:`get`.
    """
    from .exporter_facts import read_facts

    cls = _registered.get(name)
    if cls is None:
        entry = available().get(name)
        if entry is None:
            get(name)  # raises the usual "no exporter named…"
        elif len({e.value for e in _entry_points() if e.name == name}) == 1:
            facts = read_facts(entry.value)
            if facts is not None:
                return facts.extension, facts.media_type, facts.description
    exporter: Any = cls() if cls is not None else get(name)
    return exporter.extension, exporter.media_type, exporter.description


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
