"""Round 25 merge mends: rules that two helpers' branches needed together."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

TWO_WRITERS_BIO = """Small reservoirs ran dry a month early this spring

By Dr Lena Marsh, Senior Lecturer | with Omar Diallo, Research Fellow

March 3, 2027

Farm ponds across the upland districts dried out four weeks earlier than usual this year, \
a survey of 120 reservoirs found.

The survey counted ponds that held less than a tenth of their capacity by the end of April, \
when in most years they are still full from the winter rain.

Farmers said they had moved cattle to lower fields and bought water from the town supply.

The team will repeat the count in the autumn to see how quickly the ponds refill.

About the authors: Lena Marsh teaches hydrology at Northfield University and leads the \
reservoir survey.
"""


def test_labelled_bio_goes_to_the_named_one_of_two_writers() -> None:
    article = parse_plaintext(TWO_WRITERS_BIO)
    names = [a.name for a in article.authors]
    assert len(names) == 2 and names[0].endswith("Lena Marsh"), names
    assert article.authors[0].bio is not None
    assert article.authors[0].bio.startswith("Lena Marsh teaches hydrology")
    body = " ".join(getattr(b, "text", "") for b in article.blocks)
    assert "About the authors" not in body


DATED_HEADLINE = """Boletín diario del volcán Cerro Azul – 14 de marzo de 2027

Publicado: 14 de marzo de 2027

El volcán registró durante la noche dos explosiones moderadas y una columna de ceniza de \
unos 800 metros sobre el cráter, según el reporte del observatorio.

Los sensores sísmicos contaron 45 eventos de baja magnitud, una cifra similar a la de los \
días anteriores, y no se observaron flujos de lava.

El semáforo de alerta se mantiene en amarillo y el acceso al cráter sigue cerrado.
"""


def test_a_headline_carrying_its_date_is_no_section_date_row() -> None:
    # dateforms' section/date row needs short label cells; a headline of several words
    # with its date after a dash stays the headline
    article = parse_plaintext(DATED_HEADLINE)
    assert article.title == "Boletín diario del volcán Cerro Azul – 14 de marzo de 2027"


TAB_TABLE = """El refugio cerró el año con más adopciones que nunca

Publicado: 3 de enero de 2027

El refugio municipal de Valdeoro entregó en adopción 90 animales \
durante 2026, la cifra más alta desde su apertura, según el balance presentado este viernes.

La directora, Nuria Bellido, atribuyó el aumento a las \
jornadas de puertas abiertas que se celebraron cada mes en la plaza mayor.

Adopciones en 2026

Resumen por especie

Especie\tAdoptados\tAcogidos
Perros\t45\t12
Gatos\t38\t9
Conejos\t7\t2

El refugio prevé ampliar este año las instalaciones para gatos con una nueva sala de cuarentena.

Los voluntarios pueden inscribirse en la oficina del refugio de lunes a viernes por la mañana.
"""


def test_a_tab_tables_header_row_under_its_head_stays_a_row() -> None:
    # tailnotes' flattened-table head: one head per table; the header row under the head it
    # just took ("Especie  Adoptados  Acogidos") is a row of the table, not a second subhead
    from syndicate.model import Heading

    article = parse_plaintext(TAB_TABLE)
    headings = [b.text for b in article.blocks if isinstance(b, Heading)]
    assert "Especie Adoptados Acogidos" not in headings
    assert "Resumen por especie" in headings


PROMO_MID_ARTICLE = """Professora aposentada morre aos 91 anos em Vale do Sossego

Publicado em 3 de março de 2027

A professora aposentada Zélia Moura, que ensinou geografia a três gerações de alunos da \
cidade, morreu nesta segunda-feira aos 91 anos.

Ela lecionou por 34 anos na escola estadual do bairro Alto e fundou a biblioteca \
comunitária que hoje leva o nome do marido.

📲 Receba as notícias do Jornal do Vale do Sossego direto no seu WhatsApp todos os dias.

O velório será realizado na capela municipal a partir das 9h de terça-feira, e o sepultamento \
está marcado para as 16h no cemitério da cidade.
"""


def test_a_pictograph_led_promo_with_prose_after_is_no_article_sentence() -> None:
    # signup keeps a sign-up sentence of the article when prose follows; a promo led by a
    # pictograph ("📲 Receba as notícias … no seu WhatsApp") stays chrome all the same
    article = parse_plaintext(PROMO_MID_ARTICLE)
    texts = [getattr(b, "text", "") for b in article.blocks]
    assert not any("WhatsApp" in t for t in texts)
    assert texts[-1].startswith("O velório será realizado")
