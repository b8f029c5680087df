"""A dispute over the month of an act long before the report (a permit granted, a licence signed): two outlets
placing it in two months contradict, and a month agrees with a day inside it. Invented stories (the Harlow Street
warehouse, the Vennick quarry); corpus_s's date dispute, issue 10."""

from __future__ import annotations

import datetime as dt

import pytest
from test_reconcile import Builder, D

from groundwatch.stages.reconcile import reconcile

DAY = dt.timedelta(days=1)


def _dates(items: list) -> list:  # type: ignore[type-arg]
    return [c for c in reconcile("s1", items, []).contradictions if c.field == "date"]


# Different verbs, word orders and a translated style; each pair dates one act to two months.
PAIRS = [
    (("The permit for the extra storey was granted by the city planning office in May 2029.", "May 2029", "2029-05"),
     ("According to the file, the permit for the extra storey was granted by the city planning office in "
      "August 2030.", "August 2030", "2030-08")),
    (("The quarry licence was signed by the mines minister in January 2027, the company said.", "January 2027",
      "2027-01"),
     ("In October 2027 the mines minister signed the quarry licence, records show.", "October 2027", "2027-10")),
    (("The extension plan was approved by municipal engineer in month of June 2028 only, it is to be noted.",
      "June 2028", "2028-06"),
     ("The extension plan was approved by the municipal engineer in December 2026, a copy of the order shows.",
      "December 2026", "2026-12")),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("side_a", "side_b"), PAIRS)
def test_an_act_dated_to_two_months_contradicts(side_a: tuple[str, str, str], side_b: tuple[str, str, str]) -> None:
    a = Builder("a", D, [side_a[0]]).date(side_a[1], side_a[2], precision="month")
    b = Builder("b", D + DAY, [side_b[0]]).date(side_b[1], side_b[2], precision="month")
    (con,) = _dates([a.item(), b.item()])
    assert {(c.article, c.value) for c in con.claims} == {("a", side_a[2]), ("b", side_b[2])}


@pytest.mark.issue(10)
def test_a_month_agrees_with_a_day_inside_it() -> None:
    a = Builder("a", D, ["The permit for the extra storey was granted by the city planning office in May 2029."]
                ).date("May 2029", "2029-05", precision="month")
    b = Builder("b", D + DAY, ["The permit for the extra storey was granted by the city planning office on "
                               "14 May 2029."]).date("14 May 2029", "2029-05-14")
    assert _dates([a.item(), b.item()]) == []
