"""Tests for the mended name spans (quotes_names), on sentences invented for them."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _speakers(nlp: Any, text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_kind) for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


CASES = [
    pytest.param(  # the tagger may run a little-known town and the name after it into one ORG
        '"The ferry will not sail again this year," said the mayor of Orsk, Lene Falk.',
        [("Lene Falk", "person")],
        id="place-comma-titled-name",
    ),
    pytest.param(  # a town and its region stay a place
        'Lene Falk grew up in Lusk, North Kestria. "The ferry will not sail again," she said.',
        [("Lene Falk", "person")],
        id="place-comma-region",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_place_run_into_a_name_leaves_the_name(nlp: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(nlp, text) == expected
