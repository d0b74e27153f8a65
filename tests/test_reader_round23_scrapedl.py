"""Round 23 (scrapedl): real scraped pages in ru/uk/pl/ar/zh and non-Western English —
a photo caption printed twice that is short (two words) or in a script without spaces,
and the page's photo credit glued in brackets to the end of the story's last paragraph.
Every sentence, person, place and site is invented."""

from __future__ import annotations

from readerblocks import authors, figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_PL = (
    "W nocy z czwartku na piątek przy ulicy Lipowej w Borkach zapaliła się stodoła, w "
    "której rolnik trzymał siano i maszyny. Zgłoszenie przyszło tuż po północy.",
    "Na miejsce pojechały cztery zastępy straży z Borków i sąsiednich wsi. Ogień objął już "
    "dach, więc strażacy bronili przede wszystkim domu obok.",
    "Akcja trwała blisko trzy godziny. Nikt nie został ranny, ale spłonęła cała stodoła "
    "razem z prasą do siana.",
)
_EN = (
    "Officers at the Marula border post seized 300 cartons of untaxed cigarettes hidden "
    "under sacks of beans in a lorry on Tuesday night, the authority said.",
    "The lorry was flagged by a scanner operator who noticed that its load did not match "
    "the weight declared on its papers.",
    "The driver, a 38-year-old man, was detained and is expected to appear before a "
    "magistrate in Marula on Friday.",
)


# --- a two-word caption printed twice -----------------------------------------------------


def test_two_word_caption_printed_twice_under_the_headline_is_a_figure() -> None:
    text = _blocks(
        "Strażacy ugasili nocny pożar stodoły w Borkach",
        "Spalona stodoła\nSpalona stodoła",
        *_PL,
    )
    article = parse_plaintext(text)
    assert article.title == "Strażacy ugasili nocny pożar stodoły w Borkach"
    assert figures(article) == [("Spalona stodoła", None)]
    assert paragraphs(article) == list(_PL)


def test_two_word_caption_printed_twice_between_paragraphs_is_a_figure() -> None:
    text = _blocks(
        "Border guards seize smuggled cigarettes at Marula post",
        _EN[0],
        "Seized cartons\nSeized cartons",
        *_EN[1:],
    )
    article = parse_plaintext(text)
    assert figures(article) == [("Seized cartons", None)]
    assert paragraphs(article) == list(_EN)


def test_a_name_printed_twice_is_no_caption() -> None:
    text = _blocks(
        "Border guards seize smuggled cigarettes at Marula post",
        "Amina Odhiambo\nAmina Odhiambo",
        *_EN,
    )
    article = parse_plaintext(text)
    assert figures(article) == []
    assert paragraphs(article) == list(_EN)


def test_a_short_label_printed_twice_over_a_short_line_stays_dropped() -> None:
    # no prose under the pair: a widget's label printed twice, not a photo's caption
    text = _blocks(
        "Border guards seize smuggled cigarettes at Marula post",
        *_EN,
        "Related stories\nRelated stories",
        "More news",
    )
    article = parse_plaintext(text)
    assert figures(article) == []
    assert "Related stories" not in paragraphs(article)


def test_chinese_caption_sentence_printed_twice_is_one_figure() -> None:
    caption = "这是新发现的蓝斑小蛙,它只有指甲盖大小。"
    body = (
        "记者从省林业科学研究院获悉,科研人员在南岭山区的一条溪谷中发现了一种新的小型蛙类。",
        "这种蛙生活在潮湿的落叶层中,以小型昆虫为食,目前只在两条溪谷里找到过。",
        "研究人员表示,将继续对这一区域开展调查,并建议加强对溪谷湿地的保护。",
    )
    text = _blocks("南岭山区发现新蛙种", body[0], caption, caption, *body[1:])
    article = parse_plaintext(text)
    assert figures(article) == [(caption, None)]
    assert paragraphs(article) == list(body)


# --- the page's photo credit glued to the end of the last paragraph -----------------------


def test_bracketed_photo_credit_after_the_last_paragraph_keeps_the_paragraph() -> None:
    last = (
        "Policja prosi świadków, którzy widzieli tej nocy obce auto przy stodole, o "
        "kontakt z komisariatem. Zgłoszenia przyjmowane są pod numerem 47 700 11 22."
    )
    text = _blocks(
        "Strażacy ugasili nocny pożar stodoły w Borkach", *_PL, last + " (fot. OSP Borki)"
    )
    article = parse_plaintext(text)
    assert paragraphs(article) == [*_PL, last]
    assert figures(article) == [(None, "OSP Borki")]


def test_russian_photo_credit_after_the_last_paragraph_keeps_the_paragraph() -> None:
    body = (
        "В Заречном прохожие помогли задержать мужчину, который пытался вынести из "
        "магазина три бутылки коньяка.",
        "Охранник бросился за ним, а на улице беглеца остановили двое студентов, которые "
        "шли с тренировки.",
    )
    last = (
        "Полиция намерена наградить студентов. Свидетелей просят позвонить по телефону "
        "дежурной части: 8 (800) 555-01-01."
    )
    text = _blocks("Студенты задержали похитителя коньяка", *body, last + " (фото zarechye.info)")
    article = parse_plaintext(text)
    assert paragraphs(article) == [*body, last]
    assert figures(article) == [(None, "zarechye.info")]


def test_two_sentence_caption_with_bracketed_credit_between_paragraphs_stays_a_figure() -> None:
    caption = (
        "Strażacy przy dogaszaniu zgliszcz stodoły przy ulicy Lipowej. Akcja trwała blisko "
        "trzy godziny."
    )
    text = _blocks(
        "Strażacy ugasili nocny pożar stodoły w Borkach",
        *_PL[:2],
        caption + " (fot. OSP Borki)",
        _PL[2],
    )
    article = parse_plaintext(text)
    assert figures(article) == [(caption, "OSP Borki")]
    assert paragraphs(article) == list(_PL)


def test_bare_name_in_brackets_after_the_last_paragraph_is_no_photo_credit() -> None:
    # no photo label inside the brackets: the rule leaves the line as the reader read it
    last = (
        "Policja prosi świadków, którzy widzieli tej nocy obce auto przy stodole, o "
        "kontakt z komisariatem. Zgłoszenia przyjmowane są pod numerem 47 700 11 22."
    )
    text = _blocks("Strażacy ugasili nocny pożar stodoły w Borkach", *_PL, last + " (OSP Borki)")
    article = parse_plaintext(text)
    assert last not in paragraphs(article)


def test_a_pair_under_a_short_widget_title_is_no_caption() -> None:
    # under a "title" of fewer than four words (a widget's line taken for the headline)
    # the pair is the real headline printed twice, not a photo's caption
    text = _blocks(
        "18 ноября",
        "Загрузить еще",
        "Хоккейный губернатор\nХоккейный губернатор",
        "На открытии катка в Заречном губернатор вышел на лёд вместе с юниорами и забросил "
        "шайбу с третьей попытки. Матч закончился вничью.",
        "Фото Ирина ВОЛКОВА.",
    )
    article = parse_plaintext(text)
    assert ("Хоккейный губернатор", None) not in figures(article)


# --- a closing signature with the page's photo credit after the name ----------------------

_RU_STORY = (
    "В Заречном полицейские задержали мужчину, который по ночам снимал колёса с "
    "припаркованных во дворах машин.",
    "Его заметила жительница дома на улице Садовой, которая вышла выгулять собаку и сразу "
    "позвонила в дежурную часть.",
    "Задержанный признался ещё в трёх таких кражах, на него завели уголовное дело.",
)


def test_signature_with_a_long_photo_credit_names_the_writer() -> None:
    text = _blocks(
        "Ночной охотник за колёсами попался благодаря собаке",
        *_RU_STORY,
        "Ольга ДЕМЧЕНКО, фото предоставлено пресс-службой городского отдела полиции "
        "Заречного района, Заречный",
    )
    article = parse_plaintext(text)
    assert authors(article) == ["Ольга ДЕМЧЕНКО"]
    assert paragraphs(article) == list(_RU_STORY)


def test_signature_photo_credit_needs_a_name_before_the_comma() -> None:
    # a role, not a name, before the comma: no writer's signature
    last = (
        "Пресс-служба полиции, фото предоставлено пресс-службой городского отдела полиции "
        "Заречного района, Заречный"
    )
    text = _blocks("Ночной охотник за колёсами попался благодаря собаке", *_RU_STORY, last)
    article = parse_plaintext(text)
    assert not any(name.startswith("Пресс-служба") for name in authors(article))


def test_polish_signature_split_as_a_caption_names_the_writer() -> None:
    text = _blocks(
        "Strażacy ugasili nocny pożar stodoły w Borkach",
        *_PL,
        "Anna KOWALSKA, fot. Komenda Powiatowa Państwowej Straży Pożarnej w Borkach, Borki",
    )
    article = parse_plaintext(text)
    assert authors(article) == ["Anna KOWALSKA"]
    assert figures(article) == []
    assert paragraphs(article) == list(_PL)
