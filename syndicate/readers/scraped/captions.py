"""Telling a photo caption from its credit, in the forms news sites print them.

Forms recognised (the rule name recorded in provenance is in brackets):

- ``Image source, Agency`` / ``Image caption, What it shows`` on separate lines
  (BBC) [``figure.image-source`` / ``figure.image-caption``];
- a wrapper word and a colon: ``… Photograph: Jane Roe/Agency``, ``Photo: Name``,
  ``Фото: …``, ``Credit: …`` [``figure.credit-label``] — the wrapper is dropped;
- a credit in parentheses at the end: ``… (Annegret Hilse/Reuters)``,
  ``… (AP Photo/John Doe)`` [``figure.credit-in-parentheses``];
- a credit after the copyright sign, mid-line (``… in Hengevelde. © ANP``) or alone on a
  line (``© Name/Agency``) [``figure.credit-label`` / ``figure.credit-only``];
- a credit after the caption's last sentence: ``… 2024. Reuters``,
  ``… 2023. Annegret Hilse/Reuters``, ``… AP Photo/John Doe``, or a few capitalised
  words with no closing punctuation (``… on Monday. The Daily Ledger``)
  [``figure.trailing-credit``].

Agency forms with a slash ("AP Photo/John Doe", "REUTERS/Jane Roe") are kept
whole: the slash form is how the agency asks to be credited.
"""

from __future__ import annotations

from _contextvars import ContextVar, Token  # contextvars' own names, without its module

from ... import _functools as functools
from ... import _re as re
from ..._typing import NamedTuple
from .lazyre import lazy_pattern
from .lines import Line
from .names import is_agency, is_name

__all__ = [
    "CaptionParts",
    "bracketed_credit",
    "is_credit",
    "alt_over_caption",
    "outlet_credit",
    "is_explicit_caption",
    "ends_with_photo_label",
    "opens_with_caption_label",
    "opens_as_caption",
    "known_agency",
    "split_caption",
    "stands_alone",
    "without_rights_mark",
]

_LABEL = lazy_pattern(
    # The look-ahead on the labels' first letters lets the search skip most positions of a
    # paragraph at once (half the time of the bare alternation).
    r"(?<!\S)(?=[PICФИFBf])"
    r"(?:Photograph|Photographs|Photo|Photos|Picture|Pictures|Image|Illustration|"
    r"Credit|Photo [Cc]redits?|Photo by|Photograph by|Picture by|Photo illustration|"
    r"Illustration by|"
    r"Фото|Фотография|Иллюстрация|"
    # German, Spanish, Italian and Polish/Czech labels ("Foto: …", "Bild: …", "fot. …").
    r"Foto|Fotos|Bild|Fotografía|[Ff]ot\.|"
    # the label in capitals, glued after the caption's sentence ("… nach dem Spiel. FOTO:
    # DPA"); opening a line, "PHOTOS: THE BEST OF …" is a gallery's title
    r"(?<=[.!?] )(?:PHOTO|PHOTOS|FOTO|FOTOS|BILD|ФОТО)|"
    r"Фото предоставлено)\s*(?::|(?<=by)|(?<=\.))\s*(\S.*)$"
)
_CAPS_CREDIT = lazy_pattern(
    r"^(?:(?P<outlet>[A-Z][A-Z&]{1,5}(?:\s+[A-Z][A-Z&]{1,5})?)\s+)?(?:FILE\s+)?"
    r"(?:PHOTOS?|PICTURES?|IMAGES?|GRAPHICS?|ILLUSTRATION|FOTOS?|ФОТО)"
    r"(?:\s*[:/]\s*(?P<name>[A-Z][A-Z0-9 .,'’&/-]{1,60}))?$"
)
"""A credit line in capitals under a caption: "ST PHOTO: NAME", "PHOTO: REUTERS", "ST FILE
PHOTO", "AFP PHOTO/NAME" (Singapore, Malaysian, Indian and wire styles)."""
_NOT_OUTLETS = frozenset(
    ["THE", "A", "AN", "OUR", "MORE", "ALL", "NEW", "SEE", "VIEW", "TOP", "MY", "YOUR", "NO", "OF"]
)
# A credit label a dump glued to the caption's last sentence, or printed twice (a page's
# hidden label for screen readers and its visible one): "… in 2023.CreditCreditJeon Lee/EPA",
# "… Queens. Credit Credit Chang Lee/Agency", "… am Pass.Foto: Name". Read as "… in 2023.
# Credit: Jeon Lee/EPA".
_GLUED_LABEL = lazy_pattern(
    r"(?:(?<=[^\W\d_]{2}[.!?])|(?<=\d[.!?])|(?<=[.!?][”\"’»)]))"
    r"(?P<space> ?)(?P<label>Credit|Photo|Photograph|Image|Picture|Foto|Bild|Фото)"
    r"(?P<twice> ?(?P=label))?(?::|(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])| (?=\S))"
)
_GLUED_WORDS = ("Credit", "Photo", "Image", "Picture", "Foto", "Bild", "Фото")
_IMAGE_SOURCE = lazy_pattern(r"^Image source\s*[,:]\s*(\S.*)$", re.IGNORECASE)
_IMAGE_CAPTION = lazy_pattern(r"^Image caption\s*[,:]\s*(\S.*)$", re.IGNORECASE)
_DASH_CREDIT = lazy_pattern(r"(?P<names>[^-–—]+?)\s+[-–—]\s+(?P<agency>[^-–—]+)")
_LABEL_ONLY = lazy_pattern(r"(?i)^(?:photograph|photo|picture|image|credit|фото)\s*:?\s*")
# Where a caption's last sentence can end before a trailing credit.
_SENTENCE_ENDS = (". ", "! ", "? ", "” ", '" ', "» ", ".) ", "… ")
# ... or before a no-break space, which editors type between caption and credit ("quay.&nbsp;
# Name/Agency"); the source text keeps it, so the split must see it.
_SENTENCE_ENDS += tuple(end[:-1] + "\u00a0" for end in _SENTENCE_ENDS)


class CaptionParts(NamedTuple):
    """A caption line split into what the picture shows and who made it."""

    caption: str | None
    credit: str | None
    rule: str


_CREDIT_PARTICLES = frozenset(
    ["via", "for", "and", "de", "van", "von", "der", "da", "di", "del", "la", "le"]
)
_CREDIT_PARTICLES |= {"do", "dos", "das", "du", "des", "den", "y", "e"}  # "Câmara dos Deputados"
_CREDIT_PARTICLES |= {"pour", "para", "per", "voor", "für", "dla"}  # "Name pour L’Écho"
_CREDIT_PARTICLES |= {"of"}  # an institution's credit: "Name/University of Dunmore"
_CREDIT_PARTICLES |= {"&"}  # a magazine's or studio's name: "Name / Route & Moteurs"


def _credit_word_ok(word: str) -> bool:
    # Credits are names and agencies: capitalised words, "Photo", particles, "via".
    if word in _CREDIT_PARTICLES:
        return True
    return word[:1].isupper() and not any(map(str.isdigit, word))


def known_agency(text: str) -> bool:
    """A news or photo agency alone: the reader's list or the page language's ("Reuters",
    "dpa", "Rex", "واس", "新华社")."""
    return is_agency(text) or text.strip().casefold() in _PAGE_AGENCIES.get()


def _named_parts(tail: str) -> bool:
    # "Sudinfo Liège - Jean-Luc Flémal": after a dash that set it off, a credit of one to
    # three parts joined by dashes or slashes, each one to four capitalised words.
    if len(tail) > 80 or tail[-1:] in ".,;:!?":
        return False
    parts = [p.strip() for p in re.split(r"\s[-–—/]\s|/", tail)]
    return 1 <= len(parts) <= 3 and all(
        p and 1 <= len(p.split()) <= 4 and all(_credit_word_ok(t) for t in p.split())
        for p in parts
    )


def is_credit(text: str) -> bool:
    """True when ``text`` reads as a photo credit on its own.

    Slash forms whose parts are capitalised names ("Annegret Hilse/Reuters",
    "AP Photo/John Doe", "Игорь Белов / ТАСС") and known agencies ("Reuters",
    "Getty Images") qualify; "4.5%/year" or a sentence does not.
    """
    text = text.strip()
    if not text or len(text) > 100 or text[-1] in ".,;:!?":
        return False
    if is_agency(text):
        return True
    dash = _DASH_CREDIT.fullmatch(text)
    if dash is not None:
        # "Octávio Passos - Lusa", "Quim Ferrer – EFE": a photographer, a dash, an agency.
        names = dash.group("names").split()
        agency = dash.group("agency")
        known = is_agency(agency) or agency.casefold() in _PAGE_AGENCIES.get()
        return known and 1 <= len(names) <= 4 and all(
            _credit_word_ok(t) for t in names
        )
    if "/" not in text:
        return False
    parts = [p.strip() for p in text.split("/")]
    if len(parts) > 4 or not all(parts):
        return False
    for part in parts:
        if is_agency(part) or part.casefold() in _PAGE_AGENCIES.get():
            continue  # agencies that write themselves in lower case: "Tobias Kern/dpa"
        if _WEB_NAME.fullmatch(part) and part is not parts[-1]:
            continue  # a photo service's web address before the name: "zeitungsfoto.at/Liebl"
        tokens = part.split()
        if not 1 <= len(tokens) <= 6 or not all(_credit_word_ok(t) for t in tokens):
            return False
    return True


_WEB_NAME = lazy_pattern(r"[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{2,40})*\.[a-z]{2,6}")
"""A site's address as credited ("zeitungsfoto.at", "picturedesk.com", "fotokerschi.at")."""

# "… the deal. Read More" is a link left in the text, not a credit.
_CALLS_TO_ACTION = frozenset(
    ["read", "more", "click", "see", "continue", "share", "subscribe", "watch", "listen", "follow"]
)


def _is_name_credit(tail: str, caption_length: int) -> bool:
    # A few capitalised words after a caption's last full stop: "… on Monday. Jane Roe".
    #
    # Body paragraphs end in punctuation, so a line whose last sentence is a bare
    # run of capitalised words, after a caption-length sentence, is a credit.
    tokens = tail.split()
    # Two words at least: one capitalised word ("She", "Meteorologists") is too often the
    # start of a sentence; single-word credits are the agencies in AGENCIES. A photographer
    # "for" a paper takes a few more ("Thibaut Vergoz pour L’Écho des Alpes").
    longest = 7 if any(t in _CREDIT_FOR_WORDS for t in tokens[1:-1]) else 5
    if not 2 <= len(tokens) <= longest or len(tail) > 60 or caption_length < 20:
        return False
    if tail[-1] in ".,;:!?…)\"”»'’" or tokens[0].casefold() in _CALLS_TO_ACTION:
        return False
    # A broadcaster's channel number counts as a word ("WJKT News 5", "KVTX 7 News"); a
    # credit has more words than numbers.
    numbers = sum(1 for t in tokens if t.isdigit() and len(t) <= 2)
    if numbers > 1 or numbers == len(tokens) - 1:
        return False
    return all(
        (t.isdigit() and len(t) <= 2)
        or (_credit_word_ok(t) and all(ch.isalpha() or ch in ".-'’&" for ch in t))
        for t in tokens
    )


_CREDIT_FOR_WORDS = frozenset(["for", "pour", "para", "per", "voor", "für", "dla"])
"""The word "for" between a photographer and the paper ("Name for The Ledger")."""

_CREDIT_FOR = frozenset(["POUR", "FOR", "PARA", "PER", "VOOR", "FÜR", "DLA"])
"""The word "for" in a credit set in capitals: "NAME POUR « LE MONDE »"."""


def _title_case(text: str) -> bool:
    # Every word of four letters or more capitalised, 4-20 words: a headline set in Title
    # Case ("Your Annual Review Is Too Late. Try A Six-Week Check-In Instead"), whose second
    # sentence is no photographer's name. Captions are written as sentences.
    words = [w for w in text.split() if w[:1].isalpha()]
    long = [w for w in words if len(w) >= 4]
    return 4 <= len(words) <= 20 and len(long) >= 2 and all(w[0].isupper() for w in long)


def _upper_credit(tail: str) -> bool:
    # A credit printed in capitals after the caption's last sentence, as French and
    # Spanish papers set it: "… le 24 novembre. ARNAUD FINISTRE / HANS LUCAS POUR « LE
    # MONDE »". Every letter upper case, a name or two, no sentence of its own.
    letters = [ch for ch in tail if ch.isalpha()]
    words = tail.split()
    # A photographer and an agency or a paper ("/ AFP", "POUR « LE MONDE »"); a shout in
    # capitals after a sentence ("… he said. STOP THE WAR") names no one.
    joined = "/" in tail or any(w in _CREDIT_FOR for w in words)
    return (
        joined
        and len(letters) >= 4
        and all(ch.isupper() for ch in letters)
        and 2 <= len(words) <= 12
        and tail[-1:] not in ".!?"
    )


_LONE_CREDIT_LETTERS = (3, 12)
_LONE_CREDIT_CAPTION_WORDS = 5


def _lone_upper_credit(tail: str) -> bool:
    # A credit of one word in capitals glued after a caption's only sentence: an agency or
    # a rescue service's initials ("… durante la evacuación. GREIM", "… en la nave. EFE").
    # Three to twelve letters, all upper case, nothing else but a hyphen or an ampersand. A
    # paragraph of prose ends on its sentence's stop, never on a bare word in capitals;
    # :func:`split_caption` wants the sentence before it to be the line's only one.
    if not _LONE_CREDIT_LETTERS[0] <= len(tail) <= _LONE_CREDIT_LETTERS[1] + 2 or " " in tail:
        return False
    letters = [ch for ch in tail if ch.isalpha()]
    return (
        _LONE_CREDIT_LETTERS[0] <= len(letters) <= _LONE_CREDIT_LETTERS[1]
        and all(ch.isupper() for ch in letters)
        and all(ch.isalpha() or ch in "-&" for ch in tail)
    )


def _lone_code_caption(text: str, cut: int) -> bool:
    # The caption before a lone code: one sentence of five words or more, 200 characters
    # at most.
    return (
        cut <= 200
        and text[:cut].count(". ") == 0
        and len(text[:cut].split()) >= _LONE_CREDIT_CAPTION_WORDS
    )


def lone_code_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a caption closed by a code in capitals ("… durante la
    evacuación. GREIM", "… de Setúbal. LUSA"): only where the caller knows the line stands
    where a lead photo's caption stands. A wire's last paragraph signed by its agency
    ("… a las zonas afectadas. EFE") and a prompt closed by a button in capitals ("…
    every morning. SUBSCRIBE", "… online. PDF") have the same shape."""
    if len(text) > 220 or ". " not in text:
        return None
    cut = text.rfind(". ")
    tail = text[cut + 2 :].strip()
    if not _lone_upper_credit(tail) or not _lone_code_caption(text, cut):
        return None
    return text[: cut + 1], tail


_CAPTION_MARKS = ("▲", "△", "↑")
"""Marks that open a caption under a picture on Chinese pages ("▲ 图为…", "↑ …")."""

_HAN_CREDIT_ENDS = ("摄", "攝", "摄影", "攝影", "提供", "供图", "供圖")
"""How a Chinese credit ends: "photographed", "photography", "provided", "picture from"."""


def _uncased_credit(inner: str, caption_length: int) -> bool:
    # A credit in parentheses in a script without capitals, where the capitalised-name test
    # cannot apply: an agency or outlet in Arabic ("… وادي حنيفة (الشرق الأوسط)", "(واس)") or
    # a Chinese photographer or source with its verb ("（莫家輝攝）", "（受訪者提供）"). A
    # media label ("(فيديو)", "(صور)") or "（完）" under a story is none.
    if not inner or len(inner) > 30 or any(map(str.isdigit, inner)):
        return False
    if caption_length < (6 if has_han_char(inner[0]) else 12):
        return False  # a caption goes before it
    if any(ch.isupper() or ch.islower() for ch in inner):
        return False  # a cased script: the tests above decide
    folded = inner.casefold().rstrip(":：")
    if folded in _PAGE_LABELS.get():
        return False
    if any(has_han_char(ch) for ch in inner):
        head = inner.lstrip("图圖").lstrip("/／:：")
        return (
            head != inner
            or inner.endswith(_HAN_CREDIT_ENDS)
            or is_agency(inner)
            or _han_source_credit(inner)
        )
    words = inner.split()
    labelled = any(folded.startswith(label + ":") for label in _PAGE_LABELS.get())
    return labelled or 1 <= len(words) <= 4


def _han_source_credit(inner: str) -> bool:
    # Round 22 (crosslang): "（东岭日报资料图）", "（资料图片）", "（受访者供图）": a Chinese
    # bracket that ends in one of the data files' picture sources ("file picture", "provided
    # by the interviewee") after the outlet's name or alone is the photo's credit. Guard: only
    # a bracket of Han characters closing a caption-length line gets here.
    if inner[-1:] in _HAN_RELEASED:
        return _han_agency(inner[:-1].strip())  # "（新华社发）": the agency sent it out
    if inner[-1:] not in _source_last():
        return False
    return any(inner.endswith(source) for source in _han_sources())


_HAN_RELEASED = ("发", "發")
"""The verb after an agency's name in a Chinese credit: "（新华社发）", "distributed by"."""


def _han_agency(text: str) -> bool:
    from ..language.cues import merged_words

    return bool(text) and (is_agency(text) or text.casefold() in merged_words("agencies"))


@functools.cache
def _han_sources() -> tuple[str, ...]:
    from ..language.cues import merged_words

    return tuple(w for w in merged_words("credit_sources") if w and has_han_char(w[-1]))


@functools.cache
def _source_last() -> frozenset[str]:
    # The sources' last characters, a cheap first test.
    return frozenset(w[-1] for w in _han_sources())


def _uncased_tail_credit(tail: str, caption: str) -> bool:
    # A credit after a one-sentence caption in a script without capitals, where the
    # capitalised-name test cannot apply: "… بمدينة الأحساء. وكالة الأنباء السعودية" — one to
    # four words with no punctuation and no digit, after a caption of three to thirty words.
    words = tail.split()
    if not 1 <= len(words) <= 4 or len(tail) > 40 or caption.count(". ") or "?" in caption:
        return False
    if not caption.endswith((".", "!", "…")):
        return False  # a closing quote ('… بحيرة "تانا" مصدر …') ends no caption
    if not 3 <= len(caption.split()) <= 30:
        return False
    if any(ch.isupper() or ch.islower() or ch.isdigit() for ch in tail):
        return False  # a cased script: the name tests decide
    return all(ch.isalpha() or ch in " '’-" for ch in tail)


def _is_station_credit(inner: str, caption_length: int) -> bool:
    # A broadcaster and its channel number: "… on Tuesday. (WJKT News 5)".
    name, _, number = inner.rpartition(" ")
    return number.isdigit() and len(number) <= 2 and _is_name_credit(name, caption_length)


_WIDGET_WORDS = frozenset(
    ["gallery", "galleries", "slideshow", "album", "galerie", "galería", "galleria", "galeria"]
)
_NOT_DESKS = frozenset(["source", "sources", "update", "updated", "note", "correction", "see"])


def _initials_credit(inner: str) -> bool:
    # A broadcaster's, agency's or service's initials alone: "KDRW", "SWNS", "ACN".
    return 3 <= len(inner) <= 6 and inner.isalpha() and inner.isupper()


def _bare_caption_credit(said: str, inner: str) -> bool:
    # "The fire at the warehouse took nine hours to bring under control (Essex Fire
    # Service)", "… on Wednesday. (KDRW)": a caption of one sentence — with its full stop or
    # without, as many pages print captions — and in the closing brackets a name of two to
    # five capitalised words or a broadcaster's or agency's initials. A paragraph ends its
    # last sentence after the brackets, not before them; a list item or a heading is short
    # ("Jane Roe (Labour)"), so the caption must be five words or more, and a headline set
    # in Title Case is none.
    if not said or said[:1].islower() or said[:-1].count(". ") or len(inner) > 60:
        return False
    if not 5 <= len(said.split()) <= 40 or "%" in said:
        return False
    from .barecredits import is_handout

    if is_handout(inner) and not said.endswith((":", ",", ";")):
        # "A atriz … em cena de "Chão de Sal" (Divulgação)", "… (Reprodução)": a handout or
        # stock credit of the language data in the brackets closing a one-sentence caption
        return True
    if said[-1:].isalnum():
        if _title_case(said):
            return False  # a headline in Title Case: "… Day Returns (All Welcome)"
        return _is_name_credit(inner, len(said)) or _initials_credit(inner)
    return said[-1:] in ".!" and _initials_credit(inner)


def _desk_credit(inner: str) -> bool:
    # "(ABC News: Jane Roe)", "(Supplied: Harbour Trust)", "(Reuters: Tom Vale)": in a
    # caption's closing brackets, the desk or source, a colon, and the photographer or the
    # body that gave the picture (Australian and New Zealand broadcasters' style).
    desk, colon, name = inner.partition(": ")
    if not colon or len(inner) > 90 or name[-1:] in ".!?":
        return False
    desk_words, name_words = desk.split(), name.split()
    if desk.casefold() in _NOT_DESKS:
        return False  # "(Source: Statistics Canada)" under a paragraph: a citation
    return (
        1 <= len(desk_words) <= 4
        and 1 <= len(name_words) <= 7
        and desk_words[0][:1].isupper()
        and name_words[0][:1].isupper()
        and all(_credit_word_ok(w) for w in desk_words + name_words)
    )


def _clean_credit(credit: str) -> str | None:
    if "&nbsp" in credit:
        # Round 23 (leftg): "Photo Credit:&nbspIANS": a no-break space's HTML entity the
        # page printed as text, with or without its semicolon, is a space in a credit
        credit = credit.replace("&nbsp;", " ").replace("&nbsp", " ")
    credit = _without_widget(credit.strip()).strip("()（）【】").strip()
    if _GIVEN_BY in credit[:6]:
        credit = _unwrapped_gift(credit)
    # "Фото – Федерація біатлону України": the dash after a label is not the credit's
    credit = credit.lstrip("–—").strip()
    # "PHOTO | DAILY MERIDIAN": the bar after a label sets the credit off, as a colon does
    credit = credit.lstrip("|｜").strip()
    # "© Fergal Doyle": the sign is not the credit.
    credit = credit.removeprefix("©").removeprefix("(c) ").strip()
    folded = credit.casefold()
    # "picture alliance/dpa | Name": an agency whose name opens with a label word.
    first = folded.split("/")[0].split("|")[0].strip()
    agency = is_agency(first) or first in _PAGE_AGENCIES.get()
    sources = _PAGE_SOURCES.get()
    for label in () if agency else _PAGE_LABELS.get():
        # "Foto: Omroep Veluwezoom / Tim de Groot" inside brackets: the label goes.
        # Not before a slash: "Reprodução/EPTV", "Divulgação/Aesa" are credits as printed.
        joint = credit[len(label) : len(label) + 1]
        if joint == " " and label in sources:
            # "Courtesy of Theo Marchbanks", "Courtesy Harwick Trust": a source word run
            # into the giver's name is the credit's own wording, kept as printed (a colon
            # after it, "Courtesy: Name", makes it a label like "Photo:")
            continue
        if folded.startswith(label) and (
            joint in (":", "：", " ") or (joint in ("/", "／") and has_han_char(label[-1:]))
        ):
            # "圖／中央社": a Chinese label stands before a slash too
            credit = credit[len(label) :].lstrip(" :：/／").strip()
            break
    if credit[-1:] in _HAN_RELEASED and _han_agency(credit[:-1].strip()):
        credit = credit[:-1].strip()  # "新华社发" → "新华社"
    if credit[-2:] in ("摄影", "攝影") and len(credit) > 3 and has_han_char(credit[-3]):
        credit = credit[:-2].rstrip()  # "記者林佳慧攝影": "photography" goes
    if credit[-1:] in _SHOT_BY and len(credit) > 2 and (
        has_han_char(credit[-2]) or credit[-2].isspace()
    ):
        credit = credit[:-1].rstrip()  # "記者陳怡君攝", "通讯员　吴佳　摄": the verb goes
    credit = credit.rstrip("／/").rstrip()  # "記者張文瀚／攝影": the slash before the verb
    # "di Lucia Ferrandi", "Foto di …" (after the label): the word "by" is not the credit.
    head, _, rest = credit.partition(" ")
    if head in _CREDIT_BY and rest[:1].isupper():
        credit = rest
    if credit.endswith(".") and not credit.endswith(".."):
        # "Image: Tamsin Orley.": the full stop closes the line, it is no part of the name;
        # an initial or an abbreviation keeps its own ("Acme Inc.", "J.").
        last = credit[:-1].rsplit(None, 1)[-1] if credit[:-1].strip() else ""
        if len(last) >= 3 and last.isalpha() and last.casefold() not in _ABBREVIATIONS:
            credit = credit[:-1].rstrip()
    return credit or None


_ABBREVIATIONS = frozenset(["inc", "ltd", "corp", "bros", "assn", "dept", "univ"])
"""Abbreviations a credit may end with, full stop included ("Acme Inc.")."""


_CREDIT_BY = frozenset(["by", "di", "de", "da", "von", "par", "por", "door", "przez"])
"""The word "by" in the languages the reader knows, as a credit can open with it."""

def has_han_char(ch: str) -> bool:
    """True for one Han character."""
    return "\u4e00" <= ch <= "\u9fff"


_GIVEN_BY = "由"
"""Chinese "by" between a photo label and the giver's name ("图片由…提供")."""
_GIVEN_VERBS = ("提供", "供图", "供圖", "拍摄", "拍攝", "摄", "攝")
"""The verbs closing a Chinese credit wrapped round its name: "provided", "shot"."""


def _unwrapped_gift(credit: str) -> str:
    # Round 20 (smallcues): "图片由烈风战队提供" → "烈风战队", "照片由市博物馆拍摄" → "市博物馆":
    # a photo label of the page's language (``photo_labels``), "由" (by) and a verb
    # ("provided", "shot") wrap the giver's name, and the name is the credit (LABELS.md 6:
    # no label). A name with its verb and no label ("受訪者提供", "省农业农村厅供图") is not
    # wrapped and stays as printed. Guard: "由" among the first characters.
    at = credit.find(_GIVEN_BY, 1, 6)
    if at < 0 or credit[:at].casefold() not in _PAGE_LABELS.get():
        return credit
    given = credit[at + 1 :].strip()
    verb = next((v for v in _GIVEN_VERBS if given.endswith(v)), "")
    if not verb or len(given) <= len(verb) + 1:
        return credit
    return given[: len(given) - len(verb)].strip()


_SHOT_BY = ("摄", "攝")
"""Chinese captions name the photographer before the verb "photographed": "孙浩 摄"."""
_SHOT_BY_CREDIT = lazy_pattern(
    r"(?:^|[。！？」”\s\u3000（(])(?P<credit>[^。！？（）()\s\u3000][^。！？（）()\u3000]{0,20}?)"
    r"[\s\u3000][摄攝][)）]?$"
)
"""The photographer and the verb, set apart by a space ("孙浩 摄", "（记者 王敏 摄）");
"拍摄" inside a sentence is the verb "to film", not a credit."""

_SHOT_AFTER_SENTENCE = lazy_pattern(
    r"[。！？][\s\u3000]+(?P<credit>[^。！？（）()\s\u3000][^。！？（）()]{1,24}?)[摄攝]$"
)
"""The credit set apart from the caption's last sentence by spaces, the verb glued to the
name: "…清洗光伏板。　　本报记者　王浩然摄" (the People's Daily prints it so)."""

_SHOT_GLUED_AFTER_SENTENCE = lazy_pattern(
    r"[。！？](?P<credit>[^。！？，,、：:（）()\s\u3000]{2,8}"
    r"[ \u3000][^。！？，,、：:（）()\s\u3000]{2,4})[摄攝]$"
)
"""Round 22 (leftc): the credit glued to the caption's last sentence, a label word, one
space and the name glued to the verb: "…发表见解。本报记者 李钊摄", "…外景。通讯员 吴佳摄"."""


def _credit_label_start(text: str, start: int) -> int:
    # Where a Chinese photo credit starts when a one-word label stands before the name,
    # set off by spaces: "…采收黄瓜。　　本报记者　韩思远　摄" — the label ("本报记者",
    # "通讯员", "新华社记者") goes with the credit, as it does when glued to the name.
    # The label is one word of Han characters after the caption's last sentence or after a
    # run of two spaces (how the paper sets the credit apart); else ``start`` stands.
    before = text[:start].rstrip(" \u3000")
    cut = max(before.rfind(" "), before.rfind("\u3000")) + 1
    word, prior = before[cut:], before[:cut]
    if not (2 <= len(word) <= 6 and all(map(has_han_char, word))):
        return start
    bare = prior.rstrip(" \u3000")
    if not bare or not (bare.endswith(("。", "！", "？")) or len(prior) - len(bare) >= 2):
        return start
    return cut


_HAN_TAIL_CREDIT = lazy_pattern(
    r"[。！？](?P<credit>[^。！？，,、（）()\s\u3000]{2,16}?"
    r"(?:[／/](?:攝影|摄影|攝|摄)|提供|供图|供圖))$"
)
"""A credit glued after a Chinese caption's last sentence, no space between: the name and a
slashed "photography" ("記者張文瀚／攝影") or "provided" ("省农业农村厅供图")."""
_SLASHED_VERB = lazy_pattern(r"[／/](?:攝影|摄影|攝|摄)$")

_PAGE_LABELS: ContextVar[tuple[str, ...]] = ContextVar("page_labels", default=())
"""The picture-credit labels of the page's language ("foto", "bild", "fot", "图片来源")."""


_PAGE_AGENCIES: ContextVar[frozenset[str]] = ContextVar("page_agencies", default=frozenset())
"""The news and photo agencies of the page's language ("dpa", "picture alliance")."""

_PAGE_SOURCES: ContextVar[tuple[str, ...]] = ContextVar("page_sources", default=())
"""The sources a credit names without a label in the page's language ("пресс-служба")."""

_PAGE_FIGURE_SOURCES: ContextVar[tuple[str, ...]] = ContextVar("page_figure_sources", default=())
"""The source labels a caption may end with in the page's language ("来源", "źródło",
"источник"): data ``figure_source_labels``, longest first."""

_Tokens = tuple[
    Token[tuple[str, ...]], Token[frozenset[str]], Token[tuple[str, ...]], Token[tuple[str, ...]]
]

_PAGE_WIDGETS: ContextVar[tuple[str, ...]] = ContextVar("page_widgets", default=())
"""The buttons glued after a photo's credit in the page's language ("Bildnachweis anzeigen",
"Image attribution tooltip"), longest first; set by :func:`use_credit_widgets`."""


_PAGE_TAILS: ContextVar[tuple[str, ...]] = ContextVar("page_tails", default=())
"""The picture words that close a bracketed credit in the page's language ("staff photo",
"foto"), longest first; set by :func:`use_credit_widgets` (data ``photo_credit_tails``)."""


def use_credit_widgets(
    widgets: tuple[str, ...], tails: tuple[str, ...] = ()
) -> tuple[Token[tuple[str, ...]], Token[tuple[str, ...]]]:
    """Let :func:`split_caption` know the credit buttons of the page being read (data:
    ``credit_widgets``) and the picture words that close a bracketed credit (data:
    ``photo_credit_tails``); reset with :func:`reset_credit_widgets`."""
    return _PAGE_WIDGETS.set(widgets), _PAGE_TAILS.set(tails)


def reset_credit_widgets(token: tuple[Token[tuple[str, ...]], Token[tuple[str, ...]]]) -> None:
    """Undo :func:`use_credit_widgets`."""
    _PAGE_WIDGETS.reset(token[0])
    _PAGE_TAILS.reset(token[1])


def _tailed_credit(inner: str, said: str) -> bool:
    # Round 25 (pq68): "… on Saturday. (Kitecon staff photo)", "(Ridgeline Events photo)":
    # the brackets after a caption's one sentence hold the giver's name and then a picture
    # word of the page's language (data ``photo_credit_tails``). Every word before that word
    # is capitalised (a name, not "(see the photo)"), at most six of them. Guard: asked only
    # of a bracket closing a line, after the cheap checks of the sentence before it.
    if len(inner) > 60 or said[-1:] not in ".!?" or said[:-1].count(". ") or len(said) > 300:
        return False
    folded = inner.casefold()
    for tail in _PAGE_TAILS.get():
        if folded.endswith(tail) and folded[-len(tail) - 1 : -len(tail)] == " ":
            words = inner[: -len(tail)].split()
            return 1 <= len(words) <= 6 and all(w[:1].isupper() for w in words)
    return False


def _without_widget(credit: str) -> str:
    # ``credit`` without a credit button a copy glued onto its end ("Foto: Name
    # Bildnachweis anzeigen" → "Foto: Name"): the button's text is the widget, not the name.
    # Only after a space, and only when something is left before it.
    folded = credit.casefold()
    for widget in _PAGE_WIDGETS.get():
        if folded.endswith(widget) and len(credit) > len(widget):
            head = credit[: len(credit) - len(widget)]
            if head[-1:].isspace() and head.strip():
                return head.rstrip(" ·|–—-").rstrip()
    return credit


def use_photo_labels(
    labels: tuple[str, ...],
    agencies: frozenset[str] = frozenset(),
    sources: tuple[str, ...] = (),
    figure_sources: tuple[str, ...] = (),
) -> _Tokens:
    """Let :func:`split_caption` know the credit labels, agencies and unlabelled credit
    sources of the page being read.

    They are data (``syndicate/readers/language/data``); the reader sets them once per
    parse and resets them with the returned token.
    """
    return (
        _PAGE_LABELS.set(labels),
        _PAGE_AGENCIES.set(agencies),
        _PAGE_SOURCES.set(sources),
        _PAGE_FIGURE_SOURCES.set(figure_sources),
    )


def reset_photo_labels(token: _Tokens) -> None:
    """Undo :func:`use_photo_labels`."""
    _PAGE_LABELS.reset(token[0])
    _PAGE_AGENCIES.reset(token[1])
    _PAGE_SOURCES.reset(token[2])
    _PAGE_FIGURE_SOURCES.reset(token[3])


_SOURCE_JOINTS = frozenset(" :：,，/／(（-–—")


def _sourced_credit(text: str) -> str | None:
    # A credit printed without a label that names its source in the page's words:
    # "пресс-служба мэрии Ярославля", "личный архив автора", "Handout", "المركز الإعلامي
    # للنادي", "资料图". Lower case is no objection here: the source word says it is a credit.
    # A short line only, with no sentence end ("Archives show that …" is a sentence).
    sources = _PAGE_SOURCES.get()
    if not sources or len(text) > 80 or text[-1:] in ".!?。！？:：;":
        return None
    if len(text.split()) > 8:
        return None
    folded = text.casefold()
    for source in sources:
        if folded.startswith(source) and (
            len(folded) == len(source)
            or folded[len(source)] in _SOURCE_JOINTS
            or has_han_char(source[-1])
        ):
            return text.strip()
    return None


@functools.cache
def _page_label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(page_label_source(labels), re.IGNORECASE)


def page_label_source(labels: tuple[str, ...]) -> str:
    """The pattern of a credit after one of ``labels`` (compiled with ``re.IGNORECASE``).

    The labels are a language's data, so the pattern cache holds this pattern for each
    language's labels (``patterncache``): a first parse then compiles none of it (and does
    not import :mod:`re` for it)."""
    words = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return (
        # "、" and "＝" set a Japanese credit off after the caption's place and date
        # ("…作り直した＝東浜町で3月13日、写真：大森 健吾"; round 23 morelangs2)
        rf"(?:^|(?<=[\s(（【。、＝]))(?:{words})(?:\s*[:：/／｜]\s*|\.?\s+)"
        r"(?P<credit>[^()（）【】\s][^()（）【】]{0,80}?)[)）】]?\s*$"
    )


def ends_with_photo_label(text: str) -> bool:
    """True when ``text`` ends with one of the page's photo labels and its colon ("… durante
    a manhã. Fotografia:"): the dump wrapped the credit's name onto the next line."""
    if not text.endswith((":", "：")):
        return False
    tail = text.casefold().rstrip(" :：")
    return any(tail.endswith(" " + label) for label in _PAGE_LABELS.get())


def opens_with_photo_label(text: str) -> bool:
    """Round 23 (scrapedl): ``text`` opens with one of the page's photo labels, and no
    letter or digit runs on from the label ("фото предоставлено пресс-службой …",
    "fot. Urząd Miasta", "photo: the author")."""
    folded = text.casefold()
    for label in _PAGE_LABELS.get():
        if folded.startswith(label) and (
            len(folded) == len(label) or not folded[len(label)].isalnum()
        ):
            return True
    return False


def _page_label(text: str) -> CaptionParts | None:
    # A credit after one of the page's labels: ``… Foto: Name``, ``Fot. PAP/Name``.
    labels = _PAGE_LABELS.get()
    if not labels:
        return None
    # The label stands at most a short credit before the end of the line: look there only.
    window = max(0, len(text) - 100)
    tail = text[window:].casefold()
    if not any(label in tail for label in labels):
        return None
    pattern = _page_label_pattern(labels)
    match = pattern.search(text, window)
    parts = _labelled_credit(text, window, pattern, match, labels)
    if parts is None and match is not None and _bare_joint(text, match):
        # Round 20 (captions): "Mapa com as ruas encerradas … Imagem: CM Vila Nova": a label
        # word opening the caption ("Mapa", "Foto der …") is no credit's label; a label
        # further on, set off by its colon, may still be one (a bare word there, "… en una
        # imagen de archivo. / Name", is left to the other forms).
        later = pattern.search(text, match.start("credit"))
        if later is not None and not _bare_joint(text, later):
            parts = _labelled_credit(text, window, pattern, later, labels)
    return parts


def _bare_joint(text: str, match: re.Match[str]) -> bool:
    # The label of ``match`` stands bare: no colon, slash or bar after it.
    return not any(mark in text[match.start() : match.start("credit")] for mark in ":：/／｜")


def _labelled_credit(
    text: str,
    window: int,
    pattern: re.Pattern[str],
    match: re.Match[str] | None,
    labels: tuple[str, ...],
) -> CaptionParts | None:
    # The caption and credit of ``text`` split at the label ``match`` found, or None.
    if match is not None and window and match.start() > window:
        # The window may open between two labels of one credit ("… yard. (Photo courtesy
        # of Maple Ridge Unified)" with "Photo" before it): the label just before the match
        # opens the credit.
        word = text.rfind(" ", 0, match.start() - 1) + 1
        while word < match.start() and text[word] in "(（【":
            word += 1
        earlier = pattern.match(text, word) if word < match.start() else None
        if earlier is not None and earlier.end() == match.end():
            match = earlier
    # A credit ends no sentence, and no line that announces what comes below it ("… on a
    # tape image like this:"): a colon at the end is a sentence's, not a credit's.
    if match is None or match.group("credit").rstrip().endswith(
        (".", "!", "?", "。", ":", "：", "؟", "？")  # a question is no credit either
    ):
        return None
    joint = text[match.start() : match.start("credit")]
    bracketed = text[: match.start()].rstrip().endswith(("(", "（")) and text.endswith((")", "）"))
    # "(foto Vigili del fuoco)": the brackets set the credit off
    # "…留影。图｜县档案馆": a full-width bar sets a Chinese credit off as a slash does
    bare = not any(mark in joint for mark in ":：/／｜") and not bracketed
    if bare and not _name_like(match.group("credit")):
        return None  # "Ver video Así funcionan las pantallas": a label word in a sentence
    if bare and match.group("credit").casefold().strip() in _WIDGET_WORDS:
        return None  # "Photo Gallery", "Fotogalerie": a link to the pictures, no credit
    first = match.group("credit").split()[0]
    credit_text = match.group("credit")
    nested = bare and ":" not in credit_text and _opens_with_label(credit_text, labels)
    if (
        bare
        and first.isalpha()
        and first.islower()
        and (":" not in credit_text or len(credit_text.split()) >= 6)
        and not nested
    ):
        # "Police release photos in Dec. 22 bank robbery", "… with Video in 2020: Vidyard
        # Introduces New Features …": a headline's noun; a credit is a few names
        return None
    # "© Foto: Name", "© foto di Name": the sign over a picture label is the credit's own.
    caption = text[: match.start()].rstrip(" (（【|-–—©、＝")
    if nested:
        # "Photo courtesy of Frostline Logistics": the outer label goes, the giver's words
        # stay, as under "Photo: Courtesy of …"
        credit = match.group("credit").strip().rstrip(")）】").strip()
        return CaptionParts(_clean_caption(caption), credit or None, "figure.credit-label")
    credit = match.group("credit")
    whole = text[match.start() :].strip()
    if joint.strip().casefold() in _PAGE_SOURCES.get() and not any(m in joint for m in ":："):
        credit = whole  # "Courtesy Harwick Trust": the source word is the credit's own
    if whole.casefold().split("/")[0].split("|")[0].strip() in _PAGE_AGENCIES.get():
        credit = whole  # "picture alliance/dpa | Name": the label word opens an agency's name
    prev = caption.rsplit(" ", 1)[-1]
    if "/" in joint and "/" in prev and prev[-1:] != "/":
        # Round 24 (capkinds): "… 2024. REUTERS/Tom Hadley/File Photo/File Photo": the
        # label is one link of a slashed credit chain, not its opening; the chain is read
        # whole after the caption's last sentence (``figure.trailing-credit``)
        return None
    if "/" in joint and prev[:1].isupper() and is_credit(f"{prev} {whole}"):
        # "… 2025. AP Photo/Renata Fuentes": the label is inside the agency's credit form
        caption, credit = caption[: len(caption) - len(prev)], f"{prev} {whole}"
    return CaptionParts(_clean_caption(caption), _clean_credit(credit), "figure.credit-label")


def outlet_credit(text: str) -> bool:
    """"Ewan Latto for Northlight", "Thibaut Vergoz pour L'Écho des Alpes", "Ana Ruiz via
    Reuters": a photographer and the outlet they worked for, capitalised words joined by
    "for" in the languages the reader knows (or "via"), no sentence end."""
    words = text.split()
    if not 3 <= len(words) <= 8 or text.endswith((".", "!", "?", ":")):
        return False
    joint = next(
        (k for k in range(1, len(words) - 1) if words[k] in _CREDIT_FOR_WORDS or words[k] == "via"),
        0,
    )
    if not joint or not is_name(" ".join(words[:joint])):
        return False  # a person first: "Plans for the Future" is a subhead
    return all(
        w[:1].isupper() or w in _CREDIT_PARTICLES or w in ("via", "of", "the", "&") for w in words
    )


def alt_over_caption(alt: Line, below: Line | None, after: Line | None) -> bool:
    """An image's alternative text printed on its own line right over the caption that
    names the same thing ("Alder Street Pool" / "The Alder Street Pool opened in 1974."), as
    w3m and select-all copies print a figure: a few words without a sentence end set apart
    above, no blank line between them, every word again inside the one sentence under
    them, and a blank line after it (a subhead runs on into its paragraph's sentences)."""
    if below is None or below.number != alt.number + 1:
        return False
    if below.text[:1] == alt.text[:1] and _alt_opens_credited_caption(alt.text, below, after):
        return True
    if below.blank_before:
        return False
    if not alt.blank_before or (after is not None and not after.blank_before):
        return False
    words = alt.text.split()
    if not 2 <= len(words) <= 6 or alt.text.endswith((".", "!", "?", ":")):
        return False
    caption = below.text
    parts = split_caption(caption) if not caption.endswith((".", "!", "?", ")")) else None
    if parts is not None and parts.caption and parts.credit:
        caption = parts.caption  # "… vor dem Gemeindeamt. Foto: Name": the caption's sentence
    sentence = caption.rstrip(".!?)")
    if not caption.endswith((".", "!", "?", ")")) or len(caption.split()) > 25:
        return False
    if any(mark in sentence for mark in (". ", "! ", "? ")):
        return False
    if len(caption) <= len(alt.text) + 10:
        return False
    if alt.text.casefold() in caption.casefold():
        return True
    # "Bus vor dem Gemeindeamt" over "… des neuen Busses vor dem Gemeindeamt.": each word of
    # the alt text opens a word of the caption (an inflected noun ends otherwise)
    under = [w.strip(".,;:!?()«»\"'“”„").casefold() for w in caption.split()]
    return all(any(u.startswith(w.casefold()) for u in under) for w in words)


def _alt_opens_credited_caption(alt: str, below: Line, after: Line | None) -> bool:
    # Round 21 (altlines): "Voluntarias pasean a dos galgos" over "Voluntarias pasean a dos
    # galgos por el camino del refugio, el domingo. Foto: Name": the alt text is the caption's
    # first words (or the caption without its sentence end), printed on the line right over
    # the caption, as select-all copies and inscriptis print a figure with no blank line
    # between. The caption carries a credit, glued or alone on the line under it, which a
    # subhead's paragraph never does; the alt line has two words or more and no sentence end.
    words = alt.split()
    if not 2 <= len(words) <= 24 or alt.endswith((".", "!", "?", ":", ";", ",")):
        return False
    caption = below.text
    if not caption.casefold().startswith(alt.casefold()) or len(caption.split()) > 60:
        return False
    parts = split_caption(caption)
    if parts is not None and parts.caption and parts.credit:
        return parts.caption.casefold().startswith(alt.casefold())
    if parts is not None or not caption.endswith((".", "!", "?")) or after is None:
        return False
    if after.number > below.number + 2:
        return False
    credit = split_caption(after.text)
    return credit is not None and not credit.caption and bool(credit.credit)


def _opens_with_label(credit: str, labels: tuple[str, ...]) -> bool:
    # A second label opens the credit ("Photo courtesy of Frostline Logistics"): the two
    # words label one credit, whose giver the second names; kept in the credit, as printed.
    key = credit.casefold()
    return any(
        key.startswith(label) and key[len(label) : len(label) + 1] == " "
        for label in labels
    )


def _name_like(credit: str) -> bool:
    # A credit printed after a bare label ("Photo Lucie Ferrand", "foto Guardia costiera",
    # "Photo RL /Gilles Wirtz") names people or an agency: half its words or more are
    # capitalised (or hold a slash); words without case (Chinese, Arabic) pass.
    words = [w for w in credit.split() if w[:1].isalpha()]
    if len(words) < 3:
        return True  # "Photo DR", "Foto Cecchin", BBC's "Image source," over its credit
    cased = [w for w in words if w[:1].isupper() or w[:1].islower()]
    if not cased:
        return True
    capital = sum(1 for w in cased if w[:1].isupper() or "/" in w)
    return 2 * capital >= len(cased)


def without_rights_mark(caption: str) -> str:
    """The caption without an agency's rights notice after a dash ("… visto dall'alto -
    RIPRODUZIONE RISERVATA"); rights phrases of every language's data."""
    head, dash, tail = caption.rpartition(" - ")
    if not dash:
        head, dash, tail = caption.rpartition(" – ")
    if not dash or len(tail) > 40 or not head.strip():
        return caption
    from ..language.cues import merged_words

    marked = tail.strip(" .").casefold() in merged_words("rights_phrases")
    return head.rstrip() if marked else caption


_GALLERY_LEAD = lazy_pattern(r"^\d{1,3} ?(?:/|[^\W\d_]{1,3}) ?\d{1,3} +(?=[^\W\d_])")
"""A gallery's counter glued before a caption ("1 de 3 Rachaduras …", "1/9 Start …")."""


def _clean_caption(caption: str) -> str | None:
    # "… (SP) — Foto: Name": the dash or bar that joined caption and credit is neither.
    caption = without_alt_echo(_without_image_label(caption.strip()))
    if caption[:1].isdigit() and (lead := _GALLERY_LEAD.match(caption)) is not None:
        rest = caption[lead.end() :]
        if rest[:1].isupper() and len(rest.split()) >= 3:
            caption = rest  # the slide's number, not the caption's words
    if caption.endswith(" --"):  # a typewriter dash ("--") stands for "—"
        caption = caption[:-2].rstrip()
    # "… en el teatro. / FOTO: Name": a slash joins caption and credit as a dash does.
    if caption[-1:] in "-–—|/" and caption[-2:-1].isspace():
        caption = caption[:-1].rstrip()
    return caption or None


_IMAGE_LABEL = lazy_pattern(r"^\[(?=[^\[\]]*[^\W\d_])[^\[\]]{1,160}\]\s+(?=\S)")
"""An image printed as its bracketed alt text at the caption's start (lynx and w3m print
``[alt]``; a hard-wrapped dump joins it to the caption under it); never a lynx link mark
``[12]``."""


def _without_image_label(caption: str) -> str:
    # "[Luftbild einer Stadt …] Vergrößern Luftbild von Halle …": the image's bracketed alt
    # text and its enlarge button (a share word of any language's data) before the caption
    # go; the caption is what follows.
    if caption[:1] != "[" or (match := _IMAGE_LABEL.match(caption)) is None:
        return caption
    rest = caption[match.end() :]
    first, _, after = rest.partition(" ")
    from ..language.cues import merged_words

    if after and first.casefold() in merged_words("share_words"):
        rest = after
    return rest if len(rest.split()) >= 3 else caption


def without_alt_echo(caption: str) -> str:
    """"Октябрьский мост Октябрьский мост через реку Вологду.": a dump printed the image's
    alt text (two to six words) right before the caption that opens with the same words;
    the first copy goes. One word twice is a name ("Bora Bora"), not an echo."""
    words = caption.split()
    for n in range(min(6, len(words) // 2), 1, -1):
        if words[:n] == words[n : 2 * n] and len(words) > 2 * n:
            return " ".join(words[n:])
    # "La sala del teatro La sala restaurata del Teatro …": the alt text names the picture
    # in other words; the caption opens again with a capital after a lower-case word and
    # takes up one of the alt's words and one of its nouns.
    # Round 21 (figures): an alt of up to eight words ("Anglers at a boat ramp at dawn
    # Anglers launch at …"); in a script without capitals the caption opens again on the
    # alt's first word ("مقر الرمال مقر «الرمال القابضة» …").
    for n in range(2, min(9, len(words) - 3)):
        head, rest = words[:n], words[n:]
        first = rest[0][:1]
        if first.isupper() and head[-1][:1].islower() and head[-1].isalpha():
            pass
        elif first.isalpha() and first.upper() == first.lower() and rest[0] == head[0]:
            pass  # uncased: the first word again
        else:
            continue
        later = {w.casefold().strip(",.«»\"“”()") for w in rest}
        if rest[0].casefold() in {w.casefold() for w in head} and any(
            len(w) >= 4 and w.casefold() in later for w in head[1:]
        ):
            return " ".join(rest)
    return caption


_LABEL_ENDS = (":", ",", "：", "，", "،")
"""What separates a caption label from the caption: a colon, or BBC's comma."""


def _after_caption_label(text: str) -> str | None:
    # The caption after a caption label of any language ("Legende:", "Image caption,",
    # "Legenda da foto,", "图像加注文字，"), or None when the line opens with none.
    head = text[:40]
    cuts = [head.find(mark) for mark in _LABEL_ENDS if mark in head]
    if not cuts:
        return None
    cut = min(cuts)
    if cut <= 0 or text[:cut].strip().casefold() not in _caption_labels():
        return None
    rest = text[cut + 1 :].strip()
    return rest if len(rest) >= 8 else None


def opens_with_caption_label(text: str) -> bool:
    """True when ``text`` opens with a caption label ("Legende:", "Bildunterschrift:")."""
    return _after_caption_label(text) is not None


@functools.cache
def _caption_labels() -> frozenset[str]:
    from ..language.cues import merged_words

    return merged_words("caption_labels")


def split_caption(text: str) -> CaptionParts | None:
    """Split a caption line into caption and credit, or None when it is not one."""
    half = (len(text) - 1) // 2
    if half >= 20 and text[half] == " " and text[:half] == text[half + 1 :]:
        # round 22 (leftc): "Хід навколо храму. Фото: X Хід навколо храму. Фото: X": a
        # caption printed twice on one line (the image's alt and its caption glued) is one
        text = text[:half]
    # The decoder, the header and the body each ask about the same lines: asked once per
    # line and page language (the labels and agencies are part of the question).
    return _split_once(
        text,
        _PAGE_LABELS.get(),
        _PAGE_AGENCIES.get(),
        _PAGE_SOURCES.get(),
        _PAGE_FIGURE_SOURCES.get(),
    )


@functools.lru_cache(maxsize=4096)
def _split_once(
    text: str,
    labels: tuple[str, ...],
    agencies: frozenset[str],
    sources: tuple[str, ...],
    figure_sources: tuple[str, ...] = (),
) -> CaptionParts | None:
    parts = _split_caption(text)
    if parts is not None and parts.credit and not any(ch.isalpha() for ch in parts.credit):
        return None  # "Фото 1 / 4", "Photo 3/12": a gallery's counter names nobody
    if parts is not None and parts.credit and parts.caption == "null":
        # Round 22 (scrapede): "null Beeld Name": a page printed the image's empty alt
        # text as the word "null" before the credit; the photo has no caption
        return CaptionParts(None, parts.credit, parts.rule)
    if parts is not None and parts.credit and parts.caption:
        caption = without_sign(parts.caption)
        if caption != parts.caption:
            return CaptionParts(caption or None, parts.credit, parts.rule)
    if parts is not None and parts.credit and not parts.caption:
        slashed = _slashed_caption(parts.credit)
        if slashed is not None and not _credit_labelled(text, parts.credit):
            return CaptionParts(slashed[0], slashed[1], parts.rule)
    return parts


def _media_tag(inner: str) -> bool:
    # Round 25 (scrapedp): "Посівна кампанія … добігає кінця (ВІДЕО)", "Nowy park … (FOTO)",
    # "… (ФОТО, ВІДЕО)": a headline's tag saying the story holds photos or a video — one to
    # three photo or video words of the page's picture labels (``photo_labels``) and
    # nothing else in the bracket — names nobody: no credit.
    words = inner.replace(",", " ").replace("/", " ").split()
    labels = _PAGE_LABELS.get()
    return 0 < len(words) <= 3 and all(word.casefold() in labels for word in words)


def _credit_labelled(text: str, credit: str) -> bool:
    # Round 21 (altlines): "Crédit photo : Communauté de communes / Name", "Photo credit:
    # Harbour Trust / Name": the label before the credit names a credit, not the photo
    # (``credit_labels``, every language merged), so the words after it are the credit whole,
    # both sides of the slash. Asked only of a labelled line with a spaced slash.
    at = text.rfind(credit)
    label = text[:at].strip(" :：-–—").casefold() if at > 0 else ""
    return bool(label) and label in _credit_label_words()


@functools.cache
def _credit_label_words() -> frozenset[str]:
    from ..language.cues import merged_words

    return merged_words("credit_labels")


def _slashed_caption(credit: str) -> tuple[str, str] | None:
    # "Фото: Новое депо на улице Заречной / пресс-служба мэрии": after the label, the
    # caption and the credit set apart by a spaced slash. The part before the slash
    # describes (four words or more, two of them lower-case words: "Jane Doe / AFP" names
    # two credits); the part after it is a short credit of one to six words.
    if credit.count(" / ") != 1:
        return None
    caption, _, source = (part.strip() for part in credit.partition(" / "))
    words = caption.split()
    if len(words) < 4 or not 1 <= len(source.split()) <= 6:
        return None
    lower = sum(1 for w in words[1:] if w[:1].isalpha() and w[:1].islower())
    return (caption, source) if lower >= 2 else None


def without_sign(caption: str) -> str:
    """The caption without a copyright sign left at its end ("… Playhouse. © Photo: Name"
    split before the label, or wrapped with the sign on the caption's line and "Photo:
    Name" on the next): the sign labels the credit, it is no word of the caption."""
    if caption.endswith(("©", "(c)", "(C)")) and caption[:-1].rstrip():
        return caption.removesuffix("©").removesuffix("(c)").removesuffix("(C)").rstrip()
    return caption


_ARCHIVE_NOTES = frozenset(
    [
        "صورة أرشيفية", "صورة ارشيفية", "أرشيفية", "ارشيفية", "صورة من الأرشيف",
        "архивное фото", "фото из архива", "архівне фото", "фото з архіву", "file photo",
        "archive photo", "archivbild", "archivfoto", "photo d'archive", "photo d’archive",
        "foto de archivo", "foto d'archivio", "zdjęcie archiwalne", "archieffoto",
    ]
)
"""A note in brackets that the photo is an old one ("(صورة أرشيفية)", "(архивное фото)",
"(file photo)"): part of the caption like "FILE - " (LABELS.md 7), nobody's credit."""


def _split_caption(text: str) -> CaptionParts | None:
    if len(text) > 600:
        return None
    if text[-1:] == ")" and ":" in text[:24]:
        # Round 23 (capforms): "Photo : Le maire coupe le ruban (Crédit : Mairie)"
        labelled = _label_caption_bracket_credit(text)
        if labelled is not None:
            return labelled
    if " / " in text and ":" in text:
        # Round 24 (capkinds): "Archiwum prywatne / Name / Na zdjęciu: Ławki …"
        first = _credit_first_subject(text)
        if first is not None:
            return first
    if text[-1:] == "." and text[-2:-1].isalpha() and len(text) <= 400:
        # Round 23 (capforms): "… на дне затона. Фото Дмитрий ЛАПИН."
        closing = _bare_label_credit_with_stop(text)
        if closing is not None:
            return closing
    if text[:1] in _CAPTION_MARKS and 4 <= len(text) <= 160 and text[1:].strip():
        # "▲ 修表铺里的工作台": Chinese pages mark the caption under a picture with a
        # triangle or an arrow; the credit, if any, is read from the rest.
        rest = text[1:].lstrip()
        inner = split_caption(rest) if rest[:1] not in _CAPTION_MARKS else None
        if inner is not None and inner.caption:
            mark = text[: len(text) - len(rest)]
            return CaptionParts(mark + inner.caption, inner.credit, inner.rule)
        return CaptionParts(text, None, "figure.caption-mark")
    if " :: " in text and text.count(" :: ") == 1:
        # "… tras empotrarse un camión en Granada. :: g. c.", "… en la plaza. :: EFE": a
        # Spanish group's papers set the credit apart by a double colon after the caption's
        # last sentence ("Inicio :: Local" is a breadcrumb: no sentence ends before it)
        head, _, tail = (part.strip() for part in text.partition(" :: "))
        if (
            head.endswith((".", "!", "?", '."', ".»", ".”"))
            and len(head.split()) >= 3
            and tail
            and len(tail) <= 50
            and len(tail.split()) <= 6
        ):
            return CaptionParts(_clean_caption(head), tail, "figure.double-colon-credit")
    at = text.find("./", 4)
    if at > 0 and text[at - 1].isalpha() and text[at + 2 : at + 3].isalpha():
        # "… par les pompiers./Photo DDM", "… del Lavatoio./Foto Name": the slash glued to
        # the full stop and to the credit (French and Italian regional sites)
        inner = _split_caption(f"{text[: at + 1]} {text[at + 2 :]}")
        if inner is not None and inner.caption and inner.credit:
            return inner
    glued = _GLUED_LABEL.search(text) if any(w in text for w in _GLUED_WORDS) else None
    if glued is not None and (glued.group("twice") or not glued.group("space")):
        rest = text[glued.end() :].lstrip()
        inner = _split_caption(f"{text[: glued.start()]} {glued.group('label')}: {rest}")
        if inner is not None and inner.credit:
            return inner
    if " - " in text and len(text) <= 200:
        head, _, note = text.rpartition(" - ")
        if head.strip() and note.casefold().strip(" .") in _ARCHIVE_NOTES and len(head) >= 4:
            # "البورصة المصرية - أرشيفية", "Здание суда - архивное фото": the note after a
            # dash, as Egyptian dailies print it, says what the bracket says
            return CaptionParts(_clean_caption(text), None, "figure.archive-note")
    close = text[-1:]
    if close in ")）" and len(text) <= 200:
        open_at = text.rfind("(" if close == ")" else "（")
        if open_at > 0 and text[open_at + 1 : -1].casefold().strip(" .") in _ARCHIVE_NOTES:
            # "مبنى الوزارة بالقاهرة (صورة أرشيفية)": a caption whose bracket only says the
            # photo is an old one; any credit stands before the note
            inner = split_caption(text[:open_at].rstrip())
            if inner is not None and inner.caption and inner.credit:
                return inner
            return CaptionParts(_clean_caption(text), None, "figure.archive-note")
    match = _IMAGE_SOURCE.match(text)
    if match:
        return CaptionParts(None, _clean_credit(match.group(1)), "figure.image-source")
    caps = _CAPS_CREDIT.match(text) if text[:1].isupper() and len(text) <= 80 else None
    if caps is not None and (
        caps.group("outlet") in _NOT_OUTLETS
        or (caps.group("name") and caps.group("name").split()[0] in _NOT_OUTLETS)
        or (caps.group("name") and len(caps.group("name").split()) > 6)
    ):
        caps = None  # "THE PHOTOS", "PHOTOS: THE BEST OF THE SHOW": a heading's words
    if caps is not None and (caps.group("outlet") or caps.group("name")):
        # The outlet's initials are part of the credit, like an agency's ("AP Photo/Name",
        # LABELS.md rule 7); a bare "PHOTO:" label is not ("PHOTO: REUTERS" → "REUTERS").
        credit = text if caps.group("outlet") else caps.group("name")
        return CaptionParts(None, credit.strip(), "figure.credit-label")
    match = _IMAGE_CAPTION.match(text)
    if match:
        return CaptionParts(_clean_caption(match.group(1)), None, "figure.image-caption")
    rest = _after_caption_label(text)
    if rest is not None:
        # "Legende: Schneeräumung am Pass. KEYSTONE/Name", "Pie de foto, …": the label goes,
        # the rest is read as a caption line of its own (its credit split off).
        inner = split_caption(rest)
        if inner is not None and inner.caption:
            return CaptionParts(inner.caption, inner.credit, "figure.image-caption")
        return CaptionParts(_clean_caption(rest), None, "figure.image-caption")
    close = text[-1:]
    if close in ")）" and ("(" if close == ")" else "（") in text:
        open_at = text.rfind("(" if close == ")" else "（")
        inner = text[open_at + 1 : -1].strip()
        labelled = _LABEL.match(inner)
        credit = labelled.group(1) if labelled else inner
        if labelled is None and inner[:1] == "©" and inner[1:].strip()[:1].isalnum():
            # "… abrufbar sind. (© BBG, Luftbildarchiv)": the sign is the credit's label
            labelled, credit = True, inner[1:].strip()
        # "… a shift. (Ines Varga)": a name alone in parentheses after a finished sentence.
        after_sentence = text[:open_at].rstrip()[-1:] in ".!?" and (
            _is_name_credit(inner, open_at) or _is_station_credit(inner, open_at)
        )
        known = inner.casefold() in _PAGE_AGENCIES.get()  # "(LaPresse)", "(Belga)"
        uncased = _uncased_credit(inner, open_at)
        said = text[:open_at].rstrip()
        desk = (
            said[-1:] in ".!?"
            and said[:-1].count(". ") == 0  # one sentence: a caption, not a paragraph
            and len(said.split()) <= 40
            and _desk_credit(inner)
        )
        archive = inner.casefold().strip(" .") in _ARCHIVE_NOTES or _media_tag(inner)
        bare = _bare_caption_credit(said, inner)
        tailed = not archive and _tailed_credit(inner, said)
        if (
            labelled
            or is_credit(inner)
            or after_sentence
            or known
            or uncased
            or desk
            or bare
            or tailed
        ) and not archive:
            return CaptionParts(
                _clean_caption(text[:open_at]),
                _clean_credit(credit),
                "figure.credit-in-parentheses",
            )
    labelled = _LABEL.search(text)
    if labelled and labelled.start() == 0:
        # "Foto: De stal is grotendeels verwoest. Beeld: Jorrit Bakhuis": a label over the
        # whole figure, then the caption's sentence and the credit under its own label —
        # the photo label opens the line, the credit label closes it.
        inner = split_caption(labelled.group(1))
        if inner is not None and inner.caption and inner.credit:
            caption = inner.caption.rstrip()
            if caption[-1:] in ".!?" and caption.count(". ") == 0:
                return CaptionParts(caption, inner.credit, "figure.credit-label")
    if labelled:
        caption = text[: labelled.start()]
        if not caption or caption.rstrip()[-1:] in '.!?”"»…)' or len(caption) < 200:
            return CaptionParts(
                _clean_caption(caption), _clean_credit(labelled.group(1)), "figure.credit-label"
            )
    page = _page_label(text)
    if page is not None:
        return page
    if ":" in text or "：" in text:
        sourced_tail = _source_tail(text)
        if sourced_tail is not None:
            return sourced_tail
    if text[-1:] in _SHOT_BY or text[-2:-1] in _SHOT_BY:
        shot = (
            _SHOT_BY_CREDIT.search(text)
            or _SHOT_AFTER_SENTENCE.search(text)
            or _SHOT_GLUED_AFTER_SENTENCE.search(text)
        )
        if shot is not None:
            # "…船闸。新华社记者 孙浩 摄", "…用餐　周婷 摄", "（记者 王敏 摄）"
            start = _credit_label_start(text, shot.start("credit"))
            caption = text[:start].rstrip(" \u3000（(")
            return CaptionParts(
                _clean_caption(caption) if caption else None,
                text[start : shot.end("credit")].strip(),
                "figure.credit-label",
            )
    if text[-1:] in "影攝摄供图圖" and len(text) <= 200:
        tail = _HAN_TAIL_CREDIT.search(text)
        if tail is not None:
            # "…說明擴產計畫。記者張文瀚／攝影", "…遮阳网。省农业农村厅供图": after the last
            # sentence, a name and the verb; "provided" stays ("受訪者提供")
            credit = _SLASHED_VERB.sub("", tail.group("credit")).strip()
            if _GIVEN_BY in credit[:6]:
                credit = _unwrapped_gift(credit)
            return CaptionParts(
                _clean_caption(text[: tail.start("credit")]), credit, "figure.credit-label"
            )
        if (
            text.endswith(("供图", "供圖", "提供"))
            and 4 <= len(text) <= 18
            and has_han_char(text[0])
            and not any(mark in text for mark in "。！？，,:： ")
        ):
            # "滨湖法院供图", "受訪者提供" on a line of its own under the caption
            return CaptionParts(None, text, "figure.credit-label")
    cut = max(map(text.rfind, _SENTENCE_ENDS))
    if cut > 1 and text[cut - 1].isupper() and not text[cut - 2].isalnum():
        cut = _before_initialled_credit(text, cut)
    if cut > 0:
        end = next(e for e in _SENTENCE_ENDS if text.startswith(e, cut))
        tail = text[cut + len(end) :].lstrip()
        # "… en Celrà. / ACN", "… de onze écoles. - Sudinfo - Name": the bar or the dash
        # after the last sentence sets the credit off
        marked = tail[:2] in ("/ ", "| ", "- ", "– ", "— ")
        if marked:
            tail = tail[2:].strip()
        elif tail[:1] in "–—" and tail[1:2].isupper() and len(tail) <= 80:
            # "… on Monday. —MARICEL DAGOHOY", "… on Wednesday. —PHOTO BY NAME": Philippine
            # and other papers glue the dash to a credit in capitals; a dash that opens a
            # quoted speaker's name in a paragraph stands apart from it.
            glued = tail[1:].strip()
            if _glued_dash_credit(glued):
                return CaptionParts(
                    _clean_caption(text[: cut + len(end)]),
                    _clean_credit(_LABEL_WORDS.sub("", glued)),
                    "figure.dash-glued-credit",
                )
        handout = _labelled_handout(tail) if not marked else None
        if handout is not None:
            # "… over the selling pens. Picture supplied": a photo label and a handout word,
            # no colon or "by" between them (Australian and British regional papers)
            return CaptionParts(
                _clean_caption(text[: cut + len(end)]), handout, "figure.labelled-handout"
            )
        # "Q: … or keep it in the bank? — Jordan, Salem": a reader's question signed after
        # a dash, as letters and Q&A columns print them; a caption shows, it does not ask
        signed_question = marked and end.strip() in ("?", "？") and tail[:1] not in "©("
        if not signed_question and (
            is_credit(tail)
            or (_is_name_credit(tail, cut) and not _title_case(text[:cut]))
            or (marked and _is_name_credit(tail + " X", cut))
            or (marked and _named_parts(tail))
            or (_upper_credit(tail) and cut <= 300 and text[:cut].count(". ") <= 1)
            or _sourced_credit(tail) is not None
            or _uncased_tail_credit(tail, text[: cut + 1])
        ):
            return CaptionParts(
                _clean_caption(text[: cut + len(end)]),
                _clean_credit(tail),
                "figure.trailing-credit",
            )
    dashed = _dash_source_credit(text)
    if dashed is not None:
        return dashed
    if text.count(" | ") == 1:
        # "… at the depot | Ines Calder/Valley Post": a bar between caption and credit.
        head, tail = (part.strip() for part in text.split(" | "))
        if len(head.split()) >= 3 and (
            is_credit(tail)
            or _is_name_credit(tail, len(head))
            # an agency, a broadcaster's initials, or an outlet or person in a script
            # without capitals ("… بحيرة تانا | رويترز"), as the brackets take them
            or known_agency(tail)
            or _initials_credit(tail)
            or _uncased_credit(tail, len(head))
        ):
            said, _, label = head.rpartition(" ")
            if said[-1:] in ".!?" and label.casefold().rstrip(":") in _PAGE_LABELS.get():
                head = said  # "… on Sunday. PHOTO | DAILY MERIDIAN": the label goes too
            return CaptionParts(_clean_caption(head), _clean_credit(tail), "figure.bar-credit")
    if "©" in text:
        parts = _copyright_credit(text)
        if parts is not None:
            return parts
    # is_credit first: it refuses a long line at once, the dash pattern would scan it.
    if is_credit(text) and ("/" in text or _DASH_CREDIT.fullmatch(text)) and not is_agency(text):
        return CaptionParts(None, _clean_credit(text), "figure.credit-only")
    sourced = _sourced_credit(text)
    if sourced is not None:
        return CaptionParts(None, sourced, "figure.credit-source")
    return None


_LABEL_WORDS = lazy_pattern(r"^(?:PHOTOS?|PICTURES?|IMAGES?)(?: (?:BY|FROM))?\s*:?\s+(?=\S)")
"""A label in capitals before a credit in capitals ("PHOTO BY", "PHOTOS FROM", "IMAGE:")."""


_CAPTION_ENDS = "。！？.!?"


def _source_tail(text: str) -> CaptionParts | None:
    # Rule ``figure.source-tail``: one finished sentence, then a source label of the page's
    # language and a short source ("…正在整理刚到的青菜。来源：晨江区商务局", "… przy moście.
    # Źródło: UM Gniezno"): the caption and its credit. The sentence is the only one (a
    # paragraph has more), the source at most six words, no sentence of its own.
    labels = _PAGE_FIGURE_SOURCES.get()
    if not labels or len(text) > 260:
        return None
    at = max(text.rfind(":"), text.rfind("："))
    value = text[at + 1 :].strip()
    if at <= 0 or not value or len(value) > 40 or len(value.split()) > 6:
        return None
    if value[-1:] in _CAPTION_ENDS:
        return None
    head = text[:at].rstrip()
    folded = head.casefold()
    for label in labels:
        if not folded.endswith(label):
            continue
        said = head[: len(head) - len(label)].rstrip()
        if said[-1:] not in _CAPTION_ENDS and has_han_char(said[-1:] or " "):
            return _glued_han_source(head, label, value)
        if len(said) < 4 or said[-1:] not in _CAPTION_ENDS or len(said) > 200:
            return None
        inner = said[:-1]
        if any(mark in inner for mark in "。！？") or any(
            end in inner for end in (". ", "! ", "? ")
        ):
            return None  # two sentences or more: a paragraph, not a caption
        return CaptionParts(_clean_caption(said), value, "figure.source-tail")
    return None


def _glued_han_source(head: str, label: str, value: str) -> CaptionParts | None:
    # Round 24 (capkinds), rule ``figure.glued-source``: a short Chinese caption glued to
    # its source label with no space or stop ("…构型示意圖來源:机构", "…航拍图图片来源：机构").
    # The caption has no space, sentence mark or colon, 4 to 60 characters, and ends with a
    # photo label of the page ("图", "圖", "效果图", "照片"): a picture's name, so a glued
    # "本报讯来源" or a headline over a source row is no caption. "图片" glued before "来源"
    # belongs to the label ("图片来源" is one).
    said = head[: len(head) - len(label)]
    if not 4 <= len(said) <= 60 or any(ch.isspace() or ch in "。！？，：:；!?" for ch in said):
        return None
    labels = _PAGE_LABELS.get()
    folded = said.casefold()
    kind = next((word for word in labels if folded.endswith(word)), None)
    if kind is None:
        return None
    for word in labels:
        if folded.endswith(word) and word + label in labels and len(said) - len(word) >= 4:
            said = said[: len(said) - len(word)]
            break
    return CaptionParts(said, value, "figure.glued-source")


def _before_initialled_credit(text: str, cut: int) -> int:
    # The last sentence end of ``text`` is an initial's stop ("Estádio D. Afonso
    # Henriques", "John F. Kennedy"): no sentence end there (-1). Round 24 (capkinds): when
    # the initialled name opens a slashed credit at the line's end ("… its parent star. D.A.
    # Quill/Hartwell Observatory"), the sentence end before that name is the caption's, and
    # its position is returned. Guard: a "/" in the 80 characters from the name's first
    # word, the text before it ends with a lower-case letter and ". ".
    start = text.rfind(" ", 0, cut) + 1
    tail = text[start:]
    if len(tail) > 80 or "/" not in tail or start < 3:
        return -1
    if not text.startswith(". ", start - 2) or not text[start - 3].islower():
        return -1
    return start - 2


def _glued_dash_credit(tail: str) -> bool:
    # The credit a dash glued to the end of a caption: every letter a capital, one to
    # eight words, no sentence of its own ("MARICEL DAGOHOY", "PHOTO BY JON ESCALERA",
    # "AP", "REUTERS/NAME").
    letters = [ch for ch in tail if ch.isalpha()]
    return (
        len(letters) >= 2
        and all(ch.isupper() for ch in letters)
        and 1 <= len(tail.split()) <= 8
        and tail[-1:] not in ".!?"
    )


def _labelled_handout(tail: str) -> str | None:
    # "Picture supplied", "Photo: supplied", "Foto privat": a photo label, then a handout
    # or stock credit of the language data, no name; the credit is the handout word.
    label, _, rest = tail.partition(" ")
    rest = rest.strip(" :")
    if not rest or len(tail) > 60 or label.casefold().rstrip(":.") not in _label_words():
        return None
    from .barecredits import is_handout

    return rest if is_handout(rest) else None


def _bare_label_credit_with_stop(text: str) -> CaptionParts | None:
    # Round 23 (capforms): "Фото Андрей МОСИЕНКО.", "… на дне затона. Фото Дмитрий
    # ЛАПИН.", "Photo Julien Marchetti.": a photo label with no colon before a name of two to
    # four capitalised words, the line's last sentence, closed by a full stop that a credit
    # does not take (LABELS.md 6); the caption rules refuse a credit ending a sentence, so
    # the line is read without the stop. Guard (the caller's first: the line ends with a
    # letter and "."): the last sentence is a label of the page's language and two to four
    # words that each open with a capital and hold letters only (a hyphen or apostrophe
    # inside), and the split without the stop yields exactly those words as the credit.
    start = text.rfind(". ", 0, len(text) - 1)
    words = text[start + 2 if start >= 0 else 0 : -1].split()
    if not 3 <= len(words) <= 5 or words[0].casefold() not in _PAGE_LABELS.get():
        return None
    names = words[1:]
    for word in names:
        if not word[:1].isupper() or not word.replace("-", "").replace("'", "").isalpha():
            return None
    parts = _split_caption(text[:-1])
    if parts is None or parts.credit != " ".join(names):
        return None
    return parts


def _label_caption_bracket_credit(text: str) -> CaptionParts | None:
    # Round 23 (capforms): "Photo : Le maire coupe le ruban (Crédit : Mairie de X)",
    # "Photo: The mayor cuts the ribbon (Credit: Town of Y)": a photo label opens the line,
    # the caption follows and its credit closes it in brackets behind a label of its own;
    # both labels go, the caption is the text between. Guard (the caller's first: the line
    # ends with ")" and a colon stands in its first 24 characters): the word before the
    # first colon and the word before the colon inside the last brackets are photo labels
    # of any language, and the caption has three words or more.
    head, _, rest = text.partition(":")
    words = _label_words()
    if head.strip().casefold() not in words:
        return None
    cut = rest.rfind("(")
    if cut <= 0:
        return None
    label, colon, credit = rest[cut + 1 : -1].partition(":")
    caption = rest[:cut].strip()
    if not colon or label.strip().casefold() not in words or len(caption.split()) < 3:
        return None
    credit = credit.strip()
    if not credit or "(" in credit or len(credit) > 80:
        return None
    rule = "figure.label-bracket-credit"
    return CaptionParts(_clean_caption(caption), _clean_credit(credit), rule)


def _credit_first_subject(text: str) -> CaptionParts | None:
    # Round 24 (capkinds), rule ``figure.credit-first-subject``: a credit printed before
    # its caption, the caption opened by a label saying what the photo shows after the last
    # slash ("Archiwum prywatne / Jan Nowicki / Na zdjęciu: Hala …", "Fot. Urząd Miasta /
    # Na zdjęciu: …"). The credit is everything before that slash, without a photo label of
    # the page's language; 80 characters at most and no sentence in it.
    head, _, tail = text.rpartition(" / ")
    cut = tail.find(":")
    if cut <= 0 or cut > 30:
        return None
    if tail[:cut].strip().casefold() not in _photo_subject_labels():
        return None
    caption = tail[cut + 1 :].strip()
    credit = head.strip()
    folded = credit.casefold()
    for label in sorted(_PAGE_LABELS.get(), key=len, reverse=True):
        if folded.startswith(label) and (
            len(folded) == len(label) or not folded[len(label)].isalnum()
        ):
            credit = credit[len(label) :].lstrip(" .:")
            break
    if len(caption) < 8 or not credit or len(credit) > 80:
        return None
    if not any(ch.isalpha() for ch in credit) or any(
        end in credit for end in (". ", "! ", "? ")
    ):
        return None
    return CaptionParts(_clean_caption(caption), credit, "figure.credit-first-subject")


@functools.cache
def _photo_subject_labels() -> frozenset[str]:
    from ..language.cues import merged_words

    return merged_words("photo_subject_labels")


@functools.cache
def _label_words() -> frozenset[str]:
    from ..language.cues import merged_words

    words = merged_words("photo_labels")
    return frozenset(w.rstrip(":.").casefold() for w in words if " " not in w)


def _dash_source_credit(text: str) -> CaptionParts | None:
    # "Garden waste bins will be collected fortnightly from April - Stock image": a
    # caption with no full stop, a dash, then a handout or stock credit of the language
    # data ("Symbolbild", "foto d'archivio", "Divulgação"); the dash sets it off.
    if len(text) > 300:
        return None
    for dash in (" - ", " – ", " — "):
        head, found, tail = text.rpartition(dash)
        if found:
            break
    else:
        return None
    tail = tail.strip()
    from .barecredits import is_handout

    if len(head.split()) < 3 or not tail or not is_handout(tail):
        return None
    return CaptionParts(_clean_caption(head), _clean_credit(tail), "figure.dash-credit")


def _copyright_credit(text: str) -> CaptionParts | None:
    # A credit after the copyright sign: ``… in Hengevelde. © ANP / Vincent Jannink``
    # (the sign as a credit label, German, Dutch, French, Italian sites), or ``© Name/Agency``
    # alone on its line under a caption. A footer's "© 2025 …" is rights, not a credit.
    if text.startswith("©"):
        rest = text[1:].strip()
        if is_credit(rest) or _bare_copyright_credit(rest):
            return CaptionParts(None, rest, "figure.credit-only")
        return None
    at = text.rfind(" © ")
    if at < 20:
        return None
    caption, credit = text[:at].strip(), text[at + 3 :].strip()
    if (
        not credit
        or credit[0].isdigit()
        or credit[-1] in ".!?…"
        or len(credit) > 80
        or len(credit.split()) > 8
    ):
        return None
    return CaptionParts(caption, credit, "figure.credit-label")


def _bare_copyright_credit(rest: str) -> bool:
    # "© Land Tirol", "© الاتحاد السعودي لكرة القدم": the sign before a few words with no
    # year and no rights phrase names the picture's owner (a page's rights give a year or
    # say "all rights reserved"; where such a line stands decides the rest).
    if not rest or len(rest.split()) > 5 or rest[-1:] in ".!?" or any(c.isdigit() for c in rest):
        return False
    from ..language import all_cues

    folded = rest.casefold()
    return not any(phrase in folded for phrase in all_cues().rights_phrases)


def is_explicit_caption(text: str) -> bool:
    """A caption marked as one (a label, parentheses, a slash credit or a known agency).

    Used where a bare "… sentence. Two Words" ending is not evidence enough,
    such as a fragment of a hard-wrapped paragraph.
    """
    parts = split_caption(text)
    if parts is None:
        return False
    weak = parts.rule in ("figure.trailing-credit", "figure.bar-credit")
    return not weak or is_credit(parts.credit or "")


def stands_alone(text: str) -> bool:
    """True when a hard-wrapped line is a caption of its own, never joined to the one above.

    A line opening in lower case is the rest of the line above even when it ends in a
    credit: "A sinkhole opened … in Ocala" / "on Tuesday morning. (WJKT News 5)". A few
    capitalised words alone in brackets ("(KDRW)", "(Viewer submitted)") are a credit of
    their own, the way broadcasters print it under a caption.
    """
    if bracketed_credit(text) is not None:
        return True
    return not text[:1].islower() and is_explicit_caption(text)


def bracketed_credit(text: str) -> str | None:
    """The credit of a line that is only a few capitalised words in brackets, the way
    broadcasters print it under a caption (``(Viewer submitted)`` gives ``Viewer
    submitted``); "(Reporting by …)" is a credit line, not this, and a note with an
    asterisk ("(Elected candidates marked *)") explains a table."""
    if not (text.startswith("(") and text.endswith(")")) or len(text) > 60:
        return None
    inner = text[1:-1].strip()
    words = inner.split()
    if not 1 <= len(words) <= 4 or not inner[0].isupper() or any(ch in inner for ch in ".;:()*"):
        return None
    if words[0].casefold() in {"reporting", "writing", "editing", "additional"} or "by" in words:
        return None
    return inner


def strip_label(text: str) -> str:
    """``Photo: Jane Roe`` -> ``Jane Roe`` (used for credit-only lines)."""
    return _LABEL_ONLY.sub("", text, count=1)


_CAPTION_LINE_CHARS = 300
"""A caption is one or two sentences; a longer line with such an opening is prose."""


def opens_as_caption(text: str) -> bool:
    """A whole line that opens the way only an uncredited photo caption does
    (``caption_openers`` of every language: "FILE - A crane lifts …", "Imagen de archivo
    del pleno …", "Архивное фото …"). The agencies' "FILE -" reads like a dateline
    ("LONDON - "), and the line, printed between the headline and the byline, ended the
    header there: the byline and date under it were lost."""
    if len(text) > _CAPTION_LINE_CHARS or text[:1].casefold() not in _opener_initials():
        return False  # most lines end here: their first letter opens no caption
    head = text[:40].casefold().replace("\u2013", "-").replace("\u2014", "-")
    # round 23 (speed23): only the openers that share the head's first letter can open it,
    # in the same order; one C-level startswith over them ends most lines before the loop
    openers = _openers_by_initial().get(head[:1], ())
    if not head.startswith(openers):
        return False
    for opener in openers:
        if head.startswith(opener):
            rest = head[len(opener) : len(opener) + 1]
            # the opening ends at a word's end ("archivo -" is not "archivo -s…")
            if rest and (rest == " " or not rest.isalnum() or not opener[-1:].isalnum()):
                return True
            if rest and has_han_char(opener[-1:]) and _han_caption_close(text):
                # round 22 (leftc): "图为改造后的驿站外景。本报记者 X摄": Chinese has no
                # spaces, so "图为" opens the caption glued to its first word; the line
                # must also close as a caption (a sentence stop or a photographer's credit)
                return True
    return False


def _han_caption_close(text: str) -> bool:
    # A Chinese caption line's end: its sentence stop, or the photographer's verb
    # ("摄") or a bracketed source after it; a line running on with a comma is prose.
    end = text.rstrip()[-1:]
    return end in "。！摄攝）)" and len(text) <= 200


@functools.cache
def _caption_openers() -> tuple[str, ...]:
    from ..language.cues import merged_words

    return tuple(sorted(merged_words("caption_openers"), key=len, reverse=True))


@functools.cache
def _opener_initials() -> frozenset[str]:
    return frozenset(opener[:1] for opener in _caption_openers())


@functools.cache
def _openers_by_initial() -> dict[str, tuple[str, ...]]:
    # Round 23 (speed23): ``_caption_openers()`` by their first letter, each group in the
    # list's order (longest first): with eighteen languages' openers a line's loop went
    # through every one of them in Python.
    groups: dict[str, list[str]] = {}
    for opener in _caption_openers():
        groups.setdefault(opener[:1], []).append(opener)
    return {initial: tuple(some) for initial, some in groups.items()}
