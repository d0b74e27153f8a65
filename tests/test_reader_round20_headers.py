"""Round 20 (headers): the headline zone. A post-meta row's connector followed by one
capitalised word ("Pubblicato il 3 marzo 2026 da Roma", "… von Berlin", "… przez
Kraków") names a place, not the writer, unless the word is an account of the cue data
("Zarząd", "Vorstand", "Secretaría") or a user name in camel case. A print view's
button row ("Back to article Print") between the site's name and the headline; the
lead photo between the headline and its dek. Every sentence, name and place is
invented."""

from __future__ import annotations

import pytest

from syndicate.model import Article, Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.headerline import _posting_account


def _page(site: str, label: str, headline: str, row: str, *paras: str) -> str:
    return "\n\n".join([site, label, headline, row, *paras])


_IT = (
    "Associazione Amici del Lago di Varenzo APS",
    "Notizie",
    "Il pontile dei pescatori riapre dopo due anni di lavori",
    "Pubblicato il 3 marzo 2026 da {w}",
    "Dopo due anni di cantiere il vecchio pontile dei pescatori di Varenzo è stato "
    "riaperto sabato mattina alla presenza di un centinaio di soci e di molti curiosi.",
    "I lavori, finanziati con una raccolta fondi tra i soci e un contributo della regione, "
    "hanno sostituito le travi di legno marcite e rifatto l'illuminazione.",
)
_DE = (
    "Sternfreunde Haselbach e.V.",
    "Aktuelles",
    "Neue Sitzbänke für die Beobachtungswiese",
    "Veröffentlicht am 14. Oktober 2026 von {w}",
    "Auf der Beobachtungswiese hinter der Sternwarte stehen seit dem Wochenende sechs neue "
    "Sitzbänke, die Mitglieder in ihrer Freizeit aus heimischem Lärchenholz gebaut haben.",
    "Die alten Bänke waren nach mehr als zwanzig Jahren im Freien morsch geworden und "
    "mussten im Frühjahr abgebaut werden.",
)
_PL = (
    "Stowarzyszenie Miłośników Ziemi Borzęckiej",
    "Aktualności",
    "Nowe ławki przy szlaku nad rzeką",
    "Opublikowano 3 marca 2026 przez {w}",
    "W sobotę wolontariusze ustawili przy szlaku nad rzeką dwanaście nowych ławek, "
    "wykonanych z drewna dębowego przez stolarzy z Borzęcina.",
    "Ławki ufundowali członkowie stowarzyszenia ze składek i zbiórki przeprowadzonej "
    "podczas jesiennego festynu.",
)
_ES = (
    "Peña Ciclista Valdejara",
    "Noticias",
    "La marcha de otoño reúne a trescientos ciclistas",
    "Publicado el 9 de marzo de 2026 por {w}",
    "La marcha de otoño de la peña reunió el domingo a trescientos ciclistas en un "
    "recorrido de ochenta kilómetros por los pueblos del valle.",
    "Los organizadores agradecieron la ayuda de los voluntarios que cubrieron los "
    "avituallamientos y los cruces más peligrosos.",
)
_FR = (
    "Amicale des Pêcheurs de la Vaunière",
    "Actualités",
    "Le ponton de la Vaunière rouvre après deux ans de travaux",
    "Publié le 3 mars 2026 par {w}",
    "Après deux ans de chantier, le vieux ponton des pêcheurs a rouvert samedi matin en "
    "présence d'une centaine de membres et de nombreux curieux venus du village.",
    "Les travaux, financés par une collecte entre les membres et une aide de la région, "
    "ont remplacé les poutres pourries et refait tout l'éclairage.",
)
_NL = (
    "Hengelsportvereniging De Snoek",
    "Nieuws",
    "Nieuwe steiger aan de Molenvliet geopend",
    "Geplaatst op 9 februari 2026 door {w}",
    "Na twee jaar bouwen is de nieuwe vissteiger aan de Molenvliet zaterdagochtend geopend "
    "in het bijzijn van ruim honderd leden en een flink aantal nieuwsgierige buren.",
    "De steiger is betaald uit de contributie, een bijdrage van de gemeente en de "
    "opbrengst van de jaarlijkse loterij van de vereniging.",
)


def _read(parts: tuple[str, ...], word: str):
    return parse_plaintext(_page(*(p.replace("{w}", word) for p in parts)))


@pytest.mark.parametrize(
    ("parts", "place"),
    [
        (_IT, "Roma"),
        (_DE, "Berlin"),
        (_PL, "Kraków"),
        (_ES, "Zaragoza"),
        (_FR, "Lyon"),
        (_NL, "Utrecht"),
    ],
)
def test_place_after_post_meta_connector_is_no_writer(parts, place) -> None:
    article = _read(parts, place)
    assert [a.name for a in article.authors] == []
    assert place not in [a.name for a in article.authors]


@pytest.mark.parametrize(("parts", "place"), [(_IT, "Roma"), (_DE, "Berlin")])
def test_row_with_a_place_still_a_post_meta_row_under_site_name(parts, place) -> None:
    # the headline under the club's name and a section label, over the row and prose
    article = _read(parts, place)
    assert article.title == parts[2]
    assert article.published is not None


@pytest.mark.parametrize(
    ("parts", "account"),
    [
        (_DE, "Vorstand"),
        (_PL, "Zarząd"),
        (_ES, "Secretaría"),
        (_NL, "Bestuur"),
        (_IT, "Redazione"),
        (_IT, "MarcoB"),
    ],
)
def test_account_after_post_meta_connector_still_the_writer(parts, account) -> None:
    article = _read(parts, account)
    assert [a.name for a in article.authors] == [account]
    assert article.title == parts[2]


def test_posting_account_words() -> None:
    assert _posting_account("Vorstand", "de")
    assert _posting_account("Direttivo", "it")
    assert _posting_account("Board", "fr")  # the English words count in any language
    assert _posting_account("GiuliaR", "it")
    assert not _posting_account("Roma", "it")
    assert not _posting_account("Kraków", "pl")
    assert not _posting_account("ROMA", "it")


def test_print_view_button_rows_are_navigation() -> None:
    assert chrome_cues("en").kind("Back to article Print") == "navigation"
    assert chrome_cues("en").kind("Print this page | Close window") == "navigation"
    assert chrome_cues("de").kind("Zurück zum Artikel | Drucken") == "navigation"
    assert chrome_cues("it").kind("[Stampa] [Chiudi finestra]") == "navigation"
    assert chrome_cues("zh").kind("返回 打印 关闭窗口") == "navigation"
    assert chrome_cues("en").kind("Back to the future") is None
    assert chrome_cues("es").kind("Volver") is None  # one word alone: no row


_PRINT_EN = "\n\n".join(
    [
        "The Millbrook Sentinel",
        "Back to story Print",
        "County approves new footbridge over the Tanner River after years of delay",
        "By Harriet Oduya | hoduya@millbrooksentinel.example",
        "April 2, 2026",
        "Work on a new footbridge over the Tanner River will start this summer after "
        "county commissioners approved a $2.4 million contract on Tuesday.",
        "The bridge will link the Riverside trail with the park on the east bank, which "
        "residents can now reach only by walking along the highway shoulder.",
        "Copyright © 2026 The Millbrook Sentinel. Printed from https://"
        "\n"
        "www.millbrooksentinel.example/news/footbridge",
    ]
)

_PRINT_ES = "\n\n".join(
    [
        "Diario del Alto Jalón",
        "Volver a la noticia Imprimir",
        "El pleno aprueba ampliar el horario de la biblioteca municipal durante los "
        "exámenes de junio",
        "Por Lucía Ferrández | lferrandez@altojalon.example",
        "14 de mayo de 2026",
        "La biblioteca municipal abrirá hasta la medianoche durante las cuatro semanas de"
        " exámenes de junio, después de que el pleno aprobara el martes la propuesta por "
        "unanimidad.",
        "El Ayuntamiento contratará a dos auxiliares más para cubrir el turno de noche y "
        "reforzará la limpieza de las salas de estudio.",
        "Copyright © 2026 Diario del Alto Jalón. Impreso desde https://"
        "\n"
        "www.altojalon.example/noticias/biblioteca",
    ]
)


@pytest.mark.parametrize(
    ("text", "title", "author"),
    [
        (
            _PRINT_EN,
            "County approves new footbridge over the Tanner River after years of delay",
            "Harriet Oduya",
        ),
        (
            _PRINT_ES,
            "El pleno aprueba ampliar el horario de la biblioteca municipal durante los "
            "exámenes de junio",
            "Lucía Ferrández",
        ),
    ],
)
def test_headline_under_site_name_and_print_buttons(text, title, author) -> None:
    article = parse_plaintext(text)
    assert article.title == title
    assert [a.name for a in article.authors] == [author]
    assert article.subtitle is None


_LEAD_EN = """Skip to main content
[logo] Larkfield Water Company

Supply   Billing   Works near you   News   Contact

Home » News » Network news

NETWORK NEWS

New reservoir pipeline brings summer supply to the Orrin valley villages

[image] Engineers lower a section of the new pipeline into a trench near Orrin
Bridge on Tuesday. Photo: Callum Reid

The eleven-kilometre main will let the company move water from Ardvane reservoir
during dry spells, the company says

Posted by Communications team | 3 December 2026

The Larkfield Water Company has finished laying an eleven-kilometre pipeline that
links Ardvane reservoir with the villages of the Orrin valley, which ran short of
water during the last two summers.

The villages have relied on three small boreholes that fall sharply when rainfall
is low, forcing the company to send tankers to Orrin and Balnacraig in August.

Project manager Shona Gillies said the pipeline would be tested over the winter and
brought into service before the spring.

© 2026 Larkfield Water Company Ltd.   Privacy   Cookies
"""


def test_headline_over_lead_figure_and_dek() -> None:
    article = parse_plaintext(_LEAD_EN)
    assert article.title == (
        "New reservoir pipeline brings summer supply to the Orrin valley villages"
    )
    assert article.subtitle is not None
    assert article.subtitle.startswith("The eleven-kilometre main will let the company")


_DEK_EN = "\n".join(
    [
        "Skip to content",
        "Garden Table",
        "Recipes",
        "Soups",
        "Baking",
        "Roast pumpkin soup with sage butter",
        "A Sunday classic from my grandmother's kitchen: silky roast pumpkin soup with "
        "crisp sage butter on top.",
        "By Nora Whitfield",
        "Updated March 2, 2026",
        "My grandmother made this soup every autumn from the pumpkins that grew along the "
        "back fence, and the smell of sage butter still means October to me.",
        "I roast the pumpkin instead of boiling it, which gives the soup a deeper, sweeter "
        "flavour and means you need far less stock.",
        "Ingredients",
        "1 small pumpkin",
        "2 tablespoons butter",
    ]
)


def test_dek_over_byline_that_restates_the_headline_stays_the_dek() -> None:
    # the dek takes up three of the headline's four content words; over "By NAME" it is
    # the dek all the same, not the story's first paragraph
    article = parse_plaintext(_DEK_EN)
    assert article.title == "Roast pumpkin soup with sage butter"
    assert article.subtitle is not None
    assert article.subtitle.startswith("A Sunday classic from my grandmother's kitchen")
    assert _texts(article)[0].startswith("My grandmother made this soup")


_OFFICE_NL = "\n\n".join(
    [
        "Nieuws",
        "Studenten bouwen zonneboot voor race op de Amstel",
        "Marit Dekker Afdeling Communicatie\nHogeschool Lindeveld",
        "Een team van twaalf studenten van Hogeschool Lindeveld heeft in acht maanden een "
        "boot gebouwd die alleen op zonne-energie vaart. In juni doet het team mee aan een "
        "race op de Amstel.",
        "De boot weegt nog geen zestig kilo en haalt op een zonnige dag een snelheid van "
        "twintig kilometer per uur, vertelt teamleider Joris Veen.",
        "Het team zoekt nog sponsors voor de transport van de boot naar Amsterdam.",
    ]
)


def test_contact_name_then_press_office_signs_the_release() -> None:
    article = parse_plaintext(_OFFICE_NL)
    assert [(a.name, a.role) for a in article.authors] == [("Marit Dekker", None)]
    texts = _texts(article)
    assert texts[0].startswith("Een team van twaalf studenten")
    assert "Hogeschool Lindeveld" not in texts


def _texts(article: Article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


_NEWSROOM_ES = "\n\n".join(
    [
        "gacetadelmoncayo.es",
        "El mercado de abastos reabre tras dos años de obras",
        "El Ayuntamiento ha invertido 1,4 millones de euros en la cubierta y las "
        "instalaciones; veintidós de los veinticuatro puestos ya están adjudicados",
        "Redacción",
        "Tarazuela | 12 de marzo de 2026",
        "Tiempo de lectura: 3 min",
        "El mercado de abastos de Tarazuela reabrió el sábado por la mañana tras dos años "
        "de obras en los que se ha rehecho la cubierta de hierro y cristal y toda la "
        "instalación eléctrica.",
        "Veintidós de los veinticuatro puestos ya están adjudicados, casi todos a "
        "comerciantes que trabajaban en el mercado antes del cierre.",
    ]
)


def test_newsroom_over_place_and_date_row_signs_the_story() -> None:
    # "Redacción" alone over "PLACE | date": the newsroom, not a label over a writer
    article = parse_plaintext(_NEWSROOM_ES)
    assert [a.name for a in article.authors] == ["Redacción"]
    assert article.published == "2026-03-12"


_CREDITED_PL = "\n\n".join(
    [
        "Przejdź do treści\nRada Miasta Borzęcin\nRadni\nKomisje\nSesje",
        "Strona główna > Aktualności > Komunikaty",
        "Komunikat\nRada Miasta przyjęła budżet na 2027 rok. Więcej pieniędzy na drogi i szkoły",
        "Opublikowano: 18.12.2026 11:20\nDrukuj\nPobierz PDF",
        "Radni przyjęli budżet miasta na przyszły rok większością głosów. Za "
        "głosowało 17 radnych, przeciw było 4, a 2 wstrzymało się od głosu.",
        "Głosowanie nad budżetem na sesji\nFot. Urząd Miasta / Karol Wiśniewski",
        "Rada Miasta Borzęcin na sesji 18 grudnia przyjęła budżet na 2027 rok. "
        "Dochody miasta wyniosą 214 mln zł, a wydatki 231 mln zł.",
        "Najwięcej pieniędzy trafi na przebudowę ulic w centrum oraz na remonty "
        "trzech szkół podstawowych, w których wymienione zostaną dachy i okna.",
        "Deficyt zostanie pokryty z kredytu oraz z wolnych środków z lat ubiegłych.",
    ]
)


def test_dek_over_lead_photo_caption_without_stop_and_credit_alone() -> None:
    article = parse_plaintext(_CREDITED_PL)
    assert article.title.startswith("Rada Miasta przyjęła budżet na 2027 rok.")
    assert article.subtitle is not None
    assert article.subtitle.startswith("Radni przyjęli budżet miasta na przyszły rok")
    assert _texts(article)[0].startswith("Rada Miasta Borzęcin na sesji 18 grudnia")


@pytest.mark.parametrize(
    ("row", "team"),
    [
        ("Posted by Newsroom team | 4 December 2026", "Newsroom team"),
        ("Posted by Communications Team | 4 December 2026", "Communications Team"),
    ],
)
def test_team_signs_the_post(row, team) -> None:
    article = parse_plaintext(
        _LEAD_EN.replace("Posted by Communications team | 3 December 2026", row)
    )
    assert [a.name for a in article.authors] == [team]


_WEAK_SITE_ZH = "\n".join(
    [
        "跳过导航",
        "澄江市博物馆",
        "首页",
        "本馆概况",
        "展览资讯",
        "新闻动态",
        "社会教育",
        "参观服务",
        "当前位置：首页 > 新闻 > 馆内动态",
        "特展《江上人家》开幕 两百件渔家旧物首次亮相",
        "发布时间：2027-04-18 09:30\u3000来源：澄江市博物馆\u3000作者：林晓",
        "字号：大 中 小\u3000打印",
        "4月17日上午，观众在二号展厅参观复原的渔家木屋。",
        "摄影：陈默",
        "4月17日上午，“江上人家——澄江渔家生活展”在澄江市博物馆二号展厅开幕，两百余件渔家旧物首次集中展出。",
        "展品大多来自沿江各村的捐赠，包括渔网、木桨、蓑衣和几代人使用过的灶具，其中年代最早的一件渔具距今已有一百多年。",
        "澄江市博物馆策展人周宁介绍，展览按照“出江”“归港”“守家”三个部分布置，观众可以沿着一条复原的木栈道依次参观。",
        "展览将持续至今年十月底，免费向公众开放。澄江市博物馆表示，还将在暑期推出配套的亲子课程。",
        "（完）",
        "责任编辑：方圆",
        "分享到：微信 微博 QQ空间",
        "上一篇：博物馆暑期讲座报名开始",
        "下一篇：市博物馆与澄江大学共建研学基地",
        "相关新闻",
        "· 《江上人家》特展筹备会在我馆召开",
        "· 馆藏渔具修复工作完成",
        "关于我们 | 联系方式 | 网站地图 | 隐私声明",
        "版权所有：澄江市博物馆\u3000地址：澄江市滨江路12号",
    ]
)


def test_headline_under_weak_site_name_over_menu_items_and_meta_row() -> None:
    # a select-all copy: the museum's name (again in the copyright row) over its menu
    # items, a breadcrumb, the headline and the "发布时间：… 作者：…" row
    article = parse_plaintext(_WEAK_SITE_ZH)
    assert article.title == "特展《江上人家》开幕 两百件渔家旧物首次亮相"
    assert [a.name for a in article.authors] == ["林晓"]
