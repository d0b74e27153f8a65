"""The scraped-plain-text reader: recover an article's structure from a page's text.

Scraped news pages arrive as one line per paragraph with the page's furniture
mixed in: the headline printed twice, a caption glued to its credit, a bare
"Updated:", share buttons, a "Related" list, the author's name three times.
This reader recovers the model from that, one small rule at a time, and
records for every field the source line and the rule that fired
(``Article.provenance``). The rules, in the order they fire, are documented
in docs/reader.md; the helpers live in :mod:`syndicate.readers.scraped`.

Nothing is invented: a date is taken only when the page states it in full.
"""

from __future__ import annotations

import gc

# The cyclic collector paused while the reader's modules load (see readers._settle_collector).
if _COLLECTING := gc.isenabled():
    gc.disable()

from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from ..errors import SourceNotUnderstood
from ..model import Article, Contributor, Figure, Heading, Paragraph, Person, Provenance
from ..textclean import clean_text
from . import _settle_collector
from .language import cues, primary_subtag, stopwords
from .scraped.barecredits import block_credit
from .scraped.body import (
    Placed,
    heading_evidence,
    is_heading,
    marker_phrase,
    read_body,
    short_twin_caption,
)
from .scraped.bylines import (
    Byline,
    bracketed_han_byline,
    echoed_byline,
    han_byline,
    has_han,
    parse_byline,
    parse_posted_by,
    untitled_name,
)
from .scraped.captions import (
    has_han_char,
    is_credit,
    is_explicit_caption,
    known_agency,
    lone_code_credit,
    opens_with_caption_label,
    opens_with_photo_label,
    outlet_credit,
    reset_credit_widgets,
    reset_photo_labels,
    split_caption,
    use_credit_widgets,
    use_photo_labels,
)
from .scraped.credits import credit_sentence, parse_credit_line
from .scraped.cuewords import WIDGET_CUES, ChromeCues, chrome_cues, fold
from .scraped.dates import (
    DateLine,
    caption_event_date,
    dateline_date,
    has_year,
    headline_leading_date,
    is_dateline_start,
    is_empty_date_label,
    opens_with_date_label,
    page_date_order,
    parse_date_line,
    read_date,
    sentence_dateline_date,
    update_note_date,
)
from .scraped.entries import entry_furniture, entry_headlines, phase_labels
from .scraped.features import (
    _SCORE_LINE,
    DATE_KEYS,
    LineFeatures,
    box_row_label,
    bylined_teaser_rails,
    chapter_list_lines,
    data_card_rows,
    fact_row,
    glued_tag_row,
    line_features,
    meta_row,
)
from .scraped.header import Header, is_breaking_banner, read_header
from .scraped.headerline import (
    Entry,
    classify_line,
    counter_line,
    credit_row,
    department_line,
    han_affiliations_row,
    headline_glued_date,
    newsroom_line,
    official_office,
    organisation_name,
    place_dash_byline,
    press_office_byline,
    uncased_name_phrase,
)
from .scraped.interstitials import drop_interstitials, resumed_prose
from .scraped.lazyre import lazy_pattern
from .scraped.lines import (
    COLON_HEADS,
    Line,
    colon_label,
    colon_labels_over_prose,
    figure_item,
    prose_line,
    split_lines,
    unwrap,
    wrap_width,
)
from .scraped.markup import (
    bold_lines,
    clean_markup,
    drop_bare_markup,
    home_link_headings,
    image_placeholders,
    images_with_captions,
    italic_captions,
    join_image_lines,
    link_words,
    lynx_image_alts,
    quote_lines,
    split_image_leads,
)
from .scraped.names import is_agency, is_byline_role, is_name, is_outlet, is_signature
from .scraped.noise import (
    CONTACT_DETAIL,
    block_marker,
    hashtag_row,
    noise_rule,
    rights_line,
    tags_label,
    tags_line,
    widget_rows,
)
from .scraped.region import (
    BODY,
    HEAD,
    POST,
    PRE,
    TAIL,
    THREAD_TYPE,
    TITLE,
    Region,
    chrome_like,
    chrome_reason,
    closing_list,
    cut_mid_sentence,
    defined_terms,
    dump_markup,
    find_region,
    han_meta_row,
    headline_score,
    image_label,
    in_framed_box,
    label_table_pair,
    over_byline,
    same_entry_lead,
    section_path,
    sign_off_date,
    untitled_zones,
    wrapped_headline_block,
)
from .scraped.spaces import plain_spaces, restore_spaces
from .scraped.statuslog import log_published
from .scraped.tail import AuthorBlock, read_author_blocks
from .scraped.widgets import button_pairs, trim_advice_box, trim_footer, trim_notice_boxes

_settle_collector(_COLLECTING)

_META_ROW_YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b")
"""Round 23 (metarow): a year in a press office's line: its meta row, not its sign-off."""

_TAG_SEPARATORS = lazy_pattern(r"[,|·]")

__all__ = ["detect_language", "parse_plaintext"]

_BREADCRUMB_SEPARATORS = (" » ", " >> ", " > ", " › ", " / ", " → ")
_SURE_HEADLINE = 2.5
"""The decoder's headline score from which its headline is not marked unsure."""
_ECHO_HIGH = 0.5
"""A line whose words come back this much in the prose below is about the story."""
_TAGLINE_REACH = 12
"""Round 24 (tagline): lines under a tagline or strap line where its headline is looked for."""
_PROSE_RUN_WEAK = 3.5
"""A decoder's headline below this score may give way to the line over the prose run."""
_PROSE_RUN_REACH = 80
"""How far under a chosen line the article's first run of prose is looked for."""
_PROSE_RUN_NAMED_REACH = 240
"""How far under the site's name line the article's first prose is looked for."""
_SIGNED_ROW_REACH = 60
"""How far above the decoder's headline the headline over a signed byline row is looked for."""
_STORY_REACH = 120
_TEASER_RUN = 12
_STORY_LINES = 12
"""Up to how many prose lines, within how many lines, a headline's words are looked up in."""
_MASTHEAD_SEPARATORS = (" – ", " — ", " | ", " · ", " - ", "｜", " :: ")
"""What a masthead sets between its brand and its slogan or second brand (round 19)."""
_BRAND_WORDS = 4
"""How many words a brand on a masthead line has at most."""
_BRAND_CHARS = 3
"""A brand shorter than this ("TV") is found inside too many words."""
_HAN_SLOGAN_CHARS = 6
"""A Chinese slogan behind the masthead's separator holds six characters at least."""
_SITE_NAME_CHARS = 6
"""The shortest first line the copyright row's naming makes the site's name."""
_MASTHEAD_ECHO_CUES = frozenset(["rights", "related", "noise.related"])
"""Cue kinds of the lines that name a site or a show again: its copyright row, the
"More episodes of …" label."""
_MASTHEAD_REACH = 14
"""How far under a masthead line its headline may stand (menus, crumbs, kickers between)."""
_SHARE_KINDS = frozenset(["share", "noise.share"])
"""Cue kinds of a share or listen-on row that may stand over or under a late dek."""
_WIDGETS_OVER_DEK = 3
"""How many widget lines may stand between the header and a dek (round 19)."""
_DEKROW_WORDS = 30
"""Round 23 (dekrow): the longest dek right under the headline read by its length alone."""
_DEKROW_ENDS = (".", "!", "?", "…")
_DEKROW_LEAD_CHARS = 150
_DEKROW_RATIO = 2
"""How much longer than the dek the paragraph under it is at least (real leads: ≤ 1.72)."""
_DEKROW_DATELINE_REACH = 40
"""How far into the line a dash or a bracket says it opens on a dateline."""
_CHROME_CUES = WIDGET_CUES | {"sign-up", "comments", "related", "imprint"}
"""Cue kinds the sweep drops wherever they stand ("imprint": a publisher's address row)."""
_BOX_CLOSERS = frozenset(["sign-up", "share", "page-chrome", "comments"])
"""Why the line closing a newsletter or gift box was dropped: its e-mail field, its button."""
_ECHO_KEEP = 0.5
"""Share of the chosen headline's words the story takes up for it to stay the headline
when the line above it is headline-sized but shares no word with the story (a promo, a
label): a dek shares words with the story as much as its headline does."""
_WIDGET_GAP = 3
"""Widget lines (a player, share buttons) that may stand between a headline and its dek."""
_PLAYER_CUES = frozenset(["share", "media", "script-notice", "counter"])
"""A player's, share row's or reading time's lines: an ad label or a ticker is no part of
the header between a headline and its dek."""
_LEAD_WIDGETS = frozenset(["share", "script-notice", "counter"])
"""The header's widgets under a dek that is a sentence ("3 914 просмотров", "Listen"); a
video's credit line ("Video: …") may follow a first paragraph as well."""
_HAN_KICKER_CHARS = 10
"""A kicker in a script without spaces is a word or two ("深度", "聚焦两会"); a line
longer than this over a dek is the headline."""
_BIO_REACH = 25
"""How many of the last unused lines can hold an author's bio sentence."""
_BOX_REACH = 12
"""Lines after the article in which an author box's bio may stand."""
_BIO_CHARS = 500
"""An author's bio under the story is a sentence or three, never a long paragraph."""
_TEASER_WORDS = 15
"""A teaser's headline is a short line: at most this many words."""
_HEADER_REACH = 16
"""How many lines under the headline can hold header widgets."""
_BLOCK_LIMIT = 20
"""At most this many lines of links or topics follow a "Related" marker."""
_LEAD_CREDIT_REACH = 8
"""How far under the headline a lone "© Name" may stand as the lead photo's credit."""


def detect_language(text: str) -> tuple[str, str]:
    """A BCP 47 tag for the text's language, and the rule that decided it.

    See :mod:`syndicate.readers.language.detect`: the script where it names one
    language, the commonest words of the Latin-script languages, CLD2 otherwise.
    """
    from .language import detect_language as detect

    return detect(text)


def _is_breadcrumb(text: str) -> bool:
    for sep in _BREADCRUMB_SEPARATORS:
        if sep in text:
            parts = text.split(sep)
            return len(parts) <= 8 and all(0 < len(p.split()) <= 5 for p in parts)
    if ">>" in text and len(text) <= 80 and has_han(text):
        # "人民网>>教育>>滚动新闻": Chinese sites print the steps without spaces (round 21)
        parts = [p.strip() for p in text.split(">>")]
        return 2 <= len(parts) <= 8 and all(0 < len(p) <= 16 for p in parts[:-1])
    return False


def _cjk_menu_row(text: str) -> bool:
    # "首頁 即時 政治 社會 生活": Chinese and Japanese write no spaces inside a sentence, so
    # four or more short words (one to four characters) set apart by spaces are a menu.
    cells = text.split()
    return (
        len(cells) >= 4
        and all(len(cell) <= 4 for cell in cells)
        and sum(1 for ch in text if "\u3040" <= ch <= "\u9fff") * 2 > len(text)
    )


_HAN_ROW_LABEL_CHARS = 6
_HAN_ROW_WORD_CHARS = 6
_SITE_SEARCH_LABEL_CHARS = 8
"""Round 24 (zhsite): a search row's label under the site's name ("人気キーワード：", "热门搜索：")
is at most this many characters (``_headline_under_site_name``)."""
# Round 25 (zhcrumb): a site's name over a menu printed one item a line, then the location row
# ("当前位置：首页 > …"): the reach, a menu item's and the name's length in characters
_CRUMB_MENU_REACH = 14
_CRUMB_MENU_CHARS = 24
_CRUMB_SITE_CHARS = 60


def _han_label_word_row(text: str, label_chars: int = _HAN_ROW_LABEL_CHARS) -> bool:
    # Round 24 (orgbyl): "热门：索道 公路 旅游", "热搜：…", "热门搜索：…": a search box's
    # row of hot words under the site's name, a short label with its colon and two or more
    # short words set apart by spaces. Chinese and Japanese write no spaces inside a
    # sentence or a headline's clause, so the row is a list of links, never the headline
    # over its dek (:meth:`_Reader._headline_above`). Guard: a full-width or ASCII colon in
    # the first seven characters (one ``find`` each); no clause comma or sentence mark.
    # Round 24 (zhsite): under the site's name the label may be longer (``label_chars``:
    # Japanese "人気キーワード：…", seven characters).
    colon = text.find("：")
    if colon < 0:
        colon = text.find(":")
    if not 0 < colon <= label_chars:
        return False
    cells = text[colon + 1 :].split()
    return (
        len(cells) >= 2
        and all(len(cell) <= _HAN_ROW_WORD_CHARS for cell in cells)
        and not any(mark in text for mark in "，。！？、；,")
    )


def _is_menu_row(text: str, *, after_menu: bool = False) -> bool:
    # A site's menu printed as one row: "The Northern Ledger | News | Opinion | Business |"
    # — three items or more between bars, none longer than three words (two on the line that
    # goes on with a menu wrapped by the dump tool: "Culture | Log in").
    if _cjk_menu_row(text):
        return True
    parts = [part.strip() for part in text.split("|")]
    items = [part for part in parts if part]
    enough = len(items) >= (2 if after_menu else 3) and len(parts) >= (2 if after_menu else 4)
    return enough and all(len(item.split()) <= 3 for item in items)


def _date_above_headline(
    lines: list[Line], title_index: int, chrome: ChromeCues
) -> tuple[int, str, str | None] | None:
    # Rule ``date.above-headline``: a press release, a notice or a blog prints its date on
    # a line of its own over the headline ("FOR IMMEDIATE RELEASE" / "March 10, 2025" /
    # headline; "June 10, 2025 · 7 min read"; "22.02.2026, 19:30 Uhr | Aktualisiert: …");
    # taken when the header under the headline gives no date. Only the two lines right
    # above the headline, and only a bare date with day, month and year, one labelled as
    # the publication ("Опубліковано 01 грудня 2026 року о 17:05" on a government portal),
    # or a line of header furniture (dates, a reading time) holding a full date. Gives the
    # line's index, the publication and, when the same line states it, the update.
    reach = 3
    pair_label = -1
    for index in range(title_index - 1, max(-1, title_index - 11), -1):
        if title_index - index >= reach:
            break
        text = lines[index].text
        if index == pair_label:
            continue  # the label of a label/value pair read with its value below
        if index > 0 and label_table_pair(lines, index):
            # A portal's metadata printed as label and value on two lines ("Source" /
            # "Relief Alliance", "Originally published" / "3 Mar 2026"): a pair counts as
            # one row of the header, and a date label's value is the date it labels.
            pair_label = index - 1
            # Round 21 (noblank): a pair is one row of the header on two lines
            reach += 2
            over = parse_date_line(lines[index - 1].text, chrome.lang)
            if over is not None and over.labelled and over.value is None:
                value = parse_date_line(text, chrome.lang)
                if value is not None and not value.labelled and len(value.value or "") >= 10:
                    if over.kind == "updated":
                        return index, None, value.value
                    return index, value.value, None
        if defined_terms(text):
            # "("Stoneleigh" or the "Company")" and the issuer's name over it stand
            # between a regulatory announcement's title and its date: no distance
            reach += 2
            continue
        if meta_row(text, chrome.meta_keys) not in (None, *DATE_KEYS):
            # a row of the page's metadata table ("Kategorie Jagd und Fischerei") between
            # the headline and the table's date row does not count as distance
            reach += 1
            continue
        if text.endswith((".-", "—", "–")) and (value := dateline_date(text + " ", chrome.lang)):
            # A dateline alone on its line over the headline, the place and the full date
            # ("Misantla, Ver., 2 de junio de 2026.-", "PORTLAND, Ore., March 3, 2025 —").
            return index, value, None
        found = parse_date_line(text, chrome.lang)
        if (
            found is not None
            and found.value is not None
            and (not found.labelled or found.kind == "published")
        ):
            return index, found.value, None
        if found is not None and found.value is not None and found.kind == "updated":
            # "Обновлено 01.12.2026 18:22" over the headline: the page's only date is its
            # last change (LABELS.md rule 5: the update, not the publication)
            return index, None, found.value
        entries = classify_line(index, lines[index], None, chrome)
        if any(e.kind not in _DATE_FURNITURE for e in entries):
            continue
        dated = {e.date_kind: e.value for e in reversed(entries) if e.kind == "date" and e.value}
        if dated.get("published") and len(dated["published"]) >= 10:
            if (
                title_index - index == 2
                and index >= 2
                and _dated_furniture(lines, index - 2, chrome)
            ):
                # Round 25 (dateforms): "Sport · 2 mrt 2027" / teaser / "Regio · 1 mrt
                # 2027" / teaser / headline: a teaser list's rows, each over its own
                # teaser's headline, never the article's date (LABELS.md rule 5)
                return None
            return index, dated["published"], dated.get("updated")
    return None


def _long_label_cell(text: str) -> bool:
    # Merge mend (round 25): a cell of four or more words with no digit beside the date
    # ("Reporte diario del volcán Tzintli – 14 de marzo de 2026") is a headline that
    # carries its date, not a section label's cell ("Politik", "KRAJ", "Sport").
    for mark in _SECTION_DATE_MARKS:
        text = text.replace(mark, "\n")
    return any(
        len(cell.split()) >= 4 and not any(ch.isdigit() for ch in cell)
        for cell in text.split("\n")
    )


def _headline_shaped(f: LineFeatures, least: int) -> bool:
    # A line under a row the headline search passed over that can be the headline: ``least``
    # to 30 words, no cue, bullet, byline or date, less than a fifth of it links.
    return (
        least <= f.words <= 30
        and f.cue is None
        and not (f.bullet or f.byline or f.datelike)
        and f.link_ratio < 0.2
    )


def _dated_furniture(lines: list[Line], index: int, chrome: ChromeCues) -> bool:
    # Round 25 (dateforms): the line reads as header furniture holding a full date
    # ("Regio · 1 mrt 2027"): labels and dates only. Guard: a digit first.
    text = lines[index].text
    if len(text) > 80 or not any(ch.isdigit() for ch in text):
        return False
    entries = classify_line(index, lines[index], None, chrome)
    return bool(entries) and all(e.kind in _DATE_FURNITURE for e in entries) and any(
        e.kind == "date" and len(e.value or "") >= 10 for e in entries
    )


_ISSUE_REACH = 40
"""How many lines above the headline an e-paper's issue date and page furniture stand."""


def _issue_date(lines: list[Line], title_index: int, chrome: ChromeCues) -> tuple[int, str] | None:
    # Rule ``date.e-paper-issue``: an e-paper (数字报, 电子版) shows one story of a printed
    # issue under the issue's date and its page furniture ("2026年11月20日 星期五" /
    # "上一期 下一期" / "第03版：三农观察" / "返回版面 版面导航" / headline). The date the
    # issue was printed is the story's publication date; taken when the header gives none,
    # and only on a page whose lines above the headline hold a word of the language's
    # ``edition_labels`` (a portal's "today" date in its top bar stays unread). Gives the
    # date line's index and the date (day, month and year).
    above = range(max(0, title_index - _ISSUE_REACH), title_index)
    if not any(label in lines[k].text for k in above for label in chrome.editions):
        return None
    for k in above:
        text = lines[k].text
        found = parse_date_line(text, chrome.lang)
        if found is not None and found.kind != "updated" and len(found.value or "") >= 10:
            return k, found.value or ""
        if text.count("年") == 1 and "月" in text:
            # "江城晚报　2026年11月20日　星期五　第A05版：要闻": the issue's row, the date one
            # cell among the paper's name and the page label (cells set apart by spaces)
            for cell in text.replace("\u3000", " ").split():
                found = parse_date_line(cell, chrome.lang) if "年" in cell else None
                if found is not None and len(found.value or "") >= 10:
                    return k, found.value or ""
    return None


_AMOUNT = lazy_pattern(r"[£€$¥₹₴₽]\s?\d|\d\s?(?:€|zł|грн|₴|₽|руб)")
"""An amount of money in a sentence: "£10", "€ 5", "20 zł", "200 грн"."""

_APPEAL_WORDS = 40
"""How many words the pitch of a fundraising or membership box holds at most."""

_BUTTON_WORDS = 4
"""How many words the button under a box's pitch holds at most ("Donate today", "Join
today"): a longer sign-up line ("Get the latest court news straight to your inbox") is a
prompt of its own, under a correction note or the story's last paragraph."""

_APPEAL_BUTTONS = frozenset(["donate", "sign-up"])
"""Cues of the button under a fundraising or membership box's pitch."""

_SIGNED_PARTS = lazy_pattern(r"\s[|/]\s|;\s")
"""Where a closing credit line sets its labelled parts apart ("Texto: A | Edição: B")."""

_DEK_BULLET = lazy_pattern(r"^[•▪■►]\s+")
_LIFE_SPAN = lazy_pattern(r"\(\s*[*†✝]?\s*\d{4}\s*[-–—]\s*[*†✝]?\s*\d{4}\s*\)")
"""A life's years in brackets after a name ("(1939–2026)", "(*1951 – †2026)")."""


def _life_span_only(text: str) -> bool:
    # True when the only figures of ``text`` are a bracketed life span: an obituary's
    # headline ("In memoriam Gerrit Hofstede (1939–2026)"), not a date line.
    if "(" not in text:
        return False
    rest = _LIFE_SPAN.sub("", text, count=1)
    return rest != text and not any(ch.isdigit() for ch in rest)


_FEEDBACK_PROMPT_CHARS = 120
"""How long a page's rating prompt runs at most ("How satisfied are you with the
information on this page?", with a dump's link marks around it)."""


_FEEDBACK_STORY_CHARS = 120
"""How many characters of the story stand above a page's rating prompt at least for it to
end the article (counted in characters, not words: a Chinese paragraph is one "word")."""

_CITATION = lazy_pattern(r"\b(?:1[89]|20)\d\d\b|https?://|www\.")
"""What a reference under a sources title cites: a year or a web address."""


_DATE_FURNITURE = frozenset(["date", "datemark", "label", "undated"])
"""What a date line over a headline may hold besides its dates: a label ("7 min read")."""
_SECTION_DATE_MARKS = (" · ", " | ", " - ", " – ", " — ", " • ")
"""The separators between a section label and the date on one line (round 25)."""


_EDIT_STAMP_LINES = 60
"""How far down the page a forum post's edit stamp is looked for (it stands over the post)."""


def _edit_stamp(
    lines: list[Line],
    note: Callable[[str, int | None, str], None],
    chrome: ChromeCues,
    published: str | None,
) -> str | None:
    # Rule ``date.edit-stamp`` (round 21): a forum post's edit stamp over its text ("本帖最后由
    # 北纬四十一度 于 2026-11-30 08:12 编辑", "Last edited by Ann on 2 May 2026, 10:14"): the
    # date inside it is the post's update. Guard: a short line among the page's first lines
    # that opens with ``edit_stamp_openers``; its words are then tried as a date from each
    # word on (the name stands before the date). Not before the publication.
    for line in lines[:_EDIT_STAMP_LINES]:
        text = line.text.strip()
        if len(text) > 90:
            continue
        key = fold(text)
        opener = next((o for o in chrome.edit_stamps if key.startswith(o)), None)
        if opener is None:
            continue
        words = text[len(opener) :].split()
        for i in range(len(words)):
            for n in (4, 3, 2, 1):
                if i + n > len(words) or not any(ch.isdigit() for ch in words[i]):
                    continue
                found = parse_date_line(" ".join(words[i : i + n]).rstrip(",.;"), chrome.lang)
                if found is None or found.value is None:
                    continue
                if published is not None and found.value[:10] < published[:10]:
                    return None
                note("updated", line.number, "date.edit-stamp")
                return found.value
        return None
    return None


def _page_updated(
    lines: list[Line],
    after: list[int],
    note: Callable[[str, int | None, str], None],
    lang: str,
    published: str | None,
) -> str | None:
    # Rule ``date.page-updated``: government and city-hall sites print the page's last
    # change under the article ("Ultimo aggiornamento: 07/04/2026, 12:31", "Last updated
    # 4 March 2025", "Dernière mise à jour : …"). Taken when the header gives no update;
    # only a labelled update with a full date, not before the publication.
    for index, found in _labelled_dates(lines, after, lang):
        if found.kind != "updated":
            continue
        if published is not None and found.value[:10] < published[:10]:
            continue
        note("updated", lines[index].number, "date.page-updated")
        return found.value
    return None


_NOTE_BREAKS = (" : ", ": ", " – ", " — ", ", ")
"""Where an update note's date ends and what changed begins."""


def _update_note(
    last: Placed,
    note: Callable[[str, int | None, str], None],
    lang: str,
    published: str | None,
) -> str | None:
    # Rule ``date.update-note``: the article's last paragraph is a note on what changed,
    # opening with a labelled update date ("Mise à jour le 12/03/2026 à 09h30 : ajout des
    # horaires …", "Updated 3 May 2026: this story now …"). The note stays body; its date is
    # the update, when it is not before the publication.
    text = last.block.text
    for cut in _NOTE_BREAKS:
        at = text.find(cut)
        if not 0 < at <= _NOTE_DATE_CHARS:
            continue
        found = parse_date_line(text[:at], lang)
        if found is None or found.value is None or found.kind != "updated" or not found.labelled:
            continue  # (a label with no date the parser can read gives no value)
        if published is not None and found.value[:10] < published[:10]:
            return None
        note("updated", last.line, "date.update-note")
        return found.value
    return None


_NOTE_DATE_CHARS = 60
"""How far into an update note its date reaches at most."""


def _opening_update_note(
    placed: list[Placed],
    note: Callable[[str, int | None, str], None],
    lang: str,
    published: str | None,
) -> str | None:
    # Rule ``date.opening-update-note``: the article's first paragraph is a note on what
    # changed ("**Mise à jour du 2 décembre 2026 :** Odile … a confirmé …"), set between the
    # dek and the byline or over the story. The note stays body; its date is the update,
    # when it is not before the publication.
    first = next((p for p in placed[:3] if isinstance(p.block, Paragraph)), None)
    if first is None:
        return None
    value = update_note_date(first.block.text, lang)
    if value is None or (published is not None and value[:10] < published[:10]):
        return None
    note("updated", first.line, "date.opening-update-note")
    return value


def _page_published(
    lines: list[Line],
    after: list[int],
    note: Callable[[str, int | None, str], None],
    chrome: ChromeCues,
) -> str | None:
    # Rule ``date.page-published``: a page that prints no date over the article may print
    # it under the last paragraph ("Publiziert am 02.12.2026", "Data publikacji: …",
    # "Pubblicato il …"). Only a labelled publication date with a full date, among the first
    # lines after the article and above any related block (teasers carry their own dates:
    # "More on this story" / headline / "Published" / "14 October 2024").
    reach = after[:_PAGE_DATE_REACH]
    related = next(
        (n for n, i in enumerate(reach) if chrome.kind(lines[i].text) == "related"), None
    )
    for index, found in _labelled_dates(lines, reach[:related], chrome.lang):
        if found.kind == "published":
            note("published", lines[index].number, "date.page-published")
            return found.value
    if related is not None:
        # Below an attachments or related block, only a row of the page's own info box:
        # a bulletin page's "Metryczka" under its "Załączniki:" list ("Wytworzył: …" /
        # "Data publikacji: …" / "Liczba odwiedzin: 412"). A teaser's "Published …"
        # stands under a headline, not beside such a row.
        for index, found in _labelled_dates(lines, reach[related:], chrome.lang):
            if found.kind == "published" and _in_info_box(lines, index, chrome.info_boxes):
                note("published", lines[index].number, "date.info-box")
                return found.value
    return _end_mark_date(lines, reach, note, chrome.lang)


_INFO_BOX_ROWS = 8
"""How many rows of an info box around a date row are looked at, each way."""


def _in_info_box(lines: list[Line], index: int, labels: frozenset[str]) -> bool:
    # True when the line stands in a run of "Label: value" rows glued together (no blank
    # line between) and one of them is named by the language's ``info_box_labels``.
    if not labels:
        return False
    for step in (-1, 1):
        k = index
        for _ in range(_INFO_BOX_ROWS):
            nxt = k + step
            if not 0 <= nxt < len(lines) or lines[max(k, nxt)].blank_before:
                break
            label = box_row_label(lines[nxt].text)
            if label is None:
                break
            if label in labels:
                return True
            k = nxt
    return False


_END_MARK_REACH = 4
"""How far under the article a press release's end mark may stand (a wrapped last line or a
contact line between)."""


def _end_mark_date(
    lines: list[Line],
    reach: list[int],
    note: Callable[[str, int | None, str], None],
    lang: str,
) -> str | None:
    # Rule ``date.after-end-mark``: government press offices stamp a release under its
    # end mark, not over the headline ("完" / "2026年12月1日（星期二）" / "香港時間18時42分";
    # "Ends/Tuesday, December 1, 2026" / "Issued at HKT 18:42"). A bare full date on one of
    # the two lines under the end mark, or glued to it after a slash, is the release's date;
    # without an end mark a date under the story may be a teaser's, and is not taken.
    for n, index in enumerate(reach[:_END_MARK_REACH]):
        text = lines[index].text
        mark, _, rest = text.partition("/")
        if noise_rule(text) == "noise.end-mark":
            below = [(i, lines[i].text) for i in reach[n + 1 : n + 3]]
        elif rest and noise_rule(mark) == "noise.end-mark":
            below = [(index, rest.strip())]
        else:
            continue
        for i, candidate in below:
            found = parse_date_line(candidate, lang)
            if found is not None and not found.labelled and found.value and len(found.value) >= 10:
                note("published", lines[i].number, "date.after-end-mark")
                return found.value
        return None
    return None


_ACCOUNT_COUNTER = lazy_pattern(r"^\d+\s?篇原创内容$")
"""A WeChat account card's count of original posts ("128篇原创内容")."""
_HAN_WRITER = lazy_pattern(r"^[\u4e00-\u9fff]{2,4}$")
"""A writer's name before the account on a WeChat meta row: two to four Han characters."""

_ACCOUNT_END = (".", "!", "?", "…", "。", "！", "？", ",", "，", ";", "；")
# how a dek (a sentence) ends and a headline does not
_CJK_PROSE_CHARS = 40
"""A CJK prose line's least length under a bare dek (100 characters on spaced scripts)."""
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？")
_COUNTER_ROW_BETWEEN_WORDS = 5
_COUNTER_ROW_HEADLINE_WORDS = 4
_STACKED_DEK_WORDS = 6


def _counter_row(text: str) -> bool:
    # Round 24 (headjoin): True when ``text`` is a site builder's meta row, a numeric date
    # and two to four counters with no letter ("14.08.2020 707 0.0 0", "2025-10-12 | 1284 |
    # 4.5 | 3"). The date has two separators and a four-digit year; each counter is digits
    # with at most one "." or ",".
    words = [w for w in text.split() if w not in ("|", "·", "•")]
    if not 3 <= len(words) <= 5:
        return False
    date = words[0].rstrip(",")
    for sep in ".-/":
        parts = date.split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            break
    else:
        return False
    if not any(len(p) == 4 for p in parts):
        return False
    return all(
        w.replace(".", "", 1).replace(",", "", 1).replace(":", "", 1).isdigit() for w in words[1:]
    )


_ACCOUNT_HANDLE = lazy_pattern(r"^@[A-Za-z0-9_.]{3,40}$")
"""An account's handle on a line of its own under its name ("@ozersk_vesti_dnya"): a channel
or a social account, whose follower count stands under the handle."""


def _account_name(text: str, chrome: ChromeCues) -> bool:
    # True when ``text`` can be a platform account's name: one to six words, at most 40
    # characters, no figure, no sentence end, colon or link, and no cue of the page.
    if not text or len(text) > 40 or len(text.split()) > 6 or _has_digit(text):
        return False
    if text.endswith(_ACCOUNT_END) or any(c in text for c in ":：[]()/|·@#"):
        return False
    if chrome.follow_button(text) or chrome.follower_count(text) or chrome.kind(text):
        return False
    # "Arnold Saba By Arnold Saba example.com" / "Follow": a news site's author box, whose
    # byline the byline rules read; an account's name holds no byline prefix and no domain
    words = text.split()
    if any(chrome.byline_prefix(" ".join(words[k:])) for k in range(1, len(words))):
        return False
    if any("." in w.strip(".") for w in words):
        return False
    return text.casefold() not in chrome.navigation and noise_rule(text) is None


def _has_digit(text: str) -> bool:
    # True when ``text`` holds a digit.
    return any(map(str.isdigit, text))


_LOOKAHEAD_STRONG = 10
"""How many lines under the headline a standfirst set in bold may stand."""

_PAGE_DATE_REACH = 12
"""How many lines after the article can hold the page's own publication date."""


_DATE_ROW_PARTS = lazy_pattern(r"\s[|·•]\s")
"""Where a footer's date row sets its labelled dates apart ("Erstellt am … | Aktualisiert am …")."""


def _date_row(text: str, lang: str) -> list[DateLine]:
    # A footer-style row of labelled dates under the story ("Erstellt am 26. Jänner 2027,
    # 08:15 | Aktualisiert am 27. Jänner 2027", "Publicado el … | Actualizado el …"): every
    # part must be a labelled full date, so a teaser's "Sport | 3. März 2027" gives nothing.
    parts = _DATE_ROW_PARTS.split(text)
    if len(parts) < 2:
        return []
    found = [parse_date_line(part.strip(), lang) for part in parts]
    if any(f is None or not f.labelled or not f.value for f in found):
        return []
    return [f for f in found if f is not None]


def _labelled_dates(
    lines: list[Line], indexes: list[int], lang: str
) -> Iterator[tuple[int, DateLine]]:
    # The labelled full dates among ``indexes``: a label and its date on one line, or the
    # label alone with the date on the next line ("Laatst gewijzigd:" / "02 december 2026").
    for n, index in enumerate(indexes):
        text = lines[index].text
        if not any(map(str.isdigit, text)) and (
            len(text) > 40 or index + 1 >= len(lines) or not _has_digit(lines[index + 1].text)
        ):
            continue  # no date on the line, nor a short label over one
        found = parse_date_line(text, lang)
        if found is None:
            yield from ((index, part) for part in _date_row(text, lang))
            continue
        if not found.labelled:
            continue
        if found.value is None and n + 1 < len(indexes) and indexes[n + 1] == index + 1:
            below = parse_date_line(lines[index + 1].text, lang)
            if below is None or below.labelled or not below.value:
                continue
            found = found._replace(value=below.value)
        if found.value:
            yield index, found


def _dateline_date(
    placed: list[Placed], note: Callable[[str, int | None, str], None], lang: str
) -> str | None:
    # Rule ``date.dateline``: a full date stated in the first paragraph's dateline.
    first = next((p for p in placed if isinstance(p.block, Paragraph)), None)
    if first is None or not isinstance(first.block, Paragraph):
        return None
    value = dateline_date(first.block.text, lang)
    if value is not None:
        note("published", first.line, "date.dateline")
        return value
    # "Villaseca de la Vega, 8 de junio de 2026. Los vecinos …": closed by a full stop
    value = sentence_dateline_date(first.block.text, lang)
    if value is not None:
        note("published", first.line, "date.dateline-sentence")
    return value


def _inferred_date(
    placed: list[Placed], note: Callable[[str, int | None, str], None], lang: str
) -> str | None:
    # Rule ``inferred:lead-caption-date``: the lead photo's date, when the story is about that day.
    #
    # Only when the page states no date at all, the body opens with a figure
    # whose caption gives a full date, and the first paragraph names the same
    # month and day. Recorded as an inference, never as a stated date.
    if not placed or not isinstance(placed[0].block, Figure) or not placed[0].block.caption:
        return None
    first = next((p for p in placed if isinstance(p.block, Paragraph)), None)
    if first is None or not isinstance(first.block, Paragraph):
        return None
    value = caption_event_date(placed[0].block.caption, first.block.text, lang)
    if value is not None:
        note("published", placed[0].line, "inferred:lead-caption-date")
    return value


_PROMPT_CONTACT_WORDS = 8
"""How many words follow a reader prompt's question at most ("Email a@b.example.")."""
_READER_CALL_CHARS = 400
"""A column's standing note under the article is two or three sentences at most."""


def _address_footer(text: str) -> bool:
    # A footer's address row: three or more parts of a few words each, joined by commas,
    # " · " or " | " — or, when it holds two contact details, full stops and " – " too (an
    # office's row printed as short sentences: "…, Harwick HW1 2AB. Telephone … . Email …",
    # one part of up to ten words among them) — one a street or a postcode (a number of up to
    # five digits beside a word: "Westerhaven 12", "4 rue des Tanneurs", "9171 KL"; or a
    # postcode of four to six digits alone: "623000, Свердловская область"), and a telephone
    # number or an e-mail address. A person with a role first ("Name, Press officer, 555
    # 0100, name@…") is a release's contact line, which other rules weigh.
    if len(text) > 300 or text.endswith(("!", "?")) or not CONTACT_DETAIL.search(text):
        return False
    joined = text.replace(" · ", ", ").replace(" | ", ", ")
    parts = [p for p in joined.split(", ") if p]
    if len(parts) < 3 or any(len(p.split()) > 6 for p in parts):
        if len(CONTACT_DETAIL.findall(text)) < 2:
            return False
        # An office's row printed as short sentences: read at its full stops too, and one
        # part may run to ten words ("Öffnungszeiten: Montag bis Freitag 8 bis 12 Uhr").
        parts = [p for p in joined.replace(" – ", ", ").replace(". ", ", ").split(", ") if p]
        long = [p for p in parts if len(p.split()) > 6]
        if len(parts) < 3 or len(long) > 1 or any(len(p.split()) > 10 for p in long):
            return False
    if is_name(parts[0]) and is_byline_role(parts[1]):
        return False  # "Jane Doe, Press officer, …": a person's contact, not the site's
    return any(
        (
            any(w.isdigit() and len(w) <= 5 for w in part.split())
            and any(w.isalpha() for w in part.split())
        )
        or _POSTCODE_PART.match(part)
        for part in parts
    )


_REPUBLISH_TITLE_CHARS = 60
_REPUBLISH_TITLE_WORDS = 5
"""A republishing box's title ("Republish this article") is a short line of its own."""
_UNQUOTED_HEADER_WORDS = 5
"""A comment header without quotes: a count, a link word, a title of three words or more."""


def _names_post(words: list[str], titles: frozenset[str]) -> bool:
    # A comment section's header that names the post without quotes ("Один комментарий
    # к записи Водонапорная башня …", "2 thoughts on Spring at the allotments"): a count
    # (``words[0]``), one to three words among them a short lower-case link word ("к",
    # "on", "sur", "zu", "do"), then the rest, three words or more, printed as a whole line
    # of the page (``titles``, casefolded): the post's headline.
    for at in (2, 3, 4):
        rest = words[at:]
        if len(rest) < 3:
            return False
        link = words[1:at]
        if not all(w.isalpha() for w in link) or not any(
            w.islower() and len(w) <= 3 for w in link
        ):
            continue
        # A title is words: a table's rows ("12 │ t 5 │ f" over a row "5 │ f") are not.
        if sum(any(ch.isalpha() for ch in w) for w in rest) < 3 or len(" ".join(rest)) < 12:
            continue
        if " ".join(rest).casefold() in titles:
            return True
    return False


_PRACTICAL_WORDS = 20
"""A practical-information line under a review is this many words at most, unless it is
telegraphic (``_practical_shape``)."""
_PRACTICAL_PART_WORDS = 7


def _practical_shape(text: str) -> bool:
    # ``text`` is short (up to 20 words) or telegraphic: four parts or more, at commas,
    # full stops, semicolons or " · ", none of more than seven words ("«Titre», musée …,
    # 3, place du Présidial. Jusqu'au 1er mars, du mardi au dimanche, de 10 h à 18 h.
    # Entrée 8 €, tarif réduit 5 €.") — a listing, not a paragraph of prose.
    if len(text.split()) <= _PRACTICAL_WORDS:
        return True
    parts = [
        p
        for p in text.replace(" · ", ", ").replace("; ", ", ").replace(". ", ", ").split(", ")
        if p.strip()
    ]
    return len(parts) >= 4 and all(len(p.split()) <= _PRACTICAL_PART_WORDS for p in parts)


_POSTCODE_PART = lazy_pattern(r"^\d{4,6}$")
"""A part of an address row that is a postcode alone ("623000, Свердловская область")."""
_RANK_ROW = lazy_pattern(r"^\d{1,2}[.)] \S")
# A list article's numbered subhead ("3. Mercado do Cruzeiro", "3) Casa Aurora").
_NUMBERED_SUBHEAD = lazy_pattern(r"^(\d{1,2})[.)] \S")
_BOX_TITLE_WORDS = 3
_BOX_TITLE_MAX = 8
_BOX_REASONS = frozenset(["donate", "sign-up", "noise.sign-up"])
_PAYWALL_ROW_CHARS = 300
"""How long a paywall box's row of buttons runs at most, links and all."""
"""Reasons of the sweep for a box whose title the page prints over it."""
_MARKED_HEADING = lazy_pattern(r"^#{1,6}\s+")
_STEM_WORD = lazy_pattern(r"[^\W\d_]{5,}")


def _stems(text: str) -> frozenset[str]:
    # The first five letters of each word of five letters or more, casefolded.
    return frozenset(w[:5] for w in _STEM_WORD.findall(text.casefold()))



def _titled_box(keep: list[Line]) -> bool:
    # The lines at the end of ``keep`` are a facts box under its title: "Label: value"
    # rows, two at least and all but one of them ("Vacinação contra a gripe" over "Quando:
    # …"), under a short line that is no row and ends no sentence ("Fiche technique",
    # "Serviço", "En pratique"). Rows alone ("Media contact: …" / "Previous: …") are not.
    rows = others = 0
    for line in reversed(keep[-(_BOX_LINES_MAX + 1) :]):
        text = line.text
        if fact_row(text):
            rows += 1
            continue
        words = len(text.split())
        if words <= _BOX_TITLE_WORDS and not text.endswith((".", "!", "?", ":")):
            return rows >= 2
        others += 1
        if others > 1:
            return False
    return False


_BOX_LINES_MAX = 10
"""A facts box closing the article holds this many rows at most."""


def _closing_box(zones: list[int], feats: list[LineFeatures]) -> frozenset[int]:
    # The measures box ("Batterie : 52 kWh" / "Autonomie WLTP : 409 km", its title
    # "Fiche technique") that the decoder kept as the article's last lines: the spec sheet
    # closing a road test, not a recipe card's widget between the header and the text.
    last = max((k for k, zone in enumerate(zones) if zone == BODY), default=-1)
    box: set[int] = set()
    k = last
    while k >= 0 and zones[k] == BODY and feats[k].cue == "facts":
        box.add(k)
        k -= 1
    if not box:
        # a last row with no measure ("Prix : à partir de …") may close the box
        k = last - 1
        while k >= 0 and zones[k] == BODY and feats[k].cue == "facts":
            box.add(k)
            k -= 1
    return frozenset(box)


_COPY_REACH = 600
"""How far below the headline its printed copy is looked for (lines of the page)."""
_COPIES = 3
_SIDE_SEPARATORS = (" - ", " | ", " — ", " – ", " :: ")


def _copy_of(text: str, title: str) -> bool:
    # ``text`` is the headline ``title`` (both case-folded) printed again: the same words,
    # or the ``<title>``'s words without the site's name after a separator ("Headline -
    # The Site").
    if text == title:
        return True
    return (
        len(text) >= 20
        and title.startswith(text)
        and title[len(text) : len(text) + 4].startswith(_SIDE_SEPARATORS)
    )


_OVER_COPY_REACH = 60
"""How far above the headline a card's copy of it, with the byline under it, is looked for."""


def _header_over_copy(
    lines: list[Line],
    title_index: int,
    counts: Counter[str],
    chrome: ChromeCues,
    order: str,
    header: Header,
) -> Header:
    # The header read between an earlier copy of the headline and the headline, when none
    # stands under the headline.
    #
    # A blog network's template prints the post's card (the headline, the writer's name and
    # avatar, the date, the editor's menu) and then the headline again over the story; the
    # decoder takes the second copy, the one the prose follows, and nothing of the header
    # stands under it. The lines between the two copies are read as the header; only the
    # byline and the dates are taken from them (a dek found there is a card's blurb).
    folded = lines[title_index].text.casefold()
    start = max(0, title_index - _OVER_COPY_REACH)
    copy = next(
        (k for k in range(title_index - 2, start - 1, -1) if lines[k].text.casefold() == folded),
        None,
    )
    if copy is None:
        return header
    return _header_between(lines, copy, title_index, counts, chrome, order, header)


def _header_between(
    lines: list[Line],
    above: int,
    title_index: int,
    counts: Counter[str],
    chrome: ChromeCues,
    order: str,
    header: Header,
) -> Header:
    # The header read from the lines between ``above`` (a copy of the headline, a pop-up
    # dialog) and the headline, when it holds a byline or a date; ``header`` otherwise. Only
    # the byline and the dates count there: a dek found between is a card's blurb or the
    # dialog's prompt.
    found = read_header(lines, list(range(above + 1, title_index)), counts, chrome, order)
    if not found.bylines and not found.dates:
        return header
    found.subtitle, found.subtitle_at = None, []
    return found


_WHOLE_COPY_CHARS = 12
_CUT_COPY_CHARS = 20
"""Characters of a cut-off headline copy before its ellipsis (:meth:`_whole_headline_below`)."""
_CUT_COPY_REACH = 3
_CUT_COPY_WHOLE_CHARS = 250
_WHOLE_COPY_REACH = 12
_WHOLE_COPY_WORDS = 25
"""A cut copy of the headline (twelve characters at least) and the whole line up to twelve
lines over it (25 words at most)."""
_RAIL_DEK_WORDS = (8, 45)
_CRUMB_ENDS = ("/", ">", "»", "›", "|", "→", "＞", "::")
"""How the step before a breadcrumb trail's last one ends."""
_SHORT_COPY_SHARE = 0.7
"""The most of the whole headline a short copy without an ellipsis may hold."""
_CRUMB_SEPS = (" » ", " > ", " › ", " / ", " | ", " → ")
"""Separators of a breadcrumb trail whose last step may be the headline's short copy."""
_DIALOG_HEADER_REACH = 30
"""How far above the headline a pop-up dialog's card, with the byline in it, is looked for."""


def _header_over_dialog(
    lines: list[Line],
    feats: list[LineFeatures],
    title_index: int,
    counts: Counter[str],
    chrome: ChromeCues,
    order: str,
    header: Header,
) -> Header:
    # The header read between a pop-up dialog over the headline and the headline, when
    # none stands under the headline.
    #
    # A blog platform's page opens on its editor's dialog ("Ready to publish?", the
    # writer's name, the reading time, "Close  Publish changes") and its bar with the
    # writer's card ("Jane Roe" / "on Mar 17 · 11 min"), then the headline over the story:
    # the header the page prints is the one above. Only the byline and the dates are taken
    # (a dek found there is the dialog's prompt).
    start = max(0, title_index - _DIALOG_HEADER_REACH)
    dialog = next((k for k in range(start, title_index) if feats[k].cue == "dialog"), None)
    if dialog is None:
        return header
    return _header_between(lines, dialog, title_index, counts, chrome, order, header)


_PROSE_HEADER_REACH = 40
"""How far above a dump's headline with no header under it its byline is looked for."""
_PROSE_HEADER_CHARS = 100
"""A line this long ending a sentence, between the two, is prose: no byline is taken."""


def _header_over_prose_headline(
    lines: list[Line],
    title_index: int,
    counts: Counter[str],
    chrome: ChromeCues,
    order: str,
    header: Header,
) -> Header:
    # Round 23 (enhead): the header read from the byline row above a whole-page dump's
    # headline, when none stands under it. A viral magazine's template prints the writer's
    # card ("By NAME" / "SITE Staff" / the date / the share count) and a newsletter box, then
    # the headline over the story. The nearest line above the headline, within
    # ``_PROSE_HEADER_REACH`` lines, that opens with a byline prefix of the language starts
    # the header; only the byline and the dates are taken from the lines between it and the
    # headline. Guards: only on a dump whose header under the headline holds neither a
    # byline nor a date; no prose line (``_PROSE_HEADER_CHARS`` characters and a sentence
    # end) stands between the two (a teaser's blurb, another story's header).
    start = max(0, title_index - _PROSE_HEADER_REACH)
    byline = None
    for k in range(title_index - 1, start - 1, -1):
        text = lines[k].text
        if len(text) >= _PROSE_HEADER_CHARS and text.endswith(_SENTENCE_ENDS):
            return header  # prose between: a teaser's blurb, another story's header
        if chrome.byline_prefix(text):
            byline = k
            break
    if byline is None:
        return header
    return _header_between(lines, byline - 1, title_index, counts, chrome, order, header)


def _header_under_copy(
    lines: list[Line],
    candidates: list[int],
    counts: Counter[str],
    chrome: ChromeCues,
    order: str,
    title: str,
    header: Header,
) -> Header:
    # The header read under the headline's copy, when none stands under the headline.
    #
    # A page read as all its text nodes (BeautifulSoup's ``get_text()``) opens with the
    # ``<title>`` of its ``<head>``, often the bare headline; the ``<h1>`` printed again
    # far below, after the menus, stands over the byline and the date. When nothing of a
    # header follows the first copy, the lines under the second are read as the header.
    # Only for a headline on the text's first line (the ``<title>``): on a dump tool's
    # text (no ``<title>`` printed) a later copy of the headline is a share box's or a
    # teaser's, and the date under it may be another story's or a comment's (measured:
    # one wrong date on the held-out half, in three tools, before this limit).
    folded = title.casefold()
    start = candidates[0] if candidates else len(lines)
    copies = [
        k
        for k in range(start, min(len(lines), start + _COPY_REACH))
        if _copy_of(lines[k].text.casefold(), folded)
    ]
    # under each copy in turn (the <h1> may follow a breadcrumb's or a share box's copy)
    for copy in copies[:_COPIES]:
        under = [k for k in candidates if k > copy]
        if under:
            found = read_header(lines, under, counts, chrome, order)
            if found.bylines or found.dates:
                return found
    return header


_CAPTION_LINES_OVER_META = 2
"""How many photo-caption lines may stand between the headline and its post-meta line."""
_CAPTION_LINE_WORDS = (3, 25)
"""The fewest and most words of such a caption line."""


def _header_under_caption_lines(
    lines: list[Line],
    candidates: list[int],
    counts: Counter[str],
    chrome: ChromeCues,
    order: str,
    header: Header,
) -> Header:
    # Round 22 (scrapedf): the header read under one or two photo captions that a blog
    # theme prints between the headline and the post's meta line ("CONTROL DE VELOCIDAD…" /
    # "El agente A y la subinspectora B, junto al radar móvil." / "Publicado el 24 noviembre,
    # 2026 por Policía Local"), when nothing of a header stands right under the headline.
    # The captions (short sentences, three to 25 words, a full stop) stay where they are; the
    # meta line must open with a date label of the language or read as "Posted on … by …",
    # and the header read from it on must hold a byline or a date. Guard: the first three
    # unused lines under the headline, string tests only.
    lang = chrome.lang
    for n in range(1, min(_CAPTION_LINES_OVER_META, len(candidates) - 1) + 1):
        meta = lines[candidates[n]].text
        low, high = _CAPTION_LINE_WORDS
        if not all(
            low <= len(lines[k].text.split()) <= high and lines[k].text.rstrip().endswith(".")
            for k in candidates[:n]
        ):
            return header
        if any(candidates[k + 1] != candidates[k] + 1 for k in range(n)):
            return header  # only lines printed one after another
        if not (opens_with_date_label(meta, lang) or parse_posted_by(meta) is not None):
            continue
        found = read_header(lines, candidates[n:], counts, chrome, order)
        if found.bylines or found.dates:
            found.subtitle, found.subtitle_at = None, []
            return found
        return header
    return header


def _decode_zones(
    lines: list[Line], feats: list[LineFeatures], stop: frozenset[str], chrome: ChromeCues
) -> Region:
    # The page's zones, decoded on re-joined paragraphs when the text is hard-wrapped.
    #
    # Every feature is a property of a paragraph, not of a wrapped line's fragment;
    # the zones are then given back to the source lines each paragraph came from.
    joined = unwrap(lines, keep=is_explicit_caption)
    if len(joined) == len(lines):
        return find_region(lines, feats, chrome)
    region = find_region(joined, line_features(joined, stop, chrome), chrome)
    zones: list[int] = []
    position = {line.number: k for k, line in enumerate(lines)}
    j = 0
    for line in lines:
        while j + 1 < len(joined) and joined[j + 1].number <= line.number:
            j += 1
        zones.append(region.zones[j])
    title = position.get(joined[region.title].number) if region.title is not None else None
    if (
        title is not None
        and lines[title].text != joined[region.title].text
        and not _wrapped_headline(lines, title)[1]
    ):
        title = None  # the headline was glued to the lines under it: trust the first line
    return region._replace(zones=zones, title=title)


def _zones_under_crumb(
    lines: list[Line],
    feats: list[LineFeatures],
    stop: frozenset[str],
    chrome: ChromeCues,
    region: Region,
    start: int,
) -> Region:
    # Round 25 (zhcrumb): the headline was taken under the location row under the site's
    # name and its one-item-a-line menu (``_location_row_under_menu``), but the decoder read
    # the site's name as the headline and the menu as its header, so its zones run the body
    # on into the print row and the related list. The lines from the headline on are decoded
    # again on their own; the name, the menu and the location row above are page chrome, so
    # the page is a whole-page copy (``is_dump``). Kept only when that decoder also reads the
    # headline first; else the old zones stand. Guard: only when the rule fired.
    sub = _decode_zones(lines[start:], feats[start:], stop, chrome)
    if sub.title != 0:
        return region
    return sub._replace(
        zones=[PRE] * start + sub.zones,
        title=start,
        dropped=[(lines[0].number, lines[start - 1].number, "above the headline"), *sub.dropped],
        is_dump=BODY in sub.zones,
        cut_tail=sub.cut_tail or BODY in sub.zones,
    )


_EMPHASIS = ("**", "__", "*", "_")


def _without_emphasis(text: str) -> str:
    # A line set in italics or bold as a whole ("_Lena Marsh covers … ._", "*Lena Marsh is
    # a freelance writer.*"), as html2text and Markdown copies print an author's note under
    # the story: its words without the marks. Any other line as printed.
    for mark in _EMPHASIS:
        if len(text) > 2 * len(mark) + 1 and text.startswith(mark) and text.endswith(mark):
            inner = text[len(mark) : -len(mark)]
            if inner[:1].isalnum() and not inner.startswith(mark[0]) and mark not in inner:
                return inner.strip()
    return text


_HONORIFICS = ("Dr. ", "Prof. ", "Prof. Dr. ", "Mag. ", "Me ", "Mr ", "Ms ", "Mrs ")
"""Academic and courtesy titles a signature may print before the name ("Dr. Miriam …")."""


_PROSE_ENDS = (".", "!", "?", "…", "»", "”", '"', "。", "！", "？", "）", ")")
"""How a paragraph of prose ends, for the end-signature rule (full-width "！"/"？" since round
25, pq69: "给您带来的不便，敬请谅解！")."""
_SALUTATION_ENDS = frozenset(",:!，：！")
"""How a letter's salutation line ends ("Dear residents,", "Estimados vecinos:", "Уважаемые
жители!", "尊敬的各位业主、住户：")."""


def _letter_salutation(text: str, lang: str | None) -> bool:
    # Round 25 (pq69): whether ``text``, a short line ending like a salutation, opens with
    # one of the language's ``letter_salutations`` as a whole word ("Dear", "Chers",
    # "Уважаемые"; a Han opener needs no space after it: "尊敬的各位业主"). Guard: the caller
    # tests the last character first; the cue list holds a few words.
    if not lang or len(text) > 60:
        return False
    key = text.casefold()
    for word in cues(lang).letter_salutations:
        if key.startswith(word) and (
            has_han(word) or not key[len(word) : len(word) + 1].isalnum()
        ):
            return True
    return False


def _signature_name(text: str) -> bool:
    # A signer's name alone on its line, after any academic title: "Dr. Miriam Falkenrath",
    # "Jonas Weidemeyer".
    bare = text
    for title in sorted(_HONORIFICS, key=len, reverse=True):
        if bare.startswith(title):
            bare = bare[len(title) :]
            break
    return not any(ch.isdigit() for ch in text) and is_name(bare)


def _office_line(text: str, lang: str) -> bool:
    # A signer's office under the name ("Richterin am Landgericht, Pressesprecherin",
    # "Press Officer", "Пресс-секретарь суда"): a short line, no sentence, with a role word
    # of the page's language or English.
    if not 1 <= len(text.split()) <= 10 or len(text) > 90 or text[-1:] in ".!?:;":
        return False
    words = {*cues(lang).role_words, *cues("en").role_words}
    key = text.casefold()
    tokens = [t.strip(",;()–—-") for t in key.split()]
    if any(t in words for t in tokens) or any(" " in w and w in key for w in words):
        return True
    # Round 23 (officials): "Naczelnik Wydziału Infrastruktury", "Начальник управления",
    # "رئيس المجلس البلدي": an official's title of the language's ``official_roles``
    return official_office(text, lang)


def _opens_bio(text: str, name: str) -> bool:
    # Whether ``text`` is a sentence about the writer ``name``: the full name, then a
    # lower-case word ("Lena Marsh covers …") or the possessive ("Idris Tennant's most recent
    # collection is …", "Ana Lis’ latest book …").
    if text[: len(name)].casefold() != name.casefold():
        return False  # "Mark di Stefano is …" under the byline "Mark Di Stefano"
    rest = text[len(name) :]
    for dash in (" – ", " — ", " - ", ", "):
        # A bio set off by a dash or a comma ("Paweł Grzelak – dziennikarz …", "Иван
        # Петров — журналист …", "Lena Marsh, a reporter …"): a lower-case word goes on.
        if rest.startswith(dash):
            return rest[len(dash) : len(dash) + 1].islower()
    if rest[:1] == " ":
        first = name.split()[0] + " "
        if rest[1:].startswith(first) and " " in name:
            # An author box prints the name, then the bio that opens with the first name
            # ("Dan Goodin" / "Dan is the security editor …"), copied as one line.
            return rest[1 + len(first) : 2 + len(first)].islower()
        return rest[1:2].islower()
    return rest.startswith(("'s ", "’s ", "' ", "’ "))


def _opens_first_name_bio(text: str, name: str) -> bool:
    # A sentence about the writer by first name ("Craig is a freelance consultant …"):
    # only the first name, then a lower-case word, in a sentence of a bio's length.
    first = name.split()[0]
    if not text.startswith(first + " ") or len(first) < 3 or not is_name(name):
        return False  # a person's name: "The Associated Press" has no first name
    return text[len(first) + 1 : len(first) + 2].islower() and 40 <= len(text) <= 400


def _broken_at_width(line: str, below: str, width: int) -> bool:
    # True when a hard-wrapped ``line`` was broken because the first word of ``below``
    # would not fit: the line stops mid-sentence within a word's length of the width.
    if not width or line.endswith((".", "!", "?", ":", "…")):
        return False
    return len(line) + 1 + len(below.split(" ", 1)[0]) > width and len(line) >= 0.8 * width


def _wrapped_headline(lines: list[Line], index: int) -> tuple[str, list[int]]:
    # The headline at ``index`` with the lines it was wrapped onto, and their indexes.
    #
    # A lynx dump wraps a long headline ("… we keep refusing to" / "sit"): a further
    # line is the headline's when no blank line comes before it, it goes on in lower
    # case and the line above ends no sentence; at most three lines of 100 characters.
    # A capital may go on too when the lines stand alone as one short block and the line
    # above is long enough to have been wrapped: nouns are capitalised in German, and a
    # name ("… mantenimiento al" / "Cutzamala") may be the word that did not fit.
    text, extra = lines[index].text, []
    block = wrapped_headline_block(lines, index)
    for k in range(index + 1, min(index + 3, len(lines))):
        line = lines[k]
        if (
            line.blank_before
            or not (line.text[:1].islower() or (block and len(lines[k - 1].text) >= 50))
            or len(lines[k - 1].text) > 100
            or lines[k - 1].text.endswith((".", "!", "?", ":"))
        ):
            break
        text += " " + line.text
        extra.append(k)
    return text, extra


# Decisions taken on thin evidence: inspect flags them so a user knows what to check.
_UNSURE = {
    "title.above-dek": "the headline and the dek could be the other way round",
    "title.after-kicker": "the line above may be the headline",
    "title.over-refused": "the decoder's headline was a sentence; a line near it was taken",
    "byline.bare-name": "a name recognised by its shape only",
    "byline.under-dek": "a name under the dek, recognised by its shape only",
    "byline.under-headline": "a name under the headline, recognised by its shape only",
    "language.frequent-words-weak": "too few words to be sure",
    "language.default": "no words to tell the language by",
    "inferred:lead-caption-date": "inferred from the lead photo's caption",
    "inferred:title.none": (
        "the page prints no headline; formats show the first sentence as the title"
    ),
}


def _prose_line(text: str) -> bool:
    # A paragraph, not a headline: two sentences or more and 25 words or more, ending on a
    # sentence's end, or 45 words whatever its end (Chinese and Japanese: 60 characters and
    # two full stops). Headlines run to 20 words or so and are one sentence.
    if len(text) < 120:
        return False
    words = len(text.split())
    if words >= 45:
        return True
    if words < 5:  # a text written without spaces
        return len(text) >= 60 and text.count("。") >= 2
    if words < 25 or not text.endswith((".", "!", "?", "…", '."', ".»", ".”", '!"', '?"')):
        return False
    inner = sum(text.count(end + " ") for end in (".", "!", "?"))
    return inner >= 1


_ONE_SENTENCE_WORDS = 15
"""A headline-less page's opening paragraph of one sentence has this many words at least."""


def _one_sentence_opening(title: str, subtitle: str | None, placed: list[Placed]) -> bool:
    # A paragraph of one sentence, not a headline: fifteen words or more closed by a full
    # stop, and the line under it (the first block of the body, or a dek read there) is a
    # paragraph of prose too — fifteen words or more ending on a sentence's end. A headline
    # ends on no full stop; one that does ("Storm closes the port.") is short, or a dek or
    # a lead photo's caption stands under it.
    if len(title) < 90 or not title.endswith((".", '."', ".»", ".”")) or title.endswith(".."):
        return False
    if len(title.split()) < _ONE_SENTENCE_WORDS:
        return False
    if subtitle is not None:
        under = subtitle
    elif placed and isinstance(placed[0].block, Paragraph):
        under = placed[0].block.text
    else:
        return False
    return len(under.split()) >= _ONE_SENTENCE_WORDS and under.endswith(_SENTENCE_ENDS)


_DEK_WORDS = (8, 35)
"""A dek without a full stop runs to this many words (at least, at most)."""


def _unspaced_dek(reader: _Reader, placed: list[Placed]) -> list[Placed]:
    # Rule ``subtitle.unspaced-dek``: on a page copied without blank lines, the dek printed
    # straight under the headline, one sentence with no full stop ("Il violento tamponamento è
    # avvenuto la scorsa notte, durante un servizio di perlustrazione"), was read as the
    # body's first paragraph. It is the dek when the lines stand one under another — headline,
    # that line, then a paragraph of prose of fifteen words or more ending on a sentence's
    # end, the lead photo's caption between them or not — and it has eight to 35 words,
    # opens on a capital and ends on no punctuation. A paragraph ends on a sentence's end; a
    # lead-in on a colon. Guard: no dek read, and the first block is a paragraph on the line
    # right under the headline.
    prov = reader.provenance.get("title")
    if reader.subtitle is not None or prov is None or not prov.line or len(placed) < 2:
        return placed
    first, second = placed[0], placed[1]
    if first.line != prov.line + 1 or second.line != first.line + 1:
        return placed
    if isinstance(second.block, Figure) and len(placed) > 2:
        second = placed[2]  # the lead photo's caption between the dek and the story
    if not isinstance(first.block, Paragraph) or not isinstance(second.block, Paragraph):
        return placed
    text, under = first.block.text, second.block.text
    if (
        not text[:1].isupper()
        or not text[-1:].isalnum()
        or not _DEK_WORDS[0] <= len(text.split()) <= _DEK_WORDS[1]
        or len(under.split()) < _ONE_SENTENCE_WORDS
        or not under.endswith(_SENTENCE_ENDS)
    ):
        return placed
    reader.subtitle = text
    reader.note("subtitle", first.line, "subtitle.unspaced-dek")
    return placed[1:]


_WRAPPED_TITLE_LINE_CHARS = 55
"""A hard-wrapped page's lines run to 70 or 80 columns: every line of the "headline" but its
last is this long at least."""
_WRAPPED_TITLE_WORDS = 20


def _wrapped_untitled_opening(
    lines: list[Line], title_index: int, title: str, placed: list[Placed]
) -> str | None:
    # The opening paragraph of a hard-wrapped page without a headline, when the reader
    # took its first wrapped lines for a headline wrapped over them ("La asociación … ha
    # pedido" / "al ayuntamiento que …" / "… la segunda" / "semana de enero. La petición …")
    # and read the paragraph's other lines as the body's first paragraph. A headline wrapped
    # over two lines or more stands over a blank line, a dek or a byline; here the body's
    # first paragraph goes on right under it, on the next line, and headline and paragraph
    # read together are a paragraph of prose (``_prose_line``), and every line of the
    # "headline", its last too, was broken at the page's wrap width. Guard: only the rule
    # ``title.first-line``, a title of twenty words or more joined from two lines or more
    # of 55 characters or more, and a paragraph first in the body on the very next line.
    if len(title.split()) < _WRAPPED_TITLE_WORDS or not placed:
        return None
    first = placed[0]
    if not isinstance(first.block, Paragraph):
        return None
    k, n = title_index, len(lines)
    joined = lines[k].text
    while joined != title and k + 1 < n and not lines[k + 1].blank_before:
        if len(lines[k].text) < _WRAPPED_TITLE_LINE_CHARS:
            return None
        k += 1
        joined = f"{joined} {lines[k].text}"
    if joined != title or k == title_index or k + 1 >= n:
        return None
    under = lines[k + 1]
    if under.blank_before or under.number != first.line:
        return None
    opening = f"{title} {first.block.text}"
    if not _prose_line(opening):
        return None
    # every line of the "headline", its last too, was filled to the page's wrap width: a
    # paragraph's lines are; a headline's last line holds what was left of it
    width = wrap_width(lines)
    if not width:
        return None
    for j in range(title_index, k + 1):
        text, below = lines[j].text, lines[j + 1].text
        if len(text) < 0.8 * width or len(text) + 1 + len(below.split(" ", 1)[0]) <= width:
            return None
    return opening


_GLUED_LEAD_RULES = frozenset(["figure.trailing-credit", "figure.credit-label"])
_GLUED_LEAD_WORDS = 4


def _keep_glued_lead_caption(reader: _Reader, region: Region, after_header: int) -> None:
    # The lead photo's caption with its credit glued to its end ("Zandzakken bij de
    # Molenstraat in Ommerwaard, vrijdagochtend. Foto: Omroep Rivierland / Pieter Kroon",
    # "… durante la evacuación. GREIM"), on the line right over the article's first
    # paragraph and under the header, is the article's first figure. On a page printed
    # without blank lines the decoder left it outside the article with the share buttons
    # over it. Guard: only the one line right over the body's first line, below the header's
    # last line and unused; one sentence of four words or more, then a credit that
    # ``split_caption`` finds after it (a label, or a name or code in capitals).
    zones = region.zones
    start = next((k for k, zone in enumerate(zones) if zone == BODY), None)
    if start is None or start - 1 <= after_header or reader.used[start - 1]:
        return
    text = reader.lines[start - 1].text
    if len(text) > 300 or ". " not in text:
        return
    parts = split_caption(text)
    if parts is None or parts.rule not in _GLUED_LEAD_RULES or not parts.caption:
        return
    if not parts.credit or len(parts.caption.split()) < _GLUED_LEAD_WORDS:
        return
    if parts.caption.rstrip(".").count(". ") or not parts.caption.endswith("."):
        return
    zones[start - 1] = BODY


def _untitled_page(
    reader: _Reader, lines: list[Line], title_index: int, title: str, placed: list[Placed]
) -> tuple[str, list[Placed]]:
    # Rule ``inferred:title.none``: the page has no headline (a scraper kept the story's
    # text only) and its first line, a paragraph of prose, was taken for one. That paragraph
    # is the body's first and the title is ``""`` (formats show the model's display title,
    # the paragraph's first sentence, where they need one). A dek read under it is a
    # paragraph of prose too when it is one (a sentence of fifteen words or more): it goes
    # back into the body after it.
    line = lines[title_index].number
    opening = [Placed(Paragraph(title), line, "paragraph.untitled-page")]
    if reader.subtitle is not None and (dek := reader.provenance.get("subtitle")) is not None:
        words = reader.subtitle.split()
        if len(words) >= 15 and reader.subtitle.endswith(_SENTENCE_ENDS) and dek.line:
            opening.append(Placed(Paragraph(reader.subtitle), dek.line, "paragraph.untitled-page"))
            reader.subtitle = None
            del reader.provenance["subtitle"]
    reader.provenance["title"] = Provenance(line, "inferred:title.none")
    rest = [p for p in placed if p.line not in {o.line for o in opening}]
    return "", [*opening, *_lead_caption_subhead(rest)]


def _lead_caption_subhead(placed: list[Placed]) -> list[Placed]:
    # On a page without a headline, the short line the body read as the lead photo's
    # caption (no credit, right under the "headline") stands under the opening paragraph: a
    # subhead over the next paragraph ("Il a juste le temps de s'écarter"), not a caption.
    # Twelve words at most, no sentence end, a paragraph under it.
    if len(placed) < 2 or placed[0].rule != "figure.lead-caption":
        return placed
    block, under = placed[0].block, placed[1].block
    if not isinstance(block, Figure) or block.credit or not block.caption:
        return placed
    text = block.caption
    if len(text.split()) > 12 or text.endswith(_SENTENCE_ENDS) or not isinstance(under, Paragraph):
        return placed
    return [Placed(Heading(text, 2), placed[0].line, "heading.untitled-page"), *placed[1:]]


def _lead_credit_under_dek(reader: _Reader, header: Header, placed: list[Placed]) -> list[Placed]:
    # Round 22 (header22), rule ``figure.credit-under-dek``: headline, dek, "Photo : Name /
    # Outlet" (or "Фото Иван Петров."), byline: the header read the first line as the dek over
    # a lead photo's credit printed alone (no image line, no caption); the credit is that
    # photo, a figure with no caption, first in the body. Guard: the header found such a
    # credit and the reader took the line over it as the subtitle.
    dek = reader.provenance.get("subtitle")
    if header.dek_credit is None or dek is None or reader.subtitle is None:
        return placed
    line, credit = header.dek_credit
    if dek.line is None or not 0 < line.number - dek.line <= 2 or not credit:
        return placed
    if any(p.line == line.number and not isinstance(p.block, Paragraph) for p in placed):
        return placed  # the body read it already (a figure)
    # "Фото Иван Петров.": a label with no colon, which the body reads as a paragraph
    rest = [p for p in placed if p.line != line.number]
    return [Placed(Figure(None, credit), line.number, "figure.credit-under-dek"), *rest]


def _drop_place_dateline(reader: _Reader, placed: list[Placed], lang: str) -> list[Placed]:
    # Round 22 (tallyb), rule ``noise.place-dateline``: "DE SÃO PAULO" / "DO RIO" / "DA
    # ROMA" printed in capitals on a line of its own over the story's first paragraph: the
    # dateline of a paper that names only the place the report comes from, not a paragraph
    # (LABELS.md 11 keeps a dateline inside the first paragraph; alone it is the page's
    # furniture). Guard (cheap first): the body's first block is a short paragraph of two to
    # five words without digits or end punctuation, all in capitals, opening with one of the
    # language's ``place_dateline_openers``; the block under it is a prose paragraph.
    if len(placed) < 2 or not isinstance(placed[0].block, Paragraph):
        return placed
    text = placed[0].block.text
    if len(text) > 40 or text != text.upper() or text == text.lower():
        return placed
    words = text.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() or ch in ".:!?|" for ch in text):
        return placed
    second = placed[1].block
    if not isinstance(second, Paragraph) or len(second.text) < 80 or second.text.isupper():
        return placed
    if words[0].casefold() not in cues(lang or "en").place_dateline_openers:
        return placed
    reader.dropped.append((placed[0].line, "dateline: place only"))
    return placed[1:]


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip(" "))


def _set_as_heading(text: str, lines: list[Line], head: int) -> bool:
    # The subhead at ``lines[head]`` is set as the page sets a heading of the article: in
    # the source, flush left (lynx and w3m print a heading there, the paragraphs indented)
    # or indented as the article's paragraph above it (a dump that indents nothing, or sets
    # its subheads as paragraphs). A box's label a dump indents apart from both ("  Match
    # facts" between paragraphs at three spaces) heads an aside, not the article's section.
    rows = text.split("\n")
    number = lines[head].number
    if number > len(rows):
        return False
    indent = _indent(rows[number - 1])
    if indent == 0:
        return True
    above = head - 1
    while above > 0 and not lines[above].blank_before:
        above -= 1
    return lines[above].number <= len(rows) and _indent(rows[lines[above].number - 1]) == indent


def _kept_in_body(region: Region, lines: list[Line], kept: range) -> Region:
    # ``region`` with the lines of ``kept`` in the body, their dropped runs forgotten.
    for k in kept:
        region.zones[k] = BODY
    first, last = lines[kept.start].number, lines[kept.stop - 1].number
    dropped = [run for run in region.dropped if not (first <= run[0] and run[1] <= last)]
    return region._replace(dropped=dropped)


def _labelled_link_row(printed: str) -> bool:
    # A row a dump printed as a label and a link ("Station: [15]Ashby Cross", "Venue:
    # [Ashby Cross Hall](https://…)"): a fact of the article's info box, whose value the
    # page links to, not a subhead.
    at = printed.find(": [")
    if at < 1 or len(printed[:at].split()) > 3:
        return False
    rest = printed[at + 3 :]
    close = rest.find("]")
    if close < 1 or close + 1 >= len(rest):
        return False
    return rest[:close].isdigit() or rest[close + 1 : close + 3] == "("


def _labelled_link_rows(printed: list[Line], placed: list[Placed]) -> None:
    # Round 24 (listkeep), rule ``paragraph.labelled-link-row``: a lynx or html2text row
    # of a label and a linked value ("Station: [15]Ashby Cross") between the story's
    # paragraphs is read by the body's shape rule as a short subhead once the link's markup
    # is gone; the printed line shows the link after the label's colon, which no subhead
    # carries: the row is a paragraph of the article's. Guard (cheap first): only a dump with
    # markup, only blocks of ``heading.short-line`` holding ": ", looked up in the printed
    # lines by their number.
    texts: dict[int, str] | None = None
    for k, item in enumerate(placed):
        if item.rule != "heading.short-line" or ": " not in item.block.text:
            continue
        if texts is None:
            texts = {line.number: line.text for line in printed}
        if _labelled_link_row(texts.get(item.line, "")):
            placed[k] = Placed(Paragraph(item.block.text), item.line, "paragraph.labelled-link-row")


def _credit_over_untitled(
    reader: _Reader, lines: list[Line], title_index: int, title: str, placed: list[Placed]
) -> tuple[str, list[Placed]] | None:
    # Rule ``inferred:title.none`` under a lone photo credit: a page without a
    # headline whose first line is the lead photo's credit ("Foto: Polizeiinspektion X",
    # "Foto: Name - site.nl"), the photo itself not kept. The reader took the credit for the
    # headline and the story's opening paragraph for its dek. The credit is a figure with no
    # caption; the opening paragraph (the dek read, else the body's first paragraph), a
    # paragraph of prose of fifteen words or more ending on a sentence's end, is the body's
    # first; the title is ``""``. Guard: a photo label and a colon open a
    # short first line, before the caption parser.
    if len(title) > 80 or ":" not in title[:12]:
        return None
    parts = split_caption(title)
    if parts is None or parts.caption is not None or not parts.credit:
        return None
    line = lines[title_index].number
    figure = Placed(Figure(None, parts.credit), line, "figure.credit-over-untitled")
    opened = _untitled_opening(reader, placed)
    if opened is None:
        return None
    rest, at = opened
    reader.provenance["title"] = Provenance(at, "inferred:title.none")
    return "", [figure, *rest]


def _untitled_opening(reader: _Reader, placed: list[Placed]) -> tuple[list[Placed], int] | None:
    # The story's opening on a page read as untitled: the dek read under the first line
    # (moved into the body as its first paragraph), else the body's first paragraph; prose of
    # fifteen words or more ending on a sentence's end. Returns the blocks and the opening's
    # line, or None (and changes nothing) when there is no such opening.
    dek = reader.provenance.get("subtitle")
    if reader.subtitle is not None and dek is not None and dek.line:
        opening = reader.subtitle
        if len(opening.split()) < _ONE_SENTENCE_WORDS or not opening.endswith(_SENTENCE_ENDS):
            return None
        reader.subtitle = None
        del reader.provenance["subtitle"]
        return [Placed(Paragraph(opening), dek.line, "paragraph.untitled-page"), *placed], dek.line
    if reader.subtitle is None and placed and isinstance(placed[0].block, Paragraph):
        opening = placed[0].block.text
        if len(opening.split()) < _ONE_SENTENCE_WORDS or not opening.endswith(_SENTENCE_ENDS):
            return None
        return placed, placed[0].line
    return None


_CLOSING_DATE_CHARS = 48
"""How long a line holding only the story's date under its last paragraph may be."""


def _closing_date_line(
    reader: _Reader, lines: list[Line], title: str, placed: list[Placed]
) -> list[Placed]:
    # Round 23 (scrapedj), rule ``date.closing-line``: a page that prints no date over the
    # article may print the story's date alone on the line under its last paragraph, a bare
    # full date with its year (a weekday and a time may stand with it: "2024-04-21",
    # "الخميس، 12 سبتمبر 2013 01:47 م", "21.10.2025"), ministries' and portals' article
    # templates. With no published date found anywhere, that line is the published date and
    # leaves the body (it was kept as the last paragraph, or dropped as a short line).
    #
    # A date under the story may be a teaser's (:func:`_end_mark_date`), so the guard is
    # narrow: the body's last paragraph is prose ending on a sentence's end; between it and
    # the date only blank lines or copies of the headline (an untitled page: one line without
    # a sentence end, the headline the page printed under the story); after the date only
    # page chrome lines with a cue of their own (share, comments, rights), three at most, or
    # nothing. Cheap test first: a short line with a digit and four digits in a row.
    last = placed[-1]
    candidate: int | None = None
    if isinstance(last.block, Paragraph) and _closing_date_text(last.block.text):
        if len(placed) < 2:
            return placed
        story, candidate = placed[-2], last.line
    else:
        story = last
    if not isinstance(story.block, Paragraph) or not story.block.text.endswith(_SENTENCE_ENDS):
        return placed
    by_number = {line.number: k for k, line in enumerate(lines)}
    start = by_number.get(story.line)
    if start is None:
        return placed
    heading = fold(title) if title else ""
    between = 0
    k = start + 1
    while k < len(lines) and lines[k].number <= story.line:
        k += 1  # the story's paragraph may run over several lines
    found: int | None = None
    while k < len(lines):
        text = lines[k].text
        if candidate is not None and lines[k].number == candidate:
            found = k
            break
        if candidate is None and _closing_date_text(text):
            found = k
            break
        if candidate is not None or between:
            return placed
        folded = fold(text)
        if heading and folded == heading:
            k += 1
            continue
        if heading or text.endswith(_SENTENCE_ENDS) or len(text.split()) > 20:
            return placed
        between += 1
        k += 1
    if found is None:
        return placed
    features = reader.features
    tail = [j for j in range(found + 1, len(lines)) if lines[j].text.strip()]
    if len(tail) > 3 or (tail and not features):
        return placed
    if any(features[j].cue is None for j in tail):
        return placed
    value = parse_date_line(lines[found].text, reader.chrome.lang if reader.chrome else None)
    if value is None or value.labelled or not value.value or len(value.value) < 10:
        return placed
    reader.published = value.value
    reader.note("published", lines[found].number, "date.closing-line")
    if candidate is not None:
        reader.dropped.append((candidate, "the story's date under its last paragraph"))
        return placed[:-1]
    return placed


def _closing_date_text(text: str) -> bool:
    # Cheap look: a short line with a digit and a year's four digits, no sentence end.
    if len(text) > _CLOSING_DATE_CHARS or not any(map(str.isdigit, text)):
        return False
    return bool(_FOUR_DIGITS.search(text)) and not text.endswith((".", "!", "?", "。"))


_FOUR_DIGITS = lazy_pattern(r"\d{4}")


def _byline_over_untitled(
    reader: _Reader, lines: list[Line], title_index: int, title: str, placed: list[Placed]
) -> tuple[str, list[Placed]] | None:
    # Round 23 (scrapedj), rule ``inferred:title.none`` under the Arabic dateline byline:
    # a page without a headline whose first line is the reporter's city, a dash and the
    # writer or the wire ("الغربية - محمد عوف", "رام الله - وفا"; :func:`place_dash_byline`),
    # the story under it. The reader took the byline for the headline. The writer is the
    # author (rule ``byline.place-over-untitled``), the title is ``""``, and the body opens
    # with the story's first paragraph (the dek read, else the body's first paragraph: prose
    # of fifteen words or more ending on a sentence's end). Guard: no author yet, a short
    # first line with a spaced dash, before the name parser.
    if reader.authors or reader.chrome is None:
        return None
    byline = place_dash_byline(title, reader.chrome)
    if byline is None:
        return None
    opened = _untitled_opening(reader, placed)
    if opened is None:
        return None
    rest, at = opened
    line = lines[title_index].number
    reader.authors.append({"name": byline.people[0][0], "role": None, "bio": None})
    reader.note("authors[0]", line, "byline.place-over-untitled")
    reader.note("authors", line, "byline.place-over-untitled")
    reader.provenance["title"] = Provenance(at, "inferred:title.none")
    return "", rest


def _mark_unsure(provenance: dict[str, Provenance]) -> None:
    # Add ``[unsure: why]`` to the rules of decisions taken on thin evidence.
    #
    # Only per-item keys (``authors[0]``, not ``authors``) and the title and language
    # are marked, so that a field's plain rule name stays what docs/reader.md lists.
    for key, prov in list(provenance.items()):
        why = _UNSURE.get(prov.rule)
        if why is None or key == "authors":
            continue
        provenance[key] = Provenance(prov.line, f"{prov.rule} [unsure: {why}]")


_DAY_MONTH_HAN = lazy_pattern(r"^\d{1,2}月\d{1,2}日")
_CONTENT_WORD = lazy_pattern(r"[^\W\d_]{4,}")


_LABEL_BRACKETS = {"【": "】", "[": "]", "〔": "〕", "［": "］", "（": "）", "(": ")"}
"""The brackets a summary label is set in ("【导读】", "[摘要]", "（编者按）")."""

_LABEL_MARKS = (":", "：", "|", "｜", " – ", " — ", " - ")
"""What sets a summary label apart from its text without brackets ("摘要：", "Summary |")."""


def _labelled_summary(text: str, labels: frozenset[str]) -> str | None:
    # The summary after a summary label opening the line ("【导读】…", "摘要：…",
    # "Summary: …"), else None. The label is one of ``labels`` (folded), set in brackets or
    # followed by a colon, a bar or a dash; the text after it is kept as printed.
    stripped = text.strip().lstrip("*_ ")
    closing = _LABEL_BRACKETS.get(stripped[:1])
    if closing is not None:
        end = stripped.find(closing, 1)
        if not 1 < end <= 12:
            return None
        label, rest = stripped[1:end], stripped[end + 1 :]
        rest = rest.lstrip(" :：|｜")
    else:
        cut = min(
            ((at, mark) for mark in _LABEL_MARKS if 0 < (at := stripped.find(mark)) <= 40),
            default=None,
        )
        if cut is None:
            return None
        label, rest = stripped[: cut[0]], stripped[cut[0] + len(cut[1]) :]
    key = label.strip(" *_").casefold()
    if key not in labels and " " in key and has_han(key):
        # Round 22 (tallya): a label letter-spaced to the width of two characters ("摘 要:",
        # "导　读:"): the label with its spaces taken out
        key = key.replace(" ", "").replace("\u3000", "")
    if key not in labels:
        return None
    rest = rest.strip(" *_")
    return rest or None


def _lead_not_dek(
    text: str, title: str, months: frozenset[str], over_byline: bool = False
) -> bool:
    # True when the line the header took for the dek reads as the story's first
    # paragraph. A news lead opens with the day of the event and no year ("2 декабря глава
    # округа провел …", "11月30日上午，…"), which a standfirst does not; and a lead restates
    # the headline (three quarters of its content words or more: "В селе Заречье после
    # капитального ремонта вновь открылся …" under "В селе Заречье после ремонта открылся
    # дом культуры"), while a dek adds to it (no dek of the corpus's 295 does that).
    if _DAY_MONTH_HAN.match(text):
        return True
    words = text.split(None, 3)
    if (
        len(words) >= 3
        and words[0].rstrip(".").isdigit()
        and len(words[0].rstrip(".")) <= 2
        and words[1].casefold().strip(",.") in months
        and not words[2].strip(",.").isdigit()  # "2 декабря 2026 г. …" is a dated line
    ):
        return True
    if over_byline:
        # Round 20: between the headline and the writer's byline stands the dek, whatever
        # words of the headline it takes up ("Escondidinho de carne seca com mandioca" /
        # "Um clássico …, com purê cremoso de mandioca e carne seca …" / "Por NAME"): the
        # story's first paragraph comes under the byline.
        return False
    wanted = {w.casefold() for w in _CONTENT_WORD.findall(title)}
    if len(wanted) < 3:
        return False
    said = {w.casefold() for w in _CONTENT_WORD.findall(text)}
    return 4 * len(wanted & said) >= 3 * len(wanted)


_STAMP_END = lazy_pattern(r"\s*[|·]\s*|\s{2,}|\u3000")


def _post_stamp(text: str, label: str, lang: str) -> bool:
    # A post's stamp: at most two short words (the floor, "楼主", "沙发", "#2"), the
    # label, and a date the date rules read right after it.
    at = fold(text).find(label)
    if at < 0 or len(text[:at].split()) > 2 or len(text[:at]) > 12:
        return False
    after = _STAMP_END.split(text[at + len(label) :].lstrip(" :："), 1)[0]
    dated = parse_date_line(after[:24].strip(), lang)
    return dated is not None and dated.value is not None


def _poster_name(text: str) -> bool:
    # A forum user's name on a line of its own: two to 24 characters, three words at most,
    # no figure, bracket or sentence mark ("北纬四十一度", "江边的老陈", "ann_k").
    return (
        2 <= len(text) <= 24
        and len(text.split()) <= 3
        and not any(ch.isdigit() or ch in "[]()（）【】:：.,，。!?！？|" for ch in text)
    )


def _title_copy(text: str, title: str) -> bool:
    # A second, maybe cut-off, copy of the headline ("… we keep refusing to").
    a, b = text.casefold().rstrip(" .…"), title.casefold().rstrip(" .…")
    if not a or not b:
        return False
    return a.startswith(b) or b.startswith(a) if min(len(a), len(b)) >= 20 else a == b


_ASKED_WORDS = 5
_CAPS_KICKER_WORDS = 4
"""Words of a kicker in capitals over a mixed-case headline at most ("SAINT-AUBIN-DES-PRÉS")."""
def _section_word(text: str) -> bool:
    # Round 22 (capdek): one capitalised word of five letters or more alone on its line
    # ("Results", "Politik", "Économie", "Культура"): a section kicker over the headline, not
    # a footer's label cut at its stop word ("Powered by", "Von"), though the language's
    # frequent-word list holds it.
    return " " not in text and len(text) >= 5 and text[:1].isupper() and text.isalpha()


_ABOVE_DEK_FLOOR = 2.5
_CREDIT_COST = 1.5
"""What a bare credit line under it takes from a line's headline score (region.py)."""
_BARE_CREDIT_WORDS = 8
_CREDIT_DEK_REACH = 12
_ROW_MARKS = (" | ", " · ", " • ", " — ", "— ", " – ")
"""The separators of a meta row ("Name — date — in Category"); one must be present."""
_FOOTER_TIME = lazy_pattern(
    r"\s+(?:[a-zà-ÿ]{1,2}\s+)?\S{1,6}\s+\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|Uhr|h))?\s*$"
)
"""A clock time and the word before it closing a footer signature ("at 10:42 AM",
"um 10:42 Uhr", "à 10h42" is not matched: "en 10:42"); Spanish and Catalan put two short
lowercase words there ("a las 17:42", "a les 17:42")."""


def _contact_block(keep: list[Line]) -> int:
    # How many of the last lines are a labelled contact block: a label ending in a colon
    # ("To contact the editors responsible for this story:", "Media contact:") over short
    # lines that each hold an e-mail address, maybe several such pairs. 0 when there is none;
    # e-mail lines without a label above them stay (a release's contact written as prose).
    top = len(keep)
    start = 0
    for k in range(len(keep) - 1, 0, -1):
        text = keep[k].text
        if "@" in text and "?" not in text and len(text.split()) <= 20:
            continue
        if text.endswith((":", "：")) and "@" not in text and len(text.split()) <= 12:
            top = k
            continue
        start = k + 1
        break
    if top == len(keep) or top < start:
        return 0
    return len(keep) - top


def _bare_label(text: str) -> bool:
    # A label standing alone, its value on the next line: "Journal reference:", "Quelle:".
    return text.endswith((":", "：")) and len(text) <= 40 and len(text.split()) <= 3


def _ranges(dropped: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    # Dropped lines as (first, last, reason) runs: consecutive lines with one reason.
    runs: list[tuple[int, int, str]] = []
    for number, reason in sorted(dropped):
        if runs and runs[-1][2] == reason and number - runs[-1][1] <= 2:
            runs[-1] = (runs[-1][0], number, reason)
        else:
            runs.append((number, number, reason))
    return runs


def _short_parts_row(text: str) -> bool:
    # A row of short parts between bars: facts or buttons ("Serves 4 | Prep: 10 min"),
    # never a sentence.
    parts = text.split(" | ")
    return len(parts) >= 2 and all(
        1 <= len(part.split()) <= 4 and not part.rstrip().endswith((".", "!", "?"))
        for part in parts
    )


def _button_row(text: str, chrome: ChromeCues) -> bool:
    # Capitalised words without a sentence end, the last a share button ("Send Flowers
    # Sign the Guest Book Share", "Save Print Share"): under the headline, a row of buttons.
    words = text.split()
    if not 3 <= len(words) <= 8 or text.endswith((".", "!", "?", ":")):
        return False
    if words[-1].casefold().strip(".,:;!?") not in chrome.share:
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return 5 * capitals >= 4 * len(words)


_HAN_TITLE_LABEL_CHARS = 12
"""How many characters the label beside a Chinese headline's copy holds at most ("【视频】",
"图文直播：", "(组图)")."""


def _title_and_label(text: str, title: str) -> bool:
    # The headline again with a word or two of the page's around it, right under it:
    # "Harold James Whitcombe Obituary", "Obituary: Harold James Whitcombe".
    a, b = text.casefold(), title.casefold()
    if a == b or b not in a or len(b) < 8:
        return False
    rest = a.replace(b, " ", 1).strip(" :|-–—")
    if has_han(rest) and len(rest) > _HAN_TITLE_LABEL_CHARS:
        # Round 22 (scrapedd): Chinese writes no spaces, so a whole first paragraph that
        # names the headline's event ("5月4日—5日,…的世界大学校长论坛在京举行,主题为…")
        # is two "words" around it: a label is a few characters, a paragraph is not
        return False
    return 0 < len(rest.split()) <= 2 and not any(ch in rest for ch in ".!?。！？")


def _title_half(text: str, folded_title: str) -> bool:
    # ``text`` is the headline's half after its colon or dash, printed again as a line of
    # its own in the story ("Eishockey-Derby: Ice Foxes drehen Spiel im Schlussdrittel" /
    # "Ice Foxes drehen Spiel im Schlussdrittel"): a pull quote of the headline, not a
    # subhead. Four words at least.
    key = fold(text).strip()
    if len(key.split()) < 4 or len(key) >= len(folded_title):
        return False
    return any(
        folded_title.endswith(sep + key) or folded_title.startswith(key + sep)
        for sep in (": ", " – ", " — ", " - ")
    )


_CUT_COPY_SHARE = 0.5
"""How much of the headline a cut-off copy of it under the headline prints at least."""


def _title_cut_copy(text: str, folded_title: str) -> bool:
    # Round 25 (scrapedp): the headline again right under it, cut before its last words
    # ("Wernisaż wystawy Mariana Nyczki" under "Wernisaż wystawy Mariana Nyczki "Miasto
    # kobiet"", "Otwarcie wystawy „…”" under "… (FOTO)"): a shorter copy (an image's alt
    # text, the entry's own heading), no dek — a dek never repeats the headline's opening
    # (LABELS.md 2: a second copy, even a cut-off one, is noise). Three words at least,
    # half the headline at least, cut where the headline has a space or a mark.
    key = fold(text).strip()
    if not folded_title.startswith(key) or len(key) >= len(folded_title):
        return False
    return (
        len(key.split()) >= 3
        and len(key) >= _CUT_COPY_SHARE * len(folded_title)
        and not folded_title[len(key)].isalnum()
    )


def _labelled_title_copy(text: str, title: str) -> bool:
    # A label and the headline in other words, right under it: "原标题：运河航运“绿色转型”
    # 提速 江苏今年新增新能源货船50艘", "Originaltitel: …" — two in five of the line's words (of
    # a Chinese line, its character pairs) are the headline's.
    label, colon, rest = text.replace("：", ": ", 1).partition(": ")
    if not colon and ":" in text[:21] and has_han(text[:21]):
        # "原标题:杭州中小学因强寒潮停课": a Chinese page's plain colon, no space after it
        label, colon, rest = text.partition(":")
    if not colon or not rest or len(text) > 160 or len(label) > 20 or len(label.split()) > 3:
        return False
    if opens_with_caption_label(text):
        return False  # "Didascalia: Una delle tre casse …": a caption names the story's subject
    if rest.endswith((".", "!", "?", "。")):
        return False
    if any(ch.isdigit() for ch in label) and not any(
        ch.isdigit() for ch in label.split()[-1]
    ):
        # Round 24 (zhsite): "2027-03-12 10:20 来源：青禾市志愿者协会" under a headline
        # that opens with the same association: a dated meta row's source label, no
        # title copy ("+++ 19.12.2019: <the headline in other words> +++", a ticker's
        # entry dated by its label alone, stays one)
        return False

    def units(line: str) -> set[str]:
        if has_han(line):
            han = "".join(ch for ch in line if ch.isalnum())
            return {han[i : i + 2] for i in range(len(han) - 1)}
        words = (w.strip(".,;:!?\"'“”„«»()").casefold() for w in line.split())
        return {w for w in words if len(w) > 2}

    mine, theirs = units(rest), units(title)
    return len(mine) >= 4 and len(mine & theirs) * 5 >= len(mine) * 2


_LIVE_STANDFIRST_WORDS = 16
"""A live page's decoded headline this long, under a short line and a live label, is its
standfirst (``title.live-topic``)."""

_BARE_DOMAIN = lazy_pattern(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?$")
"""A line that is a web address and nothing else ("example.cn", "www.x-portal.ru")."""



def _labelled_row(text: str) -> bool:
    # A short "Label: value" row ("Durata: 94 minuti", "Genere: documentario"): a label
    # of one to four words before a colon, something after it.
    if len(text) > 90:
        return False
    label, colon, value = text.replace("：", ":", 1).partition(":")
    words = label.strip(" *•-–—").split()
    # "00:00 Ouverture", a chapter list's time, is no label
    return bool(colon) and bool(value.strip()) and 0 < len(words) <= 4 and words[0].isalpha()

def _names_the_site(names: list[str], masthead: list[str], chrome: ChromeCues) -> bool:
    # Every name of a source line is printed in the lines above the headline (the
    # site's name in its masthead, menu or service links) and none is a news agency.
    folded = [name.casefold() for name in names]
    if not masthead or any(name in chrome.agencies for name in folded):
        return False
    return all(any(name in line for line in masthead) for name in folded)



def _role_opened(text: str) -> bool:
    # A bio under its label that opens with the writer's title instead of the name
    # ("Журналист, пишет о транспорте …", "Periodista especializada en …", "Freelance
    # reporter based in …"): the first one or two words, up to a comma, are a job title of
    # the data files.
    head = text.split(",", 1)[0].split()
    return bool(head) and (is_byline_role(head[0]) or is_byline_role(" ".join(head[:2])))


_ROLE_BIO_WORDS = 5
"""The fewest words of a bio that opens with the writer's title (shorter is the role)."""

_SIGN_LINE = 80
"""How long the role or e-mail line under a signing name runs at most."""


def _signs_name(text: str) -> bool:
    # A line that signs the name above it under a story: the writer's title of the data
    # files ("Verslaggever", "Redakteurin") or a short line with an e-mail address
    # ("jorien@omroep.example", "Tip de redactie: nieuws@…"). No sentence, no name.
    text = text.strip(" *_")
    if not text or len(text) > _SIGN_LINE:
        return False
    if "@" in text:
        return True
    return (
        not text.endswith((".", "!", "?", ":"))
        and len(text.split()) <= 6
        and is_byline_role(text)
        and not is_name(text)
    )


_META_SEPARATOR = lazy_pattern(r"\s+[·•|]\s+")
"""What parts a header's meta row: a spaced middle dot, bullet or bar ("date · section")."""


_BUTTON_CUES = frozenset(["navigation", "share", "comments", "sign-up"])
"""Cues of a skip link or button over the headline (round 23, leftf); at most
``_BUTTON_WORDS`` words, the same bound as a box's button."""


class _Reader:
    """One parse: the lines, which of them are used up, and what was recovered."""

    def __init__(self, lines: list[Line], label: str) -> None:
        self.lines = lines
        self.label = label
        # Numbers of the lines the dump printed as an image's caption (glued to it, or in
        # italics under it): a figure wherever it stands, never a short line of chrome.
        self.captioned: frozenset[int] = frozenset()
        self.under_home_link: dict[int, int] = {}
        # the lines as the dump printed them, links and all, when markup was cleaned away
        self.printed: list[Line] | None = None
        """A heading linked to the site's front page → the marked heading under it
        (:func:`.scraped.markup.home_link_headings`): the site's name over the headline."""
        self.images: frozenset[int] = frozenset()  # lines that print only an image
        self.top_headings: tuple[int, ...] = ()
        """Indexes of the lines a Markdown dump marked as top-level headings ("# …", the
        page's ``<h1>`` elements; "## …" on a page with none), in order (round 20,
        :meth:`_headline_past_promo`)."""
        self.marked_headings: set[int] = set()
        """Numbers of the lines a Markdown dump marked as headings ("#" to "######")."""
        self.used = [False] * len(lines)
        self.features: list[LineFeatures] = []
        self.chrome: ChromeCues | None = None
        self.hard_wrapped = True
        """False when the page's paragraphs are one line each: no line goes on below."""
        self.after_article: set[int] = set()
        """Indexes of the lines the zone decoder put after the article (page chrome)."""
        self.resumed: set[int] = set()
        """Indexes of the story's prose right under a "Read more" block set inside it
        (:func:`.scraped.interstitials.resumed_prose`): no teaser of that block."""
        self.closing_box: frozenset[int] = frozenset()
        self.teasers_under_title: range = range(0)
        self.crumb_under_menu: int | None = None
        """Round 25 (zhcrumb): the location row under the site's name and its one-item-a-line
        menu that the headline was taken under (``_location_row_under_menu``)."""
        """Round 23 (enhead): the lines from under the headline found over its signed row
        down to the teaser the decoder took (``title.over-signed-row-above``): what the
        header does not read there is the page's teaser list, dropped."""
        """Indexes of the "Label: value" rows the decoder kept as the box closing the
        article (a road test's spec sheet above the share row): no measures widget."""
        self.dropped: list[tuple[int, str]] = []
        """(line number, reason) of lines dropped as chrome outside the decoder's zones."""
        self.provenance: dict[str, Provenance] = {}
        self.tags: list[str] = []
        self.rights: list[str] = []
        self.credit_lines: list[str] = []
        self.contributors: list[Contributor] = []
        self.authors: list[dict[str, str | None]] = []
        self.subtitle: str | None = None
        self.sign_off: tuple[Line, Byline] | None = None
        self.closing_byline: tuple[Line, Byline] | None = None
        self.published: str | None = None
        self.updated: str | None = None

    def note(self, key: str, line: Line | int | None, rule: str) -> None:
        """Record where a field came from; the first rule to set a field wins."""
        number = line.number if isinstance(line, Line) else line
        self.provenance.setdefault(key, Provenance(number, rule))

    # -- rules, in the order they fire -------------------------------------

    def title(self, region: Region) -> int:
        """The headline: the decoder's, else the first line that is not page chrome.

        Rule ``title.first-line`` when the headline is the first line that is not
        page chrome, ``title.headline-zone`` when the zone decoder chose a later one
        (the lines above it are the site's name, menus or kickers), and
        ``title.after-kicker`` when a short label stands right above a headline.
        """
        first = self._first_line_title()
        chosen, rule = first, "title.first-line"
        if (over := region.headline_over_byline(self.lines, self.features)) is not None:
            chosen = over.title
            rule = f"title.over-byline (headline score {over.headline_score:.1f})"
        elif region.title is not None and region.better_title(first, self.lines, self.features):
            chosen = region.title
            rule = f"title.headline-zone (headline score {region.headline_score:.1f})"
            if region.headline_score < _SURE_HEADLINE:
                rule += " [unsure: weak headline evidence]"
            # Only where the decoder's headline is taken (its zones stand): the real one is
            # a line or two over the byline above it, or under the teaser it took.
            if (above := region.headline_over_byline_above(self.lines, self.features)) is not None:
                chosen = above.title if above.title is not None else chosen
                rule = f"title.over-byline-above (headline score {above.headline_score:.1f})"
            elif (under := region.headline_under_weak(self.lines, self.features)) is not None:
                chosen = under.title if under.title is not None else chosen
                rule = f"title.under-weak-headline (headline score {under.headline_score:.1f})"
        elif (above := region.headline_over_refused(first, self.lines, self.features)) is not None:
            chosen = above.title if above.title is not None else first
            rule = "title.over-refused"
        elif (
            region.title is not None
            and region.title - 1 > first
            and self._headline_above(region.title)
            and region._replace(title=region.title - 1).better_title(
                first, self.lines, self.features
            )
        ):
            # The decoder took the dek under a short headline ("Кирпич уходит на юг" over
            # "«Волгакерамика» продает …"); the pair stands under the page's chrome.
            chosen, rule = region.title - 1, "title.above-dek"
        if (untagged := self._headline_under_glued_tag_row(chosen)) is not None:
            chosen, rule = untagged, "title.under-glued-tag-row"
        elif (
            region.is_dump
            and rule.startswith("title.headline-zone")
            and (named := self._headline_over_site_name(chosen, first)) is not None
        ):
            chosen, rule = named, "title.over-site-name"
        if (
            chosen == first + 1
            and rule.startswith("title.headline-zone")
            and self._short_headline_under_bare_date(first)
        ):
            chosen, rule = first, "title.under-bare-date"
        over_byline = rule.startswith(("title.over-byline", "title.under-weak-headline"))
        if chosen > first and not over_byline and self._headline_above(chosen):
            chosen -= 1
            rule = "title.above-dek"
        elif chosen > first + 1 and (
            (lifted := self._headline_over_widgets(chosen)) is not None and lifted >= first
        ):
            chosen, rule = lifted, "title.above-widgets-dek"
        elif (
            chosen > first + 1
            and not over_byline
            and (led := self._headline_over_lead_figure(chosen, first)) is not None
        ):
            chosen, rule = led, "title.over-lead-figure"
        elif (
            chosen >= first + 2
            and not over_byline
            and (credited := self._headline_over_credit_dek(chosen, first)) is not None
        ):
            chosen, rule = credited, "title.over-credit-dek"
        if chosen > first and not over_byline and self._live_topic_above(chosen):
            chosen -= 1
            rule = "title.live-topic"
        echoed = self._echoed_above(chosen if chosen > first else region.title, first)
        if echoed is not None and (chosen > first or region.is_dump):
            chosen, rule = echoed, "title.echoed-above-dek"
        if (whole := self._whole_headline_below(chosen)) is not None:
            chosen, rule = whole, "title.whole-copy-below"
        elif (longer := self._longer_headline_below(chosen)) is not None:
            chosen, rule = longer, "title.longer-copy-below"
        elif (whole := self._whole_headline_above(chosen, first)) is not None:
            chosen, rule = whole, "title.whole-copy-above"
        elif (crumbed := self._headline_under_crumb(chosen)) is not None:
            # (the first line's crumb: still the first line of text, and the reader's
            # fallback for a refused headline, reading the page's run of prose, stands)
            chosen, rule = crumbed, rule if rule == "title.first-line" else "title.under-crumb"
        if (carded := self._headline_under_author_card(chosen)) is not None:
            chosen, rule = carded, "title.under-author-card"
        elif (
            not over_byline
            and rule not in ("title.echoed-above-dek", "title.live-topic")
            and self._kicker_above(chosen)
            and not self._crumb_named_headline(chosen)
        ):
            chosen += 1
            rule = "title.after-kicker"
        elif not over_byline and self._label_over_header(chosen):
            chosen += 1
            rule = "title.under-label"
        if chosen > first and self._headline_over_meta_row(chosen):
            chosen, rule = chosen - 1, "title.over-meta-row"
        elif (dated := self._headline_under_date_header(chosen, first)) is not None:
            chosen, rule = dated, "title.under-date-header"
        elif rule == "title.first-line" and (
            (sectioned := self._headline_under_section_date(chosen)) is not None
        ):
            chosen, rule = sectioned, "title.under-section-date"
        masthead = rule == "title.first-line"
        if (past := self._headline_past_masthead(chosen, region, masthead)) is not None:
            chosen, rule = past, "title.past-masthead"
        elif masthead and (meta := self._headline_under_post_meta(chosen)) is not None:
            chosen, rule = meta, "title.under-post-meta"
        elif masthead and (counted := self._headline_under_counter_row(chosen)) is not None:
            chosen, rule = counted, "title.under-counter-row"
        elif masthead and self._headline_over_stacked_header(chosen, region):
            chosen, rule = region.title, "title.over-stacked-header"
        elif masthead and (named := self._headline_under_site_name(chosen)) is not None:
            chosen, rule = named, "title.under-site-name"
        elif masthead and (named := self._headline_under_masthead_name(chosen)) is not None:
            chosen, rule = named, "title.under-masthead-name"
        elif masthead and (strap := self._headline_under_tagline(chosen)) is not None:
            chosen, rule = strap, "title.under-tagline"
        elif (
            rule.startswith("title.headline-zone")
            and region.headline_score < _SURE_HEADLINE
            and (named := self._headline_under_weak_site_name(chosen)) is not None
        ):
            chosen, rule = named, "title.under-weak-site-name"
        elif self._post_meta_row(chosen) and self._headline_over_prose(chosen + 1):
            chosen, rule = chosen + 1, "title.under-post-meta"
        if self.top_headings and (promo := self._headline_past_promo(chosen)) is not None:
            chosen, rule = promo, "title.past-promo-box"
        if (under := self._headline_under_status_banner(chosen)) is not None:
            chosen, rule = under, "title.under-status-banner"
        if (trail := self._headline_under_location_row(chosen)) is not None:
            chosen, rule = trail, "title.under-location-row"
        elif (
            region.is_dump
            and (
                rule == "title.first-line"
                or (
                    rule.startswith("title.headline-zone")
                    and region.headline_score < _PROSE_RUN_WEAK
                )
            )
            and (run := self._headline_over_prose_run(chosen)) is not None
        ):
            chosen, rule = run, "title.over-prose-run"
        elif (
            region.is_dump
            and rule.startswith("title.headline-zone")
            and (signed := self._headline_over_signed_row_above(chosen, first)) is not None
        ):
            self.teasers_under_title = range(signed + 1, self._teaser_run_end(chosen))
            chosen, rule = signed, "title.over-signed-row-above"
        if (past := self._headline_under_repeated_phrase(chosen)) is not None:
            chosen, rule = past, "title.under-repeated-phrase"
        elif (whole := self._headline_under_cut_teaser(chosen)) is not None:
            chosen, rule = whole, "title.under-cut-teaser"
        credit = None
        if (
            not over_byline
            and rule != "title.over-credit-dek"
            # (the chosen line reads as the headline over the credit and a longer dek)
            and self._headline_over_credit_dek(chosen + 2, first) != chosen
            and (under := self._headline_under_lead_credit(chosen)) is not None
        ):
            chosen, rule, credit = under, "title.under-lead-credit", under - 1
        for index in range(first, chosen):
            if index == credit:
                continue  # the lead photo's credit: the body's (a figure)
            self.used[index] = True
            self.drop(index, "above the headline: " + chrome_reason(self.features[index]))
        self.used[chosen] = True
        self.note("title", self.lines[chosen], rule)
        return chosen

    def _headline_under_cut_teaser(self, k: int) -> int | None:
        # Round 24 (enteaser2), rule ``title.under-cut-teaser``: the chosen line ends in an
        # ellipsis ("… Trailer For '...", "… After He Failed to…"): a teaser headline the site
        # cut to fit its strip, printed right over the article. A headline is printed whole.
        # The headline is the next line when it is whole (2-30 words, no sentence end, no
        # ellipsis, no cue, bullet, byline or date, under a fifth links) and the line under it
        # is the byline or the date row. Guard: the chosen line's last character, then three
        # lines' features.
        text = self.lines[k].text
        if not text.endswith(("...", "\u2026")):
            return None
        lines, feats = self.lines, self.features
        found = [j for j in range(k + 1, min(len(lines), k + 5)) if lines[j].text.strip()][:2]
        if len(found) < 2:
            return None
        head, under = found
        f, g = feats[head], feats[under]
        whole = lines[head].text
        if (
            _headline_shaped(f, 2)
            and not f.ends_sentence
            and not whole.endswith(("...", "\u2026"))
            and (g.byline or g.datelike)
        ):
            return head
        return None

    def _headline_under_repeated_phrase(self, k: int) -> int | None:
        # Round 24 (scrapedn), rule ``title.under-repeated-phrase``: the chosen line is one
        # phrase of two words or more printed twice or more and nothing else ("Header
        # oprogramowania dla biur Header oprogramowania dla biur", a logo's or a banner's alt
        # text the dump repeats), never a headline. The headline is the first line under it,
        # within three lines: 2-30 words, no cue, bullet, byline or date, less than a fifth
        # links. Guard: the line's first word occurs again in it, then one split.
        text = self.lines[k].text
        head = text.partition(" ")[0]
        if not head or len(text) > 240 or text.count(head) < 2:
            return None
        words = text.split()
        n = len(words)
        if not any(
            n % size == 0 and words[:size] * (n // size) == words for size in range(2, n // 2 + 1)
        ):
            return None
        lines, feats = self.lines, self.features
        seen = 0
        for j in range(k + 1, min(len(lines), k + 6)):
            if not lines[j].text.strip():
                continue
            seen += 1
            f = feats[j]
            if _headline_shaped(f, 2):
                return j
            if seen >= 3:
                return None
        return None

    def _headline_under_glued_tag_row(self, k: int) -> int | None:
        # Round 23 (dumpheads), rule ``title.under-glued-tag-row``: the chosen line is a
        # section-and-tags row a dump glued into one ("Military & Defense More: The
        # Aviationist Argentina Britain", ``features.glued_tag_row``). The headline is the
        # first line under it, within six lines, of 3-30 words with no cue, bullet, byline or
        # date and less than a fifth links; a short line of the section's words (the section
        # printed again, "Military Defense") may stand between, three lines at most in all.
        # Guard: ": " in the chosen line, then the one pattern-free test of its words.
        text = self.lines[k].text
        if ": " not in text or self.chrome is None:
            return None
        if not glued_tag_row(text.lstrip("*• "), self.chrome.tag_row_labels):
            return None
        lines, feats = self.lines, self.features
        section = set(fold(text.partition(": ")[0]).split())
        seen = 0
        for j in range(k + 1, min(len(lines), k + 7)):
            if not lines[j].text.strip():
                continue
            f = feats[j]
            seen += 1
            if seen > 3:
                return None
            if f.words <= 4 and set(fold(lines[j].text).split()) <= section:
                continue  # the section again, under the glued row ("Military Defense")
            if _headline_shaped(f, 3):
                return j
            return None
        return None

    def _headline_over_site_name(self, k: int, first: int) -> int | None:
        # Round 23 (dumpheads), rule ``title.over-site-name``: on a dump the decoder's
        # headline is the site's name printed under the headline as the article's source row
        # ("The Tidewater Ledger" over the bulleted byline; ``_site_name_line``: printed again
        # in the copyright row). The headline is the line right over it (a blank line
        # between at most): 3-30 words, no cue, bullet, byline or date, less than a fifth
        # links, no sentence end. Guard: the chosen line has eight words or fewer, no sentence
        # end; the line over it is headline-shaped before the copyright row is looked for.
        f = self.features[k]
        if f.words > 8 or f.ends_sentence or f.cue is not None:
            return None
        j = k - 1
        if j > first and not self.lines[j].text.strip():
            j -= 1
        if j <= first or not self.lines[j].text.strip():
            return None
        g = self.features[j]
        if not (
            3 <= g.words <= 30
            and g.cue is None
            and not g.bullet
            and not g.byline
            and not g.datelike
            and not g.ends_sentence
            and g.link_ratio < 0.2
        ):
            return None
        return j if self._site_name_line(k) else None

    def _headline_over_prose_run(self, k: int) -> int | None:
        # Round 23 (enhead), rule ``title.over-prose-run``: on a whole-page dump the first
        # line was taken for want of a headline, or the decoder's headline is weak (under
        # ``_PROSE_RUN_WEAK``), and the chosen line is not about the story (its words do not
        # come back in the prose: the logo line "SiteName", a slogan, a newsletter box's
        # question). The headline is then the heading-like line right over the article's
        # first run of prose paragraphs (one or two cue lines such as "Advertisement" may
        # stand between): the page printed the byline, share counts and widgets above it.
        # Guards: the chosen line's echo is low; nothing under it is a header row and no
        # byline or date stands in the three lines under it; the first prose line (100
        # characters or more, 40 in a script without spaces, a sentence end, no cue or link)
        # lies within ``_PROSE_RUN_REACH`` lines and starts a run (three prose lines among
        # the next eight: no teaser's one blurb); the line over it stands alone (blank line
        # before it), three lines or more under the chosen one (two with a cue line between:
        # the box's sign-up field), holds 3-30 words, no cue, link, bullet, date or byline,
        # opens with no small letter, ends with no colon or comma, is short when it ends a
        # sentence, and its words come back in the prose (echo). Under the site's name
        # (never a headline) one prose paragraph within ``_PROSE_RUN_NAMED_REACH`` lines
        # will do and the echo need only be measured.
        lines, feats = self.lines, self.features
        if feats[k].echo >= _ECHO_HIGH or (k + 1 < len(lines) and self._header_row(k + 1)):
            return None
        if any(g.datelike or g.byline for g in feats[k + 1 : k + 4]):
            return None  # a byline or date a line or three under it: its header (a source row)
        # The site's name (printed again in the copyright row) is never the headline: a
        # short article (a video's one paragraph) far under the menus is looked for too.
        named = feats[k].words <= 3 and self._site_name_line(k)
        end = min(len(lines), k + (_PROSE_RUN_NAMED_REACH if named else _PROSE_RUN_REACH))
        p = k + 1
        while p < end and not self._prose_line(p):
            p += 1
        run = sum(self._prose_line(j) for j in range(p, min(len(lines), p + 8)))
        if p >= end or run < (1 if named else 3):
            return None
        h = p - 1
        while h > k + 2 and feats[h].cue is not None and p - h <= 2:
            h -= 1
        if h - k < 2 or (h - k == 2 and feats[k + 1].cue is None) or not lines[h].blank_before:
            return None
        f, text = feats[h], lines[h].text
        if f.cue is not None or f.bullet or f.byline or f.datelike or f.credit:
            return None
        if f.link_ratio >= 0.2 or f.echo < (0.0 if named else _ECHO_HIGH) or text[:1].islower():
            return None
        if f.no_space_script:
            if not 6 <= f.chars <= 80:
                return None
        elif not 3 <= f.words <= 30 or " " not in text.strip():
            # one token ("Lead-photo-name"): an image's file name, never a headline of a
            # language that spaces its words (merge of round 23, a held-out real page)
            return None
        if text.endswith((":", "：", ",", "，")) or (f.ends_sentence and f.chars > 120):
            return None
        return h

    def _signed_row(self, j: int) -> bool:
        # Line ``j`` is a byline row that opens with a byline prefix of the language ("By
        # NAME", "Von NAME") or prints the writer's card with it ("NAME By NAME, Outlet").
        if j >= len(self.lines) or self.chrome is None or not self.features[j].byline:
            return False
        text = self.lines[j].text
        return self.chrome.byline_prefix(text) is not None or (
            echoed_byline(text, self.chrome.byline_prefixes) is not None
        )

    def _headline_over_signed_row_above(self, k: int, first: int) -> int | None:
        # Round 23 (enhead), rule ``title.over-signed-row-above``: on a whole-page dump the
        # decoder took a teaser (a "More from" list's first item, an item of the story's own
        # list) under the real headline, which stands over the article's signed byline row
        # ("By NAME", "NAME By NAME, Outlet") higher up, one button ("Print") at most between
        # them. Guards: the decoder's line has no signed row under it; the signed row lies
        # within ``_SIGNED_ROW_REACH`` lines above it, under the first line; no prose line
        # (100 characters, a sentence end) stands between (the article has not begun); the
        # line is headline-shaped (2-30 words, no sentence end, cue, bullet or byline, a date
        # only in five words or more, less than half of it links) and scores as a headline
        # (2.5 or more); and the first prose under the decoder's line takes up half its
        # content words or more, and more of them than of the teaser's (a language with
        # spaces between words: a line of fewer than two content words is never taken).
        lines, feats = self.lines, self.features
        if self._signed_row(k + 1) or (k + 2 < len(lines) and self._signed_row(k + 2)):
            return None
        for row in range(k - 1, max(first + 1, k - _SIGNED_ROW_REACH), -1):
            if self._prose_line(row):
                return None
            if not self._signed_row(row):
                continue
            j = row - 1
            if feats[j].words <= 2 and not feats[j].ends_sentence and j - 1 > first:
                j -= 1  # a button between the headline and its byline row ("Print")
            f, text = feats[j], self.lines[j].text
            if f.bullet or f.cue is not None or f.byline or not 2 <= f.words <= 30:
                return None
            if text.endswith((*_SENTENCE_ENDS, ":", ",")) or (f.datelike and f.words < 5):
                return None  # (a year in a longer headline: "… Year in Review 2014")
            if f.link_ratio >= 0.5:
                return None  # (lynx numbers the headline's own link: "[48]Headline")
            if headline_score(j, lines, feats) < _SURE_HEADLINE:
                return None
            mine, theirs = self._story_takes_up(j, k), self._story_takes_up(k, k)
            return j if mine >= _ECHO_HIGH and mine > theirs else None
        return None

    def _teaser_run_end(self, k: int) -> int:
        # The end of the teaser list the decoder's line ``k`` opens or ends: ``k`` and the
        # headline-shaped lines right under it (3-30 words, no sentence end, cue or bullet;
        # ``_TEASER_RUN`` at most), up to the story's first sentence.
        end = k + 1
        while end < min(len(self.lines), k + 1 + _TEASER_RUN):
            f = self.features[end]
            if f.ends_sentence or f.cue is not None or f.bullet or not 3 <= f.words <= 30:
                break
            end += 1
        return end

    def _story_takes_up(self, j: int, start: int) -> float:
        # The share of line ``j``'s content words (four letters or more, compared by their
        # first five) that the first prose lines from ``start`` on use (``_STORY_LINES`` of
        # them, within ``_STORY_REACH`` lines); 0.0 for a line with fewer than two.
        words = {w.casefold()[:5] for w in _CONTENT_WORD.findall(self.lines[j].text)}
        if len(words) < 2:
            return 0.0
        used: set[str] = set()
        seen = 0
        for p in range(start, min(len(self.lines), start + _STORY_REACH)):
            if p != j and self._prose_line(p):
                used.update(w.casefold()[:5] for w in _CONTENT_WORD.findall(self.lines[p].text))
                seen += 1
                if seen >= _STORY_LINES:
                    break
        return len(words & used) / len(words)

    def _prose_line(self, j: int) -> bool:
        # Line ``j`` is a paragraph of prose: 100 characters or more (40 in a script
        # without spaces), a sentence end, no cue, bullet, byline or links.
        f = self.features[j]
        if f.cue is not None or f.bullet or f.byline or f.link_ratio >= 0.2 or not f.ends_sentence:
            return False
        return f.chars >= (40 if f.no_space_script else 100)

    def _headline_under_lead_credit(self, k: int) -> int | None:
        # Round 22 (tallya), rule ``title.under-lead-credit``: the site's name or a
        # section line was chosen, and under it stands the lead photo's credit alone
        # ("(Crédit Photo Agency/Name)", "Photo: Name"), then a headline-shaped line, then the
        # header's date or byline row: the photo sits between the page's masthead and the
        # story's header, and the line under the credit is the headline. The credit stays
        # the body's figure. Guard: the line under the chosen one is short (60 characters at
        # most) and split as a credit without caption; the next holds 3-20 words, ends no
        # sentence and has no cue, date or byline; the line under that is a date or byline
        # row and not prose.
        lines, feats = self.lines, self.features
        if k + 3 >= len(lines) or len(lines[k + 1].text) > 60:
            return None
        head, row = feats[k + 2], feats[k + 3]
        if (
            not 3 <= head.words <= 20
            or head.ends_sentence
            or head.cue is not None
            or head.datelike
            or head.byline
            or not (row.datelike or row.byline)
            or row.words > 15
        ):
            return None
        parts = split_caption(lines[k + 1].text)
        if parts is None or parts.caption or not parts.credit:
            return None
        return k + 2

    def _headline_under_status_banner(self, k: int) -> int | None:
        # Round 20 (titlezone), rule ``title.under-status-banner``: the chosen line is a
        # page's status banner, a label the language's ``status_banners`` name, a colon and
        # a few words ("Live results: every race in Pike and Marlow counties", "En directo:
        # …", "Прямая трансляция: …"), and the line right under it is a headline: longer
        # than the banner's words, no full stop, no cue, no date, no byline, few links. Then
        # that line is the headline and the banner is chrome. Guard: a colon within the
        # first 31 characters of the chosen line, then one set lookup.
        text = self.lines[k].text
        if ":" not in text[:31] or self.chrome is None or k + 1 >= len(self.lines):
            return None
        if not self.chrome.status_banner(text):
            return None
        nxt = self.lines[k + 1].text
        f = self.features[k + 1]
        if f.cue is not None or f.datelike or f.bullet or f.ends_sentence or f.closing:
            return None
        if f.link_ratio >= 0.2 or not 12 <= len(nxt) <= 200:
            return None
        if len(nxt) <= len(text.partition(":")[2].strip()):
            return None
        if self.chrome.byline_prefix(nxt) or nxt.rstrip().endswith((":", "：")):
            return None
        return k + 1

    def _headline_past_promo(self, k: int) -> int | None:
        # Round 20 (realtitle), rule ``title.past-promo-box``: the chosen line is a box's
        # prompt or label in the page's header, not a headline: it ends with "!", "?" or a
        # colon ("Tell us about it!", "Want More Stories Like This One?", "¿Has visto algo?",
        # "In The News:") or is wholly in parentheses ("(all tips will be submitted
        # anonymously)"); or it is a fragment, an unmarked line opening in lower case (the
        # second line of a tagline heading, "see their audience clearly"); and no byline or
        # date stands under it. Then the headline is the first line further down that a
        # Markdown dump marks as a top-level heading ("# …", the page's ``<h1>``; "## …" on a
        # page with no "# ") with the article's start under it: a byline or a date line, or
        # the first paragraph of prose over at most two lines of links or images (for a
        # prompt only when no prose stands under the prompt itself: a promo box's blurb). A
        # prompt that is itself a top-level heading with prose under it is a question
        # headline and stays. Guard: only a prompt- or fragment-shaped line of a dump with
        # marked headings is looked at (a few string tests on one line).
        line = self.lines[k]
        text = line.text
        if not text:
            return None
        prompt = text[-1] in "!?！？:：" or (text[0] == "(" and text[-1] == ")")
        fragment = (
            not prompt
            and text[:2].isalpha()
            and text[:2].islower()
            and line.number not in self.marked_headings
        )
        if not (prompt or fragment):
            return None
        feats, lines = self.features, self.lines
        if over_byline(k, feats, lines):
            return None
        prose_under = self._article_prose_under(k)
        if prose_under and k in self.top_headings:
            return None  # a question headline with its story under it
        for h in self.top_headings:
            if h <= k or feats[h].cue is not None or feats[h].closing:
                continue
            if over_byline(h, feats, lines) or (
                (fragment or not prose_under) and self._article_prose_under(h)
            ):
                return h
        return None

    def _article_prose_under(self, k: int) -> bool:
        # The first line under ``k`` that is not a link or an image (at most two skipped)
        # is a paragraph of prose: a sentence of twelve words or more.
        feats = self.features
        for j in range(k + 1, min(k + 4, len(feats))):
            f = feats[j]
            if j in self.images or f.link_ratio > 0.5 or (f.cue is not None and f.words <= 3):
                continue
            return f.words >= 12 and f.ends_sentence and f.link_ratio < 0.5 and not f.bullet
        return False

    def _slogan_part(self, parts: list[str], brands: list[str]) -> bool:
        # Two parts, one a brand and the other a slogan of three words or more naming the
        # kind of outlet with a masthead word of the page's language ("Das Magazin für
        # Werkstatt und Handwerk", "Nachrichten aus der Region", "La radio de la Ribera").
        if len(parts) != 2 or self.chrome is None:
            return False
        words = frozenset(cues(self.chrome.lang).masthead_words)
        if has_han(parts[0][:1]) and has_han(parts[1][:1]):
            return self._han_slogan_part(parts, words)
        for part in parts:
            tokens = fold(part).replace("'", " ").replace("’", " ").split()
            if (
                len(tokens) >= 3
                and any(t in words for t in tokens)
                and any(fold(other) in brands for other in parts if other is not part)
            ):
                return True
        return False

    @staticmethod
    def _han_slogan_part(parts: list[str], words: frozenset[str]) -> bool:
        # Round 24 (orgbyl): a Chinese masthead with its slogan ("青川新闻网 — 青川人自己的新闻
        # 网站"). Han text sets no spaces between words, so the slogan is one "word" and the
        # three-word test never holds: here the slogan is a part of six characters or more
        # without spaces or sentence marks, and both parts hold a ``masthead_words`` entry of
        # the language (the brand "…新闻网", "…日报" and the slogan naming the kind of outlet).
        # Guard: both parts open with a Han character (the caller's test); substring tests
        # over the few masthead words.
        brand, slogan = sorted(parts, key=len)
        if len(slogan) < _HAN_SLOGAN_CHARS or " " in slogan or " " in brand:
            return False
        if any(mark in slogan for mark in "，。！？、；：“”"):
            return False
        return any(w in brand for w in words) and any(w in slogan for w in words)

    def _headline_past_masthead(self, k: int, region: Region, first_line: bool) -> int | None:
        # Round 19 (sitename), rule ``title.past-masthead``: the chosen line is the site's
        # masthead with its slogan or second brand behind a separator ("Holzforum – Das
        # Magazin für …", "青屿广播电视台 | 青屿网", "KANAL 5 · Nachrichten aus der Region")
        # and the page names that brand in its copyright line, or prints the whole line again
        # further down. Then the headline is the first line of the decoder's header under it
        # that has a byline or a short date line right under it and scores as a headline.
        # (A bare site name with no separator stays: round 16's wider rule cost real pages.)
        if self.chrome is None or region.title is None or region.title < k:
            return None
        if k != region.title and not first_line:
            return None
        # (the decoder's own headline is the masthead, or the masthead is the first line
        # and the decoder's headline, refused under it, stands further down)
        text = self.lines[k].text
        sep = next((mark for mark in _MASTHEAD_SEPARATORS if mark in text), None)
        if sep is None or self.features[k].ends_sentence:
            return None
        parts = [part.strip() for part in text.split(sep)]
        if len(parts) > 3 or not all(parts):
            return None
        brands = [
            fold(p) for p in parts if len(p.split()) <= _BRAND_WORDS and len(p) >= _BRAND_CHARS
        ]
        if not brands:
            return None
        whole = fold(text)
        feats = self.features
        named = False
        for j in range(k + 1, len(self.lines)):
            # the copyright row ("© 2026 Holzforum – …"), a related label naming the show
            # ("Weitere Folgen von Stadtgespräch"), or the whole line printed again
            cue = feats[j].cue
            if cue is None and feats[j].repeats < 2:
                continue
            folded = fold(self.lines[j].text)
            if folded == whole or (cue in _MASTHEAD_ECHO_CUES and any(b in folded for b in brands)):
                named = True
                break
        if not named and not self._slogan_part(parts, brands):
            return None
        for j in range(k + 1, min(len(self.lines) - 1, k + _MASTHEAD_REACH)):
            if region.zones[j] not in (PRE, TITLE, HEAD):
                return None  # the article has begun
            f = feats[j]
            if f.ends_sentence or f.byline or f.cue is not None:
                continue
            below = feats[j + 1]
            over = below.byline or (below.datelike and below.words <= 10 and not below.stamp)
            if headline_score(j, self.lines, feats) < _SURE_HEADLINE:
                continue
            # The first headline-shaped line under the masthead decides: with no byline or
            # date under it (a caption or a dek between), the header is not read surely
            # enough to move the title past the masthead.
            return j if over else None
        return None

    def _headline_under_date_header(self, k: int, first: int) -> int | None:
        # Round 16 (posted): a blog's post under its day's date header. Blogger and its
        # kind print the blog's name, its tagline, then each day's date alone over the
        # posts of that day ("lunes, 4 de mayo de 2026", "Monday, March 3, 2025"), then the
        # post's title. The decoder may take the name or the tagline for the headline and
        # the title for its dek. When the chosen line and at most one more line under it (no
        # sentence end or byline, 12 words or fewer), with a line of the page's top above them (two
        # lines or more from the first one), stand over a bare date opening with a weekday
        # of the page's language, and under that date a headline-shaped line (3-25 words,
        # no sentence end, cue, byline or date) stands over a paragraph, that line is the
        # headline.
        lines, feats = self.lines, self.features
        if self.chrome is None or k - first > 6:
            return None
        date = next(
            (d for d in (k + 1, k + 2) if d + 2 < len(lines) and feats[d].datelike), None
        )
        if date is None or date - first < 2:
            return None
        if any(
            feats[j].ends_sentence or feats[j].words > 12 or feats[j].byline
            for j in range(k, date)
        ):
            return None  # a byline over the date: a story's header, not a blog's top
        if not (lines[date + 1].blank_before and lines[date + 2].blank_before):
            return None  # the line under the date opens a wrapped paragraph
        when, head, prose = feats[date], feats[date + 1], feats[date + 2]
        if when.words > 8 or when.cue is not None:
            return None
        if (
            head.cue is not None
            or head.byline
            or head.datelike
            or head.ends_sentence
            or not 3 <= head.words <= 25
            or head.link_ratio >= 0.2
            or not (prose.ends_sentence and prose.words >= 12)
        ):
            return None
        text = lines[date].text.strip("#* ")
        opening = fold(text.split(" ", 1)[0]).strip(",.")
        weekdays = {form.casefold() for forms in cues(self.chrome.lang).weekdays for form in forms}
        if opening not in weekdays:
            return None
        found = parse_date_line(text, self.chrome.lang)
        if found is None or found.value is None or found.labelled:
            return None
        return date + 1

    def _headline_under_section_date(self, k: int) -> int | None:
        # Round 22 (scrapedg): a section label first ("Bundesliga", "Премьер-лига (РПЛ).
        # Статьи"), at most one short tag line ("Эксклюзив"), a bare date line, then the
        # headline; the first line was taken as the title and the headline as its dek. The
        # label is 1-4 words with no sentence end, byline or date; the date line 8 words or
        # fewer with no cue; the line under it headline-shaped (3-25 words, two more than the
        # label, no full stop at its end, a closing quote or "?" may end it; no cue, byline or
        # date); and the line under the headline is no
        # paragraph (a byline, a role, a caption): over a paragraph the line under the date
        # may be a dek without a full stop, and the first line the real headline.
        lines, feats = self.lines, self.features
        label = feats[k]
        if label.words > 4 or label.ends_sentence or label.byline or label.datelike:
            return None
        date = next((d for d in (k + 1, k + 2) if d + 2 < len(lines) and feats[d].datelike), None)
        if date is None:
            return None
        if date == k + 2 and (feats[k + 1].words > 2 or feats[k + 1].ends_sentence):
            return None  # only a one- or two-word tag between the label and the date
        when, head, under = feats[date], feats[date + 1], feats[date + 2]
        if when.words > 8 or when.cue is not None or when.byline:
            return None
        if (
            head.cue is not None
            or head.byline
            or head.datelike
            or lines[date + 1].text.rstrip("»”\"' ").endswith((".", "。"))
            or not 3 <= head.words <= 25
            or head.words < label.words + 2
            or head.link_ratio >= 0.2
        ):
            return None
        if under.ends_sentence and under.words >= 12:
            return None  # the headline and its dek over the first paragraph
        return date + 1

    def _headline_over_meta_row(self, k: int) -> bool:
        # Round 15 (sources): the chosen line is a Chinese meta row ("发布时间：… 来源：…
        # 阅读：N", :func:`.scraped.region.han_meta_row`) and the line right above it is a
        # short headline ("沉痛悼念…同志", dropped as a short line): the headline is that line,
        # the row below it gives the date.
        text, above = self.lines[k].text, self.lines[k - 1].text
        return (
            self.features[k].datelike
            and han_meta_row(text)
            and 4 <= len(above) <= 60
            and "\u4e00" <= above[:1] <= "\u9fff"
            and not above.endswith(("。", "！", "？", "：", ":"))
            and not han_meta_row(above)
            and self.features[k - 1].cue is None
        )

    def _headline_under_post_meta(self, k: int) -> int | None:
        # The line under a blog's post-meta row, when the page's first line was taken
        # for want of a headline and a section label stands between it and the row (rule
        # ``title.under-post-meta``): "Club name" / "Nieuws" / "Geplaatst op 3 mei 2026 door
        # Bestuur" / headline / prose. Some blog themes print the meta row over the post's
        # title; the row (a labelled date and a "door"/"by"/"par" byline on one line) is
        # the header's, and the short line under it, over the first prose, the headline.
        labelled = False
        for j in range(k + 1, min(k + 4, len(self.lines) - 2)):
            if self._post_meta_row(j):
                break
            f = self.features[j]
            if f.words > 3 or f.last_stop or self.lines[j].text.endswith(_SENTENCE_ENDS):
                return None  # only a section label between the site's name and the row
            labelled = True
        else:
            return None
        if not labelled:
            return None
        if not self._headline_over_prose(j + 1):
            return None
        return j + 1

    def _headline_over_stacked_header(self, k: int, region: Region) -> bool:
        # Round 24 (headjoin), rule ``title.over-stacked-header``: the decoder's headline,
        # refused for the masthead over it (a slogan, a founding year, a section label),
        # stands over the story's header lines printed one under another with no blank line
        # between them: a dek, the writer's bare name and the date line ("… para leerme, o
        # no" / "José Antonio Ávila López" / "miércoles, 12 de febrero de 2025, 10:09 h
        # (CET)"). A dated byline under a dek is the article's header; the masthead is not.
        # Guard: the decoder's headline scores as a sure one, two lines or more below the
        # first line, a blank line over it, no sentence of prose above it; the dek under it
        # (six words or more, no byline or date); then the next two lines, no blank line
        # between them and the dek, are parsed: a bare name over a date line. (With no dek
        # the decoder's line may itself be the dek over the byline: left alone.)
        t = region.title
        if t is None or t <= k + 1 or region.headline_score < _SURE_HEADLINE or self.chrome is None:
            return False
        lines, feats = self.lines, self.features
        if not lines[t].blank_before or t + 4 >= len(lines):
            return False  # a dek right under the first line: that line is the headline
        if lines[t].text.endswith(_SENTENCE_ENDS) or lines[t + 2].blank_before:
            return False
        if lines[t + 3].blank_before or not feats[t + 3].datelike or len(lines[t + 3].text) > 80:
            return False
        dek = feats[t + 1]
        if dek.words < _STACKED_DEK_WORDS or dek.byline or dek.datelike or dek.cue is not None:
            return False
        if any(feats[j].ends_sentence and feats[j].words >= 12 for j in range(k, t)):
            return False
        name = lines[t + 2].text
        named = parse_byline(name) if len(name) <= 40 else None
        if named is None or named.rule != "byline.bare-name":
            return False
        found = parse_date_line(lines[t + 3].text, self.chrome.lang)
        return found is not None and found.value is not None

    def _headline_under_counter_row(self, k: int) -> int | None:
        # Round 24 (headjoin), rule ``title.under-counter-row``: the line under a site
        # builder's meta row of a numeric date and its counters, nothing else ("14.08.2020
        # 707 0.0 0": date, views, rating, comments; uCoz and its likes), when the page's first
        # line was taken for want of a headline. The row is the first line, or stands within
        # four lines under it (the site's name, a menu, a breadcrumb); the line under it is
        # headline-shaped (2-16 words, no sentence end, no cue; often in capitals, which the
        # decoder reads as a teaser) with prose under it or under one short line between (a
        # photo credit). Guard: a line of no letters, opening with a digit, is looked at.
        lines = self.lines
        for j in range(k, min(k + 5, len(lines) - 2)):
            text = lines[j].text
            if text[:1].isdigit() and _counter_row(text):
                break
        else:
            return None
        head, text = self.features[j + 1], lines[j + 1].text
        if head.bullet or head.cue is not None or head.datelike:
            return None
        if head.byline and head.words < _COUNTER_ROW_HEADLINE_WORDS:
            return None  # a name in capitals ("ANNA BELOVA"); a headline in capitals is longer
        if not 2 <= head.words <= 16 or text.endswith((*_SENTENCE_ENDS, ":", ",")):
            return None
        under = j + 2
        between = self.features[under]
        if (
            under + 1 < len(lines)
            and between.words <= _COUNTER_ROW_BETWEEN_WORDS
            and not between.ends_sentence
            and not between.datelike
        ):
            under += 1  # one short line between (the lead photo's credit)
        prose = self.features[under]
        if prose.words >= 12 or (prose.words >= 6 and prose.ends_sentence):
            return j + 1
        return None

    def _site_name_line(self, k: int) -> bool:
        # True when line ``k`` names the site's organisation: a name with a legal or
        # club form of the page's language ("Sternwarte-Verein Heidkamp e.V.", "v.v.
        # Zuidermeent", "Associazione Pro Loco Valmorena APS"; ``organisation_forms``), or
        # a line of eight words or fewer printed again in the page's copyright row ("© 2026
        # NAME | …").
        f = self.features[k]
        if self.chrome is None or f.words > 10 or f.datelike:
            return False
        text = self.lines[k].text.strip()
        if organisation_name(text, self.chrome.lang):
            return True  # ("e.V." ends with a stop)
        if f.ends_sentence or f.words > 8:
            return False
        name = fold(text)
        if len(name) < _SITE_NAME_CHARS:
            return False
        return any(
            self.features[j].cue == "rights" and name in fold(self.lines[j].text)
            for j in range(len(self.lines) - 1, k + 2, -1)
        )

    def _headline_under_site_name(self, k: int) -> int | None:
        # The headline under the site's name and a section label, when the page's first
        # line was taken for want of a headline (rule ``title.under-site-name``): "Sternwarte-
        # Verein Heidkamp e.V." / "Aktuelles" / headline / prose, "Rudnicki Klub Seniora" /
        # "Aktualności" / headline / post-meta row / prose with "© 2026 Rudnicki Klub
        # Seniora" at the foot. The first line names the organisation (``_site_name_line``:
        # a legal or club form, or the copyright row's name); one to three section labels
        # (three words or fewer, no sentence end, no figure) stand under it; the next line
        # is headline-shaped over prose, or over a post-meta row over prose.
        lines, feats = self.lines, self.features
        if k + 3 >= len(lines):
            return None
        f = feats[k + 1]
        if (f.words > 3 or f.last_stop or f.datelike or f.byline) and not self._link_row(k + 1):
            return None  # cheap guard: a short label or a link row right under the chosen line
        # Round 20 (titlezone): a first line the page does not name again may still be
        # the site's name when the headline opens with a label under it ("Cartas al
        # director" / … / "Cartas al director: el puente de hierro, …").
        named = self._site_name_line(k)
        dated = False
        for j in range(k + 2, min(k + 6, len(lines) - 2)):
            if feats[j].no_space_script and _han_label_word_row(
                lines[j].text, _SITE_SEARCH_LABEL_CHARS
            ):
                # Round 24 (zhsite): "热门搜索：志愿服务 社区 培训" under the site's name
                # and its "站内搜索" label: the search box's hot words, never the headline
                continue
            labelled = ":" in lines[j].text and self._opens_with_label(j, k + 1)
            if not named and not labelled:
                pass
            elif self._headline_shaped(j, 24 if labelled else 16) and (
                (feats[j + 1].words >= 12 and not feats[j + 1].byline)
                or (self._post_meta_row(j + 1) and feats[j + 2].words >= 12)
                or self._byline_then_prose(j + 1)
                or (dated and self._subhead_then_prose(j + 1))
                # Round 24 (zhsite): "جمعية المتطوعين …" / "بحث" / headline / "12 مارس
                # 2027" / prose: the site's name, its search label, the headline over a
                # bare date line (the features' flag first, then the date's reading)
                or (
                    named
                    and feats[j + 1].datelike
                    and feats[j + 2].words >= 12
                    and self._header_date(j + 1)
                )
            ):
                return j
            if self._link_row(j):
                continue  # "Back to article Print": a print view's buttons (round 20)
            g = feats[j]
            if g.datelike and not dated and self._header_date(j):
                dated = True  # round 20 (titlezone): the issue's date under the labels
                continue
            if g.words > 3 or g.last_stop or g.datelike or g.byline:
                return None
            if lines[j].text.endswith(_SENTENCE_ENDS) or any(ch.isdigit() for ch in lines[j].text):
                return None
        return None

    def _headline_under_masthead_name(self, k: int) -> int | None:
        # Round 25 (sitetitle), rule ``title.under-masthead-name``: the page's first line,
        # taken for want of a headline, is the site's bare name ("Harbour Town Gazette",
        # "Mittelbach Bahnhofsplatz Zeitung", "RADIO VALLÉE") right over the headline, which
        # stands right over the byline or the date line; the headline was read as the dek.
        # The first line is a name: five words or fewer, no sentence end, figure, cue, byline
        # or date, every word opening with a capital (one short lower-case particle inside
        # it allowed: "Diario del Muelle") in a script with case, and a ``masthead_words``
        # entry of the page's language opens or closes it (a name without one the decoder
        # already passes over). The line under it has two words more, is headline-shaped (no
        # final stop, colon or comma: a dek is a sentence) and the header's row (a byline, a
        # date line) stands right under it. Guard: the first line's word count and flags
        # first; scripts without spaces are left alone.
        feats, lines = self.features, self.lines
        f = feats[k]
        if f.words > 5 or f.ends_sentence or f.last_stop or f.cue is not None:
            return None
        if f.byline or f.datelike or f.bullet or k + 2 >= len(lines) or self.chrome is None:
            return None
        g = feats[k + 1]
        if f.no_space_script or g.no_space_script or g.words < f.words + 2:
            return None
        text = lines[k].text.strip()
        if not text or any(ch.isdigit() for ch in text):
            return None
        if not (self._headline_shaped(k + 1, 30) and not g.byline and self._header_row(k + 2)):
            return None
        tokens = text.replace("’", " ").replace("'", " ").split()
        if any(ch.isupper() or ch.islower() for ch in text):
            lower = [t for t in tokens if not t[:1].isupper()]
            if len(lower) > 1 or any(len(t) > 3 or not t.isalpha() for t in lower):
                return None  # a phrase in sentence case, not a name
            if lower and (tokens[0] in lower or tokens[-1] in lower):
                return None
        words = frozenset(cues(self.chrome.lang).masthead_words)
        first, last = fold(tokens[0]).strip(".,:|"), fold(tokens[-1]).strip(".,:|")
        return k + 1 if first in words or last in words else None

    def _headline_under_tagline(self, k: int) -> int | None:
        # Round 24 (tagline), rule ``title.under-tagline``: the page's first line was taken
        # for want of a headline, but it is a site's tagline or a strap sentence printed over
        # the headline ("The week everything changed for a small working town", "Le journal
        # des vallées depuis 1962"): it is about the site or a mood, not the story, so none of
        # its content words comes back in the prose under it (``echo`` measured and 0.0: two
        # content words or more, the language's stop words left out; character pairs in
        # Chinese and Japanese). The headline is the first headline-shaped line under it,
        # within ``_TAGLINE_REACH`` lines, whose words do come back in the prose (echo
        # ``_ECHO_HIGH`` or more) and that has the story's header under it: a byline or date
        # within the next three lines (a dek may stand between). The lines between are
        # chrome (menus, a login row): short, with no byline, date or prose. Guard: the echo
        # of the chosen line is read first (a number the features already hold).
        feats = self.features
        if feats[k].echo != 0.0:
            return None  # cheap guard: measured, and no content word shared with the prose
        lines = self.lines
        for h in range(k + 1, min(len(lines) - 1, k + 1 + _TAGLINE_REACH)):
            text = lines[h].text.strip()
            if not text:
                continue
            g = feats[h]
            if g.byline or g.datelike or g.credit:
                return None  # a byline or date under the chosen line: its header
            if g.echo >= _ECHO_HIGH and self._tagline_headline(h):
                return h
            if g.words > 12 or g.chars >= 100:
                return None  # prose or a teaser's blurb before any headline: leave it
        return None

    def _tagline_headline(self, h: int) -> bool:
        # ``_headline_under_tagline``: line ``h`` is headline-shaped (3-30 words, 6-80
        # characters in a script without spaces; no cue, bullet, link, small first letter,
        # closing colon or full stop) and a byline or date row (12 words at most, under 100
        # characters: no paragraph naming a weekday) stands within the three lines under it.
        f, text = self.features[h], self.lines[h].text.strip()
        if f.cue is not None or f.bullet or f.link_ratio >= 0.2 or text[:1].islower():
            return False
        if f.no_space_script:
            if not 6 <= f.chars <= 80:
                return False
        elif not 3 <= f.words <= 30:
            return False
        if text.endswith((":", "：", ",", "，", ".", "。")):
            return False  # a dek's or a dateline lead's full stop: no headline
        seen = 0
        for j in range(h + 1, min(len(self.lines), h + 6)):
            if not self.lines[j].text.strip():
                continue
            seen += 1
            g = self.features[j]
            if (g.byline or g.datelike) and g.words <= 12 and g.chars < 100:
                return True  # a byline or date row (no paragraph that names a weekday)
            if seen >= 3:
                return False
        return False

    def _opens_with_label(self, j: int, start: int) -> bool:
        # Round 20 (titlezone): line ``j`` opens with one of the short lines from
        # ``start`` on and a colon ("Cartas al director: …" under "Cartas al director").
        text = fold(self.lines[j].text)
        if ":" not in text:
            return False
        head = text.partition(":")[0].strip()
        return any(fold(self.lines[i].text).strip(" .") == head for i in range(start, j))

    def _subhead_then_prose(self, j: int) -> bool:
        # Round 20 (titlezone): line ``j`` is a short subhead (three to twelve words, no
        # sentence end, no cue, date or byline) over a paragraph of twelve words or more:
        # a letters page's first letter under the page's headline.
        if j + 1 >= len(self.lines):
            return False
        f, g = self.features[j], self.features[j + 1]
        return (
            3 <= f.words <= 12
            and not (f.ends_sentence or f.cue is not None or f.datelike or f.byline)
            and g.words >= 12
            and g.ends_sentence
            and not g.byline
        )

    def _headline_under_weak_site_name(self, k: int) -> int | None:
        # Round 20, rule ``title.under-weak-site-name``: the decoder took the site's name
        # for the headline with weak evidence (a select-all copy: "青川省话剧院" over its
        # one-line menu items, a breadcrumb, the headline and a "发布时间：… 作者：…" row).
        # When the chosen line is the site's name (``_site_name_line``: printed again in the
        # copyright row, or with a legal form), the headline is the first headline-shaped
        # line under it, within twelve lines, that stands over a header row holding a date
        # the date rules read and a byline (or over a byline, or a header date); only menu
        # items (three words or fewer, eight characters or fewer in a script without
        # spaces, no sentence end), a breadcrumb or chrome rows may stand between. Cheap
        # guard: the line under the name must be such an item.
        lines, feats = self.lines, self.features
        if k + 3 >= len(lines) or not self._menu_item(k + 1):
            return None
        if not self._site_name_line(k):
            return None
        for j in range(k + 1, min(k + 13, len(lines) - 2)):
            if self._headline_shaped(j) and not self._menu_item(j) and self._header_row(j + 1):
                return j
            between = feats[j].cue is not None or _is_breadcrumb(lines[j].text)
            if not (between or self._menu_item(j)):
                return None
        return None

    def _menu_item(self, j: int) -> bool:
        # Line ``j`` is one short item of a menu printed a line each: three words or fewer
        # (eight characters or fewer in a script without spaces), no sentence end, date,
        # byline or figure.
        f = self.features[j]
        if f.ends_sentence or f.datelike or f.byline or f.bullet:
            return False
        if any(ch.isdigit() for ch in self.lines[j].text):
            return False
        return f.chars <= 8 if f.no_space_script else f.words <= 3

    def _header_row(self, j: int) -> bool:
        # Line ``j`` is the header's row under a headline: a byline, a date line the date
        # rules read, or a meta row holding both a date and a byline.
        f = self.features[j]
        if f.byline or self._header_date(j):
            return True
        if not f.datelike or f.words > 30:
            return False
        entries = classify_line(j, self.lines[j], None, self.chrome)
        return any(e.kind == "date" and e.value for e in entries) and any(
            e.kind == "byline" and e.byline is not None for e in entries
        )

    def _link_row(self, j: int) -> bool:
        # Line ``j`` is a short row of page links: a menu, share or print view's buttons
        # ("Back to article Print", "Print this page | Close window"), ten words or fewer.
        f = self.features[j]
        return f.cue in ("navigation", "share") and f.words <= 10 and not f.byline

    def _byline_then_prose(self, j: int) -> bool:
        # Line ``j`` is a prefixed byline ("By Marisol Vega | mvega@…") and prose follows
        # within two lines (a date line may stand between): the header under a headline
        # (round 20, ``title.under-site-name`` over a print view's byline).
        if j + 1 >= len(self.lines) or not self.features[j].byline or self.chrome is None:
            return False
        if self.chrome.byline_prefix(self.lines[j].text) is None:
            return False
        for i in range(j + 1, min(j + 3, len(self.lines))):
            if self.features[i].words >= 12 and not self.features[i].byline:
                return True
            if not self._header_date(i):
                return False
        return False

    def _headline_shaped(self, k: int, most: int = 16) -> bool:
        # Line ``k`` reads as a headline: 2–16 words (``most``), no sentence end, no
        # byline, bullet, date or chrome cue.
        head, text = self.features[k], self.lines[k].text
        if head.bullet or head.datelike or head.cue is not None:
            return False
        if head.byline and (
            head.words < 4 or "," in text or self.chrome.byline_prefix(text) is not None
        ):
            return False  # ("Neues Spiegelteleskop für die Kuppel" reads as a bare name)
        return 2 <= head.words <= most and not text.endswith((*_SENTENCE_ENDS, ":", ","))

    def _post_meta_row(self, j: int) -> bool:
        # True when line ``j`` is a blog's post-meta row: it opens with a publication
        # label of the page's language ("Geplaatst op", "Posted on", "Publié le") and
        # holds a full date and a byline ("… 9 februari 2026 door Bestuur") or the row's own
        # furniture beside the date ("… 3 marzo 2026 da Roma").
        f = self.features[j]
        if not f.datelike or f.words > 14 or j + 2 >= len(self.lines):
            return False
        lang = self.chrome.lang if self.chrome else None
        if not opens_with_date_label(self.lines[j].text, lang):
            return False
        entries = classify_line(j, self.lines[j], None, self.chrome)
        if not any(e.kind == "date" and e.value for e in entries):
            return False
        # a byline beside the date, or the row's own furniture: "… da Roma" (the place after
        # the connector, round 20), "… · 3 commenti"
        kinds = {e.kind for e in entries}
        return any(e.kind == "byline" and e.byline is not None for e in entries) or (
            "label" in kinds and kinds <= {"date", "label"}
        )

    def _headline_over_prose(self, k: int) -> bool:
        # True when line ``k`` is headline-shaped (2–16 words, no sentence end, no
        # byline, bullet, date or chrome cue) and the line under it is prose.
        if k + 1 >= len(self.lines):
            return False
        head, prose = self.features[k], self.features[k + 1]
        text = self.lines[k].text
        if head.byline or head.bullet or head.cue is not None:
            return False
        if head.datelike and not _life_span_only(text):
            return False  # "In memoriam Gerrit Hofstede (1939–2026)": a life's years, no date
        if not 2 <= head.words <= 16 or text.endswith((*_SENTENCE_ENDS, ":", ",")):
            return False
        return prose.words >= 12 or (prose.no_space_script and prose.chars >= 30)

    def _headline_under_crumb(self, k: int) -> int | None:
        # The line under the chosen one, when the chosen line is a breadcrumb trail whose
        # last step is that line (rule ``title.under-crumb``): "BHG.com/Videos///How to Hang
        # a Wreath" over "How to Hang a Wreath", "Home > Sport > Derby day" over "Derby day".
        # A trail names the page it leads to; lynx prints its steps glued by their slashes,
        # so the trail scored as a headline of its own.
        if k + 1 >= len(self.lines):
            return None
        text, below = self.lines[k].text, self.lines[k + 1].text
        if len(below) < _WHOLE_COPY_CHARS or len(text) <= len(below):
            return None
        if not text.casefold().endswith(below.casefold()):
            return None
        prefix = text[: len(text) - len(below)].rstrip()
        if self.features[k + 1].cue is not None:
            return None
        if not prefix.endswith(_CRUMB_ENDS) and not self._spaced_crumb(prefix):
            return None
        return k + 1

    def _spaced_crumb(self, prefix: str) -> bool:
        # Round 25 (scrapedp): "додому Новини на ВІККА ВіККА-новини" glued before the
        # headline it leads to, its steps set apart by spaces only: a trail opens with the
        # home link, a navigation word of the page's language ("Головна", "Home", "Strona
        # główna"); a kicker or a site name does not. Six words at most before the headline.
        if self.chrome is None or not prefix or len(prefix.split()) > _SPACED_CRUMB_WORDS:
            return False
        key = prefix.casefold()
        return any(
            key == word or key.startswith(word + " ")
            for word in self.chrome.navigation
            if " " not in word or key.startswith(word)
        )

    def _rest_below(self, k: int, rest: str) -> bool:
        # The rest of a headline after its cut copy on line ``k`` is the line under it
        # ("Open Road Project:" / "Better Bus Maps"): the copy was broken in two. A crumb
        # or kicker glued before a whole headline ("HomeSkinHeadline") leaves no rest.
        rest = rest.strip(" :–—-|").casefold()
        if not rest or k + 1 >= len(self.lines):
            return False
        return self.lines[k + 1].text.strip().casefold().startswith(rest)

    def _whole_headline_below(self, k: int) -> int | None:
        # The whole headline right under the chosen line, when the chosen line is a copy
        # of it cut off with an ellipsis ("Трамвайное депо на Луговой закроют до…" over
        # "Трамвайное депо на Луговой закроют до весны"): a page's title bar or teaser
        # prints the headline cut to its width above the article's own (rule
        # ``title.whole-copy-below``, round 22 lefta). Only a line ending in "…" or "..."
        # is looked at; the line under it (a share row or an image label between them
        # skipped) must open with all of its words and go on.
        text = self.lines[k].text
        if not text.endswith(("…", "...")):
            return None
        stem = text.rstrip(".… ").casefold()
        if len(stem) < _CUT_COPY_CHARS:
            return None
        for j in range(k + 1, min(len(self.lines), k + 1 + _CUT_COPY_REACH)):
            f, line = self.features[j], self.lines[j].text
            if f.cue is not None or image_label(line) or not any(ch.isalnum() for ch in line):
                continue  # a share row, a rule, the lead image's label
            whole = line.casefold()
            if (
                whole.startswith(stem)
                and len(whole) > len(stem) + 1
                and not whole.endswith(("…", "..."))
                and f.chars <= _CUT_COPY_WHOLE_CHARS
            ):
                return j
            return None
        return None

    def _longer_headline_below(self, k: int) -> int | None:
        # The whole headline right under the chosen line, when the chosen line is a
        # shortened copy of it, alone or as a breadcrumb's last step (rule
        # ``title.longer-copy-below``, round 24 listkeep): "Flood warning lifted on the
        # Derwent" over "Flood warning lifted on the Derwent as river levels fall overnight",
        # "Strona główna » Kraj » Nowe przepisy o hulajnogach elektrycznych. Od marca kask…"
        # over the whole headline. A kicker, section label or trail that names the story by
        # its short title; the line that holds the title whole is the headline, the short
        # copy is noise. Guard: the short copy (after the trail's last separator, its
        # ellipsis cut off) is four words and twenty characters at least, ends in no "!" or
        # "?", and without an ellipsis holds at most 70 % of the whole line (a headline with
        # a tag glued to its end is no longer headline); the next line of text (a share row
        # or image label skipped) opens with all of it, goes on at a word's end, and is no
        # longer than a headline.
        text = self.lines[k].text
        stem = text
        if " " in text and any(sep in text for sep in _CRUMB_SEPS):
            stem = text[max(text.rfind(sep) + len(sep) for sep in _CRUMB_SEPS) :]
        cut = stem.endswith(("…", "..."))
        stem = stem.rstrip(".… ").casefold()
        if len(stem) < _CUT_COPY_CHARS or len(stem.split()) < 4 or stem.endswith(("!", "?")):
            return None
        for j in range(k + 1, min(len(self.lines), k + 1 + _CUT_COPY_REACH)):
            f, line = self.features[j], self.lines[j].text
            if f.cue is not None or image_label(line) or not any(ch.isalnum() for ch in line):
                continue  # a share row, a rule, the lead image's label
            whole = line.casefold()
            if (
                whole.startswith(stem)
                and len(whole) > len(stem) + 1
                and not whole[len(stem)].isalnum()
                and not whole.endswith(("…", "..."))
                and f.words <= _WHOLE_COPY_WORDS
                and not f.bullet
                # an uncut copy is a short form, not the headline with a tag glued on
                and (cut or len(stem) <= _SHORT_COPY_SHARE * len(whole))
            ):
                return j
            return None
        return None

    def _whole_headline_above(self, k: int, first: int) -> int | None:
        # The whole headline a few lines over the chosen line, when the chosen line is a
        # cut copy of it with only the page's widgets between (rule
        # ``title.whole-copy-above``).
        #
        # A blog platform prints the post's headline, its share buttons and lead image, and
        # then the headline again as the story's own first heading, broken in two ("The Open
        # Road Project: Better Bus Maps" / share row / image / "Open Road Project:" /
        # "Better Bus Maps"); the decoder took the broken copy, nearer the prose. A second
        # copy, even a cut one, is noise; the line that holds it whole is the headline.
        text = self.lines[k].text.rstrip(":–—- ").casefold()
        if len(text) < _WHOLE_COPY_CHARS or text.endswith((".", "!", "?", "。")):
            return None
        for j in range(k - 1, max(first, k - _WHOLE_COPY_REACH) - 1, -1):
            f, line = self.features[j], self.lines[j].text
            if (
                f.cue is not None
                or f.bullet
                or dump_markup(line)
                or image_label(line)
                or not any(ch.isalnum() for ch in line)
            ):
                continue  # a share row, a rule, the lead image's label
            whole = line.casefold()
            if (
                text in whole
                and len(whole) > len(text)
                and self._rest_below(k, whole[whole.index(text) + len(text) :])
                and not f.ends_sentence
                and f.words <= _WHOLE_COPY_WORDS
                and headline_score(j, self.lines, self.features) >= 1.0
            ):
                return j
            return None  # a line of the page's own between them: no copy
        return None

    def _headline_under_author_card(self, k: int) -> int | None:
        # The headline under a blog's or column's author card, when line ``k`` is the
        # card's one-line bio: "Ярина Ткачук" / "Голова правління кооперативу …" / "2 грудня
        # 2026, 11:20" / headline. The bio is a phrase under a bare name, the line under it a
        # date and nothing else, and the line under the date a headline (no sentence end)
        # over the text: that line is the headline, not the bio.
        lines, features = self.lines, self.features
        if self.chrome is None or k < 1 or k + 3 >= len(lines):
            return None
        bio, headline = features[k], features[k + 2]
        if bio.ends_sentence or bio.words > 20 or bio.cue is not None or bio.datelike:
            return None
        above = parse_byline(lines[k - 1].text)
        if (
            above is None
            or above.rule != "byline.bare-name"
            or len(above.people) != 1
            or not 2 <= len(lines[k - 1].text.split()) <= 4
        ):
            return None
        entries = classify_line(k + 1, lines[k + 1], None, self.chrome)
        if not entries or any(e.kind not in _DATE_FURNITURE for e in entries):
            return None
        if not any(e.kind == "date" for e in entries):
            return None
        if (
            headline.ends_sentence
            or headline.byline
            or headline.datelike
            or headline.cue is not None
            or not 3 <= headline.words <= 30
            or features[k + 3].words < headline.words  # prose follows a headline
        ):
            return None
        return k + 2

    def _press_office_signoff(self, k: int) -> bool:
        # True when line ``k`` is a release's sign-off by its sender's press office, a
        # short line of its own that opens with the office's name ("Ufficio Stampa AUSL della
        # Val Marecchiola", "Assessoria de Comunicação Social do Tribunal de Justiça",
        # "Pressestelle der Stadt Kiel"): no author, no paragraph (LABELS.md 13). The same
        # name right under a caption-sized line, no blank line between, is the photo's credit
        # ("Ufficio stampa Comune di Riva" under the picture's caption): left to the body.
        if self.chrome is None or not self.chrome.press_offices:
            return False
        line = self.lines[k]
        text = line.text
        if len(text) > 120 or len(text.split()) > 12 or text.endswith((".", "!", "?", ":")):
            return False  # a sentence ("Press office staff declined to comment.") is prose
        key = text.casefold().lstrip("—–-* ")
        if not key.startswith(self.chrome.press_offices):
            return False  # the cheap test first: most lines name no press office
        office = next((p for p in self.chrome.press_offices if key.startswith(p)), None)
        if office is None or key[len(office) : len(office) + 1].isalnum():
            return False
        if (" | " in text or " - " in text or " – " in text) and _META_ROW_YEAR.search(text):
            # Round 23 (metarow): "**المكتب الإعلامي** | نشر في: 2026/10/12 | آخر تحديث: …",
            # "Ufficio Stampa - 12 ottobre 2026": the office opens the story's one-line meta
            # row, dated: the header reads it
            return False
        if ". " in key or "," in key[len(office) :]:
            return False  # a sentence ("Ufficio stampa del Comune, che …") is prose
        if k and len(text.split()) <= 3 and self._under_prefixed_byline(k):
            # Round 21 (bylines): "di Lucilla Ferraresi" / "Ufficio stampa": the office
            # alone under a byline is the writer's desk, a role the header reads
            return False
        if k and not line.blank_before and not self.used[k - 1]:
            # right under a line: only a paragraph's (two sentences or more than 40 words),
            # never a caption's
            above = self.lines[k - 1].text
            if len(above.split()) <= 40 and ". " not in above.rstrip(" /").rstrip(".!?…"):
                return False
        return True

    def _office_contact_rows(self, k: int) -> range:
        # Round 24 (tailkeep): the contact rows printed right under a press office's
        # sign-off, no blank line between ("Ufficio stampa Pro Loco Valdorsa" / "Tel.: 0437
        # 552 020" / "E-mail: stampa@…"): each a short labelled line (a colon in its first
        # four words) giving a telephone number or an e-mail address, no sentence end. The
        # office's contact block, chrome with its sign-off (LABELS.md 13). Guard: at most
        # four rows; the colon and the length are tested before the contact pattern.
        end = k + 1
        while end < len(self.lines) and end <= k + 4 and not self.used[end]:
            line = self.lines[end]
            text = line.text
            if line.blank_before or len(text) > 80 or text.endswith((".", "!", "?")):
                break
            head, colon, _rest = text.partition(":")
            if not colon or len(head.split()) > 3 or not CONTACT_DETAIL.search(text):
                break
            end += 1
        return range(k + 1, end)

    def _under_prefixed_byline(self, k: int) -> bool:
        # True when the line over line ``k`` is a short byline opening with a byline
        # prefix of the page's language ("di Lucilla Ferraresi", "By Jane Roe").
        above = self.lines[k - 1].text
        if self.chrome is None or len(above) > 60 or above.endswith((".", "!", "?", ":")):
            return False
        return self.chrome.byline_prefix(above) is not None

    def _dated_office_byline(self, k: int, title_index: int) -> bool:
        # True when the press office's line ``k`` stands in the header: within four lines
        # under the headline, right over or under the story's date line ("المكتب الإعلامي –
        # طيران الواحة" / "الأحد 29 نوفمبر 2026"). There it signs the release as its author
        # (the header reads it); a sign-off stands under the last paragraph.
        if k - title_index > 4 or self.chrome is None:
            return False
        if (
            k == title_index + 1
            and k + 1 < len(self.lines)
            and self.chrome.reading_time(self.lines[k + 1].text)
        ):
            # A reader view's header: headline, byline, reading time ("المكتب الإعلامي" /
            # "٢–٣ دقائق"): the office alone on the byline's line signs the page.
            return True
        text = self.lines[k].text
        if press_office_byline(text, self.chrome) is None and not department_line(text):
            # the header would not take it ("المركز الإعلامي" alone): a label. Round 21
            # (metaroles): an office with its own name ("Communications Office") signs too
            return False
        lang = self.chrome.lang
        for j in (k - 1, k + 1):
            if j <= title_index or j >= len(self.lines):
                continue
            row = self.lines[j].text
            dated = parse_date_line(row, lang)
            if dated is None and len(row) <= 100:
                # Round 21 (metaroles): "Veröffentlicht am 01.12.2026 · Lokales": the date
                # opens a meta row whose section follows a separator
                head = _META_SEPARATOR.split(row, maxsplit=1)[0]
                dated = parse_date_line(head, lang) if head != row else None
            if dated is not None and dated.value is not None:
                return True
        return False

    def _photo_copyright(self, k: int) -> bool:
        # True when line ``k`` is "© Name" printed right under a caption-sized line (no
        # blank line between, no year): a photo's credit, which the body reads with its
        # caption, not the page's rights.
        text = self.lines[k].text
        if not text.startswith("©") or any(map(str.isdigit, text)) or len(text.split()) > 7:
            return False
        if self.lines[k].number - 1 in self.images:
            return True  # right under lynx's "[IMG]" or w3m's "[alt]": that image's credit
        if k > 0 and not self.lines[k].blank_before:
            above = self.lines[k - 1].text
            return 4 <= len(above.split()) <= 40 and not self.used[k - 1]
        # "© Hélène Marchetti" / "Le homard bleu, …": the credit set over its caption, the
        # two one block between blank lines (magazines print the credit first).
        return self._caption_glued_below(k)

    def _lead_photo_copyright(self, k: int, title_index: int) -> bool:
        # True when line ``k`` is "© Name" alone between the header and the article's
        # first paragraph ("Jef Van Damme" / "© Leon Mertens" / "Vorige week …"): the credit
        # of a lead photo or the writer's portrait that has no caption. A page's rights line
        # has a year or a company and stands after the article, not over a paragraph.
        text = self.lines[k].text
        if not text.startswith("©") or any(map(str.isdigit, text)):
            return False
        if not title_index < k <= title_index + _LEAD_CREDIT_REACH or k + 1 >= len(self.lines):
            return False
        credit = text[1:].strip()
        if not (is_name(credit) or is_credit(credit)) or len(credit.split()) > 5:
            return False
        if not self.features:
            return False
        below = self.features[k + 1]
        return self.lines[k].blank_before and below.ends_sentence and below.words >= 15

    def _caption_glued_below(self, k: int) -> bool:
        # True when line ``k`` opens a block of two lines between blank lines whose
        # second is caption-sized (4–40 words): the block of a credit over its caption. A
        # page copied without blank lines has no such blocks.
        if not self.lines[k].blank_before or k + 1 >= len(self.lines):
            return False
        below = self.lines[k + 1]
        return (
            not below.blank_before
            and (k + 2 >= len(self.lines) or self.lines[k + 2].blank_before)
            and 4 <= len(below.text.split()) <= 40
            and not self.used[k + 1]
        )

    def _headline_over_widgets(self, index: int) -> int | None:
        # The headline over the chosen line when a player's or share widget's lines stand
        # between them ("Слушать" / "00:00" / "Голос: нейросеть", "Listen" / "4 min"):
        # the page printed headline, widgets, dek, byline, and the decoder took the dek.
        k = index - 1
        while k > 0 and index - k <= _WIDGET_GAP and self.features[k].cue in _PLAYER_CUES:
            k -= 1
        if k == index - 1 or k < 0 or self.features[k].cue is not None:
            return None
        return k if self._headline_above(index, above=k) else None

    def _headline_over_credit_dek(self, index: int, first: int) -> int | None:
        # Round 22 (lefta), rule ``title.over-credit-dek``: the decoder took the dek, and
        # the lead photo's credit alone ("Foto: Comune di Borgoleone", "Фото: Name") stands
        # between it and the headline: headline / credit / dek / byline. The credit under
        # it cost the headline its score as a caption over its credit; a caption is no
        # first line of the page, though: only chrome (skip link, menus, notices) may stand
        # over the line above the credit, which must read as the headline over its dek
        # (``_headline_above``, the credit's cost given back). Cheap guard: the line over
        # the chosen one is a bare credit.
        above = index - 2
        if index >= len(self.lines) or not first <= above <= first + _CREDIT_DEK_REACH:
            return None
        parts = split_caption(self.lines[index - 1].text)
        if parts is None or parts.caption or parts.credit is None:
            return None
        if len(parts.credit.split()) >= _BARE_CREDIT_WORDS:
            return None
        for j in range(first, above):
            if not chrome_like(self.lines[j].text, self.features[j], kicker=False):
                return None  # a line of the page's own above it: the line may be a caption
        if self.lines[above].text.endswith((".", "!", "?", ":", "。")):
            return None  # a sentence over its credit: the photo's caption
        if self.features[above].chars >= self.features[index].chars:
            return None  # a dek runs longer than its headline
        return above if self._headline_above(index, above, slack=_CREDIT_COST) else None

    def _headline_above(self, index: int, above: int | None = None, slack: float = 0.0) -> bool:
        # True when the line above the chosen headline is the headline and it is the dek.
        #
        # Both are headline-sized and stand right before the byline, so the decoder can
        # take either; the page's order decides: headline first, dek under it. The line
        # above must read as a headline (five words or more, not a sentence ending in a
        # full stop, not a menu, breadcrumb, kicker, byline, date or widget).
        above = index - 1 if above is None else above
        chosen = self.lines[index].text
        f = self.features[above]
        text = self.lines[above].text
        if f.cue is not None or f.byline or f.datelike or f.bullet or f.link_ratio >= 0.2:
            return False
        if chrome_like(text, f, kicker=False) or text.endswith(".") or f.repeats > 2:
            return False
        if text.casefold() == chosen.casefold() or split_caption(text) is not None:
            return False
        if defined_terms(text):
            return False  # "("Halvergate" or the "Company")" over an announcement's title
        if (
            above > 0
            and self.features[above - 1].last_stop
            and self.features[above - 1].words <= 3
            and not _section_word(self.lines[above - 1].text)
        ):
            # "Powered by" / "A Fork of Jekyll for this site": the line ends a footer's label
            # cut at its stop word, the link it names; no headline goes on from a label.
            return False
        if self._quoted_later(index):
            return False  # the page names its headline again ("4 thoughts on “…”")
        if f.echo == 0.0 and self.features[index].echo >= _ECHO_KEEP:
            return False  # the story takes up the chosen line's words and none of this one's
        if headline_score(above, self.lines, self.features) + slack < _ABOVE_DEK_FLOOR:
            # The decoder does not rate it as a headline at all: a player's, a photo's or a
            # form's line over the headline ("Next video starts in …", "… Benoit
            # Tessier/Reuters", "name.jpg"), not the headline over its dek.
            return False
        if f.no_space_script:
            return 8 <= f.chars <= 80 and not _han_label_word_row(text)
        if f.words == _SHORT_HEADLINE_WORDS:
            return self._short_headline_over_dek(above, index)
        return 5 <= f.words <= 30 and f.chars <= 200

    def _headline_over_lead_figure(self, index: int, first: int) -> int | None:
        # Round 20, rule ``title.over-lead-figure``: the decoder took the dek, and the
        # page's lead photo stands between it and the headline: headline / "[IMG] caption
        # (Photo: Name)" (lynx and w3m print the image word on the caption's own line, the
        # caption wrapped over a line or two) / dek. The caption is the line right under an
        # image line (``self.images``); its wrapped lines follow without a blank line; the
        # dek opens a block of its own; over the caption, the line reads as the headline
        # over its dek (``_headline_above``). Cheap guard: the image line comes first.
        lines = self.lines
        if not lines[index].blank_before:
            return None
        for start in range(index - 1, max(first, index - 4), -1):
            if lines[start].number - 1 in self.images:
                break
            if lines[start].blank_before:
                return None  # a block of its own between: no caption wrapped up to the dek
        else:
            return None
        above = start - 1
        if above < first or not lines[start].blank_before:
            return None
        return above if self._headline_above(index, above) else None

    def _short_headline_over_dek(self, above: int, index: int) -> bool:
        # Round 19c (header3): a headline of four words ("Se va la bibliotecaria", "The
        # last ferryman retires") right over a dek three times its length or more, of twelve
        # words or more, with no sentence end ("Remedios Alcañiz deja la sala tras 38 años:
        # del fichero de cartón al …"): the page's order decides, headline first. A site's
        # name or a section label over a headline writes its words capitalised ("Gaceta del
        # Campus Ribalta", "La Guerra en Ucrania"); a headline in sentence case capitalises
        # its first word alone. The kicker test (``_kicker_above``) lets such a pair stand.
        f, g = self.features[above], self.features[index]
        if f.no_space_script or g.ends_sentence:
            return False
        if (
            f.capitalised <= _SENTENCE_CASE
            and g.words >= _DEK_UNDER_SHORT_WORDS
            and g.chars >= 3 * f.chars
        ):
            return not self._label_listed(above)
        # Round 20 (titlezone): under a one-word rubric ("Колонка", "Opinion") the pair is
        # the headline and its dek: a dek of eight words or more, nearly twice the
        # headline's length, is enough, and the headline may name a place ("… на Берёзовку").
        return (
            f.capitalised <= _RUBRIC_HEADLINE_CASE
            and g.words >= _DEK_UNDER_RUBRIC_WORDS
            and g.chars >= _DEK_UNDER_RUBRIC_RATIO * f.chars
            and self._rubric_over(above)
            and not self._label_listed(above)
        )

    def _rubric_over(self, index: int) -> bool:
        # Round 20 (titlezone): the line right over line ``index`` is a rubric, one
        # capitalised word without a sentence end, a date, a byline or links, in a block of
        # its own ("Колонка", "Мнение", "Opinion", "Tribune"): a column's label, so the
        # short line under it is the headline, not a second kicker.
        j = index - 1
        if j < 0:
            return False
        f = self.features[j]
        line = self.lines[j]
        text = line.text
        return (
            f.words == 1
            and 3 <= len(text) <= 20
            and text[0].isupper()
            and text.isalpha()
            and not text.isupper()
            and line.blank_before
            and self.lines[index].blank_before
            and not (f.datelike or f.byline or f.bullet or f.link_ratio)
        )

    def _label_listed(self, index: int) -> bool:
        # Round 20 (kicker): the short line over the headline is a section label the page
        # lists again as one of its sections: a bulleted menu item above it ("• Vie de la
        # juridiction"), a middle step of a breadcrumb ("Home > Court life > Rulings"), or
        # the first of a row of capitalised tags after it ("Vie de la juridiction Référés
        # Environnement"). A page prints its headline again whole (a second copy, a
        # breadcrumb's last step, the window title "Headline | Site"), never as a menu item
        # or the head of a tag row. Only reached for a short sentence-case line over a long
        # dek (``_short_headline_over_dek``); each line is tested by substring first.
        key = self.lines[index].text.casefold()
        for j, line in enumerate(self.lines):
            folded = line.text.casefold()
            if j == index or key not in folded:
                continue
            if self.features[j].cue == "tags":
                # "Mots-clés : Vie de la juridiction, Environnement": one of the tags
                listed = _TAG_LABEL.sub("", folded, count=1)
                tags = (t.strip() for t in _TAG_SEPARATORS.split(listed))
                if listed.startswith(key) or key in tags:
                    return True
                continue
            if j < index and self.features[j].bullet:
                if _BULLET_MARK.sub("", folded, count=1) == key:
                    return True
            elif j < index and folded == key:
                # a select-all copy's menu, one item a line without bullets: the same line
                # between short items ("Le tribunal" / "Vie de la juridiction" / "Décisions")
                if self._menu_entry(j - 1, index) and self._menu_entry(j + 1, index):
                    return True
            elif section_path(line.text):
                steps = [s.strip() for s in _CRUMB_STEP.split(folded)]
                if key in steps[1:-1]:
                    return True
            elif j > index and folded.startswith(key + " ") and not self.features[j].ends_sentence:
                rest = line.text[len(key) + 1 :].split()
                if 1 <= len(rest) <= 6 and all(w[:1].isupper() for w in rest):
                    return True
        return False

    def _menu_entry(self, j: int, index: int) -> bool:
        # Line ``j`` reads as one more entry of a menu printed one item a line: three words
        # at most, no sentence end, no date or digit, not the line under test itself.
        if j < 0 or j >= len(self.lines) or j == index:
            return False
        f = self.features[j]
        return (
            f.words <= 3
            and not f.ends_sentence
            and not f.datelike
            and not any(c.isdigit() for c in self.lines[j].text)
        )

    def _echoed_above(self, index: int | None, first: int) -> int | None:
        # The headline right over the chosen line when the page prints it again and the
        # chosen line is its dek (rule ``title.echoed-above-dek``).
        #
        # Pages repeat their headline, never their dek: as the breadcrumb trail's last
        # step ("Site > Section > Headline"), in the share widget ("Share Headline"), in a
        # second header block or the lead photo's slideshow. So a shorter, headline-shaped
        # line just over the chosen one (a caption may stand between), printed again
        # elsewhere while the chosen line is not, is the headline and the chosen line the
        # dek under it.
        if index is None or index <= first:
            return None
        below = self.lines[index].text
        k = index - 1
        if k > first and split_caption(self.lines[k].text) is not None:
            k -= 1  # the lead photo's caption between the headline and the dek
        if k < first:
            return None
        f, text = self.features[k], self.lines[k].text
        if f.byline or f.bullet or f.link_ratio >= 0.2 or f.stamp or f.last_stop:
            return None  # "… is sponsored by": a label ending in a stop word
        if f.datelike and parse_date_line(text, self.chrome.lang if self.chrome else None):
            return None  # a date row printed twice ("The 21 best … of 2017" is no date)
        if text.endswith((".", ",", ";", ":")) or len(text) >= len(below):
            return None
        if not (4 <= f.words <= 25 or (f.no_space_script and 8 <= f.chars <= 80)):
            return None
        if text.isupper() and f.words <= _CAPS_KICKER_WORDS and not below.isupper():
            # "SAINT-AUBIN-DES-PRÉS" over the headline: a place or section kicker in
            # capitals, which the breadcrumb names again as its last step
            return None
        if f.words <= 5 and not below.endswith(_SENTENCE_ENDS) and self._label_listed(k):
            return None  # round 20: a section label the page lists in its menu or tag row
        key, dek = text.casefold(), below.casefold()
        echoed = False
        # a headline-shaped chosen line (no sentence end) can have the short line over
        # it sign the page off under the article's prose: that is a newsletter's or
        # column's name ("Le Courrier du Rucher" over the headline and in the footer)
        # (and a dek sentence of its own under it, or its byline or date row; CJK
        # headlines and deks both go without a stop, so the shape is read on spaced
        # scripts only)
        signs_off = (
            not below.endswith(_SENTENCE_ENDS)
            and not self.features[index].no_space_script
            and index + 1 < len(self.lines)
            and (
                (
                    self.lines[index + 1].text.endswith(_SENTENCE_ENDS)
                    and 8 <= self.features[index + 1].words <= 45
                )
                or (self.features[index + 1].byline and self.features[index + 1].words <= 8)
                or self._post_meta_row(index + 1)
            )
        )
        for j, line in enumerate(self.lines):
            if j in (k, index):
                continue
            other = line.text.casefold()
            if dek in other:
                return None  # the chosen line is printed again too: no evidence
            if signs_off and j > index and other == key and self._prose_between(index, j):
                continue
            if j > index and self.features[j].cue == "sign-up":
                continue  # round 19c: "Receba o Café com a Gazeta no seu e-mail" names the
                # newsletter over the edition's headline, never the headline
            if (
                key in other
                and len(other) - len(key) <= 60
                and not self.features[j].bullet
                and (abs(j - k) > 2 or other != key)  # a dump's stutter is no echo
                # a row of the metadata table ("Departement Bildung und Kultur" under a
                # kicker of the same words) repeats the department, not the headline
                and self.features[j].cue != "counter"
            ):
                echoed = True
        return k if echoed else None

    def _prose_between(self, start: int, end: int, need: int = 3) -> bool:
        # True when ``need`` prose lines (15 words or more) stand between two lines: the
        # article's body, so a line after them is printed at the page foot.
        found = 0
        for i in range(start + 1, end):
            if self.features[i].words >= 15:
                found += 1
                if found >= need:
                    return True
        return False

    def _quoted_later(self, index: int) -> bool:
        # True when line ``index`` is quoted inside a later, longer line of the page.
        #
        # Blogs and comment widgets name the post by its headline ("4 thoughts on
        # “…”", "Leave a reply to “…”", "Share “…”"); a tagline or dek is never named.
        key = self.lines[index].text.casefold()
        if len(key) < 20:
            return False
        return any(
            key in line.text.casefold() and len(line.text) > len(key)
            for line in self.lines[index + 1 :]
        )

    def _kicker_above(self, index: int) -> bool:
        # True when line ``index`` is a kicker or section label over the real headline.
        #
        # A kicker ("Wohnungsnot in Unistädten", "Экономика и бизнес") is a few words
        # without a sentence end; the headline under it is longer, written in
        # headline style (few stop words: "Ein Zimmer, 780 Euro, 40 Bewerber"), and not
        # a sentence, a byline, a date or a caption. A dek under a short headline is a
        # sentence, dense with stop words, and stays the dek.
        if index + 1 >= len(self.lines):
            return False
        f, g = self.features[index], self.features[index + 1]
        text, below = self.lines[index].text, self.lines[index + 1].text
        if f.words > 5 or f.ends_sentence or f.datelike:
            return False
        if f.no_space_script and f.chars > _HAN_KICKER_CHARS:
            return False  # "一颗激光雷达芯片的十年": a short headline; a label is a word or two
        if f.words == _SHORT_HEADLINE_WORDS and self._short_headline_over_dek(index, index + 1):
            return False  # round 19c: "Se va la bibliotecaria" over its long dek
        # "Opinion: Work", "Sport: Cricket": a section label and its topic; the long
        # line under it is the headline even when it reads like a sentence.
        # "Opinion | Letters", "News › Local": a section path, the same.
        label, colon, topic = text.partition(": ")
        labelled = (
            bool(colon) and label.strip() != "" and len(topic.split()) <= 2 and g.words >= 6
        ) or (section_path(text) and g.words >= 4)
        return (
            g.cue is None
            and not g.byline
            and not g.datelike
            and not g.ends_sentence
            and g.chars >= 1.2 * f.chars
            and (3 <= g.words <= 30 or g.no_space_script)
            and g.chars <= 200
            and (g.no_space_script or g.stop_ratio < 0.52 or labelled)
            and split_caption(below) is None
            and below.casefold() != text.casefold()
            and not self._opens_with_date(below)
        )

    def take_dek_over_teaser_rail(self, title_index: int, rails: set[int]) -> None:
        """Round 24 (enteaser), rule ``subtitle.over-teaser-rail`` (docs/reader.md)."""
        start = min((k for k in rails if k > title_index), default=None)
        if start is None:
            return
        end = start
        while end + 1 in rails:
            end += 1
        k = start - 1
        if k > title_index and self.features[k].cue == "related":
            k -= 1
        after = end + 1
        if k <= title_index or after >= len(self.lines) or self.used[k]:
            return
        f = self.features[k]
        if not (f.ends_sentence and _RAIL_DEK_WORDS[0] <= f.words <= _RAIL_DEK_WORDS[1]):
            return
        if f.cue is not None or f.byline or not self.features[after].ends_sentence:
            return
        for j in range(title_index + 1, k):
            g = self.features[j]
            if not self.used[j] and g.ends_sentence and g.words >= _RAIL_DEK_WORDS[0] * 2:
                return
        self.subtitle = _DEK_BULLET.sub("", self.lines[k].text)
        self.used[k] = True
        self.note("subtitle", self.lines[k], "subtitle.over-teaser-rail")

    def _crumb_named_headline(self, index: int) -> bool:
        # Round 24 (enteaser): a breadcrumb right above ends with line ``index``.
        text = self.lines[index].text.casefold()
        if len(text) < _WHOLE_COPY_CHARS:
            return False
        # A section label ("Theatre reviews", "Fundstück des Monats") also ends the crumb
        # trail, over the real headline: the crumb names the headline only over a long dek
        # (at least 90 characters and twice the line's length).
        below = len(self.lines[index + 1].text) if index + 1 < len(self.lines) else 0
        if below < max(90, 2 * len(text)):
            return False
        for j in range(max(0, index - 2), index):
            trail = self.lines[j].text.casefold()
            if (
                len(trail) > len(text)
                and trail.endswith(text)
                and trail[: len(trail) - len(text)].rstrip().endswith(_CRUMB_ENDS)
            ):
                return True
        return False

    def _headline_under_location_row(self, k: int) -> int | None:
        # Round 22 (scrapedf), rule ``title.under-location-row``: the line chosen as the
        # headline (by the decoder, or by the kicker rule under a section label) is the page's
        # location row ("您当前的位置 : 温州网政务频道 -> 平安温州 -->正文", "You are here: Home >
        # News", the language's ``location_labels``), so the headline is the line under it,
        # when that line is no cue, date, byline or sentence and 4 to 200 characters long.
        # Guard: one prefix test on the chosen line.
        if self.chrome is None or k + 1 >= len(self.lines):
            return None
        trail = None
        if not self.chrome.location_row(self.lines[k].text):
            # Round 25 (zhcrumb): the chosen line is the site's name over a menu printed
            # one item a line and the location row under it
            trail = self._location_row_under_menu(k)
            if trail is None or trail + 1 >= len(self.lines):
                return None
            k = trail
        g = self.features[k + 1]
        if g.cue is not None or g.datelike or g.byline or g.ends_sentence or g.bullet:
            return None
        if not 4 <= g.chars <= 200 or self._opens_with_date(self.lines[k + 1].text):
            return None
        if trail is not None:
            self.crumb_under_menu = trail
            if k + 2 < len(self.lines) and self._kicker_above(k + 1):
                return k + 2  # "工作动态": the trail's section printed again over the headline
        return k + 1

    def _location_row_under_menu(self, k: int) -> int | None:
        # Round 25 (zhcrumb), rule ``title.under-location-row``: a portal's page copied with
        # select-all prints its name ("枫林苑社区服务网"), then its menu one item a line ("首页"
        # / "社区公告" / …), then the location row ("当前位置：首页 > 社区公告 > 物业通知") over
        # the headline; the site's name was taken as the headline (the first line, or the
        # line under a skip link read as a kicker). The location row (the language's
        # ``location_labels``) within ``_CRUMB_MENU_REACH`` lines under the chosen line, only
        # menu items between (``_CRUMB_MENU_CHARS`` characters and four words at most, no
        # sentence end, date, byline or cue), gives its line; the caller takes the headline
        # under it with its own guard. The chosen line is a name: no sentence end, date or
        # byline, at most ``_CRUMB_SITE_CHARS`` characters. Guard: the chosen line's flags,
        # then each line's length before the location row's prefix test.
        lines, feats = self.lines, self.features
        f = feats[k]
        if f.ends_sentence or f.datelike or f.byline or f.chars > _CRUMB_SITE_CHARS:
            return None
        for j in range(k + 1, min(len(lines), k + 1 + _CRUMB_MENU_REACH)):
            text = lines[j].text
            if self.chrome.location_row(text):
                return j
            g = feats[j]
            if (
                g.chars > _CRUMB_MENU_CHARS
                or g.words > 4
                or g.ends_sentence
                or g.datelike
                or g.byline
                or g.cue is not None
            ):
                return None
        return None

    def _opens_with_date(self, text: str) -> bool:
        # The line opens with a whole date ("2026年03月03日 来源：…"): a date row that the
        # date test missed for what follows it, never a headline under a kicker.
        if not text[:1].isdigit() or self.chrome is None:
            return False
        return parse_date_line(text.split(maxsplit=1)[0], self.chrome.lang) is not None

    def _label_over_header(self, index: int) -> bool:
        # True when line ``index`` is a label over the headline the header hangs off
        # (round 15, rule ``title.under-label``).
        #
        # A series or section kicker ("Health Care Behind Bars", "KULTUR | Film") or the
        # issuing body's name ("Tanvik City Council") may be as long as a short headline
        # under it, so ``_kicker_above`` (which wants a longer headline) lets it pass. The
        # page's order decides instead: the dek, then the byline or date, hang off the
        # headline, so a short line, then a headline-shaped line, then a longer dek
        # sentence, then a byline or date line, is label, headline, dek, header.
        k = index + 1
        if k + 2 >= len(self.lines) or not self.features:
            return False
        f, g, d = self.features[index], self.features[k], self.features[k + 1]
        # (a label in title case reads as a bare name; a name over the headline is no
        # headline either)
        if f.ends_sentence or f.datelike or f.bullet or f.words > 5:
            return False
        if f.no_space_script and f.chars > _HAN_KICKER_CHARS:
            return False
        # the headline under the label: a line of its own, no sentence, menu, byline or date
        if g.cue is not None or g.byline or g.datelike or g.bullet or g.ends_sentence:
            return False
        if g.words > 20 or g.link_ratio >= 0.2 or split_caption(self.lines[k].text) is not None:
            return False
        if self.lines[k].text.casefold() == self.lines[index].text.casefold():
            return False
        # the dek: prose longer than the headline, itself no byline, date or widget
        if d.cue is not None or d.byline or d.bullet or d.chars < 1.5 * g.chars:
            return False
        if d.datelike and (d.words <= 12 or self._header_date(k + 1)):
            return False  # a date row, not a dek that names a date ("… from 6 July 2026")
        if not (d.ends_sentence or d.words >= 10 or (d.no_space_script and d.chars >= 20)):
            return False
        # then the byline or the date, right under the dek
        return any(
            self.features[j].byline or self._header_date(j)
            for j in range(k + 2, min(k + 4, len(self.lines)))
        )

    def _live_topic_above(self, index: int) -> bool:
        # True when line ``index`` is a live page's standfirst and the short line over it
        # the page's headline (round 15, rule ``title.live-topic``).
        #
        # A live page may print a headline of a word or two ("Storm Oriel") under its live
        # badge and over a standfirst of twenty words or more without a full stop; the
        # decoder takes the standfirst, which stands over the date. A headline of that
        # length is rare, and under a live label (``live_labels``) a short line over it is
        # the topic the live coverage is titled by, not a kicker.
        above = index - 1
        if above < 0 or not self.features:
            return False
        f, g = self.features[above], self.features[index]
        if g.ends_sentence or g.words < _LIVE_STANDFIRST_WORDS or g.no_space_script:
            return False
        # (a topic of two capitalised words, "Storm Oriel", has a name's shape: only a
        # signed byline, "By …", stops the rule)
        if f.cue is not None or f.datelike or f.bullet or f.ends_sentence:
            return False
        text = self.lines[above].text
        if not 1 <= f.words <= 6 or f.link_ratio >= 0.2 or text.isupper():
            return False
        if self.chrome is not None and self.chrome.byline_prefix(text):
            return False
        return any(
            self.features[j].cue == "live-label" for j in range(max(0, above - 3), above)
        )

    def _header_date(self, index: int) -> bool:
        # Line ``index`` is a date line of the header ("Nov. 18, 2026, 5 a.m. CST").
        if not self.features[index].datelike:
            return False
        lang = self.chrome.lang if self.chrome is not None else None
        return parse_date_line(self.lines[index].text, lang) is not None

    def take_bracketed_byline(self, placed: list[Placed]) -> None:
        """Rule ``byline.bracketed``: no byline in the header, but the reporters named in
        brackets in the first paragraph's dateline ("新华社南京3月12日电（记者 陈晓 李雪）…")
        or on a line of their own at the end ("（记者 周婷）")."""
        found: tuple[Line | int, Byline] | None = None
        first = next((p for p in placed if isinstance(p.block, Paragraph)), None)
        if first is not None and self.chrome is not None and isinstance(first.block, Paragraph):
            byline = bracketed_han_byline(first.block.text[:80], self.chrome.byline_prefixes)
            if byline is not None:
                found = (first.line, byline)
        if found is None and self.sign_off is not None:
            found = self.sign_off
        if found is None and self.chrome is not None:
            found = self._closing_bracket_byline(placed)
        if found is None:
            return
        line, byline = found
        for name, role in byline.people:
            self.authors.append({"name": name, "role": role, "bio": None})
            self.note(f"authors[{len(self.authors) - 1}]", line, "byline.bracketed")
        self.note("authors", line, "byline.bracketed")

    def take_glued_lead_byline(self, placed: list[Placed]) -> None:
        """Round 22 (leftb), rule ``byline.glued-lead``: no byline in the header, and the
        first paragraph opens with a byline prefix of the page's language set off by a dash,
        colon or slash, then the writer's name, then the story ("كتب- مروان الشيخ افتتحت …",
        "كتبت: Name - <prose>", "Por: Ana Gil – El ayuntamiento …"). The name is the author
        and is cut from the paragraph. Where the name is closed by " - " or ":" (two to four
        words), that closes it; with no closing mark, only in a script without capitals
        (Arabic), it runs two words, one more after each ``glued_byline_particles`` word.
        Guard: the paragraph's first 16 characters hold a dash, colon or slash; only then are
        the prefixes asked; the rest must be prose (≥ 60 characters, a sentence's end)."""
        assert self.chrome is not None
        first = next((p for p in placed if isinstance(p.block, Paragraph)), None)
        if first is None or not isinstance(first.block, Paragraph):
            return
        text = first.block.text
        if not any(mark in text[:16] for mark in _GLUED_LEAD_MARKS):
            if text[:1].islower():
                self._take_unmarked_lead_byline(first, text)
            return
        prefix = self.chrome.byline_prefix(text)
        if prefix is None:
            return
        after = text[len(prefix) :].lstrip()
        if prefix[-1:] not in _GLUED_LEAD_MARKS:
            if after[:1] not in _GLUED_LEAD_MARKS:
                return  # "كتب مروان …" with no mark: a sentence may open with the verb
            after = after[1:].lstrip()
        dashed = prefix[-1:] not in _GLUED_LEAD_MARKS and text[len(prefix) :].lstrip()[:1] != ":"
        found = _glued_lead_name(
            after, cues(self.chrome.lang).glued_byline_particles, dashed=dashed
        )
        if found is None:
            return
        name, rest = found
        if len(rest) < 60 or not rest.endswith(_SENTENCE_ENDS):
            return
        first.block = Paragraph(rest)
        self.authors.append({"name": name, "role": None, "bio": None})
        self.note("authors[0]", first.line, "byline.glued-lead")
        self.note("authors", first.line, "byline.glued-lead")

    def _take_unmarked_lead_byline(self, first: Placed, text: str) -> None:
        # Round 24 (scrapedm), rule ``byline.glued-lead-unmarked``: the byline's inline span
        # run into the first paragraph with no mark after the name ("di Paolo Gila Giornata
        # molto contrastata …", "por Lucía Berrocal La Bolsa cerró …", "by Jane Hale The
        # council …"). The paragraph opens with a lowercase byline prefix of the language (a
        # sentence opens with a capital), then a run of capitalised words, then a lowercase
        # one; the story's first word is the first stop word of the language from the run's
        # third word on ("La", "Il", "Der"), else, in a run of exactly three, the third word.
        # Guard: the paragraph's first character is lowercase (one ``str`` test) before the
        # prefix lookup; the rest must be prose (≥ 60 characters, a sentence's end).
        assert self.chrome is not None
        prefix = self.chrome.byline_prefix(text)
        if prefix is None or not prefix[-1:].isalpha():
            return
        after = text[len(prefix) :].lstrip()
        words = after.split(None, 7)
        run = 0
        while run < min(len(words), 6) and words[run][:1].isupper() and words[run].isalpha():
            run += 1
        if not 3 <= run < len(words) or not words[run][:1].islower():
            return
        common = stopwords(self.chrome.lang)
        start = next((k for k in range(2, min(run, 4)) if words[k].casefold() in common), None)
        if start is None and run != 3:
            return  # "di Anna Maria Rossi Bianchi …": where the name ends is not shown
        start = start or 2
        rest = after.split(None, start)[start]
        if len(rest) < 60 or not rest.endswith(_SENTENCE_ENDS):
            return
        first.block = Paragraph(rest)
        self.authors.append({"name": " ".join(words[:start]), "role": None, "bio": None})
        self.note("authors[0]", first.line, "byline.glued-lead-unmarked")
        self.note("authors", first.line, "byline.glued-lead-unmarked")

    def _closing_bracket_byline(self, placed: list[Placed]) -> tuple[int, Byline] | None:
        # Round 21: the reporters in brackets closing the story's last paragraph ("…服务方案。
        # (记者杨舒、袁于飞)", "…。（记者 林晓霞 宋佳）"): the bracket opens with a byline
        # prefix right after the last sentence. The paragraph keeps it (the text as printed).
        # Guard: the last paragraph ends with a closing bracket; the bracket holds ≤ 30
        # characters.
        assert self.chrome is not None
        last = next((p for p in reversed(placed) if isinstance(p.block, Paragraph)), None)
        if last is None or not isinstance(last.block, Paragraph):
            return None
        text = last.block.text.rstrip()
        if text[-1:] not in ")）":
            return None
        opening = max(text.rfind("("), text.rfind("（"))
        inner = text[opening + 1 : -1].strip()
        if opening <= 0 or not inner or len(inner) > 30 or text[opening - 1] not in "。！？.!?":
            return None
        prefixes = self.chrome.byline_prefixes
        if not inner.startswith(prefixes):
            inner = _slashed_writer_cell(inner, prefixes) or _outlet_reporter_cell(
                inner, prefixes
            )
            if inner is None:
                return None
        prefix = max((p for p in prefixes if inner.startswith(p)), key=len)
        names = inner[len(prefix) :].replace("、", " ").replace("，", " ").split()
        if 2 <= len(names) <= 4 and all(2 <= len(n) <= 4 and has_han(n) for n in names):
            # "记者杨舒、袁于飞": the list comma sets the reporters apart
            people = tuple((name, None) for name in names)
            return last.line, Byline(people, "byline.by-prefix")
        byline = han_byline(inner, prefixes)
        return (last.line, byline) if byline is not None else None

    def drop(self, index: int, reason: str) -> None:
        """Record that line ``index`` was dropped as page chrome, and why."""
        self.dropped.append((self.lines[index].number, reason))

    def _first_line_title(self) -> int:
        menu = False
        marked: int | None = None  # a dump's form or list line: only if nothing else is
        label = False
        credited = -1  # the line under a lead photo's lower-case credit (round 24)
        teaser_end = -1  # the last line of a teaser list's section/date row pairs (round 25)
        for index, line in enumerate(self.lines):
            self.used[index] = True
            text = line.text
            after_label, label = label, False
            if self.chrome is not None and self._masthead_label(text):
                # Round 22 (scrapedd): "رئيس التحرير" / "عصام كامل" over a portal's page:
                # the masthead's credit (a label of ``imprint_openers`` alone on its line,
                # the name under it), no headline
                label = True
                continue
            if (
                after_label
                and len(text) <= 40
                and (named := parse_byline(text)) is not None
                and named.rule == "byline.bare-name"
            ):
                continue
            if noise_rule(text) or block_marker(text) or _is_breadcrumb(text):
                continue
            if _BARE_DOMAIN.match(text.strip()) and index + 1 < len(self.lines):
                # "example.cn", "www.x-portal.ru" over the page: the site's address, never
                # its headline (round 15, title.first-line skips it)
                continue
            if dump_markup(text):
                marked = index if marked is None and any(ch.isalnum() for ch in text) else marked
                continue
            if _is_menu_row(text, after_menu=menu) or self._navigation_row(text):
                menu = True
                continue
            if self._skip_link(text):
                continue
            menu = False
            if self.chrome is not None and self.chrome.account_row(text):
                # "Sign Up | Sign In", "Log In or Sign Up": a masthead's account row
                # (its buttons and nothing else) is no headline.
                continue
            if self.chrome is not None and self.chrome.location_row(text):
                continue  # "您当前的位置：…>>…": the page's location (round 21)
            if (
                self.chrome is not None
                and len(text) <= 40
                and any(ch.isdigit() for ch in text)
                and self.chrome.kind(text) == "counter"
            ):
                # Round 22 (scrapedd): "Примерное время чтения: 2 минуты" over the page: a
                # reading time or a gallery's counter, no headline
                continue
            if self.chrome is not None and self._bare_meta_line(text):
                continue  # "01-11-2016 04:40 PM", "بقلم :" over the story (round 21)
            if index <= teaser_end:
                continue  # a teaser's headline between two section/date rows (round 25)
            if self.chrome is not None and self._section_date_row(index):
                if self._section_date_teasers(index):
                    teaser_end = index + 1
                continue  # "Politik | 12. März 2027 | Lesezeit 3 Min." (round 25)
            if self.chrome is not None and self._label_or_yearless_date_over(index):
                continue  # "PRESS RELEASE", "August 9" over the headline (round 22)
            if self.chrome is not None and self._prefixed_byline_over_headline(index):
                continue  # "Von: Name" over a short headline (round 23, scrapedk)
            if self.chrome is not None and self._reading_time_with_tail(text):
                continue  # "4 min read Generated by AI" over the headline (round 23)
            if self.features is not None and self.features[index].cue == "script-notice":
                # round 24 (scrapedn): "For the best view use Chrome, Firefox or Edge.",
                # "為達最佳瀏覽效果,建議使用 … 的瀏覽器。" over the page: a browser notice
                continue
            if (
                self._lone_section_label(index)  # "nieuws", "La recensione"
                or self._linked_menu_row(index)  # lynx's "[2]Home [3]Region [4]Sport"
                or self._button_phrase(index)  # "Aller au contenu", "S'abonner"
            ):
                # round 23 (leftf): page chrome over the headline, listed as dropped
                self.drop(index, "above the headline: " + chrome_reason(self.features[index]))
                continue
            if text[:1].islower() and self._lowercase_photo_credit(index):
                self.used[index] = False  # the body reads it as the lead photo's credit
                credited = index + 1
                continue  # "foto Ansa", "photo: AFP" over the story (round 24, headjoin)
            if index == credited and self.features and self.features[index].stamp:
                continue  # "19:28" under it: the entry's time, no headline either
            if self._credited_caption_over_prose(index):
                self.used[index] = False  # the body reads it as the lead photo's caption
                continue  # "UFAPE. Foto: Divulgação" over the story (round 22)
            if self.chrome is not None and self.chrome.edition_row(text):
                # "第02版:要闻", "上一版 下一版" over an e-paper's story: the page's
                # furniture, no headline (round 21)
                continue
            if index in self.under_home_link:
                # html2text's "# [Site](/)" over "## [Headline](/post/)": the home link is
                # the site's name, its tagline under it no headline either (round 19)
                headline = self.under_home_link[index]
                for k in range(index, headline):
                    self.used[k] = True
                return headline
            if any(ch.isalnum() for ch in text) and not self._over_navigation(index):
                return index
        if marked is not None:
            for index in range(marked + 1, len(self.lines)):
                self.used[index] = False
            return marked
        raise SourceNotUnderstood(f"{self.label}: no headline found (the text is only page chrome)")

    def _lone_section_label(self, index: int) -> bool:
        # Round 23 (leftf): the first line is only the name of the page's section, one of
        # the language's (or English) ``section_words``, alone or after one short stop word
        # ("nieuws", "Kultur", "La recensione", "Notícias"): the section's label over the
        # story, never its headline, even where the zone decoder found no better line.
        # Guard: 30 characters and two words at most, and a line under it, before the word
        # lists are looked at.
        text = self.lines[index].text
        if len(text) > 30 or self.chrome is None or index + 1 >= len(self.lines):
            return False
        words = text.strip(" *_#:：|").casefold().split()
        if len(words) == 2 and len(words[0]) <= 3 and words[0] in stopwords(self.chrome.lang):
            words = words[1:]
        if len(words) != 1:
            return False
        word = words[0]
        return word in cues(self.chrome.lang).section_words or word in cues("en").section_words

    def _linked_menu_row(self, index: int) -> bool:
        # Round 23 (leftf): a dump's row of links and nothing else ("[2]Home [3]Region
        # [4]Sport [5]Culture", "[Home](/) [Politik](/politik) [Kultur](/kultur)") whose words
        # are, at least half of them and two or more, the language's (or English)
        # ``section_words`` or ``navigation_words``: the site's menu, never its headline, when
        # the headline under it is too short for the zone decoder to prefer it. Guard: only a
        # line the markup reader flagged as a link row, 3-12 words, before any list is read.
        line = self.lines[index]
        if not line.link_row or self.chrome is None:
            return False
        words = line.text.casefold().split()
        if not 3 <= len(words) <= 12:
            return False
        lang = self.chrome.lang
        sections = (cues(lang).section_words, cues("en").section_words)
        navigation = self.chrome.navigation
        hits = sum(1 for w in words if w in navigation or any(w in s for s in sections))
        return hits >= 2 and hits * 2 >= len(words)

    def _button_phrase(self, index: int) -> bool:
        # Round 23 (leftf): a skip link or a masthead's button in the page's language alone
        # on its line ("Aller au contenu", "Zum Inhalt springen", "S'abonner", "Teilen"),
        # whose line cue (``navigation``, ``share``, ``comments``, ``sign-up``) the features
        # read from the data files: never the headline, as ``noise_rule`` already says of the
        # English ones ("Skip to content", "Subscribe"). Guard: four words at most and a line
        # under it; the cue is read already.
        f = self.features[index]
        return (
            f.cue in _BUTTON_CUES and f.words <= _BUTTON_WORDS and index + 1 < len(self.lines)
        )

    def _masthead_label(self, text: str) -> bool:
        # A masthead's credit label alone on its line ("رئيس التحرير", "Chefredakteur:",
        # "Головний редактор"): one of the language's ``imprint_openers``, 40 characters at
        # most (round 22, scrapedd).
        if len(text) > 40 or self.chrome is None or not self.chrome.imprint_openers:
            return False
        return fold(text).strip(" :：") in self.chrome.imprint_openers

    def take_post_author(self, title_index: int) -> None:
        """Rule ``byline.post-stamp`` (round 21): a forum thread's first post prints its
        poster's name on a line of its own between the thread's title and the post's stamp
        ("北纬四十一度" / "版主" / "积分…" / "楼主 发表于 2026-11-29 21:47", "ann_k" /
        "Member" / "#1 Posted on 2 May 2026"): the first name-like line under the title is
        the author (the rank and stats come after it). Guard: only when the published date
        came from a post stamp (a floor word — "楼主", "#1" — a publication label, a date) at
        most eight lines under the title; "Veröffentlicht am …" alone is a page's date."""
        found = self.provenance.get("published")
        if self.chrome is None or found is None or found.line is None:
            return
        stamp = next(
            (k for k in range(title_index + 1, min(title_index + 9, len(self.lines)))
             if self.lines[k].number == found.line),
            None,
        )
        if stamp is None:
            return
        text, lang = self.lines[stamp].text, self.chrome.lang
        labels = {
            label
            for label in (*cues(lang).published_labels, *cues("en").published_labels)
            if (len(label.rstrip(":：")) >= 2 and not label.rstrip(":：").isascii())
            or len(label.split()) >= 2
        }
        key = fold(text)
        if not any(
            _post_stamp(text, label, lang) and key.find(label) > 0  # a floor word first
            for label in labels
            if label in key
        ):
            return
        for k in range(title_index + 1, stamp):
            name = self.lines[k].text.strip()
            if _poster_name(name) and self.chrome.kind(name) is None:
                self.authors.append({"name": name, "role": None, "bio": None})
                self.note("authors[0]", self.lines[k], "byline.post-stamp")
                self.note("authors", self.lines[k], "byline.post-stamp")
                self.used[k] = True
                return

    def _short_headline_under_bare_date(self, first: int) -> bool:
        # Round 22 (tallya), rule ``title.under-bare-date``: a town hall's or a blog's
        # post prints its date alone on the first line ("lundi 12 octobre 2020"), then a
        # short headline ("Réunion de Conseil"), then its prose. The first line under the
        # date is the headline, not the prose under it, which the decoder took (a long line
        # with no full stop scores as a headline). Guard: only when the decoder's line is the
        # one right under the first line; the line above the first line is a bare full date
        # (no label); the first line holds 2-12 words, ends no sentence and carries no cue,
        # byline prefix or date (a short title, "Réunion de Conseil", may look like a name);
        # the line under it is prose: a sentence of 12 words or more, or 20 words or more.
        if self.chrome is None or first < 1 or first + 1 >= len(self.lines):
            return False
        feats = self.features
        head, prose = feats[first], feats[first + 1]
        if (
            not 2 <= head.words <= 12
            or head.ends_sentence
            or head.cue is not None
            or head.datelike
            or self.chrome.byline_prefix(self.lines[first].text) is not None
            or prose.words < 12
            or not (prose.ends_sentence or prose.words >= 20)
        ):
            return False
        above = self.lines[first - 1].text.strip()
        if len(above) > 40 or not any(ch.isdigit() for ch in above):
            return False
        found = parse_date_line(above, self.chrome.lang)
        return found is not None and found.value is not None and not found.labelled

    def _lowercase_photo_credit(self, index: int) -> bool:
        # Round 24 (headjoin): the first line is a lead photo's credit under a photo label
        # printed in lower case ("foto Ansa", "foto: Studio Lenti", "photo: AFP"): no
        # headline; ``title.first-line`` passes over it and the body reads it as a figure.
        # Guard: the line opens in lower case (tested by the caller), is 40 characters at
        # most with a line under it, and opens with one of the page's photo labels
        # (``photo_labels``, case-insensitively); the caption parser then reads it as a credit
        # alone, of four words at most, capitalised or a known agency.
        text = self.lines[index].text
        if len(text) > 40 or index + 1 >= len(self.lines) or not opens_with_photo_label(text):
            return False
        parts = split_caption(text)
        if parts is None or parts.caption or not parts.credit:
            return False
        credit = parts.credit
        return len(credit.split()) <= 4 and (credit[:1].isupper() or known_agency(credit))

    def _credited_caption_over_prose(self, index: int) -> bool:
        # Round 22 (tallya): a lead photo's caption with its labelled credit on the first
        # line of a page that prints no headline ("UFAPE. Foto: Divulgação", "The mayor at
        # the opening. Photo: Town Hall") is no headline: ``title.first-line`` passes over
        # it and leaves it to the body's caption rules. Guard: lines of 200 characters at
        # most with a colon, split by the credit-label rule, the caption a sentence (its
        # full stop) or eight words or more, a sentence of prose (12 words or more) under
        # them.
        text = self.lines[index].text
        if len(text) > 200 or index + 1 >= len(self.lines) or ": " not in text:
            return False
        if self.features and not (
            self.features[index + 1].words >= 12 and self.features[index + 1].ends_sentence
        ):
            return False
        parts = split_caption(text)
        if parts is None or parts.rule != "figure.credit-label" or not parts.caption:
            return False
        # a caption's sentence ("UFAPE.") or a long one (a headline glued to a credit is
        # short, and rare)
        return parts.caption.rstrip()[-1:] in ".!?" or len(parts.caption.split()) >= 8

    def _prefixed_byline_over_headline(self, index: int) -> bool:
        # Round 23 (scrapedk): the page opens with the writer's prefixed byline ("Von:
        # Ralf Meier", "Por: Helena Faria", "By Jane Roe"), and a short headline stands under
        # it ("Diesmal hat es geklappt!"): a byline is never the headline. ``title.first-line``
        # passes over it, and ``byline.above-headline`` reads it as the byline over the
        # headline. Guard: a line of at most 60 characters opening with a byline prefix of
        # the page's language (one test in C first); it is then classified, and must hold a
        # "By"-prefixed byline and nothing but date furniture beside it; the line under it
        # holds 2-20 words, at most 150 characters, and opens with no byline prefix.
        assert self.chrome is not None
        lines = self.lines
        text = lines[index].text
        if len(text) > 60 or index + 2 >= len(lines) or self.chrome.byline_prefix(text) is None:
            return False
        below = lines[index + 1].text
        if (
            not 2 <= len(below.split()) <= 20
            or len(below) > 150
            or self.chrome.byline_prefix(below) is not None
        ):
            return False
        entries = classify_line(index, lines[index], None, self.chrome)
        found = [e for e in entries if e.kind == "byline" and e.byline is not None]
        return (
            bool(found)
            and found[0].byline.rule == "byline.by-prefix"
            and all(e.kind in _DATE_FURNITURE or e.kind == "byline" for e in entries)
        )

    def _reading_time_with_tail(self, text: str) -> bool:
        # Round 23 (scrapedk): a reading time opening the page with a short label glued
        # after it and no separator ("4 min read Generated by AI", "5 min leestijd Premium"):
        # the header's furniture, no headline (a reading time alone, or parts joined by " · ",
        # are ``counter`` chrome already). ``title.first-line`` passes over it. Guard: a line
        # of at most 60 characters with a digit in its first two words and no sentence end;
        # its first three or four words must be a reading time of the page's language
        # (``reading_time``: a unit alone, "10 minutes", may open a headline), and at most
        # five words follow them.
        assert self.chrome is not None
        words = text.split()
        if (
            len(text) > 60
            or len(words) < 3
            or not any(ch.isdigit() for ch in "".join(words[:2]))
            or text.rstrip().endswith((".", "!", "?"))
        ):
            return False
        for n in (3, 4):  # (a bare "10 minutes" may open a headline: "10 minutes that …")
            if n < len(words) <= n + 5 and self.chrome.reading_time(" ".join(words[:n])):
                return True
        return False

    def _label_or_yearless_date_over(self, index: int) -> bool:
        # Round 22 (tallya): a line at the top of the text that is no headline although
        # nothing else stands above it: a press release's document label, the whole line
        # (``document_labels``: "PRESS RELEASE", "Pressemitteilung", "NOTA DE PRENSA",
        # "بيان صحفي"), a date label whose date the scraper left out ("Aktualisiert am") or a
        # bare date without a year ("August 9", "Montag, 9. August", "12 نوفمبر": a month
        # printed as a word and a day, nothing else). ``title.first-line``
        # passes over it. Guard: short lines with a line of text under them; a one-word
        # label ("Comunicado", "Komunikat": a post may be titled so) only over a short line
        # that ends no sentence (its headline); the date is parsed only for lines of at most
        # five words with a digit and no year.
        assert self.chrome is not None
        text = self.lines[index].text.strip()
        if len(text) > 40 or index + 1 >= len(self.lines):
            return False
        if is_empty_date_label(text, self.chrome.lang):
            return True  # "Aktualisiert am", "Updated:": the scraper left the date out
        if any(ch.isdigit() for ch in text):
            if len(text.split()) > 5 or has_year(text):
                return False
            reading = read_date(f"{text} 2000", self.chrome.lang)
            return reading is not None and reading.rule == "date.names"
        key = text.casefold().strip(" .:：*#[]()-–—|")
        if not key:
            return False
        labels = cues(self.chrome.lang).document_labels + cues("en").document_labels
        if key not in labels:
            return False
        if " " in key or "-" in key or len(key) >= 11 or "\u4e00" <= key[0] <= "\u9fff":
            return True  # "press release", "пресс-релиз", "persbericht", "新闻稿"
        below = self.lines[index + 1].text.strip()
        return len(below.split()) <= 15 and below[-1:] not in ".!?。"

    def _bare_meta_line(self, text: str) -> bool:
        # Round 21: a line of the page's meta that is no headline when it opens the text:
        # an ad label ("Reklama", ``ad_words``), a whole date line and nothing else
        # ("01-11-2016 04:40 PM", "12 березня 2025") or a byline label with no name after it
        # ("بقلم :", "Автор:"). Guard: short lines with a
        # digit (the date) or a colon at the end (the label) only are parsed.
        assert self.chrome is not None
        if len(text) > 40:
            return False
        if text.casefold().strip(" .:：*[]()") in self.chrome.ads:
            return True  # "Reklama", "Реклама", "Advertisement" over the headline
        if text.rstrip()[-1:] in ":：":
            prefix = self.chrome.byline_prefix(text)
            return prefix is not None and not text[len(prefix) :].strip(" :：")
        if not any(ch.isdigit() for ch in text):
            return False
        found = parse_date_line(text, self.chrome.lang)
        return found is not None and found.value is not None

    def _section_date_row(self, index: int) -> bool:
        # Round 25 (dateforms): a kicker or section label with the article's date on the
        # same line, set apart by a separator ("BELFÖLD · 2027. március 4.", "Politik |
        # 12. März 2027 | Lesezeit 3 Min.", "KRAJ | 11.03.2027, 09:40") over the headline:
        # header furniture (labels and one full date), never the headline, even where the
        # line ends in a dot and the zone decoder takes it for a sentence. The date itself
        # is read by ``date.above-headline``. Guard: 80 characters at most, a digit, one
        # of the separators " · ", " | ", " - ", " – ", " • ", a printed year and a line
        # under it, before the header classifier reads the line.
        text = self.lines[index].text
        if (
            len(text) > 80
            or index + 1 >= len(self.lines)
            or not any(ch.isdigit() for ch in text)
            or not any(mark in text for mark in _SECTION_DATE_MARKS)
            or not has_year(text)
            or _long_label_cell(text)
        ):
            return False
        assert self.chrome is not None
        return _dated_furniture(self.lines, index, self.chrome)

    def _section_date_teasers(self, index: int) -> bool:
        # Round 25 (dateforms): a section/date row (``_section_date_row``) whose line two
        # below is another one, unlabelled ("Sport · 2 mrt 2027" / "Veerdienst vaart weer" /
        # "Regio · 1 mrt 2027" / …): a teaser list over the article, each row over its
        # teaser's headline; the line between them is no headline either, and the header
        # under it reads no date of the teasers. Guard: only after ``_section_date_row``
        # held; a labelled row two below ("Bijgewerkt · 5 mrt 2027" under the headline) is
        # the article's own header, not a teaser's.
        below = index + 2
        if below + 1 >= len(self.lines) or len(self.lines[index + 1].text) > 160:
            return False
        text = self.lines[below].text
        assert self.chrome is not None
        return not opens_with_date_label(text, self.chrome.lang) and self._section_date_row(
            below
        )

    def take_labelled_dek(self, after: int) -> None:
        """Rule ``subtitle.labelled-summary``: the first text line under the header that
        opens with a summary label of the page's language and carries the summary on the
        same line ("【导读】…", "摘要：…", "Zusammenfassung: …", "Summary | …") is the dek,
        its label dropped. Only reading-time rows, widgets and short labels may stand
        between the header and it; the article's prose must follow it."""
        if self.chrome is None or not self.features:
            return
        labels = frozenset(cues(self.chrome.lang).summary_labels + cues("en").summary_labels)
        k, skipped = after + 1, 0
        while k < len(self.lines) and skipped <= 3:
            text = self.lines[k].text
            if not (
                self.used[k]
                or self.features[k].cue is not None
                or self.chrome.reading_time(text)
                or (len(text) <= 25 and not self.features[k].ends_sentence)
            ):
                break
            k, skipped = k + 1, skipped + 1
        if k + 1 >= len(self.lines) or skipped > 3 or self.features[k].bullet:
            return
        rest = _labelled_summary(self.lines[k].text, labels)
        if rest is None:
            return
        han = has_han(rest)
        if not ((han and 15 <= len(rest) <= 300) or (not han and 6 <= len(rest.split()) <= 80)):
            return
        # the article goes on below: a sentence of prose within the next lines
        if not any(g.ends_sentence for g in self.features[k + 1 : k + 6]):
            return
        self.used[k] = True
        self.subtitle = rest
        self.note("subtitle", self.lines[k], "subtitle.labelled-summary")

    def take_name_under_dek(self) -> None:
        """Round 21 (scrapeda), rule ``byline.under-dek``: regional papers print the
        writer's bare name on a line of its own between the dek and the first paragraph
        (headline / dek / "Marta Quiroga" / prose). The header's reading stops at the dek
        (prose), and the dek is taken after it, so the name was kept as the first
        paragraph or read as a subhead. With no author yet, the first unused line under
        the dek that is a bare-name byline of one to three people (no cue, no link, no
        sentence end, 60 characters at most), over a paragraph of prose (a sentence end,
        twelve words or more), is the byline. Guard: only when a dek was taken and no
        author was; one line looked at."""
        dek = self.provenance.get("subtitle")
        if dek is None or not self.features:
            return
        k = next((i for i, line in enumerate(self.lines) if line.number == dek.line), None)
        if k is None:
            return
        start = k
        k += 1
        while k < len(self.lines) and self.used[k] and k - start <= 3:
            k += 1  # the dek's wrapped lines
        if k + 1 >= len(self.lines) or self.used[k] or self.used[k + 1]:
            return
        text, f = self.lines[k].text, self.features[k]
        if len(text) > 60 or f.cue is not None or f.ends_sentence or f.link_ratio > 0:
            return
        g = self.features[k + 1]
        if not g.ends_sentence or len(self.lines[k + 1].text.split()) < 12:
            return
        byline = parse_byline(text)
        if byline is None or byline.rule != "byline.bare-name" or len(byline.people) > 3:
            return
        self.used[k] = True
        for name, role in byline.people:
            self.authors.append({"name": name, "role": role, "bio": None})
            self.note(f"authors[{len(self.authors) - 1}]", self.lines[k], "byline.under-dek")
        self.note("authors", self.lines[k], "byline.under-dek")

    def take_name_under_headline(self, title_index: int, chrome: ChromeCues) -> None:
        """Round 22 (scrapedd), rule ``byline.under-headline``: portals print the writer's
        bare name on a line of its own right under the headline, with no label, no date
        and no dek ("headline" / "headline" again / "ريم الشناوي" / prose; "headline" /
        "Оксана Дрозд" / "Поділитися" / prose). The header's reading found no byline
        there, and the name was dropped as a header widget or kept as a paragraph. With no
        author and no dek yet, the first line under the headline that is still free (the
        headline's copy and header furniture passed, three lines at most) is the byline
        when ``parse_byline`` reads it as one bare name (two to four words, 40 characters
        at most, no figure, no cue, no link, no sentence end; in a script without capitals,
        no stop word), the header shows furniture beside it (the headline printed twice,
        or a share or counter widget next to the name), and prose follows it (the next
        free line, past widgets, ends a sentence with twelve words or more). Guard: only
        those lines; one line looked at; flagged unsure (a place's name has the same
        shape)."""
        if self.authors or self.subtitle is not None or not self.features:
            return
        lines, features = self.lines, self.features
        k = title_index + 1
        while k < len(lines) and k - title_index <= 3 and self.used[k]:
            k += 1
        if k + 1 >= len(lines) or k - title_index > 3 or self.used[k]:
            return
        text, f = lines[k].text, features[k]
        if (
            len(text) > 40
            or not 2 <= len(text.split()) <= 4
            or f.cue is not None
            or f.ends_sentence
            or f.link_ratio > 0
            or f.bullet
            or any(ch.isdigit() for ch in text)
        ):
            return
        byline = parse_byline(text)
        if byline is None or byline.rule != "byline.bare-name" or len(byline.people) != 1:
            return
        if uncased_name_phrase(text, chrome):
            return
        title = fold(lines[title_index].text)
        twice = any(
            fold(lines[j].text) == title
            for j in range(max(0, title_index - 3), min(len(lines), k + 1))
            if j != title_index
        )
        widget = any(
            features[j].cue in ("share", "noise.share", "counter")
            for j in (k - 1, k + 1, k + 2)
            if title_index < j < len(lines)
        )
        if not (twice or widget):
            return
        j = k + 1
        while j < len(lines) and j - k <= 3 and (self.used[j] or features[j].cue in WIDGET_CUES):
            j += 1
        if j >= len(lines) or j - k > 3:
            return
        if not features[j].ends_sentence or len(lines[j].text.split()) < 12:
            return
        self.used[k] = True
        self.authors.append({"name": byline.people[0][0], "role": None, "bio": None})
        self.note("authors[0]", lines[k], "byline.under-headline")
        self.note("authors", lines[k], "byline.under-headline")

    def take_place_byline_under_headline(self, title_index: int) -> None:
        """Round 23 (scrapedj), rule ``byline.place-under-headline``: the Arabic dateline
        byline on a line of its own right under the headline, "دمياط - هالة المنياوي" or
        "رام الله - وفا" (:func:`place_dash_byline`), with no date in the header: the
        header counts such a name only next to a date, so the line was read as the dek.
        The city-dash-writer pair is the byline wherever it stands over the story. With no
        author and no dek yet, the first free line under the headline (three lines at most)
        is looked at; prose must follow it (the next free line ends a sentence with twelve
        words or more). Guard: one line, ≤ 60 characters with a spaced dash, before the
        name parser."""
        if self.authors or self.subtitle is not None or not self.features or self.chrome is None:
            return
        lines, features = self.lines, self.features
        k = title_index + 1
        while k < len(lines) and k - title_index <= 3 and (
            self.used[k]
            # Round 25 (scrapedp): the lead photo's caption printed twice over it
            or (k + 1 < len(lines) and lines[k].text == lines[k + 1].text)
            or lines[k].text == lines[k - 1].text
        ):
            k += 1
        if k + 1 >= len(lines) or k - title_index > 3 or self.used[k]:
            return
        byline = place_dash_byline(lines[k].text, self.chrome)
        if byline is None:
            return
        j = k + 1
        while j < len(lines) and j - k <= 3 and self.used[j]:
            j += 1
        if j >= len(lines) or not features[j].ends_sentence or len(lines[j].text.split()) < 12:
            return
        self.used[k] = True
        self.authors.append({"name": byline.people[0][0], "role": None, "bio": None})
        self.note("authors[0]", lines[k], "byline.place-under-headline")
        self.note("authors", lines[k], "byline.place-under-headline")

    def take_newsroom_over_headline(self, title_index: int) -> None:
        """Round 24 (orgbyl), rule ``byline.newsroom-over-headline``: the newsroom's
        signature on a line of its own right over the headline ("Redacción", "La
        Redazione", "Redakcja", "编辑部", "Por Redacción Regional"), when the header under
        the headline names no writer: the page printed its author block first, and the
        line was dropped with the chrome above the headline. The same line under the
        headline is the byline (``byline.newsroom``). Guards: no author yet; the line is
        the one right over the headline, free, standing alone (a blank line before it and
        before the headline), no bullet or link row (a menu's item), not the last of three
        short lines in a row (a menu's column, "Inicio" / "Deportes" / "Redacción"), at most 60
        characters and holding a ``newsroom_bylines`` word (set lookups) before the header's
        own reading of it (:func:`newsroom_line`)."""
        if self.authors or title_index < 1 or self.chrome is None or not self.chrome.newsrooms:
            return
        k = title_index - 1
        line = self.lines[k]
        text = line.text
        if (
            len(text) > 60
            or line.link_row
            or not line.blank_before
            or not self.lines[title_index].blank_before
            or text[:1] in "*•·▪-[|"
        ):
            return
        if k >= 2 and all(len(self.lines[j].text.split()) <= 3 for j in (k - 1, k - 2)):
            return  # a menu's items one a line ("Inicio" / "Deportes" / "Redacción")
        newsrooms = self.chrome.newsrooms
        folded = text.casefold()
        if folded not in newsrooms and not any(word in newsrooms for word in folded.split()):
            return
        name = newsroom_line(text, self.chrome)
        if name is None:
            return
        self.used[k] = True
        self.authors.append({"name": name, "role": None, "bio": None})
        self.note("authors[0]", line, "byline.newsroom-over-headline")
        self.note("authors", line, "byline.newsroom-over-headline")

    def take_office_under_headline(self, title_index: int) -> None:
        """Round 24 (zhsite), rule ``byline.office-under-headline``: a press office's word
        alone on the line right under the headline, over the story's date line
        ("Пресс-служба" / "14 февраля 2027", "Ufficio stampa" / "12 marzo 2027"): the
        office signs the item (an organisation byline, LABELS.md 4). Alone elsewhere the
        word is a section label or a release's sign-off (``press_office_byline`` wants the
        organisation's name after it). Guards, cheapest first: no author yet; the line
        stands alone (blank lines around it), holds at most 40 characters and no
        figure, no bullet; its folded text is one of the language's ``press_offices``
        (one tuple lookup); the next line is a date line (``parse_date_line``)."""
        k = title_index + 1
        lines = self.lines
        if self.authors or self.chrome is None or k + 1 >= len(lines):
            return  # (the line may be used: the header's furniture or a sign-off)
        line = lines[k]
        text = line.text.strip()
        if len(text) > 40 or not line.blank_before or not lines[k + 1].blank_before:
            return
        if text[:1] in "*•·▪-[|" or line.link_row:
            return
        if text.casefold() not in self.chrome.press_offices:
            return
        dated = parse_date_line(lines[k + 1].text, self.chrome.lang)
        if dated is None or dated.value is None:
            return
        self.used[k] = True
        self.authors.append({"name": text, "role": None, "bio": None})
        self.note("authors[0]", line, "byline.office-under-headline")
        self.note("authors", line, "byline.office-under-headline")

    def take_bare_dek(self, title_index: int) -> None:
        """Rule ``subtitle.under-headline``: with no byline or date under the headline (the
        date stands above it, or the page prints none), the dek is the phrase right under
        the headline: four to thirty words without a sentence end, a blank line after it,
        and the article's prose further down ("Кошти отримають 186 закладів освіти в шести
        областях"). A first paragraph ends its sentence."""
        k = title_index + 1
        # Round 19 (sitename): a share or listen-on row printed between the byline and
        # date and a late dek ("Partager" / "Facebook" …, "Escuchar en: Spotify | …") is
        # skipped as a blank line would be.
        while (
            k < len(self.lines)
            and k - title_index <= _WIDGETS_OVER_DEK
            and self.used[k]
            and self.features
            and self.features[k].cue in _SHARE_KINDS
        ):
            k += 1
        if k + 1 >= len(self.lines) or self.used[k] or not self.features:
            return
        line, f = self.lines[k], self.features[k]
        if line.text[:2] in {"1.", "1．"} and han_affiliations_row(line.text):
            # Round 23 (lefte): "1.某大学护理学院,吉林 130117;2.某医院" under a journal
            # mirror's writers: their affiliations, no dek and no paragraph
            self.used[k] = True
            self.drop(k, "affiliations row")
            return
        if f.cue is not None or f.bullet or f.byline or f.link_ratio > 0.2:
            return
        if self.chrome is not None and self.chrome.correction_note(line.text):
            return  # Round 25 (tailnotes): "Correction: An earlier version …": body, no dek
        if f.datelike and not self._phrase_with_year(k):
            return
        # A hard-wrapped page (lynx) prints the dek over two or three lines.
        end = k
        width = (wrap_width(self.lines) or 0) if self.hard_wrapped else 0
        while (
            end + 1 < len(self.lines)
            and end - k < 2
            and len(self.lines[end].text) >= 50
            and not self.lines[end].text.endswith((".", "!", "?", ":", "。"))
            and not self.lines[end + 1].blank_before
            and not self.used[end + 1]
            # the sentence goes on in lower case ("… на российской" / "лунной станции …"),
            # or after a line the wrap filled: a German noun goes on in capitals
            # ("… ohne Smartphone können" / "Nachweise weiter …")
            and (
                self.lines[end + 1].text[:1].islower()
                or _broken_at_width(self.lines[end].text, self.lines[end + 1].text, width)
            )
        ):
            end += 1
        text = " ".join(self.lines[j].text for j in range(k, end + 1))
        words = len(text.split())
        if not (4 <= words <= 30 or (f.no_space_script and 8 <= len(text) <= 80)):
            return
        if end + 1 >= len(self.lines):
            return
        sentence = text.endswith((".", "!", "?", "…", ":", ";", ",", "。", "！", "？", "："))
        lead = sentence and self._lead_over_furniture(k, end, text)
        if sentence and not lead and not self._dek_glued_to_headline(title_index, k, end, text):
            if self._dek_over_longer_lead(k, end, text, title_index):
                # Round 23 (dekrow): one or two sentences right under the headline over a
                # paragraph twice as long
                self.used[k] = True
                self.subtitle = text
                self.note("subtitle", line, "subtitle.dek-over-longer-lead")
            return
        if (
            not lead  # the widget or caption under it sets it apart as a blank line does
            and not self.lines[end + 1].blank_before
            and not (end > k and 2 * len(self.lines[end].text) < len(self.lines[k].text))
            # a copy without blank lines: the share row under the dek sets it apart
            and self.features[end + 1].cue not in _SHARE_KINDS
            and not self._cjk_phrase_over_prose(k, end, text)
            and not (k == title_index + 1 and self._phrase_over_prose(k, end, text))
        ):
            return  # no blank line after it, unless its wrapped last line ends it short
        if split_caption(text) is not None:
            return
        if text[-1:].isupper() and lone_code_credit(text) is not None:
            return  # "… durante la evacuación. GREIM": the lead photo's caption and credit
        credit = split_caption(self.lines[end + 1].text)
        if credit is not None and not credit.caption and self.features[end + 1].cue is None:
            return  # a caption over its credit line ("Image source, Network Rail")
        if credit is not None and credit.caption and _same_caption(credit.caption, text):
            # "Het gerechtsgebouw in Zwolle." over "Het gerechtsgebouw in Zwolle. FOTO NAME":
            # the image's alt text over its caption, the lead photo's, no dek
            return
        # A hard-wrapped page ends a sentence every few lines, and the lead photo's lines
        # (counter, alt text, caption, credit) may stand between the dek and the prose.
        reach = 12 if self.hard_wrapped else 8
        # Round 20 (kicker): a tool row copied one button a line ("Text size" / "A-" /
        # "A+" / "Print" / "Share") stands in the reach as one line would.
        reach += sum(
            1 for g in self.features[end + 1 : end + reach] if g.cue in _SHARE_KINDS or g.chars <= 2
        )
        below = self.features[end + 1 : end + reach]
        # Round 19b (header2): a CJK sentence says in 40 characters what a spaced one says
        # in 100 ("4月17日上午，…通过验收。"); the dek over it (after "来源：… 作者：…
        # 发布时间：…") was read as the first paragraph.
        prose = _CJK_PROSE_CHARS if f.no_space_script and not sentence else 100
        if f.no_space_script and self.lines[end + 1].text.startswith(text):
            return  # the lead photo's alt text over the caption that opens with it
        if _same_caption(self.lines[end + 1].text, text):
            # Round 20 (captions): "![Voluntários plantam freixos](/a.jpg)" / "Voluntários
            # plantam freixos": the lead photo's alt text over the same words printed as
            # its uncredited caption; a dek is never printed twice in a row
            return
        if not any(g.ends_sentence and (g.chars >= prose or end > k) for g in below):
            return
        for j in range(k, end + 1):
            self.used[j] = True
        if lead and self._alt_over_caption(end + 1):
            self.used[end + 1] = True  # the lead photo's alt text: neither body nor caption
        self.subtitle = text
        self.note("subtitle", line, "subtitle.under-headline")

    def _dek_over_longer_lead(self, k: int, end: int, text: str, title_index: int) -> bool:
        # Round 23 (dekrow): with no byline, date, photo or label between, a line of one or
        # two sentences right under the headline (5 to 30 words, ending its sentence) over a
        # paragraph at least twice as long (150 characters or more, ending its sentence) is
        # the dek ("Zaczęło się od kontroli drogowej." over the story). On 77 real pages
        # judged by hand no first paragraph had that shape (a lead is about as long as the
        # paragraph under it, 0.4 to 1.7 times); a short lead opening on a wire dateline
        # ("ALCORNAL (Agencia) – …", "Hamburg. (wib) …") stays the first paragraph. Guard:
        # the line is the headline's next one and ends its sentence before its length, the
        # line under it and the dateline are looked at.
        f = self.features[k]
        if end != k or k != title_index + 1 or f.no_space_script:
            return False
        if not 5 <= f.words <= _DEKROW_WORDS or not text.endswith(_DEKROW_ENDS):
            return False
        if self.provenance["title"].line != self.lines[k - 1].number:
            return False
        over = self.features[k - 1]
        if self.lines[k - 1].text.endswith(".") or over.datelike or over.byline:
            # an untitled page: its first sentence, or its date or byline row, read as the
            # headline; the line under it is the story's next paragraph
            return False
        below = self.features[end + 1]
        if (
            below.cue is not None
            or below.bullet
            or not below.ends_sentence
            or below.chars < max(_DEKROW_LEAD_CHARS, _DEKROW_RATIO * f.chars)
        ):
            return False
        first = text[:1]
        if not (first.isupper() or first.isdigit()) or f.byline or f.bullet:
            return False  # speech, a list item, a lower-case run-on ("madrid. Dos agentes …")
        # a wire dateline: "CITY (AP) —", "Castel di Sangro – ", "Hamburg. (wib)"
        head = text[:_DEKROW_DATELINE_REACH]
        if "(" in head or any(dash in head for dash in (" – ", " — ", " - ", ".- ", ".– ")):
            return False
        if is_dateline_start(text):
            return False
        # at most two sentences: a sentence end followed by a capital, once
        starts = 0
        for at, ch in enumerate(text[:-1]):
            if ch in ".!?" and text[at + 1 : at + 2] == " " and text[at + 2 : at + 3].isupper():
                starts += 1
        return starts <= 1

    def _dek_glued_to_headline(self, title_index: int, k: int, end: int, text: str) -> bool:
        # Round 23 (scrapedk): the dek printed on the line right under the headline with no
        # blank line between them, and a blank line under it ("Bestelbus op stroom doorstaat
        # de vorst" / "Een week vorst in Drenthe kost de bus een derde van zijn bereik." /
        # blank / the story): the page sets headline and dek apart as one block, so the
        # sentence under the headline is its dek, not the first paragraph (``take_bare_dek``
        # takes it although it ends a sentence). Guard: one line (no hard-wrapped page), 12-30
        # words, at most two sentences, no blank line above it and one under it; the
        # features' checks of ``take_bare_dek`` (no cue, byline, date or list) and its prose
        # further down still apply.
        lines = self.lines
        if k != title_index + 1 or end != k or self.hard_wrapped or lines[k].blank_before:
            return False
        if end + 1 >= len(lines) or not lines[end + 1].blank_before:
            return False
        if len(text.split()) < 12:
            return False  # a short sentence there may open the story (a lead of 9 words)
        return sum(text.count(mark) for mark in (". ", "! ", "? ")) <= 1

    def _cjk_phrase_over_prose(self, k: int, end: int, text: str) -> bool:
        # Round 19b (header2): a CJK phrase of 12 characters or more with no stop, right
        # over a prose sentence of 40 characters or more, sets itself apart as a blank line
        # would (a select-all copy's dek after "来源：… 作者：… 发布时间：…"); a CJK first
        # paragraph always ends with a stop.
        if not self.features[k].no_space_script or end != k or len(text) < 12:
            return False
        if text.endswith((*_SENTENCE_ENDS, "：", ":", "，", "、", "”", "」")):
            return False
        below = self.features[end + 1]
        return below.no_space_script and below.ends_sentence and below.chars >= _CJK_PROSE_CHARS

    def _phrase_over_prose(self, k: int, end: int, text: str) -> bool:
        # Round 21 (noblank): in a copy without blank lines (select-all, a scraper's one
        # line per block), a phrase of four words or more with no sentence end right under
        # the headline sets itself apart as a blank line would when the lead photo's caption
        # follows it (a credit glued on, or a credit line under it: "… Photo: NAME", "Фото:
        # …") or a prose sentence twice its length; a first paragraph ends its sentence.
        # Guard: one line, no blank line over it or under it, a spaced script.
        f = self.features[k]
        if end != k or f.no_space_script or self.lines[k].blank_before or f.words < 4:
            return False
        if text.endswith((*_SENTENCE_ENDS, ":", ";", ",", "…")) or ". " in text:
            return False  # ("… durante la evacuación. GREIM": a caption and its agency)
        if self.provenance["title"].line != self.lines[k - 1].number:
            return False
        below, nxt = self.features[end + 1], self.lines[end + 1].text
        if (
            below.ends_sentence
            and below.chars >= max(100, 2 * f.chars)
            and below.cue is None
            # a dek runs longer than its headline; a shorter phrase over prose is the first
            # section's subhead (a letters page's first letter under "Cartas al director:
            # …"); a shorter dek is taken when the lead photo's caption follows it
            and f.chars > len(self.lines[k - 1].text)
        ):
            return True
        if below.words < 3 or below.cue is not None:
            return False
        glued = split_caption(nxt)
        if glued is not None and glued.caption and glued.credit:
            return True
        if end + 2 >= len(self.lines) or self.lines[end + 2].blank_before:
            return False
        credit = split_caption(self.lines[end + 2].text)
        return credit is not None and not credit.caption and bool(credit.credit)

    def _phrase_with_year(self, k: int) -> bool:
        # A dek that names a year or a season ("Die Zivilkammern haben im Geschäftsjahr
        # 2025/26 so viele Klagen erledigt wie nie zuvor, …"): eight words or more that the
        # header's rules read as prose, no date line; the date feature alone does not make
        # it furniture.
        if self.chrome is None or len(self.lines[k].text.split()) < 8:
            return False
        entries = classify_line(k, self.lines[k], None, self.chrome)
        return bool(entries) and all(e.kind == "prose" for e in entries)

    def _lead_over_furniture(self, k: int, end: int, text: str) -> bool:
        # A dek that is a sentence or two ("… Репортаж Андрія Гуменюка.", "Модульные
        # здания уже установлены …"): right under the headline or its byline or date line,
        # and over the lead photo's caption or a player's or counter's line before the prose.
        # A first paragraph goes on with more prose; a widget line over it (a listen button)
        # says the header has ended.
        if not text.endswith((".", "!", "。", "！")) or text.count(". ") > 2:
            return False
        g = self.features[k - 1]
        headline = self.provenance["title"].line == self.lines[k - 1].number
        if not (headline or g.byline or g.datelike) or (g.cue is not None and not g.datelike):
            return False  # a widget over it (a listen button) says the header has ended
        nxt = self.lines[end + 1].text
        after = self.features[end + 1]
        return (
            after.cue in _LEAD_WIDGETS
            or counter_line(nxt)  # "3 914 просмотров"
            or dump_markup(nxt)  # "(BUTTON) Play video": the player as lynx prints it
            or (
                after.cue is None
                and (parts := split_caption(nxt)) is not None
                and bool(parts.caption)
            )
            or self._alt_over_caption(end + 1)
        )

    def _alt_over_caption(self, k: int) -> bool:
        # Line ``k`` is the lead photo's alt text — a short phrase, no sentence, no blank
        # line under it — over its caption with a credit ("Screenshot van een app …" / "De
        # app toont … Afbeelding: Oostnet"), as a page copied without blank lines prints it.
        if k + 1 >= len(self.lines) or self.lines[k + 1].blank_before or not self.features:
            return False
        alt, g = self.lines[k].text, self.features[k]
        if g.cue is not None or g.ends_sentence or not 2 <= len(alt.split()) <= 15:
            return False
        parts = split_caption(self.lines[k + 1].text)
        return parts is not None and bool(parts.caption) and bool(parts.credit)

    def take_strong_dek(self, printed: list[Line], title_index: int) -> None:
        """Rule ``subtitle.strong-lead``: a paragraph the dump prints all in bold
        (html2text's ``**…**``, over up to four wrapped lines) as the first prose under the
        header is the standfirst the page set in bold (broadcasters, science press portals,
        many German and Dutch sites), whatever short furniture stands between it and the
        headline ("Name Pressestelle" / "Universität …"). Longer prose must follow it."""
        if not self.features:
            return
        stop = min(len(self.lines), title_index + _LOOKAHEAD_STRONG)
        # The lead photo's caption under its image line ("![](…)" / caption, wrapped over
        # lines) may stand between the headline and the bold standfirst: it is no prose.
        pictured: set[int] = set()
        for j in range(title_index + 1, stop):
            number = printed[j].number
            if number - 1 in self.images or (printed[j].blank_before and number - 2 in self.images):
                m = j
                pictured.add(m)
                while m + 1 < stop and not printed[m + 1].blank_before:
                    m += 1
                    pictured.add(m)
        prose = [
            j
            for j in range(title_index + 1, stop)
            if not self.used[j]
            and j not in pictured
            and self.features[j].link_ratio < 0.5  # a topic link ("[Climate](/topic)")
            and (
                printed[j].text.startswith("**")
                or self.features[j].chars >= 60
                or self.features[j].ends_sentence
            )
        ]
        k = prose[0] if prose else None
        if k is None or not printed[k].text.startswith("**") or printed[k].text.startswith("***"):
            return
        end = k
        while not printed[end].text.endswith("**"):
            if end - k >= 3 or end + 1 >= len(printed) or printed[end + 1].blank_before:
                return
            end += 1
        text = " ".join(self.lines[j].text for j in range(k, end + 1))
        if not 8 <= len(text.split()) <= 60 or split_caption(text) is not None:
            return
        below = self.features[end + 1 : end + 6]
        # the story's prose: a long sentence, or a paragraph hard-wrapped near 80 columns
        if not any((g.ends_sentence and g.chars >= 100) or g.chars >= 64 for g in below):
            return
        for j in range(k, end + 1):
            self.used[j] = True
        self.subtitle = text
        self.note("subtitle", self.lines[k].number, "subtitle.strong-lead")

    def _closing_signed_credits(
        self, k: int, title_index: int
    ) -> tuple[Byline, list[str]] | None:
        # Rule ``credits.closing-signed``: one line under the story that signs the writer
        # and credits the editors, its parts set apart by a spaced bar, slash or semicolon
        # ("Texto: Ana Prado | Edição: Carlos Neves", "Texto: Juan Gil / Edición: Eva Ruiz",
        # "Text: Jana Roth; Redaktion: Olaf Kern"): the writer is the author, and the whole
        # line is the credit line naming everyone (as "Reporting by A; Editing by B" does).
        # Every part must be a labelled byline or a contributor form of the page's language.
        text = self.lines[k].text
        if self.chrome is None or len(text) > 150:
            return None
        if not (" | " in text or " / " in text or "; " in text):
            return None
        pieces = [p.strip() for p in _SIGNED_PARTS.split(text) if p.strip()]
        if len(pieces) < 2:
            return None
        byline: Byline | None = None
        names: list[str] = []
        for piece in pieces:
            signed = self._closing_byline(k, title_index, piece)
            if signed is not None and byline is None:
                byline = signed
                names.extend(name for name, _role in signed.people)
                continue
            found = self.chrome.contributors(piece)
            if not found:
                return None
            names.extend(found)
        if byline is None or len(names) <= len(byline.people):
            return None
        return byline, names

    def _closing_byline(self, k: int, title_index: int, text: str | None = None) -> Byline | None:
        # A byline with a labelled prefix of the page's language ("Авторы: A, B",
        # "Текст: Name", "Autor: Name") on a line of its own after the story has begun: Russian
        # and Ukrainian sites, and many others, sign the article at its end.
        text = self.lines[k].text if text is None else text
        if self.chrome is None or not self.features or len(text) > 100 or k <= title_index + 1:
            return None
        prefix = self.chrome.byline_prefix(text)
        if prefix is None:
            return None
        rest = text[len(prefix) :].strip()
        # a label ("Text:", "Texte :") or a phrase of two words or more ("Testo di", "Texto
        # de", "Geschreven door"); a bare "By"/"Von" under the story opens a teaser's byline
        signed_by_date = self._dated_below(k)  # "von Name" over the page's "Erstellt am …"
        if not prefix.endswith(":") and len(prefix.split()) < 2 and not signed_by_date and not (
            # "Подготовила Ксения Долгова", "Записав Іван Петренко": a prefix of the page's
            # language without its colon signs the story when a name alone follows it
            2 <= len(rest.split()) <= 4
            and not text.endswith((".", "!", "?", ",", ";", ":"))
            and all(w[:1].isupper() for w in rest.split())
            and prefix[:1].isalpha()
            # a verb signs ("Подготовила"); a bare preposition ("By", "Par", "Von", "Door")
            # under the story opens a teaser's byline
            and len(prefix) > 4
            and prefix.casefold() not in {"posted by"}
        ):
            return None
        # A page with a blank line under every line has forgotten its blank lines (step 0):
        # there each line is a block of its own, and a long one starts a paragraph.
        # (A copy with no blank line at all — a select-all dump — keeps its rule: there a
        # line number follows the one before it.)
        gaps = sum(
            b.number - a.number > 1 for a, b in zip(self.lines, self.lines[1:], strict=False)
        )
        # Round 19c (header3): a reader-mode copy with no blank line at all and no hard
        # wrap (no line joins the next) prints each block on one line: each long line is a
        # paragraph, as on a page that forgot its blank lines.
        spaced = any(line.blank_before for line in self.lines[1:]) or (
            2 * gaps < len(self.lines) and (gaps > 0 or self.hard_wrapped)
        )
        starts = sum(
            1
            for j in range(title_index + 1, k)
            if (self.lines[j].blank_before or not spaced)
            and self.features[j].chars >= 60
            and not self.features[j].cue
        )
        if starts < 3:
            return None  # still in the header: three paragraphs (wrapped or not) come first
        byline = parse_byline("By " + rest)
        if byline is None or byline.rule != "byline.by-prefix" or not 1 <= len(byline.people) <= 4:
            return None
        return byline

    def take_footer_signature(self, region: Region) -> None:
        """Rule ``byline.footer``: no byline in the header; the blog platform's footer
        right under the post signs it with a byline prefix and the time ("Posted by Gareth
        Penhaligon at 10:42 AM", "Publicado por Ana Gil en 10:42"). The clock time tells
        the footer from a teaser's byline; it stands within two lines of the post's end."""
        if self.chrome is None or BODY not in region.zones:
            return
        end = max(k for k, zone in enumerate(region.zones) if zone == BODY)
        for k in range(end, min(len(self.lines), end + 3)):
            text = self.lines[k].text
            prefix = self.chrome.byline_prefix(text) if len(text) <= 100 else None
            if prefix is None:
                continue
            if k == end and (self.used[k] or self._dated_footer_signer(text) is None):
                continue  # the body's last line: a footer only with the post's date
            rest = _FOOTER_TIME.sub("", text[len(prefix) :].strip(" :"))
            if rest == text[len(prefix) :].strip(" :"):
                # no time after the names: the platform's footer only with the post's date
                # ("Posted by Jane Roe on March 10, 2026")
                dated = self._dated_footer_signer(text)
                if dated is None:
                    continue
                rest = dated
            byline = parse_byline("By " + rest)
            if byline is None and (dated := self._dated_footer_signer(text)) is not None:
                byline = parse_byline("By " + dated)  # "… on July 10, 2015 at 09:40"
            if byline is None or not 1 <= len(byline.people) <= 3:
                continue
            for name, role in byline.people:
                self.authors.append({"name": name, "role": role, "bio": None})
                self.note(f"authors[{len(self.authors) - 1}]", self.lines[k], "byline.footer")
            self.note("authors", self.lines[k], "byline.footer")
            return

    def _dated_footer_signer(self, text: str) -> str | None:
        # The writer a blog's post footer names with a prefix of two words or more and
        # the post's date ("Posted by Jane Roe on March 10, 2026 at 09:40", "Publicado por
        # Ana Gil el 3 de marzo de 2026"): a name of two to four words, then no more than ten
        # words that print a year. A one-word prefix ("By Jane Roe · 3 March 2026") under the
        # story opens a teaser's byline; a sentence is prose.
        if self.chrome is None or len(text) > 150 or text.endswith((".", "!", "?")):
            return None
        prefix = self.chrome.byline_prefix(text)
        if prefix is None or len(prefix.split()) < 2 or prefix.endswith(":"):
            return None
        words = text[len(prefix) :].split()
        for n in range(min(4, len(words) - 1), 1, -1):
            name = " ".join(words[:n]).rstrip(",|·–—-")
            rest = " ".join(words[n:])
            if len(words) - n <= 10 and has_year(rest) and is_name(name):
                return name
        return None

    def take_dated_footer_byline(self, placed: list[Placed]) -> list[Placed]:
        """Rule ``byline.dated-footer``: a blog's post footer, "Posted by NAME on DATE",
        as the last block the body placed (html2text keeps the name's link, with a title
        that makes the line too long to drop as a short line after the story). It is no
        body: with no byline in the header it signs the post; with one, the footer repeats
        a writer the header named and goes (round 18 realpages)."""
        if not placed or not isinstance(placed[-1].block, Paragraph):
            return placed
        name = self._dated_footer_signer(placed[-1].block.text)
        if name is None:
            return placed
        number = placed[-1].line
        k = next((i for i, line in enumerate(self.lines) if line.number == number), None)
        if k is None:
            return placed
        known = {str(a["name"]).casefold() for a in self.authors}
        if known and name.casefold() not in known:
            return placed
        if not known:
            self.authors.append({"name": name, "role": None, "bio": None})
            self.note("authors[0]", self.lines[k], "byline.dated-footer")
            self.note("authors", self.lines[k], "byline.dated-footer")
        self.used[k] = True
        self.drop(k, "post footer byline")
        return placed[:-1]

    def _contact_block_name(self, line: Line) -> bool:
        # Round 22 (tallyb), under ``byline.bare-name``: "Verantwortlich:" / "Polizeidirektion
        # West" / "Pressestelle", "Contact presse :" / "Mairie de X": a bare name under a
        # contact or responsibility label (``contact_block_labels``, ``contact_labels``) is
        # the office to contact, not the writer. Guard: only for a bare name the header read;
        # the line above ends with a colon and is, without it, one of the labels.
        if self.chrome is None:
            return False
        k = next((i for i, one in enumerate(self.lines) if one.number == line.number), 0)
        if k == 0 or not self.lines[k - 1].text.rstrip().endswith((":", "：")):
            return False
        label = fold(self.lines[k - 1].text).strip().rstrip(":：").strip()
        return label in self.chrome.contact_labels or label in cues(
            self.chrome.lang
        ).contact_block_labels

    def take_signed_name(self, placed: list[Placed]) -> None:
        """Rule ``byline.signed-name``: no byline anywhere; a person's name alone on the
        line right under the story's last paragraph, a block of its own with no prose
        under it, signs the post (school, parish and club sites: the teacher or member
        who wrote it). Any language: the name's shape, not a word, decides."""
        if self.chrome is None or not placed or not isinstance(placed[-1].block, Paragraph):
            return
        if not placed[-1].block.text.endswith((".", "!", "?", "…", "”", "»", '"')):
            return
        number = placed[-1].line
        k = next((i for i, line in enumerate(self.lines) if line.number > number), None)
        if k is None or not (
            self.lines[k].blank_before
            or (k + 1 < len(self.lines) and _signs_name(self.lines[k + 1].text))
        ):
            return
        text = self.lines[k].text
        below = self.features[k + 1] if self.features and k + 1 < len(self.lines) else None
        # "Jorien Brouwermans" / "Verslaggever" (or an e-mail line) under the last
        # paragraph with no blank line: the role or the address signs the name, which need
        # not stand apart (a reader-mode copy or a select-all copy has no blank lines)
        signed = k + 1 < len(self.lines) and _signs_name(self.lines[k + 1].text)
        if (
            not 2 <= len(text.split()) <= 3
            or not is_name(text)
            or any(ch.isdigit() for ch in text)
            or (k + 1 < len(self.lines) and not self.lines[k + 1].blank_before and not signed)
            or (below is not None and below.cue is None and below.chars >= 60)
            or (self.features and self.features[k].cue is not None)  # "Print Friendly Version"
            # Round 22 (tallyb): "Ultimi Articoli", "Latest Posts": the list's label
            or fold(text) in cues(self.chrome.lang).recent_posts_labels
        ):
            return
        key = text.casefold()
        if any(key in line.text.casefold() for j, line in enumerate(self.lines) if j != k):
            return  # "Guest Book" under "Sign the Guest Book": a button the page names again
        self.used[k] = True
        self.dropped = [d for d in self.dropped if d[0] != self.lines[k].number]
        self.authors.append({"name": text, "role": None, "bio": None})
        self.note("authors[0]", self.lines[k], "byline.signed-name")
        self.note("authors", self.lines[k], "byline.signed-name")

    def take_editorial_signature(self, placed: list[Placed]) -> list[Placed]:
        """Rule ``byline.editorial-signature``: no byline anywhere; the paper signs its
        unsigned editorial on a line of its own under the story's last prose paragraph, and
        that line is the (organisation) author, not body (LABELS.md 4). One rule for what
        round 14 read three ways (board, editorial and newsroom signatures). The line is
        either a whole entry of the language's ``editorial_signatures`` ("The Editorial
        Board", "A Direção", "La Rédaction", "Редакция", "编辑部"), or a short line that
        opens with one ("Редакция газеты «Заречье»", "La direction du «Courrier»"),
        weaker evidence that must also stand apart (blank lines round it), be the body's
        last block and follow a paragraph that ends a sentence ("Редакция благодарит
        читателей." is prose). Nothing placed between it and that paragraph, within 15
        lines of it (of its end on a hard-wrapped page); a line glued under a line set
        apart is a box or a menu, and cancels it. Returns the body without the line when
        the body had taken it."""
        if self.chrome is None or not self.chrome.editorial_signatures or not placed:
            return placed
        prose = [
            p
            for p in placed
            if isinstance(p.block, Paragraph) and self._editorial_signature(p.block.text) is None
        ]
        if not prose:
            return placed
        last = prose[-1]
        start = next((i for i, line in enumerate(self.lines) if line.number > last.line), None)
        if start is None:
            return placed
        k = next(
            (
                i
                for i in range(start, len(self.lines))
                if self._editorial_signature(self.lines[i].text, self.lines[i].blank_before)
                and not self._last_line_of(last, i)
            ),
            None,
        )
        if k is None:
            return placed
        at = self.lines[k].number
        end = last.line
        if self.hard_wrapped:  # a wrapped paragraph goes on over lines without a blank one
            end = self.lines[start - 1].number
            for line in self.lines[start:k]:
                if line.blank_before:
                    break
                end = line.number
        if at - end > 15:
            return placed  # a paragraph dumped over many lines ends well before 15
        if any(last.line < p.line < at for p in placed):
            return placed  # another block between: not the line under the last paragraph
        below = self.lines[k + 1] if k + 1 < len(self.lines) else None
        if self.lines[k].blank_before and below is not None and not below.blank_before:
            return placed  # blocks set apart by blank lines, and one glued under it: a box
        name = self._editorial_signature(self.lines[k].text, self.lines[k].blank_before)
        assert name is not None
        if " ".join(name.casefold().split()) not in self.chrome.editorial_signatures and (
            placed[-1].line != at
            or not last.block.text.endswith((".", "!", "?", "…", "»", "”", "。"))
        ):
            return placed  # only opens with the word: the story's last block, under a sentence
        self.used[k] = True
        self.dropped = [d for d in self.dropped if d[0] != at]
        self.authors.append({"name": name, "role": None, "bio": None})
        self.note("authors[0]", self.lines[k], "byline.editorial-signature")
        self.note("authors", self.lines[k], "byline.editorial-signature")
        return [p for p in placed if p.line != at]

    def _editorial_signature(self, text: str, apart: bool = True) -> str | None:
        # The organisation's name when ``text`` is an editorial's signature line: a whole
        # ``editorial_signatures`` entry (dashes, dots and emphasis marks round it go), or,
        # on a line set apart (``apart``), a line of at most six words and 60 characters with
        # no sentence end that opens with an entry ("Редакция газеты «Заречье»"); else None.
        assert self.chrome is not None
        signatures = self.chrome.editorial_signatures
        name = text.strip(" .—–-*_")
        key = " ".join(name.casefold().split())
        if key in signatures:
            return name
        raw = text.strip()
        if (
            not apart
            or len(raw) > 60
            or not 1 <= len(raw.split()) <= 6
            or raw.endswith((".", "!", "?", ":", "。"))
        ):
            return None
        if any(key.startswith(w) and not key[len(w) : len(w) + 1].isalnum() for w in signatures):
            return name
        return None

    def _last_line_of(self, paragraph: Placed, k: int) -> bool:
        # Whether line ``k`` is the closing line of ``paragraph`` (a hard-wrapped one ends
        # "… sagte ein Sprecher der" / "Redaktion."): the paragraph's words, no signature.
        if self.lines[k].blank_before or not isinstance(paragraph.block, Paragraph):
            return False
        return paragraph.block.text.endswith(self.lines[k].text.strip())

    def take_signature(self, placed: list[Placed]) -> list[Placed]:
        """Rule ``byline.signature``: no byline anywhere; under the story's last paragraph a
        signature block of two lines signs the release (courts, ministries, police, press
        offices): the signer's name — after a lower-case title ("sędzia Marta Wilczyńska",
        "podkom. Anna Nowak", dropped) or an academic one ("Dr. Miriam Falkenrath", kept) —
        and the signer's office, in either order: a job title of the language data
        ("rzecznik prasowy ds. karnych", "Press Officer") or a short line holding a role
        word ("Richterin am Landgericht, Pressesprecherin"). Under the name, the press
        office's whole name instead ("Zespół Prasowy KMP …") signs it with no role. The
        block stands apart (a blank line over it, none between its two lines, none under
        it, so no address or contact line follows) within four lines of the last prose
        paragraph or three of the body's last block. The two lines are the byline, not
        body: returns the body without them."""
        if self.chrome is None or not placed:
            return placed
        prose = [p for p in placed if isinstance(p.block, Paragraph) and len(p.block.text) > 80]
        anchors = [prose[-1].line] if prose else []
        if isinstance(placed[-1].block, Paragraph):
            anchors.append(placed[-1].line)
        if not anchors:
            return placed
        starts = [
            next((i for i, line in enumerate(self.lines) if line.number > n), len(self.lines))
            for n in anchors
        ]
        start = min(starts)
        stop = min(len(self.lines) - 1, max(starts[0] + 4, starts[-1] + 3))
        for k in range(start, stop):
            first, second = self.lines[k], self.lines[k + 1]
            if not first.blank_before:
                continue
            if second.blank_before and not self._spaced_official_signature(k):
                continue
            if k + 2 < len(self.lines) and not self.lines[k + 2].blank_before:
                continue  # a third line under them: an address or contact block
            signed = self._signature_pair(k)
            if signed is None:
                continue
            name_at, name, role = signed
            for at in (k, k + 1):
                self.used[at] = True
            numbers = {first.number, second.number}
            self.dropped = [d for d in self.dropped if d[0] not in numbers]
            self.authors.append({"name": name, "role": role, "bio": None})
            self.note("authors[0]", self.lines[name_at], "byline.signature")
            self.note("authors", self.lines[name_at], "byline.signature")
            return [p for p in placed if p.line not in numbers]
        return placed

    def take_signed_role(self) -> None:
        """Rule ``author.signed-role``: the writer's title on the line under a name that
        signs the story at its end ("**Ніна ГОРОБЕЦЬ**" / "Спецкореспондентка",
        "Chiara Bellandi" / "Meteorologa"): a title of the data files, short, no sentence,
        is the author's role, not page chrome."""
        found = self.provenance.get("authors")
        if found is None or found.rule != "byline.signed-name" or len(self.authors) != 1:
            return
        if self.authors[0].get("role"):
            return
        k = next((i for i, line in enumerate(self.lines) if line.number == found.line), None)
        if k is None or k + 1 >= len(self.lines):
            return
        under = self.lines[k + 1]
        text = under.text.strip(" *_")
        if (
            self.used[k + 1]
            or under.number - found.line > 2
            or not text
            or len(text.split()) > 6
            or text.endswith((".", "!", "?", ":"))
            or not self._signed_role_text(text)
        ):
            return
        self.used[k + 1] = True
        self.dropped = [d for d in self.dropped if d[0] != under.number]
        self.authors[0]["role"] = text
        self.note("authors[0].role", under, "author.signed-role")

    def _signed_role_text(self, text: str) -> bool:
        # A title of the data files, not a name; round 23 (officials): or an official's
        # title of the page's language opening the line ("Zastępca Wójta Gminy Olszynki",
        # capitalised like a name).
        if is_byline_role(text) and not is_name(text):
            return True
        lang = self.chrome.lang if self.chrome is not None else None
        return official_office(text, lang, leading=True)

    def take_end_signature(self, placed: list[Placed]) -> list[Placed]:
        """Rule ``byline.end-signature``: no byline anywhere; the story is signed on the
        short line under its last paragraph (obituaries, notices, regional papers), maybe
        over a date line of its own ("2026年11月28日") or a role line ("Кореспондентка"):
        - an organisation, the line holding one of the language's
          ``organisation_signatures`` ("…同志治丧工作小组" ends with it, "Колектив
          Липівської гімназії" opens with it): the whole line is the author;
        - a writer with the place after a comma ("Ніна ГОРОБЕЦЬ, м. Козелець"): the name.
        The signature, its date and its role line are no body. A sentence is prose."""
        if self.chrome is None or len(placed) < 2:
            return placed
        tail = placed[-2:]
        end = tail[-1].block
        if (
            isinstance(end, Figure)
            and end.caption is not None
            and end.caption.endswith(",")
            and isinstance(tail[0].block, Paragraph)
        ):
            return self._photo_signed_figure(placed)
        # (round 19c: a story whose last section holds one paragraph ends on a subhead and
        # that paragraph; a signature under it is as good; one the body took needs prose
        # over it, asked below)
        if not isinstance(tail[-1].block, Paragraph) or not isinstance(
            tail[0].block, Paragraph | Heading
        ):
            return placed
        last = tail[-1].block.text.strip(" *_")
        # "Marta Zielińska, «Gazeta Wiślańska»": the outlet's quotes close the signature,
        # which ends like a quotation yet is no sentence.
        inside = not self._prose_end(last) or (
            # round 19c: "Jonas Weidemann (Vorstand Öffentlichkeitsarbeit)": the title in
            # brackets closes the signature the same way
            last.endswith((*_QUOTE_CLOSE, ")")) and self._end_signer(last) is not None
        )
        if inside:
            # the body took the signature (and its date): the block under the prose
            dated = _signature_date(tail[-1].block.text) and len(placed) >= 3
            at = -2 if dated else -1
            above = placed[at - 1]
            if not isinstance(above.block, Paragraph) or not self._prose_end(above.block.text):
                return placed
            number = placed[at].line
        saluted = False
        if not inside:
            number = next((line.number for line in self.lines if line.number > tail[-1].line), -1)
            at = next((i for i, line in enumerate(self.lines) if line.number == number), None)
            if at is not None and at + 1 < len(self.lines) and _salutation(self.lines[at].text):
                # round 19c: "Até amanhã," / "Bis morgen," / "Cheers," between the last
                # paragraph and the newsletter editor's sign-off
                number, saluted = self.lines[at + 1].number, True
        k = next((i for i, line in enumerate(self.lines) if line.number == number), None)
        # round 19c: a long signature with the writer's title ("Ганна Кушнір, завідувачка
        # відділу …") reads as a teaser right under the story, a newsletter editor's
        # ("NAME — editora de newsletters") as a sign-up prompt; the signer's shape decides
        as_teaser = (
            not inside
            and number - tail[-1].line <= (4 if saluted else 2)
            and any(d[0] == number and d[1] in _SIGNATURE_READ_AS for d in self.dropped)
        )
        # Round 25 (pq69): an office's name over its date line ("枫林苑物业服务中心" /
        # "2026年12月1日") right under a notice, dropped by the tail as a run of short lines:
        # the notice's signature block, read here like a teaser-shaped one
        as_teaser = as_teaser or (
            not inside
            and k is not None
            and number - tail[-1].line <= 2
            and self._dated_short_pair(k, number)
        )
        if k is None or (not inside and self.used[k] and not as_teaser):
            return placed
        # (a reader-mode copy with no blank line and no hard wrap prints each block on a
        # line of its own: there a line under the last paragraph is glued to nothing)
        unspaced = not self.hard_wrapped and not any(
            line.blank_before for line in self.lines[1:]
        )
        if (
            not inside
            and not unspaced
            and not self.lines[k].blank_before
            and number - tail[-1].line < 2
        ):
            return placed  # glued under the paragraph: its last line, not a signature
        if not inside and any(
            d[0] == number and d[1] != "after the article: short line" and not as_teaser
            for d in self.dropped
        ):
            return placed  # read as a menu, a share row, a related link: no signature
        text = self.lines[k].text.strip(" *_")
        person = self._end_signer(text)
        if person is None:
            return placed
        if person[0] != text and any(
            p.line != number
            and isinstance(p.block, Paragraph)
            and self._end_signer(p.block.text.strip(" *_")) is not None
            for p in placed
        ):
            return placed  # a letters page: every letter signed so, each signature body
        self.used[k] = True
        self.dropped = [d for d in self.dropped if d[0] != number]
        gone = {number}
        role = person[1]
        below = k + 1 if k + 1 < len(self.lines) else None
        if below is not None and self.lines[below].number - number <= 2:
            under = self.lines[below].text.strip(" *_")
            if _signature_date(under):
                self.used[below] = True
                gone.add(self.lines[below].number)
                self.dropped = [d for d in self.dropped if d[0] != self.lines[below].number]
                self.drop(below, "signature date")
            elif (
                role is None
                and person[0] != text  # a writer, not an organisation
                and is_byline_role(under)
                and len(under.split()) <= 6
                and not under.endswith((".", "!", "?"))
            ):
                role = under  # "Кореспондентка" under the writer's name: the title
                self.used[below] = True
                gone.add(self.lines[below].number)
                self.dropped = [d for d in self.dropped if d[0] != self.lines[below].number]
        self.authors.append({"name": person[0], "role": role, "bio": None})
        self.note("authors[0]", self.lines[k], "byline.end-signature")
        self.note("authors", self.lines[k], "byline.end-signature")
        return [p for p in placed if p.line not in gone]

    def _dated_short_pair(self, k: int, number: int) -> bool:
        # Round 25 (pq69): whether line ``k`` (number ``number``) and the line under it were
        # dropped together as the tail's run of short lines and that line is a date alone
        # ("2026年12月1日", "01.12.2026"): an office signing a notice over its date. Guard:
        # one lookup of the dropped reason first; the date test only on such a line.
        reason = "after the article: short lines"
        if k + 1 >= len(self.lines) or self.lines[k + 1].number - number > 2:
            return False
        below = self.lines[k + 1].number
        found = {d[0]: d[1] for d in self.dropped if d[0] in (number, below)}
        return (
            found.get(number) == reason
            and found.get(below) == reason
            and _signature_date(self.lines[k + 1].text)
        )

    @staticmethod
    def _prose_end(text: str) -> bool:
        return text.rstrip().endswith(_PROSE_ENDS)

    def _end_signer(self, text: str) -> tuple[str, str | None] | None:
        # (the author, its role) a signature line under the story names, else None: an
        # organisation of the language's ``organisation_signatures`` (role None, the whole
        # line), or one name with its place or title after a comma.
        assert self.chrome is not None
        if "," in text and (signer := self._photo_signer(text)) is not None:
            return signer
        if (
            not text
            or len(text) > 80
            or text.endswith((".", "!", "?", ":", "：", "。", "，"))
            or any(ch.isdigit() for ch in text)
        ):
            return None
        key = fold(text)
        for word in cues(self.chrome.lang).organisation_signatures:
            if (
                key.endswith(word)
                if has_han(word)
                else (key.startswith(word) and not key[len(word) : len(word) + 1].isalnum())
            ):
                return text, None
        if text.endswith(")") and " (" in text:
            # round 19c: "Jonas Weidemann (Vorstand Öffentlichkeitsarbeit)", "Anna Kushner
            # (local historian)": the writer's title in brackets after the name
            head, _cut, inner = text[:-1].partition(" (")
            head, inner = head.strip(), inner.strip()
            if (
                inner
                and "(" not in inner
                and "," not in head
                and is_name(head)
                and not is_byline_role(head)
                and (is_byline_role(inner) or _long_signed_role(inner))
            ):
                return head, inner
            return None
        name, comma, place = text.partition(",")
        name, place = name.strip(), place.strip()
        dashed = False
        if not comma or not is_name(name):
            # round 19c: "Ганна Кушнір — краєзнавиця", "Anna Kushner – local historian":
            # the title after a dash (a place or an outlet is no dash's business)
            for dash in (" — ", " – "):
                head, cut, rest = text.partition(dash)
                if cut and is_name(head.strip()):
                    name, place, comma, dashed = head.strip(), rest.strip(), cut, True
                    break
        if not comma or "," in place or not is_name(name) or is_byline_role(name):
            return None
        if is_byline_role(place) and len(place.split()) <= 6:
            return name, place  # "Ніна ГОРОБЕЦЬ, кореспондентка": the writer's title
        if _long_signed_role(place):
            return name, place  # round 19c: "…, head of the local history department at …"
        if dashed:
            return None
        if 1 <= len(place.split()) <= 3 and not _AND_WORD.search(place):
            return name, None  # "Ніна ГОРОБЕЦЬ, м. Козелець": the place it was written in
        if (
            place.startswith(_QUOTE_OPEN)
            and place.endswith(_QUOTE_CLOSE)
            and len(place.split()) <= _OUTLET_WORDS
        ):
            return name, None  # "Marc Delorge, « Le Courrier de Lanvic »": the outlet
        return None

    def _photo_signed_figure(self, placed: list[Placed]) -> list[Placed]:
        # Round 23 (scrapedl): the body's last block is a figure whose caption is a name
        # and its comma ("Anna KOWALSKA," / "Komenda Powiatowa …, Borki"): the caption parser
        # split the writer's signature at its photo label. Read it as the signature
        # (:meth:`_photo_signer`) when the story has no writer yet.
        if self.authors:
            return placed
        number = placed[-1].line
        k = next((i for i, line in enumerate(self.lines) if line.number == number), None)
        if k is None:
            return placed
        person = self._photo_signer(self.lines[k].text.strip(" *_"))
        if person is None:
            return placed
        self.used[k] = True
        self.authors.append({"name": person[0], "role": None, "bio": None})
        self.note("authors[0]", self.lines[k], "byline.end-signature")
        self.note("authors", self.lines[k], "byline.end-signature")
        return placed[:-1]

    @staticmethod
    def _photo_signer(text: str) -> tuple[str, str | None] | None:
        # Round 23 (scrapedl): a writer's signature with the credit of the page's photos
        # after the comma, too long for a signature line ("Екатерина НАЗАРЕНКО, фото
        # предоставлено пресс-службой департамента полиции …, Петропавловск"): the name.
        # Guard: 200 characters at most, no sentence end, no digit; the text before the first
        # comma is a name and no role; the text after it opens with a photo label of the
        # page's language (``photo_labels``).
        if (
            len(text) > 200
            or text.endswith((".", "!", "?", ":", "：", "。", "，"))
            or any(ch.isdigit() for ch in text)
        ):
            return None
        name, comma, rest = text.partition(",")
        name = name.strip()
        if not comma or not opens_with_photo_label(rest.strip()):
            return None
        if not is_name(name) or is_byline_role(name):
            return None
        return name, None

    def _spaced_official_signature(self, k: int) -> bool:
        # Round 23 (officials): a notice's signature block printed with a blank line
        # between its two lines ("Kierownik Referatu Dróg …" / "" / "Tomasz Wereszczak", or
        # the name first): one of the two lines is an official's title of the language's
        # ``official_roles`` and nothing of the page's text follows them (the page ends, or
        # the next line is chrome already dropped, or short).
        assert self.chrome is not None
        lang = self.chrome.lang
        if not any(official_office(self.lines[j].text.strip(), lang) for j in (k, k + 1)):
            return False
        after = k + 2
        return after >= len(self.lines) or self.used[after] or len(self.lines[after].text) < 60

    def _signature_pair(self, k: int) -> tuple[int, str, str | None] | None:
        # Lines ``k`` and ``k + 1`` as a signature, name first or office first: the name's
        # line, the name and the role (None under a press office's name), or None.
        assert self.chrome is not None
        for name_at, role_at in ((k, k + 1), (k + 1, k)):
            text = self.lines[role_at].text.strip()
            if self.used[name_at]:
                continue
            if is_name(text) and not official_office(text, self.chrome.lang, leading=True):
                continue  # round 23 (officials): "Wójt Gminy" has a name's shape, an office
            if self.used[role_at] and not self._press_office_signoff(role_at):
                continue  # read as something else; the office's sign-off is no author
            printed = self.lines[name_at].text.strip()
            name = _titled_name(printed)
            if name is None and _signature_name(printed):
                name = printed  # "Dr. Miriam Falkenrath": an academic title stays
            if (
                name is None
                and _HAN_WRITER.match(printed)
                and has_han(text[-1:])
                and official_office(text, self.chrome.lang)
            ):
                # Round 23 (officials): "区交通运输局局长" / "王建国": a Han name of two to
                # four characters under (or over) the office its title ends
                name = printed
            if name is None:
                continue
            if is_byline_role(text) or _office_line(text, self.chrome.lang):
                return name_at, name, text
            folded = text.casefold()
            # the office's whole name: "Press Officer, …" is a role, not "Press Office"
            if role_at > name_at and any(
                folded.startswith(o) and not folded[len(o) : len(o) + 1].isalpha()
                for o in self.chrome.press_offices
            ):
                return name_at, name, None  # "Zespół Prasowy KMP w Łodzi": the office
        return None

    def take_closing_meta_row(self, region: Region) -> None:
        """Rule ``byline.closing-row``: no byline in the header; the post's meta row at the
        end of the story signs it ("Name — 2024-05-03 — in Category — Permalink", "Name |
        3 May 2024 | 4 comments"): blogs and many CMS print the writer's name and the date
        under the post instead of over it. The row is read as a header line would be
        (a name, a full date, short labels, nothing else) and must stand at the body's
        end: no prose follows it closely (a comment's meta row is followed by its text).
        """
        if self.chrome is None or BODY not in region.zones:
            return
        end = max(k for k, zone in enumerate(region.zones) if zone == BODY)
        for k in range(max(0, end - 3), min(len(self.lines), end + 3)):
            text = self.lines[k].text
            if self.used[k] or len(text) > 200 or not any(sep in text for sep in _ROW_MARKS):
                continue
            if not has_year(text):
                continue
            entries = classify_line(k, self.lines[k], None, self.chrome)
            names = [e for e in entries if e.kind in {"name", "byline"} and e.byline]
            dates = [e for e in entries if e.kind == "date" and e.value]
            if len(names) != 1 or len(dates) != 1 or entries[0] is not names[0]:
                continue
            if any(e.kind not in {"name", "byline", "date", "label", "datemark"} for e in entries):
                continue
            people = names[0].byline.people if names[0].byline else ()
            if not 1 <= len(people) <= 3:
                continue
            if any(
                f.words >= 12 and f.ends_sentence and not f.cue and not f.bullet
                # html2text's older/newer post links end on ")", no sentence (round 19)
                and f.link_ratio < 0.5
                for f in self.features[k + 1 : k + 3]
            ):
                continue  # prose under it: a comment's meta row, or the story goes on
            self.used[k] = True
            self.drop(k, "closing meta row")
            for j in range(k + 1, min(len(self.lines), k + 4)):
                # html2text's older/newer post links under the row ("[Older post](…) |
                # [Newer post](…)"): the blog's navigation, not the story (round 19)
                if self.lines[j].link_row and not self.used[j]:
                    self.used[j] = True
                    self.drop(j, "post links")
            for name, role in people:
                self.authors.append({"name": name, "role": role, "bio": None})
                self.note(f"authors[{len(self.authors) - 1}]", self.lines[k], "byline.closing-row")
            self.note("authors", self.lines[k], "byline.closing-row")
            if self.published is None:
                self.published = dates[0].value
                self.note("published", self.lines[k], "date.closing-row")
            return

    def drop_guessed_byline_for_closing(self) -> None:
        """Round 19c (header3), rule ``byline.closing`` over ``byline.bare-name``: the header's
        only byline is a short line read as a name by its shape alone (a campaign label or
        the outlet's own name under the dek: "Gaceta UVS", "Dossier retraites") while a
        labelled byline signs the story under its end ("Texto: NAME", "Текст: NAME"). The
        labelled line is the evidence; the guess goes (its line is dropped as a label)."""
        if self.closing_byline is None or not self.authors:
            return
        found = self.provenance.get("authors")
        if found is None or found.rule != "byline.bare-name":
            return
        _line, byline = self.closing_byline
        signed = {name.casefold() for name, _role in byline.people}
        if any(str(a["name"]).casefold() in signed for a in self.authors):
            return  # the same writer, named twice ("Written by NAME" in the author box)
        self.authors.clear()
        for key in [k for k in self.provenance if k == "authors" or k.startswith("authors[")]:
            del self.provenance[key]
        index = next((i for i, line in enumerate(self.lines) if line.number == found.line), None)
        if index is not None:
            self.drop(index, "label under the headline")
        self.take_closing_byline()

    def take_closing_byline(self) -> None:
        """Rule ``byline.closing``: no byline in the header; the one signing the story."""
        if self.closing_byline is None:
            return
        line, byline = self.closing_byline
        for name, role in byline.people:
            self.authors.append({"name": name, "role": role, "bio": None})
            self.note(f"authors[{len(self.authors) - 1}]", line, "byline.closing")
        self.note("authors", line, "byline.closing")

    def take_byline_above_date(self, title_index: int) -> None:
        """Rule ``byline.above-dated-headline``: blog platforms and community sites print
        the writer's name, then the date, over the headline ("Станислав Коробов" / "2 дек
        2026 в 11:40" / headline; "Name" / "Follow" / "2 дек в 09:15" / headline). Taken
        when the header gives no byline: a bare name of one or two people, at most one
        widget line between it and a date line that stands right above the headline. Under
        an author card ("Name" / one-line bio / date / headline, rule
        ``title.under-author-card``) the line between the name and the date is the bio.
        """
        if self.chrome is None or not self.features:
            return
        card = self.provenance.get("title")
        carded = card is not None and card.rule == "title.under-author-card"
        for d in range(title_index - 1, max(-1, title_index - 3), -1):
            entries = classify_line(d, self.lines[d], None, self.chrome)
            if not entries or any(e.kind not in _DATE_FURNITURE for e in entries):
                continue
            if not any(e.kind in ("date", "undated") for e in entries):
                continue
            for n in range(d - 1, max(-1, d - 3), -1):
                text = self.lines[n].text
                if self.features[n].cue is not None and n == d - 1:
                    continue  # a "Follow" button between the name and the date
                if n == d - 1 and carded:
                    continue  # the author card's bio line between the name and the date
                byline = parse_byline(text)
                if (
                    byline is not None
                    and byline.rule == "byline.bare-name"
                    and 1 <= len(byline.people) <= 2
                    and 2 <= len(text.split()) <= 8
                ):
                    bio = (
                        self.lines[d - 1].text
                        if n == d - 2 and carded and len(byline.people) == 1
                        else None
                    )
                    for name, role in byline.people:
                        self.authors.append({"name": name, "role": role, "bio": bio})
                        self.note(
                            f"authors[{len(self.authors) - 1}]",
                            self.lines[n],
                            "byline.above-dated-headline",
                        )
                    if bio is not None:
                        # the author card's line under the name: who the writer is
                        self.note("authors[0].bio", self.lines[d - 1], "author.card-bio")
                    self.note("authors", self.lines[n], "byline.above-dated-headline")
                return
            return

    def drop_account_card(self, title_index: int) -> None:
        """Rule ``byline.account-card``: a WeChat official account prints its card under the
        headline — the account's name, its one-line description, then "128篇原创内容" and
        "公众号"; a reposted article prints the source account's card under "以下文章来源于
        NAME，作者 …". The name and the description are the platform's furniture, not the
        dek or a paragraph. The meta row above it names the writer before the account
        ("陈默 江城生活观察 2026年12月01日 20:15 湖北"): a Han name of two to four characters
        there, when the header gave no byline, is the author."""
        lines = self.lines
        for k in range(title_index + 1, min(title_index + 8, len(lines) - 2)):
            name = lines[k].text.strip()
            if not 2 <= len(name) <= 20 or " " in name or not has_han(name):
                continue
            card = lines[k + 2].text.strip()
            counted = _ACCOUNT_COUNTER.match(card) is not None or card == "公众号"
            repost = k > 0 and ("来源于" + name) in lines[k - 1].text.replace(" ", "")
            description = lines[k + 1].text.strip()
            if not (counted or repost) or len(description) > 80 or self.used[k + 1]:
                continue
            taken = [k, k + 1]
            if counted:
                taken.append(k + 2)
                if k + 3 < len(lines) and lines[k + 3].text.strip() == "公众号":
                    taken.append(k + 3)
            for j in taken:
                self.used[j] = True
                self.drop(j, "account card")
            if not self.authors:
                self._author_before_account(title_index, k, name)
            return

    def _author_before_account(self, title_index: int, card: int, name: str) -> None:
        for j in range(title_index + 1, card):
            text = self.lines[j].text
            at = text.find(" " + name + " ")
            writer = text[:at].strip() if at > 0 else ""
            if _HAN_WRITER.match(writer):
                self.authors.append({"name": writer, "role": None, "bio": None})
                self.note("authors[0]", self.lines[j], "byline.account-card")
                self.note("authors", self.lines[j], "byline.account-card")
                return

    def take_original_mark_byline(self, title_index: int) -> None:
        """Round 22 (blogs22) rule ``byline.original-mark-row``: a Chinese platform's post
        (WeChat, Toutiao, Baijiahao) prints its meta row under the headline after the
        platform's own-work mark ("原创", ``original_post_marks``): "原创 许知远 青禾乡村记
        2026年11月27日 19:30 发表于贵州" — the writer, the account, the date. A whole-page
        dump keeps no account card under it (``byline.account-card`` needs one), so the row
        alone names the writer. Guard: within three lines under the headline, a row that
        opens with the mark (or stands under a line that is the mark alone), holds exactly
        two words before its first word with a digit, that word (or it and the next, the
        time) parses as a date, and the
        first word is a Han name of two to four characters. A row with the account alone
        ("原创 青禾乡村记 2026年…") names no writer."""
        chrome = self.chrome
        if chrome is None:
            return
        marks = cues(chrome.lang).original_post_marks
        if not marks:
            return
        lines = self.lines
        for k in range(title_index + 1, min(title_index + 4, len(lines))):
            words = lines[k].text.replace("_", " ").replace("*", " ").split()
            if words and words[0].casefold() in marks:
                words = words[1:]
            elif not (words and lines[k - 1].text.strip().casefold() in marks):
                continue
            cut = next((i for i, w in enumerate(words) if any(c.isdigit() for c in w)), -1)
            if cut != 2 or not _HAN_WRITER.match(words[0]) or not has_han(words[1]):
                continue
            lang = chrome.lang
            if parse_date_line(words[cut], lang) is None and (
                parse_date_line(" ".join(words[cut : cut + 2]), lang) is None
            ):
                continue
            self.authors.append({"name": words[0], "role": None, "bio": None})
            self.note("authors[0]", lines[k], "byline.original-mark-row")
            self.note("authors", lines[k], "byline.original-mark-row")
            return

    def _profile_link_name(self, k: int) -> str | None:
        # The text of the line at ``k`` when the dump printed it as one link to a profile
        # page and nothing else ("[林间](https://www.zhihu.com/people/linjian)"): a short label
        # (at most 40 characters) whose target holds a ``profile_link_paths`` segment of the
        # page's language or English.
        printed = self.printed
        chrome = self.chrome
        if printed is None or chrome is None or len(printed) != len(self.lines):
            return None
        text = printed[k].text.strip()
        if text[:1] != "[" or text[-1:] != ")" or text.count("](") != 1:
            return None
        close = text.find("](")
        name = text[1:close].strip().lstrip("@")
        if not name or len(name) > 40 or "[" in name:
            return None
        target = text[close + 2 : -1].casefold()
        paths = cues(chrome.lang).profile_link_paths + cues("en").profile_link_paths
        return name if any(path in target for path in paths) else None

    def take_profile_link_byline(self, title_index: int) -> None:
        """Round 22 (blogs22) rule ``byline.profile-link-row``: a blog platform's dump prints
        the writer as a link to the user's profile page and the date after it on one meta
        row, over the headline or under it ("[kvasov_d](/ru/users/kvasov_d/) 3 дек 2026 в
        14:05", "[janedoe](https://medium.com/@janedoe) · Nov 3, 2026"). A user name need
        not look like a person's name (a blog user name counts as the author): the link's
        target says whose it is. Guard: within six lines over the headline or three under
        it, a line that opens with a link (cheap test first: "[" and "]("), whose target
        holds a profile path segment (``profile_link_paths`` of the page's language and
        English), whose text is one short label, and whose rest, separators stripped, is a
        date and nothing else."""
        chrome = self.chrome
        printed = self.printed
        if chrome is None or printed is None or len(printed) != len(self.lines):
            return
        lines = self.lines
        paths: tuple[str, ...] | None = None
        for index in range(max(0, title_index - 6), min(len(lines), title_index + 4)):
            text = printed[index].text.strip()
            if index == title_index or text[:1] != "[" or "](" not in text:
                continue
            close = text.find("](")
            end = text.find(")", close + 2)
            name = text[1:close].strip().lstrip("@")
            rest = text[end + 1 :].strip(" ·•|,-–—")
            if end < 0 or not name or not rest or len(name) > 40 or "[" in name:
                continue
            if paths is None:
                paths = cues(chrome.lang).profile_link_paths + cues("en").profile_link_paths
            target = text[close + 2 : end].casefold()
            if not any(path in target for path in paths):
                continue
            if parse_date_line(rest, chrome.lang) is None:
                continue
            self.authors.append({"name": name, "role": None, "bio": None})
            self.note("authors[0]", lines[index], "byline.profile-link-row")
            self.note("authors", lines[index], "byline.profile-link-row")
            return

    def take_card_role(self, title_index: int) -> None:
        """Round 20 (bios) rule ``author.card-role``: a dump prints the writer's card over
        the headline — the headshot, the name, the job title on the line under it, a
        follow button ("Marta Ilundain" / "Redactora de Viajes" / "Seguir" / headline). When
        the byline under the headline names that writer without a role, the title under
        the card's name is the role. Guard: only a line above the headline that is a
        byline's name exactly, and a short title line right under it (a role word of the
        language data, no sentence)."""
        if title_index < 2:
            return
        if not self.authors:
            self._card_byline(title_index)
            return
        open_roles = {fold(str(a["name"])): a for a in self.authors if a["role"] is None}
        if not open_roles:
            return
        lines = self.lines
        for k in range(max(0, title_index - 8), title_index):
            text = lines[k].text.strip(" *_")
            author = open_roles.get(fold(text))
            at_line = k + 1
            if author is None:
                # "Ann Lee, Senior Correspondent": the card's name and title on one line
                name, mark, role = text.partition(", ")
                author = open_roles.get(fold(name)) if mark else None
                at_line = k
            elif k + 1 < title_index:
                role = lines[k + 1].text.strip(" *_")
            else:
                continue
            if author is None:
                continue
            if (
                not role
                or role[-1:] in ".!?:"
                or fold(role) in open_roles
                or (self.chrome is not None and self.chrome.kind(role))
                or not is_byline_role(role)
            ):
                continue
            author["role"] = role
            at = self.authors.index(author)
            self.note(f"authors[{at}].role", lines[at_line], "author.card-role")
            return

    def _card_byline(self, title_index: int) -> None:
        # Round 20 (bios) rule ``byline.author-card``: no byline under the headline, but
        # the writer's card over it — a name, the job title under it, and the card's follow
        # button under that or the headshot's alt text naming the person over it ("Photo of
        # Ann Lee" / "Ann Lee" / "Senior Correspondent" / "Follow"): the card's name is the
        # author and the title the role. Guard: a name-shaped line within eight lines over
        # the headline, a role word of the language data under it, and the button or the
        # alt text; a bare name over a headline is otherwise a kicker.
        chrome, lines = self.chrome, self.lines
        if chrome is None:
            return
        for k in range(max(0, title_index - 8), title_index - 1):
            name = lines[k].text.strip(" *_")
            if not 2 <= len(name.split()) <= 4 or not is_name(name):
                continue
            role = lines[k + 1].text.strip(" *_")
            if not role or role[-1:] in ".!?:" or chrome.kind(role) or not is_byline_role(role):
                continue
            button = k + 2 < title_index and chrome.follow_button(lines[k + 2].text.strip(" *_[]"))
            photo = k > 0 and lines[k - 1].text.startswith("[") and name in lines[k - 1].text
            if not (button or photo):
                continue
            self.authors.append({"name": name, "role": role, "bio": None})
            self.note("authors[0]", lines[k], "byline.author-card")
            self.note("authors[0].role", lines[k + 1], "byline.author-card")
            self.note("authors", lines[k], "byline.author-card")
            return

    def take_account_byline(self, title_index: int) -> None:
        """Rule ``byline.account``: a blog or self-media platform prints the account that
        posted the story by its name next to a follow button or a follower count, over the
        headline or under it ("Дача без хлопот" / "48,2 тыс. подписчиков" / "Подписаться";
        "长沙街巷记" / "关注"; "科技老周说" / "2026-11-30 18:05 · 来自广东" / "关注"). An
        account's name need not look like a person's (a blog user name counts as the
        author): the button under it is what says whose it is. Over the headline only a
        follower count vouches for it (a press portal prints the issuing office over a bare
        follow button). At most one date line may stand between, and the name is a short
        label, not a sentence, a figure or a cue of the page."""
        chrome = self.chrome
        if chrome is None or not chrome.follow_buttons:
            return
        lines = self.lines
        for index in range(max(0, title_index - 6), min(len(lines), title_index + 6)):
            if index == title_index or lines[index].text == self.subtitle:
                continue
            text = lines[index].text.strip()
            if not _account_name(text, chrome) or text == lines[title_index].text:
                continue
            if " " not in text and text[:1].isupper():
                continue  # "Politics" / "Follow": a topic's follow button, not an account
            for j in range(index + 1, min(index + 3, len(lines))):
                below = lines[j].text.strip()
                # Over the headline a follow button alone may be a press portal's for the
                # issuing office ("Polizeiinspektion Osnabrück" / "Folgen"): a publisher,
                # not a writer; a blog platform prints the account's follower count there.
                if chrome.follower_count(below) or (
                    chrome.follow_button(below) and index > title_index
                ):
                    linked = self._profile_link_name(index - 1) if index > 0 else None
                    if linked is not None and linked != text:
                        # Round 22 (blogs22) ``byline.account-profile-card``: "[林间](/people/…)"
                        # / "城市规划从业者" / "关注": the line over the button is the card's
                        # bio; the writer is the profile link over it.
                        self.authors.append({"name": linked, "role": None, "bio": text})
                        self.note("authors[0]", lines[index - 1], "byline.account-profile-card")
                        self.note("authors", lines[index - 1], "byline.account-profile-card")
                        self.note("authors[0].bio", lines[index], "byline.account-profile-card")
                        for k in (index - 1, index):
                            self.used[k] = True
                            self.dropped = [d for d in self.dropped if d[0] != lines[k].number]
                        return
                    self.authors.append({"name": text, "role": None, "bio": None})
                    self.note("authors[0]", lines[index], "byline.account")
                    self.note("authors", lines[index], "byline.account")
                    self.used[index] = True
                    self.dropped = [d for d in self.dropped if d[0] != lines[index].number]
                    return
                if j == index + 1 and _ACCOUNT_HANDLE.match(below):
                    continue  # "Озёрск. Вести дня" / "@ozersk_vesti" / "Подписчиков: 14 862"
                dated = parse_date_line(below, chrome.lang) is not None or (
                    bool(self.features) and self.features[j].datelike
                )
                if j > index + 1 or not dated:
                    break  # one date or counter line between the name and its button

    def take_byline_above(self, title_index: int) -> None:
        """Rule ``byline.above-headline``: no byline under the headline, but a "By …" line
        right over it, with at most the story's date row between ("BY JANE ROE / STAFF
        WRITER" / "Published: …" / headline) — the order some page templates print their
        header in. Only a prefixed byline: a bare name over a headline is a kicker."""
        for index in range(title_index - 1, max(-1, title_index - 3), -1):
            entries = classify_line(index, self.lines[index], None, self.chrome)
            if all(e.kind in _DATE_FURNITURE for e in entries):
                continue
            found = [e for e in entries if e.kind == "byline" and e.byline is not None]
            if not found or any(e.kind not in _DATE_FURNITURE | {"byline"} for e in entries):
                return
            if found[0].byline.rule not in ("byline.by-prefix", "byline.posted-by"):
                return  # ("Posted on March 3, 2026 by NAME": a blog theme's meta row)
            line = self.lines[index]
            if self.chrome is not None and organisation_name(line.text, self.chrome.lang):
                return  # "Associazione Amici del Lago di Varenzo APS": the site's name, its
                # "di" no byline prefix (round 20)
            for name, role in found[0].byline.people:
                self.authors.append({"name": name, "role": role, "bio": None})
                self.note(f"authors[{len(self.authors) - 1}]", line, "byline.above-headline")
            self.note("authors", line, "byline.above-headline")
            self.take_dates_above(entries, line)
            self.dropped = [d for d in self.dropped if d[0] != line.number]
            return

    def take_dates_above(self, entries: list[Entry], line: Line) -> None:
        """Rule ``date.byline-above-headline``: the dates of a post-meta line taken as the
        byline over the headline ("Geplaatst op 9 februari 2026 door Bestuur", "Publié le
        … par …", "Posted on … by …"), where a blog theme prints its meta row above the
        post's title; the header under the headline gave none."""
        for entry in entries:
            if entry.kind != "date" or not entry.value or len(entry.value) < 10:
                continue  # a full date only (LABELS 5)
            if entry.date_kind == "updated":
                if self.updated is None:
                    self.updated = entry.value
                    self.note("updated", line, "date.byline-above-headline")
            elif self.published is None:
                self.published = entry.value
                self.note("published", line, "date.byline-above-headline")

    def _over_navigation(self, index: int) -> bool:
        # True when line ``index`` is the site's or the institution's name over its
        # breadcrumb or menu ("Міністерство освіти і науки України" / "Головна / Пресцентр /
        # Новини"): a page's navigation stands above its headline, never under it.
        text = self.lines[index].text
        if index + 1 >= len(self.lines) or len(text.split()) > 8 or text.endswith((".", "?", "!")):
            return False
        below = self.lines[index + 1].text
        g = self.features[index + 1] if self.features else None
        if g is not None and (g.byline or g.datelike):
            return False  # "记者 孙丽　通讯员 黄海" is spaced like a menu: a byline
        return _is_breadcrumb(below) or _is_menu_row(below) or self._navigation_row(below)

    def _skip_link(self, text: str) -> bool:
        # Round 21 (scrapeda): a page's skip link printed with a word or three more than
        # the data files' phrase ("Pular para o conteúdo principal", "Click acá para ir
        # directamente al contenido", "Zum Hauptinhalt dieser Seite springen" is not this):
        # a line of three to nine words with no sentence end that opens or closes with a
        # ``navigation_words`` phrase of three words or more, at most three words beside
        # it. Such a line is no headline (``title.first-line`` passes over it). Guard: only
        # the first-line candidates of :meth:`_first_line_title`, short lines.
        if self.chrome is None or len(text) > 80 or text.endswith((".", "!", "?", ":")):
            return False
        words = text.casefold().split()
        if not 3 <= len(words) <= 9:
            return False
        key = " ".join(words)
        for phrase in self.chrome.navigation:
            size = phrase.count(" ") + 1
            if size < 3 or size >= len(words) or len(words) - size > 3:
                continue
            if key.startswith(phrase + " ") or key.endswith(" " + phrase):
                return True
        return False

    def _navigation_row(self, text: str) -> bool:
        # A menu whose spaces the dump tool printed as single ones ("الرئيسية الفتاوى
        # الأبحاث والدراسات المرئيات أرسل سؤالك اتصل بنا", w3m): a short line without a
        # sentence end that opens and closes with the language's navigation words ("Home" …
        # "Contact us") and holds none of its common words.
        if self.chrome is None or not self.chrome.navigation or len(text.split()) > 14:
            return False
        if text.endswith((".", "!", "?", "،", ":")):
            return False
        key = " ".join(text.casefold().split())
        first = max(
            (w for w in self.chrome.navigation if key.startswith(w + " ")), key=len, default=""
        )
        last = max(
            (w for w in self.chrome.navigation if key.endswith(" " + w)), key=len, default=""
        )
        if not first or not last or len(first) + len(last) + 1 >= len(key):
            return False
        # "Home buyers rush to close" is a headline: a menu's items between its first and
        # last are names, no sentence words
        common = stopwords(self.chrome.lang)
        return not any(word in common for word in key[len(first) : -len(last)].split())

    def _byline_label(self, text: str) -> bool:
        return self.chrome is not None and self.chrome.byline_prefix(text) is not None

    def _tags_under(self, k: int) -> list[str] | None:
        # The tags on the line under a tag label: a short line with no sentence end.
        if k + 1 >= len(self.lines) or self.used[k + 1]:
            return None
        text = self.lines[k + 1].text
        if len(text.split()) > 12 or text.endswith((".", "!", "?", ":")):
            return None
        return [t.strip() for t in _TAG_SEPARATORS.split(text) if t.strip()] or None

    def _under_writer_byline(self, k: int, title_index: int) -> bool:
        # Whether line ``k``, a contributor form under the headline that opens with a
        # byline prefix ("Reviewed by B, MD", "Edited by C"), stands under another byline
        # line of a different prefix ("Written by A", "By A"): health and advice pages stack
        # the writer's line and the reviewer's and editor's lines one a line, and only the
        # first is the byline; the others are credits (LABELS.md 10). Alone under the
        # headline ("Reviewed by A" over a book review, "Edited by A" over a live blog) the
        # line stays the byline.
        chrome = self.chrome
        if chrome is None:
            return False
        own = fold(chrome.byline_prefix(self.lines[k].text) or "")
        for j in range(title_index + 1, k):
            prefix = chrome.byline_prefix(self.lines[j].text)
            if prefix is not None and fold(prefix) != own:
                return True
        return False

    def _credit_goes_on_wrap(self, k: int, width: int) -> bool:
        # Round 24 (w3mwrap): a contributor-like line ("بالتعاون مع جمعيات …", "in
        # cooperation with …") that is the next printed line of a hard-wrapped paragraph:
        # no blank line above it, and the line above, prose of the article, filled the wrap
        # width to within a fifth and stops on a word, mid-sentence. The wrap tool broke the
        # sentence there; the line is prose, not the story's credit line. Guard: only on a
        # hard-wrapped text, for a line the contributor cues already matched.
        if not width or k == 0 or self.lines[k].blank_before or self.used[k - 1]:
            return False
        above = self.lines[k - 1].text
        return above[-1:].isalnum() and len(above) >= 0.8 * width

    def _source_under_caption(self, k: int) -> bool:
        # A labelled source ("Source: …", "Fuente: …", "المصدر: …") right under a
        # caption-sized line (one sentence of 3–40 words), with the story's prose going on
        # below it: the photo's credit, left to the figure rules — not the article's source
        # line, which closes the story.
        if k == 0 or not self.features or self.used[k - 1] or k + 1 >= len(self.lines):
            return False
        if self.chrome is None or not self.chrome.contributors(self.lines[k].text):
            return False
        above = self.lines[k - 1].text
        if self.chrome.numbered_figure(above) and self.chrome.figure_source(self.lines[k].text):
            # "Tabella 2. Arrivi per paese …" / "Fonte: Osservatorio regionale": a chart's
            # or a table's source, wherever it stands, the figure rules' to read
            return True
        size = len(above) // 2 if has_han(above) else len(above.split())
        if not 3 <= size <= 30 or above.endswith((":", "：")) or self.features[k - 1].link_ratio:
            return False
        if sum(above.count(mark) for mark in (". ", "。", "? ", "! ")) > 0:
            return False  # two sentences or more: a paragraph, not a caption
        if self.chrome.contributors(above) or split_caption(above) is not None:
            return False
        if self.chrome.byline_prefix(above):
            return False  # "Written by A" / "Edited by B": a byline over it, no caption
        if has_year(above) and parse_date_line(above, self.chrome.lang) is not None:
            # Round 22 (scrapedh): "Неділя, 21 липня 2019, 20:34" / "Джерело: …" under the
            # headline: a date line over the source line is the header, no caption
            return False
        # the story's next paragraph right under it (a closing source line has the page's
        # tags, links or footer under it)
        below = self.features[k + 1]
        return (
            below.ends_sentence
            and below.chars >= 80
            and not below.cue
            and not below.bullet
            and below.link_ratio < 0.3
        )

    def _crew_run(self, k: int) -> tuple[int, list[str]] | None:
        # (the end, the names) of a production crew printed one row a line from line
        # ``k`` on: two rows or more, one under the other, each a crew label and names
        # ("Regia: A" / "Montaggio: B") or a contributor line of the page's language ("Con
        # la collaborazione di C"), one of them at least a ``crew_row``; nothing labelled
        # right above or below (a review's box of the film's credits goes on with "Durata:",
        # "Genere:"); else None.
        text = self.lines[k].text
        if self.chrome is None or ":" not in text or len(text) > 90:
            return None  # the cheap test first: a crew row has a colon
        chrome = self.chrome
        if chrome.crew_row(text) is None:
            return None
        names: list[str] = []
        end = k
        while end < len(self.lines) and not self.used[end]:
            row = self.lines[end].text
            found = chrome.crew_row(row) if len(row) <= 90 else None
            if found is None and end > k:
                found = chrome.contributors(row) if len(row) <= 90 else None
            if found is None:
                break
            names.extend(found)
            end += 1
        if end - k < 2:
            return None
        if k > 0 and _labelled_row(self.lines[k - 1].text):
            return None
        if end < len(self.lines) and _labelled_row(self.lines[end].text):
            return None
        return end, names

    def _dated_below(self, k: int) -> bool:
        # The line under line ``k`` is a labelled publication date ("von Verena Hollerer" /
        # "Erstellt am 26. Jänner 2027, 08:15 | Aktualisiert am …"): a signature and its date
        # printed under the story, the page's own footer — a teaser's bare "Von Name" stands
        # under the teaser's headline, not over the page's date row.
        if k + 1 >= len(self.lines) or self.chrome is None:
            return False
        below = self.lines[k + 1].text
        found = parse_date_line(below, self.chrome.lang)
        if found is not None:
            return found.labelled and found.kind == "published" and found.value is not None
        return any(part.kind == "published" for part in _date_row(below, self.chrome.lang))

    def _photo_label(self, text: str) -> bool:
        # ``text`` opens with a photo label of the page's language and a colon ("Foto:",
        # "图片来源：", "Photo:").
        if self.chrome is None:
            return False
        label, colon, _rest = text.replace("：", ":", 1).partition(":")
        key = label.strip().casefold().rstrip(".")
        # "Watch: <the headline in other words>" labels a video embed, not a photo's credit
        return bool(colon) and key in self.chrome.photo_labels and key not in self.chrome.videos

    def _tail_update_stamp(self, text: str) -> bool:
        # Round 22 (crosslang): "Actualizado: 20 de septiembre de 2025", "（更新时间：…）"
        # under the story: a labelled date whose month a language prints in lower case ends
        # no cut-off sentence; it is the page's date stamp, a short line of chrome. Guard:
        # a short line holding a digit and a colon or a bracket.
        if len(text) > 60 or not any(map(str.isdigit, text)):
            return False
        if not any(mark in text for mark in (":", "：", "(", "（")):
            return False
        return self._labelled_date(text)

    def _labelled_date(self, text: str) -> bool:
        dated = parse_date_line(text, self.chrome.lang if self.chrome is not None else None)
        return dated is not None and dated.labelled and dated.value is not None

    def _marker_phrase_subhead(self, k: int) -> bool:
        # Round 21 (subheads2): "Empfehlungen für die Praxis" over a paragraph: a related
        # marker ("Empfehlungen") opening a phrase that goes on in lower case, with no colon,
        # over a line of prose (a sentence, or a hard-wrapped paragraph) that is no link: the
        # section's subhead, not a bare marker over teasers ("Lees ook", "Empfehlungen"
        # alone). Guard: only lines cued ``related``.
        if not marker_phrase(self.lines[k].text, self.chrome):
            return False
        if k + 1 >= len(self.lines) or self.features is None:
            return False
        below, f = self.lines[k + 1].text, self.features[k + 1]
        if f.words < 8 or not below[:1].isupper() or f.link_ratio or f.cue is not None:
            return False
        # prose: a sentence ends the line, or a hard-wrapped paragraph goes on under it (a
        # teaser's headline under "More from the valley" ends no sentence and stands alone)
        return below.endswith((".", "!", "?", "…", "”", '"', "»")) or (
            self.hard_wrapped
            and k + 2 < len(self.lines)
            and not self.lines[k + 2].blank_before
        )

    def sweep(self, title: str, title_index: int = 0) -> None:
        """Drop noise anywhere; take rights, tags and credit lines out of the flow."""
        folded_title = title.casefold()
        width = (wrap_width(self.lines) or 0) if self.hard_wrapped else 0
        above = self.lines[max(0, title_index - 60) : title_index]
        masthead = [line.text.casefold() for line in above]
        k = 0
        while k < len(self.lines):
            if self.used[k]:
                k += 1
                continue
            line = self.lines[k]
            text = line.text
            marker = block_marker(text)
            cue = self.features[k].cue if self.features and not self._continues(k) else None
            if cue is None and self.hard_wrapped and self._embed_continues(k):
                cue = "noise.embed"  # round 25 (embeds): a wrapped post's next line
            if cue == "related" and marker is None and self._marker_phrase_subhead(k):
                cue = None  # "Empfehlungen für die Praxis" / prose: a subhead
            if cue == "related" and marker is None and self.features[k].words <= 4:
                # a bare marker in the page's language: "Lees ook", "延伸閱讀" (a script
                # without spaces counts two characters a word: "延伸閱讀：<title>" is a link)
                marker = "related"
            elif (
                cue == "related"
                and marker is None
                and self.features[k].words <= 8
                and text.isupper()
                and not text.rstrip().endswith((".", "!", "?", ":"))
            ):
                # "READ MORE ON BUS CRASHES", "MEHR ZUM THEMA WAHLEN": a tabloid's label in
                # capitals names the topic of the teasers under it; a link ends in no topic.
                marker = "related"
            loud_label = (
                marker == "related"
                and text.isupper()
                and self.features is not None
                and self.features[k].words <= 8
            )
            if (
                fold(text) == folded_title
                or _title_half(text, folded_title)
                or (title_index < k <= title_index + 3 and _title_cut_copy(text, folded_title))
            ) or (
                title_index < k <= title_index + 8
                and (
                    # "By: Millbrook Maple Producers Association": a byline naming the
                    # headline's subject is no label over the headline in other words
                    (
                        _labelled_title_copy(text, title)
                        and not self._byline_label(text)
                        # "图片来源：哈尔登华人商会" under a caption: a photo's credit naming
                        # the headline's subject is no second headline
                        and not self._photo_label(text)
                        and not self._source_under_caption(k)
                        # "Pubblicato: Martedì, 05 Maggio 2026 10:15" under a headline
                        # naming May and 2026: a labelled date, whatever words it shares
                        and not self._labelled_date(text)
                    )
                    or _title_and_label(text, title)
                )
            ):
                self.used[k] = True
                self.drop(k, "title copy")
            elif rule := noise_rule(text):
                self.used[k] = True
                self.drop(k, rule.removeprefix("noise."))
            elif cue == "noise.embed":
                # an embedded post's text, over its attribution (see ``.scraped.features``)
                self.used[k] = True
                self.drop(k, "embed")
            elif (
                marker is None
                and cue in _CHROME_CUES
                and (len(text) <= 120 or cue != "sign-up")
                and k not in self.closing_box
            ):
                self.used[k] = True  # share widgets, counters, inline "Read also: …" links
                self.drop(k, str(cue))
                # On a hard-wrapped page the link's words go on below in lower case
                # ("Czytaj także: Karetki bez lekarzy. Ratownicy … o" / "brakach kadrowych").
                while (
                    self.hard_wrapped
                    and k + 1 < len(self.lines)
                    and not self.used[k + 1]
                    and not self.lines[k + 1].blank_before
                    and len(self.lines[k + 1].text) <= 120
                    and (
                        self.lines[k + 1].text[:1].islower()
                        # the wrap broke a line filled to the width mid-sentence: its last
                        # word goes on below whatever its case ("… головні новини" / "Полтави")
                        or _broken_at_width(self.lines[k].text, self.lines[k + 1].text, width)
                    )
                ):
                    k += 1
                    self.used[k] = True
                    self.drop(k, str(cue))
            elif marker is not None:
                self.used[k] = True
                self.drop(k, f"{marker} block")
                end = self._marked_block(k, marker)
                if loud_label and end == k + 1:
                    end = self._teaser_run(end)
                if marker == "related":
                    for j in range(k + 1, end):
                        self.drop(j, "related block")
                k = end
                continue
            elif (
                k > title_index
                and self._press_office_signoff(k)
                and not self._dated_office_byline(k, title_index)
            ):
                self.used[k] = True
                self.drop(k, "press-office sign-off")
                rows = self._office_contact_rows(k)
                for j in rows:
                    self.used[j] = True
                    self.drop(j, "press-office sign-off")
                k = rows.stop - 1
            elif (tags := tags_line(text)) is not None:
                self.used[k] = True
                self.tags.extend(tags)
                self.note("tags", line, "tags.line")
            elif text[:1] == "#" and (tags := hashtag_row(text)) is not None:
                # round 24 (scrapedn): "#bezkolejki #NFZ #zdrowie" between paragraphs: the
                # post's row of hashtags, never a paragraph of the article
                self.used[k] = True
                self.tags.extend(tags)
                self.note("tags", line, "tags.hashtag-row")
            elif tags_label(text) and (tags := self._tags_under(k)) is not None:
                # "Argomenti:" / "Acqua Lavori pubblici": the label, its tags under it
                self.used[k] = self.used[k + 1] = True
                self.tags.extend(tags)
                self.note("tags", line, "tags.label-over-line")
                k += 2
                continue
            elif (
                rights_line(text, self.chrome.rights if self.chrome is not None else None)
                and not self._photo_copyright(k)
                and not self._lead_photo_copyright(k, title_index)
            ):
                self.used[k] = True
                self.rights.append(text)
                self.note("rights", line, "rights.copyright-line")
            elif (crew := self._crew_run(k)) is not None:
                # "Production : A" / "Réalisation : B" / "Musique : C": a podcast's crew,
                # one row a line, is one credit line naming every member
                end, names = crew
                for j in range(k, end):
                    self.used[j] = True
                    self.credit_lines.append(self.lines[j].text)
                    self.note("credit_line", self.lines[j], "credits.crew-rows")
                self.contributors.extend(Contributor(name, None) for name in names)
                self.note("contributors", line, "credits.crew-rows")
                k = end
                continue
            elif (credits := parse_credit_line(text)) is not None:
                self.used[k] = True
                self.credit_lines.append(credit_sentence(text))
                self.contributors.extend(Contributor(name, role) for name, role in credits)
                self.note("credit_line", line, "credits.line")
                self.note("contributors", line, "credits.line")
            elif (
                self.chrome is not None
                and text.startswith(("（", "(")) and text.endswith(("）", ")"))
                and not self.chrome.labelled_contributors(text)
                and (signed := bracketed_han_byline(text, self.chrome.byline_prefixes))
            ):
                # "（记者 周婷）" closing a Chinese story: its reporter, not a contributor.
                self.used[k] = True
                self.sign_off = (line, signed)
            elif (signed := self._closing_signed_credits(k, title_index)) is not None:
                self.used[k] = True
                if self.closing_byline is None:
                    self.closing_byline = (line, signed[0])
                self.credit_lines.append(text)
                self.contributors.extend(Contributor(name, None) for name in signed[1])
                self.note("credit_line", line, "credits.closing-signed")
                self.note("contributors", line, "credits.closing-signed")
            elif (closing := self._closing_byline(k, title_index)) is not None:
                # "Авторы: A, B" / "Текст: Name" under the story: its writers, not the body.
                self.used[k] = True
                if self.closing_byline is None:
                    self.closing_byline = (line, closing)
            elif (
                self.chrome is not None
                and len(text) <= 150  # longer is no contributor line; the year search is not free
                and not has_year(text)  # "来源：… 发布时间：2025-03-04" is the header's line
                # "Opracowanie: Name" right under the headline opens with a byline prefix
                # too: there it is the writer's byline, the header's to read
                and not (
                    title_index < k <= title_index + 3
                    and self.chrome.byline_prefix(text)
                    and not self._under_writer_byline(k, title_index)
                )
                and not self.chrome.author_note(text)  # "（作者为…）": a bio, read later
                and (names := self.chrome.contributors(text))
                and not self._source_under_caption(k)
                and not self._credit_goes_on_wrap(k, width)
            ):
                self.used[k] = True
                if _names_the_site(names, masthead, self.chrome):
                    # "Źródło: Wisła24.pl" under a page headed "Portal Wisła24.pl": the
                    # site names itself as the source; nobody to credit.
                    self.drop(k, "source: the site itself")
                    k += 1
                    continue
                self.credit_lines.append(text)
                self.contributors.extend(Contributor(name, None) for name in names)
                self.note("credit_line", line, "credits.language-form")
                self.note("contributors", line, "credits.language-form")
            k += 1
        if self.features and self.chrome is not None:
            self._drop_promotion_insides()

    def _drop_promotion_insides(self) -> None:
        # Up to two lines between two sign-up lines of one box ("Sign up to Down to
        # Earth" … "after newsletter promotion") are the box's pitch and small print, when
        # one of them speaks of the sign-up too ("Privacy Notice: Newsletters may …").
        reasons = dict(self.dropped)
        n = len(self.lines)
        for start in range(1, n):
            if self.used[start] or reasons.get(self.lines[start - 1].number) != "sign-up":
                continue
            end = start
            while end < n and not self.used[end] and end - start < 3:
                end += 1
            closing = reasons.get(self.lines[end].number) if end < n else None
            if end < n and end - start <= 2 and (
                (
                    closing == "sign-up"
                    and any(self._speaks_of_sign_up(self.lines[j].text) for j in range(start, end))
                )
                # A box printed as one block, no blank line inside: the prompt, its pitch
                # ("Your weekly guide to staying healthy."), its e-mail field or button.
                or (
                    closing in _BOX_CLOSERS
                    and not any(self.lines[j].blank_before for j in range(start, end + 1))
                    and all(len(self.lines[j].text) <= 300 for j in range(start, end))
                )
            ):
                for j in range(start, end):
                    self.used[j] = True
                    self.drop(j, "sign-up")
        self._drop_gift_box_insides(reasons)

    def _drop_gift_box_insides(self, reasons: dict[int, str]) -> None:
        # Round 22 (crosslang): one or two lines between two appeal lines of one gift box
        # printed as one block ("Steun lokale journalistiek" / "Met een kleine bijdrage …" /
        # "Doneer nu"): the box's pitch, now that the title is an appeal phrase of the
        # language (``donate_phrases``) as well as the button. Guard: both ends dropped as
        # "donate", no blank line from the title to the button, lines of 300 characters or
        # less, on a page with blank lines.
        n = len(self.lines)
        for start in range(1, n):
            if self.used[start] or reasons.get(self.lines[start - 1].number) != "donate":
                continue
            end = start
            while end < n and not self.used[end] and end - start < 3:
                end += 1
            if (
                end < n
                and end - start <= 2
                and reasons.get(self.lines[end].number) == "donate"
                and not any(self.lines[j].blank_before for j in range(start, end + 1))
                and all(len(self.lines[j].text) <= 300 for j in range(start, end))
                # a page that sets its blocks apart: on one without blank lines the box's
                # edge is no edge at all
                and any(line.blank_before for line in self.lines)
            ):
                for j in range(start, end):
                    self.used[j] = True
                    self.drop(j, "donate")

    def _speaks_of_sign_up(self, text: str) -> bool:
        key = text.casefold()
        return self.chrome is not None and any(phrase in key for phrase in self.chrome.inline)

    def _embed_continues(self, k: int) -> bool:
        # Round 25 (embeds): a hard-wrapped line of an embedded post's text under another
        # ("Remontada en La Vega. ¡Gracias por empujar hasta el último minuto," /
        # "afición! Nos vemos …"): both cued as the embed's (``features._linked_post``),
        # the rest of the post is no sentence of the article's going on.
        feats = self.features
        return (
            feats is not None
            and k > 0
            and feats[k].cue == "noise.embed"
            and feats[k - 1].cue == "noise.embed"
        )

    def _continues(self, k: int) -> bool:
        # True when line ``k`` is the rest of a hard-wrapped sentence started above it.
        line = self.lines[k]
        prev = self.lines[k - 1] if k else None
        return (
            self.hard_wrapped
            and prev is not None
            and not line.blank_before
            and len(prev.text) >= 40
            and not prev.text.endswith((".", "!", "?", ":", "”", '"', "»"))
            # two rows of one facts box ("Finale : A 58 – 53 B" / "Quart-temps : …") are
            # two lines, however long the first
            and not (
                self.features is not None
                and self.features[k].cue == "facts"
                and self.features[k - 1].cue == "facts"
            )
        )

    def _lone_teaser(self, start: int, k: int) -> bool:
        # True when line ``k`` is one teaser's title under a bare "read also" marker
        # (inscriptis and lynx print them a blank line apart): a headline-sized line with no
        # sentence end, and a blank line under it before the article goes on.
        marker, line = self.lines[start].text, self.lines[k].text
        if len(marker.split()) > 5 or marker.rstrip(":").endswith((".", "!", "?")):
            return False
        words = len(line.split())
        after = self.lines[k + 1] if k + 1 < len(self.lines) else None
        return (
            3 <= words <= 20
            and not line.endswith((".", "!", "?", ":", ";"))
            and (after is None or after.blank_before)
            and not block_marker(line)
        )

    def _marked_block(self, start: int, marker: str) -> int:
        # Rules ``noise.related-block`` and ``tags.topics-block``: the lines after a marker.
        k = start + 1
        # A dump prints the marker as a heading and its links as a list under a blank line
        # ("  Читайте також" / "" / "* [19]…"): the list is the block.
        listed = (
            k < len(self.lines)
            and self.lines[k].blank_before
            and self.features is not None
            and self.features[k].bullet
        )
        # Its items stand one under the other, or a blank line apart (inscriptis): then a
        # blank line does not end the list, a line that is not a listed link does.
        spaced = listed and start + 2 < len(self.lines) and self.lines[start + 2].blank_before
        while k < len(self.lines) and k - start <= _BLOCK_LIMIT:
            line = self.lines[k]
            if listed and (
                not self.features[k].bullet
                or (
                    line.blank_before
                    and k > start + 1
                    and not (spaced and self._listed_link(k, marker))
                )
            ):
                break  # the list ends at its first line that is not an item, or a blank
            if (
                k == start + 1
                and line.blank_before
                and not listed
                and marker == "related"
                and self._lone_teaser(start, k)
            ):
                self.used[k] = True  # "Leggi anche" / "" / the teaser's title, a blank apart
                return k + 1
            if len(line.text) > 200 or (
                line.blank_before and not listed and not self._listed_link(k, marker)
            ):
                break
            if block_marker(line.text) or noise_rule(line.text):
                break  # the next block, or chrome the sweep drops on its own
            f = self.features[k] if self.features else None
            sentence = (
                f is not None and f.ends_sentence and f.chars >= 100 and f.stop_ratio >= 0.15
            ) or (line.text.endswith(".") and len(line.text.split()) >= 10)
            if sentence and (marker != "related" or not self._teasers_to_the_end(k)):
                # prose: the article goes on (a page without blank lines); a full stop
                # after ten words is a sentence, not a linked headline — unless such
                # lines run straight into the chrome after the article (teasers with a dek)
                break
            if marker == "related" and is_explicit_caption(line.text):
                break  # a photo with its credit: the article goes on after the links
            if cut_mid_sentence(self.features, k, self.lines):
                break  # the article's paragraph the copy cut off, under the links
            if marker == "related" and self._subhead_after_links(start, k):
                break  # the article goes on under its own subhead
            if marker == "related" and k in self.resumed:
                break  # the story's own sentences under the block it goes on past
            if marker == "related" and k > start + 1 and self._labelled_credit_under(line.text):
                break  # "相关阅读" / links / "责任编辑：李婷": the story's credit line below
            if marker == "topics":
                if len(line.text.split()) > 6:
                    break
                self.tags.append(line.text)
                self.note("tags", line, "tags.topics-block")
            self.used[k] = True
            k += 1
        return k

    def _labelled_credit_under(self, text: str) -> bool:
        # Round 22 (crosslang): a contributor line under a related block's links, its label
        # before a colon ("责任编辑：李婷", "Redakcja: Anna Nowak") — the story's credit line,
        # which Chinese and other portals print under the "related" links, not one more link.
        # Guard: a short line with a colon in its first twelve characters pays for the form.
        if self.chrome is None or len(text) > 60:
            return False
        colon = max(text.find(":", 0, 12), text.find("：", 0, 12))
        return colon > 0 and bool(self.chrome.contributors(text))

    def _teaser_run(self, k: int) -> int:
        # The end of the run of teaser headlines from line ``k`` under a label in capitals
        # ("READ MORE ON BUS CRASHES" / "" / "BRAKE HELL Runaway bus …" / "LUCKY ESCAPE …"): two
        # to five lines one under the other, each a headline (no sentence end, 4–20 words).
        j = k
        while (
            j < len(self.lines)
            and j - k < 5
            and not self.used[j]
            and (j == k or not self.lines[j].blank_before)
            and self.features is not None
            and not self.features[j].ends_sentence
            and 4 <= self.features[j].words <= 20
        ):
            j += 1
        if j - k < 2:
            return k
        for i in range(k, j):
            self.used[i] = True
        return j

    def _listed_link(self, k: int, marker: str) -> bool:
        # True when line ``k``, a blank line under a "Related" marker or its last item, is
        # one more item: a bulleted headline or a row of links, no sentence (inscriptis and
        # html2text set a blank line between a heading and its list).
        f = self.features[k] if self.features else None
        if marker != "related" or f is None or f.ends_sentence or f.words > 20:
            return False
        return f.bullet or self.lines[k].link_row

    def _teasers_to_the_end(self, k: int) -> bool:
        # True when the prose-like lines from ``k`` (at most three, one teaser each:
        # "Headline. Its dek sentence.") run straight into the chrome after the article: a
        # "Más información" block at the article's end, not the article going on.
        j = k
        while j < len(self.lines) and j - k < 3 and j not in self.after_article:
            if j > k and self.lines[j].blank_before:
                return False
            j += 1
        return j > k and j in self.after_article

    def _subhead_after_links(self, start: int, k: int) -> bool:
        # True when line ``k``, after a related block's links, is the article's next subhead:
        # prose follows it, and it is short — a subhead ("Le débroussaillement, « pas une
        # formalité »") is shorter than the teaser headlines above it (at most 4/5 of the
        # shortest), which the page prints whole.
        if k <= start + 1 or k + 1 >= len(self.lines) or not self.features:
            return False
        if self._next_numbered_subhead(start, k):
            return True
        f, below = self.features[k], self.features[k + 1]
        if (
            self.lines[k].text[-1:] in ".!?…:؟？。"
            or f.words > 12
            or f.chars > 60
            or f.cue is not None
            or f.bullet  # one more item of the list
        ):
            return False  # (a closing quotation mark may end a subhead)
        if not (below.ends_sentence and below.chars >= 100 and below.stop_ratio >= 0.15):
            return False
        shortest = min(self.features[j].chars for j in range(start + 1, k))
        return 5 * f.chars <= 4 * shortest

    def _next_numbered_subhead(self, start: int, k: int) -> bool:
        # True when line ``k`` goes on the numbering of the article's own subheads above
        # the related block at ``start`` ("2. Bar do Tião Mineiro" … links … "3. Mercado do
        # Cruzeiro"): a list article's next entry, short and without a sentence end, not a
        # teaser; a teaser list numbers its links from 1 under its own label.
        found = _NUMBERED_SUBHEAD.match(self.lines[k].text)
        if found is None or len(self.lines[k].text) > 80 or self.lines[k].text[-1:] in ".!?:":
            return False
        number = int(found.group(1))
        if number < 2:
            return False
        for j in range(start - 1, max(-1, start - _BLOCK_LIMIT * 4), -1):
            above = _NUMBERED_SUBHEAD.match(self.lines[j].text)
            if above is not None and len(self.lines[j].text) <= 80:
                return int(above.group(1)) == number - 1
        return False

    def drop_header_widgets(
        self, region: Region, chrome: ChromeCues, counts: Counter[str], title: int
    ) -> None:
        """Short leftovers above the first paragraph are widgets, not body ("Copy link",
        "1 of 3", "Zurück", "4 minuti di lettura").

        Only lines between the headline and the first line of prose (a long line that
        ends a sentence), only short ones without a sentence end, never a caption, a
        list item or a heading that opens the body.
        """
        leading: list[int] = []
        for k in range(title + 1, min(len(self.lines), title + _HEADER_REACH)):
            f = self.features[k]
            if self.used[k]:
                continue  # the dek, byline or date the header took: the header goes on
            text = self.lines[k].text
            if _short_parts_row(text) or (f.chars <= 300 and chrome.names_article(text)):
                # "Difficulty: Easy | Time: 10 minutes", "This post may contain affiliate
                # links. …": the page's notes over the article, however long.
                self.used[k] = True
                self.drop(k, "header widget")
                continue
            if _button_row(text, chrome):
                # "Send Flowers Sign the Guest Book Share": a row of buttons over the text
                self.used[k] = True
                self.drop(k, "header widget")
                continue
            if region.zones[k] != HEAD and (f.words >= 6 or (f.ends_sentence and f.words >= 3)):
                break  # the first paragraph: the header is over
            leading.append(k)
        # The decoder's header zone too, down to the first line of prose only: a subhead
        # under two paragraphs the decoder left in the header is the article's.
        prose = next(
            (
                k
                for k in range(title + 1, len(self.lines))
                if not self.used[k]
                and self.features[k].chars >= 100
                and self.features[k].ends_sentence
            ),
            len(self.lines),
        )
        heads = [k for k, zone in enumerate(region.zones) if zone == HEAD and k < prose]
        leading = [k for k in leading if k < prose]
        for k in sorted(set(leading) | set(heads)):
            f = self.features[k]
            if self.used[k]:
                continue
            f = self.features[k]
            text = self.lines[k].text
            if f.words > 5 or f.chars > 60 or f.ends_sentence or f.bullet:
                continue  # a widget is a few short words; anything longer is the page's text
            if split_caption(text) is not None:
                continue
            if (
                f.words == 2
                and self.features[title].words >= 4
                and counts[fold(text)] <= 2
                and self._short_twin(k)
            ):
                # Round 23 (scrapedl): a two-word caption printed twice under a headline
                # (under a short "title", a widget's, the pair is the headline twice)
                continue
            if f.words >= 4 and self._caption_printed_twice(k):
                # Round 25 (scrapedp): a short caption printed twice in a row under the
                # headline ("التشكيلية ندى تركي وإحدى لوحاتها"): the lead photo's, a figure
                continue
            if text.endswith(",") and f.words <= 4 and text[:1].isupper():
                # Round 19b (header2): a letter's salutation opens a newsletter's body
                # ("Chers adhérents,", "Beste leden,", "Dear members,"); no widget ends
                # with a comma.
                continue
            if text[-1:] in _SALUTATION_ENDS and _letter_salutation(text, chrome.lang):
                # Round 25 (pq69): "尊敬的各位业主、住户：", "Sehr geehrte Damen und Herren,":
                # a notice's salutation is its first paragraph, no widget
                continue
            if text.casefold().strip(" :：") in chrome.qa_labels:
                continue  # "السؤال", "Вопрос": the question's label heads the body
            if (outlet_credit(text) or known_agency(text)) and not self.lines[k].blank_before:
                continue  # "Ewan Latto for Northlight", "رويترز" under the lead photo's caption
            if (
                not self.lines[k].blank_before
                and self.lines[k - 1].text.endswith((".", "!", "?"))
                and text.casefold() in {str(a["name"]).casefold() for a in self.authors}
            ):
                continue  # the writer who took the lead photo, named under its caption
            below = self.lines[k + 1].text if k + 1 < len(self.lines) else ""
            if below and (parts := split_caption(below)) is not None and parts.caption is None:
                continue  # a caption whose credit stands on the next line
            if self._in_caption_block(k):
                continue  # "Il nuovo allestimento …" / "ansa": a caption and its bare credit
            if self._continues(k):
                continue  # the end of a hard-wrapped line above it
            if chrome.byline_prefix(text) and self._under_writer_byline(k, title):
                # Round 20 (smallcues): "Edited by B", "Bearbeitet von B" under "By A": the
                # header left the editor's credit to the body's credit reading
                continue
            at = next((j for j in range(k + 1, len(self.lines)) if not self.used[j]), None)
            nxt = self.lines[at] if at is not None else None
            if (
                nxt is not None
                and at == k + 1  # a subhead sits right over its text, no widget between
                and is_heading(text)
                and heading_evidence(text, nxt, chrome, counts)
                and not self._photo_at(at)  # a subhead heads text, not a photo
            ):
                continue  # a heading opening the body ("Summary" above a list)
            self.used[k] = True
            self.drop(k, "header widget")

    def take_date_row_over_prose(self, title: int) -> None:
        """Round 23 (leftg): the article's date row left between the headline and the first
        line of prose, under the lead photo's caption ("04 oct 2024. 16.50H" over "SE LEE
        EN 26 minutos"): the header's reading stopped at the caption, so no date was read,
        and the row was dropped as a header widget or kept as a paragraph. The first line
        still free there that is short (60 characters, five words at most), holds a
        four-digit year and reads whole as a date is the published (or updated) date.
        Guard: called only while no published date is known; lines up to the header's
        reach; only a line with a year is handed to the date parser."""
        if self.chrome is None:
            return
        for k in range(title + 1, min(len(self.lines), title + _HEADER_REACH)):
            if self.used[k]:
                continue
            f = self.features[k]
            if f.chars >= 100 and f.ends_sentence:
                return  # the first paragraph: the header is over
            if f.chars > 60 or f.words > 5:
                continue
            text = self.lines[k].text
            digits = "".join(c if c.isdigit() else " " for c in text).split()
            if not any(len(d) == 4 and d[:2] in ("19", "20") for d in digits):
                continue
            order = page_date_order(line.text for line in self.lines[:80])
            dated = parse_date_line(text, self.chrome.lang, order_hint=order)
            if dated is None or dated.value is None:
                continue
            if dated.kind == "updated":
                if self.updated is not None:
                    return
                self.updated = dated.value
                self.note("updated", self.lines[k], "date.row-over-prose")
            else:
                self.published = dated.value
                self.note("published", self.lines[k], "date.row-over-prose")
            self.used[k] = True
            return

    def _caption_printed_twice(self, k: int) -> bool:
        # Round 25 (scrapedp): line ``k`` and the line right over or under it print the
        # same text (an image's alt text and its caption), and neither is a title copy.
        lines = self.lines
        text = lines[k].text
        if any(ch.isdigit() or ch in ":|：" for ch in text):
            return False  # a meta row or a counter printed twice
        for j in (k - 1, k + 1):
            if (
                0 <= j < len(lines)
                and abs(lines[j].number - lines[k].number) == 1
                and lines[j].text == text
            ):
                return True
        return False

    def _short_twin(self, k: int) -> bool:
        # Line ``k`` is either copy of a two-word caption printed twice, prose under the
        # pair (:func:`.scraped.body.short_twin_caption`), and the page prints it nowhere
        # else.
        lines = self.lines

        def at(j: int) -> str | None:
            return lines[j].text if 0 <= j < len(lines) else None

        text = lines[k].text
        return short_twin_caption(text, at(k + 1), at(k + 2)) or (
            k > 0 and short_twin_caption(lines[k - 1].text, text, at(k + 1))
        )

    def _in_caption_block(self, k: int) -> bool:
        # True when line ``k`` is the caption or the bare credit of a two-line caption
        # block ("Vista del puerto" / "Divulgação"; see ``scraped.barecredits``).
        lines = self.lines

        def at(j: int) -> Line | None:
            return lines[j] if 0 <= j < len(lines) else None

        for top in (k, k - 1):
            caption, credit = at(top), at(top + 1)
            if caption is not None and credit is not None and (
                block_credit(caption, credit, at(top + 2)) is not None
            ):
                return True
        return False

    def _photo_at(self, k: int) -> bool:
        # True when line ``k`` is a caption, with its credit on it or on the next line.
        if split_caption(self.lines[k].text) is not None:
            return True
        below = self.lines[k + 1].text if k + 1 < len(self.lines) else ""
        parts = split_caption(below) if below else None
        return parts is not None and parts.caption is None

    def _providers(self, header: Header) -> set[int]:
        # The header's bare-name bylines that name the outlet a portal took the story
        # from, printed over the writer's name: "Yahoo Finance" / "Ben Silverman" / "Yahoo
        # FinanceOctober 13, 2016", "Tech Insider Tech Insider" / "Tech Insider" / "Alex
        # Perry 1 day ago". The outlet is an affiliation, not an author (LABELS.md 4), when
        # a writer of another name stands in the same header. Told by what a partner's name
        # does on such pages: it is a known agency or outlet, its logo's text doubles it,
        # the date line under it opens with it, or it stands alone on three lines or more
        # of the page (its other stories in the side columns).
        bare = [
            k
            for k, (_line, byline) in enumerate(header.bylines)
            if byline.rule == "byline.bare-name" and len(byline.people) == 1
        ]
        if len(header.bylines) < 2 or not bare:
            return set()
        numbers = [line.number for line, _byline in header.bylines]
        top, bottom = min(numbers), max(numbers) + 3
        near = [line.text.casefold() for line in self.lines if top <= line.number <= bottom]
        texts = [line.text.casefold().strip() for line in self.lines]
        related = set(self.chrome.related) if self.chrome is not None else set()
        found: set[int] = set()
        for k in bare:
            name = header.bylines[k][1].people[0][0]
            folded = name.casefold()
            words = folded.split()
            half = len(words) // 2
            doubled = len(words) % 2 == 0 and half > 0 and words[:half] == words[half:]
            glued = any(
                text.startswith(folded) and text != folded and text[len(folded) :][:1].isalnum()
                for text in near
            )
            alone = sum(1 for line in self.lines if line.text.casefold() == folded) >= 3
            # "More from Tech Insider" over the partner's other stories
            more = any(
                text.endswith(folded) and text[: -len(folded)].strip() in related
                for text in texts
            )
            if doubled or glued or alone or more or is_agency(name) or is_outlet(name):
                found.add(k)
        others = [
            who
            for k, (_line, byline) in enumerate(header.bylines)
            if k not in found
            for who, _role in byline.people
        ]
        return found if others else set()

    def _under_image(self, line: Line) -> bool:
        # Round 20 (captions): ``line`` stands right under a dump's image line, or one
        # blank line under it ("![](/ferry.jpg)" / "" / "The new ferry on its test run."):
        # the image's caption, which the body reads, not the dek (a dek stands over the lead
        # photo).
        number = line.number
        return bool(self.images) and (
            number - 1 in self.images or (line.blank_before and number - 2 in self.images)
        )

    def _dek_over_byline(self, header: Header) -> bool:
        # The header's dek stands right over a prefixed byline ("Por Juliana Prates",
        # "By Jane Roe"): the next line of the page is a byline the header took.
        sub = header.subtitle
        if sub is None or self.chrome is None:
            return False
        last = sub.number + len(header.subtitle_at) - 1  # a wrapped dek's last line
        return any(
            line.number > last
            and line.number - last <= 2
            and byline.rule == "byline.by-prefix"
            and self.chrome.byline_prefix(line.text) is not None
            for line, byline in header.bylines
        )

    def take_header(self, header: Header, title: str = "") -> None:
        """Bylines, roles, dates and the dek found in the header (rule 3)."""
        if header.subtitle is not None and (
            _lead_not_dek(
                header.subtitle.text,
                title,
                self.chrome.months if self.chrome else frozenset(),
                self._dek_over_byline(header),
            )
            or self._under_image(header.subtitle)
            # Round 25 (tailnotes): "Editor's note: This article has been updated …" between
            # the headline and the byline: the article's own note, no dek
            or (self.chrome is not None and self.chrome.correction_note(header.subtitle.text))
        ):
            # The "dek" is the story's first paragraph: it stays in the body.
            header.consumed.difference_update(header.subtitle_at)
            header.subtitle = None
        for index in header.consumed:
            self.used[index] = True
        prefixed = any(byline.rule == "byline.by-prefix" for _line, byline in header.bylines)
        named = self._named_by_the_story(title, header)
        providers = self._providers(header)
        rows: dict[int, tuple[Line, tuple[str, str, list[str], list[str]]]] = {}
        for line, _byline in header.bylines:
            if line.number not in rows and (row := credit_row(line.text, self.chrome)):
                rows[line.number] = (line, row)
        for k, (line, byline) in enumerate(header.bylines):
            if k in providers:
                continue  # the portal's partner named over its writer (see _providers)
            if line.number in rows:
                # the editor of "By A · Edited by C": credited by the row, no writer
                credited = rows[line.number][1][2]
                people = tuple(p for p in byline.people if p[0] not in credited)
                if not people:
                    continue
                byline = byline._replace(people=people)
            beside = prefixed or any(
                other.number == line.number for j, (other, _b) in enumerate(header.bylines) if j < k
            )
            # A later bare name the headline itself names ("Xbox One X" under "Xbox One X
            # review: …") is what the story is about, not a second writer.
            topic = len(byline.people) == 1 and byline.people[0][0].casefold() in title.casefold()
            beside = beside or (k > 0 and topic)
            if byline.rule == "byline.bare-name" and self._contact_block_name(line):
                continue  # "Verantwortlich:" / "Polizeidirektion West": the contact block
            if (
                beside
                and byline.rule == "byline.bare-name"
                and len(byline.people) == 1
                and named(byline.people[0][0])
            ):
                # "Texto: Sara Cobo" / "Castro Urdiales" under "Las fiestas … de Castro
                # Urdiales", "Paula Romero | Jerez de la Frontera" over "El Ayuntamiento de
                # Jerez de la Frontera …": a place the story names, beside the real byline.
                continue
            for name, role in byline.people:
                same = next((a for a in self.authors if a["name"] == name), None)
                if same is None:
                    self.authors.append({"name": name, "role": role, "bio": None})
                    self.note(f"authors[{len(self.authors) - 1}]", line, byline.rule)
                elif role and (same["role"] is None or same["role"].startswith("(")):
                    # "Hamish Treloar" (a reader view's header) then "Hamish Treloar,
                    # Markets Editor" (the page's own byline): the name printed again
                    # with its title gives the role
                    same["role"] = role
                    self.note(f"authors[{self.authors.index(same)}].role", line, byline.rule)
            self.note("authors", line, byline.rule)
        for number, (line, row) in rows.items():
            # Round 20 (bios): "Texto: A | Fotos: B | Edición: C" under the headline: the
            # writer's part signed the story; the whole row is its credit line, naming
            # everyone (as "Texto: A | Edição: B" under the story does)
            if row[1] in self.credit_lines:
                continue
            writers = [
                name
                for other, byline in header.bylines
                if other.number == number
                for name, _role in byline.people
                if name not in row[2]
            ]
            self.credit_lines.append(row[1])
            self.contributors.extend(Contributor(name, None) for name in [*writers, *row[2]])
            self.note("credit_line", line, "credits.header-row")
            self.note("contributors", line, "credits.header-row")
        for line in header.bios:
            # Round 20 (bios): "Ann Lee" / "Ann Lee is a health reporter covering …" under
            # the headline: the sentence about the writer is the bio (rule author.bio-line)
            if (who := self._bio_of(line.text)) is not None:
                self.authors[who]["bio"] = line.text
                self.note(f"authors[{who}].bio", line, "author.bio-line")
        for line, person, role in header.roles:
            if person < len(self.authors) and self.authors[person]["role"] is None:
                self.authors[person]["role"] = role
                self.note(f"authors[{person}].role", line, "author.role-line")
        for line, kind, value, rule in header.dates:
            if kind == "updated" and self.updated is None:
                self.updated = value
                self.note("updated", line, rule)
            elif kind == "published" and self.published is None:
                self.published = value
                self.note("published", line, rule)
        if header.subtitle is not None and (who := self._bio_of(header.subtitle.text)) is not None:
            # "Amelia Vance writes about management …" under "Amelia Vance" / "Contributor":
            # a sentence about the writer, the bio a contributor page prints in its header
            self.authors[who]["bio"] = header.subtitle.text
            self.note(f"authors[{who}].bio", header.subtitle, "author.bio-line")
        elif header.subtitle is not None and self._role_bio_under_byline(header):
            # "By Ann Lee" / "Health reporter covering hospitals …": the writer's bio
            self.authors[0]["bio"] = header.subtitle.text
            self.note("authors[0].bio", header.subtitle, "author.bio-under-byline")
        elif header.subtitle is not None and not _title_copy(header.subtitle.text, title):
            # A dek printed as one bullet point under the headline (the "balazo" of a
            # Latin-American bulletin): the bullet is layout, not the dek's text.
            self.subtitle = _DEK_BULLET.sub("", header.subtitle.text)
            self.note("subtitle", header.subtitle, "subtitle.header-prose")
        elif header.subtitle is not None:
            # The header gives a wrapped dek re-joined: found by its first line's number.
            number = header.subtitle.number
            index = next(k for k, line in enumerate(self.lines) if line.number == number)
            self.used[index] = True
            self.drop(index, "title copy")

    def _named_by_the_story(self, title: str, header: Header) -> Callable[[str], bool]:
        # Whether the headline or the first paragraphs under the header name ``text``:
        # a place does, a reporter's name hardly ever.
        after = max(header.consumed, default=0) + 1
        prose = " ".join(
            line.text
            for k, line in enumerate(self.lines[after : after + 15], start=after)
            if not self.used[k] and len(line.text) >= 40  # the story's lines, wrapped or not
        )
        story = (title + "\n" + prose).casefold()
        return lambda text: text.casefold() in story

    def take_author_blocks(self, blocks: list[AuthorBlock]) -> None:
        """Roles and bios from the author blocks at the end (rule 4)."""
        for block in blocks:
            for index in block.consumed:
                self.used[index] = True
            folded = block.name.casefold()
            match = next((a for a in self.authors if str(a["name"]).casefold() == folded), None)
            if match is None and self.authors and _teaser_card(block):
                continue  # a related story's card ("Name" / "Name in Blog" / "date · 5 min")
            if match is None:
                match = {"name": block.name, "role": None, "bio": None}
                self.authors.append(match)
                self.note(f"authors[{len(self.authors) - 1}]", block.name_line, "author.block")
                self.note("authors", block.name_line, "author.block")
            position = self.authors.index(match)
            if block.role and not match["role"]:
                match["role"] = block.role
                self.note(f"authors[{position}].role", block.role_line, "author.block-role")
            if block.bio:
                match["bio"] = block.bio
                self.note(f"authors[{position}].bio", block.bio_line, "author.block-bio")

    def _title_shaped(self, line: Line, index: dict[int, int]) -> bool:
        # A line shaped like a teaser's headline: a short line on its own (a blank line
        # over it), no full stop, no list mark.
        f = self.features[index[line.number]]
        return (
            f.words <= _TEASER_WORDS
            and f.chars <= 120
            and not f.bullet
            and not line.text.endswith((".", "!", ":", ";", ",", "。"))
            and not self._continues(index[line.number])
        )

    def _role_bio_under_byline(self, header: Header) -> bool:
        # Round 20 (bios): right under the one writer's byline, a sentence of five words
        # or more opening with a job title of the data files ("By Ann Lee" / "Health reporter
        # covering hospitals and clinics in the north.", "Por Lucía Prado" / "Periodista
        # especializada en cultura.") is the writer's bio, not the dek: a dek stands over the
        # byline, a bio under it. Guard: one author without a bio, the header's dek line
        # right under a byline line, then the title test on its first words.
        sub = header.subtitle
        if sub is None or len(self.authors) != 1 or self.authors[0]["bio"]:
            return False
        if len(sub.text.split()) < _ROLE_BIO_WORDS or not sub.text.rstrip().endswith("."):
            return False
        at = next((k for k, line in enumerate(self.lines) if line.number == sub.number), None)
        if not at or all(line.number != self.lines[at - 1].number for line, _b in header.bylines):
            return False
        return _role_opened(sub.text)

    def _bio_of(self, text: str) -> int | None:
        # The byline author whose full name opens ``text`` before a lower-case word
        # ("Marcus Oyelaran covers city hall …"): a sentence about that writer.
        for position, author in enumerate(self.authors):
            name = str(author["name"])
            # Round 22 (scrapede): "Ann LeeAnn Lee is …": the card's alt text glued on
            about = text[len(name) :] if text.startswith(name + name) else text
            if (
                " " in name
                and not author["bio"]
                and about.startswith(name + " ")
                # "Вера Самохина — обозреватель …", "Anna Kowalska, dziennikarka …" too
                and about[len(name) :].lstrip(" ,—–-")[:1].islower()
                and len(text) <= 400
            ):
                return position
        return None

    def take_bio_lines(self) -> None:
        """Rule ``author.bio-line``: near the end, a sentence that opens with a byline
        author's full name ("Marcus Oyelaran covers city hall …") is that author's bio."""
        self._bio_under_byline()
        tail = [i for i in self.unused() if i >= len(self.lines) // 2][-_BIO_REACH:]
        if self._labelled_bio(tail) or self._han_name_bio(tail):
            return
        if len(self.authors) == 1 and not self.authors[0]["bio"] and self.chrome is not None:
            # "（作者为江东大学公共管理学院教授）", "(The author is …)": the note under an
            # opinion piece on its one writer, whose name the note need not repeat
            for index in tail:
                if self.chrome.author_note(self.lines[index].text):
                    self.authors[0]["bio"] = self.lines[index].text
                    self.used[index] = True
                    self.note("authors[0].bio", self.lines[index], "author.note")
                    return
        for position, author in enumerate(self.authors):
            name = str(author["name"])
            if author["bio"] or " " not in name:
                continue
            # Round 25 (multiauth): "By Dr Ines Caldwell*" over "*Ines Caldwell is …": the
            # note names the writer without the title the byline printed
            bare = untitled_name(name) if name[:1].isupper() else None
            for index in tail:
                # "*Name es profesora de …": the footnote of an op-ed's "Name*" signature;
                # "_Name covers … ._": an author's note in italics under the story.
                printed = self.lines[index].text
                text = _without_emphasis(printed)
                ends = self.features[index].ends_sentence
                if text == printed:
                    text = printed.removeprefix("*")
                else:
                    ends = text.endswith((".", "!", "?", "。", "！"))
                opens = _opens_bio(text, name) or (bare is not None and _opens_bio(text, bare))
                if opens and len(text) <= 400 and ends:
                    author["bio"] = text
                    self.used[index] = True
                    self.note(f"authors[{position}].bio", self.lines[index], "author.bio-line")
                    break
            if not author["bio"]:
                self._bio_after_article(position, name)

    def _labelled_bio(self, tail: list[int]) -> bool:
        # Rule ``author.bio-labelled``: under the story, a bio label of the language's
        # ``about_author`` phrases ("About the author", "Об авторе", "【作者简介】", "作者简介：")
        # with the bio after it on its line or on the next one, a sentence that names the one
        # byline author near its start ("林若溪，城市规划学者，…", "Name — обозреватель …"). The
        # label is furniture; the sentence is that author's bio, in any script (CJK names have
        # no space, so the name-first rule below misses them).
        # With several byline authors ("By A | with B"), the bio goes to the one it names.
        if not self.authors or self.chrome is None:
            return False
        names = [
            (k, (untitled_name(str(a["name"])) or str(a["name"])).casefold())
            for k, a in enumerate(self.authors)
            if not a["bio"]
        ]
        if not names:
            return False
        phrases = cues(self.chrome.lang).about_author + cues("en").about_author
        labels = sorted({p.strip("【】[] :：") for p in phrases}, key=len, reverse=True)
        half = len(self.lines) // 2
        pool = sorted(set(tail) | {i for i in self.after_article if i >= half})
        for index in pool:
            text = self.lines[index].text.strip()
            key = text.casefold().lstrip("【[(*#").lstrip()
            label = next((p for p in labels if p and key.startswith(p)), None)
            if label is None:
                continue
            rest = key[len(label) :]
            if rest[:1].isalnum() and not has_han_char(rest[:1]):
                continue  # "About the authority …": the phrase is the start of a word
            shown = text[len(text) - len(rest) :].lstrip("】]) :：—–-").strip()
            at = index
            if not shown and index + 1 < len(self.lines):
                at = index + 1
                shown = self.lines[at].text.strip()
            if not 10 <= len(shown) <= 400 or not shown.endswith(
                (".", "!", "?", "。", "！", "）", ")", "»", "”")
            ):
                continue
            folded = shown.casefold()
            who = next((k for k, name in names if name in folded[: len(name) + 30]), None)
            if who is None and len(self.authors) == 1 and _role_opened(shown):
                who = 0
            if who is None:
                continue
            self.authors[who]["bio"] = shown
            for k in {index, at}:
                self.used[k] = True
            self.dropped = [d for d in self.dropped if d[0] != self.lines[at].number]
            if at != index:
                self.drop(index, "author box label")
            self.note(f"authors[{who}].bio", self.lines[at], "author.bio-labelled")
            return True
        return False

    def _han_name_bio(self, tail: list[int]) -> bool:
        # Rule ``author.bio-han-name``: the one byline author's Chinese name, a comma and who
        # the writer is, one sentence on a line of its own among the story's last lines or
        # the first lines after it ("林若溪，城市规划学者，长期关注历史街区保护。"): the bio.
        # A name with a colon opens a quotation, not a bio.
        if len(self.authors) != 1 or self.authors[0]["bio"] or self.chrome is None:
            return False
        name = str(self.authors[0]["name"])
        if not 2 <= len(name) <= 4 or not all(has_han_char(ch) for ch in name):
            return False
        after = sorted(self.after_article)[:_BOX_REACH]
        for index in [*tail[-3:], *after]:
            text = self.lines[index].text.strip()
            if (
                text.startswith((name + "，", name + ","))
                and 12 <= len(text) <= 150
                and text.endswith("。")
                and text.count("。") == 1
            ):
                self.authors[0]["bio"] = text
                self.used[index] = True
                self.dropped = [d for d in self.dropped if d[0] != self.lines[index].number]
                self.note("authors[0].bio", self.lines[index], "author.bio-han-name")
                return True
        return False

    def _bio_under_byline(self) -> None:
        # Rule ``author.bio-under-byline``: a column's header prints its one writer's name,
        # then who the writer is in a phrase opening in lower case ("Олег Савчук" /
        # "історик, краєзнавець, викладач Волинського університету" / date): the phrase
        # between the bare name and the date line is the bio, not a widget.
        where = self.provenance.get("authors")
        if len(self.authors) != 1 or self.authors[0]["bio"] or where is None or not self.features:
            return
        at = next((k for k, line in enumerate(self.lines) if line.number == where.line), None)
        if at is None or at + 2 >= len(self.lines) or self.chrome is None:
            return
        text, f = self.lines[at + 1].text, self.features[at + 1]
        if (
            not text[:1].islower()
            or f.ends_sentence
            or f.datelike
            or f.cue is not None
            or not 2 <= f.words <= 20
            or parse_byline(self.lines[at].text) is None
        ):
            return
        entries = classify_line(at + 2, self.lines[at + 2], None, self.chrome)
        if not any(e.kind == "date" for e in entries):
            return
        self.authors[0]["bio"] = text
        self.used[at + 1] = True
        self.dropped = [(n, r) for n, r in self.dropped if n != self.lines[at + 1].number]
        self.note("authors[0].bio", self.lines[at + 1], "author.bio-under-byline")

    def _bio_after_article(self, position: int, name: str) -> None:
        # The author box a page prints under the story, which the zone decoder dropped
        # with the chrome after the article ("Lena Marsh" / "Lena Marsh covers the
        # environment for WKRL. She joined …" / "See stories by Lena Marsh"): among the
        # first lines after the article, a sentence opening with the writer's full name and
        # a lower-case word is the bio, its wrapped lines read with it.
        after = sorted(self.after_article)[:_BOX_REACH]
        for index in after:
            text = _without_emphasis(self.lines[index].text)
            if text.casefold() == name.casefold() and index + 1 in self.after_article:
                # The box's name line, the bio sentence under it ("林嘉木" / "科创前哨资深记者，
                # 关注智能硬件…。"): a bio says who the writer is in a sentence or two.
                below = self.lines[index + 1].text
                if 20 <= len(below) <= 400 and below.endswith((".", "!", "。", "！")):
                    self.authors[position]["bio"] = below
                    self.note(f"authors[{position}].bio", self.lines[index + 1], "author.bio-line")
                    return
            if not _opens_bio(text, name):
                continue
            end = index
            while (
                end + 1 in self.after_article
                and not self.lines[end + 1].blank_before
                and len(text) <= 400
            ):
                end += 1  # a hard-wrapped bio goes on below, with no blank line between
                text += " " + self.lines[end].text
            if len(text) <= 400 and text.endswith((".", "!", "?")):
                self.authors[position]["bio"] = text
                self.note(f"authors[{position}].bio", self.lines[index], "author.bio-line")
            return

    def take_written_by_bios(self) -> None:
        """Rule ``author.written-by``: a platform's author box after the story, "Written by
        Name" (a byline prefix and a byline author), then counters and links ("846
        Followers", "·Writer for …") and, within three lines, one sentence: the bio."""
        if self.chrome is None:
            return
        # (the box's "Written by Name" may have been read as the closing byline: a copy
        # with no blank line counts its paragraphs line by line since round 19c)
        closing = self.closing_byline[0].number if self.closing_byline is not None else None
        tail = [
            i
            for i in range(len(self.lines) // 2, len(self.lines))
            if not self.used[i] or self.lines[i].number == closing
        ]
        for i in tail:
            text = self.lines[i].text
            prefix = self.chrome.byline_prefix(text)
            if prefix is None:
                continue
            name = text[len(prefix) :].strip(" :").casefold()
            for position, author in enumerate(self.authors):
                if author["bio"] or str(author["name"]).casefold() != name:
                    continue
                for j in range(i + 1, min(len(self.lines), i + 4)):
                    f = self.features[j]
                    if f.ends_sentence and f.words >= 4 and f.cue is None and not self.used[j]:
                        author["bio"] = self.lines[j].text
                        self.used[j] = True
                        self.note(f"authors[{position}].bio", self.lines[j], "author.written-by")
                        break

    def drop_box_titles(self, title_index: int) -> None:
        """The title printed over a donation or sign-up box the sweep dropped ("Donate to
        The Quadrangle" over "Your donation will support …"): a short line right above
        the box's first line (no sentence end, eight words at most) that takes up one of
        its words (five letters or more, stemmed). A subhead over an ad or a share row,
        or one naming another subject than the box's pitch, stays."""
        if self.chrome is None:
            return
        first = {number for number, reason in self.dropped if reason in _BOX_REASONS}
        for index, line in enumerate(self.lines):
            if line.number not in first or index - 1 <= title_index:
                continue
            above = index - 1
            if above in self.after_article or "://" in self.lines[above].text:
                continue  # the page's chrome after the story: dropped as such already
            if self.used[above] or self.lines[above].number + 1 != line.number - (
                1 if line.blank_before else 0
            ):
                continue
            text = _MARKED_HEADING.sub("", self.lines[above].text)
            if len(text.split()) > _BOX_TITLE_MAX or text.endswith((".", "!", "?")):
                continue
            if _stems(text) & _stems(line.text):
                self.used[above] = True
                self.drop(above, "box title")

    def _paywall_box_title(self, prev: Line, i: int) -> bool:
        # Line ``i``, dropped as chrome, is a paywall box's row of buttons (a paywall phrase
        # of two words or more: "[Bereits Abonnent? Anmelden]", "Already a subscriber?") and
        # ``prev``, kept right over it, is the box's title: a short line, no sentence end,
        # that takes up one of the row's words ("… freischalten" over "[Jetzt für 3,90 €
        # freischalten]"). Guard: the short line is looked at first.
        text = _MARKED_HEADING.sub("", prev.text).strip("*_ ")
        if (
            i == 0
            or self.chrome is None
            or self.lines[i - 1].number != prev.number
            or len(text.split()) > _BOX_TITLE_MAX
            or text.endswith((".", "!", "?", "。", "！", "？"))
        ):
            return False
        row = self.lines[i].text
        if len(row) > _PAYWALL_ROW_CHARS:
            return False
        key = (link_words(row) if "](" in row else row).casefold()
        if not any(" " in word and word in key for word in self.chrome.accounts):
            return False
        return bool(_stems(text) & _stems(key))

    def unused(self, after: int = -1) -> list[int]:
        return [i for i in range(after + 1, len(self.lines)) if not self.used[i]]

    def body_lines(self, region: Region) -> list[Line]:
        """The unused lines, without the chrome the decoder found after the article."""
        keep = self._cut_comments(self._cut_replies(self._cut_tail(region)))
        keep = self._cut_republish_box(self._cut_page_feedback(keep))
        keep = self._cut_source_list(keep)
        widgets = widget_rows([line.text for line in keep])
        if widgets:
            index = {line.number: k for k, line in enumerate(self.lines)}
            for k in sorted(widgets):
                self.drop(index[keep[k].number], "widget buttons")
            keep = [line for k, line in enumerate(keep) if k not in widgets]
        return self._trim_tail(keep)

    def _cut_comments(self, keep: list[Line]) -> list[Line]:
        # A blog's comment section under the post: its header names the post in quotes
        # ("One thought on “…”", "3 réflexions sur « … »", "Один комментарий к «…»"), and
        # every line under it is a comment, its writer's name or its date. The decoder may
        # take the header for chrome inside the article and read on; the article ends above
        # the header, two lines of the story at least kept above it.
        chrome = self.chrome
        if chrome is None or len(keep) < 3:
            return keep

        titles: frozenset[str] | None = None  # the page's lines, read at the first count

        def header(text: str) -> bool:
            nonlocal titles
            # "10. ^ “Title”": a numbered reference list under an encyclopaedia article
            # reads like a count; only that line goes, not all under it
            if (
                chrome.comment_header(text)
                and not text.split(None, 1)[0].endswith(".")
                and "^" not in text
            ):
                return True
            words = text.split()
            if len(words) < _UNQUOTED_HEADER_WORDS or len(text) > 250:
                return False
            head = words[0].casefold()
            if not (head.isdigit() or head in chrome.number_words):
                return False  # (the cheap test first: few lines open with a count)
            if titles is None:
                titles = frozenset(ln.text.strip().casefold() for ln in self.lines)
            return _names_post(words, titles)

        return self._cut_at_first(
            keep,
            header,
            lambda above: 2 <= len(above) < len(keep),
            "after the article: comments",
        )

    def _cut_page_feedback(self, keep: list[Line]) -> list[Line]:
        # Rule ``chrome.page-feedback``: institution templates (a council's, a ministry's,
        # a university's) print the page's rating prompt under the article ("Was this page
        # helpful?", "¿Le ha resultado útil esta información?", "Jak oceniasz informacje na
        # tej stronie?", a ``page_feedback`` phrase opening a short line), then only the
        # page's furniture: the form's help sentences, attachments, the office's address and
        # hours. The prompt line goes as a comment prompt already; the prose under it reads
        # as paragraphs, so the article ends above it. Guard: the line is short and opens
        # with the phrase at a word's end; two lines of the story at least stand above it,
        # 120 characters or more, and at most twice as many kept lines below it (an article's
        # foot, not a "Rate this page" star row under a headline).
        chrome = self.chrome
        if chrome is None or not chrome.page_feedback or len(keep) < 3:
            return keep
        return self._cut_at_first(
            keep,
            # (cheap guard first: a prompt is a short line)
            lambda text: len(text) <= _FEEDBACK_PROMPT_CHARS and chrome.page_feedback_prompt(text),
            # not a star row under the headline, nor a page's middle
            lambda above: len(above) >= 2
            and sum(len(ln.text) for ln in above) >= _FEEDBACK_STORY_CHARS
            and len(keep) - len(above) <= 2 * len(above),
            "after the article: page feedback",
        )

    def _cut_republish_box(self, keep: list[Line]) -> list[Line]:
        # Round 20 (tails): a nonprofit newsroom's republishing box under the story, its
        # title a short line of its own ("Republish this article", "## Republish this
        # story", "Republique esta reportagem": a ``republish_notes`` phrase, five words at
        # most, no sentence end), its licence note and the newsroom's blurb under it. The
        # round-19d rule drops the note only as the article's last lines; text kept under
        # it ("The Ledger is a nonprofit newsroom …") hid it. The article ends above the
        # title when two kept lines of the story (120 characters or more) stand above it and
        # at most twice as many below (a "Republish" button in the share row under the
        # byline is no foot).
        chrome = self.chrome
        if chrome is None or not chrome.republish_notes or len(keep) < 3:
            return keep

        def title(text: str) -> bool:
            # (cheap guard first: a box title is a short line)
            if len(text) > _REPUBLISH_TITLE_CHARS:
                return False
            inner = text.strip(" #*_")
            return (
                len(inner.split()) <= _REPUBLISH_TITLE_WORDS
                and not inner.endswith((".", "!", "?", ":"))
                and chrome.republish_note(inner)
            )

        return self._cut_at_first(
            keep,
            title,
            lambda above: len(above) >= 2
            and sum(len(ln.text) for ln in above) >= _FEEDBACK_STORY_CHARS
            and len(keep) - len(above) <= 2 * len(above),
            "after the article: republish box",
        )

    def _cut_source_list(self, keep: list[Line]) -> list[Line]:
        # Rule ``chrome.source-list``: health, consumer-advice and explainer pages close
        # the article with the list of its sources ("### Sources", "Quellen", "Références",
        # "Источники", "参考资料": a `source_lists` title, a whole short line), often with a
        # sentence on the site's editorial policy, then the author box. The list is the
        # page's furniture, not the story: the article ends above the title when a story of
        # three lines at least stands above it, the kept lines below it are no more, and
        # one of them cites a year or a web address, as a reference does (an
        # in-body subhead "Sources" over prose is left alone).
        chrome = self.chrome
        if chrome is None or not chrome.source_lists or len(keep) < 4:
            return keep

        def cited(above: list[Line]) -> bool:
            below = keep[len(above) + 1 :]
            if len(above) < 3 or not below or len(below) > len(above):
                return False
            if sum(len(ln.text) for ln in above) < _FEEDBACK_STORY_CHARS:
                return False
            return any(_CITATION.search(ln.text) for ln in below)

        return self._cut_at_first(
            keep, chrome.source_list_title, cited, "after the article: sources"
        )

    def _cut_at_first(
        self,
        keep: list[Line],
        marker: Callable[[str], bool],
        story_above: Callable[[list[Line]], bool],
        reason: str,
    ) -> list[Line]:
        # ``keep`` up to the first line after its first one that ``marker`` accepts, the
        # kept lines under that line dropped for ``reason``, when the kept lines above it
        # pass ``story_above``; else ``keep`` whole. The first such line decides: when its
        # story test fails, nothing further down is looked at.
        index = {line.number: k for k, line in enumerate(self.lines)}
        for k in range(index[keep[0].number] + 1, len(self.lines)):
            line = self.lines[k]
            if not marker(line.text):
                continue
            above = [ln for ln in keep if ln.number < line.number]
            if not story_above(above):
                return keep
            for ln in keep[len(above) :]:
                self.drop(index[ln.number], reason)
            return above
        return keep

    def _cut_replies(self, keep: list[Line]) -> list[Line]:
        # A forum thread's replies under its first post: the post's own stamp ("楼主 发表于
        # 2026-12-1 20:15 | 只看该作者", "#1 Posted on 2 May 2026, 10:14") stands above the
        # text, and each reply prints the same label and a date on a short line of its own
        # ("沙发 发表于 2026-12-1 20:31"). The first such line under the post ends the
        # article; the replier's name above it goes with the short lines at the end.
        if self.chrome is None or len(keep) < 3:
            return keep
        lang = self.chrome.lang
        labels = {
            label
            for label in (*cues(lang).published_labels, *cues("en").published_labels)
            # "发表于", "Опубликовано", "posted on": one bare English word ("posted",
            # "date") is too common a word to mark a post
            if (len(label.rstrip(":：")) >= 2 and not label.rstrip(":：").isascii())
            or len(label.split()) >= 2
        }
        index = {line.number: k for k, line in enumerate(self.lines)}
        top = index[keep[0].number]
        own = {
            label
            for label in labels
            for line in self.lines[max(0, top - 12) : top]
            if _post_stamp(line.text, label, lang)
        }
        if not own:
            return keep
        for at in range(2, len(keep)):
            text = keep[at].text
            if len(text) <= 60 and any(_post_stamp(text, label, lang) for label in own):
                for line in keep[at:]:
                    self.drop(index[line.number], "after the article: replies")
                return keep[:at]
        return keep

    def _signs_off(self, text: str) -> bool:
        # True when ``text`` opens with an author's name followed by a place or role.
        key = text.casefold()
        for author in self.authors:
            name = str(author["name"]).casefold()
            if key.startswith(name) and key[len(name) : len(name) + 2] in ("", " (", ", "):
                return True
        return False

    def _last_paragraph(self, keep: list[Line], index: dict[int, int]) -> list[Line]:
        # The last lines of ``keep`` that make one hard-wrapped paragraph (often one line).
        start = len(keep) - 1
        while start > 0:
            k = index[keep[start].number]
            if not self._continues(k) or index[keep[start - 1].number] != k - 1:
                break
            start -= 1
        return keep[start:]

    def _last_colon_subhead(self, label: Line, value: Line) -> bool:
        # Round 21 (headings): "Come prenotare:" / its paragraph at the end of a page that
        # heads its sections so ("Chi può prenotare:" / prose …): the last section, not a
        # label and value after the article. Guard: the label's shape, then the value's.
        return (
            colon_label(label.text)
            and prose_line(value.text)
            and colon_labels_over_prose(self.lines) >= COLON_HEADS
        )

    def _appeal_over_button(self, group: list[Line], index: dict[int, int], said: str) -> bool:
        # The article's last paragraph is a fundraising or membership box's pitch: a short
        # text (≤ 40 words) naming an amount of money, right over a donate or sign-up button
        # of four words or fewer (the page's next line). An appeal the story itself closes
        # with stands over the share row, not over the box's button.
        after = index[group[-1].number] + 1
        if after >= len(self.lines) or not self.features or len(said.split()) > _APPEAL_WORDS:
            return False
        button = self.features[after]
        return (
            button.cue in _APPEAL_BUTTONS
            and button.words <= _BUTTON_WORDS  # a button, not a prompt with its own pitch
            and _AMOUNT.search(said) is not None
        )

    def _cut_by_paywall(self, k: int) -> bool:
        # True when line ``k`` is a sentence the paywall cut ("Pour la saison prochaine, le
        # Sdis souhaite" over "Cet article est réservé aux abonnés…"): five words or more,
        # dense with stop words, ending on a lower-case word, right over a paywall notice —
        # or right under a login wall's last prompt ("Already a subscriber? Sign in" /
        # "Kerensa built the shop's first website in 2020 and says that"), where a page that
        # prints the wall inside the article sets the paragraph it cut.
        if not self.features or self.chrome is None:
            return False
        text, f = self.lines[k].text, self.features[k]
        if f.words < 5 or f.stop_ratio < 0.2 or not text[-1:].isalpha() or not text[-1].islower():
            return False
        words = cues(self.chrome.lang).paywall_words + cues("en").paywall_words
        near = [self.lines[k + 1].text] if k + 1 < len(self.lines) else []
        if k > 0 and self.features[k - 1].cue is not None:
            near.append(self.lines[k - 1].text)  # a wall's prompt carries its cue
        return any(line.casefold().startswith(word) for line in near for word in words)

    def _closing_bio_of(self, text: str) -> int | None:
        # The position of the byline author whom ``text`` is a bio of: a sentence that
        # opens with the author's name (or first name) and a lower-case word.
        if not text.endswith((".", "!", "。")) and ". " not in text:
            return None  # a sentence at least; it may end on the writer's handle
        for position, author in enumerate(self.authors):
            name = str(author["name"])
            if _opens_bio(text, name) or _opens_first_name_bio(text, name):
                return position
        return None

    def _names_author(self, text: str) -> bool:
        # True when ``text`` names one of the byline's authors in full.
        key = text.casefold()
        return any(str(author["name"]).casefold() in key for author in self.authors)

    def _under_next_label(self, k: int) -> bool:
        # Line ``k``, the last kept, stands right under a navigation label that leads to
        # another page ("Next article", "Article suivant", "Volgend artikel",
        # ``navigation_words``): the headline of the teaser it labels.
        if self.chrome is None or k == 0:
            return False
        label = self.lines[k - 1].text
        if len(label) > 40:
            return False  # a label is a few words; the cheap test skips every paragraph
        return label.casefold().strip(" :→»›>") in self.chrome.navigation

    def _in_review_list(self, keep: list[Line]) -> bool:
        # The short lines at the end of ``keep`` stand under a review's list label
        # ("Pros", "What we liked", "Vorteile"): its items, whose bullets a copy lost.
        if self.chrome is None or not self.chrome.review_lists:
            return False
        for line in reversed(keep[-17:]):
            if line.text.casefold().strip(" :") in self.chrome.review_lists:
                return True
            if len(line.text.split()) > 10 or line.text.endswith((".", "!", "?")):
                return False
        return False

    def _trim_tail(self, keep: list[Line]) -> list[Line]:
        # Lines without a sentence end (up to 15 words) left after the article's last
        # sentence are chrome ("dpa-infocom, dpa:250305-930-39", "Contribuer", a teaser's
        # headline, "Previous: …"): an article ends with a sentence, a list, a photo or a
        # press contact, never with a headline-sized line. Dropped only from the very end.
        index = {line.number: k for k, line in enumerate(self.lines)}
        titles = False  # a teaser's headline was dropped under the lines still to read
        chapters: frozenset[int] | None = None  # read once, when a short line is reached
        while len(keep) > 1:
            line = keep[-1]
            f = self.features[index[line.number]]
            group = self._last_paragraph(keep, index)
            said = " ".join(ln.text for ln in group)
            if self.chrome is not None and len(said) <= 300 and self.chrome.names_article(said):
                # "This article appears in the Spring issue", "Ti è piaciuto questo articolo?"
                # (a hard-wrapped page prints it over several lines: all of them go)
                for ln in group:
                    self.drop(index[ln.number], "after the article: about the article")
                del keep[-len(group) :]
                continue
            if self.chrome is not None and self.chrome.disclaims(said):
                # "Hinweis: Dieser Beitrag … und ersetzt / keine individuelle Rechtsberatung.",
                # "… is not a substitute for professional medical advice.": an advice page's
                # disclaimer after the last paragraph, one line or wrapped over several (its
                # phrase may straddle a line break); only here, not inside the story
                for ln in group:
                    self.drop(index[ln.number], "after the article: disclosure")
                del keep[-len(group) :]
                continue
            if self.chrome is not None and self.chrome.republish_note(said):
                # Round 19d (nonprofit): "Republish this story" / "You can republish this
                # article for free … under a Creative Commons license": the republishing box
                # a nonprofit newsroom prints after the story (its last lines only)
                for ln in group:
                    self.drop(index[ln.number], "after the article: republish note")
                del keep[-len(group) :]
                continue
            if (
                self.chrome is not None
                and len(said) <= 300
                and _practical_shape(said)
                and self.chrome.practical_note(said)
            ):
                # Round 20 (tails): "Weitere Vorstellungen: 5., 12. und 19. Dezember … Karten
                # unter Tel. …", "Tidewater is in UK and Irish cinemas from 12 June.", "Le
                # Comptoir …, 12, rue d'Austerlitz, Lyon 4e. Ouvert du mardi au samedi …": the
                # practical information under a review (venue, dates, prices, release)
                for ln in group:
                    self.drop(index[ln.number], "after the article: practical information")
                del keep[-len(group) :]
                continue
            if self._appeal_over_button(group, index, said):
                # "A gift of £10 plants 25 reed plugs." over "Donate today", "Become a member
                # from £4 a month …" over "Join today": the box's pitch, not the article
                for ln in group:
                    self.drop(index[ln.number], "after the article: appeal")
                del keep[-len(group) :]
                continue
            at = self._closing_bio_of(said) if len(said) <= _BIO_CHARS else None
            if at is not None:
                # "Dan is the security editor at …", "Mark di Stefano is a reporter for …":
                # the author box under the story, its bio the article's last paragraph.
                if self.authors[at]["bio"] is None:
                    self.authors[at]["bio"] = said
                    self.note(f"authors[{at}].bio", group[0], "author.bio-after-article")
                for ln in group:
                    self.drop(index[ln.number], "after the article: author's bio")
                del keep[-len(group) :]
                continue
            if _bare_label(line.text):
                # "Media contact:" whose value went with the chrome after it.
                self.drop(index[line.number], "after the article: label")
                keep.pop()
                continue
            if (
                len(keep) > 2
                and _bare_label(keep[-2].text)
                and f.chars <= 600
                and not self._last_colon_subhead(keep[-2], keep[-1])
            ):
                # "Journal reference:" / "Story source:" and the value under it: the page's
                # notes on the article, not the article.
                for tail in (keep[-1], keep[-2]):
                    self.drop(index[tail.number], "after the article: label and value")
                del keep[-2:]
                continue
            if f.words <= 15 and line.text[-1:] not in ".!?…" and self._signs_off(line.text):
                # "Jeanne Martin (Villefranche, envoyée spéciale)": the byline again.
                self.drop(index[line.number], "after the article: author's sign-off")
                keep.pop()
                continue
            if "@" in line.text and (block := _contact_block(keep)):
                # "To contact the reporters on this story:" / "Name in City at a@b": the
                # labelled contact lines under a wire story or a release (LABELS.md 13)
                for tail in keep[-block:]:
                    self.drop(index[tail.number], "after the article: contact block")
                del keep[-block:]
                continue
            if "@" in line.text and self._names_author(line.text) and f.words <= 20:
                # "Contact Dwayne Halloran at dh@… or 555-0148.": the reporter's contact line
                self.drop(index[line.number], "after the article: author's contact")
                keep.pop()
                continue
            if self._reader_prompt(line.text):
                # "Seen something you want us to check? Get in touch using the form below."
                self.drop(index[line.number], "after the article: reader prompt")
                keep.pop()
                continue
            if self._reader_call(line.text):
                # "In this weekly column readers … Send your stories to a@b.example.": the
                # column's standing note under every instalment, not its last paragraph
                self.drop(index[line.number], "after the article: reader call")
                keep.pop()
                continue
            if (
                line.text.endswith(("?", "？"))
                and f.words <= _ASKED_WORDS
                and len(group) == 1
                and keep[-2].text.endswith((".", "!", "?", "…", '"', "”", "。"))
            ):
                # "Need care today?", "Questions?": a call to action's head over the links
                # that went with the chrome; a subhead with no text under it ends no article
                self.drop(index[line.number], "after the article: call to action")
                keep.pop()
                continue
            if (
                line.text.endswith(("?", "？"))
                and f.words <= _TEASER_WORDS
                and not f.bullet
                and len(group) == 1
                and len(keep) > 2
                and (titles or self._title_shaped(keep[-2], index))
                and self._title_shaped(line, index)
            ):
                # "Who will run the harbour now?" under another teaser's headline: a list
                # of titles after the article, where a question ends no article
                self.drop(index[line.number], "after the article: teaser titles")
                titles = True
                keep.pop()
                continue
            if f.words > 15 and _address_footer(line.text):
                # "Redactie …, Westerhaven 12, 9171 KL Oosterwold, telefoon …, redactie@…":
                # the site's address row, too long for the short-line trim below
                self.drop(index[line.number], "after the article: address footer")
                keep.pop()
                continue
            if (
                (f.ends_sentence and not self._tail_update_stamp(line.text))
                or f.bullet
                or f.chars > 120
                or f.words > 15
            ):
                break
            if self.chrome is not None and self.chrome.correction_note(line.text):
                # Round 25 (tailnotes): "Editor's note: Updated at 10:45 a.m. with comment
                # from the developer", "Clarification: The committee has not set a date":
                # the article's own note under its last paragraph, even with no full stop
                break
            if chapters is None:
                chapters = frozenset(chapter_list_lines(self.lines))
            if index[line.number] in chapters:
                break  # "00:00 Intro" / "04:10 …": an episode's chapter list closes its notes
            if len(said) > 120 or len(said.split()) > 15:
                break  # the last lines of a wrapped paragraph cut off mid-sentence (a paywall)
            if self._cut_by_paywall(index[line.number]):
                break
            if split_caption(line.text) is not None or line.number in self.captioned:
                break
            if (
                len(keep) > 1
                and _RANK_ROW.match(keep[-2].text)
                and ": " in line.text
                and any(ch.isdigit() for ch in line.text)
            ):
                break  # "Fastest lap: Name, 1:32.115" under a results table's numbered rows
            if "@" in line.text and "?" not in line.text:
                break  # a press contact (an e-mail address); "Got a tip? Mail …" is a prompt
            if self._under_next_label(index[line.number]):
                # "Next article" / "Why handheld consoles are having a moment": the teaser's
                # headline under the page's label, however near a review's lists stand
                self.drop(index[line.number], "after the article: teaser under its label")
                keep.pop()
                continue
            if self._in_review_list(keep):
                break  # "Pros" / "Light enough to carry" …: a review's verdict lists
            if in_framed_box(self.features, index[line.number]):
                break  # "-----" / "Infos pratiques" / "Concert …, 17 h" / "-----": a framed box
            if fact_row(line.text) and _titled_box(keep):
                # "Fiche technique" / "Puissance : 145 ch" / "Prix : à partir de 34 990 €",
                # "Serviço" / "Quando: …" / "Onde: …": a spec sheet or a notice's practical
                # details close the article as its facts box, under the box's title
                break
            if len(keep) > 1 and same_entry_lead(keep[-2].text, line.text):
                break  # the last entry of a calendar or results list ("Jan. 27-30: …")
            if len(keep) > 1 and figure_item(line.text) and figure_item(keep[-2].text):
                break  # the last rows of a results table ("Name (Party) 544" / "Turnout: 35%")
            if (
                len(keep) > 1
                and f.numeric > 0
                and _SCORE_LINE.match(line.text)
                and _SCORE_LINE.match(keep[-2].text)
            ):
                break  # Round 25 (tailnotes): the last match results of a round-up's list
            above = index[line.number] - 1
            if above >= 0 and self.features[above].cue == "noise.advertisement":
                # "SPONSORED" / "Cut energy loss by 30 per cent: download the white paper":
                # the advertiser's line under the label, not a paragraph the text cut off
                self.drop(index[line.number], "after the article: advertisement")
                keep.pop()
                continue
            if cut_mid_sentence(
                self.features, index[line.number], self.lines
            ) and not self._tail_update_stamp(line.text):
                break  # the text stops inside a paragraph: nothing after it to be chrome
            if is_signature(line.text) and any(is_signature(ln.text) for ln in keep[:-1]):
                break  # the last letter's signature, on a page that signs every letter
            if is_signature(line.text) and _signed_paragraph(keep, self.features, index):
                break  # a lone letter's signature right under its last full paragraph
            lang = self.chrome.lang if self.chrome is not None else None
            if _sign_off_date(keep, self.features, index, lang):
                break  # "La Junta Directiva" / "Valdecasa, 3 de marzo de 2026": a statement's end
            titles = titles or (f.words >= 4 and self._title_shaped(line, index))
            self.drop(index[line.number], "after the article: short line")
            keep.pop()
        return keep

    def _reader_prompt(self, text: str) -> bool:
        # A question to the reader, then a way to reach the newsroom ("get in touch",
        # "contact us"): the page's prompt under the article, not its last paragraph.
        if self.chrome is None or len(text) > 200 or "? " not in text:
            return False
        after = text.split("? ", 1)[1].casefold()
        if (
            len(after.split()) <= _PROMPT_CONTACT_WORDS
            and "@" in after
            and CONTACT_DETAIL.search(after)
        ):
            return True  # "Have a question? Email moneymatters@…": the question, then an address
        return any(
            after.startswith(phrase)
            for phrase in self.chrome.navigation
            if " " in phrase or "-" in phrase or not phrase.isascii()
        )

    def _reader_call(self, text: str) -> bool:
        # A column's standing note under its last paragraph: what the column is, then a
        # later sentence that asks readers to send something in, opening with one of the
        # ``comment_words`` phrases ("Send your stories to", "Stuur uw verhaal",
        # "Schicken Sie uns Ihre"), with an address or number to send it to. A call that
        # opens the line is a comment prompt already (``ChromeCues``).
        if self.chrome is None or len(text) > _READER_CALL_CHARS:
            return False
        if "@" not in text and not any(c.isdigit() for c in text):
            return False  # cheap guard: no address, no number, no call to answer
        if not CONTACT_DETAIL.search(text):
            return False
        key = text.casefold()
        # Openings of two words or more: a single word ("Comments") opens council prose too
        # ("Comments can be sent to …"). Built here, not cached: few lines get this far.
        calls = [p for p in self.chrome.starts if " " in p]
        for stop in (". ", "! ", "? "):
            for part in key.split(stop)[1:]:
                for phrase in calls:
                    after = part[len(phrase) : len(phrase) + 1]
                    if part.startswith(phrase) and not after.isalnum():
                        return True
        return False

    def _cut_tail(self, region: Region) -> list[Line]:
        if not region.cut_tail:
            return [self.lines[i] for i in self.unused()]
        keep: list[Line] = []
        # Chrome the decoder set between the header and the first paragraph (a sidebar).
        start = next((k for k, zone in enumerate(region.zones) if zone == BODY), len(self.lines))
        # "السؤال" / question / "الجواب" / answer: the question is the article's, however
        # short and question-like the decoder found it; the article opens at its label
        asked = next(
            (
                k
                for k in self.unused()
                if k < start
                and self.chrome is not None
                and self.lines[k].text.casefold().strip(" :：") in self.chrome.qa_labels
            ),
            start,
        )
        for i in self.unused():
            line = self.lines[i]
            if region.zones[i] == POST and not asked <= i < start:
                where = "after the article: " if i > start else "before the article: "
                reason = where + chrome_reason(self.features[i])
                # A hard-wrapped paragraph's last bit of line continues the body; chrome does not.
                prev = keep[-1] if keep else None
                if not (
                    prev is not None
                    and not line.blank_before
                    and prev.number == line.number - 1
                    and not prev.text.endswith((".", "!", "?", "”", '"'))
                    and line.text.endswith((".", "!", "?", "”", '"'))
                    and len(prev.text) >= 50
                ):
                    if prev is not None and self._paywall_box_title(prev, i):
                        # "Testergebnisse für 12 Akku-Rasenmäher freischalten" over the
                        # paywall's buttons: the box's title, not the article's paragraph
                        keep.pop()
                        self.drop(i - 1, "box title")
                    self.drop(i, reason)
                    continue
            keep.append(line)
        return keep


def _teaser_card(block: AuthorBlock) -> bool:
    # An author block that no byline named, with no role and a "bio" that is no sentence
    # ("Name in Some Blog Dec 6, 2018 · 5 min read"): the writer's line of a related
    # story's card under the article, not a second author of this one. A bio is a sentence
    # about the writer; a card prints the writer, the outlet, the date or reading time.
    first = block.bio_line.text if block.bio_line is not None else (block.bio or "")
    bio = first.rstrip("”\"'»)")  # the bio's first line: a card's runs into the footer
    return not block.role and not bio.endswith((".", "!", "?", "。")) and len(bio.split()) < 16


_BOX_ITEM_WORDS = 12
"""How many words a line of a contents box holds at most (a subhead's length)."""
_CONTENTS_TITLE_WORDS = 3
"""How many words a contents box's title holds at most ("Sommaire", "In this article")."""
_BOX_ITEM = lazy_pattern(r"^(?:[*•·\-–]\s+|\d{1,2}[.)]\s+)")


def _box_key(text: str) -> str:
    # A contents-box line and the subhead it names compared: without the item's bullet or
    # number and the anchor link a dump prints around it ("* [Title](#part-2)").
    text = _BOX_ITEM.sub("", text.lstrip("#").strip())
    if text.startswith("[") and "](" in text and text.endswith(")"):
        text = text[1 : text.index("](")]
    return fold(" ".join(text.split()))


_WIDGET_LOOK = 20
"""How many lines under the headline a summary box's label is looked for."""
_WIDGET_ITEMS = 6
_WIDGET_ITEM_CHARS = 120


def summary_widget(lines: list[Line], chrome: ChromeCues, title: int) -> list[int]:
    """Round 21: a generated summary box under the headline ("文章摘要" / "米拓智能海外收入首次
    超过国内，欧洲成为主要市场。" / … / the story's first paragraph): the label
    (``summary_widget_labels``, a whole line, colon or none) and the one to six short
    lines under it, each a single sentence, up to a line longer than any of them (the
    story). Guard: only a line among the twenty under the headline equal to a label."""
    if not chrome.summary_widgets:
        return []
    for k in range(title + 1, min(title + _WIDGET_LOOK, len(lines))):
        if fold(lines[k].text).strip(" :：*#") not in chrome.summary_widgets:
            continue
        items: list[int] = []
        for j in range(k + 1, min(k + 1 + _WIDGET_ITEMS + 1, len(lines))):
            text = lines[j].text.lstrip("-•*·▪● ").strip()
            longest = max((len(lines[i].text) for i in items), default=0)
            if items and len(text) > max(2 * longest, 40):
                return [k, *items]  # the story's first paragraph under the box
            if len(text) > _WIDGET_ITEM_CHARS or _sentences(text) > 1:
                return []
            items.append(j)
        return []
    return []


def _sentences(text: str) -> int:
    # How many sentences ``text`` holds, by its sentence ends (Latin, Arabic and Han).
    ends = sum(text.count(mark) for mark in "。！？؟")
    ends += sum(text.count(mark) for mark in (". ", "! ", "? "))
    return ends + (0 if text.rstrip()[-1:] in ".!?。！？؟" else 1) if text else 0


def contents_box(
    lines: list[Line], features: list[LineFeatures], used: list[bool], title: int
) -> list[int]:
    """The lines of a table of contents under the header: two or more short lines in a row
    that each stand again, in the same order, as a line of their own further down (the
    subheads they link to), and the short title over them ("Sommaire", "Содержание",
    "Contents", "本文目录"). A subhead printed twice is otherwise no subhead, and the box
    reads as the first paragraphs. Only the first such run under the headline, above the
    article's first unused line of prose."""
    n = len(lines)
    keys = [_box_key(line.text) for line in lines]
    for k in range(title + 1, n):
        if used[k]:
            continue
        run: list[int] = []
        j, last = k, k
        while j < n and not used[j] and keys[j] and keys[j] not in {keys[r] for r in run}:
            if features[j].words > _BOX_ITEM_WORDS or lines[j].text.endswith(_SENTENCE_STOPS):
                break
            if features[j].bullet or _BOX_ITEM.match(lines[j].text):
                break  # a bulleted contents list: the body reads it (``_table_of_contents``)
            later = next((m for m in range(max(last, j) + 1, n) if keys[m] == keys[j]), None)
            if later is None:
                break
            run.append(j)
            last = later
            j += 1
        if len(run) >= 2:
            top = run[0] - 1
            f = features[top]
            if (
                top > title
                and not used[top]
                and 0 < f.words <= _CONTENTS_TITLE_WORDS
                and not f.ends_sentence
                and f.link_ratio == 0
                and keys.count(keys[top]) == 1
            ):
                run.insert(0, top)
            return run
        if features[k].words >= _BOX_ITEM_WORDS and features[k].ends_sentence:
            return []  # the article's prose has begun: no contents box over it
    return []


_SENTENCE_STOPS = (".", "!", "?", "。", "！", "？")


_SIGN_OFF_WORDS = 6
"""How many words the signer's line over a statement's closing date holds at most."""


def _sign_off_date(
    keep: list[Line], features: list[LineFeatures], index: dict[int, int], lang: str | None
) -> bool:
    # The last of ``keep`` is the place and date a statement or a letter was signed
    # ("Valdecasa, 3 de marzo de 2026", "2026年5月6日"), right under its last full paragraph
    # or under the signer's short line that stands there ("La Junta Directiva", "应急救援处").
    # A teaser's date stands under its headline, not under a closing sentence.
    if not sign_off_date(keep[-1].text, features[index[keep[-1].number]], lang):
        return False
    if _signed_paragraph(keep, features, index):
        return True
    if len(keep) < 3:
        return False
    signer = features[index[keep[-2].number]]
    if signer.cue is not None or signer.link_ratio > 0 or signer.ends_sentence:
        return False
    if not 0 < signer.words <= _SIGN_OFF_WORDS or signer.datelike:
        return False
    return _signed_paragraph(keep[:-1], features, index)


_TITLE_WORDS = 2
"""Lower-case title words a signer's name may follow ("sędzia", "mł. asp.")."""


_SIGNED_ROLE_WORDS = 12
"""How many words a writer's title after a signature's name has at most ("head of the
local history department at the district museum")."""


_SIGNATURE_READ_AS = (
    "after the article: teasers outside the article",
    "after the article: sign-up",
    "sign-up",
)
"""What the tail's reading calls a signature line with a long title or a newsletter role."""
_SALUTATION_WORDS = 4


def _salutation(text: str) -> bool:
    # A closing salutation on a line of its own ("Até amanhã,", "Bis morgen,", "Cheers,",
    # "Un abrazo,", "До завтра,"): a few words ending in a comma, no digit.
    text = text.strip(" *_")
    return (
        text.endswith(",")
        and text[:1].isupper()
        and 1 <= len(text.split()) <= _SALUTATION_WORDS
        and not any(ch.isdigit() for ch in text)
    )


_SHORT_HEADLINE_WORDS = 4
"""A headline this short over a long dek is lifted only on its own evidence (see
``_short_headline_over_dek``)."""
_BULLET_MARK = lazy_pattern(r"^(?:[-*•·▪●–+]|\d{1,3}[.)])\s+")
"""A menu item's bullet ("• ", "- "), as the line features read it."""
_TAG_LABEL = lazy_pattern(r"^[^:：]{1,20}[:：]\s*")
"""A tag row's label ("Mots-clés : ", "Tags: ", "标签：")."""
_CRUMB_STEP = lazy_pattern(r" (?:»|>>?|›|/|\||·|→) |＞")
"""A breadcrumb's separator between two steps (the region module's crumbs)."""
_DEK_UNDER_SHORT_WORDS = 12
"""How many words the dek under a four-word headline has at least."""
_SENTENCE_CASE = 0.25
"""The share of capitalised words of a four-word headline in sentence case (its first)."""
_RUBRIC_HEADLINE_CASE = 0.5
"""The share of capitalised words of a four-word headline under a one-word rubric."""
_DEK_UNDER_RUBRIC_WORDS = 8
"""How many words the dek under a four-word headline under a rubric has at least."""
_DEK_UNDER_RUBRIC_RATIO = 1.8
"""How many times the length of a four-word headline under a rubric its dek has at least."""


def _long_signed_role(text: str) -> bool:
    # Round 19c (header3): a writer's title of seven to twelve words after the name in a
    # signature, headed by a role word of the data files ("head of the …", "завідувачка
    # відділу краєзнавства районного музею", "Leiterin der Ortschronik …"): no sentence end,
    # no digit, and its first three words read as a title on their own.
    split = text.split()
    return (
        6 < len(split) <= _SIGNED_ROLE_WORDS
        and not text.endswith((".", "!", "?", ":"))
        and not any(ch.isdigit() for ch in text)
        and is_byline_role(" ".join(split[:3]))
        and is_byline_role(split[0])
    )


_AND_WORD = lazy_pattern(r"\s(?:and|und|et|y|e|en|i|oraz|и|і|та)\s")
"""A second writer joined to the first ("Anna Roe, Tom Kent and Eva Lind"): no place."""
_QUOTE_CLOSE = ("»", "”", '"', "“")
"""The quotes that close an outlet's name in a signature ("Name, «Outlet»", "Name, „Blatt“")."""
_QUOTE_OPEN = ("«", "„", "“", '"', "»")
_OUTLET_WORDS = 6
"""Words an outlet's name in quotes may hold after a signature's comma ("« Le Courrier de …
»")."""


def _same_caption(caption: str, text: str) -> bool:
    # The caption a credit line holds is ``text`` itself, its end stop aside.
    return caption.casefold().rstrip(" .") == text.casefold().rstrip(" .")


def _signature_date(text: str) -> bool:
    # A date alone on its line under a signature ("2026年11月28日", "28.11.2026",
    # "28 листопада 2026 р."): short, with a year, no sentence.
    text = text.strip()
    return (
        len(text) <= 30
        and len(text.split()) <= 4
        and has_year(text)
        and not text.endswith(("!", "?", ":", "。"))
        and sum(ch.isalpha() and not has_han(ch) for ch in text) <= 12
    )


def _titled_name(text: str) -> str | None:
    # The name on a signature line: a person's name of two or three words, after at most
    # two lower-case title words ("sędzia Marta Wilczyńska" → "Marta Wilczyńska"); no figure.
    words = text.split()
    lead = 0
    while lead < len(words) and lead < _TITLE_WORDS and words[lead][:1].islower():
        lead += 1
    name = " ".join(words[lead:])
    if any(ch.isdigit() for ch in text) or not 2 <= len(words) - lead <= 3 or not is_name(name):
        return None
    return name


def _signed_paragraph(
    keep: list[Line], features: list[LineFeatures], index: dict[int, int]
) -> bool:
    # The line before the last of ``keep`` closes a full paragraph (a long line ending its
    # sentence, or the end of a hard-wrapped one): what a letter's signature stands under.
    if len(keep) < 2:
        return False
    above = features[index[keep[-2].number]]
    if not above.ends_sentence or above.cue is not None:
        return False
    return above.words >= 12 or (not keep[-2].blank_before and len(keep) > 2)


def _without_side_label(title: str) -> str:
    # The headline of a line that joins it to a section label or the site's name with a
    # bar ("New York | Manhole fires …", "Manhole fires … | The Courier"): a dump prints a
    # kicker and its headline, or the page's ``<title>``, as one line. The short side (three
    # words at most, no sentence) goes; a bar between two long parts stays.
    if "|" not in title:
        return title
    parts = [part.strip() for part in title.split("|")]
    if len(parts) != 2 or not all(parts):
        return title
    short, long = sorted(parts, key=len)
    if (
        len(short.split()) <= 3
        and len(long.split()) >= 4
        and len(long) >= 2 * len(short)
        and not short.endswith((".", "!", "?"))
    ):
        return long
    return title


_GLUED_LEAD_MARKS = ("-", "–", "—", ":", "/", "ـ")
"""The marks that set a byline prefix and a name apart at the start of a first paragraph
("كتب- Name", "كتبت: Name", "كتب/ Name"), rule ``byline.glued-lead``; round 25 (scrapedp):
the tatweel "ـ" printed alone as the dash ("كتب ـ Name: …")."""


def _glued_lead_name(
    after: str, particles: tuple[str, ...], dashed: bool = False
) -> tuple[str, str] | None:
    # The writer's name and the story after it in a first paragraph's opening, the byline
    # prefix and its mark taken off ("مروان الشيخ افتتحت …" → ("مروان الشيخ", "افتتحت …");
    # "Ana Gil – El ayuntamiento …" → ("Ana Gil", "El ayuntamiento …")), else None.
    # Round 25 (scrapedp): ``dashed`` — the prefix was set off by a dash ("كتب ـ Name: …",
    # "كتب - Name: …"); the colon after the name then closes the byline, as no speech
    # follows a byline prefix and its dash.
    head = after[:60]
    for mark in (" - ", " – ", " — ", ":"):
        cut = head.find(mark)
        if cut > 0:
            name = head[:cut].strip()
            if 2 <= len(name.split()) <= 4 and not any(ch.isdigit() for ch in name):
                cased = any(ch.isupper() or ch.islower() for ch in name)
                if (
                    cased and all(w[:1].isupper() or w in particles for w in name.split())
                ) or (
                    not cased and (mark != ":" or dashed)  # "مروان الشيخ قال: …": speech
                ):
                    return name, after[cut + len(mark) :].strip()
            break
    words = after.split()
    if len(words) < 8 or any(ch.isupper() or ch.islower() for ch in after[:40]):
        return None  # a cased script's name needs its closing mark
    size = 2
    k = 0
    while k < size and k < 4:
        if words[k] in particles:
            size += 1
        k += 1
    size = min(size, 4)
    if any(not w.isalpha() for w in words[:size]):
        return None
    return " ".join(words[:size]), " ".join(words[size:])


_OUTLET_HAN = lazy_pattern(r"^[\u4e00-\u9fff]{2,5}(?=[记記])")
"""An outlet's short name glued before the reporter label in a bracketed sign-off: "央视",
"中新社", "人民日报" in "(央视记者 何欣蕾)"."""


def _outlet_reporter_cell(inner: str, prefixes: tuple[str, ...]) -> str | None:
    # Round 23 (scrapedj): a bracketed sign-off whose reporter label is preceded by the
    # outlet's short name ("(央视记者 何欣蕾)", "（中新社記者 王浩）"): the cell from the label
    # on ("记者 何欣蕾"), when it opens with one of the language's ``byline_prefixes``; else
    # None. Guard: two to five Han characters, then 记/記, one pattern on the ≤ 30-character
    # bracket.
    found = _OUTLET_HAN.match(inner)
    if found is None:
        return None
    rest = inner[found.end() :]
    return rest if rest.startswith(prefixes) else None


def _slashed_writer_cell(inner: str, prefixes: tuple[str, ...]) -> str | None:
    # Round 22 (scrapedf): the writer's cell of a bracketed sign-off that prints its label
    # with a colon and sets the photographer's cell after a slash ("文:尹慧益/图:王佳彤 李大光",
    # "文：A／图：B"): the first cell, its colon written as the slash form the language's
    # ``byline_prefixes`` hold ("文/"), so "文:A" reads like "文/A"; None when the first cell
    # opens with no such label.
    cell = inner.replace("／", "/").split("/", 1)[0].strip()
    for colon in (":", "："):
        label, found, name = cell.partition(colon)
        if found and label and f"{label}/" in prefixes and name.strip():
            return f"{label}/{name.strip()}"
    return None


_GLUED_CRUMB_REACH = 4
"""How many lines over the headline the section label of a glued crumb is looked for."""
_GLUED_CRUMB_HEAD = 24
"""How far into the headline line the crumb's separator may stand."""


_SPACED_CRUMB_WORDS = 6
"""How many words a breadcrumb trail glued before its headline with spaces alone runs."""


def _without_glued_crumb(title: str, lines: list[Line], title_index: int) -> str:
    # Round 22 (scrapedf): the headline of a line that glues a breadcrumb trail before it
    # with no space after the last step ("首页» 综合新闻2008级本科新生开学典礼在新校区举行"): a
    # CMS prints the trail and the headline as two spans, and the trail's last step is the
    # section label the page also prints on a line of its own a few lines above ("综合新闻").
    # The trail and that label go; the rest is the headline. Guard: a crumb separator
    # (``_CRUMB_ENDS``) within the line's first 24 characters, then a look at the few short
    # lines above.
    head = title[:_GLUED_CRUMB_HEAD]
    cut = max(head.rfind(end) for end in _CRUMB_ENDS)
    if cut <= 0:
        return title
    end = next(e for e in _CRUMB_ENDS if head.rfind(e) == cut)
    rest = title[cut + len(end) :].lstrip()
    for k in range(title_index - 1, max(-1, title_index - _GLUED_CRUMB_REACH - 1), -1):
        label = lines[k].text.strip()
        if not label or len(label) > 12 or not rest.startswith(label):
            continue
        headline = rest[len(label) :].strip()
        if len(headline) >= max(6, len(label)) and not headline[:1].isspace():
            return headline
    return title


_GLUED_KICKER_HEAD = 30
"""How far into the headline's line a glued kicker may end ("Nordrhein-WestfalenRichterin …")."""
_GLUED_KICKER_REACH = 40
"""How many lines above the headline are looked at for the kicker printed on its own."""
_KICKER_ROW_MARKS = str.maketrans(dict.fromkeys(">|»›/", "  "))
"""A breadcrumb's or menu row's separators, as the gaps inscriptis prints between cells."""


def _without_glued_kicker(
    title: str, lines: list[Line], title_index: int, chrome: ChromeCues
) -> str:
    # Round 25 (glued): the headline of a line that glues a kicker, section label or date
    # badge before it with no space ("NiedersachsenAmtsrichter muss …", "Der TagStadtrat
    # …", "13 FebEl Atlético …", "OpinionWhy …", "LIVEErdbeben …"): inscriptis, html2text and
    # a select-all copy print the template's <span> and the <h1> as one run. The cut is
    # where a small letter or a figure meets a capital (or a run of capitals meets a
    # capitalised word), within the line's first 30 characters; the part before it goes
    # only when it is a kicker the language names (``section_words``, ``live_labels``,
    # ``breaking_labels``, ``interview_kickers``), a date badge (a day and a month, a
    # numeric date), or a line (or a breadcrumb's or menu row's cell) of its own among the
    # lines above. So a name with an inner capital ("McDonald", "YouTube", "LaLiga") stays
    # whole. The rest must be a headline of three words or more. Guard: the cheap scan of
    # at most 30 characters runs once a page; the look above only for a cut found.
    if len(title) < 16 or not title[:1].isalnum():
        return title
    head = title[: _GLUED_KICKER_HEAD + 1]
    for at in range(2, len(head) - 1):
        char, before = head[at], head[at - 1]
        if not char.isupper():
            continue
        if not (
            before.islower()
            or before.isdigit()
            or (before.isupper() and head[at - 2].isupper() and head[at + 1].islower())
        ):
            continue
        kicker, rest = title[:at].strip(), title[at:]
        if len(kicker.split()) > 3 or len(rest.split()) < 3:
            continue
        if _glued_kicker(kicker, lines, title_index, chrome):
            return rest
    return title


def _glued_kicker(kicker: str, lines: list[Line], title_index: int, chrome: ChromeCues) -> bool:
    # Whether ``kicker`` (the part before a glued headline) is a kicker: a cue word, a date
    # badge, or a short line (or row cell) of its own above the headline.
    folded = fold(kicker)
    lang = cues(chrome.lang)
    if (
        folded in lang.section_words
        or folded in cues("en").section_words
        or folded in chrome.live_labels
        or folded in lang.breaking_labels
        or folded in chrome.interview_kickers
    ):
        return True
    words = folded.replace(",", " ").split()
    if any(w[:1].isdigit() for w in words) and all(
        (w.rstrip(".").isdigit() and len(w.rstrip(".")) <= 4)
        or w.rstrip(".") in chrome.months
        or (w[:1].isdigit() and w.count(".") + w.count("/") == 2 and len(w) <= 10)
        for w in words
    ):
        return len(words) > 1 or not words[0].isdigit()  # "13 Feb", "Feb 13", "18.11.2021"
    for k in range(title_index - 1, max(-1, title_index - _GLUED_KICKER_REACH - 1), -1):
        text = lines[k].text
        if kicker not in text or len(text) > 200:
            continue
        if text.strip() == kicker or any(
            cell.strip() == kicker for cell in text.translate(_KICKER_ROW_MARKS).split("  ")
        ):
            return True
    return False


def _headline_pen_name(title: str, text: str) -> tuple[str, str] | None:
    # Round 25 (glued): "旧城改造的往事/林夕": a Chinese portal's column prints the writer's
    # pen name after a slash on the headline's line. Returns the headline and the name, or
    # None. The name is two to four Han characters closing the line after its only slash
    # (ASCII or full-width), the headline before it at least six characters holding Han
    # ones; and the name stands nowhere else in the page's text once the headline's line
    # is counted: "中美关系/北约" pairs two topics, and a topic is named again in the story.
    # Guard: a slash in the line (one ``str`` test) before anything else.
    if "/" not in title and "／" not in title:
        return None
    cut = max(title.rfind("/"), title.rfind("／"))
    head, name = title[:cut].strip(), title[cut + 1 :].strip()
    if not 2 <= len(name) <= 4 or len(head) < 6 or "/" in head or "／" in head:
        return None
    if not all("\u3400" <= ch <= "\u9fff" for ch in name):
        return None
    if not any("\u3400" <= ch <= "\u9fff" for ch in head):
        return None
    return (head, name) if text.count(name) == text.count(title) else None


_LIVE_BADGE_MARKS = (" | ", ": ", ". ", " - ", " – ", " — ", " · ")
"""What separates a live page's badge from the headline it is glued to ("LIVE: …",
"EN DIRECT - …", "Liveticker · …"); a bar alone is ``_without_side_label``'s."""


def _without_live_badge(title: str, live_labels: frozenset[str]) -> str:
    # The headline of a line that opens with a live page's badge ("LIVE: Storm batters
    # the coast", "EN DIRECT. Incendie au port : …", "LIVETICKER – Großbrand in …"): the
    # template prints the badge before the headline on one line, and the title is the
    # headline. Only a badge in capitals that the language's ``live_labels`` name goes (two
    # words at most, before the first mark), and only before a headline of four words or
    # more.
    if not live_labels or len(title) < 20 or not title[:1].isalpha():
        return title  # the cheap guard: a badge opens the line with a letter
    cut = min(
        ((k, mark) for mark in _LIVE_BADGE_MARKS if 0 < (k := title.find(mark)) <= 24),
        default=None,
    )
    if cut is None:
        return title
    head, rest = title[: cut[0]], title[cut[0] + len(cut[1]) :].strip()
    if len(head.split()) > 2 or not head.isupper() or fold(head).strip() not in live_labels:
        # "Live updates: Magnitude 6.1 earthquake …" in the headline's own case is the
        # desk's wording, kept; the template's badge is set in capitals ("LIVE", "EN DIRECT")
        return title
    if len(rest.split()) < 4 or not rest[:1].isupper():
        return title  # "Live: 3 updates" or a lower-case run-on: no headline after it
    return rest


def parse_plaintext(text: str, *, label: str = "<text>", source_dir: str | None = None) -> Article:
    """Recover an :class:`Article` from the scraped text of a news page.

    ``text`` is already decoded (see :mod:`syndicate.readers.decode`).
    Raises :class:`~syndicate.errors.SourceNotUnderstood` when there is no
    article to recover (empty text, or nothing but page chrome).
    """
    # The cyclic collector paused for the parse: a first parse loads modules, a language's
    # cue words and patterns (long-lived objects, no garbage), whose allocations set off
    # collections that find nothing (~1.7 M instructions of a first parse); the parse's own
    # cycles are few and are collected after it, when the collector is back on.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        text = clean_text(text, "source text")
        # Cue words are spelled with ordinary spaces: the reader reads a copy with the
        # page's lone no-break spaces made ordinary ones, and the model gets them back.
        text, swapped = plain_spaces(text)
        language, language_rule = detect_language(text)
        chrome = chrome_cues(primary_subtag(language))
        # Longest first: "(الصورة من بلدية المدينة)" loses "الصورة من", not "الصورة" (round 21)
        token = use_photo_labels(
            tuple(sorted(chrome.photo_labels, key=lambda w: (-len(w), w))),
            chrome.agencies,
            chrome.credit_sources,
            tuple(sorted(chrome.figure_sources, key=lambda w: (-len(w), w))),
        )
        widgets = use_credit_widgets(chrome.credit_widgets, chrome.credit_tails)
        try:
            article = _parse(text, label, source_dir, language, language_rule, chrome)
            return restore_spaces(article, swapped) if swapped else article
        finally:
            reset_credit_widgets(widgets)
            reset_photo_labels(token)
    finally:
        if gc_was_on:
            gc.enable()


def _without_uniform_spacing(lines: list[Line]) -> list[Line]:
    # The lines with their blank-line marks dropped when every line has one.
    #
    # A page copied with a blank line under every element (kicker, byline, caption, each
    # headline of a "most read" list) says nothing with its blank lines: the blocks they
    # mark elsewhere (a header, a list under its marker, a caption over its credit) are
    # read from the lines' own shapes instead, as on a page with no blank lines at all.
    if len(lines) < 12 or sum(line.blank_before for line in lines[1:]) < 0.95 * (len(lines) - 1):
        return lines
    return [lines[0], *(line._replace(blank_before=False) for line in lines[1:])]



def _interviewer_byline(lines: list[Line], consumed: Iterable[int], chrome: ChromeCues) -> bool:
    # Whether a header line the byline came from names an interviewer ("Беседовала:
    # Анна Лис", "حاورها: سامر العطار"): the page is then an interview (see ``read_body``).
    if not chrome.interviewers:
        return False
    return any(
        lines[k].text.casefold().lstrip().startswith(chrome.interviewers)
        for k in consumed
        if 0 <= k < len(lines)
    )

_KICKER_REACH = 3
"""How many lines over the headline a kicker may stand (a section label may come between)."""


def _interview_kicker(lines: list[Line], title: int, chrome: ChromeCues) -> bool:
    # Whether a kicker over the headline says the page is an interview ("INTERVIEW",
    # "Q&A", "WYWIAD", "Entretien", "Im Gespräch", "专访" in ``interview_kickers``): the page
    # is then an interview, as with an interviewer's byline, and its questions on lines of
    # their own are the interviewer's turns (see ``read_body``), not subheads.
    if not chrome.interview_kickers:
        return False
    return any(
        lines[k].text.casefold().strip(" :|*#_·•-–—") in chrome.interview_kickers
        for k in range(max(0, title - _KICKER_REACH), title)
    )


def _interview_dek(dek: str | None, lang: str | None) -> bool:
    # Round 21 (subheads2): whether the dek announces a conversation ("Rozmawiamy o tym z
    # Teresą Kalinowską, …", "We spoke to the last keeper of …", ``interview_intros``): the
    # page is then an interview, as with an interviewer's byline, and its short questions on
    # lines of their own are the interviewer's turns (see ``read_body``: two at least), body
    # paragraphs, not subheads. Guard: a dek, and the language's phrases.
    if not dek:
        return False
    intros = cues(lang or "en").interview_intros
    if not intros:
        return False
    folded = dek.casefold()
    return any(intro in folded for intro in intros)


_CREDIT_AFTER_BODY_CHARS = 200


def _credit_after_body(
    lines: list[Line], zones: list[int], images: frozenset[int]
) -> int | None:
    # The index of a credit (or a credited caption) printed right under an image line
    # just after the article's last line ("[image] Photo: Dunmore Island Ferries", "[IMG]" /
    # "Foto: Name"), which the decoder put with the chrome after the article: a picture set
    # under the last paragraph, a figure of the article's. Only with the image line right
    # above it (no blank line, or the image word printed on the line), so that a page's
    # "Photos: …" footer credit stays chrome.
    last = max((k for k, zone in enumerate(zones) if zone in (BODY, TAIL)), default=None)
    if last is None:
        return None
    k = last + 1
    while k < len(lines) and k - last <= 2 and lines[k].number in images:
        k += 1  # the image's own line ("[IMG]")
    if k >= len(lines) or zones[k] != POST or lines[k].number - 1 not in images:
        return None
    text = lines[k].text
    if len(text) > _CREDIT_AFTER_BODY_CHARS:
        return None
    parts = split_caption(text)
    return k if parts is not None and parts.credit else None


def top_headings(printed: list[Line]) -> tuple[int, ...]:
    """The indexes of a Markdown dump's "# " lines, else of its "## " lines (round 20)."""
    first = tuple(k for k, line in enumerate(printed) if line.text[:2] == "# ")
    if first:
        return first
    return tuple(k for k, line in enumerate(printed) if line.text[:3] == "## ")


def _parse(
    text: str,
    label: str,
    source_dir: str | None,
    language: str,
    language_rule: str,
    chrome: ChromeCues,
) -> Article:
    raw = _without_uniform_spacing(join_image_lines(split_lines(text)))
    # lynx's and w3m's "[IMG] caption …": the image word off the caption, the image above it
    raw, image_leads = split_image_leads(raw)
    # Lines that print an image and nothing else: a caption and its credit stand under one.
    images = frozenset(
        line.number for line in raw if line.text.startswith("![") and line.text.endswith(")")
    )
    # w3m's "[alt]" for an image is an image line like html2text's; the body skips it.
    images |= image_placeholders(raw) | image_leads
    images |= lynx_image_alts(raw)  # lynx's "[16]alt text" over a credited caption
    captioned = images_with_captions(raw) | italic_captions(raw)
    printed = drop_bare_markup(raw)
    if not printed:
        raise SourceNotUnderstood(f"{label}: is empty")
    # Features are read from the lines as printed (a line of links is chrome); the fields
    # are read from the lines without the dump tool's markup.
    features = line_features(printed, stopwords(language), chrome)
    lines, marked_headings = clean_markup(printed)
    reader = _Reader(lines, label)
    reader.captioned = captioned
    if lines is not printed:
        reader.printed = printed
    if marked_headings:
        reader.under_home_link = home_link_headings(printed, marked_headings)
    reader.images = images
    reader.features = features
    if marked_headings:
        reader.marked_headings = marked_headings
        reader.top_headings = top_headings(printed)
    reader.hard_wrapped = len(unwrap(lines, keep=is_explicit_caption)) != len(lines)
    reader.chrome = chrome
    region = _decode_zones(lines, reader.features, stopwords(language), chrome)
    rails = bylined_teaser_rails(lines, features)
    if rails and region.title in rails:
        # Round 24 (enteaser): the decoder's headline is a rail's teaser
        reader.features = [
            f._replace(cue="noise.embed", byline=False) if k in rails else f
            for k, f in enumerate(features)
        ]
        region = _decode_zones(lines, reader.features, stopwords(language), chrome)
    title_index = reader.title(region)
    if (
        region.is_dump
        and reader.provenance["title"].rule == "title.first-line"
        and not (title_index == region.title and region.headline_score >= _SURE_HEADLINE)
    ) or (
        # Round 23 (enhead): the headline over the prose run, below the decoder's zones'
        # article (a teaser menu it read as the story): the article is that run of prose.
        reader.provenance["title"].rule == "title.over-prose-run"
        and region.zones[title_index + 1 :].count(BODY) == 0
    ):
        # The decoder's headline was refused: the article is the page's run of prose. (When
        # the first line after the chrome is the decoder's own headline, found on good
        # evidence, nothing was refused and its zones stand.)
        region = region._replace(zones=untitled_zones(lines, reader.features, chrome))
    elif reader.crumb_under_menu is not None and (
        region.title is None or region.title <= reader.crumb_under_menu
    ):
        # Round 25 (zhcrumb): the site's name, its menu and location row over the headline
        # taken under them are page chrome: the zones, and whether the text is hard-wrapped
        # (the menu's one-item lines read as a wrapped paragraph), are read from the headline
        crumbed = _zones_under_crumb(
            lines, reader.features, stopwords(language), chrome, region, title_index
        )
        if crumbed is not region:
            region = crumbed
            article = lines[title_index:]
            reader.hard_wrapped = len(unwrap(article, keep=is_explicit_caption)) != len(article)
    if (kept := closing_list(region.zones, lines, reader.features)) is not None and (
        reader.features[kept.start].bullet or _set_as_heading(text, lines, kept.start)
    ):
        # Round 24 (listkeep): the article's closing list under its subhead ("Infos
        # pratiques" / "* Vendredi : 16 h - 21 h" … / share row) is the article's.
        region = _kept_in_body(region, lines, kept)
    title, wrapped = _wrapped_headline(lines, title_index)
    title = _without_live_badge(_without_side_label(title), chrome.live_labels)
    title = _without_glued_crumb(title, lines, title_index)
    title = _without_glued_kicker(title, lines, title_index, chrome)
    pen_name = _headline_pen_name(title, text) if not wrapped else None
    if pen_name is not None:
        title = pen_name[0]  # Round 25 (glued): "标题/林夕": the writer goes to the authors
    glued_date = headline_glued_date(title, language) if not wrapped else None
    if glued_date is None and not wrapped:
        # Round 25 (scrapedp): "17.03.2026 - Otwarcie wystawy …": the date before it
        glued_date = headline_leading_date(title, language)
    if glued_date is not None:
        # Round 22 (header22): "…budget12.03.2024 14:05": the date glued to the headline
        title = glued_date[0]
    if (thread_type := THREAD_TYPE.match(title)) is not None and len(title) > thread_type.end():
        title = title[thread_type.end() :]  # "[本地资讯] 滨江路夜市…": the thread's type goes
    if wrapped and len(unwrap(lines, keep=is_explicit_caption)) == len(lines):
        title, wrapped = lines[title_index].text, []  # the page is not hard-wrapped
    for index in wrapped:
        reader.used[index] = True
    if (photo := _credit_after_body(lines, region.zones, images)) is not None:
        region.zones[photo] = BODY  # the last picture's credit, not the page's footer
    if region.is_dump or region.cut_tail:
        reader.after_article = {k for k, zone in enumerate(region.zones) if zone == POST}
    reader.closing_box = _closing_box(region.zones, reader.features)
    if region.interstitial:
        reader.resumed = resumed_prose(
            reader.features,
            {k for k, line in enumerate(lines) if line.number in region.interstitial},
        )
    reader.sweep(title, title_index)
    reader.drop_box_titles(title_index)
    reader.dropped = drop_interstitials(
        region.interstitial, lines, reader.features, reader.used, reader.dropped
    )

    counts = Counter(fold(line.text) for line in lines)
    for k, f in enumerate(reader.features):
        if f.cue == "contents" and not _NUMBERED_SUBHEAD.match(lines[k].text):
            # A plain contents list's item: the subhead it names stands once below. (A
            # numbered item is read by the body's table-of-contents rule, which counts
            # both printings of "1. Subhead".)
            counts[fold(lines[k].text)] -= 1
    card = data_card_rows(text)
    if card and not card & {line.number for line in lines[title_index + 1 : title_index + 3]}:
        # "Data zdarzenia⇥02.02.2027" / "Godzina zgłoszenia⇥01:34" / "Zastępy⇥5": a
        # template's data card printed as rows; furniture like an info box. Right under
        # the headline the card is the header's meta rows ("Datum   17.02.2026" dates a
        # canton's release, "Autor   NAME" signs it): left to the header's rules there.
        for k, line in enumerate(lines):
            if line.number in card and not reader.used[k]:
                reader.used[k] = True
                reader.drop(k, "data card")
    order = page_date_order(line.text for line in lines[:80])
    candidates = reader.unused(title_index)
    opening = next((k for k in candidates if region.zones[k] == BODY), None)
    live = sum(1 for f in reader.features if f.stamp) >= 3
    if opening is not None and live and reader.features[opening].stamp:
        # A ticker's first entry stamp opens the body: its head and prose are no dek.
        candidates = [k for k in candidates if k < opening]
    # Round 21 (bylines): the reviewed book's block ("The Salt Ledger" / "by Ana Whitcombe"
    # / "Farrow & Lisle, 312 pp., £18.99") under the review's byline and date: the book's
    # byline, which the header would read as a second writer's; the block is chrome
    for k in candidates:
        if reader.features[k].cue == "noise.book-details":
            reader.used[k] = True
            reader.drop(k, "book-details")
        elif k in rails and (opening is None or k < opening):
            # Round 24 (enteaser): other stories' bylined teasers
            reader.used[k] = True
            reader.drop(k, "teaser rail")
    candidates = [k for k in candidates if not reader.used[k]]
    above = _date_above_headline(lines, title_index, chrome)
    header = read_header(lines, candidates, counts, chrome, order, dated_above=above is not None)
    if not header.bylines and not header.dates and title_index == 0:
        header = _header_under_copy(lines, candidates, counts, chrome, order, title, header)
    elif not header.bylines and not header.dates and region.is_dump:
        header = _header_over_copy(lines, title_index, counts, chrome, order, header)
        if not header.bylines and not header.dates:
            header = _header_over_dialog(
                lines, reader.features, title_index, counts, chrome, order, header
            )
    if not header.bylines and not header.dates:
        header = _header_under_caption_lines(lines, candidates, counts, chrome, order, header)
    if not header.bylines and not header.dates and region.is_dump:
        header = _header_over_prose_headline(lines, title_index, counts, chrome, order, header)
    reader.take_header(header, title)
    if rails and reader.subtitle is None:
        reader.take_dek_over_teaser_rail(title_index, rails)
    for k in reader.teasers_under_title:
        if not reader.used[k]:
            reader.used[k] = True
            reader.drop(k, "teasers outside the article")
    if glued_date is not None and reader.published is None:
        reader.published = glued_date[1]
        reader.note("published", lines[title_index], "date.glued-to-headline")
    if not reader.authors and not header.consumed:
        reader.take_place_byline_under_headline(title_index)
    if not reader.authors:
        reader.take_newsroom_over_headline(title_index)
    if not reader.authors:
        reader.take_office_under_headline(title_index)
    if pen_name is not None and not reader.authors:
        reader.authors.append({"name": pen_name[1], "role": None, "bio": None})
        reader.note("authors[0]", lines[title_index], "byline.pen-name-after-headline")
        reader.note("authors", lines[title_index], "byline.pen-name-after-headline")
    if reader.subtitle is None:
        after = [k for k in header.consumed if k > title_index]
        reader.take_labelled_dek(max(after, default=title_index))
    if reader.subtitle is None:
        reader.take_bare_dek(max(after, default=title_index))
    if reader.subtitle is None and printed is not lines:
        reader.take_strong_dek(printed, title_index)
    if reader.subtitle is not None and not reader.authors:
        reader.take_name_under_dek()
    if reader.subtitle is None and not reader.authors:
        reader.take_name_under_headline(title_index, chrome)
    if reader.subtitle is not None and is_breaking_banner(title, chrome.lang):
        # A breaking-news banner over the page was taken for the headline; the headline
        # under it was read as the dek.
        reader.drop(title_index, "breaking-news banner")
        title, reader.subtitle = reader.subtitle, None
        line = reader.provenance.pop("subtitle").line
        reader.provenance["title"] = Provenance(line, "title.under-breaking-banner")
    summary_labels = frozenset(cues(chrome.lang).summary_labels + cues("en").summary_labels)
    furniture = entry_furniture(lines, reader.features, summary_labels)
    phases = frozenset(cues(chrome.lang).match_phase_labels + cues("en").match_phase_labels)
    furniture += phase_labels(lines, reader.features, phases)
    marked_headings = (
        marked_headings
        | entry_headlines(lines, reader.features, {index for index, _reason in furniture})
        | region.box_titles
    )
    for index, reason in furniture:
        if not reader.used[index] and region.zones[index] != POST:
            reader.used[index] = True  # a live blog's entry stamps and bylines
            reader.drop(index, reason)
            counts[lines[index].text.casefold()] -= 1  # an entry's headline stands once
    for index in summary_widget(lines, chrome, title_index):
        # "文章摘要" / three short sentences restating the story: a generated summary box
        reader.used[index] = True
        reader.drop(index, "summary box")
        counts[lines[index].text.casefold()] -= 1
    for index in contents_box(lines, reader.features, reader.used, title_index):
        # "Sommaire" / "Содержание" / "Contents" and the subheads it lists: the subheads
        # stand again over their sections, where they are headings, printed once.
        reader.used[index] = True
        reader.drop(index, "contents box")
        counts[lines[index].text.casefold()] -= 1
    if not reader.authors and not header.consumed:
        reader.take_byline_above_date(title_index)
    reader.drop_account_card(title_index)
    if not reader.authors:
        reader.take_original_mark_byline(title_index)
    reader.take_card_role(title_index)
    if not reader.authors:
        reader.take_account_byline(title_index)
    if not reader.authors:
        reader.take_profile_link_byline(title_index)
    known = {str(a["name"]).casefold() for a in reader.authors}
    after_header = max(header.consumed, default=title_index)
    reader.take_author_blocks(read_author_blocks(lines, reader.unused(after_header), known))
    reader.take_bio_lines()
    reader.take_written_by_bios()
    if reader.published is None:
        reader.take_date_row_over_prose(title_index)
    reader.drop_header_widgets(region, chrome, counts, title_index)
    done = frozenset(number for number, _reason in reader.dropped)
    for index in button_pairs(reader.lines, reader.used, chrome, done):
        # "Check today's lift status" / "Buy lift tickets": buttons, not a caption and credit
        reader.used[index] = True
        reader.drop(index, "button pair")
    if not reader.authors:
        reader.take_closing_meta_row(region)

    _keep_glued_lead_caption(reader, region, after_header)
    placed = read_body(
        reader.body_lines(region),
        chrome,
        counts,
        marked_headings,
        reader.dropped,
        images,
        captioned,
        bold_lines(printed) if "**" in text else frozenset(),
        quote_marked=quote_lines(printed) if "\n>" in text else frozenset(),
        interviewed=_interviewer_byline(lines, header.consumed, chrome)
        or _interview_kicker(lines, title_index, chrome)
        or _interview_dek(reader.subtitle, chrome.lang),
    )
    placed = _lead_credit_under_dek(reader, header, placed)
    placed = _drop_place_dateline(reader, placed, chrome.lang)
    if reader.printed is not None:
        _labelled_link_rows(reader.printed, placed)
    placed, footer = trim_footer(placed, chrome)
    for block in footer:
        # "Next fixture: …" / "Our 1st XI is sponsored by …" / "« Previous report: …»"
        reader.dropped.append((block.line, "club footer"))
    placed, box = trim_advice_box(placed, chrome)
    for block in box:
        # "Good to know" / "Dry food can be left at …": the page's service box after the story
        reader.dropped.append((block.line, "after the article: advice box"))
    placed, notices = trim_notice_boxes(placed, chrome, printed)
    for block in notices:
        # "Notice to shipping" / "Berth 4 is closed … www.port.example/notices"
        reader.dropped.append((block.line, "after the article: notice box"))
    placed = reader.take_dated_footer_byline(placed)
    reader.drop_guessed_byline_for_closing()
    if not reader.authors and reader.chrome is not None:
        reader.take_glued_lead_byline(placed)
    if not reader.authors:
        reader.take_bracketed_byline(placed)
    if not reader.authors:
        reader.take_closing_byline()
    if not reader.authors and title_index > 0:
        reader.take_byline_above(title_index)
    if not reader.authors:
        reader.take_footer_signature(region)
    if not reader.authors:
        reader.take_signed_name(placed)
        reader.take_signed_role()
    if not reader.authors:
        placed = reader.take_editorial_signature(placed)
    if not reader.authors:
        placed = reader.take_signature(placed)
    if not reader.authors:
        placed = reader.take_end_signature(placed)
    if not reader.authors and title_index >= 0:
        reader.take_post_author(title_index)
    if reader.published is None and above is not None:
        index, reader.published, updated = above
        if reader.published is not None:
            reader.note("published", lines[index].number, "date.above-headline")
        if updated and reader.updated is None:
            reader.updated = updated
            reader.note("updated", lines[index].number, "date.above-headline")
    if reader.published is None and chrome.editions and title_index > 0:
        issued = _issue_date(lines, title_index, chrome)
        if issued is not None:
            reader.published = issued[1]
            reader.note("published", lines[issued[0]].number, "date.e-paper-issue")
    if reader.published is None:
        opened = log_published(lines, reader.features, chrome.lang) if reader.features else None
        if opened is not None:
            # a status page's incident log: the day of its first (oldest) update
            reader.published = opened[1]
            reader.note("published", lines[opened[0]].number, "date.status-log")
    if reader.published is None:
        reader.published = _dateline_date(placed, reader.note, chrome.lang)
    if reader.published is None:
        reader.published = _inferred_date(placed, reader.note, chrome.lang)
    # The page's furniture under the story: the tail (sign-off, "Last updated …") and the
    # chrome after it.
    after = [i for i, zone in enumerate(region.zones) if zone in (TAIL, POST)]
    if placed:
        # The body zone may run on past the last block the body kept (the page's rating
        # widget and contact box read as more of the story): those lines are furniture
        # under the story all the same ("Ultimo aggiornamento: …" among them).
        last = placed[-1].line
        below = [
            i for i, zone in enumerate(region.zones) if zone == BODY and lines[i].number > last
        ]
        after = sorted(set(after) | set(below))
    if reader.published is None:
        reader.published = _page_published(lines, after, reader.note, chrome)
    if reader.updated is None:
        reader.updated = _page_updated(lines, after, reader.note, chrome.lang, reader.published)
    if reader.updated is None and placed and isinstance(placed[-1].block, Paragraph):
        reader.updated = _update_note(placed[-1], reader.note, chrome.lang, reader.published)
    if reader.updated is None:
        reader.updated = _opening_update_note(placed, reader.note, chrome.lang, reader.published)
    if reader.updated is None and chrome.edit_stamps:
        reader.updated = _edit_stamp(lines, reader.note, chrome, reader.published)
    lead = [
        p for p in placed[:1]
        if isinstance(p.block, Figure) and p.line < lines[title_index].number
    ]
    if reader.provenance["title"].rule == "title.first-line" and (
        wrapped_opening := _wrapped_untitled_opening(lines, title_index, title, placed)
    ):
        title, placed = _untitled_page(reader, lines, title_index, wrapped_opening, placed[1:])
    elif reader.provenance["title"].rule == "title.first-line" and (
        _prose_line(title) or _one_sentence_opening(title, reader.subtitle, placed[len(lead) :])
    ):
        # (a credited caption the title rule passed over stays first: round 22, tallya)
        title, placed = _untitled_page(reader, lines, title_index, title, placed[len(lead) :])
        placed = [*lead, *placed]
    elif reader.provenance["title"].rule == "title.first-line" and (
        credited := _credit_over_untitled(reader, lines, title_index, title, placed)
    ):
        title, placed = credited
    elif reader.provenance["title"].rule == "title.first-line" and (
        bylined := _byline_over_untitled(reader, lines, title_index, title, placed)
    ):
        title, placed = bylined
    elif placed and not title.endswith(_SENTENCE_ENDS):
        placed = _unspaced_dek(reader, placed)
    if reader.published is None and placed:
        placed = _closing_date_line(reader, lines, title, placed)
    for position, item in enumerate(placed):
        reader.note(f"blocks[{position}]", item.line, item.rule)

    reader.note("language", None, language_rule)
    _mark_unsure(reader.provenance)
    for position, (first, last, reason) in enumerate(_ranges(reader.dropped)):
        span = f"line {first}" if first == last else f"lines {first}-{last}"
        reader.note(f"dropped[{position}]", first, f"chrome {span}: {reason}")
    return Article(
        title=title,
        subtitle=reader.subtitle,
        authors=tuple(Person(str(a["name"]), a["role"], a["bio"]) for a in reader.authors),
        contributors=tuple(reader.contributors),
        credit_line=" ".join(reader.credit_lines) or None,
        published=reader.published,
        updated=reader.updated,
        language=language,
        tags=tuple(dict.fromkeys(reader.tags)),
        rights=" ".join(reader.rights) or None,
        blocks=tuple(p.block for p in placed),
        provenance=reader.provenance,
        source_dir=source_dir,
    )
