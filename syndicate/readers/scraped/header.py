"""The page header between the headline and the body: dek, bylines, dates, lead photos.

Scraped pages put the standfirst, the lead photo's caption, the byline and the
dates in some order right after the headline. The header is the run of lines
up to the last byline or date line, looked for among the first lines only and
never past the second line of prose (the dek is at most one) or a dateline,
which always opens the body.
"""

from __future__ import annotations

import itertools
from collections import Counter

from ..language import cues
from .barecredits import block_credit
from .bylines import Byline, department, ends_cut, has_han, listed_byline, parse_byline
from .captions import (
    alt_over_caption,
    bracketed_credit,
    is_explicit_caption,
    opens_as_caption,
    outlet_credit,
    split_caption,
    stands_alone,
)
from .cuewords import ChromeCues
from .dates import has_year, is_dateline_start, parse_date_line, update_note_date
from .headerline import (
    _LIST_MARK,
    DATE_ORDER,
    GLUED_TITLE_RULE,
    GOES_ON,
    SENTENCE_END,
    Entry,
    classify_line,
    department_line,
    is_breaking_banner,
    publication_cell,
    publication_name,
)
from .lazyre import lazy_pattern
from .lines import (
    COLON_HEADS,
    Line,
    colon_label,
    colon_labels_over_prose,
    line_measure,
    unwrap,
    wrap_width,
)
from .markup import is_image_placeholder
from .names import _PARTICLES, is_name

__all__ = ["Header", "is_breaking_banner", "read_header"]


_LOOKAHEAD = 14
"""How many lines after the headline can still belong to the header."""


class Header:
    """What the header held; ``consumed`` are the line indexes it used up."""

    # A plain class, not a dataclass: generating a dataclass's methods costs every
    # command that parses an article a fraction of a millisecond at import.
    __slots__ = (
        "bios", "bylines", "consumed", "dates", "dek_credit", "last", "roles", "subtitle",
        "subtitle_at",
    )

    def __init__(self) -> None:
        self.subtitle: Line | None = None
        # The line indexes the dek was read from (more than one when a dump wrapped it).
        self.subtitle_at: list[int] = []
        self.bylines: list[tuple[Line, Byline]] = []
        # Round 20 (bios): the lines under a byline's name that are that writer's bio.
        self.bios: list[Line] = []
        # (line, index of the person in the bylines' combined list, role).
        self.roles: list[tuple[Line, int, str]] = []
        # (line, kind, ISO value, rule).
        self.dates: list[tuple[Line, str, str, str]] = []
        self.consumed: set[int] = set()
        # Index of the last header line, -1 when the page has no header.
        self.last = -1
        # Round 22 (header22): a lead photo's credit alone under the dek (no caption).
        self.dek_credit: tuple[Line, str] | None = None


def _caption_of(line: Line | None) -> str | None:
    parts = split_caption(line.text) if line is not None else None
    return parts.caption.casefold().rstrip(_TWIN_ENDS) if parts and parts.caption else None


# Round 22 (crosslang): the full stop in every script the reader reads, so that a Chinese
# alt text without its "。" is the caption under it printed twice, as "… Reuters." is.
_TWIN_ENDS = " .。．"


def _is_caption_twin(line: Line, before: Line | None, after: Line | None) -> bool:
    # A prose line repeating the caption next to it is that caption printed twice (an
    # image's alternative text over the caption, whose credit may stand on a line below).
    folded = line.text.casefold().rstrip(_TWIN_ENDS)
    if folded in (_caption_of(before), _caption_of(after)):
        return True
    return (
        after is not None
        and len(folded) >= 40
        and after.text.casefold().rstrip(_TWIN_ENDS) == folded
    )


def _below(lines: list[Line], candidates: list[int], n: int) -> Line | None:
    return lines[candidates[n + 1]] if n + 1 < len(candidates) else None


# Only "Credit": "Image", "Photo", "Foto" alone stand over a picture (its placeholder's
# label) as often as under its caption, and a dek over the picture is no caption.
_LONE_LABELS = frozenset(["Credit"])


def _dek_over_bare_credit(
    line: Line, after: Line | None, below: Line | None, chrome: ChromeCues | None
) -> bool:
    # Round 22 (header22): headline, then "Des fissures … pendant les travaux." / "Photo :
    # Name / Outlet" / "Par …" (or the date): the first line under the headline over a photo's
    # credit alone (the page printed no image line and no caption) and the credit over the
    # byline or the date is the dek, not that photo's caption; the credit stays the lead
    # photo's, with no caption. A caption printed under the headline has the dek or the text
    # under its credit, not the byline. Guard: only the first header line, a sentence of
    # eight words or more, and a credit-only line right under it; then one classify call for
    # the line under the credit.
    if after is None or below is None or chrome is None:
        return False
    if len(line.text.split()) < 8 or not line.text.rstrip().endswith(SENTENCE_END):
        return False
    if bare_credit(after.text, chrome) is None:
        return False
    found = classify_line(0, below, None, chrome)
    return bool(found) and found[0].kind in {"byline", "date", "datemark"}


def bare_credit(text: str, chrome: ChromeCues) -> str | None:
    """Round 22 (header22): the credit of a line that is a photo's credit and nothing else:
    "Photo : Name / Outlet", "Foto: Name/Agentur" (the caption parser's labelled credit), or
    a one-word picture label of the language with no colon before a name of two or three
    capitalised words, a full stop after it allowed ("Фото Иван Петров.", "Foto Marco
    Villa"). Guard: a line of 100 characters at most."""
    if len(text) > 100:
        return None
    parts = split_caption(text)
    if parts is not None:
        return parts.credit if not parts.caption and parts.credit else None
    label, _, rest = text.partition(" ")
    rest = rest.strip().removesuffix(".")
    if label.casefold() not in chrome.photo_labels or not 2 <= len(rest.split()) <= 3:
        return None
    return rest if is_name(rest) else None


def _credited_below(line: Line, after: Line | None, last: int | None = None) -> bool:
    # A prose line with a credit alone right under it ("… Sept. 18, 2025." / "AP
    # Photo/Renata Fuentes", or a broadcaster's "(KDRW)") is a photo's caption, not the dek.
    # ``last`` is the number of the line's last source line when a dump wrapped it.
    end = line.number if last is None else last
    if after is None or after.number > end + 2 or len(after.text) > 100:
        return False
    if after.text.rstrip(":") in _LONE_LABELS and 3 <= len(line.text.split()) <= 45:
        # "… in Flushing, Queens." / "Credit" / "Credit" / "Name/Agency": a page read as
        # its text nodes prints the credit's label (a hidden one and a visible one) on
        # lines of its own, the credit under them
        return True
    if after.blank_before:
        # lynx, inscriptis and spaced copies print a figure's caption and its credit as
        # two blocks ("… kurz vor der Fertigstellung." / "" / "Foto: Name"): a labelled
        # credit alone one blank line under a caption-sized sentence
        parts = split_caption(after.text)
        # A credit in capitals ("ST PHOTO: NAME", "PHOTO: REUTERS") can sign a longer
        # caption of two sentences (what the picture shows, then its context).
        loud = after.text.isupper()
        return (
            parts is not None
            and parts.caption is None
            and parts.credit is not None
            and (parts.rule == "figure.credit-label" or _marked_credit(after.text, parts.rule))
            and 3 <= len(line.text.split()) <= (45 if loud else 20)
            and line.text.count(". ") <= (1 if loud else 0)
        )
    if bracketed_credit(after.text) is not None:
        return True  # "(KDRW)", "(Viewer submitted)"
    if outlet_credit(after.text) and line.text.endswith((".", "!", "?")):
        return True  # "Ewan Latto for Northlight" under a one-line caption
    parts = split_caption(after.text)
    return parts is not None and parts.caption is None and parts.credit is not None


def _marked_credit(text: str, rule: str) -> bool:
    # A credit without a label that still shows its mark: a photographer and agency
    # behind a slash ("Name/Agency", "AP Photo/Name"), a copyright sign ("© Name"), or the
    # credit in brackets ("(Photo: Name)"). A bare name one blank line under a sentence may
    # be a byline or a signature; these are a picture's.
    if rule == "figure.credit-in-parentheses":
        return True
    return rule == "figure.credit-only" and ("/" in text or text.startswith("©"))


def bio_of_name(name: str, text: str) -> bool:
    """``text`` is a sentence about ``name`` (round 20, bios): it opens with the full name
    (two words or more), then a lower-case word, or a dash or comma and a lower-case word
    ("Ann Lee is a health reporter …", "Вера Самохина — обозреватель …", "Anna Kowalska,
    dziennikarka …"), and holds at most a short paragraph (80 words)."""
    if " " in name and text.startswith(name + name):
        # Round 22 (scrapede): "Ann LeeAnn Lee is a …": the author card's photo alt text
        # glued to the name before the bio
        text = text[len(name) :]
    if " " not in name or not text.startswith(name + " ") or len(text.split()) > _BIO_WORDS:
        return False
    rest = text[len(name) :].lstrip(" ,—–-")
    return rest[:1].islower()


_BIO_WORDS = 80
"""The most words of a bio line under the byline: a sentence or two about the writer."""


_DASH_MARKS = ("- ", "– ", "— ")
"""A dash and a space before a name alone on its line: a print replica's byline."""
_META_BULLETS = ("• ", "· ", "▪ ")
"""Round 23 (scrapedi): the bullet a portal or blog platform sets before each meta row."""
_META_ROW_WORDS = 5
_EMAIL_LINE = lazy_pattern(r"^[\[(<]?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])>]?$")
_CREDIT_UNDER_NAME_WORDS = 6


def _vouched_name(entry: Entry, lines: list[Line], chrome: ChromeCues | None) -> bool:
    # Round 22 (scrapede): a lone name under the headline the page vouches for without a
    # date: printed behind a dash ("- Jordan Vale", print replicas), or with the line right
    # under it (no blank line) an e-mail address alone ("[jordan.vale@outlet.com]") or a
    # caption-less photo credit ("Beeld Name", "Foto: Name"), the byline over the lead
    # photo. Guards: one name; the credit does not name the person, nor does any line above
    # (the headline, the dek), since an image's alt text names whom the photo shows.
    if entry.byline is None or len(entry.byline.people) != 1:
        return False
    if entry.line.text.startswith(_DASH_MARKS):
        return True
    below = lines[entry.index + 1] if entry.index + 1 < len(lines) else None
    printed = lines[entry.index].text  # the entry's own line lost its list bullet
    if (
        below is not None
        and printed.startswith(_META_BULLETS)
        and below.text[:2] == printed[:2]
        and len(below.text.split()) <= _META_ROW_WORDS
        and any(ch.isdigit() for ch in below.text)
    ):
        # Round 23 (scrapedi): "• Maren Oduya" / "• 12 mars" / "• 3 min de lecture": the
        # name opens a run of bulleted meta rows, the byline's date or reading time (a
        # figure in it) right under it with the same bullet; "• Jonas Berg" is no such row
        return True
    if below is None or below.blank_before or below.number != entry.line.number + 1:
        return False
    text = below.text.strip()
    if _EMAIL_LINE.match(text):
        return True
    name = entry.byline.people[0][0].casefold()
    if name in text.casefold() or not _credit_alone(text, chrome):
        return False
    return not any(name in lines[j].text.casefold() for j in range(entry.index))


def _credit_alone(text: str, chrome: ChromeCues | None) -> bool:
    # A photo credit with no caption: "Foto: Name", "(Photo Agency)", or the page's photo
    # label and a capitalised name without a colon ("Beeld Name", "null Beeld Name" where a
    # page printed an empty alt text as "null").
    parts = split_caption(text)
    if parts is not None:
        return parts.caption is None and parts.credit is not None
    words = text.split()
    if words[:1] == ["null"]:
        words = words[1:]
    return (
        chrome is not None
        and 2 <= len(words) <= _CREDIT_UNDER_NAME_WORDS
        and words[0].casefold() in chrome.photo_labels
        and words[1][:1].isupper()
        and not text.endswith(SENTENCE_END)
    )


def _over_glued_bio(entry: Entry, below: str) -> bool:
    # Round 22 (scrapede): "Ann Lee" / "Ann LeeAnn Lee is a …": an author card (the
    # name, then the photo's alt text glued to the name and the bio), not an image's alt
    # text over its caption. Guard: a name entry and the name printed twice, glued.
    return (
        entry.kind == "name"
        and entry.byline is not None
        and any(
            below.startswith(name + name) and bio_of_name(name, below)
            for name, _role in entry.byline.people
        )
    )


_GLUED_AFTER_READ = lazy_pattern(r"(?<=[a-z])(?=[A-Z])|\s*[·|•]\s*")


def _publication_over_reading_time(
    entries: list[Entry], k: int, lines: list[Line], chrome: ChromeCues | None
) -> bool:
    # Round 22 (scrapede): "Jane Roe" / "Harbour Engineering" / "8 min read·Oct 18, 2019":
    # on a blog platform the line between the writer's name and the reading time is the
    # publication the post appeared in, not a second writer. Guards: both lines name-shaped,
    # one name each, on consecutive lines (no blank line), the line under the second opens
    # with a reading time of the data files.
    entry, above = entries[k], entries[k - 1]
    if (
        chrome is None
        or entry.kind != "name"
        or above.kind != "name"
        or entry.byline is None
        or above.byline is None
        or len(entry.byline.people) != 1
        or len(above.byline.people) != 1
        or entry.line.blank_before
        or above.line.number != entry.line.number - 1
        or entry.index + 1 >= len(lines)
    ):
        return False
    below = lines[entry.index + 1]
    if below.blank_before or below.number != entry.line.number + 1:
        return False
    head = _GLUED_AFTER_READ.split(below.text, maxsplit=1)[0]
    return chrome.reading_time(head)


_TWIN_CAPTION_WORDS = (4, 12)
"""How many words a short caption printed twice in the header has (a name has fewer)."""


def _caption_twin_line(
    lines: list[Line],
    candidates: list[int],
    n: int,
    line: Line,
    entries: list[Entry],
    chrome: ChromeCues | None,
) -> bool:
    # Round 25 (scrapedp): either copy of a short line printed twice in a row in the
    # header — the lead photo's alt text and its caption. Four to twelve words (a writer's
    # name printed twice, an author card, has fewer), no byline prefix, no sentence end.
    # Guard: one string comparison with the next line or the last entry first.
    text = line.text
    twin = bool(entries) and entries[-1].kind == "caption" and entries[-1].line.text == text
    if not twin and n + 1 < len(candidates):
        below = lines[candidates[n + 1]]
        twin = below.text == text and below.number == line.number + 1
    if not twin:
        return False
    low, high = _TWIN_CAPTION_WORDS
    return (
        low <= len(text.split()) <= high
        and not text.endswith((".", "!", "?", ":"))
        # a meta row printed twice ("Opublikowano: 22 stycznia 2026 | Aktualizacja: …")
        and not any(ch.isdigit() or ch in ":|：" for ch in text)
        and (chrome is None or chrome.byline_prefix(text) is None)
    )


def _printed_twice(text: str) -> bool:
    # The same two to four words twice on one line ("Jane Roe Jane Roe").
    tokens = text.split()
    half = len(tokens) // 2
    return 2 <= half <= 4 and len(tokens) == 2 * half and tokens[:half] == tokens[half:]

def read_header(
    lines: list[Line],
    candidates: list[int],
    counts: Counter[str],
    chrome: ChromeCues | None = None,
    date_order: str = "",
    *,
    dated_above: bool = False,
) -> Header:
    """Read the header from ``candidates`` (indexes of unused lines after the headline).

    ``counts`` holds how often each case-folded line occurs in the page: a bare
    name that is printed again later (in the author block) is a byline. ``dated_above``
    says the page printed its date over the headline: then the header under it may be a
    dek and the author's bare name ("June 10, 2025" / headline / dek / "Jane Roe").
    """
    token = DATE_ORDER.set(date_order)
    try:
        return _read_header(lines, candidates, counts, chrome, dated_above)
    finally:
        DATE_ORDER.reset(token)


_LABEL_WORDS = 12


_RANK_ROW = lazy_pattern(r"^\s*(\d{1,2})[.)]\s+\S")
"""A numbered row: "1. Name – 1:0", "2) Party 22.8%" (a rank, a point or bracket, a space)."""


def _numbered_run(lines: list[Line], candidates: list[int], n: int) -> bool:
    # The candidate line ``n`` opens a numbered run: it is ranked N and the next candidate
    # N + 1 ("1. …" / "2. …"). A date such as "1. Dezember 2026" has no "2. …" under it.
    text = lines[candidates[n]].text
    if not text[:1].isdigit() or n + 1 >= len(candidates):
        return False  # most lines end here
    this = _RANK_ROW.match(text)
    nxt = _RANK_ROW.match(lines[candidates[n + 1]].text)
    return this is not None and nxt is not None and int(nxt.group(1)) == int(this.group(1)) + 1


def _listed_name_again(entry: Entry, lines: list[Line], counts: Counter[str]) -> bool:
    # Round 20 (realtitle): the first line under the headline is one item of a list of
    # authors ("1. Sarah Archer", "* Jan Kos": a template's ``<ol>``/``<ul>`` of bylines) and
    # the page prints the name alone again further down (the author block): a byline. The
    # list mark is the guard (the count of the bare line is the older rule's).
    text = lines[entry.index].text  # (the entry's line is read without its list mark)
    if entry.byline is None or len(entry.byline.people) != 1 or not _LIST_MARK.match(text):
        return False
    return counts[entry.byline.people[0][0].casefold()] >= 1


_SECTION_WORD = 4
"""How long a word of a section's name is at least to be looked for in the page's prose."""


def _section_after_date(entries: list[Entry], accepted: list[bool], lines: list[Line]) -> None:
    # Round 21 (metaroles): a labelled date, a separator, then a bare name-shaped phrase on
    # one meta row ("Published 30 Nov 2026 | Public Safety", "Publicado el 30/11/2026 ·
    # Seguridad Ciudadana") is the date and the page's section, not a writer: a page that
    # names its writer after the date prints "By" or "Por". What tells a common noun phrase
    # from a person's name is the page's own prose: the phrase's first word (four letters or
    # more; a given name's place) and half its words at least printed in lower case further
    # down ("the harbour council", "seguridad vial"); a name is not. Guard: an accepted bare
    # name right after a labelled date entry of its own line; only then is the page's prose
    # (lines over 80 characters under the row) searched.
    for k in range(1, len(entries)):
        entry, before = entries[k], entries[k - 1]
        if not accepted[k] or entry.kind != "name" or entry.byline is None:
            continue
        if entry.byline.rule != "byline.bare-name" or len(entry.byline.people) != 1:
            continue
        if before.kind != "date" or before.index != entry.index or before.rule != "date.labelled":
            continue
        words = entry.byline.people[0][0].split()
        if len(words[0]) < _SECTION_WORD:
            continue
        prose = [ln.text for ln in lines[entry.index + 1 :] if len(ln.text) > 80]
        lower = [any(_lower_word(text, w.casefold()) for text in prose) for w in words]
        if lower[0] and 2 * sum(lower) >= len(words):
            entry.kind = "label"
            accepted[k] = False


def _publication_under_date(
    entries: list[Entry], accepted: list[bool], chrome: ChromeCues
) -> None:
    # Round 25 (pq66): "27 ottobre 2026" / "Notiziario della Confraternita": the name of the
    # newsletter or bulletin on the line right under (or over) the date line, read as a bare
    # name by its capitals, is the publication, not a writer — as in one meta row
    # (``headerline._publication_beside_date``: its first or last word a
    # ``meta_publication_words`` noun). Guard: only an accepted one-person bare name on its
    # own line with a date entry on the line next to it.
    for k, entry in enumerate(entries):
        if not accepted[k] or entry.kind != "name" or entry.byline is None:
            continue
        if entry.byline.rule != "byline.bare-name" or len(entry.byline.people) != 1:
            continue
        if not any(
            0 <= j < len(entries)
            and entries[j].kind == "date"
            and abs(entries[j].index - entry.index) == 1
            for j in (k - 1, k + 1)
        ):
            continue
        if publication_name(entry.byline.people[0][0], chrome.lang):
            entry.kind = "label"
            accepted[k] = False


def _lower_word(text: str, word: str) -> bool:
    # ``word`` (in lower case) printed as a whole word in ``text``.
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before = at == 0 or not text[at - 1].isalpha()
        if before and (end == len(text) or not text[end].isalpha()):
            return True
        at = text.find(word, at + 1)
    return False


def _department_bylines(entries: list[Entry], accepted: list[bool]) -> None:
    # Round 21 (metaroles): a department's or an office's name alone on a line of the
    # header, right over or under the story's accepted date line ("Service Grandes cultures"
    # / "Publié le 02/12/2026"), is the organisation that signs the page (LABELS.md 4: an
    # organisation byline is an author); the line reads as a job title ("role") or a label
    # otherwise. Guard: the cheap kind test first, then the line's shape
    # (:func:`department_line`), then its place: not under an accepted writer (there it is
    # that writer's role), and next to an accepted date line.
    for k, entry in enumerate(entries):
        if accepted[k] or entry.kind not in {"role", "label"}:
            continue
        if k and accepted[k - 1] and entries[k - 1].kind in {"name", "byline"}:
            continue  # "Jane Roe" / "Communications Office": the writer's desk
        text = entry.line.text.strip(" *_")
        if not department_line(text):
            continue
        if any(
            accepted[j]
            and entries[j].kind == "date"
            and abs(entries[j].index - entry.index) == 1
            for j in (k - 1, k + 1)
            if 0 <= j < len(entries)
        ):
            entry.kind = "byline"
            entry.byline = Byline(((text, None),), "byline.department")
            accepted[k] = True


def _unlisted_after_date(entries: list[Entry], accepted: list[bool], lines: list[Line]) -> None:
    # Round 20 (realtitle): a page that prints its writer as a list item ("* Elena Roe"
    # over "* Dec. 29, 2014") prints every writer so; an accepted bare name on a line with no
    # list mark after the date ("Matryoshka Russia Wikimedia Commons", a photo's caption and
    # credit whose image the dump left out) is no second writer. Guard: only when a bare
    # name on a list-marked line was accepted.
    listed = [
        k
        for k, e in enumerate(entries)
        if accepted[k] and e.kind == "name" and _LIST_MARK.match(lines[e.index].text)
    ]
    if not listed:
        return
    dated = False
    for k, e in enumerate(entries):
        if k > listed[0] and accepted[k] and e.kind in {"date", "datemark"}:
            dated = True
        elif (
            dated
            and accepted[k]
            and e.kind == "name"
            and not _LIST_MARK.match(lines[e.index].text)
        ):
            accepted[k] = False


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0].strip(".,").casefold()


def _is_summary_label(text: str, chrome: ChromeCues | None) -> bool:
    # "Summary:", "Zusammenfassung:", "摘要：" alone on a line: the dek is the line below.
    #
    # Only with its colon: "Summary" on its own is a heading opening the body (a report's
    # first section, a wire story's bullet points).
    if chrome is None or len(text) > 30 or not text.endswith((":", "：")):
        return False
    return text.casefold().rstrip(" :：") in cues(chrome.lang).summary_labels


def _among_colon_subheads(lines: list[Line], index: int) -> bool:
    # Round 21 (headings): "In brief:" over the first paragraph, "Our take:" over a later
    # one: a page that heads two or more sections with a short label and its colon, each
    # over prose, opens its text with the first of them, a subhead over the first
    # paragraph, not a summary label over a dek. Guard: the caller found a summary label.
    return colon_label(lines[index].text) and colon_labels_over_prose(lines) >= COLON_HEADS


_BULLETS = ("* ", "• ", "- ", "+ ")


def _ghost_author_link(text: str, chrome: ChromeCues | None) -> bool:
    # A link to the writer's page or to more of their articles ("All articles by this
    # author", "Tous les articles de cette autrice", "Все материалы автора", "查看作者全部文章",
    # "كل مقالات الكاتبة"), from the language's ``about_author`` phrases: the whole short
    # line, or the phrase then a name ("Tous les articles de Léa Roux"). It names the author
    # the byline names already, or nobody: never a writer of its own.
    if chrome is None or len(text) > 60:
        return False
    key = text.casefold().strip(" :：*#[]()|›»>→")
    phrases = cues(chrome.lang).about_author + cues("en").about_author
    for phrase in phrases:
        if key == phrase:
            return True
        cjk = "\u3000" <= phrase[:1] <= "\u9fff"
        if key.startswith(phrase) and (
            (cjk and len(phrase) >= 4) or (len(phrase.split()) >= 3 and key[len(phrase)] == " ")
        ):
            return True
    return False


def _date_under_empty_label(text: str, chrome: ChromeCues | None) -> bool:
    # Round 22 (scrapedg): "Par" / "Le 3 décembre 2026": the byline label's name was not
    # scraped and the line under it is the date, no name (a capitalised date passed for a
    # list of names). Guard: a printed year first, then the date-line reader.
    if not has_year(text):
        return False
    return parse_date_line(text, chrome.lang if chrome is not None else None) is not None


def _opens_summary_box(
    lines: list[Line],
    candidates: list[int],
    n: int,
    text: str,
    chrome: ChromeCues | None,
    entries: list[Entry],
) -> bool:
    # A summary box's label ("Key points", "要点", "Les points clés"), colon or none, over
    # bulleted items, between the headline and a byline or date still to come: the label is
    # furniture and its items are the article's first paragraphs; the header reads on under
    # them. (Once a byline or date is read the header has its fields, and a box there opens
    # the body.)
    if chrome is None or len(text) > 40 or n + 1 >= len(candidates):
        return False
    if any(e.kind in {"byline", "date", "datemark", "undated"} for e in entries):
        return False
    key = text.casefold().strip(" :：*#")
    labels = cues(chrome.lang).summary_labels + cues("en").summary_labels
    return key in labels and lines[candidates[n + 1]].text.startswith(_BULLETS)


def _under_widget_label(lines: list[Line], index: int, chrome: ChromeCues | None) -> bool:
    # A bulleted line in a list under a chrome label with a colon ("Follow topic:",
    # "Teilen:", "Tags:"): one of the widget's items.
    if chrome is None or not lines[index].text.startswith(_BULLETS):
        return False
    k = index - 1
    while k >= 0 and index - k <= 8 and lines[k].text.startswith(_BULLETS):
        k -= 1
    if k < 0 or index - k > 8:
        return False
    label = lines[k].text.rstrip()
    return label.endswith((":", "：")) and len(label) <= 40 and chrome.kind(label) is not None


_NEWSROOM_PROSE = 120
"""How long the paragraph under a lone newsroom word runs at least for the word to sign
the article (a writer's name or a short label is far shorter)."""


def _newsroom_over_date(
    new: list[Entry], lines: list[Line], candidates: list[int], n: int, chrome: ChromeCues | None
) -> bool:
    # "Redacción" alone, without its colon, right over the date row: the newsroom signs
    # the story (a desk word is also a byline label, "Redacción:" over the writers' names,
    # but no name stands under this one).
    if not new or not _newsroom(new[0]) or new[0].line.text.rstrip().endswith((":", "：")):
        return False
    if n + 1 >= len(candidates):
        return False
    below = classify_line(candidates[n + 1], lines[candidates[n + 1]], None, chrome)
    if not below:
        return False
    if below[0].kind == "date":
        return True
    if below[0].kind == "prose" and len(lines[candidates[n + 1]].text) >= _NEWSROOM_PROSE:
        # Round 22 (header22): "Redakcja" / "Redacción" alone right over the article's
        # first long paragraph: no name stands under the desk word, the newsroom signs
        return True
    # "Valdeliso | 21 de junio de 2026": the dateline's one-word place, then the date
    # (round 20); a person's name there ("Ana Pérez | 21 de junio") is the writer's
    text = lines[candidates[n + 1]].text
    head, bar, _rest = text.partition(" | ")
    if not bar:
        # Round 21 (bylines): "Redacción" / "Molina de Aragón, 3 de marzo de 2026": the
        # dateline's place before a comma, one to four capitalised words (short lowercase
        # particles between them: "San Sebastián de los Reyes"), read as a name by its
        # shape; the newsroom signs
        head, bar, _rest = text.partition(", ")
        if not _place_shaped(head):
            return False
        words = head.split()[:1]
    else:
        words = head.split()
    return (
        len(below) == 2
        and bar != ""
        and below[0].kind in ("label", "name")
        and below[1].kind == "date"
        and below[1].value is not None
        and len(words) == 1
    )


def _place_shaped(head: str) -> bool:
    # One to four capitalised words, short lowercase particles between them ("Molina de
    # Aragón", "San Sebastián de los Reyes"), no digit: a dateline's place by its shape. Two
    # capitalised words alone ("Ana Pérez") have a writer's shape as much as a place's: under
    # "Redacción", a label there, they stay the writer's.
    words = head.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    if capitalised == 2 and len(words) == 2 and "-" not in head:
        return False
    return (
        1 <= capitalised <= 4
        and len(words) <= 6
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or (w.isalpha() and w.islower() and len(w) <= 3) for w in words)
        and not any(ch.isdigit() for ch in head)
    )


def _place_under_newsroom(new: list[Entry], entries: list[Entry], line: Line) -> bool:
    # Round 21 (bylines): "Redacción" / "Molina de Aragón, 3 de marzo de 2026": under a
    # newsroom's signature, the words before the comma of a line that ends in its date are
    # the dateline's place, not a writer (:func:`_newsroom_over_date` let the newsroom sign).
    # Guard: only a name-and-date line right under a newsroom entry is looked at.
    return (
        len(new) == 2
        and new[0].kind == "name"
        and new[1].kind == "date"
        and bool(entries)
        and _newsroom(entries[-1])
        and ", " in line.text
        and _place_shaped(line.text.partition(", ")[0])
    )


def _is_byline_label(text: str, chrome: ChromeCues | None) -> bool:
    # A byline prefix alone on its line ("From:", "Autor:", "By"): the names are below.
    if chrome is None or len(text) > 40:
        return False
    key = text.casefold().rstrip(" :：")
    if not key:
        return False
    if any(key == prefix.rstrip(" :：") for prefix in chrome.byline_prefixes):
        return True
    # "Tech Industry by": a text-node dump printed the kicker's node and the byline's
    # "by" node on one line, the name's link on the next; a short line without a sentence
    # end whose last word is a one-word byline prefix ("by", "von", "par") is the label.
    words = key.split()
    if 2 <= len(words) <= 4 and not text.rstrip().endswith(SENTENCE_END):
        # (not "Por Redacción": a byline, its prefix first; "redacción" is a prefix too)
        one_word = [p for p in chrome.byline_prefixes if " " not in p and p[-1:] not in ":："]
        return (
            words[-1] in one_word
            and words[0] not in one_word
            # the kicker's words only: not a date or a meta row ("21/02/2026 | Redacción")
            and all(word.isalpha() for word in words[:-1])
        )
    # "Reporter:", "Correspondent:", "Redakteurin:": a job title with its colon alone on a
    # line is the label of the name printed under it (regional papers' templates).
    return text.rstrip().endswith((":", "：")) and (
        key in cues(chrome.lang).role_words or key in cues("en").role_words
    )


def _full(line: Line) -> bool:
    # A line the dump tool filled to its wrap width (lynx and html2text wrap at 72–80
    # columns): what follows it without a blank line is the same paragraph, even a new
    # sentence ("… 80 kilomètres." / "Le prix …") or a time cut off its date ("… à" /
    # "11h02"). Bylines, dates and labels stacked in a header are far shorter.
    return len(line.text) >= 64


def _wrapped_paragraphs(lines: list[Line], months: frozenset[str] = frozenset()) -> dict[int, Line]:
    # Line number → the paragraph that starts there, its wrapped lines re-joined.
    #
    # The lines of a paragraph are joined only when each line but the last fits a wrap
    # width (at most 100 characters) and ends no sentence, and each further line goes
    # on in lower case (the rest of a clause), follows a line ending in "and" or a
    # comma ("By Marcus Oyelaran and" / "Delia Frost"), or is a date cut after its day
    # ("Last reviewed 8" / "November 2024"): a dek over a photo widget, or a
    # byline over its date lines, on a page whose body alone was wrapped stay lines of
    # their own.
    joined = unwrap(lines, keep=stands_alone)
    width = wrap_width(lines) if len(joined) != len(lines) else None
    # a Chinese line wrapped by column is measured in columns, like the width
    measure = line_measure(lines) if width is not None else len
    out: dict[int, Line] = {}
    position = {line.number: k for k, line in enumerate(lines)}
    ends = [position[line.number] for line in joined[1:]] + [len(lines)]

    def goes_on(above: Line, ln: Line, *, strict: bool = False) -> bool:
        full = not strict and _full(above)
        return (
            len(above.text) <= 100
            and (not above.text.endswith(SENTENCE_END) or full)
            and (
                ln.text[:1].islower()
                or above.text.endswith(GOES_ON)
                # the next word did not fit on the line: the wrap tool broke it there
                # ("… am Samstag den" / "Betrieb wieder aufgenommen."), in any language
                or (
                    width is not None
                    and not strict
                    and measure(above.text) <= width + 10  # a wrapped line, not a longer one
                    and measure(above.text) + 1 + measure(_first_word(ln.text)) > width
                )
                or (_cut_after_day(above.text) and _first_word(ln.text) in months)
                or full
            )
        )

    for paragraph, end in zip(joined, ends, strict=True):
        group = lines[position[paragraph.number] : end]
        if len(group) == 1 or all(goes_on(a, b) for a, b in itertools.pairwise(group)):
            out[paragraph.number] = paragraph
            continue
        # Not one paragraph: the runs in it that go on line to line are ("Share on X" over
        # a caption wrapped over two lines: the caption is read whole), by the sentence's
        # own evidence only (a line's length alone does not join a stack of header lines:
        # a headline as long as the wrap width over "Share").
        start = 0
        for k in range(1, len(group) + 1):
            if k < len(group) and goes_on(group[k - 1], group[k], strict=True):
                continue
            run = group[start:k]
            text = " ".join(ln.text for ln in run)
            out[run[0].number] = Line(run[0].number, text, run[0].blank_before)
            start = k
    # A short line ending in "and" goes on below even where the wrap tool left it short
    # (its link markup taken off): "By [Marcus Oyelaran](…) and" / "[Delia Frost](…)";
    # so does a date cut after its day: "[Sanne Bakker](…) · 2" / "december 2026, 16:45".
    for above, line in itertools.pairwise(lines):
        first = out.get(above.number)
        if (
            first is not None
            and line.number in out
            and not line.blank_before
            and len(first.text) <= 100
            and (
                first.text.endswith(GOES_ON[:-1])
                or (_cut_after_day(first.text) and _first_word(line.text) in months)
                or _byline_goes_on(first.text, line.text)
                or _byline_wrapped(first.text, line.text, width)
            )
        ):
            out[above.number] = Line(first.number, f"{first.text} {line.text}", first.blank_before)
            del out[line.number]
    return out


def _place_in_date_row(entries: list[Entry], k: int, accepted: list[bool]) -> bool:
    # A bare name opening a separator row that goes on with the date ("Villanueva del
    # Campo | 28·11·26 | 19:35", an obituary's or a local page's meta row) is the place the
    # article comes from when a writer is named on another line of the header: a page prints
    # its writer once, and a second writer does not stand alone before the date.
    entry = entries[k]
    if entry.byline is None or entry.byline.rule != "byline.bare-name":
        return False
    if len(entry.byline.people) != 1 or entry.byline.people[0][1] is not None:
        return False
    after = entries[k + 1] if k + 1 < len(entries) else None
    if after is None or after.index != entry.index or after.kind != "date":
        return False
    return any(
        accepted[j] and other.kind in {"byline", "name"} and other.byline is not None
        and other.index != entry.index
        for j, other in enumerate(entries)
    )


def _cut_after_day(text: str) -> bool:
    # The line ends in a day's number, one or two digits after a space ("Last reviewed 8",
    # "… · 2"): a date the wrap tool cut before its month. A year or a time closing the line
    # ("Updated Nov 24, 2026", "16:40") ends a whole date: a month on the next line opens a
    # date of its own (the published date under the update), not the rest of this one.
    digits = len(text) - len(text.rstrip("0123456789"))
    return 1 <= digits <= 2 and text[-digits - 1 : -digits] in (" ", "")


def _byline_goes_on(first: str, second: str) -> bool:
    # "By [Jonah Pettibone](…)," over "[Aiyana Crowe](…)": html2text breaks a list of
    # linked names after a comma; a "By" line ending in the comma goes on with the next
    # line when that line is a name and nothing else.
    if not first.endswith(",") or len(second.split()) > 4:
        return False
    head = parse_byline(first[:-1])
    if head is None or head.rule != "byline.by-prefix":
        return False
    rest = parse_byline("By " + second)
    return rest is not None and len(rest.people) == 1 and rest.people[0][0] == second.strip()


def _byline_wrapped(first: str, second: str, width: int | None) -> bool:
    # "By A, B, C and Tomasz" / "Wielgus", "By A, Senior Correspondent, and B, Chief" /
    # "Political Reporter": lynx and w3m wrap a long byline at the page's width, inside a
    # name or a role. A "By" line that fills the width goes on with a short line under it
    # (four words at most, no digit: no date) when the two read as one byline whose last
    # writer or role is longer than the first line's alone.
    if width is None or len(first) < 0.8 * width or len(second.split()) > 4:
        return False
    if first.endswith(SENTENCE_END) or any(ch.isdigit() for ch in second):
        return False
    head = parse_byline(first)
    if head is None or head.rule != "byline.by-prefix":
        return False
    whole = parse_byline(f"{first} {second}")
    if whole is None or whole.rule != "byline.by-prefix" or len(whole.people) < len(head.people):
        return False
    last, longer = head.people[-1], whole.people[len(head.people) - 1 :]
    grown = len(whole.people) > len(head.people) or (
        longer[0][0] == last[0] and len(longer[0][1] or "") > len(last[1] or "")
    )
    return grown and all(second.split()[-1] in " ".join(filter(None, p)) for p in longer[-1:])


_DEK_WORDS = 40
"""A dek is a sentence or two; a longer paragraph under the headline is the story (or a
letter, whose signature is no byline)."""


def _credits_under_writer(entries: list[Entry], accepted: list[bool], chrome: ChromeCues) -> None:
    # Round 20 (smallcues): "By A" / "Edited by B", "Von A" / "Bearbeitet von B", "Door A"
    # / "Bewerkt door B": under a byline line of one prefix, a byline line of another prefix
    # that is also a contributor form of the language (``contributor_lines``: "edited by
    # {names}", "bearbeitet von {names}") credits an editor, no second writer (LABELS.md 10);
    # it is left in the body as an unaccepted name line, where the credit reading takes it
    # (``_Reader._under_writer_byline``). Alone under the headline it stays the byline.
    # Guard: only byline lines after the first one with a prefix are asked of the forms.
    first: str | None = None
    for k, entry in enumerate(entries):
        if entry.kind != "byline" or not accepted[k]:
            continue
        prefix = chrome.byline_prefix(entry.line.text)
        if prefix is None:
            continue
        if first is None:
            first = prefix.casefold()
        elif prefix.casefold() != first and chrome.contributors(entry.line.text) is not None:
            # an unaccepted name line stays in the body, where the credit reading takes it
            entry.kind = "name"
            accepted[k] = False


def _read_header(
    lines: list[Line],
    candidates: list[int],
    counts: Counter[str],
    chrome: ChromeCues | None,
    dated_above: bool = False,
) -> Header:
    entries: list[Entry] = []
    overflow: Line | None = None  # the second prose line, where the header stopped
    prose = 0
    pending: str | None = None
    byline_next = summary_next = in_box = False
    stopped_at_dateline = False
    dek_credit: tuple[Line, str] | None = None
    # A hard-wrapped page (lynx) prints the dek over several lines: each paragraph is
    # read whole, its further lines consumed with it.
    joined = _wrapped_paragraphs(lines, chrome.months if chrome is not None else frozenset())
    wrapped: dict[int, list[int]] = {}
    bios: set[int] = set()  # the entries' indexes of the bio lines under a name
    for n, index in enumerate(candidates[:_LOOKAHEAD]):
        line = joined.get(lines[index].number)
        if line is None:
            if entries and candidates[n - 1] in wrapped.get(entries[-1].index, [entries[-1].index]):
                wrapped.setdefault(entries[-1].index, [entries[-1].index]).append(index)
                continue
            line = lines[index]
        if chrome is not None and update_note_date(line.text, chrome.lang) is not None:
            # "**Mise à jour du 2 décembre 2026 :** Odile … a confirmé …" between the dek
            # and the byline: a note of the article's, body; the header reads on under it.
            continue
        if in_box and line.text.startswith(_BULLETS):
            continue  # an item of the summary box: the article's text, no end of the header
        in_box = _opens_summary_box(lines, candidates, n, line.text, chrome, entries)
        if in_box:
            entries.append(Entry(index, line, "label"))
            continue
        if prose and _numbered_run(lines, candidates, n):
            # "1. Wexcombe RC – 14:02.6" / "2. Tollard BC – 14:09.1" under the first
            # paragraph: a results list (read as date lines for their clock-like times,
            # the rows were taken into the header and lost); the header ended above it.
            break
        if opens_as_caption(line.text):
            # "FILE - A crane lifts …", "Imagen de archivo del pleno.": the lead photo's
            # caption between the headline and the byline, no dateline ("FILE - " has a
            # dateline's shape) and no dek; the header reads on under it, the body makes
            # it the figure.
            entries.append(Entry(index, line, "caption"))
            continue
        if _caption_twin_line(lines, candidates, n, line, entries, chrome):
            # Round 25 (scrapedp): "التشكيلية ندى تركي وإحدى لوحاتها" twice in a row under
            # the dek: the lead photo's caption printed twice, not a writer's name ("و"
            # read as "and" made two); the body makes it the figure.
            entries.append(Entry(index, line, "caption"))
            continue
        if is_dateline_start(line.text):
            stopped_at_dateline = True
            break
        if chrome is not None and line.text.casefold().strip(" :：") in chrome.qa_labels:
            break  # "السؤال", "Вопрос": the question's label opens the article's text
        listed = listed_byline(line.text) if byline_next else None
        if listed is not None and _date_under_empty_label(line.text, chrome):
            listed = None  # Round 22 (scrapedg): "Par" / "Le 3 décembre 2026": no name
        if listed is not None:
            new = [Entry(index, line, "byline", byline=listed)]
        else:
            new = classify_line(index, line, pending, chrome)
            if (
                new[0].kind != "byline"
                and len(line.text) > len(lines[index].text)
                and ends_cut(lines[index].text)
            ):
                # "Von A und B, Lokalredaktion des" / "Obertaler Anzeigers" joined reads as
                # no byline (an affiliation after the names); its first line alone does
                alone = classify_line(index, lines[index], pending, chrome)
                if alone[0].kind == "byline":
                    new = alone
        if dek_credit is not None and dek_credit[0].number == line.number:
            new = [Entry(index, line, "caption")]  # Round 22: the lead photo's credit alone
        if new[0].kind == "name" and _place_under_newsroom(new, entries, line):
            new[0] = Entry(index, line, "label")  # the dateline's place under "Redacción"
        pending = new[0].date_kind if new[0].kind == "datemark" else None
        if (
            new[0].kind == "prose"
            and entries
            and entries[-1].kind in {"name", "byline"}
            and entries[-1].byline is not None
            and any(bio_of_name(name, line.text) for name, _role in entries[-1].byline.people)
        ):
            # Round 20 (bios): "Ann Lee" / "Ann Lee is a health reporter covering …": the
            # writer's bio under the name, no dek and no end of the header
            bios.add(index)
            new = [Entry(index, line, "label")]
        if new[0].kind == "prose" and line.text[:1] == "[" and is_image_placeholder(line.text):
            # "[Imagen: Voluntarios trasplantan plántulas …]": an image's alt text printed
            # over its caption between the headline and the dek is the picture, no prose
            # (counted as prose, it would end the header at the dek under the caption).
            new = [Entry(index, line, "label")]
        if summary_next and new[0].kind == "prose" and line.text[:1] not in "-*•–":
            new[0].kind = "summary"  # "Summary:" over it: the dek, wherever it stands
        if new[0].kind in {"name", "byline", "prose"} and _under_widget_label(lines, index, chrome):
            # "Follow topic:" / "* Land Transport Authority": the items under a widget's
            # label are its buttons or tags, not a writer's name.
            new = [Entry(index, line, "label")]
        if new[0].kind in {"name", "byline", "prose"} and _ghost_author_link(line.text, chrome):
            new = [Entry(index, line, "label")]  # "All articles by this author": no writer
        summary_next = _is_summary_label(line.text, chrome) and not _among_colon_subheads(
            lines, index
        )
        byline_next = _is_byline_label(line.text, chrome) and not _newsroom_over_date(
            new, lines, candidates, n, chrome
        )
        if byline_next or summary_next:
            new = [Entry(index, line, "label")]
        elif (
            # (Round 21: or a desk a photo credit may name, "Ufficio stampa", right under
            # the byline: the writer's desk there, no credit)
            (
                new[0].kind in {"label", "name"}
                or (new[0].kind == "caption" and department(line.text))
                # (Round 22: or a by-prefix that is a title too, "مراسلة …", in a
                # script without capitals: the title line under the writer's byline)
                or (new[0].kind == "byline" and _uncased_title_line(line.text))
            )
            and entries
            and entries[-1].kind in {"name", "byline"}
            and entries[-1].byline is not None
            and _role_under_names(line.text, chrome)
        ):
            # "Marta Seixas e Rui Calado" / "Jornalistas", "Por NAME" / "Editor de
            # Agronegócio": a job title or desk alone on the line under the byline.
            new = [Entry(index, line, "role")]
        elif (
            new[0].kind == "name"
            and new[0].byline is not None
            and new[0].byline.rule == GLUED_TITLE_RULE
            and entries
            and entries[-1].kind in {"name", "byline"}
            and entries[-1].byline is not None
        ):
            # "Jane Roe" / "Local Democracy Reporter": under a name, a title whose first
            # words have a name's shape is that name's title, not a second writer.
            new = [Entry(index, line, "role")]
        if new[0].kind in {"prose", "label"}:
            before = lines[candidates[n - 1]] if n else None
            # The lines under it, each read whole: under a hard-wrapped caption its credit
            # comes after the caption's last line ("… in bis zu 1,8 Metern Tiefe." / "Bild:
            # BBG/Name"), not under its first.
            if len(line.text) > len(lines[index].text):
                nxt = [
                    joined[lines[c].number]
                    for c in candidates[n + 1 : n + 8]
                    if lines[c].number in joined
                ]
            else:
                nxt = [lines[c] for c in candidates[n + 1 : n + 3]]
            after = nxt[0] if nxt else None
            below = nxt[1] if len(nxt) > 1 else None
            # A caption wrapped over two lines ends on its last line: its credit block one
            # blank line under that ("… na manhã desta" / "quinta-feira." / "" / "Foto: …").
            last = max(
                (
                    lines[c].number
                    for c in candidates[n + 1 : n + 8]
                    if after is not None and line.number < lines[c].number < after.number
                ),
                default=None,
            )
            if n == 0 and _dek_over_bare_credit(line, after, below, chrome):
                # Round 22 (header22): the dek; the credit under it is the lead photo's
                dek_credit = (after, bare_credit(after.text, chrome) or "")
            elif (
                new[0].kind == "prose"
                and (_is_caption_twin(line, before, after) or _credited_below(line, after, last))
            ) or (after is not None and block_credit(line, after, below) is not None):
                new[0].kind = "caption"
            elif (
                new[0].kind == "prose"
                and len(line.text) <= 300
                and is_explicit_caption(line.text)
            ):
                # "… перед установкой. Фото: пресс-служба КГТУ": a caption with its credit
                # glued on, the lead photo's, not the first paragraph
                new[0].kind = "caption"
        elif (
            new[0].kind in {"name", "label"}
            and n + 1 < len(candidates)
            and not _over_glued_bio(new[0], lines[candidates[n + 1]].text)
            and alt_over_caption(
                line,
                lines[candidates[n + 1]],
                lines[candidates[n + 2]] if n + 2 < len(candidates) else None,
            )
        ):
            new = [Entry(index, line, "caption")]  # an image's alt text over its caption
        if new[0].kind == "undated" and n + 1 < len(candidates):
            # "Уборка картофеля в Брянской области, сентябрь 2026 года" over "Фото: …": a
            # caption naming a month over its credit line, not a date line.
            credit = split_caption(lines[candidates[n + 1]].text)
            if credit is not None and not credit.caption and credit.credit:
                new[0].kind = "caption"
        if entries and entries[-1].kind == "caption" and (
            _credited_below(entries[-1].line, line)
            or block_credit(entries[-1].line, line, _below(lines, candidates, n)) is not None
        ):
            new = [Entry(index, line, "caption")]  # the caption's credit stays with it
        if (
            new[0].kind in {"label", "undated"}
            and entries
            and entries[-1].line.number == line.number - 1
            and _caption_under_placeholder(line, entries[-1].line, chrome)
        ):
            new = [Entry(index, line, "caption")]
        if n == 0 and _office_over_reading_time(lines, index, chrome):
            office = Byline(((line.text.strip(), None),), "byline.reader-view-office")
            new = [Entry(index, line, "byline", byline=office)]
        if (
            new[0].kind == "name"
            and not line.blank_before
            and entries
            and entries[-1].kind == "byline"
            and entries[-1].index == candidates[n - 1]
            and ends_cut(entries[-1].line.text)
        ):
            # "Von A und B, Sportredaktion des" / "Elsbrücker Kreisboten": lynx and w3m wrap
            # a byline inside its affiliation; the line under the cut is its end, no writer
            new = [Entry(index, line, "label")]
        if new[0].kind == "prose":
            # A short line without a sentence end ("From: A and B MP") is a label the
            # rules could not read, not the first paragraph: the header may go on.
            short = (
                len(line.text.split()) <= _LABEL_WORDS
                and not line.text.endswith(SENTENCE_END)
                and line.text[:1] not in "-*•–"  # a summary's bullets are the article's
            )
            prose += 0 if short and prose else 1
            if prose == 2:
                overflow = line
                break
        entries.extend(new)

    # The site's name printed again under the byline ("South Bend Gazette") is the
    # masthead above the headline, not an author.
    first = candidates[0] if candidates else 0
    masthead = {line.text.casefold() for line in lines[max(0, first - 60) : first]}
    for entry in entries:
        if entry.kind == "name" and entry.line.text.casefold() in masthead:
            entry.kind = "label"
    for k in range(1, len(entries)):
        if (
            entries[k].kind == "name"
            and entries[k - 1].byline is not None
            and entries[k - 1].byline.rule == "byline.name-then-office"
        ):
            # "Jan-Ole Behrens Presse- und Öffentlichkeitsarbeit" / "Universität
            # Greifswald": the office's institution under its contact, no second writer
            # (read as a place is: header furniture the header consumes)
            entries[k].kind = "place"
            continue
        if (
            entries[k].kind == "prose"
            and entries[k - 1].kind == "name"
            and _AFFILIATION_IN_PLACE.match(entries[k].line.text)
            and len(entries[k].line.text.split()) <= 12
        ):
            # "Carlos Menezes e Juliana Prado" / "Colaboração para o Portal, em Campina
            # Grande (PB)": the names' affiliation and city, not the dek.
            entries[k].kind = "place"
    publications: set[int] = set()  # the lines of a blog platform's publication name
    for k in range(1, len(entries)):
        if _publication_over_reading_time(entries, k, lines, chrome):
            entries[k].kind = "label"
            publications.add(entries[k].index)
    strong = {"byline", "date", "datemark", "place", "undated"}
    accepted = [e.kind in strong for e in entries]
    # A bare name counts as a byline next to a byline or a date (a role line may sit
    # between), or when the page prints it again further down (the author block).
    # Labels ("Sabadell", "Copy link") between them do not count as distance.
    solid = [k for k, e in enumerate(entries) if e.kind != "label"]
    for _ in range(3):
        for n, k in enumerate(solid):
            entry = entries[k]
            if entry.kind != "name" or accepted[k]:
                continue
            near = [solid[m] for m in (n - 2, n - 1, n + 1, n + 2) if 0 <= m < len(solid)]
            close = any(
                accepted[j]
                and (
                    abs(solid.index(j) - n) == 1
                    or entries[solid[(solid.index(j) + n) // 2]].kind == "role"
                )
                for j in near
            )
            # A name with its job title under it, first thing under the headline ("Jane
            # Roe" / "Games Editor"): the byline block of a page that prints no "By".
            titled = n == 0 and n + 1 < len(solid) and entries[solid[n + 1]].kind == "role"
            # The same with the title after a dash on the name's line ("Jan Kos – dziennikarz
            # działu Kultura"): a title of the data files vouches for the name as a byline.
            titled = titled or (
                n == 0
                and entry.byline is not None
                and len(entry.byline.people) == 1
                and entry.byline.people[0][1] is not None
                and any(mark in entry.line.text for mark in (" - ", " – ", " — "))
            )
            # Under the dek, on a page that dated the story over its headline: the byline.
            dekked = (
                dated_above
                and n == 1
                and entries[solid[0]].kind == "prose"
                and len(entries[solid[0]].line.text.split()) <= _DEK_WORDS
            )
            # Over or under a reading time ("Colm Ritter" / "5–7 minutes"): the byline of a
            # reader view or a blog platform that prints no "By".
            timed = chrome is not None and any(
                0 <= j < len(lines) and chrome.reading_time(lines[j].text)
                for j in (entry.index - 1, entry.index + 1)
            )
            # (Round 22: or over the publication's name over the reading time)
            timed = timed or entry.index + 1 in publications
            # Printed twice on its line, first thing under the headline ("Jane Roe Jane
            # Roe"): an author card's photo, whose alt text is the name, beside the name's
            # link; the card vouches for the name whatever line stands under it (a date
            # in a language without a date reader, "před 2 hodinami").
            carded = n == 0 and _printed_twice(entry.line.text)
            # Round 20 (bios): over a sentence about that person ("Ann Lee" / "Ann Lee is
            # a health reporter covering …"): the writer's card, the byline over its bio.
            bioed = k + 1 < len(entries) and entries[k + 1].index in bios
            # Round 22 (scrapede): first under the headline, or under the dek, a name the
            # line right under it vouches for (an e-mail line, a photo credit) or printed
            # behind a dash ("- Jane Roe"): the byline of a page that prints no date there.
            vouched = (
                n == 0 or (n == 1 and entries[solid[0]].kind == "prose")
            ) and _vouched_name(entry, lines, chrome)
            if (
                close
                or bioed
                or vouched
                or titled
                or dekked
                or timed
                or carded
                or counts[entry.line.text.casefold()] > 1
                or (n == 0 and _listed_name_again(entry, lines, counts))
            ):
                accepted[k] = True
    # The dek under a "Summary:" label ends the header wherever it stands; it vouches for
    # no name next to it ("FULL STORY").
    accepted = [ok or e.kind == "summary" for e, ok in zip(entries, accepted, strict=True)]
    # A page that prints "By" before its writers prints it before each of them: a bare
    # name-shaped line beside such a byline is a kicker, a credit or a teaser ("Tech
    # Industry", "Wikimedia Commons", "Older Article"), not one more author.
    signed = {
        name
        for e in entries
        if e.kind == "byline"
        and e.byline is not None
        # "by" alone on its line over the name ("on" / "March 10, 2015" / "by" / "Name"):
        # the same signed byline, printed by a dump that puts each span on a line
        and e.byline.rule in {"byline.by-prefix", "byline.after-label"}
        for name, _role in e.byline.people
    }
    if signed:
        for k, e in enumerate(entries):
            if e.kind == "name" and e.byline is not None and accepted[k]:
                accepted[k] = all(name in signed for name, _role in e.byline.people)
    if chrome is not None and signed:
        _credits_under_writer(entries, accepted, chrome)
    _unlisted_after_date(entries, accepted, lines)
    _section_after_date(entries, accepted, lines)
    if chrome is not None:
        _publication_under_date(entries, accepted, chrome)
    _department_bylines(entries, accepted)
    for k, entry in enumerate(entries):
        if (
            entry.kind == "role"
            and k
            and accepted[k - 1]
            and entries[k - 1].kind
            in {
                "name",
                "byline",
            }
        ):
            accepted[k] = True
    for k, entry in enumerate(entries):
        if (
            k
            and entry.index in bios
            and accepted[k - 1]
            and _over_glued_bio(entries[k - 1], entry.line.text)
        ):
            accepted[k] = True  # Round 22 (scrapede): the author card's glued bio line

    header = Header()
    header.dek_credit = dek_credit
    if stopped_at_dateline:
        header.last = len(entries) - 1
    for k, is_accepted in enumerate(accepted):
        if is_accepted:
            header.last = max(header.last, k)
    k = header.last + 1
    while k < len(entries) - 1 and entries[k].kind == "label":
        k += 1  # "1 декабря 2026 · Просмотров: 418": a date run together with a counter
    while k < len(entries) - 1 and _credit_only(entries[k]) and entries[k + 1].kind == "prose":
        k += 1  # "Foto: Name / Outlet" alone over the dek: the lead photo, no caption
    photo = k + 1
    while photo < len(entries) - 1 and is_image_placeholder(entries[photo].line.text):
        photo += 1  # "[Bild: Gerichtsgebäude]": lynx prints the image's alt over its caption
    if (
        0 < k < len(entries) - 1
        and any(e.kind != "label" or _digit(e.line.text) for e in entries[:k])
        and not any(e.kind in {"prose", "summary"} for e in entries[:k])
        and not any(
            ok
            and e.kind in {"byline", "name"}
            # "21/02/2026 | Redacción": a newsroom signs like a page that signs no writer
            and not _newsroom(e)
            for e, ok in zip(entries, accepted, strict=True)
        )
        and (
            _dek_over_photo(entries[k], entries[photo])
            or _dek_over_credited_label(entries, k, photo)
        )
    ):
        # Under the date, over the lead photo: the standfirst. A page that signs no writer
        # in its header (a ministry's, a police force's, a university's) prints headline,
        # date, standfirst, photo, then the text; under a byline the same line is more
        # often the first paragraph with a picture after it.
        header.last = k
    elif (
        k == len(entries) - 1
        and overflow is not None
        and (k > 0 or dated_above)
        and all(
            e.kind in {"date", "datemark", "label", "undated"} or _newsroom(e) or _credit_only(e)
            for e in entries[:k]
        )
        and (dated_above or any(e.kind == "date" for e in entries[:k]))
        and _dek_over_lead(entries[k], overflow)
    ):
        # The same page without a photo: headline, date (or the date over the headline),
        # a standfirst of one or two short sentences, then the text's longer paragraphs.
        header.last = k
    elif (
        0 < k < len(entries)
        and all(
            e.kind in {"date", "datemark", "label", "undated"} or _newsroom(e) or _credit_only(e)
            for e in entries[:k]
        )
        and any(e.kind == "date" for e in entries[:k])
        and overflow is not None  # the text goes on under the tools
        and _dek_over_tools(entries[k], lines, wrapped, chrome)
    ):
        # Round 20 (kicker): headline, date row, standfirst, then the page's reading
        # tools ("Taille du texte A- A+ Imprimer Partager") before the text.
        header.last = k
    elif _dek_under_signed_meta_row(entries, k, accepted, overflow, chrome):
        # Round 25 (pq66): "Par Yannick Delorme" / "Publié le 3 mars 2027 – Bulletin du
        # Cercle" / the standfirst / the text: the dek under a signed byline and a date row
        # that names the newsletter or bulletin the item appeared in.
        header.last = k
    elif _dek_under_reading_time(entries, k, accepted, lines, chrome, overflow):
        # A reader view's header: headline, byline, reading time, then the dek when the
        # page has one ("Clémence Aubertin" / "5–6 minutes" / "Une équipe … a suivi …").
        header.last = k
    # The people named so far, each once (a name printed twice, over a photo and as the
    # byline, is one author): a role line belongs to the last one named.
    people: list[str] = []
    last = -1
    sites = _site_names(lines, first)
    for k, entry in enumerate(entries[: header.last + 1]):
        if entry.kind == "summary" or (entry.kind == "prose" and header.subtitle is None):
            header.subtitle = entry.line
            header.subtitle_at = wrapped.get(entry.index, [entry.index])
        elif entry.kind == "name" and accepted[k] and _place_in_date_row(entries, k, accepted):
            continue  # "Villanueva del Campo | 28·11·26 | 19:35": the place, not a writer
        elif entry.kind in {"byline", "name"} and accepted[k] and entry.byline is not None:
            byline = _without_site(entry.byline, sites)
            header.bylines.append((entry.line, byline))
            for name, _role in byline.people:
                if name not in people:
                    people.append(name)
                last = people.index(name)
        elif entry.kind == "role" and accepted[k] and people:
            before = entries[k - 1] if k else None
            above = before.byline if before and before.kind in {"name", "byline"} else None
            several = above is not None and len(above.people) > 1
            if above is not None and several and all(r is None for _, r in above.people):
                # "Lucía Ferrándiz y Mateo Aranguren" / "Redacción de verificación": one
                # title under a line naming several writers, none with a title of its
                # own, is the title of each of them (a page prints it once for the pair).
                for name, _role in above.people:
                    if name in people:
                        header.roles.append((entry.line, people.index(name), entry.line.text))
            elif (run := _named_run(entries, k, accepted)) and _plural_role(
                entry.line.text, chrome
            ):
                # "Joana Ventura" / "Filipe Amaral" / "Jornalistas": a title in the plural
                # under names on lines of their own is each of theirs
                for name in run:
                    if name in people:
                        header.roles.append((entry.line, people.index(name), entry.line.text))
            else:
                header.roles.append((entry.line, last, entry.line.text))
        elif entry.kind == "date" and entry.value is not None:
            header.dates.append((entry.line, entry.date_kind, entry.value, entry.rule))
        elif entry.index in bios:
            if not (k and accepted[k - 1]):
                continue  # no writer named over it: the line stays where it is
            header.bios.append(entry.line)
        elif entry.kind == "caption" and _photographer(entries, k, accepted):
            pass  # "Texto: Sara Cobo" / "Fotos: Pablo Llorente": the article's photographer
        elif entry.kind in {"caption", "prose", "name", "role"}:
            continue  # stays in the body (captions become the lead figures)
        header.consumed.update(wrapped.get(entry.index, [entry.index]))
    return header


# A bare domain line over the headline ("ruidoblanco.es", "www.klangwerk-kultur.de"): the
# label before the top-level domain is the site's name with its spaces taken out.
_DOMAIN_LINE = lazy_pattern(r"^(?:https?://)?(?:www\.)?(?P<label>[\w-]+)\.[a-z]{2,6}/?$")


def _squashed(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _site_names(lines: list[Line], first: int) -> frozenset[str]:
    # The site's names as the lines above the headline print them: a bare domain
    # ("ruidoblanco.es") anywhere there, and the page's first line when it is short (the
    # masthead, "Ruido Blanco"), spaces and hyphens out. Other short lines up there may be
    # a writer's name printed over the headline, so they do not count.
    names: set[str] = set()
    for n, line in enumerate(lines[:first]):
        text = line.text.strip()
        domain = _DOMAIN_LINE.match(text.casefold())
        if domain is not None:
            names.add(_squashed(domain.group("label")))
        elif n == 0 and len(text.split()) <= 4:
            names.add(_squashed(text))
    names.discard("")
    return frozenset(names)


def _without_site(byline: Byline, sites: frozenset[str]) -> Byline:
    # "por Lucía Ferrán, Ruido Blanco" on a page headed "ruidoblanco.es": a name after
    # the first writer that is the site's own name is the outlet the byline closes with,
    # no second writer (round 15, byline.site-affiliation).
    if len(byline.people) < 2 or not sites:
        return byline
    kept = [byline.people[0]] + [p for p in byline.people[1:] if _squashed(p[0]) not in sites]
    return byline if len(kept) == len(byline.people) else Byline(tuple(kept), byline.rule)


def _caption_under_placeholder(line: Line, image: Line, chrome: ChromeCues | None) -> bool:
    # Round 22 (capdek): a short line right under an image placeholder in the header, no
    # blank line between ("[Photo: Tony Penhaligon]" / "Tony at Porthcarrow harbour, summer
    # 2019"): the lead photo's caption with no credit, not a label the header drops with the
    # picture (a page's label under its picture is a widget's: a cue, or one or two words).
    # Guard: the placeholder first (``is_image_placeholder`` on the line above), then 3 to 20
    # words, no chrome cue, no colon (a labelled meta row).
    if not image.text.startswith(("[", "![")) or not is_image_placeholder(image.text):
        return False
    text = line.text
    if not 3 <= len(text.split()) <= 20 or ":" in text or "|" in text:
        return False
    return chrome is None or chrome.kind(text) is None


def _credit_only(entry: Entry) -> bool:
    # Round 21 (bylines): a photo's credit alone on its line in the header ("Foto: Lucía
    # Benedí / Diario del Alto Tajo"): the lead photo with no caption, which a standfirst
    # under it is not (the line under it is the dek, not the photo's caption).
    if entry.kind != "caption":
        return False
    parts = split_caption(entry.line.text)
    return parts is not None and not parts.caption and bool(parts.credit)


def _newsroom(entry: Entry) -> bool:
    # The entry is a newsroom's signature ("Redazione", "Redacción"), no writer's byline:
    # the header around it is read as on a page that signs no writer (a dek under it).
    return entry.byline is not None and entry.byline.rule == "byline.newsroom"


def _digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _dek_over_photo(entry: Entry, below: Entry) -> bool:
    # A prose line of one or two sentences right over a caption, the first of the header
    # after its byline and dates: the dek, set between them and the lead photo.
    if entry.kind != "prose" or below.kind != "caption":
        return False
    parts = split_caption(below.line.text)
    if (parts is not None and parts.caption is None) or bracketed_credit(below.line.text):
        return False  # the prose line's own credit: it is the caption
    if block_credit(entry.line, below.line, None) is not None:
        return False
    text = entry.line.text
    # Sentences are counted where a capital follows the stop ("30 proc. plonów" is one).
    starts = sum(1 for m in _NEXT_SENTENCE.finditer(text) if m.group(1).isupper())
    return len(text.split()) <= _DEK_WORDS and starts <= 2


def _dek_over_tools(
    entry: Entry, lines: list[Line], wrapped: dict[int, list[int]], chrome: ChromeCues | None
) -> bool:
    # Round 20 (kicker): a prose line of one or two sentences (40 words at most) right
    # over the page's reading-tools or share row ("Text size A- A+ Print Share", "Taille du
    # texte A- A+ Imprimer Partager", "Schriftgröße A- A+ Drucken Teilen"): the tools close
    # the header, so the line over them is its standfirst, not the first paragraph.
    if entry.kind != "prose" or chrome is None:
        return False
    last = max(wrapped.get(entry.index, [entry.index]))
    if last + 1 >= len(lines) or chrome.kind(lines[last + 1].text) != "share":
        return False
    text = entry.line.text
    starts = sum(1 for m in _NEXT_SENTENCE.finditer(text) if m.group(1).isupper())
    return len(text.split()) <= _DEK_WORDS and starts <= 2


_NEXT_SENTENCE = lazy_pattern(r"[.!?]\s+(\w)")


def _dek_over_credited_label(entries: list[Entry], k: int, photo: int) -> bool:
    # Round 20: the lead photo printed as a caption without a stop over its credit alone
    # ("Głosowanie nad projektem na posiedzeniu Sejmu" / "Fot. Kancelaria Sejmu / NAME"): the
    # caption reads as a label, the credit as a caption with no caption text. The prose line
    # over that pair, in a block of its own, is the dek as over any lead photo
    # (``_dek_over_photo``'s length test). Guard: a label, then a credit-only caption right
    # under it, no blank line between.
    if photo + 1 >= len(entries) or entries[k].kind != "prose":
        return False
    label, credit = entries[photo], entries[photo + 1]
    if label.kind != "label" or credit.kind != "caption" or credit.line.blank_before:
        return False
    if not label.line.blank_before or not 3 <= len(label.line.text.split()) <= 16:
        return False
    parts = split_caption(credit.line.text)
    if parts is None or parts.caption is not None or parts.credit is None:
        return False
    text = entries[k].line.text
    starts = sum(1 for m in _NEXT_SENTENCE.finditer(text) if m.group(1).isupper())
    return len(text.split()) <= _DEK_WORDS and starts <= 2

_LEAD_RATIO = 1.4
"""How much longer than the standfirst the paragraph under it is at least."""


def _office_over_reading_time(lines: list[Line], index: int, chrome: ChromeCues | None) -> bool:
    # The language's press-office words alone on the line under the headline and over a
    # reading-time line ("المكتب الإعلامي" / "٢–٣ دقائق"): a reader view prints the page's
    # byline there, and the office signs the notice. Elsewhere the office's words alone are
    # a section label or a photo's credit.
    if chrome is None or not chrome.press_offices or index + 1 >= len(lines):
        return False
    key = lines[index].text.casefold().strip(" *_")
    return key in chrome.press_offices and chrome.reading_time(lines[index + 1].text)


def _dek_under_reading_time(
    entries: list[Entry],
    k: int,
    accepted: list[bool],
    lines: list[Line],
    chrome: ChromeCues | None,
    overflow: Line | None,
) -> bool:
    # The first prose line right under a reading-time line that stands right under the
    # accepted byline ("Clémence Aubertin" / "5–6 minutes"), or right under the headline
    # when the page signs no writer: a browser's reader view prints
    # host, headline, byline and reading time, then the page's article — its dek first when
    # it has one. Only a dek-shaped line (:func:`_dek_over_lead`: one or two short sentences
    # over a clearly longer paragraph, no dateline) is taken; a page without a dek opens with
    # its first paragraph there ("Barbastro, 14 de noviembre de 2026. El Juzgado …").
    if chrome is None or overflow is None or not 0 <= k < len(entries):
        return False
    entry = entries[k]
    timed = entry.index - 1
    if entry.kind != "prose" or timed < 1 or not chrome.reading_time(lines[timed].text):
        return False
    if k:
        j = k - 1
        while j > 0 and entries[j].kind == "date" and entries[j - 1].index == entries[j].index:
            # Round 21 (bylines): "Posted on 3 March 2026 by Jane Roe, Head of Programmes"
            # is one line read as a byline and a date; the byline is the line's entry too
            j -= 1
        above = entries[j]
        if not accepted[j] or above.kind not in {"name", "byline"}:
            return False
        if above.index != timed - 1:
            return False
    if any(e.kind in {"prose", "summary"} for e in entries[:k]):
        return False
    if is_dateline_start(entry.line.text):
        return False
    if _dek_over_lead(entry, overflow):
        return True
    # Round 21 (bylines): or the lead photo under it, its caption carrying its credit
    # ("Posted on … by Jane Roe" / "6 min read" / the dek / "![…](…)" / "A hand pump at
    # Tombeli. Photo: …"): a dek over the photo is as long as the paragraph under that
    photo = k + 1
    while photo < len(entries) - 1 and is_image_placeholder(entries[photo].line.text):
        photo += 1
    return photo < len(entries) and _dek_over_photo(entry, entries[photo])


def _dek_under_signed_meta_row(
    entries: list[Entry],
    k: int,
    accepted: list[bool],
    overflow: Line | None,
    chrome: ChromeCues | None,
) -> bool:
    # Round 25 (pq66): headline, a "By" byline, a date row whose other cell is the name of
    # the newsletter or bulletin the item appeared in ("Publié le 3 mars 2027 – Bulletin du
    # Cercle de l'aviron", "Published 3 May 2027 · Newsletter of the Rowing Club"), then a
    # one- or two-sentence standfirst over the text: the dek, as under a date alone
    # (``_dek_over_lead``). A signed byline usually stands over the first paragraph (a news
    # page's "By … / May 5 | 3 min read / lead"), so the row must be the line right over the
    # prose, hold a date and a label cell that is a publication's name
    # (``publication_cell``), and everything above it be header furniture or an accepted
    # "By" byline; the prose must open with no dateline and pass the dek-over-lead test.
    if chrome is None or overflow is None or not 0 < k < len(entries):
        return False
    if entries[k].kind != "prose":
        return False
    row = entries[k - 1].index
    cells = [e for e in entries[:k] if e.index == row]
    if not any(e.kind == "date" for e in cells) or not any(e.kind == "label" for e in cells):
        return False
    signed = False
    for e, ok in zip(entries[:k], accepted, strict=False):
        if e.kind == "byline" and ok and e.byline is not None:
            if e.byline.rule != "byline.by-prefix" or e.index == row:
                return False
            signed = True
        elif e.kind not in {"date", "datemark", "label"}:
            return False
    if not signed or is_dateline_start(entries[k].line.text):
        return False
    return _dek_over_lead(entries[k], overflow) and publication_cell(
        entries[k - 1].line.text, chrome.lang
    )


def _dek_over_lead(entry: Entry, below: Line) -> bool:
    # A standfirst over the text with no photo between: one or two sentences (6 to 35
    # words) on a line of its own, and under it a paragraph clearly longer that ends its
    # sentence (a ministry's or a town hall's release: "Bei der Sanierung sind Schäden …
    # aufgetaucht. Schulen und Vereine weichen … aus." over the story).
    if entry.kind != "prose":
        return False
    text = entry.line.text
    words = len(text.split())
    if not 6 <= words <= 35 or not text.endswith((".", "!", "?", "…")):
        return False
    starts = sum(1 for m in _NEXT_SENTENCE.finditer(text) if m.group(1).isupper())
    if starts > 1 or text[:1] in "-*•–—„“\"«»‚‘'":
        return False
    return (
        len(below.text) >= _LEAD_RATIO * len(text)
        and len(below.text) >= 150
        and below.text.endswith((".", "!", "?", "…", "“", "”", '"', "»", "«"))
    )


_AFFILIATION_IN_PLACE = lazy_pattern(
    r"^[^\W\d_][^.!?;:]{2,80}, (?:em|no|na|en|in|à|au|a|w|we|в|во|у) "
    r"[^\W\d_][\w'’\- ]{1,40}(?: \([A-Z]{2}\))?$"
)
"""A newsroom and a city under the byline: "Colaboração para o Portal, em Campina Grande
(PB)", "Special to the Ledger, in Madrid", "Envoyée spéciale, à Kiev"."""


def _photographer(entries: list[Entry], k: int, accepted: list[bool]) -> bool:
    # A credit with no caption right under or over the byline credits the article's
    # pictures ("Fotos: Pablo Llorente", "Photographs: Ewan Latto"): header furniture, no
    # figure of its own.
    parts = split_caption(entries[k].line.text)
    if parts is None or parts.caption is not None or not parts.credit:
        return False
    if k and entries[k - 1].kind == "caption" and _uncredited(entries[k - 1].line.text):
        # "Das leerstehende Molkereigebäude … werden." / "Foto: Name" / "Von NAME": a
        # select-all copy prints the lead photo's caption and its credit over the byline;
        # the credit is that caption's, not the article's photographer.
        return False
    return any(
        0 <= j < len(entries) and entries[j].kind == "byline" and accepted[j]
        for j in (k - 1, k + 1)
    )


def _uncredited(text: str) -> bool:
    # A caption line that carries no credit of its own (the line under it may).
    parts = split_caption(text)
    return parts is None or (parts.caption is not None and not parts.credit)


# the name particles, and the words that join a title to its field ("Editor for Sport")
_ROLE_PARTICLES = _PARTICLES | frozenset(["des", "du", "für", "of", "for", "at"])


def _uncased_title_line(text: str) -> bool:
    # A line in a script with letters but no capitals and with spaces between words
    # (Arabic, Hebrew, Persian; not Chinese or Japanese, where a title runs into the name).
    first = text[:1]
    return first.isalpha() and not first.isupper() and not first.islower() and not has_han(first)


def _role_under_names(text: str, chrome: ChromeCues | None) -> bool:
    # A job title or desk alone on a line: its first word a role word of the language,
    # singular or plural ("Jornalistas", "Editor de Agronegócio"), or a newsroom word
    # ("Redacción de verificación"), then at most a few words after a particle; a
    # capitalised second word would make it a title before a name ("Editor Maria Silva").
    if chrome is None or text[:1].islower() or len(text) > 60 or text.endswith(SENTENCE_END):
        return False
    words = text.split()
    if len(words) > 5 or any(ch.isdigit() for ch in text):
        return False
    from .headerline import _role_words  # only a line under a byline pays

    roles = _role_words(chrome.lang)
    if not text[:1].isupper():
        # Round 22 (crosslang): a script without capitals (Arabic, Hebrew, Persian) has
        # no capitalised second word to tell a title before a name; there the title's
        # head noun opens the line and its field follows ("مراسلة الشؤون الزراعية",
        # "correspondent for farming affairs"), under a byline that already named her.
        return len(words) > 1 and words[0].casefold() in roles and _uncased_title_line(text)
    if len(words) > 1 and words[1].casefold() not in _ROLE_PARTICLES:
        # Round 21 (bylines): "Senior Reporter" (a title's head noun last, two or three
        # words), a title the data files hold whole ("Freie Mitarbeiterin"), or a desk
        # ("Ufficio stampa", "Press Office") under the name: the writer's role, not a
        # second writer read by a name's shape
        phrase = " ".join(words).casefold()
        return (
            (len(words) <= 3 and words[-1].casefold() in roles)
            or phrase in cues(chrome.lang).role_words
            or department(text)
        )
    first = words[0].casefold().strip(",")
    return (
        first in roles
        or (first.endswith("s") and first[:-1] in roles)
        or (first.endswith("es") and first[:-2] in roles)
        or first in chrome.newsrooms
    )


def _named_run(entries: list[Entry], k: int, accepted: list[bool]) -> list[str]:
    # The writers named on the lines right above entry ``k``, one per line, none with a
    # role, when there are two or more of them; else nothing.
    run: list[str] = []
    j = k - 1
    while j >= 0 and accepted[j] and entries[j].kind in {"name", "byline"}:
        byline = entries[j].byline
        if byline is None or len(byline.people) != 1 or byline.people[0][1] is not None:
            return []
        run.insert(0, byline.people[0][0])
        j -= 1
    return run if len(run) > 1 else []


def _plural_role(text: str, chrome: ChromeCues | None) -> bool:
    # A title in the plural ("Jornalistas", "Redactores", "Staff Writers"): a role word of
    # the language with an "s" ending its first or last word.
    if chrome is None:
        return False
    from .headerline import _role_words  # only a role line under two names pays

    roles = _role_words(chrome.lang)
    words = [w.casefold().strip(",") for w in text.split()]
    return any(
        w.endswith("s") and (w[:-1] in roles or (w.endswith("es") and w[:-2] in roles))
        for w in {words[0], words[-1]}
    )
