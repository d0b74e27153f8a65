"""Fonts for the PDF exporter: an embedded Unicode TrueType family, registered once.

The default is DejaVu Serif (regular, bold, italic, bold italic; Latin, Greek,
Cyrillic), whose files ship inside syndicate (``syndicate/fonts/dejavu``, with
their licence), as does DejaVu Sans. Text in other scripts gets a font of its
own run by run (:mod:`.pdf_scripts`). The PDF standard-14 fonts (Helvetica,
Times…) are never used, because they are not embedded and cover little beyond
Latin-1.

A user may choose another family: a folder holding its TrueType files, or the
name of a family already registered with reportlab whose faces are TrueType.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError

__all__ = ["DEFAULT_FAMILY", "FontFamily", "dejavu_dir", "resolve_family"]

DEFAULT_FAMILY = "DejaVuSerif"
"""The family used when the user names none."""

# Built-in families: name -> file names of (regular, bold, italic, bold italic).
_DEJAVU: dict[str, tuple[str, str, str, str]] = {
    "DejaVuSerif": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "DejaVuSans": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
}
_ALIASES = {
    "dejavuserif": "DejaVuSerif",
    "dejavu serif": "DejaVuSerif",
    "serif": "DejaVuSerif",
    "dejavusans": "DejaVuSans",
    "dejavu sans": "DejaVuSans",
    "sans": "DejaVuSans",
    "sans-serif": "DejaVuSans",
}

# reportlab's font registry is process-global; registering is not thread-safe.
_LOCK = threading.Lock()
_CACHE: dict[str, FontFamily] = {}


@dataclass(frozen=True)
class FontFamily:
    """The reportlab font names of one registered family's four faces."""

    name: str
    """The family name paragraphs use (``<b>``/``<i>`` map to the faces below)."""
    regular: str
    bold: str
    italic: str
    bold_italic: str


def dejavu_dir() -> Path:
    """The folder of DejaVu TrueType files shipped inside syndicate."""
    return Path(__file__).resolve().parent.parent / "fonts" / "dejavu"


def resolve_family(spec: str | None) -> FontFamily:
    """Register (once per process) and return the font family named by ``spec``.

    ``spec`` is None (DejaVu Serif), a built-in name (``DejaVuSerif``,
    ``DejaVuSans``), a folder of ``.ttf`` files, or a family registered with
    reportlab whose faces are TrueType fonts.
    """
    key = (spec or DEFAULT_FAMILY).strip()
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            return cached
        family = _resolve(key)
        _CACHE[key] = family
        return family


def _resolve(key: str) -> FontFamily:
    builtin = _ALIASES.get(key.lower(), key if key in _DEJAVU else None)
    if builtin is not None:
        folder = dejavu_dir()
        files = tuple(folder / name for name in _DEJAVU[builtin])
        return _register(f"Syn{builtin}", files)  # type: ignore[arg-type]
    path = Path(key).expanduser()
    if path.is_dir():
        return _register_folder(path)
    return _registered(key)


def _register_folder(folder: Path) -> FontFamily:
    faces: dict[str, Path] = {}
    for file in sorted(folder.iterdir()):
        if file.suffix.lower() not in (".ttf", ".otf") or not file.is_file():
            continue
        faces.setdefault(_face_of(file.stem), file)
    if "regular" not in faces:
        raise UsageError(
            f"font folder {str(folder)!r} has no regular TrueType face "
            "(expected a .ttf whose name does not say Bold or Italic)"
        )
    regular = faces["regular"]
    files = (
        regular,
        faces.get("bold", regular),
        faces.get("italic", regular),
        faces.get("bold_italic", faces.get("bold", regular)),
    )
    # A stable digest of the resolved path keeps two folders apart; hash() would
    # change between processes and break byte-reproducible output.
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    return _register(f"SynUser{digest[:10]}", files)


def _face_of(stem: str) -> str:
    """Classify a font file by its name: regular, bold, italic or bold_italic."""
    lowered = stem.lower().replace("_", "").replace("-", "").replace(" ", "")
    bold = "bold" in lowered
    italic = "italic" in lowered or "oblique" in lowered
    if bold and italic:
        return "bold_italic"
    if bold:
        return "bold"
    if italic:
        return "italic"
    return "regular"


def _register(family: str, files: tuple[Path, Path, Path, Path]) -> FontFamily:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    names = (family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in zip(names, files, strict=True):
        if name in registered:
            continue
        if not file.is_file():
            raise UsageError(f"font file {str(file)!r} not found")
        try:
            pdfmetrics.registerFont(TTFont(name, str(file)))
        except (TTFError, OSError, ValueError) as exc:
            raise UsageError(f"font file {str(file)!r} cannot be used: {exc}") from None
    pdfmetrics.registerFontFamily(
        family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
    )
    return FontFamily(family, *names)


def _registered(name: str) -> FontFamily:
    """A family the caller registered with reportlab; its faces must be embeddable TrueType."""
    from reportlab.lib import fonts
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    faces = []
    for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
        try:
            face = fonts.tt2ps(name, bold, italic)
        except (KeyError, ValueError):
            face = name if (bold, italic) == (0, 0) else None
        faces.append(face)
    if faces[0] is None:
        raise UsageError(_unknown(name))
    resolved = []
    for face in faces:
        try:
            font = pdfmetrics.getFont(face or faces[0])
        except (KeyError, ValueError, AttributeError):
            raise UsageError(_unknown(name)) from None
        if not isinstance(font, TTFont):
            # Standard-14 and Type 1 fonts are not embedded: refuse them.
            raise UsageError(
                f"font family {name!r} is not an embeddable TrueType family; "
                "choose a folder of .ttf files"
            )
        resolved.append(font.fontName)
    return FontFamily(name, *resolved)


def _unknown(name: str) -> str:
    return (
        f"unknown font family {name!r}: use DejaVuSerif, DejaVuSans, "
        "or a folder holding the family's .ttf files"
    )
