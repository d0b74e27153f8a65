"""Round 25 (embeds): embedded social posts and video players inside an article.

A page embeds a post (Instagram, X, Facebook, Threads, Bluesky, TikTok) or a player
(YouTube) between the article's paragraphs; a dump prints its widget rows ("View this post
on Instagram", "A post shared by Name (@handle)", "Ver en YouTube"), the post's handle,
text and counters, or the post's text over its "— Name (@handle) date" attribution or its
pic.twitter link. These rules mark the whole embed ``noise.embed`` (dropped where it
stands; the zone decoder lets the article go on under it, see ``embed_runs``).
Loaded only for a page that has an embed row or a counter row (``features._embed_spans``,
``features._embedded_posts``): most pages have neither.
"""

from __future__ import annotations

from itertools import pairwise

from ..._typing import TYPE_CHECKING
from .markup import link_words
from .noise import _EMBED_MEDIA_LINK

if TYPE_CHECKING:
    from .features import LineFeatures
    from .lines import Line

__all__ = ["embed_media_link", "embed_runs", "embed_spans", "linked_post"]

_POST_LINES = 4
"""How many lines of an embedded post's text stand over its link at most (as
``features._POST_LINES`` over an attribution)."""
_EMBED_SPAN = 12
"""Lines from an embedded post's opening row ("View this post on Instagram") to its
attribution ("A post shared by Name (@handle)") at most: handle, text, counters."""
_EMBED_TITLE_LINES = 2
_EMBED_TITLE_WORDS = 14
_EMBED_GAP_WORDS = 80
_EMBED_ROW_WORDS = 10
_EMBED_SEPARATORS = ("·", "|", "•")
_EMBED_TEXT_WORDS = 5
"""The post's text between the account's name and the counters: this many words at least."""
_EMBED_STORY_WORDS = 20
_EMBED_STORY_REACH = 4
"""A post copied with its counters stands between paragraphs: one of 20 words or more
among the four lines over it."""
_EMBED_NAME_WORDS = 6
"""The account's name a copied post opens on: at most this many words."""


def embed_spans(lines: list[Line], feats: list[LineFeatures], counted: list[int]) -> None:
    """Mark an embed's rows, the lines between them and the furniture beside them
    ``noise.embed`` in ``feats`` (``counted``: the lines opening with a figure and holding
    "·", the counter rows' candidates)."""
    # Round 25 (embeds): an embedded post or player printed between the article's
    # paragraphs is one block of the page, not the article's end. Its widget rows are
    # cued (``noise.embed``: "View this post on Instagram", "A post shared by … (@handle)",
    # "Ver en YouTube", the "— Name (@handle) date" attribution); the lines between two of
    # them are the embed's too: between an opening row and the attribution (a line with
    # "(@") at most twelve lines down, the post's handle, text and counters; between two
    # rows at most two short lines apart, a player's title. Next to the embed, a bare
    # "@handle" row and a counter row ("1,204 likes", "245 polubień · 31 komentarzy") are
    # its furniture.
    for k in counted:
        _counted_post(lines, feats, k)
    marks = [k for k, f in enumerate(feats) if f.cue == "noise.embed"]
    if not marks:
        return
    for a, b in pairwise(marks):
        gap = range(a + 1, b)
        if not gap or b - a > _EMBED_SPAN:
            continue
        if any(feats[j].words > _EMBED_GAP_WORDS for j in gap):
            continue
        post = "(@" in lines[b].text and "(@" not in lines[a].text
        if post or (
            len(gap) <= _EMBED_TITLE_LINES
            and all(
                feats[j].words <= _EMBED_TITLE_WORDS and not feats[j].ends_sentence for j in gap
            )
        ):
            for j in gap:
                # (the post's "38 comments" counts its comments: no comment section opens)
                feats[j] = feats[j]._replace(cue="noise.embed", closing=False)
    n = len(lines)
    todo = [k for k, f in enumerate(feats) if f.cue == "noise.embed"]
    while todo:
        k = todo.pop()
        for j in (k - 1, k + 1):
            if 0 <= j < n and feats[j].cue != "noise.embed" and _embed_furniture(lines[j].text):
                feats[j] = feats[j]._replace(cue="noise.embed")
                todo.append(j)


def _counted_post(lines: list[Line], feats: list[LineFeatures], k: int) -> None:
    # Round 25 (embeds): a post copied with its counters and no widget row ("Gmina Zalesie"
    # / "12 czerwca o 14:32 ·" / "Most otwarty! …" / "245 polubień · 31 komentarzy · 12
    # udostępnień"): a row of two counters or more closes the post, and the block over it
    # (from a blank line, up to four lines, opening on a short line: the account's name,
    # under a paragraph of the story) is the post's. A page copied without blank lines has
    # no such block.
    text = lines[k].text
    if feats[k].datelike or sum(1 for part in text.split("·") if part.strip()) < 2:
        return  # "12 May 2026 · 6 min read": a header's date row
    if not _embed_furniture(text):
        return
    top = k
    while top > 0 and not lines[top].blank_before and k - top <= _POST_LINES:
        top -= 1
    if top <= 0 or top == k or not lines[top].blank_before or k - top > _POST_LINES:
        return
    head = feats[top]
    if head.words > _EMBED_NAME_WORDS or head.ends_sentence:
        return
    if any(g.cue not in (None, "noise.embed") or g.words > _EMBED_GAP_WORDS for g in feats[top:k]):
        return
    if not any(feats[j].words >= _EMBED_TEXT_WORDS for j in range(top + 1, k)):
        return  # a name over its figures ("Robert Lis" / "12 meczów · 7 goli"): a stats box
    if not any(
        g.cue is None and g.ends_sentence and g.words >= _EMBED_STORY_WORDS
        for g in feats[max(0, top - _EMBED_STORY_REACH) : top]
    ):
        return  # no paragraph of the story right over it: a header's headline and dek
    for j in range(top, k + 1):
        feats[j] = feats[j]._replace(cue="noise.embed")


def _embed_furniture(text: str) -> bool:
    # A bare "@handle" row or a counter row ("1,204 likes", "38 comments", "1.204
    # „Gefällt mir“-Angaben · 38 Kommentare"): every part a number and a word or two.
    text = text.lstrip("> ")
    if "](" in text:
        text = link_words(text)
    if text[:1] == "@":
        return " " not in text.strip() and len(text) <= 32
    if not text[:1].isdigit() or text.endswith((".", "!", "?", ":")) or "/" in text:
        return False
    if len(text.split()) > _EMBED_ROW_WORDS:
        return False
    parts = [text]
    for sep in _EMBED_SEPARATORS:
        if sep in text:
            parts = [p.strip() for p in text.split(sep) if p.strip()]
            break
    return all(
        p[:1].isdigit()
        and 2 <= len(p.split()) <= 4
        and p.split()[0][-1:].isalnum()  # "1,204", "1,2K"; not a list's "13."
        and not any(ch.isdigit() for ch in p.partition(" ")[2])  # "12 May 2026": a date
        and any(ch.isalpha() for ch in p)
        for p in parts
    )


def linked_post(lines: list[Line], feats: list[LineFeatures], k: int) -> None:
    # Round 25 (embeds): an embedded post's text wrapped over a few lines (lynx, w3m) whose
    # last line ends on the platform's short link ("… afición! [13]#VamosRibera" /
    # "[14]pic.twitter.com/Qm7rTz2Lw8"): the whole block over the link, from the blank line
    # over it, is the post's, up to four lines, none of them cued and all but the last
    # broken mid-sentence (a wrap, not the story's own lines over a one-line post).
    if not embed_media_link(lines[k].text):
        return
    top = k - 1
    while top > 0 and not lines[top].blank_before and k - top < _POST_LINES:
        top -= 1
    if top <= 0 or not lines[top].blank_before or any(g.cue is not None for g in feats[top:k]):
        return  # (a text's first line: a page copied without blank lines opens on the story)
    if any(feats[j].ends_sentence for j in range(top, k - 1)):
        return  # lines that end their sentences: the story's paragraphs, not a wrapped post
    for j in range(top, k):
        feats[j] = feats[j]._replace(cue="noise.embed")


def embed_runs(feats: list[LineFeatures]) -> frozenset[int]:
    """The lines of an embed's run of ``noise.embed`` rows after its first one (see
    ``embed_spans``), when a paragraph of the story stands within three lines
    over the run and within three lines under it: an embedded post or player of a dozen
    rows between two paragraphs costs the body what one widget row costs, and the article
    goes on under it. An embed is followed by the story's prose, a page's end is not (its
    follow rows and footers carry their own cues; an Instagram feed over the footer has no
    paragraph under it)."""
    n = len(feats)
    out: set[int] = set()
    k = 1
    while k < n:
        if feats[k].cue != "noise.embed" or feats[k - 1].cue != "noise.embed":
            k += 1
            continue
        start, end = k - 1, k
        while end + 1 < n and feats[end + 1].cue == "noise.embed":
            end += 1
        over = any(_story_paragraph(feats[j]) for j in range(max(0, start - 3), start))
        under = any(_story_paragraph(feats[j]) for j in range(end + 1, min(n, end + 4)))
        if over and under:
            out.update(range(start + 1, end + 1))
        k = end + 1
    return frozenset(out)


def _story_paragraph(f: LineFeatures) -> bool:
    return f.cue is None and f.ends_sentence and f.words >= _RUN_STORY_WORDS


_RUN_STORY_WORDS = 12


def embed_media_link(text: str) -> bool:
    """True for the last line of an embedded post's text, ending on the platform's short
    link ("… Nos vemos en la fase de ascenso. [14]pic.twitter.com/Qm7rTz2Lw8")."""
    linked = "t.co/" in text or "twitter.com/" in text
    return linked and len(text) <= 400 and _EMBED_MEDIA_LINK.search(text) is not None
