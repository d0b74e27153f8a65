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
