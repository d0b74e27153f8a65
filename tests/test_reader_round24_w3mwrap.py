"""Round 24 (w3mwrap): hard-wrapped dumps (w3m, lynx). Paragraphs a ``<br>`` apart are
printed with no blank line between them: a line that ends a sentence where the next word
would still have fitted ends its paragraph (``lines._sentence_apart``); and a credit-like
line that goes on from a wrapped prose line is the paragraph's, not the story's credit
line (``_Reader._credit_goes_on_wrap``). Every sentence, person, place and outlet is
invented."""

from __future__ import annotations

from syndicate.model import Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.lines import split_lines, unwrap

_PL_LINES = (
    (
        "Zarząd powiatu w Lipnicy Górnej przyjął w środę plan remontu mostu na rzece",
        "Wierzbnej, który od wiosny jest zamknięty dla ciężarówek i autobusów szkolnych,",
        "a prace mają kosztować około dziewięciu milionów złotych z kasy.",
    ),
    (
        "Wykonawca zostanie wybrany w przetargu ogłoszonym przed końcem roku, a na czas",
        "robót ruch aut osobowych pójdzie jednym pasem.",
    ),
    (
        "Mieszkańcy od miesięcy skarżą się na objazdy przez sąsiednią gminę, które",
        "wydłużają drogę do szpitala powiatowego o kilkanaście kilometrów.",
    ),
)


def _printed(paragraphs: tuple[tuple[str, ...], ...]) -> str:
    return "\n".join(line for para in paragraphs for line in para) + "\n"


def test_paragraphs_without_blank_lines_split_where_the_next_word_fitted() -> None:
    # "… złotych z kasy." has room for "Wykonawca" on a line the wrap filled
    # to 80 columns a line above: markup broke it, the next sentence opens a paragraph
    joined = [line.text for line in unwrap(split_lines(_printed(_PL_LINES)))]
    assert joined == [" ".join(para) for para in _PL_LINES]


def test_sentence_end_without_room_for_the_next_word_goes_on() -> None:
    # "… szkolnych." filled its line: the next word could not have fitted there
    lines = (
        (
            "Zarząd powiatu w Lipnicy Górnej przyjął w środę plan remontu mostu na rzece",
            "Wierzbnej, który od wiosny jest zamknięty dla ciężarówek i autobusów szkolnych.",
            "Prace mają kosztować około dziewięciu milionów złotych z kasy.",
        ),
        *_PL_LINES[1:],
    )
    joined = [line.text for line in unwrap(split_lines(_printed(lines)))]
    assert joined[0] == " ".join(lines[0])


_AR_HEAD = (
    "   [1]تخطي إلى المحتوى",
    "   [2]صحيفة الساحل [3]Français",
    "     * [4]الرئيسية\n     * [5]محليات\n     * [6]رياضة\n     * [7]ثقافة",
    "   [8]رياضة",
    "ملعب بلدي جديد في حي الزيتون يفتح أبوابه للشباب",
    "   نشر في 4 ديسمبر 2026 - 10:20 | بقلم: [9]سمير الحداد",
)
_AR_TAIL = (
    "   الكلمات المفتاحية: [10]ملاعب [11]شباب",
    "  اقرأ أيضا\n\n     * [12]انطلاق دوري الأحياء في نسخته الخامسة\n"
    "     * [13]ترميم دار الثقافة يدخل مرحلته الأخيرة",
    "   © 2026 صحيفة الساحل - جميع الحقوق محفوظة",
)
_AR_LINES = (
    (
        "افتتحت بلدية المدينة صباح أمس ملعبًا جديدًا لكرة القدم في حي الزيتون، بعد",
        "أشغال دامت ثمانية أشهر وشملت تركيب عشب اصطناعي وإنارة ليلية ومدرجات صغيرة",
        "للعائلات.",
    ),
    (
        "وقال المدير الجهوي للشباب والرياضة إن المشروع الذي دشنه الوالي أمس أنجز",
        'بالتعاون مع جمعيات أحياء المدينة، مضيفًا أن "الملعب سيبقى مفتوحًا',
        'لكل الفرق".',
    ),
    (
        "ويأمل سكان الحي أن يساهم الملعب في إبعاد الشباب عن الشارع، خاصة في العطل",
        "المدرسية التي يقضيها كثير منهم دون أي نشاط منظم.",
    ),
)


def test_credit_phrase_on_a_wrapped_line_stays_in_its_paragraph() -> None:
    body = ["\n".join("   " + ln for ln in para) for para in _AR_LINES]
    text = "\n\n".join([*_AR_HEAD, *body, *_AR_TAIL]) + "\n"
    article = parse_plaintext(text)
    paragraphs = [b.text for b in article.blocks if isinstance(b, Paragraph)]
    assert paragraphs == [" ".join(para) for para in _AR_LINES]
    assert article.credit_line is None
