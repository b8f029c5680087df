"""The figures extractor on invented whole reports (tests/fixtures/figures_reports.json, issue 10).

Single stress sentences transfer poorly to unseen news, whose missed figures sit in headlines,
key-point bullets, fact boxes and clauses that lean on the sentence before. Each report here is a
short made-up article (headline line, standfirst, body, at times a list or a box) run through the
extractor whole, and scored the way ../shared/eval/score.py scores a corpus: distinct figures per
report, a gold figure found by a prediction of its kind and value (a vague one by its kind and a
sentence holding its evidence); optional gold neither rewards nor punishes. Of the found figures, the
qualifier and scope of the prediction from the evidence's sentence are checked apart.

    PYTHONPATH=src python tests/stages/extract/test_figures_reports.py    # scores and every miss
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pytest

REPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "figures_reports.json"

#: Floors on the reports, set just under the scores measured once the round's general fixes were in, so that a
#: change that breaks a shape shows up as a drop. Batch 1 (11 reports, 73 gold figures, written and committed
#: before the extractor was run on it) scored recall 0.836, precision 0.938, attributes 0.918 blind and 0.932 /
#: 0.971 / 0.941 after the round's fixes. Batch 2 (4 reports, 23 gold figures, written after those fixes and
#: committed before it was run) scored 0.913 / 1.000 / 0.857 blind (the same on the code before the round: batch
#: 1's fixes carried nothing to it) and 0.957 / 1.000 / 0.955 after its own fixes. Batch 3 (3 reports, 16 gold
#: figures, written after batch 2's fixes and committed before it was run) scored 0.938 / 0.938 / 1.000 blind (0.812
#: / 0.929 / 1.000 on the code before the round) and 1.000 / 1.000 / 1.000 after its one fix (a bullet's dash read
#: as a range). All 18 reports: 0.946 / 0.981 / 0.953 (batch 1 0.932 / 0.971 / 0.941). Left open: arrivals
#: counted as displaced ("Some 2,400 arrived on Sunday alone", a table under
#: "Arrivals by crossing point"), a clinic's "treating about 150 patients a day" (kept as injured, as the
#: extractor's rule on "is treating 40 a day" decides), the tolls of other recent events dated by a weekday or a
#: day of last month, "killed since the siege began" read as wider, "since the war began, N ... in the province"
#: left the story's own (as the stress set decides), and a bare named person detained ("detained the mine's
#: manager, X": only "X, a reporter" counts 1, the extractor's single-arrest rule).
RECALL_FLOOR = 0.90
PRECISION_FLOOR = 0.95
ATTRIBUTE_FLOOR = 0.92

Key = tuple[str, Any]


def _fold(text: str) -> str:
    return " ".join(text.split()).lower()


def _gold_key(g: dict[str, Any]) -> Key:
    return (g["kind"], ("vague", _fold(g["evidence"]))) if g["value"] is None else (g["kind"], float(g["value"]))


def _pred_keys(f: Any) -> list[Key]:
    if f.value is None:
        return [(f.kind, "vague")]
    return [(f.kind, float(f.value))]


def _matches(g: dict[str, Any], f: Any) -> bool:
    if f.kind != g["kind"]:
        return False
    if g["value"] is None:
        return f.value is None and _fold(g["evidence"]) in _fold(f.span.sentence)
    return f.value is not None and float(f.value) == float(g["value"])


def score_report(figs: tuple[Any, ...], gold: list[dict[str, Any]]) -> dict[str, Any]:
    """Found, missed, extra and wrong-attribute figures of one report."""
    found = missed = 0
    misses, wrong = [], []
    used: set[int] = set()
    for g in gold:
        hits = [i for i, f in enumerate(figs) if _matches(g, f)]
        used.update(hits)
        if g.get("optional"):
            continue
        if not hits:
            missed += 1
            misses.append((g["kind"], g["value"], g["qualifier"], g["evidence"]))
            continue
        found += 1
        best = next((figs[i] for i in hits if _fold(g["evidence"]) in _fold(figs[i].span.sentence)), figs[hits[0]])
        want = (g["qualifier"], g.get("scope"), g.get("unit", best.unit))
        got = (best.qualifier, best.scope, best.unit)
        if want != got:
            wrong.append((g["kind"], g["value"], g["evidence"], want, got))
    # a vague figure's repeat in another sentence is the same distinct figure, as score.py keys it
    vague_kinds = {g["kind"] for g in gold if g["value"] is None}
    extra_keys: dict[Key, Any] = {}
    for i, f in enumerate(figs):
        if i not in used and not (f.value is None and f.kind in vague_kinds):
            for key in _pred_keys(f):
                extra_keys.setdefault(key, f)
    extras = [(f.kind, f.value, f.qualifier, f.span.sentence) for f in extra_keys.values()]
    return {"found": found, "missed": missed, "misses": misses, "extras": extras, "wrong": wrong,
            "gold": found + missed}


def score(nlp: Any, data: dict[str, Any]) -> dict[str, Any]:
    """Recall, precision and attribute accuracy over the reports, with every miss and false figure."""
    from groundwatch.stages.extract.figures import extract_figures
    from groundwatch.stages.extract.registry import ExtractionContext

    published = dt.date.fromisoformat(data["published"])
    tp = n_gold = n_extra = n_wrong = 0
    rows: list[tuple[str, str, Any]] = []
    for report in data["reports"]:
        ctx = ExtractionContext(article_id=report["id"], published=published)
        figs = extract_figures(nlp(report["text"]), ctx, {})
        r = score_report(figs, report["figures"])
        tp += r["found"]
        n_gold += r["gold"]
        n_extra += len(r["extras"])
        n_wrong += len(r["wrong"])
        rows += [("MISS", report["id"], m) for m in r["misses"]]
        rows += [("EXTRA", report["id"], e) for e in r["extras"]]
        rows += [("ATTR", report["id"], w) for w in r["wrong"]]
    return {"recall": tp / n_gold if n_gold else 1.0,
            "precision": tp / (tp + n_extra) if tp + n_extra else 1.0,
            "attributes": (tp - n_wrong) / tp if tp else 1.0,
            "gold": n_gold, "found": tp, "extra": n_extra, "rows": rows}


#: Invented fragments of the shapes the reports showed (round 17): a count followed by its own predicate word
#: in a headline, a bullet or an "and" clause, a count after a fronted place with its noun and verb left out,
#: and controls. Each is (text, the figures as (kind, value, qualifier)).
FRAGMENT_CASES: list[tuple[str, set[tuple[str, float, str]]]] = [
    ("Bridge collapse in Merrow: 4 dead, 19 rescued", {("killed", 4, "exact")}),
    ("Boat capsizes off Venn Head; 31 rescued, 8 dead\nThe boat was carrying 60 people, the harbour office said.",
     {("killed", 8, "exact")}),
    ("Storm kills 11 in Danfeld and 6 are still missing", {("killed", 11, "exact"), ("missing", 6, "exact")}),
    ("- Toll reaches 75, 20 still unaccounted for", {("killed", 75, "exact"), ("missing", 20, "exact")}),
    ("The blast killed 14 people and 40 were injured.", {("killed", 14, "exact"), ("injured", 40, "exact")}),
    ("Up to 25 feared buried after mudslide", {("missing", 25, "at_most")}),
    ("Nine died in Pell on Friday. In Corran, two more.", {("killed", 9, "exact"), ("killed", 2, "exact")}),
    ("Six were injured in Harrow, and in Lisle three.", {("injured", 6, "exact"), ("injured", 3, "exact")}),
    ("Twelve died in Pell. In all, 30 people were hurt.", {("killed", 12, "exact"), ("injured", 30, "exact")}),
    ("Six died in the fire. Four were found in a car. In Amberlow, another two.",
     {("killed", 6, "exact"), ("killed", 2, "exact")}),
    ("Six died in the fire. Crews worked all night. In Amberlow, two.", {("killed", 6, "exact")}),
    ("Five died in Pell. In 2019, 40.", {("killed", 5, "exact")}),
    ("Guards freed 12 hostages, 3 rescued alive from the cellar.", set()),
    ("In Corran, two more schools were shut.", set()),
    ("- 2 rescuers among the dead", {("killed", 2, "exact")}),
    ("Cyclone Ardo: 9 dead in Pennick, national toll passes 60", {("killed", 9, "exact"), ("killed", 60, "more_than")}),
    ("The 12 rescuers among the volunteers were praised.", set()),
    ("By the numbers\nKilled: 12\nTents delivered: 1,500\nBlankets sent: 3,000",
     {("killed", 12, "exact"), ("aid", 1500, "exact"), ("aid", 3000, "exact")}),
    ("Food parcels distributed: 2,000", {("aid", 2000, "exact")}),
    ("Trucks: 40", set()),
    ("Houses destroyed: 400", set()),
]


#: Invented headlines with a district's toll and the country's beside it (only the tally called national is
#: the country's), and other events' tolls with controls.
NATIONAL_CASES = [
    ("Cyclone Ardo: 9 dead in Pennick, national toll passes 60", {9.0: None, 60.0: "wider_area"}),
    ("The national death toll rose to 212 on Monday.", {212.0: "wider_area"}),
    ("Floods kill 14 in Darrow as toll in the valley reaches 30", {14.0: None, 30.0: None}),
    # another event told by a participle on a dated clause, or by "a similar" event as the subject
    ("The same dam failed in 2009, killing 300 people.", {300.0: "other_event"}),
    ("Floods hit the town on Sunday, killing 12 people.", {12.0: None}),
    ("A similar attack on Orvel killed 4 people.", {4.0: "other_event"}),
    ("The quake struck at dawn, killing 40 people.", {40.0: None}),
]


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "scopes"), NATIONAL_CASES, ids=[t[:40] for t, _ in NATIONAL_CASES])
def test_scope_in_reports_shapes(nlp: Any, text: str, scopes: dict[float, str | None]) -> None:
    from groundwatch.stages.extract.figures import extract_figures
    from groundwatch.stages.extract.registry import ExtractionContext

    figs = extract_figures(nlp(text), ExtractionContext(article_id="t", published=dt.date(2026, 6, 1)), {})
    assert {f.value: f.scope for f in figs if f.kind == "killed"} == scopes


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "expected"), FRAGMENT_CASES, ids=[t[:40] for t, _ in FRAGMENT_CASES])
def test_fragment_shapes(nlp: Any, text: str, expected: set[tuple[str, float, str]]) -> None:
    from groundwatch.stages.extract.figures import extract_figures
    from groundwatch.stages.extract.registry import ExtractionContext

    figs = extract_figures(nlp(text), ExtractionContext(article_id="t", published=dt.date(2026, 6, 1)), {})
    assert {(f.kind, f.value, f.qualifier) for f in figs} == expected


@pytest.mark.issue(10)
@pytest.mark.parametrize(("text", "phrases"), [
    ("- Toll tops 30\n- 3,200 in shelters", [(30, None, None), (3200, None, None)]),  # a bullet's dash
    ("between 30 -\n40 people", [(None, 30, 40)]),  # a range wrapped after its dash stays one
    ("30 - 40 people", [(None, 30, 40)]),
])
def test_no_range_across_a_bullet(text: str, phrases: list[tuple[float | None, ...]]) -> None:
    from groundwatch.stages.extract.figures_numbers import find_number_phrases

    assert [(p.value, p.low, p.high) for p in find_number_phrases(text)] == phrases


def _load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(REPORTS.read_text(encoding="utf-8"))
    return data


def test_reports_are_well_formed() -> None:
    data = _load()
    kinds = {"killed", "injured", "missing", "displaced", "evacuated", "detained", "affected", "aid", "forces",
             "weapons"}
    qualifiers = {"exact", "approx", "at_least", "more_than", "at_most", "less_than", "vague"}
    assert len(data["reports"]) >= 8
    assert len({r["id"] for r in data["reports"]}) == len(data["reports"])
    assert {r["batch"] for r in data["reports"]} == {1, 2, 3}
    for r in data["reports"]:
        assert 5 <= len(r["text"].splitlines()) <= 16, r["id"]
        for g in r["figures"]:
            assert g["kind"] in kinds and g["qualifier"] in qualifiers, g
            assert g.get("scope") in (None, "wider_area", "other_event", "teaser"), g
            assert (g["value"] is None) == (g["qualifier"] == "vague"), g
            assert g["evidence"] in r["text"], g


@pytest.mark.issue(10)
def test_reports_recall_and_precision(nlp: Any) -> None:
    result = score(nlp, _load())
    assert result["recall"] >= RECALL_FLOOR, result["rows"]
    assert result["precision"] >= PRECISION_FLOOR, result["rows"]
    assert result["attributes"] >= ATTRIBUTE_FLOOR, result["rows"]


def main(argv: list[str]) -> None:
    """Print the scores and every miss, false figure and wrong attribute."""
    from groundwatch import nlp as gw_nlp

    data = _load()
    if argv[1:]:  # report ids, or batch numbers ("1", "2")
        data = {**data, "reports": [r for r in data["reports"] if r["id"] in argv[1:] or str(r["batch"]) in argv[1:]]}
    result = score(gw_nlp.load(), data)
    print(f"{len(data['reports'])} reports: recall {result['recall']:.3f}  precision {result['precision']:.3f}  "
          f"attributes {result['attributes']:.3f}  (gold {result['gold']}, found {result['found']}, "
          f"extra {result['extra']})")
    for label, rid, row in result["rows"]:
        print(label, rid, *row, sep="  |  ")


if __name__ == "__main__":
    main(sys.argv)
