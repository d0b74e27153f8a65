"""Splitting scraped text into numbered, whitespace-normalised lines."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from ... import _functools as functools
from ..._typing import NamedTuple
from .lazyre import lazy_pattern
from .textnodes import goes_on_wrapped, run_in_label, source_wrapped

__all__ = ["Line", "figure_item", "line_measure", "split_lines", "unwrap", "wrap_width"]

# Invisible characters that scrapers leave behind; str.split() does not treat them as space.
_INVISIBLE = lazy_pattern("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Only ASCII runs are collapsed: a no-break space inside a line is the author's, and is kept.
_SPACES = lazy_pattern(r"[ \t\f\v]+")


def _single_spaced(raw: str) -> str:
    # ``raw`` with each run of spaces and tabs made one space; a line with single spaces
    # only (most lines) is returned as it is, without the pattern's pass over it.
    if "  " in raw or "\t" in raw or "\f" in raw or "\v" in raw:
        return _SPACES.sub(" ", raw)
    return raw


class Line(NamedTuple):
    """One non-blank source line."""

    number: int
    """1-based line number in the source text."""
    text: str
    """The line, stripped, with runs of spaces and tabs collapsed to one space."""
    blank_before: bool
    """True when a blank line (or the start of the text) precedes it."""
    link_row: bool = False
    """True when the dump printed the line as a row of links and nothing else (lynx
    ``[18]Partager [19]Copier le lien``): a widget, never the rest of a sentence."""
    glued: int = 0
    """Source lines after ``number`` glued into this one (a link or an image's markup the
    dump tool wrapped, :func:`.markup.join_image_lines`): the line ends on
    ``number + glued``."""


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, each knowing whether a blank line came before.

    A text whose paragraphs were cut at every inline element (see :func:`_inline_split`)
    has its fragments joined back; a joined line carries its first fragment's number.
    """
    out: list[Line] = []
    blank = True
    raws = _INVISIBLE.sub("", text).split("\n")
    fragments = _inline_split(raws)
    # A stripped dump has no node opening with a space; the punctuation after a link
    # (", 21 months") opening its lines is no sign of get_text("\n") then.
    if (not fragments or not any(raw[:1] == " " for raw in raws)) and _stripped_nodes(raws):
        return _join_stripped(raws)
    # get_text() with the HTML source's own line breaks: a paragraph the source wrapped
    # goes on in lower case on the next line (textnodes.py).
    wrapped = not fragments and source_wrapped(raws)
    comma = False  # the line above was a lone comma node
    for number, raw in enumerate(raws, start=1):
        clean = _single_spaced(raw).strip()
        if not clean:
            blank = True
            comma = False
            continue
        if clean in _LONE_COMMAS and not blank and out:
            # "Dana Whitlock" / "," / "Patch Staff": a page read one text node a line
            # prints the comma between a byline's name and its desk as a node of its own;
            # it joins the lines on both sides of it, as the page shows them
            out[-1] = out[-1]._replace(text=out[-1].text + clean)
            comma = True
            continue
        if comma and out:
            out[-1] = out[-1]._replace(text=out[-1].text + " " + clean)
            comma = False
            continue
        if fragments and not blank and out and _goes_on(raws[number - 2], raw):
            glue = " " if raw[:1].isspace() or raws[number - 2][-1:].isspace() else ""
            out[-1] = out[-1]._replace(text=out[-1].text + glue + clean)
            continue
        if not fragments and not blank and (
            _lone_link_node(raws, number, out) or _stripped_link_node(raws, number, out)
        ):
            # "… Według " / "danych izby rolniczej" / " wyprodukowanie …": one link cut
            # the paragraph in a page too short of links for the page-wide test above
            glue = "" if _punctuation_first(clean) else " "  # "Market" / ". Our goal …"
            out[-2] = out[-2]._replace(text=f"{out[-2].text} {out[-1].text}{glue}{clean}")
            out.pop()
            continue
        if (
            not blank
            and out
            and raw[:1] == " "
            and raw[1:2] != " "
            and run_in_label(out[-1].text, clean)
        ):
            # get_text("\n"): a bold label's node, then the quote with the space it kept
            out[-1] = out[-1]._replace(text=out[-1].text + " " + clean)
            continue
        if (
            wrapped
            and not blank
            and out
            and raw[:1] != "\t"  # a template's indentation: its markup, not a wrapped text
            and goes_on_wrapped(_single_spaced(raws[number - 2]).strip(), clean)
        ):
            out[-1] = out[-1]._replace(text=out[-1].text + " " + clean)
            continue
        out.append(Line(number, clean, blank))
        blank = False
    return out


_LONE_COMMAS = frozenset([",", "，", "、"])

# A text made by taking every text node of a page one per line (BeautifulSoup's
# get_text("\n"), many scrapers' "all the text"): a paragraph with a link or an emphasis
# in it comes out as "… the popular online game " / "Minecraft" / " makes it easy …",
# each node keeping the spaces it had around it in the HTML. A node that goes on a
# sentence opens with one space and a lower-case word, or with the punctuation after a
# link (", 21 months"); no dump tool or hand copy starts lines so.
_AFTER_LINK = tuple(",.;:!?)]»”")
_OPENERS = tuple("([“„«")
_POSSESSIVES = ("’s", "'s")
_FRAGMENTS_NEEDED = 3


def _inline_split(raws: list[str]) -> bool:
    # True when at least three lines go on the line above as inline fragments do.
    found = 0
    for above, raw in itertools.pairwise(raws):
        if raw[:1] not in (" ", *_AFTER_LINK) or not above.strip():
            continue
        if (raw[:1] == " " and raw[1:2].islower()) or _punctuation_first(raw):
            found += 1
            if found >= _FRAGMENTS_NEEDED:
                return True
    return False


_ITEM_WORDS = 6
"""Words of a list item (or of the label over it) at most, in a column of short lines."""


def _list_column(above: str, text: str, below: str) -> bool:
    # True when ``text`` (stripped) is one more item of a list printed one short line
    # under another, not the rest of the sentence ``above`` broke off: both lines short,
    # neither ending a sentence, the item opening in lower case as German, French or Polish
    # pro/con items do ("Das gefällt uns" / "breite Zehenbox" / "teuer"), and the line
    # ``below`` going on no sentence itself. A link cut out of a sentence leaves a rest
    # that the next node closes (", the operator added.", "and" / "prams.").
    return (
        len(text.split()) <= _ITEM_WORDS
        and len(above.split()) <= _ITEM_WORDS
        and not text.endswith(_SENTENCE_END)
        and not (
            _punctuation_first(below) or (below[:1].islower() and below.endswith(_SENTENCE_END))
        )
    )


def _stripped_nodes(raws: list[str]) -> bool:
    # True for get_text("\n", strip=True): no blank line at all, and at least five lines
    # that go on the sentence above in lower case (its text nodes, spaces stripped) or
    # quote under a bold label that runs into them ("What she said:" / "\"…\"").
    if any(not raw.strip() for raw in raws[:-1]):
        return False
    found = 0
    for k in range(1, len(raws)):
        above, raw = raws[k - 1], raws[k]
        below = raws[k + 1].strip() if k + 1 < len(raws) else ""
        if (
            raw[:1].islower()
            and not above.rstrip().endswith(_SENTENCE_END)
            and not _list_column(above.strip(), raw.strip(), below)
        ) or run_in_label(above.strip(), raw.strip()):
            found += 1
            if found >= 5:
                return True
    return False


def _join_stripped(raws: list[str]) -> list[Line]:
    # The lines of a stripped text-node dump, the nodes of each sentence joined back.
    #
    # A node goes on the line above when it opens in lower case or with the punctuation
    # after a link, under a line that ends no sentence; a short node (a link's words,
    # "Minecraft") goes on too when the node under it goes on in lower case.
    out: list[Line] = []
    texts = [_single_spaced(raw).strip() for raw in raws]

    def goes_on(k: int) -> bool:
        above, text = texts[k - 1], texts[k]
        if not above or not text:
            return False
        if _punctuation_first(text):
            return True
        if run_in_label(above, text):
            return True
        return (
            text[:1].islower()
            and not above.endswith(_SENTENCE_END)
            and not _list_column(above, text, texts[k + 1] if k + 1 < len(texts) else "")
        )

    for k, text in enumerate(texts):
        if not text:
            continue
        joined = k > 0 and out and (
            goes_on(k)
            or (
                k + 1 < len(texts)
                and len(text.split()) <= 4
                and not text.endswith(_SENTENCE_END)
                and not texts[k - 1].endswith(_SENTENCE_END)
                and goes_on(k + 1)
            )
        )
        if joined:
            glue = "" if _punctuation_first(text) or texts[k - 1].endswith(_OPENERS) else " "
            out[-1] = out[-1]._replace(text=out[-1].text + glue + text)
        else:
            out.append(Line(k + 1, text, not out))
    return out


_LINK_NODE_WORDS = 6


def _lone_link_node(raws: list[str], number: int, out: list[Line]) -> bool:
    # True when line ``number`` (1-based) ends a paragraph that one inline link cut into
    # three text nodes, each keeping the space it had in the HTML: a line of prose ending
    # in a word and a space, the link's few words (no space around them, no sentence end),
    # then the rest opening with one space and a lower-case word. No dump tool or hand copy
    # leaves a space at both cuts; the three lines stand with no blank line between.
    if number < 3 or len(out) < 2:
        return False
    above, link, raw = raws[number - 3], raws[number - 2], raws[number - 1]
    if out[-1].number != number - 1 or out[-2].number != number - 2:
        return False
    if not (raw[:1] == " " and raw[1:2].isalpha() and raw[1:2].islower()):
        return False
    if not (above[-1:] == " " and above[-2:-1].isalnum() and len(above.split()) >= 5):
        return False
    words = link.split()
    return (
        link == link.strip()
        and 1 <= len(words) <= _LINK_NODE_WORDS
        and not link.endswith(_SENTENCE_END)
    )


def _stripped_link_node(raws: list[str], number: int, out: list[Line]) -> bool:
    # Round 21 (headings): :func:`_lone_link_node` in a dump that stripped the nodes'
    # spaces but kept the blank lines between paragraphs ("… the fire company and the" /
    # "Westvale Farmers Market" / ". Our goal is …"): a prose line of five words or more
    # that ends on a lower-case word with no sentence end, the link's few words, then the
    # rest opening with the punctuation after a link or, round 21 (midcut), with a lower-case
    # word. Read apart, the link's words stand as a subhead. The three lines stand between
    # blank lines (a select-all copy or a list has no blank line there). Guard: the line
    # opens with punctuation or a lower-case letter, right under two lines with no blank
    # between.
    raw = raws[number - 1]
    # Round 21 (midcut): or with a lower-case word ("… please sign up on our" / "volunteer
    # page" / "or just show up …"), the rest of a sentence the link cut
    if not (_punctuation_first(raw) or raw[:1].islower()) or number < 3 or len(out) < 2:
        return False
    if out[-1].number != number - 1 or out[-2].number != number - 2:
        return False
    if (number > 3 and raws[number - 4].strip()) or (number < len(raws) and raws[number].strip()):
        return False  # the three nodes are a paragraph of their own, blank lines around it
    if raw[:1].islower() and _stacked_date_line(raw.strip()):
        return False  # round 24 (headjoin): a dek, the writer's name and the date line
    above, link = raws[number - 3].rstrip(), raws[number - 2].strip()
    last = above.rsplit(" ", 1)[-1]
    words = link.split()
    return (
        len(above.split()) >= 5
        and last.isalpha()
        and last.islower()
        and 1 <= len(words) <= _LINK_NODE_WORDS
        and not link.endswith(_SENTENCE_END)
    )


_DATE_LINE_CHARS = 60
_DATE_LINE_DIGITS = 6


def _stacked_date_line(text: str) -> bool:
    # Round 24 (headjoin): True when ``text`` (stripped, opening in lower case) is a date
    # line, not the rest of a sentence a link cut: "jueves, 14 de agosto de 2025, 18:42 h
    # (CEST)", "mercoledì 3 dicembre 2025, 10:12" (a weekday or month name in lower case
    # opens it). A header printed one line under another with no blank line between them
    # (dek, the writer's name, the date) has the shape of a sentence cut by a link. Guard:
    # short, ending no sentence, with a four-digit year and six digits at least; no regex.
    if len(text) > _DATE_LINE_CHARS or text.endswith((".", "!", "?", ";")):
        return False
    if sum(ch.isdigit() for ch in text) < _DATE_LINE_DIGITS:
        return False
    for word in text.replace(",", " ").split():
        word = word.strip("()[].")
        if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20"):
            return True
    return False


def _punctuation_first(raw: str) -> bool:
    # ", 21 months" (or " , 21 months"): the punctuation a link or an emphasis ended before.
    text = raw[1:] if raw[:1] == " " else raw
    return text[:1] in _AFTER_LINK and (len(text) == 1 or text[1].isspace())


def _goes_on(above: str, raw: str) -> bool:
    # True when ``raw`` is the next inline fragment of the paragraph ``above`` ends.
    if (raw[:1] == " " and not raw[1:2].isspace()) or _punctuation_first(raw):
        return True
    if raw[:2] in _POSSESSIVES and (len(raw) == 2 or raw[2:3].isspace()):
        return True  # "Yahoo" / "’s $4.8 billion sale to ": the possessive after a link
    if above.rstrip()[-1:] in _OPENERS:
        return True  # "… Phil Connors (" / "Bill Murray": a link inside brackets
    text = raw.lstrip()
    if raw[:2] == "  " and text[:1].islower() and not above.rstrip().endswith(_SENTENCE_END):
        return True  # a text node the page's source wrapped: "… relive the" / "    worst day"
    # "… popular online game " / "Minecraft": a node that ended with its space, then the
    # link's words (a line with its own indentation opens a new block).
    return above[-1:] == " " and not above[-2:-1].isspace() and not raw[:1].isspace()


# Hard-wrapped text (e-mail, press wires): most lines stop near one width without ending a
# sentence, and a paragraph is the run of lines up to a blank line.
_SENTENCE_END = tuple('.!?:;…"”»)。！？：；」』）')  # CJK full-width ends too
# A list item's mark; Chinese lists number their items "（一）", "(1)" or "一、" with no space
# after the mark (a government release's "（一）把約二點五公里路段擴闊…；").
_LIST_START = lazy_pattern(
    r"^(?:(?:[-*•·▪●–]|\d{1,3}[.)])\s"
    r"|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)](?=[\u3400-\u9fff])"
    r"|[一二三四五六七八九十]{1,3}、(?=[\u3400-\u9fff]))"
)
_NUMBER_START = lazy_pattern(r"^\d{1,3}[.)]\s")


_COLON_LABEL_WORDS = 4
"""Words of a label-colon subhead at most ("Chi può prenotare:", "Our take:"); a longer
line ending in a colon is a sentence leading into what follows ("The report recommends
that:", "Committee Chair … said:")."""
COLON_LABEL_CHARS = 40
COLON_HEADS = 2
"""Label-colon lines over prose from which a page sets its subheads that way."""


def colon_label(text: str) -> bool:
    """A short capitalised label closed by a colon and nothing after it ("In brief:",
    "Cosa portare:", "Was jetzt gilt:"): no digit, no comma or sentence mark inside."""
    label = text[:-1].rstrip()
    return (
        0 < len(label) <= COLON_LABEL_CHARS
        and label[:1].isupper()
        and len(label.split()) <= _COLON_LABEL_WORDS
        and not any(ch.isdigit() or ch in ".,;:!?()\"“”«»" for ch in label)
    )


def prose_line(text: str) -> bool:
    """A paragraph of prose: capitalised, long, ending a sentence; no list item (the line
    under a label-colon subhead, :func:`colon_label`)."""
    return (
        len(text) >= 60
        and text[:1].isupper()
        and text.endswith((".", "!", "?", "…", "”", '"', "»"))
        and _LIST_START.match(text) is None
    )


def colon_labels_over_prose(lines: list[Line]) -> int:
    """How many label-colon lines (:func:`colon_label`) stand right over prose
    (:func:`prose_line`): from two, the page heads its sections with them ("In brief:" …
    "Our take:"); none when one stands over a value (:func:`value_row`). Guard: the
    line's last character, then its length."""
    found = 0
    for k in range(len(lines) - 1):
        text = lines[k].text
        if text[-1:] == ":" and len(text) <= COLON_LABEL_CHARS + 2 and colon_label(text):
            below = lines[k + 1].text
            if prose_line(below):
                found += 1
            elif value_row(below):
                return 0
    return found


def value_row(text: str) -> bool:
    """A short line that is no list item and ends no sentence ("Nordhavn Polar Institute",
    "20 aprile 2026"): under a label-colon line, the label's value, as a page prints its
    metadata ("Source:" / "…", "Data:" / "…"); a page that does so sets no subheads with
    a colon (its "Summary:" and "Story Source:" over prose are metadata too)."""
    return (
        len(text) < 60
        and not text.endswith((".", "!", "?", "…", ";", ","))
        and _LIST_START.match(text) is None
    )
_REFERENCE_ENTRY = lazy_pattern(r"^\d{1,4}\. [a-z][a-z0-9+.-]{1,10}:\S")
"""An entry of lynx's References list: "12. https://example.org/page"."""

# Characters a terminal prints two columns wide (CJK ideographs, kana, hangul, full-width
# forms): w3m and lynx wrap Chinese at 80 columns, which is 40 of these.
_WIDE = lazy_pattern("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                     "\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def _columns(text: str) -> int:
    # How many terminal columns ``text`` takes: wide characters count two.
    return len(text) + len(_WIDE.findall(text))


def _measure(lines: list[Line]) -> Callable[[str], int]:
    # ``len`` for most texts; column width when the text holds wide (CJK) characters,
    # so that a Chinese paragraph wrapped at 80 columns is seen as wrapped (decided once
    # per text, on its first lines, so other scripts pay one search).
    sample = "".join(line.text for line in lines[:400])
    if not _wide_in(sample):
        return len
    # lynx counts a wide character as one column: its Chinese lines hold ~75 characters
    # (150 columns). Characters measure such a dump when columns find no wrap width.
    if _wrap_width(lines, _columns) is None and _wrap_width(lines, len) is not None:
        return len
    return _columns


_WIDE_SEEN: list[tuple[str, bool]] = [("", False)]
"""The last sample :func:`_wide_in` searched, with its answer."""


def _wide_in(sample: str) -> bool:
    # Whether ``sample`` holds a wide character. A parse measures the same lines three or
    # four times (wrap width, unwrapping, the features): the last sample's answer is kept, and
    # an ASCII text (a flag of the string) holds none.
    if sample.isascii():
        return False
    seen = _WIDE_SEEN[0]
    if seen[0] != sample:
        seen = _WIDE_SEEN[0] = (sample, _WIDE.search(sample) is not None)
    return seen[1]


def _glue(prev: str, line: str) -> str:
    # What goes between a wrapped line and its continuation: nothing after a hyphen
    # inside a word ("well-" + "known") or between two wide characters (Chinese has no
    # spaces: "扩大到12个" + "县"), one space otherwise.
    if prev.endswith("-") and prev[-2:-1].isalpha():
        return ""
    if _WIDE.match(prev[-1:]) or _WIDE.match(line[:1]):
        return ""
    return " "


def _unwrapped_prose(lines: list[Line], width: int, measure: Callable[[str], int]) -> int:
    # How many paragraphs (three or more, else 0) are printed far past the width on one
    # line each, ending their sentence, with no link, bullet or address in them. A wrap tool
    # would have broken them: when they are as many as half the lines that look wrapped, the
    # text is a page copied one paragraph a line, its short menu and header lines pulling
    # the measured width down (scripts without capitals give no lower-case evidence to tell
    # the two apart).
    limit = 1.6 * width
    # (a wide character fills two columns: a Chinese paragraph of 60 characters is 120
    # columns long, far past a width of 48, and counts; round 20)
    over = sum(
        1
        for line in lines
        if 2 * len(line.text) > limit
        and line.text.endswith(_SENTENCE_END)
        and measure(line.text) > limit
        and "](" not in line.text
        and "://" not in line.text
        and not _LIST_START.match(line.text)
    )
    return over if over >= 3 else 0


def _han_fill_width(lines: list[Line], measure: Callable[[str], int]) -> int | None:
    # The width of a short Chinese page that a dump wrapped on two or three lines only
    # (lynx counting a wide character as one column: "…系列賽取得3勝2敗" / "領先，…"):
    # menus and link lists outnumber them, but two lines or more that stop inside a
    # sentence on a Han character, each going on below, filled to the same column (within
    # one), are a hard wrap — a page copied one paragraph a line ends its lines with "。".
    stops = [
        measure(line.text)
        for line, nxt in itertools.pairwise(lines)
        if not nxt.blank_before
        and _WIDE.match(line.text[-1:])
        and not line.text.endswith((*_SENTENCE_END, "，", "、", "：", "」", "』", "）"))
        and 40 <= measure(line.text) <= 100
    ]
    if len(stops) < 2 or max(stops) - min(stops) > 1:
        return None
    # A wrap tool fills no line past its width: Chinese lines that run longer than the
    # stops, as many as the stops or more, are paragraphs printed one a line, and the
    # stops two captions that end on a photographer's name ("…的留影。图｜县档案馆")
    width = max(stops)
    longer = sum(
        1 for line in lines if measure(line.text) > width + 2 and _WIDE.match(line.text[-1:])
    )
    return None if longer >= len(stops) else width


def _wrap_width(lines: list[Line], measure: Callable[[str], int] = len) -> int | None:
    # The column the text was wrapped at, or None when it was not hard-wrapped.
    # lynx's numbered list of link addresses under "References" is no prose: counted, its
    # short lines would pull the width down and outnumber the article's wrapped lines.
    # (the entry opens with a digit: other lines skip the pattern's call)
    lines = [
        line
        for line in lines
        if not (line.text[:1].isdigit() and _REFERENCE_ENTRY.match(line.text))
    ]
    continued = [
        measure(line.text) for line, nxt in itertools.pairwise(lines) if not nxt.blank_before
    ]
    if len(continued) < 3:
        return _han_fill_width(lines, measure)
    ordered = sorted(continued)
    width = ordered[len(ordered) * 3 // 4]
    if not 40 <= width <= 100:
        return _han_fill_width(lines, measure)
    # Chinese breaks between any two characters, so its wrapped lines fill the width to a
    # column or two whatever they end with (a closing quote, a full stop); Latin text
    # breaks between words, and a line that ends a sentence there may be a short paragraph.
    exact = width - 2 if measure is _columns else width + 11
    wrapped = sum(
        1
        for line, nxt in itertools.pairwise(lines)
        if not nxt.blank_before
        and 0.6 * width <= measure(line.text) <= width + 10
        and (not line.text.endswith(_SENTENCE_END) or measure(line.text) >= exact)
    )
    # A quarter of the lines, or half of the lines long enough to have been wrapped: on a
    # page dump, menus, teasers and comments make most lines short.
    long_lines = sum(1 for line in lines if measure(line.text) >= 0.6 * width)
    # Chinese wrapped to a column fills it to within a column, mid-sentence: four such
    # lines stopping inside a sentence, each going on below, are a hard wrap even on a
    # short release that menus and a References list outnumber (lynx, w3m); a page copied
    # one paragraph a line ends its lines with "。".
    filled = (
        measure is _columns
        and sum(
            1
            for line, nxt in itertools.pairwise(lines)
            if not nxt.blank_before
            and width - 2 <= measure(line.text) <= width + 1
            and not line.text.endswith((*_SENTENCE_END, "，", "、"))
        )
        >= 4
    )
    if wrapped < max(3, min(len(lines) // 4, long_lines // 2)) and not filled:
        return None
    if measure is _columns and not filled and _han_lines_end_sentences(lines, width):
        return None
    if 2 * _unwrapped_prose(lines, width, measure) >= wrapped:
        return None
    # A list printed one item a line, each item ending in a comma or a semicolon
    # ("nie zbliżać się …," / "nie robić zdjęć …,"), is not a wrapped paragraph: a wrap
    # tool breaks a line wherever the width falls, rarely after a comma every time.
    clause_ends = sum(
        1
        for line, nxt in itertools.pairwise(lines)
        if not nxt.blank_before
        and 0.6 * width <= measure(line.text) <= width + 10
        and line.text.endswith((",", ";"))
    )
    if clause_ends * 2 > wrapped:
        return None
    # A wrapped sentence goes on in lower case on the next line; a run of teaser headlines
    # or menu entries of similar length (a page dump without blank lines) does not.
    # In German every noun is capitalised, so a wrapped sentence often goes on in upper
    # case; but a wrap tool breaks a line only where the next word would not fit, while
    # teaser headlines end wherever their words do. A line followed by a word that would
    # have fitted on it (widest line as the measure) was not broken by a wrap tool.
    pairs = [
        (line.text, nxt.text)
        for line, nxt in itertools.pairwise(lines)
        if not nxt.blank_before
        and 0.6 * width <= measure(line.text) <= width + 10
        and not line.text.endswith(_SENTENCE_END)
        and nxt.text[0].isalpha()
        and (nxt.text[0].isupper() or nxt.text[0].islower())
    ]
    lower = sum(1 for _, nxt in pairs if nxt[0].islower())
    if pairs and lower < 0.3 * len(pairs):
        widest = max(len(text) for text, _ in pairs)
        forced = sum(
            1
            for text, nxt in pairs
            if nxt[0].islower() or len(text) + 1 + len(nxt.split(" ", 1)[0]) > widest
        )
        if forced < 0.8 * len(pairs) or not _runs_end_sentences(lines, width):
            return None
    return width


# A Chinese or Japanese sentence's end, a closing quote or bracket after it allowed.
_HAN_SENTENCE_END = tuple("。！？")
_HAN_CLOSERS = "”’」』）》\"'"


def _han_lines_end_sentences(lines: list[Line], width: int) -> bool:
    # True when the long lines of a Chinese text that go on below without a blank line
    # mostly end a sentence ("…到场观看。" / "…赢得台下阵阵掌声。"): a page copied one paragraph
    # a line with no blank line between them. A wrap tool breaks Chinese at any character
    # once the column is reached, so the lines it broke end on "。" only by chance (one in
    # twenty or so), and the line closing a wrapped paragraph has a blank line under it.
    long_continued = ended = 0
    for line, nxt in itertools.pairwise(lines):
        if nxt.blank_before or _columns(line.text) < 0.6 * width:
            continue
        long_continued += 1
        ended += line.text.rstrip(_HAN_CLOSERS).endswith(_HAN_SENTENCE_END)
    return long_continued >= 3 and ended * 3 >= long_continued * 2


def _runs_end_sentences(lines: list[Line], width: int) -> bool:
    # True when most runs of long lines (no blank line between) end on a sentence's end.
    #
    # A wrapped paragraph's last line ends its last sentence; a run of teaser headlines of
    # about one length, capitalised like German nouns, ends on a headline.
    runs = ended = 0
    start = 0
    for k in range(1, len(lines) + 1):
        if k < len(lines) and not lines[k].blank_before:
            continue
        if k - start >= 2 and len(lines[start].text) >= 0.6 * width:
            runs += 1
            ended += lines[k - 1].text.rstrip("\"'”“»«’").endswith(_SENTENCE_END)
        start = k
    return ended * 3 >= runs * 2


def line_measure(lines: list[Line]) -> Callable[[str], int]:
    """How a line of ``lines`` is measured against :func:`wrap_width`: characters, or
    columns where the text is Chinese wrapped by column."""
    return _measure(lines)


def wrap_width(lines: list[Line]) -> int | None:
    """The column a hard-wrapped text was wrapped at, or None when it was not."""
    return _wrap_width(lines, _measure(lines))


_CREDIT_QUOTES = (("«", "»"), ("“", "”"), ("„", "“"), ("„", "”"))


def _wrapped_credit(
    caption: str, line: str, width: int, measure: Callable[[str], int] = len
) -> bool:
    # True when ``line`` is the end of the credit the caption line above was wrapped in
    # ("… Photo: HomeFix" / "Handbook"): a name of three words at most, no sentence.
    # "… (تصوير: سالم" / "الكواري)": the bracket the caption opened closes on the next line
    closes = caption.count("(") > caption.count(")") and line.endswith(")") and "(" not in line
    # "… Фото: БФ" / "«Світло поруч»": an organisation's quoted name closes its quote mark
    closes = closes or any(
        (caption.count(o) > caption.count(c) or line.startswith(o)) and line.endswith(c)
        for o, c in _CREDIT_QUOTES
    )
    words = len(line.split())
    if (
        words <= 4
        and measure(caption) >= 0.8 * width
        and not line.endswith(_SENTENCE_END)
        and _ends_with_photo_label(caption)
    ):
        return True  # "… durante a manhã. Fotografia:" / "Ana Carvalhais": the label's name
    # "… Fotografía: Museo" / "de la Ribera / Inés Calatayud": an organisation and its
    # photographer go on past three words; the rest of a name opens in lower case or
    # carries the credit's slash.
    longer = words <= 6 and (line[:1].islower() or "/" in line)
    return (
        measure(caption) >= 0.8 * width
        and not caption.endswith(_SENTENCE_END)
        and (words <= 3 or longer)
        and (closes or not line.endswith(_SENTENCE_END))
    )


def _ends_with_photo_label(text: str) -> bool:
    from .captions import ends_with_photo_label  # captions imports this module

    return ends_with_photo_label(text)


def _opens_caption_label(text: str) -> bool:
    # True when ``text`` opens with a caption label of any language ("Bildunterschrift:",
    # "Legenda:", "Pie de foto:"): its wrapped lines are the same caption's.
    from .captions import opens_with_caption_label  # captions imports this module

    return opens_with_caption_label(text)


def _number_goes_on(prev: str, line: str) -> bool:
    # True when ``line`` opens with a number only because the wrap fell there ("… vers
    # 7 h" / "30. Le prix …"): the line above is prose that ends no sentence, not a list item.
    return (
        bool(_NUMBER_START.match(line))
        and not _LIST_START.match(prev)
        and not prev.endswith(_SENTENCE_END)
        and prev[-1:].isalnum()
    )


_IMAGE_MARK = lazy_pattern(
    r"\[[^\s\[\]]{1,80}\.(?:[jJ][pP][eE]?[gG]|[pP][nN][gG]|[gG][iI][fF]|[wW][eE][bB][pP]|[sS][vV][gG])\]"
)
"""An image file's name in brackets, the way lynx prints an image with no alt text."""


def box_row(text: str) -> bool:
    """A short "Label: value" row of a facts box ("Salle : halle des sports", "Entry: £8",
    a full-width "：" too): a capitalised label of up to three words, then a value of at
    most twelve, no sentence end. Also the lead box's row under a header
    (``features._lead_box_end``)."""
    label, colon, value = text.partition(": ")
    if not colon:
        label, colon, value = text.partition("：")
    label = label.rstrip()
    return (
        bool(colon)
        and 1 <= len(label.split()) <= 3
        and label[:1].isupper()
        and 0 < len(value.split()) <= 12
        and not text.endswith((".", "!", "?"))
    )


@functools.cache
def _line_labels() -> tuple[str, ...]:
    # Every language's byline and date labels that end on a colon ("автор:", "text:",
    # "publié le :"), folded: cue words of the language data.
    from ..language.cues import merged_words  # only a join a wrap would make pays

    names = ("byline_prefixes", "published_labels", "updated_labels")
    found = {w for name in names for w in merged_words(name) if w.endswith(":") and len(w) > 2}
    return tuple(sorted(found))


def opens_with_label(text: str) -> bool:
    """A capitalised line opening with a byline or date label and its colon ("Автор: …",
    "Text: …"): a field of the page's header or footer, never the rest of a sentence."""
    return text[:1].isupper() and ":" in text[:30] and text.casefold().startswith(_line_labels())


_QUESTION_APART_WORDS = 12
"""How many words a question set apart at the top of its block has at most."""


def _question_apart(
    prev: str, last: str, text: str, width: float, measure: Callable[[str], float]
) -> bool:
    # Round 20 (smallcues): a short question alone at the top of its block, broken well
    # before the next word would have filled its line ("Kim właściwie był Feliks Gądek,
    # zegarmistrz z Rynku 14?" / "Urodził się w 1899 roku …"): markup broke it (a bold
    # subhead or a question the dump printed with no blank line under it), not the wrap;
    # the answer under it opens a block of its own. Guard: the line ends in a question
    # mark and is the whole block so far; then its words and the room left are measured.
    if last[-1:] not in "?？؟" or prev != last or not text[:1].isupper():
        return False
    if len(last.split()) > _QUESTION_APART_WORDS:
        return False
    return measure(last) + 1 + measure(text.split(" ", 1)[0]) + _QUESTION_ROOM <= width


_QUESTION_ROOM = 4
"""Columns the next word must still have had on a question's line: a margin for a wrap
width the measure only estimates."""


def unwrap(lines: list[Line], keep: Callable[[str], bool] = lambda text: False) -> list[Line]:
    """Re-join the lines of hard-wrapped paragraphs; other text is returned unchanged.

    A line is joined to the one before when no blank line separates them, the
    one before reaches near the wrap width, neither is a line ``keep`` wants left
    alone (captions, for instance), and it is no list item; a list item takes only
    the lines that go on in lower case. A line ending in a
    hyphen is joined without a space, keeping the hyphen ("well-" + "known").
    """
    measure = _measure(lines)
    width = _wrap_width(lines, measure)
    if width is None:
        return lines
    out: list[Line] = []
    last = 0  # the source line the paragraph being built ends on
    last_text = ""  # that line as printed (``out[-1]`` may hold several joined)
    for line in lines:
        prev = out[-1] if out else None
        # The wrap tool broke the line above here: its next word would not have fitted
        # ("… na miejscu" / "– powiedziała …": a dash of speech, not a list item).
        full = (
            measure(last_text) + 1 + measure(line.text.split(" ", 1)[0]) > width
            and not last_text.endswith(_SENTENCE_END)
            and not _LIST_START.match(last_text)  # an item over an item: a list
        )
        if (
            prev is not None
            and not line.blank_before
            and line.number == last + 1  # a line taken out between them ends the paragraph
            and measure(prev.text) >= 0.6 * width
            # a short line ending a sentence ends its paragraph, however long the lines
            # above it: the next line opens another block the dump did not set apart (lynx
            # runs a lead and a caption together)
            and not (measure(last_text) < 0.6 * width and last_text.endswith(_SENTENCE_END))
            # "… Велосипедисты против" / "Автор: Дмитрий Орлов": a byline or date label
            # opens a line of its own, however full the headline over it
            and not opens_with_label(line.text)
            and not _question_apart(prev.text, last_text, line.text, width, measure)
            and (not _LIST_START.match(line.text) or _number_goes_on(prev.text, line.text) or full)
            and prev.link_row == line.link_row
            # an image's alt text over the caption that prints it again is two lines
            and not line.text.casefold().startswith(prev.text.casefold())
            # lynx's "[photo.jpg]" for an image without alt text opens the caption under it,
            # a block of its own even with no blank line above it
            and not _IMAGE_MARK.match(line.text)
            # a box's next "Label: value" row under a row that the next word would have
            # fitted on ("Finale : A 58 – 53 B" / "Salle : …"): the box's rows, each a line
            and (full or not (box_row(last_text) and box_row(line.text)))
            # A list item's own wrapped sentence goes on in lower case ("1. Turn the
            # heating off … Hot" / "water can scald."); a new item or line does not.
            and (
                not _LIST_START.match(prev.text)
                or line.text[:1].islower()
                or full
                # a dash-led quote's line filled to the width that stops mid-clause goes on
                # whatever the case of the next word ("… albo do" / "Warszawy. …", "… Nuoto
                # Acireale," / "Salvo Leonardi, …"); the next item of a list opens with a mark
                or (
                    measure(last_text) >= 0.85 * width
                    and not last_text.endswith(_SENTENCE_END)
                    and not _LIST_START.match(line.text)
                )
            )
            and (
                not keep(prev.text)
                or _wrapped_credit(prev.text, line.text, width, measure)
                # a labelled caption the dump wrapped ("Bildunterschrift: … Projektleiter" /
                # "Sven Aydın stellen … vor."): the label opens one caption, not a line;
                # a caption line wider than the wrap was never wrapped ("Image caption, …"
                # whole over a wrapped paragraph)
                or (full and measure(last_text) <= width + 10 and _opens_caption_label(prev.text))
            )
            # A caption's last line ("Périgueux, en octobre. Photo : Nom/Agence") goes on
            # from a line that stopped mid-sentence; a caption under prose stands alone.
            and (not keep(line.text) or prev.text[-1:].isalnum())
        ):
            out[-1] = prev._replace(text=prev.text + _glue(prev.text, line.text) + line.text)
        else:
            out.append(line)
        last = line.number + line.glued
        last_text = line.text
    return out


_BRACKETED_FIGURE = lazy_pattern(
    r"^[^\W\d_][^()\d]{1,60}\([^()]{1,30}\)\s+\d{1,3}(?:[,.\u00a0 ]\d{3})*(?:[.,]\d+)?\s?%?$"
)
"""A name, a bracketed party or team, then a figure: one row of a results table."""
_LABELLED_SHARE = lazy_pattern(r"^[^\W\d_][^:\d]{0,30}:\s+\d{1,3}(?:[.,]\d+)?\s?%$")
"""A short label and a percentage: "Turnout: 38.2%", "Wahlbeteiligung: 61,3 %"."""


def figure_item(text: str) -> bool:
    """"Степан Горбунов (КПРФ) — 21,7%", "Ajax – PSV 2:1": a name, a dash and a
    figure, no sentence; a results table, poll or schedule printed as lines under its
    subhead (election and sports results, prices, polls across sites and languages)."""
    if len(text) > 90:
        return False
    if text[-1:] in "*✓✔" and text[-2:-1] in " 0123456789%":
        text = text[:-1].rstrip()  # "Sue Kavanagh (Ind) 812 *": the winner's mark
    if text[-1:] not in "0123456789%":
        return False
    if _BRACKETED_FIGURE.match(text) or _LABELLED_SHARE.match(text):
        # "Sue Kavanagh (Ind) 812", "Amrit Sandhu (Lab) 1,044": a name, the party or team in
        # brackets, the votes or points; "Turnout: 38.2%": a label and a share
        return True
    dash = next((d for d in (" — ", " – ", " -- ", " - ") if d in text), None)  # any dash
    if dash is None:
        return False
    head = text.rsplit(dash, 1)[0]
    return 1 <= len(head.split()) <= 8 and not head.endswith((".", "!", "?"))
