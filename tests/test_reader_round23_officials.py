"""Round 23 (officials): public officials' titles as data (``official_roles``): a notice's
signature block — the signer's office and name, in either order, maybe a blank line
between them — signs the notice (``byline.signature``), and a bare Arabic caption that
names an office ("وزيرة الصناعة") printed twice is a photo's caption, never the byline.
Every sentence, person, place and site is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.body import short_twin_caption
from syndicate.readers.scraped.headerline import official_office


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_PL_TITLE = "Zamknięcie drogi gminnej w Olszynkach"
_PL_ONE = (
    "Informujemy, że od poniedziałku 23 listopada 2026 r. droga gminna w Olszynkach zostanie "
    "zamknięta dla ruchu na odcinku od kościoła do szkoły z powodu wymiany przepustu."
)
_PL_TWO = (
    "Objazd poprowadzono drogą powiatową przez Kamionkę. Za utrudnienia przepraszamy i "
    "prosimy o stosowanie się do oznakowania."
)

_AR_TITLE = "وزيرة الصناعة تفتتح مصنعا جديدا للأسمدة في مدينة الرمال البيضاء"
_AR_ONE = (
    "افتتحت وزيرة الصناعة، صباح اليوم الأحد، مصنعا جديدا لإنتاج الأسمدة الزراعية في المنطقة "
    "الصناعية بمدينة الرمال البيضاء، بطاقة إنتاجية تصل إلى ثلاثمائة ألف طن سنويا."
)
_AR_TWO = (
    "وقالت الوزيرة خلال جولتها في خطوط الإنتاج إن المصنع سيوفر نحو ألف ومئتي فرصة عمل "
    "مباشرة لأبناء المحافظة، وإن نصف إنتاجه مخصص للتصدير إلى الأسواق المجاورة."
)


def _author(article):
    return [(a.name, a.role) for a in article.authors]


def test_spaced_signature_office_then_name_signs_the_notice() -> None:
    text = _blocks(
        _PL_TITLE,
        _PL_ONE,
        _PL_TWO,
        "Kierownik Referatu Dróg i Gospodarki Komunalnej",
        "Tomasz Wereszczak",
    )
    article = parse_plaintext(text)
    assert _author(article) == [
        ("Tomasz Wereszczak", "Kierownik Referatu Dróg i Gospodarki Komunalnej")
    ]
    assert all("Wereszczak" not in p for p in paragraphs(article))


def test_spaced_signature_name_then_office_signs_the_notice() -> None:
    text = _blocks(_PL_TITLE, _PL_ONE, _PL_TWO, "Halina Wrzos", "Zastępca Wójta Gminy Olszynki")
    article = parse_plaintext(text)
    assert _author(article) == [("Halina Wrzos", "Zastępca Wójta Gminy Olszynki")]
    assert paragraphs(article)[-1] == _PL_TWO


def test_office_with_a_names_shape_over_the_name() -> None:
    # "Wójt Gminy" is two capitalised words, a name's shape: the title opening it decides
    text = _PL_TITLE + "\n\n" + _PL_ONE + "\n\n" + _PL_TWO + "\n\nWójt Gminy\nGrzegorz Lipa\n"
    article = parse_plaintext(text)
    assert _author(article) == [("Grzegorz Lipa", "Wójt Gminy")]


def test_spaced_pair_with_prose_under_it_is_no_signature() -> None:
    text = _blocks(
        _PL_TITLE,
        _PL_ONE,
        "Kierownik Referatu Dróg",
        "Tomasz Wereszczak",
        _PL_TWO + " Prace potrwają do końca lutego, a wykonawca odpowiada za oznakowanie.",
    )
    assert not parse_plaintext(text).authors


def test_arabic_council_head_signs_the_notice() -> None:
    text = (
        "إغلاق جزئي لشارع الكورنيش لأعمال الصيانة\n\n"
        "يعلن المجلس البلدي عن إغلاق جزئي لشارع الكورنيش اعتبارا من يوم الأحد المقبل ولمدة "
        "أسبوعين، وذلك لتنفيذ أعمال صيانة شبكة تصريف مياه الأمطار.\n\n"
        "ويرجى من السائقين استخدام الطرق البديلة والالتزام بالإرشادات المرورية المؤقتة حفاظا "
        "على سلامة الجميع.\n\n"
        "رئيس المجلس البلدي\nسالم عبد الله الكعبي\n"
    )
    assert _author(parse_plaintext(text)) == [("سالم عبد الله الكعبي", "رئيس المجلس البلدي")]


def test_chinese_bureau_chief_signs_the_notice() -> None:
    text = (
        "关于临时封闭滨江路部分路段的通告\n\n"
        "因滨江路排水管网改造施工需要，自2026年11月16日起至11月30日止，对滨江路（长虹桥至青石街段）"
        "实施全封闭施工，禁止机动车和行人通行。\n\n"
        "请过往车辆和行人提前选择绕行路线，服从现场交通管理人员指挥。由此带来的不便，敬请谅解。\n\n"
        "区交通运输局局长\n王建国\n"
    )
    assert _author(parse_plaintext(text)) == [("王建国", "区交通运输局局长")]


def test_arabic_office_caption_printed_twice_is_a_figure_not_the_byline() -> None:
    text = _blocks(_AR_TITLE, "وزيرة الصناعة", "وزيرة الصناعة", _AR_ONE, _AR_TWO)
    article = parse_plaintext(text)
    assert not article.authors
    captions = [b.caption for b in article.blocks if type(b).__name__ == "Figure"]
    assert captions == ["وزيرة الصناعة"]


def test_short_twin_caption_takes_an_uncased_office() -> None:
    assert short_twin_caption("محافظ المدينة", "محافظ المدينة", _AR_ONE)
    assert not short_twin_caption("سالم الكعبي", "سالم الكعبي", _AR_ONE)  # a name twice


def test_official_office_reads_the_data_of_the_language() -> None:
    assert official_office("Начальник управления", "ru")
    assert official_office("Заступниця міського голови", "uk")
    assert official_office("区交通运输局局长", "zh")
    assert official_office("Deputy Mayor for Housing", "en")
    assert official_office("Wójt Gminy", "pl", leading=True)
    assert not official_office("Jan Starosta", "pl", leading=True)  # a surname
    assert not official_office("Minister said the bridge would open in May.", "en")
