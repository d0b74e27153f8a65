"""Cue words per language, read lazily from one TOML data file per language.

A :class:`Cues` holds the words a news page prints around an article in one
language ("By", "Updated", "Photo:", "Read also", cookie and share words,
month names…), casefolded. The source is ``data/<lang>.toml``; at run time
the compiled form ``data/compiled.jsonl`` is read (see ``build.py``: parsing
twelve TOML files costs ~25 ms, one JSON line ~0.1 ms). ``cues("de")`` decodes
the German line once and caches it; ``all_cues()`` decodes the pre-merged line,
because page chrome can be in any language whatever the article's own. The
format of a data file is in docs/languages.md.
"""

from __future__ import annotations

import os

from ... import _functools as functools
from ..._jsonload import json_value
from ..._typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["LANGUAGES", "NESTED_FIELDS", "Cues", "all_cues", "cues", "primary_subtag", "read_toml"]

_DATA = os.path.join(os.path.dirname(__file__), "data")
"""The data folder as a string: the reader's path does not import pathlib (~5 ms, with
urllib.parse and ipaddress); ``DATA_DIR`` is the same folder as a Path, made on request."""


def __getattr__(name: str) -> object:
    if name == "DATA_DIR":  # the build step and the benchmarks want a Path
        from pathlib import Path

        return Path(_DATA)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


LANGUAGES: tuple[str, ...] = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "zh",
    "sv", "da", "no", "ca", "tr", "cs", "ja", "ro",
    "el", "hu", "fi", "sk",
)  # fmt: skip
"""The languages with a cue-word file, in the order ``all_cues()`` merges them."""

Words = tuple[str, ...]


class Cues(NamedTuple):
    """The cue words of one language (or of all of them), every string casefolded.

    Phrases are matched as whole words by the reader ("by" is not "bypass").
    Forms with placeholders use ``{n}``/``{m}`` for numbers and ``{names}``
    for where people or agencies stand. A NamedTuple: immutable, slotted and
    ~1 ms cheaper to define at import than a frozen dataclass.
    """

    byline_prefixes: Words = ()
    """Words that open a byline before the names: "by", "von", "par", "автор:", "بقلم"."""
    published_labels: Words = ()
    """Labels in front of the publication date: "published", "veröffentlicht am", "publié le"."""
    updated_labels: Words = ()
    """Labels in front of the date of the last change: "updated", "aktualisiert", "mis à jour"."""
    expiry_labels: Words = ()
    """Labels in front of the date a video or broadcast page stops being online ("available
    until", "verfügbar bis", "disponible jusqu'au", "доступно до"): a header date of its
    own, read and set aside, never the article's publication or update date."""
    photo_labels: Words = ()
    """Labels in front of a picture credit: "photo", "foto", "bild", "фото", "صورة", "摄影"."""
    credit_sources: Words = ()
    """Sources a picture credit names without a label, opening a short line under the caption
    ("handout", "courtesy of", "pressestelle", "пресс-служба", "архів", "المركز الإعلامي",
    "资料图"): the line is the photo's credit, whatever its case."""
    related_markers: Words = ()
    """Headers of a related-links block: "read also", "lesen sie auch", "читайте также"."""
    share_words: Words = ()
    """Share/print/social widget words, each a whole line or a run of them: "share", "teilen"."""
    newsletter_words: Words = ()
    """Newsletter sign-up phrases: "sign up", "newsletter", "abonnieren", "подписаться"."""
    cookie_words: Words = ()
    """Cookie/consent banner phrases: "cookies", "accept all", "alle akzeptieren"."""
    script_notices: Words = ()
    """Notices a page's scripts and players print, as the opening of a short line:
    "please turn on javascript", "aktivieren sie javascript", "включите javascript", a
    player's fallback ("this browser does not support the video element") and a read-aloud
    player's voice notice ("voiced by artificial intelligence", "голос: нейросеть")."""
    live_labels: Words = ()
    """A live blog's labels and toggles, each a whole line: "key events", "pinned",
    "liveticker", "en direct", "na żywo", "直播"."""
    status_banners: Words = ()
    """A page's status banner, the label before the colon of a line over the headline
    ("Live results: every race in …", "En directo: …", "Прямая трансляция: …"); matched
    only as a whole label, never as a headline's opening word."""
    paywall_words: Words = ()
    """Paywall and subscription phrases: "subscribe to continue", "jetzt abonnieren"."""
    comment_words: Words = ()
    """Comment-section phrases: "comments", "kommentare", "комментарии", "leave a reply"."""
    source_lists: Words = ()
    """The title of a list of sources or references under an advice or explainer article,
    a whole short line: "sources", "references", "quellen", "références", "fuentes",
    "źródła", "источники", "المصادر", "参考资料"."""
    page_feedback: Words = ()
    """A page's rating or feedback prompt, as the opening of a line: "was this page
    helpful", "how satisfied are you with this page", "rate this page", "czy ta strona
    była pomocna", "jak oceniasz informacje na tej stronie". Institution templates print
    it under the article; everything under it is the page's furniture (the widget's help
    text, attachments, the office's address), never the article."""
    feedback_answers: Words = ()
    """The answer buttons of a page's feedback widget ("yes", "no"; "ja", "nein"; "так",
    "ні"): a short line made of them alone ("Yes / No", "Так Ні") is the widget under "Was
    this page helpful?", never body nor a photo's credit."""
    gallery_counters: Words = ()
    """Gallery counter forms: "slide {n} of {m}", "bild {n} von {m}", "{n}/{m}"."""
    read_time: Words = ()
    """Reading-time forms: "{n} min read", "lesezeit: {n} min", "{n} мин чтения"."""
    error_notices: Words = ()
    """Openings of a site's error message or loading notice printed on the page ("An error
    occurred", "Сообщение об ошибке", "Impossibile caricare i contenuti"): a short line
    opening with one is page chrome, never the headline (round 22 lefta)."""
    read_time_phrases: Words = ()
    """Reading times spelt out without a number ("less than a minute", "меньше минуты",
    "meno di un minuto di lettura"): the whole line, or after a reading-time label of
    ``read_time`` ("Lettura: meno di un minuto"). Chrome, never a headline (round 22
    lefta)."""
    contributor_lines: Words = ()
    """Contributor-line forms: "{names} contributed to this report", "mitarbeit: {names}"."""
    crew_labels: Words = ()
    """Labels of a broadcast's or a podcast's production crew rows ("réalisation", "prise de
    son", "musiche originali", "technik", "producción"), without the colon: two such
    "Label: Name" rows or more one under the other, nothing labelled around them, are a
    credit line (``docs/reader.md``, round 19: crew). Alone, a row stays what it was."""
    desk_edits: Words = ()
    """Marks of the desk that edited an agency's copy, closing a bracketed source line
    ("oprac.", "bearb.", "redacción", "redazione"): "(PAP, oprac. red.)", "(EFE,
    redacción)" is a credit line naming the agencies before it."""
    role_words: Words = ()
    """Job titles that follow a byline name: "reporter", "correspondent", "redakteurin"."""
    department_words: Words = ()
    """First words of a department signing with a writer ("Por Ana Gil | Gabinete de
    Comunicación", "Door Eva Smit, Afdeling Communicatie"): the writer's role, not a second
    author."""
    agencies: Words = ()
    """News agencies printed in bylines and credits: "dpa", "afp", "тасс", "新华社"."""
    relative_words: Words = ()
    """Words that make a date relative: "ago", "vor", "il y a", "hace", "назад", "前"."""
    relative_units: Words = ()
    """Time units of a relative date: "minutes", "hours", "stunden", "часа", "小时"."""
    relative_days: Words = ()
    """Whole relative dates: "today", "yesterday", "just now", "gestern", "вчера"."""
    clock_words: Words = ()
    """Words printed with a clock time ("pm", "uhr", "h", "ore", "ч"): "14:32 Uhr"."""
    date_fillers: Words = ()
    """Words inside a printed date that carry no value: "at", "um", "uhr", "à", "г.", "года"."""
    ad_words: Words = ()
    """Advertising labels: "advertisement", "anzeige", "publicité", "реклама", "广告"."""
    navigation_words: Words = ()
    """Site navigation and page furniture: "home", "skip to content", "startseite", "首页"."""
    about_author: Words = ()
    """Headers of an author box: "about the author", "über den autor", "об авторе"."""
    article_mentions: Words = ()
    """How page furniture names the article itself: "this article", "dieser artikel",
    "questo articolo", "本文" (a line after the last paragraph that says it is about it)."""
    summary_labels: Words = ()
    """Labels on a line of their own over the article's summary ("Summary:", "Zusammenfassung",
    "Résumé", "摘要"): the line under them is the dek."""
    caption_labels: Words = ()
    """Labels a page prints in front of a photo's caption on the same line ("image caption",
    "legende", "bildunterschrift", "pie de foto", "legenda da foto", "подпись к фото"): the
    label goes, the rest is the caption (and its credit)."""
    photo_subject_labels: Words = ()
    """Round 24 (capkinds): labels that say who or what the photo shows ("na zdjęciu",
    "pictured", "im bild", "на фото", "图为"), printed after a credit-first caption's slashes
    ("Archiwum prywatne / Name / Na zdjęciu: …"): the label goes, the rest is the caption.
    Merged over every language."""
    credit_widgets: Words = ()
    """The button a page prints after a photo's credit to show or explain it ("image
    attribution tooltip", "bildnachweis anzeigen", "crédit photo : afficher"), which a copy
    glues onto the credit's line: it ends the line and goes, the credit before it stays."""
    photo_credit_tails: Words = ()
    """Round 25 (pq68): the picture words that close a credit printed in brackets after a
    caption's sentence, the giver's name before them ("Kitecon staff photo", "Ridgeline
    Events photo", "Verein Foto"): "… on Saturday. (Kitecon staff photo)" is a caption and
    its credit. Longest first when read."""
    credit_labels: Words = ()
    """Labels that name a photo's credit rather than the photo ("photo credit", "crédit
    photo", "bildnachweis", "crédito", "автор фото"): what follows is the credit whole, so a
    spaced slash in it ("Crédit photo : Org / Name") joins two credits and sets no caption
    off (Round 21, altlines)."""
    image_placeholders: Words = ()
    """The word a dump tool or a page prints in brackets where an image stands, every
    language merged (lynx's and w3m's "[IMG]", "[image]"; alt texts opening "[Imagen: …]",
    "[Bild: …]", "[صورة: …]"): such a bracket opening a line is the image, and the words
    after it on that line are its caption (see ``scraped.markup.split_image_leads``)."""
    handout_credits: Words = ()
    """Credits a page prints without a label and often in lower case, for pictures it did
    not take ("handout", "archive", "materiały prasowe", "divulgação", "пресс-служба"): a
    short line opening with one, right under a caption, is that caption's credit."""
    caption_openers: Words = ()
    """Openings that mark a whole line as a photo's caption with no credit, every language
    merged ("file -", "imagen de archivo", "архивное фото", "资料图"): the agencies' "FILE -"
    and a page's "archive picture of …". Such a line between the headline and the byline
    is the lead photo's caption, no dateline, dek or first paragraph (the header reads on)."""
    breaking_labels: Words = ()
    """Labels of a breaking-news banner over the page ("breaking", "eilmeldung", "عاجل"),
    printed in front of another story's headline with a colon."""
    shop_words: Words = ()
    """Openings of a shop button on a product page or roundup ("buy now at", "check price",
    "jetzt kaufen", "voir l'offre"); ``{price}`` stands for a price that opens the line
    ("{price} at": "$279 at Amazon"); ``{shop}`` for the one to three words of a shop's
    name inside a button whose verb closes it ("bei {shop} ansehen": "Bei Amazon
    ansehen")."""
    rating_labels: Words = ()
    """Labels of a review's score ("rating", "our score", "bewertung", "note", "оценка"),
    printed with the score on a short line ("Rating: 4 out of 5 stars")."""
    disclosure_words: Words = ()
    """Phrases of an affiliate or sponsorship disclosure, anywhere in the line ("we may earn
    a commission", "affiliate-links", "liens affiliés", "партнёрские ссылки")."""
    recipe_sections: Words = ()
    """The section heads of a recipe card, each a whole line ("Ingredients", "Method",
    "Zutaten", "Préparation", "Składniki", "做法"): the recipe goes on under them."""
    recipe_labels: Words = ()
    """A recipe's label as a whole line ("Recipe", "Recept", "Ricetta") over the card's
    capitals name or section head: a label, no paragraph and no subhead."""
    styling_credits: Words = ()
    """Forms of a food or fashion feature's credit for the recipe and styling ("food styling:
    {names}", "receptbewerking en styling: {names}"): under the article it is the credit
    line, and photo-label parts beside it ("Photography: B") name contributors too."""
    sponsor_labels: Words = ()
    """Openings of a sponsor's label over its block in a newsletter or a page ("presented by",
    "sponsored by", "präsentiert von", "en partenariat avec", "при поддержке")."""
    rights_phrases: Words = ()
    """Phrases of a page's rights notice, anywhere in a short line ("all rights reserved",
    "alle rechte vorbehalten", "جميع الحقوق محفوظة", "版权所有", "版权归原作者所有")."""
    newsroom_bylines: Words = ()
    """A newsroom's name that signs an article alone ("redazione", "redacción", "redaktion",
    "la rédaction", "redakcja", "редакция"): a whole header line, or one part of a meta row
    ("21/02/2026 | Redacción"), that is the byline (an organisation byline, LABELS.md 4)."""
    newsroom_byline_prefixes: Words = ()
    """Round 22 (header22): the words that open a newsroom's byline before its name in the
    article or case the language gives it ("par" in "Par la rédaction", "von" in "Von der
    Redaktion", "by" in "By the Newsroom", "od" in "Od redakcji"): with the rest of the line
    one of the ``newsroom_bylines`` forms, the line is the byline and the newsroom (without
    the word) its author (LABELS.md 4)."""
    section_words: Words = ()
    """Round 22 (header22): words of a news site's section or category names ("politics",
    "local", "cronaca", "lokales", "société"): a meta row's part after the labelled
    publication date that holds one ("Published: 3 March 2024 | Local Politics") is the
    section the story is filed under, not a writer read by the name's shape."""
    glued_byline_particles: Words = ()
    """Round 22 (leftb): the small words inside a person's name ("عبد" in "عبد الله",
    "أبو", "بن"; "van", "de", "von"). A writer's name glued to the start of the first
    paragraph ("كتب- Name <prose…>") runs, in a script without capitals, two words and one
    more for each of these; in a cased script, where a dash or colon closes the name, these
    are the only lowercase words it may hold ("Ana de la Torre")."""
    staff_bylines: Words = ()
    """Round 21 (metaroles): a newsroom's staff or team signing an article, as a form with
    ``{name}`` for the site's or the unit's name ("the {name} team", "l'équipe de {name}")
    or as a phrase ("staff", "staff report", "equipo de redacción"). After a byline prefix
    ("By Staff", "Por el equipo de redacción") it is the byline; alone on a line (a phrase
    of two words or more, or a form) it signs only beside the header's date, like a bare
    name. A lone "Staff" or "Team", "Staff Writer" (a role) and "Our Team" (a menu) are no
    byline."""
    republish_notes: Words = ()
    """Phrases of a nonprofit newsroom's republishing note and its licence ("republish this
    story", "you can republish", "puedes republicar", "vous pouvez republier", "pode
    republicar"): a short note holding one among the article's last lines is noise (see
    ``ChromeCues.republish_note``). A story that mentions republishing in its own words
    ("the paper republished the photo") holds none of these phrases."""
    practical_info: Words = ()
    """Phrases of the practical information printed under a review or an event's write-up
    ("in cinemas from", "weitere vorstellungen", "karten unter", "réservation conseillée",
    "in sala dal", "в прокате с", "票价："): the venue, dates, prices and booking of the
    work or place reviewed. A short or telegraphic last paragraph holding one and a figure
    is noise (see ``ChromeCues.practical_note``); only there, never inside the story."""
    disclaimer_words: Words = ()
    """Phrases of an advice page's legal or medical disclaimer ("ersetzt keine individuelle
    rechtsberatung", "not a substitute for professional medical advice", "ne constitue pas
    un conseil juridique"): a short note holding one, the article's last lines, is noise.
    Only there: the same words inside the story ("its leaflet is not legal advice") are
    the story's, so they are not ``disclosure_words`` (dropped wherever they stand)."""
    disclosure_labels: Words = ()
    """Labels of a writer's disclosure panel, each a whole line ("disclosure statement",
    "conflicts of interest", "déclaration d'intérêts", "declaración de intereses"): the label
    and the short statement under it are furniture, not the article (see
    ``scraped.features``)."""
    panel_labels: Words = ()
    """Labels that go on a disclosure panel under its statement ("partners", "funders",
    "partenaires"), with their own short statement; only after a ``disclosure_labels`` line."""
    contact_labels: Words = ()
    """Labels that open a press release's closing contact block ("media contact",
    "pressekontakt", "perscontact", "контакты для сми", "媒体联系"), on their own line or
    before the contact: the release has ended (contact blocks are no body, LABELS.md 13)."""
    contact_invitations: Words = ()
    """Openings that invite the reader to ask for more ("for more information", "para más
    información", "weitere informationen", "pour plus d'informations", "更多信息请联系"): a
    line at the article's foot opening with one and printing an e-mail address or a
    telephone number is the press note's contact line, chrome (LABELS.md 13)."""
    press_offices: Words = ()
    """Names of an organisation's press or communications office that sign a release under
    its last paragraph ("press office", "pressestelle", "ufficio stampa", "assessoria de
    comunicação", "biuro prasowe", "пресс-служба"), opening a short line of its own: the
    sender's sign-off, no author and no body (LABELS.md 13)."""
    release_stamps: Words = ()
    """How a press release's date stamp opens, over its headline ("for immediate release",
    "embargoed until", "sperrfrist", "pour diffusion immédiate"): the issuer's name above
    that stamp is no headline (see ``scraped.region``)."""
    release_end_marks: Words = ()
    """The mark a press release closes with ("Ends", "انتهى", "Fin", "Конец", "完"): alone
    on its line, a phrase as printed, a single word only set between dashes or brackets
    ("-انتهى-", "– Fin –", "(完)"); what follows it (the "About …" boilerplate, the press
    contacts) is the release's tail."""
    meta_keys: Words = ()
    """Keys of a page's metadata table printed over or under its headline, one row a line
    with its value after it ("Datum 17.02.2026" / "Ort Dessau" / "Kategorie Volksschule",
    "Fecha" / "Lugar" / "Categoría"), as a dump tool prints a table of key and value: the
    rows are furniture, the date row the header's date (see ``scraped.features``)."""
    glued_meta_labels: Words = ()
    """Round 22 (scrapedf): labels of a page's one-line meta row other than the date labels
    ("来源", "文章来源", "点击数", "浏览", "Fuente", "Visitas", "Quelle", "Aufrufe"), which a
    dump may print glued to the value before them with no space ("文章来源:X发布时间:2026-11-27
    点击数:312"): the row is spaced at each label before it is read (see
    ``scraped.headerline._glued_meta_row``). Written without the colon; only a label followed
    by a colon counts."""
    read_more_links: Words = ()
    """Round 22 (scrapedf): the words of a "read more" link that closes a post's text or a
    teaser ("read more", "leer más", "weiterlesen", "阅读全文"), alone on a line or after the
    post's title and followed or not by an arrow ("Working Structure Fire Read More »"):
    the line is a link, dropped from the body (see ``scraped.cuewords.read_more_link``)."""
    editor_notes: Words = ()
    """Headers of a press release's notes to editors, each a whole line ("notes to editors",
    "noot voor de redactie", "hinweis für redaktionen", "编者注"): the release has ended when
    contact details (an e-mail address, a telephone number) follow them; notes that add
    facts (a gov.uk release's) stay the article's last section."""
    follow_prompts: Words = ()
    """Openings of a prompt to follow the outlet on a messaging or social channel ("follow
    us on", "подписывайтесь на", "читайте нас в", "підписуйтеся", "تابعونا على"): chrome
    when the short line also names a platform (a share word: "Telegram", "Viber")."""
    forwarded_labels: Words = ()
    """The label a messenger prints over a reposted message, opening a short line ("Forwarded
    from", "Переслано из", "Weitergeleitet von", "转发自"): a channel mirror's chrome, never
    the title, a byline or a paragraph (round 23, leftd)."""
    follow_buttons: Words = ()
    """A platform's follow or subscribe button, each a whole line ("follow", "+ follow",
    "подписаться", "关注", "متابعة"): with a follower count, what marks the account's name
    next to it as the post's author on a blog or self-media platform (``byline.account``)."""
    edit_stamp_openers: Words = ()
    """Openings of a forum post's edit stamp, whose date is the post's last update ("本帖最后由
    X 于 2026-11-30 08:12 编辑", "Last edited by X on 2 May 2026", "Zuletzt bearbeitet von X
    am …"): read only when the line is short and opens with one (round 21)."""
    summary_widget_labels: Words = ()
    """The label of a page's generated summary box over the story, a whole line ("文章摘要",
    "AI summary", "Zusammenfassung des Artikels"): its short items restate the story and are
    chrome (an editor's "Key points", ``summary_labels``, stay the article's text) (round 21)."""
    document_labels: Words = ()
    """The label a press release prints on a line of its own over its headline, no headline
    itself ("press release", "pressemitteilung", "communiqué de presse", "nota de prensa",
    "بيان صحفي", "新闻稿"): ``title.first-line`` passes over it (round 22, tallya)."""
    location_labels: Words = ()
    """The label a page prints before its breadcrumb, with a colon ("you are here",
    "sie sind hier", "вы здесь", "您当前的位置"): the line is the page's location, never
    its headline (round 21)."""
    follower_words: Words = ()
    """The word after an account's follower count ("followers", "подписчиков", "粉丝",
    "متابع"): "48,2 тыс. подписчиков", "1.2K followers", "粉丝 3.4万"."""
    button_verbs: Words = ()
    """Verbs of a page's call-to-action button ("check", "buy", "reserve", "join";
    "reservieren", "kaufen", "jetzt"): a short line that opens (or, in German, ends) with
    one, beside another short line, is a button pair, neither a caption nor a credit."""
    next_event_labels: Words = ()
    """Labels of a club's next-event line under a report ("next fixture", "next match",
    "nächstes spiel"), opening a line before a colon: the site's footer, not the story."""
    runtime_units: Words = ()
    """Words of a film's running time after its number ("minutes", "minuti", "minuten",
    "мин", "分钟"): with a credit label ("Regia:", "Avec") on one short line, the line is
    the reviewed work's details line ("…, Italia 2026, 104 minuti. Regia: …"), furniture."""
    deal_titles: Words = ()
    """Words of a deals box's title ("deals", "best price", "aanbiedingen", "offerte"):
    a short line with one over bare price rows and a shop button ("£119" / "View Deal")
    is the box's title, not a subhead of the review."""
    work_fact_labels: Words = ()
    """Labels of the rows of a reviewed work's info box ("director", "runtime", "regie",
    "laufzeit", "verlag", "réalisation", "éditeur", "导演"): three "Label: value" rows or
    more, two of them with one of these labels, are the box, page furniture wherever it
    stands (a hike's or a product's facts box names none of them and stays)."""
    info_box_labels: Words = ()
    """Labels of the rows of an event's, an office's or a bulletin page's info box
    ("venue", "tickets", "doors", "aktenzeichen", "ansprechpartner", "wytworzył",
    "liczba odwiedzin", "索引号"): with ``work_fact_labels``, three "Label: value" rows or
    more, two of them named by either list, are the box, page furniture wherever they
    stand. No "when"/"where"/"price"/"weight": an article's own "Serviço" section and a
    product's spec rows are told in those and stay the article's."""
    figure_labels: Words = ()
    """Words that open a chart's, a table's or a map's caption before its number ("chart",
    "table", "wykres", "grafico", "abbildung", "таблица", "الشكل", "图"): "Chart 1.
    Overnight stays …" over a ``figure_source_labels`` line is a figure and its source."""
    figure_source_labels: Words = ()
    """Labels of a chart's or a table's source line under its caption ("source",
    "źródło", "fonte", "quelle", "источник", "المصدر", "来源"): the figure's credit, not
    the article's credit line (only under a ``figure_labels`` caption)."""
    donate_phrases: Words = ()
    """Phrases of an appeal for gifts set in or around the article ("donate today", "support
    our reporting", "listener-supported", "jetzt spenden", "faites un don", "wesprzyj nas",
    "поддержите нас"), anywhere in a short line: the page's furniture, like a newsletter box.
    Two keys because they match differently: a phrase here stands anywhere in the line, an
    entry of ``donate_openings`` only at its start (short words such as "sostieni" or "iban"
    would misfire inside prose)."""
    donate_openings: Words = ()
    """Openings of an appeal for money set among or under an article's paragraphs ("donate
    now", "jetzt spenden", "faire un don", "sostieni", "wesprzyj", "iban"): the short line
    is the outlet's or the organisation's widget, dropped where it stands."""
    video_labels: Words = ()
    """Labels and buttons of a video or audio embed ("video", "відео", "فيديو", "视频",
    "watch"): a short line that is one of them, a colon and a source ("Відео: Ніжин ТБ"),
    or a player's button with the clip's running time ("▶ Смотреть видео 2:41") is the
    player's chrome, never a photo's credit."""
    embed_notices: Words = ()
    """Phrases of a third-party embed's consent notice and its button ("this content is
    hosted by a third party", "ich bin damit einverstanden, dass mir externe inhalte",
    "accetta e continua") and of a video player's residue ("video loading", "video wird
    geladen", "click to play"), anywhere in a line of at most 60 words: the embed's chrome
    among the paragraphs, dropped where it stands with the short label over it and the
    button under it (see ``scraped.features``)."""
    embed_widget_labels: Words = ()
    """Round 25 (embeds): how the widget rows of an embedded social post or video player
    open ("view this post on instagram", "a post shared by", "watch on youtube", "video
    player", "diesen beitrag auf instagram ansehen", "ver en youtube", "lecteur vidéo"): a
    short line opening with one is the embed's chrome (``noise.embed``), dropped where it
    stands; the lines between two of them (the post's handle, text and counters, a
    player's title) are the embed's too (see ``scraped.features``), and the article goes
    on under it."""
    ad_break_openers: Words = ()
    """How an ad break that tells the reader to go on opens ("dalszą część przeczytasz",
    "continua a leggere", "article continues", "weiter nach"): a short line of at most 9
    words, no sentence, that opens so and names an advertisement (holds one of
    ``ad_break_stems``) is the ad's label, never a subhead (round 22, leftc)."""
    ad_break_stems: Words = ()
    """The openings of the words for an advertisement in an ad break line ("reklam",
    "pubblicit", "advert", "anzeige", "广告"), found anywhere in the line so inflected
    forms ("reklamą", "рекламой") count (round 22, leftc)."""
    standards_notes: Words = ()
    """The titles of a newsroom's note on how it works ("so arbeitet die redaktion", "how we
    report", "nos engagements éditoriaux", "jak pracujemy"): a line of 60-300 characters
    that opens with one, set off by a colon, a quote or a dash ("\"So arbeitet die
    Redaktion\" informiert Sie, …", "Jak pracujemy: Redakcja …"), is the site's footer,
    never the story's last paragraph (round 22, leftc)."""
    error_report_keys: Words = ()
    """The key chord of a page's typo-report prompt ("ctrl+enter", "strg+enter"), anywhere
    in a line of at most 30 words: "If you notice a mistake, select the text and press
    Ctrl+Enter" is the site's furniture, never the article's last paragraph (round 22)."""
    full_version_prompts: Words = ()
    """Openings of a prompt that sends the reader to the whole piece printed elsewhere
    ("read the complete", "lees de volledige", "leia a receita completa", "lesen sie den
    vollständigen"): a line of one sentence (at most 25 words) that opens with one, as whole
    words, is a link to the full test, recipe or report, never a paragraph of the story
    (round 23, scrapedk)."""
    comment_prompts: Words = ()
    """A prompt for readers' questions: where it sends them, the comments or the page's
    assistant ("in the comments", "nei commenti", "our chatbot", "nosso assistente"), and
    the words for the reader's question ("your question", "hai domande", "alguma dúvida"):
    a short line holding two different ones is a prompt among the paragraphs ("Hai domande
    sulla viabilità? Scrivile nei commenti", "Ask your question in the comments or our
    bot"), never body."""
    review_lists: Words = ()
    """A review's labels over its lists of pros and cons, each a whole line ("Pros", "Cons",
    "What we liked", "Vorteile", "Les plus", "Zalety", "Плюсы", "优点")."""
    advice_box_titles: Words = ()
    """Titles of an advice or service box a page prints after the article, each a whole
    line ("Good to know", "Warto wiedzieć", "Bon à savoir", "温馨提示"): the box and the
    short items under it close the body as the page's furniture, not a last section."""
    notice_box_titles: Words = ()
    """First words of the title of a notice or service box a press room prints after the
    story ("notice to shipping", "practical information", "hinweise für", "informations
    pratiques", "praktische informatie"): the title over one short paragraph that ends on a
    link or web address is the page's furniture, not a last section."""
    access_labels: Words = ()
    """A page's access badge, each a whole line over the first paragraph ("Open article",
    "Free to read", "Artículo abierto", "Открытый материал", "Contenu gratuit"): the
    paywall's label of the article, never its first paragraph."""
    number_words: Words = ()
    """Small numbers spelled out, as a count opens a line with them ("One thought on
    “…”", "Один комментарий к «…»", "Une réflexion sur « … »")."""
    advice_box_openers: Words = ()
    """First words of a tips box's title ("Tips for walkers", "Consejos para caminantes",
    "Советы жителям", "Tipps für Radfahrer"): a title that opens with one over one to
    three short items closing the story is the page's service box."""
    letter_salutations: Words = ()
    """First words of a letter's salutation ("Dear", "Sehr geehrte", "Chers", "Estimados",
    "Szanowni", "Уважаемые", "Шановні", "尊敬的"): a short line opening with one and ending
    with a comma, a colon or an exclamation mark ("Dear residents,", "尊敬的各位业主、住户：")
    opens a notice or a newsletter letter: its first body paragraph, never a widget under
    the headline (round 25, pq69)."""
    qa_labels: Words = ()
    """Labels over the two halves of a question-and-answer page, each a whole line
    ("Question", "Answer", "Вопрос", "Ответ", "السؤال", "الجواب", "نص السؤال", "问", "答"):
    a fatwa, a legal or medical advice page. The label is the half's subhead, never a name
    in a byline nor a widget under the headline."""
    name_honorifics: Words = ()
    """Lower-case titles a byline prints before a cleric's name, part of the name ("di don
    Luca Ferrandi", "ks. Jan Wrona", "ds. Pieter de Wit", "abbé Jean Morel"): the byline
    names the person with the title."""
    name_title_words: Words = ()
    """Academic and professional titles a byline prints before a name, in any case, one or
    several ("dr hab. inż. Marek Zieliński", "д-р Иван Петров", "Me Hélène Carbonnel",
    "dott.ssa Anna Neri"; Chinese prints them after the name: "王建国 教授"): kept as part of
    the author's name, as printed; never a second author (round 23, leftd)."""
    name_title_leads: Words = ()
    """The article or courtesy word a byline prints between its byline word and a title
    ("Par le Dr …", "Por el Dr. …", "Von Frau Dr. …", "pani dr …", "السيد الدكتور …"): no
    part of the name (round 23, leftd)."""
    author_notes: Words = ()
    """Openings of the note under an opinion piece that says who its writer is ("The author
    is a professor of …", "（作者为…教授）", "Автор — экономист …"): the byline author's bio,
    never a contributor credit."""
    meter_notes: Words = ()
    """Phrases of a metered paywall's counter ("free articles", "articles gratuits",
    "бесплатных материалов", "免费文章"): a short line holding one and a figure ("You have
    read 3 of your 5 free articles this month") is the paywall's note, never body."""
    helpline_openings: Words = ()
    """Openings of a help-line box ("If you have been affected by", "Wenn Sie von", "Si vous
    êtes touché", "Если вы пострадали", "如果您需要帮助"): a paragraph that opens with one and
    gives a telephone number or an e-mail address is the page's box, never body."""
    first_person: Words = ()
    """Words of the first person ("i", "my", "we", "ich", "wir", "je", "я", "我"): an answer
    that speaks them is an interviewee's, not an explainer's (see ``scraped.body``)."""
    interviewer_labels: Words = ()
    """Byline labels that name an interview's interviewer ("Interview by", "Propos
    recueillis par", "Беседовала:", "Розмовляла:", "حاورها:", "采访："): the page is an
    interview, so its questions on lines of their own are the interviewer's turns (body
    paragraphs), not subheads (see ``scraped.body``)."""
    interview_kickers: Words = ()
    """Whole kicker lines over an interview's headline ("INTERVIEW", "Q&A", "Im Gespräch",
    "Entretien", "Интервью", "专访"): like an interviewer's byline, they make the page an
    interview, so its questions on lines of their own are turns, not subheads."""
    masthead_words: Words = ()
    """Words of a newspaper's or broadcaster's name ("herald", "gazette", "zeitung",
    "diario", "газета"): a name-shaped part of a byline after the writer that holds one
    is the outlet the writer works for ("by Jane Roe, Prairie Public Ledger")."""
    meta_publication_words: Words = ()
    """Nouns that open (or close) the name of a publication or a newsletter ("newsletter",
    "bulletin", "notiziario", "boletín", "biuletyn", "mitteilungen", "вестник"): a
    name-shaped cell of a meta row beside the article's date, or a line next to the date
    line, that opens or closes with one ("Pubblicato il … · Notiziario della Confraternita",
    "Parish Newsletter") is the publication the item appeared in, not a writer (round 25
    pq66)."""
    site_taglines: Words = ()
    """Phrases of the tagline a wiki or reference site prints under every page's headline
    ("from wikipedia, the free encyclopedia": "the free encyclopedia", "der freien
    enzyklopädie", "свободной энциклопедии"), anywhere in a short line: the site's
    furniture, never the headline nor the article's first paragraph."""
    editorial_signatures: Words = ()
    """Whole lines that sign an unsigned editorial for the paper ("The Editorial Board",
    "A Direção", "La rédaction", "Редакция", "编辑部", and the ``newsroom_bylines`` words):
    alone on the line right under the last paragraph, with no byline anywhere, the
    signature is the piece's (organisation) author and not body; a short line that opens
    with one signs as the body's last block (see ``Reader.take_editorial_signature``)."""
    organisation_signatures: Words = ()
    """Words of an organisation signing an obituary or notice at its end ("治丧工作小组",
    "治丧委员会" closing the line; "колектив", "коллектив", "zarząd" opening it): alone on
    a short line under the last paragraph, with no byline anywhere, the line is the piece's
    (organisation) author, and a date line under it is the signature's (see
    ``Reader.take_end_signature``)."""
    organisation_forms: Words = ()
    """Legal and club forms written before or after an organisation's name ("e.v.",
    "gmbh", "v.v.", "vzw", "asbl", "sp. z o.o.", "aps", "odv", "ооо", "s.a."): a short
    line opening or closing with one, written as such forms are (dots, capitals), names
    the club or company whose site the page is: never the headline when a section label or
    post-meta row and a headline stand under it, and the board's writer in a post-meta row
    ("Geplaatst op … door Bestuur v.v. Zuidermeent"). See
    ``scraped.headerline.organisation_name``."""
    posting_accounts: Words = ()
    """One-word accounts that sign a club's, office's or blog's post-meta row ("board",
    "admin", "webmaster", "vorstand", "bestuur", "zarząd", "secretaría", "direttivo",
    "правление"): after a labelled date row's connector ("Opublikowano 3 marca 2026 przez
    Zarząd") the word is the writer; any other plain capitalised word there may be a place
    ("Pubblicato il 3 marzo da Roma", "… von Berlin"). See ``scraped.headerline._posted_by``."""
    original_post_marks: Words = ()
    """A platform's mark that a post is the account's own work, opening the meta row under
    the headline or standing on the line over it ("原创", "原創": WeChat, Toutiao,
    Baijiahao): "原创 许知远 青禾乡村记 2026年11月27日 19:30 发表于贵州" names the writer,
    then the account, then the date. See ``plaintext`` rule ``byline.original-mark-row``."""
    profile_link_paths: Words = ()
    """Path segments of a link to a writer's or a user's profile page ("/author/",
    "/users/", "/@", "/autor/", "/auteur/", "/avtor/"): a meta row near the headline that
    is such a link and a date ("[kvasov_d](/ru/users/kvasov_d/) 3 дек 2026 в 14:05")
    names the writer. See ``plaintext`` rule ``byline.profile-link-row``."""
    print_links: Words = ()
    """The links of a printer-friendly page's button row ("back to article", "print",
    "close window", "zurück zum artikel", "drucken", "stampa", "imprimir", "печать",
    "طباعة", "打印"): a short line made of nothing but these ("Back to article Print",
    "Zurück | Drucken | Fenster schließen") is page chrome (``navigation``), never a
    headline or a label over one. See ``scraped.cuewords.ChromeCues.print_row``."""
    signature_tails: Words = ()
    """What a letter's signature may print after the writer's name instead of a town
    ("Name, by email", "Name. Por correo electrónico", "Name, per e-mail"): with a
    name-shaped writer the line signs the letter above it and stays body, never a subhead,
    a caption or the article's byline (see ``scraped.names.is_signature``)."""
    edition_labels: Words = ()
    """Words of an e-paper's page furniture, anywhere in a line above the headline
    ("版面导航", "上一版", "返回版面", "本版导航"): the page shows one story of a printed
    issue, and the issue's date printed above the headline ("2026年11月20日 星期五") is the
    story's publication date (see ``_issue_date`` in ``readers/plaintext.py``)."""
    imprint_labels: Words = ()
    """Labels of the fields in a publisher's address row at a page's foot ("地址", "邮编",
    "新闻热线", "传真"): a line opening with one of them and holding two or more is the
    imprint, page chrome (a paragraph that gives one address or number stays)."""
    imprint_openers: Words = ()
    """What opens a line of a newsroom's imprint at the page's foot: its header
    ("expediente", "impressum", "redakcja", "выходные данные") or a masthead or
    registration field ("diretor de redação", "chefredakteurin", "главный редактор",
    "свидетельство о регистрации сми", "redaktor naczelny", "registergericht"). Two such
    lines in one run, with the lines wrapped under them, are the imprint: page chrome
    that ends the article (see ``_imprint_blocks`` in ``scraped.features``)."""
    comment_verbs: Words = ()
    """The verb of a reader comment's header line ("wrote", "schrieb", "a écrit",
    "escribió", "ha scritto", "napisał", "написал", "كتب", "写道"): a short line ending in a
    colon that holds one of them and a date or time ("On March 3, 2026, at 9:42 AM, jan
    wrote:", "Am 12.03.2026 um 18:41 schrieb Kanalanwohner:") heads one comment of a
    thread; two of them on a page are the comment section, page chrome that ends the
    article (see ``_comment_entries`` in ``scraped.features``)."""
    correction_notes: Words = ()
    """Phrases of a correction or update note printed as the article's last paragraph
    ("this article was updated … to correct …", "para corregir", "foi corrigido",
    "исправлено", "виправлено"): that note names the article, yet it is the article's own
    text, never page furniture about it (see ``ChromeCues.names_article``)."""
    contributor_place_words: Words = ()
    """Round 22 (crosslang): the prepositions that set a contributor's place after the
    name in a credit line ("Colaborou Teresa Antunes, em Lisboa", "Anna Berg in Kyiv
    contributed"; "in", "em", "en", "à", "w", "в", "у", "في", "发自"): the place, not a second
    name (read in cased scripts, where the preposition is in lower case)."""
    author_contact_openings: Words = ()
    """Round 22 (crosslang): openings of a line under the story that gives the writer's
    e-mail ("contact the reporter at", "Z autorką można się skontaktować", "Kontakt zur
    Autorin", "écrire à l'auteur", "написать автору"): with an address on the line and no
    prose under it, the reporter's contact line, chrome like a press note's contact."""
    byline_report_verbs: Words = ()
    """Round 22 (crosslang): the verb a byline may close with after the names ("本报记者
    韩雪松 报道", "記者 林怡君 報導", "Jane Roe reports", "مراسلنا … يفيد"). Read by the
    Chinese byline rule, where the verb is set apart by a space like a second name; in a
    cased script the name test already refuses a lower-case word."""
    poll_labels: Words = ()
    """The label over an inline reader poll and its buttons ("poll", "vote now", "view
    results"; "umfrage", "abstimmen"; "enquete", "votar"; "опрос", "голосовать"; "投票"):
    with a question and two or more answers carrying a share ("64%", "Ja – 61 %") or a
    radio button ("( ) Yes"), the box is the page's widget set among the paragraphs (see
    ``scraped.features._poll_boxes``)."""
    dialog_buttons: Words = ()
    """The buttons of a pop-up dialog ("close", "cancel", "publish changes", "not now";
    "schliessen", "abbrechen"; "fermer", "annuler"; "закрыть", "отмена"; "关闭", "取消"): a
    short row holding two different ones is the dialog's, and its title and prompt over it
    are the page's, never the headline (see ``scraped.features._dialog_boxes``)."""
    glued_tag_row_labels: Words = ()
    """The "more" label of a section-and-tags row a dump glues into one line ("more",
    "mehr", "plus", "más", "ещё", "更多"): "Military & Defense More: The Aviationist
    Argentina Britain" is the section, the label and the story's tags, never the headline
    (see ``scraped.features._glued_tag_row``)."""
    image_alt_openers: Words = ()
    """How a template's image alt text opens when it carries the headline ("illustration
    for article titled", "illustration zum artikel"): a dump prints the alt text as a line
    of its own, which repeats the headline; it is the image's, never the headline, a
    caption or a paragraph (cue ``media``)."""
    status_stamps: Words = ()
    """The phase stamps of a service status page's incident log ("resolved", "monitoring",
    "identified", "investigating", "update"; "resuelto", "behoben", "résolu", "решено"),
    whole lines alone or with a date and time after a separator ("**Resuelto** · 18 abr.
    2026, 13:25 CEST"): when two or more stand right over a sentence each, they and the
    dated "Posted …" lines under the messages are the page's, the messages the article (see
    ``scraped.statuslog``)."""
    notice_row_labels: Words = ()
    """The labels of a notice's fact rows ("affected lines", "duration", "detour";
    "betroffene Linien", "Dauer"; "lieux concernés"; "calles afectadas", "duración
    prevista"; "затронутые маршруты"; "受影响线路"), the words before a row's colon: a run of
    "Label: value" rows holding one is the notice's own facts, never a match's facts box,
    a subhead or an image's alt text (see ``scraped.features._match_boxes``,
    ``scraped.body.notice_row``)."""
    correction_labels: Words = ()
    """Round 25 (tailnotes): the label that opens a correction or editor's note, the words
    before its colon ("correction", "editor's note", "clarification"; "korrektur",
    "anmerkung der redaktion"; "rectificatif", "note de la rédaction"; "fe de errores";
    "nota della redazione"; "correção"; "sprostowanie"; "поправка"; "更正", "编者按"): the
    note is a body paragraph of the article, at its top or its end, never its dek or a
    short line of the page's furniture (see ``ChromeCues.correction_note``)."""
    status_labels: Words = ()
    """Openings of a status page's labels on such a page ("incident report for", "this
    incident affected", "informe de incidencia de", "powered by"): the whole line is the
    page's (see ``scraped.statuslog``)."""
    interview_intros: Words = ()
    """Phrases a dek announces a conversation with ("we spoke to", "rozmawiamy",
    "im Gespräch mit", "entretien avec", "conversamos com", "专访"), found anywhere in it:
    with two short questions or more on lines of their own, the page is an interview and
    its questions are the interviewer's turns, body paragraphs (``plaintext._interview_dek``)."""
    place_dateline_openers: Words = ()
    """The from/at word that opens a place-only dateline printed in capitals on a line of its
    own over the story's first paragraph ("DE SÃO PAULO", "DO RIO", "DA ROMA", "AUS BERLIN"):
    the line is the dateline, noise, not the first paragraph (``plaintext._drop_place_dateline``,
    round 22). The rule reads a line in capitals only, so the ar and zh words stay unused
    (their scripts have no capitals)."""
    contact_block_labels: Words = ()
    """The label of a page's contact or responsibility block, alone on its line with a colon
    ("Verantwortlich:", "Contact presse :", "Responsabile:", "联系人："): a bare name on
    the line under it is the office or person to contact, never the byline
    (``plaintext._Reader._contact_block_name``, round 22)."""
    recent_posts_labels: Words = ()
    """The label of a blog's list of its latest posts, a whole line under the story ("Ultimi
    Articoli", "Latest posts", "Últimos artículos", "Neueste Beiträge", "最新文章"): two
    capitalised words, never the name that signs the post (``byline.signed-name``, round
    22). Read only there: as a related marker it would let a footer line under the list
    read as the story going on."""
    match_phase_labels: Words = ()
    """A match ticker's phase labels, each a whole line ("Full time", "Half time", "Pre-match",
    "Halbzeit", "Descanso", "Mi-temps", "Intervalo", "Przerwa", "中场休息"): on a page whose
    entries carry clock times or match minutes they stamp the entries, no subheads and no
    body (see ``scraped.entries.phase_labels``)."""
    date_sibling_languages: Words = ()
    """The languages whose month and weekday names this language's pages also print in their
    dates, codes of other data files: a Ukrainian news site prints the date line of its
    Russian edition over a Ukrainian story ("20 апреля, 2024 22:12"), a Russian page the
    Ukrainian one. Read by ``datetext._lexicon`` after the page's own language (round 23);
    empty for most languages (the only list field that may be)."""
    official_roles: Words = ()
    """Titles of public officials, as a signer's office prints them under an official
    notice or as a photo's caption names the official in it (round 23 officials):
    "minister", "deputy mayor", "head of department", "press secretary", "kierownik
    referatu", "начальник управления", "وزيرة", "محافظ", "局长", with the grammatical forms
    pages print (Polish, Russian and Ukrainian cases, feminine forms, Arabic with and
    without "ال"). A short line holding one is an office: the role of the name signing
    beside it (``byline.signature``), never a person's name itself (a bare Arabic caption
    "وزيرة الصحة" is no byline)."""
    signup_reader_address: Words = ()
    """Words that speak to the reader in the second person ("you", "your", "vous",
    "votre", "du", "dein", "ты", "ваш", "你"): a line holding a sign-up word and one of
    them (or a word of ``first_person``, "our newsletter") is the page's prompt, never the
    article's sentence about a service (round 25 signup, ``features._prose_sign_up_lines``).
    Over-inclusive is safe: a word listed here only keeps a line a sign-up prompt."""
    months: tuple[Words, ...] = ()
    """Twelve entries, January first; each holds every form of that month (full, genitive,
    abbreviation with and without its dot)."""
    weekdays: tuple[Words, ...] = ()
    """Seven entries, Monday first; each holds every form of that weekday."""
    numeric_date_order: str = ""
    """How this language reads "05/03/2025": "dmy" (day first), "mdy" (month first), or ""
    when the language alone does not say (English: Britain and the US differ)."""

    def month_number(self, word: str) -> int | None:
        """1–12 for a month name in any of its forms (whole word, casefolded), else None."""
        return _index(self)[0].get(word.casefold().rstrip("."))

    def weekday_number(self, word: str) -> int | None:
        """1–7 (Monday = 1) for a weekday name in any of its forms, else None."""
        return _index(self)[1].get(word.casefold().rstrip("."))


_LIST_FIELDS = tuple(name for name in Cues._fields if name != "numeric_date_order")
NESTED_FIELDS = {"months": 12, "weekdays": 7}
"""The fields holding one tuple of forms per month (12) or weekday (7)."""


def primary_subtag(lang: str) -> str:
    """The language subtag of a BCP 47 tag, lower-case: "de-AT" → "de", "zh-Hans" → "zh"."""
    return lang.replace("_", "-").split("-", 1)[0].strip().lower()


def cues(lang: str) -> Cues:
    """The cue words of one language ("de", "pt-BR"…); empty Cues when it has no data file."""
    return _cues(primary_subtag(lang))


@functools.cache
def _cues(code: str) -> Cues:
    if code not in LANGUAGES:
        return Cues()
    return _from_json(compiled_line(code))


@functools.cache
def all_cues() -> Cues:
    """Every language's cue words merged (first language first, duplicates dropped)."""
    return _from_json(compiled_line("*"))


@functools.cache
def merged_words(name: str) -> frozenset[str]:
    """One flat field of every language's cue words merged (``all_cues().<name>``), read
    without decoding the rest of the merged line: a rule that needs one list from all the
    languages ("masthead_words") does not pay for all of them."""
    field = _merged_field_bytes(name)
    if field is not None:
        try:
            one = field.decode("utf-8")
            value, end = json_value(one)
        except ValueError:  # not one whole JSON array there: read it from the decoded line
            pass
        else:
            if end == len(one):
                return frozenset(value)
    text = _line_text("*") or ""
    key = f'"{name}": '
    found = text.find(key)
    if found < 0:
        return frozenset(getattr(all_cues(), name))
    value, _ = json_value(text, found + len(key))
    return frozenset(value)


def _merged_field_bytes(name: str) -> bytes | None:
    # The bytes of the field ``name`` of the merged line (``"*"``) of ``compiled.jsonl``
    # (for a list, from its ``[`` to the ``]`` that closes it), or None.
    #
    # Decoding the whole merged line (~200 KB, every language's words) to take one list of a
    # few kilobytes, and searching it for the field's key, was most of a first
    # ``merged_words`` (~2 M instructions); the fields' places are found once instead.
    place = _indexed_fields().get(name)
    span = _place(place, _second_line()) if isinstance(place, str) else None
    if span is not None and span[0] >= len(f', "{name}": '.encode()):
        start, end = span
        key = f', "{name}": '.encode()
        # round 24 (speed24): only the field and the bytes around it are read, not the file
        piece = _compiled_piece(start - len(key), end + 3)
        if (
            piece[: len(key)] == key
            and piece[len(key) : len(key) + 1] == b"["
            and piece[end - start + len(key) - 1 : end - start + len(key)] == b"]"
            and piece[end - start + len(key) :] in (b', "', b"}\n", b"}")
        ):
            return piece[len(key) : end - start + len(key)]
    data = _compiled_bytes()
    if span is not None:
        start, end = span
        key = f', "{name}": '.encode()
        # trusted only where the index still fits the file: the key just before the value,
        # a list's brackets, then the next key or the line's end
        if (
            data[start - len(key) : start] == key
            and data[start : start + 1] == b"["
            and data[end - 1 : end] == b"]"
            and data[end : end + 3] in (b', "', b"}\n", b"}")
        ):
            return data[start:end]
    span = _merged_fields().get(name)
    return None if span is None else data[span[0] : span[1]]


@functools.cache
def _compiled_index() -> dict:
    # Round 23 (speed23): the first line of ``compiled.jsonl`` (``build._index_line``):
    # where the other lines and the merged line's fields lie, in bytes from the start of the
    # second line; ``{}`` when the file has no such line (one built before round 23).
    head = _compiled_head()[0]
    if not head.startswith(b'{"language": "index"'):
        return {}
    try:
        text = head.removesuffix(b"\n").decode("utf-8")
        value, stop = json_value(text)
    except ValueError:
        return {}
    return value if stop == len(text) and isinstance(value, dict) else {}


def _indexed_fields() -> dict[str, str]:
    # The merged line's fields' places in ``_compiled_index()`` ("start end", in bytes from
    # the second line's start; each is checked where it is read: ``_merged_field_bytes``).
    fields = _compiled_index().get("fields")
    return fields if isinstance(fields, dict) else {}


def _place(place: str, base: int) -> tuple[int, int] | None:
    # A place of ``_compiled_index()`` ("start end") as bytes of the file, else None.
    start, _, end = place.partition(" ")
    if not (start.isdecimal() and end.isdecimal()):
        return None
    return base + int(start), base + int(end)


@functools.cache
def _merged_fields() -> dict[str, tuple[int, int]]:
    # Where each field's value lies in the merged line of ``compiled.jsonl``, in bytes.
    #
    # Inside a JSON string every ``"`` is escaped, so ``, "`` (the next key's opening),
    # ``": `` (a key's end) and ``], "`` (a list closed, then the next key) are found
    # outside strings only: one pass over the line finds every field.
    data = _compiled_bytes()
    span = _line_spans().get("*")
    if span is None:
        return {}
    line, stop = span
    fields: dict[str, tuple[int, int]] = {}
    at = data.find(b', "', line, stop)
    while at >= 0:
        name_end = data.find(b'": ', at + 3, stop)
        if name_end < 0:
            break
        start = name_end + 3
        if data[start : start + 1] == b"[":
            # a list ends at a "]" followed by the next key (or by the line's "}"); "]"
            # alone is a quick search, a word or an inner list may hold one
            end = data.find(b"]", start, stop) + 1
            while end and data[end : end + 3] != b', "' and data[end : end + 1] != b"}":
                end = data.find(b"]", end, stop) + 1
            if not end:
                break
        else:  # a string ("numeric_date_order"): up to the next key, or the line's "}"
            end = data.find(b', "', start, stop)
            end = end if end >= 0 else data.rfind(b"}", start, stop)
        fields.setdefault(data[at + 3 : name_end].decode("utf-8"), (start, end))
        at = data.find(b', "', end, stop)
    return fields


@functools.cache
def _compiled_bytes() -> bytes:
    global _WHOLE
    with open(os.path.join(_DATA, "compiled.jsonl"), "rb") as handle:
        _WHOLE = True
        return handle.read()


_WHOLE = False
"""Whether ``_compiled_bytes`` has read the whole file (then pieces are sliced from it)."""


@functools.cache
def _compiled_head() -> tuple[bytes, int]:
    # Round 24 (speed24): the first line of ``compiled.jsonl`` (its index, with its line
    # break) and the file's size in bytes, read without the rest of the file.
    #
    # A first parse needs ~100 KB of the file's 1.2 MB (the index, its language's line, the
    # ``frequent`` and ``stopwords`` lines, a dozen merged fields): reading the whole of it
    # into memory was ~0.8 ms of wall time (page faults and the copy, which callgrind does
    # not count). The places of the index are read one by one (``_compiled_piece``); the
    # whole file is read as before only when a place does not fit it.
    if _WHOLE:
        data = _compiled_bytes()
        end = data.find(b"\n")
        return data[: end + 1 if end >= 0 else len(data)], len(data)
    with open(os.path.join(_DATA, "compiled.jsonl"), "rb") as handle:
        return handle.readline(), os.fstat(handle.fileno()).st_size


def _second_line() -> int:
    # Where the second line of ``compiled.jsonl`` starts (``data.find(b"\\n") + 1``).
    head = _compiled_head()[0]
    return len(head) if head.endswith(b"\n") else 0


def _compiled_piece(start: int, end: int) -> bytes:
    # The bytes ``start:end`` of ``compiled.jsonl`` (``_compiled_bytes()[start:end]``),
    # read alone unless the whole file has been read already.
    if _WHOLE or start < 0 or end < start:
        return _compiled_bytes()[max(start, 0) : end]
    if _PREAD is None:
        with open(os.path.join(_DATA, "compiled.jsonl"), "rb") as handle:
            handle.seek(start)
            return handle.read(end - start)
    fd = os.open(os.path.join(_DATA, "compiled.jsonl"), os.O_RDONLY)
    try:
        return _PREAD(fd, end - start, start)
    finally:
        os.close(fd)


_PREAD = getattr(os, "pread", None)


@functools.cache
def _line_text(key: str) -> str | None:
    # The line of ``compiled.jsonl`` for ``key``, the only one decoded from UTF-8: a first
    # parse needs a few of its lines, and decoding the whole third of a megabyte (every
    # language's words) cost ~1 % of its instructions. ``None`` when there is no such line.
    line = _indexed_line(key)
    if line is not None:
        return line.decode("utf-8")
    data = _compiled_bytes()
    span = _line_spans().get(key)
    if span is None:
        at = data.find(f'{{"language": "{key}"'.encode())
        if at < 0:
            return None
        end = data.find(b"\n", at)
        span = (at, end if end >= 0 else len(data))
    return data[span[0] : span[1]].decode("utf-8")


def _indexed_line(key: str) -> bytes | None:
    # Round 24 (speed24): the line of ``compiled.jsonl`` for ``key`` read alone, at the
    # place ``_compiled_index()`` gives it, when the whole file has not been read: checked
    # as ``_line_spans`` checks every place (the line opens with its key and ends with a line
    # break or the file's end). None when the index has no place for it or it does not fit
    # (``_line_text`` then reads and scans the file as before).
    if _WHOLE:
        return None
    lines = _compiled_index().get("lines")
    place = lines.get(key) if isinstance(lines, dict) else None
    size = _compiled_head()[1]
    span = _place(place, _second_line()) if isinstance(place, str) else None
    if span is None:
        return None
    at, stop = span
    piece = _compiled_piece(at, stop + 1)
    opening = f'{{"language": "{key}"'.encode()
    if not piece.startswith(opening):
        return None
    if stop == size and len(piece) == stop - at:
        return piece
    if len(piece) == stop - at + 1 and piece[-1:] == b"\n":
        return piece[:-1]
    return None


_LINE_START = b'{"language": "'


@functools.cache
def _line_spans() -> dict[str, tuple[int, int]]:
    # Where each line of ``compiled.jsonl`` lies, in bytes, by its ``"language"`` key.
    #
    # Searching the half megabyte for ``{"language": "*"`` and the like took a long-needle
    # search through every line above it (~0.2 M instructions each, five in a first parse);
    # the ~15 line breaks are found once instead (``memchr``). A key the index does not hold
    # (a line that does not open with it) is still searched for as before.
    data = _compiled_bytes()
    spans: dict[str, tuple[int, int]] = {}
    start, size = 0, len(data)
    indexed = _compiled_index().get("lines")
    if isinstance(indexed, dict):
        # round 23 (speed23): the first line says where the others lie; each place is
        # checked (its key opens it, a line break or the file's end closes it), and the
        # file is scanned as before when one does not fit
        base = data.find(b"\n") + 1
        spans["index"] = (0, base - 1)
        for key, place in indexed.items():
            span = _place(place, base) if isinstance(place, str) else None
            if span is None:
                spans = {}
                break
            at, stop = span
            if not (
                data.startswith(f'{{"language": "{key}"'.encode(), at)
                and (stop == size or data[stop : stop + 1] == b"\n")
            ):
                spans = {}
                break
            spans[key] = (at, stop)
        else:
            return spans
    while start < size:
        end = data.find(b"\n", start)
        end = size if end < 0 else end
        if data.startswith(_LINE_START, start):
            close = data.find(b'"', start + len(_LINE_START), end)
            if close >= 0:
                key = data[start + len(_LINE_START) : close].decode("utf-8")
                spans.setdefault(key, (start, end))
        start = end + 1
    return spans


def read_text(path: str) -> str:
    """``open(path, encoding="utf-8").read()``, read as bytes and decoded in one call.

    The text layer's newline translation goes through the half megabyte of data files a
    first parse reads a character at a time (~4 % of a first parse's instructions); the
    same translation is done here only when the text holds a carriage return.
    """
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def compiled_line(key: str) -> dict:
    """One language's line of ``compiled.jsonl``, decoded (only that line is parsed)."""
    line = _line_text(key)
    if line is None:
        raise LookupError(f"compiled.jsonl has no line for {key!r}: run the language build")
    value, end = json_value(line)
    if end != len(line):  # not one JSON value alone (a stray space?): json says what it is
        import json

        return json.loads(line)
    return value


def _from_json(raw: dict) -> Cues:
    values = {
        name: tuple(tuple(forms) for forms in raw[name])
        if name in NESTED_FIELDS
        else tuple(raw[name])
        for name in _LIST_FIELDS
    }
    return Cues(**values, numeric_date_order=raw["numeric_date_order"])


def read_toml(path: Path) -> Cues:
    """Read and check one language's TOML data file (the build step uses this)."""
    import tomllib

    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    values: dict[str, object] = {}
    for name in _LIST_FIELDS:
        entry = raw.get(name, [])
        if name in NESTED_FIELDS:
            if entry and len(entry) != NESTED_FIELDS[name]:
                raise ValueError(f"{path.name}: {name} needs {NESTED_FIELDS[name]} entries")
            values[name] = tuple(tuple(_fold(word) for word in forms) for forms in entry)
        else:
            values[name] = tuple(
                dict.fromkeys(twin for word in entry for twin in _apostrophes(_fold(word)))
            )
    order = raw.get("numeric_date_order", "")
    if order not in {"", "dmy", "mdy"}:
        raise ValueError(f"{path.name}: numeric_date_order must be dmy, mdy or empty")
    values["numeric_date_order"] = order
    unknown = set(raw) - set(values) - {"language", "name", "extra_stopwords"}
    if unknown:
        raise ValueError(f"{path.name}: unknown keys {sorted(unknown)}")
    return Cues(**values)  # type: ignore[arg-type]


def _fold(word: str) -> str:
    return " ".join(word.casefold().split())


_APOSTROPHES = ("'", "\u2019", "\u02bc")
"""The straight apostrophe, the typographic one (’) and the letter apostrophe (ʼ,
Ukrainian's own): pages print any of them, the data files one."""


def _apostrophes(word: str) -> tuple[str, ...]:
    # ``word`` and its twins with each other apostrophe ("l'essentiel", "l’essentiel",
    # "lʼessentiel"): a cue phrase matches however the page prints its apostrophe.
    used = [mark for mark in _APOSTROPHES if mark in word]
    if len(used) != 1:
        return (word,)
    return (word, *(word.replace(used[0], mark) for mark in _APOSTROPHES if mark != used[0]))


_INDEXES: dict[int, tuple[dict[str, int], dict[str, int], Cues]] = {}
"""Month and weekday lookup tables per Cues object (by id: cached Cues live for ever)."""


def _index(one: Cues) -> tuple[dict[str, int], dict[str, int]]:
    found = _INDEXES.get(id(one))
    if found is None or found[2] is not one:
        if len(_INDEXES) >= 64:  # Cues built by hand must not pile up
            _INDEXES.clear()
        months, weekdays = (
            {word.rstrip("."): number for number, forms in enumerate(table, 1) for word in forms}
            for table in (one.months, one.weekdays)
        )
        found = _INDEXES[id(one)] = (months, weekdays, one)
    return found[0], found[1]
