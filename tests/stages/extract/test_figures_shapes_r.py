"""Figures: families of language the blind run of the invented corpus_r missed (tests/fixtures/corpus_r.README.md).

Every sentence is invented for this test (Varnholt, Dorvel; no eval text, no corpus_r sentence):

- an army's communique kills the other side's fighters with a verb or noun of removing ("eliminated 12
  terrorists", "the elimination of 12 terrorists", "neutralised five gunmen"): of armed enemies only; jobs
  or rivals in a contest removed are no deaths; so are the counted a relative clause of saying reports done
  ("the 12 rebels the army said it had killed");
- a side's noun for its own dead counts the dead ("the toll rose to 30 martyrs", "8 martyrs and 15 wounded" in a
  headline, where the parser hangs the list's first item on the second's participle);
- a rival source's bare count after "speaks of" / "talks of" takes the kind of the count before its clause;
- a markdown table's number cell takes the kind its column's header names ("| Source | Date | Killed | Injured |");
- a count in a definition of a kind of event ("An attack that kills dozens of families is a war crime") counts nobody.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext

LEAD = "Strike in Varnholt\n\nVARNHOLT - An air strike hit the town of Varnholt on Sunday, officials said.\n\n"


def _figures(nlp: Any, text: str) -> list[tuple[str, float | None]]:
    figs = extract_figures(nlp(LEAD + text), ExtractionContext(article_id="t", published=dt.date(2031, 3, 6)), {})
    return [(f.kind, f.value) for f in figs if f.span.start >= len(LEAD)]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ('The army said it had "eliminated 12 terrorists" in the raid.', [("killed", 12)]),
    ("The army says it eliminated 12 fighters near Dorvel.", [("killed", 12)]),
    ("The operation resulted in the elimination of 12 terrorists, among them a commander.", [("killed", 12)]),
    ("Troops neutralised five gunmen near the bridge, the army said.", [("killed", 5)]),
    ('The 12 "militants" it said it had eliminated were never named.', [("killed", 12)]),
    ("The 12 rebels the army said it had killed were never named.", [("killed", 12)]),
    # controls: removing things or beating rivals kills no one
    ("The reform eliminated 300 jobs at the port.", []),
    ("Dorvel eliminated two rivals in the semi-final.", []),
    ("The 30 people the mayor said he had met were farmers.", []),
])
def test_a_communique_kills_armed_enemies_by_removing_them(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("The toll in Dorvel rose to 30 martyrs, the local council said.", [("killed", 30)]),
    ("8 martyrs and 15 wounded in shelling of Dorvel", [("killed", 8), ("injured", 15)]),
    ("The 30 martyrs were buried on Friday.", [("killed", 30)]),
    ("Eight civilians were martyred and 15 others were wounded in the shelling.", [("killed", 8), ("injured", 15)]),
])
def test_martyrs_are_the_dead(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ("Doctor Anna Vell counts 40 wounded; Doctor Piet Arno speaks of 25.", [("injured", 40), ("injured", 25)]),
    ("The army counts 30 dead; the rebels talk of 80.", [("killed", 30), ("killed", 80)]),
    # controls: "of" with a noun of its own, or a year, is no rival count
    ("The mayor spoke of 3 options for the bridge.", []),
    ("The mayor spoke of 1999 with sadness.", []),
])
def test_a_rival_source_speaks_of_its_own_count(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


_TOLLS = "| Source | Date | Killed | Injured | Missing |\n|---|---|---|---|---|\n"


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    (_TOLLS + "| Varnholt health office | 3 May | 12 | 40 | 5 |\n",
     [("killed", 12), ("injured", 40), ("missing", 5)]),
    (_TOLLS + "| Dorvel Red Crescent (count) | 4 May | 15 | - | - |\n"
              "| Varnholt health office | 5 May | 17 | 52 | 3 |\n",
     [("killed", 15), ("killed", 17), ("injured", 52), ("missing", 3)]),
    # controls: columns of things, or of no kind, name no count of people
    ("| Town | Trucks | Tents |\n|---|---|---|\n| Varnholt | 12 | 300 |\n", []),
    ("| Town | Rank | Score |\n|---|---|---|\n| Varnholt | 2 | 41 |\n", []),
])
def test_a_table_cell_takes_its_column_header_kind(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), [
    ('"An attack that kills dozens of sheltering families is a war crime," she said.', []),
    ("A strike that wounds 30 people is rare in Varnholt.", []),
    # controls: a past, or a headline's present without the frame, reports the event
    ("An attack that killed 30 people was the worst this year.", [("killed", 30)]),
    ("Strike that kills 30 sparks outrage", [("killed", 30)]),
])
def test_a_definition_of_a_kind_of_event_counts_nobody(nlp: Any, text: str, expected: list[Any]) -> None:
    assert _figures(nlp, text) == expected
