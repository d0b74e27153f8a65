"""Round 12 (new shapes in ru, uk, ar, zh): fatwa and advice pages (question/answer labels,
the answerer's byline, a date printed in the Hijri and the Gregorian calendar), interviews
whose questions a Markdown dump set in bold, a column's author card and bio, the note on
an op-ed's writer, archive notes and labelled credits over captions, price lists, a
streaming button and a text-size switch. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.language import cues, match_form
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.dates import parse_date
from syndicate.readers.scraped.noise import widget_rows


def _names(article) -> list[str]:
    return [a.name for a in article.authors]


# -- dates in two calendars, counters with digit groups ---------------------------------


def test_a_date_in_two_calendars_is_its_gregorian_half():
    assert parse_date("3 رجب 1448 هـ، الموافق 12 ديسمبر 2026 م", "ar") == "2026-12-12"
    assert parse_date("1448/07/03هـ - 2026/12/12م", "ar") == "2026-12-12"
    # the Hijri date alone: no Gregorian day is printed, nothing is invented
    assert parse_date("3 رجب 1448 هـ", "ar") is None


def test_a_counter_prints_its_number_with_digit_groups():
    ar = cues("ar").gallery_counters
    assert match_form("عدد المشاهدات: 12,540", ar) is not None
    assert match_form("عدد المشاهدات: 540", ar) is not None
    # two numbers stay two: a gallery's "3 / 7" is not one number
    assert match_form("3 / 7", cues("en").gallery_counters) is not None


# -- question-and-answer pages ----------------------------------------------------------

_FATWA = (
    "Портал муфтията\n\n"
    "Главная  Фетвы  Контакты\n\n"
    "Можно ли совершать намаз в поезде\n\n"
    "Дата: 5 декабря 2026\n"
    "Отвечает: Тимур Галеев\n\n"
    "Вопрос\n\n"
    "Я часто езжу ночными поездами между Казанью и Уфой. Можно ли совершать намаз сидя в "
    "купе, если нельзя выйти на перрон?\n\n"
    "Ответ\n\n"
    "Если встать в вагоне невозможно, намаз совершают сидя, стараясь повернуться к кибле "
    "настолько, насколько позволяет купе.\n\n"
    "Пропущенный из-за стоянки намаз восполняют сразу после прибытия, не откладывая его "
    "на следующий день.\n\n"
    "Поделиться\n"
)


def test_question_and_answer_labels_head_their_halves():
    article = parse_plaintext(_FATWA)
    assert article.title == "Можно ли совершать намаз в поезде"
    assert _headings(article) == ["Вопрос", "Ответ"]
    assert _paragraphs(article)[0].startswith("Я часто езжу ночными поездами")
    assert len(_paragraphs(article)) == 3


def test_the_answerer_signs_a_question_and_answer_page():
    article = parse_plaintext(_FATWA)
    assert _names(article) == ["Тимур Галеев"]
    assert str(article.published)[:10] == "2026-12-05"


# -- an interview's questions in bold ----------------------------------------------------

_BOLD_INTERVIEW = (
    "# Инна Лаптева: «Мы строим паромы для рек, а не для моря»\n\n"
    "Автор: [Павел Орлов](/authors/orlov)\n\n"
    "03.12.2026, 10:00\n\n"
    "Верфь в Городце в этом году спустила на воду три речных парома. Директор верфи "
    "Инна Лаптева рассказала, как устроены ее суда.\n\n"
    "**Чем речной паром отличается от морского?**\n\n"
    "Осадкой. Нам нужно пройти там, где летом глубина меньше метра, поэтому наши корпуса "
    "плоские и широкие.\n\n"
    "**Кто ваши заказчики?**\n\n"
    "В основном районные администрации. Мы строим паромы для переправ, где моста нет и "
    "не будет еще лет двадцать, и обслуживаем их сами.\n\n"
    "Полная версия доступна подписчикам\n"
)


def test_bold_questions_are_an_interviews_paragraphs():
    article = parse_plaintext(_BOLD_INTERVIEW)
    assert _headings(article) == []
    texts = _paragraphs(article)
    assert "Чем речной паром отличается от морского?" in texts
    assert "Кто ваши заказчики?" in texts


def test_a_marked_question_subhead_stays_a_subhead():
    text = _BOLD_INTERVIEW.replace("**Кто ваши заказчики?**", "## Кто ваши заказчики?")
    text = text.replace("**Чем речной паром отличается от морского?**", "## Почему паромы?")
    assert "Кто ваши заказчики?" in _headings(parse_plaintext(text))


# -- a column's author card, a bio under the byline, the note on an op-ed's writer -------

_CARD = (
    "Новинний портал\n"
    "Колонки\n"
    "Марта Гнатюк\n"
    "Директорка громадської організації «Чисті береги», Черкащина\n"
    "4 грудня 2026, 09:30\n"
    "Чому прибирання берегів не закінчується після толоки\n"
    "Щовесни ми збираємо на березі Дніпра по кілька тонн сміття, а до осені воно "
    "з'являється знову. Толока дає гарні фото, але не змінює звичок.\n"
    "Працює інше: урни біля пляжів, штрафи за викид сміття з човнів і домовленість із "
    "перевізником, який вивозить зібране того ж дня.\n"
    "Поділитися\n"
)


def test_the_headline_under_an_author_card():
    article = parse_plaintext(_CARD)
    assert article.title == "Чому прибирання берегів не закінчується після толоки"
    assert _names(article) == ["Марта Гнатюк"]
    assert article.authors[0].bio == (
        "Директорка громадської організації «Чисті береги», Черкащина"
    )
    assert _paragraphs(article)[0].startswith("Щовесни ми збираємо")


def test_a_lower_case_phrase_under_the_byline_is_the_bio():
    text = (
        "Міський тижневик\n\n"
        "Навіщо місту ще один сквер\n\n"
        "Богдан Левчук\n"
        "архітектор, член містобудівної ради\n"
        "01.12.2026 12:00\n\n"
        "Коли в центрі міста з'являється вільна ділянка, її хочуть забудувати всі. Я "
        "вважаю, що принаймні одну таку ділянку варто залишити під сквер.\n\n"
        "Сквер не приносить прибутку, але зберігає вулиці від спеки влітку і дає людям "
        "місце, де можна просто посидіти.\n"
    )
    article = parse_plaintext(text)
    assert _names(article) == ["Богдан Левчук"]
    assert article.authors[0].bio == "архітектор, член містобудівної ради"
    assert len(_paragraphs(article)) == 2


def test_the_note_on_an_op_eds_writer_is_a_bio_not_a_credit():
    text = (
        "观点频道\n"
        "让夜间公交再多开一小时\n"
        "周文博\n"
        "2026年12月03日07:40 | 来源：某某网\n"
        "不少城市的夜班公交在晚上十点后就停运了，加班的年轻人只能打车回家。\n"
        "延长一小时运营，成本并不高，却能让很多人的通勤更从容。\n"
        "（作者为南江师范大学城市研究中心研究员）\n"
        "（责编：李青）\n"
    )
    article = parse_plaintext(text)
    assert _names(article) == ["周文博"]
    assert article.authors[0].bio == "（作者为南江师范大学城市研究中心研究员）"
    assert [c.name for c in article.contributors] == ["李青"]


# -- figures ------------------------------------------------------------------------------


def test_an_archive_note_after_a_dash_makes_a_caption():
    text = (
        "سوق الذهب يتراجع في ختام تعاملات الأسبوع\n"
        "كتب سامح نور\n"
        "الخميس، 3 ديسمبر 2026 04:10 م\n"
        "محل ذهب في القاهرة - أرشيفية\n"
        "تراجعت أسعار الذهب في ختام تعاملات الأسبوع بنحو عشرين جنيها للجرام، وسط هدوء في "
        "حركة البيع والشراء بالأسواق.\n"
        "وقال تجار إن الطلب على المشغولات الذهبية يتراجع عادة في نهاية العام.\n"
    )
    assert _figures(parse_plaintext(text)) == [("محل ذهب في القاهرة - أرشيفية", None)]


def test_a_labelled_credit_over_its_caption_in_a_select_all_copy():
    text = (
        "ارتفاع صادرات التمور بنسبة 12% خلال العام\n"
        "الرياض - نورة القحطاني\n"
        "نُشر في: 02/12/2026 - 11:20\n"
        "تصوير: ماجد الحربي\n"
        "عمال يفرزون التمور في أحد مصانع التعبئة بالقصيم\n"
        "ارتفعت صادرات التمور خلال العام الجاري بنسبة 12% مقارنة بالعام الماضي، لتصل إلى "
        "أكثر من مئة دولة حول العالم وفق بيانات رسمية.\n"
        "وأرجع مختصون الارتفاع إلى تحسن التعبئة وفتح أسواق جديدة في آسيا وأوروبا.\n"
    )
    article = parse_plaintext(text)
    assert _figures(article) == [("عمال يفرزون التمور في أحد مصانع التعبئة بالقصيم", "ماجد الحربي")]
    assert _headings(article) == []


# -- lists, buttons and switches -----------------------------------------------------------


def test_items_of_a_semicolon_list_are_no_widget_buttons():
    items = ["на ринку «Центральний» — 38 грн;", "на ринку «Привокзальний» — 36 грн;"]
    assert widget_rows(items) == set()
    buttons = ["Поділитися новиною у Facebook", "Поділитися новиною у Telegram"]
    assert widget_rows(buttons) == {0, 1}


def test_a_streaming_button_and_a_text_size_switch_are_chrome():
    review = (
        "«Тихий порт»: драма о смотрителе маяка, которой не хватает ветра\n\n"
        "Автор: Анна Рысева\n"
        "2 декабря 2026\n\n"
        "Смотреть на платформе «Прибой»\n\n"
        "Фильм начинается с долгого плана пустого берега, и этот план задает тон всей "
        "картине: медленной, красивой и немного холодной.\n\n"
        "Главный герой почти не говорит, и к середине фильма его молчание начинает "
        "утомлять даже терпеливого зрителя.\n"
    )
    texts = _paragraphs(parse_plaintext(review))
    assert len(texts) == 2 and not any("Прибой" in t for t in texts)
    commentary = (
        "让老街的烟火气留下来\n"
        "赵一鸣\n"
        "2026年12月02日08:00 | 来源：某某网\n"
        "小字号\n"
        "老街改造，最怕的是改得千篇一律，商铺换了一茬又一茬，老住户却搬走了。\n"
        "留住烟火气，要先留住住在这里的人。\n"
    )
    article = parse_plaintext(commentary)
    assert _names(article) == ["赵一鸣"]
    assert not any("小字号" in t for t in _paragraphs(article))


# -- a menu row whose spaces the dump collapsed --------------------------------------------


def test_a_navigation_row_under_the_site_name_is_no_headline():
    text = (
        "دار الفتوى الإقليمية                    English | Français\n"
        "الرئيسية  الفتاوى  المكتبة  المرئيات  اتصل بنا\n"
        "[              ] [بحث]\n\n"
        "الرئيسية > الفتاوى > الأسرة\n\n"
        "                  حكم إخراج الزكاة لابن الأخ المحتاج\n\n"
        "رقم الفتوى: 512\n"
        "التاريخ: 2 ديسمبر 2026\n\n"
        "السؤال\n\n"
        "لي ابن أخ فقد عمله منذ شهور وله أطفال صغار، فهل يجوز أن أعطيه من زكاة مالي؟\n\n"
        "الجواب\n\n"
        "يجوز إعطاء الزكاة للأقارب المحتاجين ممن لا تجب على المزكي نفقتهم، وهي في حقهم "
        "صدقة وصلة رحم معا.\n\n"
        "وابن الأخ لا تجب نفقته على عمه في قول أكثر الفقهاء، فيجوز أن يعطى من الزكاة.\n"
    )
    article = parse_plaintext(text)
    assert article.title == "حكم إخراج الزكاة لابن الأخ المحتاج"
    assert _headings(article) == ["السؤال", "الجواب"]
    assert len(_paragraphs(article)) == 3


def test_a_headline_opening_and_closing_with_menu_words_stays_the_headline():
    text = (
        "Home buyers rush to close\n\n"
        "By Dana Whitlow\n"
        "December 2, 2026\n\n"
        "Buyers in the county hurried to sign contracts before the new transfer tax takes "
        "effect in January, agents said on Tuesday.\n\n"
        "Sales in November were the highest for that month in nine years.\n"
    )
    assert parse_plaintext(text).title == "Home buyers rush to close"
