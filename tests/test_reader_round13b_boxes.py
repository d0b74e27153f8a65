"""Round 13b (boxes): a listing box of "Label: value" rows (or label lines over value lines)
between the byline or date and the first paragraph, a summary box's label without a colon
below the byline, and an uncredited one-sentence caption right under a dump's image line.
Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext

_EN_PROSE = (
    "The spring plant sale returns to the Mill Lane allotments on Saturday, with more than "
    "forty growers selling seedlings, herbs and fruit bushes from their own plots.\n\n"
    "Organisers said the money raised last year paid for a new water tank and a ramp to "
    "the tool shed, and this year they hope to replace the leaking polytunnel.\n\n"
    "Visitors are asked to bring their own bags and boxes, since the growers have agreed "
    "to stop handing out plastic trays at the gate.\n"
)

_FR_PROSE = (
    "Le club de Valbrune a remporté dimanche son premier titre régional, au terme d'une "
    "finale disputée jusqu'à la dernière minute devant un public nombreux.\n\n"
    "Menées à la pause, les joueuses ont resserré leur défense et profité de la fatigue de "
    "leurs adversaires dans le dernier quart-temps, selon leur entraîneur.\n\n"
    "La section féminine du club comptait à peine dix licenciées il y a cinq ans, elle en "
    "réunit aujourd'hui plus de soixante, de l'école de basket aux seniors.\n"
)

_DE_PROSE = (
    "Ein Schmortopf aus Gusseisen gehört in viele Küchen, doch die Preise reichen von "
    "vierzig bis weit über dreihundert Euro, ohne dass der Unterschied sofort sichtbar wäre.\n\n"
    "Wir haben vier Töpfe sechs Wochen lang für Eintöpfe, Brot und Schmorgerichte benutzt "
    "und dabei vor allem auf die Emaille und die Griffe geachtet.\n\n"
    "Am Ende lag ein Modell aus der mittleren Preisklasse vorn, weil es gleichmäßig heizte "
    "und sich auch nach dem zwanzigsten Durchgang leicht reinigen ließ.\n"
)


def test_rows_under_the_date_before_the_text_are_a_listing_box() -> None:
    text = (
        "Plant sale returns to the allotments\n\n"
        "By Nora Hale\nPosted 4 March 2026\n\n"
        "Date: Saturday 14 March\nTime: 9am to 1pm\nPlace: Mill Lane allotments\n"
        "Entry: free\n\n" + _EN_PROSE
    )
    paragraphs = _paragraphs(parse_plaintext(text))
    assert paragraphs[0].startswith("The spring plant sale")
    assert not any(p.startswith(("Date:", "Time:", "Place:", "Entry:")) for p in paragraphs)


def test_label_lines_over_value_lines_under_the_byline_are_a_listing_box() -> None:
    text = (
        "Plant sale returns to the allotments\n\n"
        "By Nora Hale\nPosted 4 March 2026\n\n"
        "When\nSaturday 14 March, 9am to 1pm\nWhere\nMill Lane allotments\n"
        "Admission\nFree, donations welcome\n\n" + _EN_PROSE
    )
    paragraphs = _paragraphs(parse_plaintext(text))
    assert paragraphs[0].startswith("The spring plant sale")
    assert "Mill Lane allotments" not in paragraphs


def test_details_told_in_sentences_stay_body() -> None:
    text = (
        "Plant sale returns to the allotments\n\n"
        "By Nora Hale\nPosted 4 March 2026\n\n"
        "The sale runs from 9am to 1pm on Saturday 14 March. Entry is free.\n\n" + _EN_PROSE
    )
    assert _paragraphs(parse_plaintext(text))[0].startswith("The sale runs from 9am")


def test_hard_wrapped_scoreboard_rows_stay_apart_and_drop() -> None:
    wrapped = "\n".join(
        "   " + line
        for line in (
            "Le club de Valbrune a remporté dimanche son premier titre régional, au",
            "terme d'une finale disputée jusqu'à la dernière minute devant un public",
            "nombreux.",
        )
    )
    text = (
        "   Valbrune s'offre un premier titre régional\n\n"
        "   Par Inès Garrigue\n   Publié le 8 mars 2026 à 19h30\n\n"
        "   Finale : Valbrune 61 – 57 Saint-Géry Basket Club\n"
        "   Quart-temps : 14-16, 15-13, 16-14, 16-14\n"
        "   Salle : gymnase des Tanneurs\n\n" + wrapped + "\n\n" + _FR_PROSE.split("\n\n", 1)[1]
    )
    paragraphs = _paragraphs(parse_plaintext(text))
    assert paragraphs[0].startswith("Le club de Valbrune")
    assert not any(":" in p[:20] for p in paragraphs)


def test_summary_label_without_colon_below_the_byline_is_chrome() -> None:
    text = (
        "Vier Schmortöpfe im Test\n\n"
        "Von Petra Aumann\nVeröffentlicht am 05.03.2026\n\n"
        "Das Wichtigste in Kürze\n\n"
        "  * Testsieger ist ein Topf aus der mittleren Preisklasse.\n"
        "  * Der teuerste Topf verlor nach vier Wochen Emaille.\n\n"
        "Die vier Töpfe nach sechs Wochen in der Testküche. Foto: Ruth Kessler\n\n" + _DE_PROSE
    )
    article = parse_plaintext(text)
    assert article.subtitle is None  # (not the dek either)
    assert "Das Wichtigste in Kürze" not in _headings(article)
    paragraphs = _paragraphs(article)
    assert "Das Wichtigste in Kürze" not in paragraphs
    assert paragraphs[0] == "Testsieger ist ein Topf aus der mittleren Preisklasse."


def test_one_sentence_under_an_image_line_is_its_uncredited_caption() -> None:
    text = (
        "Plant sale returns to the allotments\n\n"
        "By Nora Hale\nPosted 4 March 2026\n\n"
        + _EN_PROSE.split("\n\n", 1)[0]
        + "\n\n[Seedlings on a trestle table]\n"
        "Seedlings waiting for buyers on a trestle table at last year's sale.\n\n"
        + _EN_PROSE.split("\n\n", 1)[1]
    )
    article = parse_plaintext(text)
    assert _figures(article) == [
        ("Seedlings waiting for buyers on a trestle table at last year's sale.", None)
    ]
    assert not any(p.startswith("Seedlings waiting") for p in _paragraphs(article))


def test_copyright_name_under_an_image_line_is_its_credit() -> None:
    text = (
        "Plant sale returns to the allotments\n\n"
        "By Nora Hale\nPosted 4 March 2026\n\n"
        + _EN_PROSE.split("\n\n", 1)[0]
        + "\n\n[IMG]\n© Orchard Lane Studio\n\n"
        + _EN_PROSE.split("\n\n", 1)[1]
        + "\n© 2026 Millbrook Gazette Ltd\n"
    )
    article = parse_plaintext(text)
    assert _figures(article) == [(None, "Orchard Lane Studio")]
