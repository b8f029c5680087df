"""tests/eval_intervals.py: bootstrap intervals for the tune / held-out gap, on an invented gold."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def intervals() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gw_eval_intervals_under_test", HERE / "eval_intervals.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    try:
        module.split.scorer()
    except FileNotFoundError:
        if os.environ.get("CI"):
            raise
        pytest.skip("../shared/eval/score.py is not here (it is in CI)")
    return module


def _ids(module: ModuleType, which: str, n: int) -> list[str]:
    """``n`` article ids the single-article split puts in ``which``."""
    out = [f"bulletin-{i}" for i in range(200) if module.split.part("toy-set", f"bulletin-{i}") == which]
    return out[:n]


def _set(module: ModuleType, held_wrong: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """Twelve tune and twelve held-out bulletins, one dated sentence each; ``held_wrong`` held-out dates
    are resolved a day late."""
    gold: dict[str, Any] = {"articles": []}
    pred: dict[str, Any] = {"articles": []}
    for which in ("tune", "heldout"):
        for n, aid in enumerate(_ids(module, which, 12)):
            sentence = f"The ferry to Tessel sailed again on Monday, bulletin {n} said."
            gold["articles"].append({"id": aid, "story": aid, "dates": [{"evidence": "Monday", "date": "2031-05-12"}]})
            late = which == "heldout" and n < held_wrong
            pred["articles"].append({"id": aid, "dates": [
                {"text": "Monday", "sentence": sentence, "date": "2031-05-13" if late else "2031-05-12"}]})
    return gold, pred


def test_a_part_all_right_has_no_width(intervals: ModuleType) -> None:
    gold, pred = _set(intervals, held_wrong=0)
    (row,) = intervals.gaps("toy-set", gold, pred, rounds=50)
    assert row.measure == "dates_resolved"  # no figures, quotes or cleaning gold: no rows for them
    assert (row.tune.low, row.tune.value, row.tune.high) == (1.0, 1.0, 1.0)
    assert row.gap.value == 0.0 and row.verdict == "met"


def test_a_held_out_part_all_wrong_is_short(intervals: ModuleType) -> None:
    gold, pred = _set(intervals, held_wrong=12)
    (row,) = intervals.gaps("toy-set", gold, pred, rounds=50)
    assert row.heldout.high == 0.0 and row.gap.low == 1.0 and row.verdict == "short"


def test_a_few_wrong_give_an_interval_around_the_score(intervals: ModuleType) -> None:
    gold, pred = _set(intervals, held_wrong=2)
    (row,) = intervals.gaps("toy-set", gold, pred, rounds=200)
    assert row.heldout.value == pytest.approx(10 / 12, abs=1e-3)
    assert row.heldout.low < row.heldout.value < row.heldout.high == 1.0
    # two misses in twelve: the resamples reach a gap of zero, so the gap cannot be called real
    assert row.gap.low <= intervals.GAP_GOAL < row.gap.high and row.verdict == "unsure"


def test_the_seed_fixes_the_intervals(intervals: ModuleType) -> None:
    gold, pred = _set(intervals, held_wrong=3)
    assert intervals.gaps("toy-set", gold, pred, rounds=100, seed=3) == intervals.gaps(
        "toy-set", gold, pred, rounds=100, seed=3)


def test_an_unsplit_set_has_no_gap(intervals: ModuleType) -> None:
    gold, pred = _set(intervals, held_wrong=0)
    assert intervals.gaps("examples", gold, pred, rounds=10) == []
