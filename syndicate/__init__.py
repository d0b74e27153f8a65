"""syndicate: recover the structure of scraped news articles and export them faithfully.

The public surface is small and cheap to import: no output library (reportlab,
python-docx, ebooklib, feedgen) is imported until a format is used, and the names
below are loaded from their modules on first use, so ``syndicate --help`` does not
pay for the article model.

    import syndicate
    article = syndicate.parse("story.txt")
    syndicate.export(article, "epub", "story.epub")
"""

from __future__ import annotations

from ._typing import TYPE_CHECKING

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Contributor",
    "ExportFailed",
    "Figure",
    "Heading",
    "ListBlock",
    "OutputNotWritable",
    "Paragraph",
    "Person",
    "Provenance",
    "Publisher",
    "Quote",
    "SourceNotUnderstood",
    "SourceUnreadable",
    "SyndicateError",
    "UnknownFormat",
    "UsageError",
    "VerificationFailed",
    "__version__",
    "apply_overrides",
    "export",
    "exporters",
    "get_exporter",
    "parse",
    "parse_text",
    "render",
]

_HOMES = {
    **dict.fromkeys(
        ("apply_overrides", "export", "exporters", "get_exporter", "parse", "parse_text", "render"),
        "api",
    ),
    **dict.fromkeys(
        (
            "ExportFailed",
            "OutputNotWritable",
            "SourceNotUnderstood",
            "SourceUnreadable",
            "SyndicateError",
            "UnknownFormat",
            "UsageError",
            "VerificationFailed",
        ),
        "errors",
    ),
    **dict.fromkeys(
        (
            "Article",
            "Contributor",
            "Figure",
            "Heading",
            "ListBlock",
            "Paragraph",
            "Person",
            "Provenance",
            "Publisher",
            "Quote",
        ),
        "model",
    ),
}
"""Where each public name lives (PEP 562: imported when first looked up)."""


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'syndicate' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # looked up once; later accesses are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


if TYPE_CHECKING:
    from .api import apply_overrides, export, exporters, get_exporter, parse, parse_text, render
    from .errors import (
        ExportFailed,
        OutputNotWritable,
        SourceNotUnderstood,
        SourceUnreadable,
        SyndicateError,
        UnknownFormat,
        UsageError,
        VerificationFailed,
    )
    from .model import (
        Article,
        Contributor,
        Figure,
        Heading,
        ListBlock,
        Paragraph,
        Person,
        Provenance,
        Publisher,
        Quote,
    )
