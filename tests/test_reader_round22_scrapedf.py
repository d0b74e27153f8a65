"""Round 22 (scrapedf): line shapes of real scraped city-hall, police, fire-service,
university and blog pages — a Chinese meta row glued or bracketed by the dump, a location
row under a section label, a breadcrumb glued to the headline, a bracketed "(文:A/图:B)"
sign-off, "read more" link lines, photo captions between the headline and the post's meta
line. Every sentence, person and site is invented."""

from __future__ import annotations

from readerblocks import authors, headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_HEAD = "学校第三十一届田径运动会开幕"
_ZH = (
    "11月26日上午，南屿理工大学第三十一届田径运动会在东湖校区体育场开幕，一千二百余名运动员参加了开幕式。",
    "校长顾维宁在致辞中说，运动会是检验学校体育工作的重要平台，希望同学们赛出风格、赛出水平。",
    "本届运动会为期三天，共设男女田径项目三十四项，另设拔河、跳长绳等集体项目六项。",
)
_ES = (
    "La Policía Local de Valdeolmos instalará durante las dos próximas semanas un radar "
    "móvil en la travesía norte, el tramo que atraviesa el barrio de La Vega.",
    "La medida responde a las quejas de la asociación de vecinos, que ha pedido en varias "
    "ocasiones que se controle la velocidad de los camiones de la cantera.",
    "Las multas se tramitarán conforme a la ordenanza de tráfico del municipio.",
)
_EN = (
    "At around 11 this morning Engine 4 and Ladder 2 responded to Orchard Lane for a "
    "working fire in a detached garage behind a family home.",
    "Crews kept the fire from spreading to the house and all units were back in quarters "
    "within two hours. The cause is under investigation.",
)


# -- a glued or bracketed Chinese meta row (glued_meta_labels) -----------------------------


def test_a_meta_row_glued_by_the_dump_gives_its_date_and_is_no_paragraph() -> None:
    article = parse_plaintext(
        _text("综合新闻", _HEAD, "文章来源:南屿理工大学新闻网发布时间:2026-11-27点击数:312", *_ZH)
    )
    assert article.published is not None and article.published.startswith("2026-11-27")
    assert paragraphs(article) == list(_ZH)


def test_a_date_glued_to_its_source_label_is_read() -> None:
    article = parse_plaintext(_text(_HEAD, "发布时间:2026年11月27日来源:体育部", *_ZH))
    assert article.published is not None and article.published.startswith("2026-11-27")
    assert paragraphs(article) == list(_ZH)


def test_a_meta_row_set_in_brackets_is_read() -> None:
    article = parse_plaintext(_text(_HEAD, "(发布时间:2026-11-27) [浏览:886]", *_ZH))
    assert article.published is not None and article.published.startswith("2026-11-27")
    assert paragraphs(article) == list(_ZH)


# -- the location row and a glued crumb over the headline ----------------------------------


def test_the_headline_under_a_location_row_under_a_section_label() -> None:
    article = parse_plaintext(
        _text(
            "政务频道",
            "您当前的位置 : 南屿网政务频道   ->   平安南屿 -->正文\n民警巧设妙计锁定在逃人员\n"
            "发布时间:2026年11月27日 来源:南屿都市报",
            *_ZH,
        )
    )
    assert article.title == "民警巧设妙计锁定在逃人员"


def test_a_crumb_glued_before_the_headline_goes_when_its_last_step_is_printed_above() -> None:
    article = parse_plaintext(_text("综合新闻", f"首页» 综合新闻{_HEAD}", "2026-11-27", *_ZH))
    assert article.title == _HEAD


# -- a bracketed writer and photographer sign-off -----------------------------------------


def test_a_bracketed_writer_and_photographer_sign_off_names_the_writer() -> None:
    last = _ZH[-1] + "(文:许嘉禾/图:韩一鸣)"
    article = parse_plaintext(_text(_HEAD, "2026-11-27", *_ZH[:-1], last))
    assert authors(article) == ["许嘉禾"]
    assert paragraphs(article)[-1] == last


# -- "read more" link lines (read_more_links) ----------------------------------------------


def test_a_read_more_link_line_is_no_paragraph() -> None:
    en = parse_plaintext(
        _text("Working Garage Fire", *_EN, "Working Garage Fire Read More »")
    )
    assert paragraphs(en) == list(_EN)
    es = parse_plaintext(_text("Control de velocidad en la travesía norte", *_ES, "Leer más »"))
    assert paragraphs(es) == list(_ES)


def test_a_subhead_ending_in_read_more_without_an_arrow_stays() -> None:
    story = (*_EN[:1], "Why children should read more", *_EN[1:])
    article = parse_plaintext(_text("Working Garage Fire", *story))
    assert "Why children should read more" in paragraphs(article) + headings(article)


# -- captions between the headline and the post's meta line --------------------------------


def test_the_post_meta_line_under_two_captions_gives_the_byline_and_date() -> None:
    article = parse_plaintext(
        _text(
            "CONTROL DE VELOCIDAD EN LA TRAVESÍA NORTE",
            "El agente Rubén Olazábal y la subinspectora Marta Iriarte, junto al radar móvil.",
            "Los agentes revisan las lecturas en la rotonda de la gasolinera.",
            "Publicado el 24 noviembre, 2026 por Policía Local",
            *_ES,
        )
    )
    assert authors(article) == ["Policía Local"]
    assert article.published is not None and article.published.startswith("2026-11-24")
    assert "Publicado el 24 noviembre, 2026 por Policía Local" not in paragraphs(article)
