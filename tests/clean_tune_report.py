"""Where the cleaner goes wrong on clean-dev's tune part, and only there.

    python tests/clean_tune_report.py            # text corpus; add "html" for the HTML one

Prints, per verdict reason, how many gold keep / boilerplate strings fall in lines given it, then
every failed gold string with the verdicts of the lines that hold it (reason, words, stopword share,
sentence end, title case). Held-out pages are never opened: tests/eval_split.py decides which they
are, and tuning must not look at them.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_split as split
from groundwatch.records import Article
from groundwatch.stages.article import clean_stage, ingest_stage
from groundwatch.stages.clean import CorpusStats
from groundwatch.stages.clean.classify import _classify
from groundwatch.stages.clean.features import _features

CORPUS = "clean-dev"


def main(form: str = "text") -> int:
    gold = json.loads((split.SHARED / CORPUS / "gold.json").read_text(encoding="utf-8"))
    scorer = split.scorer()
    norm = scorer.norm
    articles = [a for a in ingest_stage([split.SHARED / CORPUS / form], None) if isinstance(a, Article)]
    stats = CorpusStats.from_bodies(a.body for a in articles)  # the batch, as the pipeline counts it
    by_id = {a.id: a for a in articles}
    table: dict[tuple[bool, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for entry in gold["articles"]:
        if split.part(CORPUS, entry["id"]) != "tune":
            continue
        verdicts = _classify(by_id[entry["id"]].body or "", stats, by_id[entry["id"]])
        for wanted, strings in ((True, entry["keep"]), (False, entry["boilerplate"])):
            for s in strings:
                holds = [v for v in verdicts if norm(s) in norm(v.unit.text)]
                if holds:
                    table[(holds[0].keep, holds[0].reason)][0 if wanted else 1] += 1
                if holds and any(v.keep for v in holds) == wanted:
                    continue
                # A string across lines ("Source\n\nNotice ...") has no line of its own: the clean text judges it.
                if not holds and scorer.contains(clean_stage(by_id[entry["id"]], stats).text, s) == wanted:
                    continue
                misses.append(f"== {entry['id']} {'KEEP' if wanted else 'BOIL'} {s[:90]!r}")
                for v in holds[:4]:
                    f = _features(v.unit.text)
                    misses.append(f"   keep={v.keep} {v.reason!r} words={f.n_words} stop={f.stop_density:.2f} "
                                  f"end={f.sentence_end} title={f.titlecase} :: {v.unit.text[:100]!r}")
    for (keep, reason), (k, b) in sorted(table.items()):
        print(f"{'KEEP' if keep else 'DROP'} {reason:<36} keep-gold={k:<4} boilerplate-gold={b}")
    print("\n".join(misses))
    print(f"failed strings: {sum(1 for m in misses if m.startswith('=='))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
