"""Figures: families of language the blind run of the invented corpus_n missed (tests/fixtures/corpus_n.README.md).

Every sentence is invented for this test (Orvane, the Tessel hospitals; no eval text, no corpus_n sentence):

- bodies a toll's books handle, entered twice over ("counted twice", "entered in both registers", "found to have
  been entered in two lists") or identified ("four of the bodies were identified"), are no count of the dead;
  bodies counted by someone ("rescuers counted 38 bodies") and the dead identified AS something still are;
- people a verb of moving people carries on organised transport ("were taken to X by a special relief train",
  "moved on buses"), and a fact box's label that says so ("Passengers moved by special trains: N"), are
  evacuated, whatever state their noun gives them ("stranded");
- a bulleted list of named places ("- Harl General Hospital: 64") under a lead-in line that names the kind
  ("Injured by hospital", "Injured admitted to:") counts that kind, item by item;
- a second count after a comma, parsed as the object of a tally verb that has its value already ("toll rises to
  44, 302 persons admitted in hospitals"), takes its kind from its own participle, not from the tally;
- one or two of the injured whose death a clause of a tally verb gives as the cause of the move ("the toll rose
  to 44 after a woman injured in the crash died") are in the new total, no count of their own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Train crash in Orvane\n\nORVANE — A train crashed near Orvane on Tuesday, police said.\n\n"


def _kinds(nlp: Any, text: str) -> list[tuple[str, float | None]]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value) for f in figs if f.span.start >= len(LEAD)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Nine bodies were counted twice at the district morgue, an official said.", []),
    ("The toll fell after seven bodies had been entered in both hospital registers.", []),
    ("The toll was lowered after seven bodies were found to have been entered in two lists.", []),
    ("The toll was cut after five bodies had been entered both in the morgue book and in the ward book.", []),
    ("Two of the bodies were identified by relatives on Monday.", []),
    ("Officials put the toll at 38 after two bodies were identified twice.", [("killed", 38)]),
    # controls: bodies found or counted by someone are the dead; the dead identified as something are counted
    ("Rescuers counted 38 bodies by nightfall.", [("killed", 38)]),
    ("Nine bodies were recovered and counted at the morgue.", [("killed", 9)]),
    ("Nine bodies were counted at the morgue.", [("killed", 9)]),
    ("Two of the dead were identified as police officers.", [("killed", 2)]),
])
def test_bodies_the_books_handle_are_no_count(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("About 600 stranded passengers were taken to Orvane by a special relief train.", [("evacuated", 600)]),
    ("About 600 stranded travellers were moved to Orvane on buses.", [("evacuated", 600)]),
    ("Some 250 guests were carried to the coast by chartered flights.", [("evacuated", 250)]),
    ("Passengers moved by special trains: 600", [("evacuated", 600)]),
    ("People taken out by bus: 1,400", [("evacuated", 1400)]),
    # controls: no carrier laid on, or a scheduled carrier alone, says nothing of an evacuation
    ("About 600 stranded passengers were taken to Orvane.", [("affected", 600)]),
    ("About 600 stranded passengers were taken to Orvane by train.", [("affected", 600)]),
    ("Passengers moved by freight lifts: 600", []),
])
def test_people_moved_on_laid_on_transport_are_evacuated(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Injured by hospital\n- Orvane General Hospital: 64\n- Railway Hospital, Tessel: 27\n- St. Mary Clinic: 12\n",
     [("injured", 64), ("injured", 27), ("injured", 12)]),
    ("Injured admitted to:\n- Orvane General Hospital: 64\n- Tessel Clinic: 27\n", [("injured", 64), ("injured", 27)]),
    ("Deaths by district\n- Harl: 30\n- Velm: 12\n", [("killed", 30), ("killed", 12)]),
    # controls: a lead-in that names no kind, or items that are no names, give nothing
    ("Relief at a glance\n- Harl: 30\n- Velm: 12\n", []),
    ("Injured by hospital\n- beds still free: 30\n", []),
])
def test_bullets_of_places_under_a_lead_in_of_a_kind(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Ferry disaster: death toll rises to 44, 302 persons admitted in hospitals", [("killed", 44), ("injured", 302)]),
    ("Ferry disaster: death figure touches to 44, three hundred two persons admitted in hospitals",
     [("killed", 44), ("injured", 302)]),
    ("Toll climbs to 19, 60 people evacuated from Harl", [("killed", 19), ("evacuated", 60)]),
    # controls: the tally alone, and a count with no participle of its own, keep the tally's reading
    ("Death toll rises to 44 in Harl", [("killed", 44)]),
    ("The toll rose to 40, officials said, with 12 people injured.", [("killed", 40), ("injured", 12)]),
])
def test_second_count_after_a_tally_takes_its_own_participle(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The toll rose to 44 after a woman injured in the crash died on Friday.", [("killed", 44)]),
    ("The toll reached 45 when a man injured in the blast died in hospital.", [("killed", 45)]),
    ("The toll rose to 47 as two injured passengers died overnight.", [("killed", 47)]),
    # controls: deaths said in a main clause, or of people not hurt before, are counts of their own
    ("Two more injured patients died in hospital, raising the toll to 35.", [("killed", 2), ("killed", 35)]),
    ("The toll rose to 50 after 6 people died in a second blast.", [("killed", 50), ("killed", 6)]),
])
def test_the_injured_whose_death_moves_a_toll_are_in_it(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected
