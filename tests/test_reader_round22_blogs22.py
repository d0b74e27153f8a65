"""Round 22 (blogs22): blog and newsletter platform pages — the meta row a Chinese
platform prints after its own-work mark ("原创 Writer Account date 发表于Place") without an
account card under it, and a meta row that is a link to the writer's profile page and a
date ("[user](/users/user/) 3 дек 2026 в 14:05"). Every sentence, person, place and site
is invented."""

from __future__ import annotations

from readerblocks import paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_ZH_BODY = (
    "在黔东南一个叫上寨的村子里，有一间只有三十平方米的图书馆，它开在村委会二楼，白天由一位退休教师看着。",
    "十年前，这里还是一间堆放化肥的仓库，后来村委会把它腾了出来，改成了孩子们放学后读书的地方。",
    "现在，图书馆有三千多册书，每天下午四点到六点，是这里最热闹的时候，孩子们写完作业再挑一本书带回家。",
)
_EN_BODY = (
    "The net loft above the chandlery has been empty since the spring, and the council has "
    "now agreed to sell it to a bakery from Parton.",
    "For forty years the loft was where the crews of three trawlers mended their gear over "
    "the winter, and some of the hooks are still there.",
    "The new owners say they will keep the beams and the hooks, and hope to open in March.",
)
_RU_BODY = (
    "Прошлой весной наша очередь заказов перестала справляться с вечерними пиками, и мы "
    "решили перенести её на новый брокер сообщений.",
    "Переезд занял одну ночь, но готовились мы к нему почти два месяца: писали двойную "
    "запись, сверяли счётчики и репетировали откат.",
    "Старый брокер работал у нас шесть лет, и за это время вокруг него выросло много "
    "самодельных обвязок, которые никто не хотел трогать.",
)


def _names(article: object) -> list[str]:
    return [a.name for a in article.authors]  # type: ignore[attr-defined]


# -- byline.original-mark-row ----------------------------------------------------------------


def test_the_writer_after_the_own_work_mark_on_a_meta_row_is_the_author() -> None:
    for meta in (
        ("原创 许知远 青禾乡村记 _2026年11月27日 19:30_ _发表于贵州_",),
        ("原创 许知远 青禾乡村记 2026-11-27 08:00 发表于北京",),
        ("原创", "许知远 青禾乡村记 2026年11月27日 19:30 贵州"),
    ):
        article = parse_plaintext(_blocks("# 山坳里的图书馆，开了十年", *meta, *_ZH_BODY))
        assert _names(article) == ["许知远"], meta
        assert article.published is not None and article.published.startswith("2026-11-27")
        assert paragraphs(article) == list(_ZH_BODY)


def test_a_meta_row_with_the_account_alone_or_without_the_mark_names_no_writer() -> None:
    for meta in (
        "原创 青禾乡村记 2026年11月27日 19:30 发表于贵州",  # the account alone
        "许知远 青禾乡村记 2026年11月27日 19:30 贵州",  # no own-work mark, no account card
        "原创 许知远 青禾乡村记 十一月下旬 贵州",  # no date
    ):
        article = parse_plaintext(_blocks("# 山坳里的图书馆，开了十年", meta, *_ZH_BODY))
        assert _names(article) == [], meta


# -- byline.profile-link-row -----------------------------------------------------------------


def test_a_profile_link_and_a_date_on_a_meta_row_name_the_writer() -> None:
    for meta, name, body, title in (
        (
            "[kvasov_d](/ru/users/kvasov_d/) 3 дек 2026 в 14:05",
            "kvasov_d",
            _RU_BODY,
            "# Как мы перенесли очередь заказов на новый брокер за одну ночь",
        ),
        (
            "[eleanor.marsh](https://platform.example.com/@eleanor.marsh) · Nov 26, 2026",
            "eleanor.marsh",
            _EN_BODY,
            "# The last net loft on Quay Street",
        ),
    ):
        for over in (True, False):
            lines = (meta, title) if over else (title, meta)
            article = parse_plaintext(
                _blocks("[Home](/) [About](/about) [Archive](/archive)", *lines, *body)
            )
            assert _names(article) == [name], (meta, over)
            assert paragraphs(article) == list(body)


def test_a_section_link_and_a_date_name_no_writer() -> None:
    for meta in (
        "[Harbour](https://notes.example.com/category/harbour/) · Nov 26, 2026",
        "[eleanor.marsh](https://platform.example.com/@eleanor.marsh) · 4 min read",
    ):
        article = parse_plaintext(
            _blocks(
                "[Home](/) [About](/about)", "# The last net loft on Quay Street", meta, *_EN_BODY
            )
        )
        assert _names(article) == [], meta


# -- byline.account-profile-card -------------------------------------------------------------


def test_a_profile_link_over_a_bio_line_and_a_follow_button_is_the_writer() -> None:
    article = parse_plaintext(
        _blocks(
            "[知乎](https://www.zhihu.com)",
            "写文章",
            "# 为什么老小区加装电梯这么难",
            "[林间](https://www.zhihu.com/people/linjian)",
            "城市规划从业者",
            "关注",
            *_ZH_BODY,
        )
    )
    assert _names(article) == ["林间"]
    assert article.authors[0].bio == "城市规划从业者"
    assert paragraphs(article) == list(_ZH_BODY)


def test_an_account_over_a_follow_button_without_a_profile_link_stays_the_writer() -> None:
    article = parse_plaintext(
        _blocks(
            "[知乎](https://www.zhihu.com)",
            "写文章",
            "# 为什么老小区加装电梯这么难",
            "[城市观察](https://www.zhihu.com/column/c_123)",
            "林间",
            "关注",
            *_ZH_BODY,
        )
    )
    assert _names(article) == ["林间"]
    assert article.authors[0].bio is None
