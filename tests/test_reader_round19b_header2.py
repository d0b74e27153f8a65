"""Round 19b (header2): header lines the probes took for the headline or lost — a blog
theme's post-meta row ("Geplaatst op DATE door Bestuur") printed over the post's title, and
a newsletter's name over the headline that signs the page off again under the article.
Every sentence and name is invented."""

from __future__ import annotations

from syndicate.model import Article, Paragraph
from syndicate.readers.plaintext import parse_plaintext

_NL = [
    "De algemene ledenvergadering van 12 mei gaat niet door in de kantine, omdat daar die "
    "week de nieuwe vloer wordt gelegd door een bedrijf uit de buurt.",
    "We vergaderen nu op dinsdag 19 mei om acht uur in het dorpshuis aan de Kerkstraat, "
    "waar ruimte is voor ruim honderd leden.",
    "De stukken liggen vanaf volgende week ter inzage bij de secretaris en staan ook in het "
    "ledengedeelte van de website.",
]
_FR = [
    "La visite de printemps a eu lieu samedi au jardin du Pré-Mouillé, par une matinée "
    "douce, avec une quinzaine de membres et les deux animateurs.",
    "Les semis de février ont bien levé, sauf les poireaux, qui seront ressemés la semaine "
    "prochaine sous le tunnel du fond.",
    "Les membres qui veulent une parcelle cette saison peuvent encore s'inscrire auprès du "
    "bureau jusqu'à la fin du mois.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def test_headline_under_post_meta_row() -> None:
    text = _page(
        "Voetbalvereniging Groen-Geel Westerbroek",
        "Nieuws",
        "Geplaatst op 3 mei 2026 door Bestuur",
        "Ledenvergadering verplaatst naar het dorpshuis",
        *_NL,
    )
    article = parse_plaintext(text)
    assert article.title == "Ledenvergadering verplaatst naar het dorpshuis"
    assert [a.name for a in article.authors] == ["Bestuur"]
    assert article.published == "2026-05-03"
    assert _texts(article)[0].startswith("De algemene ledenvergadering")


def test_post_meta_row_over_headline_gives_its_date() -> None:
    text = _page(
        "Tennisclub De Vlonder",
        "Home | Nieuws | Agenda | Contact",
        "Geplaatst op 12 maart 2026 door Bestuur",
        "Ledenvergadering verplaatst naar het dorpshuis",
        *_NL,
    )
    article = parse_plaintext(text)
    assert article.title == "Ledenvergadering verplaatst naar het dorpshuis"
    assert article.published == "2026-03-12"


def test_post_meta_under_headline_unchanged() -> None:
    text = _page(
        "Ledenvergadering verplaatst naar het dorpshuis",
        "Geplaatst op 3 mei 2026 door Bestuur",
        *_NL,
    )
    article = parse_plaintext(text)
    assert article.title == "Ledenvergadering verplaatst naar het dorpshuis"
    assert article.published == "2026-05-03"


def test_newsletter_name_signing_the_foot_is_no_headline() -> None:
    text = _page(
        "Accueil > Lettres > Archives 2026",
        "La Feuille du Pré-Mouillé",
        "Les semis de février ont bien levé au jardin partagé",
        "Seules les rangées de poireaux sont à refaire, et le tunnel du fond est prêt pour "
        "la saison.",
        "Publié le 6 mars 2026 par Odile Varennes",
        *_FR,
        "Se désinscrire · Voir dans le navigateur",
        "La Feuille du Pré-Mouillé",
    )
    article = parse_plaintext(text)
    assert article.title == "Les semis de février ont bien levé au jardin partagé"
    assert article.subtitle is not None and article.subtitle.startswith("Seules les rangées")
    assert [a.name for a in article.authors] == ["Odile Varennes"]


def test_headline_echoed_over_its_dek_still_taken() -> None:
    # the headline printed again in the breadcrumb: the line under it is its dek
    text = _page(
        "Accueil > Jardin > Les semis de février ont bien levé",
        "Les semis de février ont bien levé",
        "Seules les rangées de poireaux sont à refaire, et le tunnel du fond est prêt pour "
        "la saison.",
        "Publié le 6 mars 2026 par Odile Varennes",
        *_FR,
    )
    article = parse_plaintext(text)
    assert article.title == "Les semis de février ont bien levé"


_ZH = [
    "4月17日上午，柳溪镇老街改造工程通过验收，老街全长约六百米，两侧骑楼大多建于上世纪二三十年代。",
    "改造过程中，施工方坚持修旧如旧，保留了原有的立面和木构件，并同步改造了排水和电力线路。",
    "镇政府相关负责人表示，接下来将引入非遗工坊和特色小吃，让老街既有烟火气，也有文化味。",
]


def test_cjk_dek_after_meta_row() -> None:
    text = _page(
        "首页 > 新闻中心 > 本地新闻",
        "柳溪镇老街改造完成 百年骑楼重新开街",
        "来源：柳溪融媒　作者：沈若禾　发布时间：2026-04-18 09:30",
        "历时十四个月修缮 四十二栋骑楼恢复原貌",
        *_ZH,
    )
    article = parse_plaintext(text)
    assert article.subtitle == "历时十四个月修缮 四十二栋骑楼恢复原貌"
    assert _texts(article)[0].startswith("4月17日上午")


def test_cjk_alt_text_over_its_caption_is_no_dek() -> None:
    text = _page(
        "柳溪镇老街改造完成 百年骑楼重新开街",
        "来源：柳溪融媒　作者：沈若禾　发布时间：2026-04-18 09:30",
        "修缮后的柳溪老街骑楼",
        "修缮后的柳溪老街骑楼在夜色中亮灯。（图／柳溪融媒）",
        *_ZH,
    )
    assert parse_plaintext(text).subtitle is None


def test_salutation_opens_the_body() -> None:
    text = _page(
        "Les semis de février ont bien levé au jardin partagé",
        "Publié le 6 mars 2026 par Odile Varennes",
        "Chers jardiniers,",
        *_FR,
    )
    assert _texts(parse_plaintext(text))[0] == "Chers jardiniers,"


def _copy(*lines: str) -> str:
    """A select-all copy: one line per block, no blank lines."""
    return "\n".join(lines) + "\n"


def test_post_meta_row_taken_as_headline_moves_down() -> None:
    text = _copy(
        "Clubnieuws",
        "Geplaatst op 3 mei 2026 door Bestuur",
        "Ledenvergadering verplaatst",
        *_NL,
    )
    article = parse_plaintext(text)
    assert article.title == "Ledenvergadering verplaatst"
    assert [a.name for a in article.authors] == ["Bestuur"]
    assert article.published == "2026-05-03"


def test_posted_on_by_row_over_headline() -> None:
    text = _page(
        "Posted on March 3, 2026 by Jane Holloway",
        "Spring working party this Saturday",
        "Please come along to the spring working party at the clubhouse this Saturday from "
        "nine in the morning, bringing gloves and a spade if you have them.",
        "We will be clearing the ditch behind the second pitch and painting the changing "
        "rooms, with soup and sandwiches for everyone at lunch.",
        "Thanks to everyone who helped last autumn; the ground has never looked better.",
    )
    article = parse_plaintext(text)
    assert article.title == "Spring working party this Saturday"
    assert [a.name for a in article.authors] == ["Jane Holloway"]
    assert article.published == "2026-03-03"


def test_newsletter_name_over_headline_and_byline() -> None:
    text = _page(
        "Accueil > Lettres > Archives 2026",
        "La Feuille du Pré-Mouillé",
        "Les semis de février ont bien levé au jardin partagé",
        "Publié le 6 mars 2026 par Odile Varennes",
        *_FR,
        "Se désinscrire · Voir dans le navigateur",
        "La Feuille du Pré-Mouillé",
    )
    article = parse_plaintext(text)
    assert article.title == "Les semis de février ont bien levé au jardin partagé"
    assert article.published == "2026-03-06"


_AR = [
    "افتتحت بلدية مدينة الواحة الخضراء صباح اليوم أول سوق أسبوعي للمزارعين، بمشاركة أكثر "
    "من ستين مزارعا من القرى المجاورة.",
    "وقال رئيس البلدية إن السوق سيفتح أبوابه كل يوم جمعة من السابعة صباحا حتى الظهر، وإن "
    "البلدية لن تتقاضى أي رسوم من المزارعين خلال العام الأول.",
    "وأضاف أن البلدية تدرس إنشاء سوق ثان في الحي الشرقي إذا نجحت التجربة.",
]


def test_arabic_short_dek_is_no_bare_name() -> None:
    text = _page(
        "الرئيسية / أخبار / محليات",
        "محليات",
        "بلدية الواحة تفتتح أول سوق أسبوعي للمزارعين في المدينة",
        "سوق بلا رسوم للمزارعين",
        "الأحد 19 أبريل 2026 - 10:30",
        *_AR,
    )
    assert not parse_plaintext(text).authors


def test_arabic_bare_name_with_particle_stays_a_name() -> None:
    text = _page(
        "بلدية الواحة تفتتح أول سوق أسبوعي للمزارعين في المدينة",
        "سالم بن راشد الكندي",
        "الأحد 19 أبريل 2026 - 10:30",
        *_AR,
    )
    assert [a.name for a in parse_plaintext(text).authors] == ["سالم بن راشد الكندي"]


def test_cjk_dek_in_select_all_copy() -> None:
    text = _copy(
        "柳溪镇老街改造完成 百年骑楼重新开街",
        "来源：柳溪融媒　作者：沈若禾　发布时间：2026-04-18 09:30",
        "历时十四个月修缮 四十二栋骑楼恢复原貌",
        *_ZH,
    )
    article = parse_plaintext(text)
    assert article.subtitle == "历时十四个月修缮 四十二栋骑楼恢复原貌"
    assert _texts(article)[0].startswith("4月17日上午")
