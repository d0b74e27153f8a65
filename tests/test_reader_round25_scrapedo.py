"""Round 25 (scrapedo): kinds found on real scraped pages (court reports, reviews, match
round-ups): a source line naming a site by its lower-case domain ("Quelle: ntv.de") under
the story's last paragraph, an in-body subhead opening with a bare "with" word and quoted
phrases ("Mit „…“ und „…“ begründet"), and a reading tools' row ("Decrease Font Size
Increase Font Size Text Size Print This Page") with the share items around it. Every
sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.readers.plaintext import parse_plaintext
from syndicate.readers.scraped.cuewords import chrome_cues


def _parse(*blocks: str):
    return parse_plaintext("\n\n".join(blocks) + "\n")


def _texts(article) -> list[str]:
    out = []
    for block in article.blocks:
        text = getattr(block, "text", None)
        if text is None:
            text = getattr(block, "caption", None) or ""
        out.append(text)
    return out


_DE = (
    "Ehemaliger Kämmerer aus Fellbrunn muss ins Gefängnis",
    "Stand: 03.03.2026, 11:20 Uhr",
    "Das Landgericht Osterwald hat einen früheren Kämmerer der Gemeinde Fellbrunn wegen "
    "Untreue zu zwei Jahren und neun Monaten Haft verurteilt. Er hatte über Jahre Geld aus "
    "der Gemeindekasse auf eigene Konten umgeleitet.",
    "Die Kammer sah es als erwiesen an, dass der 61-Jährige insgesamt rund 120.000 Euro "
    "abgezweigt hatte, vor allem für Reisen und ein Ferienhaus am See.",
)


def test_domain_named_source_line_is_the_credit_line() -> None:
    last = "Das Urteil ist noch nicht rechtskräftig."
    article = _parse(*_DE, last, "Quelle: osterwald-aktuell.de")
    assert article.credit_line == "Quelle: osterwald-aktuell.de"
    names = [c.name for c in article.contributors]
    assert names == ["osterwald-aktuell.de"]
    # the last paragraph stays a paragraph, no caption over a photo credit
    assert _texts(article)[-1] == last
    assert not article.figures()


def test_domain_and_agency_in_one_source_line() -> None:
    article = _parse(*_DE, "Quelle: osterwald-aktuell.de, dpa")
    names = [c.name for c in article.contributors]
    assert names == ["osterwald-aktuell.de", "dpa"]


def test_lower_case_words_after_a_source_label_are_no_domain() -> None:
    cues = chrome_cues("de")
    assert cues.contributors("Quelle: eigene recherche") is None
    assert cues.contributors("Quelle: ntv.de") == ["ntv.de"]
    assert cues.contributors("Quelle: www.ntv.de") == ["www.ntv.de"]


def test_quoted_phrases_after_a_bare_with_are_a_subhead() -> None:
    cues = chrome_cues("de")
    assert cues.contributors("Mit „kurzen Wegen“ und „reiner Gefälligkeit“ begründet") is None
    assert cues.contributors("Mit „krimineller Energie“ und „in allen Fällen vorsätzlich“") is None
    # a bare "with" naming people still credits them
    assert cues.contributors("Mit Anna Berg und Jonas Pfeil") == ["Anna Berg", "Jonas Pfeil"]
    # a labelled source may print an outlet's name in quotes
    assert chrome_cues("uk").contributors('Джерело: "Укрінформ"') == ["Укрінформ"]


def test_quoted_subhead_stays_in_the_article() -> None:
    sub = "Mit „kurzen Wegen“ und „reiner Gefälligkeit“ begründet"
    article = _parse(
        *_DE,
        sub,
        "In der Urteilsbegründung sprach die Vorsitzende Richterin von einem System, das "
        "der Angeklagte über Jahre gepflegt habe, ohne dass es jemandem auffiel.",
        "Das Urteil ist noch nicht rechtskräftig.",
    )
    assert article.credit_line is None
    assert not article.contributors
    assert sub in _texts(article)


def test_text_size_row_is_a_widget() -> None:
    cues = chrome_cues("en")
    row = "Decrease Font Size Increase Font Size Text Size Print This Page"
    assert cues.kind(row) == "share"
    assert cues.kind("Back to article Print") == "navigation"  # a printer page's row
    assert cues.kind("• Post to Tumblr") == "share"
    assert cues.kind("Submit to Reddit") == "share"
    assert cues.kind("Show more sharing options") == "share"


def test_text_size_row_leaves_the_body() -> None:
    row = "Decrease Font Size Increase Font Size Text Size Print This Page"
    article = _parse(
        "Harbour festival returns to Marlow Sands after two quiet years",
        "By Ellen Rook",
        "March 3, 2026",
        row,
        "The harbour festival returns to Marlow Sands this weekend after two years without "
        "it, with boat races, a fish market and music on the old quay until late.",
        "Organisers expect about 12,000 visitors and ask people to come by bus, as the car "
        "parks near the harbour will be closed on both days.",
    )
    assert row not in _texts(article)
    assert _texts(article)[0].startswith("The harbour festival returns")
