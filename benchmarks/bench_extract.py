"""How much the registered extractors cost on top of spaCy's own parse.

Usage::

    .venv/bin/python benchmarks/bench_extract.py [CORPUS_DIR ...] [--repeat R] [--copies K]

Default corpora: ``examples/`` and ``../shared/eval/dev/karabakh-2023`` when present. The
texts are read and cleaned as the pipeline does (``iter_inputs`` then ``clean``, English only),
the spaCy pipeline is loaded once, and then, in the same process:

(a) bare ``nlp.pipe`` over the clean texts, and
(b) ``nlp.pipe`` plus every configured extractor (``extract.plan(Settings.load().extractors)``
    and ``extract.analyse``),

each run ``R`` times (median reported). Memory is measured in separate passes, because
tracemalloc slows every allocation: the tracemalloc peak of Python allocations during (a) and
(b), and the process's peak RSS (``getrusage``; it never goes down, so it is read after each).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = (REPO / "examples", REPO.parent / "shared" / "eval" / "dev" / "karabakh-2023")


def max_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports kilobytes)."""
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


def load_clean_texts(corpora: Sequence[Path]) -> list[Any]:
    """Every English article of ``corpora``, cleaned as the pipeline cleans a batch."""
    from groundwatch.records import Article
    from groundwatch.settings import Settings
    from groundwatch.stages.clean import CorpusStats, clean
    from groundwatch.stages.ingest import iter_inputs

    languages = Settings.load().analyse_languages
    articles = [a for a in iter_inputs(list(corpora)) if isinstance(a, Article)]
    stats = CorpusStats.from_bodies(a.body for a in articles)
    cleaned = [clean(a, stats) for a in articles]
    return [c for c in cleaned if c.text.strip() and (c.language or "unknown") in languages]


def timed(fn: Callable[[], int], repeat: int) -> tuple[list[float], int]:
    times, n = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - start)
    return times, n


def traced_peak_mb(fn: Callable[[], int]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("corpora", nargs="*", type=Path, help="corpus folders (default: examples/ and dev)")
    parser.add_argument("--repeat", "-r", type=int, default=3, help="timed runs of each measure (default 3)")
    parser.add_argument("--copies", "-k", type=int, default=1,
                        help="process the texts K times per run, for steadier numbers on small corpora")
    args = parser.parse_args(argv)

    from groundwatch import nlp as gw_nlp
    from groundwatch.settings import Settings
    from groundwatch.stages import extract

    corpora = args.corpora or [p for p in DEFAULT_CORPORA if p.is_dir()]
    settings = Settings.load()
    start = time.perf_counter()
    cleaned = load_clean_texts(corpora) * args.copies
    texts = [c.text for c in cleaned]
    prep = time.perf_counter() - start
    if not texts:
        print("no English articles found in", ", ".join(map(str, corpora)), file=sys.stderr)
        return 1
    start = time.perf_counter()
    nlp = gw_nlp.load(settings.model)
    extractors = extract.plan(settings.extractors)
    load_s = time.perf_counter() - start
    rss_loaded = max_rss_mb()

    def bare() -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=settings.batch_size))

    def full() -> int:
        n = 0
        for c, doc in zip(cleaned, nlp.pipe(texts, batch_size=settings.batch_size), strict=True):
            extract.analyse(c, doc, extractors)
            n += 1
        return n

    # Warm-up: extractors load their lexicons, gazetteers and date parser on first use.
    extract.analyse(cleaned[0], nlp(texts[0]), extractors)
    bare_times, n = timed(bare, args.repeat)
    rss_bare = max_rss_mb()
    full_times, _ = timed(full, args.repeat)
    rss_full = max_rss_mb()
    peak_bare, peak_full = traced_peak_mb(bare), traced_peak_mb(full)

    bare_s, full_s = statistics.median(bare_times), statistics.median(full_times)
    chars = sum(len(t) for t in texts)
    print(f"corpora: {', '.join(str(p) for p in corpora)}")
    print(f"articles: {n} ({chars:,} clean characters; texts repeated {args.copies}x), "
          f"repeat {args.repeat}, batch_size {settings.batch_size}, model {settings.model}")
    print(f"read+clean: {prep:.2f}s   model+extractors load: {load_s:.2f}s   (not timed below)")
    print(f"(a) nlp.pipe only        : {n / bare_s:7.2f} articles/s  median {bare_s:.2f}s  "
          f"runs {', '.join(f'{t:.2f}' for t in bare_times)}")
    print(f"(b) nlp.pipe + extractors: {n / full_s:7.2f} articles/s  median {full_s:.2f}s  "
          f"runs {', '.join(f'{t:.2f}' for t in full_times)}")
    print(f"ratio time (b)/(a): {full_s / bare_s:.2f}  (extractors add {full_s - bare_s:.2f}s, "
          f"{(full_s - bare_s) / n * 1000:.0f} ms/article)")
    print(f"tracemalloc peak (Python allocations): (a) {peak_bare:.1f} MB   (b) {peak_full:.1f} MB")
    print(f"max RSS: after load {rss_loaded:.0f} MB   after (a) {rss_bare:.0f} MB   "
          f"after (b) {rss_full:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
