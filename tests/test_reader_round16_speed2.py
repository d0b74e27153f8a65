"""Round 16, speed2: first-parse savings that must not change what the reader reads."""

from __future__ import annotations

import importlib
import subprocess
import sys

from syndicate.readers.scraped.dates import parse_date
from syndicate.readers.scraped.noise import noise_rule

# the module, not the function of the same name the language package exports
cues = importlib.import_module("syndicate.readers.language.cues")


def _searched(key: str) -> str | None:
    """The line of compiled.jsonl for ``key`` as the reader found it before the index."""
    data = cues._compiled_bytes()
    at = data.find(f'{{"language": "{key}"'.encode())
    if at < 0:
        return None
    end = data.find(b"\n", at)
    return data[at : end if end >= 0 else len(data)].decode("utf-8")


def test_the_line_index_finds_every_line_the_search_found() -> None:
    spans = cues._line_spans()
    assert {"en", "*", "stopwords", "frequent"} <= spans.keys()
    for key in spans:
        assert cues._line_text(key) == _searched(key)


def test_a_key_without_a_line_is_still_none() -> None:
    assert cues._line_text("no-such-language") is None


def test_the_memoised_noise_rule_answers_as_the_rule_does() -> None:
    lines = ["Share this article", "Advertisement", "The council met on Tuesday.", "- Ends -"]
    for line in lines * 2:
        assert noise_rule(line) == noise_rule.__wrapped__(line)


def test_dates_read_the_same_with_the_date_modules_imported_late() -> None:
    # an invented German and French date: read by datetext, imported on first need
    assert parse_date("3. März 2026", "de") == "2026-03-03"
    assert parse_date("le 14 avril 2025", "fr") == "2025-04-14"


def test_a_plain_english_date_does_not_import_the_date_modules() -> None:
    code = (
        "import sys\n"
        "from syndicate.readers.plaintext import parse_plaintext\n"
        "text = 'Ferry timetable changes for the winter\\n\\nBy Orla Penhallow\\n\\n"
        "March 3, 2026\\n\\nThe island ferry will sail twice a day from November, the "
        "operator said on Monday, after a summer of delays on the northern route.\\n\\n"
        "Passengers with season tickets will be offered a refund for the missed crossings, "
        "and the harbour office will stay open later on Fridays.'\n"
        "article = parse_plaintext(text)\n"
        "print(article.published, 'syndicate.readers.language.datetext' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["2026-03-03", "False"]
