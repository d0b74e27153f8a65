"""The body: paragraphs, section headings, figures, pull quotes and lists, in reading order."""

from __future__ import annotations

from collections import Counter

from ...model import Block, Figure, Heading, ListBlock, Paragraph, Quote
from .barecredits import any_language_agency, block_credit, is_handout, named_body
from .captions import (
    CaptionParts,
    alt_over_caption,
    bracketed_credit,
    has_han_char,
    known_agency,
    lone_code_credit,
    opens_as_caption,
    outlet_credit,
    split_caption,
    stands_alone,
    without_alt_echo,
    without_rights_mark,
    without_sign,
)
from .cuewords import ChromeCues, fold
from .dates import is_empty_date_label
from .features import _DIGITS, _SCORE_LINE, _cjk_share, fact_row, notice_row
from .lazyre import lazy_pattern
from .lines import (
    COLON_HEADS,
    COLON_LABEL_CHARS,
    Line,
    colon_label,
    figure_item,
    prose_line,
    unwrap,
    value_row,
)
from .names import is_byline_role, is_name, is_signature
from .noise import CONTACT_DETAIL

__all__ = ["Placed", "heading_evidence", "is_heading", "read_body"]

_OPEN_QUOTES = "“\"«„‘'"
_CLOSE_QUOTES = "”\"»“’'"
_BULLET = lazy_pattern(r"^[-*•·▪●–]\s+(\S.*)$")
_NUMBERED = lazy_pattern(r"^(\d{1,3})[.)]\s+(\S.*)$")
_CHAPTER_MARK = lazy_pattern(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s+\S")
"""A chapter of an episode or a video listed by its time ("(06:40) How it began", "12:05
The vote"): an item of a list, one a line."""
_QUANTITY = lazy_pattern(r"^(?:\d+(?:[.,/]\d+)?|[½⅓⅔¼¾⅛])\s?(?:g|kg|ml|l|tbsp|tsp|cups?|oz|lb)\s")
"""A list item that opens with an amount and a unit: "150 g rolled oats", "½ tsp salt"."""
_STEP_NUMBER = lazy_pattern(r"^\d{1,2}[.)]$")
"""A step's number alone on its line ("1.", "2)"): a marker, no paragraph (LABELS.md 11)."""
_AMOUNT_LEAD = lazy_pattern(r"^(?:\d+(?:[.,/]\d+)?|[½⅓⅔¼¾⅛])\s\S")
"""A line that opens with an amount and a space ("1 blik tomaten", "3 uova")."""
_ATTRIBUTION = lazy_pattern(r"^[—–-]\s*(\S.{0,100})$")
_INLINE_PULL = lazy_pattern(
    r"^[“\"«](?P<text>[^“”\"«»]{2,400})[”\"»]\s*[—–]\s*(?P<who>\S.{0,100})$"
)
_CLOCK_OR_YEAR = lazy_pattern(r"\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b")
_CLOCK = lazy_pattern(r"\b\d{1,2}[:.]\d{2}\b")
_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", ":", ";")
_NO_HEADING_END = ".,;:!?…\"”»'’)。！？；，」）："


class Placed:
    """A body block with the source line and rule it came from."""

    # A plain class, not a dataclass: generating a dataclass's methods costs every
    # command that parses an article a fraction of a millisecond at import.
    __slots__ = ("block", "line", "rule")

    def __init__(self, block: Block, line: int, rule: str) -> None:
        self.block = block
        self.line = line
        self.rule = rule


def _quoted_heading(text: str) -> bool:
    # “Days off are for catching up”: a quoted phrase with no sentence end inside. French
    # typography spaces the closing guillemet ("… pour personne. »"): the space is skipped.
    inner = text[1:-1].strip()
    return (
        len(text) > 3
        and text[0] in _OPEN_QUOTES
        and text[-1] in _CLOSE_QUOTES
        and bool(inner)
        and inner[-1] not in ".,;:!?…"
        and ". " not in inner
        and not any(q in inner for q in '“”«»"')
    )


def is_heading(text: str) -> bool:
    """A short, title-like line: no closing punctuation, not a quotation.

    "Right to Self-Defense" is one; "“These are national decisions,” he said."
    and "“NATO coordinates the support…”" are not (they end in punctuation or
    open with a quotation mark).
    """
    if len(text) > 90 or len(text.split()) > 12:
        return False
    if text[0] in _OPEN_QUOTES:
        return False
    if (
        text[-1] in _NO_HEADING_END
        and not _ends_in_quoted_words(text)
        and not _ends_in_short_brackets(text)
    ):
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    return any(ch.isalpha() for ch in text)


_SECTION_NOTE_WORDS = 5
"""How many words a recipe section head's bracketed note ("(serves 4)") holds at most."""


def _recipe_section(text: str, chrome: ChromeCues | None) -> bool:
    # A recipe card's section head, bare or with its colon and a short bracketed note:
    # "Ingredients", "Ingredients (serves 4):", "Zutaten (für 4 Personen):", "Składniki (na
    # 12 sztuk):" — the page language's ``recipe_sections`` word before the note.
    if chrome is None or not chrome.recipe_sections or len(text) > 60:
        return False
    key = text.casefold().strip(" :：")
    if key.endswith(")") and "(" in key:
        head, _, note = key[:-1].rpartition("(")
        if len(note.split()) > _SECTION_NOTE_WORDS:
            return False
        key = head.rstrip(" :：")
    return key in chrome.recipe_sections


_FIGURE_LEAD = "0123456789£$€¥+−-"


def _figure_led(text: str) -> bool:
    # A key-figures box's item opens with its number ("42 millions d'euros", "£6.5m
    # spent", "+12 %"): under a box label after prose it is the box's row, not a sentence.
    return text[:1] in _FIGURE_LEAD and any(ch.isdigit() for ch in text[:4])


_KEY_FIGURE = lazy_pattern(r"^[^:：]{1,40}[:：] ?[-+−–]?[\d(][^:：]{0,40}$")
"""A key figure's row ("Матчи: 18", "Visitors: 612 400 (+4.1 %)", "志愿者：23人"): a short
label, its colon, then a number; an item of a list of figures, never a subhead."""

_LABEL_REACH = 40
"""How far into a line the colon of a "Label: value" entry stands at most."""


def _labelled_like_above(text: str, out: list[Placed]) -> bool:
    # "Proposition C ($9 million): laptops and classroom devices" under "Proposition B
    # ($19 million): an indoor practice facility …": an entry of the list the paragraph above
    # opens, the same first word before a label's colon, not a subhead over what follows.
    if not out or not isinstance(out[-1].block, Paragraph):
        return False
    above = out[-1].block.text
    colon, above_colon = text.find(": "), above.find(": ")
    return (
        0 < colon <= _LABEL_REACH
        and 0 < above_colon <= _LABEL_REACH
        and text.split()[0] == above.split()[0]
    )


def _label_row(text: str) -> bool:
    # A short "Label: value" entry ("Man of the match: Callum Reyes", "Öffnungszeiten:
    # Dienstag bis Freitag 10 bis 18 Uhr"): a label of four words at most, its colon, a
    # value, no sentence end.
    head, colon, value = text.partition(": ")
    return (
        bool(colon)
        and 0 < len(head) <= _LABEL_REACH
        and len(head.split()) <= 4
        and bool(value.strip())
        and len(text.split()) <= 14
        and not text.rstrip().endswith((".", "!", "?", "…"))
    )


def _in_label_run(text: str, nxt: Line | None, out: list[Placed]) -> bool:
    # ``text`` is a "Label: value" row next to another one (the paragraph placed above it
    # or the line below it): a report's block of facts ("Man of the match: …" / "Umpires:
    # …"), body lines, never a subhead nor a caption over one.
    if not _label_row(text):
        return False
    if nxt is not None and _label_row(nxt.text):
        return True
    return bool(out) and isinstance(out[-1].block, Paragraph) and _label_row(out[-1].block.text)


def _ends_in_short_brackets(text: str) -> bool:
    # A subhead may close on a short bracketed note: "Provisional results – Race 3 (22
    # laps)", "Standings (after round 8)" — a few words, no sentence inside, after a phrase
    # of two words or more.
    if not text.endswith(")") or "(" not in text:
        return False
    head, _, inner = text[:-1].rpartition("(")
    return (
        len(head.split()) >= 2
        and 1 <= len(inner.split()) <= 4
        and not any(mark in inner for mark in ".!?:;/©")
    )


def _ends_in_quoted_words(text: str) -> bool:
    # A subhead may end in a short quotation opened inside it, not a quoted sentence:
    # "L'opposition dénonce « l'impréparation »", "Un “fraude de ley”, según…".
    close = text[-1]
    opener = {"»": "«", "”": "“", "“": "„", "」": "「", "』": "『"}.get(close)
    if opener is None or text.rfind(opener) <= 0:
        return False
    inner = text[text.rfind(opener) + 1 : -1].strip()
    return bool(inner) and inner[-1] not in ".!?…," and len(inner.split()) <= 6


def _other_heading(text: str) -> bool:
    # Headings the shape rule misses: a short question ("Why the increase?") and a short
    # line in a script without capitals (Arabic, Chinese), neither ending a sentence.
    if len(text) > 80 or len(text.split()) > 10 or text[0] in _OPEN_QUOTES:
        return False
    # Spanish opens a question with "¿" ("¿Qué alternativas hay?"): its capital follows
    first = text.lstrip("¿¡")[:1] or text[0]
    if not (first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())):
        return False
    if text[-1] in "?؟？":
        return ". " not in text and "! " not in text
    uncased = first.isalpha() and not first.isupper()
    if uncased and len(text) <= (30 if "\u3000" <= first <= "\u9fff" else 60):
        # "岛上民宿提前“接单”": a closing quote ends a quoted word, not a sentence
        return text[-1] not in _NO_HEADING_END + "。！，؛،" or _ends_in_quoted_words(text)
    return False


_UNDER_IMAGE_WORDS = 15
_INTERVIEW_QUESTIONS = 4
"""Short questions on lines of their own from which a page is an interview: an article
asks a question or two in its subheads; an interview asks one before every answer."""


_SHORT_AMONG_LONG = 2
"""Short questions that, with long questions on lines of their own making four or more,
make a page an interview: an explainer asks its subheads short."""

_LONG_QUESTION = 200
"""How long a question on a line of its own is at most (a paragraph asking at its end is
longer, and holds a sentence before the question)."""

_BOLD_QUESTIONS = 2
"""Bold questions from which a page is an interview: a dump marks a subhead as a heading
("## Why now?"); a question set in bold inside the text ("**How did you start?**") is
the interviewer's turn, however few questions a paywall left of it."""


def _short_question(text: str) -> bool:
    return text[-1:] in "?؟？" and _other_heading(text)


_NUMBERED_QUESTION_WORDS = 14
"""How many words a numbered question subhead has at most ("3. Preciso fazer alguma coisa
ou o desconto é automático?"): longer, it is a quiz's or a survey's item."""


def _numbered_question(text: str, nxt: Line) -> bool:
    # An explainer's numbered question subhead ("3. Ele oferece algum risco?", "2) Was
    # ändert sich?", "1. ¿Quién paga?") over its answer. The number's "." reads as a
    # sentence's end to the short-question test, so the question is tested without it. A
    # table of contents or a most-read list numbers its questions too, one under another:
    # the line under a subhead must be prose, not the next numbered item.
    if text[-1:] not in "?؟？" or not text[:1].isdigit():
        return False  # cheap guard: most lines neither start with a digit nor ask
    found = _NUMBERED.match(text)
    if found is None or len(text.split()) > _NUMBERED_QUESTION_WORDS:
        return False
    asked = found.group(2)
    first = asked.lstrip("¿¡")[:1]
    if not first.isupper() or any(mark in asked for mark in (". ", "! ", "? ")):
        return False
    below = nxt.text
    return (
        _NUMBERED.match(below) is None
        and _BULLET.match(below) is None
        and (len(below) >= 60 or below.endswith((".", "!", ":", "”", '"', "»")))
    )


def _context_question(text: str) -> bool:
    # Round 19c (header3): an interviewer's question after a sentence of context on the
    # same line ("Usted salvó los mapas en 2007. ¿Qué pasó aquella noche?", "You ran the
    # mill for 30 years. What changed?"): the last sentence is a short question and the
    # line holds one or two sentences before it (a paragraph asking at its end holds more).
    head, _stop, asked = text.rpartition(". ")
    return (
        bool(head)
        and head.count(". ") <= 1
        and "? " not in head
        and _short_question(asked.strip())
    )


def _speaks_first_person(text: str, words: frozenset[str]) -> bool:
    if any(len(w) == 1 and not w.isascii() for w in words):  # "我": a script without spaces
        return any(w in text for w in words)
    # "US" in capitals is a country, not "us"
    words_of = text.replace("’", "'").split()
    tokens = [t.casefold() for t in words_of if not (t.isupper() and len(t) > 1)]
    # "j'ai", "m'a": an elided pronoun is listed with its apostrophe ("j'")
    return any(
        t.strip('.,;:!?"“”«»()') in words or ("'" in t and t.split("'")[0] + "'" in words)
        for t in tokens
    )


def _interview(
    lines: list[Line], chrome: ChromeCues | None, bold: frozenset[int] = frozenset()
) -> bool:
    # Whether the page's short questions are an interview's (paragraphs) rather than an
    # explainer's question subheads ("What is being done?", "Can I refuse one?"). Both ask
    # four or more; an interview's answers are the interviewee speaking in the first person
    # ("By accident, really. … so I did.", "We went out at dawn…"), an explainer's answers
    # report in the third person or address the reader ("It depends on…", "Yes. You can…").
    asked = [k for k, line in enumerate(lines) if _short_question(line.text)]
    in_bold = sum(1 for k in asked if lines[k].number in bold)
    if len(asked) < _INTERVIEW_QUESTIONS and (
        in_bold < _BOLD_QUESTIONS or in_bold < len(asked)
    ):
        if len(asked) < _SHORT_AMONG_LONG:
            return False
        # A few short questions among long ones ("Teve medo?", "E o futuro?" between
        # "Quando foi a primeira vez que saiu para o mar sozinha, …?"): an interviewer's
        # questions are any length, an explainer's subheads are short. Counted whole,
        # each over an answer that asks nothing, they make the interview.
        long_asked = [
            k
            for k, line in enumerate(lines[:-1])
            if line.text[-1:] in "?؟？"
            and len(line.text) <= _LONG_QUESTION
            and not _short_question(line.text)
            and lines[k + 1].text[-1:] not in "?؟？"
            and (". " not in line.text or _context_question(line.text))
        ]
        if len(asked) + len(long_asked) < _INTERVIEW_QUESTIONS:
            return False
        asked = sorted(asked + long_asked)
    if chrome is None or not chrome.first_person:
        return True
    answers = [lines[k + 1].text for k in asked if k + 1 < len(lines)]
    spoken = sum(1 for text in answers if _speaks_first_person(text, chrome.first_person))
    return 2 * spoken >= len(answers)


_QA_SHORT_ANSWER_WORDS = 3
_QA_SHORT_ANSWER_CHARS = 24
"""A bare answer on a line of its own ("Ні.", "No.", "Circa quattro mesi.", "不是。") is
at most this many words and characters: a subhead is followed by a paragraph, never by
a one-line reply."""


def _asks(text: str, greek: bool) -> bool:
    # The line ends with a question mark ("?", "؟", "？"; in Greek also ";").
    end = text[-1:]
    return end in "?؟？" or (greek and end == ";")


def _bare_answer(text: str) -> bool:
    if len(text) > _QA_SHORT_ANSWER_CHARS or text[-1:] not in ".!。！":
        return False
    return len(text.split()) <= _QA_SHORT_ANSWER_WORDS and not text[:1].islower()


def _qa_turns(lines: list[Line], chrome: ChromeCues | None, bold: frozenset[int]) -> bool:
    # Round 24 (qaturns): a run of questions and answers that `_interview` misses (few
    # questions, answers without a first-person pronoun: "**E i fondi già stanziati?**" /
    # "Restano al Comune.", "Чи пустять пішоходів?" / "Ні."). Two or more questions on lines
    # of their own, each over an answer that asks nothing, are the Q&A's turns (body
    # paragraphs) when two of them are set in bold inside the text (a dump marks a subhead
    # "## …", not "**…**"), or when one is answered by a bare reply on a line of its own
    # (an explainer's question subhead is followed by a paragraph).
    greek = chrome is not None and chrome.lang == "el"
    answered = in_bold = bare = 0
    for k in range(len(lines) - 1):
        text = lines[k].text
        if text[-1:] not in "?؟？;" or not _asks(text, greek):
            continue  # the cheap guard: most lines do not end with a question mark
        below = lines[k + 1].text
        if _asks(below, greek) or len(text) > _LONG_QUESTION:
            continue
        answered += 1
        in_bold += lines[k].number in bold
        bare += _bare_answer(below)
    return answered >= 2 and (in_bold >= 2 or bare >= 1)


_HAN_SPEAKER_CHARS = 3
"""How many Han characters a speaker's label holds at most ("问", "答", "主持人")."""
_HAN_SUBHEAD_TAIL = 12
"""How long the part after a subhead's colon is at most ("下一步：戶外測試"): longer and
without a sentence end, it is a speaker's words running on."""


def speaker_turn(text: str) -> bool:
    """A transcript's or interview's turn: a speaker label in capitals and a colon, then
    what was said ("DUBOIS: How much was hit?", "RENATA DUBOIS, HOST: …", "Q: …")."""
    label, colon, said = text.partition("：")
    if colon and said.strip() and 1 <= len(label) <= _HAN_SPEAKER_CHARS:
        # "问：…" / "答：…", "记者：…": Han has no capitals; a label of one to three
        # characters before the full-width colon is the speaker. What a speaker says is a
        # sentence; "下一步：戶外測試" (a short phrase, no sentence end) is a subhead.
        said = said.strip()
        return all("\u4e00" <= ch <= "\u9fff" for ch in label) and (
            said.endswith(("。", "！", "？", "…", "」", "”", "）", "?", "!", "."))
            or len(said) > _HAN_SUBHEAD_TAIL
        )
    label, colon, said = text.partition(": ")
    if not colon or not said.strip() or len(label.split()) > 5:
        return False
    letters = [ch for ch in label if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _qa_turn(text: str, chrome: ChromeCues | None) -> bool:
    # "س: لماذا الصحراء؟" / "ج: …", "Вопрос: …": a question-and-answer label of the
    # language, then a colon and what was asked or answered on the same line — the turn of
    # an interview, never a subhead (a script without capitals has no speaker_turn shape).
    if chrome is None or not chrome.qa_labels:
        return False
    label, colon, said = text.replace("：", ":", 1).partition(":")
    return bool(colon and said.strip()) and label.strip().casefold() in chrome.qa_labels


_TURN_MARKS = (" – ", " — ", " - ", ": ")
_TURN_LABEL_WORDS = 4


def _turn_label(text: str) -> str | None:
    # The speaker's name before an interview turn's dash or colon ("Folha do Campo – Qual
    # …?", "Tânia Bressan – É o maior …", "Kurier: Wie …?"), case-folded; None when the line
    # does not open with a short capitalised label and a separator.
    if not text[:1].isupper():
        return None
    head = text[:48]
    for mark in _TURN_MARKS:
        cut = head.find(mark)
        if cut > 0:
            label = text[:cut]
            if len(label.split()) <= _TURN_LABEL_WORDS and not label[-1:].isdigit():
                return label.casefold()
            return None
    return None


def _labelled_questions(lines: list[Line]) -> frozenset[int]:
    # The numbers of question lines opened by a speaker label that opens two or more
    # lines of the body ("Folha do Campo – …?" before each answer "Tânia Bressan – …"): the
    # interviewer's turns, body paragraphs however short, never subheads.
    asked: dict[str, list[int]] = {}
    opened: Counter[str] = Counter()
    for line in lines:
        text = line.text
        if " " not in text[:48]:
            continue  # a one-word line has no label (a cheap guard before the search)
        label = _turn_label(text)
        if label is None:
            continue
        opened[label] += 1
        if text[-1:] in "?؟？":
            asked.setdefault(label, []).append(line.number)
    return frozenset(
        number for label, numbers in asked.items() if opened[label] >= 2 for number in numbers
    )


_ROW_LABEL_WORDS = 3


def _row_label(text: str) -> bool:
    # A short capitalised label and a colon opening the line ("Qué circula: …").
    label, colon, rest = text.partition(": ")
    return (
        bool(colon and rest)
        and label[:1].isupper()
        and len(label.split()) <= _ROW_LABEL_WORDS
        and not any(ch.isdigit() for ch in label)
    )


def _label_rows(text: str, below: str) -> bool:
    # Two labelled rows of a box, one under the other, neither label a photo credit's.
    if ": " not in text[:40] or ": " not in below[:40]:
        return False  # the cheap guard: most captions carry no label
    if not (_row_label(text) and _row_label(below)):
        return False
    parts = split_caption(below)
    return parts is None or not parts.credit


_VERDICT_WORDS = 5


def _row_under_row(text: str, out: list[Placed]) -> bool:
    # "Calificación: Falso" under "Qué circula: …", "Verdict: False" under "Claim: …": a
    # box's short labelled row right under its labelled first row, not a subhead.
    if len(text.split()) > _VERDICT_WORDS or ": " not in text:
        return False
    if not out or not isinstance(out[-1].block, Paragraph):
        return False
    above = out[-1].block.text
    value = text.partition(": ")[2]
    # the verdict is a capitalised word or two ("Falso", "Mostly False"), the claim one
    # sentence; a lead-in of several sentences ("Сразу оговорюсь: …. …") over a subhead
    # whose second half is lowercase ("Ошибка первая: слишком рано") is prose and a head
    one_sentence = not any(mark in above[:-1] for mark in (". ", "! ", "? "))
    return value[:1].isupper() and one_sentence and _row_label(text) and _row_label(above)


def _result_under_result(text: str, out: list[Placed]) -> bool:
    # Round 25 (tailnotes): a results line right under another (the paragraph placed last)
    # is the list's next item, not a subhead (``results.result_row``). Guard: a digit in
    # both lines before the rule's module is imported.
    above = out[-1].block if out else None
    if isinstance(above, Paragraph) and _DIGITS.search(text) and _DIGITS.search(above.text):
        from .results import result_row

        return result_row(text) and result_row(above.text)
    return False


def _table_header_row(text: str, nxt: Line | None) -> bool:
    # Round 25 (tailnotes): a flattened table's header row ("Reservoir | Capacity (Ml) |
    # Level | Change") over a row of as many cells holding a figure: no subhead.
    cells = text.count("|")
    return cells >= 2 and nxt is not None and nxt.text.count("|") == cells and bool(
        _DIGITS.search(nxt.text)
    )


def _after_body(prev: Placed | None, nxt: Line) -> bool:
    # What comes before a heading: body text, a figure, a list or a quote — or, at the
    # very start of the body, a heading that opens a list ("Summary" over bullets).
    if prev is None:
        return _BULLET.match(nxt.text) is not None or _NUMBERED.match(nxt.text) is not None
    block = prev.block
    if isinstance(block, Paragraph):
        if _QUANTITY.match(block.text) or is_signature(block.text):
            return True  # an ingredient list's last item; a letter's signature
        if _CHAPTER_MARK.match(block.text):
            return True  # the last chapter of an episode's list
        return len(block.text) >= 60 or block.text.endswith(
            (".", "!", "?", "”", '"', "»", "…", ")", ":", "。", "؟", "」", "』", "！", "？", "）")
        )
    return not isinstance(block, Heading)


def _pull_quote_last(out: list[Placed]) -> bool:
    # Round 25 (pq67): the last block is a pull quote, a paragraph of five words or more
    # repeating a clause of one of the two paragraphs above it ("منسوب المياه ارتفع نحو
    # مترين خلال ثلاث ساعات فقط" under the paragraph that says it): body stands above a
    # subhead under it as well as the paragraph it repeats. Guard: asked only when the
    # block above is no body by ``_after_body`` (a short line without an end).
    if len(out) < 2 or not isinstance(last := out[-1].block, Paragraph):
        return False
    plain = _plain(last.text)
    if len(plain.split()) < 5:
        return False
    return any(
        isinstance(p.block, Paragraph)
        and len(p.block.text) > len(last.text) + 20
        and plain in _plain(p.block.text)
        for p in out[-3:-1]
    )


_SERIES_HEAD_WORDS = 14
"""Words of a roundup's numbered item head at most ("1. Brand Model – best overall")."""


def _series_number(text: str) -> int | None:
    # The number of a numbered line that ends no sentence and goes on in upper case
    # ("3. Nordlauf Swift Low – …"), or None.
    found = _NUMBERED.match(text)
    if found is None or text.endswith((".", "!", "?", ":", ";", ",")):
        return None
    return int(found.group(1)) if found.group(2)[:1].isupper() else None


def _spread_series_item(lines: list[Line], k: int) -> bool:
    # A roundup's numbered item head ("1. Bergfink Trailpro GTX – der beste …" / its
    # photo, buttons and text / "2. Kastor Alpin Mid – …"): a numbered line with the next
    # or the previous number further down or up, never on the line beside it. A list
    # numbers its items one under another; a "best of" page numbers its products' heads
    # with their texts between, so the head comes after a pro/con list or a top-picks box
    # as well as after a paragraph, in any language. Guard: the caller tests the digit.
    number = _series_number(lines[k].text)
    if number is None or len(lines[k].text.split()) > _SERIES_HEAD_WORDS:
        return False
    for j in (k - 1, k + 1):
        if 0 <= j < len(lines) and _NUMBERED.match(lines[j].text) is not None:
            return False  # an item of a list printed one under another
    return any(
        abs(j - k) >= 2
        and other.text[:1].isdigit()
        and _series_number(other.text) in (number - 1, number + 1)
        for j, other in enumerate(lines)
    )


def _review_row(text: str, chrome: ChromeCues | None) -> bool:
    # A review's list printed on one line after its label ("Pros: fast heat-up, small
    # footprint", "Vorteile: leise, sparsam", "Les plus : confort, coffre"): the verdict's
    # items, a paragraph like the items under a label alone, never a subhead.
    if chrome is None or not chrome.review_lists:
        return False
    label, colon, value = text.partition(":")
    return bool(colon and value.strip()) and label.casefold().strip() in chrome.review_lists


def _under_review_head(out: list[Placed]) -> bool:
    # The blocks read so far end with a review list's head ("Pros", "Les moins"), maybe
    # with some of its items under it: the next short lines are more of its items.
    return bool(out) and (out[-1].rule == "heading.review-list" or _after_review_items(out))


def _after_review_items(out: list[Placed]) -> bool:
    # The blocks read so far end with a review's list ("Les moins" / "Roulis prononcé" /
    # "Direction peu informative"): its items are short lines with no sentence end, and
    # the short line under them opens the next section ("Fiche technique", "Specs"), as a
    # subhead does after a paragraph.
    for items, placed in enumerate(reversed(out[-_REVIEW_ITEMS_BACK:])):
        if placed.rule == "heading.review-list":
            return items > 0
        block = placed.block
        if not isinstance(block, Paragraph) or len(block.text.split()) > 10:
            return False
        if block.text.endswith((".", "!", "?")):
            return False
    return False


_REVIEW_ITEMS_BACK = 9
"""A review's list label and its items (up to eight, as the decoder reads them)."""


_SCORE_TOKEN = lazy_pattern(r"(?<![\w/.:-])\d{1,3}[-–]\d{1,3}(?![\w/.:-])")
"""A side's score in a result line ("1-14", "0-15"); a date or a range has no two."""


def heading_evidence(
    text: str,
    nxt: Line,
    chrome: ChromeCues | None,
    counts: Counter[str] | None,
    below: list[Line] | None = None,
) -> bool:
    """A heading-shaped line is a heading only when body text follows it and nothing
    says it is page furniture: not a date or time, not a widget or label of the page's
    language ("Share", "Slide 3 of 7", "Read also"), not a byline, not printed twice."""
    body_follows = (
        len(nxt.text) >= 60
        or _BULLET.match(nxt.text) is not None
        or _NUMBERED.match(nxt.text) is not None
        or _CHAPTER_MARK.match(nxt.text) is not None
        or _QUANTITY.match(nxt.text) is not None  # "Ingredients" over "150 g rolled oats"
        or (nxt.text.endswith((".", "!", "?", "”", '"', ":")) and len(nxt.text.split()) >= 4)
        # A Chinese sentence has no spaces: its length, not its words, says it is prose.
        or (nxt.text.endswith(("。", "！", "？", "」", "”")) and len(nxt.text) >= 15)
        # a list without markers: clauses ending in a comma ("ziemia do wysiewu,"), or
        # "Label: value" items ("Afstand: 42 kilometer")
        or (nxt.text.endswith((",", ";")) and len(nxt.text.split()) >= 3)
        or _labelled_item(nxt.text)
        or figure_item(nxt.text)
        or (below is not None and _unmarked_items(nxt, below))
    )
    if (
        not body_follows
        and chrome is not None
        and _recipe_section(text, chrome)
        and (nxt.text[:1].isdigit() or nxt.text[:1] in "½⅓⅔¼¾⅛" or nxt.text.endswith(":"))
    ):
        # "Ingredientes" over "4 ovos" or over "Para o purê:": the recipe's list goes on
        # under its head, in whatever units the language measures
        body_follows = True
    if not body_follows or _dated(text, chrome):
        return False
    first = text.split()[0]
    if first.isdigit() and len(text.split()) <= 3 and not (len(first) == 2 and first[0] == "0"):
        return False  # "1245 views", "4 Comments": a counter; "03 Where next" is a section's
    if chrome is not None and first.casefold().rstrip(".:") in chrome.photo_labels:
        return False  # "Foto: Omroep Veluwezoom", "Fot. materiały prasowe": a credit
    if len(_SCORE_TOKEN.findall(text)) >= 2:
        return False  # "Tullamore 1-14 Edenderry 0-15": a result line, no subhead
    if counts is not None and counts[text.casefold()] > 1:
        return False
    if chrome is not None and text.casefold().strip(" .:›»>") in chrome.navigation:
        return False  # "Weiter", "Startseite": a button, not a subhead
    if chrome is None:
        return True
    kind = chrome.kind(text)
    if kind == "related" and marker_phrase(text, chrome):
        kind = None  # "Empfehlungen für die Praxis" over prose: a subhead
    return kind is None and chrome.byline_prefix(text) is None


def marker_phrase(text: str, chrome: ChromeCues | None) -> bool:
    """Round 21 (subheads2): a related marker opening a phrase that goes on in lower case,
    with no colon ("Empfehlungen für die Praxis"): a subhead's words, where a marker over
    teasers stands alone ("Empfehlungen", "À lire aussi", "Lees ook") or before a colon and
    a title. Guard: three to six words and no colon before the markers are looked up."""
    words = text.split()
    if chrome is None or not 3 <= len(words) <= 6 or ":" in text:
        return False
    folded = fold(text)
    opening = max(
        (m for m in chrome.related if folded.startswith(m + " ")), key=len, default=None
    )
    if opening is None:
        return False
    rest = words[len(opening.split()) :]
    return bool(rest) and rest[0][:1].islower()


_ITEM_WORDS = 8
"""Words of an unmarked list item at most ("A soft sponge or a bottle brush")."""
_ITEMS_NEEDED = 2
_ITEMS_AT_MOST = 12


def _item_line(text: str) -> bool:
    # an ingredient ("150 g rolled oats") belongs to a recipe card, whose heads the recipe
    # rules read: a card's name over its list is no subhead of an unmarked list
    return (
        len(text) <= 60
        and len(text.split()) <= _ITEM_WORDS
        and not text.endswith(_SENTENCE_END)
        and _BULLET.match(text) is None
        and _NUMBERED.match(text) is None
        and _QUANTITY.match(text) is None
    )


def _counts_in_body(
    text: str, nxt: Line, out: list[Placed], lines: list[Line], counts: Counter[str] | None
) -> Counter[str] | None:
    # The counts :func:`heading_evidence` tests a line's repeats with. A line printed
    # twice in the page is a widget's ("Share", "Privacy" in the footer) — but "Wheat"
    # between two paragraphs of a market report, over prose, printed again only in the
    # page's menu or footer, outside the body, is the report's subhead (Round 21,
    # headings). Guard: the page prints the line more than once (rarely so).
    if counts is None or counts[text.casefold()] <= 1:
        return counts
    if not (prose_line(nxt.text) and out and isinstance(out[-1].block, Paragraph)):
        return counts
    if not prose_line(out[-1].block.text) and not out[-1].block.text.endswith(_SENTENCE_END):
        return counts
    key = text.casefold()
    if sum(1 for line in lines if line.text.casefold() == key) > 1:
        return counts
    return None


def _lines_below(lines: list[Line], k: int) -> list[Line] | None:
    # The lines under line ``k``'s next one, for :func:`_unmarked_items`; None when the
    # line above ``k`` leads in with a colon ("Tidebreak's roster for the spring split:" /
    # "Amara Diallo" / "Jin-woo Baek" …): then ``k`` is the list's first item, not its head.
    if k > 0 and lines[k - 1].text.endswith((":", "：")):
        return None
    return lines[k + 2 : k + 2 + _ITEMS_AT_MOST]


def _unmarked_items(nxt: Line, below: list[Line]) -> bool:
    # Round 21 (headings): a list whose markers a select-all copy dropped, under its
    # head ("What you need" / "White vinegar or citric acid powder" / "A soft sponge …" /
    # "Rubber gloves, if …" / then prose or the next subhead over prose): two or more short
    # lines ending no sentence, the run closed by a paragraph of prose or by a short line
    # over one. ``below`` holds the lines under ``nxt``. Guard: ``nxt`` is short and ends no
    # sentence (the cheap test first).
    if not _item_line(nxt.text):
        return False
    items = 1
    for j, line in enumerate(below[:_ITEMS_AT_MOST]):
        if _item_line(line.text):
            items += 1
            continue
        if items < _ITEMS_NEEDED:
            return False
        if prose_line(line.text):
            return True
        after = below[j + 1] if j + 1 < len(below) else None
        return (
            len(line.text.split()) <= _ITEM_WORDS
            and after is not None
            and prose_line(after.text)
        )
    return False


_CALL_WORDS = 16
"""Words of a question-then-call line at most (a teaser's link, a box's button line)."""


def _question_then_call(text: str) -> bool:
    # Round 21 (headings): "Thinking of adopting? See the horses and ponies looking for
    # homes", "¿Quieres ayudar? Hazte socio": a short question, then a capitalised call on
    # the same line with no end of its own — a teaser's link or a box's button line, never a
    # subhead (a subhead asks at its end, or asks nothing) nor prose (a sentence ends).
    # Guard: "? " in the line (most lines hold none).
    if "? " not in text or len(text) > 120 or text.endswith(_SENTENCE_END + tuple(_CLOSE_QUOTES)):
        return False
    asked, _mark, rest = text.partition("? ")
    return (
        len(asked.split()) >= 2
        and len(text.split()) <= _CALL_WORDS
        and rest[:1].isupper()
        and "? " not in rest
    )


def _timed_update(text: str, chrome: ChromeCues | None) -> bool:
    # Round 21 (subheads2): "Update 8:47 AM", "Resolved 10:05": a status phase's word
    # (``status_stamps``) and its clock time, at most three words after the word. Over the
    # alert's new paragraph it heads that update. Guard: a clock in the line.
    if chrome is None or not chrome.status_stamps:
        return False
    clock = _CLOCK.search(text)
    if clock is None:
        return False
    head = text[: clock.start()].strip(" -–—:·|").casefold()
    return head in chrome.status_stamps and len(text.split()) <= len(head.split()) + 3


def _dated(text: str, chrome: ChromeCues | None) -> bool:
    # A date or a time, not a subhead: a clock time, or a year on a short line ("Spring
    # 2025") or beside a month's name ("March 4, 2025"). A status phase's word over its
    # clock time ("Update 8:47 AM", ``status_stamps``) heads an update instead. A year
    # inside a subhead's phrase ("What happens after 2027", "Lessons from the 2024 season")
    # names what it is about.
    if _CLOCK_OR_YEAR.search(text) is None:
        return False
    if chrome is None:
        return True
    clock = _CLOCK.search(text)
    if clock is not None:
        # "Update 8:47 AM" over the alert's new paragraph: a status phase and its time
        # head that update (Round 21, subheads2); a live blog's or a status log's stamps
        # were taken as furniture before the body is read
        return not _timed_update(text, chrome)
    words = text.split()
    if len(words) <= 3:
        return True
    return any(w.casefold().strip(".,") in chrome.months for w in words)


def _labelled_item(text: str) -> bool:
    # "Afstand: 42 kilometer": a label of one or two words, a value, no sentence.
    label, colon, value = text.partition(": ")
    return (
        bool(colon)
        and 1 <= len(label.split()) <= 2
        and label[:1].isupper()
        and 0 < len(value) <= 80
        and not value.endswith((".", "!", "?"))
    )


_IMAGE_FILES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg")


def _bare_caption(caption: str, chrome: ChromeCues | None) -> str:
    # The caption without what a dump tool wrapped around it: lynx's ``[photo.jpg]`` for
    # an image without alt text before it, and the credit's label left at the end of the
    # line when the wrap carried the credit itself to the next ("… protocol. Фото:" /
    # "Name / Site").
    if caption.startswith("[") and "]" in caption[:80]:
        name, _, rest = caption[1:].partition("]")
        if " " not in name and name.casefold().endswith(_IMAGE_FILES) and rest.strip():
            caption = rest.strip()
    if chrome is not None and caption.endswith((":", "：")):
        head, _, label = caption[:-1].rstrip().rpartition(" ")
        # "… zurück. (Foto:" / "Name / Kreisbote)": the bracket the credit opened goes too
        if head and label.lstrip("(（[").casefold() in chrome.photo_labels:
            caption = head.rstrip()
    if chrome is not None and caption.endswith((".", "。")):
        label, colon, rest = caption.partition(":")
        if (
            colon
            and label.strip().casefold() in chrome.photo_labels
            and len(rest.split()) >= 4
        ):
            # "الصورة: عضو في البرنامج يستخدم التطبيق." over "المصدر: …": a photo label in
            # front of a caption sentence whose credit stands on the next line labels the
            # caption, not a credit
            caption = rest.strip()
    if caption[-1:] in "-–—|" and caption[-2:-1].isspace():
        # "… (أرشيفية) -" / "تصوير: Name": the dash or bar that joined the caption to its
        # credit stayed at the end of the line the wrap cut
        caption = caption[:-1].rstrip()
    # Round 21 (figures): lynx glued the image's alt text before the caption over its
    # credit line ("مقر الرمال مقر «الرمال القابضة» …" / "تصوير: Name"): the alt goes.
    return without_alt_echo(caption)


def _unquote(text: str) -> str | None:
    if len(text) >= 3 and text[0] in _OPEN_QUOTES and text[-1] in _CLOSE_QUOTES:
        inner = text[1:-1].strip()
        if not any(q in inner for q in '“”«»"'):
            return inner
    return None


def _same_text(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    return a.casefold().rstrip(" .") == b.casefold().rstrip(" .")


_TEASER_ITEM = lazy_pattern(r"([^\W\d][^:\d]{0,40}): ([^\W\d_]|[\"„“«‘\']).{15,150}")
"""A related story's link in "Topic: headline" shape ("Starkregen und Hagel drohen: Großes Tief
kommt – …", "Allerta meteo: Pioggia forte e vento, …"): a short label without digits, a
colon, a capitalised headline."""
_TEASER_RUN = 4
_TEASER_LABEL = 6


def _prose_line(text: str) -> bool:
    return len(text) >= 80 and text.endswith((".", "!", "?", '"', "”", "»", "“"))


def _teaser_bullets(lines: list[Line], k: int, end: int, block: ListBlock) -> bool:
    # Round 23 (scrapedi): a portal's inline related links, printed as a short bullet
    # list between two paragraphs of the story ("- Starkregen und Hagel drohen: Großes Tief
    # kommt – …" / "- Unwetter: Gilt für Ihre Region eine Warnung?"): every item a label,
    # a colon and another story's headline, none closing with a full stop. A list the story
    # itself sets out opens under a line ending in a colon, or its items are sentences;
    # guard: two to four unnumbered items, prose right above (no colon at its end) and
    # right under the run, every item a capitalised label of one to six words.
    items = block.items
    if block.ordered or not 2 <= len(items) <= _TEASER_RUN:
        return False
    if k == 0 or end >= len(lines) or not _prose_line(lines[k - 1].text):
        return False
    if not _prose_line(lines[end].text):
        return False
    for text in items:
        found = _TEASER_ITEM.fullmatch(text)
        if found is None or text.endswith((".", ";", ",")):
            return False
        label = found.group(1)
        if not label[:1].isupper() or len(label.split()) > _TEASER_LABEL or len(text.split()) < 6:
            return False
    return True


def _table_of_contents(
    block: ListBlock, counts: Counter[str] | None, printed: tuple[str, ...] = ()
) -> bool:
    # A list whose every item the page prints again on a line of its own (the subheads
    # below it): the article's table of contents, page furniture. A numbered list names its
    # subheads with their numbers ("1. Les légumes à semer" twice): its lines, as printed,
    # stand twice.
    if counts is None or len(block.items) < 2:
        return False
    if len(printed) != len(block.items):
        printed = ("",) * len(block.items)
    return all(
        (counts[item.casefold()] >= 1 or (line and counts[line.casefold()] >= 2))
        and len(item.split()) <= 12
        for item, line in zip(block.items, printed, strict=True)
    )


def _list_run(lines: list[Line], start: int) -> tuple[ListBlock, int] | None:
    first = lines[start].text
    pattern = _NUMBERED if _NUMBERED.match(first) else _BULLET
    items: list[str] = []
    k = start
    while k < len(lines):
        match = pattern.match(lines[k].text)
        if match is None:
            break
        items.append(match.group(match.lastindex or 1))
        k += 1
    if len(items) < 2:
        return None
    return ListBlock(tuple(items), ordered=pattern is _NUMBERED), k


_DASH_ANSWER_WORDS = 8
"""The fewest words of an answer turn in a dash-printed interview."""


def _dash_turns(lines: list[Line], start: int) -> int | None:
    # Round 23 (leftd): the end of a run of interview turns that open with a dash ("– Skąd
    # pomysł …?" / "– Dolina Warty to …", "- ¿Cuándo empezó? / - En 2004, …"), or None: two
    # questions or more in the run, each right over an answer of eight words or more that
    # ends a sentence and asks nothing. A list of items does not take turns asking and
    # answering. Guard: the line opens with a dash and a space (the caller's test).
    end = start
    while end < len(lines) and lines[end].text[:2] in ("– ", "- "):
        end += 1
    texts = [ln.text[2:].strip() for ln in lines[start:end]]
    answered = sum(
        1
        for k in range(1, len(texts))
        if texts[k - 1][-1:] in "?؟？"
        and texts[k][-1:] in ".!…»\"”。"
        and len(texts[k].split()) >= _DASH_ANSWER_WORDS
    )
    return end if answered >= 2 else None  # two exchanges make an interview


_NEXT_SENTENCE = lazy_pattern(r"[.!?]\s+[\"“„«‘']?(\w)")


def _sentence_breaks(text: str) -> int:
    # Where a sentence ends and a capital opens the next ("… 2026. Die Stadt"); a title's
    # abbreviation goes on in lower case ("Dr hab. inż. Magdalena" is one break at most).
    return sum(1 for m in _NEXT_SENTENCE.finditer(text) if m.group(1).isupper())


def _link_row(text: str) -> bool:
    # A row of links or menu items set apart by pipes: one ending in a pipe (the dump tool
    # wrapped the row) or holding two or more of them.
    stripped = text.rstrip()
    return stripped.endswith("|") or stripped.count(" | ") >= 2


def _quoted_speech(text: str) -> bool:
    # A line that opens with a quotation whose words run to a sentence's end ("\"We can't
    # close them. We have no inspectors\", he said.", "«No hay agua.» dijo"): a speaker's
    # paragraph, never a photo's caption, whose quoted title holds no full stop ("\"Swan
    # Lake\" at the Opera House"). The cheap test first: the first character.
    if text[:1] not in _OPENING or len(text.split()) < 6:
        return False
    close = next((i for i in range(1, len(text)) if text[i] in _CLOSING), -1)
    quoted = text[1:close] if close > 0 else text[1:]
    return quoted.rstrip()[-1:] in ".!?,…" or _SENTENCE_INSIDE.search(quoted) is not None


_SENTENCE_INSIDE = lazy_pattern(r"[a-zà-ÿа-я]{2}[.!?…]\s+\S")


def _name_then_role(text: str) -> bool:
    # A person's name of two or three words, then a job title and nothing else ("Jan-Ole
    # Behrens Presse- und Öffentlichkeitsarbeit"): a signer's or contact's line.
    words = text.split()
    return any(
        len(words) > size
        and is_name(" ".join(words[:size]))
        and is_byline_role(" ".join(words[size:]))
        for size in (2, 3)
    )


def _caps_words_in_prose(credit: str, after: Line | None) -> bool:
    # Round 24 (capkinds): a line in capitals under a short paragraph of an unspaced page
    # ("ARITMÉTICA PARLAMENTARIA" over "Los resultados … la aritmética hace …") is a subhead
    # when one of its words of four letters or more stands in lower case in the paragraph
    # right under it: a subhead names what follows, a photographer's name is no common word
    # of the text.
    if after is None:
        return False
    prose = " " + after.text + " "
    for word in credit.split():
        if len(word) >= 4 and word.isalpha():
            low = word.lower()
            if f" {low} " in prose or f" {low}," in prose or f" {low}." in prose:
                return True
    return False


def _credit_below(
    line: Line,
    nxt: Line | None,
    images: frozenset[int] = frozenset(),
    unspaced: bool = False,
    after: Line | None = None,
    opens: bool = False,
) -> str | None:
    # The credit on the line right under ``line``, when that line holds nothing else.
    #
    # Under an image (a dump's ``![alt](src)`` line right above ``line``) the page's
    # caption and credit may stand a blank line apart: every block of an html2text dump does.
    # On a page printed without blank lines (``unspaced``) no block is set apart, so a
    # photographer's bare name under a one-sentence caption counts as it does under a
    # caption that a blank line opens.
    if nxt is None or len(line.text) > 300:
        return None
    if nxt.number - 1 in images and nxt.number - 1 > line.number:
        # "[фото]" / "Фото: Name" under the paragraph: the credit is that image's, a
        # picture without a caption, not the paragraph's above the image line
        return None
    under_image = line.number - 1 in images or line.number - 2 in images
    # Right under the line (a wrapped caption spans a line per 40 characters at most), or
    # one blank line lower under a caption-sized line: lynx and inscriptis print a
    # figure's caption and its credit as two blocks ("… de la falaise." / "" / "Photo X").
    reach = line.number + 1 + len(line.text) // 40
    beside_image = under_image and nxt.number == line.number + 2
    if nxt.blank_before and not beside_image:
        # A credit in capitals ("ST PHOTO: NAME") signs captions of two sentences too.
        longest = 45 if nxt.text.isupper() and len(nxt.text) <= 80 else 20
        if nxt.number > reach + 1 or not 3 <= len(line.text.split()) <= longest:
            return None
        if line.text.count(". ") > 1:
            return None  # two sentences and more: a paragraph, not a caption
    elif nxt.number != line.number + 1 and nxt.number > reach and not beside_image:
        # (beside an image a short caption's credit stands a blank line lower, as a long
        # caption's does: "Часть труб …" / "" / "Фото: пресс-служба")
        return None
    if len(nxt.text) > 120:
        return None  # a credit line is short; spare the full caption test
    parts = split_caption(nxt.text)
    if parts is None and known_agency(nxt.text) and not line.text.endswith(_SENTENCE_END):
        return nxt.text  # "… in de haven van Holwerd" over "ANP": a caption has no full stop
    if (
        (parts is None or parts.caption is None)
        and line.text.endswith((":", "："))
        and nxt.number == line.number + 1
        and len(nxt.text.split()) <= 6
        and not nxt.text.endswith(_SENTENCE_END)
    ):
        # "… semi-final win. Photo:" / "Supplied": the wrap carried the credit under its
        # label; read together they are a caption and its credit (any word a credit
        # label takes, not only a name)
        joined = split_caption(f"{line.text} {nxt.text}")
        if joined is not None and joined.caption and joined.credit:
            return joined.credit
    if parts is None and line.text.endswith((":", "：")):
        # "Tidebreak's roster for the spring split:" over "Amara Diallo": a list's lead-in
        # over its first item, a name; a caption does not end on a colon
        return None
    if parts is None and not nxt.blank_before and (line.blank_before or unspaced or opens):
        credit = _signed_credit(line.text, nxt.text)
        if (
            credit is not None
            and not line.text.endswith(_SENTENCE_END)
            and after is not None
            and not after.blank_before
            and after.number == nxt.number + 1
        ):
            # a caption that ends no sentence is a block of two lines with its credit; a
            # third line under them ("… verlegt" / "Richtung Rathaus" / "Stadtwerke Nord")
            # makes it a notice or a list, not a figure
            credit = None
        # Without blank lines a subhead or a letter's signature under a short paragraph
        # looks the same: only a caption-sized line over a name of two to four words in a
        # cased script, no comma ("Verdict" is a subhead, "Jane Roe, Little Harrow" signs
        # a letter; an uncased script gives no capital to tell a name from a subhead).
        if (
            credit is not None
            and not line.blank_before
            and (
                len(line.text.split()) > _UNSPACED_CAPTION_WORDS
                or not (credit[:1].isupper() or is_handout(credit))
                or not (
                    2 <= len(credit.split()) <= (8 if outlet_credit(credit) else 4)
                    or any_language_agency(credit)
                    or _acronym(credit)
                )
                or "," in credit
                or (credit.isupper() and _caps_words_in_prose(credit, after))
            )
        ):
            credit = None
        if credit is not None:
            return credit
    if parts is None:
        credit = block_credit(line, nxt, after, opens=opens)
        if credit is not None:
            return credit
    if parts is None:
        return _bare_parenthesised_credit(line.text, nxt.text)
    if parts.caption is not None or parts.rule == "figure.image-source":
        return None
    if len(line.text.split()) > 40 or _sentence_breaks(line.text) >= 2:
        # "Fotos: Comunicación Social" under the release's last paragraph credits the
        # pictures of a gallery with no caption, not that paragraph: a caption is no
        # paragraph of three sentences or more than 40 words.
        return None
    if parts.rule == "figure.credit-source" and not _caption_sized(line.text):
        return None  # "… on Monday." over "Press office of the city": a release's sign-off
    return parts.credit


def _slash_credit(
    line: Line, nxt: Line | None, after: Line | None
) -> tuple[str, str, int] | None:
    # (caption, credit, lines taken) when ``line`` is a caption that ends on the slash
    # parting it from its credit, and the line right under it (or one blank lower) is that
    # credit: a name or an office of ten words at most ending no sentence ("Marek
    # Zawiślak", "Ufficio stampa Comune di Torre Alba", "Foto: Jan Nowak"). A credit that
    # ends on a slash itself ("Davide Rinaldi /") goes on on the next line ("Comune di
    # Torre Alba"). Else None.
    text = line.text
    if nxt is None or text.endswith("//") or nxt.number > line.number + 2 or len(text) > 300:
        return None
    caption = text[:-1].rstrip()
    words = len(caption.split())
    if not 2 <= words <= 40 or caption.rstrip(".!?…").count(". ") > 1:
        return None  # a caption is one or two sentences
    if not text.endswith(" /") or caption.endswith((":", ",", "/")):
        return None  # a link's address ("example.org/"), a lead-in
    if " / " in caption or " | " in caption or "](" in caption:
        return None  # a breadcrumb or a row of links ("Home / News / Local /")
    credit = _slash_credit_text(nxt.text)
    if credit is None:
        return None
    taken = 2
    if (
        credit.endswith("/")
        and after is not None
        and after.number == nxt.number + 1
        and (rest := _slash_credit_text(after.text)) is not None
        and not rest.endswith("/")
    ):
        credit, taken = f"{credit} {rest}", 3
    return caption, credit.rstrip("/ ") if taken == 2 else credit, taken


_SLASH_TAIL_WORDS = 6


def _slash_tail_credit(text: str, nxt: Line | None) -> tuple[str, str] | None:
    # Round 21 (figures): right under a dump's image line, a caption whose unlabelled
    # credit is glued after its last sentence as "Agency/Name" or "Agency/Service …" ("… au
    # mois d'octobre. Keystone/Service de la chasse"), which the credit patterns refuse for
    # its lower-case words: the caption and that credit. The tail opens on a capital, joins
    # two words by a slash without spaces, has six words at most and no sentence end; the
    # caption before it ends a sentence and has four words at least; the block stands alone.
    # Guard: only a line right under an image placeholder that holds a slash.
    if "/" not in text or text.endswith(_SENTENCE_END):
        return None
    if nxt is not None and not nxt.blank_before:
        return None
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    if cut < 0:
        return None
    caption, tail = text[: cut + 1], text[cut + 2 :].strip()
    words = tail.split()
    if not 1 <= len(words) <= _SLASH_TAIL_WORDS or len(caption.split()) < 4:
        return None
    slashed = next((w for w in words[:3] if "/" in w), "")  # "Keystone/Service …", "Ann Roe/AFP"
    left, _, right = slashed.partition("/")
    if not (tail[:1].isupper() and left[:1].isupper() and right[:1].isupper()):
        return None
    if not left.isalpha() or any(ch.isdigit() for ch in tail):
        return None
    return None if any(m in tail for m in _NOT_IN_CREDIT) else (caption, tail)


_NOT_IN_CREDIT = (". ", "! ", "? ", '"', "«", "“")


def _slash_credit_text(text: str) -> str | None:
    # ``text`` as a credit under a slash-ended caption (its label dropped), or None when it
    # is longer or reads as a sentence.
    if len(text) > 100 or not 1 <= len(text.split()) <= 10 or text.endswith(_SENTENCE_END):
        return None
    parts = split_caption(text)
    if parts is not None and parts.caption is None and parts.credit:
        return parts.credit  # "fot. Jan Nowak", "Foto: Max Bauer": the label dropped
    if text[:1].islower():
        return None  # a credit opens on a capital (or an uncased script's letter)
    return text


def _chart_source(text: str, below: str, chrome: ChromeCues) -> str | None:
    # The source credited by ``below`` when ``text`` is a chart's or a table's numbered
    # caption ("Wykres 1. …" over "Źródło: dane GUS"); else None. The cheap test first: a
    # source line holds a colon.
    if ":" not in below and "：" not in below:
        return None
    source = chrome.figure_source(below)
    if source is None or not chrome.numbered_figure(text):
        return None
    return source


def _caption_sized(text: str) -> bool:
    # A line that can be a caption over an unlabelled source credit: one sentence at most,
    # 40 words at most, not a service box's "Wann: …" item (over its office's contact).
    return (
        len(text.split()) <= 40
        and len(text) <= 300
        and text.rstrip(".!?").count(". ") == 0
        and not _labelled_item(text)
    )


_UNSPACED_CAPTION_WORDS = 25


def _acronym(text: str) -> bool:
    # An institution's initials as a credit ("MRiRW", "KMP", "SDA"): one short word with
    # two capitals or more.
    return text.isalpha() and len(text) <= 8 and sum(1 for ch in text if ch.isupper()) >= 2


def _signed_credit(text: str, below: str) -> str | None:
    # A credit printed right under a one-sentence caption with no blank line between:
    # "© Land Tirol" (the sign as the label, no year: not the page's rights) or a
    # photographer's bare name ("Michel Tonneau"). Paragraphs stand a blank line apart;
    # only a figure's caption and credit are printed as one block.
    words = text.split()
    han = has_han_char(text[:1]) or has_han_char(text[-2:-1])
    if not (6 <= len(text) <= 150 if han else 4 <= len(words) <= 40):
        return None
    if text.rstrip(".!?").count(". ") or len(below.split()) > 6 or below.endswith(_SENTENCE_END):
        return None
    if below.startswith("©"):
        rest = below[1:].strip()
        return rest if rest and not any(map(str.isdigit, rest)) else None
    credited = is_name(below) or named_body(below) or outlet_credit(below) or is_handout(below)
    if text.endswith(_SENTENCE_END):
        return below if credited or _han_credit(below) else None
    # A caption need not end its sentence ("Сакури на набережній, 4 березня" / "Ірина
    # Мельник"): then only a name of two to four words or an outlet's or service's name
    # is its credit, never one word (a subhead's first word under a short line).
    if _han_credit(below) and han:
        return below
    if 2 <= len(below.split()) <= 4 and not any(map(str.isdigit, below)):
        return below if is_name(below) or named_body(below) else None
    return None


def _han_credit(text: str) -> bool:
    # A Chinese outlet or photographer alone on a line: "江城日报", "新华社记者 孙浩" —
    # two to twelve Han characters (spaces allowed), no punctuation.
    chars = text.replace(" ", "").replace("\u3000", "")
    return 2 <= len(chars) <= 12 and all(has_han_char(ch) for ch in chars)


_CREDIT_JOINERS = frozenset(["for", "of", "the", "and", "via", "/", "&"])


def _names_below(line: Line, nxt: Line | None) -> str | None:
    # Under a caption the page printed twice (a known figure), a short line of names
    # without a sentence end is its credit: "Dana Kwiatkowski for The Coastline Ledger".
    if nxt is None or nxt.number != line.number + 1 or not line.text.endswith(_SENTENCE_END):
        return None
    words = nxt.text.split()
    if not 2 <= len(words) <= 8 or nxt.text.endswith(_SENTENCE_END):
        return None
    named = sum(1 for w in words if w[:1].isupper())
    if named < 2 or any(not w[:1].isupper() and w not in _CREDIT_JOINERS for w in words):
        return None
    return nxt.text


def _contact_block(credit: Line | None, after: Line | None) -> bool:
    # True when an unlabelled source line ("Assessoria de Imprensa da Sesa", "Pressestelle
    # der Stadt") opens a press release's contact block: a phone number or an e-mail
    # address right under it. A photo credit has nothing of the kind under it.
    if credit is None or after is None or after.number != credit.number + 1:
        return False
    parts = split_caption(credit.text)
    return (
        parts is not None
        and parts.rule == "figure.credit-source"
        and len(after.text) <= 60
        and CONTACT_DETAIL.search(after.text) is not None
    )


def _bare_parenthesised_credit(text: str, below: str) -> str | None:
    # ``(Viewer submitted)``, ``(KDRW)``: a few words in parentheses alone on the line
    # right under a caption-sized line (one sentence at most, 4–50 words) are its credit,
    # the way broadcasters' sites print it. "(Reporting by …)" is a credit line, not this.
    inner = bracketed_credit(below)
    if inner is None or not 4 <= len(text.split()) <= 50 or ". " in text.rstrip("."):
        return None
    return inner


def _once(caption: str | None) -> str | None:
    # A caption printed twice on one line — an image's alt text glued to the caption by the
    # dump tool ("Nowy blok operacyjny Nowy blok operacyjny"): the words once.
    if caption is None:
        return None
    words = caption.split()
    half = len(words) // 2
    if len(words) >= 6 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return caption


def _caption_under_credit(
    line: Line,
    nxt: Line | None,
    images: frozenset[int],
    marked: set[int] | None,
    after: Line | None = None,
    labelled_unspaced: bool = False,
    before: Line | None = None,
) -> bool:
    # True when ``nxt`` is the caption of the credit on ``line``, printed over it right
    # under an image: a short line with no sentence end and no credit of its own. With no
    # image line, the credit and a caption-sized line of one sentence that make a block of
    # their own between blank lines ("Bild: Tierheim Talbach e. V." / "Viele der Katzen
    # waren …"): a page that sets the credit over the caption, in any language.
    if nxt is None or (marked and nxt.number in marked) or split_caption(nxt.text) is not None:
        return False
    words = len(nxt.text.split())
    if line.number - 1 in images or line.number - 2 in images:
        return 3 <= words <= 30 and not nxt.text.endswith(_SENTENCE_END)
    if (
        labelled_unspaced
        and 6 <= words <= 30
        and not nxt.text.endswith((*_SENTENCE_END, ","))
        and after is not None
        and len(after.text.split()) > 2 * words
    ):
        # A page copied with select-all has no blank lines to set the block apart: a
        # labelled credit ("تصوير: Name") over a phrase of six words or more (a subhead is
        # shorter) with no sentence end, a longer paragraph under it, is credit and caption.
        # Otherwise the spaced test below still holds: a ticker whose dropped clock lines
        # took every blank line with them only looks unspaced.
        return True
    if labelled_unspaced and before is not None and _credit_between_prose(before, nxt, after):
        return True
    return (
        line.blank_before
        and not nxt.blank_before
        # (a line dropped between them — a live ticker's clock "07:55 Uhr" — parts them too)
        and (after is None or after.blank_before or after.number > nxt.number + 1)
        and 4 <= words <= 40
        and nxt.text.rstrip(".!?").count(". ") == 0
        and not nxt.text.endswith((":", ";", ","))
    )


def _credit_between_prose(before: Line, nxt: Line, after: Line | None) -> bool:
    # Round 21 (noblank): a select-all copy's labelled credit ("Bild: Tierheim Talbach e.
    # V.", "Foto: NAME") under a paragraph of several sentences (no caption of its own above
    # it), over one sentence of four to thirty words, and a paragraph twice as long or a
    # subhead under that: the credit printed over its caption ("Viele der Katzen waren
    # stark verfilzt …"). A caption is one sentence; the paragraph above it is prose, not
    # the photo's caption.
    text = nxt.text
    words = len(text.split())
    if not (4 <= words <= 30) or not text.endswith((".", "!", "。")) or ". " in text:
        return False
    above = before.text
    if not above.endswith(_SENTENCE_END) or not (". " in above or len(above.split()) > 40):
        return False
    if after is None:
        return False
    # under it a longer paragraph, or a subhead ("Was Gäste erwartet") that opens the next part
    more = len(after.text.split())
    return more > 2 * words or (more <= 8 and not after.text.endswith(_SENTENCE_END))


def _credit_wrap_tail(
    line: Line, nxt: Line | None, after: Line | None, italic: bool = False
) -> str | None:
    # The end of a credit that a hard-wrapping dump (w3m, lynx) carried to the next line:
    # the caption line fills the dump's width (60 characters or more), and right under it,
    # with no blank line, stands a short fragment (five words at most) that ends no
    # sentence and closes its block (a blank line or the end of the text follows). A
    # paragraph's wrapped line is as wide as the one above it.
    if nxt is None or nxt.blank_before or nxt.number != line.number + 1 + line.glued:
        return None
    # Round 21 (altlines): an italic caption right under its image ("_… Photo : Office de_"
    # / "_Tourisme du Val Sorbier_"), whose span html2text wrapped and marked on each line,
    # may stop short of the dump's width: the italics under the image tell the caption.
    if len(line.text) < (20 if italic else 60) or len(nxt.text) > 40 or len(nxt.text.split()) > 5:
        return None
    if nxt.text.endswith(_SENTENCE_END) or nxt.text[:1] in "•*-–—[(":
        return None
    if after is not None and not after.blank_before:
        return None
    return nxt.text


def _labelled_alt(
    line: Line,
    parts: CaptionParts | None,
    below: Line | None,
    after: Line | None,
    chrome: ChromeCues | None,
) -> tuple[Figure, int] | None:
    # A reader view or a select-all copy prints an image's alternative text after a
    # picture label ("Image: Grey rabbit sitting on a towel", "Imagem: …", "Bild: …") right
    # over the caption (a sentence), and the caption's credit line under it if there is one.
    # The labelled line describes (three words or more, two of them lower-case words, no
    # sentence end), unlike a credit that names ("Photo: Jane Roe"). Returns the figure
    # (caption and credit) and how many lines it takes, or None.
    if parts is None or parts.caption is not None or parts.rule != "figure.credit-label":
        return None
    if below is None or below.blank_before or not line.blank_before:
        return None
    alt = parts.credit or ""
    words = alt.split()
    if len(words) < 3 or alt.endswith((".", "!", "?")):
        return None
    if sum(1 for w in words[1:] if w[:1].isalpha() and w[:1].islower()) < 2:
        return None
    sources = chrome.credit_sources if chrome is not None else ()
    if is_handout(alt) or alt.casefold().startswith(sources) or any(m in alt for m in "/©|"):
        return None  # "Photo: courtesy of the allotment society": a credit over its caption
    caption = below.text
    if not caption.endswith(".") or not 4 <= len(caption.split()) <= 60:
        return None
    if split_caption(caption) is not None:
        return None  # the caption line carries its own credit: read as it stands
    if after is not None and not after.blank_before:
        credit = split_caption(after.text)
        if credit is None or credit.caption or not credit.credit:
            return None
        return Figure(caption, credit.credit), 3
    return Figure(caption, None), 2


def _button_row(text: str, chrome: ChromeCues | None) -> bool:
    # Round 21 (figures): "Share Print Send Flowers Plant a Tree" under the portrait: a row
    # of the page's buttons opening on two share words of its language ("Share", "Print",
    # "Teilen", "Drucken"), not the image's caption.
    if chrome is None:
        return False
    words = text.casefold().split(maxsplit=2)
    return len(words) >= 2 and words[0].strip(":") in chrome.share and words[1] in chrome.share


_QUOTE_OPENS = ("«", "“", '"', "„")
_QUOTE_CLOSES = ("»", "”", '"', "“")


def twin_words(text: str) -> int:
    """Round 23 (scrapedl): the words of a line for the printed-twice caption rule; a line
    in a script without spaces (Chinese, Japanese) counts a word per two characters, as
    :func:`.features.line_features` does ("这是猫眼天竺鲷,它的眼睛非常美丽。" is a sentence,
    not one word). Guard: only a line of fewer than three spaced words is measured."""
    n = len(text.split())
    if n < 3 and not text.isascii() and max(text) >= "\u3040" and _cjk_share(text) > 0.3:
        return len(text) // 2
    return n


def short_twin_caption(first: str, second: str | None, after: str | None) -> bool:
    """Round 23 (scrapedl): a caption of two words printed twice, one line over the other
    (the image's alt text over its caption: "Hala magazynowa" / "Hala magazynowa",
    "Customs officers" / "Customs officers"), with a line of prose under the pair. The
    printed-twice rule wants three words; the two-word pair was dropped as a header
    widget or a repeated label. Guard: the two lines are the same, two words with a
    letter each, 60 characters at most, no sentence end, not shaped like a person's name
    (a name printed twice is an author card); the line under the pair is prose (80
    characters or more, ending a sentence)."""
    if second is None or after is None or fold(second) != fold(first):
        return False
    words = first.split()
    if len(words) != 2 or len(first) > 60 or first.endswith(_SENTENCE_END):
        return False
    if not all(any(ch.isalpha() for ch in word) for word in words):
        return False
    if is_name(first) and not _uncased_office(words):
        return False
    tail = after.rstrip(" \"'»”)")
    return len(after) >= 80 and tail.endswith(_SENTENCE_END)


def _uncased_office(words: list[str]) -> bool:
    # Round 23 (officials): two words of a script without letter case (Arabic) holding a
    # public official's title of any language's ``official_roles`` ("وزيرة الصحة", "محافظ
    # المدينة"): an office, which has a name's shape there yet names no person.
    if words[0][:1].isupper() or words[0][:1].islower():
        return False
    from ..language.cues import merged_words  # only an uncased name-shaped pair pays

    roles = merged_words("official_roles")
    return any(word in roles for word in words)


def closing_photo_credit(text: str, parts: CaptionParts) -> str | None:
    """Round 23 (scrapedl): the story's last line is a paragraph of prose with the page's
    photo credit glued to its end in brackets, behind a photo label ("… по телефону:
    +7 …. (фото agency.site)", "… przez całą dobę. (fot. KP PSP)", "… names. (Photo:
    Agency)"): the prose without the brackets, else None. The caption parser read the
    whole paragraph as the credited photo's caption and the body lost it. Guard (the
    caller's first: the body's last line, under a paragraph, split by the bracketed-credit
    rule): the text before the brackets is 100 characters or more and holds a sentence's
    end inside (two sentences at least), and the brackets hold a label before the credit
    (a bare "(Name)" after prose is an attribution, not a photo's)."""
    caption, credit = parts.caption, parts.credit
    if not caption or not credit or len(caption) < 100:
        return None
    if not any(end in caption[:-1] for end in (". ", "! ", "? ")):
        return None
    body = text.rstrip(" .")
    cut = body.rfind("(")
    if not body.endswith(")") or cut <= 0:
        return None
    inner = body[cut + 1 : -1].strip()
    if inner == credit or not inner.endswith(credit) or not inner[:1].isalpha():
        return None
    prose = body[:cut].rstrip()
    return prose if prose.endswith(_SENTENCE_END) else None


def signed_prose(text: str, parts: CaptionParts) -> str | None:
    """Round 22 (tallyb): a paragraph of prose that the caption parser split as a caption
    and its credit, returned as the paragraph's text (else None). Two shapes, each with a
    cheap guard first:

    - (withdrawn at the merge: rule ``paragraph.rights-signed``, a paragraph of two
      sentences or more signed "© dpa" at its end; a two-sentence caption with its
      agency's "©" is the same line, and more common);
    - rule ``paragraph.attributed-quote``: a quotation of two sentences or more attributed
      in brackets ("«Un allenatore … solo». (Massimiliano Allegri)"): the whole line.
      Guard: the credit came in brackets, the text before it opens and closes with a
      quotation mark, holds a sentence's end inside and the credit is a bare name."""
    caption, credit = parts.caption, parts.credit
    if not caption or not credit or len(caption) < 60:
        return None
    inner = caption[:-1]
    if not any(end in inner for end in (". ", "! ", "? ")):
        return None  # one sentence: a caption's length
    if parts.rule == "figure.credit-in-parentheses":
        body = caption.rstrip(". ")
        if (
            caption.startswith(_QUOTE_OPENS)
            and body.endswith(_QUOTE_CLOSES)
            and text.rstrip().endswith(")")
            and 2 <= len(credit.split()) <= 4
            and not any(ch.isdigit() or ch in "/:©" for ch in credit)
            and is_name(credit)
        ):
            return text.strip()
        return None
    # The rights-signed paragraph ("… ab. © dpa") is withdrawn at the merge: a caption of
    # two sentences with its agency's "©" is the same line, and more common (docs/reader.md).
    return None


def _add_figure(out: list[Placed], line: Line, images: frozenset[int] = frozenset()) -> None:
    parts = split_caption(line.text)
    assert parts is not None
    prev = out[-1] if out else None
    rule = parts.rule
    caption, credit = _once(parts.caption), parts.credit
    if (
        caption is None
        and prev is not None
        and isinstance(prev.block, Figure)
        and prev.block.credit is None
        # Round 21 (figures): "[IMG]" / caption / "[IMG]" / "Photo Name": a credit under an
        # image line of its own credits that image, not the caption over it
        and not (images and any(n in images for n in range(prev.line + 1, line.number)))
    ):
        prev.block = Figure(prev.block.caption, credit)
        return
    if (
        credit is None
        and prev is not None
        and isinstance(prev.block, Figure)
        and prev.block.caption is None
    ):
        prev.block = Figure(caption, prev.block.credit)
        return
    if (
        prev is not None
        and isinstance(prev.block, Figure)
        and _same_text(prev.block.caption, caption)
    ):
        # The same caption printed twice, once with and once without its credit.
        prev.block = Figure(prev.block.caption, prev.block.credit or credit)
        prev.rule = "figure.merged-duplicate"
        return
    out.append(Placed(Figure(caption, credit), line.number, rule))


_BRACKETED_TAIL = lazy_pattern(r"^\s*[(\[]([^()\[\]]{2,60})[)\]]$")


def _twin_with_credit(text: str, nxt: Line | None) -> str | None:
    # The credit when ``nxt`` is ``text`` again with a bracketed credit after it.
    if nxt is None or not 3 <= len(text.split()) <= 40 or len(text) > 300:
        return None
    if not fold(nxt.text).startswith(fold(text)) or split_caption(nxt.text):
        return None  # (a credit the caption rules read is theirs: "merged-duplicate")
    tail = _BRACKETED_TAIL.match(nxt.text[len(text) :])
    if tail is None or len(tail.group(1).split()) > 6:
        return None
    return tail.group(1).strip()


_CAPTION_WORDS = 20


def _caption_above_credit(out: list[Placed]) -> None:
    # A credit printed under its caption as a figure of its own ("Image source, Network
    # Rail" under "Engineers found cracks in two of the arches"): when the short line above
    # opens the body or a section and a paragraph follows the credit, it is the caption.
    k = 1
    while k < len(out) - 1:
        fig, above, below = out[k].block, out[k - 1].block, out[k + 1].block
        k += 1
        if not isinstance(fig, Figure) or fig.caption or not fig.credit:
            continue
        if not isinstance(above, Paragraph) or not isinstance(below, Paragraph):
            continue
        opens = k == 2 or isinstance(out[k - 3].block, Heading)
        text = above.text
        if opens and len(text.split()) <= _CAPTION_WORDS and not text.endswith((":", "?")):
            rule = "figure.caption-above-credit"
            out[k - 2] = Placed(Figure(text, fig.credit), out[k - 2].line, rule)
            del out[k - 1]


def _merge_caption_paragraphs(out: list[Placed]) -> list[Placed]:
    # Drop a paragraph that repeats the caption of the figure next to it.
    _caption_above_credit(out)
    keep: list[Placed] = []
    for k, placed in enumerate(out):
        if isinstance(placed.block, Paragraph):
            neighbours = [out[j] for j in (k - 1, k + 1) if 0 <= j < len(out)]
            twin = next(
                (
                    n
                    for n in neighbours
                    if isinstance(n.block, Figure)
                    and _same_text(n.block.caption, placed.block.text)
                ),
                None,
            )
            if twin is not None:
                twin.rule = "figure.merged-duplicate"
                continue
        if (
            isinstance(placed.block, Figure)
            and keep
            and isinstance(keep[-1].block, Figure)
            and _same_text(keep[-1].block.caption, placed.block.caption)
            and keep[-1].block.credit == placed.block.credit
        ):
            # The same caption and credit twice in a row (the image's alt text over the
            # caption, each with the credit under it): one figure (LABELS.md rule 8).
            keep[-1].rule = "figure.merged-duplicate"
            continue
        keep.append(placed)
    return keep


_BARE_LABELS = frozenset(["image source,", "image caption,", "image source:", "image caption:"])


def _join_bare_labels(lines: list[Line]) -> list[Line]:
    # BBC's "Image source," / "Image caption," printed alone, its value on the next line.
    if not any(fold(line.text) in _BARE_LABELS for line in lines):
        return lines
    out: list[Line] = []
    skip = False
    for k, line in enumerate(lines):
        if skip:
            skip = False
            continue
        if line.text.casefold() in _BARE_LABELS and k + 1 < len(lines):
            out.append(line._replace(text=f"{line.text} {lines[k + 1].text}"))
            skip = True
        else:
            out.append(line)
    return out


_OPENING = "“„«»\"‘'「‹"
_CLOSING = "”“»«\"’'」›"
def _quotation_or_sentence(text: str) -> bool:
    # A sentence end anywhere, or quotation marks around the line ("‘The real loss …’",
    # "« … »"); marks inside it quote a phrase ('Un “fraude de ley”, según los inquilinos')
    # and ’ inside a French or Italian subhead is an apostrophe. A dot inside a number
    # ("Rund 6.000 Haushalte ohne Strom", "2.5 million") ends no sentence.
    plain = _NUMBER_DOT.sub("", text) if "." in text else text
    if any(m in plain for m in ".!?…。"):
        return True
    return text[:1] in _OPENING or text[-1:] in _CLOSING


_NUMBER_DOT = lazy_pattern(r"(?<=\d)\.(?=\d)")


_QUOTE_MARKS = lazy_pattern('[“”„«»"‘’‚‹›「」『』]')
"""Quotation marks; dropped with a pattern (ten times faster than ``str.translate``)."""


def _glued_caption(text: str) -> bool:
    # Words glued to an image that read as its caption: a phrase that ends no sentence
    # (thirty words at most), or one short sentence. A paragraph that a floated image only
    # precedes ("**12:00 PM PT** -- Sheriff's deputies were …") is longer or has more.
    words = len(text.split())
    if words > 30 or len(text) > 300 or text.rstrip(".!?").count(". "):
        return False
    return not text.endswith(_SENTENCE_END) or words <= 15


def _plain(text: str) -> str:
    # ``text`` without quotation marks, spaces collapsed, case-folded, no end punctuation.
    return " ".join(_QUOTE_MARKS.sub("", text).split()).casefold().rstrip(" .,;:!?…。")


_LABEL_WORDS = 5


def _drop_labels(
    lines: list[Line],
    chrome: ChromeCues | None,
    counts: Counter[str] | None,
    dropped: list[tuple[int, str]] | None,
) -> list[Line]:
    # Short labels among the body's lines that are page furniture, not text: a site
    # navigation word alone ("Jump to:", "Back to top") and a short label the page prints
    # again elsewhere (a roundup's "Best overall" badge under an item, repeated in its
    # jump list). A subhead printed twice is already no subhead (:func:`heading_evidence`),
    # and a paragraph of five words or fewer printed twice is a label.
    if chrome is None:
        return lines
    kept: list[Line] = []
    prev: Line | None = None
    for k, line in enumerate(lines):
        text = line.text
        key = fold(text)
        short = len(text.split()) <= _LABEL_WORDS and not text.endswith(_SENTENCE_END)
        above, prev = prev, line
        if len(text.split()) <= _LABEL_WORDS and key.strip(" .:›»>") in chrome.navigation:
            reason = "navigation"
        elif len(text) <= 80 and chrome.navigation_bar(text):
            reason = "navigation"  # "« Vorheriger Beitrag | Nächster Beitrag »" under the story
        elif len(text) <= 120 and chrome.read_more_link(text):
            reason = "read-more link"  # "Working Structure Fire Read More »" (round 22)
        elif len(text) <= 160 and chrome.full_version_prompt(text):
            reason = "read-more link"  # "Read the complete X road test." (round 23)
        elif (
            short
            and counts is not None
            and counts[key] > 1
            and not _BULLET.match(text)
            and not _NUMBERED.match(text)
            and split_caption(text) is None
            and not _credit_under_caption(above, line)
            and not (counts[key] == 2 and _short_twin_at(lines, k))
        ):
            reason = "repeated label"
        else:
            kept.append(line)
            continue
        if dropped is not None:
            dropped.append((line.number, reason))
    return kept


def _short_twin_at(lines: list[Line], k: int) -> bool:
    # Line ``k`` is either copy of a two-word caption printed twice
    # (:func:`short_twin_caption`): a photo's caption, no repeated label.

    def at(j: int) -> str | None:
        return lines[j].text if 0 <= j < len(lines) else None

    text = lines[k].text
    return short_twin_caption(text, at(k + 1), at(k + 2)) or (
        k > 0 and short_twin_caption(lines[k - 1].text, text, at(k + 1))
    )


_SIGN_OFF_PROSE_WORDS = 12
"""The fewest words of the paragraph over an agency's sign-off (a caption is shorter)."""


def _drop_agency_sign_off(
    lines: list[Line], dropped: list[tuple[int, str]] | None, chrome: ChromeCues | None
) -> tuple[list[Line], tuple[int, str] | None]:
    # Round 21 (scrapeda): the body's last line is only a news agency's name in brackets
    # ("(dpa)", "(AFP)", "(EFE)", "(ITALPRESS).", "(dpa/AFP)") under a paragraph of prose
    # (a sentence end, twelve words or more): the agency's sign-off of the story, page
    # furniture, not the credit of a photo whose caption would be that paragraph (the
    # paragraph was read as a figure, or the sign-off kept as the last paragraph). A
    # bracketed credit that is no agency of the data files ("(KDRW)", "(Viewer submitted)")
    # stays a credit. Between the prose and the sign-off an Italian wire prints the credit
    # of the story's photo between dashes ("-foto Agenzia Fotogramma –"): returned as
    # (line number, credit) to close the body as a figure with no caption. Guard: the last
    # line opens with "(" and is 40 characters at most.
    if len(lines) < 3:
        return lines, None
    last = lines[-1]
    text = last.text.rstrip(". ")
    if text[:1] != "(" or text[-1:] != ")" or len(text) > 40:
        return lines, None
    inner = [part.strip() for part in text[1:-1].replace(",", "/").split("/")]
    if not all(part and len(part.split()) <= 3 and any_language_agency(part) for part in inner):
        return lines, None
    credit = _dashed_credit(lines[-2].text, chrome)
    above = lines[-3].text if credit is not None else lines[-2].text
    if not above.endswith(_SENTENCE_END) or len(above.split()) < _SIGN_OFF_PROSE_WORDS:
        return lines, None
    if dropped is not None:
        dropped.append((last.number, "agency sign-off"))
    if credit is not None:
        return lines[:-2], (lines[-2].number, credit)
    return lines[:-1], None


def _dashed_credit(text: str, chrome: ChromeCues | None) -> str | None:
    # "-foto Agenzia Fotogramma –" → "Agenzia Fotogramma": a photo label of the page's
    # language and a credit of one to five words opening in capitals, set between dashes on
    # a line of its own (60 characters at most). Else None.
    if chrome is None or len(text) > 60 or text[:1] not in "-–—" or text[-1:] not in "-–—":
        return None
    head, _, rest = text.strip(" -–—").partition(" ")
    rest = rest.strip()
    if head.casefold().rstrip(":") not in chrome.photo_labels or not rest[:1].isupper():
        return None
    return rest if len(rest.split()) <= 5 else None


def _credit_under_caption(above: Line | None, line: Line) -> bool:
    # A photographer's or agency's name right under a one-sentence line, no blank line
    # between: the same credit under every photo of a story ("Ben Okafor", "KDRW") is
    # printed more than once, and is a credit for all that, not a repeated label.
    if above is None or line.blank_before or above.number != line.number - 1:
        return False
    if not above.text.endswith(_SENTENCE_END) or above.text.rstrip(".!?").count(". "):
        return False
    return is_name(line.text) or named_body(line.text) or outlet_credit(line.text)


_PULL_QUOTE_HAN_CHARS = 12
"""The fewest characters of a Chinese pull quote (five words elsewhere)."""
_PULL_QUOTE_HAN_MARGIN = 8
"""How many characters more than a Chinese pull quote its paragraph holds at least."""


def _drop_pull_quotes(out: list[Placed], dropped: list[tuple[int, str]] | None) -> list[Placed]:
    # Rule ``noise.pull-quote``: a line that repeats a sentence of another paragraph on
    # its own (magazine and broadsheet pull quotes, quoted or not) is page furniture.
    #
    # The line has at least five words and is shorter than the paragraph that holds it;
    # quotation marks, case and end punctuation are ignored in the comparison.
    texts = [
        (k, _plain(p.block.text))
        for k, p in enumerate(out)
        if isinstance(p.block, Paragraph | Heading | Quote)
    ]
    if len(texts) < 3:
        return out
    drop: set[int] = set()
    for k, plain in texts:
        margin = 20  # the paragraph holds more than the quote: a sentence around it
        if any(has_han_char(ch) for ch in plain[:4]):
            # Chinese has no spaces: a pull quote is measured in characters, which say more
            if len(plain) < _PULL_QUOTE_HAN_CHARS:
                continue
            margin = _PULL_QUOTE_HAN_MARGIN
        elif len(plain.split()) < 5:
            continue
        block = out[k].block
        above = False  # only a paragraph above may hold a subhead-shaped line's words
        if isinstance(block, Heading) and not _quotation_or_sentence(block.text):
            # an intertitre may take its words from the paragraph under it; a line of five
            # words or more that repeats a clause already read above it (lynx's indented
            # or a page's plain pull quote, "ветер разносит мусор по соседним газонам") is
            # a pull quote all the same (round 25, pq67)
            above = True
        longer = (
            other
            for j, other in texts
            if j != k and len(other) > len(plain) + margin and (j < k or not above)
        )
        if any(plain in other for other in longer) or (
            isinstance(block, Paragraph) and _edited_pull_quote(block.text, plain, k, texts)
        ):
            drop.add(k)
    if not drop:
        return out
    if dropped is not None:
        dropped.extend((out[k].line, "pull quote") for k in drop)
    return [p for k, p in enumerate(out) if k not in drop]


_PULL_RUN = 8
"""Words an edited pull quote shares in one run with a paragraph next to it, at least."""


def _edited_pull_quote(text: str, plain: str, k: int, texts: list[tuple[int, str]]) -> bool:
    # A pull quote the page edited ("By the slow movement they had found a way of leaning
    # into the echo rather than fighting it." over "…, but by the slow movement the four of
    # them had found a way of…"): one sentence wholly in quotation marks whose words, most
    # of them in one run of eight or more, stand in a paragraph within two blocks of it. A
    # quoted paragraph of speech says its own words, not a neighbour's.
    stripped = text.strip()
    if stripped[:1] not in _OPENING_QUOTES or stripped[-1:] not in _CLOSING_QUOTES:
        return False
    words = plain.split()
    inner = stripped[1:-1].rstrip(".!?…")
    if len(words) < _PULL_RUN or any(mark in inner for mark in '"“”«»„'):
        return False
    for j, other in texts:
        if j == k or abs(j - k) > 2 or len(other) <= len(plain):
            continue
        theirs = other.replace(",", "").split()
        mine = plain.replace(",", "").split()
        if _longest_run(mine, theirs) >= max(_PULL_RUN, (2 * len(mine) + 2) // 3):
            return True
    return False


def _longest_run(mine: list[str], theirs: list[str]) -> int:
    # The most words of ``mine`` that ``theirs`` holds in a row, in the same order.
    # The table of runs ending at each pair of words, kept only where the words match (by
    # each word's places in ``theirs``): the same answer as the whole table of
    # len(mine) x len(theirs), whose Python loop was a million instructions for three
    # paragraphs of the reference article.
    places: dict[str, list[int]] = {}
    for j, other in enumerate(theirs, 1):
        places.setdefault(other, []).append(j)
    best = 0
    previous: dict[int, int] = {}
    for word in mine:
        current: dict[int, int] = {}
        for j in places.get(word, ()):
            run = current[j] = previous.get(j - 1, 0) + 1
            if run > best:
                best = run
        previous = current
    return best


_OPENING_QUOTES = "\"“„«‘'"
_CLOSING_QUOTES = "\"”»’'"


_ALT_TEXT_WORDS = 8
_ALT_TEXT_HAN_CHARS = 30
"""The most characters of a Chinese image's alt text ("海港鯨先發投手鄭宇航"): longer, a line
over a figure is a paragraph."""
_PROSE_UNDER_CAPTION = 80
"""How long the paragraph under a caption printed without a full stop is, at least."""


_CAPTION_SENTENCE_WORDS = 30
"""How many words an uncredited one-sentence caption under an image holds at most."""


def _sentence_under_image(line: Line, nxt: Line | None, images: frozenset[int]) -> bool:
    # One sentence right under a dump's image line (w3m's "[alt]", lynx's "[IMG]"), no
    # blank line between them, a blank line under it and the story's prose after it: the
    # image's caption without a credit ("Runners crossing the dam road during a practice
    # lap."). A paragraph stands a blank line away from the image above it; two sentences
    # are a paragraph.
    text = line.text
    if not (
        3 <= len(text.split()) <= _CAPTION_SENTENCE_WORDS
        and text.endswith((".", "!", "?", "。"))
        and not any(mark in text[:-1] for mark in (". ", "! ", "? ", "。"))
        and nxt is not None
        and nxt.blank_before
        and len(nxt.text) >= _PROSE_UNDER_CAPTION
        and nxt.text.endswith(_SENTENCE_END)
    ):
        return False
    if line.number - 1 in images:  # (the source line right above: no blank line between)
        return True
    # Round 20 (captions): html2text and lynx print a blank line under the image too
    # ("![](/misses.png)" / "" / "Cache misses per page, before and after the change." /
    # "" / prose): one blank line away, a short plain sentence (no quote, no dateline)
    # with a paragraph at least twice its length under it is still the caption.
    return (
        line.number - 2 in images
        and line.blank_before
        and len(text.split()) <= _SPACED_CAPTION_WORDS
        and len(nxt.text) >= 2 * len(text)
        and not any(mark in text for mark in _SPEECH_OR_DATELINE)
    )


_SPACED_CAPTION_WORDS = 20
_SPEECH_OR_DATELINE = ('"', "“", "”", "«", "»", "„", " — ", " – ", " - ", "(", ":")


def _closing_caption_under_image(
    line: Line, images: frozenset[int], out: list[Placed]
) -> bool:
    # Round 22 (capdek): the article's last line, one short sentence right under a dump's
    # image line ("[IMG]" / "La rampe d'accès à la scène, achevée fin novembre.") or one blank
    # line under it ("![…](…)" / "" / caption), under the story's paragraphs: the closing
    # photo's caption with no credit, not a last paragraph (a paragraph stands a blank line
    # away from a picture and has prose or the page's end after it, which
    # ``_sentence_under_image`` reads). Guard: the article's last line only, an image line
    # right above, a paragraph already read, one sentence of 3 to 20 words with no quote or
    # dateline marks.
    text = line.text
    if not (
        line.number - 1 in images or (line.number - 2 in images and line.blank_before)
    ):
        return False
    if not 3 <= len(text.split()) <= _SPACED_CAPTION_WORDS or not text.endswith((".", "。")):
        return False
    if any(mark in text[:-1] for mark in (". ", "! ", "? ", "。")):
        return False
    if any(mark in text for mark in _SPEECH_OR_DATELINE):
        return False
    return any(isinstance(p.block, Paragraph) for p in out)


def _phrase_under_image(line: Line, nxt: Line | None, images: frozenset[int]) -> bool:
    # A short phrase with no sentence end standing under a dump's image line, alone
    # between blank lines ("[Obraz: plik.jpg]" / "Pierwsze sadzonki w skrzyni 7" / prose,
    # "![](/uploads/a.jpg)" / "修复师正在修补书页" / prose): the image's caption without a
    # credit, not a subhead. A subhead printed under a picture ends in a colon or a question
    # mark, or the page marks it ("## …"); the caller reads marked and bold heads first.
    text = line.text
    return (
        (
            (line.number - 2 in images and line.blank_before)  # the image, one blank line above
            or line.number - 1 in images  # or right above it
        )
        and len(text.split()) <= _UNDER_IMAGE_WORDS
        and len(text) <= _PHRASE_UNDER_IMAGE_CHARS
        and not text.endswith(_SENTENCE_END)
        and nxt is not None
        and nxt.blank_before
        # (Chinese prose says as much in half the characters; it may end in a quote mark)
        and len(nxt.text) * (2 if "。" in nxt.text else 1) >= _PROSE_UNDER_CAPTION
        and nxt.text.endswith(_PROSE_END)
    )


_PHRASE_UNDER_IMAGE_CHARS = 100


def _notice_rows_alt(out: list[Placed], k: int, notices: frozenset[str]) -> bool:
    # The last of a notice's fact rows, right over a figure ("Calles afectadas: …" /
    # "Desvíos: por la avenida de la Estación" / caption (Foto: …)), is a row like the one
    # above it, not the image's alt text: the paragraph above is a fact row too and one of
    # the two is cued (``notice_row_labels``).
    if not notices or k == 0:
        return False
    text, above = out[k].block, out[k - 1].block
    if not isinstance(above, Paragraph) or not isinstance(text, Paragraph):
        return False
    if ":" not in text.text[:40] or not fact_row(text.text) or not fact_row(above.text):
        return False
    return notice_row(text.text, notices) or notice_row(above.text, notices)


def _drop_opening_notice_row(
    out: list[Placed], chrome: ChromeCues | None, dropped: list[tuple[int, str]] | None
) -> list[Placed]:
    # A notice's lone fact row opening the body, over its first paragraph ("Affected
    # lines: Blue Line Route 22" under "Last updated: …"), is the notice's metadata like the
    # dates over it, not an opening subhead nor a paragraph. A run of rows stays.
    if chrome is None or not chrome.notice_rows or len(out) < 2:
        return out
    first, second = out[0].block, out[1].block
    if not isinstance(first, Paragraph) or not isinstance(second, Paragraph):
        return out
    if not notice_row(first.text, chrome.notice_rows) or fact_row(second.text):
        return out
    if dropped is not None:
        dropped.append((out[0].line, "notice metadata row"))
    return out[1:]


def _drop_alt_texts(
    out: list[Placed],
    dropped: list[tuple[int, str]] | None,
    notices: frozenset[str] = frozenset(),
) -> list[Placed]:
    # A few words with no sentence end standing right over a captioned figure are the
    # image's alt text, which lynx and select-all copies print where the image was
    # ("Pipa de agua", "Praxisschild an einer Hausarztpraxis"): not a paragraph. A subhead
    # over a figure has heading evidence and is a heading already.
    keep: list[Placed] = []
    for k, placed in enumerate(out):
        following = out[k + 1].block if k + 1 < len(out) else None
        block = placed.block
        if (
            isinstance(block, Paragraph)
            and isinstance(following, Figure)
            and following.caption
            and len(block.text.split()) <= _ALT_TEXT_WORDS
            # Chinese has no spaces: its words are no measure, its characters are
            and not (has_han_char(block.text[:1]) and len(block.text) > _ALT_TEXT_HAN_CHARS)
            and not block.text.endswith((*_SENTENCE_END, "”", "»", '"', ")", "」", "』", "）"))
            and not _same_text(block.text, following.caption)
            and not _notice_rows_alt(out, k, notices)
        ) or _alt_text_heading(placed, following) or _alt_over_lone_figure(out, k):
            if isinstance(block, Paragraph) and _gallery_neighbour(placed, out[k + 1]):
                keep.append(Placed(Figure(block.text, None), placed.line, "figure.gallery-caption"))
                continue
            if dropped is not None:
                dropped.append((placed.line, "image alt text"))
            continue
        keep.append(placed)
    return keep


def _gallery_neighbour(placed: Placed, nxt: Placed) -> bool:
    # Round 21 (figures): a short phrase a blank line over a figure whose caption is a
    # phrase of the same shape ("Процедурный кабинет в Верховье" / "" / "Здание пункта в
    # посёлке Пяжелка" / "пресс-служба …"): the caption of the gallery's photo before it,
    # not the image's alt text. An alt text stands right over the caption it describes and
    # shares its words; a gallery's captions are set apart and name other things. Guard:
    # only a paragraph the alt-text rule was about to drop.
    caption = nxt.block.caption if isinstance(nxt.block, Figure) else None
    text = placed.block.text if isinstance(placed.block, Paragraph) else ""
    if not caption or nxt.line - placed.line < 2 or len(text.split()) < 3:
        return False  # right over the caption (no blank line): the picture's alt text
    if caption.endswith(_SENTENCE_END) or not len(text) <= 2 * len(caption) <= 4 * len(text):
        return False
    mine = {w.casefold()[:5] for w in text.split() if len(w) >= 4}
    return not any(w.casefold()[:5] in mine for w in caption.split() if len(w) >= 4)


_ALT_HEADING_WORDS = 3
"""How many words an image's alt text read as a short subhead holds at most."""


def _alt_text_heading(placed: Placed, following: Block | None) -> bool:
    # A short line read as a subhead only for its shape ("Trainerin", "Pfeiler") right
    # over a figure whose caption names every one of its words ("Trainerin Sabine Lohwasser
    # verfolgt …", "… an einem der beiden Pfeiler …"): the image's alt text, which lynx and
    # w3m print on a line of their own over the caption. A subhead does not repeat the
    # caption under it word for word; a marked subhead (``##``) has other evidence.
    block = placed.block
    if (
        placed.rule != "heading.short-line"
        or not isinstance(block, Heading)
        or not isinstance(following, Figure)
    ):
        return False
    words = block.text.split()
    caption = following.caption
    if not caption or len(words) > _ALT_HEADING_WORDS or len(caption) <= 2 * len(block.text):
        return False
    # each word opens a word of the caption (an inflected noun ends otherwise)
    under = [w.strip(".,;:!?()«»\"'“”„").casefold() for w in caption.split()]
    return all(any(u.startswith(w.casefold()) for u in under) for w in words)


def _alt_over_lone_figure(out: list[Placed], k: int) -> bool:
    # Round 21 (headings): "Radiator key in a bleed valve" / "Turn the key anticlockwise
    # … Photo: HomeFix Handbook" / "When to call a professional": a line read as a subhead
    # for its shape whose section holds nothing but one credited photo, the next subhead
    # (or the body's end) right under it, is the image's alt text that lynx and w3m print
    # over the caption: a subhead heads text. Guard: the block is a shape-read heading and
    # the next one a figure.
    placed = out[k]
    if placed.rule != "heading.short-line" or k + 1 >= len(out):
        return False
    figure = out[k + 1].block
    if not isinstance(figure, Figure) or not figure.caption or not figure.credit:
        return False
    after = out[k + 2].block if k + 2 < len(out) else None
    return after is None or isinstance(after, Heading)


def _drop_opening_label(
    out: list[Placed], dropped: list[tuple[int, str]] | None
) -> list[Placed]:
    # A single word standing as the body's first block, over the first paragraph, is a
    # page template's section label ("Descrizione", "Description", "Beschreibung", "Texto"),
    # not a paragraph: prose never opens with one bare word, and a subhead is marked or has
    # its own heading evidence.
    if len(out) < 2:
        return out
    if isinstance(out[0].block, (Heading, Figure)):
        return _drop_opening_head_label(out, dropped)
    if not isinstance(out[0].block, Paragraph):
        return out
    text = out[0].block.text
    if len(text.split()) != 1 or len(text) > 20 or not text[:1].isupper() or not text.isalpha():
        return out
    following = out[1].block
    if not isinstance(following, Paragraph) or len(following.text) < 100:
        return out
    if dropped is not None:
        dropped.append((out[0].line, "section label"))
    return out[1:]


_LABEL_HEAD_RULES = frozenset({"heading.short-line", "heading.marked", "heading.in-contents"})


def _one_word_label(text: str) -> bool:
    return len(text) <= 20 and text[:1].isupper() and text.isalpha()


def _drop_opening_head_label(
    out: list[Placed], dropped: list[tuple[int, str]] | None
) -> list[Placed]:
    # Round 21 (headings): one bare word read as a subhead over the body's first
    # paragraph, with only the lead photo above it ("Obituary", "Transcript",
    # "Descrizione"), is the page template's label for its text, not a subhead, when no
    # other subhead of the body is one word: a page that heads its sections with single
    # words ("Summary" … "Timeline") keeps its first one. Guard: the first text block is a
    # heading of one word (most bodies open with a paragraph).
    at = 0
    while at < len(out) and isinstance(out[at].block, Figure):
        at += 1
    if at + 1 >= len(out) or out[at].rule not in _LABEL_HEAD_RULES:
        return out
    block, following = out[at].block, out[at + 1].block
    if not isinstance(block, Heading) or not _one_word_label(block.text):
        return out
    if not isinstance(following, Paragraph) or len(following.text) < 100:
        return out
    if any(
        isinstance(p.block, Heading) and _one_word_label(p.block.text) for p in out[at + 1 :]
    ):
        return out
    if dropped is not None:
        dropped.append((out[at].line, "section label"))
    return out[:at] + out[at + 1 :]


def _without_images(lines: list[Line], images: frozenset[int]) -> list[Line]:
    # The body lines without those that print an image as a bracketed label (w3m's
    # ``[alt]``); the line under one starts a block of its own, as a caption does. An
    # html2text image kept as its alt text (printed again under it) stays.
    kept: list[Line] = []
    gap = False
    for line in lines:
        if line.number in images and line.text.startswith("[") and line.text.endswith("]"):
            gap = True
            continue
        kept.append(line._replace(blank_before=True) if gap else line)
        gap = False
    return kept


_WRAPPED_HEAD_CHARS = 160
_WRAPPED_HEAD_WORDS = 20
"""The longest subhead a dump wraps over two lines: two lines' worth, fewer than a
sentence's words."""


def _two_line_joins(source: list[Line], joined: list[Line]) -> frozenset[int]:
    # The numbers of the lines :func:`.lines.unwrap` joined from exactly two source lines,
    # the second shorter than the first (the wrap's left-over).
    found: set[int] = set()
    k = 0
    for n, line in enumerate(joined):
        end = joined[n + 1].number if n + 1 < len(joined) else None
        start = k
        while k < len(source) and (end is None or source[k].number < end):
            k += 1
        if k - start == 2 and len(source[start + 1].text) < len(source[start].text):
            found.add(line.number)
    return frozenset(found)


def _wrapped_heading(text: str) -> bool:
    # A subhead longer than :func:`is_heading` allows, which lynx and w3m wrapped over two
    # lines ("Zwei Wochen Trainingslager … aus den Spenden" / "der Mitglieder"): the same
    # shape (capital first, no quotation, no closing punctuation) up to two lines long.
    return (
        len(text) <= _WRAPPED_HEAD_CHARS
        and len(text.split()) <= _WRAPPED_HEAD_WORDS
        and text[0] not in _OPEN_QUOTES
        and text[-1] not in _NO_HEADING_END
        and text[-1] not in "-–—"  # "… exclaimed in an excited manner--": speech follows
        and (text[0].isupper() or text[0].isdigit())
        # a sentence's end inside: a caption with its credit glued on ("… au mois
        # d’octobre. Keystone/Service de la chasse"), never one subhead
        and not any(mark in text for mark in (". ", "! ", "? ", "。"))
    )


def _colon_subheads(lines: list[Line], counts: Counter[str] | None) -> frozenset[int]:
    # Round 21 (headings): the numbers of the label-colon lines a page sets as its
    # subheads ("In brief:" / prose … "Our take:" / prose; "Chi può prenotare:" / prose …
    # "Orari dello sportello:" / a timetable list). One such line over prose is a sentence's
    # lead-in as often as a subhead ("Что известно:"); two or more, each printed once and
    # each over a capitalised paragraph, are the page's way of heading its sections, and
    # then its other lines of that shape head sections too, over a list as well. Guard: a
    # line ending in a colon, short (most lines are neither).
    found = [
        k
        for k, line in enumerate(lines[:-1])
        if line.text[-1:] == ":"
        and len(line.text) <= COLON_LABEL_CHARS + 2
        and colon_label(line.text)
        and (counts is None or counts[line.text.casefold()] <= 1)
    ]
    if sum(1 for k in found if prose_line(lines[k + 1].text)) < COLON_HEADS:
        return frozenset()
    if any(value_row(lines[k + 1].text) for k in found):
        return frozenset()  # "Source:" / "Nordhavn Polar Institute": a page's metadata rows
    return frozenset(
        lines[k].number
        for k in found
        if lines[k + 1].text[:1].isupper() or _BULLET.match(lines[k + 1].text)
    )


def _figure_subheads(lines: list[Line]) -> frozenset[int]:
    # Round 21 (headings): the numbers of the "Label: figure" lines a page sets as its
    # subheads ("Foundry: 13-4" over the first map's account, "Quarry: 13-7" over the
    # second's): two or more, each standing between two paragraphs of prose. A key-figures
    # box prints its rows one under another ("Матчи: 18" / "Голы: 7"), never each between
    # paragraphs. Guard: a colon within the first 41 characters of a short line.
    found = [
        lines[k].number
        for k in range(1, len(lines) - 1)
        if ":" in lines[k].text[:41]
        and len(lines[k].text) <= 85
        and _KEY_FIGURE.match(lines[k].text) is not None
        and prose_line(lines[k + 1].text)
        and prose_line(lines[k - 1].text)
    ]
    return frozenset(found) if len(found) >= COLON_HEADS else frozenset()


def read_body(
    lines: list[Line],
    chrome: ChromeCues | None = None,
    counts: Counter[str] | None = None,
    marked: set[int] | None = None,
    dropped: list[tuple[int, str]] | None = None,
    images: frozenset[int] = frozenset(),
    captioned: frozenset[int] = frozenset(),
    bold: frozenset[int] = frozenset(),
    interviewed: bool = False,
    quote_marked: frozenset[int] = frozenset(),
) -> list[Placed]:
    """Turn the body lines into blocks, each with its provenance.

    ``interviewed`` says the byline named an interviewer ("حاورها: …", "Беседовала: …").

    ``bold`` holds the numbers of lines a Markdown dump set wholly in bold (``**…**``).

    ``quote_marked`` holds the numbers of lines html2text printed in a block quote (``> …``).

    ``captioned`` holds the numbers of lines the dump printed glued to an image
    (``![alt](src)Caption``): a figure's caption, whatever its length or end.

    ``chrome`` (the page language's cue words) and ``counts`` (how often each
    case-folded line occurs in the page) let a short line be told from a heading;
    ``marked`` holds the numbers of lines the page marked as headings (``## …``).
    Lines dropped as furniture (pull quotes) are added to ``dropped`` as
    (line number, reason).
    """
    alts = {line.number: line.text for line in lines if line.number in images} if images else {}
    source = _without_images(lines, images)
    lines = unwrap(source, keep=stands_alone)
    two_line = _two_line_joins(source, lines) if len(lines) != len(source) else frozenset()
    lines = _join_bare_labels(lines)
    lines = _drop_labels(lines, chrome, counts, dropped)
    lines, wire_credit = _drop_agency_sign_off(lines, dropped, chrome)
    turns = _labelled_questions(lines)
    boxes: frozenset[str] = frozenset()
    if chrome is not None:
        from ..language import cues  # the summary labels of the page's language and English

        boxes = frozenset(cues(chrome.lang).summary_labels + cues("en").summary_labels)
    interview = (
        _interview(lines, chrome, bold)
        or _qa_turns(lines, chrome, bold)
        or (
            # an interviewer in the byline: two questions on lines of their own are turns
            interviewed and sum(1 for line in lines if _short_question(line.text)) >= 2
        )
        # two questions after the same speaker label ("Folha do Campo – …?"): turns
        or len(turns) >= 2
    )
    unspaced = not any(line.blank_before for line in lines[1:])
    colon_heads = _colon_subheads(lines, counts)
    figure_heads = _figure_subheads(lines)
    contents: set[str] = set()  # the items of the article's table of contents
    out: list[Placed] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        text = line.text
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if is_empty_date_label(text, chrome.lang if chrome is not None else None):
            k += 1  # "Updated:" with no date
            continue
        if nxt is not None and _STEP_NUMBER.match(text) and nxt.text[:1].isalpha():
            # "1." / "Schil de pompoen …": the method's step number on a line of its own
            # belongs to no paragraph; the step under it is the paragraph
            if dropped is not None:
                dropped.append((line.number, "step number"))
            k += 1
            continue
        if (
            nxt is not None
            and chrome is not None
            and text.casefold().strip(" :") in chrome.recipe_labels
            and (
                _recipe_caps_head(lines, k + 1, chrome)
                or nxt.text.casefold().strip(" :") in chrome.recipe_sections
            )
        ):
            # "Recept" / "LINZENSOEP MET KOMIJN" / "VOOR 4 PERSONEN": the card's label
            # over its name or first section, neither a paragraph nor a subhead
            if dropped is not None:
                dropped.append((line.number, "recipe label"))
            k += 1
            continue
        if nxt is not None and _recipe_caps_head(lines, k, chrome):
            # "POMPOENSTOOF MET KIKKERERWTEN" / "VOOR 4 PERSONEN" / "1 flespompoen": a
            # recipe card's capitals name and servings line over its ingredient list
            out.append(Placed(Heading(text, 2), line.number, "heading.recipe-caps"))
            k += 1
            continue
        if nxt is not None and contents and _NUMBERED.match(text) and text.casefold() in contents:
            # "1. Les légumes à semer" under the contents list that named it: a subhead
            out.append(Placed(Heading(text, 2), line.number, "heading.in-contents"))
            k += 1
            continue
        if text[:2] in ("– ", "- ") and (turns_end := _dash_turns(lines, k)) is not None:
            # Round 23 (leftd): "– Skąd pomysł …?" / "– Dolina Warty to …": an interview
            # printing each turn after a dash is paragraphs, dash and all, never a list
            out.extend(
                Placed(Paragraph(ln.text), ln.number, "paragraph.dash-turn")
                for ln in lines[k:turns_end]
            )
            k = turns_end
            continue
        if _BULLET.match(text) or _NUMBERED.match(text):
            run = _list_run(lines, k)
            printed = tuple(ln.text for ln in lines[k : run[1]]) if run is not None else ()
            if run is not None and _table_of_contents(run[0], counts, printed):
                if dropped is not None:
                    dropped.extend((ln.number, "table of contents") for ln in lines[k : run[1]])
                if (
                    out
                    and isinstance(out[-1].block, Heading)
                    and k > 0
                    and out[-1].line == lines[k - 1].number
                ):
                    # "Indice della pagina", "Inhalt", "On this page" right over the list:
                    # the contents list's own title, no subhead of the story
                    title = out.pop()
                    if dropped is not None:
                        dropped.append((title.line, "table of contents"))
                contents.update(item.casefold() for item in run[0].items)
                contents.update(text.casefold() for text in printed)  # "1. Les légumes …"
                k = run[1]
                continue
            if run is not None and _teaser_bullets(lines, k, run[1], run[0]):
                if dropped is not None:
                    dropped.extend((ln.number, "related links") for ln in lines[k : run[1]])
                k = run[1]
                continue
            if run is not None:
                block, k = run
                rule = "list.ordered" if block.ordered else "list.bullets"
                if block.ordered:
                    # Round 25 (pq67): a numbered list's items keep the numbers the page
                    # printed ("1. Пластик и стекло …", "3. Imogen Stallard …"): a rank or a
                    # step is the item's own text, copied as printed; formats show those
                    # numbers instead of their own (``ListBlock.numbers_printed``)
                    block = ListBlock(printed, ordered=True)
                out.append(Placed(block, line.number, rule))
                continue
        if nxt is not None and contents and text.casefold() in contents:
            # A line the contents list names is a subhead, whatever stands under it (a
            # photo's credit when the dump dropped the image): never that photo's caption.
            out.append(Placed(Heading(text, 2), line.number, "heading.in-contents"))
            k += 1
            continue
        quoted = _unquote(text)
        if quoted is not None and nxt is not None:
            who = _ATTRIBUTION.match(nxt.text)
            if who is not None:
                out.append(
                    Placed(Quote(quoted, who.group(1).strip()), line.number, "quote.pull-quote")
                )
                k += 2
                continue
        inline = _INLINE_PULL.match(text) if len(text) <= 600 else None
        if inline is not None:
            quote = Quote(inline.group("text").strip(), inline.group("who").strip())
            out.append(Placed(quote, line.number, "quote.pull-quote"))
            k += 1
            continue
        if (
            chrome is not None
            and nxt is not None
            and nxt.number <= line.number + 2
            and (source := _chart_source(text, nxt.text, chrome)) is not None
        ):
            # "Grafico 1. Presenze turistiche …" / "Fonte: elaborazione su dati Istat": a
            # chart's or a table's numbered caption over its source line, right under it
            # or one blank lower: a figure credited to that source (read before the
            # caption rules: "Grafik 1: …" opens on a picture label too)
            out.append(Placed(Figure(text, source), line.number, "figure.chart-source"))
            k += 2
            continue
        parts = split_caption(text)
        alt_figure = _labelled_alt(
            line, parts, nxt, lines[k + 2] if k + 2 < len(lines) else None, chrome
        )
        if alt_figure is not None:
            # "Image: Grey rabbit on a towel" / "A lop-eared rabbit has its teeth checked." /
            # "Photo: Hollow Lane Vets": a reader view's alt line over the real caption
            if dropped is not None:
                dropped.append((line.number, "image alt text"))
            assert nxt is not None
            figure, taken = alt_figure
            out.append(Placed(figure, nxt.number, "figure.labelled-alt"))
            k += taken
            continue
        if (
            parts is not None
            and parts.caption is None
            # (not the story's dateline under the lead photo's credit: "Омск, 23 апреля -
            # АиФ-Омск." is the first paragraph's place and date, round 22 lefta)
            and not (
                nxt is not None and chrome is not None and chrome.place_date_dateline(nxt.text)
            )
            and _caption_under_credit(
                line,
                nxt,
                images,
                marked,
                lines[k + 2] if k + 2 < len(lines) else None,
                unspaced and parts.rule == "figure.credit-label",
                lines[k - 1] if k > 0 else None,
            )
        ):
            # Under an image, the credit printed over the caption (parliament and agency
            # sites): "Name/Câmara dos Deputados" / "Lucas Moreira: medida amplia …".
            assert nxt is not None
            out.append(Placed(Figure(nxt.text, parts.credit), line.number, "figure.credit-above"))
            k += 2
            continue
        if parts is not None and parts.rule != "figure.credit-source":
            tail = _credit_wrap_tail(
                line,
                nxt,
                lines[k + 2] if k + 2 < len(lines) else None,
                line.number in captioned,
            )
            if tail is not None and parts.caption and parts.credit:
                # "… продавцу. Фото: Игорь" / "Белан / «Журнал»": the dump wrapped the
                # credit's name; the short line under it ends the credit.
                # A name that the page parted from its organisation with a slash keeps
                # it ("Foto: Davide Rinaldi /" / "Comune di Valfonda").
                cut = " / " if text.endswith("/") and not parts.credit.endswith("/") else " "
                figure = Figure(parts.caption, f"{parts.credit}{cut}{tail}")
                out.append(Placed(figure, line.number, "figure.credit-wrapped"))
                k += 2
                continue
            closing = (
                closing_photo_credit(text, parts)
                if nxt is None
                and parts.rule in ("figure.credit-in-parentheses", "figure.credit-label")
                and out
                and isinstance(out[-1].block, Paragraph)
                and line.number not in captioned
                else None
            )
            if closing is not None:
                # Round 23 (scrapedl): "… przez całą dobę. (fot. KP PSP)": the page's photo
                # credit glued to the end of the story's last paragraph; the prose stays
                # a paragraph, the credit is a figure's with no caption
                at = line.number
                out.append(Placed(Paragraph(closing), at, "paragraph.closing-photo-credit"))
                out.append(Placed(Figure(None, parts.credit), at, "figure.closing-photo-credit"))
                k += 1
                continue
            prose = (
                signed_prose(text, parts)
                if line.number not in captioned
                and not (images and any(n in images for n in range(line.number - 2, line.number)))
                else None
            )
            if prose is not None:
                # "… mit »gut« ab. © dpa" / "«…». (Name)": prose signed, not a photo's caption
                out.append(Placed(Paragraph(prose), line.number, "paragraph.signed-prose"))
                k += 1
                continue
            _add_figure(out, line, images)
            k += 1
            continue
        twin_credit = _twin_with_credit(text, nxt)
        if twin_credit is not None:
            # An image's alt text, then the caption again with its credit in brackets
            # ("… from the bank. (KVTX 7 News)"): one figure, credited (LABELS.md rule 8).
            out.append(Placed(Figure(text, twin_credit), line.number, "figure.printed-twice"))
            k += 2
            continue
        if (
            nxt is not None
            and fold(nxt.text) == fold(text)
            and len(text) <= 300
            and (
                3 <= twin_words(text) <= 40
                or short_twin_caption(
                    text, nxt.text, lines[k + 2].text if k + 2 < len(lines) else None
                )
            )
        ):
            # The same line twice in a row: an image's alt text and its caption (LABELS.md:
            # "a caption printed twice is one figure"); a paragraph is never printed twice.
            # A credit alone on the line under the caption is the figure's.
            after = lines[k + 2] if k + 2 < len(lines) else None
            credit = _credit_below(nxt, after) or _names_below(nxt, after)
            out.append(Placed(Figure(text, credit), line.number, "figure.printed-twice"))
            k += 3 if credit is not None else 2
            continue
        after = lines[k + 2] if k + 2 < len(lines) else None
        if alt_over_caption(line, nxt, after):
            # "Alder Street Pool" / "The Alder Street Pool opened in 1974.": the image's alt
            # text, then its caption (LABELS.md rule 8: one figure)
            parts = split_caption(nxt.text)
            if parts is not None and parts.caption and parts.credit:
                figure = Figure(parts.caption, parts.credit)
                taken = 2
            else:
                below = _credit_below(nxt, after, images, unspaced)
                figure = Figure(nxt.text, below)
                taken = 3 if below is not None else 2
            out.append(Placed(figure, nxt.number, "figure.alt-over-caption"))
            k += taken
            continue
        if text.endswith(" /") and (slashed := _slash_credit(line, nxt, after)) is not None:
            # "Strażacy podczas dogaszania pogorzeliska. /" / "Marek Zawiślak": the page
            # printed the caption and its credit as "caption / credit", and the dump broke
            # the line at the slash: the caption loses the slash, the line under it is the
            # whole credit (with a wrapped "Name /" / "Organisation", both lines)
            caption, credit, taken = slashed
            out.append(Placed(Figure(caption, credit), line.number, "figure.slash-credit"))
            k += taken
            continue
        # The body's first line opens a block whatever stood above it (the header, or a
        # share row the sweep dropped).
        credit = _credit_below(line, nxt, images, unspaced, after, opens=k == 0)
        if (
            credit is not None
            and chrome is not None
            and nxt is not None
            and after is not None
            and after.number <= nxt.number + 2
            and _chart_source(nxt.text, after.text, chrome) is not None
        ):
            # "Grafik 1: Übernachtungen …" / "Quelle: …" under a paragraph: a chart's caption
            # and source (read next), not the paragraph's photo credit
            credit = None
        if credit is not None and _contact_block(nxt, after):
            credit = None
        if credit is not None and marked and nxt is not None and nxt.number in marked:
            credit = None  # a subhead the page marked ("## Anfahrt", a framed box's title)
        if credit is not None and _name_then_role(text):
            # "Jan-Ole Behrens Presse- und Öffentlichkeitsarbeit" / "Universität Greifswald":
            # a release's contact, the name and role over the employer, no photo's caption
            credit = None
        if credit is not None and nxt is not None and _label_rows(text, nxt.text):
            # "Qué circula: …" / "Calificación: Falso", "Claim: …" / "Verdict: False": a
            # fact-check's box prints its rows under labels; a credit's label is a photo's
            # ("Foto:"), which split_caption reads, and a caption has no label of its own.
            credit = None
        if credit is not None and _under_review_head(out):
            # "Les moins" / "Sifflement aigu" / "Câble trop court": two short items of a
            # review's list are its rows, not a caption over a photographer's name
            credit = None
        if credit is not None and _letter_signed(lines, k):
            # "Pido al Ayuntamiento que …" / "MERCEDES ARANDA SOLÍS. Monzón": a letter's
            # last short paragraph over its writer's signature, on a page that signs
            # another letter the same way, is no caption over a photographer's name
            credit = None
        if (
            credit is not None
            and quote_marked
            and line.number in quote_marked
            and nxt is not None
            and nxt.number in quote_marked
        ):
            # Round 25 (pq67): "> Уважаемая администрация, просим …" / "> Подписи жителей
            # дома № 14": a letter html2text quoted and its signature are body, no caption
            # over a photographer's name
            credit = None
        if credit is not None and _quoted_speech(text):
            # Round 19d (nonprofit): "\"No es que no sepamos …\", dijo." / "Infografía: A /
            # Outlet": a chart's bare credit under a quoted paragraph; speech is body
            credit = None
        if credit is not None and _link_row(text):
            # "Conditions d'utilisation | Confidentialité |" / "Publicité": a footer's row of
            # links that the dump tool wrapped at its width, not a caption over its credit.
            credit = None
        if credit is not None:
            # A credit alone on the next line makes this line its caption.
            caption = _bare_caption(without_rights_mark(text), chrome)
            caption = without_sign(caption) if caption else caption  # "… Playhouse. ©"
            taken = 2
            if nxt is not None and nxt.text.endswith("/") and not credit.endswith("/"):
                # "Fot. Jan Wrona /" / "Urząd Gminy Brzostek": the dump wrapped the credit
                # at the slash parting the name from its organisation; the credit is whole
                rest = after.text if after is not None and after.number == nxt.number + 1 else ""
                if rest and (rest := _slash_credit_text(rest)) is not None:
                    credit, taken = f"{credit} / {rest}", 3
            out.append(Placed(Figure(caption, credit), line.number, "figure.credit-below"))
            k += taken
            continue
        if line.number in captioned and _glued_caption(text):
            # html2text glued the words to the image they stand under: its caption
            out.append(Placed(Figure(text, None), line.number, "figure.glued-to-image"))
            k += 1
            continue
        if marked and line.number in marked and len(text) <= 200:
            out.append(Placed(Heading(text, 2), line.number, "heading.marked"))
            k += 1
            continue
        if colon_heads and line.number in colon_heads:
            # "In brief:" / prose … "Our take:" / prose: the page heads its sections with
            # short labels closed by a colon (see _colon_subheads)
            out.append(Placed(Heading(text, 2), line.number, "heading.label-colon"))
            k += 1
            continue
        if (
            chrome is not None
            and nxt is not None
            and fold(text).strip(" :") in chrome.review_lists
            and len(text) <= 40
        ):
            # "Pros", "What we liked": the head of a review's list, whatever follows it.
            out.append(Placed(Heading(text, 2), line.number, "heading.review-list"))
            k += 1
            continue
        if (
            boxes
            and nxt is not None
            and len(text) <= 40
            and text.casefold().strip(" :：") in boxes
            and not nxt.text.endswith(":")
            and (not _after_body(out[-1] if out else None, nxt) or _figure_led(nxt.text))
        ):
            # "Claves", "Das Wichtigste in Kürze", "Key points" inside the body, over the
            # box's items: the box's subhead, whatever stood above it (a claim box's last
            # row, a short paragraph, which the shape rule below wants to be prose); the
            # items under it stay body.
            out.append(Placed(Heading(text, 2), line.number, "heading.summary-box"))
            k += 1
            continue
        if (
            chrome is not None
            and nxt is not None
            and len(text) <= 40
            and text.casefold().strip(" :：") in chrome.qa_labels
        ):
            # "السؤال" / "الجواب", "Вопрос" / "Ответ": a fatwa's or an advice page's labels
            # over the question and the answer head their halves, whatever follows.
            out.append(Placed(Heading(text, 2), line.number, "heading.qa-label"))
            k += 1
            continue
        if opens_as_caption(text):
            # "FILE - Crews wait at the start line …", "Imagen de archivo del pleno …": a
            # line opening the way only an uncredited photo's caption does is that caption,
            # no paragraph (the agencies keep "FILE - " in the caption, LABELS.md 7).
            parts = split_caption(text) if has_han_char(text[:1]) else None
            if parts is not None and parts.credit and parts.caption:
                # "图为…。本报记者 X摄": the photographer glued at the end is the credit
                figure = Figure(parts.caption, parts.credit)
            else:
                figure = Figure(text, None)
            out.append(Placed(figure, line.number, "figure.caption-opener"))
            k += 1
            continue
        if (
            not _review_row(text, chrome)
            and not (nxt is not None and _review_row(nxt.text, chrome))
            and not _in_label_run(text, nxt, out)
            and _caption_over_subhead(out, lines, k, images, marked)
        ):
            # "Так выглядели кусты весной" / "Ошибка вторая: …" / prose: a page copied with
            # select-all keeps a photo's caption but not the photo; a short line between
            # a full paragraph and a subhead over prose is that caption, not a subhead.
            out.append(Placed(Figure(text, None), line.number, "figure.over-subhead"))
            k += 1
            continue
        if _question_then_call(text):
            # "Thinking of adopting? See the horses and ponies looking for homes": a
            # teaser's or a box's call, neither a subhead nor the story's prose
            if dropped is not None:
                dropped.append((line.number, "call to action"))
            k += 1
            continue
        if (
            nxt is not None
            and out
            and isinstance(out[-1].block, Paragraph)
            and out[-1].block.text.endswith(_FULL_STOPS)  # a paragraph, not a list item
            and _over_fact_rows(lines, k, chrome)
        ):
            # "Serviço" / "14ª Feira do Livro" / "Quando: …" / "Onde: …": the title of the
            # facts box that closes a notice, over its rows, is the box's subhead
            out.append(Placed(Heading(text, 2), line.number, "heading.over-fact-box"))
            k += 1
            continue
        if nxt is not None and _over_table_rows(
            lines, k, chrome, bool(out and isinstance(out[-1].block, Heading))
        ):
            # "Castle" / "Amrit Sandhu (Lab) 1,044 *" / …: a results table's section head
            out.append(Placed(Heading(text, 2), line.number, "heading.over-table"))
            k += 1
            continue
        if (
            nxt is not None
            and text[:1] in _HAN_HEAD_MARKS
            and _marked_han_subhead(text, chrome)
            and _han_prose_under_head(nxt.text)
        ):
            # Round 23 (morelangs2): "■ 修復費は寄付と町の補助で", "【住民の声】" over prose: a
            # Japanese (or Chinese) paper's subhead set off by a square or lenticular brackets
            out.append(Placed(Heading(text, 2), line.number, "heading.marked-han"))
            k += 1
            continue
        if nxt is not None and _enumerated_han_subhead(text):
            # "三、下一步拼什么": Chinese writers number their sections with a numeral and
            # "、"; the head is a subhead whatever follows it (a short lead-in, a list)
            out.append(Placed(Heading(text, 2), line.number, "heading.enumerated-han"))
            k += 1
            continue
        if (
            nxt is not None
            and text[:1].isdigit()
            and _numbered_han_subhead(text, lines)
            and _han_prose_under_head(nxt.text)
        ):
            # Round 23 (lefte): "1 对象与方法" / "2 结果": a paper's sections numbered with
            # a figure and a space, the next number heading another line of the page, prose
            # under it (a teaser list's "1 小时前" / "2 小时前" stamps a short title)
            out.append(Placed(Heading(text, 2), line.number, "heading.numbered-han"))
            k += 1
            continue
        if line.number not in bold and _phrase_under_image(line, nxt, images):
            # "[Obraz: …]" / "Pierwsze sadzonki pomidorów w skrzyni numer 7" / prose: the
            # uncredited caption under the picture, before the shape rule below takes it
            # for a subhead
            out.append(Placed(Figure(text, None), line.number, "figure.phrase-under-image"))
            k += 1
            continue
        if (
            nxt is not None
            # Round 25 (pq67): html2text's "> …" is a quoted passage or a pull quote
            and line.number not in quote_marked
            and not speaker_turn(text)
            and not _qa_turn(text, chrome)
            and not _review_row(text, chrome)
            and not _QUANTITY.match(text)  # an ingredient, not a subhead
            and not _in_amount_run(lines, k, chrome)  # "1 blik tomatenblokjes (400 g)" in the list
            # "Visitors: 612 400 (+4.1 %)": a figure's row, unless the page heads its
            # sections with such lines ("Foundry: 13-4" / prose … "Quarry: 13-7" / prose)
            and (
                line.number in figure_heads
                or not _KEY_FIGURE.match(text)
                or _timed_update(text, chrome)  # "Update 8:47 AM": the clock's colon
            )
            and not is_signature(text)
            and not (interview and _asks(text, chrome is not None and chrome.lang == "el"))
            and (
                is_heading(text)
                or _recipe_section(text, chrome)  # "Ingredients (serves 4):" ends in a colon
                or (chrome is not None and (_quoted_heading(text) or _other_heading(text)))
                or (chrome is not None and _numbered_question(text, nxt))
                or (
                    line.number in two_line
                    and line.number - 1 not in images  # a caption under an image's "[alt]"
                    and _wrapped_heading(text)
                )
            )
            and heading_evidence(
                text,
                nxt,
                chrome,
                _counts_in_body(text, nxt, out, lines, counts),
                _lines_below(lines, k),
            )
            and not _labelled_like_above(text, out)
            and not _row_under_row(text, out)
            and not _result_under_result(text, out)
            and not _table_header_row(text, nxt)
            and not _in_label_run(text, nxt, out)
            and (
                chrome is None
                or _after_body(out[-1] if out else None, nxt)
                or _pull_quote_last(out)
                or _recipe_section(text, chrome)
                or (_after_review_items(out) and fact_row(nxt.text))
                or (text[:1].isdigit() and _spread_series_item(lines, k))
            )
        ):
            out.append(Placed(Heading(text, 2), line.number, "heading.short-line"))
            k += 1
            continue
        if (line.number - 1 in images or line.number - 2 in images) and (
            found := _bracketed_name_credit(text)
        ) is not None:
            # "Recolha de amostras num charco (Duarte Sequeira)" right under a dump's image:
            # its caption and, in brackets, the photographer (no label, no agency needed).
            out.append(Placed(Figure(*found), line.number, "figure.name-in-brackets"))
            k += 1
            continue
        if (line.number - 1 in images or line.number - 2 in images) and _button_row(text, chrome):
            # "[Photo of …]" / "Share Print Send Flowers Plant a Tree": the buttons under
            # the portrait, neither its caption nor the story's text
            if dropped is not None:
                dropped.append((line.number, "share row"))
            k += 1
            continue
        if (
            (line.number - 1 in images or line.number - 2 in images)
            and len(text.split()) <= _UNDER_IMAGE_WORDS
            and nxt is not None
            and (nxt.number in (marked or ()) or is_heading(nxt.text))
        ):
            # A short line right under a dump's image, with a subhead after it: the image's
            # caption ("Request error rate across all regions during the incident.").
            out.append(Placed(Figure(text, None), line.number, "figure.under-image"))
            k += 1
            continue
        if (
            line.number - 1 in images
            and len(text.split()) <= _UNDER_IMAGE_WORDS
            and not text.endswith(_SENTENCE_END)
            and nxt is not None
            and nxt.blank_before
            and len(nxt.text) >= _PROSE_UNDER_CAPTION
            and nxt.text.endswith(_SENTENCE_END)
        ):
            # "[CCTV image of a man in a grey top]" / "CCTV image of the man officers would
            # like to speak to": w3m prints the image as its alt text, the caption without a
            # full stop right under it, then the story's prose after a blank line
            out.append(Placed(Figure(text, None), line.number, "figure.under-image"))
            k += 1
            continue
        if _sentence_under_image(line, nxt, images):
            out.append(Placed(Figure(text, None), line.number, "figure.sentence-under-image"))
            k += 1
            continue
        if nxt is None and _closing_caption_under_image(line, images, out):
            out.append(Placed(Figure(text, None), line.number, "figure.closing-caption"))
            k += 1
            continue
        if line.number - 1 in images and (glued := _slash_tail_credit(text, nxt)) is not None:
            out.append(Placed(Figure(*glued), line.number, "figure.slash-tail-under-image"))
            k += 1
            continue
        out.append(Placed(Paragraph(text), line.number, "paragraph"))
        k += 1
    _lone_agency_credits(out, chrome)
    out = _drop_opening_notice_row(out, chrome, dropped)
    _opening_subhead(out, lines, chrome, counts)
    _lead_code_caption(out)
    _lead_caption(out, lines, chrome)
    if contents:
        out = _drop_empty_sections(out, contents, dropped)
    notices = chrome.notice_rows if chrome is not None else frozenset()
    out = _drop_alt_texts(_merge_caption_paragraphs(out), dropped, notices)
    if alts:
        _alt_over_credit(out, alts)
    out = _drop_opening_label(_drop_pull_quotes(out, dropped), dropped)
    if wire_credit is not None:
        # the wire's credit of the story's photo over its sign-off: a figure with no caption
        out.append(Placed(Figure(None, wire_credit[1]), wire_credit[0], "figure.wire-credit"))
    return out


_ALT_CAPTION_WORDS = (3, 40)


def _alt_over_credit(out: list[Placed], alts: dict[int, str]) -> None:
    # Round 21 (figures): w3m and inscriptis print an image as its alt text in brackets,
    # and a page whose figure has no caption of its own prints only the credit under it
    # ("[Imagen: Operarios revisan una tubería en Villarcedo.]" / "Foto: Consorcio …",
    # "[Het beschadigde dak van de botenloods]" / "Foto: Joost Verhaar"). The credit alone
    # was a figure without a caption; the alt text right over it, when it describes (three
    # words or more, two of them lower-case, no credit marks), is that caption. An image
    # label before a colon ("Imagen:", "Foto:") is no part of it. Guard: only figures with
    # a credit and no caption whose line is right under an image placeholder.
    for placed in out:
        fig = placed.block
        if not isinstance(fig, Figure) or fig.caption or not fig.credit:
            continue
        alt = alts.get(placed.line - 1)
        if alt is None or not (alt.startswith("[") and alt.endswith("]")):
            continue
        inner = alt[1:-1].strip()
        label, colon, rest = inner.partition(":")
        if colon and len(label.split()) <= 2:
            from ..language.cues import merged_words  # only for a labelled alt over a credit

            if label.strip().casefold() not in merged_words("image_placeholders"):
                continue  # "[Foto: Name]": a credit, no description
            inner = rest.strip()
        words = inner.split()
        if not _ALT_CAPTION_WORDS[0] <= len(words) <= _ALT_CAPTION_WORDS[1]:
            continue
        if sum(1 for w in words[1:] if w[:1].isalpha() and w[:1].islower()) < 2:
            continue
        if any(mark in inner for mark in "/©|") or fold(inner) == fold(fig.credit):
            continue
        placed.block = Figure(inner, fig.credit)
        placed.rule = "figure.alt-over-credit"


_HAN_SECTION = lazy_pattern(
    r"^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[\u3400-\u9fff“「《]"
)
_HAN_SECTION_END = tuple("。！？；;：:，,、…")


def _capitals(text: str) -> bool:
    # A short line in capitals without a sentence's end ("VOOR 4 PERSONEN").
    return (
        len(text) <= 60
        and len(text.split()) <= 8
        and text == text.upper()
        and sum(ch.isalpha() for ch in text) >= 4
        and text != text.lower()  # cased letters, not a script without case
        and not text.endswith(_SENTENCE_END)
    )


def _recipe_caps_head(lines: list[Line], k: int, chrome: ChromeCues | None) -> bool:
    # Line ``k`` is a capitals recipe name or servings line: up to three capitals lines
    # right over a run of at least two amounts ("3 uova", "150 g di zucchero").
    if chrome is None or not chrome.recipe_sections or not _capitals(lines[k].text):
        return False
    j = k + 1
    while j < len(lines) and j <= k + 2 and _capitals(lines[j].text):
        j += 1  # the recipe's name over its servings line ("RECEPT" over both)
    return j + 1 < len(lines) and all(_amount(lines[i].text, chrome) for i in (j, j + 1))


def _amount(text: str, chrome: ChromeCues | None) -> bool:
    # ``text`` opens with an amount ("3 uova", "1 blik tomaten"), not a day of a month
    # ("8 lipca – Viana do Castelo": an itinerary's dated head).
    if _AMOUNT_LEAD.match(text) is None:
        return False
    words = text.split(None, 2)
    return chrome is None or len(words) < 2 or words[1].casefold().strip(".,") not in chrome.months


def _in_amount_run(lines: list[Line], k: int, chrome: ChromeCues | None) -> bool:
    # Line ``k`` and a neighbour both open with an amount: an ingredient list's item.
    if not _amount(lines[k].text, chrome):
        return False
    return any(0 <= i < len(lines) and _amount(lines[i].text, chrome) for i in (k - 1, k + 1))


def _drop_empty_sections(
    out: list[Placed], contents: set[str], dropped: list[tuple[int, str]] | None
) -> list[Placed]:
    # The blocks without the subheads the contents list names whose section holds no
    # block (the next subhead, or the end, follows at once): a site template's section
    # ("Documenti", "Downloads") whose only content was an attachment link, dropped as chrome.
    kept: list[Placed] = []
    for k, placed in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        if (
            isinstance(placed.block, Heading)
            and placed.block.text.casefold() in contents
            and (nxt is None or isinstance(nxt.block, Heading))
        ):
            if dropped is not None:
                dropped.append((placed.line, "empty section"))
            continue
        kept.append(placed)
    return kept


def _enumerated_han_subhead(text: str) -> bool:
    # True for a Chinese section head numbered "一、", "二、" (or "（三）"): at most 30
    # characters, no punctuation at its end and no clause inside — a list item numbered the
    # same way ends in "；" or "。", or goes on after one ("……泊位；及").
    return (
        len(text) <= 30
        and not text.endswith(_HAN_SECTION_END)
        and not any(mark in text for mark in "，；。;")  # "（三）…泊位；及": an item's clauses
        and _HAN_SECTION.match(text) is not None
    )


_HAN_NUMBERED_SECTION = lazy_pattern(
    r"^(\d{1,2})[ \u3000]+[\u4e00-\u9fff][^，。；;：:！？!?、,（(“]{1,38}$"
)
"""A Chinese paper's numbered section head: a figure, a space, then Han text without a
sentence's or a clause's mark ("1 对象与方法")."""


_HAN_HEAD_MARKS = "■◆□◇●▲【"


def _marked_han_subhead(text: str, chrome: ChromeCues | None) -> bool:
    # Round 23 (morelangs2): a short line that a square, diamond, dot or triangle opens,
    # or that lenticular brackets enclose whole ("■ 修復費は寄付と町の補助で", "【住民の声】"),
    # in Han or kana, 2-30 characters inside, no sentence end or clause comma inside, and no
    # byline word after the mark ("■本报记者 A" signs the story).
    if text[0] == "【":
        if not text.endswith("】") or text.count("【") != 1:
            return False
        inner = text[1:-1].strip()
    else:
        inner = text[1:].strip(" \u3000")
    if not 2 <= len(inner) <= 30:
        return False
    if not (has_han_char(inner[0]) or "\u3040" <= inner[0] <= "\u30ff"):
        return False
    return (
        not any(mark in inner for mark in "。！？，；")
        and (chrome is None or not inner.startswith(chrome.byline_prefixes))
        and (chrome is None or fold(inner) not in chrome.related)
    )


def _han_prose_under_head(text: str) -> bool:
    # Prose under a numbered head: thirty characters or more with a Chinese clause mark.
    return len(text) >= 30 and ("，" in text or "。" in text)


def _numbered_han_subhead(text: str, lines: list[Line]) -> bool:
    # Round 23 (lefte): a Chinese section head numbered with an Arabic figure and a space
    # ("1 对象与方法"), when the page numbers another line the same way with the next or
    # the previous figure ("2 结果"): a run of numbered heads, not a line that happens to open
    # with a count. Guard: the caller's digit test, then the pattern (at most 40 characters,
    # no punctuation inside), and only then the page's other lines.
    match = _HAN_NUMBERED_SECTION.match(text)
    if match is None:
        return False
    number = int(match.group(1))
    for line in lines:
        other = line.text
        if other[:1].isdigit() and other != text:
            found = _HAN_NUMBERED_SECTION.match(other)
            if found is not None and abs(int(found.group(1)) - number) == 1:
                return True
    return False


def _letter_signed(lines: list[Line], k: int) -> bool:
    # Line ``k`` ends a sentence and the line under it is a letter's signature, and the
    # page prints another signature: a letters page, not a caption over its credit.
    if not lines[k].text.endswith((".", "!", "?", "…")) or k + 1 >= len(lines):
        return False
    if not is_signature(lines[k + 1].text):
        return False
    return any(is_signature(line.text) for j, line in enumerate(lines) if j != k + 1)


def _caption_over_subhead(
    out: list[Placed], lines: list[Line], k: int, images: frozenset[int], marked: set[int] | None
) -> bool:
    # True when line ``k`` is a photo's caption a select-all copy kept without the photo:
    # a subhead-shaped line of three to fifteen words right under a full paragraph, with
    # another subhead-shaped line under it and prose under that. Two heads in a row do not
    # open one section; the first describes the picture the page showed between them. Only
    # on a page that prints no images or marked subheads (a dump's own marks say more).
    if images or marked or k + 2 >= len(lines) or not out:
        return False
    text, nxt, prose = lines[k].text, lines[k + 1].text, lines[k + 2].text
    above = out[-1].block
    return (
        isinstance(above, Paragraph)
        and len(above.text) >= 60
        and above.text.endswith(_PROSE_END)  # not "…these steps:" over a list of heads
        and 3 <= len(text.split()) <= _UNDER_IMAGE_WORDS
        and is_heading(text)
        and not text.endswith(":")
        and is_heading(nxt)
        and not is_signature(text)
        and len(prose) >= 60
        and prose.endswith(_PROSE_END)
    )


_PROSE_END = (".", "!", "?", "…", "»", "”", '"', "。", "！", "？")


def _bracketed_name_credit(text: str) -> tuple[str, str] | None:
    # (caption, credit) of "Caption words (First Last)" or "… (First Last / Outlet)": a
    # caption of three to forty words closing on a person's name in brackets.
    if not text.endswith(")") or " (" not in text:
        return None
    caption, _, inner = text[:-1].rpartition(" (")
    name = inner.split(" / ")[0].split("/")[0].strip()
    if "(" in inner or not 3 <= len(caption.split()) <= 40 or not is_name(name):
        return None
    return caption.strip(), inner.strip()


_AGENCY_LINE_WORDS = 4


def _lone_agency_credits(out: list[Placed], chrome: ChromeCues | None) -> None:
    # A picture agency's name alone on a line inside the story ("Getty Images", "Reuters
    # Pictures"), with more of the story after it: the credit of a picture the copy lost. A
    # credit with no caption (LABELS.md), never a paragraph or a subhead. The name must say
    # it is pictures' (a `photo_labels` word in it): a wire's name alone ("PTI", "Reuters")
    # signs the story.
    if chrome is None:
        return
    for k, placed in enumerate(out[:-1]):
        block = placed.block
        if not isinstance(block, Paragraph) or len(block.text.split()) > _AGENCY_LINE_WORDS:
            continue
        pictured = any(
            w in chrome.photo_labels or w.removesuffix("s") in chrome.photo_labels
            for w in block.text.casefold().split()
        )
        if pictured and any_language_agency(block.text):
            out[k] = Placed(Figure(None, block.text), placed.line, "figure.credit-only")


_TABLE_HEAD_WORDS = 6


def _over_table_rows(
    lines: list[Line], k: int, chrome: ChromeCues | None, under_head: bool = False
) -> bool:
    # Line ``k`` heads the rows of a results table: a short line with no figure and no
    # sentence end ("Castle", "Ward by ward results"), the table's first two rows
    # (``figure_item``: "Name (Party) 812", "Turnout: 38.2%") under it, or under one or two
    # more such heads or a bracketed note ("(Elected candidates marked *)"). ``under_head``:
    # a heading was just taken above it.
    text = lines[k].text
    if (
        not 1 <= len(text.split()) <= _TABLE_HEAD_WORDS
        or text.startswith("(")
        or text.endswith(_SENTENCE_END)
        or any(ch.isdigit() for ch in text)
        or figure_item(text)
        or (chrome is not None and chrome.kind(text) is not None)
    ):
        return False
    for j in range(k + 1, min(len(lines) - 1, k + 4)):
        if figure_item(lines[j].text):
            return figure_item(lines[j + 1].text)
        if len(lines[j].text) <= 100 and _SCORE_LINE.match(lines[j].text):
            # Round 25 (tailnotes): "Valley Premier Division" / "Millbeck Rovers 2-1 Kirkhope
            # Town" / "Quarry Lane 1-1 Ashcombe": a results list's subhead
            return bool(_SCORE_LINE.match(lines[j + 1].text))
        if _table_rows_from(lines, j):
            # Round 25 (tailnotes): "Partei Sitze 2026 Sitze 2021" / "CDU 19 17" / …: a
            # table copied without its cell marks, its header row right under the head.
            # One head per such table (merge): under a head just taken, line ``k`` is the
            # table's header row ("Especie  Adoptados  Acogidos"), no second subhead.
            return not under_head
        between = lines[j].text
        if len(between.split()) > _TABLE_HEAD_WORDS or any(ch.isdigit() for ch in between):
            return False
    return False


def _table_rows_from(lines: list[Line], j: int) -> bool:
    # Round 25 (tailnotes): lines ``j`` and ``j + 1`` (or ``j + 1`` and ``j + 2`` under a
    # header row) are a flattened table's rows (``results.table_rows_from``). Guard: one
    # of the two lines ends in a figure before the rule's module is imported.
    if lines[j].text[-1:].isdigit() or lines[j + 1].text[-1:].isdigit():
        from .results import table_rows_from

        return table_rows_from(lines, j)
    return False


_FACT_BOX_TITLE_WORDS = 3
_FACT_BOX_NAME_WORDS = 12
_FULL_STOPS = (".", "!", "?", "…", '"', "”", "»", "。", "！", "？")


def _over_fact_rows(lines: list[Line], k: int, chrome: ChromeCues | None) -> bool:
    # Line ``k`` is the title of a facts box ("Serviço", "Info", "Praktisch", "Datos"):
    # one to three words starting in capitals, with no figure, colon or sentence end and no
    # cue, right over two "Label: value" rows (``fact_row``: "Quando: …" / "Onde: …"), or
    # over the event's name and then the rows; not a next event's label ("Nächstes
    # Konzert"). The caller wants a paragraph ending its sentence above the title. Guard:
    # the title's own shape is tested first; only then are at most four lines under it
    # looked at.
    text = lines[k].text
    if (
        not 1 <= len(text.split()) <= _FACT_BOX_TITLE_WORDS
        or not text[:1].isupper()
        or text.endswith(_SENTENCE_END)
        or any(ch.isdigit() for ch in text)
        or ":" in text
        or k + 2 >= len(lines)
        or (chrome is not None and chrome.kind(text) is not None)
        or (chrome is not None and text.casefold() in chrome.next_events)
    ):
        return False
    j = k + 1
    under = lines[j].text
    if not fact_row(under):
        # the event's or service's name between the title and its rows
        if (
            len(under.split()) > _FACT_BOX_NAME_WORDS
            or under.endswith(_SENTENCE_END)
            or ":" in under
            or j + 2 >= len(lines)
        ):
            return False
        j += 1
    return fact_row(lines[j].text) and fact_row(lines[j + 1].text)


_LEAD_CAPTION_WORDS = 12
_LEAD_CAPTION_MARKS = (" — ", " – ", " - ", ":", ";", "?", "!", ",")
_LEAD_QUOTES = "\"“”«»„‘’'「」"


def _lead_code_caption(out: list[Placed]) -> None:
    # The body's first line, one sentence closed by a code in capitals ("Un helicóptero
    # del grupo de rescate, durante la evacuación. GREIM"), over a paragraph of prose, is
    # the lead photo's caption and its credit: a rescue service's, a club's or an agency's
    # initials the copy glued after the caption (``lone_code_credit``). Only here: further
    # down, a wire's paragraph signed by its agency ("… zonas afectadas. EFE") and a prompt
    # closed by a button in capitals ("… every morning. SUBSCRIBE") have the same shape.
    if len(out) < 2 or not isinstance(out[0].block, Paragraph):
        return
    text = out[0].block.text
    if not text[-1:].isupper():
        return
    glued = lone_code_credit(text)
    nxt = out[1].block
    if glued is None or not isinstance(nxt, Paragraph) or not nxt.text.endswith(_PROSE_END):
        return
    if len(nxt.text) < max(100, len(text)):
        return
    out[0] = Placed(Figure(*glued), out[0].line, "figure.lead-code-credit")


def _lead_caption(out: list[Placed], lines: list[Line], chrome: ChromeCues | None) -> None:
    # Round 20 (captions): a short line opening the body over a paragraph three times its
    # length is the lead photo's caption, the photo itself lost in the copy ("The Halloran
    # Quartet at St Aelred's on Saturday." / "Squad photo before pushback at Lindley Park" /
    # prose): six to twelve words with a full stop, five to twelve without one, not all in
    # capitals, with no quote, dash, colon, comma or question, not opening or closing on a
    # quote mark, starting in capitals; the story's first paragraph, ending its sentence,
    # follows. A lede that short opens no
    # story: it says more or asks. A few capitalised words in brackets closing it are the
    # photo's credit ("… in una scena del film (01 Distribution)").
    if chrome is None or len(out) < 3 or not isinstance(out[0].block, Paragraph):
        return
    text = out[0].block.text
    caption, credit = text, None
    if text.endswith(")") and " (" in text:
        head, _, inner = text[:-1].rpartition(" (")
        if _bracket_credit_words(inner):
            caption, credit = head.rstrip(), inner.strip()
    # "About this rating": a leftover link's words; "Barely a shot was fired.": a lede's
    # first sentence. A caption names who or what is seen, and where: six words at least.
    least = 6 if caption.endswith(".") else 5
    if not (least <= len(caption.split()) <= _LEAD_CAPTION_WORDS and caption[:1].isupper()):
        return
    if caption.isupper():
        return  # "HOTELS ITALY SPAS TRAVEL": a topic row in capitals, no caption
    nxt = out[1].block
    if not (
        isinstance(nxt, Paragraph)
        and len(nxt.text) >= max(150, 3 * len(text))
        and nxt.text.endswith(_PROSE_END)
    ):
        return
    body = caption[:-1] if caption.endswith(".") else caption
    if any(mark in body for mark in _LEAD_CAPTION_MARKS) or "." in body or "(" in body:
        return
    if caption[0] in _LEAD_QUOTES or body[-1] in _LEAD_QUOTES:
        return  # speech ("«Abbiamo vinto noi»"); a name in quotes («Урожай») may stand inside
    line = next((line for line in lines if line.number == out[0].line), None)
    if line is None or line.link_row:
        return  # "[About this rating](…)": a link, no caption
    words = caption.split()
    if is_name(" ".join(words[:2])) and any(
        _name_then_role(" ".join(words[:n])) for n in range(3, len(words) + 1)
    ):
        # "Jan-Ole Behrens Presse- und Öffentlichkeitsarbeit" / "Universität Greifswald": a
        # release's contact, the name and role over the employer
        return
    out[0] = Placed(Figure(caption, credit), out[0].line, "figure.lead-caption")


def _bracket_credit_words(inner: str) -> bool:
    # One to four words, each opening on a capital or a digit, with no sentence mark: a
    # credit's shape in brackets ("01 Distribution", "Ufficio stampa Comune" is not).
    words = inner.split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and not any(mark in inner for mark in ".,;:!?()")
    )


def _opening_subhead(
    out: list[Placed], lines: list[Line], chrome: ChromeCues | None, counts: Counter[str] | None
) -> None:
    # A subhead-shaped line that opens the body is a subhead too when the body has others
    # of its kind: a letters page or an explainer starts with its first section's head
    # ("Cutting the 47 strands the villages" over the first letter). Alone, a short line at
    # the top of the body may be a kicker or a label, and stays as it was read.
    if chrome is None or len(out) < 2 or not isinstance(out[0].block, Paragraph):
        return
    if sum(1 for p in out if p.rule == "heading.short-line") < 2:
        return
    text = out[0].block.text
    heads = [p.block.text for p in out if p.rule == "heading.short-line"]
    if len(text.split()) == 1 and all(len(head.split()) > 1 for head in heads):
        return  # one word over the body ("Кейс", "Analysis") where every subhead has more: a badge
    at = next((k for k, line in enumerate(lines) if line.number == out[0].line), None)
    if at is None or at + 1 >= len(lines) or not isinstance(out[1].block, Paragraph):
        return
    if (
        (is_heading(text) or _other_heading(text))
        and not is_signature(text)
        and not speaker_turn(text)
        and heading_evidence(text, lines[at + 1], chrome, counts)
    ):
        out[0] = Placed(Heading(text, 2), out[0].line, "heading.opening-subhead")
