"""Immutable value classes for the article model, without :mod:`dataclasses`.

The model used to be frozen, slotted dataclasses. Importing :mod:`dataclasses` pulls in
:mod:`inspect` (``ast``, ``dis``, ``tokenize``), and ``@dataclass`` compiles fresh source
for ``__init__``, ``__eq__``, ``__repr__``, ``__hash__`` and ``__setattr__`` of every class:
together about 7 ms of a first parse whose whole budget is 50 ms. :func:`record` gives the
same behaviour from methods written once here:

* construction by position or keyword, with defaults and default factories, then the
  class's ``__post_init__`` (where the model cleans its text);
* no assignment or deletion after construction;
* equality and hashing over the compared fields, a repr like a dataclass's (exporters
  hash ``repr(block)`` into stable identifiers, so it must not change);
* copying and pickling by construction, so ``__post_init__`` checks hold for copies too.

Type checkers read the decorated classes as dataclasses (:func:`typing.dataclass_transform`).
"""

from __future__ import annotations

from ._typing import TYPE_CHECKING, dataclass_transform

if TYPE_CHECKING:
    from typing import Any, ClassVar, TypeVar

    T = TypeVar("T")

__all__ = ["field", "fields", "record", "replace"]


class _Field:
    """A default given by :func:`field`: a factory, and whether equality looks at it."""

    __slots__ = ("compare", "default", "factory")

    def __init__(self, default: Any, factory: Any, compare: bool) -> None:
        self.default = default
        self.factory = factory
        self.compare = compare


_MISSING: Any = object()


def field(*, default: Any = _MISSING, default_factory: Any = None, compare: bool = True) -> Any:
    """A field's default (or factory making a fresh one) and whether it is compared."""
    return _Field(default, default_factory, compare)


class _Record:
    """The methods every record class shares; the per-class facts are class attributes."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}
    _factories: ClassVar[dict[str, Any]] = {}
    _compared: ClassVar[tuple[str, ...]] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        names = self._fields
        if len(args) > len(names):
            raise TypeError(
                f"{type(self).__name__}() takes {len(names)} positional arguments "
                f"but {len(args)} were given"
            )
        for name in kwargs:
            if name not in names:
                raise TypeError(
                    f"{type(self).__name__}() got an unexpected keyword argument {name!r}"
                )
        put = object.__setattr__
        for name, value in zip(names, args, strict=False):
            if name in kwargs:
                raise TypeError(f"{type(self).__name__}() got multiple values for {name!r}")
            put(self, name, value)
        for name in names[len(args) :]:
            if name in kwargs:
                put(self, name, kwargs[name])
            elif name in self._defaults:
                put(self, name, self._defaults[name])
            elif name in self._factories:
                put(self, name, self._factories[name]())
            else:
                raise TypeError(f"{type(self).__name__}() missing required argument {name!r}")
        self.__post_init__()

    def __post_init__(self) -> None:
        """Check or normalise the values; the classes override it."""

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._compared)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, n) for n in self._compared))

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return type(self), tuple(getattr(self, n) for n in self._fields)


@dataclass_transform(eq_default=True, frozen_default=True, field_specifiers=(field,))
def record(cls: type[T]) -> type[T]:
    """Make ``cls`` an immutable, slotted value class of its annotated fields.

    Fields are the class's own annotations other than ``ClassVar``s, in order; a value
    in the class body is the default. The class is rebuilt with ``__slots__`` (a slot and
    a class attribute of the same name cannot coexist), as ``dataclass(slots=True)`` does.
    """
    body = dict(cls.__dict__)
    annotations = body.get("__annotations__", {})
    names = tuple(
        name for name, kind in annotations.items() if not str(kind).startswith("ClassVar")
    )
    defaults: dict[str, Any] = {}
    factories: dict[str, Any] = {}
    compared = []
    for name in names:
        value = body.pop(name, _MISSING)
        compare = True
        if isinstance(value, _Field):
            compare = value.compare
            if value.factory is not None:
                factories[name] = value.factory
            elif value.default is not _MISSING:
                defaults[name] = value.default
        elif value is not _MISSING:
            defaults[name] = value
        if compare:
            compared.append(name)
    if not issubclass(cls, _Record):
        bases = (*cls.__bases__, _Record) if cls.__bases__ != (object,) else (_Record,)
    else:
        bases = cls.__bases__
    body.pop("__dict__", None)
    body.pop("__weakref__", None)
    body.update(
        __slots__=names,
        __match_args__=names,
        _fields=names,
        _defaults=defaults,
        _factories=factories,
        _compared=tuple(compared),
    )
    made = type(cls.__name__, bases, body)
    made.__qualname__ = cls.__qualname__
    return made  # type: ignore[return-value]


def fields(obj: Any) -> tuple[str, ...]:
    """The field names of a record class or instance, in order."""
    return obj._fields


def replace(obj: T, **changes: Any) -> T:
    """A copy of a record with some fields changed (checked again by ``__post_init__``)."""
    values = {name: getattr(obj, name) for name in fields(obj)}
    unknown = sorted(set(changes) - set(values))
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no field {unknown[0]!r}")
    values.update(changes)
    return type(obj)(**values)
