"""Figures: families of language the blind run of the invented corpus_h missed (tests/fixtures/corpus_h.README.md).

Every sentence is invented for this test (the coast of Vellin; no eval text, no corpus_h sentence). Each
family varies the construction (active, passive, relative clause, headline, another verb, another noun):

- people moved to shelter, or already in it, before a hazard arrives are evacuated, not displaced;
- a count whose own predicate the parser hangs under its relative clause or participle ("who sailed
  before the gale are missing", "missing since the avalanche were found alive");
- a headline's first verb does not cross a semicolon to a verbless clause with a place of its own;
- another named event's toll, in a relative clause on its name or set in a neighbour, is another event's;
- a count's credit: a reporting clause set off after it by commas, and never across a semicolon.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Storm hits Vellin coast\n\nVELLIN — A storm struck the coast of Vellin on Tuesday.\n\n"


def _kinds(nlp: Any, sentence: str) -> list[tuple[str, float | None]]:
    figs = extract_figures(nlp(LEAD + sentence), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value) for f in figs if f.span.start >= len(LEAD)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "kind", "value"), [
    # moved to a shelter named for the hazard, or to any shelter before the hazard: an evacuation
    ("Officials in Vellin moved more than 12,000 residents from the low-lying islands to storm shelters on Monday.",
     "evacuated", 12000),
    ("Some 9,000 villagers were moved to shelters before the storm.", "evacuated", 9000),
    ("More than 5,000 people were already in shelters or with relatives on higher ground when the storm struck.",
     "evacuated", 5000),
    ("Police bused 2,500 people to schools inland before the river burst its banks.", "evacuated", 2500),
    ("About 3,000 residents, who were shifted to cyclone shelters on Sunday, are waiting to go home.",
     "evacuated", 3000),
    ("Coastguard boats ferried 800 islanders to the mainland before the storm arrived.", "evacuated", 800),
    ("The army relocated 4,000 families to safe places ahead of the storm.", "evacuated", 4000),
    # controls: shelter after the hazard, or flight, is displacement
    ("More than 20,000 people are living in relief camps after the storm destroyed their homes.", "displaced", 20000),
    ("About 15,000 survivors are sheltering in schools.", "displaced", 15000),
    ("Some 7,000 people fled their homes as the water rose.", "displaced", 7000),
])
def test_shelter_taken_before_a_hazard_is_an_evacuation(nlp: Any, sentence: str, kind: str, value: int) -> None:
    assert _kinds(nlp, sentence) == [(kind, value)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    # a time word after the relative clause is not the subject of the count's own predicate
    ("Nine sailors who sailed before the gale are missing.", [("missing", 9)]),
    ("Six divers who set out before the storm are still missing, the coastguard said.", [("missing", 6)]),
    ("Twenty-two sailors who left port before the gale are missing.", [("missing", 22)]),
    ("Eleven herders who crossed the river before it flooded are unaccounted for.", [("missing", 11)]),
    # found or rescued: missing no more, whatever the participle said they were
    ("Six climbers missing since the avalanche were found alive on Sunday.", []),
    ("Rescuers said 12 fishermen missing since the storm had been rescued from a reef.", []),
    ("Four hikers reported missing on Friday were found safe on Monday.", []),
    ("Seven crewmen missing since Tuesday were plucked from the sea by a trawler.", []),
    # controls: still missing
    ("Ten fishermen missing since the storm are feared dead.", [("missing", 10)]),
    ("Eight fishermen have been missing since Tuesday.", [("missing", 8)]),
])
def test_a_counts_own_predicate_wins_over_its_relative_clause(nlp: Any, sentence: str,
                                                               expected: list[tuple[str, int]]) -> None:
    assert _kinds(nlp, sentence) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mayor: flood kills 12 in Corran; 5,000 in shelters", [("killed", 12), ("displaced", 5000)]),
    ("Mayor: storm has killed 30 in Orsk; 9,000 in relief camps", [("killed", 30), ("displaced", 9000)]),
    ("Storm kills 9 in Vellin; 20,000 without power", [("killed", 9), ("affected", 20000)]),
    ("Quake injures 80 in Brenn; 2,000 in tents", [("injured", 80), ("displaced", 2000)]),
    ("Police detain 30 after riot; 12 in hospital", [("detained", 30), ("injured", 12)]),
    ("Flood kills 12 in Corran; 300 at the stadium", [("killed", 12)]),
    # controls: a named place after the semicolon is a part of the first count; its own predicate wins
    ("Storm kills 9 in Vellin; 12 in Tarsk", [("killed", 9), ("killed", 12)]),
    ("Floods kill 12; 30 missing", [("killed", 12), ("missing", 30)]),
])
def test_a_verb_does_not_cross_a_semicolon(nlp: Any, sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(nlp, sentence) == expected


LOOKALIKE = ("Storm Pell floods Tarn valley, four dead\n\nBRAVO, Tarnia - Four people were killed and two are missing "
             "after Storm Pell brought heavy rain to the Tarn valley in northern Tarnia, officials said on Friday.\n\n")


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "other"), [
    # another named storm's toll, in a relative clause on its name or set in a neighbour on the counted people
    ("Pell formed over the same waters as Storm Ilsa, which has killed at least 30 people in neighbouring Marsk "
     "this week, but it never became a cyclone.", True),
    ("Storm Ilsa, which has killed at least 30 people in neighbouring Marsk, is expected to weaken.", True),
    ("Pell followed Cyclone Ilsa, which killed 30 people in Marsk last week.", True),
    ("Pell struck a week after Typhoon Ilsa killed 30 people in neighbouring Marsk.", True),
    # controls: the article's own storm, named in its lead
    ("Storm Pell, which has killed four people in the Tarn valley, is expected to weaken.", False),
    ("Forecasters said Storm Pell, which has already killed four people, would turn north.", False),
])
def test_another_named_events_toll_is_flagged(nlp: Any, sentence: str, other: bool) -> None:
    figs = extract_figures(nlp(LOOKALIKE + sentence), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)),
                           {})
    mine = [f for f in figs if f.span.start >= len(LOOKALIKE) and f.kind == "killed"]
    assert len(mine) == 1 and (mine[0].scope == "other_event") is other, [(f.value, f.scope) for f in mine]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "credit"), [
    # a reporting clause set off by commas after the count, parsed below it
    ("The number of people killed by the storm in Vellin rose to 31 on Thursday, the Vellin Disaster Office "
     "said, as rescuers reached remote villages.", "the Vellin Disaster Office"),
    ("The number of people killed by the storm rose to 31 on Thursday, the disaster office said.",
     "the disaster office"),
    # a credit does not cross a semicolon to the other clause's count
    ("Storm toll rises to 63; governor says 71", None),
    ("The toll has risen to 40, the civil defence office said; the governor said his province had counted 52 dead.",
     "the civil defence office"),
])
def test_a_counts_credit(nlp: Any, sentence: str, credit: str | None) -> None:
    figs = extract_figures(nlp(LEAD + sentence), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    assert next(f.reported_by for f in figs if f.span.start >= len(LEAD)) == credit


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    # corpus_g's open misses, as families: forces withdrawn or held are still forces; people said to bear
    # arms are fighters
    ("The government refused to withdraw its 500 troops from the valley.", [("forces", 500)]),
    ("Tarsk withdrew 300 soldiers from the border on Monday.", [("forces", 300)]),
    ("The rebels have some 300 men under arms in the hills.", [("forces", 300)]),
    ("About 300 armed men hold the old town.", [("forces", 300)]),
    # controls: men with no arms, and fighters as before
    ("About 300 men queued for water in the old town.", []),
    ("The army has 600 fighters in the valley.", [("forces", 600)]),
])
def test_forces_withdrawn_and_armed_men(nlp: Any, sentence: str, expected: list[tuple[str, int]]) -> None:
    assert _kinds(nlp, sentence) == expected
