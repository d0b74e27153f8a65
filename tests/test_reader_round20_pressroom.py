"""Round 20 (pressroom): the foot of press releases and institutional news — a contact
block under a note to editors that joins two notes on one line ("Noot voor de redactie,
niet voor publicatie"), a labelled press contact line that prints its address or number
("Pressekontakt: NAME, Pressesprecher, Tel. …, presse@…"), and a notice box after the
story ("Hinweise für die Schifffahrt" over one sentence and a web address). Every
sentence is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_NL = (
    "Veerdienst Lingeroord krijgt elektrische pont\n\n"
    "De veerpont tussen Lingeroord en Hoornwaal krijgt deze zomer een elektrische "
    "opvolger, meldt de gemeente.\n\n"
    "De oude pont vaart sinds 1987 en wordt verkocht aan een museumhaven in Friesland.\n\n"
    "Fietsers en wandelaars blijven gratis overvaren, laat de gemeente weten.\n\n"
)
_DE = (
    "Neuer Landstromanschluss am Nordkai\n\n"
    "Der Hafen hat am Mittwoch den ersten Landstromanschluss am Nordkai in Betrieb "
    "genommen, teilte die Betreibergesellschaft mit.\n\n"
    "Die Anlage liefert bis zu zwölf Megawatt und versorgt zwei Liegeplätze zugleich.\n\n"
    "Die Reedereien zahlen im ersten Jahr einen ermäßigten Strompreis.\n\n"
)
_EN = (
    "Harbour board approves new ferry terminal\n\n"
    "The Carrow harbour board on Tuesday approved plans for a new ferry terminal at the "
    "north end of Carrow Quay.\n\n"
    "The terminal will replace the waiting hall, which dates from 1974, and will open "
    "before the summer season of 2028.\n\n"
    "Work is due to start in March, the board said.\n\n"
)


def _texts(text: str) -> list[str]:
    article = parse_plaintext(text)
    return [getattr(block, "text", "") for block in article.blocks]


def test_a_contact_block_under_two_notes_to_editors_on_one_line_is_chrome() -> None:
    texts = _texts(
        _NL + "**Noot voor de redactie, niet voor publicatie**\n\n"
        "Meer informatie: woordvoerder Jorien Balk, tel. 0113 55 20 41,\n"
        "pers@lingeroord.example\n"
    )
    assert texts[-1].startswith("Fietsers en wandelaars")
    assert not any("redactie" in t or "Balk" in t for t in texts)


def test_a_note_to_editors_joined_with_a_sentence_is_no_header() -> None:
    from syndicate.readers.scraped.features import _editor_note

    notes = frozenset({"noot voor de redactie", "niet voor publicatie"})
    assert _editor_note("noot voor de redactie, niet voor publicatie", notes)
    assert not _editor_note("noot voor de redactie, zie hieronder de cijfers", notes)


def test_a_labelled_press_contact_line_with_its_details_is_left_as_printed() -> None:
    """One line of contact details under a release ("Pressekontakt: Name, role, tel …,
    e-mail") stays its last paragraph, as the v0.1 press-release example keeps it; the
    share link under it goes."""
    texts = _texts(
        _DE + "Pressekontakt: Malte Oevermann, Pressesprecher, Tel. +49 4851 7730-112, "
        "presse@hafen.example\n\nZurück zur Übersicht\n"
    )
    assert texts[-1].startswith("Pressekontakt: Malte Oevermann")
    assert not any("Zurück zur Übersicht" in t for t in texts)


def test_a_contact_sentence_in_the_story_stays() -> None:
    texts = _texts(
        _EN + "For more information, please contact the harbour office on 01632 960 418.\n\n"
        '"We listened to the neighbours," said board chair Orla Finnegan.\n'
    )
    assert "For more information, please contact the harbour office on 01632 960 418." in texts
    assert texts[-1].startswith('"We listened')


def test_a_notice_box_after_the_story_is_furniture_before_the_about_section() -> None:
    texts = _texts(
        _DE + "Hinweise für die Schifffahrt\n"
        "Während der Restarbeiten bleibt der Liegeplatz 4 bis zum 28. November gesperrt. "
        "Aktuelle Informationen unter www.hafen.example/nautik\n\n"
        "Über die Hafengesellschaft\n"
        "Die Gesellschaft betreibt im Auftrag der Stadt den Fähr- und Fischereihafen und "
        "beschäftigt rund 240 Mitarbeiterinnen und Mitarbeiter.\n"
    )
    assert not any("Schifffahrt" in t or "Liegeplatz 4" in t for t in texts)
    # the organisation's boilerplate stays, a heading and the last paragraph (corpus labels)
    assert "Über die Hafengesellschaft" in texts
    assert texts[-1].startswith("Die Gesellschaft betreibt")


def test_a_notice_box_ending_on_a_markdown_link_is_furniture() -> None:
    texts = _texts(
        _EN + "### Notice to shipping\n\n"
        "Berth 3 will be closed from 4 to 18 January for dredging. "
        "[Read the notice](https://carrow.example/notices/12)\n"
    )
    assert texts[-1] == "Work is due to start in March, the board said."
    assert not any("Berth 3" in t for t in texts)


def test_a_section_under_a_notice_title_that_runs_on_stays() -> None:
    texts = _texts(
        _EN + "Practical information\n\n"
        "Passengers will board from the old hall until the new one opens, see "
        "www.carrow.example/ferry\n\n"
        "The board will publish the timetable for the building works in February, and "
        "the ferry will keep running throughout.\n"
    )
    assert "Practical information" in texts
    assert texts[-1].startswith("The board will publish")


def test_a_notice_box_titled_by_a_short_line_in_chinese_is_furniture() -> None:
    texts = _texts(
        "星港码头新客运泊位投入使用\n\n"
        "星港港务集团昨日宣布，位于东岸的新客运泊位正式投入使用，可同时停靠两艘客轮。\n\n"
        "新泊位总投资1.8亿元，建设周期约两年。集团负责人表示，旅客候船时间将缩短一半。\n\n"
        "据介绍，明年集团还将在西岸建设第二座客运泊位。\n\n"
        "出行提示\n"
        "暑期客轮时刻表已在官网公布，详见 www.xinggang.example/shike\n"
    )
    assert texts[-1] == "据介绍，明年集团还将在西岸建设第二座客运泊位。"


def test_a_russian_press_contact_line_is_left_as_printed() -> None:
    texts = _texts(
        "Порт открыл новый причал\n\n"
        "Морской порт Северозёрска в среду открыл новый причал для пригородных "
        "теплоходов.\n\n"
        "Причал длиной 120 метров рассчитан на два судна одновременно.\n\n"
        "Строительство обошлось в 340 миллионов рублей.\n\n"
        "Контакты для СМИ: Анна Котова, пресс-секретарь, тел. +7 812 000-00-00, "
        "press@port.example\n\nПоделиться\n"
    )
    assert texts[-1].startswith("Контакты для СМИ: Анна Котова")


def test_a_download_line_with_the_format_apart_from_the_size_is_a_file_link() -> None:
    from syndicate.readers.scraped.cuewords import chrome_cues

    chrome = chrome_cues("en")
    assert chrome._kind("[PDF] Download the decision (245 KB)") == "media"
    assert chrome._kind("Attachment: decision-2501187.pdf (245 KB)") == "media"
    assert chrome._kind("The full report (245 KB)") is None
    texts = _texts(_EN + "[PDF] Download the decision (245 KB)\n")
    assert texts[-1] == "Work is due to start in March, the board said."
