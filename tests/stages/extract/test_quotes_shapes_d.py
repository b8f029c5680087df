"""Speakers: shapes the blind run of the invented corpus_d credited to the wrong person
(tests/fixtures/corpus_d.README.md), on sentences invented for this test (places Pellam and Orvin)."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


CASES = [
    pytest.param(  # the name closing the subject's "for" phrase names the subject, not the client after it
        "The lawyer for the arrested harbour master, Tomas Kell, said on Monday that his client, Arno Pitt, had "
        "been held overnight in Pellam.\n\n"
        '"My client answered every question they put to him," he said.',
        [("My client answered every question they put to him", "Tomas Kell")],
        id="subject-apposition-on-its-of-phrase",
    ),
    pytest.param(  # the same with "of", and a woman and a woman
        "The sister of the missing nurse, Hanna Roe, told reporters in Orvin that Lina Stroud had not been seen "
        "since the flood.\n\n"
        '"We have walked every street of this town looking for her," she said.',
        [("We have walked every street of this town looking for her", "Hanna Roe")],
        id="subject-apposition-of",
    ),
    pytest.param(  # a title with a qualifier is the holder whose written role has both words
        "Health Minister Vera Dunn visited the camps at Pellam on Monday.\n\n"
        "The minister of transport, Olga Brett, said the road to Orvin would open on Friday.\n\n"
        "Later the health minister said the clinics would stay open \"for as long as the camps stand\".",
        [("for as long as the camps stand", "Vera Dunn")],
        id="qualified-title-agrees-with-role",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speaker(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected
