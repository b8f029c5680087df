"""Figures: four families of language part A of the invented corpora b, d and g missed (docs/figures_audit.md).

Every sentence is invented for this test (the Pellory coast, Ostwick and the Marrane valley; no eval text,
no corpus sentence). Each family varies the construction, with controls:

- a second count whose verb and noun are left out after a predicate adjective or participle ("remain
  displaced in X and about 900 in Y"): the first count's kind (figures_context);
- people searched for, whom a hedged participle places ("searched for 40 people believed trapped"),
  where the parser reads "for" as the mark of a clause: missing (figures_govern);
- a side's own forces under a negated withdrawal ("would not pull back its 3,000 soldiers"): forces,
  exact (figures_words.kept_forces);
- a definite bare count someone gave, set against the sentence's count ("more than the 30 the company has
  confirmed"): the same kind, exact (figures_context.definite_count).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext


def _figures(nlp: Any, sentence: str) -> list[tuple[str, float | None, str]]:
    figs = extract_figures(nlp(sentence), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value, f.qualifier) for f in figs]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("An estimated 4,200 farmers remain displaced in Ostwick and about 650 in Pellory.",
     [("displaced", 4200, "approx"), ("displaced", 650, "approx")]),
    ("Nearly 90 climbers were still missing on the east ridge and 14 on the west ridge.",
     [("missing", 90, "approx"), ("missing", 14, "exact")]),
    ("Some 1,800 residents are still displaced on the north shore and about 300 on the south shore.",
     [("displaced", 1800, "approx"), ("displaced", 300, "approx")]),
    # control: a clause of its own after "and"
    ("Some 4,200 people remain displaced in Ostwick and 15 clinics have closed.", [("displaced", 4200, "approx")]),
])
def test_a_gapped_count_after_a_state_takes_its_kind(nlp: Any, sentence: str, expected: list[Any]) -> None:
    assert _figures(nlp, sentence) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Neighbours searched for 35 shoppers believed trapped inside the collapsed market.", [("missing", 35, "exact")]),
    ("Teams searched for 18 workers feared buried beneath the slag heap.", [("missing", 18, "exact")]),
    ("The tremor killed 6 people in Ostwick as crews searched for 70 residents believed trapped in rubble.",
     [("killed", 6, "exact"), ("missing", 70, "exact")]),
    # controls: trapped people nobody is said to search for, and suspects hunted
    ("Officials said 120 people were trapped in the collapsed market.", [("affected", 120, "exact")]),
    ("Police searched for 4 suspects believed hiding in the Marrane valley.", []),
])
def test_people_searched_for_under_a_hedged_state_are_missing(nlp: Any, sentence: str, expected: list[Any]) -> None:
    assert _figures(nlp, sentence) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Pellory says it will not pull back its 1,500 troops while the talks go on.", [("forces", 1500, "exact")]),
    ("The militia will not pull out their 250 fighters before the vote.", [("forces", 250, "exact")]),
    ("Ostwick said it would never withdraw its 700 peacekeepers from the valley.", [("forces", 700, "exact")]),
    # controls: a negated deployment, and a negated withdrawal of troops that are nobody's own
    ("The army did not send 900 soldiers to Ostwick, the ministry said.", []),
    ("The army has not withdrawn 900 soldiers, the ministry said.", []),
])
def test_a_sides_forces_under_a_negated_withdrawal_are_counted(nlp: Any, sentence: str, expected: list[Any]) -> None:
    assert _figures(nlp, sentence) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The union said 28 miners had died, more than the 19 the company has confirmed.",
     [("killed", 28, "exact"), ("killed", 19, "exact")]),
    ("Nurses say 140 people were injured in Ostwick, well above the 95 the council reported.",
     [("injured", 140, "exact"), ("injured", 95, "exact")]),
    # control: a counted thing in the comparison, not a bare count
    ("Officials said 90 people had been evacuated, more than the 60 beds the hall has.", [("evacuated", 90, "exact")]),
])
def test_a_definite_count_compared_takes_the_sentences_kind(nlp: Any, sentence: str, expected: list[Any]) -> None:
    assert _figures(nlp, sentence) == expected
