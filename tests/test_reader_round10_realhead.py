"""Header and end-of-article rules of round 10, taken from the kinds of miss seen on real
whole-page dumps (the tuning half of the real-page set): a credit label glued to its
caption or printed twice, a writer's avatar printed as its file name before the byline,
the real headline standing in the chrome column under a teaser the decoder took, a
masthead's account row as the first line, comment and post-navigation furniture after
the story. Every text here is invented."""

from __future__ import annotations

from syndicate.readers.language import stopwords
from syndicate.readers.plaintext import _Reader, parse_plaintext
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import Line, split_lines
from syndicate.readers.scraped.markup import clean_markup
from syndicate.readers.scraped.region import BODY, HEAD, POST, PRE, TITLE, Region

# ---------------------------------------------------------------- glued credit labels


def test_a_credit_label_glued_to_the_caption_is_read_apart() -> None:
    parts = split_caption(
        "A crane lifts the last span of the footbridge over the canal in March."
        "CreditCreditMarta Oyelaran/Harbour Wire"
    )
    assert parts is not None
    assert parts.caption == "A crane lifts the last span of the footbridge over the canal in March."
    assert parts.credit == "Marta Oyelaran/Harbour Wire"
    # the same label printed twice with its spaces (inscriptis keeps them)
    parts = split_caption(
        "A crane lifts the last span of the footbridge over the canal in March. "
        "Credit Credit Marta Oyelaran/Harbour Wire"
    )
    assert parts is not None and parts.credit == "Marta Oyelaran/Harbour Wire"


def test_a_german_photo_label_glued_to_the_sentence_is_read_apart() -> None:
    parts = split_caption("Die Fähre legt am Nordufer des Stausees an.Foto: Lena Brandt/dpa")
    assert parts is not None
    assert parts.caption == "Die Fähre legt am Nordufer des Stausees an."
    assert parts.credit == "Lena Brandt/dpa"
    parts = split_caption("Die Fähre legt am Nordufer an. Bild Bild Lena Brandt/dpa")
    assert parts is not None and parts.credit == "Lena Brandt/dpa"


def test_a_label_word_opening_a_sentence_is_no_glued_credit() -> None:
    # "Photographers", "Images" are words of the sentence, and one "Image" after a space
    # is a word too: only a label glued to the sentence end or printed twice is one.
    assert split_caption("The crews left before dawn.Photographers waited at the gate") is None
    assert split_caption("The council met on Monday. Image rights were not discussed") is None


_NYT_MENU = [
    "Skip to contentSkip to site index",
    "Sections",
    "Search",
    "Subscribe",
    "Log In",
]


def _lead_photo_page(
    headline: str, dek: str, label: str, caption: str, byline: str, date: str, story: list[str]
) -> str:
    texts = [*_NYT_MENU, headline, dek, label, caption, byline, date, *story]
    return "\n\n".join([*texts, "Site Index", "Contact Us"]) + "\n"


_EN_STORY = [
    "The footbridge over the old canal reopened on Saturday after eleven months of repairs, "
    "and dozens of cyclists crossed it within the first hour of the morning.",
    "Engineers replaced the rusted deck plates and both handrails, the city's transport "
    "office said, and added lights along the whole length of the span.",
    "Shop owners on the east bank said trade had fallen by a third while the crossing was "
    "shut, because shoppers from the station had to walk around through the market.",
    "A second bridge further north is due for the same repairs next spring, and the office "
    "has promised a ferry for the weeks that it stays closed.",
]


def test_the_byline_under_a_lead_photo_with_a_glued_credit_is_read() -> None:
    text = _lead_photo_page(
        "Footbridge Over the Old Canal Reopens After Eleven Months",
        "Cyclists and shoppers welcomed the repaired crossing, which had cut the east bank "
        "off from the station since last spring.",
        "Image",
        "Cyclists cross the repaired footbridge on Saturday morning."
        "CreditCreditPetra Oyelowo for The Harbour Times",
        "By Marisol Fenwick",
        "March 8, 2026",
        _EN_STORY,
    )
    article = parse_plaintext(text)
    assert article.title == "Footbridge Over the Old Canal Reopens After Eleven Months"
    assert [p.name for p in article.authors] == ["Marisol Fenwick"]
    assert article.published == "2026-03-08"
    assert article.subtitle is not None and article.subtitle.startswith("Cyclists and shoppers")


_DE_STORY = [
    "Die Fähre zwischen den beiden Ufern des Stausees fährt ab dem kommenden Monat wieder "
    "im Stundentakt, wie der Zweckverband am Dienstag mitteilte.",
    "Im Winter war das Boot nur an Wochenenden unterwegs gewesen, weil zwei Kapitäne in "
    "den Ruhestand gegangen waren und die Nachfolge lange offen blieb.",
    "Nun habe man drei neue Schiffsführer gefunden, sagte die Geschäftsführerin des "
    "Verbands, und könne den Sommerfahrplan wie gewohnt anbieten.",
    "Die Preise für eine einfache Überfahrt bleiben unverändert bei vier Euro, Kinder "
    "unter zwölf Jahren fahren weiterhin kostenlos.",
]


def test_the_german_byline_under_a_lead_photo_with_a_glued_credit_is_read() -> None:
    text = _lead_photo_page(
        "Fähre am Stausee fährt wieder jede Stunde",
        "Nach einem Winter mit eingeschränktem Betrieb hat der Zweckverband drei neue "
        "Schiffsführer gefunden und kehrt zum Sommerfahrplan zurück.",
        "Bild",
        "Die Fähre legt am Nordufer des Stausees an.Foto: Lena Brandt/dpa",
        "Von Jonas Wehrmann",
        "05.03.2026",
        _DE_STORY,
    )
    article = parse_plaintext(text)
    assert [p.name for p in article.authors] == ["Jonas Wehrmann"]
    assert article.published == "2026-03-05"


# ---------------------------------------------------------------- avatars before bylines


def _cleaned(texts: list[str]) -> list[str]:
    lines = [Line(k + 1, text, True) for k, text in enumerate(texts)]
    return [line.text for line in clean_markup(lines)[0]]


def test_an_avatar_printed_as_its_file_name_before_the_byline_goes() -> None:
    assert _cleaned(["[6eef5bc5-c8a0-4da1-9ba1] Dana Whitcombe • 8h"]) == ["Dana Whitcombe • 8h"]
    assert _cleaned(["[autorin_portrait-2024.jpg] Lena Brandt"]) == ["Lena Brandt"]


def test_an_icon_s_empty_emphasis_before_a_handle_goes() -> None:
    # html2text prints an icon's empty span as "__" glued to the next link
    assert _cleaned(["By [Dana Whitcombe](/authors/dw) __[@dwhitcombe](https://x.example/dw)"]) == [
        "By Dana Whitcombe @dwhitcombe"
    ]
    assert _cleaned(["Von [Lena Brandt](/autoren/lb) __[@lbrandt](https://x.example/lb)"]) == [
        "Von Lena Brandt @lbrandt"
    ]
    # marks inside a word are the word's
    assert _cleaned(["[Docs](/d) list the ferry__timetable field"]) == [
        "Docs list the ferry__timetable field"
    ]


def test_a_bracketed_word_or_a_link_mark_is_no_avatar() -> None:
    # a label in brackets is printed text; lynx's reference marks are read as before
    assert _cleaned(["[Anzeige] Neue Fähren für den See"]) == ["[Anzeige] Neue Fähren für den See"]
    assert _cleaned(["[12]Ferry timetable changes"]) == ["Ferry timetable changes"]


# ---------------------------------------------------------------- comment and post furniture


def test_comment_headers_counters_and_post_navigation_are_chrome() -> None:
    en = chrome_cues("en")
    assert en.kind("11 Comments. Click to view comments") == "comments"
    assert en.kind("200Comments. Click to view comments") == "comments"
    assert en.kind("Reader Comments") == "comments"
    assert en.kind("To Post Comments Sign In") == "comments"
    assert en.kind("Post navigation") == "navigation"
    assert en.kind("Previous Post") == "navigation"
    de = chrome_cues("de")
    assert de.kind("17 Kommentare. Jetzt mitdiskutieren") == "comments"
    assert de.kind("Vorheriger Beitrag") == "navigation"
    assert chrome_cues("fr").kind("Commentaires des lecteurs") == "comments"
    assert chrome_cues("fr").kind("Article précédent") == "navigation"
    assert chrome_cues("ru").kind("Навигация по записям") == "navigation"
    assert chrome_cues("es").kind("Entrada anterior") == "navigation"


def test_a_sentence_or_a_year_before_comments_is_no_counter() -> None:
    en = chrome_cues("en")
    assert en.kind("12 people were hurt, officials said in their comments") is None
    assert en.kind("2024 Comments and notes from the panel") is None


# ---------------------------------------------------------------- account rows


def _first_line(text: str, lang: str) -> str:
    lines = split_lines(text)
    reader = _Reader(lines, "<test>")
    reader.chrome = chrome_cues(lang)
    reader.features = line_features(lines, stopwords(lang), reader.chrome)
    return lines[reader._first_line_title()].text


def test_an_account_row_is_never_the_first_line_headline() -> None:
    story = "\n\n".join(_EN_STORY)
    text = "Sign Up | Sign In\n\nFootbridge over the old canal reopens\n\n" + story + "\n"
    assert _first_line(text, "en") == "Footbridge over the old canal reopens"
    text = "Log In or Sign Up\n\nFootbridge over the old canal reopens\n\n" + story + "\n"
    assert _first_line(text, "en") == "Footbridge over the old canal reopens"
    de = "\n\n".join(_DE_STORY)
    text = "Anmelden oder registrieren\n\nFähre am Stausee fährt wieder jede Stunde\n\n" + de + "\n"
    assert _first_line(text, "de") == "Fähre am Stausee fährt wieder jede Stunde"


def test_a_headline_naming_a_newsletter_or_a_sign_up_is_no_account_row() -> None:
    en = chrome_cues("en")
    assert en.account_row("Sign Up | Sign In")
    assert en.account_row("Log In or Sign Up")
    assert chrome_cues("fr").account_row("Se connecter | S'abonner")
    assert not en.account_row("Council scraps its printed newsletter")
    assert not en.account_row("Sign up")  # one button: the row needs two
    story = "\n\n".join(_EN_STORY)
    text = "Council scraps its printed newsletter\n\n" + story + "\n"
    assert _first_line(text, "en") == "Council scraps its printed newsletter"


# ---------------------------------------------------------------- the headline in the chrome column

_TEASERS = [
    "Harbour Lights Travel",
    "Most Recent Stories",
    "Our Twelve Favourite Harbour Bakeries",
    "A family bakery on the quay keeps its wood oven going through the winter storms.",
    "* Newsletters",
    "* Sign In Join",
]


def _column_page(headline: str, under: str, story: list[str]) -> tuple[list[Line], Region, list]:
    texts = [*_TEASERS, headline, under, headline, "Copy Link Facebook Twitter Reddit", *story]
    lines = split_lines("\n\n".join(texts) + "\n")
    feats = line_features(lines, stopwords("en"), chrome_cues("en"))
    teaser = 2
    first_body = len(_TEASERS) + 4
    # What the decoder gave on such pages: the teaser as headline, its blurb and the menu's
    # widgets as the header, the real headline with its byline in the column of chrome
    # between the header and the first paragraph (given back as POST).
    zones = [PRE] * teaser + [TITLE] + [HEAD] * (len(_TEASERS) - teaser - 1)
    zones += [POST] * 4 + [BODY] * (len(lines) - first_body)
    region = Region(zones, teaser, [], True, True, 5.5)
    return lines, region, feats


def test_the_headline_over_its_byline_in_the_chrome_column_beats_a_teaser() -> None:
    lines, region, feats = _column_page(
        "Footbridge Over the Old Canal Reopens to Cyclists",
        "by Marisol Fenwick March 8, 2026",
        _EN_STORY,
    )
    over = region.headline_over_byline(lines, feats)
    assert over is not None
    assert lines[over.title].text == "Footbridge Over the Old Canal Reopens to Cyclists"


def test_a_line_in_the_chrome_column_without_a_byline_under_it_stays_chrome() -> None:
    lines, region, feats = _column_page(
        "Footbridge Over the Old Canal Reopens to Cyclists",
        "Share this story with a friend",
        _EN_STORY,
    )
    assert region.headline_over_byline(lines, feats) is None
    # over a byline, but the story takes up none of its words: another teaser
    lines, region, feats = _column_page(
        "Ten Harbour Bakeries Worth the Detour", "by Marisol Fenwick March 8, 2026", _EN_STORY
    )
    assert region.headline_over_byline(lines, feats) is None


# ---------------------------------------------------------------- players' and browsers' notices


def test_a_player_s_ad_and_countdown_notices_are_chrome() -> None:
    en = chrome_cues("en")
    assert en.kind("You can skip this ad in 5 seconds.") == "script-notice"
    # the player's icons (private-use glyphs) before the notice
    assert en.kind("\ue060 \ue05c Next video starts in : 7 Play") == "script-notice"
    assert chrome_cues("de").kind("Werbung überspringen") == "script-notice"
    assert chrome_cues("fr").kind("Passer la publicité") == "script-notice"
    assert chrome_cues("ru").kind("Пропустить рекламу") == "script-notice"


def test_a_sentence_opening_with_a_notice_s_first_word_is_no_notice() -> None:
    # "Skip ad" ends on a word's end: "Skip advertising …" is a sentence
    assert chrome_cues("en").kind("Skip advertising revenue fell sharply this year") is None
    # a sentence that only mentions it does not open with it
    de = chrome_cues("de")
    assert de.kind("Viele Leser wollen Werbung überspringen, sagt die Studie.") is None
