"""Round 14 (alts): the kinds of miss this round's probes showed around images and the
article's edges — a picture label over an image's alt text above the real caption and its
credit, a "Фото: caption / credit" line, a labelled previous/next-post link under the
story, a correction note as the last paragraph, post-nominal letters after a byline name,
a dateline closed by a full stop, a chart's caption with a bracketed labelled credit.
Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.bylines import parse_byline
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.dates import sentence_dateline_date

_EN_PROSE = [
    "The Harbour Road allotments opened their gates to visitors on Saturday for the first "
    "time in six years, and more than three hundred people walked the paths between the plots.",
    "Volunteers ran a seed swap in the old potting shed, while the beekeepers showed children "
    "how a frame of honey is lifted out of the hive without upsetting the colony.",
    "The committee hopes the open day will bring in new members, as eleven plots have stood "
    "empty since the spring and the waiting list has run dry for the first time.",
]


def _page(*head: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*head, *_EN_PROSE, *tail]) + "\n"


def test_a_labelled_alt_line_over_a_caption_and_its_credit_is_one_figure() -> None:
    text = _page(
        "allotments.example.org",
        "Hundreds visit Harbour Road allotments on open day",
        "Image: Two women holding trays of seedlings beside a shed\n"
        "Visitors swap seedlings outside the potting shed on Saturday.\n"
        "Photo: Harbour Road Allotment Society",
    )
    article = parse_plaintext(text)
    assert _figures(article) == [
        ("Visitors swap seedlings outside the potting shed on Saturday.",
         "Harbour Road Allotment Society")
    ]
    assert all("Two women holding" not in p for p in _paragraphs(article))


def test_a_labelled_alt_line_over_an_uncredited_caption_is_no_credit() -> None:
    text = _page(
        "Hundreds visit Harbour Road allotments on open day",
        "Image: A beekeeper lifting a frame out of a wooden hive\n"
        "A frame of honey is lifted out for the children to see.",
    )
    article = parse_plaintext(text)
    assert _figures(article) == [("A frame of honey is lifted out for the children to see.", None)]


def test_a_photo_label_over_caption_slash_credit_splits_at_the_slash() -> None:
    parts = split_caption("Фото: Новый сквер на набережной открыли в субботу / пресс-служба мэрии")
    assert parts is not None
    assert (parts.caption, parts.credit) == (
        "Новый сквер на набережной открыли в субботу",
        "пресс-служба мэрии",
    )
    named = split_caption("Фото: Jane Roe / AFP")  # two credits, no caption
    assert named is not None and named.caption is None


def test_a_labelled_previous_or_next_post_link_is_chrome() -> None:
    chrome = chrome_cues("en")
    assert chrome.kind("« Previous post: Pruning old apple trees in winter") == "counter"
    assert chrome.kind("Next post: Our autumn show results »") == "counter"
    assert chrome_cues("pt").kind("Notícia seguinte: Horta comunitária abre inscrições") == (
        "counter"
    )
    assert chrome.kind("The previous post holder left in May.") is None


def test_a_next_post_link_under_the_story_is_not_its_last_paragraph() -> None:
    text = _page(
        "Hundreds visit Harbour Road allotments on open day",
        tail=("« Previous post: Pruning old apple trees in winter",
              "Next post: Our autumn show results »"),
    )
    assert _paragraphs(parse_plaintext(text))[-1].startswith("The committee hopes")


def test_a_correction_note_that_names_the_article_stays_body() -> None:
    note = (
        "This article was updated on 14 June to correct the number of empty plots, which is "
        "eleven and not seven."
    )
    text = _page("Hundreds visit Harbour Road allotments on open day", tail=(note,))
    assert _paragraphs(parse_plaintext(text))[-1] == note
    assert not chrome_cues("en").names_article(note)
    assert chrome_cues("en").names_article("This article appears in the autumn newsletter.")


def test_post_nominal_letters_are_no_part_of_the_name() -> None:
    byline = parse_byline("Imogen Tarrant BVSc MRCVS")
    assert byline is not None and [p[0] for p in byline.people] == ["Imogen Tarrant"]
    byline = parse_byline("By Owen Pryce PhD")
    assert byline is not None and [p[0] for p in byline.people] == ["Owen Pryce"]
    byline = parse_byline("By Ian McKay")  # a surname with an inner capital stays
    assert byline is not None and [p[0] for p in byline.people] == ["Ian McKay"]


def test_a_dateline_closed_by_a_full_stop_dates_the_article() -> None:
    assert sentence_dateline_date("Villaseca, 8 de junio de 2026. Los vecinos …", "es") == (
        "2026-06-08"
    )
    assert sentence_dateline_date("Madrid, 8 de junio de 2026. la obra …", "es") is None
    text = (
        "Villaseca estrena un colector nuevo\n\n"
        "Villaseca de la Vega, 8 de junio de 2026. Los vecinos de la calle Mayor llevan desde "
        "el lunes sorteando vallas y montones de tierra para llegar a sus portales.\n\n"
        "El corte afecta al tramo entre la plaza y el antiguo lavadero, y el autobús comarcal "
        "ha trasladado su parada a la avenida de la Estación mientras duren las obras.\n\n"
        "El Ayuntamiento calcula que la calle volverá a abrirse al tráfico antes de las "
        "fiestas de Santiago, a finales de julio.\n"
    )
    assert parse_plaintext(text).published == "2026-06-08"


def test_a_chart_caption_with_a_bracketed_credit_is_no_sign_up_prompt() -> None:
    line = (
        "Passaggi giornalieri sul ponte registrati dal contatore automatico, 2019-2024. "
        "(Grafico: Comune di Borgo Alto)"
    )
    assert chrome_cues("it").kind(line) != "sign-up"
    assert chrome_cues("it").kind("Registrati per ricevere la newsletter") == "sign-up"


def test_a_lynx_image_link_over_a_credited_caption_is_no_part_of_it() -> None:
    prose = "\n\n".join(
        "   " + p for p in _EN_PROSE
    )
    text = (
        "   [1]Home [2]News [3]Sport\n\n"
        "      Hundreds visit Harbour Road allotments on open day\n\n"
        "   By [4]Nell Ashby\n\n"
        "   [5]Beekeeper lifting a frame out of a wooden hive\n"
        "   A frame of honey is lifted out for the children to see. Photo: Kit Rowe\n\n"
        + prose + "\n"
    )
    article = parse_plaintext(text)
    assert _figures(article) == [
        ("A frame of honey is lifted out for the children to see.", "Kit Rowe")
    ]
    assert all("Beekeeper lifting" not in p for p in _paragraphs(article))


def test_an_update_note_saying_what_was_added_is_the_article_s_own_text() -> None:
    en = chrome_cues("en")
    assert not en.names_article(
        "This story has been updated to include a statement from the allotment society."
    )
    assert en.names_article("This story appears in the autumn newsletter.")
    assert not chrome_cues("es").names_article(
        "Este artículo se actualizó el 3 de mayo para incluir la respuesta del alcalde."
    )


def test_a_courtesy_credit_over_a_caption_is_no_alt_text() -> None:
    text = _page(
        "Hundreds visit Harbour Road allotments on open day",
        "Photo: courtesy of the allotment society\n"
        "Margaret Hale, 91, shows visitors her prize-winning leeks.",
    )
    assert _figures(parse_plaintext(text)) == [
        ("Margaret Hale, 91, shows visitors her prize-winning leeks.",
         "courtesy of the allotment society")
    ]
