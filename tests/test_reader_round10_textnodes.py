"""Round 10 (pages read as BeautifulSoup text): what a text-node dump does to a page.

``get_text()`` keeps the HTML source's own line breaks and tab indentation, so a paragraph
the source wrapped comes out broken in mid-sentence; every link of a menu stands on a line
of its own, and a menu's labels look like names. Every sentence here is invented."""

from __future__ import annotations

from syndicate.readers.language import stopwords
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import split_lines
from syndicate.readers.scraped.region import headline_score
from syndicate.readers.scraped.textnodes import (
    goes_on_wrapped,
    name_column,
    run_in_label,
    source_wrapped,
)

_TABS = "\t\t\n\t\n\t\t\t\n"


def _texts(text: str) -> list[str]:
    return [line.text for line in split_lines(text)]


# ------------------------------------------------------------ source-wrapped paragraphs

_WRAPPED_EN = (
    "Harbour News\n" + _TABS + "\n"
    "The ferry across the harbour will run again from Monday, after a winter of\n"
    "repairs to its landing stage that took twice as long as the operator had\n"
    "planned.The first crossing leaves the north quay at seven.\n"
    "\n" + _TABS
)

_WRAPPED_FR = (
    "Actualités du port\n" + _TABS + "\n"
    "Le bac qui traverse le port reprendra son service lundi, après un hiver de\n"
    "travaux sur son ponton qui ont duré deux fois plus longtemps que prévu par\n"
    "l'exploitant.La première traversée partira du quai nord à sept heures.\n"
    "\n" + _TABS
)


def test_source_wrapped_paragraph_is_joined_english() -> None:
    texts = _texts(_WRAPPED_EN)
    assert texts[0] == "Harbour News"
    assert texts[1].startswith("The ferry across the harbour")
    assert "after a winter of repairs to its landing stage" in texts[1]
    assert texts[1].endswith("leaves the north quay at seven.")
    assert len(texts) == 2


def test_source_wrapped_paragraph_is_joined_french() -> None:
    texts = _texts(_WRAPPED_FR)
    assert len(texts) == 2
    assert "un hiver de travaux sur son ponton" in texts[1]
    assert "prévu par l'exploitant." in texts[1]


def test_glued_paragraphs_mark_a_text_node_dump() -> None:
    # No tab at all: five paragraphs run together after their full stops.
    raws = [
        "The quay was closed.Work began in May.The crane came in June.Divers went down in",
        "early July.Tests ended in March.The ferry runs again on Monday.",
    ]
    assert source_wrapped(raws)
    assert _texts("\n".join(raws)) == [" ".join(raws)]


def test_goes_on_wrapped_needs_prose_cut_mid_sentence() -> None:
    assert goes_on_wrapped("The ferry across the harbour will run again from", "repairs to")
    assert not goes_on_wrapped("The ferry across the harbour will run again.", "then more")
    assert not goes_on_wrapped("Short label", "lower case")  # too short to be wrapped prose
    assert not goes_on_wrapped("The ferry across the harbour will run again from", "Monday")


def test_no_join_without_text_node_marks() -> None:
    # A hand copy or a dump tool: a lower-case line under a long line stays its own line
    # unless the text carries the source's tabs or glued paragraphs.
    text = (
        "The ferry across the harbour will run again from Monday, the operator said\n"
        "according to a notice pinned at the north quay on Tuesday.\n"
    )
    assert not source_wrapped(text.split("\n"))
    assert len(_texts(text)) == 2


# ------------------------------------------------------------ a menu's labels, one a line


def _features(lang: str, lines: list[str]):
    split = split_lines("\n\n".join(lines))
    return line_features(split, stopwords(lang), chrome_cues(lang))


def test_menu_labels_are_a_column_not_a_byline() -> None:
    for lang, lines in [
        ("en", ["Back to Sections", "Town Council Home", "Harbour Works", "Ferry Timetables",
                "Coastal Walks", "Lighthouse Tours"]),
        ("de", ["Zurück zur Übersicht", "Lokales Startseite", "Hafen Nord", "Fähre Süd",
                "Küsten Wege", "Leuchtturm Touren"]),
        ("fr", ["Retour aux rubriques", "Vie Locale", "Port Nord", "Bacs Sud",
                "Sentiers Côtiers", "Phares Visites"]),
    ]:
        feats = _features(lang, lines)
        assert feats[1].byline, lang  # each label has a name's shape
        assert name_column(1, feats), lang


def test_a_real_byline_is_no_column() -> None:
    feats = _features("en", [
        "Harbour ferry to run again after winter",
        "Marta Ellison",
        "March 4, 2026",
        "The ferry across the harbour will run again from Monday, the operator said on "
        "Tuesday, after a winter of repairs to its landing stage.",
    ])
    assert feats[1].byline
    assert not name_column(1, feats)


def test_menu_back_button_gets_no_byline_bonus() -> None:
    # "Back to Main Menu" over a column of menu labels shaped like names: the labels are
    # no byline, so the menu's back button is no headline (it scored as one before).
    for lang, lines in [
        ("en", ["Back to Main Menu", "Town Council Home", "Harbour Works",
                "Ferry Timetables", "Coastal Walks", "Lighthouse Tours"]),
        ("de", ["Zurück zum Hauptmenü", "Lokales Startseite", "Hafen Nord", "Fähre Süd",
                "Küsten Wege", "Leuchtturm Touren"]),
    ]:
        feats = _features(lang, lines)
        split = split_lines("\n\n".join(lines))
        assert headline_score(0, split, feats) < 2.0, lang


def test_headline_over_its_byline_keeps_the_bonus() -> None:
    lines = [
        "Harbour ferry to run again after winter",
        "Marta Ellison",
        "March 4, 2026",
        "The ferry across the harbour will run again from Monday, the operator said on "
        "Tuesday, after a winter of repairs to its landing stage.",
    ]
    feats = _features("en", lines)
    assert headline_score(0, split_lines("\n\n".join(lines)), feats) >= 3.0


# ------------------------------------------------------------ run-in labels, stripped nodes


def test_run_in_label_joins_its_quote_in_a_stripped_dump() -> None:
    # get_text("\n", strip=True): "<p><strong>What the mayor said:</strong> "…"</p>"
    rows = []
    for said, reply in [
        ("What the mayor said:", '"The ferry will run on Monday, whatever the weather."'),
        ("What the crew said:", '"We have not been told anything about it yet."'),
        ("What the council said:", '"The repairs were paid for out of last year\'s budget."'),
        ("What the riders said:", '"We will believe it when we see the boat at the quay."'),
        ("What the harbour master said:", '"The tide tables allow a crossing at seven."'),
    ]:
        rows += [said, reply]
    text = "\n".join(["Harbour News", "Five answers about the ferry", *rows])
    texts = _texts(text)
    assert 'What the mayor said: "The ferry will run on Monday, whatever the weather."' in texts
    assert len(texts) == 7


def test_run_in_label_french_and_guard() -> None:
    assert run_in_label("Ce qu'a dit le maire :", "« Le bac reprendra lundi. »")
    assert run_in_label("Réponse de l'exploitant :", "« Pas avant lundi. »")
    # a label over a list, or a long sentence ending in a colon, runs into nothing
    assert not run_in_label("Ingredients:", "2 eggs")
    assert not run_in_label(
        "The operator published the following statement on its website on Tuesday:",
        '"The ferry will run again on Monday."',
    )


# ------------------------------------------------------------ stripped dumps with links


def _stripped(nodes: list[str]) -> str:
    return "\n".join(nodes)


def test_stripped_dump_with_links_before_punctuation_is_joined_english() -> None:
    # get_text("\n", strip=True): a link's words on their own line, the comma or the full
    # stop after it opening the next node. That punctuation also marks get_text("\n"),
    # but a stripped dump has no node opening with a space.
    nodes = ["Harbour News", "Ferry to run again"]
    for place in ["the north quay", "the ferry office", "the town hall", "the bus station",
                  "the old lighthouse"]:
        nodes += ["Passengers can buy tickets at", place, ", which opens at seven,",
                  "and the first boat leaves at eight."]
    texts = _texts(_stripped(nodes))
    assert texts[2] == (
        "Passengers can buy tickets at the north quay, which opens at seven, "
        "and the first boat leaves at eight."
    )
    assert len(texts) == 7


def test_stripped_dump_with_links_before_punctuation_is_joined_french() -> None:
    nodes = ["Actualités du port", "Le bac reprend lundi"]
    for place in ["le quai nord", "la gare maritime", "la mairie", "la gare routière",
                  "le vieux phare"]:
        nodes += ["Les billets sont en vente à", place, ", qui ouvre à sept heures,",
                  "et le premier bateau part à huit heures."]
    texts = _texts(_stripped(nodes))
    assert texts[2].startswith("Les billets sont en vente à le quai nord, qui ouvre")
    assert len(texts) == 7


def test_nodes_opening_with_a_space_stay_a_newline_dump() -> None:
    # get_text("\n") without blank lines: nodes keep their spaces, and are read as such.
    nodes = []
    for place in ["the north quay", "the ferry office", "the town hall"]:
        nodes += ["Passengers can buy tickets at ", place, " , which opens at seven.",
                  " and more from the kiosk."]
    raws = _stripped(nodes).split("\n")
    assert any(raw[:1] == " " for raw in raws)
    texts = _texts(_stripped(nodes))
    assert texts[0].startswith("Passengers can buy tickets at the north quay")


def test_run_in_label_joins_its_quote_in_a_newline_dump() -> None:
    # get_text("\n"): the quote's node keeps the space it had after </strong>.
    text = (
        "What the mayor said:\n"
        ' "The ferry will run on Monday, whatever the weather."\n'
        "\n"
        "Ce qu'a dit le maire :\n"
        " « Le bac reprendra lundi. »\n"
    )
    assert _texts(text) == [
        'What the mayor said: "The ferry will run on Monday, whatever the weather."',
        "Ce qu'a dit le maire : « Le bac reprendra lundi. »",
    ]


def test_indented_quote_under_a_label_in_a_dump_tool_stays() -> None:
    # lynx indents its blocks by several spaces: no text node's single space.
    text = "What the mayor said:\n   \"The ferry will run on Monday.\"\n"
    assert len(_texts(text)) == 2
