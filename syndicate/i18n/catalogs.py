"""Rebuild the message catalogs: ``python -m syndicate.i18n.catalogs [extract|compile|all]``.

- ``extract`` collects every interface message from the code (calls of
  ``gettext(...)`` and ``N_(...)`` in ``syndicate/``) into ``locale/syndicate.pot``
  and merges it into each language's ``syndicate.po`` (new messages arrive
  untranslated; messages no longer used are dropped);
- ``compile`` writes each ``syndicate.mo`` from its ``.po``; a ``.po`` with
  untranslated messages is reported (its language falls back to English words
  for them), a broken one stops the build;
- ``cldr`` writes ``locale/cldr.json``, the CLDR date and list data of those
  languages (see :mod:`syndicate.i18n.cldr`);
- ``all`` (the default) does all three.

Babel does the work (it is a dependency of syndicate anyway, for dates). The
``.mo`` files are committed so that an installed syndicate needs no build step.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import DOMAIN, LOCALE_DIR

_PACKAGE = Path(__file__).resolve().parent.parent
_KEYWORDS = {"gettext": None, "N_": None}


def extract() -> None:
    """Write ``syndicate.pot`` from the code and merge it into every ``.po``."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po, write_po

    template = Catalog(project="syndicate", charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
        str(_PACKAGE), method_map=[("**.py", "python")], keywords=_KEYWORDS
    ):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    with (LOCALE_DIR / f"{DOMAIN}.pot").open("wb") as out:
        write_po(out, template, omit_header=False, sort_output=True, no_location=True)
    for po_path in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with po_path.open("rb") as handle:
            catalog = read_po(handle)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        with po_path.open("wb") as out:
            write_po(out, catalog, sort_output=True, no_location=True, width=100)
    print(f"extracted {len(template)} messages into {len(list(LOCALE_DIR.glob('*/')))} catalogs")


def cldr_table() -> None:
    """Write ``locale/cldr.json``: the CLDR values the exporters use, per catalog language."""
    import json

    from babel import Locale
    from babel.dates import get_date_format, get_datetime_format

    from . import catalog_languages
    from .cldr import table_path

    table = {}
    for language in catalog_languages():
        locale = Locale.parse(language)
        months = locale.months["format"]
        alone = locale.months["stand-alone"]
        lists = locale.list_patterns["standard"]
        table[language] = {
            "date": get_date_format("long", locale=locale).pattern,
            "months": [months["wide"][m] for m in range(1, 13)],
            "months_abbr": [months["abbreviated"][m] for m in range(1, 13)],
            "standalone_months": [alone["wide"][m] for m in range(1, 13)],
            "standalone_months_abbr": [alone["abbreviated"][m] for m in range(1, 13)],
            "era": locale.eras["abbreviated"][1],
            "datetime": str(get_datetime_format("medium", locale=locale)),
            "list": {k: lists[k] for k in ("2", "start", "middle", "end")},
        }
    text = json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True)
    table_path().write_text(text + "\n", encoding="utf-8")
    print(f"wrote CLDR data for {len(table)} languages")


def compile_all() -> int:
    """Write every ``.mo``; returns the number of untranslated messages found."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    missing = 0
    for po_path in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        language = po_path.parent.parent.name
        with po_path.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        untranslated = [m.id for m in catalog if m.id and not m.string]
        for message in untranslated:
            print(f"{language}: untranslated: {message}", file=sys.stderr)
        missing += len(untranslated)
        with po_path.with_suffix(".mo").open("wb") as out:
            write_mo(out, catalog, use_fuzzy=False)
    return missing


def main(argv: list[str] | None = None) -> int:
    """The command line of the catalog builder."""
    parser = argparse.ArgumentParser(prog="python -m syndicate.i18n.catalogs")
    parser.add_argument(
        "step", nargs="?", choices=("extract", "compile", "cldr", "all"), default="all"
    )
    args = parser.parse_args(argv)
    if args.step in ("extract", "all"):
        extract()
    if args.step in ("cldr", "all"):
        cldr_table()
    if args.step in ("compile", "all"):
        missing = compile_all()
        print(f"compiled; {missing} untranslated message(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
