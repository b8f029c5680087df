"""figures.v1 on forms of wire and regional copy that invented probes of session 36 found misread: the Indian
grouping of lakhs ("1,25,000"), a zero of casualties ("no casualties": nobody killed, nobody hurt), a headline's
"N hurt", a shared count whose sentence holds another number ("killed and injured in the two blasts"), the state
hung on the counted noun ("left more than 150 people dead or injured"), a toll's change before its new total ("rose
by 12 to 140"), and a convoy whose load the parser hangs on the verb. Every sentence is made up."""

from __future__ import annotations

from typing import Any

import pytest

from groundwatch.stages.extract.figures import extract_figures
from groundwatch.stages.extract.registry import ExtractionContext


def _figures(nlp: Any, text: str) -> set[tuple[str, float | None]]:
    return {(f.kind, f.value) for f in extract_figures(nlp(text + "\n"), ExtractionContext("t", None), {})}


@pytest.mark.parametrize(("text", "expected"), [
    ("The district administration said 1,35,000 people had been moved to relief camps.", ("displaced", 135000.0)),
    ("Over 22,40,000 residents have been affected by the cyclone in Varno.", ("affected", 2240000.0)),
    ("Officials evacuated 1,00,000 people from the low-lying wards of Kessa.", ("evacuated", 100000.0)),
])
def test_the_indian_grouping_of_a_count_is_read_whole(nlp: Any, text: str, expected: tuple[str, float]) -> None:
    assert expected in _figures(nlp, text)


@pytest.mark.parametrize("text", [
    "No casualties were reported after the blast in Orlen.",
    "The shell hit an empty school in Dorn, and there were no casualties.",
    "The army said the shelling of Kessa caused no civilian casualties.",
])
def test_no_casualties_is_a_zero_of_the_killed_and_the_hurt(nlp: Any, text: str) -> None:
    assert {("killed", 0.0), ("injured", 0.0)} <= _figures(nlp, text)


@pytest.mark.parametrize("text", [
    "There were no immediate reports of casualties in Orlen.",  # nobody has counted yet
    "No new casualties were reported on Sunday.",  # the count did not grow
])
def test_casualties_not_counted_give_no_zero(nlp: Any, text: str) -> None:
    assert not {f for f in _figures(nlp, text) if f[1] == 0.0}


@pytest.mark.parametrize("headline", ["Six killed, 12 hurt in Orlen blast",
                                      "Five killed, 17 hurt in Dorn market blast"])
def test_a_headlines_hurt_count_is_of_the_injured(nlp: Any, headline: str) -> None:
    # the tagger may read "12 hurt" as a noun counted by the number
    assert {kind for kind, _ in _figures(nlp, headline)} == {"killed", "injured"}


@pytest.mark.parametrize("text", [
    "More than 60 people were killed and injured in the two explosions in Varno.",
    "The bombing of the Orlen depot left more than 90 people dead or injured.",
])
def test_one_count_of_the_dead_and_the_hurt_gives_both(nlp: Any, text: str) -> None:
    kinds = {kind for kind, _ in _figures(nlp, text)}
    assert {"killed", "injured"} <= kinds


@pytest.mark.parametrize(("text", "total"), [("The death toll rose by 12 to 140.", 140.0),
                                            ("The death toll in Kessa rose by 15 to 212.", 212.0)])
def test_a_tolls_new_total_after_its_change_is_kept(nlp: Any, text: str, total: float) -> None:
    # the parser may hang "to 140" on the change, and "12 to 140" reads like a range
    assert ("killed", total) in _figures(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("A 25-truck convoy reached Dorn carrying flour.", ("aid", 25.0)),
    ("The agency sent a 9-vehicle convoy with 60 tonnes of medicines.", ("aid", 60.0)),
])
def test_a_convoys_load_hung_on_its_verb_makes_it_aid(nlp: Any, text: str, expected: tuple[str, float]) -> None:
    assert expected in _figures(nlp, text)


def test_a_convoy_of_soldiers_is_no_aid(nlp: Any) -> None:
    assert not {f for f in _figures(nlp, "A 30-vehicle convoy reached the front carrying soldiers.") if f[0] == "aid"}


def _scoped(nlp: Any, text: str) -> dict[float | None, bool]:
    pub = __import__("datetime").date(2031, 6, 10)
    return {f.value: f.other_event for f in extract_figures(nlp(text + "\n"), ExtractionContext("t", pub), {})}


@pytest.mark.parametrize(("text", "own", "older"), [
    ("The storm on Monday killed six people in Kessa, while last year's cyclone killed 1,400.", 6.0, 1400.0),
    ("This year's floods have killed 85 people in Dorn, compared with 40 last year.", 85.0, None),
    ("Dengue has killed 230 people in Varno, up from 170 in the same period last year.", 230.0, 170.0),
])
def test_a_count_set_against_an_older_one_keeps_its_own_event(nlp: Any, text: str, own: float,
                                                               older: float | None) -> None:
    found = _scoped(nlp, text)
    assert found[own] is False
    if older is not None:
        assert found[older] is True


def test_a_date_in_a_clause_of_time_still_dates_the_count(nlp: Any) -> None:
    assert _scoped(nlp, "The earthquake killed 300 people when it struck the valley in 2019.")[300.0] is True
