"""Cleaning the extractor's body of what belongs elsewhere on the page.

By text: the headline and dek, captions and credits, author names, roles and
bios, date and clock lines, buttons and toolbars, breadcrumbs, "READ MORE" links,
newsletter prompts; contributor, copyright and tag lines go to their fields.
By place: blocks inside a figure, a byline box or page furniture, judged only
below the article's own box (see :func:`content_box`).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from typing import Any

from ...model import Block, Contributor, Heading, ListBlock, Paragraph
from ..scraped.credits import credit_sentence, parse_credit_line
from ..scraped.dates import AmbiguousDateWarning, parse_date
from ..scraped.noise import noise_rule, rights_line, tags_line
from .content import BodyBlock
from .merge import norm
from .visible import BYLINE_PREFIX, byline_ancestor, chrome_ancestor

__all__ = ["Cleaned", "body_text", "clean_body", "content_box", "in_box", "printed_in_body"]

_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?$", re.I)
# "READ MORE: <a headline>" links a CMS drops between paragraphs.
_LINK_LINE = re.compile(
    r"(?i)^(?:read more|related|see also|also read|more on this story|more|watch|listen|"
    r"lesen sie auch|mehr zum thema|lire aussi|à lire aussi|lee también|leer más|"
    r"читайте также)\s*[:»›|]\s*\S.{0,140}$"
)
# Gallery and player controls, beyond the text reader's share/print/comment lexicon.
_CONTROLS = re.compile(
    r"(?i)^(?:previous|next|prev|previousnext|close|fullscreen|thumbnails|expand|collapse|"
    r"play|pause|mute|loading comments\W*|\d{1,3}\s*(?:of|/)\s*\d{1,3}|"
    r"(?:(?:next|previous|prev)\W+)?page \d{1,3} of \d{1,3})$"
)
# What video players (video.js and its kin) print for screen readers.
_PLAYER = re.compile(
    r"(?i)^(?:this is a modal window|beginning of dialog window|end of dialog window|"
    r"escape will cancel and close the window|no compatible source was found for this media|"
    r"the media could not be loaded)"
)
# "3/50 Headline…": the numbered captions of a slideshow.
_SLIDE = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})\s*\S")
# Calls to subscribe that newsletter platforms put between paragraphs.
_PROMPT = re.compile(
    r"(?i)^(?:thanks for reading|subscribe (?:now|today|for free|to)|sign up (?:for|to)|"
    r"join our|get our .{0,30}newsletter|enter your email)"
)
_FIGURE_PARTS = re.compile(r"figcaption|caption|credit", re.I)


def in_box(item: BodyBlock, box: Any) -> bool:
    """True when the block's element lies inside the article box."""
    return item.element is not None and box is not None and box in item.element.iterancestors()


def printed_in_body(text: str, body: list[BodyBlock], box: Any) -> bool:
    """True when ``text`` is one of the body's blocks inside the article box."""
    folded = norm(text)
    return any(in_box(b, box) and norm(body_text(b.block)) == folded for b in body)


def content_box(items: list[BodyBlock]) -> Any | None:
    """The deepest element holding most (60 %) of the body's text: the article's own box.

    Class names above it (a page layout's "sidebar-right", "nav-drawer") say
    nothing about the article, so the furniture checks stop there.
    """
    weights: dict[Any, int] = {}
    depth: dict[Any, int] = {}
    total = 0
    for item in items:
        if item.element is None:
            continue
        size = len(body_text(item.block))
        total += size
        chain = [item.element, *item.element.iterancestors()]
        for level, node in enumerate(reversed(chain)):
            weights[node] = weights.get(node, 0) + size
            depth[node] = level
    boxes = [n for n, w in weights.items() if total and w * 10 >= total * 6]
    return max(boxes, key=depth.__getitem__, default=None)


def _join(element: Any, box: Any) -> Any | None:
    """Where an element's ancestors meet the article box: the furniture checks stop there."""
    if box is None:
        return None
    above_box = {box, *box.iterancestors()}
    return next((a for a in element.iterancestors() if a in above_box), None)


def placed_in_article(items: list[BodyBlock], figure_elements: set[Any]) -> list[BodyBlock]:
    """The blocks not inside a figure, a byline box or page furniture (below the article box).

    A safety net: when these checks would remove more than a third of the text,
    the page's classes are misleading and the extractor's choice is kept.
    """
    box = content_box(items)
    total = sum(len(body_text(i.block)) for i in items if i.element is not None)
    sizes: dict[Any, int] = {}

    def large(node: Any) -> bool:
        # An element holding 40 % of the article is part of it, whatever its class says.
        if node not in sizes:
            sizes[node] = len(node.text_content())
        return sizes[node] * 10 >= total * 4

    kept = []
    for item in items:
        element = item.element
        if element is not None:
            stop = _join(element, box)
            text = body_text(item.block)
            if _in_figure(element, figure_elements, stop, large):
                continue
            if chrome_ancestor(element, stop, large) and not isinstance(item.block, Heading):
                continue
            if byline_ancestor(element, stop, large) and len(text) < 300:
                continue
        kept.append(item)
    before = sum(len(body_text(i.block)) for i in items)
    after = sum(len(body_text(i.block)) for i in kept)
    return kept if after * 3 >= before * 2 else items


def _in_figure(element: Any, figure_elements: set[Any], stop: Any, large: Any) -> bool:
    for node in (element, *element.iterancestors()):
        if node is stop:
            return False
        if large(node) and node not in figure_elements:
            continue
        if node in figure_elements or node.tag == "figcaption":
            return True
        if (
            node.tag != "body"
            and _FIGURE_PARTS.search(node.get("class") or "")
            and node.tag != "article"
        ):
            return True
    return False


def body_text(block: Block) -> str:
    """The words of a text block (a list's items joined)."""
    if isinstance(block, ListBlock):
        return " ".join(block.items)
    return getattr(block, "text", "") or ""


def control(text: str) -> bool:
    """A button or gallery control ("Share on Facebook", "Next", "3 of 7")."""
    return len(text) <= 40 and bool(noise_rule(text) or _CONTROLS.match(text))


def breadcrumb(text: str) -> bool:
    """ "Tech > News > Story": the page's path, not its text."""
    for separator in (" > ", " » ", " › ", " / "):
        parts = text.split(separator)
        if len(parts) >= 3 and all(0 < len(p.split()) <= 5 for p in parts) and len(text) < 150:
            return True
    return False


def date_only(text: str) -> bool:
    """A line that is only a date ("06/05/2025 05:40", "March 3, 2025")."""
    if re.fullmatch(r"[\d\s/.:,-]+", text) and re.search(r"\d{4}", text):
        return True
    # Only asks whether the line is a date: an ambiguous one still is, and the warning that the
    # date itself was left out belongs to the place that reads the value.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", AmbiguousDateWarning)
        return parse_date(text) is not None


def dateish(text: str) -> bool:
    """The line holds a year or a clock time."""
    return bool(re.search(r"\b(19|20)\d{2}\b|\d{1,2}:\d{2}", text))


@dataclass
class Cleaned:
    """The body after cleaning, and what was taken out of it into other fields."""

    blocks: list[BodyBlock]
    credit_lines: list[tuple[str, int | None]] = field(default_factory=list)
    contributors: list[Contributor] = field(default_factory=list)
    rights: list[tuple[str, int | None]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def clean_body(
    body: list[BodyBlock],
    *,
    skip: set[str],
    dek: str | None,
    box: Any,
    names: list[str],
    figure_texts: set[str],
    figure_elements: set[Any],
) -> Cleaned:
    """The blocks that are article text; contributor, copyright and tag lines set aside.

    ``skip`` holds texts that are other fields (headline, author names, roles,
    bios), ``dek`` the subtitle's text, ``names`` the authors' names (folded).
    """
    out = Cleaned([])
    candidates: list[BodyBlock] = []
    slides = _slideshow(body)
    for item in body:
        text = body_text(item.block)
        folded = norm(text)
        line = item.element.sourceline if item.element is not None else None
        if folded == dek and (not in_box(item, box) or isinstance(item.block, Heading)):
            continue  # the dek, which the extractor took for the first paragraph
        if folded in skip or folded in figure_texts or _CLOCK.match(text) or _LINK_LINE.match(text):
            continue
        if _PLAYER.match(text) or id(item) in slides:
            continue
        if len(text) <= 40 and control(text):
            continue  # "Share on Facebook", "Next", "3 of 7": buttons, not text
        if isinstance(item.block, ListBlock):
            controls = sum(1 for entry in item.block.items if control(entry))
            if controls * 2 >= len(item.block.items):
                continue  # a toolbar: share buttons, gallery arrows
        if isinstance(item.block, Paragraph):
            if len(text) < 200 and _PROMPT.match(text):
                continue
            if breadcrumb(text) or (len(text) <= 60 and date_only(text)):
                continue  # the page's path or date line, taken for a paragraph
            if (credits := parse_credit_line(text)) is not None:
                out.credit_lines.append((credit_sentence(text), line))
                out.contributors.extend(Contributor(n, r) for n, r in credits)
                continue
            if rights_line(text):
                out.rights.append((text, line))
                continue
            if (found_tags := tags_line(text)) is not None:
                out.tags.extend(found_tags)
                continue
            if len(text) < 100 and norm(BYLINE_PREFIX.sub("", text)) in names:
                continue  # "Автор: Ирина Соколова" printed under the article
            if len(text) < 120 and any(n in folded for n in names) and dateish(text):
                continue  # "By Jane Roe | March 3, 2025" that the extractor kept
        candidates.append(item)
    out.blocks = placed_in_article(candidates, figure_elements)
    while out.blocks and isinstance(out.blocks[-1].block, Heading):
        out.blocks.pop()  # a heading with nothing under it is a "Related" or "More" label
    return out


def _slideshow(body: list[BodyBlock]) -> set[int]:
    """The ids of blocks in runs of three or more numbered slide captions ("1/50 …", "2/50 …")."""
    found: set[int] = set()
    run: list[BodyBlock] = []
    for item in [*body, None]:
        match = _SLIDE.match(body_text(item.block)) if item is not None else None
        if match and (not run or int(match.group(1)) == _slide_number(run[-1]) + 1):
            run.append(item)  # type: ignore[arg-type]
            continue
        if len(run) >= 3:
            found.update(id(b) for b in run)
        run = [item] if match and item is not None else []
    return found


def _slide_number(item: BodyBlock) -> int:
    match = _SLIDE.match(body_text(item.block))
    return int(match.group(1)) if match else -1
