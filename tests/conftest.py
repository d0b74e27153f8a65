"""Shared fixtures: the reference article (from ../shared), our examples, a kitchen-sink article."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import settings

import syndicate

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
EXAMPLES = ROOT / "examples" / "articles"
EXPECTED = TESTS / "expected"
SEED_DIR = ROOT.parent / "shared" / "seeds"
SEED = SEED_DIR / "000_c88e193830f29f3d.txt"
SEED_EXPECTED = SEED_DIR / "000_c88e193830f29f3d.expected.json"


IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
"""Under CI, a missing ../shared is a failure, not a skip: the reference tests must run."""
SHARED_MISSING = "../shared/seeds (the reference article) is not beside the checkout"

# Hypothesis's default 200 ms deadline turns a slow, shared machine into flaky failures.
# Locally a generous deadline still flags a pathological slowdown; in CI there is none,
# and pytest-timeout (pyproject.toml) fails a test that hangs instead.
settings.register_profile("dev", deadline=timedelta(seconds=5))
settings.register_profile("ci", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if IN_CI else "dev"))


def skip_without_shared() -> None:
    """Skip (one reason for every reference test) when ../shared is missing; fail under CI."""
    if SEED.exists() and SEED_EXPECTED.exists():
        return
    if IN_CI:
        pytest.fail(f"{SHARED_MISSING}; CI must provide it (reference tests cannot be skipped)")
    pytest.skip(SHARED_MISSING)


def expected_seed_model() -> syndicate.Article:
    """The reference article built from its expected JSON (read at test time from ../shared).

    Independent of the parser, so exporter tests hold whatever the parser does; the
    seed's text is read from ../shared, never copied into the repository.
    """
    from syndicate.model import Contributor, Figure, Heading, Paragraph, Person

    skip_without_shared()
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    before: dict[int, list[Figure | Heading]] = {}
    for fig in expected["figures"]:
        before.setdefault(fig["before_paragraph"], []).append(
            Figure(caption=fig["caption"], credit=fig["credit"])
        )
    for head in expected["headings"]:
        before.setdefault(head["before_paragraph"], []).append(Heading(head["text"]))
    blocks: list[Figure | Heading | Paragraph] = []
    for index, text in enumerate(expected["paragraphs"]):
        blocks.extend(before.get(index, []))
        blocks.append(Paragraph(text))
    return syndicate.Article(
        title=expected["title"],
        subtitle=expected["subtitle"],
        authors=tuple(
            Person(a["name"], role=a.get("role"), bio=a.get("bio")) for a in expected["authors"]
        ),
        contributors=tuple(Contributor(name) for name in expected["contributors"]),
        credit_line=expected["credit_line"],
        published=next((d for d in expected["published_allowed"] if d), None),
        language=expected["language"],
        blocks=tuple(blocks),
    )


def example_paths() -> list[Path]:
    """Our own example articles (scraped plain text), sorted by name."""
    return sorted(EXAMPLES.glob("*.txt"))


@pytest.fixture
def seed_path() -> Path:
    skip_without_shared()
    return SEED


@pytest.fixture
def seed_article(seed_path: Path) -> syndicate.Article:
    return syndicate.parse(seed_path)


@pytest.fixture
def kitchen_sink() -> syndicate.Article:
    """Every block type, two authors, contributors, rights, tags, one local image."""
    return syndicate.parse(FIXTURES / "kitchen_sink.json")
