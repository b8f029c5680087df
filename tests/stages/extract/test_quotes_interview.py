"""Tests for the speakers a layout names (quotes_interview), on lines invented for them."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


ROLE_LABELS = [
    pytest.param(
        "Mayor Petra Lind opened the new shelter in Tessel on Monday.\n\n"
        'The mayor: "Nobody sleeps in the street this winter."',
        [("Nobody sleeps in the street this winter.", "Petra Lind")],
        id="the-title-colon",
    ),
    pytest.param(
        "Police chief Dag Ruud spoke outside the station after the raid.\n\n"
        'The police chief\'s answer: "We knew where they were for a week."',
        [("We knew where they were for a week.", "Dag Ruud")],
        id="the-titles-noun-colon",
    ),
    pytest.param(
        'Minister: "The border stays shut until spring"\n\n'
        "TESSEL — The interior minister, Jonas Keel, told parliament on Monday that the crossings would stay closed.",
        [("The border stays shut until spring", "Jonas Keel")],
        id="headline-title-named-below",
    ),
    pytest.param(  # a title nobody in the story holds names nobody
        'Heavy rain fell on Tessel for a third day.\n\nThe minister: "Every family will be housed."',
        [("Every family will be housed.", None)],
        id="a-title-nobody-holds",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_LABELS)
def test_a_title_alone_before_a_colon(nlp: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _pairs(nlp, text) == expected


ANSWER_EPITHETS = [
    pytest.param(
        "The Tessel Courier spoke to Berit Sand, who runs the soup kitchen by the harbour.\n\n"
        "Q: Has anyone from the town hall been to see you?\n\n"
        'A: Once. The mayor stood in the doorway and said "we are doing everything we can", then left.',
        "mayor",
        id="a-title-nobody-holds-is-not-the-interviewee",
    ),
    pytest.param(  # a title the article gave someone still names them
        "Interior Minister Pavel Orlenko visited the camp last week. The Tessel Courier spoke to Berit Sand, who "
        "runs its kitchen.\n\n"
        "Q: Did the visit change anything?\n\n"
        'A: The minister promised us "a new kitchen before the winter", and we are still waiting.',
        "Pavel Orlenko",
        id="guard-a-title-the-article-gave",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ANSWER_EPITHETS)
def test_a_definite_noun_in_an_answer(nlp: Any, text: str, speaker: str) -> None:
    assert [s for _, s in _pairs(nlp, text)] == [speaker]
