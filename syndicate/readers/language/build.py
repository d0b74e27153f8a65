"""Compile the TOML cue files into ``data/compiled.jsonl``, the form read at run time.

The TOML files are the source (comments, one file per language, easy to edit);
parsing all twelve with tomllib costs ~25 ms on a busy machine, and a reader
asks for every language on every page (chrome can be in any language). So they
are compiled into one JSON Lines file: one line per language, a line ``"*"``
with every language merged, a line ``"stopwords"`` with the words a language adds
to its stopwords-iso list, a line ``"frequent"`` with the language-ID word
lists and a line ``"frequent-table"`` with the table built from them (round 24); the
first line, ``"index"``, says where the other lines and the merged line's
fields lie (round 23). Run after editing a data file::

    python -m syndicate.readers.language.build

``tests/test_language.py`` fails when the compiled file is out of date.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

from .cues import DATA_DIR, LANGUAGES, NESTED_FIELDS, Cues, read_toml

__all__ = ["COMPILED", "build", "main"]

COMPILED = DATA_DIR / "compiled.jsonl"


def _merge(all_cues: list[Cues]) -> dict[str, object]:
    merged: dict[str, object] = {}
    for name in Cues._fields:
        if name == "numeric_date_order":
            merged[name] = ""
        elif name in NESTED_FIELDS:
            slots: list[list[str]] = [[] for _ in range(NESTED_FIELDS[name])]
            for one in all_cues:
                for slot, forms in zip(slots, getattr(one, name), strict=False):
                    slot.extend(word for word in forms if word not in slot)
            merged[name] = slots
        else:
            seen: dict[str, None] = {}
            for one in all_cues:
                seen.update(dict.fromkeys(getattr(one, name)))
            merged[name] = list(seen)
    return merged


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _index_line(lines: list[str]) -> str:
    """Round 23 (speed23): the first line, ``{"language": "index", …}``: where each later
    line lies (``"lines"``, in bytes from the start of the second line, its line break
    not included) and where each field's value lies in the merged line ``"*"``
    (``"fields"``, in the same bytes). The reader found both by scanning the file (the
    merged line is half a megabyte with eighteen languages: ~2 M instructions of a first
    parse); it now reads them here, and checks each place before it trusts it. A place is
    a string, "start end": the JSON decoder turns a number into an int at ~0.3 k
    instructions, and a first parse needs ~10 of the ~150 fields' places."""
    spans: dict[str, str] = {}
    fields: dict[str, str] = {}
    at = 0
    for text in lines:
        line = json.loads(text)
        size = len(text.encode())
        spans[line["language"]] = f"{at} {at + size}"
        if line["language"] == "*":
            cursor = len(f'{{"language": {_dumps("*")}'.encode())
            for name, value in line.items():
                if name == "language":
                    continue
                cursor += len(f", {_dumps(name)}: ".encode())
                width = len(_dumps(value).encode())
                fields[name] = f"{at + cursor} {at + cursor + width}"
                cursor += width
            if cursor + 1 != size:  # the line is not laid out as json.dumps lays it out
                raise ValueError("compiled.jsonl: the merged line's field index is off")
        at += size + 1
    return _dumps({"language": "index", "lines": spans, "fields": fields})


def build(data_dir: Path = DATA_DIR) -> str:
    """The text of ``compiled.jsonl`` for the TOML files in ``data_dir``."""
    lines = []
    every = []
    for code in LANGUAGES:
        one = read_toml(data_dir / f"{code}.toml")
        every.append(one)
        lines.append({"language": code, **one._asdict()})
    lines.append({"language": "*", **_merge(every)})
    extra = {}
    for code in LANGUAGES:
        with (data_dir / f"{code}.toml").open("rb") as handle:
            words = tomllib.load(handle).get("extra_stopwords", [])
        if words:
            extra[code] = sorted({word.casefold() for word in words})
    lines.append({"language": "stopwords", "extra": extra})
    with (data_dir / "frequent.toml").open("rb") as handle:
        frequent = tomllib.load(handle)
    lines.append({"language": "frequent", "words": frequent})
    lines.append({"language": "frequent-table", **_frequent_table(frequent)})
    texts = [_dumps(line) for line in lines]
    return "".join(text + "\n" for text in [_index_line(texts), *texts])


def _frequent_table(frequent: dict[str, list[str]]) -> dict[str, str]:
    """Round 24 (morelangs3): the language-ID table ``detect._frequent`` reads, built here
    rather than at run time: every word casefolded, with the languages whose lists hold it,
    as four space-separated strings (the words frequent in one language and their
    languages, the words several share and theirs joined by "+"). Building the table from
    the lists at run time cost ~0.45 M instructions more of a first parse (callgrind) than
    splitting and zipping these four strings."""
    table: dict[str, list[str]] = {}
    for lang, words in frequent.items():
        for word in words:
            folded = word.casefold()
            if not folded or " " in folded or "+" in folded:
                raise ValueError(f"frequent.toml: {lang} word {word!r} must be one word")
            langs = table.setdefault(folded, [])
            if lang not in langs:
                langs.append(lang)
    single = [(word, langs[0]) for word, langs in table.items() if len(langs) == 1]
    shared = [(word, "+".join(langs)) for word, langs in table.items() if len(langs) > 1]
    return {
        "single_words": " ".join(word for word, _ in single),
        "single_langs": " ".join(lang for _, lang in single),
        "shared_words": " ".join(word for word, _ in shared),
        "shared_langs": " ".join(langs for _, langs in shared),
    }


def main() -> int:
    """Write ``data/compiled.jsonl``; print what was written."""
    text = build()
    COMPILED.write_text(text, encoding="utf-8")
    print(f"wrote {COMPILED} ({len(text.encode())} bytes, {len(LANGUAGES)} languages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
