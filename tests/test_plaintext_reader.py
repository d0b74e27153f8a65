"""The scraped-plain-text reader: every example and the reference article, field by field,
then each rule on its own, then robustness (arbitrary text never crashes it)."""

from __future__ import annotations

import json
import textwrap
import warnings
from pathlib import Path
from typing import Any

import pytest
from conftest import EXPECTED, SEED_EXPECTED, example_paths
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import syndicate
from syndicate.errors import SourceNotUnderstood
from syndicate.model import Figure, Heading, ListBlock, Paragraph, Quote
from syndicate.readers.decode import decode_source
from syndicate.readers.plaintext import detect_language, parse_plaintext
from syndicate.readers.scraped.body import is_heading
from syndicate.readers.scraped.bylines import parse_byline, parse_posted_by
from syndicate.readers.scraped.captions import is_credit, split_caption
from syndicate.readers.scraped.credits import parse_credit_line
from syndicate.readers.scraped.dates import (
    caption_event_date,
    dateline_date,
    parse_date,
    parse_date_line,
)
from syndicate.readers.scraped.noise import noise_rule, rights_line, tags_line
from syndicate.textclean import TextCleanedWarning

EXAMPLES = example_paths()
FIELDS = (
    "title",
    "subtitle",
    "authors",
    "contributors",
    "credit_line",
    "published",
    "updated",
    "language",
    "publisher",
    "url",
    "tags",
    "rights",
)


def _expected(path: Path) -> dict[str, Any]:
    return json.loads((EXPECTED / f"{path.stem}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def parsed() -> dict[str, dict[str, Any]]:
    return {path.stem: syndicate.parse(path).to_dict() for path in EXAMPLES}


# -- the examples, against their hand-written expected models ------------------------------


def test_there_are_at_least_eight_examples_each_with_an_expected_model() -> None:
    assert len(EXAMPLES) >= 8
    assert sorted(p.stem for p in EXAMPLES) == sorted(p.stem for p in EXPECTED.glob("*.json"))


def test_encoded_examples_keep_their_encodings() -> None:
    """One example is cp1252 (with CRLF), one UTF-8 with a BOM: decoding is exercised for real."""
    raw = {p.stem: p.read_bytes() for p in EXAMPLES}
    cp1252 = [name for name, data in raw.items() if not _is_utf8(data)]
    assert cp1252, "no example is stored in a legacy 8-bit encoding"
    for name in cp1252:
        assert decode_source(raw[name], name) == raw[name].decode("cp1252").replace("\r\n", "\n")
    assert any(data.startswith(b"\xef\xbb\xbf") for data in raw.values())


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_field(path: Path, field: str, parsed: dict[str, dict[str, Any]]) -> None:
    assert parsed[path.stem][field] == _expected(path)[field]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_blocks(path: Path, parsed: dict[str, dict[str, Any]]) -> None:
    want = _expected(path)["blocks"]
    got = parsed[path.stem]["blocks"]
    for index, (w, g) in enumerate(zip(want, got, strict=False)):
        assert g == w, f"blocks[{index}]"
    assert len(got) == len(want)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_provenance_rules(path: Path, parsed: dict[str, dict[str, Any]]) -> None:
    provenance = parsed[path.stem]["provenance"]
    for key, rule in _expected(path).get("provenance_rules", {}).items():
        assert key in provenance, key
        assert provenance[key]["rule"] == rule, key


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_block_points_at_its_source_line(path: Path) -> None:
    article = syndicate.parse(path)
    lines = decode_source(path.read_bytes(), path.name).split("\n")
    for index, block in enumerate(article.blocks):
        prov = article.provenance[f"blocks[{index}]"]
        source = " ".join(lines[prov.line - 1].split())
        if isinstance(block, Paragraph | Heading):
            assert source == block.text
        elif isinstance(block, Figure):
            assert (block.caption or "") in source or (block.credit or "") in source
        elif isinstance(block, Quote):
            assert block.text in source
        elif isinstance(block, ListBlock):
            assert block.items[0] in source


# -- the reference article ------------------------------------------------------------------


def _before_paragraph(article: syndicate.Article, kind: type) -> list[tuple[Any, int]]:
    out = []
    paragraphs = 0
    for block in article.blocks:
        if isinstance(block, Paragraph):
            paragraphs += 1
        elif isinstance(block, kind):
            out.append((block, paragraphs))
    return out


def test_reference_article(seed_article: syndicate.Article) -> None:
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    article = seed_article
    assert article.title == expected["title"]
    assert article.subtitle == expected["subtitle"]
    assert [(p.name, p.role, p.bio) for p in article.authors] == [
        (a["name"], a["role"], a["bio"]) for a in expected["authors"]
    ]
    assert [(f.caption, f.credit, at) for f, at in _before_paragraph(article, Figure)] == [
        (f["caption"], f["credit"], f["before_paragraph"]) for f in expected["figures"]
    ]
    assert [(h.text, at) for h, at in _before_paragraph(article, Heading)] == [
        (h["text"], h["before_paragraph"]) for h in expected["headings"]
    ]
    assert [c.name for c in article.contributors] == expected["contributors"]
    assert article.credit_line == expected["credit_line"]
    assert [p.text for p in article.paragraphs()] == expected["paragraphs"]
    # Nothing else in the body: no noise line, no stray block of another kind.
    assert len(article.blocks) == len(expected["paragraphs"]) + len(expected["figures"]) + len(
        expected["headings"]
    )
    body_text = " ".join(getattr(b, "text", "") or "" for b in article.blocks)
    for noise in expected["noise"]:
        assert noise not in body_text
    assert article.published in expected["published_allowed"]
    if article.published is not None:
        assert article.provenance["published"].rule.startswith("inferred:")
    assert article.updated == expected["updated"]
    assert article.language == expected["language"]


def test_reference_article_provenance(seed_article: syndicate.Article) -> None:
    prov = seed_article.provenance
    assert (prov["title"].line, prov["title"].rule) == (1, "title.first-line")
    assert prov["subtitle"].line == 3
    assert prov["authors"].line == 6
    assert prov["authors[0].role"].line == 66
    assert prov["authors[0].bio"].line == 67
    assert prov["credit_line"].line == 63
    assert prov["blocks[0]"].line == 5


# -- captions and credits -------------------------------------------------------------------

CAPTION_FORMS = [
    (
        "A ship at dawn in Gdynia on May 28, 2024. Reuters",
        "A ship at dawn in Gdynia on May 28, 2024.",
        "Reuters",
    ),
    (
        "Divers at work, Jan. 23, 2023. (Annegret Hilse/Reuters)",
        "Divers at work, Jan. 23, 2023.",
        "Annegret Hilse/Reuters",
    ),
    (
        "Divers at work, Jan. 23, 2023. Annegret Hilse/Reuters",
        "Divers at work, Jan. 23, 2023.",
        "Annegret Hilse/Reuters",
    ),
    ("The quay on Friday. Photo: Tomasz Wilk", "The quay on Friday.", "Tomasz Wilk"),
    (
        "Protesters in Lisbon. Photograph: Jane Roe/Agência Sul",
        "Protesters in Lisbon.",
        "Jane Roe/Agência Sul",
    ),
    (
        "Firefighters on Elm Street, Tuesday. (AP Photo/John Doe)",
        "Firefighters on Elm Street, Tuesday.",
        "AP Photo/John Doe",
    ),
    (
        "Firefighters on Elm Street, Tuesday. AP Photo/John Doe",
        "Firefighters on Elm Street, Tuesday.",
        "AP Photo/John Doe",
    ),
    ("Лодки у причала. Фото: Игорь Белов / ТАСС", "Лодки у причала.", "Игорь Белов / ТАСС"),
    ("Image source, Getty Images", None, "Getty Images"),
    ("Image caption, Crowds outside the hall on Friday", "Crowds outside the hall on Friday", None),
    ("Photo: Jane Roe", None, "Jane Roe"),
    (
        "Harbour at night. Photo by Ines Duarte/Coastal Wire",
        "Harbour at night.",
        "Ines Duarte/Coastal Wire",
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), CAPTION_FORMS)
def test_caption_credit_forms(line: str, caption: str | None, credit: str | None) -> None:
    parts = split_caption(line)
    assert parts is not None
    assert (parts.caption, parts.credit) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The rate rose to 5% (from 4.5%/year) last spring.",
        "He said the deal was done. It was not.",
        "Prices rose in 2024 (see chart).",
        "“These are national decisions,” he said.",
        "Peace Talks",
    ],
)
def test_ordinary_lines_are_not_captions(line: str) -> None:
    assert split_caption(line) is None


def test_is_credit() -> None:
    assert is_credit("Annegret Hilse/Reuters")
    assert is_credit("Getty Images")
    assert not is_credit("4.5%/year")
    assert not is_credit("and/or the like.")


def _parse(text: str) -> syndicate.Article:
    return parse_plaintext(text)


def test_caption_printed_twice_with_credit_second_is_one_figure() -> None:
    article = _parse(
        "Headline here\n\nFirst paragraph of the story, long enough to be prose.\n\n"
        "Boats at the quay on Friday.\n"
        "Boats at the quay on Friday. (Pia Lund/Coastal Wire)\n"
        "Second paragraph of the story, also prose.\n"
    )
    assert article.figures() == [Figure("Boats at the quay on Friday.", "Pia Lund/Coastal Wire")]
    assert len(article.paragraphs()) == 2


def test_caption_printed_twice_with_credit_first_is_one_figure() -> None:
    article = _parse(
        "Headline here\n\nFirst paragraph of the story, long enough to be prose.\n\n"
        "Boats at the quay on Friday. (Pia Lund/Coastal Wire)\n"
        "Boats at the quay on Friday. Pia Lund/Coastal Wire\n"
        "Second paragraph of the story, also prose.\n"
    )
    assert article.figures() == [Figure("Boats at the quay on Friday.", "Pia Lund/Coastal Wire")]
    assert article.provenance["blocks[1]"].rule == "figure.merged-duplicate"


def test_bbc_source_then_caption_is_one_figure() -> None:
    article = _parse(
        "Headline here\n\nFirst paragraph.\n\nImage source, PA Media\n"
        "Image caption, The bridge reopened on Monday\nSecond paragraph.\n"
    )
    assert article.figures() == [Figure("The bridge reopened on Monday", "PA Media")]


def test_credit_on_the_line_below_makes_the_caption() -> None:
    article = _parse(
        "Headline here\n\nFirst paragraph.\n\nThe bridge at dusk\nPhoto: Ines Duarte\n\n"
        "Second paragraph.\n"
    )
    assert article.figures() == [Figure("The bridge at dusk", "Ines Duarte")]
    assert [p.text for p in article.paragraphs()] == ["First paragraph.", "Second paragraph."]


# -- headings, quotes, lists ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Right to Self-Defense", "A long summer ahead", "Расписание и цены"]
)
def test_short_title_like_lines_are_headings(line: str) -> None:
    assert is_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "“These are national decisions,” he said.",
        "“NATO coordinates the support of military equipment.”",
        '"Never again"',
        "«Мы ждали этого десять лет».",
        "He left.",
        "What now?",
        "Media contact:",
    ],
)
def test_short_quoted_sentences_are_not_headings(line: str) -> None:
    assert not is_heading(line)


def test_headings_and_quoted_sentences_in_a_body() -> None:
    article = _parse(
        "Headline here\n\nOpening paragraph of the story.\n\n“These are national decisions.”\n\n"
        "Peace Talks\n\nThe talks resumed on Monday.\n"
    )
    assert [type(b).__name__ for b in article.blocks] == [
        "Paragraph",
        "Paragraph",
        "Heading",
        "Paragraph",
    ]


def test_pull_quote_with_attribution_line() -> None:
    article = _parse(
        "Headline here\n\nOpening paragraph.\n\n“Nobody wins alone.”\n– Marta Ribeiro, minister\n\n"
        "Closing paragraph.\n"
    )
    assert Quote("Nobody wins alone.", "Marta Ribeiro, minister") in article.blocks


def test_lists_bulleted_and_numbered() -> None:
    article = _parse(
        "Headline here\n\nWhat to bring:\n- water\n- a hat\n\nThe order of the day:\n"
        "1. Registration\n2. Race start\n\nSee you there.\n"
    )
    lists = [b for b in article.blocks if isinstance(b, ListBlock)]
    assert lists == [
        ListBlock(("water", "a hat"), False),
        # round 25 (pq67): a numbered list's items keep the numbers the text printed
        ListBlock(("1. Registration", "2. Race start"), True),
    ]


# -- noise ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Share this:",
        "Tweet",
        "Like Loading...",
        "Advertisement",
        "Skip to content",
        "FOR IMMEDIATE RELEASE",
        "###",
        "Sign up for our daily newsletter",
        "Reading time: 4 min read",
        "Purchase Licensing Rights, opens new tab",
        "Поделиться",
    ],
)
def test_noise_lines(line: str) -> None:
    assert noise_rule(line) is not None


@pytest.mark.parametrize(
    "line",
    ["Share prices fell 3% on Monday.", "He tweeted that the vote was rigged.", "Related parties"],
)
def test_content_is_not_noise(line: str) -> None:
    assert noise_rule(line) is None


def test_noise_is_dropped_from_an_article() -> None:
    article = _parse(
        "Skip to content\nHeadline here\nShare\nJane Roe\nUpdated:\n\nHeadline here\n"
        "Opening paragraph of the story.\n\nTweet\nFacebook\n\nSecond paragraph.\n\n"
        "Related\nAnother story entirely\nAnd one more\n\nSign up for our newsletter\n"
        "Tags: harbour, boats\n© 2025 The Ledger. All rights reserved.\nJane Roe\n"
    )
    assert article.title == "Headline here"
    assert [p.name for p in article.authors] == ["Jane Roe"]
    assert [b.text for b in article.blocks] == [  # type: ignore[union-attr]
        "Opening paragraph of the story.",
        "Second paragraph.",
    ]
    assert article.tags == ("harbour", "boats")
    assert article.rights == "© 2025 The Ledger. All rights reserved."
    assert article.updated is None


def test_rights_and_tags_lines() -> None:
    assert rights_line("Copyright 2025 The Associated Press. All Rights Reserved.")
    assert rights_line("© 2025 «Северный вестник». Все права защищены.")
    assert not rights_line("The copyright dispute went to court in 2019 and dragged on for years.")
    assert tags_line("Tags: a, b , c") == ["a", "b", "c"]
    assert tags_line("Tagging birds is hard.") is None
    assert tags_line("Topics: pay, pensions and the new rota were all discussed.") is None


# -- bylines, contributors, author blocks ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names", "rule"),
    [
        ("By Jane Roe", ["Jane Roe"], "byline.by-prefix"),
        ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"], "byline.by-prefix"),
        (
            "By Ana Lima, Ben Ode and Cy Park",
            ["Ana Lima", "Ben Ode", "Cy Park"],
            "byline.by-prefix",
        ),
        (
            "By MARISOL VEGA and THOMAS BRANDT",
            ["Marisol Vega", "Thomas Brandt"],
            "byline.by-prefix",
        ),
        ("By Jane Roe, Associated Press", ["Jane Roe"], "byline.by-prefix"),
        ("Helena Marsh in Lisbon", ["Helena Marsh"], "byline.name-in-place"),
        (
            "Helena Marsh in Lisbon and Owen Pryce in Madrid",
            ["Helena Marsh", "Owen Pryce"],
            "byline.name-in-place",
        ),
        ("Ella Kietlinska", ["Ella Kietlinska"], "byline.bare-name"),
        ("Ursula von der Leyen", ["Ursula von der Leyen"], "byline.bare-name"),
    ],
)
def test_bylines(line: str, names: list[str], rule: str) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert [name for name, _ in byline.people] == names
    assert byline.rule == rule


def test_byline_role_after_comma() -> None:
    byline = parse_byline("By Jane Roe, Political Editor")
    assert byline is not None and byline.people == (("Jane Roe", "Political Editor"),)


@pytest.mark.parametrize(
    "line",
    ["By the time the sun rose, everyone had left.", "The Big Picture", "Reporter", "By 2030"],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_posted_by() -> None:
    result = parse_posted_by("Posted on 14 June 2025 by Rosa Tindall")
    assert result is not None
    assert result[0] == "14 June 2025" and result[1].people == (("Rosa Tindall", None),)


def test_bare_name_in_body_position_is_not_a_byline() -> None:
    """A name-shaped short line with no date beside it and no author block is a heading."""
    article = _parse(
        "Headline here\n\nOpening paragraph.\n\nPeace Talks\n\nThe talks resumed on Monday.\n"
    )
    assert article.authors == ()
    assert article.headings() == [Heading("Peace Talks")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Reuters and Adam Morrow contributed to this report.",
            [("Reuters", None), ("Adam Morrow", None)],
        ),
        (
            "Associated Press writers Dana Lee in Chicago and Sam Ortiz in Denver contributed.",
            [("Dana Lee", None), ("Sam Ortiz", None)],
        ),
        ("The Associated Press contributed reporting.", [("The Associated Press", None)]),
        (
            "Reporting by A. Doe and Bo Ek; Editing by Cy Lin",
            [("A. Doe", "reporting"), ("Bo Ek", "reporting"), ("Cy Lin", "editing")],
        ),
        (
            "(Reporting by Mei Tanaka in Tokyo; Writing by Jo Hart; Editing by Cy Lin)",
            [("Mei Tanaka", "reporting"), ("Jo Hart", "writing"), ("Cy Lin", "editing")],
        ),
        ("Additional reporting by Mei Tanaka", [("Mei Tanaka", "additional reporting")]),
    ],
)
def test_credit_lines(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert parse_credit_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "He contributed to this report.",
        "Reporting by hand is slow, she said.",
        "Many people contributed to the fund over the years, the council said.",
    ],
)
def test_not_credit_lines(line: str) -> None:
    assert parse_credit_line(line) is None


def test_author_block_adds_an_author_not_in_the_byline() -> None:
    article = _parse(
        "Headline here\n\nOpening paragraph.\n\nClosing paragraph.\n\nMaren Oakes\n"
        "Culture Correspondent\nMaren Oakes covers arts and festivals.\n"
    )
    assert [(p.name, p.role, p.bio) for p in article.authors] == [
        ("Maren Oakes", "Culture Correspondent", "Maren Oakes covers arts and festivals.")
    ]
    assert [p.text for p in article.paragraphs()] == ["Opening paragraph.", "Closing paragraph."]


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("May 28, 2024", "2024-05-28"),
        ("28 May 2024", "2024-05-28"),
        ("2024-05-28", "2024-05-28"),
        ("Tue 4 Mar 2025 14.32 GMT", "2025-03-04T14:32:00+00:00"),
        ("3:14 PM EDT, March 5, 2025", "2025-03-05T15:14:00-04:00"),
        ("March 12, 2025 4:07 PM GMT", "2025-03-12T16:07:00+00:00"),
        ("5 марта 2025, 14:30", "2025-03-05T14:30:00"),
        ("5 мая 2025 г.", "2025-05-05"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["May 28", "2024", "Monday", "28/05", "tomorrow", "May 2024"])
def test_dates_are_never_completed_by_guessing(text: str) -> None:
    assert parse_date(text) is None


def test_date_lines() -> None:
    assert parse_date_line("Updated:") is not None
    assert parse_date_line("Updated:").value is None  # type: ignore[union-attr]
    line = parse_date_line("Last modified on Tue 4 Mar 2025 18.05 GMT")
    assert line is not None and (line.kind, line.value) == ("updated", "2025-03-04T18:05:00+00:00")
    line = parse_date_line("Updated 2 hours ago")
    assert line is not None and line.value is None
    assert parse_date_line("Updates to the plan were published later.") is None


def test_datelines() -> None:
    assert dateline_date("PORTLAND, Ore., March 3, 2025 — The company said") == "2025-03-03"
    assert dateline_date("LONDON, March 12 (Reuters) - Britain said") is None
    assert dateline_date("SPRINGFIELD, Ill. (AP) — The council") is None
    assert dateline_date("The council met on March 3, 2025 — and voted.") is None


def test_inferred_date_needs_the_same_day_in_caption_and_story() -> None:
    assert (
        caption_event_date("At the summit, May 28, 2024.", "Leaders met on May 28.") == "2024-05-28"
    )
    assert caption_event_date("At the summit, May 28, 2024.", "Leaders met on Tuesday.") is None
    assert caption_event_date("At the summit, May 28, 2024.", "Leaders met on May 2.") is None


def test_a_stated_date_wins_over_an_inference() -> None:
    article = _parse(
        "Headline here\nJane Roe\nJune 2, 2024\nThe summit, May 28, 2024. Reuters\n\n"
        "Leaders met on May 28 in Brussels.\n\nSecond paragraph.\n"
    )
    assert article.published == "2024-06-02"
    assert article.provenance["published"].rule == "date.line"


def test_updated_without_a_date_leaves_updated_empty() -> None:
    article = _parse("Headline here\nJane Roe\nUpdated:\n\nOpening paragraph.\n\nMore.\n")
    assert article.updated is None and "updated" not in article.provenance
    assert [p.text for p in article.paragraphs()] == ["Opening paragraph.", "More."]


# -- language, errors -----------------------------------------------------------------------


def test_language_of_a_paragraph() -> None:
    assert detect_language("Новый каток открыли в среду.")[0] == "ru"
    assert detect_language("Нову ковзанку відкрили в середу, і діти прийшли.")[0] == "uk"
    assert (
        detect_language(
            "A new rink opened on Wednesday. The council said it would stay open until March, "
            "and that skates could be hired at the gate for the first two weeks."
        )[0]
        == "en"
    )
    assert detect_language("12345 — 678")[0] == "en"


@pytest.mark.parametrize("text", ["", "   \n\t\n", "Share\nTweet\n###\n", "----\n....\n"])
def test_no_article_raises_source_not_understood(text: str) -> None:
    with pytest.raises(SourceNotUnderstood) as info:
        parse_plaintext(text, label="story.txt")
    assert "\n" not in str(info.value)


def test_title_only_is_an_article() -> None:
    article = parse_plaintext("Just a headline\n")
    assert article.title == "Just a headline" and article.blocks == ()


# -- robustness -----------------------------------------------------------------------------

_TRICKY_LINES = [
    "By",
    "By ",
    "Updated:",
    "Published",
    "Photo:",
    "(",
    ")",
    "()",
    "(/)",
    "Image source,",
    "Image caption,",
    "“",
    "”",
    "— ",
    "- ",
    "1.",
    "Reporting by",
    " contributed to this report.",
    "Related",
    "Explore more on these topics",
    "© ",
    "Tags:",
    "PARIS, — x",
    "A B",
    "Jane Roe",
    "Jane Roe/Reuters",
    "x. Reuters",
    "May 28, 2024",
    "\x00\x01\ufffe",
    "\u200b",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_text_never_crashes(text: str) -> None:
    _article_or_refusal(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_TRICKY_LINES) | st.text(max_size=40), max_size=30))
def test_tricky_line_mixtures_never_crash(lines: list[str]) -> None:
    _article_or_refusal("\n".join(lines))


def _article_or_refusal(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TextCleanedWarning)
        try:
            article = parse_plaintext(text)
        except SourceNotUnderstood as exc:
            assert "\n" not in str(exc)
            return
    assert article.title.strip()
    assert isinstance(article.to_dict(), dict)


@pytest.mark.parametrize(
    "line",
    [
        "a. " * 40_000,
        "(" * 50_000 + "x/y",
        "By " + "Jane " * 30_000,
        "“" + "x" * 100_000 + "” — " + "y" * 1000,
        "Photo: " * 20_000,
        "A/" * 50_000,
        "PARIS, " * 20_000 + "— x",
    ],
    ids=["dots", "parens", "by", "quote", "labels", "slashes", "dateline"],
)
def test_pathological_lines_parse(line: str) -> None:
    """Regexes without catastrophic backtracking: these finish at once (no timing asserted;
    a backtracking regex would make this test hang instead of pass)."""
    article = parse_plaintext("Headline\n\n" + line + "\n\nLast paragraph.\n")
    assert article.title == "Headline"


def test_header_line_with_separators_gives_byline_and_dates() -> None:
    article = _parse(
        "Headline here\nBy Jane Roe | Updated May 5, 2025 | Published May 4, 2025\n\n"
        "Para one.\n\nPara two.\n"
    )
    assert [p.name for p in article.authors] == ["Jane Roe"]
    assert (article.published, article.updated) == ("2025-05-04", "2025-05-05")
    assert [b.text for b in article.blocks] == ["Para one.", "Para two."]  # type: ignore[union-attr]


def test_two_labelled_dates_on_one_line_and_reporting_from() -> None:
    article = _parse(
        "Ceasefire talks resume in Geneva\nNegotiators met for the first time in four months.\n"
        "By Jane Roe and John Doe\nReporting from Geneva\n"
        "Published March 5, 2025 Updated March 6, 2025, 9:12 a.m. ET\n\nFirst para.\n\nMore.\n"
    )
    assert article.subtitle == "Negotiators met for the first time in four months."
    assert article.published == "2025-03-05"
    assert article.updated == "2025-03-06T09:12:00-05:00"  # Eastern time, before DST
    assert [b.text for b in article.blocks] == ["First para.", "More."]  # type: ignore[union-attr]


def test_us_region_zones_follow_daylight_saving() -> None:
    assert parse_date("July 6, 2025, 9:12 a.m. ET") == "2025-07-06T09:12:00-04:00"
    assert parse_date("Jan 6, 2025, 9:12 p.m. PT") == "2025-01-06T21:12:00-08:00"


def test_credit_line_after_a_dash_keeps_the_sentence() -> None:
    article = _parse(
        "Headline here\n\nThe fire is contained.\n\n— Sara Lind contributed reporting.\n"
    )
    assert article.credit_line == "Sara Lind contributed reporting."
    assert [c.name for c in article.contributors] == ["Sara Lind"]
    assert [b.text for b in article.blocks] == ["The fire is contained."]  # type: ignore[union-attr]


def test_labelled_credit_inside_parentheses_and_caption_twice() -> None:
    article = _parse(
        "Wildfire forces evacuation\nResidents were given an hour to leave the town\n"
        "A firefighter near the ridge on Sunday. (Photo by JOHN DOE / AFP)\n"
        "A firefighter near the ridge on Sunday.\nBy Sara Lind, Staff Writer\n"
        "Updated: 29 July 2025, 08:15 CEST\n\nALPINE RIDGE (AFP) - Residents fled on Sunday.\n"
    )
    assert article.subtitle == "Residents were given an hour to leave the town"
    assert article.figures() == [
        Figure("A firefighter near the ridge on Sunday.", "JOHN DOE / AFP")
    ]
    assert [(p.name, p.role) for p in article.authors] == [("Sara Lind", "Staff Writer")]
    assert article.updated == "2025-07-29T08:15:00+02:00"
    assert len(article.paragraphs()) == 1


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("NATO chief in Brussels on May 28, 2024. The Daily Ledger", "The Daily Ledger"),
        ("Visitors at the fair on Saturday. Jane Roe", "Jane Roe"),
        ("A quay at dusk, drawn for this story. Illustration by Jo Hart", "Jo Hart"),
    ],
)
def test_unlisted_credits_after_the_last_sentence(line: str, credit: str) -> None:
    parts = split_caption(line)
    assert parts is not None and parts.credit == credit
    assert parts.caption is not None and credit not in parts.caption


@pytest.mark.parametrize(
    "line",
    [
        "The council approved the budget on Monday night. Read More",
        "The council approved the budget on Monday night. It rained",
        "He left early. The End",
    ],
)
def test_paragraph_endings_that_are_not_credits(line: str) -> None:
    assert split_caption(line) is None


# -- hard-wrapped text ----------------------------------------------------------------------


def _wrap_lines(text: str, paragraphs: set[str], width: int) -> str:
    return "\n".join(
        textwrap.fill(line, width) if line.strip() in paragraphs else line
        for line in text.split("\n")
    )


@pytest.mark.parametrize("width", [60, 72])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_hard_wrapped_paragraphs_are_rejoined(path: Path, width: int) -> None:
    """The body of each example, hard-wrapped as an e-mail client would, still gives the
    hand-written expected blocks."""
    expected = _expected(path)
    paragraphs = {b["text"] for b in expected["blocks"] if b["type"] == "paragraph"}
    text = _wrap_lines(decode_source(path.read_bytes(), path.name), paragraphs, width)
    assert text.count("\n") > decode_source(path.read_bytes(), path.name).count("\n")
    assert parse_plaintext(text).to_dict()["blocks"] == expected["blocks"]


def test_hard_wrapped_reference_article(seed_path: Path) -> None:
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    text = _wrap_lines(seed_path.read_text(encoding="utf-8"), set(expected["paragraphs"]), 72)
    article = parse_plaintext(text)
    assert [p.text for p in article.paragraphs()] == expected["paragraphs"]
    assert [h.text for h in article.headings()] == [h["text"] for h in expected["headings"]]
    assert [(f.caption, f.credit) for f in article.figures()] == [
        (f["caption"], f["credit"]) for f in expected["figures"]
    ]


def test_wrapped_hyphen_is_kept_without_a_space() -> None:
    text = "Headline\n\n" + "\n\n".join(
        ["The long-awaited harbour wall was finished on time, and the well-\n"
         "known builders said the work had gone better than anyone expected.\n"
         "Residents agreed, and the council thanked the crews at a meeting on\n"
         "Tuesday night, where the mayor spoke for nearly twenty minutes."] * 3
    )  # fmt: skip
    article = parse_plaintext(text)
    assert len(article.paragraphs()) == 3
    assert "the well-known builders" in article.paragraphs()[0].text
