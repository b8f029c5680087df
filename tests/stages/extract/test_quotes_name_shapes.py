"""quotes.v1 on name shapes that invented probes of session 36 found cut short: a three-word name whose middle word is
a listed given name and whose first is not (quotes_register_records.glued_descriptor took the first for a descriptor
the sentence start capitalised), and a name the tagger leaves untagged, calls a product, or splits at a hyphen,
before "a farmer"-like description (quotes_described). Every name and sentence is made up."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _speakers(nlp: Any, text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(nlp(text + "\n"), ExtractionContext("t", None), {})]


@pytest.mark.parametrize("name", ["Sibusiso James Ndlovu", "Thembeka Mary Dube", "Jose Luis Ortega",
                                  "Ayodele Samuel Bello"])
def test_a_three_word_name_keeps_its_first_word(nlp: Any, name: str) -> None:
    surname = name.split()[-1]
    text = f'{name} fled the flooded village of Orlen on Monday.\n\n"The water took everything," {surname} said.'
    assert _speakers(nlp, text) == [name]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Firefighter Jonas Kell carried two children out of the school.\n\n"The roof fell in," Kell said.', "Jonas Kell"),
    ('Nurse Anna Roe worked through the night.\n\n"We ran out of beds," Roe said.', "Anna Roe"),
])
def test_a_descriptor_of_a_person_before_a_given_name_still_goes(nlp: Any, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize("name", ["Chinedu Paul Ozo", "Kwesi Ofori-Atta"])
def test_an_untagged_name_before_a_description_of_a_person_is_a_person(nlp: Any, name: str) -> None:
    surname = name.split()[-1]
    text = f'{name}, a farmer, said the river rose overnight.\n\n"We lost the harvest," {surname} said.'
    assert _speakers(nlp, text) == [name]


def test_a_hyphened_surname_said_alone_is_the_whole_name(nlp: Any) -> None:
    text = 'Kwesi Ofori-Atta said the river rose overnight.\n\n"We lost the harvest," Ofori-Atta said.'
    assert _speakers(nlp, text) == ["Kwesi Ofori-Atta"]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Laila Banu Hossain, a teacher, fled the town in March.\n\n"We walked for two days," Laila Banu said.',
     "Laila Banu Hossain"),
    # control: a person of the two-word name was brought in herself
    ('Rosa Maria Tello and her daughter Rosa Maria spoke to reporters.\n\n"We are safe," Rosa Maria said.',
     "Rosa Maria"),
])
def test_a_two_word_given_name_alone_is_the_full_name(nlp: Any, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize("text", [
    'Ada Roe spoke at the rally.\n\nRoe later told reporters she had "full confidence" in the plan.',
    'Ada Roe spoke at the rally.\n\n"We will win this district," Roe earlier said.',
])
def test_an_adverb_the_tagger_runs_into_a_name_is_not_part_of_it(nlp: Any, text: str) -> None:
    assert _speakers(nlp, text) == ["Ada Roe"]
