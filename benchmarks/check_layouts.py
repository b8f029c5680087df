"""Quality, not speed: how much of a visible set's score is owed to its layout.

The same articles are run in every layout of ``tests/eval_layouts.py`` (hard-wrapped, one paragraph
per line, one line, straight or curly marks, CRLF and no-break spaces, simple web pages) and every
respelling (thousands and day-month orders; the gold respelled alike), each in a temporary copy on a
fresh store, and scored with ``../shared/eval/score.py`` like the gate does. A row below the
as-written row is a fault of reading, not of the words: the article says the same thing. Nothing of
the sets enters the project::

    .venv/bin/python benchmarks/check_layouts.py                      # crises-2023, every layout
    .venv/bin/python benchmarks/check_layouts.py --set quotes-dev --layout wrapped --layout one-line

Prints one row per layout (whole set, and the tune / held-out parts of tests/eval_split.py for the
measures the set is read on) and the difference from the as-written row. Takes a minute or two per
layout on crises-2023, ten on quotes-dev.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "tests")]

import eval_gate as gate  # noqa: E402  (tests/ is put on the path just above)
import eval_layouts  # noqa: E402

#: The sets this script knows: the gate's entry of each (its gold, split and measures).
SETS = ("crises-2023", "karabakh-2023", "quotes-dev", "dates-dev")
#: Rows shown for a set the gate reads whole (score.py's main measures).
MAIN_MEASURES = ("figures_f1", "quotes_f1", "quote_attribution", "dates_resolved", "cleaning", "stories_f1",
                 "copies_f1", "contradictions_recall", "overall")


#: Column heads: score.py's row names, shortened to fit.
SHORT = {"figures_f1": "figures", "quotes_f1": "quotes", "quote_attribution": "attribution",
         "dates_resolved": "dates", "dates_f1": "dates F1", "stories_f1": "stories", "copies_f1": "copies",
         "contradictions_recall": "contradictions"}


def _row(name: str, scores: dict[str, dict[str, float]], measures: tuple[str, ...],
         base: dict[str, dict[str, float]] | None) -> str:
    cells = []
    for m in measures:
        value = scores.get("whole", {}).get(m)
        if value is None:
            cells.append(f"{'-':>15}")
            continue
        delta = "" if base is None or m not in base.get("whole", {}) else f"{value - base['whole'][m]:+.3f}"
        cells.append(f"{value:.3f}{delta:>8}".rjust(15))
    last = measures[-1]  # overall, or the set's one measure that matters most
    parts = " ".join(f"{p} {scores[p][last]:.3f}" for p in ("tune", "heldout") if last in scores.get(p, {}))
    return f"{name:<16}" + "".join(cells) + (f"  ({SHORT.get(last, last)}: {parts})" if parts else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="crises-2023", choices=SETS)
    parser.add_argument("--layout", action="append", choices=eval_layouts.LAYOUTS,
                        help="a layout to run (repeatable; default: every layout)")
    args = parser.parse_args(argv)
    entry = next(c for c in gate.corpora() if c.name == args.set)
    missing = gate.missing_inputs(entry)
    if missing:
        print("missing: " + ", ".join(missing), file=sys.stderr)
        return 2
    scorer = gate._load("gw_score", gate.SHARED / "score.py")
    gold = __import__("json").loads(entry.gold.read_text(encoding="utf-8"))
    measures = entry.measures or MAIN_MEASURES
    print(f"{args.set:<16}" + "".join(f"{SHORT.get(m, m):>15}" for m in measures))
    base: dict[str, dict[str, float]] | None = None
    for layout in [None, *(args.layout or eval_layouts.LAYOUTS)]:
        corpus = gate.Corpus(entry.name, entry.folder, entry.gold, entry.split, measures=entry.measures,
                             layout=layout)
        scores = gate.score_parts(corpus, eval_layouts.regold(gold, layout), gate.predict(corpus), scorer,
                                  gate.splitter())
        print(_row(layout or "as written", scores, measures, base), flush=True)
        base = base or scores
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
