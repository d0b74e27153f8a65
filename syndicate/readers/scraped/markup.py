"""What whole-page dump tools leave in the text, taken off the lines that are fields.

``html2text`` writes headings as ``# Title``, images as ``![alt](src)`` and links as
``[text](url)``; ``lynx -dump`` numbers every link (``[12]Name``). The reader reads a
line's features from the line as printed (a line of links is chrome), but every field,
body paragraphs included, is the text a reader sees: a link's words without its target,
no image markup, no reference numbers (the page's own text never carried them).
"""

from __future__ import annotations

import itertools

from .lazyre import lazy_pattern
from .lines import Line
from .names import is_name

__all__ = [
    "clean_markup",
    "drop_bare_markup",
    "image_placeholders",
    "images_with_captions",
    "italic_captions",
    "quote_lines",
    "link_words",
    "home_link_headings",
    "join_image_lines",
    "link_row",
    "split_image_leads",
]

_HEADING = lazy_pattern(r"^#{1,6}\s+(?=\S)")
# A target may carry a title, [text](/path "Title"); html2text escapes brackets in it: \(.
# An absolute address may hold spaces as the page wrote it (a share link's "&title=…"); so
# may a path from the site's root, when the site builds it from a name ("/author/Jane Roe/",
# "/users/fan.php?of=Jane Roe"): with no quote in it, it is no title after the target.
_TARGET = (
    r"\((?:(?:\\.|[^)\s\\]){0,2000}(?:\s+\"[^\"]{0,300}\")?"
    r"|(?:https?://|mailto:)(?:\\.|[^)\\]){0,2000}"
    r"|/(?:\\.|[^)\\\"\n]){1,300})\)"
)
_IMAGE_ONLY = r"!\[(?:\\.|[^\]\\]){0,400}\]" + _TARGET
_IMAGE = lazy_pattern(_IMAGE_ONLY)
_ALT = lazy_pattern(r"!\[((?:\\.|[^\]\\]){1,400})\]" + _TARGET + r"$")
# A link's text may hold a bracketed reference: [[23]](#cite_note-23).
_LINK = lazy_pattern(r"\[((?:[^\[\]]|\[[^\[\]]{0,40}\]){0,300})\]" + _TARGET)
_LYNX_REF = lazy_pattern(r"\[\d{1,4}\](?=\S)")
_LYNX_ROW = lazy_pattern(r"^(?:[-*+•]\s+)?\[\d{1,4}\]\S")
# html2text's emphasis _word_: the underscores would stick to the words (\w holds "_").
_EMPHASIS = lazy_pattern(r"(?<![\w*])_(?=[^\s_])(.{1,300}?)(?<=[^\s_])_(?!\w)")
# html2text's strong **words**: a whole span, or the open or closed end of one the tool
# wrapped over several lines ("**Les bénévoles … 30 tonnes" / "de plus … plus vite.**").
_LONE_MARKS = lazy_pattern(r"(?<!\S)__(?=\S)|(?<=\S)__(?!\S)")
_STRONG = lazy_pattern(r"(?<!\*)\*\*(?=[^\s*])(.{1,300}?)(?<=[^\s*])\*\*(?!\*)")
# The one mark of a span the dump tool wrapped: it opens a word ("… the week _(photo" /
# "City Archive)_") or closes one, never sits inside one (a "file_name" keeps its "_").
_EMPHASIS_OPEN = lazy_pattern(r"(?:^|(?<=\s))_(?=[^\s_])")
_EMPHASIS_CLOSE = lazy_pattern(r"(?<=[^\s_])_(?=$|[\s.,;:!?)\]])")
_STRONG_OPEN = lazy_pattern(r"^\*\*(?=[^\s*])")
_STRONG_CLOSE = lazy_pattern(r"(?<=[^\s*])\*\*$")
# html2text's escapes of marks that would read as markdown ("1\. Brevino", "\- 5 °C").
_ESCAPE = lazy_pattern(r"\\([.\-*_#+!\[\]()`>])")
_BARE = lazy_pattern(
    r"^(?:[-*+•]\s+)?(?:\[\d{1,4}\]|\[(?:\s|" + _IMAGE_ONLY + r")*\]" + _TARGET
    + r"|" + _IMAGE_ONLY + r"|\s)+$"
)
"""A line of nothing but images, empty links and reference numbers."""


_IMAGE_LEAD = lazy_pattern("^" + _IMAGE_ONLY + r" ?(?=\S)")
"""An image printed at the start of a line with words glued after it: its caption."""
_OPEN_IMAGE = lazy_pattern(r"!\[(?:\\.|[^\]\\]){0,400}$")
"""An image whose alt text the dump tool wrapped onto the next line."""


_AVATAR_CARD = lazy_pattern(
    r"^\[!\[((?:\\.|[^\]\\]){2,80})\]" + _TARGET + r"\]" + _TARGET
    + r"\s*\[([^\[\]]{2,80})\]" + _TARGET + r"$"
)
"""An author card as html2text prints it: the writer's photo linked to the author's page,
its alt text the name, then the name's own link (``[![Jane Roe](face.jpg)](/author/jr)
[Jane Roe](/author/jr)``)."""


def _avatar_card(text: str) -> str | None:
    # "Jane Roe Jane Roe" for an html2text author card whose photo's alt text is the name
    # its link prints: the line w3m and lynx print for the same card (rule round 18
    # realpages). Read as one name only, the card would lose the evidence the doubled name
    # gives a bare byline (:func:`.bylines._doubled_name`).
    match = _AVATAR_CARD.match(text)
    if match is None:
        return None
    alt, name = match.group(1).strip(), match.group(2).strip()
    if alt != name or not is_name(name):
        return None
    return f"{name} {name}"


_PLACEHOLDER_LEAD = lazy_pattern(r"^\[(?=[^\]\s]*\d)[^\[\]\s]{6,80}\] (?=\S)")
"""An image lynx or w3m prints as its file name or id in front of the line's text (an
author's avatar over the byline: ``[6eef5bc5-c8a0-4da1] James Akinaka • 8h``,
``[gzonxhes6bl4.jpg] Name``): no word of the page."""
_AVATAR_LEAD = lazy_pattern(r"^\[[^\[\]\d]{1,60}\] (?=\S)")
"""An image lynx or w3m prints as a word or its alt text in front of the line's text
(``[IMG] Jane Roe``, ``[avatar.jpg] Jane Roe``, ``[Jane Roe] Jane Roe``): dropped only when
a person's name follows (the writer's photo on an author card), never before a caption."""
_NAME_SEPARATORS = lazy_pattern(r"\s+[|·•]\s+")
_PLACEHOLDER = lazy_pattern(r"^\[(?=[^\[\]]*[^\W\d_])[^\[\]]{1,60}\]$")
"""A line that is one bracketed label: ``w3m -dump`` prints an image as ``[alt]`` (or as its
file name), ``lynx`` as ``[IMG]`` — a bracketed word alone on a line, never a lynx link
mark ``[12]`` and never prose."""


def images_with_captions(lines: list[Line]) -> frozenset[int]:
    """Numbers of the lines that open with an image and go on with words glued to it:
    html2text prints a figure's caption right after the image (``![alt](src)Caption``)."""
    return frozenset(
        line.number for line in lines if line.text.startswith("![") and _IMAGE_LEAD.match(line.text)
    )


_WHOLE_EMPHASIS = lazy_pattern(r"^_(?=[^\s_])[^_]{1,300}(?<=[^\s_])_$")
"""A line that is one html2text emphasis span and nothing else (``_Caption words_``)."""


def italic_captions(lines: list[Line]) -> frozenset[int]:
    """Numbers of the lines set in italics as a whole right under a line that is only an
    image: html2text prints a figure's ``<figcaption>`` or a CMS's caption paragraph as
    ``_words_`` under the image's ``![](src)`` — its caption, read like words glued to the
    image, not a subhead."""
    out = []
    for above, line in itertools.pairwise(lines):
        if (
            above.text.startswith("![")
            and above.text.endswith(")")
            and _IMAGE_LEAD.match(above.text) is None
            and _WHOLE_EMPHASIS.match(line.text)
        ):
            out.append(line.number)
    return frozenset(out)


def image_placeholders(lines: list[Line]) -> frozenset[int]:
    """Numbers of the lines that print an image as its bracketed label and nothing else."""
    return frozenset(line.number for line in lines if is_image_placeholder(line.text))


def is_image_placeholder(text: str) -> bool:
    """True for a line that prints an image as its bracketed label and nothing else."""
    text = text.strip()
    if text[1:2].isdigit() and (mark := _LYNX_MARK.match(text)) is not None:
        # Round 25 (pq69): "[11][IMG]": lynx's link mark before a linked image's word; the
        # line is that image (its alt text under it is a caption, never the dek)
        text = text[mark.end() :]
    if _PLACEHOLDER.match(text) is not None:
        return True
    # "[Imagen: Voluntarios trasplantan plántulas …]": an alt text the page (or inscriptis)
    # opens with its image word, longer than a bare label may be; it stands over the
    # caption of the same picture, never a figure of its own.
    return (
        text[:1] == "["
        and text[-1:] == "]"
        and (match := _IMAGE_WORD_ALT.match(text)) is not None
        and _image_word(match.group(1))
    )


_LYNX_MARK = lazy_pattern(r"^\[\d{1,4}\](?=\[)")
"""lynx's link mark right before a bracketed image word: the ``[11]`` of ``[11][IMG]``."""
_IMAGE_WORD_ALT = lazy_pattern(r"^\[([^\[\]:：]{1,24})[:：]\s*([^\[\]]{1,400})\]$")
"""A bracket holding a short label, a colon and words: ``[Bild: Gerichtsgebäude von Süden]``."""
_IMAGE_WORD_LEAD = lazy_pattern(r"^(?:\[\d{1,4}\])?\[([^\[\]:]{1,24})\] ?(?=\S)")
"""A bracketed word opening a line, after any lynx link mark, with words after it:
``[IMG] Technicians fit a meter …``, ``[9][IMG] …``, ``[image] FILE - …``."""


_IMAGE_ALT_LEAD = lazy_pattern(r"^\[([^\[\]]{3,160})\] ?(?=\S)")
"""A bracketed alt text opening a line, with words after it: ``[Photo of …] Caption …``."""


def _alt_word(alt: str) -> str:
    # The word an alt text opens with: its label before a colon ("Foto: …", "图片：…"),
    # else its first word ("Photo du lac …").
    for colon in (":", "："):
        if colon in alt:
            return alt.partition(colon)[0]
    return alt.split(maxsplit=1)[0]


def _image_word(word: str) -> bool:
    # Whether ``word`` is one a dump tool or page prints for an image (``image_placeholders``
    # of every language: the tool's "IMG" stands on pages of any language).
    from ..language.cues import merged_words  # only for a line that opens with a bracket

    return word.strip().casefold() in merged_words("image_placeholders")


def _alt_caption(lines: list[Line], k: int) -> str | None:
    # The caption inside an alt line "[Imagen: caption. Foto: Name]" at ``k`` that stands
    # alone (a blank line or the end under it) and holds a caption with its credit or an
    # archive note; None otherwise (a bare description is only the image, and an alt line
    # over a caption line is the same picture printed twice).
    match = _IMAGE_WORD_ALT.match(lines[k].text)
    if match is None or (k + 1 < len(lines) and not lines[k + 1].blank_before):
        return None
    if not _image_word(match.group(1)):
        return None
    from .captions import split_caption  # only for a candidate line

    inner = match.group(2).strip()
    parts = split_caption(inner)
    if parts is None or not parts.caption:
        return None
    return inner if parts.credit or parts.rule == "figure.archive-note" else None


def split_image_leads(lines: list[Line]) -> tuple[list[Line], frozenset[int]]:
    """The lines with an image word printed in front of a line's words taken off (or
    around them, for an alt line that alone holds a credited caption), and the numbers
    where those images stand.

    ``lynx -dump`` and ``w3m -dump`` print an image without alt text as ``[IMG]`` or
    ``[image]`` (a page's own alt text may be the bare word "Imagen", "Bild", "صورة"); a
    caption set beside or right under the image in the page's markup comes out on the same
    line ("[IMG] Technicians fit a meter … (Photo: Name)"). The word is no text of the page:
    left on, it sits inside the caption, and a caption opening with a bracket reads as
    neither caption nor prose. The image is then recorded as standing on the line's number
    minus one, right above its caption, as when the tool prints it on a line of its own —
    every rule for a caption under an image line applies. A person's name after the word
    (an author card's portrait) is left to ``clean_markup``'s avatar rule.
    """
    out: list[Line] | None = None
    images: list[int] = []
    for k, line in enumerate(lines):
        text = line.text
        if text[:1] != "[":
            continue
        if text[-1:] == "]" and (caption := _alt_caption(lines, k)) is not None:
            # "[Imagen: Las bandejas … endurecen. Foto: Name]" with no caption printed
            # under it: the alt text is the only printing of the caption (and its credit)
            if out is None:
                out = list(lines)
            out[k] = line._replace(text=caption)
            images.append(line.number - 1)
            continue
        if (match := _IMAGE_WORD_LEAD.match(text)) is None or not _image_word(match.group(1)):
            # Round 20 (kicker): "[Photo du lac de la Sablière] Le lac de la Sablière, à
            # l'est …", "[Foto: Besucher im Stadtmuseum] Besucher im Innenhof …": the
            # image's alt text, opening with its image word, glued to the caption after it
            match = _IMAGE_ALT_LEAD.match(text)
            if match is None or not _image_word(_alt_word(match.group(1))):
                continue
        rest = text[match.end() :].strip()
        if not rest or rest[:1] == "[":
            continue
        if is_name(_NAME_SEPARATORS.split(rest, maxsplit=1)[0].strip()):
            continue  # "[IMG] Jane Roe | Staff writer": the writer's portrait
        if out is None:
            out = list(lines)
        out[k] = line._replace(text=rest)
        images.append(line.number - 1)
    if out is None:
        return lines, frozenset()
    return out, frozenset(images)


_OPEN_LINK = lazy_pattern(r"(?<!!)\[[^\[\]]{0,200}$")
"""A link whose words the dump tool wrapped onto the next line (``… by [Mikko``)."""
_CLOSE_LINK = lazy_pattern(r"^[^\[\]]{0,200}\]\(")
_OPEN_TARGET = lazy_pattern(r"\]\([^()\s]{0,2000}-$")
"""A link's target the dump tool wrapped after one of its hyphens (``(https://www.lest-``)."""


def join_image_lines(lines: list[Line]) -> list[Line]:
    """The lines with each image's markup and its caption re-joined into one line.

    ``html2text`` wraps at 78 columns, also inside an image's alt text
    (``![Gondel über dem`` / ``Rhein](…)``) and inside the caption it glues to the
    image (``![](…)Crews from`` / ``Ridgeline Water work…``); read apart, the caption's
    first words would be lost with the markup and its last line read alone. A line
    goes on while no blank line comes before the next one (at most five lines). A link's
    address wrapped after a hyphen (``[Öffnungszeiten](https://x.example/seilbahn-`` /
    ``oeffnungszeiten) bis 20 Uhr.``) is joined back without a space.
    """
    if not any("[" in line.text or line.text.endswith("-") for line in lines):
        return lines
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        if "[" not in line.text and not line.text.endswith("-"):
            out.append(line)
            continue
        text, taken = line.text, 0
        while k < len(lines) and not lines[k].blank_before and taken < 4:
            if text.endswith("-") and _OPEN_TARGET.search(text):
                text += lines[k].text  # an address has no spaces: the wrap cut it at "-"
            elif _OPEN_LINK.search(text) and _CLOSE_LINK.match(lines[k].text):
                # "Photographs and text by [Mikko" / "Aalto](https://…)": a link's words
                # wrapped inside the brackets; apart, neither line reads as what it is.
                text += " " + lines[k].text
            elif _OPEN_IMAGE.search(text) is None and _IMAGE_LEAD.match(text) is None:
                break
            else:
                text += " " + lines[k].text
            k += 1
            taken += 1
        out.append(line._replace(text=text, glued=taken) if taken else line)
    return out


def link_row(text: str) -> list[str] | None:
    """The words of each link when ``text`` is links and nothing else (``[Share on
    Facebook](…) [Share on X](…)``, ``[Teilen](…)``; lynx's ``[18]Partager [19]Imprimer``,
    two marks or more, since lynx does not show where a link's words end), else None."""
    if "](" not in text:
        # lynx: "[18]Partager sur Facebook [19]Partager sur X" — the words after each mark.
        if not _LYNX_ROW.match(text) or len(_LYNX_REF.findall(text)) < 2:
            return None
        parts = [part.strip(" |·•-*+") for part in _LYNX_REF.split(text)]
        return [part for part in parts if part] or None
    words = [match.group(1).strip() for match in _LINK.finditer(text)]
    if not words or _LINK.sub("", text).strip(" |·•-"):
        return None
    return words


def drop_bare_markup(lines: list[Line]) -> list[Line]:
    """The lines without those that hold only images or empty links (no words a page shows).

    An image line says nothing about the text around it, and kept it would be read
    as a paragraph; dropped, the paragraphs on either side stay neighbours.
    """
    if not any("](" in line.text for line in lines):
        return lines
    kept: list[Line] = []
    for k, line in enumerate(lines):
        if line.text.strip() == ">":
            continue  # an empty line of a block quote
        if "](" not in line.text or not _BARE.match(line.text):
            kept.append(line)
            continue
        # An image whose alt text the page prints again as the caption under it: the alt
        # text stays, so that the caption reads as printed twice (one figure).
        alt = _ALT.match(line.text.strip())
        words = " ".join(alt.group(1).split()) if alt is not None else ""
        if words and k + 1 < len(lines) and " ".join(lines[k + 1].text.split()) == words:
            kept.append(line._replace(text=words))
    return kept or lines


def _is_link_row(text: str) -> bool:
    # Links and nothing else: ``[Share](…) [Email](…)``, ``* [Politik](…)``, or a lynx line
    # that opens with a link mark and holds two or more (``[18]Partager [19]Copier``).
    if "](" in text:
        rest = _LINK.sub("", _IMAGE.sub("", text)) if _LINK.search(text) else text
        return not rest.strip(" |·•-–*+›»/,")
    return "[" in text and link_row(text) is not None


_HOME_HEADING = lazy_pattern(
    r"^#{1,6}\s+\[(?:[^\[\]]|" + _IMAGE_ONLY + r"){1,300}\]"
    r"\((?:/|/index\.html?|index\.html?|https?://[^/\s)]{1,100}/?)(?:\s+\"[^\"]{0,100}\")?\)\s*$"
)
"""An html2text heading that is one link to the site's front page (``# [Hi, I'm Jo.](/)``,
``# [ ![](logo.png) ](/)``): the masthead, as a template sets the site's name in ``<h1>``."""


def home_link_headings(lines: list[Line], headings: set[int]) -> dict[int, int]:
    """For each heading line linked to the site's front page (:data:`_HOME_HEADING`),
    the index of the marked heading right under it (only a short line between, the
    site's tagline: "I code stuff. I write notes."); a blog template prints its name in
    ``<h1>`` and each post's headline, linked to the post, in ``<h2>``. Rule round 19."""
    out: dict[int, int] = {}
    for k, line in enumerate(lines):
        text = line.text
        if not text.startswith("#") or "](" not in text or not _HOME_HEADING.match(text):
            continue
        for j in range(k + 1, min(k + 3, len(lines))):
            if lines[j].number in headings:
                if not _HOME_HEADING.match(lines[j].text):
                    out[k] = j
                break
            if len(lines[j].text) > 120:
                break
    return out


def link_words(text: str) -> str:
    """``text`` with each link printed as its words only (``[Name](url)`` → ``Name``, lynx's
    ``[12]Name`` → ``Name``): what a reader of the page sees of a linked byline."""
    if "[" not in text:
        return text
    return _LYNX_REF.sub("", _LINK.sub(r"\1", text)).strip()


def bold_lines(lines: list[Line]) -> frozenset[int]:
    """The numbers of the lines html2text set wholly in bold (``**How did you start?**``):
    an interviewer's questions are bold paragraphs, where a subhead is marked ``##``."""
    return frozenset(
        line.number
        for line in lines
        if line.text.startswith("**")
        and line.text.endswith("**")
        and len(line.text) > 4
        and line.text.count("**") == 2
    )


def quote_lines(lines: list[Line]) -> frozenset[int]:
    """The numbers of the lines html2text printed in a block quote (``> text``): a quoted
    passage or a pull quote, never a subhead (html2text marks those ``##``)."""
    return frozenset(line.number for line in lines if line.text[:2] == "> ")


def _linked_names(text: str) -> str | None:
    # "[Jane Roe](/author/jane) [Tom Ode](/author/tom)" → "Jane Roe and Tom Ode": a line
    # of two to four links and nothing else between them, each a person's name, lists the
    # writers of a byline; html2text prints them side by side where the page set them apart
    # by its layout, and read as one name they would be one writer. The same name twice (a
    # photo's link and the name's) is one writer.
    if not text.startswith("[") or not text.endswith(")"):
        return None
    found = list(_LINK.finditer(text))
    if not 2 <= len(found) <= 4:
        return None
    if any(text[a.end() : b.start()].strip(" ,") for a, b in itertools.pairwise(found)):
        return None
    names = list(dict.fromkeys(m.group(1).strip() for m in found))
    if found[0].start() or found[-1].end() != len(text) or not all(map(is_name, names)):
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


_LYNX_LEAD_LINK = lazy_pattern(r"^\[\d{1,4}\](?=[^\W\d_])([^\[\]]{3,150})$")
"""A lynx line that is one link and nothing else, its mark at the start: ``[16]Excavadora
abriendo una zanja``."""


def lynx_image_alts(lines: list[Line]) -> frozenset[int]:
    """Numbers of the lines where ``lynx -dump`` printed a linked image as its alt text:
    one link mark opening a line of 3-14 words without a sentence end, a block of its own
    above, and right under it (no blank line) a caption that opens with a capital and ends
    with its credit ("[16]Excavadora abriendo una zanja" / "Una excavadora abre la zanja …
    Foto: Andrés Cabello"). Read as w3m's ``[alt]``: an image, not the caption's first
    words. A link opening a paragraph goes on in the same sentence and carries no credit."""
    from .captions import split_caption  # only for a candidate line

    out: list[int] = []
    for k, line in enumerate(lines[:-1]):
        if not line.text.startswith("[") or not line.blank_before:
            continue
        match = _LYNX_LEAD_LINK.match(line.text)
        if match is None:
            continue
        alt = match.group(1).strip()
        if alt.endswith((".", "!", "?", ":", ",")) or not 3 <= len(alt.split()) <= 14:
            continue
        block: list[str] = []
        for below in lines[k + 1 : k + 5]:
            if below.blank_before:
                break
            block.append(_LYNX_REF.sub("", below.text).strip())
        if not block or not block[0][:1].isupper():
            continue
        parts = split_caption(" ".join(block))
        if parts is not None and parts.caption and parts.credit:
            out.append(line.number)
    return frozenset(out)


_IMAGE_TAG = lazy_pattern(
    r"^<(?:image|img)\b[^<>]*>?.*?\balt=\"(?P<alt>[^\"<>]{0,400})\"[^<>]*(?:/?>|></image>|</image>)?$"
)
"""A reader tool's raw image tag alone on its line, whose alt attribute carries the text:
``<image>![](data:…) alt="Caption. Foto: X"</image>``, ``<img src="…" alt="…">``."""


def _image_tag_line(line: Line) -> Line:
    # Round 22 (leftc): a raw image tag alone on its line (some reader tools print the
    # picture so). When its alt text splits into a caption and a credit ("Most w Olszanach.
    # Fot. Marta Zielonka") the line is that caption, read as any caption line is; any
    # other alt (a teaser's title, a logo) becomes markdown's ``![alt](src)``, an image
    # line the reader drops as it drops any. Guard: only lines opening with "<im".
    match = _IMAGE_TAG.match(line.text.strip())
    if match is None:
        return line
    from .captions import split_caption  # only for an image tag's line

    alt = match.group("alt").strip()
    parts = split_caption(alt) if alt else None
    if parts is not None and parts.caption and parts.credit:
        return line._replace(text=alt)
    return line._replace(text="![" + alt.replace("]", "") + "](image)")


def clean_markup(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """The lines without dump-tool markup, and the line numbers marked as headings (``## …``).

    Returns the same list object when no line carries markup (the usual case).
    """
    if any(line.text.startswith("<im") for line in lines):
        lines = [_image_tag_line(line) if line.text.startswith("<im") else line for line in lines]
    if not any("[" in line.text or "*" in line.text or line.text.startswith("#") for line in lines):
        return lines, set()
    out: list[Line] = []
    headings: set[int] = set()
    alts = lynx_image_alts(lines)
    for line in lines:
        text = line.text
        if line.number in alts:
            # lynx's linked image: printed as w3m's "[alt]", an image line the body skips
            out.append(line._replace(text="[" + _LYNX_REF.sub("", text).strip() + "]"))
            continue
        if text.startswith("#") and (match := _HEADING.match(text)):
            text = text[match.end() :]
            headings.add(line.number)
        if text.startswith("[![") and (card := _avatar_card(text)) is not None:
            text = card
        if "![" in text:
            text = _IMAGE.sub("", text).strip()
        if "[" in text:
            text = _linked_names(text) or _LINK.sub(r"\1", text)
            text = _LYNX_REF.sub("", text).strip()
            if text.startswith("[") and (match := _PLACEHOLDER_LEAD.match(text)):
                text = text[match.end() :]
            elif text.startswith("[") and (match := _AVATAR_LEAD.match(text)):
                rest = text[match.end() :]
                if is_name(_NAME_SEPARATORS.split(rest, maxsplit=1)[0].strip()):
                    text = rest
        if "_" in text:
            text = _EMPHASIS.sub(r"\1", text)
            if text.count("_") == 1:  # the open or closed end of a span the tool wrapped
                text = _EMPHASIS_CLOSE.sub("", _EMPHASIS_OPEN.sub("", text))
            elif text.count("_") == 2 and "__" in text:
                # an empty span or an icon's ("By [Name](…) __[@handle](…)"): the marks
                # at a word's edge go
                text = _LONE_MARKS.sub("", text)
        if "**" in text:
            text = _STRONG.sub(r"\1", text)
            if text.count("**") == 1:
                text = _STRONG_CLOSE.sub("", _STRONG_OPEN.sub("", text))
        if "\\" in text:
            text = _ESCAPE.sub(r"\1", text)
        if text.startswith(">"):
            # html2text's block quote (an embedded post, a pulled quote): "> text", ">".
            text = text.lstrip("> ").strip() or line.text
        if not text:
            text = line.text  # an image alone on its line stays as printed: it is chrome
        if _is_link_row(line.text):
            line = line._replace(link_row=True)
        out.append(line._replace(text=text) if text != line.text else line)
    return out, headings
