"""Round 25 (tailnotes): notes and lists the reader dropped from the body. A run of match
results between a round-up's paragraphs is the story's list (no result strip), a results
line under another is no subhead ("Holme Bridge 4-2 Scarth Athletic", "AD 29,8% (-0,6)"),
a flattened table's header row is no subhead and the short head over a table copied
without its cell marks is one; a correction or editor's note opening with its label is a
body paragraph at the top (no dek) and at the end (no short line of the page). Every
sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.model import Heading, ListBlock, Paragraph
from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _body(text: str) -> list[str]:
    out: list[str] = []
    for b in parse_plaintext(text).blocks:
        if isinstance(b, Paragraph):
            out.append(b.text)
        elif isinstance(b, ListBlock):
            out.extend(b.items)
    return out


def _headings(text: str) -> list[str]:
    return [b.text for b in parse_plaintext(text).blocks if isinstance(b, Heading)]


_EN_HEAD = (
    "Home | Football | Rugby | Cricket",
    "Millbeck Rovers go top after late winner",
    "By Gwen Halloran\nPublished 9 March 2027",
    "Millbeck Rovers climbed to the top of the Valley Premier Division on Saturday after a "
    "stoppage-time header from centre-back Ossian Reeve settled a tense game at home.",
    "Ashcombe, who started the day two points clear, could only draw at Quarry Lane, where "
    "the home goalkeeper saved a penalty ten minutes from time.",
)
_EN_RESULTS = (
    "Valley Premier Division",
    "Millbeck Rovers 2-1 Kirkhope Town\nQuarry Lane 1-1 Ashcombe\n"
    "Fellside United 0-3 Brantwick\nHolme Bridge 4-2 Scarth Athletic",
)
_EN_AFTER = (
    "The Fellside game was abandoned at half-time when the floodlights failed, and the "
    "league awarded the points to Brantwick on Monday.",
)
_EN_FOOT = (
    "Share this article",
    "Most read\n1. Council confirms new pitch at Holme Bridge\n2. Junior parkrun returns "
    "to the riverside\n3. Valley cricket league announces new cup",
    "© 2027 Tarnbridge Sports Desk",
)


def test_results_run_between_paragraphs_is_body() -> None:
    text = _blocks(*_EN_HEAD, *_EN_RESULTS, *_EN_AFTER, *_EN_FOOT)
    body = _body(text)
    assert "Quarry Lane 1-1 Ashcombe" in body
    assert "Holme Bridge 4-2 Scarth Athletic" in body
    assert _headings(text) == ["Valley Premier Division"]
    assert not any("Council confirms" in p for p in body)  # a most-read ranking stays out


def test_results_run_before_any_prose_stays_a_strip() -> None:
    # a scores box over the headline: no prose above it, the cue stays
    text = _blocks(
        "Latest scores",
        "Millbeck Rovers 2-1 Kirkhope Town\nQuarry Lane 1-1 Ashcombe\n"
        "Fellside United 0-3 Brantwick",
        *_EN_HEAD[1:],
        *_EN_AFTER,
        *_EN_FOOT,
    )
    assert not any("Kirkhope Town" in p for p in _body(text))


_PT = (
    "Sondagem: PS e AD empatados a um mês das legislativas",
    "Por Rita Gouveia\n03 de fevereiro de 2027",
    "A um mês das eleições legislativas, o PS e a AD aparecem empatados na nova sondagem da "
    "Universidade do Atlântico, divulgada esta segunda-feira.",
    "Os resultados (entre parênteses, a variação face à sondagem de dezembro):",
    "PS 29,8% (+1,2)\nAD 29,8% (-0,6)\nChega 16,4% (+0,9)\nIL 6,1% (-0,3)\nLivre 4,9% (+0,4)",
    "A margem de erro é de 3,1 pontos percentuais e foram ouvidas 1.012 pessoas em todo o "
    "país entre 20 e 28 de janeiro.",
    "Partilhar",
)


def test_share_rows_are_no_subheads() -> None:
    text = _blocks(*_PT)
    assert _headings(text) == []
    assert "Livre 4,9% (+0,4)" in _body(text)


_TABLE = (
    "Reservoir levels climb after wettest January in a decade",
    "By Priya Shah\nPublished February 2, 2027",
    "Reservoir stocks across the county rose sharply in January, the water company said on "
    "Monday, easing fears of a hosepipe ban this summer.",
    "The figures show every major reservoir above its long-term average for the time of "
    "year, with Langmoor almost full for the first time since 2019.",
    "Reservoir | Capacity (Ml) | Level | Change\nLangmoor | 12,400 | 97% | +18\n"
    "Hobb Edge | 8,150 | 91% | +22\nGreystone | 5,600 | 88% | +15",
    "The company said it would still ask customers to use water carefully this summer.",
    "Share this story",
)


def test_table_header_row_is_no_subhead() -> None:
    text = _blocks(*_TABLE)
    assert _headings(text) == []
    assert "Reservoir | Capacity (Ml) | Level | Change" in _body(text)


_DE_TABLE = (
    "Kreistagswahl in Oberlahnau: CDU bleibt vorn",
    "Von Henrike Abels\n16.03.2027, 07:30 Uhr",
    "Bei der Kreistagswahl am Sonntag ist die CDU im Kreis Oberlahnau erneut stärkste Kraft "
    "geworden. Sie kommt nach dem vorläufigen Ergebnis auf 31,2 Prozent der Stimmen.",
    "Sitzverteilung im neuen Kreistag",
    "Partei\tSitze 2027\tSitze 2021\nCDU\t19\t17\nSPD\t13\t14\nGrüne\t6\t9\nFDP\t3\t5",
    "Das amtliche Endergebnis will der Kreiswahlausschuss am kommenden Freitag feststellen, "
    "teilte das Landratsamt mit.",
    "Artikel teilen",
)


def test_head_over_flattened_table_is_a_subhead() -> None:
    assert _headings(_blocks(*_DE_TABLE)) == ["Sitzverteilung im neuen Kreistag"]


_NOTE_HEAD = (
    "Home | Local | Sport | Opinion",
    "Council delays vote on riverside flats",
)
_NOTE_BYLINE = "By Tom Averill\nUpdated March 4, 2027"
_NOTE_BODY = (
    "The planning committee postponed its decision on the 120-home riverside scheme on "
    "Tuesday after residents raised new concerns about flooding on the lower meadow.",
    "Councillors said they wanted an independent report before voting, which means the "
    "application will not return to the committee until May at the earliest.",
)
_NOTE_FOOT = ("Share this article", "Related stories\nRiverside flats plan goes on show")


def test_note_without_full_stop_at_the_end_is_body() -> None:
    note = "Editor's note: Updated at 10:45 a.m. with comment from the developer"
    text = _blocks(*_NOTE_HEAD, _NOTE_BYLINE, *_NOTE_BODY, note, *_NOTE_FOOT)
    assert _body(text)[-1] == note


def test_note_under_the_date_is_no_dek() -> None:
    note = "Correction: An earlier version of this story misstated the number of homes"
    text = _blocks(*_NOTE_HEAD, _NOTE_BYLINE, note, *_NOTE_BODY, *_NOTE_FOOT)
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert _body(text)[0] == note


def test_note_over_the_byline_is_no_dek() -> None:
    note = "Editor's note: This article has been updated with the committee's decision."
    text = _blocks(*_NOTE_HEAD, note, _NOTE_BYLINE, *_NOTE_BODY, *_NOTE_FOOT)
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert _body(text)[0] == note


def test_chinese_note_under_the_date_is_no_dek() -> None:
    note = "更正：本报此前报道称大桥将于秋季封闭，实际为六月至八月"
    text = _blocks(
        "首页 > 本地新闻",
        "城南大桥今夏封闭维修",
        "记者 王小明\n2027-05-12 10:15",
        note,
        "城南大桥将于六月至八月进行全面维修，维修期间设置临时便桥供行人和非机动车通行。"
        "市交通局表示，维修费用约为四百八十万元。",
        "市民可关注交通局官方网站了解最新的绕行方案和公交调整信息。",
        "分享到：微信 微博",
    )
    assert parse_plaintext(text).subtitle is None
    assert _body(text)[0] == note


def test_results_run_closing_the_article_is_body() -> None:
    # the list under the last paragraph, right over the share row
    text = _blocks(*_EN_HEAD, *_EN_AFTER, *_EN_RESULTS, *_EN_FOOT)
    assert _body(text)[-1] == "Holme Bridge 4-2 Scarth Athletic"
    assert _headings(text) == ["Valley Premier Division"]


def test_scores_box_after_the_article_stays_out() -> None:
    # a scores box over a most-read ranking: no widget that closes articles under it
    text = _blocks(
        *_EN_HEAD,
        *_EN_AFTER,
        "Latest scores",
        "Millbeck Rovers 2-1 Kirkhope Town\nQuarry Lane 1-1 Ashcombe\n"
        "Fellside United 0-3 Brantwick",
        "Most read\n1. Council confirms new pitch at Holme Bridge\n2. Junior parkrun returns",
        "© 2027 Tarnbridge Sports Desk",
    )
    assert not any("Kirkhope Town" in p for p in _body(text))
