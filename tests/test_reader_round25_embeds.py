"""Round 25 (embeds): embedded social posts and video players inside an article — an
Instagram post copied with its widget rows, handle, text and counters, a player's label,
title and "watch on" button, an X post with its dashed attribution dated in the page's
language, a post hard-wrapped by lynx over its pic.twitter link. The embed is dropped where
it stands and the article goes on under it; a page's follow rows still end it. Every
sentence, person, place and outlet is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_EN_HEAD = (
    "Harbour town hosts its first oyster festival in a decade",
    "By Tamsin Keller",
    "May 4, 2027",
)
_EN_OPEN = (
    "The oyster festival returned to Pellam Quay on Saturday for the first time in ten "
    "years, with thirty stalls along the harbour wall and a brass band on the slipway.",
    "Organiser Dev Anand said the council had agreed to close the quay road for both "
    'days. "We did not expect this many people," he said.',
)
_EN_CLOSE = (
    "The festival's fishmonger, Ruth Gale, sold out of native oysters by two in the "
    "afternoon and had to send a van to Threnby for more.",
    "The council will decide in June whether the festival can return next year. A survey "
    "is open on its website until the end of May.",
)


# -- the cue: embed_widget_labels ------------------------------------------------------------


def test_an_embeds_widget_rows_are_cued_in_the_pages_language() -> None:
    rows = {
        "en": "Watch on YouTube",
        "de": "Auf YouTube ansehen",
        "fr": "Lecteur vidéo",
        "es": "Reproductor de vídeo",
        "pl": "Zobacz ten post na Instagramie",
        "it": "Guarda su YouTube",
    }
    for lang, row in rows.items():
        assert chrome_cues(lang).kind(row) == "noise.embed", lang
    # The same words opening a sentence of the story are prose.
    assert chrome_cues("es").kind("Ver en YouTube el pleno es posible desde el martes.") is None


# -- an embedded post between two paragraphs --------------------------------------------------


def test_the_article_goes_on_under_an_embedded_instagram_post() -> None:
    embed = (
        "View this post on Instagram",
        "pellamquay\nPellam Quay",
        "Ten years we waited. Thank you all for coming down to the water today! #pellam",
        "1,204 likes\n38 comments",
        "View all 38 comments",
        "A post shared by Pellam Quay (@pellamquay)",
    )
    text = _text(*_EN_HEAD, *_EN_OPEN, *embed, *_EN_CLOSE, "Share this article")
    body = paragraphs(parse_plaintext(text))
    assert body == [*_EN_OPEN, *_EN_CLOSE]


_DE_STORY = (
    "Das Hafenfest in Pellam hat am Wochenende rund 6.000 Menschen an den Kai gelockt, so "
    "viele wie seit zehn Jahren nicht mehr.",
    "Der Veranstalter sprach von einem gelungenen Neustart. Die Stadt will das Fest im "
    "kommenden Jahr wieder genehmigen.",
)
_DE_CLOSING = (
    "Die Fischhändlerin Ruth Galen hatte ihre Austern schon am frühen Nachmittag verkauft "
    "und musste Nachschub aus Threnby holen.",
    "Über eine Neuauflage entscheidet der Gemeinderat im Juni. Eine Umfrage läuft bis Ende "
    "Mai auf der Internetseite der Stadt.",
)


def _blocks_text(model) -> str:
    return " ".join(str(getattr(b, "text", "")) for b in model.blocks)


def test_a_quoted_posts_handle_text_and_counters_are_the_embeds() -> None:
    # html2text's blockquote: the rows between "Diesen Beitrag … ansehen" and "Ein Beitrag
    # geteilt von … (@handle)" are the post's.
    embed = "\n".join(
        [
            "> [Diesen Beitrag auf Instagram ansehen](https://www.instagram.com/p/Cx1/)",
            ">",
            "> [@hafenfest](https://www.instagram.com/hafenfest/)",
            ">",
            "> Danke, Pellam! Wir sehen uns im nächsten Jahr wieder am Kai. #hafenfest",
            ">",
            "> 1.204 „Gefällt mir“-Angaben · 38 Kommentare",
            ">",
            "> [Ein Beitrag geteilt von Hafenfest Pellam (@hafenfest)]"
            "(https://www.instagram.com/p/Cx1/)",
        ]
    )
    text = _text("# Hafenfest lockt 6.000 Besucher an den Kai", "Von Tamara Keller",
                 *_DE_STORY, embed, *_DE_CLOSING)
    model = parse_plaintext(text)
    assert paragraphs(model) == [*_DE_STORY, *_DE_CLOSING]
    assert "Gefällt mir" not in _blocks_text(model)


def test_a_counter_row_under_an_embeds_attribution_is_its_own() -> None:
    embed = (
        "Diesen Beitrag auf Instagram ansehen\n"
        "Ein Beitrag geteilt von Hafenfest Pellam (@hafenfest)\n"
        "1.204 „Gefällt mir“-Angaben · 38 Kommentare"
    )
    text = _text("Hafenfest lockt 6.000 Besucher an den Kai", "Von Tamara Keller",
                 *_DE_STORY, embed, *_DE_CLOSING)
    model = parse_plaintext(text)
    assert paragraphs(model) == [*_DE_STORY, *_DE_CLOSING]
    assert "Gefällt mir" not in _blocks_text(model)


_PL_STORY = (
    "W sobotę otwarto nowy most drogowy w Zalesiu Górnym. Przeprawa zastąpiła drewnianą "
    "kładkę, którą w zeszłym roku zamknięto z powodu złego stanu technicznego.",
    "Na uroczystość przyszło kilkaset osób. Wójt gminy przeciął wstęgę razem z najstarszą "
    "mieszkanką wsi, panią Heleną Wróbel.",
)
_PL_CLOSING = (
    "Budowa trwała czternaście miesięcy. Most ma dwa pasy ruchu i chodnik dla pieszych po "
    "obu stronach, a także oświetlenie ledowe.",
)


def test_a_post_copied_with_its_counters_is_the_embeds() -> None:
    post = (
        "Gmina Zalesie\n12 czerwca o 14:32 ·\n"
        "Most otwarty! Dziękujemy wszystkim mieszkańcom za cierpliwość podczas budowy.\n"
        "245 polubień · 31 komentarzy · 12 udostępnień"
    )
    text = _text("Nowy most w Zalesiu otwarty", "Autor: Marta Zielińska", *_PL_STORY, post,
                 *_PL_CLOSING)
    model = parse_plaintext(text)
    assert paragraphs(model) == [*_PL_STORY, *_PL_CLOSING]
    assert "polubień" not in _blocks_text(model)


def test_a_name_over_its_figures_is_no_post() -> None:
    stats = "Robert Lis\n12 meczów · 7 goli · 3 asysty"
    text = _text("Nowy napastnik w Zalesiu", "Autor: Marta Zielińska", *_PL_STORY, stats,
                 *_PL_CLOSING)
    assert "Robert Lis" in _blocks_text(parse_plaintext(text))


def test_a_players_title_between_its_rows_is_no_subhead() -> None:
    player = "Video player\nFeuerwehr Oberau: Übung mit der neuen Drehleiter\nAuf YouTube ansehen"
    story = (
        "Die Freiwillige Feuerwehr Oberau hat am Samstag ihr neues Drehleiterfahrzeug erstmals "
        "bei einer großen Übung eingesetzt. Geübt wurde die Rettung aus dem vierten Stock.",
        "Kommandant Florian Brandl zeigte sich zufrieden. „Die Leiter ist schneller "
        "aufgestellt als die alte“, sagte er nach der Übung am Rathaus.",
    )
    closing = (
        "Die Stadt hatte das Fahrzeug im vergangenen Jahr bestellt. Ein Teil der Kosten wird "
        "vom Land gefördert, wie der Bürgermeister am Montag mitteilte.",
    )
    text = _text("Feuerwehr Oberau übt mit neuem Drehleiterfahrzeug", "Von Tobias Henkel",
                 "3. Mai 2027", *story, player, *closing)
    model = parse_plaintext(text)
    assert paragraphs(model) == [*story, *closing]
    assert not [b for b in model.blocks if getattr(b, "text", "").startswith("Feuerwehr Oberau:")]


# -- an X post: its attribution dated in any language, a wrapped post over its link ------------


def test_a_posts_dashed_attribution_dated_in_spanish_is_dropped() -> None:
    story = (
        "El puente viejo de Villacorta permanecerá cerrado al tráfico desde este lunes por "
        "las obras de reparación de sus pilares, según ha informado el Ayuntamiento.",
        "La concejala de Urbanismo, Marta Olivares, explicó que los trabajos eran urgentes "
        "tras la última inspección de los técnicos municipales.",
    )
    post = "Desde hoy el puente viejo permanece cerrado por obras. Usad la variante, gracias."
    attribution = "— Ayuntamiento de Villacorta (@AytoVillacorta) 14 de marzo de 2027"
    closing = (
        "Los vecinos del barrio de La Ribera se han quejado del ruido de la maquinaria "
        "durante la noche, y el Ayuntamiento asegura que la obra terminará antes de abril.",
    )
    text = _text("El Ayuntamiento cierra el puente viejo por obras", "Por Lucía Ferrándiz",
                 *story, post + "\n" + attribution, *closing)
    assert paragraphs(parse_plaintext(text)) == [*story, *closing]


def test_a_hard_wrapped_post_over_its_short_link_is_the_posts() -> None:
    wrapped = [
        "   El CD Ribera del Tajuña jugará la fase de ascenso por segunda temporada",
        "   consecutiva. El equipo remontó este domingo el gol inicial de la UD",
        "   Almenar y ya no puede ser alcanzado por el sexto clasificado.",
        "",
        "   El Almenar se adelantó en el minuto 19 con un cabezazo tras un saque de",
        "   esquina. El Ribera dominó la posesión, pero no encontró espacios hasta",
        "   el descanso, cuando el técnico cambió el sistema de juego.",
        "",
        "     Remontada en La Vega. ¡Gracias por empujar hasta el último minuto,",
        "     afición! Nos vemos en la fase de ascenso. [13]#VamosRibera",
        "     [14]pic.twitter.com/Qm7rTz2Lw8",
        "",
        "     — CD Ribera del Tajuña (@CDRiberaTajuna) [15]3 de mayo de 2027",
        "",
        "   El empate llegó en el minuto 58 con un disparo desde la frontal. Doce",
        "   minutos después, Ocaña culminó una jugada personal con un disparo",
        "   cruzado que hizo estallar a las casi 2.300 personas del estadio.",
    ]
    text = "\n".join(["El Ribera remonta ante el Almenar", "", "   3 de mayo de 2027", "",
                      *wrapped]) + "\n"
    body = paragraphs(parse_plaintext(text))
    assert len(body) == 3
    assert body[-1].startswith("El empate llegó")
    assert not any("afición!" in p or "Remontada" in p for p in body)


# -- guards ---------------------------------------------------------------------------------


def test_follow_rows_after_the_story_still_end_it() -> None:
    text = _text(
        *_EN_HEAD,
        *_EN_OPEN,
        *_EN_CLOSE,
        "Follow us on Instagram\nFollow us on Facebook\nWatch on YouTube",
        "More from the Gazette: the harbour master on the new mooring fees, and what the "
        "ferry timetable means for Threnby.",
        "© 2027 Pellam Gazette",
    )
    assert paragraphs(parse_plaintext(text)) == [*_EN_OPEN, *_EN_CLOSE]


def test_story_lines_copied_without_blank_lines_over_a_post_link_stay() -> None:
    story = [
        "Les pompiers de Val-Morin sont intervenus samedi soir sur un feu de grange près de "
        "la route départementale, sans faire de blessé.",
        "Une quarantaine de bottes de paille ont brûlé avant l'arrivée des secours.",
    ]
    post = "Merci à nos sapeurs-pompiers mobilisés cette nuit. pic.twitter.com/xYz12AbC"
    closing = (
        "L'enquête devra déterminer l'origine du feu, qui pourrait être accidentelle selon "
        "les premières constatations des gendarmes."
    )
    text = "Feu de grange à Val-Morin\n\n" + "\n".join([*story, post]) + "\n\n" + closing + "\n"
    body = paragraphs(parse_plaintext(text))
    assert body[: len(story)] == story
    assert body[-1] == closing


def test_a_counter_row_under_a_headline_and_dek_is_no_post() -> None:
    text = _text(
        "Wiadomości Sport Kultura Region",
        "Nowy most w Zalesiu otwarty\nMieszkańcy świętowali na nowej przeprawie przez "
        "Wierzbiankę w sobotę\n245 polubień · 31 komentarzy",
        "Autor: Marta Zielińska",
        *_PL_STORY,
        *_PL_CLOSING,
    )
    model = parse_plaintext(text)
    assert paragraphs(model) == [*_PL_STORY, *_PL_CLOSING]
    assert "Mieszkańcy" in f"{model.title} {model.subtitle}"


def test_an_embed_run_is_cheap_only_between_two_paragraphs() -> None:
    from syndicate.readers.language import stopwords
    from syndicate.readers.scraped.cuewords import chrome_cues
    from syndicate.readers.scraped.features import line_features
    from syndicate.readers.scraped.lines import split_lines
    from syndicate.readers.scraped.region import embed_runs

    feed = (
        "View this post on Instagram\npellamgazette\n"
        "A post shared by Pellam Gazette (@pellamgazette)"
    )

    def runs(text: str) -> frozenset[int]:
        lines = split_lines(text)
        return embed_runs(line_features(lines, stopwords("en"), chrome_cues("en")))

    # between two paragraphs of the story: the rows after the first cost the body little
    assert runs(_text(_EN_OPEN[0], feed, _EN_CLOSE[0])) == {2, 3}
    # an outlet's feed over the page's teasers and footer: no paragraph under it
    assert runs(_text(_EN_OPEN[0], feed, "Most read\nFerry fares to rise\nAbout us")) == set()
