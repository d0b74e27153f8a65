"""Round 25 (glued): header lines of real whole-page dumps. A kicker, section label or date
badge glued to the headline with no space ("NiedersachsenAmtsrichter …", "13 FebEl …"); a
related link behind an arrow (">> …") and a translation widget's notice over the headline;
a Chinese column's pen name after a slash on the headline's line ("标题/笔名"). Every
sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import _cue

_DE_BODY = (
    "Das Landgericht Wiesmoor hat einen früheren Amtsrichter aus Celbeck wegen Rechtsbeugung "
    "in 41 Fällen zu drei Jahren Haft verurteilt. Er hatte zahlreiche Verfahren liegen lassen.",
    "Aufgeflogen war der Fall, als eine Kollegin im Herbst eine Vertretung übernahm und in der "
    "Geschäftsstelle nach Verfahren fragte, die es dort nicht gab.",
    "Die Staatsanwaltschaft hatte dreieinhalb Jahre Haft gefordert, die Verteidigung eine "
    "Bewährungsstrafe. Das Urteil ist noch nicht rechtskräftig.",
)
_ES_BODY = (
    "El equipo de Tomás Urquiza logró ayer una victoria de mérito en el campo de La Vega, "
    "donde ningún visitante había ganado esta temporada.",
    "El Atlético Arenales salió nervioso y encajó el primer gol a los diez minutos, tras un "
    "saque de esquina mal defendido por la zaga.",
    "El gol de la victoria llegó en el tiempo añadido: un centro desde la izquierda que Rubén "
    "Ochoa remató de cabeza junto al palo.",
)
_EN_BODY = (
    "The council voted on Tuesday to close the old harbour bridge to cars from next month, "
    "after engineers found cracks in two of its piers.",
    "Buses will be diverted over the ring road, and a ferry will run every twenty minutes "
    "between the two quays while the repairs go on.",
    "The works are expected to take eight months and to cost about four million pounds, the "
    "council's transport committee said in its report.",
)


def _title(*head: str, body: tuple[str, ...] = _DE_BODY) -> str:
    return parse_plaintext("\n\n".join((*head, *body)) + "\n").title


def test_kicker_printed_alone_above_goes_from_the_glued_headline() -> None:
    title = _title(
        "Tagesblick24   Politik   Panorama   Sport",
        "Niedersachsen",
        "NiedersachsenAmtsrichter muss wegen liegengebliebener Akten ins Gefängnis",
        "14.03.2026, 17:45 Uhr",
    )
    assert title == "Amtsrichter muss wegen liegengebliebener Akten ins Gefängnis"


def test_kicker_as_a_breadcrumb_cell_goes() -> None:
    title = _title(
        "Startseite > Regionales > Der Tag",
        "Der TagStadtrat stimmt über den neuen Busbahnhof ab",
        "14.03.2026, 17:45 Uhr",
    )
    assert title == "Stadtrat stimmt über den neuen Busbahnhof ab"


def test_glued_day_and_month_badge_goes() -> None:
    title = _title(
        "13 FebEl Atlético Arenales remonta ante el líder en el último minuto",
        "Publicado el 13 febrero, 2026 por Lucía Ferrán",
        body=_ES_BODY,
    )
    assert title == "El Atlético Arenales remonta ante el líder en el último minuto"


def test_glued_section_word_and_capital_live_badge_go() -> None:
    head = ("12 March 2026",)
    assert (
        _title("OpinionWhy the harbour bridge should stay open to cars", *head, body=_EN_BODY)
        == "Why the harbour bridge should stay open to cars"
    )
    assert (
        _title("LIVEHarbour bridge closed to cars after cracks found", *head, body=_EN_BODY)
        == "Harbour bridge closed to cars after cracks found"
    )


def test_inner_capital_names_stay_whole() -> None:
    head = ("12 March 2026",)
    for headline in (
        "McDonald family opens a bakery on the harbour front",
        "YouTube channel films the harbour bridge repairs",
        "PlayStation tournament raises money for the ferry crew",
    ):
        assert _title(headline, *head, body=_EN_BODY) == headline


def test_arrow_link_line_is_a_related_link() -> None:
    de = chrome_cues("de")
    assert _cue(">> Bahnstreik ab Montag: Was Pendler jetzt wissen müssen", de) == "related"
    assert _cue("» Überlastete Gerichte: Richterbund fordert neue Stellen", de) == "related"
    assert _cue(">> Воры, похитившие трофей, лишены чувства патриотизма...", chrome_cues("ru"))
    # a German »quote«, an arrowed sentence and a short item are no link lines
    assert _cue("»Das ist kein guter Tag für die Justiz«, sagte er", de) is None
    assert _cue("→ Die Anmeldung läuft noch bis Freitag.", de) is None
    assert _cue("→ Anmeldung bis Freitag", de) is None


def test_arrow_links_over_the_headline_are_not_the_title() -> None:
    title = _title(
        ">> Sturmflut an der Nordseeküste: Fähren nach Borkum bleiben im Hafen",
        ">> Bahnstreik ab Montag: Was Pendler jetzt wissen müssen",
        "Amtsrichter muss wegen liegengebliebener Akten ins Gefängnis",
    )
    assert title == "Amtsrichter muss wegen liegengebliebener Akten ins Gefängnis"


def test_translation_widget_notice_is_a_script_notice() -> None:
    assert _cue("Con la tecnología de Google Traductor", chrome_cues("es")) == "script-notice"
    assert _cue("Powered by Google Translate", chrome_cues("en")) == "script-notice"
    assert _cue("an image, when javascript is unavailable", chrome_cues("en")) == "script-notice"
    title = _title(
        "Con la tecnología de Google Traductor",
        "El Atlético Arenales remonta ante el líder en el último minuto",
        body=_ES_BODY,
    )
    assert title == "El Atlético Arenales remonta ante el líder en el último minuto"


_ZH_BODY = (
    "说到旧城改造,我在报馆工作时曾经跟过一宗很长的新闻,前后写了整整三个月。",
    "那年春天,市政厅宣布要拆掉河边的老市场,摊贩们联名写信到报馆,希望我们去看看。",
    "我们连续几天去市场采访,听摊贩讲他们在那里做了几十年的生意,也听他们讲对搬迁的担心。",
)


def test_pen_name_after_slash_on_headline_line() -> None:
    text = "\n\n".join(("言论", "旧城改造的往事/林夕", *_ZH_BODY)) + "\n"
    article = parse_plaintext(text)
    assert article.title == "旧城改造的往事"
    assert [a.name for a in article.authors] == ["林夕"]  # type: ignore[attr-defined]


def test_slash_between_topics_named_again_stays_in_the_title() -> None:
    body = (*_ZH_BODY[:2], "市场的摊贩后来都搬到了新区,老市场的位置如今是一片停车场。")
    text = "\n\n".join(("言论", "旧城改造与摊贩/市场", *body)) + "\n"
    article = parse_plaintext(text)
    assert article.title == "旧城改造与摊贩/市场"
    assert not article.authors  # type: ignore[attr-defined]


_IT_BODY = (
    "La rete di Ferraro all'ultimo minuto regala al Borgomarino la salvezza. Partita nervosa "
    "allo stadio comunale, con tre ammoniti per parte e un rigore sbagliato.",
    "Il Valdora resta invece in zona retrocessione e dovrà giocarsi tutto nell'ultima "
    "giornata contro la capolista, in trasferta.",
    "La squadra di Rinaldi ha dominato il primo tempo senza trovare il gol, poi ha pagato un "
    "calo nella ripresa, quando le energie sono venute meno.",
)


def test_site_name_over_headline_is_no_writer() -> None:
    # merge: the withdrawn byline.name-over-headline took a site's name for the writer
    text = "\n\n".join(("Portale Valdora", "Serie C: le emozioni della giornata", *_IT_BODY))
    article = parse_plaintext(text + "\n")
    assert article.title == "Serie C: le emozioni della giornata"
    assert not article.authors  # type: ignore[attr-defined]


def test_name_over_headline_named_again_is_a_topic_kicker() -> None:
    body = (
        *_IT_BODY[:2],
        "Ottavio Benedetti, il presidente, ha parlato di una stagione da dimenticare.",
    )
    text = "\n\n".join(("Ottavio Benedetti", "Serie C: le emozioni della giornata", *body))
    article = parse_plaintext(text + "\n")
    assert not article.authors  # type: ignore[attr-defined]
