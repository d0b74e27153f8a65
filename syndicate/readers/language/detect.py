"""Which language a text is in: by script where the script decides, by words or CLD2 otherwise.

Order of the rules (the rule name is what provenance records):

The sample is the text's prose: on a whole-page dump the first few thousand characters are
menus, sign-in links and link addresses ("Home", "Login", "/es/", "?lang=pt"), and a page
whose menu is English or whose links are full of path words was named in the wrong language
(an Italian page read with English cue words loses its bylines and dates). So the lines that
read as running text are sampled first (see :func:`prose_sample`), link addresses removed.

1. ``language.script-*`` — a script used by one language here decides alone:
   Arabic → ar, Hebrew → he, Greek → el, Devanagari → hi, Thai → th,
   Hangul → ko, Kana → ja, Han without kana → zh. Cyrillic is split by its
   letters: і/ї/є/ґ → uk, ў → be, ъ without ы/э → bg, else ru.
2. ``language.frequent-words`` — Latin script: the commonest words of en, de,
   fr, es, it, pt, nl, pl, sv, da, no, ca, tr, cs, ro, hu, fi, sk (``data/frequent.toml``) are
   counted; a clear winner decides without loading anything else. Most articles
   stop here.
3. ``language.cld2`` — otherwise Google's CLD2 (``pycld2``, imported only then)
   is asked, and its answer is taken when it calls itself reliable.
4. ``language.frequent-words-weak`` — CLD2 unsure or unavailable: the best
   word count, if any; then ``language.calendar-words`` — the one language whose
   weekday or month names the text uses; ``language.default`` (en) when nothing at
   all is known.
"""

from __future__ import annotations

from ... import _functools as functools
from ... import _re as re
from .cues import compiled_line
from .stopwords import WORDS

__all__ = ["detect_language"]

_SAMPLE = 4000
"""Characters looked at: a paragraph or two is plenty, and it keeps the cost flat."""

# Letters are counted per script from the lead bytes of their UTF-8 encoding: every block
# here starts with its own lead bytes (Cyrillic U+0400–04FF is D0–D3, Han U+4E00–9FFF is
# E4–E9…), and a lead byte never occurs inside another character. bytes.count is one C loop
# per byte value, where a regular expression per script cost ~0.3 ms each to compile.
_LEADS: tuple[tuple[str, tuple[bytes, ...]], ...] = (
    ("latin", tuple(bytes([b]) for b in range(0xC3, 0xCA))),  # U+00C0–024F, accented letters
    ("el", (b"\xce", b"\xcf")),  # Greek U+0380–03FF
    ("cyrillic", (b"\xd0", b"\xd1", b"\xd2", b"\xd3")),  # U+0400–04FF
    ("he", (b"\xd7",)),  # Hebrew letters U+05C0–05FF
    ("ar", (b"\xd8", b"\xd9", b"\xda", b"\xdb")),  # Arabic U+0600–06FF
    ("hi", (b"\xe0\xa4", b"\xe0\xa5")),  # Devanagari U+0900–097F
    ("th", (b"\xe0\xb8", b"\xe0\xb9")),  # Thai U+0E00–0E7F
    ("kana", (b"\xe3\x81", b"\xe3\x82", b"\xe3\x83")),  # U+3040–30FF
    ("han", tuple(bytes([b]) for b in range(0xE4, 0xEA))),  # U+4000–9FFF
    ("ko", (b"\xeb", b"\xec", b"\xed")),  # Hangul syllables U+B000–D7FF
)
_RULES = {
    "ar": "language.script-arabic",
    "he": "language.script-hebrew",
    "el": "language.script-greek",
    "hi": "language.script-devanagari",
    "th": "language.script-thai",
    "ko": "language.script-hangul",
}
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_CONTROLS = bytes.maketrans(bytes(range(32)) + b"\x7f", b" " * 33)
_MIN_WORDS = 4
"""Fewer Latin words than this and no count is trusted (a name, a label)."""
_CLD2_MIN_WORDS = 6
_PROSE_SCAN = 200_000
"""Characters scanned for prose lines: enough for the longest page chrome, flat on 10 MB."""
_PROSE_ENOUGH = 150
"""Fewer characters of prose than this and the text's head is the sample after all."""


def detect_language(text: str) -> tuple[str, str]:
    """A BCP 47 language tag for a text and the name of the rule that decided it."""
    sample = prose_sample(text)
    letters = count_scripts(sample)
    if not letters:
        return "en", "language.default"
    script, count = max(letters.items(), key=lambda item: item[1])
    if script == "latin":
        return _latin(sample)
    if script == "cyrillic":
        return _cyrillic(sample)
    if script == "han":
        if letters.get("kana", 0) * 10 >= count:  # Japanese writes kana among its kanji
            return "ja", "language.script-kana"
        return "zh", "language.script-han"
    if script == "kana":
        return "ja", "language.script-kana"
    return script, _RULES[script]


def prose_sample(text: str, size: int = _SAMPLE) -> str:
    """Up to ``size`` characters of the text's running prose, link addresses removed.

    A prose line has 60 characters or more with eight spaces (words), or 20 letters of a
    script written without spaces, and is mostly letters (not MathML, code or a link row).
    When the text has less prose than a sentence or two, its head is used.
    """
    picked: list[str] = []
    total = 0
    for line in text[:_PROSE_SCAN].splitlines():
        plain = (
            _without_links(line).strip()
            if "](" in line or "//" in line or "www." in line
            else line.strip()
        )
        if len(plain) < 30 or not _reads_as_prose(plain):
            continue
        picked.append(plain)
        total += len(plain) + 1
        if total >= size:
            break
    if total >= _PROSE_ENOUGH:
        return "\n".join(picked)[:size]
    head = text[:size]
    return _without_links(head) if "](" in head or "//" in head else head


def _reads_as_prose(line: str) -> bool:
    letters = sum(map(str.isalpha, line))
    if letters * 10 < len(line) * 6:
        return False
    if len(line) >= 60 and line.count(" ") >= 8:
        return True
    unspaced = sum(
        1 for char in line if "\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af"
    )
    return unspaced >= 20


def _without_links(text: str) -> str:
    # Markdown links and images kept as their words; bare addresses dropped.
    return _link_pattern().sub(re.expand(r"\1"), text)  # without importing re (syndicate._re)


@functools.cache
def _link_pattern() -> re.Pattern[str]:
    return re.compile(r"!?\[([^\]]*)\]\([^)]*\)|(?:https?:)?//\S+|www\.\S+")


def count_scripts(sample: str) -> dict[str, int]:
    """Letters per script ("latin", "cyrillic", "han", "kana", "ar", "el"…); no zero counts."""
    raw = sample.encode("utf-8", "ignore")
    ascii_letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    counts = {"latin": ascii_letters} if ascii_letters else {}
    if raw.isascii():  # most English pages: nothing else to count
        return counts
    for name, leads in _LEADS:
        found = sum(raw.count(lead) for lead in leads)
        if found:
            counts[name] = counts.get(name, 0) + found
    return counts


def _cyrillic(sample: str) -> tuple[str, str]:
    def count(chars: str) -> int:
        return sum(sample.count(char) for char in chars)

    cyrillic = count_scripts(sample).get("cyrillic", 0)
    ukrainian = count("ієїґІЄЇҐ")
    russian = count("ыэЫЭ")
    if count("ўЎ") and not russian:
        return "be", "language.script-cyrillic-belarusian"
    # A Ukrainian text has і/ї/є/ґ at ~1 in 15 letters and never ы/э; a quoted Ukrainian
    # name in Russian copy has a few і and many ы/э.
    if ukrainian * 100 > cyrillic and ukrainian > russian:
        return "uk", "language.script-cyrillic-ukrainian"
    if not russian and not ukrainian:
        if count("ѓќѕЃЌЅ"):
            return "mk", "language.script-cyrillic-macedonian"
        if count("јљњћџђЈЉЊЋЏЂ"):
            return "sr", "language.script-cyrillic-serbian"
        if count("ъЪ") * 100 > cyrillic:
            return "bg", "language.script-cyrillic-bulgarian"
    return "ru", "language.script-cyrillic"


@functools.cache
def _frequent() -> dict[str, tuple[str, ...]]:
    # word → the languages it is frequent in (a word may belong to several).
    try:
        line = compiled_line("frequent-table")
    except LookupError:  # a compiled file built before round 24
        return _frequent_from_lists()
    # Round 24 (morelangs3): the table is built by the language build; here four strings
    # are split and zipped in C. Building it here from the lists (~760 words) cost ~0.45 M
    # instructions more of a first parse (callgrind).
    words, langs = line["single_words"].split(" "), line["single_langs"].split(" ")
    table = dict(zip(words, zip(langs), strict=True))
    if line["shared_words"]:
        shared = [tuple(group.split("+")) for group in line["shared_langs"].split(" ")]
        table.update(zip(line["shared_words"].split(" "), shared, strict=True))
    return table


def _frequent_from_lists() -> dict[str, tuple[str, ...]]:
    # The same table built from the word lists (a compiled file without its table).
    table: dict[str, tuple[str, ...]] = {}
    for lang, words in compiled_line("frequent")["words"].items():
        for word in words:
            folded = word.casefold()
            langs = table.get(folded, ())
            if lang not in langs:
                table[folded] = (*langs, lang)
    return table


def word_scores(sample: str) -> tuple[int, dict[str, float]]:
    """The number of words, and per language the share of them among its commonest words."""
    tokens = WORDS.findall(sample.casefold())
    table = _frequent()
    scores: dict[str, float] = {}
    for token in tokens:
        langs = table.get(token)
        if langs:
            weight = 1.0 / len(langs)  # a word frequent in two languages counts half for each
            for lang in langs:
                scores[lang] = scores.get(lang, 0.0) + weight
    total = len(tokens)
    return total, {lang: hits / total for lang, hits in scores.items()} if total else {}


def _latin(sample: str) -> tuple[str, str]:
    total, scores = word_scores(sample)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, share = ranked[0] if ranked else ("", 0.0)
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    # A paragraph of running text has 25-45 % of its words among the commonest ones, and the
    # next language far behind; a clear margin decides without asking CLD2 (~4 ms to import).
    if total >= _MIN_WORDS and share >= 0.15 and share >= 2.5 * runner_up:
        return best, "language.frequent-words"
    # CLD2 names a language for four place names ("Mitte, Centre, Centro, Graz" → Estonian,
    # "reliable"): it is asked only about a sentence or more.
    found = _cld2(sample) if total >= _CLD2_MIN_WORDS else None
    if found is not None:
        return found, "language.cld2"
    if total >= _MIN_WORDS and share > runner_up:
        return best, "language.frequent-words-weak"
    named = _calendar_language(sample)
    if named is not None:
        return named, "language.calendar-words"
    return "en", "language.default"


def _calendar_language(sample: str) -> str | None:
    # The one Latin-script language whose weekday or month names the text uses.
    #
    # Asked only when the commonest words could not decide (a sentence of five words:
    # "Le conseil s'est réuni lundi.", "De raad kwam maandag bijeen."): a day or month
    # name belongs to one language far more often than a short function word does.
    table = _calendar_words()
    found = {lang for token in WORDS.findall(sample.casefold()) for lang in table.get(token, ())}
    return found.pop() if len(found) == 1 else None


@functools.cache
def _calendar_words() -> dict[str, tuple[str, ...]]:
    # Weekday and month name (four letters or more) → the languages that print it.
    from .cues import LANGUAGES, cues

    table: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        found = cues(lang)
        for forms in (*found.weekdays, *found.months):
            for form in forms:
                if len(form) >= 4 and form.isalpha():
                    table.setdefault(form, set()).add(lang)
    return {word: tuple(langs) for word, langs in table.items()}


def _cld2(sample: str) -> str | None:
    # CLD2's answer when it is reliable, else None (also when pycld2 is not installed).
    try:
        import pycld2
    except ImportError:
        return None
    # CLD2 takes UTF-8 and refuses some control characters: lone surrogates and C0 controls go.
    raw = sample.encode("utf-8", "ignore").translate(_CONTROLS)
    try:
        reliable, _bytes, details = pycld2.detect(raw, bestEffort=False)
    except (pycld2.error, ValueError):
        return None
    code = details[0][1] if details else "un"
    if not reliable or code in {"un", "xxx"}:
        return None
    return {"zh-Hant": "zh", "iw": "he", "nb": "no"}.get(code, code.split("-")[0])
