"""The furniture of a live blog's entries: the time stamp over each entry and its byline.

A live blog prints a run of entries, each under its own stamp ("13.05 BST", "2h ago",
"14:32 Uhr", "il y a 5 min"), often with the entry's author and headline under it. The
stamps and bylines sit between the prose of the article: they are neither body nor the
article's own date and byline (LABELS.md), so they are dropped where they stand. The
entry headlines stay, read as the body's headings.
"""

from __future__ import annotations

from collections import Counter

from .cuewords import fold
from .features import LineFeatures, timed_entry
from .lazyre import lazy_pattern
from .lines import Line

__all__ = ["MIN_STAMPS", "entry_byline", "entry_furniture", "entry_headlines", "phase_labels"]

MIN_STAMPS = 2
"""Stamps a page needs before its stamps are read as a live blog's (one clock time alone
may be a kicker or a caption's)."""


_CLOCK = lazy_pattern(r"\b\d{1,2}[:.]\d{2}\b")
"""An entry's clock time ("09:58 GMT", "14.05"), not a header's "Updated 2h ago"."""


def _live(lines: list[Line], feats: list[LineFeatures]) -> bool:
    # The page is a live blog: two stamps or more, or one stamp among entries that print
    # their time on the same line ("14:52 — …" / "13:05" over its text / "12:20 — …"): a
    # page whose entries mostly carry their time inline stands one stamp alone now and then.
    stamps = sum(1 for f in feats if f.stamp)
    if stamps >= MIN_STAMPS:
        return True
    if not stamps:
        return False
    timed = sum(1 for line in lines if line.text[:1].isdigit() and timed_entry(line.text))
    return timed >= MIN_STAMPS


def entry_byline(text: str, f: LineFeatures) -> bool:
    """A name under an entry's stamp ("Nadia Grieve", "Tom Ashdown in Gainsborough")."""
    if f.byline:
        return True
    capitals = sum(1 for word in text.split() if word[:1].isupper())
    # A name's lower-case words are short particles ("in", "van", "de"); a headline's are
    # words ("Yellow card for Exeter"), and a name holds no score or exclamation.
    lower = [w for w in text.split() if not w[:1].isupper()]
    return (
        2 <= f.words <= 6
        and not f.ends_sentence
        and f.cue is None
        and text[:1].isupper()
        and capitals >= 2
        and capitals >= f.words - 2
        and all(len(w) <= 3 and w.isalpha() for w in lower)
        and not any(ch.isdigit() or ch in "!?:" for ch in text)
    )


_BULLETS = frozenset(["* ", "• ", "- ", "– ", "· ", "▪ ", "+ "])


def _over_summary_list(lines: list[Line], k: int) -> bool:
    # True when the summary label on line ``k`` stands right over its list: bullets under
    # the label with its colon ("Key points:" / "• …"), or, with or without the colon, two
    # short lines or more printed one under the other with no blank line, the label too
    # ("Key Takeaways" / "Small restaurants rarely fail …" / "A simple forecast …"): a copy
    # that lost the bullets. A label over a paragraph a blank line below, or a bare label
    # over bullets (a wire story's "Summary"), is a subhead.
    colon = lines[k].text.rstrip().endswith((":", "："))
    if lines[k + 1].text[:2] in _BULLETS:
        return colon  # "Summary" alone over a wire story's bullets is its first subhead
    run = 0
    for j in range(k + 1, min(len(lines), k + 8)):
        if lines[j].blank_before or len(lines[j].text.split()) > 35:
            break
        run += 1
    # A blank line closes the list: on a page printed without any, every paragraph stands
    # one under the other and a subhead over them would look the same.
    closed = k + 1 + run < len(lines) and lines[k + 1 + run].blank_before
    return run >= 2 and closed


def entry_furniture(
    lines: list[Line], feats: list[LineFeatures], summary_labels: frozenset[str] = frozenset()
) -> list[tuple[int, str]]:
    """The stamps of a live blog and the entry bylines right under them, its key events
    list and the label over its summary ("Summary", "What to know"), with a reason."""
    if not _live(lines, feats):
        # Any page: "Key points:", "Zusammenfassung:", "L'essentiel :" with its colon right
        # over bullets is the label of the summary box, no subhead of the story.
        return [
            (k, "summary label")
            for k in range(len(lines) - 1)
            if fold(lines[k].text).rstrip(" :：") in summary_labels
            and _over_summary_list(lines, k)
        ]
    counts = Counter(line.text.casefold() for line in lines)
    out: list[tuple[int, str]] = []
    stamps = [k for k, f in enumerate(feats) if f.stamp]
    second = stamps[1] if len(stamps) > 1 else stamps[0]  # the first may be the header's
    for k in range(second):
        # A live blog opens with its summary bullets under a bare label.
        if lines[k].text.casefold().rstrip(" :：") in summary_labels and not (
            k
            and feats[k - 1].stamp
            and _CLOCK.search(lines[k - 1].text) is not None  # not "Updated 2h ago"
            and k + 1 < len(lines)
            and not feats[k + 1].stamp
        ):
            # "09:58 GMT" / "What we know so far" / prose: under an entry's own stamp
            # the label is that entry's headline (entry_headlines), not the summary's
            out.append((k, "summary label"))
    for k, f in enumerate(feats):
        if not f.stamp:
            continue
        out.append((k, "live blog entry stamp"))
        after = k + 1
        if (
            after + 1 < len(lines)
            and (feats[after + 1].stamp or feats[after + 1].cue is not None)
            and counts[lines[after].text.casefold()] > 1
            and not feats[after].ends_sentence
        ):
            # "Key events": stamp, entry headline, stamp, …: the headlines are printed
            # again over their entries below.
            out.append((after, "key events list"))
            continue
        if after < len(lines) and not feats[after].stamp:
            # The byline under a stamp, unless it is the entry's only line under it.
            rest = after + 1 < len(lines) and not feats[after + 1].stamp
            if rest and entry_byline(lines[after].text, feats[after]):
                out.append((after, "live blog entry byline"))
    return out


def entry_headlines(lines: list[Line], feats: list[LineFeatures], furniture: set[int]) -> set[int]:
    """The line numbers of the entries' headlines: the short line right under an entry's
    stamp (and byline), with the entry's prose under it. Its place says it is a heading,
    even when it holds a year or a number ("River passes 2000 record")."""
    out: set[int] = set()
    for k, f in enumerate(feats):
        if not f.stamp or k not in furniture:
            continue
        j = k + 1
        while j in furniture and not feats[j].stamp:
            j += 1  # past the entry's byline
        if j + 1 >= len(lines) or j in furniture:
            continue
        g, below = feats[j], feats[j + 1]
        if (
            g.cue is None
            and not g.bullet
            and 2 <= g.words <= 15
            and g.chars <= 120
            and not lines[j].text.endswith(".")
            and below.cue is None
            and not below.stamp
            and below.ends_sentence
            and below.chars >= 80
        ):
            out.add(lines[j].number)
    return out


_TICK = lazy_pattern(r"\d{1,2}[:.]\d{2}(?:\s|$)|\d{1,3}(?:\+\d{1,2})?(?:\s?min\b|['’′])")
"""A ticker entry's time at the start of a line: a clock ("17:46 It is over.", "16.21") or
a match minute ("88 min", "90+4 min", "67' Goal!")."""


def phase_labels(
    lines: list[Line], feats: list[LineFeatures], labels: frozenset[str]
) -> list[tuple[int, str]]:
    """A match ticker's phase labels ("Full time", "Half time", "Pre-match", "Halbzeit",
    "Descanso"), each a whole line, on a page whose entries open with a clock time or a
    match minute (two or more): they stamp the entries as the times do, no subheads and
    no body (LABELS.md, en_sports_ticker). Under an entry's own stamp the label is that
    entry's headline, and elsewhere such a line is left as it was read."""
    if not labels:
        return []
    found = [
        k
        for k, line in enumerate(lines)
        if len(line.text) <= 40
        and fold(line.text).strip(" :!") in labels
        # "17:02" / "Kick-off" / prose: right under an entry's stamp it is the entry's
        # headline (entry_headlines), a heading
        and not (k and feats[k - 1].stamp)
    ]
    if not found:
        return []
    ticks = 0
    for k, line in enumerate(lines):
        if feats[k].stamp or (line.text[:1].isdigit() and _TICK.match(line.text)):
            ticks += 1
            if ticks >= MIN_STAMPS:
                return [(k, "match phase label") for k in found]
    return []
