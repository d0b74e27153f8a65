"""Round 20 (captions): lead and in-body captions without a credit — a label word opening
the caption ("Mapa com as ruas …", "Map of …") that hid the real credit label further on,
a one-sentence caption one blank line under a dump's image token, an image's alt text
repeated as its caption (no dek), and a short caption opening the body whose photo the copy
lost. Every sentence is invented."""

from __future__ import annotations

from syndicate.model import Figure, Heading, Paragraph
from syndicate.readers.plaintext import parse_plaintext

_PT = [
    "A Câmara Municipal de Vila Serrana plantou no sábado 600 árvores autóctones ao longo "
    "de dois quilómetros das margens do rio Alvor, entre a ponte velha e o açude do Moinho "
    "Novo.",
    "Foram plantados sobretudo freixos, amieiros e salgueiros, espécies que fixam o solo e "
    "reduzem a erosão provocada pelas cheias de inverno.",
    "A autarquia prevê uma segunda plantação em novembro, na zona da Quinta das Lages.",
]
_EN = [
    "The ferry between Lowmarsh and Cattering will be replaced this summer by an electric "
    "boat, the county council said on Friday, after two winters in which the old diesel "
    "vessel spent more weeks in the yard than on the river.",
    "The old ferry has crossed the river since 1987 and will be sold to a museum harbour.",
    "Cyclists and walkers will continue to cross for free, the council added.",
]
_DE = [
    "Wer am Samstagvormittag das alte Zollhaus in der Wendelsheimer Brunnengasse betrat, "
    "musste sich zunächst an das Licht gewöhnen. Wo früher dunkle Regalreihen standen, fällt "
    "die Sonne jetzt durch drei große Dachfenster.",
    "Rund 300 Besucherinnen und Besucher kamen zur Wiedereröffnung.",
    "Die Bücherei ist künftig auch am Samstagvormittag geöffnet.",
]
_RU = [
    "В субботу в Сельце завершилась XXIV зимняя спартакиада Заречного района. За два дня "
    "на лыжной трассе, катке и в спортзале школы соревновались 11 команд сельских поселений.",
    "Хозяева не отдали первое место третий год подряд.",
    "Следующая спартакиада пройдёт летом в Гарях.",
]

_IT = [
    "C’è un momento, verso la metà del film, in cui il padre prova a riparare una barca che "
    "non galleggia più da anni. La figlia lo guarda dalla finestra e non dice niente. In "
    "quella scena senza parole c’è tutto il film.",
    "Il regista non cerca scorciatoie e lascia che siano i silenzi a raccontare la storia.",
    "Il film esce nelle sale giovedì.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _figures(text: str) -> list[tuple[str | None, str | None]]:
    return [(b.caption, b.credit) for b in parse_plaintext(text).blocks if isinstance(b, Figure)]


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in parse_plaintext(text).blocks if isinstance(b, Paragraph)]


def test_label_word_opening_the_caption_leaves_the_real_label_its_credit() -> None:
    cases = [
        ("Festas: condicionamentos de trânsito no centro histórico", "17 de agosto de 2026",
         "Mapa com as ruas encerradas durante as festas. Imagem: CM Vila Nova de Ardena",
         _PT, ("Mapa com as ruas encerradas durante as festas.", "CM Vila Nova de Ardena")),
        ("Council approves an electric ferry for the crossing", "17 April 2026",
         "Map of the new crossing and its two landing stages. Image: Lowmarsh County Council",
         _EN, ("Map of the new crossing and its two landing stages.",
               "Lowmarsh County Council")),
    ]
    for title, date, caption, body, want in cases:
        text = _page(title, date, caption, *body)
        assert _figures(text) == [want], caption
        assert _paragraphs(text)[0] == body[0], caption


def test_sentence_one_blank_line_under_an_image_token_is_its_caption() -> None:
    cases = [
        ("![](/media/ferry.jpg)", "The new electric ferry on its first test run last week.",
         _EN),
        ("[bucherei-terrasse.jpg]", "Die neue Leseterrasse im Innenhof des Zollhauses.", _DE),
    ]
    for image, caption, body in cases:
        text = _page("Headline over a story with a photo", "17 April 2026", image, caption,
                     *body)
        assert _figures(text) == [(caption, None)], caption
        assert _paragraphs(text)[0] == body[0], caption


def test_quoted_sentence_under_an_image_token_stays_a_paragraph() -> None:
    said = '"We are proud of this boat," the harbour master said.'
    text = _page("Council approves an electric ferry for the crossing", "17 April 2026",
                 "![](/media/ferry.jpg)", said, *_EN)
    assert _paragraphs(text)[0] == said


def test_alt_text_printed_again_as_the_caption_is_no_dek() -> None:
    text = _page(
        "# Câmara planta 600 árvores nas margens do rio Alvor",
        "![Voluntários plantam freixos junto à ponte velha](/media/alvor.jpg)",
        "Voluntários plantam freixos junto à ponte velha",
        *_PT,
    )
    article = parse_plaintext(text)
    assert article.subtitle is None
    assert _figures(text) == [("Voluntários plantam freixos junto à ponte velha", None)]
    assert _paragraphs(text)[0] == _PT[0]


def test_short_line_opening_the_body_is_the_lost_photo_caption() -> None:
    cases = [
        ("Council approves an electric ferry for the crossing", "17 April 2026",
         "The old ferry at Lowmarsh landing on Friday.", _EN),
        ("Stadtbücherei öffnet nach Umbau mit Leseterrasse", "12.10.2025, 17:45 Uhr",
         "Die neue Leseterrasse im Innenhof des Zollhauses.", _DE),
        ("Лыжники из Сельца в третий раз выиграли районную спартакиаду", "9 февраля 2026",
         "Смешанная эстафета на стадионе «Урожай» в Сельце.", _RU),
        ("«L'inverno del lago», il dramma di un padre e di una figlia", "2 dicembre 2026\n\n★★★★☆",
         "Elio Germano e Alba Rohrwacher in una scena del film (01 Distribution)", _IT),
    ]
    for title, date, caption, body in cases:
        text = _page(title, "By Jane Holloway", date, caption, *body)
        want = (caption, None)
        if caption.endswith(")"):
            want = (caption[: caption.rindex(" (")], caption[caption.rindex("(") + 1 : -1])
        assert _figures(text) == [want], caption
        assert _paragraphs(text)[0] == body[0], caption


def test_short_lede_with_a_comma_or_speech_stays_the_first_paragraph() -> None:
    for lede in (
        "Finally, the ferry is going electric.",
        '"It is about time," said one rider.',
        "About this rating",  # a leftover link's words, no caption
    ):
        text = _page("Council approves an electric ferry for the crossing", "By Jane Holloway",
                     "17 April 2026", lede, *_EN)
        assert _paragraphs(text)[0] == lede, lede
        assert _figures(text) == [], lede


def test_section_title_over_a_captioned_image_stays_a_heading() -> None:
    text = (
        "Riapre il ponte sul torrente Viscola dopo due anni di lavori\n\n"
        "   di Marta Ferlini\n   12 giugno 2026 - 09:40\n\n"
        "   Dopo ventidue mesi di cantiere e una spesa di 3,8 milioni di euro, il ponte sul "
        "torrente Viscola torna percorribile da oggi alle 14, ha annunciato il sindaco.\n\n"
        "   La vecchia struttura in muratura era stata danneggiata dalla piena del novembre "
        "2024, quando l'acqua aveva scalzato la pila centrale.\n\n"
        "   Le critiche dei commercianti\n\n"
        "   [ponte-cantiere.jpg]\n"
        "   Una delle arcate rinforzate con i nuovi pilastri in cemento armato\n\n"
        "   Non tutti però festeggiano. I negozianti del centro lamentano che i lavori, "
        "annunciati per dodici mesi, ne sono durati quasi il doppio.\n\n"
        "   Il sindaco ha promesso un incontro con le associazioni entro la fine del mese.\n"
    )
    article = parse_plaintext(text)
    heads = [b.text for b in article.blocks if isinstance(b, Heading)]
    assert heads == ["Le critiche dei commercianti"]
    assert _figures(text) == [
        ("Una delle arcate rinforzate con i nuovi pilastri in cemento armato", None)
    ]
