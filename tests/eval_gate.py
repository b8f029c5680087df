"""Quality gate: run groundwatch on the evaluation corpora and fail below the committed floors.

    python tests/eval_gate.py             # check every corpus against tests/eval_baseline.json
    python tests/eval_gate.py --update    # raise floors to today's scores (never lowers them)
    python tests/eval_gate.py --update --allow-lower   # lower a floor: say why in the commit

Corpora: the dev corpus (../shared/eval/dev, with and without its manifest), the date benchmark
(../shared/eval/dates-dev) and the bundled example corpus (examples/ with tests/examples.gold.json).
Where ../shared is absent, its corpora are skipped with a message; the examples always run.
Scores come from ../shared/eval/score.py when present, otherwise from no corpus needing it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "eval"
BASELINE = REPO / "tests" / "eval_baseline.json"
#: Scores may wobble by this much between runs without failing (there is no randomness in the
#: pipeline today; the margin absorbs float rounding in score.py's 4-decimal output).
TOLERANCE = 0.0005


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("gw_score", SHARED / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


#: Measures that mean something per corpus: dates-dev's gold has only dates (every article its own
#: story, no figures or quotes), so its other rows are noise and get no floor.
MEASURES: dict[str, tuple[str, ...]] = {"dates-dev": ("dates_f1", "dates_resolved")}


def corpora() -> dict[str, tuple[Path, Path, bool]]:
    """name -> (input folder, gold file, use the folder's manifest)."""
    out = {}
    if (SHARED / "dev" / "karabakh-2023").is_dir():
        dev = SHARED / "dev" / "karabakh-2023"
        gold = SHARED / "dev" / "karabakh-2023.gold.json"
        out["dev"] = (dev, gold, True)
        out["dev-no-manifest"] = (dev, gold, False)
    if (SHARED / "dates-dev" / "corpus").is_dir():
        out["dates-dev"] = (SHARED / "dates-dev" / "corpus", SHARED / "dates-dev" / "gold.json", True)
    if (REPO / "tests" / "examples.gold.json").is_file():
        out["examples"] = (REPO / "examples", REPO / "tests" / "examples.gold.json", True)
    return out


def flatten(result: dict[str, Any]) -> dict[str, float]:
    """The measures a floor is kept for."""
    flat: dict[str, float] = {}
    for key in ("figures", "quotes", "dates"):
        flat[f"{key}_f1"] = result[key]["f1"]
    flat["quote_attribution"] = result["quote_attribution"]
    flat["dates_resolved"] = result["dates_resolved"]
    if result.get("cleaning") is not None:
        flat["cleaning"] = result["cleaning"]
    if "stories" in result:
        flat["stories_f1"] = result["stories"]["f1"]
    if "contradictions" in result:
        flat["contradictions_recall"] = result["contradictions"]["recall"]
    if "copies" in result:
        flat["copies_f1"] = result["copies"]["f1"]
    flat["overall"] = result["overall"]
    return flat


def score_corpus(folder: Path, gold_path: Path, with_manifest: bool, scorer: Any) -> dict[str, float]:
    import groundwatch

    with tempfile.TemporaryDirectory() as tmp:
        inputs: list[Path] = [folder]
        if not with_manifest:  # the same files without the manifest: metadata from the text alone
            copy = Path(tmp) / folder.name
            copy.mkdir()
            for f in folder.iterdir():
                if f.is_file() and f.name != "manifest.json":
                    (copy / f.name).write_bytes(f.read_bytes())
            inputs = [copy]
        report = groundwatch.run(inputs, db=Path(tmp) / "gw.db", out=Path(tmp) / "out")
        report.store.close()
        pred = json.loads((Path(tmp) / "out" / "facts.json").read_text(encoding="utf-8"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return flatten(scorer.score(gold, pred))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="raise floors to the current scores")
    parser.add_argument("--allow-lower", action="store_true", help="with --update: also lower floors")
    parser.add_argument("--only", action="append", help="score only this corpus (repeatable)")
    args = parser.parse_args(argv)

    if not (SHARED / "score.py").is_file():
        print(f"eval gate: {SHARED}/score.py is absent; nothing to score (skipped)")
        return 0
    scorer = _scorer()
    baseline: dict[str, dict[str, float]] = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    failures: list[str] = []
    for name, (folder, gold, manifest) in corpora().items():
        if args.only and name not in args.only:
            continue
        scores = score_corpus(folder, gold, manifest, scorer)
        if name in MEASURES:
            scores = {k: v for k, v in scores.items() if k in MEASURES[name]}
        floors = baseline.setdefault(name, {})
        print(f"[{name}]")
        for measure, value in sorted(scores.items()):
            floor = floors.get(measure)
            mark = ""
            if floor is not None and value + TOLERANCE < floor:
                mark = f"  BELOW FLOOR {floor:.4f}"
                failures.append(f"{name}.{measure} = {value:.4f} < floor {floor:.4f}")
            print(f"  {measure:<24} {value:.4f}" + (f"  (floor {floor:.4f})" if floor is not None else "") + mark)
            if args.update and (floor is None or value > floor or args.allow_lower):
                floors[measure] = value
    if args.update:
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n")
        print(f"floors written to {BASELINE.relative_to(REPO)}")
        return 0
    if failures:
        print("eval gate FAILED:\n  " + "\n  ".join(failures))
        return 1
    print("eval gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
