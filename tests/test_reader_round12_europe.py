"""Round 12 (European outlet shapes read first-seen): a paragraph the paywall cut over the
paywall's notice, a bio set off by a dash, an inline link that cut a text-node paragraph
in three, a list article's numbered subhead under an inline teaser block, a credit printed
over its caption with a ticker's clock under them, a lone "© Name" over the first
paragraph, a standfirst over a lynx image placeholder, and the cue words for related-post
blocks and subscription pitches. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _body(article) -> str:
    return "\n".join(_paragraphs(article))


# -- a paragraph the paywall cut, over the paywall's notice ------------------------------

_PAYWALL_IT = (
    "Home / Casa / Lavatrici\n\n"
    "Lavatrici compatte: quattro modelli su dieci lavano male a 30 gradi\n\n"
    "di Marta Ceriani\n"
    "12 maggio 2026\n\n"
    "Abbiamo provato dieci lavatrici compatte da sei chili, acquistate nei negozi di "
    "elettrodomestici e online, con programmi brevi e temperature basse come chiedono le "
    "bollette di oggi.\n\n"
    "Le macchie di olio e di erba sono rimaste visibili su quattro modelli dopo il programma "
    "rapido a 30 gradi, mentre a 40 gradi solo uno non ha superato la prova.\n\n"
    "LEGGI ANCHE: Asciugatrici a pompa di calore, quanto si risparmia davvero\n\n"
    "Sul fronte del rumore, durante la centrifuga tre apparecchi hanno superato i 78 "
    "decibel, un valore che in un appartamento piccolo si sente anche nella stanza "
    "accanto e che\n\n"
    "Il resto di questo articolo è riservato ai soci\n"
    "Per leggere la classifica completa diventa socio: tre mesi a 1 euro.\n"
    "Diventa socio    Sei già socio? Accedi\n\n"
    "Chi siamo   Contatti   Privacy   Cookie\n"
    "© 2026 Associazione Consumatori Attenti\n"
)


def test_paragraph_cut_by_the_paywall_stays_over_the_notice() -> None:
    article = parse_plaintext(_PAYWALL_IT)
    body = _body(article)
    assert "Sul fronte del rumore" in body  # the cut paragraph is the article's
    assert "riservato ai soci" not in body
    assert "diventa socio" not in body.casefold()
    assert "Asciugatrici" not in body  # the inline teaser between them stays out


_PAYWALL_FR = (
    "Accueil > Conso > Essais\n\n"
    "Aspirateurs balais : trois modèles perdent la moitié de leur autonomie en un an\n\n"
    "Par Hélène Brunet\n"
    "Publié le 03/02/2026\n\n"
    "Nous avons mesuré l'autonomie de douze aspirateurs balais neufs, puis après un an "
    "d'utilisation simulée en laboratoire, avec des cycles de charge complets.\n\n"
    "Les écarts sont nets : certains modèles gardent l'essentiel de leur batterie, "
    "d'autres tiennent à peine dix minutes au bout de douze mois.\n\n"
    "À lire aussi : Robots aspirateurs, ceux qui évitent vraiment les câbles\n\n"
    "Pour les trois modèles les moins endurants, le fabricant ne vend pas de batterie de "
    "rechange, ce qui oblige à racheter tout l'appareil dès que\n\n"
    "La suite de cet article est réservée aux abonnés\n"
    "Déjà abonné ? Se connecter\n\n"
    "Mentions légales   Cookies\n"
)


def test_paywall_cut_in_french_too() -> None:
    body = _body(parse_plaintext(_PAYWALL_FR))
    assert "Pour les trois modèles les moins endurants" in body
    assert "réservée aux abonnés" not in body


# -- a bio set off by a dash or a comma --------------------------------------------------

_BIO_PL = (
    "Kultura\n\n"
    "Teatr w remizie gra dla pełnej sali od dziesięciu lat\n\n"
    "Marta Olszewska\n"
    "14.04.2026\n\n"
    "W sobotę w remizie w Brzózkach znów brakowało krzeseł. Amatorski teatr, który "
    "założyli tu strażacy i ich żony, zagrał swoją czterdziestą premierę.\n\n"
    "Próby odbywają się w garażu obok wozu bojowego, a dekoracje zbierają po całej wsi. "
    "Na premierę przyjechali widzowie z trzech sąsiednich gmin.\n\n"
    "Udostępnij\n\n"
    "Marta Olszewska – reporterka, pisze o kulturze w małych miejscowościach. Mieszka "
    "w Płocku.\n\n"
    "Polityka prywatności\n"
)


def test_bio_after_a_dash_is_the_authors() -> None:
    article = parse_plaintext(_BIO_PL)
    assert [a.name for a in article.authors] == ["Marta Olszewska"]
    assert article.authors[0].bio is not None
    assert article.authors[0].bio.startswith("Marta Olszewska – reporterka")
    assert "reporterka" not in _body(article)


def test_a_sentence_opening_with_the_name_and_a_capital_is_no_bio() -> None:
    text = _BIO_PL.replace(
        "Marta Olszewska – reporterka, pisze o kulturze w małych miejscowościach. Mieszka "
        "w Płocku.",
        "Marta Olszewska – Teatr w Brzózkach, kwiecień 2026.",
    )
    article = parse_plaintext(text)
    assert all(a.bio is None for a in article.authors)


# -- one inline link cut a text-node paragraph in three ---------------------------------

_NODES_PL = (
    "\n\nPortal Gminy Lipno\n\n\n    Menu\n\nStart\nAktualności\nKontakt\n\n\n"
    "                Aktualności\n\n\n"
    "                    Nowy chodnik przy szkole gotowy przed terminem\n\n\n"
    "                    02.09.2026\n\n\n"
    "Wykonawca oddał chodnik przy ulicy Szkolnej dwa tygodnie przed terminem. Zgodnie z \n"
    "harmonogramem prac\n"
    " inwestycja miała się zakończyć dopiero w połowie września, tuż po rozpoczęciu roku "
    "szkolnego.\n\n"
    "Nowy chodnik ma 420 metrów długości i prowadzi od przystanku autobusowego do bramy "
    "szkoły. Wzdłuż niego stanęło osiem nowych latarni.\n\n\n"
    "Polityka prywatności\n"
)


def test_a_lone_link_node_is_joined_back_into_its_paragraph() -> None:
    paras = _paragraphs(parse_plaintext(_NODES_PL))
    assert any(
        "Zgodnie z harmonogramem prac inwestycja miała się zakończyć" in p for p in paras
    )
    assert "harmonogramem prac" not in paras  # not a paragraph of its own


def test_a_short_line_under_a_sentence_end_is_not_joined() -> None:
    text = _NODES_PL.replace("Zgodnie z \n", "Zgodnie z planem.\n")
    paras = _paragraphs(parse_plaintext(text))
    assert not any("planem. harmonogramem" in p for p in paras)


# -- a list article's numbered subhead under an inline teaser block ---------------------

_GUIDE_PT = (
    "Onde comer pastel em Santos: 4 endereços perto da praia\n"
    "Seleção vai da feira ao boteco, com preços de R$ 9 a R$ 22\n"
    "Por Helena Vasconcelos\n"
    "02/03/2026 06h00\n"
    "Pastel de feira é quase um patrimônio da cidade. Visitamos quinze barracas e bares "
    "em fevereiro e escolhemos quatro, em bairros diferentes e com preços variados.\n"
    "1. Pastel da Dona Cida\n"
    "Na feira do Gonzaga, a barraca frita os pastéis na hora e serve o caldo de cana "
    "gelado. O de carne com azeitona é o mais pedido pelos frequentadores antigos.\n"
    "2. Bar do Porto Velho\n"
    "Balcão antigo perto do cais, com pastel de camarão e cerveja gelada. Fica cheio no "
    "fim da tarde, quando os estivadores saem do turno.\n"
    "LEIA TAMBÉM\n"
    "Os melhores quiosques da orla, segundo os leitores\n"
    "Onde tomar café da manhã no centro histórico\n"
    "3. Pastelaria Maré Alta\n"
    "A casa tem mais de trinta sabores, inclusive doces, e mesas na calçada. O pastel de "
    "banana com canela fecha bem a refeição.\n"
    "4. Barraca do Seu Tomé\n"
    "Na feira da Ponta da Praia, aos domingos, com o pastel mais barato da lista e fila "
    "que anda rápido.\n"
    "Veja também\n"
    "Feira de artesanato ganha novo endereço\n"
)


def test_numbered_subhead_after_inline_teasers_is_the_articles() -> None:
    article = parse_plaintext(_GUIDE_PT)
    assert "3. Pastelaria Maré Alta" in _headings(article)
    assert "Os melhores quiosques da orla, segundo os leitores" not in _body(article)


def test_a_teaser_block_numbered_from_one_stays_out() -> None:
    text = _GUIDE_PT.replace(
        "Os melhores quiosques da orla, segundo os leitores\n",
        "1. Os melhores quiosques da orla\n",
    )
    article = parse_plaintext(text)
    assert "1. Os melhores quiosques da orla" not in _headings(article)


# -- a credit over its caption, a ticker's clock under them -----------------------------

_TICKER_DE = (
    "LIVE-TICKER\n"
    "Hochwasser an der Drau: Pegel steigt, Radweg gesperrt\n"
    "Der Dauerregen lässt die Drau anschwellen. Alle Entwicklungen im Ticker.\n"
    "Lukas Oberwinkler\n"
    "03.07.2026 um 09:10, aktualisiert 03.07.2026 um 13:40\n\n"
    "Foto: Kärntner Tagblatt/Eva Jernej\n"
    "Die Drau bei Spittal am Donnerstagvormittag, kurz vor der Sperre des Radwegs.\n\n"
    "13:40 Uhr\n"
    "Radweg bis Sonntag gesperrt\n"
    "Der Drauradweg bleibt zwischen Spittal und Sachsenburg bis mindestens Sonntag "
    "gesperrt, teilte die Bezirkshauptmannschaft mit. Eine Umleitung ist beschildert.\n\n"
    "11:05 Uhr\n"
    "Der Pegel in Sachsenburg liegt inzwischen 1,4 Meter über dem Mittelwert. Die "
    "Feuerwehr hat Sandsäcke an die Anrainer verteilt.\n\n"
    "09:10 Uhr\n"
    "Seit Mittwochabend regnet es in Oberkärnten ohne Unterbrechung, die Drau steigt "
    "seither stetig an.\n"
)


def test_credit_over_caption_when_a_clock_line_follows() -> None:
    article = parse_plaintext(_TICKER_DE)
    assert _figures(article) == [
        (
            "Die Drau bei Spittal am Donnerstagvormittag, kurz vor der Sperre des Radwegs.",
            "Kärntner Tagblatt/Eva Jernej",
        )
    ]
    assert _paragraphs(article)[0].startswith("Der Drauradweg bleibt")


# -- a lone "© Name" between the header and the first paragraph -------------------------

_COLUMN_NL = (
    "OPINIE\n"
    "Laat de bibliotheek op zondag open, het kost bijna niets\n"
    "za 07 maart 2026 om 08:00\n"
    "Femke Dijkhuis\n\n"
    "© Ruud Kamphuis\n\n"
    "Elke zondag sta ik met mijn kinderen voor een gesloten deur. De bibliotheek in onze "
    "wijk is de enige warme plek waar je zonder iets te kopen kunt zitten, en juist op de "
    "dag dat iedereen vrij is, gaat ze dicht.\n\n"
    "De gemeente zegt dat personeel te duur is. Maar in Zwolle draait een proef met "
    "vrijwilligers en een paar vaste krachten, en die kost minder dan een nieuwe rotonde.\n"
)


def test_lone_copyright_over_the_first_paragraph_is_a_photo_credit() -> None:
    article = parse_plaintext(_COLUMN_NL)
    assert ("", "Ruud Kamphuis") in [(c or "", r) for c, r in _figures(article)]
    assert article.rights is None or "Kamphuis" not in article.rights


def test_a_dated_copyright_footer_stays_the_pages_rights() -> None:
    text = _COLUMN_NL.replace("© Ruud Kamphuis", "© 2026 Dagblad Oost")
    article = parse_plaintext(text)
    assert not _figures(article)


# -- a standfirst over a lynx image placeholder and its caption --------------------------

_RELEASE_LYNX = (
    "   [1]Direkt zum Inhalt\n\n"
    "   Medienmitteilung des Verwaltungsgerichts\n\n"
    "Verwaltungsgericht bestätigt Fahrverbot für Lastwagen in der Altstadt\n\n"
    "   Brennau, 4. Mai 2026\n\n"
    "   Die Stadt darf Lastwagen über 7,5 Tonnen aus der Altstadt verbannen; das\n"
    "   Interesse der Anwohner an Ruhe überwiegt jenes der Lieferfirmen.\n\n"
    "   [2][Bild: Altstadtgasse]\n"
    "   Die Marktgasse in der Altstadt von Brennau. (Bild: Stadt Brennau)\n\n"
    "   Das Verwaltungsgericht hat die Beschwerde von drei Transportunternehmen gegen\n"
    "   das Fahrverbot abgewiesen. Die Stadt hatte das Verbot im vergangenen Herbst\n"
    "   erlassen, nachdem Anwohner über Lärm und Erschütterungen geklagt hatten.\n\n"
    "   Die Unternehmen können das Urteil innert 30 Tagen beim Bundesgericht\n"
    "   anfechten.\n\n"
    "   [3]Impressum [4]Datenschutz\n"
)


def test_standfirst_over_an_image_placeholder_is_the_dek() -> None:
    article = parse_plaintext(_RELEASE_LYNX)
    assert article.subtitle is not None
    assert article.subtitle.startswith("Die Stadt darf Lastwagen")
    assert _paragraphs(article)[0].startswith("Das Verwaltungsgericht hat")


# -- cue words: related-post blocks and subscription pitches, by data --------------------

_BLOG_ES = (
    "Inicio » Novedades\n\n"
    "Jornada de puertas abiertas en el cuartel de bomberos\n\n"
    "Publicado el 10/03/2026\n\n"
    "El sábado el cuartel central abrió sus puertas a los vecinos. Más de trescientas "
    "personas recorrieron las unidades y probaron el equipo de protección.\n\n"
    "Los cadetes mostraron un ejercicio de rescate en altura y los más chicos pudieron "
    "subir a la autobomba más antigua del cuartel.\n\n"
    "Entradas relacionadas\n\n"
    "  • Curso de primeros auxilios para la comunidad\n"
    "  • Nueva autobomba para el destacamento sur\n\n"
    "Tu aporte sostiene el cuartel. Asociate por $ 2.000 por mes.\n\n"
    "© 2026 Asociación Bomberos Voluntarios\n"
)


def test_related_posts_header_and_membership_pitch_are_chrome() -> None:
    body = _body(parse_plaintext(_BLOG_ES))
    assert "Curso de primeros auxilios" not in body
    assert "Asociate" not in body
    assert "Entradas relacionadas" not in _headings(parse_plaintext(_BLOG_ES))
    assert body.endswith("autobomba más antigua del cuartel.")


def test_subscription_pitch_in_polish_is_chrome() -> None:
    text = _BIO_PL.replace(
        "Polityka prywatności\n",
        "Tygodnik Mazowiecki wspierają czytelnicy. Zostań prenumeratorem od 15 zł "
        "miesięcznie.\n\nPolityka prywatności\n",
    )
    assert "prenumeratorem" not in _body(parse_plaintext(text))
