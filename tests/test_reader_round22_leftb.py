"""Round 22 (leftb): byline kinds left this round — a desk byline ("Redactie wetenschap"),
a byline row whose date slot the scraper left empty ("von Name am , 18:00 Uhr"), an Arabic
writer glued to the start of the first paragraph ("كتب- Name <prose…>"), a city glued to a
slash before the writer or office ("بغداد/ إعلام الجامعة") and a "City - Name - Name:" row.
Every sentence, person, place and site is invented."""

from __future__ import annotations

from readerblocks import authors, headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_NL_BODY = (
    "Zestig vrijwilligers liepen afgelopen weekend bij laagwater in rechte lijnen over de "
    "kwelder. Elke tien meter legden ze een houten raampje op de grond en telden ze de slakken.",
    "Het is de eerste keer dat de hele kwelder op die manier is onderzocht. Tot nu toe werden "
    "alleen monsters genomen langs de dijk, waar de bodem hoger ligt.",
)
_DE_BODY = (
    "Wer sich eine Kompaktkamera kaufen will, hat die Wahl zwischen vielen Modellen. Wir "
    "erklären, worauf es beim Sensor, beim Objektiv und bei der Ausstattung ankommt.",
    "Der Sensor ist wichtiger als die Zahl der Pixel, sagt der Fachhändler aus der Altstadt, "
    "der seit zwanzig Jahren Kameras verkauft.",
)
_EN_BODY = (
    "Anyone who wants to buy a pocket camera has many models to choose from. We explain what "
    "matters most about the sensor, the lens and the controls.",
    "The sensor matters more than the pixel count, says the owner of a camera shop in the old "
    "town who has sold cameras for twenty years.",
)
_AR_BODY = (
    "شاركت جامعة الواحة ممثلة برئيسها في فعاليات المؤتمر العام لاتحاد الجامعات العربية الذي "
    "عقد في المدينة بحضور رؤساء الجامعات.",
    "ويهدف المؤتمر إلى توثيق التعاون بين الجامعات العربية في مجالات البحث العلمي وتبادل "
    "الخبرات بين الأساتذة.",
)


def test_desk_byline_dutch_is_the_author_not_a_subhead() -> None:
    art = parse_plaintext(
        _text(
            "Vrijwilligers tellen alle slakken op de kwelder",
            "Redactie wetenschap",
            "3 december 2026, 16:40",
            *_NL_BODY,
        )
    )
    assert authors(art) == ["Redactie wetenschap"]
    assert "Redactie wetenschap" not in headings(art)


def test_desk_byline_german_and_spanish() -> None:
    art = parse_plaintext(
        _text("Kompaktkameras im Test: worauf es ankommt", "Redaktion Wissen", *_DE_BODY)
    )
    assert authors(art) == ["Redaktion Wissen"]
    body = (
        "Los pueblos del valle han perdido la mitad de sus vecinos en veinte años, según un "
        "informe publicado ayer por la diputación provincial.",
        "El alcalde pidió más autobuses y una escuela abierta todo el año para los niños.",
    )
    art = parse_plaintext(_text("Los pueblos del valle", "Redacción Internacional", *body))
    assert authors(art) == ["Redacción Internacional"]


def test_newsroom_word_with_a_non_section_word_stays_unsigned() -> None:
    art = parse_plaintext(_text("Kompaktkameras im Test", "Redaktion empfiehlt", *_DE_BODY))
    assert authors(art) != ["Redaktion empfiehlt"]


def test_byline_with_empty_date_slot_german_and_english() -> None:
    art = parse_plaintext(
        _text("Kompaktkameras im Test", "von Stefan Brandt am , 18:00 Uhr", *_DE_BODY)
    )
    assert authors(art) == ["Stefan Brandt"]
    art = parse_plaintext(_text("Pocket cameras tested", "by Jane Hale on , 6:00 PM", *_EN_BODY))
    assert authors(art) == ["Jane Hale"]


def test_arabic_writer_glued_to_first_paragraph() -> None:
    lead = (
        "كتب- مروان الشيخ افتتحت جامعة الساحل صباح اليوم مختبراً جديداً لتحليل مياه الآبار "
        "في كلية العلوم يخدم أربعين قرية."
    )
    art = parse_plaintext(_text("جامعة الساحل تفتتح مختبراً لتحليل المياه", lead, *_AR_BODY))
    assert authors(art) == ["مروان الشيخ"]
    assert paragraphs(art)[0].startswith("افتتحت جامعة الساحل")


def test_arabic_glued_writer_closed_by_dash_and_particle_name() -> None:
    lead = (
        "كتبت: سلمى عبد الرحمن - افتتحت جامعة الساحل صباح اليوم مختبراً جديداً لتحليل مياه "
        "الآبار في كلية العلوم يخدم أربعين قرية."
    )
    art = parse_plaintext(_text("جامعة الساحل تفتتح مختبراً لتحليل المياه", lead, *_AR_BODY))
    assert authors(art) == ["سلمى عبد الرحمن"]
    lead = (
        "كتب- محمد عبد الله افتتحت جامعة الساحل صباح اليوم مختبراً جديداً لتحليل مياه الآبار "
        "في كلية العلوم يخدم أربعين قرية."
    )
    art = parse_plaintext(_text("جامعة الساحل تفتتح مختبراً لتحليل المياه", lead, *_AR_BODY))
    assert authors(art) == ["محمد عبد الله"]
    assert paragraphs(art)[0].startswith("افتتحت")


def test_arabic_verb_opening_a_paragraph_without_mark_is_no_byline() -> None:
    lead = (
        "كتب الشاعر سالم الحربي قصيدته الأولى في المدينة قبل أربعين عاماً، ونشرها في مجلة "
        "أدبية صغيرة."
    )
    art = parse_plaintext(_text("ذكرى الشاعر سالم الحربي", lead, *_AR_BODY))
    assert authors(art) == []
    assert paragraphs(art)[0] == lead


def test_city_slash_office_byline() -> None:
    art = parse_plaintext(
        _text(
            "جامعة الواحة تشارك في مؤتمر اتحاد الجامعات العربية",
            "بغداد/ إعلام الجامعة",
            "4 مارس 2026م",
            *_AR_BODY,
        )
    )
    assert authors(art) == ["إعلام الجامعة"]


def test_city_then_two_writers_with_closing_colon() -> None:
    art = parse_plaintext(
        _text(
            "جامعة الواحة تفتتح مستشفى جديداً في الحي الشرقي",
            "الرياض - سالم الحربي - نايف العتيبي:",
            *_AR_BODY,
        )
    )
    assert authors(art) == ["سالم الحربي", "نايف العتيبي"]


def test_cased_glued_writer_needs_its_closing_mark() -> None:
    lead = (
        "Por: Ana de la Torre – El ayuntamiento abrió ayer la nueva biblioteca del barrio, "
        "con cuatro mil libros y una sala para estudiar."
    )
    body = (
        "La alcaldesa dijo que la biblioteca abrirá también los domingos por la mañana.",
        "Los vecinos llevaban diez años pidiendo un espacio así en el barrio del puerto.",
    )
    art = parse_plaintext(_text("La biblioteca del puerto abre sus puertas", lead, *body))
    assert authors(art) == ["Ana de la Torre"]
    assert paragraphs(art)[0].startswith("El ayuntamiento abrió")
