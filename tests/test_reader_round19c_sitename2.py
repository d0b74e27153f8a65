"""Round 19c (sitename2): the site's or organisation's name taken for the headline on club
and association pages — a name with a legal or club form ("e.V.", "v.v.", "APS") or the
name the copyright row prints, over a section label and the headline; a post-meta row
signed by the club's board ("door Bestuur v.v. NAME") or by one word ("przez Zarząd");
an obituary headline with a life span in brackets under the row. Every sentence and name
is invented."""

from __future__ import annotations

from syndicate.model import Article, Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.headerline import organisation_name

_DE = [
    "Nach drei Jahren Sammeln ist es so weit: In der Kuppel unserer Vereinssternwarte auf "
    "dem Lindenberg steht seit dem vergangenen Wochenende ein neues Spiegelteleskop.",
    "Das alte Linsenfernrohr aus dem Jahr 1974 hatte zuletzt kaum noch scharfe Bilder "
    "geliefert, und Ersatzteile gibt es seit Jahren nicht mehr zu kaufen.",
]
_NL = [
    "Met grote verslagenheid hebben wij kennisgenomen van het overlijden van ons erelid, "
    "die op 17 november in zijn woonplaats overleed op de leeftijd van 87 jaar.",
    "Hij was meer dan zestig jaar lid van onze vereniging, als speler, jeugdtrainer, "
    "scheidsrechter en twintig jaar lang als penningmeester.",
]
_PL = [
    "W sobotę przy budynku dawnej szkoły powszechnej w Rudniku odsłonięto tablicę "
    "upamiętniającą nauczycieli, którzy uczyli tu przed wojną.",
    "Uroczystość zgromadziła ponad stu mieszkańców, a tablicę ufundowali członkowie "
    "stowarzyszenia ze składek i zbiórki wśród sąsiadów.",
]


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def test_organisation_name_needs_a_written_form() -> None:
    assert organisation_name("Sternwarte-Verein Heidkamp e.V.", "de")
    assert organisation_name("v.v. Zuidermeent", "nl")
    assert organisation_name("Bestuur v.v. Zuidermeent", "nl")
    assert organisation_name("Stowarzyszenie Przyjaciół Rudnika Sp. z o.o.", "pl")
    assert organisation_name("Associazione Pro Loco Valmorena APS", "it")
    assert organisation_name("Amicale des Pompiers de Wavre asbl", "fr")
    assert organisation_name("ООО «Северный двор»", "ru")
    assert not organisation_name("Sa dernière saison au club", "fr")
    assert not organisation_name("Neues Teleskop für die Sternwarte", "de")


def test_headline_under_club_name_with_legal_form() -> None:
    text = "\n".join(
        [
            "Sternwarte-Verein Heidkamp e.V.",
            "Aktuelles",
            "Neues Spiegelteleskop für die Kuppel",
            *_DE,
        ]
    )
    article = parse_plaintext(text)
    assert article.title == "Neues Spiegelteleskop für die Kuppel"
    assert _texts(article)[0].startswith("Nach drei Jahren Sammeln")


def test_headline_under_name_the_copyright_row_gives() -> None:
    lines = ["Sternfreunde am Lindenberg", "Aktuelles", "Neues Spiegelteleskop für die Kuppel"]
    foot = "© 2026 Sternfreunde am Lindenberg · Impressum"
    article = parse_plaintext("\n".join([*lines, *_DE, foot]))
    assert article.title == "Neues Spiegelteleskop für die Kuppel"
    # no legal form and no copyright row: the first line stands
    article = parse_plaintext("\n".join([*lines, *_DE]))
    assert article.title == "Sternfreunde am Lindenberg"


def test_real_headline_over_label_unchanged() -> None:
    text = "\n".join(
        ["Neues Spiegelteleskop für die Kuppel", "Aktuelles", "Spenden machten es möglich", *_DE]
    )
    assert parse_plaintext(text).title == "Neues Spiegelteleskop für die Kuppel"


def test_post_meta_row_signed_by_club_board_over_life_span_headline() -> None:
    text = "\n".join(
        [
            "v.v. Zuidermeent",
            "Geplaatst op 21 november 2026 door Bestuur v.v. Zuidermeent",
            "In memoriam Gerrit Hofstede (1939–2026)",
            *_NL,
        ]
    )
    article = parse_plaintext(text)
    assert article.title == "In memoriam Gerrit Hofstede (1939–2026)"
    assert [a.name for a in article.authors] == ["Bestuur v.v. Zuidermeent"]
    assert article.published == "2026-11-21"
    assert _texts(article)[0].startswith("Met grote verslagenheid")


def test_post_meta_row_signed_by_one_word() -> None:
    text = "\n\n".join(
        [
            "Stowarzyszenie Miłośników Ziemi Rudnickiej",
            "Aktualności",
            "Nowa tablica pamiątkowa przy starej szkole",
            "Opublikowano 3 marca 2026 przez Zarząd",
            *_PL,
        ]
    )
    article = parse_plaintext(text)
    assert article.title == "Nowa tablica pamiątkowa przy starej szkole"
    assert [a.name for a in article.authors] == ["Zarząd"]
    assert article.published == "2026-03-03"
