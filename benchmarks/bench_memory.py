"""Peak memory (RSS) of the embedded run as the input grows: ``groundwatch run`` over N articles.

Usage::

    .venv/bin/python benchmarks/bench_memory.py [--sizes 1000,2000,5000] [--work DIR] [--db-in DB ...]

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
from pathlib import Path

from bench_link import _cipher

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,2000,5000")
    parser.add_argument("--work", type=Path, default=Path("/tmp/groundwatch-bench-memory"))
    parser.add_argument("--db-in", type=Path, action="append", help="stores to clone (default: bench_link's pool)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
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


if __name__ == "__main__":
    sys.exit(main())
