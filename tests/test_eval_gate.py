"""The quality gate's own logic (tests/eval_gate.py), on invented golds and temp folders.

No real corpus is read and groundwatch never runs here: the scorer, the split and the prediction
are small stand-ins, so each hole the gate must not have is tested in milliseconds.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

GATE_PATH = Path(__file__).with_name("eval_gate.py")


@pytest.fixture(scope="module")
def gate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gw_eval_gate_under_test", GATE_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _fake_scorer(rows: dict[str, Any] | None = None) -> SimpleNamespace:
    """score(): quotes F1 = the share of gold articles the prediction has; extra fixed rows."""

    def score(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
        have = {a["id"] for a in pred.get("articles", [])}
        share = sum(a["id"] in have for a in gold["articles"]) / max(1, len(gold["articles"]))
        return {"articles_missing": [], "quotes": {"f1": share, "precision": 1.0}, "quote_attribution": 1.0,
                "cleaning": None, **(rows or {})}

    return SimpleNamespace(score=score)


def _fake_split() -> SimpleNamespace:
    """Articles whose id starts with "h" are held out; "whole" is never split."""

    Doc = dict[str, Any]

    def subset(corpus: str, gold: Doc, pred: Doc, which: str) -> tuple[Doc, Doc]:
        def mine(i: str) -> bool:
            return i.startswith("h") == (which == "heldout")

        return ({**gold, "articles": [a for a in gold["articles"] if mine(a["id"])]},
                {**pred, "articles": [a for a in pred["articles"] if mine(a["id"])]})

    return SimpleNamespace(UNSPLIT=frozenset({"whole"}), subset=subset)


def _corpus(gate: ModuleType, root: Path, *, split: str = "toy", measures: tuple[str, ...] | None = None) -> Any:
    folder = root / "toy"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "t1.txt").write_text("Ferries to Tessel resumed on Monday.\n", encoding="utf-8")
    (folder / "h1.txt").write_text("The harbour master of Brinmouth said the quay was safe.\n", encoding="utf-8")
    gold = root / "toy.gold.json"
    gold.write_text(json.dumps({"articles": [{"id": "t1"}, {"id": "h1"}]}), encoding="utf-8")
    return gate.Corpus("toy", folder, gold, split, measures=measures)


def _run(gate: ModuleType, corpus: Any, baseline: dict[str, Any], pred_ids: tuple[str, ...] = ("t1", "h1"),
         scorer: SimpleNamespace | None = None, **kw: Any) -> tuple[list[Any], list[str]]:
    kw = {"update": False, "allow_lower": False, "reason": None, **kw}
    result: tuple[list[Any], list[str]] = gate.gate(
        [corpus], baseline, scorer=scorer or _fake_scorer(), split=_fake_split(),
        predict_fn=lambda c: {"articles": [{"id": i} for i in pred_ids]}, **kw)
    return result


# --- a missing scorer or corpus ------------------------------------------------------------------


def test_missing_scorer_fails_in_ci(gate: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(gate, "SHARED", tmp_path / "no-such-eval")
    monkeypatch.setenv("CI", "true")
    assert gate.main([]) == 1
    assert "score.py is missing" in capsys.readouterr().out


def test_missing_scorer_outside_ci_skips_loudly(gate: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(gate, "SHARED", tmp_path / "no-such-eval")
    monkeypatch.delenv("CI", raising=False)
    assert gate.main([]) == 0
    assert "NOTHING WAS GATED" in capsys.readouterr().err


@pytest.mark.parametrize(("value", "ci"), [("true", True), ("1", True), ("", False), ("false", False)])
def test_ci_variable(gate: ModuleType, monkeypatch: pytest.MonkeyPatch, value: str, ci: bool) -> None:
    monkeypatch.setenv("CI", value)
    assert gate.in_ci() is ci


def test_missing_corpus_fails_in_ci_and_skips_outside(gate: ModuleType, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(gate, tmp_path)
    shutil.rmtree(corpus.folder)
    monkeypatch.setenv("CI", "true")
    outcomes, errors = _run(gate, corpus, {"corpora": {}})
    assert outcomes == [] and len(errors) == 1 and "corpus missing" in errors[0]
    monkeypatch.delenv("CI")
    assert _run(gate, corpus, {"corpora": {}}) == ([], [])


def test_the_bundled_examples_are_never_skipped(gate: ModuleType, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    examples = gate.Corpus("examples", tmp_path / "gone", tmp_path / "gone.gold.json", "whole", shared=False)
    assert "corpus missing" in _run(gate, examples, {"corpora": {}})[1][0]


# --- floors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("score", "floor", "fails"), [
    (0.90, 0.80, False),
    (0.80, 0.80, False),
    (0.7996, 0.80, False),  # inside TOLERANCE: score.py rounds to 4 decimals
    (0.7990, 0.80, True),
    (0.10, 0.80, True),
])
def test_floors(gate: ModuleType, score: float, floor: float, fails: bool) -> None:
    failures = gate.check("toy", {"whole": {"quotes_f1": score}}, {"whole": {"quotes_f1": floor}})
    assert bool(failures) is fails


def test_a_vanished_measure_fails(gate: ModuleType) -> None:
    failures = gate.check("toy", {"whole": {"quotes_f1": 0.9}}, {"whole": {"quotes_f1": 0.8, "cleaning": 0.9}})
    assert failures == ["toy whole cleaning: floored at 0.9000 but no longer scored"]


def test_a_vanished_part_fails(gate: ModuleType) -> None:
    failures = gate.check("toy", {"whole": {"quotes_f1": 0.9}},
                          {"whole": {"quotes_f1": 0.8}, "heldout": {"quotes_f1": 0.8}})
    assert failures == ["toy heldout quotes_f1: floored at 0.8000 but no longer scored"]


def test_a_corpus_without_floors_fails(gate: ModuleType) -> None:
    assert "no floors recorded" in gate.check("toy", {"whole": {"quotes_f1": 0.9}}, {})[0]


def test_a_row_score_py_leaves_out_is_absent(gate: ModuleType) -> None:
    flat = gate.flatten({"articles_missing": ["x"], "figures": {"precision": 1.0, "recall": 0.5, "f1": 0.6667},
                         "contradictions": {"recall": 0.5, "predicted": 3}, "key_figures": {"accuracy": 0.25},
                         "cleaning": None, "overall": 0.7})
    assert flat == {"figures_f1": 0.6667, "contradictions_recall": 0.5, "key_figures_accuracy": 0.25, "overall": 0.7}


def test_update_raises_only_unless_allowed_lower(gate: ModuleType) -> None:
    floors = {"whole": {"a": 0.5, "b": 0.9, "gone": 0.7}}
    scores = {"whole": {"a": 0.6, "b": 0.8, "new": 0.3}}
    assert gate.updated(scores, floors, allow_lower=False) == {"whole": {"a": 0.6, "b": 0.9, "gone": 0.7, "new": 0.3}}
    assert gate.updated(scores, floors, allow_lower=True) == {"whole": {"a": 0.6, "b": 0.8, "new": 0.3}}


def test_gate_floors_each_part(gate: ModuleType, tmp_path: Path) -> None:
    corpus = _corpus(gate, tmp_path, measures=("quotes_f1",))
    baseline: dict[str, Any] = {"corpora": {}}
    outcomes, errors = _run(gate, corpus, baseline, update=True)
    assert errors == [] and outcomes[0].failures == []
    assert baseline["corpora"]["toy"]["floors"] == {"whole": {"quotes_f1": 1.0}, "tune": {"quotes_f1": 1.0},
                                                    "heldout": {"quotes_f1": 1.0}}
    # The held-out article is lost: the whole set and the held-out part fall, the tuned part holds.
    outcomes, errors = _run(gate, corpus, baseline, pred_ids=("t1",))
    assert errors == []
    assert [f.split(" =")[0] for f in outcomes[0].failures] == ["toy heldout quotes_f1", "toy whole quotes_f1"]


def test_update_does_not_hide_a_score_below_its_floor(gate: ModuleType, tmp_path: Path) -> None:
    corpus = _corpus(gate, tmp_path, split="whole")
    baseline: dict[str, Any] = {"corpora": {}}
    _run(gate, corpus, baseline, update=True)
    outcomes, _ = _run(gate, corpus, baseline, pred_ids=("t1",), update=True)
    assert outcomes[0].failures and baseline["corpora"]["toy"]["floors"]["whole"]["quotes_f1"] == 1.0


def test_a_crashing_run_fails_its_corpus_only(gate: ModuleType, tmp_path: Path) -> None:
    def boom(corpus: Any) -> dict[str, Any]:
        raise RuntimeError("reader fell over")

    corpus = _corpus(gate, tmp_path)
    outcomes, errors = gate.gate([corpus], {"corpora": {}}, update=False, allow_lower=False, reason=None,
                                 scorer=_fake_scorer(), split=_fake_split(), predict_fn=boom)
    assert outcomes == [] and "toy: the run failed: RuntimeError: reader fell over" in errors


def test_an_unpinned_corpus_fails(gate: ModuleType, tmp_path: Path) -> None:
    corpus = _corpus(gate, tmp_path, split="whole")
    baseline: dict[str, Any] = {"corpora": {"toy": {"floors": {"whole": {"quotes_f1": 1.0}}}}}
    outcomes, errors = _run(gate, corpus, baseline)
    assert errors == ["toy: not pinned (run --update --only toy)"] and outcomes[0].failures == []


# --- pinning ----------------------------------------------------------------------------------------


def test_hash_mismatch_fails_until_repinned(gate: ModuleType, tmp_path: Path) -> None:
    corpus = _corpus(gate, tmp_path, split="whole")
    baseline: dict[str, Any] = {"corpora": {}}
    _run(gate, corpus, baseline, update=True)
    pin = baseline["corpora"]["toy"]["sha256"]
    assert pin == gate.corpus_hash(corpus.folder, corpus.gold)
    (corpus.folder / "t1.txt").write_text("Ferries to Tessel resumed on Tuesday.\n", encoding="utf-8")
    outcomes, errors = _run(gate, corpus, baseline)
    assert outcomes == [] and "changed" in errors[0]
    outcomes, errors = _run(gate, corpus, baseline, update=True)  # a raise alone does not re-pin
    assert errors and baseline["corpora"]["toy"]["sha256"] == pin
    outcomes, errors = _run(gate, corpus, baseline, update=True, allow_lower=True, reason="gold fixed")
    assert errors == [] and baseline["corpora"]["toy"]["sha256"] != pin
    assert baseline["corpora"]["toy"]["pinned_because"] == "gold fixed"


def test_hash_covers_paths_bytes_and_gold_not_location(gate: ModuleType, tmp_path: Path) -> None:
    corpus = _corpus(gate, tmp_path / "a")
    pin = gate.corpus_hash(corpus.folder, corpus.gold)
    moved = tmp_path / "b" / "elsewhere"
    shutil.copytree(corpus.folder, moved)
    assert gate.corpus_hash(moved, corpus.gold) == pin
    (moved / "t1.txt").rename(moved / "t2.txt")
    assert gate.corpus_hash(moved, corpus.gold) != pin
    (moved / "t2.txt").rename(moved / "t1.txt")
    (moved / "sub").mkdir()
    (moved / "sub" / "extra.txt").write_bytes(b"")
    assert gate.corpus_hash(moved, corpus.gold) != pin
    gold = tmp_path / "other.gold.json"
    gold.write_text(corpus.gold.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert gate.corpus_hash(corpus.folder, gold) != pin


def test_floors_of_a_corpus_no_longer_gated_are_reported(gate: ModuleType) -> None:
    assert gate.stale({"corpora": {"toy": {}, "old": {}}}, ["toy"]) == ["old"]


# --- the table ---------------------------------------------------------------------------------------


def test_table_has_a_column_per_part_and_marks_failures(gate: ModuleType) -> None:
    outcome = gate.Outcome("toy", {"whole": {"quotes_f1": 0.5}, "tune": {"quotes_f1": 1.0}},
                           {"whole": {"quotes_f1": 0.9}, "heldout": {"quotes_f1": 0.4}}, [])
    header, row = gate.table([outcome]).splitlines()
    assert header.split() == ["corpus", "measure", "whole", "tune", "heldout"]
    assert row.split() == ["toy", "quotes_f1", "0.5000", "(0.9000)!", "1.0000", "-", "(0.4000)!"]


def test_the_real_baseline_pins_and_floors_every_gated_corpus(gate: ModuleType) -> None:
    baseline = gate.load_baseline(gate.BASELINE)
    for corpus in gate.corpora():
        entry = baseline["corpora"].get(corpus.name, {})
        assert len(entry.get("sha256", "")) == 64, corpus.name
        assert entry.get("floors", {}).get("whole"), corpus.name
        if corpus.measures is not None:
            assert {m for part in entry["floors"].values() for m in part} <= set(corpus.measures), corpus.name


# --- tests/eval_split.py on the shapes the golds use ----------------------------------------------


def test_split_subset_keeps_items_inside_one_part(gate: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    split = gate.splitter()
    gold = {"articles": [{"id": "s1/a", "story": "s1"}, {"id": "s1/b", "story": "s1"}, {"id": "s2/c", "story": "s2"}],
            "copies": [{"a": "s1/a", "b": "s1/b", "evidence": "a shared sentence"},
                       {"a": "s1/a", "b": "s2/c", "evidence": "another"}],
            "contradictions": [{"field": "figure", "evidence": {"s1/a": "40 dead", "s1/b": "45 dead"}}],
            "updates": [{"kind": "killed", "values": [{"article": "s2/c", "value": 3}]}]}
    monkeypatch.setattr(split, "part", lambda corpus, i: "heldout" if i.startswith("s2/") else "tune")
    g, p = split.subset("toy", gold, {"articles": [{"id": "s1/a"}, {"id": "s2/c"}]}, "tune")
    assert [a["id"] for a in g["articles"]] == ["s1/a", "s1/b"]
    assert [(c["a"], c["b"]) for c in g["copies"]] == [("s1/a", "s1/b")]
    assert len(g["contradictions"]) == 1 and g["updates"] == []
    assert [a["id"] for a in p["articles"]] == ["s1/a"]


@pytest.mark.slow
def test_clean_only_prediction_equals_the_pipelines_clean_text(gate: ModuleType, tmp_path: Path) -> None:
    import groundwatch

    corpus = tmp_path / "pages"
    corpus.mkdir()
    shared_menu = "Home | World | Sport | Weather\nSubscribe to our newsletter\n"
    for n, town in enumerate(("Harrowgate", "Quillon", "Brinmoor")):
        (corpus / f"{n}_page.txt").write_text(
            f"Storm floods the lower town of {town}\n\n{shared_menu}"
            f"Water rose through the streets of {town} on Tuesday night after the river broke its banks.\n"
            "Volunteers carried sandbags to the school, which the council opened as a shelter.\n"
            "(Photo/A. Writer)\n" + shared_menu, encoding="utf-8")
    report = groundwatch.ingest([corpus], db=tmp_path / "gw.db")
    try:
        full = {a["id"]: a["clean_text"] for a in report.facts["articles"]}
    finally:
        report.store.close()
    quick = {a["id"]: a["clean_text"] for a in gate.predict_clean_text(corpus)["articles"]}
    assert quick == full


# --- the event-type snippets ---------------------------------------------------------------------

_TOY_SCORER = '''
def score(gold, pred):
    right = sum(pred.get(i) == g for i, g in gold.items()) / max(1, len(gold))
    return {"n": len(gold), "weighted_f1": right, "acled_event_type_accuracy": right, "macro_f1": right}
'''


def test_events_corpus_is_gated_per_part_by_its_own_scorer(gate: ModuleType, tmp_path: Path) -> None:
    folder = tmp_path / "events-toy"
    folder.mkdir()
    (folder / "score_events.py").write_text(_TOY_SCORER, encoding="utf-8")
    rows = [(str(n), f"Invented snippet number {n} about the town of Pellow.", "ARREST") for n in range(12)]
    snippets = folder / "snippets.tsv"
    snippets.write_text("id\tEventSnippet\tSubType\n" + "".join(f"{i}\t{t}\t{c}\n" for i, t, c in rows),
                        encoding="utf-8")
    corpus = gate.Corpus("events-toy", folder, snippets, "events-dev", measures=gate.EVENTS_ONLY, kind=gate.EVENTS)
    assert [c.name for c in gate.corpora() if c.kind == gate.EVENTS] == ["events-dev"]

    scores = gate.score_events(corpus, lambda texts: dict.fromkeys(texts, "ARREST"))
    assert set(scores) == {"whole", "tune", "heldout"}
    assert all(s == {"weighted_f1": 1.0, "acled_event_type_accuracy": 1.0} for s in scores.values())
    wrong = gate.score_events(corpus, lambda texts: dict.fromkeys(texts, "DIPLO"))
    assert wrong["whole"]["weighted_f1"] == 0.0
    assert gate.check("events-toy", wrong, {"whole": {"weighted_f1": 0.5}})
