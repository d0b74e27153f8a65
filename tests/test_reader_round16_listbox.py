"""Round 16 (listbox): lists inside the story — a recipe's section head with a colon
and a bracketed note over its ingredients, a key-figures box (label over number-led
rows) after the story's prose, a labelled bulleted box inside the body (no longer taken
for the header's summary box, which ended the article there), and a review's two-item
"Cons" list (no caption over a credit). Every sentence here is invented."""

from __future__ import annotations

import pytest
from readerblocks import figures, headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext

_EN_RECIPE = "\n".join(
    [
        "Harbour Kitchen",
        "",
        "Lemon barley buns for a slow Sunday",
        "",
        "A soft, tangy bake from the coast, written by Mara Quell",
        "",
        "By Mara Quell",
        "Published 4 March 2026",
        "",
        "These buns came from a bakery on the harbour wall that closed years ago, and the"
        " recipe survived on a card in my aunt's drawer.",
        "",
        "Ingredients (makes 12 buns):",
        "",
        "300 g barley flour",
        "200 g strong white flour",
        "1 unwaxed lemon, zested",
        "250 ml warm milk",
        "",
        "Method",
        "",
        "Mix the flours with the zest, then pour in the milk and knead for ten minutes "
        "until the dough feels springy.",
        "",
        "Shape twelve rounds, leave them to rise for an hour and bake at 200C for "
        "eighteen minutes.",
        "",
    ]
)


_DE_RECIPE = "\n".join(
    [
        "Küchenzeit",
        "",
        "Kartoffelpuffer mit Apfelkompott",
        "",
        "Ein Klassiker aus dem Norden, neu gedacht von Henrike Almstett",
        "",
        "Von Henrike Almstett",
        "12.03.2026",
        "",
        "Kaum ein Gericht erinnert so sehr an Jahrmärkte wie der knusprige Puffer, den "
        "wir hier mit einem leichten Kompott servieren.",
        "",
        "Zutaten (für 4 Personen):",
        "",
        "800 g mehligkochende Kartoffeln",
        "1 Zwiebel",
        "2 Eier",
        "3 Äpfel",
        "",
        "Zubereitung",
        "",
        "Kartoffeln und Zwiebel fein reiben, gut ausdrücken und mit den Eiern vermengen.",
        "",
        "Die Masse portionsweise in heißem Öl goldbraun ausbacken und mit dem Kompott servieren.",
        "",
    ]
)


_PL_RECIPE = "\n".join(
    [
        "Smaki Domu",
        "",
        "Drożdżowe bułeczki z makiem",
        "",
        "Przepis na weekend od Janiny Stroczek",
        "",
        "Autor: Janina Stroczek",
        "05.03.2026",
        "",
        "Te bułeczki piekła moja babcia w każdą sobotę, a zapach maku unosił się wtedy w "
        "całej kamienicy.",
        "",
        "Składniki (na 12 sztuk):",
        "",
        "500 g mąki pszennej",
        "250 ml ciepłego mleka",
        "25 g drożdży",
        "200 g masy makowej",
        "",
        "Przygotowanie",
        "",
        "Drożdże rozpuść w mleku, dodaj mąkę i wyrabiaj ciasto przez kwadrans, aż stanie "
        "się gładkie.",
        "",
        "Uformuj dwanaście bułeczek, nadziej je masą makową i piecz w 180 stopniach przez"
        " dwadzieścia minut.",
        "",
    ]
)


def _bulleted(text: str, label: str) -> str:
    """``text`` with the lines of the box under ``label`` (up to the next blank line after
    them) set as bullet items: the same page as a dump that keeps the list's bullets."""
    lines = text.split("\n")
    k = lines.index(label) + 1
    while not lines[k]:
        k += 1
    while k < len(lines) and lines[k]:
        lines[k] = f"• {lines[k]}"
        k += 1
    return "\n".join(lines)


_EN_KEYFIG = "\n".join(
    [
        "Business",
        "",
        "Dunmore mill reopens with a smaller workforce",
        "",
        "The wool plant was shut for two years after a fire in its dye house",
        "",
        "By Callum Rester",
        "Published 9 March 2026",
        "",
        "The owners of the old Dunmore mill switched the looms back on on Monday, two "
        "years after a fire gutted the building's dye house and left the town's largest "
        "employer idle.",
        "",
        "Key figures",
        "",
        "£6.5m spent on the rebuild",
        "85 staff, down from 140",
        "2 new looms from Portugal",
        "40% of output sold abroad",
        "",
        "Union officials said they welcomed the reopening but would press the firm to "
        "rehire former staff first.",
        "",
        "Subscribe to read the full story.",
        "",
    ]
)


_FR_KEYFIG = "\n".join(
    [
        "Économie",
        "",
        "Le port de Valmeret mise sur le fret ferroviaire",
        "",
        "La plateforme logistique doit ouvrir en 2028 après trois ans de travaux",
        "",
        "Par Odile Ferrandin",
        "Publié le 14 mars 2026",
        "",
        "La communauté de communes a voté jeudi soir le financement d'un terminal relié "
        "au réseau ferré, un projet attendu depuis une décennie par les transporteurs de "
        "la vallée.",
        "",
        "Les chiffres clés",
        "",
        "42 millions d'euros d'investissement",
        "18 hectares de terrain",
        "120 emplois attendus",
        "3 trains par jour dès l'ouverture",
        "",
        "Les élus de l'opposition ont dénoncé un calendrier jugé trop optimiste et "
        "réclament une étude indépendante sur le trafic.",
        "",
        "Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.",
        "",
    ]
)


_DE_KEYFIG = "\n".join(
    [
        "Wirtschaft",
        "",
        "Molkerei Lindhagen baut neues Werk",
        "",
        "Der Betrieb investiert trotz sinkender Milchpreise in den Standort",
        "",
        "Von Birte Osterkamp",
        "10.03.2026",
        "",
        "Die Genossenschaftsmolkerei im Kreis Lindhagen will bis 2027 eine neue Käserei "
        "errichten und damit ihre Produktion fast verdoppeln.",
        "",
        "Die wichtigsten Zahlen",
        "",
        "30 Millionen Euro Investition",
        "210 Beschäftigte",
        "450 Milchbauern liefern zu",
        "12 Prozent mehr Umsatz im Vorjahr",
        "",
        "Der Bürgermeister begrüßte die Pläne, warnte aber vor mehr Lastwagenverkehr in "
        "den Dörfern.",
        "",
        "Lesen Sie weiter mit Ihrem Abo.",
        "",
    ]
)


# the same page with a "Key points" label over bulleted items
_EN_KP_B = _bulleted(_EN_KEYFIG, "Key figures").replace("Key figures", "Key points")


# the same page with the key figures as bullet items
_FR_KEYFIG_B = _bulleted(_FR_KEYFIG, "Les chiffres clés")


_FR_REVIEW = "\n".join(
    [
        "Tests",
        "",
        "Bouilloire Norrvik K4 : rapide, mais bruyante",
        "",
        "Nous avons utilisé cette bouilloire pendant trois semaines dans notre cuisine de test",
        "",
        "Par Lucien Marbot",
        "Publié le 2 mars 2026",
        "",
        "La K4 promet de chauffer un litre d'eau en moins de trois minutes, et elle tient"
        " parole, mais son sifflement finit par agacer toute la maisonnée.",
        "",
        "Les plus",
        "",
        "Chauffe très vite",
        "Réglage de la température au degré près",
        "Socle pivotant",
        "",
        "Les moins",
        "",
        "Sifflement aigu en fin de cycle",
        "Câble trop court",
        "",
        "Verdict : un bon achat pour qui boit beaucoup de thé, à condition de supporter le bruit.",
        "",
    ]
)


_EN_REVIEW = "\n".join(
    [
        "Reviews",
        "",
        "Tallow Trek 2 hiking boot review",
        "",
        "A light boot that shrugs off rain but pinches on long descents",
        "",
        "By Priya Ondaatje",
        "Published 2 March 2026",
        "",
        "We wore the Trek 2 on forty miles of moorland paths over a wet fortnight, and "
        "our feet stayed dry even after wading through a swollen stream near the summit.",
        "",
        "Pros",
        "",
        "Fully waterproof",
        "Light at 480 g a pair",
        "Grippy sole on wet rock",
        "",
        "Cons",
        "",
        "Tight toe box",
        "Laces slip",
        "",
        "Verdict: a sound choice for wet days, if your feet are narrow.",
        "",
    ]
)


@pytest.mark.parametrize(
    ("text", "head", "first_item"),
    [
        (_EN_RECIPE, "Ingredients (makes 12 buns):", "300 g barley flour"),
        (_DE_RECIPE, "Zutaten (für 4 Personen):", "800 g mehligkochende Kartoffeln"),
        (_PL_RECIPE, "Składniki (na 12 sztuk):", "500 g mąki pszennej"),
    ],
)
def test_recipe_section_head_with_bracketed_note(text: str, head: str, first_item: str) -> None:
    article = parse_plaintext(text)
    assert head in headings(article)
    body = paragraphs(article)
    assert head not in body
    assert first_item in body


@pytest.mark.parametrize(
    ("text", "label", "rows"),
    [
        (_EN_KEYFIG, "Key figures", 4),
        (_FR_KEYFIG, "Les chiffres clés", 4),
        (_DE_KEYFIG, "Die wichtigsten Zahlen", 4),
    ],
)
def test_key_figures_label_after_prose_is_a_subhead(text: str, label: str, rows: int) -> None:
    article = parse_plaintext(text)
    assert headings(article) == [label]
    body = paragraphs(article)
    assert label not in body
    assert sum(1 for p in body if p[:1].isdigit() or p[:1] == "£") == rows


@pytest.mark.parametrize(
    ("text", "label", "last"),
    [
        (_EN_KP_B, "Key points", "Union officials said"),
        (_FR_KEYFIG_B, "Les chiffres clés", "Les élus de l'opposition"),
    ],
)
def test_bulleted_box_inside_the_body_does_not_end_the_article(
    text: str, label: str, last: str
) -> None:
    article = parse_plaintext(text)
    body = paragraphs(article)
    assert len(body) == 6
    assert body[-1].startswith(last)
    assert label in headings(article)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (_FR_REVIEW, ["Sifflement aigu en fin de cycle", "Câble trop court"]),
        (_EN_REVIEW, ["Tight toe box", "Laces slip"]),
    ],
)
def test_two_item_review_list_is_no_caption_over_credit(text: str, items: list[str]) -> None:
    article = parse_plaintext(text)
    assert figures(article) == []
    body = paragraphs(article)
    for item in items:
        assert item in body
