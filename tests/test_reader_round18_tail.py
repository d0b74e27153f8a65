"""Round 18 (tail): an explainer's numbered question subheads ("2. Ela oferece algum
risco?", "1) Wer zahlt?") and a newsroom's imprint at the page's foot ("Expediente" /
"Diretora de redação: …", a w3m-wrapped "Свидетельство о регистрации СМИ …" / "Главный
редактор: …"). Every sentence here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_PT = """Vacina nova chega aos postos: o que se sabe até agora

Por Marta Quintela
12/03/2026 08h10

A campanha de vacinação contra a gripe aviária começa na segunda-feira em todos os postos.

A secretaria municipal explicou as regras numa nota divulgada ontem à tarde.

1. Quem pode tomar a vacina?

Nesta primeira fase, só trabalhadores de granjas e veterinários com registo ativo.

2. Ela oferece algum risco?

Os estudos mostraram reações leves em poucos voluntários, como dor no braço e febre baixa.

3. Onde me vacinar?

Em qualquer um dos 42 postos, das 8h às 17h, levando documento e comprovante de vínculo.
"""

_IMPRINT_PT = """
Expediente
Diretor de redação: Caio Mendes
Redação: Rua das Flores, 210, Centro
CNPJ 12.345.678/0001-90
"""

_RU = """Мост через Сороть откроют к лету

Автор: Пётр Зимин
12 марта 2026, 10:15

Подрядчик завершил установку пролётов нового моста через Сороть, сообщили в районе.

Движение по мосту планируют открыть в июне, после испытаний нагрузкой и укладки асфальта.

Старый деревянный мост разберут осенью, когда новый примет первые машины и автобусы.

Сетевое издание «Вести Заречья». Свидетельство о регистрации СМИ Эл № ФС77-00000 от 01.02.2020
выдано Федеральной службой по надзору в сфере связи, информационных технологий и массовых
коммуникаций.
Главный редактор: Орлова А. В.
"""


def _blocks(text: str) -> list[tuple[str, str]]:
    article = parse_plaintext(text)
    return [(type(b).__name__, getattr(b, "text", "")) for b in article.blocks]


def test_numbered_questions_over_answers_are_subheads() -> None:
    blocks = _blocks(_PT)
    heads = [text for kind, text in blocks if kind == "Heading"]
    assert heads == [
        "1. Quem pode tomar a vacina?",
        "2. Ela oferece algum risco?",
        "3. Onde me vacinar?",
    ]
    assert blocks[-1] == (
        "Paragraph",
        "Em qualquer um dos 42 postos, das 8h às 17h, levando documento e comprovante de vínculo.",
    )


def test_numbered_questions_in_a_contents_list_stay_out_of_the_headings() -> None:
    # one numbered question right over the next item: a list, not a subhead
    text = _PT.replace(
        "1. Quem pode tomar a vacina?\n\n",
        "1. Quem pode tomar a vacina?\n2. Quanto custa a dose para quem não tem direito?\n\n",
    )
    heads = [text for kind, text in _blocks(text) if kind == "Heading"]
    assert "1. Quem pode tomar a vacina?" not in heads


def test_imprint_after_the_last_paragraph_is_chrome() -> None:
    blocks = _blocks(_PT + _IMPRINT_PT)
    texts = " ".join(text for _, text in blocks)
    assert "Expediente" not in texts and "Diretor de redação" not in texts
    assert "Redação: Rua das Flores" not in texts
    assert blocks[-1][1].startswith("Em qualquer um dos 42 postos")


def test_w3m_wrapped_registration_line_is_chrome() -> None:
    blocks = _blocks(_RU)
    texts = " ".join(text for _, text in blocks)
    assert "Свидетельство" not in texts and "выдано Федеральной" not in texts
    assert "коммуникаций." not in texts and "Главный редактор" not in texts
    assert blocks[-1][1].startswith("Старый деревянный мост")


def test_one_imprint_word_in_prose_stays() -> None:
    # a single field ("Redação: …") under the article is not an imprint
    text = _PT + "\nRedação: Rua das Flores, 210, Centro\n"
    texts = " ".join(t for _, t in _blocks(text))
    assert "Em qualquer um dos 42 postos" in texts


def test_if_you_liked_it_save_prompt_after_a_recipe_is_chrome() -> None:
    text = (
        "Bolo de fubá da vó Tereza\n\nPor Lia Campos\n\n"
        "Misture o fubá, o açúcar e os ovos numa tigela grande até ficar uma massa lisa.\n\n"
        "Junte o leite aos poucos e asse em forno médio por quarenta minutos, até dourar.\n\n"
        "Se gostou, salve no Pinterest e me marque no Instagram @cozinhadalia!\n"
    )
    texts = [t for _, t in _blocks(text)]
    assert not any("Pinterest" in t for t in texts)
    assert texts[-1].startswith("Junte o leite")
