"""Score the dates extractor alone on a shared evaluation corpus.

Usage::

    .venv/bin/python benchmarks/eval_dates.py dates-dev     # TimeBank/AQUAINT, 256 docs
    .venv/bin/python benchmarks/eval_dates.py dev           # the five dev articles
    .venv/bin/python benchmarks/eval_dates.py dev --no-published   # infer publication dates

Runs spaCy and ``dates.v1`` over each raw ``.txt`` (cleaning is not applied: the date sentences
survive it on these corpora), writes a facts export to a temporary file, scores it with
``shared/eval/score.py`` and prints the dates rows. ``--dump`` prints every prediction; ``--parts`` the rows of
tune-A, tune-B, the tune part and the held-out part (see ``TUNE_A_OF_5``); ``--misses=A`` (or ``=B``) the scored
misses of one tune half, with the gold and predicted values and the sentence (held-out misses are never
printed).

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

Session dates1 (2026-12-04, issue 10: the held-out gap). dates-dev, the extractor alone with the manifest,
``--parts`` (dates_resolved / dates F1; tune-A 109 articles, tune-B 61, held-out 86)::

                          tune-A         tune-B         tune           held-out
    before (main da2a2ca) .9502 / .9531  .9845 / .9819  .9630 / .9640  .8874 / .9039
    after                 .9533 / .9548  .9845 / .9819  .9650 / .9650  .8874 / .9039

Read first: tune-A's 16 scored misses (most are gold values off by a week or a month from the text, or one
gold phrase taking two predictions) and its valued optional items; tune-B's only to check. Overfit rules
looked for by switching each off alone (every branch of ``_resolve_in_context``, the anchor windows, the
cross-sentence passes, the lookalike and generic filters, the month windows, every candidate pattern):
none fires wrong on a scored item of tune-A or tune-B (no switch-off gains a right date), so none was
removed; most fire on no scored tune item at all (they were written from invented stress batches), and
those that do each hold 1-3 right dates, in A and B alike. Classes fixed, each with invented tests:
a counted day equated with a day by a copula (tune-A +1, B has none); a planning participle in an "as"
clause, "by" + a bare month in a clause of no tense (2 valued optional tune-A items); "go" as a plan only
in "going to", adjectives of readiness, days naming a deadline or a start ("effective Monday"), a deictic
day with its part of the day as one phrase, a headline's bare "to" infinitive, a present progressive of a
planned move, a passive infinitive still to be done, a month before a noun of figures (invented probes and
corpus_b). The session's 467 invented probe sentences (kept outside the repository; written alongside the
fixes, so not a blind test): 33 read otherwise than a reader would before, 25 after; most of those left
are the documented windows' choices (a past clause's month-day up to ``PAST_AHEAD_DAYS`` ahead). None
moves tune-B or the held-out score: the held-out gap is not made of these classes, and without reading
held-out misses it stays unexplained.

Session dblind-s32 (2026-12-04, issue 10: a blind batch in dates-dev's genre). Stress batch dblind-s32 (54
invented 1989-1998 wire and broadcast texts, 85 gold dates), committed before the code ran on it, scored
0.965 resolved / 0.976 precision, near the tune part and far above the held-out part: the genre's shapes as an
outsider writes them are mostly read already. Its two general misses (a bare month on a simple present put a
year back; "that evening", "the night before" left untagged) were fixed; two invented probe sets (76 dates,
written after reading the code, kept outside the repository) found one more shape ("a week from tomorrow", cut
to "tomorrow"; fixed) and otherwise readings that are debatable (a quoted "yesterday" said after an event, a
dateline's "today" a day before the publication, "since last June" in September, "with markets closed
Thursday" under a future). dates-dev with the manifest, ``--parts`` (dates_resolved / dates F1)::

                          tune-A         tune-B         tune           held-out
    before (main 40ce9d7) .9533 / .9548  .9845 / .9819  .9650 / .9650  .8874 / .9039
    after                 .9533 / .9548  .9845 / .9819  .9650 / .9650  .8874 / .9039

No tune prediction moved (diffed): neither rule fires on dates-dev tune, so neither is fitted to it, and the
held-out gap is still not made of the classes invented text shows.

Session dblind3 (2026-12-05, issue 10: a third blind batch, in the genre dates-dev's held-out part has more of).
Stress batch dblind-s34 (68 invented 1989-1991 business-paper and 1998 broadcast texts, 158 gold dates in
TimeML's conventions), committed before the code ran on it: resolved 0.943, precision 0.951; after the fixes
(``dates_nouns``: dates read through the noun phrase they sit in; a weekday or a month on a noun of figures in
``dates_tense`` and ``dates_report``): 0.987 / 0.994. The rules come from the invented batch, not from tune-A's
misses. dates-dev with the manifest, ``--parts`` (dates_resolved / dates F1)::

                          tune-A         tune-B         tune           held-out
    before (main 4c3d8ff) .9533 / .9548  .9845 / .9819  .9650 / .9650  .8907 / .9057
    after                 .9533 / .9548  .9845 / .9819  .9650 / .9650  .8907 / .9057

No tune prediction moved (diffed): as with dblind-s32, the shapes an outsider writes in the genre are not what
the held-out part misses. The full quality gate (tests/eval_gate.py, every corpus, whole / tune / held-out) gave
the same score on every measure before and after (dates-dev resolved .9314 / .9591 / .8841, dates F1 .9383 /
.9601 / .9005).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = REPO.parent / "shared" / "eval"
#: The name tests/eval_split.py knows each corpus by.
SPLIT_NAMES = {"dates-dev": "dates-dev", "dev": "karabakh-2023"}
#: The tune part is split again, to check that a rule written from one half's misses carries to the
#: other (common brief of session thirty): tune-A holds this many of every 5 tune articles, by a salted
#: hash of the id, so the halves do not follow the held-out split. On dates-dev: 109 and 61 articles.
TUNE_A_OF_5 = 3
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


def _split_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gw_eval_split", REPO / "tests" / "eval_split.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def half(corpus: str, article_id: str) -> str:
    """"A" or "B" for an article of the tune part, "heldout" for one of the held-out part."""
    if _split_module().part(SPLIT_NAMES[corpus], article_id) != "tune":
        return "heldout"
    digest = int(hashlib.md5(("sub:" + article_id).encode("utf-8")).hexdigest()[:8], 16)
    return "A" if digest % 5 < TUNE_A_OF_5 else "B"


def by_part(name: str, pred: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """score.py's result for tune-A, tune-B, the tune part and the held-out part (aggregates only)."""
    gold = json.loads(CORPORA[name][2].read_text(encoding="utf-8"))
    halves = {a["id"]: half(name, a["id"]) for a in gold["articles"]}
    out = {}
    for label, keep in (("tune-A", {"A"}), ("tune-B", {"B"}), ("tune", {"A", "B"}), ("heldout", {"heldout"})):
        g = dict(gold, articles=[a for a in gold["articles"] if halves[a["id"]] in keep])
        p = dict(pred, articles=[a for a in pred["articles"] if halves.get(a["id"]) in keep])
        out[label] = load_scorer().score(g, p)
    return out


def misses(name: str, pred: dict[str, Any], which: str) -> list[str]:
    """The scored misses of tune half ``which`` ("A" or "B"; never the held-out part), one line each."""
    if which not in ("A", "B"):
        raise ValueError("misses are read on tune-A or tune-B only")
    scorer = load_scorer()
    gold = json.loads(CORPORA[name][2].read_text(encoding="utf-8"))
    found = {a["id"]: a for a in pred["articles"]}
    lines = []
    for ga in gold["articles"]:
        if half(name, ga["id"]) != which:
            continue
        pa = found.get(ga["id"], {"dates": [], "published": None})
        pairs, missed, extra = scorer.match_greedy(ga.get("dates", []), pa["dates"], scorer.date_ok)
        head = f"{ga['id']}\t{pa['published']}"
        lines += [f"WRONG\t{head}\tgold {g['date']}\tgot {p['date']}\t{p['text']!r}\t{p['sentence']!r}"
                  for g, p in pairs if not g.get("optional") and not scorer.date_right(g, p)]
        lines += [f"MISS\t{head}\tgold {g['date']}\t{g['evidence']!r}" for g in missed if not g.get("optional")]
        lines += [f"FP\t{head}\tgot {p['date']}\t{p['text']!r}\t{p['sentence']!r}" for p in extra if p.get("date")]
    return lines


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
    for which in ("A", "B"):
        if f"--misses={which}" in argv:
            print("\n".join(misses(args[0], pred, which)))
    r = result["dates"]
    print(f"dates           P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
          f"  (tp {r['tp']} fp {r['fp']} fn {r['fn']})")
    print(f"dates_resolved  {result['dates_resolved']:.3f}")
    if "--parts" in argv:
        for label, res in by_part(args[0], pred).items():
            print(f"{label:<8} dates_resolved {res['dates_resolved']:.4f}  dates F1 {res['dates']['f1']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
