"""Round 23 (leftd): bylines that print an academic or professional title before the name
("Par le Dr Claire Vasseur", "dr hab. inż. Marek Zieliński", "Автор: д-р Иван Петров",
also inside a "date · author · reading time" meta row), a Chinese title after the name
("文/王建国 教授"), and interviews that open every turn with a dash ("– …?" / "– …."):
paragraphs, not a list. Every sentence, person, place and site is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _names(article: object) -> list[str]:
    return [a.name for a in article.authors]  # type: ignore[attr-defined]


_BODY = {
    "fr": (
        "Le tribunal correctionnel de Valmorel a condamné mardi un notaire de la commune à "
        "deux ans de prison avec sursis.",
        "Selon l'accusation, près de 240 000 euros avaient transité par un compte ouvert au "
        "nom d'une société civile.",
    ),
    "pl": (
        "Od poniedziałku gminy w całym województwie muszą uwzględniać mokradła w swoich "
        "planach zagospodarowania przestrzennego.",
        "Przyrodnicy od lat apelowali o takie zmiany, wskazując na szybkie wysychanie "
        "torfowisk w dolinach rzek.",
    ),
    "ru": (
        "Первый абзац этой выдуманной истории достаточно длинный, чтобы читатель принял его "
        "за связный текст статьи.",
        "Второй абзац тоже длинный и заканчивается точкой, как и положено обычному абзацу "
        "новостного текста.",
    ),
    "es": (
        "Desde el lunes los municipios de toda la región deberán tener en cuenta los "
        "humedales en sus planes urbanísticos.",
        "Los ecologistas llevaban años pidiendo estos cambios y advertían del rápido secado "
        "de las turberas.",
    ),
    "nl": (
        "Vanaf maandag moeten gemeenten in de hele provincie rekening houden met veengebieden "
        "in hun bestemmingsplannen.",
        "Natuurorganisaties vroegen al jaren om deze veranderingen en wezen op het snelle "
        "uitdrogen van de venen.",
    ),
    "zh": (
        "从周一起，全省各地在编制规划时必须考虑湿地保护，省自然资源厅在一份声明中表示，这一规定将覆盖所有县市。",
        "环保组织多年来一直呼吁作出这样的改变，并指出河谷中的泥炭地正在迅速干涸，情况十分严重。",
    ),
}
_TITLE = {
    "fr": "# Un notaire de Valmorel condamné pour détournement",
    "pl": "# Nowe przepisy o ochronie mokradeł wchodzą w życie",
    "ru": "# В Заречье открыли новую клинику",
    "es": "# Nuevas normas para proteger los humedales",
    "nl": "# Nieuwe regels voor de bescherming van veengebieden",
    "zh": "# 新湿地保护条例正式实施",
}


# -- byline titles (name_title_words, name_title_articles) ----------------------------------


def test_a_title_before_the_name_stays_in_the_name_as_printed() -> None:
    for lang, byline, name in (
        ("fr", "Par le Dr Paul Verrier", "Dr Paul Verrier"),
        ("pl", "Tekst: mgr inż. Anna Nowak", "mgr inż. Anna Nowak"),
        ("pl", "Autor: prof. Tomasz Lewandowski", "prof. Tomasz Lewandowski"),
        ("ru", "Автор: д-р Иван Петров", "д-р Иван Петров"),
        ("es", "Por el Dr. Luis Ortega", "Dr. Luis Ortega"),
        ("nl", "Door dr. Pieter de Wit", "dr. Pieter de Wit"),
    ):
        article = parse_plaintext(_blocks(_TITLE[lang], byline, *_BODY[lang]))
        assert _names(article) == [name], byline
        assert paragraphs(article) == list(_BODY[lang]), byline


def test_a_title_in_a_date_author_reading_time_row_stays_and_the_reading_time_goes() -> None:
    for lang, row, name, day in (
        ("fr", "12 mars 2024 · Par le Dr Claire Vasseur · 5 min de lecture", "Dr Claire Vasseur",
         "2024-03-12"),
        ("pl", "14.05.2024 | dr hab. inż. Marek Zieliński | Czas czytania: 6 min",
         "dr hab. inż. Marek Zieliński", "2024-05-14"),
    ):
        article = parse_plaintext(_blocks(_TITLE[lang], row, *_BODY[lang]))
        assert _names(article) == [name], row
        assert article.published is not None and article.published.startswith(day), row
        assert paragraphs(article) == list(_BODY[lang]), row


def test_a_rank_before_the_name_still_goes() -> None:
    byline = "Autor: st. kpt. Marek Zieliński"
    article = parse_plaintext(_blocks(_TITLE["pl"], byline, *_BODY["pl"]))
    assert _names(article) == ["Marek Zieliński"]


def test_a_chinese_title_after_the_name_is_no_second_author() -> None:
    article = parse_plaintext(_blocks(_TITLE["zh"], "文/王建国 教授", *_BODY["zh"]))
    assert _names(article) == ["王建国"]
    article = parse_plaintext(_blocks(_TITLE["zh"], "记者 陈晓 李雪", *_BODY["zh"]))
    assert _names(article) == ["陈晓", "李雪"]


# -- paragraph.dash-turn --------------------------------------------------------------------

_TURNS_PL = (
    "– Skąd pomysł, żeby mierzyć właśnie tutaj?",
    "– Dolina Warty to jedno z ostatnich miejsc w regionie, gdzie torf ma jeszcze kilka metrów.",
    "– Co pokazały pomiary?",
    "– Że osuszone pola emitują rocznie więcej dwutlenku węgla niż cała elektrociepłownia w Kole.",
)


def test_interview_turns_opening_with_a_dash_are_paragraphs_dash_and_all() -> None:
    intro = (
        "Zespół z politechniki od czterech lat mierzy emisje z torfowisk w dolinie Warty. "
        "O wynikach rozmawiamy z kierowniczką projektu."
    )
    for dash in ("– ", "- "):
        turns = tuple(dash + turn[2:] for turn in _TURNS_PL)
        article = parse_plaintext(_blocks("# Torf wysycha szybciej, niż sądziliśmy", intro, *turns))
        assert paragraphs(article) == [intro, *turns], dash
        assert not any(b.__class__.__name__ == "ListBlock" for b in article.blocks), dash


def test_a_dash_list_that_does_not_take_turns_stays_a_list() -> None:
    intro = (
        "Gmina przygotowała na wiosnę kilka zmian w rozkładzie jazdy autobusów i w zasadach "
        "parkowania w centrum miasta."
    )
    items = (
        "– nowa linia do szpitala powiatowego,",
        "– dłuższe kursy w soboty?",
        "– strefa płatnego parkowania na rynku.",
    )
    article = parse_plaintext(_blocks("# Co się zmieni w gminie od kwietnia", intro, *items))
    assert any(b.__class__.__name__ == "ListBlock" for b in article.blocks)


# -- forwarded_labels ------------------------------------------------------------------------


def test_a_messenger_repost_label_is_no_title_byline_or_paragraph() -> None:
    ferry = (
        "The ferry ramp at Quay Street will close from Monday for three weeks while engineers "
        "replace the hydraulic arms that lift it.",
        "Foot passengers can still board from the north pontoon, and the council will run a "
        "shuttle bus from the car park every twenty minutes.",
    )
    head = ("Harbour Town Updates", "@harbourtown_updates", "Forwarded from Harbour Town Council")
    article = parse_plaintext(_blocks(*head, *ferry))
    assert article.title != "Forwarded from Harbour Town Council"
    assert paragraphs(article) == list(ferry)
    faehre = (
        "Der Fähranleger an der Kaistraße wird ab Montag für drei Wochen gesperrt, weil die "
        "Hydraulik der Rampe ausgetauscht werden muss.",
        "Fußgänger können weiterhin vom Nordponton aus an Bord gehen, teilte die Stadt am "
        "Freitag mit.",
    )
    head = (
        "# Fähranleger am Hafen wird drei Wochen gesperrt",
        "Weitergeleitet von Stadtverwaltung Hafenstadt",
    )
    article = parse_plaintext(_blocks(*head, *faehre))
    assert _names(article) == []
    assert paragraphs(article) == list(faehre)
    article = parse_plaintext(
        _blocks(_TITLE["ru"], "Переслано из Городская администрация", *_BODY["ru"])
    )
    assert article.title == _TITLE["ru"][2:]
    assert _names(article) == [] and paragraphs(article) == list(_BODY["ru"])
