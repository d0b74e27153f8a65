"""Body rules: widget buttons, pull quotes, captions printed twice, quoted lines.

Every text is original (invented people and places); expected values are written by hand.
"""

from __future__ import annotations

import pytest

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.noise import widget_rows

_HEAD = (
    "Volunteers finish a dry-stone wall on Carrow Hill after two summers\n\n"
    "By Nessa Quill\n\n"
    "A group of twelve volunteers laid the last capstone of a 300-metre dry-stone wall on "
    "Carrow Hill on Saturday, two summers after the first stones went down.\n\n"
    "The wall replaces a wire fence that the grazing society had patched for decades, and it "
    "was built with stone from a collapsed sheepfold further up the slope.\n\n"
)


def test_widget_rows_are_lines_printed_from_one_template() -> None:
    en = [
        "Click to share on Facebook (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)",
    ]
    it = [
        "Fai clic per condividere su Telegram (Si apre in una nuova finestra)",
        "Fai clic per condividere su LinkedIn (Si apre in una nuova finestra)",
    ]
    assert widget_rows(en) == {0, 1}
    assert widget_rows(it) == {0, 1}
    # An ingredient list, two headings and a caption printed twice are the article's own.
    assert widget_rows(["200 g rolled oats", "200 g spelt flour"]) == set()
    assert widget_rows(["What we found", "What we did not find"]) == set()
    assert widget_rows(["Sheep on the hill. (Ann Bell)", "Sheep on the hill. Ann Bell"]) == set()


def test_share_buttons_after_the_last_paragraph_are_dropped() -> None:
    article = parse_plaintext(
        _HEAD + "The society plans a picnic on the hill in August.\n\n"
        "Click to share on Mastodon (Opens in new window)\n"
        "Click to share on Bluesky (Opens in new window)\n"
    )
    texts = [p.text for p in article.paragraphs()]
    assert texts[-1] == "The society plans a picnic on the hill in August."
    assert not any("Click to share" in t for t in texts)
    dropped = [p.rule for k, p in article.provenance.items() if k.startswith("dropped[")]
    assert any(rule.endswith("widget buttons") for rule in dropped)


def test_a_body_sentence_repeated_on_its_own_line_is_a_pull_quote() -> None:
    quote = (
        "\u201cEvery stone we lifted had been lifted by somebody's grandfather first,\u201d "
        "said Orla Fennick, who organised the work."
    )
    article = parse_plaintext(
        _HEAD + quote + "\n\n"
        "The society plans a picnic on the hill in August.\n\n"
        "\u2018Every stone we lifted had been lifted by somebody's grandfather first\u2019\n\n"
        "Walkers are asked to keep dogs on leads while the lambs are out.\n"
    )
    texts = [p.text for p in article.paragraphs()]
    assert quote in texts
    assert not any(t.startswith("\u2018Every stone") for t in texts)
    assert not article.headings()
    assert texts[-1].startswith("Walkers are asked")
    dropped = [p.rule for k, p in article.provenance.items() if k.startswith("dropped[")]
    assert any(rule.endswith("pull quote") for rule in dropped)


def test_a_caption_printed_twice_in_a_row_is_one_figure() -> None:
    article = parse_plaintext(
        _HEAD + "The finished wall, seen from the lane below the farm.\n\n"
        "The finished wall, seen from the lane below the farm.\n\n"
        "The society plans a picnic on the hill in August.\n"
    )
    figures = article.figures()
    assert [(f.caption, f.credit) for f in figures] == [
        ("The finished wall, seen from the lane below the farm.", None)
    ]
    assert all("finished wall" not in p.text for p in article.paragraphs())


def test_a_french_quotation_with_a_spaced_guillemet_is_not_a_heading() -> None:
    text = (
        "Le nouveau pont de Sarlieu ouvre lundi aux voitures après deux ans de travaux\n\n"
        "Par Lise Morand\n\n"
        "Le pont, fermé depuis l’effondrement d’une pile en 2023, rouvre lundi matin à la "
        "circulation, a annoncé la mairie de Sarlieu vendredi soir.\n\n"
        "« Nous avons tenu le calendrier. Les riverains ont été patients. »\n\n"
        "Les camions de plus de douze tonnes resteront interdits jusqu’à la fin de l’année, "
        "le temps de terminer les essais de charge sur la nouvelle structure.\n"
    )
    article = parse_plaintext(text)
    assert not article.headings()
    assert "« Nous avons tenu le calendrier. Les riverains ont été patients. »" in [
        p.text for p in article.paragraphs()
    ]


def test_headline_sized_lines_after_the_last_sentence_are_dropped() -> None:
    article = parse_plaintext(
        _HEAD + "The society plans a picnic on the hill in August.\n\n"
        "More from the valley\n\n"
        "Ferry timetable changes for the summer season announced by the harbour board\n\n"
        "Media contact: Ivo Brenn, Carrow Grazing Society, press@carrow.example\n\n"
        "Previous: A new gate for the upper pasture\n"
    )
    texts = [p.text for p in article.paragraphs()]
    # the press contact line with its address is chrome too since round 20 (pressroom)
    assert texts[-1] == "The society plans a picnic on the hill in August."
    assert not any(t.startswith(("Ferry timetable", "Media contact")) for t in texts)


def test_the_copyright_sign_as_a_credit_label() -> None:
    from syndicate.readers.scraped.captions import split_caption
    from syndicate.readers.scraped.noise import rights_line

    parts = split_caption("Schafe am Deich bei Wremen, kurz vor dem Sturm. © Jens Holt/dpa")
    assert (parts.caption, parts.credit) == (
        "Schafe am Deich bei Wremen, kurz vor dem Sturm.",
        "Jens Holt/dpa",
    )
    alone = split_caption("© Анна Громова/ТАСС")
    assert (alone.caption, alone.credit) == (None, "Анна Громова/ТАСС")
    # A footer is the page's rights, not a credit.
    assert split_caption("© 2025 Wremer Bote") is None
    assert rights_line("© 2025 Wremer Bote")
    assert not rights_line("© Анна Громова/ТАСС")


def test_a_copyright_credit_under_its_caption_makes_one_figure() -> None:
    article = parse_plaintext(
        _HEAD + "Volunteers lift a capstone into place on Saturday\n"
        "© Kit Arden/Carrow Press\n\n"
        "The society plans a picnic on the hill in August.\n\n"
        "© 2025 Carrow Press. All rights reserved.\n"
    )
    assert [(f.caption, f.credit) for f in article.figures()] == [
        ("Volunteers lift a capstone into place on Saturday", "Kit Arden/Carrow Press")
    ]
    assert article.rights == "© 2025 Carrow Press. All rights reserved."


def test_a_bare_credit_in_parentheses_under_a_caption() -> None:
    article = parse_plaintext(
        _HEAD + "Volunteers lift a capstone into place on Saturday.\n"
        "(Viewer submitted)\n\n"
        "The society plans a picnic on the hill in August.\n"
        "(Reporting by Ada Moss)\n"
    )
    assert [(f.caption, f.credit) for f in article.figures()] == [
        ("Volunteers lift a capstone into place on Saturday.", "Viewer submitted")
    ]


def test_advertisement_labels_of_the_page_language_are_dropped() -> None:
    text = (
        "Ônibus gratuito chega a mais três bairros de Vale do Jaguari a partir de segunda\n\n"
        "Por Ana Lins\n\n"
        "A prefeitura de Vale do Jaguari vai ampliar a partir de segunda-feira a linha de ônibus "
        "gratuito para mais três bairros da zona norte, segundo anúncio feito nesta sexta.\n\n"
        "PUBLICIDADE\n\n"
        "A linha passa a atender também o Jardim das Flores, a Vila Nova e o Alto da Serra, com "
        "saídas a cada vinte minutos entre as seis da manhã e as dez da noite.\n"
    )
    article = parse_plaintext(text)
    assert all(p.text != "PUBLICIDADE" for p in article.paragraphs())
    assert len(article.paragraphs()) == 2


def test_a_chinese_sentence_is_never_a_heading_and_a_short_title_line_is() -> None:
    text = (
        "江城新建三座社区图书馆 周末开放到晚上十点\n\n"
        "记者 王晓\n\n"
        "3月4日，记者从江城市文化局获悉，今年新建的三座社区图书馆已经全部开放，市民可以免费借阅。\n\n"
        "新馆的开放时间比老馆延长了两个小时，周末晚上也可以来看书，很受上班族欢迎。\n\n"
        "借阅流程更简单\n\n"
        "读者只需要用身份证登记一次，就可以在三座图书馆之间通借通还，不再需要分别办卡。\n"
    )
    article = parse_plaintext(text)
    assert [h.text for h in article.headings()] == ["借阅流程更简单"]
    assert article.paragraphs()[0].text.startswith("3月4日")


def test_lines_about_the_article_itself_after_its_last_paragraph_are_dropped() -> None:
    from syndicate.readers.scraped.cuewords import chrome_cues

    assert chrome_cues("en").names_article("This article appears in the May issue of Fells.")
    assert chrome_cues("it").names_article("Ti è piaciuto questo articolo? Condividilo.")
    assert chrome_cues("de").names_article("Dieser Artikel erschien zuerst im Wremer Boten.")
    assert chrome_cues("zh").names_article("本文来源：江城日报")
    assert not chrome_cues("en").names_article("We will update this story as we learn more.")
    article = parse_plaintext(
        _HEAD + "We will update this story as we learn more.\n\n"
        "Enjoyed this story? Share it with a friend who walks the hill.\n\n"
        "This article appears in the summer issue of Fell and Field.\n"
    )
    assert article.paragraphs()[-1].text == "We will update this story as we learn more."


def test_label_and_value_notes_after_the_last_paragraph_are_dropped() -> None:
    article = parse_plaintext(
        _HEAD + "The society plans a picnic on the hill in August.\n\n"
        "Story source:\n\n"
        "Materials provided by the Carrow Grazing Society. Content may be edited for length.\n\n"
        "Media contact:\n"
    )
    assert article.paragraphs()[-1].text == "The society plans a picnic on the hill in August."
    dropped = [p.rule for k, p in article.provenance.items() if k.startswith("dropped[")]
    assert any(rule.endswith("label and value") for rule in dropped)


def test_a_widget_printed_as_a_list_item_by_a_dump_tool_is_still_a_widget() -> None:
    from syndicate.readers.scraped.noise import noise_rule

    assert noise_rule("* Copy link") == "noise.share"
    assert noise_rule("• Leave a comment") == "noise.share"
    assert noise_rule("- 30 -") == "noise.end-mark"
    assert noise_rule("* Copy the link to the file first") is None


def test_read_later_and_like_widgets_in_several_languages() -> None:
    from syndicate.readers.scraped.cuewords import chrome_cues

    assert chrome_cues("fr").kind("Lire plus tard") == "share"
    assert chrome_cues("de").kind("Später lesen") == "share"
    assert chrome_cues("it").kind("Mi piace Caricamento...") == "share"
    assert chrome_cues("ru").kind("Читать позже") == "share"
    assert chrome_cues("en").kind("Read later") == "share"
    assert chrome_cues("en").kind("Read later chapters of the report first.") is None


def test_an_agency_alone_under_a_caption_without_a_full_stop_is_its_credit() -> None:
    article = parse_plaintext(
        _HEAD + "Volunteers lift a capstone into place on Carrow Hill\nAFP\n\n"
        "The society plans a picnic on the hill in August.\n"
    )
    assert [(f.caption, f.credit) for f in article.figures()] == [
        ("Volunteers lift a capstone into place on Carrow Hill", "AFP")
    ]


def test_a_credit_prefix_with_a_slash_is_kept_and_a_traditional_chinese_label_is_read() -> None:
    from syndicate.readers.scraped.captions import (
        reset_photo_labels,
        split_caption,
        use_photo_labels,
    )
    from syndicate.readers.scraped.cuewords import chrome_cues

    token = use_photo_labels(tuple(sorted(chrome_cues("pt").photo_labels)))
    try:
        parts = split_caption("Fila no terminal de ônibus de Vale Seco — Foto: Reprodução/TV Serra")
        assert parts.credit == "Reprodução/TV Serra"
    finally:
        reset_photo_labels(token)
    token = use_photo_labels(tuple(sorted(chrome_cues("zh").photo_labels)))
    try:
        parts = split_caption("新建的站台。（圖／台北市捷運工程局）")
        assert (parts.caption, parts.credit) == ("新建的站台。", "台北市捷運工程局")
    finally:
        reset_photo_labels(token)


def test_platform_widgets_and_a_french_reading_time() -> None:
    from syndicate.readers.scraped.cuewords import chrome_cues

    assert chrome_cues("de").kind("Messenger") == "share"
    assert chrome_cues("en").kind("Top highlight") == "share"
    assert chrome_cues("fr").kind("Temps de lecture 3 min.") == "counter"


def test_recipe_card_buttons_in_several_languages() -> None:
    from syndicate.readers.scraped.cuewords import chrome_cues

    assert chrome_cues("en").kind("Pin This Recipe") == "share"
    assert chrome_cues("de").kind("Rezept drucken") == "share"
    assert chrome_cues("es").kind("Saltar a la receta") == "share"
    assert chrome_cues("en").kind("Pin the hem") is None  # a sewing guide's heading


def test_a_credit_one_blank_line_under_a_short_caption_is_its_credit() -> None:
    text = (
        "Harbour wall gives way after the storm\n\n"
        "By Ines Marlow\n\n"
        "The old harbour wall at Penhallow gave way on Sunday night, leaving a gap of "
        "twenty metres that the council says will take months to close.\n\n"
        "The gap in the wall, seen from the lifeboat slipway on Monday morning.\n\n"
        "Photo Dara Quill\n\n"
        "Engineers will inspect the rest of the wall this week before the next spring "
        "tides, which are expected to be the highest of the year.\n\n"
        "The fishing fleet has moved to the inner basin until the work is done, and the "
        "harbour master has closed the outer quay to the public.\n"
    )
    article = parse_plaintext(text)
    figures = [b for b in article.blocks if b.__class__.__name__ == "Figure"]
    assert [(f.caption, f.credit) for f in figures] == [
        ("The gap in the wall, seen from the lifeboat slipway on Monday morning.", "Dara Quill")
    ]


def test_a_subhead_that_takes_its_words_from_the_paragraph_under_it_is_kept() -> None:
    text = (
        "La passerelle de la Mayenne prend six mois de retard\n\n"
        "Par Camille Herbreteau\n\n"
        "Le chantier de la passerelle cyclable prendra finalement six mois de retard, a "
        "annoncé mardi soir l’adjointe chargée des mobilités en conseil municipal.\n\n"
        "La mise en service, initialement attendue pour juin, est désormais repoussée à la "
        "fin de l’année, après la découverte de vestiges sous les piles.\n\n"
        "Un hiver de plus sur le pont Aristide-Briand\n\n"
        "Pour les usagers, le retard signifie un hiver de plus sur le pont Aristide-Briand, "
        "où la bande cyclable est jugée dangereuse par les associations.\n"
    )
    article = parse_plaintext(text)
    headings = [b.text for b in article.blocks if b.__class__.__name__ == "Heading"]
    assert headings == ["Un hiver de plus sur le pont Aristide-Briand"]


def test_a_credit_a_blank_line_under_an_image_caption_and_an_agency_named_like_a_label() -> None:
    from syndicate.model import Figure, Paragraph

    para = (
        "Die Schifffahrt auf der Mosel ist zwischen Trier und Koblenz seit Freitag eingestellt, "
        "rund 40 Frachtschiffe liegen in den Häfen und an den Schleusen fest."
    )
    text = "\n\n".join(
        [
            "# Pegel in Cochem steigt über sieben Meter",
            "Von Henrike Albers",
            para,
            "![Promenade](https://img.example/1.jpg)",
            "Die Promenade in Bernkastel-Kues steht unter Wasser.",
            "Bild: picture alliance/dpa | Carla Neumeister",
            para.replace("Freitag", "Samstag"),
            "Foto: Jonas Wendler",
            para.replace("Freitag", "Sonntag"),
        ]
    )
    article = parse_plaintext(text)
    figures = [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]
    # Under an image the caption and its credit stand a blank line apart; without an image
    # the credit-only line is a photo of its own and the paragraph above stays a paragraph.
    assert figures == [
        (
            "Die Promenade in Bernkastel-Kues steht unter Wasser.",
            "picture alliance/dpa | Carla Neumeister",
        ),
        (None, "Jonas Wendler"),
    ]
    assert sum(isinstance(b, Paragraph) for b in article.blocks) == 3


def test_shop_buttons_scores_and_disclosures_in_several_languages() -> None:
    from syndicate.readers.scraped.cuewords import chrome_cues

    en, de, fr = chrome_cues("en"), chrome_cues("de"), chrome_cues("fr")
    assert en.kind("Buy now at Trailhouse £189") == "shop"
    assert en.kind("$279 at Amazon") == "shop"
    assert de.kind("189 € bei Otto") == "shop"
    assert fr.kind("Voir l'offre chez Fnac") == "shop"
    assert en.kind("★★★★☆ 4/5") == "rating"
    assert en.kind("8.5/10") == "rating"
    assert en.kind("Rating: 4 out of 5 stars") == "rating"
    assert de.kind("Bewertung: 4 von 5") == "rating"
    note = "Homebench is reader-supported: we may earn a commission when you buy."
    assert en.kind(note) == "disclosure"
    assert fr.kind("Cet article contient des liens affiliés.") == "disclosure"
    # A subhead that opens with a price or a shop word and a sentence about shopping stay.
    assert en.kind("$5bn at stake for the harbour") is None
    assert en.kind("Shop owners along the quay say trade fell by a third.") is None
    assert en.kind("Score draw keeps Harrowgate top") is None


def test_an_explainer_s_question_subheads_are_headings() -> None:
    # Four short questions on lines of their own, as in an interview, but the answers
    # report in the third person: an explainer's subheads, not an interviewer's turns.
    answer = (
        "The council says the work will take about six weeks, and buses will be diverted "
        "along Mill Road while the bridge is closed to traffic."
    )
    questions = ["Why is the bridge closed?", "What is being done?", "When will it reopen?",
                 "How do I get around in the meantime?"]
    text = _HEAD + "".join(f"{q}\n\n{answer}\n\n" for q in questions)
    article = parse_plaintext(text)
    headings = [b.text for b in article.blocks if type(b).__name__ == "Heading"]
    assert headings == questions


def test_an_interview_s_questions_and_speaker_turns_are_paragraphs() -> None:
    answer = (
        "We went out at dawn with the nets and came back at noon, every day of the season, "
        "and nobody ever asked us whether we liked it."
    )
    questions = ["How did it start?", "Were you afraid?", "What changed?", "Do you miss it?"]
    text = _HEAD + "".join(f"{q}\n\n{answer}\n\n" for q in questions)
    article = parse_plaintext(text)
    assert not [b for b in article.blocks if type(b).__name__ == "Heading"]
    assert [p.text for p in article.paragraphs()].count("Were you afraid?") == 1
    turns = _HEAD + f"HOST: How much of the wall is new?\n\nQUILL: {answer}\n\n"
    article = parse_plaintext(turns)
    assert "HOST: How much of the wall is new?" in [p.text for p in article.paragraphs()]


def test_a_roundup_s_numbered_items_are_headings_and_its_widgets_chrome() -> None:
    prose = (
        "It kept every tester dry on a four-hour walk in heavy rain, and the hood stayed put "
        "in a strong wind on the ridge above the reservoir."
    )
    items = "".join(
        f"{n}. Fellmark Shell {n}\n★★★★☆ 4/5\nBuy now at Trailhouse £{n}89\n{prose}\n"
        for n in (1, 2, 3)
    )
    article = parse_plaintext(_HEAD.replace("\n\n", "\n") + items)
    headings = [b.text for b in article.blocks if type(b).__name__ == "Heading"]
    assert headings == ["1. Fellmark Shell 1", "2. Fellmark Shell 2", "3. Fellmark Shell 3"]
    texts = [p.text for p in article.paragraphs()]
    assert texts.count(prose) == 3
    assert not any("Buy now" in t or "★" in t for t in texts)


def test_an_image_s_alt_text_printed_again_as_its_caption_is_one_figure() -> None:
    caption = "Volunteers lift the last capstone into place on Saturday."
    text = (
        "[Home](/) [News](/news)\n\n"
        + _HEAD
        + f"![{caption}](https://img.example/wall.jpg)\n\n{caption}\n"
        "Ruth Amberley for The Carrow Post\n\n"
        "The society plans a picnic on the hill in August, weather permitting, and says "
        "everyone who carried a stone is invited.\n"
    )
    article = parse_plaintext(text)
    figures = [(b.caption, b.credit) for b in article.blocks if type(b).__name__ == "Figure"]
    assert figures == [(caption, "Ruth Amberley for The Carrow Post")]
    assert not any("Ruth Amberley" in p.text for p in article.paragraphs())


def test_a_recipe_card_after_its_facts_box_stays_in_the_article() -> None:
    steps = [
        "Heat the oven to 180°C and line a small square tin with baking paper, leaving "
        "some overhang so that you can lift the bake out.",
        "Rub the butter into the oats with your fingertips until there are no lumps left, "
        "then stir in the sugar and a pinch of salt.",
        "Press the mixture into the tin and bake it for 25 minutes, until it is golden at "
        "the edges, then leave it to cool before you cut it.",
    ]
    card = (
        "Oat Squares\n★★★★★\n4.8 from 51 votes\nPrint\nPin\nRate\n"
        "Course: Snack\nPrep Time: 10 minutes\nCook Time: 25 minutes\nServings: 12 squares\n"
        "Ingredients\n150 g rolled oats\n100 g butter\n60 g brown sugar\n"
        "Instructions\n" + "\n".join(steps) + "\n"
    )
    article = parse_plaintext(_HEAD.replace("\n\n", "\n") + card + "48 Comments\nLeave a Reply\n")
    texts = [p.text for p in article.paragraphs()]
    assert texts[-3:] == steps
    assert "150 g rolled oats" in texts and "Prep Time: 10 minutes" not in texts
    headings = [b.text for b in article.blocks if type(b).__name__ == "Heading"]
    assert headings == ["Ingredients", "Instructions"]


def test_a_quotes_table_between_paragraphs_does_not_end_the_article() -> None:
    from syndicate.readers.scraped.features import _quote_row

    assert _quote_row("HGX.L 10,412.00 +274.50 +2.71%")
    assert _quote_row("DAX 18.452 −0,4%")
    assert not _quote_row("March 18, 2025 11:27 AM GMT")
    assert not _quote_row("Castlebridge Town 1-1 Harrowgate Athletic")
    assert not _quote_row("Prices rose 2.7% to $10,412.")


def test_a_subhead_under_a_read_also_link_and_a_sentence_cut_by_the_paywall_stay() -> None:
    text = (
        "Incendies : un été record pour les pompiers du département\n"
        "Par Lucie Ferrand\n"
        "Les sapeurs-pompiers ont été engagés à 214 reprises sur des feux de végétation depuis "
        "le 1er juin, contre 131 sur la même période l’an dernier.\n"
        "La surface brûlée reste pourtant contenue : 386 hectares, dont près de la moitié lors "
        "du seul incendie de Valensole, le 19 juillet.\n"
        "À lire aussi\n"
        "Incendie de Valensole : 180 hectares parcourus, une enquête ouverte\n"
        "Le débroussaillement, « pas une formalité »\n"
        "Le préfet a rappelé que l’obligation légale de débroussaillement reste très "
        "inégalement respectée dans les communes du département.\n"
        "Pour la saison prochaine, le Sdis souhaite\n"
        "Cet article est réservé aux abonnés. Il vous reste 65 % à découvrir.\n"
        "Je m’abonne\n"
    )
    article = parse_plaintext(text)
    headings = [b.text for b in article.blocks if b.__class__.__name__ == "Heading"]
    paragraphs = [b.text for b in article.blocks if b.__class__.__name__ == "Paragraph"]
    assert headings == ["Le débroussaillement, « pas une formalité »"]
    assert paragraphs[-1] == "Pour la saison prochaine, le Sdis souhaite"
    assert not any("Valensole : 180" in p for p in paragraphs)


def test_embedded_post_links_and_contact_prompts_are_chrome() -> None:
    from syndicate.readers.scraped.noise import noise_rule

    assert noise_rule("Skip twitter post by Duncan Ferrier") == "noise.embed"
    assert noise_rule("End of Instagram post by Harbour Lights") == "noise.embed"
    assert noise_rule("Post by @DFerrierRMT") == "noise.embed"
    assert noise_rule("Skip the queue by booking online before Friday.") is None
    article = parse_plaintext(_HEAD + "Get in touch\n\nThe society meets again in May.\n")
    assert "Get in touch" not in [p.text for p in article.paragraphs()]


def test_a_sponsor_block_between_rules_is_chrome_and_the_issue_goes_on() -> None:
    from syndicate.readers.scraped.cuewords import chrome_cues

    assert chrome_cues("en").kind("PRESENTED BY GREENLINE ENERGY") == "sponsor"
    assert chrome_cues("de").kind("Präsentiert von Stadtwerke Ulm") == "sponsor"
    assert chrome_cues("en").kind("Supported by the lottery, the hall reopened in May.") is None
    later = (
        "The harbour trust will publish the survey of the wall's older sections in the "
        "autumn, and volunteers are already booked for the first two weekends of work."
    )
    text = (
        _HEAD + "* * *\n\nSPONSORED BY THE CARROW CREDIT UNION\n\n"
        "Saving for a new roof? Our home loans start at 4.1 per cent. Ask in branch.\n\n"
        "* * *\n\n" + later + "\n"
    )
    texts = [p.text for p in parse_plaintext(text).paragraphs()]
    assert texts[-1] == later
    assert not any("SPONSORED" in t or "home loans" in t or "* * *" in t for t in texts)


def test_a_review_s_pros_and_cons_without_bullets_end_the_article() -> None:
    text = (
        _HEAD
        + "Verdict\n\nThe wall is the best thing the society has built, and it will outlast "
        "every one of the people who carried its stones up the hill.\n\n"
        "Pros\n\nDry-stone work that needs no mortar\n\nBuilt from local stone\n\n"
        "Cons\n\nTwo summers of weekends\n\n"
        "Specs\n\nLength: 300 m\n\nHeight: 1.2 m\n\nStones: 41,000\n\n"
        "Related reviews\n\nThe best walking poles\n"
    )
    article = parse_plaintext(text)
    headings = [b.text for b in article.blocks if type(b).__name__ == "Heading"]
    assert headings == ["Verdict", "Pros", "Cons"]
    texts = [p.text for p in article.paragraphs()]
    assert texts[-3:] == [
        "Dry-stone work that needs no mortar",
        "Built from local stone",
        "Two summers of weekends",
    ]


def test_a_reporter_s_contact_line_and_a_support_prompt_after_the_story_are_chrome() -> None:
    last = "The society plans a picnic on the hill in August."
    text = (
        _HEAD + last + "\n\nContact Nessa Quill at nquill@carrowpost.example or 555-0199.\n\n"
        "Support local journalism. Subscribe today for 99¢.\n\n"
        "MoneyWire's content is for information only and does not constitute financial advice.\n"
    )
    texts = [p.text for p in parse_plaintext(text).paragraphs()]
    assert texts[-1] == last


def test_a_table_of_contents_and_a_caption_under_a_dump_s_image() -> None:
    para = (
        "The wall replaces a wire fence that the grazing society had patched for decades, "
        "and it was built with stone from a collapsed sheepfold further up the slope."
    )
    text = (
        "[Home](/) [News](/news)\n\n# Volunteers finish a dry-stone wall on Carrow Hill\n\n"
        "By Nessa Quill\n\nTable of contents\n\n  * Why a wall\n  * How it was built\n\n"
        f"## Why a wall\n\n{para}\n\n"
        "![Chart of volunteers](https://img.example/chart.png)\n\n"
        "Volunteer hours per month over the two summers.\n\n"
        f"## How it was built\n\n{para}\n"
    )
    article = parse_plaintext(text)
    headings = [b.text for b in article.blocks if type(b).__name__ == "Heading"]
    assert headings == ["Why a wall", "How it was built"]
    figures = [(b.caption, b.credit) for b in article.blocks if type(b).__name__ == "Figure"]
    assert figures == [("Volunteer hours per month over the two summers.", None)]
    assert not [b for b in article.blocks if type(b).__name__ == "ListBlock"]


def test_a_subhead_and_a_list_without_markers_between_paragraphs_stay_in_the_article() -> None:
    from syndicate.model import Heading, Paragraph

    p1 = (
        "Het laatste stuk terug naar Beilen gaat over een oude spoordijk. Dat is het saaiste "
        "deel van de route, maar wel lekker vlak en zonder verkeer."
    )
    p2 = (
        "De route staat als GPX-bestand op mijn pagina met routes. Heb je hem gereden? Laat het "
        "me weten in een reactie onder dit bericht, dan zet ik je tips erbij."
    )
    text = "\n\n".join(
        [
            "Rondje Dwingelderveld: 42 kilometer heide en ven",
            "Geplaatst op 4 maart 2026 door Joost Veenstra",
            p1,
            "Praktisch",
            "Afstand: 42 kilometer\nOndergrond: grotendeels verhard\nStart: station Beilen",
            p2,
        ]
    )
    article = parse_plaintext(text)
    assert [b.text for b in article.blocks if isinstance(b, Heading)] == ["Praktisch"]
    texts = [b.text for b in article.blocks if isinstance(b, Paragraph)]
    assert texts[0] == p1 and texts[-1] == p2 and "Afstand: 42 kilometer" in texts


def test_one_bare_word_opening_the_body_is_a_section_label_not_a_paragraph() -> None:
    from syndicate.model import Paragraph

    first = (
        "Partiranno lunedì 13 aprile i lavori di consolidamento del ponte di via Garibaldi, "
        "il collegamento tra il centro storico e il quartiere di Borgo Lago."
    )
    second = (
        "Per tutta la durata del cantiere il ponte sarà chiuso al traffico, mentre pedoni e "
        "biciclette potranno attraversare il torrente su una passerella provvisoria."
    )
    head = ["Ponte di via Garibaldi, al via i lavori di consolidamento", "Data: 07 aprile 2026"]
    text = "\n\n".join([*head, "Descrizione", first, second])
    paragraphs = [b.text for b in parse_plaintext(text).blocks if isinstance(b, Paragraph)]
    assert paragraphs == [first, second]


def test_a_letters_page_keeps_its_signatures_as_body_and_its_letter_heads() -> None:
    letter = (
        "The decision to close the footbridge for a whole summer leaves the allotments on "
        "the far bank out of reach for anyone who cannot drive round by the ring road."
    )
    heads = ["Footbridge closure hurts the allotments", "The library needs longer hours",
             "Thank you to the snow crews"]
    signs = ["Janet Okonkwo, Little Harrow", "David and Ruth Ferreira, Eastgate",
             "Margaret Lowe, Hindley Moor"]
    text = _HEAD + "".join(f"{h}\n\n{letter}\n\n{s}\n\n" for h, s in zip(heads, signs, strict=True))
    article = parse_plaintext(text)
    assert [b.text for b in article.blocks if type(b).__name__ == "Heading"] == heads
    paragraphs = [p.text for p in article.paragraphs()]
    assert all(s in paragraphs for s in signs)


def test_a_caption_twice_with_its_credit_and_a_credit_under_its_caption_are_figures() -> None:
    body = (
        "Officers tried to stop the car on Bell Road just after 2:30 a.m., and the driver sped "
        "north at more than 90 mph before the chase ended in the creek.\n\n"
    )
    twice = (
        "A silver sedan sits nose-down in Pike Creek\n\n"
        "A silver sedan sits nose-down in Pike Creek (KVTX 7 News)\n\n"
    )
    article = parse_plaintext(_HEAD + twice + body)
    figures = [b for b in article.blocks if type(b).__name__ == "Figure"]
    assert [(f.caption, f.credit) for f in figures] == [
        ("A silver sedan sits nose-down in Pike Creek", "KVTX 7 News")
    ]
    # A credit under a short line that opens the body: that line is its caption.
    under = (
        "Viaduct cracks close the Larch Valley line\n\nBy Nessa Quill\n\n"
        "Cracks in two of the viaduct's arches\n\nImage source, Network Rail\n\n"
    )
    article = parse_plaintext(under + body + _HEAD.split("\n\n", 2)[2])
    figures = [b for b in article.blocks if type(b).__name__ == "Figure"]
    assert [(f.caption, f.credit) for f in figures] == [
        ("Cracks in two of the viaduct's arches", "Network Rail")
    ]


def test_signatures_with_a_bracketed_title_or_a_lowercase_particle_in_the_place() -> None:
    from syndicate.readers.scraped.names import is_signature

    assert is_signature("Captain Ivor Jenkin (retired), Tregarth")
    assert is_signature("Fiona MacAulay, Isle of Carrow")
    assert not is_signature("Drei Nachfolger, drei Absagen")
    assert not is_signature("Rain, wind and snow")


def test_a_credit_right_under_a_one_sentence_caption_is_the_photo_s() -> None:
    # No blank line between caption and credit, where paragraphs stand a blank line apart:
    # "© Name" without a year is the photo's credit, not the page's rights; so is a bare name.
    text = (
        _HEAD
        + "Volunteers lift the last capstone into place on Saturday.\n© Carrow Society\n\n"
        "The society plans a picnic on the hill in August, weather permitting.\n\n"
        "A volunteer lays a through-stone on the upper course.\nRuth Amberley\n\n"
        "Everyone who carried a stone is invited, the society says.\n\n"
        "The wardens check the wall from the upper gate every spring.\nMossos d’Esquadra\n\n"
        "The society will look after the wall from now on, with a walk along it each May.\n"
    )
    article = parse_plaintext(text)
    figures = [(b.caption, b.credit) for b in article.blocks if type(b).__name__ == "Figure"]
    assert figures == [
        ("Volunteers lift the last capstone into place on Saturday.", "Carrow Society"),
        ("A volunteer lays a through-stone on the upper course.", "Ruth Amberley"),
        ("The wardens check the wall from the upper gate every spring.", "Mossos d’Esquadra"),
    ]
    assert article.rights is None or "Carrow Society" not in str(article.rights)


def test_w3m_image_labels_are_not_paragraphs_and_start_the_caption_s_block() -> None:
    text = (
        _HEAD
        + "[wall]\nVolunteers lift the last capstone into place. Photo: Ruth Amberley\n\n"
        "The society plans a picnic on the hill in August, weather permitting, and says "
        "everyone who carried a stone is invited.\n"
    )
    article = parse_plaintext(text)
    figures = [(b.caption, b.credit) for b in article.blocks if type(b).__name__ == "Figure"]
    assert figures == [("Volunteers lift the last capstone into place.", "Ruth Amberley")]
    assert not any("[wall]" in p.text for p in article.paragraphs())


def test_a_credit_printed_over_its_caption_under_an_image_is_one_figure() -> None:
    # Parliament and agency sites print the credit above the caption, both under the image.
    text = (
        "[Home](/) [News](/news) [Sport](/sport) [Culture](/culture)\n\n"
        + _HEAD
        + "![Volunteers on the hill](https://img.example/wall.jpg)\n\n"
        "Ruth Amberley/Carrow Post\n\n"
        "Volunteers lift the last capstone into place on Saturday\n\n"
        "The society plans a picnic on the hill in August, weather permitting, and says "
        "everyone who carried a stone is invited.\n"
    )
    article = parse_plaintext(text)
    figures = [(b.caption, b.credit) for b in article.blocks if type(b).__name__ == "Figure"]
    assert figures == [
        ("Volunteers lift the last capstone into place on Saturday", "Ruth Amberley/Carrow Post")
    ]
    assert not [b for b in article.blocks if type(b).__name__ == "Heading"]


def test_an_image_s_alt_text_over_its_captioned_figure_is_not_a_paragraph() -> None:
    # lynx prints an image's alt text where the image stood, over the caption and credit.
    text = (
        "Volunteers finish a dry-stone wall on Carrow Hill after two summers\n\n"
        "By Nessa Quill\n\n"
        "Dry-stone wall on the hill\n\n"
        "Volunteers lift the last capstone into place on Saturday. Photo: Ruth Amberley\n\n"
        + _HEAD.split("\n\n", 2)[2]
        + "The society plans a picnic on the hill in August, weather permitting, and says "
        "everyone who carried a stone is invited.\n"
    )
    article = parse_plaintext(text)
    assert article.blocks[0].__class__.__name__ == "Figure"
    assert not any("Dry-stone wall on the hill" in p.text for p in article.paragraphs())
    figures = [(b.caption, b.credit) for b in article.blocks if type(b).__name__ == "Figure"]
    caption = "Volunteers lift the last capstone into place on Saturday."
    assert figures == [(caption, "Ruth Amberley")]


def test_a_bare_read_also_marker_takes_the_one_teaser_title_a_blank_line_under_it() -> None:
    # inscriptis and lynx print "Leggi anche" and the linked title as two blocks.
    menu = "".join(f"  * {name}\n" for name in ("Politica", "Economia", "Cronaca", "Sport"))
    text = (
        "  Abbonati Accedi\n  La Gazzetta\n" + menu + "  Italia / Cronaca\n\n"
        "Treni notturni, tornano le cuccette tra Roma e la Sicilia\n\n"
        "  di Giulia Sarnataro\n\n"
        "ROMA – Dopo tre anni di sospensione tornano i treni notturni con cuccette tra Roma, "
        "Palermo e Siracusa, con quattro corse settimanali in ciascuna direzione.\n\n"
        "Le carrozze sono state completamente rinnovate nelle officine di Foligno: prese "
        "elettriche per ogni posto e un vano per le biciclette.\n\n"
        "  Leggi anche\n\n"
        "  Ferrovie, al via i lavori sulla linea ionica: cosa cambia per i viaggiatori\n\n"
        "«È una scelta che guarda sia ai turisti sia a chi vive lontano da casa», ha detto "
        "l’amministratore delegato durante la presentazione.\n\n"
        "La Regione ha annunciato un contributo per ridurre il prezzo dei biglietti agli "
        "studenti fuorisede.\n\n"
        "  I più letti\n  * Pensioni, cosa cambia\n  * Bonus casa\n  Privacy | Note legali\n"
    )
    article = parse_plaintext(text)
    texts = [p.text for p in article.paragraphs()]
    assert not any(t.startswith("Ferrovie, al via") for t in texts)
    assert len(texts) == 4


@pytest.mark.parametrize(
    ("lang", "line", "parts"),
    [
        # a credit in parentheses in a script without capitals: an outlet or agency in Arabic
        ("ar", "جانب من أعمال تهيئة المسار قرب الوادي (الشرق الأوسط)",
         ("جانب من أعمال تهيئة المسار قرب الوادي", "الشرق الأوسط")),
        ("ar", "رف للكتب في مدخل إحدى البنايات. (تصوير: سالم الكعبي)",
         ("رف للكتب في مدخل إحدى البنايات.", "سالم الكعبي")),
        ("ar", "شاهد لحظة افتتاح الجسر الجديد في المدينة (فيديو)", None),
        # a Chinese photographer or source with its verb, in full-width parentheses or glued
        ("zh", "單位內設獨立廚廁。（何家明攝）", ("單位內設獨立廚廁。", "何家明")),
        ("zh", "她說終於有張書枱。（受訪者提供）", ("她說終於有張書枱。", "受訪者提供")),
        ("zh", "市府在北段試驗人工沙丘護岸。圖／記者林小芬攝影",
         ("市府在北段試驗人工沙丘護岸。", "記者林小芬")),
        ("zh", "图为工人正在清洗光伏板。　　本报记者　赵文博摄",
         ("图为工人正在清洗光伏板。", "本报记者\u3000赵文博")),
        ("zh", "记者从有关部门获悉，项目进展顺利。（完）", None),
    ],
)
def test_credits_in_scripts_without_capitals(lang: str, line: str, parts: tuple | None) -> None:
    from syndicate.readers.scraped.captions import (
        reset_photo_labels,
        split_caption,
        use_photo_labels,
    )
    from syndicate.readers.scraped.cuewords import chrome_cues

    cues = chrome_cues(lang)
    token = use_photo_labels(tuple(sorted(cues.photo_labels)), cues.agencies)
    try:
        found = split_caption(line)
        assert (None if found is None else (found.caption, found.credit)) == parts
    finally:
        reset_photo_labels(token)


def test_a_chinese_post_one_paragraph_a_line_with_marked_captions_and_numbered_heads() -> None:
    text = (
        "城西菜市场搬进新大棚，摊主们有了遮雨的地方\n"
        "原创 周晓 城西生活 2026年11月02日 09:30 湖北\n"
        "城西生活\n\n"
        "城西菜市场的四十多个摊位，上周一起搬进了新建的大棚。\n"
        "过去一下雨，摊主们只能撑起塑料布，地上全是泥水。\n"
        "▲ 新大棚里的蔬菜摊位\n"
        "街道办说，大棚的建设费用来自今年的民生项目资金，摊位费不涨。\n\n"
        "01 摊主怎么说\n\n"
        "卖豆腐的刘阿姨在这里摆了二十年摊，她说最高兴的是冬天终于不用挨冻了。\n"
        "旁边卖鱼的小王则希望市场能早点装上排水沟。\n"
    )
    article = parse_plaintext(text)
    assert article.title == "城西菜市场搬进新大棚，摊主们有了遮雨的地方"
    kinds = [type(b).__name__ for b in article.blocks]
    assert kinds.count("Paragraph") == 5  # a line ending in "。" is a paragraph of its own
    figures = [b for b in article.blocks if type(b).__name__ == "Figure"]
    assert [f.caption for f in figures] == ["▲ 新大棚里的蔬菜摊位"]
    assert [b.text for b in article.blocks if type(b).__name__ == "Heading"] == ["01 摊主怎么说"]


def test_a_player_printed_label_title_length_and_a_question_teaser_in_a_related_list() -> None:
    text = (
        "مطبخ في بيروت يعلّم النساء الطبخ التجاري ويفتح لهن باب العمل\n\n"
        "01 ديسمبر 2026\n\n"
        "فيديو\n\n"
        "شاهد: نساء يطبخن لأكثر من 300 عائلة يوميا\n\n"
        "02:15\n\n"
        "في مطبخ واسع شرقي بيروت تقف أربعون امرأة أمام قدور كبيرة، يحضّرن وجبات تصل يوميا إلى "
        "أكثر من 300 عائلة ومدرسة في العاصمة.\n\n"
        "  اقرأ أيضا\n\n"
        "    * أسواق الميلاد تعود إلى وسط بيروت بعد غياب\n"
        "    * كيف تغير السدود خريطة المياه في حوض النيل؟\n\n"
        "وتستمر الدورة التدريبية ستة أشهر، تحصل بعدها المتدربات على شهادة معتمدة وأجر شهري عن "
        "ساعات العمل في المطبخ.\n"
    )
    article = parse_plaintext(text)
    assert article.title.startswith("مطبخ في بيروت")
    assert article.subtitle is None
    paragraphs = [b.text for b in article.blocks if type(b).__name__ == "Paragraph"]
    assert len(paragraphs) == 2
    assert all("شاهد" not in p and "السدود" not in p for p in paragraphs)


def test_a_lynx_block_of_dek_alt_text_and_caption_is_read_apart() -> None:
    text = (
        "Октябрьский мост в Вологде закроют для машин до конца марта\n\n"
        "   01.12.2026 09:45 · Дарья Шишкина\n\n"
        "   Автобусы пустят в объезд через Ленинградскую улицу, пешеходов оставят\n"
        "   на мосту\n"
        "   Октябрьский мост Октябрьский мост через реку Вологду. Фото: Сергей\n"
        "   Пантелеев / Вологда.Ньюс\n\n"
        "   Со 2 декабря в Вологде закрывают для автомобилей Октябрьский мост через\n"
        "   реку Вологду. Подрядчик начнет менять деформационные швы и\n"
        "   гидроизоляцию пролетов, которые находятся в аварийном состоянии.\n\n"
        "   Как сообщили в городском департаменте строительства, работы продлятся\n"
        "   до 31 марта. Пешеходные тротуары на мосту останутся открытыми, но по\n"
        "   одной стороне: другую займут строители.\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle == (
        "Автобусы пустят в объезд через Ленинградскую улицу, пешеходов оставят на мосту"
    )
    figures = [b for b in article.blocks if type(b).__name__ == "Figure"]
    assert [(f.caption, f.credit) for f in figures] == [
        ("Октябрьский мост через реку Вологду.", "Сергей Пантелеев / Вологда.Ньюс")
    ]


def test_an_unlabelled_source_under_a_caption_is_its_credit_but_a_contact_block_is_not() -> None:
    from syndicate.model import Figure, Paragraph

    para = (
        "В городе с понедельника начнёт работать новый маршрут трамвая, который свяжет "
        "вокзал и северный микрорайон. Вагоны будут ходить каждые двенадцать минут."
    )
    text = "\n\n".join(
        [
            "В Ярославле запустят новый трамвайный маршрут",
            "Текст: Дарья Воронина",
            para,
            "Трамвай на остановке «Площадь Труда»\nпресс-служба мэрии Ярославля",
            para.replace("понедельника", "вторника"),
            para.replace("понедельника", "среды"),
            "Когда: с понедельника\nПресс-служба департамента транспорта\n+7 (4852) 40-40-40",
        ]
    )
    article = parse_plaintext(text)
    figures = [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]
    # A source the language names without a label ("пресс-служба …", "handout", "资料图")
    # credits the photo above it, lower case and all; over a phone number it is a contact.
    assert figures == [("Трамвай на остановке «Площадь Труда»", "пресс-служба мэрии Ярославля")]
    assert any(isinstance(b, Paragraph) for b in article.blocks)


def test_a_bare_credit_under_a_caption_that_ends_no_sentence() -> None:
    from syndicate.model import Figure

    para = (
        "У місті зацвіли перші сакури, приблизно на чотири тижні раніше, ніж зазвичай. "
        "Синоптики пояснюють це теплим лютим і сонячним початком березня."
    )
    text = "\n\n".join(
        [
            "В Ужгороді зацвіли перші сакури",
            "Автор: Ірина Мельник",
            para,
            para.replace("перші", "ранні"),
            "Сакури на набережній Незалежності, 4 березня\nОлег Данилюк",
            para.replace("перші", "нові"),
            para.replace("перші", "останні"),
        ]
    )
    article = parse_plaintext(text)
    figures = [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]
    # a caption need not end its sentence: a name of two to four words right under it, in
    # the same block, is its credit
    assert figures == [("Сакури на набережній Незалежності, 4 березня", "Олег Данилюк")]


def test_words_glued_to_an_image_are_its_caption_but_a_paragraph_after_a_float_is_not() -> None:
    from syndicate.model import Figure, Heading, Paragraph

    para = (
        "Жіноча збірна України посіла третє місце в естафеті на етапі Кубка світу. "
        "Це перший подіум українок в естафетах з березня позаминулого сезону."
    )
    text = "\n\n".join(
        [
            "# Жіноча естафета України піднялася на подіум Кубка світу",
            para,
            "![естафета](/img/1.jpg)Українські біатлоністки після фінішу естафети",
            para.replace("третє", "друге"),
            "![](/img/bar.jpg)**12:00** -- Тренери зібралися на нараду після гонки. Вони "
            "обговорили склад на наступну естафету, яка пройде в Гохфільцені.",
            para.replace("третє", "четверте"),
        ]
    )
    article = parse_plaintext(text)
    figures = [b.caption for b in article.blocks if isinstance(b, Figure)]
    # html2text glues a figure's caption to its image; a paragraph of two sentences after a
    # floated image stays a paragraph
    assert figures == ["Українські біатлоністки після фінішу естафети"]
    assert not any(isinstance(b, Heading) for b in article.blocks)
    assert any(isinstance(b, Paragraph) and b.text.startswith("12:00") for b in article.blocks)


def test_a_copyright_sign_under_a_caption_inside_the_article_is_the_photo_s_credit() -> None:
    from syndicate.model import Figure, Paragraph

    para = (
        "وأعلن النادي اليوم إطلاق أكاديمية كرة القدم للفتيات في ثلاث مدن، على أن تبدأ "
        "التدريبات رسميا في الأسبوع الثاني من شهر يناير المقبل بحضور المدربات."
    )
    text = "\n".join(
        [
            "الهلال يطلق أكاديمية للفتيات في ثلاث مدن",
            para,
            para.replace("ثلاث", "أربع"),
            "جانب من تدريبات فريق الناشئات في جدة",
            "© الاتحاد السعودي لكرة القدم",
            para.replace("ثلاث", "خمس"),
            "تابعونا على",
            "جميع الحقوق محفوظة © 2026 رياضة اليوم",
        ]
    )
    article = parse_plaintext(text)
    figures = [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]
    # no year, a few words, prose under it: the picture's owner, not the page's rights
    assert figures == [("جانب من تدريبات فريق الناشئات في جدة", "الاتحاد السعودي لكرة القدم")]
    assert sum(isinstance(b, Paragraph) for b in article.blocks) == 3


def test_one_word_over_the_body_is_a_badge_when_every_subhead_has_more() -> None:
    from syndicate.model import Heading

    para = (
        "Три года наша служба доставки жила на очереди, которую написали за выходные. "
        "Она хранила задачи в файлах на общем диске, а воркеры забирали их по расписанию."
    )
    text = "\n\n".join(
        [
            "Как мы переехали на очередь в PostgreSQL",
            "2 декабря 2026, 11:40",
            "Кейс",
            para,
            "Почему не Kafka",
            para.replace("Три", "Четыре"),
            "Что получилось",
            para.replace("Три", "Пять"),
        ]
    )
    article = parse_plaintext(text)
    heads = [b.text for b in article.blocks if isinstance(b, Heading)]
    assert heads == ["Почему не Kafka", "Что получилось"]


def test_a_caption_label_of_the_page_language_is_not_part_of_the_caption() -> None:
    # Broadcasters print a label in front of the caption ("Legende:", BBC Mundo's "Pie de
    # foto,"): the label goes, the credit after the caption's sentence is split off.
    article = parse_plaintext(
        "Seilbahn auf den Hohen Kasten fährt wieder\n\n"
        "Von Nora Baumann\n\n"
        "Die Seilbahn auf den Hohen Kasten nimmt nach drei Monaten Revision am Samstag "
        "den Betrieb wieder auf, teilte die Betreiberin mit.\n\n"
        "Legende: Eine Kabine der Seilbahn bei der Testfahrt am Freitag. "
        "KEYSTONE/Gian Ehrenzeller\n\n"
        "Die Arbeiten kosteten rund vier Millionen Franken und betrafen die Tragseile.\n\n"
        "Im Winter fährt die Bahn jede halbe Stunde.\n"
    )
    assert [(f.caption, f.credit) for f in article.figures()] == [
        ("Eine Kabine der Seilbahn bei der Testfahrt am Freitag.", "KEYSTONE/Gian Ehrenzeller")
    ]


def test_a_bare_credit_under_its_caption_in_one_block_makes_a_figure() -> None:
    # Caption and credit printed as one block of two lines, no label ("Vigili del fuoco")
    # or a handout credit in lower case ("materiały prasowe"): a figure, not two paragraphs.
    article = parse_plaintext(
        "Frana sulla provinciale, chiusa la strada per Olmo\n\n"
        "di Marta Ghisleni\n\n"
        "Una frana di circa cinquecento metri cubi ha invaso ieri sera la strada provinciale "
        "24 all'altezza di Olmo al Brembo, senza coinvolgere veicoli.\n\n"
        "Il fronte della frana visto dalla strada provinciale\n"
        "Vigili del fuoco\n\n"
        "I tecnici della Provincia valuteranno oggi la stabilità del versante prima di "
        "decidere la riapertura.\n\n"
        "Wizualizacja nowego przystanku przy pętli tramwajowej.\n"
        "materiały prasowe\n\n"
        "Il sindaco ha chiesto un senso unico alternato già da domani mattina.\n"
    )
    assert [(f.caption, f.credit) for f in article.figures()] == [
        ("Il fronte della frana visto dalla strada provinciale", "Vigili del fuoco"),
        ("Wizualizacja nowego przystanku przy pętli tramwajowej.", "materiały prasowe"),
    ]
    assert len(article.paragraphs()) == 3


def test_a_short_last_line_of_a_three_line_block_is_no_credit() -> None:
    # Three lines in one block: a paragraph printed with line breaks, not a caption block.
    article = parse_plaintext(
        "Neue Buslinie zwischen Altstadt und Klinikum\n\n"
        "Von Lea Hartmann\n\n"
        "Ab Montag fährt die Linie 14 im Zehnminutentakt zwischen Altstadt und Klinikum, "
        "wie die Verkehrsbetriebe mitteilten.\n\n"
        "Die Haltestelle am Marktplatz wird verlegt\n"
        "Richtung Rathaus\n"
        "Stadtwerke Nord\n\n"
        "Fahrgäste sollen die neuen Aushänge an den Haltestellen beachten.\n"
    )
    assert not article.figures()


def test_a_caption_marked_with_the_agency_rights_notice_keeps_its_words() -> None:
    # Italian agencies end a caption with " - RIPRODUZIONE RISERVATA" and print the
    # credit under it: a figure, not the page's rights footer.
    article = parse_plaintext(
        "Neve sull'Appennino, chiuso il passo del Cerreto\n\n"
        "Redazione ANSA\n\n"
        "Lo spazzaneve al lavoro sul passo del Cerreto - RIPRODUZIONE RISERVATA\n"
        "© ANSA/VIGILI DEL FUOCO\n\n"
        "Il passo del Cerreto resterà chiuso almeno fino a domani mattina per la neve caduta "
        "nella notte, ha comunicato la Provincia.\n\n"
        "I mezzi pesanti sono stati fermati a Collagna.\n"
    )
    assert [(f.caption, f.credit) for f in article.figures()] == [
        ("Lo spazzaneve al lavoro sul passo del Cerreto", "ANSA/VIGILI DEL FUOCO")
    ]


def test_a_photo_service_address_in_a_credit_and_a_subhead_with_a_number() -> None:
    # lynx prints caption and credit as two blocks; Austrian credits name the photo
    # service by its address ("zeitungsfoto.at/Liebl"). A subhead whose words come back
    # in the paragraph under it is no pull quote, even with "6.000" in it.
    article = parse_plaintext(
        "Sturm: Bäume auf der Bahnstrecke\n\n"
        "Ein Sturm hat in der Nacht auf Mittwoch zahlreiche Bäume entwurzelt, der Zugverkehr "
        "war bis in die Morgenstunden unterbrochen.\n\n"
        "Umgestürzte Bäume auf den Gleisen bei Pians\n\n"
        "zeitungsfoto.at/Liebl\n\n"
        "Rund 6.000 Haushalte ohne Strom\n\n"
        "Zeitweise waren rund 6.000 Haushalte ohne Strom, vor allem im Stanzertal. Die "
        "Techniker arbeiteten die ganze Nacht.\n\n"
        "Bis Mittwochmittag sollten alle Kunden wieder versorgt sein.\n"
    )
    assert [(f.caption, f.credit) for f in article.figures()] == [
        ("Umgestürzte Bäume auf den Gleisen bei Pians", "zeitungsfoto.at/Liebl")
    ]
    assert [h.text for h in article.headings()] == ["Rund 6.000 Haushalte ohne Strom"]


_RELEASE = """Harbour trust opens two new moorings for rowing clubs

The Eastmere Harbour Trust will open two new moorings for community rowing clubs on 1 March, \
the trust said on Tuesday.

The moorings sit beside the old ferry slip and can each take four boats. Clubs can book them \
for the season through the trust's office from next week.

"Rowing has outgrown the slip we gave it ten years ago," said the trust's chair, Oona Pell.

{header}
{notes}
"""


@pytest.mark.parametrize(
    ("header", "notes"),
    [
        ("Notes to editors", "For interviews contact Sam Okafor on 01632 960 418."),
        ("Note to editors:", "Interviews: press@eastmere.example"),
        ("Media contact:", "Sam Okafor, communications officer\n01632 960 418"),
        ("Press enquiries: Sam Okafor", "sam.okafor@eastmere.example"),
    ],
)
def test_a_press_release_ends_at_its_contact_block(header: str, notes: str) -> None:
    article = parse_plaintext(_RELEASE.format(header=header, notes=notes))
    texts = [getattr(block, "text", "") for block in article.blocks]
    assert texts[-1].startswith('"Rowing has outgrown')
    assert not any(header.rstrip(":") in text or notes in text for text in texts)


def test_notes_to_editors_that_add_facts_stay_the_last_section() -> None:
    notes = (
        "The trust has run the harbour since 1964 and maintains 40 moorings in all.\n\n"
        "Clubs that booked a mooring last season keep their place for this one."
    )
    article = parse_plaintext(_RELEASE.format(header="Notes to editors", notes=notes))
    texts = [getattr(block, "text", "") for block in article.blocks]
    assert "Notes to editors" in texts
    assert texts[-1].startswith("Clubs that booked a mooring")
