"""Round 25 (pq70): an article's closing practical section with a lead-in line over its
list ("Where to apply" / "You can apply in three ways:" / items with addresses, phone
hours and a link inside), the rest of a closing list whose linked item read as a menu's,
a reviewer's line with a title before the name and a job after the comma ("Konsultacja
merytoryczna: lek. NAME, pediatra"), and a run of "Label: text" tips whose label opens
with a comment word ("Respon ràpid: …"). Every sentence, person, place and outlet is
invented."""

from __future__ import annotations

from pathlib import Path

from syndicate.model import Heading, Paragraph
from syndicate.readers.plaintext import parse_plaintext


def _texts(text: str) -> list[tuple[str, str]]:
    article = parse_plaintext(text)
    out = []
    for block in article.blocks:
        if isinstance(block, Heading):
            out.append(("h", block.text))
        elif isinstance(block, Paragraph):
            out.append(("p", block.text))
        elif block.type == "list":
            out.extend(("li", item) for item in block.items)  # type: ignore[attr-defined]
        else:
            out.append((block.type, getattr(block, "text", "")))
    return out


_DEV = (
    Path(__file__).parent
    / "corpus/dev/uk_pl_closing_contacts_and_reviews/lynx_uk_sotsdopomoha_zyma.txt"
)


def _lynx_page(section: str) -> str:
    # the dev page of a city social-services office (lynx -dump) with its closing section
    # ("Куди звертатися" and what stands under it) replaced by ``section``
    text = _DEV.read_text(encoding="utf-8")
    start, end = text.index("   Подати заяву"), text.index("   Поділитися")
    return text[:start] + section + text[end:]


def test_closing_section_with_a_lead_in_line_stays_in_the_body() -> None:
    got = _texts(
        _lynx_page(
            "   Звернутися по допомогу можна:\n\n"
            "     * у сервісному центрі: вул. Соборна, 12, каб. 104;\n"
            "     * за телефоном 0 800 503 753 (пн–пт, 8:00–17:00);\n"
            "     * онлайн через [12]вебпортал або особистий кабінет.\n\n"
        )
    )
    assert ("h", "Куди звертатися") in got
    assert ("p", "Звернутися по допомогу можна:") in got
    assert got[-1] == ("li", "онлайн через вебпортал або особистий кабінет.")
    assert not any("м. Сокиряни, 60200" in t for _, t in got)  # the office's own footer


def test_closing_list_opening_with_links_stays_out() -> None:
    # a teaser list's items open with their link: no practical section
    got = _texts(
        _lynx_page(
            "   Читайте також:\n\n"
            "     * [12]Компенсація за догляд: що змінилося з грудня\n"
            "     * [13]Курси цифрової грамотності: запис до 20 грудня\n\n"
        )
    )
    assert not any(t.startswith("Компенсація за догляд") for _, t in got)


def test_rest_of_a_closing_list_with_a_link_inside() -> None:
    got = _texts(
        _lynx_page(
            "   Отримати консультацію та подати документи можна:\n\n"
            "     * у сервісному центрі за адресою: вул. Соборна, 12, каб. 104\n"
            "     * за телефоном контакт-центру 0 800 503 753 (пн–пт, 8:00–17:00)\n"
            "     * через [12]вебпортал електронних послуг або особистий кабінет\n\n"
        )
    )
    assert got[-1] == ("li", "через вебпортал електронних послуг або особистий кабінет")


_DE_H2T = (
    "[Zum Inhalt springen](#main)\n"
    "\n"
    "  * [Start](/)\n"
    "  * [Leistungen](/leistungen)\n"
    "  * [Aktuelles](/aktuelles)\n"
    "  * [Kontakt](/kontakt)\n"
    "\n"
    "# Heizkostenzuschuss für Rentnerinnen und Rentner startet am Montag\n"
    "\n"
    "02.12.2026 | Pressestelle\n"
    "\n"
    "Das Sozialamt der Stadt Lindenau nimmt ab Montag Anträge auf den einmaligen "
    "Heizkostenzuschuss an. Der Zuschuss beträgt in diesem Jahr 180 Euro pro Person.\n"
    "\n"
    "Anspruch haben Einwohnerinnen und Einwohner ab 70 Jahren, deren Rente unter "
    "1.200 Euro liegt, sowie Menschen mit einer Schwerbehinderung unabhängig vom "
    "Alter.\n"
    "\n"
    "„Im vergangenen Jahr haben mehr als zweitausend Menschen den Zuschuss erhalten. "
    'Dieses Mal haben wir das Verfahren vereinfacht", sagte Amtsleiterin Petra Vogt.\n'
    "\n"
    "## Wo Sie Hilfe bekommen\n"
    "\n"
    "So können Sie den Antrag stellen:\n"
    "\n"
    "  * im Bürgerbüro, Marktstraße 4, Zimmer 3 (Mo–Fr 8.30–16 Uhr)\n"
    "  * telefonisch unter 0800 000 000, täglich von 9 bis 18 Uhr\n"
    "  * online über das [Serviceportal](https://service.lindenau.example) oder Ihr Bürgerkonto\n"
    "\n"
    "Teilen: [Facebook](https://fb.example) [E-Mail](mailto:)\n"
    "\n"
    "Sozialamt der Stadt Lindenau\n"
    "Marktstraße 4, 04000 Lindenau\n"
    "Tel.: 0341 000 000 | E-Mail: sozialamt@lindenau.example\n"
    "\n"
    "© 2026 Stadt Lindenau\n"
)


def test_closing_section_of_an_html2text_dump_with_a_linked_item() -> None:
    got = _texts(_DE_H2T)
    assert ("h", "Wo Sie Hilfe bekommen") in got
    assert ("p", "So können Sie den Antrag stellen:") in got
    assert got[-1] == ("li", "online über das Serviceportal oder Ihr Bürgerkonto")
    assert not any("04000 Lindenau" in t for _, t in got)


_PL = (
    "Gorączka u dziecka. Kiedy podać lek, a kiedy jechać na SOR?\n\n"
    "Autorka: Joanna Zielińska | 03.12.2026\n\n"
    "{line}\n\n"
    "Gorączka sama w sobie nie jest chorobą. To sygnał, że organizm walczy z infekcją, "
    "najczęściej wirusową, a u małych dzieci temperatura rośnie bardzo szybko.\n\n"
    "Za gorączkę uznaje się temperaturę powyżej 38 stopni mierzoną w odbycie lub powyżej "
    "37,5 stopnia mierzoną pod pachą.\n"
)


def test_review_line_with_a_title_and_a_job_after_the_comma() -> None:
    line = "Konsultacja merytoryczna: lek. Agata Wronowska, pediatra"
    article = parse_plaintext(_PL.format(line=line))
    assert article.credit_line == line  # type: ignore[attr-defined]
    names = [c.name for c in article.contributors]  # type: ignore[attr-defined]
    assert names == ["lek. Agata Wronowska"]


def test_review_line_in_other_languages() -> None:
    body = (
        "\n\nFieber ist an sich keine Krankheit. Es zeigt, dass der Körper gegen eine "
        "Infektion kämpft, und bei kleinen Kindern steigt es schnell.\n\n"
        "Als Fieber gilt eine Temperatur über 38 Grad, wenn sie im Ohr gemessen wird.\n"
    )
    text = (
        "Fieber bei Kindern: Wann zum Arzt?\n\nVon Jana Holt\n\n"
        "Fachlich geprüft von Dr. Felix Brandt, Kinderarzt" + body
    )
    names = [c.name for c in parse_plaintext(text).contributors]  # type: ignore[attr-defined]
    assert names == ["Dr. Felix Brandt"]
    text = (
        "Febbre nei bambini: quando chiamare il medico\n\nDi Giulia Neri\n\n"
        "Consulenza scientifica: dott.ssa Carla Bini, pediatra\n\n"
        "La febbre non è una malattia in sé. È il segnale che il corpo combatte "
        "un'infezione, quasi sempre virale, e nei bambini sale in fretta.\n\n"
        "Si parla di febbre sopra i 38 gradi misurati nell'orecchio o in bocca.\n"
    )
    names = [c.name for c in parse_plaintext(text).contributors]  # type: ignore[attr-defined]
    assert names == ["dott.ssa Carla Bini"]


_CA = (
    "Com preparar una entrevista de feina per videotrucada\n\n"
    "Per Laia Ferrer | 2 de desembre de 2026\n\n"
    "Cada vegada més empreses fan la primera entrevista per videotrucada. Els experts "
    "asseguren que els errors més habituals tenen a veure amb la preparació.\n\n"
    "La consultora Marta Vilalta recomana seguir cinc consells senzills.\n\n"
    "Prova la connexió: fes una trucada de prova amb un amic el dia abans.\n"
    "Respon ràpid: no deixis silencis llargs després de cada pregunta.\n"
    "Sigues concret: explica un exemple real de cada habilitat que esmentis.\n\n"
    "Segons Vilalta, la majoria de candidats que segueixen aquests consells passen a la "
    "segona fase del procés.\n"
)


def test_tip_run_with_a_comment_word_label_stays_in_the_body() -> None:
    got = _texts(_CA)
    assert ("p", "Respon ràpid: no deixis silencis llargs després de cada pregunta.") in got


def test_lone_reply_prompt_after_the_article_stays_out() -> None:
    text = _CA + "\nComentaris (3)\n\nRespon a aquest comentari: escriu el teu missatge aquí.\n"
    got = _texts(text)
    assert not any(t.startswith("Respon a aquest") for _, t in got)
