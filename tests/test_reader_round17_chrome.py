"""Round 17 (chrome): page furniture of whole-page dumps in it/pt/nl/uk/ar — a meta row
whose date carries its update in brackets ("30.11.2026, 08:00 (оновлено 01.12.2026,
12:20) | Автор: …"), and a classified ad printed right under its slot's label
("Реклама" / "Продаємо … Тел. 067 …"). Every sentence here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_UK = [
    "Збирання врожаю в громаді Ясенове завершилося минулого тижня, коли аграрії "
    "обмолотили останні поля кукурудзи біля ставків.",
    "За даними відділу розвитку громади, середня врожайність соняшнику цього року "
    "становила двадцять центнерів з гектара проти двадцяти восьми торік.",
    "Фермери кажуть, що наступного року скоротять площі під соняшником на користь "
    "ріпаку та гороху, які менше залежать від літніх дощів.",
    "Остаточні дані про валовий збір громада планує оприлюднити до середини грудня, "
    "після звітів усіх господарств.",
]
_IT = [
    "Il consiglio comunale di Roccafonda ha approvato ieri sera il piano per le nuove "
    "piste ciclabili, che prevede otto chilometri di percorsi protetti.",
    "Il progetto collega la stazione con le scuole superiori e con la zona artigianale, "
    "dove lavorano ogni giorno circa mille persone.",
    "La spesa è stimata in due milioni di euro, in gran parte coperti da fondi regionali "
    "già assegnati al Comune.",
    "I lavori del primo lotto dovrebbero partire in primavera, dopo la gara prevista per "
    "febbraio.",
]


def _read(text: str):  # type: ignore[no-untyped-def]
    return parse_plaintext(text)


def _bodies(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [getattr(b, "text", "") for b in article.blocks]


def test_update_in_brackets_inside_a_meta_row_with_a_byline() -> None:
    head = "30.11.2026, 08:00 (оновлено 01.12.2026, 12:20) | Автор: Ганна Ясенчук"
    text = "\n\n".join(["Жнива в Ясеновому: соняшник підвів", head, *_UK]) + "\n"
    article = _read(text)
    assert str(article.published)[:10] == "2026-11-30"
    assert str(article.updated)[:10] == "2026-12-01"
    assert [a.name for a in article.authors] == ["Ганна Ясенчук"]


def test_update_in_brackets_italian_meta_row() -> None:
    head = "03/12/2026 07:15 (aggiornato 04/12/2026 09:30) | di Lucia Ferrandi"
    text = "\n\n".join(["Roccafonda approva il piano delle piste ciclabili", head, *_IT]) + "\n"
    article = _read(text)
    assert str(article.published)[:10] == "2026-12-03"
    assert str(article.updated)[:10] == "2026-12-04"


def _with_ad(ad_block: str) -> str:
    parts = ["Жнива в Ясеновому: соняшник підвів", "Автор: Ганна Ясенчук", *_UK[:2], ad_block]
    return "\n\n".join([*parts, *_UK[2:]]) + "\n"


def test_classified_ad_glued_under_its_label_is_dropped() -> None:
    ad = "Реклама\nПродаємо насіння озимого ячменю. Доставка по громаді. Тел. 067 123 45 67"
    bodies = _bodies(_read(_with_ad(ad)))
    assert not any("Продаємо насіння" in b for b in bodies)
    assert sum(1 for b in bodies if b in _UK) == len(_UK)


def test_paragraph_after_the_ad_label_with_a_blank_line_stays() -> None:
    # the label stands alone; the next paragraph is the story's, even with a number in it
    ad = "Реклама\n\nДовідки фермери можуть отримати за телефоном 067 123 45 67 щодня."
    bodies = _bodies(_read(_with_ad(ad)))
    assert any(b.startswith("Довідки фермери") for b in bodies)


def test_glued_line_without_a_contact_under_the_label_stays() -> None:
    ad = "Реклама\nФермери також обговорили ціни на пальне на зборах у клубі."
    bodies = _bodies(_read(_with_ad(ad)))
    assert any(b.startswith("Фермери також обговорили") for b in bodies)


_PT = [
    "A Câmara Municipal de Pedra Alta aprovou nesta terça-feira o novo plano de ciclovias, "
    "que prevê oito quilômetros de vias protegidas até 2028.",
    "O projeto liga a rodoviária às escolas estaduais e ao distrito industrial, onde "
    "trabalham cerca de mil pessoas.",
    "O custo total é estimado em dois milhões de reais, cobertos em grande parte por "
    "recursos estaduais já garantidos.",
]
_NL = [
    "De gemeenteraad van Lindewijk heeft gisteravond ingestemd met het nieuwe fietsplan, "
    "dat acht kilometer vrijliggende fietspaden oplevert.",
    "Het plan verbindt het station met de middelbare scholen en met het bedrijventerrein, "
    "waar dagelijks zo'n duizend mensen werken.",
    "De kosten worden geraamd op twee miljoen euro, grotendeels betaald uit provinciale "
    "subsidies die al zijn toegekend.",
]
_AR = [
    "أقر المجلس البلدي لمدينة الرمانة مساء أمس خطة جديدة لمسارات الدراجات تتضمن ثمانية "
    "كيلومترات من المسارات المحمية.",
    "ويربط المشروع محطة الحافلات بالمدارس الثانوية وبالمنطقة الصناعية التي يعمل فيها "
    "يوميا نحو ألف شخص.",
    "وتقدر الكلفة الإجمالية بمليوني دينار، تغطي المنح الجهوية الجزء الأكبر منها.",
]
_HEADS = {
    "pt": ("Câmara de Pedra Alta aprova plano de ciclovias", "Por Rita Baldaia", _PT),
    "nl": ("Lindewijk stemt in met nieuw fietsplan", "Door Anouk Verbeek", _NL),
    "ar": ("المجلس البلدي يقر خطة لمسارات الدراجات", "بقلم: سلمى الدباغ", _AR),
    "it": ("Roccafonda approva il piano delle piste ciclabili", "di Lucia Ferrandi", _IT),
    "uk": ("Жнива в Ясеновому: соняшник підвів", "Автор: Ганна Ясенчук", _UK),
}


def _kept(lang: str, furniture: str) -> bool:
    """Whether ``furniture``, set between the article's first two paragraphs, is read
    into the body."""
    title, byline, paras = _HEADS[lang]
    text = "\n\n".join([title, byline, paras[0], furniture, *paras[1:]]) + "\n"
    article = _read(text)
    bodies = _bodies(article)
    assert all(any(p in b for b in bodies) for p in paras)
    return any(furniture in b for b in bodies)


def test_follow_prompt_naming_google_news_by_its_local_name() -> None:
    assert not _kept("pt", "Siga o Diário de Pedra Alta no Google Notícias")
    assert not _kept("nl", "Volg het Lindewijks Dagblad op Google Nieuws")
    assert not _kept("ar", "تابعوا صحيفة الرمانة على أخبار جوجل")


def test_error_report_prompts() -> None:
    assert not _kept("pt", "Encontrou algum erro? Avise a redação")
    assert not _kept("nl", "Zag je een fout? Laat het de redactie weten")
    assert not _kept("ar", "هل وجدت خطأ؟ أبلغنا")


def test_receive_the_news_on_a_messenger_prompts() -> None:
    assert not _kept("nl", "Ontvang het nieuws uit Lindewijk via WhatsApp: volg ons kanaal")
    assert not _kept("uk", "Отримуйте новини Ясенового у Viber: приєднуйтеся до спільноти")


def test_paid_content_label_in_arabic() -> None:
    assert not _kept("ar", "محتوى مدفوع")


def test_prompt_behind_a_short_lead_question() -> None:
    # the question only asks; what follows it is a sign-up, donate, account or follow prompt
    assert not _kept("it", "Hai già un account? Accedi")
    assert not _kept("it", "Ti è piaciuto questo articolo? Sostienici")
    assert not _kept("pt", "Gostou desta matéria? Apoie o nosso trabalho")
    assert not _kept("nl", "Op de hoogte blijven? Volg ons Telegram-kanaal")
    assert not _kept("uk", "Хочете бути в курсі? Підписуйтеся на наш Telegram-канал")
    assert not _kept("ar", "هل أعجبك هذا المقال؟ ادعمنا")


def test_question_answered_by_a_sentence_stays() -> None:
    # a FAQ's question and its answer: the answer ends its sentence, it is no button
    assert _kept("it", "Chi può iscriversi? Accedi al portale della Regione e compila il modulo.")


def test_ad_label_with_its_continue_note() -> None:
    assert not _kept("it", "Pubblicità - Continua a leggere sotto")
    assert not _kept("uk", "Реклама. Читайте далі нижче")


def test_editors_picks_and_social_login_lines() -> None:
    assert not _kept("it", "La redazione consiglia")
    assert not _kept("uk", "Редакція рекомендує")
    assert not _kept("pt", "Reprodução proibida")


def test_app_store_prompt() -> None:
    assert not _kept("it", "Scarica l'app gratuita per iOS e Android")
    assert not _kept("nl", "Download de app voor iOS en Android")
    assert not _kept("ar", "حمّل تطبيقنا على iOS وأندرويد")


def test_app_named_in_a_sentence_stays() -> None:
    # a service article's instruction ends its sentence: body, not a prompt
    assert _kept("it", "Scarica l'app del Comune per iOS e Android e attiva le notifiche.")
