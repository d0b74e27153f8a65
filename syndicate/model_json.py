"""Decoding and validating the JSON form of an article (schema ``syndicate.article/1``).

:meth:`syndicate.model.Article.from_dict` delegates here. The decoder checks
every key and value type while it builds the model, so a JSON source that does
not fit the schema fails with one :class:`~syndicate.errors.SourceNotUnderstood`
naming the offending path (``blocks[3].level: ...``) instead of a ``TypeError``
deep inside a constructor. Encoding stays in :mod:`syndicate.model`
(:meth:`~syndicate.model.Article.to_dict`), next to the fields it lists.
"""

from __future__ import annotations

from typing import Any

from .errors import SourceNotUnderstood
from .model import (
    SCHEMA_ID,
    Article,
    Block,
    Contributor,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Person,
    Provenance,
    Publisher,
    Quote,
    parse_iso_date,
)
from .record import fields

__all__ = ["decode_article"]

_BLOCK_TYPES: dict[str, type] = {
    cls.type: cls for cls in (Paragraph, Heading, Figure, Quote, ListBlock)
}


def decode_article(data: Any, source_dir: str | None = None) -> Article:
    """The article a decoded JSON value describes; :class:`SourceNotUnderstood` if it does
    not fit the schema."""
    return _ArticleDecoder().article(data, source_dir)


class _ArticleDecoder:
    """Validates a JSON value against schema ``syndicate.article/1`` while building."""

    def article(self, data: Any, source_dir: str | None) -> Article:
        obj = self._object(data, "article")
        schema = obj.get("schema", SCHEMA_ID)
        if schema != SCHEMA_ID:
            self._fail("schema", f"unsupported schema {schema!r} (expected {SCHEMA_ID!r})")
        known = set(fields(Article)) | {"schema"}
        known.discard("source_dir")
        unknown = sorted(set(obj) - known)
        if unknown:
            self._fail(unknown[0], "unknown key")
        if "title" not in obj:
            self._fail("title", "missing (every article needs a title)")
        # "" (or blanks) is an untitled article: the source printed no headline.
        title = self._str(obj["title"], "title")
        if not title.strip():
            title = ""
        publisher = obj.get("publisher")
        return Article(
            title=title,
            subtitle=self._opt_str(obj.get("subtitle"), "subtitle"),
            authors=tuple(
                self._person(p, f"authors[{i}]")
                for i, p in enumerate(self._list(obj.get("authors", []), "authors"))
            ),
            contributors=tuple(
                self._contributor(c, f"contributors[{i}]")
                for i, c in enumerate(self._list(obj.get("contributors", []), "contributors"))
            ),
            credit_line=self._opt_str(obj.get("credit_line"), "credit_line"),
            published=self._date(obj.get("published"), "published"),
            updated=self._date(obj.get("updated"), "updated"),
            language=self._str(obj.get("language", "en"), "language") or "en",
            publisher=None if publisher is None else self._publisher(publisher),
            url=self._opt_str(obj.get("url"), "url"),
            tags=tuple(
                self._str(t, f"tags[{i}]")
                for i, t in enumerate(self._list(obj.get("tags", []), "tags"))
            ),
            rights=self._opt_str(obj.get("rights"), "rights"),
            blocks=tuple(
                self._block(b, f"blocks[{i}]")
                for i, b in enumerate(self._list(obj.get("blocks", []), "blocks"))
            ),
            provenance=self._provenance(obj.get("provenance", {})),
            source_dir=source_dir,
        )

    @staticmethod
    def _fail(where: str, message: str) -> None:
        raise SourceNotUnderstood(f"{where}: {message}")

    def _object(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self._fail(where, f"expected an object, got {type(value).__name__}")
        return value

    def _list(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            self._fail(where, f"expected a list, got {type(value).__name__}")
        return value

    def _str(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            self._fail(where, f"expected a string, got {type(value).__name__}")
        return value

    def _opt_str(self, value: Any, where: str) -> str | None:
        return None if value is None else self._str(value, where)

    def _date(self, value: Any, where: str) -> str | None:
        text = self._opt_str(value, where)
        if text is not None:
            try:
                parse_iso_date(text)
            except ValueError:
                self._fail(where, f"{text!r} is not an ISO 8601 date")
        return text

    def _keys(self, obj: dict[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(set(obj) - allowed)
        if unknown:
            self._fail(f"{where}.{unknown[0]}", "unknown key")

    def _person(self, value: Any, where: str) -> Person:
        obj = self._object(value, where)
        self._keys(obj, {"name", "role", "bio", "url"}, where)
        return Person(
            name=self._str(obj.get("name"), f"{where}.name"),
            role=self._opt_str(obj.get("role"), f"{where}.role"),
            bio=self._opt_str(obj.get("bio"), f"{where}.bio"),
            url=self._opt_str(obj.get("url"), f"{where}.url"),
        )

    def _contributor(self, value: Any, where: str) -> Contributor:
        obj = self._object(value, where)
        self._keys(obj, {"name", "role"}, where)
        return Contributor(
            name=self._str(obj.get("name"), f"{where}.name"),
            role=self._opt_str(obj.get("role"), f"{where}.role"),
        )

    def _publisher(self, value: Any) -> Publisher:
        obj = self._object(value, "publisher")
        self._keys(obj, {"name", "url"}, "publisher")
        return Publisher(
            name=self._str(obj.get("name"), "publisher.name"),
            url=self._opt_str(obj.get("url"), "publisher.url"),
        )

    def _block(self, value: Any, where: str) -> Block:
        obj = self._object(value, where)
        kind = obj.get("type")
        cls = _BLOCK_TYPES.get(kind) if isinstance(kind, str) else None
        if cls is None:
            self._fail(f"{where}.type", f"unknown block type {kind!r}")
        names = set(fields(cls))
        self._keys(obj, names | {"type"}, where)
        kwargs: dict[str, Any] = {}
        for name in names:
            if name not in obj:
                continue
            raw = obj[name]
            if name == "items":
                kwargs[name] = tuple(
                    self._str(item, f"{where}.items[{i}]")
                    for i, item in enumerate(self._list(raw, f"{where}.items"))
                )
            elif name == "level":
                if not isinstance(raw, int) or isinstance(raw, bool) or not 1 <= raw <= 6:
                    self._fail(f"{where}.level", "expected a whole number from 1 to 6")
                kwargs[name] = raw
            elif name == "ordered":
                if not isinstance(raw, bool):
                    self._fail(f"{where}.ordered", "expected true or false")
                kwargs[name] = raw
            else:
                kwargs[name] = self._opt_str(raw, f"{where}.{name}")
        for required in ("text", "items"):
            if required in names and kwargs.get(required) is None:
                self._fail(f"{where}.{required}", "missing")
        return cls(**kwargs)

    def _provenance(self, value: Any) -> dict[str, Provenance]:
        obj = self._object(value, "provenance")
        out: dict[str, Provenance] = {}
        for key, entry in obj.items():
            item = self._object(entry, f"provenance.{key}")
            line = item.get("line")
            if line is not None and (not isinstance(line, int) or isinstance(line, bool)):
                self._fail(f"provenance.{key}.line", "expected a whole number or null")
            out[key] = Provenance(line=line, rule=self._str(item.get("rule", ""), key))
        return out
