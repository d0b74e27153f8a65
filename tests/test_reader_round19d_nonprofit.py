"""Round 19d (nonprofit): the lines of nonprofit and investigative newsrooms' story pages —
a partner note naming the piece as an investigation or a report ("Este reportaje fue
realizado en alianza con …", "Diese Recherche entstand in Zusammenarbeit mit …"), a tip
prompt that asks for information ("¿Tienes información sobre …? Escríbenos a …"), a
contributor line of data and editing credits set apart by full stops ("Data analysis by A.
Editing by B.", "Datos: A. Edición: B.") and a chart's bare credit under a quoted
paragraph. Every sentence is invented."""

from __future__ import annotations

from syndicate.model import Article, Figure, Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.credits import parse_credit_line

_ES = [
    "En Villa Orduña, el pozo que abastecía a 400 familias dejó de dar agua en febrero, y "
    "los vecinos compran ahora pipas que cuestan el doble que hace un año.",
    "Según los registros de la comisión estatal, al menos 120 pozos operan en la zona sin "
    "concesión y solo cuatro han sido clausurados desde 2020.",
    "La comisión asegura que cuenta con tres inspectores para toda la región.",
]
_DE = [
    "In Kleinmarsch warten Familien seit zwei Jahren auf die Prüfung ihrer Heizkostenabrechnung, "
    "wie Unterlagen des Landesamts zeigen.",
    "Von 310 Beschwerden wurden im vergangenen Jahr nur 41 bearbeitet, der Rest liegt "
    "unbearbeitet in einem Ordner des Amts.",
    "Das Amt verweist auf fehlendes Personal und neue Stellen im nächsten Haushalt.",
]
_EN = [
    "Inspectors visited only 11 of the county's 40 licensed care homes last year, according "
    "to records obtained by the Lowmarsh Ledger under the state records law.",
    "State rules require a visit to each home every 12 months, and families say complaints "
    "about missed medication went unanswered for months.",
    "The licensing office said it had asked lawmakers for four more inspectors.",
]


def _copy(*lines: str) -> str:
    """A select-all copy: one line per block, no blank lines."""
    return "\n".join(lines) + "\n"


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def test_spanish_partner_note_naming_the_report_is_no_paragraph() -> None:
    note = "Este reportaje fue realizado en alianza con Radio Sierra Libre."
    text = _copy(
        "Los pozos secos de Villa Orduña",
        "Por Inés Caravaca",
        "3 de marzo de 2026",
        note,
        *_ES,
    )
    article = parse_plaintext(text)
    assert note not in _texts(article)
    assert _texts(article)[0].startswith("En Villa Orduña")


def test_german_partner_note_naming_the_investigation_is_no_paragraph() -> None:
    note = "Diese Recherche entstand in Zusammenarbeit mit dem Kleinmarscher Boten."
    text = _copy(
        "Tausende Abrechnungen bleiben ungeprüft",
        "Von Jana Wiesmoor",
        "3. März 2026",
        note,
        *_DE,
    )
    article = parse_plaintext(text)
    assert note not in _texts(article)


def test_tip_prompt_asking_for_information_is_no_paragraph() -> None:
    prompt = "¿Tienes información sobre pozos sin permiso? Escríbenos a pistas@orduna.example."
    text = _copy("Los pozos secos de Villa Orduña", "Por Inés Caravaca", *_ES[:2], prompt, _ES[2])
    article = parse_plaintext(text)
    assert prompt not in _texts(article)
    assert _texts(article)[-1].startswith("La comisión asegura")


def test_english_information_prompt_inside_the_story_is_no_paragraph() -> None:
    prompt = "Do you have information about a care home? Email tips@ledger.example."
    text = _copy(
        "Care homes went years without inspection", "By Ada Morrow", *_EN[:2], prompt, _EN[2]
    )
    article = parse_plaintext(text)
    assert prompt not in _texts(article)
    assert len(_texts(article)) == 3


def test_data_and_editing_credits_set_apart_by_a_full_stop() -> None:
    assert parse_credit_line("Data analysis by Priya Ormond. Editing by Colm Fairley.") == [
        ("Priya Ormond", "data analysis"),
        ("Colm Fairley", "editing"),
    ]
    # an initial's full stop splits nothing; a sentence that is no credit spoils the line
    assert parse_credit_line("Editing by J. Fairley.") == [("J. Fairley", "editing")]
    assert parse_credit_line("Editing by Colm Fairley. He lives in Lowmarsh.") is None


def test_english_credit_line_in_the_page() -> None:
    line = "Data analysis by Priya Ormond. Editing by Colm Fairley."
    text = _copy("Care homes went years without inspection", "By Ada Morrow", *_EN, line)
    article = parse_plaintext(text)
    assert article.credit_line == line
    assert [c.name for c in article.contributors] == ["Priya Ormond", "Colm Fairley"]


def test_spanish_data_and_editing_crew_line() -> None:
    line = "Datos: Sofía Larraga. Edición: Gabriel Montero."
    text = _copy("Los pozos secos de Villa Orduña", "Por Inés Caravaca", *_ES, line)
    article = parse_plaintext(text)
    assert [c.name for c in article.contributors] == ["Sofía Larraga", "Gabriel Montero"]
    assert line not in _texts(article)


def test_quoted_paragraph_over_a_bare_chart_credit_stays_a_paragraph() -> None:
    quote = '"No es que no sepamos dónde están los pozos. Es que no podemos cerrarlos", dijo.'
    text = _copy(
        "Los pozos secos de Villa Orduña",
        "Por Inés Caravaca",
        *_ES,
        quote,
        "Infografía: Nadia Urrutia / El Cántaro",
        "La comisión prometió una nueva lista para el próximo año.",
    )
    article = parse_plaintext(text)
    assert quote in _texts(article)
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    assert all(f.caption != quote for f in figures)


def test_republish_box_after_the_story_is_dropped() -> None:
    heading = "Republique esta reportagem"
    licence = (
        "Você pode republicar esta reportagem gratuitamente sob a licença Creative Commons "
        "CC BY-ND 4.0, desde que cite a fonte."
    )
    story = [
        "Imagens de satélite mostram que a área de garimpo ilegal na Terra Indígena Xaraí "
        "cresceu 40% em 2025, apesar de três operações federais.",
        "Lideranças locais afirmam que as balsas voltam ao rio poucas semanas depois.",
        "O Ibama informou que uma nova operação está prevista para abril.",
    ]
    text = _copy("Garimpo avança no sul do Pará", "Por Helena Marcondes", *story, heading, licence)
    article = parse_plaintext(text)
    assert _texts(article)[-1].startswith("O Ibama informou")
    assert licence not in _texts(article)
    assert all(getattr(b, "text", "") != heading for b in article.blocks)


def test_story_sentence_about_a_republished_photo_stays() -> None:
    last = "The paper republished the photograph on its front page the next morning."
    text = _copy("Care homes went years without inspection", "By Ada Morrow", *_EN, last)
    assert _texts(parse_plaintext(text))[-1] == last
