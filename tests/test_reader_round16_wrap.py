"""Round 16 (wrap): line breaks of text-browser dumps and select-all copies — a Chinese page
copied one paragraph a line with no blank line between (no hard wrap), a lynx/w3m caption
whose "(Foto:" label the wrap left on the caption's line, an image's one-word alt text read
as a subhead over its caption, a byline wrapped inside its affiliation, and a subhead wrapped
over two lines. Every sentence here is invented."""

from __future__ import annotations

import textwrap

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.lines import split_lines, unwrap, wrap_width

_ZH_LINES = [
    "6月4日上午，东坪镇在镇文化站举办首届农民书法比赛，共有六十多名村民报名参加。",
    "参赛者年龄最大的七十九岁，最小的只有十二岁，其中不少人是第一次参加比赛。",
    "比赛分为毛笔和硬笔两个组别，评委由县书法家协会的三位会员担任。",
    "来自柳湾村的退休教师韩德明获得毛笔组一等奖，他已经坚持练字三十多年。",
    "镇文化站负责人表示，今后每年都将举办一次比赛，并组织获奖作品到各村巡回展出。",
    "有兴趣学习书法的村民可以在每周六上午到文化站参加免费培训。",
]


def _zh_unspaced() -> str:
    head = ["首页", "乡镇动态", "东坪镇首届农民书法比赛举行"]
    head.append("2027-06-05 08:30　来源：东坪镇人民政府")
    tail = ["责任编辑：岳青", "上一篇：东坪镇召开夏季防汛工作会议"]
    return "\n".join([*head, *_ZH_LINES, *tail]) + "\n"


def test_zh_paragraph_a_line_without_blank_lines_is_not_hard_wrapped() -> None:
    lines = split_lines(_zh_unspaced())
    assert wrap_width(lines) is None
    assert _paragraphs(parse_plaintext(_zh_unspaced())) == _ZH_LINES


def _zh_wrapped_by_column(width: int = 40) -> str:
    """The same story wrapped by a dump at 80 columns (40 wide characters a line)."""
    out = ["东坪镇首届农民书法比赛举行", ""]
    for para in ["".join(_ZH_LINES[:3]), "".join(_ZH_LINES[3:])]:
        out.extend(para[i : i + width] for i in range(0, len(para), width))
        out.append("")
    return "\n".join(out)


def test_zh_text_wrapped_by_column_is_still_rejoined() -> None:
    lines = split_lines(_zh_wrapped_by_column())
    assert wrap_width(lines) is not None
    joined = unwrap(lines)
    assert [line.text for line in joined[1:]] == ["".join(_ZH_LINES[:3]), "".join(_ZH_LINES[3:])]


_DE_BODY = [
    "Der Musikverein Obertal hat am Sonntag sein neues Probenheim am Mühlbach eingeweiht. "
    "Nach zwei Jahren Bauzeit proben die 46 Musikerinnen und Musiker nun in einem eigenen "
    "Saal mit Notenarchiv und Instrumentenlager.",
    "Rund 300 Gäste kamen zur Eröffnung, darunter Vertreter der Nachbarvereine aus "
    "Untertal und Kestenberg. Die Jugendkapelle spielte zum Auftakt drei Märsche.",
    "Finanziert wurde der Bau zu einem großen Teil aus Spenden und Eigenleistung: Die "
    "Mitglieder haben nach Angaben des Vorstands mehr als 4000 Arbeitsstunden geleistet.",
    "Am kommenden Samstag lädt der Verein zu einem Tag der offenen Tür ein. Dann können "
    "Kinder die Instrumente ausprobieren und sich für die Bläserklasse anmelden.",
]


def _lynx(text: str, indent: str = "   ") -> list[str]:
    return textwrap.wrap(text, 72, initial_indent=indent, subsequent_indent=indent)


def _de_dump() -> str:
    parts: list[list[str]] = [
        ["   [1]Zum Inhalt springen"],
        ["   LOKALES"],
        _lynx("Musikverein Obertal weiht neues Probenheim am Mühlbach ein"),
        [
            "   Von [7]Hannelore Weidinger und [8]Tobias Kranich, Lokalredaktion des",
            "   Obertaler Anzeigers",
        ],
        ["   Veröffentlicht am 12.06.2027 um 18:20 Uhr"],
        _lynx(_DE_BODY[0]),
        _lynx(_DE_BODY[1]),
        [
            "Ein eigener Saal mit Notenarchiv, Instrumentenlager und einer kleinen Küche",
            "für die Vereinsfeste",
        ],
        _lynx(_DE_BODY[2]),
        ["   Dirigentin"],
        [
            "   Dirigentin Carola Benninghoff probt mit der Jugendkapelle im neuen Saal",
            "   am Mühlbach, im Hintergrund das Notenarchiv des Vereins. (Foto:",
            "   Matthias Grünwald / Anzeiger)",
        ],
        _lynx(_DE_BODY[3]),
        ["   [12]Impressum | [13]Datenschutz"],
    ]
    return "\n\n".join("\n".join(p) for p in parts) + "\n"


def test_lynx_byline_wrapped_inside_its_affiliation_leaves_no_paragraph() -> None:
    article = parse_plaintext(_de_dump())
    assert [a.name for a in article.authors] == ["Hannelore Weidinger", "Tobias Kranich"]
    assert "Obertaler Anzeigers" not in _paragraphs(article)
    assert _paragraphs(article)[0].startswith("Der Musikverein Obertal hat am Sonntag")


def test_lynx_subhead_wrapped_over_two_lines_is_a_heading() -> None:
    article = parse_plaintext(_de_dump())
    assert _headings(article) == [
        "Ein eigener Saal mit Notenarchiv, Instrumentenlager und einer kleinen Küche "
        "für die Vereinsfeste"
    ]
    assert _paragraphs(article) == _DE_BODY


def test_lynx_caption_loses_the_credit_label_and_bracket_the_wrap_left_on_it() -> None:
    article = parse_plaintext(_de_dump())
    assert _figures(article) == [
        (
            "Dirigentin Carola Benninghoff probt mit der Jugendkapelle im neuen Saal am "
            "Mühlbach, im Hintergrund das Notenarchiv des Vereins.",
            "Matthias Grünwald / Anzeiger",
        )
    ]


def test_one_word_alt_text_over_its_caption_is_no_subhead() -> None:
    # "Dirigentin" over "Dirigentin Carola Benninghoff probt …": the image's alt text
    article = parse_plaintext(_de_dump())
    assert "Dirigentin" not in _headings(article)
    assert "Dirigentin" not in _paragraphs(article)


def test_two_line_paragraph_leading_into_speech_stays_a_paragraph() -> None:
    para = (
        "Der Kassenwart schob die Tür zum Vereinsheim auf, wandte sich an die beiden Beisitzer "
        "und rief aufgeregt--"
    )
    parts = [
        _lynx("Kassenprüfung beim Gesangverein Niederau"),
        _lynx(_DE_BODY[0]),
        _lynx(_DE_BODY[1]),
        _lynx(para),
        _lynx(_DE_BODY[2]),
        _lynx(_DE_BODY[3]),
    ]
    article = parse_plaintext("\n\n".join("\n".join(p) for p in parts) + "\n")
    assert len(_lynx(para)) == 2
    assert _headings(article) == []
    assert para in _paragraphs(article)
