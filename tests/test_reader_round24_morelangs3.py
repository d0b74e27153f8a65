"""Round 24 (morelangs3): four more languages by data — Greek, Hungarian, Finnish and Slovak
cue files (Hungarian, Finnish and Slovak frequent words), Greek "Μαΐου" read in a date, and
Hungarian spaced year-first dates ("2027. 03. 04."). A byline, a date line and a photo credit
in each, and each language named from paragraphs. Every sentence, person, place and outlet
is invented."""

from __future__ import annotations

import pytest
from readerblocks import figures

from syndicate.readers.language import LANGUAGES, cues, detect_language
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.dates import parse_date_line

_NEW = ("el", "hu", "fi", "sk")

_CASES = {
    "el": (
        "Νέα αίθουσα ανάγνωσης ανοίγει στη δημοτική βιβλιοθήκη της Λάρισας",
        "Συντάκτης: Γιώργος Αθανασίου",
        "Ενημερώθηκε: 16 Μαρτίου 2027, 12:15",
        (
            "Η δημοτική βιβλιοθήκη ανοίγει τη Δευτέρα μια νέα αίθουσα ανάγνωσης στον πρώτο "
            "όροφο, μετά από εργασίες που κράτησαν σχεδόν έναν χρόνο.",
            "Σύμφωνα με τον δήμο, το έργο κόστισε περίπου 280.000 ευρώ, τα περισσότερα από ένα "
            "πρόγραμμα της περιφέρειας για τον πολιτισμό και την παιδεία.",
            "Οι αναγνώστες θα βρίσκουν εκεί σαράντα θέσεις και μια γωνιά για τα παιδιά, ενώ η "
            "βιβλιοθήκη θα μένει ανοιχτή και το Σάββατο το πρωί.",
        ),
        "Η νέα αίθουσα ανάγνωσης λίγο πριν από τα εγκαίνια. Φωτογραφία: Κώστας Ρήγας",
        ["Γιώργος Αθανασίου"],
        ("updated", "2027-03-16T12:15:00"),
        "Κώστας Ρήγας",
    ),
    "hu": (
        "Új olvasóterem nyílik a tapolcai városi könyvtárban",
        "Szerző: Németh Judit",
        "Frissítve: 2027. március 16., 12:15",
        (
            "A városi könyvtár hétfőn nyitja meg az új olvasótermet az első emeleten, miután a "
            "felújítás csaknem egy évig tartott.",
            "Az önkormányzat szerint a munkák mintegy 90 millió forintba kerültek, amelynek "
            "nagyobb részét egy megyei kulturális pályázat fedezte.",
            "Az olvasók negyven helyet és egy gyereksarkot találnak majd, a könyvtár pedig "
            "szombat délelőtt is nyitva lesz.",
        ),
        "Az új olvasóterem nem sokkal a megnyitó előtt.\nFotó: Balogh Ádám",
        ["Németh Judit"],
        ("updated", "2027-03-16T12:15:00"),
        "Balogh Ádám",
    ),
    "fi": (
        "Kaupunginkirjasto avaa uuden lukusalin Iisalmessa",
        "Teksti: Mikko Tuominen",
        "Päivitetty 16.3.2027 klo 12.15",
        (
            "Kaupunginkirjasto avaa maanantaina uuden lukusalin toiseen kerrokseen, kun lähes "
            "vuoden kestänyt remontti on valmis.",
            "Kaupungin mukaan remontti maksoi noin 280 000 euroa, ja siitä suurin osa tuli "
            "maakunnan kulttuuriavustuksesta.",
            "Lukijoille on tarjolla neljäkymmentä paikkaa ja lasten nurkkaus, ja kirjasto on "
            "jatkossa auki myös lauantaiaamuisin.",
        ),
        "Uusi lukusali juuri ennen avajaisia. Kuva: Jenni Lappalainen",
        ["Mikko Tuominen"],
        ("updated", "2027-03-16T12:15:00"),
        "Jenni Lappalainen",
    ),
    "sk": (
        "Mestská knižnica v Brezne otvára novú čitáreň",
        "Autorka: Katarína Poláková",
        "Aktualizované: 16. marca 2027, 12:15",
        (
            "Mestská knižnica otvorí v pondelok novú čitáreň na prvom poschodí, keď sa po "
            "takmer roku skončila rekonštrukcia, ktorú mesto začalo vlani.",
            "Podľa mesta stála rekonštrukcia približne 280-tisíc eur, pričom väčšinu peňazí "
            "získalo z krajského programu na podporu kultúry.",
            "Čitatelia budú mať k dispozícii štyridsať miest aj detský kútik a knižnica bude "
            "otvorená aj v sobotu dopoludnia.",
        ),
        "Nová čitáreň krátko pred otvorením.\nFoto: Martin Hudec",
        ["Katarína Poláková"],
        ("updated", "2027-03-16T12:15:00"),
        "Martin Hudec",
    ),
}


def _page(lang: str) -> str:
    title, byline, date, body, caption, *_ = _CASES[lang]
    return "\n\n".join([title, byline, date, body[0], caption, body[1], body[2]]) + "\n"


def test_the_new_languages_are_registered_after_the_others() -> None:
    assert LANGUAGES[-4:] == _NEW
    assert cues("el").month_number("μαρτίου") == 3
    assert cues("hu").month_number("március") == 3
    assert cues("fi").month_number("maaliskuuta") == 3
    assert cues("sk").month_number("marca") == 3
    assert cues("fi").weekday_number("lauantai") == 6


@pytest.mark.parametrize("lang", _NEW)
def test_a_paragraph_is_named_in_its_language(lang: str) -> None:
    assert detect_language(" ".join(_CASES[lang][3]))[0] == lang
    for paragraph in _CASES[lang][3]:
        assert detect_language(paragraph)[0] == lang


def test_a_hungarian_paragraph_is_named_by_its_frequent_words() -> None:
    # Finnish inflects its words, so a short Finnish text often holds few of its frequent
    # words and goes to CLD2; Hungarian's function words ("az", "hogy", "egy") lead.
    assert detect_language(" ".join(_CASES["hu"][3])) == ("hu", "language.frequent-words")


def test_slovak_and_czech_are_told_apart() -> None:
    czech = (
        "Městská knihovna otevře v pondělí novou čítárnu v prvním patře, když po téměř roce "
        "skončila rekonstrukce, kterou město začalo loni."
    )
    assert detect_language(czech)[0] == "cs"
    assert detect_language(" ".join(_CASES["sk"][3]))[0] == "sk"


@pytest.mark.parametrize("lang", _NEW)
def test_byline_date_and_credit_in_each_new_language(lang: str) -> None:
    _title, _byline, _date, _body, _caption, authors, (kind, value), credit = _CASES[lang]
    article = parse_plaintext(_page(lang))
    assert article.language == lang
    assert [a.name for a in article.authors] == authors
    assert getattr(article, kind) == value
    assert figures(article)[0][1] == credit


@pytest.mark.parametrize("lang", ["hu", "fi"])
def test_a_bare_name_byline_over_a_date_line(lang: str) -> None:
    # Hungarian and Finnish pages print the name alone, no "by", family name first in
    # Hungarian.
    title, _byline, date, body, *_ = _CASES[lang]
    name = {"hu": "Németh Judit", "fi": "Mikko Tuominen"}[lang]
    page = "\n\n".join([title, name, date, body[0], body[1], body[2]]) + "\n"
    article = parse_plaintext(page)
    assert [a.name for a in article.authors] == [name]


@pytest.mark.parametrize(
    ("line", "lang", "kind", "value"),
    [
        ("Ενημερώθηκε: 14 Μαρτίου 2027, 12:40", "el", "updated", "2027-03-14T12:40:00"),
        ("Δημοσιεύθηκε: 14.03.2027 09:15", "el", "published", "2027-03-14T09:15:00"),
        ("Τελευταία ενημέρωση: 5 Μαΐου 2027 στις 10:30", "el", "updated", "2027-05-05T10:30:00"),
        ("Frissítve: 2027. március 4., 14:02", "hu", "updated", "2027-03-04T14:02:00"),
        ("Közzétéve: 2027.03.04. 10:15", "hu", "published", "2027-03-04T10:15:00"),
        ("Utolsó frissítés: 2027. 03. 04. 14:02", "hu", "updated", "2027-03-04T14:02:00"),
        ("Julkaistu 14.3.2027 klo 9.15", "fi", "published", "2027-03-14T09:15:00"),
        ("Päivitetty 14. maaliskuuta 2027", "fi", "updated", "2027-03-14"),
        ("Publikované: 4. marca 2027, 10:15", "sk", "published", "2027-03-04T10:15:00"),
        ("Aktualizované 5. mája 2027", "sk", "updated", "2027-05-05"),
    ],
)
def test_date_lines_in_the_new_languages(line: str, lang: str, kind: str, value: str) -> None:
    found = parse_date_line(line, lang)
    assert found is not None and found.labelled
    assert (found.kind, found.value) == (kind, value)


@pytest.mark.parametrize(
    ("line", "lang", "value"),
    [
        ("ΠΑΡΑΣΚΕΥΗ 7 ΜΑΪΟΥ 2027", "el", "2027-05-07"),
        ("7 Μαΐου 2027", "el", "2027-05-07"),
        ("2025. 12. 31. 14:10", "hu", "2025-12-31T14:10:00"),
        ("2027. márc. 4. 10:15", "hu", "2027-03-04T10:15:00"),
    ],
)
def test_greek_may_and_hungarian_spaced_year_first_dates(line: str, lang: str, value: str) -> None:
    found = parse_date_line(line, lang)
    assert found is not None and found.value == value


def test_a_spaced_day_first_date_still_reads_day_first() -> None:
    found = parse_date_line("12. 3. 2026 14:02", "cs")
    assert found is not None and found.value == "2026-03-12T14:02:00"


def test_a_year_then_a_time_is_no_spaced_year_first_date() -> None:
    # "2024. 16.50H": a day-month-year date, then a clock time; not "2024-16-50".
    found = parse_date_line("04 oct 2024. 16.50H", "es")
    assert found is not None and found.value == "2024-10-04T16:50:00"


def test_the_frequent_word_table_is_read_as_built() -> None:
    # Round 24: the language build writes the table (line "frequent-table"); detection
    # splits and zips it, and gets what building it from the word lists gives.
    from syndicate.readers.language.detect import _frequent, _frequent_from_lists

    table = _frequent.__wrapped__()
    assert table == _frequent_from_lists()
    assert table["the"] == ("en",)
    assert table["a"] == ("en", "fr", "it", "pt")
    assert table["hogy"] == ("hu",) and table["että"] == ("fi",) and table["ktorý"] == ("sk",)
