"""The names an article shares with a story (story_names.py), on invented profiles (issue 10, corpus_l's look-alike).

A look-alike set in the story's (unknown) country recalls the story over two adjacent sentences of its body;
its lead names its own place and the country, which only a few of the story's reports name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

DAY = dt.date(2032, 8, 15)

@pytest.mark.issue(10)
def test_a_look_alike_in_the_storys_country_recalling_it_over_two_sentences_shares_only_the_country() -> None:
    from groundwatch.stages.story_names import evidence, recalled
    from groundwatch.stages.story_profiles import StoryProfile, _Profile

    # An unknown country's name is tagged as a place: two of the raid story's six reports name it, all its villages.
    story = StoryProfile("s1", (1.0,), 6, places={"quorvia": 2, "ambleth": 6, "dunhollow": 5},
                         actors={"grey lantern": 4})
    herders = _Profile(frozenset({"quorvia", "ambleth", "fennet wells"}), frozenset(),
                       frozenset({"grey lantern", "pelloc"}), DAY, lead=frozenset({"pelloc", "quorvia"}),
                       mentions=frozenset({("pelloc", 0), ("quorvia", 0), ("quorvia", 1), ("fennet wells", 2),
                                           ("ambleth", 5), ("grey lantern", 6)}))
    assert recalled(herders, story) and evidence(herders, story, {}) == 0.5  # the country alone counts
    # The recall spread over sentences apart is a report's own naming: all of it counts.
    apart = replace(herders, mentions=herders.mentions | {("ambleth", 3)})
    assert not recalled(apart, story) and evidence(apart, story, {}) == 2.0
    # One more sentence naming another of the story's names in an aside (the town its wounded go to) is passing...
    aside = replace(herders, mentions=herders.mentions | {("dunhollow", 3)},
                    places=herders.places | {"dunhollow"})
    assert recalled(aside, story, {}) and evidence(aside, story, {}) == 0.5
    # ... but not two such sentences, nor an aside naming more than one actor or two towns.
    assert not recalled(replace(aside, mentions=aside.mentions | {("dunhollow", 4)}), story, {})
    board = replace(story, actors={"grey lantern": 4, "harbour board": 3})
    assert not recalled(replace(aside, actors=aside.actors | {"harbour board"},
                                mentions=aside.mentions | {("harbour board", 3)}), board, {})
    # A lead that names one of the story's own villages is about the story.
    assert evidence(replace(herders, lead=frozenset({"pelloc", "ambleth"})), story, {}) == 2.0
    # A lead naming nothing the story does not is no look-alike's either.
    assert evidence(replace(herders, lead=frozenset({"quorvia"})), story, {}) == 2.0


@pytest.mark.issue(10)
def test_a_look_alike_in_the_storys_district_whose_lead_names_only_its_own_town_shares_nothing() -> None:
    from groundwatch.stages.story_names import evidence
    from groundwatch.stages.story_profiles import StoryProfile, _Profile

    # The district every report's dateline names is a staple; its town and its train are named by all.
    story = StoryProfile("s1", (1.0,), 8, places={"varrow": 7, "tennick": 8, "oskel": 6},
                         actors={"amber mail": 6})
    # The dateline's area left out (story_lead.without_dateline_area), the lead names its own village only;
    # the district and a town the train came from stand in its first two body sentences.
    crossing = _Profile(frozenset({"varrow", "oskel", "pellow"}), frozenset(), frozenset({"pellow"}), DAY,
                        lead=frozenset({"pellow"}),
                        mentions=frozenset({("pellow", 1), ("varrow", 1), ("oskel", 2), ("pellow", 2)}))
    assert evidence(crossing, story, {}) == 0.0
    # With the area still in its lead, the district made the lead the story's.
    assert evidence(replace(crossing, lead=frozenset({"pellow", "varrow"})), story, {}) == 1.0


@pytest.mark.issue(10)
@pytest.mark.parametrize(("named", "expected"), [
    ("varlow", {"tessa varlow", "harbour trust"}),  # the one story name ending in it
    ("brenning", {"brenning", "harbour trust"}),  # two of the story's people end in it: no guess
    ("osk", {"osk", "harbour trust"}),  # nobody of the story's
])
def test_a_person_named_by_surname_only_is_the_storys_one_person_of_that_surname(named: str,
                                                                                    expected: set[str]) -> None:
    from groundwatch.stages.story_names import evidence, with_full_names
    from groundwatch.stages.story_profiles import StoryProfile, _Profile

    story = StoryProfile("s1", (1.0,), 5, actors={"tessa varlow": 4, "ida brenning": 2, "olaf brenning": 1,
                                                  "harbour trust": 3})
    column = _Profile(frozenset(), frozenset(), frozenset({named, "harbour trust"}), DAY,
                      lead=frozenset({named, "harbour trust"}), mentions=frozenset({(named, 2), ("harbour trust", 3)}))
    full = with_full_names(column, story)
    assert full.actors == full.lead == expected
    assert evidence(full, story, {}) == len(expected & story.actors.keys())
