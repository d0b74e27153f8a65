"""Rules that read shapes of outlets the corpus holds in English only, checked in other
languages and in isolation (original texts)."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.captions import alt_over_caption, outlet_credit, split_caption
from syndicate.readers.scraped.lines import Line

_PARAGRAPHS = (
    "Le conseil régional a présenté mardi un plan de rénovation de quarante lycées, "
    "financé sur six ans par un emprunt et des fonds européens.",
    "Les travaux commenceront par les établissements les plus anciens, construits avant "
    "1975, où l'isolation et le chauffage coûtent le plus cher chaque hiver.",
    "Les syndicats d'enseignants saluent l'effort mais demandent que les cours ne soient "
    "pas déplacés dans des préfabriqués pendant plus d'une année scolaire.",
)


def test_role_after_the_name_in_french_is_a_role_not_a_second_author() -> None:
    text = (
        "Rénover quarante lycées en six ans : le pari de la région\n\n"
        "Par Léa Martin-Vidal, chercheuse associée\n"
        "12 mars 2025\n\n" + "\n\n".join(_PARAGRAPHS) + "\n"
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Léa Martin-Vidal", "chercheuse associée")
    ]


def test_a_medical_reviewer_is_not_an_author() -> None:
    text = (
        "Hitzschlag oder Erschöpfung? So erkennen Sie den Unterschied\n\n"
        "Von Jana Brückner\n"
        "Medizinisch geprüft von Dr. Tobias Engelhardt\n"
        "10.06.2025\n\n"
        "Bei großer Hitze kommen vor allem ältere Menschen in die Notaufnahme, die zu Hause "
        "waren und zu wenig getrunken haben.\n\n"
        "Eine Hitzeerschöpfung beginnt meist mit starkem Schwitzen, Kopfschmerzen und "
        "Schwindel; wer sie früh erkennt, kann sie im Schatten gut behandeln.\n\n"
        "Ein Hitzschlag ist dagegen ein Notfall: Die Haut ist heiß und trocken, und die "
        "Betroffenen sind oft verwirrt.\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Jana Brückner"]


def test_a_blog_footer_with_the_time_signs_the_post() -> None:
    text = (
        "Cómo arreglé la radio de mi abuelo con piezas de otra\n\n"
        "La radio de válvulas de mi abuelo llevaba veinte años muda en un armario cuando "
        "decidí abrirla una tarde de lluvia.\n\n"
        "El problema era un condensador hinchado; encontré uno igual en otra radio rota "
        "que un vecino iba a tirar al punto limpio.\n\n"
        "Después de soldarlo con mucho cuidado, la radio volvió a sonar, con ese zumbido "
        "cálido que recordaba de cuando era pequeño.\n\n"
        "Publicado por Ana Gil Moreno en 18:42\n\n"
        "Etiquetas: radio, reparaciones\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["Ana Gil Moreno"]


def test_a_labelled_contact_block_under_a_wire_story_is_dropped() -> None:
    text = (
        "Port Strike Delays Grain Shipments for Third Day\n\n"
        "By Mirela Dobre\n"
        "March 3, 2025\n\n"
        "Dockworkers at the port extended their strike on Monday, leaving at least "
        "eleven grain vessels waiting at anchor, the port authority said.\n\n"
        "The union wants a new shift pattern and a pay rise in line with inflation; "
        "the operators have offered a smaller increase over two years.\n\n"
        "Talks are due to resume on Wednesday with a mediator from the labour ministry.\n\n"
        "To contact the reporter on this story:\n"
        "Mirela Dobre in Constanta at mdobre@wire.example\n"
    )
    article = parse_plaintext(text)
    last = article.paragraphs()[-1].text
    assert last.startswith("Talks are due to resume")
    assert "@" not in " ".join(p.text for p in article.paragraphs())


def test_a_line_that_announces_what_follows_is_no_credit() -> None:
    # "image" is a photo label, but a credit never ends with a colon
    assert split_caption("Run the converter on a tape image like this:") is None


def test_alt_text_over_its_caption() -> None:
    alt = Line(10, "Alder Street Pool", True)
    caption = Line(11, "The Alder Street Pool opened in 1974.", False)
    after = Line(13, "The pool will reopen in June after a full renovation.", True)
    assert alt_over_caption(alt, caption, after)
    # A subhead runs on into its paragraph: no blank line after the sentence under it.
    run_on = Line(12, "It cost the city more than expected.", False)
    assert not alt_over_caption(alt, caption, run_on)
    # One word is a label or a subhead, not an image's description.
    thanks = Line(11, "Huge thanks to everyone who came.", False)
    assert not alt_over_caption(Line(10, "Thanks", True), thanks, after)


def test_a_photographer_for_an_outlet_is_a_credit_not_a_subhead() -> None:
    assert outlet_credit("Thibaut Vergoz pour L’Écho des Alpes")
    assert outlet_credit("Ewan Latto for Northlight")
    # a subhead has no person before its "for"
    assert not outlet_credit("Plans for the Future")
