"""Contradiction precision on our own invented corpora (corpus_b .. corpus_w and examples).

score.py measures contradiction recall only. Each invented corpus's gold lists the contradictions its writer
planted, so a predicted contradiction that matches none is a candidate false one: each was read and judged in
``tests/fixtures/contradictions_review.json`` (REAL: a disagreement the gold did not list; FALSE: with its class).
This script runs every corpus in one process (``groundwatch.run(..., out=None)``, fresh stores in a temporary
folder) and prints, per corpus: predicted, matching gold, reviewed real, reviewed false, unreviewed, and
precision = (matching gold + reviewed real) / predicted; then the tune part (b..q, examples) and the held-out
part (r..w) separately.

    PYTHONPATH=src .venv/bin/python tests/contra_precision.py [corpus ...]

Needs ``../shared/eval/score.py`` for the gold matcher (``contradiction_ok``). An unreviewed contradiction is
neither counted right nor wrong: read it and add it to the review file.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import groundwatch

REPO = Path(__file__).resolve().parents[1]
SCORE = REPO.parent / "shared" / "eval" / "score.py"
REVIEW = REPO / "tests" / "fixtures" / "contradictions_review.json"
FIXTURES = REPO / "tests" / "fixtures"
TUNE = [*"bcdefghijklmnopq", "examples"]
HELD_OUT = [*"rstuvw"]


def _score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SCORE)
    if spec is None or spec.loader is None:
        raise SystemExit(f"no score.py at {SCORE}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _paths(name: str) -> tuple[Path, Path]:
    if name == "examples":
        return REPO / "examples", REPO / "tests" / "examples.gold.json"
    return FIXTURES / f"corpus_{name}", FIXTURES / f"corpus_{name}.gold.json"


def _reviewed(p: dict[str, Any], reviews: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The review of a predicted contradiction: same field and about, its articles among the reviewed ones."""
    arts = {c["article"] for c in p.get("claims", [])}
    return next((r for r in reviews if r["field"] == p.get("field") and r["about"] == p.get("about")
                 and arts <= set(r["articles"])), None)


def count(name: str, tmp: Path, sc: ModuleType, reviews: list[dict[str, Any]]) -> list[int]:
    """Predicted, matching gold, reviewed real, reviewed false, unreviewed for one corpus (unreviewed printed)."""
    path, gold = _paths(name)
    facts = groundwatch.run([str(path)], db=tmp / f"{name}.db", out=None).facts
    gc = json.loads(gold.read_text(encoding="utf-8")).get("contradictions", [])
    row = [len(facts["contradictions"]), 0, 0, 0, 0]
    for p in facts["contradictions"]:
        if any(sc.contradiction_ok(g, p) for g in gc):
            row[1] += 1
            continue
        r = _reviewed(p, reviews)
        row[2 if r and r["verdict"] == "REAL" else 3 if r else 4] += 1
        if r is None or r["verdict"] != "REAL":  # what is left to read or to fix
            print(f"    {'unreviewed' if r is None else 'false (' + r['class'] + ')'}", p["field"], p.get("about"),
                  [(c["article"], c.get("value")) for c in p["claims"]], flush=True)
    return row


def _line(label: str, row: list[int]) -> str:
    prec = (row[1] + row[2]) / row[0] if row[0] else 1.0
    return (f"{label:9s} predicted {row[0]:3d} gold {row[1]:3d} real {row[2]:3d} false {row[3]:3d} "
            f"unreviewed {row[4]:3d} precision {prec:.3f}")


def main(argv: list[str]) -> int:
    sc = _score()
    review = json.loads(REVIEW.read_text(encoding="utf-8"))["corpora"]
    names = argv or [*TUNE, *HELD_OUT]
    parts = {"tune": [0] * 5, "held-out": [0] * 5}
    with tempfile.TemporaryDirectory() as d:
        for name in names:
            row = count(name, Path(d), sc, review.get(name, []))
            print(_line(name, row), flush=True)
            part = parts["held-out" if name in HELD_OUT else "tune"]
            part[:] = [x + y for x, y in zip(part, row, strict=True)]
    for label, row in parts.items():
        if row[0]:
            print(_line(label, row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
