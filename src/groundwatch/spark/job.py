"""``groundwatch run --engine spark``: the pipeline with its article stages on Spark.

The driver reads the inputs into the store with the local engine's ingest (so ids, manifests and
rejections are the same), then ships the pending articles to Spark grouped by input file: one task
per file (``parallelize(groups, numSlices=len(groups))``), each running
:func:`groundwatch.pipeline.analyse_articles` (clean, then extract) in ``mapPartitions``. The spaCy
pipeline and the extractors' models load lazily, once per Python worker (``nlp.load`` is cached per
process and Spark reuses its workers). Outcomes, rejections included, come back as rows; one bad
article never fails a task. The driver stores them with the same Store methods, runs the same
linking stages (``pipeline.link``, with spark/linking.py computing a full link on Spark) and writes the same outputs, plus Parquet tables (schema.py).

Resumable at file granularity: a file whose articles' content hashes are in the store is not
analysed again (``Store.put_article`` says ``unchanged`` and leaves its analysis), so a rerun of the
same listing ships no task for it, and a killed job rerun analyses each remaining article once.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from groundwatch import api, pipeline
from groundwatch.records import Article
from groundwatch.settings import Settings
from groundwatch.spark import schema
from groundwatch.store.sqlite import Store

log = logging.getLogger("groundwatch")

#: The accumulators every job keeps (what the local engine counts in its ``Counter``).
COUNTERS = ("analysed", "not_analysed", "rejected:clean", "rejected:extract")

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


def analyse_partition(groups: Iterable[tuple[str, list[Article]]], *, stats: Any, settings: Settings,
                      counters: dict[str, Any]) -> Iterator[pipeline.Analysis]:
    """One task: clean and extract the articles of its input file(s), with the local engine's function."""
    from groundwatch.stages.clean import CorpusStats

    line_counts, n_articles = stats.value
    corpus_stats = CorpusStats(line_counts, n_articles)
    articles = [a for _, items in groups for a in items]
    for outcome in pipeline.analyse_articles(articles, corpus_stats, settings):
        key = outcome.status if outcome.status != "rejected" else f"rejected:{outcome.stage}"
        if key in counters:
            counters[key].add(1)
        yield outcome


def analyse_on_spark(spark: Any, articles: Sequence[Article], bodies: Iterable[str],
                     settings: Settings) -> tuple[list[pipeline.Analysis], dict[str, int]]:
    """Every article's :class:`~groundwatch.pipeline.Analysis`, computed on Spark, in the local order.

    ``bodies`` are the raw texts the corpus statistics are counted over (the whole store, as locally).
    """
    from groundwatch.stages.clean import CorpusStats

    groups = by_file(articles)
    if not groups:
        return [], {}
    sc = spark.sparkContext
    stats = CorpusStats.from_bodies(bodies)
    stats_bc = sc.broadcast((dict(stats.line_counts), stats.n_articles))  # a mappingproxy does not pickle
    counters = {name: sc.accumulator(0) for name in COUNTERS}
    task = partial(analyse_partition, stats=stats_bc, settings=settings, counters=counters)
    outcomes = sc.parallelize(groups, numSlices=len(groups)).mapPartitions(task).collect()
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
    pipeline.ingest(store, run_id, paths, manifest, counts)
    pending = store.pending()
    target = parquet if parquet is not None else (Path(out) / "parquet" if out is not None else None)
    # No session when there is nothing to analyse and nothing to write (a rerun of a done listing).
    spark = get_session(master) if pending or target is not None else None
    if pending:
        outcomes, accumulated = analyse_on_spark(spark, pending, store.bodies(), settings)
        for outcome in outcomes:
            pipeline.store_analysis(store, run_id, outcome, counts)
        log.info("spark accumulators: %s", accumulated)
    if spark is not None:
        from groundwatch.spark import linking

        stories, copies = pipeline.link(store, settings, compute=linking.compute(spark))
    else:
        stories, copies = pipeline.link(store, settings)
    summary = pipeline.summarise(counts, stories, copies, started)
    store.finish_run(run_id, summary.to_dict())
    if out is not None:
        api.write_outputs(store.path, out)
    if spark is not None and target is not None:
        write_parquet(spark, store, target)
    return api.Report(summary=summary, store=store, facts=facts_document(store),
                      out=Path(out) if out is not None else None)


def write_parquet(spark: Any, store: Store, target: str | Path) -> None:
    """Every table of :mod:`groundwatch.spark.schema`, from the store, under ``target/<table>``."""
    by_table: dict[str, list[tuple[Any, ...]]] = {name: [] for name in schema.TABLES}
    for table, row in schema.rows(store):
        by_table[table].append(row)
    for table, rows in by_table.items():
        frame = spark.createDataFrame(rows, schema.ddl(table))
        frame.coalesce(1).write.mode("overwrite").parquet(f"{str(target).rstrip('/')}/{table}")
