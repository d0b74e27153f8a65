"""Round 13 (eight European outlet shapes: an Austrian football club's news, a Swiss
reformed parish, a Spanish court's press notes, an Italian party federation's releases, a
Portuguese town hall, a Brazilian weekly magazine, a Belgian police zone, a Polish court's
communiqués): the kinds of miss their first reading showed — a kicker holding a year that
pulled the site's name into the headline, a practical box framed by rules, a handout
credit in a caption's brackets, a labelled star rating, a two-line signature of name and
job title, a name followed by a clergy title, a gallery link with a photo count and an
audio player's label. Every sentence here is invented."""

# ruff: noqa: E501  (the pages are printed as dumps print them: one paragraph a line)

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.cuewords import chrome_cues


def _authors(article: object) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in article.authors]  # type: ignore[attr-defined]


# -- the headline under a kicker that holds a year ---------------------------------------

_PARTY_PAGE = """Questo sito utilizza cookie tecnici. Chiudendo il banner accetti i soli cookie tecnici.
Accetta tutti
Rifiuta
Vai al contenuto
Patto Civico – Federazione provinciale di Valdora
Chi siamo
Sezioni
Eletti
Comunicati
Eventi
Tesseramento 2027
Dona ora
Home / Comunicati / Elezioni comunali
ELEZIONI COMUNALI 2027
Torrebella, la lista civica presenta Marta Dellavalle: «Riapriremo la biblioteca e gli sportelli nelle frazioni»
La bibliotecaria di 52 anni guiderà la lista sostenuta dal Patto Civico e da due liste di quartiere alle comunali di maggio. Presentazione pubblica domenica al circolo.
Scritto da Ufficio stampa | 9 marzo 2027
3 minuti di lettura
Marta Dellavalle davanti alla biblioteca chiusa di via dei Tigli
Foto: Ufficio stampa LCL
L'assemblea della federazione provinciale del Patto Civico ha scelto all'unanimità, nella serata di giovedì, la candidatura di Marta Dellavalle a sindaca di Torrebella.
«La biblioteca chiusa da tre anni è il simbolo di un paese che si è arreso, e noi non ci arrendiamo», ha detto Dellavalle davanti a un centinaio di sostenitori.
Il programma sarà presentato domenica 21 marzo alle 11 nella sala del circolo dei pescatori, sul lungolago.
Condividi
Facebook
WhatsApp
"""


def test_a_kicker_with_a_year_does_not_pull_the_site_name_into_the_headline() -> None:
    article = parse_plaintext(_PARTY_PAGE)
    assert article.title == (
        "Torrebella, la lista civica presenta Marta Dellavalle: «Riapriremo la biblioteca e gli sportelli nelle frazioni»"
    )
    assert _authors(article) == [("Ufficio stampa", None)]
    assert article.published is not None and article.published.startswith("2027-03-09")
    assert _paragraphs(article)[0].startswith("L'assemblea della federazione")


# -- a practical box framed by rules before the share row --------------------------------

_PARISH_PAGE = """Aller au contenu principal

   Paroisse réformée de Montcherand-Orny
   Accueil   Agenda   Cultes   Actualités   Contact

   * Accueil
   * Actualités
   * Vie de la paroisse

Vie de la paroisse

Le clocher de Montcherand sonne à nouveau après sa révision

   Publié le 9 avril 2027
   Claire-Hélène Duvoisin, pasteure

   Pendant six semaines, les trois cloches du temple de Montcherand se sont tues. Une entreprise spécialisée a révisé le mécanisme, remplacé les battants usés et renforcé le beffroi en chêne.

   La paroisse remercie les habitants pour leur patience et les donateurs qui ont permis de couvrir près de la moitié des frais, le reste étant pris en charge par la commune.

   Les cloches sonneront pour la première fois lors du culte de Pâques, en présence du conseil communal et des enfants du catéchisme.

   ----------------------------------------------------------------------
   Rendez-vous
   Culte de Pâques, dimanche 28 mars, 10 h
   Temple de Montcherand, apéritif offert
   ----------------------------------------------------------------------

   Partager   Facebook   WhatsApp   Courriel   Imprimer

   Autres actualités
   * Marche des familles au bord de l'Orbe
   * Nouvel horaire du secrétariat

   © 2027 Paroisse de Montcherand-Orny · Mentions légales
"""


def test_a_box_framed_by_rules_over_the_share_row_is_the_article_s_own() -> None:
    article = parse_plaintext(_PARISH_PAGE)
    assert "Rendez-vous" in _headings(article)
    paragraphs = _paragraphs(article)
    assert paragraphs[-2:] == [
        "Culte de Pâques, dimanche 28 mars, 10 h",
        "Temple de Montcherand, apéritif offert",
    ]
    assert not any("Marche des familles" in p for p in paragraphs)


def test_a_name_then_a_clergy_title_is_the_byline_with_its_role() -> None:
    article = parse_plaintext(_PARISH_PAGE)
    assert _authors(article) == [("Claire-Hélène Duvoisin", "pasteure")]


def test_without_its_closing_rule_the_box_is_not_kept_as_framed() -> None:
    page = _PARISH_PAGE.replace(
        "   Temple de Montcherand, apéritif offert\n"
        "   ----------------------------------------------------------------------\n",
        "   Temple de Montcherand, apéritif offert\n",
    )
    article = parse_plaintext(page)
    assert "Rendez-vous" not in _headings(article)


# -- captions, ratings, widgets ----------------------------------------------------------


def test_a_handout_credit_in_the_brackets_closing_a_caption_is_its_credit() -> None:
    parts = split_caption('O ator Davi Moreira em cena de "Vento Norte" (Divulgação)')
    assert parts is not None
    assert parts.caption == 'O ator Davi Moreira em cena de "Vento Norte"'
    assert parts.credit == "Divulgação"


def test_a_handout_word_in_brackets_after_a_lead_in_is_no_credit() -> None:
    # a clause that runs on ("…, segundo a nota (divulgação):") is no caption
    assert split_caption("A prefeitura publicou o calendário das obras (Divulgação):") is None


def test_a_labelled_star_rating_is_a_widget() -> None:
    cues = chrome_cues("pt")
    assert cues.kind("Avaliação: ★★★★☆") is not None
    assert chrome_cues("fr").kind("Note : ★★★☆☆") is not None
    # a sentence that mentions stars is prose
    assert cues.kind("O hotel ganhou ★★★★ no guia deste ano, segundo a associação.") is None


def test_a_gallery_link_with_its_photo_count_and_an_audio_label_are_widgets() -> None:
    assert chrome_cues("de").kind("Zur Bildergalerie (31 Fotos)") is not None
    assert chrome_cues("pt").kind("Ouça este conteúdo") is not None


def test_a_review_with_a_handout_credit_and_a_rating_keeps_its_figure() -> None:
    page = (
        "Cinema\n"
        '"Vento Norte" leva o faroeste para os pampas gaúchos\n\n'
        "Por Helena Siqueira\n"
        "Publicado em 4 mar 2027, 09h10\n\n"
        'O ator Davi Moreira em cena de "Vento Norte" (Divulgação)\n\n'
        "Avaliação: ★★★☆☆\n\n"
        "Há filmes que começam pelo silêncio, e este começa pelo vento, que atravessa o "
        "campo durante os primeiros minutos sem que ninguém diga nada.\n\n"
        "O diretor estreante constrói um faroeste sem pressa, em que os duelos são "
        "conversas em volta do fogo e a ameaça chega sempre pelo horizonte.\n\n"
        "O terceiro ato perde o fôlego, mas o filme deixa imagens que ficam na memória "
        "muito depois da sessão.\n"
    )
    article = parse_plaintext(page)
    assert _figures(article) == [('O ator Davi Moreira em cena de "Vento Norte"', "Divulgação")]
    assert _headings(article) == []
    assert _paragraphs(article)[0].startswith("Há filmes que começam")


# -- a two-line signature under a communiqué --------------------------------------------

_COURT_RELEASE = """Sąd Rejonowy w Borowicach
Strona główna > Dla mediów > Komunikaty

Wyrok w sprawie oszustw przy sprzedaży drewna opałowego

Opublikowano: 14.04.2027 r.

Sąd Rejonowy w Borowicach skazał dwóch mężczyzn oskarżonych o oszukanie ponad czterdziestu klientów, którzy zapłacili z góry za drewno opałowe, a nigdy go nie otrzymali.

Jak ustalił sąd, oskarżeni zamieszczali ogłoszenia w internecie i pobierali zaliczki, po czym przestawali odbierać telefony. Łączna szkoda przekroczyła 90 tys. zł.

Wyrok nie jest prawomocny.

Sygn. akt II K 118/26

sędzia Tomasz Rękawek
rzecznik prasowy ds. karnych

Drukuj   Powrót
"""


def test_a_name_with_its_title_over_a_job_title_signs_the_release() -> None:
    article = parse_plaintext(_COURT_RELEASE)
    assert _authors(article) == [("Tomasz Rękawek", "rzecznik prasowy ds. karnych")]
    assert _paragraphs(article)[-1] == "Wyrok nie jest prawomocny."


def test_the_job_title_over_the_name_signs_it_too() -> None:
    page = _COURT_RELEASE.replace(
        "sędzia Tomasz Rękawek\nrzecznik prasowy ds. karnych",
        "Rzecznik prasowy ds. karnych\nsędzia Tomasz Rękawek",
    )
    article = parse_plaintext(page)
    assert _authors(article) == [("Tomasz Rękawek", "Rzecznik prasowy ds. karnych")]


def test_a_name_and_role_with_an_address_under_them_is_a_contact_block() -> None:
    page = _COURT_RELEASE.replace(
        "rzecznik prasowy ds. karnych\n",
        "rzecznik prasowy ds. karnych\ntel. 55 231 40 10\n",
    )
    article = parse_plaintext(page)
    assert _authors(article) == []


def test_a_name_over_its_press_office_signs_the_release_without_a_role() -> None:
    page = _COURT_RELEASE.replace(
        "sędzia Tomasz Rękawek\nrzecznik prasowy ds. karnych",
        "mł. asp. Jolanta Wierzbicka\nZespół Prasowy KPP w Borowicach",
    )
    article = parse_plaintext(page)
    assert _authors(article) == [("Jolanta Wierzbicka", None)]


def test_a_label_whose_one_figure_is_a_year_is_no_date_line() -> None:
    from syndicate.readers.scraped.features import line_features
    from syndicate.readers.scraped.lines import split_lines
    from syndicate.readers.scraped.region import year_label

    texts = ["ELEZIONI COMUNALI 2027", "Tesseramento 2027", "Pubblicato il 9 marzo 2027"]
    lines = split_lines("\n\n".join(texts))
    feats = line_features(lines, frozenset())
    assert [year_label(line.text, f) for line, f in zip(lines, feats, strict=True)] == [
        True,
        True,
        False,
    ]


# -- the closing box's title, and more widgets of the language data ----------------------

_TOWN_NOTICE = """   [1]Aller au contenu

   [2]Mairie de Villers-la-Combe

   Vous êtes ici : [3]Accueil > [4]Actualités > Environnement

Broyage des branches : une journée gratuite le 18 avril

   Publié le 2 avril 2027

   La commune organise une journée de broyage gratuit des branches et des tailles de haies, samedi 18 avril, sur le parking du stade. Le broyat pourra être récupéré sur place pour pailler les jardins.

   Les habitants doivent apporter des branches d'un diamètre inférieur à dix centimètres, sans terre, sans pierres et sans déchets plastiques. Les souches et les troncs ne sont pas acceptés.

  En pratique

   Services techniques, 4 rue du Lavoir

   Tél. 03 81 55 20 14 ou technique@villers-la-combe.example

   Partager : [5]Facebook [6]X [7]Courriel

   [8]Retour à la liste des actualités
"""


def test_the_title_of_a_facts_box_over_the_share_row_is_a_subhead() -> None:
    article = parse_plaintext(_TOWN_NOTICE)
    assert _headings(article) == ["En pratique"]
    assert _paragraphs(article)[-2:] == [
        "Services techniques, 4 rue du Lavoir",
        "Tél. 03 81 55 20 14 ou technique@villers-la-combe.example",
    ]


def test_audio_prompts_broadcast_notes_and_join_prompts_are_widgets() -> None:
    assert chrome_cues("es").kind("Escuchá la entrevista completa en Radio Nueve 101.5") is not None
    assert chrome_cues("de").kind("Sendung am Do., 4.3.2027 19:30 Uhr, Landesschau") is not None
    assert chrome_cues("de").kind("Video herunterladen (21,7 MB | MP4)") is not None
    assert chrome_cues("fr").kind(
        "Vous aussi, rejoignez le syndicat : adhérez en ligne en quelques clics."
    ) is not None
    assert chrome_cues("de").names_article("Dieser Test erscheint auch in Heft 3/2027.")
    # the article's own sentences about a test are not the page's note
    assert not chrome_cues("de").names_article("Im Test fielen zwei Geräte durch.")


def test_a_cleric_s_lower_case_title_stays_with_the_name_in_a_byline() -> None:
    page = (
        "Parrocchia di San Biagio – Notizie\n\n"
        "Il coro dei ragazzi canta alla veglia di Natale\n"
        "di don Matteo Carminati\n"
        "Pubblicato il 19 dicembre 2027\n\n"
        "Dopo tre mesi di prove il coro dei ragazzi della parrocchia canterà per la prima "
        "volta alla veglia di Natale, accompagnato dall'organo e da due chitarre.\n\n"
        "Le prove si tengono il giovedì pomeriggio nella sala sotto la canonica, e chi "
        "vuole unirsi al gruppo può ancora farlo fino alla fine di gennaio.\n"
    )
    article = parse_plaintext(page)
    assert _authors(article) == [("don Matteo Carminati", None)]
    # a lower-case word that is no title does not join a name
    assert "domenica Matteo" not in str(
        _authors(parse_plaintext(page.replace("di don Matteo", "di domenica Matteo")))
    )
