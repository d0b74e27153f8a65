"""Round 19c (tailnav): chrome at the edges of the body — access badges over the first
paragraph ("Free to read", "Открытый материал"), a comment section's header with its count
spelled out ("One thought on “…”", "Один комментарий к «…»"), a blog's previous/next links
on one line ("« Previous: …   Next: … »"), a newsletter's forward prompt ("Did you enjoy
this edition? Forward it to a friend."), and a tips box standing over the story's closing
update line ("Tips for passengers" / "Update 16:00 – …"). Every sentence is invented."""

from __future__ import annotations

from syndicate.model import Article, Heading, ListBlock, Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.widgets import dated_update

_EN_HEAD = (
    "Harbour ferry returns after a winter of repairs\n\n"
    "March 3, 2026 · By Colin Marsh\n\n"
)
_EN_STORY = (
    "The little ferry that links Eastpoint with the island pier is back in service after "
    "four months in the boatyard, its owners said on Tuesday.\n\n"
    "The crossing takes nine minutes and runs every half hour from seven in the morning "
    "until the last boat at half past eight in the evening.\n\n"
    '"We replaced the engine, the wheelhouse windows and most of the deck," said skipper '
    "Ann Dobbs, who has run the service since 2011.\n\n"
)
_EN_UPDATE = "Update 16:00 – The operator says card payment will start next Monday.\n\n"
_RU_HEAD = "В Заречье открыли новый каток\n\n19 ноября 2026 · Анна Лыкова\n\n"
_RU_STORY = (
    "В субботу в сквере у Дома культуры открылся бесплатный каток с прокатом коньков. "
    "Заливать лёд начали ещё в понедельник, когда ударили первые морозы.\n\n"
    "Каток будет работать ежедневно с десяти утра до девяти вечера, а по понедельникам "
    "лёд будут заливать заново.\n\n"
    "«Мы давно просили сделать каток поближе к школам», — говорит жительница соседнего "
    "дома Ольга Рябова.\n\n"
)
_RU_UPDATE = "Обновление 16:00 — администрация сообщила, что прокат коньков работает до 20:00.\n"


def _texts(article: Article) -> list[str]:
    out: list[str] = []
    for b in article.blocks:
        if isinstance(b, (Paragraph, Heading)):
            out.append(b.text)
        elif isinstance(b, ListBlock):
            out.extend(b.items)
    return out


def _paragraphs(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def test_access_badge_over_first_paragraph_is_chrome() -> None:
    en = parse_plaintext(_EN_HEAD + "Views: 5904\n\nFree to read\n\n" + _EN_STORY)
    assert _paragraphs(en)[0].startswith("The little ferry")
    ru = parse_plaintext(_RU_HEAD + "Просмотров: 312\n\nОткрытый материал\n\n" + _RU_STORY)
    assert _paragraphs(ru)[0].startswith("В субботу в сквере")
    es = chrome_cues("es")
    assert es.kind("Artículo abierto") == "counter"
    assert chrome_cues("fr").kind("Contenu gratuit") == "counter"


def test_spelled_out_comment_count_is_a_comment_header() -> None:
    assert chrome_cues("en").kind('One thought on "Harbour ferry returns after repairs"')
    header = "### Один комментарий к «В Заречье открыли новый каток»"
    assert chrome_cues("ru").comment_header(header)
    assert not chrome_cues("en").comment_header('One thought on "Ferry"')  # no title of 4 words


def test_comment_section_under_its_header_leaves_the_body() -> None:
    en = parse_plaintext(
        _EN_HEAD
        + _EN_STORY
        + 'One thought on "Harbour ferry returns after a winter of repairs"\n\n'
        + "Jo Pierce\nMarch 3, 2026 at 6:12 pm\nGreat news for the island school run.\n"
    )
    assert _paragraphs(en)[-1].startswith('"We replaced the engine')
    assert not any("school run" in t or t == "Jo Pierce" for t in _texts(en))
    ru = parse_plaintext(
        _RU_HEAD
        + _RU_STORY
        + "Один комментарий к «В Заречье открыли новый каток»\n\n"
        + "Игорь\n19.11.2026 в 18:20\nОтличная новость!\n"
    )
    assert _paragraphs(ru)[-1].startswith("«Мы давно просили")
    assert not any("Отличная" in t for t in _texts(ru))


def test_a_story_sentence_opening_with_one_is_no_comment_header() -> None:
    # A real page's survey story: "One survey respondent identified “…”" closes no post.
    en = chrome_cues("en")
    sentence = 'One survey respondent named "too many tools to keep track of every day"'
    assert not en.comment_header(sentence)
    article = parse_plaintext(
        _EN_HEAD + _EN_STORY + sentence + "\n\n"
        "Another rider said the timetable was the best the island had had in years.\n"
    )
    assert any("best the island" in t for t in _texts(article))


def test_a_numbered_reference_line_does_not_cut_what_follows() -> None:
    # "10. ^ “Title”": an encyclopaedia's reference list reads like a count; the lines
    # under it are not a comment section.
    article = parse_plaintext(
        _EN_HEAD
        + _EN_STORY
        + '10. ^ "How the island ferry was rebuilt over one long winter"\n\n'
        + "The new timetable is printed at the pier and at the island shop, the operator "
        "said, and copies will go to every household on the island next week.\n"
    )
    assert any("copies will go" in t for t in _texts(article))


def test_previous_and_next_on_one_line_are_chrome() -> None:
    es = chrome_cues("es")
    line = "« Anterior: Limpieza del refugio de Peñaplata   Siguiente: Calendario de salidas »"
    assert es.kind(line) == "counter"
    en = chrome_cues("en")
    assert en.kind("« Previous: Lifeboat crew named volunteers   Next: Spring tide warning »")
    assert en.kind("Next: the council meets again on Tuesday to vote on the plan.") is None
    article = parse_plaintext(
        _EN_HEAD
        + _EN_STORY
        + "« Previous: Lifeboat crew named volunteers of the year.   Next: Spring tide "
        "warning for the seafront. »\n"
    )
    assert not any("Lifeboat" in t for t in _texts(article))


def test_newsletter_forward_prompt_is_chrome() -> None:
    assert chrome_cues("en").kind("Did you enjoy this edition? Forward it to a friend.")
    assert chrome_cues("es").kind("¿Te gustó esta edición? Reenvíala a un amigo.")
    assert chrome_cues("ru").kind("Понравился выпуск? Перешлите его другу.")


def test_dated_update_line() -> None:
    en, de, it = chrome_cues("en"), chrome_cues("de"), chrome_cues("it")
    assert dated_update(_EN_UPDATE.strip(), en)
    assert dated_update("Aktualisierung 16 Uhr: Die Stadt teilt mit, dass der Weg öffnet.", de)
    assert dated_update("Aggiornamento ore 16:00 – Il Comune comunica la riapertura.", it)
    assert dated_update("Update, 4 p.m.: The ferry operator says cards will work on Monday.", en)
    fr = chrome_cues("fr")
    assert dated_update("Mise à jour 16h30 : la mairie annonce la réouverture du pont.", fr)
    assert dated_update("**Update 16:00** – The operator says card payment starts.", en)
    assert not dated_update("Update: the council will meet again on Tuesday.", en)
    assert not dated_update("Updated 12.03.2026 – the council will meet again.", en)


def test_tips_box_over_the_closing_update_line_leaves_the_body() -> None:
    en = parse_plaintext(
        _EN_HEAD
        + _EN_STORY
        + "Tips for passengers\n\nBring exact change: the ferry takes no cards yet.\n\n"
        + _EN_UPDATE
    )
    paras = _paragraphs(en)
    assert paras[-1].startswith("Update 16:00")
    assert not any("exact change" in t or t == "Tips for passengers" for t in _texts(en))
    ru = parse_plaintext(
        _RU_HEAD
        + _RU_STORY
        + "### Советы для родителей\n\n"
        + "  * Не отпускайте детей на лёд без шлема.\n"
        + "  * Берите с собой тёплые варежки.\n\n"
        + _RU_UPDATE
    )
    assert _paragraphs(ru)[-1].startswith("Обновление 16:00")
    assert not any("шлема" in t or "Советы" in t for t in _texts(ru))


def test_good_to_know_box_over_the_update_line_leaves_the_body() -> None:
    en = parse_plaintext(
        _EN_HEAD
        + _EN_STORY
        + "Good to know\n\nThe ferry takes bicycles free of charge on weekdays.\n\n"
        + _EN_UPDATE
    )
    assert _paragraphs(en)[-1].startswith("Update 16:00")
    assert not any("bicycles" in t for t in _texts(en))


def test_a_long_section_under_a_tips_title_stays() -> None:
    long = (
        "Passengers who travel with prams, wheelchairs or bicycles should arrive a few "
        "minutes early, because the crew loads them first and the ramp is narrow, and on "
        "busy Saturday mornings the skipper may ask cyclists to wait for the next crossing "
        "so that families with small children can board without a rush.\n\n"
    )
    article = parse_plaintext(_EN_HEAD + _EN_STORY + "Tips for passengers\n\n" + long)
    assert any(t.startswith("Passengers who travel") for t in _texts(article))


def test_a_bare_tips_title_or_a_box_without_update_line_stays() -> None:
    tips = "Consigli\n\nPortate almeno un litro d'acqua a testa: dopo il rifugio niente fonti.\n\n"
    head = "Il sentiero delle faggete\n\n12 maggio 2026 · di Lucia Rame\n\n"
    story = (
        "Il sentiero parte dal parcheggio del rifugio e sale per due ore nel bosco di "
        "faggi, fino al belvedere sopra la valle.\n\n"
        "Il punto più alto è il belvedere, a quota 1.870 metri. Con il cielo limpido si "
        "vede tutta la valle fino al lago.\n\n"
    )
    update = "Aggiornamento ore 16:00 – Il rifugio comunica che il sentiero è di nuovo aperto.\n"
    bare = parse_plaintext(head + story + tips + update)
    assert any("litro" in t for t in _texts(bare))
    boxed = "Consigli per i camminatori\n\nPortate almeno un litro d'acqua a testa.\n\n"
    without = parse_plaintext(head + story + boxed)
    assert any("litro" in t for t in _texts(without))
    closing = parse_plaintext(head + story + boxed + update)
    assert not any("litro" in t for t in _texts(closing))
    assert _paragraphs(closing)[-1].startswith("Aggiornamento ore 16:00")
