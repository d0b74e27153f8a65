"""Round 20 (kicker): the headline zone of news pages — a section label the page lists in its
menu or tag row right over the headline, a standfirst printed between the date row and a
reading-tools row ("Text size A- A+ Print Share"), a Chinese select-all copy whose
two-character menu entries made it read as hard-wrapped, and an image's alt text glued to
the caption after it. Every sentence is invented."""

from __future__ import annotations

from syndicate.model import Figure, Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.lines import split_lines, wrap_width

_FR = [
    "Par une ordonnance rendue le 13 octobre 2026, le juge des référés a suspendu "
    "l'exécution de l'arrêté par lequel le maire de Sainte-Orane avait interdit toute "
    "activité sur le lac jusqu'au 31 décembre.",
    "L'association, qui regroupe environ 230 pêcheurs, soutenait que la commune n'avait "
    "produit aucune analyse de l'eau ni aucun rapport établissant un danger particulier.",
    "La commune dispose d'un délai de quinze jours pour se pourvoir en cassation.",
]
_ES = [
    "Remedios Alcañiz abrió la biblioteca municipal de Villasur en 1988, cuando el "
    "préstamo se anotaba a mano en fichas de cartón y el fondo cabía en dos estanterías.",
    "Este viernes cerró la puerta por última vez. Los vecinos le organizaron una comida "
    "en la plaza y le regalaron un libro firmado por todos los lectores del club.",
    "El ayuntamiento convocará la plaza en las próximas semanas.",
]
_EN = [
    "Millbrook had looked the stronger side for most of the second half, and twice hit the "
    "post through their winger Sam Okafor before the late winner.",
    "The Kestrels manager, Rhona Bell, admitted her side had ridden their luck. \"We were "
    "second best for long spells,\" she said.",
    "The win was the Kestrels' seventh in eight league games.",
]
_AR = [
    "أقر المجلس البلدي في جلسته الأخيرة خطة شاملة لتأهيل سوق الخضار القديم في وسط المدينة، "
    "بكلفة تقديرية تبلغ مليوني دينار.",
    "وقال رئيس المجلس سامر الخطيب إن الأعمال ستنفذ على ثلاث مراحل حتى لا يتوقف نشاط التجار.",
    "وأضاف أن البلدية ستنظم لقاء مع أصحاب المحلات الأسبوع المقبل.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in parse_plaintext(text).blocks if isinstance(b, Paragraph)]


def _figures(text: str) -> list[tuple[str | None, str | None]]:
    return [(b.caption, b.credit) for b in parse_plaintext(text).blocks if isinstance(b, Figure)]


_FR_HEADLINE = "Le tribunal suspend l'arrêté limitant l'accès au lac de la Sablière"
_FR_DEK = (
    "Saisi en urgence par une association de pêcheurs, le juge estime que l'interdiction "
    "totale de la baignade, décidée sans étude préalable, porte une atteinte "
    "disproportionnée à la liberté d'aller et venir."
)


def test_section_label_listed_in_the_menu_or_tag_row_is_no_headline() -> None:
    menus = [
        # a bulleted menu item above
        (("• Accueil", "• Vie de la juridiction", "• Décisions"), ()),
        # a labelled tag row below
        ((), ("Mots-clés : Vie de la juridiction, Environnement",)),
        # a row of capitalised tags opening with the label below
        ((), ("Vie de la juridiction  Référés  Environnement",)),
    ]
    for above, below in menus:
        text = _page(
            "Tribunal administratif de Vaubreuil", *above, "Vie de la juridiction",
            _FR_HEADLINE, "Publié le 14 octobre 2026", _FR_DEK,
            "Taille du texte A- A+ Imprimer Partager", *_FR, *below,
        )
        article = parse_plaintext(text)
        assert article.title == _FR_HEADLINE, (above, below)
        assert article.subtitle == _FR_DEK, (above, below)
        assert _paragraphs(text)[0] == _FR[0], (above, below)


def test_section_label_in_a_select_all_menu_without_bullets_is_no_headline() -> None:
    text = "\n".join([
        "Tribunal administratif de Vaubreuil", "Accueil", "Le tribunal",
        "Vie de la juridiction", "Décisions", "Démarches", "Vie de la juridiction",
        _FR_HEADLINE, "Publié le 14 octobre 2026", _FR_DEK,
        "Taille du texte A- A+ Imprimer Partager", *_FR, "Plan du site", "Mentions légales",
    ]) + "\n"
    article = parse_plaintext(text)
    assert article.title == _FR_HEADLINE
    assert article.subtitle == _FR_DEK
    assert _paragraphs(text) == _FR


def test_short_headline_over_its_long_dek_stands_without_a_listing() -> None:
    # Round 19c's shape: nothing lists the four-word line as a section; it stays the headline
    headline = "Se va la bibliotecaria"
    dek = (
        "Remedios Alcañiz deja la sala tras 36 años entre fichas de cartón, clubes de "
        "lectura y préstamos a domicilio"
    )
    for extra in ((), ("Etiquetas: Villasur, bibliotecas",)):
        text = _page("Gaceta de Villasur", headline, dek, "Por Lucía Ferrer",
                     "14 de octubre de 2026", *_ES, *extra)
        article = parse_plaintext(text)
        assert article.title == headline, extra
        assert article.subtitle == dek, extra


def test_reading_tools_row_sets_the_standfirst_apart_from_the_story() -> None:
    cases = [
        ("Kestrels edge past Millbrook in late thriller to stay top", "Published on 14 "
         "September 2027", "A stoppage-time header from captain Leo Varga settled a tense "
         "derby and kept the Kestrels two points clear.", "Font size: A A A | Print | Email",
         _EN),
        ("المجلس البلدي يقر خطة لتأهيل سوق الخضار القديم", "نشر بتاريخ 12 مارس 2027",
         "تشمل الخطة تجديد الأرصفة وتركيب مظلات جديدة وتخصيص مواقف للسيارات، على أن تبدأ "
         "الأعمال مطلع الصيف المقبل.", "حجم النص A- A+ طباعة مشاركة", _AR),
    ]
    for headline, date, dek, tools, body in cases:
        text = _page(headline, date, dek, tools, *body)
        article = parse_plaintext(text)
        assert article.subtitle == dek, tools
        assert _paragraphs(text) == body, tools


def test_text_size_row_is_share_chrome_and_prose_is_not() -> None:
    en, fr = chrome_cues("en"), chrome_cues("fr")
    assert en.kind("Font size: A A A | Print | Email") == "share"
    assert en.kind("Text size: A- A+ | Share") == "share"
    assert fr.kind("Taille du texte : A- A+ | Imprimer | Partager") == "share"
    assert en.kind("Grade A a year ago, grade B now") is None
    assert en.kind("Print a copy of a form") is None
    assert en.kind("A A") is None  # bare buttons: no tool named, left as they were


def test_tool_row_one_button_a_line_keeps_the_standfirst() -> None:
    dek = ("A stoppage-time header from captain Leo Varga settled a tense derby and kept the "
           "Kestrels two points clear at the top of the table.")
    text = "\n".join([
        "Kestrels edge past Millbrook in late thriller to stay top", "By Owen Petrie",
        "Published on 14 September 2027", dek, "Text size", "A-", "A+", "Print", "Share",
        "[Photo of Leo Varga celebrating]",
        "Leo Varga celebrates his winner in front of the away end. Photo: Dan Rees/Gazette",
        *_EN,
    ]) + "\n"
    article = parse_plaintext(text)
    assert article.subtitle == dek
    assert _paragraphs(text) == _EN


def test_chinese_copy_with_two_character_menu_entries_is_not_hard_wrapped() -> None:
    paragraphs = [
        "7月18日晚，城市电竞联赛夏季赛第六周在滨江电竞馆进行焦点之战。澄湖疾风在先丢一局的情况下连扳三局，"
        "以三比一击败东林星火，提前两周锁定季后赛席位。",
        "首局比赛，东林星火凭借中期一波漂亮的团战打开局面，二十八分钟便推掉对方基地。第二局开局，澄湖疾风"
        "调整了阵容，打野选手“青柠”多次成功入侵对方野区，帮助队伍建立起经济优势。",
        "第三局成为整场比赛的转折点。今年刚从青训队提拔上来的辅助选手“小满”在关键团战中连续三次开团，帮助"
        "队伍拿下远古巨龙，随后一鼓作气结束比赛。",
        "“赛前教练就说过，不管比分怎么样，都要相信自己的打法。”赛后，“小满”在接受采访时说，“第三局那波"
        "开团其实有点冒险，但队友都跟上了。”",
        "第四局，澄湖疾风延续了良好状态，全场仅丢掉一座防御塔，以一场干净利落的胜利结束了比赛。",
        "积分榜方面，澄湖疾风目前以十胜两负的战绩暂列第二，仅落后于榜首的南港雷霆。下周，两支队伍将在常规赛"
        "倒数第二轮正面交锋。",
    ]
    lines = [
        "跳到主要内容", "云岭电竞网", "首页", "赛事", "战队", "选手", "资讯", "视频",
        "当前位置：首页 > 赛事 > 城市电竞联赛", "城市电竞联赛",
        "夏季赛第六周：澄湖疾风三比一逆转，锁定季后赛席位",
        "2027-07-18 21:40　来源：云岭电竞网　作者：廖一帆", "分享：微信 微博 复制链接",
        "[图片：澄湖疾风队员在赛后相互击掌庆祝]",
        "澄湖疾风队员在第四局结束后相互击掌庆祝。（赛事方供图）",
        *paragraphs, "责任编辑：宋晓岚", "标签：城市电竞联赛 夏季赛 澄湖疾风 东林星火",
        "上一篇：南港雷霆全胜领跑 新赛季阵容磨合完成",
        "下一篇：联赛公布季后赛赛程 决赛移师奥体中心",
        "相关阅读", "· 东林星火官宣新教练 前职业选手回归", "· 电竞馆暑期开放日活动报名开始",
        "关于我们 | 联系我们 | 网站地图 | 免责声明",
        "Copyright © 2027 云岭电竞网 版权所有　滇ICP备2027004455号",
    ]
    text = "\n".join(lines) + "\n"
    assert wrap_width(split_lines(text)) is None
    article = parse_plaintext(text)
    assert article.title == "夏季赛第六周：澄湖疾风三比一逆转，锁定季后赛席位"
    assert _paragraphs(text) == paragraphs


def test_alt_text_glued_to_the_caption_is_taken_off() -> None:
    cases = [
        ("[Photo du lac de la Sablière] Le lac de la Sablière, à l'est de Vaubreuil, attire "
         "chaque été plusieurs milliers de visiteurs. © Tribunal administratif de Vaubreuil",
         ("Le lac de la Sablière, à l'est de Vaubreuil, attire chaque été plusieurs milliers "
          "de visiteurs.", "Tribunal administratif de Vaubreuil"), _FR),
        ("[Foto: Besucher im Stadtmuseum] Besucher im Innenhof des Stadtmuseums bei der "
         "Museumsnacht im vergangenen Jahr. Foto: Landratsamt Ostergau",
         ("Besucher im Innenhof des Stadtmuseums bei der Museumsnacht im vergangenen Jahr.",
          "Landratsamt Ostergau"), [
             "Die Museumsnacht findet in diesem Jahr zum zehnten Mal statt. Neben dem "
             "Stadtmuseum beteiligen sich auch die Stadtbibliothek und das Archiv.",
             "Der Pendelbus fährt ab 18 Uhr im Viertelstundentakt.",
             "Eintrittsbänder gibt es an allen Standorten für acht Euro.",
         ]),
    ]
    for line, want, body in cases:
        text = _page("Headline over a story with a photo of the place", "14.10.2026", line,
                     *body)
        assert _figures(text) == [want], line
        assert _paragraphs(text) == body, line
