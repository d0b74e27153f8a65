"""Figures on the page: image, caption and credit, each from its own element.

Shapes read (the rule recorded in provenance is in brackets):

- ``<figure>`` with ``<img>``, ``<amp-img>`` or ``<picture>`` and ``<figcaption>``
  [``figure.figure-element``];
- a ``div``/``span``/``p`` holding one image and a caption element (WordPress
  ``wp-caption``, ``image-caption``, ``media__caption``…) [``figure.caption-block``];
- a bare content image, with no caption [``figure.bare-image``].

The credit comes from its own element when there is one (``.credit``,
``.caption__credit``, ``[itemprop=copyrightHolder]``, ``<small>``, ``<cite>``…),
with its wrapper word ("Photo:", "Foto:", "©") dropped; a credit glued to the
caption text is split off by the text reader's own splitter
(:func:`syndicate.readers.scraped.captions.split_caption`).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from ...model import Figure
from ..scraped.captions import split_caption
from .dom import element_path, resolve_url, text_of

__all__ = ["PageFigure", "describe", "find_figures", "image_source", "split_base"]

_IMAGES = ("img", "amp-img", "picture")
_CAPTION_CLASS = re.compile(r"caption|photo-?text|image-?text|bildtext|legende|leyenda", re.I)
_CREDIT_CLASS = re.compile(
    r"credit|copyright|photographer|attribution|image-?source|byline|fotograf|autor", re.I
)
_CREDIT_PROPS = {"copyrightHolder", "creditText", "copyrightNotice", "author", "creator"}
_HIDDEN_CLASS = re.compile(r"visually-hidden|sr-only|screen-reader|visuallyhidden|a11y", re.I)
_NOT_CONTENT = re.compile(
    r"avatar|icon|logo|author|profile|sprite|emoji|badge|pixel|\bads?\b|\bad-", re.I
)
_CREDIT_LABEL = re.compile(
    r"^(?:image source\s*,|"
    r"(?:photo(?:graph)?s?|fotos?|picture|pictures|image|images|bild|credit|crédit|crédito|"
    r"fotografía|illustration|ilustración|фото|снимок)\s*(?::|(?:by|von|de|di|par|por|door|av)\s)|"
    # Bare "Photo Jane Roe" only for these words: "picture alliance" is an agency.
    r"(?:photo|foto|photograph)\s(?=\S)|"
    r"©|\(c\))\s*",
    re.I,
)
_LAZY = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src")
_PLACEHOLDER = re.compile(r"^data:|spacer|blank\.gif|placeholder|1x1|transparent\.", re.I)


@dataclass
class PageFigure:
    """A figure found on the page, with the element it came from."""

    element: Any
    figure: Figure
    rule: str
    texts: frozenset[str]
    """Texts that belong to this figure (caption, credit, both), to keep them out of the body."""


def _largest(srcset: str | None) -> str | None:
    best, best_size = None, -1.0
    for candidate in (srcset or "").split(","):
        parts = candidate.split()
        if not parts:
            continue
        size = 1.0
        if len(parts) > 1 and parts[1][:-1].replace(".", "", 1).isdigit():
            size = float(parts[1][:-1])
        if size > best_size:
            best, best_size = parts[0], size
    return best


def image_source(image: Any) -> str | None:
    """The real image of an ``img``/``amp-img``/``picture``: lazy and srcset forms included."""
    images = [image] if image.tag != "picture" else [*image.iter("img"), *image.iter("source")]
    for element in images:
        for attribute in _LAZY:
            if element.get(attribute):
                return element.get(attribute)
        for attribute in ("data-srcset", "srcset"):
            if element.get(attribute) and element.tag == "source":
                return _largest(element.get(attribute))
        src = element.get("src")
        if src and not _PLACEHOLDER.search(src):
            return src
        for attribute in ("data-srcset", "srcset"):
            if element.get(attribute):
                return _largest(element.get(attribute))
    return None


def _first_image(container: Any) -> Any | None:
    for element in container.iter(*_IMAGES, "noscript"):
        if element.tag == "noscript":
            continue
        picture = _picture_of(element)
        if picture is not None:
            return picture
        if any(a.tag == "noscript" for a in element.iterancestors()):
            continue
        return element
    # Lazy-loading pages sometimes keep the only real <img> inside <noscript>.
    return next(container.iter("img"), None)


def _picture_of(element: Any) -> Any | None:
    """The ``<picture>`` an ``<img>`` belongs to (the HTML parser may nest it in ``<source>``)."""
    if element.tag != "img":
        return None
    return next((a for a in element.iterancestors() if a.tag == "picture"), None)


def split_base(base: str | None) -> tuple[str | None, str | None]:
    """``base`` is the page URL, or ``"site:" + canonical URL`` for a saved page."""
    if base and base.startswith("site:"):
        return None, base[5:]
    return base, None


def _is_credit(element: Any) -> bool:
    if element.tag in ("small", "cite"):
        return True
    if (element.get("itemprop") or "") in _CREDIT_PROPS:
        return True
    return bool(_CREDIT_CLASS.search(element.get("class") or ""))


def _strip_label(text: str) -> str:
    for _ in range(2):  # "Photo credit: …" is two wrapper words
        text = _CREDIT_LABEL.sub("", text, count=1).strip()
    return text.strip("()").strip().rstrip(".").strip()


def _caption_and_credit(
    container: Any, caption_el: Any | None
) -> tuple[str | None, str | None, str]:
    credits = [e for e in container.iter() if e is not container and _is_credit(e)]
    credits = [e for e in credits if not any(a in credits for a in e.iterancestors())]
    credit = " ".join(t for e in credits if (t := _strip_label(_visible_text(e)))) or None
    caption = None
    if caption_el is not None:
        scratch = copy.deepcopy(caption_el)
        for element in list(scratch.iter()):
            if element is not scratch and (_is_credit(element) or _hidden(element)):
                element.drop_tree()
        caption = text_of(scratch) or None
    rule = "credit-element" if credit else "no-credit"
    if caption and not credit:
        parts = split_caption(caption)
        if parts is not None and parts.credit:
            caption, credit, rule = parts.caption, _strip_label(parts.credit), parts.rule
    return caption, credit, rule


def _hidden(element: Any) -> bool:
    return (
        bool(_HIDDEN_CLASS.search(element.get("class") or "")) or element.get("hidden") is not None
    )


def _visible_text(element: Any) -> str:
    scratch = copy.deepcopy(element)
    scratch.tail = None
    for child in list(scratch.iter()):
        if child is not scratch and _hidden(child):
            child.drop_tree()
    return text_of(scratch)


def _figure(
    container: Any, caption_el: Any | None, base: str | None, rule: str
) -> PageFigure | None:
    image = _first_image(container)
    src = resolve_url(image_source(image), *split_base(base)) if image is not None else None
    caption, credit, how = _caption_and_credit(container, caption_el)
    if src is None and caption is None:
        return None
    alt = None
    if image is not None:
        img = image if image.tag != "picture" else next(image.iter("img"), image)
        alt = " ".join((img.get("alt") or "").split()) or None
    texts = {t for t in (caption, credit) if t}
    if caption_el is not None:
        texts.add(text_of(caption_el))
    return PageFigure(
        container, Figure(caption, credit, src, alt), f"{rule}+{how}", frozenset(texts)
    )


def _small(image: Any) -> bool:
    for attribute in ("width", "height"):
        value = (image.get(attribute) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < 100:
            return True
    return False


def _caption_block(element: Any) -> Any | None:
    """The container of a caption element when it holds exactly one image, else None."""
    container = element
    for _ in range(3):
        if _first_image(container) is not None or container.getparent() is None:
            break
        container = container.getparent()
    images = [
        e for e in container.iter(*_IMAGES)
        if _picture_of(e) is None
        and not any(a.tag == "noscript" for a in e.iterancestors())
    ]  # fmt: skip
    return container if len(images) == 1 else None


_IMAGE_PATH = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)(?:$|[?#&])|/images?/", re.I)


def _content_image(element: Any) -> bool:
    if _small(element):
        return False
    src = image_source(element) or ""
    sized = all(
        (element.get(a) or "").strip().removesuffix("px").isdigit() for a in ("width", "height")
    )
    if not (sized or _IMAGE_PATH.search(src) or (element.get("alt") or "").strip()):
        return False  # a tracking or script URL, not a picture
    if _NOT_CONTENT.search((element.get("class") or "") + " " + (element.get("src") or "")):
        return False
    return not any(
        a.tag == "noscript" or _NOT_CONTENT.search(a.get("class") or "")
        for a in element.iterancestors()
    )


def find_figures(root: Any, base: str | None) -> list[PageFigure]:
    """Every figure on the page, in document order (the caller keeps those in the article).

    ``base`` is the page's URL; for a saved page it is ``"site:"`` plus the
    canonical URL, against which only site-absolute paths resolve.
    """
    body = root.find("body")
    if body is None:
        return []
    order = {element: index for index, element in enumerate(body.iter())}
    found: list[PageFigure] = []
    taken: set[Any] = set()

    def inside_taken(element: Any) -> bool:
        return element in taken or any(a in taken for a in element.iterancestors())

    def add(element: Any, item: PageFigure | None) -> None:
        if item is not None:
            taken.add(element)
            found.append(item)

    for element in body.iter("figure"):
        if inside_taken(element) or _first_image(element) is None:
            continue  # a <figure> of a quote or a table is not a picture
        caption_el = next(element.iter("figcaption"), None)
        if caption_el is None:
            caption_el = next(
                (e for e in element.iter() if _CAPTION_CLASS.search(e.get("class") or "")), None
            )
        add(element, _figure(element, caption_el, base, "figure.figure-element"))
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in _IMAGES or inside_taken(element):
            continue
        if _CAPTION_CLASS.search(element.get("class") or "") and not _is_credit(element):
            container = _caption_block(element)
            if (
                container is not None
                and not inside_taken(container)
                and not any(d in taken for d in container.iter())
            ):
                add(container, _figure(container, element, base, "figure.caption-block"))
    for element in body.iter("img", "amp-img"):
        if not inside_taken(element) and _content_image(element):
            add(element, _figure(element, None, base, "figure.bare-image"))
    found.sort(key=lambda f: order.get(f.element, 0))
    return found


def describe(item: PageFigure) -> str:
    """The provenance rule of a figure: its shape, the credit rule and the element path."""
    return f"{item.rule}@{element_path(item.element)}"
