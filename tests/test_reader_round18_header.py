"""Round 18 (header): a theme's meta strip glued together by a dump ("By Ann Lee|2026-10-
14T10:22:51-05:00October 14, 2026|Local News|") and a department after a dash in a byline of
an uncased script ("إعداد: NAME - المركز الإعلامي"). Every sentence here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_EN = [
    "The Brackley Fen drainage board agreed on Monday to rebuild the pumping station at "
    "Gull Dyke, which has flooded twice in the past three winters.",
    "The work will cost about $1.8 million and is due to start after the spring thaw, "
    "once the dyke level has dropped below the outfall.",
    "Board chair Edna Fairweather said the old diesel pumps would be kept as a backup "
    "until the new electric units had run through a full season.",
]
_AR = [
    "أطلقت بلدية السهل الأخضر اليوم حملة لزراعة ألف شجرة على جانبي الطريق الرئيسي "
    "المؤدي إلى السوق القديم، بمشاركة طلاب المدارس والمتطوعين.",
    "وقال مسؤول الحدائق في البلدية إن الأشجار اختيرت من أنواع محلية تتحمل الجفاف "
    "ولا تحتاج إلى ري كثير في فصل الصيف.",
    "وتستمر الحملة أسبوعين، على أن تتبعها حملة ثانية في الأحياء الشرقية مع بداية الربيع.",
]


def _en(meta: str):  # type: ignore[no-untyped-def]
    head = ["Gull Dyke pumping station to be rebuilt before next winter", meta]
    return parse_plaintext("\n\n".join([*head, *_EN]) + "\n")


def test_meta_strip_with_unspaced_pipes_gives_its_date() -> None:
    article = _en("By Harriet Quayle|October 14, 2026|Local News|")
    assert [a.name for a in article.authors] == ["Harriet Quayle"]
    assert str(article.published)[:10] == "2026-10-14"
    assert getattr(article.blocks[0], "text", "").startswith("The Brackley Fen")


def test_meta_strip_with_timestamp_glued_to_the_date() -> None:
    meta = "By Harriet Quayle and Omar Pettit|2026-10-14T10:22:51-05:00October 14, 2026|News|"
    article = _en(meta)
    assert [a.name for a in article.authors] == ["Harriet Quayle", "Omar Pettit"]
    assert str(article.published)[:10] == "2026-10-14"


def test_spaced_meta_strip_with_glued_timestamp() -> None:
    article = _en("By Harriet Quayle | 2026-10-14T10:22:51Z October 14, 2026 | News")
    assert str(article.published)[:10] == "2026-10-14"
    article = _en("By Harriet Quayle | 2026-10-14T10:22:51ZOctober 14, 2026 | News")
    assert str(article.published)[:10] == "2026-10-14"


def test_unspaced_pipe_in_a_headline_gives_no_date() -> None:
    # a year in a headline with a pipe is no meta strip: no span reads as a date
    text = "\n\n".join(["Fenland|2026 budget: what the drainage rate buys", *_EN]) + "\n"
    article = parse_plaintext(text)
    assert article.published is None
    assert getattr(article.blocks[0], "text", "").startswith("The Brackley Fen")


def test_arabic_department_after_a_dash_is_the_writers_role() -> None:
    head = ["حملة لزراعة ألف شجرة في السهل الأخضر", "إعداد: رامي الشامي - المركز الإعلامي"]
    article = parse_plaintext("\n\n".join([*head, *_AR]) + "\n")
    assert [a.name for a in article.authors] == ["رامي الشامي"]
    assert article.authors[0].role == "المركز الإعلامي"


def test_arabic_second_writer_after_a_dash_stays_a_writer() -> None:
    head = ["حملة لزراعة ألف شجرة في السهل الأخضر", "إعداد: رامي الشامي - هالة النجار"]
    article = parse_plaintext("\n\n".join([*head, *_AR]) + "\n")
    assert "المركز الإعلامي" not in [a.role for a in article.authors]
    assert "رامي الشامي" in [a.name for a in article.authors]
