"""Shared fixtures: the reference article (from ../shared), our examples, a kitchen-sink article."""

from __future__ import annotations

from pathlib import Path

import pytest

import syndicate

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures"
EXAMPLES = ROOT / "examples" / "articles"
EXPECTED = TESTS / "expected"
SEED_DIR = ROOT.parent / "shared" / "seeds"
SEED = SEED_DIR / "000_c88e193830f29f3d.txt"
SEED_EXPECTED = SEED_DIR / "000_c88e193830f29f3d.expected.json"


def example_paths() -> list[Path]:
    """Our own example articles (scraped plain text), sorted by name."""
    return sorted(EXAMPLES.glob("*.txt"))


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not beside the checkout")
    return SEED


@pytest.fixture
def seed_article(seed_path: Path) -> syndicate.Article:
    return syndicate.parse(seed_path)


@pytest.fixture
def kitchen_sink() -> syndicate.Article:
    """Every block type, two authors, contributors, rights, tags, one local image."""
    return syndicate.parse(FIXTURES / "kitchen_sink.json")
