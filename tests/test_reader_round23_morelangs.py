"""Round 23 (morelangs): six more languages by data — Swedish, Danish, Norwegian (Bokmål,
CLD2's "no"), Catalan, Turkish and Czech cue files, their frequent-words lists, and "and" in
their bylines. A byline, a date line and a photo credit in each, and each language named
from a paragraph. Every sentence, person, place and outlet is invented."""

from __future__ import annotations

import pytest
from readerblocks import figures

from syndicate.readers.language import LANGUAGES, cues, detect_language
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import split_names
from syndicate.readers.scraped.dates import parse_date_line

_NEW = ("sv", "da", "no", "ca", "tr", "cs")

# title, byline, date line, body (three paragraphs), caption line, wanted authors, wanted
# date (published or updated as the line says), wanted credit
_CASES = {
    "sv": (
        "Kommunen bygger ny simhall vid sjön i Lövnäs",
        "Text och foto: Karin Lindqvist och Erik Dahl",
        "Publicerad 19 november 2026 kl. 08.15",
        (
            "Kommunfullmäktige i Lövnäs beslutade på måndagskvällen att bygga en ny simhall "
            "vid sjön, och arbetet ska börja redan till våren.",
            "Den gamla hallen från sjuttiotalet har läckt i flera år och stängdes i somras "
            "efter att en del av taket rasat in över bassängen.",
            "Enligt kommunens planer ska den nya hallen stå klar hösten 2028 och få både en "
            "tävlingsbassäng och en undervisningsbassäng för barn.",
        ),
        "Den gamla simhallen stängdes i somras. Foto: Erik Dahl",
        ["Karin Lindqvist", "Erik Dahl"],
        ("published", "2026-11-19T08:15:00"),
        "Erik Dahl",
    ),
    "da": (
        "Byrådet giver grønt lys til ny cykelbro over åen",
        "Af Mette Holst og Anders Vinding",
        "Opdateret 14. januar 2027 kl. 11.40",
        (
            "Byrådet i Søndervig stemte i aftes for at bygge en ny cykelbro over åen, så "
            "skolebørn fra den nye bydel slipper for den travle landevej.",
            "Broen skal være klar til skolestart næste år og koster omkring otte millioner "
            "kroner, som kommunen deler med staten.",
            "Flere forældre har i årevis bedt om en sikker vej, og de var mødt op på rådhuset "
            "for at følge afstemningen.",
        ),
        "Den nye bro skal gå over åen ved den gamle mølle. Foto: Jonas Brix Lund",
        ["Mette Holst", "Anders Vinding"],
        ("updated", "2027-01-14T11:40:00"),
        "Jonas Brix Lund",
    ),
    "no": (
        "Kommunen åpner nytt bibliotek i sentrum av Bjørkvik",
        "Av Ingrid Solberg og Per Hovland",
        "Publisert 3. februar 2027 kl. 07.45",
        (
            "Det nye biblioteket i Bjørkvik åpner dørene på lørdag etter to års byggearbeid, "
            "og kommunen venter mange besøkende den første helgen.",
            "Biblioteket har fått plass i den gamle banken ved torget, og hvelvet i kjelleren "
            "er gjort om til en lesesal for barn og unge.",
            "Bibliotekaren sier at utlånet har økt hvert år, selv om de har holdt til i "
            "midlertidige lokaler siden den gamle bygningen ble stengt.",
        ),
        "Det gamle hvelvet er blitt lesesal. Foto: Ola Nordby",
        ["Ingrid Solberg", "Per Hovland"],
        ("published", "2027-02-03T07:45:00"),
        "Ola Nordby",
    ),
    "ca": (
        "L'ajuntament de Vilarroja obrirà una nova biblioteca al barri vell",
        "Per Marta Puigdemunt",
        "Actualitzat: 28/09/2026",
        (
            "L'ajuntament de Vilarroja ha aprovat aquest dimarts el projecte per convertir "
            "l'antiga fàbrica tèxtil del barri vell en una biblioteca pública.",
            "Les obres començaran a la primavera i s'allargaran uns divuit mesos, segons ha "
            "explicat la regidora de cultura en una roda de premsa.",
            "Els veïns del barri fa anys que reclamaven un equipament cultural, i l'associació "
            "de veïns ha celebrat la notícia amb una nota pública.",
        ),
        "L'antiga fàbrica tèxtil del barri vell. Foto: Jordi Serra",
        ["Marta Puigdemunt"],
        ("updated", "2026-09-28"),
        "Jordi Serra",
    ),
    "tr": (
        "Belediye sahil yoluna yeni bisiklet yolu yapacak",
        "Haber: Ayşe Demirtaş ve Mehmet Yılmaz",
        "Güncelleme: 13.03.2027 14:20",
        (
            "Kumkale Belediyesi, sahil yolu boyunca dört kilometrelik yeni bir bisiklet yolu "
            "yapılacağını açıkladı ve çalışmaların nisan ayında başlayacağını duyurdu.",
            "Belediye başkanı, projenin ilçede yaşayan öğrencilerin okula güvenli bir şekilde "
            "ulaşmasını sağlayacağını ve trafiği de rahatlatacağını söyledi.",
            "Esnaf ise inşaat süresince dükkânlarının önündeki park yerlerinin kapanmasından "
            "endişe ettiğini belirterek belediyeden destek istedi.",
        ),
        "Sahil yolunda bisiklet yolu yapılacak bölüm. Fotoğraf: Mehmet Yılmaz",
        ["Ayşe Demirtaş", "Mehmet Yılmaz"],
        ("updated", "2027-03-13T14:20:00"),
        "Mehmet Yılmaz",
    ),
    "cs": (
        "Obec opraví most přes potok do konce léta",
        "Autor: Lucie Dvořáková",
        "Aktualizováno 3. 2. 2027 14:05",
        (
            "Obec Lipová začne v březnu s opravou mostu přes potok, který je kvůli špatnému "
            "stavu už dva roky uzavřený pro nákladní auta.",
            "Podle starostky bude oprava stát zhruba čtyři miliony korun a většinu peněz "
            "pokryje dotace z kraje, zbytek zaplatí obec z rozpočtu.",
            "Během prací povede objížďka přes sousední vesnici, což řidičům prodlouží cestu "
            "do města asi o deset minut.",
        ),
        "Most přes potok je dva roky uzavřený. | Foto: Martin Kubeš",
        ["Lucie Dvořáková"],
        ("updated", "2027-02-03T14:05:00"),
        "Martin Kubeš",
    ),
}


def _page(lang: str) -> str:
    title, byline, date, body, caption, *_ = _CASES[lang]
    return "\n\n".join([title, byline, date, body[0], caption, body[1], body[2]]) + "\n"


def test_the_new_languages_are_registered() -> None:
    assert set(_NEW) <= set(LANGUAGES)
    first = LANGUAGES[:12]
    assert first == (
        "en",
        "de",
        "fr",
        "es",
        "it",
        "pt",
        "nl",
        "pl",
        "ru",
        "uk",
        "ar",
        "zh",
    )


@pytest.mark.parametrize("lang", _NEW)
def test_a_paragraph_is_named_in_its_language(lang: str) -> None:
    assert detect_language(" ".join(_CASES[lang][3]))[0] == lang


@pytest.mark.parametrize("lang", _NEW)
def test_byline_date_and_credit_in_each_new_language(lang: str) -> None:
    _title, _byline, _date, _body, _caption, authors, (kind, value), credit = _CASES[lang]
    article = parse_plaintext(_page(lang))
    assert article.language == lang
    assert [a.name for a in article.authors] == authors
    assert getattr(article, kind) == value
    assert figures(article)[0][1] == credit


@pytest.mark.parametrize(
    ("line", "lang", "kind", "value"),
    [
        ("Publicerad 19 november 2026 kl. 08.15", "sv", "published", "2026-11-19T08:15:00"),
        ("Uppdaterad: 20 nov. 2026 kl. 10.02", "sv", "updated", "2026-11-20T10:02:00"),
        ("Publiceret 14. januar 2027 kl. 09.12", "da", "published", "2027-01-14T09:12:00"),
        ("Sidst opdateret 15.01.2027 kl. 11.40", "da", "updated", "2027-01-15T11:40:00"),
        ("Publisert 3. februar 2027 kl. 07.45", "no", "published", "2027-02-03T07:45:00"),
        ("Oppdatert: 14.01.2027, 11:40", "no", "updated", "2027-01-14T11:40:00"),
        ("Actualitzat: 28/09/2026", "ca", "updated", "2026-09-28"),
        (
            "Publicat el 28 d'octubre de 2026 a les 10:15 h",
            "ca",
            "published",
            "2026-10-28T10:15:00",
        ),
        ("Güncelleme: 13.03.2027", "tr", "updated", "2027-03-13"),
        ("Yayınlanma: 12 Mart 2027 Cuma 09:30", "tr", "published", "2027-03-12T09:30:00"),
        ("Aktualizováno 3. 2. 2027", "cs", "updated", "2027-02-03"),
        ("Publikováno: 2. února 2027 8:30", "cs", "published", "2027-02-02T08:30:00"),
    ],
)
def test_date_lines_in_the_new_languages(line: str, lang: str, kind: str, value: str) -> None:
    found = parse_date_line(line, lang)
    assert found is not None and found.labelled
    assert (found.kind, found.value) == (kind, value)


def test_contributor_lines_in_the_new_languages() -> None:
    for lang, line, names in [
        ("da", "Artiklen er skrevet med bidrag fra Ritzau.", "Ritzau"),
        ("sv", "Med bidrag av TT", "TT"),
        ("cs", "Spolupracoval: Tomáš Hrubý", "Tomáš Hrubý"),
        ("ca", "Amb informació de l'ACN", "ACN"),
    ]:
        page = _page(lang) + "\n" + line + "\n"
        article = parse_plaintext(page)
        assert article.credit_line == line, lang
        assert [c.name for c in article.contributors] == [names], lang


def test_month_and_weekday_names() -> None:
    assert cues("cs").month_number("února") == 2
    assert cues("tr").month_number("Ağustos") == 8
    assert cues("ca").month_number("d’octubre") == 10
    assert cues("sv").weekday_number("lördag") == 6
    assert cues("da").weekday_number("Søndag") == 7
    assert cues("no").month_number("desember") == 12


def test_czech_lower_case_and_joins_two_names_only() -> None:
    title, _byline, date, body, *_ = _CASES["cs"]
    page = "\n\n".join([title, "Autor: Jan Novák a Petr Malý", date, *body]) + "\n"
    assert [a.name for a in parse_plaintext(page).authors] == ["Jan Novák", "Petr Malý"]
    # a preposition before a place, as Italian writes it, is no "and"
    assert split_names("Anna Rossi a Milano") == ["Anna Rossi a Milano"]
    assert split_names("Ana Silva a partir de Lisboa") == ["Ana Silva a partir de Lisboa"]


def test_an_english_title_case_headline_with_a_is_not_two_names() -> None:
    # The Czech "a" between two names must not split an English headline in title case:
    # read as "two people", the headline of a whole-page dump became a byline.
    from syndicate.readers.scraped.bylines import split_names

    assert split_names("Tiny Robots Build a Floating Garden") == [
        "Tiny Robots Build a Floating Garden"
    ]
    assert split_names("Jan Novák a Petr Malý") == ["Jan Novák", "Petr Malý"]
