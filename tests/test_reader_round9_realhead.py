"""Header rules of round 9 taken from the kinds of miss seen on real whole-page dumps:
the headline a page prints again (breadcrumb, share widget) over a dek the decoder took,
checked on original invented pages in two languages."""

from __future__ import annotations

from syndicate.readers.language import stopwords
from syndicate.readers.plaintext import _Reader, parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.headerline import classify_line
from syndicate.readers.scraped.lines import Line, split_lines

_MENU = [
    "Riverside Courier",
    "* Home",
    "* Local",
    "* Sport",
    "* Weather",
    "Subscribe",
    "Log in",
    "Ten towpath walks for a spring weekend",
]

_EN_STORY = [
    "The lock keepers of the upper canal voted on Monday to open the flight of gates to "
    "pleasure boats two hours earlier through the summer, after a season of queues.",
    "Boat owners had waited up to three hours at the bottom gate on busy weekends, and "
    "several said they had turned back rather than spend the afternoon in line.",
    "The keepers' association said the earlier start would need one more volunteer on "
    "each shift and asked residents along the towpath to come forward before June.",
    "A trial of the new hours last September cut the longest wait to forty minutes, the "
    "association's secretary told the meeting in the village hall.",
]

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


def _dump(header: list[str], story: list[str], tail: list[str]) -> str:
    return "\n\n".join([*_MENU, *header, *story, *tail]) + "\n"


def _reader(text: str, lang: str) -> _Reader:
    lines = split_lines(text)
    reader = _Reader(lines, "<test>")
    reader.chrome = chrome_cues(lang)
    reader.features = line_features(lines, stopwords(lang), reader.chrome)
    return reader


def _index(reader: _Reader, text: str) -> int:
    return next(k for k, line in enumerate(reader.lines) if line.text == text)


_EN_HEADLINE = "Canal gates to open earlier for summer boats"
_EN_DEK = (
    "Keepers of the upper flight will start two hours sooner after a season of long "
    "queues at the bottom lock, and they want more volunteers."
)


def test_the_line_over_a_dek_printed_again_by_the_share_widget_is_the_headline() -> None:
    text = _dump(
        [_EN_HEADLINE, _EN_DEK, "By Orla Fennimore Updated May 3, 2026, 9:10am"],
        _EN_STORY,
        [f"Share {_EN_HEADLINE}", "* Contact us"],
    )
    reader = _reader(text, "en")
    dek = _index(reader, _EN_DEK)
    assert reader._echoed_above(dek, 0) == dek - 1
    # a lead photo's caption may stand between the headline and the dek
    text = _dump(
        [_EN_HEADLINE, "Boats wait below the gate. Photograph: Ilse Marren", _EN_DEK],
        _EN_STORY,
        [_EN_HEADLINE, "* Contact us"],
    )
    reader = _reader(text, "en")
    dek = _index(reader, _EN_DEK)
    assert reader._echoed_above(dek, 0) == dek - 2


def test_a_breadcrumb_ending_in_the_line_over_the_dek_names_the_headline() -> None:
    headline = "Fähre am Stausee fährt wieder stündlich"
    dek = (
        "Nach einem Winter mit eingeschränktem Betrieb hat der Zweckverband drei neue "
        "Schiffsführer eingestellt und kehrt zum gewohnten Sommerfahrplan zurück"
    )
    text = _dump([f"Startseite > Region > {headline}", headline, dek], _DE_STORY, [])
    reader = _reader(text, "de")
    assert reader._echoed_above(_index(reader, dek), 0) == _index(reader, headline)
    # the same pair with nothing printed again: no evidence either way
    reader = _reader(_dump([headline, dek], _DE_STORY, []), "de")
    assert reader._echoed_above(_index(reader, dek), 0) is None


def test_a_label_or_a_stutter_over_the_headline_is_no_echo() -> None:
    # a sponsor label printed twice by the dump, right over the headline
    label = "Regional news is sponsored by"
    reader = _reader(_dump([label, label, _EN_DEK], _EN_STORY, []), "en")
    assert reader._echoed_above(_index(reader, _EN_DEK), 0) is None
    line = "Harbour board names new chair"
    reader = _reader(_dump([line, line, _EN_DEK], _EN_STORY, []), "en")
    assert reader._echoed_above(_index(reader, _EN_DEK), 0) is None


def test_a_date_row_or_a_menu_item_printed_twice_is_no_headline() -> None:
    row = "Published on May 3, 2026 at 9:10am"
    reader = _reader(_dump([row, _EN_DEK], _EN_STORY, [row]), "en")
    assert reader._echoed_above(_index(reader, _EN_DEK), 0) is None
    # the dek printed again as well: nothing tells the two apart
    above = "Canal keepers meet in the village hall"
    reader = _reader(_dump([above, _EN_DEK], _EN_STORY, [above, _EN_DEK]), "en")
    assert reader._echoed_above(_index(reader, _EN_DEK), 0) is None


def test_headline_printed_twice_wins_over_its_dek() -> None:
    headline = "Canal gates to open earlier for summer boats"
    dek = (
        "Keepers of the upper flight will start two hours sooner after a season of long "
        "queues at the bottom lock, and they want more volunteers."
    )
    text = _dump(
        [headline, dek, "By Orla Fennimore Updated May 3, 2026, 9:10am"],
        _EN_STORY,
        [f"Share {headline}", "Most read", "* Contact us", "* Privacy policy"],
    )
    article = parse_plaintext(text)
    assert article.title == headline
    assert [p.name for p in article.authors] == ["Orla Fennimore"]


def test_breadcrumb_ending_in_the_headline_marks_it_over_the_dek() -> None:
    headline = "Fähre am Stausee fährt wieder stündlich"
    dek = (
        "Nach einem Winter mit eingeschränktem Betrieb hat der Zweckverband drei neue "
        "Schiffsführer eingestellt und kehrt zum gewohnten Sommerfahrplan zurück"
    )
    text = _dump(
        [f"Startseite > Region > {headline}", headline, dek, "Von Henrike Saalfeld"],
        _DE_STORY,
        ["Mehr zum Thema", "* Impressum", "* Datenschutz"],
    )
    article = parse_plaintext(text)
    assert article.title == headline


def test_a_dek_printed_twice_too_is_no_evidence() -> None:
    # The line over the dek is printed again, but so is the dek: nothing tells which of
    # the two is the headline, so the decoder's choice stands.
    above = "Canal keepers meet in the village hall"
    dek = (
        "Keepers of the upper flight will start two hours sooner after a season of long "
        "queues at the bottom lock, and they want more volunteers."
    )
    text = _dump(
        [above, dek, "By Orla Fennimore Updated May 3, 2026, 9:10am"],
        _EN_STORY,
        [above, dek, "* Contact us"],
    )
    assert parse_plaintext(text).provenance["title"].rule != "title.echoed-above-dek"


_BLOG = [
    "Why I moved my build scripts to plain make",
    "For six years the toolkit I maintain was built by a pile of shell scripts that only "
    "two of us understood, and both of us had stopped enjoying it.",
    "Last winter I rewrote the whole thing as a single makefile of ninety lines, and the "
    "clean build went from four minutes to a little under one.",
    "The part that surprised me most was how much of the old logic simply disappeared "
    "once each step said which files it needed and which it made.",
]


_BLOG_FR = [
    "Pourquoi j'ai rangé mes carnets de terrain par saison",
    "Pendant des années, j'ai noté mes relevés d'oiseaux dans des cahiers achetés au "
    "hasard, sans autre ordre que celui dans lequel ils se remplissaient.",
    "Cet hiver, j'ai tout repris en classant les pages par saison, et les retours des "
    "migrateurs sont enfin apparus d'un coup d'œil, année après année.",
    "Le plus étonnant a été de voir combien de notes se répétaient d'un printemps à "
    "l'autre, presque au jour près, sans que je m'en sois jamais aperçue.",
]


def test_meta_row_under_the_post_signs_it() -> None:
    row = "Tamsin Okoro — 2026-04-11 — in Notes — Permalink"
    text = "\n\n".join([*_BLOG, row, "Older post | Newer post", "* Home", "* Archive"]) + "\n"
    article = parse_plaintext(text)
    assert [p.name for p in article.authors] == ["Tamsin Okoro"]
    assert article.provenance["authors"].rule == "byline.closing-row"
    assert article.published == "2026-04-11"
    assert row not in [getattr(b, "text", "") for b in article.blocks]
    # the same in a French blog's row
    row = "Mireille Santoni | 11 avril 2026 | dans Carnets | 3 commentaires"
    text = "\n\n".join([*_BLOG_FR, row, "Article précédent", "* Accueil"]) + "\n"
    article = parse_plaintext(text)
    assert [p.name for p in article.authors] == ["Mireille Santoni"]


def test_a_comment_row_followed_by_its_text_signs_nothing() -> None:
    row = "Tamsin Okoro — 2026-04-11 — Reply"
    comment = (
        "Thanks for writing this up, we are about to do the same thing at work and the "
        "part about listing outputs for every step is exactly what we needed."
    )
    text = "\n\n".join([*_BLOG, row, comment, "* Home"]) + "\n"
    assert parse_plaintext(text).authors == ()


def _kinds(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    found = classify_line(0, Line(1, text, True), None, chrome_cues(lang))
    return [(e.kind, e.value[:10] if e.value else None) for e in found]


def test_a_date_glued_to_the_name_before_it_is_read_apart() -> None:
    # a dump prints two inline spans with no space between them
    assert _kinds("By Odile Farrant2025-10-07 08:12:40 UTC") == [
        ("byline", None),
        ("date", "2025-10-07"),
    ]
    # with no byline prefix the words before the date may be the outlet's name: left alone
    assert ("name", None) not in _kinds("Kestrel NewswireOctober 7, 2025")
    assert _kinds("Von Jonas Brehmer07.10.2025", "de")[-1] == ("date", "2025-10-07")
    # a capital inside a name is no glue point
    assert _kinds("By Tavish McAllister") == [("byline", None)]


def test_a_compact_age_beside_a_name_marks_the_meta_row() -> None:
    assert _kinds("Rosalind Achterberg • 8h") == [("name", None), ("datemark", None)]
    assert _kinds("Grażyna Wilczyńska · 3 min", "pl") == [("name", None), ("datemark", None)]
    # a section label beside an age is no byline row
    assert ("datemark", None) not in _kinds("Sport • 3d")


def test_skip_links_glued_together_are_page_chrome() -> None:
    assert chrome_cues("en").kind("Skip to contentSkip to site index") is not None
    assert chrome_cues("de").kind("Zum Inhalt springenZur Navigation springen") is not None
    # a headline with a capital after a lowercase letter is no navigation
    assert chrome_cues("en").kind("Harbour board backs new YouTube channel") is None


def test_a_section_label_or_site_name_beside_the_headline_goes() -> None:
    story = "\n\n".join(_EN_STORY)
    text = f"Waterways | {_EN_HEADLINE}\n\nBy Orla Fennimore\n\n{story}\n"
    assert parse_plaintext(text).title == _EN_HEADLINE
    text = f"{_EN_HEADLINE} | The Lockside Post\n\nBy Orla Fennimore\n\n{story}\n"
    assert parse_plaintext(text).title == _EN_HEADLINE
    # two long parts on either side of the bar stay as printed
    both = "Canal gates to open earlier | Keepers ask for more summer volunteers"
    text = f"{both}\n\nBy Orla Fennimore\n\n{story}\n"
    assert parse_plaintext(text).title == both


def test_a_related_story_card_under_the_article_adds_no_author() -> None:
    story = "\n\n".join(_EN_STORY)
    card = "\n".join(
        ["Petra Lindqvist", "Petra Lindqvist in Towpath Notes", "Mar 2, 2026 · 4 min read"]
    )
    text = (
        f"{_EN_HEADLINE}\n\nBy Orla Fennimore\n\n{story}\n\nMore from the blog\n\n{card}\n\n"
        "* About\n\n* Help\n"
    )
    assert [p.name for p in parse_plaintext(text).authors] == ["Orla Fennimore"]
