"""The exception tree and the exit codes the command line maps them to.

    SyndicateError                 (exit 1 if ever raised bare)
    ├── UsageError                 2  usage: a bad option or option value
    ├── SourceUnreadable           3  source: missing, a folder, not text, not decodable
    ├── SourceNotUnderstood        4  parse: readable, but not an article (empty, bad JSON)
    ├── UnknownFormat              5  format: no exporter of that name, or it failed to load
    ├── OutputNotWritable          6  output: the destination cannot be written
    ├── ExportFailed               7  export: an exporter could not render the article
    └── VerificationFailed         8  verify: an output lost or altered part of the article

Exit code 9 means a batch finished with some articles failed (each reported);
exit code 70 means a bug in syndicate itself (a traceback is printed for those only).
"""

from __future__ import annotations

__all__ = [
    "EXIT_BATCH_PARTIAL",
    "EXIT_INTERNAL",
    "ExportFailed",
    "OutputNotWritable",
    "SourceNotUnderstood",
    "SourceUnreadable",
    "SyndicateError",
    "UnknownFormat",
    "UsageError",
    "VerificationFailed",
]

EXIT_BATCH_PARTIAL = 9
EXIT_INTERNAL = 70


class SyndicateError(Exception):
    """Base of every error syndicate raises on purpose. ``str(error)`` is one line."""

    category = "error"
    exit_code = 1

    def __str__(self) -> str:
        # One line, whatever the message carried in (file names with newlines…).
        return " ".join(super().__str__().split())


class UsageError(SyndicateError):
    """An option or argument is wrong."""

    category = "usage"
    exit_code = 2


class SourceUnreadable(SyndicateError):
    """The source cannot be read as text: missing, a directory, binary, undecodable."""

    category = "source"
    exit_code = 3


class SourceNotUnderstood(SyndicateError):
    """The source was read but holds no article we can recover (empty, malformed JSON…)."""

    category = "parse"
    exit_code = 4


class UnknownFormat(SyndicateError):
    """No exporter has that name, or the plugin providing it failed to load."""

    category = "format"
    exit_code = 5


class OutputNotWritable(SyndicateError):
    """The output path cannot be written."""

    category = "output"
    exit_code = 6


class ExportFailed(SyndicateError):
    """An exporter could not render the article(s)."""

    category = "export"
    exit_code = 7


class VerificationFailed(SyndicateError):
    """An output does not carry everything the source article holds."""

    category = "verify"
    exit_code = 8
