"""Chrome a page sets between two of the article's own paragraphs (interstitials).

Pages print promotions inside the story: a "Read also: <headline>" line or a bare "Read
also" label over its teaser's headline, a newsletter box (its pitch and its button), a
follow prompt ("Follow us on WhatsApp"), a teaser set off by an arrow or printed as a link.
Where the article ends, such a line opens the page's chrome (teasers, menus, footers), so
the zone decoder takes a promotion for the article's end — unless a full paragraph of the
article stands right above it and another right under it: then it is an interstitial,
dropped where it stands, and the article goes on past it.

One mechanism, in any language: the gap between two full paragraphs (long, stop-word
rich, ending a sentence) holds a few lines, all of which a page sets there (promotion and
widget cue lines, short lines without a sentence end), and at least one of them is chrome
by its cue or by its shape. A real subhead also sits between two paragraphs; it stays,
because it is no cue line, it is not printed as a link or behind an arrow, and a heading
names what the paragraph under it is about (it shares its words) where a teaser's headline
names another story.
"""

from __future__ import annotations

from itertools import islice

from ..._typing import TYPE_CHECKING
from .captions import is_explicit_caption
from .cuewords import WIDGET_CUES, chrome_cues
from .lazyre import lazy_pattern
from .topic import _keys

if TYPE_CHECKING:
    from collections.abc import Callable

    from .features import LineFeatures
    from .lines import Line

__all__ = [
    "PROMO_CUES",
    "REASON",
    "drop_interstitials",
    "interstitials",
    "line_numbers",
    "resumed_prose",
    "teaser_shape",
]

PROMO_CUES = frozenset(["related", "sign-up", "noise.sign-up"])
"""Cue kinds of a promotion: a "Read also" line or label, a sign-up or follow prompt."""
REASON = "between paragraphs"
"""The drop reason every interstitial line carries (``syndicate inspect``), with its kind."""
_WIDGETS = WIDGET_CUES | {"noise.share", "noise.embed"}
_GAP_LINES = 8
"""At most this many lines between the two paragraphs: a box (and a subhead with its short
list), not a page of teasers."""
_PARAGRAPH_WORDS = 12
"""Words of a full paragraph on either side (scripts without spaces: two characters a word)."""
_PARAGRAPH_PROSE = 2.5
"""A paragraph of two sentences or of one long one scores this much prose."""
_PITCH_WORDS = 20
"""A lone "paragraph" under the gap shorter than this may be the page's pitch or notice."""
_STEM = 5
_STORY = 30
"""Lines over the gap whose words the paragraph under it may take up again."""
_LONG_WORD = lazy_pattern(r"[^\W\d_]{5,}")
_TEASER_WORDS = 14
"""A teaser's headline: this many words at most, no sentence end."""
_SHAPED_WORDS = 16
_LINK_SHARE = 0.5
_ARROW_LEAD = ("►", "▶", "▸", "→", "➤", "➔", "⇒", "❯", "⟶", ">> ", "» ")
_ARROW_END = (" →", " »", " ›", " >>", "➔", "►", "▸")
_LABEL_WORDS = 3
_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？")
_GAP_LINE_WORDS = 30
"""A gap line longer than this is the article's own short paragraph: no box holds it."""


def interstitials(
    lines: list[Line], feats: list[LineFeatures], prose: list[float], lang: str | None = None
) -> set[int]:
    """The indices of the interstitial lines of ``lines`` (see the module docstring);
    ``lang``, the page's language, names its stop words (no content words)."""
    # The cheap gate: a promotion cue, or a short line without a cue or a sentence end
    # whose first or last characters (or link share) read as a teaser.
    shaped = {
        k
        for k, f in enumerate(feats)
        if f.cue is None
        and (f.link_ratio >= _LINK_SHARE or (not f.ends_sentence and 0 < f.words <= _SHAPED_WORDS))
        and not (f.byline or f.datelike or f.credit or f.stamp)  # a linked byline, a date
        and teaser_shape(lines[k].text, f)
    }
    anchors = sorted(shaped.union(k for k, f in enumerate(feats) if f.cue in _ANCHOR_CUES))
    if not anchors:
        return set()

    def paragraph(j: int) -> bool:
        g = feats[j]
        return (
            g.cue is None
            and not g.bullet  # a teaser list's item, however long
            and g.ends_sentence
            and g.words >= _PARAGRAPH_WORDS
            and prose[j] >= _PARAGRAPH_PROSE
        )

    n = len(feats)

    def in_run(j: int) -> bool:
        # A line of prose beside a paragraph (it need not end its sentence: a wrapped
        # paragraph's line, a quote running on).
        return 0 <= j < n and feats[j].cue is None and prose[j] >= _PARAGRAPH_PROSE and (
            feats[j].words >= _PARAGRAPH_WORDS
        )

    if shaped:
        # A teaser by its shape counts only under the article's second full paragraph: over
        # it stand the dek and the header (a linked byline, the lead photo's credit).
        second = next(islice((j for j in range(n) if paragraph(j)), 1, None), n)
        shaped = {k for k in shaped if k > second}
        anchors = sorted(shaped.union(k for k in anchors if feats[k].cue in _ANCHOR_CUES))
    found: list[tuple[range, bool, bool]] = []  # the gap, a paragraph over / under it in a run
    heads: set[int] = set()  # a sign-up box's title and pitch over its field (_box_lead)
    done = -1
    for k in anchors:
        if k <= done:
            continue  # a line of a gap already read
        reach = range(k - 1, max(-1, k - 1 - _GAP_LINES), -1)
        above = next((j for j in reach if not _widget(feats[j]) and j not in shaped), None)
        if above is not None and feats[k].cue in _BOX_CUES:
            lead = _box_lead(lines, feats, above, paragraph, lang)
            if lead:
                heads.update(lead)
                above = lead[0] - 1
        if above is None or not paragraph(above):
            continue  # the nearest line over it that is no widget is the article's paragraph
        reach = range(k + 1, min(n, above + 2 + _GAP_LINES))
        below = next((j for j in reach if paragraph(j)), None)
        if below is None:
            continue
        gap = range(above + 1, below)
        if not _box(gap, feats, shaped):
            continue
        if (
            feats[below].words < _PITCH_WORDS
            and not (below + 1 < n and paragraph(below + 1))
            and not _goes_on(lines, above, below, lang)
        ):
            continue  # one short paragraph under it, on another subject: a pitch, a notice
        done = below
        found.append((gap, in_run(above - 1), in_run(below + 1)))
    if _cards(lines, feats, [gap for gap, over, under in found if not (over or under)]):
        # The cards of a teaser list after the story (label, headline, blurb; label,
        # headline, blurb …), every "paragraph" a blurb between short lines. A box the
        # story does not go on under (a run of paragraphs) opens that list: it ends the
        # article.
        found = [box for box in found if box[2]]
    out: set[int] = set()
    for gap, _, _ in found:
        inside = _sign_up_inside(gap, feats) | _sign_up_tail(gap, lines, feats, lang)
        for j in gap:
            if feats[j].cue in PROMO_CUES or j in shaped or j in heads or j in inside:
                out.add(j)
            elif j - 1 in out and _goes_on_line(lines[j]):
                out.add(j)  # the rest of a wrapped teaser
    out |= _link_blocks(lines, feats, prose, paragraph, out, lang)
    return out


SIGN_UP_CUES = frozenset(["sign-up", "noise.sign-up"])
_BOX_CUES = SIGN_UP_CUES | {"donate"}
"""Cue kinds of a box's field or button that a title and pitch stand over (_box_lead)."""
_ANCHOR_CUES = PROMO_CUES | {"donate"}
"""Lines a gap is looked for around: promotions, and a donate box's button ("Doneer nu")."""
_HEAD_WORDS = 8
"""A sign-up box's title ("Get the Friday Reel", "Recevez « La lettre Livres »")."""
_HEAD_ENDS = (".", "!", "?", "…", "。", "！", "？", ":", "：")


def _box_lead(
    lines: list[Line],
    feats: list[LineFeatures],
    above: int,
    paragraph: Callable[[int], bool],
    lang: str | None,
) -> list[int]:
    # The title and pitch a newsletter box prints over its e-mail field or button ("Get
    # the Friday Reel" / "Our critics' pick …, in your inbox every Friday morning." / "Email
    # address [ ]"): line ``above`` (the nearest over the field that is no widget) is one
    # sentence of at most 30 words, the line over it a title of at most eight words without
    # a sentence end, and over that a full paragraph of the article whose content words
    # neither takes up (a subhead and a short paragraph of the story share its words). An
    # empty list otherwise.
    head, pitch, story = above - 1, above, above - 2
    if head < 0 or not _plain(feats[pitch]):
        return []
    p = feats[pitch]
    if not p.ends_sentence or not 0 < p.words <= _GAP_LINE_WORDS:
        return []
    from ..language import stopwords  # loaded already by the reader; only for a candidate

    stop = stopwords(lang) if lang else frozenset()
    said = _content(lines[pitch].text, stop)
    if paragraph(head) and p.words <= _LONE_PITCH_WORDS:
        # No title: a lone pitch ("Enjoying this post? Get the next one in your inbox.")
        # asks the reader or names the article, and shares no word with the story over
        # it; a short paragraph of the story ("The diocese gave 90,000 euros.") does
        # neither.
        text = lines[pitch].text
        if (
            "?" not in text
            and "？" not in text
            and not chrome_cues(lang or "en").names_article(text)
        ):
            return []
        story_words: frozenset[str] = frozenset().union(
            *(_content(lines[j].text, stop) for j in range(max(0, pitch - _STORY), pitch))
        )
        return [] if said & story_words else [pitch]
    if story < 0 or not paragraph(story) or not _plain(feats[head]):
        return []
    text = lines[head].text.rstrip(" »”\"'")
    if not 0 < feats[head].words <= _HEAD_WORDS or text.endswith(_HEAD_ENDS):
        return []
    if _content(lines[story].text, stop) & (_content(lines[head].text, stop) | said):
        return []
    return [head, pitch]


_LONE_PITCH_WORDS = 20
"""A newsletter box's pitch without a title over it: one short sentence or two."""


def _plain(f: LineFeatures) -> bool:
    # No cue, bullet, link, byline, date or credit: a line a box may print as text.
    return not (f.cue is not None or f.bullet or f.link_ratio or f.byline or f.datelike or f.credit)


def _sign_up_inside(gap: range, feats: list[LineFeatures]) -> set[int]:
    # The lines of a newsletter box between its first and last cue lines (its pitch
    # between the "Subscribe to our bulletin" title and the e-mail field): the box's own,
    # when the gap holds a sign-up cue. Lines over or under the box (a subhead) are not.
    cued = [j for j in gap if feats[j].cue is not None]
    if not any(feats[j].cue in SIGN_UP_CUES for j in cued) or len(cued) < 2:
        return set()
    return {j for j in range(cued[0] + 1, cued[-1]) if feats[j].cue is None}


_PITCH_WORDS_MIN = 5
_PITCH_ENDS = (".", "!", "。", "！")
_BUTTON_WORDS = 3
"""A box's button under its pitch: "Cadastrar", "Sign me up", "Jetzt anmelden"."""


def _sign_up_tail(
    gap: range, lines: list[Line], feats: list[LineFeatures], lang: str | None
) -> set[int]:
    # The pitch (and the button) a newsletter box prints under its cued title, down to
    # the article's next paragraph ("Receba as principais notícias … no seu e-mail" / "Toda
    # manhã, um resumo com o que importa na região." / "Cadastrar"): one sentence short of a
    # paragraph (the gap holds no full one), then at most a short line without a sentence
    # end. That line is the box's button, not a subhead, when it names none of the words of
    # the paragraph under it (a subhead names what follows). Empty otherwise.
    cued = [j for j in gap if feats[j].cue in SIGN_UP_CUES]
    if not cued:
        return set()
    rest = range(cued[-1] + 1, gap.stop)
    if not 1 <= len(rest) <= 2 or not all(_plain(feats[j]) for j in rest):
        return set()
    pitch = feats[rest[0]]
    # A pitch states, in a few words or more ("Every Friday, the week's stories from the
    # villages."); a line that asks or closes a quotation ("Should I buy it?", "«Сыр – это
    # терпение»") is the story's next subhead.
    if not _PITCH_WORDS_MIN <= pitch.words <= _GAP_LINE_WORDS or not lines[
        rest[0]
    ].text.endswith(_PITCH_ENDS):
        return set()
    if len(rest) == 2:
        button = feats[rest[1]]
        if button.ends_sentence or not 0 < button.words <= _BUTTON_WORDS:
            return set()
        stop = _stopwords(lang)
        if gap.stop < len(lines) and _content(lines[rest[1]].text, stop) & _content(
            lines[gap.stop].text, stop
        ):
            return set()
    return set(rest)


_LINK_GAP_LINES = 16
"""A "Read more" block of up to four teasers, each with its picture and date line."""
_LINK_TEASER_WORDS = 20
_PROSE_LINE_WORDS = 6
_RUN_WORDS = 12
_RUN_LINES = 3
_RUN_MIN_LINES = 2


def _link_blocks(
    lines: list[Line],
    feats: list[LineFeatures],
    prose: list[float],
    paragraph: Callable[[int], bool],
    taken: set[int],
    lang: str | None,
) -> set[int]:
    # A "Read more" / "Leggi anche:" block the article goes on under: a ``related`` label
    # inside the story (a full paragraph of the article over it, a sentence of prose right
    # over the label), then only its teasers (links, short lines without a sentence end,
    # their pictures and dates, at most 16 lines), then prose again: two or three sentences
    # of six words or more, twelve words in all, that take up the story's words. Teasers
    # after the article's end run into more teasers, menus and the footer, never back into
    # the story's sentences. Shorter paragraphs than the interstitial box's
    # on either side (a quote line, two short closing sentences) are the article's too.
    n = len(feats)
    out: set[int] = set()
    first = next((j for j in range(n) if paragraph(j)), n)
    for k, f in enumerate(feats):
        # Only a bare label ("Read More", "Leggi anche:") opens a block of teasers; a label
        # with its teaser on the line ("Lire aussi : …") is one line, read by the box above.
        if f.cue != "related" or k <= first or not _bare_label(lines[k].text):
            continue
        above = next((j for j in range(k - 1, -1, -1) if not _widget(feats[j])), None)
        if above is None or not _prose_line(feats[above]):
            continue
        end = k + 1
        while end < n and end - k <= _LINK_GAP_LINES and _teaser_line(lines[end], feats[end]):
            end += 1
        teasers = [j for j in range(k + 1, end) if feats[j].cue is None]
        if end >= n or end - k > _LINK_GAP_LINES or not teasers:
            continue  # a label right over sentences: teasers with their deks
        run = _prose_run(feats, end)
        if not run or _cards_follow(lines, feats, run[-1] + 1, k):
            continue
        stop = _stopwords(lang)
        story = frozenset().union(
            *(_content(lines[j].text, stop) for j in range(max(0, k - _STORY), k))
        )
        if not any(_content(lines[j].text, stop) & story for j in run):
            continue
        if _subhead_over(lines, feats, teasers, run, stop):
            end -= 1  # the article's subhead over its next paragraph stays
        out.update(j for j in range(k, end) if feats[j].cue is None or feats[j].cue in PROMO_CUES)
    return out


def _bare_label(text: str) -> bool:
    # A "Read more" label alone on its line ("**Read More**", "Leggi anche:", "Related
    # Articles"): four words at most, nothing after its colon.
    key = text.strip("*_#> ").rstrip(":： ")
    return 0 < len(key.split()) <= _LABEL_WORDS + 1 and ":" not in key and "：" not in key


def _cards_follow(lines: list[Line], feats: list[LineFeatures], j: int, label: int) -> bool:
    # The next teaser card under the "prose": the same label again ("Related" over every
    # card), or a short line without a sentence end then a sentence (headline, dek); the
    # "prose" was a card's blurb too.
    if j < len(feats) and lines[j].text.casefold() == lines[label].text.casefold():
        return True
    return (
        j + 1 < len(feats)
        and feats[j].cue is None
        and not feats[j].ends_sentence
        and 0 < feats[j].words <= _LINK_TEASER_WORDS
        and _prose_line(feats[j + 1])
    )


def _subhead_over(
    lines: list[Line],
    feats: list[LineFeatures],
    teasers: list[int],
    run: list[int],
    stop: frozenset[str],
) -> bool:
    # The block's last line is the article's subhead over the prose, not a teaser: an
    # unlinked line that names the prose's words, or that is shorter than four fifths of
    # every other unlinked teaser (a page prints teaser headlines whole).
    last = teasers[-1]
    f = feats[last]
    if last + 1 != run[0] or f.link_ratio >= _LINK_SHARE or f.bullet or f.datelike:
        return False
    said = frozenset().union(*(_content(lines[j].text, stop) for j in run))
    if _content(lines[last].text, stop) & said:
        return True
    others = [
        feats[j].chars
        for j in teasers[:-1]
        if feats[j].link_ratio < _LINK_SHARE and not feats[j].datelike and feats[j].words > 2
    ]
    return bool(others) and f.chars * 5 <= min(others) * 4


def resumed_prose(feats: list[LineFeatures], found: set[int]) -> set[int]:
    """The article's prose right under each run of interstitial lines that a "Read more"
    label opens (see :func:`_link_blocks`): short sentences of the story's own, which the
    zone decoder must not take for the teasers after the article's end."""
    out: set[int] = set()
    for k in found:
        if feats[k].cue != "related" or k + 1 not in found:
            continue  # a label with teaser lines under it, not a "Read also: …" line
        end = k + 1
        while end in found or (end < len(feats) and _widget(feats[end])):
            end += 1
        out.update(_prose_run(feats, end))
    return out


def _stopwords(lang: str | None) -> frozenset[str]:
    from ..language import stopwords  # loaded already by the reader

    return stopwords(lang) if lang else frozenset()


def _prose_line(f: LineFeatures) -> bool:
    # A sentence of the article: six words or more, a sentence end, stop words.
    return (
        f.cue is None
        and not f.bullet
        and f.ends_sentence
        and f.words >= _PROSE_LINE_WORDS
        and (f.stop_ratio >= 0.15 or f.no_space_script)
    )


def _teaser_line(line: Line, f: LineFeatures) -> bool:
    # A line of a "Read more" block: a promotion or widget cue, a linked or short line
    # with no sentence end (a teaser's headline, its picture, its date); never a subhead
    # marked as one, which the article goes on under.
    if line.text.startswith("#") or f.closing or is_explicit_caption(line.text):
        return False  # a subhead, or a photo with its credit: the article goes on
    if f.cue is not None:
        return f.cue in PROMO_CUES or f.cue in _WIDGETS
    if f.ends_sentence and f.link_ratio < _LINK_SHARE:
        return False
    return f.words <= _LINK_TEASER_WORDS


def _prose_run(feats: list[LineFeatures], start: int) -> list[int]:
    # The prose lines from ``start``: two to three sentences of six words or more, twelve
    # words in all; empty when there is none. One lone sentence under a block of links may be
    # the site's blurb about itself or a licence line over the footer, not the story.
    run: list[int] = []
    words = 0
    j = start
    while j < len(feats) and len(run) < _RUN_LINES and _prose_line(feats[j]):
        run.append(j)
        words += feats[j].words
        j += 1
    return run if words >= _RUN_WORDS and len(run) >= _RUN_MIN_LINES else []


def _cards(lines: list[Line], feats: list[LineFeatures], lone: list[range]) -> bool:
    # Boxes between lone paragraphs (no paragraph beside either) that print the same
    # label again ("Related" over every card): a list of teaser cards, not promotions set
    # into a story (those differ: a follow prompt here, a "Read also" there).
    seen: set[str] = set()
    for gap in lone:
        labels = {lines[k].text.casefold() for k in gap if feats[k].cue in PROMO_CUES}
        if labels & seen:
            return True
        seen |= labels
    return False


def teaser_shape(text: str, f: LineFeatures) -> bool:
    """A short line printed the way pages print a link to another story: a whole-line link
    (``[Title](url)``, ``[12]Title``), an arrow before or after it ("► Title", "Title →"),
    or a capitalised label before a colon or bar ("MORE: Title", "ALSO READ | Title"). A
    subhead is printed as none of these. (The text is the line without its link markup;
    the features were read with it.)"""
    if f.link_ratio >= _LINK_SHARE or text.startswith(_ARROW_LEAD) or (
        text.endswith(_ARROW_END) and "«" not in text and "‹" not in text
    ):
        pass
    elif not any(_label_title(text, mark) for mark in (": ", " | ")):
        return False
    # A photo's alt text and caption print as a link too: a sentence inside, a credit in
    # brackets at the end ("Place the lid. (Jo Ames)"); a teaser's headline has neither.
    return (
        len(text.split()) <= _SHAPED_WORDS
        and not text.endswith(_SENTENCE_END)
        and not text.endswith(")")
        and ". " not in text
        and "。" not in text
    )


def _label_title(text: str, mark: str) -> bool:
    label, found, title = text.partition(mark)
    return bool(found and title and label.isupper() and len(label.split()) <= _LABEL_WORDS)


def _goes_on_line(line: Line) -> bool:
    # The line goes on with the one above it: no blank line between, a small letter first
    # (a teaser's headline the page or the dump tool wrapped).
    return not line.blank_before and line.text[:1].islower()


def _widget(f: LineFeatures) -> bool:
    return f.cue in PROMO_CUES or f.cue in _WIDGETS


def _goes_on(lines: list[Line], above: int, below: int, lang: str | None) -> bool:
    # The paragraph under the gap goes on with the story above it: it shares a content
    # word with the article's lines over the gap (a page's pitch or rights notice after the
    # article's end shares none).
    from ..language import stopwords  # loaded already by the reader; only for a candidate

    stop = stopwords(lang) if lang else frozenset()
    mine = _content(lines[below].text, stop)
    if not mine:
        return True  # no evidence either way
    reach = range(above, max(-1, above - _STORY), -1)
    return any(mine & _content(lines[j].text, stop) for j in reach)


def _content(text: str, stop: frozenset[str]) -> frozenset[str]:
    # A line's content words (five letters or more, no stop word, stemmed), or its
    # character pairs in a script written without spaces.
    if not text.isascii() and max(text) >= "\u3040":
        return _keys(text, frozenset(), True)
    folded = text.casefold()
    return frozenset(w[:_STEM] for w in _LONG_WORD.findall(folded) if w not in stop)


def _box(gap: range, feats: list[LineFeatures], shaped: set[int]) -> bool:
    # Every line of the gap is one a page sets in a box between paragraphs: a promotion
    # or widget cue, a teaser by its shape, a line short of a paragraph, or under a "Read
    # also" label its list of teasers (bullets, links or not: "اقرأ أيضًا" / "* …" / "* …");
    # never a comments label, other page chrome, or a row of links outside such a list.
    listing = False
    for k in gap:
        f = feats[k]
        if f.closing:
            return False
        if f.cue is not None:
            if f.cue not in PROMO_CUES and f.cue not in _WIDGETS:
                return False
            listing = f.cue == "related"
            continue
        if k in shaped or (
            listing
            and f.bullet
            and (f.link_ratio >= _LINK_SHARE or (f.words <= _TEASER_WORDS and not f.ends_sentence))
        ):
            continue
        if f.link_ratio >= _LINK_SHARE or f.words > _GAP_LINE_WORDS:
            return False
        if listing and f.ends_sentence:
            return False  # under a "Read also" label: headlines, not a prompt or a comment
    return True


def line_numbers(lines: list[Line], indices: set[int]) -> frozenset[int]:
    """The source line numbers the interstitial ``indices`` of ``lines`` cover: a line the
    decoder read re-joined from a hard-wrapped paragraph covers every number up to the
    next line's, so the reader drops each source line of it."""
    out: set[int] = set()
    for k in indices:
        stop = lines[k + 1].number if k + 1 < len(lines) else lines[k].number + 1
        out.update(range(lines[k].number, stop))
    return frozenset(out)


def drop_interstitials(
    numbers: frozenset[int],
    lines: list[Line],
    feats: list[LineFeatures],
    used: list[bool],
    dropped: list[tuple[int, str]],
) -> list[tuple[int, str]]:
    """``dropped`` (line number, reason) with every interstitial line of ``numbers`` in it
    under one reason. The sweep drops cue lines by their cue (and a box's or a "Read also"
    block's inside with them): those keep their kind after the prefix, and a cue line the
    sweep kept (a long quote that names a sign-up word) stays. A line without a cue (a
    teaser set off by its shape) is marked used and dropped here."""
    if not numbers:
        return dropped
    out = [(n, f"{REASON}: {why}" if n in numbers else why) for n, why in dropped]
    for k, line in enumerate(lines):
        if line.number in numbers and not used[k] and feats[k].cue is None:
            used[k] = True
            out.append((line.number, f"{REASON}: teaser"))
    return out
