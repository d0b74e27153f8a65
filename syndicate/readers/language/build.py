"""Compile the TOML cue files into ``data/compiled.jsonl``, the form read at run time.

The TOML files are the source (comments, one file per language, easy to edit);
parsing all twelve with tomllib costs ~25 ms on a busy machine, and a reader
asks for every language on every page (chrome can be in any language). So they
are compiled into one JSON Lines file: one line per language, a line ``"*"``
with every language merged, a line ``"stopwords"`` with the words a language adds
to its stopwords-iso list, and a line ``"frequent"`` with the language-ID word
lists. Run after editing a data file::

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
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)


def main() -> int:
    """Write ``data/compiled.jsonl``; print what was written."""
    text = build()
    COMPILED.write_text(text, encoding="utf-8")
    print(f"wrote {COMPILED} ({len(text.encode())} bytes, {len(LANGUAGES)} languages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
