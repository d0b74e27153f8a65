"""Photo credits printed bare under their caption: no label, no brackets, often lower case.

Pages set a picture's caption and credit as one block of two lines ("Il fronte della
frana sulla provinciale" / "Vigili del fuoco", "Wizualizacja przystanku" / "materiały
prasowe ZTP"), the block set apart by blank lines from the paragraphs around it.
Paragraphs and subheads stand a blank line apart, so the block's shape, not a label, says
the second line is a credit. Handout and archive credits ("handout", "archiv",
"divulgação", "пресс-служба") are data: ``handout_credits`` in every language's file.
"""

from __future__ import annotations

from ... import _functools as functools
from .lines import Line
from .names import is_agency, is_name

__all__ = ["any_language_agency", "block_credit", "is_handout", "named_body"]

_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", ":", ";")


def block_credit(line: Line, nxt: Line, after: Line | None, *, opens: bool = False) -> str | None:
    """The credit of a caption block of two lines, or None.

    ``line`` is the caption — a phrase or one sentence (3–30 words) that opens a block
    (a blank line above it, or ``opens`` when the line above was page chrome the reader
    dropped) — and ``nxt`` stands right under it with no blank line between: a short line
    with no sentence end naming a person, a service, an agency or a handout source
    ("Zanella", "Vigili del fuoco", "KMP w Łodzi", "ansa", "materiały prasowe"). A third
    line in the block (``after`` right under ``nxt``) makes it a paragraph or a list.
    """
    if not (line.blank_before or opens) or nxt.blank_before or nxt.number != line.number + 1:
        return None
    if after is not None and not after.blank_before and after.number == nxt.number + 1:
        return None
    words = line.text.split()
    if not 3 <= len(words) <= 30 or line.text.rstrip(".!?").count(". "):
        return None
    below = nxt.text
    if len(below) > 50 or below.endswith((*_SENTENCE_END, ",")) or below[:1] in "-*•–":
        return None
    if is_handout(below) or any_language_agency(below):
        return below
    names = below.split()
    if not (below[:1].isupper() or below[:1].isdigit()) or len(names) > 5:
        return None
    if len(names) == 1:
        # One word under a caption without a full stop: a photographer's surname
        # ("Zanella"), as Italian and Spanish local papers print it, or an acronym.
        return below if below.isalpha() and not line.text.endswith(_SENTENCE_END) else None
    # A name, a service or a distributor ("Vigili del fuoco", "KMP w Łodzi", "01
    # Distribution"): capitalised words mostly, and never a sentence.
    lower = sum(1 for w in names if w[:1].islower())
    return below if 2 * lower < len(names) or is_name(below) or named_body(names[0]) else None


def any_language_agency(text: str) -> bool:
    """A news or photo agency of the reader's list or of any language's data ("EFE",
    "Lusa", "ANSA", "PAP")."""
    from ..language.cues import merged_words

    return is_agency(text) or text.strip().casefold() in merged_words("agencies")


def is_handout(text: str) -> bool:
    """A handout or archive credit of any language, alone or before its source
    ("materiały prasowe ZTP", "пресс-служба ХК …", "Divulgação", "archivio"); short."""
    folded = text.casefold()
    if len(text) > 60 or len(folded.split()) > 6:
        return False
    return any(
        folded == phrase or folded.startswith(phrase + " ") for phrase in _handout_phrases()
    )


@functools.cache
def _handout_phrases() -> frozenset[str]:
    from ..language.cues import merged_words

    return merged_words("handout_credits")


_ELISIONS = ("d’", "d'", "l’", "l'", "dell’", "dell'")
_PARTICLES = frozenset(["de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "van"])


def named_body(text: str) -> bool:
    """A service or an agency printed as a credit: "Mossos d’Esquadra", "Vigili del
    Fuoco", "Polícia de Segurança Pública" — capitalised words and particles only."""
    words = text.split()
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or any(c.isdigit() for c in text):
        return False
    return all(
        w[:1].isupper()
        or w in _PARTICLES
        or any(w.startswith(e) and w[len(e) : len(e) + 1].isupper() for e in _ELISIONS)
        for w in words
    )
