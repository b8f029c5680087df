"""The learned figures fallback kept as a measurement (benchmarks/figures_learned.py, issue 10, figl1).

It is not switched on in the extractor (docs/figures_audit.md, "A learned fallback"); these tests keep its
candidate finder working against the lexicons and filters it borrows, so the measurement stays re-runnable.
Invented sentences only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def learned() -> Any:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import figures_learned

    return figures_learned


def _cands(learned: Any, nlp: Any, text: str) -> dict[str, tuple[str, list[str]]]:
    return {c.phrase.text: (c.cue.kind, learned.candidate_features(c)) for c in learned.candidates(nlp(text))}


def test_a_number_takes_its_kind_from_the_verb_above_its_noun(learned: Any, nlp: Any) -> None:
    found = _cands(learned, nlp, "Three gunmen killed 14 villagers on the Olvena road.")
    kind, feats = found["14"]
    assert kind == "killed" and "link=dobj" in feats
    assert "noun_class=perpetrator" in found["Three"][1]  # the doer: the model sees who it is


def test_the_rules_own_reasons_leave_no_candidate(learned: Any, nlp: Any) -> None:
    assert _cands(learned, nlp, "The toll could be as high as 300 in Tamsk, officials warned.") == {}
    assert _cands(learned, nlp, "Thousands of birds died in the Varrow oil spill.") == {}
    assert "1999" not in _cands(learned, nlp, "In 1999 floods killed 40 people in Corvane.")


def test_numbers_the_rules_took_are_no_candidates(learned: Any, nlp: Any) -> None:
    doc = nlp("Police arrested 19 suspects in Harl.")
    start = doc.text.index("19")
    assert [c.phrase.text for c in learned.candidates(doc, [(start, start + 10)])] == []


def test_the_invented_training_cases_are_well_formed() -> None:
    data = json.loads((ROOT / "tests" / "fixtures" / "figures_learned_cases.json").read_text(encoding="utf-8"))
    kinds = {"killed", "injured", "missing", "displaced", "evacuated", "detained", "affected", "aid", "forces",
             "weapons"}
    assert len({c["sentence"] for c in data["cases"]}) == len(data["cases"])
    for case in data["cases"]:
        for g in case["figures"]:
            assert g["kind"] in kinds and (g["value"] is None) == (g["qualifier"] == "vague"), case
