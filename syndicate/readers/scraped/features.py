"""Per-line features of a scraped text: what the reader knows about each line before labelling it.

Every feature is cheap to compute (one pass over the line, set lookups, no
regular expression per cue word) so that a 10 MB dump still reads in linear
time. The features are the shallow text features jusText and boilerpipe use
(length, word count, stop-word density, link density, end punctuation) plus the
ones a plain-text page gives away: dump-tool link traces (html2text keeps
``[text](url)``, lynx keeps ``[12]`` references, both keep ``* `` menu bullets),
repeated lines, date-likeness and cue-word hits from the language data.
"""

from __future__ import annotations

import os as _os
from collections import Counter
from itertools import pairwise

from ..._typing import NamedTuple
from ..language import cues
from .appeals import donation_ladders
from .bookdetails import book_details
from .bylines import echoed_byline, parse_byline, profile_byline
from .captions import opens_with_caption_label, split_caption
from .cuewords import ChromeCues, fold, signup_address
from .dates import has_year, is_entry_stamp, parse_date
from .lazyre import lazy_pattern
from .lines import Line, box_row
from .markup import clean_markup, is_image_placeholder, link_row, link_words
from .noise import (
    CONTACT_DETAIL,
    block_marker,
    embed_attribution,
    noise_rule,
    rights_line,
    tags_line,
)
from .statuslog import status_log
from .topic import echoes

__all__ = [
    "DATE_KEYS",
    "LineFeatures",
    "data_card_rows",
    "line_features",
    "meta_row",
    "prose_score",
    "prose_scores",
    "timed_entry",
]

_CARD_ROW = lazy_pattern(
    r"([^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]{1,2}[^\W\d_]+){0,4}\.?:?)(?:\t+| {3,}| ?\| ?)(\S.*)"
)
"""A data card's row as the dump printed it: a label of one to five words (no digits)
and its value, parted by tabs or three spaces and more ("Data zdarzenia⇥02.02.2027")."""
_CARD_RULE = lazy_pattern(r"\|?\s*:?-{3,}:?\s*\|\s*:?-{3,}:?\s*\|?")
"""html2text's rule under a two-cell table's first row ("---|---")."""
_CARD_STAMP = lazy_pattern(r"\d{1,4}(?:[./:-]\d{1,4}){1,2}")
"""A value that is a date or a clock time ("02.02.2027", "01:34")."""


def _card_value_kind(value: str) -> str | None:
    # "number", "stamp" or "text" for a card row's value; None when it is no single cell
    # (another wide gap) or longer than a card's value.
    if len(value) > 60 or "\t" in value or "   " in value or "|" in value:
        return None
    if len(value.split()) > 8:
        return None
    if _CARD_STAMP.fullmatch(value):
        return "stamp"
    if value.replace(" ", "").replace(",", "").replace(".", "").isdigit():
        return "number"  # "5", "1 845"
    return "text"


def data_card_rows(text: str) -> frozenset[int]:
    """Numbers (1-based) of the source lines that print a template's data card as rows of
    a label and a value parted by tabs or a wide gap ("Data zdarzenia⇥02.02.2027" /
    "Godzina zgłoszenia⇥01:34" / "Zastępy⇥5", "Datum         08.09.2026" /
    "Departement   Bau und Umwelt"): three rows or more one under the other, their
    values of two kinds at least (a date or a time, a number, words), so one of them a
    number or a date. A results table's rows
    hold one kind ("Arsenal   23") and stay. html2text prints the card as a two-cell table
    ("Date | 02/02/2027" / "---|---" / "Crews deployed | 5"): one cell each side of the
    bar, its rule line inside the run. The cheap test first: only a line with a tab, three
    spaces or a bar inside is looked at."""
    if "\t" not in text and "   " not in text and "|" not in text:
        return frozenset()
    found: set[int] = set()
    run: list[tuple[int, str]] = []

    def close() -> None:
        kinds = {kind for _, kind in run}
        if len(run) >= 3 and len(kinds) >= 2:  # two kinds: one is a number or a date
            found.update(number for number, _ in run)
        run.clear()

    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if line.startswith("|") and line.endswith("|"):
            line = line[1:-1].strip()  # "| Date | 02/02/2027 |"
        kind = None
        if run and "-" in line and _CARD_RULE.fullmatch(line):
            continue  # html2text's "---|---" under the first row: the card goes on
        if ("\t" in line or "   " in line or "|" in line) and len(line) <= 120:
            row = _CARD_ROW.fullmatch(line)
            if row is not None and not row.group(1).rstrip(":").endswith((".", "!", "?")):
                kind = _card_value_kind(row.group(2).strip())
        if kind is None:
            close()
        else:
            run.append((number, kind))
    close()
    return frozenset(found)


# Traces that whole-page dump tools leave where the page had a link or a bullet.
_MD_LINK = lazy_pattern(
    r"\](?:\((?:[^)\s]{1,2000}(?:\s+\"[^\"]{0,300}\")?|(?:https?://|mailto:)[^)]{1,2000})\))"
)
_LYNX_REF = lazy_pattern(r"\[\d{1,4}\]")
_URL = lazy_pattern(r"https?://\S+|www\.\S+")
_BULLET = lazy_pattern(r"^(?:[-*•·▪●–+]|\d{1,3}[.)])\s+")
_CLOCK_LEAD = lazy_pattern(r"\d{1,2}:\d{2}\s+\w")
_CHAPTER_LEAD = lazy_pattern(
    r"(?:[-*•·▪●–+]\s+)?[(\[]?(\d{1,2}(?::\d{2}){1,2})[)\]]?\s+(?:[-–—:|]\s+)?\w"
)
"""A chapter's start in a video's or episode's list: "0:00 Intro", "(12:40) …", "1:02:15 …",
"00:00 - Intro", "[03:10] …"."""
_FEED_LEAD = lazy_pattern(
    r"(?:\d{1,2}[:.]\d{2}|\d{1,3}(?:\.\d)? ?ov\b|\d{1,3}(?:\+\d{1,2})?['’′]|\d{1,3} ?min\b\.?)"
    r" ?[-–—] \w"
)
"""A live feed's entry: a clock, an over or a minute, then a dash ("14.2 ov - OUT! …",
"67' – Goal!", "15:58 – Polls close")."""
_CLOCK_ENTRY = lazy_pattern(r"\d{1,2}[:.h]\d{2}(?:\s?Uhr)?\s?[-–—|:]\s+\w")
"""A live page's entry that opens with its clock time and a dash, bar or colon ("14:52 —
The council …", "14:52 | …", "14.52 Uhr: …", "10h15 : …")."""
_ENTRY_END = (".", "!", "?", "…", '"', "”", "»", "“")
_ENTRY_WORDS = 5
"""Words a timed entry holds at least: a feed's timed headline is shorter or unstopped."""
_YEAR_OR_CLOCK = lazy_pattern(r"\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b")
_PARENS = lazy_pattern(r"\([^()]{0,40}\)")
_GROUP_MARK = lazy_pattern(r";|\s[–—-]\s")
_LAST_AND = lazy_pattern(r"\s(?:y|e|i|et|und|and|en|и|і)\s")
_GOALS = lazy_pattern(r"\d{1,2}(?:/\d{1,2})?")
# A match minute: "23'", "(57e)", "(3.)", "(90.+3)", "88'+2".
# Spanish and Portuguese boxes write "min. 34" and "Guitane (27)", "(90+3)".
_MINUTE = lazy_pattern(
    r"(?<![\d.,])\d{1,3}(?:e|ème|\.|['’′])(?:\+\d{1,2})?(?=[\s,;)]|$)"
    r"|\bmin\.?\s?\d{1,3}\b|(?<=\w\s)\(\d{1,3}(?:\+\d{1,2})?\)"
)
_SCORE_LINE = lazy_pattern(
    r"^(?:[^\W\d][^\d:|]{1,40}?\s[–—-]\s[^\W\d][^:|]{1,40}?\s\d{1,3}:\d{1,3}(?:\s[^\W\d][\w.]{0,5})?"
    r"(?:\s\(\d{1,3}:\d{1,3}(?:,\s?\d{1,3}:\d{1,3}){0,5}\))?"
    r"|[A-Z][^\d:!?]{1,40}?\s\d{1,3}\s?[-–]\s?\d{1,3}\s[A-Z][^\d:!?]{1,40}?(?:\s\([^()]{1,20}\))?)$"
)
"""A match's result: "Lindenthal – FC Bergheim 09 3:1 (1:1)", "Castlebridge Town 1-1
Harrowgate Athletic (4-5 pens)", "Северсталь – Трактор 3:2 ОТ (1:0, 0:2, 1:0, 1:0)"; not a
headline or an entry's head that names the score ("Exeter 31-24 Bath: … as it happened",
"Try! Exeter 31-24 Bath": a colon, "!" or "?" is a phrase's, never a team's)."""
_WORD = lazy_pattern(r"\w+")
_DIGITS = lazy_pattern(r"\d")
_TIME_OR_DATE = lazy_pattern(
    r"\b(?:\d{1,2}[:.]\d{2}\b|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:19|20)\d{2}\b)"
)
_END_SENTENCE = tuple(".!?…:;\"”»)’'。！？")
_END_LOW_QUOTE = (".“", "!“", "?“", "…“")
"""German and Czech close a quotation with “ (opened with „): ".“" ends a sentence there."""
_END_CORNER_QUOTE = ("。」", "！」", "？」", "。』", "！』", "？』")
"""Chinese (Hong Kong, Taiwan) closes a quotation with a corner bracket after its full
stop: "…陪孫女做功課。」" ends a sentence."""


class LineFeatures(NamedTuple):
    """What one line looks like (see the module docstring)."""

    chars: int
    words: int
    stop_ratio: float
    """Share of words that are stop words (0 for a line of names, menus or labels)."""
    link_ratio: float
    """Share of the line's characters inside dump-tool link markup or URLs."""
    ends_sentence: bool
    bullet: bool
    capitalised: float
    """Share of words that start with a capital letter (title case, menus, names)."""
    numeric: float
    """Share of words that start with a digit (weather boxes, tickers, counters)."""
    repeats: int
    """How often the same line (case-folded) occurs in the whole text."""
    datelike: bool
    cue: str | None
    """The chrome cue the line hits (``noise.share``, ``related``, ``rights``…), else None."""
    no_space_script: bool
    """The line is mostly in a script written without spaces (Chinese, Japanese)."""
    byline: bool
    """The line opens with a byline prefix ("By", "Von", "Door") or is only names."""
    last_stop: bool
    """The line ends with a stop word ("News provided by"): a label, not a headline."""
    stamp: bool = False
    """The line is only a live blog entry's time stamp ("13.05 BST", "2h ago", "14:32 Uhr")."""
    credit: bool = False
    """The line is a contributor or source line in a form of the page's language
    ("Mitarbeit: Anna Berg", "Quelle: dpa", "Źródło: PAP", "المصدر: وكالات")."""
    closing: bool = False
    """The line labels the comments under an article ("Comments", "Leave a Reply"), which a
    share row may print too: the article does not go on after it."""
    echo: float = -1.0
    """Share of a headline-sized line's content words that the prose under it uses
    (:mod:`.topic`); -1.0 where there is no evidence."""
    h1: bool = False
    """The dump marks the line as the page's one top-level heading (html2text's "# …",
    printed once in the page): the ``<h1>``, which on a news page is its headline."""


def _link_chars(text: str) -> int:
    if "](" not in text and "[" not in text and "http" not in text and "www." not in text:
        return 0
    chars = 0
    for match in _MD_LINK.finditer(text):
        # "[label](url)": the url and the label both count as link text.
        start = text.rfind("[", 0, match.start())
        chars += match.end() - (start if start >= 0 else match.start())
    if text[:1] == "[" and len(text) <= 40 and not text.endswith((".", "!", "?")):
        lead = _LYNX_REF.match(text)
        if lead is not None and len(text[lead.end() :].split()) <= 3:
            return len(text)  # "[15]Modifica preferenze": a button that is a link and no more
    chars += sum(len(m.group()) + 6 for m in _LYNX_REF.finditer(text))
    if not chars:
        # An address a sentence gives in brackets ("…或瀏覽土木工" / "程拓展署網頁
        # （www.cedd.gov.hk）。", "… website (www.example.gov)."): prose, not a link.
        cited = text.endswith(("。", ".", "！", "？", "!", "?"))
        chars += sum(
            len(m.group())
            for m in _URL.finditer(text)
            if not (cited and text[m.start() - 1 : m.start()] in ("（", "("))
        )
    return chars


def timed_entry(text: str) -> bool:
    """A live page's entry printed with its time on the same line ("14:52 — The council
    opens the session. …", "13:25 — Szkoła … do godziny 14."): a clock, a dash and whole
    sentences. LABELS.md keeps it as a body paragraph, time and all; a news feed's timed
    headlines ("15:58 – Polls close") have no full stop, a cricket feed's overs ("14.2 ov -
    OUT! …") and a match's minutes ("67' – Goal!") no clock."""
    return (
        text[:1].isdigit()
        # "… Zivilschutzalarm ausgelöst. (APA/red)": the agency's note after the last stop
        and (text.endswith(_ENTRY_END) or (text.endswith(")") and ". (" in text))
        and _CLOCK_ENTRY.match(text) is not None
        and len(text.split()) >= _ENTRY_WORDS + 2
    )


def glued_tag_row(text: str, labels: frozenset[str]) -> bool:
    """Round 23 (dumpheads): a section label, a "More:" label and the story's tags a dump
    glued into one line ("Military & Defense More: The Aviationist Argentina Britain
    Falkland Islands", "Region Mehr: Stadtrat Ostbrücke Baustelle"): one to four words of
    the section, the label (``glued_tag_row_labels``), then three words or more, none of
    them (nor the section's) opening with a small letter, and no sentence end. Never the
    headline. Guard: ": " in a line of 200 characters at most."""
    if len(text) > 200 or not labels or ": " not in text or text.endswith(_END_SENTENCE):
        return False
    head, _, tail = text.partition(": ")
    words = head.split()
    tags = tail.split()
    if len(tags) < 3 or not 2 <= len(words) <= 6 or any(w[:1].islower() for w in tags):
        return False
    for size in (1, 2):
        section = words[:-size]
        if (
            1 <= len(section) <= 4
            and fold(" ".join(words[-size:])) in labels
            and not any(w[:1].islower() for w in section)
        ):
            return True
    return False


def _cue(text: str, chrome: ChromeCues | None) -> str | None:
    rule = noise_rule(text)
    if rule == "noise.form" and chrome is not None and _sign_up_form(text, chrome):
        return "sign-up"
    if rule is not None:
        return rule
    marker = block_marker(text)
    if marker is not None:
        return marker
    if rights_line(text, chrome.rights if chrome is not None else None):
        return "rights"
    if tags_line(text) is not None:
        return "tags"
    if _CLOCK_LEAD.match(text) and not text.endswith(_END_SENTENCE):
        return "ticker"  # "15:58 Subway fares to rise": a news feed's timed headlines
    if (_FEED_LEAD.match(text) and not timed_entry(text)) or _line_up(text) or _quote_row(text):
        return "ticker"
    if len(text.replace(" ", "")) >= 3 and not any(ch.isalnum() for ch in text):
        return "separator"  # a rule between blocks: "* * *", "————", "***"; not a lone bullet
    if len(text) <= 24 and _price_or_change(text):
        return "ticker"  # "8,42 €" over "-1,35 %": a quote box's price and change
    if text[:1] in _LINK_ARROWS and _arrow_link(text):
        return "related"  # Round 25 (glued): ">> Bahnstreik ab Montag: Was Pendler …"
    if len(text) <= 100 and _SCORE_LINE.match(text) and _team_names(text):
        return "ticker"  # a result strip over or under the report
    if chrome is None:
        return None
    kind = chrome.kind(text)
    if kind is None and "[" in text and _LYNX_REF.search(text):
        kind = chrome.kind(_LYNX_REF.sub("", text))  # "[23]Voir la galerie photos (8)"
    if kind is None and "](" in text:
        # html2text's links read as their words, as lynx and w3m print the same row: the
        # cue of "[Teilen](…) [Senden](…) Kommentare (4)" is that of its words.
        words = link_words(text)
        if words != text:
            kind = chrome.kind(words)
    if kind is None and _widget_label(text, chrome.share):
        return "share"
    if kind is None and chrome.feedback_answers_row(text):
        return "comments"  # "Yes / No", "Так Ні": the page-feedback widget's buttons
    # A dump's share buttons, in a row or one a line ("[Teilen](…)" / "[Merken](…)").
    row = link_row(text) if kind is None and "[" in text else None
    if row is not None and sum(1 for words in row if chrome.kind(words) == "share") * 2 > len(row):
        return "share"  # a dump's row of share buttons: "[Share on Facebook](…) [Email](…)"
    if row is not None and all(chrome.kind(words) == "shop" for words in row):
        return "shop"  # a dump's row of shop buttons: "[$279 at Amazon](…) [$289 at Target](…)"
    return kind


_QUOTE_SIGNS = frozenset("%€$£¥₽₴₹")

_LINK_ARROWS = frozenset(">»→")
"""What opens a related link's line ("&gt;&gt; …", "» …", "→ …"): the first test of
:func:`_arrow_link`, one set look-up per line."""


def _arrow_link(text: str) -> bool:
    # Round 25 (glued): a related story's headline behind a link arrow (">> Тренер «Зари»: …",
    # "» Bahnstreik ab Montag: Was Pendler wissen müssen", "→ Überlastete Gerichte: …"),
    # which a site prints over or under the story and a dump keeps on a line of its own:
    # another story's link, never the headline nor a paragraph. The arrow is ">>", "»" or
    # "→" and a space (a German »quote« has no space after its mark and closes with «); the
    # rest is a headline's shape: four words or more, opening with a capital or a figure,
    # at most 160 characters, not ending as a sentence does (a teaser cut with "..." or "…"
    # is one), so an arrowed list item of prose ("→ Die Anmeldung läuft bis Freitag.") stays.
    mark = 2 if text[:2] == ">>" else 1 if text[:1] != ">" else 0
    if not mark or text[mark : mark + 1] != " " or len(text) > 160 or "«" in text:
        return False
    rest = text[mark:].strip()
    if not (rest[:1].isupper() or rest[:1].isdigit()) or len(rest.split()) < 4:
        return False
    return not rest.endswith((".", "!", ";", ":")) or rest.endswith(("...", "…"))


def _sign_up_form(text: str, chrome: ChromeCues) -> bool:
    # A dump's form row whose field and button are a newsletter's ("[Enter your email ]
    # [Sign up]", "[Ihre E-Mail-Adresse ] [Anmelden]"): the newsletter box's field, which the
    # box's title and pitch stand over (:func:`.interstitials._box_lead`), not a search box.
    words = " ".join(text.replace("[", " ").replace("]", " ").split())
    return bool(words) and chrome.kind(words) in ("sign-up", "noise.sign-up")


def _price_or_change(text: str) -> bool:
    # A figure with a currency or percent sign and no word at all ("8,42 €", "-1,35 %",
    # "+0.8%"): what a share-price box prints one value a line; prose always has words.
    return (
        not any(ch.isalpha() for ch in text)
        and any(ch in _QUOTE_SIGNS for ch in text)
        and any(ch.isdigit() for ch in text)
    )


def _closing(text: str, chrome: ChromeCues | None, cue: str | None) -> bool:
    if chrome is None or len(text) > 60:
        return False
    if cue is None and not text.startswith("* "):
        return False  # the cue asked the same question of the same words
    return chrome.kind(text.removeprefix("* ")) == "comments"


def _widget_label(text: str, share: frozenset[str]) -> bool:
    # A player or share widget's label that opens with a share phrase of two to four
    # words and goes on ("Listen to this story with a membership", "Share this article
    # with a friend"); a sentence that happens to open so ends with a full stop.
    words = fold(text).split()
    if not 4 <= len(words) <= 10 or text.endswith(_END_SENTENCE):
        return False
    # Two words are enough for a player's button over its title ("Ver video Así funcionan
    # las nuevas pantallas", "Watch video Storm hits the coast").
    return any(" ".join(words[:n]) in share for n in (2, 3, 4))


def _quote_row(text: str) -> bool:
    # A row of a quotes table or score strip: three to eight items, most of them figures
    # ("HGX.L 10,412.00 +274.50 +2.71%", "DAX 18.452 −0,4 %"); a sentence holds words.
    # A currency printed apart from its price ("ARQU3 R$ 6,41 +7,01%", "US$ 12.80") is the
    # price's sign, not an item of the row.
    items = text.split()
    if not _QUOTE_SIGNS.isdisjoint(text):  # no sign, no word to take out (one pass in C)
        items = [item for item in items if not _currency_sign(item)]
    if not 3 <= len(items) <= 8 or text.endswith(_END_SENTENCE) or _YEAR_OR_CLOCK.search(text):
        return False  # a date line ("March 18, 2025 11:27 AM GMT") is not a quote
    figures = [item for item in items if item.lstrip("+-−–(")[:1].isdigit()]
    changes = sum(1 for item in figures if item[:1] in "+-−–" or item.endswith("%"))
    return len(figures) * 3 >= len(items) * 2 and changes >= 1


def _currency_sign(item: str) -> bool:
    # A currency sign on its own, maybe after up to two capitals ("$", "€", "R$", "US$").
    head = item[:-1]
    return item[-1:] in _QUOTE_SIGNS and item[-1:] != "%" and len(head) <= 2 and (
        (head.isalpha() and head.isupper()) or not head
    )


def _line_up(text: str) -> bool:
    # A team sheet: "Town: Mercer; Hale, Osei, Crump (Bright 64); …" — a label, then
    # eight names or more in groups set apart by semicolons or dashes ("Sauer – Demir,
    # Kuhlmann – …"), each name maybe with its goals ("Lüders 9", "Brandes 6/2"), and no
    # phrase among them.
    label, colon, rest = text.replace("**", "").partition(": ")  # "**Team:** …" (html2text)
    if not colon or len(label.split()) > 3:
        return False
    # A substitute in brackets may hold a comma ("Sotelo (Durán, min. 62)"); the last two
    # names may be joined by "and" ("Borja Iglesias y Aspas").
    groups = _GROUP_MARK.split(_PARENS.sub("", rest))
    if len(groups) < 2:
        return False
    items = [item.strip(" .") for group in groups for item in _LAST_AND.sub(",", group).split(",")]
    if len(items) < 8:
        return False
    return all(
        item
        and len(item.split()) <= 3
        and all(w[:1].isupper() or _GOALS.fullmatch(w) for w in item.split())
        and item.split()[0][:1].isupper()
        for item in items
    )


def _chapter_start(text: str) -> int | None:
    # The seconds into the recording a chapter line starts at, or None.
    m = _CHAPTER_LEAD.match(text)
    if m is None:
        return None
    seconds = 0
    for part in m.group(1).split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


def chapter_list_lines(lines: list[Line]) -> list[int]:
    """The lines of a video's or episode's chapter list ("0:00 Introduction" / "0:47 What
    the panels are" / "2:05 Inside a classroom"): three lines or more in a row that open
    with an elapsed time, the first at zero and each later than the last. A news feed's
    clock times ("15:58 Subway fares to rise") never start at 0:00 and rise through a list."""
    out: list[int] = []
    n, k = len(lines), 0
    while k < n:
        # cheap guard: a chapter's time opens the line (after a bullet or a bracket)
        if lines[k].text[:3].lstrip("-*•·▪●–+([ ")[:1] not in "0" or _chapter_start(
            lines[k].text
        ) != 0:
            k += 1
            continue
        end, last = k + 1, 0
        while end < n:
            start = _chapter_start(lines[end].text)
            if start is None or start <= last:
                break
            last, end = start, end + 1
        if end - k >= 3:
            out.extend(range(k, end))
        k = end
    return out


_META_ROW_RUN = 4
"""The most bulleted meta rows a blog's header prints under its headline (name, date,
reading time, comment count)."""


def _meta_row_kind(rest: str, chrome: ChromeCues) -> str | None:
    # What a bulleted header row holds once its bullet is gone: "name" (one bare name or a
    # by-prefixed one), "time" (a reading time or counter), "date" (a day and a month of the
    # page's language or English, a year or not), else None.
    if chrome.kind(rest) in {"counter", "reading-time"} or _cue(rest, chrome) in {
        "noise.reading-time",
        "counter",
    }:
        return "time"
    words = [w.strip(".,").casefold() for w in rest.split()]
    if (
        2 <= len(words) <= 3
        and any(w.isdigit() and len(w) <= 4 for w in words)
        and all(w.isdigit() or w in chrome.months or w in _EN_MONTHS for w in words)
    ):
        return "date"
    if chrome.byline_prefix(rest) is not None:
        return "name"
    byline = parse_byline(rest)
    if byline is not None and byline.rule == "byline.bare-name" and len(byline.people) == 1:
        return "name"
    return None


def _bulleted_meta_rows(lines: list[Line], out: list[LineFeatures], chrome: ChromeCues) -> None:
    # Round 23 (scrapedi): a blog platform prints the header's meta rows as bullet items
    # under the headline ("- Maren Oduya" / "- Mar 12" / "- 3 min read"): a run of two to
    # four short items with the same bullet, right under a line that is no item, one of
    # them a name and another a date or a reading time, every one of them one of these.
    # They are the byline and its date, not a menu: the name row reads as a byline, no row
    # counts as a menu's bullet, and the line over the run is no second byline.
    k, n = 1, len(lines)
    while k < n:
        f = out[k]
        if not f.bullet or f.words > 5 or out[k - 1].bullet:
            k += 1
            continue
        end = k
        while end < n and out[end].bullet and out[end].words <= 5 and end - k <= _META_ROW_RUN:
            end += 1
        mark = lines[k].text[:1]
        if 2 <= end - k <= _META_ROW_RUN and all(lines[i].text[:1] == mark for i in range(k, end)):
            rows = [_BULLET.sub("", lines[i].text, 1) for i in range(k, end)]
            kinds = [_meta_row_kind(row, chrome) for row in rows]
            if None not in kinds and kinds.count("name") == 1 and len(set(kinds)) >= 2:
                for i, kind in zip(range(k, end), kinds, strict=True):
                    out[i] = out[i]._replace(bullet=False, byline=kind == "name")
                above = out[k - 1]
                if above.byline and chrome.byline_prefix(lines[k - 1].text) is None:
                    # "Lanterns Over Halloway Pier" over the rows: a short headline in
                    # title case has a name's shape, but the writer is the run's own row
                    out[k - 1] = above._replace(byline=False)
        k = end


_RUN_END_CHARS = 120


def _run_end_lines(lines: list[Line], out: list[LineFeatures], chrome: ChromeCues) -> None:
    # Round 23 (scrapedi): "Harbour Loft Theatre, Kessington – until 29th March 2025",
    # "Teatro della Darsena – fino al 29 marzo 2025": a venue (or a closed road) and the day
    # its run ends, an ``expiry_labels`` word of the language or English before a whole
    # date that closes the line. The line is the review's or the notice's information,
    # never the headline (title case and a byline under it made it score as one): cue
    # ``run-end``. Guard: only a short line with a year, no cue yet and no sentence end
    # ("The show runs until 29 March 2025." is prose) pays for the look.
    labels: tuple[str, ...] | None = None
    for k, f in enumerate(out):
        if not f.datelike or f.cue is not None or f.chars > _RUN_END_CHARS or f.ends_sentence:
            continue
        if labels is None:
            words = {*cues(chrome.lang).expiry_labels, *cues("en").expiry_labels}
            labels = tuple(sorted((w.rstrip(":") for w in words), key=len, reverse=True))
        text = lines[k].text
        folded = text.casefold()
        for label in labels:
            at = folded.find(label + " ")
            if at < 0 or (at and folded[at - 1] != " "):
                continue
            rest = text[at + len(label) :].strip(" :")
            if has_year(rest) and parse_date(rest, chrome.lang) is not None:
                out[k] = f._replace(cue="run-end")
                break


_EN_MONTHS = frozenset(
    (
        *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov"),
        *("dec", "january", "february", "march", "april", "june", "july", "august"),
        *("september", "october", "november", "december"),
    )
)


def _chapter_lists(lines: list[Line], feats: list[LineFeatures]) -> None:
    # A chapter list (``chapter_list_lines``) is the page's content (the viewer's table
    # of the recording), so the ticker cue its items' clock-like lead earned is taken back.
    for j in chapter_list_lines(lines):
        if feats[j].cue == "ticker":
            feats[j] = feats[j]._replace(cue=None)


_WRAPPED_ENTRY_LINES = 6
"""How many lines a wrapped timed entry spans at most (a long update at 72 columns)."""


def _wrapped_timed_entries(lines: list[Line], feats: list[LineFeatures]) -> None:
    # A live page's timed entries ("18:40 Uhr: Der Pegel … um 20 Zentimeter" / "gesunken.
    # Die Stadt …") that lynx or w3m wrapped: the first line ends mid-sentence, so it read
    # as a feed's timed headline ("ticker", ``_CLOCK_LEAD``) and the entry went as chrome.
    # An entry is the clock line and the lines under it up to the next blank line; when
    # that whole is a timed entry (``timed_entry``: clock, mark, whole sentences) and the page
    # prints two such entries or more, their lines are content. A feed's headlines stand one
    # a line, with no blank line closing each, and stay a ticker.
    n = len(lines)
    found: list[tuple[int, int]] = []
    for k in range(n - 1):
        if feats[k].cue != "ticker" or not lines[k].text[:1].isdigit() or lines[k + 1].blank_before:
            continue  # the cheap guard: a clock line with a line glued under it
        end = k + 1
        while (
            end < n
            and end - k < _WRAPPED_ENTRY_LINES
            and not lines[end].blank_before
            and _CLOCK_LEAD.match(lines[end].text) is None
            and _CLOCK_ENTRY.match(lines[end].text) is None
        ):
            end += 1
        if end < n and not lines[end].blank_before:
            continue  # no blank line closes it: one line of a feed under another
        joined = " ".join(line.text for line in lines[k:end])
        if timed_entry(joined) or (
            # "09:57 Die Polizei sperrt …" with no mark after the clock: the same entry
            _CLOCK_LEAD.match(joined) is not None
            and joined.endswith(_ENTRY_END)
            and len(joined.split()) >= _ENTRY_WORDS + 2
        ):
            found.append((k, end))
    if len(found) < 2:
        return
    for k, end in found:
        for j in range(k, end):
            if feats[j].cue in (None, "ticker"):
                feats[j] = feats[j]._replace(cue=None)


_CONTENTS_ITEM_WORDS = 12
"""How many words an item of a contents list holds at most (a subhead's length)."""


def _contents_lists(lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues) -> None:
    # A page's own contents list printed as plain lines under its label ("On this page" /
    # "Which roads are added" / "How to request a grit bin"): the label is one of the
    # language's navigation words, and two or more short lines right under it, no blank line
    # between them, each stand again further down as a line of their own (the subheads they
    # link to). Label and items are the page's navigation, never its headline: the cue keeps
    # the header reader off them (the subheads below are counted once, see ``_parse``).
    n = len(lines)
    for k in range(n - 2):
        if feats[k].words > 4 or lines[k].text.casefold().strip(" :：") not in chrome.navigation:
            continue
        keys = [line.text.casefold() for line in lines]
        run: list[int] = []
        j = k + 1
        while j < n and (j == k + 1 or not lines[j].blank_before):
            f = feats[j]
            if f.words > _CONTENTS_ITEM_WORDS or f.ends_sentence or f.cue is not None:
                break
            run.append(j)
            j += 1
        found = [j for j in run if keys[j] in keys[run[-1] + 1 :]] if run else []
        if len(found) < 2 or len(found) < len(run) - 1:
            continue  # a contents list may end on a link with no section ("Contact us")
        feats[k] = feats[k]._replace(cue="contents")
        for j in run:
            feats[j] = feats[j]._replace(cue="contents")


def _wrapped_line_ups(lines: list[Line], feats: list[LineFeatures]) -> None:
    # A team sheet that lynx or w3m wrapped over two or three lines ("Carrow Town
    # (4-2-3-1): Lindgren; Obi, Reddish, Castellanos, Whitlock;" / "Hargreaves, Nakamura;
    # …"): each line broken after a semicolon or comma, read whole.
    n = len(lines)
    for k in range(n - 1):
        text = lines[k].text
        if text[-1:] not in ";," or ": " not in text or feats[k].cue is not None:
            continue
        end = k + 1
        while end < n and not lines[end].blank_before and end - k < 3:
            joined = " ".join(line.text for line in lines[k : end + 1])
            if _line_up(joined):
                for j in range(k, end + 1):
                    feats[j] = feats[j]._replace(cue="ticker")
                break
            if lines[end].text[-1:] not in ";,":
                break
            end += 1


def _team_names(text: str) -> bool:
    # A result strip names teams, capitalised words: a wrapped sentence that holds a vote
    # ("… zoning board voted 4-1 Wednesday to let a family-owned") has lower-case words.
    return sum(1 for w in text.split() if len(w) > 3 and w[:1].islower()) <= 1


def notice_row(text: str, labels: frozenset[str]) -> bool:
    """A notice's fact row: a "Label: value" row (``fact_row``) whose label is one of the
    language's ``notice_row_labels`` ("Betroffene Linien: 4, 7 und N12", "Dauer: 7. bis
    20. Dezember", "Calles afectadas: Hornos, Tahona y plaza del Pozo")."""
    if not labels or ":" not in text[:40]:
        return False
    label = text.replace("**", "").partition(":")[0].strip().casefold()
    return label in labels and fact_row(text.replace(" :", ":", 1))


def _match_boxes(
    lines: list[Line], feats: list[LineFeatures], notices: frozenset[str] = frozenset()
) -> None:
    # A match's facts box: three "Label: value" lines or more in a row ("Tore: 0:1
    # Wohlfahrt (3.)", "Referee: Owen Gale", "Zuschauer: 4.100") among which stands a team
    # sheet or a scoring row with two minute marks or more ("Aurillac : 2 essais Marty (57e),
    # Fabre (79e)", "RETI: 23' Rossetti, 61' Baldan"). The whole box is the page's data, not
    # the report's prose — and so is its own short title just above it ("Il tabellino", "La
    # fiche technique", "Die Statistik"). A dump prints the rows as paragraphs with blank
    # lines between them; Italian and French boxes end each row with a full stop.
    k, n = 0, len(lines)
    while k < n:
        end = k
        while end < n and fact_row(lines[end].text):
            end += 1
        if (
            end - k >= 3
            and any(
                feats[j].cue == "ticker" or len(_MINUTE.findall(lines[j].text)) >= 2
                for j in range(k, end)
            )
            # "Dauer: 7. bis 20. Dezember" among a notice's rows: dates, not minute marks
            and not any(notice_row(lines[j].text, notices) for j in range(k, end))
        ):
            for j in range(k, end):
                if feats[j].cue is None:
                    feats[j] = feats[j]._replace(cue="ticker")
            above = feats[k - 1] if k else None
            if _box_title(above):
                feats[k - 1] = above._replace(cue="ticker")
        k = max(end, k + 1)
    # The scorers under a match's result ("Celta 2 - 1 Valladolid" / "Goles: 0-1, min. 34:
    # Sylla. 1-1, min. 71: Aspas."): the result strip's second row.
    for j in range(1, n):
        if (
            feats[j].cue is None
            and feats[j - 1].cue == "ticker"
            and _SCORE_LINE.match(lines[j - 1].text)
            and fact_row(lines[j].text)
            and len(_MINUTE.findall(lines[j].text)) >= 2
        ):
            feats[j] = feats[j]._replace(cue="ticker")


def _box_title(f: LineFeatures | None) -> bool:
    # A short plain line that may be a box's own title: no cue, no sentence, no byline.
    if f is None or f.cue is not None or f.words > 3:
        return False
    return not (f.ends_sentence or f.byline or f.datelike)


def fact_row(text: str) -> bool:
    """ "Label: value" with a label of one to three words and a value that is no sentence:
    it ends without a full stop, or it is a short run of names and figures that does
    ("ARBITRO: Feliciani di Teramo.", "Spectateurs : 4 120.")."""
    label, colon, value = text.replace("**", "").partition(": ")
    if not colon or not 1 <= len(label.split()) <= 3 or not label[:1].isupper():
        return False
    if not 0 < len(value) <= 250 or value.endswith(("!", "?", "…")):
        return False
    if not value.endswith("."):
        return True
    words = value.split()
    capital = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w[:1] in "(")
    return len(words) <= 30 and capital * 2 >= len(words)


_BYLINE_MARKS = "■□◆◇●▲"
"""Marks a printed paper sets before a byline line (the e-paper keeps them)."""


def _is_byline(text: str, chrome: ChromeCues | None) -> bool:
    # A dump links each name ("[Ana Lima](…) e [Rui Sá](…)"): the byline is the names.
    text = link_words(text)
    if len(text) > 120:
        return False
    if chrome is not None and chrome.byline_prefix(text.lstrip(_BYLINE_MARKS)) is not None:
        return True  # "■本报记者　韩思远": a printed paper sets a square before its byline
    if len(text) > 80 or text.endswith(_END_SENTENCE):
        # "Jane Roe, Coast Media Group By Jane Roe, Coast Media Group Coast.com": an author
        # card echoed by its byline is long, and a byline all the same
        return chrome is not None and echoed_byline(text, chrome.byline_prefixes) is not None
    return parse_byline(text) is not None or profile_byline(text) is not None


def _uncased_phrase(text: str, stops: int, capital: int) -> bool:
    # A short line in a script without capitals (Arabic) that holds a stop word of the
    # page's language ("اتصل بنا", "عن الوزارة"): a menu item or label, not a bare name.
    # Capitals are the name evidence elsewhere; a bylined line is read by its prefix.
    if not stops or capital or text[:1].isascii():
        return False
    first = text[0]
    return first.isalpha() and not first.islower() and 0x5FF < ord(first) < 0x2E80 and (
        parse_byline(text) is not None and parse_byline(text).rule == "byline.bare-name"
    )


def _is_credit_line(text: str, chrome: ChromeCues | None) -> bool:
    # A short contributor or source line that closes an article ("Quelle: dpa"); a line
    # printing a year is the header's ("来源：… 2025-03-04").
    if chrome is None or len(text) > 150 or text.endswith(("!", "?")):
        return False
    return not has_year(text) and chrome.contributors(text) is not None


def _cjk_share(text: str) -> float:
    cjk = sum(1 for ch in text if "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
    return cjk / max(1, len(text))


def line_features(
    lines: list[Line],
    stopwords: frozenset[str] | None = None,
    chrome: ChromeCues | None = None,
) -> list[LineFeatures]:
    """The features of every line, in order; stop words and chrome cues of the text's language."""
    stop = stopwords or frozenset()
    counts = Counter(fold(line.text) for line in lines)
    out: list[LineFeatures] = []
    is_stop = stop.__contains__
    for line in lines:
        text = line.text
        folded = fold(text)
        tokens = _WORD.findall(folded)
        # Only a line holding a character from the kana block up can be in a script
        # without spaces; max() is one pass in C, the share a pass in Python.
        cjk = not text.isascii() and max(text) >= "\u3040" and _cjk_share(text) > 0.3
        words = len(tokens) if not cjk else max(1, len(text) // 2)
        stops = sum(map(is_stop, tokens))
        initials = [w[0] for w in text.split()]
        alpha = [ch for ch in initials if ch.isalpha()]
        capital = sum(map(str.isupper, alpha))
        numbers = sum(map(str.isdigit, initials))
        ends_sentence = (
            text.endswith(_END_SENTENCE)
            or text.endswith(_END_LOW_QUOTE)
            or text.endswith(_END_CORNER_QUOTE)
        )
        cue = _cue(text, chrome) if len(text) <= 300 else None
        out.append(
            LineFeatures(
                chars=len(text),
                words=words,
                stop_ratio=(0.3 if cjk else stops / len(tokens)) if tokens else 0.0,
                # a row of links keeps its evidence once the dump's marks are gone (lynx
                # "[5]Privatkunden [6]Arbeitgeber …" re-joined over two lines is a menu)
                link_ratio=1.0
                if line.link_row
                else min(1.0, _link_chars(text) / max(1, len(text))),
                ends_sentence=ends_sentence,
                bullet=bool(_BULLET.match(text)),
                capitalised=capital / max(1, len(alpha)),
                numeric=numbers / max(1, len(initials)),
                repeats=counts[folded],
                datelike=bool(_DIGITS.search(text)) and bool(_TIME_OR_DATE.search(text)),
                cue=cue,
                no_space_script=cjk,
                byline=_is_byline(text, chrome) and not _uncased_phrase(text, stops, capital),
                last_stop=bool(tokens) and tokens[-1] in stop and not ends_sentence,
                stamp=len(text) <= 44
                and is_entry_stamp(_unbolded(text), chrome.lang if chrome else None),
                credit=_is_credit_line(text, chrome),
                closing=_closing(text, chrome, cue),
            )
        )
    _chapter_lists(lines, out)
    if chrome is not None:
        _bulleted_meta_rows(lines, out, chrome)
        _run_end_lines(lines, out, chrome)
    _wrapped_timed_entries(lines, out)
    if chrome is not None:
        _contents_lists(lines, out, chrome)
    _wrapped_line_ups(lines, out)
    _match_boxes(lines, out, chrome.notice_rows if chrome is not None else frozenset())
    _results_runs(lines, out)
    _label_feeds(out)
    _quote_rows(lines, out)
    _measure_boxes(lines, out)
    _top_pick_boxes(lines, out)
    _rows_over_shop_buttons(lines, out)
    _scoreboard_rows(lines, out)
    _lead_fact_box(lines, out)
    if chrome is not None and (chrome.work_facts or chrome.info_boxes):
        _work_fact_boxes(lines, out, chrome.work_facts, chrome.info_boxes, chrome)
    if chrome is not None and chrome.work_facts and chrome.runtime_units:
        _work_detail_lines(lines, out, chrome.work_facts, chrome.runtime_units)
    if chrome is not None and chrome.deal_titles:
        _deal_box_titles(lines, out, chrome.deal_titles)
    if chrome is not None:
        _summary_box_labels(lines, out, chrome)
    if chrome is not None:
        _clip_titles(lines, out, chrome.photo_labels, chrome.related)
    else:
        _clip_titles(lines, out)
    if chrome is not None:
        _player_titles(lines, out, chrome)
    _buttons_among_widgets(lines, out)
    if chrome is not None:
        _sign_up_buttons(lines, out, chrome.accounts)
        _prose_sign_up_lines(lines, out, chrome)
    _uncased_menus(lines, out)
    _sponsor_blocks(out)
    _embedded_posts(lines, out)
    _embed_notice_blocks(lines, out)
    _embed_spans(lines, out)
    donation_ladders(lines, out)
    book_details(lines, out)
    _photo_copyrights(lines, out)
    if chrome is not None and (chrome.editor_notes or chrome.contact_labels):
        _contact_blocks(lines, out, chrome)
    if chrome is not None and chrome.contact_invitations:
        _contact_invitations(lines, out, chrome.contact_invitations)
    if chrome is not None and chrome.author_contacts:
        _author_contact_lines(lines, out, chrome.author_contacts)
    if chrome is not None and chrome.imprint_openers:
        _imprint_blocks(lines, out, chrome.imprint_openers)
    if chrome is not None and chrome.disclosure_labels:
        _disclosure_panels(lines, out, chrome)
    if chrome is not None and chrome.meta_keys:
        _metadata_rows(lines, out, chrome)
    if chrome is not None and chrome.feedback_answers:
        _feedback_widgets(lines, out, chrome)
    if chrome is not None and chrome.comment_verbs:
        _comment_entries(lines, out, chrome.comment_verbs)
    _gallery_slides(lines, out)
    if chrome is not None and chrome.dialog_buttons:
        _dialog_boxes(lines, out, chrome)
    if chrome is not None and chrome.poll_labels:
        _poll_boxes(lines, out, chrome.poll_labels)
    if chrome is not None and chrome.status_stamps:
        status_log(lines, out, chrome)
    _tip_runs(lines, out)
    _echoes(_page_heading(lines, out, stop, chrome), out, stop)
    return out


_TIP_LABEL_WORDS = 4
"""How many words a tip's label holds at most ("Respon ràpid", "Answer the question")."""
_TIP_TEXT_WORDS = 4
"""How many words a tip's text after its label holds at least."""


def _tip_line(text: str) -> bool:
    # A tip of a run printed "Label: text" ("Respon ràpid: no deixis silencis llargs …",
    # "Sigues concret: explica un exemple real …"): a label of two to four words with a
    # lower-case word after its first (an imperative or a short phrase, no user's name,
    # which is capitalised) and no digit, then a sentence of four words or more.
    label, colon, rest = text.partition(": ")
    if not colon or not rest.endswith((".", "!", ";")):
        return False
    words = label.split()
    return (
        2 <= len(words) <= _TIP_LABEL_WORDS
        and words[0][:1].isupper()
        and any(w[:1].islower() for w in words[1:])
        and not any(ch.isdigit() for ch in label)
        and len(rest.split()) >= _TIP_TEXT_WORDS
    )


def _tip_runs(lines: list[Line], feats: list[LineFeatures]) -> None:
    # Round 25 (pq70): a tip of a run of "Label: text" lines inside the article whose label
    # opens with a comment word of the language ("Respon ràpid: …" — "respon" is Catalan
    # for "reply", "Comment vous préparer : …") read as a comment prompt and was dropped.
    # A comment stands after the article with a user's name before its colon; a tip stands
    # among other tips: the line is no comment when the line above or below it has no cue
    # and is a tip too. Guard: only lines cued as comments with ": " inside.
    for k, f in enumerate(feats):
        if f.cue != "comments" or ": " not in lines[k].text or not _tip_line(lines[k].text):
            continue
        if any(
            0 <= j < len(feats) and feats[j].cue is None and _tip_line(lines[j].text)
            for j in (k - 1, k + 1)
        ):
            feats[k] = f._replace(cue=None)


_HOME_LINK = lazy_pattern(r"\]\((?:https?://[^/\s)]+)?/?\)")
"""A link to the site's home page (no path): what a logo or the site's name links to."""


def _page_heading(
    lines: list[Line],
    feats: list[LineFeatures],
    stop: frozenset[str],
    chrome: ChromeCues | None,
) -> list[Line]:
    # Mark the page's ``<h1>`` when a Markdown dump (html2text) prints exactly one "# "
    # line. On the tuning half of the real pages a lone h1 is the headline on 65 pages of 70;
    # where a page prints several (a logo's, a widget's, every teaser's) none is marked (a
    # bonus for each of two or three moved no headline there). A linked h1 (a blog's
    # permalink, "# [Headline](url "Permanent Link to …")") is measured on the words the
    # page shows. Returns the lines as the headline's echo is to read them.
    found = -1
    for k, line in enumerate(lines):
        if line.text[:2] == "# ":
            if found >= 0:
                return lines
            found = k
    if found < 0:
        return lines
    line = lines[found]
    if "[" not in line.text:
        feats[found] = feats[found]._replace(h1=True)
        return lines
    if _HOME_LINK.search(line.text):
        return lines  # "# [The Saltmarsh Tide](https://…/)": the site's name, linked home
    shown = clean_markup([line])[0][0]
    one = line_features([shown], stop, chrome)[0]
    feats[found] = one._replace(h1=True, repeats=feats[found].repeats)
    return [*lines[:found], shown, *lines[found + 1 :]]


_MENU_RUN = 4


def _uncased_menus(lines: list[Line], feats: list[LineFeatures]) -> None:
    # A column of four or more short lines (three words or fewer, no sentence end) is a
    # menu; in a script without capitals (Arabic) its two-word items ("وزارة الصحة",
    # "المركز الإعلامي") have the shape of a bare name, and are no byline there. A byline
    # stands alone under the headline, not in a column of one- to three-word items.
    k, n = 0, len(feats)
    while k < n:
        f = feats[k]
        if f.words > 3 or f.ends_sentence or f.no_space_script:
            k += 1
            continue
        end = k
        while end < n and feats[end].words <= 3 and not feats[end].ends_sentence:
            end += 1
        if end - k >= _MENU_RUN:
            for j in range(k, end):
                g = feats[j]
                if g.byline and g.capitalised == 0.0 and not lines[j].text.isascii():
                    first = lines[j].text[0]
                    if first.isalpha() and not first.islower() and 0x5FF < ord(first) < 0x2E80:
                        feats[j] = g._replace(byline=False)
        k = max(end, k + 1)


def _photo_copyrights(lines: list[Line], feats: list[LineFeatures]) -> None:
    # "© Name" right under a caption-sized line and over more prose (no blank line
    # between, no year, a few words): the photo's credit inside the article, not the page's
    # rights notice that ends it ("جانب من التدريبات" / "© الاتحاد السعودي لكرة القدم").
    for k in range(1, len(lines) - 1):
        if feats[k].cue != "rights" or not lines[k].text.startswith("©"):
            continue
        text, above, below = lines[k].text, feats[k - 1], feats[k + 1]
        if (
            lines[k].blank_before
            or any(map(str.isdigit, text))
            or len(text.split()) > 7
            or above.cue is not None
            or not 3 <= above.words <= 40
            or below.cue is not None
            or not below.ends_sentence
            or below.words < 12
        ):
            continue
        feats[k] = feats[k]._replace(cue=None)


DATE_KEYS = frozenset(["datum", "date", "fecha", "data", "дата", "التاريخ", "日期"])
_META_VALUE_WORDS = 8


def meta_row(text: str, keys: frozenset[str]) -> str | None:
    """The key of a metadata row ("Kategorie Volksschule" -> "kategorie"), else None."""
    if len(text) > 80 or text.endswith(("!", "?", ".")):
        return None
    folded = text.casefold()
    words = folded.split()
    for size in (2, 1):
        key = " ".join(words[:size])
        # no colon: a dump prints a table's key and value as two cells; "Ort: Stadthalle"
        # in an event's details is the article's own line
        if key in keys and 0 < len(words) - size <= _META_VALUE_WORDS:
            return key
    return None


def _metadata_rows(lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues) -> None:
    # A page's metadata table as a dump tool prints it, a key and its value on each line
    # and no blank line between the rows ("Datum 17.02.2026" / "Departement Bildung und
    # Kultur" / "Kategorie Volksschule"; "Datum 04.03.2026" / "Ort Dessau-Roßlau"): two rows
    # or more, one of them a date. The rows other than the date are furniture ("counter"):
    # "Departement Bildung und Kultur" is no headline and "Ort Dessau-Roßlau" no byline. The
    # date row stays for the header to read.
    n = len(lines)
    k = 0
    while k < n:
        if feats[k].cue is not None or meta_row(lines[k].text, chrome.meta_keys) is None:
            k += 1
            continue
        end = k + 1
        while (
            end < n
            and not lines[end].blank_before
            and feats[end].cue is None
            and meta_row(lines[end].text, chrome.meta_keys) is not None
        ):
            end += 1
        rows = range(k, end)
        dated = [
            j
            for j in rows
            if meta_row(lines[j].text, chrome.meta_keys) in DATE_KEYS
            and any(ch.isdigit() for ch in lines[j].text)
        ]
        if end - k >= 2 and dated:
            for j in rows:
                if j not in dated:
                    feats[j] = feats[j]._replace(cue="counter")
        k = end


_CONTACT_REACH = 4
"""How many lines under its header a press release's contact block runs at most."""


def _contact_blocks(lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues) -> None:
    # A press release's contact block, its header and the lines down to its last contact
    # detail, is chrome that ends the release ("comments", a boundary of the zone decoder).
    #
    # "Media contact:" / "Pressekontakt" says what follows. "Notes to editors" may also open
    # a last section of facts (gov.uk prints the scheme's figures there), which is the
    # article's: it opens a contact block only when an e-mail address or a telephone number
    # is printed within the next lines.
    for k, f in enumerate(feats):
        if f.cue is not None or f.words > 12:
            continue
        key = lines[k].text.casefold().strip(" #*:：-–—")
        label = (
            next(c for c in chrome.contact_labels if key.startswith(c))
            if key.startswith(chrome.contact_labels)
            else None
        )
        rest = key[len(label) :] if label is not None else ""
        labelled = label is not None and not rest[:1].isalnum()
        if labelled and ("," in rest or len(rest.split()) > 4 or CONTACT_DETAIL.search(rest)):
            # "Media contact: Name, Org, press@…" (wrapped or not) is a line of details, not
            # a block's header; it is left as printed: the examples since v0.1 keep it as a
            # release's last paragraph (round 20 measured dropping it when it prints an
            # address or a number, and left it, so that every example keeps its model).
            continue
        if not labelled and (not _editor_note(key, chrome.editor_notes) or f.ends_sentence):
            continue
        below = lines[k + 1 : k + 1 + _CONTACT_REACH]
        found = [j for j, line in enumerate(below, k + 1) if CONTACT_DETAIL.search(line.text)]
        if not found and not labelled:
            continue
        if not labelled and _opened_below(lines, feats, chrome, k, found[0]):
            continue
        for j in range(k, (found[-1] if found else k) + 1):
            feats[j] = feats[j]._replace(cue="comments")


_INVITATION_CHARS = 300
"""How long a press note's one-line contact at its foot runs at most."""
_INVITATION_TAIL_WORDS = 10
"""How many words follow an invitation and its comma at most ("For more information,
contact Jane Roe, press@…"); more is a sentence of the story ("…, los vecinos pueden …")."""
_INVITATION_PROSE_WORDS = 5
"""A line of this many words that ends a sentence is the story's prose (a closing quote
"\"We listened to the neighbours,\" said board chair Orla Finnegan." too)."""


def _contact_invitations(
    lines: list[Line], feats: list[LineFeatures], invitations: tuple[str, ...]
) -> None:
    # A press note's contact line at its foot: one line opening with an invitation to
    # ask for more ("Para más información: Gabinete de Prensa, teléfono …, prensa@…", "For
    # more information, contact Jane Roe, …", "Pour plus d'informations : …", "咨询电话：…"),
    # then a colon (or a comma and at most ten words), printing an e-mail address or a
    # telephone number, with no sentence of five words or more under it. It is chrome
    # that ends the note ("comments", like a contact block). A "Media contact: …" line
    # (``contact_labels``) is left as printed, as the examples keep it; mid-story "Más
    # información: …" with prose under it, or without an address or a number, stays too.
    for k, f in enumerate(feats):
        if f.cue is not None or f.chars > _INVITATION_CHARS:
            continue
        text = lines[k].text
        if not text[:1].isalpha():
            continue
        key = fold(text).lstrip()
        if not key.startswith(invitations):
            continue
        label = max((c for c in invitations if key.startswith(c)), key=len)
        rest = key[len(label) :].lstrip()
        if rest[:1] in (",", "，", "،"):
            if len(rest[1:].split()) > _INVITATION_TAIL_WORDS:
                continue
        elif rest[:1] not in (":", "："):
            continue
        if CONTACT_DETAIL.search(text) is None:
            continue
        if _story_goes_on(feats, k):
            continue
        feats[k] = f._replace(cue="comments")


def _story_goes_on(feats: list[LineFeatures], k: int) -> bool:
    # A sentence of prose (five words or more, no cue) under line ``k``: the story goes on,
    # so a contact line above it is part of the article.
    return any(
        g.cue is None and g.ends_sentence and g.words >= _INVITATION_PROSE_WORDS
        for g in feats[k + 1 :]
    )


def _author_contact_lines(
    lines: list[Line], feats: list[LineFeatures], openings: tuple[str, ...]
) -> None:
    # Round 22 (crosslang): the reporter's contact line under the story ("Z autorką można
    # się skontaktować pod adresem a.nowak@…", "Contact the reporter at …", "Kontakt zur
    # Autorin: …"): a line opening with one of the language's ``author_contact_openings``
    # that prints an e-mail address, with no sentence of five words or more under it, is
    # chrome (a contact line, like a press note's). Guard: a short line holding "@" first.
    for k, f in enumerate(feats):
        if f.cue is not None or f.chars > 200 or "@" not in lines[k].text:
            continue
        key = fold(lines[k].text).lstrip()
        if not key.startswith(openings) or CONTACT_DETAIL.search(lines[k].text) is None:
            continue
        if _story_goes_on(feats, k):
            continue
        feats[k] = f._replace(cue="comments")


_NOTE_JOINS = (", ", " – ", " — ", " - ", "; ", " / ", " (")
"""What joins two notes on one header ("Noot voor de redactie, niet voor publicatie",
"Note to editors – not for publication")."""


def _editor_note(key: str, notes: frozenset[str]) -> bool:
    # Whether a label line is a press release's note to editors: one of the language's
    # ``editor_notes``, or two or more of them joined on one line by a comma or a dash
    # ("Noot voor de redactie, niet voor publicatie"); every part must be a note, so a
    # sentence that merely opens with one is not.
    if key in notes:
        return True
    for join in _NOTE_JOINS:
        if join in key:
            return all(part.strip(" ()") in notes for part in key.split(join))
    return False


_IMPRINT_LINE_WORDS = 30
"""How many words a line of a newsroom imprint holds at most (a registration line wrapped
by w3m runs to twenty); a longer line is prose, and no imprint has prose under it."""

_IMPRINT_SPLITS = (" — ", " – ", " · ", " | ", ". ")
"""What separates the fields an imprint prints on one line ("Diário do Vale — Diretora de
redação: …", "Учредитель: …. Главный редактор: …")."""


def _imprint_field(text: str, openers: tuple[str, ...]) -> bool:
    # Whether a line opens with an imprint's header or field, or prints one after a
    # separator; the opener must end at a word's end ("rcs", not "rcsX").
    key = text.casefold().strip(" *#_|")
    if not key:
        return False
    for part in (key, *(p for sep in _IMPRINT_SPLITS if sep in key for p in key.split(sep)[1:])):
        part = part.lstrip(" «\"")
        if part.startswith(openers):
            opener = next(o for o in openers if part.startswith(o))
            if not part[len(opener) : len(opener) + 1].isalnum():
                return True
    return False


def _imprint_blocks(lines: list[Line], feats: list[LineFeatures], openers: tuple[str, ...]) -> None:
    # A newsroom's imprint at the page's foot ("Expediente" / "Diretora de redação: …" /
    # "Redação: Av. …"; "Свидетельство о регистрации СМИ … выдано …" wrapped by w3m over
    # three lines / "Главный редактор: …"; "**Redakcja**" / "Redaktor naczelna: …") is chrome
    # that ends the article ("comments", a boundary of the zone decoder). The block is one
    # run of lines — no blank line inside, or a blank line before another field — holding
    # two fields or more of ``imprint_openers``, each line short, and nothing but short lines
    # under it: one "Redação:" line, a book's "Herausgeber:" row over a review's prose, or
    # a paragraph that names an editor-in-chief stays.
    n = len(lines)
    k = 0
    while k < n:
        if feats[k].words > _IMPRINT_LINE_WORDS or not _imprint_field(lines[k].text, openers):
            k += 1
            continue
        run, fields = [k], 1
        j = k + 1
        while j < n and feats[j].words <= _IMPRINT_LINE_WORDS:
            field = _imprint_field(lines[j].text, openers)
            if lines[j].blank_before and not field:
                break
            run.append(j)
            fields += field
            j += 1
        if fields >= 2 and all(f.words <= _IMPRINT_LINE_WORDS for f in feats[j:]):
            for i in run:
                if feats[i].cue is None:
                    feats[i] = feats[i]._replace(cue="comments")
            return
        k = j
    return


_PANEL_LINES = 6
"""How many lines under its label a writer's disclosure panel runs at most."""

_PANEL_STATEMENT_WORDS = 60
"""How many words a statement of a disclosure panel holds at most."""


def _disclosure_panels(lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues) -> None:
    # A writer's disclosure panel by the byline ("Disclosure statement" / "… receives
    # funding from …" / "Partners" / "… provides funding as a member of …" / "View all
    # partners"), as academic and explainer sites print it, is furniture ("disclosure", a
    # widget dropped where it stands). It opens with a ``disclosure_labels`` line; under it
    # each label (its own or a ``panel_labels`` one, "Partners") owns one short statement,
    # and a short link ("View all partners") may close it. Anything else ends the panel: a
    # body paragraph under a statement, a subhead, a photo, a cue line.
    for k, f in enumerate(feats):
        if f.cue is not None or f.words > 5 or f.ends_sentence:
            continue
        if _label_key(lines[k].text) not in chrome.disclosure_labels:
            continue
        panel = [k]
        labelled = True  # the line above the next one is a label: a statement may follow
        for j in range(k + 1, min(len(lines), k + 1 + _PANEL_LINES)):
            g = feats[j]
            key = _label_key(lines[j].text)
            if g.cue is not None:
                break
            if key in chrome.panel_labels or key in chrome.disclosure_labels:
                panel.append(j)
                labelled = True
            elif labelled and 5 < g.words <= _PANEL_STATEMENT_WORDS and not g.bullet:
                panel.append(j)
                labelled = False
            elif not labelled and g.words <= 4 and g.link_ratio >= 0.5:
                panel.append(j)  # "[View all partners](/partners)": the panel's last link
                break
            else:
                break
        if len(panel) < 2:
            continue  # a bare label: nothing under it to tell a panel from a subhead
        after = panel[-1] + 1
        labels = sum(1 for j in panel if _label_key(lines[j].text) in chrome.panel_labels)
        if not (
            labels
            or feats[panel[-1]].link_ratio >= 0.5
            or after == len(lines)
            or feats[after].cue is not None
            or feats[after].link_ratio >= 0.5
        ):
            # "Disclosure" / a paragraph / more paragraphs: a subhead of an article about
            # disclosure; a panel has a second label, its link, or chrome or nothing under it
            continue
        for j in panel:
            feats[j] = feats[j]._replace(cue="disclosure")


_QUESTION_ENDS = ("?", "؟", "？")


def _feedback_widgets(lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues) -> None:
    # A feedback widget printed on two lines: a short question ("Была ли статья
    # полезной?", "Чи була ця інформація корисною?", "这篇文章对您有帮助吗？") right over a row
    # of its answer buttons and nothing else ("[Да] [Нет]", "Так Ні", "是 否"). Both lines are
    # the page's prompt, never the article's; a question of an interview has its answer's
    # sentences under it, not "Yes No".
    for k in range(1, len(lines)):
        if not chrome.feedback_answers_row(lines[k].text):
            continue
        above = lines[k - 1].text
        if above.endswith(_QUESTION_ENDS) and (feats[k - 1].words <= 14 or len(above) <= 40):
            feats[k - 1] = feats[k - 1]._replace(cue="comments")
            feats[k] = feats[k]._replace(cue="comments")


_ENTRY_HEADER_WORDS = 20
"""How many words a comment's header line ("On March 3, 2026, at 9:42 AM, jan wrote:")
holds at most."""


_ENTRY_THREAD = 3
"""How many comment headers make a thread without a comments label over the first."""
_ENTRY_LABEL = 15
"""How many lines over the first comment header its comments label ("Comments",
"Comments from our readers", "**Kommentare**") may stand."""
_ENTRY_REACH = 60
"""How many lines apart two comment headers of one thread stand at most (a long comment
of many paragraphs, its reply links and votes between them)."""


_ENTRY_STAMP = lazy_pattern(r"\d[:h]\d\d(?!\d)|\d[./-]\d{1,2}[./-]\d{2,4}")
"""A clock time ("9:42", "9h42") or a numeric date ("12.03.2026", "2026-03-03"): what
a comment's header prints, where a sentence introducing a quote names a day in words."""


def comment_entry_header(text: str, verbs: tuple[str, ...]) -> bool:
    """A reader comment's header line: short, ending in a colon, holding a clock time or a
    numeric date (``_ENTRY_STAMP``) and one of ``verbs`` ("• Report this Comment On March 3, 2026,
    at 9:42 AM, quincefarmer wrote:", "**Am 12.03.2026 um 18:41 schrieb Kanalanwohner:**",
    "Le 3 mars 2026 à 9h42, Jean a écrit :", "张三 于 2026-03-03 09:42 写道：")."""
    key = text.rstrip(" *_")
    if not key.endswith((":", "：")) or not any(ch.isdigit() for ch in key):
        return False  # (the cheap tests first: most lines end otherwise)
    head = fold(link_words(key).rstrip(":： *_"))  # "[**argusdc**](…) wrote:": the name
    words = _WORD.findall(head)
    if not words or len(words) > _ENTRY_HEADER_WORDS or _ENTRY_STAMP.search(head) is None:
        return False  # (no clock time or numeric date: "On 3 May, the minister said:")
    padded = " " + " ".join(words) + " "
    for verb in verbs:
        if verb[:1] >= "\u3040":
            if head.endswith(verb):  # "…09:42 写道": an unspaced script ends with its verb
                return True
        elif " " + verb + " " in padded:
            return True
    return False


def _comment_entries(lines: list[Line], feats: list[LineFeatures], verbs: tuple[str, ...]) -> None:
    # A thread of reader comments under the article, each headed by a dated "… wrote:"
    # line (:func:`comment_entry_header`), is page chrome that ends the article ("comments",
    # a boundary of the zone decoder): the comments' own sentences read like prose, and a
    # "Comments" label over them may be crossed as a marker inside the story. Three such
    # headers on the page make the thread, or two under a comments label at most 15 lines
    # over the first; one line "On 3 May 2026 the minister wrote:" over a quote, or two
    # headers of an email chain the article quotes, stay the article's.
    found = [
        k
        for k, line in enumerate(lines)
        if feats[k].cue is None and comment_entry_header(line.text, verbs)
    ]
    if len(found) < 2:
        return
    if len(found) < _ENTRY_THREAD and not any(
        f.cue == "comments" or f.closing for f in feats[max(0, found[0] - _ENTRY_LABEL) : found[0]]
    ):
        return  # two "On …, X wrote:" lines and no comments label: an email chain quoted
    for k in found:
        feats[k] = feats[k]._replace(cue="comments")
    # The comments' own text between two headers of one thread goes with them: a long
    # thread's sentences would otherwise outweigh its headers and carry the article on.
    for first, last in pairwise(found):
        if last - first <= _ENTRY_REACH:
            for j in range(first + 1, last):
                if feats[j].cue is None:
                    feats[j] = feats[j]._replace(cue="comments")


_SLIDE_REACH = 8
"""How many lines apart two slides of one gallery stand at most (the slide's title, its
caption paragraph and its credit)."""
_SLIDE_RUN = 3
"""How many numbered slides in a row make a gallery."""


def _slide_number(text: str) -> tuple[int, int] | None:
    # The "N/M" a gallery slide's title opens with ("• 2/50 Star Wars boosts economy",
    # "## 3 / 12 The flooded square"), or None.
    text = text.lstrip(" *•#-\t")
    if not text[:1].isdigit():
        return None  # (the cheap test first: most lines open otherwise)
    n, slash, rest = text.partition("/")
    n = n.strip()
    m, _, title = rest.strip().partition(" ")
    if not slash or not n.isdigit() or not m.isdigit() or not title.strip():
        return None
    if len(n) > 3 or len(m) > 3 or not 0 < int(n) <= int(m):
        return None
    return int(n), int(m)


def _rail_unit(k: int, lines: list[Line], feats: list[LineFeatures]) -> bool:
    # Line ``k`` is a short byline under a headline-shaped line (a rail's unit).
    f = feats[k]
    if not f.byline or f.words > _RAIL_BYLINE_WORDS or k == 0:
        return False
    h = feats[k - 1]
    return (
        not h.byline
        and h.cue is None
        and not h.datelike
        and _RAIL_HEAD_WORDS[0] <= h.words <= _RAIL_HEAD_WORDS[1]
        and not (h.ends_sentence and lines[k - 1].text.endswith("."))
    )


def bylined_teaser_rails(lines: list[Line], feats: list[LineFeatures]) -> set[int]:
    """Round 24 (enteaser): the lines of rails of two or more bylined teasers (see
    docs/reader.md). Guard: only byline lines are looked at."""
    found: set[int] = set()
    bylines = [k for k, f in enumerate(feats) if f.byline]
    if len(bylines) < 2:
        return found
    n = len(feats)
    done = 0
    for k in bylines:
        if k <= done or not _rail_unit(k, lines, feats):
            continue
        word = lines[k].text.split(None, 1)[0].casefold()
        units = [k]
        labelled = 0
        j = k
        while True:
            nxt = j + 2
            gap = 0
            if nxt + 1 < n and _rail_label(feats[j + 1]) and _rail_unit(nxt + 1, lines, feats):
                nxt, gap = nxt + 1, 1
            elif not (nxt < n and _rail_unit(nxt, lines, feats)):
                break
            if lines[nxt].text.split(None, 1)[0].casefold() != word:
                break
            units.append(nxt)
            labelled += gap
            j = nxt
        if len(units) >= 2:
            first = units[0] - 1
            kicked = first >= 1 and _rail_label(feats[first - 1])
            cued = any(feats[i].cue == "related" for i in range(max(0, first - 2), first))
            listed = all(feats[b - 1].bullet for b in units)
            if cued or listed or (kicked and labelled == len(units) - 1):
                found.update(range(first - 1 if kicked else first, units[-1] + 1))
        done = units[-1]
    return found


def _rail_label(f: LineFeatures) -> bool:
    return 1 <= f.words <= 2 and not f.datelike and not f.byline and not f.ends_sentence


_RAIL_BYLINE_WORDS = 6
_RAIL_HEAD_WORDS = (4, 16)


def _gallery_slides(lines: list[Line], feats: list[LineFeatures]) -> None:
    # A slideshow printed as text: three slides or more in a row, each opening with its
    # number out of the same total ("1/50 United goin down" / its caption paragraph / its
    # credit, "2/50 Star Wars boosts economy" / …), a gallery a page sets beside or under the
    # article. Its titles and captions are no paragraphs of the story ("counter", a widget
    # dropped where it stands): a slide's caption reads like prose. One "1/9 Start biegu …"
    # caption, or numbers that do not run on (1/5, 3/5), stay as they are.
    heads = []
    for k, line in enumerate(lines):
        found = _slide_number(line.text)
        if found is not None:
            heads.append((k, *found))
    if len(heads) < _SLIDE_RUN:
        return
    run = [heads[0]]
    for head in [*heads[1:], None]:
        if head is not None:
            k, n, m = head
            last_k, last_n, last_m = run[-1]
            if m == last_m and n == last_n + 1 and k - last_k <= _SLIDE_REACH:
                run.append(head)
                continue
        if len(run) >= _SLIDE_RUN:
            gap = min(b[0] - a[0] for a, b in pairwise(run))
            for j in range(run[0][0], min(len(lines), run[-1][0] + gap)):
                if feats[j].cue is None:
                    feats[j] = feats[j]._replace(cue="counter")
        if head is not None:
            run = [head]


def _label_key(text: str) -> str:
    # A label line's text as the cue lists hold it: no heading marks, bold or colon.
    return text.casefold().strip(" #*_:：-–—")


def _opened_below(
    lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues, header: int, detail: int
) -> bool:
    # Whether the first contact detail under "Notes to editors" belongs to a block opened
    # further down, by an end mark ("ENDS", "###") or its own label ("Media enquiries"): then
    # the notes are the release's last section of facts and the contact block starts at that
    # line, which the scan reaches on its own.
    for j in range(header + 1, detail):
        if feats[j].cue is not None:
            return True
        if lines[j].text.casefold().strip(" #*:：-–—").startswith(chrome.contact_labels):
            return True
    return False


def _echoes(lines: list[Line], feats: list[LineFeatures], stop: frozenset[str]) -> None:
    # Set ``echo`` on the lines that could be a headline (see :mod:`.topic`).
    candidate = [
        f.cue is None
        and not f.bullet
        and f.link_ratio <= 0.2
        and (3 <= f.words <= 30 or (f.no_space_script and 6 <= f.chars <= 80))
        for f in feats
    ]
    found = echoes(
        lines, [f.chars for f in feats], [f.no_space_script for f in feats], candidate, stop
    )
    for k, value in enumerate(found):
        if value >= 0.0:
            feats[k] = feats[k]._replace(echo=value)


_DURATION = lazy_pattern(r"\d{1,2}:\d{2}(?::\d{2})?")
_PLAYER_CUES = frozenset(["share", "media"])


def _clip_titles(
    lines: list[Line],
    feats: list[LineFeatures],
    labels: frozenset[str] = frozenset(),
    related: tuple[str, ...] = (),
) -> None:
    # A video player as a page prints it: its button ("Reproducir vídeo", "Play video"),
    # the clip's length alone on a line ("01:52"), then the clip's title — one short line
    # without a full stop. The title belongs to the player, not to the story; a poster's
    # caption with its credit on the next line stays a figure's. Some players print the
    # media label, the title, then the length ("Video" / "…" / "02:15", "فيديو" / "شاهد: …"),
    # or an up-next block does, a related label over the next clip's title and length ("Up
    # next" / "Storm surge floods the seafront" / "1:05").
    for k in range(2, len(lines)):
        if not _DURATION.fullmatch(lines[k].text):
            continue
        label = lines[k - 2].text.casefold().strip(" :：")
        title = feats[k - 1]
        if (
            (label in labels or label in related or f"{label}:" in related)
            and title.cue is None
            and not title.ends_sentence
            and 3 <= title.words <= 20
        ):
            for j in (k - 2, k - 1, k):
                feats[j] = feats[j]._replace(cue="media")
    for k in range(1, len(lines) - 1):
        if not _DURATION.fullmatch(lines[k].text) or feats[k].cue == "media":
            continue
        if not any(feats[j].cue in _PLAYER_CUES for j in range(max(0, k - 2), k)):
            continue  # a clock time alone ("09:47") opens a live entry: no player above
        feats[k] = feats[k]._replace(cue="media")
        if _DURATION.fullmatch(lines[k - 1].text):
            continue  # "00:00" / "03:41": a progress bar's two times; no clip title under them
        title = feats[k + 1]
        after = lines[k + 2].text if k + 2 < len(lines) else ""
        credit = split_caption(after) if after else None
        if (
            title.cue is None
            and not title.ends_sentence
            and 3 <= title.words <= 20
            and (credit is None or credit.caption is not None)
        ):
            feats[k + 1] = title._replace(cue="media")


_PLAYER_NEIGHBOURS = frozenset(["media", "share", "script-notice", "sign-up"])


def _player_titles(lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues) -> None:
    # The title a player prints next to its button, clock or blocked-embed notice: a short
    # line opened by a media label and a phrase ("Video: Así quedó la avenida …", "Vidéo : la
    # cigogne noire filmée …") or by a listen or watch button of the page's language ("Luister
    # naar de reportage van Radio Vlietland"). A photo's credit after its label names people
    # ("Foto: Anna Berg/dpa"), not a phrase of small words.
    for k, f in enumerate(feats):
        if f.cue not in _PLAYER_NEIGHBOURS:
            continue
        for j in (k - 1, k + 1):
            if (
                0 <= j < len(feats)
                and feats[j].cue is None
                and 3 <= feats[j].words <= 14
                and _player_title(lines[j].text, chrome)
            ):
                feats[j] = feats[j]._replace(cue="media")


def _player_title(text: str, chrome: ChromeCues) -> bool:
    if text[:1] == "[" and text[-1:] == "]" and is_image_placeholder(text):
        # Round 21 (figures): "[Imagen: Operarios revisan una tubería …]" beside a share
        # row is the picture's alt text (w3m, inscriptis), no player's title
        return False
    shown = text.lstrip("▶►▷*_[ ")
    head, _, rest = shown.casefold().partition(" ")
    if head in chrome.share or " ".join([head, rest.split(" ", 1)[0]]).strip(":") in chrome.share:
        return True
    label = head.rstrip(":：")
    if label not in chrome.photo_labels or not (head.endswith(":") or rest.startswith(": ")):
        return False
    if opens_with_caption_label(shown):
        return False  # "Bildunterschrift: Bei der ersten …" under "[photo.jpg]": a caption
    words = shown.partition(" ")[2].lstrip(": ").split()
    return len(words) >= 4 and sum(1 for w in words if w[:1].isalpha() and w == w.lower()) >= 2


_SPONSOR_REACH = 3


def _sponsor_blocks(feats: list[LineFeatures]) -> None:
    # The lines under a sponsor's label down to the rule that closes its box ("PRESENTED
    # BY …" / the sponsor's pitch / "* * *"), at most three: the sponsor's text, not the
    # newsletter's. Without a closing rule near, only the label goes.
    for k, f in enumerate(feats):
        if f.cue != "sponsor":
            continue
        for end in range(k + 1, min(len(feats), k + 2 + _SPONSOR_REACH)):
            if feats[end].cue == "separator":
                for j in range(k + 1, end):
                    if feats[j].cue is None:
                        feats[j] = feats[j]._replace(cue="sponsor")
                break


def _unbolded(text: str) -> str:
    # A live entry's stamp as html2text prints it in bold ("**13:48**", "__9.15am__") is
    # the stamp without its marks; any other line is returned as it stands.
    for mark in ("**", "__"):
        if len(text) > 4 and text.startswith(mark) and text.endswith(mark):
            return text[2:-2].strip()
    return text


_EMBED_FRAME_WORDS = 4
"""The label over an embed's consent notice ("Externer Inhalt", "Instagram post") and the
button under it ("Inhalt anzeigen", "Show content"): a few words at most."""


def _embed_notice_blocks(lines: list[Line], feats: list[LineFeatures]) -> None:
    # An embed's consent block is a label, the notice and its button ("Externer Inhalt" /
    # "Hier steht ein externer Inhalt von … Ich bin damit einverstanden, dass mir externe
    # Inhalte angezeigt werden …" / "Inhalt anzeigen"): the notice holds the cue words
    # (``embed-notice``), the label right over the block and the button right under it are
    # short lines without a sentence end and go with it, whatever their words. A notice of
    # two paragraphs is one block. A subhead stands over the article's paragraph, not
    # against a notice, and a paragraph ends its sentence.
    n = len(feats)
    k = 0
    while k < n:
        if feats[k].cue != "embed-notice":
            k += 1
            continue
        end = k
        while end + 1 < n and feats[end + 1].cue == "embed-notice":
            end += 1
        # Only a notice in words frames a block: a player's residue ("Video wird geladen")
        # is whole lines of cue words, and the line under it may be the next subhead.
        if any(feats[j].words > _EMBED_FRAME_WORDS for j in range(k, end + 1)):
            for j in (k - 1, end + 1):
                if 0 <= j < n and _embed_frame(lines[j], feats[j]):
                    feats[j] = feats[j]._replace(cue="embed-notice")
        k = end + 2


def _embed_frame(line: Line, f: LineFeatures) -> bool:
    # A label or button of an embed's block: a few words, no sentence end, no cue of its
    # own, not a date or credit, not marked as a heading. Two capitalised words
    # ("Externer Inhalt") read as a bare name; next to a consent notice they are its label.
    return (
        f.cue is None
        and 0 < f.words <= _EMBED_FRAME_WORDS
        and not f.ends_sentence
        and not line.text.startswith("#")
        and not (f.datelike or f.credit or f.stamp)
    )


_POST_LINES = 4
"""How many lines of an embedded post's text stand over its attribution at most."""


def _embedded_posts(lines: list[Line], feats: list[LineFeatures]) -> None:
    # The text of an embedded social post, printed without its script, is the block the
    # dashed attribution closes ("Larkspur update: crews …" / "— Alder County Public Works
    # (@AlderCountyDPW) April 16, 2026"): the post's words, not the article's. Only a whole
    # block of a few lines, a blank line over it: where a page prints no blank lines (a live
    # blog copied with "select all"), the lines over an attribution are the reporter's.
    for k, f in enumerate(feats):
        if f.cue != "noise.embed":
            continue
        if lines[k].text[:1] == ">":
            _quoted_post(lines, feats, k)
            continue
        if lines[k].blank_before:
            continue
        if "t.co/" in lines[k].text or "twitter.com/" in lines[k].text:
            from .embeds import linked_post  # round 25 (embeds): only on a post's link

            linked_post(lines, feats, k)  # (k > 0: the first line has a blank line over it)
        if lines[k].text[:1] not in "—–-":
            continue
        if not embed_attribution(lines[k].text):
            continue
        top = k - 1
        while top > 0 and not lines[top].blank_before and k - top < _POST_LINES:
            top -= 1
        if top <= 0 or not lines[top].blank_before:
            # (the page's first line has no blank line over it: a text copied without
            # blank lines opens on the story, whose lines stand over the attribution)
            continue
        if any(g.cue not in (None, "noise.embed") for g in feats[top:k]):
            continue
        for j in range(top, k):
            feats[j] = feats[j]._replace(cue="noise.embed")


def _embed_spans(lines: list[Line], feats: list[LineFeatures]) -> None:
    # Round 25 (embeds): an embedded post or player between the article's paragraphs is
    # one block of the page (:func:`.embeds.embed_spans`). Guard: only a page with an
    # embed row (``noise.embed``) or a counter row ("245 polubień · 31 komentarzy") loads
    # the rule's module; most pages have neither.
    counted = [k for k, line in enumerate(lines) if "·" in line.text and line.text[:1].isdigit()]
    if not counted and "noise.embed" not in [f.cue for f in feats]:
        return
    from .embeds import embed_spans

    embed_spans(lines, feats, counted)


def _quoted_post(lines: list[Line], feats: list[LineFeatures], k: int) -> None:
    # An embedded post a markdown dump set in a blockquote ("> Extra flights today …" /
    # ">" / "> — Merrow Isles Council (@MerrowCouncil) March 5, 2026"): the quote lines right
    # over the attribution, up to the quote's first line, are the post's. A blank line
    # inside the quote (its empty ">" line) does not end it; a line outside the quote does.
    if not embed_attribution(lines[k].text.lstrip("> ").strip()):
        return
    top = k
    while top > 0 and k - top < _POST_LINES and lines[top - 1].text[:1] == ">":
        top -= 1
    if top == k or any(g.cue not in (None, "noise.embed") for g in feats[top:k]):
        return
    if top > 0 and lines[top - 1].text[:1] == ">":
        return  # a longer quote: the reporter quoting at length, not a post
    for j in range(top, k):
        feats[j] = feats[j]._replace(cue="noise.embed")


_WIDGETS = frozenset(["share", "noise.share", "rating", "counter", "shop", "facts"])


_DIALOG_REACH = 4
"""Lines over a dialog's buttons that may be its title and prompt."""
_DIALOG_WORDS = 14


def _dialog_boxes(lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues) -> None:
    # A pop-up dialog a dump printed inline (an editor's "Ready to publish?" / "Change the
    # story's title, subtitle, and visibility as needed" / "Close  Publish changes"; a
    # consent or sign-in box): its row of buttons and the short lines over it, up to four,
    # are the page's (cue ``dialog``), never the headline nor its dek. A sentence ending in a
    # full stop or a paragraph ends the reach; a byline, a date or a line with a cue of its
    # own keeps what it is (the writer's name on the dialog's card is still the writer).
    for k in range(len(lines)):
        if feats[k].cue is not None or not chrome.dialog_row(lines[k].text):
            continue
        feats[k] = feats[k]._replace(cue="dialog")
        for j in range(k - 1, max(-1, k - 1 - _DIALOG_REACH), -1):
            f = feats[j]
            text = lines[j].text
            if f.words > _DIALOG_WORDS or text.endswith((".", "!", "。", "！")):
                break
            if f.cue is None and not f.byline and not f.datelike:
                feats[j] = f._replace(cue="dialog")


_POLL_SHARE = lazy_pattern(r"(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?\s?%")
"""An answer's share of the votes: "64%", "61 %", "(46%)", "12,5 %"."""
_POLL_RADIO = lazy_pattern(r"^(?:\(\s?[*xo•]?\s?\)|\[\s?[xX*]?\s?\]|[○◯◉●⚪])\s*\w")
"""An answer's radio button or check box as a dump prints it: w3m's "( ) Yes" and
"(*) Yes", "[ ] No", or the circle glyphs of a select-all copy ("○ Yes")."""
_POLL_OPENERS = frozenset("([○◯◉●⚪0123456789")
_POLL_OPTION_CHARS = 80
"""An answer is a phrase: longer is a paragraph (or a table's row of a report)."""
_POLL_QUESTION_WORDS = 30
_POLL_TAIL = 3
"""Lines under the last answer that can still be the box's (vote count, buttons)."""


def _poll_answer(text: str) -> bool:
    # An answer line of a poll: a share of the votes or a radio button.
    if len(text) > _POLL_OPTION_CHARS or text.endswith((".", "!")):
        return False
    return ("%" in text and _POLL_SHARE.search(text) is not None) or (
        text[:1] in "([○◯◉●⚪" and _POLL_RADIO.match(text) is not None
    )


def _poll_label(text: str, labels: frozenset[str], anywhere: bool = False) -> bool:
    # The poll's label or one of its buttons: "POLL", "Umfrage:", "[Vote] View results";
    # ``anywhere``: any word of the line ("642 votos · Encuesta cerrada", "Teilnehmer: 812").
    key = fold(text.replace("[", " ").replace("]", " ")).strip(" :*#|·•-–—")
    if not key or len(key) > 40:
        return False
    if key in labels:
        return True
    if "[" in text and key.split(maxsplit=1)[0] in labels:
        return True  # a dump's row of buttons, "[Vote] View results"; not "Results by party"
    return anywhere and any(w.strip(":·,.()") in labels for w in key.split())


def _poll_boxes(lines: list[Line], feats: list[LineFeatures], labels: frozenset[str]) -> None:
    # A reader poll set among the paragraphs: a label ("POLL", "Umfrage", "Enquete",
    # "Опрос"), the question, two or more answers, each with its share of the votes ("Sim" /
    # "64%", "Nunca (23%)", "Nein – 12 %") or its radio button (w3m's "( ) Yes, close it"),
    # and under them the vote count and buttons ("1.318 votos", "[Vote] View results",
    # "Ergebnisse ansehen"). The whole box is a widget (cue ``poll``): kept, its short lines
    # look like the article's end and cut the paragraphs under it off. Two answers with a
    # share under a question or a label are the evidence; a share in a sentence is prose
    # (an answer never ends in a full stop), and a table of results has no question over it.
    n = len(lines)
    k = 0
    while k < n:
        text = lines[k].text
        # The cheap guard: an answer ends in its share ("… 64%", "… (46%)") or opens with
        # it or with its button ("64% Yes", "( ) Yes"); most lines do neither.
        if (text[-1:] not in "%)" and text[:1] not in _POLL_OPENERS) or not _poll_answer(text):
            k += 1
            continue
        # The answers: from this first one down over answers and the short answer texts
        # between them ("Sim, o mercado precisa da obra" over "64%").
        answers, last, j = 1, k, k + 1
        radios = int(text[:1] in "([○◯◉●⚪" and _POLL_RADIO.match(text) is not None)
        while j < n and j - last <= 2:
            t = lines[j].text
            if _poll_answer(t):
                answers, last = answers + 1, j
                radios += t[:1] in "([○◯◉●⚪" and _POLL_RADIO.match(t) is not None
            elif len(t) > _POLL_OPTION_CHARS or t.endswith((".", "!", "?")) or feats[j].cue:
                break
            j += 1
        # The question over the first answer (an answer's text may sit between), and the
        # label over it or glued before it ("Vote now: Should the pier be built?").
        start, question, label = k, False, False
        for i in range(k - 1, max(-1, k - 3), -1):
            t = lines[i].text
            if t.endswith(_QUESTION_ENDS) and feats[i].words <= _POLL_QUESTION_WORDS:
                start, question = i, True
                head = t.split(":", 1)[0] if ":" in t else ""
                label = bool(head) and _poll_label(head, labels)
                break
            if len(t) > _POLL_OPTION_CHARS or t.endswith((".", "!")) or feats[i].cue:
                break
        if not label and start > 0 and _poll_label(lines[start - 1].text, labels):
            start, label = start - 1, True  # the label over the question, or over the answers
        if answers < 2 or not (question or label):
            k = last + 1
            continue
        end, counted = last + 1, False
        while end < n and end - last <= _POLL_TAIL:
            t = lines[end].text
            if _poll_label(t, labels, anywhere=True):
                counted = True
            elif not (feats[end].words <= 5 and _DIGITS.search(t) and not t.endswith(".")):
                break
            end += 1
        # Two signs of the four: a survey the story reports ("Should the town rejoin the
        # district?" / "Yes 52%" / "No 48%") and a "Results" subhead over a list of shares
        # are the story's; the page's poll adds its label, radio buttons or its own count
        # and buttons ("1,204 votes", "View results") to its question.
        if question + label + (radios >= 2) + counted < 2:
            k = last + 1
            continue
        for i in range(start, end):
            if feats[i].cue is None or feats[i].cue in _POLL_KEEPS:
                feats[i] = feats[i]._replace(cue="poll")
        k = end


_POLL_KEEPS = frozenset(["ticker", "counter", "comments", "share"])
"""Cues a poll's lines get alone ("64%" reads as a quote box's change, "1.204 Stimmen" as a
counter, "Votar" as a comment button) that the box takes over."""


def _buttons_among_widgets(lines: list[Line], feats: list[LineFeatures]) -> None:
    # A line of one or two words between widget lines ("Print" / "Pin" / "Rate" /
    # "Course: Snack") is one more button of that widget row, in any language: a subhead
    # stands over its text, not between two widgets. A word a hyphen joins counts once
    # ("Preis-Leistungs-Tipp", an award label between a product's stars and its shop
    # buttons).

    def button(k: int) -> bool:
        f = feats[k]
        if f.cue is not None or f.ends_sentence or f.datelike or f.words < 1:
            return False
        return f.words <= 2 or len(lines[k].text.split()) == 1

    k = 0
    while k < len(feats):
        if not button(k):
            k += 1
            continue
        end = k
        while end < len(feats) and button(end):
            end += 1
        if k > 0 and end < len(feats) and {feats[k - 1].cue, feats[end].cue} <= _WIDGETS:
            for j in range(k, end):
                feats[j] = feats[j]._replace(cue="share")
        k = end


_SIGN_UP_KINDS = frozenset(["sign-up", "noise.sign-up"])
_BUTTON_TRIM = " []()<>*•→›»"


def _sign_up_buttons(
    lines: list[Line], feats: list[LineFeatures], accounts: tuple[str, ...]
) -> None:
    # A newsletter box's button right under its e-mail field or prompt ("[Your email
    # address]" / "[Subscribe]", "Votre adresse e-mail" / "S'abonner"): one or two words that
    # are an account or paywall word read as a comments closer, which ends the article. Under
    # a sign-up line it is the box's button, a widget set between paragraphs like the box.
    for k in range(1, len(lines)):
        f = feats[k]
        if f.cue != "comments" or f.words > 2 or feats[k - 1].cue not in _SIGN_UP_KINDS:
            continue
        if lines[k].text.strip(_BUTTON_TRIM).casefold() in accounts:
            feats[k] = f._replace(cue="sign-up", closing=False)


_SIGN_UP_PROSE_WORDS = 8
"""Words of an article's sentence that names a sign-up word, at least."""
_SIGN_UP_NEXT_WORDS = 10
"""Words of the paragraph that must follow it, at least: prose, not a button or a teaser's
headline."""
_SIGN_UP_LIST_ITEMS = 12


def _prose_sign_up_lines(
    lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues
) -> None:
    # Round 25 (signup): a line cued as a sign-up only by a word of its prose ("Residents
    # can sign up for the warning text service at the town hall or online, …", "Le nouveau
    # calendrier paraîtra dans la newsletter du club, a précisé le secrétaire, …") is the
    # article's sentence about a service when it is a declarative sentence — a full stop at
    # its end, no opening sign-up phrase or button verb (an imperative), no word that
    # addresses the reader or speaks for the outlet ("your", "our", "vous", "notre"), no
    # e-mail word, no link — and a paragraph of prose follows it. A list item under a
    # colon-ending intro, in a list with prose under it ("3. Sign up for the warning text
    # service.") is the article's step. Both lose the cue, which ended the article there.
    # A paragraph a dump hard-wrapped is read whole (its fragments up to a sentence end).
    # Guard: only lines already cued as a sign-up are looked at.
    found = [k for k, f in enumerate(feats) if f.cue in _SIGN_UP_KINDS]
    if not found:
        return
    cleared: set[int] = set()
    for k in found:
        if k in cleared or feats[k].bullet:
            continue
        first, last = _wrapped_span(lines, feats, k)
        if _sign_up_sentence(lines, feats, first, last, chrome) and _prose_follows(
            lines, feats, last + 1
        ):
            for j in range(first, last + 1):
                if feats[j].cue is not None:
                    feats[j] = feats[j]._replace(
                        cue=None, closing=_closing(lines[j].text, chrome, None)
                    )
                    cleared.add(j)
    for k in found:
        f = feats[k]
        if k not in cleared and f.bullet and _step_in_article_list(lines, feats, k, chrome):
            feats[k] = f._replace(cue=None, closing=_closing(lines[k].text, chrome, None))


_WRAPPED_LINES = 6
"""Fragments of a hard-wrapped paragraph read on either side of a cued one, at most."""
_WRAPPED_CHARS = 50
"""A fragment the wrap tool broke is this long at least: a widget's short line run into
the next paragraph with no blank line ("Spin the wheel now", "after newsletter promotion")
is no fragment of it."""


def _wrapped_span(lines: list[Line], feats: list[LineFeatures], k: int) -> tuple[int, int]:
    # The fragments of line ``k``'s paragraph as a dump wrapped it: up through the lines
    # with no blank line over them and no sentence end before them, down to a sentence end;
    # every fragment but the last runs to the wrap width (50 characters or more).
    first = k
    while (
        first > 0
        and k - first < _WRAPPED_LINES
        and not lines[first].blank_before
        and not feats[first - 1].ends_sentence
        and not feats[first - 1].bullet
        and feats[first - 1].chars >= _WRAPPED_CHARS
    ):
        first -= 1
    last = k
    while (
        not feats[last].ends_sentence
        and feats[last].chars >= _WRAPPED_CHARS
        and last + 1 < len(feats)
        and last - k < _WRAPPED_LINES
        and not lines[last + 1].blank_before
        and not feats[last + 1].bullet
    ):
        last += 1
    return first, last


def _plain_words(text: str, chrome: ChromeCues) -> bool:
    # No e-mail or web address, no e-mail word, no word that addresses the reader.
    folded = fold(text)
    if "@" in text or "mail" in folded or "://" in text or "www." in folded:
        return False
    address = signup_address(chrome.lang)
    if not text.isascii() and any(w in text for w in address if w[:1] >= "\u3040"):
        return False  # "你", "您": no spaces between the words of the script
    return not any(w.strip(_TRIM_WORD) in address for w in folded.split())


_TRIM_WORD = " \t:.,;!?|·•*+-–—>»«›()[]\"'“”„"


def _sign_up_sentence(
    lines: list[Line], feats: list[LineFeatures], first: int, last: int, chrome: ChromeCues
) -> bool:
    span = range(first, last + 1)
    text = " ".join(lines[j].text for j in span)
    if (
        not text.endswith((".", "。"))
        or sum(feats[j].words for j in span) < _SIGN_UP_PROSE_WORDS
        or any(feats[j].link_ratio >= 0.05 for j in span)
        or any(feats[j].cue not in _SIGN_UP_KINDS and feats[j].cue is not None for j in span)
    ):
        return False
    if not text[:1].isalpha() or ":" in text[:40]:
        # merge (round 25): "📲 Receba as notícias … no seu WhatsApp.", "Ascolta la serie:
        # …": a promo led by a pictograph or a label, however long, is no article sentence
        return False
    folded = fold(text).lstrip(_TRIM_WORD)
    if folded.startswith(chrome.inline) or folded.startswith(chrome.follows):
        return False  # "Sign up for …", "Abonnez-vous à …": the prompt's imperative
    opening = folded.split(None, 1)[0].strip(_TRIM_WORD) if folded else ""
    if opening in chrome.button_verbs or opening in chrome.follow_buttons:
        return False  # "Get the best of …", "Join …"
    return _plain_words(text, chrome)


def _prose_follows(lines: list[Line], feats: list[LineFeatures], k: int) -> bool:
    # A paragraph of prose starts at line ``k`` (its wrapped fragments read whole): no cue,
    # no bullet, no link, printed once, a sentence end and ten words or more.
    if k >= len(feats) or feats[k].bullet:
        return False
    _, last = _wrapped_span(lines, feats, k)
    span = range(k, last + 1)
    return (
        feats[last].ends_sentence
        and sum(feats[j].words for j in span) >= _SIGN_UP_NEXT_WORDS
        and all(
            feats[j].cue is None and feats[j].link_ratio < 0.05 and feats[j].repeats <= 1
            for j in span
        )
    )


def _step_in_article_list(
    lines: list[Line], feats: list[LineFeatures], k: int, chrome: ChromeCues
) -> bool:
    # The item's list: the bulleted lines around it, at most twelve, none a link; over it
    # an intro line of three words or more ending with a colon, no cue and no bullet; under
    # it a paragraph of prose.
    first = k
    while first > 0 and feats[first - 1].bullet:
        first -= 1
    last = k
    while last + 1 < len(feats) and feats[last + 1].bullet:
        last += 1
    if first == 0 or last + 1 >= len(feats) or not 2 <= last - first + 1 <= _SIGN_UP_LIST_ITEMS:
        return False
    intro = feats[first - 1]
    if (
        not lines[first - 1].text.endswith((":", "："))
        or intro.cue is not None
        or intro.words < 3
        or intro.link_ratio >= 0.05
    ):
        return False
    if any(feats[j].link_ratio >= 0.05 for j in range(first, last + 1)):
        return False
    return _prose_follows(lines, feats, last + 1) and _plain_words(lines[k].text, chrome)


_FACT_RUN = 3
_FACT_WORDS = 6


def _measure_boxes(lines: list[Line], feats: list[LineFeatures]) -> None:
    # A box of short "Label: value" lines, three or more one under the other and most of
    # them measures ("Prep Time: 10 minutes" / "Cook Time: 20 minutes" / "Servings: 24",
    # "Motor: 250W" / "Weight: 17.8kg"), is a recipe card's or product's facts box: page
    # furniture, in any language. An event's details ("When: Saturday" / "Where: Town
    # hall" / "Admission: free") are mostly words and stay. Byline and date lines keep their
    # own reading (the header reads them).
    run: list[int] = []
    for k, line in enumerate([*lines, None]):
        if line is not None and feats[k].cue is None and _fact_row(line.text):
            # the same box printed on one line, its pairs set apart by pipes or dots
            # ("Tempo de preparo: 1h30 | Rendimento: 8 porções | Dificuldade: fácil")
            feats[k] = feats[k]._replace(cue="facts")
        if line is not None and _fact_line(line.text, feats[k]):
            run.append(k)
            continue
        values = [lines[j].text.partition(": ")[2] for j in run if not feats[j].byline]
        measures = sum(1 for value in values if value[:1].isdigit())
        if len(run) >= _FACT_RUN and measures * 3 >= len(values) * 2:
            for j in run:
                if not feats[j].byline and not feats[j].datelike:
                    feats[j] = feats[j]._replace(cue="facts")
            above = run[0] - 1  # the box's own label: "Specs", "Recipe details"
            label = feats[above] if above >= 0 else None
            if label is not None and label.cue is None and 0 < label.words <= 2:
                feats[above] = label._replace(cue=None if label.ends_sentence else "facts")
        run = []


_PICK_LABEL_WORDS = 6
_PICK_TITLE_WORDS = 4
_PICK_VALUE_WORDS = 6
_PICK_MARKS = "*-•·#_ "
_HEAD_NUMBER = "#*_ 0123456789.)\\"


def _pick_row(text: str) -> tuple[str, str] | None:
    # A top-picks row's award and product ("Best overall: Brevino Compact", "* Testsieger:
    # Bergfink Trailpro GTX"), both case-folded, or None.
    label, colon, value = text.strip(_PICK_MARKS).partition(": ")
    label, value = label.strip("*_ ").casefold(), value.strip("*_ ").casefold()
    if (
        not colon
        or not label
        or not value
        or len(label.split()) > _PICK_LABEL_WORDS
        or len(value.split()) > _PICK_VALUE_WORDS
        or value.endswith((".", "!", "?"))
    ):
        return None
    return label, value


def _top_pick_boxes(lines: list[Line], feats: list[LineFeatures]) -> None:
    # A roundup's top-picks box ("Our top picks" / "Best overall: Brevino Compact" /
    # "Best value: Kessler Home Bar 15", "Testsieger: …" / "Preis-Leistungs-Tipp: …"): two
    # rows or more of an award and a product, one under another, each product the head of a
    # numbered item further down ("1. Brevino Compact", "## 2\\. Kessler …"). The box sums
    # up the page for a shopper, and each award is printed again as a badge over its item
    # ("Best overall", "Preis-Leistungs-Tipp"): the box, its title and the badges are page
    # furniture, in any language. Rows of labelled values whose values head no numbered
    # line (an event's "When: Saturday") stay. Guard: only runs of two rows with ": ".
    k = 0
    while k < len(lines):
        if feats[k].cue is not None or ": " not in lines[k].text:
            k += 1
            continue
        rows: list[tuple[str, str]] = []
        end = k
        while end < len(lines) and feats[end].cue is None and (row := _pick_row(lines[end].text)):
            rows.append(row)
            end += 1
        if len(rows) < 2 or not _products_head_items(lines, end, [v for _, v in rows]):
            k = max(end, k + 1)
            continue
        for j in range(k, end):
            feats[j] = feats[j]._replace(cue="facts")
        above = k - 1
        if above >= 0 and feats[above].cue is None and not feats[above].ends_sentence and (
            0 < feats[above].words <= _PICK_TITLE_WORDS
        ):
            feats[above] = feats[above]._replace(cue="facts")  # "Our top picks"
        awards = {label for label, _ in rows}
        for j in range(end, len(lines)):
            if feats[j].cue is None and lines[j].text.strip(_PICK_MARKS).casefold() in awards:
                feats[j] = feats[j]._replace(cue="facts")  # "**Best overall**" over its item
        k = end


_SHOP_BOX_ROWS = 2
"""How many "Label: value" rows a product box holds over its shop button at least."""


def _rows_over_shop_buttons(lines: list[Line], feats: list[LineFeatures]) -> None:
    # A product box's spec rows right over its shop button ("Gewicht: 1.120 g (Paar)" /
    # "Membran: Gore-Tex" / "219,95 € bei Bergzeit"), two or more, no blank line among them:
    # the box's facts, page furniture like the button, in any language. Rows the measures
    # box rule needs three of take two here, because the shop button under them says what
    # box they are in. Guard: only lines over a line cued as a shop button.
    for k, f in enumerate(feats):
        if f.cue != "shop" or lines[k].blank_before:
            continue
        top = k
        while (
            top > 0
            and feats[top - 1].cue is None
            and _spec_row(lines[top - 1].text)
        ):
            top -= 1
            if lines[top].blank_before:
                break
        if k - top >= _SHOP_BOX_ROWS:
            for j in range(top, k):
                feats[j] = feats[j]._replace(cue="facts")


def _spec_row(text: str) -> bool:
    # "Gewicht: 1.120 g (Paar, Gr. 42)", "Membran: Gore-Tex": a label of one to three words
    # with a capital, a value of one to six words ending no sentence (a closing bracket
    # may end it).
    label, colon, value = text.partition(": ")
    return (
        bool(colon)
        and 1 <= len(label.split()) <= 3
        and label[:1].isupper()
        and 1 <= len(value.split()) <= _PICK_VALUE_WORDS
        and not value.endswith((".", "!", "?", "…"))
    )


def _products_head_items(lines: list[Line], start: int, products: list[str]) -> bool:
    # Every product of a top-picks box heads a numbered line from ``start`` on.
    heads = [
        line.text.lstrip(_HEAD_NUMBER).casefold()
        for line in lines[start:]
        if line.text.lstrip("#*_ ")[:1].isdigit()
    ]
    return all(any(head.startswith(product) for head in heads) for product in products)


_BOARD_ROWS = 8
"""How many "Label: value" rows a match's scoreboard holds under its score at most."""


def _scoreboard_rows(lines: list[Line], feats: list[LineFeatures]) -> None:
    # A match's scoreboard: the result strip ("Заря — Металлург 2:1 (0:1)", read as a
    # ticker) and right under it, with no blank line, rows of "Label: value" ("Голы:
    # Шамсутдинов, 78; …" / "Стадион: «Труд», Волгодонск" / "Зрители: 8 412"), two or more:
    # the box's rows, furniture like the strip, in any language. A report's own sentences
    # under a result strip end their sentence or stand a blank line below.
    for k, f in enumerate(feats):
        if f.cue != "ticker" or not _SCORE_LINE.match(lines[k].text):
            continue
        end = k + 1
        while (
            end < len(lines)
            and end - k <= _BOARD_ROWS
            and not lines[end].blank_before
            and feats[end].cue is None
            and not feats[end].ends_sentence
            and _board_row(lines[end].text)
        ):
            end += 1
        if end - k - 1 >= 2:
            for j in range(k + 1, end):
                feats[j] = feats[j]._replace(cue="facts")


_BOX_WIDGETS = frozenset(["rating", "share", "noise.share"])
"""Cue kinds of a widget a listing box may print as its last line (a review's stars)."""
_LEAD_BOX_ROWS = 3
"""How many rows a box between the header and the text holds at least."""
_LEAD_BOX_VALUE_WORDS = 12
_ROW_ENDS = (".", "!", "?", "…", "。", "！", "？")
_PROSE_WORDS = 12
"""A line of this many words ending its sentence is prose: the article has begun."""


def _lead_fact_box(lines: list[Line], feats: list[LineFeatures]) -> None:
    # A listing box right under the byline or date line, before the first paragraph: an
    # event's "When" / "Saturday 12 December" / "Where" / "The Corn Exchange", a race's
    # "Date: …" / "Start: …" / "Entry: …", a recipe card's "Portionen: 4", a cup final's
    # "Finale : A 58 – 53 B" / "Salle : …" — three rows or more, no blank line among them
    # and none ending a sentence. There the box is the page's furniture, in any language:
    # the same details told in sentences are the article's, and a box further down (mid
    # text) is left to the other rules.
    header_seen = False
    for k in range(1, len(lines)):
        above = feats[k - 1]
        if above.byline or above.datelike:
            header_seen = True
            end = _lead_box_end(lines, feats, k) if lines[k].blank_before else k
            if end == k and lines[k].blank_before and _lead_box_title(lines, feats, k):
                # Round 24 (tailkeep): the box under its own title ("La rassegna in breve"
                # / "Quando: …" / "Dove: …" / "Biglietti: …"): the title goes with it
                end = _lead_box_end(lines, feats, k + 1)
                end = k if end == k + 1 else end
            if end > k and _listed_again(lines, k, end):
                return  # a contents list: its rows are the subheads further down
            # The box ends at a blank line, or at a widget glued under its last row (a
            # film's "Bewertung: ★★★☆☆" under "Regie: …" / "Laufzeit: 104 Minuten").
            if end > k and (
                end == len(lines) or lines[end].blank_before or feats[end].cue in _BOX_WIDGETS
            ):
                for j in range(k, end):
                    feats[j] = feats[j]._replace(cue="facts")
                return
        f = feats[k]
        if header_seen and f.cue is None and f.ends_sentence and f.words >= _PROSE_WORDS:
            return  # the text has begun: a box further down is no header's


_WORK_ROWS = 3
"""How many rows a reviewed work's info box holds at least."""
_WORK_LABELS = 2
"""How many of its rows carry one of the language's ``work_fact_labels``."""
_WORK_LABEL_WORDS = 4
_WORK_VALUE_WORDS = 15
_WORK_ROW_CUES = frozenset(["rating", "facts", "work-facts"])


def _work_label(text: str) -> str | None:
    # The label of a "Label: value" row ("Regie: Mara Lindqvist", "Durée : 1 h 52",
    # "导演：王某"), case-folded, or None: a short label with a capital (or in a script
    # without case), a value of a few words that ends no sentence (a short one may close
    # on a full stop: "Runtime: 112 min.").
    text = text.replace("**", "").strip(" *•-")
    label, colon, value = text.partition(":")
    if not colon:
        label, colon, value = text.partition("：")
    label, value = label.strip(), value.strip()
    if not colon or not label or not value or not 1 <= len(label.split()) <= _WORK_LABEL_WORDS:
        return None
    if label[:1].islower() or label[:1].isdigit():
        return None
    words = len(value.split())
    if words > _WORK_VALUE_WORDS or value.endswith(("!", "?", "…", "。", "！", "？")):
        return None
    if value.endswith(".") and words > _WORK_VALUE_WORDS // 2:
        return None
    return label.casefold()


def box_row_label(text: str) -> str | None:
    """The case-folded label of a box's "Label: value" row ("Liczba odwiedzin: 412",
    "Aktenzeichen: 32-6412"), or None when the line is no such row."""
    if ":" not in text and "：" not in text:
        return None  # (most lines: no colon, no parse)
    return _work_label(text)


def _work_fact_boxes(
    lines: list[Line],
    feats: list[LineFeatures],
    labels: frozenset[str],
    info: frozenset[str] = frozenset(),
    chrome: ChromeCues | None = None,
) -> None:
    # A reviewed work's info box, wherever it stands — over the text, between its
    # paragraphs or under it: three "Label: value" rows or more one under the other (a blank
    # line between rows allowed, as html2text and lynx print them), two of them or more
    # labelled with a ``work_fact_labels`` word ("Regie: …" / "Darsteller: …" / "Laufzeit:
    # 104 Minuten" / "Bewertung: ★★★☆☆", "Verlag: …" / "Umfang: 256 Seiten" / "Preis: 22
    # Euro"). The credits of the film, play or book under review, not the critic's text; a
    # hike's, a race's or a product's facts box ("Length: 14 km", "Drive: belt") names none
    # of these labels and is left to the other rules. A row the header reads as a date keeps
    # that reading.
    #
    # An event's, an office's or a bulletin page's info box is the same furniture, named by
    # ``info_box_labels`` ("Venue: …" / "Doors: 6.45pm" / "Tickets: £18", "Aktenzeichen:
    # …" / "Ansprechpartner: …" / "Telefon: …", "Wytworzył: …" / "Data wytworzenia: …" /
    # "Liczba odwiedzin: 412"): two rows named by either list make the box. In such a box
    # a row the header reads as a byline keeps that reading too ("Autor: …" over "Liczba
    # odwiedzin: …" is the article's author), as only a reviewed work's box names the
    # work's author in a row, and so does a contributor line glued to the box ("编辑：…"
    # over "联系电话：…").
    run: list[int] = []
    named = 0
    named_info = 0
    for k, line in enumerate([*lines, None]):
        if line is not None:
            label = _work_label(line.text)
            if label is not None and (feats[k].cue is None or feats[k].cue in _WORK_ROW_CUES):
                run.append(k)
                named += label in labels
                named_info += label in info
                continue
            if feats[k].cue == "rating" and run:
                run.append(k)  # "★★★★☆" on its own line closing the box
                continue
        if len(run) >= _WORK_ROWS and named >= _WORK_LABELS:
            for j in run:
                if feats[j].cue is None and not feats[j].datelike:
                    feats[j] = feats[j]._replace(cue="work-facts", byline=False)
            _info_box_title(feats, run[0])
        elif len(run) >= _WORK_ROWS and named + named_info >= _WORK_LABELS:
            for j in run:
                f = feats[j]
                if f.cue is not None or f.datelike or f.byline:
                    continue
                if chrome is not None and chrome.contributors(lines[j].text):
                    continue
                feats[j] = f._replace(cue="work-facts")
            _info_box_title(feats, run[0])
        run, named, named_info = [], 0, 0


_BOX_TITLE_WORDS = 3


def _info_box_title(feats: list[LineFeatures], first: int) -> None:
    # The short title over an info box that stands under the article's prose ("Event
    # details", "Metryczka", "Infos pratiques", "Auf einen Blick"): the box's furniture, not
    # a subhead heading nothing but the box. Only under a line of prose, so that a headline
    # right over an office's file-reference box stays the headline.
    title = first - 1
    if title < 1:
        return
    f, above = feats[title], feats[title - 1]
    if (
        f.cue is None
        and not f.ends_sentence
        and 0 < f.words <= _BOX_TITLE_WORDS
        and above.cue is None
        and above.ends_sentence
        and above.words >= _PROSE_WORDS
    ):
        feats[title] = f._replace(cue="work-facts")


_CLOCK_RUNTIME = lazy_pattern(r"(?<![\d:.,])\d\s?h\s?\d{1,2}(?:\s?m(?:in)?)?(?![\w:])")
"""A running time written as hours and minutes: "1h52", "2h 15m", "(1 h 40 min)"."""
_ASCII_DIGITS = frozenset("0123456789")
_WORK_LINE_WORDS = 40
_PIPE_CELL_WORDS = 4
_YEAR_CELL = lazy_pattern(r"^(?:19|20)\d\d$")
_SEGMENT_END = lazy_pattern(r"[.;]\s+|\)\.\s*")


def _has_runtime(text: str, units: frozenset[str]) -> bool:
    # True when the line prints a running time: "104 minuti", "(98 Min.)", "1h52".
    if text.isascii() and _ASCII_DIGITS.isdisjoint(text):
        return False  # both tests need a digit, and an ASCII one is 0-9 (one pass in C)
    if _CLOCK_RUNTIME.search(text):
        return True
    tokens = fold(text).replace("(", " ").replace(")", " ").split()
    return any(
        tokens[i].isdigit() and len(tokens[i]) <= 3 and tokens[i + 1].rstrip(".,;") in units
        for i in range(len(tokens) - 1)
    )


def _credit_segment(text: str, labels: frozenset[str]) -> bool:
    # True when a sentence of the line opens with a credit label, before a colon or a
    # capitalised name ("Regia: Tommaso Bellandi", "Avec Léa Drouet, …").
    for segment in _SEGMENT_END.split(text):
        segment = segment.strip(" (\"'„“”«»")
        head, colon, _rest = segment.partition(":")
        if colon and fold(head.strip()) in labels:
            return True
        words = segment.split()
        for n in (1, 2, 3):
            if len(words) > n and fold(" ".join(words[:n])) in labels and _names_only(words[n:]):
                return True
    return False


_QUOTED = lazy_pattern(r"[\"“„«»][^\"“”„«»]{1,120}[\"”“«»]")
_DETAIL_PLAIN_WORDS = 2


def _few_plain_words(text: str, labels: frozenset[str], units: frozenset[str]) -> bool:
    # True when the line, its quoted title aside, holds at most two ordinary lower-case
    # words (a genre, a nationality: "Drame français"): names, numbers, labels and the
    # running time make up a details line; "Em cartaz a partir de quinta-feira" is a
    # sentence of the review's, and the line with it is the critic's paragraph.
    plain = 0
    for word in _QUOTED.sub(" ", text).split():
        word = word.strip(".,;:()")
        key = fold(word)
        alpha = word.replace("-", "").isalpha()  # ("quinta-feira" is a word too)
        if len(word) > 3 and word[:1].islower() and alpha and key not in labels | units:
            plain += 1
    return plain <= _DETAIL_PLAIN_WORDS


def _names_only(words: list[str]) -> bool:
    # True when the words after a label are names: capitalised words and short joiners
    # ("Paul Verdane, Nora Ilic et Lou Barra"); "Director Ana Bell said …" is a sentence.
    return words[0][:1].isupper() and all(
        w[:1].isupper() or len(w.strip(",")) <= 3 for w in words
    )


def _work_detail_lines(
    lines: list[Line], feats: list[LineFeatures], labels: frozenset[str], units: frozenset[str]
) -> None:
    # A reviewed work's details on one line, opening or closing the review: a running
    # time and a credit label ("„Die Salzgärten“, Deutschland 2026, 104 Minuten. Regie: …
    # Mit: …" / "Drame français de … (1h52). Avec …"), or a row of short cells split by
    # "|" holding a year and a running time ("2023 | PG-13 | 2h 15m"). The box rule
    # (``_work_fact_boxes``) needs three rows; this is the same furniture on one line. A
    # critic's sentence names a running time but opens no sentence with "Regia:".
    for k, line in enumerate(lines):
        f = feats[k]
        # (the line's year makes it look like a date line; its running time and credit
        # label say what it is)
        if f.cue is not None or f.words > _WORK_LINE_WORDS:
            continue
        text = line.text
        if not _has_runtime(text, units):
            continue
        cells = [c.strip() for c in text.split("|")]
        piped = (
            len(cells) >= 3
            and all(0 < len(c.split()) <= _PIPE_CELL_WORDS for c in cells)
            and any(_YEAR_CELL.match(c) for c in cells)
        )
        if piped or (_credit_segment(text, labels) and _few_plain_words(text, labels, units)):
            feats[k] = f._replace(cue="work-facts", byline=False)


def _deal_title(text: str, titles: tuple[str, ...]) -> bool:
    # True when a short line names a deals box ("Today's best Aura 3 deals",
    # "Vandaag de beste …-deals", "Le migliori offerte").
    key = " " + " ".join(fold(text).replace("-", " ").strip(" #*").split()) + " "
    return any(f" {title} " in key for title in titles)


_DEAL_TITLE_WORDS = 10
_DEAL_ROWS = 8
_DEAL_ROW_WORDS = 6


def _deal_box_titles(lines: list[Line], feats: list[LineFeatures], titles: tuple[str, ...]) -> None:
    # A tech review's deals box: a short title naming deals or prices over rows of bare
    # prices, retailers and shop buttons ("£119" / "at Amazon" / "View Deal"). The rows
    # are dropped by the shop and widget rules; the title over them, printed as a subhead,
    # is the box's too. Its rows must hold a bare price and a shop button, so a subhead
    # that merely names a price ("Price and availability") over prose stays.
    for k, line in enumerate(lines):
        f = feats[k]
        if f.cue is not None or f.ends_sentence or not 0 < f.words <= _DEAL_TITLE_WORDS:
            continue
        if not _deal_title(line.text, titles):
            continue
        price = button = False
        end = k + 1  # (one past the box's last price or button row)
        for j in range(k + 1, min(len(lines), k + 1 + _DEAL_ROWS)):
            g = feats[j]
            # (a button printed as a link, "[View Deal](/go/…)", reads as a sentence end)
            if (g.ends_sentence and g.cue is None) or g.words > _DEAL_ROW_WORDS:
                break
            if lines[j].text.startswith("#"):
                break  # the next subhead
            text = _MD_LINK.sub("]", lines[j].text).strip(" *[]")
            if _BARE_PRICE.match(text) or g.cue == "shop":
                price = price or g.cue != "shop"
                button = button or g.cue == "shop"
                end = j + 1
        if price and button:
            feats[k] = f._replace(cue="shop", byline=False)
            for j in range(k + 1, end):
                if feats[j].cue is None and not feats[j].datelike:
                    feats[j] = feats[j]._replace(cue="shop", byline=False)


_BARE_PRICE = lazy_pattern(
    r"(?i)^(?:(?:us|a|c|r)?[$£€¥₹₽₴]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|zł|₽|грн|руб|kr|元|¥))$"
)
"""A price alone on its row: "£119", "€ 124", "1 299 zł"."""


def _listed_again(lines: list[Line], start: int, end: int) -> bool:
    # True when two or more of the rows ``start:end`` stand again further down as lines of
    # their own ("Inhalt" / "Fehler 1: Gekippte Fenster" / … over the subheads they name):
    # the article's contents list, not a listing box (see ``plaintext.contents_box``).
    later = {line.text.casefold() for line in lines[end:]}
    again = sum(1 for line in lines[start:end] if line.text.casefold() in later)
    return again >= 2 and 2 * again >= end - start


_LEAD_BOX_TITLE_WORDS = 5


def _lead_box_title(lines: list[Line], feats: list[LineFeatures], k: int) -> bool:
    # Round 24 (tailkeep): line ``k`` titles a box of rows glued under it ("La rassegna
    # in breve", "Tour facts", "Auf einen Blick"): a short line (five words at most) opening
    # with a letter, no colon, no sentence end, no cue, and right under it (no blank line) a
    # "Label: value" row. Guard: the line's length and marks before the row test.
    f = feats[k]
    if f.cue is not None or f.byline or f.ends_sentence or not 0 < f.words <= _LEAD_BOX_TITLE_WORDS:
        return False
    text = lines[k].text
    if not text[:1].isalpha() or ":" in text or "：" in text:
        return False
    nxt = k + 1
    return (
        nxt < len(lines)
        and not lines[nxt].blank_before
        and feats[nxt].cue is None
        and box_row(lines[nxt].text)
    )


def _lead_box_end(lines: list[Line], feats: list[LineFeatures], start: int) -> int:
    # The end of the box of rows opening at ``start`` (``start`` when there is none): a
    # run of "Label: value" rows or of label lines each over its value line.
    rows = 0
    j = start
    while j < len(lines) and (j == start or not lines[j].blank_before):
        f = feats[j]
        if f.cue is not None or f.byline or lines[j].text.endswith(_ROW_ENDS):
            break
        # (a row may close on a bracket, "Lina Bouyssou (19 points)", not on a full stop)
        if box_row(lines[j].text):  # (its sentence ends broke the run above)
            rows += 1
            j += 1
            continue
        nxt = j + 1
        if (
            nxt < len(lines)
            and not lines[nxt].blank_before
            and 1 <= f.words <= 2
            and lines[j].text[:1].isupper()
            and not f.numeric
            and not f.ends_sentence
            and not lines[j].text.rstrip().endswith((":", "："))
            and feats[nxt].cue is None
            and not feats[nxt].ends_sentence
            and 0 < feats[nxt].words <= _LEAD_BOX_VALUE_WORDS
        ):
            rows += 1
            j += 2
            continue
        break
    return j if rows >= _LEAD_BOX_ROWS else start


_BOX_PROSE_WORDS = 15
"""A line of this many words ending a sentence is a paragraph of the story's prose."""


def _story_prose(f: LineFeatures) -> bool:
    return f.ends_sentence and f.words >= _BOX_PROSE_WORDS and f.cue is None and not f.datelike


def _summary_box_labels(lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues) -> None:
    # A summary box's label ("Key points", "Les points clés", "Das Wichtigste in Kürze",
    # "要点"; the ``summary_labels`` of the page's language and English), colon or none,
    # alone on its line right over bulleted items below the byline or date: the box's label
    # is furniture like a facts box's title, the items are the article's first paragraphs
    # (the corpus convention).
    labels = cues(chrome.lang).summary_labels + cues("en").summary_labels
    header_seen = False
    for k in range(len(lines) - 1):
        f = feats[k]
        # Over the byline the header reads the box itself (``header._opens_summary_box``).
        header_seen = header_seen or f.byline or f.datelike
        if not header_seen or f.cue is not None or f.chars > 40 or not feats[k + 1].bullet:
            continue
        if k and _story_prose(feats[k - 1]):
            # right under a paragraph of the story: a box set inside the running text
            # ("Key figures" over "• 42 million …"), its label a subhead; taken for the
            # header's box, its label would end the article there
            continue
        key = lines[k].text.casefold().strip(" :：*#")
        # one word of a spaced script ("Summary", "Zusammenfassung") heads a wire story's
        # bullets as its first section: a subhead, not a box's label
        if key in labels and (" " in key or f.no_space_script):
            feats[k] = f._replace(cue="facts")


def _board_row(text: str) -> bool:
    label, colon, value = text.partition(": ")
    return (
        bool(colon)
        and 1 <= len(label.split()) <= 3
        and label[:1].isupper()
        and 0 < len(value.split()) <= 12
    )


def _fact_row(text: str) -> bool:
    # A row of three or more "Label: value" pairs set apart by " | " or " · ", most
    # values measures: a recipe card's or product's facts box on one line.
    if len(text) > 160 or text.endswith((".", "!", "?")):
        return False
    parts = [p for sep in (" | ", " · ") if sep in text for p in text.split(sep)]
    if len(parts) < _FACT_RUN:
        return False
    values = []
    for part in parts:
        label, colon, value = part.strip().partition(": ")
        if not colon or not 1 <= len(label.split()) <= 3 or not 1 <= len(value.split()) <= 4:
            return False
        values.append(value)
    measures = [value for value in values if value[:1].isdigit()]
    if any(_FACT_ROW_DATE.match(value) for value in measures):
        # Round 23 (metarow): "Gepubliceerd: 21.03.2026 | Bijgewerkt: 22.03.2026 | Door:
        # Redactie", "Autore: Name | Pubblicato il: 12/10/2026 | Letture: 318": a figure
        # is the story's date, a meta row the header (or the closing signature) reads
        return False
    return len(measures) * 3 >= len(values) * 2


_FACT_ROW_DATE = lazy_pattern(r"\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\b")
"""Round 23 (metarow): a numeric date as a "Label: value" pair's value."""


def _fact_line(text: str, f: LineFeatures) -> bool:
    label, colon, value = text.partition(": ")
    return (
        bool(colon)
        and f.cue is None
        and f.words <= _FACT_WORDS
        and not f.ends_sentence
        and 1 <= len(label.split()) <= 3
        and label[:1].isupper()
        and bool(value.strip())
        and len(value.split()) <= 4
    )


def _quote_rows(lines: list[Line], feats: list[LineFeatures]) -> None:
    # A table of one row printed by a dump tool ("Halden plc (HALD.L)| 142.60p| -11.09%"
    # over "---|---|---") is a quote strip or a ticker, not a data table: a table has a
    # header row and rows under its rule line.
    for k in range(len(lines) - 1):
        rule = lines[k + 1].text
        if "|" not in rule or rule.strip("-|: "):
            continue
        after = lines[k + 2].text if k + 2 < len(lines) else ""
        if lines[k].text.count("|") >= 2 and "|" not in after and feats[k].cue is None:
            feats[k] = feats[k]._replace(cue="ticker")


_TABLE_NUMERIC = 0.3
"""A flattened table row's share of words opening with a figure, at least."""


def _results_runs(lines: list[Line], feats: list[LineFeatures]) -> None:
    # Round 25 (tailnotes): a round-up's results list ("Millbeck Rovers 2-1 Kirkhope Town"
    # / "Quarry Lane 1-1 Ashcombe" / …) or a table copied as text ("CDU 19 17" / …) between
    # or closing the article's paragraphs (see ``results.results_runs``). Guard: one pass
    # collects the lines cued "ticker" or with most words figures; the rule's module is
    # imported only when three of them stand in a row.
    starts = [k for k, f in enumerate(feats) if f.cue == "ticker" or f.numeric >= _TABLE_NUMERIC]
    if any(starts[i + 2] == starts[i] + 2 for i in range(len(starts) - 2)):
        from .results import results_runs

        results_runs(lines, feats, starts)


def _label_feeds(feats: list[LineFeatures]) -> None:
    # The short label right over a live feed of two entries or more ("Live: how the
    # wickets fell", "Latest") is the feed's, and goes with it.
    for k in range(len(feats) - 2):
        f = feats[k]
        if (
            f.cue is None
            and feats[k + 1].cue == "ticker"
            and feats[k + 2].cue == "ticker"
            and f.words <= 8
            and not f.ends_sentence
        ):
            feats[k] = f._replace(cue="ticker")


def prose_scores(feats: list[LineFeatures], lines: list[Line] | None = None) -> list[float]:
    """:func:`prose_score` of every line, with its neighbours' evidence added.

    A line without a sentence end between two others without one is part of a
    run of headlines (a related-stories grid, a menu, a footer), not a heading
    between paragraphs.
    """
    out = [prose_score(f) for f in feats]
    # Four or more short lines in a row without a sentence end (topic lists, menus,
    # "More on" blocks): a boundary the body does not cross for a few teasers.
    run: list[int] = []
    for k, f in enumerate([*feats, None]):
        if f is not None and not f.ends_sentence and f.chars < 80 and not f.bullet:
            run.append(k)
            continue
        # A photo's caption and credit lines ("Image source," / "Getty Images") are body.
        if lines is not None and any(
            lines[j].text.endswith(",") or split_caption(lines[j].text) for j in run
        ):
            run = []
        if len(run) >= 4:
            for j in run:
                out[j] -= 0.5
        run = []
    for k in range(1, len(feats) - 1):
        if (
            not feats[k].ends_sentence
            and not feats[k - 1].ends_sentence
            and not feats[k + 1].ends_sentence
            and feats[k].chars < 150
        ):
            out[k] -= 1.0
    if lines is not None:
        _credited_captions(feats, lines, out)
    _lists_between_paragraphs(feats, out)
    if _os.environ.get("SYNDICATE_LINE_MODEL"):
        # An experiment's learned model, named by the environment (round 10): the hand scores
        # are one of its inputs, its log-odds the output (:mod:`.linemodel`).
        from .linemodel import active_model

        model = active_model()
        if model is not None:
            return model.scores(feats, lines, out)
    return out


_INSIDE_RUN = 8
"""At most this many short lines between two paragraphs are the article's own list (three at
least: one or two short lines between blurbs are a teaser grid's headlines)."""
_PARAGRAPH = 2.5
"""Prose score of a paragraph proper: a long line of sentences dense with stop words."""


def _lists_between_paragraphs(feats: list[LineFeatures], out: list[float]) -> None:
    # A few short lines with paragraphs right before and after them are the article's
    # own subhead and list ("Czego potrzebuję" / "ziemia do wysiewu," / … / "Nasiona
    # przykrywam …"), not a menu: a page's chrome does not sit between two paragraphs.
    # Lines with a cue word or a link keep their cost.
    n = len(feats)
    k = 0
    while k < n:
        end = k
        while (
            end < n
            and end - k < _INSIDE_RUN
            and out[end] < _PARAGRAPH
            and feats[end].cue is None
            and feats[end].link_ratio < 0.2
            and feats[end].chars <= 100
            and not feats[end].byline  # a byline and its date under a dek are the header's
            and not feats[end].datelike
        ):
            end += 1
        if (
            end - k >= 3  # a subhead and its list; one or two short lines between blurbs
            and k > 0  # are a teaser grid's headlines
            and end < n
            and out[k - 1] >= _PARAGRAPH
            and out[end] >= _PARAGRAPH
            and feats[k - 1].ends_sentence
        ):
            for j in range(k, end):
                out[j] = max(out[j], 0.0)
        k = max(end, k + 1)


def _credited_captions(feats: list[LineFeatures], lines: list[Line], out: list[float]) -> None:
    # A caption with its credit alone on the line under it ("Vista aérea do mercado" /
    # "Foto: Tarso Sarraf/Agência Pará") is a figure of the article, whatever its length
    # or end: a gallery prints one per slide, and its captions need not end a sentence.
    for k in range(1, len(lines)):
        if lines[k].blank_before or feats[k].cue is not None or feats[k - 1].cue is not None:
            continue
        if not 4 <= feats[k - 1].words <= 60 or feats[k - 1].link_ratio >= 0.2:
            continue
        parts = split_caption(lines[k].text) if len(lines[k].text) <= 120 else None
        if parts is None or parts.caption is not None or not parts.credit:
            continue
        if parts.rule == "figure.credit-source" and (
            lines[k - 1].text.rstrip(".!?").count(". ")
            or (k + 1 < len(lines) and CONTACT_DETAIL.search(lines[k + 1].text[:60]))
        ):
            continue  # a sign-off under prose, or a contact block's office over its phone
        out[k - 1] = max(out[k - 1], prose_score(feats[k - 1]) + 0.8)
        out[k] = max(out[k], -0.2)


def prose_score(f: LineFeatures) -> float:
    """How much a line reads like article prose: > 0 for prose, < 0 for chrome.

    Hand-weighted (docs/reader.md says why): long lines with stop words and a
    sentence end score high; short lines, links, menus and cue hits score low.
    """
    if f.cue is not None:
        return -3.0
    # A Chinese or Japanese character carries about as much as three Latin letters.
    length = f.chars * 3 if f.no_space_script else f.chars
    score = 0.0
    if length >= 150:
        score += 2.5
    elif length >= 80:
        score += 1.5
    elif length >= 40:
        score += 0.4
    else:
        score -= 1.0
    if length < 40:
        pass  # a short line's stop words say nothing ("Kopieer de link")
    elif f.stop_ratio >= 0.3:
        score += 1.0
    elif f.stop_ratio >= 0.15:
        score += 0.3
    elif f.words >= 4:
        score -= 1.0
    if f.ends_sentence:
        score += 0.8
    elif length < 150:
        score -= 0.8
    score -= 4.0 * f.link_ratio
    if f.repeats > 1:
        score -= 1.0
    if f.bullet and length < 60:
        score -= 0.5
    return score
