"""What every exporter is: identity as class attributes, an options dataclass, one method.

An exporter renders a *collection* of articles (one article is a collection of
one) to a binary stream. It never opens output paths itself: the API layer owns
paths, temporary files and atomic renames, so a failed export can never leave a
partial file behind.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar

from ..errors import UsageError
from ..model import Article

if TYPE_CHECKING:
    from ..i18n import Interface

__all__ = ["ExportOptions", "ExportWarning", "Exporter"]


class ExportWarning(UserWarning):
    """Something was degraded but not lost (e.g. an image file was missing: caption kept)."""


@dataclass(frozen=True)
class ExportOptions:
    """Options every exporter understands. Format-specific options subclass this."""

    title: str | None = None
    """Title of a multi-article document (digest, anthology, feed); derived when None."""
    site_url: str | None = None
    """Base URL of the site the outputs are published on; feeds need it for absolute links."""
    source_date_epoch: int | None = None
    """Fixed build time (seconds since 1970) for byte-reproducible output.
    None reads the ``SOURCE_DATE_EPOCH`` environment variable; unset means "now"."""
    allow_image_dirs: tuple[str, ...] = ()
    """Extra folders figure images may be read from (the source's own folder always may)."""
    fetch_remote_images: bool = False
    """Download figure images given as http(s) URLs. Off by default: no network unless asked."""
    template_dir: str | None = None
    """A theme folder looked up before the built-in ``templates/``."""
    ui_language: str | None = None
    """Language (BCP 47) of the interface words and dates ("By", "Page 1 of 2");
    None uses each article's own language."""

    def ui(self, article: Article | None = None) -> Interface:
        """The interface words for ``article`` (or the document, when None)."""
        from ..i18n import interface

        return interface(self.ui_language or (article.language if article else None))

    def effective_epoch(self) -> int | None:
        """The reproducible build time, from the option or the environment, else None."""
        if self.source_date_epoch is not None:
            return self.source_date_epoch
        raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if not raw:
            return None
        try:
            return int(raw)
        except ValueError:
            raise UsageError(f"SOURCE_DATE_EPOCH must be a whole number, got {raw!r}") from None

    @classmethod
    def field_names(cls) -> frozenset[str]:
        """Names of every option this class accepts."""
        return frozenset(f.name for f in fields(cls))

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> ExportOptions:
        """Build from a mapping, keeping only the options this class knows.

        A CLI run with ``--format all`` passes every option to every exporter;
        each takes what concerns it.
        """
        known = cls.field_names()
        return cls(**{k: v for k, v in values.items() if k in known and v is not None})


class Exporter(ABC):
    """Base class of every exporter, built-in or plugin.

    Subclasses set the class attributes and implement :meth:`write`. One
    instance may render many documents in a row (batch workers reuse it), so
    expensive set-up (fonts, templates) belongs in lazily filled attributes.
    """

    name: ClassVar[str]
    """The ``--format`` value and entry-point name."""
    extension: ClassVar[str]
    """File extension without the dot, used for ``-o DIR/`` outputs."""
    media_type: ClassVar[str]
    """IANA media type of the output."""
    description: ClassVar[str] = ""
    """One line for ``syndicate formats``."""
    options_class: ClassVar[type[ExportOptions]] = ExportOptions
    """The dataclass of options this exporter accepts."""

    @abstractmethod
    def write(self, articles: Sequence[Article], stream: BinaryIO, options: ExportOptions) -> None:
        """Render ``articles`` as one document to ``stream``.

        Raise :class:`syndicate.errors.ExportFailed` (never a bare library
        error) when the document cannot be produced; emit
        :class:`ExportWarning` for anything degraded but not lost.
        """
