"""Header rows and headline choices of real pages that the corpus does not show on their
own (round 8; original texts)."""

from syndicate.readers.plaintext import parse_plaintext
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


_NAV = "\n".join(
    f"* {item}" for item in ("Home", "Campaigns", "Transport", "Parks", "Housing", "Donate")
)
_STORY = (
    "The city council voted on Tuesday to paint a protected cycle lane across the old "
    "Millward Bridge, ending a campaign that residents began two winters ago.",
    "Cyclists have shared the narrow bridge with buses since it reopened, and the trust "
    "counted forty near misses at its eastern ramp during a single month of spring.",
    "Works will close one lane of the bridge for six weeks from the start of the summer "
    "holidays, when traffic is lightest, the council's transport office said.",
    "Shopkeepers on the eastern bank asked for loading bays to stay open during the works, "
    "and the council agreed to keep two of them until the new lane is finished.",
)


def _dump(header: list[str]) -> str:
    footer = "* About us\n* Contact\n* Privacy policy\n\n© 2025 Riverside Trust"
    return (
        "Riverside Trust\n\n" + _NAV + "\n\n" + "\n\n".join(header) + "\n\n"
        + "\n\n".join(_STORY) + "\n\n" + footer + "\n"
    )


def test_the_headline_over_the_byline_beats_a_promo_above_it() -> None:
    # A "Go to …" promo with its blurb over a kicker, then the headline right over its
    # byline and date row: the decoder took the promo; the line over the byline is the
    # article's headline (seen on several outlets' dumps).
    text = _dump(
        [
            "Go to About the Riverside Trust",
            "For thirty years the trust has looked after the river paths, the bridges and "
            "the people who use them every day",
            "* Shop",
            "Open Streets",
            "Cyclists Win Their Own Lane Across Millward Bridge",
            "By Marta Quell",
            "March 3, 2025 | 9:00 AM",
        ]
    )
    article = parse_plaintext(text)
    assert article.title == "Cyclists Win Their Own Lane Across Millward Bridge"
    assert [a.name for a in article.authors] == ["Marta Quell"]


def test_a_headline_over_its_byline_is_kept() -> None:
    text = _dump(
        [
            "Cyclists Win Their Own Lane Across Millward Bridge",
            "By Marta Quell",
            "March 3, 2025 | 9:00 AM",
        ]
    )
    article = parse_plaintext(text)
    assert article.title == "Cyclists Win Their Own Lane Across Millward Bridge"


def test_a_captioned_photo_over_the_headline_is_not_taken_for_it() -> None:
    # The lead photo's caption, its credit glued on by the dump, stands over the headline:
    # headline-sized and not a sentence, but the decoder rates it as no headline at all,
    # so the headline is not moved up onto it as if the chosen line were the dek.
    text = _dump(
        [
            "Volunteers count bicycles on the eastern ramp during a morning survey "
            "Jonas Pell/Reuters",
            "Cyclists Win Their Own Lane Across Millward Bridge",
            "By Marta Quell",
            "March 3, 2025 | 9:00 AM",
        ]
    )
    article = parse_plaintext(text)
    assert article.title == "Cyclists Win Their Own Lane Across Millward Bridge"
