"""Round 14 (world): line shapes of Russian, Ukrainian, Arabic and Chinese pages the reader
had not seen — a podcast's chapter list, a credit wrapped by w3m, production credits with
the job before each name, a player's label with its running time, an interview's editing
note, a press office signing under the headline, a release's end mark over its "About"
section, feedback widgets, and caption labels. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import Line

_UK_PROSE = (
    "У селі Вербівка волонтери третій рік відновлюють старий водяний млин на річці Соб. "
    "Колесо вже крутиться, а цієї осені вперше змололи зерно.\n\n"
    "Гроші на ремонт зібрали на ярмарках і через місцевий благодійний фонд, а креслення "
    "знайшли в обласному архіві.\n\n"
    "Наступного року громада хоче відкрити біля млина невеликий музей для школярів.\n"
)

_RU_PROSE = (
    "В Заречном районе открыли новый пункт приема вторсырья. Жители могут сдать там "
    "пластик, стекло и макулатуру без предварительной записи.\n\n"
    "Пункт работает ежедневно с девяти утра до восьми вечера, а по выходным принимает "
    "также старую технику и батарейки.\n\n"
    "Администрация района обещает открыть еще два таких пункта до конца следующего года.\n"
)

_AR_PROSE = (
    "أعلنت شركة النخيل للطيران إطلاق رحلات يومية جديدة بين المدينة والعاصمة اعتباراً من "
    "الشهر المقبل، بطائرات حديثة تتسع لمئة وثمانين راكباً.\n\n"
    "وقال مدير العمليات في الشركة إن الطلب على هذا الخط ارتفع كثيراً خلال العام الماضي، "
    "وإن الرحلات الجديدة ستخدم المسافرين ورجال الأعمال على حد سواء.\n\n"
    "ويمكن حجز التذاكر عبر الموقع الإلكتروني للشركة وتطبيقها ومكاتب السفر المعتمدة.\n"
)


# -- chapter lists -----------------------------------------------------------------------


def test_a_podcast_chapter_list_from_zero_is_body_not_a_ticker() -> None:
    text = (
        "Випуск 12. Млин, що повернувся\n\n"
        "Оксана Гаврилюк\n12 листопада 2026\n\n" + _UK_PROSE + "\n"
        "У цьому випуску\n\n"
        "00:00 Вступ\n"
        "03:40 Як знайшли креслення\n"
        "11:15 Перше борошно\n"
        "19:30 Що далі\n\n"
        "Історик розповідає, що таких млинів на річці колись було понад двадцять, "
        "і кожен мав свого мірошника.\n"
    )
    article = parse_plaintext(text)
    assert "00:00 Вступ" in _paragraphs(article)
    assert "19:30 Що далі" in _paragraphs(article)
    assert "У цьому випуску" in _headings(article)


def test_a_feed_whose_clock_falls_stays_a_ticker() -> None:
    text = (
        "Випуск 12. Млин, що повернувся\n\n"
        "Оксана Гаврилюк\n12 листопада 2026\n\n" + _UK_PROSE + "\n"
        "Останні новини\n\n"
        "18:40 У Вінниці відкрили новий міст\n"
        "17:15 Синоптики попередили про туман\n"
        "16:05 На трасі М-30 ремонтують дорогу\n"
    )
    article = parse_plaintext(text)
    assert not any(p.startswith("18:40") for p in _paragraphs(article))


# -- captions ----------------------------------------------------------------------------


def test_a_credit_name_wrapped_to_the_next_line_ends_the_credit() -> None:
    text = (
        "Как проверить квартиру перед покупкой\n\n"
        "Текст: Ольга Сеницына | 1 декабря 2026\n\n"
        "[image]\n"
        "Перед осмотром стоит заранее составить список вопросов к продавцу. Фото: Игорь\n"
        "Белан / «Квадратный метр»\n\n" + _RU_PROSE
    )
    article = parse_plaintext(text)
    assert _figures(article) == [
        (
            "Перед осмотром стоит заранее составить список вопросов к продавцу.",
            "Игорь Белан / «Квадратный метр»",
        )
    ]
    assert "Белан / «Квадратный метр»" not in _headings(article)


def test_a_photo_label_before_a_caption_sentence_is_dropped() -> None:
    text = (
        "شركة النخيل تطلق خطاً جديداً\n\n"
        "1 ديسمبر 2026\n\n"
        "الصورة: طائرة تابعة للشركة في مطار المدينة قبل رحلتها الأولى.\n"
        "المصدر: شركة النخيل\n\n" + _AR_PROSE
    )
    article = parse_plaintext(text)
    assert _figures(article) == [
        ("طائرة تابعة للشركة في مطار المدينة قبل رحلتها الأولى.", "شركة النخيل")
    ]


def test_a_chinese_caption_label_is_dropped() -> None:
    text = (
        "河湾区新建三座口袋公园\n\n"
        "2026-11-28 16:20　来源：河湾新闻网\n\n"
        "今年以来，河湾区利用老旧小区周边的边角地新建三座口袋公园，预计年底前全部开放。\n\n"
        "图说：建设中的滨河口袋公园。（记者 刘晨 摄）\n\n"
        "公园内设置了儿童游乐区、健身步道和休憩座椅，并种植了二十多种本地树木。\n\n"
        "居民王女士说，现在每天傍晚都能带孩子来散步。\n"
    )
    article = parse_plaintext(text)
    assert _figures(article) == [("建设中的滨河口袋公园。", "记者 刘晨")]


# -- credits and notes -------------------------------------------------------------------


def test_production_credits_drop_the_job_before_each_name() -> None:
    text = (
        "Випуск 12. Млин, що повернувся\n\n"
        "Оксана Гаврилюк\n12 листопада 2026\n\n" + _UK_PROSE + "\n"
        "Над випуском працювали: ведуча Оксана Гаврилюк, звукорежисер Павло Дячук.\n"
    )
    article = parse_plaintext(text)
    assert [c.name for c in article.contributors] == ["Оксана Гаврилюк", "Павло Дячук"]


def test_labelled_credit_parts_set_apart_by_full_stops() -> None:
    text = (
        "Випуск 12. Млин, що повернувся\n\n"
        "Оксана Гаврилюк\n12 листопада 2026\n\n" + _UK_PROSE + "\n"
        "Оператор: Назар Климчук. Монтаж: Ірина Мельник.\n"
    )
    article = parse_plaintext(text)
    assert [c.name for c in article.contributors] == ["Назар Климчук", "Ірина Мельник"]
    assert article.credit_line == "Оператор: Назар Климчук. Монтаж: Ірина Мельник."


def test_an_office_in_lower_case_keeps_its_whole_name() -> None:
    cues = chrome_cues("ru")
    found = cues.contributors("Источник: департамент здравоохранения Вологодской области")
    assert found == ["департамент здравоохранения Вологодской области"]


def test_a_player_label_with_its_running_time_is_no_paragraph() -> None:
    assert chrome_cues("uk").kind("Відеоверсія розмови · 24 хв") == "counter"
    # a byline with its reading time names someone
    assert chrome_cues("uk").kind("Оксана Гаврилюк · 4 хв") != "counter"


def test_an_interview_editing_note_is_about_the_article() -> None:
    assert chrome_cues("uk").names_article("Розмову скорочено та відредаговано для ясності.")
    assert chrome_cues("ru").names_article("Интервью сокращено и отредактировано.")


# -- press releases ----------------------------------------------------------------------


def test_a_press_office_under_the_headline_signs_the_release() -> None:
    text = (
        "شركة النخيل تطلق خطاً جديداً\n\n"
        "المكتب الإعلامي – شركة النخيل للطيران\n"
        "الأحد 29 نوفمبر 2026\n\n" + _AR_PROSE
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["المكتب الإعلامي"]


def test_an_about_section_under_the_end_mark_stays_the_release() -> None:
    text = (
        "شركة النخيل تطلق خطاً جديداً\n\n"
        "الأحد 29 نوفمبر 2026\n\n" + _AR_PROSE + "\n"
        "-انتهى-\n\n"
        "نبذة عن شركة النخيل للطيران\n\n"
        "شركة النخيل للطيران ناقل وطني تأسس عام 2011، ويشغل أسطولاً من 14 طائرة إلى 20 وجهة.\n\n"
        "مشاركة: فيسبوك | إكس | واتساب\n"
    )
    article = parse_plaintext(text)
    assert "نبذة عن شركة النخيل للطيران" in _headings(article)
    assert _paragraphs(article)[-1].startswith("شركة النخيل للطيران ناقل وطني")
    assert "-انتهى-" not in _paragraphs(article)


# -- feedback widgets --------------------------------------------------------------------


def test_a_one_line_feedback_widget_is_the_pages_prompt() -> None:
    assert chrome_cues("uk").kind("Чи була ця інформація корисною? Так Ні") == "comments"
    assert chrome_cues("ar").kind("هل وجدت هذه الصفحة مفيدة؟ نعم لا") == "comments"


def test_a_feedback_question_over_its_buttons_is_the_pages_prompt() -> None:
    lines = [
        Line(1, "Администрация района обещает открыть еще два таких пункта.", True),
        Line(3, "Была ли статья полезной?", True),
        Line(4, "[Да] [Нет]", False),
    ]
    feats = line_features(lines, chrome=chrome_cues("ru"))
    assert [f.cue for f in feats] == [None, "comments", "comments"]


def test_an_interview_question_with_its_answer_stays() -> None:
    cues = chrome_cues("ru")
    assert not cues.feedback_widget("Почему ремонт занял три года? Здание старое.")
    assert not cues.feedback_answers_row("Да, конечно")


# -- video pages -------------------------------------------------------------------------


def test_a_loading_player_is_a_notice_not_the_headline() -> None:
    text = (
        "قناة النخيل\n\n"
        "[جارٍ تحميل الفيديو…]\n\n"
        "شركة النخيل تطلق خطاً جديداً\n\n"
        "3 ديسمبر 2026\n\n" + _AR_PROSE
    )
    assert parse_plaintext(text).title == "شركة النخيل تطلق خطاً جديداً"
    assert chrome_cues("ru").kind("[Видео загружается…]") == "script-notice"
    assert chrome_cues("uk").kind("[Відео завантажується…]") == "script-notice"


def test_a_channel_name_in_quotes_over_the_player_is_no_headline() -> None:
    text = (
        "Городской телеканал «Заречье»\n\n"
        "[Видео загружается…]\n\n"
        "Пункт приема вторсырья открыли в Заречном районе\n\n"
        "3 декабря 2026\n\n" + _RU_PROSE
    )
    assert parse_plaintext(text).title == "Пункт приема вторсырья открыли в Заречном районе"


# -- signatures and disclosures ----------------------------------------------------------


def test_an_editorial_signed_by_the_newsroom_has_it_as_author() -> None:
    text = (
        "Городу нужен честный разговор о транспорте\n\n"
        "3 декабря 2026\n\n" + _RU_PROSE + "\n"
        "Редакция газеты «Заречье»\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Редакция газеты «Заречье»"]
    assert _paragraphs(article)[-1].startswith("Администрация района")


def test_a_newsroom_sentence_under_the_story_stays_prose() -> None:
    text = (
        "Городу нужен честный разговор о транспорте\n\n"
        "3 декабря 2026\n\n" + _RU_PROSE + "\n"
        "Редакция благодарит читателей.\n"
    )
    article = parse_plaintext(text)
    assert not any(a.name.startswith("Редакция") for a in article.authors)


def test_a_trip_disclosure_is_no_paragraph() -> None:
    assert chrome_cues("uk").kind(
        "Поїздку організовано на запрошення туристичного офісу Вінницької області."
    ) == "disclosure"
    assert chrome_cues("ar").kind("تمت هذه الرحلة بدعوة من شركة النخيل للطيران.") == "disclosure"
