"""Round 13 (speed): a first parse without re, enum, json or datetime's Python module."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from firstparse import first_parse_modules

from syndicate import _re
from syndicate.readers.language.cues import compiled_line, json_value
from syndicate.readers.scraped import patterncache
from syndicate.readers.scraped.dates import _names_day, caption_event_date
from syndicate.readers.scraped.lazyre import lazy_pattern

ROOT = Path(__file__).resolve().parent.parent
# An invented story with a dated lead photo (its caption's date is checked against the first
# paragraph), a credit after a picture label, a link in markdown and a clock time with dots.
_STORY = (
    "Lantern festival returns to the Orrin riverside after four years\n\n"
    "By Tamsin Pell\n\n"
    "Paper lanterns float past the old mill in Orrinford on Oct. 12, 2026. "
    "Photo: Joel Markey\n\n"
    "Thousands lined the Orrin on Oct. 12 to watch the first lantern festival since the "
    "footbridge was rebuilt, organisers said, with boats setting off at 7 p.m. sharp.\n\n"
    "The parish council paid for the barriers and the [new landing stage](https://example.org/"
    "stage), which opened in the spring after a long wait for the river licence.\n\n"
    "Next year's festival is planned for the same weekend, and the organisers hope to add a "
    "second launch point downstream near the weir.\n"
)
_HEAVY = {"re", "enum", "json", "datetime"}
_CLEAN_EXAMPLES = ("bbc_image_source", "magazine_two_authors", "russian_cyrillic")


def test_a_first_parse_imports_neither_re_nor_json(tmp_path: Path) -> None:
    # re with enum is ~25 M instructions (~12 % of a first parse), json ~6 M, datetime's
    # pure-Python module ~4 M. A reader module that needs re writes
    # `from ... import _re as re` (syndicate._re), not `import re`.
    source = tmp_path / "story.txt"
    source.write_text(_STORY, encoding="utf-8")
    # (A date with a US zone, "3:15 p.m. ET", brings zoneinfo, which imports datetime and
    # re itself; a byline in a legacy encoding brings the charset detector.)
    examples = [ROOT / "examples" / "articles" / f"{name}.txt" for name in _CLEAN_EXAMPLES]
    for path in (source, *examples):
        imported = first_parse_modules(path)
        assert not _HEAVY & imported, (path.name, _HEAVY & imported)


def test_the_shim_gives_what_re_gives() -> None:
    text = "Oslo, 12 May 2026 — Ferry: 7.30 a.m.; Bergen/Stavanger | 3 boats"
    for pattern in (r"\s*[,;|]\s*", r"(\d+)\.(\d+)", r"[/|]", r"(?P<w>[A-Z]\w+)"):
        assert _re.split(pattern, text) == re.split(pattern, text)
        assert _re.findall(pattern, text) == re.findall(pattern, text)
        assert _re.sub(pattern, "#", text) == re.sub(pattern, "#", text)
        assert _re.subn(pattern, "#", text, 1) == re.subn(pattern, "#", text, count=1)
        assert [m.span() for m in _re.finditer(pattern, text)] == [
            m.span() for m in re.finditer(pattern, text)
        ]
        for function in ("search", "match", "fullmatch"):
            a, b = getattr(_re, function)(pattern, text), getattr(re, function)(pattern, text)
            assert (a and a.span()) == (b and b.span())
    assert _re.search("ferry", text, _re.IGNORECASE).span() == (20, 25)
    assert _re.IGNORECASE == re.IGNORECASE and _re.MULTILINE == re.MULTILINE
    # Names the shim does not define are re's own.
    assert _re.Pattern is re.Pattern and _re.error is re.error
    compiled = re.compile("x")
    assert _re.compile(compiled) is compiled


def test_a_literal_pattern_of_a_reader_call_is_served_from_the_cache() -> None:
    # bylines.py: re.split(r"\s*[,;]\s*", text); served without re's compiler.
    assert patterncache.cached_pattern(r"\s*[,;]\s*") is not None
    assert _re.compile(r"\s*[,;]\s*") is _re.compile(r"\s*[,;]\s*")
    # And a name bound to a string at a module's top (datetext.py: re.search(_CJK, folded)).
    from syndicate.readers.language import datetext

    assert patterncache.cached_pattern(datetext._CJK) is not None
    assert patterncache.cached_pattern(r"no such (pattern)+ in any module") is None


def test_literal_patterns_reads_calls_names_and_flags(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "one.py").write_text(
        "from ... import _re as re\n"
        '_DASH = r"\\s[-–]\\s"\n'
        '_TWICE = "a"\n'
        '_TWICE = "b"\n'
        "def f(text, words):\n"
        '    re.split(r"[,;]", text)\n'
        "    re.split(_DASH, text, 1, re.IGNORECASE | re.MULTILINE)\n"
        '    re.search("harbour", text, flags=re.I)\n'
        "    re.search(_TWICE, text)\n"
        '    re.compile("|".join(words))\n'
    )
    found = patterncache.literal_patterns([str(package / "__init__.py")])
    assert (r"[,;]", 0) in found
    assert (r"\s[-–]\s", re.IGNORECASE | re.MULTILINE) in found
    assert ("harbour", re.IGNORECASE) in found
    assert not [p for p, _ in found if p in ("a", "b")]  # bound twice: not a constant


def test_templates_expand_as_re_expands_them() -> None:
    text = "Ferry at 7.30 a.m., back at 9.45 p.m. [Timetable](https://example.org/t)"
    cases = [
        (r"(\d+)\.(\d+)", r"\1:\2"),
        (r"\b([ap])\.m\.", r"\1m"),
        (r"\[([^\]]*)\]\([^)]*\)", r"\1"),
        (r"(x)?(\d)", r"<\1|\2>"),  # a group that did not take part gives ""
        (r"(?P<h>\d+)\.(\d+)", r"\g<h>h\2"),  # left to re's own expansion
        (r"(\d)", r"\n\1"),
    ]
    for pattern, template in cases:
        expected = re.sub(pattern, template, text)
        assert _re.sub(pattern, template, text) == expected, template
        lazy = lazy_pattern(pattern)
        assert lazy.sub(template, text) == expected, template
        assert lazy.subn(template, text, 1) == re.subn(pattern, template, text, count=1)
        assert re.compile(pattern).sub(_re.expand(template), text) == expected


def test_escape_escapes_as_re_does() -> None:
    sample = "a.b*c?(d)[e]{f}|g^h$i\\j+k-l&m~n#o p\tq\nr" + "".join(map(chr, range(128)))
    assert _re.escape(sample) == re.escape(sample)
    assert _re.escape(b"a.b") == re.escape(b"a.b")


def test_json_value_reads_as_json_does() -> None:
    import json

    line = compiled_line("de")
    assert isinstance(line, dict) and line["language"] == "de"
    text = '  {"a": [1, 2.5, "x\\u00e9", null, true, NaN], "b": {}} tail'
    value, end = json_value(text, 2)
    expected, expected_end = json.JSONDecoder().raw_decode(text, 2)
    assert end == expected_end and repr(value) == repr(expected)
    with pytest.raises(json.JSONDecodeError):
        json_value("  nope", 2)


def _names_day_by_re(text: str, month: str, day: str) -> bool:
    # The pattern caption_event_date made for each date before round 13.
    short = month[:3]
    pattern = rf"\b(?:{month}|{short}\.?)\s+{day}(?!\d)|(?<!\d){day}\s+(?:{month}|{short}\b\.?)"
    return re.search(pattern, text) is not None


def test_names_day_answers_as_the_pattern_made_per_date() -> None:
    rng = random.Random(13)
    pieces = ["May", "Mayor", "Sep", "Sept", "September", "Jun", "June", "Mar", "March"]
    pieces += ["5", "28", "128", "2028", "٢٨", " ", "  ", ".", ",", "-", "_", "(", "x", "\u00a0"]
    cases = [
        ("on May 28.", "May", "28"),
        ("on Sep. 5 and", "September", "5"),
        ("on Sept 5", "September", "5"),
        ("5 Septembre", "September", "5"),
        ("5 Sep1", "September", "5"),
        ("June. 28", "June", "28"),
        ("the 28 Mayfair", "May", "28"),
        ("x28 May", "May", "28"),
        ("May 281", "May", "28"),
    ]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        month = rng.choice(["May", "September", "June", "March"])
        cases.append((text, month, rng.choice(["5", "28"])))
    for text, month, day in cases:
        assert _names_day(text, month, day) == _names_day_by_re(text, month, day), (text, month)


def test_caption_event_date_still_reads_the_lead_photo() -> None:
    caption = "Paper lanterns float past the old mill in Orrinford on Oct. 12, 2026."
    assert caption_event_date(caption, "Thousands lined the Orrin on Oct. 12 to watch") == (
        "2026-10-12"
    )
    assert caption_event_date(caption, "Thousands lined the Orrin on 12 October") == "2026-10-12"
    assert caption_event_date(caption, "Thousands lined the Orrin on Oct. 13") is None
