"""Round 22 (crosslang): header and tail line shapes that the reader knew in one or two
languages, printed the way other languages print them: a title line under an Arabic byline,
a Chinese caption printed twice without its "。", a Chinese file-photo or agency credit in
brackets, a bracketed update stamp, a credit line under the "related" links, a place after a
contributor, a wire byline in capitals with "Y"/"UND" and a mixed-case agency, a Chinese
byline's "报道", buy-photo and local-journalism prompts, a reporter's contact line and a
labelled update stamp under the story. Every sentence, person, place and site is invented."""

from __future__ import annotations

from readerblocks import authors, contributors, figures, headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_AR_BODY = (
    "افتتحت البلدية صباح الأربعاء جسراً جديداً للمشاة فوق نهر الوادي، يربط الحي الشمالي "
    "بمحطة الحافلات الرئيسية بعد سنوات من المطالبات.",
    "وقال رئيس البلدية إن المشروع كلف نحو مليوني دينار وإن العمل استغرق أربعة عشر شهراً.",
    "وعبر سكان الحي عن ارتياحهم لانتهاء الأعمال التي أغلقت الطريق القديم طوال الصيف.",
)
_ZH_BODY = (
    "6月17日上午，一辆装载着三千余册图书的厢式货车缓缓驶入石门乡中心小学，这是东岭县流动图书车项目投入使用后的第一站。",
    "据县教育局介绍，首批两辆图书车由县财政和一家本地物流企业共同出资改装，车厢两侧可以展开成书架。",
    "按照计划，图书车每两周轮换一次线路，覆盖全县十一个乡镇的二十六所村小和教学点，受益学生超过两千人。",
)
_ES_BODY = (
    "PUNTA CORVO, 19 sep (EFE) — El faro de Punta Corvo, construido en 1911 y cerrado al "
    "público desde 2008, reabrió el sábado tras una restauración de dos años.",
    "La intervención recuperó la escalera de hierro fundido, la linterna y la antigua casa "
    "de los fareros, que ahora acoge un pequeño museo.",
    "El faro sigue funcionando como ayuda a la navegación, por lo que las visitas se limitan "
    "a grupos de quince personas.",
)
_DE_BODY = (
    "Die marode Fußgängerbrücke über die Sonne im Ortsteil Au wird im Frühjahr abgerissen "
    "und durch einen Neubau ersetzt. Das hat der Gemeinderat am Dienstag beschlossen.",
    "Die alte Holzbrücke war im Herbst gesperrt worden, nachdem mehrere Bohlen der "
    "Lauffläche eingebrochen waren.",
    "Der Neubau soll rund 400.000 Euro kosten, die Hälfte davon trägt nach den Plänen der "
    "Gemeinde das Land.",
)
_PL_BODY = (
    "Kładka pieszo-rowerowa nad Bugiem połączy osiedle Zielone Wzgórze z bulwarami w "
    "centrum miasta. Rada Miasta zatwierdziła we wtorek projekt budowy.",
    "Konstrukcja będzie miała 164 metry długości i cztery metry szerokości. Po obu stronach "
    "powstaną ścieżki rowerowe i punkty widokowe.",
    "Przetarg na wykonawcę ma zostać ogłoszony w listopadzie, a miasto liczy na "
    "dofinansowanie z funduszy unijnych.",
)


# -- a title line under an Arabic byline -------------------------------------------------


def test_an_arabic_title_line_under_the_byline_is_the_writers_role() -> None:
    for byline, role in (
        ("بقلم: سلوى منصور", "مراسلة الشؤون الزراعية"),
        ("كتب: سامر العلي", "محرر الشؤون المحلية"),
    ):
        article = parse_plaintext(
            _lines(
                "محليات",
                "افتتاح جسر جديد للمشاة فوق نهر الوادي بعد انتظار طويل",
                byline,
                role,
                "الأربعاء 5 مارس 2025",
                *_AR_BODY,
            )
        )
        assert len(article.authors) == 1, byline
        assert article.authors[0].role == role
        assert paragraphs(article) == list(_AR_BODY)


# -- Chinese captions: printed twice, file photo, agency -----------------------------------


def test_a_chinese_caption_printed_twice_without_its_full_stop_is_one_figure() -> None:
    caption = "图为流动图书车停靠在石门乡中心小学操场上。"
    article = parse_plaintext(
        _lines(
            "东岭日报网",
            "首页 > 新闻 > 社会",
            "山区小学迎来首批流动图书车",
            "山区小学迎来首批流动图书车",
            "2025-06-18 09:45　来源：东岭日报",
            "记者 韩雪松 通讯员 周一帆",
            "分享到：",
            "微信",
            "微博",
            caption[:-1],
            f"{caption}（记者 韩雪松 摄）",
            "本报讯（记者 韩雪松 通讯员 周一帆）" + _ZH_BODY[0],
            *_ZH_BODY[1:],
        )
    )
    assert article.subtitle is None
    assert figures(article) == [(caption, "记者 韩雪松")]


def test_a_chinese_file_photo_or_agency_credit_in_brackets_makes_a_figure() -> None:
    caption = "资料图：去年冬天，志愿者在村文化站整理捐赠图书。"
    for bracket, credit in (
        ("（东岭日报资料图）", "东岭日报资料图"),
        ("（资料图片）", "资料图片"),
        ("（新华社发）", "新华社"),
    ):
        article = parse_plaintext(
            _lines(
                "山区小学迎来首批流动图书车",
                "2025-06-18 09:45　来源：东岭日报",
                "记者 韩雪松",
                _ZH_BODY[0],
                caption + bracket,
                _ZH_BODY[1],
                _ZH_BODY[2],
            )
        )
        assert figures(article) == [(caption, credit)], bracket
        assert paragraphs(article) == list(_ZH_BODY)


def test_a_chinese_byline_closing_with_its_report_verb_names_one_writer() -> None:
    article = parse_plaintext(
        _lines(
            "山区小学迎来首批流动图书车",
            "2025年06月18日 09:45　来源：东岭日报",
            "本报记者 韩雪松 报道",
            *_ZH_BODY,
        )
    )
    assert authors(article) == ["韩雪松"]


# -- tail: update stamp, credit line under the related links --------------------------------


def test_a_bracketed_update_stamp_and_a_credit_line_under_related_links_are_read() -> None:
    article = parse_plaintext(
        _lines(
            "东岭日报网",
            "山区小学迎来首批流动图书车",
            "2025-06-18 09:45　来源：东岭日报",
            "记者 韩雪松",
            *_ZH_BODY,
            "相关阅读",
            "东岭县新建十二个村级文化站",
            "暑期乡村阅读志愿者招募启动",
            "（更新时间：2025-06-18 11:20）",
            "责任编辑：李婷",
            "版权所有 东岭日报社 未经书面授权禁止转载",
        )
    )
    assert str(article.updated)[:16] == "2025-06-18T11:20"
    assert article.credit_line == "责任编辑：李婷"
    assert contributors(article) == ["李婷"]
    assert paragraphs(article) == list(_ZH_BODY)


def test_a_labelled_update_stamp_with_a_lower_case_month_is_no_cut_paragraph() -> None:
    for stamp in (
        "Actualizado: 20 de septiembre de 2025",
        "(Actualizado: 20 de septiembre de 2025)",
    ):
        article = parse_plaintext(
            _lines(
                "Sociedad",
                "Reabre el faro centenario de Punta Corvo tras dos años de obras",
                "Por Ana Gil",
                "19 sep 2025",
                *_ES_BODY,
                stamp,
            )
        )
        assert paragraphs(article) == list(_ES_BODY), stamp


# -- credit lines and wire bylines ----------------------------------------------------------


def test_a_contributors_place_after_a_comma_is_no_second_name() -> None:
    for line, names, body in (
        ("Con información de Teresa Antón, en Madrid.", ["Teresa Antón"], _ES_BODY),
        ("Mitarbeit: Jana Hoff, in Stuttgart", ["Jana Hoff"], _DE_BODY),
    ):
        article = parse_plaintext(
            _lines(
                "Reabre el faro centenario de Punta Corvo tras dos años de obras",
                "Por Ana Gil",
                "19 sep 2025",
                *body,
                line,
            )
        )
        assert article.credit_line == line
        assert contributors(article) == names


def test_a_wire_byline_in_capitals_with_a_one_letter_and_and_a_mixed_case_agency() -> None:
    for byline, names, body in (
        ("POR ANA GIL Y LUIS MORA Agencia EFE", ["Ana Gil", "Luis Mora"], _ES_BODY),
        (
            "VON ANNA BERG UND TOM KRÜGER Deutsche Presse-Agentur",
            ["Anna Berg", "Tom Krüger"],
            _DE_BODY,
        ),
    ):
        article = parse_plaintext(
            _lines(
                "Lokales",
                "Reabre el faro centenario de Punta Corvo tras dos años de obras",
                byline,
                "19.09.2025",
                *body,
            )
        )
        assert [n.casefold() for n in authors(article)] == [n.casefold() for n in names], byline


def test_a_one_letter_capital_without_two_names_around_it_stays_inside_the_name() -> None:
    article = parse_plaintext(
        _lines(
            "Reabre el faro centenario de Punta Corvo tras dos años de obras",
            "POR JUAN Y PÉREZ",
            "19 sep 2025",
            *_ES_BODY,
        )
    )
    assert len(article.authors) == 1


# -- buy-photo button, local-journalism prompt, reporter's contact -------------------------


def test_buy_photo_local_journalism_prompt_and_reporters_contact_are_no_body() -> None:
    article = parse_plaintext(
        _lines(
            "Nowa kładka nad Bugiem połączy dwa osiedla",
            "Autor: Magdalena Sowińska",
            "8 października 2025, 14:20",
            "Wizualizacja kładki przygotowana przez biuro projektowe.",
            "fot. Urząd Miasta Nadbuże",
            "Kup zdjęcie",
            _PL_BODY[0],
            _PL_BODY[1],
            "Wspieraj lokalne dziennikarstwo. Zamów prenumeratę już od 9,99 zł miesięcznie.",
            _PL_BODY[2],
            "Z autorką można się skontaktować pod adresem m.sowinska@gazeta.example",
            "Tagi: Nadbuże, inwestycje, Bug",
        )
    )
    assert "Kup zdjęcie" not in headings(article)
    assert paragraphs(article) == list(_PL_BODY)
