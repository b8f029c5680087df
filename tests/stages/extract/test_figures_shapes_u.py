"""Figures: families of language the blind run of the invented corpus_u missed (tests/fixtures/corpus_u.README.md).

Every sentence is invented for this test (Vellmar, Orrin, Tessaly; no eval text, no corpus_u sentence):

- a place's standing population, said with a verb of hosting in the simple present or with "home to", is a
  wider count than the event's own (``figures_scope_population``); the progressive and the perfect tell the
  event's own response;
- a part of the missing said found again, where the parser makes its "reported missing" a reduced clause under
  the subject of the verb of finding ("Seven of the 10 children reported missing ... have been reunited"), is
  missing no more;
- displaced people that a modal, a verb or a noun of planning puts ahead as the object of a verb of moving
  ("would move up to 3,000 people made homeless", "a plan to relocate 2,000 of the displaced families") are a
  planned relocation, counted as evacuated (``figures_planned_move``);
- the members of a group formed for a job ("a team of 30 young refugees went from tent to tent") are helpers
  named by who they are, no count of the struck, unless the group's verb gives a kind;
- people a verb of taking counts whose own relative clause says they were freed since ("arrested with three other
  men who were later released") are held no more;
- carriers counted by the day in a verbless bullet ("12 water trucks a day from the council") are a supply rate,
  aid (``figures_aid_fragment``);
- people who lost their shelter or dwelling, like those who lost their homes, are displaced;
- a second source's bare count with its verb left out after a comma ("Officials count 14 dead; the opposition,
  23") counts what the clause before counted (``figures_rival``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Floods in Vellmar\n\nVELLMAR - Floods swept the valley of Vellmar on Sunday, officials said.\n\n"


def _found(nlp: Any, text: str) -> list[Any]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [f for f in figs if f.span.start >= len(LEAD)]


def _figures(nlp: Any, text: str) -> list[tuple[str, float | None]]:
    return [(f.kind, f.value) for f in _found(nlp, text)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "scope"), [
    ("The province of Tessaly hosts some 220,000 displaced people, the agency said.", "wider_area"),
    ("Orrin camp, home to nearly 15,000 refugees, lies near the river.", "wider_area"),
    ("Those who fled are a fraction of the 300,000 refugees whom the country houses.", "wider_area"),
    ("The town's 900 residents are few beside the 300,000 refugees Tessaly hosts.", "wider_area"),
    ("Vellmar accommodates about 60,000 displaced people in all.", "wider_area"),
    # controls: the event's own response, in the progressive, the perfect or with "now"
    ("Schools in the district are hosting 3,000 people who fled the floods.", None),
    ("The town has taken in 900 people displaced by the floods.", None),
    ("The stadium now hosts 2,000 evacuees.", None),
    ("The school is now home to about 700 displaced people.", None),
])
def test_a_standing_population_is_a_wider_count(nlp: Any, text: str, scope: str | None) -> None:
    found = _found(nlp, text)
    assert [f.kind for f in found] == ["displaced"]
    assert found[0].scope == scope


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "part", "found"), [
    ("Seven of the 10 children reported missing on the night of the flood have been reunited with their families.",
     7, True),
    ("Five of the eight boys listed as missing after the landslide were traced to a relative's house on Sunday.", 5,
     True),
    ("Nine children reported missing on Sunday were later reunited with their parents.", 9, True),
    # control: a part still not found is still missing
    ("Three of the six children reported missing in the flood have still not been found.", 3, False),
])
def test_a_part_of_the_missing_found_again_is_missing_no_more(nlp: Any, text: str, part: int, found: bool) -> None:
    assert (("missing", part) in _figures(nlp, text)) is not found


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "kind"), [
    ("The government said it would move up to 3,000 people made homeless by the floods to a camp on the coast.",
     "evacuated"),
    ("The ministry announced a plan to relocate up to 2,000 of the displaced families to Orrin.", "evacuated"),
    ("Officials will transfer 600 homeless residents to schools in Tovell.", "evacuated"),
    ("Authorities intend to resettle 4,000 displaced villagers on the plateau.", "evacuated"),
    # control: a move already made leaves who they were as the count
    ("Officials moved 600 homeless residents to schools in Tovell on Monday.", "displaced"),
])
def test_a_planned_move_of_displaced_people_counts_the_moved(nlp: Any, text: str, kind: str) -> None:
    # a move not yet made is a projection, never a headline count of the evacuated (key_figures skips those)
    assert [(f.kind, f.projection) for f in _found(nlp, text)] == [(kind, kind == "evacuated")]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("A team of about 30 young refugees went from tent to tent on Tuesday with lists.", []),
    ("A crew of 12 displaced fishermen helped rebuild the jetty.", []),
    ("A committee of nine displaced elders met the governor.", []),
    # controls: the group's verb gives a kind; a group that is not formed for a job
    ("A team of five aid workers was killed in the shelling.", [("killed", 5)]),
    ("A group of 300 refugees arrived at the border crossing.", [("displaced", 300)]),
])
def test_a_working_group_counts_helpers_not_the_struck(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Prosecutors said on Monday that the driver, who was arrested on Sunday night with three other men who were "
     "later released, had been charged with theft.", []),
    ("Police detained the mayor on Friday along with four aides who were freed the next day.", []),
    # controls: still held, or not released
    ("The farmer was arrested with two other men who are still in custody.", [("detained", 2)]),
    ("Police arrested 12 protesters who have not been released.", [("detained", 12)]),
    ("Police proceeded on Sunday to the arrest of four men, of whom three were released on Monday.",
     [("detained", 4)]),
])
def test_people_taken_then_freed_in_their_own_clause_are_not_held(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Our response:\n* 12 water trucks a day from the city council\n* 3 clinics open", [("aid", 12)]),
    ("* 9 fuel tankers per day to the camp hospital", [("aid", 9)]),
    ("- 4 cargo flights daily into Orrin airport", [("aid", 4)]),
    # controls: carriers with no rate and no load
    ("* 30 trucks stuck at the border crossing", []),
    ("* 2 fire trucks at the scene", []),
    # controls: a measure by the day carries nothing (a gas, water pumped out)
    ("- Sulphur dioxide flux: 6,400 tonnes per day", []),
    ("* Floodwater pumped out: 900 litres a day", []),
])
def test_carriers_counted_by_the_day_in_a_fragment_are_aid(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("More than 3,000 people have lost their shelter again.", [("displaced", 3000)]),
    ("Some 1,200 camp residents lost their shelters in the blaze.", [("displaced", 1200)]),
    ("About 400 villagers lost their dwellings to the mudslide.", [("displaced", 400)]),
    # control: land lost is no home lost
    ("Around 90 farmers lost their land to the flood.", []),
])
def test_people_who_lost_their_shelter_are_displaced(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Officials count 14 dead; the opposition, 23.", [("killed", 14), ("killed", 23)]),
    ("The ministry says 40 were injured; local doctors, over 60.", [("injured", 40), ("injured", 60)]),
    ("The army reported 8 soldiers killed. The rebels, 15.", [("killed", 8), ("killed", 15)]),
    # control: an age set off after a name is no count
    ("The storm killed 14 people; the mayor, 62, was among them.", [("killed", 14)]),
])
def test_a_second_source_with_its_verb_left_out_counts_the_same(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected
