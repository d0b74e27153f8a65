"""``syndicate verify``: read outputs back with independent readers and prove nothing was lost.

    from syndicate.verify import verify_output
    report = verify_output("story.epub", article)
    report.ok            # True when every element of the article survived
    print(report.to_text())

Each format has its own read-back module (EPUB: zipfile + lxml; PDF: pypdf;
DOCX: python-docx; RSS/Atom: feedparser; JSON Feed: json; HTML: lxml.html),
none of which uses the exporter that wrote the file. :mod:`.compare` checks the
recovered content against the source article; :mod:`.report` prints the
result. Tolerances per format are documented in docs/verify.md.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import SourceUnreadable, UsageError, VerificationFailed
from ..model import Article
from .compare import Recovered, compare
from .report import Finding, VerifyReport

__all__ = [
    "FORMATS",
    "MAX_OUTPUT_BYTES",
    "Finding",
    "VerifyReport",
    "detect_format",
    "verify_bytes",
    "verify_command",
    "verify_files",
    "verify_output",
]

FORMATS = ("epub", "pdf", "docx", "rss", "atom", "jsonfeed", "html")
"""The formats verify can read back."""
MAX_OUTPUT_BYTES = 1024 * 1024 * 1024
"""Outputs larger than this are refused rather than read into memory."""

_EXTENSIONS = {
    ".epub": "epub",
    ".pdf": "pdf",
    ".docx": "docx",
    ".rss": "rss",
    ".atom": "atom",
    ".json": "jsonfeed",
    ".jsonfeed": "jsonfeed",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

# Kinds a format cannot carry at all (format -> kind -> reason), reported as "not_checked".
# Empty for the built-ins: each carries every kind, if only inside its content HTML.
_NOT_CARRIED: dict[str, dict[str, str]] = {}


def detect_format(data: bytes, name: str | None = None) -> str:
    """The format of an output: from its extension, else from its first bytes."""
    if name:
        by_extension = _EXTENSIONS.get(Path(name).suffix.lower())
        if by_extension:
            return by_extension
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK"):
        from .safety import open_zip

        names = set(open_zip(data, "zip").namelist())
        if "word/document.xml" in names:
            return "docx"
        if "META-INF/container.xml" in names:
            return "epub"
    if head.startswith((b"{", b"[")):
        return "jsonfeed"
    lowered = head.lower()
    if b"<rss" in lowered or b"<rdf:rdf" in lowered:
        return "rss"
    if b"<feed" in lowered:
        return "atom"
    if b"<html" in lowered or b"<!doctype html" in lowered:
        return "html"
    raise VerificationFailed(
        f"{name or 'output'}: cannot tell its format (one of {', '.join(FORMATS)}); "
        "name it with --format"
    )


def _recover(data: bytes, format: str, article: Article) -> Recovered:
    if format == "epub":
        from .epub import read_epub

        return read_epub(data, article.title)
    if format == "pdf":
        from .pdf import read_pdf

        return read_pdf(data)
    if format == "docx":
        from .docx import read_docx

        return read_docx(data, article.title)
    if format in ("rss", "atom"):
        from .feed import read_feed

        return read_feed(data, format, article)
    if format == "jsonfeed":
        from .feed import read_jsonfeed

        return read_jsonfeed(data, article)
    if format == "html":
        from .html import read_html

        return read_html(data, article.title)
    raise UsageError(f"verify cannot read {format!r}; it reads {', '.join(FORMATS)}")


def verify_bytes(
    data: bytes, format: str | None, article: Article, *, output: str = "<bytes>"
) -> VerifyReport:
    """Read ``data`` (an output of ``format``; None to detect) back and compare it with ``article``.

    Raises :class:`VerificationFailed` when the output cannot be read at all (damaged,
    or refused as unsafe: zip bomb, traversal names); otherwise returns the report,
    whose ``ok`` says whether every element survived.
    """
    fmt = format or detect_format(data, output)
    recovered = _recover(data, fmt, article)
    for kind, reason in _NOT_CARRIED.get(fmt, {}).items():
        recovered.not_carried.setdefault(kind, reason)
    return compare(article, recovered, output, fmt)


def verify_output(
    path: str | os.PathLike[str], article: Article, *, format: str | None = None
) -> VerifyReport:
    """Read the output file at ``path`` back and compare it with ``article``."""
    target = Path(path)
    try:
        size = target.stat().st_size
        if not target.is_file():
            raise SourceUnreadable(f"{target}: not a file")
        if size > MAX_OUTPUT_BYTES:
            raise VerificationFailed(f"{target}: refused: {size} bytes is too large to verify")
        data = target.read_bytes()
    except OSError as exc:
        raise SourceUnreadable(f"{target}: cannot be read ({exc.strerror or exc})") from None
    return verify_bytes(data, format, article, output=str(target))


def verify_files(
    outputs: Sequence[str | os.PathLike[str]],
    source: str | os.PathLike[str] | Article,
    *,
    format: str | None = None,
) -> list[VerifyReport]:
    """Verify several outputs against one source (a path, parsed here, or an Article).

    An output that cannot be read (damaged or refused) gets a report with ``error``
    set instead of stopping the others.
    """
    if isinstance(source, Article):
        article = source
    else:
        from ..api import parse

        article = parse(source)
    reports = []
    for output in outputs:
        try:
            reports.append(verify_output(output, article, format=format))
        except VerificationFailed as exc:
            reports.append(VerifyReport(output=str(output), format=format or "?", error=str(exc)))
    return reports


def verify_command(
    outputs: Sequence[str | os.PathLike[str]],
    source: str | os.PathLike[str] | Article,
    *,
    json_output: bool = False,
    format: str | None = None,
) -> tuple[str, int]:
    """What ``syndicate verify OUTPUT... --source SOURCE [--json]`` prints, and its exit code.

    ``source`` is a path (parsed here) or an already parsed (and overridden) Article.

    The exit code is 0 when every output preserves every element, else
    :attr:`VerificationFailed.exit_code` (8). Errors about the source itself
    (unreadable, not understood) are raised as usual.
    """
    reports = verify_files(outputs, source, format=format)
    ok = all(r.ok for r in reports)
    if json_output:
        text = json.dumps(
            {
                "source": source.display_title if isinstance(source, Article) else str(source),
                "ok": ok,
                "reports": [r.to_dict() for r in reports],
            },
            ensure_ascii=False,
            indent=2,
        )
    else:
        text = "\n".join(r.to_text() for r in reports)
    return text, 0 if ok else VerificationFailed.exit_code
