"""``groundwatch run --engine spark``: the pipeline on Spark, reading, analysis and linking in tasks.

1. The driver lists the input files (spark/inputs.py: the local walk, reading no file) and
   distributes only that listing: one task per file (``parallelize(files, numSlices=len(files))``),
   and each task opens its own file (a local path, or any URL scheme fsspec knows) and reads it
   with the local engine's reader. The records come back to the driver, which owns the store:
   it stores them with the same Store methods (ids, content hashes, rejections as locally).
2. The read partitions stay cached on the executors; the articles the store says are pending are
   picked from them (a broadcast set of ids) and analysed where they were read, still one task per
   file, by :func:`groundwatch.pipeline.analyse_articles` (clean, then extract) in
   ``mapPartitions``. The spaCy pipeline and the extractors' models load lazily, once per Python
   worker (``nlp.load`` is cached per process and Spark reuses its workers). Outcomes, rejections
   included, come back as rows; one bad article never fails a task.
3. Linking runs the corpus stages' own functions on Spark (spark/linking.py: MinHash LSH bucket
   rows grouped per bucket for copies, the sequential story stage on the driver, a groupBy per
   story for re-dating, reconciliation and events); the driver stores the picture and writes the
   same outputs, plus Parquet tables (schema.py).

Resumable at file granularity: a file whose articles' content hashes are in the store is read but
not analysed again (``Store.put_article`` says ``unchanged`` and leaves its analysis), and a killed
job rerun analyses each remaining article once.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from groundwatch import api, pipeline
from groundwatch.records import Article, Rejection
from groundwatch.settings import Settings
from groundwatch.spark import inputs, linking, schema
from groundwatch.spark.inputs import InputFile
from groundwatch.stages.registry import checked
from groundwatch.store.sqlite import Store

log = logging.getLogger("groundwatch")

#: The accumulators every job keeps (what the local engine counts in its ``Counter``).
COUNTERS = ("read", "analysed", "not_analysed", "rejected:ingest", "rejected:clean", "rejected:extract")

#: The accumulator of the Python workers' peak memory (MiB), see :func:`counters_of`.
PEAK_RSS = "peak_worker_rss_mb"

_RECORD = re.compile(r"#\d+$")


def input_file(article: Article) -> str:
    """The file an article was read from (a WARC, feed or JSONL record's ``source`` ends in ``#n``)."""
    return _RECORD.sub("", article.source)


def by_file(articles: Iterable[Article]) -> list[tuple[str, list[Article]]]:
    """Articles grouped by input file, files in sorted order, articles in id order within each."""
    groups: dict[str, list[Article]] = {}
    for article in sorted(articles, key=lambda a: a.id):
        groups.setdefault(input_file(article), []).append(article)
    return sorted(groups.items())


def read_partition(files: Iterable[InputFile], *, manifest: str | None, counters: dict[str, Any]
                   ) -> Iterator[Article | Rejection]:
    """One task: read its input file (opened here, on the executor) with the local engine's reader."""
    from groundwatch.spark.accumulators import peak_rss_mb

    for item in files:
        for record in inputs.read_input(item, manifest):
            counters["read" if isinstance(record, Article) else "rejected:ingest"].add(1)
            yield record
    counters[PEAK_RSS].add(peak_rss_mb())


def analyse_partition(groups: Iterable[tuple[str, list[Article]]], *, stats: Any, settings: Settings,
                      counters: dict[str, Any]) -> Iterator[pipeline.Analysis]:
    """One task: clean and extract the articles of its input file(s), with the local engine's function."""
    yield from _analyse([a for _, items in groups for a in items], stats=stats, settings=settings,
                        counters=counters)


def analyse_read(records: Iterable[Article | Rejection], *, pending: Any, stats: Any, settings: Settings,
                 counters: dict[str, Any]) -> Iterator[pipeline.Analysis]:
    """One task: the pending articles among the records its file gave (read in this partition)."""
    wanted = pending.value
    articles = [r for r in records if isinstance(r, Article) and wanted.get(r.id) == r.source]
    yield from _analyse(sorted(articles, key=lambda a: a.id), stats=stats, settings=settings, counters=counters)


def _analyse(articles: Sequence[Article], *, stats: Any, settings: Settings, counters: dict[str, Any]
             ) -> Iterator[pipeline.Analysis]:
    from groundwatch.stages.clean import CorpusStats

    if not articles:
        return
    line_counts, n_articles = stats.value
    corpus_stats = CorpusStats(line_counts, n_articles)
    # The link runs on the driver, which never sees a worker's parses: keeping them only holds memory.
    for outcome in pipeline.analyse_articles(articles, corpus_stats, settings, keep_parses=False):
        key = outcome.status if outcome.status != "rejected" else f"rejected:{outcome.stage}"
        if key in counters:
            counters[key].add(1)
        yield outcome
    if PEAK_RSS in counters:
        from groundwatch.spark.accumulators import peak_rss_mb

        counters[PEAK_RSS].add(peak_rss_mb())


def read_on_spark(spark: Any, files: Sequence[InputFile], manifest: str | Path | None,
                  counters: dict[str, Any]) -> Any:
    """The records of ``files``, read in one task per file: a cached RDD (partition n: file n)."""
    task = partial(read_partition, manifest=str(manifest) if manifest is not None else None, counters=counters)
    return spark.sparkContext.parallelize(list(files), numSlices=max(1, len(files))).mapPartitions(task).cache()


def counters_of(spark: Any) -> dict[str, Any]:
    """One accumulator per name of :data:`COUNTERS`, and ``peak_worker_rss_mb`` (the largest peak RSS
    of a Python worker that read or analysed, sampled at the end of each of its tasks)."""
    from groundwatch.spark.accumulators import MaxParam

    sc = spark.sparkContext
    return {**{name: sc.accumulator(0) for name in COUNTERS}, PEAK_RSS: sc.accumulator(0, MaxParam())}


def analyse_on_spark(spark: Any, articles: Sequence[Article], bodies: Iterable[str], settings: Settings, *,
                     read: Any = None, counters: dict[str, Any] | None = None
                     ) -> tuple[list[pipeline.Analysis], dict[str, int]]:
    """Every article's :class:`~groundwatch.pipeline.Analysis`, computed on Spark, in the local order.

    ``bodies`` are the raw texts the corpus statistics are counted over (the whole store, as locally).
    ``read`` (from :func:`read_on_spark`): the articles it holds are analysed in the partitions that
    read them; only the others (pending from an earlier, killed run) are shipped from the driver.
    """
    from groundwatch.stages.clean import CorpusStats

    if not articles:
        return [], {}
    sc = spark.sparkContext
    stats = CorpusStats.from_bodies(bodies)
    stats_bc = sc.broadcast((dict(stats.line_counts), stats.n_articles))  # a mappingproxy does not pickle
    counters = counters if counters is not None else counters_of(spark)
    outcomes: list[pipeline.Analysis] = []
    shipped = list(articles)
    if read is not None:
        pending_bc = sc.broadcast({a.id: a.source for a in articles})
        there = read.mapPartitions(partial(analyse_read, pending=pending_bc, stats=stats_bc, settings=settings,
                                           counters=counters))
        outcomes.extend(there.collect())
        pending_bc.unpersist()
        done = {(o.article.id, o.article.source) for o in outcomes}
        shipped = [a for a in articles if (a.id, a.source) not in done]
    groups = by_file(shipped)
    if groups:
        task = partial(analyse_partition, stats=stats_bc, settings=settings, counters=counters)
        outcomes.extend(sc.parallelize(groups, numSlices=len(groups)).mapPartitions(task).collect())
    stats_bc.unpersist()
    # The local engine stores clean-stage verdicts first, then extractions, each in id order.
    outcomes.sort(key=lambda o: (o.status != "not_analysed" and o.stage != "clean", o.article.id))
    return outcomes, {name: int(acc.value) for name, acc in counters.items()}


def run(paths: Sequence[str | Path], *, manifest: str | Path | None = None, db: str | Path = "groundwatch.db",
        out: str | Path | None = "groundwatch-report", config: str | Path | None = None,
        master: str | None = "local[2]", parquet: str | Path | None = None) -> api.Report:
    """The main job on Spark; the same store and outputs as :func:`groundwatch.api.run`.

    Args:
        paths: files or folders, as for the local engine.
        manifest: optional manifest JSON.
        db: SQLite file (a file: the outputs are written from it).
        out: folder for facts.json, report.md and report.html (None: none), and ``parquet/``.
        config: optional TOML overriding ``defaults.toml``.
        master: Spark master (``local[N]``, a cluster URL, or None for spark-submit's).
        parquet: folder for the Parquet tables (default ``OUT/parquet``; None with ``out`` None: none).
    """
    from groundwatch.spark.session import get_session
    from groundwatch.stages.export import facts_document

    settings = Settings.load(config)
    store = Store.open(db)
    started = time.perf_counter()
    run_id = store.begin_run([str(p) for p in paths])
    counts: Counter[str] = Counter()
    files, problems = inputs.list_inputs(paths, manifest)
    target = parquet if parquet is not None else (Path(out) / "parquet" if out is not None else None)
    spark = get_session(master)
    counters = counters_of(spark)
    read = read_on_spark(spark, files, manifest, counters)
    ingest_st = next(st for st in pipeline.stages("article") if st.name == "ingest")
    for record in [*problems, *settle_ids(read.collect())]:
        pipeline.store_item(store, run_id, checked(ingest_st, record), counts)
    pending = store.pending()
    if pending:
        outcomes, accumulated = analyse_on_spark(spark, pending, store.bodies(), settings, read=read,
                                                 counters=counters)
        for outcome in outcomes:
            pipeline.store_analysis(store, run_id, outcome, counts)
        log.info("spark accumulators: %s", accumulated)
    read.unpersist()
    stories, copies = pipeline.link(store, settings, compute=linking.compute(spark))
    summary = pipeline.summarise(counts, stories, copies, started)
    store.finish_run(run_id, summary.to_dict())
    if out is not None:
        api.write_outputs(store.path, out)
    if target is not None:
        write_parquet(spark, store, target)
    return api.Report(summary=summary, store=store, facts=facts_document(store),
                      out=Path(out) if out is not None else None)


def settle_ids(records: Iterable[Article | Rejection]) -> Iterator[Article | Rejection]:
    """The records of all files with ids settled across files, as the local walk settles them.

    A task sees one file; two files whose ids collide (``a.txt`` and ``a.html`` in one folder) are
    settled here in listing order: the later single-document file keeps its extension (its path
    relative to the folder, which its source ends with), any other repeat is rejected.
    """
    seen: set[str] = set()
    for record in records:
        if isinstance(record, Article):
            if record.id in seen:
                rel = _rel_with_extension(record)
                if rel is None or rel in seen:
                    yield Rejection(record.source, "ingest", f"duplicate article id {record.id!r}: an earlier "
                                    "document has it", record.id)
                    continue
                record = replace(record, id=rel)
            seen.add(record.id)
        yield record


def _rel_with_extension(article: Article) -> str | None:
    if "#" in article.source:  # a container's document: its id is numbered, never renamed
        return None
    source = Path(article.source).as_posix()
    stem = source.rsplit(".", 1)[0] if "." in Path(source).name else source
    return article.id + source[len(stem):] if stem.endswith(article.id) else None


def write_parquet(spark: Any, store: Store, target: str | Path) -> None:
    """Every table of :mod:`groundwatch.spark.schema`, from the store, under ``target/<table>``."""
    by_table: dict[str, list[tuple[Any, ...]]] = {name: [] for name in schema.TABLES}
    for table, row in schema.rows(store):
        by_table[table].append(row)
    for table, rows in by_table.items():
        frame = spark.createDataFrame(rows, schema.ddl(table))
        frame.coalesce(1).write.mode("overwrite").parquet(f"{str(target).rstrip('/')}/{table}")
