"""Round 9: one mechanism for the chrome a page sets between two of the article's
paragraphs (:mod:`syndicate.readers.scraped.interstitials`), by cue and by shape, in
languages other than the shapes that showed it (original texts)."""

from __future__ import annotations

from syndicate.model import Heading, Paragraph
from syndicate.readers.language import stopwords
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features, prose_scores
from syndicate.readers.scraped.interstitials import REASON, interstitials
from syndicate.readers.scraped.lines import split_lines
from syndicate.readers.scraped.markup import clean_markup

_IT = (
    "Il consiglio comunale ha approvato ieri sera il progetto per la nuova passerella "
    "ciclabile sul torrente, attesa da oltre dieci anni dai residenti della frazione.",
    "I lavori partiranno a marzo e dureranno circa otto mesi; durante il cantiere il "
    "traffico sarà deviato sulla strada provinciale che costeggia la vecchia cartiera.",
    "La passerella sarà lunga sessanta metri e avrà un'illuminazione a basso consumo, "
    "alimentata da pannelli solari installati sulle due spalle in cemento del ponte.",
    "Il sindaco ha spiegato che il finanziamento arriva per metà dalla regione e per "
    "metà da un mutuo che il comune ha acceso con la cassa depositi e prestiti.",
)


def _found(text: str, lang: str) -> list[str]:
    # as the reader does: features of the lines as printed, text without the link markup
    printed = split_lines(text)
    feats = line_features(printed, stopwords(lang), chrome_cues(lang))
    lines, _headings = clean_markup(printed)
    found = interstitials(lines, feats, prose_scores(feats, lines), lang)
    return [lines[k].text for k in sorted(found)]


def _body(article) -> list[tuple[str, str]]:
    return [
        ("h", b.text) if isinstance(b, Heading) else ("p", b.text)
        for b in article.blocks
        if isinstance(b, (Heading, Paragraph))
    ]


def test_a_teaser_behind_an_arrow_between_paragraphs_is_dropped_and_the_story_goes_on() -> None:
    # (under the article's second paragraph: over it stand the dek and the header)
    teaser = "► Frana sulla provinciale, riaperta una corsia"
    text = "Passerella sul torrente, via libera\n\n" + "\n\n".join(
        [_IT[0], _IT[1], teaser, _IT[2], _IT[3]]
    )
    assert _found(text, "it") == [teaser]
    article = parse_plaintext(text)
    assert _body(article) == [("p", p) for p in _IT]
    assert any(
        p.rule.startswith("chrome line") or REASON in p.rule
        for key, p in article.provenance.items()
        if key.startswith("dropped")
    )


def test_a_capitalised_label_and_a_whole_line_link_are_teasers_by_shape() -> None:
    label = "LEGGI ANCHE: Nuovo parcheggio alla stazione"
    link = "[Il mercato contadino torna in piazza](https://giornale.example/mercato)"
    text = "\n\n".join([_IT[0], _IT[1], label, _IT[2], link, _IT[3]])
    found = _found(text, "it")
    assert label in found
    assert any("mercato contadino" in line for line in found)


def test_a_teaser_by_shape_over_the_first_paragraph_is_left_to_the_header() -> None:
    # a linked byline between the dek and the story is no teaser
    dek = (
        "Dopo dieci anni di attesa la frazione avrà il suo collegamento ciclabile con il "
        "centro, grazie a un finanziamento regionale."
    )
    byline = "[Marta Giuliani](https://giornale.example/autori/marta-giuliani)"
    text = "\n\n".join(["Passerella sul torrente, via libera", dek, byline, *_IT])
    assert _found(text, "it") == []


def test_a_subhead_between_paragraphs_is_no_teaser() -> None:
    # Headings sit between paragraphs too: no cue, no arrow, no link, no label.
    text = "Passerella sul torrente, via libera\n\n" + "\n\n".join(
        [_IT[0], _IT[1], "I tempi del cantiere", _IT[2], _IT[3]]
    )
    assert _found(text, "it") == []
    assert ("h", "I tempi del cantiere") in _body(parse_plaintext(text))


def test_quotation_marks_are_no_arrows() -> None:
    # French and German quotes end or open with guillemets: a quoted subhead stays.
    quoted = "« Nous ne lâcherons rien »"
    text = "\n\n".join(
        [
            "Le conseil municipal a voté mardi soir la fermeture de la piscine d'été, faute "
            "de maîtres-nageurs pour assurer la surveillance pendant les vacances.",
            quoted,
            "Les riverains ont aussitôt lancé une pétition, qui a recueilli plus de mille "
            "signatures en deux jours selon l'association de quartier.",
            "La mairie promet de rouvrir le bassin l'an prochain si le recrutement aboutit, "
            "et étudie une navette vers la piscine couverte de la ville voisine.",
        ]
    )
    assert _found(text, "fr") == []


def test_a_promotion_over_one_short_paragraph_on_another_subject_ends_the_article() -> None:
    pitch = "Non sei ancora abbonato? Leggi gratis per un mese tutte le notizie della tua città."
    text = "\n\n".join([_IT[0], _IT[1], "Iscriviti alla newsletter del mattino", pitch])
    assert _found(text, "it") == []


def test_the_teaser_list_under_a_read_also_label_is_part_of_the_box() -> None:
    text = "\n\n".join(
        [
            _IT[0],
            _IT[1],
            "Leggi anche\n\n* [Scuole, arriva il riscaldamento nuovo](https://g.example/a)\n"
            "* [Sagra della castagna, il programma](https://g.example/b)",
            _IT[2],
            _IT[3],
        ]
    )
    found = _found(text, "it")
    assert found[0] == "Leggi anche" and len(found) == 3  # the label and its linked teasers
    body = _body(parse_plaintext("Passerella sul torrente, via libera\n\n" + text))
    assert [t for kind, t in body if kind == "p"] == list(_IT)


def test_a_hard_wrapped_arrow_teaser_drops_each_of_its_lines() -> None:
    text = (
        "Passerella sul torrente, via libera\n\n"
        "Il consiglio comunale ha approvato ieri sera il progetto per la nuova\n"
        "passerella ciclabile sul torrente, attesa da oltre dieci anni dai\n"
        "residenti della frazione, che la chiedevano dal giorno dell'alluvione.\n\n"
        "I lavori partiranno a marzo e dureranno circa otto mesi; durante il\n"
        "cantiere il traffico sarà deviato sulla strada provinciale che costeggia\n"
        "la vecchia cartiera, chiusa da ormai vent'anni e mai riconvertita.\n\n"
        "► Frana sulla provinciale, riaperta una\n"
        "corsia dopo tre giorni di lavori\n\n"
        "La passerella sarà lunga sessanta metri e avrà un'illuminazione a basso\n"
        "consumo, alimentata da pannelli solari installati sulle due spalle.\n"
    )
    article = parse_plaintext(text)
    words = " ".join(t for _kind, t in _body(article))
    assert "Frana" not in words and "corsia dopo" not in words
    assert len([b for b in article.blocks if isinstance(b, Paragraph)]) == 3


def test_a_read_also_label_over_a_comment_prompt_is_where_the_article_ends() -> None:
    # Under a "Read also" label stand headlines; a prompt or a reader's comment (sentences)
    # means the comments opened, even when a long comment follows on the story's subject.
    comment = (
        "Finalmente! Il consiglio comunale ha fatto bene ad approvare la passerella sul "
        "torrente, la aspettavamo da anni e i lavori di marzo sono una buona notizia."
    )
    text = "\n\n".join(
        [_IT[0], _IT[1], "Leggi anche", "Dicci anche tu che cosa ne pensi!", "Paolo R.", comment]
    )
    assert _found(text, "it") == []


_EN = (
    "The harbour board voted on Tuesday to close the old ferry ramp for the winter, after "
    "divers found that two of its supporting piles had cracked below the waterline.",
    "Ferries will berth at the fishing quay instead, which means a longer walk for foot "
    "passengers and a new queuing lane for cars along the quay's northern edge.",
    "Repairs are expected to cost about four hundred thousand pounds, and the board said "
    "the work would be finished before the first summer sailings in late April.",
)
_CARDS = (
    ("Transport", "Bus timetable changes for the coastal villages from next week",
     "The council has agreed a new winter timetable for the three coastal routes, with "
     "fewer evening journeys and an extra school service on weekday mornings."),
    ("Weather", "Storm warning issued for the island as high tides return",
     "Forecasters expect gusts of up to seventy miles an hour on Thursday night, and the "
     "harbour master has asked owners of small boats to check their moorings."),
    ("Community", "Volunteers finish repainting the lifeboat station before winter",
     "A group of twenty volunteers spent three weekends scraping and painting the station, "
     "using paint donated by a boatyard on the other side of the bay."),
)


def test_a_list_of_teaser_cards_after_the_story_is_no_run_of_boxes_inside_it() -> None:
    # label, section, headline, blurb — three times: every "paragraph" is a blurb between
    # short lines, so the "Related" labels are the page's list, not promotions in the story
    cards = [line for section, head, blurb in _CARDS for line in ("Related", section, head, blurb)]
    text = "Ferry ramp closed for winter repairs\n\n" + "\n\n".join([*_EN, *cards])
    assert _found(text, "en") == []


def test_one_box_between_two_lone_paragraphs_is_still_a_box_inside_the_story() -> None:
    # a last section of one paragraph, a promotion, the closing paragraph: one such box
    # is the article's own, however short its sections
    last = (
        "The board will meet again in March to decide whether the ramp should be rebuilt "
        "or replaced by a floating pontoon."
    )
    text = "Ferry ramp closed for winter repairs\n\n" + "\n\n".join(
        [*_EN[:2], "What happens to the queue?", _EN[2], "Read more: Harbour fees to rise", last]
    )
    assert _found(text, "en") == ["Read more: Harbour fees to rise"]
