"""Round 24 (scrapedn): real scraped pages in en/fr/nl/pl/uk/zh — a browser advisory as the
page's first line over the headline, a row of hashtags between two paragraphs, a reading
time whose unit is cut to one letter, and Traditional Chinese date labels with an ASCII
colon. Every sentence, person, place and site is invented."""

from __future__ import annotations

from readerblocks import authors, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_NL = (
    "De woningcorporatie vervangt dit voorjaar in alle 240 flatwoningen aan de Lindelaan "
    "de oude houten kozijnen door kunststof exemplaren met dubbel glas.",
    'Bewoners klagen al jaren over tocht en vocht. "In de winter zit ik met een deken op de '
    'bank," vertelt een bewoonster van de derde verdieping.',
    "De werkzaamheden beginnen in april en duren per woning ongeveer twee dagen, aldus de "
    "corporatie.",
)
_EN = (
    "The town council voted on Tuesday to build two new cycle lanes along the river road, "
    "after months of debate over the loss of parking spaces.",
    "Work is due to start in the spring and should last about four months, a council "
    "spokesman said on Wednesday.",
    "Residents will be able to comment on the plans at the library until the end of March.",
)
_UK = (
    "Відтепер пацієнти районної лікарні можуть записатися на прийом до кардіолога та "
    "невролога через сайт або телефоном, без черги в реєстратурі.",
    "За словами головного лікаря, раніше люди займали чергу о шостій ранку, щоб отримати "
    "талон до спеціаліста.",
    "До кінця року лікарня обіцяє додати запис до офтальмолога та дитячого хірурга.",
)
_ZH = (
    "〔記者林怡君/台南報導〕台南市政府今天宣布,明年起將在五個行政區增設空氣品質監測站,"
    "並於學校周邊加強稽查。",
    "環保局表示,新測站的數據將即時公布在市府網站上,供民眾查詢。",
)


# --- a browser advisory over the headline ------------------------------------------------


def test_browser_advisory_over_the_headline_is_no_title() -> None:
    text = _blocks(
        "Voor de beste weergave van deze site gebruikt u Chrome, Firefox of Edge.",
        "Huurders in Oosterveld krijgen eindelijk nieuwe kozijnen",
        "Door Marieke van Dalsum",
        "12 maart 2025",
        *_NL,
    )
    article = parse_plaintext(text)
    assert article.title == "Huurders in Oosterveld krijgen eindelijk nieuwe kozijnen"
    assert authors(article) == ["Marieke van Dalsum"]
    assert paragraphs(article) == list(_NL)


def test_browser_advisory_in_chinese_and_english_is_no_title() -> None:
    zh = parse_plaintext(
        _blocks(
            "為達最佳瀏覽效果,建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。",
            "台南五區增設空品測站 學校周邊加強稽查",
            "2025/03/04 10:15",
            *_ZH,
        )
    )
    assert zh.title == "台南五區增設空品測站 學校周邊加強稽查"
    en = parse_plaintext(
        _blocks(
            "This site is best viewed with the latest version of Chrome or Firefox.",
            "Council approves two new cycle lanes on the river road",
            "By Jane Fowler",
            *_EN,
        )
    )
    assert en.title == "Council approves two new cycle lanes on the river road"
    assert authors(en) == ["Jane Fowler"]


def test_sentence_about_browsers_in_the_body_stays() -> None:
    body = (
        _EN[0],
        "Best viewed with the naked eye, the comet will pass low over the hills on Friday.",
        _EN[1],
    )
    article = parse_plaintext(
        _blocks("Comet to pass over the valley this week", "By Jane Fowler", "March 4, 2025", *body)
    )
    assert paragraphs(article) == list(body)


# --- a row of hashtags between two paragraphs ---------------------------------------------


def test_hashtag_row_between_paragraphs_is_tags() -> None:
    text = _blocks(
        "Council approves two new cycle lanes on the river road",
        "By Jane Fowler",
        "March 4, 2025",
        *_EN[:2],
        "#cycling #council #riverroad",
        _EN[2],
    )
    article = parse_plaintext(text)
    assert paragraphs(article) == list(_EN)
    assert list(article.tags) == ["cycling", "council", "riverroad"]


def test_hashtag_row_in_cyrillic_between_paragraphs_is_tags() -> None:
    text = _blocks(
        "У районній лікарні запрацював електронний запис до спеціалістів",
        "Автор: Оксана Петрук",
        "14.02.2025, 10:32",
        *_UK[:2],
        "#медицина #Заріччя #лікарня",
        _UK[2],
    )
    article = parse_plaintext(text)
    assert paragraphs(article) == list(_UK)


def test_paragraph_opening_with_a_hashtag_stays() -> None:
    body = (
        *_EN[:2],
        "#RiverRoad was the most used tag in the town last week, the council said.",
        _EN[2],
    )
    article = parse_plaintext(
        _blocks("Council approves two new cycle lanes", "By Jane Fowler", "March 4, 2025", *body)
    )
    assert paragraphs(article) == list(body)


# --- a reading time with a one-letter unit ------------------------------------------------


def test_reading_time_with_one_letter_unit_is_dropped() -> None:
    for line in ("Leestijd: 3 m.", "Leestijd: 3m"):
        text = _blocks(
            "Huurders in Oosterveld krijgen eindelijk nieuwe kozijnen",
            line,
            "Door Marieke van Dalsum",
            *_NL,
        )
        article = parse_plaintext(text)
        assert article.subtitle is None, line
        assert paragraphs(article) == list(_NL), line
    pl = parse_plaintext(
        _blocks(
            "Polska na igrzyskach: trudne początki",
            "Czas czytania: 10 m.",
            "Futbol na igrzyskach olimpijskich zadebiutował już w 1900 roku w Paryżu, ale "
            "pierwszy prawdziwy turniej rozegrano dopiero osiem lat później.",
            "Na ziemiach polskich piłka nożna w tym czasie dopiero raczkowała, a mecze "
            "rozgrywano głównie między miastami Galicji.",
        )
    )
    assert paragraphs(pl)[0].startswith("Futbol na igrzyskach")


# --- Traditional Chinese date labels with an ASCII colon -----------------------------------


def test_traditional_chinese_time_label_with_ascii_colon_is_the_date() -> None:
    text = _blocks(
        "台南五區增設空品測站 學校周邊加強稽查",
        "時間:2025-03-04 10:15:00 來源: 南瀛日報",
        *_ZH,
    )
    article = parse_plaintext(text)
    assert article.published is not None and article.published.startswith("2025-03-04")


# --- a phrase printed again and again over the headline ----------------------------------


def test_repeated_banner_phrase_over_the_headline_is_no_title() -> None:
    text = _blocks(
        "Poradnik Lokatora",
        "Baner programu dla zarządców Baner programu dla zarządców Baner programu dla zarządców",
        "Czy spółdzielnia może podnieść czynsz bez uchwały?",
        "Wielu lokatorów pyta, czy zarząd spółdzielni może sam podnieść opłaty za mieszkanie. "
        "Odpowiedź zależy od tego, o jaką część czynszu chodzi.",
        "Opłaty za media spółdzielnia przenosi na lokatorów wprost, ale o stawkach na "
        "utrzymanie budynku decyduje rada nadzorcza.",
    )
    article = parse_plaintext(text)
    assert article.title == "Czy spółdzielnia może podnieść czynsz bez uchwały?"
    assert paragraphs(article)[0].startswith("Wielu lokatorów pyta")


def test_headline_repeating_one_word_stays_the_title() -> None:
    text = _blocks(
        "Tora! Tora! Tora! Old film returns to the town cinema",
        "By Jane Fowler",
        "March 4, 2025",
        *_EN,
    )
    article = parse_plaintext(text)
    assert article.title == "Tora! Tora! Tora! Old film returns to the town cinema"
