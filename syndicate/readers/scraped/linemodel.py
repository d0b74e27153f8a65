"""An optional learned line model: the "reads like article prose" score from a logistic regression.

The reader's per-line prose score (:func:`.features.prose_score`, with the neighbour evidence
of :func:`.features.prose_scores`) is hand-weighted. Round 10 measured whether a small learned
model does better on pages held out by outlet (``benchmarks/train_line_model.py`` trains it,
``benchmarks/README.md`` gives the figures). So that the experiment can be rerun, the reader
takes a model file from the environment variable ``SYNDICATE_LINE_MODEL``: a JSON object

    {"format": "syndicate-line-model", "version": 1,
     "features": [names...], "mean": [...], "scale": [...],
     "weights": [...], "intercept": float, "output_offset": float, "output_scale": float,
     "hand_share": float}

Each line's feature vector (:func:`line_vector`: the line's :class:`.features.LineFeatures`,
those of its two neighbours, its relative position and the hand score itself) is
standardised with ``mean``/``scale``; the model's log-odds of "body line" z, read in the hand
score's units as ``output_scale * (z + output_offset)`` (the trainer takes both from the hand
score's own log-odds on the same lines), replaces the hand score, so the zone decoder's other
costs stay in scale. ``hand_share`` (optional, default 0) keeps that share of the hand score:
``hand_share * hand + (1 - hand_share) * model``.
Pure Python: no numpy or scikit-learn at run time.
"""

from __future__ import annotations

import json
import math
import os

from ..._typing import TYPE_CHECKING, NamedTuple
from ...errors import UsageError

if TYPE_CHECKING:
    from .features import LineFeatures
    from .lines import Line

__all__ = [
    "ENV",
    "FEATURES",
    "LineModel",
    "LineModelError",
    "active_model",
    "line_vector",
    "load_model",
]

ENV = "SYNDICATE_LINE_MODEL"
_FORMAT = "syndicate-line-model"
_MAX_BYTES = 1 << 20


class LineModelError(UsageError):
    """The line model file named by ``SYNDICATE_LINE_MODEL`` is missing or malformed."""


def _own(f: LineFeatures | None, prose: float, blank: bool) -> list[float]:
    """One line's own features (all zero, with ``present`` 0, past either end of the text)."""
    if f is None:
        return [0.0] * len(_OWN)
    length = f.chars * 3 if f.no_space_script else f.chars
    return [
        1.0,
        prose,
        math.log1p(length),
        math.log1p(f.words),
        1.0 if length < 40 else 0.0,
        1.0 if 40 <= length < 80 else 0.0,
        1.0 if 80 <= length < 150 else 0.0,
        f.stop_ratio,
        f.link_ratio,
        float(f.ends_sentence),
        float(f.bullet),
        f.capitalised,
        f.numeric,
        float(min(f.repeats - 1, 3)),
        float(f.datelike),
        1.0 if f.cue is not None else 0.0,
        float(f.no_space_script),
        float(f.byline),
        float(f.last_stop),
        float(f.stamp),
        float(f.credit),
        float(f.closing),
        max(f.echo, 0.0),
        1.0 if f.echo >= 0 else 0.0,
        float(blank),
    ]


_OWN = (
    "present",
    "prose",
    "log_chars",
    "log_words",
    "short",
    "medium",
    "long",
    "stop_ratio",
    "link_ratio",
    "ends_sentence",
    "bullet",
    "capitalised",
    "numeric",
    "repeats",
    "datelike",
    "cue",
    "no_space_script",
    "byline",
    "last_stop",
    "stamp",
    "credit",
    "closing",
    "echo",
    "has_echo",
    "blank_before",
)

FEATURES: tuple[str, ...] = (
    *_OWN[1:],
    *(f"prev_{name}" for name in _OWN),
    *(f"next_{name}" for name in _OWN),
    "position",
    "position_sq",
    "log_lines",
)
"""The feature names, in the order :func:`line_vector` gives them."""


def line_vector(
    k: int, feats: list[LineFeatures], lines: list[Line] | None, prose: list[float]
) -> list[float]:
    """The feature vector of line ``k`` (see :data:`FEATURES`)."""
    n = len(feats)

    def own(j: int) -> list[float]:
        if not 0 <= j < n:
            return _own(None, 0.0, False)
        blank = lines[j].blank_before if lines is not None else False
        return _own(feats[j], prose[j], blank)

    position = k / max(n - 1, 1)
    return [
        *own(k)[1:],
        *own(k - 1),
        *own(k + 1),
        position,
        position * position,
        math.log1p(n),
    ]


class LineModel(NamedTuple):
    """A loaded model: standardisation, weights, intercept and the output scale."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    output_offset: float
    output_scale: float
    hand_share: float = 0.0

    def log_odds(self, vector: list[float]) -> float:
        total = self.intercept
        for x, m, s, w in zip(vector, self.mean, self.scale, self.weights, strict=True):
            total += w * (x - m) / s
        return total

    def probability(self, vector: list[float]) -> float:
        z = self.log_odds(vector)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def scores(
        self, feats: list[LineFeatures], lines: list[Line] | None, prose: list[float]
    ) -> list[float]:
        """Every line's prose score from the model (hand scores in, the model's out)."""
        keep = self.hand_share
        return [
            keep * hand
            + (1.0 - keep)
            * self.output_scale
            * (self.log_odds(line_vector(k, feats, lines, prose)) + self.output_offset)
            for k, hand in enumerate(prose)
        ]


def _numbers(data: dict, key: str, size: int, path: str) -> tuple[float, ...]:
    values = data.get(key)
    if (
        not isinstance(values, list)
        or len(values) != size
        or not all(isinstance(v, (int, float)) and math.isfinite(v) for v in values)
    ):
        raise LineModelError(f"{path}: line model: {key!r} must be a list of {size} numbers")
    return tuple(float(v) for v in values)


def load_model(path: str) -> LineModel:
    """Read and check a model file; any fault is one :class:`LineModelError` naming it."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_BYTES + 1)
    except OSError as exc:
        raise LineModelError(f"{path}: line model cannot be read ({exc.strerror})") from None
    if len(raw) > _MAX_BYTES:
        raise LineModelError(f"{path}: line model is larger than 1 MB")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise LineModelError(f"{path}: line model is not JSON ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        raise LineModelError(f'{path}: not a line model (no "format": {_FORMAT!r})')
    if data.get("features") != list(FEATURES):
        raise LineModelError(
            f"{path}: line model was trained on other features than this reader computes"
        )
    size = len(FEATURES)
    mean = _numbers(data, "mean", size, path)
    scale = _numbers(data, "scale", size, path)
    if any(s <= 0 for s in scale):
        raise LineModelError(f"{path}: line model: 'scale' must be positive")
    weights = _numbers(data, "weights", size, path)
    names = ("intercept", "output_offset", "output_scale")
    values = [data.get(name) for name in names]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        raise LineModelError(f"{path}: line model: {', '.join(names)} must be numbers")
    intercept, offset, output_scale = _numbers({"v": values}, "v", 3, path)
    share = data.get("hand_share", 0.0)
    if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 <= share <= 1:
        raise LineModelError(f"{path}: line model: 'hand_share' must be a number from 0 to 1")
    return LineModel(mean, scale, weights, intercept, offset, output_scale, float(share))


_LOADED: dict[str, LineModel] = {}


def active_model() -> LineModel | None:
    """The model named by ``SYNDICATE_LINE_MODEL``, loaded once per path; None when unset."""
    path = os.environ.get(ENV)
    if not path:
        return None
    model = _LOADED.get(path)
    if model is None:
        model = _LOADED[path] = load_model(path)
    return model
