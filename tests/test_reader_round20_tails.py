"""Round 20 (tails): the foot of the article — the practical information under a review
(venue, dates, prices, release: "Weitere Vorstellungen: …", "… is in cinemas from 12 June.",
"…, 12, rue …. Ouvert du mardi au samedi. Réservation conseillée."), a newsletter's
delivery footer ("Vous recevez cette lettre parce que …") and subscribe prompt, a blog's
comment header that names the post without quotes ("Один комментарий к записи …"), an
issue's previous/next labels ("Предыдущий выпуск: …") and the WordPress "Опубликовано …
автором …" byline. Every sentence is invented."""

from __future__ import annotations

from syndicate.model import Article, Paragraph
from syndicate.readers.language.cues import cues
from syndicate.readers.plaintext import parse_plaintext

_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "zh")

_DE = [
    "Das Licht ist kalt, die Wände sind gekachelt, und von der Decke hängen Haken. Die "
    "Regisseurin verlegt das Stück in die Kühlhalle eines Schlachtbetriebs.",
    "Der Hauptdarsteller spielt einen Mann, dem der Boden unter den Füßen wegbricht, ohne "
    "dass er es merkt, und das Ensemble trägt ihn durch den Abend.",
    "Am Ende gab es langen Applaus, auch für das Ensemble, das in wechselnden Rollen die "
    "Arbeiter und Ärzte gibt.",
]
_EN = [
    "There is a scene about halfway through the film in which nothing happens for almost "
    "three minutes, and it is the most tense thing in a cinema this year.",
    "The debut feature from the director is a thriller in the loosest sense, set in a small "
    "estuary port where everyone knows everyone's boat.",
    "It is not quite a great film, but it is the work of a director who knows exactly what "
    "she is doing.",
]
_FR = [
    "Le décor n'a presque pas bougé : banquettes de moleskine, photos jaunies des fêtes de "
    "quartier, un vieux moulin à café posé sur le bar.",
    "La quenelle de brochet, servie dans une sauce nappante mais pas lourde, a enfin la "
    "texture qu'on attend, légère et presque crémeuse à cœur.",
    "Une maison qui ne cherche pas l'épate, et c'est précisément ce qui la rend attachante.",
]
_RU = [
    "Водонапорную башню на Заводской горке видно почти из любой точки старого города. Её "
    "построили в 1912 году для механического завода.",
    "Последние сорок лет башня стоит пустой. Бак сняли ещё в советское время, перекрытия "
    "местами обрушились.",
    "Итоги конкурса обещают подвести в феврале. Я напишу, когда станет известно, какой "
    "проект выбран.",
]


def _page(*blocks: str) -> str:
    """A dump that sets every block apart with a blank line."""
    return "\n\n".join(blocks) + "\n"


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


# Practical information under a review


def test_german_further_performances_line_under_a_review_is_no_paragraph() -> None:
    info = (
        "Weitere Vorstellungen: 5., 12. und 19. Dezember, jeweils 19.30 Uhr. Karten unter "
        "Tel. 0228 778008."
    )
    text = _page(
        "Ein Stück im Schlachthof: Bonner Schauspiel wagt die radikale Lesart",
        "Von Felix Oberhauser",
        *_DE,
        "**Woyzeck, Schauspiel Bonn, Kammerspiele**",
        info,
        "© 2026 Rheinzeitung Kultur",
    )
    texts = _texts(parse_plaintext(text))
    assert info not in texts
    assert texts[-1].startswith("Am Ende gab es langen Applaus")


def test_english_release_line_under_a_film_review_is_no_paragraph() -> None:
    info = "Tidewater is in UK and Irish cinemas from 12 June."
    text = _page("Tidewater review – a slow, salt-stung thriller", "By Lorcan Whitely", *_EN, info)
    texts = _texts(parse_plaintext(text))
    assert info not in texts
    assert texts[-1].startswith("It is not quite a great film")


def test_french_telegraphic_venue_listing_under_its_box_title_goes_with_the_title() -> None:
    info = (
        "« Les Marées intérieures », musée des Beaux-Arts de Castelvieil, 3, place du "
        "Présidial. Jusqu'au 1er mars 2027, du mardi au dimanche, de 10 h à 18 h. Entrée "
        "8 €, tarif réduit 5 €."
    )
    text = _page(
        "Au Comptoir des Canuts, le bouchon retrouve sa fraîcheur",
        "Par Bastien Lavergne",
        *_FR,
        "Infos pratiques",
        info,
        "Visites commentées le samedi à 15 h, sur réservation au 05 65 41 20 18.",
    )
    texts = _texts(parse_plaintext(text))
    assert texts[-1].startswith("Une maison qui ne cherche pas")
    assert "Infos pratiques" not in texts


def test_practical_phrase_in_a_long_sentence_of_prose_stays() -> None:
    # Over twenty words and no listing: the story's own last paragraph
    last = (
        "The festival, which drew more than 4,000 visitors last summer, returns in July, and "
        "organisers say tickets: a limited batch at lower prices will be held back for "
        "residents of the valley who apply before the end of May."
    )
    texts = _texts(parse_plaintext(_page("A valley festival returns", "By Ann Lee", *_EN, last)))
    assert texts[-1] == last


def test_short_practical_phrase_without_a_figure_stays() -> None:
    last = "Booking essential, as the chef says, because the room holds only a few tables."
    text = _page("A small room with a big kitchen", "By Ann Lee", *_EN, last)
    texts = _texts(parse_plaintext(text))
    assert texts[-1] == last


def test_every_language_lists_practical_information_phrases() -> None:
    for lang in _LANGS:
        assert cues(lang).practical_info, lang


# Newsletter delivery footers and subscribe prompts


def test_french_newsletter_delivery_footer_is_no_paragraph() -> None:
    footer = "Vous recevez cette lettre parce que vous êtes adhérent du Rucher-école de l'Orbière."
    text = _page("Bilan de sortie d'hiver au rucher", "Par Hélène Marchetti", *_FR, footer)
    texts = _texts(parse_plaintext(text))
    assert footer not in texts
    assert texts[-1].startswith("Une maison qui ne cherche pas")


def test_english_delivery_footer_and_chinese_subscribe_prompt_are_no_paragraphs() -> None:
    footer = "You are receiving this email because you signed up at the Harbour Gazette."
    texts = _texts(parse_plaintext(_page("A quiet film", "By Ann Lee", *_EN, footer)))
    assert footer not in texts
    prompt = "想第一时间获取社区新闻？欢迎订阅我们的电子周报。"
    zh = [
        "本报讯 华人商会春季招聘会17日在市中心社区活动中心举行，三十余家企业参加。",
        "从岗位分布看，餐饮、仓储物流和零售企业提供的职位最多，约占总数的六成。",
        "商会表示，秋季还将举办一场专门面向毕业生的招聘活动，具体时间将另行通知。",
    ]
    texts = _texts(parse_plaintext(_page("华人商会举办春季招聘会", *zh, prompt)))
    assert prompt not in texts


_DELIVERY = {
    "en": "you are receiving this email because",
    "de": "sie erhalten diesen newsletter, weil",
    "fr": "vous recevez cette lettre parce que",
    "es": "recibes este correo porque",
    "it": "ricevi questa email perché",
    "pt": "está a receber este email porque",
    "nl": "u ontvangt deze nieuwsbrief omdat",
    "pl": "otrzymujesz tę wiadomość, ponieważ",
    "ru": "вы получили это письмо, потому что",
    "uk": "ви отримали цей лист, тому що",
    "ar": "تلقيت هذه الرسالة لأنك",
    "zh": "您收到这封邮件是因为",
}


def test_every_language_lists_a_delivery_footer_phrase() -> None:
    for lang in _LANGS:
        assert _DELIVERY[lang] in cues(lang).newsletter_words, lang


# Blog furniture: comment headers without quotes, previous/next labels, the byline


def test_russian_comment_header_without_quotes_cuts_the_comments() -> None:
    title = "Водонапорная башня на Заводской горке: что будет с ней дальше"
    text = _page(
        title,
        *_RU,
        f"Один комментарий к записи {title}",
        "Ольга Ведерникова\n19.11.2026 в 08:42\n"
        "Спасибо за заметку! Мой дед работал на этом заводе.",
    )
    texts = _texts(parse_plaintext(text))
    assert texts[-1].startswith("Итоги конкурса")
    assert not any("комментарий" in t for t in texts)


def test_english_count_naming_the_post_without_quotes_cuts_the_comments() -> None:
    title = "Spring at the allotments on Mill Lane"
    text = _page(
        title,
        *_EN,
        f"2 thoughts on {title}",
        "Margaret Hale\nMarch 3, 2026 at 8:12 am\n"
        "Lovely to see the old plots in use again, well done all.",
    )
    texts = _texts(parse_plaintext(text))
    assert texts[-1].startswith("It is not quite a great film")


def test_count_line_naming_no_line_of_the_page_stays() -> None:
    last = "3 reasons for the delay remain unexplained by the council's transport office"
    texts = _texts(parse_plaintext(_page("Bus lane delayed again", *_EN, last)))
    assert last in texts


def test_russian_previous_and_next_issue_lines_without_arrows_are_no_paragraphs() -> None:
    text = _page(
        "Водонапорная башня на Заводской горке",
        *_RU,
        "Предыдущий выпуск: Как менялась улица Литейная за сто лет",
        "Следующий выпуск: Трамвай, которого не было",
    )
    texts = _texts(parse_plaintext(text))
    assert texts[-1].startswith("Итоги конкурса")


def test_russian_wordpress_published_by_line_names_the_author() -> None:
    text = _page(
        "Водонапорная башня на Заводской горке",
        "Опубликовано 18.11.2026 автором Тимур Галеев",
        *_RU,
    )
    article = parse_plaintext(text)
    assert [p.name for p in article.authors] == ["Тимур Галеев"]


# A republishing box with text under it


_LEDGER = [
    "Inspectors visited only 11 of the county's 40 licensed care homes last year, according "
    "to records obtained by the Lowmarsh Ledger under the state records law.",
    "State rules require a visit to each home every 12 months, and families say complaints "
    "about missed medication went unanswered for months.",
    "The licensing office said it had asked lawmakers for four more inspectors.",
]


def test_republish_box_title_ends_the_article_above_the_newsrooms_blurb() -> None:
    text = _page(
        "County inspectors visited few care homes last year",
        "By Ann Lee",
        *_LEDGER,
        "Republish this article",
        "You can republish this article for free under a Creative Commons license.",
        "The Lowmarsh Ledger is a nonprofit newsroom covering the county since 2019.",
        "Our reporting is free to read and free to share, with no paywall.",
    )
    texts = _texts(parse_plaintext(text))
    assert texts[-1].startswith("The licensing office said")
    assert not any("nonprofit newsroom" in t for t in texts)


def test_spanish_bold_republish_box_title_ends_the_article() -> None:
    text = _page(
        "Los pozos secos de Villa Orduña",
        "Por Inés Caravaca",
        "En Villa Orduña, el pozo que abastecía a 400 familias dejó de dar agua en febrero, y "
        "los vecinos compran ahora pipas que cuestan el doble que hace un año.",
        "Según los registros de la comisión estatal, al menos 120 pozos operan en la zona sin "
        "concesión y solo cuatro han sido clausurados desde 2020.",
        "La comisión asegura que cuenta con tres inspectores para toda la región.",
        "**Republica este reportaje**",
        "Puedes republicar este reportaje de forma gratuita bajo una licencia Creative Commons.",
        "Somos un medio independiente y sin fines de lucro que investiga el uso del agua.",
    )
    texts = _texts(parse_plaintext(text))
    assert texts[-1].startswith("La comisión asegura")


def test_republish_button_under_the_byline_cuts_nothing() -> None:
    text = _page(
        "County inspectors visited few care homes last year",
        "By Ann Lee",
        "Republish this article",
        *_LEDGER,
    )
    texts = _texts(parse_plaintext(text))
    assert texts[-1].startswith("The licensing office said")
    assert len([t for t in texts if t in _LEDGER]) == 3


def test_news_sentences_that_open_a_period_keep_their_place() -> None:
    # "läuft ab 2027", "abierto de 1 al 15": a programme's or a deadline's dates in a news
    # story's last sentence, not a venue's listing (no such phrase in the cue lists)
    de = "Das Programm läuft ab 2027 in allen Schulen des Landes."
    texts = _texts(parse_plaintext(_page("Neues Programm für Schulen", "Von Anna Maier", *_DE, de)))
    assert texts[-1] == de
    es = "El plazo de solicitudes estará abierto de 1 al 15 de marzo."
    body = [
        "El ayuntamiento aprobó ayer las nuevas ayudas para reformar fachadas en el casco "
        "antiguo, con un presupuesto de 2 millones de euros.",
        "Las ayudas cubrirán hasta el 40 por ciento de la obra y se darán por orden de llegada.",
    ]
    texts = _texts(parse_plaintext(_page("Ayudas para fachadas", "Por Lucía Marañón", *body, es)))
    assert texts[-1] == es
