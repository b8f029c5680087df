"""quotes.v1 on a verb of saying the tagger reads as a noun (quotes._untagged_verb), and on a ", saying" participle
the parser hangs inside a relative clause (quotes_verbs._main_clause_of_participle).

Translated and wire copy vary the verb after a closing quotation ("states", "notes", "claims"). In its
"-s" form the tagger often takes it for a plural noun that the speaker's name modifies ('"...," Varga
states.'), and the quotation lost its speaker. Every sentence and name is made up.
"""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _speakers(nlp: Any, text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('"We will hold the levee until the rain stops and the river falls back below the mark," '
                 "Varga states.\n", "Varga", id="name-states"),
    pytest.param('"We will hold the levee until the rain stops and the river falls back below the mark," '
                 "the water board states.\n", "water board", id="body-states"),
    pytest.param('"The levee will hold until the rain stops and the river falls back," Varga claims.\n',
                 "Varga", id="tagged-a-verb-control"),
])
def test_an_s_form_cue_after_the_quotation(nlp: Any, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


def test_a_plural_noun_ending_a_sentence_is_no_cue(nlp: Any) -> None:
    text = 'The report lists "twelve breaches of the levee along the lower river" in the valley states.\n'
    assert _speakers(nlp, text) == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Velk turned sharp in the debate over evicting a tenant who said the roof had leaked since "
                 "spring, saying, \u201cThe lease was clear and the rent went unpaid for half a year.\u201d\n", "Velk",
                 id="eviction-gerunds-object"),
    pytest.param("The coach lost his temper over benching a striker who said she had been fit to play, saying, "
                 "\u201cFitness is my call and nobody else gets to make it.\u201d\n", "coach",
                 id="benching-gerunds-object"),
    pytest.param("The judge scolded a clerk who had lost the file, saying, \u201cThis court cannot work without "
                 "its papers.\u201d\n", "judge", id="object-of-main-verb"),
])
def test_a_saying_participle_after_a_relative_clause_is_the_main_subjects(nlp: Any, text: str,
                                                                          speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]
