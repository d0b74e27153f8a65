"""The PDF page style: the theme file ``pdf/style.yaml`` and the paragraph styles built from it.

The built-in ``templates/pdf/style.yaml`` holds every value; a user's theme
file overrides any subset of its keys. Values are checked here so that a typo
in a theme is a one-line usage error, not a reportlab traceback.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..templates import builtin_templates_dir, find_template
from .pdf_fonts import FontFamily

__all__ = ["STYLE_FILE", "PageStyle", "Styles", "load_page_style", "make_styles"]

STYLE_FILE = "pdf/style.yaml"
"""The theme file's name inside a template folder."""

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_MM = 72 / 25.4


@dataclass(frozen=True)
class PageStyle:
    """Checked values of the theme file, lengths in points."""

    margins: tuple[float, float, float, float]
    """Top, right, bottom, left."""
    header_offset: float
    footer_offset: float
    sizes: dict[str, float]
    colours: dict[str, str]
    max_figure_fraction: float


def _read_yaml(path: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"PDF style {str(path)!r} cannot be read: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise UsageError(f"PDF style {str(path)!r} must be a mapping of sections")
    return data


def _merge(base: dict[str, Any], override: dict[str, Any], where: str) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if key not in base:
            raise UsageError(f"PDF style: unknown key {where}{key!r}")
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise UsageError(f"PDF style: {where}{key!r} must be a mapping")
            out[key] = _merge(base[key], value, f"{where}{key}.")
        else:
            out[key] = value
    return out


# Parsed theme files, keyed by which files were read and their modification stamps:
# YAML parsing costs a few milliseconds per document, more than a short article's layout
# budget allows in a batch, while a theme edited between two exports is still noticed.
_PAGE_CACHE: dict[tuple[Any, ...], PageStyle] = {}
_STYLES_CACHE: dict[tuple[int, FontFamily], Styles] = {}
_CACHE_LOCK = threading.Lock()
_CACHE_LIMIT = 64


def _stamp(path: Path) -> tuple[str, int, int] | None:
    """What identifies one version of a file: its path, modification time and size."""
    try:
        info = path.stat()
    except OSError:
        # Unreadable: not cached, so reading it reports the error every time.
        return None
    return (str(path), info.st_mtime_ns, info.st_size)


def load_page_style(template_dir: str | None) -> PageStyle:
    """The built-in style, overridden by ``template_dir``'s ``pdf/style.yaml`` when present.

    Parsed once per version of the files involved (path, modification time, size).
    """
    builtin = builtin_templates_dir() / STYLE_FILE
    chosen = find_template(STYLE_FILE, template_dir) if template_dir else builtin
    files = [builtin] if chosen.resolve() == builtin.resolve() else [builtin, chosen]
    stamps = tuple(_stamp(f) for f in files)
    key = (template_dir, stamps) if all(stamps) else None
    if key is not None:
        with _CACHE_LOCK:
            cached = _PAGE_CACHE.get(key)
        if cached is not None:
            return cached
    page = _load_page_style(files)
    if key is not None:
        with _CACHE_LOCK:
            if len(_PAGE_CACHE) >= _CACHE_LIMIT:
                _PAGE_CACHE.clear()
            _PAGE_CACHE[key] = page
    return page


def _load_page_style(files: list[Path]) -> PageStyle:
    """Parse and check the built-in theme file, overridden by the user's when there is one."""
    data = _read_yaml(files[0])
    for override in files[1:]:
        data = _merge(data, _read_yaml(override), "")
    try:
        page = data["page"]
        sizes = {k: _number(v, f"sizes.{k}") for k, v in data["sizes"].items()}
        colours = {k: _colour(v, f"colours.{k}") for k, v in data["colours"].items()}
        margins = tuple(
            _number(page[f"margin_{side}_mm"], f"page.margin_{side}_mm") * _MM
            for side in ("top", "right", "bottom", "left")
        )
        fraction = _number(data["figure"]["max_height_fraction"], "figure.max_height_fraction")
        return PageStyle(
            margins=margins,  # type: ignore[arg-type]
            header_offset=_number(page["header_offset_mm"], "page.header_offset_mm") * _MM,
            footer_offset=_number(page["footer_offset_mm"], "page.footer_offset_mm") * _MM,
            sizes=sizes,
            colours=colours,
            max_figure_fraction=min(fraction, 1.0),
        )
    except KeyError as exc:
        raise UsageError(f"PDF style: missing key {exc.args[0]!r}") from None


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1000:
        raise UsageError(f"PDF style: {where} must be a positive number, got {value!r}")
    return float(value)


def _colour(value: Any, where: str) -> str:
    if not isinstance(value, str) or not _COLOUR.fullmatch(value):
        raise UsageError(f"PDF style: {where} must be a colour like #1b1b1b, got {value!r}")
    return value


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document."""

    title: Any
    dek: Any
    byline: Any
    dates: Any
    body: Any
    body_cont: Any
    """A piece of a long paragraph cut for layout: no space before, no indent."""
    heading: Any
    figure_missing: Any
    caption: Any
    credit: Any
    quote: Any
    attribution: Any
    list_item: Any
    credit_line: Any
    about_heading: Any
    about_name: Any
    about_bio: Any
    rights: Any
    page: PageStyle
    family: FontFamily


def make_styles(page: PageStyle, family: FontFamily) -> Styles:
    """Paragraph styles for ``page`` in ``family``; every font is the family's own.

    Built once per (page style, family): a cached :class:`PageStyle` is the same object
    for every document, and reportlab only reads paragraph styles (the layout derives
    changed copies with ``clone``), so documents can share them.
    """
    key = (id(page), family)
    with _CACHE_LOCK:
        cached = _STYLES_CACHE.get(key)
        # The id of a dropped page style may be reused: check it is the same object.
        if cached is not None and cached.page is page:
            return cached
    styles = _make_styles(page, family)
    with _CACHE_LOCK:
        if len(_STYLES_CACHE) >= _CACHE_LIMIT:
            _STYLES_CACHE.clear()
        _STYLES_CACHE[key] = styles
    return styles


def _make_styles(page: PageStyle, family: FontFamily) -> Styles:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    s = page.sizes
    c = {k: HexColor(v) for k, v in page.colours.items()}
    base = ParagraphStyle(
        "syn-base",
        fontName=family.regular,
        fontSize=s["body"],
        leading=s["body_leading"],
        textColor=c["text"],
        alignment=TA_LEFT,
        # Bullets default to Helvetica, which is never embedded: use the family.
        bulletFontName=family.regular,
        allowWidows=0,
        allowOrphans=0,
        splitLongWords=1,
    )

    def derive(name: str, **kw: Any) -> Any:
        return ParagraphStyle(f"syn-{name}", parent=base, **kw)

    body = derive("body", spaceAfter=s["paragraph_space"])
    return Styles(
        title=derive(
            "title",
            fontName=family.bold,
            fontSize=s["title"],
            leading=s["title_leading"],
            spaceAfter=8,
        ),
        dek=derive(
            "dek",
            fontName=family.italic,
            fontSize=s["dek"],
            leading=s["dek_leading"],
            textColor=c["muted"],
            spaceAfter=8,
        ),
        byline=derive("byline", fontSize=s["byline"], leading=s["byline"] * 1.35),
        dates=derive(
            "dates",
            fontSize=s["byline"],
            leading=s["byline"] * 1.35,
            textColor=c["muted"],
            spaceAfter=10,
        ),
        body=body,
        body_cont=derive("body-cont", spaceBefore=0, spaceAfter=0),
        heading=derive(
            "heading",
            fontName=family.bold,
            fontSize=s["heading"],
            leading=s["heading_leading"],
            textColor=c["accent"],
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        figure_missing=derive(
            "figure-missing",
            fontName=family.italic,
            fontSize=s["caption"],
            leading=s["caption_leading"],
            textColor=c["muted"],
            borderColor=c["rule"],
            borderWidth=0.5,
            borderPadding=5,
            # reportlab draws the border outside the text by its padding: indent the text
            # by as much, so that the box, not the text, fills the column.
            leftIndent=5,
            rightIndent=5,
            backColor=c["box_background"],
            spaceBefore=6,
            spaceAfter=6,
        ),
        caption=derive(
            "caption",
            fontSize=s["caption"],
            leading=s["caption_leading"],
            textColor=c["muted"],
            spaceBefore=3,
        ),
        credit=derive(
            "credit",
            fontName=family.italic,
            fontSize=s["credit"],
            leading=s["credit"] * 1.3,
            textColor=c["credit"],
            alignment=TA_RIGHT,
            spaceAfter=10,
        ),
        quote=derive(
            "quote",
            fontName=family.italic,
            fontSize=s["quote"],
            leading=s["quote_leading"],
            leftIndent=18,
            rightIndent=12,
            spaceBefore=6,
            spaceAfter=2,
        ),
        attribution=derive(
            "attribution",
            fontSize=s["byline"],
            leading=s["byline"] * 1.35,
            textColor=c["muted"],
            leftIndent=18,
            rightIndent=12,
            spaceAfter=10,
        ),
        list_item=derive(
            "list-item", leftIndent=18, bulletIndent=5, spaceAfter=2, bulletFontSize=s["body"]
        ),
        credit_line=derive(
            "credit-line",
            fontName=family.italic,
            fontSize=s["byline"],
            leading=s["byline"] * 1.4,
            spaceBefore=10,
            spaceAfter=10,
        ),
        about_heading=derive(
            "about-heading",
            fontName=family.bold,
            fontSize=s["byline"] + 1,
            leading=(s["byline"] + 1) * 1.3,
            textColor=c["accent"],
            spaceAfter=3,
        ),
        about_name=derive("about-name", fontSize=s["byline"], leading=s["byline"] * 1.35),
        about_bio=derive(
            "about-bio",
            fontSize=s["byline"],
            leading=s["byline"] * 1.35,
            textColor=c["muted"],
            spaceAfter=3,
        ),
        rights=derive(
            "rights",
            fontSize=s["credit"],
            leading=s["credit"] * 1.35,
            textColor=c["muted"],
            spaceBefore=8,
        ),
        page=page,
        family=family,
    )
