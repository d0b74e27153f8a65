"""Bylines: "By A and B", "A in City and B in Town", a bare name, "Posted on … by A"."""

from __future__ import annotations

from ... import _functools as functools
from ... import _re as re
from ..._typing import NamedTuple
from .lazyre import lazy_pattern
from .names import (
    _compound_role,
    is_agency,
    is_byline_role,
    is_name,
    is_outlet,
    is_role_line,
    normalize_name,
)

__all__ = [
    "Byline",
    "bracketed_han_byline",
    "echoed_byline",
    "profile_byline",
    "han_byline",
    "has_han",
    "inner_prefix_byline",
    "listed_byline",
    "one_word_byline",
    "organisation_byline",
    "parse_byline",
    "parse_posted_by",
    "split_names",
    "untitled_name",
]

_BY = lazy_pattern(r"^(?:By|BY|by|Written by|Words by|Text by|Автор:|Авторы:|Текст:)\s+(\S.*)$")
_RANK = lazy_pattern(
    r"(?:[a-ząćęłńóśźżäöüéèà]{1,8}\.\s+){1,3}(?=[A-ZĄĆĘŁŃÓŚŹŻÄÖÜÉÈ][a-ząćęłńóśźżäöüéèà])"
)
"""One to three rank abbreviations in lower case before a name ("st. kpt.", "mł. asp.")."""
_POSTED_BY = lazy_pattern(
    r"(?i)^(?:posted|published)(?: on)?\s+(?P<date>.{4,60}?)\s+by\s+(?P<who>\S.*)$"
)
# "and" in the languages the reader knows (en, de, fr/es/pt/it/ca, nl, pl, ru, uk, ar; round 23:
# da/no "og", sv "och", tr "ve"; Czech "a" is left out: alone it is an Italian preposition).
_AND = lazy_pattern(
    r"\s+(?:and|AND|&|und|UND|et|ET|y|e|en|EN|i|oraz|ORAZ|и|і|та|ТА|و|og|OG|och|OCH|ve|VE)\s+"
)
# Round 22 (crosslang): a wire byline in capitals prints a one-letter "and" in capitals too
# ("POR ANA GIL Y LUIS MORA", "DE ANA SILVA E RUI MOTA"); alone such a letter may be an
# initial, so it joins two names only with two words or more on each side.
_AND_LETTER = lazy_pattern(r"\s+(?:Y|E|I|И|І)\s+")
# Round 23 (morelangs): Czech and Slovak write "and" as a lower-case "a" ("Autor: Jan Novák a
# Petr Malý"), a word Italian and Portuguese use as a preposition ("Anna Rossi a Milano"):
# it joins two names only when each side is two or three capitalised words.
_AND_LOWER_A = lazy_pattern(r"\s+a\s+")
# "Par Yann Le Goff, avec Inès Carpentier", "By A, with B", "Por A, con B": a second writer.
_WITH = lazy_pattern(r"^(?:with|avec|con|com|mit|met|z|ze|с|со|з|із|مع)\s+(?=\w)")
_USER_NAME = lazy_pattern(r"[\w.-]{3,30}")
# Round 25 (multiauth): a footnote mark glued to a writer's name in a byline ("By Jan
# Kowalski*, …", "Ana Gil†"): one to three asterisks or daggers after a letter, before a
# comma, bar, bracket, space or the line's end.
_FOOTNOTE_MARK = lazy_pattern(r"(?<=[^\W\d_])[*†‡]{1,3}(?=[\s,;|)]|$)")
_EMPHASIS_OPEN = lazy_pattern(r"(?:^|\s)[*_]+\w")
_BRACKETS = lazy_pattern(r"\s*\([^()]*\)")
# " - ", " – ", " / " (or a typewriter " -- ") between a byline's names and their outlet.
_AFFILIATION_MARK = lazy_pattern(r"\s+(--|[-–—/])\s+")
_EDITED_BY = lazy_pattern(
    r"\s+(?:[Ee]dited|[Rr]eviewed|[Mm]edically [Rr]eviewed|[Ff]act[- ][Cc]hecked)\s+[Bb]y\s"
)
"""The editor or reviewer a header names after the writer ("By A Edited by B"): not a writer."""
_EMAIL = lazy_pattern(
    r"\s*(?:[|,;·•/–—-]\s*)?(?:(?i:e-?mail):?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?(?=\s|$)"
)
"""A writer's e-mail address after the name, with the bar, comma or label before it
("Jane Roe | jroe@paper.com", "By Jane Roe, jroe@paper.com", "Jane Roe Email: …")."""
_CLOSING_DOMAIN = lazy_pattern(r"(?<=\S)\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s*$")
_IN_PLACE = lazy_pattern(r"^(?P<name>.+?)\s+(?:in|from|в)\s+(?P<place>[A-ZА-ЯЁ].*)$")
# "By DANIEL PRYCE FOR MAILONLINE", "Von Anna Roth für die Abendpost", "Par Léa Morel pour
# Le Courrier": the outlet the writer filed for, an affiliation, not part of the name.
_FOR_OUTLET = lazy_pattern(
    r"^(?P<name>.+?)\s+(?:for|For|FOR|für|FÜR|pour|POUR|para|PARA|per|PER|voor|VOOR|dla|DLA|для|ДЛЯ)"
    r"\s+(?:(?:the|The|THE|die|der|das|le|la|les|Le|La|Les|el|El|il|Il|de|De)\s+)?"
    r"(?P<outlet>[A-Z0-9А-ЯЁ]\S*(?:\s+[A-Z0-9А-ЯЁ]\S*){0,3})$"
)


class Byline(NamedTuple):
    """The people a byline names, each with a role when the byline gives one."""

    people: tuple[tuple[str, str | None], ...]
    rule: str


def _person(chunk: str) -> str | None:
    # The name in "Jane Roe" or "Jane Roe in Brussels", else None.
    chunk = chunk.strip(" .")
    if (single := _doubled_name(chunk)) is not None:
        return normalize_name(single)
    outlet = _FOR_OUTLET.match(chunk)
    if outlet and is_name(outlet.group("name")):
        return normalize_name(outlet.group("name"))
    if is_name(chunk):
        return normalize_name(_without_agency(chunk))
    title, _, rest = chunk.partition(" ")
    if title[:1].islower() and title.casefold() in _honorifics() and is_name(rest):
        return f"{title} {normalize_name(rest)}"  # "don Luca Ferrandi": the title is his
    if (titled := _titled_name(chunk)) is not None:
        return titled
    match = _IN_PLACE.match(chunk)
    if match and is_name(match.group("name")) and len(match.group("place").split()) <= 4:
        return normalize_name(match.group("name"))
    return None


_TITLE_RUN = 4
"""How many title words a byline prints before a name at most ("prof. dr hab. inż.")."""


def _titled_name(chunk: str) -> str | None:
    # "dr hab. inż. Marek Zieliński", "д-р Иван Петров", "le Dr Claire Vasseur" → the
    # name with its titles as printed ("Dr Claire Vasseur"): one to four academic or
    # professional titles of the data files (``name_title_words``, any case) before a name,
    # after an optional article or courtesy word (``name_title_leads``, dropped). Round 23
    # (leftd). Guard: three words or more, and the first (or the one after the article or
    # courtesy word) is a title word.
    tokens = chunk.split()
    if len(tokens) < 3:  # a title and a name of two words at least
        return None
    titles = _title_words()
    start = 1 if tokens[0].casefold() in _title_leads() else 0
    end = start
    while end < len(tokens) and end - start < _TITLE_RUN and tokens[end].casefold() in titles:
        end += 1
    if end == start or len(tokens) - end < 2 or not is_name(" ".join(tokens[end:])):
        return None
    return " ".join([*tokens[start:end], normalize_name(" ".join(tokens[end:]))])


def untitled_name(name: str) -> str | None:
    """Round 25 (multiauth): "Dr Ines Caldwell" → "Ines Caldwell": a writer's name without
    the academic or professional titles the byline printed before it (``name_title_words``),
    for the note under the story that names the writer without them ("*Ines Caldwell is a
    senior fellow …"); None when the name opens with no title or too little is left."""
    tokens = name.split()
    titles = _title_words()
    start = 0
    while start < len(tokens) - 2 and tokens[start].casefold() in titles:
        start += 1
    return " ".join(tokens[start:]) if start else None


@functools.cache
def _title_words() -> frozenset[str]:
    # Every language's titles printed before a name (``name_title_words``).
    from ..language.cues import merged_words

    return merged_words("name_title_words")


@functools.cache
def _title_leads() -> frozenset[str]:
    # Every language's articles and courtesy words before a title (``name_title_leads``).
    from ..language.cues import merged_words

    return merged_words("name_title_leads")


def _doubled_name(chunk: str) -> str | None:
    # "Jane Roe Jane Roe" → "Jane Roe": an author card prints the writer's photo, whose
    # alt text is the name, beside the name's link, and a dump joins the two on one line.
    tokens = chunk.split()
    half = len(tokens) // 2
    if half < 2 or len(tokens) != 2 * half or tokens[:half] != tokens[half:]:
        return None
    single = " ".join(tokens[:half])
    return single if is_name(single) else None


@functools.cache
def _honorifics() -> frozenset[str]:
    # Every language's lower-case clerical titles (``name_honorifics``).
    from ..language.cues import merged_words

    return merged_words("name_honorifics")


def _without_agency(name: str) -> str:
    # "HOLLIS BRANDT Associated Press" → "HOLLIS BRANDT": a wire byline prints the agency
    # under the name, and a scraped text joins the two lines without a separator.
    tokens = name.split()
    for size in (3, 2, 1):
        head = " ".join(tokens[:-size])
        if (
            len(tokens) > size + 1
            and _wire_agency(" ".join(tokens[-size:]), head)
            and is_name(head)
        ):
            return head
    return name


def _wire_agency(tail: str, head: str) -> bool:
    # A known agency, or (Round 22, crosslang) one of the language data files' agencies
    # in mixed case after a name in capitals ("RUI MOTA Agência Lusa", "ANNA NOWAK Polska
    # Agencja Prasowa"): the capitals set the name apart from the agency glued after it.
    if is_agency(tail):
        return True
    if not head.isupper() or tail.isupper() or not tail[:1].isupper():
        return False
    from ..language.cues import merged_words  # only a byline in capitals pays

    return tail.casefold() in merged_words("agencies")


def split_names(text: str) -> list[str]:
    """Split "A, B and C" into its parts."""
    parts: list[str] = []
    for chunk in re.split(r"\s*[,;]\s*", text):
        parts.extend(p for p in _and_split(chunk) if p.strip())
    return [p.strip() for p in parts]


def _and_split(text: str) -> list[str]:
    # ``text`` split at its "and"s; at a one-letter "and" in capitals only between two
    # names of two words or more ("ANA GIL Y LUIS MORA", not "JOHN E SMITH"); at a lower-case
    # "a" only between two names of two or three capitalised words ("Jan Novák a Petr Malý").
    out: list[str] = []
    for piece in _AND.split(text):
        halves = _AND_LETTER.split(piece) if " " in piece else [piece]
        # every name in capitals, the last one perhaps with its agency after it
        if len(halves) > 1 and all(
            len(h.split()) >= 2 and (h.isupper() or (k == len(halves) - 1 and _caps_head(h)))
            for k, h in enumerate(halves)
        ):
            out.extend(halves)
        else:
            out.extend(_lower_a_split(piece) if " a " in piece else (piece,))
    return out


_CZECH_SLOVAK_LETTERS = frozenset("áčďéěíĺľňóôŕřšťúůýžÁČĎÉĚÍĹĽŇÓÔŔŘŠŤÚŮÝŽ")
"""Letters of Czech and Slovak names; an English title-case headline has none of them."""


def _lower_a_split(piece: str) -> list[str]:
    # Round 23: "Jan Novák a Petr Malý" → two names; "Anna Rossi a Milano" stays whole.
    # A name in the piece must carry a Czech or Slovak letter: an English headline in title
    # case ("Magic Mushrooms Create a Hyperconnected Brain") has the same shape, and read as
    # two names it made a real page's headline a byline (merge of round 23).
    if _CZECH_SLOVAK_LETTERS.isdisjoint(piece):
        return [piece]
    halves = _AND_LOWER_A.split(piece)
    if len(halves) == 2 and all(
        2 <= len(words := h.split()) <= 3 and all(w[:1].isupper() for w in words) for h in halves
    ):
        return halves
    return [piece]


def _caps_head(text: str) -> bool:
    # The first two words in capitals ("LUIS MORA Agencia EFE").
    return all(w.isupper() for w in text.split()[:2])


def _arabic_and(part: str) -> list[str]:
    # Arabic writes "and" as a prefix: "ليلى المنصوري وسامر العبدالله" is two names.
    #
    # Split there only when every side keeps two words or more ("وليد" is a name).
    if part.isascii() or " و" not in part or len(part.split()) > 6:
        return [part]
    pieces = re.split(r"\s+و(?=\w)", part)
    if len(pieces) > 1 and all(2 <= len(piece.split()) <= 3 for piece in pieces):
        return pieces
    return [part]


def _people(text: str, *, strict: bool) -> list[tuple[str, str | None]] | None:
    # The people of a byline; after them, behind a dash or a slash, the desk or outlet
    # they write for ("Rita Sarmento - RTP", "Ana Gil / RTVE.es / Agencias").
    segments = _AFFILIATION_MARK.split(text)  # [names, mark, segment, mark, segment, …]
    people = _people_in(segments[0], strict=strict)
    if people is None:
        return None
    for mark, segment in zip(segments[1::2], segments[2::2], strict=True):
        if (is_role_line(segment) or department(segment)) and people[-1][1] is None:
            people[-1] = (people[-1][0], segment.strip())  # "SARAH BURGE / STAFF WRITER"
            continue
        if mark != "/" and people[-1][1] is None and _dashed_role(segment):
            # "Ana Prado - Repórter de Economia", "Jan Kos – Redaktor działu Sport": behind
            # a dash, a title of the data files heading the phrase is the writer's role,
            # not a second writer (a capitalised "Repórter de Agronegócio" reads as a name)
            people[-1] = (people[-1][0], segment.strip())
            continue
        # Behind a dash stands the outlet ("Name - Ascom Sesa"); behind a slash maybe a
        # second writer ("Ana Gil / Pedro Ruiz"), else the outlet ("/ RTVE.es / Agencias").
        more = None if mark != "/" and _affiliation(segment) else _people_in(segment, strict=True)
        if more is not None:
            people.extend(more)
        elif not _affiliation(segment):
            return None
    return people


def _dashed_role(segment: str) -> bool:
    # A job title after a dash in a byline: a title word of the data files first or last
    # ("Repórter de Agronegócio", "Sport Reporter"), no agency, no second name beside it.
    segment = segment.strip()
    if not segment or is_agency(segment) or not is_byline_role(segment):
        return False
    return _person(segment) is None or is_role_line(segment) or _role_heads(segment)


def _role_heads(segment: str) -> bool:
    # The phrase opens with a title word of the data files ("Redactor de Deportes").
    from .names import _data_roles  # only a dashed byline pays

    first = segment.split()[0].casefold().strip(".,:")
    return first in _data_roles()


def _affiliation(text: str) -> bool:
    # A desk, outlet or agency after the names: one to three capitalised words.
    words = text.split()
    return is_agency(text) or (
        1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and len(text) <= 40
    )


def _people_in(text: str, *, strict: bool) -> list[tuple[str, str | None]] | None:
    people: list[tuple[str, str | None]] = []
    role_part = -1
    outlet_part = -1
    parts = re.split(r"\s*(?:,|;|\|)\s*", text)
    for number, part in enumerate(parts):
        # "By Jane Roe, Senior Reporter, and Tom Okafor, Health Editor": after a title,
        # a part that opens with "and" and has a title of its own after it names the next
        # writer, not the first one's desk ("…, Speech, Privacy, and Technology Project")
        head, _, rest = part.partition(" ")
        anded = (
            number > 0
            and bool(rest)
            and head.casefold() in ("and", "&")
            and number + 1 < len(parts)
            and is_byline_role(parts[number + 1].strip())
        )
        if (
            not anded
            and number > 0
            and people
            and head.casefold() in _WITH_WORDS
            and _person(rest) is not None
        ):
            # Round 25 (multiauth): "By A, Senior Fellow, Institute | with B, Research
            # Analyst": after the first writer's title and desk, a part that opens with
            # "with" and a name names the next writer, not the first one's desk
            anded = True
        if (
            not anded
            and number > 0
            and number == len(parts) - 1
            and role_part == number - 1
            and bool(rest)
            and _AND.fullmatch(f" {head} ") is not None
            and _person(rest) is not None
        ):
            # Round 21 (bylines): "Von A, Redakteurin Lokales, und B", "By A, Senior
            # Reporter, and B": after the first writer's title, "and" and a name close the
            # byline, a second writer with no title of their own (not the first's desk)
            anded = True
        if anded:
            part = rest
        if number > 0 and people and people[-1][1] is None and _tail_role(
            part, last=number == len(parts) - 1, single=len(people) == 1, strict=strict
        ):
            # "Door Anna de Vries, jeugdbibliothecaris", "Por Ana Gil | Gabinete de
            # Comunicación": the writer's title or department, not a place or a second writer
            people[-1] = (people[-1][0], part.strip())
            role_part = number
            continue
        if (
            number > 0
            and people
            and people[-1][1] is None
            and not anded
            and not strict
            and (placed := _role_before_place(part)) is not None
        ):
            # Round 25 (multiauth): "…, Senior Lecturer in Hydrology, …", "Par A, envoyée
            # spéciale à Dakar, et B": the writer's title, then the field or the place of
            # the post after a short lower-case preposition; the whole phrase is the role
            people[-1] = (people[-1][0], placed)
            role_part = number
            continue
        if number > 0 and people and people[-1][1] is None and _joined_roles(part):
            # "Marguerite Oakhollow, Editor and Publisher", "…, Herausgeber und
            # Chefredakteur": two titles joined by "and" are one writer's role, not a
            # second writer (the title without a role word reads as no name)
            people[-1] = (people[-1][0], part.strip())
            role_part = number
            continue
        pieces = [p for chunk in _and_split(part) for p in _arabic_and(chunk)]
        if number == 0:
            first_anded = len([p for p in pieces if p.strip()]) >= 2
        for order, piece in enumerate(pieces):
            piece = piece.strip()
            if not piece:
                continue
            outlet = _FOR_OUTLET.match(piece)
            if outlet and is_name(outlet.group("name")):
                piece = outlet.group("name")  # "Ann Wu for The Ledger": the name alone
            trimmed = _without_agency(piece)
            if people and trimmed != piece and is_name(trimmed):
                # "By JANE ROE and TOM OKAFOR Associated Press": the wire's name closes
                # the last writer's piece; the writer is no outlet for all that
                piece = trimmed
            elif people and (is_agency(piece) or is_outlet(piece)):
                outlet_part = number
                continue  # an affiliation after the names: "…, Associated Press"
            if number == outlet_part and number > 0:
                continue  # a second outlet or place in the part: "…, g1 PB e TV Paraíba"
            if people and is_byline_role(piece) and not _second_writer(piece):
                # (not "…, доцент Павел Гринёв": a second writer with the title before
                # the name, read below)
                last, _ = people[-1]
                people[-1] = (last, piece)
                if piece[-1:] in "sS" and is_byline_role(piece[:-1]):
                    # "A and B, Contributing Writers": the plural title is everyone's
                    people = [(who, role or piece) for who, role in people]
                role_part = number
                continue
            both = _name_then_role(piece) or _role_then_name(piece)
            if both is None and not strict and not people and piece[:1].islower():
                both = _unlisted_role_then_name(piece)
            if both is not None:
                people.append(both)  # "By Marisol Yates Staff Writer": no comma between
                role_part = number
                continue
            if 0 <= role_part < number and order == 0 and not anded:
                # After a writer's title, a comma opens the desk or project they work for
                # ("Jane Roe, Senior Technologist, Speech and Privacy Project"), not a
                # second writer: another writer is joined by "and".
                continue
            if (
                number == 1
                and len(parts) == 2
                and len(pieces) == 1
                and len(people) >= 2
                and first_anded
                and _affiliation(piece)
            ):
                # "by Ana Gil and Tom Roe, Harbour Post": three writers are listed "A, B
                # and C", never "A and B, C"; what follows the joined pair is their outlet
                # (round 15, byline.and-pair-outlet)
                continue
            if (
                people
                and number == len(parts) - 1
                and number > 0
                and order == 0
                and piece.isupper()
                and not parts[0].isupper()
                and len(piece.split()) <= 4
            ):
                # Round 21 (scrapeda): "von Jana Roe, RADIO NORD HAMBURG": the writer's name
                # in mixed case, then the station or desk in capitals closing the byline;
                # the capitals are its affiliation, no second writer (a wire byline in
                # capitals prints every name so: "By JANE ROE, TOM OKAFOR" stays two)
                outlet_part = number
                continue
            name = _person(piece)
            if name is None and people and (joined := _WITH.match(piece)):
                name = _person(piece[joined.end() :])
            if name is None and not strict and (pair := _with_pair(piece)) is not None:
                people.append((pair[0], None))  # "By Jane Roe with Tom Okafor": two writers
                name = pair[1]
            if name is None and not strict and _organisation(piece):
                name = piece  # "From: Department for Transport and Helen Okoro MP"
            if name is not None:
                people.append((name, None))
            elif people and not strict and len(piece.split()) <= 3:
                if number > 0 and order == 0:
                    outlet_part = number  # the part's other pieces are places or outlets too
                continue  # a place after the names: "By Jane Roe, Brussels"
            elif people and number == len(parts) - 1 and order == 0 and _affiliation(piece):
                outlet_part = number
                continue  # the outlet closing a bare byline: "Jane Roe, The Harbour Post"
            else:
                return None
    return people or None


_PLACE_ROLE_WORDS = 7
"""Words in a title with its field or post ("Senior Lecturer in Hydrology") at most."""
_PLACE_PREPOSITION = 3
"""Letters of the lower-case preposition between a title and its field or post at most
("in", "of", "à", "en", "für" — "für" spelled out; "dans" and "nella" are left out)."""


def _bracketed_roles(
    people: list[tuple[str, str | None]], text: str
) -> list[tuple[str, str | None]]:
    # Round 25 (multiauth): "Por María Ruiz (corresponsal en Lima) y Jorge Paz", "Von A
    # (Redakteurin) und B": a bracket right after one writer's name holding a title (with
    # its post: ``_role_before_place``) or a department is that writer's role; a place or
    # anything else in brackets stays dropped. Guard: the caller's test for two writers or
    # more and a bracket; one ``str.find`` per writer.
    found = []
    for name, role in people:
        at = text.find(name + " (")
        end = text.find(")", at) if at >= 0 else -1
        if role is None and end > 0:
            inner = text[at + len(name) + 2 : end].strip()
            if "," not in inner and "(" not in inner and (
                is_byline_role(inner) or department(inner) or _role_before_place(inner)
            ):
                role = inner
        found.append((name, role))
    return found


def _role_before_place(part: str) -> str | None:
    # Round 25 (multiauth): a job title, then a short lower-case preposition and the
    # field or place of the post ("Senior Lecturer in Hydrology", "envoyée spéciale à
    # Dakar", "Research Fellow at Northfield"): the whole phrase, when the words before
    # the preposition are a title (``is_byline_role``), else None. Guard: a space and at
    # most seven words, no digit, no sentence end; the title is one to four words.
    part = part.strip()
    found = part.split()
    if not 3 <= len(found) <= _PLACE_ROLE_WORDS or part[-1:] in ".!?:":
        return None
    for cut in range(1, min(len(found) - 1, 5)):
        word = found[cut]
        if len(word) <= _PLACE_PREPOSITION and word.isalpha() and word.islower():
            if any(ch.isdigit() for ch in part):
                return None
            return part if is_byline_role(" ".join(found[:cut])) else None
    return None


_JOINED_ROLE_WORDS = 4
"""Words in each title of a joined role ("Managing Editor"); a longer piece is a phrase."""


def _joined_roles(part: str) -> bool:
    # A part of titles joined by "and" ("Editor and Publisher", "Publisher and Managing
    # Editor", "Editora y Directora"): a title of the data files on one side at least, and
    # no side a person's name that is not also a title (so "Editor and Tom Okafor" is not).
    if not part[:1].isupper() or part.rstrip()[-1:] in ".!?:":
        return False
    pieces = [p.strip() for p in _AND.split(part)]
    if len(pieces) < 2 or not all(1 <= len(p.split()) <= _JOINED_ROLE_WORDS for p in pieces):
        return False
    if any(not p[:1].isupper() or any(ch.isdigit() for ch in p) for p in pieces):
        return False
    roles = [is_byline_role(p) for p in pieces]
    named = (role or _person(p) is None for p, role in zip(pieces, roles, strict=True))
    return any(roles) and all(named)


_WITH_WORDS = ("with", "avec", "con", "com", "mit", "met")
"""The word that joins a second writer without a comma ("By Jane Roe with Tom Okafor")."""


_TAIL_ROLE_WORDS = 6
"""A role after a byline's name is short ("programistka kina", "Gabinete de Comunicación");
a longer tail is an apposition or a bio, which other rules read."""


def department(text: str) -> bool:
    """A desk or department signing with the writer ("Gabinete de Comunicación", "Press
    Office", "Afdeling Communicatie"): a short capitalised phrase whose first word, or first
    two, are a department word of the language data files."""
    from .names import _department_words  # only a byline with a second part pays

    found = text.strip().casefold().split()
    first = text.strip()[:1]
    # capitalised, or a letter of a script without case (Arabic, Hebrew, Han): the
    # department word itself is the test there
    if not 1 <= len(found) <= _TAIL_ROLE_WORDS or not first.isalpha() or first.islower():
        return False
    if text.rstrip()[-1:] in ".!?:":
        return False
    words = _department_words()
    return found[0] in words or " ".join(found[:2]) in words


def _bracketed_department(text: str) -> str | None:
    # "Ana Gil (Gabinete de Comunicación)": one bracketed group closing the byline that
    # names a department is the writer's role; a place or anything else in brackets is not.
    text = text.rstrip()
    if not text.endswith(")") or text.count("(") != 1:
        return None
    inner = text[text.index("(") + 1 : -1].strip()
    return inner if "," not in inner and department(inner) else None


def _tail_role(part: str, *, last: bool, single: bool, strict: bool) -> bool:
    # The part after a byline's name is the writer's role: a department phrase anywhere
    # after the name, or, closing a prefixed byline ("Door …", "Autor: …"), a short phrase
    # printed all in lower case ("tuincoördinator", "programistka kina") — a place, an outlet
    # or a second writer is capitalised, and "à Lyon", "in Kyiv" carry a capital after the
    # preposition.
    if department(part):
        return True
    found = part.split()
    return (
        last
        and single
        and not strict
        and 1 <= len(found) <= _TAIL_ROLE_WORDS
        and all(w[:1].islower() for w in found)
        and part.rstrip()[-1:] not in ".!?:"
        and not any(ch.isdigit() for ch in part)
    )


def _with_pair(piece: str) -> tuple[str, str] | None:
    # The two names of "Jane Roe with Tom Okafor", both of them names, else None.
    for word in _WITH_WORDS:
        head, sep, tail = piece.partition(f" {word} ")
        if sep:
            first, second = _person(head), _person(tail)
            return (first, second) if first is not None and second is not None else None
    return None


def without_joined_agency(rest: str) -> str:
    """ "Solène Marchadier avec AFP", "Redação Gazeta do Vale com Lusa", "Anna Roth mit dpa":
    a byline's names, then "with" and the news agency whose copy the writer used. The
    agency is no author beside a writer (LABELS.md 4: no affiliation), and a name read
    with it is wrong; so the names alone, when every word after the last "with" of the
    line is an agency of the data files ("AFP", "Lusa", "dpa e Reuters"). Without such a
    tail, the text as it was ("Par A avec B": a second writer)."""
    if " " not in rest:
        return rest
    for word in _WITH_WORDS:
        head, sep, tail = rest.rpartition(f" {word} ")
        head = head.rstrip(" ,;")  # "Redação, com agências": the comma goes with the tail
        if sep and head and _agencies_only(tail):
            return head
    return rest


def _agencies_only(tail: str) -> bool:
    # Every part of ``tail`` ("AFP", "AFP e Reuters", "dpa/AFP") is a news agency.
    from ..language.cues import merged_words  # only a byline with "with" in it pays

    known = merged_words("agencies")
    parts = [p.strip(" .") for chunk in _AND.split(tail) for p in chunk.split("/")]
    return all(p and (p.casefold() in known or is_agency(p)) for p in parts)


def _second_writer(piece: str) -> bool:
    # A piece after a comma that is a second writer with a lower-case title before the name
    # ("…, доцент Павел Гринёв"), not the first writer's role. A capitalised title there is
    # the role itself: "Text: Miriam Oesterle, Referentin Humanitäre Hilfe" names her desk,
    # and German prints its nouns capitalised, so they look like a name.
    return piece[:1].islower() and _role_then_name(piece) is not None


def _role_then_name(piece: str) -> tuple[str, str] | None:
    # "science reporter Harriet Quinlan", "chief political correspondent Tom Vale": a
    # broadcaster's byline puts the writer's title, in lower case, between "By" and the name
    # ("By political editor …", "Par notre correspondante …" ends in a role word too).
    words = piece.split()
    if len(words) >= 3 and words[0][:1].isupper():
        return _title_then_name(words)
    if len(words) < 3 or not words[0][:1].islower():
        return None
    for cut in range(1, min(len(words) - 1, 5)):
        role, name = " ".join(words[:cut]), " ".join(words[cut:])
        if not all(w[:1].islower() for w in words[:cut]):
            return None
        if is_byline_role(role) and is_name(name) and not is_byline_role(name):
            return normalize_name(name), role
    return None


_UNLISTED_ROLE_LETTERS = 5
"""Letters of a job word before a prefixed byline's name at least ("havenmeester"): shorter
lower-case words are articles and pronouns ("the", "de", "our", "unser")."""

_UNLISTED_ROLE_LEAD = 7
"""Letters of the article or possessive before such a job at most ("le", "notre",
"nuestro", "former")."""


def _unlisted_role_then_name(piece: str) -> tuple[str, str] | None:
    # Round 24 (bylrole): "Door havenmeester Joost Verhagen", "By harbourmaster Ann Lee":
    # after a byline prefix, one lower-case word that no data file lists as a title, then a
    # capitalised name of two to four words and nothing else — the writer's job, printed
    # before the name (a local paper signs a column with its writer's trade). Guards: the
    # caller passes only the first piece of a prefixed byline; the job is one word of
    # letters (a hyphen allowed), five letters or more and no title word, after at most one
    # short article or possessive ("le", "the", "nuestro"); the rest is a name
    # (``is_name``) and no title ("By the way Anna said" stays prose).
    words = piece.split()
    # "le garde-pêche Jean Roux", "the harbourmaster Ann Lee": an article or a possessive
    # (a short lower-case word) may stand before the job
    cut = 2 if len(words) > 3 and words[1][:1].islower() else 1
    if not 2 <= len(words) - cut <= 4:
        return None
    job = words[cut - 1]
    if cut == 2 and (len(words[0]) > _UNLISTED_ROLE_LEAD or not words[0].isalpha()):
        return None
    if len(job) < _UNLISTED_ROLE_LETTERS or not job.replace("-", "").isalpha():
        return None
    if not all(w.islower() for w in words[:cut]) or not all(w[:1].isupper() for w in words[cut:]):
        return None
    name = " ".join(words[cut:])
    if is_name(name) and not is_byline_role(name) and job not in _title_words():
        return normalize_name(name), " ".join(words[:cut])
    return None


def _title_then_name(words: list[str]) -> tuple[str, str] | None:
    # "Branch Secretary Aileen Morrow", "Club Treasurer Tom Reed": a club or society page
    # prints the writer's office, capitalised, before the name. The office is one to three
    # words ending in a title of the language data files (its head noun); the name after it
    # is two or three words and holds no title.
    from .names import _data_roles  # only a byline of three words or more pays

    roles = _data_roles()
    for cut in range(1, min(len(words) - 2, 3) + 1):
        role, name = " ".join(words[:cut]), " ".join(words[cut:])
        if not 2 <= len(words) - cut <= 3:
            continue
        if words[cut - 1].casefold() not in roles and not (
            # Round 25 (multiauth): "Von Hafenmeisterin Maria Vogt": German capitalises
            # its nouns, so a compound ending in a title of the data files ("…meisterin",
            # "…redakteur") stands capitalised before the name; one word only
            cut == 1 and words[0].isalpha() and _compound_role(words[0].casefold(), roles)
        ):
            continue
        if is_name(name) and not is_byline_role(name):
            return normalize_name(name), role
    return None


def _name_then_role(piece: str) -> tuple[str, str] | None:
    # "Marisol Yates Staff Writer", "GLEN HAVERTY Staff writer": a name, then its title
    # with no comma between (local papers' templates print the two side by side).
    words = piece.split()
    if len(words) < 3 or not is_byline_role(words[-1]):
        return None
    for cut in range(2, min(len(words), 5)):
        name, role = " ".join(words[:cut]), " ".join(words[cut:])
        if role.casefold() == "staff":
            continue  # "Motley Fool Staff", "Tribune Staff": an outlet's staff sign together
        if is_name(name) and is_byline_role(role) and not is_byline_role(name):
            return normalize_name(name), role
    return None


def _drop_brackets(text: str) -> str:
    # The text without its bracketed groups, nested ones included ("(Villefranche (Rhône))").
    while "(" in text:
        shorter = _BRACKETS.sub("", text)
        if shorter == text:
            break  # an unclosed bracket: left as printed
        text = shorter
    return text.strip()


_OUTLET_LINE_WORDS = 3
"""An outlet's name under a writer's has three words or more ("Tribune Features
Syndicate"); two ("Club Media", "Redazione ANSA") sign as a desk, an author."""


def ends_cut(text: str) -> bool:
    """True when a byline line stops on a lower-case word that is no "and" ("…, Sportredaktion
    des", "…, correspondante de"): a wrap tool cut its affiliation or role after a function
    word, which no byline ends on; the line under it is that phrase's end, no writer."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return last.isalpha() and last.islower() and _AND.fullmatch(f" {last} ") is None


def parse_byline(text: str) -> Byline | None:
    """The people in a byline line, or None when the line is not one."""
    text = _without_post_nominals(text)
    if ("*" in text or "†" in text or "‡" in text) and (bare := _without_footnote_marks(text)):
        text = bare
    if "@" in text and (bare := _EMAIL.sub("", text).strip()) != text:
        # Local papers print the writer's address beside the name; the name is the byline
        # (a line that is an address and nothing else is a contact line, not a byline).
        return parse_byline(bare) if bare and "@" not in bare else None
    if len(text) > 160 or text[-1:] in "!?:":
        return _with_appositive(text)
    if text[:2] == "By" and text[2:3].isupper() and text[3:4].islower():
        # "ByMalcolm Harris | January 14, 2015": the dump glued the byline's "By" span to
        # the name's link (no name opens "By" and a capital: "Byron", "Byrne" go on in
        # lower case).
        return parse_byline("By " + text[2:])
    match = _BY.match(text)
    if match and "." in text and (domain := _CLOSING_DOMAIN.search(match.group(1))) is not None:
        # "By Arnold Vale gulfnews.com": the outlet's web address closes the byline (a
        # name has no word with a dot before a lower-case ending)
        return parse_byline(text[: match.start(1) + domain.start()])
    if (
        match
        and (rank := _RANK.match(match.group(1))) is not None
        and match.group(1).split(None, 1)[0].casefold() not in _title_words()
    ):
        # Round 23 (leftd): "Door dr. Pieter de Wit", "Autor: prof. Jan Nowak": an academic
        # title is printed as part of the name and stays (``_titled_name``); ranks go.
        # "Autor: st. kpt. Marek Zieliński", "podkom. Anna Dudek": a police, fire-service or
        # military rank abbreviated in lower case before the name is no part of the name
        # (LABELS.md 4 keeps names only); "Dr." and "Prof." are printed capitalised and stay.
        return parse_byline(text[: match.start(1)] + match.group(1)[rank.end() :])
    if match and (edited := _EDITED_BY.search(text, match.start(1))) is not None:
        return parse_byline(text[: edited.start()])  # "By A Edited by B": A wrote it
    if match and (bare := without_joined_agency(match.group(1))) != match.group(1):
        return parse_byline(text[: match.start(1)] + bare)  # "By Jane Roe with Reuters"
    if match and "," in text:
        people = _people(_drop_brackets(match.group(1)), strict=False)
        if not people:
            return _with_appositive(text)
    if match:
        # "Par Jeanne Martin (Villefranche, envoyée spéciale)": the brackets hold a place or role.
        # "Par A (Rédaction de Digne) et B": brackets between the names go too.
        people = _people(_drop_brackets(match.group(1)), strict=False)
        head, _, tail = match.group(1).partition(",")
        if (
            people
            and len(people) == 2
            and match.group(1).count(",") == 1
            and not _AND.search(head)  # "By A and B, The Harbour Post": both are writers
            and _organisation(tail)
        ):
            people = people[:1]  # "By Arjun Whitlock, Revenue Service of Norland"
        if people and len(people) == 1 and people[0][1] is None:
            people = [(people[0][0], _bracketed_department(match.group(1)))]
        if people and len(people) >= 2 and "(" in match.group(1):
            people = _bracketed_roles(people, match.group(1))
        return Byline(tuple(people), "byline.by-prefix") if people else None
    if text.endswith("."):
        return None
    # "Lucía Ferrández*": an op-ed signature whose footnote, the bio, closes the article.
    people = _people(text[:-1] if text.endswith("*") else text, strict=True)
    if not people:
        return None
    if "," not in text and len(text.split()) >= _OUTLET_LINE_WORDS and is_outlet(text):
        # "Tribune Features Syndicate", "Valley Courier" on a line of their own under the
        # name: the outlet or syndicate the writer's column comes from, not a second writer
        return None
    second = text.partition(",")[2].strip()
    if (
        len(people) == 2
        and text.count(",") == 1
        and not _AND.search(text)
        and not _WITH.match(second)  # "Yann Le Goff, avec Inès Carpentier": two writers
        and "|" not in text
    ):
        # "Jane Roe, New York", "Andrew Ramsey, Melbourne Cricket Ground": a bare byline
        # joins two writers with "and"; after a lone comma stands the place or the desk.
        people = people[:1]
    rule = (
        "byline.name-in-place"
        if _IN_PLACE.match(text.split(",")[0]) and not is_name(text.split(",")[0])
        else "byline.bare-name"
    )
    return Byline(tuple(people), rule)


def _without_footnote_marks(text: str) -> str | None:
    # Round 25 (multiauth): "By Dr Ines Caldwell*, Senior Fellow, …", "Por Ana Gil† y Luis
    # Mora": an op-ed or a think tank marks a writer whose note (the bio, "*Ines Caldwell
    # is …") closes the page; the mark is no part of the name. The text without its marks,
    # or None when it has none or its asterisks open an emphasis ("By **Jane Roe**"), which
    # other rules read. Guard: the caller's test for the three characters first.
    if text.endswith("*") and _BY.match(text) is None:
        return None  # a bare "Name*" signature: read as it was (``parse_byline``'s tail)
    if _EMPHASIS_OPEN.search(text) is not None:
        return None
    bare = _FOOTNOTE_MARK.sub("", text)
    return bare if bare != text else None


def _post_nominal(token: str) -> bool:
    # Letters after a name for a degree or a membership ("PhD", "BVSc", "MRCVS", "MSc",
    # "CEng", "Ph.D."): two to six letters, at least half of them and two or more capitals
    # (a surname such as "McKay" has fewer), four or more when all are capitals; a Roman
    # numeral ("III") is part of the name.
    letters = token.replace(".", "")
    if not 2 <= len(letters) <= 6 or not letters.isalpha() or set(letters) <= set("IVX"):
        return False
    upper = sum(1 for ch in letters if ch.isupper())
    if upper == len(letters):
        # a short capitals word is an office the name keeps ("Helen Okoro MP", "MEP", "QC")
        return len(letters) >= 4
    return upper >= 2 and 2 * upper >= len(letters)


def _without_post_nominals(text: str) -> str:
    # "Imogen Tarrant BVSc MRCVS" → "Imogen Tarrant" (LABELS.md 4: names only). Only after
    # a name of two words or more printed in mixed case: in an all-capitals byline ("JANE
    # ROE") every word has the capitals' shape.
    head, comma, rest = text.partition(",")
    tokens = head.split()
    n = len(tokens)
    while n > 2 and _post_nominal(tokens[n - 1]):
        n -= 1
    last = tokens[n - 1] if n else ""
    if n == len(tokens) or not (last[:1].isupper() and any(ch.islower() for ch in last)):
        return text  # "By DANA ROE and RAFAEL ORTIZ": no mixed-case name before the letters
    return " ".join(tokens[:n]) + comma + rest


_APPOSITIVE_ROLE_WORDS = 6


def _with_appositive(text: str) -> Byline | None:
    # "By Jane Roe, a deputy editor who covers …", "Par Jean Dupont, envoyé spécial à
    # Kiev": one name after the prefix, then a comma and a phrase opening with a lowercase
    # word — an apposition about the writer (a name or an outlet opens with a capital).
    # A short apposition is the writer's role; a long one, the bio, is left out.
    match = _BY.match(text)
    if match is None:
        return None
    name, comma, rest = match.group(1).partition(",")
    rest = rest.strip()
    if not comma or not rest[:1].islower() or len(rest.split()) < 2:
        return None
    person = _person(_drop_brackets(name))
    if person is None:
        return None
    short = len(rest.split()) <= _APPOSITIVE_ROLE_WORDS and not rest.endswith((".", "!", "?"))
    return Byline(((person, rest if short else None),), "byline.by-prefix")


def parse_posted_by(text: str) -> tuple[str, Byline] | None:
    """Split "Posted on 14 June 2025 by Rosa Tindall" into its date text and byline."""
    if len(text) > 200:
        return None
    match = _POSTED_BY.match(text)
    if match is None:
        return None
    who = match.group("who").strip()
    people = _people(who, strict=False)
    if not people and _USER_NAME.fullmatch(who):
        people = [(who, None)]  # a blog's user name: "Posted on March 3, 2025 by oldmillbrook"
    if not people:
        return None
    return match.group("date"), Byline(tuple(people), "byline.posted-by")


_SENTENCE_END = (".", "!", "?", "…", "。")
_SMALL_WORDS = frozenset(["the", "of", "and", "for", "&"])


def _organisation(text: str) -> bool:
    # Whether the part of a byline after its one comma names an organisation, the writer's
    # employer ("Revenue Service of Norland", "Institute for Coastal Studies", "Valley
    # Courier"), not a second writer: capitalised words joined by "of", "for" or "the"
    # inside (a person's name has no such word), or a masthead word at either end. Also an
    # organisation that signs after a byline prefix ("From: Department for Transport and
    # Helen Okoro MP"): round 13 wrote a second ``_organisation`` for that, which this one
    # (defined later in the module) had replaced at run time; round 15 removed the dead copy.
    words = text.split()
    if not 3 <= len(words) <= 8 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    inner = words[1:-1]
    if any(w in ("of", "for", "the") for w in inner) and all(
        w[:1].isupper() or w in _SMALL_WORDS for w in words
    ):
        return True
    return is_outlet(text)


def organisation_byline(text: str) -> Byline | None:
    """ "By The Associated Press", "By Reuters Staff": an organisation signs the story."""
    if not text.startswith(("By ", "by ", "By: ", "by: ")) or len(text) > 60:
        return None
    rest = text[3:].strip(" :")  # "By: Millbrook Maple Producers Association"
    words = rest.split()
    if not 2 <= len(words) <= 6 or rest.endswith(_SENTENCE_END):
        return None
    if words[-1] in _SMALL_WORDS:
        return None  # "By Marcus Oyelaran and": a byline wrapped onto the next line
    if words[0][:1].isupper() and all(
        word[:1].isupper() or word in _SMALL_WORDS for word in words
    ):
        return Byline(((rest, None),), "byline.by-prefix")
    return None


def has_han(text: str) -> bool:
    """True when ``text`` holds a Han character."""
    # A character loop, not a pattern: compiling the Han range costs more than a header.
    # max() first, one pass in C: most non-ASCII lines hold nothing past U+4E00 (a curly
    # quote, an accent), and the loop is for those that do.
    return (
        not text.isascii()
        and max(text) >= "\u4e00"
        and any("\u4e00" <= ch <= "\u9fff" for ch in text)
    )


_HAN_NAME = lazy_pattern(r"\s*([\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff]{2})")
_HAN_NEXT_NAME = lazy_pattern(r"(?:[ \u3000]+|、)([\u4e00-\u9fff]{2,3})(?=[ \u3000、）)]|$)")
"""The next name after a Chinese byline's first: set apart by spaces or, round 22
(scrapedd), by the enumeration comma ("作者:邓晗、丁超逸")."""


def inner_prefix_byline(text: str, prefixes: tuple[str, ...]) -> Byline | None:
    """A byline prefix inside a short line: "Ein Artikel von Petra Vollmer", "Texto de Ana"."""
    key = text.casefold()
    for prefix in prefixes:
        if " " in prefix or not prefix.isalpha():
            continue
        at = key.find(f" {prefix} ")
        if at > 0:
            found = parse_byline("By " + text[at + len(prefix) + 2 :].strip())
            if found is not None:
                return found
    return None


_ECHO_MAX = 80
"""The longest name part (characters) of an author card echoed by its byline."""


_PROFILE_LINE = lazy_pattern(
    r"^(?P<name>[^\W\d_][^:]{3,48}?) (?P<label>[^\W\d_][\w-]{1,24}(?: [\w-]{1,24})?): (?P=name)$"
)
"""A profile card read as one line: the name, a role label with its colon, the name again."""


def profile_byline(text: str) -> Byline | None:
    """Round 23 (enhead): "Jane Roe Curator: Jane Roe", "Ana Lima Redatora: Ana Lima": a
    writer's profile card (the name under the photo, then a role label and the name) that
    a dump printed as one line. The name printed on both sides of the "Label:" is the
    byline and the label its role. Guard: a colon and a space in a line of 120 characters
    at most, the same name twice (one regular expression), the name read as one person."""
    if ": " not in text or len(text) > 120:
        return None
    match = _PROFILE_LINE.match(text.strip())
    if match is None:
        return None
    found = parse_byline(match["name"])
    if found is None or len(found.people) != 1:
        return None
    return Byline(((found.people[0][0], match["label"]),), "byline.profile-line")


def echoed_byline(text: str, prefixes: tuple[str, ...]) -> Byline | None:
    """ "Jane Roe By Jane Roe The Valley Courier", "Jane Roe, Coast Media Group By Jane Roe,
    Coast Media Group Valley.com": an author card (the writer's photo or profile link,
    then "By" and the name, then the outlet) read as one line. The words before a byline
    prefix printed again right after it are the byline; what follows the second printing
    is the outlet's name (LABELS.md 4: no affiliation). After a lone comma inside the
    printed part stands the writer's desk or employer when it is three words or more."""
    key = text.casefold()
    for prefix in prefixes:
        if " " in prefix or not prefix.isalpha():
            continue
        at = key.find(f" {prefix} ")
        if not 0 < at <= _ECHO_MAX:
            continue
        head = text[:at].strip()
        rest = text[at + len(prefix) + 2 :].lstrip()
        if len(head.split()) < 2 or not rest.startswith(head):
            continue
        after = rest[len(head) : len(head) + 1]
        if after and after not in " ,|":
            continue  # "Jane Roe By Jane Roebuck": not the same name
        name, comma, tail = head.partition(",")
        if comma and "," not in tail and len(tail.split()) >= 3 and not _AND.search(name):
            head = name  # "Ari Lenz, Northeast Coast Media Group": the writer's employer
        return parse_byline("By " + head)
    return None


def one_word_byline(rest: str) -> Byline | None:
    """ "Por Redacción", "Von dpa", "di Redazione online": a newsroom's name after a
    byline prefix — one capitalised word, and at most one word after it. A site's name
    may hold figures ("di Redazione MercatoLive24", "Redaktion Sport24"); a word that
    opens with a figure is a date or a count, not a name. A compound joined by hyphens
    is one word ("Von Tierheim-Team", "von Online-Redaktion")."""
    words = rest.split()
    if (
        1 <= len(words) <= 2
        and rest[0].isupper()
        and len(rest) <= 30
        and all(part.isalpha() for part in words[0].split("-"))
        and all(word[:1].isalpha() and word.replace("-", "").isalnum() for word in words)
        and not rest.endswith("-")
    ):
        return Byline(((rest, None),), "byline.by-prefix")
    return None


_HAN_OFFICE_CHARS = 12
"""How many Han characters an office's name after an author label holds at most."""


def labelled_organisation(rest: str) -> Byline | None:
    """ "Autor: Biuro prasowe Zarządu Okręgu", "Auteur : Service communication de la Ville":
    after an author label with its colon, an office's name of two to six words, capital
    first and last, no figure and no sentence — the writer is an organisation. In Chinese
    ("作者：应急救援处", "来稿：区融媒体中心") the office's name is one run of four to twelve Han
    characters: a person's name is two or three (:func:`han_byline`)."""
    if has_han(rest) and 4 <= len(rest) <= _HAN_OFFICE_CHARS:
        if all("\u4e00" <= ch <= "\u9fff" for ch in rest):
            return Byline(((rest, None),), "byline.by-prefix")
        return None
    words = rest.split()
    if (
        2 <= len(words) <= 6
        and len(rest) <= 60
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w.isalpha() for w in words)
        and not rest.endswith((".", "!", "?"))
    ):
        return Byline(((rest, None),), "byline.by-prefix")
    return None


def _report_verbs() -> frozenset[str]:
    from ..language.cues import merged_words  # only a Chinese byline with two names pays

    return merged_words("byline_report_verbs")


def han_byline(text: str, prefixes: tuple[str, ...]) -> Byline | None:
    """Names after Chinese byline words: "记者 刘洋 通讯员 周敏", "記者林怡君／台北報導"."""
    if len(text) > 80:
        return None
    found: list[tuple[int, str]] = []
    for prefix in prefixes:
        start = 0
        while (at := text.find(prefix, start)) >= 0:
            start = at + len(prefix)
            if any(stop in text[:at] for stop in "。；！？"):
                continue  # "…方便。记者走访发现，…": a sentence of prose, no byline
            if text[start:].lstrip(" \u3000").startswith(prefixes):
                continue  # "文｜本刊记者 余晓棠": a label over a role word; the name follows that
            match = _HAN_NAME.match(text, start)
            if match and any(
                text.startswith(prefixes, i) for i in range(match.start(1) + 1, match.end(1))
            ):
                # "文/驻村记者 A", "作者：实习记者 A": a role word the cues do not list, whose
                # last characters are a byline word ("记者"); the name follows that word
                match = None
            while match and all(match.group(1) != name for _, name in found):
                found.append((match.start(1), match.group(1)))
                # "记者 陈晓 李雪": the names after one prefix, set apart by spaces
                match = _HAN_NEXT_NAME.match(text, match.end())
                if match and (
                    match.group(1) in prefixes
                    or match.group(1) in _report_verbs()
                    or match.group(1) in _title_words()  # round 23 (leftd): "文/王建国 教授"
                ):
                    break  # "记者 陈晓 通讯员 …", "记者 陈晓 报道": no second name
    people = [(name, None) for _, name in sorted(found)]  # in the order printed
    # "〔記者林佩蓉／高雄報導〕", "【記者…】": a byline set in brackets opens with its prefix
    lead = text.lstrip(_HAN_OPENING_BRACKETS)
    if not people or (not has_han(lead[:1]) and not lead.startswith(prefixes)):
        return None
    return Byline(tuple(people), "byline.by-prefix")


_HAN_OPENING_BRACKETS = "〔【〖（(［[ \u3000■□◆●▲"
"""Brackets a Chinese byline line may open with: the tortoise-shell 〔〕 of Taiwanese
dailies, the lenticular 【】, full-width and ASCII parentheses, and the solid or hollow
square, diamond, dot or triangle a printed paper sets before its byline ("■本报记者　A")."""


def bracketed_han_byline(text: str, prefixes: tuple[str, ...]) -> Byline | None:
    """Reporters named in brackets near the start of a Chinese story or on a line of their
    own at its end: "新华社南京3月12日电（记者 陈晓 李雪）…", "【記者陳怡君／台中報導】…",
    "（记者 周婷）"."""
    if not has_han(text):
        return None
    opening = min(
        (at for at in map(text.find, ("（", "(", "【", "〔")) if at >= 0),
        default=-1,
    )
    if not 0 <= opening <= 40:
        return None
    ends = (
        text.find("）", opening),
        text.find(")", opening),
        text.find("】", opening),
        text.find("〕", opening),
    )
    closing = min((at for at in ends if at >= 0), default=-1)
    inner = text[opening + 1 : closing].strip() if closing > opening else ""
    if len(inner) > 40 or not (inner.startswith(prefixes) or _role_led(inner, prefixes)):
        return None
    return han_byline(inner, prefixes)


_HAN_ROLE_HEAD = 3
"""How many Han characters a role word may set before its byline word ("驻村" + "记者")."""


def _role_led(inner: str, prefixes: tuple[str, ...]) -> bool:
    # "驻村记者 A", "跟班记者 A": a bracket opening with a role word the cues do not list,
    # one to three Han characters before a byline word of the list, and a space before the
    # name (in "据记者了解，…" the word is prose).
    for i in range(1, min(_HAN_ROLE_HEAD, len(inner)) + 1):
        if not "\u4e00" <= inner[i - 1] <= "\u9fff":
            return False
        word = next((p for p in prefixes if inner.startswith(p, i)), None)
        if word is not None:
            return inner[i + len(word) : i + len(word) + 1] in (" ", "\u3000")
    return False


def listed_byline(text: str) -> Byline | None:
    """The names under a byline label: "Department for Rivers and Coasts, Environment
    Protection Office and Rt Hon Ellen Marsh MP" — a list cut at its commas and at its
    last "and", so that a name holding "and" stays whole."""
    if len(text) > 200 or text.endswith(_SENTENCE_END) or text.endswith((":", "：")):
        return None  # (round 20: "MORE ON:" is the next label, no list of names)
    parts = [part.strip() for part in text.split(", ")]
    joints = list(_AND.finditer(parts[-1]))
    if joints:
        last = joints[-1]
        parts[-1:] = [parts[-1][: last.start()].strip(), parts[-1][last.end() :].strip()]
    if not all(part[:1].isupper() and len(part.split()) <= 8 for part in parts):
        return None
    if any(":" in part or "：" in part for part in parts):
        return None  # round 22 (scrapedd): "Autor:redakcja" is a label and a name, no name
    return Byline(tuple((part, None) for part in parts), "byline.after-label")
