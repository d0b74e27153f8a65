"""Page-chrome cue words of a text's language, matched without regular expressions.

The words themselves are data (``syndicate/readers/language/data/*.toml``, read by
:func:`syndicate.readers.language.cues`). Only the text's own language and English
are loaded — chrome in a third language is rare, and loading every language costs
more than a whole parse. Matching uses set lookups and ``str.startswith`` with
tuples, which need no compiling: a parse pays for the words it looks up, nothing more.
"""

from __future__ import annotations

from ... import _functools as functools
from ... import _re as re
from ..._typing import TYPE_CHECKING, NamedTuple
from .lazyre import lazy_pattern

if TYPE_CHECKING:
    from typing import Any

__all__ = ["WIDGET_CUES", "ChromeCues", "chrome_cues"]

_TRIM = " \t:.,;!?|·•*+-–—>»›()[]【】"
_BRACKETS = str.maketrans("[]()<>«»‹›", "          ")
"""Brackets and arrows around a print page's links ("[Print]", "« Back"), blanked."""
_PRINT_ROW_CHARS = 80
"""The longest folded line read as a printer-friendly page's button row."""

_FOLDED: dict[str, str] = {}
""":func:`fold`'s answers for text with a non-ASCII character."""


def fold(text: str) -> str:
    """``text.casefold()``, remembered for text with a non-ASCII character.

    Some thirty rules fold the same lines: an ASCII line folds in one quick pass, but one
    with a curly quote or a dash goes through the full Unicode tables each time (on a
    5,500-byte article, 127,000 such characters folded where 17,000 are distinct).
    """
    if text.isascii():
        return text.casefold()
    folded = _FOLDED.get(text)
    if folded is None:
        if len(_FOLDED) >= 8192:
            _FOLDED.clear()  # a long batch: forget rather than grow
        folded = _FOLDED[text] = text.casefold()
    return folded
_DIGIT = lazy_pattern(r"\d")
_FIGURE_NUMBER = lazy_pattern(
    r"\.?\s*(?:(?:nr|no|n|№|رقم)\.?\s*)?[(（]?\d{1,3}(?:[.,]\d{1,2})?[a-z]?(?!\d)[)）]?"
    r"\s*(?:[.:：)\-–—|]\s*|\s|$)"
)
_GLUE = lazy_pattern(r"(?<=[a-z])(?=[A-Z])")
_ACCOUNT_GLUE = lazy_pattern(r"[|/·•,:()\[\]]")
# Words that join two account buttons ("Log In or Sign Up", "Anmelden oder registrieren").
_JOINING_WORDS = frozenset(
    ["or", "and", "oder", "und", "ou", "et", "o", "y", "e", "of", "en", "lub", "i", "или", "и",
     "або", "і", "أو", "或"]
)
_WORD = lazy_pattern(r"[^\W_]+")
_PRICE = lazy_pattern(
    r"^(?:(?:us|a|c|r)?[$£€¥₹₽₴]\s?\d[\d.,]*"
    r"|\d[\d.,]*\s?(?:€|zł|₽|грн|руб|eur|usd|gbp|chf|kr|元|¥))(?=\s|$)"
)
"""A price that opens a line: "$279", "£204.99", "189 €", "65 zł"."""
_SCORE = lazy_pattern(r"^\d{1,3}(?:[.,]\d)?\s?/\s?(?:5|10|100)$")
"""A review's score alone on its line: "8.5/10", "4.5 / 5"."""
_SIZE_BUTTONS = frozenset(["a", "а", "aa", "aaa"])
"""A text-size button, trimmed and folded ("A-", "A+", "А+" in Cyrillic, "AA")."""
_STARS = frozenset("★☆✩✪✫✬✭✮✯✰⭐⯨⯪⯫½●○◐")
"""Glyphs of a score row: stars, and the filled and empty dots some sites print ("●●●○ Bien")."""
_PRICE_OPENERS = frozenset("$£€¥₹₽₴0123456789uarc")
"""What a line opening with a price starts with (a currency sign, a digit, "us$", "r$")."""
_SCORE_CHARS = frozenset("0123456789/., ")
_EMPTY_BRACKETS = frozenset(["()", "( )", "[]", "[ ]", "（）", "【】", "{}", "«»", "\"\""])
"""Round 22 (leftc): a pair of brackets with nothing inside, alone on a line: the residue of
an emptied widget (a comment count, a share counter) that a dump keeps; no article's line."""
WIDGET_CUES = frozenset(
    [
        "share",
        "counter",
        "ticker",
        "noise.advertisement",
        "script-notice",
        "live-label",
        "shop",
        "rating",
        "disclosure",
        "facts",
        "work-facts",
        "sponsor",
        "separator",
        "media",
        "donate",
        "paywall-meter",
        "helpline",
        "embed-notice",
        "comment-prompt",
        "poll",
        "status",
    ]
)
"""Cue kinds of the widgets a page sets among an article's paragraphs (a share row, an ad
label, a gallery counter, a shop button…): the reader drops them where they stand, and the
zone decoder does not take them for the article's end. A new widget kind goes here once."""
_DURATION_END = lazy_pattern(
    r"(?:[(\s]\d{1,2}:\d{2}(?::\d{2})?|\(\d{1,3} ?(?:min|мин|хв|分钟)\.?)\)?$"
)
"""A media player's running time at the end of its title: "(02:41)", " 1:05:12", or in
minutes, "(2 Min)", "(3 min.)", "(4 мин)"."""
_FILE_END = lazy_pattern(
    r"\((?:pdf|mp3|mp4|m4a|wav|docx?|xlsx?|pptx?|odt|ods|zip|epub)\b[^()]{0,24}\)?$"
)
"""A file's format (and size or length) closing a link's label: "(PDF, 312 KB)", "(MP3, 14
Min.)" — the trailing bracket may be trimmed with the key."""
_SIZE_END = lazy_pattern(
    r"[(（]\s*\d[\d.,]*\s*(?:[kmg]i?b|[kmg]o|[кмг]б|[кмг]байт|كيلوبايت|ميغابايت)\s*[)）]?$"
)
"""A file's size alone closing a link's label: "(245 KB)", "(1,2 Mo)", "(245 КБ)"."""
_FILE_WORD = lazy_pattern(r"(?<![\w])(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip)(?![\w])")
"""A file format named in a link's label: "[PDF] Download …", "decision-2501187.pdf"."""
_IMAGE_FILE = lazy_pattern(
    r"(?i)^(?:\[?\d+\])?[\w\-. ()]{1,80}\.(?:jpe?g|png|gif|webp|heic|tiff?|avif)$"
)
"""An image's file name alone on its line, after any lynx link mark ("[14]IMG_0412.JPG",
"DSC_0193.jpg"): the link to the picture's file, never a subhead or a caption."""
_PHONE = lazy_pattern(r"\d(?:[ \-./]?\d){5,}")
"""A telephone number: six digits or more, single spaces, dashes, dots or slashes between
them ("0800 555 0160", "0 800 41 22 90", "07361 4402-118")."""
_PLAYER_CLOCK = lazy_pattern(r"(?<!\d)0?0:00\s?/\s?\d{1,2}:\d{2}")
"""A player not yet started: elapsed time nought over the clip's length ("0:00 / 3:41")."""


_KIND_MEMO: dict[int, tuple[ChromeCues, dict[str, str | None]]] = {}
"""``ChromeCues.kind``'s answers, by cue set (its id, with the set itself to tell a reused id)."""
_KIND_MEMO_SIZE = 4096
"""Texts remembered per cue set before they are forgotten at once (a long batch's memory)."""
_CREDIT_FORMS: dict[int, tuple[ChromeCues, tuple[str, ...]]] = {}
"""``contributor_forms + styling_forms`` of a cue set, made once (by its id, as ``_KIND_MEMO``)."""


_LINK_MARK = lazy_pattern(r"\[\d{1,4}\]")
"""lynx's link mark before a link's text ("[16]Yes")."""


_CREW_SEPARATOR = lazy_pattern(r"\s+[|—–]\s+")
"""The bar or spaced dash between the labelled parts of a video's crew line."""

_CREW_JOINS = lazy_pattern(r"\s*[,&+/]\s*|\s+(?:and|und|et|e|y|i|en|и|і|та)\s+")
"""What joins two roles in one crew label ("Moderation und Redaktion", "Dirección y guion")."""

_CREW_NAMES = lazy_pattern(r"[,;]\s*|\s+[&+/]\s+|\s+(?:and|und|et|e|y|i|en|и|і|та)\s+")
"""What sets apart two names after one crew label ("Musiche originali: A e B")."""


def _acronym(word: str) -> bool:
    # An agency's acronym in capitals ("KAI", "IAR"): two to six letters.
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _crew_name(name: str) -> bool:
    # A person's name as a crew row prints it: one to four words, the first capitalised,
    # no digit, every longer word capitalised ("Lilo Brandes", "Iria de la Fuente").
    words = name.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or any(map(str.isdigit, name)):
        return False
    return all(w[:1].isupper() or len(w) <= 3 for w in words)


@functools.cache
def _match_form() -> Any:
    # :func:`syndicate.readers.language.match.match_form`, imported by the first contributor
    # line that needs it (the reference article needs none). Cached: a relative import inside
    # a method costs ~5 µs on every call, and ``contributors`` is asked of most lines of a page
    # in a language with contributor forms (~29,000 imports over the dev corpus).
    from ..language.match import match_form

    return match_form


_RATING_PROMPT_WORDS = 30
"""How many words a line opening with a page's rating prompt holds at most (its buttons on
the line too). Round 19d wrote 16 under the name of the comment prompts' bound, which a
later line of this module overwrote with 30: every measurement since ran with 30, so 30
it stays, under its own name."""


class ChromeCues(NamedTuple):
    """The cue words of one page, casefolded, ready for cheap matching."""

    # (The page's numeric date order is per page, not per language: see read_header.)

    lang: str
    """The page's language (primary subtag), for the date rules."""
    share: frozenset[str]
    related: tuple[str, ...]
    inline: tuple[str, ...]
    """Phrases that make a short line chrome wherever they occur in it (newsletter, cookies…)."""
    starts: tuple[str, ...]
    """Phrases that make a line chrome when it starts with them (comments, paywall)."""
    comment_words: frozenset[str]
    byline_prefixes: tuple[str, ...]
    agencies: frozenset[str]
    counters: tuple[str, ...]
    """Gallery counters and reading times with ``{n}``/``{m}`` placeholders."""
    updated_labels: tuple[str, ...]
    """Labels of the date of the last change ("mis à jour", "aktualisiert"), longest first."""
    months: frozenset[str]
    """Every form of every month name of the page's language and English."""
    contributor_forms: tuple[str, ...]
    """Contributor-line forms of the page's language ("mitarbeit: {names}"); in English only
    those that open with their label ("with assistance from {names}"): "… contributed to
    this report" and "Reporting by …; Editing by …" are read by :mod:`.credits`."""
    photo_labels: frozenset[str]
    """Words that open a picture credit ("foto", "fot", "фото"), without a colon or dot."""
    credit_sources: tuple[str, ...]
    """Sources a credit names without a label ("пресс-служба", "handout"), longest first."""
    credit_widgets: tuple[str, ...] = ()
    """Buttons glued after a photo's credit ("Bildnachweis anzeigen"), longest first."""
    credit_tails: tuple[str, ...] = ()
    """Picture words closing a bracketed credit ("staff photo", "foto"), longest first."""
    ads: frozenset[str] = frozenset()
    """Advertisement labels that are a whole line ("Anzeige", "PUBLICIDADE", "Реклама")."""
    ad_break_openers: tuple[str, ...] = ()
    """Openings of an ad break line ("dalszą część przeczytasz", "continua a leggere")."""
    ad_break_stems: tuple[str, ...] = ()
    standards_notes: tuple[str, ...] = ()
    """Titles of a newsroom's note on how it works ("so arbeitet die redaktion")."""
    """Openings of the words for an advertisement ("reklam", "pubblicit", "advert")."""
    crew_labels: frozenset[str] = frozenset()
    """A production crew's row labels ("réalisation", "technik", "musiche originali")."""
    desk_edits: tuple[str, ...] = ()
    """Marks of the desk that edited an agency's copy ("oprac.", "bearb.", "redacción")."""
    article_mentions: tuple[str, ...] = ()
    """How furniture names the article itself ("this article", "questo articolo", "本文")."""
    navigation: frozenset[str] = frozenset()
    """Site and gallery navigation as whole lines ("Startseite", "Weiter", "下一页")."""
    live_labels: frozenset[str] = frozenset()
    """A live blog's labels and toggles as whole lines ("Key events", "Pinned", "Liveticker")."""
    status_banners: frozenset[str] = frozenset()
    """Status banners' labels before the colon ("live results", "en directo")."""
    script_notices: tuple[str, ...] = ()
    """Openings of a "turn on JavaScript" notice ("bitte aktivieren sie javascript")."""
    shop: tuple[str, ...] = ()
    """Openings of a shop button ("buy now at", "{price} at", "jetzt kaufen")."""
    ratings: tuple[str, ...] = ()
    """Labels of a review's score ("rating", "bewertung", "note")."""
    disclosures: tuple[str, ...] = ()
    """Phrases of an affiliate disclosure ("we may earn a commission", "liens affiliés")."""
    disclaimers: tuple[str, ...] = ()
    """Phrases of a legal or medical disclaimer, read only at the article's end."""
    republish_notes: tuple[str, ...] = ()
    """Phrases of a republishing note and its licence, read only at the article's end."""
    practical_info: tuple[str, ...] = ()
    """Phrases of a review's practical information, read only at the article's end."""
    recipe_sections: frozenset[str] = frozenset()
    """A recipe card's section heads as whole lines ("ingredients", "zutaten", "做法")."""
    recipe_labels: frozenset[str] = frozenset()
    """A recipe's label as a whole line ("recipe", "recept", "ricetta")."""
    styling_forms: tuple[str, ...] = ()
    """A food feature's recipe and styling credit forms ("food styling: {names}")."""
    review_lists: frozenset[str] = frozenset()
    """A review's labels over its lists of pros and cons ("pros", "what we liked")."""
    advice_boxes: frozenset[str] = frozenset()
    """Titles of an advice box printed after the article ("good to know", "温馨提示")."""
    advice_openers: tuple[str, ...] = ()
    """First words of a tips box's title ("tips for", "consejos para", "советы")."""
    notice_boxes: tuple[str, ...] = ()
    """First words of a press room's notice box title ("notice to", "informations pratiques")."""
    access_labels: frozenset[str] = frozenset()
    """A page's access badge as a whole line ("open article", "открытый материал")."""
    number_words: frozenset[str] = frozenset()
    """Small numbers spelled out ("one", "один", "une") opening a count line."""
    qa_labels: frozenset[str] = frozenset()
    """A question-and-answer page's labels over its halves ("question", "السؤال", "答")."""
    author_notes: tuple[str, ...] = ()
    """Openings of an opinion piece's note on its writer ("the author is", "作者为")."""
    rights: tuple[str, ...] = ()
    """Phrases of a rights footer in the page's language and English ("all rights reserved",
    "alle rechte vorbehalten", "版权所有")."""
    follows: tuple[str, ...] = ()
    forwarded: tuple[str, ...] = ()
    """Round 23 (leftd): a messenger's label over a reposted message ("Forwarded from",
    "Переслано из"), opening a short line: chrome (``forwarded_labels``)."""
    """Openings of a prompt to follow the outlet on a channel ("follow us on", "читайте нас
    в", "підписуйтеся"), chrome when the line names a platform too."""
    sponsors: tuple[str, ...] = ()
    """Openings of a sponsor's label ("presented by", "sponsored by", "при поддержке")."""
    accounts: tuple[str, ...] = ()
    """The paywall's and account's buttons ("subscribe", "sign in", "abonnieren")."""
    interviewers: tuple[str, ...] = ()
    """Byline labels naming an interview's interviewer ("interview by", "беседовала")."""
    editorial_signatures: frozenset[str] = frozenset()
    """Whole lines signing an editorial for the paper ("the editorial board", "a direção")."""
    interview_kickers: frozenset[str] = frozenset()
    """Whole kicker lines over an interview's headline ("interview", "q&a", "专访")."""
    feedback_answers: frozenset[str] = frozenset()
    """A feedback widget's answer buttons ("yes", "no", "так", "ні")."""
    poll_labels: frozenset[str] = frozenset()
    """An inline poll's label and buttons ("poll", "umfrage", "votar", "view results")."""
    dialog_buttons: tuple[str, ...] = ()
    """A pop-up dialog's buttons ("close", "cancel", "publish changes"), longest first."""
    tag_row_labels: frozenset[str] = frozenset()
    """The label of a glued section-and-tags row ("more", ``glued_tag_row_labels``)."""
    alt_openers: tuple[str, ...] = ()
    """Openings of an image's alt text carrying the headline (``image_alt_openers``)."""
    status_stamps: frozenset[str] = frozenset()
    """A status page's phase stamps ("resolved", "investigating", ``status_stamps``)."""
    notice_rows: frozenset[str] = frozenset()
    """A notice's fact-row labels ("affected lines", "dauer", ``notice_row_labels``)."""
    status_labels: tuple[str, ...] = ()
    """A status page's label openings ("incident report for", ``status_labels``)."""
    editions: tuple[str, ...] = ()
    """Words of an e-paper's page furniture ("版面导航", "上一版", "本版导航")."""
    imprints: frozenset[str] = frozenset()
    """Labels of a publisher's address row ("地址", "邮编", "新闻热线")."""
    corrections: tuple[str, ...] = ()
    """Phrases of a correction note ("to correct", "para corregir", "исправлено")."""
    first_person: frozenset[str] = frozenset()
    """First-person words of the page's own language only ("i", "we", "ich", "я")."""
    editor_notes: frozenset[str] = frozenset()
    """Headers of a press release's notes to editors ("notes to editors", "noot voor de
    redactie"): the release ends there when contact details follow (see ``.features``)."""
    contact_labels: tuple[str, ...] = ()
    contact_invitations: tuple[str, ...] = ()
    """Openings of a press note's one-line contact at its foot ("Para más información: …")."""
    author_contacts: tuple[str, ...] = ()
    """Openings of a reporter's contact line (``Cues.author_contact_openings``)."""
    contributor_places: frozenset[str] = frozenset()
    """Prepositions before a contributor's place ("em Lisboa", "in Kyiv"), see
    ``Cues.contributor_place_words``."""
    roles: frozenset[str] = frozenset()
    """Job titles of the page's language and English ("redakteurin", "médecin
    généraliste", "主任医师"): after a reviewer's name in a credit line ("Fachlich geprüft
    von: Dr. A, Rechtsanwalt") the person's description, not a second name."""
    source_lists: frozenset[str] = frozenset()
    """Titles of a sources or references list at an advice article's foot ("sources",
    "quellen", "źródła", "参考资料"), each a whole short line (see ``source_list_title``)."""
    page_feedback: tuple[str, ...] = ()
    """A page's rating or feedback prompts ("was this page helpful", "rate this page"),
    longest first: a line opening with one ends the article (``plaintext._Reader``)."""
    imprint_openers: tuple[str, ...] = ()
    """Openings of a newsroom imprint's lines ("expediente", "главный редактор")."""
    comment_verbs: tuple[str, ...] = ()
    """Verbs of a reader comment's header line ("wrote", "schrieb", "написал", "写道")."""
    disclosure_labels: frozenset[str] = frozenset()
    newsrooms: frozenset[str] = frozenset()
    panel_labels: frozenset[str] = frozenset()
    press_offices: tuple[str, ...] = ()
    meta_keys: frozenset[str] = frozenset()
    glued_meta_labels: tuple[str, ...] = ()
    read_more_links: tuple[str, ...] = ()
    """Round 22 (scrapedf): the words of a "read more" link ("read more", "leer más")."""
    """Round 22 (scrapedf): meta-row labels a dump may glue to the value before them."""
    """Openings of a press release's contact block ("media contact", "pressekontakt")."""
    donate_openings: tuple[str, ...] = ()
    """Openings of an appeal for donations ("jetzt spenden", "faire un don", "iban")."""
    donate_phrases: tuple[str, ...] = ()
    """Phrases of an appeal for gifts ("donate today", "listener-supported", "jetzt
    spenden"): a box the page sets between paragraphs, chrome that does not end the article."""
    read_times: tuple[str, ...] = ()
    """Reading-time forms ("{n} min read", "{n}–{n} minutes", "lesezeit: {n} min")."""
    read_time_phrases: tuple[str, ...] = ()
    """Reading times spelt out without a number ("less than a minute", "меньше минуты")."""
    error_notices: tuple[str, ...] = ()
    """Openings of a site's error or loading notice ("an error occurred", "сообщение об
    ошибке")."""
    videos: frozenset[str] = frozenset()
    """Labels and buttons of a video or audio embed ("video", "відео", "فيديو", "视频")."""
    follow_buttons: frozenset[str] = frozenset()
    location_labels: tuple[str, ...] = ()
    edit_stamps: tuple[str, ...] = ()
    summary_widgets: frozenset[str] = frozenset()
    """A platform's follow button as a whole line ("follow", "подписаться", "关注")."""
    follower_words: tuple[str, ...] = ()
    """The word of a follower count ("followers", "подписчиков", "粉丝")."""
    button_verbs: frozenset[str] = frozenset()
    """Verbs of a call-to-action button ("check", "buy", "reservieren", "jetzt")."""
    next_events: tuple[str, ...] = ()
    """Labels of a club's next-event footer line ("next fixture", "nächstes spiel")."""
    work_facts: frozenset[str] = frozenset()
    """Labels of a reviewed work's info box rows (``work_fact_labels``)."""
    info_boxes: frozenset[str] = frozenset()
    """Labels of an event's or an office's info box rows (``info_box_labels``)."""
    runtime_units: frozenset[str] = frozenset()
    """Words of a running time after its number (``runtime_units``)."""
    deal_titles: tuple[str, ...] = ()
    """Words of a deals box's title (``deal_titles``)."""
    print_links: tuple[str, ...] = ()
    """The links of a printer-friendly page's button row (``print_links``), longest first."""
    taglines: tuple[str, ...] = ()
    """Phrases of a wiki's tagline under its headlines ("the free encyclopedia")."""
    meter_notes: tuple[str, ...] = ()
    """Phrases of a metered paywall's counter ("free articles", "бесплатных материалов")."""
    helpline_openings: tuple[str, ...] = ()
    """Openings of a help-line box ("if you have been affected by", "wenn sie von")."""
    embed_widgets: tuple[str, ...] = ()
    """Openings of an embed's widget rows (``embed_widget_labels``), every language's."""
    embed_notices: tuple[str, ...] = ()
    """Phrases of an embed's consent notice or a player's residue ("this content is hosted
    by a third party", "video wird geladen", "accetta e continua")."""
    error_report_keys: tuple[str, ...] = ()
    """Key chords of a typo-report prompt ("ctrl+enter", "strg+enter"; round 22)."""
    full_version_prompts: tuple[str, ...] = ()
    """Openings of a prompt for the whole piece elsewhere ("read the complete", "leia a
    receita completa"; round 23, scrapedk)."""
    comment_prompts: tuple[str, ...] = ()
    """Where a page sends readers' questions ("in the comments", "nei commenti", "our bot")."""
    figure_labels: tuple[str, ...] = ()
    """Words opening a chart's or a table's numbered caption ("chart", "wykres", "图")."""
    figure_sources: tuple[str, ...] = ()
    """Labels of a chart's source line under its caption ("source", "źródło", "fonte")."""

    def numbered_figure(self, text: str) -> bool:
        """A chart's, a table's or a map's caption: its label and number, then words
        ("Chart 1. Overnight stays …", "Wykres 2: …", "Tabella 3 – …", "图1 …",
        "الشكل 2: …"). Only a line of 300 characters at most with a digit early on is
        looked at."""
        if not self.figure_labels or len(text) > 300 or not _DIGIT.search(text[:24]):
            return False
        head = fold(text[:24])
        for label in self.figure_labels:
            if head.startswith(label):
                found = _FIGURE_NUMBER.match(head, len(label))
                if found is not None and len(text) >= found.end() + 4:
                    return True  # words after the number, not a bare "Table 2"
        return False

    def figure_source(self, text: str) -> str | None:
        """The source named by a chart's source line ("Źródło: dane GUS", "Fonte:
        elaborazione su dati Istat", "来源：国家统计局"), without its label and closing
        period; None for any other line."""
        if not self.figure_sources or len(text) > 200:
            return None
        cut = min((i for i in (text.find(":"), text.find("：")) if i > 0), default=-1)
        if cut < 0 or cut > 30:
            return None
        label = fold(text[:cut]).strip(" *_")
        value = text[cut + 1:].strip(" *_").rstrip(".").strip()
        if label not in self.figure_sources or not value or len(value.split()) > 25:
            return None
        return value

    def read_more_link(self, text: str) -> bool:
        """Round 22 (scrapedf): a "read more" link line ("Leer más »", "Read More →",
        "Working Structure Fire Read More »", "Weiterlesen ..."): the line ends with one of
        the language's ``read_more_links`` (English's too), an arrow, guillemet or ellipsis
        after it or not, and nothing stands before it, or a short title (at most twelve
        words, no sentence end) when the arrow follows the link. Guard: a line of at most
        120 characters; a few ``endswith`` tests."""
        if not self.read_more_links or len(text) > 120:
            return False
        if text.endswith(".") and not text.endswith(".."):
            return False  # "More." ends a sentence: a link's label carries no full stop
        key = fold(text).rstrip(" »›→>….:-–—[]()")
        if not key:
            return False
        for words in self.read_more_links:
            if not key.endswith(words):
                continue
            head = key[: len(key) - len(words)]
            if head and not head.endswith((" ", "|", "»", "›")):
                continue  # "…and read more" glued inside a word: no link
            head = head.strip(" |»›-–—")
            if not head:
                return True
            # after a title only with the link's arrow: "Kids should read more" is a subhead
            return (
                text.rstrip()[-1:] in "»›→>…"
                and len(head.split()) <= _READ_MORE_TITLE_WORDS
                and not head.endswith((".", "!", "?", "。", "！", "？"))
            )
        return False

    def full_version_prompt(self, text: str) -> bool:
        """Round 23 (scrapedk): a prompt sending the reader to the whole piece printed
        elsewhere ("Read the complete Chevrolet Equinox road test.", "Lees de volledige
        test van de Kargo E-70 in ons februarinummer.", "Leia a receita completa do pão de
        ló."): the line opens with one of the language's ``full_version_prompts`` (English's
        too) as whole words and is one sentence of at most 25 words. Guard: a line of at
        most 160 characters; one ``startswith`` test in C first."""
        if not self.full_version_prompts or len(text) > 160:
            return False
        key = fold(text).lstrip(" >»›→*•-–—")
        if not key.startswith(self.full_version_prompts):
            return False
        if len(key.split()) > 25 or key.rstrip(" .!:»›→>…").count(". "):
            return False  # a second sentence: prose that starts so
        for phrase in self.full_version_prompts:
            if key.startswith(phrase) and (
                len(key) == len(phrase) or not key[len(phrase)].isalnum()
            ):
                return True
        return False

    def location_row(self, text: str) -> bool:
        """Round 21: the page's location over the story, a label and its colon opening a
        breadcrumb ("您当前的位置：晨江网>>城市频道>>民生", "您當前的位置 : 社會新聞>", "You are
        here: Home > News"). Guard: a short line that opens with ``location_labels``; the
        colon (or the line's end) must follow the label, so a sentence is never one."""
        if not self.location_labels or len(text) > 120:
            return False
        key = fold(text)
        if not key.startswith(_prefix_heads(self.location_labels)):
            return False
        for label in self.location_labels:
            if key.startswith(label):
                rest = key[len(label) :].lstrip()
                return not rest or rest[:1] in ":："
        return False

    def follow_button(self, text: str) -> bool:
        """True for a follow or subscribe button on its own line ("+ Follow", "关注")."""
        return len(text) <= 30 and text.casefold().strip(" .·|") in self.follow_buttons

    def follower_count(self, text: str) -> bool:
        """True for an account's follower count ("48,2 тыс. подписчиков", "1.2K
        followers", "粉丝 3.4万"): a short line with a figure and a follower word."""
        key = text.casefold()
        if len(key) > 40:
            # "Подписчиков: 14 862   Постов: 4 817   …": a channel's stats row, the follower
            # count first (its label and figure), the other figures after it
            lead = _LEADING_COUNT.match(key)
            key = lead.group(0) if lead else key
        return (
            len(key) <= 40
            and bool(_DIGIT.search(key))
            and any(w in key for w in self.follower_words)
        )

    def reading_time(self, text: str) -> bool:
        """True for a reading-time line ("5 min read", "5–7 minutes", "Lesezeit: 4 Min.")."""
        key = text.casefold().strip(_TRIM)
        return (
            len(key) <= 40
            and bool(_DIGIT.search(key))
            and (_counter(key, self.read_times) or _led_by_reading_label(key, self.read_times))
        )

    def _error_notice(self, key: str) -> bool:
        # One of the ``error_notices`` opens ``key`` as whole words ("error message", not
        # "error messages and what they mean").
        for phrase in self.error_notices:
            if key.startswith(phrase):
                rest = key[len(phrase) : len(phrase) + 1]
                if not rest or not rest.isalnum() or not phrase[-1:].isalnum():
                    return True
        return False

    def wordy_reading_time(self, key: str) -> bool:
        """True for a reading time spelt out without a number, the whole folded line
        ``key``: one of the ``read_time_phrases`` ("less than a minute", "меньше минуты"),
        alone or after a reading-time label ("lettura: meno di un minuto")."""
        shape = _counter_shape(key)
        if not self.read_time_phrases or not shape.endswith(self.read_time_phrases):
            return False  # (one C-level test for every short line)
        for phrase in self.read_time_phrases:
            if shape == phrase:
                return True
            if shape.endswith(" " + phrase):
                head = shape[: -len(phrase)].strip()
                if head in _counter_labels(self.read_times):
                    return True
        return False

    def reading_time_label(self, text: str) -> bool:
        """True for a reading time's label alone on its line, its colon kept ("Tempo di
        lettura:" over "2 min"): a page template's metadata row the dump split in two."""
        if not text.rstrip().endswith((":", "：")) or len(text) > 40:
            return False
        return _counter_shape(text.casefold()) in _counter_labels(self.read_times)

    def status_banner(self, text: str) -> bool:
        """A status banner over the headline: a label the language's ``status_banners``
        name, a colon and a few words ("Live results: every race in Pike County")."""
        head, colon, tail = text.partition(":")
        if not colon or len(head) > 30 or not tail.strip():
            return False
        return fold(head).strip(_TRIM) in self.status_banners

    def _live_status(self, key: str) -> bool:
        # A live label with the page's status in brackets ("Live-Ticker (wird
        # aktualisiert)", "Текстова трансляція (оновлюється)", "Live updates (refreshing)"):
        # the badge over a live page, no heading. A count ("Live (3)") is a tab's.
        head, _, status = key.partition(" (")
        return (
            head.strip(_TRIM) in self.live_labels
            and 0 < len(status.split()) <= 3
            and not any(ch.isdigit() for ch in status)
        )

    def kind(self, text: str) -> str | None:
        """The chrome a whole line is (``share``, ``related``, ``sign-up``…), or None."""
        if len(text) > 300:
            return None
        # Remembered per cue set: the features, the header, the body and the tail ask of the
        # same lines (a third of the calls repeat a text, and a batch's pages share their
        # chrome), and the answer depends only on the text and these cues.
        memo = _KIND_MEMO.get(id(self))
        if memo is None or memo[0] is not self:
            if len(_KIND_MEMO) >= 64:
                _KIND_MEMO.clear()  # cue sets made by hand (tests) are not kept for ever
            memo = _KIND_MEMO[id(self)] = (self, {})
        known = memo[1]
        if text in known:
            return known[text]
        if len(known) >= _KIND_MEMO_SIZE:
            known.clear()
        found = known[text] = self._kind_of(text)
        return found

    def _kind_of(self, text: str) -> str | None:
        for separator in (" · ", " | ", " • "):
            if separator in text and len(text) <= 120:
                # "Listen to this article · 4 min": chrome when every part is chrome.
                kinds = [self._kind(part) for part in text.split(separator) if part.strip()]
                if len(kinds) > 1 and all(kinds):
                    return kinds[0]
        found = self._kind(text)
        if found is None and len(text) <= _LEAD_QUESTION_CHARS:
            found = (
                self._after_lead_question(text)
                or self._ad_then_continue(text)
                or self._app_store_prompt(text)
            )
        return found

    def _app_store_prompt(self, text: str) -> str | None:
        # A prompt to get the outlet's app: "Scarica l'app gratuita per iOS e Android",
        # "Download de app voor iOS en Android", "حمّل تطبيقنا على iOS وأندرويد". It opens
        # with a button verb of the language (``button_verbs``), names both app stores (iOS
        # or App Store, and Android or Google Play) and ends no sentence: a service article's
        # "Scarica l'app IO per iOS e Android." is a sentence of its body.
        if len(text) > _APP_PROMPT_CHARS or text.rstrip().endswith((".", "。")):
            return None
        folded = fold(text)
        words = [w.strip(_TRIM) for w in folded.split()]
        if not words or words[0] not in self.button_verbs:
            return None
        apple = "ios" in words or "app store" in folded
        android = "android" in words or "google play" in folded or "أندرويد" in folded
        return "sign-up" if apple and android else None

    def _after_lead_question(self, text: str) -> str | None:
        # A prompt behind its short lead question: "Ti è piaciuto questo articolo?
        # Sostienici", "Hai già un account? Accedi", "Quer ficar por dentro? Entre no nosso
        # canal do Telegram", "هل أعجبك هذا المقال؟ ادعمنا". The question (one to eight
        # words) only asks; what follows it is read as a line of its own and must be a
        # prompt (sign-up, follow, donate, account, share). What follows ends no sentence:
        # a FAQ's answer ("Chi può iscriversi? Accedi al portale e compila il modulo.") is
        # prose, a prompt is a button's or a call's words.
        for mark in ("?", "؟", "？"):
            question, found, rest = text.partition(mark)
            rest = rest.strip()
            if not found or not rest or rest.endswith((".", "。", "…", ":")):
                continue
            if not 1 <= len(question.split()) <= _LEAD_QUESTION_WORDS:
                continue
            kind = self._kind(rest)
            if kind in _PROMPT_KINDS:
                return kind
        return None

    def _ad_then_continue(self, text: str) -> str | None:
        # An ad slot's label and its "continue reading" note on one line ("Pubblicità -
        # Continua a leggere sotto", "Реклама. Читайте далі нижче"): the label is one of
        # ``ad_words``, the note opens with a continue phrase of ``paywall_words``.
        for separator in (" - ", " – ", " — ", ". ", " | "):
            label, found, note = text.partition(separator)
            if not found:
                continue
            if fold(label).strip(_TRIM) in self.ads and fold(note).strip(_TRIM).startswith(
                self.starts
            ):
                return "noise.advertisement"
        return None

    def _comment_count(self, words: list[str]) -> bool:
        # A comment counter and its button on one line ("11 Comments. Click to view
        # comments", "200Comments. …", "42 komentarze · Skomentuj"): the number, then a
        # comment word, right after it or glued to it.
        head = words[0].strip(_TRIM)
        digits = len(head) - len(head.lstrip("0123456789"))
        glued = head[digits:]
        if digits == 4 and head[:2] in ("19", "20"):
            return False  # a year: "2024 Comments and notes" is a heading
        if glued:
            return glued in self.comment_words
        return len(words) > 1 and words[1].strip(_TRIM) in self.comment_words

    def _bracketed_comment_count(self, key: str) -> bool:
        # A comments link with its count in brackets, alone or as the first cell of a bar
        # ("Read/Post Comments (4)", "Read/Post Comments (25) | Recommend This Article (46)",
        # "Lire/Réagir Commentaires (3)"): at most four words whose last, after a slash, is a
        # comment word, then the bracketed number. (``key`` is trimmed of the closing
        # bracket.)
        cell = key.split("|", 1)[0].strip().rstrip(")")
        if "[" in cell:
            return False  # a dump's row of links: its buttons say what it is
        name, bracket, count = cell.rpartition("(")
        words = name.split()
        count = count.strip()
        return (
            bool(bracket)
            and count.isdigit()
            and not (len(count) == 4 and count[:2] in ("19", "20"))  # a year: "Comments (2019)"
            and 1 <= len(words) <= 4
            and words[-1].rsplit("/", 1)[-1].strip(_TRIM) in self.comment_words
        )

    def _glued_navigation(self, text: str) -> bool:
        # Two or more navigation links a dump glued with no space between them ("Skip to
        # contentSkip to site index", "StartseiteKontakt"): each piece, cut where a lowercase
        # letter meets a capital, is a navigation phrase of the page's language.
        parts = _GLUE.split(text.strip(_TRIM))
        return len(parts) >= 2 and all(
            part.casefold().strip(_TRIM) in self.navigation for part in parts
        )

    def _signed_bio(self, text: str) -> bool:
        # A byline whose apposition is the writer's bio ("By Jane Roe, a deputy editor and
        # author of the Tideline newsletter. She has covered …"): the page language's byline
        # prefix, a name of two to four capitalised words (a link's residue "[Jane Roe](…)"
        # too), a comma, then a lowercase word. The bio may name a newsletter the writer
        # edits; a sign-up prompt opens with no prefix and name.
        prefix = self.byline_prefix(text)
        if prefix is None:
            return False
        name, comma, rest = text[len(prefix) :].partition(",")
        name = name.strip().lstrip("[").split("](", 1)[0]
        tokens = name.split()
        return (
            bool(comma)
            and rest.strip()[:1].islower()
            and 2 <= len(tokens) <= 4
            and all(t[:1].isupper() for t in tokens)
        )

    def _credited_caption(self, text: str) -> bool:
        # A caption closed by its bracketed credit after a picture label ("Passaggi
        # giornalieri … registrati dal contatore. (Grafico: Comune di Borgo Alto)"): its
        # words may hold a sign-up cue ("registrati" is also "recorded"), a prompt has no
        # credit.
        stripped = text.rstrip()
        start = stripped.rfind("(")
        if start <= 0 or not stripped.endswith(")"):
            return False
        head = stripped[start + 1 :].split(":", 1)[0].split()
        return bool(head) and head[0].casefold() in self.photo_labels

    def _post_link(self, key: str) -> bool:
        # One of a post's links to its neighbours, labelled ("« Previous post: Keeping
        # older dogs …", "Next post: Our new clinic »", "← Предыдущая новость: …", "Notícia
        # seguinte: …"): a navigation phrase of two words or more, a colon, then the other
        # post's title. A subhead never opens with "Previous post:"; the title after the
        # colon may end a sentence, so only its length bounds it.
        if len(key) > 200 or (":" not in key and "：" not in key):
            return False
        head, _, title = key.partition(":" if ":" in key else "：")
        head = head.strip(_TRIM + "«‹<←")
        # "上一条：…" / "下一篇：…": a Chinese label is one word of three characters or
        # more, no space; a one-word Latin label ("Next: …") may open a teaser's sentence
        spaced = " " in head or (len(head) >= 3 and not head.isascii() and head.isalpha())
        return spaced and head in self.navigation and bool(title.strip(_TRIM + "»›>→"))

    def comment_header(self, text: str) -> bool:
        """The header of a post's comment section naming the post ("2 thoughts on “…”",
        "One thought on “…”", "### Один комментарий к «…»"), a marked heading or bold too."""
        text = text.strip().lstrip("#").strip().strip("*_").strip()
        if text[-1:] not in _CLOSE_QUOTES:
            return False  # (the cheap test first: most lines end otherwise)
        head = text.split(None, 1)[0].casefold() if text else ""
        return (head[:1].isdigit() or head in self.number_words) and _comments_on_post(
            text, self.number_words
        )

    def _post_pair(self, key: str) -> bool:
        # A post's links to both neighbours printed on one line ("« Previous: Lifeboat crew
        # named …   Next: Spring tide warning … »", "« Anterior: …   Siguiente: … »"): the
        # line opens with a navigation label and a colon, and the text before its second
        # colon ends with another. One label alone may open a teaser ("Next: …", read by
        # ``_post_link`` only when it is two words); two of them on one line are the steps.
        if len(key) > 300 or key.count(":") != 2:
            return False
        first, middle, title = key.split(":")
        if first.strip(_TRIM + "«‹<←") not in self.navigation or not title.strip(_TRIM + "»›>→"):
            return False
        words = middle.split()
        return any(
            len(words) > n and " ".join(words[-n:]).strip(_TRIM) in self.navigation
            for n in (1, 2, 3)
        )

    def _edition_row(self, key: str) -> bool:
        # An e-paper's furniture row: cells that are all ``edition_labels`` ("上一版
        # 下一版", "返回版面 版面导航", "本版导航"), a row of three cells or more with a
        # number, no comma, one cell holding an edition word (the issue's row), or a short
        # name ending with one (the e-paper's masthead, "溪口日报数字报"), no sentence.
        if key[-1:] in "。！？.!?":
            return False
        cells = key.replace("\u3000", " ").replace("|", " ").replace("｜", " ").split()
        if cells and all(cell in self.editions for cell in cells):
            return True
        if any(_page_label(cell, self.editions) for cell in cells):
            return True  # "第05版:城市新闻 PDF版阅读", "第02版:要闻": the page's label
        if len(cells) >= 3 and any(map(str.isdigit, key)) and not any(m in key for m in "，、,"):
            # "江城晚报　2026年11月20日　星期五　第A05版：要闻": the issue's row, the paper's
            # name, the date and the page label, one cell holding an edition word
            return any(label in cell for cell in cells for label in self.editions)
        return len(cells) == 1 and key.endswith(self.editions) and key not in self.editions

    def edition_row(self, text: str) -> bool:
        """An e-paper's furniture row (``_edition_row``) for a line's text: the page's label
        "第05版:城市新闻", "上一版 下一版", the e-paper's masthead; never a headline."""
        if not self.editions:
            return False
        key = fold(text)
        return bool(key) and len(key) <= _EDITION_ROW and self._edition_row(key)

    def _imprint_row(self, text: str) -> bool:
        # A row of the publisher's address fields, each under its label ("地址：淮川市…
        # 邮编：231000　新闻热线：…"): two labels or more of ``imprint_labels``, the first
        # opening the row. A paragraph that gives one address or one number stays.
        parts = text.replace(":", "：").split("：")
        labels = [
            part.replace("\u3000", " ").rsplit(" ", 1)[-1].strip("|｜·").casefold()
            for part in parts[:-1]
        ]
        return (
            len(labels) >= 2
            and labels[0] in self.imprints
            and sum(label in self.imprints for label in labels) >= 2
        )

    def navigation_bar(self, text: str) -> bool:
        """A post's previous/next links on one line between a bar ("« Vorheriger Beitrag |
        Nächster Beitrag »", "‹ Previous post · Next post ›"): two or more parts, each a
        navigation phrase of the page's language once its arrows are trimmed."""
        key = fold(text)
        for bar in "|·":
            if bar not in key:
                continue
            parts = [part.strip(_TRIM + "«‹<") for part in key.split(bar)]
            if len(parts) >= 2 and all(" " in p and p in self.navigation for p in parts):
                return True
        return False

    def print_row(self, key: str) -> bool:
        """A printer-friendly page's button row, folded: "back to article print", "print
        this page | close window", "zurück zum artikel drucken". The line is a run of the
        language's ``print_links`` (separators and brackets aside) that holds two links
        or more, or one link of two words or more; any other word makes it no row."""
        return self._print_links_run(key)[0] >= 2

    def _print_links_run(self, key: str) -> tuple[int, bool]:
        # (the links' weight, whether one of them is a text-size control) of a row made
        # only of ``print_links``; (0, False) when any other word stands in it. A link of
        # two words or more that is also a share phrase ("text size", "decrease font
        # size") and does not open with a print link ("print this page") is a reading
        # tool's button, no printer-friendly page's.
        rest = key.replace("|", " ").replace("·", " ").replace("/", " ")
        rest = " ".join(rest.translate(_BRACKETS).split())
        links = 0
        tool = False
        while rest:
            for link in self.print_links:
                if rest.startswith(link) and (len(rest) == len(link) or rest[len(link)] == " "):
                    rest = rest[len(link) :].lstrip()
                    links += 1 + (" " in link)
                    tool = tool or (
                        " " in link
                        and link in self.share
                        # "Print this page | Close window": a printer page's row
                        and link.split(" ", 1)[0] not in self.print_links
                    )
                    break
            else:
                return 0, False
        return links, tool

    def _text_size_row(self, key: str) -> bool:
        # Round 20 (kicker): a page's reading tools in one row — the text-size label and
        # its buttons ("A- A+", "A A A"), then print and share ("Text size A- A+ Print
        # Share", "Taille du texte A- A+ Imprimer Partager", "Font size: A A A | Print |
        # Email"). Two size buttons or more, and every other run of words between them is a
        # share phrase (the language file's ``share_words``: "text size", "taille du
        # texte", "حجم النص") or a row of share words, one such run at least (the bare
        # buttons "A A" name no tool and are left as they were). No sentence is made of
        # these.
        words = [w.strip(_TRIM) for w in key.split()]
        if len(words) > 16 or sum(1 for w in words if w in _SIZE_BUTTONS) < 2:
            return False
        run: list[str] = []
        named = False
        for word in [*words, "a"]:
            if word and word not in _SIZE_BUTTONS:
                run.append(word)
                continue
            if run and " ".join(run) not in self.share and any(w not in self.share for w in run):
                return False
            named = named or bool(run)
            run = []
        return named

    def _standards_note(self, key: str) -> bool:
        # Round 22 (leftc): a newsroom's note on how it works under the story ("\"So
        # arbeitet die Redaktion\" informiert Sie, wann und worüber wir berichten …", "How we
        # report: …", "Jak pracujemy: Redakcja …"): the line (60-300 characters, quotes
        # trimmed) opens with one of the data's ``standards_notes``, set off from what
        # follows by a colon, a closing quote or a dash: the note's title, no sentence of
        # the story. Guard: the length, then the opening are tested first.
        head = key.lstrip("\"'„“”«‘’")
        if not head.startswith(self.standards_notes):
            return False
        for note in self.standards_notes:
            if head.startswith(note):
                rest = head[len(note) :].lstrip(" ")
                return rest[:1] in (":", "\"", "“", "”", "»", "'", "’", "–", "—", "-", "|", "：")
        return False

    def _ad_break(self, key: str, text: str) -> bool:
        # Round 22 (leftc): an ad break that tells the reader to go on, in any wording
        # and case ("DALSZĄ CZĘŚĆ PRZECZYTASZ POD REKLAMĄ", "CONTINUA A LEGGERE DOPO LA
        # PUBBLICITÀ", "Der Artikel geht nach der Anzeige weiter"): a short line (at most 70
        # characters, 9 words, no full stop at its end) that opens with one of the data's
        # ``ad_break_openers`` and holds one of its ``ad_break_stems`` (a word's opening, so
        # "reklamą", "рекламой" count; Chinese has no spaces). It is the ad's label, not a
        # subhead. Guard: the length and the opening are tested first.
        if len(key) > 70 or text.rstrip().endswith("."):
            return False
        if not key.startswith(self.ad_break_openers):
            return False
        if len(key.split()) > 9:
            return False
        return any(stem in key for stem in self.ad_break_stems)

    def _invitation_sentence(self, marker: str, rest: str, text: str) -> bool:
        # Round 24 (tailkeep): a related-links label that is also the language's
        # invitation to ask for more ("más información", ``contact_invitations``), opening a
        # sentence of the story ("Más información en el teléfono 953 41 22 10 o en la web
        # del museo."): the marker, a space and a lower-case word go on to a full stop, six
        # words or more. A related box's label stands alone or before a colon or a teaser's
        # capitalised headline. Guard: the full stop first, then the marker's lookup.
        if not text.rstrip().endswith(".") or rest[:1] != " " or not rest[1:2].islower():
            return False
        return marker in self.contact_invitations and len(rest.split()) >= 5

    def _kind(self, text: str) -> str | None:
        # A dump's heading marks and bold ("## Mehr zum Thema", "**Lesen Sie auch:**") go;
        # a bullet ("* Subscribe") is a menu's item, read as it stands.
        if text.startswith("#"):
            text = text.lstrip("#")
        if text.startswith(("**", "__")):
            text = text.strip("*_")
        elif text[:1] == "_" and text.rstrip()[-1:] == "_" and len(text) > 2:
            text = text.strip("_")  # html2text's italics: "_Do you have a story? …_"
        key = fold(text).strip(_TRIM)
        if not key.strip():
            if text.strip() in _EMPTY_BRACKETS:
                return "separator"  # round 22 (leftc): "()", "[]": an emptied widget's residue
            return None  # "\xa0" alone: no word to look up
        if (
            self.embed_widgets
            # (one C-level test first: the key opens with a label, or with a mark before it)
            and (key.startswith(self.embed_widgets) or not key[:1].isalnum())
            and key.count(" ") < _EMBED_WIDGET_WORDS
            and _opens_with(key, self.embed_widgets)
            and not text.rstrip().endswith((".", "!", "?"))  # "Ver en YouTube el pleno es …."
        ):
            # Round 25 (embeds): "View this post on Instagram", "Ein Beitrag geteilt von …
            # (@handle)", "Ver en YouTube", "Lecteur vidéo": an embed's widget row, dropped
            # where it stands; the article goes on under the embed (features._embed_spans)
            return "noise.embed"
        if key in self.share or any(
            bar in key and all(part.strip(_TRIM) in self.share for part in key.split(bar))
            for bar in "|·•"
        ):
            return "share"  # "Ouça esta matéria · Compartilhe", "Teilen | Merken"
        if ":" in key and self._platform_row(key):
            return "share"  # "Hören bei: Apple Podcasts · Spotify · RSS-Feed"
        if len(key) <= 160 and (" a" in key or " а" in key) and self._text_size_row(key):
            return "share"  # "Font size: A A A | Print | Email", "حجم النص A- A+ طباعة"
        if key in self.ads or (self.ad_break_openers and self._ad_break(key, text)):
            return "noise.advertisement"
        if len(key) >= 60 and self.standards_notes and self._standards_note(key):
            return "disclosure"  # "„So arbeitet die Redaktion" informiert Sie, …"
        if key in self.access_labels:
            return "counter"  # "Open article", "Открытый материал": the paywall's badge
        if key in self.live_labels or (" (" in key and self._live_status(key)):
            return "live-label"
        if " " in key and key in self.navigation:
            return "navigation"  # "Skip to main content", "تخطي إلى المحتوى الرئيسي", "Усі новини"
        if self.navigation_bar(key):
            return "navigation"  # "« Vorheriger Beitrag | Nächster Beitrag »"
        if len(key) <= _PRINT_ROW_CHARS and (run := self._print_links_run(key))[0] >= 2:
            # Round 25 (scrapedo): "Decrease Font Size Increase Font Size Text Size Print
            # This Page": the reading tools' row, dropped wherever it stands like a share row
            return "share" if run[1] else "navigation"  # "Back to article Print" (round 20)
        head, _, rest = key.partition(" ")
        words = key.split()
        if len(words) <= 5 and not text.endswith((".", "!", "?")):
            if head.rstrip(":") in self.share and (not rest or not rest[0].isupper()):
                return "share"  # "Deel via WhatsApp", "Compartir en Whatsapp", "Partager :"
            if "：" in head and head.partition("：")[0] in self.share:
                return "share"  # "字体：大 中 小", "分享到：微信 微博": a label and its buttons
            last = words[-1].strip(_TRIM)
            if sum(1 for w in words if w.strip(_TRIM) in self.share) >= 2:
                return "share"  # "Click to share on Facebook (Opens in new window)"
            if len(words) > 2 and last in self.share and text.endswith(("!", ":")):
                return "share"  # "Ti è piaciuto questo articolo? Condividilo!"
            if len(words) >= 2 and all(w.strip(_TRIM) in self.navigation for w in words):
                return "counter"  # "Poprzednie Następne", "Previous Next": a gallery's steps
            if head[:1].isdigit() and any(w.strip(_TRIM) in self.comment_words for w in words):
                return "comments"  # "57 Kommentare", "3 комментария", "42 komentarze"
        if (
            len(words) <= 7
            and text.rstrip().endswith((":", "：", "!"))
            and any(w.strip(_TRIM) in self.share for w in words[:3])
            and any(m in key and _has_phrase(key, m) for m in self.article_mentions)
        ):
            # "Kindly share this story:", "Share or comment on this article:", "Partagez
            # cet article :": a label over share buttons names the article it shares; a
            # sentence about shares ("Share prices fell:") names none.
            return "share"
        if head[:1].isdigit() and len(words) <= 8 and len(key) <= 60 and self._comment_count(words):
            return "comments"  # "11 Comments. Click to view comments", "200Comments. …"
        if "(" in key and (key[-1:].isdigit() or "|" in key) and self._bracketed_comment_count(key):
            return "comments"  # "Read/Post Comments (4) | Recommend This Article (12)"
        if (head[:1].isdigit() or head in self.number_words) and _comments_on_post(
            text, self.number_words
        ):
            return "comments"  # "2 thoughts on “…”", "One thought on “…”", "Один комментарий к «…»"
        if _post_navigation(text):
            return "counter"  # "← Older post title     Newer post title →": a blog's steps
        if self._post_link(key):
            return "counter"  # "« Previous post: Keeping older dogs …": a blog's steps
        if self._post_pair(key):
            return "counter"  # "« Previous: TITLE   Next: TITLE »": both steps on one line
        if len(words) <= 12 and len(key) <= 80 and self._glued_navigation(text):
            return "noise.page-chrome"  # "Skip to contentSkip to site index"
        if (
            5 < len(words) <= 10
            and head.endswith((":", "："))
            and head.rstrip(":：") in self.share
            and not text.endswith((".", "!", "?"))
            and 2 * sum(1 for w in words if w.strip(_TRIM) in self.share) >= len(words)
        ):
            return "share"  # "Udostępnij: Facebook X E-mail Kopiuj link": a label and its buttons
        if len(words) <= 8 and not text.endswith((".", "!", "?")):
            if _shop_button(key, words, self.shop):
                return "shop"  # "Buy now at Trailhouse £189", "$279 at Amazon"
            if _rating(key, self.ratings):
                return "rating"  # "★★★★☆ 4/5", "8.5/10", "Rating: 4 out of 5 stars"
            if key in self.sponsors or key.startswith(_spaced(self.sponsors)):
                return "sponsor"  # "PRESENTED BY GREENLINE ENERGY", "Sponsored by …"
        tokens = frozenset(words)  # (the whole words the phrase lists are looked up by)
        if len(key) <= 300 and any(
            phrase in key for phrase in _phrases_in(tokens, self.disclosures)
        ):
            return "disclosure"  # "We may earn a commission when you buy through links…"
        if self._meter_note(key):
            return "paywall-meter"  # "You have read 3 of your 5 free articles this month."
        if self._helpline(key):
            return "helpline"  # "If you have been affected by … call 0800 …"
        if self.embed_notices and len(words) <= _EMBED_NOTICE_WORDS and self._embed_notice(key):
            return "embed-notice"  # "Ich bin damit einverstanden, dass mir externe Inhalte …"
        if (
            self.error_report_keys
            and len(words) <= _PROMPT_WORDS
            and any(chord in key for chord in self.error_report_keys)
        ):
            # Round 22 (scrapedd): "Якщо ви помітили помилку, виділіть необхідний текст і
            # натисніть Ctrl+Enter": the site's typo-report prompt under the article
            return "comment-prompt"
        if self.comment_prompts and len(words) <= _PROMPT_WORDS and self._comment_prompt(key):
            return "comment-prompt"  # "Questions? Ask them in the comments or our bot."
        if 3 <= len(words) <= 16 and head.strip(_TRIM) in self.share and self._buttons(words):
            return "share"  # "Partager Facebook X Copier le lien": buttons and nothing else
        if 6 <= len(words) <= 16 and not text.endswith((".", "!", "?")):
            # A row of share buttons printed as plain words ("Compartilhar no Facebook
            # Compartilhar no WhatsApp Copiar link", w3m and select-all dumps).
            # "字号：大 中 小　分享到：微信 微博": a Chinese label glued to its first button
            # by a full-width colon counts as the label it is
            hits = sum(
                1
                for w in words
                if w.strip(_TRIM) in self.share
                or ("：" in w and w.partition("：")[0] in self.share)
            )
            if hits >= 3 and hits * 5 >= len(words) * 2:
                return "share"
        if (
            head == "more"
            and 2 <= len(words) <= 5
            and not text.endswith((".", "!", "?", ":"))
            and all(w[:1].isupper() or w == "&" for w in text.split()[1:])
        ):
            return "related"  # "More Opinion & Analysis", "More Local News": a section's teasers
        if len(key) <= 200 and key.startswith(self.related):
            marker = next(m for m in self.related if key.startswith(m))
            rest = key[len(marker) :]
            if (not rest or not rest[0].isalnum()) and not self._invitation_sentence(
                marker, rest, text
            ):
                return "related"
            shown = text.strip(_TRIM)
            if (
                len(shown) == len(key)
                and shown[len(marker) - 1].islower()
                and shown[len(marker)].isupper()
            ):
                return "related"  # "À lire aussiLes orques …": select-all glued the label
        if len(key) <= 300 and any(
            phrase in key and _has_phrase(key, phrase)
            for phrase in _phrases_in(tokens, self.donate_phrases)
        ):
            return "donate"  # "WKRL is listener-supported. … Make a gift today"
        # The substring test first: most lines hold none of the phrases, and a call per
        # phrase and line was a fifth of this method's time.
        if (
            len(key) <= 250
            and any(
                phrase in key and _has_phrase(key, phrase) and not _han_word_in_prose(phrase, key)
                for phrase in _phrases_in(tokens, self.inline)
            )
            and not self._event_notice(words)
            and not self._dated_item(words)
            and not self._credited_caption(text)
            and not self._signed_bio(text)
            and not _attributed_quote(text)
        ):
            return "sign-up"
        if len(words) <= 30 and self._follow_prompt(key):
            return "sign-up"  # "📲 Підписуйтеся на наш Telegram-канал, щоб …"
        if (
            len(words) <= _FORWARDED_WORDS
            and _opens_with(key, self.forwarded)
            and not text.endswith((".", "!", "?"))
        ):
            # Round 23 (leftd): "Forwarded from City Hall", "Переслано из Администрация":
            # a channel mirror's repost label, however the channel's name is cased
            return "share"
        if len(words) <= 24 and self.donate_openings and _opens_with(key, self.donate_openings):
            return "donate"  # "Jetzt spenden: Unterstützen Sie …", "Sostieni la mensa: dona ora"
        if (
            len(words) <= _TAGLINE_WORDS
            and not text.endswith(("!", "?"))
            and any(phrase in key and _has_phrase(key, phrase) for phrase in self.taglines)
        ):
            # "From Wikipedia, the free encyclopedia" under every headline of a wiki: the
            # site's tagline. Read as a line of the page, it outscored a one-word headline
            # ("Mozilla") or stood over a list page's title as the headline itself.
            return "tagline"
        if len(words) <= _NOTICE_WORDS and _opens_with(key, self.script_notices):
            # "Please turn on JavaScript to use this feature": the whole short line is the
            # notice; a sentence that only mentions JavaScript does not open with it. So is
            # a note on how the text was made ("This transcript was produced by a mix of
            # human and automated transcription and may contain errors."). A
            # player's icons may stand before it ("\ue060 Next video starts in : 7 Play"),
            # and the phrase ends on a word's end ("Skip ad" is not "Skip advertising").
            return "script-notice"
        if len(words) <= 40 and self.alt_openers and _opens_with(key, self.alt_openers):
            # Round 23 (dumpheads): "Illustration for article titled <headline>": the lead
            # image's alt text a dump prints as a line, never the headline nor a paragraph
            return "media"
        if (
            (len(key) <= 120 or ("@" in key and len(key) <= 300))
            and key.startswith(self.starts)
            and (_starts_whole(key, self.starts) or _short_label(text, words))
        ):
            return "comments"  # "Write to us: letters@… Letters should be…": a contact note
        if len(words) <= 18 and self.feedback_widget(text):
            return "comments"  # "Was this page helpful? Yes No": the page's feedback widget
        if len(words) <= 10 and not text.endswith((".", "!", "?")) and self._account_row(key):
            return "noise.page-chrome"  # "The Millbrook Sentinel Subscribe Sign in"
        if self.editions and len(key) <= _EDITION_ROW and self._edition_row(key):
            return "navigation"  # "返回版面 版面导航", "上一版 下一版", "溪口日报数字报"
        if self.imprints and ("：" in text or ":" in text) and self._imprint_row(text):
            return "imprint"  # "地址：…　邮编：…　新闻热线：…": the paper's imprint
        if len(key) <= 40 and _DIGIT.search(key) and _counter(key, self.counters):
            return "counter"
        if len(words) <= 6 and len(key) <= 40 and _gallery_link(key, self.counters):
            return "counter"  # "Alle Bilder anzeigen", "Ver galería completa": a gallery's link
        if ":" in key[:24] and len(words) <= 16 and _gallery_titled(key, self.counters):
            return "counter"  # "FOTOGALERÍA: Las fiestas del barrio (1/3)": a gallery's title
        if len(key) <= 40 and _DIGIT.search(key) and _led_by_reading_label(key, self.read_times):
            return "counter"  # "Lesezeit ca. 4 Min.", "阅读时间约3分钟": a reading time
        if len(words) <= 8 and " · " in key and self._labelled_counter(text):
            return "counter"  # "Відеоверсія розмови · 24 хв": a player's label and length
        if self.reading_time_label(text):
            return "counter"  # "Tempo di lettura:" over "2 min": the row split in two
        if len(words) <= 9 and self.wordy_reading_time(key):
            return "counter"  # "меньше минуты", "Lettura: meno di un minuto": no number
        if (
            len(words) <= _ERROR_NOTICE_WORDS
            and self.error_notices
            and key.startswith(self.error_notices)
            and key[:1] not in _QUOTES_OPEN
            and self._error_notice(key)
        ):
            # "Сообщение об ошибке", "Impossibile caricare i contenuti. Ricarica la pagina":
            # the site's error or loading notice, short, opening the line
            return "noise.page-chrome"
        if len(words) <= 16 and _DURATION_END.search(key) and self._media_label(key):
            return "media"  # "Video: So entsteht ein Kellerbier (02:41)": a player's title
        if len(words) <= 25 and key[:1] in _MEDIA_GLYPHS and self._media_label(key):
            # "🎧 Listen: On the Coast Daily – … Episode 212, 18 minutes": a podcast or
            # video promo behind a player's glyph, however its running time is printed
            return "media"
        if len(words) <= 16 and not text.endswith((".", "!", "?")):
            if "(" in key and _FILE_END.search(key):
                return "media"  # "Download: Fahrplan Linie 482 (PDF, 312 KB)": a file's link
            if ("(" in key or "（" in key) and _SIZE_END.search(key) and _FILE_WORD.search(key):
                # "[PDF] Download the decision (245 KB)", "Attachment: decision.pdf (245 KB)"
                return "media"
            if "0:00" in key and len(words) <= 6 and _PLAYER_CLOCK.search(key):
                return "media"  # "Reproducir00:00 / 02:14": a player's button and clock
        if len(words) <= 8 and len(key) <= 80 and self.videos and self._video_line(key, text):
            return "media"
        if len(key) <= 90 and _IMAGE_FILE.match(key):
            return "media"  # "[14]IMG_0412.JPG": a link to the picture's file
        return None

    def feedback_answers_row(self, text: str) -> bool:
        """A feedback widget's buttons alone on a line, two to four answers, two of them
        different, and nothing else but separators: "Так Ні", "[Да] [Нет]", "Yes | No",
        "Yes/No", "[16]Yes [17]No" (lynx's link marks), "是 否"."""
        if len(text) > 40 or not self.feedback_answers:
            return False
        spaced = _LINK_MARK.sub(" ", text).replace("/", " ").replace("|", " ")
        words = [w.strip("[]()·•*.,!") for w in spaced.casefold().split()]
        words = [w for w in words if w]
        return (
            2 <= len(words) <= 4
            and len(set(words)) >= 2
            and all(w in self.feedback_answers for w in words)
        )

    def dialog_row(self, text: str) -> bool:
        """A pop-up dialog's row of buttons: a short line without a sentence end that holds
        two different ``dialog_buttons`` as whole words ("Featured Close Publish changes",
        "(BUTTON) Cancel (BUTTON) Save", "[3]Schließen [4]Speichern"). A headline with one
        such word ("Close call at the crossing") holds no second one."""
        if len(text) > 80 or not self.dialog_buttons or text.endswith((".", "!", "?")):
            return False
        spaced = _LINK_MARK.sub(" ", text.replace("(BUTTON)", " "))
        # buttons whose labels a dump glued together ("FeaturedClosePublish changes")
        spaced = "".join(
            f" {ch}" if ch.isupper() and k and spaced[k - 1].islower() else ch
            for k, ch in enumerate(spaced)
        )
        words = [w.strip("[]()·•*,:|/") for w in spaced.casefold().split()]
        words = [w for w in words if w]
        if not 2 <= len(words) <= 8:
            return False
        rest = f" {' '.join(words)} "
        found = 0
        for button in self.dialog_buttons:  # longest first: "publish changes" before "publish"
            if f" {button} " in rest:
                rest = rest.replace(f" {button} ", " | ", 1)
                found += 1
        return found >= 2

    def page_feedback_prompt(self, text: str) -> bool:
        """A line that opens with a page's rating prompt of ``page_feedback`` ("Was this
        page helpful?", "### Seite bewerten", "[Oceń tę stronę](#)"), the phrase ending at
        a word's end: a dump's heading, bullet, bold and link marks may stand before it."""
        if len(text.split()) > _RATING_PROMPT_WORDS:
            return False  # a sentence that quotes the prompt ("Was this page helpful is …")
        key = text.casefold().lstrip(" #*_>[•-–")
        return key.startswith(self.page_feedback) and _starts_whole(key, self.page_feedback)

    def source_list_title(self, text: str) -> bool:
        """A short line that is the title of a sources or references list, whole ("###
        Sources", "**Quellen:**", "Источники"): a dump's heading, bold and bullet marks and
        a closing colon aside."""
        if len(text) > 60 or not self.source_lists:
            return False  # the cheap test first: a title is a few words
        key = text.strip(" #*_>[]•-–:：").casefold()
        return key in self.source_lists

    def feedback_widget(self, text: str) -> bool:
        """A feedback widget printed on one line: a short question, then only its answer
        buttons ("Was this page helpful? Yes No", "Чи була ця інформація корисною? Так Ні",
        "هل وجدت هذه الصفحة مفيدة؟ نعم لا"). An interview's question is followed by its
        answer's words, not by "Yes No"."""
        for mark in ("?", "؟", "？"):
            question, found, rest = text.rpartition(mark)
            if (
                found
                and question.strip()
                and len(question.split()) <= 14
                and self.feedback_answers_row(rest.strip())
            ):
                return True
        return False

    def _labelled_counter(self, text: str) -> bool:
        # A row of two or three parts set apart by " · ", one a counter or running time
        # ("24 хв", "12 min") and the others short labels of one to three words with no
        # name in them (only the first word capitalised) and no sentence end: "Відеоверсія
        # розмови · 24 хв", "Podcast · 32 min". A byline with its reading time ("Anna Berg
        # · 4 min") names someone and stays.
        parts = [p.strip() for p in text.split(" · ")]
        if not 2 <= len(parts) <= 3 or text.endswith((".", "!", "?")):
            return False
        counted = [p for p in parts if _DIGIT.search(p) and _counter(p.casefold(), self.counters)]
        if len(counted) != 1:
            return False
        for part in parts:
            if part in counted:
                continue
            words = part.split()
            if not 1 <= len(words) <= 3 or _DIGIT.search(part):
                return False
            if any(w[:1].isupper() for w in words[1:]):
                return False
        return True

    def _meter_note(self, key: str) -> bool:
        # A metered paywall's counter: a short line with a figure and a meter phrase ("You
        # have read 3 of your 5 free articles this month", "Вы прочитали 3 из 5 бесплатных
        # материалов"). A sentence about free articles names no count of the reader's.
        return (
            len(key) <= 200
            and bool(_DIGIT.search(key))
            and any(phrase in key for phrase in self.meter_notes)
        )

    def _helpline(self, key: str) -> bool:
        # A help-line box under or among the paragraphs: it opens with a help-line phrase
        # ("If you have been affected by", "Wenn Sie von … betroffen sind", "Si vous êtes
        # touché par") and gives a telephone number or an e-mail address to contact. A
        # sentence of the story that opens so gives neither.
        return (
            len(key) <= 400
            and bool(self.helpline_openings)
            and _opens_with(key, self.helpline_openings)
            and ("@" in key or bool(_PHONE.search(key)))
        )

    def _embed_notice(self, key: str) -> bool:
        # A third-party embed's consent notice or button, or a video player's residue. A
        # long phrase ("ich bin damit einverstanden, dass mir externe inhalte", "this content
        # is hosted by a third party") may stand anywhere in the line: no article sentence
        # says it. A short one ("video loading", "accetta e continua", "点击播放") is a
        # button or a player's state and must be the whole line: "Video loading" is chrome,
        # "the video loading times doubled" is prose.
        for phrase in self.embed_notices:
            if phrase not in key:
                continue
            if key == phrase:
                return True
            long = phrase.count(" ") >= 3 or (" " not in phrase and len(phrase) >= 6)
            if long and _has_phrase(key, phrase):
                return True
        return False

    def _comment_prompt(self, key: str) -> bool:
        # A prompt sending readers' questions to the comments or to the page's assistant:
        # a short line holding two different ``comment_prompts`` phrases, the reader's
        # question and where to put it ("Hai domande sulla viabilità? Scrivile nei commenti",
        # "Ask your question in the comments or our bot"). A blogger's closing question
        # ("A wy kiedy siejecie pomidory? Dajcie znać w komentarzach!") names only the
        # comments, and stays the post's last paragraph.
        found = [p for p in self.comment_prompts if p in key and _has_phrase(key, p)]
        if len(found) < 2:
            return False
        distinct = [p for p in found if not any(p != q and p in q for q in found)]
        return len(distinct) >= 2

    def _buttons(self, words: list[str]) -> bool:
        # A row of share buttons and nothing else, as inscriptis and w3m print a row of
        # links once their cells' spaces are collapsed ("Partager Facebook X Copier le
        # lien", "Udostępnij Facebook X Skopiuj link Komentarze (6)"): the words read from
        # first to last as share words (phrases of up to four words), the platform "X" or a
        # comment count, three buttons or more, two of them share words. A sentence leaves
        # words over.
        share = self.share
        bare = [w.strip(_TRIM) for w in words]
        k, buttons, shared = 0, 0, 0
        while k < len(words):
            step = next((n for n in (4, 3, 2, 1) if " ".join(bare[k : k + n]) in share), 0)
            if step:
                shared += 1
            elif words[k] == "x":
                step = 1
            elif k + 1 < len(words) and self._comment_cell(f"{words[k]} {words[k + 1]}"):
                step = 2
            else:
                return False
            k += step
            buttons += 1
        return buttons >= 3 and shared >= 2

    def _comment_cell(self, cell: str) -> bool:
        # A comment count as a button prints it: "Komentarze (6)", "Commentaires 12".
        words = cell.split()
        return (
            len(words) == 2
            and words[1].strip("()").isdigit()
            and any(words[0].startswith(w) for w in self.comment_words if len(w) >= 5)
        )

    def _platform_row(self, key: str) -> bool:
        # A listen or watch label and the platforms it links to, each a share word, set
        # apart by bars, dots or commas: "Hören bei: Apple Podcasts · Spotify · RSS-Feed",
        # "Escuchar en: Spotify | iVoox". A sentence after a colon names more than buttons.
        label, _, rest = key.partition(":")
        if len(rest) > 120 or label.strip(_TRIM) not in self.share:
            return False
        for bar in "|·•,":
            parts = [part.strip(_TRIM) for part in rest.split(bar)]
            if len(parts) >= 2 and all(part in self.share for part in parts):
                return True
        return False

    def _video_line(self, key: str, text: str) -> bool:
        # A video's source line ("Відео: Ніжин ТБ", "Видео: соцсети", "视频：海洋学院供稿"):
        # the player is not in the text, so its credit is no photo's and the paragraph above
        # is no caption; or a player's button with the clip's running time ("▶ Смотреть
        # видео 2:41", "Дивитися відео (3:05)").
        head, colon, rest = key.replace("：", ":").partition(":")
        if colon and not head[-1:].isdigit():  # "3:05" is a running time, not a label
            head = head.strip(_TRIM)
            return (
                head in self.videos
                and 0 < len(rest.split()) <= 6
                and not text.rstrip().endswith((".", "!", "?", "。"))
            )
        return bool(_DURATION_END.search(key)) and any(
            word in self.videos for word in _WORD.findall(key)
        )

    def _account_row(self, key: str) -> bool:
        # Two account buttons or more on one short line ("Subscribe Sign in", "Log in
        # Register"): a masthead's or menu's row, whatever else it names.
        found = [a for a in self.accounts if a in key and _has_phrase(key, a)]
        distinct = [a for a in found if not any(a != b and a in b for b in found)]
        return len(distinct) >= 2

    def account_row(self, text: str) -> bool:
        """A masthead's account row and nothing else ("Sign Up | Sign In", "Log In or Sign
        Up", "Registrieren | Anmelden"): two account or sign-up buttons or more, with only
        bars, slashes and a joining word between them. A headline that names a newsletter
        holds other words."""
        words = _ACCOUNT_GLUE.sub(" ", text.casefold()).split()
        if not 2 <= len(words) <= 8:
            return False
        phrases = {tuple(p.split()) for p in (*self.accounts, *self.inline) if p}
        found, k = 0, 0
        while k < len(words):
            if words[k] in _JOINING_WORDS:
                k += 1
                continue
            span = max(
                (len(p) for p in phrases if tuple(words[k : k + len(p)]) == p), default=0
            )
            if not span:
                return False
            found += 1
            k += span
        return found >= 2

    def _follow_prompt(self, key: str) -> bool:
        # A prompt to follow the outlet on a channel: it opens with a follow phrase (after
        # an emoji or an arrow) and names a platform, a share word ("Читайте «Вісті Поділля» в
        # Telegram", "Stay informed on WhatsApp"). A sentence that only mentions a platform
        # ("… сообщать в официальном телеграм-канале") does not open with the phrase.
        # _opens_with: "follower" is not "follow"; a Chinese phrase needs no space after it
        if not _opens_with(key, self.follows):
            return False
        if any(word in self.share for word in _WORD.findall(key)):
            return True
        if not key.isascii() and any(
            "\u4e00" <= w[:1] <= "\u9fff" and len(w) >= 2 and w in key for w in self.share
        ):
            # Round 20 (smallcues): "欢迎关注“市博物馆”微信公众号，获取更多展览资讯。": Chinese sets
            # no space round the platform's name, so it is looked for inside the line
            return True
        # a platform of two words ("Google News"): "Segui La Voce della Valmarna su Google
        # News", "Siga a Folha … no Google News"
        return len(key) <= 160 and any(
            " " in w and w in key and _has_phrase(key, w) and not _has_phrase(w, "share")
            for w in self.share
        )

    def place_date_dateline(self, text: str) -> bool:
        """A dateline on a line of its own: a place of one to three capitalised words, a
        comma, a day and a month's name in the next three words, a dash, the outlet ("Омск,
        23 апреля - АиФ-Омск.", "Borgoleone, 3 dicembre – Gazzetta"): the story's place and
        date, never a photo's caption (round 22 lefta)."""
        head, comma, rest = text.partition(", ")
        if not comma or len(text) > _DATELINE_CHARS:
            return False
        place = head.split()
        if not 1 <= len(place) <= 3 or not all(w[:1].isupper() for w in place):
            return False
        if not any(dash in rest for dash in (" - ", " – ", " — ")):
            return False
        return self._dated_item(rest.split())

    def _dated_item(self, words: list[str]) -> bool:
        # An item of a list of dates ("Saturday 14th March: hedge watering rota starts
        # (sign up at the shop)"): a day and a month's name in its first three words. An
        # event's sign-up is part of the listing; a newsletter's prompt opens with no date.
        first = [w.strip(_TRIM).casefold() for w in words[:3]]
        return any(w in self.months for w in first) and any(
            w[:1].isdigit() for w in first
        )

    def _event_notice(self, words: list[str]) -> bool:
        # A paragraph telling readers how to register for a dated event ("Le tri aura lieu
        # le samedi 13 décembre … Il suffit de s'inscrire auprès du CCAS"): prose of three
        # sentences or more naming a day of a month. A newsletter's pitch is shorter and
        # names no date.
        # (the key is trimmed: its last sentence has lost its full stop)
        if len(words) < 25 or sum(1 for w in words[:-1] if w.endswith((".", "!", "?"))) < 2:
            return False
        return any(
            w.strip(_TRIM) in self.months and words[i - 1][:1].isdigit()
            for i, w in enumerate(words)
            if i
        )

    def _media_label(self, key: str) -> bool:
        # A player's label opens the line: a media label ("Video: …") or a listen or watch
        # button of the page's language ("Ascolta il servizio del TG (02:05)", "▶ Ver vídeo:
        # …", "[Posłuchaj relacji](url) (2:48)"), after any play glyph or link bracket.
        start = 0
        while start < len(key) and not key[start].isalnum():
            start += 1
        key = key[start:]
        head = re.split(r"[\s:：|\]]", key, maxsplit=1)[0]
        if head in self.photo_labels or head in self.share or head in self.videos:
            return True  # "Audio: Zweites Gleis …": the player's kind
        two = " ".join(w.strip(_TRIM) for w in key.split(maxsplit=2)[:2])
        return two in self.share

    def correction_note(self, text: str) -> bool:
        """``text`` opens with a correction or editor's note's label and its colon."""
        # Round 25 (tailnotes): "Correction: An earlier version …", "Editor's note: …",
        # "Korrektur: …", "Rectificatif : …", "Correction (March 5, 2026): …", "编者按：…",
        # saying something after it (four words or more, or twelve characters in a script
        # without spaces). Guard: a colon within the first 48 characters before any lookup.
        colon = text.find(":", 0, 48)
        if colon < 0:
            colon = text.find("：", 0, 48)
        if colon < 2:
            return False
        # "Correction (March 5, 2026)", "Correction, March 5": the label before the date
        label = text[:colon].strip(" *_").casefold().partition(" (")[0].partition(",")[0]
        if label not in _correction_labels(self.lang):
            return False
        rest = text[colon + 1 :].strip(" *_")
        return len(rest.split()) >= 4 or (len(rest) >= 12 and not rest.isascii())

    def names_article(self, text: str) -> bool:
        """True when ``text`` is about the article itself: it opens with a phrase naming it
        ("This article appears in the Spring issue", "Dieser Artikel erschien zuerst …",
        "本文来源") or asks the reader about it ("Enjoyed this story? …", "Ti è piaciuto
        questo articolo?"). "We will update this story as …" is the article's own text."""
        key = text.casefold()
        if any(phrase in key for phrase in self.corrections):
            # "This article was updated on 16 April to correct …", "Este artículo se
            # actualizó … para corregir …": the article's own correction note, body text
            return False
        for phrase in self.article_mentions:
            at = key.find(phrase)
            while at >= 0:
                end = at + len(phrase)
                cjk = "\u3000" <= phrase[0] <= "\u9fff"  # no spaces between words
                before = key[at - 1] if at else " "
                after = key[end] if end < len(key) else " "
                if cjk or (not before.isalnum() and not after.isalnum()):
                    if not key[:at].strip(" \"“”„«»'‘’"):
                        return True
                    stop = min(
                        (i for i in (key.find(c, end) for c in ".!?？") if i >= 0), default=-1
                    )
                    if stop >= 0 and key[stop] in "?？":
                        return True
                at = key.find(phrase, at + 1)
        return False

    def disclaims(self, text: str) -> bool:
        """True when ``text`` (up to 300 characters), the article's last lines, holds a
        disclaimer phrase ("… ersetzt keine individuelle Rechtsberatung", "… is not medical
        advice") or a disclosure phrase of the page's language; the lines joined, as a
        hard-wrapped page splits a phrase over a line break, which the line-by-line
        ``disclosure`` cue then misses."""
        if len(text) > 600:  # a paragraph of the story, not a note (no need to fold it)
            return False
        key = " ".join(text.casefold().split())
        if len(key) > 300:
            return False
        words = frozenset(key.split())
        return any(phrase in key for phrase in _phrases_in(words, self.disclaimers)) or any(
            phrase in key for phrase in _phrases_in(words, self.disclosures)
        )

    def republish_note(self, text: str) -> bool:
        """True when ``text`` (up to 300 characters), the article's last lines, holds a
        republishing phrase ("Republish this story", "You can republish this article for
        free … under a Creative Commons license", "Puedes republicar este reportaje …"):
        a nonprofit newsroom's republishing box after the story."""
        if not self.republish_notes or len(text) > 600:
            return False
        key = " ".join(text.casefold().split())
        if len(key) > 300:
            return False
        words = frozenset(key.split())
        return any(phrase in key for phrase in _phrases_in(words, self.republish_notes))

    def practical_note(self, text: str) -> bool:
        """True when ``text`` (up to 300 characters), the article's last paragraph, holds a
        figure and a practical-information phrase ("Tidewater is in UK and Irish cinemas
        from 12 June.", "Weitere Vorstellungen: 5., 12. und 19. Dezember … Karten unter Tel.
        …", "…, 12, rue d'Austerlitz, Lyon 4e. Ouvert du mardi au samedi … Réservation
        conseillée."): the venue, dates, prices or release of the work reviewed."""
        if not self.practical_info or len(text) > 300 or not any(map(str.isdigit, text)):
            return False
        key = " ".join(text.casefold().split())
        words = frozenset(key.split())
        return any(
            phrase in key and _has_phrase(key, phrase)
            for phrase in _phrases_in(words, self.practical_info)
        )

    def author_note(self, text: str) -> bool:
        """Whether ``text`` is the note on an opinion piece's writer ("（作者为…教授）",
        "(The author is a senior fellow at …)"): a short line, brackets and a footnote
        star aside, that opens with one of the language's ``author_notes``."""
        if not self.author_notes or len(text) > 300:
            return False
        inner = text.strip().lstrip("(（*").casefold()
        return inner.startswith(self.author_notes)

    def contributors(self, text: str) -> list[str] | None:
        """The people a contributor line of the page's language names ("Mitarbeit: Anna
        Berg", "Redaktion: A; Mitarbeit: B", "Avec AFP"), or None when it is not one."""
        if len(text) > 150 or not self.contributor_forms or text.endswith(("!", "?")):
            return None
        if text[:1] == "(" and text[-1:] == ")" and (sources := self._desk_source(text)):
            return sources  # "(PAP, oprac. red.)": the agencies, edited by the desk
        if ":" in text and (crew := self._crew_line(text)) is not None:
            return crew  # "Moderation und Redaktion: A | Technik: B | Musik: C"
        opener = text.lstrip("(—–-* ").split(" ", 1)[0].casefold()
        forms = self._credit_forms()
        if self.lang == "en" and opener not in _openers(forms):
            return None  # the cheap test first: an English form opens with its own word
        match_form = _match_form()

        text = self._spaced_label(text)
        names: list[str] = []
        # "Redaktion: A; Mitarbeit: B"; "编辑｜A　审核｜B": Chinese sets the parts apart by a
        # full-width space
        # full-width space, or a plain one where a dump turned it into one before the next
        # label ("供稿：海洋学院 责任编辑：王一凡")
        split = r";|\u3000+|\s+(?=[\u4e00-\u9fff]{2,4}[：:｜|])"
        parts = re.split(split, text)
        if len(parts) > 1 and text[:1] in "（(" and text[-1:] in "）)":
            # "（编辑：A　审核：B）": the brackets hold the whole line, not its first part
            parts = re.split(split, text[1:-1])
        if " / " in text and all(
            match_form(piece.strip(), self.contributor_forms) for piece in text.split(" / ")
        ):
            # "Reportagem – A / Edição – B": labelled parts set apart by a spaced slash; in
            # "Materiał: Radio Zachód / PAP" the slash lists the sources of one label
            parts = re.split(r";|\s/\s", text)
        elif len(parts) == 1 and (crew := self._crew_parts(text)) is not None:
            # "Kamera: A | Schnitt: B | Redaktion: C", "Images : A — Montage : B": a
            # video's crew, labelled parts set apart by a bar or a spaced dash
            parts, forms = crew
        elif len(parts) == 1 and ". " in text:
            pieces = [p for p in re.split(r"(?<=[^\s.]{2})\.\s+", text.rstrip(". ")) if p]
            if len(pieces) > 1 and all(
                match_form(p.strip(), self.contributor_forms) for p in pieces
            ):
                # "Produced by A. Camera: B.": a video's credits as short sentences, each
                # a labelled part; "Dr. Ana Ruiz" keeps its point (the split needs two
                # letters before it and a form on both sides)
                parts = pieces
            elif len(pieces) > 1 and (styled := self._styling_forms(pieces)):
                # "Food styling: A. Photography: B": beside a styling credit the photo
                # label names a contributor too (alone, "Foto: B" is a picture's credit)
                parts, forms = pieces, styled
        for part in parts:
            found = match_form(part.strip(), forms)
            if found is None or not found.names:
                return None
            if ":" not in found.form and part.strip().split(" ", 1)[0].endswith(":"):
                return None  # "Con: Elio Germano, …", "Mit: …": a cast list's label, not "with"
            # "A, B", "A and B", "周立新、陈思彤" (the Chinese list comma), "الأفق + وكالات"
            # "Straßen- und Grünflächenamt": after a word cut short by a hyphen the
            # conjunction joins two halves of one compound, no two names
            listed = found.names
            if "\u0648" in listed:
                listed = _spaced_waw(listed)  # "ليلى منصور وكريم العبيدي": two names
            for name in re.split(
                r"[,，、،]\s*|\s+[+/]\s+|(?<!-)\s+(?:and|und|et|y|e|en|i|и|і|та|و)\s+",
                listed,
            ):
                name = _without_role_words(_unquoted_source(name.strip(" .")))
                if name[:1] in _SOURCE_QUOTES and ":" not in found.form:
                    # Round 25 (scrapedo): "Mit „kurzen Wegen“ und „reiner Gefälligkeit“
                    # begründet": quoted phrases after a bare "with" are a subhead's words;
                    # a bare form credits people and agencies, never in quotes
                    return None
                if (
                    " " not in name
                    and ":" not in found.form
                    and found.form.count(" ") == 1
                    and name[:1].isupper()
                    and not self._agency(name)
                ):
                    # Round 25 (pq69): "## Mit Bus und Rad", "Con Calma": one capitalised
                    # word after a bare "with" is a subhead's noun (German capitalises them
                    # all), no person (a full name has two words) and no known agency
                    return None
                if names:
                    name = _without_joint(name, found.form)
                if names and " " in names[-1] and self._credential(name):
                    # "Dr. Samuel Okafor, MD", "Dr. A, Facharzt für Innere Medizin", "A,
                    # médecin généraliste": the degree or job after the name, no person
                    continue
                name = self._without_title_after(name)  # "李明 主任医师"
                if names and self._place_after(name):
                    continue  # "Colaborou Teresa Antunes, em Lisboa": her place, no name
                if (
                    not name
                    or ":" in name  # "（文章来源：…）" in the bare "（{names}）" form: a label
                    or "：" in name
                    or (len(name.split()) > 5 and not self._long_source(name, found.form))
                    # "Quelle: dpa": agencies print their names in lower case, and an
                    # authority its kind ("provincie Fryslân", "urząd miasta Opola")
                    or not (
                        name[0].isupper()
                        or not name[0].isascii()
                        or self._agency(name)
                        # "Quelle: ntv.de": a site names itself by its lower-case domain
                        or (":" in found.form and _web_domain(name))
                        or _titled(name)  # "dr. Pieter Jansen": a title, then the name
                        or (
                            ":" in found.form  # a labelled source line, not "mit {names}"
                            and " " in name
                            and any(w[:1].isupper() for w in name.split()[1:])
                        )
                    )
                ):
                    return None
                names.append(name)
        return names or None

    def _place_after(self, name: str) -> bool:
        # Round 22 (crosslang): a later piece of a credit line's list that is a lower-case
        # preposition of the language and one to three capitalised words ("em Lisboa", "in
        # New York", "w Lublinie"): where the contributor before it reported from. Guard: only
        # a piece after a name, opening in lower case, is looked up.
        head, _, rest = name.partition(" ")
        return (
            head[:1].islower()
            and head in self.contributor_places
            and 1 <= len(rest.split()) <= 3
            and all(w[:1].isupper() for w in rest.split())
        )

    @staticmethod
    def _long_source(name: str, form: str) -> bool:
        # Whether ``name``, six to ten words after a source label ("Fuente: Gabinete de
        # Prensa del Ayuntamiento de San Telmo", "Quelle: Pressestelle der Stadtwerke …"),
        # reads as an organisation's full name: the label has a colon, the name holds no
        # digit and no sentence inside it, and at least half its words of four letters or
        # more are capitalised ("Service de presse de la Mairie du quartier des Saules":
        # the joining words "de", "la", "der", "of" do not count). Cyrillic prints an
        # authority's kind in lower case ("пресс-служба администрации … района города
        # Самары"): one capitalised word will do; a script without case (Arabic, Han) has
        # none to count.
        words = name.split()
        if ":" not in form or len(words) > 10 or any(c.isdigit() for c in name):
            return False
        if any(w.endswith((".", "!", "?", ";")) for w in words[:-1]):
            return False
        capitalised = sum(1 for w in words if w[:1].isupper())
        first = name[:1]
        if first.isascii() or "\u00c0" <= first <= "\u024f":  # the Latin script
            long_words = [w for w in words if len(w) >= 4]
            return 2 * sum(1 for w in long_words if w[:1].isupper()) >= len(long_words) > 0
        return capitalised >= 1 or not (first.isupper() or first.islower())

    def _credential(self, part: str) -> bool:
        # Whether ``part``, a comma part after a person's full name in a credit line, is
        # that person's degree or job rather than a second name: letters after a name
        # ("MD", "PhD"), a job title of the language ("Rechtsanwalt", "lekarz internista"),
        # or a job title's word followed by an uncapitalised word ("Facharzt für Innere
        # Medizin", "médecin généraliste", "طبيب باطنية"). "Redakteur Max Müller" (a job,
        # then a capitalised name) and an agency ("Radio Zachód / PAP") are names.
        if not part or self._agency(part):
            return False
        if _POSTNOMINAL.fullmatch(part):
            return True
        if part[:1].islower() and _lower_credential(part):
            return True  # "lek. A, pediatra", "Dr A, médecin": a job in lower case
        if not self.roles:
            return False
        key = fold(part)
        if key in self.roles:
            return True
        if " " not in key and len(key) >= _COMPOUND_ROLE and _compound_role(key, self.roles):
            return True  # "Kinderarzt", "Fachapothekerin": a compound ending in a job
        words = part.split()
        head = fold(words[0])
        if head not in self.roles and head.split("-", 1)[0] not in self.roles:
            return False
        return any(not w[:1].isupper() for w in words[1:])

    def _without_title_after(self, name: str) -> str:
        # A Chinese name without the job title a space sets after it ("李明 主任医师"
        # -> "李明"): the last word a role of the language, the name before it.
        head, sep, last = name.rpartition(" ")
        if not sep or not head or not "\u4e00" <= last[:1] <= "\u9fff":
            return name
        return head if last in self.roles else name

    def _credit_forms(self) -> tuple[str, ...]:
        # ``contributor_forms + styling_forms``, the same tuple object on every call:
        # ``match_form`` keeps its index of a form tuple by the tuple's identity, and a new
        # sum each call rebuilt that index for each line asked (a sixth of a parse's time on
        # the dev pages of languages with styling credits).
        memo = _CREDIT_FORMS.get(id(self))
        if memo is None or memo[0] is not self:
            if len(_CREDIT_FORMS) >= 64:
                _CREDIT_FORMS.clear()  # cue sets made by hand (tests) are not kept for ever
            memo = _CREDIT_FORMS[id(self)] = (self, self.contributor_forms + self.styling_forms)
        return memo[1]

    def _spaced_label(self, text: str) -> str:
        # A bracketed credit whose labels are set off by a space instead of a colon, as
        # printed papers close a story ("（编辑　孔令欣）", "（责编 A、B）", "（编辑　A　校对
        # B）"), in the colon form of each label ("（编辑：孔令欣）") when the page's language
        # has that form; else ``text``. A byline word in brackets ("（记者　周婷）") has no
        # such form and stays.
        if text[:1] not in "（(" or text[-1:] not in "）)" or ":" in text or "：" in text:
            return text
        cells = text[1:-1].replace("\u3000", " ").split()
        if len(cells) < 2 or len(cells) % 2:
            return text
        labels, names = cells[0::2], cells[1::2]
        if any(f"{label}：{{names}}" not in self.contributor_forms for label in labels):
            return text
        # "（编辑　孔令欣　校对　宁雪）": label and name pairs, set apart as the parts are
        pairs = zip(labels, names, strict=True)
        parts = "\u3000".join(f"{label}：{name}" for label, name in pairs)
        return f"{text[0]}{parts}{text[-1]}"

    def _crew_parts(self, text: str) -> tuple[list[str], tuple[str, ...]] | None:
        # The labelled parts of a video's crew line set apart by a bar or a spaced dash
        # ("Kamera: A | Schnitt: B", "Images : A — Montage : B") and the forms that read
        # them, when every part is a contributor form and one is not a photo label: beside
        # a camera or editing credit, "Images : A" names a crew member too (alone it is a
        # picture's credit); else None.
        if " | " not in text and " — " not in text and " – " not in text:
            return None  # the cheap test first: most lines hold no separator
        pieces = [p.strip() for p in _CREW_SEPARATOR.split(text) if p.strip()]
        if len(pieces) < 2 or any(":" not in p for p in pieces):
            return None  # each part is "Label: Name"
        match_form = _match_form()
        if not any(match_form(p, self.contributor_forms) for p in pieces):
            return None
        labels = tuple(
            f"{label}{colon}{{names}}"
            for label in sorted({w.rstrip(" :") for w in self.photo_labels})
            for colon in (": ", " : ")
        )
        forms = self._credit_forms() + labels
        return (pieces, forms) if all(match_form(p, forms) for p in pieces) else None

    def crew_row(self, text: str) -> list[str] | None:
        """The names of a production crew's row ("Réalisation : Mathis Garnery", "Moderation
        und Redaktion: Henrike Matzat", "Musiche originali: A e B"): a short line, a label
        whose every part (joined by "and"/"und"/"y"…) is a ``crew_labels`` word or a
        labelled contributor form, a colon, then one to three names; else None. Alone such a
        row proves little (a film's "Regia:" in a review's box); the callers ask for two."""
        if not self.crew_labels or len(text) > 90:
            return None
        label, colon, value = text.replace("：", ":", 1).partition(":")
        if not colon or len(label) > 40:
            return None
        key = " ".join(label.casefold().split()).strip(" *•-–—")
        if not key:
            return None
        forms = self.contributor_forms
        for part in _CREW_JOINS.split(key):
            if part not in self.crew_labels and f"{part}: {{names}}" not in forms:
                return None
        # "**Regie:** Anna Berg": html2text's bold label leaves its closing marks here
        value = value.strip().strip("*_").strip()
        names = [n.strip(" .") for n in _CREW_NAMES.split(value) if n.strip(" .")]
        if not 1 <= len(names) <= 3 or not all(_crew_name(n) for n in names):
            return None
        return names

    def _crew_line(self, text: str) -> list[str] | None:
        # The names of a crew line of two labelled rows or more set apart by a bar, a
        # spaced dash or a full stop ("Moderation und Redaktion: A | Technik: B | Musik: C",
        # "Dirección y guion: A. Realización: B."), every part a ``crew_row``; else None.
        if not self.crew_labels or text.count(":") + text.count("：") < 2:
            return None  # the cheap test first: two rows need two colons
        pieces = [p.strip() for p in _CREW_SEPARATOR.split(text) if p.strip()]
        if len(pieces) < 2:
            pieces = [p for p in re.split(r"(?<=[^\s.]{2})\.\s+", text.rstrip(". ")) if p]
        if len(pieces) < 2:
            return None
        names: list[str] = []
        for piece in pieces:
            found = self.crew_row(piece)
            if found is None:
                return None
            names.extend(found)
        return names

    def _desk_source(self, text: str) -> list[str] | None:
        # The agencies of a bracketed source line closed by the mark of the desk that edited
        # their copy ("(PAP, oprac. red.)", "(dpa/AFP, bearb. red.)", "(EFE, redacción)"):
        # before the last comma, agencies only (listed, or an acronym in capitals) set apart
        # by commas or slashes; after it, a ``desk_edits`` mark and at most two short words
        # (the editor's initials); else None.
        if not self.desk_edits or len(text) > 70:
            return None
        inner = text[1:-1].replace("،", ",")  # "(وكالات، بتصرف)": the Arabic comma
        if "," not in inner:
            return None
        head, _, tail = inner.rpartition(",")
        tail = tail.strip().casefold()
        mark = next((m for m in self.desk_edits if tail.startswith(m)), None)
        if mark is None or tail[len(mark) : len(mark) + 1].isalnum():
            return None
        rest = tail[len(mark) :].split()
        if len(rest) > 2 or any(len(w) > 8 for w in rest):
            return None
        sources = [p.strip() for p in re.split(r"[,/]", head)]
        if not all(p.casefold() in self.agencies or _acronym(p) for p in sources):
            return None
        return sources

    def _styling_forms(self, pieces: list[str]) -> tuple[str, ...] | None:
        # The forms that read every piece of a food feature's credit line ("Recipe and
        # styling: A. Photography: B"), photo labels included, when one piece is a styling
        # credit of the page's language; else None.
        match_form = _match_form()

        if not self.styling_forms or not any(
            match_form(p.strip(), self.styling_forms) for p in pieces
        ):
            return None
        labels = tuple(f"{label}: {{names}}" for label in sorted(self.photo_labels))
        forms = self.contributor_forms + self.styling_forms + labels
        return forms if all(match_form(p.strip(), forms) for p in pieces) else None

    def labelled_contributors(self, text: str) -> list[str] | None:
        """The names of a bracketed line whose first part is a labelled contributor form of
        the page's language ("（编辑：A　审核：B）", "（责编：A、B）"): editors credited
        under the story, not its reporters "（记者 周婷）"."""
        if not (text[:1] in "（(" and text[-1:] in "）)"):
            return None
        match_form = _match_form()

        text = self._spaced_label(text)
        first = re.split(r";|\u3000+|\s+(?=[\u4e00-\u9fff]{2,4}[：:｜|])", text[1:-1].strip())[0]
        first = first.strip()
        found = match_form(first, self.contributor_forms)
        if found is None or not any(mark in found.form for mark in ":：｜|"):
            return None
        return self.contributors(text)

    def _agency(self, name: str) -> bool:
        return name.casefold() in self.agencies or all(
            part.strip() in self.agencies for part in name.casefold().split("/")
        )

    def byline_prefix(self, text: str) -> str | None:
        """The byline prefix ("von", "door", "par") that opens ``text``, else None."""
        key = fold(text)
        if not key.startswith(_prefix_heads(self.byline_prefixes)):
            return None  # one test in C first: most lines open with no prefix at all
        for prefix in self.byline_prefixes:
            if key.startswith(prefix) and (
                (len(key) > len(prefix) and not key[len(prefix)].isalnum())
                or prefix[-1] in ":/／"  # "文/林晓霞": the slash ends the prefix (round 21)
            ):
                return text[: len(prefix)]
            if prefix[-1:] == ":" and key.startswith(prefix[:-1] + " :"):
                return text[: len(prefix) + 1]  # French sets a space before the colon
        return None


_EDITION_ROW = 40
"""How long an e-paper's furniture row runs at most ("返回版面 版面导航", a masthead, the
issue's row "江城晚报　2026年11月20日　星期五　第A05版：要闻")."""

_OPEN_QUOTES = "“\"«„‘'「"
_CLOSE_QUOTES = "”\"»“’'」"


def _comments_on_post(text: str, numbers: frozenset[str] = frozenset()) -> bool:
    # A blog's comment count naming the post in quotes ("2 thoughts on “Four hundred
    # trees …”", "3 commentaires sur « … »", "5 Kommentare zu „…“", "4 комментария к записи
    # «…»"): a number, one to three words, then the quoted title of four words or more, the
    # closing quote ending the line. The comments follow it; the article ends above it. The
    # number may be spelled out (``numbers``: "One thought on “…”", "Один комментарий к
    # «…»").
    words = text.split()
    if len(words) < 6 or len(text) > 250 or text.rstrip()[-1:] not in _CLOSE_QUOTES:
        return False
    spelled = not words[0].rstrip(".").isdigit()
    if spelled and words[0].casefold() not in numbers:
        return False
    at = next((k for k in range(2, min(5, len(words))) if words[k][:1] in _OPEN_QUOTES), None)
    if at is None or len(words) - at < 4:
        return False
    # A spelled-out count needs the short word that links it to the title ("thought on",
    # "Kommentar zu", "комментарий к записи"): "One survey respondent identified “…”" is
    # the story's own sentence, not a comment count.
    return not spelled or any(w.isalpha() and w.islower() and len(w) <= 3 for w in words[2:at])


def _post_navigation(text: str) -> bool:
    # A blog's links to the older and newer posts, printed as one line with arrows ("←
    # Bus timetable changes from April     Parish Council news →"), or one of them alone.
    stripped = text.strip()
    if len(stripped) > 200 or not (stripped.startswith("←") or stripped.endswith("→")):
        return False
    inner = stripped.strip("←→ ")
    return bool(inner) and not inner.endswith((".", "!", "?"))


def _shop_button(key: str, words: list[str], forms: tuple[str, ...]) -> bool:
    # A shop button: a shop word opens it ("buy now at …", "jetzt kaufen"), or a price
    # and the word that names the shop ("$279 at amazon", "189 € bei otto"). A button is
    # short or carries its price; a longer line without one is a sentence or a subhead.
    if not forms:
        return False
    price = _PRICE.match(key) if key[:1] in _PRICE_OPENERS else None
    rest = "{price} " + key[price.end() :].strip() if price else key
    if rest not in forms and not (rest + " ").startswith(_spaced(forms)):
        return len(words) <= _SHOP_NAMED_WORDS and _named_shop(key, _shop_frames(forms))
    return price is not None or len(words) <= 4 or _DIGIT.search(key) is not None


_SHOP_NAMED_WORDS = 6
"""Words of a button that names its shop between its words at most ("jetzt bei Otto
kaufen", "bei Bergzeit Outdoor ansehen")."""


def _named_shop(key: str, frames: tuple[tuple[str, str], ...]) -> bool:
    # A shop button whose verb closes it, the shop's name between ("bei amazon ansehen",
    # "jetzt bei otto kaufen"): a frame's opening and closing words around one to three
    # words.
    for head, tail in frames:
        if key.startswith(head) and key.endswith(tail):
            middle = key[len(head) : len(key) - len(tail)].split()
            if 1 <= len(middle) <= 3:
                return True
    return False


@functools.cache
def _shop_frames(forms: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    # The ``{shop}`` forms as (opening with its space, space and closing) pairs.
    frames = []
    for form in forms:
        head, mark, tail = form.partition("{shop}")
        if mark:
            frames.append((head, tail))
    return tuple(frames)


@functools.cache
def _spaced(forms: tuple[str, ...]) -> tuple[str, ...]:
    # The forms with a space after each, for one ``str.startswith`` over all of them.
    return tuple(form + " " for form in forms)


def _rating(key: str, labels: tuple[str, ...]) -> bool:
    # A review's score on its own line: star glyphs ("★★★★☆ 4/5"), a bare score
    # ("8.5/10"), or a score label of the page's language with a number after it.
    if not _STARS.isdisjoint(key):
        chars = set(key)
        stars = sum(key.count(ch) for ch in chars & _STARS)
        # "★★★★★ 4,8 (63 avaliações)": a row of stars opening the line, whatever vote
        # count follows it, is the rating widget too
        if stars >= 3 and (chars <= _STARS | _SCORE_CHARS or _STARS.issuperset(key[:3])):
            return True
        # "Avaliação: ★★★★☆", "Note : ★★★☆☆ (3/5)": a score label of the page's language,
        # its colon, then the stars and nothing but a score
        head, colon, rest = key.partition(":")
        return (
            stars >= 3
            and bool(colon)
            and head.strip() in labels
            and set(rest.strip()) <= _STARS | _SCORE_CHARS
        )
    if key[:1].isdigit():
        return _SCORE.match(key) is not None
    if not labels or _DIGIT.search(key) is None:
        return False
    head = key.split(":", 1)[0].strip() if ":" in key else None
    if head is not None and head in labels:
        return True  # "rating: 4 out of 5 stars", "note : 4/5"
    first = key.split(" ", 1)[0]
    return first in labels and key[len(first) + 1 : len(first) + 2].isdigit()  # "score 8/10"


_FORWARDED_WORDS = 12
"""The most words of a repost label's line ("Forwarded from" and the channel's name)."""


def _opens_with(key: str, phrases: tuple[str, ...]) -> bool:
    # ``key`` opens with one of ``phrases`` as whole words, after any emoji or arrow.
    start = 0
    while start < len(key) and not key[start].isalnum():
        start += 1
    key = key[start:]
    if not key.startswith(phrases):
        return False
    phrase = next(p for p in phrases if key.startswith(p))
    return len(key) == len(phrase) or not key[len(phrase)].isalnum() or phrase[-1] >= "\u3000"


def _starts_whole(key: str, phrases: tuple[str, ...]) -> bool:
    # ``key`` opens with one of ``phrases`` ending on a word's end: "Comment:" or "Reply"
    # is a comment prompt, "Commenting on the update, the chief executive said:" is an
    # attribution that opens a quote (a regulatory announcement's, a release's).
    return any(
        len(key) == len(p) or not key[len(p)].isalnum() or p[-1] >= "\u3000"
        for p in phrases
        if key.startswith(p)
    )


def _short_label(text: str, words: list[str]) -> bool:
    # A label of three words or fewer with no sentence end ("Commentary", "Subscriber
    # Services", "• Assinaturas"): a menu's item, chrome even where the cue is only its stem.
    return len(words) <= 3 and not text.rstrip().endswith((".", "!", "?", ":", "："))


_NOTICE_WORDS = 20
"""A notice of the player, the browser or the transcript is one sentence of this many words
at most; a paragraph opening with the same words goes on longer."""
_EMBED_WIDGET_WORDS = 14
"""An embed's widget row ("A post shared by Name (@handle)"): fewer words than this (a
dump's link target has no space)."""
_EMBED_NOTICE_WORDS = 60
"""An embed's consent notice is a paragraph of legal text, at most this many words."""
_MEDIA_GLYPHS = frozenset("🎧🎙🎥🎬📻📺🔊▶►")
"""The glyphs a page sets before a player's or promo's label ("🎧 Listen:", "▶ Video:")."""
_PROMPT_WORDS = 30
"""A comment or assistant prompt: one or two short sentences."""
_LEAD_QUESTION_WORDS = 8
"""How many words a prompt's lead question holds at most ("Já tem uma conta?")."""
_LEAD_QUESTION_CHARS = 140
"""A lead question and its prompt are one short line."""
_APP_PROMPT_CHARS = 100
"""An app's prompt is one short line ("Baixe o aplicativo para iOS e Android")."""
_PROMPT_KINDS = frozenset(["sign-up", "donate", "comments", "share"])
"""The kinds of chrome a lead question may stand before: a sign-up, follow, donate,
account or share prompt."""
_TAGLINE_WORDS = 8
"""A wiki's tagline is a few words ("From Wikipedia, the free encyclopedia"); a sentence
that names the encyclopedia is prose."""


_HAN_BUTTON_LINE = 40
"""How long a line a Chinese button word of one or two characters ("接受", "同意") marks as
a cookie or sign-up prompt at most."""


def _han_word_in_prose(phrase: str, key: str) -> bool:
    # A Chinese button word of one or two characters ("接受" accept, "同意" agree) inside
    # a long line or a punctuated sentence: an everyday verb of prose ("韩立峰接受了本刊专访，…"),
    # not a banner's button.
    return (
        len(phrase) <= 2
        and "\u3000" <= phrase[:1] <= "\u9fff"
        and (len(key) > _HAN_BUTTON_LINE or any(stop in key for stop in "，。；！？"))
    )


_LEADING_COUNT = lazy_pattern(r"^\D{1,25}\d[\d\s.,]*")
"""A stats row's first label and figure ("подписчиков: 14 862 ")."""


def _has_phrase(key: str, phrase: str) -> bool:
    # ``phrase`` stands in ``key`` as whole words: the Arabic "سجل" (sign up) is not
    # inside "يسجل" (records); a Chinese phrase needs no spaces around it.
    at = key.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if "\u3000" <= phrase[0] <= "\u9fff":
            return True
        before = key[at - 1] if at else " "
        after = key[end] if end < len(key) else " "
        if not (before.isalnum() and phrase[0].isalnum()) and not (
            after.isalnum() and phrase[-1].isalnum()
        ):
            return True
        at = key.find(phrase, at + 1)
    return False


_DATELINE_CHARS = 80
"""How long a dateline on its own line runs at most (:meth:`ChromeCues.place_date_dateline`)."""
_ERROR_NOTICE_WORDS = 14
"""Words of a site's error notice at most (a paragraph that opens so runs longer)."""
_QUOTES_OPEN = "\"«„“‘'‚‹「『"
_QUOTE_CLOSERS = {
    '"': '"', "«": "»", "„": "“”", "“": "”", "”": "”", "»": "«", "‘": "’", "'": "'",
    "‚": "‘’", "‹": "›", "「": "」", "『": "』",
}
"""Each opening quotation mark and the marks that close it (German „…“, Danish »…«)."""
_SPEECH_BREAKS = (" — ", " – ", " - ")
_QUOTED_WORDS = 6
"""Words inside the quotation marks at least: speech, not a newsletter's quoted name."""
_ATTRIBUTION_WORDS = 12


def _attributed_quote(text: str) -> bool:
    # Round 24 (readalso): quoted speech with its attribution ("« L'an dernier … les
    # inscriptions ont encore augmenté », explique Name", "\"Anyone can sign up …,\" said
    # Name", "„… angemeldet“, sagte Name", "«…», — сказал Name"): it opens with a quotation
    # mark, six words or more are quoted, and the quote closes with a comma (or "!", "?")
    # before or after the mark, or a dash after it, then one to twelve words of attribution.
    # Speech that names a sign-up word is the article's, not a prompt: a prompt is short and
    # imperative and speaks to the reader without quotation marks. Shape only, no speech
    # verbs, so it holds in every language. Guard: the caller asks only of a line already
    # cued as a sign-up (a cue phrase in it), and it stops at once unless the line opens
    # with a quotation mark.
    closers = _QUOTE_CLOSERS.get(text[:1])
    if closers is None:
        return False
    for i in range(1, len(text) - 1):
        if text[i] not in closers:
            continue
        after = text[i + 1 : i + 4]
        if after[:1] == ",":
            rest = text[i + 2 :]
        elif text[i - 1] in ",!?…" and after[:1] == " ":
            rest = text[i + 1 :]
        elif after in _SPEECH_BREAKS:
            rest = text[i + 3 :]
        else:
            continue
        if len(text[1:i].split()) < _QUOTED_WORDS:
            return False
        said = rest.lstrip(" ,—–-").split(".", 1)[0].split()
        return 1 <= len(said) <= _ATTRIBUTION_WORDS
    return False


def _counter(key: str, forms: tuple[str, ...]) -> bool:
    # Brackets are not compared: the line's ends were trimmed of them ("Voir la galerie
    # photos (8)" is keyed "voir la galerie photos (8"), the forms keep theirs. Nor are a
    # label's colon and an abbreviation's last point: "Lesezeit 5 Min." is the form
    # "lesezeit: {n} min." printed without its colon, as sites of every language do.
    # A count with thousands separators is one number: "1,234 views", "2.087 Aufrufe",
    # "Просмотров: 1 208", "Wyświetleń: 4 051" (a space, often a no-break one, in
    # Slavic, French and Nordic typesetting).
    shape = _counter_shape(
        re.sub(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+", "{n}", key)
    )
    return any(shape == _counter_shape(form.replace("{m}", "{n}")) for form in forms)


def _gallery_link(key: str, forms: tuple[str, ...]) -> bool:
    # A gallery's link or label without a number ("view all photos", "ver galería
    # completa", "alle bilder anzeigen"), a whole line: one of the counter forms that hold
    # no ``{n}``. With a number the line is a counter by :func:`_counter`.
    if _DIGIT.search(key):
        return False
    return " ".join(key.strip(" ()[]:›»→").rstrip(".").split()) in _plain_counters(forms)


def _gallery_titled(key: str, forms: tuple[str, ...]) -> bool:
    # Round 25 (pq68): a gallery's label, a colon, the gallery's title and its counter in
    # brackets ("fotogalería: las fiestas del barrio (1/3)", "galerie : la fête (12
    # photos)"): the label is one of the counter forms without a number (data
    # ``gallery_counters``). Without the bracketed count the line may be a gallery page's
    # own headline ("Gallery: Race day in pictures"), so it is left alone. Guard: the
    # caller asks only of a short line with a colon in its first 24 characters.
    # The key's closing bracket was trimmed with its ends ("… (1/3").
    head, _colon, rest = key.partition(":")
    at = rest.rfind("(")
    count = rest[at + 1 :].rstrip(" )")
    if at < 2 or not head.strip() or not count[:1].isdigit() or len(count) > 16:
        return False
    return " ".join(head.strip(" ()[]›»→").split()) in _plain_counters(forms)


@functools.cache
def _plain_counters(forms: tuple[str, ...]) -> frozenset[str]:
    # The counter forms without a number (links and labels of a gallery).
    return frozenset(_counter_shape(form) for form in forms if "{" not in form)


@functools.cache
def _counter_shape(form: str) -> str:
    bare = form.replace("(", "").replace(")", "").replace(":", " ").rstrip(".")
    return " ".join(bare.split())


def _led_by_reading_label(key: str, forms: tuple[str, ...]) -> bool:
    # A reading time the language's forms do not spell out word for word: one of their
    # labels first, then a short rest with the number that ends in one of their units
    # ("lesezeit ca. 4 min.", "czas czytania: ok. 4 min", "阅读时间约3分钟") — a filler word
    # ("ca.", "ok.", "约") or a second label word between them changes nothing.
    labels, units = _reading_parts(forms)
    shape = _counter_shape(key)
    for label in labels:
        if not shape.startswith(label):
            continue
        rest = shape[len(label) :]
        if rest[:1].isalnum() and label[-1:].isascii():
            continue  # "lesezeitung …": the label must end at a word's end
        rest = rest.strip()
        if len(rest.split()) <= 3 and _DIGIT.search(rest) and rest.endswith(units):
            return True
        if rest[:1].isdigit() and len(rest) <= 5 and _one_letter_unit(rest, units):
            return True
    return False


def _one_letter_unit(rest: str, units: tuple[str, ...]) -> bool:
    # Round 24 (scrapedn): the number and its unit cut to one letter after a reading-time
    # label ("czas czytania: 10 m.", "leestijd: 3 m", "час читання: 4 х."; the point is
    # gone from the folded line): the letter opens one of the language's units.
    number, letter = rest[:-1].strip(), rest[-1:]
    return number.isdigit() and letter.isalpha() and any(u[:1] == letter for u in units)


@functools.cache
def _reading_parts(forms: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # The labels before the number in ``forms`` (five characters or more, or two Han
    # characters: "lesezeit", "阅读时间") and the units after it ("min", "minuten", "分钟").
    labels = tuple(
        label
        for head in _counter_labels(forms)
        if (label := head.rstrip(" ："))
        and len(label) >= (2 if "\u4e00" <= label[:1] <= "\u9fff" else 5)
    )
    units = tuple(
        {
            tail
            for form in forms
            if (tail := _counter_shape(form).rpartition("{n}")[2].strip())
            and "{" not in tail
        }
    )
    return labels, units


def _counter_labels(forms: tuple[str, ...]) -> frozenset[str]:
    # The labels of the counter forms that open with a label before the number
    # ("lesezeit: {n} min" gives "lesezeit", "tempo di lettura: {n} min" "tempo di
    # lettura").
    labels = set()
    for form in forms:
        head = _counter_shape(form).partition("{n}")[0].strip()
        if head and "{" not in head:
            labels.add(head)
    return frozenset(labels)


def _without_joint(name: str, form: str) -> str:
    # A later name of a list without the form's last word printed again before it:
    # "Avec les informations de A et de B", "… de A et d'Agence B", "Con información de A y
    # de B". The word is the one the form sets before ``{names}`` ("de"), or its elided
    # form (its first letter and an apostrophe); only lower-case words before a capital.
    if not name[:1].islower():
        return name
    joint = form.partition("{names}")[0].split()[-1:]
    if not joint or not joint[0].isalpha():
        return name
    word = joint[0]
    if name.startswith(word + " ") and name[len(word) + 1 : len(word) + 2].isupper():
        return name[len(word) + 1 :]
    if name[:1] == word[:1] and name[1:2] in "'’" and name[2:3].isupper():
        return name[2:]
    return name


_SOURCE_QUOTES = {
    '"': '"', "«": "»", "„": "”", "“": "”", "»": "«", "”": "”", "《": "》", "「": "」", "『": "』",
}
"""The quotation marks an outlet's name is printed between (opening: closing)."""


def _web_domain(name: str) -> bool:
    # Round 25 (scrapedo): "ntv.de", "www.example-news.com": a labelled source line naming
    # a site by its domain, in lower case as domains are printed. Guard: one word with a
    # dot, letters, digits and hyphens around it and a top-level part of two to six
    # letters; string tests only (no pattern is run).
    if " " in name or "." not in name or "@" in name or len(name) > 60:
        return False
    host, _, top = name.rpartition(".")
    return (
        2 <= len(top) <= 6
        and top.isalpha()
        and top.islower()
        and host[:1].isalnum()
        and all(c.isalnum() or c in "-." for c in host)
        and ".." not in host
    )


def _unquoted_source(name: str) -> str:
    # Round 22 (scrapedh): the name a credit line prints between quotation marks
    # (Джерело: "Інтерфакс-Україна", Источник: «Коммерсантъ», Źródło: „Rzeczpospolita”,
    # 来源：《滨江晚报》): Ukrainian, Russian and Polish set an outlet's or a body's name in
    # quotes, Chinese a paper's in title marks. Guard: only a
    # name whose first and last characters are a matching pair, with no other quote inside,
    # loses them.
    close = _SOURCE_QUOTES.get(name[:1])
    if close is None or len(name) < 3 or name[-1] != close:
        return name
    inner = name[1:-1].strip()
    if any(q in inner for q in _SOURCE_QUOTES):
        return name
    return inner


_LOWER_CREDENTIAL_WORDS = 4
"""How many words a lower-case job after a contributor's name holds at most."""


def _lower_credential(part: str) -> bool:
    # Round 25 (pq70): a comma part after a contributor's full name that is a job in lower
    # case ("pediatra", "médecin généraliste", "registered dietitian", "врач-педиатр"): one
    # to four words of letters (hyphens inside), the first of five letters or more — no
    # name, which is capitalised, and no short desk mark ("red"). Agencies in lower case
    # ("dpa") were tested before.
    words = part.split()
    return (
        len(words) <= _LOWER_CREDENTIAL_WORDS
        and len(words[0]) >= 5
        and all(w.replace("-", "").isalpha() for w in words)
    )


def _title_words() -> frozenset[str]:
    # Every language's titles printed before a name (``name_title_words``: "lek.", "dr",
    # "prof."), read once.
    from ..language.cues import merged_words

    return merged_words("name_title_words")


_COMPOUND_ROLE = 8
"""How many letters a one-word compound job after a contributor's name holds at least."""


def _compound_role(key: str, roles: frozenset[str]) -> bool:
    # Round 25 (pq70): a one-word compound whose tail is a job of the language, four
    # letters or more ("kinderarzt" ends in "arzt"): German and Dutch write a speciality
    # and its job as one word. Only a comma part after a full name is asked.
    return any(len(role) >= 4 and " " not in role and key.endswith(role) for role in roles)


def _titled(name: str) -> bool:
    # Whether ``name`` opens with a title word of the data files before a capitalised word
    # ("dr. Pieter Jansen", "lek. Anna Nowak").
    head, _, rest = name.partition(" ")
    return rest[:1].isupper() and head.casefold() in _title_words()


def _without_role_words(name: str) -> str:
    # The name without the role a production credit puts before it in lower case
    # ("звукорежисер Павло Дячук", "продюсерка Ірина Мельник"): in a cased script the
    # words before the first capitalised one are a job, not the person's name. A title
    # ("lek. Anna Nowak", "dr hab. Jan Wrona") is part of the name as printed (round 25
    # pq70; LABELS.md keeps "Dr." too).
    words = name.split()
    if len(words) < 3 or not words[0][:1].islower():
        return name
    if words[0].casefold() in _title_words():
        return name
    # one or two words of the job, then a name of two to four capitalised words and no
    # lower-case word ("департамент здравоохранения Вологодской области" is an office)
    for k in (1, 2):
        rest = words[k:]
        if 2 <= len(rest) <= 4 and all(w[:1].isupper() for w in rest):
            return " ".join(rest) if all(w[:1].islower() for w in words[:k]) else name
    return name


_POSTNOMINAL = lazy_pattern(r"(?:[A-Z]{2,4}|Ph\.?D|M\.D|D\.O|R\.N)")
"""Letters after a name ("MD", "PhD", "RN", "FRCP")."""


_HEADS: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
_PHRASE_INDEX: dict[
    int, tuple[tuple[str, ...], tuple[str, ...], dict[str, tuple[str, ...]], frozenset[str]]
] = {}


def _phrase_index(
    phrases: tuple[str, ...],
) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]], frozenset[str]]:
    # ``phrases`` (a cue tuple) split for :func:`_phrases_in`: those with no inner word, and
    # the others by their longest inner word. An inner word stands between two spaces of the
    # phrase (not first or last: those may be parts of the line's words), so a line that holds
    # the phrase holds that word whole, as one of its ``split()`` words. Kept by identity.
    found = _PHRASE_INDEX.get(id(phrases))
    if found is None or found[0] is not phrases:
        if len(_PHRASE_INDEX) >= 256:
            _PHRASE_INDEX.clear()
        loose: list[str] = []
        anchored: dict[str, list[str]] = {}
        for phrase in phrases:
            inner = [w for w in phrase.split(" ")[1:-1] if w and w.split() == [w]]
            if inner:
                anchored.setdefault(max(inner, key=len), []).append(phrase)
            else:
                loose.append(phrase)
        index = {word: tuple(some) for word, some in anchored.items()}
        found = _PHRASE_INDEX[id(phrases)] = (phrases, tuple(loose), index, frozenset(index))
    return found[1], found[2], found[3]


def _phrases_in(tokens: frozenset[str], phrases: tuple[str, ...]) -> list[str]:
    # The phrases of ``phrases`` that a line whose ``split()`` words are ``tokens`` may
    # hold: the same answer to ``any(phrase in key …)`` as the whole list, with a substring
    # search only for phrases whose inner word the line has (most lines have none of them).
    loose, index, words = _phrase_index(phrases)
    out = list(loose)
    for word in tokens & words:  # (a set's intersection walks the smaller set, in C)
        out.extend(index[word])
    return out


def _prefix_heads(prefixes: tuple[str, ...]) -> tuple[str, ...]:
    # Every way a line may open for ``byline_prefix`` to find one of ``prefixes``: each
    # prefix, and a colon's French spacing ("par :"); kept by the tuple's identity.
    found = _HEADS.get(id(prefixes))
    if found is None or found[0] is not prefixes:
        if len(_HEADS) >= 64:
            _HEADS.clear()
        heads = [*prefixes, *(p[:-1] + " :" for p in prefixes if p[-1:] == ":")]
        found = _HEADS[id(prefixes)] = (prefixes, tuple(heads))
    return found[1]


@functools.cache
def _openers(forms: tuple[str, ...]) -> frozenset[str]:
    # The first words of ``forms`` ("with", "reporting", "source:").
    return frozenset(form.split(" ", 1)[0] for form in forms)


@functools.cache
def _correction_labels(lang: str) -> frozenset[str]:
    # The language's ``correction_labels`` with English's, read on the first line that may
    # be a note (not with the page's other cues: most pages print none).
    from ..language import cues

    labels = frozenset(cues(lang).correction_labels)
    return labels if lang == "en" else labels | frozenset(cues("en").correction_labels)


def _contributor_forms(lang: str) -> tuple[str, ...]:
    from ..language import cues

    forms = cues(lang).contributor_lines
    if lang != "en":
        return forms
    # English sentences open with the names (read by .credits) or with "With …"
    return tuple(f for f in forms if not f.startswith("{names}"))


def _spaced_waw(names: str) -> str:
    # Round 25 (pq67): Arabic writes "and" (و) glued to the next word: "ليلى منصور وكريم
    # العبيدي" names two people, joined as "ليلى منصور و كريم العبيدي" would be. The glued
    # و is set apart only where a name of two words or more stands on each side (so "وليد
    # حسن" alone, or a middle name "سامي وليد", stays whole), the word is no lineage word
    # ("ولد", son of) and no "and the" ("وزارة الصحة والسكان المصرية": one ministry).
    # Guard: the caller tests for the letter first.
    words = names.split()
    out: list[str] = []
    begin = 0  # the first word of the name being read
    for k, word in enumerate(words):
        if (
            k - begin >= 2
            and k < len(words) - 1
            and word[:1] == "\u0648"
            and len(word) > 2
            and word[1:3] != "\u0627\u0644"  # "والسكان": "and the …" joins nouns, no names
            and word not in _WAW_WORDS
            and not any("," in w or "\u060c" in w for w in words[begin:k])
        ):
            out.extend(("\u0648", word[1:]))
            begin = k
        else:
            out.append(word)
    return " ".join(out) if len(out) != len(words) else names


_WAW_WORDS = frozenset({"ولد", "وادي", "والد"})
"""Arabic words opening with و inside a name that are no "and" ("ولد": son of)."""


_READ_MORE_TITLE_WORDS = 12
"""The most words of the title a "read more" link line prints before its link words."""


@functools.cache
def chrome_cues(lang: str) -> ChromeCues:
    """The chrome cues of ``lang`` merged with English's (cached per language)."""
    from ..language import cues, stopwords

    sets = [cues("en")] if lang == "en" else [cues(lang), cues("en")]
    # An English cue that is one of the page language's own common words is not English
    # chrome there: French "Comment réduire sa facture ?" asks how, it is no comment prompt.
    own = stopwords(lang) if lang != "en" else frozenset()

    done: dict[str, tuple[str, ...]] = {}

    def merged(name: str) -> tuple[str, ...]:
        # The words taken, in order, as a dict's keys (first occurrence kept), built in C
        # rather than a Python loop over every word: the lists run to hundreds of words,
        # and this runs for ~50 lists on a language's first page.
        if name in done:
            return done[name]
        taken = dict.fromkeys(getattr(sets[0], name))
        for one in sets[1:]:
            taken.update(dict.fromkeys(w for w in getattr(one, name) if w not in own))
        done[name] = tuple(sorted(taken, key=len, reverse=True))
        return done[name]

    return ChromeCues(
        lang=lang,
        share=frozenset(merged("share_words")),
        related=merged("related_markers"),
        inline=merged("newsletter_words") + merged("cookie_words"),
        starts=merged("comment_words") + merged("paywall_words") + merged("page_feedback"),
        page_feedback=merged("page_feedback"),
        source_lists=frozenset(merged("source_lists")),
        comment_words=frozenset(w for w in merged("comment_words") if " " not in w),
        byline_prefixes=merged("byline_prefixes"),
        agencies=frozenset(merged("agencies")),
        counters=merged("gallery_counters") + merged("read_time"),
        updated_labels=merged("updated_labels"),
        months=frozenset(
            form.rstrip(".") for one in sets for forms in one.months for form in forms
        ),
        contributor_forms=_contributor_forms(lang),
        crew_labels=frozenset(merged("crew_labels")),
        desk_edits=merged("desk_edits"),
        photo_labels=frozenset(w.rstrip(".:") for w in merged("photo_labels")) | {"fot"},
        credit_sources=merged("credit_sources"),
        credit_widgets=merged("credit_widgets"),
        credit_tails=merged("photo_credit_tails"),
        ads=frozenset(merged("ad_words")),
        ad_break_openers=merged("ad_break_openers"),
        ad_break_stems=merged("ad_break_stems"),
        standards_notes=merged("standards_notes"),
        article_mentions=merged("article_mentions"),
        navigation=frozenset(merged("navigation_words")),
        script_notices=merged("script_notices"),
        live_labels=frozenset(merged("live_labels")),
        status_banners=frozenset(merged("status_banners")),
        shop=merged("shop_words"),
        ratings=merged("rating_labels"),
        disclosures=merged("disclosure_words"),
        disclaimers=merged("disclaimer_words"),
        republish_notes=merged("republish_notes"),
        practical_info=merged("practical_info"),
        recipe_sections=frozenset(merged("recipe_sections")),
        recipe_labels=frozenset(merged("recipe_labels")),
        styling_forms=merged("styling_credits"),
        sponsors=merged("sponsor_labels"),
        review_lists=frozenset(merged("review_lists")),
        advice_boxes=frozenset(merged("advice_box_titles")),
        advice_openers=merged("advice_box_openers"),
        notice_boxes=merged("notice_box_titles"),
        access_labels=frozenset(merged("access_labels")),
        number_words=frozenset(merged("number_words")),
        qa_labels=frozenset(merged("qa_labels")),
        author_notes=merged("author_notes"),
        accounts=merged("paywall_words"),
        first_person=frozenset(cues(lang).first_person),
        interviewers=merged("interviewer_labels"),
        corrections=merged("correction_notes"),
        editions=merged("edition_labels"),
        imprints=frozenset(merged("imprint_labels")),
        follows=merged("follow_prompts"),
        forwarded=merged("forwarded_labels"),
        donate_openings=merged("donate_openings"),
        rights=merged("rights_phrases"),
        editor_notes=frozenset(merged("editor_notes")),
        contact_labels=merged("contact_labels"),
        contact_invitations=merged("contact_invitations"),
        contributor_places=frozenset(merged("contributor_place_words")),
        author_contacts=merged("author_contact_openings"),
        roles=frozenset(merged("role_words")),
        imprint_openers=merged("imprint_openers"),
        comment_verbs=merged("comment_verbs"),
        disclosure_labels=frozenset(merged("disclosure_labels")),
        newsrooms=frozenset(cues(lang).newsroom_bylines),
        panel_labels=frozenset(merged("panel_labels")),
        press_offices=merged("press_offices"),
        meta_keys=frozenset(merged("meta_keys")),
        glued_meta_labels=merged("glued_meta_labels"),
        read_more_links=merged("read_more_links"),
        read_times=merged("read_time"),
        read_time_phrases=merged("read_time_phrases"),
        error_notices=merged("error_notices"),
        donate_phrases=merged("donate_phrases"),
        videos=frozenset(merged("video_labels")),
        follow_buttons=frozenset(merged("follow_buttons")),
        location_labels=merged("location_labels"),
        edit_stamps=merged("edit_stamp_openers"),
        summary_widgets=frozenset(merged("summary_widget_labels")),
        button_verbs=frozenset(merged("button_verbs")),
        next_events=merged("next_event_labels"),
        work_facts=frozenset(merged("work_fact_labels")),
        info_boxes=frozenset(merged("info_box_labels")),
        runtime_units=frozenset(merged("runtime_units")),
        deal_titles=merged("deal_titles"),
        follower_words=merged("follower_words"),
        taglines=merged("site_taglines"),
        print_links=tuple(sorted(set(merged("print_links")), key=len, reverse=True)),
        editorial_signatures=frozenset(merged("editorial_signatures")),
        interview_kickers=frozenset(merged("interview_kickers")),
        feedback_answers=frozenset(merged("feedback_answers")),
        dialog_buttons=merged("dialog_buttons"),
        poll_labels=frozenset(merged("poll_labels")),
        meter_notes=merged("meter_notes"),
        helpline_openings=merged("helpline_openings"),
        embed_widgets=merged("embed_widget_labels"),
        embed_notices=merged("embed_notices"),
        comment_prompts=merged("comment_prompts"),
        error_report_keys=merged("error_report_keys"),
        full_version_prompts=merged("full_version_prompts"),
        status_stamps=frozenset(merged("status_stamps")),
        alt_openers=merged("image_alt_openers"),
        tag_row_labels=frozenset(merged("glued_tag_row_labels")),
        status_labels=merged("status_labels"),
        notice_rows=frozenset(merged("notice_row_labels")),
        figure_labels=merged("figure_labels"),
        figure_sources=merged("figure_source_labels"),
    )


@functools.cache
def signup_address(lang: str) -> frozenset[str]:
    """Words that address the reader or speak for the outlet ("you", "your", "our", "vous",
    "notre", "ваш"): the language's ``signup_reader_address`` and ``first_person`` with
    English's that are no stop word of the language. A sign-up line holding one is a prompt
    (round 25 signup). Built only when a sign-up line is looked at, not on every parse."""
    from ..language import cues, stopwords

    own, english = cues(lang), cues("en")
    words = {*own.signup_reader_address, *own.first_person}
    if lang != "en":
        skip = stopwords(lang)
        words |= {
            w for w in (*english.signup_reader_address, *english.first_person) if w not in skip
        }
    return frozenset(words)


def _page_label(cell: str, editions: tuple[str, ...] | frozenset[str]) -> bool:
    # An e-paper's page label in one cell: a page number right before an edition label
    # ("第05版:城市新闻", "A07版：要闻"). "新版:" in a headline has no number before it.
    for label in editions:
        at = cell.find(label)
        if at > 0 and cell[at - 1].isdigit():
            return True
    return False
