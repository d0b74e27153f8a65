"""Round 25 (pq66): a meta row that holds the date and the name of the publication or
newsletter the item appeared in ("Pubblicato il 27 ottobre 2026 · Notiziario della
Confraternita"), which is no writer; and the dek under a "By" byline and such a date row
(reader mode: headline, byline, date row, standfirst, text). Every sentence, person, place
and outlet is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_IT = (
    "Il circolo di canottaggio di Valdina conquista tre medaglie alle regate regionali",
    "Una breve introduzione sul fine settimana di gare, con vento forte e pioggia.",
    "Il circolo di canottaggio di Valdina ha conquistato tre medaglie nelle regate regionali "
    "del fine settimana, disputate sul lago con un forte vento che ha ritardato diverse "
    "batterie del mattino.",
    "L'allenatore si è detto soddisfatto, ma ha ricordato che l'obiettivo della stagione resta "
    "il campionato italiano di giugno, quando la squadra juniores punterà al podio.",
)
_ES = (
    "El club de remo de Valdelosa gana tres medallas en las regatas regionales",
    "Una breve entradilla sobre el fin de semana de regatas en el embalse del norte.",
    "El club de remo de Valdelosa consiguió el fin de semana tres medallas en las regatas "
    "regionales, celebradas en el embalse con un fuerte viento que retrasó varias series de "
    "la mañana.",
    "El entrenador se mostró satisfecho, aunque recordó que el objetivo de la temporada sigue "
    "siendo el campeonato nacional de junio, donde el equipo júnior aspira al podio.",
)
_PL = (
    "Nowy zarząd klubu sportowego w Zalesiu wybrany na walnym zebraniu",
    "Krótki wstęp o sobotnim zebraniu członków klubu w hali sportowej.",
    "Walne zebranie członków klubu wybrało w sobotę nowy zarząd, a dotychczasowy prezes po "
    "dwunastu latach kierowania stowarzyszeniem nie ubiegał się o reelekcję w tym roku.",
    "Nowa prezes zapowiedziała rozwój sekcji młodzieżowej oraz remont szatni jeszcze w tym "
    "roku, jeśli uda się zdobyć dotację z gminy na ten cel.",
)
_FR = (
    "Le Cercle nautique de Pontrieux rapporte trois médailles des régates de Montréval",
    "Un week-end de vent et de pluie n'a pas arrêté nos rameurs. Deux bateaux sont montés "
    "sur le podium.",
    "Les régates régionales de Montréval se sont tenues samedi et dimanche sur le plan d'eau "
    "du Grand Étang, avec près de quatre cents rameurs venus de dix-sept clubs de la région.",
    "L'entraîneur se réjouit de ces résultats, mais rappelle que l'objectif reste le "
    "championnat de France en juin, où les juniors espèrent monter sur le podium.",
)
_EN = (
    "Marlow Sands rowing club brings home three medals from the spring regatta",
    "A weekend of wind and rain did not stop our crews. Two boats finished on the podium.",
    "The spring regatta was held on Saturday and Sunday on the reservoir above Marlow Sands, "
    "with nearly four hundred rowers from seventeen clubs racing in strong crosswinds.",
    "The head coach said the results were encouraging, but that the real target of the "
    "season remains the national championship in June, where the juniors hope to medal.",
)


def _parse(title: str, *lines: str) -> object:
    return parse_plaintext("\n\n".join((title, *lines)) + "\n")


def _names(article: object) -> list[str]:
    return [a.name for a in article.authors]  # type: ignore[attr-defined]


def test_italian_newsletter_after_the_date_is_no_author() -> None:
    title, dek, *body = _IT
    row = "Pubblicato il 27 ottobre 2026 · Notiziario della Confraternita"
    article = _parse(title, row, dek, *body)
    assert _names(article) == []
    assert article.published == "2026-10-27"  # type: ignore[attr-defined]
    assert article.subtitle == dek  # type: ignore[attr-defined]


def test_spanish_and_polish_bulletins_are_no_authors() -> None:
    title, dek, *body = _ES
    article = _parse(title, "Publicado el 3 de mayo de 2027 · Boletín del Club de Remo", dek, *body)
    assert _names(article) == []
    assert article.subtitle == dek  # type: ignore[attr-defined]
    title, dek, *body = _PL
    article = _parse(title, "Opublikowano 3 maja 2027 • Biuletyn Klubu Sportowego", dek, *body)
    assert _names(article) == []


def test_a_person_with_a_particle_after_the_date_stays_the_author() -> None:
    title, dek, *body = _IT
    article = _parse(title, "Pubblicato il 27 ottobre 2026 · Luca della Robbia", dek, *body)
    assert _names(article) == ["Luca della Robbia"]


def test_dek_under_a_byline_and_a_date_row_with_the_publication() -> None:
    title, dek, *body = _FR
    row = "Publié le 3 mars 2027 – Bulletin du Cercle nautique"
    article = _parse(title, "Par Yannick Delorme", row, dek, *body)
    assert _names(article) == ["Yannick Delorme"]
    assert article.subtitle == dek  # type: ignore[attr-defined]
    assert article.paragraphs()[0].text.startswith("Les régates")  # type: ignore[attr-defined]
    title, dek, *body = _EN
    row = "Published 3 May 2027 · Newsletter of the Rowing Club"
    article = _parse(title, "By Harriet Quenby", row, dek, *body)
    assert _names(article) == ["Harriet Quenby"]
    assert article.subtitle == dek  # type: ignore[attr-defined]


def test_short_lead_under_a_byline_and_a_bare_date_stays_body() -> None:
    title, dek, *body = _FR
    article = _parse(title, "Par Yannick Delorme", "Publié le 3 mars 2027", dek, *body)
    assert article.subtitle is None  # type: ignore[attr-defined]


def test_newsletter_on_its_own_line_under_the_date_is_no_author() -> None:
    title, dek, *body = _IT
    article = _parse(title, "27 ottobre 2026", "Notiziario della Confraternita", dek, *body)
    assert _names(article) == []
    assert article.subtitle == dek  # type: ignore[attr-defined]
    assert "Notiziario" not in " ".join(p.text for p in article.paragraphs())  # type: ignore[attr-defined]


def test_reading_time_or_section_in_the_row_under_a_byline_leaves_the_lead() -> None:
    title, dek, *body = _EN
    for row in ("May 5, 2027 | 3 min read", "Published May 5, 2027 | Sports"):
        article = _parse(title, "By Harriet Quenby", row, dek, *body)
        assert article.subtitle is None  # type: ignore[attr-defined]
        assert article.paragraphs()[0].text == dek  # type: ignore[attr-defined]
    row = "Published May 5, 2027 | Parish Newsletter"
    article = _parse(title, "By Harriet Quenby", row, dek, *body)
    assert article.subtitle == dek  # type: ignore[attr-defined]
