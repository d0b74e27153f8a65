"""Scrape noise: share buttons, sign-up prompts, "Related" tails, end marks, rights, tags."""

from __future__ import annotations

from ... import _functools as functools
from ... import _re as re
from .bookdetails import details_line
from .cuewords import fold
from .lazyre import lazy_pattern

__all__ = [
    "CONTACT_DETAIL",
    "block_marker",
    "noise_rule",
    "rights_line",
    "tags_label",
    "tags_line",
    "widget_rows",
]

# Whole lines (compared case-insensitively, a trailing colon ignored) that are page chrome.
_SHARE = frozenset(
    [
        "share",
        "share this",
        "share this article",
        "share this story",
        "share this post",
        "share article",
        "share on facebook",
        "share on twitter",
        "share on x",
        "share on linkedin",
        "share via email",
        "share on whatsapp",
        "tweet",
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "email",
        "e-mail",
        "whatsapp",
        "telegram",
        "print",
        "pinterest",
        "reddit",
        "copy link",
        "link copied",
        "save",
        "save article",
        "like this",
        "like",
        "like loading...",
        "loading...",
        "comments",
        "comment",
        "leave a comment",
        "leave a reply",
        "view comments",
        "show comments",
        "view image in fullscreen",
        "enlarge this image",
        "toggle caption",
        "hide caption",
        "listen to this article",
        "reuse this content",
        "purchase licensing rights",
        "purchase licensing rights, opens new tab",
        "gift this article",
        "поделиться",
        "комментарии",
        "сохранить",
        "распечатать",
    ]
)
_DELIVERY_NOTES = frozenset(
    [
        # A speech's delivery note over its text: the page's words, not the speaker's.
        "as prepared for delivery",
        "remarks as prepared for delivery",
        "speech as prepared for delivery",
        "check against delivery",
        "as delivered",
        "es gilt das gesprochene wort",
        "seul le prononcé fait foi",
        "seul le discours prononcé fait foi",
        "fa fede il testo pronunciato",
        "solo vale lo pronunciado",
    ]
)
_ADS = frozenset(
    [
        "advertisement",
        "advertising",
        "ad",
        "sponsored",
        "sponsored content",
        "skip advertisement",
        "story continues below advertisement",
        "article continues below",
        "реклама",
    ]
)
_CHROME = frozenset(
    [
        "skip to content",
        "skip to main content",
        "skip to navigation",
        "menu",
        "search",
        "home",
        "back to top",
        "sign in",
        "log in",
        "subscribe",
        "sign up",
        "follow",
        "follow us",
        "newsletter",
        "for immediate release",
        "about the author",
        "about the authors",
        "об авторе",
        "перейти к содержанию",
        "подписаться",
    ]
)
_END_MARKS = frozenset(
    # Chinese press releases and wires close with 完 ("（完）", "-完-", "【完】", "全文完")
    ["###", "# # #", "-30-", "- 30 -", "ends", "- ends -", "-ends-", "完", "（完）", "(完)",
     "-完-", "－完－", "【完】", "全文完", "（全文完）"]
)
# Prompts recognised by how they start; only short lines, so body sentences are safe.
_PROMPT_PREFIXES = (
    "sign up for ",
    "sign up to ",
    "subscribe to ",
    "subscribe for ",
    "get our ",
    "join our newsletter",
    "join our mailing list",
    "enter your email",
    "your email address",
    "by signing up",
    "by subscribing",
    "privacy notice:",
    "newsletter promotion",
    "our standards:",
    "follow us on ",
    "click here to ",
    "подпишитесь на ",
    "подписывайтесь на ",
)
CONTACT_DETAIL = lazy_pattern(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+?\(?\d[\d ()/-]{6,}\d")
"""An e-mail address or a telephone number, seven digits or more spaced as printed
("press@city.example", "(85) 3101-5230", "+49 30 1234 567"): what a press release's contact
block holds and a photo credit never does. Dots are no separator here: "02.12.2026" is a date."""
_READING_TIME = lazy_pattern(r"(?i)^(?:reading time:?\s*)?\d{1,3}\s*(?:min|mins|minutes?)\s*read$")
_EMBED_ATTRIBUTION = lazy_pattern(
    r"(?i)^(?:@\w{1,30}(?: on \w{1,20})? · .{1,40}"
    r"|(?:[—–-] ?)?[^()@]{1,60}\(@\w{1,30}\) \w{3,9}\.? \d{1,2}, \d{4}"
    r"|[—–-] ?[^()@]{1,60}\(@[\w.]{1,30}\) (?=[^()@]*\d)[^()@]{1,40}"
    r"|a post shared by [^()@]{1,60}\(@\w{1,30}\)"
    r"|post by @\w{1,30}(?: on \w{1,20})?)$"
)
"""The attribution under an embedded social post, the same in every outlet that embeds
it: "@handle on X · 6:12 a.m.", "— Name (@handle) March 3, 2026", "A post shared by
Name (@handle)". Round 25 (embeds): after a dash, the date in any language and form
("— Name (@handle) 3 de mayo de 2027", "… (@handle) [15]3. Mai 2027", "… 2027年5月3日")."""
_EMBED_MEDIA_LINK = lazy_pattern(r"(?:\bpic\.twitter\.com|\bhttps?://t\.co)/\w{4,20}$")
"""The short link an embedded post's text ends with when the page prints the post without
its script ("… More at the April 23 meeting. pic.twitter.com/LkQ8rT2wAa"): the post's own
text, a platform's, not the article's sentence, in any language."""
_EMBED_SKIP = lazy_pattern(
    r"(?i)^(?:skip|end of) (?:\w{1,12} ){0,2}(?:post|content|video|embed)s? (?:by|from) .{1,60}$"
)
"""A broadcaster's links around an embedded post: "Skip twitter post by Name", "End of
Instagram post by Name", "Skip YouTube content by Name"."""

# A marker that opens a block of links to other stories (dropped) or of topics (kept as tags).
_RELATED = frozenset(
    [
        "related",
        "related articles",
        "related posts",
        "related stories",
        "related content",
        "more on this story",
        "more on this topic",
        "you may also like",
        "you might also like",
        "recommended",
        "recommended for you",
        "read more",
        "read next",
        "most viewed",
        "most read",
        "more from",
        "also read",
        "see also",
        "more stories",
        "читайте также",
        "по теме",
        "похожие статьи",
        "ещё по теме",
        "еще по теме",
    ]
)
_TOPICS = frozenset(
    [
        "explore more on these topics",
        "more on these topics",
        "related topics",
        "topics",
        "tags",
        "темы",
        "теги",
        "теґи",
        "теги статті",
        "tagi",
        "schlagwörter",
        "étiquettes",
        "etiquetas",
        "trefwoorden",
    ]
)

# "Tags: a, b" and its labels in the reader's languages ("Argomenti:", "Mots-clés :",
# "Temas:", "Tópicos:", "Schlagwörter:", "Trefwoorden:", "Tagi:", "Теги:", "الوسوم:", "标签："),
# and the category label a post prints the same way ("Kategoria: Edukacja", "Rubrik: …").
_TAGS = lazy_pattern(
    r"(?i)^(?:tags|tagged|tagged with|topics|filed under|categories|category|posted in|теги"
    r"|рубрики|рубрика|категория|категорія|теми|schlagwörter|themen|kategorie|kategorien"
    r"|rubrik|mots-clés|mots clés|thèmes|étiquettes|catégorie|catégories|rubrique|temas"
    r"|etiquetas|categoría|categorías|argomenti|categoria|categorie|tópicos|assuntos"
    r"|trefwoorden|onderwerpen|categorieën|rubriek|tagi|tematy|kategoria|kategorie|rubryka"
    r"|الوسوم|التصنيف|标签|关键词|分类)"
    r"\s*[:：]\s*(\S.*)$"
)
_RIGHTS_START = lazy_pattern(r"(?i)^(?:©|\(c\)\s|copyright\b)")


def _key(text: str) -> str:
    if text[:2] in ("* ", "• ", "▪ ", "● "):
        text = text[2:]  # a dump tool's list marker: "* Copy link" is the "Copy link" button
    return fold(text).rstrip(":").strip()


_DASHES = "-–—"


def _dashed_end_mark(key: str) -> bool:
    # A press release's end mark set between dashes of any kind ("– Ends –", "—END—",
    # "–30–"): the dash the page typed is a matter of its font, not of the mark.
    if len(key) > 12 or key[:1] not in _DASHES or key[-1:] not in _DASHES:
        return False
    return key.strip(_DASHES + " ") in ("ends", "end", "30")


_MARK_FRAME = "-–—_*()[]（）【】 "


def _language_end_mark(key: str) -> bool:
    # A release's end mark in a language's words (``release_end_marks``): a phrase of two
    # words or more alone on the line ("Fin du communiqué", "نهاية الخبر"), or one word set
    # between dashes or brackets ("-انتهى-", "– Fin –", "(Конец)"); a bare "Fin" or "Ende"
    # may be a line of the story.
    if len(key) > 40 or not key:
        return False
    inner = key.strip(_MARK_FRAME)
    if not inner or inner not in _end_mark_words():
        return False
    framed = key[:1] in _MARK_FRAME and key[-1:] in _MARK_FRAME
    return framed or " " in inner


@functools.cache
def _end_mark_words() -> frozenset[str]:
    from ..language.cues import merged_words

    return merged_words("release_end_marks")


def embed_attribution(text: str) -> bool:
    """True for the attribution line under an embedded social post ("— Name (@handle)
    March 3, 2026"), not for a broadcaster's "Skip … post" link."""
    return "@" in text and len(text) <= 140 and _EMBED_ATTRIBUTION.match(text) is not None


# Memoised: the features ask it of every line and the sweep asks again of most lines (a
# pure function of the text: the cue words it reads are every language's, merged).
@functools.lru_cache(maxsize=4096)
def noise_rule(text: str) -> str | None:
    """The noise rule a whole line matches (``noise.share``…), or None for content."""
    key = _key(text)
    if key in _SHARE:
        return "noise.share"
    if key in _ADS:
        return "noise.advertisement"
    if key in _CHROME or key.strip(".!()*-–— ") in _DELIVERY_NOTES:
        return "noise.page-chrome"
    if key in _END_MARKS or _dashed_end_mark(key) or _language_end_mark(key):
        return "noise.end-mark"
    if len(text) <= 160 and key.startswith(_PROMPT_PREFIXES):
        return "noise.sign-up"
    if _READING_TIME.match(text):
        return "noise.reading-time"
    if "@" in text and len(text) <= 140 and _EMBED_ATTRIBUTION.match(text):
        return "noise.embed"
    linked = "t.co/" in text or "twitter.com/" in text
    if linked and len(text) <= 400 and _EMBED_MEDIA_LINK.search(text):
        return "noise.embed"
    if len(text) <= 100 and key.startswith(("skip ", "end of ")) and _EMBED_SKIP.match(text):
        return "noise.embed"
    if text[:1] == "[" and text[-1:] == "]" and len(text) <= 160 and _FORM_FIELDS.match(text):
        return "noise.form"
    if len(text) <= 200 and "." in text[:60] and _ATTACHMENT.match(text):
        return "noise.attachment"
    if (
        len(text) <= 120
        and ("," in text or "·" in text)
        and any(map(str.isdigit, text))
        and details_line(text)
    ):
        return "noise.book-details"  # "Farrow & Lisle, 312 pp., £18.99"
    return None


_ATTACHMENT = lazy_pattern(
    r"^\S{1,60}\.(?:jpe?g|png|gif|webp|pdf|docx?|xlsx?|zip|rar)\s*[(（]\s*\d[\d.,]*\s*[KMG]i?B\b",
    re.IGNORECASE,
)
"""A forum's or portal's attachment line: the file's name, then its size in brackets
("DSC_0421.jpg (386.5 KB, 下载次数: 12) 下载附件 … 上传", "plan.pdf (1.2 MB)"): the post's
file widget, not a paragraph nor a caption."""
_FORM_FIELDS = lazy_pattern(r"^(?:\[[^\[\]]{0,60}\]\s*){2,}$")
"""A form as ``w3m -dump`` prints it: input boxes and buttons, each in brackets and nothing
else on the line ("[请输入关键字        ][搜索]", "[Search          ][Go]")."""


def block_marker(text: str) -> str | None:
    """``"related"`` or ``"topics"`` when the line opens such a block, else None."""
    key = _key(text)
    if key in _RELATED:
        return "related"
    if key in _TOPICS:
        return "topics"
    return None


_HASHTAG_SEPARATORS = frozenset("·|•,/")
_HASHTAGS = 2
"""How many hashtags a row of them holds at least ("#floods #river" is a row)."""


def hashtag_row(text: str) -> list[str] | None:
    """The tags of a row of hashtags and nothing else ("#floods #river #council",
    "#Rudern · #Jugend", a Weibo topic row "#防汛# #江城#"), or None: two words or more,
    each opening with "#" and a letter or digit (a Markdown heading's "# " or "## " opens
    with a lone mark), separators between them allowed. Guard: the line opens with "#"."""
    if text[:1] != "#" or len(text) > 300:
        return None
    tags: list[str] = []
    for word in text.split():
        if word in _HASHTAG_SEPARATORS:
            continue
        if len(word) < 2 or word[0] != "#" or not word[1].isalnum():
            return None
        tags.append(word.strip("#,;"))
    return tags if len(tags) >= _HASHTAGS else None


def tags_line(text: str) -> list[str] | None:
    """The tags of a "Tags: a, b, c" line, or None."""
    match = _TAGS.match(text) if len(text) <= 300 else None
    if match is None:
        return None
    if text.endswith("."):
        return None  # "Topics: … were discussed." is a sentence, not a tag list
    tags = [t.strip() for t in re.split(r"[,|·]", match.group(1))]
    if any(len(t.split()) > 5 for t in tags):
        return None
    return [t for t in tags if t] or None


def tags_label(text: str) -> bool:
    """True for a tag list's label alone on its line ("Argomenti:", "Tags:"), its tags on
    the line under it (a site template's metadata row a dump split in two)."""
    return len(text) <= 30 and text.rstrip().endswith((":", "：")) and (
        _TAGS.match(text.rstrip() + " x") is not None
    )


def rights_line(text: str, phrases: tuple[str, ...] | None = None) -> bool:
    """True for a copyright footer ("© 2025 The Ledger. All rights reserved.").

    ``phrases`` are the rights phrases to look for (the page language's and English, from
    its chrome cues); without them every language's are read, which costs a parse of the
    merged cue data the first time.
    """
    if len(text) > 250:
        return False
    if _RIGHTS_START.match(text):
        from .captions import is_credit

        # "© Лев Федосеев/ТАСС" under a caption is a photo credit, not the page's rights;
        # so is "© Foto: Name", "© foto di Name/Agency": a picture label after the sign.
        if not text.startswith("©"):
            return True
        return not (is_credit(text[1:].strip()) or _labelled_credit(text[1:].strip()))
    if phrases is None:
        from ..language import all_cues

        phrases = all_cues().rights_phrases
    folded = fold(text)
    found = [phrase for phrase in phrases if phrase in folded]
    if not found:
        return False
    # "Il fronte della frana visto dall'alto - RIPRODUZIONE RISERVATA": a photo's caption
    # marked with the agency's rights notice, not the page's rights footer.
    return not any(_marked_caption(folded, phrase) for phrase in found)


def _labelled_credit(text: str) -> bool:
    # A picture label and a credit and nothing else ("foto di Marco Rosi/Image Sport").
    from .captions import split_caption

    parts = split_caption(text)
    return parts is not None and not parts.caption and parts.rule == "figure.credit-label"


def _marked_caption(folded: str, phrase: str) -> bool:
    head, dash, tail = folded.rpartition(" - ") if " - " in folded else folded.rpartition(" – ")
    return bool(dash) and tail.strip(" .") == phrase and len(head.split()) >= 4


_BULLET_OR_NUMBER = lazy_pattern(r"^(?:[-*•·▪●–+]\s|\d)")


def _shared_words(a: list[str], b: list[str]) -> tuple[int, int]:
    # How many words ``a`` and ``b`` share at the start and (in what is left) at the end.
    head = 0
    while head < min(len(a), len(b)) and a[head].casefold() == b[head].casefold():
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail].casefold() == b[-1 - tail].casefold():
        tail += 1
    return head, tail


def widget_rows(texts: list[str]) -> set[int]:
    """Indices of lines in runs of a widget's buttons: adjacent short lines printed from one
    template that differ in a word or a few ("Click to share on Facebook (Opens in new
    window)" / "… on Pinterest …", "Fai clic per condividere su WhatsApp …").

    Each line is at most 12 words without a sentence end; a pair shares at least three
    words at its start and end together, and at least half of each line. Bulleted,
    numbered and number-led lines are left alone: an ingredient or step list
    ("200 g oats" / "200 g flour") is the article's own.
    """
    out: set[int] = set()
    words = [t.split() for t in texts]

    def candidate(k: int) -> bool:
        text = texts[k]
        return (
            2 <= len(words[k]) <= 12
            and not text.endswith((".", "!", "?", "…", "。"))
            # "на АЗС «WOG» — 58,99 грн;": an item of the text's own list, closed by the
            # semicolon of the sentence it runs in; a button has no punctuation to close
            and not text.endswith((";", "；", "؛"))
            and ". " not in text  # a caption printed twice holds a sentence; a button does not
            and _BULLET_OR_NUMBER.match(text) is None
        )

    for k in range(len(texts) - 1):
        if not (candidate(k) and candidate(k + 1)):
            continue
        a, b = words[k], words[k + 1]
        if texts[k + 1].startswith(texts[k]) or texts[k].startswith(texts[k + 1]):
            continue  # a caption printed twice, once with its credit: not two buttons
        head, tail = _shared_words(a, b)
        shared = head + tail
        if shared >= 3 and head >= 1 and shared * 2 >= max(len(a), len(b)):
            out.update((k, k + 1))
    return out
