# ruff: noqa: E501  (the bulletins are printed as pages print them: one paragraph a line)
"""Round 10 (European shapes): rules the new dev shapes needed, each said on a text small
enough to read — a Latin-American bulletin's ".-" dateline and bulleted dek, a press
office's sign-off, a closing line that signs the writer and credits the editor, a metadata
table of key and value rows, a wrapped caption's credit in the header, a gallery credit
under the last paragraph, a footer's row of links. Every article here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.language import stopwords
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.dates import dateline_date, is_dateline_start
from syndicate.readers.scraped.features import line_features
from syndicate.readers.scraped.lines import split_lines

# --- the ".-" dateline of a Latin-American bulletin -------------------------------------


def test_a_dot_dash_dateline_states_the_date() -> None:
    assert (
        dateline_date("Tepic, Nay., 9 de abril de 2026.- El gobierno estatal entregó", "es")
        == "2026-04-09"
    )
    assert (
        dateline_date("Valparaíso, 21 de mayo de 2026 (Agencia Austral).- La ministra", "es")
        == "2026-05-21"
    )
    assert is_dateline_start("Oaxaca de Juárez, Oax., 3 de junio de 2026.- Con una inversión")


def test_a_year_then_a_dash_without_a_place_is_no_dateline() -> None:
    assert not is_dateline_start("En 2026.- hubo menos lluvia que el año anterior.")
    assert dateline_date("Hoy.- nada que decir", "es") is None


_BULLETIN = """Coordinación de Comunicación Social

Boletín 0210 / 2026

Inauguran biblioteca pública en la colonia Las Palmas

• Contará con sala infantil, internet gratuito y talleres de lectura

Tepic, Nay., 9 de abril de 2026.- El gobierno estatal inauguró este jueves la biblioteca pública de la colonia Las Palmas, que atenderá a más de doce mil habitantes de la zona oriente de la ciudad.

El edificio cuenta con una sala infantil, un área de cómputo con veinte equipos y un auditorio para cuarenta personas, informó la directora de Cultura, Mtra. Olga Navarro Ruiz.

Los talleres de lectura comenzarán el próximo lunes y serán gratuitos para todas las edades. Las inscripciones se realizan directamente en la biblioteca de lunes a viernes.

Fotos: Comunicación Social

-o0o-
"""


def test_a_bulletin_reads_its_dateline_dek_and_gallery_credit() -> None:
    article = parse_plaintext(_BULLETIN)
    assert article.title == "Inauguran biblioteca pública en la colonia Las Palmas"
    # the dek printed as one bullet point: the bullet is layout, not the dek's text
    assert article.subtitle == "Contará con sala infantil, internet gratuito y talleres de lectura"
    assert article.published == "2026-04-09"
    paragraphs = _paragraphs(article)
    assert paragraphs[0].startswith("Tepic, Nay., 9 de abril de 2026.- El gobierno")
    assert paragraphs[-1].startswith("Los talleres de lectura comenzarán")
    # the gallery's credit under the last paragraph does not make that paragraph a caption
    assert _figures(article) == [("", "Comunicación Social")] or _figures(article) == [
        (None, "Comunicación Social")
    ]


def test_a_dateline_alone_over_the_headline_dates_the_bulletin() -> None:
    text = _BULLETIN.replace(
        "Inauguran biblioteca", "Tepic, Nay., 9 de abril de 2026.-\n\nInauguran biblioteca", 1
    ).replace("Tepic, Nay., 9 de abril de 2026.- El gobierno", "El gobierno")
    article = parse_plaintext(text)
    assert article.title == "Inauguran biblioteca pública en la colonia Las Palmas"
    assert article.published == "2026-04-09"


# --- a press office's sign-off ------------------------------------------------------------


_RELEASE_IT = """Comunicati stampa

Nuovo ambulatorio pediatrico a San Vito dal 4 maggio

Data di pubblicazione: 20/04/2026

Dal 4 maggio apre nella Casa della Comunità di San Vito un ambulatorio pediatrico dedicato ai bambini senza pediatra di famiglia, aperto tre mattine alla settimana.

Le visite si prenotano al CUP o in farmacia. L'ambulatorio seguirà anche i bambini appena trasferiti nel distretto, in attesa della scelta del pediatra.

«Vogliamo che nessuna famiglia resti senza un riferimento», spiega la direttrice del distretto, Marta Ruggeri, che ha seguito il progetto fin dall'inizio.

Ufficio Stampa Azienda Sanitaria di San Vito

Ultimo aggiornamento: 22/04/2026

Privacy | Note legali | Accessibilità
"""


def test_a_press_office_sign_off_is_no_paragraph() -> None:
    article = parse_plaintext(_RELEASE_IT)
    paragraphs = _paragraphs(article)
    assert paragraphs[-1].startswith("«Vogliamo che nessuna famiglia")
    assert not any("Ufficio Stampa" in p for p in paragraphs)
    assert not article.authors
    # the page's "last updated" line under the sign-off is read (the tail, not only the
    # chrome after it)
    assert article.updated == "2026-04-22"


def test_a_press_office_sign_off_in_portuguese() -> None:
    text = (
        "Notícias\n\nTribunal lança conciliação virtual para dívidas de condomínio\n\n"
        "03/02/2026 - 10h15\n\n"
        "O Tribunal de Justiça lançou nesta terça-feira um programa de conciliação virtual "
        "para dívidas de condomínio, com audiências marcadas pela internet.\n\n"
        "Segundo a coordenação do programa, mais de 4 mil processos podem ser resolvidos "
        "em acordo até o fim do semestre, sem necessidade de audiência presencial.\n\n"
        "As partes interessadas devem se inscrever pelo portal do tribunal até o dia 28 "
        "de fevereiro, informando o número do processo.\n\n"
        "Assessoria de Comunicação Social do Tribunal de Justiça\n\n"
        "Compartilhe: Facebook | X | WhatsApp\n"
    )
    paragraphs = _paragraphs(parse_plaintext(text))
    assert paragraphs[-1].startswith("As partes interessadas devem")
    assert not any(p.startswith("Assessoria") for p in paragraphs)


def test_a_press_office_under_a_caption_is_its_credit_not_a_sign_off() -> None:
    from syndicate.readers.plaintext import _Reader

    lines = split_lines(
        "Titolo della notizia\n\n"
        "Il sindaco taglia il nastro davanti alla nuova scuola\n"
        "Ufficio stampa Comune di Riva\n\n"
        "Ufficio Stampa Comune di Riva\n"
    )
    chrome = chrome_cues("it")
    reader = _Reader(lines, "<test>")
    reader.features, reader.chrome = line_features(lines, stopwords(chrome.lang), chrome), chrome
    assert not reader._press_office_signoff(2)  # right under the caption: its credit
    assert reader._press_office_signoff(3)  # a blank line above: the sign-off


# --- a closing line that signs the writer and credits the editor ----------------------------


def _court_news(closing: str) -> str:
    return (
        "Notícias\n\nCâmara mantém multa a empresa de ônibus por atrasos\n\n"
        "10/03/2026 - 15h30\n\n"
        "A 2ª Câmara de Direito Público manteve a multa aplicada pela agência reguladora a "
        "uma empresa de ônibus intermunicipal por atrasos frequentes nas linhas do litoral.\n\n"
        "Segundo o processo, a empresa descumpriu os horários em mais de 30% das viagens "
        "durante seis meses, o que motivou reclamações de passageiros e prefeituras.\n\n"
        "O relator considerou que a empresa teve direito de defesa e que o valor da multa "
        "foi proporcional ao número de viagens atrasadas no período.\n\n"
        f"{closing}\n\nCompartilhe: Facebook | X | WhatsApp\n"
    )


def test_a_closing_line_signs_the_writer_and_credits_the_editor() -> None:
    article = parse_plaintext(_court_news("Texto: Paula Menezes | Edição: Rui Cardoso"))
    assert [a.name for a in article.authors] == ["Paula Menezes"]
    assert article.credit_line == "Texto: Paula Menezes | Edição: Rui Cardoso"
    assert [c.name for c in article.contributors] == ["Paula Menezes", "Rui Cardoso"]
    assert _paragraphs(article)[-1].startswith("O relator considerou")


def test_a_closing_line_in_spanish_with_a_slash() -> None:
    text = (
        "Noticias\n\nEl tribunal confirma la multa a una empresa de autobuses\n\n"
        "10/03/2026 - 15:30\n\n"
        "La Sala de lo Contencioso confirmó la multa impuesta por la agencia de transporte a "
        "una empresa de autobuses interurbanos por los retrasos frecuentes en sus líneas.\n\n"
        "Según la sentencia, la empresa incumplió los horarios en más del treinta por ciento "
        "de los viajes durante seis meses, lo que provocó quejas de viajeros y alcaldes.\n\n"
        "El ponente consideró que la empresa pudo defenderse y que la cuantía de la multa "
        "fue proporcional al número de viajes con retraso en ese periodo.\n\n"
        "Texto: Lucía Ferrer / Edición: Mateo Salas\n\nCompartir: Facebook | X | WhatsApp\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Lucía Ferrer"]
    assert [c.name for c in article.contributors] == ["Lucía Ferrer", "Mateo Salas"]
    assert article.credit_line == "Texto: Lucía Ferrer / Edición: Mateo Salas"


def test_a_closing_line_with_a_part_that_is_no_credit_is_left_alone() -> None:
    from syndicate.readers.plaintext import _Reader

    text = _court_news("Texto: Paula Menezes | Foto: Rui Cardoso")
    lines = split_lines(text)
    chrome = chrome_cues("pt")
    reader = _Reader(lines, "<test>")
    reader.features, reader.chrome = line_features(lines, stopwords(chrome.lang), chrome), chrome
    k = next(i for i, line in enumerate(lines) if line.text.startswith("Texto:"))
    assert reader._closing_signed_credits(k, 1) is None


# --- a metadata table of key and value rows ------------------------------------------------


def _cues(text: str, lang: str) -> list[str | None]:
    lines = split_lines(text)
    return [f.cue for f in line_features(lines, stopwords(lang), chrome_cues(lang))]


def test_metadata_rows_are_furniture_and_the_date_row_stays() -> None:
    text = (
        "Amt für Umwelt\nBadesaison: Wasserqualität in allen Seen gut\n"
        "   Datum         02.06.2026\n   Departement   Bau und Umwelt\n   Kategorie     Gewässer\n\n"
        "Alle 24 Badestellen im Kanton erfüllen in diesem Jahr die Anforderungen an eine "
        "gute Wasserqualität.\n"
    )
    cues = _cues(text, "de")
    assert cues[2] is None  # "Datum 02.06.2026": the header's date
    assert cues[3] == "counter" and cues[4] == "counter"
    text_fr = (
        "Le département annonce un nouveau plan vélo\n"
        "Date 12.05.2026\nLieu Neuchâtel\nCatégorie Mobilité\n\n"
        "Le plan prévoit quarante kilomètres de pistes cyclables supplémentaires.\n"
    )
    assert _cues(text_fr, "fr")[1:4] == [None, "counter", "counter"]


def test_key_like_lines_without_a_date_row_are_left_alone() -> None:
    text = "Thema Verkehr\nOrt Rathaus\n\nDer Gemeinderat tagt am Montag.\n"
    assert _cues(text, "de")[:2] == [None, None]


def test_a_metadata_row_is_neither_headline_nor_byline() -> None:
    text = (
        "Startseite / Medien / Medienmitteilungen\n\n"
        "Departement Bau und Umwelt\n"
        "Neue Schonzeiten für Äschen im Linthkanal\n"
        "   Datum         08.09.2026\n   Departement   Bau und Umwelt\n"
        "   Kategorie     Jagd und Fischerei\n\n"
        "Das Departement Bau und Umwelt hat die Schonzeit für Äschen im Linthkanal um zwei "
        "Wochen verlängert. Grund sind die hohen Wassertemperaturen im vergangenen Sommer.\n\n"
        "Die Fischereiaufseher hatten im August mehrere tote Äschen gefunden. Die neue "
        "Regelung gilt bis zum 15. Mai des kommenden Jahres.\n\n"
        "Der Fischereiverband begrüsst den Entscheid und ruft die Mitglieder auf, die "
        "Schonzeit auch an den Zuflüssen zu respektieren.\n"
    )
    article = parse_plaintext(text)
    # the kicker is printed again as the table's "Departement" row: no echo of a headline
    assert article.title == "Neue Schonzeiten für Äschen im Linthkanal"
    assert article.published == "2026-09-08"
    assert not article.authors
    assert _paragraphs(article)[0].startswith("Das Departement Bau und Umwelt hat")


# --- a hard-wrapped caption's credit in the header (lynx) -----------------------------------


_LYNX = """   [1]Startseite > [2]Presse

Neue Messstationen für das Grundwasser in der Börde

   Datum 11.05.2026
   Ort   Magdeburg

   Das Landesamt baut bis zum Herbst zwölf zusätzliche Messstellen und
   veröffentlicht die Werte künftig täglich

   Eine der neuen Messstellen am Rand von Wanzleben wird im Mai in Betrieb
   genommen.
   Bild: LAU/Petra Kuhnert

   Das Landesamt für Umwelt baut sein Messnetz für das Grundwasser in der
   Magdeburger Börde aus. Bis zum Herbst kommen zwölf Messstellen hinzu, die
   den Wasserstand stündlich übertragen.

   Die Börde gehört zu den trockensten Regionen Deutschlands. In den
   vergangenen fünf Jahren ist der Grundwasserspiegel dort im Mittel um fast
   einen halben Meter gesunken.

   Die Werte aller Messstellen stehen ab Juni im Datenportal des Landes zur
   Verfügung. Gemeinden und Landwirtschaft können sie kostenlos abrufen.
"""


def test_a_wrapped_dek_over_a_wrapped_caption_and_its_credit() -> None:
    article = parse_plaintext(_LYNX)
    assert article.title == "Neue Messstationen für das Grundwasser in der Börde"
    assert article.subtitle == (
        "Das Landesamt baut bis zum Herbst zwölf zusätzliche Messstellen und "
        "veröffentlicht die Werte künftig täglich"
    )
    assert not article.authors  # "Ort Magdeburg" is a row of the metadata table
    assert article.published == "2026-05-11"
    assert _figures(article)[0][1] == "LAU/Petra Kuhnert"


# --- a gallery credit under a long paragraph; a footer's row of links -----------------------


def test_a_labelled_credit_under_a_short_caption_stays_its_credit() -> None:
    text = (
        "Neue Brücke über die Ilm freigegeben\n\n"
        "Seit Montag rollt der Verkehr wieder über die Ilmbrücke in Kranichfeld. Die Stadt "
        "hatte die alte Brücke im vergangenen Jahr wegen Rissen sperren müssen.\n\n"
        "Die neue Brücke bei der Freigabe am Montag\n\nFoto: Stadt Kranichfeld\n\n"
        "Der Neubau kostete 2,4 Millionen Euro, zwei Drittel davon trug das Land. Die "
        "Bauarbeiten dauerten elf Monate und damit einen Monat weniger als geplant.\n\n"
        "Fußgänger und Radfahrer haben auf der neuen Brücke einen eigenen, zwei Meter "
        "breiten Weg auf der Nordseite, getrennt von der Fahrbahn.\n"
    )
    assert ("Die neue Brücke bei der Freigabe am Montag", "Stadt Kranichfeld") in _figures(
        parse_plaintext(text)
    )


def test_a_footer_link_row_is_no_caption() -> None:
    text = (
        "# Le marché public déménage sur la place de l'Église\n\n"
        "Par Julie Caron\n\nPublié le 3 mars 2026 à 10 h 00\n\n"
        "Le marché public du samedi quittera le stationnement de l'aréna pour s'installer "
        "sur la place de l'Église dès le 2 mai, a annoncé la municipalité.\n\n"
        "Les producteurs réclamaient depuis plusieurs années un emplacement plus visible "
        "et mieux protégé du vent, selon la coordonnatrice du marché.\n\n"
        "La Ville installera douze abris permanents et des bornes électriques pour les "
        "kiosques, un investissement de 180 000 $.\n\n"
        "### Lisez aussi\n\n  * [Budget municipal : les taxes augmentent de 2 %](/budget)\n\n"
        "[Conditions d'utilisation](/conditions) | [Confidentialité](/confidentialite) |\n"
        "[Publicité](/publicite)\n\n© 2026 Le Courrier de la Baie\n"
    )
    article = parse_plaintext(text)
    assert _figures(article) == []
    paragraphs = _paragraphs(article)
    assert paragraphs[-1].startswith("La Ville installera douze abris")


# --- a role of several words; "Lisez aussi" ---------------------------------------------------


def test_a_role_of_several_words_from_the_data_files() -> None:
    from syndicate.readers.scraped.bylines import parse_byline

    fr = parse_byline("By Émilie Gagnon-Roy, Initiative de journalisme local")
    assert fr is not None and fr.people == (("Émilie Gagnon-Roy", "Initiative de journalisme local"),)
    en = parse_byline("By Tom Reid, Local Journalism Initiative Reporter")
    assert en is not None and en.people == (("Tom Reid", "Local Journalism Initiative Reporter"),)
    # a phrase that is no title of the data files is no role
    assert parse_byline("By Tom Reid, Initiative for Quiet Streets") is None or all(
        role is None for _name, role in parse_byline("By Tom Reid, Initiative for Quiet Streets").people
    )


def test_lisez_aussi_opens_a_related_block() -> None:
    text = (
        "Lisez aussi\n\nLisez aussi : Le marché de Noël revient sur le quai\n\n"
        "Les élèves lisent aussi à voix haute devant la classe chaque vendredi matin.\n"
    )
    cues = _cues(text, "fr")
    assert cues[0] == "related" and cues[1] == "related"
    assert cues[2] is None  # "lisent aussi" in a sentence is no marker


# --- a standfirst over the text with no photo between -----------------------------------------


def _release(lang: str, date: str, dek: str, paragraphs: list[str], byline: str = "") -> str:
    head = ["Startseite / Presse" if lang == "de" else "Home > Actueel > Nieuws", "Nieuwe regels", date]
    if byline:
        head.append(byline)
    return "\n\n".join([*head, dek, *paragraphs]) + "\n"


_DE_PARAS = [
    "Die Stadt erweitert ab dem 1. Juni die Öffnungszeiten der Stadtbibliothek am Markt. Montags bis freitags ist das Haus künftig bis 20 Uhr geöffnet, samstags bis 16 Uhr, wie die Verwaltung am Dienstag mitteilte.",
    "Möglich wird das durch zwei zusätzliche Stellen, die der Stadtrat im Haushalt bewilligt hat. Die Bibliothek hatte im vergangenen Jahr mehr als 90.000 Besucherinnen und Besucher.",
    "Für Schulklassen gibt es außerdem feste Termine am Vormittag, die über das Sekretariat der Bibliothek gebucht werden können.",
]


def test_a_short_standfirst_over_longer_paragraphs_is_the_dek() -> None:
    dek = "Die Stadtbibliothek öffnet ab Juni länger. Samstags gibt es zwei zusätzliche Stunden."
    article = parse_plaintext(_release("de", "Meldung vom 12.05.2026", dek, _DE_PARAS).replace("Nieuwe regels", "Bibliothek öffnet länger"))
    assert article.title == "Bibliothek öffnet länger"
    assert article.subtitle == dek
    assert _paragraphs(article)[0].startswith("Die Stadt erweitert ab dem 1. Juni")
    nl_paras = [
        "Het kabinet trekt de komende drie jaar 80 miljoen euro uit voor extra fietsenstallingen bij stations. Dat schrijft de staatssecretaris vandaag in een brief aan de Tweede Kamer, na klachten van reizigers over volle rekken.",
        "Vooral bij de grote stations in de Randstad is het tekort groot. Reizigers zetten hun fiets daar vaak buiten de rekken, wat volgens gemeenten tot onveilige situaties leidt.",
        "De eerste nieuwe stallingen moeten in 2027 klaar zijn. Gemeenten kunnen vanaf september een aanvraag indienen.",
    ]
    dek_nl = "Er komen duizenden extra plekken voor fietsen bij treinstations."
    article = parse_plaintext(_release("nl", "Nieuwsbericht | 02-12-2026 | 14:00", dek_nl, nl_paras))
    assert article.subtitle == dek_nl


def test_a_short_first_paragraph_under_a_byline_stays_the_story() -> None:
    lead = "Die Stadtbibliothek öffnet ab Juni länger. Samstags gibt es zwei zusätzliche Stunden."
    article = parse_plaintext(
        _release("de", "Meldung vom 12.05.2026", lead, _DE_PARAS, byline="Von Jana Roth").replace(
            "Nieuwe regels", "Bibliothek öffnet länger"
        )
    )
    assert article.subtitle is None
    assert _paragraphs(article)[0] == lead


def test_labelled_event_details_are_no_metadata_table() -> None:
    text = (
        "Datum: 14.06.2026\nOrt: Stadthalle am Markt\nEintritt: frei\n\n"
        "Der Chor lädt zu seinem Sommerkonzert ein, mit Liedern aus vier Jahrhunderten.\n"
    )
    assert _cues(text, "de")[:2] == [None, None]


def test_a_sentence_about_a_press_office_is_no_sign_off() -> None:
    from syndicate.readers.plaintext import _Reader

    lines = split_lines("Titel\n\nPress office staff declined to comment on Friday.\n")
    chrome = chrome_cues("en")
    reader = _Reader(lines, "<test>")
    reader.features, reader.chrome = line_features(lines, stopwords("en"), chrome), chrome
    assert not reader._press_office_signoff(1)


def test_a_comment_policy_notice_is_the_comment_section() -> None:
    fr = "**Politique de commentaires :** Le journal se réserve le droit de retirer tout commentaire jugé inapproprié.\n"
    en = "Comment policy: we remove comments that attack other readers or break the law.\n"
    assert _cues(fr, "fr") == ["comments"]
    assert _cues(en, "en") == ["comments"]
    # a sentence of the story about a council's policy is no comment widget
    assert _cues("La politique de la commune sur les commentaires publics a changé en mai.\n", "fr") == [None]


# --- "(© Name)" after a caption; an image's bracketed alt text before it ------------------------


def test_a_copyright_sign_in_brackets_is_the_credit_label() -> None:
    from syndicate.readers.scraped.captions import split_caption

    de = split_caption("Luftbild von Halle aus dem Jahr 1953. (© BBG, Luftbildarchiv)")
    assert de is not None and (de.caption, de.credit) == (
        "Luftbild von Halle aus dem Jahr 1953.",
        "BBG, Luftbildarchiv",
    )
    fr = split_caption("Le port de Brest au lever du jour (© Ville de Brest)")
    assert fr is not None and fr.credit == "Ville de Brest"
    assert split_caption("Il a dit (© moi) que non.") is None


def test_a_lynx_image_label_and_its_enlarge_button_leave_the_caption() -> None:
    from syndicate.readers.scraped.captions import split_caption

    parts = split_caption(
        "[Luftbild einer Stadt mit Fluss] Vergrößern Luftbild von Halle (Saale) aus dem Jahr "
        "1953. (© BBG, Luftbildarchiv)"
    )
    assert parts is not None and parts.caption == "Luftbild von Halle (Saale) aus dem Jahr 1953."
    it = split_caption("[Veduta del porto] Ingrandisci Il porto di Ancona all'alba. (Foto: Comune di Ancona)")
    assert it is not None and it.caption == "Il porto di Ancona all'alba."
    # a lynx link mark is no image label
    ref = split_caption("[12] Il porto di Ancona all'alba. (Foto: Comune di Ancona)")
    assert ref is not None and ref.caption.startswith("[12]")


# --- a press release's dateline with the place in mixed case --------------------------------


def test_a_mixed_case_place_and_full_date_open_a_dateline() -> None:
    assert dateline_date("Berlin, 14. März 2026 – Die Bundesregierung hat", "de") == "2026-03-14"
    assert dateline_date("Frankfurt am Main, 3. Juni 2026 - Die Bank", "de") == "2026-06-03"
    assert dateline_date("Rio de Janeiro, 12 de março de 2026 – O ministro", "pt") == "2026-03-12"
    assert dateline_date("Lyon, le 14 mars 2026 – La métropole a voté", "fr") == "2026-03-14"
    assert dateline_date("Warszawa, 14 marca 2026 r. – Ministerstwo", "pl") == "2026-03-14"
    assert dateline_date("Chicago, March 3, 2026 – The company said", "en") == "2026-03-03"


def test_a_sentence_with_a_year_and_a_dash_is_no_dateline() -> None:
    assert not is_dateline_start("Am Ende, im März 2026 – war alles vorbei.")
    assert not is_dateline_start("Die Stadt, die 2026 – wie geplant – wächst, baut neu.")
    assert not is_dateline_start("Paris, 12 mars – La ville ferme ses piscines.")  # no year
    # a date row with its time under a byline: the month is no word, a digit follows the dash
    assert not is_dateline_start("Vigo, 02/12/2026 - 23:15")


def test_a_press_release_is_dated_by_its_dateline() -> None:
    text = (
        "Pressemitteilung\n\nStadtwerke senken den Gaspreis zum 1. April\n\n"
        "Kassel, 12. März 2026 – Die Stadtwerke senken zum 1. April den Arbeitspreis für "
        "Erdgas um 1,2 Cent je Kilowattstunde. Rund 48.000 Haushalte profitieren davon.\n\n"
        "Grund sind die gesunkenen Einkaufspreise am Großhandelsmarkt, die das Unternehmen "
        "nach eigenen Angaben vollständig an die Kundinnen und Kunden weitergibt.\n\n"
        "Ein Durchschnittshaushalt mit einem Verbrauch von 15.000 Kilowattstunden spart damit "
        "rund 180 Euro im Jahr. Die Kunden werden schriftlich informiert.\n"
    )
    article = parse_plaintext(text)
    assert article.published == "2026-03-12"
    assert _paragraphs(article)[0].startswith("Kassel, 12. März 2026 – Die Stadtwerke")


# --- the writer signed under the story in more forms; "Jan" as a first name -------------------


def _signed_story(title: str, paragraph: str, closing: str) -> str:
    paragraphs = [paragraph, paragraph.replace("4", "5"), paragraph + " " + paragraph[:60] + ".", paragraph]
    return "\n\n".join([title, *paragraphs, closing]) + "\n"


def test_a_story_signed_under_it_in_french_italian_and_dutch() -> None:
    fr = _signed_story(
        "De nouvelles pistes cyclables en ville",
        "La ville construira cette année 4 kilomètres de nouvelles pistes cyclables, surtout le long des boulevards et près de la gare.",
        "Texte : Marie Dupont",
    )
    assert [a.name for a in parse_plaintext(fr).authors] == ["Marie Dupont"]
    it = _signed_story(
        "Nuove piste ciclabili in centro",
        "Il Comune costruirà quest'anno 4 chilometri di nuove piste ciclabili, soprattutto lungo i viali e vicino alla stazione.",
        "Testo di Marco Rossi",
    )
    assert [a.name for a in parse_plaintext(it).authors] == ["Marco Rossi"]
    nl = _signed_story(
        "Nieuwe fietspaden in het centrum",
        "De gemeente legt dit jaar 4 kilometer nieuwe fietspaden aan, vooral langs de singels en bij het station in het centrum.",
        "Tekst: Jan de Vries",
    )
    assert [a.name for a in parse_plaintext(nl).authors] == ["Jan de Vries"]


def test_a_bare_by_under_the_story_is_no_signature() -> None:
    fr = _signed_story(
        "De nouvelles pistes cyclables en ville",
        "La ville construira cette année 4 kilomètres de nouvelles pistes cyclables, surtout le long des boulevards et près de la gare.",
        "Par Marie Dupont",
    )
    assert not parse_plaintext(fr).authors


def test_jan_is_a_first_name_before_a_surname_not_before_a_month() -> None:
    from syndicate.readers.scraped.names import is_name

    assert is_name("Jan de Vries") and is_name("Jan Kowalski")
    assert not is_name("Jan Feb") and not is_name("Jan 2026")


# --- a spaced French clock time; publication-date labels ---------------------------------------


def test_a_spaced_clock_time_and_publication_date_labels() -> None:
    from syndicate.readers.scraped.dates import parse_date_line

    fr = parse_date_line("Publié le 12 mars 2026 à 14 h 05", "fr")
    assert fr is not None and (fr.kind, fr.value) == ("published", "2026-03-12T14:05:00")
    upd = parse_date_line("Mis à jour le 13 mars 2026 à 9 h 40", "fr")
    assert upd is not None and (upd.kind, upd.value) == ("updated", "2026-03-13T09:40:00")
    label = parse_date_line("Date de publication : 12/03/2026", "fr")
    assert label is not None and label.value == "2026-03-12"
    nl = parse_date_line("Publicatiedatum: 12-03-2026", "nl")
    assert nl is not None and (nl.kind, nl.value) == ("published", "2026-03-12")
    assert parse_date_line("5 h 30", "fr") is None  # a time alone is no date
