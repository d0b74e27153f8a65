"""Putting the page's sources together into one :class:`Article`.

Metadata comes from :mod:`.merge` (JSON-LD, microdata/RDFa, ``<meta>`` tags,
Next.js data, the visible page, in that order of trust); the body from the
content extractor (:mod:`.content`), cleaned by :mod:`.cleanup`, with the
page's figures put back in reading order here.
"""

from __future__ import annotations

import re
from typing import Any

from ...errors import SourceNotUnderstood
from ...model import Article, Block, Figure, Heading, Provenance, Publisher
from .cleanup import body_text, clean_body, content_box, printed_in_body
from .content import BodyBlock, Locator, text_key
from .dom import element_path, resolve_url
from .figures import PageFigure, describe
from .found import Found
from .merge import (
    TITLE_SUFFIX,
    Merge,
    iso_date,
    language_tag,
    norm,
    same_date,
    same_text,
    stated_authors,
    title_cleaner,
)
from .visible import chrome_ancestor

__all__ = ["assemble"]

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


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
    merge = Merge(sources)
    site = merge.pick("site_name")
    title = merge.pick("title", title_cleaner(site), same_text)
    if title is None:
        title = merge.pick("page_title", title_cleaner(site or TITLE_SUFFIX))
        if title is not None:
            merge.provenance["title"] = merge.provenance.pop("page_title")
    if not title:
        title = _inferred_title(body)
        if not title:
            raise SourceNotUnderstood(f"{label}: no headline and no article text on the page")
        merge.provenance["title"] = Provenance(None, "inferred:first-words")
    authors = stated_authors(merge, sources)
    subtitle = merge.pick("subtitle", None, same_text)
    published = merge.pick("published", iso_date, same_date)
    updated = merge.pick("updated", iso_date, same_date)
    tags = (
        merge.pick("tags", lambda v: list(dict.fromkeys(t for t in v if t)), lambda a, b: True)
        or []
    )
    rights = merge.pick("rights", None, same_text)
    url = merge.pick("url", _absolute, same_text)
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
        if description and text_key(description) in locator.index:
            element = locator.find(description, -1)
            if element is not None and (first is None or locator.order[element] < first):
                subtitle = description
                merge.provenance["subtitle"] = Provenance(
                    element.sourceline, merge.provenance["description"].rule + "+printed"
                )
    merge.provenance.pop("description", None)
    figure_elements = {f.element for f in figures}
    figure_texts = {norm(t) for f in figures for t in f.texts}
    box = content_box(body)
    if subtitle and printed_in_body(subtitle, body, box):
        # A "dek" inside the article's own box is its lead paragraph: it stays in the body,
        # and is the subtitle only when structured data says so.
        rule = merge.provenance["subtitle"].rule
        if rule.startswith("page.lead") or rule.endswith("+printed"):
            subtitle = None
            merge.provenance.pop("subtitle")
    inferred = merge.provenance["title"].rule.startswith("inferred:")
    skip = set() if inferred else {norm(title)}
    dek = norm(subtitle) if subtitle else None
    if headline is not None:
        skip.add(norm(" ".join(headline.text_content().split())))
    for person in authors:
        skip |= {norm(person.name), norm("By " + person.name)}
        skip |= {norm(t) for t in (person.bio, person.role) if t}
    names = [norm(p.name) for p in authors]

    def clean(dek: str | None) -> Any:
        return clean_body(
            body,
            skip=skip,
            dek=dek,
            box=box,
            names=names,
            figure_texts=figure_texts,
            figure_elements=figure_elements,
        )

    cleaned = clean(dek)
    if dek and not any(not isinstance(b.block, Figure) for b in cleaned.blocks):
        # The "dek" was the only text the page has (a video page's description): it is the
        # body, not a subtitle.
        cleaned = clean(None)
        subtitle = None
        merge.provenance.pop("subtitle", None)
    kept = cleaned.blocks
    if not kept and not figures:
        raise SourceNotUnderstood(f"{label}: no article text found on the page")
    tags.extend(cleaned.tags)
    credit_lines = [text for text, _ in cleaned.credit_lines]
    if cleaned.credit_lines:
        first_credit = Provenance(cleaned.credit_lines[0][1], "credits.line")
        merge.provenance.setdefault("credit_line", first_credit)
    if rights is None and cleaned.rights:
        rights = cleaned.rights[0][0]
        merge.provenance["rights"] = Provenance(cleaned.rights[0][1], "rights.copyright-line")

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
        if not located and item.rule.startswith("figure.bare-image"):
            continue  # no article text to place it by: thumbnails, not the article's pictures
        figure, rule = _with_jsonld_credit(item.figure, images, describe(item))
        placed.append((position, figure, Provenance(item.element.sourceline, rule)))
    placed.sort(key=lambda p: p[0])
    blocks = tuple(p[1] for p in placed)
    for index, (_, _, provenance) in enumerate(placed):
        merge.provenance[f"blocks[{index}]"] = provenance

    language = merge.pick(
        "language", language_tag, lambda a, b: a.split("-")[0].lower() == b.split("-")[0].lower()
    )
    if language is None:
        sample = " ".join(body_text(b) for b in blocks if not isinstance(b, Figure))
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
        contributors=tuple(cleaned.contributors),
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


def _absolute(value: str) -> str | None:
    """A canonical URL must be absolute http(s); a relative one says nothing usable."""
    url = resolve_url(value, None)
    return url if url and url.startswith(("http://", "https://")) else None


def _inferred_title(body: list[BodyBlock]) -> str | None:
    """A page with no headline anywhere: its first heading, else its first words."""
    for item in body:
        if isinstance(item.block, Heading):
            return item.block.text
    for item in body:
        words = body_text(item.block).split()
        if words:
            return " ".join(words[:12]) + (" …" if len(words) > 12 else "")
    return None


def _line(item: BodyBlock) -> int | None:
    return item.element.sourceline if item.element is not None else None


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
