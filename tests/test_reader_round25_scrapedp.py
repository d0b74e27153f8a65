"""Round 25 (scrapedp): real scraped pages in pt/nl/pl/uk/ar/it — a short caption printed
twice under the headline or dek, a headline line opening with its date, a cut-off copy of
the headline under it, a media tag closing the headline, a breadcrumb glued before the
headline with spaces only, and the Arabic tatweel as a byline's dash. Every sentence,
person, place and site is invented."""

from __future__ import annotations

from readerblocks import authors, figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_AR = (
    "افتتح محافظ المدينة مساء أمس معرضاً لأعمال خريجي كلية الفنون الجميلة في ثلاث قاعات "
    "متجاورة على الكورنيش، بحضور عدد كبير من الأهالي.",
    "ويضم المعرض أكثر من مئة عمل لنحو أربعين فناناً شاباً، تتنوع بين اللوحات الزيتية "
    "والمنحوتات الخشبية وقطع الخزف.",
    "ويستقبل المعرض زواره يومياً من العاشرة صباحاً حتى التاسعة مساءً، والدخول مجاني.",
)
_PL = (
    "W sobotę w sali kominkowej muzeum otworzyliśmy wystawę poświęconą trzem pokoleniom "
    "zegarmistrzów, którzy przez sto lat prowadzili warsztat przy rynku.",
    "Na wystawie pokazujemy czterdzieści dwa zegary, od zegarów podłogowych z końca XIX "
    "wieku po budziki składane w latach sześćdziesiątych.",
    "Wystawę można oglądać do końca maja, od wtorku do niedzieli. Wstęp jest bezpłatny.",
)
_UK = (
    "Попри негоду, місцеві аграрії випереджають графік посівної. Кажуть, що більше "
    "бояться посухи, ніж дощів, і прогнози на врожай уже скоригували.",
    "Фермери очікують зібрати на п'яту частину менше зерна, ніж торік, через сухий квітень "
    "і дорогі добрива.",
)
_PT = (
    "O Ibovespa fechou em queda nesta quinta-feira, acompanhando o tom negativo das bolsas "
    "internacionais, com investidores atentos aos balanços do trimestre.",
    "No Brasil, as atenções estiveram voltadas para os bancos, que encerraram o dia em "
    "queda após a divulgação dos resultados.",
)


# --- a short caption printed twice under the headline or the dek --------------------------


def test_caption_printed_twice_under_a_longer_headline_is_no_title() -> None:
    caption = "الدكتور سامي الحلواني رئيس جامعة الوادي"
    text = _blocks(
        "رئيس جامعة الوادي: نسعى لافتتاح كلية جديدة للفنون في كل محافظة خلال ثلاث سنوات",
        caption + "\n" + caption,
        "المنصورة – ليلى عبد الرحمن",
        *_AR,
    )
    article = parse_plaintext(text)
    assert article.title.startswith("رئيس جامعة الوادي: نسعى")
    assert figures(article) == [(caption, None)]
    assert authors(article) == ["ليلى عبد الرحمن"]
    assert paragraphs(article) == list(_AR)


def test_short_caption_printed_twice_under_the_dek_is_no_byline() -> None:
    caption = "الفنانة ريم عبد الحكيم وإحدى لوحاتها"
    text = _blocks(
        "معرض اللوحات الأولى يجمع أعمال خريجي كلية الفنون في ثلاث قاعات",
        "المعرض يستمر حتى نهاية الشهر ويضم أكثر من مئة عمل في الرسم والنحت والخزف",
        caption + "\n" + caption,
        "الأحد 8 مارس 2026",
        *_AR,
    )
    article = parse_plaintext(text)
    assert authors(article) == []
    assert figures(article) == [(caption, None)]
    assert paragraphs(article) == list(_AR)


def test_headline_printed_twice_under_a_short_kicker_stays_the_title() -> None:
    headline = "Nowe zegary w muzeum na rynku w Lubaszowie"
    text = _blocks("Kultura", headline + "\n" + headline, "Autor: Anna Kowal", *_PL)
    article = parse_plaintext(text)
    assert article.title == headline


# --- the Arabic tatweel as the dash after "كتب" ----------------------------------------------


def test_tatweel_after_the_byline_prefix_in_the_first_paragraph() -> None:
    text = _blocks(
        "معرض لأعمال خريجي كلية الفنون الجميلة على كورنيش المدينة",
        "كتب ـ حسام الدين فرغلي: " + _AR[0],
        *_AR[1:],
    )
    article = parse_plaintext(text)
    assert authors(article) == ["حسام الدين فرغلي"]
    assert paragraphs(article) == list(_AR)


def test_tatweel_after_the_byline_prefix_on_its_own_line() -> None:
    text = _blocks(
        "معرض لأعمال خريجي كلية الفنون الجميلة على كورنيش المدينة",
        "كتب ـ صلاح عبد الله",
        *_AR,
    )
    article = parse_plaintext(text)
    assert authors(article) == ["صلاح عبد الله"]


# --- a headline line that opens with its date; a cut-off copy under it ---------------------


def test_headline_opening_with_its_date_is_the_title_and_the_date() -> None:
    text = _blocks(
        "Muzeum Ziemi Brzeskiej",
        "Aktualności",
        "17.03.2026 - Otwarcie wystawy „Zegary z warsztatu Kurzawów”",
        *_PL,
    )
    article = parse_plaintext(text)
    assert article.title == "Otwarcie wystawy „Zegary z warsztatu Kurzawów”"
    assert str(article.published)[:10] == "2026-03-17"
    assert paragraphs(article) == list(_PL)


def test_cut_off_copy_of_the_headline_is_no_dek() -> None:
    text = _blocks(
        'Wernisaż wystawy Anny Dąbek "Miasto ptaków"',
        "Wernisaż wystawy Anny Dąbek",
        *_PL,
    )
    article = parse_plaintext(text)
    assert article.title == 'Wernisaż wystawy Anny Dąbek "Miasto ptaków"'
    assert article.subtitle is None
    assert paragraphs(article) == list(_PL)


# --- a media tag closing the headline; a crumb glued before it with spaces -----------------


def test_media_tag_closing_the_headline_is_no_photo_credit() -> None:
    headline = "Посівна кампанія на Черкащині добігає кінця (ВІДЕО)"
    article = parse_plaintext(_blocks("Головна Новини " + headline, headline, *_UK))
    assert article.title == headline
    assert figures(article) == []
    assert paragraphs(article) == list(_UK)


def test_bracketed_credit_still_credits_a_caption() -> None:
    article = parse_plaintext(
        _blocks(
            "Nowy park przy ulicy Leśnej otwarty dla mieszkańców",
            "Autor: Anna Kowal",
            "Burmistrz przecina wstęgę przy wejściu do parku. (Jan Nowak/Gazeta Lubaszowska)",
            *_PL,
        )
    )
    assert figures(article) == [
        ("Burmistrz przecina wstęgę przy wejściu do parku.", "Jan Nowak/Gazeta Lubaszowska")
    ]
