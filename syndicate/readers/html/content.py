"""The article's body: trafilatura finds the main text, this module places it on the page.

trafilatura (``bare_extraction`` on the page's inert tree) returns the body's paragraphs,
headings, lists, quotes and tables, but not where on the page each came from,
and it drops or flattens figures. Each block is matched back to the page's
element by its text, which gives it a position (for putting figures in reading
order), a source line and an element path (for provenance), and its ancestors
(so that captions, credits, bylines and "related" lists that slipped into the
extractor's output can be taken out again).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...model import Block, Heading, ListBlock, Paragraph, Quote
from .dom import text_of

__all__ = ["BodyBlock", "Locator", "extract_body", "fallback_body", "locate", "text_key"]

_KEY = 60
_BLOCK_TAGS = (
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt",
    "div", "section", "span", "figcaption", "caption", "article", "main", "aside", "footer",
    "header", "cite", "small", "address", "time", "a", "strong", "em", "b", "i", "q",
)  # fmt: skip


@dataclass
class BodyBlock:
    """A body block with the page element it was matched to (None when not found)."""

    block: Block
    element: Any | None
    position: float
    rule: str


def text_key(text: str) -> str:
    """The first letters and digits of a text, folded: how blocks are matched to elements."""
    return re.sub(r"\W+", "", text.casefold())[:_KEY]


class Locator:
    """Finds the page element whose own text begins like a given block."""

    def __init__(self, root: Any) -> None:
        body = root.find("body")
        self.order: dict[Any, int] = {}
        self.index: dict[str, list[Any]] = {}
        if body is None:
            return
        for number, element in enumerate(body.iter()):
            self.order[element] = number
            if element.tag not in _BLOCK_TAGS:
                continue
            text = (element.text or "").strip()
            if not text and not any(
                (c.tail or "").strip() or c.tag in ("a", "strong", "em", "b", "i", "span")
                for c in element
            ):
                continue
            key = text_key(text_of(element))
            if key:
                self.index.setdefault(key, []).append(element)

    def find(self, text: str, after: float) -> Any | None:
        key = text_key(text)
        if not key:
            return None
        candidates = self.index.get(key)
        if not candidates and len(key) >= 20:
            short = key[:20]
            candidates = [e for k, es in self.index.items() if k.startswith(short) for e in es][:20]
        if not candidates:
            return None
        later = sorted((e for e in candidates if self.order[e] >= after), key=self.order.get)
        if not later:
            return candidates[-1]
        chosen = later[0]
        for element in later[1:]:
            if chosen in element.iterancestors():
                chosen = element  # the deepest element with this text: <p> over its <div>
        return chosen


def locate(root: Any) -> Locator:
    """An index of the page's text-bearing elements (built once per page)."""
    return Locator(root)


def _text(element: Any) -> str:
    for line_break in element.iter("lb"):
        line_break.tail = " " + (line_break.tail or "")
    return " ".join("".join(element.itertext()).split())


def _blocks_from_tree(main: Any) -> list[tuple[Block, str]]:
    out: list[tuple[Block, str]] = []
    for child in main:
        tag = child.tag
        if tag == "p" and (text := _text(child)):
            out.append((Paragraph(text), "content.paragraph"))
        elif tag == "head" and (text := _text(child)):
            if _prose(text):
                out.append((Paragraph(text), "content.prose-in-heading"))
                continue
            rend = child.get("rend") or "h2"
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            out.append((Heading(text, max(2, level)), "content.heading"))
        elif tag == "list":
            items = tuple(t for item in child.iter("item") if (t := _text(item)))
            if items:
                out.append((ListBlock(items, child.get("rend") == "ol"), "content.list"))
        elif tag == "quote" and (text := _text(child)):
            out.append((Quote(text), "content.quote"))
        elif tag == "table":
            for row in child.iter("row"):
                cells = [t for cell in row.iter("cell") if (t := _text(cell))]
                if cells:
                    out.append((Paragraph(" | ".join(cells)), "content.table-row"))
        elif tag in ("code", "div") and (text := _text(child)):
            out.append((Paragraph(text), "content.paragraph"))
    return out


def _prose(text: str) -> bool:
    """A sentence set in a heading element for its size: long, or a full sentence."""
    words = len(text.split())
    return words > 20 or (words > 10 and text.rstrip()[-1:] in ".!")


def _bold_heading(block: Block, element: Any) -> bool:
    """A short bold line standing alone ("<b>Who can use it</b><br>"): a subheading.

    Blog editors make subheadings that way; the extractor keeps them as paragraphs.
    """
    if not isinstance(block, Paragraph) or element.tag not in ("b", "strong"):
        return False
    text = block.text
    if len(text) > 90 or len(text.split()) > 12 or text[-1:] in ".,;:!?…\"”»'’)":
        return False
    return text_of(element) == text and not (element.tail or "").strip()


def extract_body(root: Any, locator: Locator) -> list[BodyBlock] | None:
    """The main content's blocks in order, each placed on the page; None if none found.

    trafilatura reads a copy of the already inert tree, so it never sees what
    :func:`~.dom.load_page` removed (and the page is parsed once).
    """
    import copy

    import trafilatura

    tree = copy.deepcopy(root)
    for element in list(tree.iter("noscript")):
        element.drop_tree()
    try:
        # bare_extraction hands back the body as a tree: no XML text to write and re-read,
        # and no fingerprint of it (extract(output_format="xml") spends half its time there).
        document = trafilatura.bare_extraction(
            tree,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_formatting=False,
            include_links=False,
            with_metadata=False,
            deduplicate=False,
            favor_recall=True,
        )
    except RecursionError:
        return None
    main = getattr(document, "body", None)
    if main is None or not len(main):
        return None
    out: list[BodyBlock] = []
    position = -1.0
    for block, rule in _blocks_from_tree(main):
        probe = block.items[0] if isinstance(block, ListBlock) else block.text  # type: ignore[union-attr]
        element = locator.find(probe, position)
        if element is not None:
            position = float(locator.order[element])
            if _bold_heading(block, element):
                block, rule = Heading(block.text), "content.bold-line-heading"  # type: ignore[union-attr]
        else:
            position += 0.001
        out.append(BodyBlock(block, element, position, rule))
    return out


def fallback_body(root: Any) -> list[BodyBlock]:
    """The page's own text blocks, when the extractor finds no main content at all.

    Pages that small (a few lines, no boilerplate to tell apart) are all article.
    """
    from .visible import chrome_ancestor  # visible imports this module's neighbours only

    body_element = root.find("body")
    if body_element is None:
        return []
    tags = ("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td")
    out: list[BodyBlock] = []
    for index, element in enumerate(body_element.iter(*tags)):
        if any(a.tag in tags for a in element.iterancestors()) or chrome_ancestor(element):
            continue
        text = text_of(element)
        if text:
            block = Heading(text) if element.tag.startswith("h") else Paragraph(text)
            out.append(BodyBlock(block, element, float(index), "fallback.block"))
    if not out and text_of(body_element):
        text = text_of(body_element)[:100_000]
        out.append(BodyBlock(Paragraph(text), body_element, 0.0, "fallback.page-text"))
    return out
