"""Round 12 (tails): the body's edges — a short closing line under an ad slot or a one-line
teaser, the text of an embedded social post, reading times printed in the singular.
Every sentence here is invented."""

from __future__ import annotations

import pytest
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.noise import noise_rule

_PT_HEAD = (
    "Ponte da Ribeira Seca reabre ao trânsito depois de oito meses de obras\n\n"
    "Por Helena Vasconcelos\n\n"
    "12/05/2026 10h40\n\n"
    "A ponte da Ribeira Seca voltou a abrir ao trânsito nesta terça-feira, depois de oito "
    "meses de obras de reforço das fundações, anunciou a câmara municipal de Vale do Sorraia.\n\n"
    "Segundo o vereador das obras, Tomás Aguiar, a intervenção custou 1,2 milhões de euros e "
    "foi paga em grande parte com fundos europeus destinados à rede viária local.\n\n"
)


def test_closing_line_under_an_ad_slot_and_a_one_line_teaser_stays_the_articles() -> None:
    # The story goes on under the page's ad slot and its "Leia também: <headline>" line:
    # the one short sentence that closes it is the last paragraph, the teaser is not.
    text = _PT_HEAD + (
        "Publicidade\n\n"
        "Leia também: Câmara de Vale do Sorraia aprova orçamento para estradas rurais\n\n"
        "Os camiões continuam proibidos.\n\n"
        "Arquivado em:\nObras\nTrânsito\n\n"
        "Comentários (4)\n"
    )
    paras = _paragraphs(parse_plaintext(text))
    assert paras[-1] == "Os camiões continuam proibidos."
    assert not any("Leia também" in p or p == "Publicidade" for p in paras)
    assert not any("Arquivado" in p for p in paras)


def test_closing_line_under_a_polish_inline_teaser_stays_the_articles() -> None:
    text = (
        "Nowy most w Zalesiu otwarty dla kierowców\n\n"
        "Autor: Marta Wierzbicka\n\n"
        "12.05.2026, 10:40\n\n"
        "Po ośmiu miesiącach prac most na rzece Wiśle w Zalesiu został we wtorek otwarty dla "
        "ruchu samochodowego, poinformował urząd gminy podczas krótkiej uroczystości.\n\n"
        "Według wójta gminy, Tomasza Kowalczyka, inwestycja kosztowała 4,8 mln zł i została w "
        "większości sfinansowana ze środków rządowego programu dróg lokalnych.\n\n"
        "Czytaj także: Gmina Zalesie ogłasza przetarg na remont drogi powiatowej\n\n"
        "Ciężarówki nadal nie wjadą na most.\n\n"
        "Tagi: Zalesie, drogi, mosty\n"
    )
    paras = _paragraphs(parse_plaintext(text))
    assert paras[-1] == "Ciężarówki nadal nie wjadą na most."
    assert not any(p.startswith("Czytaj także") for p in paras)


def test_a_bare_related_label_still_ends_the_article() -> None:
    # A block of links opened by a bare label is the page's, not the story's: the teaser
    # under it stays out of the body even when it reads as one short sentence.
    text = _PT_HEAD + (
        "Leia também\n\n"
        "Autarquia anuncia novas ciclovias.\n\n"
        "Comentários (4)\n"
    )
    paras = _paragraphs(parse_plaintext(text))
    assert paras[-1].startswith("Segundo o vereador das obras")
    assert "Autarquia anuncia novas ciclovias." not in paras


def test_embedded_post_text_over_its_dashed_attribution_is_not_body() -> None:
    # A post printed without its script: its words and its attribution are one block; the
    # article's sentence that introduces it stands apart and stays.
    text = _PT_HEAD + (
        "A câmara publicou nas redes sociais uma fotografia da ponte já aberta:\n\n"
        "Ponte reaberta! Obrigado a todos pela paciência durante as obras\n"
        "— Câmara de Vale do Sorraia (@CMValeSorraia) May 12, 2026\n\n"
        "As obras na estrada de acesso do lado norte terminam em junho, segundo a câmara "
        "municipal, que prevê ainda a instalação de iluminação pública no tabuleiro.\n"
    )
    paras = _paragraphs(parse_plaintext(text))
    assert "A câmara publicou nas redes sociais uma fotografia da ponte já aberta:" in paras
    assert not any("Ponte reaberta" in p or "@CMValeSorraia" in p for p in paras)
    assert paras[-1].startswith("As obras na estrada de acesso")


def test_a_post_text_ending_in_its_media_link_is_an_embed_in_any_language() -> None:
    assert noise_rule("Мост снова открыт для машин. pic.twitter.com/Ab12Cd34Ef") == "noise.embed"
    assert noise_rule("Le pont est rouvert. https://t.co/Qw3rTy9U") == "noise.embed"
    # a sentence that names the platform but ends in no post link is prose
    assert noise_rule("The council posted the photo on twitter.com yesterday.") is None


def test_lines_over_an_attribution_without_blank_lines_stay_the_reporters() -> None:
    # A live blog copied with "select all" prints no blank lines: the reporter's entry over
    # a post's "@handle on X · time" attribution is the article's, not the post's.
    text = (
        "Live: the count in the Fenwick county race\n\n"
        "By Corinne Amadi\n"
        "Updated May 12, 2026\n"
        "4h ago\n"
        "The campaign manager for the challenger said the team was confident the final "
        "count would confirm the early lead once the mailed ballots were tallied.\n"
        "The incumbent posted a short video from her porch thanking volunteers and asking "
        "supporters to check their ballot status on the county website.\n"
        "@CorinneForFenwick on X · 6:12 a.m.\n"
        "5h ago\n"
        "Election officials said about 4,000 mailed ballots remain to be counted, most of "
        "them from the northern precincts, and that results would be posted by Friday.\n"
    )
    paras = _paragraphs(parse_plaintext(text))
    assert any(p.startswith("The incumbent posted a short video") for p in paras)
    assert any(p.startswith("The campaign manager for the challenger") for p in paras)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "Leestijd 1 minuut"),
        ("de", "Lesedauer: 1 Minute"),
        ("fr", "Temps de lecture : 1 minute"),
        ("es", "Tiempo de lectura: 1 minuto"),
        ("it", "Tempo di lettura: 1 minuto"),
        ("pt", "1 minuto de leitura"),
        ("pl", "Czas czytania: 1 minuta"),
        ("ru", "1 минута чтения"),
        ("uk", "Час читання: 1 хвилина"),
        ("ar", "وقت القراءة: 1 دقيقة"),
        ("en", "Reading time: 1 minute"),
    ],
)
def test_a_reading_time_of_one_minute_is_a_reading_time(lang: str, line: str) -> None:
    assert chrome_cues(lang).reading_time(line)


def test_one_minute_reading_time_under_the_header_is_not_the_first_paragraph() -> None:
    text = (
        "Regio\n\n"
        "Brug over de Linge weken dicht na aanvaring\n\n"
        "Ruben Hoekstra\n\n"
        "3 maart 2026, 09:05\n\n"
        "Leestijd 1 minuut\n\n"
        "De brug over de Linge bij Geldermalsen blijft zeker tot eind maart dicht voor het "
        "verkeer. Een vrachtschip voer zondagavond tegen een van de pijlers.\n\n"
        "Fietsers kunnen omrijden via de pont bij Rumpt, die tot die tijd vaker vaart.\n"
    )
    paras = _paragraphs(parse_plaintext(text))
    assert paras[0].startswith("De brug over de Linge")


@pytest.mark.parametrize("mark", ["_", "*", "**"])
def test_an_authors_note_in_italics_under_the_story_is_the_bio(mark: str) -> None:
    # html2text prints <em> as "_…_", Markdown copies as "*…*": the note's words are the
    # bio whatever marks the copy set around them, and the note is not a paragraph.
    note = "Jane Roe is a freelance journalist based in Kestrel Bay. She writes about councils."
    text = (
        "Harbour board delays vote on new ferry terminal\n\n"
        "By Jane Roe\n\n"
        "March 4, 2026\n\n"
        "The Kestrel Bay harbour board has postponed a vote on the design of the new ferry "
        "terminal after residents asked for more time to study the plans.\n\n"
        "Board chair Ellen Marsh said the vote would now take place on April 2, after two "
        "public meetings in the town hall and one online.\n\n"
        f"{mark}{note}{mark}\n\n"
        "Share this article\n"
    )
    article = parse_plaintext(text)
    assert [a.bio for a in article.authors] == [note]
    assert not any("freelance" in p for p in _paragraphs(article))
