"""Round 22 (speed): modules a one-article export no longer imports; the same results."""

from __future__ import annotations

import html
import io
import json
import subprocess
import sys
import zipfile
from datetime import datetime

import pytest

from syndicate._jsonload import loads
from syndicate.htmlbody import escape
from syndicate.readers.language.datelibs import iso_of, tzinfos
from syndicate.readers.language.datetext import DateParts

_TEXTS = [
    "",
    "plain words",
    'Fish & Chips <b>"quoted"</b> it\'s',
    "&amp; already escaped &lt;",
    "'''\"\"\"<<>>&&",
    "Évora – “smart” ‘quotes’ & ©",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_escape_is_html_escape(text: str) -> None:
    assert escape(text) == html.escape(text)
    assert escape(text, quote=False) == html.escape(text, quote=False)


@pytest.mark.parametrize(
    "text",
    [
        '{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9"]}',
        '  \n{"nested": {"k": ["v"]}}\r\n\t',
        "[]",
        "1",
        '"s"',
        "NaN",
        '{"big": 123456789012345678901234567890}',
    ],
)
def test_loads_is_json_loads(text: str) -> None:
    assert repr(loads(text)) == repr(json.loads(text))


@pytest.mark.parametrize("text", ["", "   ", '{"a": 1} x', "\ufeff{}", "[1,", "nul", '{"a" 1}'])
def test_loads_raises_json_error(text: str) -> None:
    with pytest.raises(json.JSONDecodeError) as ours:
        loads(text)
    with pytest.raises(json.JSONDecodeError) as theirs:
        json.loads(text)
    assert str(ours.value) == str(theirs.value)


@pytest.mark.parametrize("zone", ["GMT", "UTC", "Z", "CET", "BST", "IST", "ET", "PT", "XYZ"])
@pytest.mark.parametrize("month", [1, 7])
def test_iso_of_zone_as_tzinfos_gives(zone: str, month: int) -> None:
    # A fixed offset is now looked up without tzinfos(); the answer must be the one it gives.
    found = tzinfos().get("UTC" if zone == "Z" else zone)
    expected = datetime(2025, month, 4, 14, 32, tzinfo=found).isoformat()  # type: ignore[arg-type]
    assert iso_of(DateParts(2025, month, 4, 14, 32, None, zone, "test")) == expected


def test_fixed_zone_does_not_load_zoneinfo() -> None:
    code = (
        "import sys\n"
        "from syndicate.readers.language.datelibs import iso_of\n"
        "from syndicate.readers.language.datetext import DateParts\n"
        "print(iso_of(DateParts(2025, 3, 4, 14, 32, None, 'GMT', 'x')))\n"
        "print('zoneinfo' in sys.modules, 'json' in sys.modules)\n"
        "from syndicate.i18n import cldr, scripts\n"
        "cldr.locale_data(('en',)); scripts.direction('ar')\n"
        "print('json' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:3] == ["2025-03-04T14:32:00+00:00", "False False", "False"]


def test_zipfile_with_stand_ins_still_writes_bzip2_and_lzma() -> None:
    code = (
        "import io, sys\n"
        "from syndicate._standin import import_sparing\n"
        "import_sparing('zipfile', ('bz2', 'lzma'))\n"
        "import zipfile\n"
        "print('bz2' in sys.modules, 'lzma' in sys.modules)\n"
        "out = io.BytesIO()\n"
        "with zipfile.ZipFile(out, 'w') as z:\n"
        "    z.writestr('a', b'x' * 500, compress_type=zipfile.ZIP_BZIP2)\n"
        "    z.writestr('b', b'y' * 500, compress_type=zipfile.ZIP_LZMA)\n"
        "sys.stdout.buffer.write(out.getvalue())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    first, data = done.stdout.split(b"\n", 1)
    assert first == b"False False"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.read("a") == b"x" * 500
        assert z.read("b") == b"y" * 500
