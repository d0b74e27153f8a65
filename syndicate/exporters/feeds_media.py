"""The Media RSS extension feedgen uses for RSS and Atom entries.

feedgen's bundled media extension writes neither ``media:credit`` nor
``media:description``, and feedgen 1.0 drops the ``rel``/``type``/``length`` of
Atom entry links; :class:`MediaCreditExtension` (feed level: the namespace) and
:class:`MediaCreditEntryExtension` (entry level: ``media:content`` with caption,
credit and copyright, ``media:thumbnail``, Atom enclosure links) write them.
:mod:`syndicate.exporters.feeds` registers them and re-exports their names.

Like ``feeds``, this module imports feedgen and lxml, so it is imported only
when a feed format is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from lxml import etree

if TYPE_CHECKING:
    # Only annotations need them; a runtime import would be circular (feeds imports us).
    from .feeds import Enclosure, FeedImage

__all__ = ["MEDIA_NS", "MediaCreditEntryExtension", "MediaCreditExtension"]

MEDIA_NS = "http://search.yahoo.com/mrss/"
"""The Media RSS namespace (prefix ``media``)."""


class MediaCreditExtension(BaseExtension):  # type: ignore[misc]
    """feedgen feed extension: declares the Media RSS namespace on the feed root."""

    def extend_ns(self) -> dict[str, str]:
        """The ``media`` prefix for the Media RSS namespace."""
        return {"media": MEDIA_NS}


class MediaCreditEntryExtension(BaseEntryExtension):  # type: ignore[misc]
    """feedgen entry extension: ``media:content`` with description, credit and copyright.

    feedgen's bundled media extension writes neither ``media:credit`` nor
    ``media:description``; this one writes a figure's caption and credit with
    each image, and a ``media:thumbnail`` for the lead figure.
    """

    def __init__(self) -> None:
        self._images: list[tuple[FeedImage, bool]] = []
        self._enclosures: list[Enclosure] = []

    def enclosure(self, enclosure: Enclosure) -> None:
        """Add an Atom ``link rel="enclosure"``.

        feedgen 1.0 drops the ``rel``/``type``/``length`` of entry links in
        Atom (it reads them from the element it just created), so they are
        written here instead.
        """
        self._enclosures.append(enclosure)

    def image(self, image: FeedImage, thumbnail: bool = False) -> None:
        """Add one figure image; ``thumbnail`` also lists it as ``media:thumbnail``."""
        self._images.append((image, thumbnail))

    def extend_atom(self, entry: Any) -> Any:
        """Append the enclosure links and Media RSS elements to an Atom entry."""
        for enclosure in self._enclosures:
            # feedgen builds Atom elements without a namespace and declares the
            # default one on the root, so ours must be namespace-less too.
            link = etree.SubElement(entry, "link")
            link.set("rel", "enclosure")
            link.set("href", enclosure.url)
            link.set("type", enclosure.media_type)
            link.set("length", str(enclosure.length))
            if enclosure.title:
                link.set("title", enclosure.title)
        return self._media(entry)

    def extend_rss(self, item: Any) -> Any:
        """Append the Media RSS elements to an RSS item (its enclosure is feedgen's)."""
        return self._media(item)

    def _media(self, entry: Any) -> Any:
        for image, _thumb in self._images:
            attrs = {"url": image.url, "medium": "image"}
            if image.media_type:
                attrs["type"] = image.media_type
            if image.size:
                attrs["fileSize"] = str(image.size)
            if image.width and image.height:
                attrs["width"], attrs["height"] = str(image.width), str(image.height)
            content = _media_sub(entry, "content", None, attrs)
            if image.caption:
                _media_sub(content, "description", image.caption, {"type": "plain"})
            if image.credit:
                _media_sub(content, "credit", image.credit, {})
                # The photo belongs to whoever is credited; a "©" is not ours to add.
                _media_sub(content, "copyright", image.credit, {})
        for image, thumb in self._images:
            if thumb:
                attrs = {"url": image.url}
                if image.width and image.height:
                    attrs["width"], attrs["height"] = str(image.width), str(image.height)
                _media_sub(entry, "thumbnail", None, attrs)
        return entry


def _media_sub(parent: Any, name: str, text: str | None, attrs: dict[str, str]) -> Any:
    node = etree.SubElement(parent, f"{{{MEDIA_NS}}}{name}")
    for key, value in attrs.items():
        node.set(key, value)
    if text is not None:
        node.text = text
    return node
