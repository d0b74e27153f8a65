"""Round 8 rules from the European shapes: widgets set inside an article (players,
downloads, appeals, promotion lines), gallery counters and alt text in captions, bylines with
two outlets, an office or a compiled-by label, checked on original texts in several languages."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.cuewords import chrome_cues


def _body(article) -> list[str]:
    return [b.text for b in article.blocks if getattr(b, "text", None) and b.type == "paragraph"]


def test_a_file_link_with_its_format_is_a_widget_in_any_language() -> None:
    assert chrome_cues("de").kind("Download: Fahrplan Linie 7 (PDF, 312 KB)") == "media"
    assert chrome_cues("es").kind("Descarga aquí el reglamento del torneo (PDF)") == "media"
    assert chrome_cues("de").kind("Predigt vom Sonntag zum Nachhören (MP3, 14 Min.)") == "media"
    # a sentence that mentions a file ends with its full stop: prose
    assert chrome_cues("en").kind("The full report is online as a document (PDF).") is None


def test_a_player_before_it_starts_and_a_listen_button_with_a_length_are_widgets() -> None:
    assert chrome_cues("es").kind("Reproducir00:00 / 02:14") == "media"
    assert chrome_cues("nl").kind("0:00 / 3:41") == "media"
    assert chrome_cues("it").kind("Ascolta il servizio del TG (02:05)") == "media"
    assert chrome_cues("es").kind("▶ Ver vídeo: la entrenadora explica la lista (02:51)") == "media"
    # a match clock that is not nought, or a time in a sentence, is no player
    assert chrome_cues("en").kind("12:30 / 14:00") is None
    assert chrome_cues("en").kind("The council met at 14:30") is None


def test_an_appeal_for_money_is_a_widget_not_the_article_end() -> None:
    assert chrome_cues("de").kind("Jetzt spenden: Unterstützen Sie unsere Arbeit") == "donate"
    assert chrome_cues("it").kind("Sostieni la biblioteca: dona ora con bonifico") == "donate"
    assert chrome_cues("pl").kind("Wesprzyj nasze schronisko – przekaż darowiznę") == "donate"
    # a sentence about giving that only holds the phrase is prose
    assert chrome_cues("fr").kind("Il a décidé de faire un don à l'hôpital de la ville.") is None


def test_the_html_video_fallback_text_is_a_notice_in_a_page_of_any_language() -> None:
    assert chrome_cues("it").kind("This browser does not support the video element.") == (
        "script-notice"
    )


_NEWS = (
    "Der Gemeinderat hat am Dienstag beschlossen, die Grundschule am Weiher bis zum Herbst "
    "des kommenden Jahres zu erweitern. Die Kosten liegen bei rund vier Millionen Euro.",
    "Vorgesehen sind vier zusätzliche Klassenräume, eine Mensa und ein Bewegungsraum. Die "
    "Bauarbeiten sollen in den Sommerferien beginnen, damit der Unterricht weiterläuft.",
    "Eltern hatten seit Jahren über zu enge Räume geklagt. Im vergangenen Schuljahr mussten "
    "zwei Klassen in einem Container im Pausenhof unterrichtet werden.",
    "Die Gemeinde rechnet mit einem Zuschuss des Landes von knapp der Hälfte der Kosten. Der "
    "Antrag soll noch vor Ostern beim Regierungspräsidium eingereicht werden.",
)


def test_promotion_lines_between_two_paragraphs_do_not_end_the_article() -> None:
    text = (
        "Grundschule am Weiher wird erweitert\n\n"
        "Von Paula Steinmetz\n\n"
        f"{_NEWS[0]}\n\n{_NEWS[1]}\n\n"
        "Lesen Sie auch: Neue Kita im Baugebiet Süd öffnet im Mai\n\n"
        f"{_NEWS[2]}\n\n"
        "Unser Newsletter: Jeden Morgen die wichtigsten Nachrichten aus der Region\n\n"
        "Jetzt kostenlos anmelden\n\n"
        f"{_NEWS[3]}\n"
    )
    body = _body(parse_plaintext(text))
    assert body == list(_NEWS)


def test_a_gallery_counter_before_a_caption_is_not_the_caption() -> None:
    parts = split_caption("1 de 3 Moradores limpam a praça após a enchente — Foto: Ana Lima/g1")
    assert parts is not None
    assert (parts.caption, parts.credit) == (
        "Moradores limpam a praça após a enchente",
        "Ana Lima/g1",
    )
    parts = split_caption("1/9 Start biegu nad zalewem w Sokołowie. Fot. Marek Wójcik")
    assert parts is not None and parts.caption == "Start biegu nad zalewem w Sokołowie."


def test_a_second_outlet_after_the_first_is_no_writer() -> None:
    byline = parse_byline("By Ricardo Araújo e Juliana Farias, g1 PB e TV Paraíba")
    assert byline is not None
    assert [name for name, _ in byline.people] == ["Ricardo Araújo", "Juliana Farias"]


def test_a_compiled_by_line_under_the_headline_is_the_byline() -> None:
    text = (
        "Pobiegli dla schroniska. Zebrali ponad 20 tysięcy złotych\n\n"
        "Opracowanie: Ewelina Pawlak\n\n"
        "Ponad pięćset osób wzięło w niedzielę udział w biegu wokół zalewu. Zebrane pieniądze "
        "trafią do schroniska dla zwierząt w sąsiedniej gminie.\n\n"
        "Bieg zorganizowali strażacy z miejscowej jednostki OSP razem z klubem biegacza. Na "
        "starcie stanęli zarówno zawodowi sportowcy, jak i całe rodziny.\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Ewelina Pawlak"]
    assert not article.contributors


def test_an_office_after_an_author_label_is_an_organisation_byline() -> None:
    from syndicate.readers.scraped.headerline import classify_line
    from syndicate.readers.scraped.lines import split_lines

    line = split_lines("Autor: Biuro prasowe Zarządu Miasta\n")[0]
    entry = classify_line(0, line, None, chrome_cues("pl"))[0]
    assert entry.kind == "byline"
    assert [name for name, _ in entry.byline.people] == ["Biuro prasowe Zarządu Miasta"]
    # a sentence after a writer label is no office
    line = split_lines("Text: Die Sonne scheint\n")[0]
    assert classify_line(0, line, None, chrome_cues("de"))[0].kind != "byline"


def test_a_credit_set_off_by_a_dash_after_the_caption() -> None:
    parts = split_caption(
        "Le nouveau pont relie les deux rives depuis lundi. - Le Courrier - Anne Dumont"
    )
    assert parts is not None
    assert (parts.caption, parts.credit) == (
        "Le nouveau pont relie les deux rives depuis lundi.",
        "Le Courrier - Anne Dumont",
    )
    # a dash and a phrase of small words is the caption's own aside, no credit
    assert split_caption("Der Bürgermeister spricht. - wie immer sehr lang") is None


def test_a_lynx_button_between_paragraphs_is_a_link_line() -> None:
    from syndicate.readers.scraped.features import _link_chars

    assert _link_chars("[15]Modifica preferenze") == len("[15]Modifica preferenze")
    assert _link_chars("[15]Il sindaco ha firmato l'ordinanza ieri sera.") < 20


def test_an_image_alt_glued_before_its_caption_goes() -> None:
    parts = split_caption(
        "Il vecchio ponte Il ponte restaurato sul fiume durante la riapertura. Foto: Ansa"
    )
    assert parts is not None
    assert parts.caption == "Il ponte restaurato sul fiume durante la riapertura."
    # a name after a lower-case word is the caption's own
    parts = split_caption("Il sindaco di Roma Mario Rossi durante la visita. Foto: Ansa")
    assert parts is not None and parts.caption.startswith("Il sindaco di Roma")


def test_an_alt_line_over_a_credited_caption_with_inflected_words() -> None:
    from syndicate.readers.scraped.captions import alt_over_caption
    from syndicate.readers.scraped.lines import split_lines

    lines = split_lines(
        "Erster Absatz.\n\nBus am Rathaus\n"
        "Der Bürgermeister bei der Vorstellung des neuen Busses am Rathaus. Foto: Stadt Au\n\n"
        "Nächster Absatz.\n"
    )
    alt, below, after = lines[1], lines[2], lines[3]
    assert alt.text == "Bus am Rathaus"
    assert alt_over_caption(alt, below, after)
