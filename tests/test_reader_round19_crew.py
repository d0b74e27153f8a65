"""Round 19 (crew): production crews printed one row a line ("Réalisation : A" /
"Montaggio: B"), crew lines whose roles the contributor forms did not know ("Moderation
und Redaktion: A | Technik: B"), "Avec NAME à la réalisation", and bracketed source lines
closed by the desk that edited the agency's copy ("(PAP, oprac. red.)", "(EFE,
redacción)"). Every sentence is invented."""

from __future__ import annotations

from syndicate.model import Article, Paragraph
from syndicate.readers.plaintext import parse_plaintext

_FR = [
    "Le long du ruisseau de la Sèvre, les bénévoles ont replanté cette semaine deux "
    "kilomètres de haies détruites lors du remembrement des années soixante.",
    "« Les oiseaux reviennent dès la deuxième année », assure Odile Ferrand, qui coordonne "
    "le chantier depuis l'automne.",
    "La commune prévoit d'étendre l'opération aux chemins du plateau l'hiver prochain.",
]
_IT = [
    "Nel piccolo porto di Sant'Elmo, i pescatori hanno rimesso in mare la vecchia barca a "
    "vela latina restaurata dall'associazione del borgo.",
    "«Ci sono voluti tre inverni e molta pazienza», racconta il presidente Aldo Rinaldi, che "
    "ha seguito ogni fase del lavoro.",
    "La barca sarà ormeggiata davanti al museo e uscirà in mare per la festa di agosto.",
]
_PL = [
    "Od poniedziałku pasażerowie dojadą z dworca do terminalu bez przesiadki. Nowa linia "
    "ekspresowa będzie kursować co dwadzieścia minut.",
    "Bilet będzie kosztował tyle samo co zwykły przejazd miejski, a podróż zajmie około "
    "dwudziestu minut.",
    "Przewoźnik zapowiada, że jeśli linia się sprawdzi, od jesieni autobusy pojadą częściej.",
]
_PL_TITLE = "Nowa linia autobusowa połączy dworzec z lotniskiem"
_PL_DEK = "Autobusy pojadą co dwadzieścia minut, także w weekendy. Bilet kosztuje tyle co zwykły."
_FR_DEK = "Les bénévoles de la Sèvre ont replanté deux kilomètres de haies. Reportage."
_ES = [
    "La cooperativa de Valdeliso ha cifrado en un tercio la cosecha perdida por la granizada "
    "del martes, que descargó durante veinte minutos sobre el valle.",
    "Los técnicos de la consejería visitarán las fincas afectadas la próxima semana para "
    "evaluar los daños en las cepas.",
    "El ayuntamiento pedirá que la comarca sea declarada zona afectada por una emergencia.",
]
_DE = [
    "Seit drei Jahren stauen Freiwillige die alten Gräben im Moor bei Haselried an, damit "
    "das Wasser im Torf bleibt.",
    "„Ein Moor rettet man nicht in einem Sommer“, sagt die Biologin Marte Lühr, die den "
    "Einsatz begleitet.",
    "Der Landkreis fördert die Arbeiten mit 40.000 Euro im Jahr.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _contributors(article: Article) -> list[str]:
    return [c.name for c in article.contributors]


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def test_crew_rows_one_a_line_are_one_credit_line() -> None:
    rows = (
        "Production : Odile Marchal\nRéalisation : Yann Trébuchet\n"
        "Musique originale : Léa Quintin"
    )
    text = _page("Des haies pour les oiseaux du bocage", "Par Odile Marchal", *_FR, rows)
    article = parse_plaintext(text)
    assert _contributors(article) == ["Odile Marchal", "Yann Trébuchet", "Léa Quintin"]
    assert article.credit_line == rows.replace("\n", " ")
    assert not any("Réalisation" in p for p in _texts(article))


def test_crew_rows_with_a_contributor_form_among_them() -> None:
    rows = "Regia: Pia Fadelli\nMusiche originali: Ugo Lanza\nCon la collaborazione di Rita Osmo"
    article = parse_plaintext(_page("La barca latina torna in mare", *_IT, rows))
    assert _contributors(article) == ["Pia Fadelli", "Ugo Lanza", "Rita Osmo"]
    assert _texts(article)[-1].startswith("La barca sarà ormeggiata")


def test_a_box_of_labelled_rows_is_no_crew() -> None:
    # a review's facts box: the crew labels stand among other labelled rows
    box = "Regia: Pia Fadelli\nMusiche: Ugo Lanza\nDurata: 94 minuti\nGenere: documentario"
    article = parse_plaintext(_page("La barca latina torna in mare", *_IT, box))
    assert "Pia Fadelli" not in _contributors(article)


def test_one_crew_row_alone_is_no_credit_line() -> None:
    article = parse_plaintext(_page("La barca latina torna in mare", *_IT, "Regia: Pia Fadelli"))
    assert "Pia Fadelli" not in _contributors(article)


def test_crew_line_with_joined_roles_unknown_to_the_forms() -> None:
    line = "Moderation und Redaktion: Marte Lühr | Technik: Ole Brink | Musik: Lilo Sander"
    article = parse_plaintext(_page("Wie das Moor bei Haselried wieder nass wird", *_DE, line))
    assert _contributors(article) == ["Marte Lühr", "Ole Brink", "Lilo Sander"]
    assert article.credit_line == line


def test_avec_name_a_la_realisation() -> None:
    line = "Avec Yann Trébuchet à la réalisation"
    text = _page("Des haies pour les oiseaux du bocage", *_FR, line)
    article = parse_plaintext(text)
    assert _contributors(article) == ["Yann Trébuchet"]


def test_bracketed_agency_edited_by_the_desk() -> None:
    for line, names in (
        ("(PAP, oprac. red.)", ["PAP"]),
        ("(PAP/IAR, oprac. kw)", ["PAP", "IAR"]),
    ):
        article = parse_plaintext(_page(_PL_TITLE, *_PL, line))
        assert _contributors(article) == names, line
        assert article.credit_line == line
        assert _texts(article)[-1].startswith("Przewoźnik zapowiada")


def test_bracketed_agency_edited_by_the_desk_is_no_photo_credit() -> None:
    text = _page("La granizada se llevó un tercio de la cosecha", *_ES, "(EFE, redacción)")
    article = parse_plaintext(text)
    assert _contributors(article) == ["EFE"]
    assert _texts(article)[-1].startswith("El ayuntamiento pedirá")


def test_a_bracketed_aside_is_no_source_line() -> None:
    # no desk mark after the comma, or no agency before it: a paragraph's aside
    for line in ("(PAP, 2024)", "(Ana Ruiz, redacción)"):
        article = parse_plaintext(_page(_PL_TITLE, *_PL, line))
        assert article.credit_line is None, line


def test_a_row_of_share_buttons_with_x_and_a_comment_count_is_chrome() -> None:
    for row in ("Partager   Facebook   X   Copier le lien", "Partager Facebook X Copier le lien"):
        title = "Des haies pour les oiseaux du bocage"
        text = _page(title, _FR_DEK, "Par Odile Marchal", row, *_FR)
        article = parse_plaintext(text)
        assert _texts(article)[0].startswith("Le long du ruisseau"), row
        assert all("Copier le lien" not in h.text for h in article.blocks), row
    row = "Udostępnij   Facebook   X   Skopiuj link   Komentarze (6)"
    article = parse_plaintext(_page(_PL_TITLE, _PL_DEK, "Oprac. Ewa Lis", row, *_PL))
    assert _texts(article)[0].startswith("Od poniedziałku"), row


def test_a_sentence_naming_share_words_stays() -> None:
    line = "Partager Facebook avec ses enfants est devenu un sujet de débat à la maison."
    article = parse_plaintext(_page("Des haies pour les oiseaux du bocage", *_FR, line))
    assert line in _texts(article)


def test_crew_rows_with_html2text_bold_labels() -> None:
    rows = "**Produktion:** Marte Lühr  \n**Realisation:** Ole Brink  \n**Musik:** Lilo Sander"
    text = _page("# Wie das Moor bei Haselried wieder nass wird", *_DE, rows, "[Alle Folgen](/p)")
    article = parse_plaintext(text)
    assert _contributors(article) == ["Marte Lühr", "Ole Brink", "Lilo Sander"]
    assert _texts(article)[-1].startswith("Der Landkreis fördert")
