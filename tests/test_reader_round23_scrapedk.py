"""Round 23 (scrapedk): line shapes that real scraped magazine and specialist pages in
English, German, French, Spanish, Italian, Portuguese and Dutch got wrong — the writer's
prefixed byline opening the page over a short headline, a prompt for the whole test or
recipe printed elsewhere kept as a paragraph, the dek printed on the line right under the
headline. Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from readerblocks import authors, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_DE = (
    "Um 6.12 Uhr Ortszeit hob die Forschungsrakete vom Testgelände bei Kirnhausen ab. Zwei "
    "frühere Versuche waren am Wetter und an einem undichten Ventil gescheitert.",
    "Die Nutzlast, ein Messgerät der Hochschule Ellwang, soll die obere Atmosphäre über "
    "dem Nordmeer vermessen und am Fallschirm zurückkehren.",
)
_PT = (
    "As irmãs do Convento de Santa Clara voltaram a acender o forno de lenha que estava "
    "apagado desde 2019. Aos sábados, a cozinha abre as portas a quem quiser aprender.",
    "A primeira aula esgotou em dois dias. Vinte alunos aprenderam a fazer pão de ló e "
    "queijadas, sob a orientação da irmã Lúcia Amaral.",
)
_EN = (
    "The Harlow Vista is one of the roomiest compact SUVs on sale and offers a full set of "
    "driver aids as standard. Most versions use a 1.5-liter engine.",
    "The Marden Tor has bold styling and a smooth hybrid drive that returned 41 mpg "
    "overall in our tests, the best of the group.",
)
_NL = (
    "Wat blijft er over van het bereik van een elektrische bestelbus als het een week lang "
    "vriest? Wij reden de Kargo zeshonderd kilometer door Drenthe.",
    "Op papier haalt de bus 310 kilometer met een volle accu. Bij min zes graden bleef "
    "daar 212 kilometer van over, gemeten tussen Assen en Delfzijl.",
)


# -- a prefixed byline opening the page over a short headline --------------------------------


def test_prefixed_byline_over_a_short_headline_is_no_title():
    article = parse_plaintext(_text("Von: Ralf Meiring", "Diesmal hat es geklappt!", *_DE))
    assert article.title == "Diesmal hat es geklappt!"
    assert authors(article) == ["Ralf Meiring"]
    assert paragraphs(article) == list(_DE)


def test_prefixed_byline_over_a_short_headline_portuguese():
    article = parse_plaintext(_text("Por: Helena Faria Brandão", "Convento reabre a cozinha", *_PT))
    assert article.title == "Convento reabre a cozinha"
    assert authors(article) == ["Helena Faria Brandão"]
    assert paragraphs(article) == list(_PT)


def test_byline_over_prose_stays_the_reader_fallback():
    # no headline-shaped line under it: the guard leaves the page as it was read before
    article = parse_plaintext(_text("Von: Ralf Meiring", *_DE))
    assert article.title != _DE[0]
    assert paragraphs(article)[-1] == _DE[1]


def test_headline_opening_with_a_prefix_word_is_still_the_title():
    title = "By the numbers: the harbour plan in five charts"
    article = parse_plaintext(_text(title, "A short guide to the figures behind the vote", *_EN))
    assert article.title == title


# -- a prompt for the whole piece printed elsewhere ------------------------------------------


def test_full_test_prompt_between_paragraphs_is_dropped():
    article = parse_plaintext(
        _text(
            "The most fuel-efficient family SUVs",
            _EN[0],
            "Read the complete Harlow Vista road test.",
            _EN[1],
            "Read the complete Marden Tor road test.",
        )
    )
    assert paragraphs(article) == list(_EN)


def test_full_recipe_prompt_portuguese_is_dropped():
    article = parse_plaintext(
        _text("Convento reabre a cozinha", *_PT, "Leia a receita completa do pão de ló.")
    )
    assert paragraphs(article) == list(_PT)


def test_prose_opening_like_a_prompt_is_kept():
    # two sentences: a paragraph that happens to open with the words, no link
    line = (
        "Read the complete report and you will find the same numbers. The council has "
        "not answered our questions about them."
    )
    article = parse_plaintext(_text("The most fuel-efficient family SUVs", *_EN, line))
    assert paragraphs(article) == [*_EN, line]


# -- the dek glued under the headline ---------------------------------------------------------


def test_sentence_glued_under_the_headline_is_the_dek():
    dek = "Een week vorst in Drenthe kost de bus een derde van zijn bereik."
    text = "Bestelbus op stroom doorstaat de vorst\n" + dek + "\n\n" + _text(*_NL)
    article = parse_plaintext(text)
    assert article.subtitle == dek
    assert paragraphs(article) == list(_NL)


def test_sentence_under_the_headline_with_a_blank_line_stays_the_first_paragraph():
    first = "Een week vorst in Drenthe kost de bus een derde van zijn bereik."
    article = parse_plaintext(_text("Bestelbus op stroom doorstaat de vorst", first, *_NL))
    assert article.subtitle is None
    assert paragraphs(article)[0] == first


def test_glued_line_without_a_blank_line_under_it_is_no_dek():
    # a copy with no blank lines at all: nothing sets the headline's block apart
    first = "Een week vorst in Drenthe kost de bus een derde van zijn bereik."
    text = "\n".join(("Bestelbus op stroom doorstaat de vorst", first, *_NL)) + "\n"
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert paragraphs(article)[0] == first


# -- a reading time with a label glued after it opening the page ------------------------------


def test_reading_time_with_a_tail_is_no_title():
    article = parse_plaintext(
        _text("4 min read Generated by AI", "The most fuel-efficient family SUVs", *_EN)
    )
    assert article.title == "The most fuel-efficient family SUVs"
    assert paragraphs(article) == list(_EN)


def test_headline_opening_with_a_duration_is_the_title():
    title = "10 minutes that changed the harbour"
    article = parse_plaintext(_text(title, *_EN))
    assert article.title == title
