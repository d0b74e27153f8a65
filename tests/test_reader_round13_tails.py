"""Round 13 (tails): the line shapes around an article's end and its header that unseen
outlets showed — a closing bio under a label, a ghost "all articles by this author" link,
a summary box over the byline, an update note between the dek and the byline, a signature
with the signer's office, a match's scoreboard rows, a metered-paywall note, a help-line
box, a publisher's disclaimer, a caption's stray "©", a map credit, an image's file-name
link and key-figure rows taken for subheads. Every sentence here is invented."""

from __future__ import annotations

from readerblocks import figures as _figures
from readerblocks import headings as _headings
from readerblocks import paragraphs as _paragraphs

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.captions import split_caption
from syndicate.readers.scraped.cuewords import chrome_cues

_PROSE = (
    "The new footbridge over the canal will close for three weeks in June while engineers "
    "replace the deck boards, the council said on Monday.\n\n"
    "Walkers and cyclists will be sent along the towpath to the lock, which adds about ten "
    "minutes to the journey between the station and the market square.\n\n"
    "Traders on the east bank asked for the work to be moved to the winter, but the council "
    "said the timber had already been ordered and could not be stored for that long.\n"
)


# -- captions ----------------------------------------------------------------------------


def test_a_copyright_sign_before_a_photo_label_leaves_no_sign_in_the_caption() -> None:
    parts = split_caption("The rebuilt pier at dusk, from the harbour wall. © Photo: Anna Berg")
    assert parts is not None
    assert parts.caption == "The rebuilt pier at dusk, from the harbour wall."
    assert parts.credit == "Anna Berg"
    ru = split_caption("Тренер команды на утренней тренировке. © Фото: Олег Панин")
    assert ru is not None and ru.caption == "Тренер команды на утренней тренировке."


def test_a_map_credit_makes_its_line_a_caption() -> None:
    text = (
        "Tram extension plans go on show\n\n"
        + _PROSE
        + "\nThe planned route of the tram extension. Map: Borough Planning Office\n\n"
        "The exhibition in the town hall foyer runs until Friday, and officers will answer "
        "questions there every afternoon.\n"
    )
    assert _figures(parse_plaintext(text)) == [
        ("The planned route of the tram extension.", "Borough Planning Office")
    ]


# -- widgets -----------------------------------------------------------------------------


def test_a_metered_paywall_note_is_chrome() -> None:
    assert chrome_cues("en").kind("You have read 2 of your 4 free articles this month.") == (
        "paywall-meter"
    )
    assert chrome_cues("ru").kind("Вы прочитали 2 из 4 бесплатных статей в этом месяце.") == (
        "paywall-meter"
    )
    # a sentence about free articles names no count of the reader's
    assert chrome_cues("en").kind("The library offers free articles to members.") is None


def test_a_help_line_box_with_a_number_is_chrome() -> None:
    en = chrome_cues("en")
    box = "If you have been affected by the floods, the council's help desk is on 0300 555 0144."
    assert en.kind(box) == "helpline"
    assert en.kind("If you have been affected by the closure, tell the council.") is None
    fr = "Si vous êtes touché par la coupure, la mairie répond au 05 55 12 34 56."
    assert chrome_cues("fr").kind(fr) == "helpline"


def test_a_publishers_disclaimer_in_russian_is_chrome() -> None:
    line = "Мнение автора может не совпадать с позицией редакции."
    assert chrome_cues("ru").kind(line) == "disclosure"


def test_an_image_file_name_link_is_chrome() -> None:
    assert chrome_cues("en").kind("[7]DSC_0193.jpg") == "media"
    assert chrome_cues("en").kind("IMG_2208.JPEG") == "media"


# -- body --------------------------------------------------------------------------------


def test_key_figure_rows_are_no_subheads() -> None:
    text = (
        "Harbour museum has record year\n\n"
        + _PROSE
        + "\nThe season in figures:\n\nVisitors: 48 200 (+6.3 %)\n\nSchool groups: 212\n\n"
        "The museum will close for two weeks in January while the galleries are repainted "
        "and the lighting in the boat hall is replaced.\n"
    )
    article = parse_plaintext(text)
    assert _headings(article) == []
    assert "Visitors: 48 200 (+6.3 %)" in _paragraphs(article)


def test_a_lead_in_ending_in_a_full_width_colon_is_no_subhead() -> None:
    text = (
        "图书馆年度报告发布\n\n"
        "市图书馆今天发布年度报告，全年接待读者人数比去年增加了一成，少儿阅览室最受欢迎。\n\n"
        "报告主要数据：\n\n"
        "• 借阅量：12万册次\n• 新办读者证：3 400张\n\n"
        "馆长表示，明年将延长周末开放时间，并在三个街道新设自助借还点，方便附近居民。\n"
    )
    assert "报告主要数据：" not in _headings(parse_plaintext(text))


def test_scoreboard_rows_under_a_result_strip_are_chrome() -> None:
    text = (
        "Rovers edge past City in late thriller\n\n"
        "By Tom Pell\n\n"
        "Rovers 2-1 City\n"
        "Scorers: Adebayo 78, Lind 90 — Moss 31\n"
        "Venue: Mill Lane\n"
        "Attendance: 6 204\n\n" + _PROSE
    )
    body = _paragraphs(parse_plaintext(text))
    assert not any(p.startswith(("Scorers:", "Venue:", "Attendance:")) for p in body)
    assert body[0].startswith("The new footbridge")


# -- header ------------------------------------------------------------------------------


def test_a_ghost_link_to_the_authors_articles_is_no_second_author() -> None:
    text = (
        "老街改造要留住居民\n\n作者：林若溪\n查看作者全部文章\n\n2026-12-02 09:30\n\n"
        "这几年，不少城市都在改造老街。青石板重新铺过，骑楼刷上新漆，游客来了，网红店也来了。\n\n"
        "改造本身没有错。许多老街的房屋年久失修，居民自己也盼着改善。问题在于，改造的账往往只算了房子。\n\n"
        "把原来的居民留下来，老街才算真正活了。这种做法慢，也费钱，但值得。\n"
    )
    assert [a.name for a in parse_plaintext(text).authors] == ["林若溪"]


def test_a_summary_box_between_headline_and_byline_keeps_the_byline() -> None:
    text = (
        "老街改造要留住居民\n\n"
        "要点\n• 改造前逐户评估居民需求。\n• 七成住户选择回迁。\n\n"
        "作者：林若溪\n\n2026-12-02 09:30\n\n"
        "这几年，不少城市都在改造老街。青石板重新铺过，骑楼刷上新漆，游客来了，网红店也来了。\n\n"
        "改造本身没有错。许多老街的房屋年久失修，居民自己也盼着改善。问题在于，改造的账往往只算了房子。\n\n"
        "把原来的居民留下来，老街才算真正活了。这种做法慢，也费钱，但值得。\n"
    )
    article = parse_plaintext(text)
    assert [a.name for a in article.authors] == ["林若溪"]
    assert "改造前逐户评估居民需求。" in _paragraphs(article)


def test_an_update_note_between_dek_and_byline_keeps_the_dek() -> None:
    text = (
        "# La passerelle du canal fermée trois semaines\n\n"
        "Les travaux de remplacement du tablier commenceront en juin, a annoncé la mairie.\n\n"
        "**Mise à jour du 4 décembre 2026 :** la mairie a avancé le début des travaux au "
        "1er juin.\n\n"
        "Par [Claire Morin](/auteurs/claire-morin)\n\n"
        "Publié le 3 décembre 2026 à 10h00\n\n"
        "La passerelle qui enjambe le canal fermera pendant trois semaines en juin, le temps "
        "de remplacer les planches du tablier, a indiqué la mairie lundi.\n\n"
        "Les piétons et les cyclistes seront déviés par le chemin de halage jusqu'à l'écluse, "
        "ce qui allonge le trajet d'une dizaine de minutes.\n"
    )
    article = parse_plaintext(text)
    assert article.subtitle is not None and article.subtitle.startswith("Les travaux")
    assert [a.name for a in article.authors] == ["Claire Morin"]
    assert article.updated is not None and str(article.updated).startswith("2026-12-04")
    assert _paragraphs(article)[0].startswith("Mise à jour du 4 décembre 2026")


def test_a_dek_that_names_a_year_is_the_subtitle() -> None:
    text = (
        "Regional court settles more cases than ever\n\n"
        "The civil chambers closed more claims in the 2025/26 business year than in any year "
        "before, the criminal chambers still struggle with long trials\n\n" + _PROSE
    )
    subtitle = parse_plaintext(text).subtitle
    assert subtitle is not None and subtitle.startswith("The civil chambers")


def test_a_reporter_named_mid_sentence_in_chinese_prose_is_no_byline() -> None:
    text = (
        "乡村书屋十年借出四万册书\n\n"
        "记者：陈思远\n\n2026-11-30 16:20\n\n"
        "书屋开在村口的旧粮仓里，管理员是退休教师。记者到访那天，书屋里坐着七八个孩子。\n\n"
        "管理员说，孩子们喜欢漫画和科普，老人喜欢种养殖的书，去年还办了读书换鸡蛋的活动。\n\n"
        "她希望书屋明年能装上空调，因为夏天太热，孩子们坐不住。\n"
    )
    assert [a.name for a in parse_plaintext(text).authors] == ["陈思远"]


# -- tail --------------------------------------------------------------------------------


def test_a_signature_with_the_signers_office_is_the_byline() -> None:
    text = (
        "Footbridge to close for repairs\n\n"
        + _PROSE
        + ("\nDr. Miriam Holt\nPress Officer, Borough Council\n\n© 2026 Borough Council\n")
    )
    article = parse_plaintext(text)
    assert [(a.name, a.role) for a in article.authors] == [
        ("Dr. Miriam Holt", "Press Officer, Borough Council")
    ]
    assert not any("Press Officer" in p for p in _paragraphs(article))


def test_a_labelled_chinese_bio_is_the_authors_bio() -> None:
    text = (
        "老街改造要留住居民\n\n作者：林若溪\n\n2026-12-02 09:30\n\n"
        "这几年，不少城市都在改造老街。青石板重新铺过，骑楼刷上新漆，游客来了，网红店也来了。\n\n"
        "改造本身没有错。许多老街的房屋年久失修，居民自己也盼着改善。问题在于，改造的账往往只算了房子。\n\n"
        "把原来的居民留下来，老街才算真正活了。这种做法慢，也费钱，但值得。\n\n"
        "【作者简介】林若溪，城市规划学者，长期关注历史街区保护。\n"
    )
    article = parse_plaintext(text)
    assert article.authors[0].bio == "林若溪，城市规划学者，长期关注历史街区保护。"
    assert not any("作者简介" in p for p in _paragraphs(article))
    assert _figures(article) == []


def test_a_chinese_name_and_a_comma_under_the_story_is_the_authors_bio() -> None:
    text = (
        "老街改造要留住居民\n\n作者：林若溪\n\n2026-12-02 09:30\n\n"
        "这几年，不少城市都在改造老街。青石板重新铺过，骑楼刷上新漆，游客来了，网红店也来了。\n\n"
        "改造本身没有错。许多老街的房屋年久失修，居民自己也盼着改善。问题在于，改造的账往往只算了房子。\n\n"
        "把原来的居民留下来，老街才算真正活了。这种做法慢，也费钱，但值得。\n\n"
        "林若溪，城市规划学者，长期关注历史街区保护。\n\n"
        "分享到：微信 微博\n"
    )
    article = parse_plaintext(text)
    assert article.authors[0].bio == "林若溪，城市规划学者，长期关注历史街区保护。"
    assert not any(p.startswith("林若溪，") for p in _paragraphs(article))
