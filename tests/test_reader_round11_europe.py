"""Round 11 (de/fr/es/it/pt/nl/pl shapes: consumer tests, restaurant reviews, brotherhood
news, municipal notices, recipe blogs, municipal news, school news, animal shelters): the
kinds of miss the new shapes showed on first sight — a credit set over its caption, a
"posted by NAME on DATE" row, a reading time printed without its colon or split from its
value, a labelled date mistaken for a copy of the headline, a tag label over its tags, a
contents list's own title and a template's empty section, the page's last-update stamp
under the story, a star rating with its vote count, a recipe card's facts on one line, a
recipe head over its list, a post signed with a bare name. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.headerline import classify_line
from syndicate.readers.scraped.lines import Line

_GESCHICHTE = [
    "Der Tierschutzverein hat am Samstag sein neues Katzenhaus eröffnet, nachdem die Tiere "
    "zwei Jahre lang in einem alten Stall am Rand des Geländes leben mussten.",
    "Das Haus bietet Platz für vierzig Katzen und hat eine eigene Quarantänestation, in der "
    "kranke Tiere getrennt von den anderen versorgt werden können.",
    "Die Vorsitzende dankte allen Spenderinnen und Spendern. Ohne ihre Hilfe wäre der Bau "
    "nicht möglich gewesen, sagte sie bei der Feier vor rund zweihundert Gästen.",
]

_STORIA = [
    "Il Comune informa che da lunedì prossimo i lavori di rifacimento della piazza "
    "entreranno nella seconda fase, con la chiusura del lato nord per tre settimane.",
    "Durante il cantiere il mercato settimanale sarà spostato nel parcheggio della scuola "
    "media, dove i banchi resteranno aperti con gli orari consueti del sabato mattina.",
    "Per informazioni i cittadini possono rivolgersi all'ufficio tecnico negli orari di "
    "apertura al pubblico oppure scrivere alla casella di posta del Comune.",
]

_HISTORIA_PL = [
    "W czwartek uczniowie klas szóstych wzięli udział w warsztatach przyrodniczych w "
    "pobliskim nadleśnictwie, gdzie poznali zwyczaje zwierząt żyjących w lesie.",
    "Leśnicy pokazali dzieciom, jak rozpoznawać ślady saren i dzików, a na koniec wszyscy "
    "posadzili kilkadziesiąt młodych buków na skraju polany.",
    "Dziękujemy pracownikom nadleśnictwa za ciekawe zajęcia, a rodzicom za pomoc w "
    "zorganizowaniu przejazdu autobusem.",
]


def _page(header: list[str], body: list[str], tail: list[str] | None = None) -> str:
    return "\n\n".join([*header, *body, *(tail or [])]) + "\n"


def test_credit_over_its_caption_in_one_block_is_one_figure() -> None:
    # The credit line, then the caption under it with no blank line: a block of its own.
    text = _page(
        ["Neues Katzenhaus eröffnet", "Veröffentlicht am 4. Februar 2026"],
        [
            _GESCHICHTE[0],
            "Bild: Tierschutzverein Talbach\nDie ersten Katzen erkunden ihr neues Zuhause.",
            *_GESCHICHTE[1:],
        ],
    )
    article = parse_plaintext(text)
    assert _figures(article) == [
        ("Die ersten Katzen erkunden ihr neues Zuhause.", "Tierschutzverein Talbach")
    ]
    assert "Die ersten Katzen erkunden ihr neues Zuhause." not in _paragraphs(article)


def test_copyright_sign_over_a_caption_is_the_photo_credit_not_the_rights() -> None:
    text = _page(
        [
            "La Maison Vernet, une table qui hésite",
            "Par Hélène Marchetti",
            "Publié le 02/04/2026 à 07h00",
        ],
        [
            "© Hélène Marchetti\nLe homard bleu, le plat le plus abouti du menu.",
            "Tain-l'Hermitage ne manque pas de bonnes tables, mais la Maison Vernet était "
            "attendue. Ouverte à l'automne dans une ancienne maison de négociant, elle "
            "promettait une cuisine de terroir et de précision.",
            "Le chef propose un seul menu dégustation, en sept ou neuf temps, et une formule "
            "déjeuner en semaine. Les premières bouchées sont réjouissantes.",
        ],
    )
    article = parse_plaintext(text)
    assert _figures(article) == [
        ("Le homard bleu, le plat le plus abouti du menu.", "Hélène Marchetti")
    ]
    assert article.rights is None or "Marchetti" not in article.rights


def test_credit_over_a_paragraph_after_a_blank_line_takes_no_caption() -> None:
    # A blank line between the credit and the next line: that line is the story's.
    text = _page(
        ["Neues Katzenhaus eröffnet", "Veröffentlicht am 4. Februar 2026"],
        [_GESCHICHTE[0], "Bild: Tierschutzverein Talbach", *_GESCHICHTE[1:]],
    )
    article = parse_plaintext(text)
    assert _paragraphs(article) == _GESCHICHTE


def test_posted_by_name_on_date_gives_the_byline_and_the_date() -> None:
    cases = [
        ("pt", "Publicado por Marta Figueiredo em 8 de março de 2026", "Marta Figueiredo"),
        ("en", "Posted by Ann Lee on March 3, 2026", "Ann Lee"),
        ("fr", "Publié par Anne Roy le 3 mars 2026", "Anne Roy"),
    ]
    for lang, line, name in cases:
        entries = classify_line(0, Line(1, line, True), None, chrome_cues(lang))
        kinds = [e.kind for e in entries]
        assert kinds == ["byline", "date"], (line, kinds)
        assert entries[0].byline is not None
        assert entries[0].byline.people[0][0] == name


def test_reading_time_without_its_colon_and_its_label_alone() -> None:
    de, it = chrome_cues("de"), chrome_cues("it")
    assert de.reading_time("Lesezeit 5 Min.")
    assert de.kind("Lesezeit 5 Min.") == "counter"
    # The label alone, its value on the next line ("Tempo di lettura:" / "2 min").
    assert it.kind("Tempo di lettura:") == "counter"
    # A label that is no reading time stays a line of the story.
    assert it.kind("Si raccomanda di:") is None
    entries = classify_line(0, Line(1, "12.03.2026 · Lesezeit 5 Min.", True), None, de)
    assert entries[0].kind == "date"


def test_date_line_under_the_headline_is_no_copy_of_it() -> None:
    # The headline names May and 2026; the labelled date under it shares those words.
    text = _page(
        [
            "Lavori in piazza 2026: seconda fase dal 4 maggio",
            "Pubblicato: Martedì, 28 Aprile 2026 10:15",
        ],
        _STORIA,
    )
    article = parse_plaintext(text)
    assert article.published is not None and article.published.startswith("2026-04-28")
    assert _paragraphs(article) == _STORIA


def test_tag_label_over_its_tags_is_no_paragraph() -> None:
    text = _page(
        [
            "Lavori in piazza: seconda fase da lunedì",
            "Data: 20 aprile 2026",
            "Argomenti:\nLavori pubblici, Mercato",
        ],
        _STORIA,
    )
    article = parse_plaintext(text)
    assert "Argomenti:" not in _paragraphs(article)
    assert "Lavori pubblici" in article.tags
    assert _paragraphs(article) == _STORIA


def test_contents_title_and_empty_section_are_dropped() -> None:
    text = _page(
        ["Lavori in piazza: seconda fase da lunedì", "Data: 20 aprile 2026"],
        [
            "Indice della pagina",
            "* Cantiere\n* Mercato\n* Documenti\n* Ulteriori informazioni",
            "Cantiere",
            _STORIA[0],
            "Mercato",
            _STORIA[1],
            "Documenti",
            "Planimetria del cantiere (PDF, 420 KB)",
            "Ulteriori informazioni",
            _STORIA[2],
        ],
    )
    article = parse_plaintext(text)
    assert "Indice della pagina" not in _headings(article)
    # "Documenti" heads nothing but an attachment: no subhead of the story.
    assert "Documenti" not in _headings(article)
    assert _headings(article) == ["Cantiere", "Mercato", "Ulteriori informazioni"]
    assert _paragraphs(article) == _STORIA


def test_last_update_stamp_under_the_story_is_the_update() -> None:
    text = _page(
        ["Lavori in piazza: seconda fase da lunedì", "Data: 20 aprile 2026"],
        _STORIA,
        [
            "Ultimo aggiornamento: 21/04/2026 12:47",
            "Quanto sono chiare le informazioni su questa pagina?",
            "Valuta da 1 a 5 stelle la pagina",
        ],
    )
    article = parse_plaintext(text)
    assert article.updated is not None and article.updated.startswith("2026-04-21")


def test_star_rating_with_vote_count_is_a_widget() -> None:
    pt = chrome_cues("pt")
    assert pt.kind("★★★★★ 4,8 (63 avaliações)") == "rating"
    assert chrome_cues("en").kind("★★★★☆ 4.5 from 120 reviews") == "rating"


def test_facts_row_on_one_line_is_dropped_and_an_event_row_stays() -> None:
    from syndicate.readers.scraped.features import _fact_row

    assert _fact_row("Tempo de preparo: 1h30 | Rendimento: 8 porções | Dificuldade: fácil")
    assert _fact_row("Prep: 15 min · Cook: 40 min · Serves: 6")
    # Mostly words, not measures: an event's details, which the story may print.
    assert not _fact_row("Quando: sábado | Onde: praça central | Entrada: livre")


def test_recipe_head_over_its_list_is_a_subhead_in_any_language() -> None:
    body = [
        "Este bolo de laranja era o que a minha avó fazia aos domingos, numa forma já "
        "amolgada, e que nós comíamos ainda morno na cozinha.",
        "O segredo está na calda de laranja, regada sobre o bolo acabado de sair do forno, "
        "que o deixa húmido durante vários dias.",
        "Ingredientes",
        "4 ovos\n250 g de açúcar\n2 laranjas",
        "Preparação",
        "Bata os ovos com o açúcar até obter um creme claro e junte o sumo das laranjas.",
    ]
    header = ["Bolo de laranja da avó", "Publicado por Marta Figueiredo em 8 de março de 2026"]
    text = _page(header, body)
    article = parse_plaintext(text)
    assert _headings(article) == ["Ingredientes", "Preparação"]
    assert [a.name for a in article.authors] == ["Marta Figueiredo"]


def test_bare_name_under_the_last_paragraph_signs_the_post() -> None:
    text = _page(
        ["Warsztaty przyrodnicze w nadleśnictwie", "02.06.2026 r."],
        _HISTORIA_PL,
        ["Katarzyna Mazur", "Udostępnij:", "Zobacz też:"],
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Katarzyna Mazur"]
    assert _paragraphs(article) == _HISTORIA_PL


def test_name_over_more_prose_is_no_signature() -> None:
    # A name with a paragraph under it (a section of a longer page) signs nothing.
    more = (
        "Następnego dnia uczniowie opowiedzieli o warsztatach młodszym kolegom podczas "
        "apelu, pokazując zdjęcia i zebrane w lesie szyszki oraz liście."
    )
    text = _page(
        ["Warsztaty przyrodnicze w nadleśnictwie", "02.06.2026 r."],
        _HISTORIA_PL,
        ["Katarzyna Mazur", more],
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] != ["Katarzyna Mazur"]


def test_button_named_again_on_the_page_is_no_signature() -> None:
    # "Guest Book" under the story, and "Sign the Guest Book" among the page's buttons.
    text = _page(
        ["Warsztaty przyrodnicze w nadleśnictwie", "02.06.2026 r.", "Wpisz się: Guest Book"],
        _HISTORIA_PL,
        ["Guest Book", "Udostępnij:"],
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == []


def test_hyphenated_newsroom_after_a_byline_prefix_is_the_byline() -> None:
    de = chrome_cues("de")
    line = "Veröffentlicht am 4. Februar 2026 von Tierheim-Team"
    entries = classify_line(0, Line(1, line, True), None, de)
    assert [e.kind for e in entries] == ["date", "byline"]
    assert entries[1].byline is not None
    assert entries[1].byline.people[0][0] == "Tierheim-Team"
