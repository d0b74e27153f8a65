"""Body rules: widget buttons, pull quotes, captions printed twice, quoted lines.

Every text is original (invented people and places); expected values are written by hand.
"""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.noise import widget_rows

_HEAD = (
    "Volunteers finish a dry-stone wall on Carrow Hill after two summers\n\n"
    "By Nessa Quill\n\n"
    "A group of twelve volunteers laid the last capstone of a 300-metre dry-stone wall on "
    "Carrow Hill on Saturday, two summers after the first stones went down.\n\n"
    "The wall replaces a wire fence that the grazing society had patched for decades, and it "
    "was built with stone from a collapsed sheepfold further up the slope.\n\n"
)


def test_widget_rows_are_lines_printed_from_one_template() -> None:
    en = [
        "Click to share on Facebook (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)",
    ]
    it = [
        "Fai clic per condividere su Telegram (Si apre in una nuova finestra)",
        "Fai clic per condividere su LinkedIn (Si apre in una nuova finestra)",
    ]
    assert widget_rows(en) == {0, 1}
    assert widget_rows(it) == {0, 1}
    # An ingredient list, two headings and a caption printed twice are the article's own.
    assert widget_rows(["200 g rolled oats", "200 g spelt flour"]) == set()
    assert widget_rows(["What we found", "What we did not find"]) == set()
    assert widget_rows(["Sheep on the hill. (Ann Bell)", "Sheep on the hill. Ann Bell"]) == set()


def test_share_buttons_after_the_last_paragraph_are_dropped() -> None:
    article = parse_plaintext(
        _HEAD + "The society plans a picnic on the hill in August.\n\n"
        "Click to share on Mastodon (Opens in new window)\n"
        "Click to share on Bluesky (Opens in new window)\n"
    )
    texts = [p.text for p in article.paragraphs()]
    assert texts[-1] == "The society plans a picnic on the hill in August."
    assert not any("Click to share" in t for t in texts)
    dropped = [p.rule for k, p in article.provenance.items() if k.startswith("dropped[")]
    assert any(rule.endswith("widget buttons") for rule in dropped)
