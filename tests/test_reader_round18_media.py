"""Round 18 (media): the furniture of video and podcast pages — a broadcast date by label
("Sendung vom 12.03.2026"), a platform row ("Hören bei: Apple Podcasts · Spotify"), an
episode's chapter list ("00:00 Intro" / "02:15 …") with the show notes under it, a video
button ("Lecture de la vidéo") and an up-next block ("Vidéo suivante" over the next clip's
title) inside the story. Every sentence here is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_DE = [
    "Im Auwald bei Harlingsee haben Freiwillige im Winter vierzig alte Kopfweiden "
    "geschnitten, damit die Stämme nicht unter dem Gewicht ihrer Äste auseinanderbrechen.",
    "Die Weiden sind teils über hundert Jahre alt und Lebensraum für Steinkäuze, "
    "Fledermäuse und viele Käferarten, die nur in morschem Holz leben.",
    "In dieser Folge erzählen die Helferinnen und Helfer, warum die Arbeit mit Säge "
    "und Seil jedes Jahr wiederholt werden muss.",
]
_ES = [
    "La cofradía de pescadores de Portomar cumplió el martes cien años con una comida "
    "en la lonja a la que acudieron casi trescientos vecinos.",
    "En el episodio, tres generaciones de mariscadoras recuerdan cómo cambió el oficio "
    "desde que llegaron los primeros motores a las lanchas.",
    "También hablamos con el patrón mayor sobre el relevo, que preocupa a una flota "
    "cada vez más envejecida.",
]
_FR = [
    "Les agents de la voirie ont commencé lundi à remplacer les pavés de la place du "
    "Marché, descellés par les racines des platanes au fil des années.",
    "Le chantier doit durer six semaines et le marché du jeudi sera déplacé rue des "
    "Tanneurs pendant toute la durée des travaux.",
    "« On a attendu longtemps, mais le résultat vaudra la peine », estime une commerçante "
    "installée sur la place depuis vingt ans.",
    "Une réunion d'information est prévue à la mairie le 14 mars à 18 heures pour les "
    "riverains et les commerçants.",
]


def _bodies(text: str) -> list[str]:
    return [getattr(b, "text", "") for b in parse_plaintext(text).blocks]


def test_broadcast_date_by_label_is_the_publication_date() -> None:
    head = ["Kopfweiden im Auwald", "Sendung vom 12.03.2026 | 38 Min."]
    article = parse_plaintext("\n\n".join([*head, *_DE]) + "\n")
    assert str(article.published)[:10] == "2026-03-12"


def test_platform_row_after_a_listen_label_is_dropped() -> None:
    rows = [
        "Hören bei: Apple Podcasts · Spotify · RSS-Feed",
        "Escuchar en: Spotify | Apple Podcasts | iVoox",
    ]
    for row, paras, title in (
        (rows[0], _DE, "Kopfweiden im Auwald"),
        (rows[1], _ES, "Cien años de la cofradía de Portomar"),
    ):
        text = "\n\n".join([title, paras[0], row, *paras[1:]]) + "\n"
        bodies = _bodies(text)
        assert row not in bodies
        assert [b for b in bodies if b in paras[1:]] == paras[1:]  # (the first may be the dek)


def test_sentence_after_a_listen_label_stays() -> None:
    line = "Escuchar en: la radio del barco se oía todo el día, dice la patrona."
    text = "\n\n".join(["Cien años de la cofradía de Portomar", *_ES[:2], line, _ES[2]]) + "\n"
    assert line in _bodies(text)


def test_chapter_list_with_its_label_at_the_end_is_kept() -> None:
    chapters = ["Capítulos", "00:00 Presentación", "04:10 La lonja", "15:30 El relevo"]
    tail = ["Suscríbete a Mar adentro en tu plataforma favorita", "Más episodios"]
    text = "\n\n".join(["Cien años de la cofradía de Portomar", *_ES]) + "\n\n"
    text += "\n".join(chapters) + "\n\n" + "\n\n".join(tail) + "\n"
    bodies = _bodies(text)
    assert [b for b in bodies if b in chapters[1:]] == chapters[1:]
    assert not any(b.startswith("Suscríbete") for b in bodies)


def test_show_notes_under_a_bulleted_chapter_list_are_kept() -> None:
    chapters = "## Kapitel\n\n  * 00:00 Intro\n  * 03:20 Die Säge\n  * 17:45 Der Steinkauz\n"
    notes = (
        "Wer mithelfen will, meldet sich beim Landschaftspflegeverband; der nächste "
        "Einsatz ist für Februar geplant, Handschuhe und Werkzeug werden gestellt."
    )
    text = "# Kopfweiden im Auwald\n\n" + "\n\n".join(_DE) + "\n\n" + chapters + "\n"
    text += notes + "\n\n## Weitere Folgen\n\n  * [Folge 12: Der Biber](/f12)\n"
    bodies = _bodies(text)
    assert bodies[-1] == notes


def test_video_button_and_up_next_block_inside_the_story_are_dropped() -> None:
    up_next = "Vidéo suivante\nInondations : les images de la crue de la Sarre\n1:48"
    title = "Place du Marché : les pavés changent"
    parts = [title, "Lecture de la vidéo", *_FR[:3], up_next, _FR[3]]
    bodies = _bodies("\n\n".join(parts) + "\n")
    assert not any(b.startswith(("Lecture de la", "Vidéo suivante", "Inondations")) for b in bodies)
    assert [b for b in bodies if b in _FR] == _FR


_NEXT_CLIP = "Storm surge floods seafront car park"


def test_up_next_label_over_a_clip_title_and_length_is_dropped() -> None:
    paras = [
        "Contractors at Eastwick harbour have paused work on the new breakwater after last "
        "week's storm shifted several of the concrete blocks already laid.",
        "The harbour board said divers had found eleven blocks out of position and that an "
        "engineer would inspect the foundations before work resumes.",
        "Fishermen said the delay would cost them another season of unloading at the "
        "neighbouring port, forty minutes up the coast.",
        "The board expects to publish a revised timetable for the breakwater at its "
        "meeting next month, once the engineer has reported.",
    ]
    player = "\n".join(
        ["Play Video", "Duration 03:12", "00:00 / 03:12", "Up next", _NEXT_CLIP, "1:05"]
    )
    head = ["Harbour works delayed by storm damage", "By Jenna Marlow", "Published 3 March 2026"]
    text = "\n\n".join([*head, *paras[:2], player, *paras[2:]])
    bodies = _bodies(text + "\n")
    assert [b for b in bodies if b in paras[1:]] == paras[1:]
    assert not any(b in ("Up next", _NEXT_CLIP, "1:05") for b in bodies)


def test_up_next_subhead_over_a_sentence_stays() -> None:
    # a sports recap's "Up Next" over the next fixture: no clip length under it
    recap = [
        "Prairie State swept Linden 25-19, 25-21, 25-17 on Friday night, its ninth win in a "
        "row, behind fourteen kills from outside hitter Dana Okafor.",
        "Linden led 12-8 in the second set before a run of six straight points on Okafor's "
        "serve turned the match for good.",
    ]
    nxt = "Prairie State closes the regular season at Northfield on Saturday at 7 p.m."
    text = "\n\n".join(["Bison sweep Hawks in straight sets", *recap, "Up Next", nxt]) + "\n"
    assert nxt in _bodies(text)
