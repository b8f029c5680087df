"""A facility's count that its sentence sets against another body's count ("more than the council's toll") is a
rival tally of the day, though counted at one place; and a headline's count gives way to the body sentence that
says the same number with who counted it. Invented stories (a fume leak at Brask, a ferry fire off Ommel);
corpus_t's blind run, issue 10."""

from __future__ import annotations

import dataclasses

import pytest
from test_reconcile import Builder, D, Item

from groundwatch.records import Contradiction
from groundwatch.stages.reconcile import reconcile


def _conflicts(items: list[Item]) -> list[Contradiction]:
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "figure"]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("sentence", "count", "rival"), [
    ("Doctors at the Brask clinic said 40 had died there, more than the council's official count.", "40", True),
    ("The Brask morgue has received 31 bodies, well above the toll the interior ministry gave.", "31", True),
    ("Staff at St Orla Hospital counted 38 dead, a figure higher than the governor's tally.", "38", True),
    ("Hospital staff in Brask listed 29 deaths, which exceeds the official total.", "29", True),
    # a facility's part of the whole, said with no comparison: no rival (key_figures.rival_tally)
    ("Doctors at the Brask clinic said 40 had died there since the leak began.", "40", False),
    # "more than" before a number is a bound, not a comparison with another count
    ("Doctors at the Brask clinic said more than 40 had died there.", "more than 40", False),
])
def test_a_facility_count_set_against_another_count_is_a_rival_tally(sentence: str, count: str, rival: bool) -> None:
    other = "The council's figure on Monday stood at 22 for the whole district."
    a = Builder("a", D, [sentence, other])
    a.figure(count, "killed", 40 if "40" in count else float(count), reported_by="the hospital staff")
    a.figure("22", "killed", 22, reported_by="The council")
    assert bool(_conflicts([a.item()])) is rival


@pytest.mark.issue(10)
def test_a_headline_count_gives_way_to_the_body_sentence_of_the_same_number() -> None:
    title = "Ommel ferry fire: harbour clinic says 17 dead"
    body = ("Surgeon Pell Varro of the harbour clinic told reporters that 17 people had died at the clinic, more than "
            "the coastguard's count.")
    a = Builder("a", D, [title, body, "The coastguard's figure stood at 12 on Monday."])
    a.figure("17 dead", "killed", 17, reported_by="harbour clinic")
    a.figure("17 people had died", "killed", 17, reported_by="Surgeon Pell Varro of the harbour clinic")
    a.figure("12", "killed", 12, reported_by="The coastguard")
    clean, facts = a.item()
    clean = dataclasses.replace(clean, article=dataclasses.replace(clean.article, title=title))
    (con,) = _conflicts([(clean, facts)])
    assert {(c.value, c.sentence) for c in con.claims} == {(17, body), (12, "The coastguard's figure stood at 12 "
                                                                          "on Monday.")}
