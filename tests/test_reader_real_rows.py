"""Header rows of real pages that the corpus does not show on their own (round 8)."""

from syndicate.readers.scraped.dates import parse_date_line


def test_chinese_dispatch_time_label_is_a_published_label() -> None:
    # "发稿时间" (time of dispatch) is how many Chinese papers print the publication time,
    # beside "发布时间"; traditional script "發稿時間" alike.
    for text in ("发稿时间：2025-04-12 09:15:00", "發稿時間：2025-04-12 09:15:00"):
        found = parse_date_line(text, "zh")
        assert found is not None
        assert found.labelled and found.kind == "published"
        assert found.value == "2025-04-12T09:15:00"


def test_chinese_date_row_with_source_keeps_its_date() -> None:
    from syndicate.readers.scraped.cuewords import chrome_cues
    from syndicate.readers.scraped.headerline import classify_line
    from syndicate.readers.scraped.lines import Line

    row = "发稿时间：2025-04-12 09:15:00 来源：江城晚报"
    entries = classify_line(0, Line(1, row, False), None, chrome_cues("zh"))
    dates = [e.value for e in entries if e.kind == "date"]
    assert dates == ["2025-04-12T09:15:00"]
