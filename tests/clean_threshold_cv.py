"""Whether tuning a cleaner threshold on clean-dev's tune part generalises: leave-pages-out.

    python tests/clean_threshold_cv.py GOOD_SENTENCE_MIN_WORDS=4,5,6,7 TITLECASE_MIN_SHARE=0.6,0.7

For each threshold (a constant of groundwatch.stages.clean.thresholds, or a module constant of any
cleaner module; set in every module that imported it, since ``from ... import`` binds a copy) and its
candidate values, the 90-odd tune pages are cut into five folds by a hash of the page id; the value
is picked on four folds and scored on the fifth. The printed ``cv`` is the share of gold strings right
on the left-out pages; when it is no better than the current value's tune score, the gain a value
shows on the whole tune part is one page's and the threshold should stay. Held-out pages are never
cleaned: tests/eval_split.py decides which they are.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import pkgutil
import sys
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_split as split
from groundwatch.records import Article
from groundwatch.stages import clean as clean_package
from groundwatch.stages.article import clean_stage, ingest_stage
from groundwatch.stages.clean import CorpusStats

CORPUS = "clean-dev"
FOLDS = 5
#: Every cleaner module: a threshold imported by name lives in each importer's namespace.
MODULES: tuple[ModuleType, ...] = (clean_package, *(
    importlib.import_module(f"{clean_package.__name__}.{m.name}")
    for m in pkgutil.iter_modules(clean_package.__path__)))


def _set(name: str, value: float) -> None:
    for module in MODULES:
        if hasattr(module, name):
            # A count stays an int: it may size a range or a slice.
            setattr(module, name, int(value) if isinstance(getattr(module, name), int) else value)


def _current(name: str) -> float:
    for module in MODULES:
        if hasattr(module, name):
            return float(getattr(module, name))
    raise SystemExit(f"no threshold {name} in the cleaner's modules")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    scorer = split.scorer()
    entries = json.loads((split.SHARED / CORPUS / "gold.json").read_text(encoding="utf-8"))["articles"]
    gold = {e["id"]: e for e in entries}
    articles = [a for a in ingest_stage([split.SHARED / CORPUS / "text"], None) if isinstance(a, Article)]
    stats = CorpusStats.from_bodies(a.body for a in articles)  # the batch, as the pipeline counts it
    tune = [a for a in articles if split.part(CORPUS, a.id) == "tune"]
    fold = {a.id: int(hashlib.sha1(a.id.encode()).hexdigest()[:8], 16) % FOLDS for a in tune}
    for arg in argv:
        name, _, listed = arg.partition("=")
        values = [float(v) for v in listed.split(",")]
        current = _current(name)
        right: dict[float, dict[str, tuple[int, int]]] = {}
        for value in values:
            _set(name, value)
            right[value] = {}
            for a in tune:
                text, entry = clean_stage(a, stats).text, gold[a.id]
                ok = (sum(scorer.contains(text, s) for s in entry["keep"])
                      + sum(not scorer.contains(text, s) for s in entry["boilerplate"]))
                right[value][a.id] = (ok, len(entry["keep"]) + len(entry["boilerplate"]))
        _set(name, current)

        def share(value: float, ids: list[str], right: dict[float, dict[str, tuple[int, int]]] = right) -> float:
            return sum(right[value][i][0] for i in ids) / max(1, sum(right[value][i][1] for i in ids))

        ids = [a.id for a in tune]
        ok = total = 0
        picks = []
        for k in range(FOLDS):
            train = [i for i in ids if fold[i] != k]
            # Ties go to the value nearest the current one: a move needs a gain.
            best = max(values, key=lambda v: (round(share(v, train), 6), -abs(v - current)))
            picks.append(best)
            ok += sum(right[best][i][0] for i in ids if fold[i] == k)
            total += sum(right[best][i][1] for i in ids if fold[i] == k)
        print(f"{name} (now {current:g}): tune " + ", ".join(f"{v:g} {share(v, ids):.4f}" for v in values)
              + f"; picked per fold {[f'{p:g}' for p in picks]}; leave-pages-out {ok / max(1, total):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
