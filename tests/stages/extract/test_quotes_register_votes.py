"""Tests for the pronouns that may vote for a person's sex (quotes_register_votes), on invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.quotes_register_votes import under_other_subject
from groundwatch.stages.extract.registry import ExtractionContext


@pytest.mark.parametrize(("text", "pronoun", "expected"), [
    pytest.param("Otto Brandl said the paper had not been told what she was accused of.", "she", True,
                 id="clause-under-another-subject"),
    pytest.param("Otto Brandl said she would stay in the camp until the road opened.", "she", False,
                 id="the-speaker's-own-clause"),
    pytest.param("The editor of the paper, Otto Brandl, said he would appeal.", "he", False,
                 id="subject-with-the-name-in-apposition"),
    pytest.param("Otto Brandl said soldiers had taken her phone at the gate.", "her", False,
                 id="a-possessive-still-votes"),
])
def test_under_other_subject(nlp: Any, text: str, pronoun: str, expected: bool) -> None:
    doc = nlp(text)
    pron = next(t for t in doc if t.lower_ == pronoun)
    assert under_other_subject(pron, text.index("Otto")) is expected


def test_another_person_s_pronoun_does_not_make_the_editor_a_woman(nlp: Any) -> None:
    text = ("TORVIK — Police in Torvik have held Lena Marsh, a photographer, the rights group Clear Frame said.\n\n"
            '"Jailing a photographer for taking pictures is an attempt to hide the truth," Clear Frame said in a '
            "statement.\n\n"
            "The editor of Marsh, Otto Brandl, said the paper had not been told what she was accused of. "
            '"We heard about it from her sister," he said.')
    quotes = [(q.text, q.speaker) for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]
    assert ("We heard about it from her sister", "Otto Brandl") in quotes
