"""Round 20 (reviewed): health, consumer-advice and explainer pages whose header stacks
credit lines — the writer, a medical or expert reviewer with a credential or job after a
comma, a fact-checker — and whose foot lists the article's sources over the author box.
Every sentence, person and site is invented."""

from __future__ import annotations

from readerblocks import authors, contributors, headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_PROSE = {
    "en": (
        "Most people who drink coffee every day notice a dull headache when they skip "
        "their morning cup, and doctors say it is one of the most common withdrawal effects.",
        "Caffeine narrows blood vessels in the head. When the daily dose is missing, the "
        "vessels widen again and the pressure can cause pain for a day or two.",
        "Cutting down slowly over two weeks, by half a cup every few days, usually avoids "
        "the problem entirely.",
    ),
    "de": (
        "Wer täglich Kaffee trinkt und morgens auf die erste Tasse verzichtet, bekommt "
        "häufig dumpfe Kopfschmerzen, sagen Ärztinnen und Ärzte.",
        "Koffein verengt die Blutgefäße im Kopf. Fehlt die gewohnte Menge, weiten sie sich "
        "wieder, und der Druck kann ein bis zwei Tage lang schmerzen.",
        "Wer über zwei Wochen langsam reduziert, etwa alle paar Tage eine halbe Tasse "
        "weniger, vermeidet das Problem meist ganz.",
    ),
    "fr": (
        "Beaucoup de buveurs de café quotidiens ressentent une douleur sourde lorsqu'ils "
        "sautent leur tasse du matin, selon les médecins.",
        "La caféine resserre les vaisseaux sanguins de la tête. Quand la dose habituelle "
        "manque, ils se dilatent de nouveau et la pression peut faire mal un jour ou deux.",
        "Réduire lentement sur deux semaines, d'une demi-tasse tous les quelques jours, "
        "évite le plus souvent le problème.",
    ),
    "ru": (
        "Многие люди, которые пьют кофе каждый день, замечают тупую головную боль, если "
        "пропускают утреннюю чашку, говорят врачи.",
        "Кофеин сужает сосуды головы. Когда привычной дозы нет, сосуды снова расширяются, "
        "и давление может вызывать боль день или два.",
        "Если снижать дозу постепенно в течение двух недель, на полчашки каждые несколько "
        "дней, проблемы обычно удаётся избежать.",
    ),
    "zh": (
        "医生表示，很多每天喝咖啡的人在早上不喝咖啡时，会感到一种钝痛，这是最常见的戒断反应之一。",
        "咖啡因会使头部血管收缩。当日常剂量缺失时，血管重新扩张，由此产生的压力可能导致一两天的疼痛。",
        "在两周内慢慢减量，每隔几天少喝半杯，通常可以完全避免这个问题。",
    ),
}


def test_a_reviewers_job_after_the_comma_is_no_second_contributor() -> None:
    # "Facharzt für Innere Medizin" is the reviewer's job (a job title of the language,
    # then an uncapitalised word), not a second person; the fact-checker's line under it
    # is a contributor line too ("Faktencheck:").
    article = parse_plaintext(
        _text(
            "Kopfschmerzen nach Kaffee: Woher sie kommen",
            "Von Nora Quill",
            "Medizinisch geprüft von Dr. Elias Trent, Facharzt für Innere Medizin",
            "Faktencheck: Mina Hart",
            "Aktualisiert am 04.03.2026",
            *_PROSE["de"],
        )
    )
    assert authors(article) == ["Nora Quill"]
    assert contributors(article) == ["Dr. Elias Trent", "Mina Hart"]
    assert (article.updated or "")[:10] == "2026-03-04"


def test_a_reviewer_with_a_lower_case_job_is_a_contributor_not_a_second_writer() -> None:
    # "Relu par Dr A, médecin généraliste": the job in lower case made the whole line fail
    # as a credit, and it was read as a second byline ("par").
    article = parse_plaintext(
        _text(
            "Maux de tête après le café : pourquoi ils surviennent",
            "Par Nora Quill",
            "Relu par Dr Elias Trent, médecin généraliste",
            "Vérifié par Mina Hart",
            "Mis à jour le 4 mars 2026",
            *_PROSE["fr"],
        )
    )
    assert authors(article) == ["Nora Quill"]
    assert contributors(article) == ["Dr Elias Trent", "Mina Hart"]


def test_russian_expert_and_fact_check_labels_are_contributor_lines() -> None:
    article = parse_plaintext(
        _text(
            "Головная боль после кофе: откуда она берётся",
            "Автор: Нора Квилл",
            "Проверено экспертом: Илья Трентов, врач-терапевт",
            "Фактчекинг: Мина Харт",
            "Обновлено: 4 марта 2026",
            *_PROSE["ru"],
        )
    )
    assert authors(article) == ["Нора Квилл"]
    assert contributors(article) == ["Илья Трентов", "Мина Харт"]


def test_a_chinese_reviewers_title_after_a_space_is_dropped() -> None:
    article = parse_plaintext(
        _text(
            "喝咖啡后头痛：原因何在",
            "作者：王晓",
            "医学审核：李明 主任医师",
            "事实核查：张华",
            "更新时间：2026年3月4日",
            *_PROSE["zh"],
        )
    )
    assert contributors(article) == ["李明", "张华"]


def test_a_job_before_a_capitalised_name_stays_a_name() -> None:
    # "Redakteur Max Müller" is a job, then a name: a second contributor, not a credential
    article = parse_plaintext(
        _text(
            "Kopfschmerzen nach Kaffee: Woher sie kommen",
            "Von Nora Quill",
            "Redaktion: Anna Berg, Redakteur Max Müller",
            "Aktualisiert am 04.03.2026",
            *_PROSE["de"],
        )
    )
    assert "Anna Berg" in contributors(article)
    assert len(contributors(article)) == 2


def test_a_sources_list_at_the_foot_is_not_body() -> None:
    article = parse_plaintext(
        _text(
            "# Headache after coffee: why it happens",
            "Written by Nora Quill",
            "Medically reviewed by Elias Trent, MD",
            "Updated on March 4, 2026",
            *_PROSE["en"],
            "### Sources",
            "  1. Northbury Institute. [Caffeine withdrawal](https://example.org/a). 2024.",
            "  2. Halvorsen, K. Headache diaries. Journal of Applied Neurology. 2023.",
        )
    )
    assert paragraphs(article)[-1].startswith("Cutting down slowly")
    assert "Sources" not in headings(article)
    assert not any("Northbury" in p for p in paragraphs(article))


def test_a_sources_list_in_russian_is_not_body() -> None:
    article = parse_plaintext(
        _text(
            "Головная боль после кофе: откуда она берётся",
            "Автор: Нора Квилл",
            "Обновлено: 4 марта 2026",
            *_PROSE["ru"],
            "Источники",
            "* Журнал прикладной неврологии, 2023",
            "* Рекомендации по питанию, 2025",
        )
    )
    assert paragraphs(article)[-1].startswith("Если снижать дозу")
    assert "Источники" not in headings(article)


def test_a_sources_subhead_over_prose_stays() -> None:
    # no citation under it (no year, no address) and more lines than the story above:
    # an in-body subhead, left alone
    article = parse_plaintext(
        _text(
            "How we check a tip",
            "By Nora Quill",
            "March 4, 2026",
            "Every tip we receive goes through the same steps before we report on it.",
            "Sources",
            "We speak to at least two people with direct knowledge of the events.",
            "We ask the people named for comment and give them time to answer.",
            "We keep notes of every call and share them with an editor.",
        )
    )
    assert "Sources" in headings(article)
    assert paragraphs(article)[-1].startswith("We keep notes")


def test_editor_and_reviewer_lines_under_the_writers_byline_are_contributors() -> None:
    # "Edited by" and "Reviewed by" open a byline too ("Reviewed by A" over a book review,
    # "Edited by A" over a live blog); under "Written by A" they are credits
    article = parse_plaintext(
        _text(
            "Headache after coffee: why it happens",
            "Written by Nora Quill",
            "Edited by Paul Drake",
            "Reviewed by Elias Trent, MD, FACG",
            "Updated on March 4, 2026",
            *_PROSE["en"],
        )
    )
    assert authors(article) == ["Nora Quill"]
    assert contributors(article) == ["Paul Drake", "Elias Trent"]


def test_an_editors_line_alone_under_the_headline_stays_the_byline() -> None:
    article = parse_plaintext(
        _text(
            "Headache after coffee: why it happens",
            "Edited by Paul Drake",
            "March 4, 2026",
            *_PROSE["en"],
        )
    )
    assert authors(article) == ["Paul Drake"]
    assert contributors(article) == []
