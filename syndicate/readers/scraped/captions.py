"""Telling a photo caption from its credit, in the forms news sites print them.

Forms recognised (the rule name recorded in provenance is in brackets):

- ``Image source, Agency`` / ``Image caption, What it shows`` on separate lines
  (BBC) [``figure.image-source`` / ``figure.image-caption``];
- a wrapper word and a colon: ``… Photograph: Jane Roe/Agency``, ``Photo: Name``,
  ``Фото: …``, ``Credit: …`` [``figure.credit-label``] — the wrapper is dropped;
- a credit in parentheses at the end: ``… (Annegret Hilse/Reuters)``,
  ``… (AP Photo/John Doe)`` [``figure.credit-in-parentheses``];
- a credit after the caption's last sentence: ``… 2024. Reuters``,
  ``… 2023. Annegret Hilse/Reuters``, ``… AP Photo/John Doe``, or a few capitalised
  words with no closing punctuation (``… on Monday. The Daily Ledger``)
  [``figure.trailing-credit``].

Agency forms with a slash ("AP Photo/John Doe", "REUTERS/Jane Roe") are kept
whole: the slash form is how the agency asks to be credited.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .names import is_agency

__all__ = ["CaptionParts", "is_credit", "is_explicit_caption", "split_caption"]

_LABEL = re.compile(
    r"(?<!\S)(?:Photograph|Photographs|Photo|Photos|Picture|Pictures|Image|Illustration|"
    r"Credit|Photo credit|Photo by|Photograph by|Picture by|Photo illustration|Illustration by|"
    r"Фото|Фотография|Иллюстрация|"
    # German, Spanish, Italian and Polish/Czech labels ("Foto: …", "Bild: …", "fot. …").
    r"Foto|Fotos|Bild|Fotografía|[Ff]ot\.|"
    r"Фото предоставлено)\s*(?::|(?<=by)|(?<=\.))\s*(\S.*)$"
)
_IMAGE_SOURCE = re.compile(r"^Image source\s*[,:]\s*(\S.*)$", re.IGNORECASE)
_IMAGE_CAPTION = re.compile(r"^Image caption\s*[,:]\s*(\S.*)$", re.IGNORECASE)
_LABEL_ONLY = re.compile(r"(?i)^(?:photograph|photo|picture|image|credit|фото)\s*:?\s*")
# Where a caption's last sentence can end before a trailing credit.
_SENTENCE_ENDS = (". ", "! ", "? ", "” ", '" ', "» ", ".) ", "… ")


class CaptionParts(NamedTuple):
    """A caption line split into what the picture shows and who made it."""

    caption: str | None
    credit: str | None
    rule: str


def _credit_word_ok(word: str) -> bool:
    # Credits are names and agencies: capitalised words, "Photo", particles, "via".
    if word in {"via", "for", "and", "de", "van", "von", "der", "da", "di", "del", "la", "le"}:
        return True
    return word[:1].isupper() and not any(ch.isdigit() for ch in word)


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
    if "/" not in text:
        return False
    parts = [p.strip() for p in text.split("/")]
    if len(parts) > 4 or not all(parts):
        return False
    for part in parts:
        tokens = part.split()
        if not 1 <= len(tokens) <= 6 or not all(_credit_word_ok(t) for t in tokens):
            return False
    return True


# "… the deal. Read More" is a link left in the text, not a credit.
_CALLS_TO_ACTION = frozenset(
    ["read", "more", "click", "see", "continue", "share", "subscribe", "watch", "listen", "follow"]
)


def _is_name_credit(tail: str, caption_length: int) -> bool:
    """A few capitalised words after a caption's last full stop: "… on Monday. Jane Roe".

    Body paragraphs end in punctuation, so a line whose last sentence is a bare
    run of capitalised words, after a caption-length sentence, is a credit.
    """
    tokens = tail.split()
    # Two words at least: one capitalised word ("She", "Meteorologists") is too often the
    # start of a sentence; single-word credits are the agencies in AGENCIES.
    if not 2 <= len(tokens) <= 5 or len(tail) > 50 or caption_length < 20:
        return False
    if tail[-1] in ".,;:!?…)\"”»'’" or tokens[0].casefold() in _CALLS_TO_ACTION:
        return False
    return all(
        _credit_word_ok(t) and all(ch.isalpha() or ch in ".-'’&" for ch in t) for t in tokens
    )


def _clean_credit(credit: str) -> str | None:
    credit = credit.strip().strip("()").strip()
    return credit or None


def _clean_caption(caption: str) -> str | None:
    caption = caption.strip()
    return caption or None


def split_caption(text: str) -> CaptionParts | None:
    """Split a caption line into caption and credit, or None when it is not one."""
    if len(text) > 600:
        return None
    match = _IMAGE_SOURCE.match(text)
    if match:
        return CaptionParts(None, _clean_credit(match.group(1)), "figure.image-source")
    match = _IMAGE_CAPTION.match(text)
    if match:
        return CaptionParts(_clean_caption(match.group(1)), None, "figure.image-caption")
    if text.endswith(")") and "(" in text:
        open_at = text.rfind("(")
        inner = text[open_at + 1 : -1].strip()
        labelled = _LABEL.match(inner)
        credit = labelled.group(1) if labelled else inner
        # "… a shift. (Ines Varga)": a name alone in parentheses after a finished sentence.
        after_sentence = text[:open_at].rstrip()[-1:] in ".!?" and _is_name_credit(inner, open_at)
        if labelled or is_credit(inner) or after_sentence:
            return CaptionParts(
                _clean_caption(text[:open_at]),
                _clean_credit(credit),
                "figure.credit-in-parentheses",
            )
    labelled = _LABEL.search(text)
    if labelled:
        caption = text[: labelled.start()]
        if not caption or caption.rstrip()[-1:] in '.!?”"»…)' or len(caption) < 200:
            return CaptionParts(
                _clean_caption(caption), _clean_credit(labelled.group(1)), "figure.credit-label"
            )
    cut = max(text.rfind(end) for end in _SENTENCE_ENDS)
    if cut > 0:
        end = next(e for e in _SENTENCE_ENDS if text.startswith(e, cut))
        tail = text[cut + len(end) :]
        if is_credit(tail) or _is_name_credit(tail, cut):
            return CaptionParts(
                _clean_caption(text[: cut + len(end)]),
                _clean_credit(tail),
                "figure.trailing-credit",
            )
    if "/" in text and is_credit(text) and not is_agency(text):
        return CaptionParts(None, _clean_credit(text), "figure.credit-only")
    return None


def is_explicit_caption(text: str) -> bool:
    """A caption marked as one (a label, parentheses, a slash credit or a known agency).

    Used where a bare "… sentence. Two Words" ending is not evidence enough,
    such as a fragment of a hard-wrapped paragraph.
    """
    parts = split_caption(text)
    if parts is None:
        return False
    return parts.rule != "figure.trailing-credit" or is_credit(parts.credit or "")


def strip_label(text: str) -> str:
    """``Photo: Jane Roe`` -> ``Jane Roe`` (used for credit-only lines)."""
    return _LABEL_ONLY.sub("", text, count=1)
