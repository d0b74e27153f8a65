"""What the page prints: headline, dek, byline, author boxes, ``<time>``, tags.

The last source in the order of trust, and the only one for pages without
structured metadata. Elements are recognised by tag and by the class names
publishing systems give them (``byline``, ``standfirst``, ``author-bio``…);
provenance names the element (``page.byline@div.byline>a``).
"""

from __future__ import annotations

import re
from typing import Any

from ..scraped.bylines import parse_byline
from ..scraped.dates import parse_date
from ..scraped.noise import rights_line
from .dom import element_path, text_of
from .found import Author, Found

__all__ = ["BYLINE_PREFIX", "byline_ancestor", "chrome_ancestor", "read_visible"]

_DEK = re.compile(
    r"(?:^|[\s_-])(?:dek|standfirst|sub-?title|sub-?headline|subhead|summary|excerpt|lede|"
    r"lead|intro|teaser|chapo|chapeau|entradilla|vorspann|sumario|perex|article__summary|description|deck|strapline|kicker-dek)(?:$|[\s_-])",
    re.I,
)
_WEAK_DEK = re.compile(r"lead|intro|teaser|description", re.I)
_STRONG_DEK = re.compile(
    r"dek|standfirst|sub-?title|sub-?headline|subhead|summary|excerpt|chapo|chapeau|"
    r"entradilla|vorspann|sumario|perex|strapline",
    re.I,
)
_BYLINE = re.compile(r"byline|author|writer|contributor|autor|auteur", re.I)
_AUTHOR_NAME = re.compile(
    r"author[-_]*name|contributor-?name|byline[-_]*name|author__name|byline__author|authorname",
    re.I,
)
_ROLE = re.compile(
    r"author[-_]*(?:role|title|job|position)|byline[-_]*(?:role|title)|job-?title|jobtitle", re.I
)
_BIO = re.compile(
    r"author[-_]*(?:bio|desc|about|info)|(?:^|\s)bio(?:$|\s)|about-?(?:the-)?author", re.I
)
_TAGS = re.compile(
    r"(?:^|[\s_-])(?:tags?|tag-list|topics|keywords|schlagworte|etiquetas)(?:$|[\s_-])", re.I
)
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:related|recommend|more-stories|newsletter|signup|sign-up|share|social|"
    r"comments?|promo|advert|ad-slot|sidebar|breadcrumbs?|cookie|paywall|subscribe|"
    r"read-more|most-read|popular|trending|footer|nav|menu|interstitial|outbrain|taboola)(?:$|[\s_-])",
    re.I,
)
BYLINE_PREFIX = _PREFIX = re.compile(
    r"^(?:by|von|par|por|di|door|av|af|przez|автор:?|авторы:?|text:|texte:|texto:)\s+", re.I
)
_UPDATED = re.compile(r"updat|modif|aktualisiert|mis à jour|actualiza|обновл", re.I)


def chrome_ancestor(element: Any, stop: Any = None, large: Any = None) -> bool:
    """True when the element sits in page furniture: nav, aside, footer, related lists…

    Ancestors from ``stop`` (the article's own box) upwards are not looked at, nor
    those that ``large(node)`` says hold much of the article (furniture is small).
    """
    for node in (element, *element.iterancestors()):
        if node is stop:
            return False
        if large is not None and large(node):
            continue
        if node.tag in ("nav", "aside", "footer"):
            return True
        if node.tag in ("article", "main", "body", "html"):
            continue  # the article's own box, whatever its class ("newsletter-post")
        if _CHROME.search(" ".join((node.get("class") or "", node.get("id") or ""))):
            return True
        if (node.get("role") or "") in ("navigation", "complementary", "contentinfo"):
            return True
    return False


def byline_ancestor(element: Any, stop: Any = None, large: Any = None) -> bool:
    """True when the element sits in a byline or author box (names, roles, bios)."""
    for node in (element, *element.iterancestors()):
        if node is stop:
            return False
        if large is not None and large(node):
            continue
        if node.tag in ("article", "main", "body", "html"):
            return False
        if _BYLINE.search(_classes(node)) or _BIO.search(_classes(node)):
            return True
    return False


def _in_nav(element: Any) -> bool:
    return any(a.tag in ("nav", "aside") for a in element.iterancestors())


def _classes(element: Any) -> str:
    return " ".join(element.get(a) or "" for a in ("class", "id", "data-component", "data-testid"))


def _headline(root: Any, hint: str | None) -> Any | None:
    """The page's headline element.

    The heading (h1–h3) that says what the structured data calls the headline
    (``hint``), else the ``<h1>`` that the ``<title>`` repeats, else the first
    ``<h1>`` inside ``<article>``/``<main>``, else the first ``<h1>``.
    """
    if hint:
        folded = " ".join(hint.split()).casefold()
        for heading in root.iter("h1", "h2", "h3"):
            if text_of(heading).casefold() == folded and not chrome_ancestor(heading):
                return heading
    headings = [h for h in root.iter("h1") if text_of(h) and not chrome_ancestor(h)]
    title = next(root.iter("title"), None)
    page_title = text_of(title).casefold() if title is not None else ""
    named = [
        h for h in headings
        if len(text_of(h)) >= 10 and text_of(h).casefold() in page_title
        and len(text_of(h)) * 2 >= len(page_title)
    ]  # fmt: skip
    in_article = [
        h for h in headings if any(a.tag in ("article", "main") for a in h.iterancestors())
    ]
    return (named or in_article or headings or [None])[0]


def _names(element: Any) -> list[str]:
    named = [e for e in element.iter()
             if e.get("rel") == "author" or _AUTHOR_NAME.search(_classes(e))
             or (e.get("itemprop") == "name")]  # fmt: skip
    names = [text_of(e) for e in named if text_of(e)]
    if names:
        return list(dict.fromkeys(_PREFIX.sub("", n) for n in names if len(n) < 80))
    text = text_of(element)
    if not text or len(text) > 160:
        return []
    text = _PREFIX.sub("By ", text) if _PREFIX.match(text) else text
    byline = parse_byline(text)
    return [name for name, _ in byline.people] if byline else []


def _authors(root: Any, headline: Any | None, found: Found) -> None:
    people: dict[str, Author] = {}
    first_line: int | None = None
    byline_box: Any = None
    rule = ""
    for element in root.iter():
        if not isinstance(element.tag, str) or chrome_ancestor(element):
            continue
        classes = _classes(element)
        if element.get("rel") == "author" or (_BYLINE.search(classes) and not _BIO.search(classes)
                                              and not _ROLE.search(classes)):  # fmt: skip
            if any(_BYLINE.search(_classes(a)) for a in element.iterancestors()):
                continue  # the outer byline element speaks for its parts
            for name in _names(element):
                if name.casefold() not in people:
                    people[name.casefold()] = Author(name)
                    if first_line is None:
                        first_line, rule = (
                            element.sourceline,
                            f"page.byline@{element_path(element)}",
                        )
                        byline_box = element
    if not people:
        return
    roles = [
        (e, text_of(e)) for e in root.iter() if isinstance(e.tag, str) and _ROLE.search(_classes(e))
    ]
    bios = [(e, text_of(e)) for e in root.iter()
            if isinstance(e.tag, str) and _BIO.search(_classes(e))
            and not any(_BIO.search(_classes(a)) for a in e.iterancestors())]  # fmt: skip
    authors = list(people.values())
    for index, author in enumerate(authors):
        role = _nearest(roles, author.name) or _unlabelled_role(
            byline_box, author.name, len(authors)
        )
        bio = next((t for _, t in bios if author.name.casefold() in t.casefold()), None)
        if bio is None and len(authors) == 1 and len(bios) == 1:
            bio = bios[0][1]
        authors[index] = Author(author.name, role, bio, None)
    found.set("authors", authors, rule, first_line)


def _unlabelled_role(box: Any, name: str, count: int) -> str | None:
    """A one-author byline box's other short line ("Rural affairs correspondent")."""
    if box is None or count != 1:
        return None
    for child in box:
        text = text_of(child)
        if child.tag == "time" or not text or name.casefold() in text.casefold():
            continue
        if len(text) <= 60 and not any(ch.isdigit() for ch in text) and text[-1:] not in ".!?":
            return text
    return None


def _nearest(roles: list[tuple[Any, str]], name: str) -> str | None:
    """A job-title element in the same byline box as the author's name."""
    for element, text in roles:
        box = element.getparent()
        if box is not None and name.casefold() in text_of(box).casefold() and 0 < len(text) < 80:
            return text
    return None


def _lead_text(element: Any) -> str:
    """The words in front of a ``<time>`` ("Updated"), from its parent."""
    parent = element.getparent()
    return (parent.text or "") if parent is not None else ""


def _dates(root: Any, found: Found, lang: str | None = None) -> None:
    for element in root.iter("time", "abbr"):
        if chrome_ancestor(element):
            continue
        if element.tag == "abbr" and not re.search(r"published|updated|date", _classes(element)):
            continue  # hAtom's <abbr class="published" title="2025-…">; other abbrs are words
        value = element.get("datetime") or (element.get("title") if element.tag == "abbr" else "")
        value = value or ""
        context = " ".join((_classes(element), element.get("itemprop") or "",
                            _lead_text(element)))  # fmt: skip
        field = "updated" if _UPDATED.search(context) else "published"
        stated = value.strip() or parse_date(text_of(element), lang) or ""
        found.set(field, stated, f"page.time@{element_path(element)}", element.sourceline)
    if "published" not in found.values:
        for element in root.iter():
            if isinstance(element.tag, str) and re.search(
                r"date|time|publish", _classes(element), re.I
            ):
                text = text_of(element)
                if 6 <= len(text) <= 80 and (value := parse_date(text, lang)):
                    found.set(
                        "published", value, f"page.date@{element_path(element)}", element.sourceline
                    )
                    break


_MEDIA_CLASS = re.compile(r"caption|media|asset|image|photo|figure|video|gallery", re.I)


def _holds_media(element: Any) -> bool:
    """A "lead" box that is the lead picture (or its caption), not a dek."""
    if _MEDIA_CLASS.search(_classes(element)):
        return True
    return any(True for _ in element.iter("img", "picture", "figure", "figcaption", "amp-img"))


_FOOTER = re.compile(r"footer|copyright|colophon|site-info|legal", re.I)


def _rights(root: Any, found: Found) -> None:
    """The copyright line in the page's footer ("© 2025 The Ledger. All rights reserved.")."""
    boxes = [e for e in root.iter() if isinstance(e.tag, str)
             and (e.tag == "footer" or _FOOTER.search(_classes(e)))]  # fmt: skip
    lines = [
        (text, element)
        for box in boxes
        for element in box.iter("p", "div", "small", "span", "li", "footer", "section")
        if 0 < len(text := text_of(element)) <= 200
        and (rights_line(text) or ("©" in text and len(text) <= 120))  # "Site © 2025"
    ]
    if lines:
        # The innermost element saying it: its parents run the next links into it.
        text, element = min(lines, key=lambda pair: len(pair[0]))
        rule = f"page.copyright@{element_path(element)}"
        found.set("rights", text, rule, element.sourceline)


def read_visible(
    root: Any, hint: str | None = None, lang: str | None = None
) -> tuple[Found, Any | None]:
    """The visible page as a metadata source, and its headline element.

    ``hint`` is the headline the structured data states, to find its element by.
    """
    found = Found("page")
    headline = _headline(root, hint)
    if headline is not None:
        found.set(
            "title",
            text_of(headline),
            f"page.headline@{element_path(headline)}",
            headline.sourceline,
        )
    order = {e: i for i, e in enumerate(root.iter())}
    after = order.get(headline, 0)
    # A dek stands above the body: before the first paragraph of prose after the headline.
    limit = next(
        (order[p] for p in root.iter("p") if order[p] > after and len(text_of(p)) >= 100
         and not _DEK.search(_classes(p))),
        len(order),
    )  # fmt: skip
    scope = headline.getparent() if headline is not None else root
    for _ in range(3):
        if scope is None:
            break
        dek = next(
            (e for e in scope.iter() if isinstance(e.tag, str) and e is not headline
             and order.get(e, 0) < limit and not _holds_media(e)
             and _DEK.search(_classes(e)) and 10 <= len(text_of(e)) <= 500
             and not _BYLINE.search(_classes(e)) and not chrome_ancestor(e)),
            None,
        )  # fmt: skip
        if dek is not None:
            # "lead"/"intro" classes also mark a body's first paragraph; the caller decides.
            kind = (
                "page.lead"
                if _WEAK_DEK.search(_classes(dek)) and not _STRONG_DEK.search(_classes(dek))
                else "page.dek"
            )
            found.set("subtitle", text_of(dek), f"{kind}@{element_path(dek)}", dek.sourceline)
            break
        scope = scope.getparent()
    _authors(root, headline, found)
    _dates(root, found, lang)
    _rights(root, found)
    tag_links = [a for a in root.iter("a") if "tag" in (a.get("rel") or "").lower().split()]
    tag_links = [a for a in tag_links if 0 < len(text_of(a)) <= 40 and not _in_nav(a)]
    if tag_links:
        found.set("tags", [text_of(a) for a in tag_links], "page.rel-tag", tag_links[0].sourceline)
    for element in root.iter():
        if (
            isinstance(element.tag, str)
            and _TAGS.search(_classes(element))
            and element.tag != "meta"
        ):
            tags = [text_of(a) for a in element.iter("a") if 0 < len(text_of(a)) <= 40]
            if tags:
                found.set("tags", tags, f"page.tags@{element_path(element)}", element.sourceline)
                break
    return found, headline
