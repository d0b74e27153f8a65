"""Finding the article in a page: a small Viterbi decoder over the zones of an article page.

A news page read as text is, top to bottom: page chrome (menus, breadcrumbs,
the site's name, kickers), the headline, the header zone (dek, byline, dates,
lead photo), the body (prose with headings, figures and lists), a tail (credit
line, tags, author box, rights) and chrome again (related stories, comments,
footers, cookie notices). Every line gets a score for each zone from its
features (:mod:`.features`), and the decoder finds the one zone sequence
``PRE* TITLE HEAD* BODY* TAIL* POST*`` with the highest total — the grammar of
the page, rather than a first-match rule per line. Lines decoded as ``PRE`` or
``POST`` are page chrome and are dropped, each with the reason its features
give (shown by ``syndicate inspect``).
"""

from __future__ import annotations

from itertools import pairwise

from ... import _functools as functools
from ..._typing import NamedTuple
from ..language.cues import merged_words
from .captions import is_credit, known_agency, split_caption
from .cuewords import WIDGET_CUES, ChromeCues, fold
from .dates import (
    headline_leading_date,
    is_date_span,
    is_dateline_start,
    is_empty_date_label,
    opens_with_date_label,
    parse_date,
    parse_date_line,
)
from .features import _SCORE_LINE, LineFeatures, chapter_list_lines, fact_row, prose_scores
from .interstitials import PROMO_CUES, interstitials, line_numbers, resumed_prose
from .lazyre import lazy_pattern
from .lines import Line, figure_item, opens_with_label
from .markup import is_image_placeholder
from .names import is_name, is_role_line, is_signature
from .noise import CONTACT_DETAIL, hashtag_row
from .textnodes import name_column

__all__ = [
    "Region",
    "chrome_like",
    "chrome_reason",
    "dump_markup",
    "find_region",
    "label_over_value",
    "label_table_pair",
    "same_entry_lead",
    "untitled_zones",
    "wrapped_headline_block",
]

PRE, TITLE, HEAD, BODY, TAIL, POST = range(6)
GAP, RESUMED, MARKED, BETWEEN, PASSED = 6, 7, 8, 9, 10
"""GAP: a stretch inside the body that is not prose (a code listing, a chart's labels, a run
of empty bullets or share buttons) with the article going on below it; RESUMED: the body
after a gap, which ends at the first marker of the article's end ("Related", "Comments");
MARKED: a marker line the body crosses ("Related: …" set inside the story); PASSED: the
body after it, which no gap interrupts. The body gets past a comments label ("Comments",
which ends it) only after a marker: without one it went on into a blog's "Comments" box
and the sidebar under it. All given back as BODY.
BETWEEN: page chrome between the article's header and its first paragraph (a sidebar of
links, a newsletter box, a gallery's widgets): the headline with its byline stays the
headline even when the page prints a column of chrome before the story. Given back as
POST (dropped)."""
ZONES = ("chrome", "title", "header", "body", "tail", "chrome")
# Allowed moves: each zone may repeat (except TITLE) or move on to a later one; the body
# may pass through a gap and go on.
_NEXT = {
    PRE: (PRE, TITLE),
    TITLE: (HEAD, BODY, TAIL, POST, MARKED, BETWEEN),
    HEAD: (HEAD, BODY, TAIL, POST, MARKED, BETWEEN),
    BODY: (BODY, TAIL, POST, GAP, MARKED),
    TAIL: (TAIL, POST),
    POST: (POST,),
    GAP: (GAP, RESUMED),
    RESUMED: (RESUMED, GAP, TAIL, POST),
    MARKED: (MARKED, PASSED, TAIL, POST),
    BETWEEN: (BETWEEN, BODY),
    PASSED: (PASSED, TAIL, POST),
}
_STATES = 11
_BETWEEN_ENTRY = -1.5
"""What setting chrome between the header and the article costs: more than a line or two
of widgets would cost the body, so only a run of chrome is taken out this way."""
_BETWEEN_LINE = -0.5
"""A line between the header and the article that is neither prose nor plain chrome (a
caption, a teaser's headline): the lead photo's caption must not be lost this way."""
_GAP_ENTRY = -2.5
"""What opening a gap costs: more than a lone heading or widget costs the body, so a gap is
only taken over a run of lines the body score would not carry."""
_GAP_SHORT = -0.15
"""A gap line of a few words or of code: what a listing, a chart or a row of buttons prints."""
_GAP_LINE = -0.6
"""Any other gap line (a teaser's headline, a caption): the article must pay for it."""
_END_IN_PROSE = 3.0
"""What ending the text in page chrome costs when it stops mid-sentence: a page's chrome
ends in a footer, so a text cut off inside a paragraph is cut inside the article (a copy
cut short under a mid-article "Read also" box) unless more than that says otherwise."""
_OVER_TAGLINE = 4.0
"""The headline score of the line right over a wiki's tagline (``tagline`` cue)."""
_HEADER_SPAN = 12
"""Lines after the headline that can still be header furniture."""
_BYLINE_START = lazy_pattern(
    r"(?i)^(?:by|von|par|por|di|door|przez|автор|от|بقلم|written by|posted (?:on|by)|"
    r"published|updated|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|"
    r"publicado|aggiornato|pubblicato|bijgewerkt|gepubliceerd|opublikowano|"
    r"обновлено|опубликовано|оновлено|опубліковано)\b"
)
_CRUMBS = (" » ", " > ", " >> ", " › ", " / ", " | ", " · ", " → ", "＞")
"""Separators of a breadcrumb or section path ("Home > News", "Opinion | Letters")."""
_MOVES = tuple(
    tuple(
        (
            zone,
            _GAP_ENTRY if zone == GAP and prev != GAP
            else _BETWEEN_ENTRY if zone == BETWEEN and prev != BETWEEN
            else 0.0,
        )
        for zone in _NEXT[prev]
    )
    for prev in range(_STATES)
)
"""The moves out of each zone, with what entering a gap or the between zone costs: the
decoder's inner loop reads them, not the rules above (a tenth of a parse)."""


def _breadcrumb_trail(text: str) -> bool:
    # A trail of three steps or more ("Home / Notizie / Carità", "Start › News › Lokal").
    return (
        len(text.split()) <= 10
        and not text.endswith((".", "!", "?"))
        and sum(text.count(sep) for sep in _CRUMBS) >= 2
    )


def section_path(text: str) -> bool:
    """A short section path over a headline: "Opinion | Letters", "News › Local"."""
    return len(text.split()) <= 6 and any(sep in text for sep in _CRUMBS)


def _crumb_separated(text: str) -> bool:
    # A breadcrumb's separator stands in ``text``; a closing guillemet after its opening
    # one is a quotation's end, not a separator ("« Les Heures basses » : Mathilde …", a
    # French headline quoting a book's title), and so is "›" after "‹".
    for sep in _CRUMBS:
        at = text.find(sep)
        if at < 0:
            continue
        if (sep == " » " and "«" in text[:at]) or (sep == " › " and "‹" in text[:at]):
            continue
        return True
    return False


_NOT_A_HEADLINE = ("│", "┃", "¶", "[edit]", "](", "|---", "---|")
"""Marks a dump prints in table rows, anchored document headings and links."""
_FORM_MARKUP = lazy_pattern(
    r"_{4}|\(BUTTON\)|\[BUTTON|^IFRAME:|\[ \]|^#[^\s#]|^\[[^\]\s\d][^\]\s]*\]"
    r"|^\S+\.(?:jpe?g|png|gif|webp|svg)\b|^[^\W\d_]+(?:-[^\W\d_]+){2,}$"
)
"""What lynx and w3m print for a page's forms, frames, link relations and images: text
fields ("____"), buttons ("(BUTTON)", "[ ]"), "IFRAME: url", "#alternate" and an image's
file name in brackets ("[lead.jpg]", "[p]"), bare ("prince.jpg Foster Books") or as its
slug ("Taylor-Swift-lead"). A line carrying them is page furniture."""
_FAR_BYLINE = 0.75
"""A byline under the line, but two lines of text or more below it."""
_WIDGET_LEAD = lazy_pattern(r"^(?:[*•·▪□■◦○+]|\d{1,2}\.)\s")
"""A list bullet or a check box as a dump prints it before a menu or widget item."""
_ECHO_HIGH = 0.5
_ECHO_BONUS = 1.0
_ECHO_NONE_COST = 1.0
_ECHO_TITLE_CASE = 0.75
_GLUED_CREDIT = lazy_pattern(r"[a-z]{2}\.[A-Z][a-z]+\S*$")
"""A caption's last word glued to its credit by the dump ("picture.Facebook")."""
_GLUED_ACRONYM = lazy_pattern(r"[^\W\d_]{2}\. [A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,8}$")
"""A caption whose agency's acronym a dump glued after its full stop ("… durante la
evacuación. GREIM", "… on Tuesday. EPA"): no headline ends with a sentence and a code."""

_DEFINED_TERMS = lazy_pattern(
    r"(?:^|\s)\((?:\s*(?:\w{1,3}\s+)*[\"“«„][^\"”»“]{1,40}[\"”»“]\s*,?)+\s*\)$"
)
"""A company announcement's line of defined terms under the issuer's name ("("Stoneleigh"
or the "Company")", "(the "Group")"): quoted terms in brackets joined by short words, alone
or at the end of the issuer's name when a copy joined the two lines."""


def defined_terms(text: str) -> bool:
    """The line ends with a company announcement's defined terms ("("Stoneleigh" or the
    "Company")"), alone or after the issuer's name."""
    return len(text) <= 160 and _DEFINED_TERMS.search(text) is not None


_UNDER_DEFINED_TERMS = 8.0
"""Headline score of the line right under a line of defined terms: the announcement's title
(often two words, "Trading Update", which no other line of the header outscores)."""
_ADDRESS = lazy_pattern(r"\S@\w+\.\w|https?://|\bwww\.")
"""An e-mail or web address."""
_PROMPT_WORDS = 4
_PROMPT_COST = 2.0
_UNTITLED_BODY_BONUS = 1.0
"""Without a headline to anchor it, the article's run is given the benefit of the doubt:
a body paragraph lost costs as much as a chrome line kept."""
_PARAGRAPH_CHARS = 250
"""A line this long ending a sentence is a paragraph, longer than any dek: a signature
under it is no headline's byline."""
_UNTITLED_KEEP = 3.5
"""Prose score over which a line outside the article's run is kept all the same."""
_PRE_PROSE_COST = 1.0
_PRE_PROSE_FLOOR = 1.5
"""Over this prose score a line above the headline counts as article prose lost."""
_PRE_PROSE_CHARS = 120
_LINK_LINE = 0.8
"""Share of a line's characters in link markup that makes it a link line."""
_LINK_LINE_WORDS = 25
_PHRASE_MARKS = ("(", ":", "?", "!", "'", "’", '"', "“", "”")
_BOUNDARY_CUES = frozenset(
    ["related", "noise.page-chrome", "noise.sign-up", "comments", "sign-up", "imprint"]
)
_INTERSTITIAL_CUES = WIDGET_CUES | {"noise.share", "noise.embed"}
"""Widgets a page sets between the article's own paragraphs (an ad label, a share row, a
gallery counter): dropped where they stand, they are weak evidence that the article ended."""
_INTERSTITIAL_COST = -0.6
_EMBED_RUN_COST = -0.05
"""Round 25 (embeds): an embedded post's rows after its first (handle, text, counters,
"A post shared by …"): one block of the page, as costly as one widget line in all."""


def embed_runs(feats: list[LineFeatures]) -> frozenset[int]:
    """The lines of an embed's run of ``noise.embed`` rows that cost the body little
    (:func:`.embeds.embed_runs`); the rule's module is loaded only for a page with one."""
    if "noise.embed" not in [f.cue for f in feats]:
        return frozenset()
    from .embeds import embed_runs as runs

    return runs(feats)


_STAMP_COST = -0.2
_ENTRY_HEAD = -0.5
"""On a live page an entry's stamp costs the header more than the body: the first entry
of a ticker opens the body, it does not close the header."""
_LIVE_STAMPS = 3
"""Stamps that make a page live (one or two clock times may be the header's own)."""


def _under_entry_stamp(k: int, feats: list[LineFeatures]) -> bool:
    # Line ``k`` is one of the two lines under a stamp, and another stamp is near: the
    # entries of a live blog, or its "Key events" list of entry headlines.
    above = [j for j in (k - 1, k - 2) if j >= 0 and feats[j].stamp]
    if not above or feats[k].stamp or (above[0] == k - 2 and feats[k - 1].words > 6):
        return False
    near = range(max(0, k - 12), min(len(feats), k + 12))
    return any(feats[j].stamp for j in near if j != above[0])


def _entry_furniture(k: int, lines: list[Line], feats: list[LineFeatures]) -> bool:
    # An entry's stamp, or one of the two short lines under it (byline, headline).
    for j in range(k, max(-1, k - 3), -1):
        if feats[j].stamp:
            return True
        g = feats[j]
        if g.cue is not None or g.ends_sentence or g.words > 12 or g.words == 0:
            return False
    return False


_ITEM_HEADING = lazy_pattern(r"^(?:#{1,6}\s+)?(\d{1,2})\\?[.)]\s+\S")
_ITEM_WORDS = 12


def numbered_items(lines: list[Line], feats: list[LineFeatures]) -> set[int]:
    """The item headings of a numbered roundup or listicle ("1. Fjellmark Storm Shell",
    "## 2\\. Kessler Home Bar"): short lines numbered 1, 2, 3… in order, three or more,
    each set apart from the next by the item's own prose. A list prints its items one
    under the other; a roundup prints an item's text (and its widgets) under each number,
    so the numbers are the article's subheads, not where it ends."""
    found: list[tuple[int, int]] = []
    for k, line in enumerate(lines):
        f = feats[k]
        if f.words > _ITEM_WORDS or f.ends_sentence or f.link_ratio >= 0.2:
            continue
        match = _ITEM_HEADING.match(line.text)
        if match is not None:
            found.append((k, int(match.group(1))))
    items: set[int] = set()
    run: list[int] = []
    for (k, number), nxt in zip(found, [*found[1:], None], strict=False):
        if not run and number != 1:
            continue
        run.append(k)
        prose_between = nxt is not None and any(
            feats[j].ends_sentence and feats[j].chars >= 80 for j in range(k + 1, nxt[0])
        )
        if nxt is None or nxt[1] != number + 1 or not prose_between:
            if len(run) >= 3:
                items.update(run)
            run = []
    return items


_SANDWICH_LINES = 3
_SANDWICH_PROSE = 4.0
_SANDWICH_COST = -1.0


def between_paragraphs(
    prose: list[float],
    feats: list[LineFeatures],
    items: set[int],
    skip: set[int] | frozenset[int] = frozenset(),
) -> set[int]:
    """Short lines of the article's own between two of its paragraphs.

    An article's body carries short lines between its paragraphs (labels, "Pros: …", a
    product's award, a subhead over a widget); where the article ends, a page prints a
    run of them (topic links, a "More" header, teaser titles) before anything long again.
    So up to three short lines, not counting widget lines (cues: ads, share rows, shop
    buttons) and numbered item headings, between two full paragraphs (long, stop-word-rich,
    ending a sentence) cost the body little. Cue lines keep their own cost.
    """
    strong = [k for k, score in enumerate(prose) if score >= _SANDWICH_PROSE]
    out: set[int] = set()
    for a, b in pairwise(strong):
        gap = [k for k in range(a + 1, b) if feats[k].cue is None and k not in items]
        if 0 < len(gap) <= _SANDWICH_LINES:
            out.update(gap)
    # A list closed by a shorter paragraph (the article's last, "Everyone at the club
    # would like to welcome …") is the article's too, when a full paragraph opens it.
    fair = [k for k, score in enumerate(prose) if score >= _LIST_CLOSE_PROSE]
    for a, b in pairwise(fair):
        if prose[a] < _SANDWICH_PROSE or b - a <= 1:
            continue
        gap = [k for k in range(a + 1, b) if feats[k].cue is None and k not in items]
        if len(gap) + sum(1 for k in skip if a < k < b) == b - a - 1 and _prose_list(gap, feats):
            out.update(gap)
    return out


_LIST_ITEMS = 12
_LIST_CLOSE_PROSE = 2.0


def _prose_list(gap: list[int], feats: list[LineFeatures]) -> bool:
    # A bulleted list of the article's own between two paragraphs, maybe under a subhead
    # ("At a glance" / "* Born in Cardiff, spent six years …"): the items are phrases with
    # stop words and no links, where a menu's or a teaser list's are names and links. Up to
    # three other short lines (the subhead, an item's wrapped end) come with it.
    bullets = [k for k in gap if feats[k].bullet]
    if len(bullets) < 2 or len(gap) > _LIST_ITEMS or len(gap) - len(bullets) > _SANDWICH_LINES:
        return False
    return all(
        feats[k].link_ratio < 0.2 and feats[k].words >= 4 and feats[k].stop_ratio > 0
        for k in bullets
    )


def signatures(lines: list[Line], prose: list[float]) -> set[int]:
    """Signature lines ("Janet Okonkwo, Little Harrow") right under a paragraph, when the
    page prints two or more: a letters page or a readers' forum signs every text, the
    last one included, where a lone short line after the article would be chrome."""
    found = {
        k
        for k in range(1, len(lines))
        if prose[k - 1] >= _SIGNED_PROSE
        and (prose[k - 1] >= _SANDWICH_PROSE or lines[k - 1].text.endswith(_LETTER_END))
        and is_signature(lines[k].text)
    }
    return found if len(found) >= 2 else set()


def _last_letter_signed(prose: list[float], signed: set[int]) -> list[float]:
    # ``prose`` with the page's last signature scored as a line of the body: between
    # letters a signature is sandwiched (``inside``), but the last one has only the page's
    # chrome under it ("* * *", "Send us your letters …"), and its short line would end the
    # article one line early.
    if not signed:
        return prose
    last = max(signed)
    if prose[last] >= _LAST_SIGNATURE_PROSE:
        return prose
    prose = list(prose)
    prose[last] = _LAST_SIGNATURE_PROSE
    return prose


_LAST_SIGNATURE_PROSE = 0.5
_SIGNED_PROSE = 2.0
"""A letter may close on a short paragraph ("Chcę im bardzo podziękować. Takich sąsiadów
życzę każdemu."): a sentence this prose-like over a signature signs a letter too, where
the page signs another."""
_LETTER_END = (".", "!", "?", "…", '"', "»", "”", ")")


_QUANTITY_LEAD = lazy_pattern(r"^(?:\d+(?:[.,/]\d+)?|[½⅓⅔¼¾⅛⅕⅙])(?:[\s\-–]|[a-zA-Z]{1,3}\b)")
_QUANTITY_RUN = 3
_QUANTITY_WORDS = 10
_LIST_COST = -0.8
_SECTION_BONUS = 0.5
_REVIEW_ITEM = 0.1


def unmarked_lists(lines: list[Line], feats: list[LineFeatures]) -> set[int]:
    """Runs of three or more short lines that each open with a quantity ("150 g rolled
    oats", "½ tsp salt", "2 eggs") or end in a figure after a dash ("Name (Party) — 21,7%"):
    a list the page printed without bullets (a recipe's ingredients, a kit list, election
    or sports results), part of the article, not a menu."""
    out: set[int] = set()
    run: list[int] = []
    for k, line in enumerate([*lines, None]):
        if (
            line is not None
            and feats[k].cue is None
            and feats[k].words <= _QUANTITY_WORDS
            and not feats[k].datelike
            and (
                _QUANTITY_LEAD.match(line.text)
                or figure_item(line.text)
                # Round 25 (tailnotes): a match result whose ticker cue the results-run
                # rule took back ("Millbeck Rovers 2-1 Kirkhope Town")
                or (feats[k].numeric > 0 and _SCORE_LINE.match(line.text))
            )
        ):
            run.append(k)
            continue
        if len(run) >= _QUANTITY_RUN:
            out.update(run)
        run = []
    return out


def recipe_sections(
    lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues | None
) -> set[int]:
    """A recipe card's section heads ("Ingredients", "Method", "Zutaten", "做法"), each a
    whole line of the page language's ``recipe_sections``: the recipe goes on under them."""
    if chrome is None or not chrome.recipe_sections:
        return set()
    heads = chrome.recipe_sections | chrome.review_lists
    return {
        k
        for k, line in enumerate(lines)
        if feats[k].words <= 4 and line.text.casefold().strip(" :") in heads
    }


_REVIEW_ITEMS = 8
_LIST_LABEL_WORDS = 4
"""Words of a chapter list's label at most ("In this episode", "Kapitel")."""
_REVIEW_ITEM_WORDS = 10


def review_list_items(
    lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues | None
) -> set[int]:
    """The short lines under a review's "Pros" / "Cons" / "What we liked" label (a list
    whose bullets a copy lost), up to eight: the review's own verdict, not a menu. So is
    an episode's or video's chapter list ("00:00 Intro" / "02:15 …"): the page's own table
    of the recording, whose short title-case items otherwise read as a menu, and the show
    notes under it as teasers after the article."""
    out: set[int] = set(chapter_list_lines(lines))
    for k in sorted(out):
        above = feats[k - 1] if k and k - 1 not in out else None
        if above and above.cue is None and above.words <= _LIST_LABEL_WORDS and (
            not above.ends_sentence
        ):
            out.add(k - 1)  # the list's label ("Chapters", "Kapitel", "Capítulos")
    if chrome is None or not chrome.review_lists:
        return out
    for k, line in enumerate(lines):
        if fold(line.text).strip(" :") not in chrome.review_lists:
            continue
        for j in range(k + 1, min(len(lines), k + 1 + _REVIEW_ITEMS)):
            g = feats[j]
            key = lines[j].text.casefold().strip(" :")
            if key in chrome.review_lists:
                break  # the next label ("Cons" after the pros)
            if g.cue is not None or g.words > _REVIEW_ITEM_WORDS or g.link_ratio >= 0.2:
                break
            if _box_title(j, lines):
                break  # "Fiche technique" over "Moteur : …": the next box's title, no item
            out.add(j)
    return out


def _box_title(k: int, lines: list[Line]) -> bool:
    # A line that is no "Label: value" row itself over two that are ("Fiche técnica" /
    # "Motor: …" / "Potencia: …", "Specs" / "Weight: …"): the title of a facts box. The
    # items of a list printed without bullets end there: a review's "Cons" go on up to
    # eight short lines, and the spec sheet under them opens with its title.
    return (
        k + 2 < len(lines)
        and not fact_row(lines[k].text)
        and fact_row(lines[k + 1].text)
        and fact_row(lines[k + 2].text)
    )


class Region(NamedTuple):
    """The decoded zone of every line, the headline's index and what was dropped, and why."""

    zones: list[int]
    title: int | None
    dropped: list[tuple[int, int, str]]
    """Runs of dropped lines: (first line number, last line number, reason)."""
    is_dump: bool
    """True when the text carried page chrome around the article (a whole-page dump)."""
    cut_tail: bool
    """True when the lines after the article are chrome to drop (a dump, or a tail of
    related links, widgets and footers even on a page of article text)."""
    headline_score: float
    """The decoded headline's own score (its features and what follows it)."""
    interstitial: frozenset[int] = frozenset()
    """Line numbers of the chrome set between two of the article's paragraphs (a "Read
    also" line, a newsletter box): the reader drops them (:mod:`.interstitials`)."""
    box_titles: frozenset[int] = frozenset()
    """Line numbers of the titles of the boxes that close the article ("En pratique" over
    its address and telephone, "Infos pratiques" between two rules): subheads, whatever
    short lines stand under them."""

    def better_title(self, first: int, lines: list[Line], feats: list[LineFeatures]) -> bool:
        """True when the decoded headline should replace the first line that is not chrome.

        Only when every line above it reads as chrome (no prose) and it scores
        higher as a headline than that first line does.
        """
        if self.title is None or self.title <= first or self.headline_score < 1.5:
            return False
        text = lines[self.title].text
        if (
            text.endswith((".", ",", "-", ";", "。", "，", "；"))
            and not (text.endswith(".") and _dek_below(self.title, feats) and len(text) <= 160)
            and not (self.is_dump and _ends_in_abbreviation(text))
            and not feats[self.title].h1  # the page's one <h1>, whatever it ends with
        ):
            return False  # a sentence: the first paragraph of a page whose headline is short
        after = lines[self.title + 1] if self.title + 1 < len(lines) else None
        if (
            after is not None
            and not after.blank_before
            and after.text[:1].islower()
            and not feats[self.title + 1].byline
            and not wrapped_headline_block(lines, self.title)
        ):
            return False  # a hard-wrapped paragraph goes on below it
        if self.is_dump:
            return True  # the decoder placed it between the page's chrome and the article
        margin = self.headline_score - _headline_score(first, lines, feats)
        start = first
        for k in range(self.title - 1, first - 1, -1):
            if _breadcrumb_trail(lines[k].text):
                start = k  # what stands over a breadcrumb trail is the page's masthead
                break
        # The headline the byline or date hangs off, far better scored than the short
        # line over it ("Audio Review Hub" / a rating / "Velo Arc 2 review" / "By …"):
        # that line is the site's name or a label even when the headline is no longer
        # (round 15, headline).
        hung = margin >= _HUNG_MARGIN and _over_byline(self.title, feats)
        for k in range(start, self.title):
            kicker = self.is_dump or (
                self.headline_score >= 2.0
                and margin >= 2.0
                and feats[k].words <= 5
                and (3 * feats[k].chars <= 2 * feats[self.title].chars or hung)
            )
            if (
                k == self.title - 1
                and feats[k].datelike
                and feats[k].words <= 16
                and not feats[k].ends_sentence
            ):
                continue  # the story's date printed right over its headline
            if len(lines[k].text) <= _DATE_BAR_CHARS and parse_date_line(lines[k].text):
                # the page's date bar over its menus, a date and its weekday alone
                # ("2026年11月20日 星期五" / "第A05版：要闻" / headline on an e-paper)
                continue
            if not chrome_like(lines[k].text, feats[k], kicker=kicker):
                return False  # only the page's chrome may be skipped above a headline
        return self.headline_score > _headline_score(first, lines, feats)

    def headline_over_refused(
        self, first: int, lines: list[Line], feats: list[LineFeatures]
    ) -> Region | None:
        """On a dump, the decoder's headline refused as a sentence (the article's first
        paragraph, the headline's widgets between them skipped as chrome): the best
        headline-shaped line of the few above it, when one scores as a headline does."""
        if not self.is_dump or self.title is None or self.title <= first:
            return None
        best: tuple[float, int] | None = None
        for k in range(self.title - 1, max(first, self.title - _REFUSED_REACH) - 1, -1):
            if feats[k].chars >= _PARAGRAPH_CHARS and feats[k].ends_sentence:
                break  # prose above: the refused line is inside the article
            score = _headline_score(k, lines, feats)
            if score >= _REFUSED_FLOOR and (best is None or score > best[0]):
                best = (score, k)
        if best is None:
            # Nothing above: the headline may open the body zone under the page's menus,
            # taken for the article's first line ("The Ultimate Referral Guide …" over
            # the first paragraph, a blog's tagline sentence decoded as the headline).
            below = range(self.title + 1, len(lines))
            opening = next((k for k in below if self.zones[k] == BODY), None)
            if opening is None or feats[opening].ends_sentence:
                return None
            score = _headline_score(opening, lines, feats)
            if score < _OPENING_FLOOR:
                return None
            best = (score, opening)
        found = self._replace(title=best[1], headline_score=best[0])
        return found if found.better_title(first, lines, feats) else None

    def headline_over_byline(self, lines: list[Line], feats: list[LineFeatures]) -> Region | None:
        """The header zone's line that stands right over the byline or the date row, when
        the decoder's headline stands over neither and scores lower: what the
        decoder took is the page's promo, a caption or the site's name above the real
        headline ("Go to About the ACLU" / a kicker / "Facebook Is Tracking Me …" / "By …";
        a caption and its credit / "Final manoeuvre of … flight …" / "Paul Koring")."""
        if self.title is None or _over_byline(self.title, feats, lines):
            return None
        floor = max(_OVER_BYLINE_FLOOR, self.headline_score)
        k = self.title + 1
        while k < len(lines) and self.zones[k] == HEAD:
            if not _over_byline(k, feats, lines):
                k += 1
                continue
            if (score := _headline_score(k, lines, feats)) > floor:
                return self._replace(title=k, headline_score=score)
            k += 1
        # The column of chrome the decoder set between its header and the first paragraph
        # (given back as POST) may hold the real headline with its byline under it: the
        # decoder's headline was a teaser of the menu above ("Our Favorite New Places of
        # 2024" over its blurb). The line over the byline wins when it scores as a headline
        # and the story takes up more of its words than of the teaser's.
        start = k
        while k < len(lines) and self.zones[k] == POST:
            k += 1
        if start == k or k >= len(lines) or self.zones[k] != BODY or k - start > _BETWEEN_REACH:
            return None
        for j in range(start, k):
            if not _over_byline(j, feats, lines) or feats[j + 1].cue is not None:
                continue  # (a share row's capitalised buttons are no byline)
            if feats[j].echo <= feats[self.title].echo:
                continue
            score = _headline_score(j, lines, feats)
            if score >= _OVER_BYLINE_FLOOR:
                return self._replace(title=j, headline_score=score)
        return None

    def headline_under_weak(self, lines: list[Line], feats: list[LineFeatures]) -> Region | None:
        """A sure headline with a byline or date under it, a little below a weaker one the
        decoder took with neither under it, no paragraph between them: the weaker one is
        the first of a column of teasers ("Image for <teaser> <teaser> 2015-01-13" rows
        under the menus), the page's article starts further down ("Jamie Roe Says …" /
        "Posted: 01/14/2015 …")."""
        if self.title is None or self.headline_score >= _WEAK_HEADLINE:
            return None
        if _over_byline(self.title, feats, lines) or _over_labelled_date(self.title, lines, feats):
            return None
        floor = max(_UNDER_WEAK_FLOOR, self.headline_score + _UNDER_WEAK_MARGIN)
        for k in range(self.title + 1, min(len(lines) - 1, self.title + _BETWEEN_REACH)):
            f = feats[k]
            if f.ends_sentence and (f.chars >= _UNDER_WEAK_PROSE or f.words >= _SENTENCE_WORDS):
                return None  # prose: the article has begun
            if f.closing or f.cue in _END_CUES:
                return None  # the page's end: a teaser there heads another story
            if (
                f.echo >= _ECHO_HIGH
                and (_over_byline(k, feats, lines) or _over_labelled_date(k, lines, feats))
                and (score := _headline_score(k, lines, feats)) >= floor
            ):
                return self._replace(title=k, headline_score=score)
        return None

    def headline_over_byline_above(
        self, lines: list[Line], feats: list[LineFeatures]
    ) -> Region | None:
        """On a dump, the line over the "By …" line right above the decoder's headline, when
        it scores as a headline at least as well and the story takes up its words: the
        page prints headline, byline, then the lead photo's caption ("Ghost Walk Live" /
        "Via Facebook"), which the decoder took for the headline of what follows."""
        t = self.title
        if not self.is_dump or t is None or t < 2:
            return None
        byline = lines[t - 1].text
        if not (feats[t - 1].byline and _BYLINE_START.match(byline)):
            return None
        k = t - 2
        f = feats[k]
        if f.echo < _ECHO_HIGH or f.cue is not None or lines[k].text.endswith("."):
            return None
        score = _headline_score(k, lines, feats)
        if score >= max(_UNDER_WEAK_FLOOR, self.headline_score - _ABOVE_BYLINE_SLACK):
            return self._replace(title=k, headline_score=score)
        return None


_ABOVE_BYLINE_SLACK = 0.5


def _over_labelled_date(k: int, lines: list[Line], feats: list[LineFeatures]) -> bool:
    # Line ``k`` has a labelled date row right under it, however long ("Posted:
    # 01/14/2015 12:29 pm EST Updated: 01/14/2015 12:59 pm EST").
    if k + 1 >= len(lines) or not feats[k + 1].datelike or feats[k + 1].words > 24:
        return False
    label = lines[k + 1].text.split(None, 1)[0]
    return label.endswith(":") and len(label) <= 14 and label[:-1].isalpha()


_WEAK_HEADLINE = 3.5
"""A decoder's headline below this, with no byline or date under it, may be a teaser."""
_UNDER_WEAK_FLOOR = 3.5
_UNDER_WEAK_MARGIN = 1.0
_UNDER_WEAK_PROSE = 120
_SENTENCE_WORDS = 8
_END_CUES = frozenset(["related", "noise.related", "comments", "noise.comments"])


_DATE_BAR_CHARS = 30
"""How long a page's date bar runs at most ("2026年11月20日 星期五", "Friday, 20 November
2026")."""
_HUNG_MARGIN = 4.0
"""How much better than the first line a headline right over the byline or date must score
for a short first line of about its length to be skipped as a label."""


def _over_byline(k: int, feats: list[LineFeatures], lines: list[Line] | None = None) -> bool:
    # Line ``k`` has a byline or a short date line right under it (given ``lines``, also
    # under one image or button label a dump printed between them: "[439aeaff7de2]" for
    # the writer's photo, "[SUBMIT]").
    if k + 1 >= len(feats):
        return False
    if lines is not None and k + 2 < len(feats) and image_label(lines[k + 1].text):
        k += 1
    below = feats[k + 1]
    return bool(below.byline) or (below.datelike and below.words <= 10 and not below.stamp)


def over_byline(k: int, feats: list[LineFeatures], lines: list[Line]) -> bool:
    """Line ``k`` has a byline or a short date line right under it (:func:`_over_byline`),
    for the driver's headline rules."""
    return _over_byline(k, feats, lines)


def image_label(text: str) -> bool:
    """A line that is only an image's or a button's label as lynx or w3m print it
    ("[439aeaff7de2]", "[IMG]", "[SUBMIT]", "(BUTTON)"): no words of the page's own."""
    if text == "(BUTTON)":
        return True
    inner = text[1:-1]
    return (
        text.startswith("[")
        and text.endswith("]")
        and 0 < len(inner) <= 40
        and not any(ch.isspace() or ch in "[]" for ch in inner)
    )


_OVER_BYLINE_FLOOR = 2.5
_BETWEEN_REACH = 40
_REFUSED_REACH = 15
_REFUSED_FLOOR = 2.5
_OPENING_FLOOR = 3.5


def _ends_in_abbreviation(text: str) -> bool:
    # The last word is an abbreviation with dots inside ("… Underneath N.Y.C.", "… the
    # U.S."): its full stop ends no sentence.
    last = text.rsplit(None, 1)[-1]
    return len(last) <= 8 and "." in last[:-1] and last[0].isupper()


def wrapped_headline_block(lines: list[Line], index: int) -> bool:
    """True when the line at ``index`` and at most two lines under it, then a blank line,
    are one headline the dump tool wrapped (lynx centres the rest of a long ``<h1>``,
    html2text wraps ``# …`` at 78 columns): short, and no sentence end anywhere but the
    last line. A paragraph wrapped the same way runs on for more lines."""
    end = index + 1
    while end < len(lines) and not lines[end].blank_before:
        end += 1
    if end - index > 3 or (end < len(lines) and not lines[end].blank_before):
        return False
    if any(opens_with_label(line.text) for line in lines[index + 1 : end]):
        return False  # "Автор: Ірина Мельник" under the headline: its byline, not its rest
    text = " ".join(line.text for line in lines[index:end])
    inner = any(line.text.endswith((".", "!", "?", ";")) for line in lines[index : end - 1])
    return len(text) <= 200 and not inner and not text.endswith((".", ";", ","))


def dump_markup(text: str) -> bool:
    """A line a dump tool printed for a form, frame, link relation, image or list item
    ("Search ____", "#alternate", "[lead.jpg]", "* Home", "□ All tools"): never the
    headline, even where nothing better is found."""
    return bool(_FORM_MARKUP.search(text) or _WIDGET_LEAD.match(text))


def chrome_reason(f: LineFeatures) -> str:
    """Why a line reads as page chrome, in a few words (shown by ``syndicate inspect``)."""
    if f.cue is not None:
        return f.cue.removeprefix("noise.")
    if f.link_ratio >= 0.3:
        return "links"
    if f.bullet:
        return "menu items"
    if f.repeats > 1:
        return "repeated lines"
    if f.words <= 5:
        return "short lines"
    return "teasers outside the article"


def chrome_like(text: str, f: LineFeatures, *, kicker: bool) -> bool:
    """A line that reads as a site name, menu, breadcrumb or kicker, not as a headline."""
    if f.cue is not None or f.link_ratio >= 0.2 or f.bullet or f.repeats > 1:
        return True
    if text.isupper() and f.words <= 4:
        return True  # "AP NEWS", "POLITIK"
    if f.words >= 5 and f.capitalised >= (0.99 if f.words < 7 else 0.85) and not f.ends_sentence:
        return True  # "U.S. News World News Politics Sports": a menu
    if any(sep in text for sep in _CRUMBS) and not f.ends_sentence:
        return True  # breadcrumbs
    if f.no_space_script and not f.ends_sentence:
        # "首頁 即時 政治 社會 生活": Chinese writes no spaces inside a sentence, so a row of
        # short words set apart by spaces is a channel menu.
        cells = text.split()
        if len(cells) >= 4 and all(len(cell) <= 4 for cell in cells):
            return True
    return kicker and f.words <= 5 and (not f.ends_sentence or _quoted_name_end(text))


_NAME_QUOTES = {"»": "«", "”": "“", "“": "„"}


def _quoted_name_end(text: str) -> bool:
    # A short line that ends with a name in quotes ("Городской телеканал «Заречье»",
    # "Телеканал «Поділля»"): the closing quote ends a name, not a sentence.
    close = text[-1:]
    opening = _NAME_QUOTES.get(close)
    if opening is None or opening not in text:
        return False
    inner = text[text.rfind(opening) + 1 : -1]
    return 1 <= len(inner.split()) <= 3 and not any(ch in inner for ch in ".!?,;:")


def _alt_over_credited_caption(k: int, lines: list[Line], f: LineFeatures) -> bool:
    # A phrase set apart above (a blank line over it) and glued to the line under it, a
    # caption with its labelled credit ("… base. Photo: Org / Name") that a blank line
    # closes: the figure's block as w3m prints it, alt text first. A headline stands in a
    # block of its own; on a page without blank lines none of this is evidence.
    if f.ends_sentence or k + 2 >= len(lines) or not lines[k].blank_before:
        return False
    below, after = lines[k + 1], lines[k + 2]
    if below.blank_before or not after.blank_before or below.number != lines[k].number + 1:
        return False
    parts = split_caption(below.text)
    return parts is not None and bool(parts.caption) and bool(parts.credit)


@functools.cache
def _release_stamps() -> tuple[str, ...]:
    # How a press release's date stamp opens in any language ("For immediate release:
    # December 1, 2026"; the language files' ``release_stamps``).
    return tuple(sorted(merged_words("release_stamps")))


def label_over_value(label: Line, value: Line) -> bool:
    """A short label alone on its line with its value right under it, no blank line
    between ("Source" / "Relief Alliance", "Posted" / "3 Mar 2026"): a metadata table that a
    dump printed a cell a line. The pair stands apart (a blank line over the label: a
    menu's run of short lines is no table); the label is one to three words with no digit
    and no sentence end; the value is short."""
    words = label.text.split()
    return (
        label.blank_before
        and not value.blank_before
        and value.number == label.number + 1
        and 1 <= len(words) <= 3
        and not any(ch.isdigit() for ch in label.text)
        and not label.text.endswith((".", "!", "?"))
        and len(value.text.split()) <= 6
    )


def _cell_pair(label: Line, value: Line) -> bool:
    # ``label_over_value`` without its blank line over the label.
    words = label.text.split()
    return (
        not value.blank_before
        and value.number == label.number + 1
        and 1 <= len(words) <= 3
        and not any(ch.isdigit() for ch in label.text)
        and not label.text.endswith((".", "!", "?"))
        and len(value.text.split()) <= 6
    )


def _date_cell(label: Line, value: Line) -> bool:
    # "Posted" / "18 Feb 2026": a date label alone (any language's) over a full date.
    return (
        any(ch.isdigit() for ch in value.text)
        and is_empty_date_label(label.text, "mul")
        and parse_date(value.text) is not None
    )


def label_table_pair(lines: list[Line], k: int) -> bool:
    """Round 21 (noblank): lines ``k - 1`` and ``k`` are a label and its value, in a copy
    that prints no blank line anywhere (a select-all copy of a portal's "Country" /
    "Tarvania" / "Source" / org / "Posted" / "18 Feb 2026" table). Without the blank line
    over the label a menu's run of short lines looks the same, so the run of pairs must
    hold a date label over a full date; the run is walked pair by pair from ``k``, up and
    down, and stops at the first two lines that are no pair."""
    if k < 1 or k >= len(lines):
        return False
    if label_over_value(lines[k - 1], lines[k]):
        return True
    if lines[k - 1].blank_before or not _cell_pair(lines[k - 1], lines[k]):
        return False
    j = k
    while j >= 1 and k - j <= _TABLE_REACH and _cell_pair(lines[j - 1], lines[j]):
        if _date_cell(lines[j - 1], lines[j]):
            return True
        if lines[j - 1].blank_before:
            break
        j -= 2
    j = k + 2
    while j < len(lines) and j - k <= _TABLE_REACH and _cell_pair(lines[j - 1], lines[j]):
        if _date_cell(lines[j - 1], lines[j]):
            return True
        j += 2
    return False


_TABLE_REACH = 16
"""How far (in lines) ``label_table_pair`` walks a run of label/value pairs for its date."""


def _metadata_cell(k: int, lines: list[Line]) -> bool:
    # Line ``k`` is the value of a label/value pair in a run of two pairs or more (a
    # portal's "Source" / org, "Posted" / date table): a kicker over a headline is one pair
    # at most, with the byline or the story under it, not another label and its value.
    if k < 1 or not label_over_value(lines[k - 1], lines[k]):
        # Round 21 (noblank): the same table copied without blank lines
        return k >= 1 and not lines[k - 1].blank_before and label_table_pair(lines, k)
    after = k + 2 < len(lines) and label_over_value(lines[k + 1], lines[k + 2])
    before = k >= 3 and label_over_value(lines[k - 3], lines[k - 2])
    return after or before


def _named_below(k: int, lines: list[Line]) -> bool:
    # True when the words of line ``k`` come back in three or more of the 30 lines under
    # it: a title the article names ("Mozilla"), not a menu's label ("Tools"). The echo
    # feature reads headline-sized lines only; a wiki's title is often one word.
    words = lines[k].text.casefold().split()
    if not words or len(words) > 30:
        return False
    found = 0
    for line in lines[k + 2 : k + 32]:
        low = line.text.casefold()
        if all(word in low for word in words):
            found += 1
            if found >= 3:
                return True
    return False


_HAN_META_LABEL = lazy_pattern(r"(?:^|(?<=[\s|｜/]))[\u4e00-\u9fff]{2,6}[：:]")
"""A label of a Chinese meta row: two to six Han characters and a colon, opening the line
or after a space or a bar ("发布时间：", "来源：", "阅读：")."""


def han_meta_row(text: str) -> bool:
    """Round 15 (sources): a Chinese page's meta row, the date and at least one more labelled
    field ("发布时间：2026-11-28 08:45　来源：某县融媒体中心　阅读：2316"). A counter or a
    source beside the date can make the zone decoder take it for the headline; with two
    labels it is furniture all the same, and the short centred headline above it is the
    title (``_Reader.title``, rule ``title.over-meta-row``)."""
    if len(text) > 160 or not ("\u4e00" <= text[:1] <= "\u9fff"):
        return False
    return len(_HAN_META_LABEL.findall(text)) >= 2


def _headline_score(k: int, lines: list[Line], feats: list[LineFeatures]) -> float:
    # How much line ``k`` looks like the headline of what follows it.
    f = feats[k]
    text = lines[k].text
    # (The page's one <h1> may be its permalink: "# [Headline](url)" is no link row.)
    if f.cue is not None or (f.link_ratio > 0.2 and not f.h1) or f.bullet:
        return -4.0
    if (
        k > 0
        and not f.ends_sentence
        and f.words <= 20
        and feats[k - 1].words <= 16
        and defined_terms(lines[k - 1].text)
    ):
        # A regulatory announcement prints the issuer, its ticker, the date and "(the
        # "Company")" over its title: the title is the line under the defined terms.
        return _UNDER_DEFINED_TERMS
    words = f.words
    if (
        k + 1 < len(lines)
        and feats[k + 1].cue == "tagline"
        and not f.ends_sentence
        and _named_below(k, lines)
    ):
        # A wiki prints its tagline ("From Wikipedia, the free encyclopedia") under every
        # page's headline, however short: "Mozilla" over it, its word all over the article
        # below, is the page's title (a newer skin sets its "Tools" menu between the two).
        return _OVER_TAGLINE
    if not (3 <= words <= 30) and not (f.no_space_script and 6 <= f.chars <= 80):
        return -2.0 if words < 3 else -1.0
    if words <= 4 and not f.no_space_script and sum(w[:1].isalpha() for w in text.split()) < 2:
        return -2.0  # "From $610.00", "Now 41°": a price or a reading, one word of text
    score = 1.0
    if f.byline and k + 1 < len(lines) and is_date_span(lines[k + 1].text):
        # "Harold James Whitcombe" over "August 9, 1938 – February 20, 2025": an obituary
        # page's headline is the name over the life dates, above any logo or menu row
        return 4.5
    if is_image_placeholder(text):
        return -3.0  # "[Photo of Ruth Brandvold]", "[Funeral Home logo]": w3m's image label
    if f.byline or _BYLINE_START.match(text) or _caption_or_credit(text):
        return -3.0  # a byline, a list of names, a date label, a photo caption or credit
    if _crumb_separated(text) and not f.ends_sentence:
        return -3.0  # breadcrumbs or a menu: "Home > Plumbing & heating > Radiators"
    if _metadata_cell(k, lines):
        return -3.0  # "Source" / "Relief Alliance" / "Posted" / "18 Feb 2026": a table's value
    if _alt_over_credited_caption(k, lines, f):
        return -3.0  # an image's alt text printed over its caption (w3m, select-all copies)
    if any(mark in text for mark in _NOT_A_HEADLINE):
        return -3.0  # a table row, or a heading inside a document with its anchor mark
    if _FORM_MARKUP.search(text) and not THREAD_TYPE.match(text):
        return -3.0  # a search box, a button, an image's file name, a frame
    if (text[-1:] in ")]/" or "/" in text[-40:]) and _ends_with_credit(text):
        return -3.0  # a photo's caption with its credit glued on: "… [Rex]", "… Name/AFP"
    if "." in text[-30:] and _GLUED_CREDIT.search(text):
        return -3.0  # "… in an undated picture.Facebook": the dump glued caption and credit
    if ". " in text and _GLUED_ACRONYM.search(text):
        return -3.0  # "… durante la evacuación. GREIM": a caption, its agency's code after it
    if ("@" in text or "://" in text or "www." in text) and _ADDRESS.search(text):
        return -3.0  # "Letters to the Editor Email comments@…": an address is a contact box
    if f.echo >= _ECHO_HIGH:
        score += _ECHO_BONUS  # its words come back in the prose below: what the story is about
    elif f.echo == 0.0:
        score -= _ECHO_NONE_COST  # none of them do: a prompt, a promo, a label
    if words <= _PROMPT_WORDS and text.endswith(("?", "!")) and f.echo < _ECHO_HIGH:
        # "Did you mean ?", "What's This?", "Ready to publish?", "Tell us about it!": a
        # widget's short prompt to the reader; a short headline asking a question is
        # about the story below, whose prose takes up its words.
        score -= _PROMPT_COST
    if _under_entry_stamp(k, feats):
        score -= 2.0  # a live blog entry's headline, under its clock time: not the page's
    if text[:1].islower():
        return -2.0  # a headline opens with a capital in every cased script; not a sentence's tail
    if text.endswith(".") and _dek_below(k, feats):
        score += 1.0  # "… Here is the checklist." over its dek and byline: a blog's headline
    elif text.endswith((".", "。")):
        score -= 1.5  # a headline rarely ends with a full stop; a sentence does
    if f.chars > 200:
        score -= 2.0
    if f.numeric >= 0.3:
        score -= 2.0  # "Now 41° Clear High 63°": a weather box or a ticker
    # A menu is bare words; a headline in title case is phrased: "Oat Crackers (No Rolling Pin)".
    # Title case keeps its small words low ("Moments from 2014 We Could Have Lived Without");
    # a menu is capitalised labels throughout.
    phrased = any(mark in text for mark in _PHRASE_MARKS) or any(
        w.isalpha() and w.islower() and len(w) <= 4 for w in text.split()[1:]
    )
    # A menu's labels are not what the story below is about: a line in title case whose
    # words the story takes up ("An Extraordinary Paradise Valley Residence") is its headline.
    about = f.echo >= _ECHO_TITLE_CASE and not any(mark in text for mark in "•[]")
    if (
        words >= 5
        and f.capitalised >= (0.99 if words < 7 else 0.85)
        and not f.no_space_script
        and not phrased
    ):
        # every word capitalised: a menu (a headline in title case keeps "to", "of")
        score -= 0.0 if about else 1.5
    elif f.stop_ratio >= 0.2 or f.no_space_script:
        score += 0.5
    elif words >= 5 and f.capitalised >= 0.9 and not phrased and not about:
        score -= 1.5  # a run of capitalised words without a function word: a menu
    if text[:1].isdigit() and headline_leading_date(text, None) is not None:
        # Round 25 (scrapedp): "17.03.2026 - Otwarcie wystawy …": a news entry's date and
        # headline on one line; the headline, not a date line or a list's row
        score += 1.5
    elif f.datelike and words <= 6:
        score -= 1.5
    if text.isupper() and words <= 6 and f.echo < _ECHO_HIGH:
        score -= 2.0  # "AP NEWS", "FLASH WHAT'S NEW NOW": a site name, a kicker, a label
    if words <= 4 and not f.ends_sentence:
        score -= 0.5 if not is_role_line(text) else 2.0  # a label, a name or a job title
    elif 30 <= f.chars <= 160:
        score += 0.5
    # What follows a headline: a byline or date soon, its own copy, a dek or the first paragraph.
    between = 0  # lines of text between it and the byline; widgets and blank bullets aside
    followed = False  # a byline, a date, its copy or prose under it: what a headline has
    for j in range(k + 1, min(len(lines), k + 6)):
        nxt = lines[j].text
        if (
            j > k + 1
            and feats[j - 1].chars >= _PARAGRAPH_CHARS
            and feats[j - 1].ends_sentence
            and is_signature(nxt)
        ):
            break  # a name and place under a paragraph sign it ("Janet Okonkwo, Little Harrow")
        if feats[j].datelike and nxt.casefold().startswith(_release_stamps()):
            # "For immediate release: December 1, 2026": a release prints its date over
            # its headline; the issuer's name above that stamp is no headline.
            break
        if (
            # not an entry's byline, nor the first of a menu's labels (textnodes.py)
            (feats[j].byline and not feats[j - 1].stamp and not name_column(j, feats))
            or _BYLINE_START.match(nxt)
            or (feats[j].datelike and feats[j].words <= 10 and not feats[j].stamp)
            or (j <= k + 3 and is_dateline_start(nxt))
        ):
            # The headline stands right over its byline; a promo or a label farther up
            # has the page's other furniture between them.
            score += 1.5 if between <= 1 else _FAR_BYLINE
            followed = True
            break
        if (
            feats[j].cue is None
            and feats[j].words > 0
            and feats[j].link_ratio < 0.5
            # round 25 (scrapedp): the lead photo's caption printed twice under it
            and not (feats[j].repeats > 1 and _twin_caption_line(j, lines, feats))
        ):
            between += 1
    else:
        if (
            k > 0
            and feats[k - 1].datelike
            and feats[k - 1].words <= 10
            and not feats[k - 1].stamp
            and not feats[k - 1].byline
            and (k < 2 or feats[k - 2].words <= 5)
        ):
            # a date line right above it, under the page's chrome ("Опубліковано 01 грудня
            # 2026 …"); not the date under another headline ("Posted on … by …")
            score += 1.0
    if k + 1 < len(lines) and _credit_only(lines[k + 1].text):
        score -= 1.5  # a caption over its credit line ("Фото: Кабінет Міністрів України")
    # A headline stands right above prose: the dek or the first paragraph.
    for j in range(k + 1, min(len(lines), k + 3)):
        g = feats[j]
        if g.chars >= 100 and g.ends_sentence and g.cue is None and g.link_ratio < 0.2:
            score += 1.0
            followed = True
            break
        if (
            j == k + 1
            and (g.chars >= 100 or (g.chars >= 60 and words >= 4))
            and g.chars > f.chars
            and not g.ends_sentence
            and g.stop_ratio >= 0.2
            and g.cue is None
            and g.link_ratio < 0.2
            and j + 1 < len(feats)
            and (feats[j + 1].byline or is_dateline_start(lines[j + 1].text))
        ):
            score += 1.0  # a dek without a full stop, with the byline or a dateline under it
            followed = True
            break
        if g.words > 5:
            break
    if f.repeats > 1 and _twin_caption_line(k, lines, feats):
        return -3.0  # round 25 (scrapedp): the lead photo's caption printed twice under it
    if k + 1 < len(lines) and fold(lines[k + 1].text) == fold(text):
        score += 1.0
        followed = True
    elif f.repeats > 1:
        score += 0.5
    if not followed and words <= 4 and not f.ends_sentence and _in_masthead(k, feats):
        # "Today's Paper" under "Log In", over the section's name: one of the masthead's
        # links, with nothing under it that a headline has (no byline, date or prose).
        return -3.0
    if _under_short_headline(k, lines, feats):
        score -= 1.0
    if f.h1:
        score += _H1_BONUS  # the page's one <h1> (a Markdown dump's "# "): its headline
    if _crumb_tail_above(k, lines):
        score += _CRUMB_TAIL_BONUS
    return score


THREAD_TYPE = lazy_pattern(r"^\[[\u4e00-\u9fff]{2,6}\]\s*(?=[\u4e00-\u9fff])")
"""A forum thread's type in brackets before its title ("[本地资讯] 滨江路夜市…", Discuz!
boards): a label of the thread, not a dump's "[logo]" image or form markup."""
_CRUMB_TAIL_BONUS = 1.5
_CRUMB_REACH = 4


def _crumb_tail_above(k: int, lines: list[Line]) -> bool:
    # A breadcrumb a few lines above ends with this line's opening words ("首页 › 摄影论坛 ›
    # 风光摄影 › 冬日坝上三天两夜拍摄记录" over "冬日坝上三天两夜拍摄记录（多图）"): a site's path
    # names the page it leads to, the headline, and no user name or label under it.
    text = lines[k].text.casefold()
    for j in range(max(0, k - _CRUMB_REACH), k):
        crumb = lines[j].text
        seps = [sep for sep in _CRUMBS if sep in crumb]
        if len(seps) != 1 or crumb.count(seps[0]) < 2:
            continue  # a path has one kind of separator, two steps at least
        tail = crumb.rsplit(seps[0], 1)[1].strip().casefold()
        if len(tail) >= 6 and text.startswith(tail) and len(tail) >= 0.6 * len(text):
            return True
    return False


_H1_BONUS = 1.5


def _in_masthead(k: int, feats: list[LineFeatures]) -> bool:
    # Line ``k`` stands under the page's chrome: the line above it is a cue line (an
    # account button, "Subscribe", "Skip to content") or a menu bullet. (Not a link: the
    # writer's name linked to their page stands under a headline.)
    return k > 0 and (feats[k - 1].cue is not None or feats[k - 1].bullet)


def _twin_caption_line(k: int, lines: list[Line], feats: list[LineFeatures]) -> bool:
    # Round 25 (scrapedp): line ``k`` is either copy of a short line printed twice in a row
    # (3 to 12 words, no date, byline or cue: the lead photo's alt text and its caption,
    # "الدكتور خالد … وزير التعليم العالى" twice) right under a longer headline-shaped line —
    # 4 to 30 words, no sentence, cue, byline or date, 1.25 times the pair's characters. A
    # headline printed twice stands under a shorter kicker or the page's chrome; under a
    # longer headline the pair is the photo's caption (LABELS.md 8), not the title. Guard:
    # asked only of a line the page prints more than once; a length test first.
    text = lines[k].text
    for first in (k - 1, k):
        if first < 1 or first + 1 >= len(lines):
            continue
        one, two = lines[first].text, lines[first + 1].text
        pair, above = feats[first], feats[first - 1]
        if (
            len(one) == len(two)
            and text in (one, two)
            and fold(one) == fold(two)
            and 3 <= pair.words <= 12
            and not (pair.datelike or pair.byline or pair.cue or above.cue or above.byline)
            and not (above.ends_sentence or above.datelike)
            and 4 <= above.words <= 30
            and above.link_ratio < 0.2
            and above.chars >= 1.25 * pair.chars
        ):
            return True
    return False


def headline_score(k: int, lines: list[Line], feats: list[LineFeatures]) -> float:
    """How much line ``k`` looks like the headline of what follows it (the decoder's own
    measure, for the driver's choices between neighbouring lines)."""
    return _headline_score(k, lines, feats)


def _ends_with_credit(text: str) -> bool:
    # A caption whose photo credit the dump glued to it: in brackets at the end ("… at
    # the premiere [Rex]", "… (Juni Kriswanto/AFP/Getty Images)") or as the last words,
    # photographer and agency behind a slash ("… cabaret in Paris Benoit Tessier/Reuters").
    if text.endswith((")", "]")):
        opening = "(" if text.endswith(")") else "["
        at = text.rfind(opening)
        inner = text[at + 1 : -1].strip()
        return at > 0 and bool(inner) and (is_credit(inner) or known_agency(inner))
    tokens = text.split()
    last = tokens[-1] if tokens else ""
    if "/" not in last or len(tokens) < 4 or is_credit(last.split("/")[0]):
        return False  # "… from Reuters/Ipsos": two agencies, a poll's name, no photographer
    return any(is_credit(" ".join(tokens[-size:])) for size in (2, 3))


def _under_short_headline(k: int, lines: list[Line], feats: list[LineFeatures]) -> bool:
    # Line ``k`` is a long phrase without a sentence end right under a title-like line of
    # three words or more and half its length at most: the dek of that headline ("Maud
    # Ellery obituary" over "Ferry operator who took the wheel … and kept it for 34
    # years"), not the headline itself. Deks run longer than headlines; a headline is
    # rarely over a hundred characters.
    f = feats[k]
    if k == 0 or f.chars <= 100 or f.ends_sentence:
        return False
    above, g = lines[k - 1].text, feats[k - 1]
    return (
        3 <= g.words <= 15
        and 2 * g.chars <= f.chars
        and g.cue is None
        and g.link_ratio < 0.2
        and not (g.bullet or g.byline or g.datelike or g.ends_sentence)
        and above[:1].isupper()
        and not any(sep in above for sep in _CRUMBS)
    )


def _dek_below(k: int, feats: list[LineFeatures]) -> bool:
    # Line ``k`` stands over a dek (a phrase without a sentence end) with the byline
    # right under it: the headline of a blog or newsletter post, even ending in a full stop
    # ("We moved 40 million jobs without stopping it. Here is the checklist.").
    if k + 2 >= len(feats) or feats[k].chars > 160 or feats[k].words < 4:
        return False
    dek = feats[k + 1]
    if dek.ends_sentence or dek.cue is not None or dek.byline or dek.repeats > 1:
        return False  # the headline printed again under a dek is no dek
    if not 30 <= dek.chars <= 200:
        return False
    return feats[k + 2].byline or (k + 3 < len(feats) and feats[k + 3].byline)


def _credit_only(text: str) -> bool:
    # A picture credit on a line of its own, with its label ("Фото: Name", "Photo: AP").
    parts = split_caption(text)
    return (
        parts is not None
        and not parts.caption
        and parts.credit is not None
        and len(parts.credit.split()) < 8
    )


def _caption_or_credit(text: str) -> bool:
    # A photo caption or credit; not a gallery's or video's headline under its media
    # label ("Photos: The ice derby returns after a decade", "Video: …"): a credit names
    # a person or an agency in a few words, never a phrase of eight words or more.
    parts = split_caption(text)
    if parts is None:
        return False
    return parts.caption is not None or parts.credit is None or len(parts.credit.split()) < 8


def _emissions(
    k: int,
    lines: list[Line],
    feats: list[LineFeatures],
    prose: list[float],
    items: set[int] | frozenset[int] = frozenset(),
    inside: set[int] | frozenset[int] = frozenset(),
    lists: set[int] | frozenset[int] = frozenset(),
    sections: set[int] | frozenset[int] = frozenset(),
    reviewed: set[int] | frozenset[int] = frozenset(),
    live: bool = False,
    embedded: set[int] | frozenset[int] = frozenset(),
) -> tuple[float, ...]:
    f = feats[k]
    p = prose[k]
    body = p
    if k in inside:
        body = max(body, _SANDWICH_COST)  # a short line of the article's own, between paragraphs
    if k in items:
        body = max(body, _STAMP_COST)  # a roundup's numbered item heading: a subhead
    elif k in reviewed:
        body = max(body, _REVIEW_ITEM)  # a pro or a con under its label
    elif k in lists:
        body = max(body, _LIST_COST)  # an ingredient list printed without bullets
    elif k in sections:
        body = max(body, _SECTION_BONUS)  # "Ingredients", "Method": the recipe goes on
    elif f.cue in _BOUNDARY_CUES:
        body = -5.0
    elif f.cue in _INTERSTITIAL_CUES:
        # (the rest of an embedded post's rows: its first row paid for it)
        body = _EMBED_RUN_COST if k in embedded else _INTERSTITIAL_COST
    elif f.credit and f.cue is None:
        body = max(body, _STAMP_COST)  # a photo's credit: the article's own furniture
    elif _entry_furniture(k, lines, feats):
        # A live blog's entry stamp ("13.05 BST", "2h ago"), the byline and headline under
        # it sit between the entries' prose: not where the article ends.
        body = max(body, _STAMP_COST)
    # Share buttons and labels often sit between the headline and the byline.
    head = -0.2 if f.cue is None else 0.0
    if _BYLINE_START.match(lines[k].text):
        head = 0.5
    elif _entry_furniture(k, lines, feats):
        # a live blog entry's stamp and byline, not the article's header
        head = _ENTRY_HEAD if live and f.stamp else head
    elif f.byline or (f.datelike and not year_label(lines[k].text, f)):
        head = 0.5
    elif f.cue is None and f.link_ratio < 0.2 and p > 0:
        head = 0.2
    elif f.repeats > 1 and _twin_caption_line(k, lines, feats):
        head = 0.2  # round 25 (scrapedp): the lead photo's caption printed twice
    tail = -0.4
    if f.cue in {"rights", "tags"} or (f.credit and f.cue is None):
        tail = 1.5  # the article's closing furniture: rights, tags, "Quelle: dpa"
    # Prose thrown away above the headline costs something: a headline deep in the page
    # (a table row, a teaser, a heading inside the article) must beat the prose over it.
    # Headline-sized lines are exempt: the headline itself may end in a full stop.
    pre = 0.0
    if f.cue is None and (f.chars * 3 if f.no_space_script else f.chars) >= _PRE_PROSE_CHARS:
        pre = -_PRE_PROSE_COST * max(0.0, p - _PRE_PROSE_FLOOR)
    # A marker of the article's end is only crossed by the body that never paused in a gap,
    # and no gap follows it.
    marked = body
    boundary = f.cue in _BOUNDARY_CUES
    plain = float("-inf") if boundary or f.closing else body
    gap = _gap_emission(f)
    between = _between_emission(k, lines, feats, pre)
    return (
        pre,
        _headline_score(k, lines, feats),
        head,
        plain,
        tail,
        0.0,
        gap,
        plain,
        marked if boundary else float("-inf"),
        between,
        # After a run of markers the body still passes a "Main article: …" pointer (a
        # wiki's sections print many), but no second comment form, sign-up box or footer.
        marked,
    )


_YEAR_LABEL = lazy_pattern(r"^[^\d]*\b(?:19|20)\d{2}\b[^\d]*$")
_YEAR_LABEL_WORDS = 6


def year_label(text: str, f: LineFeatures) -> bool:
    """A short label whose one figure is a year ("ELEZIONI AMMINISTRATIVE 2026",
    "Tesseramento 2026", "Saison 2025/26" aside): a kicker or a menu item, not a date
    line — no day, no clock time, no date label. It earns the header zone nothing, so a
    kicker over the headline does not pull the site's name above it into the title."""
    return (
        f.words <= _YEAR_LABEL_WORDS
        and not f.ends_sentence
        and _YEAR_LABEL.match(text) is not None
        and not opens_with_date_label(text, None)
    )


def _between_emission(k: int, lines: list[Line], feats: list[LineFeatures], pre: float) -> float:
    # What line ``k`` costs as chrome between the header and the article (``BETWEEN``).
    #
    # Never a photo's caption or credit (the lead figure belongs to the article) nor a live
    # blog's stamp and what stands under it; prose pays what it pays above the headline.
    f = feats[k]
    text = lines[k].text
    if f.stamp or _entry_furniture(k, lines, feats) or split_caption(text) is not None:
        return float("-inf")
    if pre < 0:
        return pre
    return 0.0 if f.cue is not None or chrome_like(text, f, kicker=True) else _BETWEEN_LINE


def _gap_emission(f: LineFeatures) -> float:
    # What a line costs inside a gap of the body (see ``GAP``).
    #
    # Never a marker of the article's end ("Related", "Comments", a sign-up prompt) and
    # never a line of links (teasers, menus): the article does not go on past them.
    if f.cue in _BOUNDARY_CUES or f.link_ratio >= 0.5 or f.closing:
        return float("-inf")
    if f.cue is not None or f.words <= 3:
        return _GAP_SHORT
    return _GAP_LINE


def _drop_link_lines(zones: list[int], feats: list[LineFeatures]) -> None:
    # Lines inside the article that are links and nothing else become chrome.
    #
    # A dump prints the page's teasers, tag links and "read more" lines inside the article
    # as whole-line links (``* [Text](url)``, ``[12]Text``); the article's own sentences
    # carry a link in a few words at most. Only where the text is a dump with link markup.
    # The tail zone's lines are the article's closing furniture (credits, tags): a link line
    # among them ("Íntegra da proposta") is a link too.
    if sum(1 for f in feats if f.link_ratio >= _LINK_LINE) < 5:
        return
    for k, f in enumerate(feats):
        if zones[k] in (BODY, TAIL) and f.link_ratio >= _LINK_LINE and f.words <= _LINK_LINE_WORDS:
            zones[k] = POST


def _drop_related_tail(zones: list[int], feats: list[LineFeatures]) -> None:
    # Round 19 (sitename): a related label the decoder left in the article's tail zone
    # ("Más episodios de Sobremesa de Ciencia", "Weitere Folgen von …") heads a list of
    # teasers: the short lines under it without a sentence end or a cue of their own
    # (other episodes' titles) go with it, up to the first line that is not one (the
    # copyright row, a credit). The article's closing furniture stands above the label.
    for k, f in enumerate(feats):
        if zones[k] != TAIL or f.cue != "related" or f.ends_sentence:
            continue
        j = k + 1
        while (
            j < len(feats)
            and zones[j] == TAIL
            and feats[j].cue is None
            and not feats[j].ends_sentence
            and not feats[j].credit
            and 2 <= feats[j].words <= _RELATED_TEASER_WORDS
        ):
            j += 1
        if j > k + 1 and (j == len(feats) or zones[j] != TAIL or feats[j].cue is not None):
            # (only a list that runs to the tail's end: a subhead and the story's cut last
            # paragraph under "Read more: …" stay)
            for i in range(k, j):
                zones[i] = POST


_RELATED_TEASER_WORDS = 16
"""How many words a teaser's title under a related label holds at most."""


_CARD_HEAD_WORDS = (3, 16)
_CARD_BLURB_WORDS = (8, 70)
_CARDS_NEEDED = 2
_CARD_PROSE_ABOVE = 2


def _drop_teaser_cards(
    zones: list[int], lines: list[Line], feats: list[LineFeatures]
) -> bool:
    # Round 23 (leftf): a bare "more news" label under the article ("Weitere Nachrichten",
    # "Autres actualités", "Outras Notícias", a ``related`` cue alone on its line) over
    # teaser cards printed as a headline line and one blurb paragraph each: the cards are
    # other stories, and so is all that follows them. The zone decoder keeps the blurbs
    # (sentences, often about the same town as the story, so they share its words), and
    # the interstitial reader takes the label for a "Read also" box the story goes on
    # under. Guard: only a ``related`` line of four words at most with no sentence end is
    # looked at, with two prose paragraphs of the article's body above it; then at least
    # two cards must follow, each a line of 3-16 words with no sentence end, cue, bullet,
    # date or byline (an optional short date line under it) and exactly one blurb of 8-70
    # words that ends a sentence, and under the last card no prose line may stand (only
    # the page's footer rows: a story's subheaded sections under a stray "Read more" go on
    # in prose).
    n = len(feats)
    for k, f in enumerate(feats):
        if f.cue != "related" or f.ends_sentence or f.words > 4 or ":" in lines[k].text[:-1]:
            continue
        above = sum(
            1
            for j in range(k)
            if zones[j] == BODY and feats[j].ends_sentence and feats[j].words >= _SENTENCE_WORDS
        )
        if above < _CARD_PROSE_ABOVE:
            continue
        j, cards = k + 1, 0
        while j + 1 < n and _card_head(feats[j]):
            b = j + 1
            if feats[b].datelike and feats[b].words <= 6 and b + 1 < n:
                b += 1
            g = feats[b]
            low, high = _CARD_BLURB_WORDS
            if g.cue is not None or g.bullet or not g.ends_sentence or not low <= g.words <= high:
                break
            if b + 1 < n and not (_card_head(feats[b + 1]) or not _prose_like(feats[b + 1])):
                break  # a second paragraph under the line: the story's section
            cards += 1
            j = b + 1
        if cards < _CARDS_NEEDED or any(_prose_like(feats[i]) for i in range(j, n)):
            continue
        for i in range(k, n):
            zones[i] = POST
        return True
    return False


def _card_head(f: LineFeatures) -> bool:
    low, high = _CARD_HEAD_WORDS
    return (
        f.cue is None
        and not f.ends_sentence
        and not f.bullet
        and not f.datelike
        and not f.byline
        and low <= f.words <= high
    )


def _prose_like(f: LineFeatures) -> bool:
    return f.cue is None and f.ends_sentence and f.words >= _SENTENCE_WORDS


_CALL_TO_ACTION = frozenset(["sign-up", "noise.sign-up", "donate"])
"""Cues of a button line that closes a call-out box ("Sign up for alerts", "Donate")."""
_BARE_BUTTON_WORDS = 4
"""How many words a button printed without link markup holds at most ("Start free trial")."""
_BOX_WORDS = 45
"""How many words the sentence of a call-out box after the article holds at most."""


def _drop_closing_callout(zones: list[int], lines: list[Line], feats: list[LineFeatures]) -> None:
    # A box after the article's last paragraph, of a short head, one short paragraph and a
    # button ("Home fire safety visit" / "Over 65? Book a free visit." / "[Book a free
    # visit]"; "Get alerts for your lines" / one sentence / "[11]Sign up for alerts"), is the
    # site's call to action, not the article's last section: an article's own last section
    # does not end in a lone button followed by page chrome. A related or tags line under
    # the last section ("Explore more on these topics") is no button: the section stays.
    # Only where the decoder put the button after the article, so the box is the last thing
    # the article zone holds.
    last = max((k for k, z in enumerate(zones) if z in (BODY, TAIL)), default=-1)
    button = last + 1
    if last < 2 or button >= len(lines) or zones[button] != POST:
        return
    b = feats[button]
    # The decoder reads paragraphs (a hard-wrapped text is re-joined first): the box's
    # sentence is the article zone's last line and its head the line over it.
    head = last - 1
    if head < 1 or zones[head] not in (BODY, TAIL):
        return
    h = feats[head]
    question = lines[head].text.endswith(("?", "？", "؟"))
    if (h.ends_sentence and not question) or not 2 <= h.words <= 8 or h.cue or h.bullet:
        return
    linked = (lines[button].link_row or b.link_ratio >= 0.5) and b.cue is None
    # A copy without link markup still shows the button's words ("Start free trial"):
    # taken only under a question head ("Not a customer yet?"), and never a name.
    bare = (
        question
        and b.cue is None
        and b.words <= _BARE_BUTTON_WORDS
        and not b.ends_sentence
        and not is_name(lines[button].text)
    )
    if b.words > 6 or not (linked or bare or (b.cue in _CALL_TO_ACTION and not b.ends_sentence)):
        return
    if feats[last].words > _BOX_WORDS:
        return
    # The article goes on above the box: a paragraph of prose right over its head.
    above = feats[head - 1]
    if zones[head - 1] not in (BODY, TAIL) or not above.ends_sentence:
        return
    for k in range(head, last + 1):
        zones[k] = POST


_AD_LABEL_WORDS = 3
"""How many words an ad slot's label holds at most ("Реклама", "PUBBLICITÀ", "Publicidade")."""
_AD_COPY_LINES = 3
"""How many lines the ad printed right under its label holds at most."""


def _drop_ad_copy(zones: list[int], lines: list[Line], feats: list[LineFeatures]) -> set[int]:
    # The ad printed right under its slot's label ("Реклама" / "Продаємо насіння …
    # Тел. 067 …"): a classified or sponsor's notice glued to the label with no blank line
    # between, one to three lines ending at a blank line, and one of them gives a telephone
    # number or an e-mail address. The article's paragraphs stand apart from the label (a
    # blank line between) and give no contact; a text with no blank lines at all (a
    # select-all copy) never ends the run, so nothing is taken there. Returns the indexes
    # of the ad's lines: dropped between paragraphs on a page of article text too.
    n = len(lines)
    taken: set[int] = set()
    for k, f in enumerate(feats):
        if f.cue not in _AD_CUES or f.words > _AD_LABEL_WORDS:
            continue
        end = k + 1
        while end < n and not lines[end].blank_before and end - k - 1 < _AD_COPY_LINES:
            end += 1
        if end == k + 1 or (end < n and not lines[end].blank_before):
            continue  # nothing glued under the label, or more than an ad's few lines
        run = range(k + 1, end)
        if any(CONTACT_DETAIL.search(lines[j].text) for j in run):
            for j in run:
                if zones[j] in (BODY, TAIL):
                    zones[j] = POST
                    taken.add(j)
    return taken


_SCORE_BOX = 5
"""How many lines a review's score box between the text and its pros/cons holds at most."""


def _keep_review_lists(
    zones: list[int],
    lines: list[Line],
    feats: list[LineFeatures],
    reviewed: set[int],
    chrome: ChromeCues,
) -> None:
    # A review's "The good" / "The bad" lists printed under its score box ("Score" /
    # "7/10" / "Good") are the review's verdict: the decoder ends the article at the box,
    # and the labelled lists under it come back to the body. Only when no more than a score
    # box's few short lines stand between the article's last line and the first label.
    last = max((k for k, z in enumerate(zones) if z in (BODY, TAIL)), default=-1)
    if last < 0:
        return
    k = last + 1
    while k < len(lines) and k - last <= _SCORE_BOX:
        if lines[k].text.casefold().strip(" :") in chrome.review_lists and k + 1 in reviewed:
            break
        if feats[k].words > 3 or feats[k].ends_sentence:
            return  # prose or a teaser: not a score box
        k += 1
    else:
        return
    bullet: bool | None = None  # the items are bulleted or not, as their first one is
    while k < len(lines) and zones[k] == POST:
        label = lines[k].text.casefold().strip(" :") in chrome.review_lists
        if not label:
            if k not in reviewed or bullet not in (None, feats[k].bullet):
                break  # the box's fact rows ("Platforms  PS5, PC") under the last list
            bullet = feats[k].bullet
        zones[k] = BODY
        k += 1


_ENTRY_LEAD = lazy_pattern(
    r"^([^\W\d_]{1,12}\.? ?)?\d{1,4}(?:[-–/.]\d{1,4})?(?: ?[-–] ?\d{1,4})?\s?(?::|[-–—] )"
)
"""The lead of a dated or numbered entry: "Jan. 15-18:", "14:30 –", "2019 —", "No. 4:"."""


_RANGE = lazy_pattern(r"0(?: ?[-–/.] ?0)+")


def _entry_lead(text: str) -> str | None:
    # The shape of a line's entry lead (a run of letters → a, of digits → 0), or None.
    match = _ENTRY_LEAD.match(text)
    if match is None or len(text.split()) < 4:
        return None
    shape: list[str] = []
    for ch in match.group():
        mark = "0" if ch.isdigit() else "a" if ch.isalpha() else ch
        if not shape or shape[-1] != mark or mark not in "0a":
            shape.append(mark)
    return _RANGE.sub("0", "".join(shape))  # "Jan. 3:" and "Jan. 15-18:" are one shape


def same_entry_lead(one: str, other: str) -> bool:
    """True when two lines open with an entry lead of one shape ("Jan. 3: …", "Jan. 15-18: …")."""
    shape = _entry_lead(one)
    return shape is not None and shape == _entry_lead(other)


def _keep_entry_runs(zones: list[int], lines: list[Line], feats: list[LineFeatures]) -> None:
    # Entries of one list printed as lines of the same lead ("Jan. 15-18: Boat Show, …")
    # go on to the run's end when the article holds two of them or more where it stops: a
    # calendar or a results list reads as teasers line by line, not as the article's end.
    n = len(zones)
    for k in range(1, n - 1):
        if zones[k] != BODY or zones[k + 1] != POST or zones[k - 1] != BODY:
            continue
        shape = _entry_lead(lines[k].text)
        if shape is None or _entry_lead(lines[k - 1].text) != shape:
            return
        j = k + 1
        while (
            j < n
            and zones[j] == POST
            and feats[j].cue is None
            and feats[j].link_ratio < 0.5
            and _entry_lead(lines[j].text) == shape
        ):
            zones[j] = BODY
            j += 1
        return


_RANK = lazy_pattern(r"^(\d{1,2})[.)] \S")
_RANK_ROWS = 3
_RANK_HEAD_WORDS = 12
_RANK_FIGURE = lazy_pattern(r"[\d½¼¾⅓⅔]")
"""A figure in a ranked row: a digit, or a chess draw's "½" ("2. Brown – Smith ½:½")."""


def _keep_ranking(zones: list[int], lines: list[Line], feats: list[LineFeatures]) -> None:
    # A ranked table printed as numbered rows right where the article stops ("1. Imogen
    # Stallard (Tarnwood Racing) 34:12.806" / "2. …" — results, standings, a poll's
    # figures), with at most one short line over it (its subhead) and one under it
    # ("Fastest lap: …"), is the article's: the rows count up from 1 and every row holds a
    # figure after its rank. A list of teasers ("Most read": "1. Lorry stuck under …")
    # names stories, with no figure in each row.
    n = len(zones)
    end = next((k for k in range(n - 1, -1, -1) if zones[k] == BODY), None)
    if end is None or end + _RANK_ROWS >= n or zones[end + 1] != POST:
        return
    start = end + 1
    head = None
    if (
        _RANK.match(lines[start].text) is None
        and feats[start].cue is None
        and len(lines[start].text.split()) <= _RANK_HEAD_WORDS
        and not lines[start].text.endswith((".", "!", "?"))
    ):
        head, start = start, start + 1
    j, rank = start, 1
    while j < n and feats[j].cue is None and feats[j].link_ratio < 0.3:
        match = _RANK.match(lines[j].text)
        if match is None or int(match.group(1)) != rank:
            break
        if not _RANK_FIGURE.search(lines[j].text[match.end(1) + 1 :]):
            return  # a row without a figure: a list of stories, not a table
        rank += 1
        j += 1
    if rank - 1 < _RANK_ROWS:
        return
    after = j
    if (
        after < n
        and feats[after].cue is None
        and feats[after].link_ratio < 0.3
        and _RANK.match(lines[after].text) is None
        and len(lines[after].text.split()) <= _RANK_HEAD_WORDS
        and ": " in lines[after].text
        and any(ch.isdigit() for ch in lines[after].text)
    ):
        j += 1  # "Fastest lap: Marcus Delahaye, 1:32.115": the table's footnote
    for k in range(head if head is not None else start, j):
        zones[k] = BODY


_TABLE_CELL = " | "
_TABLE_ROWS = 6
"""How many rows with a figure a results table or ranked list holds at least, for both
results-table rules (``_keep_results_tables``, ``_keep_results_table``). Round 14 defined
the name twice (3 here, 6 further down); the later 6 was the one both read at run time,
and 3 loses a check on dev (a bot's contact line read as a table row), so 6 it is."""
_TABLE_HEAD_WORDS = 8
"""How many words a subhead or a lead line ("Women:", "Classifica maschile:") holds at most."""
_TABLE_PROSE_WORDS = 6
"""How many words a sentence of the article holds at least to resume it after a table."""


_TIME_ITEM = lazy_pattern(
    r"^(?:[•*·\-–]\s*)?\d{1,2}[:.h]\d{2}(?:\s*[^\W\d]{1,3}\.?)?"
    r"(?:\s*[-–—~]+\s*\d{1,2}[:.h]\d{2}(?:\s*[^\W\d]{1,3}\.?)?)?[\s.:,]+\S"
)
"""A programme's item: a time or a span of times, then what happens ("9:00—9:30 Opening",
"• 19.00 h. Pregón", "14h30 : visite"); a unit of up to three letters may follow a time."""


def _table_row(text: str) -> bool:
    # A row of a table printed by a dump tool: cells parted by " | " (html2text, w3m).
    return text.count(_TABLE_CELL) >= 2 or (text.startswith("|") and text.count("|") >= 3)


def _table_part(k: int, lines: list[Line], feats: list[LineFeatures]) -> str | None:
    # What line ``k`` is inside a results block: "row" (a table row or a ranked row that
    # holds a figure), "plain" (a table's header row, a "Label: value" row), "head" (a
    # subhead or a lead line like "Women:"), "rule" (a table's separator), else None.
    f = feats[k]
    text = lines[k].text
    if f.cue == "separator" or set(text) <= set("-|:+= "):
        return "rule"
    if f.cue is not None or f.link_ratio >= 0.3:
        return None
    if _table_row(text):
        return "row" if any(ch.isdigit() for ch in text) else "plain"
    rank = _RANK.match(text)
    if rank is not None and any(ch.isdigit() for ch in text[rank.end(1) + 1 :]):
        return "row"
    if _TIME_ITEM.match(text) is not None:
        return "row"  # a programme's item under its day: "19.00 h. Pregón …", "9:00—9:30 …"
    if fact_row(text) and len(text.split()) <= _RANK_HEAD_WORDS:
        return "plain"
    words = len(text.lstrip("#").split())
    if 0 < words <= _TABLE_HEAD_WORDS and not text.endswith((".", "!", "?", "。")):
        return "head"
    return None


def _resumes(k: int, lines: list[Line], feats: list[LineFeatures]) -> bool:
    # Line ``k`` is a sentence of the article's own (no cue, no links, a full stop).
    f = feats[k]
    if f.cue is not None or f.link_ratio >= 0.2 or not f.ends_sentence:
        return False
    return f.chars >= 40 if f.no_space_script else f.words >= _TABLE_PROSE_WORDS


def _keep_results_tables(zones: list[int], lines: list[Line], feats: list[LineFeatures]) -> None:
    # Results tables and ranked lists right where the article stops are the article's.
    #
    # A race report, a poll or a fixture list prints its tables under subheads and lead
    # lines ("## Top finishers" / "Women:" / "Pos | Name | Club | Time" / "1 | Ada Ross | …",
    # "Classifiche" / "Femminile:" / "1. Chiara Bellotti (…) 1:02:33", a fact box of
    # "Percorso: 11,4 km" rows). Line by line these read as menus and teasers, so the decoder
    # ends the article above them and drops the closing paragraphs under them too. When the
    # run after the article's last body line holds six rows with a figure or more, the
    # run is body, and so are the article's sentences under it (a subhead among them kept
    # only when a sentence follows it), up to the first line that is chrome. A run of story
    # teasers has no figures in its rows; a footer's lines carry cues or links.
    n = len(zones)
    end = next((k for k in range(n - 1, -1, -1) if zones[k] == BODY), None)
    if end is None or end + _TABLE_ROWS >= n or zones[end + 1] != POST:
        return
    # The table may have begun inside the article: its rows above the stop count too.
    rows = 0
    k = end
    while k >= 0 and zones[k] == BODY and _table_part(k, lines, feats) is not None:
        rows += _table_part(k, lines, feats) == "row"
        k -= 1
    j, after = end + 1, 0
    while j < n and zones[j] == POST:
        part = _table_part(j, lines, feats)
        if part is None:
            break
        after += part == "row"
        j += 1
    if after == 0 or rows + after < _TABLE_ROWS:
        return
    # A subhead or the lead line right above the stop is the table's only when rows follow.
    while j > end + 1 and _table_part(j - 1, lines, feats) == "head":
        j -= 1
    stop = j
    while stop < n and zones[stop] == POST:
        head = _table_part(stop, lines, feats) == "head"
        if _resumes(stop, lines, feats) or (
            head and stop + 1 < n and _resumes(stop + 1, lines, feats)
        ):
            stop += 1
        else:
            break
    for k in range(end + 1, stop):
        if _table_part(k, lines, feats) != "rule":
            zones[k] = BODY


_QA_LABEL = lazy_pattern(r"^([^\W\d_]{1,2})\s?[:：]\s*\S")
"""An interview's question or answer label: "Q:", "A:", "P:", "R:", "В:", "О:", "问：", "答："."""
_QA_REACH = 6
"""How many body lines over the article's stop are searched for the interview's labels."""


def _keep_interview(zones: list[int], lines: list[Line], feats: list[LineFeatures]) -> None:
    # An interview printed as question and answer lines ("问：…" / "答：…", "Q: …" / "A: …")
    # goes on past where the decoder stops it: a short question reads as a teaser. When the
    # body's last lines hold both labels, the lines under the stop that open with one of them
    # are the interview's too, up to the first that does not.
    n = len(zones)
    end = next((k for k in range(n - 1, -1, -1) if zones[k] == BODY), None)
    if end is None or end + 1 >= n or zones[end + 1] != POST:
        return
    seen: list[str] = []
    speakers: list[str] = []
    for k in range(max(0, end - _QA_REACH + 1), end + 1):
        match = _QA_LABEL.match(lines[k].text)
        if zones[k] == BODY and match is not None:
            seen.append(match.group(1).casefold())
        speaker = _speaker_label(lines[k].text)
        if zones[k] == BODY and speaker is not None:
            speakers.append(speaker)
    if len(set(seen)) != 2 or len(seen) < 2:
        # A broadcast transcript names its speakers in capitals instead ("VANCE: Thank
        # you."): two or more of them over the stop carry the same conversation on.
        if len(set(speakers)) < 2 or len(speakers) < 3:
            return
        seen = speakers
    k = end + 1
    while k < n and zones[k] == POST and feats[k].cue is None and feats[k].link_ratio < 0.2:
        match = _QA_LABEL.match(lines[k].text)
        label = match.group(1).casefold() if match is not None else None
        if label not in seen:
            label = _speaker_label(lines[k].text)
        if label is None or label not in seen:
            break
        zones[k] = BODY
        k += 1


def _speaker_label(text: str) -> str | None:
    # The speaker a transcript's line opens with, in capitals before a colon ("VANCE:",
    # "JONAH PETTIBONE, HOST:" → "pettibone"): the surname, as later lines print it alone.
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(label) > 40:
        return None
    name = label.split(",")[0].strip()
    words = name.split()
    if not 1 <= len(words) <= 3 or not name.isupper():
        return None
    if not all(w.strip("'’.-").isalpha() for w in words):
        return None
    return words[-1].casefold()


def _keep_last_credit(zones: list[int], lines: list[Line]) -> None:
    # The credit printed right under the article's last photo caption stays with it.
    #
    # A gallery credits every photo alike ("Photo: A. Writer/The Courier"), so the last
    # credit reads as a repeated line and the decoder may end the article above it.
    for k in range(1, len(zones)):
        if zones[k] == POST and zones[k - 1] == BODY and not lines[k].blank_before:
            parts = split_caption(lines[k].text)
            if parts is not None and parts.caption is None and parts.credit:
                zones[k] = BODY
            return  # only the line where the article ends


def _keep_last_slide(zones: list[int], lines: list[Line], feats: list[LineFeatures]) -> None:
    # Round 21 (figures): the last slide of a gallery set between the paragraphs ("Zdjęcie
    # 4 z 4" / caption / "Fot. Name" after the last paragraph) stays in the article when an
    # earlier slide's counter of the same wording ("Zdjęcie 2 z 4") stands inside it: the
    # counter, the caption and the credit under it. The decoder ended the article above the
    # counter, a chrome line. Guard: only where the article ends on a counter line with a
    # digit, under which a line and a credit alone follow.
    end = next((k for k in range(1, len(zones)) if zones[k] == POST and zones[k - 1] == BODY), 0)
    if not end or end + 2 >= len(zones) or feats[end].cue != "counter":
        return
    text = lines[end].text
    if not any(ch.isdigit() for ch in text) or len(text) > 40:
        return
    shape = "".join(ch for ch in text if not ch.isdigit())
    if not any(
        zones[j] == BODY
        and feats[j].cue == "counter"
        and "".join(ch for ch in lines[j].text if not ch.isdigit()) == shape
        for j in range(end)
    ):
        return
    caption, credit = lines[end + 1], lines[end + 2]
    parts = split_caption(credit.text)
    if parts is None or parts.caption is not None or not parts.credit:
        return
    if len(caption.text.split()) > 40 or caption.text.endswith((":", "：")):
        return
    zones[end] = zones[end + 1] = zones[end + 2] = BODY


def _keep_closing_photo_caption(
    zones: list[int], lines: list[Line], feats: list[LineFeatures]
) -> None:
    # Round 22 (capdek): the article's last photo, printed under its last paragraph as an
    # image line ("[IMG]", "![alt](src)", "[Bild: …]") with a one-sentence caption and no
    # credit under it, then a closing widget (share row, rights, related list) or nothing:
    # the decoder ended the article above the image line (a line the page repeats), so the
    # caption was dropped as a teaser. A teaser card's picture has its headline and blurb
    # under it, not a widget. Guard: only the line where the article ends, an image line
    # there, a caption of 3 to 20 words ending its one sentence (no link, no cue, no quote
    # or dateline marks), and under it a cued chrome line or the page's end.
    end = next((k for k in range(1, len(zones)) if zones[k] == POST and zones[k - 1] == BODY), 0)
    if not end or end + 1 >= len(zones):
        return
    image = lines[end].text
    if not (image_label(image) or is_image_placeholder(image) or _markdown_image(image)):
        return
    caption, f = lines[end + 1].text, feats[end + 1]
    if zones[end + 1] != POST or f.cue is not None or f.link_ratio or f.bullet:
        return
    if not f.ends_sentence or not 3 <= f.words <= _CLOSING_CAPTION_WORDS:
        return
    if _INNER_SENTENCE.search(caption) or any(m in caption for m in _CAPTION_MARKS):
        return
    if end + 2 < len(zones) and feats[end + 2].cue is None:
        return
    zones[end] = zones[end + 1] = BODY


def _keep_closing_credit(zones: list[int], lines: list[Line], feats: list[LineFeatures]) -> None:
    # Round 24 (tailkeep): a labelled photo credit on a line of its own right under the
    # article's last paragraph ("Foto: Ayuntamiento de Villalta", "Фото: пресс-служба музея",
    # "Photo : Mairie de Saint-Aubry"), a blank line between, then a cued chrome line (share
    # row, sign-up, rights) or the page's end: the credit of the article's picture, a figure
    # with no caption (LABELS.md); the decoder ended the article above it as a short line.
    # Guard: only the line where the article ends, a line of six words at most opening with a
    # letter, the paragraph above it longer than a caption (over forty words, or three
    # sentences: a shorter line over a credit is that photo's caption, which body.py pairs
    # on a page that sets every line apart),
    # and ``split_caption`` reading it as a label and a credit alone.
    end = next((k for k in range(1, len(zones)) if zones[k] == POST and zones[k - 1] == BODY), 0)
    if not end or not lines[end].blank_before:
        return
    f, above = feats[end], feats[end - 1]
    if f.words > 6 or f.cue is not None or f.link_ratio or f.ends_sentence:
        return
    if not lines[end].text[:1].isalpha() or not above.ends_sentence:
        return
    if above.words <= _CLOSING_CREDIT_CAPTION and lines[end - 1].text.count(". ") < 2:
        return  # a caption's size: body.py reads the pair as a caption over its credit
    if end + 1 < len(zones) and feats[end + 1].cue is None:
        return
    parts = split_caption(lines[end].text)
    if parts is None or parts.caption is not None or parts.rule != "figure.credit-label":
        return
    if parts.credit and len(parts.credit.split()) <= 5:
        zones[end] = BODY


_CLOSING_CREDIT_CAPTION = 40


def _markdown_image(text: str) -> bool:
    return text.startswith("![") and text.endswith(")")


_CLOSING_CAPTION_WORDS = 20
_CAPTION_MARKS = ('"', "“", "”", "«", "»", "„", " — ", " – ", "(", "[")


_INNER_SENTENCE = lazy_pattern(r"\w\w[.!?…。！？][\"”»’]?\s+[\"“„«]?[^\W\d_a-z]")
"""A sentence ending inside a line and the next one opening ("… higher. Andes Metals"): a
line holding a whole sentence and more is prose, whatever its capitals or stop words. Two
letters at least end the sentence: "e. V. · Am Wiesengrund 8" is an abbreviation."""
_ROW_SEPARATORS = (" · ", " | ", " • ")
"""A line parted twice by these is a footer's or a meta row's fields, not prose."""
_CLAUSE = (", ", "، ", "，", "; ", "؛ ")
_LIST_RUN = 8
"""A list's items between its lead-in ("… for three reasons:") and the item the copy cut."""


def _stops_mid_sentence(f: LineFeatures, text: str = "") -> bool:
    # A line worded like prose that stops without ending its sentence (a headline or a
    # label has few stop words and many capitals; "… said that the" ends on one). With the
    # line's text, more evidence counts, so that languages whose stop-word lists or capitals
    # say little still qualify: a whole sentence inside the line ("… oszustwa. Prokuratura"),
    # a clause break in a longer line ("وبحسب أرقام المتطوعين، تبادل …"), and a short line
    # ending on a stop word ("report blocked culverts and").
    if f.ends_sentence or f.cue is not None or f.link_ratio:
        return False
    if text[:1] == "#" and hashtag_row(text) is not None:
        return False  # "#防汛# #江城#": the page's row of hashtags, no sentence at all
    if text and sum(text.count(sep) for sep in _ROW_SEPARATORS) >= 2:
        return False  # "Verein e. V. · Am Wiesengrund 8 · Öffnungszeiten: …"
    if text and f.words >= 4 and _INNER_SENTENCE.search(text):
        return True
    if text and f.words >= 4 and f.last_stop and f.stop_ratio >= 0.2:
        return True
    if f.words < 6:
        return False
    if text and f.words >= 8 and f.capitalised < 0.5 and any(mark in text for mark in _CLAUSE):
        return True  # (an address, "Media Group, 90 York Way, London", is capitalised)
    # not a name, an address or a headline in title case
    return f.capitalised < 0.5 and (f.last_stop or f.stop_ratio >= 0.2)


_CUT_TEASER_WORDS = 15
"""Under a teaser, the cut paragraph is longer than this: a headline-long line is a teaser."""


def cut_mid_sentence(feats: list[LineFeatures], k: int, lines: list[Line] | None = None) -> bool:
    """True when line ``k`` is a paragraph the copy cut off mid-sentence: the text's last
    line, worded like prose (a headline or a label has few stop words; "… said that the"),
    under a paragraph that ended its sentence. Between the two may stand one subhead (a
    question too: "Will schools close?"), an inline "Read also: <title>" link (any other
    chrome over it — a bare "Related" label, a newsletter prompt, tags — says the last
    line is the page's: a link or its footer), or — the cut line being an item — a
    list's items under its lead-in ("… for three reasons:"). A text cut off mid-article
    ends there with nothing after it; a page's last teaser has its footer under it, and a
    grid of teaser titles over it is more than one subhead."""
    text = lines[k].text if lines is not None else ""
    if k != len(feats) - 1 or k == 0 or not _stops_mid_sentence(feats[k], text):
        return False
    subheads = 0
    for i in range(k - 1, max(-1, k - 1 - _LIST_RUN), -1):
        g = feats[i]
        if g.ends_sentence and g.words > 15:
            # the paragraph over the cut one; a bulleted last line is a link list's item
            # unless a lead-in opened the list
            return subheads <= 1 and not feats[k].bullet
        if (
            lines is not None
            and g.cue is None
            and g.words >= 3
            and lines[i].text.rstrip().endswith((":", "："))
        ):
            return True  # a list's lead-in over its items, the cut one the last
        if g.link_ratio >= 0.2:
            return False  # links over the last line: the page's footer or its teasers
        if g.cue is not None:
            if subheads > 1 or g.cue != "related" or g.words <= 4:
                # "Leia também" / "Related" over its links: the last line is one of them;
                # a newsletter prompt, tags or share row over it: the page's footer
                return False
            if feats[k].words <= _CUT_TEASER_WORDS:
                return False  # under a teaser, a headline-long line is one more ("Next: …")
            # an inline "Read also: <title>" link between two paragraphs, or between the
            # story and the cut paragraph's subhead
            continue
        if g.words <= 20 and (not g.ends_sentence or g.words <= 10):
            subheads += 1  # a subhead, or a list's item (then a lead-in must come)
            continue
        return False
    return False


_CUT_GAP = 2
"""How many lines may stand between the article and the paragraph the text stops in."""
_CUT_HEAD_WORDS = 8


def _keep_cut_paragraph(zones: list[int], feats: list[LineFeatures], lines: list[Line]) -> None:
    # A paragraph cut off mid-sentence at the end of the text stays the article's: it has
    # no sentence end, so it scores below prose, yet nothing but the article comes after.
    # Between it and the article's last kept line may stand its subhead (a few words, no
    # sentence end, no cue) and an inline teaser ("Read more: …"): the teaser stays out.
    k = len(zones) - 1
    if k <= 0 or zones[k] != POST or not cut_mid_sentence(feats, k, lines):
        return
    for line in _cut_paragraph_run(zones, feats, k) or ():
        zones[line] = BODY


def _cut_paragraph_run(
    zones: list[int], feats: list[LineFeatures], k: int, *, over_links: bool = False
) -> list[int] | None:
    # The cut paragraph at line ``k`` and what stands between it and the article's last
    # kept line that is the article's too: its subhead (a few words, no sentence end, no cue,
    # no link). An inline teaser ("Read more: …", a related cue) between them is passed over
    # and stays out, and so is a line of links when ``over_links`` (a paywall's notice under
    # the paragraph is evidence enough; the text's mere end is not: a related teaser's cut
    # snippet stands under its link). Anything else, or more than ``_CUT_GAP`` lines, and
    # None: the line is no paragraph of the article. One walk for the two rules that keep a
    # cut paragraph (the text's last line, and the line over a paywall's notice).
    keep = [k]
    j = k - 1
    while j >= 0 and zones[j] != BODY and len(keep) <= _CUT_GAP:
        f = feats[j]
        if (
            f.cue is None
            and f.words <= _CUT_HEAD_WORDS
            and not f.ends_sentence
            and not f.link_ratio
        ):
            keep.append(j)  # the subhead over the cut paragraph
        elif f.cue != "related" and not (over_links and f.link_ratio):
            return None
        j -= 1
    return keep if j >= 0 and zones[j] == BODY else None


_PAYWALL_CUT_WORDS = 12
"""A paragraph the paywall cut is a paragraph, not a teaser's headline."""


def _keep_paywall_cut(
    zones: list[int], lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues | None
) -> None:
    # A paragraph the paywall cut mid-sentence ("… mostravano graffi e piccole") stands
    # right over the paywall's notice, which opens with a paywall phrase of the page's
    # language ("Il resto di questo test è riservato ai soci", "La suite de cet article est
    # réservée…"); the page goes on under the notice, so the rule for a text's last line
    # does not see it. It stays the article's, with what stands between it and the
    # article's last kept line: a subhead or an inline "Read also: <title>" link (dropped).
    if chrome is None or not chrome.accounts:
        return
    for k in range(1, len(zones) - 1):
        if zones[k] != POST or feats[k].words < _PAYWALL_CUT_WORDS:
            continue
        if not _stops_mid_sentence(feats[k], lines[k].text):
            continue
        below = lines[k + 1].text.casefold()
        if not any(below.startswith(word) for word in chrome.accounts) and not _share_left(
            k + 1, lines, feats, chrome
        ):
            continue
        for line in _cut_paragraph_run(zones, feats, k, over_links=True) or ():
            zones[line] = BODY
        return


_WALL_RUN = 8
"""How many lines a login wall set inside the article holds at most."""
_WALL_PROMPTS = 2
_WALL_BUTTON_WORDS = 6
_WALL_CUES = frozenset(["comments", "donate", "sign-up", "noise.sign-up", "paywall-meter"])
"""Cues of the wall's other lines: its pitch ("Become a member …", "Werden Sie Mitglied …")."""


def _keep_past_wall(
    zones: list[int], lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues | None
) -> None:
    # A members' login wall printed inside the article, the paragraph it cut under it
    # ("This article is for members" / "Log in to keep reading" / "Already a subscriber? Sign
    # in" / "… built the shop's first website and says the early months taught her more
    # about"): the decoder ends the article over the wall, and the wall's last subhead and
    # the cut paragraph go with the page's chrome. When right under the article's last kept
    # line stand (a subhead, then) a run of wall lines, two at least opening with a paywall
    # phrase of the page's language and the others short buttons ("Join from £4 a month"),
    # and under the run a paragraph cut off mid-sentence, the subhead and the paragraph are
    # the article's; the wall stays out. Guard: a paywall phrase must open the line under the
    # article's end (or under its subhead) before anything else is looked at.
    if chrome is None or not chrome.accounts:
        return
    last = next((k for k in range(len(zones) - 1, -1, -1) if zones[k] == BODY), None)
    if last is None or last + 3 >= len(zones):
        return
    keep: list[int] = []
    j = last + 1
    f = feats[j]
    if (
        zones[j] == POST
        and f.cue is None
        and 1 <= f.words <= _CUT_HEAD_WORDS
        and not f.ends_sentence
        and not f.link_ratio
    ):
        keep.append(j)  # the subhead over the wall
        j += 1

    def prompt(i: int) -> bool:
        text = lines[i].text.casefold()
        return any(text.startswith(word) for word in chrome.accounts)

    if j >= len(zones) or zones[j] != POST or not prompt(j):
        return
    prompts, start = 0, j
    while j < len(zones) and zones[j] == POST and j - start < _WALL_RUN:
        if prompt(j):
            prompts += 1
        elif feats[j].cue not in _WALL_CUES and (
            feats[j].words > _WALL_BUTTON_WORDS or feats[j].ends_sentence
        ):
            break  # the wall's own sentences carry a cue ("Werden Sie Mitglied, um …")
        j += 1
    if prompts < _WALL_PROMPTS or j >= len(zones) or zones[j] != POST:
        return
    if feats[j].words < _PAYWALL_CUT_WORDS or not _stops_mid_sentence(feats[j], lines[j].text):
        return
    for line in (*keep, j):
        zones[line] = BODY


_SHARE_LEFT = lazy_pattern(r"\d{1,3}\s?%")
_SHARE_LEFT_WORDS = 6
_SIGN_UP_CUES = frozenset(["sign-up", "noise.sign-up", "paywall-meter"])


def _share_left(
    j: int, lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues
) -> bool:
    # Line ``j`` is a paywall's counter of what is left to read ("Pozostało 68% artykułu",
    # "Il reste 65 % de l'article"): a few words with a percentage, right over the paywall's
    # sign-up box. In no language a phrase list: its words are everyday words, the box under
    # it says what it is.
    if feats[j].words > _SHARE_LEFT_WORDS or not _SHARE_LEFT.search(lines[j].text):
        return False
    if j + 1 >= len(lines):
        return False
    after = lines[j + 1].text.casefold()
    return feats[j + 1].cue in _SIGN_UP_CUES or any(after.startswith(w) for w in chrome.accounts)


_CLOSING_WORDS = 20
"""A closing line ("Thank you.", "The bill now goes to the Senate.") is one short sentence."""
_CLOSING_ENDS = (".", "!", "?", "…", "。", "！", "？", '."', ".”", "!”", "?”", ".»", "!»")
_FULL_PARAGRAPH_WORDS = 12
_PITCH_CUES = frozenset(["comments", "sign-up", "noise.sign-up"])
"""Cues of a paywall, sign-up or comments box, whose own lead sentence stands over them."""
_ASIDES = 2
"""How many ad slots and one-line teasers can stand between the last full paragraph and the
article's closing line."""
_AD_CUES = frozenset(["advertisement", "noise.advertisement"])


def _inline_aside(text: str, f: LineFeatures) -> bool:
    # An ad slot ("ADVERTISEMENT", "Anzeige") or a teaser that prints its label and the
    # other story's headline on one line ("Te puede interesar: …", "Read more: …"): a thing
    # set inside the story, not the block of links that ends it (a bare "Related" label).
    if f.cue in _AD_CUES:
        return True
    if f.cue != "related":
        return False
    label, colon, headline = text.partition(":")
    return bool(colon) and len(label.split()) <= 4 and len(headline.split()) >= 3


def _closing_sentence(text: str, f: LineFeatures) -> bool:
    # One short plain sentence: a capital, a full stop, no cue, link, contact or caption.
    return (
        2 <= f.words <= _CLOSING_WORDS
        and text.endswith(_CLOSING_ENDS)
        and f.cue is None
        and not f.link_ratio
        and f.repeats <= 1
        and not f.byline
        # a script without capitals (Arabic, Hebrew) opens its sentence with any letter
        and (
            text[:1].isupper()
            or text[:1] in "\"“«„—–"
            or f.no_space_script
            or _uncased(text[:1])
        )
        and "@" not in text
        and "://" not in text
        and CONTACT_DETAIL.search(text) is None
        and split_caption(text) is None
    )


def _keep_closing_line(zones: list[int], lines: list[Line], feats: list[LineFeatures]) -> None:
    # The article's last paragraph when it is one short sentence ("Thank you.", "The bill
    # now goes to the Senate.", a one-line kicker) or a letter's signature stays the
    # article's: it scores below prose for its length, so the decoder ends the article above
    # it. Only right under a full
    # paragraph (long, ending its sentence), with page chrome (a cue, links, a contact, a
    # label) or nothing under it: a teaser's blurb stands under its headline, not under the
    # article's paragraph, and chrome in sentences carries a cue or a link.
    last = next((k for k in range(len(zones) - 1, -1, -1) if zones[k] in (BODY, TAIL)), None)
    if last is None or zones[last] != BODY:
        return
    k = last + 1
    # An ad slot or a one-line teaser the page sets between paragraphs ("Publicidad",
    # "Lees ook: Nieuwe fietstunnel …") may stand between the last full paragraph and the
    # closing line: the decoder ends the article at it, the story goes on under it.
    while k < len(zones) - 1 and k - last <= _ASIDES and _inline_aside(lines[k].text, feats[k]):
        k += 1
    if k >= len(zones) or zones[k] != POST:
        return
    above = feats[last]
    if not above.ends_sentence or above.cue is not None:
        return
    words, start = above.words, last
    while words < _FULL_PARAGRAPH_WORDS and start > 0 and not lines[start].blank_before:
        start -= 1  # a hard-wrapped paragraph's last line: count the whole paragraph
        words += feats[start].words
    if words < _FULL_PARAGRAPH_WORDS:
        return
    signed = is_signature(lines[k].text)  # a letter's signature under its last paragraph
    if not signed and not _closing_sentence(lines[k].text, feats[k]):
        return
    if k + 1 < len(zones):
        g = feats[k + 1]
        if g.cue in _PITCH_CUES and not signed:
            return  # "Transcripts for members." over "Become a member …": the pitch's lead
        chrome = (
            g.cue is not None
            or g.link_ratio >= 0.2
            or g.repeats > 1
            or (not g.ends_sentence and g.words <= 6)
            or CONTACT_DETAIL.search(lines[k + 1].text) is not None
            # a box's label alone on its line ("Archivado en:", "Auf einen Blick:")
            or (g.words <= 4 and lines[k + 1].text.rstrip().endswith((":", "：")))
        )
        if not chrome:
            return
    zones[k] = BODY


_SECTION_HEAD_WORDS = 6
"""How many words the head of the article's last section holds at most ("Up Next")."""

_CLOSING_WIDGETS = frozenset(["share", "donate", "comments", "rights"])
"""Cue kinds of the widgets that close an article under its last section (a share row, a
donate button, a comments prompt, the rights line), not a box of teasers. Not a sign-up
button: a head and a blurb over it are the sign-up box's own ("Get alerts for your lines" /
"Choose your routes and we will text you …" / "Sign up for alerts")."""


def _section_head_shape(text: str, f: LineFeatures) -> bool:
    # A closing section's subhead: a short line of no cue, link or bullet that ends no
    # sentence and opens with a capital (an uncased script, Arabic or Chinese, has none).
    return (
        f.cue is None
        and f.link_ratio <= 0.0
        and not f.bullet
        and not f.ends_sentence
        and 1 <= f.words <= _SECTION_HEAD_WORDS
        and (text[:1].isupper() or _uncased(text[:1]))
    )


def _keep_closing_section(zones: list[int], lines: list[Line], feats: list[LineFeatures]) -> None:
    # The article's last section, a short subhead and one paragraph ("Up Next" / "The
    # championships will be held Nov. 22 …", "Наступний збір" / "До кінця року фонд …"),
    # stays the article's when a widget that closes articles (a share row, a donate button,
    # a comments prompt, the rights line) or nothing stands right under it: the
    # decoder ends the article above the subhead, which scores as a teaser's headline. A
    # teaser's headline and blurb stand among other teasers or under a related box's label,
    # not over the article's share row.
    last = next((k for k in range(len(zones) - 1, -1, -1) if zones[k] in (BODY, TAIL)), None)
    if last is None or zones[last] != BODY or last + 2 >= len(zones):
        return
    head = last + 1
    if feats[head].cue == "noise.end-mark" and lines[head].blank_before:
        # "-انتهى-" / "نبذة عن الشركة" / "…": a release's end mark over its "About …"
        # section; the boilerplate under the mark is the release's last section
        head += 1
    f = feats[head]

    def apart(j: int) -> bool:
        # a blank line over line j (lines re-joined from a hard wrap keep none: a gap in
        # the source's line numbers is the blank line)
        return lines[j].blank_before or lines[j].number > lines[j - 1].number + 1

    if (
        zones[head] != POST
        or not apart(head)
        or not _section_head_shape(lines[head].text, f)
    ):
        return
    end = head + 1  # the paragraph under the subhead, all its lines when hard-wrapped
    if end >= len(lines) or not apart(end):
        return
    while end + 1 < len(lines) and not apart(end + 1):
        end += 1
    para = range(head + 1, end + 1)
    words = sum(feats[k].words for k in para)
    if (
        words < _FULL_PARAGRAPH_WORDS
        or not feats[end].ends_sentence
        or any(zones[k] != POST or feats[k].cue is not None or feats[k].link_ratio for k in para)
    ):
        return
    if end + 1 < len(lines) and feats[end + 1].cue not in _CLOSING_WIDGETS:
        return
    for k in range(head, end + 1):
        zones[k] = BODY


_CLOSING_LIST_ITEMS = 12


_LINKED_ITEM_RATIO = 0.75
"""A closing list's item with a link inside is link for less than this share of its
characters (an html2text item counts its address: "* online über das [Serviceportal](…)
oder Ihr Bürgerkonto" is 0.56; a teaser's or menu's item, all link, is 0.9 or more)."""
_LINKED_ITEM_WORDS = 4
"""How many words a closing list's item with a link inside holds at least."""


def _practical_item(text: str, f: LineFeatures, inner_link: bool = False) -> bool:
    # A list item of an article's practical box, not a menu's or teaser list's: no link,
    # and a detail in it (a digit of an address, a time or a price, a colon or comma inside:
    # "Vendredi : 16 h - 21 h", "Floodline: 0345 988 1188", "Ticket office, Station Road")
    # or a phrase with stop words, where a menu item is a bare name. With ``inner_link``
    # (round 25 pq70: a lead-in sentence announced the list) a link inside the item is
    # allowed ("* онлайн через [12]портал «Дія» …"), not one that opens it, as a menu's or
    # teaser's item does ("* [16]Компенсація за догляд …"), nor a short one or one that is
    # mostly link.
    if f.cue is not None:
        return False
    inner = text[1:].strip()  # the bullet cut off
    if (f.link_ratio > 0.0 or "[" in text or "](" in text) and (
        not inner_link
        or inner[:1] == "["
        or f.link_ratio >= _LINKED_ITEM_RATIO
        or f.words < _LINKED_ITEM_WORDS
    ):
        return False
    return (
        any(ch.isdigit() for ch in inner)
        or ": " in inner
        or ", " in inner
        or (f.words >= 4 and f.stop_ratio > 0)
    )


def closing_list(zones: list[int], lines: list[Line], feats: list[LineFeatures]) -> range | None:
    """The article's last section as a subhead over a bulleted list ("Infos pratiques" /
    "* Vendredi : 16 h - 21 h" …, "Where to get help" / "* Floodline: 0345 988 1188" …),
    which the decoder left after the article (the subhead scored as a teaser's headline,
    the items as a menu): the lines of the subhead and its items, when the subhead stands
    right under the article's last full paragraph and a widget that closes articles (a
    share row, a donate button, a comments prompt, the rights line) or the end of the text
    stands right under the list (round 24 listkeep; the reader keeps them when the
    subhead is set as the page sets its headings). A menu's or a teaser list's items are
    bare names or links and stand under a cued label or among other chrome; here every
    item carries a detail (:func:`_practical_item`). Guard: only the one line after the
    last body line is looked at, and only when it is a short capitalised line with no cue
    over a bullet."""
    last = next((k for k in range(len(zones) - 1, -1, -1) if zones[k] in (BODY, TAIL)), None)
    if last is None or zones[last] != BODY or last + 2 >= len(zones):
        return None
    if feats[last].bullet and feats[last + 1].bullet and zones[last + 1] == POST:
        return _closing_list_rest(zones, lines, feats, last)
    if last + 3 >= len(zones):
        return None
    head = last + 1
    f = feats[head]
    lead = head + 1  # the first item, or a lead-in line ending with a colon over the items
    if not feats[lead].bullet and _list_lead_in(lines[lead].text, feats[lead]):
        lead += 1
    if (
        zones[head] != POST
        or lead >= len(zones)
        or not feats[lead].bullet
        or not lines[head].blank_before
        or not _section_head_shape(lines[head].text, f)
        or not feats[last].ends_sentence
    ):
        return None
    words, start = feats[last].words, last  # the last paragraph, all its lines when wrapped
    while start > 0 and not lines[start].blank_before and zones[start - 1] == BODY:
        start -= 1
        words += feats[start].words
    if words < _FULL_PARAGRAPH_WORDS:
        return None
    end = lead
    led = lead > head + 1
    while end < len(zones) and feats[end].bullet and end - lead < _CLOSING_LIST_ITEMS:
        if zones[end] != POST or not _practical_item(lines[end].text, feats[end], led):
            return None
        end += 1
    if end - lead < 2 or (end < len(zones) and feats[end].bullet):
        return None
    # (a cue word's kind reads "noise.share" from the language files, "share" from a rule)
    if end < len(zones) and (feats[end].cue or "").removeprefix("noise.") not in _CLOSING_WIDGETS:
        return None
    return range(head, end)


_LIST_LEAD_WORDS = 30
"""How many words a closing list's lead-in line holds at most ("Подати заяву можна:")."""


def _list_lead_in(text: str, f: LineFeatures) -> bool:
    # Round 25 (pq70): a closing list's lead-in line between its subhead and its items
    # ("Звернутися по допомогу можна:", "You can apply in three ways:"): prose of the
    # article ending with a colon, with no cue and no link. The colon is tested first.
    return (
        text.endswith((":", "：", " :"))
        and f.cue is None
        and f.link_ratio <= 0.0
        and 2 <= f.words <= _LIST_LEAD_WORDS
        and "[" not in text
    )


def _closing_list_rest(
    zones: list[int], lines: list[Line], feats: list[LineFeatures], last: int
) -> range | None:
    # Round 25 (pq70): the rest of a list whose first items closed the article's body
    # ("* особисто у відділі …" / "* за телефоном …" kept, "* онлайн через [12]портал …"
    # dropped as a menu item for its link): every further item of the run carries a detail
    # (a link inside it allowed, not one opening it) and a widget that closes articles (a
    # share row, a donate button, a comments prompt, the rights line) or the text's end
    # stands right under the run. Guard: only when the body's last line and the next are
    # both bullets.
    end = last + 1
    while end < len(zones) and feats[end].bullet and end - last <= _CLOSING_LIST_ITEMS:
        if zones[end] != POST or not _practical_item(lines[end].text, feats[end], True):
            return None
        end += 1
    if end < len(zones) and (
        feats[end].bullet or (feats[end].cue or "").removeprefix("noise.") not in _CLOSING_WIDGETS
    ):
        return None
    return range(last + 1, end)


def _uncased(ch: str) -> bool:
    # A letter of a script without capitals (Arabic, Hebrew, Chinese, Japanese).
    return ch.isalpha() and not ch.isupper() and not ch.islower()


_TABLE_LABEL_WORDS = 6
"""How many words a results table's subhead or note holds at most ("Ward by ward results")."""


def _keep_results_table(
    zones: list[int], lines: list[Line], feats: list[LineFeatures], lists: set[int]
) -> None:
    # A results table under the story's last paragraph stays the article's.
    #
    # An election count or a match report closes with its table printed a row a line
    # ("Sue Kavanagh (Ind) 812 *", "Turnout: 38.2%"), under short subheads ("Abbotsleigh"):
    # no row is prose, so the decoder ends the article above it. Kept: runs of figure rows
    # (``unmarked_lists``), six rows at least, with short plain lines between runs
    # (subheads, a note: three at most), right under the last paragraph or under one inline
    # link or widget there ("READ MORE: …", which stays chrome); the table ends at the first
    # other line.
    if BODY not in zones or not lists:
        return
    last = max(k for k, zone in enumerate(zones) if zone == BODY)
    k = last + 1
    if k < len(zones) and zones[k] == POST and feats[k].cue is not None and feats[k].words <= 20:
        k += 1  # an inline "READ MORE: …" link between the story and its table
    kept: list[int] = []
    rows = 0
    while k < len(zones) and zones[k] == POST:
        f = feats[k]
        if k in lists:
            rows += 1
        elif not (
            f.cue is None
            and f.link_ratio < 0.2
            and not f.bullet
            and f.words <= _TABLE_LABEL_WORDS
            and (not f.ends_sentence or lines[k].text.startswith("("))  # "(… marked *)"
            and any(j in lists for j in range(k + 1, min(len(zones), k + 4)))
        ):
            break  # a subhead or note (three at most) stands right over the next rows
        kept.append(k)
        k += 1
    if rows >= _TABLE_ROWS or (
        # Round 25 (tailnotes): a shorter results list closing the article, right over a
        # widget that closes articles (a share row, the rights line) or the text's end
        rows >= _QUANTITY_RUN
        and (k >= len(zones) or (feats[k].cue or "").removeprefix("noise.") in _CLOSING_WIDGETS)
    ):
        for j in kept:
            zones[j] = BODY


_SIGN_OFF_WORDS = 6
"""How many words the signer's line of a statement holds at most ("La Junta Directiva")."""
_SIGN_OFF_DATE_WORDS = 8
"""How many words the place-and-date line under it holds at most ("Valdecasa, 3 de marzo")."""


def sign_off_date(text: str, f: LineFeatures, lang: str | None) -> bool:
    """A short line that is a date with its year and no more, perhaps after the place
    ("Valdecasa, 3 de marzo de 2026", "2026年5月6日", "Paris, le 4 mars 2026")."""
    if f.cue is not None or f.link_ratio > 0 or f.words > _SIGN_OFF_DATE_WORDS:
        return False
    if ":" in text or "：" in text or opens_with_date_label(text, lang):
        # "Ultimo aggiornamento: 22/04/2026", "Publiziert am 02.12.2026": the page's
        # date stamp, labelled, under the agency's or the desk's sign-off
        return False
    return f.datelike or parse_date(text.rpartition(", ")[2]) is not None


_FIGURED_RUN = 10
"""How many lines the article's last pictured stretch holds at most."""
_FIGURE_LINE_WORDS = 8
_FIGURED_ENDS = _CLOSING_WIDGETS | {"sign-up", "noise.sign-up"}

def _figure_line(text: str, f: LineFeatures, chrome: ChromeCues | None) -> bool:
    # An image's mark ("[IMG]", "![](…)", "[photo.jpg]") or a labelled photo credit on a
    # line of its own ("Фото: Name", "تصوير: Name").
    if text.startswith("![") and text.endswith(")") and "](" in text:
        return True
    if f.words > _FIGURE_LINE_WORDS or f.cue is not None:
        return False
    if is_image_placeholder(text) or _credit_only(text):
        return True
    if chrome is None or not chrome.photo_labels:
        return False
    label, colon, name = fold(text).partition(":")
    return bool(colon and name.strip()) and label.strip(" *_") in chrome.photo_labels


def _keep_figured_section(
    zones: list[int], lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues | None
) -> None:
    # The article's last stretch with a photo between its paragraphs (a subhead, a
    # paragraph, "[IMG]" / "تصوير: Name", the closing paragraph), right over the share row,
    # the rights line or the newsletter's prompt: the decoder ended the article above the
    # subhead, which scored as a teaser card's headline with its blurb and picture. A
    # teaser's picture has no paragraph of the story under it: here two full paragraphs
    # (twelve words or more, a closing stop, no link, no cue) stand around the image's lines
    # (its mark or its labelled credit), the stretch ends on a paragraph and a closing
    # widget or nothing stands under it. Guard: only the lines right under the article's
    # end, and only when a photo's line is found among them.
    last = next((k for k in range(len(zones) - 1, -1, -1) if zones[k] in (BODY, TAIL)), None)
    n = len(zones)
    if last is None or zones[last] != BODY or last + 3 >= n:
        return
    start = k = last + 1
    f = feats[k]
    if (
        zones[k] == POST
        and f.cue is None
        and not f.link_ratio
        and not f.bullet
        and not f.ends_sentence
        and 1 <= f.words <= _SECTION_HEAD_WORDS
    ):
        k += 1  # the section's subhead
    paragraphs, pictured, last_paragraph = 0, False, -1
    while k < n and zones[k] == POST and k - start < _FIGURED_RUN:
        f = feats[k]
        text = lines[k].text
        if (
            f.cue is None
            and not f.link_ratio
            and not f.bullet
            and f.ends_sentence
            and f.words >= _FULL_PARAGRAPH_WORDS
        ):
            paragraphs += 1
            last_paragraph = k
        elif _figure_line(text, f, chrome):
            if not paragraphs:
                return  # a picture over the first paragraph: a teaser card's
            pictured = True
        else:
            break
        k += 1
    if not pictured or paragraphs < 2 or last_paragraph != k - 1:
        return
    if k < n and feats[k].cue not in _FIGURED_ENDS:
        return
    for j in range(start, k):
        zones[j] = BODY


def _keep_sign_off(
    zones: list[int], lines: list[Line], feats: list[LineFeatures], lang: str | None
) -> None:
    # A statement's or a letter's sign-off under its last paragraph: the signer (a person,
    # a board, an office) and the place and date it was signed ("La Junta Directiva" /
    # "Valdecasa, 3 de marzo de 2026"; "应急救援处" / "2026年5月6日"), or the date line alone,
    # with chrome (a cue, links) or nothing under it. A teaser's byline and date stand under
    # its headline, not under the article's closing sentence; the date line is what tells a
    # sign-off from a lone short line of chrome.
    n = len(zones)
    last = next((k for k in range(n - 1, -1, -1) if zones[k] in (BODY, TAIL)), None)
    if last is None or zones[last] != BODY or last + 1 >= n or zones[last + 1] != POST:
        return
    if not feats[last].ends_sentence or feats[last].cue is not None:
        return

    def date_line(k: int) -> bool:
        return sign_off_date(lines[k].text, feats[k], lang)

    k = last + 1
    signer = feats[k]
    if (
        not date_line(k)
        and signer.cue is None
        and signer.link_ratio == 0
        and 0 < signer.words <= _SIGN_OFF_WORDS
        and not signer.ends_sentence
        and k + 1 < n
        and date_line(k + 1)
    ):
        k += 1
    if not date_line(k):
        return
    if k + 1 < n and zones[k + 1] == POST:
        g = feats[k + 1]
        label = lines[k + 1].text.endswith((":", "：")) and g.words <= 3  # "相关链接："
        if g.cue is None and g.link_ratio < 0.2 and not lines[k + 1].link_row and not label:
            return  # more text of no known chrome under it: not where the article ends
    for j in range(last + 1, k + 1):
        zones[j] = BODY


_BOX_LINES = 10
"""How many lines a facts box between the article's last paragraph and its share row holds."""


def _keep_box_before_share(
    zones: list[int], lines: list[Line], feats: list[LineFeatures]
) -> int | None:
    # A facts box that closes the article above its share row stays the article's.
    #
    # A road test's spec sheet ("Puissance : 145 ch"), a notice's practical details
    # ("Renseignements : …" / "Tél. 02 …") print no sentence, so the decoder ends the
    # article over them; but they stand before the share row that closes the article, not
    # after it among the page's teasers. Kept: two to ten plain lines (no cue, no links, no
    # list marks) right under the last paragraph and right over a share row, maybe headed by
    # a title of three words or fewer, all but one of the others "Label: value" rows or
    # contact details (a telephone number, an e-mail address), two of them at least (one
    # under a title). Returns the box's title line, if it has one.
    if BODY not in zones:
        return None
    last = max(k for k, zone in enumerate(zones) if zone == BODY)
    if (framed := _keep_framed_box(zones, feats, last)) is not None:
        return framed
    # The box's rows may carry the "facts" cue of a measures box ("Batterie : 52 kWh" /
    # "Autonomie WLTP : 409 km"): they are the box, not the chrome that closes it.
    end = next(
        (
            j
            for j in range(last + 1, min(len(zones), last + _BOX_LINES + 2))
            if feats[j].cue and feats[j].cue != "facts"
        ),
        None,
    )
    if end is None or feats[end].cue != "share" or end - last < 3:
        return None
    box = range(last + 1, end)
    if any(
        zones[k] != POST or feats[k].link_ratio or feats[k].bullet or feats[k].datelike
        for k in box
    ):
        return None  # a date line under the text ("Published on …") is the page's, read as such
    rows = list(box)
    titled = feats[rows[0]].words <= 3 and not feats[rows[0]].ends_sentence
    if titled:
        rows = rows[1:]  # the box's own title: "Fiche technique", "En pratique"
    facts = sum(1 for k in rows if fact_row(lines[k].text) or _contact_detail(lines[k].text))
    if (facts >= 2 or (titled and facts == 1)) and facts >= len(rows) - 1:
        for k in box:
            zones[k] = BODY
        return box[0] if titled else None
    return None


def _keep_framed_box(zones: list[int], feats: list[LineFeatures], last: int) -> int | None:
    # A box framed by two rules right under the last paragraph and right over the share
    # row ("-----" / "Infos pratiques" / "Concert …, 17 h" / "Temple …, entrée libre" /
    # "-----" / "Partager …"): a text dump prints an aside's borders as rules, and what
    # they frame before the share row is the article's own practical box, sentences or
    # not (see :func:`framed_box`); the rules stay chrome. Returns the box's title line.
    box = framed_box(feats, last + 1)
    if box is None or any(zones[k] != POST for k in box):
        return None
    for k in box:
        zones[k] = BODY
    return box[0]


def framed_box(feats: list[LineFeatures], opening: int) -> range | None:
    """The lines framed by the rule at ``opening`` and the next rule, when the share row
    comes right after the second: a title of three words or fewer (no sentence end) and
    one to eight plain lines under it (no cue, no links, no list marks)."""
    if opening >= len(feats) or feats[opening].cue != "separator":
        return None
    closing = next(
        (
            j
            for j in range(opening + 1, min(len(feats), opening + _BOX_LINES + 2))
            if feats[j].cue is not None
        ),
        None,
    )
    if closing is None or feats[closing].cue != "separator" or closing - opening < 3:
        return None
    share = next((j for j in range(closing + 1, len(feats)) if feats[j].words), None)
    if share is None or feats[share].cue != "share":
        return None
    box = range(opening + 1, closing)
    if any(feats[k].link_ratio or feats[k].bullet for k in box):
        return None
    if feats[box[0]].words > 3 or feats[box[0]].ends_sentence:
        return None
    return box


def in_framed_box(feats: list[LineFeatures], k: int) -> bool:
    """Line ``k`` stands inside a framed box closing the article (:func:`framed_box`)."""
    for j in range(k - 1, max(-1, k - _BOX_LINES - 1), -1):
        if feats[j].cue is not None:
            box = framed_box(feats, j)
            return box is not None and k in box
    return False


def _contact_detail(text: str) -> bool:
    # A short line giving a telephone number or an e-mail address, no sentence.
    if len(text) > 120 or text.endswith((".", "!", "?")):
        return False
    return "@" in text or sum(ch.isdigit() for ch in text) >= 8


def find_region(
    lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues | None = None
) -> Region:
    """Decode the zones of ``lines`` (linear time: six states, a fixed set of moves);
    ``chrome`` (the page language's cue words) names a recipe card's section heads."""
    n = len(lines)
    if n == 0:
        return Region([], None, [], False, False, 0.0)
    prose = prose_scores(feats, lines)
    items = numbered_items(lines, feats)
    cued = feats  # (the interstitial reader's lines keep their own cues here)
    interstitial = interstitials(lines, feats, prose, chrome.lang if chrome else None)
    signed = signatures(lines, prose)
    inside = between_paragraphs(prose, feats, items, interstitial) | signed
    prose = _last_letter_signed(prose, signed)
    if interstitial:
        # the story's short sentences under a "Read more" block it goes on past
        inside |= resumed_prose(feats, interstitial)
        # Decoded as a widget between paragraphs; the line keeps its own cue (and is dropped).
        feats = [
            f._replace(cue="noise.embed") if k in interstitial else f for k, f in enumerate(feats)
        ]
    lists = unmarked_lists(lines, feats)
    sections = recipe_sections(lines, feats, chrome)
    reviewed = review_list_items(lines, feats, chrome)
    neg = float("-inf")
    # score[z] is the best total of a path ending in zone z at the current line.
    live = sum(1 for f in feats if f.stamp) >= _LIVE_STAMPS
    args = (items, inside, lists, sections, reviewed, live, embed_runs(cued))
    first = _emissions(0, lines, feats, prose, *args)
    score = [first[PRE], first[TITLE]] + [neg] * (_STATES - 2)
    back: list[tuple[int, ...]] = [(PRE,) * _STATES]
    since_title = [0] * _STATES
    for k in range(1, n):
        emit = _emissions(k, lines, feats, prose, *args)
        new = [neg] * _STATES
        ptr = [0] * _STATES
        span = [0] * _STATES
        for prev, moves in enumerate(_MOVES):
            base = score[prev]
            if base == neg:
                continue
            since = since_title[prev]
            for zone, entry in moves:
                if zone == HEAD and since >= _HEADER_SPAN:
                    continue  # the header zone is a few lines, not a page
                value = base + emit[zone]
                if entry:
                    value += entry
                if value > new[zone]:
                    new[zone] = value
                    ptr[zone] = prev
                    span[zone] = 0 if zone == TITLE else since + 1
        score = new
        since_title = span
        back.append(tuple(ptr))
    # The text may end in any zone after the headline.
    if cut_mid_sentence(feats, n - 1, lines) and score[POST] > neg:
        score[POST] -= _END_IN_PROSE
    end = max((TITLE, HEAD, BODY, TAIL, POST, RESUMED, MARKED, PASSED), key=lambda z: score[z])
    if score[end] == neg:
        return Region([BODY] * n, None, [], False, False, 0.0)
    zones = [0] * n
    zone = end
    for k in range(n - 1, -1, -1):
        zones[k] = POST if zone == BETWEEN else BODY if zone > POST else zone
        zone = back[k][zone]
    title = zones.index(TITLE) if TITLE in zones else None
    _drop_link_lines(zones, feats)
    _drop_related_tail(zones, feats)
    carded = _drop_teaser_cards(zones, lines, cued)
    _drop_closing_callout(zones, lines, feats)
    ad_copy = _drop_ad_copy(zones, lines, feats)
    if reviewed and chrome is not None:
        _keep_review_lists(zones, lines, feats, reviewed, chrome)
    # Evidence of a dump is read before the last credit is kept: it repeats on the page.
    outside = [k for k, zone in enumerate(zones) if zone in (PRE, POST)]
    _keep_last_credit(zones, lines)
    _keep_last_slide(zones, lines, feats)
    _keep_closing_photo_caption(zones, lines, feats)
    _keep_closing_credit(zones, lines, feats)
    _keep_entry_runs(zones, lines, feats)
    _keep_ranking(zones, lines, feats)
    _keep_results_tables(zones, lines, feats)
    _keep_interview(zones, lines, feats)
    _keep_cut_paragraph(zones, feats, lines)
    _keep_paywall_cut(zones, lines, feats, chrome)
    _keep_past_wall(zones, lines, feats, chrome)
    _keep_closing_line(zones, lines, feats)
    _keep_closing_section(zones, lines, feats)
    _keep_figured_section(zones, lines, feats, chrome)
    _keep_sign_off(zones, lines, feats, chrome.lang if chrome is not None else None)
    box_title = _keep_box_before_share(zones, lines, feats)
    _keep_results_table(zones, lines, feats, lists)
    _drop_second_copy(zones, lines, feats)
    dropped: list[tuple[int, int, str]] = []
    for k, zone in enumerate(zones):
        if zone not in (PRE, POST):
            continue
        reason = ("above the headline: " if zone == PRE else "after the article: ") + (
            chrome_reason(feats[k])
        )
        if dropped and dropped[-1][2] == reason and dropped[-1][1] == lines[k - 1].number:
            dropped[-1] = (dropped[-1][0], lines[k].number, reason)
        else:
            dropped.append((lines[k].number, lines[k].number, reason))
    # A dump only on evidence of page chrome, not because a short text has short lines.
    evidence = sum(1 for k in outside if chrome_like(lines[k].text, feats[k], kicker=False))
    is_dump = BODY in zones and (len(outside) >= 8 or (len(outside) >= 4 and evidence >= 3))
    post = [k for k, zone in enumerate(zones) if zone == POST]
    post_evidence = sum(1 for k in post if feats[k].cue is not None or feats[k].link_ratio >= 0.2)
    # Two lines after the article, both chrome and one of them a promotion ("Subscribe to …"
    # / the office's address with its e-mail and telephone), are a tail to cut as well; a
    # press release's contact line over its end mark stays where the release puts it.
    cut_tail = is_dump or carded or (len(post) >= 3 and post_evidence >= 2) or (
        len(post) == 2
        and all(_tail_evidence(lines[k].text, feats[k]) for k in post)
        and any(feats[k].cue in PROMO_CUES for k in post)
    )
    score_of_title = _headline_score(title, lines, feats) if title is not None else 0.0
    between = line_numbers(lines, interstitial | ad_copy)
    titles = frozenset([lines[box_title].number]) if box_title is not None else frozenset()
    return Region(zones, title, dropped, is_dump, cut_tail, score_of_title, between, titles)


_COPY_WORDS = 12
"""Words a paragraph needs before its repeat marks a second copy of the article."""
_COPY_RUN = 2


def _drop_second_copy(zones: list[int], lines: list[Line], feats: list[LineFeatures]) -> None:
    # A page that prints the article a second time under it (the next story of an endless
    # scroll that is the same story, a gallery's slides printed again with their text): the
    # body ends where the copy begins. The copy opens at the first paragraph of twelve words
    # or more that repeats one of the body's earlier paragraphs, when the paragraph after that
    # one repeats a paragraph after that earlier one too; the short lines over it (the copy's
    # headline, a credit, "Related Articles" with its teasers) go with it, back to the last
    # paragraph of the first copy.
    seen: dict[str, int] = {}
    body = [k for k, zone in enumerate(zones) if zone in (BODY, TAIL)]
    for n, k in enumerate(body):
        f = feats[k]
        if f.words < _COPY_WORDS:
            continue
        text = lines[k].text
        first = seen.get(text)
        if first is None:
            seen[text] = k
            continue
        later = [j for j in body[n + 1 :] if feats[j].words >= _COPY_WORDS][: _COPY_RUN - 1]
        # The copy goes on in the first copy's order: the next paragraph repeats a later
        # one (a roundup that prints the same blurb under every item is no copy).
        if len(later) < _COPY_RUN - 1 or any(
            seen.get(lines[j].text, first) <= first for j in later
        ):
            return
        start = k
        while start - 1 > first and zones[start - 1] in (BODY, TAIL) and (
            feats[start - 1].words < _COPY_WORDS or not feats[start - 1].ends_sentence
        ):
            start -= 1
        for j in range(start, len(zones)):
            if zones[j] in (BODY, TAIL):
                zones[j] = POST
        return


def _tail_evidence(text: str, f: LineFeatures) -> bool:
    # A line after the article that is chrome by itself: a cue, links, or contact details.
    return (
        f.cue is not None
        or f.link_ratio >= 0.2
        or (not f.ends_sentence and CONTACT_DETAIL.search(text) is not None)
    )


def untitled_zones(
    lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues | None = None
) -> list[int]:
    """The zones of a dump whose headline the decoder could not find: the article is the
    run of lines with the most prose, ``PRE* BODY* TAIL* POST*``, and what lies outside it
    is chrome (marked ``POST``: dropped like the chrome after an article).

    Without it a page whose headline is not told apart keeps every menu and footer line.
    """
    n = len(lines)
    prose = prose_scores(feats, lines)
    items = numbered_items(lines, feats)
    signed = signatures(lines, prose)
    inside = between_paragraphs(prose, feats, items) | signed
    prose = _last_letter_signed(prose, signed)
    lists = unmarked_lists(lines, feats)
    sections = recipe_sections(lines, feats, chrome)
    reviewed = review_list_items(lines, feats, chrome)
    live = sum(1 for f in feats if f.stamp) >= _LIVE_STAMPS
    neg = float("-inf")
    moves = {PRE: (PRE, BODY), BODY: (BODY, TAIL, POST), TAIL: (TAIL, POST), POST: (POST,)}
    order = (PRE, BODY, TAIL, POST)
    score = {PRE: 0.0, BODY: neg, TAIL: neg, POST: neg}
    back: list[dict[int, int]] = []
    for k in range(n):
        emit = _emissions(k, lines, feats, prose, items, inside, lists, sections, reviewed, live)
        new = dict.fromkeys(order, neg)
        ptr = dict.fromkeys(order, PRE)
        for prev in order:
            if score[prev] == neg:
                continue
            for zone in moves[prev]:
                value = score[prev] + emit[zone] + (_UNTITLED_BODY_BONUS if zone == BODY else 0.0)
                if value > new[zone]:
                    new[zone], ptr[zone] = value, prev
        score = new
        back.append(ptr)
    zone = max(order, key=lambda z: score[z])
    zones = [POST] * n
    for k in range(n - 1, -1, -1):
        zones[k] = zone
        zone = back[k][zone]
    if BODY not in zones:
        return [BODY] * n
    # Outside the run, only what reads as chrome goes: a page of code, tables and prose
    # (documentation, a technical post) breaks its run of prose more than once.
    return [
        z if z not in (PRE, POST) else (BODY if prose[k] > _UNTITLED_KEEP else POST)
        for k, z in enumerate(zones)
    ]
