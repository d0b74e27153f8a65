"""The language package: language identification, cue words from data files, stop words.

The paragraphs are written for these tests (invented events) and are not the benchmark's
held-out set (benchmarks/data/langid_paragraphs.tsv).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from syndicate.readers.language import (
    LANGUAGES,
    Cues,
    all_cues,
    cue_prefix,
    cues,
    detect_language,
    find_cue,
    has_cue,
    match_form,
    stopword_density,
    stopwords,
)
from syndicate.readers.language.build import COMPILED, build
from syndicate.readers.language.detect import count_scripts

ROOT = Path(__file__).resolve().parent.parent

PARAGRAPHS = {
    "en": "The ferry company said on Thursday that its oldest boat would be retired in the "
    "spring, after inspectors found that the hull was wearing thin near the propeller.",
    "de": "Die Feuerwehr musste am Sonntagabend zu einem Brand in einer Scheune ausrücken, in "
    "der mehrere Traktoren und das gesamte Heu für den Winter gelagert waren.",
    "fr": "Les habitants du village se sont réunis devant la mairie pour demander que la ligne "
    "de bus, supprimée l'an dernier, soit rétablie avant la rentrée scolaire.",
    "es": "Los vecinos del barrio llevan meses pidiendo que el ayuntamiento arregle las farolas "
    "de la calle principal, que siguen apagadas desde el temporal de enero.",
    "it": "Gli studenti della scuola media hanno piantato cento alberi lungo il fiume, un "
    "progetto che il comune spera di ripetere anche il prossimo anno.",
    "pt": "Os pescadores da vila dizem que a temporada foi a pior dos últimos dez anos e pedem "
    "ao governo uma ajuda para reparar os barcos danificados pelo temporal.",
    "nl": "De bewoners van de straat hebben een petitie aangeboden aan de gemeente, omdat zij "
    "vinden dat er veel te hard wordt gereden sinds de nieuwe weg is geopend.",
    "pl": "Mieszkańcy osiedla od miesięcy skarżą się na hałas z budowy, która według planu "
    "miała się zakończyć jeszcze przed wakacjami, ale wciąż trwa.",
    "ru": "Жители посёлка уже несколько недель жалуются на перебои с водой, а в управляющей "
    "компании обещают, что трубы заменят до конца месяца.",
    "uk": "Мешканці селища вже кілька тижнів скаржаться на перебої з водою, а в управлінні "
    "обіцяють, що труби замінять до кінця місяця.",
    "ar": "اشتكى سكان الحي من انقطاع المياه لعدة أيام، ووعدت الشركة المسؤولة بإصلاح الأنابيب "
    "قبل نهاية الشهر الجاري.",
    "zh": "小区居民反映，最近几周经常停水，物业公司表示将在月底前更换老化的水管。",
    "sv": "Invånarna i byn har i flera veckor klagat på att bussen till staden inte går på "
    "helgerna, och nu lovar kommunen att en ny linje ska starta i vår.",
    "da": "Beboerne i landsbyen har i flere uger klaget over, at bussen til byen ikke kører i "
    "weekenden, og nu lover kommunen, at en ny rute starter til foråret.",
    "no": "Beboerne i bygda har i flere uker klaget over at bussen til byen ikke går i helgene, "
    "og nå lover kommunen at en ny rute skal starte til våren.",
    "ca": "Els veïns del poble fa setmanes que es queixen que l'autobús a la ciutat no circula "
    "els caps de setmana, i ara l'ajuntament promet una nova línia a la primavera.",
    "tr": "Köy sakinleri haftalardır hafta sonları şehre giden otobüsün çalışmadığından "
    "şikâyet ediyor ve belediye şimdi ilkbaharda yeni bir hattın başlayacağını söylüyor.",
    "cs": "Obyvatelé vesnice si už několik týdnů stěžují, že autobus do města o víkendech "
    "nejezdí, a obec teď slibuje, že na jaře začne jezdit nová linka.",
    "ja": "村の住民は数週間前から、週末に町へ行くバスが走らないと訴えており、町は春に新しい路線を"
    "始めると約束している。",
    "ro": "Locuitorii satului se plâng de câteva săptămâni că autobuzul spre oraș nu circulă în "
    "weekend, iar primăria promite acum că o linie nouă va porni în primăvară.",
    "el": "Οι κάτοικοι του χωριού παραπονιούνται εδώ και εβδομάδες ότι το λεωφορείο για την "
    "πόλη δεν κυκλοφορεί τα Σαββατοκύριακα, και ο δήμος υπόσχεται τώρα μια νέα γραμμή την άνοιξη.",
    "hu": "A falu lakói hetek óta panaszkodnak, hogy hétvégén nem jár a busz a városba, és az "
    "önkormányzat most azt ígéri, hogy tavasszal új járat indul, amely a piacra is eljut.",
    "fi": "Kylän asukkaat ovat jo viikkojen ajan valittaneet, että bussi kaupunkiin ei kulje "
    "viikonloppuisin, ja kunta lupaa nyt, että uusi linja aloittaa keväällä.",
    "sk": "Obyvatelia obce sa už niekoľko týždňov sťažujú, že autobus do mesta cez víkendy "
    "nepremáva, a obec teraz sľubuje, že na jar začne jazdiť nová linka, ktorá bude mať aj "
    "zastávku pri škole.",
}


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_a_paragraph_in_each_language_is_recognised(lang: str) -> None:
    found, rule = detect_language(PARAGRAPHS[lang])
    assert found == lang
    assert rule.startswith("language.")


@pytest.mark.parametrize(
    ("text", "lang", "rule"),
    [
        ("Η βροχή έκλεισε τον δρόμο προς το χωριό για δύο ημέρες.", "el", "language.script-greek"),
        ("הגשם סגר את הכביש לכפר למשך יומיים.", "he", "language.script-hebrew"),
        ("बारिश के कारण गाँव की सड़क दो दिन बंद रही।", "hi", "language.script-devanagari"),
        ("ฝนตกหนักทำให้ถนนเข้าหมู่บ้านปิดสองวัน", "th", "language.script-thai"),
        ("大雨のため、村へ向かう道路が二日間通行止めになった。", "ja", "language.script-kana"),
        ("폭우로 마을로 가는 도로가 이틀 동안 통제됐다.", "ko", "language.script-hangul"),
        ("大雨导致通往村庄的道路封闭了两天。", "zh", "language.script-han"),
    ],
)
def test_scripts_that_name_one_language(text: str, lang: str, rule: str) -> None:
    assert detect_language(text) == (lang, rule)


def test_short_and_mixed_texts_fall_back_sensibly() -> None:
    assert detect_language("") == ("en", "language.default")
    assert detect_language("12:30 — 2025") == ("en", "language.default")
    assert detect_language("Paris")[0] == "en"  # one name says nothing: the default
    assert detect_language("Mitte, Centre, Centro, Graz") == ("en", "language.default")
    # An English article quoting a Russian phrase stays English, and the reverse.
    english = PARAGRAPHS["en"] + " A sign on the pier read «Проход закрыт»."
    assert detect_language(english)[0] == "en"
    assert detect_language(PARAGRAPHS["ru"] + " (Reuters, Bloomberg, Google Maps)")[0] == "ru"
    # A Ukrainian name in Russian copy does not make it Ukrainian.
    assert detect_language("Об этом сообщил мэр Віталій Кличко на встрече с жителями.")[0] == "ru"
    # Chinese with a few Latin brand names is Chinese; kanji with kana is Japanese.
    assert detect_language("苹果公司（Apple）周二发布了新款iPhone手机。")[0] == "zh"


def test_latin_script_languages_without_a_word_list_go_to_cld2() -> None:
    swedish = (
        "Kommunen meddelade att skolan stänger i juni eftersom taket måste byggas om, "
        "och eleverna flyttas till en tillfällig byggnad vid idrottsplatsen."
    )
    # Swedish has a cue file and a frequent-words list since round 23: named without CLD2
    assert detect_language(swedish)[0] == "sv"
    finnish = (
        "Kunta ilmoitti, että koulu suljetaan kesäkuussa, koska katto on rakennettava "
        "uudelleen, ja oppilaat siirretään väliaikaiseen rakennukseen urheilukentän viereen."
    )
    assert detect_language(finnish) == ("fi", "language.cld2")


def _scripts_by_definition(sample: str) -> dict[str, int]:
    """count_scripts one character at a time, from the Unicode blocks."""
    blocks = {
        "el": (0x0380, 0x03FF),
        "cyrillic": (0x0400, 0x04FF),
        "he": (0x05C0, 0x05FF),
        "ar": (0x0600, 0x06FF),
        "hi": (0x0900, 0x097F),
        "th": (0x0E00, 0x0E7F),
        "kana": (0x3040, 0x30FF),
        "han": (0x4000, 0x9FFF),
        "ko": (0xB000, 0xD7FF),
    }
    counts: dict[str, int] = {}
    for char in sample:
        point = ord(char)
        if (char.isascii() and char.isalpha()) or 0x00C0 <= point <= 0x024F:
            counts["latin"] = counts.get("latin", 0) + 1
            continue
        for name, (low, high) in blocks.items():
            if low <= point <= high:
                counts[name] = counts.get(name, 0) + 1
    return counts


@given(st.text(alphabet="aZ 1.éßłЖяїΩωאבعربक्षกขかカ漢字한국\u0300\u2019“€😀\u00a0", max_size=60))
def test_script_counts_agree_with_their_definition(text: str) -> None:
    assert count_scripts(text) == _scripts_by_definition(text)


@given(st.text(max_size=300))
def test_any_text_gets_a_language_and_a_rule(text: str) -> None:
    lang, rule = detect_language(text)  # lone surrogates, controls, emoji: never an error
    assert lang and rule.startswith("language.")


def test_a_dump_is_named_by_its_prose_not_its_menus() -> None:
    # The first 4000 characters of a whole-page dump are menus and link addresses; an
    # English menu over an Italian article, or link paths full of short words, must not
    # decide the language.
    menu = "".join(
        f"  * [{word} news](https://example.org/{word}/a/de/o/e/la/{n}?lang=pt)\n"
        for n, word in enumerate(["Home", "World", "Sport", "Login", "Weather", "Video"] * 12)
    )
    article = (
        "La nuova biblioteca di quartiere ha aperto ieri mattina con una lunga fila di "
        "famiglie davanti alla porta.\n\nIl sindaco ha detto che le sale resteranno aperte "
        "anche la sera, perché gli studenti non hanno altri posti dove studiare in pace.\n"
    )
    assert len(menu) > 4000
    assert detect_language(menu + article)[0] == "it"
    assert detect_language("Home\nLogin\n" + article)[0] == "it"


def test_at_most_4000_characters_are_looked_at() -> None:
    assert detect_language("ж" * 4000 + PARAGRAPHS["en"] * 40)[0] == "ru"
    assert detect_language(PARAGRAPHS["de"] * 30 + "ж" * 9000)[0] == "de"


# -- cue words ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_file_fills_every_category(lang: str) -> None:
    one = cues(lang)
    for name in Cues._fields:
        if name not in {"numeric_date_order", "date_sibling_languages"}:
            assert getattr(one, name), f"{lang}: {name} is empty"
    assert len(one.months) == 12 and all(one.months)
    assert len(one.weekdays) == 7 and all(one.weekdays)
    words = [w for name in Cues._fields if name not in {"months", "weekdays", "numeric_date_order"}
             for w in getattr(one, name)]  # fmt: skip
    assert all(word == word.casefold() and word.strip() == word for word in words)


def test_the_compiled_file_is_built_from_the_toml_files() -> None:
    assert COMPILED.read_text(encoding="utf-8") == build(), (
        "data/*.toml changed: run python -m syndicate.readers.language.build"
    )


def test_cues_per_language_and_merged() -> None:
    assert cues("de-AT") is cues("de")
    assert cues("he") == Cues()  # no data file: nothing, rather than another language's words
    merged = all_cues()
    for word in ("by", "von", "par", "por", "di", "door", "autor:", "автор:", "بقلم", "记者"):
        assert word in merged.byline_prefixes
    for word in ("aktualisiert", "mis à jour", "actualizado", "обновлено", "оновлено", "更新"):
        assert word in merged.updated_labels
    for word in ("lesen sie auch", "lire aussi", "czytaj także", "читайте також", "相关阅读"):
        assert word in merged.related_markers
    for word in ("dpa", "afp", "efe", "ansa", "anp", "pap", "тасс", "укрінформ", "واس", "新华社"):
        assert word in merged.agencies
    assert merged.month_number("März") == merged.month_number("марта") == 3
    assert merged.month_number("آذار") == merged.month_number("3月") == 3


def test_month_names_are_whole_words_never_prefixes() -> None:
    russian = cues("ru")
    assert russian.month_number("марта") == 3
    assert russian.month_number("Мая") == 5
    assert russian.month_number("магазинов") is None
    assert russian.month_number("ма") is None
    assert cues("de").month_number("Märzen") is None
    assert cues("de").weekday_number("Mittwoch") == 3


def test_matching_helpers() -> None:
    german = cues("de")
    assert cue_prefix("Von Anna Berg und Jonas Roth", german.byline_prefixes) == "Von"
    assert cue_prefix("Vondrak sagte am Montag", german.byline_prefixes) is None
    assert cue_prefix("By Jane Roe", cues("en").byline_prefixes) == "By"
    assert cue_prefix("Bystanders gathered", cues("en").byline_prefixes) is None
    assert cue_prefix("Auteur : Jean Dupont", cues("fr").byline_prefixes) == "Auteur :"
    assert cue_prefix("SCHLIESSEN", german.navigation_words) == "SCHLIESSEN"  # ß casefolds
    merged = all_cues()
    assert has_cue("Lesen Sie auch: Neue Brücke", merged.related_markers)
    assert find_cue("相关阅读：", merged.related_markers) == "相关阅读"  # no word boundaries
    assert not has_cue("Chicago weather", merged.relative_words)  # "ago" is not a word here
    for line in ("Slide 3 of 7", "Bild 3 von 7", "Foto 2 de 9", "Фото 1 из 12", "4/10"):
        assert match_form(line, merged.gallery_counters), line
    assert match_form("Slide three of seven", merged.gallery_counters) is None
    assert match_form("4 min read", merged.read_time)
    assert match_form("Lesezeit : 3 Min.", merged.read_time)
    found = match_form("Ana Lee and Tom Park contributed to this report.", merged.contributor_lines)
    assert found == ("{names} contributed to this report", "Ana Lee and Tom Park")
    found = match_form("Mitarbeit: Anna Berg", german.contributor_lines)
    assert found is not None and found.names == "Anna Berg"
    assert match_form("Without a doubt", cues("en").contributor_lines) is None


def test_matching_compiles_nothing_for_every_language_merged(tmp_path: Path) -> None:
    code = (
        "import re, sys\n"
        "import syndicate.readers.language as L\n"
        "c = L.all_cues()\n"
        "re.purge()\n"
        "for name in c._fields[:-3]:\n"
        "    L.has_cue('Lesen Sie auch', getattr(c, name))\n"
        "    L.cue_prefix('Von Anna Berg', getattr(c, name))\n"
        "    L.match_form('Bild 3 von 7', getattr(c, name))\n"
        "assert len(re._cache) <= 2, len(re._cache)\n"  # the digit shape and nothing else
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def test_loading_is_lazy(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "import syndicate.readers.language as L\n"
        "assert L.detect_language('The council said that it was not sure when the "
        "bridge would open.') == ('en', 'language.frequent-words')\n"
        "assert L.cues('en').byline_prefixes[0] == 'by'\n"
        "heavy = {'tomllib', 'pycld2', 'stopwordsiso', 'dateparser'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


# -- stop words --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_stop_words_for_every_language(lang: str) -> None:
    words = stopwords(lang)
    assert len(words) >= 50
    # Arabic glues articles and conjunctions to words ("والحكومة"): its density is lower
    # (docs/languages.md), but still well above zero.
    own = stopword_density(PARAGRAPHS[lang], lang)
    assert own > (0.12 if lang == "ar" else 0.25), own


def test_ukrainian_list_is_completed_from_the_data_file() -> None:
    # stopwords-iso has 73 Ukrainian words and lacks "які", "після", "його": uk.toml adds them.
    assert {"які", "після", "його", "та"} <= stopwords("uk")


def test_stop_word_density_tells_prose_from_chrome() -> None:
    assert stopword_density(PARAGRAPHS["de"], "de") > stopword_density(PARAGRAPHS["de"], "en")
    assert stopword_density("Home News Sport Weather Video Live", "en") < 0.2
    assert stopword_density("", "en") == 0.0
    assert stopwords("xx") == frozenset()


def test_every_cue_key_of_the_data_files_is_in_the_docs_key_table() -> None:
    """docs/languages.md explains every key a language file may hold; a new key must be
    added there (the table lagged behind the files twice)."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    data = root / "syndicate" / "readers" / "language" / "data"
    keys: set[str] = set()
    for path in sorted(data.glob("??.toml")):  # one file per language (not frequent.toml)
        values = tomllib.loads(path.read_text(encoding="utf-8"))
        keys |= {key for key, value in values.items() if not isinstance(value, dict)}
    table = (root / "docs" / "languages.md").read_text(encoding="utf-8")
    missing = sorted(key for key in keys if f"`{key}`" not in table)
    assert not missing, missing
