"""Round 20 (smallcues): small local forms — bylines that say "edited by" in Dutch and
German, Chinese "updated" and "published" labels with "于", a photo credit wrapped round
its giver ("图片由…提供"), a counter's word beside a Chinese byline, a question subhead a
dump printed with no blank line under it, and a Chinese call to follow a channel. Every
sentence, person and place is invented."""

from __future__ import annotations

from readerblocks import authors, headings, paragraphs

from syndicate.model import Figure
from syndicate.readers.plaintext import parse_plaintext


def _text(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


_ZH = (
    "12月1日晚，市青少年足球联赛在体育中心落下帷幕，共有二十支球队参加了本届比赛。",
    "决赛中，实验小学队以2比1战胜城南小学队，首次夺得冠军。",
    "赛事组委会表示，明年将增加女子组比赛。",
)
_ZH_TITLE = "市青少年足球联赛落幕 实验小学队首夺冠军"


def test_dutch_and_german_edited_by_alone_under_the_headline_is_the_byline() -> None:
    nl = parse_plaintext(
        _text(
            "Nieuwe bankjes in het stadspark aan de Tuinstraat",
            "12-11-2026\nBewerkt door Anna Wolf",
            "In het stadspark aan de Tuinstraat staan sinds deze week twintig nieuwe bankjes. "
            "Ze zijn betaald uit het buurtbudget waar bewoners om hadden gevraagd.",
            "De bankjes zijn gemaakt van eikenhout en staal.",
            "De werkzaamheden waren een week eerder klaar dan gepland.",
        )
    )
    assert authors(nl) == ["Anna Wolf"]
    de = parse_plaintext(
        _text(
            "Neue Bänke im Stadtpark an der Gartenstraße aufgestellt",
            "12.11.2026\nBearbeitet von Anna Wolf",
            "Im Stadtpark an der Gartenstraße stehen seit dieser Woche zwanzig neue Bänke. "
            "Bezahlt wurden sie aus dem Bürgerhaushalt, den Anwohner beantragt hatten.",
            "Die Bänke sind aus Eichenholz und Stahl gefertigt.",
            "Die Arbeiten endeten eine Woche früher als geplant.",
        )
    )
    assert authors(de) == ["Anna Wolf"]


def test_chinese_updated_label_with_yu_in_the_published_row() -> None:
    article = parse_plaintext(
        _text(_ZH_TITLE, "发布于 2026年12月2日 10:05    更新于 2026年12月2日 15:40", *_ZH)
    )
    assert str(article.published)[:16] == "2026-12-02T10:05"
    assert str(article.updated)[:16] == "2026-12-02T15:40"


def test_chinese_updated_line_over_the_published_line_is_not_the_publication() -> None:
    article = parse_plaintext(
        _text(_ZH_TITLE, "更新于 2026年12月3日 15:40\n发布于 2026年12月2日 10:05", *_ZH)
    )
    assert str(article.published)[:10] == "2026-12-02"
    assert str(article.updated)[:10] == "2026-12-03"


def test_a_chinese_credit_wrapped_round_its_giver_is_the_givers_name() -> None:
    for caption in (
        "决胜局结束后，实验小学队队员相拥庆祝。图片由城南体育俱乐部提供",
        "决胜局结束后，实验小学队队员相拥庆祝。（照片由城南体育俱乐部提供）",
    ):
        article = parse_plaintext(
            _text(_ZH_TITLE, "2026年12月2日", _ZH[0], "[photo1]", caption, *_ZH[1:])
        )
        figures = [b for b in article.blocks if isinstance(b, Figure)]
        assert [f.credit for f in figures] == ["城南体育俱乐部"], caption
        assert figures[0].caption == "决胜局结束后，实验小学队队员相拥庆祝。"


def test_a_chinese_credit_with_its_verb_and_no_label_stays_as_printed() -> None:
    article = parse_plaintext(
        _text(
            _ZH_TITLE,
            "2026年12月2日",
            _ZH[0],
            "[photo1]",
            "决胜局结束后，实验小学队队员相拥庆祝。城南体育俱乐部供图",
            *_ZH[1:],
        )
    )
    figures = [b for b in article.blocks if isinstance(b, Figure)]
    assert [f.credit for f in figures] == ["城南体育俱乐部供图"]


def test_a_counters_word_beside_a_chinese_byline_is_no_second_author() -> None:
    for row in ("作者：林晓舟    阅读 5821", "作者：林晓舟    浏览 5821  评论 3"):
        article = parse_plaintext(_text(_ZH_TITLE, "2026年12月2日", row, *_ZH))
        assert authors(article) == ["林晓舟"], row


def test_a_question_subhead_with_the_answer_right_under_it_is_a_heading() -> None:
    wrapped = "\n".join(
        (
            "   Kim właściwie był Feliks Gądek, zegarmistrz z Rynku 14?",
            "   Urodził się w 1899 roku i terminował u szwajcarskiego mistrza. Do miasta",
            "   przyjechał w 1927 roku i naprawiał zegary kościelne oraz kolejowe w całym",
            "   powiecie, a w latach trzydziestych zbudował mechanizm zegara na ratuszu.",
        )
    )
    article = parse_plaintext(
        _text(
            "Muzeum otworzyło warsztat dawnego zegarmistrza",
            "   19.11.2026",
            "   W muzeum otwarto odtworzony warsztat zegarmistrza. Na wystawie jest blisko\n"
            "   400 przedmiotów: od tokarki po szuflady pełne kółek zębatych i sprężyn.",
            "   Zbiór przekazała muzeum w ubiegłym roku wnuczka zegarmistrza. Przez kilka\n"
            "   miesięcy konserwatorzy czyścili i opisywali każdy element kolekcji.",
            wrapped,
            "   Warsztat prowadził aż do śmierci w 1981 roku. W zeszytach z naprawami\n"
            "   zapisywał pogodę i wydarzenia w mieście, obok nazwisk swoich klientów.",
        )
    )
    assert "Kim właściwie był Feliks Gądek, zegarmistrz z Rynku 14?" in headings(article)
    assert any(p.startswith("Urodził się w 1899 roku") for p in paragraphs(article))


def test_a_chinese_call_to_follow_an_account_named_in_quotes_is_not_body() -> None:
    article = parse_plaintext(
        _text(_ZH_TITLE, "2026年12月2日", *_ZH, "欢迎关注“城南体育”微信公众号，获取更多赛事资讯。")
    )
    assert paragraphs(article)[-1] == _ZH[-1]


def test_an_editors_line_under_a_by_line_is_a_credit_not_a_second_writer() -> None:
    pages = {
        ("By Max Bauer", "Edited by Anna Wolf"): (
            "New benches set up in the town park on Garden Street",
            "Twenty new benches now stand in the town park on Garden Street. They were "
            "paid for from the residents' budget, which the neighbours had asked for.",
            "The benches are made of oak and steel, and some of them have armrests.",
            "The work ended a week earlier than planned.",
        ),
        ("Von Max Bauer", "Bearbeitet von Anna Wolf"): (
            "Neue Bänke im Stadtpark an der Gartenstraße aufgestellt",
            "Im Stadtpark an der Gartenstraße stehen seit dieser Woche zwanzig neue Bänke. "
            "Bezahlt wurden sie aus dem Bürgerhaushalt, den Anwohner beantragt hatten.",
            "Die Bänke sind aus Eichenholz und Stahl gefertigt, einige haben Armlehnen.",
            "Die Arbeiten endeten eine Woche früher als geplant.",
        ),
        ("Door Max Bauer", "Bewerkt door Anna Wolf"): (
            "Nieuwe bankjes in het stadspark aan de Tuinstraat",
            "In het stadspark aan de Tuinstraat staan sinds deze week twintig nieuwe "
            "bankjes. Ze zijn betaald uit het buurtbudget waar bewoners om hadden gevraagd.",
            "De bankjes zijn gemaakt van eikenhout en staal, sommige hebben armleuningen.",
            "De werkzaamheden waren een week eerder klaar dan gepland.",
        ),
    }
    for (writer, editor), (title, *prose) in pages.items():
        article = parse_plaintext(_text(title, writer, editor, *prose))
        assert authors(article) == ["Max Bauer"], writer
        assert [c.name for c in article.contributors] == ["Anna Wolf"], writer
