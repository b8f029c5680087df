"""A first-person speaker inside a transcript turn ("NAME: ... I said: '...'") is the person the
turn's label names, not the interviewer the standfirst named last (corpus_v's Q&A class; invented
interviews with other labels, verbs and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _pairs(nlp: Any, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


TURNS = [
    pytest.param(
        "Mara Quellin, a hydrologist, has measured the Tesk for a decade. She spoke with Courant reporter "
        "Jonas Pikeby on Monday.\n\n"
        "COURANT: Will the levee hold?\n\n"
        "QUELLIN: Nobody can promise that. I keep telling the council what I told the farmers: "
        '"The river always wins in the end."',
        ("The river always wins in the end.", "Mara Quellin"),
        id="i-tell-inside-the-answer",
    ),
    pytest.param(
        "Odo Brantley, a bridge engineer, talked to our correspondent Lisa Varn on Sunday.\n\n"
        "VARN: What did you see?\n\n"
        'BRANTLEY: Cracks everywhere. When the mayor asked, I answered him plainly, "Close it tonight."',
        ("Close it tonight.", "Odo Brantley"),
        id="i-answered-after-the-label",
    ),
    pytest.param(
        "Doctor Ines Halloway runs the clinic at Pellmoor. She sat down with reporter Tomas Drey.\n\n"
        "DREY: How many patients a day?\n\n"
        'HALLOWAY: Forty, sometimes fifty. "We are out of saline," I wrote to the ministry on Friday.',
        ("We are out of saline", "Ines Halloway"),
        id="quote-first-then-i-wrote",
    ),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), TURNS)
def test_first_person_in_a_turn_is_the_labels_person(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in _pairs(nlp, text)


@pytest.mark.issue(10)
def test_someone_else_quoted_in_a_turn_keeps_their_own_speaker(nlp: Any) -> None:
    text = ("Harbour master Lena Korsgaard spoke with reporter Ivo Brask.\n\n"
            "BRASK: Was the port warned?\n\n"
            'KORSGAARD: The minister, Aron Feld, told me: "Keep the boats in."')
    assert ("Keep the boats in.", "Aron Feld") in _pairs(nlp, text)

