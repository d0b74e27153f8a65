"""Round 15 (reviews): review furniture on one line or in a small box — a reviewed work's
details line (running time and credit labels, or a "|" row with a year and a running time),
a dot-glyph rating row, and a tech review's deals box title over prices and shop buttons.
Every sentence here is invented."""

from __future__ import annotations

from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext

_DE_PROSE = [
    "Der Film beginnt mit einem langen Blick auf das flache Wasser der Salzgärten, in dem "
    "sich die Wolken spiegeln, während irgendwo eine Tür im Wind schlägt.",
    "Drei Geschwister kehren nach der Beerdigung ihres Vaters zurück und müssen entscheiden, "
    "ob sie den Betrieb verkaufen oder noch einmal von vorn anfangen wollen.",
    "Die Regisseurin vertraut ihren Bildern und lässt die Figuren lange schweigen, was dem "
    "Film eine seltene Ruhe gibt, die man im Kino nicht oft erlebt.",
]
_FR_PROSE = [
    "Le film s'ouvre sur une cour d'école vide, un matin de janvier, et sur le bruit d'un "
    "ballon qui rebondit contre un mur que personne ne vient chercher.",
    "La réalisatrice suit pendant une année une institutrice de village qui refuse de voir "
    "fermer sa classe, et les parents qui finissent par la soutenir.",
    "On sort de la salle avec l'envie de revoir certaines scènes, tant la mise en scène "
    "laisse de place aux silences et aux visages des enfants.",
]
_EN_PROSE = [
    "The Quillfield Pro is the first pair of headphones from the small Leeds maker that "
    "cancels noise well enough for a long train journey without tiring your ears.",
    "Its ear cups are deeper than before and the headband presses less, so we wore it "
    "through a full working day without once wanting to take it off.",
    "Battery life came in at just over thirty hours in our tests, a little short of the "
    "figure on the box but more than enough for a week of commuting.",
]
_FR_HEAD = ["« La Classe du lundi » : une école contre l'oubli", "Par Hélène Garrigue"]
_EN_HEAD = ["Harbour Lights review: a slow-burning thriller", "By Tom Archer"]
_TECH_HEAD = ["Quillfield Pro review: quiet at last", "By Tom Archer"]


def _page(head: list[str], prose: list[str], tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*head, *prose, *tail]) + "\n"


def test_a_details_line_with_a_running_time_and_credit_labels_is_dropped() -> None:
    line = (
        "„Die Salzgärten“, Deutschland 2026, 104 Minuten. Regie: Mara Lindqvist. "
        "Mit: Jonas Brehm, Ilka Sommer."
    )
    head = ["Die Salzgärten: Ein Sommer, der nicht vergeht", "Von Karin Ebert", line]
    paras = _paragraphs(parse_plaintext(_page(head, _DE_PROSE)))
    assert line not in paras
    assert paras[0].startswith("Der Film beginnt")
    assert len(paras) == 3


def test_a_closing_details_line_with_hours_and_avec_names_is_dropped() -> None:
    line = "Drame français de Lise Montrieux (1h52). Avec Paul Verdane, Nora Ilic et Lou Barra."
    paras = _paragraphs(parse_plaintext(_page(_FR_HEAD, _FR_PROSE, (line,))))
    assert line not in paras
    assert paras[-1].startswith("On sort de la salle")


def test_a_closing_pipe_row_with_a_year_and_a_running_time_is_dropped() -> None:
    row = "2024 | PG-13 | 2h 15m | Thriller"
    paras = _paragraphs(parse_plaintext(_page(_EN_HEAD, _EN_PROSE, (row,))))
    assert row not in paras
    assert paras[-1].startswith("Battery life")


def test_a_dot_glyph_rating_row_between_paragraphs_is_dropped() -> None:
    row = "●●●○ Bien"
    text = _page(_FR_HEAD, [*_FR_PROSE[:2], row, _FR_PROSE[2]])
    paras = _paragraphs(parse_plaintext(text))
    assert row not in paras
    assert len(paras) == 3


def test_a_deals_box_title_over_prices_and_buttons_is_not_a_subhead() -> None:
    box = ["## Today's best Quillfield Pro deals", "£119", "at Amazon", "View Deal"]
    box += ["£124", "at Currys", "View Deal"]
    # (the box opens the review, under the byline, as review sites print it)
    text = _page([*_TECH_HEAD, *box], _EN_PROSE[:2], ("## Battery", _EN_PROSE[2]))
    article = parse_plaintext(text)
    assert "Today's best Quillfield Pro deals" not in _headings(article)
    assert "Battery" in _headings(article)
    assert all("deals" not in p for p in _paragraphs(article))


def test_a_prose_line_naming_a_running_time_and_a_director_stays() -> None:
    line = "The cut runs 104 minutes. Director Ana Bell said the edit took a year to finish."
    assert line in _paragraphs(parse_plaintext(_page(_EN_HEAD, [*_EN_PROSE, line])))


def test_a_credits_line_with_a_sentence_of_the_critic_stays() -> None:
    line = (
        "Chão Vermelho (Brasil, 2026). Direção: Rui Tavares. Com Lia Mota e Davi Reis. "
        "98 minutos. Em cartaz a partir de quinta-feira (12)."
    )
    head = ["Chão Vermelho: uma família contra a seca", "Por Ana Quintela"]
    text = _page(head, [*_EN_PROSE, line])
    assert line in _paragraphs(parse_plaintext(text))


def test_a_deals_subhead_over_prose_stays() -> None:
    text = _page(_TECH_HEAD, _EN_PROSE[:2], ("## Deals and discounts", _EN_PROSE[2]))
    assert "Deals and discounts" in _headings(parse_plaintext(text))


def test_a_deals_box_between_paragraphs_leaves_no_title_or_retailer_rows() -> None:
    more = [
        "The app is the weak point: it asked us to sign in three times in a week and lost "
        "our equaliser settings after an update.",
        "Calls were clear indoors, though on a windy street the people we rang said our "
        "voice sounded distant and a little thin.",
        "At its launch price the Quillfield Pro undercuts the big names by a fair margin, "
        "and it holds its own against most of them.",
    ]
    box = ["Today's best Quillfield Pro deals", "£119", "at Amazon", "View Deal"]
    box += ["£124", "at Currys", "View Deal"]
    paras = _paragraphs(parse_plaintext(_page(_TECH_HEAD, [*_EN_PROSE, *box, *more])))
    assert paras == [*_EN_PROSE, *more]
