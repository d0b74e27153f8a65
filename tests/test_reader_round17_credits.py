"""Round 17 (credits): author and contributor credits the round's probes missed — a
broadcaster's "Un reportage de NAME" / "Фильм NAME" byline, a video's crew line set apart by
bars or dashes ("Kamera: A | Schnitt: B"), the "available until" date of a video page read
as its publication date, and letters pages signed in shapes the signature rule did not know
("— Name, Town", "NAME. Town", "Name (Town)", "Name, job, Town", "Name. By email"), which
became subheads, captions, or were cut off the end of the page. Every sentence is invented.
"""

from __future__ import annotations

from syndicate.model import Article, Figure, Heading, Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.dates import parse_date_line
from syndicate.readers.scraped.names import is_signature

_FR = [
    "Au printemps, quand la fonte des neiges gonfle le torrent, les deux frères attachent "
    "les troncs un à un. Ils le font depuis quarante ans sans jamais changer de méthode.",
    "La commune leur a promis une aide pour le matériel, mais elle couvre à peine "
    "l'assurance du camion et des cordes.",
]
_DE = [
    "Um vier Uhr morgens ist es in der kleinen Glashütte bereits warm. Der Ofen läuft seit "
    "fast vierzig Jahren ohne Pause, auch an Feiertagen.",
    "Die Familie hat im vergangenen Winter einen Onlineshop eröffnet, über den inzwischen "
    "ein Drittel der Gläser verkauft wird.",
]
_RU = [
    "Весной, когда талая вода поднимает реку, братья связывают бревна и сплавляют их к "
    "лесопилке. Так они работают уже сорок лет.",
    "Администрация обещала им субсидию, но ее едва хватает на страховку грузовика.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def test_broadcaster_report_credit_is_the_byline() -> None:
    text = _page(
        "Les derniers flotteurs du Vallon",
        "Deux frères font encore descendre le bois par la rivière.",
        "Un reportage de Claire Vautrin et Mathis Oudot",
        "Diffusé le 14/03/2025 à 19h20",
        *_FR,
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Claire Vautrin", "Mathis Oudot"]
    assert not any("reportage" in p for p in _texts(article))


def test_russian_film_credit_drops_the_word_film() -> None:
    text = _page(
        "Последние сплавщики Вельмы",
        "Два брата продолжают сплавлять лес по реке.",
        "Фильм Анны Веретенниковой",
        "14.03.2025",
        *_RU,
    )
    assert [a.name for a in parse_plaintext(text).authors] == ["Анны Веретенниковой"]


def test_expiry_date_is_not_the_publication_date() -> None:
    assert parse_date_line("Verfügbar bis 08.02.2027", "de").kind == "expires"
    text = _page(
        "Die Glasbläser vom Tannengrund",
        "Drei Generationen und ein Ofen, der nie ausgehen darf.",
        "Ein Film von Hannelore Brückmann",
        "Verfügbar bis 08.02.2027",
        *_DE,
    )
    article = parse_plaintext(text)
    assert article.published is None
    assert not any("Verfügbar" in p for p in _texts(article))


def test_crew_line_with_bars_and_dashes_names_contributors() -> None:
    de = chrome_cues("de").contributors(
        "Kamera: Jens Ober | Schnitt: Sabine Reit | Redaktion: Paul Has"
    )
    assert de == ["Jens Ober", "Sabine Reit", "Paul Has"]
    # a photo label beside a crew label names a crew member too
    fr = chrome_cues("fr").contributors("Images : Loïc Barrère — Montage : Inès Taillefer")
    assert fr == ["Loïc Barrère", "Inès Taillefer"]
    # alone, or with only photo labels, it stays a picture's credit
    assert chrome_cues("fr").contributors("Photo : Loïc Barrère | Images : Inès Taillefer") is None
    text = _page(
        "Die Glasbläser vom Tannengrund",
        "Drei Generationen und ein Ofen, der nie ausgehen darf.",
        "Ein Film von Hannelore Brückmann",
        "Kamera: Jens Oberländer | Schnitt: Sabine Reitmaier",
        "08.02.2025",
        *_DE,
    )
    article = parse_plaintext(text)
    assert article.credit_line == "Kamera: Jens Oberländer | Schnitt: Sabine Reitmaier"
    assert [c.name for c in article.contributors] == ["Jens Oberländer", "Sabine Reitmaier"]


def test_signature_shapes_of_letters_pages() -> None:
    for signed in (
        "— Zbigniew Marczak, Brzeziny",
        "Ryszard Olejnik, emerytowany kolejarz, Tarnowo",
        "MERCEDES ARANDA SOLÍS. Monzón",
        "Joaquín Ferrer Bosch (Binéfar)",
        "Elena Sanjuán Pueyo. Por correo electrónico",
        "Jane Roe, by email",
    ):
        assert is_signature(signed), signed
    for other in (
        "Gracias, Tizón",  # a letter's headline
        "Anna Kowalczyk (PAP)",  # a byline with its agency
        "Jan Nowak (Reuters)",
        "Dr. Anna Nowak",
        "Thank you to the night crews",
    ):
        assert not is_signature(other), other


_LETTERS_ES = [
    "Cartas al director: el puente viejo y las guardias del centro de salud",
    "El puente viejo merece algo más que vallas",
    "Desde el verano el puente sobre el río está cerrado y rodeado de vallas. Nadie ha "
    "explicado a los vecinos cuándo empezarán las obras ni cuánto durará el rodeo.",
    "Pido al Ayuntamiento que publique el informe técnico cuanto antes.",
    "MERCEDES ARANDA SOLÍS. Monzón",
    "Guardias sin pediatra",
    "Mi hijo tuvo fiebre alta un sábado por la noche y en el centro de salud no había "
    "pediatra de guardia hasta el lunes, así que fuimos al hospital comarcal.",
    "No es culpa de los profesionales, que hacen lo que pueden con lo que tienen.",
    "Joaquín Ferrer Bosch (Binéfar)",
    "Gracias, Tizón",
    "El pasado domingo mi padre salió de casa sin avisar. Lo encontró dos horas después "
    "un perro de la unidad canina de Protección Civil llamado Tizón.",
    "Elena Sanjuán Pueyo. Por correo electrónico",
]


def test_letter_signatures_stay_body_not_captions_or_subheads() -> None:
    article = parse_plaintext(_page(*_LETTERS_ES))
    assert not article.authors
    heads = [b.text for b in article.blocks if isinstance(b, Heading)]
    assert heads == [
        "El puente viejo merece algo más que vallas",
        "Guardias sin pediatra",
        "Gracias, Tizón",
    ]
    assert not any(isinstance(b, Figure) for b in article.blocks)
    body = _texts(article)
    assert "MERCEDES ARANDA SOLÍS. Monzón" in body
    assert body[-1] == "Elena Sanjuán Pueyo. Por correo electrónico"


def test_last_signature_under_a_short_paragraph_is_kept() -> None:
    text = _page(
        "Listy od Czytelników: autobus i drzewa",
        "Linia 12 znów nie dojedzie do wsi",
        "Od lutego autobus linii 12 kończy kurs na pętli przy cmentarzu. Dla starszych "
        "mieszkańców oznacza to półtora kilometra pieszo poboczem, bez chodnika.",
        "— Zbigniew Marczak, Brzeziny",
        "Dziękuję sąsiadom z bloku nr 7",
        "Kiedy zabrakło prądu na osiedlu, sąsiad z trzeciego piętra przyniósł agregat, "
        "a inni przynieśli latarki i termos z herbatą dla mojej mamy.",
        "Chcę im bardzo podziękować. Takich sąsiadów życzę każdemu.",
        "Ryszard Olejnik, emerytowany kolejarz, Tarnowo",
        "* * *",
        "Listy prosimy przesyłać na adres: listy@gazeta.example. Redakcja zastrzega sobie "
        "prawo do skracania listów.",
        "Komentarze (23)",
    )
    body = _texts(parse_plaintext(text))
    assert body[-1] == "Ryszard Olejnik, emerytowany kolejarz, Tarnowo"
    assert not any(p.startswith("Listy prosimy") for p in body)


_ES = [
    "En primavera, cuando el deshielo hace crecer el río, los hermanos atan los troncos. "
    "Lo hacen desde hace cuarenta años sin cambiar de método.",
    "El ayuntamiento les prometió una ayuda, pero apenas alcanza para pagar el seguro del "
    "camión y de las cuerdas.",
]


def test_report_credit_under_the_dek_is_the_byline_and_at_the_end_a_credit_line() -> None:
    head = ["Los últimos almadieros del Cerro", "Dos hermanos siguen bajando madera por el río."]
    top = parse_plaintext(
        _page(*head, "Reportaje de Lucía Ferrer y Tomás Oyar", "14/03/2025", *_ES)
    )
    assert [a.name for a in top.authors] == ["Lucía Ferrer", "Tomás Oyar"]
    end = parse_plaintext(
        _page(*head, "14/03/2025", *_ES, "Reportaje de Lucía Ferrer y Tomás Oyar")
    )
    assert not end.authors
    assert end.credit_line == "Reportaje de Lucía Ferrer y Tomás Oyar"
