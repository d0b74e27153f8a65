"""Round 24 (w3mwrap): hard-wrapped dumps (w3m, lynx). A credit-like
line that goes on from a wrapped prose line is the paragraph's, not the story's credit
line (``_Reader._credit_goes_on_wrap``). Every sentence, person, place and outlet is
invented."""

from __future__ import annotations

from syndicate.model import Paragraph
from syndicate.readers.plaintext import parse_plaintext

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
