"""Rules written for the European page kinds new in round 9 (boulevard sites, town-hall
news, business dailies, transfer-news sites, tech portals), checked in isolation and in
other languages than the one that showed them (original texts)."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import one_word_byline
from syndicate.readers.scraped.captions import reset_photo_labels, split_caption, use_photo_labels
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import split_lines
from syndicate.readers.scraped.noise import rights_line


def _cues(text: str, lang: str) -> list[str | None]:
    lines = split_lines(text)
    return [f.cue for f in line_features(lines, frozenset(), chrome_cues(lang))]


def _paragraphs(text: str) -> list[str]:
    article = parse_plaintext(text)
    return [b.text for b in article.blocks if b.type == "paragraph"]


def test_a_quote_boxs_price_and_change_are_a_ticker_not_paragraphs() -> None:
    # A share-price box prints one value a line; a figure with a currency or percent sign
    # and no word is no prose, in any language.
    assert _cues("8,42 €\n-1,35 %\n+0.8%\n$14.20", "es") == ["ticker"] * 4
    # A word beside the figure, or a figure without a sign, is something else.
    assert _cues("Prix : 34 990 €\n2026", "fr") == [None, None]


def test_the_quote_box_and_its_company_label_leave_the_body() -> None:
    story = (
        "Die Aktie des Windparkbetreibers hat seit Jahresbeginn deutlich verloren, weil die "
        "Strompreise an sonnigen Tagen immer häufiger gegen null fallen.",
        "Der Vorstand will deshalb einen Teil der Parks an einen Finanzinvestor verkaufen und "
        "mit dem Erlös neue Batteriespeicher in Norddeutschland bauen.",
        "Analysten halten den Schritt für vernünftig, solange das Unternehmen die Mehrheit "
        "an den Anlagen behält und die Betriebsführung selbst übernimmt.",
    )
    text = (
        "Nordwind Energie sucht Partner für seine Solarparks\n\n"
        f"{story[0]}\n\nNordwind Energie\n\n12,18 €\n\n-2,05 %\n\n{story[1]}\n\n{story[2]}\n"
    )
    assert _paragraphs(text) == list(story)


def test_a_dumps_link_row_reads_as_its_words() -> None:
    # html2text keeps the links' targets; lynx and w3m print the same row as words. The
    # cue must not depend on the tool: a row of share buttons and a comment count.
    assert _cues("[Udostępnij](/s/fb) [Wyślij](/s/x) Komentarze (23)", "pl") == ["share"]
    assert _cues("[Teilen](/s/fb) [Senden](/s/x) Kommentare", "de") == ["share"]
    # A sentence holding a link stays a sentence.
    assert _cues("Die Stadt hat [den Plan](/plan) am Dienstag vorgestellt.", "de") == [None]


def test_an_embedded_posts_placeholder_is_a_widget_in_every_language() -> None:
    lines = {
        "de": "Ein Beitrag geteilt von Lena Maurer (@lena.maurer)",
        "fr": "Une publication partagée par Clara Vidal (@claravidal)",
        "es": "Una publicación compartida de Lucía Ortega (@luciaortega)",
        "it": "Un post condiviso da Giulia Ferri (@giuliaferri)",
        "pt": "Uma publicação partilhada por Inês Rocha (@inesrocha)",
        "nl": "Een bericht gedeeld door Sanne de Wit (@sannedewit)",
        "pl": "Post udostępniony przez Ola Nowak (@olanowak)",
        "en": "A post shared by Dana Whitcombe (@danaw)",
    }
    for lang, line in lines.items():
        # (round 25: an embed's widget row, ``noise.embed``, where the language's
        # ``embed_widget_labels`` name it; a widget either way)
        assert chrome_cues(lang).kind(line) in ("script-notice", "noise.embed"), lang
    # The same words inside a sentence are prose.
    sentence = "Sie hat ein Foto gepostet, das von vielen Fans geteilt wurde."
    assert chrome_cues("de").kind(sentence) is None


def test_a_newsroom_byline_may_name_a_site_with_figures() -> None:
    found = one_word_byline("Redazione MercatoLive24")
    assert found is not None and found.people == (("Redazione MercatoLive24", None),)
    assert one_word_byline("Redaktion") is not None
    # A word opening with a figure is a date or a count, not a name.
    assert one_word_byline("Montag 12") is None
    assert one_word_byline("Redaktion 24h") is None


def test_a_copyright_sign_over_a_picture_label_is_a_photo_credit() -> None:
    token = use_photo_labels(("foto", "foto di", "fot"))
    try:
        assert not rights_line("© foto di Marco Rosi/Image Sport")
        parts = split_caption("© foto di Marco Rosi/Image Sport")
        assert parts is not None and not parts.caption and parts.credit == "Marco Rosi/Image Sport"
        assert not rights_line("© Foto: Anna Berg/dpa")
        # The page's own rights line stays one.
        assert rights_line("© 2026 Calcio Oggi - Tutti i diritti riservati")
    finally:
        reset_photo_labels(token)


_MAIRIE = """\
Mairie de Valmont-sur-Loire

* [1]Ma mairie
* [2]Vivre à Valmont
* [3]Actualités

Vous êtes ici : [4]Accueil > [5]Actualités > Culture

Culture

La médiathèque ouvre le dimanche matin à partir d'avril

Publié le 02/03/2026

À partir du dimanche 5 avril, la médiathèque municipale ouvrira ses portes le dimanche \
de 10 h à 13 h. Cette ouverture répond à une demande exprimée par de nombreuses familles \
lors de la consultation organisée l'automne dernier.

Deux agents supplémentaires ont été recrutés pour assurer ces permanences. Le prêt, le \
retour des documents et la consultation sur place seront possibles comme en semaine.

Les horaires du mardi au samedi restent inchangés. Un bilan sera présenté au conseil \
municipal après six mois de fonctionnement.

Infos pratiques

Adresse : 4 rue des Tanneurs, Valmont-sur-Loire

Tél. 02 41 55 20 90, mediatheque@valmont.example

Partager : [6]Facebook [7]X [8]Courriel

[9]Retour à la liste des actualités

Autres actualités

* [10]Travaux rue du Port : circulation alternée
* [11]Conseil municipal du 19 mars

Mairie de Valmont-sur-Loire, 1 place de l'Hôtel de Ville

Tél. 02 41 55 20 00

[12]Mentions légales | [13]Plan du site
"""


def test_a_practical_box_above_the_share_row_stays_with_the_article() -> None:
    paragraphs = _paragraphs(_MAIRIE)
    assert paragraphs[-2:] == [
        "Adresse : 4 rue des Tanneurs, Valmont-sur-Loire",
        "Tél. 02 41 55 20 90, mediatheque@valmont.example",
    ]
    # The town hall's own address and number in the footer are not the article's.
    assert "Tél. 02 41 55 20 00" not in paragraphs
    assert not any("Mentions légales" in p for p in paragraphs)


def test_a_players_title_with_its_length_in_minutes_is_a_widget() -> None:
    # Broadcasters print a clip's length in minutes as often as on a clock.
    assert chrome_cues("de").kind("Audio: Zweites Gleis für die Marschbahn (2 Min)") == "media"
    assert chrome_cues("fr").kind("Vidéo : le chantier vu du ciel (3 min)") == "media"
    assert chrome_cues("en").kind("Audio: Inside the flood barrier (4 min.)") == "media"
    # A sentence that ends in a duration is not a player.
    assert chrome_cues("de").kind("Der Zug fährt ab 7 Uhr (2 Min)") is None


_STAR = (
    "Die Dreharbeiten wurden vorerst für eine Woche unterbrochen, teilte eine Sprecherin der "
    "Produktionsfirma am Donnerstag mit.",
    "Der Schauspieler meldete sich am Abend mit einer kurzen Videobotschaft bei seinen Fans "
    "und bedankte sich für die vielen Nachrichten.",
    "Kolleginnen und Kollegen aus dem Ensemble schickten Genesungswünsche und Fotos aus der "
    "Maske, die Produktion prüft nun die Sicherheit am Set.",
)


def test_an_image_alt_name_over_its_caption_is_no_author_block() -> None:
    # w3m prints an image's alt text (a person's name) over the caption that opens with the
    # same name, and the credit under it: a photo, not an author box that ends the page.
    text = (
        "Unfall am Set: Serienstar Jonas Wernicke im Krankenhaus\n\n"
        "Von Svenja Harms\n\n11.02.2026 – 20:05 Uhr\n\n"
        "Jonas Wernicke\n"
        "Jonas Wernicke spielt seit zwölf Jahren den Oberarzt Dr. Harald Brenner.\n"
        "Foto: IMAGO/Eventpress\n\n" + "\n\n".join(_STAR) + "\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Svenja Harms"]
    assert [b.text for b in article.blocks if b.type == "paragraph"] == list(_STAR)


def test_paragraphs_that_open_with_a_name_are_no_bio() -> None:
    # Three paragraphs that end sentences under a lone name are the article going on.
    text = (
        "Serienstar stürzt am Set\n\nVon Svenja Harms\n\n11.02.2026\n\n"
        "Das Team hat die Dreharbeiten am Mittwoch nach einem Unfall am Hafen unterbrochen.\n\n"
        "Jonas Wernicke\n\n"
        "Jonas Wernicke wurde mit einem gebrochenen Handgelenk ins Krankenhaus gebracht.\n\n"
        + "\n\n".join(_STAR)
        + "\n"
    )
    article = parse_plaintext(text)
    paragraphs = [b.text for b in article.blocks if b.type == "paragraph"]
    assert paragraphs[-3:] == list(_STAR)
    assert [a.name for a in article.authors] == ["Svenja Harms"]


def test_an_editors_rating_line_is_a_widget_in_every_language() -> None:
    lines = {
        "fr": "Note de la rédaction : 15/20",
        "de": "Wertung der Redaktion: 8/10",
        "it": "Voto della redazione: 7,5",
        "es": "Nota de la redacción: 8,5/10",
        "pt": "Nota da redação: 4/5",
        "nl": "Oordeel van de redactie: 8/10",
        "pl": "Ocena redakcji: 4/5",
    }
    for lang, line in lines.items():
        assert chrome_cues(lang).kind(line) == "rating", lang
    assert chrome_cues("fr").kind("La note de la rédaction a été publiée hier.") is None


def test_a_photographer_and_a_magazine_with_an_ampersand_is_a_credit() -> None:
    parts = split_caption("Julien Marchetti / Route & Moteurs")
    assert parts is not None and parts.credit == "Julien Marchetti / Route & Moteurs"
    assert split_caption("Brexit & Europe") is None  # a subhead, not a credit


def test_a_caption_closing_on_a_name_in_brackets_under_an_image() -> None:
    # w3m prints an image as "[alt]"; the line under it closes on the photographer's name.
    story = (
        "Uma equipa de investigadores identificou uma espécie rara de escaravelho em três "
        "charcos temporários do planalto, durante a campanha de amostragem da primavera.",
        "Os charcos secam no verão e são destruídos com frequência por drenagens, explica a "
        "coordenadora do estudo, que pede mais proteção para estes habitats.",
    )
    text = (
        "Escaravelho raro descoberto em charcos do planalto\n\n12 março 2026\n\n[foto]\n"
        "Recolha de amostras num charco temporário (Duarte Sequeira)\n\n"
        + "\n\n".join(story)
        + "\n"
    )
    article = parse_plaintext(text)
    figures = [(b.caption, b.credit) for b in article.blocks if b.type == "figure"]
    assert figures == [("Recolha de amostras num charco temporário", "Duarte Sequeira")]
    assert [b.text for b in article.blocks if b.type == "paragraph"] == list(story)


def test_registering_for_a_dated_event_is_prose_not_a_newsletter_prompt() -> None:
    fr = chrome_cues("fr")
    event = (
        "Le tri des jouets aura lieu le samedi 13 décembre à la salle polyvalente, de 9 h à "
        "16 h. Toutes les bonnes volontés sont attendues, même pour une heure. Il suffit de "
        "s'inscrire auprès du CCAS."
    )
    assert fr.kind(event) is None
    # The pitch of a newsletter stays one, dated or not, short or long.
    assert fr.kind("Inscrivez-vous à notre newsletter et recevez l'essentiel chaque matin.") == (
        "sign-up"
    )
    pitch = (
        "Abonnez-vous à la newsletter. Chaque vendredi, le meilleur de la semaine dans votre "
        "boîte mail. C'est gratuit et vous pouvez vous désinscrire à tout moment, en un clic."
    )
    assert fr.kind(pitch) == "sign-up"


def test_a_titled_contact_box_above_the_share_row_stays_with_the_article() -> None:
    text = _MAIRIE.replace(
        "Adresse : 4 rue des Tanneurs, Valmont-sur-Loire",
        "Médiathèque Jules-Verne, 4 rue des Tanneurs",
    )
    assert _paragraphs(text)[-2:] == [
        "Médiathèque Jules-Verne, 4 rue des Tanneurs",
        "Tél. 02 41 55 20 90, mediatheque@valmont.example",
    ]


def test_a_subhead_the_contents_list_names_is_no_caption_of_the_credit_under_it() -> None:
    # inscriptis drops an image without alt text; its credit then stands under a subhead.
    text = "\n".join(
        [
            "Koniec 3G w Polsce. Pierwszy operator podał datę wyłączenia",
            "",
            "Agnieszka Wróbel",
            "",
            "05.02.2026, 08:40",
            "",
            "Spis treści",
            "",
            "1. Co to oznacza dla użytkowników?",
            "2. Pozostali operatorzy",
            "",
            "Polscy operatorzy zaczynają wyłączać sieć 3G. Pierwszy zrobi to Telmax, od kwietnia "
            "w dwóch województwach, a do końca roku w całym kraju.",
            "",
            "Co to oznacza dla użytkowników?",
            "",
            "(fot. Agnieszka Wróbel)",
            "",
            "Dla większości osób nic się nie zmieni. Każdy smartfon kupiony w ostatnich latach "
            "obsługuje LTE, a rozmowy od dawna przechodzą przez VoLTE.",
            "",
            "Pozostali operatorzy",
            "",
            "Pozostałe sieci nie podały jeszcze dat, ale wszystkie zapowiadają wyłączenie 3G "
            "najpóźniej w przyszłym roku.",
            "",
        ]
    )
    article = parse_plaintext(text)
    headings = [b.text for b in article.blocks if b.type == "heading"]
    assert headings == ["Co to oznacza dla użytkowników?", "Pozostali operatorzy"]
    figures = [(b.caption, b.credit) for b in article.blocks if b.type == "figure"]
    assert figures == [(None, "Agnieszka Wróbel")]
