"""Round 24 (capkinds): caption and credit forms of real pages: a Chinese caption glued to
its source label with no space or stop (``figure.glued-source``), and a credit printed
before its caption, the caption opened by a "what the photo shows" label after the last
slash (``figure.credit-first-subject``). Every sentence, person, place and outlet is
invented."""

from __future__ import annotations

from syndicate.model import Figure, Paragraph
from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _figures(text: str) -> list[tuple[str | None, str | None]]:
    article = parse_plaintext(text)
    return [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]


_ZH_HEAD = (
    "青禾湿地公园二期工程明年春天开园",
    "2025-05-18 09:12 来源：青禾日报 作者：林晓岚",
    "青禾市规划局17日公布，湿地公园二期工程将于明年春天建成开园，新增水面约四十公顷，"
    "并修建一条长约九公里的环湖步道。",
)
_ZH_TAIL = (
    "附近居民对工程总体表示欢迎，但也希望施工期间减少夜间噪音。规划局表示，每晚十点后将"
    "停止重型机械作业。",
    "项目计划明年三月完成验收，届时将免费向市民开放。",
)


def test_chinese_caption_glued_to_source_label() -> None:
    text = _blocks(*_ZH_HEAD, "环湖步道走向示意圖來源:青禾市規劃局", *_ZH_TAIL)
    assert _figures(text) == [("环湖步道走向示意圖", "青禾市規劃局")]


def test_chinese_caption_glued_to_picture_source_label() -> None:
    text = _blocks(*_ZH_HEAD, "二期施工现场航拍图图片来源：青禾市住建局", *_ZH_TAIL)
    assert _figures(text) == [("二期施工现场航拍图", "青禾市住建局")]


def test_chinese_glued_source_under_headline_is_no_subtitle() -> None:
    article = parse_plaintext(
        _blocks(
            _ZH_HEAD[0],
            _ZH_HEAD[1],
            "湿地公园二期鸟瞰示意图来源:青禾规划院",
            *_ZH_HEAD[2:],
            *_ZH_TAIL,
        )
    )
    assert article.subtitle is None
    figures = [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]
    assert figures == [("湿地公园二期鸟瞰示意图", "青禾规划院")]


def test_chinese_glued_source_needs_a_picture_word() -> None:
    # a sentence glued to a source label is no picture's name: it stays as it was
    text = _blocks(*_ZH_HEAD, "市民普遍支持这项工程来源:青禾日报", *_ZH_TAIL)
    assert not any(credit == "青禾日报" for _, credit in _figures(text))


_PL_HEAD = (
    "Nowa hala sportowa w Brzezinach gotowa. Pierwszy mecz już w sobotę",
    "Marta Kowalczyk",
    "12 maja 2025, 10:15",
    "Po dwóch latach budowy hala sportowa przy ulicy Leśnej w Brzezinach jest gotowa. W "
    "sobotę odbędzie się tu pierwszy mecz ligowy miejscowej drużyny siatkarek.",
)
_PL_TAIL = (
    "Burmistrz zapowiedział, że w dni powszednie z hali będą mogły korzystać szkoły, a w "
    "weekendy kluby sportowe i mieszkańcy.",
    "Bilety na sobotni mecz są bezpłatne. Można je odebrać w kasie hali od czwartku.",
)


def test_polish_credit_first_caption_with_subject_label() -> None:
    text = _blocks(
        *_PL_HEAD,
        "Archiwum prywatne / Jan Nowicki / Na zdjęciu: Hala sportowa przy ulicy Leśnej",
        *_PL_TAIL,
    )
    assert _figures(text) == [
        ("Hala sportowa przy ulicy Leśnej", "Archiwum prywatne / Jan Nowicki")
    ]


def test_polish_labelled_credit_first_loses_its_label() -> None:
    text = _blocks(
        *_PL_HEAD,
        "Fot. Urząd Miasta Brzeziny / Na zdjęciu: Burmistrz Adam Wiśniewski przecina wstęgę",
        *_PL_TAIL,
    )
    assert _figures(text) == [
        ("Burmistrz Adam Wiśniewski przecina wstęgę", "Urząd Miasta Brzeziny")
    ]


def test_english_credit_first_caption_with_pictured_label() -> None:
    text = _blocks(
        "Harbour ferry returns after a winter of repairs",
        "By Nora Fielding",
        "March 3, 2025",
        "The Kelsey Point ferry carried its first passengers of the season on Saturday after "
        "four months in dry dock at the Marlow yard.",
        "Marlow Shipyard / Pictured: The ferry leaving the Kelsey Point pier",
        "Operators said the timetable would return to its summer pattern from next week, with "
        "sailings every forty minutes.",
    )
    assert _figures(text) == [("The ferry leaving the Kelsey Point pier", "Marlow Shipyard")]


def test_credit_first_rule_leaves_a_sentence_before_the_slash() -> None:
    # two sentences before the slash are prose, not a credit
    text = _blocks(
        *_PL_HEAD,
        "Mieszkańcy czekali na halę od lat. Teraz wreszcie ją mają / Na zdjęciu: wejście do hali",
        *_PL_TAIL,
    )
    assert not any(credit and credit.startswith("Mieszkańcy") for _, credit in _figures(text))
    article = parse_plaintext(text)
    assert any(isinstance(b, Paragraph) for b in article.blocks)


_EN_HEAD = (
    "Harbour ferry returns after a winter of repairs",
    "By Nora Fielding",
    "March 3, 2025",
    "The Kelsey Point ferry carried its first passengers of the season on Saturday after "
    "four months in dry dock at the Marlow yard, the operator said.",
)
_EN_TAIL = (
    "Operators said the timetable would return to its summer pattern from next week, with "
    "sailings every forty minutes.",
    "The repairs cost about 2 million dollars, the operator said in a statement on Friday.",
)


def test_capitals_kicker_caption_with_initialled_slashed_credit() -> None:
    text = _blocks(
        *_EN_HEAD,
        "NEW PAINT. The ferry's hull after four months in the Marlow dry dock. "
        "D.A. Quill/Hartwell Courier",
        *_EN_TAIL,
    )
    assert _figures(text) == [
        (
            "NEW PAINT. The ferry's hull after four months in the Marlow dry dock.",
            "D.A. Quill/Hartwell Courier",
        )
    ]


def test_initial_in_a_sentence_is_still_no_sentence_end() -> None:
    text = _blocks(
        *_EN_HEAD,
        "The new pier was named after the ferry's first captain, John F. Marlow of Kelsey.",
        *_EN_TAIL,
    )
    assert _figures(text) == []


def test_file_photo_credit_chain_stays_whole() -> None:
    text = _blocks(
        *_EN_HEAD,
        "FILE PHOTO: The Kelsey Point ferry leaves the Marlow pier in Brindle Bay, October "
        "12, 2024. REUTERS/Tom Hadley/File Photo/File Photo",
        *_EN_TAIL,
    )
    assert _figures(text) == [
        (
            "FILE PHOTO: The Kelsey Point ferry leaves the Marlow pier in Brindle Bay, "
            "October 12, 2024.",
            "REUTERS/Tom Hadley/File Photo/File Photo",
        )
    ]


def test_capitals_subhead_on_unspaced_page_is_no_credit() -> None:
    text = (
        "\n".join(
            (
                "Valmora council splits over the new budget",
                "The ruling group lost its majority on Tuesday after two members left the party "
                "over the harbour plan.",
                "The opposition gained one seat in the vote.",
                "BUDGET ARITHMETIC",
                "The new arithmetic leaves the council without a clear majority for the budget, "
                "which must pass before the end of March.",
                "Both groups said they would meet again on Friday.",
            )
        )
        + "\n"
    )
    article = parse_plaintext(text)
    assert not any(isinstance(b, Figure) for b in article.blocks)


def test_capitals_name_credit_on_unspaced_page_stays_a_credit() -> None:
    text = (
        "\n".join(
            (
                "Valmora council splits over the new budget",
                "The ruling group lost its majority on Tuesday after two members left the party "
                "over the harbour plan.",
                "The mayor leaves the chamber after the vote.",
                "PETRA LANGE",
                "The new arithmetic leaves the council without a clear majority for the budget, "
                "which must pass before the end of March.",
                "Both groups said they would meet again on Friday.",
            )
        )
        + "\n"
    )
    assert _figures(text) == [("The mayor leaves the chamber after the vote.", "PETRA LANGE")]
