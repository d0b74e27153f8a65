"""Round 24 (tailkeep): the article's last lines. A labelled photo credit on its own line
right under the last paragraph ("Foto: …", "Фото: …") is the article's picture, a figure
without a caption; a closing sentence opening with a related-links label that is also the
language's invitation to ask for more ("Más información en el teléfono …") is body. Every
sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.model import Figure, Paragraph
from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _figures(text: str) -> list[tuple[str | None, str | None]]:
    article = parse_plaintext(text)
    return [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in parse_plaintext(text).blocks if isinstance(b, Paragraph)]


_DE = (
    "Kultur",
    "Stadtbibliothek Lindenau verlängert ihre Öffnungszeiten",
    "Ab Juni ist das Haus auch am Samstagnachmittag geöffnet.",
    "Von Jana Heitmann\n12.05.2027",
    "Die Stadtbibliothek Lindenau öffnet ab dem 1. Juni auch samstags bis 17 Uhr. Das hat "
    "der Kulturausschuss am Dienstag einstimmig beschlossen.",
    "Bisher schloss die Bibliothek am Samstag bereits um 13 Uhr. Vor allem Familien hatten "
    "sich längere Zeiten gewünscht, sagte Leiterin Karin Vossberg.",
    "Für die zusätzlichen Stunden stellt die Stadt eine halbe Stelle zur Verfügung. Die "
    "Kosten liegen bei rund 25.000 Euro im Jahr.",
    "Der Ausschuss will die neuen Zeiten nach einem Jahr prüfen. Wer den neuen Samstag "
    "ausprobieren möchte, findet alle Öffnungszeiten auf der Internetseite der Stadt. "
    "Informationen gibt es auch unter Telefon 03421 55 80.",
)
_DE_FOOT = (
    "Artikel teilen",
    "Newsletter abonnieren\nDie wichtigsten Nachrichten aus der Region jeden Morgen.",
    "© 2027 Lindenauer Anzeiger",
)


def test_credit_line_under_the_last_paragraph_is_a_figure() -> None:
    text = _blocks(*_DE, "Foto: Stadt Lindenau/Peter Krohn", *_DE_FOOT)
    assert _figures(text) == [(None, "Stadt Lindenau/Peter Krohn")]
    assert _paragraphs(text)[-1].startswith("Der Ausschuss will")


_RU = (
    "Культура",
    "В Каменске открылась выставка старинных часов",
    "Экспозиция продлится до конца лета.",
    "Автор: Ольга Рябинина\n12.05.2027",
    "В краеведческом музее Каменска открылась выставка старинных часов из частной "
    "коллекции. Посетители увидят более двухсот экспонатов, самые старые из которых "
    "сделаны в восемнадцатом веке.",
    "Коллекцию почти сорок лет собирал местный инженер Виктор Губанов. «Каждые часы я сам "
    "ремонтировал, и почти все они до сих пор идут», — рассказал он на открытии.",
    "Билет стоит 200 рублей, для школьников вход бесплатный.",
    "Выставка продлится до 31 августа. Подробности — на сайте музея и по телефону 2-44-18. "
    "Звонить можно по будням с девяти утра до пяти вечера.",
)


def test_russian_credit_line_under_the_last_paragraph_is_a_figure() -> None:
    text = _blocks(
        *_RU,
        "Фото: пресс-служба музея",
        "Поделиться",
        "Подпишитесь на нашу рассылку\nГлавные новости города каждое утро.",
        "© 2027 Каменский вестник",
    )
    assert _figures(text) == [(None, "пресс-служба музея")]


def test_short_line_over_a_credit_stays_its_caption() -> None:
    # a line of a caption's size over the credit: body.py pairs them as before
    text = _blocks(
        *_RU[:-1],
        "Подробности — на сайте музея.",
        "Фото: пресс-служба музея",
        "Поделиться",
    )
    assert ("Подробности — на сайте музея.", "пресс-служба музея") in _figures(text)


def test_credit_line_with_more_story_under_it_is_not_taken_by_this_rule() -> None:
    # not where the article ends before chrome: a paragraph follows (no cue)
    text = _blocks(*_DE, "Foto: Stadt Lindenau/Peter Krohn")
    assert "Foto: Stadt Lindenau/Peter Krohn" not in _paragraphs(text)


_ES = (
    "Cultura",
    "El museo de Villalta reabre su sala de fósiles tras dos años de obras",
    "La colección reúne más de trescientas piezas halladas en la sierra durante el último siglo.",
    "Por Lucía Berrocal",
    "12 de mayo de 2027",
    "El museo municipal de Villalta reabrió este sábado su sala de fósiles después de dos "
    "años de obras. La reforma ha costado 400.000 euros y ha permitido triplicar el espacio.",
    "La pieza estrella es un caparazón de tortuga gigante encontrado en 1964 por un pastor "
    "de la zona. Hasta ahora se guardaba en un almacén porque no cabía en las vitrinas.",
    '"Por fin podemos enseñar lo que teníamos escondido", dijo la directora del museo, '
    "Amparo Vidal, durante la inauguración.",
    "La entrada cuesta 3 euros y es gratuita los domingos por la mañana.",
)
_ES_FOOT = ("Compartir en Facebook", "Suscríbete a nuestro boletín", "© 2027 Diario de la Sierra")


def test_more_information_sentence_closing_the_story_is_body() -> None:
    last = "Más información en el teléfono 953 41 22 10 o en la web del museo."
    text = _blocks(*_ES, last, *_ES_FOOT)
    assert _paragraphs(text)[-1] == last


def test_more_information_label_stays_related() -> None:
    text = _blocks(
        *_ES,
        "Más información",
        "Los fósiles de la sierra, en una nueva guía para escolares",
        "La Diputación amplía las ayudas a los museos locales",
        *_ES_FOOT,
    )
    assert _paragraphs(text)[-1].startswith("La entrada cuesta 3 euros")


_IT_HEAD = (
    "Tornano i cori di montagna: dieci serate in sei paesi della valle",
    "di Giulia Marcolin",
    "3 marzo 2027",
)
_IT_BODY = (
    "Trenta cori, dieci serate, sei paesi. La rassegna nata quindici anni fa in una stalla "
    "di Castelrame quest'anno si allarga fino a Fontanedo.",
    "L'apertura spetta al coro femminile di Prà Lungo, che festeggia i vent'anni di "
    "attività con un programma di canti di lavoro raccolti nelle malghe.",
    "Il biglietto per ogni serata costa 8 euro e si acquista la sera stessa all'ingresso, "
    "mentre per i ragazzi sotto i 14 anni l'entrata è gratuita.",
)


def test_titled_facts_box_under_the_date_is_chrome() -> None:
    rows = (
        "La rassegna in breve\n"
        "Quando: dal 6 al 28 marzo, ore 20.45\n"
        "Dove: pievi e teatri di Valdorsa, Castelrame e Fontanedo\n"
        "Biglietti: 8 euro, gratuito sotto i 14 anni"
    )
    text = _blocks(*_IT_HEAD, rows, *_IT_BODY)
    paragraphs = _paragraphs(text)
    assert paragraphs[0].startswith("Trenta cori")
    assert not any(p.startswith(("La rassegna", "Dove:", "Biglietti:")) for p in paragraphs)


def test_facts_box_under_the_last_paragraph_is_left_alone() -> None:
    box = (
        "Informazioni utili\n"
        "Quando: dal 6 al 28 marzo, ore 20.45\n"
        "Dove: pievi e teatri di Valdorsa, Castelrame e Fontanedo\n"
        "Biglietti: 8 euro, gratuito sotto i 14 anni"
    )
    text = _blocks(*_IT_HEAD, *_IT_BODY, box)
    base = _blocks(*_IT_HEAD, *_IT_BODY)
    assert _paragraphs(text)[: len(_IT_BODY)] == _paragraphs(base)


def test_contact_rows_under_a_press_office_sign_off_are_chrome() -> None:
    office = "Ufficio stampa Pro Loco Valdorsa\nTel.: 0437 552 020\nE-mail: stampa@valdorsa.example"
    text = _blocks(*_IT_HEAD, *_IT_BODY, office)
    paragraphs = _paragraphs(text)
    assert paragraphs[-1].startswith("Il biglietto per ogni serata")
    assert not any("0437 552 020" in p or "@" in p for p in paragraphs)
