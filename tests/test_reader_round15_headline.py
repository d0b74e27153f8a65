"""Round 15 (headline): the header zones this round's probes lost the title in — a series
kicker, a section path or an issuing body's name as long as the short headline under it, a
bare domain over the page — and the bylines that close with the outlet ("by A and B,
Outlet", "por NAME, Outlet" on a page headed by the outlet's domain). Every sentence here
is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline

_EN_PROSE = [
    "The requests, obtained through a public records demand, describe a pattern that began "
    "shortly after the county signed a new health contract in the spring of 2025.",
    "Nurses who worked at the jail said they were told to put intake screenings before "
    "routine care, leaving insulin rounds to whoever was free at the end of a shift.",
    "The county said it had opened its own review and would publish the findings in January.",
]

_DE_PROSE = [
    "Es ist ein kleiner Film, aber er bleibt lange im Kopf. Die Geschichte beginnt mit einer "
    "Beerdigung und endet mit einer Hochzeit am Hafen.",
    "Dazwischen liegen drei Wochen, in denen eine Familie lernt, wieder miteinander zu "
    "sprechen, und ein altes Boot, das niemand verkaufen will.",
    "Der Film läuft ab Donnerstag in ausgewählten Kinos der Region.",
]


def _page(*head: str, prose: list[str] = _EN_PROSE) -> str:
    return "\n\n".join([*head, *prose]) + "\n"


def _names(article: object) -> list[str]:
    return [p.name for p in article.authors]  # type: ignore[attr-defined]


def test_a_series_kicker_as_long_as_the_headline_is_no_title() -> None:
    article = parse_plaintext(
        _page(
            "Health Care Behind Bars",
            "Waiting for insulin",
            "Diabetic prisoners at the Corvell County jail went days without doses while the "
            "contractor cut nursing shifts, records show.",
            "by Marta Quill and Devon Arce, The Plains Ledger",
            "Nov. 18, 2026, 5 a.m. CST",
        )
    )
    assert article.title == "Waiting for insulin"
    assert article.subtitle is not None and article.subtitle.startswith("Diabetic prisoners")
    assert _names(article) == ["Marta Quill", "Devon Arce"]
    assert str(article.published)[:10] == "2026-11-18"


def test_a_section_path_over_a_one_word_headline_is_a_kicker() -> None:
    article = parse_plaintext(
        _page(
            "KULTUR | Film",
            "Salzmeer",
            "Die junge Regisseurin Ilka Sommerfeld erzählt in ihrem Debüt von einer Familie, "
            "die nicht loslassen kann.",
            "von Petra Lindqvist",
            "veröffentlicht 12. Mai 2026",
            prose=_DE_PROSE,
        )
    )
    assert article.title == "Salzmeer"
    assert _names(article) == ["Petra Lindqvist"]


def test_an_issuing_body_over_a_notice_is_no_title() -> None:
    article = parse_plaintext(
        _page(
            "Tanvik City Council",
            "Notice of road closure",
            "The council gives notice that Harbour Road will be closed between Quay Street and "
            "Mill Lane from 6 July 2026 for resurfacing works.",
            "Published 1 July 2026",
        )
    )
    assert article.title == "Notice of road closure"


def test_a_short_headline_over_its_dek_stays_the_headline() -> None:
    # no label over it: headline, dek, byline — the rule must not step down to the dek
    article = parse_plaintext(
        _page(
            "Waiting for insulin",
            "Diabetic prisoners at the county jail went days without doses, records show.",
            "By Marta Quill",
            "Nov. 18, 2026",
        )
    )
    assert article.title == "Waiting for insulin"


def test_a_bare_domain_line_is_never_the_title() -> None:
    article = parse_plaintext(
        "example.cn\n\n暴雨预警升级\n\n"
        "市气象台18日10时将暴雨蓝色预警升级为黄色预警，预计未来6小时内全市大部分地区降雨量将达50毫米以上。\n\n"
        "2026-11-18 10:30\n\n"
        "市防汛办提醒市民尽量减少外出，注意防范城市内涝，远离地下通道和低洼地带。\n\n"
        "各区已启动防汛四级应急响应，抢险队伍已在重点路段待命。\n"
    )
    assert article.title == "暴雨预警升级"


def test_and_joined_writers_then_a_comma_name_the_outlet() -> None:
    byline = parse_byline("by Ana Gil and Tom Roe, Harbour Light Weekly")
    assert byline is not None and [p for p, _ in byline.people] == ["Ana Gil", "Tom Roe"]
    # the older "By NAME, Organisation" rule no longer cuts the second writer
    byline = parse_byline("By Ana Gil and Tom Roe, The Harbour Post")
    assert byline is not None and [p for p, _ in byline.people] == ["Ana Gil", "Tom Roe"]
    # three writers are still three
    byline = parse_byline("By Ana Gil, Tom Roe and Lea Kim")
    assert byline is not None and len(byline.people) == 3


def test_the_sites_own_name_closing_a_byline_is_no_second_writer() -> None:
    article = parse_plaintext(
        _page(
            "ruidoblanco.es",
            "Tordesa Brisa 3, análisis: los auriculares baratos que por fin aíslan del metro",
            "La tercera generación del modelo mejora la batería y el micrófono, aunque el "
            "estuche sigue siendo su punto débil.",
            "por Lucía Ferrán, Ruido Blanco",
            "Editora de audio",
            "18 nov. 2026, 05:00 CET",
            prose=[
                "Tordesa lleva cinco años vendiendo auriculares inalámbricos por menos de cien "
                "euros sin que suenen a juguete, y los Brisa originales fueron un éxito.",
                "Con los Brisa 3, la empresa se atreve por primera vez con la cancelación "
                "activa de ruido, una función reservada hasta hace poco a modelos más caros.",
                "Por 79 euros, son los auriculares con cancelación más equilibrados que hemos "
                "probado este año por debajo de los cien euros.",
            ],
        )
    )
    assert _names(article) == ["Lucía Ferrán"]
    assert article.authors[0].role == "Editora de audio"


def test_a_site_name_as_long_as_the_headline_over_a_rating_is_skipped() -> None:
    article = parse_plaintext(
        _page(
            "Audio Review Hub",
            "Rating: 8/10",
            "Velo Arc 2 review",
            "By Priya Nand, Senior Editor",
            "November 18, 2026",
        )
    )
    assert article.title == "Velo Arc 2 review"
    assert _names(article) == ["Priya Nand"]


def test_a_live_pages_short_topic_is_the_headline_over_its_standfirst() -> None:
    article = parse_plaintext(
        _page(
            "LIVE",
            "Storm Oriel",
            "Ferry operators have cancelled all sailings until Tuesday and 40,000 homes are "
            "without electricity after gusts of 90mph hit the west coast",
            "Last updated 18 November 2026, 09:42 GMT",
        )
    )
    assert article.title == "Storm Oriel"
    assert article.subtitle is not None and article.subtitle.startswith("Ferry operators")


def test_a_kicker_over_a_long_headline_on_a_page_without_live_label_stays_a_kicker() -> None:
    article = parse_plaintext(
        _page(
            "Crime",
            "Man who stole a vintage tractor from a farm museum and drove it along the "
            "motorway for twelve miles is jailed for two years",
            "By Marta Quill",
            "November 18, 2026",
        )
    )
    assert article.title.startswith("Man who stole a vintage tractor")
