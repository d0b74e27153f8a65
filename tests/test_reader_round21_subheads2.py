"""Round 21 (subheads2): a match ticker's phase labels ("Full time", "Halbzeit",
"Descanso") are no subheads, and a facts box closing a notice ("Serviço" / the event's
name / "Quando: …" / "Onde: …") stays in the article with its title as a subhead. Every
sentence, person, place and site is invented."""

from __future__ import annotations

from readerblocks import headings, paragraphs

from syndicate.readers.plaintext import parse_plaintext


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# -- phase labels of a match ticker ----------------------------------------------------------


def _ticker(full: str, half: str, sub: str, entries: tuple[str, ...]) -> str:
    return _text(
        "Sport",
        "Millbrook 2-1 Ashcombe: Shield final – live",
        "By Tessa Varley",
        "Sat 14 Nov 2026 17:40 GMT",
        full,
        entries[0],
        entries[1],
        sub,
        entries[2],
        half,
        entries[3],
        entries[4],
        "Topics",
    )


_EN_ENTRIES = (
    "17:38 It is over. Millbrook win the Shield for the second year running and the "
    "players gather in front of the stand where their families have been sitting.",
    "17:20 GOAL! Millbrook 2-1 Ashcombe. Rhys Tallon curls a free kick over the wall and "
    "into the top corner from twenty-five yards.",
    "The ground was only confirmed as the venue on Thursday, after heavy rain left the "
    "original pitch under water for most of the week.",
    "16:47 Level at the break. Ashcombe equalised just before the whistle after a long "
    "spell of pressure from the home side.",
    "16:05 Kick-off in front of a crowd of 2,140, the biggest of the season so far.",
)
_DE_ENTRIES = (
    "17:38 Aus und vorbei. Millbrook gewinnt den Pokal zum zweiten Mal in Folge, und die "
    "Spieler laufen zur Tribüne, auf der ihre Familien sitzen.",
    "17:20 Tor! Millbrook 2:1 Ashcombe. Rhys Tallon zirkelt einen Freistoß über die Mauer "
    "in den Winkel, aus gut zwanzig Metern.",
    "Der Platz war erst am Donnerstag als Spielort bestätigt worden, nachdem der "
    "ursprüngliche Rasen fast die ganze Woche unter Wasser gestanden hatte.",
    "16:47 Ausgeglichen zur Pause. Ashcombe glich kurz vor dem Pfiff nach einer langen "
    "Drangphase der Gastgeber aus.",
    "16:05 Anpfiff vor 2.140 Zuschauern, so vielen wie noch nie in dieser Saison.",
)


def test_phase_labels_between_timed_entries_are_no_subheads() -> None:
    for full, half, sub, entries in (
        ("Full time", "Half time", "Why the venue changed", _EN_ENTRIES),
        ("Spielende", "Halbzeit", "Warum der Spielort wechselte", _DE_ENTRIES),
    ):
        article = parse_plaintext(_ticker(full, half, sub, entries))
        assert headings(article) == [sub]
        body = paragraphs(article)
        assert full not in body and half not in body
        assert body[0].startswith("17:38 ")


def test_a_phase_label_without_timed_entries_is_left_as_read() -> None:
    # no clock or minute opens the entries: "Half time" may be a story's own subhead
    entries = tuple(e.split(" ", 1)[1] for e in _EN_ENTRIES)
    article = parse_plaintext(_ticker("Full time", "Half time", "Why the venue changed", entries))
    assert "Half time" in headings(article) + paragraphs(article)


# -- a notice's facts box --------------------------------------------------------------------


_PT_STORY = (
    "A Prefeitura de Vale Claro abre nesta segunda-feira as inscrições para o mutirão de "
    "limpeza do Rio Taquaral, marcado para o próximo sábado. A ação deve reunir voluntários, "
    "escolas e associações de moradores dos bairros ribeirinhos.",
    "Segundo a Secretaria de Meio Ambiente, a última edição retirou quase quatro toneladas "
    "de resíduos das margens do rio, a maior parte garrafas plásticas e pneus descartados.",
    "Os participantes recebem luvas, sacos e água, e a prefeitura oferece transporte "
    "gratuito a partir da praça central para quem se inscrever até quinta-feira.",
)


def _notice(*box: str) -> str:
    return (
        "\n".join(
            (
                "Prefeitura de Vale Claro",
                "Início",
                "Notícias",
                "Mutirão vai limpar as margens do Rio Taquaral no sábado",
                "Publicado em 02/11/2026",
                *_PT_STORY,
                *box,
                "Assessoria de Comunicação",
                "(51) 3355-0101",
                "Tags:",
                "meio ambiente",
            )
        )
        + "\n"
    )


def test_a_summary_label_under_an_entrys_stamp_is_that_entrys_headline() -> None:
    text = "\n".join(
        (
            "Live Reporting",
            "Bridge closure live: traffic diverted as cracks found in Harlow span",
            "Edited by Ines Corrie",
            "12 March 2026",
            "Summary",
            "The Harlow bridge closed at 06:00 after engineers found cracks in two supports.",
            "Buses are being diverted through the ring road and the ferry is running extra trips.",
            "09:58 GMT",
            "What we know so far",
            "Engineers found the cracks during a routine inspection on Wednesday night and "
            "closed the bridge to all traffic at six o'clock the next morning.",
            "The council says the span will stay shut at least until the weekend, while a "
            "second team checks the other supports.",
            "09:20 GMT",
            "Ferry adds sailings",
            "The river ferry will run every fifteen minutes instead of every half hour until "
            "the bridge reopens, its operator said this morning.",
        )
    )
    article = parse_plaintext(text + "\n")
    assert headings(article)[:1] == ["What we know so far"]
    assert "Summary" not in headings(article) + paragraphs(article)


def test_a_summary_label_under_the_headers_updated_line_is_still_the_summarys() -> None:
    text = "\n".join(
        (
            "Live Reporting",
            "Harbour count live: ballots counted through the night in Ostley",
            "Edited by Ines Corrie",
            "Updated 2h ago",
            "What to know",
            "The count in Ostley resumed at dawn after a fire alarm emptied the hall at two.",
            "Both candidates have said they will wait for the final figure before speaking.",
            "09:58 GMT",
            "Count resumes",
            "Counting staff returned to the sports hall just before six this morning and "
            "opened the last boxes from the harbour wards under the eyes of both agents.",
            "09:20 GMT",
            "Turnout up on last time",
            "Turnout in the harbour wards was just over 61 per cent, four points higher than "
            "at the last election, the returning officer said.",
        )
    )
    article = parse_plaintext(text + "\n")
    assert "What to know" not in headings(article) + paragraphs(article)


# -- a next event's box is no facts box of the story -------------------------------------


def test_short_questions_under_a_dek_announcing_a_conversation_are_body() -> None:
    for dek, turns in (
        (
            "W małym porcie rybacy są coraz starsi. Rozmawiamy z Haliną Wierzbą, która od "
            "trzydziestu lat prowadzi tam sklep z sieciami.",
            (
                "Kto dziś kupuje sieci?",
                "Głównie starsi rybacy, którzy pływają jeszcze sami. Młodych jest może pięciu, "
                "i każdego z nich znam od dziecka.",
                "Co się zmieniło?",
                "Kiedyś sprzedawałam sieci na metry, dziś częściej je naprawiam, bo nowe są "
                "drogie, a ryb w zatoce mniej niż dawniej.",
                "Nie myśli pani o emeryturze?",
                "Myślę codziennie. Ale kto wtedy otworzy sklep o szóstej rano?",
            ),
        ),
        (
            "The harbour's fishing fleet is ageing fast. We spoke to Hal Wexby, who has run "
            "the net shop on the quay for thirty years.",
            (
                "Who buys nets now?",
                "Mostly the older men who still go out on their own. There are maybe five "
                "young ones, and I have known each of them since they were children.",
                "What has changed?",
                "I used to sell nets by the metre. Now I mostly mend them, because new ones "
                "cost a fortune and there are fewer fish in the bay than there were.",
                "Do you think about retiring?",
                "Every day. But who would open the shop at six in the morning?",
            ),
        ),
    ):
        text = _text(
            "Ludzie", "Sklep z sieciami na końcu mola", dek, "Anna Ostrowska", "06.05.2026", *turns
        )
        article = parse_plaintext(text)
        assert headings(article) == []
        assert turns[0] in paragraphs(article)


# -- a status update's time stamp as a subhead -------------------------------------------


def test_a_status_word_and_its_clock_time_head_the_update() -> None:
    for head, story, update in (
        (
            "Update 8:47 AM",
            (
                "Green Line trains are running every 20 minutes between Eastgate and the "
                "airport this morning because of a power fault near Kell Street station.",
                "Riders can use Route 14 buses, which will accept Green Line tickets until "
                "the end of service today.",
            ),
            "Engineers have found the damaged cable and expect normal service to resume "
            "by 10 a.m. once the line has been tested.",
        ),
        (
            "Aktualisierung 8:47 Uhr",
            (
                "Die Straßenbahnlinie 3 fährt an diesem Morgen zwischen Osttor und Flughafen "
                "nur alle 20 Minuten, weil die Stromversorgung bei der Haltestelle Kellstraße "
                "gestört ist.",
                "Fahrgäste können die Buslinie 14 nutzen, die bis Betriebsschluss auch "
                "Fahrkarten der Straßenbahn anerkennt.",
            ),
            "Techniker haben das beschädigte Kabel gefunden. Der normale Betrieb soll gegen "
            "10 Uhr wieder aufgenommen werden, sobald die Strecke geprüft ist.",
        ),
    ):
        text = _text("Service alerts", "Delays on the line this morning", *story, head, update)
        article = parse_plaintext(text)
        assert head in headings(article)
        assert paragraphs(article)[-1] == update


# -- a related marker opening a subhead's phrase -----------------------------------------


def test_a_related_marker_opening_a_phrase_over_prose_is_a_subhead() -> None:
    text = _text(
        "Bundesamt für Gewässerkunde",
        "Pegel der Elbe bleiben im Sommer niedrig",
        "Pressemitteilung vom 3. März 2026",
        "Die Pegelstände an der mittleren Elbe liegen seit Januar deutlich unter dem "
        "langjährigen Mittel. Das zeigen die Messungen von 42 Stationen des Amtes.",
        "Besonders betroffen ist der Abschnitt zwischen Torgau und Wittenberg, wo die "
        "Schifffahrt bereits an mehreren Tagen eingeschränkt werden musste.",
        "Empfehlungen für die Schifffahrt",
        "Das Amt empfiehlt Reedereien, ihre Ladung in den kommenden Wochen zu verringern und "
        "die täglich aktualisierten Pegelvorhersagen im Datenportal zu verfolgen.",
    )
    article = parse_plaintext(text)
    assert headings(article) == ["Empfehlungen für die Schifffahrt"]
    assert paragraphs(article)[-1].startswith("Das Amt empfiehlt")
