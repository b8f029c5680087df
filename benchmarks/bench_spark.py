"""The Spark engine's analysis throughput: local[1] vs local[2] on the same articles (issue 12).

Ingests the corpora into a temporary store on the driver, then times ``job.analyse_on_spark``
(clean + extract, one task per input file) on a fresh session per master: a cold pass (each
Python worker loads spaCy and the extractors' models) and warm passes (workers reused). Prints
articles/s per master, the scaling ratio local[2]/local[1], articles per executor-core per hour,
and the peak memory of the Python workers: each task samples its worker's peak RSS
(``resource.getrusage``) and the largest comes back through a max accumulator (job.PEAK_RSS). In
local mode an executor core is one Python worker, so this is the memory one executor core needs
beyond the JVM; an executor with N cores runs N such workers.

    .venv/bin/python benchmarks/bench_spark.py [CORPUS_DIR ...] [-r REPEATS]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from groundwatch import pipeline
from groundwatch.settings import Settings
from groundwatch.spark import job
from groundwatch.spark.session import get_session
from groundwatch.store.sqlite import Store

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", default=[str(REPO / "examples")])
    parser.add_argument("-r", "--repeats", type=int, default=2, help="warm passes per master")
    parser.add_argument("--masters", default="local[1],local[2]")
    args = parser.parse_args()
    settings = Settings.load()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        pipeline.ingest(store, store.begin_run(args.corpora), args.corpora, None, Counter())
        articles = store.pending()
        bodies = list(store.bodies())
    print(f"{len(articles)} articles from {len(job.by_file(articles))} files", file=sys.stderr)
    speeds: dict[str, float] = {}
    for master in args.masters.split(","):
        spark = get_session(master, app_name=f"bench-{master}")
        times = []
        peak = 0
        for i in range(args.repeats + 1):
            started = time.perf_counter()
            outcomes, counted = job.analyse_on_spark(spark, articles, bodies, settings)
            times.append(time.perf_counter() - started)
            peak = max(peak, counted.get(job.PEAK_RSS, 0))
            print(f"{master} pass {i} ({'cold' if i == 0 else 'warm'}): {times[-1]:.1f}s, "
                  f"{len(outcomes)} outcomes", file=sys.stderr)
        spark.stop()
        warm = statistics.median(times[1:])
        speeds[master] = len(articles) / warm
        print(f"{master}: cold {times[0]:.1f}s, warm median {warm:.1f}s = {speeds[master]:.2f} articles/s; "
              f"peak Python worker RSS {peak} MiB")
    if "local[1]" in speeds:
        print(f"articles per executor-core per hour (local[1], warm): {speeds['local[1]'] * 3600:,.0f}")
    if "local[1]" in speeds and "local[2]" in speeds:
        print(f"scaling local[2]/local[1]: {speeds['local[2]'] / speeds['local[1]']:.2f}x")


if __name__ == "__main__":
    main()
