"""The ``syndicate`` command: argument parsing and printing, over :mod:`syndicate.api`.

Every failure the user can cause prints one line ``syndicate: CATEGORY: message``
on stderr and exits with the code documented in :mod:`syndicate.errors`.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .errors import EXIT_INTERNAL, SyndicateError, UsageError

__all__ = ["main", "build_parser"]

EXIT_CODES_HELP = """\
exit codes:
  0  success
  2  usage: bad option or option value
  3  source: missing, a folder, binary or undecodable, or a URL that cannot be fetched
  4  parse: readable but not an article (empty, malformed JSON/front matter)
  5  format: unknown format, or its plugin failed to load
  6  output: the destination cannot be written
  7  export: an exporter could not render the article
  8  verify: an output lost or altered part of the article
  9  batch: some articles of a batch failed (each is reported)
 70  internal error (a bug: please report it, with SYNDICATE_DEBUG=1 output)
"""

SITE_URL_HINT = "--site-url URL (or SYNDICATE_SITE_URL, or site_url in syndicate.toml)"
QUIET_HELP = "print nothing but warnings and errors"
ALL_FORMATS = ("epub", "pdf", "docx", "rss", "atom", "jsonfeed", "html")


# -- helpers ---------------------------------------------------------------


def _print_warning(message: Any, category: Any, *_args: Any, **_kwargs: Any) -> None:
    print(f"syndicate: warning: {message}", file=sys.stderr)


def _parse_source(source: str, args: argparse.Namespace) -> Any:
    from .api import apply_overrides, parse

    article = parse(source, getattr(args, "source_format", None))
    return apply_overrides(
        article,
        title=getattr(args, "set_title", None),
        authors=getattr(args, "author", None),
        published=getattr(args, "date", None),
        language=getattr(args, "language", None),
    )


def _formats(value: str) -> list[str]:
    from .registry import available

    names = [v.strip() for v in value.split(",") if v.strip()]
    if names == ["all"]:
        known = available()
        return [n for n in ALL_FORMATS if n in known] + [n for n in known if n not in ALL_FORMATS]
    if not names:
        raise UsageError("--format needs a format name, a comma list, or 'all'")
    return list(dict.fromkeys(names))


def _site_url(args: argparse.Namespace) -> str | None:
    url = getattr(args, "site_url", None) or os.environ.get("SYNDICATE_SITE_URL") or None
    if url is None:
        from .config import load_config

        url = load_config().get("site_url")
    if url and not url.lower().startswith(("http://", "https://")):
        raise UsageError(f"--site-url must be an absolute http(s) URL, got {url!r}")
    return url


def _ui_language(tag: str | None) -> str | None:
    """``--ui-language``: a BCP 47 tag (a language without a catalog falls back to English)."""
    if tag is None:
        return None
    import re

    if not re.fullmatch(r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*", tag.strip()):
        raise UsageError(f"--ui-language must be a language tag such as de or pt-BR, got {tag!r}")
    return tag.strip()


def _export_options(args: argparse.Namespace) -> dict[str, Any]:
    options = {
        "title": args.title,
        "site_url": _site_url(args),
        "allow_image_dirs": tuple(args.allow_images_from or ()),
        "fetch_remote_images": args.fetch_images or None,
        "template_dir": args.theme,
        "css": args.css,
        "page_size": args.page_size,
        "font_family": args.font,
        "reference_docx": args.reference_docx,
        "limit": args.limit,
        "feed_url": args.feed_url,
        "description": args.description,
        "stylesheet_href": args.stylesheet,
        "page_url": args.page_url,
        "ui_language": _ui_language(args.ui_language),
    }
    for name in ("css", "reference_docx"):
        if options[name] and not Path(options[name]).is_file():
            raise UsageError(f"--{name.replace('_', '-')}: {options[name]} is not a file")
    if args.theme and not Path(args.theme).is_dir():
        raise UsageError(f"--theme: {args.theme} is not a folder")
    return {k: v for k, v in options.items() if v is not None}


def _page_size(value: str) -> str:
    return {"a4": "A4", "letter": "Letter"}.get(value.strip().lower(), value)


def _is_dir_target(output: str | None) -> bool:
    if output is not None and "://" in output and not output.startswith("file://"):
        return True  # an object-store URL is always a folder (prefix) of files
    return output is None or output.endswith(("/", os.sep)) or Path(output).is_dir()


# -- commands --------------------------------------------------------------


def _inspect_lines(source: str, kind: str | None) -> str:
    """``inspect --lines``: every source line of a scraped text with its label and rule."""
    from .errors import SourceUnreadable
    from .readers import EXTENSIONS, MAX_SOURCE_BYTES, parse_text, sniff
    from .readers.decode import decode_source
    from .readers.scraped.linelabels import format_line_labels, line_labels

    if source == "-":
        data, label = sys.stdin.buffer.read(MAX_SOURCE_BYTES + 1), "<stdin>"
    else:
        try:
            data, label = Path(source).read_bytes(), source
        except OSError as exc:
            raise SourceUnreadable(f"{source}: cannot read ({exc.strerror})") from None
        kind = kind or EXTENSIONS.get(Path(source).suffix.lower())
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceUnreadable(f"{label}: larger than the {MAX_SOURCE_BYTES // 2**20} MiB limit")
    text = decode_source(data, label)
    if (kind or sniff(text)) != "text":
        raise UsageError("--lines labels the lines of a scraped text, not Markdown or JSON")
    return format_line_labels(line_labels(parse_text(text, "text", label=label), text))


def _source_text(source: str, article: object) -> str | None:
    """The decoded text of a local scraped-text ``source`` whose parse dropped page chrome
    (so ``inspect`` can print the dropped lines' words), else None. Read again only then:
    the reader keeps no copy of its source."""
    provenance = getattr(article, "provenance", {})
    if source == "-" or "://" in source or not any(k.startswith("dropped[") for k in provenance):
        return None
    from .errors import SyndicateError
    from .readers.decode import decode_source

    try:
        return decode_source(Path(source).read_bytes(), source)
    except (OSError, SyndicateError):
        return None


def cmd_inspect(args: argparse.Namespace) -> int:
    if getattr(args, "lines", False):
        sys.stdout.write(_inspect_lines(args.source, getattr(args, "source_format", None)))
        return 0
    article = _parse_source(args.source, args)
    if args.json:
        import json

        sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif args.markdown:
        from .markdown_form import dump_markdown

        sys.stdout.write(dump_markdown(article))
    else:
        from .summary import summarize

        sys.stdout.write(summarize(article, _source_text(args.source, article)))
    return 0


def cmd_formats(args: argparse.Namespace) -> int:
    # Read from each exporter's declaration, without importing it (registry.describe).
    from .registry import available, describe

    rows = []
    for name, entry in available().items():
        try:
            extension, media, description = describe(name)
            description = f"{description} ({entry.distribution} {entry.version})"
            rows.append((name, extension, media, description))
        except SyndicateError as exc:
            rows.append((name, "-", "-", f"(unavailable: {exc})"))
        if args.verbose:
            rows[-1] = (*rows[-1][:3], f"{rows[-1][3]} [{entry.value}]")
    if not rows:
        print("no exporters installed")
        return 0
    width = max(len(r[0]) for r in rows)
    for name, ext, media, description in rows:
        print(f"{name:<{width}}  .{ext:<5} {media:<45} {description}".rstrip())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    formats = _formats(args.format)
    options = _export_options(args)
    output: str | None = args.output
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    if not args.sources and not args.from_list:
        raise UsageError("nothing to export: give SOURCE files or --from-list FILE")
    if output == "-":
        _refuse_batch_options(args)
        if len(formats) != 1:
            raise UsageError("-o - writes one document: give exactly one --format")
        from .api import render

        articles = [_parse_source(s, args) for s in args.sources]
        data = render(articles, formats[0], **_known(formats[0], options))
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    if _is_dir_target(output):
        return _export_batch(args, formats, options, output)
    _refuse_batch_options(args)
    # One combined document (an anthology / digest / feed of every source).
    if len(formats) != 1:
        raise UsageError(
            "-o FILE makes one document: give one --format, or use -o DIR/ for several formats"
        )
    from .api import export

    articles = [_parse_source(s, args) for s in args.sources]
    export(articles, formats[0], output, **_known(formats[0], options))
    if not args.quiet:
        print(f"syndicate: wrote {output}", file=sys.stderr)
    return 0


def _export_batch(
    args: argparse.Namespace, formats: list[str], options: dict[str, Any], output: str | None
) -> int:
    """``-o DIR/`` (or a URL): one file per article per format; see docs/scale.md."""
    from .batch.storage import local_path

    if args.from_list == "-" and "-" in args.sources:
        raise UsageError("--from-list - reads the list from stdin: no source can be - too")
    target = output or "."
    path = local_path(target)
    made: list[Path] = []  # folders this run makes, innermost first
    if path is not None:
        folder = Path(path).absolute()
        while not folder.exists():
            made.append(folder)
            folder = folder.parent
        Path(path).mkdir(parents=True, exist_ok=True)
    try:
        return _run_batch(args, formats, options, target)
    finally:
        # A refused source leaves no output behind, not even the empty folders it would have
        # been written into.
        for folder in made:
            if not folder.is_dir() or any(folder.iterdir()):
                break
            folder.rmdir()


def _run_batch(
    args: argparse.Namespace, formats: list[str], options: dict[str, Any], target: str
) -> int:
    """Export every source into ``target`` (a folder that exists, or a URL)."""
    from .batch import export_batch
    from .batch.sources import count_lines, iter_sources
    from .batch.storage import is_url

    total = None
    if not any(is_url(s) or set("*?[") & set(s) for s in args.sources):
        total = len(args.sources)
        if args.from_list == "-":
            total = None
        elif args.from_list:
            counted = count_lines(args.from_list)
            total = None if counted is None else total + counted
    sources = iter_sources(args.sources, args.from_list)
    if not args.from_list:
        sources = list(sources)  # on the command line: already in memory
    result = export_batch(
        sources,
        formats,
        target,
        jobs=args.jobs,
        options=options,
        source_format=args.source_format,
        overrides=_overrides(args),
        quiet=args.quiet,
        executor="dask" if args.scheduler else args.executor,
        scheduler=args.scheduler,
        restart=args.restart,
        total=total,
    )
    return result.exit_code


def _refuse_batch_options(args: argparse.Namespace) -> None:
    for flag, value in (
        ("--from-list", args.from_list),
        ("--scheduler", args.scheduler),
        ("--restart", args.restart),
        ("--executor", args.executor != "local"),
    ):
        if value:
            raise UsageError(f"{flag} applies to batches: write to a folder with -o DIR/")


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    return {
        k: v
        for k, v in {
            "title": args.set_title,
            "authors": args.author,
            "published": args.date,
            "language": args.language,
        }.items()
        if v
    }


def _known(fmt: str, options: dict[str, Any]) -> dict[str, Any]:
    """Only the options this format takes (``--format all`` passes every option)."""
    from .api import get_exporter

    names = get_exporter(fmt).options_class.field_names()
    return {k: v for k, v in options.items() if k in names}


def cmd_verify(args: argparse.Namespace) -> int:
    from .verify import verify_command

    article = _parse_source(args.source, args)
    text, code = verify_command(
        args.outputs, article, json_output=args.json, format=args.output_format
    )
    print(text)
    return code


def cmd_feed_add(args: argparse.Namespace) -> int:
    from .publishing.feedstore import add_to_feed

    site_url = _site_url(args)
    if not site_url:
        raise UsageError(
            "feeds need the site's base URL: --site-url URL (or SYNDICATE_SITE_URL, syndicate.toml)"
        )
    articles = [_parse_source(s, args) for s in args.sources]
    from .exporters.feeds import FeedOptions

    result = add_to_feed(
        args.feed,
        articles,
        site_url=site_url,
        limit=args.limit,
        feed_format=args.feed_format,
        title=args.title,
        feed_url=args.feed_url,
        options=FeedOptions(allow_image_dirs=tuple(args.allow_images_from or ())),
    )
    if not args.quiet:
        print(f"{args.feed}: {result}", file=sys.stderr)
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from .publishing.publish import publish

    site_url = _site_url(args)
    if not site_url:
        raise UsageError(f"publish needs the site's base URL: {SITE_URL_HINT}")
    articles = [_parse_source(s, args) for s in args.sources]
    formats = tuple(f.strip() for f in args.downloads.split(",") if f.strip())
    result = publish(
        articles,
        args.out,
        site_url=site_url,
        title=args.title,
        formats=formats,
        template_dir=args.theme,
        ui_language=_ui_language(args.ui_language),
    )
    if not args.quiet:
        print(f"{args.out}: {result}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .publishing.serve import serve

    if not Path(args.directory).is_dir():
        raise UsageError(f"{args.directory} is not a folder")
    serve(args.directory, host=args.host, port=args.port)
    return 0


# -- parser ----------------------------------------------------------------


def _add_source_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("reading the source")
    group.add_argument(
        "--from",
        dest="source_format",
        choices=("text", "markdown", "json", "html"),
        help="source kind (default: from the extension; sniffed for stdin; html for URLs)",
    )
    group.add_argument(
        "--set-title", metavar="TEXT", help="use this title instead of the parsed one"
    )
    group.add_argument(
        "--author",
        action="append",
        metavar="NAME",
        help="use this byline instead of the parsed one (repeat for several authors)",
    )
    group.add_argument("--date", metavar="YYYY-MM-DD", help="use this publication date (ISO 8601)")
    group.add_argument(
        "--language", metavar="TAG", help="use this BCP 47 language tag (e.g. en, ru)"
    )


class _Unused:
    """Stands for the parser of a command this run does not use: every call is a no-op."""

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: self


class _Commands:
    """``add_subparsers()``'s action that fills in only the command a run uses.

    Every command is still registered with its name and help (``syndicate --help`` lists
    them all), but the options of the others are not built: building argparse's ~90
    options cost ~10 ms of every run, and a run parses one command's.
    """

    def __init__(self, sub: Any, only: str | None) -> None:
        self.sub = sub
        self.only = only

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        parser = self.sub.add_parser(name, **kwargs)
        return parser if self.only in (None, name) else _Unused()


class _Parser(argparse.ArgumentParser):
    """``ArgumentParser`` whose help formatters learn the terminal width without shutil.

    argparse makes a formatter for every ``add_argument`` (to check the metavar), and each
    formatter asks ``shutil.get_terminal_size()``: importing shutil (with bz2, lzma) and
    ~35 formatters were ~7 M instructions of every command. The width is found the same
    way (``COLUMNS``, else the terminal of stdout, else 80, less 2 as argparse does).
    Subcommand parsers are of the same class (argparse uses its parent's).
    """

    def _get_formatter(self) -> argparse.HelpFormatter:
        return self.formatter_class(prog=self.prog, width=_terminal_columns() - 2)


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing shutil."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _command_of(argv: Sequence[str]) -> str | None:
    """The command a command line runs when it names one first (else None: build all)."""
    return argv[0] if argv and argv[0] in _COMMANDS else None


_COMMANDS = frozenset({"inspect", "export", "formats", "verify", "feed", "publish", "serve"})
"""Every command ``build_parser`` defines (``tests`` check the two agree)."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser, with every command and option documented.

    ``only``: build the options of that command alone (the others are listed, empty).
    """
    parser = _Parser(
        prog="syndicate",
        description=(
            "Recover the structure of a news article (scraped text, a saved HTML page, a URL, "
            "Markdown or model JSON: title, dek, byline, dates, "
            "figures with captions and credits, headings, contributor credits, author bio) "
            "and export it to EPUB, PDF, DOCX, RSS, Atom, JSON Feed and HTML without losing "
            "any of it."
        ),
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"syndicate {__version__}")
    sub = _Commands(parser.add_subparsers(dest="command", metavar="COMMAND"), only)

    p = sub.add_parser(
        "inspect",
        help="show the article model recovered from a source",
        description="Show what syndicate recovered from SOURCE: each field with where it came "
        "from (line and rule). --json prints the model (schema syndicate.article/1); --markdown "
        "prints the editable Markdown form, which every command reads back.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "source",
        metavar="SOURCE",
        help="article file (.txt, .md, .json, .html), http(s) URL, or - for stdin",
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the model as JSON")
    mode.add_argument(
        "--markdown", action="store_true", help="print Markdown with YAML front matter"
    )
    mode.add_argument(
        "--lines",
        action="store_true",
        help="print every line of a scraped text with its label (title, byline, body, "
        "chrome, …) and the rule that decided it",
    )
    _add_source_options(p)
    p.set_defaults(func=cmd_inspect)

    p = sub.add_parser(
        "export",
        help="render articles to EPUB, PDF, DOCX, feeds or HTML",
        description="Render SOURCE(s) to one or more formats. -o FILE with several sources makes "
        "ONE combined document (an EPUB digest, an anthology PDF/DOCX, a feed with one entry per "
        "article); -o DIR/ (an existing folder or a path ending in /) writes one file per article "
        "per format, named from the article's slug; -o - writes one document to stdout. Without "
        "-o, files go to the current folder as with -o ./ . Set SOURCE_DATE_EPOCH for "
        "byte-for-byte reproducible output.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="article files (.txt, .md, .json, .html), http(s) URLs, quoted globs or fsspec "
        "URLs (s3://…), or - for stdin",
    )
    p.add_argument(
        "-f",
        "--format",
        required=True,
        metavar="FMT",
        help="one format, a comma list (epub,pdf) or 'all'; see 'syndicate formats'",
    )
    p.add_argument("-o", "--output", metavar="PATH|DIR/|-", help="where to write (see above)")
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="worker processes for -o DIR/ batches (default: number of cores)",
    )
    batch = p.add_argument_group("large batches (-o DIR/ or -o s3://bucket/prefix/; docs/scale.md)")
    batch.add_argument(
        "--from-list",
        metavar="FILE|-",
        help="read more sources from FILE, one per line (- for stdin), streamed",
    )
    batch.add_argument(
        "--executor",
        choices=("local", "dask"),
        default="local",
        help="local: a process pool (default); dask: a Dask cluster (needs syndicate[cluster])",
    )
    batch.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler, e.g. tcp://HOST:8786; implies --executor dask (default: "
        "DASK_SCHEDULER_ADDRESS, else a local cluster)",
    )
    batch.add_argument(
        "--restart",
        action="store_true",
        help="ignore the ledger of earlier runs: export everything again",
    )
    p.add_argument("--title", metavar="TEXT", help="title of a combined document or feed")
    p.add_argument("--site-url", metavar="URL", help="base URL of the site (feeds need it)")
    p.add_argument("--css", metavar="FILE", help="EPUB: use this stylesheet instead of the default")
    p.add_argument(
        "--page-size",
        type=_page_size,
        choices=("A4", "Letter"),
        help="PDF: paper size, A4 or Letter in any case (default A4)",
    )
    p.add_argument("--font", metavar="FAMILY|DIR", help="PDF: font family name or a folder of TTFs")
    p.add_argument(
        "--ui-language",
        metavar="TAG",
        help="language of the interface words and dates ('By', 'Page 1 of 2'); "
        "default: each article's own language",
    )
    p.add_argument("--reference-docx", metavar="FILE", help="DOCX: take styles from this Word file")
    p.add_argument("--limit", type=int, metavar="N", help="feeds: keep at most N entries")
    p.add_argument("--feed-url", metavar="URL", help="feeds: the feed's own URL (self link)")
    p.add_argument("--description", metavar="TEXT", help="feeds: the feed's description")
    p.add_argument(
        "--stylesheet",
        metavar="URL",
        help="HTML: link this stylesheet instead of inlining the theme",
    )
    p.add_argument("--page-url", metavar="URL", help="HTML: the page's own URL (canonical link)")
    p.add_argument(
        "--allow-images-from",
        action="append",
        metavar="DIR",
        help="also read figure images from DIR (the source's folder is always allowed)",
    )
    p.add_argument(
        "--fetch-images",
        action="store_true",
        help="download figure images given as http(s) URLs (off: no network by default)",
    )
    p.add_argument(
        "--theme", metavar="DIR", help="a theme folder looked up before the built-in one"
    )
    p.add_argument("-q", "--quiet", action="store_true", help=QUIET_HELP)
    _add_source_options(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "formats",
        help="list the exporters (built-in and plugins)",
        description="List every exporter found through the 'syndicate.exporters' entry points.",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="also show where each comes from")
    p.set_defaults(func=cmd_formats)

    p = sub.add_parser(
        "verify",
        help="read outputs back and check nothing was lost",
        description="Read each OUTPUT back with an independent reader and compare it with the "
        "article recovered from SOURCE: title, dek, authors, dates, every heading, paragraph, "
        "figure caption and credit, quote, list, contributors, credit line, rights, and the "
        "order of the body. Exit 0 only when everything is preserved; 8 otherwise.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("outputs", nargs="+", metavar="OUTPUT", help="exported files to check")
    p.add_argument("--source", required=True, metavar="SOURCE", help="the article they came from")
    p.add_argument(
        "--format",
        dest="output_format",
        metavar="FMT",
        help="format of the outputs (default: from the extension and content)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    _add_source_options(p)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser(
        "feed",
        help="maintain a feed file incrementally",
        description="Maintain an RSS, Atom or JSON Feed file.",
    )
    feed_sub = p.add_subparsers(dest="feed_command", metavar="ACTION", required=True)
    q = feed_sub.add_parser(
        "add",
        help="add or replace entries in a feed file",
        description="Add SOURCE(s) to FEED, replacing an entry with the same id; untouched "
        "entries are kept as they are; newest first; the write is atomic and locked, so "
        "concurrent runs never lose an entry. A damaged feed is refused, not rewritten.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    q.add_argument("feed", metavar="FEED", help="the feed file (created if missing)")
    q.add_argument("sources", nargs="+", metavar="SOURCE", help="article files")
    q.add_argument("--site-url", metavar="URL", help="base URL of the site (required)")
    q.add_argument("--limit", type=int, metavar="N", help="keep at most N entries (newest)")
    q.add_argument(
        "--format",
        dest="feed_format",
        choices=("rss", "atom", "jsonfeed"),
        help="feed kind of a new file (default: from the extension)",
    )
    q.add_argument("--title", metavar="TEXT", help="feed title for a new file")
    q.add_argument("--feed-url", metavar="URL", help="the feed's own URL (self link)")
    q.add_argument(
        "--allow-images-from",
        action="append",
        metavar="DIR",
        help="also read figure images from DIR (the source's folder is always allowed)",
    )
    q.add_argument("-q", "--quiet", action="store_true", help=QUIET_HELP)
    _add_source_options(q)
    q.set_defaults(func=cmd_feed_add)

    p = sub.add_parser(
        "publish",
        help="build a static site: pages, downloads, feeds, index",
        description="Write every article as a page (with schema.org metadata) plus EPUB, PDF "
        "and DOCX downloads into DIR/<slug>/, an index page with feed autodiscovery links, and "
        "RSS, Atom and JSON feeds. Publishing again adds new articles and keeps the old ones.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="article files")
    p.add_argument("--out", required=True, metavar="DIR", help="the site folder")
    p.add_argument("--site-url", metavar="URL", help="the URL the site will be served from")
    p.add_argument("--title", metavar="TEXT", help="site title")
    p.add_argument(
        "--downloads",
        default="epub,pdf,docx",
        metavar="FMTS",
        help="formats offered as downloads beside each page (default epub,pdf,docx; '' for none)",
    )
    p.add_argument(
        "--theme", metavar="DIR", help="a theme folder looked up before the built-in one"
    )
    p.add_argument(
        "--ui-language",
        metavar="TAG",
        help="language of the interface words and dates of the pages, downloads and feeds "
        "('By', 'Download'); default: each article's own language",
    )
    p.add_argument("-q", "--quiet", action="store_true", help=QUIET_HELP)
    _add_source_options(p)
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser(
        "serve",
        help="preview a published site locally",
        description="Serve DIR over HTTP for preview and feed subscription, with the right "
        "content types, ETag/Last-Modified and 304 responses. Binds 127.0.0.1 by default; "
        "never serves files outside DIR. Stop with Ctrl-C.",
    )
    p.add_argument("directory", metavar="DIR", help="the site folder")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    if argv is None:
        # The console script's process: the cyclic collector runs every 50,000 new objects
        # instead of 700. Imports and a parse make hundreds of thousands of objects that all
        # live on, which the default threshold traverses again and again (~17 M instructions,
        # ~4 % of a one-file EPUB export); the reader and the exporters make few cycles, so
        # memory is not held longer in any measurable way.
        import gc

        gc.set_threshold(50_000, *gc.get_threshold()[1:])
        if _command_of(sys.argv[1:]) == "export":
            # dataclasses imports inspect (with ast, dis, tokenize: ~34 M instructions, ~8 %
            # of a one-file EPUB export) for one thing, the signature it writes as the
            # docstring of a class that has none; every options class of ours has one. An
            # export imports it with a stand-in for inspect that imports inspect when used.
            from ._standin import import_sparing

            import_sparing("dataclasses", ("inspect",))
            # zipfile (the EPUB's and python-docx's writer) and the shutil it imports import
            # bz2 and lzma in case a member is compressed so (~3 M instructions); ours are
            # stored or deflated, and a stand-in imports either module when it is used.
            import_sparing("zipfile", ("bz2", "lzma"))
    try:
        return _main(argv)
    finally:
        if argv is None:
            # The console script exits right after this: spare the interpreter's final
            # garbage collection over every object the run created (~7 ms of a ~100 ms
            # one-file export). Nothing of ours relies on a cycle's finalizer at exit; files
            # are closed and renamed before this point.
            import gc

            gc.freeze()


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser(_command_of(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    warnings.showwarning = _print_warning
    try:
        return args.func(args)
    except SyndicateError as exc:
        print(f"syndicate: {exc.category}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("syndicate: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our stdout went away (e.g. `| head`): not an error of ours.
        sys.stderr.close()
        return 0
    except Exception as exc:
        if os.environ.get("SYNDICATE_DEBUG"):
            raise
        print(
            f"syndicate: internal error: {type(exc).__name__}: {' '.join(str(exc).split())} "
            "(a bug; rerun with SYNDICATE_DEBUG=1 for details and please report it)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
