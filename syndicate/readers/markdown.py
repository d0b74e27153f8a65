"""Reading Markdown with YAML front matter (the editable form of the model)."""

from __future__ import annotations

from ..markdown_form import load_markdown
from ..model import Article

__all__ = ["parse_markdown"]


def parse_markdown(
    text: str, *, label: str = "<markdown>", source_dir: str | None = None
) -> Article:
    """Parse the editable Markdown form back into an :class:`Article`."""
    return load_markdown(text, label=label, source_dir=source_dir)
