"""Headline figures of invented island stories (the families corpus_m's blind run missed), read by the real
figures extractor: a falling count of the missing whose latest report restates its base after a bare "from"
("fell to 12, from more than 300 in the first days": the base is no count of its own, the latest heads); a
look-alike story that names another fire by a place in passing, with its toll ("the Cape Dorran wildfire, in
which 14 people have died"), shows no toll of its own. Every text is invented (Tavel Island, Orrin, Tovell).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.reconcile import reconcile
from reconcile_support import Item, article_item

DAY0 = dt.date(2031, 8, 4)  # a Monday


def _item(nlp: Any, aid: str, day: int, text: str) -> Item:
    return article_item(nlp, aid, DAY0 + dt.timedelta(days=day), text)


def _headlines(items: list[Item]) -> dict[str, Any]:
    pic = reconcile("story", items, [])
    return {k.kind: k.best for k in pic.key_figures}


@pytest.mark.issue(10)
@pytest.mark.parametrize("latest", [
    "The death toll rose to 17 on Thursday, the relief office said, and the number of people still missing fell "
    "to 12, from more than 300 in the first days.",
    "The number of people unaccounted for has fallen to 12, down from a peak of more than 300.",
])
def test_the_latest_count_of_the_missing_heads_not_its_restated_base(nlp: Any, latest: str) -> None:
    items = [
        _item(nlp, "wire", 0, "Fire sweeps Tavel Island\n\nA wildfire swept through the town of Orrin on Tavel "
                              "Island on Monday. More than 300 people are unaccounted for, the relief office said."),
        _item(nlp, "paper", 2, "Tavel fire: search goes on\n\nThe number of people unaccounted for fell to 80 on "
                               "Wednesday, the relief office said."),
        _item(nlp, "herald", 3, "Tavel fire toll rises\n\n" + latest),
    ]
    assert _headlines(items)["missing"] == 12


@pytest.mark.issue(10)
def test_a_lookalike_shows_no_toll_of_the_fire_it_names_in_passing(nlp: Any) -> None:
    items = [_item(nlp, "daily", 1, "Grass fire near Tovell injures three\n\nA grass fire near Tovell injured three "
                                    "farm workers on Monday, the regional fire service said, as crews fought it for "
                                    "hours.\n\nCrews from Tovell had been sent to Tavel Island earlier in the week to "
                                    "help fight the Cape Dorran wildfire, in which 14 people have died.")]
    heads = _headlines(items)
    assert "killed" not in heads
    assert heads["injured"] == 3


@pytest.mark.issue(10)
@pytest.mark.parametrize(("before", "base"), [
    ("The number still missing fell to 12, from ", True),
    ("The count fell to about 90 on Friday, from ", True),
    ("About 900 people were in shelters, down from a peak of ", True),
    ("Troops now number 1,900, up from ", True),
    # controls: a "from" that gives a source or a place, with no change before it
    ("The toll rose to 40, with 12 of the dead from ", False),
    ("Police said 20 came from ", False),
])
def test_the_base_of_a_change_restated_after_its_new_value(before: str, base: bool) -> None:
    from groundwatch.stages.reconcile.figures import _BASE_OF_CHANGE_RE

    assert bool(_BASE_OF_CHANGE_RE.search(before)) is base


@pytest.mark.issue(10)
@pytest.mark.parametrize(("first", "later", "kind", "best"), [
    ("Nine children were reported missing after the ferry sank off Orrin, the coastguard said.",
     "Three children are still unaccounted for, the coastguard said on Wednesday.", "missing", 3),
    ("Eleven schoolgirls have been missing since the boarding school at Tovell was raided, police said.",
     "Police said on Wednesday that 11 girls remained missing.", "missing", 11),
    ("Police in Orrin arrested 42 students during a sit-in on Monday.",
     "The 42 students arrested at the sit-in were still held on Wednesday, their lawyers said.", "detained", 42),
])
def test_a_kind_counted_only_as_one_part_group_is_headed_by_it(nlp: Any, first: str, later: str, kind: str,
                                                                best: int) -> None:
    items = [_item(nlp, "wire", 0, "Orrin news\n\n" + first), _item(nlp, "paper", 2, "Orrin update\n\n" + later)]
    assert _headlines(items)[kind] == best


@pytest.mark.issue(10)
def test_an_aid_count_said_part_of_a_larger_one_vouches_for_the_whole(nlp: Any) -> None:
    items = [
        _item(nlp, "agency", 1, "Orrin relief\n\nEleven fuel tankers a day are now reaching the town of Orrin, "
                                "the relief office said."),
        _item(nlp, "charity", 2, "Our response in Orrin\n\nWe send 4 fuel tankers a day to Orrin, part of the 11 "
                                 "tankers a day reaching the town."),
    ]
    assert _headlines(items)["aid"] == 11
