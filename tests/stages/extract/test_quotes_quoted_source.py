"""quotes.v1 on "A quoted B as saying" where the parser takes B's unfamiliar surname for a verb
(quotes_verbs._source_before_as_saying, quotes_names.name_taken_for_verb), and on an office's holder
the parser hangs on the office's place ("the governor of <Place>, <Name>,": quotes_register_names.office_name),
and on a person called by their party ("the Democrat said", "the Republican nominee said": quotes_party).

Every sentence and name is made up (invented probes, session 35).
"""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.quotes_names import name_taken_for_verb
from groundwatch.stages.extract.registry import ExtractionContext


def _speakers(nlp: Any, text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


@pytest.mark.parametrize("text", [
    'The agency quoted Tomas Reyl as saying: "The border stays closed."\n',
    'The agency quoted Tomas Reyl as saying, "The border stays closed."\n',
    'The agency quoted Tomas Reyl as saying "the border stays closed".\n',
    '"The border stays closed," state television quoted Tomas Reyl as saying.\n',
])
def test_the_quoted_source_speaks_not_the_outlet(nlp: Any, text: str) -> None:
    assert _speakers(nlp, text) == ["Tomas Reyl"]


@pytest.mark.parametrize(("text", "speaker"), [
    # an apposition after the source is the source's, not a second name
    ('State radio quoted Tomas Reyl, the army chief, as saying: "The border stays closed."\n', "Tomas Reyl"),
    # a passive "quoted by" keeps its subject
    ('Tomas Reyl was quoted by a local paper as saying: "The border stays closed."\n', "Tomas Reyl"),
])
def test_quoted_as_saying_controls(nlp: Any, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


def test_a_surname_tagged_a_verb_stays_in_its_name(nlp: Any) -> None:
    doc = nlp("The agency quoted Tomas Reyl as saying it. Ada Orme Says Yes.")
    reyl = next(t for t in doc if t.text == "Reyl")
    says = next(t for t in doc if t.text == "Says")
    assert reyl.pos_ != "VERB" or name_taken_for_verb(reyl)
    assert not name_taken_for_verb(says)  # a real verb in a headline's capitals has a lower-case lemma


def test_the_office_holder_hung_on_the_offices_place(nlp: Any) -> None:
    text = ("The governor of Brask, Piet Olander, blamed the rebels.\n\n"
            '"They shelled the market twice," the governor told reporters.\n')
    assert _speakers(nlp, text) == ["Piet Olander"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ivo Lind, a Democrat from Tessel, opposed the levy. Mara Quell backed it.\n\n"
     '"This levy is a gift to the ferry owners," the Democrat said.\n', "Ivo Lind"),
    ("Ivo Lind, a Tessel Democrat, opposed the levy. Mara Quell backed it.\n\n"
     '"This levy is a gift to the ferry owners," the Tessel Democrat said.\n', "Ivo Lind"),
    ("Victor Hale, the Republican candidate, toured Orlen. Alma Brandt stayed in Kessa.\n\n"
     '"We will carry this county," the Republican said.\n', "Victor Hale"),
    # a title qualified by a party goes to the one written beside that party, not to the latest holder
    ("Alma Brandt, the Democratic nominee, toured Orlen. Victor Hale, her Republican rival, stayed in Kessa.\n\n"
     '"We will carry this county," the Republican nominee said.\n', "Victor Hale"),
])
def test_a_party_word_names_the_person_written_beside_it(nlp: Any, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Ivo Lind, a Democrat from Tessel, opposed the levy. "It is a gift to the owners," the Republicans said.\n',
     "Republicans"),
    ('Ivo Lind, a Democrat from Tessel, opposed the levy. "We reject it," the Democratic Party said.\n',
     "Democratic Party"),
    ('Ivo Lind opposed the levy. "It is a gift to the owners," the Democrat said.\n', "Democrat"),
])
def test_a_party_word_with_nobody_beside_it_keeps_its_reading(nlp: Any, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]
