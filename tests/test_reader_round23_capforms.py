"""Round 23 (capforms): caption and credit forms of real pages: a photo label of the
French short form "Ph." closing a caption, "Photo : caption (Crédit : X)" with a label on
both parts (``figure.label-bracket-credit``), and a bare label over a name closed by a
full stop ("Фото Андрей ЛАПИН."). Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.model import Figure
from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _figures(text: str) -> list[tuple[str | None, str | None]]:
    article = parse_plaintext(text)
    return [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]


_FR_HEAD = (
    "Une passerelle flottante relie les deux rives de Valmorin",
    "Par Claire Duvernet",
    "Publié le 14 mars 2025 à 09h12",
    "Le conseil municipal de Valmorin a inauguré samedi une passerelle flottante longue de "
    "cent vingt mètres, réclamée depuis près de dix ans par les habitants des Saules.",
)
_FR_TAIL = (
    "« C'est une vieille promesse qui se réalise », a déclaré l'élu, qui avait fait de "
    "l'ouvrage l'un des engagements de sa campagne municipale.",
    "Les associations de riverains réclament désormais un éclairage nocturne, jugé "
    "indispensable pour les collégiens qui rentrent à la nuit tombée.",
)


def test_french_ph_label_leaves_the_caption() -> None:
    text = _blocks(
        *_FR_HEAD,
        "Les premiers promeneurs sur la passerelle des Saules, samedi matin, sous un ciel "
        "encore chargé. Ph. Julien Marcadet",
        *_FR_TAIL,
    )
    assert _figures(text) == [
        (
            "Les premiers promeneurs sur la passerelle des Saules, samedi matin, sous un "
            "ciel encore chargé.",
            "Julien Marcadet",
        )
    ]


def test_labelled_caption_with_labelled_bracket_credit() -> None:
    text = _blocks(
        *_FR_HEAD,
        "Photo : Le maire Hervé Lantoine coupe le ruban devant l'école des Saules "
        "(Crédit : Mairie de Valmorin)",
        *_FR_TAIL,
    )
    assert _figures(text) == [
        ("Le maire Hervé Lantoine coupe le ruban devant l'école des Saules", "Mairie de Valmorin")
    ]


def test_english_labelled_caption_with_bracket_credit() -> None:
    text = _blocks(
        "Harbour board opens the new lifting bridge at Gull Quay",
        "By Tom Ashdown",
        "March 3, 2025",
        "The harbour board opened the new lifting bridge at Gull Quay on Saturday, two years "
        "after the old swing bridge was stuck open for a whole week in the summer.",
        "Photo: The first boats pass under the raised deck of the bridge (Credit: Port of "
        "Gullhaven)",
        "The bridge cost 4.1 million pounds and is expected to last for at least sixty "
        "years, the board's chair, Maureen Tilby, told the crowd at the quay.",
    )
    assert _figures(text) == [
        ("The first boats pass under the raised deck of the bridge", "Port of Gullhaven")
    ]


_RU_HEAD = (
    "В Заречинске открыли музей речного флота",
    "Анна Колесникова",
    "12 апреля 2025",
    "В Заречинске в субботу открылся музей речного флота, созданный на базе старого "
    "пароходного склада на Береговой улице.",
)
_RU_TAIL = (
    "Директор музея Павел Гуров рассказал, что сбор экспонатов занял почти три года, а "
    "часть предметов пришлось реставрировать в Нижнем Новгороде.",
    "Следующим летом у причала музея планируют поставить на вечную стоянку настоящий "
    "буксир, списанный из пароходства в прошлом году.",
)


def test_bare_label_credit_with_full_stop_under_caption() -> None:
    text = (
        _blocks(*_RU_HEAD)
        + "\nСудовой колокол 1911 года, найденный на дне затона.\nФото Дмитрий ЛАПИН.\n\n"
        + _blocks(*_RU_TAIL)
    )
    assert _figures(text) == [
        ("Судовой колокол 1911 года, найденный на дне затона.", "Дмитрий ЛАПИН")
    ]


def test_bare_label_credit_with_full_stop_glued_to_caption() -> None:
    text = _blocks(
        *_RU_HEAD,
        "Судовой колокол 1911 года, найденный на дне затона. Фото Дмитрий ЛАПИН.",
        *_RU_TAIL,
    )
    assert _figures(text) == [
        ("Судовой колокол 1911 года, найденный на дне затона.", "Дмитрий ЛАПИН")
    ]


def test_label_word_in_a_sentence_stays_prose() -> None:
    text = _blocks(
        *_RU_HEAD,
        "Он сказал, что фото Алексей Петров сделал сам.",
        *_RU_TAIL,
    )
    assert _figures(text) == []
