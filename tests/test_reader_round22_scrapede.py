"""Round 22 (scrapede): line shapes that real scraped pages got wrong — a lone name under
the headline (or the dek) that the page vouches for without a date: behind a dash, over an
e-mail line, over the lead photo's caption-less credit, or over its author card's bio with
the name glued twice; "null" printed for an empty alt text before a credit; abbreviated
update labels ("Màj.", "Akt."). Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from readerblocks import authors, figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_EN = (
    "The harbour board of Kestrel Bay voted on Tuesday evening to rebuild the old "
    "breakwater, ending a dispute that had split the fishing community for two years.",
    "Work will begin in the spring, the board said, once the contractor has finished the "
    "survey of the seabed along the northern wall.",
)
_PT = (
    "A Cooperativa de Vale Fundo reabriu na semana passada a antiga sala de cura, fechada "
    "desde 2018 por falta de leite e de dinheiro para a obra.",
    "Os primeiros queijos deverão chegar às lojas em fevereiro, depois de noventa dias de "
    "cura nas prateleiras de madeira.",
)
_NL = (
    "De grutto's die in Eemsterwold terugkeren uit West-Afrika, beginnen gemiddeld elf "
    "dagen later aan hun nest dan tien jaar geleden. Dat blijkt uit een nieuwe studie.",
    "Het team volgde drie jaar lang zestig vogels met kleine zenders van nog geen vijf gram "
    "op hun rug.",
)
_FR = (
    "La médiathèque de Saint-Aurèle a rouvert ses portes samedi matin après deux ans de "
    "fermeture, et près de trois cents habitants se sont pressés dans les nouveaux locaux.",
    "Elle sera désormais ouverte le dimanche matin. Les prêts restent gratuits pour les "
    "habitants de l'intercommunalité.",
)
_DE = (
    "Die neue Brücke über die Aller ist am Freitag für den Verkehr freigegeben worden. "
    "Der Bau hatte zwei Jahre gedauert und kostete rund vier Millionen Euro.",
    "Die Stadt rechnet mit deutlich weniger Staus in der Innenstadt, sagte "
    "Bürgermeisterin Anke Rolf bei der Eröffnung am Vormittag.",
)


# -- a lone name under the headline, vouched for by its own line --------------------------


def test_name_behind_a_dash_under_the_headline_is_the_byline():
    for dash in ("- ", "– ", "— "):
        article = parse_plaintext(
            _text("Harbour board votes to rebuild the breakwater", dash + "Jordan Vale", *_EN)
        )
        assert authors(article) == ["Jordan Vale"], dash
        assert paragraphs(article) == list(_EN), dash


def test_name_behind_a_dash_in_portuguese():
    article = parse_plaintext(
        _text("Cooperativa de Vale Fundo volta a curar queijo", "- Helena Prates Lobo", *_PT)
    )
    assert authors(article) == ["Helena Prates Lobo"]
    assert paragraphs(article) == list(_PT)


def test_name_over_an_e_mail_line_is_the_byline():
    for mail in ("[helena.lobo@valefundo.pt]", "helena.lobo@valefundo.pt"):
        article = parse_plaintext(
            "Cooperativa de Vale Fundo volta a curar queijo\n\nHelena Prates Lobo\n"
            + mail
            + "\n\n"
            + "\n\n".join(_PT)
            + "\n"
        )
        assert authors(article) == ["Helena Prates Lobo"], mail
        assert paragraphs(article) == list(_PT), mail


def test_name_over_the_lead_photos_credit_is_the_byline():
    dek = (
        "Onderzoekers volgden drie jaar lang zestig weidevogels. De uitkomsten verrassen de boeren."
    )
    for credit in ("Beeld Jorrit Wassenaar", "null Beeld Jorrit Wassenaar"):
        article = parse_plaintext(
            "Waarom de grutto later broedt\n\n"
            + dek
            + "\n\nFemke Dijkhuis\n"
            + credit
            + "\n\n"
            + "\n\n".join(_NL)
            + "\n"
        )
        assert authors(article) == ["Femke Dijkhuis"], credit
        assert article.subtitle == dek, credit
        assert figures(article) == [(None, "Jorrit Wassenaar")], credit
        assert paragraphs(article) == list(_NL), credit


def test_name_the_headline_speaks_of_over_a_credit_stays_no_byline():
    # the portrait's alt text names the person the headline is about: not the writer
    article = parse_plaintext(
        "Femke Dijkhuis leaves the harbour board\n\nFemke Dijkhuis\nPhoto: Jorrit Wassenaar"
        "\n\n" + "\n\n".join(_EN) + "\n"
    )
    assert authors(article) == []


def test_name_over_its_card_with_the_name_glued_twice_is_the_byline_with_its_bio():
    bio = (
        "Claire RenaudClaire Renaud est directrice des études chez Atlas Données, une "
        "association de recherche appliquée."
    )
    article = parse_plaintext(
        _text(
            "Les chiffres qui émeuvent : les données dans le plaidoyer", "Claire Renaud", bio, *_FR
        )
    )
    assert authors(article) == ["Claire Renaud"]
    assert article.authors[0].bio == bio
    assert paragraphs(article) == list(_FR)
    assert figures(article) == []


# -- "null" for an empty alt text before a credit -----------------------------------------


def test_null_alt_text_before_a_credit_is_no_caption():
    article = parse_plaintext(
        _text("Waarom de grutto later broedt", _NL[0], "null Beeld Jorrit Wassenaar", _NL[1])
    )
    assert figures(article) == [(None, "Jorrit Wassenaar")]


# -- abbreviated update labels -------------------------------------------------------------


def test_abbreviated_update_label_in_french():
    article = parse_plaintext(
        _text(
            "La médiathèque rouvre ses portes",
            "18 oct. 2026, 23:05\n/ Màj. le 19 oct. 2026 à 00:01",
            *_FR,
        )
    )
    assert str(article.published)[:10] == "2026-10-18"
    assert str(article.updated)[:10] == "2026-10-19"


def test_abbreviated_update_label_in_german():
    article = parse_plaintext(
        _text(
            "Neue Brücke über die Aller eröffnet",
            "12.03.2026, 14:05 Uhr\nAkt. 12.03.2026, 16:40 Uhr",
            *_DE,
        )
    )
    assert str(article.updated)[:10] == "2026-03-12"


# -- a blog platform's publication between the name and the reading time ------------------


def test_publication_between_name_and_reading_time_is_no_second_author():
    for time in ("8 min read", "8 min readOct 18, 2026"):
        article = parse_plaintext(
            "A guide to the harbour sensors\n\nJane Roe\nKestrel Engineering\n"
            + time
            + "\n\n"
            + "\n\n".join(_EN)
            + "\n"
        )
        assert authors(article) == ["Jane Roe"], time
        assert paragraphs(article) == list(_EN), time
