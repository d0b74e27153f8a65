"""Round 13b (mixed): what six unseen outlets in six languages showed — a byline's role
that is a press office, public relations or a critic's trade ("Öffentlichkeitsarbeit",
"пресс-служба …", "музикознавець"), a post's previous/next links joined by a bar under the
story, and a caption whose agency code a dump glued after its full stop, taken for the
headline. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues

_DE_PROSE = (
    "Die Musikschule Lindenau hat am Samstag ihren neuen Konzertsaal im alten Lokschuppen "
    "eröffnet. Rund zweihundert Gäste hörten das Jugendorchester und zwei Bläserensembles.\n\n"
    "Der Umbau hat knapp zwei Jahre gedauert und 1,4 Millionen Euro gekostet, den größten "
    "Teil trägt das Land. Der Saal bietet Platz für 180 Zuhörerinnen und Zuhörer.\n\n"
    "Schulleiter Bernd Aschauer kündigte an, den Saal auch Chören und Vereinen aus der "
    "Umgebung zur Verfügung zu stellen. Die ersten Termine sind bereits vergeben.\n"
)

_ES_PROSE = (
    "Dos senderistas fueron rescatados el domingo tras perderse en la niebla cerca del "
    "collado de Peñarroya, a unos 1.800 metros de altitud. Ninguno resultó herido.\n\n"
    "Según los servicios de emergencia, los excursionistas llamaron al 112 a media tarde y "
    "pudieron enviar su ubicación desde el teléfono móvil antes de quedarse sin batería.\n\n"
    "Un equipo de montaña los localizó dos horas después y los acompañó a pie hasta el "
    "aparcamiento del refugio, donde los esperaba una ambulancia por precaución.\n"
)


def test_a_role_naming_public_relations_after_the_name_is_the_role() -> None:
    text = (
        "Neuer Konzertsaal im Lokschuppen eröffnet\n\n"
        "von Klara Mittermeier, Öffentlichkeitsarbeit\n\n"
        "12.05.2027\n\n" + _DE_PROSE
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Klara Mittermeier", "Öffentlichkeitsarbeit")
    ]


def test_a_press_office_or_a_critics_trade_after_the_name_is_the_role() -> None:
    ru = (
        "Планетарий откроет новый зал для детей\n\n"
        "12.05.2027 | Автор: Вера Сомова, пресс-служба планетария\n\n"
        "Новый зал для детей откроется в планетарии в начале июня. В нем будут проходить "
        "занятия для школьников младших классов и семейные программы по выходным.\n\n"
        "Оборудование для зала купили на средства областного гранта. Первые занятия будут "
        "бесплатными, запись откроется на сайте планетария в конце мая.\n\n"
        "Сотрудники планетария подготовили шесть программ о Луне, планетах и звездах, "
        "рассчитанных на детей от пяти до десяти лет.\n"
    )
    article = parse_plaintext(ru)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Вера Сомова", "пресс-служба планетария")
    ]
    uk = (
        "Вечір, коли оркестр слухав тишу\n\n"
        "Остап Величко, музикознавець\n\n"
        "14.03.2027\n\n"
        "Камерний оркестр міста у суботу зіграв програму з музики двадцятого століття, і "
        "зала була заповнена майже повністю, попри холодний вечір.\n\n"
        "Найсильнішим моментом вечора стала повільна частина концерту для скрипки, яку "
        "солістка провела дуже тихо і зосереджено, без жодного зайвого жесту.\n\n"
        "Наступний концерт оркестру відбудеться у квітні, квитки вже можна купити в касі.\n"
    )
    article = parse_plaintext(uk)
    assert [(a.name, a.role) for a in article.authors] == [("Остап Величко", "музикознавець")]


def test_previous_and_next_links_joined_by_a_bar_are_navigation() -> None:
    cues = chrome_cues("de")
    assert cues.kind("« Vorheriger Beitrag | Nächster Beitrag »") == "navigation"
    assert not cues.navigation_bar("Vorher und nachher | Bilder der Baustelle")
    text = (
        "Neuer Konzertsaal im Lokschuppen eröffnet\n\n"
        "12.05.2027\n\n" + _DE_PROSE + "\n« Vorheriger Beitrag | Nächster Beitrag »\n"
    )
    article = parse_plaintext(text)
    assert not any("Beitrag" in p for p in _paragraphs(article))
    assert _paragraphs(article)[-1].startswith("Schulleiter Bernd Aschauer")


def test_a_caption_ending_in_an_agency_code_is_not_the_headline() -> None:
    text = (
        "Ir al contenido principal\n"
        "CIMA · montaña y aventura\n"
        "   Noticias  |  Entrevistas  |  Guías  |  Tienda\n"
        "Iniciar sesión   Registrarse\n\n"
        "Portada / Noticias / Seguridad\n\n"
        "Rescatados dos senderistas perdidos en la niebla en Peñarroya\n\n"
        "  Redacción\n"
        "  14/06/2027 - 10:42 h · Actualizado: 14/06/2027 - 12:10 h\n\n"
        "  Los senderistas, durante el descenso hacia el refugio. EFE\n\n" + _ES_PROSE
    )
    article = parse_plaintext(text)
    assert article.title == "Rescatados dos senderistas perdidos en la niebla en Peñarroya"


def test_a_spanish_question_subhead_opening_with_its_mark_is_a_heading() -> None:
    text = (
        "Cierra un verano el refugio de Collado Verde\n\n"
        "12/03/2027\n\n"
        "El refugio de Collado Verde cerrará entre junio y septiembre para ampliar sus literas "
        "y renovar la depuradora, según ha anunciado la federación regional de montaña.\n\n"
        "¿Dónde dormir durante las obras?\n\n"
        "Durante el cierre funcionará un módulo de emergencia con diez literas, sin guarda y sin "
        "servicio de comidas, y la federación recomienda reservar en los refugios vecinos.\n\n"
        "Las obras costarán algo más de un millón de euros y estarán terminadas antes del "
        "invierno, cuando vuelve la temporada de esquí de travesía.\n"
    )
    article = parse_plaintext(text)
    assert _headings(article) == ["¿Dónde dormir durante las obras?"]


def test_a_paragraph_cut_over_a_share_left_counter_stays_the_articles() -> None:
    text = (
        "Kuźnia nad Bystrą. Jak rodzina Malców kuła podkowy przez sto lat\n"
        "Anna Grabowiecka\n"
        "03.04.2027, 06:00\n"
        "Pierwsza wzmianka o kuźni nad Bystrą pochodzi z 1871 roku, kiedy Józef Malec wydzierżawił "
        "od gminy kawałek gruntu przy trakcie i postawił tam drewniany warsztat "
        "z jednym paleniskiem.\n"
        "Interes szedł dobrze, bo przy trakcie zatrzymywały się furmanki jadące na targ do miasta, "
        "a kowal podkuwał konie i naprawiał koła przez cały rok, także zimą.\n"
        "Czytaj także: Młyny, tartaki i olejarnie. Dawne zakłady nad rzekami regionu\n"
        "W czasie pierwszej wojny kuźnia pracowała dla wojska, a syn założyciela, Antoni, musiał "
        "podkuwać konie kawalerii przez sześć dni w tygodniu, często do późnej nocy, za marne\n"
        "Pozostało 72% artykułu\n"
        "Subskrybuj, by czytać dalej\n"
        "Masz już subskrypcję? Zaloguj się\n"
    )
    article = parse_plaintext(text)
    assert _paragraphs(article)[-1].startswith("W czasie pierwszej wojny kuźnia")


def test_a_bare_desk_word_over_the_date_row_signs_as_the_newsroom() -> None:
    text = (
        "Rescatados dos senderistas perdidos en la niebla en Peñarroya\n\n"
        "Redacción\n"
        "14/06/2027 - 10:42 h\n\n" + _ES_PROSE
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Redacción"]
    label = "Rescatados dos senderistas\n\nRedacción:\nLucía Berrocal\n14/06/2027\n\n" + _ES_PROSE
    assert [a.name for a in parse_plaintext(label).authors] == ["Lucía Berrocal"]
