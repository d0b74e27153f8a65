"""Round 11, speed: what the first parse and a one-file export must not load or compile, and
the fast paths taken for speed give what the plain definitions give."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from syndicate import cli
from syndicate.model import _SLUG_PUNCTUATION, slugify
from syndicate.readers import _suffix

_STORY = (
    "Harbour wall vote delayed \u2014 \u201cnot this winter\u201d\n\n"
    "By Dara Quill\n\nPublished 12 March 2026, 14:05\n\n"
    "The council of Port Avel delayed on Tuesday a vote on the harbour wall that the "
    "fishermen\u2019s association has asked for since the storms of last winter.\n\n"
    "The mayor said the engineers\u2019 report would come first, and that the vote would "
    "follow in April, when the budget for the year is known.\n"
)


def _new_modules(code: str, cwd: Path) -> tuple[set[str], list[tuple[str, int]]]:
    """The modules ``code`` imports in a fresh interpreter (not those site imported before
    it), and the patterns ``re`` compiled anew (not from the pattern cache) while it ran."""
    script = (
        "import sys, json\n"
        "from re import _compiler\n"
        "before = set(sys.modules)\n"
        "compiled = []\n"
        "_compile = _compiler.compile\n"
        "def counting(pattern, flags=0):\n"
        "    compiled.append((str(pattern), int(flags)))\n"
        "    return _compile(pattern, flags)\n"
        "_compiler.compile = counting\n"
        f"{code}\n"
        "print(json.dumps([sorted(set(sys.modules) - before), compiled]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=cwd, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    modules, compiled = json.loads(proc.stdout.strip().splitlines()[-1])
    return set(modules), [tuple(item) for item in compiled]


def _parse_code(source: Path) -> str:
    return (
        "from syndicate.readers.decode import decode_source\n"
        "from syndicate.readers.plaintext import parse_plaintext\n"
        f"article = parse_plaintext(decode_source(open({str(source)!r}, 'rb').read(), 'x'))\n"
        "assert article.title\n"
    )


def test_the_first_parse_loads_no_pathlib_and_compiles_no_reader_pattern(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text(_STORY, encoding="utf-8")
    modules, compiled = _new_modules(_parse_code(source), tmp_path)
    # pathlib brings urllib.parse and ipaddress: ~5 ms of a ~50 ms first parse.
    assert not {"pathlib", "urllib.parse", "ipaddress"} & modules
    assert not {m for m in modules if m.startswith(("syndicate.batch", "syndicate.exporters"))}
    # Every lazy pattern the reader used (its rules', the language package's date and word
    # patterns) came from the ahead-of-time cache: none was compiled by re in this process.
    from syndicate.readers.scraped import patterncache

    # The registry is read in a fresh interpreter: tests in this process register patterns
    # of their own (test_reader_region makes one), which the cache rightly does not hold.
    probe = (
        "import json, syndicate.readers.plaintext\n"
        "from syndicate.readers.scraped import lazyre\n"
        "print(json.dumps([[p, int(f)] for p, f in lazyre.REGISTRY]))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=tmp_path).stdout
    registered = {(p, f) for p, f in json.loads(out)}
    assert registered, "the reader's modules register their lazy patterns at import"
    assert not [c for c in compiled if c in registered]
    assert set(registered) <= set(patterncache._entries())


def test_language_patterns_are_lazy_and_in_the_cache() -> None:
    import importlib

    from syndicate.readers.scraped import patterncache
    from syndicate.readers.scraped.lazyre import LazyPattern

    # By module: the language package's names ("stopwords", "cues") are its functions.
    datelibs, datetext, stopwords = (
        importlib.import_module(f"syndicate.readers.language.{name}")
        for name in ("datelibs", "datetext", "stopwords")
    )

    lazy = [datetext._TOKEN, datetext._ISO, datetext._MERIDIEM_DOTS, stopwords.WORDS]
    lazy += [datelibs._DOT_TIME, datelibs._MERIDIEM, datelibs._AT]
    assert all(isinstance(p, LazyPattern) for p in lazy)
    entries = patterncache._entries()
    assert all((p._source[0], int(p._source[1])) in entries for p in lazy)
    # A word pattern behaves as the plain one: apostrophes inside words, digits outside.
    assert stopwords.words("Fishermen’s 12 boats, l'été") == ["fishermen’s", "boats", "l'été"]


def test_data_paths_are_still_paths() -> None:
    import importlib

    from syndicate.readers.scraped import patterncache

    cues_module = importlib.import_module("syndicate.readers.language.cues")
    assert isinstance(cues_module.DATA_DIR, Path)
    assert (cues_module.DATA_DIR / "compiled.jsonl").is_file()
    assert isinstance(patterncache.CACHE_PATH, Path)
    assert patterncache.CACHE_PATH.name.startswith("patterns-")
    with pytest.raises(AttributeError):
        _ = cues_module.NO_SUCH_NAME


def test_a_one_file_export_leaves_the_batch_machinery_and_anyascii_alone(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text(_STORY, encoding="utf-8")
    code = (
        "from syndicate.cli import main\n"
        f"assert main(['export', {str(source)!r}, '--format', 'epub', '-o', 'out/', '-q']) == 0"
    )
    modules, _compiled = _new_modules(code, tmp_path)
    assert "ebooklib" in modules
    # The ledger (json, secrets, hashing), names, progress bar and process pools belong to
    # batches of several sources; a title of ASCII, quotes and dashes needs no anyascii.
    unused = {
        "syndicate.batch.ledger",
        "syndicate.batch.naming",
        "syndicate.batch.progress",
        "syndicate.batch.executors.local",
        "secrets",
        "anyascii",
    }
    assert not unused & modules
    names = [p.name for p in (tmp_path / "out").iterdir()]
    assert names == ["harbour-wall-vote-delayed-not-this-winter.epub"]


# -- the command line builds one command's options ----------------------------------------


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def test_the_command_list_is_the_parsers() -> None:
    assert set(_commands(cli.build_parser())) == cli._COMMANDS


def _outcome(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = vars(parser.parse_args(argv))
        except SystemExit as exc:
            result = ("exit", exc.code)
    return result, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "a.txt", "--format", "epub,docx", "-o", "out/", "--jobs", "2"],
        ["export", "a.txt", "-f", "pdf", "--page-size", "letter", "--author", "A", "-q"],
        ["export", "--bogus"],
        ["export", "--help"],
        ["inspect", "a.txt", "--json"],
        ["inspect", "a.txt", "--json", "--markdown"],
        ["formats", "-v"],
        ["verify", "a.epub", "--source", "a.txt"],
        ["feed", "add", "feed.xml", "a.txt", "--site-url", "https://x.example/"],
        ["feed", "--help"],
        ["publish", "a.txt", "--help"],
        ["serve", "site", "--port", "0"],
        ["--help"],
        ["nonsense"],
    ],
)
def test_a_parser_of_one_command_parses_as_the_whole_one(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    whole = _outcome(cli.build_parser(), argv)
    assert _outcome(cli.build_parser(cli._command_of(argv)), argv) == whole


# -- fast paths agree with their plain definitions ----------------------------------------


def _slug_by_anyascii(text: str, max_length: int = 80) -> str:
    """slugify's rule, with anyascii for every non-ASCII title."""
    from anyascii import anyascii

    ascii_text = text if text.isascii() else anyascii(unicodedata.normalize("NFC", text))
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text.lower()):
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug


def test_slug_punctuation_is_what_anyascii_makes_a_separator() -> None:
    from anyascii import anyascii

    for code in _SLUG_PUNCTUATION:
        written = anyascii(chr(code))
        assert written and not re.search(r"[A-Za-z0-9]", written), hex(code)


_TITLE_CHARS = st.sampled_from(
    [*"ab Zy09-.'!", *map(chr, _SLUG_PUNCTUATION), "é", "Ж", "e\u0301", "ß", "\u200d", "中"]
)


@given(st.lists(_TITLE_CHARS, max_size=40).map("".join), st.integers(1, 90))
def test_slugify_gives_the_anyascii_slug(title: str, max_length: int) -> None:
    assert slugify(title, max_length) == _slug_by_anyascii(title, max_length)


@given(st.lists(st.sampled_from(["a", "b.", ".", "/", "..", "x.txt", " "]), max_size=8))
def test_suffix_is_pathlibs(parts: list[str]) -> None:
    name = "".join(parts)
    assert _suffix(name) == Path(name).suffix


def test_a_new_paragraphs_style_is_the_xml_python_docx_writes() -> None:
    import docx

    from syndicate.exporters.docx import _set_new_paragraph_style

    def xml(fast: bool, numbered: bool) -> bytes:
        document = docx.Document()
        p = document.add_paragraph()._p
        if numbered:  # a w:pPr that already holds something: the general path
            p.get_or_add_pPr().get_or_add_numPr()
        if fast:
            _set_new_paragraph_style(p, "BodyText")
        else:
            p.style = "BodyText"
        from lxml import etree

        return etree.tostring(p)

    for numbered in (False, True):
        assert xml(True, numbered) == xml(False, numbered)
    assert b'<w:pPr><w:pStyle w:val="BodyText"/></w:pPr>' in xml(True, False)


@pytest.mark.parametrize("reference", ["built-in", "python-docx's default"])
def test_a_copied_documents_styles_are_those_ensure_styles_finds(
    reference: str, tmp_path: Path
) -> None:
    import docx

    from syndicate.exporters.docx_package import base_document
    from syndicate.exporters.docx_styles import ensure_styles

    path = None
    if reference != "built-in":
        path = str(tmp_path / "reference.docx")
        docx.Document().save(path)
    document, styles = base_document(path, None)
    count = len(document.styles.element)
    found = ensure_styles(document)
    assert len(document.styles.element) == count  # nothing was missing from the copy
    assert styles.keys() == found.keys()
    assert all(styles[name].element is found[name].element for name in styles)


@given(st.lists(st.sampled_from(["a", "é", "\r", "\n", "\r\n", "\ufeff", "中", " "]), max_size=30))
def test_data_files_read_as_text_mode_reads_them(parts: list[str]) -> None:
    import importlib
    import os
    import tempfile

    read_text = importlib.import_module("syndicate.readers.language.cues").read_text
    with tempfile.NamedTemporaryFile("wb", delete=False) as handle:
        handle.write("".join(parts).encode("utf-8"))
    try:
        with open(handle.name, encoding="utf-8") as text_mode:
            assert read_text(handle.name) == text_mode.read()
    finally:
        os.unlink(handle.name)
