"""Round 13 (kinds): rules for the miss kinds the worst dev shapes showed — a regulatory
announcement's title under its line of defined terms, an attribution that opens with a
comment word's stem, a disclosure panel by the byline, and a few edges of the article.
Every sentence here is invented."""

from __future__ import annotations

from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues

# -- regulatory announcements ------------------------------------------------------------

_ANNOUNCEMENT = (
    "Brackwater Pumps plc (BWP)\n\n"
    "RNS Number : 5521K\n"
    "Brackwater Pumps plc\n"
    "03 March 2026\n\n"
    "Brackwater Pumps plc\n"
    '("Brackwater" or the "Company")\n\n'
    "Disposal of Foundry\n\n"
    "Brackwater Pumps plc (AIM: BWP), the maker of irrigation pumps, announces that it has "
    "agreed to sell its foundry in Tiverley to a local engineering group for £3.1 million.\n\n"
    "The foundry has supplied castings to the Company since 1978. Brackwater will continue to "
    "buy castings from the site under a five-year supply agreement.\n\n"
    "Commenting on the sale, Marten Oakes, Chief Executive Officer, said:\n\n"
    '"The foundry will be in good hands, and the proceeds let us invest in the new pump line '
    'that our customers have been asking for."\n\n'
    "The disposal is expected to complete by the end of April 2026.\n\n"
    "Enquiries:\n"
    "Brackwater Pumps plc\n"
    "Tel: +44 (0)1632 960 118\n"
)


def test_the_line_under_an_announcements_defined_terms_is_its_title() -> None:
    article = parse_plaintext(_ANNOUNCEMENT)
    assert article.title == "Disposal of Foundry"
    assert not article.authors
    assert (article.published or "")[:10] == "2026-03-03"
    body = _paragraphs(article)
    assert body[0].startswith("Brackwater Pumps plc (AIM: BWP)")
    assert not any("or the" in p for p in body)


def test_an_attribution_opening_with_a_comment_words_stem_is_body() -> None:
    body = _paragraphs(parse_plaintext(_ANNOUNCEMENT))
    assert "Commenting on the sale, Marten Oakes, Chief Executive Officer, said:" in body
    assert body[-1].startswith("The disposal is expected")


def test_a_comment_word_still_opens_a_comment_prompt() -> None:
    cues = chrome_cues("en")
    assert cues.kind("Comment: tell us what you think of the new timetable") == "comments"
    assert cues.kind("Commentary") == "comments"  # a menu's label: the stem is enough
    assert cues.kind("Commenting on the figures, the treasurer said:") != "comments"
    assert cues.kind("Replying to the council, the residents' group said:") != "comments"


# -- a writer's disclosure panel ---------------------------------------------------------

_EXPLAINER = (
    "# Why river gravel is moving downstream faster\n\n"
    "Published: May 4, 2026 9:10am BST\n\n"
    "### Author\n\n"
    "[Tomasz Orwell](/profiles/tomasz-orwell)\n\n"
    "Lecturer in River Science, University of Eastmere\n\n"
    "### Disclosure statement\n\n"
    "Tomasz Orwell receives funding from the Upland Rivers Trust and the Fenbrook Angling "
    "Society\n\n"
    "### Partners\n\n"
    "University of Eastmere provides funding as a member of The Exchange UK.\n\n"
    "[View all partners](/partners)\n\n"
    "Stand on the bridge at Carrow Mill after a flood and you can hear the river bed "
    "moving: a low rumble of stones rolling over one another.\n\n"
    "Our tagged pebbles show that gravel now travels three times as far in a winter as it "
    "did twenty years ago, and most of the change came in the last decade.\n\n"
    "## What the pebbles told us\n\n"
    "Each pebble carries a radio tag the size of a grain of rice. After every flood we walk "
    "the bank with a reader and note where each one ended up.\n\n"
    "The results point to the loss of woody debris upstream, which used to slow the water "
    "and hold the gravel back.\n"
)


def test_a_writers_disclosure_panel_is_no_body_nor_heading() -> None:
    article = parse_plaintext(_EXPLAINER)
    body = _paragraphs(article)
    assert body[0].startswith("Stand on the bridge")
    assert not any("receives funding" in p or "provides funding" in p for p in body)
    headings = [b.text for b in article.blocks if type(b).__name__ == "Heading"]
    assert headings == ["What the pebbles told us"]


def test_a_disclosure_heading_over_body_prose_stays_when_nothing_follows_the_pattern() -> None:
    page = (
        "Council sets out rules for members' gifts\n\n"
        "By Hana Pruitt\n\n"
        "The district council will publish every gift its members accept that is worth more "
        "than fifty pounds, under rules agreed on Tuesday evening.\n\n"
        "Disclosure\n\n"
        "Members will have to declare a gift within 28 days of accepting it, and the register "
        "will be updated on the council's website every month from June onwards.\n\n"
        "Members who break the rules may be referred to the standards committee, which can "
        "suspend them for up to six months.\n\n"
        "The leader of the council said the change would build trust between members and the "
        "people who elect them.\n"
    )
    body = _paragraphs(parse_plaintext(page))
    assert len(body) == 4 and body[1].startswith("Members will have to declare")


# -- the article's last section ----------------------------------------------------------

_RECAP = (
    "Rowing\n\n"
    "Nov. 2, 2026\n\n"
    "Eights Take Silver at Harbor Regatta as Freshmen Crew Impresses\n\n"
    "By Owen Marsh\n\n"
    "HOLLIS BAY, Maine – The Lakeport varsity eight finished second at the Harbor Regatta on "
    "Saturday, two seconds behind Castine College over the 2,000-meter course.\n\n"
    "The crew led through the halfway mark before a crosswind pushed them wide at the second "
    "buoy. Castine moved through in the final 500 meters.\n\n"
    '"We rowed the race we wanted for three quarters of it," head coach Lena Voss said. '
    '"The last quarter is what we train for this winter."\n\n'
    "The freshman four won its heat in a season-best time and finished fourth in the final, "
    "the program's best result in the event since 2019.\n\n"
    "Varsity Eight Final (Top 4)\n\n"
    "1. Castine – 5:48.2\n\n"
    "2. Lakeport – 5:50.3\n\n"
    "3. Hollis Bay – 5:53.9\n\n"
    "4. Tern Point – 5:58.0\n\n"
    "Up Next\n\n"
    "Lakeport closes its fall season at the Riverside Chase on Nov. 15. The varsity eight "
    "will race in the championship division for the first time.\n\n\n"
    "Print Friendly Version\n"
)


def test_a_last_section_over_the_share_row_stays_the_articles() -> None:
    article = parse_plaintext(_RECAP)
    body = _paragraphs(article)
    assert body[-1].startswith("Lakeport closes its fall season")
    headings = [b.text for b in article.blocks if type(b).__name__ == "Heading"]
    assert headings == ["Varsity Eight Final (Top 4)", "Up Next"]


def test_a_teaser_among_teasers_after_the_article_is_not_kept() -> None:
    page = _RECAP.replace(
        "Print Friendly Version\n",
        "Harbor Regatta Photo Gallery\n\n"
        "See the best pictures from a windy day on the water at Hollis Bay.\n\n"
        "Print Friendly Version\n",
    ).replace("\n\n\nHarbor", "\n\nHarbor")
    body = _paragraphs(parse_plaintext(page))
    assert not any(p.startswith("See the best pictures") for p in body)


def test_a_head_and_blurb_over_a_sign_up_button_stay_chrome() -> None:
    page = _RECAP.replace(
        "Up Next\n\n"
        "Lakeport closes its fall season at the Riverside Chase on Nov. 15. The varsity eight "
        "will race in the championship division for the first time.\n\n\n"
        "Print Friendly Version\n",
        "Get scores on your phone\n\n"
        "Choose your teams and we will text you the final score of every race and game this "
        "season.\n\n"
        "Sign up for text alerts\n",
    )
    body = _paragraphs(parse_plaintext(page))
    assert not any(p.startswith("Choose your teams") for p in body)


# -- a newsroom's signature --------------------------------------------------------------


def test_a_newsroom_alone_under_the_headline_is_the_byline() -> None:
    page = (
        "Nuovo ponte sul torrente, lavori al via a marzo\n\n"
        "Redazione\n\n"
        "Aggiornato il 4 febbraio 2026, 10:15\n\n"
        "Il comune di Valdimonte ha affidato i lavori per il nuovo ponte sul torrente Serra, "
        "chiuso dal 2024 dopo l'alluvione di ottobre.\n\n"
        "Il cantiere durerà otto mesi. Nel frattempo resterà aperta la passerella pedonale "
        "costruita dai volontari della protezione civile.\n\n"
        "Il sindaco ha detto che il ponte sarà più alto di un metro e mezzo rispetto al "
        "precedente, per lasciare passare le piene.\n"
    )
    article = parse_plaintext(page)
    assert [a.name for a in article.authors] == ["Redazione"]


def test_a_newsroom_in_a_meta_row_signs_and_the_dek_under_it_stays_the_dek() -> None:
    page = (
        "El mercado de abastos reabre tras dos años de obras\n\n"
        "14/03/2026 | Redacción\n\n"
        "El edificio recupera su cubierta de hierro original. Los puestos vuelven el lunes.\n\n"
        "El mercado de abastos de Villaseca abrió ayer sus puertas después de dos años de "
        "obras, con 32 puestos y una zona nueva para productores de la comarca.\n\n"
        "La reforma ha costado 4,2 millones de euros, de los que la mitad llegaron de fondos "
        "europeos, según el ayuntamiento.\n\n"
        "Los comerciantes que se trasladaron a la carpa provisional volverán a sus puestos "
        "el lunes por la mañana.\n"
    )
    article = parse_plaintext(page)
    assert [a.name for a in article.authors] == ["Redacción"]
    assert (article.subtitle or "").startswith("El edificio recupera su cubierta")
    assert _paragraphs(article)[0].startswith("El mercado de abastos de Villaseca")


def test_a_reward_game_prompt_between_paragraphs_is_chrome() -> None:
    cues = chrome_cues("en")
    assert cues.kind("Spin the wheel now") == "sign-up"
    assert cues.kind("Read 3 articles and stand to win rewards") == "sign-up"


# -- a fundraising or membership box under the article -----------------------------------


_NEWS = (
    "Boathouse roof repaired in time for the spring regatta\n\n"
    "By Owen Marsh\n\n"
    "March 3, 2026\n\n"
    "The roof of the Lakeport boathouse has been repaired after a winter storm tore away a "
    "third of its slates, the rowing club said on Tuesday.\n\n"
    "Volunteers moved the club's eleven boats to a neighbour's barn while roofers worked "
    "through February, and the boats will return this weekend.\n\n"
    "The club's first race of the season, the Harbor Regatta, is on April 11.\n\n"
)


def test_a_fundraising_boxs_pitch_over_its_button_is_no_last_paragraph() -> None:
    page = _NEWS + (
        "Running the boathouse costs £40,000 a year. A gift of £25 pays for a new oar.\n\n"
        "Donate today\n"
    )
    body = _paragraphs(parse_plaintext(page))
    assert body[-1].startswith("The club's first race of the season")


def test_a_closing_appeal_of_the_story_over_the_share_row_stays() -> None:
    page = _NEWS + (
        "The club's boat fund has raised £3,200 of the £5,000 it needs for a new four, and "
        "members can give through the club's office.\n\n"
        "Share this story: Facebook X Email\n"
    )
    body = _paragraphs(parse_plaintext(page))
    assert body[-1].startswith("The club's boat fund has raised")


def test_a_correction_note_over_a_newsletter_prompt_stays() -> None:
    page = _NEWS + (
        "Correction: An earlier version of this article said the repair cost £12,000. The "
        "club says the figure was £9,500.\n\n"
        "Get the latest club news straight to your inbox\n\n"
        "Sign up\n"
    )
    body = _paragraphs(parse_plaintext(page))
    assert body[-1].startswith("Correction: An earlier version")
