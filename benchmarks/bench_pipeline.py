"""The whole job, ``groundwatch.run``, timed end to end and by stage.

Usage::

    .venv/bin/python benchmarks/bench_pipeline.py [CORPUS_DIR ...] [--repeat R]

Default corpora: ``examples/`` and ``../shared/eval/dev/karabakh-2023`` when present. Each run
goes into a fresh temporary database and output folder. The first run is cold (it loads spaCy
and the story-embedding model); the later ones reuse the models cached in the process, as a
long-lived server or a second batch would; the parse and embedding caches are emptied before
every run unless ``--keep-caches`` (a re-run of the same articles in one process finds them all).
Stage times come from wrapping the runner's phases (``pipeline.ingest``, ``analyse_pending``,
``link``) and the output writer (``api._write``).

Then, in the same process, bare spaCy (``nlp.pipe`` with the same model and batch size over the
same clean texts) is timed as often, and the ratio of the whole pipeline's articles/s to bare
spaCy's is printed (issue 12's goal: at least 0.5), from wall time and from CPU time (the
process's own seconds: steadier than wall time when other jobs share the cores).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench_extract import DEFAULT_CORPORA, max_rss_mb

#: (label, module, function): the runner's phases, then the parts of ``link`` (which overlap it).
PHASES = (("ingest", "groundwatch.pipeline", "ingest"),
          ("analyse", "groundwatch.pipeline", "analyse_pending"),
          ("link", "groundwatch.pipeline", "link"),
          ("outputs", "groundwatch.api", "_write"))
LINK_PARTS = (("stories", "groundwatch.stages.stories", "assign_stories"),
              ("copies", "groundwatch.stages.dedupe", "copies_and_keys"),
              ("reconcile", "groundwatch.stages.reconcile", "reconcile"))
#: The two models' calls outside the article parse, wherever the run calls them (a stage that imported the
#: function by name is wrapped too): MiniLM's forward passes (link and report) and the sentence re-parses of
#: reconcile and the events stage. They overlap the phases above; the rest of a phase is our own code.
MODEL_PARTS = (("MiniLM", "groundwatch.stages.embedding", "_encode"),
               ("sentence parses", "groundwatch.stages.reconcile.common", "prime"))
#: The model parts' CPU is their own thread's (``time.thread_time``): were MiniLM run in a thread of its own
#: beside the parse (tried in session twenty-two, see README.md), the process's clock would give each part the
#: other's seconds too. On one thread both clocks agree.


def instrument(clock: dict[str, float]) -> None:
    """Wrap each phase function so its wall time adds up in ``clock`` and its CPU time (the process's)
    under ``"cpu " + label`` (the runner looks them up by name)."""
    import importlib

    for label, module_name, attr in PHASES + LINK_PARTS + MODEL_PARTS:
        module = importlib.import_module(module_name)
        original = getattr(module, attr)
        cpu_clock = time.thread_time if (label, module_name, attr) in MODEL_PARTS else time.process_time

        def wrapped(*args: Any, _fn: Callable[..., Any] = original, _label: str = label,
                    _cpu: Callable[[], float] = cpu_clock, **kwargs: Any) -> Any:
            start, cpu = time.perf_counter(), _cpu()
            try:
                return _fn(*args, **kwargs)
            finally:
                clock[_label] += time.perf_counter() - start
                clock["cpu " + _label] += _cpu() - cpu

        setattr(module, attr, wrapped)
        if (label, module_name, attr) in MODEL_PARTS:
            for other in _modules_binding(original, attr):
                setattr(other, attr, wrapped)


#: Label of every ``Language.pipe`` call's own time (the article parse, the sentence re-parses and any
#: other batch the run parses): only the time spent inside the generator, not the caller's work between
#: two Docs (the analysis extracts each article while the parse goes on).
SPACY = "spaCy pipe"


@contextmanager
def spacy_clock(clock: dict[str, float]) -> Iterator[None]:
    """Within the block, every ``Language.pipe`` adds its wall and CPU time to ``clock[SPACY]``; restored
    after, so bare spaCy is timed without the wrapper."""
    from spacy.language import Language

    original = Language.pipe

    def pipe(self: Any, texts: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        docs = original(self, texts, *args, **kwargs)
        while True:
            start, cpu = time.perf_counter(), time.thread_time()
            try:
                doc = next(docs)
            except StopIteration:
                return
            finally:
                clock[SPACY] += time.perf_counter() - start
                clock["cpu " + SPACY] += time.thread_time() - cpu
            yield doc

    Language.pipe = pipe  # type: ignore[method-assign]
    try:
        yield
    finally:
        Language.pipe = original  # type: ignore[method-assign]


def _modules_binding(function: Any, attr: str) -> list[Any]:
    """The groundwatch modules (stages and their users) that imported ``function`` under ``attr``."""
    import importlib
    import pkgutil

    import groundwatch

    for info in pkgutil.walk_packages(groundwatch.__path__, "groundwatch."):
        if ".stages." in info.name or info.name in ("groundwatch.pipeline", "groundwatch.linking"):
            try:
                importlib.import_module(info.name)
            except ImportError:  # an optional extra (Spark) not installed
                continue
    return [m for name, m in list(sys.modules.items())
            if name.startswith("groundwatch.") and getattr(m, attr, None) is function]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("corpora", nargs="*", type=Path, help="corpus folders (default: examples/ and dev)")
    parser.add_argument("--repeat", "-r", type=int, default=3, help="runs, the first one cold (default 3)")
    parser.add_argument("--keep-caches", action="store_true",
                        help="keep the process's parse and embedding caches between runs (a warm run then "
                             "re-embeds and re-parses nothing the previous run did; default: cleared)")
    parser.add_argument("--alone", action="store_true",
                        help="parse every sentence the link asks for alone (doc_cache.SERVED_ASKERS emptied), "
                             "not from its article's Doc")
    parser.add_argument("--bare-processes", type=int, default=1,
                        help="bare spaCy's nlp.pipe n_process (2: both cores, for a reader to judge a run that "
                             "uses the second core for MiniLM; its CPU then counts this process only)")
    args = parser.parse_args(argv)
    corpora = args.corpora or [p for p in DEFAULT_CORPORA if p.is_dir()]
    if args.alone:
        from groundwatch.stages.extract import doc_cache

        doc_cache.SERVED_ASKERS = frozenset()

    import groundwatch

    clock: dict[str, float] = defaultdict(float)
    instrument(clock)
    rows = []
    for i in range(args.repeat):
        clock.clear()
        if not args.keep_caches:
            clear_caches()
        with tempfile.TemporaryDirectory(prefix="gw-bench-") as tmp:
            start, cpu = time.perf_counter(), time.process_time()
            with spacy_clock(clock):
                report = groundwatch.run(corpora, db=Path(tmp) / "gw.db", out=Path(tmp) / "out")
            total, cpu = time.perf_counter() - start, time.process_time() - cpu
            report.store.close()
        s = report.summary
        rows.append({"total": total, "cpu": cpu, **clock, "analysed": s.analysed, "read": s.read,
                     "rejected": s.rejected, "rss": max_rss_mb()})
        phases = "  ".join(f"{label} {clock[label]:.2f}s" for label, _, _ in PHASES)
        phases += " | link: " + "  ".join(f"{label} {clock[label]:.2f}s" for label, _, _ in LINK_PARTS)
        phases += " | models: " + "  ".join(f"{label} {clock[label]:.2f}s" for label, _, _ in MODEL_PARTS)
        print(f"run {i + 1} ({'cold' if i == 0 else 'warm'}): {total:.2f}s  "
              f"{s.analysed / total:.2f} articles/s  "
              f"[{phases}]  read {s.read}, analysed {s.analysed}, not analysed {s.not_analysed}, "
              f"rejected {s.rejected}; max RSS {rows[-1]['rss']:.0f} MB")
    print(f"corpora: {', '.join(str(p) for p in corpora)}")
    warm = rows[1:] or rows
    keys = ("total", "cpu", *(f"{p}{label}" for label in (*(lb for lb, _, _ in PHASES + LINK_PARTS + MODEL_PARTS),
                                                          SPACY)
                              for p in ("", "cpu ")))
    # A phase that never ran in a run (no copy candidates) has no clock entry: it took 0 s.
    median = {k: statistics.median(r.get(k, 0.0) for r in warm) for k in keys}
    n = rows[0]["analysed"]
    print(f"cold: {rows[0]['total']:.2f}s = {n / rows[0]['total']:.2f} articles/s (includes model loading)")
    print(f"warm median of {len(warm)}: {median['total']:.2f}s = {n / median['total']:.2f} articles/s; "
          + ", ".join(f"{label} {median[label]:.2f}s ({median[label] / median['total']:.0%})"
                      for label, _, _ in PHASES)
          + "; within link: " + ", ".join(f"{label} {median[label]:.2f}s" for label, _, _ in LINK_PARTS))
    # CPU is the steadier measure on shared cores (other jobs stretch wall time, not this process's CPU).
    print(f"warm median CPU: {median['cpu']:.2f}s; "
          + ", ".join(f"{label} {median['cpu ' + label]:.2f}s" for label, _, _ in PHASES + LINK_PARTS)
          + "; models outside the article parse: "
          + ", ".join(f"{label} {median['cpu ' + label]:.2f}s" for label, _, _ in MODEL_PARTS))
    print(f"peak RSS: {max(r['rss'] for r in rows):.0f} MB")
    bare_wall, bare_cpu, texts = bare_spacy(corpora, len(warm), args.bare_processes)
    cpu = statistics.median(r["cpu"] for r in warm)
    print(f"bare spaCy nlp.pipe (n_process={args.bare_processes}) over the same {texts} clean texts: "
          f"{bare_wall:.2f}s wall, {bare_cpu:.2f}s CPU")
    print(f"ratio whole pipeline / bare spaCy (articles/s, warm): wall {bare_wall / median['total']:.2f}  "
          f"CPU {bare_cpu / cpu:.2f}  (goal >= 0.5)")
    print(split_line(warm, bare_cpu))
    return 0


def split_line(warm: Sequence[dict[str, Any]], bare_cpu: float) -> str:
    """The warm run's CPU as the two models and the rest (our own code), per run then medians, and the
    ratio the run would reach if the rest cost nothing: how far removing waste alone can take it."""
    models = [r.get("cpu " + SPACY, 0.0) + r.get("cpu MiniLM", 0.0) for r in warm]
    rest = [r["cpu"] - m for r, m in zip(warm, models, strict=True)]
    spacy_cpu = statistics.median(r.get("cpu " + SPACY, 0.0) for r in warm)
    reparse = statistics.median(r.get("cpu sentence parses", 0.0) for r in warm)
    minilm = statistics.median(r.get("cpu MiniLM", 0.0) for r in warm)
    return (f"warm CPU split (medians): spaCy {spacy_cpu:.2f}s (article parse {spacy_cpu - reparse:.2f}s, "
            f"sentence re-parses {reparse:.2f}s), MiniLM {minilm:.2f}s, "
            f"the rest (our own code) {statistics.median(rest):.2f}s; ratio CPU with the rest at 0 s: "
            f"{bare_cpu / statistics.median(models):.2f}")


def clear_caches() -> None:
    """Empty the per-process caches of sentence parses and embeddings, so a warm run (models loaded)
    computes what a new batch of articles would, not what the previous run left cached."""
    from groundwatch.stages import embedding
    from groundwatch.stages.reconcile import common

    embedding.clear_cache()
    common.clear_cache()


def bare_spacy(corpora: Sequence[Path], repeat: int, processes: int = 1) -> tuple[float, float, int]:
    """Median wall and CPU seconds of bare ``nlp.pipe`` (``n_process``) over the corpora's clean English texts."""
    from bench_extract import load_clean_texts

    from groundwatch import nlp as gw_nlp
    from groundwatch.settings import Settings

    settings = Settings.load()
    texts = [c.text for c in load_clean_texts(corpora)]
    nlp = gw_nlp.load(settings.model)
    walls, cpus = [], []
    for _ in range(max(1, repeat)):
        start, cpu = time.perf_counter(), time.process_time()
        for _doc in nlp.pipe(texts, batch_size=settings.batch_size, n_process=processes):
            pass
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), len(texts)


if __name__ == "__main__":
    sys.exit(main())
