"""The model's value classes (``syndicate.record``): the dataclass behaviour they replace."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys

import pytest

from syndicate.model import Article, Figure, Heading, Paragraph, Person, Provenance
from syndicate.record import fields, replace


def _article() -> Article:
    return Article(
        "Harbour ferry returns",
        authors=(Person("Ines Marlow", role="Reporter"),),
        blocks=(Paragraph("The ferry sailed at dawn."), Figure("The quay", "Tom Ruiz")),
        provenance={"title": Provenance(1, "title.first-line")},
    )


def test_positional_and_keyword_construction_with_defaults() -> None:
    person = Person("Ines Marlow", role="Reporter")
    assert (person.name, person.role, person.bio, person.url) == (
        "Ines Marlow",
        "Reporter",
        None,
        None,
    )
    assert Heading("Tides").level == 2
    assert fields(Person) == ("name", "role", "bio", "url")


def test_each_article_gets_its_own_provenance_dict() -> None:
    first, second = Article("One"), Article("Two")
    assert first.provenance == {} and first.provenance is not second.provenance


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Paragraph(), "missing required argument 'text'"),
        (lambda: Paragraph("a", "b"), "takes 1 positional arguments but 2 were given"),
        (lambda: Paragraph("a", text="b"), "multiple values for 'text'"),
        (lambda: Paragraph(txt="b"), "unexpected keyword argument 'txt'"),
    ],
)
def test_wrong_arguments_raise_type_error(make: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        make()  # type: ignore[operator]


def test_values_cannot_be_changed_or_deleted() -> None:
    article = _article()
    with pytest.raises(AttributeError, match="cannot assign to field 'title'"):
        article.title = "Other"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="cannot delete field 'title'"):
        del article.title  # type: ignore[misc]
    with pytest.raises(AttributeError):
        article.colour = "red"  # type: ignore[attr-defined]


def test_equality_and_hash_ignore_provenance_but_not_type() -> None:
    article = _article()
    same = replace(article, provenance={})
    assert article == same and hash(article) == hash(same)
    assert article != replace(article, title="Harbour ferry stays")
    assert Paragraph("Tides") != Heading("Tides")
    assert len({Paragraph("a"), Paragraph("a"), Paragraph("b")}) == 2


def test_repr_reads_like_the_dataclass_repr() -> None:
    # Identifiers of articles without a URL hash repr(block): it must stay this shape.
    assert repr(Heading("Tides", 3)) == "Heading(text='Tides', level=3)"
    assert repr(Paragraph("a")) == "Paragraph(text='a')"


def test_replace_checks_the_new_values_again() -> None:
    from syndicate.errors import SourceNotUnderstood

    with pytest.raises(SourceNotUnderstood, match="not an ISO 8601 date"):
        _article().replace(published="yesterday")
    with pytest.raises(TypeError, match="no field 'colour'"):
        replace(_article(), colour="red")


def test_copies_and_pickles_are_equal_and_still_frozen() -> None:
    article = _article()
    for again in (copy.copy(article), copy.deepcopy(article), pickle.loads(pickle.dumps(article))):
        assert again == article and again.provenance == article.provenance
        with pytest.raises(AttributeError):
            again.title = "Other"  # type: ignore[misc]


def test_the_model_does_not_import_dataclasses() -> None:
    # Importing dataclasses (and the inspect module it needs) cost ~7 ms of the first parse.
    code = "import sys, syndicate.model; print('dataclasses' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
