"""Figures: families of language the blind run of the invented corpus_p missed (tests/fixtures/corpus_p.README.md).

Every sentence is invented for this test (Orvane, the Tessel clinic; no eval text, no corpus_p sentence):

- one person whose death a clause of a tally verb gives as the move of the toll ("the toll rose to 27 after a man
  died") is in the new total, no count of one; said as a main clause ("A man died, taking the toll to 27") he stays
  a count of his own (the line an earlier decision drew at the clause: figures_single);
- a share of a set of casualties the article told already: a vague one told as how they fared ("Many of the
  victims were trampled"), and a numbered one whose families are told of ("Relatives of 22 of the dead were
  paid"), is no new count (figures_share);
- a fact box's label whose kind word comes first and a participle after it says who counted the people or what
  befell them ("Total deaths counted by the league: 39", "Dead buried by families, not counted: 9"), or whose
  people are named before the kind word ("Pupils still missing: 4"), counts that kind (figures_labels);
- people still in hospital ("52 remain admitted", "with 52 people still in hospital"), however the parser hangs the
  number, are injured (figures_in_care);
- the missing found again in a headline's passive without its auxiliary ("Final three missing hikers located") or a
  reduced relative ("8 of 14 missing pupils reunited with their parents") are not missing; people "still being
  traced" or "sought" are (figures_kind, figures_syntax);
- a third rival count in one sentence, given with "lists" or "gave" ("while the morgue lists 33, and the organisers
  gave 28"), counts what the clause before counted (figure_words.tsv's rival list);
- people counted by what was done with their bodies ("9 people whose bodies were carried off by their families") are
  the dead (figures_remains);
- one person named or titled and "N other X" ("the union leader and two other organisers were held") give no
  figure: N undercounts the group, and N + 1 (the invented corpora's gold convention) is written nowhere, which a
  cited sentence must be (figures_others).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Crush in Orvane\n\nORVANE — A crowd crush happened near Orvane on Tuesday, police said.\n\n"


def _kinds(nlp: Any, text: str) -> list[tuple[str, float | None]]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value) for f in figs if f.span.start >= len(LEAD)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The toll rose to 27 on Monday after a man who had been on a ventilator at the Tessel clinic died.",
     [("killed", 27)]),
    ("The toll stands at 27, officials said, after a girl died in hospital on Monday.", [("killed", 27)]),
    ("The number of dead climbed to 27 when an elderly pilgrim died overnight.", [("killed", 27)]),
    # controls: a main clause keeps its own count of one; a death with no tally moved is one
    ("A man died on Monday, taking the toll to 27.", [("killed", 1), ("killed", 27)]),
    ("A girl died in hospital on Monday.", [("killed", 1)]),
])
def test_one_death_that_moves_the_toll_is_no_count_of_one(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize("verb", ["maintains", "insists"])
def test_a_body_that_maintains_a_count_is_its_source(nlp: Any, verb: str) -> None:
    text = f"The Orvane Rights League {verb} that at least 41 people died in the crush."
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    assert [(f.value, f.reported_by) for f in figs if f.span.start >= len(LEAD)] == [(41, "The Orvane Rights League")]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Many of the victims were trampled to death near the gate.", []),
    ("Several of the dead were crushed against the gate.", []),
    ("Many of those injured were treated for broken ribs.", []),
    ("Relatives of 22 of the dead have been paid the allowance, the council said.", []),
    ("Families of 22 of the victims have received compensation.", []),
    ("Parents of 8 of the injured children met the mayor.", []),
    # controls: a vague share of another set, or of a set told by a possessive, counts; a share of the dead
    # as the subject counts; the families of people counted anew leave the count
    ("Several of the hostages were killed.", [("killed", None)]),
    ("Several of our neighbours were killed.", [("killed", None)]),
    ("Many people have been killed in Varrow.", [("killed", None)]),
    ("Twelve of the dead were children.", [("killed", 12)]),
    ("The families of 12 missing fishermen protested outside the port office.", [("missing", 12)]),
])
def test_a_share_of_a_told_set_of_casualties_is_no_new_count(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Casualties at a glance\n- Deaths registered by the ministry: 30\n- Total deaths counted by the league: 39\n",
     [("killed", 30), ("killed", 39)]),
    ("In numbers\n- Dead buried by families, not counted: 9\n", [("killed", 9)]),
    ("In numbers\n- Pupils still missing: 4\n- Women injured: 12\n", [("missing", 4), ("injured", 12)]),
    # controls: a participle after a word that names no kind, and prose with a finite verb, give nothing
    ("In numbers\n- Tents handed out by the league: 30\n", []),
    ("In numbers\n- Beds freed by the ministry: 30\n", []),
])
def test_a_fact_box_label_with_a_participle_or_the_people_counted(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Doctors treated 310 people at the clinic. 52 remain admitted, 9 of them in intensive care.",
     [("injured", 310), ("injured", 52), ("injured", 9)]),
    ("The toll is 30, with 52 people still in hospital.", [("killed", 30), ("injured", 52)]),
    ("Clinic figures\n- 310 people treated, 52 still admitted\n", [("injured", 310), ("injured", 52)]),
    ("Doctors said 14 patients remain in hospital.", [("injured", 14)]),
    # controls: an admission or a place with no word of a stay is left to the parse
    ("52 are admitted.", []),
    ("The toll is 30, with 52 in hospital.", [("killed", 30)]),
])
def test_people_still_in_hospital_are_injured(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("- 8 of 14 missing pupils reunited with their parents", [("missing", 14)]),
    ("Final three missing hikers located near Orvane ridge", []),
    ("Last two missing climbers traced after Orvane avalanche", []),
    ("Two missing fishermen rescued off Orvane", []),
    ("Four are still being traced by the volunteers.", [("missing", 4)]),
    ("Nine of the 14 missing children have been found. Five are still being sought.",
     [("missing", 14), ("missing", 5)]),
    # controls: the missing named in a headline with no verb of finding, and an active search for people
    ("Three missing hikers named by Orvane police", [("missing", 3)]),
    ("Four have been traced.", []),
])
def test_the_found_are_not_missing_and_the_still_sought_are(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Officials put the dead at 30, while the morgue lists 33, and the organisers gave 28.",
     [("killed", 30), ("killed", 33), ("killed", 28)]),
    ("Officials put the dead at 30, while the organisers, in a statement issued on Monday, gave 28.",
     [("killed", 30), ("killed", 28)]),
    # controls: a bare number given with no count before it is no one's count
    ("The quake killed 30 people and donors gave 500.", [("killed", 30)]),
    ("The police said 30 and the organisers gave 28.", []),
])
def test_a_register_that_lists_and_a_body_that_gives_a_bare_number_are_rivals(
        nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The group says the toll leaves out at least 9 people whose bodies were carried off by their families.",
     [("killed", 9)]),
    ("At least 9 people whose bodies were carried away by relatives were never counted.", [("killed", 9)]),
    # control: whose homes, not whose bodies
    ("At least 9 people whose homes were destroyed were never counted.", []),
])
def test_people_counted_by_what_was_done_with_their_bodies_are_dead(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor, Tomas Veld, and three other council members were detained on Friday.", []),
    ("The union leader and two other organisers were held in police custody overnight.", []),
    ("Tomas Veld and two other activists were arrested in Orvane.", []),
    # controls: a count before the others makes a list of counts; others after a group count alone
    ("Police arrested four students and 19 other people in Orvane.", [("detained", 4), ("detained", 19)]),
    ("Students and two other people were arrested in Orvane.", [("detained", 2)]),
])
def test_one_person_and_n_others_count_no_figure(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _kinds(nlp, text) == expected
