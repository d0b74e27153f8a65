"""Round 21 (cuts): where the article ends — the paragraph a members' login wall cut,
printed under the wall, a closing line in a script without capitals and a row of hashtags
at the foot. Every sentence, person and site is invented."""

from __future__ import annotations

from readerblocks import headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.noise import hashtag_row


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# -- region.past-wall ---------------------------------------------------------------------

_WALL_EN = (
    "Tidewater Trade Monthly",
    "  * News\n  * Retail\n  * Makers\n  * Events",
    "Subscribe   Log in",
    "The sail loft that learned to make bags",
    "By Aisling Mercer",
    "March 3, 2026",
    "When the boatyard next door closed in 2011, the sail loft on Wharf Street lost half "
    "of its orders in a single season and the owners thought about selling the building.",
    "Instead they bought a second-hand industrial sewing machine and began cutting old "
    "sails into shopping bags, which now make up most of what the loft sells every year.",
    "\"We had forty years of canvas in the attic,\" says Rhona Gilchrist, who runs the "
    "loft with her brother. \"It seemed a shame to throw any of it away.\"",
    "Selling abroad",
    "This article is for members",
    "Log in to keep reading",
    "Already a subscriber? Sign in",
    "Join from £3 a month",
    "The first order from outside the country came from a shop in Rotterdam that had seen "
    "the bags at a trade fair and asked for two hundred of them before the",
    "Related stories",
    "  * Wharf Street traders win grant for shopfronts\n  * Ferry timetable changes in May",
    "Share   Facebook   LinkedIn   Email",
    "© 2026 Tidewater Media Ltd",
)


def test_the_paragraph_a_login_wall_cut_stays_under_the_wall() -> None:
    article = parse_plaintext(_text(*_WALL_EN))
    body = paragraphs(article)
    assert body[-1].startswith("The first order from outside the country")
    assert len(body) == 4
    assert headings(article)[-1] == "Selling abroad"
    text = " ".join(body)
    assert "Log in to keep reading" not in text
    assert "Already a subscriber" not in text
    assert "Join from" not in text


_WALL_ES = (
    "Revista Comercio Local",
    "  * Noticias\n  * Tiendas\n  * Oficios",
    "Suscríbete   Inicia sesión",
    "La última cordelería del puerto vende ahora por internet",
    "Por Marta Echeverría",
    "3 de marzo de 2026",
    "Cuando cerró la lonja en 1998, casi todos los vecinos de la calle del Muelle dieron "
    "por hecho que la cordelería de la familia Arrieta cerraría con ella muy pronto.",
    "Veintiocho años después la tienda sigue abierta, con los escaparates llenos de cabos "
    "de cáñamo, y tiene más empleados que cuando los barcos salían a faenar cada noche.",
    "La tienda en línea",
    "Este artículo es exclusivo para socios",
    "Inicia sesión para seguir leyendo",
    "¿Ya eres socio? Inicia sesión",
    "Desde 4 euros al mes",
    "La hija de Arrieta, que tiene veintitrés años, montó la primera página web de la "
    "tienda durante el confinamiento y dice que los primeros meses le enseñaron más sobre",
    "Noticias relacionadas",
    "  * El puerto subirá las tasas de amarre\n  * Abre una panadería en la plaza",
    "© 2026 Comercio Local",
)


def test_a_spanish_login_wall_keeps_the_cut_paragraph_under_it() -> None:
    article = parse_plaintext(_text(*_WALL_ES))
    body = paragraphs(article)
    assert body[-1].startswith("La hija de Arrieta")
    assert len(body) == 3
    assert "La tienda en línea" in headings(article)
    assert not any("Inicia sesión" in p or "socio" in p for p in body)


def test_a_teaser_under_a_login_box_after_the_article_stays_out() -> None:
    # a log-in box after a finished article, a related teaser's snippet under it: the
    # snippet ends its sentence, so it is not a paragraph the wall cut
    lines = list(_WALL_EN)
    lines[12] = (
        "The first order from outside the country came from a shop in Rotterdam that had "
        "seen the bags at a trade fair."
    )
    body = paragraphs(parse_plaintext(_text(*lines)))
    assert not any(p.startswith("The first order") for p in body)


_WALL_DE_LYNX = """\
   [1]Zum Inhalt springen

   [2]Wirtschaftsblatt Nordküste

   [3]Handel [4]Handwerk [5]Gastronomie [6]Immobilien
   [7]Abonnieren [8]Anmelden

   Handwerk

Die Seilerei, die den Fischfang überlebt hat

   Von Maren Tjaden

   18.11.2026

   Als 1998 der letzte Kutter den Hafen von Westerbrück verließ, rechneten
   die meisten Nachbarn damit, dass auch die Seilerei in der Kaistraße bald
   schließen würde. Die Familie Harms hatte die Flotte seit den fünfziger
   Jahren mit Netzen und Festmachern beliefert.

   Achtundzwanzig Jahre später ist der Laden noch immer geöffnet, die
   Schaufenster sind voller Hanfseile, und er beschäftigt mehr Menschen als
   zu der Zeit, als die Kutter noch ausliefen.

Der Webshop

   Dieser Artikel ist für Mitglieder

   Werden Sie Mitglied, um weiterzulesen und alle Berichte aus der
   regionalen Wirtschaft zu lesen.

   [9]Anmelden und weiterlesen

   Bereits Mitglied? [10]Anmelden

   Ab 4 Euro im Monat

   Die Tochter von Jens Harms, die 23 Jahre alt ist, baute während des
   Lockdowns die erste Website des Ladens und sagt, die ersten Monate hätten
   ihr mehr über Verpackungen beigebracht als über

   [11]Impressum [12]Datenschutz [13]Kontakt

   © 2026 Wirtschaftsblatt Nordküste

References

   1. https://wb-nord.example/#inhalt
"""


def test_a_wrapped_german_wall_with_its_pitch_sentence_keeps_the_cut_paragraph() -> None:
    # lynx: the wall's pitch is a whole sentence ("Werden Sie Mitglied, um weiterzulesen
    # …") with a cue of its own, set among the prompts
    article = parse_plaintext(_WALL_DE_LYNX)
    body = paragraphs(article)
    assert body[-1].startswith("Die Tochter von Jens Harms")
    assert len(body) == 3
    assert headings(article) == ["Der Webshop"]
    assert not any("Mitglied" in p or "Anmelden" in p for p in body)


def test_a_short_cut_sentence_under_the_wall_at_the_texts_end_stays() -> None:
    # article text: the wall's prompts, then the sentence it cut, the text's last line
    article = parse_plaintext(
        _text(
            "The sail loft that learned to make bags",
            "By Aisling Mercer",
            _WALL_EN[6],
            _WALL_EN[7],
            "This article is for members",
            "Become a member of Tidewater Trade Monthly to keep reading and get unlimited "
            "access to our reporting.",
            "Log in to keep reading",
            "Already a subscriber? Sign in",
            "Rhona Gilchrist sold the first bags at a craft fair and says that",
        )
    )
    body = paragraphs(article)
    assert body[-1] == "Rhona Gilchrist sold the first bags at a craft fair and says that"
    assert len(body) == 3


# -- region.closing-line (uncased scripts) ------------------------------------------------


_FATWA_AR = """\
البوابة الرسمية لهيئة الأوقاف
تسجيل الدخول | الخدمات الإلكترونية | مواقيت الصلاة

• الرئيسية
• الفتاوى
• تواصل معنا

القسم: العبادات > الصلاة

حكم الجمع بين الصلاتين للمسافر في يوم السفر

المشاهدات: 2,310

نص السؤال

أعمل سائقًا على خط بين مدينتين، فهل يجوز لي الجمع بين الصلاتين في يوم السفر؟

الإجابة

الحمد لله وحده، والصلاة والسلام على من لا نبي بعده.

يجوز للمسافر أن يجمع بين الظهر والعصر وبين المغرب والعشاء إذا جد به السير،
والأفضل أن يصلي كل صلاة في وقتها إذا تيسر له ذلك دون مشقة.

ولا يجوز له الجمع بعد رجوعه إلى مدينته ودخوله عمرانها، وإن لم يصل إلى بيته بعد.

والله الموفق.

  مشاركة:  واتساب  تويتر  فيسبوك  نسخ الرابط

انظر أيضًا:
  - قصر الصلاة في السفر الطويل
  - صلاة المسافر خلف المقيم

الهيئة على وسائل التواصل   |   الأسئلة الشائعة   |   شروط الاستخدام
© 2026 هيئة الأوقاف. جميع الحقوق محفوظة.
"""


def test_an_arabic_closing_line_under_the_last_paragraph_stays_the_articles() -> None:
    # "والله الموفق." under the last paragraph, a share row under it: Arabic has no
    # capitals, so the closing line's first letter cannot be one
    body = paragraphs(parse_plaintext(_FATWA_AR))
    assert body[-1] == "والله الموفق."
    assert body[-2].startswith("ولا يجوز له الجمع")


# -- tags.hashtag-row ---------------------------------------------------------------------

_FLOOD_ZH = (
    "江城防汛：滨江步道临时封闭",
    "记者 王晓明",
    "受连日降雨影响，江城水位在二十四小时内上涨近一米，市政部门周日在滨江步道沿线搭建临时防洪挡板。",
    "气象部门预计洪峰将于周一下午到达，市防汛办提醒市民不要靠近江边，注意出行安全。",
    "磨坊街居民被建议将贵重物品转移到楼上，并暂时不要把车辆停放在江边停车场。",
)


def test_a_topic_row_of_hashtags_at_the_texts_end_is_no_cut_paragraph() -> None:
    # a Weibo-style topic row ("#防汛#") as the text's last line: no paragraph the copy cut
    body = paragraphs(parse_plaintext(_text(*_FLOOD_ZH, "#防汛# #江城# #滨江步道#")))
    assert len(body) == 3
    assert body[-1].startswith("磨坊街居民")
    assert not any("#" in p for p in body)


def test_a_hashtag_row_is_read_in_any_script_and_a_markdown_heading_is_not_one() -> None:
    assert hashtag_row("#floods #river #council") == ["floods", "river", "council"]
    assert hashtag_row("#Rudern · #Jugend") == ["Rudern", "Jugend"]
    assert hashtag_row("#паводок #Степное") == ["паводок", "Степное"]
    assert hashtag_row("# Flood barriers go up") is None
    assert hashtag_row("## Heat from the sewer") is None
    assert hashtag_row("#1 seed wins the final") is None
    assert hashtag_row("#floods") is None


# -- box title over a paywall's buttons ----------------------------------------------------

_UNLOCK_DE = _text(
    "[Zum Inhalt springen](#main)",
    "[![Garten & Markt – Das Prüfmagazin](/static/logo.svg)](/)",
    "  * [Tests](/tests)\n  * [Haus & Garten](/haus-garten)\n  * [Technik](/technik)\n"
    "  * [Heft](/heft)",
    "[Anmelden](/login) [Abo ab 2,90 €](/abo)",
    "[Startseite](/) › [Haus & Garten](/haus-garten) › [Gartengeräte](/gartengeraete)",
    "# Akku-Rasenmäher im Test: Leise, aber nicht immer ausdauernd",
    "Von Katrin Oberhauser | Veröffentlicht: 12.05.2026",
    "[Merken](/merkliste) [Teilen](/share) [Drucken](javascript:print\\(\\))",
    "Wir haben zehn Akku-Rasenmäher für kleine und mittlere Gärten geprüft. Die meisten "
    "Geräte mähen sauber, doch bei nassem Gras und langen Halmen trennt sich die Spreu vom "
    "Weizen.",
    "Jedes Gerät mähte auf einer Prüffläche zunächst trockenen, dann taunassen Rasen. Die "
    "Prüfer bewerteten das Schnittbild, die Laufzeit und den Lärm am Ohr des Nutzers.",
    "**Testergebnisse für 10 Akku-Rasenmäher freischalten**",
    "[Jetzt für 2,90 € freischalten](/tests/kaufen) [Bereits Abonnent? Anmelden](/login)",
    "## Nasses Gras ist die Prüfung",
    "Auf trockenem Rasen lieferten fast alle Geräte ein gutes Schnittbild. Im nassen Gras "
    "verstopften bei drei Modellen nach wenigen Bahnen die Auswurfkanäle.",
    "Die Laufzeit reichte bei den meisten Geräten für etwa 300 Quadratmeter, zwei Modelle "
    "schafften mit einer Akkuladung deutlich mehr als 500 Quadratmeter.",
    "### Mehr zum Thema",
    "  * [Rasen im Herbst: Was jetzt zu tun ist](/ratgeber/rasen-herbst)\n"
    "  * [Laubbläser im Test](/tests/laubblaeser)",
    "[Newsletter abonnieren](/newsletter) – jeden Freitag die neuesten Tests.",
    "[Impressum](/impressum) | [Datenschutz](/datenschutz) | [Kontakt](/kontakt)",
    "© 2026 Garten & Markt Verlag",
)


def test_the_title_over_a_paywall_button_row_inside_the_article_is_chrome() -> None:
    body = paragraphs(parse_plaintext(_UNLOCK_DE))
    assert not any("freischalten" in p for p in body)
    assert len(body) == 4
    assert body[-1].startswith("Die Laufzeit reichte")


# -- related markers: "Also on the blog:" ---------------------------------------------------

_BLOG_EN = """\
# What we learned from the spring bug hunt

Posted on March 20, 2026 by Ines Calloway

For two weeks in March, sixty volunteers went through the issue tracker of our editor and
closed more than four hundred old reports, most of them duplicates or already fixed.

The hardest part was not the fixing but the sorting: a quarter of the reports had no
version number, and many described the same crash in different words.

**Also on the blog:** [How we moved the plugin store to a new server](https://blog.example/plugin-store/)

## What comes next

From the next release on, every new report needs a version number and a short recipe to
reproduce it, and the tracker will suggest possible duplicates as you type.
"""


def test_an_also_on_the_blog_link_between_paragraphs_is_no_paragraph() -> None:
    body = paragraphs(parse_plaintext(_BLOG_EN))
    assert not any(p.startswith(("**Also", "Also on the blog")) for p in body)
    assert len(body) == 3


# -- lines.han-fill-width -------------------------------------------------------------------

_OBIT_ZH = "\n".join(
    (
        "青山县融媒体中心",
        "首页 | 本地新闻 | 乡镇动态 | 视频",
        "当前位置：首页 > 本地新闻 > 正文",
        "沉痛悼念周明远同志",
        "发布时间：2026-11-20 09:10　来源：青山县融媒体中心",
        "青山县原水利局高级工程师周明远同志，因病医治无效，于2026年11月18日在县人民医院逝世，"
        "享年85岁。",
        "周明远同志1941年出生于河口镇上坪村，1963年从省水利学校毕业后回到家乡，先后在河口镇"
        "水利站、县水利局工作，直至2001年退休。",
        "周明远同志在河口镇水利站工作时的留影。图｜县档案馆",
        "上世纪八十年代，全县山塘水库年久失修，汛期险情不断。周明远带领技术员跑遍全县两百多座"
        "山塘，逐一建档，提出了分批除险加固的方案。",
        "“他下乡从来不坐车，说走路才看得清水从哪里来。”曾与他共事多年的退休干部刘秀兰回忆说。",
        "2018年秋，周明远在水库大坝上查看渗水情况。图/王立新",
        "退休以后，周明远仍然义务为乡镇水利员讲课，还整理出一本五万多字的《山塘管护手记》。",
        "周明远同志的遗体告别仪式定于11月22日上午在县殡仪馆举行。",
        "（编辑：孙晓燕　审核：陈建国）",
        "分享到：微信 微博",
        "上一篇：县城第二污水处理厂投入运行",
        "相关新闻",
        "我县举行老水利工作者座谈会",
    )
) + "\n"


def test_two_credited_captions_of_one_width_make_no_hard_wrap_of_a_chinese_page() -> None:
    # a page copied one paragraph a line: two captions ending on a photographer's name,
    # of one width by chance, are no wrap column when the paragraphs run longer
    body = paragraphs(parse_plaintext(_OBIT_ZH))
    assert len(body) == 6
    assert body[0].endswith("享年85岁。")
    assert body[1].startswith("周明远同志1941年")
