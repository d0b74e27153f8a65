"""Round 18 (credits): author and contributor credits the round's probes missed — Chinese
bylines whose role word ends in a byline word the cues list ("实习记者", "驻村记者": the
reader took "实习记" for a name), the broadcasters' "Un texte de NAME" / "Un texto de NAME"
byline, and their closing "Avec les informations de A et de B" contributor line, whose
second name repeats the form's "de". Every sentence is invented."""

from __future__ import annotations

from syndicate.model import Article, Paragraph
from syndicate.readers.plaintext import parse_plaintext

_ZH = [
    "十一月十九日上午，位于城南新区的社区图书馆正式对外开放，首日接待读者超过两千人次。",
    "图书馆负责人介绍，馆内藏书约八万册，设有儿童阅览区和自习室，每天开放至晚上九点。",
    "不少居民表示，以前借书要坐四十分钟公交，现在步行十分钟就能到。",
]
_FR = [
    "Réunis mardi soir, les élus de Valbrune ont voté un budget en baisse de quatre pour "
    "cent, une première depuis dix ans.",
    "La maire a défendu des choix « difficiles mais nécessaires » face à la hausse du coût "
    "de l'énergie.",
    "L'opposition a dénoncé la suppression de deux postes à la médiathèque et promis de "
    "saisir le préfet.",
]
_ES = [
    "Reunidos el martes por la noche, los concejales de Villarcón votaron un presupuesto un "
    "cuatro por ciento menor, algo inédito en una década.",
    "La alcaldesa defendió unas decisiones «difíciles pero necesarias» ante el alza de la "
    "energía.",
    "La oposición criticó el cierre de dos puestos en la biblioteca y anunció un recurso.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _names(article: Article) -> list[str]:
    return [a.name for a in article.authors]


def _contributors(article: Article) -> list[str]:
    return [c.name for c in article.contributors]


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def test_han_role_word_ending_in_a_byline_word_is_not_a_name() -> None:
    for byline in ("文/实习记者 林晓雯", "作者：实习记者 林晓雯", "文/驻村记者 林晓雯"):
        text = _page("城南新区首座社区图书馆开放 周末读者排起长队", byline, *_ZH)
        assert _names(parse_plaintext(text)) == ["林晓雯"], byline


def test_han_role_words_after_a_label_keep_every_name() -> None:
    text = _page(
        "城南新区首座社区图书馆开放 周末读者排起长队", "作者：驻站记者 林晓雯 通讯员 张磊", *_ZH
    )
    assert _names(parse_plaintext(text)) == ["林晓雯", "张磊"]


def test_bracketed_han_byline_opening_with_a_role_word() -> None:
    for byline in ("（实习记者 林晓雯）", "（驻村记者 林晓雯 通讯员 张磊）"):
        text = _page("城南新区首座社区图书馆开放 周末读者排起长队", byline, *_ZH)
        assert _names(parse_plaintext(text))[:1] == ["林晓雯"], byline


def test_bracketed_prose_with_the_word_reporter_is_no_byline() -> None:
    text = _page(
        "城南新区首座社区图书馆开放 周末读者排起长队", "（据记者了解，馆内设有自习室）", *_ZH
    )
    assert _names(parse_plaintext(text)) == []


def test_un_texte_de_is_a_byline_not_a_dek() -> None:
    text = _page(
        "Le conseil municipal de Valbrune adopte un budget serré",
        "Un texte de Margaux Délis et Paul Anquetil",
        *_FR,
    )
    article = parse_plaintext(text)
    assert _names(article) == ["Margaux Délis", "Paul Anquetil"]
    assert article.subtitle is None


def test_un_texto_de_is_a_byline() -> None:
    text = _page(
        "El ayuntamiento de Villarcón aprueba un presupuesto ajustado",
        "Un texto de Remedios Olmo",
        *_ES,
    )
    assert _names(parse_plaintext(text)) == ["Remedios Olmo"]


def test_avec_les_informations_de_names_every_source() -> None:
    line = "Avec les informations de Paul Anquetil et de La Presse valbrunoise"
    text = _page("Le conseil municipal de Valbrune adopte un budget serré", *_FR, line)
    article = parse_plaintext(text)
    assert _contributors(article) == ["Paul Anquetil", "La Presse valbrunoise"]
    assert article.credit_line == line
    assert line not in _texts(article)


def test_repeated_preposition_before_a_later_source_is_dropped() -> None:
    cases = (
        ("Avec les informations de Paul Anquetil et d'Agence Nordique", _FR),
        ("Con información de Radio Sur y de Agencia Austral", _ES),
    )
    for line, page in cases:
        text = _page("Le conseil municipal adopte un budget serré", *page, line)
        names = _contributors(parse_plaintext(text))
        assert len(names) == 2 and names[1][0].isupper(), line


def test_intern_role_after_the_name_is_no_second_author() -> None:
    body = [
        "Meeting on Tuesday night, Harrowgate councillors voted for a budget four per cent "
        "smaller than last year's, a first in a decade.",
        "The mayor defended choices she called difficult but necessary as energy costs rise.",
        "The opposition criticised the loss of two library posts and promised to appeal.",
    ]
    byline = "By Jane Roe, Editorial Intern"
    text = _page("Harrowgate council approves a tight budget", byline, *body)
    assert _names(parse_plaintext(text)) == ["Jane Roe"]
