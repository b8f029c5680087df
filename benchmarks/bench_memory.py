"""Peak memory (RSS) of the embedded run as the input grows: ``groundwatch run`` over N articles.

Usage::

    .venv/bin/python benchmarks/bench_memory.py [--sizes 1000,2000,5000] [--work DIR] [--db-in DB ...]
    .venv/bin/python benchmarks/bench_memory.py --link DB [DB ...] [--keep-vectors] [--work DIR]
    .venv/bin/python benchmarks/bench_memory.py --analyse DB --sizes 200,400 [--work DIR]

``--link``: the link phase alone, on a copy of each linked store with its picture cleared (stories,
copies, copy index, events, story index, every article unlinked; the ``vectors`` table emptied too
unless ``--keep-vectors``), so ``pipeline.link(full=True)`` relinks from scratch and encodes every
text again. ``--analyse``: the analyse phase alone over the first N analysed articles of a store,
set back to pending in a copy. Both run in a fresh process with spaCy and MiniLM loaded and used
first (as a run has them), reset the kernel's peak (``/proc/self/clear_refs``), and print the RSS
after each stage or batch and the phase's peak (``VmHWM``).

The N articles are clones of the analysed articles of a finished store (``--db-in``; by default
the pool that bench_link.py builds). Clone ``i`` belongs to generation ``g = i // pool size``: its
years are moved forward by ``g % YEAR_CYCLE`` (in its text, title and date), so generations are
separate events and the stories keep their pool sizes instead of piling up, and every word of 4+
letters of its text is enciphered with generation ``g``'s letter substitution (bench_link.py), so no generation
copies another. They are written as one JSON Lines file per size in ``--work``, then each size is
run in a fresh process (``python -m groundwatch.interfaces.cli run FILE --db --out``), whose
resident set size is sampled from ``/proc`` every ``SAMPLE_SECONDS`` (and read at the end from the
kernel's own accounting of the finished child). Prints seconds and peak RSS per size, and the
growth in MB per 1,000 articles between sizes (flat growth: memory does not follow the store).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import resource
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bench_link import _cipher

if TYPE_CHECKING:
    from groundwatch.records import Corpus
    from groundwatch.settings import Settings
    from groundwatch.stages.registry import Stage

#: Year offsets before the clones' years repeat: 60 keeps every year below 2100 for the dev
#: corpora (2023), inside what the date extractors read as a year.
YEAR_CYCLE = 60
#: Seconds between two RSS samples of the running process.
SAMPLE_SECONDS = 0.2
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
DEFAULT_POOL = Path("/tmp/groundwatch-bench-link/pool.db")


def write_clones(dbs: list[Path], size: int, out: Path) -> Path:
    """``size`` cloned articles of the analysed articles of ``dbs``, as one JSON Lines file."""
    rows = []
    for db in dbs:
        conn = sqlite3.connect(db)
        rows += conn.execute("SELECT id, title, outlet, published, clean_text FROM articles"
                             " WHERE status = 'analysed' ORDER BY id").fetchall()
    path = out / f"clones-{size}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(size):
            aid, title, outlet, published, text = rows[i % len(rows)]
            gen = i // len(rows)
            cipher = _cipher(gen)

            def shift(s: str | None, years: int = gen % YEAR_CYCLE) -> str | None:
                return None if s is None else _YEAR.sub(lambda m: str(int(m.group(0)) + years), s)
            f.write(json.dumps({"id": f"m{i:05d}-{aid}", "title": cipher(shift(title) or ""), "outlet": outlet,
                                "published": shift(published), "language": "en",
                                "text": cipher(shift(text) or "")}, ensure_ascii=False) + "\n")
    return path


def measure(inputs: Path, work: Path) -> tuple[float, float, float, int]:
    """(seconds, peak sampled RSS MB, the child's max RSS MB, exit code) of one ``run`` over ``inputs``."""
    db, out = work / f"{inputs.stem}.db", work / f"{inputs.stem}-out"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "groundwatch.interfaces.cli", "run", str(inputs), "--quiet",
                             "--db", str(db), "--out", str(out)], stdout=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        try:
            status = Path(f"/proc/{proc.pid}/status").read_text()
            peak = max(peak, int(next(x for x in status.splitlines() if x.startswith("VmRSS:")).split()[1]))
        except (OSError, StopIteration):
            pass
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - started
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kB on Linux: the largest child so far
    return seconds, peak / 1024, child / 1024, proc.returncode


def _rss() -> tuple[float, float]:
    """(current RSS, peak RSS since the last reset) of this process, in MB."""
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return int(status["VmRSS"].split()[0]) / 1024, int(status["VmHWM"].split()[0]) / 1024


def _warm_models() -> None:
    """Load and use spaCy and MiniLM as a run has them before its link, then reset the peak."""
    from groundwatch import nlp
    from groundwatch.settings import Settings
    from groundwatch.stages import embedding

    settings = Settings.load()
    list(nlp.load(settings.model).pipe(["A warm-up sentence about a river in a town."] * 32))
    embedding.prefetch([f"warm-up sentence number {i}" for i in range(64)])
    embedding._cache.clear()  # the warm-up's vectors are not the run's
    Path("/proc/self/clear_refs").write_text("5")


def _copy_store(db: Path, work: Path, name: str) -> Path:
    out = work / name
    out.unlink(missing_ok=True)
    src = sqlite3.connect(db)
    dst = sqlite3.connect(out)
    src.backup(dst)
    src.close()
    dst.close()
    return out


def _top(limit: int = 12) -> None:
    """The Python allocation sites holding the most memory now (with ``--trace``)."""
    import tracemalloc

    if not tracemalloc.is_tracing():
        return
    current, peak = tracemalloc.get_traced_memory()
    print(f"    tracemalloc: {current / 2**20:.0f} MiB held, peak {peak / 2**20:.0f} MiB", flush=True)
    stats = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    for stat in stats.statistics("lineno")[:limit]:
        frame = stat.traceback[0]
        print(f"    {stat.size / 2**20:7.1f} MiB {stat.count:8d} blocks  {frame.filename}:{frame.lineno}", flush=True)


def child_link(db: Path, work: Path, keep_vectors: bool, trace: bool = False) -> None:
    """One full relink from scratch of a copy of ``db``, RSS printed after each corpus stage."""
    from groundwatch import linking, pipeline
    from groundwatch.settings import Settings
    from groundwatch.stages.registry import checked
    from groundwatch.store.sqlite import Store

    copy = _copy_store(db, work, f"relink-{db.stem}.db")
    store = Store.open(copy)
    with store.transaction() as conn:
        conn.execute("UPDATE articles SET story_id = NULL, linked = 0")
        for table in ("stories", "copies", "copy_index", "events"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("DELETE FROM state WHERE key IN ('story_index', ?, ?)",
                     (linking.VERSIONS_KEY, linking.OVERRIDES_KEY))
        if not keep_vectors:
            conn.execute("DELETE FROM vectors")
    n = store.conn.execute("SELECT COUNT(*) FROM articles WHERE status = 'analysed'").fetchone()[0]
    _warm_models()
    print(f"{db.name}: {n} analysed articles; models loaded: RSS {_rss()[0]:.0f} MB", flush=True)
    if trace:
        import tracemalloc

        tracemalloc.start()
    started = time.perf_counter()

    def compute(corpus: Corpus, settings: Settings, stages: Sequence[Stage]) -> Corpus:
        print(f"  read {len(corpus.items)} articles: RSS {_rss()[0]:.0f} MB, peak {_rss()[1]:.0f} MB", flush=True)
        _top()
        for st in stages:
            t = time.perf_counter()
            corpus = checked(st, st.fn(corpus, settings))
            print(f"  {st.name}: {time.perf_counter() - t:.0f}s, RSS {_rss()[0]:.0f} MB, peak {_rss()[1]:.0f} MB",
                  flush=True)
            _top()
        return corpus

    stories, copies = pipeline.link(store, Settings.load(), full=True, compute=compute)
    rss, peak = _rss()
    print(f"{db.name}: link {time.perf_counter() - started:.0f}s, {stories} stories, {copies} copies; "
          f"RSS after {rss:.0f} MB, PEAK OF THE LINK {peak:.0f} MB", flush=True)


def child_analyse(db: Path, work: Path, size: int) -> None:
    """The analyse phase over the first ``size`` analysed articles of a copy of ``db``."""
    from collections import Counter

    from groundwatch import pipeline
    from groundwatch.settings import Settings
    from groundwatch.store.sqlite import Store

    copy = _copy_store(db, work, f"analyse-{size}-{db.stem}.db")
    store = Store.open(copy)
    with store.transaction() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE status = 'analysed' ORDER BY id LIMIT ?",
                                          (size,))]
        conn.execute("DELETE FROM facts")
        conn.execute(f"DELETE FROM articles WHERE id NOT IN ({','.join('?' * len(ids))})", ids)
        conn.execute("UPDATE articles SET status = 'ingested'")
    _warm_models()
    print(f"{db.name}: {len(ids)} articles to analyse; models loaded: RSS {_rss()[0]:.0f} MB", flush=True)
    run_id = store.begin_run([str(copy)])
    counts: Counter[str] = Counter()
    started, marks = time.perf_counter(), []

    def progress(items: Sequence[object], desc: str) -> object:
        for i, item in enumerate(items, 1):
            if i % 50 == 0:
                marks.append(_rss()[0])
                print(f"  {i} analysed: RSS {marks[-1]:.0f} MB, peak {_rss()[1]:.0f} MB", flush=True)
            yield item

    pipeline.analyse_pending(store, run_id, Settings.load(), counts, progress)
    rss, peak = _rss()
    print(f"{db.name}: analysed {counts['analysed']} in {time.perf_counter() - started:.0f}s; "
          f"RSS after {rss:.0f} MB, PEAK OF THE ANALYSIS {peak:.0f} MB", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,2000,5000")
    parser.add_argument("--link", type=Path, nargs="+", help="measure a full relink of copies of these stores")
    parser.add_argument("--analyse", type=Path, help="measure the analyse phase on the first N of this store")
    parser.add_argument("--keep-vectors", action="store_true")
    parser.add_argument("--trace", action="store_true", help="with --link: tracemalloc's top sites after each stage")
    parser.add_argument("--child", choices=("link", "analyse"), help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, default=Path("/tmp/groundwatch-bench-memory"))
    parser.add_argument("--db-in", type=Path, action="append", help="stores to clone (default: bench_link's pool)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.child == "link":
        child_link(args.link[0], args.work, args.keep_vectors, args.trace)
        return 0
    if args.child == "analyse":
        child_analyse(args.analyse, args.work, int(args.sizes))
        return 0
    if args.link or args.analyse:
        return _phases(args)
    dbs = args.db_in or [DEFAULT_POOL]
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        inputs = write_clones(dbs, size, args.work)
        seconds, peak, child, code = measure(inputs, args.work)
        results.append((size, peak))
        print(f"{size} articles: {seconds:.0f}s, {size / seconds:.2f} articles/s, peak RSS {peak:.0f} MB sampled "
              f"(max RSS of the children so far {child:.0f} MB), exit {code}", flush=True)
    for (n1, m1), (n2, m2) in itertools.pairwise(results):
        print(f"growth {n1} -> {n2}: {(m2 - m1) / (n2 - n1) * 1000:+.0f} MB per 1,000 articles")
    return 0


def _phases(args: argparse.Namespace) -> int:
    """Each store (``--link``) or size (``--analyse``) in its own fresh process, one after the other."""
    base = [sys.executable, __file__, "--work", str(args.work)] + (["--keep-vectors"] if args.keep_vectors else []) + (
        ["--trace"] if args.trace else [])
    sizes = args.sizes.split(",")
    runs = ([[*base, "--child", "link", "--link", str(db)] for db in args.link] if args.link else
            [[*base, "--child", "analyse", "--analyse", str(args.analyse), "--sizes", s] for s in sizes])
    for cmd in runs:
        code = subprocess.run(cmd, check=False).returncode
        if code:
            print(f"exit {code}: {' '.join(cmd)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
