"""Round 25 (pq67): a pull quote printed as a subhead-shaped line (html2text's "> …", a
lynx or plain line repeating a clause of the paragraph above), an html2text "> …" line
that quotes a passage, a closing contributor line whose names are joined by "and" (the
Arabic و spaced or glued, Russian "и"), and a numbered list whose items keep their
printed numbers. Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.model import Heading, ListBlock, Paragraph
from syndicate.readers.plaintext import parse_plaintext

_RU_HEAD = (
    "# Во дворах Нагорного района появятся новые контейнерные площадки\n\n"
    "Опубликовано: 03.12.2026 09:15\n\n"
    "Автор: Ирина Белова\n\n"
)
_RU_ONE = (
    "Администрация города утвердила график обустройства двенадцати контейнерных "
    "площадок в Нагорном районе. Первые четыре появятся во дворах до конца декабря."
)
_RU_TWO = (
    "По словам заместителя главы города Виктора Шубина, старые площадки стоят прямо на "
    "грунте, поэтому ветер разносит мусор по соседним газонам и детским площадкам. «Мы "
    "начинаем с тех дворов, откуда жалоб больше всего», — пояснил он."
)
_RU_THREE = (
    "Каждая новая площадка будет накрыта навесом и огорожена с трех сторон профлистом. "
    "Рядом поставят отдельный бункер для крупногабаритного мусора."
)
_RU_FOUR = (
    "В администрации ответили, что рассмотрят обращение до 15 декабря и при "
    "необходимости скорректируют проект."
)


def _ru(middle: str) -> list[object]:
    text = _RU_HEAD + "\n\n".join((_RU_ONE, _RU_TWO, middle, _RU_THREE, _RU_FOUR)) + "\n"
    return list(parse_plaintext(text).blocks)  # type: ignore[attr-defined]


def _texts(blocks: list[object], kind: type) -> list[str]:
    return [b.text for b in blocks if isinstance(b, kind)]  # type: ignore[attr-defined]


def test_html2text_pull_quote_is_no_heading() -> None:
    body = _ru("> Ветер разносит мусор по соседним газонам")
    assert _texts(body, Heading) == []
    assert not any("Ветер разносит мусор по" in t for t in _texts(body, Paragraph))


def test_plain_pull_quote_repeating_the_paragraph_above_is_dropped() -> None:
    body = _ru("Ветер разносит мусор по соседним газонам")
    assert _texts(body, Heading) == []
    assert len(_texts(body, Paragraph)) == 4


def test_subhead_taking_words_from_the_paragraph_under_it_stays() -> None:
    under = "Рядом поставят отдельный бункер для крупногабаритного мусора и старой мебели."
    text = (
        _RU_HEAD
        + "\n\n".join((_RU_ONE, _RU_TWO, "Отдельный бункер для крупногабаритного мусора", under))
        + "\n\n"
        + _RU_FOUR
        + "\n"
    )
    body = list(parse_plaintext(text).blocks)  # type: ignore[attr-defined]
    assert _texts(body, Heading) == ["Отдельный бункер для крупногабаритного мусора"]


def test_html2text_quoted_short_line_is_body() -> None:
    body = _ru("> Просим перенести площадку к гаражам")
    assert _texts(body, Heading) == []
    assert "Просим перенести площадку к гаражам" in _texts(body, Paragraph)


def test_subhead_under_a_pull_quote() -> None:
    text = (
        _RU_HEAD
        + "\n\n".join(
            (
                _RU_ONE,
                _RU_TWO,
                "ветер разносит мусор по соседним газонам",
                "Что изменится для жителей",
                _RU_THREE,
                _RU_FOUR,
            )
        )
        + "\n"
    )
    body = list(parse_plaintext(text).blocks)  # type: ignore[attr-defined]
    assert _texts(body, Heading) == ["Что изменится для жителей"]


_AR = (
    "فيضان وادي الرمان يقطع طريقين ويجبر الأسر على مغادرة منازلها\n\n"
    "بقلم: سامر الخطيب\n\n"
    "الأربعاء 2 ديسمبر 2026\n\n"
    "أدت الأمطار الغزيرة التي هطلت على محافظة الرمان منذ مساء الثلاثاء إلى فيضان الوادي "
    "الذي يحمل اسمها، ما تسبب في إغلاق طريقين رئيسيين.\n\n"
    "وقال مدير الدفاع المدني في المحافظة إن فرقه تلقت أكثر من 120 بلاغا خلال الليل، "
    "معظمها لمركبات علقت في المياه.\n\n"
    "وتتوقع الأرصاد الجوية أن تتراجع الأمطار تدريجيا بعد ظهر الخميس، مع بقاء احتمال تشكل "
    "السيول في المناطق المنخفضة.\n\n"
)


def _credit(text: str) -> tuple[str | None, list[str]]:
    article = parse_plaintext(text)
    return article.credit_line, [c.name for c in article.contributors]


def test_arabic_report_contributors_spaced_and() -> None:
    line = "شارك في إعداد التقرير: ليلى منصور و كريم العبيدي"
    assert _credit(_AR + line + "\n") == (line, ["ليلى منصور", "كريم العبيدي"])


def test_arabic_coverage_contributors_glued_and() -> None:
    line = "ساهم في التغطية: ليلى منصور وكريم العبيدي"
    assert _credit(_AR + line + "\n") == (line, ["ليلى منصور", "كريم العبيدي"])


def test_glued_waw_split_only_between_full_names() -> None:
    from syndicate.readers.scraped.cuewords import _spaced_waw

    assert _spaced_waw("ليلى منصور وكريم العبيدي وسعاد نجم") == (
        "ليلى منصور و كريم العبيدي و سعاد نجم"
    )
    assert _spaced_waw("وليد حسن") == "وليد حسن"
    assert _spaced_waw("سيدي محمد ولد أحمد") == "سيدي محمد ولد أحمد"
    assert _spaced_waw("وزارة الصحة والسكان المصرية") == "وزارة الصحة والسكان المصرية"


def test_russian_team_line_without_colon() -> None:
    line = "Над материалом работали Денис Ярцев и Ольга Миронова"
    text = _RU_HEAD + "\n\n".join((_RU_ONE, _RU_TWO, _RU_THREE, _RU_FOUR, line)) + "\n"
    assert _credit(text) == (line, ["Денис Ярцев", "Ольга Миронова"])


def test_spanish_colaboro_line() -> None:
    text = (
        "El ayuntamiento de Valdeloma abre el nuevo mercado cubierto\n\n"
        "Por Marta Quiroga\n\n"
        "3 de diciembre de 2026\n\n"
        "El nuevo mercado cubierto de Valdeloma abrió este martes con cuarenta puestos de "
        "fruta, pescado y carne, tras dos años de obras en la antigua estación.\n\n"
        "La alcaldesa explicó que los comerciantes pagarán la mitad del alquiler durante el "
        "primer año para facilitar el traslado desde la plaza.\n\n"
        "Colaboró Tomás Arriaga\n"
    )
    assert _credit(text) == ("Colaboró Tomás Arriaga", ["Tomás Arriaga"])


def test_numbered_items_keep_their_numbers() -> None:
    steps = (
        "  1. Пластик и стекло выбрасывать только в контейнеры с желтой крышкой.\n"
        "  2. Старую мебель оставлять в бункере, а не рядом с контейнерами.\n"
        "  3. Сообщать о переполненных площадках по телефону диспетчерской."
    )
    body = _ru(steps)
    lists = [b for b in body if isinstance(b, ListBlock)]
    assert len(lists) == 1
    assert lists[0].items[0] == (
        "1. Пластик и стекло выбрасывать только в контейнеры с желтой крышкой."
    )
    assert lists[0].items[2].startswith("3. ")
    assert lists[0].ordered and lists[0].numbers_printed  # formats show the printed numbers


def test_html2text_quoted_letter_and_signature_are_body() -> None:
    body = _ru(
        "> Уважаемая администрация, просим перенести площадку к гаражам.\n"
        "> Подписи жителей дома № 14"
    )
    assert [b for b in body if type(b).__name__ == "Figure"] == []
    assert "Подписи жителей дома № 14" in _texts(body, Paragraph)
