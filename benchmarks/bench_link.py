"""Incremental linking: the cost of linking 10 new articles into stores of 500 and 5,000 (issue 12).

A pool of real articles is analysed once (the example corpus and, when present, the dev sets in
../shared/eval/dev; cached in --work). Each store size is then filled by cloning the pool's
analysed rows: every clone gets its own id, its dates moved by more than a year per generation, and every
other word of its text enciphered letter by letter (same length, so every stored span still points at its
words) so that clones neither copy one another nor look like one story. Each store is linked in
full once (its baseline picture), then 10 more clones arrive and are linked: that incremental
link is what is timed, with its peak Python memory (tracemalloc). Prints the seconds per size and
the ratio of the largest to the smallest (goal: about 1), and the full relink of the largest
store for comparison with --full.

    .venv/bin/python benchmarks/bench_link.py [--sizes 500,5000] [--new 10] [--work DIR] [--full]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import sqlite3
import string
import sys
import time
import tracemalloc
from pathlib import Path

from groundwatch import pipeline
from groundwatch.settings import Settings
from groundwatch.store.sqlite import Store

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "eval" / "dev"
_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WORD = re.compile(r"[A-Za-z]{4,}")
#: Weeks between one generation of clones and the next: over a year, so that the story stage's
#: date penalty (stages/stories.py, full at 107 days past its grace) keeps them apart and the
#: stories stay the size they are in the pool however big the store grows. Three weeks let the
#: clones pile into stories of 60 (measured), timing the reconciliation of ever larger stories.
WEEKS_APART = 60


def _pool(work: Path) -> Path:
    db = work / "pool.db"
    if db.exists():
        return db
    inputs = [REPO / "examples", *(DEV / c for c in ("karabakh-2023", "crises-2023") if (DEV / c).is_dir())]
    store = Store.open(work / "pool.tmp.db")
    for path in inputs:  # each folder's manifest.json is read with it
        pipeline.run([path], store=store)
    store.close()
    (work / "pool.tmp.db").rename(db)
    return db


def _cipher(text: str, seed: int) -> str:
    # A letter substitution of its own per clone, on about every other word: no two clones share
    # a 3-word shingle, so they are not copies of one another (a shared shift made every
    # generation a copy of the last, and copies are joined into one story).
    rng = random.Random(seed)
    letters = list(string.ascii_lowercase)
    rng.shuffle(letters)
    table = str.maketrans(string.ascii_lowercase + string.ascii_uppercase, "".join(letters) * 2)

    def sub(m: re.Match[str]) -> str:
        return m.group(0) if (m.start() // 7) % 2 else m.group(0).translate(table)
    return _WORD.sub(sub, text)


def _shift_dates(text: str, weeks: int) -> str:
    def shift(m: re.Match[str]) -> str:
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return m.group(0)
        return (day + dt.timedelta(weeks=weeks)).isoformat()
    return _DATE.sub(shift, text)


def _clone(pool: sqlite3.Connection, into: sqlite3.Connection, n: int, start: int) -> None:
    """Add clones ``start`` .. ``start + n - 1`` of the pool's analysed articles to ``into``."""
    articles = pool.execute("SELECT * FROM articles WHERE status = 'analysed' ORDER BY id").fetchall()
    cols = [d[0] for d in pool.execute("SELECT * FROM articles LIMIT 0").description]
    facts = {}
    for f in pool.execute('SELECT article_id, type, seq, sentence_index, start, "end", sentence, data FROM facts'):
        facts.setdefault(f[0], []).append(f)
    for i in range(start, start + n):
        row = dict(zip(cols, articles[i % len(articles)], strict=True))
        weeks = WEEKS_APART * (i // len(articles) + 1)
        old = row["id"]
        row.update(id=f"clone{i:05d}-{old}", story_id=None, linked=0,
                   clean_text=_cipher(row["clean_text"] or "", i),
                   body=_cipher(row["body"], i), content_hash=f"clone{i}",
                   published=_shift_dates(row["published"] or "", weeks) or None)
        into.execute(f"INSERT INTO articles({','.join(row)}) VALUES ({','.join('?' * len(row))})", list(row.values()))
        into.executemany('INSERT INTO facts(article_id, type, seq, sentence_index, start, "end", sentence, data)'
                         " VALUES (?,?,?,?,?,?,?,?)",
                         [(row["id"], t, seq, si, s, e, sent, _shift_dates(data, weeks))
                          for _aid, t, seq, si, s, e, sent, data in facts.get(old, [])])
    into.commit()


def _timed_link(store: Store, settings: Settings, full: bool = False) -> tuple[float, float]:
    tracemalloc.start()
    started = time.perf_counter()
    pipeline.link(store, settings, full=full)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="500,5000")
    parser.add_argument("--new", type=int, default=10)
    parser.add_argument("--work", type=Path, default=Path("/tmp/groundwatch-bench-link"))
    parser.add_argument("--full", action="store_true", help="also time a full relink of the largest store")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    settings = Settings.load()
    pool = sqlite3.connect(_pool(args.work))
    results: dict[int, tuple[float, float]] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        db = args.work / f"store-{size}.db"
        if not db.exists():
            store = Store.open(args.work / "building.db")
            _clone(pool, store.conn, size, 0)
            seconds, _ = _timed_link(store, settings, full=True)
            store.close()
            (args.work / "building.db").rename(db)
            print(f"built a store of {size} articles (full link {seconds:.1f}s)", file=sys.stderr)
        shutil.copy(db, args.work / "run.db")
        store = Store.open(args.work / "run.db")
        _clone(pool, store.conn, args.new, size)
        results[size] = _timed_link(store, settings)
        print(f"{args.new} new articles into {size}: {results[size][0]:.2f}s, peak {results[size][1]:.0f} MiB")
        if args.full and size == max(int(s) for s in args.sizes.split(",")):
            seconds, peak = _timed_link(store, settings, full=True)
            print(f"full relink of {size + args.new}: {seconds:.1f}s, peak {peak:.0f} MiB")
        store.close()
    small, large = min(results), max(results)
    print(f"ratio {large} / {small}: {results[large][0] / results[small][0]:.2f}x")


if __name__ == "__main__":
    main()
