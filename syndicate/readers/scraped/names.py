"""What a person's name, a job title and a news agency look like."""

from __future__ import annotations

from ... import _functools as functools
from .dates import MONTH_NAMES
from .lazyre import lazy_pattern

__all__ = [
    "AGENCIES",
    "is_agency",
    "is_outlet",
    "is_signature",
    "is_name",
    "is_byline_role",
    "is_role_line",
    "normalize_name",
    "words",
]

_BRACKETED = lazy_pattern(r"\s*\([^()]{1,30}\)")
_AND_NAMES = lazy_pattern(r"\s+(?:and|&|und|et|y|e|en|i|и|і|та)\s+")
"""The "and" between two first names of one signature ("David and Ruth Ferreira")."""

# Agencies and outlets that appear alone as a photo credit or as a byline affiliation.
AGENCIES = frozenset(
    s.casefold()
    for s in (
        "Reuters",
        "AP",
        "The Associated Press",
        "Associated Press",
        "AFP",
        "AFP via Getty Images",
        "Getty Images",
        "Getty",
        "EPA",
        "EPA-EFE",
        "Bloomberg",
        "Shutterstock",
        "Alamy",
        "PA",
        "PA Media",
        "PA Wire",
        "dpa",
        "ANP",
        "ANSA",
        "Xinhua",
        "Kyodo",
        "Yonhap",
        "NurPhoto",
        "Sipa",
        "UPI",
        "BBC",
        "BBC News",
        "The Guardian",
        "ТАСС",
        "РИА Новости",
        "Интерфакс",
    )
)

# Small words allowed inside a name ("Ursula von der Leyen", "Luiz Inácio da Silva").
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "ter",
        "ten",
        "le",
        "la",
        "du",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "e",
    ]
)

# Capitalised words that start headings and headlines but never a person's name.
_NOT_NAMES = frozenset(
    w.casefold()
    for w in [
        "The",
        "A",
        "An",
        "And",
        "Or",
        "Of",
        "In",
        "On",
        "At",
        "For",
        "To",
        "With",
        "From",
        "By",
        "Why",
        "How",
        "What",
        "When",
        "Where",
        "Who",
        "Which",
        "This",
        "That",
        "These",
        "Those",
        "Our",
        "Your",
        "My",
        "Their",
        "Its",
        "His",
        "Her",
        "New",
        "More",
        "Most",
        "Read",
        "Related",
        "About",
        "Share",
        "Latest",
        "Top",
        "Live",
        "Watch",
        "Video",
        "News",
        "Updated",
        "Published",
        "Posted",
        "Photo",
        "Photograph",
        "Image",
        "Getty",
        "Reuters",
        "Summary",
        "Key",
        "Points",
        "Background",
        "Analysis",
        "Opinion",
        # a profile badge's alternative text under a byline ("Verified Patch Staff Badge")
        "Verified",
        "Badge",
        # a time zone spelled out after a date ("09:00 AM Eastern Daylight Time")
        "Daylight",
        "Time",
        *MONTH_NAMES,
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Mon",
        "Tue",
        "Wed",
        "Thu",
        "Fri",
        "Sat",
        "Sun",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Фото",
        "Читайте",
        "Как",
        "Что",
        "Почему",
        "Где",
        "Когда",
        "Это",
        "Новости",
    ]
)

_ROLE_WORDS = frozenset(
    [
        "correspondent",
        "reporter",
        "editor",
        "writer",
        "columnist",
        "contributor",
        "producer",
        "analyst",
        "journalist",
        "photographer",
        "critic",
        "presenter",
        "staff",
        "bureau",
        "chief",
        "commentator",
        "корреспондент",
        "корреспондентка",
        "редактор",
        "обозреватель",
        "журналист",
        "журналистка",
        "колумнист",
        "репортёр",
        "репортер",
        "фотограф",
    ]
)

_NAME_PUNCT = frozenset(".'’-")


def words(text: str) -> list[str]:
    """Lower-cased words of ``text`` with surrounding punctuation removed."""
    return [w.strip(".,;:()«»“”\"'’").casefold() for w in text.split()]


def is_agency(text: str) -> bool:
    """True for a known agency or outlet name such as "Reuters" or "Getty Images"."""
    return text.strip().casefold() in AGENCIES


_PHRASE_WORDS = 4
"""Words of a lower-case phrase that is never a masthead (:func:`is_outlet`)."""


def is_outlet(text: str) -> bool:
    """True for a short name that opens or ends with a masthead word of any language
    ("Prairie Public Ledger", "Diario de Navarra", "Kölner Rundschau"): a newspaper's, not
    a person's (a masthead word inside a name, "Ann Herald Smith", does not count)."""
    tokens = words(text)
    if not 1 <= len(tokens) <= 6:
        return False
    if len(tokens) >= _PHRASE_WORDS and not any(ch.isupper() for ch in text):
        # "record di presenze nonostante la pioggia" after a headline's comma: a phrase in
        # lower case throughout, not a masthead ("il manifesto" is two words) (round 22
        # lefta: the headline was read as a byline, "Name, Outlet")
        return False
    from ..language.cues import merged_words  # only a byline with a second name part pays

    mastheads = merged_words("masthead_words")
    return tokens[0] in mastheads or tokens[-1] in mastheads


def is_signature(text: str) -> bool:
    """A letter's or comment's signature: a name, a comma and a place of one to four words
    opening and ending with a capital ("Janet Okonkwo, Little Harrow", "David and Ruth
    Ferreira, Eastgate", "Fiona MacAulay, Isle of Carrow", "Ivor Jenkin (retired),
    Tregarth"). It closes a text: body, never a subhead.

    Letters pages sign in other shapes too: after a dash ("— Zbigniew Marczak, Brzeziny"),
    with the writer's job between name and town ("Ryszard Olejnik, emerytowany kolejarz,
    Tarnowo"), the town after a full stop or in brackets ("MERCEDES ARANDA SOLÍS. Monzón",
    "Joaquín Ferrer Bosch (Binéfar)"), or how the letter came instead of the town ("Elena
    Sanjuán Pueyo. Por correo electrónico": the ``signature_tails`` words)."""
    if len(text) > 70 or text[-1:] in ".!?:;":
        return False
    if text[:1] in _SIGN_DASHES:
        text = text[1:].lstrip()  # "— Name, Town": the dash a letters page signs with
        if not text:
            return False
    if text[-1:] == ")" and (town := _TOWN_IN_BRACKETS.search(text)) is not None:
        # "Joaquín Ferrer Bosch (Binéfar)": a name and a town in brackets; "(PAP)",
        # "(Reuters)", "(Kurier Lubelski)" name the writer's agency or paper instead
        inner = town.group(1)
        if (
            inner.upper() != inner
            and not is_agency(inner)
            and not is_outlet(inner)
            and is_name(text[: town.start()].strip())
        ):
            return _is_place(inner)
    text = _BRACKETED.sub("", text).replace(" ,", ",")
    if text.count(", ") == 2:
        # "Ryszard Olejnik, emerytowany kolejarz, Tarnowo": a job in lower case between
        who, role, place = text.split(", ")
        return role[:1].islower() and len(role.split()) <= 4 and _signed(who, place)
    if text.count(", ") == 1:
        who, place = text.split(", ")
    elif text.count(". ") == 1:
        who, place = text.split(". ")  # "MERCEDES ARANDA SOLÍS. Monzón"
        if not is_name(who):
            return False
    else:
        return False
    return _signed(who, place)


_SIGN_DASHES = frozenset("—–―-")
_TOWN_IN_BRACKETS = lazy_pattern(r"\s\(([^()]{2,40})\)$")


def _is_place(place: str) -> bool:
    # One to four words opening and ending with a capital ("Little Harrow", "Isle of
    # Carrow"), the words between capitalised or short ("of", "de", "nad").
    places = place.split()
    return (
        1 <= len(places) <= 4
        and places[0][:1].isupper()
        and places[-1][:1].isupper()
        and all(w[:1].isupper() or (w.isalpha() and len(w) <= 4) for w in places)
    )


def _signed(who: str, place: str) -> bool:
    # Whether ``who`` names the writers of a letter and ``place`` is their town or how
    # the letter came ("by email", "por correo electrónico").
    people = [p.strip() for p in _AND_NAMES.split(who)]
    if not (
        all(is_name(p) or (len(p.split()) == 1 and p[:1].isupper()) for p in people)
        and is_name(people[-1])
    ):
        return False
    if _is_place(place):
        return True
    from ..language.cues import merged_words  # only a name-led line pays

    return place.strip().casefold() in merged_words("signature_tails")


def _is_name_token(token: str) -> bool:
    if not token:
        return False
    # A capital, or a letter of a script without capitals (Arabic: "سارة الخطيب").
    first = token[0]
    uncased = first.isalpha() and not first.islower() and 0x5FF < ord(first) < 0x2E80
    if not (first.isupper() or uncased):  # Chinese and Japanese names are read elsewhere
        return False
    return all(ch.isalpha() or ch in _NAME_PUNCT for ch in token)


def is_name(text: str) -> bool:
    """True when ``text`` is shaped like one person's name: 2-5 capitalised words.

    Initials ("J.") and particles ("van", "de") are allowed; a first word that
    starts headlines ("The", "How", a month) is not. Shape only: "Peace Talks"
    passes, which is why callers also look at where the line stands.
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or len(text) > 60:
        return False
    first = tokens[0].casefold()
    # "Jan" is January's abbreviation and a first name (Dutch, Polish, Czech, German): the
    # name when a particle or a surname follows it ("Jan de Vries", "Jan Kowalski")
    given_jan = first == "jan" and tokens[1] in _PARTICLES | {t.title() for t in tokens[1:2]}
    if (first in _NOT_NAMES and not given_jan) or first in _PARTICLES:
        return False
    if any(token.endswith(("'s", "’s", "'S", "’S")) for token in tokens[:-1]):
        return False  # "Women's Volleyball", "Children's Hospital": a possessive, no name
    proper = 0
    for k, token in enumerate(tokens):
        if token in _PARTICLES:
            continue
        if not _is_name_token(token):
            return False
        if token.casefold() in _NOT_NAMES and not (k == 0 and given_jan):
            return False
        proper += 1
    return proper >= 2


def normalize_name(name: str) -> str:
    """Title-case an ALL-CAPS name ("MARISOL VEGA" -> "Marisol Vega"); leave others alone."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 2 or not all(ch.isupper() for ch in letters):
        return name

    def fix(token: str) -> str:
        out = []
        for part in token.split("-"):
            pieces = part.split("'")
            out.append("'".join(p[:1].upper() + p[1:].lower() for p in pieces))
        return "-".join(out)

    return " ".join(fix(t) if len(t) > 1 and not t.endswith(".") else t for t in name.split())


def is_role_line(text: str) -> bool:
    """True for a short job-title line ("Reporter", "BBC Wales environment correspondent")."""
    if len(text) > 80 or text[-1:] in ".!?" or len(text.split()) > 8:
        return False
    # "Contributing Writers", "Staff Reporters": one title for the writers named before it
    return any(w in _ROLE_WORDS or (w[-1:] == "s" and w[:-1] in _ROLE_WORDS) for w in words(text))


def ends_with_role_word(text: str) -> bool:
    """True when the last word is one of the reader's own newsroom titles ("… Staff
    Writer", "… Environment editor", "… Contributors"): a title's head noun closes it."""
    found = words(text)
    if not found:
        return False
    last = found[-1]
    return last in _ROLE_WORDS or (last[-1:] == "s" and last[:-1] in _ROLE_WORDS)


def is_byline_role(text: str) -> bool:
    """True for a job title after a byline's name, in any language the reader knows: the
    reader's own role words anywhere ("Senior Reporter"), or a title of the language data
    files as the phrase's head noun, last ("Education Programme Officer", "Senior Fellow")
    or first ("Chercheur associé", "Investigadora principal")."""
    if is_role_line(text):
        return True
    if len(text) > 80 or text[-1:] in ".!?" or len(text.split()) > 8:
        return False
    found = words(text)
    roles = _data_roles()
    if bool(found) and (found[-1] in roles or found[0] in roles):
        return True
    if len(found) == 1 and text[:1].isupper() and _compound_role(found[0], roles):
        return True
    if len(found) == 1 and len(found[0]) >= _LOWER_COMPOUND and _compound_role(found[0], roles):
        # Dutch writes the title after the name in lower case ("Eline Verhoeckx,
        # rechtbankverslaggever", "…, sportverslaggeefster"): a long compound only, since a
        # short lower-case word that happens to end in a title is no title.
        return True
    split = text.split()
    if (
        len(found) > 1
        and len(split) > 1
        and text[:1].isupper()
        and split[1][:1].islower()
        and _compound_role(found[0], roles)
    ):
        # "Ehrenvorsitzender des Heimatvereins …", "Landesvorsitzende der Jugend": a
        # compound title heading the phrase, its organisation after a lower-case article
        return True
    # a title of several words the data files hold whole, whatever its head noun:
    # "Initiative de journalisme local" (Canada's programme, after the writer's name)
    return " ".join(text.casefold().split()) in _data_role_phrases()


_COMPOUND_HEAD = 6
"""Letters a role word needs to head a compound ("…ärztin" is too short; "orthopädin")."""
_COMPOUND_LEAD = 4
"""Letters before the head: "Kieferorthopädin", not a name that ends like a role word."""
_LOWER_COMPOUND = 14
"""Letters a lower-case one-word title needs ("rechtbankverslaggever", "sportredacteur")."""


@functools.lru_cache(maxsize=1024)
def _compound_role(word: str, roles: frozenset[str]) -> bool:
    # True for one compound word whose head is a one-word job title of the data files
    # ("Kieferorthopädin", "Ernährungsberaterin", "Gesundheitsexpertin"): German and Dutch
    # write a specialist's title as one word, which no list holds whole.
    # One str.endswith of the titles short enough to leave the lead, not a loop over the
    # ~600 titles of the data files in Python (~1 M instructions a word).
    heads, fitting = _compound_heads(roles)
    room = len(word) - _COMPOUND_LEAD
    return room >= _COMPOUND_HEAD and word.endswith(heads[: fitting[min(room, len(fitting) - 1)]])


@functools.cache
def _compound_heads(roles: frozenset[str]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    # The one-word titles that may head a compound, shortest first, and for each length
    # ``n`` how many of them have at most ``n`` letters (``heads[:fitting[n]]``).
    heads = tuple(
        sorted([r for r in roles if len(r) >= _COMPOUND_HEAD and r.isalpha()], key=len)
    )
    try:
        # round 23 (speed23): the lengths as bytes, in order; the heads of at most n
        # letters end after the last n (one C search each), not a loop over the ~1,000
        # titles of eighteen languages in Python
        sizes = bytes(map(len, heads))
    except ValueError:  # a title of 256 letters or more
        sizes = None
    fitting, k = [], 0
    for n in range(len(heads[-1]) + 1 if heads else 1):
        if sizes is not None:
            last = sizes.rfind(n)
            k = last + 1 if last >= 0 else k
        else:
            while k < len(heads) and len(heads[k]) <= n:
                k += 1
        fitting.append(k)
    return heads, tuple(fitting)


@functools.cache
def _data_role_phrases() -> frozenset[str]:
    # Job titles of several words in every language's data file.
    from ..language.cues import merged_words

    return frozenset(w for w in merged_words("role_words") if " " in w)


@functools.cache
def _title_modifiers() -> frozenset[str]:
    # The words before the head noun of the data files' job titles of several words
    # ("senior", "political", "local", "democracy", "contributing"): words of a title.
    return frozenset(w for phrase in _data_role_phrases() for w in phrase.split()[:-1])


def is_title_word(word: str) -> bool:
    """True for a word that opens or qualifies a job title of the data files ("Senior",
    "Political", "Local"): a desk's title, not a name, when it opens the line."""
    return word.casefold() in _title_modifiers()


@functools.cache
def _department_words() -> frozenset[str]:
    # Department words of every language's data file ("gabinete", "press office").
    from ..language.cues import merged_words  # only a byline with a second part pays

    return merged_words("department_words")


@functools.cache
def _data_roles() -> frozenset[str]:
    # One-word job titles of every language's data file ("fellow", "officer", "referentin").
    from ..language.cues import merged_words  # only a byline with a second part pays

    return frozenset(w for w in merged_words("role_words") if " " not in w)
