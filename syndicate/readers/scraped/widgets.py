"""Page widgets that stand among or under a story's lines and look like its parts.

A pair of call-to-action lines under a photo ("Check today's lift status" / "Buy lift
tickets") reads like a caption over its credit; a club's footer under a match report
("Next fixture: …", "Our 1st XI is sponsored by …", "« Previous report: … | Next report:
… »") reads like the last paragraphs. Neither describes nor names anything of the article:
the cue words (button verbs, next-event labels, sponsor and navigation words) come from
the language files.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Figure, Heading, ListBlock, Paragraph
from .body import Placed
from .cuewords import ChromeCues
from .lines import Line

_BUTTON_WORDS = 7
"""A button's label is a few words; a longer line is text."""

_FOOTER_WORDS = 20
"""A footer's line is short; a paragraph that mentions a sponsor is longer."""

_SENTENCE_ENDS = (".", "!", "?", ":", ";", "。", "؟")

_STRIP = " \t«»‹›<>|[]()*•·:,.!?\"'“”„‚‘’-–—"


def _words(text: str) -> list[str]:
    return [w.strip(_STRIP) for w in text.casefold().split() if w.strip(_STRIP)]


def _short_label(text: str) -> bool:
    # A few words without a sentence's end: a button's or a link's label.
    return 1 <= len(text.split()) <= _BUTTON_WORDS and not text.rstrip().endswith(_SENTENCE_ENDS)


def button_line(text: str, chrome: ChromeCues) -> bool:
    """A call-to-action button's label: two to seven words, no sentence end, opening (or,
    in German word order, closing) on a button verb ("Check today's lift status", "Buy
    lift tickets", "Ausleihe jetzt reservieren"). A lynx link mark ("[13]") may lead it."""
    if not chrome.button_verbs or not _short_label(text) or ":" in text:
        return False  # "Book: The Quiet Harbour": a review's fact row, labelled, no button
    words = _words(text.lstrip("[0123456789]"))
    if len(words) < 2:
        return False
    return words[0] in chrome.button_verbs or words[-1] in chrome.button_verbs


def button_pairs(
    lines: Sequence[Line],
    used: Sequence[bool],
    chrome: ChromeCues,
    dropped: frozenset[int] = frozenset(),
) -> list[int]:
    """Indexes of the button lines that stand in a pair with another short line, with no
    blank line between them ("Check today's lift status" / "Buy lift tickets", "Reserve
    this book" / "Available in all branches"), and of the short line right under a button.
    A lone imperative line is left alone: it may be a subhead ("Check your eligibility").
    A button an earlier pass dropped (``dropped``: line numbers) still pairs with the line
    under it."""
    out: list[int] = []
    for k, line in enumerate(lines):
        if (used[k] and line.number not in dropped) or not button_line(line.text, chrome):
            continue
        below = lines[k + 1] if k + 1 < len(lines) else None
        above = lines[k - 1] if k > 0 else None
        pair_below = below is not None and not below.blank_before and _short_label(below.text)
        pair_above = (
            above is not None
            and not line.blank_before
            and _short_label(above.text)
            and button_line(above.text, chrome)
        )
        if not (pair_below or pair_above):
            continue
        if not used[k]:
            out.append(k)
        if pair_below and not used[k + 1]:
            out.append(k + 1)  # the button's second half: "Available in all branches"
    return sorted(set(out))


def footer_line(text: str, chrome: ChromeCues) -> bool:
    """A line of a club's or a site's footer under a report: a next-event line ("Next
    fixture: Sat 15 November, …"), a sponsor line ("Our 1st XI is sponsored by …"), or a
    previous/next row ("« Previous report: … | Next report: … »")."""
    words = text.split()
    if not words or len(words) > _FOOTER_WORDS:
        return False
    key = text.casefold().strip(_STRIP)
    head, colon, _rest = key.partition(":")
    if colon and head.strip() in chrome.next_events:
        return True
    if not text.rstrip().endswith(_SENTENCE_ENDS) and any(
        f" {label} " in f" {key} " for label in chrome.sponsors if " " in label
    ):
        return True  # a sentence of the story that names a sponsor ends like one
    parts = [p.strip(_STRIP) for p in text.casefold().replace("»", "|").split("|")]
    parts = [p for p in parts if p]
    return len(parts) >= 2 and all(
        (p.split() or [""])[0] in chrome.navigation and ":" in p for p in parts
    )


def _block_text(block: object) -> str | None:
    if isinstance(block, (Paragraph, Heading)):
        return block.text
    if isinstance(block, Figure) and not block.credit:
        return block.caption
    return None


def trim_footer(placed: list[Placed], chrome: ChromeCues) -> tuple[list[Placed], list[Placed]]:
    """The body without the run of footer lines that closes it, and that run. Only the
    closing run: a next-event or sponsor line inside the story is the story's."""
    end = len(placed)
    while end > 0:
        text = _block_text(placed[end - 1].block)
        if text is None or not footer_line(text, chrome):
            break
        end -= 1
    if end == 0:
        return placed, []
    return placed[:end], placed[end:]


_ADVICE_ITEMS = 5
"""Most items an advice box holds under its title (more is a last section of the story)."""
_ADVICE_ITEM_CHARS = 400


_TIPS_ITEMS = 3
"""Most items a tips box holds under its title ("Tips for walkers": one to three lines)."""
_TIPS_ITEM_CHARS = 200


def _tips_title(text: str, key: str, chrome: ChromeCues) -> bool:
    # A tips box's title: a few words opening with an ``advice_box_openers`` form and
    # naming whom or what the tips are for ("Tips for walkers", "Consejos para caminantes",
    # "Советы жителям"), no sentence. The form alone ("Consigli", "Tips") is a blogger's
    # own last section as often as a box.
    if len(key.split()) > 5 or text.rstrip().endswith((".", "!", "?", "…")):
        return False
    return any(
        key.startswith(o + " ") or (o[:1] >= "\u3000" and key.startswith(o) and key != o)
        for o in chrome.advice_openers
    )


def _clock(token: str) -> bool:
    # A time of day, no date: "16:00", "16.00", "16h30", "9h", "4pm", "4p.m.", "16"
    # (before "Uhr").
    token = token.strip("():,–—-")
    for suffix in ("a.m.", "p.m.", "am", "pm"):
        if token.endswith(suffix) and token[: -len(suffix)][-1:].isdigit():
            token = token[: -len(suffix)]
            break
    digits = token.replace(":", "").replace(".", "").replace("h", "")
    head = token.replace(".", ":").replace("h", ":").partition(":")[0]
    return 0 < len(token) <= 5 and digits.isdigit() and 1 <= len(head) <= 2


def dated_update(text: str, chrome: ChromeCues) -> bool:
    """A story's closing update line: an update label, a time of day within the next three
    words, then the news ("Update 16:00 – …", "Aktualisierung 16 Uhr: …", "Aggiornamento
    ore 16:00 – …", "Обновление 16:00 — …"). The label alone or a date is no such line."""
    key = text.casefold().lstrip("*_ ").replace("**", "")
    if len(key) > 600 or not key[:1].isalpha():
        return False
    for label in chrome.updated_labels:  # longest first
        if key.startswith(label) and key[len(label) : len(label) + 1] in (" ", ":", ",", "："):
            rest = key[len(label) :].lstrip(" :,：").split()
            break
    else:
        return False
    for k, token in enumerate(rest[:3]):
        if token[:1].isdigit():
            return _clock(token) and len(rest) >= k + 4
    return False


def _box_items(items: list[Placed], most: int, chars: int) -> bool:
    # One to ``most`` short items (paragraphs or a list's items) of ``chars`` at most.
    texts: list[str] = []
    for p in items:
        if isinstance(p.block, Paragraph):
            texts.append(p.block.text)
        elif isinstance(p.block, ListBlock):
            texts.extend(p.block.items)
        else:
            return False
    return 1 <= len(texts) <= most and all(len(t) <= chars for t in texts)


def trim_advice_box(placed: list[Placed], chrome: ChromeCues) -> tuple[list[Placed], list[Placed]]:
    """The body without an advice box that closes it, and that box: a title of its own
    (``advice_box_titles``: "Good to know", "Warto wiedzieć", "温馨提示") over one to five
    short paragraphs that end the body ("Dry food can be left at the library."), with two
    paragraphs of the story above it. The page prints its service box after the article;
    a subhead of the story has another name, and a title followed by a subhead or a
    figure opens a section, not a box. The box may stand over the story's closing update
    line ("Update 16:00 – …", :func:`dated_update`): that line stays the story's last
    paragraph. Over such a line only, a tips box is one too (``advice_box_openers``:
    "Tips for walkers", "Consejos para caminantes", "Советы жителям"): one to three items
    of 200 characters at most, paragraphs or a list's items."""
    if not chrome.advice_boxes and not chrome.advice_openers:
        return placed, []
    end = len(placed)
    tail: list[Placed] = []
    last = placed[-1].block if placed else None
    if isinstance(last, Paragraph) and dated_update(last.text, chrome):
        end -= 1
        tail = placed[end:]
    for start in range(end - 2, max(end - 2 - _ADVICE_ITEMS, -1), -1):
        block = placed[start].block
        if not isinstance(block, (Heading, Paragraph)) or len(block.text) > 40:
            continue
        key = block.text.casefold().strip(" :：")
        if key in chrome.advice_boxes:
            most, chars = _ADVICE_ITEMS, _ADVICE_ITEM_CHARS
        elif tail and _tips_title(block.text, key, chrome):
            most, chars = _TIPS_ITEMS, _TIPS_ITEM_CHARS
        else:
            continue
        items = placed[start + 1 : end]
        story = sum(1 for p in placed[:start] if isinstance(p.block, Paragraph))
        if story >= 2 and _box_items(items, most, chars):
            return placed[:start] + tail, placed[start:end]
        return placed, []
    return placed, []


_TITLE_ENDS = (".", "!", "?", "。", "！", "？", "…", "»", "”", '"')
"""How a paragraph that is a sentence, not a box's title printed as a paragraph, ends."""
_NOTICE_TITLE_CHARS = 60
"""How long a notice box's title runs at most ("Hinweise für die Schifffahrt")."""
_NOTICE_TEXT_CHARS = 400
"""How long the one paragraph of a notice box runs at most (a sentence or two and a link)."""


def _ends_on_link(text: str) -> bool:
    # Whether a paragraph's last word is a link or a web address: a markdown link
    # ("[Tickets](https://…)"), "https://…", "www.…" or "site.example/path".
    last = text.rsplit(None, 1)[-1].rstrip(".;")
    if "](" in last and last.endswith(")"):
        return True
    if last.startswith(("http://", "https://", "www.")):
        return True
    host = last.split("/", 1)[0]
    return "/" in last and "." in host and not host.endswith(".") and host[:1].isalpha()


def _printed_end(lines: Sequence[Line], number: int, stop: int) -> str:
    # The last source line of the paragraph that starts on line ``number`` (a dump
    # wraps it; its link's markup is only in the source), before line ``stop``.
    last = ""
    for line in lines:
        if line.number < number:
            continue
        if line.number >= stop or (last and line.blank_before):
            break
        last = line.text
    return last


def trim_notice_boxes(
    placed: list[Placed], chrome: ChromeCues, lines: Sequence[Line]
) -> tuple[list[Placed], list[Placed]]:
    """The body without the notice or service boxes a press room prints after its story,
    and those boxes: a title of its own, a heading or a short line that ends no sentence
    (``notice_box_titles``: "Notice to shipping",
    "Hinweise für die Schifffahrt", "Informations pratiques", "Praktische informatie") over
    ONE short paragraph that ends on a link or a web address ("… Aktuelle Informationen
    unter www.hafen.example/nautik"), with the body's end or another section's heading (the
    organisation's "About …") right under it, and two paragraphs of the story above it.
    A story's section under such a title runs on for more paragraphs, or does not end on
    an address."""
    if not chrome.notice_boxes or len(placed) < 4:
        return placed, []
    drop: set[int] = set()
    story = 0
    for i, p in enumerate(placed[:-1]):
        block = p.block
        if isinstance(block, Paragraph) and i not in drop:
            story += 1
        if not isinstance(block, (Heading, Paragraph)) or len(block.text) > _NOTICE_TITLE_CHARS:
            continue
        if isinstance(block, Paragraph) and block.text.endswith(_TITLE_ENDS):
            continue
        key = block.text.casefold().strip(" :：#*")
        if story < 2 or not key.startswith(chrome.notice_boxes):
            continue
        text = placed[i + 1].block
        if not isinstance(text, Paragraph) or len(text.text) > _NOTICE_TEXT_CHARS:
            continue
        if i + 2 < len(placed) and not isinstance(placed[i + 2].block, Heading):
            continue
        stop = placed[i + 2].line if i + 2 < len(placed) else 1 << 30
        printed = _printed_end(lines, placed[i + 1].line, stop)
        if _ends_on_link(text.text) or (printed and _ends_on_link(printed)):
            drop.update((i, i + 1))
    if not drop:
        return placed, []
    return (
        [p for k, p in enumerate(placed) if k not in drop],
        [p for k, p in enumerate(placed) if k in drop],
    )
