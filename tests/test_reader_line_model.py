"""The optional learned line model (round 10): the pure-Python scorer and its env-var hook.

The literals below were computed once with scikit-learn 1.9.1 (a LogisticRegression fitted on
seeded random data, its weights rounded to six places, then ``predict_proba`` on three fixed
vectors, with and without a StandardScaler of the given mean and scale).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from syndicate.readers.scraped import linemodel
from syndicate.readers.scraped.features import line_features, prose_scores
from syndicate.readers.scraped.linemodel import (
    ENV,
    FEATURES,
    LineModelError,
    line_vector,
    load_model,
)
from syndicate.readers.scraped.lines import split_lines

# fmt: off
WEIGHTS = [
    0.104793, 0.648661, -0.429153, 0.196953, -0.195991, -0.985565, -0.333619, 0.53822,
    0.594873, -0.271731, -1.07583, 0.223132, 0.130414, -0.212356, 0.182968, 0.690251, 0.554013,
    -0.447968, -0.210771, 0.360956, -1.301155, -0.669409, -1.060483, 0.070789, 0.578422,
    -0.60054, -0.347226, 0.537049, -0.256375, -0.32685, 0.193289, 0.213601, 0.571058, 0.268025,
    -0.332603, -0.065875, 0.018593, 0.336822, 0.783818, 0.441675, 0.454214, 0.444301, -0.0796,
    0.017215, 1.136914, 0.220971, -0.502152, -0.724298, -0.714001, -0.587617, 0.141838,
    0.114611, 0.877878, 0.560747, 0.486104, 0.376787, -0.281397, 0.227581, -0.010635, 0.120785,
    0.708576, -0.456818, -0.624507, 0.273557, 0.033422, -0.360439, -0.105691, 0.082128,
    0.496994, -0.169366, 0.203365, 0.696745, -0.719634, -0.204826, -0.447563, -0.585651,
    0.16118,
]
# fmt: on
INTERCEPT = -0.138878
PROBS = [0.0010661450279434578, 0.9277091833598329, 0.8762347274094462]
PROBS_SCALED = [0.002581414471788904, 0.8684762771513449, 0.9412991745843593]
N = len(FEATURES)
VECTORS = [[((i * 7 + j * 3) % 11 - 5) / 5 for i in range(N)] for j in range(3)]


def _model(**change) -> dict:
    data = {
        "format": "syndicate-line-model",
        "version": 1,
        "features": list(FEATURES),
        "mean": [0.0] * N,
        "scale": [1.0] * N,
        "weights": WEIGHTS,
        "intercept": INTERCEPT,
        "output_offset": 0.0,
        "output_scale": 1.0,
    }
    data.update(change)
    return data


def _write(tmp_path, data) -> str:
    path = tmp_path / "model.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def test_reproduces_scikit_learn_probabilities(tmp_path):
    model = load_model(_write(tmp_path, _model()))
    for vector, want in zip(VECTORS, PROBS, strict=True):
        assert model.probability(vector) == pytest.approx(want, abs=1e-12)


def test_reproduces_scikit_learn_with_standardisation(tmp_path):
    data = _model(
        mean=[0.1 * (i % 3) for i in range(N)], scale=[1 + 0.5 * (i % 2) for i in range(N)]
    )
    model = load_model(_write(tmp_path, data))
    for vector, want in zip(VECTORS, PROBS_SCALED, strict=True):
        assert model.probability(vector) == pytest.approx(want, abs=1e-12)


def test_output_is_in_hand_units(tmp_path):
    # output = output_scale * (log-odds + output_offset)
    model = load_model(_write(tmp_path, _model(output_offset=2.0, output_scale=0.5)))
    assert model.output_scale * (model.log_odds(VECTORS[1]) + model.output_offset) == (
        pytest.approx(0.5 * (model.log_odds(VECTORS[1]) + 2.0))
    )


def _lines_and_feats(text: str):
    lines = split_lines(text)
    return lines, line_features(lines, frozenset({"the", "of", "a", "in", "de", "la", "el"}))


ENGLISH = (
    "Harbour ferry returns after winter repairs\n\n"
    "Share\n\n"
    "The small ferry that links the two halves of the old harbour went back into service on "
    "Tuesday, after a winter in dry dock in which its hull was patched and its engine rebuilt.\n"
)
SPANISH = (
    "Vuelve el tranvía de la costa\n\n"
    "Compartir\n\n"
    "El tranvía que une los pueblos de la costa volvió a circular el lunes, después de tres "
    "meses de obras en la vía y en las paradas de la estación del norte.\n"
)


@pytest.mark.parametrize("text", [ENGLISH, SPANISH])
def test_vector_has_one_value_per_feature_and_the_hand_score(text):
    lines, feats = _lines_and_feats(text)
    prose = prose_scores(feats, lines)
    for k in range(len(lines)):
        vector = line_vector(k, feats, lines, prose)
        assert len(vector) == N
        assert vector[FEATURES.index("prose")] == prose[k]
    first = line_vector(0, feats, lines, prose)
    assert first[FEATURES.index("prev_present")] == 0.0  # nothing above the first line
    assert first[FEATURES.index("next_present")] == 1.0


@pytest.mark.parametrize("text", [ENGLISH, SPANISH])
def test_hook_replaces_the_hand_scores(tmp_path, monkeypatch, text):
    lines, feats = _lines_and_feats(text)
    hand = prose_scores(feats, lines)
    # A model whose only weight is on the hand score, output in hand units: the same scores.
    weights = [0.0] * N
    weights[FEATURES.index("prose")] = 2.0
    path = _write(
        tmp_path, _model(weights=weights, intercept=1.0, output_offset=-1.0, output_scale=0.5)
    )
    monkeypatch.setenv(ENV, path)
    monkeypatch.setattr(linemodel, "_LOADED", {})
    assert prose_scores(feats, lines) == pytest.approx(hand)


def test_guard_no_model_without_the_variable(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert linemodel.active_model() is None
    lines, feats = _lines_and_feats(ENGLISH)
    assert prose_scores(feats, lines)[2] > 0  # the paragraph reads as prose by hand weights


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot be read"),
        ("{not json", "is not JSON"),
        (json.dumps({"format": "other"}), "not a line model"),
        (json.dumps(_model(features=["chars"])), "other features"),
        (json.dumps(_model(weights=[1.0, 2.0])), "'weights' must be a list"),
        (json.dumps(_model(scale=[0.0] * N)), "'scale' must be positive"),
        (json.dumps(_model(intercept="high")), "must be numbers"),
    ],
)
def test_bad_model_file_is_one_clear_error(tmp_path, content, message):
    path = str(tmp_path / "missing.json") if content is None else _write(tmp_path, content)
    with pytest.raises(LineModelError, match=message):
        load_model(path)


def test_command_line_reports_a_bad_model_in_one_line(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(ENGLISH, encoding="utf-8")
    env = {**__import__("os").environ, ENV: str(tmp_path / "nowhere.json")}
    done = subprocess.run(
        [sys.executable, "-m", "syndicate", "inspect", str(source)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert "line model cannot be read" in done.stderr


@pytest.mark.parametrize("text", [ENGLISH, SPANISH])
def test_hand_share_blends_hand_and_model(tmp_path, monkeypatch, text):
    lines, feats = _lines_and_feats(text)
    hand = prose_scores(feats, lines)
    # A model saying nothing (log-odds 0, no offset) kept at one half: half the hand score.
    zero = _model(weights=[0.0] * N, intercept=0.0, hand_share=0.5)
    monkeypatch.setenv(ENV, _write(tmp_path, zero))
    monkeypatch.setattr(linemodel, "_LOADED", {})
    assert prose_scores(feats, lines) == pytest.approx([h / 2 for h in hand])


def test_bad_hand_share_is_one_clear_error(tmp_path):
    with pytest.raises(LineModelError, match="'hand_share' must be a number from 0 to 1"):
        load_model(_write(tmp_path, _model(hand_share=1.5)))
