"""Round 24 (readalso): quoted speech that names a sign-up word ("candidatures",
"inscriptions", "newsletter", "sign up") is the article's own paragraph, not a sign-up
prompt that ends the article. Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.model import Paragraph
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import _attributed_quote, chrome_cues


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _paragraphs(text: str) -> list[str]:
    article = parse_plaintext(text)
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


_FR_HEAD = (
    "Le festival de courts métrages de Vaubrenne fête ses dix ans",
    "Par Armelle Dutrieux",
    "Publié le 18 avril 2025 à 10h15",
    "Tout a commencé dans l'arrière-salle d'un café, avec un vidéoprojecteur emprunté et une "
    "trentaine de spectateurs. Dix ans plus tard, le festival investit trois salles.",
    "Le budget du festival reste modeste, environ 85 000 euros, dont un tiers apporté par la "
    "communauté de communes. Une vingtaine de bénévoles assurent l'accueil.",
)
_EN_HEAD = (
    "Harbour town film club opens its spring season",
    "By Nora Pellham",
    "March 12, 2025",
    "The Callowmere film club opened its spring season on Tuesday with a sold-out screening "
    "in the old ferry terminal, which volunteers have turned into a cinema.",
    "The club shows one film a week until June, and tickets cost four pounds. Members of the "
    "town's youth group help run the projector and the small bar.",
)


def test_french_closing_quote_with_sign_up_words_is_body() -> None:
    quote = (
        "« Pour la newsletter du festival, il suffit de s'inscrire sur le site », explique "
        "Théo Maillard."
    )
    assert quote in _paragraphs(_blocks(*_FR_HEAD, quote))


def test_english_closing_quote_with_sign_up_is_body() -> None:
    quote = (
        '"Anyone can sign up until May 20, and we already have fifty entries," said Theo '
        "Maillard, the club's director."
    )
    assert quote in _paragraphs(_blocks(*_EN_HEAD, quote))


def test_sign_up_prompt_still_dropped() -> None:
    prompt = "Sign up for our newsletter to get the club's programme every Friday."
    assert prompt not in _paragraphs(_blocks(*_EN_HEAD, prompt))


def test_attributed_quote_shapes() -> None:
    assert _attributed_quote(
        "„Wir haben im Januar einen Newsletter gestartet, und viele haben sich angemeldet“, "
        "sagte Theo Maillard."
    )
    assert _attributed_quote(
        "«Мы запустили рассылку в январе, и на нее уже подписались многие», — сказал Тео Майяр."
    )
    # a newsletter's quoted name, a quoted prompt without attribution, no quotation mark
    assert not _attributed_quote('"The Morning Reel," our free newsletter, lands every Friday.')
    assert not _attributed_quote('"Sign up for our newsletter and never miss a screening."')
    assert not _attributed_quote("Sign up for the newsletter, said nobody, ever, at all.")


def test_quoted_speech_loses_the_sign_up_cue() -> None:
    en = chrome_cues("en")
    assert en.kind("Sign up for our newsletter to get the club's programme every Friday.") == (
        "sign-up"
    )
    assert (
        en.kind(
            '"Anyone can sign up until May 20, and we already have fifty entries," said Theo '
            "Maillard."
        )
        != "sign-up"
    )
