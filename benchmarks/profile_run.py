"""cProfile of one warm ``groundwatch.run`` (models loaded by a cold run first), on the CPU clock.

Usage::

    .venv/bin/python benchmarks/profile_run.py [CORPUS_DIR ...] [--out FILE.prof] [--top N]

Default corpora as ``bench_pipeline.py``. The cold run goes into a throwaway store; the parse and
embedding caches are emptied before the profiled run, as ``bench_pipeline.py`` does, so it computes
what a new batch would. Prints our own functions (``groundwatch``) by cumulative and by own time, and
the regex and spaCy calls by own time with the groundwatch function that made most of them.

Read it with care: the profiler about doubles the time of Python-heavy code, and counts every step of
a Cython generator as a call (iterating a Doc shows ~2.7 us a token under it, 0.07 us without), while
time inside one C call (a regex's scan, ONNX Runtime) is not inflated. Confirm a hotspot by timing it
alone before cutting it.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench_extract import DEFAULT_CORPORA
from bench_pipeline import clear_caches


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("corpora", nargs="*", type=Path, help="corpus folders (default: examples/ and dev)")
    parser.add_argument("--out", type=Path, help="also write the raw profile here (for pstats or snakeviz)")
    parser.add_argument("--top", type=int, default=30, help="rows per table (default 30)")
    args = parser.parse_args(argv)
    corpora = args.corpora or [p for p in DEFAULT_CORPORA if p.is_dir()]

    import groundwatch

    with tempfile.TemporaryDirectory(prefix="gw-profile-") as tmp:
        groundwatch.run(corpora, db=Path(tmp) / "cold.db", out=Path(tmp) / "cold").store.close()
        clear_caches()
        profile = cProfile.Profile(time.process_time)
        cpu = time.process_time()
        profile.enable()
        report = groundwatch.run(corpora, db=Path(tmp) / "warm.db", out=Path(tmp) / "warm")
        profile.disable()
        cpu = time.process_time() - cpu
        report.store.close()
    print(f"warm run under the profiler: {cpu:.2f}s CPU, {report.summary.analysed} articles analysed")
    if args.out:
        profile.dump_stats(str(args.out))
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats("groundwatch", args.top)
    stats.sort_stats("tottime").print_stats("groundwatch", args.top)
    print(hot_builtins(stats, args.top))
    return 0


def hot_builtins(stats: pstats.Stats, top: int) -> str:
    """Regex methods and spaCy's Cython functions by own time, each with its heaviest groundwatch caller."""
    rows = []
    for (path, line, name), (_cc, calls, own, _cum, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if not ("re.Pattern" in name or "spacy" in path):
            continue
        ours = [(c_own, f"{c[0].split('groundwatch/')[-1]}:{c[1]} {c[2]}")
                for c, (_, _, c_own, _) in callers.items() if "groundwatch" in c[0]]
        caller = max(ours)[1] if ours else "-"
        rows.append((own, calls, f"{path.split('site-packages/')[-1]}:{line} {name}", caller))
    rows.sort(reverse=True)
    lines = ["own s     calls  function  <- heaviest groundwatch caller"]
    lines += [f"{own:6.3f} {calls:9d}  {fn}  <- {caller}" for own, calls, fn, caller in rows[:top]]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
