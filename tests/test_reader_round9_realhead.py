"""Header rules of round 9 taken from the kinds of miss seen on real whole-page dumps:
the headline a page prints again (breadcrumb, share widget) over a dek the decoder took,
checked on original invented pages in two languages."""

from __future__ import annotations

from syndicate.readers.language import stopwords
from syndicate.readers.plaintext import _Reader, parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import split_lines

_MENU = [
    "Riverside Courier",
    "* Home",
    "* Local",
    "* Sport",
    "* Weather",
    "Subscribe",
    "Log in",
    "Ten towpath walks for a spring weekend",
]

_EN_STORY = [
    "The lock keepers of the upper canal voted on Monday to open the flight of gates to "
    "pleasure boats two hours earlier through the summer, after a season of queues.",
    "Boat owners had waited up to three hours at the bottom gate on busy weekends, and "
    "several said they had turned back rather than spend the afternoon in line.",
    "The keepers' association said the earlier start would need one more volunteer on "
    "each shift and asked residents along the towpath to come forward before June.",
    "A trial of the new hours last September cut the longest wait to forty minutes, the "
    "association's secretary told the meeting in the village hall.",
]

_DE_STORY = [
    "Die Fähre zwischen den beiden Ufern des Stausees fährt ab dem kommenden Monat wieder "
    "im Stundentakt, wie der Zweckverband am Dienstag mitteilte.",
    "Im Winter war das Boot nur an Wochenenden unterwegs gewesen, weil zwei Kapitäne in "
    "den Ruhestand gegangen waren und die Nachfolge lange offen blieb.",
    "Nun habe man drei neue Schiffsführer gefunden, sagte die Geschäftsführerin des "
    "Verbands, und könne den Sommerfahrplan wie gewohnt anbieten.",
    "Die Preise für eine einfache Überfahrt bleiben unverändert bei vier Euro, Kinder "
    "unter zwölf Jahren fahren weiterhin kostenlos.",
]


def _dump(header: list[str], story: list[str], tail: list[str]) -> str:
    return "\n\n".join([*_MENU, *header, *story, *tail]) + "\n"


def _reader(text: str, lang: str) -> _Reader:
    lines = split_lines(text)
    reader = _Reader(lines, "<test>")
    reader.chrome = chrome_cues(lang)
    reader.features = line_features(lines, stopwords(lang), reader.chrome)
    return reader


def _index(reader: _Reader, text: str) -> int:
    return next(k for k, line in enumerate(reader.lines) if line.text == text)


_EN_HEADLINE = "Canal gates to open earlier for summer boats"
_EN_DEK = (
    "Keepers of the upper flight will start two hours sooner after a season of long "
    "queues at the bottom lock, and they want more volunteers."
)


def test_the_line_over_a_dek_printed_again_by_the_share_widget_is_the_headline() -> None:
    text = _dump(
        [_EN_HEADLINE, _EN_DEK, "By Orla Fennimore Updated May 3, 2026, 9:10am"],
        _EN_STORY,
        [f"Share {_EN_HEADLINE}", "* Contact us"],
    )
    reader = _reader(text, "en")
    dek = _index(reader, _EN_DEK)
    assert reader._echoed_above(dek, 0) == dek - 1
    # a lead photo's caption may stand between the headline and the dek
    text = _dump(
        [_EN_HEADLINE, "Boats wait below the gate. Photograph: Ilse Marren", _EN_DEK],
        _EN_STORY,
        [_EN_HEADLINE, "* Contact us"],
    )
    reader = _reader(text, "en")
    dek = _index(reader, _EN_DEK)
    assert reader._echoed_above(dek, 0) == dek - 2


def test_a_breadcrumb_ending_in_the_line_over_the_dek_names_the_headline() -> None:
    headline = "Fähre am Stausee fährt wieder stündlich"
    dek = (
        "Nach einem Winter mit eingeschränktem Betrieb hat der Zweckverband drei neue "
        "Schiffsführer eingestellt und kehrt zum gewohnten Sommerfahrplan zurück"
    )
    text = _dump([f"Startseite > Region > {headline}", headline, dek], _DE_STORY, [])
    reader = _reader(text, "de")
    assert reader._echoed_above(_index(reader, dek), 0) == _index(reader, headline)
    # the same pair with nothing printed again: no evidence either way
    reader = _reader(_dump([headline, dek], _DE_STORY, []), "de")
    assert reader._echoed_above(_index(reader, dek), 0) is None


def test_a_date_row_or_a_menu_item_printed_twice_is_no_headline() -> None:
    row = "Published on May 3, 2026 at 9:10am"
    reader = _reader(_dump([row, _EN_DEK], _EN_STORY, [row]), "en")
    assert reader._echoed_above(_index(reader, _EN_DEK), 0) is None
    # the dek printed again as well: nothing tells the two apart
    above = "Canal keepers meet in the village hall"
    reader = _reader(_dump([above, _EN_DEK], _EN_STORY, [above, _EN_DEK]), "en")
    assert reader._echoed_above(_index(reader, _EN_DEK), 0) is None


def test_headline_printed_twice_wins_over_its_dek() -> None:
    headline = "Canal gates to open earlier for summer boats"
    dek = (
        "Keepers of the upper flight will start two hours sooner after a season of long "
        "queues at the bottom lock, and they want more volunteers."
    )
    text = _dump(
        [headline, dek, "By Orla Fennimore Updated May 3, 2026, 9:10am"],
        _EN_STORY,
        [f"Share {headline}", "Most read", "* Contact us", "* Privacy policy"],
    )
    article = parse_plaintext(text)
    assert article.title == headline
    assert [p.name for p in article.authors] == ["Orla Fennimore"]


def test_breadcrumb_ending_in_the_headline_marks_it_over_the_dek() -> None:
    headline = "Fähre am Stausee fährt wieder stündlich"
    dek = (
        "Nach einem Winter mit eingeschränktem Betrieb hat der Zweckverband drei neue "
        "Schiffsführer eingestellt und kehrt zum gewohnten Sommerfahrplan zurück"
    )
    text = _dump(
        [f"Startseite > Region > {headline}", headline, dek, "Von Henrike Saalfeld"],
        _DE_STORY,
        ["Mehr zum Thema", "* Impressum", "* Datenschutz"],
    )
    article = parse_plaintext(text)
    assert article.title == headline


def test_a_dek_printed_twice_too_is_no_evidence() -> None:
    # The line over the dek is printed again, but so is the dek: nothing tells which of
    # the two is the headline, so the decoder's choice stands.
    above = "Canal keepers meet in the village hall"
    dek = (
        "Keepers of the upper flight will start two hours sooner after a season of long "
        "queues at the bottom lock, and they want more volunteers."
    )
    text = _dump(
        [above, dek, "By Orla Fennimore Updated May 3, 2026, 9:10am"],
        _EN_STORY,
        [above, dek, "* Contact us"],
    )
    assert parse_plaintext(text).provenance["title"].rule != "title.echoed-above-dek"
