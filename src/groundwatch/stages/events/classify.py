"""Classify a news snippet into one of the 30 event types, offline and on the CPU.

No ACLED training data can be had, so the classifier is built from what ships with the package:

- the bundled MiniLM sentence embedding of the snippet;
- its cosine similarity to each type's own description (``data/event_types.tsv``), the zero-shot
  signal;
- cue features: for each type, whether one of its cue patterns (``data/event_cues.tsv``: weapons,
  predicates, actors) occurs;

and a multinomial logistic regression fitted on training snippets we wrote ourselves
(``data/event_training.tsv``, invented sentences about fictional places) plus the descriptions.
Fitting takes a few seconds and is deterministic, so the model is fitted once per process instead
of shipping a pickled estimator whose format would tie us to one scikit-learn release.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from groundwatch.stages.events.types import event_types

#: Weight of a cue hit next to the unit-length embedding. Chosen by a grid over cue weight
#: {0.5, 1, 2} x similarity weight {1, 2, 4} x C {1, 3, 10} on the tune part of events-dev
#: (tests/eval_split.py, 273 snippets): weighted F1 ranged 0.69-0.755, flat around the best; best kept.
CUE_WEIGHT = 0.5
#: Weight of the description similarities (the zero-shot signal); same grid, 2 kept.
SIMILARITY_WEIGHT = 2.0
#: Inverse regularisation of the logistic regression; same grid, 10 kept (little training data, so
#: the cue features must be allowed large weights).
REGULARISATION_C = 10.0


@dataclass(frozen=True, slots=True)
class EventTypePrediction:
    """The most likely event type of one text, with the model's probability for it."""

    code: str
    probability: float


def _data(name: str) -> list[dict[str, str]]:
    text = resources.files("groundwatch").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t"))


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    codes = list(event_types())
    patterns: dict[str, list[str]] = {code: [] for code in codes}
    for row in _data("event_cues.tsv"):
        if row["type"] not in patterns:
            raise ValueError(f"data/event_cues.tsv names an unknown event type: {row['type']}")
        patterns[row["type"]].append(row["pattern"])
    return tuple((code, re.compile("|".join(patterns[code]) or r"(?!)", re.IGNORECASE)) for code in codes)


def cue_hits(text: str) -> list[str]:
    """The event types whose cue patterns occur in ``text`` (for explanations and tests)."""
    return [code for code, pattern in _cues() if pattern.search(text)]


class EventClassifier:
    """Embeddings + description similarity + cue features -> logistic regression."""

    def __init__(self, *, cue_weight: float = CUE_WEIGHT, similarity_weight: float = SIMILARITY_WEIGHT,
                 c: float = REGULARISATION_C) -> None:
        self.cue_weight = cue_weight
        self.similarity_weight = similarity_weight
        self.c = c
        self._model: Any = None
        self._descriptions: Any = None

    def _features(self, texts: Sequence[str]) -> Any:
        import numpy as np

        from groundwatch.stages.stories import embed

        vectors = np.asarray(embed(list(texts)), dtype=np.float32)
        sims = vectors @ self._descriptions.T
        cues = np.asarray([[1.0 if p.search(t) else 0.0 for _, p in _cues()] for t in texts], dtype=np.float32)
        return np.hstack([vectors, self.similarity_weight * sims, self.cue_weight * cues])

    def fit(self, extra: Sequence[tuple[str, str]] = ()) -> EventClassifier:
        """Fit on the shipped training snippets and type descriptions (plus ``extra`` (code, text) pairs)."""
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        from groundwatch.stages.stories import embed

        types = event_types()
        self._descriptions = np.asarray(embed([f"{t.name}. {t.description}" for t in types.values()]),
                                        dtype=np.float32)
        pairs = [(r["type"], r["snippet"]) for r in _data("event_training.tsv")]
        pairs += [(code, f"{t.name}. {t.description}") for code, t in types.items()]
        pairs += list(extra)
        unknown = {code for code, _ in pairs} - set(types)
        if unknown:
            raise ValueError(f"training data names unknown event types: {sorted(unknown)}")
        model = LogisticRegression(C=self.c, max_iter=2000)
        model.fit(self._features([text for _, text in pairs]), [code for code, _ in pairs])
        self._model = model
        return self

    def predict(self, texts: Sequence[str]) -> list[EventTypePrediction]:
        """The most likely event type of each text."""
        if not texts:
            return []
        if self._model is None:
            self.fit()
        probabilities = self._model.predict_proba(self._features(texts))
        classes = list(self._model.classes_)
        return [EventTypePrediction(classes[int(row.argmax())], round(float(row.max()), 4)) for row in probabilities]


@functools.lru_cache(maxsize=1)
def classifier() -> EventClassifier:
    """The process-wide fitted classifier (fitted on first use)."""
    return EventClassifier().fit()


def classify(texts: Sequence[str]) -> list[EventTypePrediction]:
    """Event type of each text with the shipped classifier.

    Args:
        texts: news snippets (a sentence to a paragraph each).

    Returns:
        One prediction per text, in order.
    """
    return classifier().predict(texts)


#: Columns of the snippet file, as the CASE 2021 shared task and ``groundwatch events classify`` use them.
ID_COLUMN = "id"
TEXT_COLUMN = "EventSnippet"


def read_snippets(text: str, source: str = "snippets") -> list[tuple[str, str]]:
    """(id, snippet) rows of a tab-separated snippet file with a header naming ``id`` and ``EventSnippet``.

    Raises:
        InputError: the header lacks a column, an id repeats, or a row has no id.
    """
    from groundwatch.errors import InputError

    csv.field_size_limit(10_000_000)
    reader = csv.DictReader(text.splitlines(), delimiter="\t")
    missing = [c for c in (ID_COLUMN, TEXT_COLUMN) if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{source}: the header must name the columns {ID_COLUMN!r} and {TEXT_COLUMN!r} "
                         f"(tab-separated); missing {', '.join(map(repr, missing))}")
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        key = (row.get(ID_COLUMN) or "").strip()
        if not key:
            raise InputError(f"{source}, line {line}: a row without an id")
        if key in seen:
            raise InputError(f"{source}, line {line}: the id {key!r} repeats")
        seen.add(key)
        rows.append((key, (row.get(TEXT_COLUMN) or "").strip()))
    return rows
