"""Round 25 (sitetitle): the site's bare name on the page's first line, right over the
headline, which stands right over the byline or the date line: the name is chrome and the
line under it the title (rule ``title.under-masthead-name``). Every sentence, person, place
and outlet is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext

_EN_BODY = (
    "The town council voted on Tuesday to reopen the old ferry pier on Quay Street, ending a "
    "closure that began when storm waves cracked two of its concrete pilings in the winter.",
    "The motion passed six votes to one after an hour of debate. Councillor Dunstan Reeve, who "
    "cast the only vote against, said the repair budget would be better spent on the harbour "
    "wall.",
    "Engineers from the county works department told the meeting that the new pilings had "
    "passed a load test in January and that the deck could carry foot traffic.",
    '"People have been walking the long way round the bay for two years," said Mayor Elsie '
    'Tanagra. "This gives the east side its front door back."',
    "A seasonal passenger boat to Gull Island is expected to resume in May, the harbour "
    "master said. Fishing from the pier will be allowed again from the northern railing.",
)
_EN_HEAD = "Council votes to reopen the old ferry pier after a two-year closure"


def _page(*blocks: str) -> tuple[str | None, str | None]:
    article = parse_plaintext("\n\n".join(blocks) + "\n")
    return article.title, article.subtitle


def test_masthead_word_name_over_headline_and_byline() -> None:
    title, subtitle = _page(
        "Harbour Town Gazette", _EN_HEAD, "By Mara Quill", "March 3, 2027", *_EN_BODY
    )
    assert title == _EN_HEAD
    assert subtitle is None


def test_name_opening_with_a_masthead_word() -> None:
    title, subtitle = _page(
        "Radio Harbour Town", _EN_HEAD, "By Mara Quill", "March 3, 2027", *_EN_BODY
    )
    assert title == _EN_HEAD
    assert subtitle is None


_DE_HEAD = "Neue Bäume und Sitzbänke für den Bahnhofsplatz in Mittelbach"
_DE_BODY = (
    "Der Bahnhofsplatz in Mittelbach bekommt ein neues Gesicht. Der Bauausschuss hat am "
    "Mittwochabend beschlossen, zwölf Linden zu pflanzen und zwanzig Sitzbänke aufzustellen.",
    "Bisher ist der Platz fast vollständig gepflastert. Im Sommer heizt sich die Fläche stark "
    "auf, Fahrgäste warten oft in der prallen Sonne auf ihren Bus.",
    "Die Kosten liegen bei rund 310.000 Euro. Etwa die Hälfte soll aus einem Landesprogramm "
    "für Stadtklima kommen, den Rest trägt die Stadt Mittelbach.",
    "Die Arbeiten am Bahnhofsplatz sollen nach den Sommerferien beginnen. Der Wochenmarkt am "
    "Samstag bleibt auf dem Platz.",
)


def test_german_name_closing_with_a_masthead_word() -> None:
    title, subtitle = _page(
        "Mittelbach Bahnhofsplatz Zeitung",
        _DE_HEAD,
        "Von Jonas Wehrlein",
        "12.05.2027, 16:20 Uhr",
        *_DE_BODY,
    )
    assert title == _DE_HEAD
    assert subtitle is None


def test_short_headline_over_a_dek_sentence_stays() -> None:
    title, subtitle = _page(
        "Ferry pier reopens",
        "The council voted to reopen the pier after a two-year closure.",
        "By Mara Quill",
        "March 3, 2027",
        *_EN_BODY,
    )
    assert title == "Ferry pier reopens"
    assert subtitle == "The council voted to reopen the pier after a two-year closure."


def test_title_case_headline_over_a_dek_sentence_stays() -> None:
    # a masthead word in a headline ("Radio"), but the line under it is a sentence: a dek
    dek = "The station went silent two years ago and now broadcasts again from the old pier."
    title, subtitle = _page(
        "Radio Returns to Harbour Town", dek, "By Mara Quill", "March 3, 2027", *_EN_BODY
    )
    assert title == "Radio Returns to Harbour Town"
    assert subtitle == dek


def test_sentence_case_first_line_stays() -> None:
    # a headline in sentence case over a longer dek with no full stop: not a name
    dek = "Council votes to reopen the old ferry pier after two years of repairs and delays"
    title, _ = _page(
        "Harbour news: pier reopens", dek, "By Mara Quill", "March 3, 2027", *_EN_BODY
    )
    assert title == "Harbour news: pier reopens"
