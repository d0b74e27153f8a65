"""Putting the page's sources together into one :class:`Article`, in the order of trust.

Metadata: JSON-LD, then microdata/RDFa, then ``<meta>`` tags (OpenGraph,
``article:``, Dublin Core), then Next.js data, then the visible page. The first
source that states a field wins; a lower source that states something else is
recorded as ``FIELD.conflict`` in provenance. The body comes from the content
extractor (:mod:`.content`), cleaned of what belongs elsewhere (captions,
credits, bylines, the headline and dek), with the page's figures put back in
reading order.
"""

from __future__ import annotations

import re
from typing import Any

from ...errors import SourceNotUnderstood
from ...model import (
    Article,
    Block,
    Contributor,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Person,
    Provenance,
    Publisher,
    parse_iso_date,
)
from ..scraped.credits import credit_sentence, parse_credit_line
from ..scraped.dates import parse_date
from ..scraped.noise import noise_rule, rights_line, tags_line
from .content import BodyBlock, Locator, _key
from .dom import element_path, resolve_url
from .figures import PageFigure, describe
from .found import Author, Found, Value
from .visible import BYLINE_PREFIX, byline_ancestor, chrome_ancestor

__all__ = ["assemble"]

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
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
    r"play|pause|mute|loading comments\W*|\d{1,3}\s*(?:of|/)\s*\d{1,3})$"
)
# Calls to subscribe that newsletter platforms put between paragraphs.
_PROMPT = re.compile(
    r"(?i)^(?:thanks for reading|subscribe (?:now|today|for free|to)|sign up (?:for|to)|"
    r"join our|get our .{0,30}newsletter|enter your email)"
)
_FIGURE_PARTS = re.compile(r"figcaption|caption|credit", re.I)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _iso(value: str) -> str | None:
    """A stated date as the model's ISO 8601 form, or None when it is not a full date."""
    text = value.strip()
    try:
        parsed = parse_iso_date(text)
    except ValueError:
        return parse_date(text)
    if hasattr(parsed, "hour"):
        return parsed.replace(microsecond=0).isoformat()  # type: ignore[call-arg]
    return parsed.isoformat()


def _language(value: str) -> str | None:
    tag = value.strip().replace("_", "-").split(",")[0].strip()
    return tag if _LANGUAGE.fullmatch(tag) else None


class _Merge:
    def __init__(self, sources: list[Found]) -> None:
        self.sources = sources
        self.provenance: dict[str, Provenance] = {}

    def pick(self, name: str, convert: Any = None, same: Any = None) -> Any:
        chosen: tuple[Any, Value] | None = None
        for source in self.sources:
            stated = source.get(name)
            if stated is None:
                continue
            value = convert(stated.value) if convert else stated.value
            if value in (None, "", [], ()):
                continue
            if chosen is None:
                chosen = (value, stated)
                self.provenance[name] = Provenance(stated.line, stated.rule)
            elif not (same or (lambda a, b: a == b))(chosen[0], value):
                self.provenance.setdefault(
                    f"{name}.conflict",
                    Provenance(
                        stated.line, f"{stated.rule} says {_show(value)}; {chosen[1].rule} kept"
                    ),
                )
        return chosen[0] if chosen else None


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(a.name if isinstance(a, Author) else str(a) for a in value) + "]"
    return repr(value)[:120]


def _same_text(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)


def _same_date(a: str, b: str) -> bool:
    return a[:10] == b[:10]


def _same_people(a: list[Author], b: list[Author]) -> bool:
    return [_norm(p.name) for p in a] == [_norm(p.name) for p in b]


_SUFFIX = object()
"""Marks a ``<title>`` cleaned without a known site name: a short last part after " | " goes."""


def _title_cleaner(site: Any) -> Any:
    def clean(value: str) -> str:
        if site is _SUFFIX:
            for sep in (" | ", " – ", " — ", " - ", " :: "):
                head, _, tail = value.rpartition(sep)
                if head and len(tail.split()) <= 4 and len(head.split()) >= 3:
                    return head
            return value
        if site:
            for sep in (" | ", " - ", " – ", " — ", " :: "):
                if value.endswith(sep + site):
                    return value[: -len(sep + site)]
        return value

    return clean


def _authors(merge: _Merge, sources: list[Found]) -> tuple[Person, ...]:
    chosen = merge.pick("authors", same=_same_people) or []
    people = []
    for index, author in enumerate(chosen):
        role, bio, url = author.role, author.bio, author.url
        for source in sources:
            stated = source.get("authors")
            if stated is None:
                continue
            match = next((p for p in stated.value if _norm(p.name) == _norm(author.name)), None)
            if match is None:
                continue
            for attr, current in (("role", role), ("bio", bio), ("url", url)):
                extra = getattr(match, attr)
                if current is None and extra:
                    merge.provenance.setdefault(
                        f"authors[{index}].{attr}", Provenance(stated.line, stated.rule)
                    )
                    if attr == "role":
                        role = extra
                    elif attr == "bio":
                        bio = extra
                    else:
                        url = extra
        people.append(Person(author.name, role, bio, resolve_url(url, None) if url else None))
    return tuple(people)


def _in_box(item: BodyBlock, box: Any) -> bool:
    return item.element is not None and box is not None and box in item.element.iterancestors()


def _printed_in_body(text: str, body: list[BodyBlock], box: Any) -> bool:
    folded = _norm(text)
    return any(_in_box(b, box) and _norm(_body_text(b.block)) == folded for b in body)


def _content_box(items: list[BodyBlock]) -> Any | None:
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
        size = len(_body_text(item.block))
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


def _placed_in_article(items: list[BodyBlock], figure_elements: set[Any]) -> list[BodyBlock]:
    """The blocks not inside a figure, a byline box or page furniture (below the article box).

    A safety net: when these checks would remove more than a third of the text,
    the page's classes are misleading and the extractor's choice is kept.
    """
    box = _content_box(items)
    kept = []
    for item in items:
        element = item.element
        if element is not None:
            stop = _join(element, box)
            text = _body_text(item.block)
            if _in_figure(element, figure_elements, stop):
                continue
            if chrome_ancestor(element, stop) and not isinstance(item.block, Heading):
                continue
            if byline_ancestor(element, stop) and len(text) < 300:
                continue
        kept.append(item)
    before = sum(len(_body_text(i.block)) for i in items)
    after = sum(len(_body_text(i.block)) for i in kept)
    return kept if after * 3 >= before * 2 else items


def _in_figure(element: Any, figure_elements: set[Any], stop: Any = None) -> bool:
    for node in (element, *element.iterancestors()):
        if node is stop:
            return False
        if node in figure_elements or node.tag == "figcaption":
            return True
        if (
            node.tag != "body"
            and _FIGURE_PARTS.search(node.get("class") or "")
            and node.tag != "article"
        ):
            return True
    return False


def _body_text(block: Block) -> str:
    if isinstance(block, ListBlock):
        return " ".join(block.items)
    return getattr(block, "text", "") or ""


def assemble(
    *,
    sources: list[Found],
    body: list[BodyBlock],
    figures: list[PageFigure],
    locator: Locator,
    headline: Any | None,
    base_url: str | None,
    label: str,
    source_dir: str | None,
    detect: Any,
) -> Article:
    """The article the sources and the body make together."""
    merge = _Merge(sources)
    site = merge.pick("site_name")
    title = merge.pick("title", _title_cleaner(site), _same_text)
    if title is None:
        title = merge.pick("page_title", _title_cleaner(site or _SUFFIX))
        if title is not None:
            merge.provenance["title"] = merge.provenance.pop("page_title")
    if not title:
        title = _inferred_title(body)
        if not title:
            raise SourceNotUnderstood(f"{label}: no headline and no article text on the page")
        merge.provenance["title"] = Provenance(None, "inferred:first-words")
    authors = _authors(merge, sources)
    subtitle = merge.pick("subtitle", None, _same_text)
    published = merge.pick("published", _iso, _same_date)
    updated = merge.pick("updated", _iso, _same_date)
    tags = (
        merge.pick("tags", lambda v: list(dict.fromkeys(t for t in v if t)), lambda a, b: True)
        or []
    )
    rights = merge.pick("rights", None, _same_text)
    url = merge.pick("url", lambda v: resolve_url(v, None), _same_text)
    if url is None and base_url:
        url = base_url
        merge.provenance["url"] = Provenance(None, "source.url")
    publisher_value = merge.pick("publisher", None, lambda a, b: True)
    publisher = (
        Publisher(*publisher_value) if publisher_value else (Publisher(site) if site else None)
    )
    if publisher is not None and publisher_value is None:
        merge.provenance["publisher"] = merge.provenance["site_name"]
    merge.provenance.pop("site_name", None)

    # -- the body ---------------------------------------------------------
    first = next((b.position for b in body if b.element is not None), None)
    if subtitle is None:
        description = merge.pick("description", None, lambda a, b: True)
        # A description the page prints above the body is its dek; one it does not print is
        # a search-engine summary, not part of the article.
        if description and _key(description) in locator.index:
            element = locator.find(description, -1)
            if element is not None and (first is None or locator.order[element] < first):
                subtitle = description
                merge.provenance["subtitle"] = Provenance(
                    element.sourceline, merge.provenance["description"].rule + "+printed"
                )
    merge.provenance.pop("description", None)
    figure_elements = {f.element for f in figures}
    figure_texts = {_norm(t) for f in figures for t in f.texts}
    box = _content_box(body)
    if subtitle and _printed_in_body(subtitle, body, box):
        # A "dek" inside the article's own box is its lead paragraph: it stays in the body,
        # and is the subtitle only when structured data says so.
        rule = merge.provenance["subtitle"].rule
        if rule.startswith("page.lead") or rule.endswith("+printed"):
            subtitle = None
            merge.provenance.pop("subtitle")
    inferred = merge.provenance["title"].rule.startswith("inferred:")
    skip = set() if inferred else {_norm(title)}
    dek = _norm(subtitle) if subtitle else None
    if headline is not None:
        skip.add(_norm(" ".join(headline.text_content().split())))
    for person in authors:
        skip |= {_norm(person.name), _norm("By " + person.name)}
        skip |= {_norm(t) for t in (person.bio, person.role) if t}
    names = [_norm(p.name) for p in authors]
    candidates: list[BodyBlock] = []
    credit_lines: list[str] = []
    contributors: list[Contributor] = []
    for item in body:
        text = _body_text(item.block)
        folded = _norm(text)
        if folded == dek and (not _in_box(item, box) or isinstance(item.block, Heading)):
            continue  # the dek, which the extractor took for the first paragraph
        if folded in skip or folded in figure_texts or _CLOCK.match(text) or _LINK_LINE.match(text):
            continue
        if isinstance(item.block, Paragraph) and len(text) < 200 and _PROMPT.match(text):
            continue
        if len(text) <= 40 and _control(text):
            continue  # "Share on Facebook", "Next", "3 of 7": buttons, not text
        if isinstance(item.block, ListBlock):
            controls = sum(1 for entry in item.block.items if _control(entry))
            if controls * 2 >= len(item.block.items):
                continue  # a toolbar: share buttons, gallery arrows
        if isinstance(item.block, Paragraph) and _breadcrumb(text):
            continue  # "Tech > News > Article": the page's path, not its text
        if isinstance(item.block, Paragraph) and len(text) <= 60 and _date_only(text):
            continue  # the page's date line, which the extractor took for a paragraph
        if isinstance(item.block, Paragraph):
            if (credits := parse_credit_line(text)) is not None:
                credit_lines.append(credit_sentence(text))
                contributors.extend(Contributor(n, r) for n, r in credits)
                merge.provenance.setdefault("credit_line", Provenance(_line(item), "credits.line"))
                continue
            if rights_line(text):
                if rights is None:
                    rights = text
                    merge.provenance["rights"] = Provenance(_line(item), "rights.copyright-line")
                continue
            if (found_tags := tags_line(text)) is not None:
                tags.extend(found_tags)
                continue
            if len(text) < 100 and _norm(BYLINE_PREFIX.sub("", text)) in names:
                continue  # "Автор: Ирина Соколова" printed under the article
            if len(text) < 120 and any(n in folded for n in names) and _dateish(text):
                continue  # "By Jane Roe | March 3, 2025" that the extractor kept
        candidates.append(item)
    kept = _placed_in_article(candidates, figure_elements)
    while kept and isinstance(kept[-1].block, Heading):
        kept.pop()  # a heading with nothing under it is a "Related" or "More" label
    if not kept and not figures:
        raise SourceNotUnderstood(f"{label}: no article text found on the page")

    # -- figures in reading order ------------------------------------------
    placed: list[tuple[float, Block, Provenance]] = [
        (
            b.position,
            b.block,
            Provenance(
                _line(b), b.rule + (f"@{element_path(b.element)}" if b.element is not None else "")
            ),
        )
        for b in kept
    ]
    located = [b.position for b in kept if b.element is not None]
    start = min(located, default=0.0)
    end = max(located, default=float("inf"))
    if headline is not None and headline in locator.order:
        start = min(start, float(locator.order[headline]))
    article_box = (
        next((a for a in headline.iterancestors() if a.tag == "article"), None)
        if headline is not None
        else None
    )
    images = _image_credits(sources)
    for item in figures:
        position = float(locator.order.get(item.element, -1))
        in_box = article_box is not None and article_box in item.element.iterancestors()
        if not (start <= position <= end or in_box) or chrome_ancestor(item.element):
            continue
        figure, rule = _with_jsonld_credit(item.figure, images, describe(item))
        placed.append((position, figure, Provenance(item.element.sourceline, rule)))
    placed.sort(key=lambda p: p[0])
    blocks = tuple(p[1] for p in placed)
    for index, (_, _, provenance) in enumerate(placed):
        merge.provenance[f"blocks[{index}]"] = provenance

    language = merge.pick(
        "language", _language, lambda a, b: a.split("-")[0].lower() == b.split("-")[0].lower()
    )
    if language is None:
        sample = " ".join(_body_text(b) for b in blocks if not isinstance(b, Figure))
        language, rule = detect(title + "\n" + sample)
        merge.provenance["language"] = Provenance(None, rule)
    if tags:
        merge.provenance.setdefault("tags", Provenance(None, "tags.line"))
    if credit_lines:
        merge.provenance.setdefault("contributors", merge.provenance["credit_line"])
    return Article(
        title=title,
        subtitle=subtitle,
        authors=authors,
        contributors=tuple(contributors),
        credit_line=" ".join(credit_lines) or None,
        published=published,
        updated=updated,
        language=language,
        publisher=publisher,
        url=url,
        tags=tuple(dict.fromkeys(tags)),
        rights=rights,
        blocks=blocks,
        provenance=merge.provenance,
        source_dir=source_dir,
    )


def _inferred_title(body: list[BodyBlock]) -> str | None:
    """A page with no headline anywhere: its first heading, else its first words."""
    for item in body:
        if isinstance(item.block, Heading):
            return item.block.text
    for item in body:
        words = _body_text(item.block).split()
        if words:
            return " ".join(words[:12]) + (" …" if len(words) > 12 else "")
    return None


def _line(item: BodyBlock) -> int | None:
    return item.element.sourceline if item.element is not None else None


def _control(text: str) -> bool:
    return len(text) <= 40 and bool(noise_rule(text) or _CONTROLS.match(text))


def _breadcrumb(text: str) -> bool:
    for separator in (" > ", " » ", " › ", " / "):
        parts = text.split(separator)
        if len(parts) >= 3 and all(0 < len(p.split()) <= 5 for p in parts) and len(text) < 150:
            return True
    return False


def _date_only(text: str) -> bool:
    if re.fullmatch(r"[\d\s/.:,-]+", text) and re.search(r"\d{4}", text):
        return True
    return parse_date(text) is not None


def _dateish(text: str) -> bool:
    return bool(re.search(r"\b(19|20)\d{2}\b|\d{1,2}:\d{2}", text))


def _image_credits(sources: list[Found]) -> list[dict[str, Any]]:
    for source in sources:
        stated = source.get("images")
        if stated is not None:
            return list(stated.value)
    return []


def _with_jsonld_credit(
    figure: Figure, images: list[dict[str, Any]], rule: str
) -> tuple[Figure, str]:
    """Fill a figure's missing caption or credit from JSON-LD ``image`` of the same file."""
    if (figure.credit and figure.caption) or not figure.src:
        return figure, rule
    name = figure.src.rsplit("/", 1)[-1].split("?")[0]
    match = next(
        (i for i in images if i.get("src") and i["src"].rsplit("/", 1)[-1].split("?")[0] == name),
        None,
    )
    if match is None:
        return figure, rule
    caption = figure.caption or match.get("caption")
    credit = figure.credit or match.get("credit")
    if (caption, credit) == (figure.caption, figure.credit):
        return figure, rule
    return Figure(caption, credit, figure.src, figure.alt), rule + "+jsonld.image"
