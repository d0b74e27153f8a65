"""Round 24 (zhsite): a portal's name and search row over the headline
(``title.under-site-name``), a dated meta row naming the headline's subject as its source,
and a press office's bare word under the headline over the date
(``byline.office-under-headline``). Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext


def _names(text: str) -> list[str]:
    return [a.name for a in parse_plaintext(text).authors]


_ZH_PAGE = (
    "白桦镇老年大学\n"
    "站内搜索\n"
    "热门搜索：课程 书法 合唱\n\n"
    "白桦镇老年大学春季开设书法和合唱新课 三百名学员报名\n\n"
    "2027-04-02 08:45　来源：白桦镇老年大学\n\n"
    "老年大学今年春季新开书法、合唱两门课程，报名首日就有三百名学员登记，其中一半以上是第一次入学。\n\n"
    "校方介绍，书法课由退休教师任教，每周两次，合唱课则与镇文化站合作，在周末排练。\n\n"
    "学校表示，秋季还将增设摄影和智能手机使用课程，满足学员的不同需求。\n\n"
    "版权所有：白桦镇老年大学\n"
)


def test_chinese_hot_words_row_under_the_site_name_is_no_headline() -> None:
    article = parse_plaintext(_ZH_PAGE)
    assert article.title == "白桦镇老年大学春季开设书法和合唱新课 三百名学员报名"
    assert article.subtitle is None


def test_dated_source_row_naming_the_headlines_subject_is_no_title_copy() -> None:
    text = _ZH_PAGE.split("\n\n", 1)[1]  # the article's text alone, headline first
    article = parse_plaintext(text)
    assert article.title == "白桦镇老年大学春季开设书法和合唱新课 三百名学员报名"
    assert article.published is not None
    assert str(article.published).startswith("2027-04-02")


def test_japanese_longer_search_label_under_the_site_name() -> None:
    text = (
        "若葉町ボランティア協会\n"
        "サイト内検索\n"
        "人気キーワード：清掃 防災 子育て\n\n"
        "若葉町ボランティア協会、川沿いの清掃活動を毎月実施へ\n\n"
        "2027年5月9日 10:00　出典：若葉町ボランティア協会\n\n"
        "協会は今月から川沿いの清掃活動を毎月第二日曜日に行うと発表し、初回には百人を超える住民が参加した。\n\n"
        "担当者は、集めたごみの量を毎回記録し、町の環境課と共有する予定だと説明した。\n\n"
        "© 2027 若葉町ボランティア協会\n"
    )
    assert parse_plaintext(text).title == "若葉町ボランティア協会、川沿いの清掃活動を毎月実施へ"


def test_arabic_site_name_search_label_headline_over_a_bare_date() -> None:
    text = (
        "جمعية أصدقاء المكتبة في مدينة النخيل\n"
        "بحث\n\n"
        "الجمعية تفتح قاعة مطالعة جديدة للأطفال في الحي الشرقي\n\n"
        "9 مايو 2027\n\n"
        "افتتحت جمعية أصدقاء المكتبة في مدينة النخيل قاعة مطالعة جديدة مخصصة للأطفال في الحي "
        "الشرقي تضم أكثر من ألفي كتاب مصور وقصة قصيرة.\n\n"
        "وقال رئيس الجمعية إن القاعة ستفتح أبوابها كل يوم بعد الظهر "
        "وتنظم ورشة للقراءة كل أسبوع.\n\n"
        "© 2027 جمعية أصدقاء المكتبة في مدينة النخيل\n"
    )
    assert parse_plaintext(text).title == "الجمعية تفتح قاعة مطالعة جديدة للأطفال في الحي الشرقي"


def _office_page(head: str, office: str, date: str, *paras: str) -> str:
    return "\n\n".join((head, office, date, *paras)) + "\n"


def test_russian_press_office_alone_under_the_headline_signs() -> None:
    text = _office_page(
        "Краеведческий музей Озёрска открывает зал старинных карт",
        "Пресс-служба",
        "3 апреля 2027",
        "Краеведческий музей Озёрска откроет в субботу новый зал, где будут показаны "
        "старинные карты уезда, переданные музею семьёй местного землемера.",
        "По словам директора музея, подготовка экспозиции заняла почти год.",
    )
    assert _names(text) == ["Пресс-служба"]


def test_italian_press_office_alone_under_the_headline_signs() -> None:
    text = _office_page(
        "Il museo civico di Roccalba apre una sala dedicata alle mappe antiche",
        "Ufficio stampa",
        "3 aprile 2027",
        "Il museo civico di Roccalba inaugurerà sabato una nuova sala con le mappe antiche "
        "del territorio, donate al museo dalla famiglia di un agrimensore del paese.",
        "Secondo la direttrice, l'allestimento ha richiesto quasi un anno di lavoro.",
    )
    assert _names(text) == ["Ufficio stampa"]


def test_press_office_word_without_a_date_under_it_signs_nothing() -> None:
    text = _office_page(
        "Il museo civico di Roccalba apre una sala dedicata alle mappe antiche",
        "Ufficio stampa",
        "Il museo civico di Roccalba inaugurerà sabato una nuova sala con le mappe antiche "
        "del territorio, donate al museo dalla famiglia di un agrimensore del paese.",
        "Secondo la direttrice, l'allestimento ha richiesto quasi un anno di lavoro.",
    )
    assert "Ufficio stampa" not in _names(text)
