"""Round 17 (figures): how dump tools print a picture next to its caption — lynx's and
w3m's image word on the caption's own line ("[IMG] caption …", "[image] …"), an alt text
opening with the page's image word ("[Imagen: …]") over the caption of the same picture.
(The lead-photo rule for a caption between headline and dek was removed at the merge: it
cost real pages.) Every sentence here is invented."""

from __future__ import annotations

import textwrap

from readerblocks import figures as _figures
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.lines import split_lines
from syndicate.readers.scraped.markup import is_image_placeholder, split_image_leads

_EN = [
    "The harbour board of Tollbridge agreed on Monday to rebuild the north slipway, which "
    "has been closed to boats since a storm broke its lower section in October.",
    "Engineers said the work would take about fourteen weeks and that the fishing fleet "
    "would use the old ferry berth on the south side until it is finished.",
    "The board expects to pay for most of the repair from its own reserves, with the rest "
    "coming from a coastal fund run by the county council.",
]
_ES = [
    "El ayuntamiento de Robledal ha terminado de plantar trescientos robles en la ladera "
    "que ardió hace dos veranos, con ayuda de vecinos y de dos colegios del municipio.",
    "Los técnicos municipales regarán los plantones cada semana hasta la primavera y "
    "revisarán los protectores contra el ganado antes de las primeras nevadas.",
    "La concejala de Medio Ambiente anunció una segunda jornada de plantación para marzo, "
    "abierta a cualquier vecino que se inscriba en el registro municipal.",
]


def _wrapped(text: str, indent: str = "") -> str:
    """``text`` as a dump tool prints it: wrapped at 76 columns, maybe indented (lynx)."""
    return textwrap.fill(text, 76, initial_indent=indent, subsequent_indent=indent)


def _lynx_page(*figure_lines: str) -> str:
    """A lynx dump: the header, a paragraph, the figure lines, two paragraphs."""
    return (
        "\n\n".join(
            [
                "   Tollbridge to rebuild its storm-damaged slipway",
                _wrapped("Repairs will take fourteen weeks, the harbour board says", "   "),
                "   By Ruth Marden",
                _wrapped(_EN[0], "   "),
                *(_wrapped(line, "   ") for line in figure_lines),
                _wrapped(_EN[1], "   "),
                _wrapped(_EN[2], "   "),
            ]
        )
        + "\n"
    )


def test_lynx_image_word_on_an_uncredited_caption_line() -> None:
    # lynx prints "[IMG]" and the caption set beside the picture on one line; a caption
    # without a credit ("FILE - …") was read as a paragraph opening with "[IMG]".
    article = parse_plaintext(
        _lynx_page("[IMG] FILE - The north slipway during the regatta in 2019.")
    )
    assert _figures(article) == [("FILE - The north slipway during the regatta in 2019.", None)]
    assert _paragraphs(article) == _EN


def test_lynx_image_word_on_a_credit_only_line() -> None:
    # "[IMG] Photo: Name": a picture with a credit and no caption; "[IMG]" is no caption.
    article = parse_plaintext(_lynx_page("[IMG] Photo: Ian Cole"))
    assert _figures(article) == [(None, "Ian Cole")]
    assert _paragraphs(article) == _EN


_W3M_PAGE = """Skip to main content

Tollbridge Harbour Board

Home   About   Moorings   Notices   Contact

Home » News » Harbour works

Tollbridge to rebuild its storm-damaged slipway

[image] The broken lower section of the north slipway seen from the ferry
berth on Monday afternoon. Photo: Ian Cole

Repairs will take about fourteen weeks and the fleet moves to the old ferry
berth meanwhile, the harbour board says

By Ruth Marden | 2 December 2026

{body}

Related news

  • New mooring fees from April
  • Harbour office closed over Christmas

© 2026 Tollbridge Harbour Board
"""


def test_alt_line_with_image_word_over_caption_is_one_figure_in_the_header() -> None:
    # inscriptis prints the image's alt text "[Imagen: …]" (longer than a bare label)
    # over the caption of the same picture, between the headline and the dek.
    text = "\n\n".join(
        [
            "Robledal planta trescientos robles en la ladera quemada",
            "[Imagen: Vecinos y escolares plantan robles jóvenes en la ladera del monte]\n"
            "Vecinos y escolares plantan robles en la ladera del monte el pasado sábado. "
            "Foto: Nuria Alday",
            "La segunda jornada de plantación, abierta a todos los vecinos, será en marzo",
            "Por Elena Sarrate\n02/12/2026",
            *_ES,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert article.subtitle is not None and article.subtitle.startswith("La segunda jornada")
    assert [a.name for a in article.authors] == ["Elena Sarrate"]
    assert _figures(article) == [
        (
            "Vecinos y escolares plantan robles en la ladera del monte el pasado sábado.",
            "Nuria Alday",
        )
    ]
    assert _paragraphs(article) == _ES


def test_split_image_leads_keeps_names_and_other_brackets() -> None:
    lines = split_lines(
        "[IMG] Jane Roe\n\n[image] FILE - The old pier in 2019.\n\n[Update] The road is open.\n"
    )
    out, images = split_image_leads(lines)
    assert [line.text for line in out] == [
        "[IMG] Jane Roe",  # a writer's portrait on an author card: left to its own rule
        "FILE - The old pier in 2019.",
        "[Update] The road is open.",  # no image word
    ]
    assert images == frozenset({out[1].number - 1})


def test_long_alt_with_image_word_is_a_placeholder() -> None:
    assert is_image_placeholder(
        "[Bild: Zwei Gärtnerinnen messen den Blütenstand der Titanwurz im Tropenhaus am Morgen]"
    )
    assert not is_image_placeholder(
        "[Hinweis: Dieser Artikel wurde nach Redaktionsschluss um weitere Angaben ergänzt]"
    )


_AR_PAGE = """   [1]تخطي إلى المحتوى

   [2]بلدية وادي السدر - الأخبار

     * [3]الرئيسية
     * [4]الخدمات
     * [5]الأخبار

   [6]الرئيسية > [7]الأخبار

        البلدية تفتتح حديقة الحي الشمالي بعد عامين من الأعمال

   [IMG] عمال يزرعون أشجار النخيل عند مدخل الحديقة الجديدة. (أرشيفية)

   الحديقة تضم ملعبين للأطفال ومساراً للمشي بطول كيلومترين ومكتبة صغيرة
   مفتوحة

   بقلم: هدى السالم
   نُشر بتاريخ: 3 ديسمبر 2026

   افتتحت بلدية وادي السدر، صباح الخميس، حديقة الحي الشمالي بعد عامين من
   أعمال الإنشاء. وتضم الحديقة ملعبين للأطفال ومساراً للمشي بطول كيلومترين
   ومكتبة صغيرة مفتوحة لسكان الحي وطلاب المدارس القريبة.

   وقال رئيس البلدية إن الحديقة ستفتح أبوابها يومياً من السادسة صباحاً حتى
   العاشرة مساءً، وإن الدخول إليها مجاني لجميع الزوار.

   وأضاف أن البلدية تعتزم إنشاء حديقتين مماثلتين في الحيين الغربي والجنوبي
   خلال العامين المقبلين، بعد الانتهاء من دراسة المواقع المقترحة.

   شارك الخبر: [8]فيسبوك [9]إكس

   جميع الحقوق محفوظة © 2026 بلدية وادي السدر
"""


def test_lone_alt_line_holding_a_credited_caption_is_the_figure() -> None:
    # An alt line with nothing printed under it: its words are the only caption; an alt
    # line over a caption line is the same picture (the caption line is the figure).
    alone = "[Imagen: Los plantones llevan un protector contra el ganado. Foto: Nuria Alday]"
    twice = (
        "[Imagen: Plantones con protector]\nLos plantones llevan un protector. Foto: Nuria Alday"
    )
    for figure, caption in (
        (alone, "Los plantones llevan un protector contra el ganado."),
        (twice, "Los plantones llevan un protector."),
    ):
        text = "\n\n".join(
            [
                "Robledal planta trescientos robles",
                "La segunda jornada de plantación, abierta a todos los vecinos, será en marzo",
                "Por Elena Sarrate\n02/12/2026",
                _ES[0],
                figure,
                *_ES[1:],
            ]
        )
        article = parse_plaintext(text + "\n")
        assert _figures(article) == [(caption, "Nuria Alday")]
        assert _paragraphs(article) == _ES


def test_credit_under_an_image_after_the_last_paragraph_is_a_figure() -> None:
    # w3m: a picture set under the last paragraph, printed "[image] Photo: Name", right
    # over the related-links block: the article's figure, not the page's footer.
    body = "\n\n".join(map(_wrapped, _EN)) + "\n\n[image] Photo: Tollbridge Harbour Board"
    article = parse_plaintext(_W3M_PAGE.format(body=body))
    assert _figures(article)[-1] == (None, "Tollbridge Harbour Board")
    assert _paragraphs(article) == _EN
