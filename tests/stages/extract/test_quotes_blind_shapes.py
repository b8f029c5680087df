"""The speaker shapes the blind political batch (tests/fixtures/quotes_blind.txt) showed, on new
sentences invented for them (none of the batch's): a dateline the tagger calls a person, surnames
written with a hyphen, a name set off by commas after a long role phrase, and "One of them, X,"."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.quotes import extract_quotes
from groundwatch.stages.extract.registry import ExtractionContext


def _speakers(nlp: Any, text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(nlp(text), ExtractionContext("t", None), {})]


#: A place in capitals opening the story's line is its dateline, never the lead verb's subject.
DATELINE_CASES = [
    pytest.param(
        "BRAMMOCK HEIGHTS, Sollery — Former Senator Ottilie Varnack-Hume entered the race for mayor on "
        'Friday, telling a crowd at the old station that the city had "stopped listening to its own people."',
        ["Ottilie Varnack-Hume"],
        id="dateline-region-dash",
    ),
    pytest.param(
        "OSTERGATE CROSSING (Velmo Wire) — Retired Judge Cassius Pembrington-Lyle announced his candidacy on "
        'Monday, telling supporters the county courts were "a decade behind every neighbour we have."',
        ["Cassius Pembrington-Lyle"],
        id="dateline-agency-dash",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATELINE_CASES)
def test_a_dateline_is_no_speaker(nlp: Any, text: str, expected: list[str]) -> None:
    assert _speakers(nlp, text) == expected


#: A surname written with a hyphen is one word: a later mention by the surname alone, which the
#: tagger may call a body, is still the person (and her "she said" hers, not another woman's).
HYPHEN_CASES = [
    pytest.param(
        "The nurses' federation chair, Solvei Brannmark-Tofte, said the ward had lost six nurses. "
        '"We are running on goodwill," she said.\n\n'
        'Health Minister Idunn Saeterlid urged calm. "Nobody will be left without care," the minister said.\n\n'
        "Brannmark-Tofte said the federation would ballot its members. "
        'Her members were tired. "Goodwill runs out," she said.',
        ["Solvei Brannmark-Tofte", "Idunn Saeterlid", "Solvei Brannmark-Tofte"],
        id="surname-alone-then-she",
    ),
    pytest.param(
        "Councillor Evander Quillfeather-Royce opened his campaign on Sunday.\n\n"
        "Quillfeather-Royce, 58, a former teacher, spoke for twenty minutes.\n\n"
        '"This district deserves a school that does not leak," he said.',
        ["Evander Quillfeather-Royce"],
        id="surname-with-age-then-he",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HYPHEN_CASES)
def test_a_hyphenated_surname_is_one_name(nlp: Any, text: str, expected: list[str]) -> None:
    assert _speakers(nlp, text) == expected


#: A name set off by commas right before the verb names the subject, however long the role phrase
#: before it and whichever of its nouns the parser hung the name on.
APPOSED_CASES = [
    pytest.param(
        "A lawyer for Tobiah Wrenfield, Marisol Quenby-Dart, said in a statement that her client "
        '"has answered every question put to him in writing."',
        ["Marisol Quenby-Dart"],
        id="lawyer-for-person-name",
    ),
    pytest.param(
        "His closest rival for the nomination, state Auditor Philippa Drammond, welcomed him into the race, "
        'saying voters deserved "a contest of ideas rather than a procession."',
        ["Philippa Drammond"],
        id="rival-for-nomination-titled-name",
    ),
    pytest.param(
        "The relief agency's coordinator for Vennmark, Oyelaran Tessaby-Quist, said after touring the camps "
        'that the need for blankets was "urgent beyond anything we planned for."',
        ["Oyelaran Tessaby-Quist"],
        id="untagged-name-after-coordinator-for-place",
    ),
    pytest.param(
        "Relatives of the six miners gathered outside the inquiry. One of them, Hennika Strolberg, said her "
        'brother had complained "for months about the cracks in the roof."',
        ["Hennika Strolberg"],
        id="one-of-them-named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_CASES)
def test_a_name_set_off_before_the_verb_speaks(nlp: Any, text: str, expected: list[str]) -> None:
    assert _speakers(nlp, text) == expected


def test_one_of_them_unnamed_stays_nobody(nlp: Any) -> None:
    text = ('Officials at the port said the cranes were damaged. "Nothing moves this week," one of them said, '
            "asking not to be named.")
    assert _speakers(nlp, text) == [None]


#: "the senator from X" is the holder of the title introduced with X, not the holder named last.
FROM_PLACE_CASES = [
    pytest.param(
        "Sen. Orrin Talmadge-Voss (R-Kellerton) said the inquiry would go on. Sen. Marguerite Ellwyn of "
        "Brisbury called it a stunt. She said her party had offered a closed hearing to the witness, "
        "Jasper Hollingbrook.\n\n"
        'The senator from Kellerton disputed that. "No offer was ever made," he told reporters.',
        ["Orrin Talmadge-Voss"],
        id="senator-from-place-then-he",
    ),
    pytest.param(
        "Governor Anselm Grudberg of Tollfield arrived first. Governor Winifred Ashcombe of Marrow Bay came "
        "an hour later.\n\n"
        '"We will not sign this," the governor from Marrow Bay said.\n\n'
        '"Nor will I," the governor from Tollfield said.',
        ["Winifred Ashcombe", "Anselm Grudberg"],
        id="two-from-places",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FROM_PLACE_CASES)
def test_a_title_from_a_place_is_its_holder_there(nlp: Any, text: str, expected: list[str]) -> None:
    assert _speakers(nlp, text) == expected
