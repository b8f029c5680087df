"""Figures: families of language the blind run of the invented corpus_q missed (tests/fixtures/corpus_q.README.md).

Every sentence is invented for this test (Marrowby, the Tolk valley; no eval text, no corpus_q sentence):

- a markdown table's row ("| Persons injured | 45 |"): the parser may make the cell's closing bar the counted
  noun, and a capitalised unit in the label ("| Families affected | 410 |") is tagged a proper noun whose lemma is
  the plural as written; the label names the kind and the unit all the same;
- a comma-set part of the evacuated "N of them in shelters" (or "N of whom are in camps") is displaced, a part
  that names no shelter keeps the count's kind;
- people a slide or a collapse left under a burying mass ("left four more under the rubble", "still buried",
  "remain under the rubble") are missing, told without the word; a burial is no count, the trapped stay affected;
- a story that dates its event from another ("The flood comes three days after the storm of X, in Y, where the
  toll rose to 40") gives that other event's toll in the relative clause: another event's count.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Floods in Marrowby\n\nMARROWBY - Floods hit the Tolk valley on Sunday, officials said.\n\n"


def _figures(nlp: Any, text: str) -> list[tuple[str, float | None, str | None]]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value, f.unit) for f in figs if f.span.start >= len(LEAD)]


_TABLE = "| Category | Total |\n|---|---|\n"


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    (_TABLE + "| Persons injured | 45 |\n", [("injured", 45, None)]),
    (_TABLE + "| Persons evacuated | 2,300 |\n", [("evacuated", 2300, None)]),
    (_TABLE + "| People dead | 7 |\n| People hurt | 21 |\n", [("killed", 7, None), ("injured", 21, None)]),
    (_TABLE + "| Families affected | 410 |\n", [("affected", 410, "families")]),
    (_TABLE + "| Households evacuated | 96 |\n", [("evacuated", 96, "households")]),
    ("Households affected: 90\n", [("affected", 90, "households")]),
    # controls: rows of things are no count of people
    (_TABLE + "| Houses destroyed | 96 |\n| Temporary shelters | 6 |\n", []),
])
def test_table_rows_name_their_kind_and_unit(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("About 900 people were evacuated from Tolk, 300 of them in schools.",
     [("evacuated", 900, None), ("displaced", 300, None)]),
    ("Some 1,200 residents remain evacuated from the valley, 450 of them in shelters.",
     [("evacuated", 1200, None), ("displaced", 450, None)]),
    ("Some 2,000 residents were evacuated to Marrowby, 600 of whom are in camps.",
     [("evacuated", 2000, None), ("displaced", 600, None)]),
    # controls: a part that names no shelter stays the count's kind; a part of the dead is no one displaced
    ("About 900 people were evacuated from Tolk, 300 of them children.",
     [("evacuated", 900, None), ("evacuated", 300, None)]),
    ("The flood killed 14 people, six of them in a camp near Tolk.", [("killed", 14, None), ("killed", 6, None)]),
])
def test_a_sheltered_part_of_the_evacuated_is_displaced(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The mudslide killed 12 people and left four more under the rubble.",
     [("killed", 12, None), ("missing", 4, None)]),
    ("The slide left six people under the mud.", [("missing", 6, None)]),
    ("Eight people are still buried under the debris.", [("missing", 8, None)]),
    ("The quake killed 40 people; 15 are still buried.", [("killed", 40, None), ("missing", 15, None)]),
    ("At least 20 people remain under the rubble.", [("missing", 20, None)]),
    ("Nine people are still under the collapsed school.", [("missing", 9, None)]),
    # controls: a burial, the trapped (affected, as the stress set has them), bodies, more bodies (no count of
    # the missing), survivors and the dead stay what they are
    ("The 14 victims were buried on Monday in the town cemetery.", []),
    ("Rescuers said nine people were trapped under the collapsed school.", [("affected", 9, None)]),
    ("Crews recovered 11 bodies from the mud, and another four remain buried.", [("killed", 11, None)]),
    ("Rescuers pulled 12 bodies from under the rubble.", [("killed", 12, None)]),
    ("The quake left 30 people dead under the rubble.", [("killed", 30, None)]),
    ("Twelve survivors were pulled alive from the rubble on Tuesday.", []),
])
def test_people_under_a_burying_mass_are_missing(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


def _scoped(nlp: Any, text: str) -> list[tuple[str, float | None, bool]]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value, f.other_event) for f in figs if f.span.start >= len(LEAD)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The flood comes three days after the storm of Varrow, in Kessa province, where the toll rose on Monday to "
     "40 dead.", [("killed", 40, True)]),
    ("The disaster came a week after the earthquake in Tolk, which killed 212 people.", [("killed", 212, True)]),
    ("The fire broke out two days after the flood in Marrowby, where 12 people died and 30 were hurt.",
     [("killed", 12, True), ("injured", 30, True)]),
    # the relative clause hung on a place inside a longer name of the other event (six heads up), "whose toll"
    ("The blast comes three days after the massacre at the Orlen depot in Vessa, whose toll the ministry raised on "
     "Monday to 40 dead.", [("killed", 40, True)]),
    # controls: a subject of people, and a toll of the story's own verb, stay the story's count
    ("Rescuers dug on after the quake in Varrow, where 40 people died.", [("killed", 40, False)]),
    ("The storm killed 14 people after the flood in Kessa.", [("killed", 14, False)]),
])
def test_a_toll_in_passing_of_the_event_measured_from_is_another_events(nlp: Any, text: str,
                                                                        expected: list[Any]) -> None:
    assert _scoped(nlp, text) == expected
