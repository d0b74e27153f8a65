"""Round 22 (tallya): header kinds left in the round's real-page tallies — a document label,
an empty date label or a yearless date on the first line, a credited caption over a page
with no headline, a short headline under a bare date line, Arabic datelines, a section name
glued to the date, a blog platform's "5 min read·date" row and a letter-spaced Chinese
summary label. Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from readerblocks import figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.dates import dateline_date, parse_date_line


def _blocks(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


_EN = (
    "The Pellham Public Library will reopen its main reading room on Monday after sixteen "
    "weeks of work on the leaking roof and the old ceiling lamps, the library said.",
    "Contractors replaced the slate tiles over the east wing and fitted new lamps that use "
    "a third of the power of the old ones, director Maren Oakhurst said.",
)


# -- title.first-line passes over labels and yearless dates ------------------------------


def test_a_press_release_label_is_no_headline() -> None:
    article = parse_plaintext(_blocks("PRESS RELEASE", "Library Reopens Reading Room", *_EN))
    assert article.title == "Library Reopens Reading Room"
    assert paragraphs(article) == list(_EN)


def test_a_document_label_over_a_page_without_a_headline_is_no_title() -> None:
    es = (
        "La biblioteca municipal de Villaseca reabrirá el lunes su sala de lectura tras cuatro "
        "meses de obras en el tejado y en la iluminación del edificio.",
        "Las obras costaron unos 400.000 euros, pagados en su mayor parte por un programa "
        "regional para edificios históricos, según el ayuntamiento.",
    )
    article = parse_plaintext(_blocks("NOTA DE PRENSA", *es))
    assert article.title != "NOTA DE PRENSA"
    assert paragraphs(article) == list(es)


def test_a_one_word_label_over_prose_stays_the_headline() -> None:
    # "Komunikat" alone may be a post's title: only over a short headline is it a label
    pl = (
        "Urząd Gminy Zalesie informuje, że w poniedziałek od godziny ósmej do czternastej "
        "nastąpi przerwa w dostawie wody na ulicach Polnej i Leśnej.",
        "Mieszkańcy mogą korzystać z beczkowozu ustawionego przy remizie strażackiej przez "
        "cały czas trwania prac na sieci wodociągowej.",
    )
    article = parse_plaintext(_blocks("Komunikat", *pl))
    assert article.title == "Komunikat"


def test_a_date_without_a_year_is_no_headline() -> None:
    article = parse_plaintext(_blocks("November 12", "Library Reopens Reading Room", *_EN))
    assert article.title == "Library Reopens Reading Room"
    assert article.published is None
    assert paragraphs(article) == list(_EN)


def test_an_empty_date_label_is_no_headline() -> None:
    article = parse_plaintext(_blocks("Updated:", "Library Reopens Reading Room", *_EN))
    assert article.title == "Library Reopens Reading Room"


def test_a_credited_caption_over_an_untitled_page_is_a_figure() -> None:
    pt = (
        "A Câmara Municipal de Vila Serrana aprovou nesta terça-feira o projeto que cria "
        "vinte novas vagas de técnico na escola agrícola do concelho.",
        "O projeto segue agora para a assembleia municipal, que deve votá-lo antes do fim "
        "do ano letivo, segundo a presidente da câmara.",
    )
    article = parse_plaintext(_blocks("Escola agrícola. Foto: Divulgação", *pt))
    assert figures(article) == [("Escola agrícola.", "Divulgação")]
    assert article.title != "Escola agrícola. Foto: Divulgação"
    assert paragraphs(article) == list(pt)


# -- title.under-bare-date --------------------------------------------------------------


def test_a_short_headline_under_a_bare_date_line_is_the_title() -> None:
    fr = (
        "Le Maire informe ses administrés que le Conseil Municipal se réunira à la Mairie, "
        "en séance publique, le jeudi 22 octobre 2026, à 20 heures 30",
        "Les habitants qui souhaitent poser une question peuvent la déposer au secrétariat "
        "de la mairie avant le mardi précédent la séance.",
    )
    article = parse_plaintext(_blocks("lundi 12 octobre 2026", "Réunion de Conseil", *fr))
    assert article.title == "Réunion de Conseil"
    assert article.published == "2026-10-12"
    # (the line under it, no full stop at its end, may be read as the dek)
    assert paragraphs(article)[-1] == fr[-1]


# -- dates --------------------------------------------------------------------------------


_AR = (
    "وقال عميد كلية التربية، الدكتور فارس المنصوري، إن البرنامج يمتد ستة أسابيع ويجمع بين "
    "المحاضرات الحضورية والتطبيق العملي داخل المدارس.",
    "وأضاف أن الدفعة الأولى تضم ستين معلما من المدارس الريفية، على أن تلتحق بقية الدفعات "
    "تباعا حتى نهاية العام الدراسي.",
)


def test_an_arabic_dateline_with_a_year_gives_the_date() -> None:
    lead = (
        "الساحل، 14 نوفمبر 2026 - أطلقت جامعة الساحل اليوم برنامجا تدريبيا جديدا لتأهيل "
        "معلمي المدارس الحكومية على استخدام أدوات التعليم الرقمي."
    )
    article = parse_plaintext(_blocks("جامعة الساحل تطلق برنامجا لتدريب المعلمين", lead, *_AR))
    assert article.published == "2026-11-14"
    assert paragraphs(article)[0] == lead


def test_an_arabic_dateline_without_a_year_gives_no_date() -> None:
    assert dateline_date("الساحل، 14 نوفمبر - أطلقت جامعة الساحل اليوم برنامجا", "ar") is None
    assert dateline_date("الساحل، 14 نوفمبر 2026 (واس) - أطلقت الجامعة", "ar") == "2026-11-14"


def test_a_section_glued_to_the_date_is_a_date_line() -> None:
    found = parse_date_line("أخبار الجامعة14-11-2026 | 10:45", "ar")
    assert found is not None and found.value is not None
    assert found.value.startswith("2026-11-14")
    head = "جامعة الساحل تطلق برنامجا لتدريب المعلمين"
    article = parse_plaintext(_blocks(head, "أخبار الجامعة14-11-2026 | 10:45", *_AR))
    assert article.published is not None and article.published.startswith("2026-11-14")
    assert paragraphs(article) == list(_AR)
    # a word glued to a number that is no full date stays no date
    assert parse_date_line("Windows11 review", "en") is None


def test_a_reading_time_glued_to_the_date_by_a_middle_dot() -> None:
    article = parse_plaintext(
        _blocks("How We Rebuilt the Harbour Sensors", "5 min read·Mar 3, 2024", *_EN)
    )
    assert article.published == "2024-03-03"
    assert paragraphs(article) == list(_EN)


# -- subtitle.labelled-summary ------------------------------------------------------------


def test_a_letter_spaced_chinese_summary_label_gives_the_dek() -> None:
    zh = (
        "经过八个月施工,港区北码头改造工程于本周五完工,港区管理部门当天上午发布消息称,渔船下周一起可以重新停靠北码头。",
        "据介绍,改造工程更换了全部护舷和系缆桩,并新建了两处上下船的台阶,方便渔民装卸渔获。",
    )
    article = parse_plaintext(
        _blocks(
            "港区完成码头改造",
            "2026-11-20 08:11 来源: 本网",
            "摘 要:经过八个月施工,港区北码头改造工程完工,下周一起恢复对渔船开放。",
            *zh,
        )
    )
    assert article.subtitle == "经过八个月施工,港区北码头改造工程完工,下周一起恢复对渔船开放。"
    assert paragraphs(article) == list(zh)


# -- title.under-lead-credit ------------------------------------------------------------


def test_the_line_under_a_lead_photo_credit_over_the_date_row_is_the_headline() -> None:
    fr = (
        "Le responsable humanitaire de l'organisation, Marc Delorme, a lancé mardi un appel "
        "devant le conseil régional sur le manque d'eau potable dans trois vallées.",
        "« Depuis septembre, la situation a empiré dans chaque village que nous avons "
        "visité », a déclaré M. Delorme devant les élus du conseil.",
    )
    article = parse_plaintext(
        _blocks(
            "Niveau du haut",
            "Solidarités et Territoires Communication",
            "(Crédit Photo Agence Vallée/Jolan Meunier)",
            "Vallées du Nord : l'eau potable vient à manquer",
            "24-10-2026 dans Associations en région",
            *fr,
        )
    )
    assert article.title == "Vallées du Nord : l'eau potable vient à manquer"
    assert [credit for _, credit in figures(article)] == ["Agence Vallée/Jolan Meunier"]
    assert paragraphs(article) == list(fr)
