"""Event-type classifier on events-dev: tune and held-out scores, and the tune part's confusions.

    python tests/eval_events.py                  # whole / tune / heldout weighted F1 and ACLED type accuracy
    python tests/eval_events.py --confusions     # also the tune part's confusions (never the held-out part's)

The split is tests/eval_split.py's rule for single-article sets (sha1 of the snippet id, one in
three held out), under the corpus name ``events-dev``. Only the ``tune`` part may guide changes to
the classifier, its cue lexicon or its training snippets; the ``heldout`` part is reported.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
EVENTS_DEV = REPO.parent / "shared" / "eval" / "events-dev"
SNIPPETS = EVENTS_DEV / "snippets.tsv"
SCORER = EVENTS_DEV / "score_events.py"
CORPUS = "events-dev"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def read_gold(path: Path = SNIPPETS) -> tuple[dict[str, str], dict[str, str]]:
    """(id -> snippet, id -> gold type) of the snippet file."""
    csv.field_size_limit(10_000_000)
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {r["id"]: r["EventSnippet"] for r in rows}, {r["id"]: r["SubType"].strip() for r in rows}


def predict(texts: dict[str, str]) -> dict[str, str]:
    """id -> predicted type, from the shipped classifier."""
    from groundwatch.stages.events.classify import classify

    ids = list(texts)
    return {i: p.code for i, p in zip(ids, classify([texts[i] for i in ids]), strict=True)}


def score_parts(gold: dict[str, str], pred: dict[str, str], scorer: ModuleType | None = None,
                split: ModuleType | None = None) -> dict[str, dict[str, Any]]:
    """part -> score_events.py's result, for the whole file and its tune and heldout parts."""
    scorer = scorer or _load("gw_score_events", SCORER)
    split = split or _load("gw_eval_split", REPO / "tests" / "eval_split.py")
    parts: dict[str, dict[str, Any]] = {"whole": scorer.score(gold, pred)}
    for which in ("tune", "heldout"):
        keep = {i: g for i, g in gold.items() if split.part(CORPUS, i) == which}
        parts[which] = scorer.score(keep, pred)
    return parts


def confusions(gold: dict[str, str], pred: dict[str, str], split: ModuleType) -> list[tuple[str, str, int]]:
    """(gold, predicted, count) of the tune part's errors, most frequent first."""
    counts = Counter((g, pred.get(i, "-")) for i, g in gold.items()
                     if split.part(CORPUS, i) == "tune" and pred.get(i) != g)
    return [(g, p, n) for (g, p), n in counts.most_common()]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--confusions", action="store_true", help="print the tune part's confusions")
    args = parser.parse_args(argv)
    texts, gold = read_gold()
    pred = predict(texts)
    split = _load("gw_eval_split", REPO / "tests" / "eval_split.py")
    parts = score_parts(gold, pred, split=split)
    print(f"{'part':8s} {'n':>4s} {'weighted_f1':>12s} {'macro_f1':>9s} {'acled_type_acc':>15s}")
    for name, s in parts.items():
        print(f"{name:8s} {s['n']:4d} {s['weighted_f1']:12.4f} {s['macro_f1']:9.4f} "
              f"{s['acled_event_type_accuracy']:15.4f}")
    if args.confusions:
        print("\ntune confusions (gold -> predicted: count)")
        for g, p, n in confusions(gold, pred, split):
            print(f"  {g:30s} -> {p:30s} {n}")
        tune = parts["tune"]["per_type_f1"]
        print("\ntune per-type F1: " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(tune.items(), key=lambda x: x[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
