# ruff: noqa: E501
"""Round 14 (europe): line shapes of German, Polish, Portuguese and Spanish pages the reader
had not seen — a lynx menu row re-joined over two lines, a labelled caption wrapped by the
dump tool, a German dek wrapped before a capitalised noun, a kicker naming an interview over
its headline, an editorial signed by its newsroom, a compound job title after the byline's
name, a trip disclosure under a travel story and a press release's dateline with the date in
figures. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.names import is_byline_role


def _authors(article: object) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in article.authors]  # type: ignore[attr-defined]


# -- a lynx dump: menu row, wrapped dek, wrapped labelled caption ------------------------

_LYNX_RELEASE = """   [1]Zum Inhalt springen [2]Zur Navigation

   [3]Musterland Ersatzkasse – Startseite

   [4]Versicherte [5]Arbeitgeber [6]Leistungserbringer [7]Presse
   [8]Online-Filiale [9]Kontakt

   Pressemitteilung · Hainstadt, 09.02.2027

Musterland Ersatzkasse eröffnet Beratungsbus für Dörfer ohne Geschäftsstelle

   Ab März fährt der Bus zwölf Gemeinden im Kreis an – Termine lassen sich
   Online oder Telefonisch vorab buchen

   [beratungsbus.jpg]
   Bildunterschrift: Beraterin Ilka Sommerfeld zeigt Landrat Gerd Anholt den
   umgebauten Kleinbus mit zwei Beratungsplätzen und einem rollstuhlgerechten
   Zugang.
   Foto: MEK/Tim Oswald

   Die Musterland Ersatzkasse schickt ab dem 2. März einen Beratungsbus über
   die Dörfer des Kreises. An zwölf Haltepunkten können Versicherte dort
   Anträge abgeben, Bescheinigungen erhalten und sich zu Leistungen beraten
   lassen, ohne in die Kreisstadt fahren zu müssen.

   „Viele ältere Versicherte haben kein Auto mehr und keinen Bus, der zur
   richtigen Zeit fährt“, sagt Vorstand Martin Greiling. „Deshalb kommen wir
   jetzt zu ihnen.“

   Der Bus hält an jedem Ort alle zwei Wochen für drei Stunden, meist auf dem
   Marktplatz oder vor dem Gemeindehaus. Einen Fahrplan verschickt die Kasse
   in den nächsten Tagen an alle Versicherten im Kreis.

   [10]Impressum [11]Datenschutz

References

   1. https://www.mek.example/#inhalt
"""


def test_a_lynx_menu_row_rejoined_over_two_lines_is_no_headline() -> None:
    article = parse_plaintext(_LYNX_RELEASE)
    assert article.title == (
        "Musterland Ersatzkasse eröffnet Beratungsbus für Dörfer ohne Geschäftsstelle"
    )


def test_a_german_dek_wrapped_before_a_capitalised_noun_is_one_dek() -> None:
    article = parse_plaintext(_LYNX_RELEASE)
    assert article.subtitle == (
        "Ab März fährt der Bus zwölf Gemeinden im Kreis an – Termine lassen sich "
        "Online oder Telefonisch vorab buchen"
    )
    assert _paragraphs(article)[0].startswith("Die Musterland Ersatzkasse schickt")


def test_a_labelled_caption_wrapped_by_the_dump_is_one_figure() -> None:
    article = parse_plaintext(_LYNX_RELEASE)
    assert _figures(article) == [
        (
            "Beraterin Ilka Sommerfeld zeigt Landrat Gerd Anholt den umgebauten Kleinbus "
            "mit zwei Beratungsplätzen und einem rollstuhlgerechten Zugang.",
            "MEK/Tim Oswald",
        )
    ]


def test_a_caption_label_beside_an_image_file_is_no_player_title() -> None:
    page = _LYNX_RELEASE.replace(
        "   Bildunterschrift: Beraterin Ilka Sommerfeld zeigt Landrat Gerd Anholt den\n"
        "   umgebauten Kleinbus mit zwei Beratungsplätzen und einem rollstuhlgerechten\n"
        "   Zugang.\n"
        "   Foto: MEK/Tim Oswald\n",
        "   Bildunterschrift: Die Beraterin zeigt den umgebauten Kleinbus. Foto: MEK/Tim Oswald\n",
    )
    article = parse_plaintext(page)
    assert _figures(article) == [("Die Beraterin zeigt den umgebauten Kleinbus.", "MEK/Tim Oswald")]


# -- an interview's kicker ---------------------------------------------------------------

_INTERVIEW = """Nauka
WYWIAD
Ornitolożka: „Jerzyki wracają do miast, jeśli zostawimy im szczeliny”
Tekst: Paweł Grzyb | 11.06.2026 | Czas czytania: 7 min
Skąd pani wie, ile jerzyków gniazduje na jednym bloku?
Liczymy je wieczorem, kiedy wlatują do szczelin pod dachem. Dwie osoby stoją po dwóch stronach budynku i notują każde wejście. To żmudne, ale nie ma lepszej metody.
Ocieplanie bloków im szkodzi?
Bardzo. Ekipa zamyka stropodach siatką albo styropianem i ptaki, które wracają w maju z Afryki, nie mają dokąd wlecieć. Zdarzało się, że zamurowywano pisklęta.
Co można zrobić?
Wystarczy zostawić otwory albo zawiesić budki. Koszt to kilkadziesiąt złotych na mieszkanie, a jeden jerzyk zjada dziennie tysiące komarów.
"""


def test_a_kicker_naming_an_interview_keeps_its_questions_as_paragraphs() -> None:
    article = parse_plaintext(_INTERVIEW)
    assert _headings(article) == []
    assert "Ocieplanie bloków im szkodzi?" in _paragraphs(article)
    assert len(_paragraphs(article)) == 6


def test_without_the_kicker_three_short_questions_are_not_an_interview() -> None:
    article = parse_plaintext(_INTERVIEW.replace("WYWIAD\n", ""))
    assert _headings(article)  # no interview cue: the reader's usual reading stands


# -- an editorial's collective signature ---------------------------------------------------

_EDITORIAL = """Início › Opinião › Editorial

EDITORIAL

O hospital não pode esperar mais dez anos

15 de janeiro de 2027

Há dez anos que o novo hospital do distrito aparece em todos os programas eleitorais. Há dez anos que o terreno junto à circular continua vazio e com o mesmo cartaz a anunciar a obra.

Entretanto, as urgências do velho edifício atendem o dobro dos doentes para que foram pensadas, e as ambulâncias esperam horas à porta nas noites de inverno.

Não pedimos milagres. Pedimos um calendário, uma verba inscrita no orçamento e alguém que responda por ele.

A Direção

Partilhar: Facebook WhatsApp E-mail
"""


def test_an_editorial_signed_by_its_board_has_the_board_as_byline() -> None:
    article = parse_plaintext(_EDITORIAL)
    assert _authors(article) == [("A Direção", None)]
    assert _paragraphs(article)[-1].startswith("Não pedimos milagres.")


def test_a_newsroom_name_under_a_following_line_signs_nothing() -> None:
    page = _EDITORIAL.replace("A Direção\n", "A Direção\nFicha técnica\n")
    assert _authors(parse_plaintext(page)) == []


# -- compound job titles ----------------------------------------------------------------------


def test_a_compound_job_title_is_a_byline_role() -> None:
    assert is_byline_role("Kieferorthopädin")
    assert is_byline_role("Ernährungsberaterin")
    assert not is_byline_role("Schleiter")  # a name that ends like "leiter"
    assert not is_byline_role("Oldenburg")


# -- a trip disclosure and a numeric dateline ---------------------------------------------

_TRAVEL = """Viajes

Tres días en el valle de las cigüeñas

Por Irene Bustamante Olmo

2 de octubre de 2026

El valle recibe cada primavera a más de cuatrocientas parejas de cigüeñas, que anidan en los campanarios, en los silos y hasta en las torres de alta tensión junto a la carretera.

La ruta más sencilla sale de la plaza mayor y recorre ocho kilómetros entre encinas hasta el antiguo molino, donde la asociación de vecinos ha instalado un observatorio de madera.

Para comer, el mesón de la plaza sirve migas y cordero asado los fines de semana; entre semana conviene llamar antes.

Este viaje se realizó por invitación de la Mancomunidad de Municipios del Valle.
"""


def test_a_trip_disclosure_under_a_travel_story_is_no_paragraph() -> None:
    article = parse_plaintext(_TRAVEL)
    assert _paragraphs(article)[-1].startswith("Para comer, el mesón")
    assert not any("invitación" in p for p in _paragraphs(article))


_RELEASE = """Pressemitteilung

Stadtwerke Lindenau senken den Fernwärmepreis zum Jahreswechsel

Lindenau, 14.11.2026 – Die Stadtwerke Lindenau senken zum 1. Januar den Arbeitspreis für Fernwärme um rund acht Prozent. Ein durchschnittlicher Haushalt spart damit etwa 90 Euro im Jahr.

Grund sind gesunkene Einkaufspreise und das neue Biomasse-Heizwerk im Gewerbegebiet Nord, das seit dem Sommer rund ein Viertel der Wärme liefert.

Die neuen Preise werden den Kunden im Dezember schriftlich mitgeteilt. Ein Antrag ist nicht nötig.
"""


def test_a_release_dateline_with_the_date_in_figures_gives_the_date() -> None:
    article = parse_plaintext(_RELEASE)
    assert article.published is not None and article.published.startswith("2026-11-14")


# -- a contents list read as a listing box; an interviewer's byline; a caption's label -----

_GUIDE = """Startseite > Ratgeber > Wohnen

Heizkosten sparen: Diese drei Fehler machen fast alle

Text: Lena Brückner | 21.10.2026 | Lesezeit: 5 Min.

Inhalt
Fehler 1: Dauerhaft gekippte Fenster
Fehler 2: Möbel vor dem Heizkörper
Fehler 3: Nachts komplett abdrehen

Mit Beginn der Heizsaison steigen in vielen Haushalten die Kosten. Dabei lässt sich mit wenigen Handgriffen ein spürbarer Teil der Energie sparen, ohne dass es ungemütlich wird.

Fehler 1: Dauerhaft gekippte Fenster

Ein gekipptes Fenster lässt über Stunden warme Luft entweichen und kühlt die Wände aus. Besser ist es, mehrmals am Tag für fünf Minuten stoßzulüften.

Fehler 2: Möbel vor dem Heizkörper

Ein Sofa oder ein langer Vorhang vor dem Heizkörper staut die Wärme. Der Raum wird langsamer warm, und das Thermostat regelt falsch.

Fehler 3: Nachts komplett abdrehen

Wer die Heizung nachts ganz abstellt, muss am Morgen umso mehr Energie aufwenden, um die ausgekühlten Räume wieder zu erwärmen.
"""


def test_a_contents_list_under_the_byline_is_no_listing_box() -> None:
    article = parse_plaintext(_GUIDE)
    assert _headings(article) == [
        "Fehler 1: Dauerhaft gekippte Fenster",
        "Fehler 2: Möbel vor dem Heizkörper",
        "Fehler 3: Nachts komplett abdrehen",
    ]
    assert len(_paragraphs(article)) == 4


_ENTREVISTA = """Cultura

ENTREVISTA

Nerea Goikoetxea: “Escribo de noche porque de día el pueblo no calla”

Entrevista: Javier Olmedo

16 de abril de 2026

¿Por qué los contrabandistas?

Porque mi abuelo lo fue, aunque en casa nunca se dijo en voz alta. Encontré unas cartas en un arcón y tardé diez años en atreverme a escribir sobre ellas.

¿Es una novela sobre su familia?

No exactamente. Los nombres son inventados, pero el miedo sí es el de mi abuela, que esperaba despierta cada noche.
"""


def test_an_interviewer_label_gives_the_byline() -> None:
    article = parse_plaintext(_ENTREVISTA)
    assert _authors(article) == [("Javier Olmedo", None)]
    assert _paragraphs(article)[0] == "¿Por qué los contrabandistas?"


_COMUNICATO = """Comunicati stampa

Il consorzio apre tre nuove casse d'espansione lungo il torrente

Valdenza, 3 febbraio 2027 – Il Consorzio di bonifica ha completato i lavori per tre nuove casse d'espansione lungo il torrente Rivo, che potranno trattenere fino a 400.000 metri cubi d'acqua.

L'intervento, costato 6,2 milioni di euro, protegge i quartieri bassi di Valdenza e due zone artigianali allagate più volte.

Didascalia: Una delle tre casse d'espansione appena completate. Foto: Consorzio Valdenza
"""


def test_a_labelled_caption_naming_the_headline_s_subject_is_no_title_copy() -> None:
    article = parse_plaintext(_COMUNICATO)
    assert _figures(article) == [
        ("Una delle tre casse d'espansione appena completate.", "Consorzio Valdenza")
    ]


# -- a place kicker in capitals; a press office after a byline prefix ---------------------

_LOCAL = """Aller au contenu principal
Le Courrier des Vallées
Accueil > Isère > Saint-Aubin-des-Prés

SAINT-AUBIN-DES-PRÉS
L'école de la Grange fermera à la rentrée, les parents ne désarment pas

Par Mathilde Roux
Publié le 21/02/2027 à 18h05

Le conseil municipal de Saint-Aubin-des-Prés a voté jeudi soir la fermeture de l'école de la Grange à la rentrée prochaine. Les quarante-deux élèves iront au bourg.

La décision, prise par quinze voix contre huit, a été accueillie par les protestations d'une cinquantaine de parents venus assister à la séance.

Les parents ont annoncé leur intention de saisir le tribunal administratif.
"""


def test_a_place_kicker_in_capitals_named_by_the_breadcrumb_is_no_headline() -> None:
    article = parse_plaintext(_LOCAL)
    assert article.title == (
        "L'école de la Grange fermera à la rentrée, les parents ne désarment pas"
    )


_PRESS_OFFICE = """Noticias

El hospital comarcal estrena un nuevo servicio de hemodiálisis

Por Gabinete de Prensa del Área Sanitaria Norte

9 de junio de 2026

El Hospital Comarcal del Valle ha puesto en marcha esta semana una unidad de hemodiálisis con doce puestos, que evitará a unos sesenta pacientes desplazarse a la capital.

La unidad cuenta con un equipo de dos nefrólogos, ocho enfermeras y cuatro técnicos, y funcionará de lunes a sábado.
"""


def test_a_press_office_after_an_unlabelled_prefix_is_the_byline() -> None:
    article = parse_plaintext(_PRESS_OFFICE)
    assert _authors(article) == [("Gabinete de Prensa del Área Sanitaria Norte", None)]
    assert article.subtitle is None


# -- a caption's credit label at the end of a wrapped line --------------------------------

_W3M_CAPTION = """Saltar para o conteúdo
Jornal do Alto Minho
Início  Concelhos  Economia  Desporto

Mercado municipal vai ser requalificado e reabre em 2028

Texto: Ana Carvalhais | 4 de fevereiro de 2027

[image]
Legenda: O mercado municipal, construído em 1936, tem hoje quarenta e dois
vendedores permanentes e abre de segunda a sábado durante a manhã. Fotografia:
Ana Carvalhais

A câmara municipal aprovou esta quinta-feira a requalificação do mercado
municipal, que vai custar 2,4 milhões de euros e deverá estar concluída no verão
de 2028.

Durante as obras, os vendedores serão instalados numa tenda provisória no largo
da feira, a cem metros do edifício atual. A autarquia garante que nenhum lugar
será perdido.

O projeto prevê a recuperação da cobertura em ferro, a instalação de painéis
solares e a criação de uma zona de restauração no piso superior.

Partilhar: Facebook  WhatsApp  E-mail
"""


def test_a_credit_label_ending_a_wrapped_caption_line_takes_the_name_below() -> None:
    article = parse_plaintext(_W3M_CAPTION)
    assert _figures(article) == [
        (
            "O mercado municipal, construído em 1936, tem hoje quarenta e dois vendedores "
            "permanentes e abre de segunda a sábado durante a manhã.",
            "Ana Carvalhais",
        )
    ]
    assert _headings(article) == []


# -- a numbered contents list naming numbered subheads -------------------------------------

_SOMMAIRE = """Accueil > Conseils > Jardin

Potager d'hiver : que planter en novembre ?

Par Hélène Garnier
Publié le 3 novembre 2026

Sommaire
1. Les légumes à semer
2. Les légumes à planter
3. Protéger le potager du froid

Même en novembre, le potager n'est pas en sommeil. Quelques légumes rustiques supportent très bien le froid et offriront des récoltes dès la fin de l'hiver.

1. Les légumes à semer

Les fèves et les pois d'hiver se sèment en pleine terre jusqu'à la fin du mois, dans un sol bien drainé.

2. Les légumes à planter

L'ail, l'échalote et l'oignon blanc se plantent en novembre, pointe vers le haut, à deux centimètres de profondeur.

3. Protéger le potager du froid

Un paillage épais de feuilles mortes ou de paille protège le sol du gel et nourrit la terre pendant tout l'hiver.
"""


def test_a_numbered_contents_list_names_its_numbered_subheads() -> None:
    article = parse_plaintext(_SOMMAIRE)
    assert _headings(article) == [
        "1. Les légumes à semer",
        "2. Les légumes à planter",
        "3. Protéger le potager du froid",
    ]
    assert len(_paragraphs(article)) == 4
