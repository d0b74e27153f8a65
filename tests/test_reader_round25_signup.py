"""Round 25 (signup): a sign-up or newsletter word in the article's own prose ("Residents
can sign up for …", "… dans la newsletter du club, a précisé le secrétaire …") or in a step
of a list under a colon-ending intro ("3. Sign up for the warning text service.") no longer
ends the article; the page's own prompts ("Sign up for our newsletter", "Get … in your
inbox") still do. Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _body(text: str) -> list[str]:
    return paragraphs(parse_plaintext(text))


_EN_HEAD = (
    "Brackley Council approves new flood plan for riverside streets",
    "By Nora Pellham",
    "14 October 2027",
    "Brackley Borough Council has approved a new flood plan for the streets along the River "
    "Lune after three winters in which the water reached more than 200 homes.",
    "Councillors voted 31 to 4 on Tuesday evening to adopt the scheme, which replaces an "
    "emergency plan drawn up in 2009 and covers Mill Lane and the Cobbett estate.",
)
_EN_CLOSE = (
    "The opposition leader, Graham Tuttle, called the plan a good start but said it did "
    "nothing to keep the water out of the houses.",
    "The council will review the plan every two years.",
)


def test_sentence_naming_a_sign_up_service_stays_body() -> None:
    sentence = "Residents can sign up for the warning text service at the town hall or online."
    close = "The council said it would review the plan every two years."
    body = _body(_blocks(*_EN_HEAD, sentence, close))
    assert sentence in body
    assert body[-1] == close


def test_reported_newsletter_sentence_stays_body() -> None:
    sentence = (
        "The club's newsletter will carry the new timetable from next week, the secretary "
        "said."
    )
    body = _body(_blocks(*_EN_HEAD, sentence, *_EN_CLOSE))
    assert sentence in body
    assert _EN_CLOSE[0] in body


def test_french_newsletter_sentence_stays_body() -> None:
    head = (
        "Le club d'aviron de Vairac change ses horaires",
        "Par Hélène Castagné",
        "Publié le 22 octobre 2027",
        "Le chantier du pont de la Gravière ferme le bras nord de la rivière aux bateaux en "
        "semaine, et le club a dû revoir tout son planning d'entraînement.",
        "Dès le 3 novembre, les séances des rameurs loisirs commenceront à 7 h 15 au lieu de "
        "9 h 30, et celles des compétiteurs auront lieu en fin d'après-midi.",
    )
    sentence = (
        "Le nouveau calendrier paraîtra chaque vendredi dans la newsletter du club, a précisé "
        "le secrétaire, Paul Verdier."
    )
    close = (
        "Les bénévoles qui encadrent les sorties du matin recevront, eux, une indemnité de "
        "carburant votée par le bureau."
    )
    body = _body(_blocks(*head, sentence, close))
    assert sentence in body
    assert body[-1] == close


def test_list_step_with_sign_up_words_stays_in_list() -> None:
    steps = (
        "1. Keep a grab bag with medicines and documents by the front door.\n"
        "2. Move cars to the Pell Street car park when an amber warning is issued.\n"
        "3. Sign up for the warning text service."
    )
    body = _body(_blocks(*_EN_HEAD, "The plan lists these steps:", steps, *_EN_CLOSE))
    assert "3. Sign up for the warning text service." in body  # numbers kept (pq67)
    assert body[-1] == "The council will review the plan every two years."


def test_hard_wrapped_sentence_stays_body() -> None:
    sentence = (
        "   Residents can sign up for the warning text service at the town hall\n"
        "   or online, and a paper form will go to every household on the Cobbett\n"
        "   estate before Christmas."
    )
    body = _body(_blocks(*_EN_HEAD, sentence, *_EN_CLOSE))
    assert any(p.startswith("Residents can sign up") for p in body)
    assert body[-1] == "The council will review the plan every two years."


def test_prompts_addressed_to_the_reader_still_end_the_article() -> None:
    for prompt in (
        "Sign up for our newsletter to get the council's news every Friday morning.",
        "The Brackley Bulletin newsletter lands in your inbox every weekday before breakfast.",
        "Get the best of Brackley in the free weekly newsletter, sent every Friday morning.",
    ):
        body = _body(_blocks(*_EN_HEAD, prompt, *_EN_CLOSE))
        assert prompt not in body, prompt


def test_sentence_followed_by_no_prose_stays_chrome() -> None:
    sentence = "The Brackley Bulletin is a free newsletter sent to members every Friday morning."
    body = _body(_blocks(*_EN_HEAD, sentence, "Email address", "Subscribe"))
    assert sentence not in body


def test_list_without_colon_intro_keeps_its_sign_up_cue() -> None:
    items = "* Weather\n* Sign up for alerts\n* Obituaries"
    body = _body(_blocks(*_EN_HEAD, "More from the Bulletin", items, *_EN_CLOSE))
    assert "Sign up for alerts" not in body


def test_short_widget_line_run_into_a_paragraph_stays_chrome() -> None:
    # No blank line between a promo's short lines and the next paragraph: the promo is no
    # fragment of a wrapped sentence.
    run = (
        "Read 3 articles and stand to win rewards\n"
        "Spin the wheel now\n"
        "The contract was awarded to a joint venture of a local builder and an equipment "
        "maker, which also supplied the doors for the eastern line."
    )
    body = _body(_blocks(*_EN_HEAD, run, *_EN_CLOSE))
    assert not any("Spin the wheel" in p for p in body)
