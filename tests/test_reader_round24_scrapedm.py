"""Round 24 (scrapedm): real scraped pages in de/es/it/pt/ar/ru — a byline's inline span
run into the first paragraph with no mark after the name ("di Name Surname Giornata …"),
and the Arabic verb "سجل" ("scored", "recorded") in a short paragraph read as a sign-up
button. Every sentence, person, place and site is invented."""

from __future__ import annotations

from readerblocks import authors, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_IT_REST = (
    "Seduta in rialzo per la Borsa di Valdarno, che dopo un avvio incerto ha chiuso con un "
    "progresso dello 0,8% grazie ai titoli delle banche e delle assicurazioni."
)
_IT_MORE = (
    "Gli scambi sono stati superiori alla media del mese, con quasi tre miliardi di euro "
    "passati di mano nel corso della giornata.",
    "In calo invece i titoli energetici, penalizzati dal ribasso del prezzo del gas sui "
    "mercati europei nel pomeriggio.",
)


# --- a byline run into the first paragraph, no mark after the name --------------------


def test_lowercase_prefix_and_name_glued_to_the_first_paragraph_is_the_byline() -> None:
    text = _blocks(
        "Borsa di Valdarno in rialzo, corrono le banche",
        "Condividi",
        "di Marco Tessari " + _IT_REST,
        *_IT_MORE,
    )
    article = parse_plaintext(text)
    assert authors(article) == ["Marco Tessari"]
    assert paragraphs(article)[0] == _IT_REST


def test_the_story_opening_on_a_stop_word_ends_the_name() -> None:
    rest = (
        "La Bolsa de Valmora cerró este viernes su mejor semana desde marzo, con una "
        "subida acumulada del 1,4% impulsada por los bancos regionales."
    )
    text = _blocks(
        "La Bolsa de Valmora cierra la semana en alza",
        "por Lucía Berrocal " + rest,
        "Los bancos fueron otra vez los protagonistas de una sesión tranquila en la que "
        "el volumen de negocio superó la media del mes.",
        "En el lado contrario, las eléctricas cerraron la sesión en rojo por el temor a "
        "una nueva rebaja de las tarifas reguladas.",
    )
    article = parse_plaintext(text)
    assert authors(article) == ["Lucía Berrocal"]
    assert paragraphs(article)[0] == rest


def test_a_capitalised_opening_or_an_unclear_name_end_is_left_alone() -> None:
    # a sentence opens with a capital: "Di Marco Tessari …" is no byline prefix
    capital = "Di Marco Tessari si è parlato a lungo ieri in consiglio comunale, " + _IT_REST
    text = _blocks("Borsa di Valdarno in rialzo, corrono le banche", capital, *_IT_MORE)
    article = parse_plaintext(text)
    assert authors(article) == []
    assert paragraphs(article)[0] == capital
    # four capitalised words, no stop word among them: where the name ends is not shown
    unclear = "di Anna Maria Rossi Bianchi " + _IT_REST
    text = _blocks("Borsa di Valdarno in rialzo, corrono le banche", unclear, *_IT_MORE)
    article = parse_plaintext(text)
    assert authors(article) == []
    assert paragraphs(article)[0] == unclear


# --- the Arabic verb "سجل" in a short paragraph --------------------------------------------


def test_arabic_scored_verb_in_a_short_last_paragraph_is_kept() -> None:
    last = (
        "وكان المهاجم قد سجل هدفي فريقه في مباراة الذهاب التي انتهت بفوز الوحدة "
        "بهدفين مقابل هدف."
    )
    text = _blocks(
        "الوحدة يقترب من اللقب بعد فوزه على النجوم",
        "اقترب فريق الوحدة خطوة جديدة من لقب الدوري بعدما تغلب على ضيفه النجوم بثلاثة أهداف "
        "دون رد مساء الخميس على ملعب المدينة الرياضية.",
        "ورفع الوحدة رصيده إلى 58 نقطة متقدما بسبع نقاط على أقرب ملاحقيه، فيما تجمد رصيد "
        "النجوم عند 31 نقطة في المركز الثامن.",
        last,
    )
    article = parse_plaintext(text)
    assert paragraphs(article)[-1] == last
