"""Round 21 (figures): captions and credits — an image's alt text glued before the caption
(up to eight words, or in a script without capitals), a w3m alt text over a credit alone,
an unlabelled "Agency/Service …" credit glued after a caption under an image line, and a
gallery's uncredited caption a blank line over the next photo's. Every sentence is
invented."""

from __future__ import annotations

from syndicate.model import Figure, Paragraph
from syndicate.readers.plaintext import parse_plaintext


def _figures(text: str) -> list[tuple[str | None, str | None]]:
    return [(b.caption, b.credit) for b in parse_plaintext(text).blocks if isinstance(b, Figure)]


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in parse_plaintext(text).blocks if isinstance(b, Paragraph)]


_LYNX_EN = (
    "   Harbour News\n"
    "\n"
    "   Rowing club launches its first new boat in twenty years\n"
    "\n"
    "   By Mara Lindqvist\n"
    "   Published November 30, 2026 at 9:10 AM CST\n"
    "\n"
    "   Rowers carrying a new boat at the slipway Rowers carry the club's new eight\n"
    "   down to the slipway on Sunday morning. Jonas Brekke/KHRN\n"
    "\n"
    "   For most of the autumn, the Kettle Bay Rowing Club trained in a hull\n"
    "   older than most of its members. On Sunday that changed, when sixty\n"
    "   people gathered on the slipway to watch the new boat touch the water.\n"
    "\n"
    "   The boat cost the club a little over forty thousand dollars, most of it\n"
    "   raised through bake sales, a raffle and a single large gift from a\n"
    "   former member who rowed for the club in the 1970s.\n"
    "\n"
    '   "It is lighter, it is faster and it does not leak," said coach Ada\n'
    '   Fennimore. "The old one did all three of those things badly."\n'
)

_LYNX_AR = (
    "   الرئيسية\n"
    "\n"
    "   ميناء الواحة يسجل أعلى حركة حاويات في تاريخه\n"
    "\n"
    "   نشر في: 02 ديسمبر 2026 08:15 ص\n"
    "\n"
    "   رافعة الميناء رافعة جديدة في الميناء خلال تفريغ سفينة حاويات (أرشيفية) -\n"
    "   تصوير: سامر الخطيب\n"
    "\n"
    "   سجل ميناء الواحة خلال شهر نوفمبر الماضي أعلى حركة حاويات في تاريخه، إذ\n"
    "   تعامل مع أكثر من مئة وعشرين ألف حاوية، بزيادة تقارب الخُمس مقارنة بالشهر\n"
    "   نفسه من العام الماضي، وفق بيان صادر عن إدارة الميناء.\n"
    "\n"
    "   وقالت الإدارة إن الزيادة تعود إلى افتتاح الرصيف الجديد في الصيف الماضي،\n"
    "   وإلى انضمام خطين ملاحيين جديدين يربطان الميناء بموانئ شرق آسيا.\n"
    "\n"
    "   وتتوقع الإدارة أن تستمر الزيادة خلال العام المقبل مع اكتمال توسعة ساحة\n"
    "   التخزين الشمالية.\n"
)

_W3M_NL = (
    "Home > Nieuws\n"
    "\n"
    "Nieuwe steiger voor de zeilschool\n"
    "\n"
    "Geplaatst op 3 december 2026 door Bram Hoekstra\n"
    "\n"
    "[De nieuwe houten steiger aan de oostkant van de haven]\n"
    "Foto: Lieke van Dam\n"
    "\n"
    'Na twee jaar plannen en sparen ligt er sinds zaterdag een nieuwe steiger aan de oostkant '
    'van de haven. Vrijwilligers van de zeilschool hebben drie weekenden gewerkt aan het '
    'leggen van de planken en het plaatsen van de palen.\n'
    "\n"
    'De oude steiger was zo versleten dat de jongste leerlingen er niet meer veilig konden '
    'instappen. De gemeente betaalde de helft van het hout, de rest kwam uit de clubkas en een '
    'veiling.\n'
    "\n"
    "Volgend voorjaar krijgt de steiger nog een trap voor de roeiers van de buurvereniging.\n"
)

_W3M_FR = (
    "Suisse > Vaud\n"
    "\n"
    "Le lac de Joux a gelé plus tôt que prévu\n"
    "\n"
    "Publié: 02.12.2026, 10h05\n"
    "\n"
    "[lac]\n"
    'Des patineurs sur la glace du lac de Joux, près du village du Pont, mardi après-midi. '
    'Keystone/Office du tourisme\n'
    "\n"
    'Le lac de Joux est recouvert de glace depuis lundi, près de trois semaines plus tôt que '
    'la moyenne des vingt dernières années. Les températures nocturnes sont descendues à moins '
    'quinze degrés dans la vallée.\n'
    "\n"
    "La commune rappelle que la glace n'est pas encore assez épaisse partout et que seule la "
    'zone balisée près du Pont est ouverte au public.\n'
    "\n"
    "Les contrôles seront effectués chaque matin par les services techniques.\n"
)

_SELECTALL_RU = (
    "Новости\n"
    "\n"
    "В Заречном открыли новую библиотеку\n"
    "\n"
    "Дата публикации: 01.12.2026\n"
    "\n"
    'В понедельник в посёлке Заречный открылась новая модельная библиотека. Её разместили на '
    'первом этаже бывшего здания почты, которое отремонтировали за счёт областной программы.\n'
    "\n"
    'В библиотеке появились читальный зал, детская комната и компьютерный класс на шесть мест. '
    'Фонд пополнили почти тремя тысячами новых книг.\n'
    "\n"
    '«Теперь нашим школьникам не нужно ездить в город, чтобы подготовиться к экзаменам», — '
    'сказала заведующая библиотекой Ольга Смирнова.\n'
    "\n"
    "Детская комната на первом этаже\n"
    "\n"
    "Читальный зал после ремонта\n"
    "Фото: пресс-служба администрации района\n"
)


def test_long_alt_text_glued_before_the_caption_goes() -> None:
    # lynx printed the image's eight-word alt text before the caption on the same line
    assert _figures(_LYNX_EN) == [
        (
            "Rowers carry the club's new eight down to the slipway on Sunday morning.",
            "Jonas Brekke/KHRN",
        )
    ]


def test_alt_text_glued_before_an_uncased_caption_goes() -> None:
    # no capitals: the caption opens again on the alt's first word
    assert _figures(_LYNX_AR) == [
        ("رافعة جديدة في الميناء خلال تفريغ سفينة حاويات (أرشيفية)", "سامر الخطيب")
    ]


def test_w3m_alt_text_over_a_credit_alone_is_the_caption() -> None:
    assert _figures(_W3M_NL) == [
        ("De nieuwe houten steiger aan de oostkant van de haven", "Lieke van Dam")
    ]


def test_slash_credit_glued_after_a_caption_under_an_image() -> None:
    assert _figures(_W3M_FR) == [
        (
            "Des patineurs sur la glace du lac de Joux, près du village du Pont, mardi après-midi.",
            "Keystone/Office du tourisme",
        )
    ]
    assert _paragraphs(_W3M_FR)[0].startswith("Le lac de Joux est recouvert")


def test_gallery_caption_over_the_next_photo_is_a_figure() -> None:
    assert _figures(_SELECTALL_RU) == [
        ("Детская комната на первом этаже", None),
        ("Читальный зал после ремонта", "пресс-служба администрации района"),
    ]


def test_alt_text_right_over_its_caption_is_still_dropped() -> None:
    # no blank line between: the picture's alt text over its own caption, no figure
    text = _SELECTALL_RU.replace("Детская комната на первом этаже\n\n", "Зал библиотеки\n")
    assert _figures(text) == [("Читальный зал после ремонта", "пресс-служба администрации района")]


_H2T_ES_SHARE = (
    'Inicio » Actualidad\n'
    '\n'
    'La mancomunidad renovará el alumbrado de seis pueblos antes del verano\n'
    '\n'
    'El proyecto, de 1,4 millones, reducirá a la mitad el gasto eléctrico del alumbrado '
    'público\n'
    '\n'
    'Por Lucía Barrero Gil | Gabinete de Prensa\n'
    'Publicado: 12/03/2026\n'
    '\n'
    'Compartir: Facebook · X · WhatsApp\n'
    '\n'
    '[Imagen: Un operario cambia una farola en la plaza de Valdehornos.]\n'
    'Foto: Mancomunidad de la Sierra Baja\n'
    '\n'
    'La Mancomunidad de la Sierra Baja sustituirá este año 1.200 farolas antiguas por '
    'luminarias de bajo consumo en Valdehornos, Cerralbo, La Quintana, Almedo, Pinarejo y '
    'Torrecilla. La asamblea aprobó ayer el proyecto por unanimidad.\n'
    '\n'
    'El cambio reducirá a la mitad el gasto eléctrico del alumbrado público, según los '
    'técnicos, y permitirá regular la intensidad de la luz a partir de la medianoche.\n'
    '\n'
    'Las obras comenzarán en abril y durarán unos tres meses.\n'
)


def test_image_alt_beside_a_share_row_is_no_player_title() -> None:
    # "[Imagen: …]" under "Compartir: …" was taken for a video's title and dropped with
    # its credit; it is the picture, and its alt text the caption of the credit under it
    assert _figures(_H2T_ES_SHARE) == [
        (
            "Un operario cambia una farola en la plaza de Valdehornos.",
            "Mancomunidad de la Sierra Baja",
        )
    ]


_LYNX_FR_TWO_IMAGES = (
    "   Coupe régionale : Saint-Brieux s'impose au bout du suspense\n"
    '\n'
    '   Par Hélène Vidal\n'
    '   Publié le 30 novembre 2026 à 19h10\n'
    '\n'
    '   [IMG]\n'
    '   Les joueurs de Saint-Brieux fêtent leur victoire devant leurs supporters.\n'
    '\n'
    '   [IMG]\n'
    '   Photo Comité Vallée / Bastien Roux\n'
    '\n'
    '   Pour la première fois depuis la création de la compétition, le club de\n'
    '   Saint-Brieux remporte la coupe régionale masculine. Les joueurs de Marc\n'
    '   Delpech ont battu Montferrand 71 à 68 dimanche après-midi.\n'
    '\n'
    '   Menés de neuf points à la mi-temps, les locaux ont renversé la rencontre\n'
    '   grâce à une défense très agressive dans le dernier quart-temps.\n'
    '\n'
    '   Le prochain rendez-vous est fixé au 12 janvier pour la reprise du\n'
    '   championnat.\n'
)

_W3M_EN_TRIBUTE = (
    'Obituaries > Walter James Pemberton\n'
    '\n'
    'Walter James Pemberton\n'
    '\n'
    'June 2, 1944 – November 29, 2026\n'
    '\n'
    '[Photo of Walter James Pemberton]\n'
    '\n'
    'Share   Print   Send Flowers   Plant a Tree\n'
    '\n'
    'Obituary\n'
    '\n'
    'Walter James Pemberton, 82, of Alder Creek, died at home on Saturday surrounded by his '
    'family after a long illness borne with patience and good humour.\n'
    '\n'
    'Walt worked for thirty-one years at the Alder Creek sawmill and coached Little League '
    'baseball for most of them. He never missed a Friday fish fry at the Legion hall.\n'
    '\n'
    'A memorial service will be held at 11 a.m. on Friday, December 5, at First Methodist '
    'Church in Alder Creek.\n'
)


def test_credit_under_an_image_of_its_own_is_not_the_caption_above() -> None:
    # "[IMG]" / caption / "[IMG]" / "Photo …": two pictures, the second credited only
    assert _figures(_LYNX_FR_TWO_IMAGES) == [
        ("Les joueurs de Saint-Brieux fêtent leur victoire devant leurs supporters.", None),
        (None, "Comité Vallée / Bastien Roux"),
    ]


def test_button_row_under_a_portrait_is_no_caption() -> None:
    assert _figures(_W3M_EN_TRIBUTE) == []
    assert not any("Send Flowers" in t for t in _paragraphs(_W3M_EN_TRIBUTE))
    assert _paragraphs(_W3M_EN_TRIBUTE)[0].startswith("Walter James Pemberton, 82")


_INSC_PL_GALLERY = (
    '  Korzystamy z plików cookies, aby serwis działał poprawnie. Możesz zmienić ustawienia w '
    'każdej chwili.\n'
    '\n'
    '  AKCEPTUJĘ\n'
    'Toruń  Bydgoszcz  Włocławek  Region\n'
    '\n'
    '\n'
    'Kurier Nadwiślański\n'
    '\n'
    'Wiadomości  Sport  Kultura  Moto  Praca\n'
    '\n'
    '\n'
    'Strona główna › Toruń › Wiadomości\n'
    '\n'
    'GALERIA\n'
    '\n'
    'Festiwal pierników w Toruniu. Tłumy na Rynku Staromiejskim [ZDJĘCIA]\n'
    '\n'
    'W niedzielę zakończył się trzydniowy festiwal pierników. Na odwiedzających czekało ponad '
    '80 stoisk, warsztaty i pokazy wypieku. Zobacz zdjęcia z ostatniego dnia.\n'
    '\n'
    'Tomasz Gralak\n'
    '\n'
    '30 listopada 2026, 19:05\n'
    '\n'
    'Udostępnij\n'
    '\n'
    '  Zdjęcie 1 z 3\n'
    '\n'
    '  Najdłuższy piernik festiwalu mierzył ponad dwanaście metrów\n'
    '\n'
    '  Fot. Anna Mroczek\n'
    '\n'
    '  Poprzednie Następne\n'
    '\n'
    'Festiwal otworzył w piątek prezydent miasta razem z cechem piekarzy. Według organizatorów '
    'przez trzy dni na Rynek Staromiejski przyszło około czterdziestu tysięcy osób.\n'
    '\n'
    'W tym roku stoiska stanęły także na Rynku Nowomiejskim, gdzie odbywały się warsztaty dla '
    'dzieci. Można było kupić pierniki z lukrem, miody pitne i ręcznie malowane formy.\n'
    '\n'
    'Czytaj także: Zmiany w kursowaniu autobusów w czasie festiwalu\n'
    '\n'
    '  Zdjęcie 2 z 3\n'
    '\n'
    '  Na warsztatach dzieci same ozdabiały pierniki lukrem\n'
    '\n'
    '  Fot. Anna Mroczek\n'
    '\n'
    '  Poprzednie Następne\n'
    '\n'
    '– Przyjeżdżamy tu co roku z Grudziądza. Córka czeka na warsztaty od wakacji – mówiła nam '
    'pani Beata, która odwiedziła festiwal z rodziną.\n'
    '\n'
    'Reklama\n'
    '\n'
    'Organizatorzy zapowiadają, że przyszłoroczny festiwal potrwa cztery dni. Wstęp na '
    'wszystkie wydarzenia był bezpłatny.\n'
    '\n'
    '  Zdjęcie 3 z 3\n'
    '\n'
    '  Wieczorem Rynek rozświetliły tysiące lampek\n'
    '\n'
    '  Fot. Anna Mroczek\n'
    '\n'
    '  Poprzednie Następne\n'
    '\n'
    'Tagi: Toruń, pierniki, festiwal\n'
    '\n'
    'Zobacz również\n'
    '\n'
    '  * Jarmark świąteczny w Bydgoszczy otwarty\n'
    '  * Nowe lodowisko w Toruniu już czynne\n'
    '\n'
    'Najczęściej czytane\n'
    '\n'
    ' 1. Wypadek na moście drogowym\n'
    ' 2. Nowy rozkład jazdy tramwajów\n'
    '\n'
    'Komentarze (9)\n'
    '\n'
    'Regulamin Polityka prywatności Kontakt\n'
    '\n'
    '© 2026 Kurier Nadwiślański. Wszelkie prawa zastrzeżone.\n'
)


def test_last_gallery_slide_after_the_last_paragraph_stays() -> None:
    # "Zdjęcie 3 z 3" / caption / "Fot. …" after the last paragraph: the gallery's last
    # slide, as the two inside the article are
    assert _figures(_INSC_PL_GALLERY)[-1] == (
        "Wieczorem Rynek rozświetliły tysiące lampek",
        "Anna Mroczek",
    )
    assert len(_figures(_INSC_PL_GALLERY)) == 3
