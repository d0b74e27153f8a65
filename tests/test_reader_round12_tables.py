"""Round 12 (tables): page furniture that carries the article's own content — a results
table or a programme where the decoder would end the article, the sentences under it, a
contents box that repeats the subheads, an interview's question and answer lines, a
statement's signer and signing date, and an office signing a Chinese story. Every
sentence here is invented."""

from __future__ import annotations

from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext

_RESULTS = (
    "[Skip to content](#main)\n\n"
    "  * [Home](/)\n  * [Events](/events)\n  * [Results](/results)\n  * [Join](/join)\n\n"
    "# Harrowmere Ten: Quayle holds on in the wind\n\n"
    "Posted by Events Team\n\n"
    "Updated 2 May 2026\n\n"
    "The Harrowmere Ten started in sunshine and finished in a gale, with 412 runners "
    "completing the two laps of the lake road on Sunday morning.\n\n"
    "Tamsin Quayle led from the second mile and was never caught, although the wind on "
    "the causeway cost her the course record by eleven seconds.\n\n"
    "## Leading finishers\n\n"
    "Women:\n\n"
    "Pos | Name | Club | Time  \n"
    "---|---|---|---  \n"
    "1 | Tamsin Quayle | Mere Striders | 56:40  \n"
    "2 | Ruth Okonedo | Fellside AC | 57:12  \n"
    "3 | Lena Brack | Unattached | 58:01  \n\n"
    "Men:\n\n"
    "Pos | Name | Club | Time  \n"
    "---|---|---|---  \n"
    "1 | Owain Prys | Fellside AC | 50:19  \n"
    "2 | Dev Malhotra | Mere Striders | 50:44  \n"
    "3 | Sam Tully | Harrowmere RC | 51:30  \n\n"
    "Thanks go to the forty volunteers who stood on the causeway for three hours.\n\n"
    "Correction: An earlier version of this report gave the wrong club for Lena Brack.\n\n"
    "Share: [Facebook](https://fb.example/s) [Email](mailto:?subject=Ten)\n\n"
    "### More news\n\n"
    "  * [Summer handicap series dates](/news/handicap)\n"
    "  * [New club kit on sale](/news/kit)\n\n"
    "© 2026 Harrowmere Running Club · [Privacy](/privacy)\n"
)


def test_results_table_rows_and_the_sentences_under_them_stay_body() -> None:
    article = parse_plaintext(_RESULTS)
    body = _paragraphs(article)
    # every row with a runner's time is a paragraph of its own, both tables
    rows = [p for p in body if p.count(" | ") == 3 and p[0].isdigit()]
    assert len(rows) == 6
    assert "Women:" in body and "Men:" in body
    assert "Leading finishers" in _headings(article)
    # the article goes on under the tables: the thanks and the correction note
    assert body[-1].startswith("Correction: An earlier version")
    assert any(p.startswith("Thanks go to the forty volunteers") for p in body)
    # the separator rows and the page's chrome under the article stay out
    assert not any(set(p) <= set("-| ") for p in body)
    assert not any("Summer handicap" in p or "Privacy" in p for p in body)


_PROGRAMME = (
    "Fiestas del barrio de La Ribera: programa completo\n\n"
    "Publicado el 9 de julio de 2026 por Comisión de Fiestas\n\n"
    "La comisión de fiestas del barrio de La Ribera ha cerrado el programa de este verano, "
    "que llenará la plaza del Mercado de música y actividades durante tres días.\n\n"
    "Este año se recupera la cucaña en el río, suspendida desde hace cuatro veranos por "
    "las obras del embarcadero.\n\n"
    "Programa\n\n"
    "Jueves 23\n\n"
    "   • 20.00 h. Pregón desde el balcón de la biblioteca.\n"
    "   • 22.30 h. Concierto de la banda municipal.\n\n"
    "Viernes 24\n\n"
    "   • 12.00 h. Cucaña en el río.\n"
    "   • 19.30 h. Teatro de calle para niños.\n\n"
    "Rogamos a los vecinos que retiren los coches de la plaza antes del jueves por la "
    "mañana para poder montar el escenario.\n\n"
    "La Comisión de Fiestas\n\n"
    "La Ribera, 9 de julio de 2026\n\n"
    "Compartir: Facebook · WhatsApp · Correo electrónico\n\n"
    "Otras noticias\n\n"
    "Abierto el plazo para el concurso de carrozas\n\n"
    "© 2026 Asociación de Vecinos de La Ribera · Aviso legal\n"
)


def test_programme_items_sentence_and_sign_off_stay_body() -> None:
    article = parse_plaintext(_PROGRAMME)
    body = _paragraphs(article)
    items = [p for p in body if "h. " in p and p.lstrip("• ")[:2].isdigit()]
    assert len(items) == 4  # all four items, those of the last day too
    assert any(p.startswith("Rogamos a los vecinos") for p in body)
    # the statement's signer and the place and date it was signed close it
    assert body[-2:] == ["La Comisión de Fiestas", "La Ribera, 9 de julio de 2026"]
    assert not any("concurso de carrozas" in p for p in body)


_CONTENTS = (
    "Santé\n"
    "Canicule : les bons gestes pour protéger les plus fragiles\n"
    "Par Hélène Garnier\n"
    "Publié le 02/07/2026 à 06h30\n"
    "Sommaire\n"
    "Qui est le plus exposé\n"
    "Chez soi : garder la fraîcheur\n"
    "Quand appeler les secours\n"
    "Les températures devraient dépasser 36 degrés dans une grande partie du département "
    "jusqu'à dimanche, et la préfecture a déclenché le niveau orange du plan canicule.\n"
    "Qui est le plus exposé\n"
    "Les personnes âgées qui vivent seules, les nourrissons et les malades chroniques "
    "supportent mal la chaleur, surtout quand les nuits ne rafraîchissent plus.\n"
    "Chez soi : garder la fraîcheur\n"
    "Fermer les volets dans la journée et aérer la nuit reste le geste le plus efficace, "
    "rappellent les médecins du centre hospitalier.\n"
    "Quand appeler les secours\n"
    "Une confusion, une fièvre soudaine ou une peau très chaude et sèche doivent faire "
    "composer le 15 sans attendre.\n"
    "À lire aussi\n"
    "Piscines : les horaires d'été prolongés\n"
)


def test_contents_box_drops_and_its_subheads_stay_headings() -> None:
    article = parse_plaintext(_CONTENTS)
    body = _paragraphs(article)
    assert _headings(article) == [
        "Qui est le plus exposé",
        "Chez soi : garder la fraîcheur",
        "Quand appeler les secours",
    ]
    assert body[0].startswith("Les températures devraient dépasser")
    assert len(body) == 4
    assert not any(p == "Sommaire" for p in body)


_CONTENTS_RU = (
    "Общество\n"
    "Как оформить парковочное разрешение жителю центра\n"
    "Автор: Ольга Смирнова\n"
    "Опубликовано: 14.04.2026, 09:00\n"
    "Содержание\n"
    "Кто может получить разрешение\n"
    "Какие документы нужны\n"
    "С первого мая платная парковка в центре города расширится ещё на двенадцать улиц, "
    "и жителям этих кварталов предлагают заранее оформить разрешения.\n"
    "Кто может получить разрешение\n"
    "Разрешение выдают владельцам машин, зарегистрированным по адресу в платной зоне, "
    "не более двух на одну квартиру.\n"
    "Какие документы нужны\n"
    "Заявление подают через городской портал или в центре услуг, приложив паспорт и "
    "свидетельство о регистрации машины.\n"
)


def test_contents_box_in_russian() -> None:
    article = parse_plaintext(_CONTENTS_RU)
    assert _headings(article) == ["Кто может получить разрешение", "Какие документы нужны"]
    assert _paragraphs(article)[0].startswith("С первого мая")
    assert len(_paragraphs(article)) == 3


_INTERVIEW = (
    "首页 > 新闻动态\n"
    "我区启动夏季森林防火专项检查\n"
    "发布时间：2026-06-03 09:15\n"
    "作者：森林防火办公室\n"
    "6月3日起，我区对辖区内林场、景区和村庄开展为期一个月的森林防火专项检查，重点排查"
    "野外用火和防火设施维护情况。\n"
    "记者就检查有关情况采访了区森林防火办公室负责人。\n"
    "问：这次检查的重点是什么？\n"
    "答：重点是景区游客集中区域和林区边缘的村庄，检查防火通道是否畅通。\n"
    "问：游客进山需要注意什么？\n"
    "答：严禁携带火种进山，发现火情请立即拨打报警电话，不要自行扑救。\n"
    "森林防火办公室\n"
    "2026年6月3日\n"
    "相关链接：\n"
    "我区开展防汛应急演练\n"
    "【关闭窗口】\n"
)


def test_interview_lines_sign_off_and_office_byline() -> None:
    article = parse_plaintext(_INTERVIEW)
    assert [a.name for a in article.authors] == ["森林防火办公室"]
    assert article.authors[0].role is None  # the signing date is no role
    text = _paragraphs(article) + _headings(article)
    # both answers stay in the article, the last one too
    assert any(p.startswith("答：严禁携带火种进山") for p in text)
    assert any(p.startswith("问：游客进山需要注意什么") for p in text)
    body = _paragraphs(article)
    assert body[-1] == "2026年6月3日"
    assert not any("防汛应急演练" in p for p in body)


_TEASERS = (
    "Ferry timetable changes from Monday\n\n"
    "By Dana Whitcombe\n\n"
    "The island ferry will leave ten minutes earlier on weekday mornings from Monday, "
    "the operator said, to make room for a new freight sailing at midday.\n\n"
    "Passengers with season tickets do not need to do anything, and the evening sailings "
    "are unchanged.\n\n"
    "Most read\n\n"
    "1. Harbour cafe wins regional award\n"
    "2. Roadworks on the coast road to last into June\n"
    "3. School choir heads to national final\n"
)


def test_a_list_of_teasers_after_the_article_is_no_results_table() -> None:
    body = _paragraphs(parse_plaintext(_TEASERS))
    assert body[-1].startswith("Passengers with season tickets")
    assert not any("Harbour cafe" in p for p in body)


_NOTE = (
    "Piscine municipale : réouverture du grand bassin repoussée\n"
    "Par Julien Caradec\n"
    "Publié le 05/06/2026 à 10h00\n"
    "Le grand bassin de la piscine des Glycines ne rouvrira pas le 8 juin comme prévu : une "
    "fuite a été découverte sous le carrelage lors des derniers essais.\n"
    "Les cours de natation scolaire sont déplacés au petit bassin jusqu'à la fin du mois.\n"
    "Mise à jour le 06/06/2026 à 18h10 : la mairie annonce une réouverture le 22 juin.\n"
    "À lire aussi\n"
    "Marché nocturne : les dates de l'été\n"
)


def test_an_update_note_closing_the_article_gives_the_update_and_stays_body() -> None:
    article = parse_plaintext(_NOTE)
    assert article.published is not None and article.published.startswith("2026-06-05")
    assert article.updated is not None and article.updated.startswith("2026-06-06")
    assert _paragraphs(article)[-1].startswith("Mise à jour le 06/06/2026")


_FERRY = (
    "Harbour ferry returns to its winter timetable\n\n"
    "The island service drops to four crossings a day from Monday.\n\n"
    "By Maren Holt\n12 November 2026\n\n"
    "The ferry between Kelby and the island of Rask will sail four times a day from Monday, "
    "the operator said, after the summer crossings ended a week early because of a staff "
    "shortage.\n\n"
    "Passengers with season tickets keep their fares until the end of the year, and the "
    "operator said it would add a late sailing on Fridays if demand held up.\n\n"
    "Updated at 16:40: the operator has now published the Friday times on its website.\n"
)


def test_an_update_note_whose_label_holds_no_date_gives_no_updated_date() -> None:
    # "Updated at 16:40" names a time but no day: nothing to set, and no crash (the note's
    # date reading has no value), and the note stays the last paragraph.
    article = parse_plaintext(_FERRY)
    assert article.updated is None
    assert article.published is not None and article.published.startswith("2026-11-12")
    assert _paragraphs(article)[-1].startswith("Updated at 16:40: the operator")
