"""Round 15 (midbody): blocks a page sets inside the article that are not its end — a
"Read more" / "Leggi anche:" link block with the story's short sentences under it, an
embed's consent notice with its label and button, a video player's residue, a live entry's
stamp in bold, an embedded post or an audio promo in a blockquote, a follow prompt naming a
two-word platform, a prompt sending readers' questions to the comments or a bot.
Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues

_EN_HEAD = [
    "# Harbour board approves new pier for the Tarrow Bay fishing fleet",
    "By Mina Castellane",
    "March 3, 2026",
    "The harbour board voted on Tuesday to build a new pier for the Tarrow Bay fishing "
    "fleet, ending a three-year argument over where the boats should land their catch.",
    "The pier will cost about four million pounds and will be built on the north side of "
    "the bay, away from the ferry terminal and the yacht moorings.",
]


def _text(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_a_read_more_block_with_pictures_and_dates_is_not_the_articles_end() -> None:
    text = _text(
        "# Harbour board approves new pier for Tarrow Bay fishing fleet",
        "By Mina Castellane",
        "March 3, 2026",
        "The harbour board voted on Tuesday to build a new pier for the Tarrow Bay fishing "
        "fleet, ending a three-year argument over where the boats should land their catch.",
        "The pier will cost about 4 million pounds and will be built on the north side of "
        "the bay, away from the ferry terminal.",
        "**Read More**",
        "![](/img/a.jpg)",
        "Ferry timetable changes from April",
        "March 1, 2026",
        "![](/img/b.jpg)",
        "Fish market reopens after refit",
        "February 27, 2026",
        "![](/img/c.jpg)",
        "Council leader resigns over budget row",
        "February 20, 2026",
        "Skippers said the decision came too late for some of them. Two boats have already "
        "moved to Pellan harbour.",
        "Work is due to start in September.",
        "## Comments",
        "Log in to comment",
        "© 2026 Tarrow Bay Gazette",
    )
    paras = _paragraphs(parse_plaintext(text))
    assert paras[-2].startswith("Skippers said the decision")
    assert paras[-1] == "Work is due to start in September."
    assert not any("Ferry timetable" in p or "March 1, 2026" in p for p in paras)


def test_short_sentences_under_a_leggi_anche_block_stay_the_articles() -> None:
    text = _text(
        "Cronaca",
        "# Valdora, chiude lo storico forno di piazza Mazzini dopo 90 anni",
        "di Lucia Ferretti",
        "12 febbraio 2026",
        "Dopo novant'anni il forno di piazza Mazzini chiude i battenti. Gli ultimi "
        "titolari, i fratelli Benassi, hanno annunciato la decisione con un cartello "
        "appeso alla vetrina.",
        "«Non troviamo nessuno che voglia imparare il mestiere», spiega Carlo Benassi.",
        "Leggi anche:",
        "Valdora, il mercato del sabato si sposta in via Roma",
        "Negozi sfitti in centro, il Comune lancia un bando",
        "Il sindaco ha promesso di cercare un nuovo gestore.",
        "Il forno resterà aperto fino alla fine del mese.",
        "Tag: Valdora, forno, commercio",
        "Potrebbe interessarti anche",
        "Valdora, nuova rotonda sulla provinciale",
    )
    paras = _paragraphs(parse_plaintext(text))
    assert paras[-1] == "Il forno resterà aperto fino alla fine del mese."
    assert "Il sindaco ha promesso di cercare un nuovo gestore." in paras
    assert not any("mercato del sabato" in p or "rotonda" in p for p in paras)


def test_an_embed_consent_block_goes_with_its_label_and_button() -> None:
    text = _text(
        "# Marode Brücke: Talbrücke bei Hellbach bleibt bis zum Herbst gesperrt",
        "Von Henrike Salzmann",
        "14.03.2026",
        "Die Talbrücke über die Hellbach bleibt bis Oktober für den gesamten Verkehr "
        "gesperrt, weil Prüfer Risse in zwei der sechs Pfeiler entdeckt haben.",
        "Für den Busverkehr zeichnet sich eine Übergangslösung über die Werksbrücke der "
        "Papierfabrik ab, sagte der Oberbürgermeister am Freitag.",
        "Externer Inhalt",
        "Hier steht ein externer Inhalt von Kartenplattform, der den Artikel ergänzt.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit "
        "können personenbezogene Daten an Drittplattformen übermittelt werden.",
        "Inhalt anzeigen",
        "Die Werksbrücke ist allerdings nur für Fahrzeuge bis 18 Tonnen zugelassen, "
        "Gelenkbusse dürfen sie deshalb nicht nutzen.",
        "Der Gemeinderat will sich in seiner Sitzung am 26. März mit dem Vorschlag befassen.",
    )
    article = parse_plaintext(text)
    paras = _paragraphs(article)
    assert len(paras) == 4
    assert _headings(article) == []
    assert not any("externe" in p or "Inhalt anzeigen" in p for p in paras)


def test_video_player_residue_is_neither_figure_nor_paragraph_and_a_subhead_stays() -> None:
    text = _text(
        "# Ação da Arquimedes Logística dispara após venda de terminal",
        "Por Rosângela Viana",
        "22/07/2026",
        "As ações da Arquimedes Logística fecharam esta quarta-feira em alta de sete por "
        "cento, depois que a companhia anunciou a venda do terminal de contêineres.",
        "Para o analista Teodoro Lins, a venda tira um peso enorme do balanço da empresa e "
        "abre espaço para a retomada de dividendos no ano que vem.",
        "Carregando vídeo",
        "Clique para assistir",
        "## Ibovespa acompanha exterior",
        "O Ibovespa subiu e encerrou o dia aos 131 mil pontos, puxado por bancos e "
        "mineradoras, em um dia de maior apetite por risco nos mercados.",
    )
    article = parse_plaintext(text)
    paras = _paragraphs(article)
    assert _figures(article) == []
    assert _headings(article) == ["Ibovespa acompanha exterior"]
    assert not any("vídeo" in p or "assistir" in p for p in paras)
    assert len(paras) == 3


def test_player_words_in_a_sentence_are_no_residue() -> None:
    cues = chrome_cues("en")
    assert cues.kind("Video loading") == "embed-notice"
    assert cues.kind("Click to play") == "embed-notice"
    assert cues.kind("Video loading times doubled after the update.") is None
    assert (
        cues.kind("This content is hosted by a third party. By showing it you accept its terms.")
        == "embed-notice"
    )


def test_bold_live_entry_stamps_are_dropped() -> None:
    entries = [
        ("**16:05**", "The operator has confirmed that the last crossing of the day, the "
         "evening sailing from Port Avery, will not run."),
        ("**14:02**", "Talks at the arbitration office ended without agreement shortly "
         "before two o'clock, the union's organiser said."),
        ("**12:48**", "Shops on Merrow Main say fresh produce is running low and the "
         "supermarket has asked customers to limit milk to two cartons."),
    ]
    text = _text(
        "LIVE",
        "# Ferry strike live: crossings cancelled as talks break down",
        "By Calum Ferriday",
        "Updated March 5, 2026",
        *[part for entry in entries for part in entry],
    )
    paras = _paragraphs(parse_plaintext(text))
    assert paras == [body for _, body in entries]


def test_an_embedded_post_and_an_audio_promo_in_blockquotes_are_dropped() -> None:
    text = _text(
        *_EN_HEAD,
        "> Extra flights today at 16:40 and 17:55. Priority for medical appointments. "
        "#TarrowPier\n>\n> — Tarrow Bay Council (@TarrowCouncil) March 3, 2026",
        "Council leader Ivy Tremaine said ambulance transfers were unaffected, because "
        "the coastguard launch is not part of the dispute.",
        "> 🎧 Listen: On the Coast Daily – what the pier means for the bay. Episode 212, "
        "18 minutes",
        "Skippers said the decision came too late for some of them, as two boats have "
        "already moved to Pellan harbour for the winter.",
    )
    paras = _paragraphs(parse_plaintext(text))
    assert len(paras) == 4
    assert not any("Extra flights" in p or "Listen" in p for p in paras)


def test_a_follow_prompt_naming_a_two_word_platform_is_chrome() -> None:
    assert chrome_cues("it").kind("Segui La Voce della Valmarna su Google News") == "sign-up"
    assert chrome_cues("pt").kind("Siga a Folha do Mercado Sul no Google News") == "sign-up"
    assert chrome_cues("it").kind("Segui la strada provinciale fino al ponte") is None


def test_a_prompt_for_readers_questions_is_chrome_a_bloggers_question_is_not() -> None:
    it = chrome_cues("it")
    assert it.kind("Hai domande sulla viabilità? Scrivile nei commenti o chiedi al nostro "
                   "assistente virtuale.") == "comment-prompt"
    assert chrome_cues("en").kind("Ask your question in the comments or our bot") == (
        "comment-prompt"
    )
    # names only the comments: the blogger's closing question, body
    assert chrome_cues("pl").kind("A wy kiedy siejecie pomidory? Dajcie znać w "
                                  "komentarzach!") is None


def test_a_stock_ticker_line_with_its_currency_apart_is_no_paragraph() -> None:
    text = _text(
        "# Ação da Arquimedes dispara após venda de terminal",
        "Por Rosângela Viana",
        "22/07/2026",
        "ARQU3 R$ 6,41 +7,01%",
        "As ações da Arquimedes Logística fecharam esta quarta-feira em alta de sete por "
        "cento, depois que a companhia anunciou a venda do terminal de contêineres.",
        "Para o analista Teodoro Lins, a venda tira um peso enorme do balanço da empresa e "
        "abre espaço para a retomada de dividendos.",
    )
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert _paragraphs(article)[0].startswith("As ações da Arquimedes")
