"""Round 19d (govfooter): the foot of an institution's news page. A council's, a
ministry's or a university's template prints the page's rating prompt right under the
story ("How satisfied are you with this page?", "Jak oceniasz informacje na tej stronie?"),
then the form's help sentences and the office's address as prose; all of it is the page's
furniture. Every sentence is invented."""

from __future__ import annotations

from syndicate.model import Article, Paragraph
from syndicate.readers.plaintext import parse_plaintext

_EN = [
    "Harwick District Council has approved £2.4 million for an extension to Harwick "
    "Central Library, which will add a children's reading room and a makerspace.",
    "Work will start in April and the extension is due to open in September. The library "
    "will stay open throughout the building work.",
    'Councillor Ruth Ashby said: "Libraries are some of the busiest public buildings we '
    'have, and this gives families much more space."',
]
_DE = [
    "Der Gemeinderat von Talheim hat den Bau einer neuen Stadtbibliothek im ehemaligen "
    "Schulhaus an der Lindenstraße beschlossen.",
    "Die Arbeiten beginnen im April, eröffnet wird im September. Die Kosten betragen "
    "900.000 Euro, den Großteil trägt das Land.",
    "„Ein solcher Ort hat in unserer Stadt gefehlt“, sagte Bürgermeister Markus Keller.",
]
_PL = [
    "Uroczyste otwarcie Klubu Senior+ odbyło się w poniedziałek 18 maja w dawnym budynku "
    "poczty przy ulicy Kościelnej.",
    "Remont parteru kosztował 412 tys. zł. Prawie 300 tys. zł gmina otrzymała z rządowego "
    "programu, resztę pokryła z własnego budżetu.",
    "Zapisy przyjmuje Gminny Ośrodek Pomocy Społecznej, a pierwszeństwo mają osoby "
    "samotne i niepełnosprawne.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def test_help_text_under_a_page_rating_prompt_is_not_body() -> None:
    text = _page(
        "Library extension to open in September after funding approved",
        "Published: 4 March 2026",
        *_EN,
        "How satisfied are you with the information on this page?",
        "Your feedback helps us improve our website. Please do not include any personal "
        "information, as we cannot reply to comments left here.",
        "If you need to contact us about a specific issue, please use our online contact "
        "form or call our customer service team.",
        "Civic Centre, Market Street, Harwick HW1 2AB. Telephone 01632 960 000. Our offices "
        "are open Monday to Friday, 9am to 5pm.",
    )
    assert _texts(parse_plaintext(text)) == _EN


def test_german_and_polish_prompts_end_the_article() -> None:
    de = _page(
        "Neue Stadtbibliothek öffnet im September",
        "Veröffentlicht am 4. März 2026",
        *_DE,
        "Wie zufrieden sind Sie mit den Informationen auf dieser Seite?",
        "Ihre Bewertung hilft uns, unser Angebot zu verbessern. Bitte geben Sie keine "
        "persönlichen Daten in das Kommentarfeld ein.",
        "Rathausplatz 1, 74388 Talheim. Telefon 07133 000 00. Das Rathaus ist montags bis "
        "freitags von 8 bis 12 Uhr geöffnet.",
    )
    assert _texts(parse_plaintext(de)) == _DE
    pl = "\n".join(
        [
            "Klub Senior+ w Lipnicy Dolnej otwarty",
            "Data publikacji: 19.05.2026",
            *_PL,
            "Jak oceniasz informacje na tej stronie?",
            "1",
            "2",
            "3",
            "Twoja opinia pomoże nam ulepszyć serwis. Nie podawaj w tym miejscu danych "
            "osobowych, ponieważ na uwagi nie odpowiadamy.",
            "Sprawy urzędowe można załatwić przez ePUAP albo osobiście w urzędzie.",
        ]
    )
    assert _texts(parse_plaintext(pl + "\n")) == _PL


def test_a_rating_row_under_the_headline_cuts_nothing() -> None:
    text = _page(
        "Library extension to open in September after funding approved",
        "Published: 4 March 2026",
        "Rate this page",
        *_EN,
    )
    assert _texts(parse_plaintext(text)) == _EN


def test_a_sentence_quoting_the_prompt_is_body() -> None:
    body = [
        *_EN,
        "Was this page helpful is the question the council's new website asks under every "
        "page, and 4,000 residents have answered it since January.",
        "The answers will shape the next version of the site, officers said.",
    ]
    text = _page("Council website asks residents for their views", "Published: 4 March 2026", *body)
    assert _texts(parse_plaintext(text)) == body


def test_chinese_prompt_counts_the_story_in_characters() -> None:
    body = [
        "4月14日，青溪县新建的三所乡镇卫生院正式投入使用，覆盖周边12个行政村约3.6万名群众。",
        "三所卫生院总投资4800万元，设有全科诊室、中医馆和远程会诊室，可与县人民医院开展远程诊疗。",
        "县卫生健康局负责人表示，下一步将继续推进基层医疗机构标准化建设，让群众在家门口看好病。",
    ]
    text = _page(
        "青溪县新建三所乡镇卫生院投入使用",
        "发布时间：2026-04-15",
        *body,
        "此页面对您有帮助吗？",
        "您的反馈将帮助我们改进网站内容，请勿在此填写个人信息，我们无法对此处的留言进行回复。",
        "如需办理具体事项，请拨打政务服务热线或前往县政务服务中心咨询。",
    )
    assert _texts(parse_plaintext(text)) == body


def test_an_office_row_printed_as_short_sentences_is_the_footer() -> None:
    en = _page(
        "Library extension to open in September after funding approved",
        "Published: 4 March 2026",
        *_EN,
        "Harwick District Council, Civic Centre, Market Street, Harwick HW1 2AB. Telephone "
        "01632 960 000. Email enquiries@harwick.example. Opening hours: Monday to Friday, "
        "9am to 5pm.",
    )
    assert _texts(parse_plaintext(en)) == _EN
    ru_body = [
        "В селе Красная Горка Заречного района открылся новый фельдшерско-акушерский пункт. "
        "Здание площадью 90 квадратных метров построено за шесть месяцев.",
        "В пункте будут работать фельдшер и медицинская сестра. Здесь смогут получать помощь "
        "жители трёх соседних сёл — около 700 человек.",
    ]
    ru = _page(
        "В Заречном районе открылся новый фельдшерско-акушерский пункт",
        "15 апреля 2026",
        *ru_body,
        "Администрация Заречного района. 623000, Свердловская область, с. Заречное, ул. "
        "Ленина, 12. Телефон: +7 (34300) 2-00-00. Электронная почта: adm@zarechny.example.",
    )
    assert _texts(parse_plaintext(ru)) == ru_body


def test_practical_information_in_sentences_stays() -> None:
    body = [
        *_DE[:2],
        "Der Eintritt ist frei. Anmeldung bis Freitag unter Telefon 07133 000 00 oder per "
        "E-Mail an kultur@talheim.example. Treffpunkt ist der Rathausplatz 1.",
    ]
    text = _page(
        "Neue Stadtbibliothek öffnet im September", "Veröffentlicht am 4. März 2026", *body
    )
    assert _texts(parse_plaintext(text)) == body
