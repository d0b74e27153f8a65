"""syndicate: recover the structure of scraped news articles and export them faithfully.

The public surface is small and cheap to import: no output library (reportlab,
python-docx, ebooklib, feedgen) is imported until a format is used.

    import syndicate
    article = syndicate.parse("story.txt")
    syndicate.export(article, "epub", "story.epub")
"""

from __future__ import annotations

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
