"""Round 16 (qa): interviews, fact-check boxes and header roles the round's probes missed —
a question after the interviewer's name ("Gazeta do Vale – …?") stays a body paragraph, a
claim box's two labelled rows are no figure, a summary box's label inside the body heads
its items, a role alone under two writers' names is both writers' role, and the
"Colaboração:" / "With reporting by" credit lines. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures, headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext

_PT = [
    "A associação de moradores do Alto da Serra reuniu-se no sábado para discutir o novo "
    "horário dos autocarros, que deixou três aldeias sem ligação ao fim da tarde.",
    "Segundo a direção, mais de duzentas pessoas assinaram o abaixo-assinado entregue na "
    "câmara municipal na semana passada, a maioria estudantes e reformados.",
    "A empresa de transportes diz que está a estudar uma carreira extra às sextas-feiras, "
    "mas não se compromete com uma data para a mudança.",
]


def _page(title: str, *head: str, body: list[str], tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([title, *head, *body, *tail]) + "\n"


def test_question_after_the_interviewers_name_stays_a_paragraph() -> None:
    turns = [
        "Gazeta do Vale – Porque decidiu abrir a padaria numa aldeia com noventa habitantes?",
        "Rosa Antunes – Porque nasci aqui e queria voltar. Eu fazia pão em Lisboa há quinze "
        "anos e percebi que podia fazer o mesmo pão com vista para a serra.",
        "Gazeta do Vale – Há clientes suficientes?",
        "Rosa Antunes – No inverno, não. Vendo sobretudo às aldeias vizinhas e a dois cafés "
        "da vila. No verão chegam os emigrantes e eu trabalho de noite.",
        "Gazeta do Vale – E o futuro?",
        "Rosa Antunes – Quero ensinar a minha sobrinha. Ela tem jeito para a massa e ainda "
        "não decidiu o que quer estudar.",
    ]
    text = _page(
        '"O pão é o que nos prende à terra"',
        "Por Tiago Mourão",
        "3 de março de 2026",
        body=[*_PT[:2], *turns],
    )
    article = parse_plaintext(text)
    assert headings(article) == []
    assert "Gazeta do Vale – Há clientes suficientes?" in _paragraphs(article)


def test_claim_and_verdict_rows_are_no_figure() -> None:
    text = _page(
        "No, la biblioteca municipal no cierra los domingos de enero",
        "Por Nuria Bellver",
        "12 de enero de 2026",
        body=[
            "Qué circula: un mensaje que asegura que la biblioteca cerrará todos los domingos.",
            "Calificación: Falso",
            "Un mensaje difundido en redes sociales desde el lunes asegura que la biblioteca "
            "municipal dejará de abrir los domingos durante todo el mes de enero.",
            "El Ayuntamiento lo desmiente: el horario de invierno es el mismo del año pasado "
            "y la sala de estudio abrirá de 9.00 a 14.00 todos los domingos.",
        ],
    )
    article = parse_plaintext(text)
    assert figures(article) == []
    assert _paragraphs(article)[:2] == [
        "Qué circula: un mensaje que asegura que la biblioteca cerrará todos los domingos.",
        "Calificación: Falso",
    ]


def test_summary_label_in_the_body_heads_its_items() -> None:
    # under a short labelled fact row, which no subhead follows by the shape rule
    text = _page(
        "El mercado de abastos cierra dos puestos por obras en febrero",
        "Por Nuria Bellver",
        "12 de enero de 2026",
        body=[
            "El Ayuntamiento ha confirmado que la reforma de la cubierta del mercado de "
            "abastos se hará por fases y que solo afectará a dos puestos del pasillo norte.",
            "Puestos afectados: 2 de 41",
            "Claves",
            "El mercado abre en su horario de siempre.",
            "Solo dos puestos cierran por obras.",
            "La obra durará tres semanas y costará 180.000 euros, según la concejalía de "
            "Comercio, que la pagará con fondos propios.",
        ],
    )
    article = parse_plaintext(text)
    assert headings(article) == ["Claves"]
    assert "Solo dos puestos cierran por obras." in _paragraphs(article)


def test_role_under_two_names_is_both_writers_role() -> None:
    text = _page(
        "Aldeias do Alto da Serra ficam sem autocarro ao fim da tarde",
        "Joana Ventura e Filipe Amaral",
        "Jornalistas",
        "3 de março de 2026",
        body=_PT,
    )
    people = [(a.name, a.role) for a in parse_plaintext(text).authors]
    assert people == [("Joana Ventura", "Jornalistas"), ("Filipe Amaral", "Jornalistas")]


def test_role_phrase_under_a_prefixed_byline() -> None:
    text = _page(
        "Aldeias do Alto da Serra ficam sem autocarro ao fim da tarde",
        "Por Joana Ventura",
        "Editora de Sociedade",
        "3 de março de 2026",
        body=_PT,
    )
    people = [(a.name, a.role) for a in parse_plaintext(text).authors]
    assert people == [("Joana Ventura", "Editora de Sociedade")]


def test_collaboration_credit_line() -> None:
    text = _page(
        "Aldeias do Alto da Serra ficam sem autocarro ao fim da tarde",
        "Por Joana Ventura",
        "3 de março de 2026",
        body=_PT,
        tail=("Colaboração: Inês Prata e Duarte Leal",),
    )
    article = parse_plaintext(text)
    assert article.credit_line == "Colaboração: Inês Prata e Duarte Leal"
    assert [c.name for c in article.contributors] == ["Inês Prata", "Duarte Leal"]


def test_short_questions_among_long_ones_stay_paragraphs() -> None:
    turns = [
        "Quando foi a primeira vez que saiu para o mar sozinha, sem o seu pai nem os seus "
        "irmãos no barco?",
        "Tinha 16 anos. O meu pai estava doente e alguém tinha de ir às redes. Fui eu, e "
        "voltei com o barco cheio.",
        "E as pessoas da vila, o que disseram quando viram uma rapariga a pescar sozinha?",
        "Disseram muita coisa. Eu não ouvia. Tinha mais que fazer do que ouvir conversas.",
        "Teve medo?",
        "Nunca tive medo do mar. Tenho respeito, que é outra coisa.",
        "O que mudou na pesca desde os anos 60, quando começou, até hoje?",
        "Há menos peixe e mais papéis. Agora preciso de licenças e de um telemóvel.",
        "E o futuro?",
        "O barco fica para a minha neta, se ela quiser. Eu não obrigo ninguém.",
    ]
    text = _page(
        '"Nunca tive medo do mar"',
        "Por Tiago Mourão",
        "3 de março de 2026",
        body=[
            "Aos 81 anos, Amélia Furtado ainda sai para o mar três vezes por semana. "
            "Recebeu-nos no cais, ao lado do barco que o pai lhe deixou.",
            *turns,
        ],
    )
    article = parse_plaintext(text)
    assert headings(article) == []
    assert "Teve medo?" in _paragraphs(article)


def test_plural_role_under_names_on_their_own_lines() -> None:
    text = _page(
        "Aldeias do Alto da Serra ficam sem autocarro ao fim da tarde",
        "Joana Ventura",
        "Filipe Amaral",
        "Jornalistas",
        "3 de março de 2026",
        body=_PT,
    )
    people = [(a.name, a.role) for a in parse_plaintext(text).authors]
    assert people == [("Joana Ventura", "Jornalistas"), ("Filipe Amaral", "Jornalistas")]
