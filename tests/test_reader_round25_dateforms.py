"""Round 25 (dateforms): header dates in local forms. A Hungarian day number with its case
ending hyphened on ("2027. március 4-én"), abbreviated weekdays of Hungarian, Finnish and
Slovak date lines ("csüt., 2027. márc. 4.", "to 4.3.2027 klo 9.15", "št 4. 3. 2027"), and a
section label with the date on the same line over the headline ("Politik | 12. März 2027 |
Lesezeit 3 Min.", "BELFÖLD · 2027. március 4."), which is never the headline. Every
sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.model import Article
from syndicate.readers.language.datetext import DateParts, read_date_parts
from syndicate.readers.plaintext import parse_plaintext

_HU = (
    "Új sportcsarnokot épít Tóvárkony",
    "Tóvárkony képviselő-testülete hétfőn megszavazta egy új sportcsarnok építését. A "
    "költség mintegy másfél milliárd forint, amelynek egy részét a megye állja.",
    "Kessler Anna polgármester jó napnak nevezte a keddet az egyesületek számára. A "
    "hetvenes évekből származó régi csarnokot ősszel zárták be a tető sérülései miatt.",
    "Az építkezés nyáron kezdődik, a csarnok jövő tavasszal nyit.",
)
_DE = (
    "Tauberfeld baut neue Turnhalle für vier Millionen Euro",
    "Die Gemeinde Tauberfeld hat am Montag den Bau einer neuen Turnhalle beschlossen. Die "
    "Kosten liegen bei rund vier Millionen Euro, der Landkreis übernimmt einen Teil davon.",
    "Bürgermeisterin Anja Kessler sprach von einem guten Tag für die Vereine. Die alte "
    "Halle aus den Siebzigerjahren war im Herbst wegen Schäden am Dach gesperrt worden.",
    "Baubeginn soll im Sommer sein, die Eröffnung ist für das Frühjahr geplant.",
)


def _parse(*blocks: str) -> Article:
    return parse_plaintext("\n\n".join(blocks) + "\n")


def test_hungarian_case_ending_after_the_day_number() -> None:
    for text in ("2027. március 4-én", "2027. március 4-én 09:15", "2027. márc. 4-én, csütörtökön"):
        parts = read_date_parts(text, "hu")
        assert isinstance(parts, DateParts), text
        assert (parts.year, parts.month, parts.day) == (2027, 3, 4)
    title, *body = _HU
    article = _parse(title, "2027. március 4-én", *body)
    assert article.title == title
    assert str(article.published)[:10] == "2027-03-04"


def test_hyphened_case_ending_needs_a_day_and_a_year() -> None:
    assert not isinstance(read_date_parts("március 4-én", "hu"), DateParts)
    assert not isinstance(read_date_parts("2027. március 4-akkor", "hu"), DateParts)


def test_abbreviated_weekdays_read_without_a_library() -> None:
    for text, lang in (
        ("csüt., 2027. márc. 4.", "hu"),
        ("2027. március 4., szo. 09:15", "hu"),
        ("to 4.3.2027 klo 9.15", "fi"),
        ("pe 5.3.2027", "fi"),
        ("št 4. 3. 2027", "sk"),
    ):
        parts = read_date_parts(text, lang)
        assert isinstance(parts, DateParts), text
        assert parts.year == 2027 and parts.month == 3, text


def test_section_label_and_date_over_the_headline_is_no_headline() -> None:
    title, *body = _DE
    article = _parse("Politik | 12. März 2027 | Lesezeit 3 Min.", title, *body)
    assert article.title == title
    assert str(article.published)[:10] == "2027-03-12"
    assert all("Lesezeit" not in p.text for p in article.paragraphs())
    title, *body = _HU
    for kicker in ("BELFÖLD · 2027. március 4.", "Belföld | 2027. 03. 04."):
        article = _parse(kicker, title, *body)
        assert article.title == title, kicker
        assert str(article.published)[:10] == "2027-03-04", kicker


def test_section_label_without_a_full_date_stays_over_the_headline_unread() -> None:
    title, *body = _DE
    article = _parse("Politik | 12. März | Lesezeit 3 Min.", title, *body)
    assert article.published is None
    related = "Politik | 12. März 2027 | Kreistag tagt."
    article = _parse(title, *body, "Mehr aus der Region", related)
    assert article.title == title
    assert article.published is None


_NL = (
    "Oosterwold bouwt nieuwe sporthal voor vier miljoen",
    "De gemeenteraad van Oosterwold heeft maandag besloten een nieuwe sporthal te bouwen. "
    "De kosten liggen rond de vier miljoen euro, de provincie betaalt een deel.",
    "Wethouder Anja Kessler sprak van een goede dag voor de verenigingen. De oude hal uit "
    "de jaren zeventig werd in het najaar gesloten vanwege schade aan het dak.",
    "De bouw moet in de zomer beginnen, de opening staat gepland voor volgend voorjaar.",
)


def test_teaser_list_of_section_date_rows_over_the_article() -> None:
    title, *body = _NL
    teasers = "\n".join(
        (
            "Sport · 2 mrt 2027",
            "Veerdienst vaart weer na storing",
            "Regio · 1 mrt 2027",
            "Dijkversterking bij Oosterwold is klaar",
        )
    )
    article = _parse(teasers, title, *body)
    assert article.title == title
    assert article.published is None


def test_section_date_row_with_update_row_under_the_headline_keeps_the_headline() -> None:
    title, *body = _NL
    header = "Regio · do 4 mrt 2027 · 09:15\n" + title + "\nBijgewerkt · vr 5 mrt 2027"
    article = _parse(header, *body)
    assert article.title == title
    assert str(article.published)[:10] == "2027-03-04"
    assert str(article.updated)[:10] == "2027-03-05"


def test_date_label_and_its_date_in_two_cells_of_a_meta_row() -> None:
    title, *body = _NL
    article = _parse(title, "Bijgewerkt · vr 5 mrt 2027", *body)
    assert article.published is None
    assert str(article.updated)[:10] == "2027-03-05"
    article = _parse(title, "Gepubliceerd | 3 apr 2027 | Bijgewerkt | 4 apr 2027", *body)
    assert str(article.published)[:10] == "2027-04-03"
    assert str(article.updated)[:10] == "2027-04-04"
    title, *body = _DE
    article = _parse(title, "Aktualisiert | 05.03.2027 | 10:20 Uhr", *body)
    assert article.published is None
    assert str(article.updated)[:10] == "2027-03-05"
