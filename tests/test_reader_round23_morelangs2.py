"""Round 23 (morelangs2): two more languages by data — Japanese and Romanian cue files
(Romanian frequent words), a Japanese byline's spaced name, a Japanese caption's credit
after "、" or "＝" and its photo date kept out of the header. A byline, a date line and a
photo credit in each, and each language named from a paragraph. Every sentence, person,
place and outlet is invented."""

from __future__ import annotations

import pytest
from readerblocks import figures

from syndicate.readers.language import LANGUAGES, cues, detect_language
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.captions import reset_photo_labels, split_caption, use_photo_labels
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.dates import parse_date_line

_NEW = ("ja", "ro")

_CASES = {
    "ja": (
        "西山村の古い吊り橋、住民の寄付で架け替えへ",
        "記者　森川 早苗",
        "2027年5月8日 10時15分（更新：2027年5月9日 8時40分）",
        (
            "西山村の谷に架かる木造の吊り橋が、住民からの寄付をもとに来年春までに架け替えられる"
            "ことになった。橋は昭和の初めに造られ、今も小学生の通学路として使われている。",
            "村によると、架け替えにかかる費用は約1800万円で、その半分を寄付でまかなう。"
            "残りは県の補助金を充てる予定だという。",
            "工事の間は下流の仮設橋を使う。村は夏休みの間に工事を始め、子どもたちの通学に"
            "影響が出ないようにするとしている。",
        ),
        "架け替えが決まった吊り橋。床板の傷みが目立つ＝西山村で2027年5月7日、写真：宮下 亮",
        ["森川 早苗"],
        ("updated", "2027-05-09T08:40:00"),
        "宮下 亮",
    ),
    "ro": (
        "Biblioteca din Valea Lungă se mută în fosta școală a satului",
        "de Andreea Munteanu",
        "Actualizat: 16.03.2027, 12:15",
        (
            "Biblioteca comunală din Valea Lungă se va muta luna viitoare în clădirea fostei "
            "școli din centrul satului, renovată în ultimii doi ani.",
            "Potrivit primarului, mutarea a costat aproape 300.000 de lei, iar cea mai mare "
            "parte a banilor a venit dintr-un program județean pentru cultură.",
            "Cititorii vor avea la dispoziție o sală de lectură nouă și un colț pentru copii, "
            "iar programul va fi prelungit și sâmbăta dimineața.",
        ),
        "Noua sală de lectură, pregătită pentru deschidere.\nSursa foto: Primăria Valea Lungă",
        ["Andreea Munteanu"],
        ("updated", "2027-03-16T12:15:00"),
        "Primăria Valea Lungă",
    ),
}


def _page(lang: str) -> str:
    title, byline, date, body, caption, *_ = _CASES[lang]
    return "\n\n".join([title, byline, date, body[0], caption, body[1], body[2]]) + "\n"


def test_the_new_languages_are_registered_after_the_others() -> None:
    assert LANGUAGES[18:20] == _NEW  # round 24 appended el, hu, fi, sk after them
    assert cues("ro").month_number("martie") == 3
    assert cues("ja").month_number("3月") == 3
    assert cues("ro").weekday_number("sâmbătă") == 6


@pytest.mark.parametrize("lang", _NEW)
def test_a_paragraph_is_named_in_its_language(lang: str) -> None:
    assert detect_language(" ".join(_CASES[lang][3]))[0] == lang


def test_a_romanian_paragraph_is_named_by_its_frequent_words() -> None:
    found = detect_language(" ".join(_CASES["ro"][3]))
    assert found == ("ro", "language.frequent-words")


@pytest.mark.parametrize("lang", _NEW)
def test_byline_date_and_credit_in_each_new_language(lang: str) -> None:
    _title, _byline, _date, _body, _caption, authors, (kind, value), credit = _CASES[lang]
    article = parse_plaintext(_page(lang))
    assert article.language == lang
    assert [a.name for a in article.authors] == authors
    assert getattr(article, kind) == value
    assert figures(article)[0][1] == credit


def test_a_romanian_lower_case_byline() -> None:
    article = parse_plaintext(_page("ro"))
    assert [a.name for a in article.authors] == ["Andreea Munteanu"]


def test_a_chinese_byline_still_names_two_reporters() -> None:
    # The joined Japanese name is the Japanese page's: "记者 陈晓 李雪" stays two people.
    page = (
        "市区新建三座口袋公园\n\n记者 陈晓 李雪\n\n2027年3月5日 14:30\n\n"
        "今年，本市在老城区新建了三座口袋公园，为附近居民提供了休闲的好去处。\n\n"
        "据市园林局介绍，这些公园利用了闲置的边角地块，每座占地约两千平方米。\n"
    )
    article = parse_plaintext(page)
    assert [a.name for a in article.authors] == ["陈晓", "李雪"]


def test_a_japanese_caption_with_its_photo_date_is_a_figure_not_a_header_date() -> None:
    article = parse_plaintext(_page("ja"))
    (caption, credit), *_ = figures(article)
    assert caption.endswith("＝西山村で2027年5月7日")
    assert credit == "宮下 亮"
    assert article.published == "2027-05-08T10:15:00"


def test_a_japanese_credit_after_the_equals_sign() -> None:
    chrome = chrome_cues("ja")
    token = use_photo_labels(
        tuple(sorted(chrome.photo_labels, key=lambda w: (-len(w), w))),
        chrome.agencies,
        chrome.credit_sources,
    )
    try:
        parts = split_caption("水門を点検する職員＝写真：町役場提供")
    finally:
        reset_photo_labels(token)
    assert parts is not None
    assert (parts.caption, parts.credit) == ("水門を点検する職員", "町役場提供")


@pytest.mark.parametrize(
    ("line", "lang", "kind", "value"),
    [
        ("Actualizat: 16.03.2027, 12:15", "ro", "updated", "2027-03-16T12:15:00"),
        ("Publicat: 14 martie 2027, ora 08:40", "ro", "published", "2027-03-14T08:40:00"),
        ("Ultima actualizare: 2 aprilie 2027", "ro", "updated", "2027-04-02"),
        ("更新日：2027年3月15日", "ja", "updated", "2027-03-15"),
        ("公開日：2027年3月14日", "ja", "published", "2027-03-14"),
        ("最終更新：2027年3月15日 11:05", "ja", "updated", "2027-03-15T11:05:00"),
    ],
)
def test_date_lines_in_the_new_languages(line: str, lang: str, kind: str, value: str) -> None:
    found = parse_date_line(line, lang)
    assert found is not None and found.labelled
    assert (found.kind, found.value) == (kind, value)


def test_a_square_marked_japanese_subhead_over_prose() -> None:
    title, byline, date, body, *_ = _CASES["ja"]
    page = "\n\n".join(
        [title, byline, date, body[0], "■ 費用の半分は寄付で", body[1], "【住民の声】", body[2]]
    )
    article = parse_plaintext(page + "\n")
    assert [b.text for b in article.blocks if type(b).__name__ == "Heading"] == [
        "■ 費用の半分は寄付で",
        "【住民の声】",
    ]


def test_a_marked_line_with_a_byline_word_or_a_sentence_is_no_subhead() -> None:
    title, byline, date, body, *_ = _CASES["ja"]
    page = "\n\n".join([title, byline, date, body[0], "■ 工事は夏に始まる。", body[1], body[2]])
    article = parse_plaintext(page + "\n")
    assert not [b for b in article.blocks if type(b).__name__ == "Heading"]
