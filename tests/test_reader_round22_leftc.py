"""Round 22 (leftc): body and figure leftovers of whole-page dumps — an ad break that tells
the reader to go on ("DALSZĄ CZĘŚĆ PRZECZYTASZ POD REKLAMĄ"), a Chinese caption opening
with "图为" with the photographer glued at its end, an empty-bracket residue line "()", and
a raw "<image>…alt=…</image>" tag. Every sentence, person, place and site is invented."""

from __future__ import annotations

import pytest
from readerblocks import figures, headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_PL = (
    "W piątek po południu wójt gminy Borowo przeciął wstęgę na nowej kładce nad rzeką. "
    "Przeprawa zastąpiła drewniany mostek zamknięty od dwóch lat.",
    "Budowa kosztowała 2,1 mln zł, a połowę pokryła dotacja z funduszu dróg lokalnych. "
    "Prace opóźniły się o trzy miesiące przez wiosenne roztopy.",
    "Gmina zapowiada, że w przyszłym roku oświetli też ścieżkę prowadzącą do kładki.",
)
_IT = (
    "Il consiglio comunale di Valtorre ha approvato ieri sera il nuovo piano per le piste "
    "ciclabili, che collegheranno la stazione alle tre scuole del paese.",
    "I lavori partiranno in primavera e dureranno circa otto mesi, con una spesa prevista "
    "di un milione e duecentomila euro.",
    "Il sindaco ha detto che le prime due piste saranno pronte prima dell'estate.",
)
_ZH = (
    "11月29日，柳溪县首座乡村书屋在石桥镇开放。书屋面积约两百平方米，首批藏书八千册，配有儿童阅读区。",
    "据县文化馆介绍，书屋由闲置仓库改造而成，保留了原有的木梁和砖墙，改造费用由县财政承担。",
    "书屋全年免费开放，每天上午九点至晚上八点均可借阅，村民凭身份证即可办理借书证。",
)


@pytest.mark.parametrize(
    ("title", "body", "ad_break"),
    [
        ("Nowa kładka nad rzeką w Borowie otwarta", _PL, "DALSZĄ CZĘŚĆ PRZECZYTASZ POD REKLAMĄ"),
        (
            "Valtorre, approvato il piano delle piste ciclabili",
            _IT,
            "L'ARTICOLO CONTINUA SOTTO LA PUBBLICITÀ",
        ),
    ],
)
def test_ad_break_in_capitals_is_no_heading(
    title: str, body: tuple[str, ...], ad_break: str
) -> None:
    article = parse_plaintext(_blocks("# " + title, body[0], ad_break, *body[1:]))
    assert ad_break not in headings(article)
    assert ad_break not in paragraphs(article)
    assert paragraphs(article) == list(body)


def test_ad_break_guard_keeps_a_subhead_without_an_ad_word() -> None:
    subhead = "Dalsza część prac w przyszłym roku"
    article = parse_plaintext(
        _blocks("# Nowa kładka nad rzeką w Borowie otwarta", _PL[0], subhead, *_PL[1:])
    )
    assert subhead in headings(article)


def test_han_caption_opening_with_tu_wei_and_glued_photographer() -> None:
    caption = "图为改造后的石桥镇乡村书屋外景。本报记者 邵景川摄"
    article = parse_plaintext(_blocks("# 柳溪县首座乡村书屋开放", _ZH[0], _ZH[1], caption, _ZH[2]))
    assert figures(article) == [("图为改造后的石桥镇乡村书屋外景。", "本报记者 邵景川")]
    assert paragraphs(article) == list(_ZH)


def test_empty_bracket_residue_line_is_dropped() -> None:
    article = parse_plaintext(
        _blocks("# 柳溪县首座乡村书屋开放", *_ZH, "()", "版权所有 柳溪融媒中心")
    )
    assert "()" not in paragraphs(article)
    assert paragraphs(article) == list(_ZH)


def test_raw_image_tag_with_credited_alt_is_the_figure() -> None:
    tag = (
        '<image>![](https://img.example.pl/kladka.jpg) alt="Nowa kładka w Borowie. '
        'Fot. Anna Wrzos"</image>'
    )
    article = parse_plaintext(_blocks("# Nowa kładka nad rzeką w Borowie otwarta", tag, *_PL))
    assert figures(article) == [("Nowa kładka w Borowie.", "Anna Wrzos")]
    assert paragraphs(article) == list(_PL)


_DE = (
    "Die Gemeinde Lindach hat am Montag den neuen Radweg entlang der Bahnlinie eröffnet. "
    "Er verbindet den Bahnhof mit den beiden Schulen im Ort.",
    "Der Bau hat knapp ein Jahr gedauert und rund 900.000 Euro gekostet, die Hälfte davon "
    "trägt das Land.",
    "Im Frühjahr soll noch eine Beleuchtung entlang der Strecke folgen.",
)


@pytest.mark.parametrize(
    ("title", "body", "note"),
    [
        (
            "Neuer Radweg in Lindach eröffnet",
            _DE,
            '"So arbeitet die Redaktion" informiert Sie, wann und worüber wir berichten, '
            "wie wir mit Fehlern umgehen und woher unsere Inhalte stammen. Wir halten uns "
            "dabei an die Leitlinien unseres Verlags.",
        ),
        (
            "Nowa kładka nad rzeką w Borowie otwarta",
            _PL,
            "Jak pracujemy: Redakcja sprawdza każdą informację w co najmniej dwóch źródłach, "
            "oddziela fakty od opinii i poprawia błędy jawnie, z adnotacją pod tekstem.",
        ),
    ],
)
def test_standards_note_is_no_last_paragraph(title: str, body: tuple[str, ...], note: str) -> None:
    article = parse_plaintext(_blocks("# " + title, *body, note))
    assert paragraphs(article) == list(body)


def test_standards_guard_keeps_prose_naming_the_words() -> None:
    line = (
        "Jak pracujemy nad nową kładką, pytali mieszkańcy na zebraniu wiejskim, a wójt "
        "odpowiadał, że prace idą zgodnie z planem."
    )
    article = parse_plaintext(
        _blocks("# Nowa kładka nad rzeką w Borowie otwarta", *_PL[:2], line, _PL[2])
    )
    assert line in paragraphs(article)


def test_caption_printed_twice_on_one_line_is_one_caption() -> None:
    half = "Нова кладка через річку в Борові. Фото: Анна Вереск"
    line = half + " " + half
    body = (
        "У п'ятницю в селі Борове відкрили нову пішохідну кладку через річку, яка замінила "
        "старий дерев'яний місток.",
        "Будівництво тривало пів року і коштувало майже два мільйони гривень, половину "
        "суми надала область.",
    )
    article = parse_plaintext(_blocks("# У Боровому відкрили нову кладку", line, *body))
    assert figures(article) == [("Нова кладка через річку в Борові.", "Анна Вереск")]


def test_abbreviated_view_counter_is_no_paragraph() -> None:
    body = (
        "У п'ятницю в селі Борове відкрили нову пішохідну кладку через річку, яка замінила "
        "старий дерев'яний місток.",
        "Будівництво тривало пів року і коштувало майже два мільйони гривень, половину "
        "суми надала область.",
    )
    article = parse_plaintext(
        _blocks("# У Боровому відкрили нову кладку", "Кіл-сть переглядів: 618", *body)
    )
    assert paragraphs(article) == list(body)
