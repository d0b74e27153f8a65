"""A service status page's incident log (a hosted status page, a provider's own page).

Such a page prints the incident's title, a label under it ("Incident Report for Ledgerfox",
"Informe de incidencia de Nubelar"), then its updates newest first: a phase stamp on a line
of its own ("Resolved", "Monitoring", "**Resuelto** · 18 abr. 2026, 13:25 CEST"), the
message, and often a "Posted 3 days ago. May 04, 2026 - 16:40 UTC" line under it; a
"This incident affected: …" line and the platform's "Powered by …" close it. The messages
are the article; the stamps, the posted lines and the labels are the page's furniture
(cue ``status``). Stamps and labels are the language data's ``status_stamps`` and
``status_labels``; a page is read as a log only when two stamps or more each stand right
over a sentence, so a lone "Update" line in a story stays what it is.
"""

from __future__ import annotations

from .cuewords import fold
from .dates import has_year, parse_date_line

TYPE_CHECKING = False  # typing itself is not imported on the reader's path (see _typing)
if TYPE_CHECKING:
    from .cuewords import ChromeCues
    from .features import LineFeatures
    from .lines import Line

_STAMP_WORDS = 10
"""A stamp is its phase word(s) with at most a date and time after it."""

_LABEL_WORDS = 30
"""A label line ("This incident affected: Card Payments (EU), Payouts (EU) and …")."""

_POSTED_WORDS = 14
"""A posted line: a label, a relative time and a date ("Posted 3 days ago. May 04, …")."""

_SEPARATORS = (" · ", " – ", " — ", " - ", " | ", ": ", " (", ", ")


def _shown(text: str) -> str:
    # The line without a dump's heading marks and bold.
    return text.lstrip("#").strip().replace("**", "").replace("__", "").strip()


def _stamp(text: str, stamps: frozenset[str]) -> bool:
    # A phase stamp: one of ``stamps``, alone or with a date or time after a separator
    # ("Resolved", "Identificado · 18 abr. 2026, 10:05 CEST", "UPDATE (14:10)").
    key = fold(_shown(text))
    cut = len(key)
    for sep in _SEPARATORS:
        at = key.find(sep)
        if 0 < at < cut:
            cut = at
    head = key[:cut].strip(" :.-–—·|")
    if head not in stamps:
        return False
    rest = key[cut:].strip(" :.-–—·|()")
    return not rest or any(ch.isdigit() for ch in rest)


def _labelled(text: str, labels: tuple[str, ...]) -> bool:
    # A line opening with a status-page label ("Incident Report for …").
    key = fold(_shown(text))
    for label in labels:
        if key.startswith(label):
            after = key[len(label) : len(label) + 1]
            if not after or not after.isalnum():
                return True
    return False


def status_log(lines: list[Line], feats: list[LineFeatures], chrome: ChromeCues) -> None:
    """Mark a status page's stamps, posted lines and labels as furniture (cue ``status``)."""
    stamps = chrome.status_stamps
    n = len(lines)
    found: list[int] = []
    for k in range(n):
        f = feats[k]
        # cheap guards first: most lines are long, end a sentence or carry a cue
        if f.words > _STAMP_WORDS or f.cue is not None or f.ends_sentence:
            continue
        if not _stamp(lines[k].text, stamps):
            continue
        over = [j for j in (k + 1, k + 2) if j < n]
        if any(feats[j].ends_sentence and feats[j].words >= 5 for j in over):
            found.append(k)
    if len(found) < 2:
        return
    for k in found:
        feats[k] = feats[k]._replace(cue="status")
    # the posted lines under the messages, from the first stamp to the last message: a
    # date with its year, or a clock time alone ("16:40 UTC", an entry stamp)
    for j in range(found[0] + 1, min(n, found[-1] + 4)):
        f = feats[j]
        if (
            f.cue is None
            and f.datelike
            and f.words <= _POSTED_WORDS
            and not f.byline
            and not f.ends_sentence
            and (f.stamp or has_year(lines[j].text))
        ):
            feats[j] = f._replace(cue="status")
    labels = chrome.status_labels
    for k in range(n):
        f = feats[k]
        if (
            labels
            and f.cue is None
            and f.words <= _LABEL_WORDS
            and _labelled(lines[k].text, labels)
        ):
            feats[k] = f._replace(cue="status")


def log_published(
    lines: list[Line], feats: list[LineFeatures], lang: str
) -> tuple[int, str] | None:
    """The day the incident opened: the earliest full date on the log's stamps and posted
    lines (the log prints its updates newest first, so the first update is the oldest),
    as (line index, ISO date); None when the page is no log or prints no date there."""
    best: tuple[int, str] | None = None
    for k, f in enumerate(feats):
        if f.cue != "status" or not has_year(lines[k].text):
            continue
        words = _shown(lines[k].text).split()
        for start in range(len(words)):
            dated = parse_date_line(" ".join(words[start:]).strip(" ·|-–—"), lang)
            if dated is not None and dated.value:
                if best is None or dated.value < best[1]:
                    best = (k, dated.value)
                break
    return best
