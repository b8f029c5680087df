"""Tests for bodies and unnamed groups as speakers (quotes_bodies), on sentences invented for them."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


CASES = [
    pytest.param(
        '"The ceasefire could be signed within days," a source familiar with the negotiations said.',
        [("The ceasefire could be signed within days", "source familiar with the negotiations")],
        id="source-familiar-with",
    ),
    pytest.param(
        'Sources close to the Tessel governor said the talks had been "tense but useful."',
        [("tense but useful.", "Sources close to the Tessel governor")],
        id="sources-close-to",
    ),
    pytest.param(
        '"The ceasefire could be signed within days," a source said.',
        [("The ceasefire could be signed within days", "source")],
        id="a-bare-source-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_unnamed_source_keeps_its_description(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected


CROWDS = [
    pytest.param(
        "Fishermen from the northern villages blocked the harbour road on Friday. "
        '"We want the quotas back," they said.',
        [("We want the quotas back", "Fishermen")],
        id="they-after-a-crowd-subject",
    ),
    pytest.param(
        "Divers from the Tessel Sea Rescue Society searched the wreck until dark. "
        '"The hull is open from bow to stern," they said.',
        [("The hull is open from bow to stern", "Tessel Sea Rescue Society")],
        id="a-crowd-from-a-body-is-the-body",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CROWDS)
def test_they_after_a_crowd(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected


HEADLINES = [
    pytest.param(
        "Sea Rescue Society says crews are 'stretched to breaking point'\n\n"
        "The Tessel Sea Rescue Society said on Sunday that its boats had gone out 40 times in a week.",
        [("stretched to breaking point", "Tessel Sea Rescue Society")],
        id="headline-short-name-named-in-full-below",
    ),
    pytest.param(  # a body the story never names in full keeps the headline's name
        "Sea Rescue Society says crews are 'stretched to breaking point'\n\n"
        "Boats went out 40 times in a week off the Tessel coast.",
        [("stretched to breaking point", "Sea Rescue Society")],
        id="headline-short-name-alone",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_a_headline_body_takes_its_full_name(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected
