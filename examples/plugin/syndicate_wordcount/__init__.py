"""A minimal third-party exporter: one line per article with its word and figure counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from syndicate.exporters.base import Exporter, ExportOptions
from syndicate.model import Article, Paragraph


@dataclass(frozen=True)
class WordCountOptions(ExportOptions):
    """Options of the word-count report."""

    include_figures: bool = True
    """Also count figures."""


class WordCountExporter(Exporter):
    """Writes ``slug<TAB>words<TAB>figures`` per article."""

    name = "wordcount"
    extension = "tsv"
    media_type = "text/tab-separated-values"
    description = "word and figure counts per article (example plugin)"
    options_class = WordCountOptions

    def write(
        self, articles: Sequence[Article], stream: BinaryIO, options: ExportOptions
    ) -> None:
        for article in articles:
            words = sum(len(b.text.split()) for b in article.blocks if isinstance(b, Paragraph))
            figures = len(article.figures())
            stream.write(f"{article.slug}\t{words}\t{figures}\n".encode())
