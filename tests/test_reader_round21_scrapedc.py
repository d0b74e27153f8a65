"""Round 21 (scrapedc): line shapes that real scraped news pages got wrong — a link to the
site's listing ("go to all police reports") and the comment widget's "log in to comment"
line under the last paragraph, a headline-less page opening on a one-sentence paragraph, a
caption-less photo credit or a caption with its credit glued as "./Photo X" over the
story, a dek without a full stop straight under the headline. Every sentence, person,
place and outlet is invented."""

from __future__ import annotations

from readerblocks import figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_DE = (
    "Nach ersten Erkenntnissen wollte der Fahrer des Lieferwagens gegen 18.40 Uhr nach "
    "rechts in die Mühlgasse abbiegen. Dabei übersah er offenbar den Radfahrer.",
    "Der Mann stürzte auf die Fahrbahn und zog sich Verletzungen an der Schulter zu. Ein "
    "Rettungswagen brachte ihn in das Kreiskrankenhaus.",
)
_IT = (
    "Un tratto di circa otto metri del muro del vecchio lavatoio è crollato nella notte, "
    "riversando pietre e calcinacci sulla piazza. Non ci sono feriti.",
    "Il sindaco ha firmato un'ordinanza che chiude il passaggio pedonale fino a lunedì, "
    "quando è atteso il sopralluogo della Soprintendenza.",
)
_ES = (
    "El Ayuntamiento ha cortado desde este lunes el tráfico en el puente de la Aljama, "
    "después de que la crecida del río dañara uno de los estribos de la estructura.",
    "Los técnicos municipales revisarán el puente durante la semana y no se espera su "
    "reapertura antes del viernes, según ha informado el consistorio.",
)


# -- link and widget lines under the last paragraph ----------------------------------------


def test_listing_link_under_the_last_paragraph_is_no_paragraph():
    text = _text(
        "Radfahrer bei Unfall in der Brunnenstraße verletzt",
        *_DE,
        "Hier geht es zu allen Polizeimeldungen aus dem Landkreis.",
    )
    body = paragraphs(parse_plaintext(text))
    assert body == list(_DE)


def test_log_in_to_comment_line_is_no_paragraph():
    text = _text(
        "Vallombra, crolla il muro del vecchio lavatoio",
        *_IT,
        "Devi essere connesso per pubblicare un commento.",
    )
    body = paragraphs(parse_plaintext(text))
    assert body == list(_IT)


# -- a page without a headline that opens on a one-sentence paragraph -----------------------


def test_one_sentence_opening_paragraph_stays_in_the_body():
    opening = (
        "Ieri nella tarda mattinata si è tenuta in municipio la nuova seduta del consiglio "
        "comunale convocata per approvare il bilancio."
    )
    text = _text(opening, *_IT)
    article = parse_plaintext(text)
    assert paragraphs(article) == [opening, *_IT]
    # No headline printed: the title is "" (round 22); formats show the first sentence.
    assert article.title == ""
    assert article.display_title == opening.rstrip(".")


def test_headline_ending_on_a_full_stop_over_a_short_line_stays_a_headline():
    headline = "Storm closes the harbour for a second day as ferries stay in port and schools shut."
    text = _text(headline, "By Nora Vell", *_DE)
    article = parse_plaintext(text)
    assert article.title == headline


# -- a lone photo credit over a headline-less story -----------------------------------------


def test_lone_photo_credit_over_the_story_is_a_figure_not_the_headline():
    opening = (
        "Ein 34-jähriger Radfahrer ist am Dienstagabend in Talhausen von einem abbiegenden "
        "Lieferwagen erfasst und schwer verletzt worden."
    )
    text = _text("Foto: Polizeiinspektion Talhausen", opening, *_DE)
    article = parse_plaintext(text)
    assert paragraphs(article) == [opening, *_DE]
    assert figures(article) == [(None, "Polizeiinspektion Talhausen")]
    assert article.title == ""
    assert article.provenance["title"].rule.startswith("inferred:title.none")
    assert article.display_title.startswith("Ein 34-jähriger Radfahrer")


# -- a caption with its credit glued as "./Photo X" -----------------------------------------


def test_caption_with_slash_glued_credit_is_split():
    caption = "Il muro crollato in piazza del Lavatoio./Foto Renato Ghisleri"
    text = _text("Vallombra, crolla il muro del vecchio lavatoio", caption, caption, *_IT)
    article = parse_plaintext(text)
    assert figures(article) == [("Il muro crollato in piazza del Lavatoio.", "Renato Ghisleri")]
    assert article.title == "Vallombra, crolla il muro del vecchio lavatoio"


# -- a dek with no full stop straight under the headline of an unspaced page ----------------


def test_unspaced_dek_under_the_headline_is_the_subtitle():
    dek = "Nessun ferito, ma il sindaco ha ordinato la chiusura del passaggio pedonale"
    text = "\n".join(["Vallombra, crolla il muro del vecchio lavatoio", dek, *_IT]) + "\n"
    article = parse_plaintext(text)
    assert article.subtitle == dek
    assert paragraphs(article) == list(_IT)


def test_unspaced_lead_in_with_a_colon_stays_a_paragraph():
    lead = "Il sindaco ha spiegato ai residenti le tre misure decise per la piazza:"
    text = "\n".join(["Vallombra, crolla il muro del vecchio lavatoio", lead, *_IT]) + "\n"
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert paragraphs(article)[0] == lead


# -- an embedded post's attribution on a page copied without blank lines --------------------


def test_unspaced_story_over_a_post_attribution_is_not_the_post():
    story = [
        "Les pompiers de Val-Morin sont intervenus samedi soir sur un feu de grange près de la "
        "route départementale, sans faire de blessé.",
        "Une quarantaine de bottes de paille ont brûlé et la toiture du bâtiment s'est "
        "effondrée avant l'arrivée des secours.",
        "Le maire s'est rendu sur place dans la nuit pour rencontrer les exploitants.",
    ]
    post = "Merci à nos sapeurs-pompiers mobilisés cette nuit à Val-Morin. pic.twitter.com/xYz12AbC"
    attribution = "— Mairie de Val-Morin (@ValMorin) November 28, 2026"
    closing = (
        "L'enquête devra déterminer l'origine du feu, qui pourrait être accidentelle selon "
        "les premières constatations des gendarmes."
    )
    text = "\n".join([*story, post, attribution, closing]) + "\n"
    body = paragraphs(parse_plaintext(text))
    assert body == [*story, closing]


def test_lead_caption_under_a_headline_less_opening_is_a_subhead():
    opening = (
        "Plus de peur que de mal pour les pompiers de Val-Morin. Alors qu'ils intervenaient "
        "sur un accident au carrefour de la gare, un camion a percuté leur fourgon à l'arrêt."
    )
    subhead = "Un conducteur pris d'un malaise"
    after = [
        "Les faits se sont déroulés samedi peu avant minuit. Le chauffeur du camion, pris "
        "d'un malaise, a perdu le contrôle de son véhicule à l'entrée du carrefour.",
        "Légèrement blessé, un pompier a été conduit à l'hôpital d'où il est ressorti dans "
        "la nuit, selon le centre de secours.",
    ]
    text = "\n".join([opening, subhead, *after]) + "\n"
    article = parse_plaintext(text)
    assert paragraphs(article) == [opening, *after]
    assert [b.text for b in article.blocks if b.type == "heading"] == [subhead]


def test_double_colon_credit_is_split_from_its_caption():
    caption = "El puente de la Aljama, cerrado al tráfico tras la crecida del río. :: m. ortega"
    text = _text("Cortado el puente de la Aljama por la crecida del río", caption, *_ES)
    article = parse_plaintext(text)
    assert figures(article) == [
        ("El puente de la Aljama, cerrado al tráfico tras la crecida del río.", "m. ortega")
    ]
    assert paragraphs(article) == list(_ES)


def test_breadcrumb_with_double_colons_is_no_caption():
    from syndicate.readers.scraped.captions import split_caption

    assert split_caption("Inicio :: Local") is None
