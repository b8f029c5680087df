"""Key figures: a challenger's higher count (a rights group's, credited to no official body) that several outlets
carry is no floor of the official series, so a newer, lower official count is no stale repeat of it and heads (the
conservative value, the challenger's in the high); one outlet's alone stays a floor. Invented articles (the Orvane
crush); corpus_p's key figure, issue 10."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D

from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)


def _killed(third_body: str | None, second_body: str, carriers: int = 2) -> tuple[float, float, float]:
    items = [
        Builder("a", D, ["The district police said 30 people had died in the crush."])
        .figure("30 people had died", "killed", 30, reported_by="The district police").item(),
        *(Builder(f"b{n}", D + DAY, [f"{second_body} says 41 people died in the crush."], outlet=f"Outlet {n}")
          .figure("41 people died", "killed", 41, reported_by=second_body).item() for n in range(carriers)),
        Builder("c", D + 2 * DAY, ["The toll from the crush stands at 31 after another death."])
        .figure("stands at 31", "killed", 31, reported_by=third_body).item(),
    ]
    (fig,) = [f for f in reconcile("s1", items, []).key_figures if f.kind == "killed"]
    return fig.low, fig.best, fig.high


@pytest.mark.issue(10)
@pytest.mark.parametrize("official", ["the district police", "officials", "the interior ministry"])
def test_a_newer_official_count_heads_beside_a_challengers_higher_one(official: str) -> None:
    assert _killed(official, "The Orvane Rights League") == (31, 31, 41)


@pytest.mark.issue(10)
@pytest.mark.parametrize(("third", "second", "carriers"), [
    ("the district police", "The Orvane Rights League", 1),  # one outlet's challenger count stays a floor
    (None, "The Orvane Rights League", 2),  # an uncredited newer count: a stale repeat, as before
    ("the district police", "The interior ministry", 2),  # an official body's higher count stays a floor
])
def test_otherwise_the_older_higher_count_heads(third: str | None, second: str, carriers: int) -> None:
    assert _killed(third, second, carriers)[1] == 41


@pytest.mark.issue(10)
def test_an_uncredited_repeat_of_the_challengers_value_is_no_floor_either() -> None:
    items = [
        *(Builder(f"b{n}", D + DAY, ["The Orvane Rights League says 41 people died in the crush."],
                  outlet=f"Outlet {n}")
          .figure("41 people died", "killed", 41, reported_by="The Orvane Rights League").item() for n in range(2)),
        Builder("box", D + DAY, ["Total dead recorded: 41"], outlet="League site")
        .figure("41", "killed", 41).item(),
        Builder("c", D + 2 * DAY, ["The toll from the crush stands at 31 after another death."])
        .figure("stands at 31", "killed", 31, reported_by="the district police").item(),
    ]
    (fig,) = [f for f in reconcile("s1", items, []).key_figures if f.kind == "killed"]
    assert (fig.low, fig.best, fig.high) == (31, 31, 41)
