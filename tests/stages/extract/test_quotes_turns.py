"""Translated honorifics before a name ("said Aling X", Tagalog, Malay, Spanish: the speaker, without the title),
and a first-person speaker inside a transcript turn ("NAME: ... I said: '...'") is the person the
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


HONORIFICS = [
    pytest.param('"The dogs woke us before the water did," said Aling Teodora Marquessa, 58, a fish vendor.',
                 ("The dogs woke us before the water did", "Teodora Marquessa"), id="aling-after-said"),
    pytest.param('"We slept on the roof for two nights," said Mang Ernesto Valdaray, who lost his boat.',
                 ("We slept on the roof for two nights", "Ernesto Valdaray"), id="mang-after-said"),
    pytest.param('"Nobody counted us," Ibu Sarinah Kemalawati told the visiting officials on Tuesday.',
                 ("Nobody counted us", "Sarinah Kemalawati"), id="ibu-before-told"),
    pytest.param('"The bakery is all we had," says Señora Ximena Altabarra, standing in the mud.',
                 ("The bakery is all we had", "Ximena Altabarra"), id="senora-after-says"),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), HONORIFICS)
def test_a_translated_honorific_before_the_name_leaves_the_speaker(nlp: Any, text: str,
                                                                  expected: tuple[str, str]) -> None:
    assert expected in _pairs(nlp, "Floods reached the lower town of Vell on Monday night.\n\n" + text)
