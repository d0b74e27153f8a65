"""The package around a DOCX body: the reference document it starts from, core properties,
and the final clean-up of the zip.

The reference (the user's ``--reference-docx``, a theme's ``docx/reference.docx`` or
the built-in one) is read and checked once per process and cached as bytes; each
export opens a fresh python-docx document from those bytes and empties its body,
keeping its styles, page setup, headers and footers, and :func:`describe_ourselves`
removes what describes the reference instead of the export (its thumbnail, its page and
word counts). After python-docx has saved, :func:`finish_package` pins every zip entry
time under ``SOURCE_DATE_EPOCH``.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.parts.styles import StylesPart
from docx.styles.style import BaseStyle, StyleFactory

from ..errors import UsageError
from ..i18n import Interface
from ..model import Article, to_utc
from ..reproducible import (
    ReusingZipFile,
    StampedZipFile,
    build_datetime,
    normalize_zip,
    zip_date_time,
)
from ..templates import find_template
from ..textclean import clean_text
from .docx_lang import set_styles_language
from .docx_styles import STYLES, ensure_styles, style_elements

__all__ = [
    "MAX_REFERENCE_BYTES",
    "MAX_REFERENCE_UNPACKED",
    "REFERENCE_TEMPLATE",
    "anthology_title",
    "base_document",
    "describe_ourselves",
    "finish_package",
    "save_package",
    "set_core_properties",
]

REFERENCE_TEMPLATE = "docx/reference.docx"
"""The default reference document, looked up in the theme folder then ``templates/``."""

MAX_REFERENCE_BYTES = 50 * 1024 * 1024
"""A reference document larger than this is refused (it is a style sheet, not a book)."""
MAX_REFERENCE_UNPACKED = 200 * 1024 * 1024
"""Total uncompressed size allowed inside a reference document (zip-bomb guard)."""

_CORE_LIMIT = 255  # python-docx refuses longer core-property strings


# -- the reference document ------------------------------------------------------


def _reference_path(reference_docx: str | None, template_dir: str | None) -> tuple[Path, str]:
    if reference_docx:
        return Path(reference_docx), f"--reference-docx {reference_docx}"
    path = find_template(REFERENCE_TEMPLATE, template_dir)
    return path, f"reference document {path}"


def _reference_bytes(reference_docx: str | None, template_dir: str | None) -> tuple[bytes, str]:
    path, label = _reference_path(reference_docx, template_dir)
    try:
        stat = path.stat()
    except OSError as exc:
        raise UsageError(f"{label}: cannot be read ({exc.strerror})") from None
    if not path.is_file():
        raise UsageError(f"{label}: not a file")
    if stat.st_size > MAX_REFERENCE_BYTES:
        raise UsageError(f"{label}: larger than {MAX_REFERENCE_BYTES // 2**20} MiB")
    return _read_reference(str(path.resolve()), stat.st_size, stat.st_mtime_ns, label), label


@lru_cache(maxsize=8)
def _read_reference(path: str, size: int, mtime_ns: int, label: str) -> bytes:
    # Read and checked once per process; size and mtime in the key catch edits.
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"{label}: cannot be read ({exc.strerror})") from None
    return _prepare_reference(data, label)


_TEMPLATE_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _prepare_reference(data: bytes, label: str) -> bytes:
    """Check the zip before python-docx reads it; turn a .dotx template into a document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            total = sum(info.file_size for info in infos)
            if len(infos) > 10_000 or total > MAX_REFERENCE_UNPACKED:
                raise UsageError(f"{label}: unpacks to more than a reference document may hold")
            names = {info.filename for info in infos}
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                raise UsageError(f"{label}: not a Word .docx file")
            content_types = archive.read("[Content_Types].xml")
            if _TEMPLATE_MAIN not in content_types:
                return data
            # A .dotx differs from a .docx only in its main part's content type.
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for info in infos:
                    body = archive.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        body = body.replace(_TEMPLATE_MAIN, _DOCUMENT_MAIN)
                    target.writestr(info, body)
            return out.getvalue()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError):
        raise UsageError(f"{label}: not a Word .docx file (not a valid zip)") from None


def base_document(
    reference_docx: str | None, template_dir: str | None, language: str | None = None
) -> tuple[Document, dict[str, BaseStyle]]:
    """A fresh document from the reference (its styles and sections, an empty body),
    with the styles the exporter uses, by name.

    ``reference_docx`` is the user's file; None means ``docx/reference.docx`` from
    ``template_dir``, else the built-in one. Problems are one-line :class:`UsageError`.

    ``language``, from a caller that gives the document that language's defaults
    (:func:`~syndicate.exporters.docx_lang.set_document_language`) and changes no style
    after that, as the DOCX exporter does: the document's styles part is then one made
    once per language and shared by every such document of the process, not a copy (see
    :func:`_language_styles`). The caller must not edit it.
    """
    data, label = _reference_bytes(reference_docx, template_dir)
    prepared, positions, languages = _prepared(data, label)
    # A deep copy of the prepared reference costs half of opening it again; the parts
    # nothing changes after preparing are shared with it, not copied (see _shared).
    memo = _shared(prepared)
    if language is not None and positions is not None:
        shared = _language_styles(prepared, positions, languages, language)
        if shared is not None:
            source, part, styles = shared
            memo[id(source)] = part
            return copy.deepcopy(prepared, memo), dict(styles)
    document = copy.deepcopy(prepared, memo)
    if positions is None:
        return document, ensure_styles(document)
    # The copy holds the prepared document's styles in the same order, every one of ours
    # among them: ensure_styles would find each where it is in the prepared one. Taken by
    # position instead of reading every style's name again (a tenth of a DOCX export).
    elements = list(document.styles.element.iterchildren(qn("w:style")))
    return document, {name: StyleFactory(elements[at]) for name, at in positions.items()}


def _shared(prepared: Document) -> dict[int, Any]:
    """A ``deepcopy`` memo that keeps the prepared package's part names and plain parts.

    Part names are strings; a plain part (theme, font table, web settings, custom XML,
    the app properties once :func:`describe_ourselves` has run) holds bytes an export
    never changes, nor its relationships. Every part an export edits (document, styles,
    settings, numbering, core properties, headers and footers) is an ``XmlPart`` and is
    copied as before. Built for each copy: ``deepcopy`` adds to the memo it is given.
    """
    memo: dict[int, Any] = {}
    for part in prepared.part.package.iter_parts():
        memo[id(part.partname)] = part.partname
        if type(part) is Part:
            memo[id(part)] = part
    return memo


class _LanguageStyles(StylesPart):
    """A styles part made once per document language from the prepared reference's, shared
    by the documents of that language; its XML is serialised once, when it is made."""

    def __init__(self, source: StylesPart, language: str) -> None:
        element = copy.deepcopy(source.element)
        set_styles_language(element, language)
        super().__init__(source.partname, source.content_type, element, source.package)
        self._serialised: bytes = serialize_part_xml(element)

    @property
    def blob(self) -> bytes:
        """The part's XML, as :class:`StylesPart` would serialise it (it is never edited)."""
        return self._serialised


_LANGUAGES_KEPT = 32
"""Styles parts kept per prepared reference, one per document language."""

_LanguageEntry = tuple[StylesPart, _LanguageStyles, dict[str, BaseStyle]]


def _language_styles(
    prepared: Document,
    positions: dict[str, int],
    languages: dict[str, _LanguageEntry],
    language: str,
) -> _LanguageEntry | None:
    """(the prepared reference's styles part, the shared part for ``language``, our styles
    in it by name); None when the reference's styles part is not a plain one.

    Every DOCX of a batch copied the reference's styles part (42 KB of XML, ~1,100
    elements: lxml's copy ~3.9 M instructions an article) and serialised it again (~3 M),
    only to give it the same document language as the one before. The exporter never
    changes a style after :func:`set_document_language` (its paragraphs and runs name
    styles; lists number through the numbering part), and that function, run again on
    the shared part with the same language, changes nothing.
    """
    known = languages.get(language)
    if known is not None:
        return known
    try:
        source = prepared.part.part_related_by(RT.STYLES)
    except KeyError:
        return None
    if type(source) is not StylesPart or len(source.rels):
        return None
    part = _LanguageStyles(source, language)
    elements = list(part.element.iterchildren(qn("w:style")))
    styles = {name: StyleFactory(elements[at]) for name, at in positions.items()}
    if len(languages) >= _LANGUAGES_KEPT:
        del languages[next(iter(languages))]
    languages[language] = entry = (source, part, styles)
    return entry


@lru_cache(maxsize=4)
def _prepared(
    data: bytes, label: str
) -> tuple[Document, dict[str, int] | None, dict[str, _LanguageEntry]]:
    """The reference opened, its body emptied, our styles added: copied, never written.

    With it, where each of our styles is among its ``w:style`` elements (None when a copy
    could not simply look them up there: :func:`ensure_styles` is then run on the copy),
    and the styles parts made from it per document language (:func:`_language_styles`).
    """
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors…
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UsageError(f"{label}: not a usable Word document ({reason})") from None
    body = document.element.body
    for child in list(body):
        # Keep only the final section properties: page size, margins, header/footer links.
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    body.get_or_add_sectPr()
    describe_ourselves(document)
    ensure_styles(document)
    existing = style_elements(document)
    keys = {spec.name: spec.name.casefold() for spec in STYLES}
    if not all(key in existing for key in keys.values()):
        return document, None, {}
    elements = list(document.styles.element.iterchildren(qn("w:style")))
    positions = {name: elements.index(existing[key]) for name, key in keys.items()}
    return document, positions, {}


def anthology_title(articles: Sequence[Article], ui: Interface) -> str:
    """The default title of several articles in one document, in the interface's language."""
    # The EPUB digest's default too, so one anthology has one name in every format.
    dates = [d for a in articles if a.published and (d := to_utc(a.published))]
    if dates:
        return ui.gettext("News digest, {date}").format(date=ui.format_day(max(dates).date()))
    return ui.gettext("News digest")


# -- core properties and the package ---------------------------------------------


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value and value not in seen:
            seen[value] = None
    return list(seen)


def _core_text(value: str) -> str:
    # Core properties are single-line and python-docx caps them at 255 characters.
    text = " ".join(value.split())
    return text if len(text) <= _CORE_LIMIT else text[: _CORE_LIMIT - 1] + "…"


def _document_dates(articles: Sequence[Article], epoch: int | None) -> tuple[datetime, datetime]:
    """(created, modified): pinned by SOURCE_DATE_EPOCH, else from the articles' dates."""
    if epoch is not None:
        when = build_datetime(epoch)
        return when, when
    published = [d for a in articles if a.published and (d := to_utc(a.published))]
    updated = [d for a in articles if a.updated and (d := to_utc(a.updated))]
    if not published and not updated:
        now = build_datetime(None)
        return now, now
    created = min(published or updated)
    return created, max([*published, *updated])


def set_core_properties(
    document: Document,
    articles: Sequence[Article],
    title: str | None,
    epoch: int | None,
    ui: Interface,
) -> None:
    """Fill every core property from the articles (``title`` names an anthology)."""
    first = articles[0]
    props = document.core_properties
    if len(articles) == 1:
        title = first.display_title
        subject = first.subtitle or ""
        identifier = first.identifier
    else:
        title = clean_text(title, "title option") if title else ""
        title = title or anthology_title(articles, ui)
        subject = "; ".join(a.display_title for a in articles)
        identifier = ""
    authors = _unique(p.name for a in articles for p in a.authors)
    tags = _unique(t for a in articles for t in a.tags)
    urls = _unique(a.url or "" for a in articles)
    props.title = _core_text(title)
    props.author = _core_text("; ".join(authors))
    props.subject = _core_text(subject)
    props.keywords = _core_text(", ".join(tags))
    # The first tag is, for scraped news, the section the article was filed under.
    props.category = _core_text(tags[0] if tags else "")
    comment = (
        ui.gettext("Exported by syndicate from {urls}").format(urls=", ".join(urls))
        if urls
        else ui.gettext("Exported by syndicate")
    )
    props.comments = _core_text(comment)
    props.identifier = _core_text(identifier)
    props.language = _core_text(first.language)
    props.last_modified_by = "syndicate"
    props.content_status = ""
    props.version = ""
    props.revision = 1
    created, modified = _document_dates(articles, epoch)
    props.created = created
    props.modified = modified
    # A user's reference document may say when *it* was last printed; not ours to keep.
    element = props._element  # python-docx has no way to remove a property
    for printed in element.findall(qn("cp:lastPrinted")):
        element.remove(printed)


_STALE_APP_PROPERTIES = frozenset(
    {
        "Pages",
        "Words",
        "Characters",
        "CharactersWithSpaces",
        "Lines",
        "Paragraphs",
        "TotalTime",
        "HeadingPairs",
        "TitlesOfParts",
        "AppVersion",
        "DocSecurity",
    }
)
_THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"


def describe_ourselves(document: Document) -> None:
    """Drop what describes the reference document instead of ours, before saving.

    The reference's thumbnail shows *its* first page and ``docProps/app.xml``
    carries its page and word counts and the application that saved it. Done on
    python-docx's package rather than on the saved zip: rewriting the zip compressed
    every part a second time (a sixth of an export).
    """
    from lxml import etree

    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == _THUMBNAIL_REL:
            package.rels.pop(rid)  # a part no relationship names is not saved
    app_part = next(
        (part for part in package.iter_parts() if part.partname == "/docProps/app.xml"), None
    )
    if app_part is None:
        return
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    app = etree.fromstring(app_part.blob, parser)
    application = None
    for child in list(app):
        local = etree.QName(child).localname
        if local in _STALE_APP_PROPERTIES:
            app.remove(child)
        elif local == "Application":
            application = child
    if application is None:
        application = etree.SubElement(app, etree.QName(app, "Application"))
    application.text = "syndicate"
    # python-docx keeps a part it does not model as bytes and has no setter for them.
    app_part._blob = etree.tostring(app, xml_declaration=True, encoding="UTF-8", standalone=True)


class _PartWriter:
    """What python-docx's package writer writes each part through (its "physical" writer),
    here into a zip that reuses the compressed bytes of unchanged parts."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self._archive.writestr(pack_uri.membername, blob)


def save_package(document: Document, stream: IO[bytes], when: datetime | None) -> None:
    """``document.save(stream)`` then :func:`finish_package`, in one pass and the same bytes.

    python-docx deflates every part for each document, the reference's theme, font table,
    styles and settings included, which a batch writes unchanged into every DOCX (~5 % of
    an article's work); :class:`~syndicate.reproducible.ReusingZipFile` deflates each once.
    With ``when`` (``SOURCE_DATE_EPOCH``) the entries are dated as :func:`normalize_zip`
    dates them, without rewriting the archive. The parts go through python-docx's own
    package writer steps, in its order; a python-docx without them saves as before.
    """
    try:
        from docx.opc.pkgwriter import PackageWriter

        steps = (
            PackageWriter._write_content_types_stream,
            PackageWriter._write_pkg_rels,
            PackageWriter._write_parts,
        )
    except (ImportError, AttributeError):
        buffer = io.BytesIO()
        document.save(buffer)
        stream.write(finish_package(buffer.getvalue(), when))
        return
    package = document.part.package
    # What OpcPackage.save does before PackageWriter.write.
    for part in package.parts:
        part.before_marshal()
    archive: zipfile.ZipFile
    if when is None:
        archive = ReusingZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED)
    else:
        archive = StampedZipFile(
            stream, "w", compression=zipfile.ZIP_DEFLATED, date_time=zip_date_time(when)
        )
    with archive:
        writer = _PartWriter(archive)
        parts = package.parts
        steps[0](writer, parts)
        steps[1](writer, package.rels)
        steps[2](writer, parts)


def finish_package(data: bytes, when: datetime | None) -> bytes:
    """The saved package as written, its zip entry times pinned under ``SOURCE_DATE_EPOCH``."""
    return normalize_zip(data, when) if when is not None else data
