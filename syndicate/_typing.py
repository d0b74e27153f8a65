"""The few :mod:`typing` names the reader needs at run time, without importing :mod:`typing`.

A first parse (import the reader, read one article) used to spend ~13 % of its instructions
on two things of :mod:`typing`: importing the module itself (~16 M instructions, ~5 %: it
defines some sixty classes), and ``class X(typing.NamedTuple)``, which turns every field's
annotation into a ``ForwardRef`` (the annotations are strings under postponed evaluation) and
compiles each one with ``compile()``; the first ``compile()`` of a process also builds the
AST types (~22 M together, ~8 %). Nothing reads those ``ForwardRef``\\ s at run time.

``NamedTuple`` here builds the same class as :class:`typing.NamedTuple` does (a
:func:`collections.namedtuple` with the class body's defaults, methods and docstring, and
``__annotations__``), keeping the annotations as the strings they are. Type checkers see
:mod:`typing`'s own names (the ``TYPE_CHECKING`` branch), so ``class X(NamedTuple)`` is
checked as a typed named tuple. A reader module that only needs ``TYPE_CHECKING`` writes
``TYPE_CHECKING = False`` itself (type checkers treat the name as true).
"""

from __future__ import annotations

TYPE_CHECKING = False

__all__ = ["TYPE_CHECKING", "NamedTuple", "dataclass_transform"]

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
    from typing import dataclass_transform as dataclass_transform
else:
    import collections

    # As typing's: names a NamedTuple class body may not set, and names it sets itself.
    _PROHIBITED = frozenset(
        {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults"}
        | {"_make", "_replace", "_asdict", "_source"}
    )
    _SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})

    _LAMBDA = "lambda _cls, "
    _CALL = ": _tuple_new(_cls, ("

    def _eval(source: str, namespace: dict) -> object:
        """``eval`` for :func:`collections.namedtuple`: its ``__new__`` from ready-made code.

        namedtuple compiles ``lambda _cls, a, b: _tuple_new(_cls, (a, b))`` for each class
        (~0.2 M instructions for a small one, ~1.5 M for the 64 fields of the cue tables).
        That code differs between classes only in its number of fields and their names: the
        ready-made code of :mod:`syndicate._ntnew` with the names replaced is the same
        function. Any other source, or a size without ready-made code, goes to ``eval``.
        """
        head, sep, tail = source.partition(_CALL)
        if sep and head.startswith(_LAMBDA):
            arg_list = head[len(_LAMBDA) :]
            names = tuple(arg_list.rstrip(",").split(", "))
            if tail == arg_list + "))" and names != ("",):
                from ._ntnew import template

                code = template(len(names))
                if code is not None:
                    code = code.replace(co_varnames=("_cls", *names))
                    return type(_eval)(code, namespace)
        return eval(source, namespace)

    class _NamedTupleMeta(type):
        """typing's ``NamedTupleMeta`` (Python 3.11) without ``_type_check`` of annotations."""

        def __new__(cls, typename: str, bases: tuple, ns: dict) -> type:
            for base in bases:
                if base is not NamedTuple:
                    raise TypeError("can only inherit from a NamedTuple type")
            types = dict(ns.get("__annotations__", {}))
            default_names: list[str] = []
            for field_name in types:
                if field_name in ns:
                    default_names.append(field_name)
                elif default_names:
                    raise TypeError(
                        f"Non-default namedtuple field {field_name} cannot follow default "
                        f"field{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}"
                    )
            # namedtuple's ``eval`` of its ``__new__`` served ready-made code (see _eval).
            collections.eval = _eval  # type: ignore[attr-defined]
            try:
                nm_tpl = collections.namedtuple(
                    typename,
                    list(types),
                    defaults=[ns[name] for name in default_names],
                    module=ns["__module__"],
                )
            finally:
                # pop, not del: a class made at the same time in another thread may have
                # taken the hook away already (namedtuple then compiles, as it always did).
                vars(collections).pop("eval", None)
            nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
            # a set, not the tuple: a body's defaults are keys too, and the cue tables'
            # 64 fields made the scan of the tuple for each key a fifth of the class's cost
            fields = frozenset(nm_tpl._fields)
            for key in ns:
                if key in _PROHIBITED:
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
                if key not in _SPECIAL and key not in fields:
                    setattr(nm_tpl, key, ns[key])
            return nm_tpl

    NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})

    def dataclass_transform(
        *,
        eq_default: bool = True,
        order_default: bool = False,
        kw_only_default: bool = False,
        field_specifiers: tuple = (),
        **kwargs: object,
    ) -> object:
        """:func:`typing.dataclass_transform`: marks the decorated object for type checkers."""

        def decorator(cls_or_fn: object) -> object:
            cls_or_fn.__dataclass_transform__ = {  # type: ignore[attr-defined]
                "eq_default": eq_default,
                "order_default": order_default,
                "kw_only_default": kw_only_default,
                "field_specifiers": field_specifiers,
                "kwargs": kwargs,
            }
            return cls_or_fn

        return decorator
