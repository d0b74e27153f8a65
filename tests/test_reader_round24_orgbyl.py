"""Round 24 (orgbyl): desk and organisation bylines. The newsroom's signature on a line of
its own right over the headline (``byline.newsroom-over-headline``), a desk beside a
writer's name on one line ("Redacción / Ana Ruiz": the person signs,
``byline.desk-beside-name``), and a Chinese meta row whose desk cell the dump set apart by
spaces only ("2026-11-18 09:30 来源：… 本网编辑部 浏览：1862"). Every sentence, person,
place and outlet is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _authors(text: str) -> list[str]:
    return [a.name for a in parse_plaintext(text).authors]


_ES_TITLE = "Los vecinos de Valdemora convierten el viejo lavadero en una sala de exposiciones"
_ES_BODY = (
    "El lavadero municipal de Valdemora, un edificio de piedra de 1887 que llevaba más de "
    "treinta años cerrado, abrirá sus puertas el próximo sábado convertido en sala de "
    "exposiciones. La obra ha durado catorce meses.",
    "La idea partió de la asociación vecinal El Caño, que en 2023 reunió más de 600 firmas "
    "para evitar que el edificio se vendiera, explica su presidenta.",
)
_PL_TITLE = "Mieszkańcy Wolmory zamieniają starą pralnię w salę wystawową"
_PL_BODY = (
    "Stara pralnia miejska w Wolmorze, kamienny budynek z 1887 roku zamknięty od ponad "
    "trzydziestu lat, zostanie otwarta w sobotę jako sala wystawowa. Prace trwały "
    "czternaście miesięcy.",
    "Pomysł wyszedł od stowarzyszenia mieszkańców, które w 2023 roku zebrało ponad 600 "
    "podpisów przeciwko sprzedaży budynku, mówi jego przewodnicząca.",
)
_ZH_TITLE = "青川县首条山区客运索道试运行 沿线三个村庄通勤时间缩短一半"
_ZH_BODY = (
    "11月17日上午，青川县首条山区客运索道在石门乡正式开始试运行。索道全长两千三百米，"
    "连接石门乡集镇和对面山腰上的三个村庄。",
    "过去，三个村的村民外出要先走一个多小时的山路，再搭乘乡村客车。岩口村村民何桂芳说，"
    "现在坐索道下山，一会儿就到了。",
)


def test_desk_signature_over_the_headline_signs() -> None:
    text = _blocks("Sociedad", "Redacción", _ES_TITLE, "12 de noviembre de 2026", *_ES_BODY)
    assert _authors(text) == ["Redacción"]
    pl = _blocks("Redakcja", _PL_TITLE, "12 listopada 2026", *_PL_BODY)
    assert _authors(pl) == ["Redakcja"]
    zh = _blocks("编辑部", _ZH_TITLE, "2026年11月18日", *_ZH_BODY)
    assert _authors(zh) == ["编辑部"]


def test_desk_over_the_headline_beside_a_writer_under_it_does_not_sign() -> None:
    text = _blocks("Redacción", _ES_TITLE, "Por Ana Ruiz", "12 de noviembre de 2026", *_ES_BODY)
    assert _authors(text) == ["Ana Ruiz"]


def test_desk_word_ending_a_menu_column_is_no_byline() -> None:
    text = _blocks(
        "Inicio", "Deportes", "Redacción", _ES_TITLE, "12 de noviembre de 2026", *_ES_BODY
    )
    assert _authors(text) == []


def test_desk_beside_a_writer_leaves_the_writer() -> None:
    for byline in ("Redacción / Ana Ruiz", "Ana Ruiz / Redacción", "Redacción - Ana Ruiz"):
        text = _blocks(_ES_TITLE, byline, "12 de noviembre de 2026", *_ES_BODY)
        assert _authors(text) == ["Ana Ruiz"], byline


def test_chinese_desk_cell_in_a_space_set_meta_row() -> None:
    row = "2026-11-18 09:30  来源：青川新闻网  本网编辑部  浏览：1862"
    text = _blocks("青川新闻网", _ZH_TITLE, row, *_ZH_BODY)
    assert _authors(text) == ["本网编辑部"]
    glued = _blocks("青川新闻网", _ZH_TITLE, "2026-11-18 09:30  本网编辑部", *_ZH_BODY)
    assert _authors(glued) == ["本网编辑部"]


def test_footer_desk_link_stays_chrome() -> None:
    text = _blocks(
        "Redacción", _ES_TITLE, "12 de noviembre de 2026", *_ES_BODY, "Contacto con la redacción"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Redacción"]
    assert all("Contacto" not in getattr(b, "text", "") for b in article.blocks)


def test_hot_words_row_is_no_headline_over_the_dek() -> None:
    for row in ("热门：索道 公路 旅游", "热搜：索道 公路 旅游"):
        text = _blocks("☰ 导航", "青川新闻网", row, _ZH_TITLE, "2026-11-18 09:30", *_ZH_BODY)
        article = parse_plaintext(text)
        assert article.title == _ZH_TITLE, row
        assert article.subtitle is None, row


_FR_TITLE = "Les habitants de Valmoran transforment l'ancien lavoir en salle d'exposition"
_FR_BODY = (
    "Le lavoir communal de Valmoran, un bâtiment en pierre de 1887 fermé depuis plus de "
    "trente ans, rouvrira samedi prochain transformé en salle d'exposition. Les travaux "
    "ont duré quatorze mois.",
    "L'idée est venue de l'association de quartier, qui avait réuni plus de 600 signatures "
    "en 2023 pour empêcher la vente du bâtiment, explique sa présidente.",
)
_DE_TITLE = "Anwohner in Waldmoor machen aus dem alten Waschhaus einen Ausstellungsraum"
_DE_BODY = (
    "Das alte Waschhaus von Waldmoor, ein Steinbau von 1887, der seit mehr als dreißig "
    "Jahren leer stand, öffnet am Samstag als Ausstellungsraum. Die Arbeiten haben "
    "vierzehn Monate gedauert.",
    "Die Idee kam vom Bürgerverein, der 2023 mehr als 600 Unterschriften gegen den Verkauf "
    "des Gebäudes gesammelt hatte, sagt dessen Vorsitzende.",
)


def test_article_and_desk_word_then_the_outlet_signs() -> None:
    text = _blocks(_FR_TITLE, "La rédaction de Valmoran Infos", "12 novembre 2026", *_FR_BODY)
    assert _authors(text) == ["La rédaction de Valmoran Infos"]


def test_compound_desk_words_sign() -> None:
    text = _blocks(_DE_TITLE, "Lokalredaktion", "12. November 2026", *_DE_BODY)
    assert _authors(text) == ["Lokalredaktion"]
    pl = _blocks(_PL_TITLE, "Redakcja serwisu", "12 listopada 2026", *_PL_BODY)
    assert _authors(pl) == ["Redakcja serwisu"]


def test_chinese_masthead_with_its_slogan_is_no_headline() -> None:
    text = _blocks("青川新闻网 — 青川人自己的新闻网站", _ZH_TITLE, "2026-11-18 09:30", *_ZH_BODY)
    article = parse_plaintext(text)
    assert article.title == _ZH_TITLE
    assert article.subtitle is None
    # a headline whose second part names the news stays the headline
    story = "青川县索道试运行 — 三个村庄新闻记者实地探访"
    kept = parse_plaintext(_blocks(story, "2026-11-18 09:30", *_ZH_BODY))
    assert kept.title == story
