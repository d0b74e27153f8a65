"""Round 24 (qaturns): the questions of a short Q&A block (an interview or readers'
questions inside a news story) stay body paragraphs, not subheads, when two of them are
set in bold inside the text or one is answered by a bare reply on a line of its own.
Every sentence, person, place and outlet is invented."""

from __future__ import annotations

from syndicate.model import Heading
from syndicate.readers.plaintext import parse_plaintext


def _blocks(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _headings(text: str) -> list[str]:
    article = parse_plaintext(text)
    return [b.text for b in article.blocks if isinstance(b, Heading)]


def _paragraph_texts(text: str) -> list[str]:
    article = parse_plaintext(text)
    return [b.text for b in article.blocks if type(b).__name__ == "Paragraph"]


_IT = (
    "Il sindaco di Pieve Orsa: «La diga non si farà»",
    "di Anna Ricci",
    "3 aprile 2025",
    "Il sindaco Carlo Venturi ha annunciato ieri che il progetto della diga sul torrente "
    "Orsa è stato abbandonato dopo due anni di discussioni in consiglio comunale.",
    "**Perché avete rinunciato alla diga dopo averla difesa per due anni?**",
    "Perché i numeri non tornavano. Il costo, rifatti i conti con i tecnici della Regione, "
    "era raddoppiato rispetto al primo progetto.",
    "**E i fondi già stanziati?**",
    "Restano al Comune. Serviranno a rifare gli argini nel tratto che attraversa il paese.",
    "**Cosa risponde a chi dice che avete perso tempo?**",
    "Che due anni per decidere su un'opera da trenta milioni non sono troppi.",
    "Il consiglio comunale voterà la variante al bilancio il prossimo 15 aprile.",
)


def test_bold_questions_with_answers_are_paragraphs() -> None:
    text = _blocks(*_IT)
    assert _headings(text) == []
    assert "E i fondi già stanziati?" in _paragraph_texts(text)


_UK = (
    "У Ставках закриють міст на ремонт",
    "Іван Мороз",
    "02.09.2025",
    "Міст через річку Сноп у селі Ставки закриють для руху з 8 вересня. Ремонт "
    "триватиме щонайменше два місяці, повідомили в громаді.",
    "Ми поставили головні запитання старості села.",
    "Як тепер дістатися до райцентру?",
    "Через об'їзд біля Липового, це приблизно дванадцять кілометрів зайвої дороги.",
    "А шкільний автобус?",
    "Так само їздитиме об'їздом, тому виїжджатиме на двадцять хвилин раніше.",
    "Чи пустять пішоходів?",
    "Ні.",
    "Після ремонту міст має витримувати вантажівки до сорока тонн, кажуть у громаді.",
)


def test_bare_answer_makes_plain_questions_paragraphs() -> None:
    text = _blocks(*_UK)
    assert _headings(text) == []
    assert "А шкільний автобус?" in _paragraph_texts(text)


_ZH = (
    "清河大桥下周一起封闭维修",
    "2025年6月5日",
    "清河大桥将从下周一起封闭两个月进行维修，市交通局昨天发布了绕行方案。",
    "公交线路会调整吗？",
    "会。途经大桥的三条公交线路将改走滨河路，站点设置不变，发车间隔延长五分钟左右。",
    "行人可以通行吗？",
    "不可以。",
    "维修完成后，大桥的限重将从二十吨提高到四十吨。",
)


def test_full_width_question_and_bare_answer() -> None:
    assert _headings(_blocks(*_ZH)) == []


def test_explainer_question_subheads_stay_headings() -> None:
    """Plain questions over paragraphs, none bold and none answered by a bare reply: an
    explainer's subheads, as before."""
    text = _blocks(
        "Rail line between Oakhurst and Felling closed until the new year",
        "9 October 2025",
        "Trains have not run between Oakhurst and Felling Bridge for almost a month, and "
        "passengers have been told to expect replacement buses until January.",
        "Why did the line close?",
        "Engineers found cracks in the brickwork of two arches of the Tarn Beck viaduct "
        "during a routine inspection in September.",
        "When will trains run again?",
        "No date has been given. The operator said it would rather give a realistic date "
        "than a hopeful one.",
    )
    assert _headings(text) == ["Why did the line close?", "When will trains run again?"]
