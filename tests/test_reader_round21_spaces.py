"""Round 21: no-break spaces inside cue phrases (syndicate/readers/scraped/spaces.py).

Scraped pages keep the HTML's no-break spaces; the cue words are spelled with ordinary
ones. The reader reads lone typographic spaces as spaces and the model keeps the page's
own characters.
"""

from __future__ import annotations

from syndicate.model import Heading, Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.spaces import plain_spaces

NBSP = "\u00a0"

SPANISH = (
    "El ayuntamiento de Valdeolmos abre un nuevo carril bici junto al río\n\n"
    f"Por{NBSP}Lucía Ferrán\n\n"
    "Los vecinos de Valdeolmos podrán recorrer desde el lunes los cuatro kilómetros del "
    "nuevo carril bici que une el casco antiguo con el polideportivo municipal.\n\n"
    f"Leer{NBSP}también: El pleno aprueba la reforma de la plaza mayor\n\n"
    f"La obra ha costado 380{NBSP}000 euros y se ha financiado con fondos europeos, según "
    "explicó la concejala de Movilidad en la inauguración.\n\n"
    "El trazado discurre por la ribera y cuenta con iluminación solar en todo su recorrido.\n"
)


def test_a_read_also_line_with_a_no_break_space_is_dropped() -> None:
    article = parse_plaintext(SPANISH)
    texts = [getattr(block, "text", "") for block in article.blocks]
    assert not any(text.startswith("Leer") for text in texts)
    assert not any(isinstance(block, Heading) for block in article.blocks)
    assert [person.name for person in article.authors] == ["Lucía Ferrán"]


def test_the_model_keeps_the_pages_own_no_break_space() -> None:
    article = parse_plaintext(SPANISH)
    paragraphs = [block.text for block in article.blocks if isinstance(block, Paragraph)]
    assert f"380{NBSP}000 euros" in paragraphs[1]
    assert len(paragraphs) == 3


def test_only_lone_spaces_between_printed_characters_are_swapped() -> None:
    text = f"a{NBSP}b\n{NBSP}lead\nx{NBSP} y\n文/甲\u3000图/乙\nc\u202fd"
    plain, swaps = plain_spaces(text)
    assert plain.split("\n") == ["a b", f"{NBSP}lead", f"x{NBSP} y", "文/甲\u3000图/乙", "c d"]
    assert len(plain) == len(text)
    assert dict(swaps) == {"a b": f"a{NBSP}b", "c d": "c\u202fd"}


def test_a_text_without_typographic_spaces_is_left_as_it_is() -> None:
    text = "Plain title\n\nA plain paragraph of text.\n"
    plain, swaps = plain_spaces(text)
    assert plain is text
    assert swaps == ()
