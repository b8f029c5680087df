"""Counts of things: a count in a clause of plan or expectation is no count of what happened, a count of seized
things is another sort of thing, and a count of one batch named by an ordinal is a part (``thing_roles``).
Invented sentences (aid to Corrin); the demo's false "truck" contradiction, session 37."""

from __future__ import annotations

import pytest
from test_reconcile import Builder, D

from groundwatch.records import Contradiction
from groundwatch.stages.reconcile import reconcile
from groundwatch.stages.reconcile.common import parse
from groundwatch.stages.reconcile.thing_roles import BATCH, PLAN, SEIZED, thing_role

ARRIVED = "A convoy of 14 trucks reached Corrin overnight and unloaded in the main square."


def _role(sentence: str, noun: str) -> str | None:
    doc = parse(sentence, "counts")
    (tok,) = [t for t in doc if t.lower_ == noun]
    return thing_role(tok)


def _conflicts(sentence: str) -> list[Contradiction]:
    items = [Builder("a", D, [ARRIVED]).item(), Builder("b", D, [sentence]).item()]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "figure"]


@pytest.mark.parametrize(("sentence", "noun", "role"), [
    ("The agency will send 30 trucks to Corrin next week.", "trucks", PLAN),
    ("Officials said 25 trucks would reach the town by Thursday.", "trucks", PLAN),
    ("The relief office plans to send 12 trucks on Sunday.", "trucks", PLAN),
    ("Forty trucks are expected to arrive on Friday.", "trucks", PLAN),
    ("Border guards seized 17 rifles and two pickup trucks from a smuggling gang.", "trucks", SEIZED),
    ("Customs officers impounded three vans at the crossing.", "vans", SEIZED),
    ("Police said they had confiscated four lorries loaded with stolen fuel.", "lorries", SEIZED),
    ("A second convoy of 20 trucks left the port at dawn.", "trucks", BATCH),
    ("The first convoy, eight trucks of food, has reached the town.", "trucks", BATCH),
    ("The third batch of 12 lorries left the port at dawn.", "lorries", BATCH),
    # controls: counts of what happened
    ("The convoy of 14 trucks crossed overnight and unloaded in the square.", "trucks", None),
    ("Officials said 14 trucks had arrived, and more were expected.", "trucks", None),
    ("Three convoys (22 trucks) reached the town on Monday.", "trucks", None),
])
def test_the_role_of_a_count_of_things(sentence: str, noun: str, role: str | None) -> None:
    assert _role(sentence, noun) == role


@pytest.mark.parametrize("sentence", [
    "A second convoy of 20 trucks was expected to arrive on Friday, the agency said.",
    "The agency will send 20 trucks to Corrin on Friday.",
    "Border guards seized two trucks from a smuggling gang on the Corrin road.",
    "The next convoy of 20 trucks is due on Friday.",
])
def test_a_plan_a_seizure_or_one_batch_is_no_rival_of_the_trucks_that_arrived(sentence: str) -> None:
    assert _conflicts(sentence) == []


def test_two_counts_of_the_trucks_that_arrived_still_contradict() -> None:
    (con,) = _conflicts("A convoy of 20 trucks reached Corrin overnight, the town council said.")
    assert {(c.article, c.value) for c in con.claims} == {("a", 14), ("b", 20)}


def test_two_counts_of_seized_trucks_are_compared_with_each_other() -> None:
    items = [Builder("a", D, ["Border guards seized two trucks from smugglers near Corrin."]).item(),
             Builder("b", D, ["Customs officers seized five trucks from smugglers near Corrin."]).item()]
    (con,) = [c for c in reconcile("s1", items, []).contradictions if c.field == "figure"]
    assert con.about == "truck seized"
