"""The reader's line-level helpers and the rules added for other languages and dump tools.

Every text is original (invented people and places); expected values are written by hand.
"""

from __future__ import annotations

import textwrap

import pytest

from syndicate.model import Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.captions import (
    is_explicit_caption,
    reset_photo_labels,
    split_caption,
    use_photo_labels,
)
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import Line, split_lines, unwrap, wrap_width
from syndicate.readers.scraped.markup import clean_markup, drop_bare_markup, join_image_lines

_P1 = (
    "Die Gemeinde Ostwald hat am Montag beschlossen, die alte Turnhalle an der Schulstraße "
    "bis zum Herbst zu sanieren, statt sie abzureißen und neu zu bauen."
)
_P2 = (
    "Nach Angaben des Bürgermeisters kostet die Sanierung rund 2,4 Millionen Euro, etwa die "
    "Hälfte dessen, was ein Neubau gekostet hätte, und der Kreis beteiligt sich daran."
)


def _lines(*texts: str) -> list[Line]:
    return [Line(n, text, n == 1) for n, text in enumerate(texts, start=1)]


def test_clean_markup_keeps_what_the_page_shows_and_drops_link_targets() -> None:
    long = "A paragraph with a [link](https://example.test/a) inside it. " * 5
    cleaned, headings = clean_markup(
        _lines(
            "# The headline",
            "By [Ada Moss](https://x.test/ada)",
            "[12]Ruth Ode",
            long,
            'See [the map](/maps/quay_\\(north\\) "Quay map") and _the plan_.[[4]](#cite-4)',
        )
    )
    assert [line.text for line in cleaned] == [
        "The headline",
        "By Ada Moss",
        "Ruth Ode",
        "A paragraph with a link inside it. " * 4 + "A paragraph with a link inside it.",
        "See the map and the plan.[4]",
    ]
    assert headings == {1}


def test_lines_of_images_and_empty_links_are_dropped_but_links_with_words_stay() -> None:
    lines = _lines(
        "![](/img/share.png)",
        "[![Quay at dawn](/img/quay.jpg)](/gallery/quay)",
        '* [](/wiki/File:Quay.jpg "Enlarge")',
        "* [Harbour news](/harbour)",
        "Boats left the quay at dawn.",
    )
    kept = drop_bare_markup(lines)
    assert [line.number for line in kept] == [4, 5]
    assert drop_bare_markup(lines[:1]) == lines[:1]  # nothing else: the text stays as it was


def test_clean_markup_leaves_plain_text_alone() -> None:
    lines = _lines("Headline", "A paragraph.")
    assert clean_markup(lines) == (lines, set())


@pytest.mark.parametrize(
    ("lang", "line", "kind"),
    [
        ("en", "Share", "share"),
        ("en", "Listen to this article · 4 min", "share"),
        ("nl", "Deel via WhatsApp", "share"),
        ("en", "4 Comments", "comments"),
        ("de", "57 Kommentare", "comments"),
        ("en", "Slide 3 of 7", "counter"),
        ("en", "Market share falls for the third month", None),
        ("en", "The council will share the cost with the county.", None),
        ("fr", "Voir la galerie photos (8)", "counter"),
        ("es", "Ver galería (12 fotos)", "counter"),
        ("es", "Ampliar", "share"),
        ("es", "* Enviar", "share"),
        ("es", "Ver video Así funcionan las nuevas pantallas", None),
        ("pt", "Compartilhar no Facebook Compartilhar no WhatsApp Copiar link", "share"),
        ("fr", "Partager sur Facebook, sur X ou par e-mail avec vos proches", None),
        ("fr", "Cet article est réservé aux abonnés", "comments"),
        ("it", "Per continuare a leggere abbonati a 1 euro al mese", "comments"),
        ("pt", "Este conteúdo é exclusivo para assinantes", "comments"),
        ("pl", "Poprzednie Następne", "counter"),  # a gallery's steps
        ("en", "Previous Next", "counter"),
        ("en", "Next steps for the council", None),
        ("pt", "Ouça esta matéria · Compartilhe", "share"),
        ("pl", "Pobierz PDF", "share"),
        ("pl", "Dalsza część artykułu pod materiałem wideo", "noise.advertisement"),
        ("de", "Weiter nach der Anzeige", "noise.advertisement"),
        ("de", "Haben Sie einen Fehler entdeckt? Schreiben Sie uns.", "comments"),
        ("es", "¿Has visto un error? Escríbenos", "comments"),
        # an English cue that is a common word of the page's language is not chrome there
        ("fr", "Comment réduire sa facture ?", None),
        ("fr", "Commentaires (12)", "comments"),
        # a prompt to follow the outlet on a channel names a platform; a sentence that only
        # mentions a channel, or opens with the phrase and names none, is the article's
        ("uk", "📲 Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини", "sign-up"),
        ("uk", "Читайте «Вісті Поділля» в Telegram: коротко, швидко, без реклами", "sign-up"),
        ("ru", "Подписывайтесь на «Томские Вести» в Дзене и Telegram", "sign-up"),
        ("ar", "تابعونا على يوتيوب وإنستغرام وتيك توك", "sign-up"),
        ("en", "Follow us on WhatsApp for the day's main stories", "sign-up"),
        ("ru", "О переменах будут сообщать в официальном телеграм-канале города.", None),
        ("ru", "Читайте условия конкурса на сайте мэрии, советуют организаторы.", None),
        ("en", "Follow the money, she said, and you will find the Telegram account.", None),
        # a government page's attachments are a block of links, not the release
        ("uk", "Прикріплені файли: Наказ № 1423 від 28.11.2026 (PDF, 312 КБ)", "related"),
        ("de", "Anhänge", "related"),
        ("ar", "نسخة للطباعة", "share"),
    ],
)
def test_chrome_kind_of_a_line(lang: str, line: str, kind: str | None) -> None:
    assert chrome_cues(lang).kind(line) == kind


def test_contributor_line_in_the_page_language() -> None:
    cues = chrome_cues("de")
    assert cues.contributors("Mitarbeit: Lena Vogt") == ["Lena Vogt"]
    assert cues.contributors(_P1) is None
    article = parse_plaintext(
        "\n".join(["Turnhalle wird saniert", _P1, _P2, "Mitarbeit: Lena Vogt"])
    )
    assert [c.name for c in article.contributors] == ["Lena Vogt"]
    assert article.credit_line == "Mitarbeit: Lena Vogt"
    assert [b.text for b in article.blocks if isinstance(b, Paragraph)] == [_P1, _P2]


def test_a_live_feed_and_its_label_inside_the_article_are_dropped() -> None:
    article = parse_plaintext(
        "\n".join(
            [
                "Turnhalle wird saniert",
                _P1,
                "Live: so lief der Abend",
                "67' – Tor! Brandt trifft per Kopf zum 2:1. Die Halle tobt.",
                "88' – Gelbe Karte für Sommer nach einem Foul an der Mittellinie.",
                _P2,
            ]
        )
    )
    assert [b.text for b in article.blocks if isinstance(b, Paragraph)] == [_P1, _P2]
    assert article.headings() == []


def test_short_lines_after_the_last_sentence_are_dropped() -> None:
    article = parse_plaintext(
        "\n".join(["Turnhalle wird saniert", _P1, _P2, "dpa-infocom, dpa:250301-930-11"])
    )
    assert [b.text for b in article.blocks if isinstance(b, Paragraph)] == [_P1, _P2]
    dropped = [p.rule for k, p in article.provenance.items() if k.startswith("dropped[")]
    assert any("after the article" in rule for rule in dropped)


def test_news_feed_lines_are_not_body() -> None:
    article = parse_plaintext(
        "\n".join(
            [
                "Turnhalle wird saniert",
                _P1,
                "15:58 Neue Buslinie nach Kirchberg",
                "15:41 Wetter: Sturm am Wochenende erwartet",
                _P2,
            ]
        )
    )
    assert [b.text for b in article.blocks if isinstance(b, Paragraph)] == [_P1, _P2]


def test_bio_sentence_names_a_byline_author() -> None:
    body = [_P1.replace("Ostwald", f"Ostwald {n}") for n in range(4)]
    article = parse_plaintext(
        "\n".join(
            [
                "Turnhalle wird saniert",
                "Von Jonas Reiter",
                *body,
                "Jonas Reiter schreibt über Schulen und Sport im Landkreis.",
            ]
        )
    )
    assert [(p.name, p.bio) for p in article.authors] == [
        ("Jonas Reiter", "Jonas Reiter schreibt über Schulen und Sport im Landkreis.")
    ]
    assert article.provenance["authors[0].bio"].rule == "author.bio-line"


def test_arabic_byline_with_two_names() -> None:
    text = "\n".join(
        [
            "افتتاح مكتبة عامة جديدة في وسط المدينة",
            "بقلم: هدى الراشد وكمال الناصر",
            "افتتحت البلدية يوم الأحد مكتبة عامة جديدة في وسط المدينة تضم أكثر من عشرين ألف "
            "كتاب وقاعة للقراءة مفتوحة حتى منتصف الليل.",
            "وقال رئيس البلدية إن المكتبة ستنظم ورشا للأطفال في عطلة نهاية الأسبوع طوال فصل "
            "الصيف بالتعاون مع المدارس القريبة.",
        ]
    )
    article = parse_plaintext(text)
    assert article.language == "ar"
    assert [p.name for p in article.authors] == ["هدى الراشد", "كمال الناصر"]


def test_a_link_with_a_long_target_is_unwrapped_and_an_empty_one_dropped() -> None:
    target = "mailto:?subject=Orchard%20harvest&body=" + "%20".join(["apples"] * 150)
    lines = _lines(f"* [ ]({target})", f"Read the [harvest notes]({target}) first.")
    kept = drop_bare_markup(lines)
    assert [line.number for line in kept] == [2]
    assert clean_markup(kept)[0][0].text == "Read the harvest notes first."


def test_an_image_and_the_caption_wrapped_after_it_are_one_line() -> None:
    text = (
        "![A ferry at the quay of\nMarlow Sound](https://e.example/1.jpg)The morning ferry leaves\n"
        "the quay at Marlow Sound. (Idris Pell / The Sound Post)\n\nThe ferry runs twice a day.\n"
        "It is full in summer.\n"
    )
    lines = join_image_lines(split_lines(text))
    assert [line.text for line in clean_markup(lines)[0]] == [
        "The morning ferry leaves the quay at Marlow Sound. (Idris Pell / The Sound Post)",
        "The ferry runs twice a day.",
        "It is full in summer.",
    ]
    assert [line.number for line in lines] == [1, 5, 6]


def test_team_sheets_and_a_one_row_quote_table_are_not_body() -> None:
    article = parse_plaintext(
        "\n".join(
            [
                "Turnhalle wird saniert",
                "Kirchberg AG (KBG.DE)| 41,20 €| +1,35 (+3,39 %)",
                "---|---|---",
                _P1,
                _P2,
                "Aufstellung",
                "Kirchberg: Brandt; Sommer, Yilmaz, Kraus, Lenz; Otte, Hahn (Wolff 70); Berg.",
                "Talheim: Ries; Adler, Kühn, Bauer, Fink; Sato, Graf (Moll 64); Lindt, Weiß.",
            ]
        )
    )
    assert [b.text for b in article.blocks if isinstance(b, Paragraph)] == [_P1, _P2]


def test_a_result_strip_and_a_match_facts_box_are_not_body() -> None:
    article = parse_plaintext(
        "\n".join(
            [
                "Kirchberg gewinnt das Derby",
                "Von Lena Vogt",
                "Kirchberg – SV Talheim 3:1 (1:1)",
                _P1,
                _P2,
                "Kirchberg: Brandt – Sommer, Yilmaz, Kraus, Lenz – Otte, Hahn (70. Wolff), Berg",
                "Tore: 0:1 Ries (3.), 1:1 Otte (27.), 2:1 Berg (58.), 3:1 Hahn (90.+3)",
                "Schiedsrichter: Jan Arns (Dortmund)",
                "Zuschauer: 4.100",
                "Wann: Samstag, 14 Uhr",
            ]
        )
    )
    assert [b.text for b in article.blocks if isinstance(b, Paragraph)] == [_P1, _P2]
    assert [a.name for a in article.authors] == ["Lena Vogt"]
    # Facts without a team sheet among them are not a match's box: an event's details stay.
    feats = line_features(_lines("Wann: Samstag, 14 Uhr", "Wo: Rathaus", "Eintritt: frei"))
    assert [f.cue for f in feats] == [None, None, None]


def test_a_scoring_box_with_full_stops_and_blank_lines_is_not_body() -> None:
    # A French rugby "fiche technique" as a dump prints it: rows end with a full stop and
    # stand apart; two minute marks in a row mark it as a match's box, title included.
    feats = line_features(
        split_lines(
            "La fiche technique\n\n"
            "Brive : 2 essais Marty (57e), Fabre (79e) ; 4 pénalités Roux (15e, 31e).\n\n"
            "Arbitre : M. Jean Castan (Occitanie).\n\n"
            "Spectateurs : 4 120."
        )
    )
    assert [f.cue for f in feats] == ["ticker"] * 4
    # The same rows without minute marks or a team sheet are an event's details.
    feats = line_features(_lines("Lieu : salle des fêtes.", "Entrée : libre.", "Date : samedi."))
    assert [f.cue for f in feats] == [None, None, None]


def test_a_wrapped_list_item_takes_its_lower_case_lines_and_no_other_item() -> None:
    text = (
        "The ferry to Marlow Sound leaves the quay twice a day in the summer months, and\n"
        "once a day in winter when the crossing is rough and the island is quiet again.\n"
        "Before you go, check the timetable printed by the harbour office at the gate,\n"
        "because the times change with the tides and the weather every single week.\n"
        "1. Buy a ticket at the kiosk by the gate, or from the conductor on the boat if\n"
        "   the kiosk is closed.\n"
        "2. Wait on the quay behind the yellow line until the crew lowers the ramp.\n"
        "3. Leave bicycles on the lower deck, where the crew will tie them down for\n"
        "   the crossing.\n"
    )
    joined = [line.text for line in unwrap(split_lines(text))]
    assert joined[-3:] == [
        "1. Buy a ticket at the kiosk by the gate, or from the conductor on the boat if "
        "the kiosk is closed.",
        "2. Wait on the quay behind the yellow line until the crew lowers the ramp.",
        "3. Leave bicycles on the lower deck, where the crew will tie them down for the crossing.",
    ]


def test_a_caption_takes_the_end_of_its_wrapped_credit_but_no_paragraph() -> None:
    text = (
        "The ferry to Marlow Sound leaves the quay twice a day in the summer months, and\n"
        "once a day in winter when the crossing is rough and the island is quiet again.\n"
        "Before you go, check the timetable printed by the harbour office at the gate,\n"
        "because the times change with the tides and the weather every single week.\n"
        "\n"
        "The morning ferry leaves the quay below the old lighthouse. Photo: Marlow Sound\n"
        "Ferry Trust\n"
        "The crossing takes forty minutes when the sea is calm and the wind is light.\n"
    )
    joined = [line.text for line in unwrap(split_lines(text), keep=is_explicit_caption)]
    assert joined[-2:] == [
        "The morning ferry leaves the quay below the old lighthouse. Photo: Marlow Sound "
        "Ferry Trust",
        "The crossing takes forty minutes when the sea is calm and the wind is light.",
    ]


def test_a_row_of_share_links_is_share_chrome_and_a_row_of_other_links_is_not() -> None:
    cues = chrome_cues("en")
    share = "[Share on Facebook](https://f.example/s?u=1) [Email this story](mailto:?subject=1)"
    menu = "[Harbour news](/harbour) [Ferry times](/ferries)"
    feats = line_features(split_lines(share + "\n" + menu), chrome=cues)
    assert [f.cue for f in feats] == ["share", None]


_WRAPPED = (
    "The ferry to Marlow Sound leaves the quay twice a day in the summer months, and\n"
    "once a day in winter when the crossing is rough and the island is quiet again.\n"
    "Before you go, check the timetable printed by the harbour office at the gate,\n"
    "because the times change with the tides and the weather every single week.\n"
)


def test_a_wrapped_line_that_opens_with_a_number_goes_on_the_sentence_above() -> None:
    text = _WRAPPED + (
        "\n"
        "The last boat of the evening leaves the quay at half past seven, or at 7 h\n"
        "30. The crew asks passengers to board ten minutes before it casts off again.\n"
    )
    joined = [line.text for line in unwrap(split_lines(text))]
    assert joined[-1] == (
        "The last boat of the evening leaves the quay at half past seven, or at 7 h 30. "
        "The crew asks passengers to board ten minutes before it casts off again."
    )


def test_a_lynx_row_of_links_is_never_glued_to_the_caption_under_it() -> None:
    text = _WRAPPED + (
        "\n"
        "[18]Share on Facebook [19]Share on X [20]Copy the link to this story\n"
        "The morning ferry leaves the quay below the old lighthouse in the first light\n"
        "of the day. Photo: Marlow Sound Ferry Trust\n"
    )
    lines, _headings = clean_markup(split_lines(text))
    assert [line.link_row for line in lines[-3:]] == [True, False, False]
    joined = [line.text for line in unwrap(lines, keep=is_explicit_caption)]
    assert joined[-2:] == [
        "Share on Facebook Share on X Copy the link to this story",
        "The morning ferry leaves the quay below the old lighthouse in the first light "
        "of the day. Photo: Marlow Sound Ferry Trust",
    ]
    feats = line_features(split_lines(text)[-3:], chrome=chrome_cues("en"))
    assert feats[0].cue == "share"


def test_lines_taken_out_between_two_lines_end_the_paragraph() -> None:
    more = "The harbour office opens at eight in the morning, every day of the\n"
    lines = split_lines(_WRAPPED + more)
    kept = lines[:3] + lines[4:]  # line 4 was read as something else
    joined = unwrap(kept)
    assert joined[-1].number == 5


def test_strong_markup_is_taken_off_even_when_the_tool_wrapped_the_span() -> None:
    cleaned, _headings = clean_markup(
        _lines(
            "**Des bénévoles ont récolté trente tonnes",
            "de plus que l’an dernier.**",
            "**Lire aussi :** [Le marché rouvre](https://x.test/a)",
            "_Fachada del mercado, en una imagen de archivo. Foto: Manu",
            "García_",
        )
    )
    assert [line.text for line in cleaned] == [
        "Des bénévoles ont récolté trente tonnes",
        "de plus que l’an dernier.",
        "Lire aussi : Le marché rouvre",
        "Fachada del mercado, en una imagen de archivo. Foto: Manu",
        "García",
    ]


def test_a_link_address_wrapped_after_a_hyphen_is_joined_back() -> None:
    lines = join_image_lines(
        _lines(
            "Ab April gelten wieder die [Sommerzeiten](https://www.example.test/koeln/seilbahn-",
            "oeffnungszeiten) bis 20 Uhr.",
        )
    )
    cleaned, _headings = clean_markup(lines)
    expected = "Ab April gelten wieder die Sommerzeiten bis 20 Uhr."
    assert [line.text for line in cleaned] == [expected]


def test_a_player_button_is_share_chrome_and_a_label_word_in_a_sentence_no_credit() -> None:
    cues = chrome_cues("es")
    feats = line_features(split_lines("Ver video Así funcionan las nuevas pantallas"), chrome=cues)
    assert feats[0].cue == "share"
    token = use_photo_labels(tuple(sorted(cues.photo_labels)))
    try:
        assert split_caption("Ver video Así funcionan las nuevas pantallas") is None
        parts = split_caption("La tortuga vuelve al mar a dos millas (foto Guardia Costera)")
        assert parts is not None and parts.credit == "Guardia Costera"
    finally:
        reset_photo_labels(token)


def test_a_quote_opened_by_a_dash_keeps_its_wrapped_lines_and_its_attribution() -> None:
    text = _WRAPPED + (
        "\n"
        "– Do tej pory pacjenci z regionu jeździli na zabiegi do Gdańska albo do\n"
        "Warszawy. Teraz będą mogli być operowani na miejscu, bez długiego czekania na\n"
        "– powiedziała dyrektor szpitala dr Irena Kobus podczas otwarcia bloku.\n"
    )
    joined = [line.text for line in unwrap(split_lines(text))]
    assert joined[-1] == (
        "– Do tej pory pacjenci z regionu jeździli na zabiegi do Gdańska albo do Warszawy. "
        "Teraz będą mogli być operowani na miejscu, bez długiego czekania na – powiedziała "
        "dyrektor szpitala dr Irena Kobus podczas otwarcia bloku."
    )


def test_a_caption_glued_to_its_own_alt_text_is_read_once() -> None:
    article = parse_plaintext(
        "Nowy blok operacyjny w Olsztynie\n\n"
        "Szpital wojewódzki oddał w czwartek do użytku nowy blok operacyjny z ośmioma salami "
        "i salą wybudzeń, na który czekał od ponad dziesięciu lat.\n\n"
        "Nowy blok operacyjny szpitala w Olsztynie Nowy blok operacyjny szpitala w Olsztynie "
        "Fot. Tomasz Waszczuk / PAP\n\n"
        "Pierwsze operacje w nowym bloku zaplanowano na początek marca, a stary blok zostanie "
        "przebudowany na oddział rehabilitacji.\n"
    )
    figures = [b for b in article.blocks if b.__class__.__name__ == "Figure"]
    assert [(f.caption, f.credit) for f in figures] == [
        ("Nowy blok operacyjny szpitala w Olsztynie", "Tomasz Waszczuk / PAP")
    ]


def test_a_dash_led_paragraph_goes_on_after_a_comma_at_the_wrap() -> None:
    text = _WRAPPED + (
        "\n"
        "– Finalmente possiamo programmare la stagione senza dover affittare gli\n"
        "impianti di Catania per le gare – ha detto il presidente della Nuoto Acireale,\n"
        "Salvo Leonardi, che conta oltre trecento iscritti.\n"
    )
    joined = [line.text for line in unwrap(split_lines(text))]
    assert joined[-1].endswith("Nuoto Acireale, Salvo Leonardi, che conta oltre trecento iscritti.")


def test_a_list_of_clauses_one_a_line_is_not_a_wrapped_paragraph() -> None:
    items = [
        "Policja przypomina kilka zasad bezpieczeństwa:",
        "nie zbliżać się do zwierzęcia i nie próbować go dokarmiać,",
        "nie robić zdjęć z bliskiej odległości ani z samochodu,",
        "powoli się wycofać, nie odwracając się do niego plecami,",
        "natychmiast powiadomić służby pod numerem alarmowym 112.",
    ]
    lines = _lines(*items)
    assert unwrap(lines) == lines


def test_a_byline_prefix_with_a_dash_before_the_name() -> None:
    from syndicate.readers.scraped.headerline import classify_line

    entry = classify_line(0, Line(1, "كتب - محمود عبد الرحمن", True), None, chrome_cues("ar"))[0]
    assert entry.kind == "byline"
    assert [name for name, _ in entry.byline.people] == ["محمود عبد الرحمن"]


def test_a_source_line_may_name_an_authority_in_lower_case_but_mit_is_no_source() -> None:
    assert chrome_cues("nl").contributors("Bron: ANP, provincie Fryslân") == [
        "ANP",
        "provincie Fryslân",
    ]
    assert chrome_cues("de").contributors("Mit dem Rad zur Arbeit") is None


def test_a_result_strip_with_period_scores_and_a_bold_team_sheet() -> None:
    feats = line_features(
        _lines(
            "Северсталь – Трактор 3:2 ОТ (1:0, 0:2, 1:0, 1:0)",
            "**Трактор:** Зуев; Громов – Кравцов, Фомин – Жуков, Третьяков – Быстров; Ковалёв",
        ),
        chrome=chrome_cues("ru"),
    )
    assert [f.cue for f in feats] == ["ticker", "ticker"]


def test_sign_up_words_match_whole_words_and_a_hijri_date_line_gives_the_gregorian() -> None:
    cues = chrome_cues("ar")
    assert cues.kind("مهرجان التمور في الأحساء يسجل مبيعات تتجاوز ١٢٠ مليون ريال") is None
    assert cues.kind("سجل الآن في النشرة البريدية") == "sign-up"
    article = parse_plaintext(
        "\n\n".join(
            [
                "مهرجان التمور في الأحساء يسجل مبيعات كبيرة",
                "الأحد ٠٨ رمضان ١٤٤٧ هـ - ٠٨ مارس ٢٠٢٦ م",
                "سجل مهرجان التمور في محافظة الأحساء مبيعات تجاوزت ١٢٠ مليون ريال خلال أسبوعه "
                "الأول، بمشاركة أكثر من ٤٠٠ مزارع من مختلف مراكز المحافظة.",
                "وأوضح مدير المهرجان أن الإقبال هذا العام فاق التوقعات، مشيرا إلى أن صنف الخلاص "
                "استحوذ على النسبة الأكبر من المبيعات.",
            ]
        )
    )
    assert article.published == "2026-03-08"
    assert article.paragraphs()[0].text.startswith("سجل مهرجان التمور")


def test_a_video_players_length_and_clip_title_are_not_body() -> None:
    es = chrome_cues("es")
    feats = line_features(
        split_lines(
            "Reproducir vídeo\n\n01:52\n\nDescarrila un tren de Cercanías sin causar heridos\n\n"
            "Madrid, 12 mar (EFE).- Un tren de la línea C-2 ha descarrilado este jueves."
        ),
        chrome=es,
    )
    assert [f.cue for f in feats][1:] == ["media", "media", None]
    # A clock time alone with no player above it opens a live entry: its title stays.
    entry = split_lines("09:47\n\nEl Gobierno aprueba el decreto\n\nTexto.")
    feats = line_features(entry, chrome=es)
    assert [f.cue for f in feats][:2] == [None, None]



def test_caption_and_credit_apart_by_a_no_break_space_are_still_split() -> None:
    text = (
        "Harbour cranes stand idle\n\n"
        "Dockers at Pellmouth stopped work on Tuesday, the port said.\n\n"
        "Idle cranes at the Pellmouth container quay.\u00a0 Rhona Vint/Keelwater\n\n"
        "The stoppage began at dawn and lasted until the evening shift, union officials said.\n\n"
        "Talks with the port authority are set to resume next week, both sides confirmed.\n"
    )
    article = parse_plaintext(text)
    assert [(f.caption, f.credit) for f in article.figures()] == [
        ("Idle cranes at the Pellmouth container quay.", "Rhona Vint/Keelwater")
    ]


def test_a_page_with_a_blank_line_under_every_line_reads_its_blocks_from_their_shapes() -> None:
    # Copied with a blank line under every element: the "Most read" list's headlines stand
    # apart like paragraphs; they are still the list's, and the article goes on after it.
    lines = [
        "Ferry returns to the island route after a winter refit",
        "The Skerrow crossing reopens on Friday with a new ramp and a bigger cabin.",
        "By Morag Tulloch",
        "Published 4 March 2026",
        "The island's only car ferry returns to service on Friday after four months in dry dock, "
        "its operator said, ending a winter of passenger-only sailings.",
        "The refit fitted a longer loading ramp, which the operator says will cut turnaround "
        "times at the mainland slipway by around ten minutes a crossing.",
        "Most Read",
        "1 Council approves harbour wall repairs",
        "2 Storm closes coastal road for second time this month",
        "3 School roll rises for the first time in a decade",
        "Islanders had complained that the stand-in boat could not carry livestock trailers, "
        "forcing farmers to postpone sales at the mainland mart.",
        "The operator said timetables for the summer season would be published next week, "
        "with an extra evening sailing on Saturdays.",
        "Councillors welcomed the return but asked for a firm date for the second vessel's "
        "own refit, due next winter.",
    ]
    article = parse_plaintext("\n\n".join(lines) + "\n")
    body = [b.text for b in article.blocks if isinstance(b, Paragraph)]
    assert len(body) == 5
    assert body[2].startswith("Islanders had complained")
    texts = [b.text for b in article.blocks if hasattr(b, "text")]
    assert not any(t.startswith(("1 ", "2 ", "3 ")) for t in texts)


def test_a_typewriter_dash_joins_caption_and_credit_like_a_dash() -> None:
    parts = split_caption("Buses wait at the Harlow Road depot -- Photo: Ines Calder/Valley Post")
    assert parts is not None
    assert (parts.caption, parts.credit) == (
        "Buses wait at the Harlow Road depot",
        "Ines Calder/Valley Post",
    )


@pytest.mark.parametrize(
    ("lang", "line", "names"),
    [
        (
            "pt",
            "Reportagem – Cláudia Lemos / Edição – Marcelo Oliveira",
            ["Cláudia Lemos", "Marcelo Oliveira"],
        ),
        ("de", "Redaktion: Heike Vogt; Mitarbeit: Sven Kröger", ["Heike Vogt", "Sven Kröger"]),
    ],
)
def test_contributor_lines_of_labelled_parts(lang: str, line: str, names: list[str]) -> None:
    assert chrome_cues(lang).contributors(line) == names


def test_a_link_wrapped_in_its_brackets_and_a_photographer_who_wrote_the_text() -> None:
    from syndicate.readers.plaintext import parse_plaintext

    body = (
        "Every January, once the ice on the lake is at least forty centimetres thick, road "
        "workers plough a straight line across it and mark it with birch poles.\n\n"
        "For the two villages on either shore, the ice road turns a long drive round the "
        "lake into a short crossing, and the school bus uses it twice a day.\n"
    )
    text = (
        "# The last ice road: a winter on the frozen lakes of Lapland\n\n"
        "Photographs and text by [Mikko\nAalto](https://example.org/mikko-aalto)\n\n"
        "February 18, 2025\n\n" + body
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Mikko Aalto"]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # An agency that writes itself in lower case, after a caption's sentence.
        ("Ein Triebwagen steht im Depot von Kellersdorf. Mara Eichholz/dpa",
         "Ein Triebwagen steht im Depot von Kellersdorf.", "Mara Eichholz/dpa"),
        # A broadcaster's call sign and channel number.
        ("Water fills the underpass on Dorran Street on Tuesday morning. WKLT News 8",
         "Water fills the underpass on Dorran Street on Tuesday morning.", "WKLT News 8"),
        # The agency's own "Photo" form glued to the caption.
        ("A tug guides a barge past the lock at Fenwick, Ill., on Friday. AP Photo/Lena Marsh",
         "A tug guides a barge past the lock at Fenwick, Ill., on Friday.", "AP Photo/Lena Marsh"),
        # A bar between caption and credit.
        ("Volunteers sort donated coats at the Hollis Street hall | Ines Calder/Valley Post",
         "Volunteers sort donated coats at the Hollis Street hall", "Ines Calder/Valley Post"),
    ],
)
def test_caption_and_credit_forms_of_other_outlets(line: str, caption: str, credit: str) -> None:
    text = (
        "Depot news\n\nThe first paragraph of the story says what happened, and when.\n\n"
        f"{line}\n\n"
        "The second paragraph goes on with more of what the officials said on the day.\n"
    )
    figures = parse_plaintext(text).figures()
    assert [(f.caption, f.credit) for f in figures] == [(caption, credit)]


def test_a_credit_alone_under_a_caption_makes_it_a_figure_not_the_dek() -> None:
    text = (
        "Grain barges wait for the river to rise\n\n"
        "A towboat pushes empty barges past a sandbar near Keokuk on Thursday.\n"
        "AP Photo/Lena Marsh\n\n"
        "Dozens of loaded barges are waiting below the lock as the river falls to its lowest "
        "level in a decade, shippers said on Friday.\n\n"
        "The Corps of Engineers said it was dredging at four places along the channel.\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert [(f.caption, f.credit) for f in article.figures()] == [
        (
            "A towboat pushes empty barges past a sandbar near Keokuk on Thursday.",
            "AP Photo/Lena Marsh",
        )
    ]


def test_a_photographers_name_under_a_caption_on_a_page_without_blank_lines() -> None:
    text = (
        "Harbour festival draws record crowds\n"
        "By Tomas Reiter\n"
        "More than forty thousand people came to the harbour festival at the weekend, the "
        "organisers said on Monday, the most since the event began in 1998.\n"
        "Tall ships moored at the north quay on Saturday evening.\n"
        "Lena Ostrowski\n"
        "The organisers had added a second stage and extended the market along the quay, which "
        "they said had kept the crowds moving even on the busiest afternoon.\n"
        "Next year's festival will run over three days for the first time, the council said.\n"
    )
    figures = parse_plaintext(text).figures()
    assert [(f.caption, f.credit) for f in figures] == [
        ("Tall ships moored at the north quay on Saturday evening.", "Lena Ostrowski")
    ]


def test_lynx_references_do_not_hide_that_the_page_is_hard_wrapped() -> None:
    prose = (
        "Amélia Rebelo, uma das vozes mais reconhecidas do fado de Coimbra, morreu na "
        "terça-feira, aos 91 anos, na sua casa na Alta da cidade, rodeada pela família."
    )
    body = "\n\n".join(textwrap.fill(prose, 77) for _ in range(3))
    refs = "\n".join(f"{n}. https://www.jornal.example/a/{n}" for n in range(1, 40))
    lines = split_lines("Título\n\n" + body + "\n\nReferences\n\n" + refs + "\n")
    assert wrap_width(lines) is not None


@pytest.mark.parametrize(
    ("lang", "text", "caption", "credit"),
    [
        # a bar after the last sentence sets the credit off
        (
            "es",
            "Agentes frente a una de las naves de Celrà. / ACN",
            "Agentes frente a una de las naves de Celrà.",
            "ACN",
        ),
        # the label inside brackets, the credit in lower case
        (
            "it",
            "Il fronte della frana sulla provinciale (foto Vigili del fuoco)",
            "Il fronte della frana sulla provinciale",
            "Vigili del fuoco",
        ),
        # a credit in capitals naming a photographer and a paper or an agency
        (
            "fr",
            "Dans une cantine du Jura, le 24 novembre. ARNAUD FINISTRE POUR « LE QUOTIDIEN »",
            "Dans une cantine du Jura, le 24 novembre.",
            "ARNAUD FINISTRE POUR « LE QUOTIDIEN »",
        ),
        (
            "fr",
            "Lors du sommet à Bruxelles, le 12 mars. JOHN THYS / AFP",
            "Lors du sommet à Bruxelles, le 12 mars.",
            "JOHN THYS / AFP",
        ),
        # a photographer "for" a paper, after the caption's last sentence
        (
            "fr",
            "La maire dans le village le 28 novembre. Thibaut Vergoz pour L’Écho des Alpes",
            "La maire dans le village le 28 novembre.",
            "Thibaut Vergoz pour L’Écho des Alpes",
        ),
        # the page language's agency in brackets
        (
            "it",
            "I tecnici durante il sopralluogo sotto il viadotto (LaPresse)",
            "I tecnici durante il sopralluogo sotto il viadotto",
            "LaPresse",
        ),
        # an agency whose name opens with a label word
        (
            "de",
            "Ein Zug auf dem Damm. picture alliance/dpa | Frank Molter",
            "Ein Zug auf dem Damm.",
            "picture alliance/dpa | Frank Molter",
        ),
    ],
)
def test_credits_as_european_papers_glue_them(
    lang: str, text: str, caption: str, credit: str
) -> None:
    cues = chrome_cues(lang)
    token = use_photo_labels(tuple(sorted(cues.photo_labels)), cues.agencies)
    try:
        parts = split_caption(text)
    finally:
        reset_photo_labels(token)
    assert parts is not None and (parts.caption, parts.credit) == (caption, credit)


def test_a_shout_in_capitals_after_a_sentence_is_no_credit() -> None:
    cues = chrome_cues("en")
    token = use_photo_labels(tuple(sorted(cues.photo_labels)), cues.agencies)
    try:
        text = "The crowd answered him at once. STOP THE WAR RIGHT NOW PLEASE"
        assert split_caption(text) is None
    finally:
        reset_photo_labels(token)


def test_a_byline_of_linked_names_is_a_byline_feature() -> None:
    # A dump links each name: the printed line is long, the byline is the names.
    lines = split_lines(
        "[Felipe Andrade](https://noticias.example/autores/felipe) e "
        "[Luíza Monteiro](https://noticias.example/autores/luiza)\n"
    )
    assert line_features(lines, chrome=chrome_cues("pt"))[0].byline


def test_a_spanish_facts_box_and_the_scorers_under_the_result_are_page_data() -> None:
    lines = split_lines(
        "Celta 2 - 1 Valladolid\n"
        "Goles: 0-1, min. 34: Sylla. 1-1, min. 71: Aspas. 2-1, min. 84: Durán.\n\n"
        "El Celta necesitaba ganar y lo hizo sufriendo ante su afición.\n\n"
        "Celta: Guaita; Mingueza, Starfelt, Javi Rodríguez, Ristic; Beltrán, Sotelo (Durán, "
        "min. 62), Moriba; Swedberg, Borja Iglesias y Aspas.\n"
        "Árbitro: Alejandro Hernández Hernández.\n"
        "Goles: Sylla (34), Aspas (71), Durán (84)\n"
    )
    feats = line_features(lines, chrome=chrome_cues("es"))
    assert [f.cue for f in feats] == ["ticker", "ticker", None, "ticker", "ticker", "ticker"]


def test_an_initial_is_no_sentence_end_before_a_trailing_credit() -> None:
    cues = chrome_cues("pt")
    token = use_photo_labels(tuple(sorted(cues.photo_labels)), cues.agencies)
    try:
        assert split_caption("Nélson Oliveira festeja no Estádio D. Afonso Henriques") is None
    finally:
        reset_photo_labels(token)


def test_a_cast_list_s_label_is_no_contributor_line() -> None:
    # "Con: …" is a field of a review's facts; "con Ansa" closes a story with its source.
    assert chrome_cues("it").contributors("Con: Elio Germano, Alba Rohrwacher") is None
    assert chrome_cues("it").contributors("Con Ansa") == ["Ansa"]


@pytest.mark.parametrize(
    "line",
    [
        "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
        "جميع الحقوق محفوظة لدار النشر 2026",
        "本文来源于新能源观察，版权归原作者所有，如有侵权请联系删除。",
        "Усі права захищено. Використання матеріалів — з посиланням.",
    ],
)
def test_rights_notices_in_the_languages_of_the_data_files(line: str) -> None:
    from syndicate.readers.scraped.noise import rights_line

    assert rights_line(line)


def test_a_chrome_heavy_dump_is_still_seen_as_hard_wrapped() -> None:
    from syndicate.readers.scraped.lines import wrap_width

    menu = "".join(f"     * [{n}]Раздел {n}\n" for n in range(1, 8)) + "".join(
        f"\n   [{n}]Ссылка в подвале номер {n}\n" for n in range(8, 34)
    )
    prose = (
        "   В Томском политехническом университете завершили первую серию испытаний\n"
        "   нейтронного датчика, который сможет искать водяной лед в лунном грунте.\n\n"
        "   Датчик разработала группа молодых ученых под руководством Ксении\n"
        "   Баталовой. По ее словам, главная задача была сделать прибор легким:\n"
        "   космическая техника такого класса обычно весит несколько килограммов, а\n"
        "   томский вариант — меньше 300 граммов.\n\n"
        "   Следующий этап — испытания на вибростенде, которые имитируют нагрузки\n"
        "   при старте ракеты. Их проведут в начале 2027 года в Королёве. Если\n"
        "   прибор их выдержит, его включат в состав научной аппаратуры лунной\n"
        "   станции.\n"
    )
    # menu and footer links make most lines short; the prose lines still stop near one width
    assert wrap_width(split_lines(menu + "\n" + prose)) is not None


def test_german_wrapped_prose_is_wrapped_though_its_lines_go_on_in_capitals() -> None:
    # German capitalises nouns, so most wrapped lines go on in upper case; what tells the
    # wrap tool is that each line stops where the next word would no longer fit.
    text = (
        "Der neue Radweg zwischen dem Bahnhof und dem Gewerbegebiet ist seit\n"
        "Montag befahrbar. Die Stadt hat dafür zwei alte Parkplätze aufgegeben und\n"
        "Bäume entlang der Strecke gepflanzt, die im Sommer Schatten spenden sollen.\n"
        "\n"
        "Nach Angaben der Verwaltung nutzen schon in der ersten Woche mehr als\n"
        "Dreihundert Menschen am Tag die neue Verbindung, vor allem Pendlerinnen\n"
        "Und Pendler aus den Dörfern im Norden, die bisher mit dem Auto kamen.\n"
    )
    assert wrap_width(split_lines(text)) is not None
    assert len(unwrap(split_lines(text))) == 2


def test_teaser_headlines_of_one_length_are_not_wrapped_prose() -> None:
    # Capitalised headlines one under another, each ending where its words end: a word of
    # the next one would have fitted on many of them, so no wrap tool broke them.
    text = (
        "Stadtrat beschließt neuen Haushalt für das kommende Jahr\n"
        "Neue Buslinie verbindet die Altstadt mit dem Klinikum Nord\n"
        "Feuerwehr rückt zu Brand in leerstehender Lagerhalle aus\n"
        "Wochenmarkt zieht wegen Bauarbeiten auf den Kirchplatz um\n"
        "Tierheim sucht dringend Pflegestellen für junge Katzen\n"
        "Schwimmbad öffnet nach Sanierung wieder am Wochenende\n"
    )
    assert wrap_width(split_lines(text)) is None


def test_a_text_node_per_line_is_joined_back_into_its_paragraphs() -> None:
    # get_text("\n") of a page: every link and emphasis on a line of its own, each node
    # keeping the spaces it had in the HTML, and the source's own line breaks inside a node.
    text = (
        "Harbour news\n"
        "\n"
        "The ferry to \n"
        "Eastmere Island\n"
        " will run twice a day from\n"
        "                        next week, the operator (\n"
        "Sound Lines\n"
        ") said\n"
        ". Tickets go on sale on Monday.\n"
        "\n"
        "A second boat is due in \n"
        "April\n"
        ".\n"
    )
    lines = split_lines(text)
    assert [line.text for line in lines] == [
        "Harbour news",
        "The ferry to Eastmere Island will run twice a day from next week, the operator "
        "(Sound Lines) said. Tickets go on sale on Monday.",
        "A second boat is due in April.",
    ]
    assert [line.number for line in lines] == [1, 3, 11]


def test_lines_that_open_with_a_space_in_other_dumps_are_left_alone() -> None:
    # lynx's References list and w3m's indented items open with spaces, but no line goes on
    # a sentence in lower case after one space: nothing is joined.
    text = "References\n\n 1. https://example.org/a\n 2. https://example.org/b\n Menu\n"
    assert [line.text for line in split_lines(text)] == [
        "References",
        "1. https://example.org/a",
        "2. https://example.org/b",
        "Menu",
    ]
