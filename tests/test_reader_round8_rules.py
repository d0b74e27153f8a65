"""Round-8 rules, each checked in a language other than the shape that showed it (original
texts): player lines and video credits, call-outs between paragraphs, Chinese editor lines
from a dump, rendering credits."""

from __future__ import annotations

import pytest

from syndicate.model import Figure, Paragraph
from syndicate.readers.language import stopwords
from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues
from syndicate.readers.scraped.features import line_features, prose_scores
from syndicate.readers.scraped.interstitials import interstitials
from syndicate.readers.scraped.lines import split_lines


def _paragraphs(article) -> list[str]:
    return [b.text for b in article.blocks if isinstance(b, Paragraph)]


def _figures(article) -> list[tuple[str, str | None]]:
    return [(b.caption, b.credit) for b in article.blocks if isinstance(b, Figure)]


def test_video_source_lines_and_player_buttons_are_media_in_every_language() -> None:
    assert chrome_cues("de").kind("Video: Bayerischer Rundfunk") == "media"
    assert chrome_cues("pl").kind("Wideo: TVP3 Kraków") == "media"
    assert chrome_cues("es").kind("▶ Ver vídeo 1:47") == "media"
    assert chrome_cues("ar").kind("فيديو: قناة المدينة") == "media"
    # a running time alone is no label ("3:05"), and a sentence about a video is no player
    assert chrome_cues("en").kind("Video: the moment the roof came down at the depot.") is None
    assert chrome_cues("en").kind("Photo: Jane Roe") is None


def test_a_video_credit_under_a_paragraph_leaves_the_paragraph_a_paragraph() -> None:
    text = (
        "Bürger retten den alten Bahnhof von Kleinwalde\n\n"
        "Von Jana Brückner\n\n"
        "Der Verein hat das Empfangsgebäude für einen symbolischen Euro von der Gemeinde "
        "übernommen und will dort bis zum Sommer ein Café eröffnen.\n\n"
        "Video: Regionalfernsehen Nord\n\n"
        "Die Renovierung des Dachs bezahlt eine Stiftung, den Rest erledigen die Mitglieder "
        "an den Wochenenden selbst, sagt die Vorsitzende.\n\n"
        "Der erste Zug hält dort seit vier Jahren wieder jede Stunde, die Fahrgäste warten "
        "bisher aber in einem Unterstand aus Blech.\n"
    )
    article = parse_plaintext(text)
    assert _figures(article) == []
    assert len(_paragraphs(article)) == 3
    assert not any("Regionalfernsehen" in p for p in _paragraphs(article))


_PARAS = (
    "El pleno municipal aprobó el martes la creación de tres huertos urbanos en los barrios "
    "del norte, en unos terrenos que pertenecían a la antigua azucarera.",
    "Cada huerto tendrá una treintena de parcelas, que se adjudicarán por tres años a los "
    "vecinos que las soliciten antes de que termine el mes de enero.",
    "Las primeras plantaciones llegarán en primavera, después del análisis de los suelos que "
    "el ayuntamiento ha encargado a un laboratorio de la universidad.",
)


def _callouts(text: str, lang: str) -> list[str]:
    lines = split_lines(text)
    cues = chrome_cues(lang)
    feats = line_features(lines, stopwords(lang), cues)
    return [lines[k].text for k in sorted(interstitials(lines, feats, prose_scores(feats, lines)))]


def test_a_call_out_between_full_paragraphs_is_an_interstitial() -> None:
    prompt = "Síguenos en WhatsApp para recibir las noticias de tu ciudad"
    also = "Lee también: El mercado de abastos abrirá los domingos de Navidad"
    text = "\n\n".join([_PARAS[0], prompt, _PARAS[1], also, "Dónde", _PARAS[2]])
    assert _callouts(text, "es") == [prompt, also]


def test_a_call_out_after_the_last_paragraph_still_ends_the_article() -> None:
    prompt = "Síguenos en WhatsApp para recibir las noticias de tu ciudad"
    teasers = ["Más noticias", "La biblioteca central amplía su horario en diciembre"]
    text = "\n\n".join([*_PARAS, prompt, *teasers])
    assert _callouts(text, "es") == []
    # a bare "Related" header over one short blurb of another story opens a teaser list
    blurb = (
        "Un concierto solidario recauda más de diez mil euros para reformar la piscina "
        "cubierta de la ciudad."
    )
    text = "\n\n".join([_PARAS[0], "Lee también", blurb])
    assert _callouts(text, "es") == []
    # over the story's own next paragraph it is a box inside the article (round 9)
    text = "\n\n".join([_PARAS[0], "Lee también", _PARAS[1]])
    assert _callouts(text, "es") == ["Lee también"]


def test_chinese_editor_line_split_at_a_plain_space_before_the_next_label() -> None:
    cues = chrome_cues("zh")
    assert cues.contributors("供稿：外国语学院 责任编辑：李明") == ["外国语学院", "李明"]
    assert cues.contributors("（审核：王芳 编辑：赵磊）") == ["王芳", "赵磊"]


def test_a_progress_bar_has_no_clip_title_under_it() -> None:
    text = (
        "افتتاح أكبر مكتبة عامة في جدة بعد ثلاث سنوات من البناء\n\n"
        "تحديث: الأربعاء 02 ديسمبر 2026 - 11:05\n\n"
        "استمع إلى المقال\n\n00:00\n\n04:10\n\n"
        "جدة - هالة الزهراني\n\n"
        "افتتحت أمانة محافظة جدة مساء أمس أكبر مكتبة عامة في المحافظة، وتضم أكثر من مئتي "
        "ألف كتاب وقاعات للقراءة والبحث.\n\n"
        "وتعمل المكتبة يومياً من التاسعة صباحاً حتى العاشرة مساءً، وتخصص جناحاً كاملاً لكتب "
        "الأطفال وورش القراءة.\n\n"
        "وقالت الأمانة إن الدخول مجاني لجميع الزوار، وإن بطاقة الاستعارة تصدر خلال دقائق "
        "عبر تطبيق الهاتف.\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["هالة الزهراني"]


def test_a_rendering_credit_makes_its_line_a_caption() -> None:
    text = (
        "Nowa hala sportowa stanie przy szkole na Podgórzu\n\n"
        "Autor: Anna Nowak\n\n"
        "Tak ma wyglądać nowa hala. Wizualizacja: Pracownia Architektoniczna Forma\n\n"
        "Miasto podpisało umowę z wykonawcą hali sportowej przy szkole podstawowej numer "
        "siedem, budowa ma potrwać dwa lata i kosztować czterdzieści milionów złotych.\n\n"
        "W hali zmieszczą się trzy boiska do siatkówki, ścianka wspinaczkowa i trybuny dla "
        "pięciuset widzów, z których będą mogły korzystać także kluby z dzielnicy.\n"
    )
    article = parse_plaintext(text)
    assert _figures(article) == [("Tak ma wyglądać nowa hala.", "Pracownia Architektoniczna Forma")]



def test_an_update_line_over_the_headline_is_the_update_and_dates_the_header() -> None:
    text = (
        "Новини\nСпорт\nКультура\nЕкономіка\nКримінал\n\n"
        "Оновлено 02.12.2026 10:40\n\n"
        "У Луцьку відкрили першу в області зимову велостоянку біля вокзалу\n\n"
        "Стоянка на сто велосипедів має дах, освітлення і камери спостереження\n\n"
        "Ольга Кравчук\n\n"
        "Біля залізничного вокзалу в Луцьку запрацювала крита велостоянка на сто місць. "
        "Її облаштували за кошти громадського бюджету, проєкт підтримали понад тисячу "
        "мешканців міста.\n\n"
        "Стоянку обладнали дахом, освітленням і камерами, тож залишати велосипед тут можна "
        "і на ніч. Користуватися нею можна безкоштовно цілодобово.\n\n"
        "У міській раді кажуть, що навесні такі стоянки з'являться ще біля двох ринків.\n"
    )
    article = parse_plaintext(text)
    assert (article.published, str(article.updated)[:10]) == (None, "2026-12-02")
    assert [a.name for a in article.authors] == ["Ольга Кравчук"]


def test_a_standfirst_under_a_date_run_together_with_a_counter_over_a_glued_caption() -> None:
    text = (
        "Strona główna\nAktualności\nNauka\nStudenci\n\n"
        "Studenci z Lublina zbudowali czujnik, który ostrzega przed osuwaniem się skarp\n\n"
        "2 grudnia 2026 · Wyświetleń: 512\n\n"
        "Urządzenie wielkości dłoni przez pół roku testów na poligonie nie dało ani jednego "
        "fałszywego alarmu.\n\n"
        "Magistrant Piotr Zając sprawdza czujnik przed montażem. Fot. Biuro Prasowe UL\n\n"
        "Zespół pięciu magistrantów z katedry geotechniki zbudował bezprzewodowy czujnik, "
        "który śledzi przesunięcia gruntu na skarpach przy drogach i co kwadrans wysyła dane "
        "na serwer uczelni.\n\n"
        "Na poligonie pod Lublinem studenci zamontowali dwanaście czujników wzdłuż starej "
        "drogi powiatowej; system zarejestrował dwa prawdziwe osunięcia gruntu.\n\n"
        "Projekt otrzymał już grant uczelnianego programu dla start-upów studenckich.\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle is not None and article.subtitle.startswith("Urządzenie wielkości")
    assert len(_paragraphs(article)) == 3


# -- a read-aloud player's voice notice is player chrome (all languages) ----------------

_VOICED_PAGE = "\n\n".join(
    [
        "Harbour ferry to add early sailings from June",
        "Listen to this article\n00:00 / 03:12\nVoiced by artificial intelligence.",
        "Commuters on the north shore will gain two crossings before seven in the morning "
        "under the new timetable.",
        "By Dana Whitlock\nMarch 3, 2026",
        "The harbour authority said on Monday that the ferry between Kelso Point and the city "
        "quay will add two early sailings from the first week of June, after a survey of "
        "riders found that most of them start work before eight.",
        "The new departures leave Kelso Point at 6.10 and 6.40 and take twenty minutes, the "
        "authority said in a statement. Fares stay the same, and season tickets will be "
        "valid on the extra boats.",
        "Riders have asked for earlier crossings for several years. A petition signed by more "
        "than two thousand people was handed to the council last autumn, and the authority "
        "agreed in January to test the demand with a paper survey on board.",
    ]
)


def test_voice_notice_of_a_read_aloud_player_is_no_paragraph() -> None:
    # The notice ends with a full stop like a sentence; read as prose it opened the body
    # and the dek, byline and date under it were lost.
    article = parse_plaintext(_VOICED_PAGE)
    assert article.subtitle is not None and article.subtitle.startswith("Commuters")
    assert [a.name for a in article.authors] == ["Dana Whitlock"]
    assert article.blocks[0].text.startswith("The harbour authority")
    assert not any("Voiced by" in getattr(b, "text", "") for b in article.blocks)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Voiced by artificial intelligence."),
        ("ru", "Голос: нейросеть"),
        ("uk", "Озвучено штучним інтелектом"),
        ("de", "Vorgelesen von einer künstlichen Stimme"),
        ("fr", "Lu par une voix de synthèse"),
        ("es", "Narrado por inteligencia artificial"),
        ("zh", "本文由AI朗读"),
    ],
)
def test_voice_notices_in_the_language_data(lang: str, line: str) -> None:
    assert chrome_cues(lang).kind(line) == "script-notice"
    # a sentence that only mentions a synthetic voice is no notice
    sentence = "The museum " + line.casefold() + " tours began in May."
    assert chrome_cues(lang).kind(sentence) is None
