"""Round 19 (boxes): a legal or medical disclaimer after an advice article's last
paragraph ("Hinweis: Dieser Beitrag … ersetzt keine individuelle Rechtsberatung", "… is
not medical advice", "… ne constitue pas un conseil juridique") is a disclosure, noise,
also when a dump tool wrapped it so its phrase straddles a line break; and a photo-credit
button a copy glued onto the credit ("Bildnachweis anzeigen", "Image attribution
tooltip") is no part of the credit. Every sentence here is invented."""

from __future__ import annotations

import textwrap

from readerblocks import figures as _figures
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext

_DE = [
    "Wer im Sommer viel draußen arbeitet, sollte mehr trinken, raten Ärztinnen und Ärzte. "
    "Zwei bis drei Liter am Tag seien bei großer Hitze sinnvoll, sagt die "
    "Allgemeinmedizinerin Clara Wendt aus Hameln.",
    "Besonders ältere Menschen spüren Durst oft erst spät. Sie sollten sich feste Zeiten "
    "zum Trinken setzen, etwa zu jeder Mahlzeit ein großes Glas Wasser.",
    "Wer Medikamente gegen Bluthochdruck nimmt, sollte die Trinkmenge mit der Hausarztpraxis "
    "absprechen, weil manche Mittel den Wasserhaushalt beeinflussen.",
]
_EN = [
    "A new ordinance in Pellham County lets tenants withhold part of their rent when a "
    "landlord leaves a broken heating system unrepaired for more than fourteen days.",
    "Tenants must first notify the landlord in writing and keep a copy of the letter, the "
    "county's housing office said on Monday.",
    "The rule takes effect on January 1 and applies to buildings with four or more units.",
]
_FR = [
    "Depuis le 1er octobre, les locataires de Valbrune peuvent saisir gratuitement une "
    "commission de conciliation lorsque leur dépôt de garantie n'est pas restitué.",
    "La commission se réunit deux fois par mois à la mairie annexe et rend un avis dans un "
    "délai de six semaines, a précisé l'adjointe au logement.",
    "En cas d'échec, le locataire garde la possibilité de saisir le tribunal de proximité.",
]


def _page(*parts: str, width: int | None = None) -> str:
    if width:
        parts = tuple(textwrap.fill(p, width) for p in parts)
    return "\n\n".join(parts) + "\n"


def test_wrapped_german_legal_disclaimer_is_not_the_last_paragraph() -> None:
    # lynx wraps the note at 76 columns: "… und ersetzt" / "keine individuelle
    # Rechtsberatung. …" — neither line holds the whole phrase, the wrapped note does.
    text = _page(
        "Ärzte raten im Sommer zu mehr Wasser",
        "Von Jana Lind",
        "12.05.2026",
        *_DE,
        "Hinweis: Dieser Beitrag dient der allgemeinen Information und ersetzt keine "
        "individuelle Rechtsberatung oder ärztliche Untersuchung im Einzelfall.",
        width=76,
    )
    article = parse_plaintext(text)
    assert [" ".join(p.split()) for p in _paragraphs(article)] == _DE


def test_english_medical_disclaimer_is_noise() -> None:
    text = _page(
        "Pellham County tenants gain right to withhold rent over heating",
        "By Marcus Oyelaran",
        "November 3, 2026",
        *_EN,
        "The information on this page is general in nature and is not legal advice for "
        "your situation.",
    )
    assert _paragraphs(parse_plaintext(text)) == _EN


def test_french_legal_disclaimer_is_noise() -> None:
    text = _page(
        "Dépôt de garantie : une commission gratuite pour les locataires de Valbrune",
        "Par Hélène Marchetti",
        "Publié le 4 novembre 2026",
        *_FR,
        "Les informations publiées ici sont générales et ne constituent pas un conseil "
        "juridique personnalisé.",
    )
    assert _paragraphs(parse_plaintext(text)) == _FR


def test_a_sentence_about_advice_inside_the_story_stays() -> None:
    # The phrase inside the running text (not the article's last lines) is the story's.
    middle = (
        "The county stressed that its leaflet is not legal advice and urged tenants to "
        "call the housing office before withholding any money."
    )
    story = [_EN[0], middle, *_EN[1:]]
    text = _page(
        "Pellham County tenants gain right to withhold rent over heating",
        "By Marcus Oyelaran",
        "November 3, 2026",
        *story,
    )
    assert _paragraphs(parse_plaintext(text)) == story


def test_credit_button_glued_onto_a_credit_goes() -> None:
    text = "\n".join(
        [
            "Ärzte raten im Sommer zu mehr Wasser",
            "",
            "Von Jana Lind",
            "12.05.2026",
            "",
            "Eine Frau füllt an einem Trinkbrunnen in Hameln eine Flasche auf.",
            "Foto: Stadtwerke Hameln/Ole Brandt Bildnachweis anzeigen",
            "",
            "\n\n".join(_DE),
        ]
    )
    article = parse_plaintext(text + "\n")
    assert _figures(article) == [
        (
            "Eine Frau füllt an einem Trinkbrunnen in Hameln eine Flasche auf.",
            "Stadtwerke Hameln/Ole Brandt",
        )
    ]


def test_english_attribution_tooltip_after_a_credit_goes() -> None:
    text = _page(
        "Pellham County tenants gain right to withhold rent over heating",
        "By Marcus Oyelaran",
        "November 3, 2026",
        "A radiator in a flat on Corliss Street, where tenants say the heating failed in "
        "October. Photo: Dana Whitcombe Image attribution tooltip",
        *_EN,
    )
    figures = _figures(parse_plaintext(text))
    assert [credit for _, credit in figures] == ["Dana Whitcombe"]
