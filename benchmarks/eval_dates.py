"""Score the dates extractor alone on a shared evaluation corpus.

Usage::

    .venv/bin/python benchmarks/eval_dates.py dates-dev     # TimeBank/AQUAINT, 256 docs
    .venv/bin/python benchmarks/eval_dates.py dev           # the five dev articles
    .venv/bin/python benchmarks/eval_dates.py dev --no-published   # infer publication dates

Runs spaCy and ``dates.v1`` over each raw ``.txt`` (cleaning is not applied: the date sentences
survive it on these corpora), writes a facts export to a temporary file, scores it with
``shared/eval/score.py`` and prints the dates rows. ``--dump`` prints every prediction.

Measurements (dates.v1; the whole pipeline for the examples: ``groundwatch run examples`` then
``score.py tests/examples.gold.json``)::

                                 dates-dev (816 scored)        dev             examples
    before (nlp with line breaks) P .890 R .879 res .879   P .543 res 1.0   P .794 R .885 res .885
    after                         P .934 R .914 res .914   P .625 res 1.0   P .955 R .966 res .966

What moved it: candidates emitted once when the model's DATE and TIME entities widen to the same
phrase (duplicates were false positives); "this morning", "last night", "later this afternoon"
resolved (they were lost when the part of the day was stripped); dateline dates emitted (TimeML and
the examples' gold annotate them); "since X" strictly past; "would" as future; a bare day after
"for" ahead; a past clause taking a month-day up to ``PAST_AHEAD_DAYS`` ahead; "the previous
Friday", "a year earlier", "the day before X" anchored; "a year ago" and "year-end" as days;
relative years, generic "today's"/"of tomorrow", titles and month-names dropped. Tried and left
out: bare parts of the day anchored to the last day (+2 right, +5 false on dates-dev); "to" like
"for" (ranges "from Sept. 14 to Thursday" look back); "through" as a deadline (usually a period's
end: "bought 5,000 shares through Sept. 29"). ``PRESENT_IS_FUTURE``: off, as measured before.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = REPO.parent / "shared" / "eval"
CORPORA = {
    "dates-dev": (SHARED_EVAL / "dates-dev" / "corpus", SHARED_EVAL / "dates-dev" / "corpus" / "manifest.json",
                  SHARED_EVAL / "dates-dev" / "gold.json"),
    "dev": (SHARED_EVAL / "dev" / "karabakh-2023", SHARED_EVAL / "dev" / "karabakh-2023" / "manifest.json",
            SHARED_EVAL / "dev" / "karabakh-2023.gold.json"),
}


def load_scorer(shared_eval: Path = SHARED_EVAL) -> ModuleType:
    """Import ``score.py`` from the shared evaluation folder."""
    spec = importlib.util.spec_from_file_location("gw_shared_score", shared_eval / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(corpus: Path, manifest: Path, *, use_published: bool = True) -> dict[str, Any]:
    """The facts export (dates only) for every ``.txt`` in ``corpus``."""
    from groundwatch import nlp as gw_nlp
    from groundwatch.stages.extract.dates import extract_dates
    from groundwatch.stages.extract.registry import ExtractionContext

    entries = json.loads(manifest.read_text(encoding="utf-8"))["articles"]
    published = {Path(e["file"]).with_suffix("").as_posix(): e.get("published") for e in entries}
    files = sorted(p for p in corpus.rglob("*.txt"))
    ids = [p.relative_to(corpus).with_suffix("").as_posix() for p in files]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    articles = []
    for aid, doc in zip(ids, gw_nlp.load().pipe(texts, batch_size=16), strict=True):
        pub = published.get(aid)
        base = dt.date.fromisoformat(pub) if pub and use_published else None
        mentions = extract_dates(doc, ExtractionContext(article_id=aid, published=base), {})
        articles.append({"id": aid, "published": pub,
                         "dates": [{"text": m.text, "date": m.date, "sentence": m.span.sentence,
                                    "precision": m.precision, "inferred_base": m.inferred_base}
                                   for m in mentions]})
    return {"articles": articles}


def evaluate(name: str, *, use_published: bool = True) -> tuple[dict[str, Any], dict[str, Any]]:
    """Predict and score corpus ``name``; returns (score result, predictions)."""
    corpus, manifest, gold_path = CORPORA[name]
    pred = predict(corpus, manifest, use_published=use_published)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "facts.json"
        out.write_text(json.dumps(pred), encoding="utf-8")
        pred = json.loads(out.read_text(encoding="utf-8"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return load_scorer().score(gold, pred), pred


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1 or args[0] not in CORPORA:
        print(__doc__, file=sys.stderr)
        return 2
    result, pred = evaluate(args[0], use_published="--no-published" not in argv)
    if "--dump" in argv:
        for a in pred["articles"]:
            for d in a["dates"]:
                print(f"{a['id']}\t{a['published']}\t{d['text']!r}\t{d['date']}\t{d['precision']}")
    r = result["dates"]
    print(f"dates           P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
          f"  (tp {r['tp']} fp {r['fp']} fn {r['fn']})")
    print(f"dates_resolved  {result['dates_resolved']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
