"""Round 19 (sitename): the site's masthead with a slogan or a second brand behind a
separator is not the headline when the page names that brand in its copyright line
(``title.past-masthead``); a dek printed after the byline and date with a share or
listen-on row next to it is the subtitle. Every sentence here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_DE = [
    "Die Kreishandwerkerschaft in Lindenau hat am Freitag zwölf neue Meisterinnen und "
    "Meister aus dem Elektro- und dem Sanitärhandwerk verabschiedet.",
    "Drei von ihnen wollen noch in diesem Jahr einen eigenen Betrieb gründen, die übrigen "
    "bleiben vorerst in ihren Ausbildungsbetrieben im Landkreis.",
    "Obermeister Jens Kahlert lobte die Prüflinge für ihre Ausdauer: Viele hätten die "
    "Kurse am Abend nach einem vollen Arbeitstag besucht.",
]
_ZH = [
    "记者从市水务集团获悉，江北片区老旧供水管网改造工程本周全面开工，预计年底前完工。",
    "此次改造涉及管网总长约18公里，覆盖沿线11个小区，施工期间将分段夜间作业。",
    "市水务集团提醒，停水信息将提前两天在社区公告栏和官方公众号发布。",
]
_FR = [
    "Les bénévoles de l'association des Amis du lavoir ont terminé samedi la remise en "
    "état du bassin, fissuré depuis l'hiver dernier.",
    "Le chantier a duré trois mois et a mobilisé une quinzaine de personnes chaque "
    "week-end, avec l'aide d'un maçon à la retraite.",
    "La mairie prévoit d'installer un panneau racontant l'histoire du lavoir avant "
    "les journées du patrimoine.",
]


def _page(lines: list[str], body: list[str], footer: list[str]) -> str:
    return "\n\n".join(lines + body + footer) + "\n"


def test_masthead_with_slogan_named_in_copyright_is_not_the_headline() -> None:
    text = _page(
        [
            "Meisterblatt – Die Zeitung für das Handwerk in der Region",
            "Suche   Anmelden   Abo",
            "Aktuell   Betriebe   Ausbildung   Recht   Termine",
            "Startseite > Ausbildung",
            "Zwölf neue Meister im Elektro- und Sanitärhandwerk",
            "Von Carla Weidenbach",
            "21.11.2026, 14:05 Uhr",
        ],
        _DE,
        [
            "Artikel teilen: Facebook   WhatsApp   E-Mail",
            "Impressum   Datenschutz   Kontakt",
            "© 2026 Meisterblatt – Die Zeitung für das Handwerk in der Region",
        ],
    )
    article = parse_plaintext(text)
    assert article.title == "Zwölf neue Meister im Elektro- und Sanitärhandwerk"
    assert [a.name for a in article.authors] == ["Carla Weidenbach"]


def test_masthead_with_outlet_slogan_and_no_footer() -> None:
    # An article copy without the page's footer: the slogan names the kind of outlet
    # ("Das Magazin für …", a masthead word of the page's language).
    text = _page(
        [
            "Hobelbank – Das Magazin für Werkstatt und Handwerk",
            "Suche   Anmelden",
            "Aktuell   Betriebe   Technik",
            "Schreiner aus Lindenau gewinnt Landespreis für Gestaltung",
            "Von Carla Weidenbach",
            "21.11.2026, 14:05 Uhr",
        ],
        _DE,
        ["Impressum   Datenschutz   Kontakt"],
    )
    article = parse_plaintext(text)
    assert article.title == "Schreiner aus Lindenau gewinnt Landespreis für Gestaltung"


def test_two_brand_masthead_line_zh() -> None:
    # A guard: the round-start reader already reads this one; the rule must keep it.
    text = "\n".join(
        [
            "柳湾广播电视台 | 柳湾网",
            "首页   新闻   视频   直播   专题",
            "登录   注册",
            "江北片区供水管网改造工程全面开工",
            "2026-07-09 09:15",
            "记者 许清禾",
            *_ZH,
            "关于我们   联系我们   网站地图",
            "版权所有 © 柳湾广播电视台",
        ]
    )
    article = parse_plaintext(text)
    assert article.title == "江北片区供水管网改造工程全面开工"


def test_masthead_without_copyright_echo_stays_alone() -> None:
    # No copyright line names the brand and the line is not printed again: nothing tells
    # a masthead from a headline with a colon-like dash, so the rule does not fire.
    text = _page(
        [
            "Lindenau – eine Stadt baut um",
            "Suche   Anmelden   Abo",
            "Zwölf neue Meister im Elektro- und Sanitärhandwerk",
            "Von Carla Weidenbach",
            "21.11.2026, 14:05 Uhr",
        ],
        _DE,
        ["Impressum   Datenschutz   Kontakt"],
    )
    article = parse_plaintext(text)
    assert article.provenance["title"].rule != "title.past-masthead"


def test_late_dek_without_full_stop_over_share_column() -> None:
    # A select-all copy: no blank lines, the dek after the byline and date, then the
    # share column.
    text = "\n".join(
        [
            "Faits divers",
            "Le lavoir de Saint-Ambrun retrouve son bassin",
            "Par Hélène Marsac",
            "Le 04/06/2026 à 08h10",
            "Trois mois de travaux bénévoles pour sauver un bassin fissuré et un projet "
            "de panneau historique avant l'été",
            "Partager",
            "Facebook",
            "E-mail",
            *_FR,
        ]
    )
    article = parse_plaintext(text)
    assert article.title == "Le lavoir de Saint-Ambrun retrouve son bassin"
    assert article.subtitle is not None and article.subtitle.startswith("Trois mois de travaux")
    assert _bodies(text)[0].startswith("Les bénévoles")


def test_late_dek_under_a_listen_on_row() -> None:
    text = _page(
        [
            "Episodio 7: El lavadero que volvió a llenarse",
            "3 de junio de 2026 · 24 min",
            "Presenta: Sergio Almenara",
            "Escuchar en: Spotify | Apple Podcasts | iVoox",
            "Los vecinos de un pueblo pequeño cuentan cómo salvaron su lavadero con tres "
            "meses de trabajo voluntario",
        ],
        [
            "Hablamos con la presidenta de la asociación de amigos del lavadero, que "
            "coordinó a quince voluntarios durante todo el invierno.",
            "También nos visita un albañil jubilado que enseñó a los más jóvenes a "
            "rejuntar la piedra con mortero de cal.",
        ],
        [],
    )
    article = parse_plaintext(text)
    assert article.subtitle is not None and article.subtitle.startswith("Los vecinos")
    assert _bodies(text)[0].startswith("Hablamos con")


_LYNX_EPISODE = """   [1]Saltar al contenido

   [2]Radio Valtierra

     * [3]Inicio
     * [4]Programas
     * [5]Directo

Huerto en Casa

Programa 58: Tomates en el balcón sin regar cada día

   4 de mayo de 2026 · 27 min

   Presenta: Lorena Cubillas

   La horticultora Berta Olmedilla explica cómo preparar macetas grandes con
   acolchado de paja y corteza para que los tomates aguanten dos o tres días
   sin riego, incluso en las semanas más calurosas de julio.

   También repasamos qué variedades dan fruto antes del verano y cuáles
   conviene dejar para el año que viene en los balcones orientados al norte,
   donde el sol llega solo unas pocas horas por la tarde.

   Más programas de Huerto en Casa

   [6]Programa 57: Semilleros con cartón de huevos
   [7]Programa 56: Cómo aprovechar el agua de lluvia

   © 2026 Radio Valtierra

References

   1. https://valtierra.example/#contenido
   2. https://valtierra.example/
   3. https://valtierra.example/
   4. https://valtierra.example/programas
   5. https://valtierra.example/directo
   6. https://valtierra.example/huerto/57
   7. https://valtierra.example/huerto/56
"""


def test_teasers_under_a_related_label_closing_the_tail() -> None:
    # lynx: "Más programas de …" over two other episodes' titles, then the copyright.
    bodies = _bodies(_LYNX_EPISODE)
    assert len(bodies) == 2
    assert bodies[-1].startswith("También repasamos")
    assert not any("Programa 57" in b or "Más programas" in b for b in bodies)


def test_read_more_teaser_over_a_subhead_keeps_the_subhead() -> None:
    # "Read more: <teaser>" in the tail over a subhead and the story's cut last paragraph:
    # no list of teasers runs to the tail's end, so the subhead stays.
    text = "\n".join(
        [
            "Harbour ferry operator fined over late sailings",
            "Mara Quintrell",
            "Nov 28, 2026",
            "The regional transport authority has fined the ferry operator Bluewake Lines "
            "after a third of its morning sailings left late over the summer months.",
            "The company said it would appeal and blamed a shortage of trained deckhands.",
            "Read more: Why the harbour's second pier is still closed",
            "What the inspectors found",
            "According to the report, crews on two of the four boats had been working "
            "shifts of up to fourteen hours, and timetables were changed without notice to",
        ]
    )
    article = parse_plaintext(text)
    headings = [getattr(b, "text", "") for b in article.blocks if type(b).__name__ == "Heading"]
    assert "What the inspectors found" in headings or any(
        "What the inspectors found" in b for b in _bodies(text)
    )


def _bodies(text: str) -> list[str]:
    return [getattr(b, "text", "") for b in parse_plaintext(text).blocks]
