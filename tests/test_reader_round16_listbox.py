"""Round 16 (listbox): lists inside the story — a recipe's section head with a colon
and a bracketed note over its ingredients, a key-figures box (label over number-led
rows) after the story's prose, a labelled bulleted box inside the body (no longer taken
for the header's summary box, which ended the article there), and a review's two-item
"Cons" list (no caption over a credit). Every sentence here is invented."""

from __future__ import annotations

import pytest
from readerblocks import figures, headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext

_EN_RECIPE = "Harbour Kitchen\n\nLemon barley buns for a slow Sunday\n\nA soft, tangy bake from the coast, written by Mara Quell\n\nBy Mara Quell\nPublished 4 March 2026\n\nThese buns came from a bakery on the harbour wall that closed years ago, and the recipe survived on a card in my aunt's drawer.\n\nIngredients (makes 12 buns):\n\n300 g barley flour\n200 g strong white flour\n1 unwaxed lemon, zested\n250 ml warm milk\n\nMethod\n\nMix the flours with the zest, then pour in the milk and knead for ten minutes until the dough feels springy.\n\nShape twelve rounds, leave them to rise for an hour and bake at 200C for eighteen minutes.\n"

_DE_RECIPE = "Küchenzeit\n\nKartoffelpuffer mit Apfelkompott\n\nEin Klassiker aus dem Norden, neu gedacht von Henrike Almstett\n\nVon Henrike Almstett\n12.03.2026\n\nKaum ein Gericht erinnert so sehr an Jahrmärkte wie der knusprige Puffer, den wir hier mit einem leichten Kompott servieren.\n\nZutaten (für 4 Personen):\n\n800 g mehligkochende Kartoffeln\n1 Zwiebel\n2 Eier\n3 Äpfel\n\nZubereitung\n\nKartoffeln und Zwiebel fein reiben, gut ausdrücken und mit den Eiern vermengen.\n\nDie Masse portionsweise in heißem Öl goldbraun ausbacken und mit dem Kompott servieren.\n"

_PL_RECIPE = "Smaki Domu\n\nDrożdżowe bułeczki z makiem\n\nPrzepis na weekend od Janiny Stroczek\n\nAutor: Janina Stroczek\n05.03.2026\n\nTe bułeczki piekła moja babcia w każdą sobotę, a zapach maku unosił się wtedy w całej kamienicy.\n\nSkładniki (na 12 sztuk):\n\n500 g mąki pszennej\n250 ml ciepłego mleka\n25 g drożdży\n200 g masy makowej\n\nPrzygotowanie\n\nDrożdże rozpuść w mleku, dodaj mąkę i wyrabiaj ciasto przez kwadrans, aż stanie się gładkie.\n\nUformuj dwanaście bułeczek, nadziej je masą makową i piecz w 180 stopniach przez dwadzieścia minut.\n"

_EN_KEYFIG = "Business\n\nDunmore mill reopens with a smaller workforce\n\nThe wool plant was shut for two years after a fire in its dye house\n\nBy Callum Rester\nPublished 9 March 2026\n\nThe owners of the old Dunmore mill switched the looms back on on Monday, two years after a fire gutted the building's dye house and left the town's largest employer idle.\n\nKey figures\n\n£6.5m spent on the rebuild\n85 staff, down from 140\n2 new looms from Portugal\n40% of output sold abroad\n\nUnion officials said they welcomed the reopening but would press the firm to rehire former staff first.\n\nSubscribe to read the full story.\n"

_FR_KEYFIG = "Économie\n\nLe port de Valmeret mise sur le fret ferroviaire\n\nLa plateforme logistique doit ouvrir en 2028 après trois ans de travaux\n\nPar Odile Ferrandin\nPublié le 14 mars 2026\n\nLa communauté de communes a voté jeudi soir le financement d'un terminal relié au réseau ferré, un projet attendu depuis une décennie par les transporteurs de la vallée.\n\nLes chiffres clés\n\n42 millions d'euros d'investissement\n18 hectares de terrain\n120 emplois attendus\n3 trains par jour dès l'ouverture\n\nLes élus de l'opposition ont dénoncé un calendrier jugé trop optimiste et réclament une étude indépendante sur le trafic.\n\nIl vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.\n"

_DE_KEYFIG = "Wirtschaft\n\nMolkerei Lindhagen baut neues Werk\n\nDer Betrieb investiert trotz sinkender Milchpreise in den Standort\n\nVon Birte Osterkamp\n10.03.2026\n\nDie Genossenschaftsmolkerei im Kreis Lindhagen will bis 2027 eine neue Käserei errichten und damit ihre Produktion fast verdoppeln.\n\nDie wichtigsten Zahlen\n\n30 Millionen Euro Investition\n210 Beschäftigte\n450 Milchbauern liefern zu\n12 Prozent mehr Umsatz im Vorjahr\n\nDer Bürgermeister begrüßte die Pläne, warnte aber vor mehr Lastwagenverkehr in den Dörfern.\n\nLesen Sie weiter mit Ihrem Abo.\n"

_EN_KP_B = "Business\n\nDunmore mill reopens with a smaller workforce\n\nThe wool plant was shut for two years after a fire in its dye house\n\nBy Callum Rester\nPublished 9 March 2026\n\nThe owners of the old Dunmore mill switched the looms back on on Monday, two years after a fire gutted the building's dye house and left the town's largest employer idle.\n\nKey points\n\n• £6.5m spent on the rebuild\n• 85 staff, down from 140\n• 2 new looms from Portugal\n• 40% of output sold abroad\n\nUnion officials said they welcomed the reopening but would press the firm to rehire former staff first.\n\nSubscribe to read the full story.\n"

_FR_KEYFIG_B = "Économie\n\nLe port de Valmeret mise sur le fret ferroviaire\n\nLa plateforme logistique doit ouvrir en 2028 après trois ans de travaux\n\nPar Odile Ferrandin\nPublié le 14 mars 2026\n\nLa communauté de communes a voté jeudi soir le financement d'un terminal relié au réseau ferré, un projet attendu depuis une décennie par les transporteurs de la vallée.\n\nLes chiffres clés\n\n• 42 millions d'euros d'investissement\n• 18 hectares de terrain\n• 120 emplois attendus\n• 3 trains par jour dès l'ouverture\n\nLes élus de l'opposition ont dénoncé un calendrier jugé trop optimiste et réclament une étude indépendante sur le trafic.\n\nIl vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.\n"

_FR_REVIEW = "Tests\n\nBouilloire Norrvik K4 : rapide, mais bruyante\n\nNous avons utilisé cette bouilloire pendant trois semaines dans notre cuisine de test\n\nPar Lucien Marbot\nPublié le 2 mars 2026\n\nLa K4 promet de chauffer un litre d'eau en moins de trois minutes, et elle tient parole, mais son sifflement finit par agacer toute la maisonnée.\n\nLes plus\n\nChauffe très vite\nRéglage de la température au degré près\nSocle pivotant\n\nLes moins\n\nSifflement aigu en fin de cycle\nCâble trop court\n\nVerdict : un bon achat pour qui boit beaucoup de thé, à condition de supporter le bruit.\n"

_EN_REVIEW = "Reviews\n\nTallow Trek 2 hiking boot review\n\nA light boot that shrugs off rain but pinches on long descents\n\nBy Priya Ondaatje\nPublished 2 March 2026\n\nWe wore the Trek 2 on forty miles of moorland paths over a wet fortnight, and our feet stayed dry even after wading through a swollen stream near the summit.\n\nPros\n\nFully waterproof\nLight at 480 g a pair\nGrippy sole on wet rock\n\nCons\n\nTight toe box\nLaces slip\n\nVerdict: a sound choice for wet days, if your feet are narrow.\n"


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
