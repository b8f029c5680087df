"""Peak memory (RSS) of the output phase of a run (facts.json, report.md, report.html) as the store grows.

Usage::

    .venv/bin/python benchmarks/bench_outputs.py STORE.db [STORE.db ...] [--work DIR] [--fake-encoder] [--report-only]

Each store (e.g. the linked stores ``bench_link.py`` clones: ``linked-8.db`` holds 512 articles,
``linked-79.db`` 5,056) is copied to ``--work`` and its outputs are written by a fresh process that
has first loaded and used spaCy and MiniLM, as ``groundwatch run`` has when its output phase
begins (and, where the code has it, ``pipeline.release_analysis_memory()`` as ``run`` calls it).
Prints, per store, the articles, the resident set before the outputs and its peak while they are
written (``VmHWM``, reset through ``/proc/self/clear_refs`` when they begin), the seconds, and the
growth of the peak in MB per 1,000 articles between stores. A whole ``bench_memory.py`` run of
1,000 articles takes an hour on the shared machine; this isolates the phase the outputs own.

``--fake-encoder`` replaces MiniLM's ``encode`` by unit vectors drawn from a hash of each text
(same shape and dtype, so the embedding cache and the views weigh the same): the report embeds
every undecided sentence of the store, which is most of the phase's time and none of its memory
beyond that cache. The outputs then differ from a real run's (section choices); only memory is
measured.

``--report-only`` writes report.md and report.html alone (what the report phase of a run costs after
facts.json); the CPU seconds of the phase are printed beside its wall seconds (the machine is shared).
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

_CHILD = r"""
import hashlib, sys, time
from pathlib import Path

def kb(key):
    line = next(x for x in Path("/proc/self/status").read_text().splitlines() if x.startswith(key))
    return int(line.split()[1])

from groundwatch import api, nlp
from groundwatch.settings import Settings
from groundwatch.stages import embedding

model = nlp.load(Settings.load().model)
list(model.pipe(["The ministry said 40 people were killed on Sunday in the northern town."] * 64))
embedding.embed([f"sentence number {i} about a flood" for i in range(200)])
if sys.argv[3] == "fake":
    import numpy as np

    class Fake:
        def encode(self, texts, **kw):
            out = np.empty((len(texts), 384), dtype=np.float32)
            for i, t in enumerate(texts):
                seed = int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little")
                v = np.random.default_rng(seed).standard_normal(384).astype(np.float32)
                out[i] = v / np.linalg.norm(v)
            return out

    embedding._model = lambda: Fake()
from groundwatch import pipeline

if hasattr(pipeline, "release_analysis_memory"):  # what `groundwatch run` does before its outputs
    pipeline.release_analysis_memory()
before = kb("VmRSS:")
try:  # reset the peak to the current RSS, so the peak read below is the outputs' own
    Path("/proc/self/clear_refs").write_text("5")
except OSError:
    pass
started, cpu = time.perf_counter(), time.process_time()
if sys.argv[4] == "report":  # report.md and report.html only, as `groundwatch report` writes them after facts.json
    from groundwatch.stages import report_stream
    from groundwatch.store.sqlite import Store

    Path(sys.argv[2]).mkdir(parents=True, exist_ok=True)
    report_stream.write(Store.open(sys.argv[1]), Path(sys.argv[2]))
else:
    api.write_outputs(sys.argv[1], sys.argv[2])
print(before, kb("VmHWM:"), time.perf_counter() - started, time.process_time() - cpu)
"""


def measure(db: Path, work: Path, fake: bool, report_only: bool = False) -> tuple[int, float, float, float, float]:
    """(articles, RSS MB before the outputs, peak RSS MB, seconds, CPU seconds) of writing the outputs of a
    copy of ``db`` (``report_only``: report.md and report.html, not facts.json)."""
    copy = work / db.name
    shutil.copyfile(db, copy)
    with sqlite3.connect(copy) as conn:
        articles = conn.execute("SELECT COUNT(*) FROM articles WHERE status != 'rejected'").fetchone()[0]
    done = subprocess.run([sys.executable, "-c", _CHILD, str(copy), str(work / f"{db.stem}-out"),
                           "fake" if fake else "real", "report" if report_only else "all"],
                          check=True, capture_output=True, text=True)
    before, peak, seconds, cpu = done.stdout.split()[-4:]
    return articles, int(before) / 1024, int(peak) / 1024, float(seconds), float(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("stores", nargs="+", type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/groundwatch-bench-outputs"))
    parser.add_argument("--fake-encoder", action="store_true")
    parser.add_argument("--report-only", action="store_true",
                        help="write report.md and report.html only (not facts.json): the report's time and CPU")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results = []
    for db in args.stores:
        articles, before, peak, seconds, cpu = measure(db, args.work, args.fake_encoder, args.report_only)
        results.append((articles, peak))
        print(f"{db.name}: {articles} articles, RSS {before:.0f} MB before the outputs, peak {peak:.0f} MB "
              f"(+{peak - before:.0f}), {seconds:.0f}s, {cpu:.1f}s CPU", flush=True)
    for (n1, m1), (n2, m2) in itertools.pairwise(sorted(results)):
        if n2 > n1:
            print(f"growth {n1} -> {n2}: {(m2 - m1) / (n2 - n1) * 1000:+.0f} MB per 1,000 articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
