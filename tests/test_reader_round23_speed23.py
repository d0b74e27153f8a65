"""Round 23, speed23: first-parse savings that must not change what the reader reads."""

from __future__ import annotations

import importlib

import pytest

from syndicate.readers.scraped import captions, dates, names

# the module, not the function of the same name the language package exports
cues = importlib.import_module("syndicate.readers.language.cues")


def _scanned_spans() -> dict[str, tuple[int, int]]:
    """``_line_spans()`` as the reader found it by scanning the file, without the index."""
    saved = cues._compiled_index
    cues._compiled_index = lambda: {}
    cues._line_spans.cache_clear()
    try:
        return cues._line_spans()
    finally:
        cues._compiled_index = saved
        cues._line_spans.cache_clear()


def test_the_index_line_places_every_line_as_the_scan_does() -> None:
    spans = cues._line_spans()
    assert {"index", "en", "*", "stopwords", "frequent"} <= spans.keys()
    assert spans == _scanned_spans()


def test_the_index_line_places_every_merged_field_as_the_scan_does() -> None:
    data = cues._compiled_bytes()
    scanned = cues._merged_fields()
    for name in cues.Cues._fields:
        if name != "numeric_date_order":
            start, end = scanned[name]
            assert cues._merged_field_bytes(name) == data[start:end], name


def test_a_stale_index_is_not_trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    data = cues._compiled_bytes()
    # every place one byte off: the field checks fail, and the scan answers
    shifted = {
        name: " ".join(str(int(n) + 1) for n in place.split())
        for name, place in cues._indexed_fields().items()
    }
    monkeypatch.setattr(cues, "_indexed_fields", lambda: shifted)
    start, end = cues._merged_fields()["role_words"]
    assert cues._merged_field_bytes("role_words") == data[start:end]
    lines = {
        key: " ".join(str(int(n) + 1) for n in place.split())
        for key, place in cues._compiled_index()["lines"].items()
    }
    monkeypatch.setattr(cues, "_compiled_index", lambda: {"lines": lines})
    cues._line_spans.cache_clear()
    try:
        assert cues._line_spans() == _scanned_spans()
    finally:
        cues._line_spans.cache_clear()


def _old_compound_heads(roles: frozenset[str]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    heads = tuple(
        sorted((r for r in roles if len(r) >= names._COMPOUND_HEAD and r.isalpha()), key=len)
    )
    fitting, k = [], 0
    for n in range(len(heads[-1]) + 1 if heads else 1):
        while k < len(heads) and len(heads[k]) <= n:
            k += 1
        fitting.append(k)
    return heads, tuple(fitting)


def test_compound_heads_are_counted_as_the_loop_counted_them() -> None:
    every = cues.merged_words("role_words")
    for roles in (every, frozenset(), frozenset({"redakteur"}), frozenset({"x" * 300, "abcd"})):
        assert names._compound_heads.__wrapped__(roles) == _old_compound_heads(roles)


def _old_opens_as_caption(text: str) -> bool:
    if len(text) > captions._CAPTION_LINE_CHARS:
        return False
    if text[:1].casefold() not in captions._opener_initials():
        return False
    head = text[:40].casefold().replace("\u2013", "-").replace("\u2014", "-")
    for opener in captions._caption_openers():
        if head.startswith(opener):
            rest = head[len(opener) : len(opener) + 1]
            if rest and (rest == " " or not rest.isalnum() or not opener[-1:].isalnum()):
                return True
            if rest and captions.has_han_char(opener[-1:]) and captions._han_caption_close(text):
                return True
    return False


_LINES = (
    "FILE - A crane lifts a beam over the Marrow Creek footbridge, March 3, 2026.",
    "FILEMAKER users met in Ostrava on Tuesday.",
    "Imagen de archivo del pleno municipal de Villacorta.",
    "Архивное фото: паром у причала в Заречном.",
    "图为改造后的驿站外景。本报记者 林海摄",
    "图书馆周末开放时间延长，",
    "The council met on Tuesday.",
    "",
)


def test_caption_openers_read_as_the_whole_list_read_them() -> None:
    for text in _LINES:
        assert captions.opens_as_caption(text) == _old_opens_as_caption(text), text


def _old_label(text: str, lang: str | None) -> tuple[str, str] | None:
    folded = text.casefold()
    for prefix, kind in dates._labels(lang):
        if folded.startswith(prefix):
            rest = text[len(prefix) :]
            if rest[:1].isalpha() and not "\u3400" <= prefix[-1] <= "\u9fff":
                continue
            return kind, rest.lstrip(" :：\u2013\u2014-").strip()
    return None


def test_date_labels_read_as_the_whole_list_read_them() -> None:
    texts = (
        "Updated: 4 March 2026",
        "Updates from the ferry",
        "Publié le 3 mars 2026",
        "Veröffentlicht am 3. März 2026",
        "发布时间：2026-03-03",
        "The ferry sailed.",
    )
    for lang in (None, "en", "fr", "de", "zh", "mul"):
        for text in texts:
            assert dates._label(text, lang) == _old_label(text, lang), (text, lang)
