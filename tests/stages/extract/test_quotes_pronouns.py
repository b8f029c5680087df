"""Tests for the answerer's pronoun (quotes_pronouns), on sentences invented for them."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


CASES = [
    pytest.param(
        "Inspector Liisa Varga ran the inquiry into the ferry fire. Captain Olek Tamm gave evidence on Monday.\n\n"
        'Varga asked him why the alarms were off. "They had been broken since spring," he said.',
        [("They had been broken since spring", "Olek Tamm")],
        id="the-one-asked-answers",
    ),
    pytest.param(  # the asker asked nobody of the pronoun's sex: the pronoun stays hers
        "Inspector Liisa Varga ran the inquiry into the ferry fire. Captain Olek Tamm gave evidence on Monday.\n\n"
        'Varga asked the clerk for the logbook. "Half its pages are missing," she said.',
        [("Half its pages are missing", "Liisa Varga")],
        id="asked-for-a-thing-keeps-the-asker",
    ),
    pytest.param(  # telling him something is no question: the teller goes on
        "Ferry captain Olek Tamm met the harbour pilot Dag Ruud on the quay.\n\n"
        'Tamm told him the storm would hit at noon. "Keep every boat in the harbour," he said.',
        [("Keep every boat in the harbour", "Olek Tamm")],
        id="told-him-keeps-the-teller",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_answerer(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected
