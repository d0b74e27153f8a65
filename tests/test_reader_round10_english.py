"""Round 10 (English shapes from several countries): the kinds of miss the new shapes showed
on first sight — share labels and tip-off prompts, bylines with the outlet or the title
inside them, a job title as a byline label, captions credited in capitals or to a desk in
brackets, widgets' lists in the header, summary labels, tabloid related labels, possessive
section names. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.language import stopwords
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import split_lines
from syndicate.readers.scraped.names import is_name

_STORY = [
    "The harbour board approved a new pontoon for the ferry on Tuesday evening, after two "
    "years in which passengers had to climb down a ladder at low tide.",
    "The pontoon will be built over the winter by a contractor from the mainland and "
    "should be ready before the first summer sailing in April, the board said.",
    "Skippers welcomed the decision. One said the ladder had been the worst part of the "
    "crossing for older passengers and for anyone carrying shopping.",
]


_GESCHICHTE = [
    "Der Hafenrat hat am Dienstagabend einen neuen Steg für die Fähre genehmigt, nachdem "
    "die Fahrgäste zwei Jahre lang bei Ebbe über eine Leiter an Bord klettern mussten.",
    "Der Steg soll im Winter von einer Firma vom Festland gebaut werden und vor der ersten "
    "Sommerfahrt im April fertig sein, teilte der Rat mit.",
    "Die Kapitäne begrüßten die Entscheidung. Die Leiter sei für ältere Fahrgäste der "
    "schlimmste Teil der Überfahrt gewesen, sagte einer von ihnen.",
]


def _cues(lang: str, *texts: str) -> list[str | None]:
    lines = split_lines("\n\n".join(texts) + "\n")
    return [f.cue for f in line_features(lines, stopwords(lang), chrome_cues(lang))]


def test_a_share_label_names_the_article_it_shares() -> None:
    en = chrome_cues("en")
    assert en.kind("Kindly share this story:") == "share"
    assert en.kind("Share or comment on this article:") == "share"
    assert chrome_cues("fr").kind("Partagez cet article :") == "share"
    assert chrome_cues("de").kind("Teilen Sie diesen Artikel:") == "share"
    # a sentence about shares names no article
    assert en.kind("Share prices fell sharply on Monday:") is None


def test_a_tip_off_prompt_is_chrome_in_several_languages() -> None:
    en = chrome_cues("en")
    assert en.kind("We pay for your stories!") == "comments"
    assert (
        en.kind("Do you have a story for our news team? Email us at tips@coastpost.example")
        == "comments"
    )
    assert (
        chrome_cues("de").kind("Haben Sie einen Hinweis? Schreiben Sie an hinweis@blatt.example")
        == "comments"
    )
    assert chrome_cues("fr").kind("Vous avez une info ? Écrivez-nous.") == "comments"
    # a sentence of the story that tells of a story is prose
    assert en.kind("She said she had a story to tell about the ferry and its skipper.") is None


def test_the_outlet_a_writer_filed_for_is_no_part_of_the_name() -> None:
    assert parse_byline("By DANIEL PRYCE FOR MAILBOX ONLINE").people == (("Daniel Pryce", None),)
    assert parse_byline("By Tom Hale and Ann Wu for The Ledger").people == (
        ("Tom Hale", None),
        ("Ann Wu", None),
    )
    assert parse_byline("Anna Roth für Abendpost").people == (("Anna Roth", None),)
    # an organisation named "… for …" keeps its whole name
    assert parse_byline("By Campaign for Better Transport").people == (
        ("Campaign for Better Transport", None),
    )


def test_a_title_between_by_and_the_name_is_the_writer_s_role() -> None:
    assert parse_byline("By science reporter Harriet Quinlan").people == (
        ("Harriet Quinlan", "science reporter"),
    )
    assert parse_byline("By chief political correspondent Tom Vale").people == (
        ("Tom Vale", "chief political correspondent"),
    )
    assert parse_byline("By the way Tom Vale") is None


def test_a_job_title_with_its_colon_labels_the_name_under_it() -> None:
    for label, lang_line in (
        ("Reporter:", "Ferry pontoon approved after two-year wait"),
        ("Redakteurin:", "Neuer Steg für die Fähre nach zwei Jahren genehmigt"),
    ):
        text = "\n".join([lang_line, label, "Siobhán Maher", "02 Dec 2026 4:15 PM", *_STORY])
        article = parse_plaintext(text + "\n")
        assert [a.name for a in article.authors] == ["Siobhán Maher"]
        assert label not in _paragraphs(article)
    # without its colon the word opens no byline: "Reporter" is no label of a name
    assert chrome_cues("en").kind("Reporter") is None


def test_photo_credit_after_a_bar_leaves_the_caption_whole() -> None:
    parts = split_caption("Workers lay tracks at the depot. | Photo Credit: S.R. Ramesh")
    assert (parts.caption, parts.credit) == ("Workers lay tracks at the depot.", "S.R. Ramesh")
    parts = split_caption("A view of the quay. Photo credit: Jane Roe")
    assert (parts.caption, parts.credit) == ("A view of the quay.", "Jane Roe")


def test_a_credit_in_capitals_keeps_the_outlet_s_initials() -> None:
    assert split_caption("HT PHOTO: GAVIN LEE").credit == "HT PHOTO: GAVIN LEE"
    assert split_caption("HT FILE PHOTO").credit == "HT FILE PHOTO"
    assert split_caption("PHOTO: REUTERS").credit == "REUTERS"
    assert split_caption("FOTO: EPA").credit == "EPA"
    assert split_caption("THE PHOTOS") is None
    assert split_caption("BREAKING NEWS") is None
    text = "\n\n".join(
        [
            "Ferry pontoon approved after two-year wait",
            "Passengers on the ladder at low tide on Dec 2. The pontoon will replace it before "
            "the summer sailings begin.",
            "HT PHOTO: GAVIN LEE",
            "Joel Tan",
            "Published Dec 2, 2026, 03:42 PM",
            *_STORY,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert article.subtitle is None
    assert _figures(article) == [
        (
            "Passengers on the ladder at low tide on Dec 2. The pontoon will replace it before "
            "the summer sailings begin.",
            "HT PHOTO: GAVIN LEE",
        )
    ]


def test_a_desk_and_a_name_in_brackets_credit_a_one_sentence_caption() -> None:
    parts = split_caption("A ferry at the pontoon near the quay. (SPB Coast: Jess Harding)")
    assert (parts.caption, parts.credit) == (
        "A ferry at the pontoon near the quay.",
        "SPB Coast: Jess Harding",
    )
    parts = split_caption("Sponges on the reef. (Supplied: Institute for Marine Studies)")
    assert parts.credit == "Supplied: Institute for Marine Studies"
    # a paragraph citing its source keeps its words
    assert split_caption(
        "Unemployment fell to 5.1 per cent. Wages rose. (Source: Statistics Canada)"
    ) is None or split_caption(
        "Unemployment fell to 5.1 per cent. Wages rose. (Source: Statistics Canada)"
    ).rule != "figure.credit-in-parentheses"
    assert split_caption("Unemployment fell. (Source: Statistics Canada)") is None


def test_the_items_under_a_widget_label_are_no_byline() -> None:
    text = "\n\n".join(
        [
            "Ferry pontoon approved after two-year wait",
            "Joel Tan",
            "Published Dec 2, 2026, 03:42 PM",
            "Follow topic:\n  * Ferries\n  * Harbour Board Authority",
            *_STORY,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert [a.name for a in article.authors] == ["Joel Tan"]


def test_a_summary_label_with_its_colon_over_bullets_is_furniture() -> None:
    for title, byline, label, items, story in (
        ("Ferry pontoon approved after two-year wait", "By Jess Harding", "Key points:",
         ["The pontoon is approved", "Work starts in the winter"], _STORY),
        ("Neuer Steg für die Fähre genehmigt", "Von Jana Heller", "Zusammenfassung:",
         ["Der Steg ist genehmigt", "Die Arbeiten beginnen im Winter"], _GESCHICHTE),
    ):
        text = "\n\n".join(
            [title, byline, label, "\n".join(f"  • {item}" for item in items), *story]
        )
        article = parse_plaintext(text + "\n")
        assert label not in _paragraphs(article)
        assert _paragraphs(article)[: len(items)] == items
    # a subhead that happens to be a summary word, with prose under it, stays
    text = "\n\n".join(["Ferry pontoon approved", "By Jess Harding", *_STORY[:2], "Summary",
                        _STORY[2]])
    assert _headings(parse_plaintext(text + "\n")) == ["Summary"]


def test_a_tabloid_related_label_in_capitals_takes_its_teasers() -> None:
    text = "\n\n".join(
        [
            "Ferry pontoon approved after two-year wait",
            "By Jess Harding",
            *_STORY[:2],
            "READ MORE ON FERRIES",
            "SINKING FEELING Ferry skipper rescues dog that jumped overboard\n"
            "TIDE TURNS Island votes to keep its last petrol pump",
            _STORY[2],
        ]
    )
    article = parse_plaintext(text + "\n")
    assert _paragraphs(article) == _STORY
    assert _headings(article) == []
    # a line in capitals that names no related block is left to the other rules
    assert _cues("en", "WE WILL NOT BACK DOWN ON THE PONTOON") == [None]


def test_a_possessive_is_no_person_s_name() -> None:
    assert not is_name("Women's Volleyball")
    assert not is_name("Children’s Hospital Trust")
    assert is_name("Tom O'Brien")
    assert is_name("Ann D'Souza")


def test_photo_gallery_is_a_link_not_a_credit() -> None:
    assert split_caption("Photo Gallery") is None
    assert split_caption("Foto Galerie") is None
    assert split_caption("Photo: Gallery Owner Jane Roe").credit == "Gallery Owner Jane Roe"


def test_a_result_line_under_the_lead_photo_is_no_subhead() -> None:
    text = "\n".join(
        [
            "Harbour Rovers edge Island United to keep the county title",
            "Reporter:",
            "Ronan Delaney",
            "12 Oct 2026 9:40 PM",
            "Rovers' captain lifts the cup on Sunday. Photo: Ger Rogers",
            "Harbour Rovers 1-14 Island United 0-15",
            *_STORY,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert _headings(article) == []
    assert _paragraphs(article)[0] == "Harbour Rovers 1-14 Island United 0-15"
    # a subhead with one score in it stays a subhead
    text = "\n\n".join(["Rovers keep the title", "By Ronan Delaney", *_STORY[:2],
                        "How the 1-14 was built", _STORY[2]])
    assert _headings(parse_plaintext(text + "\n")) == ["How the 1-14 was built"]


def test_a_summary_label_over_a_list_that_lost_its_bullets_is_furniture() -> None:
    items = [
        "The pontoon replaces a ladder that older passengers found hard to use.",
        "Work starts in the winter and ends before the April sailings.",
    ]
    text = "\n\n".join(
        ["Ferry pontoon approved after two-year wait", "By Jess Harding",
         "Key Takeaways\n" + "\n".join(items), *_STORY]
    )
    article = parse_plaintext(text + "\n")
    assert "Key Takeaways" not in _paragraphs(article) + _headings(article)
    assert _paragraphs(article)[:2] == items
    text = "\n\n".join(
        ["Neuer Steg für die Fähre genehmigt", "Von Jana Heller",
         "Das Wichtigste\nDer Steg ist genehmigt.\nDie Arbeiten beginnen im Winter.",
         *_GESCHICHTE]
    )
    assert "Das Wichtigste" not in _paragraphs(parse_plaintext(text + "\n"))


def test_the_issuer_over_a_release_stamp_is_no_headline() -> None:
    for issuer, stamp, title, story in (
        ("City of Westbrook", "For immediate release: December 1, 2026",
         "Ferry pontoon approved after two-year wait", _STORY),
        ("Stadt Westbrück", "Zur sofortigen Veröffentlichung: 1. Dezember 2026",
         "Neuer Steg für die Fähre genehmigt", _GESCHICHTE),
    ):
        text = "\n\n".join([issuer, "News Release", stamp, title, *story, issuer, "555-0171"])
        article = parse_plaintext(text + "\n")
        assert article.title == title


def test_guards_of_the_round_10_label_rules() -> None:
    # a gallery's heading in capitals is no credit
    assert split_caption("PHOTOS: THE BEST OF THE HARBOUR FESTIVAL") is None
    # on a page printed without blank lines a subhead over paragraphs stays a subhead
    text = "\n".join(["Ferry pontoon approved after two-year wait", "By Jess Harding",
                      _STORY[0], "In brief", *_STORY[1:], "The board meets again in May."])
    assert "In brief" in _headings(parse_plaintext(text + "\n"))


def test_a_speech_s_delivery_note_is_page_chrome() -> None:
    from syndicate.readers.scraped.noise import noise_rule

    assert noise_rule("Remarks as prepared for delivery") == "noise.page-chrome"
    assert noise_rule("Check against delivery.") == "noise.page-chrome"
    assert noise_rule("Es gilt das gesprochene Wort!") == "noise.page-chrome"
    assert noise_rule("(Seul le prononcé fait foi)") == "noise.page-chrome"
    assert noise_rule("As delivered, the speech ran for forty minutes.") is None


def test_up_next_is_a_recap_s_last_section_but_up_next_colon_is_a_teaser() -> None:
    closing = ("The ferry's next sailing under the new timetable is on Saturday at 7 a.m., "
               "weather permitting, the board said.")
    text = "\n\n".join(
        ["Ferry pontoon approved after two-year wait", "By Jess Harding", *_STORY,
         "Up Next", closing, "Print Friendly Version"]
    )
    article = parse_plaintext(text + "\n")
    assert _headings(article) == ["Up Next"]
    assert _paragraphs(article)[-1] == closing
    assert chrome_cues("en").kind("Up next: 25 harbour cafés we lost in a decade") == "related"
