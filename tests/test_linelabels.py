"""Per-line labels (``syndicate inspect --lines``) on a small hand-written page.

The text is original (invented town, people and events); the expected labels are
written by hand from ../shared/reader/LABELS.md, line by line.
"""

from __future__ import annotations

import subprocess
import sys

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.linelabels import LABELS, line_labels

_PAGE = """Skip to content
Harbourside Courier

Ferry crews rescue kayaker stranded on tidal island near Wrenmouth

A paddler waited four hours on a shrinking sandbar before a passing boat saw his flare.

By Tamsin Okoro

Published 14 May 2025

A kayaker was rescued from a tidal sandbar off Wrenmouth on Tuesday evening after a \
ferry crew spotted the red flare he had fired at dusk.

The man, who is in his fifties, had paddled out from Gull Point in the afternoon and \
was cut off when the tide turned faster than he expected.

The ferry Saltmarsh Queen lies at the Wrenmouth slipway after the rescue.
Photo: Harbourside Courier

What the coastguard advises

The coastguard said paddlers should check tide tables before setting out and carry a \
waterproof radio as well as flares.

"He did exactly the right thing with the flare," said the ferry's skipper, Alun Pryce. \
"We would never have seen him otherwise."

Additional reporting by Idris Mabey.

Share this article
Tags: Wrenmouth, coastguard, kayaking
Related stories
Lifeboat crew called out twice in one night
New tide warning signs for Gull Point

© 2025 Harbourside Courier. All rights reserved.
"""

# (line number, label), by hand.
_EXPECTED = [
    (1, "chrome"),
    (2, "chrome"),
    (4, "title"),
    (6, "dek"),
    (8, "byline"),
    (10, "date"),
    (12, "body"),
    (14, "body"),
    (16, "figure caption"),
    (17, "figure credit"),
    (19, "heading"),
    (21, "body"),
    (23, "body"),
    (25, "credit line"),
    (27, "share block"),
    (28, "tags"),
    (29, "related block"),
    (30, "related block"),
    (31, "related block"),
    (33, "rights"),
]


def test_every_line_gets_one_label_from_the_label_set() -> None:
    labels = line_labels(parse_plaintext(_PAGE), _PAGE)
    assert [(item.number, item.label) for item in labels] == _EXPECTED
    assert all(item.label in LABELS and item.rule for item in labels)
    assert labels[2].text.startswith("Ferry crews rescue kayaker")


def test_a_line_the_record_does_not_name_continues_the_label_above() -> None:
    page = _PAGE.replace("Tags: Wrenmouth, coastguard, kayaking", "Topics\nWrenmouth\nKayaking")
    labels = {item.number: item for item in line_labels(parse_plaintext(page), page)}
    assert [labels[n].label for n in (28, 29, 30)] == ["tags", "tags", "tags"]
    assert labels[30].rule == "continues line 29"


def test_inspect_lines_prints_number_label_and_rule(tmp_path) -> None:
    source = tmp_path / "page.txt"
    source.write_text(_PAGE, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "syndicate", "inspect", "--lines", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    rows = run.stdout.splitlines()
    assert len(rows) == len(_EXPECTED)
    assert rows[2].split()[:2] == ["4", "title"]
    assert "[byline.by-prefix]" in rows[4]


def test_inspect_lines_refuses_a_json_source(tmp_path) -> None:
    source = tmp_path / "page.json"
    source.write_text('{"title": "x"}', encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "syndicate", "inspect", "--lines", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2  # a usage error (docs/cli.md)
    assert run.stderr.count("\n") == 1 and "--lines" in run.stderr
