# ruff: noqa: E501
"""Round 16 (posted): a service status page's incident log — phase stamps ("Resolved",
"**Behoben** · 12. März 2026, 14:10 MEZ"), "Posted …" lines under the messages and the
page's labels ("Incident Report for …", "This incident affected: …") are furniture, the
messages the article, the first update's day the publication date — and update notes
labelled "Aktualisierung" / "Actualización" / "Aggiornamento" give the updated date. Every
sentence here is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext

_EN_LOG = """# Delayed webhooks for projects hosted in Sydney

## Incident Report for Brightkettle

Resolved

All queued webhooks have been delivered and delivery times are back to normal. We are sorry for the delay this caused to your builds.

Posted 2 days ago. Mar 11, 2026 - 09:40 AEDT

Monitoring

The queue workers have been restarted with more memory and the backlog is shrinking quickly. We will keep watching delivery times.

Posted 2 days ago. Mar 11, 2026 - 08:55 AEDT

Investigating

We are looking into delays of up to forty minutes for webhooks sent from projects in the Sydney region.

Posted 2 days ago. Mar 11, 2026 - 07:12 AEDT

This incident affected: Webhooks (Sydney) and Build Triggers.

Powered by Statusboard
"""

_DE_LOG = """Störung beim Online-Banking der Kreissparkasse Talheim

Störungsbericht für Kreissparkasse Talheim

**Behoben** · 12. März 2026, 14:10 MEZ

Das Online-Banking und die App sind wieder vollständig erreichbar. Überweisungen, die während der Störung abgelehnt wurden, müssen erneut eingegeben werden.

**Identifiziert** · 12. März 2026, 11:25 MEZ

Ursache ist ein fehlerhaftes Zertifikat bei einem Dienstleister. Der Austausch ist bereits beauftragt und soll bis zum Mittag abgeschlossen sein.

**Wird untersucht** · 12. März 2026, 10:02 MEZ

Seit dem Morgen können sich viele Kundinnen und Kunden nicht im Online-Banking anmelden. Wir prüfen die Ursache mit Hochdruck.

Dieser Vorfall betraf: Online-Banking, Banking-App.
"""


def test_status_log_keeps_only_the_messages() -> None:
    article = parse_plaintext(_EN_LOG)
    assert article.title == "Delayed webhooks for projects hosted in Sydney"
    assert article.subtitle is None
    body = paragraphs(article)
    assert [p[:24] for p in body] == [
        "All queued webhooks have",
        "The queue workers have b",
        "We are looking into dela",
    ]
    assert not any(b.__class__.__name__ == "Heading" for b in article.blocks)
    assert str(article.published)[:10] == "2026-03-11"


def test_status_log_bold_stamps_with_dates() -> None:
    article = parse_plaintext(_DE_LOG)
    body = paragraphs(article)
    assert len(body) == 3
    assert body[0].startswith("Das Online-Banking")
    assert body[-1].startswith("Seit dem Morgen")
    assert not any("Dieser Vorfall betraf" in p or "Behoben" in p for p in body)
    assert str(article.published)[:10] == "2026-03-12"


def test_one_update_line_is_no_log() -> None:
    """A story with a single "Update" line over a sentence is no status page: the page's
    label phrases are not dropped from it."""
    text = """Ferry timetable changes on the northern route

The ferry operator has cut two evening crossings on the northern route from next week, blaming a shortage of trained deck crew.

Update

Powered by volunteers, the island's community bus will meet the last remaining evening ferry every day this summer.

Passengers who booked the cancelled crossings will be moved to the next sailing or refunded in full.
"""
    body = paragraphs(parse_plaintext(text))
    assert any(p.startswith("Powered by volunteers") for p in body)


def test_update_note_labels() -> None:
    story = [
        "Die Gemeinde hat den Winterdienst für die Bergstraße an einen privaten Betrieb "
        "vergeben, weil der Bauhof nicht genug Fahrer findet.",
        "Der Vertrag läuft zunächst zwei Jahre und kostet rund 60.000 Euro im Jahr.",
        "Aktualisierung (9. März 2026): Der Gemeinderat hat den Vertrag inzwischen "
        "einstimmig bestätigt.",
    ]
    text = "\n\n".join(
        ["Privater Winterdienst für die Bergstraße", "Veröffentlicht am 3. März 2026", *story]
    )
    article = parse_plaintext(text + "\n")
    assert str(article.updated)[:10] == "2026-03-09"
    assert paragraphs(article)[-1].startswith("Aktualisierung (9. März 2026)")
    es = [
        "El ayuntamiento cerrará la piscina municipal durante tres semanas para cambiar el "
        "sistema de depuración, que tiene más de veinte años.",
        "Los abonados podrán usar gratis las instalaciones del polideportivo vecino.",
        "Actualización, 12 de marzo de 2026: las obras empezarán finalmente el lunes 16.",
    ]
    text = "\n\n".join(
        ["La piscina municipal cierra por obras", "Publicado el 10 de marzo de 2026", *es]
    )
    article = parse_plaintext(text + "\n")
    assert str(article.updated)[:10] == "2026-03-12"


_ES_POST = [
    "La asociación de vecinos ha conseguido que el ayuntamiento pinte de nuevo el paso de "
    "cebra frente al colegio, borrado desde el invierno pasado.",
    "Las obras se harán durante las vacaciones de Semana Santa para no molestar a los "
    "alumnos ni a las familias que los acompañan.",
]


_FOOTERS = [
    ("Publicado por Lucía Ferrer a las 19:05", "Lucía Ferrer", _ES_POST),
    (
        "Geplaatst door Bram Hoekstra om 19:05",
        "Bram Hoekstra",
        [
            "De buurtvereniging heeft bereikt dat de gemeente het zebrapad bij de school "
            "opnieuw laat schilderen, want het was sinds de winter bijna onzichtbaar.",
            "Het werk gebeurt in de meivakantie, zodat de kinderen er geen last van hebben.",
        ],
    ),
    (
        "Eingestellt von Greta Lindner um 19:05",
        "Greta Lindner",
        [
            "Der Nachbarschaftsverein hat erreicht, dass die Stadt den Zebrastreifen vor der "
            "Schule neu streichen lässt, der seit dem Winter kaum noch zu sehen war.",
            "Die Arbeiten finden in den Osterferien statt, damit die Kinder nicht gestört werden.",
        ],
    ),
    (
        "Publicada por Inês Carvalho à(s) 19:05",
        "Inês Carvalho",
        [
            "A associação de moradores conseguiu que a câmara voltasse a pintar a passadeira "
            "em frente à escola, que estava apagada desde o inverno.",
            "As obras vão ser feitas nas férias da Páscoa para não incomodar os alunos.",
        ],
    ),
    (
        "Opublikowane przez Ola Wrona o 19:05",
        "Ola Wrona",
        [
            "Rada osiedla doprowadziła do tego, że miasto na nowo pomaluje przejście dla "
            "pieszych przed szkołą, prawie niewidoczne od zimy.",
            "Prace odbędą się w czasie ferii wiosennych, żeby nie przeszkadzać uczniom.",
        ],
    ),
]


def test_blog_footer_signature_two_word_clock_connector() -> None:
    """Blogger's localised "Posted by NAME at 10:42" under the post: "a las" (two short
    lowercase words) before the clock, and the new prefixes ("Geplaatst door",
    "Eingestellt von", "Publicada por", "Opublikowane przez")."""
    for line, name, story in _FOOTERS:
        text = "\n\n".join(["Het zebrapad bij de school is weer geschilderd", *story, line])
        article = parse_plaintext(text + "\n")
        assert [a.name for a in article.authors] == [name], line


def test_connector_before_date_is_no_part_of_the_name() -> None:
    text = "\n\n".join(
        [
            "El paso de cebra del colegio vuelve a estar pintado",
            "Publicado por Lucía Ferrer el 4 de mayo de 2026 a las 19:05",
            *_ES_POST,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert [a.name for a in article.authors] == ["Lucía Ferrer"]
    assert str(article.published)[:10] == "2026-05-04"


def test_headline_under_blog_date_header() -> None:
    """Blog name, tagline, the day's date header with its weekday, then the post's title:
    the title is the headline, the tagline no headline and no dek."""
    text = "\n\n".join(
        [
            "Cuaderno del barrio",
            "Notas de una vecina que pasea mucho",
            "lunes, 4 de mayo de 2026",
            "El paso de cebra del colegio vuelve a estar pintado",
            *_ES_POST,
        ]
    )
    article = parse_plaintext(text + "\n")
    assert article.title == "El paso de cebra del colegio vuelve a estar pintado"
    assert article.subtitle is None
    assert str(article.published)[:10] == "2026-05-04"
    assert paragraphs(article)[0].startswith("La asociación de vecinos")


def test_status_log_clock_only_posted_lines() -> None:
    """Posted lines with a clock time and no year ("09:40 CET") under the messages."""
    text = """Gestörte Zugbuchungen in der App

Resolved

Die Buchung in der App funktioniert wieder ohne Einschränkungen. Bereits bezahlte Tickets sind gültig.

09:40 CET

Investigating

Wir prüfen Meldungen, nach denen Buchungen in der App mit einer Fehlermeldung abbrechen.

08:15 CET
"""
    body = paragraphs(parse_plaintext(text))
    assert [p[:20] for p in body] == ["Die Buchung in der A", "Wir prüfen Meldungen"]


def test_byline_with_clock_under_blog_title() -> None:
    """ "Posted by NAME at 17:42" under the title (time of day, no date): the byline."""
    story = [
        "Our reading group has moved its Thursday meetings from the library to the back "
        "room of the bakery on Mill Lane, which stays open late for us.",
        "Newcomers are welcome; the book for June is a short novel about a lighthouse keeper.",
    ]
    for line, name in [
        ("Posted by Nadia Carrow at 17:42", "Nadia Carrow"),
        ("Posted by Nadia Carrow at 5:42 PM", "Nadia Carrow"),
    ]:
        text = "\n\n".join(["The reading group has a new home", line, *story])
        article = parse_plaintext(text + "\n")
        assert [a.name for a in article.authors] == [name], line
        assert article.published is None
        assert len(paragraphs(article)) == 2
