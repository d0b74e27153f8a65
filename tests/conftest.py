"""Shared fixtures: the reference article (from ../shared), our examples, a kitchen-sink article."""

from __future__ import annotations

import json
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


def expected_seed_model() -> syndicate.Article:
    """The reference article built from its expected JSON (read at test time from ../shared).

    Independent of the parser, so exporter tests hold whatever the parser does; the
    seed's text is read from ../shared, never copied into the repository.
    """
    from syndicate.model import Contributor, Figure, Heading, Paragraph, Person

    if not SEED_EXPECTED.exists():
        pytest.skip("../shared/seeds is not beside the checkout")
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
