"""Round 15 (recipes): a recipe card's structure — capitals recipe names and servings
lines over the ingredient list, step numbers on lines of their own, and a food feature's
recipe/styling and photo credit line. Every sentence and name here is invented."""

from __future__ import annotations

from readerblocks import headings, paragraphs

from syndicate.model import Article
from syndicate.readers.plaintext import parse_plaintext

_EN_INTRO = [
    "My grandmother kept a jar of dried beans on the windowsill, and every Sunday she would "
    "soak a handful of them for the week's first soup.",
    "This version keeps her method but adds a spoonful of smoked paprika and a squeeze of "
    "lemon at the very end, which brightens the whole pot.",
]
_NL_INTRO = [
    "Op zondag kook ik graag een grote pan soep, zodat er doordeweeks altijd iets klaarstaat "
    "als de dag langer duurde dan gepland.",
    "Deze linzensoep is zo'n pan: goedkoop, snel klaar en de volgende dag nog lekkerder dan "
    "op de eerste avond.",
]


def _page(title: str, byline: str, body: list[str]) -> str:
    return "\n\n".join([title, byline, *body]) + "\n"


def _nl_page(extra: list[str]) -> Article:
    return parse_plaintext(
        _page("Linzensoep voor de hele week", "Door Wieke Dorrestein", [*_NL_INTRO, *extra])
    )


def _en_page(extra: list[str]) -> Article:
    return parse_plaintext(
        _page("A soup for the week ahead", "By Nora Pellington", [*_EN_INTRO, *extra])
    )


def _card(*lines: str) -> str:
    return "\n".join(lines)


def test_capitals_recipe_name_and_servings_line_are_headings() -> None:
    card = _card(
        "WHITE BEAN SOUP WITH LEMON",
        "FOR 6 PEOPLE",
        "400 g dried white beans",
        "2 onions",
        "3 cloves garlic",
        "1 lemon",
        "METHOD",
        "Soak the beans overnight in plenty of cold water, then drain and rinse them well.",
        "Simmer the beans with the onions and garlic for an hour, until they are soft.",
    )
    text = _page("A soup for the week ahead", "By Nora Pellington", [*_EN_INTRO, card])
    article = parse_plaintext(text)
    assert headings(article)[:2] == ["WHITE BEAN SOUP WITH LEMON", "FOR 6 PEOPLE"]
    assert "FOR 6 PEOPLE" not in paragraphs(article)
    assert "3 cloves garlic" in paragraphs(article)


def test_ingredient_in_a_run_of_amounts_is_no_heading() -> None:
    card = _card(
        "Ingrédients",
        "2 poireaux",
        "1 boîte de pois chiches (400 g)",
        "1 boîte de tomates (400 g)",
        "500 ml de bouillon de légumes",
        "3 pommes de terre",
        "Préparation",
        "Laissez mijoter le tout pendant trente minutes avant de mixer la soupe finement.",
    )
    body = [
        "Le marché du samedi regorge de poireaux en cette saison, et leur prix a baissé de "
        "moitié depuis le mois dernier.",
        card,
        "Servez bien chaud avec une tranche de pain grillé et un filet d'huile d'olive.",
    ]
    article = parse_plaintext(_page("Une soupe de saison", "Par Lise Varnier", body))
    assert "1 boîte de tomates (400 g)" not in headings(article)
    assert "1 boîte de tomates (400 g)" in paragraphs(article)


def test_step_numbers_on_their_own_lines_are_no_paragraphs() -> None:
    steps = _card(
        "BEREIDING",
        "1.",
        "Spoel de linzen af en laat ze uitlekken in een vergiet.",
        "2.",
        "Fruit de ui glazig in een ruime pan met een scheut olie.",
        "3.",
        "Voeg de linzen en de bouillon toe en laat alles twintig minuten zachtjes koken.",
    )
    article = _nl_page([steps])
    found = paragraphs(article)
    assert "1." not in found and "2." not in found and "3." not in found
    assert "Spoel de linzen af en laat ze uitlekken in een vergiet." in found
    assert len(found) == 5


def test_styling_and_photo_credit_line_names_both() -> None:
    line = "Receptbewerking en styling: Wieke Dorrestein. Foto's: Bram Heuvelink"
    article = _nl_page([line])
    assert article.credit_line == line
    assert [c.name for c in article.contributors] == ["Wieke Dorrestein", "Bram Heuvelink"]


def test_english_food_styling_credit_line() -> None:
    line = "Food styling: Petra Lindqvist. Photography: Omar Saleeby"
    article = _en_page([line])
    assert article.credit_line == line
    assert [c.name for c in article.contributors] == ["Petra Lindqvist", "Omar Saleeby"]


def test_photo_label_alone_stays_no_credit_line() -> None:
    # without a styling credit beside it, "Foto: Name" credits a picture, not the report
    line = "Foto's: Bram Heuvelink. Foto's: Sanne Ploeg"
    article = _nl_page([line])
    assert article.credit_line is None


def test_recipe_label_over_the_card_is_no_paragraph() -> None:
    for label in ("Recept", "RECEPT"):
        card = _card(
            "LINZENSOEP MET KOMIJN",
            "VOOR 4 PERSONEN",
            "250 g rode linzen",
            "1 ui",
            "2 teentjes knoflook",
            "BEREIDING",
            "Spoel de linzen af en laat ze uitlekken in een vergiet.",
        )
        article = _nl_page([label, card])
        assert label not in paragraphs(article)
        assert label not in headings(article)
        assert headings(article)[:2] == ["LINZENSOEP MET KOMIJN", "VOOR 4 PERSONEN"]


def test_dated_heads_are_no_amounts() -> None:
    # "8 lipca – …" over "9 lipca – …": an itinerary's dated heads, not an ingredient run
    body = [
        "Chór wyruszył w trasę koncertową po północnej Hiszpanii w pierwszym tygodniu lipca, "
        "zabierając ze sobą nowy program pieśni ludowych.",
        "42 śpiewaków i dwóch akompaniatorów spędziło w autokarze ponad dwadzieścia godzin, "
        "zanim dotarli do pierwszego miasta na trasie.",
        "8 lipca – Oviedo, katedra",
        "Pierwszy koncert zgromadził tłum słuchaczy, którzy nagrodzili chórzystów długimi "
        "brawami na stojąco.",
        "9 lipca – León, kościół parafialny",
        "Drugi wieczór był kameralny, ale akustyka starego kościoła zrobiła ogromne wrażenie "
        "na wszystkich śpiewakach.",
    ]
    article = parse_plaintext(_page("Chór w trasie po Hiszpanii", "Autor: Ewa Marcinek", body))
    assert "8 lipca – Oviedo, katedra" in headings(article)
