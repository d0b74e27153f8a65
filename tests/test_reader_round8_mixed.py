"""Rules found on round 8's first-seen shapes (a court's news page, an airline's newsroom,
a museum's news page, election results), checked in isolation on original texts."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.headerline import classify_line
from syndicate.readers.scraped.lines import Line


def _kinds(text: str, lang: str) -> list[str]:
    return [e.kind for e in classify_line(0, Line(1, text, True), None, chrome_cues(lang))]


def test_a_chinese_paragraph_opening_with_a_date_is_prose_not_a_date_line() -> None:
    paragraph = "2026年3月，市民王先生在商场购买的洗衣机使用不到一周便漏水，多次维修未果。"
    assert _kinds(paragraph, "zh") == ["prose"]
    # a short date line of the header is still header furniture
    assert _kinds("2026年3月12日 星期四", "zh") != ["prose"]


def test_the_first_paragraphs_of_a_chinese_story_dated_in_their_text_stay_in_the_body() -> None:
    paragraphs = [
        "3月12日上午，青川县人民法院公开开庭审理一起买卖合同纠纷案，双方当事人及代理人到庭参加诉讼。",
        "2026年3月，市民王先生在某商场购买了一台洗衣机，使用不到一周便出现漏水，多次维修未果。",
        "法院经审理认为，商场出售的商品存在质量问题，应当承担退货并赔偿损失的责任。",
        "宣判后，双方均表示服从判决，不再上诉。",
    ]
    text = (
        "洗衣机一周就漏水 商场被判退货赔偿\n"
        "2026-03-12 10:20　来源：青川县人民法院　作者：周文静\n\n" + "\n\n".join(paragraphs) + "\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle is None
    body = [b.text for b in article.blocks if getattr(b, "text", None)]
    assert body[:2] == paragraphs[:2]


def test_a_release_end_mark_between_any_dashes_is_noise() -> None:
    from syndicate.readers.scraped.noise import noise_rule

    for mark in ("– Ends –", "—END—", "- ends -", "–30–"):
        assert noise_rule(mark) == "noise.end-mark", mark
    assert noise_rule("– the end of an era –") is None


def test_a_wrapped_credit_naming_an_organisation_and_a_photographer_is_joined() -> None:
    from syndicate.readers.scraped.captions import is_explicit_caption
    from syndicate.readers.scraped.lines import unwrap

    printed = [
        "Los vecinos del barrio de San Lázaro recorrieron el nuevo paseo fluvial junto",
        "al río durante la inauguración del domingo por la mañana. Fotografía: Ayuntamiento",
        "de Lorca / Pedro Sáez Molina",
        "",
        "El paseo, de 2,4 kilómetros, une el puente de hierro con el parque de la ribera y",
        "ha costado 3,1 millones de euros financiados en parte con fondos europeos para el",
        "desarrollo urbano sostenible del municipio y de su entorno comarcal inmediato.",
    ]
    lines, blank = [], False
    for n, text in enumerate(printed, 1):
        if not text:
            blank = True
            continue
        lines.append(Line(n, text, blank))
        blank = False
    joined = [line.text for line in unwrap(lines, keep=is_explicit_caption)]
    credit = "Fotografía: Ayuntamiento de Lorca / Pedro Sáez Molina"
    assert any(text.endswith(credit) for text in joined)


def test_a_subhead_over_unmarked_result_lines_is_a_heading() -> None:
    text = (
        "Выборы мэра Озёрска: во второй тур выходят два кандидата\n\n"
        "Автор: Павел Сомов\n"
        "12 октября 2026\n\n"
        "Городская избирательная комиссия подвела предварительные итоги голосования, "
        "которое проходило в Озёрске в минувшие выходные.\n\n"
        "Итоги первого тура\n"
        "Анна Белова (КПРФ) — 38,4%\n"
        "Игорь Лапин (самовыдвижение) — 35,9%\n"
        "Сергей Рыбаков (ЛДПР) — 14,2%\n\n"
        "Второй тур назначен на 26 октября. В нём примут участие два кандидата, набравшие "
        "наибольшее число голосов.\n"
    )
    article = parse_plaintext(text)
    headings = [b.text for b in article.blocks if type(b).__name__ == "Heading"]
    assert headings == ["Итоги первого тура"]


def test_a_caption_loses_lynx_image_name_and_the_label_its_credit_wrapped_away_from() -> None:
    from syndicate.readers.scraped.body import _bare_caption
    from syndicate.readers.scraped.cuewords import chrome_cues

    ru = chrome_cues("ru")
    assert (
        _bare_caption("[vote-2026.jpg] Подсчёт голосов на участке № 12. Фото:", ru)
        == "Подсчёт голосов на участке № 12."
    )
    es = chrome_cues("es")
    assert _bare_caption("La sala antes de la apertura. Fotografía:", es) == (
        "La sala antes de la apertura."
    )
    # a caption that merely ends in a colon keeps it
    assert _bare_caption("Lo que dijo el alcalde:", es) == "Lo que dijo el alcalde:"


def _lynx_chinese(paragraphs: list[str], width: int = 74) -> list[Line]:
    """Chinese paragraphs wrapped the way ``lynx -dump`` wraps them: a fixed number of
    characters a line, whatever their display width."""
    out: list[Line] = []
    number = 1
    for paragraph in paragraphs:
        for start in range(0, len(paragraph), width):
            out.append(Line(number, paragraph[start : start + width], start == 0 and number > 1))
            number += 1
        number += 1
    return out


def test_chinese_wrapped_by_character_count_is_unwrapped() -> None:
    from syndicate.readers.scraped.lines import unwrap

    sentence = "今年以来，全县共新建和改造农村公路一百二十多公里，沿线群众出行条件明显改善。"
    paragraphs = [sentence * n + "下一步还将继续推进。" for n in (5, 4, 6, 3)]
    lines = _lynx_chinese(paragraphs)
    assert len(lines) > len(paragraphs)
    assert [line.text for line in unwrap(lines)] == paragraphs


def test_an_alt_text_glued_over_its_credited_caption_is_not_a_headline() -> None:
    from syndicate.readers.scraped.features import line_features
    from syndicate.readers.scraped.region import _alt_over_credited_caption

    def shape(texts: list[tuple[str, bool]]) -> list[bool]:
        lines = [Line(n, text, blank) for n, (text, blank) in enumerate(texts, 1)]
        feats = line_features(lines, frozenset(), None)
        return [_alt_over_credited_caption(k, lines, f) for k, f in enumerate(feats)]

    caption = "The first hull under construction in Devon. Photo: Harbour Ferries / Ana Lee"
    body = "Harbour Ferries has ordered two battery-electric boats for the river crossing."
    # w3m: the alt text and the caption make one block, a blank line over and under it
    figure = [("Press release", False), ("Electric ferry at the yard", True), (caption, False)]
    assert shape([*figure, (body, True)])[1]
    # a headline in a block of its own, or a page printed without blank lines
    assert not shape(
        [
            ("Press release", False),
            ("Ferry firm goes electric", True),
            (caption, True),
            (body, True),
        ]
    )[1]
    assert not shape([("Ferry firm goes electric", False), (caption, False), (body, False)])[0]


def test_result_lines_with_any_dash_are_items_of_an_unmarked_list() -> None:
    from syndicate.readers.scraped.lines import figure_item

    for item in ("Анна Белова (КПРФ) — 38,4%", "Ajax – PSV 2:1", "Labour -- 41%", "Turnout - 62%"):
        assert figure_item(item), item
    assert not figure_item("Die Arbeiten enden am 25. Januar - sagt die Stadt 2026.")
    assert not figure_item("The council met on Tuesday and voted 6")


def test_result_lines_count_as_an_unmarked_list_for_the_region() -> None:
    from syndicate.readers.scraped.features import line_features
    from syndicate.readers.scraped.region import unmarked_lists

    texts = [
        "Городская избирательная комиссия подвела предварительные итоги голосования.",
        "Итоги первого тура",
        "Анна Белова (КПРФ) — 38,4%",
        "Игорь Лапин (самовыдвижение) — 35,9%",
        "Сергей Рыбаков (ЛДПР) — 14,2%",
        "Второй тур назначен на 26 октября, в нём примут участие два кандидата.",
    ]
    lines = [Line(n, text, False) for n, text in enumerate(texts, 1)]
    assert unmarked_lists(lines, line_features(lines, frozenset(), None)) == {2, 3, 4}


def test_a_labelled_credit_one_blank_line_under_a_caption_makes_the_line_above_a_dek() -> None:
    text = (
        "Fahrplanwechsel: Mehr Abendzüge auf der Heidebahn\n\n"
        "Stand: 28.11.2026, 14:30 Uhr\n\n"
        "Ab Dezember fahren die Züge werktags bis 23 Uhr im Stundentakt. Der Landkreis "
        "bezahlt die zusätzlichen Fahrten.\n\n"
        "Ein Triebwagen der Heidebahn im Bahnhof Soltau.\n\n"
        "Foto: Heidebahn/Marco Teuber\n\n"
        "Zum Fahrplanwechsel am Sonntag, 13. Dezember, ändern sich auf allen Linien die "
        "Abfahrtszeiten, wie das Unternehmen am Freitag mitteilte.\n\n"
        "Bisher endete der Stundentakt um 20 Uhr, danach fuhren nur noch zwei Züge bis "
        "Mitternacht in beide Richtungen.\n\n"
        "Die Fahrgastzahlen auf der Strecke sind seit 2023 um fast ein Drittel gestiegen, "
        "sagt die Geschäftsführerin des Unternehmens.\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle is not None and article.subtitle.startswith("Ab Dezember fahren")


def test_a_chinese_provided_by_credit_alone_on_its_line_is_a_credit() -> None:
    from syndicate.readers.scraped.captions import split_caption

    for credit in ("滨湖法院供图", "受訪者提供"):
        parts = split_caption(credit)
        assert parts is not None and parts.caption is None and parts.credit == credit
    assert split_caption("由于资金不足，无法提供") is None
