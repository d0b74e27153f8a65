"""Round 19d (affiliate): product-review and "best of" pages — pro/con items printed in
lower case one a line in a copy with no blank lines, shop buttons whose verb closes them
("Bei Amazon ansehen"), a roundup's numbered product heads with the products' texts
between them, and a one-word award label between a product's stars and its shop buttons.
Every sentence, product and shop is invented."""

from __future__ import annotations

from syndicate.model import Article, Heading, Paragraph
from syndicate.readers.plaintext import parse_plaintext


def _paragraphs(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def _headings(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Heading)]


def _text(*lines: str, blank: bool = False) -> str:
    return ("\n\n" if blank else "\n").join(lines) + "\n"


_DE_HEAD = (
    "Die besten Thermoskannen im Test: Unser Vergleich nach drei Wintern",
    "Von Marlene Oberkirch",
    "12.09.2026",
)

_DE_PROSE = (
    "Eine gute Thermoskanne hält Tee am Abend noch heiß und tropft nicht in den Rucksack, "
    "auch wenn sie den ganzen Tag kopfüber im Seitenfach steckt.",
    "Für diesen Vergleich haben wir neun Kannen einen Winter lang auf Touren im "
    "Schwarzwald und auf dem Weg zur Arbeit mitgenommen.",
)


def test_lower_case_review_items_in_a_copy_without_blank_lines_stay_one_a_line() -> None:
    # A select-all copy prints no blank line; German pro/con items open in lower case. Five
    # such lines made the whole page read as stripped text nodes, each item glued to the
    # label above it ("Das gefällt uns sehr gut dicht …").
    text = _text(
        *_DE_HEAD,
        *_DE_PROSE,
        "Das gefällt uns",
        "sehr gut dicht",
        "hält zwölf Stunden warm",
        "leicht zu reinigen",
        "Das gefällt uns nicht",
        "teuer",
        "schwerer Deckel",
        "Wer eine Kanne für alles sucht, greift zur Tallwerk Sommet. Wer weniger ausgeben "
        "möchte, ist mit der Kessling Basic gut bedient.",
    )
    article = parse_plaintext(text)
    paragraphs = _paragraphs(article)
    assert "sehr gut dicht" in paragraphs
    assert "teuer" in paragraphs
    assert "Das gefällt uns nicht" in _headings(article)
    assert not any(p.startswith("Das gefällt uns") for p in paragraphs)


def test_a_sentence_cut_at_its_link_still_goes_on_in_a_text_node_dump() -> None:
    # The stripped text-node dump keeps joining the rest of a sentence: the line above it
    # is long, and so is the rest.
    text = _text(
        "Council approves the new harbour footbridge after a year of delays",
        "By Ann Colbrook",
        "The council voted on Tuesday to build the footbridge that was first proposed in",
        "the harbour plan",
        "of 2019, which also set out new moorings for the fishing fleet.",
        "Work on the bridge is due to start in the spring and should take eleven months,",
        "according to",
        "the engineers who drew up the plans for the harbour board last year.",
        "The old swing bridge will stay open to walkers until the new one is finished,",
        "said",
        "the chair of the harbour board at the end of the meeting on Tuesday evening.",
        "Residents have asked for a second crossing since the swing bridge was closed",
        "to",
        "cars in 2021 after an inspection found cracks in two of its piers.",
    )
    paragraphs = _paragraphs(parse_plaintext(text))
    assert any("first proposed in the harbour plan of 2019" in p for p in paragraphs)


def test_a_shop_button_whose_verb_closes_it_is_dropped() -> None:
    text = _text(
        *_DE_HEAD,
        _DE_PROSE[0],
        "1. Tallwerk Sommet",
        "★★★★★ 4,7/5\n24,95 € bei Bergzeit\nBei Amazon ansehen\nDie Tallwerk Sommet hielt im "
        "Test am längsten warm: Nach zwölf Stunden hatte der Tee noch 71 Grad.",
        "2. Kessling Basic",
        "★★★★☆ 4,1/5\nBei Otto ansehen\nJetzt bei Tchibo Online kaufen\nDer Deckel ist schwer, "
        "dafür schließt er auch mit Handschuhen sicher. Nach acht Stunden hatte der Tee noch "
        "64 Grad, das reicht für eine Tagestour.",
        "Der Becher aus Kunststoff wirkt billig, hält aber dicht und passt auch auf die "
        "größeren Modelle im Test.",
        blank=True,
    )
    article = parse_plaintext(text)
    kept = _paragraphs(article) + _headings(article)
    assert "Bei Amazon ansehen" not in kept
    assert "Bei Otto ansehen" not in kept
    assert "Jetzt bei Tchibo Online kaufen" not in kept
    assert "2. Kessling Basic" in kept


def test_a_dutch_shop_button_whose_verb_closes_it_is_dropped() -> None:
    text = _text(
        "De beste thermosflessen van 2026: getest op tocht en op kantoor",
        "Door Femke van Leeuwarden",
        "12 september 2026",
        "Een goede thermosfles houdt thee 's avonds nog heet en lekt niet in je rugzak, ook "
        "als hij de hele dag ondersteboven in het zijvak zit.",
        "1. Tallwerk Sommet",
        "€ 24 bij Bol\nBij Coolblue bekijken\nDe Tallwerk Sommet hield in onze test het langst "
        "warm: na twaalf uur was de thee nog 71 graden.",
        "2. Kessling Basic",
        "Bij Blokker kopen\nDe deksel is zwaar, maar sluit ook met handschoenen goed. Na acht "
        "uur was de thee nog 64 graden, genoeg voor een dagtocht.",
        "De beker van kunststof voelt goedkoop, maar lekt niet en past ook op de grotere "
        "flessen uit de test.",
        blank=True,
    )
    article = parse_plaintext(text)
    kept = _paragraphs(article) + _headings(article)
    assert "Bij Coolblue bekijken" not in kept
    assert "Bij Blokker kopen" not in kept
    assert any(p.startswith("De Tallwerk Sommet") for p in kept)


_ROUNDUP = (
    "1. Tallwerk Sommet – die beste Thermoskanne insgesamt",
    "Die Sommet hielt im Test am längsten warm: Nach zwölf Stunden hatte der Tee noch 71 "
    "Grad, und der Deckel schließt auch mit Handschuhen sicher.",
    "Das gefällt uns",
    "sehr gut dicht",
    "leicht zu reinigen",
    "Das gefällt uns nicht",
    "schwerer Deckel",
    "2. Kessling Basic – das beste Preis-Leistungs-Verhältnis",
    "Für knapp 20 Euro bekommt man eine solide Kanne aus Edelstahl, die nach acht Stunden "
    "noch heißen Tee ausschenkt.",
    "Pro",
    "günstig",
    "Contra",
    "Becher aus Kunststoff",
    "3. Nordlicht Mini – die kleinste Kanne im Test",
    "Mit 0,3 Litern passt die Mini in jede Jackentasche. Für lange Touren ist sie zu klein, "
    "für den Weg zur Arbeit aber unser Favorit.",
)


def test_numbered_product_heads_after_a_pro_con_list_are_headings() -> None:
    article = parse_plaintext(_text(*_DE_HEAD, *_DE_PROSE, *_ROUNDUP, blank=True))
    headings = _headings(article)
    assert "2. Kessling Basic – das beste Preis-Leistungs-Verhältnis" in headings
    assert "3. Nordlicht Mini – die kleinste Kanne im Test" in headings


def test_a_numbered_list_one_item_under_another_stays_a_list() -> None:
    text = _text(
        "Five things to pack for a winter day walk on the moor",
        "By Ann Colbrook",
        "Sept. 12, 2026",
        "A winter walk on the moor can turn from a pleasant stroll into a long, cold day "
        "when the fog comes down, so pack for the worst.",
        "1. A Flask Of Something Hot",
        "2. Spare Gloves",
        "3. A Paper Map",
        "The rangers say most of the people they help in winter were missing at least "
        "one of these things.",
        blank=True,
    )
    headings = _headings(parse_plaintext(text))
    assert not any(h.startswith(("1.", "2.", "3.")) for h in headings)


def test_a_hyphenated_award_label_between_stars_and_shop_buttons_is_dropped() -> None:
    text = _text(
        *_DE_HEAD,
        *_DE_PROSE,
        "★★★★☆ 4,3/5",
        "Preis-Leistungs-Tipp",
        "19,99 € bei Otto",
        "Für knapp 20 Euro bekommt man eine solide Kanne aus Edelstahl, die nach acht Stunden "
        "noch heißen Tee ausschenkt.",
        blank=True,
    )
    article = parse_plaintext(text)
    assert "Preis-Leistungs-Tipp" not in _paragraphs(article) + _headings(article)


_PICKS_PROSE = (
    "Cheap kettles have a reputation for scale, rattling lids and plastic smells, and only "
    "part of that reputation is deserved. Over six weeks we boiled water in eleven of them.",
    "Most of them did the job. Three did it well enough that we would buy them again, and "
    "here they are.",
)


def test_a_top_picks_box_its_title_and_its_award_badges_are_dropped() -> None:
    text = _text(
        "The 3 best cheap kettles of 2026",
        "By Ann Colbrook",
        "Sept. 12, 2026",
        *_PICKS_PROSE,
        "Our favourites",
        "Best overall: Halden Pour 2\nBest value: Kessel One\nBest for travel: Mira Fold",
        "1. Halden Pour 2",
        "Best overall",
        "The Pour 2 boiled a litre in two minutes and ten seconds, the fastest of the test, "
        "and its lid opened without a splash every time.",
        "2. Kessel One",
        "Best value",
        "For £19 the Kessel One is hard to beat. It is loud, but it switched itself off "
        "reliably and the filter caught every flake of scale.",
        "3. Mira Fold",
        "The Mira Fold squashes down to the height of a paperback, which makes it the one to "
        "take camping or on a long train journey.",
        blank=True,
    )
    article = parse_plaintext(text)
    kept = _paragraphs(article) + _headings(article)
    assert "Best overall: Halden Pour 2" not in kept
    assert "Our favourites" not in kept
    assert "Best overall" not in kept
    assert "Best value" not in kept
    assert "1. Halden Pour 2" in kept


def test_labelled_rows_whose_values_head_no_numbered_item_stay() -> None:
    text = _text(
        "The 3 best cheap kettles of 2026",
        "By Ann Colbrook",
        "Sept. 12, 2026",
        *_PICKS_PROSE,
        "Tested by: Ann Colbrook\nTest period: six weeks",
        "1. Halden Pour 2",
        "The Pour 2 boiled a litre in two minutes and ten seconds, the fastest of the test, "
        "and its lid opened without a splash every time.",
        "2. Kessel One",
        "For £19 the Kessel One is hard to beat. It is loud, but it switched itself off "
        "reliably and the filter caught every flake of scale.",
        blank=True,
    )
    kept = _paragraphs(parse_plaintext(text))
    assert "Tested by: Ann Colbrook" in " ".join(kept)


def test_two_spec_rows_right_over_a_shop_button_are_the_product_box() -> None:
    text = _text(
        *_DE_HEAD,
        *_DE_PROSE,
        "Fassungsvermögen: 0,75 l\nGewicht: 410 g (leer)\n24,95 € bei Bergzeit\nDie Tallwerk "
        "Sommet hielt im Test am längsten warm: Nach zwölf Stunden hatte der Tee noch 71 Grad.",
        "Der Deckel ist schwer, dafür schließt er auch mit Handschuhen sicher.",
        blank=True,
    )
    article = parse_plaintext(text)
    joined = " ".join(_paragraphs(article) + _headings(article))
    assert "Fassungsvermögen" not in joined
    assert "Gewicht: 410 g" not in joined
    assert "Die Tallwerk Sommet hielt" in joined


def test_a_title_and_its_desk_under_the_byline_is_the_role() -> None:
    text = _text(
        "Die besten Thermoskannen im Test: Unser Vergleich nach drei Wintern",
        "Von Marlene Oberkirch",
        "Redakteurin Outdoor",
        "Aktualisiert am 12.09.2026",
        *_DE_PROSE,
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Marlene Oberkirch"]
    assert article.authors[0].role == "Redakteurin Outdoor"


def test_a_polish_roundup_drops_its_picks_badges_specs_and_price_buttons() -> None:
    text = _text(
        "Najlepsze czajniki elektryczne 2026. Ranking po sześciu tygodniach testów",
        "Autor: Marta Zielonka-Bąk",
        "12.09.2026, 09:15",
        "Czajnik zwraca uwagę dopiero wtedy, gdy coś z nim jest nie tak: cieknie pokrywka, "
        "skrzypi przycisk albo plastik pachnie przy pierwszym użyciu.",
        "Przetestowaliśmy dwanaście modeli w firmowej kuchni, gdzie każdy był używany "
        "czterdzieści razy dziennie.",
        "Nasze typy",
        "Najlepszy ogólnie: Halden Pour 2",
        "Najlepszy stosunek jakości do ceny: Kessel One",
        "1. Halden Pour 2 – najlepszy czajnik w rankingu",
        "★★★★★ 4,6/5",
        "Najlepszy ogólnie",
        "Pojemność: 1,7 l",
        "Moc: 2200 W",
        "259 zł w Media Expert",
        "Pour 2 zagotował litr wody w dwie minuty i dziesięć sekund, najszybciej w całym "
        "teście, a pokrywka otwiera się bez chlapania.",
        "2. Kessel One – najlepszy stosunek jakości do ceny",
        "89 zł w Allegro",
        "Za 89 zł Kessel One trudno pobić. Jest głośny, ale zawsze sam się wyłączał, a filtr "
        "zatrzymuje kamień.",
    )
    article = parse_plaintext(text)
    kept = _paragraphs(article) + _headings(article)
    for line in (
        "Nasze typy",
        "Najlepszy stosunek jakości do ceny: Kessel One",
        "Najlepszy ogólnie",
        "Moc: 2200 W",
        "259 zł w Media Expert",
        "89 zł w Allegro",
    ):
        assert line not in kept
    assert "2. Kessel One – najlepszy stosunek jakości do ceny" in _headings(article)
