"""Round 15, found when the helpers' branches met: a capitalised desk title after a byline's
comma stays the writer's role (German capitalises nouns, so "Referentin Internationale
Zusammenarbeit" looks like a title before a second writer's name), and an Arabic header line
signed only "المحرر:" is the writer's byline, not an editor's credit, as "编辑：" alone is in
Chinese. Every sentence here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline


def test_a_capitalised_desk_title_after_the_comma_is_the_role_not_a_second_writer() -> None:
    byline = parse_byline("By Jana Weber, Referentin Internationale Zusammenarbeit")
    assert byline is not None
    assert byline.people == (("Jana Weber", "Referentin Internationale Zusammenarbeit"),)


def test_a_lower_case_title_after_the_comma_still_opens_a_second_writer() -> None:
    byline = parse_byline("By Jana Weber, referentin Tomas Brandt")
    assert byline is not None
    assert [name for name, _ in byline.people] == ["Jana Weber", "Tomas Brandt"]


def test_an_arabic_header_line_signed_by_the_editor_alone_is_the_byline() -> None:
    text = "\n\n".join(
        [
            "افتتاح سوق جديد للمزارعين في حي الزيتون",
            "نشر في: 14/10/2026 - 09:20",
            "المحرر: هالة منصور",
            "مزارعون يرتبون صناديق الخضروات في الساحة قبل افتتاح السوق.\n(تصوير: رامي عيسى)",
            "افتتحت البلدية صباح اليوم سوقا أسبوعيا جديدا للمزارعين في ساحة حي الزيتون، يعرض فيه "
            "أكثر من ثلاثين مزارعا خضرواتهم وفواكههم مباشرة للسكان.",
            "وقال رئيس البلدية إن السوق سيفتح كل يوم جمعة من الساعة السابعة صباحا حتى الظهر، "
            "وإن الرسوم على المزارعين ستبقى رمزية خلال السنة الأولى.",
            "ويأمل السكان أن يخفض السوق أسعار الخضروات في الحي خلال فصل الشتاء.",
        ]
    )
    article = parse_plaintext(text + "\n")
    assert [a.name for a in article.authors] == ["هالة منصور"]
    assert article.credit_line is None
