"""Round 22 (tallyb): author and body kinds left in the round's real-page tallies — a
recent-posts list label under the story read as a signed name, an ad-break notice and a
comment-moderation notice kept as paragraphs, a place-only dateline line kept as the first
paragraph, and prose signed "© agency" or a quote attributed "(Name)" read as a figure.
Every sentence, person, place and site is invented."""

from __future__ import annotations

from readerblocks import figures, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_IT_BODY = (
    "Il consiglio comunale di Valdorsa ha approvato ieri sera il restauro della fontana del "
    "lavatoio di via dei Mulini, chiusa dal 2019 per una crepa nella vasca principale.",
    "I lavori, affidati a una ditta di Castelferro, dovrebbero cominciare a febbraio e durare "
    "circa tre mesi, secondo quanto spiegato dall'assessore ai lavori pubblici.",
    "Siamo tutti in grande attesa.",
)


# -- a recent-posts list label is not a signed name (related_markers) -----------------------


def test_recent_posts_label_under_the_story_is_no_signed_name() -> None:
    text = _blocks("Riapre la fontana del lavatoio di via dei Mulini", *_IT_BODY, "Ultimi Articoli")
    article = parse_plaintext(text)
    assert not article.authors
    assert "Ultimi Articoli" not in paragraphs(article)


def test_recent_posts_label_english() -> None:
    body = (
        "The parish council agreed on Tuesday to repair the war memorial on Mill Lane, whose "
        "stone base cracked during the frost last winter.",
        "Work is expected to start in February and to last about six weeks, the clerk said.",
        "We look forward to seeing it restored.",
    )
    article = parse_plaintext(_blocks("Memorial repair approved", *body, "Recent Posts"))
    assert not article.authors


# -- ad-break and comment-moderation notices are chrome (ad_words, comment_words) -----------


def test_sponsor_message_break_is_not_a_paragraph() -> None:
    body = (
        "HIGHFIELD – Firefighters from three towns put out a barn fire on Route 9 on Sunday "
        "evening before it reached the farmhouse, the fire chief said.",
        "article continues after sponsor message",
        "No one was hurt, and the cause of the fire is under investigation by the state fire "
        "marshal's office, according to a statement released on Monday.",
    )
    article = parse_plaintext(_blocks("Crews stop barn fire on Route 9", *body))
    assert "article continues after sponsor message" not in paragraphs(article)
    assert len(paragraphs(article)) == 2


def test_arabic_comment_moderation_notice_is_not_a_paragraph() -> None:
    text = _lines(
        "قرر مجلس إدارة جمعية المكتبات العربية خلال اجتماعه السنوي في مدينة الواحة اختيار مقر "
        "جديد للأمانة العامة للجمعية اعتبارا من العام المقبل.",
        "وقال رئيس الجمعية إن المقر الجديد سيضم قاعة للتدريب ومكتبة رقمية مفتوحة للباحثين من "
        "جميع الدول الأعضاء.",
        "تم أضافة تعليقك سوف يظهر بعد المراجعة",
    )
    article = parse_plaintext(text)
    assert not any("تعليقك" in p for p in paragraphs(article))


# -- a place-only dateline line is not the first paragraph (place_dateline_openers) -------


_PT_BODY = (
    "A Secretaria Municipal de Saúde de Serra Alva começou nesta segunda-feira a vacinação "
    "contra a gripe nas onze escolas da zona rural do município.",
    "A previsão é aplicar cerca de 2.300 doses em alunos, professores e funcionários até o "
    "dia 4 de dezembro, segundo a secretaria.",
)


def test_place_only_dateline_line_is_dropped() -> None:
    text = _blocks("Campanha leva vacinação às escolas rurais", "DE SERRA ALVA", *_PT_BODY)
    article = parse_plaintext(text)
    assert paragraphs(article)[0].startswith("A Secretaria Municipal")
    assert "DE SERRA ALVA" not in paragraphs(article)


def test_capital_line_without_a_place_word_stays() -> None:
    text = _blocks("Campanha leva vacinação às escolas rurais", "VACINA JÁ", *_PT_BODY)
    article = parse_plaintext(text)
    assert "VACINA JÁ" in paragraphs(article) or article.subtitle == "VACINA JÁ"


# -- prose signed "© agency" and an attributed quote are paragraphs, not figures ---------


def test_one_sentence_caption_with_rights_mark_stays_a_figure() -> None:
    text = _blocks(
        "Neue Fähre für den Hafen",
        *(
            "Die Reederei Nordkai hat am Montag ihre neue Fähre für die Linie nach Sandholm in "
            "Dienst gestellt, zwei Monate später als geplant.",
            "Die Fähre bei der ersten Fahrt im Hafen von Sandholm © dpa",
            "Das Schiff bietet Platz für 400 Fahrgäste und 60 Autos, teilte die Reederei mit.",
        ),
    )
    article = parse_plaintext(text)
    assert figures(article) == [("Die Fähre bei der ersten Fahrt im Hafen von Sandholm", "dpa")]


def test_quote_attributed_in_brackets_is_prose() -> None:
    line = (
        "«Un buon maestro non smette mai di pensare ai suoi allievi. Li porta con sé anche in "
        "vacanza. Alla fine resti sempre un po' solo». (Gianfranco Rossetti)"
    )
    text = _lines("Gianfranco Rossetti, Gazzetta di Valdorsa 3/5/2021", line)
    article = parse_plaintext(text)
    assert figures(article) == []
    assert line in paragraphs(article)


# -- a bare name under a contact block's label is no byline (contact_block_labels) ---------


def test_office_under_responsible_label_is_no_author() -> None:
    text = _lines(
        "Am Montagabend meldeten Anwohner der Polizei einen Brand in einer Gartenlaube am "
        "Stadtrand von Wiesenfeld. Die Feuerwehr löschte das Feuer, verletzt wurde niemand.",
        "Brand in Gartenlaube",
        "Montag, 12.10.2026, 21:30 Uhr",
        "- Kategorie",
        "- Brand",
        "Verantwortlich:",
        "Polizeidirektion Nord",
        "Pressestelle",
        "Hafenstraße 12",
        "Telefon: 04321 555-100",
    )
    article = parse_plaintext(text)
    assert not any(a.name == "Polizeidirektion Nord" for a in article.authors)


# -- a caption naming two people is no byline ----------------------------------------------


def test_caption_naming_two_people_is_no_byline() -> None:
    text = _blocks(
        "LA BIBLIOTECA RIAPRE AL PUBBLICO",
        "L’intervento di Carla Benedetti e Paolo Ferrandi.",
        "Il pubblico alla cerimonia di riapertura.",
        "Riapre la biblioteca civica di Valdorsa dopo due anni di lavori: le sale del "
        "primo piano ospitano ora una sezione per ragazzi e un archivio fotografico.",
    )
    article = parse_plaintext(text)
    assert not any(a.name in {"Carla Benedetti", "Paolo Ferrandi"} for a in article.authors)


def test_inner_prefix_byline_without_full_stop_stays() -> None:
    text = _blocks(
        "Die Bibliothek öffnet wieder",
        "Ein Artikel von Petra Vollmer und Jan Ott",
        "Die Stadtbibliothek von Wiesenfeld öffnet nach zwei Jahren Umbau wieder: im ersten "
        "Stock gibt es nun eine Abteilung für Kinder und ein Fotoarchiv.",
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Petra Vollmer", "Jan Ott"]
