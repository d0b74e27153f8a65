"""Round 18 (figures): the lead photo's caption in the header, between the headline and
the byline — a caption wrapped by the dump tool with its credit one blank line under it,
a caption whose credit stands on the next line right over the byline, a credit without a
label ("Name/Agency", "© Name") one blank line under its caption. The headline choice is
not touched. Every sentence here is invented."""

from __future__ import annotations

import textwrap

from readerblocks import figures as _figures
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext

_PT = [
    "A chuva que caiu durante a madrugada deixou cerca de oitenta famílias fora de casa "
    "em três bairros de Serra Alta, segundo a Defesa Civil do município.",
    "Os moradores foram levados para duas escolas e para o ginásio municipal, onde "
    "voluntários distribuem colchões, roupas e refeições desde a manhã de sexta-feira.",
    "A previsão indica mais chuva forte até domingo, e a prefeitura pediu que quem vive "
    "perto do córrego procure os abrigos ao primeiro sinal de alagamento.",
]
_DE = [
    "Der Gemeinderat von Hollerbach hat am Montagabend beschlossen, die alte Turnhalle an "
    "der Schulstraße zu sanieren und als Veranstaltungssaal zu nutzen.",
    "Die Kosten schätzt das Bauamt auf 1,4 Millionen Euro, gut ein Drittel soll aus einem "
    "Förderprogramm des Landes kommen.",
    "Die Arbeiten sollen im kommenden Frühjahr beginnen und gut ein Jahr dauern.",
]
_EN = [
    "The harbour board of Kestlebay approved new mooring fees on Monday after a long "
    "debate that drew more than forty residents to the town hall.",
    "Visiting boats will pay eleven pounds a night in summer, up from eight, while the "
    "local fishing crews keep their current rate.",
    "The extra income will pay for a new pontoon and for repairs to the slipway, which "
    "has been closed since the spring storms.",
]


def test_wrapped_caption_with_its_credit_a_blank_line_under_it() -> None:
    # html2text and w3m wrap a long caption over two lines and print its credit as a
    # block of its own; the credit's distance was counted from the caption's first line,
    # so the caption was the dek and the real dek ended the header (byline and date lost).
    parts = [
        "# Chuva deixa oitenta famílias desalojadas em Serra Alta",
        "Voluntários carregam colchões para o ginásio municipal de Serra Alta, na manhã "
        "desta sexta-feira.",
        "Foto: Caio Benedetti/Jornal da Serra",
        "Defesa Civil mantém alerta até domingo e abre dois novos abrigos",
        "Por Helena Vasconcelos Prado",
        "21/11/2026 - 09:10",
        *_PT,
    ]
    # wrapped at 76 columns, as html2text and w3m print a page
    text = "\n\n".join(textwrap.fill(part, 76) for part in parts)
    article = parse_plaintext(text + "\n")
    assert article.title == "Chuva deixa oitenta famílias desalojadas em Serra Alta"
    assert article.subtitle == "Defesa Civil mantém alerta até domingo e abre dois novos abrigos"
    assert [a.name for a in article.authors] == ["Helena Vasconcelos Prado"]
    assert _figures(article) == [
        (
            "Voluntários carregam colchões para o ginásio municipal de Serra Alta, na "
            "manhã desta sexta-feira.",
            "Caio Benedetti/Jornal da Serra",
        )
    ]
    assert _paragraphs(article) == _PT


def test_caption_and_credit_line_over_the_byline_are_a_figure() -> None:
    # A select-all copy prints the lead photo's caption and its credit line between the
    # dek and the byline; the credit right over the byline was taken for the article's
    # photographer and the caption became the first paragraph.
    text = "\n".join(
        [
            "Hollerbach saniert die alte Turnhalle",
            "Der Gemeinderat gibt grünes Licht für einen Veranstaltungssaal an der Schulstraße",
            "Die Turnhalle an der Schulstraße steht seit dem vergangenen Winter leer.",
            "Foto: Anselm Querbach",
            "Von Friederike Mahlstedt",
            "17.11.2026, 18:30 Uhr",
            *_DE,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert [a.name for a in article.authors] == ["Friederike Mahlstedt"]
    assert _figures(article) == [
        (
            "Die Turnhalle an der Schulstraße steht seit dem vergangenen Winter leer.",
            "Anselm Querbach",
        )
    ]
    assert _paragraphs(article) == _DE


def test_photographer_credit_over_the_byline_stays_header_furniture() -> None:
    # Under the byline, with no caption over it, a credit still credits the article's
    # pictures: no figure of its own.
    text = "\n".join(
        [
            "Hollerbach saniert die alte Turnhalle",
            "Der Gemeinderat gibt grünes Licht für einen Veranstaltungssaal an der Schulstraße",
            "Von Friederike Mahlstedt",
            "Fotos: Anselm Querbach",
            "17.11.2026, 18:30 Uhr",
            *_DE,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert _figures(article) == []
    assert _paragraphs(article) == _DE


def _kestlebay(credit: str) -> str:
    return "\n\n".join(
        [
            "Harbour board raises mooring fees for visiting yachts by a third",
            "Local fishing crews keep their rate as the board plans a new pontoon",
            "Yachts moored at the inner harbour of Kestlebay on Sunday afternoon.",
            credit,
            "By Owen Tregarthen",
            "Published 3 March 2026",
            *_EN,
        ]
    )


def test_slash_credit_a_blank_line_under_the_caption() -> None:
    # A credit without a label ("Name/Agency") one blank line under the caption between
    # the dek and the byline: the caption was a second prose line, which ended the header
    # before the byline and the date.
    article = parse_plaintext(_kestlebay("Ruth Pellow/Kestlebay Post") + "\n")
    dek = "Local fishing crews keep their rate as the board plans a new pontoon"
    assert article.subtitle == dek
    assert [a.name for a in article.authors] == ["Owen Tregarthen"]
    assert str(article.published)[:10] == "2026-03-03"
    assert _figures(article) == [
        (
            "Yachts moored at the inner harbour of Kestlebay on Sunday afternoon.",
            "Ruth Pellow/Kestlebay Post",
        )
    ]
    assert _paragraphs(article) == _EN


def test_bare_name_a_blank_line_under_a_sentence_is_no_credit() -> None:
    # A bare name under the sentence shows no credit's mark: the reading is unchanged.
    article = parse_plaintext(_kestlebay("Ruth Pellow") + "\n")
    assert _figures(article) == []
