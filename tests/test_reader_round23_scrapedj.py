"""Round 23 (scrapedj): the Arabic dateline byline "PLACE - Writer" / "PLACE - Agency" on a
line of its own (over a page without a headline, or under the headline with no date in the
header), and the story's date printed alone under its last paragraph. Every sentence,
person, place and outlet is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.headerline import place_dash_byline


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_AR = (
    "انطلقت صباح اليوم حملة لتنظيف شاطئ البلدة الشمالي بمشاركة ثلاثمئة متطوع من طلاب "
    "المدارس والجامعات، واستمرت حتى ساعات العصر.",
    "وقال رئيس مجلس المدينة إن الحملة جمعت أكثر من أربعة أطنان من المخلفات البلاستيكية، "
    "وإنها ستتكرر في بداية كل شهر حتى نهاية الصيف.",
    "وأضاف أن البلدية وفرت الحاويات وسيارات النقل، ودعا الأهالي إلى المشاركة في الحملات "
    "المقبلة والحفاظ على نظافة الشاطئ.",
)
_EN = (
    "The town council opened its new public library on Tuesday after two years of "
    "building work, with room for six thousand books and a reading hall.",
    "The library will open six days a week, and children under twelve can borrow books "
    "without a card until the end of the year, the council said.",
)
_PL = (
    "Rada gminy zatwierdziła we wtorek budowę nowego przedszkola w Dolnej Wsi, które ma "
    "przyjąć osiemdziesięcioro dzieci od września przyszłego roku.",
    "Budowa ruszy wiosną, a koszt inwestycji wyniesie prawie sześć milionów złotych, "
    "poinformował wójt po posiedzeniu rady.",
)


def test_place_dash_byline_reads_the_writer_and_the_wire() -> None:
    chrome = chrome_cues("ar")
    writer = place_dash_byline("المنصورة - سلمى الدسوقي", chrome)
    assert writer is not None and writer.people[0][0] == "سلمى الدسوقي"
    wire = place_dash_byline("رام الله - وفا", chrome)
    assert wire is not None and wire.people[0][0] == "وفا"
    # a cased script, a colon-closed row, two cities, a long line: no byline
    assert place_dash_byline("Berlin - Anna Weber", chrome_cues("de")) is None
    assert place_dash_byline("الرياض - أحمد القرني - نايف الوعيل:", chrome) is None
    assert place_dash_byline("مباراة القمة بين الفريقين تنتهي بالتعادل - القاهرة", chrome) is None


def test_place_dash_byline_over_a_page_without_headline() -> None:
    article = parse_plaintext(_page("المنصورة - سلمى الدسوقي", *_AR))
    assert article.title == ""
    assert [a.name for a in article.authors] == ["سلمى الدسوقي"]
    assert article.provenance["authors[0]"].rule == "byline.place-over-untitled"
    assert paragraphs(article) == list(_AR)


def test_place_dash_agency_over_a_page_without_headline() -> None:
    article = parse_plaintext(_page("رام الله - وفا", *_AR))
    assert article.title == ""
    assert [a.name for a in article.authors] == ["وفا"]
    assert paragraphs(article)[0] == _AR[0]


def test_place_dash_byline_under_the_headline_without_a_date() -> None:
    article = parse_plaintext(
        _page("حملة لتنظيف شاطئ البلدة الشمالي", "المنصورة - سلمى الدسوقي", *_AR)
    )
    assert article.title == "حملة لتنظيف شاطئ البلدة الشمالي"
    assert article.subtitle is None
    assert [a.name for a in article.authors] == ["سلمى الدسوقي"]
    assert article.provenance["authors[0]"].rule == "byline.place-under-headline"
    assert paragraphs(article) == list(_AR)


def test_closing_date_line_kept_as_last_paragraph() -> None:
    article = parse_plaintext(_page("Town opens its new library", *_EN, "21.10.2025"))
    assert article.published == "2025-10-21"
    assert article.provenance["published"].rule == "date.closing-line"
    assert paragraphs(article) == list(_EN)


def test_closing_date_line_with_weekday_and_clock_in_arabic() -> None:
    text = _page("حملة لتنظيف شاطئ البلدة الشمالي", *_AR, "الخميس، 12 سبتمبر 2024 01:47 م")
    article = parse_plaintext(text)
    assert (article.published or "")[:10] == "2024-09-12"
    assert paragraphs(article) == list(_AR)


def test_closing_date_line_under_a_share_row_end() -> None:
    article = parse_plaintext(
        _page("Nowe przedszkole w Dolnej Wsi", *_PL, "Czwartek, 8 czerwca 2017", "Udostępnij")
    )
    assert article.published == "2017-06-08"
    assert paragraphs(article) == list(_PL)


def test_teaser_date_under_the_story_is_not_the_story_date() -> None:
    # a related teaser's headline between the story and the date: the teaser's date
    text = _page(
        "Town opens its new library", *_EN, "Council approves swimming pool plan", "3 March 2024"
    )
    assert parse_plaintext(text).published is None
    # the date under a line that is no sentence's end (a schedule's label) stays
    text = _page("Town opens its new library", *_EN, "Next council meeting:", "3 March 2024")
    assert parse_plaintext(text).published is None
    # more text after the date: not the page's closing line
    text = _page("Town opens its new library", *_EN, "3 March 2024", _EN[0])
    assert parse_plaintext(text).published is None


_ZH = (
    "11月3日上午，江岸市第一所乡村寄宿学校在北岭镇正式开学，"
    "首批招收四百二十名学生，学校设有二十个教室和一座图书馆。",
    "市教育局负责人介绍，学校的校车每天往返于周边九个村庄，"
    "学生周末可以回家，食宿费用由市财政全部承担。（央视记者 林晓舟）",
)


def test_bracketed_reporter_after_the_outlet_name() -> None:
    article = parse_plaintext(_page("江岸市首所乡村寄宿学校开学", *_ZH))
    assert [a.name for a in article.authors] == ["林晓舟"]
    assert article.provenance["authors[0]"].rule == "byline.bracketed"
    # a bracket that names no reporter label after the Han run stays prose
    text = _page("江岸市首所乡村寄宿学校开学", _ZH[0], _ZH[1].replace("央视记者", "图片来源"))
    assert parse_plaintext(text).authors == ()
