"""Headline figures of invented storm stories (the families corpus_h's blind run missed), read by the real
figures extractor: a provincial governor's higher count beside a national office's same-day count (the
conservative count heads, when both credits are read: a headline's bare number takes its body's credit, a
credit set off after the count by commas is read, and a credit does not cross a semicolon); troops sent in
over days (the later, larger deployment said to stand "now" heads); another named storm's toll in a
relative clause (never the article's own). Every text is invented (Tarsk, Orv, Storm Pell, Cyclone Ilsa).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from groundwatch.stages.reconcile import reconcile
from reconcile_support import Item, article_item

DAY0 = dt.date(2031, 5, 12)  # a Monday


def _item(nlp: Any, aid: str, day: int, text: str) -> Item:
    return article_item(nlp, aid, DAY0 + dt.timedelta(days=day), text)


def _headlines(items: list[Item]) -> dict[str, tuple[Any, Any, Any]]:
    pic = reconcile("story", items, [])
    return {k.kind: (k.best, k.low, k.high) for k in pic.key_figures}


@pytest.mark.issue(10)
@pytest.mark.parametrize("governor", [
    "Tarsk's governor, Ilan Vosk, said his province alone had counted 52 dead.",
    "The governor of Tarsk, Ilan Vosk, put the toll at 52.",
])
def test_an_officials_higher_count_beside_the_national_count_of_the_day(nlp: Any, governor: str) -> None:
    items = [
        _item(nlp, "wire", 0, "Storm Pell kills 12 in Tarsk\n\nStorm Pell killed at least 12 people in Tarsk "
                              "province on Monday, the national disaster office said."),
        _item(nlp, "herald", 2, "Pell death toll rises to 40; governor says 52\n\nThe death toll from Storm Pell "
                                "has risen to 40, the national disaster office said on Wednesday, two days after "
                                f"the storm struck the coast of Tarsk province. {governor}"),
    ]
    assert _headlines(items)["killed"] == (40, 40, 52)


@pytest.mark.issue(10)
def test_troops_sent_in_over_days_head_with_the_latest_deployment(nlp: Any) -> None:
    items = [
        _item(nlp, "live", 0, "Army sends troops to Tarsk\n\nThe army says it has deployed 800 troops to Tarsk "
                              "province to clear roads after Storm Pell."),
        _item(nlp, "herald", 2, "Storm Pell: Tarsk clears roads\n\nThe army has now deployed 1,900 troops in the "
                                "province, and convoys left the capital for Orv on Wednesday morning."),
    ]
    assert _headlines(items)["forces"] == (1900, 1900, 1900)


@pytest.mark.issue(10)
def test_troops_counted_by_two_sides_on_one_day_stay_rival_counts(nlp: Any) -> None:
    items = [
        _item(nlp, "a", 0, "Standoff at Orv\n\nThe army says it has deployed 800 troops around Orv on Monday."),
        _item(nlp, "b", 0, "Standoff at Orv\n\nRebels say the army now has 1,500 troops around Orv."),
    ]
    assert _headlines(items)["forces"] == (800, 800, 1500)


@pytest.mark.issue(10)
def test_another_named_storms_toll_is_not_the_articles_own(nlp: Any) -> None:
    items = [
        _item(nlp, "observer", 0, "Storm Pell floods Orv delta, four dead\n\nBRAVO, Tarnia - Four people were "
                                  "killed and two are missing after Storm Pell brought heavy rain to the Orv delta "
                                  "in northern Tarnia, officials said on Monday.\n\nPell formed over the same waters "
                                  "as Cyclone Ilsa, which has killed at least 30 people in neighbouring Marsk this "
                                  "week, but it never reached cyclone strength."),
    ]
    assert _headlines(items)["killed"] == (4, 4, 4)


@pytest.mark.issue(10)
def test_a_deployment_up_from_an_older_one_dated_by_its_phrase_heads(nlp: Any) -> None:
    # "up from 800 on Monday": the day is the older value's, so the 1,900 stands as of its report
    items = [
        _item(nlp, "live", 0, "Army sends troops to Tarsk\n\nThe army has sent 800 troops to Tarsk province to "
                              "clear roads after Storm Pell, a defence official said."),
        _item(nlp, "herald", 3, "Storm Pell: Tarsk clears roads\n\nSome 1,900 troops are now at work in Tarsk "
                                "province, up from 800 on Monday, the defence ministry said."),
    ]
    assert _headlines(items)["forces"][0] == 1900


@pytest.mark.issue(10)
def test_the_base_of_a_fall_in_the_missing_is_no_count_of_its_own(nlp: Any) -> None:
    # "down from eleven": an older value restated, with no group of its own; the later counts head
    items = [
        _item(nlp, "wire", 1, "Storm Pell: fishermen missing\n\nThe coastguard's list of missing fishermen fell "
                              "overnight: it now names seven, down from eleven."),
        _item(nlp, "herald", 3, "Search goes on off Orv\n\nTwo fishermen remain missing, the coastguard said."),
    ]
    assert _headlines(items)["missing"][0] == 2
